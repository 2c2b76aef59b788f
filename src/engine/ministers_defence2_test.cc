// Defence ministers and army chiefs 2000-2026, second pass
// (data/actors/people/ministers_2000_2026_defence.txt, section "stop 26,
// second pass", and the defence roles added in place to older entries;
// docs/accuracy.md, "stop 26 (h-min-def2)"): the whole English pipeline on
// sentences we wrote, dated inside a term and just after it, so that a wrong
// start or end date or a wrong role fails here.
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

// Schneiderhan was Germany's chief of defence to his dismissal on
// 2009-11-26; after that he is a former officer, never DEUMIL.
TEST(MinistersDefence2Test, SchneiderhanMilitaryOnlyWhileChief) {
  const std::string s = "Wolfgang Schneiderhan criticized Russia on Monday.";
  auto ev = CodeText(s, "2006-05-15");
  EXPECT_EQ(DyadOf(ev, "111"), "DEUMIL>RUS") << Dump(ev);
  ev = CodeText(s, "2011-05-16");
  EXPECT_NE(DyadOf(ev, "111"), "DEUMIL>RUS") << Dump(ev);
}

// Nepal's army chiefs hand over on 9 September: Thapa to 2021-09-08,
// Sharma from 2021-09-09.
TEST(MinistersDefence2Test, NepalArmyChiefsChangeOnNinthSeptember) {
  auto ev = CodeText("Purna Chandra Thapa praised India on Tuesday.", "2021-09-07");
  EXPECT_EQ(DyadOf(ev, "051"), "NPLMIL>IND") << Dump(ev);
  ev = CodeText("Purna Chandra Thapa praised India on Friday.", "2021-09-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "NPL") << Dump(ev);
  ev = CodeText("Prabhu Ram Sharma praised India on Friday.", "2021-09-10");
  EXPECT_EQ(DyadOf(ev, "051"), "NPLMIL>IND") << Dump(ev);
}

// Benkő was Hungary's chief of defence (a serving general, MIL), then its
// defence minister (GOV) from 2018-05-18.
TEST(MinistersDefence2Test, BenkoFromChiefToMinister) {
  const std::string s = "Tibor Benko praised Poland on Wednesday.";
  auto ev = CodeText(s, "2015-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "HUNMIL>POL") << Dump(ev);
  ev = CodeText(s, "2020-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "HUNGOV>POL") << Dump(ev);
}

// A defence role added in place: Mikser was Estonia's defence minister
// 2014-2015 and out of the cabinet until he became foreign minister on
// 2016-11-23.
TEST(MinistersDefence2Test, MikserDefenceRoleAddedInPlace) {
  const std::string s = "Sven Mikser criticized Russia on Monday.";
  auto ev = CodeText(s, "2014-09-15");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2016-01-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "EST") << Dump(ev);
}

// Leș was Romania's defence minister twice, with Fifor's months between.
TEST(MinistersDefence2Test, LesTwoTermsWithAGap) {
  const std::string s = "Gabriel Les praised Moldova on Tuesday.";
  auto ev = CodeText(s, "2017-03-14");
  EXPECT_EQ(DyadOf(ev, "051"), "ROUGOV>MDA") << Dump(ev);
  ev = CodeText(s, "2017-10-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "ROU") << Dump(ev);
  ev = CodeText(s, "2018-06-12");
  EXPECT_EQ(DyadOf(ev, "051"), "ROUGOV>MDA") << Dump(ev);
}

// Halleslevens commanded Nicaragua's army to 2010-02-20 and was vice
// president 2012-2017: MIL, nothing, GOV.
TEST(MinistersDefence2Test, HalleslevensArmyThenVicePresident) {
  const std::string s = "Omar Halleslevens criticized Costa Rica on Thursday.";
  auto ev = CodeText(s, "2007-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "NICMIL>CRI") << Dump(ev);
  ev = CodeText(s, "2011-05-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "NIC") << Dump(ev);
  ev = CodeText(s, "2014-05-15");
  EXPECT_EQ(DyadOf(ev, "111"), "NICGOV>CRI") << Dump(ev);
}

// Villarroya resigned as Spain's chief of the defence staff on 2021-01-23:
// a retired general after that, not ESPMIL.
TEST(MinistersDefence2Test, VillarroyaUntilHisResignation) {
  const std::string s = "Miguel Angel Villarroya praised Morocco on Monday.";
  auto ev = CodeText(s, "2020-06-15");
  EXPECT_EQ(DyadOf(ev, "051"), "ESPMIL>MAR") << Dump(ev);
  ev = CodeText(s, "2021-03-15");
  EXPECT_NE(DyadOf(ev, "051"), "ESPMIL>MAR") << Dump(ev);
}

// Bemba: vice president of the transition (GOV), opposition after the 2006
// election (OPP), deputy prime minister for defence from 2023-03-23 (GOV).
TEST(MinistersDefence2Test, BembaVicePresidentOppositionMinister) {
  const std::string s = "Jean-Pierre Bemba criticized Rwanda on Tuesday.";
  auto ev = CodeText(s, "2005-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2007-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "CODOPP>RWA") << Dump(ev);
  ev = CodeText(s, "2023-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
