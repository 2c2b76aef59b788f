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
//  3. the publication date (Sentence::time = kNone32), or the dateline's
//     day when it is one or two days off it (ArticleDay).
// Every expression is resolved against the publication date, never against
// an inherited date, so a quotation's "today" is the article's day. A date
// that did not write its year or week is read again by its clause's tense,
// from the tokens' tags, forms and lemmas ("will meet ... on April 24" is the
// next April 24; docs/time.md, "The clause's tense").
#ifndef DYAD_TIME_TIME_TAGGER_H_
#define DYAD_TIME_TIME_TAGGER_H_

#include <cstdint>
#include <string_view>

#include "model/doc.h"
#include "pipeline/component.h"

namespace dyad {

// The byte of sentence s from which the time finder is run: the start of
// the kTimexLeadWords + kTimexLookBackWords'th word token before its first
// kTimeCue token (timex.h), or the sentence's start (fewer words before it,
// or no cue: tokens not from the segmenter). FindTimexes gives the same
// matches from there as from the sentence's start, without splitting the
// words before it.
uint32_t FinderStart(const Doc& doc, const Sentence& s);

// The byte of sentence s at which the finder may stop: the start of the
// (kTimexReadAheadWords + 1)th word token after its last kTimeCue token,
// not counting the token right after that one (timex.h), or the sentence's
// end (fewer words after it, or no cue: tokens not from the segmenter).
// FindTimexes gives the same matches up to there as up to the sentence's
// end, without splitting the words after it.
uint32_t FinderEnd(const Doc& doc, const Sentence& s);

// The day the article is written on: its publication date, or the day its
// wire dateline names ("OSLO, Sept 28 (Reuters) -") when that lies one or
// two days off the publication stamp (another time zone's day). Relative
// expressions count from it, undated sentences take it, and a date after
// it names a plan.
Date ArticleDay(const Doc& doc);

class TimeTagger : public Component {
 public:
  std::string_view name() const override { return "time"; }
  // Reads doc.sentences (and doc.tokens, doc.paragraphs when present);
  // rewrites doc.times and every Sentence::date / Sentence::time.
  void Run(Doc& doc) const override;
};

}  // namespace dyad

#endif  // DYAD_TIME_TIME_TAGGER_H_
