// Defence ministers 2000-2026, third pass (data/actors/people/
// ministers_2000_2026_defence_2.txt and defence terms added in place to people
// listed elsewhere; docs/accuracy.md, "stop 27 (h-def3)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date or a wrong role fails here.
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

// Helez became Bosnia's defence minister in 2023: before that he is no one to
// the coder (his term is open, so the negative case is a date before it).
TEST(MinistersDefence3Test, HelezOnlyFromHisTerm) {
  const std::string s = "Zukan Helez criticized Serbia on Monday.";
  auto ev = CodeText(s, "2024-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2021-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BIH") << Dump(ev);
}

// Bošković held Montenegro's defence ministry 2016-2020; the name without
// diacritics is listed too.
TEST(MinistersDefence3Test, BoskovicUntilTwentyTwenty) {
  const std::string s = "Predrag Boskovic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2018-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2022-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MNE") << Dump(ev);
}

// Šekerinska ran North Macedonia's defence ministry in Zaev's cabinets only.
TEST(MinistersDefence3Test, SekerinskaInZaevsCabinets) {
  const std::string s = "Radmila Sekerinska criticized Greece on Monday.";
  auto ev = CodeText(s, "2019-04-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MKDGOV>GRC") << Dump(ev);
  ev = CodeText(s, "2023-04-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MKD") << Dump(ev);
}

// Rončević: Croatia's defence minister 2003-2008, nothing listed after.
TEST(MinistersDefence3Test, RoncevicInSanadersFirstCabinet) {
  const std::string s = "Berislav Roncevic criticized Hungary on Monday.";
  auto ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2010-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HRV") << Dump(ev);
}

// A serving general at the head of a defence ministry is MIL, not GOV.
TEST(MinistersDefence3Test, OhanyanAGeneralAsMinister) {
  const std::string s = "Seyran Ohanyan criticized Azerbaijan on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "ARMMIL>AZE") << Dump(ev);
  ev = CodeText(s, "2018-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ARM") << Dump(ev);
}

// Fernández Huidobro was Uruguay's defence minister until his death in 2016.
TEST(MinistersDefence3Test, FernandezHuidobroUntilHisDeath) {
  const std::string s = "Eleuterio Fernandez Huidobro criticized Argentina on Monday.";
  auto ev = CodeText(s, "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "URYGOV>ARG") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "URY") << Dump(ev);
}

// Samukai served Sirleaf's two terms; Weah named a successor in 2018.
TEST(MinistersDefence3Test, SamukaiUnderSirleaf) {
  const std::string s = "Brownie Samukai criticized Guinea on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "LBRGOV>GIN") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBR") << Dump(ev);
}

// A retired air force chief as Thailand's defence minister is GOV.
TEST(MinistersDefence3Test, SukumpolInYinglucksCabinet) {
  const std::string s = "Sukumpol Suwanatat criticized Cambodia on Monday.";
  auto ev = CodeText(s, "2012-10-08");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
  ev = CodeText(s, "2014-10-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
}

// Carrizales was vice president (and defence minister) until he resigned in
// 2010: GOV, unlike the serving officers who held the ministry alone.
TEST(MinistersDefence3Test, CarrizalesVicePresident) {
  const std::string s = "Ramon Carrizales criticized Colombia on Monday.";
  auto ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "VENGOV>COL") << Dump(ev);
  ev = CodeText(s, "2011-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "VEN") << Dump(ev);
}

// Enström: Sweden's defence minister 2012-2014, nothing after.
TEST(MinistersDefence3Test, EnstromUntilTwentyFourteen) {
  const std::string s = "Karin Enstrom criticized Russia on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SWEGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SWE") << Dump(ev);
}

// Mahfud MD: defence minister, then a judge, then a minister again; nothing
// once he resigned in 2024 to run for vice president.
TEST(MinistersDefence3Test, MahfudThreeRoles) {
  const std::string s = "Mahfud MD criticized Malaysia on Monday.";
  auto ev = CodeText(s, "2000-12-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
  ev = CodeText(s, "2010-12-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNJUD>MYS") << Dump(ev);
  ev = CodeText(s, "2021-12-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
  ev = CodeText(s, "2024-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
}

// Kwankwaso: governor of Kano, defence minister, a gap with no role listed;
// his distinctive surname alone codes him too.
TEST(MinistersDefence3Test, KwankwasoGovernorThenMinister) {
  const std::string s = "Rabiu Kwankwaso criticized Niger on Monday.";
  auto ev = CodeText(s, "2002-07-08");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAGOV>NER") << Dump(ev);
  ev = CodeText("Kwankwaso criticized Niger on Monday.", "2005-07-11");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAGOV>NER") << Dump(ev);
  ev = CodeText(s, "2009-07-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NGA") << Dump(ev);
}

// Defence terms added in place to entries of other files: Serik Akhmetov
// after he was prime minister, Nahas Angula after he was prime minister.
TEST(MinistersDefence3Test, TermsAddedInPlace) {
  auto ev = CodeText("Serik Akhmetov criticized Russia on Monday.", "2014-07-14");
  EXPECT_EQ(DyadOf(ev, "111"), "KAZGOV>RUS") << Dump(ev);
  ev = CodeText("Serik Akhmetov criticized Russia on Monday.", "2015-07-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KAZ") << Dump(ev);
  ev = CodeText("Nahas Angula criticized Angola on Monday.", "2014-07-14");
  EXPECT_EQ(DyadOf(ev, "111"), "NAMGOV>AGO") << Dump(ev);
  ev = CodeText("Nahas Angula criticized Angola on Monday.", "2016-07-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NAM") << Dump(ev);
}

}  // namespace
}  // namespace dyad
