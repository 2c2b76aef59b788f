// Finance and interior ministers 2000-2026, third pass
// (data/actors/people/ministers_2000_2026_finance.txt and _interior.txt under
// "stop 26, third pass", and the terms added in place to older entries;
// docs/accuracy.md, "stop 26 (h-min-fin2)"): the whole English pipeline on
// sentences we wrote, dated inside a term and after it or between terms, so
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

// Teodorovici's two terms at Romania's finance ministry (2015, 2018-2019)
// with Dragu's, Ștefan's and Mișa's terms between them: the surname alone
// codes him in either term, not in the gap or after.
TEST(MinistersFinance2Test, TeodoroviciTwoTermsAndTheGap) {
  const std::string s = "Teodorovici criticized Hungary on Tuesday.";
  auto ev = CodeText(s, "2015-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2016-06-14");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ROU") << Dump(ev);
  ev = CodeText(s, "2018-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2020-06-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ROU") << Dump(ev);
}

// A finance term added in place to a prime minister's entry: Gilauri was
// finance minister from 2007-08 and prime minister 2009-2012; before 2007
// (energy minister, not dated) and after 2012 the entry codes nothing.
TEST(MinistersFinance2Test, GilauriFinanceTermAddedInPlace) {
  const std::string s = "Nika Gilauri praised Turkey on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "GEOGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2006-06-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "GEO") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "GEO") << Dump(ev);
}

// Katnić was Montenegro's finance minister in Lukšić's cabinet only; in
// Đukanović's next cabinet (from 2012-12-04) the ministry went to another.
TEST(MinistersFinance2Test, KatnicOnlyInLuksicsCabinet) {
  const std::string s = "Milorad Katnic criticized Serbia on Tuesday.";
  auto ev = CodeText(s, "2011-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2014-06-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MNE") << Dump(ev);
}

// Khatiwada: governor of Nepal's central bank 2009-2015 (GOV by the
// convention of these files), nothing between, finance minister 2018-2020.
TEST(MinistersFinance2Test, KhatiwadaCentralBankThenFinance) {
  const std::string s = "Yuba Raj Khatiwada praised India on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "051"), "NPLGOV>IND") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "NPL") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "NPLGOV>IND") << Dump(ev);
}

// A title phrase listed with the name ("economy minister Dulcidio De La
// Guardia") codes him under Varela (2014-2019) and not under Cortizo.
TEST(MinistersFinance2Test, DeLaGuardiaUnderVarela) {
  const std::string s =
      "Economy minister Dulcidio De La Guardia criticized Colombia on Tuesday.";
  auto ev = CodeText(s, "2016-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PANGOV>COL") << Dump(ev);
  ev = CodeText(s, "2020-06-09");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "PAN") << Dump(ev);
}

// Interior terms added in place: Muhyiddin was deputy prime minister to his
// dismissal in 2015, out of office until Mahathir's 2018 cabinet made him
// home minister, then prime minister.
TEST(MinistersFinance2Test, MuhyiddinHomeMinisterAddedInPlace) {
  const std::string s = "Muhyiddin Yassin criticized Singapore on Tuesday.";
  auto ev = CodeText(s, "2012-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "MYSGOV>SGP") << Dump(ev);
  ev = CodeText(s, "2017-06-13");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MYS") << Dump(ev);
  ev = CodeText(s, "2019-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MYSGOV>SGP") << Dump(ev);
}

// Chombo: minister without a break from 2000 to his detention in the
// November 2017 coup (home affairs from 2015); nothing after.
TEST(MinistersFinance2Test, ChomboToTheCoup) {
  const std::string s = "Ignatius Chombo criticized Britain on Tuesday.";
  auto ev = CodeText(s, "2016-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2018-06-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ZWE") << Dump(ev);
}

// "Remulla" alone is not listed (his brother was justice secretary); the
// full name codes the interior secretary from 2024-10, and not before.
TEST(MinistersFinance2Test, RemullaFullNameOnly) {
  auto ev = CodeText("Jonvic Remulla criticized China on Tuesday.", "2025-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText("Remulla criticized China on Tuesday.", "2025-03-11");
  EXPECT_NE(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText("Jonvic Remulla criticized China on Tuesday.", "2020-03-10");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "PHL") << Dump(ev);
}

}  // namespace
}  // namespace dyad
