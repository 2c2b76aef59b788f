// Heads of state and government 2000-2026 of the Middle East and the
// Americas (data/actors/people/heads_2000_2026_meam.txt; docs/accuracy.md,
// "stop 25 (h-heads-meam)"): the whole English pipeline on sentences we
// wrote, each person dated inside a term and just after it, where the entry
// must give the role it lists next or no actor at all.
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

// Jordan's prime ministers change every year or two: each is the government
// only in his own term; the day after, the entry codes nothing.
TEST(HeadsMeamTest, JordanianPrimeMinistersByTerm) {
  const std::string s = "Hani Mulki criticized Israel on Monday.";
  auto ev = CodeText(s, "2017-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "JORGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2018-06-18");  // Razzaz took office 2018-06-14
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Omar Razzaz criticized Israel on Monday.", "2018-06-18");
  EXPECT_EQ(DyadOf(ev, "111"), "JORGOV>ISR") << Dump(ev);
}

// Kuwait's emir Sabah al-Ahmad (foreign minister, prime minister, emir) is
// the government until his death on 2020-09-29, never after.
TEST(HeadsMeamTest, KuwaitsEmirSabahUntilHisDeath) {
  const std::string s = "Sheikh Sabah al-Ahmad al-Sabah criticized Iraq on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KWTGOV>IRQ") << Dump(ev);
  ev = CodeText(s, "2020-10-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Ahmad Chalabi: exiled opposition leader, member of the Governing Council,
// deputy prime minister, then a politician out of office.
TEST(HeadsMeamTest, ChalabiOppositionCouncilAndAfter) {
  const std::string s = "Ahmad Chalabi criticized Iran on Monday.";
  auto ev = CodeText(s, "2002-09-16");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQOPP>IRN") << Dump(ev);
  ev = CodeText(s, "2003-10-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2010-10-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQELI>IRN") << Dump(ev);
}

// Syria's prime minister Wael al-Halqi, and no one after his term.
TEST(HeadsMeamTest, SyrianPrimeMinisterHalqi) {
  const std::string s = "Wael al-Halqi criticized Turkey on Monday.";
  auto ev = CodeText(s, "2014-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2017-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Israel's acting president Dalia Itzik was the Knesset's speaker before
// and after her months as head of state.
TEST(HeadsMeamTest, ItzikSpeakerAndActingPresident) {
  const std::string s = "Dalia Itzik criticized Syria on Monday.";
  auto ev = CodeText(s, "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>SYR") << Dump(ev);
  ev = CodeText(s, "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRLEG>SYR") << Dump(ev);
}

// Argentina's cabinet chief Jorge Capitanich (twice, and governor of Chaco
// between); nothing after he left in 2015, when he was a mayor.
TEST(HeadsMeamTest, ArgentineCabinetChiefCapitanich) {
  const std::string s = "Jorge Capitanich criticized Britain on Monday.";
  auto ev = CodeText(s, "2014-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ARGGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2017-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Peru's prime minister Ana Jara, censured in 2015: the government only in
// her term.
TEST(HeadsMeamTest, PeruvianPrimeMinisterAnaJara) {
  const std::string s = "Ana Jara criticized Chile on Monday.";
  auto ev = CodeText(s, "2014-12-15");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2016-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Patrick Manning's two terms in Trinidad and Tobago leave a gap (Panday's
// years) in which the name codes no one.
TEST(HeadsMeamTest, ManningTwoTermsAndTheGap) {
  const std::string s = "Patrick Manning criticized Venezuela on Monday.";
  auto ev = CodeText(s, "2005-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "TTOGOV>VEN") << Dump(ev);
  ev = CodeText(s, "1998-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Basdeo Panday criticized Venezuela on Monday.", "1998-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "TTOGOV>VEN") << Dump(ev);
}

// Names left out on purpose: "Ingraham" alone is also a US broadcaster, and
// "Sheikh Khalifa" alone could be the UAE's president or Bahrain's prime
// minister; neither becomes a Bahamian or Emirati government.
TEST(HeadsMeamTest, AmbiguousShortNamesAreNotTaken) {
  auto ev = CodeText("Laura Ingraham criticized Venezuela on Monday.", "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111").rfind("BHS", 0), std::string::npos) << Dump(ev);
  ev = CodeText("Hubert Ingraham criticized Venezuela on Monday.", "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BHSGOV>VEN") << Dump(ev);
  ev = CodeText("Sheikh Khalifa criticized Iran on Monday.", "2010-05-10");
  const std::string d = DyadOf(ev, "111");
  EXPECT_EQ(d.rfind("ARE", 0), std::string::npos) << Dump(ev);
  EXPECT_EQ(d.rfind("BHR", 0), std::string::npos) << Dump(ev);
}

}  // namespace
}  // namespace dyad
