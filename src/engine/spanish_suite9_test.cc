// Stop 32 (h-es9): Spanish words the Spanish suite's missed events carry,
// added as general patterns and actors: a threat to strike, march or block
// is 133 (data/verbs/es/news_verbs_32_es.txt), and a union's or a trade
// body's such threat stands with no target, as its strike does
// (events/coder.cc, WorkersOrFirmsOfAState); a road or bridge occupied is
// blocked (144); "los unionistas" are Northern Ireland's pro-British parties
// (actors/parties.txt); sports fans and agitators are actors
// (actors/agents.txt); calling someone or what it did a name of &INSULTO
// ("calificar / tildar / tachar de") is criticism, 111. The whole Spanish
// pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::Dump;
using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2008-03-04", "es"); }

using testing::CountCode;

// The code of the first event whose source starts with src, whatever its
// target (a union's threat may have none), or "".
std::string CodeFrom(const std::vector<EventRecord>& ev, std::string_view src) {
  for (const EventRecord& e : ev)
    if (e.source.starts_with(src)) return e.code;
  return "";
}

TEST(SpanishSuite9Test, AThreatToStrikeMarchOrBlockIs133) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Protesters of a country threaten their own government.
  auto ev = CodeEs("Las enfermeras de Uruguay amenazaron este lunes con una huelga de tres días.");
  EXPECT_EQ(CodeOf(ev, "URYHLH", "URYGOV"), "133") << Dump(ev);
  ev = CodeEs("Los cocaleros de Bolivia amenazaron con bloquear las rutas del Chapare.");
  EXPECT_EQ(CodeFrom(ev, "BOLAGR"), "133") << Dump(ev);
  // A threat aimed at someone named keeps that target.
  ev = CodeEs("La central obrera de Honduras amenazó al Gobierno con nuevas marchas por el salario mínimo.");
  EXPECT_EQ(CodeOf(ev, "HNDLAB", "HNDGOV"), "133") << Dump(ev);
  // Negative: sanctions threatened stay 1312; a threat to leave talks is no
  // protest threat.
  ev = CodeEs("El Gobierno de Perú amenazó con sanciones a las empresas pesqueras.");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "PERBUS"), "1312") << Dump(ev);
  EXPECT_EQ(CountCode(ev, "133"), 0u) << Dump(ev);
  ev = CodeEs("Los sindicatos de Chile amenazaron con abandonar la mesa de diálogo.");
  EXPECT_EQ(CountCode(ev, "133"), 0u) << Dump(ev);
}

TEST(SpanishSuite9Test, AUnionsThreatToStrikeNeedsNoTarget) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los camioneros de Chile amenazaron con un paro nacional si sube el precio del diésel.");
  EXPECT_EQ(CodeOf(ev, "CHLLAB", ""), "133") << Dump(ev);
  ev = CodeEs("Los comerciantes de Paraguay amenazaron con paralizar el mercado central de Asunción.");
  EXPECT_EQ(CodeFrom(ev, "PRYBUS"), "133") << Dump(ev);
  // Negative: a state organ's threat that names no one codes nothing, and
  // so does a union of no known country.
  ev = CodeEs("La policía de Ecuador amenazó con una huelga por los sueldos atrasados.");
  EXPECT_EQ(CountCode(ev, "13"), 0u) << Dump(ev);
  ev = CodeEs("Los camioneros amenazaron con un paro nacional por el precio del diésel.");
  EXPECT_EQ(CountCode(ev, "13"), 0u) << Dump(ev);
}

