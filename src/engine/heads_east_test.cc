// Heads of state and government 2000-2026 of the Balkans, Eastern Europe,
// the Caucasus, Central Asia and Mongolia
// (data/actors/people/heads_2000_2026_east.txt; docs/accuracy.md, "stop 25
// (h-heads-east)"): the whole English pipeline on sentences we wrote, a date
// inside each term and one just after it, and the bare surnames the file
// leaves out on purpose.
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

// Djukanovic alternated between office and leading the ruling party: in
// 2001 he governed a republic of FR Yugoslavia (SCG, as countries.txt codes
// "Montenegro" and "Serbia" then), after independence Montenegro; party
// leader between his terms, a former president after 2023-05-20.
TEST(HeadsEastTest, DjukanovicRolesFollowTheDate) {
  const std::string s = "Milo Djukanovic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2001-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SCGGOV>SCG") << Dump(ev);
  ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEELI>SRB") << Dump(ev);
  ev = CodeText(s, "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2023-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "MNEELI>SRB") << Dump(ev);
}

// Kostunica: Yugoslav president, then opposition leader once the federation
// gave way to Serbia and Montenegro, Serbian prime minister (SCG until
// Serbia's independence on 2006-06-05, SRB after), then opposition again from
// 2008-07-07.
TEST(HeadsEastTest, KostunicaPresidentOppositionPrimeMinister) {
  const std::string s = "Vojislav Kostunica criticized Croatia on Monday.";
  auto ev = CodeText(s, "2001-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SCGGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SCGOPP>HRV") << Dump(ev);
  ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "SCGGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2008-07-14");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBOPP>HRV") << Dump(ev);
}

// Nazarbayev governed until the January 2022 unrest took his Security
// Council chair: a former leader after it.
TEST(HeadsEastTest, NazarbayevUntilJanuary2022) {
  const std::string s = "Nursultan Nazarbayev criticized Russia on Monday.";
  auto ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "KAZGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "KAZELI>RUS") << Dump(ev);
}

// Bakiyev: opposition leader between his premiership and the Tulip
// Revolution, president to 2010-04-15, then in exile.
TEST(HeadsEastTest, BakiyevOppositionPresidentExile) {
  const std::string s = "Kurmanbek Bakiyev criticized Russia on Monday.";
  auto ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZOPP>RUS") << Dump(ev);
  ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2010-04-19");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZELI>RUS") << Dump(ev);
}

// Iohannis resigned on 2025-02-12; a month later he is a former president.
TEST(HeadsEastTest, IohannisBeforeAndAfterHisResignation) {
  const std::string s = "Klaus Iohannis criticized Russia on Monday.";
  auto ev = CodeText(s, "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2025-03-17");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUELI>RUS") << Dump(ev);
}

// A Serbian prime minister's term ends the day before the successor's:
// Cvetkovic is the government in 2010, and nothing after 2012-07-26 (the
// file gives him no later role).
TEST(HeadsEastTest, CvetkovicOnlyInOffice) {
  const std::string s = "Mirko Cvetkovic criticized Croatia on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Bosnia's entity leaders are BIHGOV (no entity code): Dodik as prime
// minister of Republika Srpska, and as an opposition leader before 2006.
TEST(HeadsEastTest, DodikEntityPrimeMinisterIsBosnianGovernment) {
  const std::string s = "Milorad Dodik criticized Croatia on Monday.";
  auto ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHOPP>HRV") << Dump(ev);
}

// Surnames left out on purpose: "Berisha" alone is a common Albanian
// surname, so without "Sali Berisha" earlier in the article it names no
// one; with it, the surname is read as him.
TEST(HeadsEastTest, BerishaAloneNeedsTheFullName) {
  auto ev = CodeText("Berisha criticized Serbia on Monday.", "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Sali Berisha met Boris Tadic on Monday. Berisha criticized Serbia.", "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ALBGOV>SRB") << Dump(ev);
  EXPECT_EQ(DyadOf(ev, "040"), "ALBGOV>SRBGOV") << Dump(ev);
}

// "Orban" alone stays Viktor Orban's (the file lists Ludovic Orban only in
// full): in 2020 the Romanian prime minister and the Hungarian one are told
// apart.
TEST(HeadsEastTest, LudovicOrbanIsNotViktorOrban) {
  auto ev = CodeText("Ludovic Orban criticized Hungary on Monday.", "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
  ev = CodeText("Orban criticized Romania on Monday.", "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "HUNGOV>ROU") << Dump(ev);
}

}  // namespace
}  // namespace dyad
