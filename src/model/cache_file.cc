#include "model/cache_file.h"

#include "model/bulk_hash.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <initializer_list>

namespace dyad {

namespace {

// The file's first bytes; the trailing digit is the header's own version.
constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'C', 'C', 'H', '1'};
// magic, key digest (2 x 8), payload size (8), payload hash (2 x 8).
constexpr size_t kHeaderSize = 8 + 16 + 8 + 16;

std::string Hex(const unsigned char* p, size_t n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += kDigits[p[i] >> 4];
    s += kDigits[p[i] & 15];
  }
  return s;
}

// The main program's NT_GNU_BUILD_ID note, found through its program
// headers (the first object dl_iterate_phdr reports is the executable).
int FindBuildId(struct dl_phdr_info* info, size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
    const unsigned char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const unsigned char* name = p + sizeof(ElfW(Nhdr));
      const unsigned char* desc = name + ((nh->n_namesz + 3) & ~3u);
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
          desc + nh->n_descsz <= end) {
        *out = Hex(desc, nh->n_descsz);
        return 1;
      }
      p = desc + ((nh->n_descsz + 3) & ~3u);
    }
  }
  return 1;  // only the first object, the executable, is ours
}

}  // namespace

std::string DefaultCacheDir() {
  if (const char* d = std::getenv("DYAD_CACHE_DIR"); d && *d) return d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/dyad";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/dyad";
  return {};
}

const std::string& BinaryId() {
  static const std::string id = [] {
    std::string s;
    dl_iterate_phdr(FindBuildId, &s);
    if (!s.empty()) return "build-id:" + s;
    // No build id (a linker told not to write one): the binary's bytes,
    // read once per process (~20 MB, a few ms), still tell builds apart.
    FileBytes exe;
    if (exe.Read("/proc/self/exe")) {
      Hash128 h = BulkHash128(exe.view().data(), exe.view().size());
      return "exe:" + Hex(reinterpret_cast<const unsigned char*>(&h), sizeof h);
    }
    return std::string("unknown");
  }();
  return id;
}

// The CacheWriter/CacheReader encoding's own version, keyed with every
// structure's layout. 2: vectors and sections aligned (stop 16).
constexpr uint32_t kEncoding = 2;

CacheKey::CacheKey(std::string name, uint32_t layout) : name_(std::move(name)) {
  AddString(name_);
  AddString(std::to_string(layout));
  AddString("encoding " + std::to_string(kEncoding));
}

void CacheKey::AddFile(const std::string& path) {
  AddString(path);
  locations_ += path;
  locations_ += '\0';
  Hash128 h;
  if (memo_ != nullptr) {
    if (!memo_->HashFile(path, &h)) {
      AddString(std::string("missing:") + std::to_string(errno));
      return;
    }
  } else {
    FileBytes bytes;
    if (!bytes.Read(path)) {
      AddString(std::string("missing:") + std::to_string(errno));
      return;
    }
    h = BulkHash128(bytes.view().data(), bytes.view().size());
  }
  keyed_.append(reinterpret_cast<const char*>(&h), sizeof h);
}

void CacheKey::AddString(std::string_view s) {
  // Length first, so ("ab", "c") and ("a", "bc") key differently.
  uint64_t n = s.size();
  keyed_.append(reinterpret_cast<const char*>(&n), sizeof n);
  keyed_.append(s);
}

void CacheKey::Digest(uint64_t out[2]) const {
  std::string all = keyed_;
  all += BinaryId();
  XXH128_hash_t h = XXH3_128bits(all.data(), all.size());
  out[0] = h.low64;
  out[1] = h.high64;
}

std::string CacheKey::FileName() const {
  uint64_t h = XXH3_64bits(locations_.data(), locations_.size());
  return name_ + "-" + Hex(reinterpret_cast<const unsigned char*>(&h), sizeof h) + ".bin";
}

