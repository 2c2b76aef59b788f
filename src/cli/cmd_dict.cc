// dyad dict lint [--data DIR] [--dict FILE]... [--verbs FILE]...
//
// Loads every dictionary the way `dyad code` does and reports, with
// file:line, what is wrong: syntax errors, unknown CAMEO event codes, actor
// codes whose groups are unknown, one name given different codes over
// overlapping dates, patterns that can never match. Exit 1 if any error.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "actors/titles.h"
#include "cli/cli.h"
#include "codebook/codebook.h"
#include "config/paths.h"
#include "dict/peer.h"
#include "dict/wordnet.h"
#include "engine/unknown.h"
#include "events/coder.h"
#include "events/nominal.h"
#include "ingest/reader.h"
#include "lang/en/lemmatizer.h"
#include "text/segment.h"

namespace dyad::cli {

namespace {

struct DictFlags {
  EngineFlags engine;
  bool errors_only = false;
  size_t max_print = 200;
};

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

int RunLint(const DictFlags& f) {
  LoadReport report;
  std::string error;
  auto engine = Engine::Load(f.engine.ToOptions(), &error, &report);
  if (!engine) {
    std::cerr << "dyad dict lint: " << error << "\n";
    return kExitUsage;
  }
  std::vector<DictProblem>& problems = report.problems;

  ActorTypes types;
  if (!ActorTypes::Load(f.engine.data_dir + "/cameo/actor_types.tsv", &types, &error)) {
    std::cerr << "dyad dict lint: " << error << "\n";
    return kExitUsage;
  }
  std::string iso_error;
  if (!types.LoadIsoCountries(EngineOptions{}.iso_codes_dir + "/iso_3166-1.json", &iso_error))
    problems.push_back({"iso-codes", 0, iso_error + " (country codes checked against actor_types.tsv only)", false});

  // Actor codes, and one name meaning two things at once.
  struct Use {
    const ActorEntry* entry;
    const CodePeriod* period;
  };
  std::map<std::string, std::vector<Use>> by_name;
  for (const ActorEntry& e : engine->actors().entries()) {
    for (const CodePeriod& p : e.codes) {
      std::string code = p.code;
      if (!code.empty() && code[0] == '~') code = code.substr(1);  // agents: a role without its country
      std::string why;
      bool ok = e.is_agent() ? code.empty() || code.size() % 3 == 0 : types.ValidActorCode(code, &why);
      if (!ok) problems.push_back({e.file, p.line ? p.line : e.line, "actor code " + p.code + ": " + why, true});
    }
    // `shared=XXX` (ActorEntry::shared): a country's code, never its own
    // entry's country (that would be no second reading).
    if (e.shared) {
      std::string why;
      if (!types.ValidActorCode(e.shared->code, &why))
        problems.push_back({e.file, e.shared->line, "shared=" + e.shared->code + ": " + why, true});
      for (const CodePeriod& p : e.codes)
        if (p.code.compare(0, 3, e.shared->code) == 0)
          problems.push_back({e.file, e.shared->line, "shared=" + e.shared->code + " is the entry's own country", false});
    }
    for (const std::string& n : e.names)
      for (const CodePeriod& p : e.codes) by_name[Lower(n) + "\x1f" + e.lang].push_back({&e, &p});
  }
  // Titles (data/actors/titles.txt): a role must be a CAMEO role or sector
  // ("GOV", "ELI"), a whole code must be a valid actor code.
  for (const Title& t : engine->titles().titles()) {
    std::string why;
    bool ok = t.role.size() == 3 ? types.Is(t.role, ActorTypeKind::kRole) || types.Is(t.role, ActorTypeKind::kSector)
                                 : types.ValidActorCode(t.role, &why);
    if (!ok)
      problems.push_back({t.file, t.line,
                          "title \"" + t.words + "\": unknown role " + t.role + (why.empty() ? "" : ": " + why), true});
  }
  for (const auto& [name, uses] : by_name) {
    // The same name in two entries: only one can win at a given date, so
    // the other is dead weight or a conflict.
    for (size_t i = 1; i < uses.size(); ++i) {
      if (uses[i].entry == uses[0].entry) continue;
      bool dup_code = false;
      for (size_t j = 0; j < i; ++j)
        dup_code |= uses[j].entry != uses[i].entry && uses[j].period->code == uses[i].period->code;
      if (dup_code)
        problems.push_back({uses[i].entry->file, uses[i].entry->line,
                            fmt::format("\"{}\" is listed again with the same code as at {}:{}",
                                        name.substr(0, name.find('\x1f')), uses[0].entry->file, uses[0].entry->line),
                            false});
    }
    for (size_t i = 0; i < uses.size(); ++i) {
      for (size_t j = i + 1; j < uses.size(); ++j) {
        const Use& a = uses[i];
        const Use& b = uses[j];
        if (a.entry == b.entry || a.period->code == b.period->code) continue;
        if (a.period->from > b.period->to || b.period->from > a.period->to) continue;
        problems.push_back({b.entry->file, b.entry->line,
                            fmt::format("\"{}\" is {} here but {} at {}:{} over overlapping dates",
                                        name.substr(0, name.find('\x1f')), b.period->code, a.period->code,
                                        a.entry->file, a.entry->line),
                            false});
      }
    }
  }

  // One entry's own periods must not overlap with the same role: which code
  // would apply? Different roles at once (a minister who keeps a seat,
  // COLGOV and COLLEG) are allowed on purpose and only warned about: a title
  // before the name (actors/titles.h) or the latest period decides.
  auto role = [](const std::string& code) { return code.size() > 3 ? code.substr(3) : code; };
  for (const ActorEntry& e : engine->actors().entries()) {
    std::vector<const CodePeriod*> ps;
    for (const CodePeriod& p : e.codes) ps.push_back(&p);
    std::sort(ps.begin(), ps.end(), [](const CodePeriod* a, const CodePeriod* b) { return a->from < b->from; });
    for (size_t i = 1; i < ps.size(); ++i)
      if (ps[i]->from <= ps[i - 1]->to)
        problems.push_back({e.file, ps[i]->line ? ps[i]->line : e.line,
                            "date range of " + ps[i]->code + " overlaps the one of " + ps[i - 1]->code +
                                " in the same entry (line " + std::to_string(ps[i - 1]->line) + ")",
                            role(ps[i]->code) == role(ps[i - 1]->code)});
  }

  // A pattern's subject condition ("[MIL|PKO] arrive in +") names groups
  // of actor codes: a group no code can have would make it never match.
  for (const VerbDictionary* vd : {&engine->verbs(), &engine->spanish_verbs()})
    for (const VerbPattern& p : vd->patterns())
      for (const std::string& r : p.subject_roles)
        if (!types.Find(r) && !types.IsCountry(r))
          problems.push_back({std::string(p.file), p.line, "subject condition: unknown actor-code group " + r, true});

  // The coder reads weapons and attacks as subjects of force from synsets
  // it names (EventCoder::WeaponSubjectSynsets): one missing from
  // synsets.txt silently codes no weapon of that kind.
  for (const auto& [code, name] : EventCoder::WeaponSubjectSynsets()) {
    bool found = false;
    for (const Synset& s : engine->verbs().synsets()) found |= s.name == name && !s.members.empty();
    if (!found)
      problems.push_back({"verbs/synsets.txt", 0,
                          fmt::format("&{} is missing: the coder reads weapons as subjects from it (code {})", name,
                                      code.empty() ? "none" : code),
                          false});
  }

  // The other classes rules read (EventCoder::CoderClasses: the coder's,
  // the actor matcher's and the pronoun stage's),
  // in each language's dictionary that needs them: a missing one silently
  // turns its rule off, and a member of several words is never read (the
  // rules ask about one token).
  for (const EventCoder::CoderClass& cls : EventCoder::CoderClasses()) {
    for (const auto& [lang, vd, file] : {std::tuple<std::string_view, const VerbDictionary*, const char*>{
                                             "en", &engine->verbs(), "verbs/synsets.txt"},
                                         {"es", &engine->spanish_verbs(), "verbs/es/synsets.txt"}}) {
      if (cls.langs.find(lang) == std::string_view::npos) continue;
      const Synset* found = nullptr;
      for (const Synset& s : vd->synsets())
        if (s.name == cls.name && !s.members.empty()) found = &s;
      if (!found) {
        problems.push_back({file, 0, fmt::format("&{} is missing: {} reads {}", cls.name, cls.reader, cls.use), false});
        continue;
      }
      for (const auto& member : found->members)
        if (member.size() != 1)
          problems.push_back({found->file, found->line,
                              fmt::format("&{} has a member of {} words: {} reads one-word members only",
                                          cls.name, member.size(), cls.reader),
                              false});
    }
  }

  // Weapon agents (agents.txt: "drones", "warplanes", the forces that fly
  // or fire them) and weapon subjects (the &SUBJECT_* classes): a weapon
  // agent whose country was only guessed and is its victims' loses it only
  // when a &SUBJECT_* class reads its name as a weapon (EventCoder,
  // WeaponSubjectCode). So each name of an agent entry that has such a
  // weapon must be a weapon subject too, or a vehicle or launcher listed
  // in &WEAPON_CARRIER that is on purpose none ("a fuel tank exploded");
  // and no carrier may be a weapon subject. One word list then decides
  // what each weapon agent is, and a name added to one list and not the
  // other is reported.
  if (const auto* lem = dynamic_cast<const en::Lemmatizer*>(engine->pipeline().Find("lemmatizer"))) {
    std::vector<const PatternArray<uint64_t>*> weapons, carriers;
    for (const Synset& s : engine->verbs().synsets()) {
      const bool weapon = s.name.starts_with("SUBJECT_") && s.name != "SUBJECT_NOT_WEAPON";
      if (!weapon && s.name != "WEAPON_CARRIER") continue;
      for (const auto& member : s.members) (weapon ? weapons : carriers).push_back(&member);
    }
    // Whether one of `members` ends name `words` (the last word by its
    // surface form or its lemma as a plural noun, as the coder reads a
    // subject's head).
    auto ends_in = [&](const std::vector<std::string>& words, const std::vector<const PatternArray<uint64_t>*>& members) {
      if (words.empty()) return false;
      const std::string& last = words.back();
      const auto lemma = lem->Lemmatize(last, TokenHash(last), Tag::NNS, nullptr);
      const uint64_t last_lemma = lemma.lemma.empty() ? 0 : TokenHash(lemma.lemma);
      for (const PatternArray<uint64_t>* m : members) {
        if (m->empty() || m->size() > words.size()) continue;
        const size_t first = words.size() - m->size();
        bool same = m->back() == TokenHash(last) || m->back() == last_lemma;
        for (size_t k = 0; same && k + 1 < m->size(); ++k) same = (*m)[k] == TokenHash(words[first + k]);
        if (same) return true;
      }
      return false;
    };
    auto words_of = [](const std::string& name) {
      std::vector<std::string> words;
      std::istringstream in(name);
      for (std::string w; in >> w;) {
        for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        words.push_back(w);
      }
      return words;
    };
    if (!weapons.empty()) {
      for (const ActorEntry& e : engine->actors().entries()) {
        if (!e.is_agent() || (!e.lang.empty() && e.lang != "en")) continue;
        std::string weapon_name;
        for (const std::string& n : e.names)
          if (weapon_name.empty() && ends_in(words_of(n), weapons)) weapon_name = n;
        if (weapon_name.empty()) continue;
        for (const std::string& n : e.names) {
          const auto words = words_of(n);
          if (!ends_in(words, weapons) && !ends_in(words, carriers))
            problems.push_back({e.file, e.line,
                                fmt::format("weapon agent \"{}\" (named with \"{}\") is in no &SUBJECT_* class nor "
                                            "&WEAPON_CARRIER: say whether a subject named by it is a weapon",
                                            n, weapon_name),
                                false});
        }
      }
      for (const Synset& s : engine->verbs().synsets()) {
        if (s.name != "WEAPON_CARRIER") continue;
        for (const auto& member : s.members)
          for (const PatternArray<uint64_t>* w : weapons)
            if (std::equal(w->begin(), w->end(), member.begin(), member.end()))
              problems.push_back({s.file, s.line, "a member of &WEAPON_CARRIER is also a weapon subject (&SUBJECT_*)", false});
      }
    }
  }

  // Patterns that can never match: the coder looks verbs up by lemma, so a
  // pattern written with an inflected form ("attacked") is dead.
  if (const auto* lem = dynamic_cast<const en::Lemmatizer*>(engine->pipeline().Find("lemmatizer"))) {
    std::map<std::string, const VerbPattern*> verbs_seen;
    for (const VerbPattern& p : engine->verbs().patterns()) {
      std::string_view text = p.text;
      if (!p.subject_roles.empty()) text.remove_prefix(std::min(text.size(), text.find(' ') + 1));  // "[PKO] arrive"
      std::string verb(text.substr(0, text.find(' ')));
      if (verb.empty() || verbs_seen.count(verb)) continue;
      verbs_seen[verb] = &p;
      if (lem->IsLemma(verb, en::WnPos::kVerb)) continue;
      bool inflected = verb.ends_with("ed") || verb.ends_with("ing") || verb.ends_with("s");
      if (!inflected) continue;  // an unknown verb ("rearrest") is not an inflection
      auto r = lem->Lemmatize(verb, TokenHash(verb), Tag::VBD, nullptr);
      if (!r.lemma.empty() && r.lemma != verb && lem->IsLemma(r.lemma, en::WnPos::kVerb))
        problems.push_back({std::string(p.file), p.line,
                            "verb '" + verb + "' is an inflected form of '" + std::string(r.lemma) +
                                "': verbs are matched by lemma, so this pattern never matches",
                            true});
    }
  }

  // Noun triggers are looked up by lemma too ("sanctions" -> "sanction"),
  // then by spelling: an entry written in the plural matches only that form.
  if (const auto* lem = dynamic_cast<const en::Lemmatizer*>(engine->pipeline().Find("lemmatizer"))) {
    for (const NounPattern& p : engine->nouns().patterns()) {
      const std::string& noun = p.head_word;
      if (noun.empty() || !noun.ends_with("s") || lem->IsLemma(noun, en::WnPos::kNoun)) continue;
      auto r = lem->Lemmatize(noun, TokenHash(noun), Tag::NNS, nullptr);
      if (!r.lemma.empty() && r.lemma != noun && lem->IsLemma(r.lemma, en::WnPos::kNoun))
        problems.push_back({p.file, p.line,
                            "noun '" + noun + "' is the plural of '" + std::string(r.lemma) +
                                "': nouns are matched by lemma, so this entry misses the singular",
                            false});
    }
  }

  size_t errors = 0, warnings = 0, printed = 0;
  for (const DictProblem& p : problems) {
    (p.error ? errors : warnings)++;
    if ((p.error || !f.errors_only) && printed < f.max_print) {
      std::cout << p.str() << "\n";
      ++printed;
    }
  }
  if (printed < errors + (f.errors_only ? 0 : warnings))
    std::cout << fmt::format("... {} more (raise --max)\n", errors + (f.errors_only ? 0 : warnings) - printed);
  std::cout << fmt::format(
      "dict lint: {} actor entries ({} names), {} verb patterns over {} lemmas, {} noun triggers, {} CAMEO codes; "
      "{} errors, {} warnings; loaded in {:.2f} s\n",
      report.actor_entries, report.actor_names, report.verb_patterns, report.verb_lemmas, report.noun_triggers,
      engine->codebook().size(), errors, warnings, report.seconds);
  return errors ? kExitSkipped : kExitOk;
}

// dyad dict import FILE... [--out DIR]: reads TABARI / PETRARCH dictionaries
// (dict/peer.h) and writes them in our format: DIR/NAME.actors.txt,
// NAME.agents.txt, NAME.verbs.txt and NAME.synsets.txt, where NAME is the
// file name without .txt and without its .actors/.agents/.verbs suffix.
// Without --out the result goes to stdout. Exit 1 if anything could not be
// expressed (errors are listed with file:line).
struct ImportFlags {
  std::string data_dir = dyad::DefaultDataDir();
  std::vector<std::string> files;
  std::string out_dir;
  size_t max_print = 200;
};

int RunImport(const ImportFlags& f) {
  namespace fs = std::filesystem;
  // Only the segmenter is needed: names and pattern words are tokenized the
  // way articles are, without loading the whole engine.
  std::string error;
  std::shared_ptr<Segmenter> seg = Segmenter::Load(
      {f.data_dir + "/text/abbreviations.en.txt", f.data_dir + "/text/abbreviations.es.txt"}, &error);
  if (!seg) {
    std::cerr << "dyad dict import: " << error << "\n";
    return kExitUsage;
  }
  NameTokenizer tokenize = [seg](std::string_view name, std::vector<NameToken>* out) {
    Doc scratch;
    seg->Tokenize(name, &scratch.tokens, &scratch.arena);
    for (const Token& t : scratch.tokens) out->push_back({t.lower_hash, CaseReq::kAny});
  };
  if (!f.out_dir.empty()) fs::create_directories(f.out_dir);
  int rc = kExitOk;
  size_t printed = 0;
  for (const std::string& path : f.files) {
    ActorDictionary actors;
    VerbDictionary verbs;
    std::vector<DictProblem> problems;
    std::vector<SynsetText> synsets;
    PeerRole role = PeerRole::kUnknown;
    PeerFormat format = PeerFormat::kOurs;
    std::string display = fs::path(path).filename().string();
    if (!LoadPeerDictionary(path, display, &actors, &verbs, tokenize, &problems, &synsets, &role, &format)) {
      std::cerr << "dyad dict import: cannot read " << path << "\n";
      rc = kExitUsage;
      continue;
    }
    std::string name = display;
    for (const char* ext : {".txt", ".actors", ".agents", ".verbs"})
      if (name.size() > std::strlen(ext) && name.ends_with(ext)) name.resize(name.size() - std::strlen(ext));
    std::vector<std::pair<std::string, std::string>> outputs;  // file name, text
    bool complete = true;
    std::ostringstream main, syn;
    if (role == PeerRole::kVerbs) {
      complete = WriteOursVerbs(verbs, main);
      outputs.push_back({name + ".verbs.txt", main.str()});
      if (!synsets.empty()) {
        WriteOursSynsets(synsets, syn);
        outputs.push_back({name + ".synsets.txt", syn.str()});
      }
    } else if (role != PeerRole::kOther) {
      complete = WriteOursActors(actors, main);
      outputs.push_back({name + (role == PeerRole::kAgents ? ".agents.txt" : ".actors.txt"), main.str()});
    }
    size_t errors = 0, warnings = 0;
    for (const DictProblem& p : problems) {
      (p.error ? errors : warnings)++;
      if (printed < f.max_print) {
        std::cerr << p.str() << "\n";
        ++printed;
      }
    }
    for (const auto& [file, text] : outputs) {
      if (f.out_dir.empty()) {
        std::cout << "# ---- " << file << "\n" << text;
      } else {
        std::ofstream out(fs::path(f.out_dir) / file, std::ios::binary);
        out << text;
        if (!out) {
          std::cerr << "dyad dict import: cannot write " << (fs::path(f.out_dir) / file).string() << "\n";
          rc = kExitUsage;
        }
      }
    }
    std::cerr << fmt::format("{}: {} {} -> {}: {} entries, {} patterns, {} synsets; {} errors, {} warnings{}\n", path,
                             PeerFormatName(format), PeerRoleName(role),
                             outputs.empty() ? std::string("nothing") : outputs[0].first, actors.entries().size(),
                             verbs.patterns().size(), synsets.size(), errors, warnings,
                             complete ? "" : " (some lines written as comments)");
    if ((errors || !complete) && rc == kExitOk) rc = kExitSkipped;
  }
  return rc;
}

struct SuggestFlags {
  EngineFlags engine;
  int senses = 1;
  size_t max = 200;
  std::vector<std::string> verbs;  // only these coded verbs ("" = all with a bare pattern)
};

// Proposes verb-pattern lines from WordNet: for each verb the dictionary
// codes on its own (a bare pattern such as "111 condemn"), its synonyms in
// the verb's most frequent senses that have no pattern yet. Printed in our
// pattern format, commented out, for a maintainer to review and copy.
int RunSuggest(const SuggestFlags& f) {
  auto engine = LoadEngine(f.engine);
  if (!engine) return kExitUsage;
  WordNetVerbs wn;
  std::string error;
  if (!wn.Load(EngineOptions{}.wordnet_dir, &error)) {
    std::cerr << "dyad dict suggest: " << error << "\n";
    return kExitUsage;
  }
  const VerbDictionary& verbs = engine->verbs();
  std::map<std::string, const VerbPattern*> bare;  // verb -> its bare pattern
  for (const VerbPattern& p : verbs.patterns()) {
    if (p.is_null()) continue;
    bool only_slots = true;
    for (const PatternElem& e : p.elems)
      only_slots &= e.kind != PatternElem::Kind::kWord && e.kind != PatternElem::Kind::kSynset;
    std::string verb(p.text.substr(0, p.text.find(' ')));
    if (only_slots && !bare.count(verb)) bare[verb] = &p;
  }
  size_t printed = 0;
  for (const auto& [verb, p] : bare) {
    if (!f.verbs.empty() && std::find(f.verbs.begin(), f.verbs.end(), verb) == f.verbs.end()) continue;
    for (const auto& syn : wn.Synonyms(verb, f.senses)) {
      std::string head = syn.word.substr(0, syn.word.find(' '));
      if (verbs.PatternsFor(TokenHash(head))) continue;  // already has patterns of its own
      if (printed++ >= f.max) break;
      std::cout << fmt::format("# {:<5} {:<24} # WordNet: synonym of '{}' (sense {}, synset {:08}); {} is {}\n", p->code,
                               syn.word, verb, syn.sense, syn.synset, verb, p->ref());
    }
  }
  std::cerr << fmt::format("dict suggest: {} proposals from {} coded verbs (review, then copy into data/verbs)\n",
                           std::min(printed, f.max), bare.size());
  return kExitOk;
}

struct UnknownFlags {
  EngineFlags engine;
  std::vector<std::string> paths;
  std::string lang = "en";  // for articles that do not say their own, as `dyad code --lang`
  size_t top = 30;
};

// Codes the corpus with the pipeline of each article's language and prints
// UnknownTally's lists (engine/unknown.h says what each holds).
int RunUnknown(const UnknownFlags& f) {
  if (f.paths.empty()) {
    std::cerr << "dyad dict unknown: give a corpus (files, folders or -)\n";
    return kExitUsage;
  }
  auto engine = LoadEngine(f.engine);
  if (!engine) return kExitUsage;
  UnknownTally tally(*engine);
  ReaderOptions ropts;
  ropts.default_lang = f.lang;
  ArticleReader reader(f.paths, ropts);
  Article a;
  Doc doc;
  bool spanish = false;
  while (reader.Next(&a)) {
    doc.Clear();
    doc.article = std::move(a);
    spanish |= doc.article.lang == "es";
    engine->Code(doc);
    tally.Add(doc);
  }
  // The example's first 120 bytes, cut before a UTF-8 continuation byte so
  // that an accented letter is never split (Spanish examples were).
  auto head = [](std::string_view s) {
    size_t n = std::min<size_t>(s.size(), 120);
    while (n < s.size() && n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
  };
  auto print = [&](const char* title, const std::vector<UnknownTally::Row>& rows) {
    std::cout << title << "\n";
    for (const UnknownTally::Row& r : rows)
      std::cout << fmt::format("{:>7}  {:<28} e.g. {}\n", r.count, r.text, head(r.example));
    std::cout << "\n";
  };
  print("Uncoded verbs (no pattern for the lemma) in sentences with an actor:", tally.Verbs(f.top));
  print("Proper names no actor entry covers:", tally.Names(f.top));
  if (spanish)
    print("Noun phrases in an actor's place (subject, personal \"a\") no actor entry covers:", tally.NounPhrases(f.top));
  return reader.problem_count() ? kExitSkipped : kExitOk;
}

}  // namespace

Runner AddDict(CLI::App* dict) {
  auto f = std::make_shared<DictFlags>();
  dict->require_subcommand(1);
  CLI::App* lint = dict->add_subcommand("lint", "check every dictionary file; exit 1 on errors");
  f->engine.Add(lint);
  lint->add_option("--max", f->max_print, "print at most this many problems")->capture_default_str();
  lint->add_flag("--errors-only", f->errors_only, "hide warnings");
  auto imp = std::make_shared<ImportFlags>();
  CLI::App* import = dict->add_subcommand("import", "convert TABARI / PETRARCH dictionaries to dyad's format");
  import->add_option("files", imp->files, "peer dictionary files (actors, agents or verbs)")->required();
  import->add_option("--out", imp->out_dir, "write NAME.actors.txt / NAME.verbs.txt ... here (default: stdout)");
  import->add_option("--data", imp->data_dir, "dyad data folder (for the tokenizer)")->capture_default_str();
  import->add_option("--max", imp->max_print, "print at most this many problems")->capture_default_str();
  auto g = std::make_shared<SuggestFlags>();
  CLI::App* suggest = dict->add_subcommand("suggest", "propose verb patterns from WordNet synonyms of coded verbs, for review");
  suggest->add_option("verbs", g->verbs, "only synonyms of these verbs");
  suggest->add_option("--senses", g->senses, "how many of each verb's most frequent senses")->capture_default_str();
  suggest->add_option("--max", g->max, "print at most this many proposals")->capture_default_str();
  g->engine.Add(suggest);
  auto u = std::make_shared<UnknownFlags>();
  CLI::App* unknown = dict->add_subcommand("unknown", "rank the verbs and names a corpus uses that no dictionary covers");
  unknown->add_option("paths", u->paths, "corpus: files, folders or -")->required();
  unknown->add_option("--top", u->top, "rows per list")->capture_default_str();
  unknown->add_option("--lang", u->lang, "language of articles that do not say their own: en or es")
      ->check(CLI::IsMember({"en", "es"}))
      ->capture_default_str();
  u->engine.Add(unknown);
  auto check_run = std::make_shared<Runner>();
  CLI::App* check = AddCheckReference(dict, check_run.get());
  return [f, imp, import, u, unknown, g, suggest, check, check_run] {
    if (check->parsed()) return (*check_run)();
    if (unknown->parsed()) return RunUnknown(*u);
    if (suggest->parsed()) return RunSuggest(*g);
    return import->parsed() ? RunImport(*imp) : RunLint(*f);
  };
}

}  // namespace dyad::cli
