// Permanent representatives to the UN 2000-2026
// (data/actors/people/un_ambassadors.txt; docs/accuracy.md, "stop 25
// (h-min-un)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it, so that a wrong start or end date, a wrong country or a
// gap between two terms that codes the envoy anyway fails here.
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

// Araud was France's UN ambassador and then ambassador in Washington to
// 2019-04; after that he holds no office and the entry codes nothing.
TEST(UnAmbassadorsTest, AraudIsFranceOnlyDuringHisPosts) {
  const std::string s = "Gerard Araud criticized Iran on Monday.";
  auto ev = CodeText(s, "2011-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "FRAGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2022-06-06");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "FRA") << Dump(ev);
}

// Munir Akram served two terms (2002-2008, 2019-2025): the years between
// them must not make him Pakistan's government.
TEST(UnAmbassadorsTest, MunirAkramTwoTermsAndTheGap) {
  const std::string s = "Munir Akram criticized India on Tuesday.";
  auto ev = CodeText(s, "2005-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  ev = CodeText(s, "2013-03-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "PAK") << Dump(ev);
  ev = CodeText(s, "2021-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
}

// Wang Yingfan represented China to 2003; a sentence years later is not
// China's government.
TEST(UnAmbassadorsTest, WangYingfanBeforeAndAfter) {
  const std::string s = "Wang Yingfan praised Russia on Thursday.";
  auto ev = CodeText(s, "2001-05-10");
  EXPECT_EQ(DyadOf(ev, "051"), "CHNGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2012-05-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "CHN") << Dump(ev);
}

// Kim Song has spoken for North Korea at the UN since 2014; before it the
// entry is not used.
TEST(UnAmbassadorsTest, KimSongIsNorthKoreaFrom2014) {
  const std::string s = "Kim Song criticized Japan on Wednesday.";
  auto ev = CodeText(s, "2023-02-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PRKGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2009-02-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "PRK") << Dump(ev);
}

}  // namespace
}  // namespace dyad
