// Non-state armed groups, militias and criminal organisations of 2000-2026
// added in data/actors/armed_groups_2.txt (docs/accuracy.md, "stop 28
// (h-arm2)"): the whole pipeline on sentences we wrote, with the dates of an
// entry's range deciding, and the look-alike words each entry must leave
// alone.
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

// West Africa: the Civilian JTF sides with the state against Boko Haram (UAF);
// Liberia's LURD are rebels until the Accra agreement of 2003-08-18.
TEST(ArmedGroups2Test, WestAfricanMilitiasAndRebels) {
  auto ev = CodeText("The Civilian Joint Task Force attacked Boko Haram fighters near Maiduguri on Monday.",
                     "2015-03-10");
  EXPECT_EQ(DyadOf(ev, "190"), "NGAUAF>NGAREB") << Dump(ev);
  ev = CodeText("LURD rebels attacked Monrovia on Monday.", "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "190"), "LBRREB>LBRGOV") << Dump(ev);
}

// The Kamajors are Sierra Leone's pro-government militia only to the end of
// the war (2002-01-18): later the name codes nothing.
TEST(ArmedGroups2Test, KamajorsOnlyDuringTheWar) {
  auto ev = CodeText("Kamajors attacked RUF rebels near Kenema on Monday.", "2001-03-05");
  EXPECT_EQ(DyadOf(ev, "190"), "SLEUAF>SLEREB") << Dump(ev);
  ev = CodeText("Kamajors attacked a village on Monday.", "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "190"), "") << Dump(ev);
}

// Côte d'Ivoire: the Forces Nouvelles are rebels until they became the
// state's army in March 2011; Gbagbo's Young Patriots need their capitals.
TEST(ArmedGroups2Test, IvorianRebelsAndYoungPatriots) {
  auto ev = CodeText("Forces Nouvelles rebels accused Laurent Gbagbo of lying on Monday.", "2004-03-01");
  EXPECT_EQ(DyadOf(ev, "1121"), "CIVREB>CIVGOV") << Dump(ev);
  ev = CodeText("Forces Nouvelles rebels accused Laurent Gbagbo of lying on Monday.", "2012-03-05");
  EXPECT_NE(DyadOf(ev, "1121").substr(0, 6), "CIVREB") << Dump(ev);
  ev = CodeText("The Young Patriots accused France of lying on Monday.", "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "1121"), "CIVUAF>FRA") << Dump(ev);
  // Lower-case "young patriots" is a phrase, not the movement.
  ev = CodeText("Young patriots marched to the French embassy on Monday and accused France of lying.",
                "2005-03-07");
  EXPECT_NE(DyadOf(ev, "1121").substr(0, 6), "CIVUAF") << Dump(ev);
}

// Cameroon's Red Dragons are listed only with "militia" or "Ambazonian":
// the Welsh rugby side's nickname is left alone.
TEST(ArmedGroups2Test, RedDragonsMilitiaNotTheWelshSide) {
  auto ev = CodeText("The Red Dragons militia attacked Cameroonian soldiers on Monday.", "2019-03-04");
  EXPECT_EQ(DyadOf(ev, "190"), "CMRSEP>CMRMIL") << Dump(ev);
  ev = CodeText("Wales' Red Dragons criticized the referee on Saturday.", "2019-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// Islamic State provinces and al-Qaeda's Sahel branch under their other
// names; Cabo Delgado's local "al-Shabaab" is Mozambique's, not Somalia's.
TEST(ArmedGroups2Test, JihadistBranchesUnderTheirOtherNames) {
  auto ev = CodeText("GSIM attacked Malian soldiers on Monday.", "2019-03-04");
  EXPECT_EQ(DyadOf(ev, "190"), "IMGMUSALQ>MLIMIL") << Dump(ev);
  ev = CodeText("Islamic State Mozambique Province attacked Mozambican soldiers on Monday.", "2023-03-06");
  EXPECT_EQ(DyadOf(ev, "190"), "IMGMUSISI>MOZMIL") << Dump(ev);
  ev = CodeText("Mozambican al-Shabaab attacked Mozambican soldiers on Monday.", "2020-03-02");
  EXPECT_EQ(DyadOf(ev, "190"), "MOZREB>MOZMIL") << Dump(ev);
}

// Libya: Libya Dawn (2014-2016) and the Kaniyat of Tarhuna, which ended with
// its defeat in June 2020; "dawn" as a word is no group.
TEST(ArmedGroups2Test, LibyanMilitiasWithTheirYears) {
  auto ev = CodeText("Libya Dawn attacked the Libyan National Army on Monday.", "2014-08-04");
  EXPECT_EQ(DyadOf(ev, "190"), "LBYUAF>LBYREB") << Dump(ev);
  ev = CodeText("At dawn Libya criticized Egypt on Monday.", "2014-08-04");
  EXPECT_EQ(DyadOf(ev, "111"), "LBY>EGY") << Dump(ev);
  ev = CodeText("The Kaniyat militia attacked the Libyan government on Monday.", "2019-05-06");
  EXPECT_EQ(DyadOf(ev, "190"), "LBYUAF>LBYGOV") << Dump(ev);
  ev = CodeText("The Kaniyat militia attacked the Libyan government on Monday.", "2021-05-03");
  EXPECT_NE(DyadOf(ev, "190").substr(0, 6), "LBYUAF") << Dump(ev);
}

// Syria and Iraq: a pro-Assad militia (MIL), a rebel faction (REB) and an
// Iraqi Shia militia (UAF, as the others of groups.txt).
TEST(ArmedGroups2Test, SyrianAndIraqiFactions) {
  auto ev = CodeText("Liwa al-Baqir attacked Syrian rebels near Aleppo on Monday.", "2016-03-07");
  EXPECT_EQ(DyadOf(ev, "190"), "SYRMIL>SYRREB") << Dump(ev);
  ev = CodeText("Faylaq al-Rahman rejected a Russian proposal on Monday.", "2018-03-05");
  EXPECT_EQ(DyadOf(ev, "120"), "SYRREB>RUS") << Dump(ev);
  ev = CodeText("Kataib al-Imam Ali threatened US forces on Monday.", "2019-03-04");
  EXPECT_EQ(DyadOf(ev, "138"), "IRQUAF>USAMIL") << Dump(ev);
}

// South and South-East Asia: India's People's War Group only until it merged
// into the CPI (Maoist) on 2004-09-21; a Karen and a Kokang armed group;
// "Kokang" alone is a region.
TEST(ArmedGroups2Test, AsianInsurgentsAndTheirYears) {
  auto ev = CodeText("The People's War Group attacked Indian police on Monday.", "2003-03-03");
  EXPECT_EQ(DyadOf(ev, "190"), "INDREB>INDCOP") << Dump(ev);
  ev = CodeText("The People's War Group attacked Indian police on Monday.", "2006-03-06");
  EXPECT_NE(DyadOf(ev, "190").substr(0, 6), "INDREB") << Dump(ev);
  ev = CodeText("The NLFT attacked Indian soldiers in Tripura on Monday.", "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "190"), "INDSEP>INDMIL") << Dump(ev);
  ev = CodeText("The KNDO attacked Myanmar soldiers on Monday.", "2022-03-07");
  EXPECT_EQ(DyadOf(ev, "190"), "MMRREB>MMRMIL") << Dump(ev);
  ev = CodeText("Residents of the Kokang region criticized Myanmar on Monday.", "2023-11-06");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRCVL>MMR") << Dump(ev);
}

// Latin America in English and Spanish: Mexican cartels, a Paraguayan EPP
// splinter and a Mapuche armed group.
TEST(ArmedGroups2Test, LatinAmericanGroupsInBothLanguages) {
  auto ev = CodeText("The Arellano Felix Organization threatened Mexican police on Monday.", "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "130"), "MEXCRM>MEXCOP") << Dump(ev);
  ev = CodeText("Los Ántrax atacaron a soldados mexicanos el lunes.", "2012-03-05", "es");
  EXPECT_EQ(DyadOf(ev, "190"), "MEXCRM>MEXMIL") << Dump(ev);
  ev = CodeText("La Agrupación Campesina Armada atacó a policías paraguayos el lunes.", "2015-03-02", "es");
  EXPECT_EQ(DyadOf(ev, "190"), "PRYREB>PRYCOP") << Dump(ev);
  ev = CodeText("Coordinadora Arauco-Malleco accused Chile of repression on Monday.", "2021-03-01");
  EXPECT_EQ(DyadOf(ev, "1122"), "CHLREB>CHL") << Dump(ev);
}

// The Balkans of 2001: the UCPMB in southern Serbia (then in the FRY, SCG)
// until its disarmament, and Renamo's armed splinter beside the party.
TEST(ArmedGroups2Test, BalkanAndMozambicanSplinters) {
  auto ev = CodeText("The Liberation Army of Presevo, Medvedja and Bujanovac attacked Serbian police on Monday.",
                     "2001-03-05");
  EXPECT_EQ(DyadOf(ev, "190"), "SCGREB>SCGCOP") << Dump(ev);
  ev = CodeText("Renamo Military Junta rebels attacked Mozambican soldiers on Monday.", "2020-03-02");
  EXPECT_EQ(DyadOf(ev, "190"), "MOZREB>MOZMIL") << Dump(ev);
  // The party alone stays the opposition party.
  ev = CodeText("Renamo criticized the government on Monday.", "2020-03-02");
  EXPECT_EQ(DyadOf(ev, "111").substr(0, 9), "MOZOPPPTY") << Dump(ev);
}

}  // namespace
}  // namespace dyad
