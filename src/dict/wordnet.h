// WordNet's verb synsets (Debian's wordnet-base, read where it is installed),
// for proposing verb-pattern entries: a verb the dictionary codes suggests
// its synonyms, which a maintainer reviews before adding (`dyad dict
// suggest`). Nothing is added automatically: a synonym in one sense of a
// verb is often a different act in news ("condemn" -> "sentence").
#ifndef DYAD_DICT_WORDNET_H_
#define DYAD_DICT_WORDNET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

class WordNetVerbs {
 public:
  // Reads index.verb and data.verb from `dir` (e.g. /usr/share/wordnet).
  bool Load(const std::string& dir, std::string* error);

  struct Synonym {
    std::string word;     // "call off" (WordNet's underscores as spaces)
    int sense = 0;        // 1 = the lemma's most frequent sense
    uint32_t synset = 0;  // data.verb offset
  };
  // Synonyms of `lemma` in its first `senses` senses, in sense order,
  // without the lemma itself.
  std::vector<Synonym> Synonyms(std::string_view lemma, int senses) const;

  size_t num_synsets() const { return synsets_.size(); }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> senses_;     // lemma -> synsets, by frequency
  std::unordered_map<uint32_t, std::vector<std::string>> synsets_;   // offset -> words
};

}  // namespace dyad

#endif  // DYAD_DICT_WORDNET_H_
