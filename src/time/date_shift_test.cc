#include "time/date_shift.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "testing/simple_tokens.h"
#include "time/time_tagger.h"
#include "time/timex.h"

namespace dyad {
namespace {

Doc Shift(std::string_view text, Date published = Date::Day(2025, 10, 2)) {
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  doc.article.published = published;
  TimeTagger().Run(doc);
  DateShifter().Run(doc);
  return doc;
}

const TimeExpr* FirstShift(const Doc& doc) {
  for (const TimeExpr& te : doc.times)
    if (te.kind == TimeKind::kShifted) return &te;
  return nullptr;
}

TEST(DateShifter, Name) { EXPECT_EQ(DateShifter().name(), "time_shift"); }

TEST(DateShifter, AWeekAfterAnOpeningClauseCountsBackFromTheSentencesDate) {
  Doc doc = Shift("A week after the ministry cancelled the permit, neither side has moved.");
  const TimeExpr* te = FirstShift(doc);
  ASSERT_NE(te, nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 9, 25));
  EXPECT_EQ(doc.text(te->span), "A week after");
  // The governed words run to the comma; the main clause keeps the date.
  EXPECT_EQ(doc.text(te->scope), "the ministry cancelled the permit");
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 10, 2));
}

TEST(DateShifter, CountsFromTheSentencesOwnDate) {
  // Friday before Oct 2, 2025 is Sept 26; two days before that, the 24th.
  Doc doc = Shift("The envoy was expelled on Friday, two days after the cabinet recalled its own.");
  const TimeExpr* te = FirstShift(doc);
  ASSERT_NE(te, nullptr);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(te->value, Date::Day(2025, 9, 24));
  EXPECT_EQ(doc.text(te->scope), "the cabinet recalled its own.");
}

TEST(DateShifter, BeforeCountsForward) {
  Doc doc = Shift("The army shelled the town three days before the envoys arrived.");
  const TimeExpr* te = FirstShift(doc);
  ASSERT_NE(te, nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 10, 5));
}

TEST(DateShifter, TheDayAfterAndMonthsAndYears) {
  const TimeExpr* te = nullptr;
  Doc d1 = Shift("Talks resumed, the day after the rebels freed the hostages.");
  ASSERT_NE(te = FirstShift(d1), nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 10, 1));
  Doc d2 = Shift("The court ruled, two months after the senate voted.");
  ASSERT_NE(te = FirstShift(d2), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 8));
  Doc d3 = Shift("The treaty lapsed, a year after both sides signed it.");
  ASSERT_NE(te = FirstShift(d3), nullptr);
  EXPECT_EQ(te->value, Date::Year(2024));
}

TEST(DateShifter, Spanish) {
  Doc doc = Shift("Una semana despu\xC3\xA9s de que el gobierno expuls\xC3\xB3 al embajador, las protestas siguen.");
  const TimeExpr* te = FirstShift(doc);
  ASSERT_NE(te, nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 9, 25));
  EXPECT_EQ(doc.text(te->scope), "el gobierno expuls\xC3\xB3 al embajador");
  Doc before = Shift("El ej\xC3\xA9rcito atac\xC3\xB3 la base dos d\xC3\xAD" "as antes de la visita.");
  ASSERT_NE(te = FirstShift(before), nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 10, 4));
}

TEST(DateShifter, UncountedDistancesGiveTheMonthThatCoversTheirRange) {
  // Published Thursday Oct 2, 2025: "days after" puts the vote 2 to 9 days
  // before, Sept 23-30, all in September: the month, never a day.
  const TimeExpr* te = nullptr;
  Doc d1 = Shift("Days after the vote, the protests grew.");
  ASSERT_NE(te = FirstShift(d1), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 9));
  EXPECT_EQ(d1.text(te->span), "Days after");
  EXPECT_EQ(d1.text(te->scope), "the vote");
  EXPECT_NE(te->rule.find("2 to 9 days"), std::string::npos) << te->rule;
  Doc d2 = Shift("The envoy left, just a few days after the ministry cancelled the permit.");
  ASSERT_NE(te = FirstShift(d2), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 9));
  EXPECT_EQ(d2.text(te->span), "a few days after");
  // From Oct 12 the range (Oct 3-10) stays in October.
  Doc d3 = Shift("The envoy left, days after the ministry cancelled the permit.", Date::Day(2025, 10, 12));
  ASSERT_NE(te = FirstShift(d3), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 10));
  // Weeks before: 14 to 62 days after Oct 2 runs into November and December:
  // only the year is known.
  Doc d4 = Shift("The rebels attacked the base, weeks before the talks opened.");
  ASSERT_NE(te = FirstShift(d4), nullptr);
  EXPECT_EQ(te->value, Date::Year(2025));
  // Spanish.
  Doc es = Shift("Pocos d\xC3\xAD" "as despu\xC3\xA9s de que el gobierno expuls\xC3\xB3 al embajador, las protestas siguen.");
  ASSERT_NE(te = FirstShift(es), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 9));
  EXPECT_EQ(es.text(te->scope), "el gobierno expuls\xC3\xB3 al embajador");
  // Told as the story goes on: days after Monday Sept 29 ends at
  // publication (Oct 2), so Oct 1-2: October.
  Doc later = Shift("The envoy was expelled on Monday.\nDays later, the aid was suspended.");
  ASSERT_NE(te = FirstShift(later), nullptr);
  EXPECT_EQ(te->value, Date::Month(2025, 10));
}

