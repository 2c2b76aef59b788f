// The engine: every dictionary loaded once, the English pipeline assembled
// from named components, and the step that turns a coded Doc into output rows.
//
//   std::string error;
//   auto engine = Engine::Load(EngineOptions{}, &error);
//   Doc doc;
//   doc.article = ...;
//   engine->Code(doc);                  // normalize ... events
//   std::vector<EventRecord> rows;
//   engine->Records(doc, &rows);
//
// An Engine is immutable after Load() and shared by every worker thread; each
// thread owns its Doc. Users swap or add components through
// mutable_pipeline() before coding starts (spaCy's model: a list of named
// components over one document).
#ifndef DYAD_ENGINE_ENGINE_H_
#define DYAD_ENGINE_ENGINE_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/index.h"
#include "codebook/codebook.h"
#include "config/paths.h"
#include "events/coder.h"
#include "events/verb_dictionary.h"
#include "model/doc.h"
#include "model/record.h"
#include "pipeline/pipeline.h"

namespace dyad {

class NounDictionary;
class Segmenter;

struct EngineOptions {
  // Our dictionaries and codebook (data/ in the source tree by default).
  std::string data_dir = dyad::DefaultDataDir();
  // Data of Debian packages, read where the packages install it.
  std::string wordnet_dir = dyad::DefaultWordnetDir();
  std::string tagger_dir = dyad::DefaultTaggerDir();
  std::string iso_codes_dir = dyad::DefaultIsoCodesDir();
  // Debian's hunspell-es installs es_ES.aff/.dic here (Spanish morphology).
  std::string hunspell_dir = "/usr/share/hunspell";
  // Country names from iso-codes (English) and ICU (Spanish) added to ours.
  bool iso_country_names = true;
  // Extra actor or verb files in our format (repeatable --dict).
  std::vector<std::string> extra_actor_files;
  std::vector<std::string> extra_verb_files;
  // TABARI / PETRARCH dictionaries loaded as they are (--peer-dict), see
  // dict/peer.h: each file is sniffed and read as actors, agents or verbs.
  std::vector<std::string> peer_dictionaries;
  // Load only the peer dictionaries, not data/actors and the pattern files
  // of data/verbs (nor iso-codes' country names), so a peer's validation
  // suite runs with its own dictionaries alone. Our synsets, control
  // lists, codebook and lexicon still load.
  bool peer_only = false;
  // Build the coder's index of big verbs on a thread of its own, coding
  // from the start without it (EventCoderOptions::index_in_background;
  // the events are the same). `dyad code` sets it.
  bool background_indexes = false;
  // The compiled dictionary cache's folder (engine/model_cache.h); empty:
  // no cache. The command line passes DefaultCacheDir() unless --no-cache.
  std::string cache_dir;
};

// What loading found wrong with the data; errors drop the entry, warnings
// only inform (`dyad dict lint` prints them all).
struct LoadReport {
  std::vector<DictProblem> problems;
  size_t actor_entries = 0, actor_names = 0;
  size_t verb_patterns = 0, verb_lemmas = 0;
  size_t noun_triggers = 0;  // entries of data/verbs/nouns.txt and data/verbs/es/nouns.txt
  double seconds = 0;
  // The compiled caches: "off", "hit", "miss" or "miss, not saved"; and why
  // an existing cache file was rebuilt instead of used (empty if it was not).
  // The English models' cache (engine/model_cache.h) and our dictionaries'
  // (engine/dict_cache.h), which may also be "bypassed (peer dictionaries)".
  std::string cache = "off", dict_cache = "off", cache_problem;
  size_t errors() const;
};

class Engine {
 public:
  // Loads every dictionary and builds the pipeline. Returns nullptr with
  // *error set when required data is missing (e.g. the tagger lexicon is
  // not installed: the message says which package provides it).
  static std::unique_ptr<Engine> Load(const EngineOptions& options, std::string* error,
                                      LoadReport* report = nullptr);
  ~Engine();

