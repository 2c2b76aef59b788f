// Military chiefs 2000-2026, sixth pass (data/actors/people/
// military_chiefs_6.txt and commands added in place to people listed
// elsewhere; docs/accuracy.md, "stop 30 (h-mil5)"): the whole English pipeline
// on sentences we wrote, dated inside a command and after it, so that a wrong
// start or end date or a wrong role fails here.
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

// Philippine chiefs of staff serve months: Sobejana's command began in
// February 2021 and ended at his retirement that July.
TEST(MilitaryChiefs6Test, SobejanaOnlyDuringHisMonths) {
  const std::string s = "Cirilito Sobejana criticized China on Monday.";
  auto ev = CodeText(s, "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2022-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
  ev = CodeText(s, "2020-03-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
}

// Cimatu led the armed forces in 2002 and returned as Duterte's environment
// secretary: MIL, then nothing, then GOV.
TEST(MilitaryChiefs6Test, CimatuChiefThenSecretary) {
  const std::string s = "Roy Cimatu criticized China on Monday.";
  auto ev = CodeText(s, "2002-07-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2010-07-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
  ev = CodeText(s, "2019-07-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
}

// Faustino: chief of staff in 2021, then in charge of the defence department
// under Marcos until he resigned in January 2023.
TEST(MilitaryChiefs6Test, FaustinoChiefThenDefenceChief) {
  const std::string s = "Jose Faustino criticized China on Monday.";
  auto ev = CodeText(s, "2021-09-06");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2022-09-05");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2023-09-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
}

// Galvez's command in 2018 was added in place to his defence secretary entry.
TEST(MilitaryChiefs6Test, GalvezChiefBeforeSecretary) {
  const std::string s = "Carlito Galvez criticized China on Monday.";
  auto ev = CodeText(s, "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2023-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
}

// Kim Kwan-jin chaired the Joint Chiefs under Roh before he became defence
// minister: MIL in 2007, GOV in 2012, nothing in between.
TEST(MilitaryChiefs6Test, KimKwanJinJointChiefsThenMinister) {
  const std::string s = "Kim Kwan-jin criticized North Korea on Monday.";
  auto ev = CodeText(s, "2007-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KORMIL>PRK") << Dump(ev);
  ev = CodeText(s, "2009-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
  ev = CodeText(s, "2012-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KORGOV>PRK") << Dump(ev);
}

// Won In-choul chaired the Joint Chiefs 2020-2022.
TEST(MilitaryChiefs6Test, WonInChoulJointChiefs) {
  const std::string s = "Won In-choul criticized North Korea on Monday.";
  auto ev = CodeText(s, "2021-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KORMIL>PRK") << Dump(ev);
  ev = CodeText(s, "2023-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
}

// Zulkifeli led Malaysia's armed forces 2011-2016.
TEST(MilitaryChiefs6Test, ZulkifeliDefenceForcesChief) {
  const std::string s = "Zulkifeli Mohd Zin criticized Thailand on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MYSMIL>THA") << Dump(ev);
  ev = CodeText(s, "2018-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MYS") << Dump(ev);
}

// Amosu was Nigeria's chief of air staff from January 2014 until Buhari's
// new service chiefs in July 2015.
TEST(MilitaryChiefs6Test, AmosuChiefOfAirStaff) {
  const std::string s = "Adesola Amosu criticized Cameroon on Monday.";
  auto ev = CodeText(s, "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAMIL>CMR") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NGA") << Dump(ev);
}

// Dike's years as chief of air staff were added in place before his years as
// chief of defence staff: MIL from 2006 to 2010 without a break.
TEST(MilitaryChiefs6Test, DikeAirStaffThenDefenceStaff) {
  const std::string s = "Paul Dike criticized Cameroon on Monday.";
  auto ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAMIL>CMR") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAMIL>CMR") << Dump(ev);
  ev = CodeText(s, "2004-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NGA") << Dump(ev);
}

// Jok Riak led South Sudan's army 2018-2020.
TEST(MilitaryChiefs6Test, JokRiakChiefOfGeneralStaff) {
  const std::string s = "Gabriel Jok Riak criticized Sudan on Monday.";
  auto ev = CodeText(s, "2019-05-06");
  EXPECT_EQ(DyadOf(ev, "111"), "SSDMIL>SDN") << Dump(ev);
  ev = CodeText(s, "2022-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SSD") << Dump(ev);
}

// Mohamed bin Zayed was the UAE's chief of staff until he became crown prince
// of Abu Dhabi in November 2004: MIL before, GOV after.
TEST(MilitaryChiefs6Test, MohamedBinZayedChiefOfStaffThenCrownPrince) {
  const std::string s = "Mohamed bin Zayed criticized Iran on Monday.";
  auto ev = CodeText(s, "2002-05-06");
  EXPECT_EQ(DyadOf(ev, "111"), "AREMIL>IRN") << Dump(ev);
  ev = CodeText(s, "2006-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "AREGOV>IRN") << Dump(ev);
}

// Manini Ríos commanded Uruguay's army until Vázquez dismissed him in 2019,
// then sat in the Senate for the party he founded: MIL, then LEG.
TEST(MilitaryChiefs6Test, ManiniRiosCommanderThenSenator) {
  const std::string s = "Guido Manini Rios criticized Argentina on Monday.";
  auto ev = CodeText(s, "2017-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "URYMIL>ARG") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "URYLEG>ARG") << Dump(ev);
}

// A surname that is a word or a place must not stand for a chief: "Oban"
// (a Scottish town) and "Abaya" (a garment, and another minister's name) are
// not listed alone, so the sentences name no Philippine officer.
TEST(MilitaryChiefs6Test, SurnamesThatAreWordsDoNotMatch) {
  auto ev = CodeText("Oban criticized China on Monday.", "2011-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
  ev = CodeText("Abaya criticized China on Monday.", "2003-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
  // A Korean surname with a shared given name is no chief either.
  ev = CodeText("Kim Myung criticized Japan on Monday.", "2024-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
}

}  // namespace
}  // namespace dyad
