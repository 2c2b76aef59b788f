// African heads of state and government 2000-2026 added by hand in
// data/actors/people/heads_2000_2026_africa.txt (docs/accuracy.md, "stop 25
// (h-heads-africa)"): the whole English pipeline on sentences we wrote, a
// date inside each term and one just after it, so that a wrong end date or a
// missing later role fails here.
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

// Ben Ali fled on 2011-01-14: president before, a former leader after.
TEST(HeadsAfricaTest, BenAliBeforeAndAfterHisFall) {
  const std::string s = "Zine El Abidine Ben Ali criticized Libya on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2011-02-07");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNELI>LBY") << Dump(ev);
}

// Gbagbo: president to his arrest on 2011-04-11, detained after, the
// opposition again once home; the bare surname is not listed (his wife
// Simone has it too).
TEST(HeadsAfricaTest, GbagboPresidentThenDetainedThenOpposition) {
  const std::string s = "Laurent Gbagbo criticized France on Monday.";
  auto ev = CodeText(s, "2004-11-08");
  EXPECT_EQ(DyadOf(ev, "111"), "CIVGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "CIVELI>FRA") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "CIVOPP>FRA") << Dump(ev);
}

// Kufuor handed over to Atta Mills on 2009-01-07.
TEST(HeadsAfricaTest, GhanaPresidentsHandOver) {
  auto ev = CodeText("John Kufuor criticized Togo on Monday.", "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "GHAGOV>TGO") << Dump(ev);
  ev = CodeText("John Kufuor criticized Togo on Monday.", "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GHAELI>TGO") << Dump(ev);
  ev = CodeText("John Atta Mills criticized Togo on Monday.", "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GHAGOV>TGO") << Dump(ev);
}

// Ruto: deputy president from 2013-04-09 (GOV), a lawmaker in the years
// between his suspension as minister and the 2013 election.
TEST(HeadsAfricaTest, RutoDeputyPresidentAndPresident) {
  const std::string s = "William Ruto criticized Uganda on Monday.";
  auto ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "KENLEG>UGA") << Dump(ev);
}

// Compaoré fell on 2014-10-31; "Compaoré" alone is not listed (his brother
// François has it too), so a sentence with the surname only names no one.
TEST(HeadsAfricaTest, CompaoreFellIn2014) {
  auto ev = CodeText("Blaise Compaore criticized Mali on Monday.", "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BFAGOV>MLI") << Dump(ev);
  ev = CodeText("Blaise Compaore criticized Mali on Monday.", "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BFAELI>MLI") << Dump(ev);
  ev = CodeText("Compaore criticized Mali on Monday.", "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Two Mauritanian coups: Taya to 2005-08-03, Ould Abdel Aziz head of the
// junta from 2008-08-06, out of office while he stood for election in 2009.
TEST(HeadsAfricaTest, MauritanianCoups) {
  auto ev = CodeText("Maaouya Ould Taya criticized Senegal on Monday.", "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTGOV>SEN") << Dump(ev);
  ev = CodeText("Maaouya Ould Taya criticized Senegal on Monday.", "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTELI>SEN") << Dump(ev);
  const std::string s = "Mohamed Ould Abdel Aziz criticized Senegal on Monday.";
  ev = CodeText(s, "2008-10-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTGOV>SEN") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTELI>SEN") << Dump(ev);
}

// Mswati III is an absolute monarch: GOV, with or without "King".
TEST(HeadsAfricaTest, MswatiIsTheGovernment) {
  auto ev = CodeText("King Mswati III criticized South Africa on Monday.", "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "SWZGOV>ZAF") << Dump(ev);
}

// Rajoelina: the transition's head 2009-2014, out of office 2014-2019,
// president again to his removal on 2025-10-14.
TEST(HeadsAfricaTest, RajoelinaTermsAndTheYearsBetween) {
  const std::string s = "Andry Rajoelina criticized France on Monday.";
  auto ev = CodeText(s, "2011-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MDGGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MDGOPP>FRA") << Dump(ev);
  ev = CodeText(s, "2025-11-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MDGELI>FRA") << Dump(ev);
}

// Cellou Dalein Diallo was Guinea's prime minister 2004-2006 and led the
// opposition from 2007; the months between code nothing.
TEST(HeadsAfricaTest, CellouDaleinDialloPrimeMinisterThenOpposition) {
  const std::string s = "Cellou Dalein Diallo criticized Sierra Leone on Monday.";
  auto ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "GINGOV>SLE") << Dump(ev);
  ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "GINOPP>SLE") << Dump(ev);
}

}  // namespace
}  // namespace dyad
