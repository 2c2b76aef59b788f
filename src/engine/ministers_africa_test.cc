// Foreign, defence, interior and finance ministers 2000-2026 of sub-Saharan
// Africa (data/actors/people/ministers_2000_2026_africa.txt and Bazoum's roles
// added in place; docs/accuracy.md, "stop 25 (h-min-africa2)"): the whole
// English pipeline on sentences we wrote, dated inside a term and after it,
// so that a wrong start or end date or a wrong role fails here.
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

// Zimbabwe's foreign minister from 2005, dropped after the coup of 2017.
TEST(MinistersAfricaTest, MumbengegwiUntilTheCoup) {
  const std::string s = "Simbarashe Mumbengegwi criticized Britain on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2019-03-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZWE") << Dump(ev);
}

// Biti was finance minister only in the unity government of 2009-2013, in
// opposition before and after it.
TEST(MinistersAfricaTest, BitiOnlyInTheUnityGovernment) {
  const std::string s = "Tendai Biti criticized Britain on Tuesday.";
  auto ev = CodeText(s, "2011-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEGOV>GBR") << Dump(ev);
  // Stop 30 (h-opp) dated his opposition years around the ministry: the MDC's
  // secretary-general before it, a party leader after it; before the MDC
  // existed he still names no one.
  ev = CodeText(s, "2016-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEOPP>GBR") << Dump(ev);
  ev = CodeText(s, "1995-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZWE") << Dump(ev);
}

// Magashi was Nigeria's defence minister for Buhari's second term only.
TEST(MinistersAfricaTest, MagashiDefenceMinisterUntil2023) {
  const std::string s = "Bashir Magashi criticized Niger on Wednesday.";
  auto ev = CodeText(s, "2021-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAGOV>NER") << Dump(ev);
  ev = CodeText(s, "2024-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NGA") << Dump(ev);
}

// Kenya's cabinet was dismissed on 2024-07-11 and Tuya came back in August as
// defence secretary: nothing in the weeks between.
TEST(MinistersAfricaTest, TuyaOutBetweenTwoCabinets) {
  const std::string s = "Soipan Tuya criticized Somalia on Monday.";
  auto ev = CodeText(s, "2025-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>SOM") << Dump(ev);
  ev = CodeText(s, "2024-07-22");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KEN") << Dump(ev);
}

// Bazoum (role added in place): a minister from 2011 to his campaign of
// 2020, president from April 2021; a candidate, not a minister, in between.
TEST(MinistersAfricaTest, BazoumMinisterThenPresident) {
  const std::string s = "Mohamed Bazoum criticized Mali on Thursday.";
  auto ev = CodeText(s, "2013-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>MLI") << Dump(ev);
  ev = CodeText(s, "2020-12-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NER") << Dump(ev);
  ev = CodeText(s, "2022-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>MLI") << Dump(ev);
}

// Cameroon's foreign minister since the reshuffle of October 2015; Niger's
// defence minister since 2023 is a serving general (MIL, not GOV).
TEST(MinistersAfricaTest, MbellaMbellaAndMody) {
  auto ev = CodeText("Lejeune Mbella Mbella criticized Nigeria on Monday.", "2019-04-08");
  EXPECT_EQ(DyadOf(ev, "111"), "CMRGOV>NGA") << Dump(ev);
  ev = CodeText("Lejeune Mbella Mbella criticized Nigeria on Monday.", "2012-04-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CMR") << Dump(ev);
  ev = CodeText("Salifou Mody criticized France on Monday.", "2024-04-08");
  EXPECT_EQ(DyadOf(ev, "111"), "NERMIL>FRA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
