// The English tagging lexicon: which tags a word can take and how likely each
// is, plus tag-bigram probabilities, read at start-up from the data of
// Lingua::EN::Tagger that Debian ships (liblingua-en-tagger-perl):
//
//   words.yml    word -> tag counts (Penn Treebank WSJ, case-sensitive)
//   tags.yml     tag -> P(next tag | tag)
//   unknown.yml  word-shape class ("-ing-", "-cap-", ...) -> tag counts
//
// That data is GPL-3, so it is read from the installed package at run time and
// never copied into this repository. A small override file of our own
// (data/lexicon/en.tags.txt) replaces the entries of words the WSJ lexicon
// lacks or gets wrong for today's news ("decertified", "airstrike").
//
// Everything is keyed by TokenHash of the exact word, the same hash the
// segmenter stores in Token::lower_hash, so a lower-case token costs no extra
// hashing.
#ifndef DYAD_LANG_EN_LEXICON_H_
#define DYAD_LANG_EN_LEXICON_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/cache_array.h"
#include "model/tag.h"

namespace dyad {
class CacheReader;
class CacheWriter;
}  // namespace dyad

namespace dyad::en {

// Open-addressing map from a 64-bit token hash to a 32-bit value.
//
// Why not std::unordered_map: the tagger and lemmatizer probe it for almost
// every token; a flat array of 16-byte slots costs one cache line per probe
// instead of a bucket array plus a node. Keys are XXH3 hashes, already well
// mixed, so the low bits index the table directly. Distinct words whose
// 64-bit hashes collide are treated as one word (odds ~1e-10 for our sizes).
class WordMap {
 public:
  // Inserts key -> value unless the key is present; returns the stored value
  // slot either way (so a caller can update it).
  uint32_t* Insert(uint64_t key, uint32_t value);
  const uint32_t* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = Fix(key);
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
    }
  }
  size_t size() const { return size_; }
  void Reserve(size_t n);

  // The table as it is, slot for slot (model/cache_file.h), so a restored
  // map probes exactly like the one saved. Restore() rejects a table whose
  // shape is impossible (capacity not a power of two, too full); the owner
  // checks the values with AllValues().
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);
  template <typename Pred>
  bool AllValues(Pred pred) const {
    for (const Slot& s : slots_)
      if (s.key != 0 && !pred(s.value)) return false;
    return true;
  }

 private:
  struct Slot {
    uint64_t key = 0;  // 0 = empty
    uint32_t value = 0;
    // The padding made a member, always 0, so a saved table (Save) has no
    // indeterminate bytes: equal tables save to equal bytes.
    uint32_t unused = 0;
  };
  // Key 0 marks an empty slot; a real hash of 0 is moved to another value.
  static uint64_t Fix(uint64_t k) { return k == 0 ? 0x9E3779B97F4A7C15ull : k; }
  void Rehash(size_t capacity);

  CacheArray<Slot> slots_;  // own (Load) or a view of the mapped cache file (Restore)
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

// One tag a word can take. `score` is the emission term the tagger adds to
// the transition log-probability. For lexicon words and shape classes it is
// log P(tag | word) - log P(tag), which is log P(word | tag) up to a constant
// per word (Bayes); for override entries it is the log of the listed
// preference. Each token's candidates come from one entry, so a per-entry
// constant never changes which path Viterbi picks.
//
// `row` is kTableRow[tag], the tag's row in the tagger's gathered
// transition tables, kept beside the tag (in what was padding) so that the
// Viterbi loop reads it with the candidate: looked up in kTableRow there,
// the table's address took a register the loop does not have (+3.2M
// instructions on te3silver, docs/performance.md stop 25 h-tag10). Build
// records with MakeTagScore().
struct TagScore {
  Tag tag = Tag::kNone;
  uint8_t row = 0;
  float score = 0;
};

// kTableRow[t]: the row of next tag t in a table of the tagger's gathered
// transitions (tagger.cc, GatherTables), the tags a column asks for most
// first, so that the rows a table is read at share a few cache lines:
// kHot is the order of the ~1.05M rows read on te3silver, counted (stop
// 25 h-tag10; the first eight are 70% of them, stop 23 h-tag8), so the
// reads of a 2-4 tag list's table mostly hit its first two lines of
// twelve. Any permutation gives the same sums (only where a row lies
// changes); the tags not in kHot follow in the enum's order.
constexpr std::array<uint8_t, kNumTags> MakeTableRows() {
  constexpr Tag kHot[] = {Tag::NN,  Tag::JJ,  Tag::NNP, Tag::VBP, Tag::VB,  Tag::IN,  Tag::RB, Tag::DET,
                          Tag::CD,  Tag::RP,  Tag::NNS, Tag::VBN, Tag::VBD, Tag::FW,  Tag::VBZ, Tag::PPC,
                          Tag::VBG, Tag::RBR, Tag::LS,  Tag::PP,  Tag::PRP, Tag::TO,  Tag::SYM, Tag::CC};
  std::array<uint8_t, kNumTags> rows{};
  std::array<bool, kNumTags> placed{};
  int r = 0;
  for (Tag t : kHot) {
    rows[static_cast<int>(t)] = static_cast<uint8_t>(r++);
    placed[static_cast<int>(t)] = true;
  }
  for (int t = 0; t < kNumTags; ++t)
    if (!placed[t]) rows[t] = static_cast<uint8_t>(r++);
  return rows;
}
inline constexpr std::array<uint8_t, kNumTags> kTableRow = MakeTableRows();

constexpr TagScore MakeTagScore(Tag tag, float score) { return {tag, kTableRow[static_cast<int>(tag)], score}; }

