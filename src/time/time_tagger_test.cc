#include "time/time_tagger.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "testing/simple_tokens.h"
#include "time/timex.h"

namespace dyad {
namespace {

Doc Tag(std::string_view text, Date published = Date::Day(2025, 9, 27)) {
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  doc.article.published = published;
  TimeTagger().Run(doc);
  return doc;
}

TEST(TimeTagger, Name) { EXPECT_EQ(TimeTagger().name(), "time"); }

TEST(TimeTagger, OwnExpressionDatesTheSentence) {
  Doc doc = Tag("The envoys met on Friday, Sept. 26, in Quito.\nIn mid-September, the court froze the accounts.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(doc.sentences[0].time, 0u);
  EXPECT_EQ(doc.sentences[1].date, Date::Month(2025, 9));
  EXPECT_EQ(doc.sentences[1].time, 1u);
  EXPECT_EQ(doc.times[1].sentence, 1u);
  EXPECT_EQ(doc.times[1].rule, "mid");
  EXPECT_EQ(doc.text(doc.times[1].span), "mid-September");
  // The test tokenizer keeps "mid-September" as one token.
  EXPECT_EQ(doc.text(doc.times[1].tokens), "mid-September");
  EXPECT_EQ(doc.text(doc.times[0].tokens), "Friday, Sept. 26");
}

// Sentence::may_have_time = false (the segmenter's proof that the finder
// finds nothing) skips the finder; the default, true, runs it, so a
// tokenizer that never sets the field loses nothing. Here the field is
// set by hand on a sentence that does have an expression, to show it is
// honoured.
TEST(TimeTagger, SkipsOnlySentencesMarkedWithoutTime) {
  Doc doc;
  testing::SimpleTokenize("Rebels ambushed a convoy on Monday.\nThe army replied on Tuesday.", &doc);
  doc.article.published = Date::Day(2025, 9, 27);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(doc.sentences[0].may_have_time);
  doc.sentences[1].may_have_time = false;
  TimeTagger().Run(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].sentence, 0u);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 22));
}

// Sets kTimeCue on every token spelled `w`, where the segmenter would put
// it (the test tokenizer sets no cue).
void MarkCue(Doc& doc, std::string_view w) {
  for (Token& t : doc.tokens)
    if (doc.text(t.span) == w) t.flags |= kTimeCue;
}

// FinderStart: the finder reads a sentence from nine word tokens
// (timex.h's reach) before its first kTimeCue token, trusting the
// segmenter that no token before that one holds a digit or a trigger word.
// The test tokenizer sets no cue, so the flags are set here by hand where
// the segmenter would put them.
TEST(TimeTagger, FinderStartsNineWordsBeforeTheFirstCue) {
  const std::string text =
      "Negotiators from the two rival camps met quietly, far from the press, and they agreed on Friday to resume "
      "talks.";
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  doc.article.published = Date::Day(2025, 9, 27);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Sentence& s = doc.sentences[0];
  // No cue anywhere (another tokenizer): the whole sentence.
  EXPECT_EQ(FinderStart(doc, s), s.span.begin);
  MarkCue(doc, "Friday");
  // Back from "Friday", punctuation uncounted: on agreed they and press the
  // from far quietly: nine words.
  EXPECT_EQ(FinderStart(doc, s), text.find("quietly"));
  TimeTagger().Run(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.text(doc.times[0].span), "Friday");
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));

  // Fewer than nine words before the cue: the sentence's start.
  Doc near;
  testing::SimpleTokenize("The two camps agreed on Friday to resume talks.", &near);
  MarkCue(near, "Friday");
  EXPECT_EQ(FinderStart(near, near.sentences[0]), near.sentences[0].span.begin);

  // The words before the start are not read: with the cue (wrongly) only
  // on "talks", the "Friday" nine words before is not found. The segmenter
  // never leaves a trigger word without the cue, so this only shows
  // that the tagger takes its word for it.
  Doc wrong;
  testing::SimpleTokenize("On Friday the two rival camps met quietly, far from the press, and then agreed to resume talks.",
                          &wrong);
  wrong.article.published = Date::Day(2025, 9, 27);
  MarkCue(wrong, "talks");
  TimeTagger().Run(wrong);
  EXPECT_TRUE(wrong.times.empty());
}

