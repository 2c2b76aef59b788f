// dyad explain "SENTENCE..." [--date YYYY-MM-DD] [--json]
//
// Shows every layer the pipeline built for a text: sentences and their
// dates, tokens with tags and lemmas, time expressions and the rule that
// resolved them, actor matches with the dictionary line and its dates,
// clauses (subject, verb group, complements, reported speech), the verb
// patterns the coder tried and why a clause coded nothing, and the events.
// This is how a user finds which dictionary line to edit.
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "cli/cli.h"
#include "engine/runner.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace dyad::cli {

namespace {

struct ExplainFlags {
  EngineFlags engine;
  std::vector<std::string> text;
  int64_t event = 0;
  std::string db;
  std::string date;
  bool tokens = false;
  std::string lang = "en";
};

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kNone: return "";
    case Modality::kFuture: return "future";
    case Modality::kPossible: return "possible";
    case Modality::kConditional: return "conditional";
    case Modality::kObligation: return "obligation";
    case Modality::kIntent: return "intent";
  }
  return "";
}

const char* ClauseKindName(ClauseKind k) {
  switch (k) {
    case ClauseKind::kFinite: return "finite";
    case ClauseKind::kInfinitive: return "infinitive";
    case ClauseKind::kGerund: return "gerund";
    case ClauseKind::kParticiple: return "participle";
    case ClauseKind::kReducedRelative: return "reduced-relative";
  }
  return "";
}

// `dyad explain --event ID --db F`: an event's mentions and why each joined it.
int ExplainEvent(const ExplainFlags& f) {
  std::string error;
  auto store = f.db.empty() ? nullptr : Store::Open(f.db, &error);
  if (!store) {
    std::cerr << "dyad explain: --event needs --db FILE (a database made by `dyad code --db`)" << (error.empty() ? "" : ": " + error) << "\n";
    return kExitUsage;
  }
  std::vector<StoredMention> ms;
  if (!store->Mentions(f.event, &ms, &error)) {
    std::cerr << "dyad explain: " << error << "\n";
    return kExitUsage;
  }
  if (ms.empty()) {
    std::cerr << "dyad explain: no event " << f.event << " in " << f.db << " (list them with `dyad events --db " << f.db << "`)\n";
    return kExitUsage;
  }
  std::cout << fmt::format("event {}: {} mention(s)\n", f.event, ms.size());
  for (const StoredMention& m : ms) {
    std::cout << fmt::format("\n- mention {} in {} (published {}), sentence {}:\n  {}\n  {} {} -> {} {} on {}{}; trigger \"{}\"\n  joined: {}\n  evidence: {}\n",
                             m.mention_id, m.article, m.published, m.sentence_index, m.sentence, m.source, m.code,
                             m.target, m.target_text, m.date.empty() ? "?" : m.date,
                             m.date_text.empty() ? " (publication date)" : " (\"" + m.date_text + "\")", m.verb_text,
                             m.merge_note, m.evidence);
  }
  return kExitOk;
}

