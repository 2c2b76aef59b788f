// Stop 33 (h-es10): force used on things, threats received, lawyers and
// sports bodies. An attack or a bombing whose object is a thing (a bridge,
// a pumping station) and whose place is a department set off by a comma is
// aimed at that place's country (events/coder.cc, ForceOnThing in the first
// actor walk); property burnt stays untargeted. A threat received is the
// sender's: "recibir amenaza de $" (data/verbs/es/news_verbs_33_es.txt), and
// with no sender named the unknown actor's (@receive, events/nominal.cc).
// Lawyers are civilians and FIFA/UEFA NGOs (actors/agents.txt, igo.txt).
// A bare place after a comma ends a list after a group of its own country
// (CommaPlaceEndsList). The whole Spanish pipeline on sentences written
// for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CountCode;
using testing::Dump;
using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2008-03-04", "es"); }

// Whether some event has this target, whatever its code and source.
bool HasTarget(const std::vector<EventRecord>& ev, std::string_view target) {
  for (const EventRecord& e : ev)
    if (e.target == target) return true;
  return false;
}

TEST(SpanishSuite10Test, ForceOnAThingTargetsTheCountryOfItsPlace) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A register's trailing department and town say where the thing stood.
  auto ev = CodeEs("Rebeldes del ELN atacaron una estación de bombeo, ARAUCA, TAME");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COL"), "190") << Dump(ev);
  ev = CodeEs("Guerrilleros de las FARC volaron un puente colgante sobre el río, HUILA, GIGANTE");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COL"), "183") << Dump(ev);
  ev = CodeEs("Rebeldes del ELN activaron una carga explosiva bajo el puente, CAUCA, SUAREZ");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COL"), "183") << Dump(ev);
  // Negative: property burnt stays untargeted (1712), and a clause with no
  // thing hit ("se desplazaba hacia ...") takes no place as its target.
  ev = CodeEs("Guerrilleros quemaron dos camiones, CAUCA, PIENDAMO");
  EXPECT_EQ(CountCode(ev, "1712"), 1u) << Dump(ev);
  EXPECT_FALSE(HasTarget(ev, "COL")) << Dump(ev);
  ev = CodeEs("Rebeldes hirieron a un chofer mientras se desplazaba rumbo al pueblo vecino, HUILA, ALGECIRAS");
  EXPECT_EQ(CountCode(ev, "20"), 0u) << Dump(ev);
  // Negative: "volar" alone is flying.
  ev = CodeEs("El avión voló sobre el puente de Lima.");
  EXPECT_EQ(CountCode(ev, "18"), 0u) << Dump(ev);
}

TEST(SpanishSuite10Test, APlaceAfterAPersonOrGroupIsWhereNotWhom) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // A pattern's slot ends at a place after a person ("desaparecer * a +").
  auto ev = CodeEs("Hombres armados desaparecieron de una hacienda a un comerciante, HUILA, NEIVA");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLBUS"), "181") << Dump(ev);
  EXPECT_FALSE(HasTarget(ev, "COL")) << Dump(ev);
  // Negative: a list of states goes on after a comma.
  ev = CodeEs("El presidente de Perú criticó a Bolivia, Chile y Ecuador.");
  EXPECT_TRUE(HasTarget(ev, "CHL")) << Dump(ev);
  EXPECT_TRUE(HasTarget(ev, "ECU")) << Dump(ev);
}

TEST(SpanishSuite10Test, AThreatReceivedIsTheSenders) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Un juez de Medellín recibió amenazas de las FARC por su fallo.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLJUD"), "130") << Dump(ev);
  ev = CodeEs("El rector de la universidad de Cali recibió amenazas de muerte de los paramilitares.");
  EXPECT_EQ(CodeOf(ev, "COLUAF", "COLEDU"), "130") << Dump(ev);
  // No one named: the unknown actor threatened the receiver.
  ev = CodeEs("El gobernador del Huila recibió nuevas amenazas de muerte por teléfono.");
  EXPECT_EQ(CodeOf(ev, "---", "COLGOV"), "130") << Dump(ev);
  // Negative: support received is no threat; threats inside a letter
  // received are not what was received; the receiver never threatens.
  ev = CodeEs("La alcaldesa de Cali recibió el respaldo de los concejales.");
  EXPECT_EQ(CountCode(ev, "13"), 0u) << Dump(ev);
  ev = CodeEs("El ministro de Perú recibió una carta con amenazas.");
  EXPECT_EQ(CountCode(ev, "13"), 0u) << Dump(ev);
  ev = CodeEs("Un juez de Medellín recibió amenazas de las FARC por su fallo.");
  EXPECT_EQ(CodeOf(ev, "COLJUD", "COLREB"), "") << Dump(ev);
}

TEST(SpanishSuite10Test, LawyersAndSportsBodiesAreActors) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los abogados del exgobernador protestaron frente al tribunal de Lima.");
  EXPECT_EQ(CodeOf(ev, "PERCVL", "PERJUD"), "140") << Dump(ev);
  ev = CodeEs("La UEFA multó al club de Turquía por los incidentes.");
  EXPECT_EQ(CodeOf(ev, "NGO", "TUR"), "116") << Dump(ev);
  // Negative: bare "Santander" is a Colombian department (or a Spanish
  // city), not the Spanish bank.
  ev = CodeEs("El gobernador de Santander criticó al Gobierno de Colombia.");
  EXPECT_FALSE(std::any_of(ev.begin(), ev.end(), [](const EventRecord& e) { return e.source.starts_with("ESP"); }))
      << Dump(ev);
}

TEST(SpanishSuite10Test, ADisappearanceOfAnUnknownPersonIsAnAbduction) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Paramilitares desaparecieron a Rodrigo cuando salía de su casa.");
  EXPECT_EQ(CodeOf(ev, "---UAF", "---CVL"), "181") << Dump(ev);
  ev = CodeEs("Guerrilleros del ELN se llevaron a un comerciante con rumbo desconocido.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "---BUS"), "181") << Dump(ev);
  // Negative: a thing that vanishes, banners carried.
  ev = CodeEs("El agua desapareció a causa de la sequía.");
  EXPECT_EQ(CountCode(ev, "181"), 0u) << Dump(ev);
  ev = CodeEs("Los manifestantes llevaron pancartas al centro de Quito.");
  EXPECT_EQ(CountCode(ev, "181"), 0u) << Dump(ev);
}

}  // namespace
}  // namespace dyad
