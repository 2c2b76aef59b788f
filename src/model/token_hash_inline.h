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

// Inputs of up to 16 bytes, nearly every token, take XXH3's own short-input
// function directly: XXH3_64bits with seed 0 and the default secret does
// exactly this for them (XXH3_64bits_internal), but GCC kept XXH3_64bits
// itself out of line, a call of ~29 instructions a token with its length
// dispatch (18M on te3silver). The short function is force-inlined by the
// header, and this function is forced inline too (GCC kept it out of line
// once it held the branch), so the caller pays only the length test.
// TokenHashInlineTest (text/segment_test.cc) compares it with TokenHash
// for every length to 300 and every byte value.
[[gnu::always_inline]] inline uint64_t TokenHashInline(std::string_view s) {
  if (s.size() <= 16)
    return XXH3_len_0to16_64b(reinterpret_cast<const xxh_u8*>(s.data()), s.size(), XXH3_kSecret, 0);
  return XXH3_64bits(s.data(), s.size());
}

}  // namespace dyad

#endif  // DYAD_MODEL_TOKEN_HASH_INLINE_H_