// FinderEnd: the finder reads a sentence up to the start of the eighth
// word token after its last kTimeCue token (timex.h: kTimexReadAheadWords),
// the token right after the cue uncounted, trusting the segmenter that no
// token after the cue holds a digit or a trigger word. The test tokenizer
// sets no cue, so the flags are set by hand.
TEST(TimeTagger, FinderEndsSevenWordsAfterTheLastCue) {
  static_assert(kTimexReadAheadWords == 7, "the expected ends below count seven words");
  const std::string text =
      "On Friday the two rival camps met quietly, far from the press, and they agreed to resume talks.";
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  doc.article.published = Date::Day(2025, 9, 27);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const Sentence& s = doc.sentences[0];
  // No cue anywhere (another tokenizer): the sentence's end.
  EXPECT_EQ(FinderEnd(doc, s), s.span.end);
  MarkCue(doc, "Friday");
  // After "Friday" and the token after it ("the"), punctuation uncounted:
  // two rival camps met quietly far from: seven words, and the text ends
  // where the next one starts.
  EXPECT_EQ(FinderEnd(doc, s), text.find("the press"));
  // The last cue counts, not the first: after "quietly" and ",": far from
  // the press and they agreed.
  MarkCue(doc, "quietly");
  EXPECT_EQ(FinderEnd(doc, s), text.find(" to ") + 1);
  TimeTagger().Run(doc);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.text(doc.times[0].span), "Friday");
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));

  // Seven words or fewer after the cue: the sentence's end.
  Doc near;
  testing::SimpleTokenize("The two camps agreed on Friday to resume the talks soon.", &near);
  MarkCue(near, "Friday");
  EXPECT_EQ(FinderEnd(near, near.sentences[0]), near.sentences[0].span.end);
  // Exactly eight tokens after the uncounted "to", all words and no final
  // stop: the eighth, "soon", is where the text ends (the walk's early
  // exit for too few tokens must not take this sentence).
  const std::string exact = "The camps agreed on Friday to resume the long stalled talks in Quito soon";
  Doc eight;
  testing::SimpleTokenize(exact, &eight);
  MarkCue(eight, "Friday");
  EXPECT_EQ(FinderEnd(eight, eight.sentences[0]), exact.find("soon"));

  // The words past the end are not read: with the cue (wrongly) only on
  // "On", the "Friday" at the end is not found. The segmenter never leaves
  // a trigger word without the cue, so this only shows that the tagger
  // takes its word for it.
  Doc wrong;
  testing::SimpleTokenize("On the morning after the two rival camps met quietly they agreed on Friday to talk.", &wrong);
  wrong.article.published = Date::Day(2025, 9, 27);
  MarkCue(wrong, "On");
  TimeTagger().Run(wrong);
  EXPECT_TRUE(wrong.times.empty());
}

// A point after the publication day names a plan: it is kept among the
// times (its clause may use it) but does not date the sentence. The bound
// is the publication's day itself (Run works it out once an article).
TEST(TimeTagger, APointAfterPublicationDoesNotDateTheSentence) {
  Doc same = Tag("The ceasefire took effect on September 27, 2025.");
  ASSERT_EQ(same.times.size(), 1u);
  EXPECT_EQ(same.sentences[0].time, 0u);
  EXPECT_EQ(same.sentences[0].date, Date::Day(2025, 9, 27));
  Doc next = Tag("The ceasefire takes effect on September 28, 2025.");
  ASSERT_EQ(next.times.size(), 1u);
  EXPECT_EQ(next.times[0].value, Date::Day(2025, 9, 28));
  EXPECT_EQ(next.sentences[0].time, kNone32);
  EXPECT_EQ(next.sentences[0].date, Date::Day(2025, 9, 27));  // the publication date
  // A later point after a plan still dates the sentence, by its own index.
  Doc both = Tag("Elections are due in May 2026, the council said on Friday.");
  ASSERT_EQ(both.times.size(), 2u);
  EXPECT_EQ(both.sentences[0].time, 1u);
  EXPECT_EQ(both.sentences[0].date, Date::Day(2025, 9, 26));
}

