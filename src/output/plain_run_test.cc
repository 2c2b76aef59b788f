#include "output/plain_run.h"

#include <string>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Byte-by-byte reference: whole 8-byte words of 0x20..0x7f without '"' or '\\'.
size_t Reference(const std::string& s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    for (size_t k = i; k < i + 8; ++k) {
      unsigned char c = static_cast<unsigned char>(s[k]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return i;
    }
  }
  return i;
}

// Every byte value at every position of a 3-word string, after plain bytes
// that sit next to the special values in the bit tricks (0x1f/0x20, 0x21/0x23,
// 0x5b/0x5d, 0x7f).
TEST(PlainRunTest, MatchesTheByteLoopForEveryByteAndPosition) {
  for (char fill : {'a', ' ', '!', '#', '[', ']', '\x7f', '~'}) {
    for (int c = 0; c < 256; ++c) {
      for (size_t pos = 0; pos < 24; ++pos) {
        std::string s(24, fill);
        s[pos] = static_cast<char>(c);
        ASSERT_EQ(PlainAsciiWords(s.data(), s.size()), Reference(s)) << "fill " << int(fill) << " byte " << c << " at " << pos;
      }
    }
  }
  EXPECT_EQ(PlainAsciiWords("short", 5), 0u);
  EXPECT_EQ(PlainAsciiWords("", 0), 0u);
}

// PlainAsciiTail says yes exactly when every byte of a short tail is one
// the byte loop copies as it is: every byte value at every position of
// tails of 0 to 7 bytes.
TEST(PlainRunTest, TailMatchesTheByteTestForEveryByteAndPosition) {
  auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
  for (char fill : {'a', ' ', '!', '#', '[', ']', '\x7f', '~'}) {
    for (size_t n = 0; n < 8; ++n) {
      EXPECT_TRUE(PlainAsciiTail(std::string(n, fill).data(), n));
      for (int c = 0; c < 256; ++c) {
        for (size_t pos = 0; pos < n; ++pos) {
          std::string s(n, fill);
          s[pos] = static_cast<char>(c);
          ASSERT_EQ(PlainAsciiTail(s.data(), n), plain(static_cast<unsigned char>(c)))
              << "fill " << int(fill) << " byte " << c << " at " << pos << " of " << n;
        }
      }
    }
  }
}

}  // namespace
}  // namespace dyad
