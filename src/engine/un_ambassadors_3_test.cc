// UN envoys and foreign ministers of the small states, third pass
// (data/actors/people/un_ambassadors_2.txt and ministers_2000_2026_foreign.txt
// under "stop 26, third pass", and the roles added in place; docs/accuracy.md,
// "stop 26 (h-un3)"): the whole English pipeline on sentences we wrote, each
// dated inside a term and after it, so that a wrong start or end date, a wrong
// country or a missing in-place role fails here.
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

// Peter Thomson spoke for Fiji at the UN, then presided over the General
// Assembly for one session: the second role is the UN's, and after it the
// entry codes nothing.
TEST(UnAmbassadors3Test, ThomsonFijiThenAssemblyPresident) {
  const std::string s = "Peter Thomson praised Australia on Monday.";
  auto ev = CodeText(s, "2014-03-10");
  EXPECT_EQ(DyadOf(ev, "051"), "FJIGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2017-03-13");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOUNO>AUS") << Dump(ev);
  ev = CodeText(s, "2019-03-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "FJI") << Dump(ev);
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "IGO") << Dump(ev);
}

// Courtenay Rattray went from Jamaica's seat to the Secretary-General's
// office; his first name alone is another Caribbean minister's surname, so
// the full name must win.
TEST(UnAmbassadors3Test, RattrayJamaicaThenSecretariat) {
  const std::string s = "Courtenay Rattray criticized Haiti on Tuesday.";
  auto ev = CodeText(s, "2016-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>HTI") << Dump(ev);
  ev = CodeText(s, "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>HTI") << Dump(ev);
}

// Gert Rosenthal was Guatemala's foreign minister and then its UN envoy
// again; in 2018 he holds no office known here.
TEST(UnAmbassadors3Test, RosenthalMinisterThenEnvoy) {
  const std::string s = "Gert Rosenthal praised Mexico on Wednesday.";
  auto ev = CodeText(s, "2007-04-11");
  EXPECT_EQ(DyadOf(ev, "051"), "GTMGOV>MEX") << Dump(ev);
  ev = CodeText(s, "2012-04-11");
  EXPECT_EQ(DyadOf(ev, "051"), "GTMGOV>MEX") << Dump(ev);
  ev = CodeText(s, "2018-04-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "GTM") << Dump(ev);
}

// Jamaica's foreign ministry passed from Baugh to Nicholson with the change
// of government in January 2012: each is Jamaica only in his own years.
TEST(UnAmbassadors3Test, JamaicaBaughThenNicholson) {
  const std::string baugh = "Kenneth Baugh criticized Venezuela on Thursday.";
  auto ev = CodeText(baugh, "2009-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>VEN") << Dump(ev);
  ev = CodeText(baugh, "2013-06-13");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "JAM") << Dump(ev);
  const std::string nicholson = "A.J. Nicholson criticized Venezuela on Thursday.";
  ev = CodeText(nicholson, "2013-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>VEN") << Dump(ev);
  ev = CodeText(nicholson, "2009-06-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "JAM") << Dump(ev);
}

// Manele's foreign ministry was added in place to his prime minister's
// entry: both are the Solomon Islands' government, the years before are not.
TEST(UnAmbassadors3Test, ManeleForeignMinisterThenPrimeMinister) {
  const std::string s = "Jeremiah Manele praised China on Friday.";
  auto ev = CodeText(s, "2021-07-09");
  EXPECT_EQ(DyadOf(ev, "051"), "SLBGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2025-07-11");
  EXPECT_EQ(DyadOf(ev, "051"), "SLBGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2017-07-14");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "SLB") << Dump(ev);
}

// Rodrigues-Birkett was foreign minister to the change of government in
// May 2015 and UN envoy later: the years between code nothing.
TEST(UnAmbassadors3Test, RodriguesBirkettMinisterGapEnvoy) {
  const std::string s = "Carolyn Rodrigues-Birkett criticized Venezuela on Monday.";
  auto ev = CodeText(s, "2011-02-14");
  EXPECT_EQ(DyadOf(ev, "111"), "GUYGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2018-02-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "GUY") << Dump(ev);
  ev = CodeText(s, "2024-02-12");
  EXPECT_EQ(DyadOf(ev, "111"), "GUYGOV>VEN") << Dump(ev);
}

// Moctar Ouane's UN seat during Mali's Council term was added in place
// before his foreign ministry; the year between codes nothing.
TEST(UnAmbassadors3Test, OuaneEnvoyGapMinister) {
  const std::string s = "Moctar Ouane criticized Niger on Tuesday.";
  auto ev = CodeText(s, "2001-10-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>NER") << Dump(ev);
  ev = CodeText(s, "2003-10-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MLI") << Dump(ev);
  ev = CodeText(s, "2006-10-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>NER") << Dump(ev);
}

// Lykketoft was foreign minister, speaker of the Folketing and president of
// the General Assembly: government, legislature and the UN in turn, and
// nothing in the years between.
TEST(UnAmbassadors3Test, LykketoftMinisterSpeakerAssemblyPresident) {
  const std::string s = "Mogens Lykketoft criticized Russia on Wednesday.";
  auto ev = CodeText(s, "2001-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "DNKGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2013-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "DNKLEG>RUS") << Dump(ev);
  ev = CodeText(s, "2016-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>RUS") << Dump(ev);
  ev = CodeText(s, "2007-05-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "DNK") << Dump(ev);
}

}  // namespace
}  // namespace dyad
