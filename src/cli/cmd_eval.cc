// dyad eval SUITE.jsonl [--json] [--min-root-f1 X] [--min-precision X] [--min-type-dyad X] [--max-fp X]
//                        [--max-per-gold X]
//
// Codes every record of a gold suite (../shared/suites/, formats in their
// READMEs) and scores the events against the gold ones: precision, recall and
// F1 at root and full-code level, dyad accuracy, false positives on records
// that expect nothing, a per-root table. Temporal-expression suites
// (timex_*.jsonl) are scored by the time stage's own evaluator instead.
// The --min/--max options turn a run into a regression check: CTest uses
// them so accuracy can only go up.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "cli/cli.h"
#include "engine/runner.h"
#include "codebook/codebook.h"
#include "eval/suite.h"
#include "model/ascii.h"
#include "time/timex_eval.h"

namespace dyad::cli {

namespace {

struct EvalFlags {
  EngineFlags engine;
  std::string suite;
  std::string plover;  // cameo2plover table; default: beside the suites
  std::string tabari_options;  // TABARI .options file whose limits hold where a record sets none
  bool json = false;
  bool details = false;
  bool skip_missing = false;
  double min_root_f1 = -1, min_code_f1 = -1, min_type_dyad = -1, max_fp = 2, min_exact = -1, max_per_gold = -1,
         min_precision = -1;
};

constexpr int kExitSkip = 77;  // CTest's SKIP_RETURN_CODE

int Check(bool ok, const char* what, double value, double bound, bool json) {
  if (ok) return kExitOk;
  (json ? std::cerr : std::cout) << fmt::format("FAIL: {} {:.4f} is past the floor {:.4f}\n", what, value, bound);
  return kExitSkipped;
}

int RunTimex(const EvalFlags& f) {
  TimexScores scores;
  std::string error;
  if (!EvaluateTimexSuite(f.suite, &scores, &error)) {
    std::cerr << "dyad eval: " << error << "\n";
    return kExitUsage;
  }
  std::cout << (f.json ? TimexScoresJson(scores) + "\n" : FormatTimexScores(scores));
  return kExitOk;
}

int RunEval(const EvalFlags& f) {
  namespace fs = std::filesystem;
  if (!fs::exists(f.suite)) {
    std::cerr << "dyad eval: no suite at " << f.suite << (f.skip_missing ? " (skipped)" : "") << "\n";
    return f.skip_missing ? kExitSkip : kExitUsage;
  }
  if (IsTimexSuite(f.suite)) return RunTimex(f);
  std::string error;
  auto suite = ReadSuite(f.suite, &error);
  if (!suite) {
    std::cerr << "dyad eval: " << error << "\n";
    return kExitUsage;
  }
  // The CAMEO-to-PLOVER crosswalk is read at run time from ../shared/reference.
  PloverTable plover_table;
  PloverMap plover;
  if (suite->kind == SuiteKind::kPlover) {
    std::string path = f.plover;
    if (path.empty()) path = (fs::path(f.suite).parent_path() / ".." / "reference" / "cameo2plover_2021.tsv").string();
    if (!PloverTable::Load(path, &plover_table, &error)) {
      std::cerr << "dyad eval: " << error << " (give --plover FILE, the cameo2plover table)\n";
      return f.skip_missing ? kExitSkip : kExitUsage;
    }
    // The crosswalk is PLOVER 0.8 (2021); a suite coded in PLOVER 0.5 uses
    // four types that 0.8 later merged (INVESTIGATE, DISAPPROVE, DEMAND,
    // FIGHT) and places a few codes elsewhere: see PloverType05. Such a
    // suite is scored in its own vocabulary.
    bool v05 = false;
    for (const SuiteRecord& r : suite->records)
      for (const GoldEvent& g : r.expected)
        v05 |= g.code == "DISAPPROVE" || g.code == "DEMAND" || g.code == "FIGHT" || g.code == "INVESTIGATE";
    plover = [&plover_table, v05](const std::string& code) {
      const PloverInfo* info = plover_table.Lookup(code);  // a code not listed takes its parent's type
      if (!info) return std::string();
      return v05 ? PloverType05(code, info->event) : info->event;
    };
  }
  auto engine = LoadEngine(f.engine);
  if (!engine) return kExitUsage;

  Scores scores;
  scores.suite = suite->name;
  scores.kind = suite->kind;
  // Subsets with different gold detail (the Spanish sets) are also scored
  // one by one: a total over a PLOVER subset and a CAMEO one hides both.
  std::map<std::string, Scores> by_subset;
  Doc doc;
  CodedArticle coded;
  std::vector<PredictedEvent> predicted;
  std::string forwarded;  // TABARI FORWARD: the subject carried to the next record
  // TABARI's sentence limits: its own defaults, then the project's
  // .options file, then each record's. The defaults: a minimum of 8 words
  // (MIN_LEX in TABARI.h), and comma-delimited clauses of 2 to 10 words
  // deleted inside or at the end of a sentence, never at its start: the
  // line TABARI's suite gives to restore "standard elimination" (its
  // records COMMA-04), which its COMMA-01 records, coded before any COMMA
  // option, also expect (a 10-word clause deleted).
  Article::TabariLimits tabari_base;
  tabari_base.min_words = 8;
  tabari_base = ParseTabariComma("COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0", tabari_base);
  if (!f.tabari_options.empty()) {
    auto lines = ReadTabariOptions(f.tabari_options);
    if (lines.empty()) {
      std::cerr << "dyad eval: no TABARI options read from " << f.tabari_options << "\n";
      return kExitUsage;
    }
    tabari_base = ParseTabariLimits(lines["SET: MINIMUM WORDS"], lines["COMPLEX:"], tabari_base);
    tabari_base = ParseTabariComma(lines["COMMA:"], tabari_base);
  }
  for (const SuiteRecord& r : suite->records) {
    Article a;
    a.id = r.id;
    a.origin = f.suite;
    a.text = r.text;
    if (!r.lang.empty()) a.lang = r.lang;
    if (auto d = Date::Parse(r.date)) a.published = *d;
    if (f.engine.peer_only) {
      if (auto it = r.config.find("tabari_default"); it != r.config.end()) a.defaults = ParseTabariDefault(it->second);
      // TABARI's FORWARD: records are the sentences of one story, in order;
      // the subject carries from one to the next while the option is on.
      auto fw = r.config.find("tabari_forward");
      a.forward_subjects = fw != r.config.end() && !fw->second.ends_with("OFF");
      // Only TABARI's records carry its options (the PETRARCHs have no such limits).
      if (auto mw = r.config.find("tabari_min_words"); mw != r.config.end()) {
        a.tabari = ParseTabariComma(r.config.at("tabari_comma"),
                                    ParseTabariLimits(mw->second, r.config.at("tabari_complex"), tabari_base));
        // SET: CONVERT AGENT is off unless a record turns it on.
        a.tabari.convert_agents = r.config.at("tabari_convert_agent").ends_with("TRUE");
        a.tabari.code_by_sentence = r.config.at("tabari_code").ends_with("BY SENTENCE");
        a.tabari.code_all = r.config.at("tabari_code").ends_with("CODE ALL");
      }
      if (a.forward_subjects) a.forwarded_subject = forwarded;
      if (auto rd = r.config.find("require_dyad"); rd != r.config.end())
        a.null_targets = AsciiLower(rd->second) == "false";
    }
    CodeArticle(*engine, doc, std::move(a), false, &coded);
    forwarded = coded.article.forward_subjects ? coded.article.forwarded_subject : std::string();
    predicted.clear();
    for (const EventRecord& e : coded.events) predicted.push_back({e.source, e.target, e.code});
    ScoreRecord(*suite, r, predicted, plover, &scores);
    if (!r.subset.empty()) {
      Scores& sub = by_subset[r.subset];
      if (sub.suite.empty()) sub.suite = suite->name + ":" + r.subset, sub.kind = suite->kind;
      ScoreRecord(*suite, r, predicted, plover, &sub);
    }
    if (f.details) {
      std::string gold, pred;
      for (const GoldEvent& g : r.expected) gold += fmt::format(" {}>{}:{}", g.source, g.target, g.code);
      for (const PredictedEvent& p : predicted)
        pred += fmt::format(" {}>{}:{}", p.source, p.target, plover ? plover(p.code) + "(" + p.code + ")" : p.code);
      std::cout << fmt::format("{}\t{}\n  gold:{}\n  ours:{}\n", r.id, r.text.substr(0, 300),
                               r.expect_none ? " (none)" : gold, pred.empty() ? " (none)" : pred);
    }
  }
  for (const auto& [name, sub] : by_subset) std::cout << (f.json ? ScoresJson(sub) + "\n" : FormatScores(sub));
  std::cout << (f.json ? ScoresJson(scores) + "\n" : FormatScores(scores));
  int rc = kExitOk;
  if (f.min_root_f1 >= 0)
    rc |= Check(scores.root_f1() >= f.min_root_f1, "root F1", scores.root_f1(), f.min_root_f1, f.json);
  if (f.min_precision >= 0)
    rc |= Check(scores.root_precision() >= f.min_precision, "root precision", scores.root_precision(), f.min_precision,
                f.json);
  if (f.min_code_f1 >= 0)
    rc |= Check(scores.code_f1() >= f.min_code_f1, "code F1", scores.code_f1(), f.min_code_f1, f.json);
  if (f.min_type_dyad >= 0)
    rc |= Check(scores.type_and_dyad_recall() >= f.min_type_dyad, "type+dyad recall", scores.type_and_dyad_recall(),
                f.min_type_dyad, f.json);
  if (f.min_exact >= 0)
    rc |= Check(scores.exact_rate() >= f.min_exact, "exact-record rate", scores.exact_rate(), f.min_exact, f.json);
  if (f.max_per_gold >= 0)
    rc |= Check(scores.predicted_per_gold() <= f.max_per_gold, "events per gold event", scores.predicted_per_gold(),
                f.max_per_gold, f.json);
  if (f.max_fp <= 1)
    rc |= Check(scores.false_positive_rate() <= f.max_fp, "false-positive rate", scores.false_positive_rate(), f.max_fp,
                f.json);
  return rc;
}

}  // namespace

Runner AddEval(CLI::App* sub) {
  auto f = std::make_shared<EvalFlags>();
  sub->add_option("suite", f->suite, "suite file, e.g. ../shared/suites/udpetrarch_gsr_validation.jsonl")->required();
  sub->add_flag("--json", f->json, "print the scores as one JSON object");
  sub->add_flag("--details", f->details, "also print each record's gold and predicted events");
  sub->add_option("--plover", f->plover, "CAMEO-to-PLOVER table (default: ../reference/cameo2plover_2021.tsv beside the suite)");
  sub->add_option("--min-root-f1", f->min_root_f1, "exit 1 if root-level F1 is below this");
  // Precision, not a count of events, is what guards against over-generation
  // while letting recall rise: a cap on events per gold event blocks every
  // right event added as surely as a wrong one.
  sub->add_option("--min-precision", f->min_precision,
                  "exit 1 if root-level precision (predicted events that match a gold event) is below this");
  sub->add_option("--min-code-f1", f->min_code_f1, "exit 1 if code-level F1 is below this");
  sub->add_option("--min-type-dyad", f->min_type_dyad, "exit 1 if the share of gold events with the right type and dyad is below this");
  sub->add_option("--min-exact", f->min_exact, "exit 1 if the share of records coded exactly is below this");
  sub->add_option("--max-fp", f->max_fp, "exit 1 if the false-positive rate on no-event records is above this");
  sub->add_option("--max-per-gold", f->max_per_gold, "exit 1 if more events than this are produced per gold event (over-generation)");
  sub->add_option("--tabari-options", f->tabari_options,
                  "TABARI .options file: its MINIMUM WORDS and COMPLEX limits hold for TABARI records that set none");
  sub->add_flag("--skip-missing", f->skip_missing, "exit 77 (skipped) instead of 2 when the suite is absent");
  f->engine.Add(sub);
  return [f] { return RunEval(*f); };
}

}  // namespace dyad::cli
