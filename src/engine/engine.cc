#include "engine/engine.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iostream>
#include <unordered_set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "actors/matcher.h"
#include "actors/titles.h"
#include "analysis/clauses.h"
#include "analysis/profiles.h"
#include "analysis/pronouns.h"
#include "analysis/quotes.h"
#include "dict/peer.h"
#include "engine/dict_cache.h"
#include "engine/load_helper.h"
#include "engine/model_cache.h"
#include "events/nominal.h"
#include "events/word_class.h"
#include "lang/en/lemmatizer.h"
#include "lang/en/lexicon.h"
#include "lang/en/tagger.h"
#include "lang/es/clauses.h"
#include "lang/es/morphology.h"
#include "model/ascii.h"
#include "model/lines.h"
#include "model/read_file.h"
#include "output/evidence_json.h"
#include "output/json_writer.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "time/date_shift.h"
#include "time/time_tagger.h"

namespace dyad {

namespace fs = std::filesystem;

size_t LoadReport::errors() const {
  return static_cast<size_t>(std::count_if(problems.begin(), problems.end(),
                                           [](const DictProblem& p) { return p.error; }));
}

std::vector<std::string> ListDataFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// "data/actors/people/colombia.txt" -> "actors/people/colombia.txt": evidence
// cites files relative to the data folder, the way a user edits them.
std::string Display(const std::string& path, const std::string& data_dir) {
  // A file listed under the data folder (ListDataFiles) is written as the
  // folder, '/', the rest: strip the prefix. fs::relative resolves both
  // paths against the file system (weakly_canonical: a readlink for every
  // component of each), 865 failing system calls per start-up for ~100
  // files; it stays for files given otherwise (--dict, --verbs), which may
  // reach the folder through another spelling.
  if (path.size() > data_dir.size() + 1 && path.starts_with(data_dir) && path[data_dir.size()] == '/' &&
      !data_dir.ends_with('/') && path.find("/.", data_dir.size()) == std::string::npos)
    return path.substr(data_dir.size() + 1);
  std::error_code ec;
  fs::path rel = fs::relative(path, data_dir, ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path;
  return rel.generic_string();
}

// cameo/intent.tsv: "ACT<TAB>INTENT" per line, ACT a CAMEO code or prefix
// ("16" = any 16x), INTENT the code for announcing that act (03x or 13x).
void LoadIntentCodes(const std::string& path, const std::string& display, const Codebook& codebook,
                     EventCoderOptions* out, std::vector<DictProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems->push_back({display, 0, "cannot read the intent code table; stated intentions will not be coded", false});
    return;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  out->intent_file = display;
  ForEachLine(text, [&](uint32_t lineno, std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') return;
    size_t tab = line.find('\t');
    std::string act(line.substr(0, tab)), intent(tab == std::string_view::npos ? "" : line.substr(tab + 1));
    std::string refusal;  // optional third column
    if (size_t tab2 = intent.find('\t'); tab2 != std::string::npos) {
      refusal = intent.substr(tab2 + 1);
      intent.resize(tab2);
    }
    bool digits = !act.empty() && act.size() <= 4 && act.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || intent.empty() || !codebook.Find(intent) || (!refusal.empty() && !codebook.Find(refusal))) {
      problems->push_back({display, lineno, "expected 'ACT<TAB>INTENT[<TAB>REFUSAL]' with CAMEO codes (are '" + intent +
                                                "' and '" + refusal + "' in cameo/codebook.tsv?)", true});
      return;
    }
    if (!refusal.empty()) out->refusal_codes.emplace_back(act, std::move(refusal));
    out->intent_codes.emplace_back(std::move(act), std::move(intent));
  });
}

// cameo/asked.tsv: "ACT<TAB>APPEAL<TAB>DEMAND" per line, ACT a CAMEO code or
// prefix, APPEAL and DEMAND the codes for appealing for that act (02x) and
// demanding it (10x). Read as cameo/intent.tsv is, into tables the coder
// looks up with the same IntentCodeFor.
void LoadAskedCodes(const std::string& path, const std::string& display, const Codebook& codebook,
                    EventCoderOptions* out, std::vector<DictProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems->push_back({display, 0, "cannot read the asked-act table; appeals and demands keep their patterns' codes", false});
    return;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  out->asked_file = display;
  ForEachLine(text, [&](uint32_t lineno, std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') return;
    size_t tab = line.find('\t');
    size_t tab2 = tab == std::string_view::npos ? tab : line.find('\t', tab + 1);
    std::string act(line.substr(0, tab));
    std::string appeal = tab2 == std::string_view::npos ? "" : std::string(line.substr(tab + 1, tab2 - tab - 1));
    std::string demand = tab2 == std::string_view::npos ? "" : std::string(line.substr(tab2 + 1));
    bool digits = !act.empty() && act.size() <= 4 && act.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || appeal.empty() || demand.empty() || !codebook.Find(appeal) || !codebook.Find(demand) ||
        !appeal.starts_with("02") || !demand.starts_with("10")) {
      problems->push_back({display, lineno, "expected 'ACT<TAB>APPEAL<TAB>DEMAND' with CAMEO codes, an appeal (02x) and a demand (10x) ('" +
                                                appeal + "', '" + demand + "')", true});
      return;
    }
    out->appeal_codes.emplace_back(act, std::move(appeal));
    out->demand_codes.emplace_back(std::move(act), std::move(demand));
  });
}

