// Heads of state and government 2000-2026 of Asia and Oceania
// (data/actors/people/heads_2000_2026_asia.txt and the terms added in place
// to europe_asia_more.txt; docs/accuracy.md, "stop 25 (h-heads-asia)"): the
// whole English pipeline on sentences we wrote, dated inside a term and just
// after it, so that a wrong end date or a missing later role fails here.
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

// Chen Shui-bian is Taiwan's president to 2008-05-19, a former president
// the day after.
TEST(HeadsAsiaTest, ChenShuiBianLeavesOfficeIn2008) {
  const std::string s = "Chen Shui-bian criticized China on Monday.";
  auto ev = CodeText(s, "2005-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
  // "Wednesday" of 2008-05-21: the day after the handover is 2008-05-20.
  ev = CodeText("Chen Shui-bian criticized China on Wednesday.", "2008-05-21");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNELI>CHN") << Dump(ev);
}

// Sheikh Hasina: prime minister, in opposition between her terms, in exile
// after her flight on 2024-08-05.
TEST(HeadsAsiaTest, SheikhHasinaGovernmentOppositionExile) {
  const std::string s = "Sheikh Hasina criticized India on Monday.";
  auto ev = CodeText(s, "2012-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDGOV>IND") << Dump(ev);
  ev = CodeText(s, "2005-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDOPP>IND") << Dump(ev);
  ev = CodeText("Sheikh Hasina criticized India on Wednesday.", "2024-08-07");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDELI>IND") << Dump(ev);
}

// Thein Sein is Myanmar's president to 2016-03-29; the day after, Htin Kyaw
// is, and Thein Sein is a former leader.
TEST(HeadsAsiaTest, MyanmarPresidentsHandOverIn2016) {
  auto ev = CodeText("Thein Sein criticized Thailand on Monday.", "2016-03-28");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRGOV>THA") << Dump(ev);
  ev = CodeText("Thein Sein criticized Thailand on Wednesday.", "2016-03-30");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRELI>THA") << Dump(ev);
  ev = CodeText("Htin Kyaw criticized Thailand on Wednesday.", "2016-03-30");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRGOV>THA") << Dump(ev);
}

// Norodom Sihanouk abdicated in 2004: king before, king-father after.
TEST(HeadsAsiaTest, SihanoukAbdicatesIn2004) {
  const std::string s = "King Norodom Sihanouk criticized Thailand on Monday.";
  auto ev = CodeText(s, "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KHMGOV>THA") << Dump(ev);
  ev = CodeText("Norodom Sihanouk criticized Thailand on Monday.", "2006-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "KHMELI>THA") << Dump(ev);
}

// A prime minister with a short term: Lee Wan-koo is KORGOV in 2015-03 and
// no one the entry codes a year later (the entry lists nothing after).
TEST(HeadsAsiaTest, LeeWanKooOnlyInHisTerm) {
  const std::string s = "Lee Wan-koo criticized Japan on Monday.";
  auto ev = CodeText(s, "2015-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "KORGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2016-03-14");
  EXPECT_NE(DyadOf(ev, "111"), "KORGOV>JPN") << Dump(ev);
}

// Nepal: the king until the monarchy ends on 2008-05-28; Koirala is prime
// minister in 2007 and a former leader after 2008-08-17.
TEST(HeadsAsiaTest, NepalKingAndPrimeMinister) {
  auto ev = CodeText("King Gyanendra criticized India on Monday.", "2005-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLGOV>IND") << Dump(ev);
  ev = CodeText("Gyanendra criticized India on Monday.", "2009-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLELI>IND") << Dump(ev);
  ev = CodeText("Girija Prasad Koirala criticized China on Monday.", "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLGOV>CHN") << Dump(ev);
  ev = CodeText("Girija Prasad Koirala criticized China on Monday.", "2009-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLELI>CHN") << Dump(ev);
}

// Xanana Gusmão: resistance leader before 1999, president, later prime
// minister; Timor-Leste is TLS at all dates.
TEST(HeadsAsiaTest, XananaGusmaoRebelPresidentPrimeMinister) {
  const std::string s = "Xanana Gusmao criticized Indonesia on Monday.";
  auto ev = CodeText(s, "1998-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "TLSREB>IDN") << Dump(ev);
  ev = CodeText(s, "2004-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "TLSGOV>IDN") << Dump(ev);
  ev = CodeText(s, "2010-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "TLSGOV>IDN") << Dump(ev);
}

// "Abdul Hamid" alone is a common name: only the fuller forms or a title
// make him Bangladesh's president.
TEST(HeadsAsiaTest, AbdulHamidAloneIsNoOne) {
  auto ev = CodeText("President Abdul Hamid criticized Myanmar on Monday.", "2018-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDGOV>MMR") << Dump(ev);
  ev = CodeText("Abdul Hamid criticized Myanmar on Monday.", "2018-03-12");
  EXPECT_NE(DyadOf(ev, "111"), "BGDGOV>MMR") << Dump(ev);
}

// Ranil Wickremesinghe's earlier terms as prime minister, added in place:
// GOV in 2003 and 2016, in opposition (no code listed) in 2010.
TEST(HeadsAsiaTest, WickremesingheEarlierTerms) {
  const std::string s = "Ranil Wickremesinghe criticized India on Monday.";
  auto ev = CodeText(s, "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAGOV>IND") << Dump(ev);
  ev = CodeText(s, "2016-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAGOV>IND") << Dump(ev);
  ev = CodeText(s, "2010-03-15");
  EXPECT_NE(DyadOf(ev, "111"), "LKAGOV>IND") << Dump(ev);
}

// Frank Bainimarama headed Fiji's interim military government for six
// weeks in 2000, then commanded the army again until his 2006 coup.
TEST(HeadsAsiaTest, BainimaramaMilitaryAndGovernment) {
  const std::string s = "Frank Bainimarama criticized Australia on Monday.";
  auto ev = CodeText(s, "2000-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "FJIGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2003-06-16");
  EXPECT_EQ(DyadOf(ev, "111"), "FJIMIL>AUS") << Dump(ev);
  ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "FJIGOV>AUS") << Dump(ev);
}

}  // namespace
}  // namespace dyad
