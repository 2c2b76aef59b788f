// Permanent representatives to the UN 2000-2026, second file
// (data/actors/people/un_ambassadors_2.txt and the UN roles added in place;
// docs/accuracy.md, "stop 26 (h-un2)"): the whole English pipeline on
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

// Spatafora spoke for Italy at the UN 2003-2008; in 2015 he holds no office
// known here and the entry codes nothing.
TEST(UnAmbassadors2Test, SpataforaIsItalyOnlyDuringHisTerm) {
  const std::string s = "Marcello Spatafora criticized Iran on Monday.";
  auto ev = CodeText(s, "2006-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "ITAGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ITA") << Dump(ev);
}

// Joy Ogwu was foreign minister to May 2007 and UN ambassador from 2008:
// both terms are Nigeria's government, the years after 2017 are not.
TEST(UnAmbassadors2Test, OgwuMinisterThenEnvoy) {
  const std::string s = "Joy Ogwu praised Ghana on Tuesday.";
  auto ev = CodeText(s, "2007-02-13");
  EXPECT_EQ(DyadOf(ev, "051"), "NGAGOV>GHA") << Dump(ev);
  ev = CodeText(s, "2012-02-14");
  EXPECT_EQ(DyadOf(ev, "051"), "NGAGOV>GHA") << Dump(ev);
  ev = CodeText(s, "2022-02-15");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "NGA") << Dump(ev);
}

// Muhammad-Bande was Nigeria's envoy and then president of the General
// Assembly: the second role is the UN's, not Nigeria's.
TEST(UnAmbassadors2Test, MuhammadBandeEnvoyThenAssemblyPresident) {
  const std::string s = "Tijjani Muhammad-Bande criticized Cameroon on Monday.";
  auto ev = CodeText(s, "2018-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAGOV>CMR") << Dump(ev);
  ev = CodeText(s, "2020-02-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>CMR") << Dump(ev);
}

// Nawaf Salam's UN term (2007-2017) was added in place to his prime
// minister's entry; the years between (the ICJ) code nothing.
TEST(UnAmbassadors2Test, NawafSalamEnvoyGapPrimeMinister) {
  const std::string s = "Nawaf Salam criticized Israel on Wednesday.";
  auto ev = CodeText(s, "2012-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "LBNGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2021-05-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "LBN") << Dump(ev);
  ev = CodeText(s, "2025-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "LBNGOV>ISR") << Dump(ev);
}

// Mohammed al-Douri was Saddam Hussein's envoy; after the fall of Baghdad
// in April 2003 he no longer speaks for Iraq's government.
TEST(UnAmbassadors2Test, AlDouriEndsWithTheFallOfBaghdad) {
  const std::string s = "Mohammed al-Douri criticized Britain on Thursday.";
  auto ev = CodeText(s, "2003-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2004-03-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "IRQ") << Dump(ev);
}

// Choi Young-jin went from South Korea's UN seat to head the UN mission in
// Côte d'Ivoire; after 2011 the entry codes nothing.
TEST(UnAmbassadors2Test, ChoiYoungJinKoreaThenUn) {
  const std::string s = "Choi Young-jin praised Japan on Friday.";
  auto ev = CodeText(s, "2006-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "KORGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2009-06-12");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOUNO>JPN") << Dump(ev);
  ev = CodeText(s, "2016-06-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "KOR") << Dump(ev);
}

}  // namespace
}  // namespace dyad
