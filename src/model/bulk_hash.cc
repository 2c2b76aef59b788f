#include "model/bulk_hash.h"

#include <xxhash.h>

#include "model/bulk_hash_kernels.h"

namespace dyad {

namespace {

// Below this the kernels' set-up is most of the work and the library's
// call is as good (XXH3's long-input path starts at 240 bytes).
constexpr size_t kAvx2From = 1024;

}  // namespace

bool BulkHashUsesAvx2() {
#ifdef DYAD_BULK_HASH_AVX2  // built with the kernel (x86-64, src/model/CMakeLists.txt)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  return avx2;
#else
  return false;
#endif
}

Hash128 BulkHash128(const void* data, size_t size) {
  Hash128 h;
#ifdef DYAD_BULK_HASH_AVX2
  if (size >= kAvx2From && BulkHashUsesAvx2()) {
    uint64_t out[2];
    internal::BulkHash128Avx2(data, size, out);
    h.low64 = out[0];
    h.high64 = out[1];
    return h;
  }
#endif
  XXH128_hash_t x = XXH3_128bits(data, size);
  h.low64 = x.low64;
  h.high64 = x.high64;
  return h;
}

}  // namespace dyad