// Shape classes for words the lexicon lacks (unknown.yml names).
enum class WordClass : uint8_t {
  kCap,        // "-cap-"     capitalised
  kCapNotS,    // (ours)      capitalised, not ending in -s: "-cap-" without NNS, NNPS, VBZ
  kIng,        // "-ing-"     ends in -ing
  kEd,         // "-ed-"
  kS,          // "-s-"
  kLy,         // "-ly-"
  kTion,       // "-tion-"
  kHyp,        // "-hyp-"     word-word
  kHypAdj,     // "-hyp-adj-" word-word whose last part is an adjective
  kAbr,        // "-abr-"     all capitals ("NATO")
  kSym,        // "-sym-"     symbols only
  kUnknown,    // "-unknown-"
  kNum,        // "*NUM*"     number (words.yml entry)
  kOrd,        // "*ORD*"     digits followed by letters ("21st", "1980s")
  kCount
};

class Lexicon {
 public:
  Lexicon();

  // Reads words.yml, tags.yml and unknown.yml from `dir` (normally
  // DefaultTaggerDir()). On failure returns false and sets *error to
  // "file:line: what is wrong; what to do".
  bool Load(const std::string& dir, std::string* error);

  // Override file: one word per line followed by its tags, most likely first
  // ("decertified VBD VBN"); '#' starts a comment. Tags are Penn names in any
  // case (DT, PRP$) or the lexicon's own (det, prps). The listed tags replace
  // the word's lexicon entry. Must be called after Load().
  bool LoadOverrides(const std::string& path, std::string* error);
  bool LoadOverridesText(std::string_view text, std::string_view display, std::string* error);

  // The tags of the exact word `hash` (TokenHash of the word), most likely
  // first; empty if the word is not in the lexicon.
  std::span<const TagScore> Find(uint64_t hash) const {
    const uint32_t* v = words_.Find(hash);
    if (v == nullptr) return {};
    return Unpack(*v);
  }
  std::span<const TagScore> Find(std::string_view word) const;
  std::span<const TagScore> Class(WordClass c) const { return Unpack(classes_[static_cast<int>(c)]); }

  // For a capitalised word at the start of a sentence: its own entry merged
  // with its lower-case form's ("Tariffs" + "tariffs"); empty unless both exist.
  std::span<const TagScore> FindInitial(uint64_t hash) const {
    const uint32_t* v = initial_.Find(hash);
    return v == nullptr ? std::span<const TagScore>() : Unpack(*v);
  }
  // For an unknown capitalised word at the start of a sentence whose lower
  // case has suffix class `c` (kIng, kS, kTion, kLy, kEd): "-cap-" merged
  // with that class. Other classes: empty.
  std::span<const TagScore> InitialClass(WordClass c) const { return Unpack(initial_classes_[static_cast<int>(c)]); }

  // True if `hash` can take tag t.
  bool Has(uint64_t hash, Tag t) const;

  // log P(next | prev); never -inf (unseen bigrams get a small floor).
  float Transition(Tag prev, Tag next) const {
    return transitions_[static_cast<int>(prev) * kNumTags + static_cast<int>(next)];
  }

  // The row of Transition(prev, *): row[static_cast<int>(next)]. Lets the
  // Viterbi loop hoist the row lookup out of its inner loop.
  const float* TransitionsFrom(Tag prev) const { return transitions_.data() + static_cast<int>(prev) * kNumTags; }

  size_t num_words() const { return words_.size(); }

  // Everything Load() and LoadOverrides() built, for the compiled
  // dictionary cache (engine/model_cache.h). Restore() replaces this
  // lexicon's tables and returns false (leaving it unusable) on data that
  // does not hold together. Keep the two in step, and raise
  // kCacheLayout when the members change.
  // 2: the scores as TagScore records (zeroed padding), restored in place.
  // 3: TagScore::row.
  static constexpr uint32_t kCacheLayout = 3;
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);
  // The files Load(dir) reads, for the cache's key.
  static std::vector<std::string> InputFiles(const std::string& dir);

 private:
  static constexpr uint32_t kCountBits = 4;  // a word has at most 15 tags
  static constexpr uint32_t kCountMask = (1u << kCountBits) - 1;

  // Counts per tag for one word or class, before they become scores.
  using Counts = std::vector<std::pair<Tag, double>>;
  struct Row {
    std::string key;
    Counts counts;
  };

  // An entry is packed as (first score index << kCountBits) | number of tags.
  std::span<const TagScore> Unpack(uint32_t v) const {
    return {scores_.data() + (v >> kCountBits), v & kCountMask};
  }
  // Appends one entry, most likely tag first. Scores are log P(tag | word)
  // - log P(tag), or just log of the weights if !divide_by_prior. Sorts
  // and trims *counts in place (it was taken by value: a copy of the
  // vector for each of the ~48,000 entries loaded at start-up).
  uint32_t AddEntry(Counts* counts, bool divide_by_prior = true);

  WordMap words_;
  WordMap initial_;  // capitalised word -> entry merged with its lower-case form
  CacheArray<TagScore> scores_;  // own (Load) or a view of the mapped cache file (Restore)
  uint32_t classes_[static_cast<int>(WordClass::kCount)] = {};
  uint32_t initial_classes_[static_cast<int>(WordClass::kCount)] = {};
  std::vector<float> transitions_;  // kNumTags x kNumTags, log P(next | prev)
  std::vector<float> log_prior_;    // log P(tag) over all word tokens of words.yml
};

// A tag name as written in the override file or a treebank: Penn names in any
// case ("VBD", "DT", "PRP$", ",", "-LRB-", "``") or the lexicon's own ("det",
// "ppc"). Tag::kNone if unknown.
Tag TagFromPenn(std::string_view name);

}  // namespace dyad::en

#endif  // DYAD_LANG_EN_LEXICON_H_
