// Foreign, defence, interior and finance ministers and UN ambassadors
// 2000-2026 of the Middle East and Africa
// (data/actors/people/ministers_2000_2026_mena.txt and the roles added in
// place to older entries; docs/accuracy.md, "stop 25 (h-min-mena)"): the whole
// English pipeline on sentences we wrote, dated inside a term and just after
// it, so that a wrong start or end date or a wrong role fails here.
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

// Ya'alon was chief of staff (MIL), then a minister from 2009 to his
// resignation in May 2016; after it the entry codes nothing.
TEST(MinistersMenaTest, YaalonArmyChiefThenMinister) {
  const std::string s = "Moshe Ya'alon criticized Iran on Monday.";
  auto ev = CodeText(s, "2004-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRMIL>IRN") << Dump(ev);
  ev = CodeText(s, "2015-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2017-03-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
}

// Mofaz: defence minister, then transport minister, then a Knesset member
// in opposition from 2009.
TEST(MinistersMenaTest, MofazMinisterThenLegislator) {
  const std::string s = "Shaul Mofaz criticized Syria on Monday.";
  auto ev = CodeText(s, "2004-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>SYR") << Dump(ev);
  ev = CodeText(s, "2010-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRLEG>SYR") << Dump(ev);
}

// Vahidi headed the defence ministry as a serving general (MIL) and the
// interior ministry as a civilian minister (GOV); out of office in between
// and after August 2024.
TEST(MinistersMenaTest, VahidiDefenceThenInterior) {
  const std::string s = "Ahmad Vahidi criticized Israel on Tuesday.";
  auto ev = CodeText(s, "2011-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNMIL>ISR") << Dump(ev);
  ev = CodeText(s, "2022-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2016-05-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRN") << Dump(ev);
}

// Lamamra had two terms as Algeria's foreign minister with Messahel and
// Boukadoum between them.
TEST(MinistersMenaTest, LamamraTwoTerms) {
  const std::string s = "Ramtane Lamamra criticized France on Wednesday.";
  auto ev = CodeText(s, "2015-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2018-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DZA") << Dump(ev);
  ev = CodeText(s, "2022-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>FRA") << Dump(ev);
}

// Sobhi, a serving general, was chief of staff and defence minister until
// June 2018.
TEST(MinistersMenaTest, SobhiDefenceMinisterUntil2018) {
  const std::string s = "Sedki Sobhi criticized Ethiopia on Thursday.";
  auto ev = CodeText(s, "2016-02-11");
  EXPECT_EQ(DyadOf(ev, "111"), "EGYMIL>ETH") << Dump(ev);
  ev = CodeText(s, "2019-02-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "EGY") << Dump(ev);
}

// Rwanda's foreign minister to October 2018, then at the Francophonie.
TEST(MinistersMenaTest, MushikiwaboForeignMinisterUntil2018) {
  const std::string s = "Louise Mushikiwabo criticized France on Monday.";
  auto ev = CodeText(s, "2014-04-07");
  EXPECT_EQ(DyadOf(ev, "111"), "RWAGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2020-04-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "RWA") << Dump(ev);
}

// Lebanon's foreign ministers of 2020-2021 changed twice within a year.
TEST(MinistersMenaTest, LebaneseForeignMinistersInTurn) {
  auto ev = CodeText("Charbel Wehbe criticized Israel on Monday.", "2021-02-08");
  EXPECT_EQ(DyadOf(ev, "111"), "LBNGOV>ISR") << Dump(ev);
  ev = CodeText("Charbel Wehbe criticized Israel on Monday.", "2021-07-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBN") << Dump(ev);
  ev = CodeText("Nassif Hitti criticized Israel on Monday.", "2020-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "LBNGOV>ISR") << Dump(ev);
}

// Roles added in place to older entries: Fuad Hussein was Iraq's finance
// minister before he became foreign minister, with a month out of the
// cabinet between; Sa'ar was interior minister to November 2014 and out of
// politics for years after; Zarif was UN ambassador before foreign minister.
TEST(MinistersMenaTest, RolesAddedToOlderEntries) {
  auto ev = CodeText("Fuad Hussein criticized Turkey on Monday.", "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>TUR") << Dump(ev);
  ev = CodeText("Fuad Hussein criticized Turkey on Monday.", "2020-05-18");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRQ") << Dump(ev);
  ev = CodeText("Gideon Sa'ar criticized Syria on Monday.", "2014-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>SYR") << Dump(ev);
  ev = CodeText("Gideon Sa'ar criticized Syria on Monday.", "2017-03-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
  ev = CodeText("Javad Zarif criticized Israel on Monday.", "2005-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNGOV>ISR") << Dump(ev);
}

}  // namespace
}  // namespace dyad
