// Stop 35 (h-es14): Spanish recall. The register's unaccented preterite of
// a verb of saying right after an apposition ("X , concejal , denuncio que
// ...") is the subject's verb, not a noun (lang/es/morphology.cc,
// PredicateAfterApposition). A capital's name as the first item of a
// report's closing list of places is a department, no state (actors/
// matcher.cc, InClosingPlaceList). Two roles under one article and then a
// name are one person, one target (events/coder.cc, OnePersonOfTwoRoles).
// An object clitic with no referent among our actors on a threat, an
// abduction or an assault stands for people no dictionary names (events/
// coder.cc, SpanishPersonClitic). A "líder comunal" is a social leader
// (data/actors/agents.txt). "entre sí" is an adverb (lang/es/morphology.cc).
// Colombia's oil workers' union is COLLAB
// (data/actors/agencies_latam.txt).
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
using testing::NamesCode;

std::vector<EventRecord> CodeEs(const std::string& text, const std::string& date = "2008-03-04") {
  return testing::CodeText(text, date, "es");
}

TEST(SpanishRecall14Test, AnUnaccentedPreteriteAfterAnAppositionIsTheVerb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, "denuncio" after the comma was a noun, the subject of "sigue",
  // and the threat received had no receiver: nothing was coded.
  auto ev = CodeEs("Marta Ruiz , concejal de Neiva , denuncio que sigue recibiendo amenazas de muerte .");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
  ev = CodeEs("Marta Ruiz , concejal de Neiva , afirmo que viene recibiendo amenazas de muerte .");
  EXPECT_EQ(CodeOf(ev, "---", "---GOV"), "130") << Dump(ev);
}

TEST(SpanishRecall14Test, ACapitalOpeningAClosingListOfPlacesIsNoState) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "SUCRE" opens the list as the Colombian department: before, the doers
  // and the councillor were Bolivia's (BOLREB, BOLGOV).
  auto ev = CodeEs("Hombres armados amenazaron de muerte a un concejal en la zona rural , SUCRE , SINCELEJO");
  ASSERT_EQ(CountCode(ev, "13"), 1u) << Dump(ev);
  EXPECT_FALSE(NamesCode(ev, "BOL")) << Dump(ev);
  // Negative: a country opening the list is the country.
  ev = CodeEs("Hombres armados amenazaron de muerte a un concejal en la zona rural , ECUADOR , ESMERALDAS");
  EXPECT_EQ(CodeOf(ev, "ECUREB", "ECUGOV"), "138") << Dump(ev);
  // Negative: a capital alone after the comma is no list; it stays.
  ev = CodeEs("Hombres armados amenazaron de muerte a un concejal en la zona rural , SUCRE");
  EXPECT_TRUE(NamesCode(ev, "BOL")) << Dump(ev);
}

TEST(SpanishRecall14Test, TwoRolesUnderOneArticleAndANameAreOnePerson) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, three criticisms: of the party (NICOPPPTY), of a former
  // official (NICELI) and of the man.
  auto ev = CodeEs("Un diputado de Nicaragua criticó durante un discurso al jefe sandinista y ex presidente, Daniel Ortega.",
                   "2000-08-29");
  EXPECT_EQ(CountCode(ev, "111"), 1u) << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NICLEG", "NICOPP"), "111") << Dump(ev);
  // The second role written with the name: the same.
  ev = CodeEs("Un diputado de Nicaragua criticó durante un discurso al jefe sandinista y ex presidente Daniel Ortega.",
              "2000-08-29");
  EXPECT_EQ(CountCode(ev, "111"), 1u) << Dump(ev);
  // Negative: with no name after them the roles are left as they were read.
  ev = CodeEs("Un diputado de Nicaragua criticó durante un discurso al jefe sandinista y ex presidente.", "2000-08-29");
  EXPECT_EQ(CountCode(ev, "111"), 2u) << Dump(ev);
}

TEST(SpanishRecall14Test, AnObjectCliticWithNoActorIsAPerson) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // "lo": the object scan of "llegaron" stops at "hacia", so the clitic had
  // no referent and the threat no target.
  auto ev = CodeEs("Hombres del ELN llegaron hacia las ocho a la casa de un campesino y lo amenazaron de muerte.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLCVL"), "138") << Dump(ev);
  ev = CodeEs("Hombres del ELN llegaron hacia las ocho a la finca y la secuestraron.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLCVL"), "181") << Dump(ev);
  // Negative: a ban (172) on "them" is a rule, no act on people.
  ev = CodeEs("Los funcionarios del gobierno francés les prohíben expresarse en público.");
  EXPECT_EQ(CountCode(ev, "172"), 0u) << Dump(ev);
}

TEST(SpanishRecall14Test, ACommunityLeaderIsACivilian) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeEs("Guerrilleros asesinaron a un líder comunal en Arauca.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLCVL"), "186") << Dump(ev);
}

TEST(SpanishRecall14Test, EntreSiIsAnAdverb) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, "si" ("if") cut the subject off its verb: the sisters were
  // lost and the place, Arauca, was taken for the victim (COLREB>COL).
  auto ev = CodeEs("Tres hermanas entre si fueron secuestradas por guerrilleros del ELN en Arauca.");
  EXPECT_EQ(CodeOf(ev, "COLREB", "COLCVL"), "181") << Dump(ev);
}

TEST(SpanishRecall14Test, ColombiasOilWorkersUnion) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  // Before, the union named no actor and its threat was lost.
  auto ev = CodeEs("La Unión Sindical Obrera amenazó con una huelga en las refinerías.");
  ASSERT_EQ(CountCode(ev, "133"), 1u) << Dump(ev);
  EXPECT_EQ(ev[0].source, "COLLAB") << Dump(ev);
}

}  // namespace
}  // namespace dyad