// The segmenter notes each sentence's first and last kTimeCue token
// (Sentence::first_cue, last_cue) and the tagger takes its window from
// them without walking the tokens: set by hand with no flag anywhere, they
// give the window the flags on that token give. Out of the sentence
// (another producer's value), the tagger walks the flags as before.
TEST(TimeTagger, FinderWindowFromTheSegmentersCueTokens) {
  const std::string text =
      "On Friday the two rival camps met quietly, far from the press, and they agreed on Monday to resume talks.";
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  Sentence& s = doc.sentences[0];
  auto index_of = [&](std::string_view w) {
    for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t)
      if (doc.text(doc.tokens[t].span) == w) return t;
    return kNone32;
  };
  const uint32_t friday = index_of("Friday"), monday = index_of("Monday");
  ASSERT_NE(friday, kNone32);
  ASSERT_NE(monday, kNone32);
  // Both ends from "Friday": the sentence's start (fewer than nine words
  // before it), and seven words after the uncounted "the".
  s.first_cue = s.last_cue = friday;
  EXPECT_EQ(FinderStart(doc, s), s.span.begin);
  EXPECT_EQ(FinderEnd(doc, s), text.find("the press"));
  // First at "Friday", last at "Monday": the end is the sentence's (only
  // "to resume talks ." after it).
  s.last_cue = monday;
  EXPECT_EQ(FinderEnd(doc, s), s.span.end);
  // First at "Monday": nine words back, punctuation uncounted (on agreed
  // they and press the from far quietly), start at "quietly".
  s.first_cue = monday;
  EXPECT_EQ(FinderStart(doc, s), text.find("quietly"));
  // The same answers from the flags alone, the fields unset.
  s.first_cue = s.last_cue = kNone32;
  MarkCue(doc, "Monday");
  EXPECT_EQ(FinderStart(doc, s), text.find("quietly"));
  EXPECT_EQ(FinderEnd(doc, s), s.span.end);
  // A value outside the sentence is not trusted: the flags decide.
  s.first_cue = s.last_cue = s.tokens.end + 5;
  EXPECT_EQ(FinderStart(doc, s), text.find("quietly"));
  EXPECT_EQ(FinderEnd(doc, s), s.span.end);
}

TEST(TimeTagger, PrefersADayPreciseExpression) {
  Doc doc = Tag("Earlier this year the talks stalled, and on Friday they collapsed.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(doc.sentences[0].time, 1u);
  Doc doc2 = Tag("Earlier this year the talks stalled, and last month they collapsed.");
  EXPECT_EQ(doc2.sentences[0].date, Date::Year(2025));
  EXPECT_EQ(doc2.sentences[0].time, 0u);
}

TEST(TimeTagger, NarrativeContinuityWithinAParagraph) {
  Doc doc = Tag(
      "Rebels ambushed a convoy on Monday.\n"
      "Two soldiers died in the attack.\n"
      "The army later sent reinforcements.\n"
      "The region is tense.\n"
      "Villagers fled.");
  ASSERT_EQ(doc.sentences.size(), 5u);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 22));
  // Inherited: the date passes on, Sentence::time stays kNone32.
  EXPECT_EQ(doc.sentences[1].date, Date::Day(2025, 9, 22));
  EXPECT_EQ(doc.sentences[1].time, kNone32);
  EXPECT_EQ(doc.sentences[2].date, Date::Day(2025, 9, 22));
  // Present tense breaks the chain, and it stays broken.
  EXPECT_EQ(doc.sentences[3].date, Date::Day(2025, 9, 27));
  EXPECT_EQ(doc.sentences[4].date, Date::Day(2025, 9, 27));
}

TEST(TimeTagger, NoContinuityAcrossParagraphsOrFromCoarseDates) {
  Doc doc;
  testing::SimpleTokenize("Rebels ambushed a convoy on Monday.\nTwo soldiers died.", &doc);
  doc.sentences[1].paragraph = 1;
  doc.article.published = Date::Day(2025, 9, 27);
  TimeTagger().Run(doc);
  EXPECT_EQ(doc.sentences[1].date, Date::Day(2025, 9, 27));

  Doc coarse = Tag("In mid-September, the court froze the accounts.\nThe bank appealed.");
  EXPECT_EQ(coarse.sentences[1].date, Date::Day(2025, 9, 27));
  EXPECT_EQ(coarse.sentences[1].time, kNone32);
}

TEST(TimeTagger, QuotationsAreNotNarrative) {
  Doc doc = Tag("The minister resigned on Friday.\n\"We did everything we could,\" an aide said.");
  EXPECT_EQ(doc.sentences[1].date, Date::Day(2025, 9, 27));
  // A quotation's own "today" is the publication day, not an inherited one.
  Doc q = Tag("The minister resigned on Friday.\n\"Today we mourn,\" an aide said.");
  EXPECT_EQ(q.sentences[1].date, Date::Day(2025, 9, 27));
}

TEST(TimeTagger, DurationsAndSetsDoNotDate) {
  Doc doc = Tag("The siege lasted three weeks.\nPatrols run every Friday.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].kind, TimeKind::kDuration);
  EXPECT_EQ(doc.times[1].kind, TimeKind::kSet);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 27));
  EXPECT_EQ(doc.sentences[0].time, kNone32);
  EXPECT_EQ(doc.sentences[1].time, kNone32);
}

