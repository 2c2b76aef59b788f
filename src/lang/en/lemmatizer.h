// English lemmatizer: WordNet's "morphy" over the installed wordnet-base data
// (/usr/share/wordnet), driven by the part-of-speech tag.
//
// For an inflected tag (VBD, NNS, JJR, ...): the POS's exception list
// ("fled" -> "flee", "crises" -> "crisis") first, then the detachment rules
// ("-ed" -> "-e" / "", "-ies" -> "-y", ...), keeping the candidates WordNet
// lists as lemmas and preferring the most frequent in WordNet's sense-tagged
// corpus ("hoping": "hope" over "hop"). Words WordNet lacks get a guessed
// stem so new verbs ("deescalated") still have a lemma. Base tags (NN, VB, JJ)
// keep the word when WordNet knows it. Proper nouns, function words and
// numbers keep their lower-case form; clitics map to full words ("n't" ->
// "not", "'s"/VBZ -> "be").
//
// Loading builds every table once; Run() only hashes and probes.
#ifndef DYAD_LANG_EN_LEMMATIZER_H_
#define DYAD_LANG_EN_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/en/lexicon.h"
#include "model/arena.h"
#include "model/cache_array.h"
#include "pipeline/component.h"

namespace dyad::en {

// WordNet's four parts of speech.
enum class WnPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };

class Lemmatizer : public Component {
 public:
  Lemmatizer() = default;

  // Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from
  // `wordnet_dir` (normally DefaultWordnetDir()). On failure returns
  // false and sets *error to "file:line: what is wrong; what to do".
  bool Load(const std::string& wordnet_dir, std::string* error);

  std::string_view name() const override { return "lemmatizer"; }
  // Sets Token::lemma and Token::lemma_hash from Token::lower and Token::tag.
  void Run(Doc& doc) const override;

  struct Result {
    std::string_view lemma;  // into this lemmatizer, into `lower`, a literal, or into the arena
    uint64_t hash = 0;       // TokenHash(lemma)
  };
  // The lemma of one lower-case word with its tag. `lower_hash` must be
  // TokenHash(lower). Guessed forms that are not a prefix of `lower` are
  // built in `arena` (when null, the word itself is returned instead).
  Result Lemmatize(std::string_view lower, uint64_t lower_hash, Tag tag, Arena* arena) const;

  // True if WordNet lists `word` (lower case, one word) as a lemma of `pos`.
  bool IsLemma(std::string_view word, WnPos pos) const;

  // Every one-word lemma WordNet lists for `pos`, in no particular order
  // (views into this lemmatizer). Used to expand TABARI verb stems.
  std::vector<std::string_view> Lemmas(WnPos pos) const;

  size_t num_lemmas() const { return entries_.size(); }

  // Everything Load() built, for the compiled dictionary cache
  // (engine/model_cache.h). Restore() replaces this lemmatizer's tables
  // (with a new id_, as Load gives) and returns false on data that does not
  // hold together. Keep the two in step, and raise kCacheLayout when the
  // members change.
  static constexpr uint32_t kCacheLayout = 1;
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);
  // The files Load(wordnet_dir) reads, for the cache's key.
  static std::vector<std::string> InputFiles(const std::string& wordnet_dir);

 private:
  struct Entry {
    uint64_t hash = 0;
    uint32_t offset = 0;  // into pool_
    uint16_t size = 0;
    uint8_t pos_mask = 0;  // bit WnPos: WordNet lists it as a lemma of that POS
    uint8_t unused = 0;    // the padding, always 0, so equal tables save to equal bytes
    uint16_t freq[4] = {};  // tagsense_cnt per POS: sense-tagged occurrences (frequency proxy)
  };

  bool ReadIndex(const std::string& path, WnPos pos, std::string* error);
  bool ReadExceptions(const std::string& path, WnPos pos, std::string* error);
  uint32_t Intern(std::string_view word, uint64_t hash);
  Result Of(const Entry& e) const { return {{pool_.data() + e.offset, e.size}, e.hash}; }
  const Entry* FindLemma(uint64_t hash, WnPos pos) const {
    const uint32_t* v = lemmas_.Find(hash);
    if (v == nullptr) return nullptr;
    const Entry& e = entries_[*v];
    return (e.pos_mask & (1u << static_cast<int>(pos))) ? &e : nullptr;
  }
  // The detachment rules: the best candidate WordNet knows, or null.
  const Entry* ByRules(std::string_view lower, WnPos pos) const;
  // ByRules through a per-thread memo keyed by (id_, hash, length, pos).
  const Entry* ByRulesCached(std::string_view lower, uint64_t lower_hash, WnPos pos) const;
  // A stem for an inflected word WordNet does not know.
  Result Guess(std::string_view lower, uint64_t lower_hash, Tag tag, Arena* arena) const;

  // Load's and Restore's tables: Load's own, or views of the mapped cache
  // file (model/cache_array.h).
  CacheArray<char> pool_;        // every lemma string, back to back
  CacheArray<Entry> entries_;
  // What Load builds them in (Intern, ReadIndex), handed over at its end.
  std::vector<char> built_pool_;
  std::vector<Entry> built_entries_;
  WordMap lemmas_;               // TokenHash(lemma) -> entries_ index
  WordMap exceptions_[4];        // per WnPos: TokenHash(inflected form) -> entries_ index of its base
  uint64_t id_ = 0;              // unique per loaded lemmatizer (set by Load), keys the ByRules memo
};

}  // namespace dyad::en

#endif  // DYAD_LANG_EN_LEMMATIZER_H_
