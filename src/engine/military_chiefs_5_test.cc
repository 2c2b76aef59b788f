// Military chiefs 2000-2026, fifth pass (data/actors/people/
// military_chiefs_5.txt and commands added in place to people listed
// elsewhere; docs/accuracy.md, "stop 29 (h-mil4)"): the whole English pipeline
// on sentences we wrote, dated inside a command and after it, so that a wrong
// start or end date or a wrong role fails here.
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

// Songkitti was Thailand's supreme commander 2008-2011; Thai commands end on
// 30 September, and after his retirement he is no one to the coder.
TEST(MilitaryChiefs5Test, SongkittiSupremeCommander) {
  const std::string s = "Songkitti Jaggabatara criticized Cambodia on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>KHM") << Dump(ev);
  ev = CodeText(s, "2011-10-03");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
}

// Thanasak left the supreme command for Prayut's cabinet in 2014: MIL, then
// GOV as foreign minister.
TEST(MilitaryChiefs5Test, ThanasakCommanderThenMinister) {
  const std::string s = "Thanasak Patimaprakorn criticized Cambodia on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>KHM") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
  ev = CodeText(s, "2018-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
}

// Widodo Adi Sutjipto commanded the armed forces, then coordinated security
// in Yudhoyono's first cabinet; his longer name wins over Joko Widodo's
// surname.
TEST(MilitaryChiefs5Test, WidodoAdiSutjiptoCommanderThenMinister) {
  const std::string s = "Widodo Adi Sutjipto criticized Malaysia on Monday.";
  auto ev = CodeText(s, "2001-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNMIL>MYS") << Dump(ev);
  ev = CodeText(s, "2007-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
}

// Toisutta: army chief of staff 2009-2011, nothing listed after.
TEST(MilitaryChiefs5Test, ToisuttaArmyChief) {
  const std::string s = "George Toisutta criticized Malaysia on Monday.";
  auto ev = CodeText(s, "2010-09-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNMIL>MYS") << Dump(ev);
  ev = CodeText(s, "2013-09-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
}

// An Indonesian general with one common name is coded with his rank only:
// the bare name must not match.
TEST(MilitaryChiefs5Test, OneNameGeneralOnlyWithRank) {
  auto ev = CodeText("General Budiman criticized Malaysia on Monday.", "2014-02-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNMIL>MYS") << Dump(ev);
  ev = CodeText("Budiman criticized Malaysia on Monday.", "2014-02-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
  ev = CodeText("Army chief Mulyono criticized Malaysia on Monday.", "2017-02-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNMIL>MYS") << Dump(ev);
  ev = CodeText("Mulyono criticized Malaysia on Monday.", "2017-02-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
}

// Do Ba Ty: chief of Vietnam's general staff, then a vice chairman of the
// National Assembly.
TEST(MilitaryChiefs5Test, DoBaTyStaffThenAssembly) {
  const std::string s = "Do Ba Ty criticized China on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMLEG>CHN") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "VNM") << Dump(ev);
}

// Shiri commanded Zimbabwe's air force, was a minister from the end of 2017
// and died in 2020.
TEST(MilitaryChiefs5Test, ShiriAirForceThenMinister) {
  const std::string s = "Perrance Shiri criticized Zambia on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEMIL>ZMB") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEGOV>ZMB") << Dump(ev);
  ev = CodeText(s, "2021-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZWE") << Dump(ev);
}

// Doué was dismissed in November 2004; "Bakayoko" alone (two ministers and
// the later chief of staff share it) codes none of them.
TEST(MilitaryChiefs5Test, IvorianChiefsOfStaff) {
  auto ev = CodeText("Mathias Doue criticized France on Monday.", "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "CIVMIL>FRA") << Dump(ev);
  ev = CodeText("Mathias Doue criticized France on Monday.", "2006-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CIV") << Dump(ev);
  ev = CodeText("Soumaila Bakayoko criticized Mali on Monday.", "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "CIVMIL>MLI") << Dump(ev);
  ev = CodeText("Bakayoko criticized Mali on Monday.", "2014-06-09");
  EXPECT_NE(DyadOf(ev, "111"), "CIVMIL>MLI") << Dump(ev);
}

// Several men named Soe Win: the prime minister who died in 2007, a finance
// minister of 2018-2021 and the deputy commander-in-chief from 2011. The
// general is coded only with his rank, so the bare name in 2019 is not him.
TEST(MilitaryChiefs5Test, SoeWinOnlyWithHisRank) {
  auto ev = CodeText("Soe Win criticized Thailand on Monday.", "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRGOV>THA") << Dump(ev);
  ev = CodeText("Vice-Senior General Soe Win criticized Thailand on Monday.", "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRMIL>THA") << Dump(ev);
  ev = CodeText("Soe Win criticized Thailand on Monday.", "2019-06-10");
  EXPECT_NE(DyadOf(ev, "111"), "MMRMIL>THA") << Dump(ev);
  ev = CodeText("Vice-Senior General Soe Win criticized Thailand on Monday.", "2009-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MMR") << Dump(ev);
}

// Commands added in place: Ryamizard as army chief before he was defence
// minister, Phan Van Giang as chief of the general staff before he was
// minister, Jeje Odongo as army commander.
TEST(MilitaryChiefs5Test, CommandsAddedInPlace) {
  auto ev = CodeText("Ryamizard Ryacudu criticized Malaysia on Monday.", "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNMIL>MYS") << Dump(ev);
  ev = CodeText("Ryamizard Ryacudu criticized Malaysia on Monday.", "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
  ev = CodeText("Ryamizard Ryacudu criticized Malaysia on Monday.", "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
  ev = CodeText("Phan Van Giang criticized China on Monday.", "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMMIL>CHN") << Dump(ev);
  ev = CodeText("Phan Van Giang criticized China on Monday.", "2014-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "VNM") << Dump(ev);
  ev = CodeText("Jeje Odongo criticized Kenya on Monday.", "2000-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "UGAMIL>KEN") << Dump(ev);
  ev = CodeText("Jeje Odongo criticized Kenya on Monday.", "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "UGA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
