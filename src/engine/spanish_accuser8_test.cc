// Stop 31 (h-es8): a verb of accusing that closes a sentence with its
// subject after it ("..., acusó la policía") frames the clause before it
// (h-es7, lang/es/clauses.cc) and accuses that clause's subject: the accuser
// is the source, the reported clause's subject the target (events/coder.cc,
// AccusesReported). The reported clause keeps its own event; a subject that
// is no actor, or a passive's, names no one accused. The verbs are data:
// data/verbs/es/control.txt's @accusing. The whole pipeline on sentences
// written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2011-03-09", "es"); }
using testing::Dump;
using testing::DyadOf;

using testing::CountCode;

TEST(SpanishAccuser8Test, TheAccuserAccusesTheReportedSubject) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los guerrilleros incendiaron dos camiones cerca de Medellín, acusó el ejército.");
  // The rebels' country is the burning's business; the accused are the rebels.
  const std::string d = DyadOf(ev, "112");
  EXPECT_TRUE(d.starts_with("COLMIL>") && d.ends_with("REB")) << Dump(ev);
  EXPECT_EQ(CountCode(ev, "112"), 1u) << Dump(ev);
}

TEST(SpanishAccuser8Test, TheReportedEventIsKeptOnce) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Los guerrilleros atacaron a los soldados en Cali, acusó el ejército el domingo.");
  EXPECT_EQ(DyadOf(ev, "112"), "COLMIL>COLREB") << Dump(ev);
  EXPECT_EQ(CountCode(ev, "19"), 1u) << Dump(ev);
}

TEST(SpanishAccuser8Test, NoActorSubjectNamesNoOneAccused) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Houses burnt: no one is accused, and the article's other side is not
  // taken instead.
  auto ev = CodeEs("Varias casas ardieron anoche en un barrio de Cali, acusó el ejército.");
  EXPECT_EQ(CountCode(ev, "112"), 0u) << Dump(ev);
  // A passive's subject was acted on: it is not the accused.
  ev = CodeEs("Dos camiones fueron incendiados cerca de Medellín, acusó el ejército.");
  EXPECT_EQ(CountCode(ev, "112"), 0u) << Dump(ev);
}

TEST(SpanishAccuser8Test, OtherReadingsAreKept) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "acusó a X de ...": the object is the accused, as before.
  auto ev = CodeEs("El ejército de Colombia acusó a los guerrilleros de incendiar dos camiones.");
  EXPECT_EQ(DyadOf(ev, "112"), "COLMIL>COLREB") << Dump(ev);
  EXPECT_EQ(CountCode(ev, "112"), 1u) << Dump(ev);
  // A verb of saying closing the sentence accuses no one.
  ev = CodeEs("Los guerrilleros incendiaron dos camiones cerca de Medellín, dijo el ejército.");
  EXPECT_EQ(CountCode(ev, "112"), 0u) << Dump(ev);
  // An accuser before its verb, with no object, has no clause to accuse.
  ev = CodeEs("Los guerrilleros incendiaron dos camiones cerca de Medellín y el ejército acusó.");
  EXPECT_EQ(DyadOf(ev, "112"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
