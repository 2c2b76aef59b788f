// Scoring FindTimexes against gold TIMEX3 suites (`dyad eval
// timex_tbaq.jsonl`): TimeBank+AQUAINT, TempEval-3 platinum and MEANTIME,
// as converted in ../shared/suites (one JSON object per document: `text`,
// `dct`, `timexes[]` with character offsets, `type`, `value`).
//
// Scores follow TempEval-3: span match strict (same begin and end) and
// relaxed (any overlap), then TIMEX3 type and value on relaxed matches. The
// value figure reported as "value accuracy" is over matched DATE timexes,
// the ones that date events. Each document line is fed to FindTimexes with
// the DCT as anchor; nothing else is tokenised.
#ifndef DYAD_TIME_TIMEX_EVAL_H_
#define DYAD_TIME_TIMEX_EVAL_H_

#include <string>

namespace dyad {

struct TimexScores {
  std::string suite;       // file name without directory
  int docs = 0;
  int gold = 0;            // gold TIMEX3
  int found = 0;           // expressions we reported
  int strict = 0;          // gold with a reported expression of the same span
  int relaxed = 0;         // gold overlapped by a reported expression
  int found_relaxed = 0;   // reported expressions overlapping some gold
  int type_correct = 0;    // relaxed matches with the gold TIMEX3 type
  int date_gold = 0;       // gold of type DATE
  int date_matched = 0;    // ... with a relaxed match
  int date_value = 0;      // ... whose value we got exactly

  double strict_precision() const { return found ? double(strict) / found : 0; }
  double strict_recall() const { return gold ? double(strict) / gold : 0; }
  double relaxed_precision() const { return found ? double(found_relaxed) / found : 0; }
  double relaxed_recall() const { return gold ? double(relaxed) / gold : 0; }
  // Exact TIMEX3 value over matched DATE timexes.
  double value_accuracy() const { return date_matched ? double(date_value) / date_matched : 0; }
};

// True for a path whose file name starts with "timex_", a JSON Lines file
// whose first line has "dct" and "timexes", or such a line itself.
bool IsTimexSuite(const std::string& path_or_first_line);

// Reads and scores one suite. False (with *error set) if the file cannot be
// read or a line is not a suite document.
bool EvaluateTimexSuite(const std::string& path, TimexScores* out, std::string* error);

// Multi-line report for people; one JSON object for scripts.
std::string FormatTimexScores(const TimexScores& s);
std::string TimexScoresJson(const TimexScores& s);

}  // namespace dyad

#endif  // DYAD_TIME_TIMEX_EVAL_H_
