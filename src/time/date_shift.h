// Dates one event by another: "A week after the State Department revoked
// Petro's visa, neither side has moved" says the revocation happened a week
// before the sentence's own time, "X expelled the envoy on Friday, two days
// after Y recalled its own" puts the recall on Wednesday. The time finder
// (timex.h) sees no date in "a week after": it is a distance from another
// time, not a time, so it neither dates the sentence nor its main clause.
//
// This stage runs after the time tagger (it needs each sentence's final
// date as the anchor) and adds one TimeExpr of kind kShifted per phrase,
// valued at the anchor moved by the distance, with `scope` = the words the
// "after"/"before" governs (to the next comma, semicolon, colon or dash, or
// the sentence end). The coder dates an event by it when the event's verb
// or trigger noun lies in that scope and its clause names no date of its own
// (events/coder.h, EventDate).
//
// A distance with nothing after it ("Two days later, Washington suspended
// aid", "una semana después, ...", "a week earlier") counts from the
// previous sentence's date when that date is the story's own (not the
// publication date taken as a default), and its scope is the whole sentence.
//
// A counted distance ("a week", "two days", "the day", "tres semanas")
// gives a day. An uncounted one ("days after", "a few weeks before",
// "pocos días después") gives a range (2-9 days, 14-62 days, 60-335 days),
// and the event takes the month that covers it, or the year, or nothing
// when the range straddles a year: never a day the text did not give.
// "hours after" is the sentence's own day and "years after" too wide to
// date anything; "for two weeks after" is a duration. English and Spanish
// ("una semana después de que ...", "dos días antes de ...").
#ifndef DYAD_TIME_DATE_SHIFT_H_
#define DYAD_TIME_DATE_SHIFT_H_

#include <span>
#include <string_view>

#include "pipeline/component.h"

namespace dyad {

class DateShifter : public Component {
 public:
  DateShifter();
  std::string_view name() const override { return "time_shift"; }
  // Reads doc.tokens, doc.sentences (their dates) and the publication date;
  // appends kShifted entries to doc.times.
  void Run(Doc& doc) const override;

  // The unit words a shift needs right before its "after"/"before"/
  // "later"/"después"/... ("days", "semana"), lower case.
  static std::span<const std::string_view> UnitWords();
  // True when every unit word is a trigger word of the time finder
  // (TimeTriggerWords), so that a sentence the segmenter marked
  // may_have_time = false (no token is a trigger word) holds no unit word
  // and Run skips it without reading its tokens. Checked once here rather
  // than assumed, so a unit word added here or a trigger dropped there
  // turns the skip off instead of losing shifts.
  bool skips_sentences_without_time_cue() const { return skip_without_cue_; }

 private:
  bool skip_without_cue_ = false;
};

}  // namespace dyad

#endif  // DYAD_TIME_DATE_SHIFT_H_
