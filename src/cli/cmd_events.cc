// dyad events --db FILE [--dyad A-B] [--from DATE] [--to DATE] [--format jsonl|tsv]
// dyad summary --db FILE --dyad A-B [--by month|week|day]
//
// `events` prints stored events (one per distinct event once de-duplication
// has grouped mentions; until then one per mention). `summary` is the short
// view of one dyad the demo prints: both directions, events per QuadClass and
// the Goldstein mean, per period.
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "cli/cli.h"
#include "codebook/codebook.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace dyad::cli {

namespace {

struct EventsFlags {
  std::string db, dyad, from, to, format = "jsonl", by = "month";
};

// "USA-COL" -> {"USA", "COL"}; either side may be empty ("USA-").
bool ParseDyad(const std::string& s, std::string* a, std::string* b) {
  size_t dash = s.find('-');
  if (dash == std::string::npos) return false;
  *a = s.substr(0, dash);
  *b = s.substr(dash + 1);
  return true;
}

std::unique_ptr<Store> OpenExisting(const std::string& db, const char* cmd) {
  if (db.empty()) {
    std::cerr << "dyad " << cmd << ": give the database with --db FILE (made by `dyad code ... --db FILE`)\n";
    return nullptr;
  }
  if (FILE* f = std::fopen(db.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::cerr << "dyad " << cmd << ": no database at " << db << " (make one with `dyad code PATH --db " << db
              << "`)\n";
    return nullptr;
  }
  std::string error;
  auto store = Store::Open(db, &error);
  if (!store) std::cerr << "dyad " << cmd << ": cannot open " << db << ": " << error << "\n";
  return store;
}

bool Query(Store& store, const EventsFlags& f, const char* cmd, std::vector<StoredEvent>* events) {
  EventQuery q;
  if (!f.dyad.empty() && !ParseDyad(f.dyad, &q.source_country, &q.target_country)) {
    std::cerr << "dyad " << cmd << ": --dyad wants SOURCE-TARGET country codes, e.g. USA-COL\n";
    return false;
  }
  q.from = f.from;
  q.to = f.to;
  std::string error;
  if (!store.Events(q, events, &error)) {
    std::cerr << "dyad " << cmd << ": " << error << "\n";
    return false;
  }
  return true;
}

int RunEvents(const EventsFlags& f) {
  auto store = OpenExisting(f.db, "events");
  if (!store) return kExitUsage;
  std::vector<StoredEvent> events;
  if (!Query(*store, f, "events", &events)) return kExitUsage;
  std::string out;
  const bool tsv = f.format == "tsv";
  if (tsv) out = TsvHeader(true);
  for (const StoredEvent& e : events) {
    std::string extra;
    if (tsv) {
      extra = fmt::format("{}\t{}\t{}\t", e.event_id, e.num_mentions, e.num_articles);
      for (size_t i = 0; i < e.articles.size(); ++i) extra += (i ? "," : "") + e.articles[i];
      AppendTsvRecord(e, &out, extra);
    } else {
      extra = fmt::format("\"event_id\":{},\"num_mentions\":{},\"num_articles\":{},\"articles\":[", e.event_id,
                          e.num_mentions, e.num_articles);
      for (size_t i = 0; i < e.articles.size(); ++i) {
        if (i) extra += ',';
        AppendJsonString(e.articles[i], &extra);
      }
      extra += ']';
      AppendJsonRecord(e, &out, extra);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

// Period key of an ISO date at the chosen granularity; events dated only to
// a year or month fall in the first period they can belong to.
std::string Period(const std::string& date, const std::string& by) {
  if (by == "year") return date.substr(0, 4);
  if (by == "day") return date;
  return date.substr(0, 7);
}

int RunSummary(const EventsFlags& f) {
  auto store = OpenExisting(f.db, "summary");
  if (!store) return kExitUsage;
  std::string a, b;
  if (!ParseDyad(f.dyad, &a, &b) || a.empty() || b.empty()) {
    std::cerr << "dyad summary: --dyad wants two country codes, e.g. USA-COL\n";
    return kExitUsage;
  }
  struct Row {
    int quad[5] = {0, 0, 0, 0, 0};
    int n = 0;
    double goldstein = 0;
  };
  std::map<std::string, std::map<std::string, Row>> table;  // period -> direction -> row
  for (int dir = 0; dir < 2; ++dir) {
    EventsFlags g = f;
    g.dyad = dir == 0 ? a + "-" + b : b + "-" + a;
    std::vector<StoredEvent> events;
    if (!Query(*store, g, "summary", &events)) return kExitUsage;
    for (const StoredEvent& e : events) {
      Row& r = table[Period(e.date, f.by)][g.dyad];
      ++r.n;
      if (e.quad_class >= 1 && e.quad_class <= 4) ++r.quad[e.quad_class];
      r.goldstein += e.goldstein;
    }
  }
  std::cout << fmt::format("{} relations by {} (distinct events; QuadClass 1 verbal coop, 2 material coop, "
                           "3 verbal conflict, 4 material conflict)\n",
                           a + "-" + b, f.by);
  std::cout << fmt::format("{:<10} {:<8} {:>6} {:>4} {:>4} {:>4} {:>4} {:>9} {:>9}\n", "period", "dir", "events",
                           "q1", "q2", "q3", "q4", "gold.sum", "gold.mean");
  int total = 0;
  double gsum = 0;
  for (const auto& [period, dirs] : table) {
    for (const auto& [dir, r] : dirs) {
      std::cout << fmt::format("{:<10} {:<8} {:>6} {:>4} {:>4} {:>4} {:>4} {:>9.1f} {:>9.2f}\n", period, dir, r.n,
                               r.quad[1], r.quad[2], r.quad[3], r.quad[4], r.goldstein, r.n ? r.goldstein / r.n : 0);
      total += r.n;
      gsum += r.goldstein;
    }
  }
  std::cout << fmt::format("total: {} events, Goldstein mean {:.2f}\n", total, total ? gsum / total : 0.0);
  return kExitOk;
}

struct QuotesFlags {
  std::string db, speaker, format = "jsonl";
};

int RunQuotes(const QuotesFlags& f) {
  auto store = OpenExisting(f.db, "quotes");
  if (!store) return kExitUsage;
  std::vector<QuoteRecord> quotes;
  std::string error;
  if (!store->Quotes(f.speaker, &quotes, &error)) {
    std::cerr << "dyad quotes: " << error << "\n";
    return kExitUsage;
  }
  std::string out;
  for (const QuoteRecord& q : quotes) {
    if (f.format == "table") {
      out += fmt::format("{}  {:<28} {:<8} \"{}\"\n", q.date.empty() ? "----------" : q.date,
                         q.speaker.empty() ? "(unknown)" : q.speaker.substr(0, 28), q.speaker_actor, q.quote);
      continue;
    }
    out += "{\"article\":";
    AppendJsonString(q.article, &out);
    out += ",\"sentence_index\":" + std::to_string(q.sentence_index) + ",\"speaker\":";
    AppendJsonString(q.speaker, &out);
    out += ",\"speaker_actor\":";
    AppendJsonString(q.speaker_actor, &out);
    out += ",\"how\":";
    AppendJsonString(q.how, &out);
    out += ",\"quote\":";
    AppendJsonString(q.quote, &out);
    out += ",\"date\":";
    AppendJsonString(q.date, &out);
    out += "}\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddQuotes(CLI::App& app) {
  auto f = std::make_shared<QuotesFlags>();
  CLI::App* sub = app.add_subcommand("quotes", "print the direct quotations stored in a database, with their speakers");
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--speaker", f->speaker, "only quotations whose speaker's words or actor code contain this");
  sub->add_option("--format", f->format, "output format")->check(CLI::IsMember({"jsonl", "table"}))->capture_default_str();
  return [f] { return RunQuotes(*f); };
}

Runner AddEvents(CLI::App& app) {
  auto f = std::make_shared<EventsFlags>();
  CLI::App* sub = app.add_subcommand("events", "print the events stored in a database");
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--dyad", f->dyad, "only events from SOURCE to TARGET country, e.g. USA-COL");
  sub->add_option("--from", f->from, "first date (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", f->to, "last date, inclusive");
  sub->add_option("--format", f->format, "output format")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  return [f] { return RunEvents(*f); };
}

Runner AddSummary(CLI::App& app) {
  auto f = std::make_shared<EventsFlags>();
  CLI::App* sub = app.add_subcommand("summary", "events per period and direction for one dyad");
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--dyad", f->dyad, "two country codes, e.g. USA-COL")->required();
  sub->add_option("--from", f->from, "first date");
  sub->add_option("--to", f->to, "last date, inclusive");
  sub->add_option("--by", f->by, "period")->check(CLI::IsMember({"day", "month", "year"}))->capture_default_str();
  return [f] { return RunSummary(*f); };
}

}  // namespace dyad::cli
