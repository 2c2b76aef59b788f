// Acronyms an article defines (actors/acronyms.h): "the Kenyan Army (KA)",
// "el Comité Olímpico Brasileño (COB)". The whole pipeline on sentences we
// wrote, each with the reading the rule must leave alone.
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

bool Names(const std::vector<EventRecord>& ev, const std::string& actor) {
  for (const EventRecord& e : ev)
    if (e.source == actor || e.target == actor) return true;
  return false;
}

// An acronym no dictionary lists codes as its long name, an agent with its
// country, and the evidence names the definition; without the definition
// the acronym is no one.
TEST(AcronymTest, AnUnknownAcronymCodesAsItsLongName) {
  auto ev = CodeText("Police said the Kenyan Army (KA) had left the border.\n\n"
                     "The KA accused the government of Uganda of fraud.",
                     "2000-05-01");
  ASSERT_EQ(DyadOf(ev, "1121"), "KENMIL>UGAGOV") << Dump(ev);
  EXPECT_NE(ev[0].evidence.find("acronym defined in sentence 0"), std::string::npos) << ev[0].evidence;
  EXPECT_NE(ev[0].evidence.find("Kenyan Army (KA)"), std::string::npos) << ev[0].evidence;
  ev = CodeText("The KA accused the government of Uganda of fraud.", "2000-05-01");
  EXPECT_FALSE(Names(ev, "KENMIL")) << Dump(ev);
  // Used before its definition, the acronym is not yet known.
  ev = CodeText("The KA accused the government of Uganda of fraud.\n\n"
                "Police said the Kenyan Army (KA) had left the border.",
                "2000-05-01");
  EXPECT_FALSE(Names(ev, "KENMIL")) << Dump(ev);
}

// One acronym, two articles, two bodies: the Brazilian Olympic Committee is
// not Bolivia's union COB, which its own definition keeps.
TEST(AcronymTest, TheSameLettersDefinedDifferentlyInTwoArticles) {
  if (!testing::HaveSpanish()) GTEST_SKIP() << "hunspell-es is not installed";
  auto ev = CodeText("El Comité Olímpico Brasileño (COB) anunció el torneo.\n\n"
                     "El COB acusó al Gobierno de Bolivia de corrupción.",
                     "2004-09-08", "es");
  EXPECT_FALSE(Names(ev, "BOLLAB")) << Dump(ev);
  EXPECT_EQ(DyadOf(ev, "112"), "") << Dump(ev);  // the committee is no actor
  ev = CodeText("La Central Obrera Boliviana (COB) anunció una huelga.\n\n"
                "La COB acusó al Gobierno de Bolivia de corrupción.",
                "2004-09-08", "es");
  EXPECT_EQ(DyadOf(ev, "112"), "BOLLAB>BOLGOV") << Dump(ev);
  // English: another body's letters, no actor in the long name.
  ev = CodeText("Leaders of the Colombian Opposition Bloc (COB) met on Monday.\n\n"
                "The COB accused the government of Colombia of fraud.",
                "2004-09-08");
  EXPECT_FALSE(Names(ev, "BOLLAB")) << Dump(ev);
}

// A dictionary entry whose own long name shares words with the article's
// stays: "Revolutionary Armed Forces of Colombia" is the entry's FARC.
TEST(AcronymTest, TheDictionarysOwnBodyStays) {
  auto ev = CodeText("Rebels of the Revolutionary Armed Forces of Colombia (FARC) attacked a village.\n\n"
                     "The FARC accused the government of Colombia of fraud.",
                     "2004-09-08");
  EXPECT_EQ(DyadOf(ev, "1121"), "COLREB>COLGOV") << Dump(ev);
}

// A parenthesis that defines nothing: a dateline's agency, a country code
// after a name, a word in capitals whose letters the words before do not
// spell.
TEST(AcronymTest, AParenthesisThatIsNoDefinition) {
  auto ev = CodeText("WASHINGTON (AFP) - Police said on Monday that the army had left.\n\n"
                     "The USA accused Cuba of fraud.",
                     "2004-09-08");
  EXPECT_EQ(DyadOf(ev, "1121"), "USA>CUB") << Dump(ev);
  ev = CodeText("The sprinter Carl Lewis (USA) won the race on Monday.\n\n"
                "The USA accused Cuba of fraud.",
                "2004-09-08");
  EXPECT_EQ(DyadOf(ev, "1121"), "USA>CUB") << Dump(ev);
  // "Kenyan Army" spells no "USA": no definition, the USA stays.
  ev = CodeText("The Kenyan Army (USA) left on Monday.\n\n"
                "The USA accused Cuba of fraud.",
                "2004-09-08");
  EXPECT_EQ(DyadOf(ev, "1121"), "USA>CUB") << Dump(ev);
}

}  // namespace
}  // namespace dyad
