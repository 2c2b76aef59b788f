// Actors of 1985-1999 news added from `dyad dict unknown` on the English
// corpora (data/actors/people/heads_1985_1999.txt and the group names added
// to data/actors/groups.txt; docs/accuracy.md, "stop 24 (h-actors)"): the
// whole English pipeline on sentences we wrote, with the dates deciding a
// person's role, and the cases each entry must leave alone.
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

// The source and the target of the first event coded `code`, "SRC>TGT", or
// "" when none is: exact codes, so that a role that must not be given
// (CHLGOV after 1990) is told from a longer or shorter one.
std::string Dyad(const std::vector<EventRecord>& ev, const std::string& code) {
  for (const EventRecord& e : ev)
    if (e.code == code) return e.source + ">" + e.target;
  return "";
}

// Pinochet's role follows the date: head of state to 1990-03-10, army
// commander to 1998-03-10, senator for life to 2002-07-04, then a former
// leader; never the government after 1990.
TEST(EraActorsTest, PinochetRoleFollowsTheDate) {
  const std::string s = "Pinochet criticized Argentina on Monday.";
  auto ev = CodeText(s, "1987-06-10");
  EXPECT_EQ(Dyad(ev, "111"), "CHLGOV>ARG") << Dump(ev);
  ev = CodeText(s, "1990-03-14");
  EXPECT_EQ(Dyad(ev, "111"), "CHLMIL>ARG") << Dump(ev);
  ev = CodeText(s, "1999-06-10");
  EXPECT_EQ(Dyad(ev, "111"), "CHLLEG>ARG") << Dump(ev);
  ev = CodeText(s, "2004-06-10");
  EXPECT_EQ(Dyad(ev, "111"), "CHLELI>ARG") << Dump(ev);
  // Before he commanded the army he held no office the entry codes.
  ev = CodeText(s, "1970-06-10");
  EXPECT_EQ(Dyad(ev, "111"), "") << Dump(ev);
}

// "President Reagan" is the US president in 1987; before the entry the
// title alone took the country of the object (JPNGOV). After 1989 he is a
// former president.
TEST(EraActorsTest, ReaganIsTheUsPresidentIn1987) {
  auto ev = CodeText("President Reagan criticized Japan on Friday.", "1987-03-27");
  EXPECT_EQ(Dyad(ev, "111"), "USAGOV>JPN") << Dump(ev);
  ev = CodeText("Reagan criticized Japan on Friday.", "1995-03-24");
  EXPECT_EQ(Dyad(ev, "111"), "USAELI>JPN") << Dump(ev);
}

// A minister of the era is coded with his country at the date, and a
// central banker with his bank's code.
TEST(EraActorsTest, MinistersAndCentralBankersOfTheEra) {
  auto ev = CodeText("Nigel Lawson urged Japan to cut interest rates on Tuesday.", "1987-03-24");
  EXPECT_EQ(Dyad(ev, "020"), "GBRGOV>JPN") << Dump(ev);
  ev = CodeText("Paul Volcker criticized Brazil on Tuesday.", "1987-03-24");
  EXPECT_EQ(Dyad(ev, "111"), "USAGOVBUS>BRA") << Dump(ev);
  // Volcker left the Fed in August 1987: later he is a former official.
  ev = CodeText("Paul Volcker criticized Brazil on Tuesday.", "1995-03-21");
  EXPECT_EQ(Dyad(ev, "111"), "USAELI>BRA") << Dump(ev);
}

// Laurent Kabila was a rebel leader until 1997-05-16 and president after;
// "Kabila" alone is read through the full name earlier in the article, for
// the father in 1997 and the son in 2006, since both have it.
TEST(EraActorsTest, KabilaFatherAndSon) {
  auto ev = CodeText("Laurent Kabila met Nelson Mandela on Monday. Kabila accused Angola of lying.", "1997-04-14");
  EXPECT_EQ(Dyad(ev, "040"), "CODREB>ZAFGOV") << Dump(ev);
  EXPECT_EQ(Dyad(ev, "1121"), "CODREB>AGO") << Dump(ev);
  ev = CodeText("Laurent Kabila criticized Angola on Monday.", "1998-04-13");
  EXPECT_EQ(Dyad(ev, "111"), "CODGOV>AGO") << Dump(ev);
  ev = CodeText("Joseph Kabila met Thabo Mbeki on Monday. Kabila accused Rwanda of lying.", "2006-04-10");
  EXPECT_EQ(Dyad(ev, "1121"), "CODGOV>RWA") << Dump(ev);
  // Without the full name, "Kabila" alone names neither.
  ev = CodeText("Kabila accused Rwanda of lying on Monday.", "2006-04-10");
  EXPECT_EQ(Dyad(ev, "1121"), "") << Dump(ev);
}

// The wire names of the LTTE ("the Tamil rebels", "Tiger rebels") code as
// the group; the Tamil people, and the words after the LTTE's defeat, do
// not.
TEST(EraActorsTest, TamilRebelsAreTheLtte) {
  auto ev = CodeText("Tamil rebels attacked Sri Lankan troops on Monday.", "1997-04-14");
  EXPECT_EQ(Dyad(ev, "190"), "LKAREB>LKAMIL") << Dump(ev);
  ev = CodeText("Tiger rebels attacked Sri Lankan troops on Monday.", "1997-04-14");
  EXPECT_EQ(Dyad(ev, "190"), "LKAREB>LKAMIL") << Dump(ev);
  ev = CodeText("Tamil civilians accused Sri Lankan troops of killing a farmer on Monday.", "1997-04-14");
  EXPECT_NE(Dyad(ev, "1121").substr(0, 6), "LKAREB") << Dump(ev);
}

// Falun Gong is a religious group of China, not its government.
TEST(EraActorsTest, FalunGongIsAChineseReligiousGroup) {
  auto ev = CodeText("Chinese police arrested Falun Gong members on Monday.", "2001-04-16");
  EXPECT_EQ(Dyad(ev, "173"), "CHNCOP>CHNREL") << Dump(ev);
}

// "George Bush" is the father only while in office (vice president and
// president, 1981-1993); the entry gives no former-president years, so in
// later news the name is not taken for him.
TEST(EraActorsTest, GeorgeBushIsTheFatherOnlyInOffice) {
  auto ev = CodeText("George Bush criticized Iraq on Monday.", "1990-08-06");
  EXPECT_EQ(Dyad(ev, "111"), "USAGOV>IRQ") << Dump(ev);
  ev = CodeText("George Bush criticized Iraq on Monday.", "1996-08-05");
  EXPECT_EQ(Dyad(ev, "111"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
