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
using testing::DyadOf;

// Pinochet's role follows the date: head of state to 1990-03-10, army
// commander to 1998-03-10, senator for life to 2002-07-04, then a former
// leader; never the government after 1990.
TEST(EraActorsTest, PinochetRoleFollowsTheDate) {
  const std::string s = "Pinochet criticized Argentina on Monday.";
  auto ev = CodeText(s, "1987-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLGOV>ARG") << Dump(ev);
  ev = CodeText(s, "1990-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLMIL>ARG") << Dump(ev);
  ev = CodeText(s, "1999-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLLEG>ARG") << Dump(ev);
  ev = CodeText(s, "2004-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLELI>ARG") << Dump(ev);
  // Before he commanded the army he held no office the entry codes.
  ev = CodeText(s, "1970-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// "President Reagan" is the US president in 1987; before the entry the
// title alone took the country of the object (JPNGOV). After 1989 he is a
// former president.
TEST(EraActorsTest, ReaganIsTheUsPresidentIn1987) {
  auto ev = CodeText("President Reagan criticized Japan on Friday.", "1987-03-27");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>JPN") << Dump(ev);
  ev = CodeText("Reagan criticized Japan on Friday.", "1995-03-24");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>JPN") << Dump(ev);
}

// A minister of the era is coded with his country at the date, and a
// central banker with his bank's code.
TEST(EraActorsTest, MinistersAndCentralBankersOfTheEra) {
  auto ev = CodeText("Nigel Lawson urged Japan to cut interest rates on Tuesday.", "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "020"), "GBRGOV>JPN") << Dump(ev);
  ev = CodeText("Paul Volcker criticized Brazil on Tuesday.", "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOVBUS>BRA") << Dump(ev);
  // Volcker left the Fed in August 1987: later he is a former official.
  ev = CodeText("Paul Volcker criticized Brazil on Tuesday.", "1995-03-21");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>BRA") << Dump(ev);
}

// Laurent Kabila was a rebel leader until 1997-05-16 and president after;
// "Kabila" alone is read through the full name earlier in the article, for
// the father in 1997 and the son in 2006, since both have it.
TEST(EraActorsTest, KabilaFatherAndSon) {
  auto ev = CodeText("Laurent Kabila met Nelson Mandela on Monday. Kabila accused Angola of lying.", "1997-04-14");
  EXPECT_EQ(DyadOf(ev, "040"), "CODREB>ZAFGOV") << Dump(ev);
  EXPECT_EQ(DyadOf(ev, "1121"), "CODREB>AGO") << Dump(ev);
  ev = CodeText("Laurent Kabila criticized Angola on Monday.", "1998-04-13");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>AGO") << Dump(ev);
  ev = CodeText("Joseph Kabila met Thabo Mbeki on Monday. Kabila accused Rwanda of lying.", "2006-04-10");
  EXPECT_EQ(DyadOf(ev, "1121"), "CODGOV>RWA") << Dump(ev);
  // Without the full name, "Kabila" alone names neither.
  ev = CodeText("Kabila accused Rwanda of lying on Monday.", "2006-04-10");
  EXPECT_EQ(DyadOf(ev, "1121"), "") << Dump(ev);
}

// The wire names of the LTTE ("the Tamil rebels", "Tiger rebels") code as
// the group; the Tamil people, and the words after the LTTE's defeat, do
// not.
TEST(EraActorsTest, TamilRebelsAreTheLtte) {
  auto ev = CodeText("Tamil rebels attacked Sri Lankan troops on Monday.", "1997-04-14");
  EXPECT_EQ(DyadOf(ev, "190"), "LKAREB>LKAMIL") << Dump(ev);
  ev = CodeText("Tiger rebels attacked Sri Lankan troops on Monday.", "1997-04-14");
  EXPECT_EQ(DyadOf(ev, "190"), "LKAREB>LKAMIL") << Dump(ev);
  ev = CodeText("Tamil civilians accused Sri Lankan troops of killing a farmer on Monday.", "1997-04-14");
  EXPECT_NE(DyadOf(ev, "1121").substr(0, 6), "LKAREB") << Dump(ev);
}

// Falun Gong is a religious group of China, not its government.
TEST(EraActorsTest, FalunGongIsAChineseReligiousGroup) {
  auto ev = CodeText("Chinese police arrested Falun Gong members on Monday.", "2001-04-16");
  EXPECT_EQ(DyadOf(ev, "173"), "CHNCOP>CHNREL") << Dump(ev);
}

// "George Bush" is the father only while in office (vice president and
// president, 1981-1993); the entry gives no former-president years, so in
// later news the name is not taken for him.
TEST(EraActorsTest, GeorgeBushIsTheFatherOnlyInOffice) {
  auto ev = CodeText("George Bush criticized Iraq on Monday.", "1990-08-06");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>IRQ") << Dump(ev);
  ev = CodeText("George Bush criticized Iraq on Monday.", "1996-08-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// ---- Stop 25 (h-era2): the second pass (docs/accuracy.md, "stop 25 (h-era2)").

// Benazir Bhutto's two terms as prime minister and the opposition years
// between and after them; each date inside a role and one just after it.
TEST(EraActorsTest, BenazirBhuttoTermsAndOppositionYears) {
  const std::string s = "Benazir Bhutto criticized India on Monday.";
  auto ev = CodeText(s, "1989-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  // Dismissed 1990-08-06: the opposition until her second term.
  ev = CodeText(s, "1990-08-13");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKOPP>IND") << Dump(ev);
  ev = CodeText(s, "1995-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  // Dismissed again 1996-11-05.
  ev = CodeText(s, "1996-11-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKOPP>IND") << Dump(ev);
}

// Nawaz Sharif: the opposition to Bhutto (1988-1990), his first term, the
// weeks between his dismissal and the Supreme Court's restoring him, the
// opposition again, his second term, and the years after the coup.
TEST(EraActorsTest, NawazSharifRolesFrom1988) {
  const std::string s = "Nawaz Sharif criticized India on Monday.";
  auto ev = CodeText(s, "1989-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKOPP>IND") << Dump(ev);
  ev = CodeText(s, "1992-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  ev = CodeText(s, "1993-05-03");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKOPP>IND") << Dump(ev);
  ev = CodeText(s, "1993-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  ev = CodeText(s, "1995-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKOPP>IND") << Dump(ev);
  ev = CodeText(s, "1998-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKGOV>IND") << Dump(ev);
  ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKELI>IND") << Dump(ev);
}

// Bosnian Serb leaders are BIH actors, as "Bosnian Serbs" are in
// countries.txt: Karadzic BIHGOV while he led their republic, a former
// leader after 1996-07-19 and nobody before 1992; Mladic the army's
// commander until his dismissal in 1996-11.
TEST(EraActorsTest, BosnianSerbLeadersAreBih) {
  const std::string s = "Radovan Karadzic criticized Croatia on Monday.";
  auto ev = CodeText(s, "1994-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>HRV") << Dump(ev);
  ev = CodeText(s, "1996-07-22");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHELI>HRV") << Dump(ev);
  ev = CodeText(s, "1990-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Ratko Mladic criticized Croatia on Monday.", "1995-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHMIL>HRV") << Dump(ev);
  ev = CodeText("Ratko Mladic criticized Croatia on Monday.", "1996-11-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHELI>HRV") << Dump(ev);
}

// OPEC oil ministers of 1987: Nazer succeeded Yamani in 1986-10, so in
// 1987 Yamani is a former minister; Hernandez Grisanti left office with
// Lusinchi's government in 1989 and the entry codes nothing after.
TEST(EraActorsTest, OpecOilMinistersOf1987) {
  auto ev = CodeText("Hisham Nazer urged Iran to cut its output on Tuesday.", "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "020"), "SAUGOV>IRN") << Dump(ev);
  ev = CodeText("Ahmed Zaki Yamani criticized Iran on Tuesday.", "1985-03-26");
  EXPECT_EQ(DyadOf(ev, "111"), "SAUGOV>IRN") << Dump(ev);
  ev = CodeText("Ahmed Zaki Yamani criticized Iran on Tuesday.", "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "111"), "SAUELI>IRN") << Dump(ev);
  ev = CodeText("Gholamreza Aqazadeh criticized Saudi Arabia on Tuesday.", "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNGOV>SAU") << Dump(ev);
  const std::string v = "Arturo Hernandez Grisanti criticized Ecuador on Tuesday.";
  ev = CodeText(v, "1987-03-24");
  EXPECT_EQ(DyadOf(ev, "111"), "VENGOV>ECU") << Dump(ev);
  ev = CodeText(v, "1990-03-20");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Reuters' 1987 Americans: Poindexter resigned 1986-11-25, so he testifies
// in 1987 as a former official; Proxmire sat in the Senate until 1989.
TEST(EraActorsTest, ReutersAmericansOf1987) {
  auto ev = CodeText("John Poindexter criticized Iran on Monday.", "1986-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>IRN") << Dump(ev);
  ev = CodeText("John Poindexter criticized Iran on Monday.", "1987-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>IRN") << Dump(ev);
  ev = CodeText("William Proxmire criticized Japan on Monday.", "1987-03-16");
  EXPECT_EQ(DyadOf(ev, "111"), "USALEG>JPN") << Dump(ev);
  ev = CodeText("William Proxmire criticized Japan on Monday.", "1990-03-19");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>JPN") << Dump(ev);
}

// Heads of IGOs: the IMF's managing director (Camdessus from 1987-01-16,
// a central banker before), the UN's secretary-general (Boutros-Ghali
// 1992-1996, an Egyptian former official after).
TEST(EraActorsTest, IgoHeadsByDate) {
  auto ev = CodeText("Michel Camdessus criticized Brazil on Monday.", "1987-06-15");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOBUSIMF>BRA") << Dump(ev);
  ev = CodeText("Michel Camdessus criticized Brazil on Monday.", "1986-06-16");
  EXPECT_EQ(DyadOf(ev, "111"), "FRAGOVBUS>BRA") << Dump(ev);
  ev = CodeText("Boutros Boutros-Ghali criticized Iraq on Monday.", "1994-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>IRQ") << Dump(ev);
  ev = CodeText("Boutros Boutros-Ghali criticized Iraq on Monday.", "1998-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "EGYELI>IRQ") << Dump(ev);
}

// AFP Spanish's leaders, in Spanish: Samper in office 1994-1998, a former
// president after; Bucaram removed by Congress 1997-02-06.
TEST(EraActorsTest, SpanishWireLeadersByDate) {
  const std::string s = "Ernesto Samper criticó a Venezuela el lunes.";
  auto ev = CodeText(s, "1996-06-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "COLGOV>VEN") << Dump(ev);
  ev = CodeText(s, "1999-06-14", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "COLELI>VEN") << Dump(ev);
  const std::string b = "Abdalá Bucaram criticó a Perú el lunes.";
  ev = CodeText(b, "1996-11-11", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ECUGOV>PER") << Dump(ev);
  ev = CodeText(b, "1997-03-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ECUELI>PER") << Dump(ev);
}

// "Pope Benedict" without the numeral is Benedict XVI while pope.
TEST(EraActorsTest, PopeBenedictWithoutTheNumeral) {
  auto ev = CodeText("Pope Benedict criticized Turkey on Friday.", "2006-12-01");
  EXPECT_EQ(DyadOf(ev, "111"), "VATGOV>TUR") << Dump(ev);
}

}  // namespace
}  // namespace dyad
