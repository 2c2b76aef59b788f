// Finance ministers 2000-2026, second pass (data/actors/people/
// ministers_2000_2026_finance_2.txt and finance terms added in place to people
// listed elsewhere; docs/accuracy.md, "stop 28 (h-fin3)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date or a wrong role fails here.
#include <gtest/gtest.h>

#include <string>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeText;
using testing::Dump;
using testing::DyadOf;
using testing::SourceCountryOf;

// Palts ran Estonia's finance ministry 2003-2005 only; the name without the
// tilde finds him too.
TEST(MinistersFinance3Test, PaltsOnlyWhileMinister) {
  const std::string s = "Tonis Palts criticized Latvia on Monday.";
  auto ev = CodeText(s, "2004-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>LVA") << Dump(ev);
  ev = CodeText(s, "2006-06-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "EST") << Dump(ev);
}

// Padar's term ended when his party left Ansip's coalition in 2009.
TEST(MinistersFinance3Test, PadarUntilTheCoalitionSplit) {
  const std::string s = "Ivari Padar criticized Russia on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2010-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "EST") << Dump(ev);
}

// Burneo served Castillo from August 2022 to his removal in December.
TEST(MinistersFinance3Test, BurneoUntilCastillosFall) {
  const std::string s = "Kurt Burneo criticized Chile on Monday.";
  auto ev = CodeText(s, "2022-10-10");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2023-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

// Sommai was finance minister in the first year of the junta's cabinet.
TEST(MinistersFinance3Test, SommaiInPrayutsFirstCabinet) {
  const std::string s = "Sommai Phasee criticized Cambodia on Monday.";
  auto ev = CodeText(s, "2015-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
  ev = CodeText(s, "2016-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
}

// Lee Sush-der: Ma Ying-jeou's first finance minister, to 2012.
TEST(MinistersFinance3Test, LeeSushDerUnderMa) {
  const std::string s = "Lee Sush-der criticized China on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2013-05-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TWN") << Dump(ev);
}

// Chaker served Essid's government 2015-2016.
TEST(MinistersFinance3Test, ChakerInEssidsGovernment) {
  const std::string s = "Slim Chaker criticized Libya on Monday.";
  auto ev = CodeText(s, "2016-01-11");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2018-01-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUN") << Dump(ev);
}

// Zanias held the office for one caretaker month in 2012; an English
// spelling of his first name finds him.
TEST(MinistersFinance3Test, ZaniasCaretakerMonth) {
  const std::string s = "George Zanias criticized Germany on Monday.";
  auto ev = CodeText(s, "2012-06-04");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>DEU") << Dump(ev);
  ev = CodeText(s, "2013-06-03");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GRC") << Dump(ev);
}

// Ameer was finance minister for Solih's whole term, not after it.
TEST(MinistersFinance3Test, AmeerUnderSolih) {
  const std::string s = "Ibrahim Ameer criticized India on Monday.";
  auto ev = CodeText(s, "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MDVGOV>IND") << Dump(ev);
  ev = CodeText(s, "2024-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDV") << Dump(ev);
}

// Vrankić: Bosnia's state finance minister in Špirić's council, written
// without diacritics.
TEST(MinistersFinance3Test, VrankicInSpiricsCouncil) {
  const std::string s = "Dragan Vrankic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2013-06-03");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BIH") << Dump(ev);
}

// Belka's finance term of 2001-2002 was added in place to his entry as prime
// minister: coded then, and not in the gap before he led the government.
TEST(MinistersFinance3Test, BelkaFinanceTermAddedInPlace) {
  const std::string s = "Marek Belka criticized Germany on Monday.";
  auto ev = CodeText(s, "2002-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>DEU") << Dump(ev);
  ev = CodeText(s, "2003-03-03");
  EXPECT_NE(SourceCountryOf(ev, "111"), "POL") << Dump(ev);
}

// Kibria: finance minister to 2001, then an opposition member of parliament
// until he was killed in 2005.
TEST(MinistersFinance3Test, KibriaFromMinisterToLegislator) {
  const std::string s = "Shah AMS Kibria criticized India on Monday.";
  auto ev = CodeText(s, "2000-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDGOV>IND") << Dump(ev);
  ev = CodeText(s, "2003-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDLEG>IND") << Dump(ev);
  ev = CodeText(s, "2006-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BGD") << Dump(ev);
}

// Moncada entered Xiomara Castro's government in 2022: not coded before.
TEST(MinistersFinance3Test, MoncadaNotBeforeCastro) {
  const std::string s = "Rixi Moncada criticized Nicaragua on Monday.";
  auto ev = CodeText(s, "2023-01-09");
  EXPECT_EQ(DyadOf(ev, "111"), "HNDGOV>NIC") << Dump(ev);
  ev = CodeText(s, "2016-01-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HND") << Dump(ev);
}

// A title before the name: the phrase with the name is coded as the
// minister's government during the term; after it the name no longer gives
// Peru (the bare title then carries no country of its own).
TEST(MinistersFinance3Test, TitlePhraseBeforeTheName) {
  const std::string s = "Finance minister Waldo Mendoza criticized Bolivia on Monday.";
  auto ev = CodeText(s, "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>BOL") << Dump(ev);
  ev = CodeText(s, "2022-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

}  // namespace
}  // namespace dyad
