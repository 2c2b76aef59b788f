// The titles written before a person's name and the role each gives it
// (data/actors/titles.txt, docs/dictionary-format.md "Titles").
//
// A person's entry lists periods with codes; the date alone picks one
// (ActorEntry::CodeAt). When the date does not decide (no usable date, or
// periods that overlap on the day), "Foreign Minister X", "former President
// X" or Spanish "el excanciller X" say which office is meant. This table maps
// those words to a role; ActorEntry::CodeFor applies it.
#ifndef DYAD_ACTORS_TITLES_H_
#define DYAD_ACTORS_TITLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "model/doc.h"

namespace dyad {

struct Title {
  std::string words;     // lower case, one blank between words: "foreign minister"
  std::string role;      // a 3-letter role ("GOV") or a whole code ("IGOWSTNAT")
  std::string lang;      // "" = any language, else "es", "en"
  bool modifier = false; // "former": makes a following title, or the name, ELI
  std::string file;
  uint32_t line = 0;
};

class TitleTable {
 public:
  // Line format: `[LANG:] words | words ... -> ROLE [(modifier)]`.
  void LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);
  bool LoadFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems);

  // The title whose words are exactly tokens [b, e), for `lang`; nullptr if none.
  // Hashes the tokens' lower_hash as the index does: no allocation.
  const Title* Lookup(const std::vector<Token>& toks, uint32_t b, uint32_t e, std::string_view lang) const;

  // What the words before a person's name say: the longest title ending at
  // `end` (at most max_words() words, none before `lo`), and a modifier
  // right before it (or a modifier alone). role is "" when nothing applies.
  struct Found {
    const Title* title = nullptr;     // the title proper, may be null with a modifier alone
    const Title* modifier = nullptr;  // "former", "ex"
    uint32_t begin = 0;               // first token of the words found
    std::string_view role() const;    // ELI with a modifier, else the title's role
  };
  Found Before(const std::vector<Token>& toks, uint32_t lo, uint32_t end, std::string_view lang) const;

  const std::vector<Title>& titles() const { return titles_; }
  bool empty() const { return titles_.empty(); }
  uint32_t max_words() const { return max_words_; }

  // The compiled dictionary cache (engine/dict_cache.h): the titles in
  // order; Restore rebuilds the look-up table from their words as LoadText
  // does. Raise kCacheLayout when Title changes.
  static constexpr uint32_t kCacheLayout = 1;
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);

 private:
  // Adds titles_[i] to by_hash_ and max_words_; returns its key.
  uint64_t Index(uint32_t i);

  std::vector<Title> titles_;
  std::unordered_multimap<uint64_t, uint32_t> by_hash_;  // hash of the words -> index in titles_
  uint32_t max_words_ = 0;
};

// Combines word hashes in order: the key of a title and of a token run.
inline uint64_t TitleHashStep(uint64_t h, uint64_t word) { return (h ^ word) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL; }

}  // namespace dyad

#endif  // DYAD_ACTORS_TITLES_H_
