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

#include <cstddef>
#include <string>
#include <string_view>

#include <sys/stat.h>

namespace dyad {

// Replaces *out with the contents of `path`. On failure returns false with
// errno set by the call that failed (open or read), for strerror.
bool ReadWholeFile(const std::string& path, std::string* out);

// A file's bytes for a loader that only parses them (the WordNet index and
// the tagger lexicon: 7.5 MB read at every start-up). A regular file is
// mapped read-only and pre-faulted (mmap with MAP_POPULATE), so its pages
// are the page cache's own: ReadWholeFile made the heap grow by the file's
// size, zero-filled it and copied the file in, one page fault per 4 KB
// (2,300 of start-up's 14,200 faults, 8.4M instructions of memset). Other
// files (a pipe, /proc, an empty file) and a failed mmap fall back to
// ReadWholeFile. A file must not be truncated while it is mapped (SIGBUS);
// the loaders read installed packages and our data folder, and drop the
// mapping when they return.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes();

  // Replaces the contents with `path`'s. On failure returns false with
  // errno set by the call that failed, for strerror. With `st`, also gives
  // the fstat(2) of the very file read (st_mode 0 if fstat failed), so a
  // caller can tie what it read to a file version (model/cache_file.h,
  // FileHashMemo) without a second open that a rename could race.
  bool Read(const std::string& path, struct stat* st = nullptr);
  std::string_view view() const { return map_ != nullptr ? std::string_view(map_, size_) : std::string_view(copy_); }

 private:
  void Unmap();

  const char* map_ = nullptr;
  size_t size_ = 0;
  std::string copy_;  // the fallback's bytes
};

}  // namespace dyad

#endif  // DYAD_MODEL_READ_FILE_H_
