#include "model/bulk_hash.h"

#include <xxhash.h>

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Bytes that are not a repeating pattern, so a kernel that skipped or
// reordered a block would give another value.
std::string Bytes(size_t n) {
  std::string s(n, '\0');
  uint64_t x = 0x9e3779b97f4a7c15ull;
  for (char& c : s) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    c = static_cast<char>(x);
  }
  return s;
}

// The cache keys and checksums must not depend on which kernel ran: a file
// written on one machine (or by the library's SSE2 code) is read on
// another. Sizes around the kernel's threshold, XXH3's block and stripe
// sizes (64-byte stripes, 1,024-byte blocks) and a large buffer, at every
// offset of a vector, against the library's own function.
TEST(BulkHash, EqualsTheLibrarysXxh3ForEverySizeAndAlignment) {
  const std::string data = Bytes(300000);
  for (size_t size : {0u, 1u, 3u, 16u, 17u, 128u, 129u, 240u, 241u, 1023u, 1024u, 1025u, 1087u, 1088u, 4095u,
                      4096u, 65536u + 63u, 299968u}) {
    for (size_t offset = 0; offset < 32; offset += 7) {
      XXH128_hash_t want = XXH3_128bits(data.data() + offset, size);
      Hash128 got = BulkHash128(data.data() + offset, size);
      EXPECT_EQ(got.low64, want.low64) << size << " at " << offset;
      EXPECT_EQ(got.high64, want.high64) << size << " at " << offset;
    }
  }
  // XXH3-128 of nothing, as the specification gives it: the library and
  // the kernel agree with it, not only with each other.
  Hash128 empty = BulkHash128("", 0);
  EXPECT_EQ(empty.high64, 0x99aa06d3014798d8ull);
  EXPECT_EQ(empty.low64, 0x6001c324468d497full);
}

// A one-bit change anywhere in a large buffer changes the value (the
// payload checksum relies on it to find a damaged cache file).
TEST(BulkHash, ABitFlipChangesTheValue) {
  std::string data = Bytes(100000);
  const Hash128 before = BulkHash128(data.data(), data.size());
  for (size_t at : {0u, 1023u, 50000u, 99999u}) {
    data[at] ^= 4;
    Hash128 after = BulkHash128(data.data(), data.size());
    EXPECT_TRUE(after.low64 != before.low64 || after.high64 != before.high64) << at;
    data[at] ^= 4;
  }
}

}  // namespace
}  // namespace dyad
