// Reading other people's gold-standard suites and scoring our events
// against them (`dyad eval`).
//
// Suites come in several shapes (see the READMEs in ../shared/suites/):
// CAMEO triples per sentence (PETRARCH/TABARI/UD-PETRARCH validation files),
// PLOVER-coded CAMEO-manual examples, and multi-coder CAMEO root labels
// (ConfliBERT training rounds). All are read into SuiteRecord; a suite's
// kind decides how a predicted event is compared with the gold.
#ifndef DYAD_EVAL_SUITE_H_
#define DYAD_EVAL_SUITE_H_

#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "model/article.h"

namespace dyad {

enum class SuiteKind {
  kCameo,       // expected [{source, target, code}]
  kPlover,      // PLOVER event type + source/target country codes
  kRootLabels,  // CAMEO roots from one or more coders, no actors
  kEvents,      // events[] with a CAMEO code, a root or a root set ("18/19/20"),
                // actor codes when coded (null otherwise); UniversalPetrarch's
                // Spanish sets, whose subsets carry different detail
};

struct GoldEvent {
  std::string source, target;  // actor codes ("USAGOV"), may be empty or "---"
  std::string code;            // CAMEO code, or PLOVER type for kPlover, or root for kRootLabels
  std::vector<std::string> sources, targets;  // kPlover: all acceptable country codes
  // kEvents: every acceptable root ("18/19/20" gives three; one otherwise),
  // and whether `code` is a full CAMEO code (not only a root) and the
  // actors were coded, so code level and dyads are scored only where the
  // gold has them.
  std::vector<std::string> roots;
  bool full_code = false, actors_coded = false;
};

struct SuiteRecord {
  std::string id;
  std::string text;
  std::string date;            // ISO; empty when unknown (or a documented placeholder, dropped)
  std::string lang;            // "es" etc. when the suite says; empty: the article default
  std::string subset;          // kEvents: meta.subset, scored separately as well
  std::vector<GoldEvent> expected;
  bool expect_none = false;    // the record expects no event
  bool scored = true;          // false: present in the file but excluded by the suite's own flags
  std::map<std::string, std::string> config;  // per-record options (require_dyad, ...)
};

struct Suite {
  std::string name;            // file name without directory
  SuiteKind kind = SuiteKind::kCameo;
  std::vector<SuiteRecord> records;
  std::string note;            // how records were selected
};

// TABARI's "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER" (as
// the TABARI suite's records carry it in config["tabari_default"]); "OFF"
// and anything without [codes] give empty codes.
Article::CodingDefaults ParseTabariDefault(std::string_view option);

// TABARI's limits on the sentences it codes, from its option lines:
// "SET: MINIMUM WORDS = 8" and "COMPLEX: VERBS[5] CONJ[4] ...". An empty
// line leaves the limit as it is in `base` (TABARI's own default minimum
// is 8 words; without a COMPLEX line it checks no complexity).
Article::TabariLimits ParseTabariLimits(std::string_view min_words_line, std::string_view complex_line,
                                        Article::TabariLimits base);
// TABARI's "COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0"
// (or "COMMA: OFF") on top of `base`; an empty line leaves `base`.
Article::TabariLimits ParseTabariComma(std::string_view comma_line, Article::TabariLimits base);
// The lines of a TABARI .options file by the option they set, as the
// suite's records name them in `options_in_effect` ("SET: MINIMUM WORDS",
// "COMPLEX:"); lines commented out with // are not read. Empty if the
// file cannot be read.
std::map<std::string, std::string> ReadTabariOptions(const std::string& path);

// Reads a suite file, detecting its kind from its fields. Returns nullopt
// and sets `error` ("file:line: reason") on failure.
std::optional<Suite> ReadSuite(const std::string& path, std::string* error);

struct PredictedEvent {
  std::string source, target, code;
};

// Maps CAMEO codes to PLOVER event types (longest prefix), for kPlover suites.
using PloverMap = std::function<std::string(const std::string& cameo_code)>;

// The PLOVER 0.5 type of a CAMEO code, given the type the 2021 crosswalk
// (PLOVER 0.8) gives it. 0.8 merged four 0.5 types (INVESTIGATE and
// DISAPPROVE into ACCUSE, DEMAND became REQUEST, FIGHT into ASSAULT) and moved
// a few codes; a suite coded in 0.5 is scored in its own vocabulary.
std::string PloverType05(const std::string& cameo_code, const std::string& type08);

// Whether a predicted actor code and a PLOVER gold actor code name the same
// country. PLOVER codes states by today's ISO-3166 codes, CAMEO by the state
// of the event's date: a predecessor state (Serbia and Montenegro, SCG)
// matches each state that succeeded it.
bool SamePloverCountry(const std::string& predicted, const std::string& gold);

struct RootRow {
  int gold = 0, predicted = 0, matched = 0;
};

struct Scores {
  std::string suite;
  SuiteKind kind = SuiteKind::kCameo;
  int records = 0, scored_records = 0;
  int gold_events = 0, predicted_events = 0;
  int root_tp = 0, code_tp = 0, dyad_ok = 0;  // dyad_ok: root matches whose source and target countries agree
  int exact_records = 0;                       // predicted set == gold set (code and full actor codes)
  int none_records = 0, none_false_positive = 0;
  std::map<std::string, RootRow> per_root;     // by gold/predicted root (or PLOVER type)
  // kEvents only: code level over the records whose gold events all have
  // full codes, dyads over root matches whose gold has actor codes.
  int code_gold_events = 0, code_predicted_events = 0, dyad_checked = 0;

  double root_precision() const { return predicted_events ? double(root_tp) / predicted_events : 0; }
  double root_recall() const { return gold_events ? double(root_tp) / gold_events : 0; }
  double root_f1() const;
  double code_precision() const;
  double code_recall() const;
  double code_f1() const;
  double dyad_accuracy() const;
  // Events produced per gold event: how much a coder over-generates.
  double predicted_per_gold() const { return gold_events ? double(predicted_events) / gold_events : 0; }
  double exact_rate() const { return scored_records ? double(exact_records) / scored_records : 0; }
  double false_positive_rate() const { return none_records ? double(none_false_positive) / none_records : 0; }
  // Share of gold events found with the right type/root and dyad (PLOVER suite target).
  double type_and_dyad_recall() const { return gold_events ? double(dyad_ok) / gold_events : 0; }
};

// Scores one record's predictions into `s`.
void ScoreRecord(const Suite& suite, const SuiteRecord& r, const std::vector<PredictedEvent>& predicted,
                 const PloverMap& plover, Scores* s);

std::string FormatScores(const Scores& s);  // human-readable table
std::string ScoresJson(const Scores& s);    // one JSON object

}  // namespace dyad

#endif  // DYAD_EVAL_SUITE_H_
