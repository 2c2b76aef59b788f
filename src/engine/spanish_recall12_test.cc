// Stop 34 (h-es12): Spanish recall. A commander named after "al mando de"
// or "bajo el mando de" between a subject and its verb is not the doer
// (lang/es/clauses.cc: the word in -ndo after "al" is no gerund clause, and
// the subject's walk steps over the commander's phrase). A threat received
// by a person we do not know, named again by an apposition that we do
// ("Ana Gómez, concejal de Neiva, recibió amenazas"), is done to the
// apposition's actor by the unknown actor (events/nominal.cc, @receive).
// Ratifying a ruling or a ban is no agreement (data/verbs/05_diplomacy.txt).
// "de nuevo", "de inmediato" right after a verb are adverbs (lang/es/
// morphology.cc), so a pattern goes on past them. An aside between dashes
// may hold commas (lang/es/clauses.cc, np_left).
// Sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CountCode;
using testing::Dump;
using testing::HaveSpanish;

std::vector<EventRecord> CodeEs(const std::string& text) { return testing::CodeText(text, "2008-03-04", "es"); }
std::vector<EventRecord> CodeEn(const std::string& text) { return testing::CodeText(text, "2008-03-04", "en"); }

bool HasSource(const std::vector<EventRecord>& ev, std::string_view text) {
  for (const EventRecord& e : ev)
    if (e.source_text == text) return true;
  return false;
}

TEST(SpanishRecall12Test, TheCommanderAfterAlMandoDeIsNotTheDoer) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Without the rule "mando" was a gerund clause whose subject "alias
  // Tigre" the threat inherited, and nothing was coded.
  auto ev = CodeEs("Milicianos del ELN al mando de alias Tigre amenazaron de muerte a los maestros de Cali.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLEDU"), "138") << Dump(ev);
  // "bajo el mando del coronel X": the soldiers detained, not the colonel.
  ev = CodeEs("Soldados del ejército colombiano bajo el mando del coronel Ramírez detuvieron a tres campesinos en Cali.");
  EXPECT_EQ(CodeOf(ev, "COLMIL", "COLAGR"), "173") << Dump(ev);
  EXPECT_TRUE(HasSource(ev, "Soldados")) << Dump(ev);
  EXPECT_FALSE(HasSource(ev, "coronel")) << Dump(ev);
  // Negative: set off by commas it was already skipped, and stays so.
  ev = CodeEs("Hombres del ELN, al mando de alias Ruso, secuestraron a un ganadero en Arauca.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLAGR"), "181") << Dump(ev);
}

TEST(SpanishRecall12Test, AThreatReceivedByAPersonNamedByAnApposition) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Lucía Vargas, concejal de Neiva, recibió amenazas de muerte por teléfono.");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
  ev = CodeEs("Lucía Vargas, concejal de Neiva, denunció que sigue recibiendo amenazas de muerte.");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
  // Negative: a letter with threats received is not a threat received.
  ev = CodeEs("Lucía Vargas, concejal de Neiva, recibió una carta con amenazas.");
  EXPECT_EQ(CountCode(ev, "13"), 0u) << Dump(ev);
}

TEST(SpanishRecall12Test, DeNuevoAndDeInmediatoAfterAVerbAreAdverbs) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, "de inmediato" stood between "amenazar" and "con una huelga".
  auto ev = CodeEs("El sindicato de los maestros de Bogotá amenazó de inmediato con un paro de labores.");
  EXPECT_EQ(CountCode(ev, "133"), 1u) << Dump(ev);
  ev = CodeEs("El sindicato de los maestros de Bogotá amenazó de nuevo con una huelga.");
  EXPECT_EQ(CountCode(ev, "133"), 1u) << Dump(ev);
  // "de repente" ends in -e: the cheap last-letter test lets it through too
  // (it let only -o words through at first, and this case coded nothing).
  ev = CodeEs("El sindicato de los maestros de Bogotá amenazó de repente con una huelga.");
  EXPECT_EQ(CountCode(ev, "133"), 1u) << Dump(ev);
  // Negative: not after a verb, "de" stays a preposition of its noun (the
  // union of new workers threatens; "de nuevo" is no adverb there).
  ev = CodeEs("El sindicato de nuevo ingreso de Bogotá amenazó con una huelga.");
  EXPECT_EQ(CountCode(ev, "133"), 1u) << Dump(ev);
}

TEST(SpanishRecall12Test, AnAsideBetweenDashesMayHoldCommas) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, the walk stopped at the comma inside the aside and the subject
  // was "candidato al Senado": the mayor was lost as the victim.
  auto ev = CodeEs("El ex alcalde de Cali -dirigente del Partido Liberal, candidato al Senado- fue secuestrado "
                   "por guerrilleros de las FARC.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLGOV"), "181") << Dump(ev);
  // Negative: an aside with no comma is skipped as before.
  ev = CodeEs("El ex alcalde de Cali -dirigente del Partido Liberal- fue secuestrado por guerrilleros de las FARC.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLGOV"), "181") << Dump(ev);
}

TEST(SpanishRecall12Test, RatifyingARulingIsNoAgreement) {
  // Before, the bare "ratify" took the article's other side as a partner.
  auto ev = CodeEn("Kenya criticised the International Olympic Committee (IOC) on Monday. "
                   "The IOC ratified the ban on the runner from Kenya.");
  EXPECT_EQ(CountCode(ev, "05"), 0u) << Dump(ev);
  ev = CodeEn("Colombia appealed to the International Olympic Committee (IOC) over its cyclist. "
              "The IOC ratified the decision of the sports court.");
  EXPECT_EQ(CountCode(ev, "05"), 0u) << Dump(ev);
  // Negative: a treaty ratified is still an agreement.
  ev = CodeEn("The Peruvian congress ratified the trade agreement with Chile.");
  EXPECT_EQ(CodeOf(ev, "PER", "CHL"), "057") << Dump(ev);
}

}  // namespace
}  // namespace dyad
