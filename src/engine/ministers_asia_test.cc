// Foreign, defence, interior and finance ministers and UN ambassadors
// 2000-2026 of Asia and Oceania (data/actors/people/ministers_2000_2026_asia.txt
// and the roles added in place to asia_pacific.txt; docs/accuracy.md,
// "stop 25 (h-min-asia)"): the whole English pipeline on sentences we wrote,
// each dated inside a term and just outside it, so that a wrong range fails.
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

// China's defence ministers are serving generals: MIL while in office, and
// nothing after the term (the entry stops, a later mention is not guessed).
TEST(MinistersAsiaTest, ChineseGeneralIsMilOnlyDuringHisTerm) {
  const std::string s = "Cao Gangchuan criticized Japan on Monday.";
  auto ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "CHNMIL>JPN") << Dump(ev);
  ev = CodeText(s, "2009-06-15");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Khawaja Asif held office in two spells; between them (the 2023-2024
// caretaker government) he is not coded as the government.
TEST(MinistersAsiaTest, KhawajaAsifBetweenHisTerms) {
  const std::string s = "Khawaja Asif criticized India on Tuesday.";
  auto ev = CodeText(s, "2023-05-16");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  ev = CodeText(s, "2023-10-10");
  EXPECT_NE(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
}

// Chidambaram is the government to the 2014 election, then a former
// minister.
TEST(MinistersAsiaTest, ChidambaramAfterTheElection) {
  const std::string s = "P. Chidambaram criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "INDGOV>PAK") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "INDELI>PAK") << Dump(ev);
}

// Roles added in place to people already listed: Mukherjee's ministries
// before his presidency, Ishiba's two terms heading the defence ministry.
TEST(MinistersAsiaTest, RolesAddedToExistingEntries) {
  auto ev = CodeText("Pranab Mukherjee criticized Pakistan on Tuesday.", "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "INDGOV>PAK") << Dump(ev);
  ev = CodeText("Pranab Mukherjee criticized Pakistan on Tuesday.", "2003-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Shigeru Ishiba criticized China on Tuesday.", "2003-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNGOV>CHN") << Dump(ev);
  ev = CodeText("Shigeru Ishiba criticized China on Tuesday.", "2005-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNLEG>CHN") << Dump(ev);
}

// Winston Peters was foreign minister three times; in 2022 he was out of
// parliament and out of office, so the entry codes nothing then.
TEST(MinistersAsiaTest, WinstonPetersOutOfOffice) {
  const std::string s = "Winston Peters criticized China on Monday.";
  auto ev = CodeText(s, "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "NZLGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// A distinctive surname alone is read as the minister within his term;
// Vietnam's defence minister, a serving general, is MIL, as he was as chief
// of the general staff from 2016 (stop 29, military_chiefs_5): before that
// command he is no one to the coder.
TEST(MinistersAsiaTest, SurnameAloneAndVietnameseGeneral) {
  auto ev = CodeText("Kyuma criticized North Korea on Monday.", "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNGOV>PRK") << Dump(ev);
  ev = CodeText("Kyuma criticized North Korea on Monday.", "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Phan Van Giang criticized China on Monday.", "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMMIL>CHN") << Dump(ev);
  ev = CodeText("Phan Van Giang criticized China on Monday.", "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMMIL>CHN") << Dump(ev);
  ev = CodeText("Phan Van Giang criticized China on Monday.", "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
