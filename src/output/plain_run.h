// How many leading bytes of a string a JSON writer can copy as they are.
//
// Both writers (json_writer.h, evidence_json.h) copy a string byte by byte
// until a byte needs escaping; over sentences and evidence that per-byte
// loop was ~5 instructions a byte. This tests eight bytes at a time (SWAR:
// the classic "has a byte less than n / equal to c" bit tricks on a 64-bit
// word), which needs no CPU-specific code.
#ifndef DYAD_OUTPUT_PLAIN_RUN_H_
#define DYAD_OUTPUT_PLAIN_RUN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace dyad {

// The length of the longest prefix of [p, p + n) made of whole 8-byte words
// of printable ASCII other than '"' and '\\' (0x20..0x7f). The caller then
// goes on byte by byte from there, so a word with one special byte costs no
// more than before.
inline size_t PlainAsciiWords(const char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    const uint64_t below_space = (x - kOnes * 0x20) & ~x;  // high bit set for bytes < 0x20 (or >= 0x80)
    const uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
    const uint64_t quote = (q - kOnes) & ~q, backslash = (b - kOnes) & ~b;  // zero bytes of q, b
    if ((below_space | quote | backslash | x) & kHigh) break;
  }
  return i;
}

// Whether the n bytes at p (n < 8) pass the same test as PlainAsciiWords's
// words: they are loaded into a word padded with 'a', which passes. With
// PlainAsciiWords it tells in two steps that a whole string needs no
// escaping (most evidence and record strings are short: "COLGOV",
// "direct", a name), where the writers' byte loop went on one byte at a
// time after the last whole word.
inline bool PlainAsciiTail(const char* p, size_t n) {  // n < 8
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x = kOnes * 'a';
  std::memcpy(&x, p, n);
  const uint64_t below_space = (x - kOnes * 0x20) & ~x;
  const uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
  const uint64_t quote = (q - kOnes) & ~q, backslash = (b - kOnes) & ~b;
  return ((below_space | quote | backslash | x) & kHigh) == 0;
}

// Both writers' fast path: when all of s is plain (the two tests above),
// appends it between quotes in one copy and returns true; otherwise
// appends nothing and returns false, and the writer's byte loop runs (it
// gives the same bytes for a plain string).
inline bool AppendPlainQuoted(std::string_view s, std::string* out) {
  const size_t words = PlainAsciiWords(s.data(), s.size());
  if (s.size() - words >= 8 || !PlainAsciiTail(s.data() + words, s.size() - words)) return false;
  out->push_back('"');
  out->append(s.data(), s.size());
  out->push_back('"');
  return true;
}

// The word test of both copies below. kUtf8: bytes 0x80 and above pass
// (the record writer, json_writer.cc, copies UTF-8 as it is); otherwise
// they fail, as in PlainAsciiWords (the evidence writer must validate
// UTF-8 first). "Has a byte below 0x20" (x - 0x20..) & ~x is exact as a
// yes/no answer: a borrow starts only at such a byte, and a byte of 0x80
// or above never sets its own high bit in the result (~x clears it).
template <bool kUtf8>
inline bool PlainWord(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t below_space = (x - kOnes * 0x20) & ~x;
  const uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
  const uint64_t quote = (q - kOnes) & ~q, backslash = (b - kOnes) & ~b;
  return ((below_space | quote | backslash | (kUtf8 ? 0 : x)) & kHigh) == 0;
}

// Copies the n bytes at v to p (room for n bytes) and returns true when
// every byte passes PlainWord<kUtf8>; otherwise returns false, p's bytes
// then being scratch. Each word is tested and stored in one pass, and the
// last bytes are read as overlapping words (n >= 8: the last 8; shorter:
// the first and last 4, 2 or 1), so there is no call to memcpy for the
// string or its tail. An overlapping word holds bytes of the string only,
// so its test is the same test of the same bytes; a short one is padded
// with 'a' bytes, which pass.
template <bool kUtf8>
inline bool CopyPlain(const char* v, size_t n, char* p) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, v + i, 8);
    if (!PlainWord<kUtf8>(x)) return false;
    std::memcpy(p + i, &x, 8);
  }
  if (i == n) return true;
  if (n >= 8) {
    uint64_t x;
    std::memcpy(&x, v + n - 8, 8);
    if (!PlainWord<kUtf8>(x)) return false;
    std::memcpy(p + n - 8, &x, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, v, 4);
    std::memcpy(&b, v + n - 4, 4);
    if (!PlainWord<kUtf8>(a | uint64_t{b} << 32)) return false;
    std::memcpy(p, &a, 4);
    std::memcpy(p + n - 4, &b, 4);
  } else if (n >= 2) {
    uint16_t a, b;
    std::memcpy(&a, v, 2);
    std::memcpy(&b, v + n - 2, 2);
    if (!PlainWord<kUtf8>(a | uint64_t{b} << 16 | 0x6161616100000000ull)) return false;
    std::memcpy(p, &a, 2);
    std::memcpy(p + n - 2, &b, 2);
  } else {
    const auto c = static_cast<unsigned char>(v[0]);
    if (!PlainWord<kUtf8>(c | 0x6161616161616100ull)) return false;
    p[0] = static_cast<char>(c);
  }
  return true;
}

}  // namespace dyad

#endif  // DYAD_OUTPUT_PLAIN_RUN_H_