// Country names from Debian's iso-codes (English: name, common_name) and
// ICU's locale data (Spanish display names), so a country we did not write
// out by hand is still found. Names we already have are not added twice;
// ISO's inverted forms ("Korea, Republic of") are not how news writes, so
// names with a comma or parenthesis are left out.
void AddIsoCountries(const std::string& iso_dir, ActorDictionary* dict, std::vector<DictProblem>* problems) {
  std::string path = iso_dir + "/iso_3166-1.json";
  std::string text;
  if (!ReadWholeFile(path, &text)) {
    problems->push_back({path, 0, "cannot read iso-codes country list (Debian package iso-codes); using data/actors only",
                         false});
    return;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    problems->push_back({path, 0, std::string("malformed JSON: ") + e.what(), false});
    return;
  }
  // The countries and their candidate names first (English name, common
  // name, Spanish name from ICU), then which of those names, lower-cased,
  // the dictionary already has. Only those ~750 names are ever asked about:
  // a set of all 20,000+ dictionary names, each lower-cased into its own
  // heap string, was most of this function's cost (start-up, main thread).
  struct Country {
    std::string a3;
    uint32_t line;
    std::vector<std::string> candidates;
  };
  // ASCII case folding, what std::tolower does in the "C" locale dyad runs
  // in (it never calls setlocale), without a library call per byte (356,000
  // calls; the main thread's start-up fell by 3.8M instructions).
  auto lower = [](std::string_view n, std::string* out) {
    out->assign(n);
    for (char& c : *out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  };
  std::vector<Country> countries;
  std::unordered_set<std::string> asked;  // every candidate, lower-cased
  std::string low;
  const icu::Locale spanish("es");
  uint32_t line = 0;
  for (const auto& c : j.value("3166-1", nlohmann::json::array())) {
    ++line;
    std::string a3 = c.value("alpha_3", ""), a2 = c.value("alpha_2", "");
    if (a3.size() != 3) continue;
    std::vector<std::string> candidates = {c.value("name", ""), c.value("common_name", "")};
    icu::UnicodeString es;
    icu::Locale("", a2.c_str()).getDisplayCountry(spanish, es);
    std::string es8;
    es.toUTF8String(es8);
    if (es8 != a2) candidates.push_back(es8);
    for (const std::string& n : candidates) {
      lower(n, &low);
      asked.insert(low);
    }
    countries.push_back({std::move(a3), line, std::move(candidates)});
  }
  // Names taken: those of the dictionary among the asked ones, then each
  // name as it is added (so a country's names are not repeated either).
  std::unordered_set<std::string> known;
  for (const ActorEntry& e : dict->entries()) {
    for (const std::string& n : e.names) {
      lower(n, &low);
      if (asked.count(low)) known.insert(low);
    }
  }
  for (Country& c : countries) {
    ActorEntry e;
    e.file = "iso-codes:iso_3166-1.json";
    e.line = c.line;
    e.kind = ActorKind::kCountry;
    CodePeriod p;
    p.code = c.a3;
    e.codes.push_back(p);
    for (const std::string& n : c.candidates) {
      if (n.empty() || n.find_first_of(",()") != std::string::npos) continue;
      lower(n, &low);
      if (!known.insert(low).second) continue;
      e.names.push_back(n);
    }
    if (!e.names.empty()) dict->Add(std::move(e));
  }
}

std::string VerbText(const Doc& doc, TokenRange r) {
  if (r.empty()) return {};
  if (r.size() <= 6) return std::string(doc.text(r));
  // A long pattern ("revoke the visa of ... Petro"): the first and last words.
  std::string s(doc.text(TokenRange{r.begin, r.begin + 1}));
  s += " ... ";
  s += doc.text(TokenRange{r.end - 1, r.end});
  return s;
}

// The evidence keys, made once at compile time (output/evidence_json.h).
constexpr JsonKey kEvAntecedent{"antecedent"};
constexpr JsonKey kEvCode{"code"};
constexpr JsonKey kEvCodeName{"code_name"};
constexpr JsonKey kEvDate{"date"};
constexpr JsonKey kEvDateRule{"date_rule"};
constexpr JsonKey kEvDateSentence{"date_sentence"};
constexpr JsonKey kEvEntry{"entry"};
constexpr JsonKey kEvHow{"how"};
constexpr JsonKey kEvNote{"note"};
constexpr JsonKey kEvObject{"object"};
constexpr JsonKey kEvPattern{"pattern"};
constexpr JsonKey kEvPeriodRule{"period_rule"};
constexpr JsonKey kEvSourceActor{"source_actor"};
constexpr JsonKey kEvTargetActor{"target_actor"};
constexpr JsonKey kEvTitle{"title"};
constexpr JsonKey kEvTitleIgnored{"title_ignored"};
constexpr JsonKey kEvTrigger{"trigger"};
constexpr JsonKey kEvVerbLemma{"verb_lemma"};
constexpr JsonKey kEvWords{"words"};

// A record's text of a date ("" if unknown), kept for the last date this
// thread formatted: the publication date is the same for every event of an
// article (and for the next articles of a day), so Date::str (~100
// instructions) ran twice an event for the same few dates. The text is a
// function of the Date's fields, which operator== compares all of. The
// reference is good until the next call.
const std::string& DateText(const Date& d) {
  struct Last {
    Date date;
    std::string text;  // "" for the default Date (invalid), as formatted
  };
  thread_local Last last;
  if (!(d == last.date)) {
    last.date = d;
    last.text = d.valid() ? d.str() : std::string();
  }
  return last.text;
}

void AddActorEvidence(CompactJsonObject& ev, const JsonKey& role, const Doc& doc, uint32_t actor) {
  if (actor == kNone32 || actor >= doc.actors.size()) return;
  const ActorMention& m = doc.actors[actor];
  // Fields added in the byte order of their keys, the order the object
  // is written in (CompactJsonObject then only checks it), straight into
  // the event's object.
  CompactJsonObject a(ev, role);
  if (m.antecedent != kNone32 && m.antecedent < doc.actors.size())
    a.AddString(kEvAntecedent, doc.text(doc.actors[m.antecedent].tokens));
  a.AddString(kEvCode, m.code);
  // Without a date the code is the entry's office, not its office on the
  // day (ActorEntry::CodeAt): say so, so a reader can weigh it.
  if (!doc.article.published.valid() && (m.sentence >= doc.sentences.size() || !doc.sentences[m.sentence].date.valid()))
    a.AddString(kEvDate, "unknown");
  {
    // A string reused by the thread (EntryText's would be a heap block a
    // mention); AddString copies it into the object.
    thread_local std::string entry;
    entry.clear();
    m.AppendEntryText(&entry);
    a.AddString(kEvEntry, entry);
  }
  a.AddString(kEvHow, ActorResolutionName(m.how));
  // A title before a person's name (actors/titles.h): the words, and
  // whether they chose the period or the date had.
  if (m.title_use != TitleUse::kNone) {
    if (m.title_use == TitleUse::kChose) a.AddString(kEvPeriodRule, "title");
    a.AddString(kEvTitle, AsciiLower(doc.text(m.title)));
    if (m.title_use == TitleUse::kDateDecided) a.AddString(kEvTitleIgnored, "date");
    else if (m.title_use != TitleUse::kChose) a.AddString(kEvTitleIgnored, "no period with its role");
  }
  a.AddString(kEvWords, doc.text(m.tokens));
  a.Close();
}

// English verbs as the peer verb loaders need them (dict/peer.h), from
// WordNet through the lemmatizer.
VerbLexicon MakeVerbLexicon(const std::shared_ptr<const en::Lemmatizer>& lem) {
  auto sorted = std::make_shared<std::vector<std::string>>();
  for (std::string_view l : lem->Lemmas(en::WnPos::kVerb)) sorted->emplace_back(l);
  std::sort(sorted->begin(), sorted->end());
  VerbLexicon lex;
  lex.lemma_of = [lem](std::string_view word) -> std::string {
    if (lem->IsLemma(word, en::WnPos::kVerb)) return std::string(word);
    for (Tag tag : {Tag::VBD, Tag::VBG, Tag::VBZ}) {
      auto r = lem->Lemmatize(word, TokenHash(word), tag, nullptr);
      if (r.lemma != word && lem->IsLemma(r.lemma, en::WnPos::kVerb)) return std::string(r.lemma);
    }
    return {};
  };
  lex.with_prefix = [sorted](std::string_view stem) {
    std::vector<std::string> out;
    for (auto it = std::lower_bound(sorted->begin(), sorted->end(), stem);
         it != sorted->end() && it->starts_with(stem); ++it)
      out.push_back(*it);
    return out;
  };
  return lex;
}

// Our dictionaries (and the peers'), built from their files: what the
// compiled cache saves (engine/dict_cache.h). `lemmatizer` waits for the
// English models; only peer verb files need it, and it returns null when
// they cannot load.
bool BuildDictionaries(const EngineOptions& options, const Codebook& codebook, const NameTokenizer& tokenize,
                       const std::function<std::shared_ptr<const en::Lemmatizer>()>& lemmatizer,
                       OurDictionaries& d) {
  const std::string& data = options.data_dir;
  std::vector<DictProblem>& problems = d.problems;
  // Our verb files depend only on the segmenter (synset members are
  // tokenised like text): they load on a third thread while this one reads
  // the actors, into their own problem list, appended below where verb
  // problems always came so the report reads the same. Start-up's main
  // thread was the longest of the two (276M instructions against the
  // English models' 180M); this splits it.
  d.verbs = std::make_shared<VerbDictionary>();
  // data/verbs/es/ is the Spanish dictionary, loaded into its own below.
  const std::string es_dir = data + "/verbs/es/";
  std::vector<DictProblem> verb_problems;
  std::future<void> verbs_loaded = std::async(std::launch::async, [&] {
    std::vector<std::string> verb_files = ListDataFiles(data + "/verbs");
    std::erase_if(verb_files, [&](const std::string& f) { return f.starts_with(es_dir); });
    for (const std::string& f : verb_files) {
      std::string base = fs::path(f).filename().string();
      if (base == "synsets.txt")
        d.verbs->LoadSynsetFile(f, Display(f, data), tokenize, &verb_problems);
      else if (base == "control.txt")
        d.verbs->LoadControlFile(f, Display(f, data), &verb_problems);
    }
    verb_files.insert(verb_files.end(), options.extra_verb_files.begin(), options.extra_verb_files.end());
    std::vector<std::pair<std::string, std::string>> pattern_files;  // (path, display), read in one go
    for (const std::string& f : verb_files) {
      std::string base = fs::path(f).filename().string();
      if (base == "synsets.txt" || base == "control.txt" || base == "nouns.txt") continue;
      if (options.peer_only && f.starts_with(data + "/verbs")) continue;
      pattern_files.emplace_back(f, Display(f, data));
    }
    d.verbs->LoadPatternFiles(pattern_files, &verb_problems);
    // Without peer dictionaries no verb file can follow (peer verb files
    // are read below, after the actors), so the patterns compile here, off
    // the main thread: it is start-up's longest once the English models
    // come from the cache (Compile is 14.6M of its 97M instructions). Its
    // problems come right after the loading ones either way.
    if (options.peer_dictionaries.empty()) d.verbs->Compile(&verb_problems);
  });

  // Actors.
  d.actors = std::make_shared<ActorDictionary>();
  std::vector<std::string> actor_files;
  if (!options.peer_only) actor_files = ListDataFiles(data + "/actors");
  actor_files.insert(actor_files.end(), options.extra_actor_files.begin(), options.extra_actor_files.end());
  d.titles = std::make_shared<TitleTable>();
  for (const std::string& f : actor_files) {
    // titles.txt is not an actor file: the words before a name and the
    // role they give it (actors/titles.h).
    if (Display(f, data) == "actors/titles.txt") {
      d.titles->LoadFile(f, Display(f, data), &problems);
      continue;
    }
    if (!d.actors->LoadFile(f, Display(f, data), &problems))
      problems.push_back({f, 0, "cannot read actor dictionary", true});
  }
  // Peer dictionaries: actor and agent files now, verb files with the verbs.
  std::vector<std::string> peer_verb_files;
  for (const std::string& f : options.peer_dictionaries) {
    std::string head;
    if (std::ifstream in(f, std::ios::binary); in) {
      head.resize(1024);
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<size_t>(in.gcount()));
    }
    // A discards or coding-ontology file (PeerRole::kOther) is read into the verb dictionary too.
    if (PeerRole r = SniffDictionaryRole(f, head); r == PeerRole::kVerbs || r == PeerRole::kOther)
      peer_verb_files.push_back(f);
    else LoadPeerDictionary(f, Display(f, data), d.actors.get(), nullptr, tokenize, &problems);
  }
  if (options.iso_country_names && !options.peer_only) AddIsoCountries(options.iso_codes_dir, d.actors.get(), &problems);
  d.index = std::make_shared<ActorIndex>(*d.actors, tokenize, &problems);

  // Verbs (loading since before the actors).
  verbs_loaded.get();
  problems.insert(problems.end(), verb_problems.begin(), verb_problems.end());
  if (!peer_verb_files.empty()) {
    // Peer verb files name verbs by stem or inflected form, which the
    // lemmatizer turns into the lemmas the coder uses.
    std::shared_ptr<const en::Lemmatizer> lem = lemmatizer();
    if (!lem) return false;
    VerbLexicon verb_lexicon = MakeVerbLexicon(lem);
    for (const std::string& f : peer_verb_files) {
      PeerFormat format = PeerFormat::kOurs;
      LoadPeerDictionary(f, Display(f, data), nullptr, d.verbs.get(), tokenize, &problems,
                         nullptr, nullptr, &format, &verb_lexicon);
      d.tabari_verbs |= format == PeerFormat::kTabari;
    }
  }
  if (!options.peer_dictionaries.empty()) d.verbs->Compile(&problems);  // else compiled with the loading
  for (const VerbPattern& p : d.verbs->patterns()) {
    // TABARI's marks of a subordinate ("023?") or dominant ("031!") code are no part of the code.
    std::string_view code = p.code;
    while (code.ends_with('?') || code.ends_with('!')) code.remove_suffix(1);
    if (!p.is_null() && !codebook.Find(code))
      problems.push_back(
          {std::string(p.file), p.line, "unknown CAMEO code " + p.code + " (not in cameo/codebook.tsv)", true});
    if (!p.paired_code.empty() && !codebook.Find(p.paired_code))
      problems.push_back({std::string(p.file), p.line, "unknown paired CAMEO code " + p.paired_code, true});
  }
  // Noun triggers: ours only (the peers' suites measure their own dictionaries).
  auto load_nouns = [&](const std::string& f, const VerbDictionary& synsets) {
    auto nouns = std::make_shared<NounDictionary>();
    if (!options.peer_only && fs::exists(f)) {
      nouns->LoadFile(f, Display(f, data), &problems);
      nouns->Compile(synsets, &problems);
      for (const NounPattern& p : nouns->patterns())
        if (!p.is_null() && !codebook.Find(p.code))
          problems.push_back({p.file, p.line, "unknown CAMEO code " + p.code + " (not in cameo/codebook.tsv)", true});
    }
    return nouns;
  };
  d.nouns = load_nouns(data + "/verbs/nouns.txt", *d.verbs);

  // Spanish verbs: their own dictionary, so a Spanish lemma never meets an
  // English pattern (and lint checks them with the rest).
  d.es_verbs = std::make_shared<VerbDictionary>();
  if (!options.peer_only) {
    // Its own synsets.txt: Spanish noun classes, which English patterns
    // never name (names resolve at Compile, so file order does not matter).
    for (const std::string& f : ListDataFiles(es_dir)) {
      if (fs::path(f).filename() == "control.txt")
        d.es_verbs->LoadControlFile(f, Display(f, data), &problems);
      else if (fs::path(f).filename() == "synsets.txt")
        d.es_verbs->LoadSynsetFile(f, Display(f, data), tokenize, &problems);
      else if (fs::path(f).filename() == "nouns.txt")
        continue;  // noun triggers, loaded below
      else
        d.es_verbs->LoadPatternFile(f, Display(f, data), &problems);
    }
  }
  d.es_verbs->Compile(&problems);
  d.es_nouns = load_nouns(es_dir + "nouns.txt", *d.es_verbs);
  for (const VerbPattern& p : d.es_verbs->patterns()) {
    if (!p.is_null() && !codebook.Find(p.code))
      problems.push_back(
          {std::string(p.file), p.line, "unknown CAMEO code " + p.code + " (not in cameo/codebook.tsv)", true});
  }

  return true;
}

}  // namespace

Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::Load(const EngineOptions& options, std::string* error, LoadReport* report) {
  auto start = std::chrono::steady_clock::now();
  LoadReport local;
  if (!report) report = &local;
  std::vector<DictProblem>& problems = report->problems;
  std::unique_ptr<Engine> engine(new Engine());
  const std::string& data = options.data_dir;
  if (!fs::is_directory(data)) {
    *error = "data folder not found: " + data + " (pass --data DIR, the dyad data/ folder)";
    return nullptr;
  }

  // The English tagger lexicon and the WordNet lemmatizer read Debian's
  // files and depend on nothing else here: they load on a second thread,
  // the load helper (engine/load_helper.h), while this one reads our
  // dictionaries (the main thread's start-up work fell from 461M to 272M
  // instructions; 0.09 -> 0.08 s on 2 cores, the files' page faults being
  // the rest). With a cache folder they are read back from the compiled
  // cache when none of their files changed (engine/model_cache.h; our
  // dictionaries have a cache file of their own, engine/dict_cache.h). On
  // a hit of that cache the helper then restores our dictionaries' actor
  // section while this thread restores the verb section
  // (OurDictionaries::Restore). The task has its own copies of the paths
  // and owns its promise: it reads nothing of this frame. `helper`'s
  // destructor waits for its tasks on every return, so none runs after
  // Load (and the helper thread exits only then, beside the coding).
  // Posted first, before the segmenter's abbreviations are read here: on a
  // cache hit the helper's path (the models, then the actor section) is
  // start-up's longest, the main thread waiting for it at the end (stop
  // 30, h-start6), so the loading ends as much earlier as it starts.
  LoadHelper helper;
  auto english_promise = std::make_shared<std::promise<EnglishModels>>();
  std::future<EnglishModels> english = english_promise->get_future();
  helper.Post([promise = english_promise, wordnet = options.wordnet_dir, tagger = options.tagger_dir,
               overrides = data + "/lexicon/en.tags.txt", cache = options.cache_dir]() {
    // An exception reaches english.get() as it did through std::async.
    try {
      promise->set_value(LoadEnglishModels(wordnet, tagger, overrides, cache));
    } catch (...) {
      promise->set_exception(std::current_exception());
    }
  });
  std::shared_ptr<en::Lemmatizer> lemmatizer;
  std::shared_ptr<en::Lexicon> lexicon;
  auto wait_english = [&]() {
    if (lemmatizer) return true;
    EnglishModels m = english.get();
    report->cache = m.cache;
    report->cache_problem = m.cache_problem;
    if (!m.error.empty()) {
      *error = m.error;
      return false;
    }
    lemmatizer = m.lemmatizer;
    lexicon = m.lexicon;
    return true;
  };

  // Text: the segmenter also tokenises dictionary names, so a name and its
  // occurrence in an article always split the same way.
  std::string err;
  std::shared_ptr<Segmenter> seg =
      Segmenter::Load({data + "/text/abbreviations.en.txt", data + "/text/abbreviations.es.txt"}, &err);
  if (!seg) {
    *error = err;
    return nullptr;
  }
  engine->segmenter_ = seg;
  engine->name_tokenizer_ = [seg](std::string_view name, std::vector<NameToken>* out) {
    // One scratch document per thread, cleared per name: a fresh Doc for
    // each of the ~40,000 names and synset members cost 15% of start-up.
    // Only its tokens and arena are ever filled, so only they are cleared
    // (Doc::Clear() also resets the article and eight other vectors: ~370
    // instructions a name, 7M of the main thread's start-up).
    static thread_local Doc scratch;
    scratch.tokens.clear();
    scratch.arena.Clear();
    seg->Tokenize(name, &scratch.tokens, &scratch.arena);
    for (const Token& t : scratch.tokens) {
      NameToken nt;
      nt.hash = t.lower_hash;
      nt.req = t.has(kAllCaps) ? CaseReq::kAllCaps : t.has(kCapitalized) ? CaseReq::kCapitalized : CaseReq::kAny;
      out->push_back(nt);
    }
  };

  // Codebook.
  engine->codebook_ = std::make_shared<Codebook>();
  if (!Codebook::Load(data + "/cameo/codebook.tsv", engine->codebook_.get(), &err)) {
    *error = err;
    return nullptr;
  }

  // Our dictionaries: read back from the compiled cache when none of their
  // inputs changed (engine/dict_cache.h), else built from their files.
  OurDictionaries d;
  auto english_lemmatizer = [&]() -> std::shared_ptr<const en::Lemmatizer> {
    return wait_english() ? lemmatizer : nullptr;
  };
  auto build = [&](OurDictionaries* out) {
    return BuildDictionaries(options, *engine->codebook_, engine->name_tokenizer_, english_lemmatizer, *out);
  };
  // The event coder, made as soon as the verbs are (make_coder): on a hit
  // of the cache its tables (~1 ms) are built while the actors are still
  // being restored on the helper. What it needs besides the verbs is read
  // first: the intent table's problems are kept apart and listed after our
  // dictionaries' as before.
  EventCoderOptions coder_options;
  std::vector<DictProblem> intent_problems;
  if (!options.peer_only) LoadIntentCodes(data + "/cameo/intent.tsv", Display(data + "/cameo/intent.tsv", data),
                                          *engine->codebook_, &coder_options, &intent_problems);
  if (!options.peer_only) LoadAskedCodes(data + "/cameo/asked.tsv", Display(data + "/cameo/asked.tsv", data),
                                         *engine->codebook_, &coder_options, &intent_problems);
  coder_options.infinitive_under_unknown_verb = options.peer_only;  // the peers' reading of infinitives
  coder_options.peer_reading = options.peer_only;
  // "Neither X nor Y boycotted ...": X's and Y's act in both peers' suites.
  if (options.peer_only) coder_options.conjunctions = {"nor"};
  coder_options.modifiers_in_coordination = true;  // "Saudi Arabia and the UAE" (coder.h)
  coder_options.index_in_background = options.background_indexes;
  std::shared_ptr<EventCoder> coder;
  // Reads only what LoadDictionaries says is final when it calls this
  // (the verbs and nouns); called again if a failed restore is rebuilt.
  auto make_coder = [&](const OurDictionaries& ready) {
    EventCoderOptions o = coder_options;
    o.dictionary_verbs = options.peer_only && ready.tabari_verbs;
    if (!ready.nouns->empty()) o.nouns = ready.nouns;
    o.lists = ready.lists;  // from the cache: not built again (EventCoderLists)
    coder = std::make_shared<EventCoder>(ready.verbs, o);
  };
  std::string dict_cache_problem;
  if (!LoadDictionaries(options, build, &d, &report->dict_cache, &dict_cache_problem, &helper, make_coder)) {
    if (error->empty()) *error = "the English models could not load";
    return nullptr;
  }
  problems.insert(problems.end(), d.problems.begin(), d.problems.end());
  engine->actors_ = d.actors;
  engine->titles_ = d.titles;
  engine->index_ = d.index;
  engine->verbs_ = d.verbs;
  engine->es_verbs_ = d.es_verbs;
  engine->nouns_ = d.nouns;
  engine->es_nouns_ = d.es_nouns;
  engine->es_coder_lists_ = d.es_lists;
  report->actor_entries = engine->actors_->entries().size();
  for (const ActorEntry& e : engine->actors_->entries()) report->actor_names += e.names.size();
  report->verb_patterns = engine->verbs_->patterns().size() + engine->es_verbs_->patterns().size();
  // Distinct lemmas: Compile keys its table by them (a sort and unique of
  // every pattern's lemma was 7.5M instructions of each start-up).
  report->verb_lemmas = engine->verbs_->num_verbs();
  report->noun_triggers = engine->nouns_->patterns().size() + engine->es_nouns_->patterns().size();

  // English tagger and lemmatizer from Debian's data (loaded above).
  if (!wait_english()) return nullptr;
  if (!dict_cache_problem.empty())
    report->cache_problem += (report->cache_problem.empty() ? "" : "; ") + dict_cache_problem;

  auto verbs = engine->verbs_;
  ClauseAnalyzerOptions clause_options;
  clause_options.is_speech = [verbs](uint64_t h) { return verbs->IsSpeech(h); };
  clause_options.serial_comma_subjects = true;  // "Peru, Chile, and Bolivia signed": news English writes lists so
  problems.insert(problems.end(), intent_problems.begin(), intent_problems.end());
  engine->coder_ = coder;
  ActorMatcherOptions matcher_options;
  matcher_options.titles = engine->titles_;
  // The word classes the matcher's and the pronoun stage's rules read
  // (EventCoder::CoderClasses): data of the verb dictionaries' synsets.
  matcher_options.landmark_words = SynsetClass(*engine->verbs_, "LANDMARK");
  matcher_options.armed_unit_words = SynsetClass(*engine->es_verbs_, "ARMED_UNIT");
  matcher_options.locality_words = SynsetClass(*engine->es_verbs_, "LOCALITY_NOUN");
  engine->matcher_ = std::make_shared<ActorMatcher>(engine->actors_, engine->index_, matcher_options);
  engine->data_dir_ = data;
  engine->hunspell_dir_ = options.hunspell_dir;
  engine->intent_codes_ = coder_options.intent_codes;

  engine->pipeline_.Add(std::make_shared<Normalizer>())
      .Add(seg)
      .Add(std::make_shared<en::Tagger>(lexicon))
      .Add(lemmatizer)
      .Add(std::make_shared<TimeTagger>())
      .Add(std::make_shared<DateShifter>())
      .Add(engine->matcher_)
      .Add(std::make_shared<ClauseAnalyzer>(clause_options))
      .Add(std::make_shared<QuoteFinder>())
      // After the quote finder, whose kInQuote marks the pronouns it leaves alone.
      .Add(std::make_shared<PronounSubjects>(matcher_options.anaphor_window, engine->actors_,
                                             SynsetClass(*engine->verbs_, "ORGANISATION_WORD")))
      .Add(coder);


  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return engine;
}

