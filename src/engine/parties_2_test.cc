// Political parties of the small Caribbean, European, Asian, Pacific and
// African states (data/actors/parties_2.txt, and the entries of
// data/actors/parties.txt split by party; docs/accuracy.md, "stop 28
// (h-party2)"): the whole English pipeline on sentences we wrote. A party's
// code follows the date (GOV while it sits in the national executive, OPP
// while it is out, nothing before it existed), and bare names that other
// bodies share code no party of these states.
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

// Saint Lucia's two parties alternate: Labour is out in 2018 (Chastanet's
// UWP governs) and back after the election of 2021.
TEST(Parties2Test, SaintLuciaLabourFollowsTheElections) {
  const std::string s = "The Saint Lucia Labour Party criticized Venezuela on Monday.";
  auto ev = CodeText(s, "2022-03-01");
  EXPECT_EQ(DyadOf(ev, "111"), "LCAGOVPTY>VEN") << Dump(ev);
  ev = CodeText(s, "2018-03-01");
  EXPECT_EQ(DyadOf(ev, "111"), "LCAOPPPTY>VEN") << Dump(ev);
}

// Iceland's Independence Party: out of the cabinet 2009-2013 and since
// the end of 2024. The bare "Independence Party" is no Icelandic party.
TEST(Parties2Test, IcelandIndependencePartyAndTheBareName) {
  const std::string s = "Iceland's Independence Party criticized Britain on Tuesday.";
  auto ev = CodeText(s, "2015-03-03");
  EXPECT_EQ(DyadOf(ev, "111"), "ISLGOVPTY>GBR") << Dump(ev);
  ev = CodeText(s, "2010-03-02");
  EXPECT_EQ(DyadOf(ev, "111"), "ISLOPPPTY>GBR") << Dump(ev);
  ev = CodeText(s, "2025-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "ISLOPPPTY>GBR") << Dump(ev);
  ev = CodeText("The Independence Party criticized Britain on Tuesday.", "2015-03-03");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("The Progressive Party criticized Britain on Tuesday.", "2015-03-03");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Luxembourg's Christian Social People's Party lost office to Bettel's
// coalition (2013) and returned with Frieden (2023-11-17).
TEST(Parties2Test, LuxembourgChristianSocialsLeaveAndReturn) {
  const std::string s = "The Christian Social People's Party criticized Belgium on Tuesday.";
  auto ev = CodeText(s, "2018-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "LUXOPPPTY>BEL") << Dump(ev);
  ev = CodeText(s, "2024-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "LUXGOVPTY>BEL") << Dump(ev);
}

// Montenegro's DPS ruled until the end of 2020; Europe Now did not exist
// before 2022.
TEST(Parties2Test, MontenegroRulingPartyLostPowerIn2020) {
  const std::string s = "The Democratic Party of Socialists of Montenegro accused Serbia of meddling on Monday.";
  auto ev = CodeText(s, "2015-03-02");
  EXPECT_EQ(DyadOf(ev, "112"), "MNEGOVPTY>SRB") << Dump(ev);
  ev = CodeText(s, "2022-03-07");
  EXPECT_EQ(DyadOf(ev, "112"), "MNEOPPPTY>SRB") << Dump(ev);
  const std::string t = "The Europe Now movement criticized Serbia on Monday.";
  ev = CodeText(t, "2024-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEGOVPTY>SRB") << Dump(ev);
  ev = CodeText(t, "2021-03-01");
  EXPECT_NE(DyadOf(ev, "111"), "MNEGOVPTY>SRB") << Dump(ev);
  EXPECT_NE(DyadOf(ev, "111"), "MNEOPPPTY>SRB") << Dump(ev);
}

// The Maldivian Democratic Party governed under Nasheed (2008-2012) and
// was in opposition under Yameen.
TEST(Parties2Test, MaldivianDemocraticPartyUnderNasheedAndYameen) {
  const std::string s = "The Maldivian Democratic Party criticized India on Sunday.";
  auto ev = CodeText(s, "2010-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "MDVGOVPTY>IND") << Dump(ev);
  ev = CodeText(s, "2015-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MDVOPPPTY>IND") << Dump(ev);
}

// A party founded later codes nothing before its founding: Bhutan's DNT
// (2013), Fiji's FijiFirst (2014).
TEST(Parties2Test, NoCodeBeforeAPartyExisted) {
  auto ev = CodeText("Druk Nyamrup Tshogpa criticized India on Sunday.", "2020-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BTNGOVPTY>IND") << Dump(ev);
  ev = CodeText("Druk Nyamrup Tshogpa criticized India on Sunday.", "2010-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("FijiFirst criticized Australia on Monday.", "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "FJIGOVPTY>AUS") << Dump(ev);
  ev = CodeText("FijiFirst criticized Australia on Monday.", "2010-03-01");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// United Seychelles was in opposition under Ramkalawan and governs again
// since Herminie's inauguration (2025-10-26).
TEST(Parties2Test, UnitedSeychellesBackInPower) {
  const std::string s = "United Seychelles criticized India on Sunday.";
  auto ev = CodeText(s, "2022-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "SYCOPPPTY>IND") << Dump(ev);
  ev = CodeText(s, "2026-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SYCGOVPTY>IND") << Dump(ev);
}

// Sierra Leone's SLPP and APC, formerly one plain entry, now each follow
// the presidency: Kabbah (SLPP) to 2007, Koroma (APC) to 2018.
TEST(Parties2Test, SierraLeonePartiesSwapSides) {
  const std::string s = "The Sierra Leone People's Party accused the All People's Congress of fraud on Monday.";
  auto ev = CodeText(s, "2012-03-05");
  EXPECT_EQ(DyadOf(ev, "1121"), "SLEOPPPTY>SLEGOVPTY") << Dump(ev);
  ev = CodeText(s, "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "1121"), "SLEGOVPTY>SLEOPPPTY") << Dump(ev);
}

// Malta's parties, split from one plain entry, with the possessive form.
TEST(Parties2Test, MaltaNationalistsAndLabour) {
  auto ev = CodeText("Malta's Nationalist Party criticized Libya on Monday.", "2010-03-01");
  EXPECT_EQ(DyadOf(ev, "111"), "MLTGOVPTY>LBY") << Dump(ev);
  ev = CodeText("The Nationalist Party of Malta criticized Libya on Monday.", "2016-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "MLTOPPPTY>LBY") << Dump(ev);
  ev = CodeText("Malta's Labour Party criticized Libya on Monday.", "2016-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "MLTGOVPTY>LBY") << Dump(ev);
}

// A capitalised country-qualified name is needed: the same words in lower
// case ("a new national party") name no Grenadian party.
TEST(Parties2Test, LowerCaseWordsAreNoParty) {
  auto ev = CodeText("The New National Party of Grenada criticized France on Monday.", "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "GRDGOVPTY>FRA") << Dump(ev);
  ev = CodeText("A new national party criticized France on Monday.", "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("The Movement for Democracy criticized France on Monday.", "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Puerto Rico's parties follow the governorship (governors take office on
// 2 January).
TEST(Parties2Test, PuertoRicoGovernorsParty) {
  const std::string s = "The New Progressive Party of Puerto Rico criticized Cuba on Monday.";
  auto ev = CodeText(s, "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "PRIGOVPTY>CUB") << Dump(ev);
  ev = CodeText(s, "2014-03-03");
  EXPECT_EQ(DyadOf(ev, "111"), "PRIOPPPTY>CUB") << Dump(ev);
}

}  // namespace
}  // namespace dyad
