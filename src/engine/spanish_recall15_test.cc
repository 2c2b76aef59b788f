// Stop 35 (h-es15): Spanish recall. A speaker who reports threats with no
// target named received them (data/verbs/es/nouns.txt @receive_told,
// events/nominal.cc). A death by a weapon named after the verb ("murió al
// pisar una mina", "murieron por la explosión de una bomba") is violence
// by someone unknown (data/verbs/es/18-20_violence.txt, events/coder.cc:
// the victim_subject branch and &BLAST_NOUN in WeaponSubjectCode). "por" +
// a noun of manner ("por la espalda") names no doer of a passive
// (&MANNER_POR, SpanishPassiveWithoutDoer).
// Sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"
#include "testing/event_match.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CountCode;
using testing::Dump;
using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text, const std::string& date = "2008-03-04") {
  return testing::CodeText(text, date, "es");
}

TEST(SpanishRecall15Test, ASpeakerWhoReportsThreatsReceivedThem) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, a saying with no target: nothing was coded.
  auto ev = CodeEs("El alcalde de Pitalito denunció amenazas de muerte .");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
  ev = CodeEs("Luisa Ortega , concejal de Pitalito , denuncio amenazas de muerte .");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
  // Negative: threats against others named after "contra" are theirs.
  ev = CodeEs("El alcalde de Pitalito denunció amenazas de muerte contra los periodistas .");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "") << Dump(ev);
}

TEST(SpanishRecall15Test, ADeathByAWeaponNamedAfterTheVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, only "en" + a fight made a death an event.
  auto ev = CodeEs("Un soldado murió al pisar una mina antipersonal en Antioquia .");
  EXPECT_EQ(CodeOf(ev, "---", "COLMIL"), "1833") << Dump(ev);
  ev = CodeEs("Tres campesinos murieron por la explosión de un artefacto explosivo en el Cauca .");
  EXPECT_EQ(CodeOf(ev, "---", "COLAGR"), "183") << Dump(ev);
  // Negatives: an accident, a natural death, arriving at a hospital.
  ev = CodeEs("Dos obreros murieron por la explosión de un tanque de gas en Bogotá .");
  EXPECT_EQ(CountCode(ev, "18"), 0u) << Dump(ev);
  EXPECT_EQ(CountCode(ev, "19"), 0u) << Dump(ev);
  ev = CodeEs("Un soldado de Antioquia murió por causas naturales .");
  EXPECT_EQ(CountCode(ev, "19"), 0u) << Dump(ev);
  ev = CodeEs("Un soldado de Antioquia murió al llegar al hospital .");
  EXPECT_EQ(CountCode(ev, "19"), 0u) << Dump(ev);
}

TEST(SpanishRecall15Test, PorAndANounOfMannerNamesNoDoer) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, "la espalda" was the passive's doer, naming no actor: nothing.
  auto ev = CodeEs("Un policía fue asesinado por la espalda en Medellín .");
  EXPECT_EQ(CodeOf(ev, "---", "COLCOP"), "186") << Dump(ev);
  ev = CodeEs("Un concejal fue secuestrado por error en Cali .");
  EXPECT_EQ(CodeOf(ev, "---", "COLGOV"), "181") << Dump(ev);
  // Negative: "la fuerza pública" names the police, the doer.
  ev = CodeEs("Tres manifestantes fueron detenidos por la fuerza pública en Cali .");
  EXPECT_EQ(CodeOf(ev, "---", "COLOPP"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
