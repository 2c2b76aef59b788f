// The kernels behind BulkHash128 (model/bulk_hash.h); C headers only, as
// bulk_hash_avx2.cc is compiled with -mavx2.
#ifndef DYAD_MODEL_BULK_HASH_KERNELS_H_
#define DYAD_MODEL_BULK_HASH_KERNELS_H_

#include <stddef.h>
#include <stdint.h>

namespace dyad::internal {

void BulkHash128Avx2(const void* data, size_t size, uint64_t out[2]);

}  // namespace dyad::internal

#endif  // DYAD_MODEL_BULK_HASH_KERNELS_H_
