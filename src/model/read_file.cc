#include "model/read_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace dyad {

bool ReadWholeFile(const std::string& path, std::string* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  size_t expect = (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) ? static_cast<size_t>(st.st_size) : 0;
  // One byte more than the size, so a file read to its size needs one more
  // read() to see the end (and a file that grew meanwhile is read whole).
  out->resize(expect + 1);
  size_t have = 0;
  while (true) {
    if (have == out->size()) out->resize(out->size() * 2 + 4096);
    ssize_t n = ::read(fd, out->data() + have, out->size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      out->clear();
      errno = saved;
      return false;
    }
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  out->resize(have);
  return true;
}

FileBytes::~FileBytes() { Unmap(); }

void FileBytes::Unmap() {
  if (map_ != nullptr) ::munmap(const_cast<char*>(map_), size_);
  map_ = nullptr;
  size_ = 0;
}

bool FileBytes::Read(const std::string& path, struct stat* out_st) {
  Unmap();
  copy_.clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0) st.st_mode = 0;
  if (out_st != nullptr) *out_st = st;
  if (st.st_mode != 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    const size_t size = static_cast<size_t>(st.st_size);
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p != MAP_FAILED) {
      ::close(fd);
      map_ = static_cast<const char*>(p);
      size_ = size;
      return true;
    }
  }
  ::close(fd);
  return ReadWholeFile(path, &copy_);
}

}  // namespace dyad
