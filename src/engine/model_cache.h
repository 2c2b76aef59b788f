// The English models (the tagger lexicon with our overrides, the WordNet
// lemmatizer) loaded through the compiled dictionary cache (model/cache_file.h).
//
// Why these two have a cache of their own: measured with callgrind on an
// empty input (docs/performance.md, "stop 13"), they are the longest of
// start-up's three loader threads (117M of 270M instructions: WordNet's
// 155,000 index lines and the 48,000 lexicon rows parsed, hashed and
// scored), they are flat tables of plain values whose loaders report no
// problems but fatal ones, and they load on a thread of their own, apart
// from our dictionaries. Those (actors, the actor index, verb patterns,
// noun triggers) were cached at stop 14 in a second file, with their
// loaders' problems: engine/dict_cache.h.
#ifndef DYAD_ENGINE_MODEL_CACHE_H_
#define DYAD_ENGINE_MODEL_CACHE_H_

#include <memory>
#include <string>

#include "lang/en/lemmatizer.h"
#include "lang/en/lexicon.h"

namespace dyad {

struct EnglishModels {
  std::shared_ptr<en::Lexicon> lexicon;
  std::shared_ptr<en::Lemmatizer> lemmatizer;
  std::string error;  // set (and the models null) when the data cannot be read
  // "off" (no cache folder), "hit", "miss" (built and saved), "miss, not
  // saved" (the folder cannot be written).
  std::string cache;
  // Why an existing cache file was not used ("...: truncated (...)"); it
  // was rebuilt. Empty for a plain miss.
  std::string cache_problem;
};

// Loads the lexicon from tagger_dir, its overrides from `overrides` (when
// that file exists) and the lemmatizer from wordnet_dir, from cache_dir's
// file when its key matches every one of those files' contents, else from
// the files (and then writes the cache). An empty cache_dir loads from the
// files and writes nothing.
EnglishModels LoadEnglishModels(const std::string& wordnet_dir, const std::string& tagger_dir,
                                const std::string& overrides, const std::string& cache_dir);

}  // namespace dyad

#endif  // DYAD_ENGINE_MODEL_CACHE_H_
