// A set of one-word members (token hashes) that a rule of some pipeline
// stage reads: the coder's classes (events/word_class.h), the actor
// matcher's landmark nouns and Spanish armed-unit nouns, the pronoun
// stage's organisation words. The words themselves are data, synsets a
// user can read and edit (data/verbs/synsets.txt, data/verbs/es/synsets.txt);
// events/word_class.h reads them out of a verb dictionary. This type lives
// in model/ so that stages before the coder can hold one without depending
// on the verb dictionary.
#ifndef DYAD_MODEL_WORD_CLASS_H_
#define DYAD_MODEL_WORD_CLASS_H_

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "model/doc.h"

namespace dyad {

class WordClass {
 public:
  WordClass() = default;
  // The members' TokenHashes, in any order, repeats allowed.
  explicit WordClass(std::vector<uint64_t> hashes) : hashes_(std::move(hashes)) {
    std::sort(hashes_.begin(), hashes_.end());
    hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
  }

  // A TokenHash among the members. A binary search over a sorted array:
  // the lists it replaced (12-100 words) were scanned or searched the same
  // way, and the classes stay that small.
  bool Has(uint64_t hash) const { return std::binary_search(hashes_.begin(), hashes_.end(), hash); }
  // A token that is a member by lemma or by surface form (as synset members
  // match in patterns).
  bool At(const Token& t) const { return Has(t.lemma_hash) || Has(t.lower_hash); }
  // A verb group whose lemma (VerbGroup::lemma: the head's lemma, or its
  // surface form when it has none) is a member. Verbs are matched by lemma
  // only, as patterns look verbs up.
  bool HasVerb(const Token& head) const { return Has(head.lemma.empty() ? head.lower_hash : head.lemma_hash); }
  bool empty() const { return hashes_.empty(); }
  size_t size() const { return hashes_.size(); }

 private:
  std::vector<uint64_t> hashes_;  // sorted, unique
};

}  // namespace dyad

#endif  // DYAD_MODEL_WORD_CLASS_H_
