// The time stage: finds time expressions in every sentence (timex.h) and
// gives each sentence the date its events take.
//
// A sentence's date is, in order:
//  1. its own point expression (kDate, kRelative, kWeekday with a valid
//     value; durations, sets and "now"-like references never date a
//     sentence): the first one at day precision, else the first one;
//  2. narrative continuity: the previous sentence's date, if that sentence
//     is in the same paragraph, got its date from its own expression at day
//     precision, and this sentence does not look like present tense or a
//     direct quotation ("On Friday, X met Y. They discussed Z." dates both);
//  3. the publication date (Sentence::time = kNone32).
// Every expression is resolved against the publication date, never against
// an inherited date, so a quotation's "today" is the article's day.
#ifndef DYAD_TIME_TIME_TAGGER_H_
#define DYAD_TIME_TIME_TAGGER_H_

#include <string_view>

#include "pipeline/component.h"

namespace dyad {

class TimeTagger : public Component {
 public:
  std::string_view name() const override { return "time"; }
  // Reads doc.sentences (and doc.tokens, doc.paragraphs when present);
  // rewrites doc.times and every Sentence::date / Sentence::time.
  void Run(Doc& doc) const override;
};

}  // namespace dyad

#endif  // DYAD_TIME_TIME_TAGGER_H_
