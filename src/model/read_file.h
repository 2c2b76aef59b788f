// Reads a whole file into a string, for the dictionary loaders.
//
// The loaders used `std::ifstream` + `ostringstream << rdbuf()` + `str()`,
// which copies every byte twice through the stream buffers (growing the
// buffer as it goes) and costs ~10M instructions at start-up for the
// tagger lexicon and WordNet alone. This sizes the string from fstat(2)
// and read(2)s straight into it; a file that grows or has no size (a pipe,
// /proc) is read to its end all the same.
#ifndef DYAD_MODEL_READ_FILE_H_
#define DYAD_MODEL_READ_FILE_H_

#include <string>

namespace dyad {

// Replaces *out with the contents of `path`. On failure returns false with
// errno set by the call that failed (open or read), for strerror.
bool ReadWholeFile(const std::string& path, std::string* out);

}  // namespace dyad

#endif  // DYAD_MODEL_READ_FILE_H_
