// The AVX2 kernel of BulkHash128 (model/bulk_hash.h). This file is compiled
// with -mavx2 and must include nothing but xxhash.h: any inline function
// from a shared header compiled here could be the copy the linker keeps
// for the whole program, and would then run AVX2 instructions on
// processors without them. With XXH_INLINE_ALL every xxhash function is
// static (internal to this file).
#define XXH_INLINE_ALL
#define XXH_VECTOR XXH_AVX2
#include <xxhash.h>

#include "model/bulk_hash_kernels.h"

namespace dyad::internal {

void BulkHash128Avx2(const void* data, size_t size, uint64_t out[2]) {
  XXH128_hash_t h = XXH3_128bits(data, size);
  out[0] = h.low64;
  out[1] = h.high64;
}

}  // namespace dyad::internal