TEST(SpanishSuite9Test, ARoadOrBridgeOccupiedIsBlocked) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Unos doscientos mineros de Bolivia ocuparon el puente sobre el río Desaguadero.");
  EXPECT_EQ(CodeFrom(ev, "BOLLAB"), "144") << Dump(ev);
  ev = CodeEs("Cientos de maestros de Perú ocuparon la carretera que une Puno con Juliaca.");
  EXPECT_EQ(CodeFrom(ev, "PEREDU"), "144") << Dump(ev);
  // Negative: a post, a seat or a ranking occupied blocks nothing.
  ev = CodeEs("Un coronel de Chile ocupó el cargo de ministro durante dos años.");
  EXPECT_EQ(CountCode(ev, "144"), 0u) << Dump(ev);
  ev = CodeEs("Los estudiantes de Perú ocuparon los primeros puestos del concurso de matemáticas.");
  EXPECT_EQ(CountCode(ev, "144"), 0u) << Dump(ev);
}

TEST(SpanishSuite9Test, UnionistsAreNorthernIrelandsParties) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los unionistas rechazaron el plan del Gobierno irlandés para la policía del Ulster.");
  EXPECT_EQ(CodeOf(ev, "GBRPTY", "IRLGOV"), "120") << Dump(ev);
  ev = CodeEs("Los unionistas exigieron a Londres el desarme de los grupos armados.");
  EXPECT_EQ(CodeOf(ev, "GBRPTY", "GBR"), "100") << Dump(ev);
  // Negative: the adjective alone names no one; trade unionists are LAB.
  ev = CodeEs("El líder unionista viajó a Washington para criticar al Gobierno irlandés.");
  EXPECT_EQ(CodeOf(ev, "GBRPTY", ""), "") << Dump(ev);
  ev = CodeEs("Los sindicalistas de Chile rechazaron el plan del Gobierno.");
  EXPECT_EQ(CodeOf(ev, "CHLLAB", "CHLGOV"), "120") << Dump(ev);
}

TEST(SpanishSuite9Test, FansAndAgitatorsAreActors) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los hinchas de Perú lanzaron piedras contra la policía de Chile a la salida del estadio.");
  EXPECT_EQ(CodeOf(ev, "PERCVL", "CHLCOP"), "145") << Dump(ev);
  ev = CodeEs("La policía de Argentina dispersó con gases a los aficionados que bloqueaban la avenida.");
  EXPECT_EQ(CodeOf(ev, "ARGCOP", "ARGCVL"), "175") << Dump(ev);
  ev = CodeEs("Un grupo de agitadores de Venezuela arrojó piedras contra la sede del Gobierno.");
  EXPECT_EQ(CodeOf(ev, "VENOPP", "VENGOV"), "145") << Dump(ev);
  // Negative: "aficionado" as an adjective (an amateur team) is no actor.
  ev = CodeEs("El equipo aficionado de Bolivia derrotó al equipo de Chile en Cochabamba.");
  EXPECT_EQ(CodeOf(ev, "BOLCVL", ""), "") << Dump(ev);
}

TEST(SpanishSuite9Test, CallingSomeoneANameIsCriticism) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("La canciller de Colombia calificó de \"inadmisible\" la expulsión de su embajador por el Gobierno de Venezuela.");
  EXPECT_EQ(CodeOf(ev, "COLGOV", "VENGOV"), "111") << Dump(ev);
  ev = CodeEs("El alcalde de Lima tachó a los transportistas de irresponsables.");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "PERLAB"), "111") << Dump(ev);
  // The insult may be an actor's word itself: the one called it is the target.
  ev = CodeEs("El Gobierno de Perú calificó de terroristas a los rebeldes del Huallaga.");
  EXPECT_EQ(CodeOf(ev, "PERGOV", "PERREB"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Ecuador tildó de traidores a los diputados de su partido.");
  EXPECT_EQ(CodeOf(ev, "ECUGOV", "ECULEG"), "111") << Dump(ev);
  // Negative: praise and neutral verdicts are no criticism.
  ev = CodeEs("El presidente de Chile calificó de \"éxito\" la visita del canciller de Perú.");
  EXPECT_EQ(CountCode(ev, "111"), 0u) << Dump(ev);
  ev = CodeEs("El ministro de Ecuador calificó de difícil la negociación con Colombia.");
  EXPECT_EQ(CountCode(ev, "111"), 0u) << Dump(ev);
}

}  // namespace
}  // namespace dyad
