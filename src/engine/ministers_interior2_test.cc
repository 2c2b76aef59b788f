// Interior ministers 2000-2026, fourth pass (the end of
// data/actors/people/ministers_2000_2026_interior.txt, "stop 26, fourth
// pass", and Pevkur's term added in place; docs/accuracy.md, "stop 26
// (h-int3)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it, so that a wrong start or end date or a wrong role
// fails here.
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

// Palaitis held the Lithuanian interior ministry for Kubilius's cabinet only.
TEST(MinistersInterior2Test, PalaitisOnlyWhileMinister) {
  const std::string s = "Raimondas Palaitis criticized Belarus on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "LTUGOV>BLR") << Dump(ev);
  ev = CodeText(s, "2014-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LTU") << Dump(ev);
}

// Qanuni: minister, then speaker (a legislator), then nothing until he was
// vice president.
TEST(MinistersInterior2Test, QanuniMinisterSpeakerAndTheGap) {
  const std::string s = "Yunus Qanuni criticized Pakistan on Tuesday.";
  auto ev = CodeText(s, "2002-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGGOV>PAK") << Dump(ev);
  ev = CodeText(s, "2007-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGLEG>PAK") << Dump(ev);
  ev = CodeText(s, "2012-03-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AFG") << Dump(ev);
}

// Amrullah Saleh: intelligence chief, out of office, then interior minister
// for a month.
TEST(MinistersInterior2Test, AmrullahSalehFromIntelligenceToTheInterior) {
  const std::string s = "Amrullah Saleh criticized Pakistan on Wednesday.";
  auto ev = CodeText(s, "2008-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGSPY>PAK") << Dump(ev);
  ev = CodeText(s, "2015-05-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AFG") << Dump(ev);
  ev = CodeText(s, "2019-01-09");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGGOV>PAK") << Dump(ev);
}

// Hama Amadou Souley is not Hama Amadou, the prime minister of 2000-2007:
// the longer name wins, and the minister is coded only to the 2023 coup.
TEST(MinistersInterior2Test, HamaSouleyIsNotHamaAmadou) {
  const std::string s = "Hama Amadou Souley criticized Mali on Thursday.";
  auto ev = CodeText(s, "2022-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>MLI") << Dump(ev);
  ev = CodeText(s, "2024-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NER") << Dump(ev);
}

// A serving general heading Cuba's interior ministry is MIL, until his death.
TEST(MinistersInterior2Test, FernandezGondinUntilHisDeath) {
  const std::string s = "Carlos Fernandez Gondin criticized Colombia on Friday.";
  auto ev = CodeText(s, "2016-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CUBMIL>COL") << Dump(ev);
  ev = CodeText(s, "2018-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CUB") << Dump(ev);
}

// Pevkur's ministries of 2009-2016, added in place to his defence entry:
// coded then, not in the years out of government, and again as defence
// minister.
TEST(MinistersInterior2Test, PevkurTermAddedInPlace) {
  const std::string s = "Hanno Pevkur criticized Russia on Monday.";
  auto ev = CodeText(s, "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "EST") << Dump(ev);
  ev = CodeText(s, "2023-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>RUS") << Dump(ev);
}

}  // namespace
}  // namespace dyad
