// Stop 29 (h-es5): Spanish "atacar" of something said, written or decided,
// or in a frame of words (a speech, an interview, a press conference), is
// criticism (111), not force (190), as the English "attack" of stop 29
// (verbal_attacks_test.cc). Patterns in data/verbs/es/news_verbs_29_es.txt
// (synsets &CRITICADO and &MARCO_VERBAL), noun triggers "ataque verbal" and
// "ataque personal" in data/verbs/es/nouns.txt. Attacks on places, forces
// and people with no sign of words stay 19x. The whole Spanish pipeline on
// sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2008-03-04", "es"); }
using testing::CodeOf;
using testing::Dump;

TEST(SpanishVerbalAttacksTest, AttackOnWhatWasSaidOrDecidedIsCriticism) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("El presidente de Venezuela atacó el informe de la ONU sobre Venezuela.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "IGOUNO"), "111") << Dump(ev);
  ev = CodeEs("El canciller de Bolivia atacó la propuesta de Chile.");
  EXPECT_EQ(CodeOf(ev, "BOLGOV", "CHL"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Venezuela atacó verbalmente al presidente de Colombia.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COLGOV"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Venezuela atacó duramente al Gobierno de Colombia.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COLGOV"), "111") << Dump(ev);
}

TEST(SpanishVerbalAttacksTest, AttackInAFrameOfWordsIsCriticism) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("El presidente de Venezuela atacó a Colombia en un discurso ante el Congreso.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COL"), "111") << Dump(ev);
  // The frame before the person: the coder reads the object first.
  ev = CodeEs("El presidente de Venezuela atacó en una entrevista al presidente de Colombia.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COLGOV"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Venezuela atacó a Estados Unidos durante una rueda de prensa en el palacio de Miraflores.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "USA"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Venezuela lanzó duros ataques contra el presidente de Colombia en una entrevista.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COLGOV"), "111") << Dump(ev);
  ev = CodeEs("Los ataques verbales del presidente de Venezuela contra Colombia preocupan a los inversores.");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COL"), "111") << Dump(ev);
}

TEST(SpanishVerbalAttacksTest, VerbsOfVerbalAttack) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("El senador de Chile cargó contra el Gobierno de Perú.");
  EXPECT_EQ(CodeOf(ev, "CHLLEG", "PERGOV"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Bolivia fustigó la política de Estados Unidos.");
  EXPECT_EQ(CodeOf(ev, "BOLGOV", "USA"), "111") << Dump(ev);
  ev = CodeEs("El ministro de Chile vapuleó al Gobierno de Argentina.");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "ARGGOV"), "111") << Dump(ev);
  ev = CodeEs("El presidente de Ecuador embistió contra la prensa de Ecuador.");
  EXPECT_EQ(CodeOf(ev, "ECUGOV", "ECUMED"), "111") << Dump(ev);
  // Negative: a police charge on demonstrators is repression, not words.
  ev = CodeEs("La policía de Chile cargó contra los manifestantes en Santiago.");
  EXPECT_EQ(CodeOf(ev, "CHLCOP", "CHLOPP"), "175") << Dump(ev);
}

// Negative: force on places, forces and people stays 190, an "en" or
// "durante" phrase after it notwithstanding ("emboscada", "reunión" and
// "noche" are no frame of words).
TEST(SpanishVerbalAttacksTest, PhysicalAttacksStayForce) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("La guerrilla de las FARC atacó el cuartel del Ejército de Colombia.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLMIL"), "190") << Dump(ev);
  ev = CodeEs("La guerrilla de las FARC atacó una patrulla del Ejército de Colombia.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLMIL"), "190") << Dump(ev);
  ev = CodeEs("Los rebeldes de las FARC atacaron a los soldados de Colombia en una emboscada.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLMIL"), "190") << Dump(ev);
  ev = CodeEs("Los rebeldes de las FARC atacaron a los soldados de Colombia durante la noche.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLMIL"), "190") << Dump(ev);
  ev = CodeEs("Los rebeldes de las FARC atacaron el poblado en el departamento de Cauca.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COL"), "190") << Dump(ev);
  ev = CodeEs("Los paramilitares atacaron a los campesinos de Colombia en una reunión.");
  EXPECT_EQ(CodeOf(ev, "COLUAF", "COLAGR"), "190") << Dump(ev);
}

}  // namespace
}  // namespace dyad
