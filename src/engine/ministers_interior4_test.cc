// Interior ministers 2000-2026, third file
// (data/actors/people/ministers_2000_2026_interior_3.txt and interior terms
// added in place to people listed elsewhere; docs/accuracy.md, "stop 28
// (h-int5)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it (or before it), so that a wrong start or end date or a
// wrong role fails here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeText;
using testing::Dump;
using testing::DyadOf;
using testing::SourceCountryOf;

// Peru: written without the accents; censured by Congress in 2025, nothing
// after.
TEST(MinistersInterior4Test, SantivanezUntilTheCensure) {
  const std::string s = "Juan Jose Santivanez criticized Chile on Tuesday.";
  auto ev = CodeText(s, "2024-10-15");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2025-09-16");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

// Slovakia: Palko served the whole of Dzurinda's second cabinet.
TEST(MinistersInterior4Test, PalkoInDzurindasSecondCabinet) {
  const std::string s = "Vladimir Palko criticized Hungary on Monday.";
  auto ev = CodeText(s, "2004-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SVKGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2008-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SVK") << Dump(ev);
}

// Japan: justice minister, a month out of the cabinet, then internal affairs
// minister until he resigned in 2009.
TEST(MinistersInterior4Test, KunioHatoyamaTwoPostsAndAGap) {
  const std::string s = "Kunio Hatoyama criticized China on Monday.";
  auto ev = CodeText(s, "2008-02-11");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2008-09-01");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JPN") << Dump(ev);
  ev = CodeText(s, "2009-01-19");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNGOV>CHN") << Dump(ev);
  // After his resignation the full name gives no government code; the
  // surname then falls back to his brother Yukio's entry, a legislator in 2011.
  ev = CodeText(s, "2011-01-17");
  EXPECT_NE(DyadOf(ev, "111"), "JPNGOV>CHN") << Dump(ev);
}

// Korea: minister, then spy chief, then nothing.
TEST(MinistersInterior4Test, WonSeiHoonMinisterThenSpyChief) {
  const std::string s = "Won Sei-hoon criticized North Korea on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KORGOV>PRK") << Dump(ev);
  ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KORSPY>PRK") << Dump(ev);
  ev = CodeText(s, "2015-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
}

// Bosnia's minister of security, surname alone (distinctive), in office and
// after Tegeltija's Council of Ministers took over.
TEST(MinistersInterior4Test, MekticSurnameAlone) {
  const std::string s = "Mektic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2017-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2021-05-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BIH") << Dump(ev);
}

// Montenegro: Nuhodžić, written without the diacritics, until Krivokapić's
// cabinet.
TEST(MinistersInterior4Test, NuhodzicUntilKrivokapic) {
  const std::string s = "Mevludin Nuhodzic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2018-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2021-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MNE") << Dump(ev);
}

// Poland: Witek was interior minister for two months, then speaker of the
// Sejm (a legislator); Kierwiński held the ministry twice with a gap.
TEST(MinistersInterior4Test, WitekAndKierwinski) {
  auto ev = CodeText("Elzbieta Witek criticized Russia on Monday.", "2019-07-15");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
  ev = CodeText("Elzbieta Witek criticized Russia on Monday.", "2021-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "POLLEG>RUS") << Dump(ev);
  const std::string s = "Marcin Kierwinski criticized Belarus on Monday.";
  ev = CodeText(s, "2024-02-12");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>BLR") << Dump(ev);
  ev = CodeText(s, "2024-12-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "POL") << Dump(ev);
  ev = CodeText(s, "2025-09-15");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>BLR") << Dump(ev);
}

// Bulgaria: Rumen Petkov resigned in 2008; "Petkov" alone is not listed for
// him (Kiril Petkov was prime minister).
TEST(MinistersInterior4Test, RumenPetkovUntilHisResignation) {
  const std::string s = "Rumen Petkov criticized Turkey on Monday.";
  auto ev = CodeText(s, "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BGRGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2009-03-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BGR") << Dump(ev);
}

// Afghanistan: Ulumi in Ghani's government, nothing after.
TEST(MinistersInterior4Test, UlumiInGhanisGovernment) {
  const std::string s = "Noorul Haq Ulumi criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2015-08-10");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGGOV>PAK") << Dump(ev);
  ev = CodeText(s, "2018-08-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AFG") << Dump(ev);
}

// Angola and Benin: open terms, and nothing before the first one.
TEST(MinistersInterior4Test, LaborinhoAndSeidouOpenTerms) {
  const std::string s = "Eugenio Laborinho criticized Namibia on Monday.";
  auto ev = CodeText(s, "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "AGOGOV>NAM") << Dump(ev);
  ev = CodeText(s, "2017-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AGO") << Dump(ev);
  ev = CodeText("Alassane Seidou criticized Niger on Monday.", "2023-09-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BENGOV>NER") << Dump(ev);
  ev = CodeText("Alassane Seidou criticized Niger on Monday.", "2019-09-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BEN") << Dump(ev);
}

// Terms added in place: Rončević's interior months of 2008 now follow his
// defence term (he was uncoded between 2008-01 and his dismissal before),
// and Karamarko starts only after that dismissal.
TEST(MinistersInterior4Test, RoncevicThenKaramarko) {
  auto ev = CodeText("Berislav Roncevic criticized Serbia on Monday.", "2008-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>SRB") << Dump(ev);
  ev = CodeText("Berislav Roncevic criticized Serbia on Monday.", "2009-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HRV") << Dump(ev);
  ev = CodeText("Tomislav Karamarko criticized Serbia on Monday.", "2008-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HRV") << Dump(ev);
  ev = CodeText("Tomislav Karamarko criticized Serbia on Monday.", "2009-05-11");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>SRB") << Dump(ev);
}

// Latvia: Linda Mūrniece's full name is hers; the surname alone belongs to
// Ināra Mūrniece, speaker from 2014 and a legislator from 2010-11, and must
// not give Linda's term. Before Linda's term nothing is coded.
TEST(MinistersInterior4Test, LindaMurnieceFullNameOnly) {
  auto ev = CodeText("Linda Murniece criticized Russia on Monday.", "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "LVAGOV>RUS") << Dump(ev);
  ev = CodeText("Linda Murniece criticized Russia on Monday.", "2008-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LVA") << Dump(ev);
  ev = CodeText("Murniece criticized Russia on Monday.", "2010-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LVA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
