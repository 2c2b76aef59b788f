// Finding and resolving time expressions ("on Friday", "Sept. 26",
// "mid-September", "earlier this year", "hace tres días") in one sentence.
//
// The finder works on the sentence's bytes, not on Doc::tokens: it splits the
// text into words itself (a few hundred nanoseconds per sentence), so it does
// not depend on how the segmenter tokenises "mid-September", "Sept." or
// "9/26/2025", and the suite evaluator can run it on raw text. Each word is
// looked up once in a small hash table of trigger words; a sentence with no
// trigger word and no number is rejected after that single pass.
//
// Resolution is against an anchor, the publication date, and prefers the
// past, as news reports what happened: "Sept. 26" is the latest Sept. 26 not
// after the anchor, "in December" the latest December, "Friday" the latest
// Friday on or before the anchor (an article dated Friday that says "on
// Friday" means that day; dated Saturday, the day before). A future cue
// ("will", "shall", "upcoming", "scheduled", "próximo") in the few words
// before a bare weekday, month or month-day flips it to the next occurrence;
// the time stage then reads such a date again by its clause's tense
// (TimexMatch::reading, time_tagger.h).
// See docs/time.md for every rule and the choices behind them.
#ifndef DYAD_TIME_TIMEX_H_
#define DYAD_TIME_TIMEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/doc.h"

