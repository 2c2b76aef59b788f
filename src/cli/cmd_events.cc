// dyad events --db FILE [--dyad A-B] [--from DATE] [--to DATE] [--format jsonl|tsv]
// dyad quotes --db FILE [--speaker NAME] [--format jsonl|table]
// dyad who NAME --db FILE
//
// Views of what `dyad code --db` stored: distinct events (mentions merged,
// store/dedup.h), direct quotations with their speakers, and what the
// articles say about a person or organisation. Relations over time are in
// cmd_relations.cc.
#include <iostream>
#include <map>
#include <set>

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
  auto store = OpenExistingStore(f.db, "events");
  if (!store) return kExitUsage;
  std::vector<StoredEvent> events;
  if (!Query(*store, f, "events", &events)) return kExitUsage;
  std::string out;
  const bool tsv = f.format == "tsv";
  if (tsv) out = TsvHeader(true);
  for (const StoredEvent& e : events) {
    std::string extra;
    if (tsv) {
      extra = fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t", e.event_id, e.num_mentions, e.num_articles, e.num_sources,
                          e.first_seen, e.last_seen);
      for (size_t i = 0; i < e.articles.size(); ++i) extra += (i ? "," : "") + e.articles[i];
      AppendTsvRecord(e, &out, extra);
    } else {
      extra = fmt::format(
          "\"event_id\":{},\"num_mentions\":{},\"num_articles\":{},\"num_sources\":{},\"first_seen\":\"{}\","
          "\"last_seen\":\"{}\",\"articles\":[",
          e.event_id, e.num_mentions, e.num_articles, e.num_sources, e.first_seen, e.last_seen);
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

struct QuotesFlags {
  std::string db, speaker, format = "jsonl";
};

int RunQuotes(const QuotesFlags& f) {
  auto store = OpenExistingStore(f.db, "quotes");
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

struct WhoFlags {
  std::string db, name;
};

// `dyad who NAME`: each matching person or organisation, its actor codes,
// how often it is named, and every office, age and description the articles
// state, with the sentence it came from.
int RunWho(const WhoFlags& f) {
  auto store = OpenExistingStore(f.db, "who");
  if (!store) return kExitUsage;
  std::vector<ProfileFact> facts;
  std::string error;
  if (!store->Profiles(f.name, &facts, &error)) {
    std::cerr << "dyad who: " << error << "\n";
    return kExitUsage;
  }
  if (facts.empty()) {
    std::cerr << "dyad who: nobody named like '" << f.name << "' in " << f.db << "\n";
    return kExitSkipped;
  }
  std::map<std::string, std::vector<const ProfileFact*>> by_name;
  for (const ProfileFact& p : facts) by_name[p.name].push_back(&p);
  std::string out;
  for (const auto& [name, list] : by_name) {
    std::map<std::string, int> codes;
    std::set<std::string> articles;
    int mentions = 0;
    for (const ProfileFact* p : list) {
      if (!p->actor.empty() && p->attribute == "mention") ++codes[p->actor];
      articles.insert(p->article);
      mentions += p->attribute == "mention";
    }
    out += fmt::format("{} ({}): {} mention(s) in {} article(s); actor", name, list.front()->kind, mentions,
                       articles.size());
    for (const auto& [code, n] : codes) out += fmt::format(" {} x{}", code, n);
    out += "\n";
    for (const ProfileFact* p : list) {
      if (p->attribute == "mention") continue;
      out += fmt::format("  {:<12} {}  [{} {}, sentence {}: {}]\n", p->attribute, p->value, p->date, p->article,
                         p->sentence_index, p->sentence);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace

Runner AddWho(CLI::App* sub) {
  auto f = std::make_shared<WhoFlags>();
  sub->add_option("name", f->name, "part of the name or actor code, e.g. Petro, Waltz, USAGOV")->required();
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  return [f] { return RunWho(*f); };
}

Runner AddQuotes(CLI::App* sub) {
  auto f = std::make_shared<QuotesFlags>();
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--speaker", f->speaker, "only quotations whose speaker's words or actor code contain this");
  sub->add_option("--format", f->format, "output format")->check(CLI::IsMember({"jsonl", "table"}))->capture_default_str();
  return [f] { return RunQuotes(*f); };
}

Runner AddEvents(CLI::App* sub) {
  auto f = std::make_shared<EventsFlags>();
  sub->add_option("--db", f->db, "SQLite database made by `dyad code --db`")->required();
  sub->add_option("--dyad", f->dyad, "only events from SOURCE to TARGET country, e.g. USA-COL");
  sub->add_option("--from", f->from, "first date (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", f->to, "last date, inclusive");
  sub->add_option("--format", f->format, "output format")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  return [f] { return RunEvents(*f); };
}


}  // namespace dyad::cli
