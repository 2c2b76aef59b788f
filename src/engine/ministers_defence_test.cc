// Defence ministers and army chiefs 2000-2026
// (data/actors/people/ministers_2000_2026_defence.txt and the defence roles
// added in place to older entries; docs/accuracy.md, "stop 26 (h-min-def)"):
// the whole English pipeline on sentences we wrote, dated inside a term and
// just after it, so that a wrong start or end date or a wrong role fails here.
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

// Kayani was a serving general (MIL) to 2013-11-28; after that he is a
// former official, never MIL.
TEST(MinistersDefenceTest, KayaniMilitaryOnlyWhileChief) {
  const std::string s = "Ashfaq Parvez Kayani criticized India on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKMIL>IND") << Dump(ev);
  ev = CodeText(s, "2015-06-15");
  EXPECT_NE(DyadOf(ev, "111"), "PAKMIL>IND") << Dump(ev);
}

// Elias Murr was interior minister to 2004-10-25, out of the cabinet until
// 2005-04-19, then defence minister: GOV, nothing, GOV.
TEST(MinistersDefenceTest, MurrBetweenHisTwoMinistries) {
  const std::string s = "Elias Murr praised Syria on Tuesday.";
  auto ev = CodeText(s, "2003-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "LBNGOV>SYR") << Dump(ev);
  ev = CodeText(s, "2005-01-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "LBN") << Dump(ev);
  ev = CodeText(s, "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "LBNGOV>SYR") << Dump(ev);
}

// Thailand's army chiefs hand over on 1 October: Apirat to 2020-09-30,
// Narongpan from 2020-10-01.
TEST(MinistersDefenceTest, ThaiArmyChiefsChangeOnFirstOctober) {
  auto ev = CodeText("Apirat Kongsompong criticized Cambodia on Tuesday.", "2020-09-29");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>KHM") << Dump(ev);
  ev = CodeText("Apirat Kongsompong criticized Cambodia on Friday.", "2020-10-02");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "THA") << Dump(ev);
  ev = CodeText("Narongpan Jitkaewthae criticized Cambodia on Friday.", "2020-10-02");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>KHM") << Dump(ev);
}

// "Makarov" alone is a common surname: only the full name codes Russia's
// chief of the general staff (2008-2012).
TEST(MinistersDefenceTest, MakarovOnlyByFullName) {
  auto ev = CodeText("Nikolai Makarov criticized Georgia on Monday.", "2010-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "RUSMIL>GEO") << Dump(ev);
  ev = CodeText("Makarov criticized Georgia on Monday.", "2010-03-15");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "RUS") << Dump(ev);
}

// Roles added in place: Najib as defence minister before he was deputy
// prime minister; Hamada as defence minister in 2008-2009 and not in 2011.
TEST(MinistersDefenceTest, DefenceRolesAddedInPlace) {
  auto ev = CodeText("Najib Razak praised Singapore on Monday.", "2002-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "MYSGOV>SGP") << Dump(ev);
  ev = CodeText("Yasukazu Hamada praised Australia on Monday.", "2009-03-16");
  EXPECT_EQ(DyadOf(ev, "051"), "JPNGOV>AUS") << Dump(ev);
  ev = CodeText("Yasukazu Hamada praised Australia on Monday.", "2011-03-14");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "JPN") << Dump(ev);
}

// Ogolla, Kenya's chief of the defence forces, died on 2024-04-18.
TEST(MinistersDefenceTest, OgollaUntilHisDeath) {
  const std::string s = "Francis Ogolla praised Somalia on Wednesday.";
  auto ev = CodeText(s, "2023-10-11");
  EXPECT_EQ(DyadOf(ev, "051"), "KENMIL>SOM") << Dump(ev);
  ev = CodeText(s, "2024-06-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "KEN") << Dump(ev);
}

// Fonseka commanded the army, then ran against the president in 2010.
TEST(MinistersDefenceTest, FonsekaFromArmyToOpposition) {
  const std::string s = "Sarath Fonseka criticized India on Sunday.";
  auto ev = CodeText(s, "2008-06-15");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAMIL>IND") << Dump(ev);
  ev = CodeText(s, "2010-01-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAOPP>IND") << Dump(ev);
}

// Kaliňák was out of government from 2018 to 2023-10-25, then defence
// minister.
TEST(MinistersDefenceTest, KalinakOutOfOfficeBetweenTerms) {
  const std::string s = "Robert Kalinak criticized Hungary on Monday.";
  auto ev = CodeText(s, "2020-06-15");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SVK") << Dump(ev);
  ev = CodeText(s, "2024-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SVKGOV>HUN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
