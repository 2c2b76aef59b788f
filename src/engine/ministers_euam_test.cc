// Foreign, defence, interior and finance ministers and UN ambassadors
// 2000-2026 of Western, Central and Northern Europe and North America
// (data/actors/people/ministers_2000_2026_euam.txt; docs/accuracy.md,
// "stop 25 (h-min-euam)"): the whole English pipeline on sentences we wrote,
// dated inside a term and just after it, so that a wrong start or end date
// or a wrong role fails here.
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

// Sikorski was defence minister to 2007-02-07, out of government until
// 2007-11-16, foreign minister to 2014-09-22, then speaker of the Sejm.
TEST(MinistersEuamTest, SikorskiRolesFollowTheDate) {
  const std::string s = "Radoslaw Sikorski criticized Russia on Monday.";
  auto ev = CodeText(s, "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2007-06-11");  // between the two offices: no role
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "POL") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "POLLEG>RUS") << Dump(ev);
}

// Geithner left the Treasury on 2013-01-25; the entry codes nothing after.
TEST(MinistersEuamTest, GeithnerOnlyWhileAtTheTreasury) {
  const std::string s = "Timothy Geithner praised China on Tuesday.";
  auto ev = CodeText(s, "2011-05-10");
  EXPECT_EQ(DyadOf(ev, "051"), "USAGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2013-06-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "USA") << Dump(ev);
}

// A surname alone codes a distinctive minister: Tremonti in his third term,
// but not in the two years he was out of office (2006-2008).
TEST(MinistersEuamTest, TremontiSurnameBetweenTerms) {
  const std::string s = "Tremonti criticized the European Union on Wednesday.";
  auto ev = CodeText(s, "2010-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ITAGOV>IGOEUREEC") << Dump(ev);
  ev = CodeText(s, "2007-03-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ITA") << Dump(ev);
}

// Hoekstra went from the Dutch government to the European Commission in
// 2023; Timmermans likewise in 2014.
TEST(MinistersEuamTest, DutchMinistersWhoMovedToTheCommission) {
  auto ev = CodeText("Wopke Hoekstra praised Belgium on Thursday.", "2022-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "NLDGOV>BEL") << Dump(ev);
  ev = CodeText("Wopke Hoekstra praised Belgium on Thursday.", "2024-06-13");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOEUREEC>BEL") << Dump(ev);
  ev = CodeText("Frans Timmermans praised Belgium on Thursday.", "2013-06-13");
  EXPECT_EQ(DyadOf(ev, "051"), "NLDGOV>BEL") << Dump(ev);
}

// Bildt was foreign minister 2006-10-06..2014-10-03 and Wallström followed.
TEST(MinistersEuamTest, SwedishForeignMinistersChangeOnTheDay) {
  auto ev = CodeText("Carl Bildt criticized Russia on Monday.", "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SWEGOV>RUS") << Dump(ev);
  ev = CodeText("Carl Bildt criticized Russia on Monday.", "2015-06-08");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SWE") << Dump(ev);
  ev = CodeText("Margot Wallstrom criticized Israel on Monday.", "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SWEGOV>ISR") << Dump(ev);
}

// Varoufakis was finance minister for five months of 2015 only.
TEST(MinistersEuamTest, VaroufakisFiveMonths) {
  const std::string s = "Yanis Varoufakis criticized Germany on Friday.";
  auto ev = CodeText(s, "2015-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>DEU") << Dump(ev);
  ev = CodeText(s, "2015-09-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "GRC") << Dump(ev);
}

// Sawers went from the UN mission to the head of MI6 (2009-11) and left it
// in 2014: the code follows the office, then stops.
TEST(MinistersEuamTest, SawersFromTheUnToMi6) {
  const std::string s = "John Sawers criticized Iran on Tuesday.";
  auto ev = CodeText(s, "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "GBRGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2012-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "GBRSPY>IRN") << Dump(ev);
  ev = CodeText(s, "2016-06-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "GBR") << Dump(ev);
}

// A common-word surname is not listed alone: "Darling" codes no British
// actor even while Alistair Darling was chancellor.
TEST(MinistersEuamTest, CommonWordSurnameNotAlone) {
  auto ev = CodeText("Alistair Darling criticized Ireland on Tuesday.", "2009-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "GBRGOV>IRL") << Dump(ev);
  ev = CodeText("Darling criticized Ireland on Tuesday.", "2009-03-10");
  EXPECT_NE(DyadOf(ev, "111"), "GBRGOV>IRL") << Dump(ev);
}

}  // namespace
}  // namespace dyad
