// Opposition leaders added in data/actors/people/opposition_2000_2026.txt,
// the opposition spells added in place to people listed elsewhere, and the
// regional organisations' leaders of igo_officials_4.txt (docs/accuracy.md,
// "stop 30 (h-opp)"): the whole English and Spanish pipeline on sentences we
// wrote. The date decides whether a person is coded as the opposition (OPP)
// or with a government post held before or after (GOV), and the cases each
// entry must leave alone: a common surname alone, a name before the first
// dated role.
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

// Opposition, then a unity government's prime minister: Zimbabwe's MDC
// leader in 2005 and in 2011.
TEST(OppositionTest, TsvangiraiOppositionThenPrimeMinister) {
  const std::string s = "Morgan Tsvangirai criticized South Africa on Monday.";
  auto ev = CodeText(s, "2005-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEOPP>ZAF") << Dump(ev);
  ev = CodeText(s, "2011-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEGOV>ZAF") << Dump(ev);
  ev = CodeText(s, "2016-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "ZWEOPP>ZAF") << Dump(ev);
}

// A governor who then led the opposition from the Senate: Minas Gerais in
// 2005, the PSDB's candidate against Rousseff in 2014.
TEST(OppositionTest, AecioNevesGovernorThenOpposition) {
  const std::string s = "Aécio Neves criticized Argentina on Tuesday.";
  auto ev = CodeText(s, "2005-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "BRAGOV>ARG") << Dump(ev);
  ev = CodeText(s, "2014-09-03");
  EXPECT_EQ(DyadOf(ev, "111"), "BRAOPP>ARG") << Dump(ev);
}

// In Spanish: a candidate in opposition (2014), a minister again (2023).
TEST(OppositionTest, MarinaSilvaInSpanish) {
  const std::string s = "Marina Silva criticó a Venezuela el martes.";
  auto ev = CodeText(s, "2014-09-03", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "BRAOPP>VEN") << Dump(ev);
  ev = CodeText(s, "2023-05-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "BRAGOV>VEN") << Dump(ev);
}

// An opposition party leader who became mayor of Kyiv.
TEST(OppositionTest, KlitschkoOppositionThenMayor) {
  const std::string s = "Vitali Klitschko criticized Russia on Tuesday.";
  auto ev = CodeText(s, "2013-12-03");
  EXPECT_EQ(DyadOf(ev, "111"), "UKROPP>RUS") << Dump(ev);
  ev = CodeText(s, "2016-05-03");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRGOV>RUS") << Dump(ev);
}

// A deputy president impeached into the opposition.
TEST(OppositionTest, GachaguaDeputyPresidentThenOpposition) {
  const std::string s = "Rigathi Gachagua praised Uganda on Tuesday.";
  auto ev = CodeText(s, "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "KENGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2025-05-06");
  EXPECT_EQ(DyadOf(ev, "051"), "KENOPP>UGA") << Dump(ev);
}

// In Spanish: a civic leader in opposition (2019), then governor of Santa
// Cruz (2022).
TEST(OppositionTest, CamachoInSpanish) {
  const std::string s = "Luis Fernando Camacho criticó a Argentina el martes.";
  auto ev = CodeText(s, "2019-11-05", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLOPP>ARG") << Dump(ev);
  ev = CodeText(s, "2022-05-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>ARG") << Dump(ev);
}

// In Spanish: a candidate (2021), then mayor of Lima (2024).
TEST(OppositionTest, LopezAliagaInSpanish) {
  const std::string s = "Rafael López Aliaga criticó a Bolivia el martes.";
  auto ev = CodeText(s, "2021-05-04", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "PEROPP>BOL") << Dump(ev);
  ev = CodeText(s, "2024-05-07", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>BOL") << Dump(ev);
}

// An exile opposition leader who became a minister under Abiy.
TEST(OppositionTest, BerhanuNegaOppositionThenMinister) {
  const std::string s = "Berhanu Nega praised Kenya on Tuesday.";
  auto ev = CodeText(s, "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "051"), "ETHOPP>KEN") << Dump(ev);
  ev = CodeText(s, "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "ETHGOV>KEN") << Dump(ev);
}

// A governor who resigned into the opposition.
TEST(OppositionTest, KatumbiGovernorThenOpposition) {
  const std::string s = "Moïse Katumbi criticized Rwanda on Tuesday.";
  auto ev = CodeText(s, "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2018-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "CODOPP>RWA") << Dump(ev);
}

// Taiwan: a mayor, then the KMT's chairman in opposition.
TEST(OppositionTest, EricChuMayorThenOpposition) {
  const std::string s = "Eric Chu criticized China on Tuesday.";
  auto ev = CodeText(s, "2015-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2022-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNOPP>CHN") << Dump(ev);
}

// An opposition spell added in place before a presidency: Tsai led the DPP
// in opposition in 2010.
TEST(OppositionTest, TsaiInOppositionBeforeHerPresidency) {
  const std::string s = "Tsai Ing-wen criticized China on Tuesday.";
  auto ev = CodeText(s, "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNOPP>CHN") << Dump(ev);
  ev = CodeText(s, "2018-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
}

// In Spanish, an opposition spell added in place after a ministry: Zuluaga
// as finance minister (2008) and as the opposition's candidate (2014).
TEST(OppositionTest, ZuluagaMinisterThenCandidateInSpanish) {
  const std::string s = "Óscar Iván Zuluaga criticó a Venezuela el martes.";
  auto ev = CodeText(s, "2008-05-06", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "COLGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2014-05-06", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "COLOPP>VEN") << Dump(ev);
}

// Cuba's dissidents are the opposition; Payá's entry ends at his death.
TEST(OppositionTest, CubanDissidentUntilHisDeath) {
  const std::string s = "Oswaldo Payá criticó a Estados Unidos el martes.";
  auto ev = CodeText(s, "2005-05-03", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "CUBOPP>USA") << Dump(ev);
}

// Before a person's first dated role the name codes no one: Kasparov was a
// chess champion, not an opposition leader, in 2003.
TEST(OppositionTest, NoCodeBeforeTheFirstRole) {
  const std::string s = "Garry Kasparov criticized Belarus on Tuesday.";
  auto ev = CodeText(s, "2003-05-06");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText(s, "2012-05-08");
  EXPECT_EQ(DyadOf(ev, "111"), "RUSOPP>BLR") << Dump(ev);
}

// A common surname alone names no one: "Rahman" is not Tarique Rahman,
// "Mendoza" not Verónika Mendoza, "Silva" not Marina Silva.
TEST(OppositionTest, CommonSurnameAloneDoesNotMatch) {
  auto ev = CodeText("Rahman criticized India on Tuesday.", "2020-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Tarique Rahman criticized India on Tuesday.", "2020-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDOPP>IND") << Dump(ev);
  ev = CodeText("Mendoza criticó a Chile el martes.", "2020-05-05", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("Silva criticó a Venezuela el martes.", "2014-09-03", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// A Venezuelan state's name is no opposition candidate: "Falcón" alone is
// not listed for Henry Falcón.
TEST(OppositionTest, VenezuelanStateIsNotFalcon) {
  auto ev = CodeText("Henry Falcón criticó a Colombia el martes.", "2018-05-08", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "VENOPP>COL") << Dump(ev);
  ev = CodeText("Falcón criticó a Colombia el martes.", "2018-05-08", "es");
  EXPECT_NE(DyadOf(ev, "111"), "VENOPP>COL") << Dump(ev);
}

// Regional organisations: the SCO's secretary-general added in place (a
// Tajik diplomat in 2002, the SCO in 2017), SICA's secretary-general and
// the Eurasian Economic Commission's first chairman.
TEST(OppositionTest, RegionalOrganisationLeaders) {
  const std::string s = "Rashid Alimov praised China on Tuesday.";
  auto ev = CodeText(s, "2002-05-07");
  EXPECT_EQ(DyadOf(ev, "051"), "TJKGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2017-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOCAS>CHN") << Dump(ev);
  ev = CodeText("Vinicio Cerezo criticó a Nicaragua el martes.", "2019-05-07", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOLAM>NIC") << Dump(ev);
  ev = CodeText("Viktor Khristenko praised Kazakhstan on Tuesday.", "2014-05-06");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOCAS>KAZ") << Dump(ev);
}

// A common full name is listed only with its office.
TEST(OppositionTest, CommonNameOnlyWithItsOffice) {
  auto ev = CodeText("Zhang Ming praised Russia on Tuesday.", "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "") << Dump(ev);
  ev = CodeText("SCO Secretary-General Zhang Ming praised Russia on Tuesday.", "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOCAS>RUS") << Dump(ev);
}

}  // namespace
}  // namespace dyad
