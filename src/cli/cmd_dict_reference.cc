// dyad dict check-reference FILE [--office heads|foreign|defence|interior|finance|un|all]
//                                [--from 2000-01-01] [--to DATE] [--min-coverage X] [--skip-missing]
//
// Asks our actor dictionaries, loaded as `dyad code` loads them, what each
// head of state or government (or, with --office, each foreign, defence,
// interior or finance minister or UN ambassador) in a reference list (the
// world_leaders TSV of ../shared/reference) codes on a day inside the term,
// and prints the conflicts and misses sorted by country and then the summary,
// one block per office, for a maintainer to act on. The list is only read: nothing is written to data/
// from it (issue 3). actors/reference_check.h says what counts as a match.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "actors/reference_check.h"
#include "cli/cli.h"
#include "model/date.h"
#include "model/read_file.h"

namespace dyad::cli {
namespace {

constexpr int kExitSkip = 77;  // CTest's SKIP_RETURN_CODE

struct CheckReferenceFlags {
  EngineFlags engine;
  std::string file;
  std::string from = "2000-01-01";
  std::string to = "2026-12-31";
  std::string office = "heads";
  double min_coverage = 0;
  bool skip_missing = false;
  bool show_right = false;
};

// Prints one office's conflicts, misses and summary; kExitSkipped when its
// coverage is below --min-coverage.
int ReportOffice(const CheckReferenceFlags& f, Office office, const ActorDictionary& actors, std::string_view tsv,
                 int32_t from, int32_t to);

int RunCheckReference(const CheckReferenceFlags& f) {
  if (!std::filesystem::exists(f.file)) {
    std::cerr << "dyad dict check-reference: no file " << f.file
              << (f.skip_missing ? " (skipped: ../shared/reference is absent)" : "") << "\n";
    return f.skip_missing ? kExitSkip : kExitUsage;
  }
  int32_t from = 0, to = 0;
  if (!ParseDateBound(f.from, false, &from) || !ParseDateBound(f.to, true, &to)) {
    std::cerr << "dyad dict check-reference: --from and --to take YYYY, YYYY-MM or YYYY-MM-DD\n";
    return kExitUsage;
  }
  FileBytes bytes;
  if (!bytes.Read(f.file)) {
    std::cerr << "dyad dict check-reference: cannot read " << f.file << "\n";
    return kExitUsage;
  }
  std::vector<Office> offices;
  Office one;
  if (f.office == "all") {
    offices.assign(std::begin(kAllOffices), std::end(kAllOffices));
  } else if (ParseOffice(f.office, &one)) {
    offices.push_back(one);
  } else {
    std::cerr << "dyad dict check-reference: --office takes heads, foreign, defence, interior, finance, un or all\n";
    return kExitUsage;
  }
  auto engine = LoadEngine(f.engine);
  if (!engine) return kExitUsage;
  int rc = kExitOk;
  for (Office office : offices) {
    int r = ReportOffice(f, office, engine->actors(), bytes.view(), from, to);
    if (r != kExitOk) rc = r;
  }
  return rc;
}

int ReportOffice(const CheckReferenceFlags& f, Office office, const ActorDictionary& actors, std::string_view tsv,
                 int32_t from, int32_t to) {
  std::vector<ReferenceTerm> terms = ParseReferenceOffice(tsv, office);
  ReferenceSummary s = CheckReference(actors, terms, from, to);
  auto day = [](int32_t d) { return Date::FromDayNumber(d).str(); };
  for (const ReferenceResult& r : s.results) {
    if (r.kind == ReferenceResult::Kind::kRight && !f.show_right) continue;
    const ReferenceTerm& t = *r.term;
    std::string what = r.kind == ReferenceResult::Kind::kMissing ? "not covered"
                       : r.kind == ReferenceResult::Kind::kRight ? "right: " + r.code
                       : r.code.empty()                          ? "conflict: no code that day"
                                                                 : "conflict: codes " + r.code;
    std::cout << fmt::format("{:<6} {:<22.22} {:<34.34} {}..{} {:<16.16} asked {}: {}", t.country, t.country_name,
                             t.name, day(t.from), t.open ? std::string("open") : day(t.to), t.role, day(r.day), what);
    if (r.entry) std::cout << "  (" << r.entry->ref() << ")";
    std::cout << "\n";
  }
  static constexpr std::string_view kWhat[] = {"head-of-state/government", "foreign-minister", "defence-minister",
                                                "interior-minister", "finance-minister", "UN-ambassador"};
  std::cout << fmt::format(
      "check-reference: {} {} terms overlapping {}..{}: {} right ({:.1f}%), {} conflicts, {} not covered\n",
      s.results.size(), kWhat[static_cast<size_t>(office)], f.from, f.to, s.right, 100 * s.coverage(), s.conflict,
      s.missing);
  if (s.coverage() + 1e-12 < f.min_coverage) {
    std::string which = office == Office::kHeads ? "" : std::string(OfficeName(office)) + " ";
    std::cout << fmt::format("FAIL: {}coverage {:.4f} below the floor {:.4f}\n", which, s.coverage(), f.min_coverage);
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace

CLI::App* AddCheckReference(CLI::App* dict, Runner* run) {
  auto f = std::make_shared<CheckReferenceFlags>();
  CLI::App* sub = dict->add_subcommand(
      "check-reference", "check our person entries against a reference list of heads of state and government, ministers, UN "
      "ambassadors");
  sub->add_option("file", f->file, "world_leaders TSV (../shared/reference/world_leaders_countryinfo.tsv)")->required();
  sub->add_option("--office", f->office, "heads, foreign, defence, interior, finance, un, or all (each reported alone)")
      ->capture_default_str();
  sub->add_option("--from", f->from, "first day of the span checked")->capture_default_str();
  sub->add_option("--to", f->to, "last day of the span checked")->capture_default_str();
  sub->add_option("--min-coverage", f->min_coverage, "exit 1 when the share covered right is below this");
  sub->add_flag("--skip-missing", f->skip_missing, "exit 77 (skipped) instead of 2 when the file is absent");
  sub->add_flag("--show-right", f->show_right, "list the terms covered right too");
  f->engine.Add(sub);
  *run = [f] { return RunCheckReference(*f); };
  return sub;
}

}  // namespace dyad::cli