int RunExplain(const ExplainFlags& f) {
  if (f.event > 0) return ExplainEvent(f);
  std::string text;
  for (size_t i = 0; i < f.text.size(); ++i) text += (i ? " " : "") + f.text[i];
  if (text == "-" || text.empty()) text.assign(std::istreambuf_iterator<char>(std::cin), {});
  Article a;
  a.id = "explain";
  a.origin = "command line";
  a.text = text;
  a.lang = f.lang;
  if (!f.date.empty()) {
    auto d = Date::Parse(f.date);
    if (!d) {
      std::cerr << "dyad explain: --date wants YYYY-MM-DD, got '" << f.date << "'\n";
      return kExitUsage;
    }
    a.published = *d;
  }
  auto engine = LoadEngine(f.engine);
  if (!engine) return kExitUsage;
  Doc doc;
  doc.article = std::move(a);
  // Everything before the coder, then the coder with its trace.
  const Pipeline& pipeline = engine->PipelineFor(f.lang);
  std::vector<std::string_view> names = pipeline.names();
  for (size_t i = 1; i < names.size(); ++i)
    if (names[i] == "events") pipeline.RunUntil(doc, names[i - 1]);
  std::vector<CoderTrace> trace;
  doc.events.clear();
  const auto* coder = dynamic_cast<const EventCoder*>(pipeline.Find("events"));
  (coder ? *coder : engine->coder()).Code(doc, &trace);
  std::ostringstream o;
  o << "published: " << (doc.article.published.valid() ? doc.article.published.str() : "(none: relative dates unresolved)")
    << "\n";
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    o << fmt::format("\n== sentence {} (date {}{})\n{}\n", si, s.date.valid() ? s.date.str() : "-",
                     s.time != kNone32 && s.time < doc.times.size()
                         ? fmt::format(" from \"{}\"", doc.text(doc.times[s.time].span))
                         : std::string(" from publication date"),
                     doc.text(s.span));
    if (f.tokens) {
      o << "tokens:";
      for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t) {
        const Token& tk = doc.tokens[t];
        o << ' ' << doc.text(tk.span) << '/' << TagName(tk.tag);
        if (tk.lemma != tk.lower) o << '/' << tk.lemma;
      }
      o << "\n";
    }
    for (const TimeExpr& te : doc.times) {
      if (te.sentence != si) continue;
      o << fmt::format("time: \"{}\" -> {} ({}; rule {})\n", doc.text(te.span), te.value.valid() ? te.value.str() : "?",
                       PrecisionName(te.value.precision), te.rule);
    }
    for (const ActorMention& m : doc.actors) {
      if (m.sentence != si) continue;
      o << fmt::format("actor: \"{}\" -> {} via {} [{}]", doc.text(m.tokens), m.code.empty() ? "?" : m.code,
                       ActorResolutionName(m.how), m.EntryText());
      if (m.antecedent != kNone32 && m.antecedent < doc.actors.size())
        o << fmt::format(" (refers to \"{}\")", doc.text(doc.actors[m.antecedent].tokens));
      o << "\n";
    }
    for (const Quote& q : doc.quotes) {
      if (q.first_sentence != si) continue;
      o << fmt::format("quote: \"{}\" (sentences {}-{}) speaker \"{}\"{}{}\n", doc.text(q.span), q.first_sentence,
                       q.last_sentence, doc.text(q.speaker_span),
                       q.speaker != kNone32 ? " -> " + doc.actors[q.speaker].code : std::string(),
                       q.how.empty() ? std::string(" (no speaker found)") : " via " + q.how);
    }
    for (uint32_t ci = 0; ci < doc.clauses.size(); ++ci) {
      const Clause& c = doc.clauses[ci];
      if (c.sentence != si) continue;
      std::string flags;
      auto add = [&](bool on, const char* name) {
        if (on) flags += std::string(flags.empty() ? "" : ",") + name;
      };
      add(c.verb.negated, "negated");
      add(c.verb.passive, "passive");
      add(c.verb.modality != Modality::kNone, ModalityName(c.verb.modality));
      add(c.conditional, "conditional");
      add(c.relative, "relative");
      add(c.is_speech, "speech");
      add(c.subject_inherited, "subject-inherited");
      o << fmt::format("clause {}: {} verb \"{}\" (lemma {}{}{}) subject \"{}\"", ci, ClauseKindName(c.kind),
                       doc.text(c.verb.tokens), c.verb.lemma, flags.empty() ? "" : "; ", flags, doc.text(c.subject));
      for (const TokenRange& ob : c.objects) o << fmt::format(" object \"{}\"", doc.text(ob));
      for (const PrepPhrase& p : c.preps)
        if (p.prep != kNone32) o << fmt::format(" {} \"{}\"", doc.text(doc.tokens[p.prep].span), doc.text(p.object));
      if (c.parent != kNone32) o << fmt::format(" (under clause {})", c.parent);
      if (c.reported_by != kNone32) o << fmt::format(" (reported by clause {})", c.reported_by);
      o << "\n";
      for (const CoderTrace& t : trace)
        if (t.clause == ci) o << "    coder: " << t.message << "\n";
    }
    for (const CoderTrace& t : trace)  // noun triggers outside every clause
      if (t.clause == kNone32 && t.sentence == si) o << "    coder: " << t.message << "\n";
    for (const EventMention& ev : doc.events) {
      if (ev.sentence != si) continue;
      EventRecord r = engine->Record(doc, ev);
      o << fmt::format("EVENT {} {} -> {} : {} ({}) on {} via {}{}\n", r.source.empty() ? "?" : r.source,
                       r.source_text, r.target.empty() ? "?" : r.target, r.code, r.verb_text, r.date, ev.pattern,
                       ev.note.empty() ? "" : " [" + ev.note + "]");
    }
  }
  if (doc.events.empty()) o << "\nno events: see the coder lines above for why each clause coded nothing\n";
  std::cout << o.str();
  return kExitOk;
}

}  // namespace

Runner AddExplain(CLI::App* sub) {
  auto f = std::make_shared<ExplainFlags>();
  sub->add_option("text", f->text, "the text (or - to read standard input)");
  sub->add_option("--event", f->event, "explain a stored event: its mentions and why they were merged");
  sub->add_option("--db", f->db, "the database, with --event");
  sub->add_option("--date", f->date, "publication date the text's dates are resolved against");
  sub->add_flag("--tokens", f->tokens, "also print every token with its tag and lemma");
  sub->add_option("--lang", f->lang, "the text's language: en (default) or es")->capture_default_str();
  f->engine.Add(sub);
  return [f] { return RunExplain(*f); };
}

}  // namespace dyad::cli
