// Our dictionaries (actors, titles, the actor index, the English and
// Spanish verb patterns and noun triggers) loaded through the compiled
// dictionary cache (model/cache_file.h), as the English models are
// (engine/model_cache.h).
//
// Why: with the English models cached, building these was most of what was
// left of start-up (docs/performance.md, "stop 14": ~47M instructions for
// the actor files and the index, whose ~40,000 names are tokenised one by
// one, ~40M for the verb pattern files, more for the noun triggers),
// serial work before the first article on every run.
//
// What the file holds: each structure's Save() (its members as they are
// after loading and compiling, hash tables in key order, so equal
// structures save to equal bytes), then every problem the loaders reported
// (file:line, error or warning) in the order they reported them. So a hit
// leaves `dyad code`, `dyad explain` and `dyad dict lint` the same problems
// to print as a build from the files; lint goes through the cache too.
//
// Its key: the contents of every file the loaders read (data/actors and
// data/verbs with their sub-folders, the abbreviation lists the name
// tokeniser uses, the codebook the codes are checked against, iso-codes'
// country list, each --dict and --verbs file), the options that change
// what is loaded, the running ICU's version (Spanish country names), the
// structures' layout versions and the binary's build id. A --peer-dict
// file (TABARI, PETRARCH) bypasses the cache: its loaders fill parts no
// Save covers (the coding ontology, discard phrases) and need the
// lemmatizer, and peer runs are evaluations, not start-up bound.
#ifndef DYAD_ENGINE_DICT_CACHE_H_
#define DYAD_ENGINE_DICT_CACHE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/index.h"
#include "actors/titles.h"
#include "engine/engine.h"
#include "engine/load_helper.h"
#include "events/coder.h"
#include "events/nominal.h"
#include "events/verb_dictionary.h"

namespace dyad {

struct OurDictionaries {
  std::shared_ptr<ActorDictionary> actors;
  std::shared_ptr<TitleTable> titles;
  std::shared_ptr<ActorIndex> index;
  std::shared_ptr<VerbDictionary> verbs, es_verbs;
  std::shared_ptr<NounDictionary> nouns, es_nouns;
  // The event coders' keyed lists and pattern synsets for verbs and
  // es_verbs (EventCoderLists: a function of the verbs alone), handed to
  // the coders (EventCoderOptions::lists) so that a hit does not build
  // them. Restored on a hit, built by LoadDictionaries before it saves a
  // miss; null when the cache is off (each coder builds its own).
  std::shared_ptr<const EventCoderLists> lists, es_lists;
  // What loading them reported, in order.
  std::vector<DictProblem> problems;
  bool tabari_verbs = false;  // a TABARI verb file was loaded (peer only, never cached)
  // Whether the last Restore restored the actor index on the calling thread
  // (else on the actors' thread): whichever was free first (dict_cache.cc,
  // IndexSection). Not saved; the tests read it to see both ways taken.
  bool index_on_caller = false;

  void Save(CacheWriter* w) const;
  // Replaces every member; false (and the reader failed) on malformed data.
  // The actors and titles are restored on a second thread, `helper` when
  // given (Engine::Load's, see load_helper.h), else one of its own, while
  // this one restores the verb section; `verbs_ready` (if given) is then
  // called on this thread with the verbs and nouns restored (the actors
  // and the index may not be yet), and must read nothing else. The actor
  // index is restored by whichever of the two threads is free first.
  bool Restore(CacheReader* r, LoadHelper* helper = nullptr,
               const std::function<void(const OurDictionaries&)>& verbs_ready = {});
};

// Whether these options can use the cache: a cache folder is given and
// no peer dictionary is loaded.
bool DictionaryCacheApplies(const EngineOptions& options);

// Loads *d from the cache file of `options` when its key matches, else
// calls build(d) and saves the result. *cache is "off", "hit", "miss",
// "miss, not saved" or "bypassed (peer dictionaries)"; *cache_problem says
// why an existing file was rebuilt (empty otherwise). Returns what build
// returned (true on a hit). A hit restores the actor section on `helper`
// when given (OurDictionaries::Restore). `verbs_ready(*d)` (if given) is
// called on this thread once d's verbs and nouns are final, on a hit
// before its actors are (it must read only verbs, es_verbs, nouns,
// es_nouns and tabari_verbs), after a build otherwise; again if a restore
// that called it then fails and the dictionaries are built.
bool LoadDictionaries(const EngineOptions& options, const std::function<bool(OurDictionaries*)>& build,
                      OurDictionaries* d, std::string* cache, std::string* cache_problem,
                      LoadHelper* helper = nullptr,
                      const std::function<void(const OurDictionaries&)>& verbs_ready = {});

}  // namespace dyad

#endif  // DYAD_ENGINE_DICT_CACHE_H_