const Pipeline& Engine::PipelineFor(std::string_view lang) const {
  if (lang != "es") return pipeline_;
  std::call_once(es_once_, [this] { BuildSpanish(); });
  return es_pipeline_ ? *es_pipeline_ : pipeline_;
}

// The Spanish pipeline shares the text, time and actor stages with English
// (they already read Spanish: ICU names, Spanish month and weekday words)
// and has its own tagger-lemmatiser, clause analyser and verb dictionary.
void Engine::BuildSpanish() const {
  std::string error;
  auto tagger = es::Tagger::Load(hunspell_dir_, data_dir_ + "/lexicon/es.closed.txt", &error);
  if (!tagger) {
    std::cerr << "dyad: Spanish articles are coded with the English pipeline: " << error << "\n";
    return;
  }
  auto verbs = es_verbs_;
  es::ClauseAnalyzerOptions clause_options;
  clause_options.is_speech = [verbs](uint64_t h) { return verbs->IsSpeech(h); };
  clause_options.is_accusing = [verbs](uint64_t h) { return verbs->IsAccusing(h); };
  EventCoderOptions coder_options;
  coder_options.intent_codes = intent_codes_;
  coder_options.intent_file = "cameo/intent.tsv";
  coder_options.agent_word = "por";      // "fue revocada por Washington"
  coder_options.place_words = {"en"};    // "atacaron en Bogotá": where, not whom
  coder_options.conjunctions = {"y", "e", "o", "u"};  // "Colombia y Ecuador firmaron ..."
  coder_options.purpose_words = {"para"};              // "marcharon para exigir ...": a purpose
  coder_options.done_with_words = {"al", "tras"};      // "tomó partido al pedir ...": done with the act before it
  coder_options.future_is_intent = true;               // "realizarán una marcha": announced (coder.h)
  coder_options.saying_over_bare_act = true;           // "manifestó que ..." is speech, not a demonstration
  coder_options.named_person_victims = true;           // "ejecutaron a Wilson": a civilian
  // Demands made to no one named ("los huelguistas reclaman el cierre del
  // penal", "exigen aumentos"), frequent in Spanish protest reports, are
  // the demanders' own government's to answer (coder.cc, as for protests).
  // Property seized or destroyed by armed groups ("hurtaron tres lanchas",
  // "incendiaron un bus") names a thing, not an actor, as its object.
  // Protests and strikes called off (082) name no one more often than not.
  coder_options.roots_without_target = {"14", "15", "10", "171", "082"};

  coder_options.modifiers_in_coordination = true;
  if (!es_nouns_->empty()) coder_options.nouns = es_nouns_;
  coder_options.lists = es_coder_lists_;  // from the cache, as the English coder's
  auto p = std::make_unique<Pipeline>();
  p->Add(std::make_shared<Normalizer>())
      .Add(segmenter_)
      .Add(tagger)
      .Add(std::make_shared<TimeTagger>())
      .Add(std::make_shared<DateShifter>())
      .Add(matcher_)
      .Add(std::make_shared<es::ClauseAnalyzer>(clause_options))
      .Add(std::make_shared<QuoteFinder>())
      .Add(std::make_shared<EventCoder>(verbs, coder_options));
  es_pipeline_ = std::move(p);
}

