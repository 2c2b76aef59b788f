#include "engine/model_cache.h"

#include <filesystem>

#include "model/cache_file.h"

namespace dyad {

namespace {

EnglishModels LoadFromFiles(const std::string& wordnet_dir, const std::string& tagger_dir,
                            const std::string& overrides) {
  EnglishModels m;
  std::string e;
  auto lemmatizer = std::make_shared<en::Lemmatizer>();
  if (!lemmatizer->Load(wordnet_dir, &e)) {
    m.error = e + " (install Debian's wordnet-base: scripts/install-deps.sh)";
    return m;
  }
  auto lexicon = std::make_shared<en::Lexicon>();
  if (!lexicon->Load(tagger_dir, &e)) {
    m.error = e + " (install Debian's liblingua-en-tagger-perl: scripts/install-deps.sh)";
    return m;
  }
  if (!overrides.empty() && std::filesystem::exists(overrides) && !lexicon->LoadOverrides(overrides, &e)) {
    m.error = e;
    return m;
  }
  m.lemmatizer = std::move(lemmatizer);
  m.lexicon = std::move(lexicon);
  return m;
}

}  // namespace

EnglishModels LoadEnglishModels(const std::string& wordnet_dir, const std::string& tagger_dir,
                                const std::string& overrides, const std::string& cache_dir) {
  if (cache_dir.empty()) {
    EnglishModels m = LoadFromFiles(wordnet_dir, tagger_dir, overrides);
    m.cache = "off";
    return m;
  }
  // Every file the loaders read, by content (the overrides file keyed as
  // missing when it is), and both layouts.
  // Their hashes are remembered from the last start while the files are
  // unchanged (model/cache_file.h, FileHashMemo): 7.4 MB not read again.
  FileHashMemo memo(cache_dir, "en-models");
  CacheKey key("en-models", en::Lexicon::kCacheLayout * 1000 + en::Lemmatizer::kCacheLayout);
  key.UseMemo(&memo);
  for (const std::string& f : en::Lemmatizer::InputFiles(wordnet_dir)) key.AddFile(f);
  for (const std::string& f : en::Lexicon::InputFiles(tagger_dir)) key.AddFile(f);
  if (!overrides.empty()) key.AddFile(overrides);
  CacheFile file(cache_dir, key, &memo);
  CacheReader reader;
  std::string problem;
  const bool opened = file.Open(&reader);
  memo.Save();
  if (opened) {
    EnglishModels m;
    m.lemmatizer = std::make_shared<en::Lemmatizer>();
    m.lexicon = std::make_shared<en::Lexicon>();
    if (m.lemmatizer->Restore(&reader) && m.lexicon->Restore(&reader) && reader.done()) {
      m.cache = "hit";
      return m;
    }
    // Whole and for these inputs, yet not what this build's Restore reads:
    // a layout changed without kCacheLayout being raised. Rebuild.
    problem = "inconsistent with this build's layout";
  } else {
    problem = file.problem();
  }
  EnglishModels m = LoadFromFiles(wordnet_dir, tagger_dir, overrides);
  if (!problem.empty()) m.cache_problem = file.path() + ": " + problem;
  if (!m.error.empty()) return m;
  CacheWriter w;
  m.lemmatizer->Save(&w);
  m.lexicon->Save(&w);
  m.cache = file.Save(w) ? "miss" : "miss, not saved";
  return m;
}

}  // namespace dyad
