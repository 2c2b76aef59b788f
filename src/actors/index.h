// The compiled actor dictionary: every name as a sequence of token hashes,
// looked up by its first token.
//
// Matching is longest-first at each token: one hash probe per token finds the
// few names starting with that word, then each is checked token by token. This
// is the token n-gram hash measured at 124-161 MB/s here; a trie would save
// little because almost every probe misses on the first word.
#ifndef DYAD_ACTORS_INDEX_H_
#define DYAD_ACTORS_INDEX_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "model/doc.h"

namespace dyad {

// Case a dictionary word demands of a text token (docs/dictionary-format.md:
// "case in a name is a minimum").
enum class CaseReq : uint8_t { kAny = 0, kCapitalized = 1, kAllCaps = 2 };

struct NameToken {
  uint64_t hash = 0;  // TokenHash of the case-folded token
  CaseReq req = CaseReq::kAny;
};

// Splits a dictionary name into tokens exactly as articles are split. The
// pipeline passes the real segmenter; tests may pass a simpler one.
using NameTokenizer = std::function<void(std::string_view name, std::vector<NameToken>* out)>;

inline bool CaseSatisfied(CaseReq req, uint16_t flags) {
  switch (req) {
    case CaseReq::kAny: return true;
    case CaseReq::kCapitalized: return (flags & (kCapitalized | kAllCaps)) != 0;
    case CaseReq::kAllCaps: return (flags & kAllCaps) != 0;
  }
  return false;
}

class ActorIndex {
 public:
  struct Phrase {
    uint32_t entry = 0;   // index into ActorDictionary::entries()
    uint32_t first = 0;   // first NameToken in the pool
    uint32_t length = 0;  // tokens
  };

  // Compiles every name of every entry. Names that tokenize to nothing are
  // reported as problems.
  ActorIndex(const ActorDictionary& dict, const NameTokenizer& tokenize, std::vector<DictProblem>* problems);

  // Calls f(const Phrase&) for each name that matches the tokens starting at
  // `at` (all tokens equal and case satisfied), longest first, never past
  // `end`. Stops when f returns true.
  template <typename F>
  void ForEachMatch(const std::vector<Token>& tokens, uint32_t at, uint32_t end, F&& f) const {
    auto it = by_first_.find(tokens[at].lower_hash);
    if (it == by_first_.end()) return;
    for (uint32_t p = it->second.first; p < it->second.second; ++p) {
      const Phrase& ph = phrases_[p];
      if (at + ph.length > end) continue;
      bool ok = true;
      for (uint32_t k = 0; k < ph.length && ok; ++k) {
        const NameToken& nt = pool_[ph.first + k];
        const Token& t = tokens[at + k];
        ok = nt.hash == t.lower_hash && CaseSatisfied(nt.req, t.flags);
      }
      if (ok && f(ph)) return;
    }
  }

  size_t num_phrases() const { return phrases_.size(); }
  const NameToken* tokens_of(const Phrase& p) const { return &pool_[p.first]; }

 private:
  std::vector<Phrase> phrases_;   // grouped by first token, longest first within a group
  std::vector<NameToken> pool_;
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> by_first_;  // first hash -> [begin, end) in phrases_
};

}  // namespace dyad

#endif  // DYAD_ACTORS_INDEX_H_