// Each record is filled where it stays, in `out` (a record returned and
// pushed was a move of its 17 strings and the destruction of the moved-from
// one, ~300 instructions an event).
void Engine::Records(const Doc& doc, std::vector<EventRecord>* out) const {
  out->reserve(out->size() + doc.events.size());
  for (const EventMention& ev : doc.events) FillRecord(doc, ev, &out->emplace_back());
}

void Engine::Profiles(const Doc& doc, std::vector<ProfileFact>* out) const {
  std::call_once(profiles_once_, [this] { BuildProfiles(); });
  profiles_->Extract(doc, out);
}

void Engine::BuildProfiles() const {
  // Title words: every word of an agent's names ("interior", "minister")
  // and one-word country names and demonyms ("U.S.", "Colombian"), so
  // "U.S. Ambassador Mike Waltz" splits into an office and a name.
  std::unordered_set<std::string> title_words = {"deputy", "assistant", "acting", "former", "secretary",
                                                 "of", "state", "general", "senior", "chief", "special"};
  Doc scratch;
  for (const ActorEntry& e : actors_->entries()) {
    bool agent = e.is_agent();
    bool country = e.kind == ActorKind::kCountry;
    if (!agent && !country) continue;
    for (const std::string& n : e.names) {
      scratch.tokens.clear();
      segmenter_->Tokenize(n, &scratch.tokens, &scratch.arena);
      if (country && scratch.tokens.size() != 1) continue;
      for (const Token& t : scratch.tokens) title_words.insert(std::string(t.lower));
    }
  }
  profiles_ = std::make_shared<ProfileExtractor>(std::move(title_words));
}

