// TokenHash (model/doc.h) compiled into the caller, for the per-token loops
// of the segmenter and the tagger.
//
// Why: doc.cc's TokenHash calls XXH3_64bits in Debian's shared libxxhash,
// about 33 instructions a call with the call, the PLT jump and the
// library's length dispatch, and the segmenter hashes every token. With
// XXH_INLINE_ALL the header compiles the same function (same algorithm,
// seed 0, default secret: the same value, which text_test checks against
// TokenHash) into the caller, where a word of a few bytes takes the short
// input path directly. Include this only in .cc files: XXH_INLINE_ALL
// renames the library's symbols in the including translation unit.
#ifndef DYAD_MODEL_TOKEN_HASH_INLINE_H_
#define DYAD_MODEL_TOKEN_HASH_INLINE_H_

#include <cstdint>
#include <string_view>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

namespace dyad {

inline uint64_t TokenHashInline(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

}  // namespace dyad

#endif  // DYAD_MODEL_TOKEN_HASH_INLINE_H_
