// UTF-8 validation that says where the first bad byte is.
//
// Every article must be valid UTF-8 before it enters the pipeline (the
// tokenizer and the dictionaries assume it). A user with a Latin-1 file needs
// to know *where* it goes wrong, so this reports the offset, not just a bool.
#ifndef DYAD_INGEST_UTF8_H_
#define DYAD_INGEST_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed),
// or kValidUtf8. Valid input, the common case, costs one SIMD pass.
size_t FindInvalidUtf8(std::string_view s);

// "invalid UTF-8 (byte 0xE9<where>); convert ...": the reason text for an
// InputProblem, with a hint on how to fix a file in a legacy encoding.
// `where` may locate the byte further (" at byte 12 of the line").
std::string InvalidUtf8Reason(std::string_view s, size_t bad, std::string_view where = {});

// Length of a UTF-8 byte-order mark at the start of `s` (0 or 3).
inline size_t Utf8BomLength(std::string_view s) {
  return s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBB' && s[2] == '\xBF' ? 3 : 0;
}

}  // namespace dyad

#endif  // DYAD_INGEST_UTF8_H_
