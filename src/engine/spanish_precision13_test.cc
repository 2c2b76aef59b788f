// Stop 34 (h-es13): Spanish precision. A country's or capital's name that is
// a Colombian town's or hamlet's no longer gives a report's actors that
// country: in the register's closing list of places in capitals (",
// DEPARTMENT , TOWN"; actors/matcher.cc, InClosingPlaceList) and right after
// a locality's noun ("la vereda Buenos Aires"; &LOCALITY_NOUN of data/verbs/es/synsets.txt). A road
// blocked by a state's forces is a blockade (191), no protest (144)
// (events/coder.cc, BlockadesByStateForces); "agentes de la administración
// pública" are public employees, no police (data/actors/agents.txt). The whole Spanish pipeline on
// sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"
#include "testing/event_match.h"

namespace dyad {
namespace {

using testing::Dump;
using testing::NamesCode;
using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2004-03-09", "es"); }

// Whether some event's code starts with `root`.
bool HasRoot(const std::vector<EventRecord>& ev, std::string_view root) {
  for (const EventRecord& e : ev)
    if (e.code.starts_with(root)) return true;
  return false;
}

TEST(SpanishPrecision13Test, ATownInTheClosingListIsNoCountry) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Soldados del Ejército asesinaron a un agricultor en zona rural , META , PUERTO RICO");
  ASSERT_FALSE(ev.empty()) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "PRI")) << Dump(ev);
  ev = CodeEs("Hombres armados asesinaron a un comerciante en la zona urbana , META , GRANADA");
  ASSERT_FALSE(ev.empty()) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "GRD")) << Dump(ev);
  ev = CodeEs("Desconocidos asesinaron a un campesino en la zona rural , META , SAN JUAN DE ARAMA");
  ASSERT_FALSE(ev.empty()) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "PRI")) << Dump(ev);
}

TEST(SpanishPrecision13Test, ACountryInProseStays) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Negative: a country written in ordinary case after a town is the
  // country, as prose writes it.
  auto ev = CodeEs("Policías asesinaron a un estudiante en Ponce , Puerto Rico.");
  EXPECT_TRUE(NamesCode(ev, "PRI")) << Dump(ev);
  // Negative: a country in capitals that is no later item of a closing
  // list (the list's first item after prose) keeps its reading.
  ev = CodeEs("Soldados asesinaron a dos campesinos , dijo un portavoz de GRANADA");
  EXPECT_TRUE(NamesCode(ev, "GRD")) << Dump(ev);
}

TEST(SpanishPrecision13Test, AHamletNamedAfterACapital) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Paramilitares asesinaron a un agricultor en la vereda Buenos Aires.");
  ASSERT_FALSE(ev.empty()) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "ARG")) << Dump(ev);
  ev = CodeEs("Guerrilleros secuestraron a un ganadero en el corregimiento Puerto Rico.");
  ASSERT_FALSE(ev.empty()) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "PRI")) << Dump(ev);
  // Negative: "a district of" the capital is in the capital.
  ev = CodeEs("La policía detuvo a diez estudiantes en un barrio de Buenos Aires.");
  EXPECT_TRUE(NamesCode(ev, "ARG")) << Dump(ev);
}

TEST(SpanishPrecision13Test, ARoadBlockedByTroopsIsABlockade) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Soldados del Ejército bloquearon la vía a Popayán durante seis horas.");
  EXPECT_TRUE(HasRoot(ev, "191")) << Dump(ev);
  EXPECT_FALSE(HasRoot(ev, "14")) << Dump(ev);
  // No protest's target: the troops' own government was never named.
  for (const EventRecord& e : ev) EXPECT_FALSE(e.target.ends_with("GOV")) << Dump(ev);
  // Negative: rebels blocking a road obstruct passage (144), as the CAMEO
  // manual's own example codes them.
  ev = CodeEs("Guerrilleros de las FARC bloquearon la vía a Popayán durante seis horas.");
  EXPECT_TRUE(HasRoot(ev, "144")) << Dump(ev);
  EXPECT_FALSE(HasRoot(ev, "19")) << Dump(ev);
  // Negative: soldiers who block roads to protest their unpaid wages
  // protest like anyone.
  ev = CodeEs("Reservistas del ejército peruano bloquearon dos rutas para protestar por el atraso de sus pagas.");
  EXPECT_TRUE(HasRoot(ev, "144")) << Dump(ev);
  EXPECT_FALSE(HasRoot(ev, "19")) << Dump(ev);
  // Negative: farmers blocking the same road protest.
  ev = CodeEs("Campesinos bloquearon la vía a Popayán en protesta por las fumigaciones.");
  EXPECT_TRUE(HasRoot(ev, "144")) << Dump(ev);
  EXPECT_FALSE(HasRoot(ev, "19")) << Dump(ev);
}

// "agentes" alone are police; "agentes de la administración (pública)" are
// the state's civil servants, public employees (data/actors/agents.txt, with
// "empleados públicos").
TEST(SpanishPrecision13Test, CivilServantsAreNoPolice) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Enfermeras y agentes de la administración pública de Bolivia cortaron un puente para exigir sus sueldos.");
  EXPECT_FALSE(NamesCode(ev, "BOLCOP")) << Dump(ev);
  EXPECT_TRUE(NamesCode(ev, "BOLLAB") || NamesCode(ev, "BOLEDU")) << Dump(ev);
  // Negative: "agentes" alone are still police.
  ev = CodeEs("Agentes de Bolivia detuvieron a dos maestros en La Paz.");
  EXPECT_TRUE(NamesCode(ev, "BOLCOP")) << Dump(ev);
}

}  // namespace
}  // namespace dyad