  // Runs the pipeline of doc.article.lang over doc (doc.article must be filled).
  void Code(Doc& doc) const { PipelineFor(doc.article.lang).Run(doc); }
  // The same, adding each component's wall time to *times.
  void Code(Doc& doc, StageTimes* times) const { PipelineFor(doc.article.lang).Run(doc, times); }
  // The pipeline for a language: Spanish ("es") has its own, built on the
  // first Spanish document; every other language takes the English one.
  const Pipeline& PipelineFor(std::string_view lang) const;
  // Appends one row per event mention in doc.
  void Records(const Doc& doc, std::vector<EventRecord>* out) const;
  // Appends what doc says about the people and organisations it names.
  void Profiles(const Doc& doc, std::vector<ProfileFact>* out) const;
  // Appends one row per direct quotation in doc.
  void Quotes(const Doc& doc, std::vector<QuoteRecord>* out) const;
  // The row for one event mention.
  EventRecord Record(const Doc& doc, const EventMention& ev) const;

  const Pipeline& pipeline() const { return pipeline_; }
  Pipeline& mutable_pipeline() { return pipeline_; }
  const Codebook& codebook() const { return *codebook_; }
  const ActorDictionary& actors() const { return *actors_; }
  // Titles before a person's name (data/actors/titles.txt); empty without the file.
  const class TitleTable& titles() const { return *titles_; }
  const class ActorIndex& actor_index() const { return *index_; }
  const VerbDictionary& verbs() const { return *verbs_; }
  const VerbDictionary& spanish_verbs() const { return *es_verbs_; }
  const NounDictionary& nouns() const { return *nouns_; }
  const NounDictionary& spanish_nouns() const { return *es_nouns_; }
  const EventCoder& coder() const { return *coder_; }
  const Segmenter& segmenter() const { return *segmenter_; }
  // Splits a name exactly as articles are split (dictionaries use it).
  const NameTokenizer& name_tokenizer() const { return name_tokenizer_; }

 private:
  // Record's work, into a new record (Records fills them in place).
  void FillRecord(const Doc& doc, const EventMention& ev, EventRecord* out) const;
  Engine() = default;

  Pipeline pipeline_;
  std::shared_ptr<Codebook> codebook_;
  std::shared_ptr<ActorDictionary> actors_;
  std::shared_ptr<class TitleTable> titles_;
  std::shared_ptr<VerbDictionary> verbs_;
  std::shared_ptr<const EventCoder> coder_;
  std::shared_ptr<const Segmenter> segmenter_;
  NameTokenizer name_tokenizer_;
  // Built on the first Profiles() call: only `--db` runs store profiles,
  // and its title words (every word of every agent's and country's names,
  // tokenised) were ~3M instructions of every start-up (docs/performance.md,
  // "stop 16").
  void BuildProfiles() const;
  mutable std::once_flag profiles_once_;
  mutable std::shared_ptr<const class ProfileExtractor> profiles_;

  // Spanish: the verb dictionary (data/verbs/es/) loads with the English
  // one, being small and checked by `dyad dict lint`; the pipeline, whose
  // Hunspell dictionary takes longer to read than all of English start-up
  // work on the main thread, is assembled on first use.
  void BuildSpanish() const;
  std::shared_ptr<VerbDictionary> es_verbs_;
  // Noun triggers (events/nominal.h): data/verbs/nouns.txt, data/verbs/es/nouns.txt.
  std::shared_ptr<const NounDictionary> nouns_, es_nouns_;
  // The Spanish coder's lists from the dictionary cache (null: BuildSpanish's coder builds them).
  std::shared_ptr<const EventCoderLists> es_coder_lists_;
  std::shared_ptr<const class ActorIndex> index_;
  std::shared_ptr<const class ActorMatcher> matcher_;
  std::string data_dir_, hunspell_dir_;
  std::vector<std::pair<std::string, std::string>> intent_codes_;
  mutable std::once_flag es_once_;
  mutable std::unique_ptr<Pipeline> es_pipeline_;  // null if Spanish could not load (English is used)
};

// Lists the .txt files under dir, recursively, in sorted order.
std::vector<std::string> ListDataFiles(const std::string& dir);

}  // namespace dyad

#endif  // DYAD_ENGINE_ENGINE_H_
