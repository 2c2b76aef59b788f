// Stop 31 (h-en6): English reading errors.
// * A pronoun's sex: person entries may say `pronoun she` or `pronoun he`
//   (docs/dictionary-format.md). The matcher's "he"/"she" (actors/matcher.cc,
//   step 3) and the clause rules of analysis/pronouns.cc pass over a person
//   of the other sex, and a "she" takes a woman named before over a nearer
//   unmarked person; an unmarked person may still be either.
// * A day written with its month right after a determiner and before a noun
//   ("ahead of the Nov. 20 vote", "the April 9 truce") dates that noun's
//   act, not the clause's verb (events/event_date.cc, ModifiedNounEnd),
//   nor the sentence and the ones after it (time/time_tagger.cc); a
//   relative clause on that noun keeps the day.
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

// The date of the first event coded `code`, or "" when none is.
std::string DateOf(const std::vector<EventRecord>& events, std::string_view code) {
  for (const EventRecord& e : events)
    if (e.code == code) return e.date;
  return "";
}

TEST(EnglishReading6Test, SheIsTheWomanNamedBeforeAMan) {
  // Rule 2 of pronouns.cc took the last main clause's subject, the man.
  auto ev = CodeText("Emmanuel Macron welcomed Angela Merkel to Marseille on Friday. She then condemned Belarus for the "
                     "forced landing.",
                     "2021-05-29");
  EXPECT_EQ(CodeOf(ev, "DEUGOV", "BLR"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "FRAGOV", "BLR"), "") << Dump(ev);
  // The matcher's last person named: the man, named after her.
  ev = CodeText("Theresa May held talks with Olaf Scholz in Brussels. Ireland later praised her for the compromise.",
                "2018-10-02");
  EXPECT_EQ(CodeOf(ev, "IRL", "GBRGOV"), "051") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "IRL", "DEUGOV"), "") << Dump(ev);
}

TEST(EnglishReading6Test, HeIsTheManNamedAfterAWoman) {
  auto ev = CodeText("Theresa May received Emmanuel Macron at Chequers. He thanked her for the talks.", "2018-08-04");
  EXPECT_EQ(CodeOf(ev, "FRAGOV", "GBRGOV"), "051") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "GBRGOV", "GBRGOV"), "") << Dump(ev);
  ev = CodeText("Jacinda Ardern spoke with Narendra Modi by phone on Tuesday. He later criticised Pakistan.", "2019-03-05");
  EXPECT_EQ(CodeOf(ev, "INDGOV", "PAK"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NZLGOV", "PAK"), "") << Dump(ev);
}

// Negative: a "she" with only a man marked `he` before it stands for no one
// of ours rather than for him.
TEST(EnglishReading6Test, SheIsNeverAManMarkedHe) {
  auto ev = CodeText("Vladimir Putin toured Kazan on Monday. She condemned Estonia over the border closure.", "2019-06-04");
  EXPECT_EQ(CodeOf(ev, "RUS", "EST"), "") << Dump(ev);
}

// Negative: a person whose entry says nothing may be taken by either
// pronoun, as before.
TEST(EnglishReading6Test, AnUnmarkedPersonTakesEitherPronoun) {
  auto ev = CodeText("Abdelmadjid Tebboune toured Oran on Monday. She condemned Morocco over the border closure.",
                     "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "DZAGOV", "MAR"), "111") << Dump(ev);
  ev = CodeText("Abdelmadjid Tebboune toured Oran on Monday. He condemned Morocco over the border closure.",
                "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "DZAGOV", "MAR"), "111") << Dump(ev);
}

// Negative: "her" as an object is still the other person, and the woman
// named last is still the "she" with no man between.
TEST(EnglishReading6Test, TheUsualReadingsStand) {
  auto ev = CodeText("Angela Merkel flew to Warsaw on Monday. She praised Poland for its help.", "2017-02-07");
  EXPECT_EQ(testing::DyadOf(ev, "051"), "DEUGOV>POL") << Dump(ev);
  ev = CodeText("Emmanuel Macron flew to Rome on Monday. He praised Italy for its help.", "2019-02-05");
  EXPECT_EQ(testing::DyadOf(ev, "051"), "FRAGOV>ITA") << Dump(ev);
}

TEST(EnglishReading6Test, ADayBeforeANounDatesThatNounsAct) {
  auto ev = CodeText("Opposition parties in Ghana accused the electoral commission of fraud ahead of the Nov. 20 vote.",
                     "2020-11-14");
  ASSERT_NE(DateOf(ev, "1121"), "") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "1121"), "2020-11-14") << Dump(ev);
  // Nor does it date the next sentence, which had inherited it.
  ev = CodeText("Opposition parties in Ghana accused the electoral commission of fraud ahead of the Nov. 20 vote. "
                "They also criticised the police for beating students.",
                "2020-11-14");
  ASSERT_NE(DateOf(ev, "111"), "") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "111"), "2020-11-14") << Dump(ev);
  // The clause's own day, not the truce's.
  ev = CodeText("Armenia accused Azerbaijan of violating the April 9 truce on Thursday.", "2021-04-24");
  ASSERT_NE(DateOf(ev, "1123"), "") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "1123"), "2021-04-22") << Dump(ev);
}

// Negatives: a day that dates the verb stays its date: after "on", opening
// the sentence, or in a phrase of time or place ("at the ... meeting").
TEST(EnglishReading6Test, ADayOfTheVerbStaysItsDate) {
  auto ev = CodeText("Armenia accused Azerbaijan of shelling border villages on April 9.", "2021-04-24");
  EXPECT_EQ(DateOf(ev, "1123").substr(0, 10), "2021-04-09") << Dump(ev);
  ev = CodeText("On April 9 Armenia accused Azerbaijan of lying.", "2021-04-24");
  EXPECT_EQ(DateOf(ev, "1121"), "2021-04-09") << Dump(ev);
  ev = CodeText("Armenia criticised Azerbaijan sharply at the April 9 summit.", "2021-04-24");
  EXPECT_EQ(DateOf(ev, "111"), "2021-04-09") << Dump(ev);
  // A relative clause on the dated noun tells that noun's act, of its day,
  // further on than right after the noun (events/event_date.cc,
  // RelativeOfDatedDay).
  ev = CodeText("Officials in Kyiv recalled the March 14 Russian strike on the port of Odesa, which killed six Ukrainian "
                "sailors.",
                "2022-04-02");
  EXPECT_EQ(DateOf(ev, "190"), "2022-03-14") << Dump(ev);
}

}  // namespace
}  // namespace dyad