namespace {

constexpr char kMemoMagic[8] = {'D', 'Y', 'A', 'D', 'F', 'H', 'M', '1'};
// More entries than any one start asks for (~110); the rest are other data
// folders' files, kept so two folders do not evict each other.
constexpr size_t kMemoMaxEntries = 4096;

int64_t Ns(const struct timespec& t) { return int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec; }

bool SameVersion(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size && Ns(a.st_mtim) == Ns(b.st_mtim) &&
         Ns(a.st_ctim) == Ns(b.st_ctim);
}

// Writes `parts` to a temporary file beside `path` and renames it over
// `path`, so a reader sees the old file or the whole new one, never a torn
// one. The temporary name is one no other writer uses (process id and a
// per-process counter): two dyads saving at once never share it.
bool WriteFileAtomically(const std::string& path, std::initializer_list<std::string_view> parts) {
  static std::atomic<uint64_t> counter{0};
  const std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter.fetch_add(1));
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = true;
  for (std::string_view part : parts) {
    while (ok && !part.empty()) {
      ssize_t n = ::write(fd, part.data(), part.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) ok = false;
      else part.remove_prefix(static_cast<size_t>(n));
    }
  }
  ok = (::close(fd) == 0) && ok;
  if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) ::unlink(tmp.c_str());
  return ok;
}

}  // namespace

int64_t FileHashMemo::NowNs() {
  struct timespec t;
  ::clock_gettime(CLOCK_REALTIME, &t);
  return Ns(t);
}

FileHashMemo::FileHashMemo(const std::string& dir, const std::string& name, int64_t settle_ns)
    : settle_ns_(settle_ns) {
  if (dir.empty()) return;
  path_ = dir + "/file-hashes-" + name + ".memo";
  std::string bytes;
  if (!ReadWholeFile(path_, &bytes) || bytes.size() < sizeof kMemoMagic + 8 ||
      std::memcmp(bytes.data(), kMemoMagic, sizeof kMemoMagic) != 0)
    return;
  // The last 8 bytes are the hash of the rest: a damaged memo is ignored.
  uint64_t sum;
  std::memcpy(&sum, bytes.data() + bytes.size() - 8, 8);
  if (XXH3_64bits(bytes.data(), bytes.size() - 8) != sum) return;
  CacheReader r(std::string_view(bytes).substr(sizeof kMemoMagic, bytes.size() - 8 - sizeof kMemoMagic));
  uint64_t n = 0;
  if (!r.Count(&n)) return;
  std::string file;
  for (uint64_t i = 0; i < n; ++i) {
    Entry e;
    if (!r.String(&file) || !r.Pod(&e.dev) || !r.Pod(&e.ino) || !r.Pod(&e.size) || !r.Pod(&e.mtime_ns) ||
        !r.Pod(&e.ctime_ns) || !r.Pod(&e.hash.low64) || !r.Pod(&e.hash.high64)) {
      entries_.clear();
      return;
    }
    entries_[file] = e;
  }
}

bool FileHashMemo::Matches(const Entry& e, const struct stat& st) {
  return e.dev == static_cast<uint64_t>(st.st_dev) && e.ino == static_cast<uint64_t>(st.st_ino) &&
         e.size == static_cast<uint64_t>(st.st_size) && e.mtime_ns == Ns(st.st_mtim) && e.ctime_ns == Ns(st.st_ctim);
}

bool FileHashMemo::Find(const std::string& what, const struct stat& st, Hash128* out) {
  auto it = entries_.find(what);
  if (it == entries_.end() || !S_ISREG(st.st_mode) || !Matches(it->second, st)) return false;
  it->second.used = true;
  *out = it->second.hash;
  return true;
}

void FileHashMemo::Remember(const std::string& what, const struct stat& st, const Hash128& hash, int64_t now_ns) {
  if (path_.empty() || !S_ISREG(st.st_mode)) return;
  // Not settled: a write within the same clock tick could leave the times
  // as they are (see the class comment).
  if (Ns(st.st_mtim) >= now_ns - settle_ns_ || Ns(st.st_ctim) >= now_ns - settle_ns_) return;
  Entry e;
  e.dev = static_cast<uint64_t>(st.st_dev);
  e.ino = static_cast<uint64_t>(st.st_ino);
  e.size = static_cast<uint64_t>(st.st_size);
  e.mtime_ns = Ns(st.st_mtim);
  e.ctime_ns = Ns(st.st_ctim);
  e.hash = hash;
  e.used = true;
  Entry& slot = entries_[what];
  if (!Matches(slot, st) || slot.hash.low64 != hash.low64 || slot.hash.high64 != hash.high64) dirty_ = true;
  slot = e;
}

bool FileHashMemo::HashFile(const std::string& path, Hash128* out) {
  const int64_t now = NowNs();
  struct stat before;
  const bool have_before = ::stat(path.c_str(), &before) == 0;
  if (have_before && Find(path, before, out)) return true;
  FileBytes bytes;
  struct stat read_st;
  if (!bytes.Read(path, &read_st)) return false;
  ++files_read_;
  *out = BulkHash128(bytes.view().data(), bytes.view().size());
  // Remembered only if the file was one version throughout: the same
  // before the open, for the bytes read, and after hashing.
  struct stat after;
  if (have_before && read_st.st_mode != 0 && SameVersion(before, read_st) && ::stat(path.c_str(), &after) == 0 &&
      SameVersion(read_st, after))
    Remember(path, read_st, *out, now);
  return true;
}

