// Opposition leaders, parties and armed groups of the countries the earlier
// lists left thin (docs/accuracy.md, "stop 32 (h-opp2)"): the people of
// data/actors/people/opposition_2000_2026_2.txt and the opposition spells
// added in place elsewhere, parties_3.txt and armed_groups_3.txt. The whole
// English and Spanish pipeline on sentences we wrote: the date decides
// between a rebel, opposition and government role, no code after a death,
// and a bare word that is also a surname names no one.
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

// Renamo's leader: a rebel before the 1992 peace accord, the opposition
// after it, and nobody once he died in 2018.
TEST(Opposition2Test, DhlakamaRebelThenOppositionThenNoOne) {
  const std::string s = "Afonso Dhlakama criticized Malawi on Thursday.";
  auto ev = CodeText(s, "1990-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MOZREB>MWI") << Dump(ev);
  ev = CodeText(s, "2012-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MOZOPP>MWI") << Dump(ev);
  ev = CodeText(s, "2019-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// A spell added in place: Sri Lanka's prime minister led the opposition
// between his terms (2004-2015).
TEST(Opposition2Test, WickremesingheOppositionBetweenTerms) {
  const std::string s = "Ranil Wickremesinghe praised Japan on Wednesday.";
  auto ev = CodeText(s, "2008-06-04");
  EXPECT_EQ(DyadOf(ev, "051"), "LKAOPP>JPN") << Dump(ev);
  ev = CodeText(s, "2016-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "LKAGOV>JPN") << Dump(ev);
}

// Minister, opposition party leader, minister again: Poland's PSL leader.
TEST(Opposition2Test, KosiniakKamyszMinisterOppositionMinister) {
  const std::string s = "Władysław Kosiniak-Kamysz criticized Hungary on Tuesday.";
  auto ev = CodeText(s, "2013-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2019-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "POLOPP>HUN") << Dump(ev);
  ev = CodeText(s, "2024-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>HUN") << Dump(ev);
}

// A vice president whose party lost the 2024 election.
TEST(Opposition2Test, BawumiaVicePresidentThenOpposition) {
  const std::string s = "Mahamudu Bawumia praised Togo on Monday.";
  auto ev = CodeText(s, "2020-03-09");
  EXPECT_EQ(DyadOf(ev, "051"), "GHAGOV>TGO") << Dump(ev);
  ev = CodeText(s, "2025-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "GHAOPP>TGO") << Dump(ev);
}

// Park Geun-hye led the opposition party a decade before her presidency.
TEST(Opposition2Test, ParkGeunHyeOppositionChairBeforePresidency) {
  const std::string s = "Park Geun-hye criticized Japan on Friday.";
  auto ev = CodeText(s, "2005-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "KOROPP>JPN") << Dump(ev);
  ev = CodeText(s, "2014-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KORGOV>JPN") << Dump(ev);
}

// "Magyar" alone is the Hungarian word, not the Tisza leader.
TEST(Opposition2Test, MagyarOnlyWithHisFirstName) {
  auto ev = CodeText("Péter Magyar criticized Slovakia on Friday.", "2025-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "HUNOPP>SVK") << Dump(ev);
  ev = CodeText("Magyar criticized Slovakia on Friday.", "2025-03-07");
  EXPECT_NE(DyadOf(ev, "111"), "HUNOPP>SVK") << Dump(ev);
}

// In Spanish: Podemos's leader in opposition, deputy prime minister, then
// out of politics.
TEST(Opposition2Test, PabloIglesiasInSpanish) {
  const std::string s = "Pablo Iglesias criticó a Marruecos el jueves.";
  auto ev = CodeText(s, "2016-03-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ESPOPP>MAR") << Dump(ev);
  ev = CodeText(s, "2020-06-11", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ESPGOV>MAR") << Dump(ev);
  ev = CodeText(s, "2023-03-09", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ESPELI>MAR") << Dump(ev);
}

// "Casado" alone is a Spanish word: only the full name is the PP leader.
TEST(Opposition2Test, CasadoOnlyWithHisFirstName) {
  auto ev = CodeText("Pablo Casado criticó a Venezuela el lunes.", "2019-03-11", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "ESPOPP>VEN") << Dump(ev);
  ev = CodeText("Casado criticó a Venezuela el lunes.", "2019-03-11", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Armed-group leaders: the LTTE's leader until his death, the IPOB leader
// (and "Kanu" alone, which names no one).
TEST(Opposition2Test, ArmedGroupLeaders) {
  const std::string s = "Velupillai Prabhakaran criticized India on Sunday.";
  auto ev = CodeText(s, "2005-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAREB>IND") << Dump(ev);
  ev = CodeText(s, "2012-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Nnamdi Kanu criticized Britain on Sunday.", "2017-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "NGASEP>GBR") << Dump(ev);
  ev = CodeText("Kanu criticized Britain on Sunday.", "2017-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// A party as the doer, its side changing with the government: Serbia's
// Radicals in Milošević's last government and in opposition later;
// Senegal's Socialists out of power under Wade and in Sall's coalition.
TEST(Opposition2Test, PartiesChangeSideWithTheGovernment) {
  const std::string s = "The Serbian Radical Party criticized Croatia on Monday.";
  auto ev = CodeText(s, "2000-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SCGGOVPTY>HRV") << Dump(ev);
  ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBOPPPTY>HRV") << Dump(ev);
  const std::string t = "The Socialist Party of Senegal criticized Mali on Monday.";
  ev = CodeText(t, "2005-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SENOPPPTY>MLI") << Dump(ev);
  ev = CodeText(t, "2015-05-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SENGOVPTY>MLI") << Dump(ev);
}

// Armed groups as doers: the KLA before its disbanding, Libya's oil guards,
// and a Cuban dissident group in Spanish.
TEST(Opposition2Test, ArmedGroupsAndMovementsAsDoers) {
  auto ev = CodeText("The Kosovo Liberation Army attacked Serbian police near Pristina on Monday.",
                     "1998-06-08");
  EXPECT_EQ(DyadOf(ev, "190"), "KSVREB>SCGCOP") << Dump(ev);
  ev = CodeText("The Petroleum Facilities Guard threatened the government in Tripoli on Monday.",
                "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "130"), "LBYUAF>LBYGOV") << Dump(ev);
  ev = CodeText("Las Damas de Blanco criticaron al gobierno de Cuba el domingo.", "2010-05-09", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "CUBOPP>CUBGOV") << Dump(ev);
}

// A PKK leader jailed since 1999 is still coded with his group.
TEST(Opposition2Test, OcalanWithThePkk) {
  auto ev = CodeText("Abdullah Ocalan criticized Iran on Saturday.", "2010-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "TURREB>IRN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
