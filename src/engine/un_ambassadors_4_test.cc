// UN envoys of the small and middle states, fourth pass
// (data/actors/people/un_ambassadors_3.txt and the UN roles added in place;
// docs/accuracy.md, "stop 27 (h-un4)"): the whole English pipeline on
// sentences we wrote, each dated inside a term and after it, so that a wrong
// start or end date, a wrong country or a missing in-place role fails here.
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

// Abdalhaleem spoke for Sudan in the Darfur years; by 2015 he holds no
// office known here.
TEST(UnAmbassadors4Test, AbdalhaleemIsSudanOnlyDuringHisTerm) {
  const std::string s = "Abdalmahmood Abdalhaleem criticized Chad on Monday.";
  auto ev = CodeText(s, "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNGOV>TCD") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SDN") << Dump(ev);
}

// Roble Olhaye held Djibouti's seat for decades, to 2015.
TEST(UnAmbassadors4Test, OlhayeLongTermEnds) {
  const std::string s = "Roble Olhaye praised Ethiopia on Tuesday.";
  auto ev = CodeText(s, "2005-05-10");
  EXPECT_EQ(DyadOf(ev, "051"), "DJIGOV>ETH") << Dump(ev);
  ev = CodeText(s, "2019-05-14");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "DJI") << Dump(ev);
}

// Cheick Sidi Diarra went from Mali's seat to the Secretariat: the second
// role is the UN's, and after 2012 the entry codes nothing.
TEST(UnAmbassadors4Test, DiarraMaliThenUn) {
  const std::string s = "Cheick Sidi Diarra praised Niger on Wednesday.";
  auto ev = CodeText(s, "2005-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "MLIGOV>NER") << Dump(ev);
  ev = CodeText(s, "2010-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOUNO>NER") << Dump(ev);
  ev = CodeText(s, "2016-06-08");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "MLI") << Dump(ev);
}

// Milos Alcalay resigned as Venezuela's envoy in 2004: later he is no voice
// of its government.
TEST(UnAmbassadors4Test, AlcalayEndsWithHisResignation) {
  const std::string s = "Milos Alcalay criticized Cuba on Thursday.";
  auto ev = CodeText(s, "2002-09-12");
  EXPECT_EQ(DyadOf(ev, "111"), "VENGOV>CUB") << Dump(ev);
  ev = CodeText(s, "2008-09-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "VEN") << Dump(ev);
}

// Arias Cárdenas was UN envoy and, after a gap, governor of Zulia: both are
// Venezuela's government, the gap codes nothing.
TEST(UnAmbassadors4Test, AriasCardenasEnvoyGapGovernor) {
  const std::string s = "Francisco Arias Cárdenas praised Colombia on Friday.";
  auto ev = CodeText(s, "2007-02-09");
  EXPECT_EQ(DyadOf(ev, "051"), "VENGOV>COL") << Dump(ev);
  ev = CodeText(s, "2010-02-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "VEN") << Dump(ev);
  ev = CodeText(s, "2015-02-13");
  EXPECT_EQ(DyadOf(ev, "051"), "VENGOV>COL") << Dump(ev);
}

// Ivan Šimonović: Croatia's envoy, later its justice minister, then a UN
// assistant secretary-general.
TEST(UnAmbassadors4Test, SimonovicEnvoyMinisterThenUn) {
  const std::string s = "Ivan Šimonović criticized Hungary on Monday.";
  auto ev = CodeText(s, "2002-04-08");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2009-04-13");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2014-04-14");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>HUN") << Dump(ev);
}

// Yuriy Sergeyev spoke for Ukraine through the Crimea debates of 2014; in
// 2019 he holds no office known here.
TEST(UnAmbassadors4Test, SergeyevIsUkraineOnlyDuringHisTerm) {
  const std::string s = "Yuriy Sergeyev criticized Russia on Tuesday.";
  auto ev = CodeText(s, "2014-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2019-03-05");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "UKR") << Dump(ev);
}

// Kyaw Tint Swe: Myanmar's envoy in the 2000s, no office known here in 2013,
// a minister under the elected government to the 2021 coup.
TEST(UnAmbassadors4Test, KyawTintSweEnvoyGapMinister) {
  const std::string s = "Kyaw Tint Swe praised Thailand on Wednesday.";
  auto ev = CodeText(s, "2007-10-10");
  EXPECT_EQ(DyadOf(ev, "051"), "MMRGOV>THA") << Dump(ev);
  ev = CodeText(s, "2013-10-09");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "MMR") << Dump(ev);
  ev = CodeText(s, "2018-10-10");
  EXPECT_EQ(DyadOf(ev, "051"), "MMRGOV>THA") << Dump(ev);
  ev = CodeText(s, "2022-10-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "MMR") << Dump(ev);
}

// Khaled Alyemany was Yemen's envoy and then its foreign minister to June
// 2019.
TEST(UnAmbassadors4Test, AlyemanyEnvoyThenMinister) {
  const std::string s = "Khaled Alyemany criticized Iran on Thursday.";
  auto ev = CodeText(s, "2016-11-10");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2018-11-08");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2022-11-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "YEM") << Dump(ev);
}

// Stuart Beck was Palau's envoy to 2013.
TEST(UnAmbassadors4Test, StuartBeckIsPalauOnlyDuringHisTerm) {
  const std::string s = "Stuart Beck praised Japan on Friday.";
  auto ev = CodeText(s, "2008-07-11");
  EXPECT_EQ(DyadOf(ev, "051"), "PLWGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2017-07-14");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "PLW") << Dump(ev);
}

// Roles added in place: Aminu Wali's UN term before his foreign ministry,
// with the years between coding nothing.
TEST(UnAmbassadors4Test, AminuWaliEnvoyGapMinister) {
  const std::string s = "Aminu Wali praised Benin on Monday.";
  auto ev = CodeText(s, "2005-01-10");
  EXPECT_EQ(DyadOf(ev, "051"), "NGAGOV>BEN") << Dump(ev);
  ev = CodeText(s, "2010-01-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "NGA") << Dump(ev);
  ev = CodeText(s, "2014-11-10");
  EXPECT_EQ(DyadOf(ev, "051"), "NGAGOV>BEN") << Dump(ev);
}

// María Ángela Holguín: UN envoy 2004-2006, nothing between, foreign
// minister from 2010.
TEST(UnAmbassadors4Test, HolguinEnvoyGapMinister) {
  const std::string s = "María Ángela Holguín criticized Venezuela on Tuesday.";
  auto ev = CodeText(s, "2005-08-09");
  EXPECT_EQ(DyadOf(ev, "111"), "COLGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2008-08-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "COL") << Dump(ev);
  ev = CodeText(s, "2013-08-13");
  EXPECT_EQ(DyadOf(ev, "111"), "COLGOV>VEN") << Dump(ev);
}

// Bassam Sabbagh spoke for Assad's government until its fall in December
// 2024; in 2025 he is no voice of Syria's government.
TEST(UnAmbassadors4Test, SabbaghEndsWithAssadsFall) {
  const std::string s = "Bassam Sabbagh criticized Turkey on Wednesday.";
  auto ev = CodeText(s, "2022-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2025-06-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SYR") << Dump(ev);
}

}  // namespace
}  // namespace dyad