void Engine::Quotes(const Doc& doc, std::vector<QuoteRecord>* out) const {
  for (const Quote& q : doc.quotes) {
    QuoteRecord r;
    r.article = doc.article.id;
    r.sentence_index = q.first_sentence;
    r.speaker = std::string(doc.text(q.speaker_span));
    if (q.speaker != kNone32 && q.speaker < doc.actors.size()) r.speaker_actor = doc.actors[q.speaker].code;
    r.how = q.how;
    r.quote = std::string(doc.text(q.span));
    if (q.first_sentence < doc.sentences.size() && doc.sentences[q.first_sentence].date.valid())
      r.date = doc.sentences[q.first_sentence].date.str();
    out->push_back(std::move(r));
  }
}

EventRecord Engine::Record(const Doc& doc, const EventMention& ev) const {
  EventRecord r;
  FillRecord(doc, ev, &r);
  return r;
}

// `r` is a new (default) record.
void Engine::FillRecord(const Doc& doc, const EventMention& ev, EventRecord* out) const {
  EventRecord& r = *out;
  r.article = doc.article.id;
  const std::string& published = DateText(doc.article.published);
  r.published = published;
  r.sentence_index = ev.sentence;
  if (ev.sentence < doc.sentences.size()) r.sentence = std::string(doc.text(doc.sentences[ev.sentence].span));
  // Most events are dated at the publication day: an equal Date (every
  // field, precision included) formats to the same text, so it is copied.
  r.date = ev.date == doc.article.published ? published : ev.date.valid() ? ev.date.str() : "";
  if (ev.time != kNone32 && ev.time < doc.times.size()) r.date_text = std::string(doc.text(doc.times[ev.time].span));
  r.source = ev.source;
  r.target = ev.target;
  if (ev.source_actor != kNone32 && ev.source_actor < doc.actors.size())
    r.source_text = std::string(doc.text(doc.actors[ev.source_actor].tokens));
  if (ev.target_actor != kNone32 && ev.target_actor < doc.actors.size())
    r.target_text = std::string(doc.text(doc.actors[ev.target_actor].tokens));
  r.code = ev.code;
  r.root.assign(ev.code, 0, 2);  // the first two digits (fewer if the code is shorter)
  const CodeInfo* const code_info = codebook_->Find(ev.code);
  if (const CodeInfo* info = code_info) {
    r.quad_class = info->quad_class;
    r.goldstein = info->goldstein;
  } else {
    r.quad_class = Codebook::QuadClass(ev.code);
  }
  r.verb_text = VerbText(doc, ev.trigger);
  if (ev.clause != kNone32 && ev.clause < doc.clauses.size() && !doc.clauses[ev.clause].objects.empty()) {
    TokenRange o = doc.clauses[ev.clause].objects.front();
    if (o.size() > 8) o.end = o.begin + 8;  // the head and its nearest modifiers are enough
    r.object_text = std::string(doc.text(o));
  }
  r.lang = doc.article.lang;

  // Same keys and bytes as the nlohmann::json object this used to be (see
  // output/evidence_json.h for why it is written directly).
  // Fields added in the byte order of their keys (see AddActorEvidence).
  CompactJsonObject e;
  if (code_info) e.AddString(kEvCodeName, code_info->name);
  if (ev.time != kNone32 && ev.time < doc.times.size()) {
    e.AddString(kEvDateRule, doc.times[ev.time].rule);
    if (doc.times[ev.time].sentence != ev.sentence) e.AddNumber(kEvDateSentence, doc.times[ev.time].sentence);
  } else if (ev.date.valid() && ev.date == doc.article.published) {
    // A past act the text places before the story keeps the publication
    // day as its latest possible date, and says so (coder.h).
    const std::string_view bound = PublicationBoundReason(doc, ev);
    if (bound.empty()) {
      e.AddString(kEvDateRule, "publication date");
    } else {
      std::string rule = "publication date or before (";
      rule.append(bound).push_back(')');
      e.AddString(kEvDateRule, rule);
    }
  } else if (!ev.date.valid()) {
    e.AddString(kEvDateRule, "unknown (no article date)");
  } else {
    e.AddString(kEvDateRule, "sentence date");
  }
  if (!ev.note.empty()) e.AddString(kEvNote, ev.note);
  if (!r.object_text.empty()) e.AddString(kEvObject, r.object_text);
  e.AddString(kEvPattern, ev.pattern);
  AddActorEvidence(e, kEvSourceActor, doc, ev.source_actor);
  AddActorEvidence(e, kEvTargetActor, doc, ev.target_actor);
  e.AddString(kEvTrigger, doc.text(ev.trigger));
  if (ev.clause != kNone32 && ev.clause < doc.clauses.size())
    e.AddString(kEvVerbLemma, doc.clauses[ev.clause].verb.lemma);
  r.evidence = e.Take();
}

}  // namespace dyad