TEST(TimeTagger, UnknownPublicationDate) {
  Doc doc = Tag("The envoys met on Friday.\nThe accord was signed on September 26, 2025.", Date{});
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_FALSE(doc.sentences[0].date.valid());
  EXPECT_EQ(doc.sentences[1].date, Date::Day(2025, 9, 26));
  // A month-precision publication date gives no day to count from either.
  Doc month = Tag("The envoys met yesterday.", Date::Month(2025, 9));
  EXPECT_TRUE(month.times.empty());
  EXPECT_EQ(month.sentences[0].date, Date::Month(2025, 9));
}

TEST(TimeTagger, ArticleLikeParagraph) {
  // Our own sentences in the style of the user's seed articles.
  Doc doc = Tag(
      "The ruling on Friday, Sept. 26, strained ties between the allies.\n"
      "Earlier today, the embassy said it would suspend visas.\n"
      "Earlier this year, a dispute over flights ended after threats of tariffs.\n"
      "Friday's decision followed a speech last week.\n"
      "The alliance, formed in 2022, has weathered worse.");
  EXPECT_EQ(doc.sentences[0].date.str(), "2025-09-26");
  EXPECT_EQ(doc.sentences[1].date.str(), "2025-09-27");
  EXPECT_EQ(doc.sentences[2].date.str(), "2025");
  EXPECT_EQ(doc.sentences[3].date.str(), "2025-09-26");
  EXPECT_EQ(doc.sentences[4].date.str(), "2022");
  Doc oct = Tag("The council met on Oct. 3 to review the mission.", Date::Day(2025, 10, 5));
  EXPECT_EQ(oct.sentences[0].date.str(), "2025-10-03");
}

// Each expression maps to the tokens it overlaps, the later ones in a
// sentence too (Run scans for them from the one before).
TEST(TimeTagger, SeveralExpressionsMapToTheirTokens) {
  Doc doc = Tag("Talks that began on Monday, Sept. 22, stalled last week and resumed on Friday night in mid-September.");
  ASSERT_EQ(doc.times.size(), 4u);
  EXPECT_EQ(doc.text(doc.times[0].tokens), "Monday, Sept. 22");
  EXPECT_EQ(doc.text(doc.times[1].tokens), "last week");
  EXPECT_EQ(doc.text(doc.times[2].tokens), "Friday night");
  EXPECT_EQ(doc.text(doc.times[3].tokens), "mid-September");
  for (const TimeExpr& e : doc.times) EXPECT_EQ(doc.text(e.tokens), doc.text(e.span));
}

TEST(TimeTagger, ClearsPreviousTimes) {
  Doc doc = Tag("They met on Friday.");
  TimeTagger().Run(doc);
  EXPECT_EQ(doc.times.size(), 1u);
}

// Marks the tokens between paired '"' tokens as the quote finder would:
// kOpenQuote on the opening one, kCloseQuote on the closing one.
void MarkQuotes(Doc& doc) {
  bool open = false;
  for (Token& t : doc.tokens) {
    if (doc.text(t.span) != "\"") continue;
    t.flags |= open ? kCloseQuote : kOpenQuote;
    open = !open;
  }
}

// The lead names the story's day (the day before publication): a deictic
// word inside a quotation counts from it, and a quoted sentence with no
// date of its own takes it (Sentence::time = the lead's expression). The
// same text without quotation marks counts from the publication day.
// (Covers QuoteMask, which only runs when the story date is not the
// publication date.)
TEST(TimeTagger, QuotationsCountFromTheStoryDate) {
  const std::string_view text =
      "The clashes began on Friday, Sept. 26, near the border.\n"
      "\"Earlier today we lost two men,\" the commander said.\n"
      "\"We will hold the bridge.\"";
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  doc.article.published = Date::Day(2025, 9, 27);
  MarkQuotes(doc);
  TimeTagger().Run(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.sentences[0].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(doc.times[1].sentence, 1u);
  EXPECT_EQ(doc.times[1].value, Date::Day(2025, 9, 26));
  EXPECT_NE(doc.times[1].rule.find("in a quotation"), std::string::npos) << doc.times[1].rule;
  EXPECT_EQ(doc.sentences[2].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(doc.sentences[2].time, 0u);

  Doc plain;
  testing::SimpleTokenize(text, &plain);
  plain.article.published = Date::Day(2025, 9, 27);
  TimeTagger().Run(plain);
  ASSERT_EQ(plain.times.size(), 2u);
  EXPECT_EQ(plain.times[1].value, Date::Day(2025, 9, 27));
  EXPECT_EQ(plain.times[1].rule.find("in a quotation"), std::string::npos);
  EXPECT_EQ(plain.sentences[2].time, kNone32);
}

}  // namespace
}  // namespace dyad
