// Test-only: the name tokenizer an ActorIndex takes, built on the crude
// tokenizer of simple_tokens.h, so dictionary names and test text are split
// the same way without the real segmenter.
#ifndef DYAD_TESTING_NAME_TOKENS_H_
#define DYAD_TESTING_NAME_TOKENS_H_

#include <string_view>
#include <vector>

#include "actors/index.h"
#include "testing/simple_tokens.h"

namespace dyad::testing {

inline void SimpleNameTokenizer(std::string_view name, std::vector<NameToken>* out) {
  Doc d;
  SimpleTokenize(name, &d);
  for (const auto& t : d.tokens) {
    NameToken nt;
    nt.hash = t.lower_hash;
    nt.req = t.has(kAllCaps) ? CaseReq::kAllCaps : t.has(kCapitalized) ? CaseReq::kCapitalized : CaseReq::kAny;
    out->push_back(nt);
  }
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_NAME_TOKENS_H_
