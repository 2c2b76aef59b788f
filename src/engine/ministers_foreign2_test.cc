// Foreign and interior ministers 2000-2026, second pass (the "stop 26, second
// pass" sections of data/actors/people/ministers_2000_2026_foreign.txt and
// ministers_2000_2026_interior.txt, and the roles added in place to older
// entries; docs/accuracy.md, "stop 26 (h-min-for2)"): the whole English
// pipeline on sentences we wrote, dated inside a term and just after it, so
// that a wrong start or end date, a wrong role or a surname listed alone
// fails here.
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

// Arzu Rana Deuba was Nepal's foreign minister from 2024-07-15 to the fall of
// Oli's cabinet on 2025-09-09; after it her name codes nothing Nepalese (and
// "Deuba" alone stays her husband's, not hers).
TEST(MinistersForeign2Test, ArzuRanaDeubaToTheFallOfOli) {
  const std::string s = "Arzu Rana Deuba praised India.";
  auto ev = CodeText(s, "2025-03-11");
  EXPECT_EQ(DyadOf(ev, "051"), "NPLGOV>IND") << Dump(ev);
  ev = CodeText(s, "2025-11-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "NPL") << Dump(ev);
}

// Batbold's foreign ministry (2008-2009) was added in place to his entry as
// prime minister (2009-2012): both code MNGGOV, the years after nothing.
TEST(MinistersForeign2Test, BatboldForeignMinistryAddedInPlace) {
  const std::string s = "Sukhbaataryn Batbold criticized Russia.";
  auto ev = CodeText(s, "2009-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MNGGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2008-03-11");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MNG") << Dump(ev);
  ev = CodeText(s, "2013-03-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "MNG") << Dump(ev);
}

// Eliasson: UN General Assembly president, Sweden's foreign minister in 2006,
// UN deputy secretary-general 2012-2016, then no office.
TEST(MinistersForeign2Test, EliassonBetweenStockholmAndTheUn) {
  const std::string s = "Jan Eliasson criticized Sudan.";
  auto ev = CodeText(s, "2006-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "SWEGOV>SDN") << Dump(ev);
  ev = CodeText(s, "2014-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>SDN") << Dump(ev);
  ev = CodeText(s, "2018-06-12");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "IGO") << Dump(ev);
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "SWE") << Dump(ev);
}

// Marjon Kamara's term ended with Sirleaf's on 2018-01-22; "Kamara" alone is
// a common West African surname and must not name her.
TEST(MinistersForeign2Test, MarjonKamaraAndTheBareSurname) {
  auto ev = CodeText("Marjon Kamara praised Ghana.", "2017-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "LBRGOV>GHA") << Dump(ev);
  ev = CodeText("Marjon Kamara praised Ghana.", "2018-06-12");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "LBR") << Dump(ev);
  ev = CodeText("Kamara praised Ghana.", "2017-05-09");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "LBR") << Dump(ev);
}

// Kassymov headed Kazakhstan's interior ministry 2012-2019.
TEST(MinistersForeign2Test, KassymovInteriorMinister) {
  const std::string s = "Kalmukhanbet Kassymov praised Kyrgyzstan.";
  auto ev = CodeText(s, "2016-04-12");
  EXPECT_EQ(DyadOf(ev, "051"), "KAZGOV>KGZ") << Dump(ev);
  ev = CodeText(s, "2021-04-13");
  EXPECT_NE(DyadOf(ev, "051").substr(0, 3), "KAZ") << Dump(ev);
}

// Blaga was Romania's interior minister twice (2004-2007, 2009-2010); the
// years between code nothing.
TEST(MinistersForeign2Test, BlagaTwoInteriorTerms) {
  const std::string s = "Vasile Blaga criticized Hungary.";
  auto ev = CodeText(s, "2006-02-14");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2008-05-13");
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "ROU") << Dump(ev);
  ev = CodeText(s, "2010-05-11");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
}

// Risikko went from Finland's interior ministry to the speaker's chair
// (government, then legislature); Mykkänen followed her at the ministry.
TEST(MinistersForeign2Test, RisikkoMinisterThenSpeaker) {
  const std::string s = "Paula Risikko criticized Russia.";
  auto ev = CodeText(s, "2017-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "FINGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2018-10-09");
  EXPECT_EQ(DyadOf(ev, "111"), "FINLEG>RUS") << Dump(ev);
  ev = CodeText("Kai Mykkanen criticized Russia.", "2018-10-09");
  EXPECT_EQ(DyadOf(ev, "111"), "FINGOV>RUS") << Dump(ev);
}

}  // namespace
}  // namespace dyad
