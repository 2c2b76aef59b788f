// UnknownTally (`dyad dict unknown`) on articles written for this test, in
// English and Spanish: what each list takes and what it leaves out.
#include "engine/unknown.h"

#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::HaveSpanish;

void Add(UnknownTally& tally, const std::string& text, const std::string& lang) {
  Doc doc;
  doc.article.id = "t";
  doc.article.text = text;
  doc.article.lang = lang;
  testing::DefaultEngine().Code(doc);
  tally.Add(doc);
}

// The count of `text` in rows, 0 when it is not there.
int CountOf(const std::vector<UnknownTally::Row>& rows, std::string_view text) {
  for (const UnknownTally::Row& r : rows)
    if (r.text == text) return r.count;
  return 0;
}

std::string Show(const std::vector<UnknownTally::Row>& rows) {
  std::string s;
  for (const UnknownTally::Row& r : rows) s += std::to_string(r.count) + " " + r.text + "\n";
  return s;
}

TEST(UnknownTallyTest, SpanishVerbsAreRankedAgainstTheSpanishDictionary) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  UnknownTally tally(testing::DefaultEngine());
  // "sobrevolar" has no Spanish pattern; "condenar" has; "ser" is a copula.
  Add(tally,
      "El ejército de Venezuela sobrevoló la frontera. La aviación de Colombia sobrevoló el río. "
      "El Gobierno de Perú condenó el ataque. El presidente de Chile es abogado.",
      "es");
  auto verbs = tally.Verbs(100);
  EXPECT_EQ(CountOf(verbs, "sobrevolar"), 2) << Show(verbs);
  EXPECT_EQ(CountOf(verbs, "condenar"), 0) << Show(verbs);
  EXPECT_EQ(CountOf(verbs, "ser"), 0) << Show(verbs);
  // Ranked: the most frequent first.
  ASSERT_FALSE(verbs.empty());
  EXPECT_EQ(verbs.front().text, "sobrevolar");
}

TEST(UnknownTallyTest, SpanishNamesKeepTheirLowerCaseDe) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  UnknownTally tally(testing::DefaultEngine());
  Add(tally, "La policía de Perú detuvo a dos miembros del Frente Popular de Liberación Andina en Lima.", "es");
  auto names = tally.Names(100);
  EXPECT_EQ(CountOf(names, "Frente Popular de Liberación Andina"), 1) << Show(names);
  // Names the dictionaries know are not listed, nor parts of the name.
  EXPECT_EQ(CountOf(names, "Perú"), 0) << Show(names);
  EXPECT_EQ(CountOf(names, "Frente Popular"), 0) << Show(names);
}

TEST(UnknownTallyTest, SpanishNounPhrasesInAnActorsPlace) {
  if (!HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  UnknownTally tally(testing::DefaultEngine());
  Add(tally,
      "Los recolectores independientes de castaña bloquearon la carretera. La policía de Bolivia desalojó a los "
      "recolectores independientes de castaña. Los recolectores independientes de castaña marcharon hacia la plaza.",
      "es");
  auto phrases = tally.NounPhrases(100);
  EXPECT_EQ(CountOf(phrases, "los recolectores independientes de castaña"), 3) << Show(phrases);
  // Not an actor's place: the object of a verb without "a", a place.
  EXPECT_EQ(CountOf(phrases, "la carretera"), 0) << Show(phrases);
  EXPECT_EQ(CountOf(phrases, "la plaza"), 0) << Show(phrases);
  // A phrase stops at a word an actor entry covers ("bolivianos": BOL).
  Add(tally, "Los recolectores bolivianos bloquearon el puerto.", "es");
  phrases = tally.NounPhrases(100);
  EXPECT_EQ(CountOf(phrases, "los recolectores"), 1) << Show(phrases);
  EXPECT_EQ(CountOf(phrases, "los recolectores bolivianos"), 0) << Show(phrases);
  // An act, not an actor ("la huelga" is a noun trigger); a title before a name.
  Add(tally, "La huelga de los recolectores paralizó la región. El diario Zorbanoticias informó.", "es");
  phrases = tally.NounPhrases(100);
  EXPECT_EQ(CountOf(phrases, "la huelga"), 0) << Show(phrases);
  EXPECT_EQ(CountOf(phrases, "la huelga de los recolectores"), 0) << Show(phrases);
  EXPECT_EQ(CountOf(phrases, "el diario"), 0) << Show(phrases);
  // Covered by an actor entry: not listed.
  EXPECT_EQ(CountOf(phrases, "la policía"), 0) << Show(phrases);
  EXPECT_EQ(CountOf(phrases, "la policía de bolivia"), 0) << Show(phrases);
}

TEST(UnknownTallyTest, EnglishHasNoNounPhraseListAndItsOwnDictionary) {
  UnknownTally tally(testing::DefaultEngine());
  Add(tally, "The army of Venezuela repainted the border fence. The villagers of Colombia blocked the road near Zorbatown.",
      "en");
  EXPECT_TRUE(tally.NounPhrases(100).empty());
  auto verbs = tally.Verbs(100);
  EXPECT_EQ(CountOf(verbs, "repaint"), 1) << Show(verbs);
  EXPECT_EQ(CountOf(verbs, "block"), 0) << Show(verbs);
  EXPECT_EQ(CountOf(tally.Names(100), "Zorbatown"), 1) << Show(tally.Names(100));
}

}  // namespace
}  // namespace dyad
