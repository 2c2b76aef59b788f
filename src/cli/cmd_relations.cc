// dyad relations --db FILE A B [--by day|week|month] [--from D] [--to D] [--format jsonl|table]
// dyad timeline --db FILE --dyad A-B [--from D] [--to D]
//
// `relations` is the series a chart of one dyad is drawn from: every period in
// range, both directions, QuadClass counts, Goldstein sum and mean, the
// cooperation-conflict index and a flag for new lows and highs (the numbers
// come from analytics/relations.h, which documents them). `timeline` is what
// a reader checks a surprising period against: the events themselves, in
// date order, with the sentence and the pattern that coded each.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analytics/relations.h"
#include "cli/cli.h"
#include "codebook/codebook.h"
#include "config/paths.h"
#include "model/date.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace dyad::cli {

namespace {

struct RelationsFlags {
  std::string db, a, b, dyad, from, to, by = "month", format = "jsonl";
  std::string data_dir = dyad::DefaultDataDir();
};

// Rejects a bound the store and ComputeRelations would silently ignore.
bool ValidBounds(const RelationsFlags& f, const char* cmd) {
  for (const std::string* d : {&f.from, &f.to}) {
    if (!d->empty() && !Date::Parse(*d)) {
      std::cerr << "dyad " << cmd << ": bad date " << *d << " (want YYYY, YYYY-MM or YYYY-MM-DD)\n";
      return false;
    }
  }
  return true;
}

// Appends the events from `source` to `target` (country codes) to *out.
bool Query(Store& store, const RelationsFlags& f, const std::string& source, const std::string& target,
           const char* cmd, std::vector<StoredEvent>* out) {
  EventQuery q;
  q.source_country = source;
  q.target_country = target;
  q.from = f.from;
  q.to = f.to;
  std::string error;
  if (!store.Events(q, out, &error)) {
    std::cerr << "dyad " << cmd << ": " << error << "\n";
    return false;
  }
  return true;
}

// Numbers are rounded by ComputeRelations, so the shortest form is exact.
void AppendRowJson(const RelationRow& r, std::string* out) {
  *out += "{\"period\":";
  AppendJsonString(r.period, out);
  *out += ",\"source\":";
  AppendJsonString(r.source, out);
  *out += ",\"target\":";
  AppendJsonString(r.target, out);
  *out += fmt::format(",\"events\":{},\"quad\":[{},{},{},{}],\"goldstein_sum\":{},\"goldstein_mean\":{},\"index\":{}",
                      r.events, r.quad[0], r.quad[1], r.quad[2], r.quad[3], r.goldstein_sum, r.goldstein_mean,
                      r.index);
  *out += ",\"flag\":";
  AppendJsonString(r.flag, out);
  *out += "}\n";
}

int RunRelations(const RelationsFlags& f) {
  Granularity g;
  if (!ParseGranularity(f.by, &g) || !ValidBounds(f, "relations")) return kExitUsage;
  auto store = OpenExistingStore(f.db, "relations");
  if (!store) return kExitUsage;
  std::vector<StoredEvent> events;
  if (!Query(*store, f, f.a, f.b, "relations", &events) || !Query(*store, f, f.b, f.a, "relations", &events)) {
    return kExitUsage;
  }
  RelationsNote note;
  std::vector<RelationRow> rows = ComputeRelations(events, f.a, f.b, g, f.from, f.to, &note);

  std::string out;
  if (f.format == "table") {
    out += fmt::format("{}-{} relations by {} (distinct events; q1 verbal coop, q2 material coop, q3 verbal "
                       "conflict, q4 material conflict;\nindex = (q1 + 2*q2 - q3 - 2*q4) / events, -2 all "
                       "material conflict .. +2 all material cooperation)\n",
                       f.a, f.b, f.by);
    out += fmt::format("{:<10}  {:<9} {:>6} {:>4} {:>4} {:>4} {:>4} {:>9} {:>9} {:>6}  {}\n", "period", "direction",
                       "events", "q1", "q2", "q3", "q4", "gold.sum", "gold.mean", "index", "flag");
    for (const RelationRow& r : rows) {
      out += fmt::format("{:<10}  {:<9} {:>6} {:>4} {:>4} {:>4} {:>4} {:>9.1f} {:>9.2f} {:>6.2f}", r.period,
                         r.source + "->" + r.target, r.events, r.quad[0], r.quad[1], r.quad[2], r.quad[3],
                         r.goldstein_sum, r.goldstein_mean, r.index);
      if (!r.flag.empty()) out += "  " + r.flag;
      out += '\n';
    }
    if (rows.empty()) out += fmt::format("no dated events between {} and {}\n", f.a, f.b);
  } else {
    for (const RelationRow& r : rows) AppendRowJson(r, &out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (note.coarse) {
    std::cerr << "dyad relations: " << note.coarse
              << " events dated only to a year (or undated) are in no period; see `dyad timeline`\n";
  }
  return kExitOk;
}

// The "pattern" of an event's evidence JSON, "" when there is none.
std::string EvidencePattern(const std::string& evidence) {
  nlohmann::json j = nlohmann::json::parse(evidence, nullptr, /*allow_exceptions=*/false);
  if (j.is_object()) {
    auto it = j.find("pattern");
    if (it != j.end() && it->is_string()) return it->get<std::string>();
  }
  return {};
}

// One line per event: a sentence's line breaks would split it.
std::string OneLine(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return s;
}

int RunTimeline(const RelationsFlags& f) {
  size_t dash = f.dyad.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == f.dyad.size()) {
    std::cerr << "dyad timeline: --dyad wants two country codes, e.g. USA-COL\n";
    return kExitUsage;
  }
  const std::string a = f.dyad.substr(0, dash), b = f.dyad.substr(dash + 1);
  if (!ValidBounds(f, "timeline")) return kExitUsage;
  auto store = OpenExistingStore(f.db, "timeline");
  if (!store) return kExitUsage;
  Codebook codebook;
  std::string error;
  if (!Codebook::Load(f.data_dir + "/cameo/codebook.tsv", &codebook, &error)) {
    std::cerr << "dyad timeline: cannot load the codebook: " << error << " (set --data)\n";
    return kExitUsage;
  }
  std::vector<StoredEvent> events;
  if (!Query(*store, f, a, b, "timeline", &events) || !Query(*store, f, b, a, "timeline", &events)) {
    return kExitUsage;
  }
  // Merge the two directions by date (a month before its days, as Date
  // orders them), then by event id; undated events last.
  auto key = [](const StoredEvent& e) {
    std::optional<Date> d = Date::Parse(e.date);
    return std::make_tuple(!d.has_value(), d ? *d : Date{}, e.event_id);
  };
  std::stable_sort(events.begin(), events.end(),
                   [&](const StoredEvent& x, const StoredEvent& y) { return key(x) < key(y); });

  std::string out;
  for (const StoredEvent& e : events) {
    const CodeInfo* info = codebook.Find(e.code);
    std::string pattern = EvidencePattern(e.evidence);
    out += fmt::format("{:<10}  {}→{}  {} {}  articles={}  {}", e.date.empty() ? "undated" : e.date, e.source,
                       e.target, e.code, info ? info->name : "(not in codebook)", e.num_articles,
                       OneLine(e.sentence));
    if (!pattern.empty()) out += "  [pattern: " + OneLine(pattern) + "]";
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddRelations(CLI::App* sub) {
  auto f = std::make_shared<RelationsFlags>();
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("A", f->a, "first country code, e.g. USA")->required();
  sub->add_option("B", f->b, "second country code, e.g. COL")->required();
  sub->add_option("--by", f->by, "period")->check(CLI::IsMember({"day", "week", "month"}))->capture_default_str();
  sub->add_option("--from", f->from, "first date (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", f->to, "last date, inclusive");
  sub->add_option("--format", f->format, "output format")
      ->check(CLI::IsMember({"jsonl", "table"}))
      ->capture_default_str();
  return [f] { return RunRelations(*f); };
}

Runner AddTimeline(CLI::App* sub) {
  auto f = std::make_shared<RelationsFlags>();
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--dyad", f->dyad, "two country codes, e.g. USA-COL")->required();
  sub->add_option("--from", f->from, "first date (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", f->to, "last date, inclusive");
  sub->add_option("--data", f->data_dir, "dyad data folder (for the codebook)")->capture_default_str();
  return [f] { return RunTimeline(*f); };
}

}  // namespace dyad::cli