TEST(DateShifter, UncountedDistancesThatAreNoDistance) {
  // A range that straddles a year names nothing.
  EXPECT_EQ(FirstShift(Shift("Days after the vote, the protests grew.", Date::Day(2026, 1, 5))), nullptr);
  // "the final days before X" is a time of its own, not a distance.
  EXPECT_EQ(FirstShift(Shift("In the final days before the vote, the parties campaigned.")), nullptr);
  // A duration.
  EXPECT_EQ(FirstShift(Shift("The troops stayed for weeks after the ceasefire, officials said.")), nullptr);
  // "years" spans too much; "hours" is the sentence's day already.
  EXPECT_EQ(FirstShift(Shift("Years after the war, the border reopened.")), nullptr);
  EXPECT_EQ(FirstShift(Shift("Hours after the attack, troops arrived.")), nullptr);
}

TEST(DateShifter, NoCountNoDurationNoDeicticNoShift) {
  // A duration, not a distance between two events.
  EXPECT_EQ(FirstShift(Shift("The troops stayed for two weeks after the ceasefire, officials said.")), nullptr);
  // The time finder's business: a day named from today.
  EXPECT_EQ(FirstShift(Shift("The vote is set for the day after tomorrow.")), nullptr);
  // An opening phrase with no comma runs into the main clause: no shift.
  EXPECT_EQ(FirstShift(Shift("A week after the vote the parties met again")), nullptr);
  // "a week later" governs nothing.
  EXPECT_EQ(FirstShift(Shift("A week later, the parties met again.")), nullptr);
}

TEST(DateShifter, LaterCountsFromThePreviousSentencesDate) {
  // Monday before Oct 2, 2025 is Sept 29; two days later, Oct 1. (The test
  // tokenizer makes one sentence of each line.)
  Doc doc = Shift("The envoy was expelled on Monday.\nTwo days later, the aid was suspended.");
  const TimeExpr* te = FirstShift(doc);
  ASSERT_NE(te, nullptr);
  EXPECT_EQ(te->sentence, 1u);
  EXPECT_EQ(te->value, Date::Day(2025, 10, 1));
  EXPECT_EQ(doc.text(te->span), "Two days later");
  EXPECT_EQ(te->scope.begin, doc.sentences[1].tokens.begin);
  EXPECT_EQ(te->scope.end, doc.sentences[1].tokens.end);
  Doc earlier = Shift("The envoy was expelled on Monday.\nA week earlier, the aid had been suspended.");
  ASSERT_NE(te = FirstShift(earlier), nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 9, 22));
  Doc es = Shift("El embajador fue expulsado el lunes.\nDos d\xC3\xAD" "as despu\xC3\xA9s, la ayuda fue suspendida.");
  ASSERT_NE(te = FirstShift(es), nullptr);
  EXPECT_EQ(te->value, Date::Day(2025, 10, 1));
}

TEST(DateShifter, LaterNeedsTheStorysOwnDate) {
  // The previous sentence has only the publication date: nothing to count from.
  EXPECT_EQ(FirstShift(Shift("The envoy was expelled.\nTwo days later, the aid was suspended.")), nullptr);
  // A "later" that lands after publication counted from the wrong day.
  EXPECT_EQ(FirstShift(Shift("The envoy was expelled on Tuesday.\nA week later, the aid was suspended.")), nullptr);
  // Comparisons and times of their own.
  EXPECT_EQ(FirstShift(Shift("Exports fell on Monday.\nSales rose from a year earlier.")), nullptr);
  EXPECT_EQ(FirstShift(Shift("The envoy was expelled on Monday.\nThe vote came a week later than planned.")),
            nullptr);
}

TEST(DateShifter, NeedsADayToCountDaysFrom) {
  // A month-only publication date gives no day to count days from.
  EXPECT_EQ(FirstShift(Shift("Talks resumed, a week after the rebels freed the hostages.", Date::Month(2025, 10))),
            nullptr);
}

TEST(DateShifter, EveryUnitWordIsATimeTrigger) {
  // The skip of sentences without a time cue rests on this: a sentence
  // with no trigger word has no unit word, so no shift.
  const std::vector<std::string_view> triggers = TimeTriggerWords();
  for (std::string_view u : DateShifter::UnitWords())
    EXPECT_NE(std::find(triggers.begin(), triggers.end(), u), triggers.end()) << u;
  EXPECT_FALSE(DateShifter::UnitWords().empty());
  EXPECT_TRUE(DateShifter().skips_sentences_without_time_cue());
}

TEST(DateShifter, SkipsSentencesTheSegmenterFoundNoTimeCueIn) {
  // The same words twice: read when the sentence may have a time word,
  // not read when the segmenter said it has none (only the segmenter sets
  // may_have_time false; here it is set by hand to show the skip).
  for (bool cue : {true, false}) {
    Doc doc;
    testing::SimpleTokenize("The envoys left three weeks after the truce collapsed.", &doc);
    doc.article.published = Date::Day(2025, 10, 2);
    doc.sentences[0].may_have_time = cue;
    DateShifter().Run(doc);
    EXPECT_EQ(FirstShift(doc) != nullptr, cue);
  }
}

}  // namespace
}  // namespace dyad
