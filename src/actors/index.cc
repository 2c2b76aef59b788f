#include "actors/index.h"

#include <algorithm>

namespace dyad {

ActorIndex::ActorIndex(const ActorDictionary& dict, const NameTokenizer& tokenize,
                       std::vector<DictProblem>* problems) {
  struct Raw {
    uint64_t first;
    uint32_t length;
    uint32_t entry;
    uint32_t pool;
  };
  std::vector<Raw> raw;
  std::vector<NameToken> toks;
  const auto& entries = dict.entries();
  for (uint32_t e = 0; e < entries.size(); ++e) {
    for (const auto& name : entries[e].names) {
      toks.clear();
      tokenize(name, &toks);
      if (toks.empty()) {
        if (problems) problems->push_back({entries[e].file, entries[e].line, "name '" + name + "' has no words", false});
        continue;
      }
      raw.push_back({toks[0].hash, static_cast<uint32_t>(toks.size()), e, static_cast<uint32_t>(pool_.size())});
      pool_.insert(pool_.end(), toks.begin(), toks.end());
    }
  }
  // Longest first; among equal lengths, dictionary order, so the earlier entry
  // wins a tie (the format doc promises this).
  std::stable_sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.length > b.length;
  });
  phrases_.reserve(raw.size());
  by_first_.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    size_t j = i;
    while (j < raw.size() && raw[j].first == raw[i].first) {
      phrases_.push_back({raw[j].entry, raw[j].pool, raw[j].length});
      ++j;
    }
    by_first_[raw[i].first] = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    i = j;
  }
}

}  // namespace dyad
