// Finance ministers 2000-2026, every country
// (data/actors/people/ministers_2000_2026_finance.txt and the finance terms
// added in place to older entries; docs/accuracy.md, "stop 26 (h-min-fin)"):
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

// Mantega was finance minister 2006-2014; in 2005 he headed the BNDES (a
// bank, not coded) and after 2014 he held no office.
TEST(MinistersFinanceTest, MantegaOnlyWhileMinister) {
  const std::string s = "Guido Mantega criticized the United States on Tuesday.";
  auto ev = CodeText(s, "2010-10-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BRAGOV>USA") << Dump(ev);
  ev = CodeText(s, "2005-06-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "BRA") << Dump(ev);
  ev = CodeText(s, "2015-06-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "BRA") << Dump(ev);
}

// Kalousek's two terms (2007-2009, 2010-2013) with Janota's caretaker year
// between them: the surname alone codes him in either term, not in the gap.
TEST(MinistersFinanceTest, KalousekTwoTermsAndTheGap) {
  const std::string s = "Kalousek criticized Slovakia on Tuesday.";
  auto ev = CodeText(s, "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEGOV>SVK") << Dump(ev);
  ev = CodeText(s, "2009-12-08");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "CZE") << Dump(ev);
  ev = CodeText(s, "2011-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEGOV>SVK") << Dump(ev);
}

// A finance term added in place to a head of government's entry: Sobotka
// was finance minister 2002-2006 and prime minister 2014-2017, and between
// the two the entry codes nothing.
TEST(MinistersFinanceTest, SobotkaFinanceTermAddedInPlace) {
  const std::string s = "Bohuslav Sobotka praised Slovakia on Monday.";
  auto ev = CodeText(s, "2004-06-14");
  EXPECT_EQ(DyadOf(ev, "051"), "CZEGOV>SVK") << Dump(ev);
  ev = CodeText(s, "2008-06-09");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "CZE") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "CZEGOV>SVK") << Dump(ev);
}

// "Lavagna" alone is not listed (his son Marco headed INDEC); the full name
// codes him while he was economy minister (2002-2005) and not after.
TEST(MinistersFinanceTest, LavagnaFullNameOnly) {
  auto ev = CodeText("Roberto Lavagna criticized Brazil on Tuesday.", "2004-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ARGGOV>BRA") << Dump(ev);
  ev = CodeText("Lavagna criticized Brazil on Tuesday.", "2004-06-08");
  EXPECT_NE(DyadOf(ev, "111"), "ARGGOV>BRA") << Dump(ev);
  ev = CodeText("Roberto Lavagna criticized Brazil on Tuesday.", "2006-06-13");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ARG") << Dump(ev);
}

// Gurría went from Mexico's finance ministry (to 2000) to the OECD
// (2006-2021): the code follows the office.
TEST(MinistersFinanceTest, GurriaFromMexicoToTheOecd) {
  const std::string s = "Angel Gurria praised Germany on Tuesday.";
  auto ev = CodeText(s, "1999-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "MEXGOV>DEU") << Dump(ev);
  ev = CodeText(s, "2003-06-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "MEX") << Dump(ev);
  ev = CodeText(s, "2010-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOWSTBUS>DEU") << Dump(ev);
}

// Summers: treasury secretary to 2001-01-20, president of Harvard after (not
// coded), director of the National Economic Council 2009-2010.
TEST(MinistersFinanceTest, SummersTreasuryThenWhiteHouse) {
  const std::string s = "Lawrence Summers criticized Japan on Tuesday.";
  auto ev = CodeText(s, "2000-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2005-06-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "USA") << Dump(ev);
  ev = CodeText(s, "2010-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>JPN") << Dump(ev);
}

// Pynzenyk stayed at finance under Yekhanurov until 2006-08-03.
TEST(MinistersFinanceTest, PynzenykUnderTwoPrimeMinisters) {
  const std::string s = "Viktor Pynzenyk criticized Russia on Tuesday.";
  auto ev = CodeText(s, "2006-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2006-10-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "UKR") << Dump(ev);
}

// Karunanayake resigned on 2017-08-10 over the bond scandal.
TEST(MinistersFinanceTest, KarunanayakeEndsWithHisResignation) {
  const std::string s = "Ravi Karunanayake praised India on Monday.";
  auto ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "051"), "LKAGOV>IND") << Dump(ev);
  ev = CodeText(s, "2018-06-11");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "LKA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
