// Stop 33 (h-en8): English reading errors.
// * A "he"/"his"/"him" does not go back past a person we do not know who is
//   the nearest subject before it (analysis/pronouns.cc, rule 5,
//   PastAnUnknownSubject): the matcher gives a pronoun the last person in
//   our files, so a subject like "politician Juhani Tammela" or "Tomas
//   Lindqvist" was passed over. Such a subject is a name of two or more
//   words (an Arabic surname with its article counts: "al-Rubaie") or one
//   with an apposition, no word of it an organisation's; the pronoun is then
//   no one, or the apposition's agent ("Tomas Lindqvist, a Kenyan
//   lawmaker, ... He" is KENLEG), also where no person of ours is before it.
//   A company, a known place or a single unknown word does not stop it, and
//   a known person named after the unknown one still takes it.
// * Diplomats or staff withdrawn "from" their post "in" a country
//   ("withdrew four diplomats from its mission in X") reduce relations with
//   the host (161, data/verbs/16_reduce_relations.txt), not with the
//   state's own government.
// * A strike threat with no target is coded for workers and traders named
//   as a group (events/coder.cc, labour_threat), not for a firm named by
//   its own name: "Korean Air pilots threatened to strike" is the pilots'
//   threat against the airline, not the airline's (NamedFirm).
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

constexpr const char* kPutinFirst = "Vladimir Putin flew to Minsk on Sunday. ";

TEST(EnglishReading8Test, APronounDoesNotGoBackPastAnUnknownNamedSubject) {
  // A title and a two-word name, the pronoun in a clause after "as".
  auto ev = CodeText(std::string(kPutinFirst) +
                         "Veteran Belarusian politician Juhani Tammela on Monday criticized the plan as he praised "
                         "Lithuania.",
                     "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "RUS", "LTU"), "") << Dump(ev);
  // An Arabic surname with its article, which the tagger reads as a noun.
  ev = CodeText(std::string(kPutinFirst) + "Shiite cleric Hamid al-Rubaie urged calm while he condemned Lithuania.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "RUS", "LTU"), "") << Dump(ev);
  // Negative: a known person named after the unknown one takes the pronoun.
  ev = CodeText("Juhani Tammela criticized the plan. Vladimir Putin said on Monday that his government would punish "
                "Ukraine.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "RUSGOV", "UKR"), "130") << Dump(ev);
}

TEST(EnglishReading8Test, APossessiveOrAnObjectAfterAnUnknownSubject) {
  auto ev = CodeText(std::string(kPutinFirst) + "Tomas Lindqvist said the army had shelled his village near Kherson.",
                     "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "", "RUS"), "") << Dump(ev);
  // "him" in a relative clause is not its own subject, the police chief;
  // the unknown visitor before it stops the search.
  ev = CodeText(std::string(kPutinFirst) + "Tomas Lindqvist visited the police chief, who thanked him.", "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "", "RUS"), "") << Dump(ev);
  // Negatives: a company, a single unknown word and a known place as the
  // nearer subject leave the pronoun to the known person.
  ev = CodeText(std::string(kPutinFirst) + "Volga Holdings raised its prices, and Belarus criticized his government.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "BLR", "RUSGOV"), "111") << Dump(ev);
  ev = CodeText(std::string(kPutinFirst) + "Texcorp raised its prices, and Belarus criticized his government.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "BLR", "RUSGOV"), "111") << Dump(ev);
  ev = CodeText(std::string(kPutinFirst) + "Saudi Arabia welcomed his remarks.", "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "SAU", "RUSGOV"), "043") << Dump(ev);
}

TEST(EnglishReading8Test, AnAppositionNamesTheUnknownSubjectsPronoun) {
  // After a known person, and with none before.
  auto ev = CodeText(std::string(kPutinFirst) +
                         "Tomas Lindqvist, a Kenyan lawmaker, praised the police. He later condemned Uganda.",
                     "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "KENLEG", "UGA"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "RUS", "UGA"), "") << Dump(ev);
  ev = CodeText("Tomas Lindqvist, a Kenyan lawmaker, praised the police. He later condemned Uganda.", "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "KENLEG", "UGA"), "111") << Dump(ev);
  // The speaker's pronoun in reported speech.
  ev = CodeText("Tomas Lindqvist, a Ghanaian journalist, said he had been arrested by police in Accra.", "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "GHACOP", "GHAMED"), "173") << Dump(ev);
  // Negatives: a company's apposition is no "he", and an apposition whose
  // country came from elsewhere in the sentence names no one.
  ev = CodeText(std::string(kPutinFirst) +
                    "Volga Holdings, a Russian firm, raised its prices. He later condemned Lithuania.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "RUSBUS", "LTU"), "") << Dump(ev);
  ev = CodeText(std::string(kPutinFirst) +
                    "Tomas Lindqvist, president of a farmers' cooperative, met Kenyan officials in Nairobi. He later "
                    "condemned Uganda.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "", "UGA"), "") << Dump(ev);
}

TEST(EnglishReading8Test, DiplomatsWithdrawnFromTheirPostTargetTheHost) {
  auto ev = CodeText("Norway withdrew four diplomats from its mission in Caracas on Friday.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "NOR", "VENGOV"), "161") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NOR", "NORGOV"), "") << Dump(ev);
  ev = CodeText("Canada pulled its staff from its embassy in Damascus.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "CAN", "SYRGOV"), "161") << Dump(ev);
  ev = CodeText("Chile recalled two envoys from its embassy in Quito after the row.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "CHL", "ECUGOV"), "161") << Dump(ev);
  ev = CodeText("Norway withdrew four of its diplomats from its mission in Caracas on Friday.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "NOR", "VENGOV"), "161") << Dump(ev);
  // Negatives: staff of a mission that may be a UN one stay a withdrawal
  // (166), and troops are no diplomats.
  ev = CodeText("The UN withdrew its staff from its mission in Darfur.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "IGOUNO", ""), "166") << Dump(ev);
  ev = CodeText("France withdrew its troops from Mali.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "FRA", "MLI"), "0874") << Dump(ev);
}

TEST(EnglishReading8Test, AFirmNamedByItsNameIsNoStriker) {
  auto ev = CodeText("Korean Air pilots threatened to strike over pay.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "KORBUS", ""), "") << Dump(ev);
  ev = CodeText("On Monday Lufthansa pilots threatened to strike over pensions.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "DEUBUS", ""), "") << Dump(ev);
  // Negatives: workers and traders named as a group still threaten.
  ev = CodeText("Nigerian truckers threatened to strike over fuel prices.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "NGALAB", ""), "133") << Dump(ev);
  ev = CodeText("Kenyan shopkeepers threatened to strike over the new levy.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "KENBUS", ""), "133") << Dump(ev);
}

}  // namespace
}  // namespace dyad
