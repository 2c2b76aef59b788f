// Foreign ministers and UN ambassadors 2000-2026 of the smaller and middle
// states (data/actors/people/ministers_2000_2026_foreign.txt and the roles
// added in place to older entries; docs/accuracy.md, "stop 26 (h-min-for)"):
// the whole English pipeline on sentences we wrote, dated inside a term and
// just after it, so that a wrong start or end date or a wrong role fails here.
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

// Asselborn was Luxembourg's foreign minister from 2004-07-31 to 2023-11-16
// and held no office after: a mention in 2024 is not Luxembourg's government.
TEST(MinistersForeignTest, AsselbornOnlyWhileMinister) {
  const std::string s = "Jean Asselborn criticized Hungary.";
  auto ev = CodeText(s, "2015-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "LUXGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2024-06-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "LUX") << Dump(ev);
}

// Mladenov went from Bulgaria's foreign ministry (to 2013-03-12) to UN posts
// (2013-2020): the code follows the office, then stops.
TEST(MinistersForeignTest, MladenovFromSofiaToTheUn) {
  const std::string s = "Nickolay Mladenov criticized Israel.";
  auto ev = CodeText(s, "2011-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BGRGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2017-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>ISR") << Dump(ev);
  ev = CodeText(s, "2022-05-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "IGO") << Dump(ev);
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "BGR") << Dump(ev);
}

// Kohout headed two caretaker foreign ministries (2009-2010, 2013-2014);
// between them the entry codes nothing.
TEST(MinistersForeignTest, KohoutTwoCaretakerTerms) {
  const std::string s = "Jan Kohout praised Slovakia.";
  auto ev = CodeText(s, "2010-03-09");
  EXPECT_EQ(DyadOf(ev, "051"), "CZEGOV>SVK") << Dump(ev);
  ev = CodeText(s, "2012-06-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "CZE") << Dump(ev);
  ev = CodeText(s, "2013-10-08");
  EXPECT_EQ(DyadOf(ev, "051"), "CZEGOV>SVK") << Dump(ev);
}

// Moctar Ouane's foreign ministry (2004-2011) was added in place to his entry
// as transitional prime minister (2020-2021); the years between code nothing.
TEST(MinistersForeignTest, OuaneForeignMinistryAddedInPlace) {
  const std::string s = "Moctar Ouane criticized France.";
  auto ev = CodeText(s, "2007-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2015-05-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MLI") << Dump(ev);
  ev = CodeText(s, "2021-01-12");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>FRA") << Dump(ev);
}

// Drame's term ended with the coup of 2020-08-18.
TEST(MinistersForeignTest, DrameUntilTheCoup) {
  const std::string s = "Tiebile Drame praised Algeria.";
  auto ev = CodeText(s, "2020-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "MLIGOV>DZA") << Dump(ev);
  ev = CodeText(s, "2020-10-13");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "MLI") << Dump(ev);
}

// Tajikistan: Aslov was foreign minister 2013-2020, Muhriddin from 2020 (his
// entry used to start in 2013).
TEST(MinistersForeignTest, TajikForeignMinistersInTurn) {
  auto ev = CodeText("Sirodjidin Aslov praised China.", "2016-04-12");
  EXPECT_EQ(DyadOf(ev, "051"), "TJKGOV>CHN") << Dump(ev);
  ev = CodeText("Sirojiddin Muhriddin praised China.", "2016-04-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "TJK") << Dump(ev);
  ev = CodeText("Sirojiddin Muhriddin praised China.", "2022-04-12");
  EXPECT_EQ(DyadOf(ev, "051"), "TJKGOV>CHN") << Dump(ev);
}

// Kasoulides was foreign minister three times; in between he sat in the
// European Parliament, which is not coded.
TEST(MinistersForeignTest, KasoulidesBetweenTerms) {
  const std::string s = "Ioannis Kasoulides criticized Turkey.";
  auto ev = CodeText(s, "2015-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "CYPGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2010-05-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "CYP") << Dump(ev);
}

// A common surname is not listed alone: "Borg" codes no Maltese actor even
// while Tonio Borg was foreign minister.
TEST(MinistersForeignTest, CommonSurnameNotAlone) {
  auto ev = CodeText("Tonio Borg criticized Libya.", "2010-05-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MLTGOV>LBY") << Dump(ev);
  ev = CodeText("Borg criticized Libya.", "2010-05-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MLT") << Dump(ev);
}

}  // namespace
}  // namespace dyad
