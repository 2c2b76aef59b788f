#include "ingest/utf8.h"

#include <cstdint>
#include <cstdio>

#include <simdjson.h>

namespace dyad {

namespace {
// Scalar check of one sequence at s[i]; returns its length or 0 if ill-formed
// (the table of well-formed byte sequences in Unicode 15, section 3.9).
size_t SequenceLength(const unsigned char* p, size_t n) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < n && p[k] >= lo && p[k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
}  // namespace

size_t FindInvalidUtf8(std::string_view s) {
  // simdjson validates at several GB/s; only a file that fails pays for the
  // byte-by-byte scan that locates the error.
  if (simdjson::validate_utf8(s.data(), s.size())) return kValidUtf8;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = SequenceLength(p + i, s.size() - i);
    if (len == 0) return i;
    i += len;
  }
  return kValidUtf8;
}

std::string InvalidUtf8Reason(std::string_view s, size_t bad, std::string_view where) {
  char hex[8];
  unsigned c = bad < s.size() ? static_cast<unsigned char>(s[bad]) : 0;
  std::snprintf(hex, sizeof hex, "0x%02X", c);
  return "invalid UTF-8 (byte " + std::string(hex) + std::string(where) +
         "); convert the file to UTF-8, e.g. iconv -f windows-1252 -t utf-8";
}

}  // namespace dyad
