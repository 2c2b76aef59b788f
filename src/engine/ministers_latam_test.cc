// Foreign, defence, interior and finance ministers and UN ambassadors
// 2000-2026 of Russia, the former Soviet states and the Balkans
// (data/actors/people/ministers_2000_2026_latam.txt and roles added in
// place; docs/accuracy.md, "stop 25 (h-min-latam)"): the whole English
// pipeline on sentences we wrote, dated inside a term and just after it, so
// that a wrong start or end date or a wrong role fails here.
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

// Serdyukov, a civilian, ran the defence ministry from 2007-02-15 until his
// dismissal on 2012-11-06: GOV then, nothing after (no later role listed).
TEST(MinistersLatamTest, SerdyukovOnlyWhileMinister) {
  const std::string s = "Anatoly Serdyukov criticized Georgia on Monday.";
  auto ev = CodeText(s, "2008-09-08");
  EXPECT_EQ(DyadOf(ev, "111"), "RUSGOV>GEO") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_NE(DyadOf(ev, "111"), "RUSGOV>GEO") << Dump(ev);
}

// Poltorak was a serving general at the head of the defence ministry: MIL,
// not GOV; Zagorodnyuk took over on 2019-08-29.
TEST(MinistersLatamTest, PoltorakServingGeneralIsMil) {
  auto ev = CodeText("Stepan Poltorak criticized Russia on Tuesday.", "2017-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRMIL>RUS") << Dump(ev);
  ev = CodeText("Stepan Poltorak criticized Russia on Tuesday.", "2020-03-10");
  EXPECT_NE(DyadOf(ev, "111"), "UKRMIL>RUS") << Dump(ev);
  ev = CodeText("Andriy Zagorodnyuk criticized Russia on Tuesday.", "2019-10-08");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
}

// Avakov was interior minister from 2014-02-22 to 2021-07-15.
TEST(MinistersLatamTest, AvakovInteriorMinisterTerm) {
  const std::string s = "Arsen Avakov criticized Russia on Wednesday.";
  auto ev = CodeText(s, "2016-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2013-06-12");
  EXPECT_NE(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2022-06-08");
  EXPECT_NE(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
}

// Yatsenyuk, foreign minister in 2007, then speaker of the Rada (LEG), then
// out of both offices before he became prime minister in 2014.
TEST(MinistersLatamTest, YatsenyukForeignMinisterThenSpeaker) {
  const std::string s = "Arseniy Yatsenyuk criticized Russia on Thursday.";
  auto ev = CodeText(s, "2007-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2008-06-05");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRLEG>RUS") << Dump(ev);
  ev = CodeText(s, "2010-06-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "UKR") << Dump(ev);
}

// Azerbaijan's foreign ministers changed on 2020-07-16.
TEST(MinistersLatamTest, AzerbaijaniForeignMinistersChangeOnTheDay) {
  auto ev = CodeText("Elmar Mammadyarov criticized Armenia on Friday.", "2020-07-10");
  EXPECT_EQ(DyadOf(ev, "111"), "AZEGOV>ARM") << Dump(ev);
  ev = CodeText("Elmar Mammadyarov criticized Armenia on Friday.", "2020-10-09");
  EXPECT_NE(DyadOf(ev, "111"), "AZEGOV>ARM") << Dump(ev);
  ev = CodeText("Jeyhun Bayramov criticized Armenia on Friday.", "2020-10-09");
  EXPECT_EQ(DyadOf(ev, "111"), "AZEGOV>ARM") << Dump(ev);
}

// Jeremić: Serbia's foreign minister to 2012-07-26, then president of the
// UN General Assembly for its 67th session, then neither.
TEST(MinistersLatamTest, JeremicForeignMinisterThenUnGeneralAssembly) {
  const std::string s = "Vuk Jeremic criticized Kosovo on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>KSV") << Dump(ev);
  ev = CodeText(s, "2013-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>KSV") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SRB") << Dump(ev);
}

// Lutsenko: interior minister twice, jailed in between and after, then
// prosecutor general (JUD) from 2016-05-12 to 2019-08-29.
TEST(MinistersLatamTest, LutsenkoInteriorMinisterThenProsecutor) {
  const std::string s = "Yuriy Lutsenko criticized Russia on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2007-06-11");  // between his two terms
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "UKR") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRJUD>RUS") << Dump(ev);
}

// Makei died in office on 2022-11-26.
TEST(MinistersLatamTest, MakeiUntilHisDeath) {
  const std::string s = "Vladimir Makei criticized Poland on Tuesday.";
  auto ev = CodeText(s, "2021-08-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BLRGOV>POL") << Dump(ev);
  ev = CodeText(s, "2023-08-08");
  EXPECT_NE(DyadOf(ev, "111"), "BLRGOV>POL") << Dump(ev);
}

// Siniša Mali's entry must not make the country Mali a Serbian minister: the
// bare surname is not listed.
TEST(MinistersLatamTest, MaliAloneIsTheCountry) {
  auto ev = CodeText("Sinisa Mali criticized Croatia on Monday.", "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>HRV") << Dump(ev);
  ev = CodeText("Mali criticized France on Monday.", "2021-03-08");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SRB") << Dump(ev);
}

}  // namespace
}  // namespace dyad
