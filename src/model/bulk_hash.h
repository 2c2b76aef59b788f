// XXH3-128 of a large buffer (cache files and the files their keys cover),
// computed with AVX2 when the processor has it.
//
// Why: a dictionary-cache hit hashes ~27 MB at every start-up (the input
// files for the keys, each cache file's payload for its checksum), and
// Debian's libxxhash is built for baseline x86-64, i.e. SSE2: 16 bytes a
// vector step. That was 29.8M of start-up's 102M instructions
// (docs/performance.md, "stop 15"). The AVX2 kernel takes 32 bytes a step;
// XXH3's value does not depend on the kernel (the specification fixes it),
// so the digests, and the cache files keyed by them, are the same either
// way. The AVX2 copy is compiled in a translation unit of its own with
// -mavx2 and XXH_INLINE_ALL (every function static there, so the linker
// cannot mix it with code meant for processors without AVX2), and is only
// called after the processor was asked.
#ifndef DYAD_MODEL_BULK_HASH_H_
#define DYAD_MODEL_BULK_HASH_H_

#include <cstddef>
#include <cstdint>

namespace dyad {

struct Hash128 {
  uint64_t low64 = 0, high64 = 0;
};

// XXH3_128bits(data, size), seed 0.
Hash128 BulkHash128(const void* data, size_t size);

// Whether BulkHash128 runs the AVX2 kernel on this processor (tests).
bool BulkHashUsesAvx2();

}  // namespace dyad

#endif  // DYAD_MODEL_BULK_HASH_H_
