// Foreign ministers 2000-2026, third file
// (data/actors/people/ministers_2000_2026_foreign_3.txt and foreign terms
// added in place to people listed elsewhere; docs/accuracy.md, "stop 28
// (h-for4)"): the whole English pipeline on sentences we wrote, dated inside a
// term and after it, so that a wrong start or end date or a wrong role fails
// here.
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

// Lambrinidis held the Greek foreign ministry for five months of 2011 only.
TEST(MinistersForeign4Test, LambrinidisOnlyIn2011) {
  const std::string s = "Stavros Lambrinidis criticized Turkey on Monday.";
  auto ev = CodeText(s, "2011-09-12");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2013-09-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GRC") << Dump(ev);
}

// Dimas: a European commissioner first, then Greek foreign minister; the role
// follows the date.
TEST(MinistersForeign4Test, DimasFromBrusselsToAthens) {
  const std::string s = "Stavros Dimas criticized Turkey on Tuesday.";
  auto ev = CodeText(s, "2008-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOEUREEC>TUR") << Dump(ev);
  ev = CodeText(s, "2012-02-14");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2014-02-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GRC") << Dump(ev);
}

// A caretaker term added in place: Molyviatis is coded in the weeks of the
// 2012 caretaker government and not in the years between his terms.
TEST(MinistersForeign4Test, MolyviatisCaretakerTerm) {
  const std::string s = "Petros Molyviatis criticized Turkey on Wednesday.";
  auto ev = CodeText(s, "2012-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2010-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GRC") << Dump(ev);
}

// De Hoop Scheffer: Dutch foreign minister, then NATO's secretary general.
TEST(MinistersForeign4Test, DeHoopSchefferFromTheHagueToNato) {
  const std::string s = "Jaap de Hoop Scheffer criticized Russia on Monday.";
  auto ev = CodeText(s, "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2006-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOWSTNAT>RUS") << Dump(ev);
  ev = CodeText(s, "2011-03-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NLD") << Dump(ev);
}

// Francisco Ou: Taiwan's foreign minister 2008-2009 only.
TEST(MinistersForeign4Test, FranciscoOuOnlyWhileMinister) {
  const std::string s = "Francisco Ou criticized China on Thursday.";
  auto ev = CodeText(s, "2009-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2011-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TWN") << Dump(ev);
}

// Salaheddine al-Bashir: Jordan's foreign minister 2007-2009.
TEST(MinistersForeign4Test, BashirOfJordanOnlyWhileMinister) {
  const std::string s = "Salaheddine al-Bashir criticized Israel on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "JORGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2011-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JOR") << Dump(ev);
}

// Surin Pitsuwan: Thai foreign minister to 2001, ASEAN secretary-general
// 2008-2012, and nothing between.
TEST(MinistersForeign4Test, SurinFromBangkokToAsean) {
  const std::string s = "Surin Pitsuwan criticized Myanmar on Tuesday.";
  auto ev = CodeText(s, "2000-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>MMR") << Dump(ev);
  ev = CodeText(s, "2004-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
  ev = CodeText(s, "2010-05-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOSEAASN>MMR") << Dump(ev);
}

// Fathulla Jameel: the Maldives' foreign minister for a quarter of a century,
// to 2005.
TEST(MinistersForeign4Test, FathullaJameelUntil2005) {
  const std::string s = "Fathulla Jameel criticized India on Wednesday.";
  auto ev = CodeText(s, "2003-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MDVGOV>IND") << Dump(ev);
  ev = CodeText(s, "2007-04-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDV") << Dump(ev);
}

}  // namespace
}  // namespace dyad