bool FileHashMemo::Save() {
  if (path_.empty() || !dirty_) return true;
  CacheWriter w;
  std::vector<const std::pair<const std::string, Entry>*> order;
  // This start's entries first, so the cap drops other folders' files.
  for (const auto& kv : entries_)
    if (kv.second.used) order.push_back(&kv);
  for (const auto& kv : entries_)
    if (!kv.second.used && order.size() < kMemoMaxEntries) order.push_back(&kv);
  w.Pod<uint64_t>(order.size());
  for (const auto* kv : order) {
    const Entry& e = kv->second;
    w.String(kv->first);
    w.Pod(e.dev);
    w.Pod(e.ino);
    w.Pod(e.size);
    w.Pod(e.mtime_ns);
    w.Pod(e.ctime_ns);
    w.Pod(e.hash.low64);
    w.Pod(e.hash.high64);
  }
  std::string bytes(kMemoMagic, sizeof kMemoMagic);
  bytes += w.bytes();
  const uint64_t sum = XXH3_64bits(bytes.data(), bytes.size());
  bytes.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  const bool ok = WriteFileAtomically(path_, {bytes});
  if (ok) dirty_ = false;
  return ok;
}

CacheFile::CacheFile(std::string dir, const CacheKey& key) : dir_(std::move(dir)) {
  if (!dir_.empty()) path_ = dir_ + "/" + key.FileName();
  key.Digest(digest_);
}

bool CacheFile::Open(CacheReader* reader) {
  problem_.clear();
  if (path_.empty()) return false;
  const int64_t now = FileHashMemo::NowNs();
  struct stat st;
  bytes_ = std::make_shared<FileBytes>();
  if (!bytes_->Read(path_, &st)) {
    if (errno != ENOENT) problem_ = std::string("cannot read it: ") + std::strerror(errno);
    return false;
  }
  std::string_view b = bytes_->view();
  if (b.size() < kHeaderSize) {
    problem_ = "truncated (" + std::to_string(b.size()) + " bytes, shorter than its header)";
    return false;
  }
  if (std::memcmp(b.data(), kMagic, sizeof kMagic) != 0) {
    problem_ = "not a dyad cache file (wrong first bytes)";
    return false;
  }
  uint64_t digest[2], size, hash[2];
  std::memcpy(digest, b.data() + 8, 16);
  std::memcpy(&size, b.data() + 24, 8);
  std::memcpy(hash, b.data() + 32, 16);
  // Written for other inputs or another build: an ordinary miss.
  if (digest[0] != digest_[0] || digest[1] != digest_[1]) return false;
  std::string_view payload = b.substr(kHeaderSize);
  if (payload.size() != size) {
    problem_ = "truncated (" + std::to_string(payload.size()) + " of " + std::to_string(size) + " bytes)";
    return false;
  }
  // This version of the file checked before (its stat unchanged, so its
  // bytes are too): the checksum it had then is the one in its header.
  const std::string memo_name = "payload:" + path_;
  Hash128 h;
  if (memo_ == nullptr || !memo_->Find(memo_name, st, &h)) {
    h = BulkHash128(payload.data(), payload.size());
    if (h.low64 == hash[0] && h.high64 == hash[1] && memo_ != nullptr) memo_->Remember(memo_name, st, h, now);
  }
  if (h.low64 != hash[0] || h.high64 != hash[1]) {
    problem_ = "damaged (its contents do not match their checksum)";
    return false;
  }
  *reader = CacheReader(payload, bytes_);
  return true;
}

bool CacheFile::Save(const CacheWriter& writer) {
  if (path_.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  const std::string& payload = writer.bytes();
  std::string header(kMagic, sizeof kMagic);
  uint64_t size = payload.size();
  Hash128 h = BulkHash128(payload.data(), payload.size());
  uint64_t hash[2] = {h.low64, h.high64};
  header.append(reinterpret_cast<const char*>(digest_), 16);
  header.append(reinterpret_cast<const char*>(&size), 8);
  header.append(reinterpret_cast<const char*>(hash), 16);
  return WriteFileAtomically(path_, {header, payload});
}

}  // namespace dyad