namespace dyad {

// See TimexMatch::reading.
enum class YearReading : uint8_t {
  kFixed,        // the text fixes it
  kBack,         // no cue: the latest such day, month or weekday (news reports the past)
  kAheadByVerb,  // forward by a future verb form before it ("will", "shall", "viajará")
  kAheadByPlan,  // forward by a word of plan or deadline ("scheduled", "by", "próximo")
  // forward with no cue because the past reading lies too far back: a
  // bare day at most kNearAheadDays after the anchor ("Nov. 13" written on
  // Nov. 2), the month after the anchor's ("in November" written in
  // October); read back again in a past clause, as kAheadByVerb.
  kAheadByNearness,
};

// See YearReading::kAheadByNearness: about three months, so that the past
// reading it replaces lies at least nine months back.
inline constexpr int kNearAheadDays = 92;

// The unit of a distance counted from the reference time (TimexMatch::ref_unit).
enum class RefUnit : uint8_t { kNone, kDay, kMonth, kYear };

struct TimexMatch {
  Span span;         // bytes, already shifted by base_offset
  Date value;        // invalid for durations, sets, decades and "now"-like references
  TimeKind kind = TimeKind::kDate;
  // Rule name, the evidence ("month_day", "weekday", "ago", ...): a string
  // literal of the finder's, so a match copies no string for it.
  std::string_view rule;
  // The TIMEX3 value a TimeML annotator would write ("2025-09-26",
  // "2025-W38", "1989-Q3", "P3Y", "PRESENT_REF", "XXXX-WXX-5"). Date has no
  // week, quarter or duration, so the suite evaluator compares this string;
  // the pipeline uses `value`.
  std::string timex3;
  // How the year (or week) of a date that did not write it was chosen, so
  // that the time stage, which sees the words' tags, can read it again by
  // its clause's tense (time_tagger.cc, ReadByTense). kFixed: written, or
  // chosen by a word of the expression ("last Friday", "June last year").
  YearReading reading = YearReading::kFixed;
  // An expression that counts from another time the text named, not from
  // the anchor: "a year earlier", "the day before", "that day", "the
  // following month", "el día anterior", "dos días después", a clock time
  // ("at 10 a.m.": of the day last named). ResolveReferences moves it to the
  // reference time (the last point expression of the same or the previous
  // sentence, as HeidelTime's reference time); until then `value` is the
  // fallback: a past distance counted from the anchor ("a year earlier" =
  // a year before the publication date, the finder's old reading), nothing
  // (an invalid value, kind kOther) for the others.
  RefUnit ref_unit = RefUnit::kNone;
  int16_t ref_shift = 0;  // in ref_unit: -1 "the day before", 0 "that day", 2 "two days later"
  // A clock time's hours and minutes (ref_unit kDay, ref_shift 0), -1 if none.
  int16_t clock = -1;
};

// The reference time ResolveReferences keeps from sentence to sentence:
// the last point expression found, and how many sentences ago.
struct TimexReference {
  Date value;
  std::string timex3;  // its TIMEX3 value ("1989-Q3" where value is 1989)
  int age = 0;         // sentences since it was found; used while <= 1
  // Call once before each new sentence (or suite line).
  void NextSentence() { ++age; }
};

// Re-resolves (*matches)[from..] (one sentence's, in text order) that count
// from the reference time (TimexMatch::ref_unit) against *ref when it is
// recent enough (this or the previous sentence), and makes each point
// expression with a value (kDate, kRelative, kWeekday) the new reference.
// A match whose reference has a coarser precision than its unit ("the
// next day" after "in March") keeps its fallback.
void ResolveReferences(std::vector<TimexMatch>* matches, size_t from, TimexReference* ref);

// Finds the time expressions in `sentence_text` (one sentence or one line),
// appending them to `out` in text order with spans offset by `base_offset`.
// `anchor` must have day precision for relative expressions ("yesterday",
// "Friday", "Sept. 26", "last year") to be reported; without it only
// expressions that carry their own year ("Sept. 26, 2025", "in 2022",
// "2025-09-26"), durations and sets are.
// `want_timex3` = false leaves TimexMatch::timex3 empty (the pipeline never
// reads it; formatting it was a tenth of the finder's time).
void FindTimexes(std::string_view sentence_text, uint32_t base_offset, const Date& anchor,
                 std::vector<TimexMatch>* out, bool want_timex3 = true);

// FindTimexes on doc.text(text), with the same matches, reading the words
// the segmenter vouched for (Token::finder) from doc.tokens[tokens) instead
// of splitting their bytes again. `text` must start at the start of
// tokens.begin's span and end at the end of the last token's, or at the
// start of tokens.end's (the time tagger's FinderStart and FinderEnd cut
// there), and the tokens must be the segmenter's or have finder 0.
void FindTimexesInTokens(const Doc& doc, TokenRange tokens, Span text, const Date& anchor,
                         std::vector<TimexMatch>* out, bool want_timex3 = true);

// For tests: the finder's words in `text` from its bytes alone, and as
// FindTimexesInTokens reads them (the two must be equal).
struct TimexWord {
  uint32_t begin = 0, end = 0;  // offsets, shifted as the matches' spans
  std::string lower;
  int cat = 0;   // lexicon class, 0 for none
  int num = -1;  // value of a word of 1..9 digits
  bool operator==(const TimexWord&) const = default;
};
std::vector<TimexWord> TimexWordsForTest(std::string_view text, uint32_t base_offset);
std::vector<TimexWord> TimexWordsForTest(const Doc& doc, TokenRange tokens, Span text);

// The lexicon words (lower case) that make the finder go past its first
// pass: FindTimexes finds nothing in a sentence none of whose words (runs
// of letters and digits, ASCII-lower-cased) starts with a digit or is one
// of these. The segmenter marks tokens by them (kTimeCue) so the time
// tagger can skip such sentences without splitting them.
std::vector<std::string_view> TimeTriggerWords();

// Every word of the finder's lexicon (lower case; TimeTriggerWords() among
// them): a word of the finder's that is none of these is looked up for
// nothing, so the segmenter marks such word tokens (kFinderNoLex).
std::vector<std::string_view> TimeLexiconWords();

// How far the finder reads before the first word of a sentence that starts
// with a digit or is one of TimeTriggerWords(): an expression starts at
// most kTimexLeadWords words before that word (only a count or "the" starts
// one without being a trigger, and its trigger follows within three words:
// "a couple of weeks ago"), and a rule reads at most kTimexLookBackWords
// words before the word it starts at (the future cue, "will meet on
// Friday"). So the finder's answer for a sentence is the same for its text
// from kTimexLeadWords + kTimexLookBackWords words before that word on
// (timex_test.cc checks it); the time tagger starts there (time_tagger.h).
inline constexpr size_t kTimexLeadWords = 3;
inline constexpr size_t kTimexLookBackWords = 6;

// How far a rule reads after the word it starts at: it tests at most the
// words i + 1 .. i + kTimexReadAheadWords (a class, a number, the gap
// before one, whether it is there at all: a year at the end of the text is
// a year). The farthest chains, each counted in timex.cc at the rule: a
// weekday and a Spanish written date, "viernes 26 de septiembre de 2025"
// (5); a count, its unit and "ago", "a couple of weeks ago" (4); a Spanish
// part of a date read on after "de la", "a finales de la 26 de septiembre
// de 2025" (7, the most any rule reads). Every word a rule may start at
// lies before the end of the last word that starts with a digit or is one
// of TimeTriggerWords() (a count or "the" comes before its trigger word),
// so the finder's answer for a sentence is the same for its text up to the
// start of the (kTimexReadAheadWords + 1)th word after that word: every
// word a rule reads, and every gap between them, is still there
// (timex_test.cc checks it). The time tagger ends the text there
// (time_tagger.h).
inline constexpr size_t kTimexReadAheadWords = 7;

// TIMEX3 type for a kind: "DATE", "DURATION", "SET" (kOther is "DATE").
std::string_view TimexType(TimeKind kind);

}  // namespace dyad

#endif  // DYAD_TIME_TIMEX_H_
