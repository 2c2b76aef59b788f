// Test-only: a NameTokenizer that splits on spaces and matches any case, so
// dictionary unit tests need not load the real segmenter.
#ifndef DYAD_TESTING_WORD_TOKENIZER_H_
#define DYAD_TESTING_WORD_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "actors/index.h"

namespace dyad::testing {

inline void WordTokenizer(std::string_view s, std::vector<NameToken>* out) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out->push_back({TokenHash(s.substr(i, j - i)), CaseReq::kAny});
    i = j;
  }
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_WORD_TOKENIZER_H_
