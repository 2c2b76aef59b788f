// Interior ministers 2000-2026 (data/actors/people/ministers_2000_2026_interior.txt
// and interior terms added in place to people listed elsewhere;
// docs/accuracy.md, "stop 26 (h-min-int)"): the whole English pipeline on
// sentences we wrote, dated inside a term and after it, so that a wrong start
// or end date or a wrong role fails here.
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

// Mouriño ran the presidency's office, then the interior ministry, until the
// plane crash of 2008-11-04: nothing after.
TEST(MinistersInteriorTest, MourinoUntilTheCrash) {
  const std::string s = "Juan Camilo Mourino criticized Guatemala on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MEXGOV>GTM") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MEX") << Dump(ev);
}

// Baroud held the Lebanese interior ministry 2008-2011 only.
TEST(MinistersInteriorTest, BaroudOnlyWhileMinister) {
  const std::string s = "Ziad Baroud criticized Israel on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "LBNGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2012-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBN") << Dump(ev);
}

// Kanaan was an intelligence chief before he became interior minister: the
// role follows the date.
TEST(MinistersInteriorTest, KanaanFromIntelligenceToTheInterior) {
  const std::string s = "Ghazi Kanaan criticized Israel on Monday.";
  auto ev = CodeText(s, "2003-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRSPY>ISR") << Dump(ev);
  ev = CodeText(s, "2005-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2007-05-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SYR") << Dump(ev);
}

// Kaliňák: interior minister twice, out of office 2010-2012 and 2018-2023,
// defence minister from 2023.
TEST(MinistersInteriorTest, KalinakTwoTermsAndAGap) {
  const std::string s = "Robert Kalinak criticized Hungary on Tuesday.";
  auto ev = CodeText(s, "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SVKGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2011-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SVK") << Dump(ev);
  ev = CodeText(s, "2015-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SVKGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2020-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SVK") << Dump(ev);
}

// A distinctive surname alone codes the minister in office, and nothing once
// he has left (Zerhouni left the government in 2012).
TEST(MinistersInteriorTest, ZerhouniSurnameAlone) {
  const std::string s = "Zerhouni criticized Morocco on Wednesday.";
  auto ev = CodeText(s, "2005-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>MAR") << Dump(ev);
  ev = CodeText(s, "2014-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DZA") << Dump(ev);
}

// An army chief who became interior minister: MIL while in uniform, GOV as a
// minister, nothing in the years between.
TEST(MinistersInteriorTest, AnupongFromTheArmyToTheInterior) {
  const std::string s = "Anupong Paochinda criticized Cambodia on Thursday.";
  auto ev = CodeText(s, "2009-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>KHM") << Dump(ev);
  ev = CodeText(s, "2012-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
  ev = CodeText(s, "2016-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
}

// Interior terms added in place to entries of other files: Yishai's first
// term (2001-2003) before his later ones, Jiang Yi-huah before he was premier.
TEST(MinistersInteriorTest, TermsAddedInPlace) {
  auto ev = CodeText("Eli Yishai criticized Egypt on Monday.", "2001-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>EGY") << Dump(ev);
  ev = CodeText("Eli Yishai criticized Egypt on Monday.", "2004-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
  ev = CodeText("Jiang Yi-huah criticized Japan on Monday.", "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>JPN") << Dump(ev);
  ev = CodeText("Jiang Yi-huah criticized Japan on Monday.", "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TWN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
