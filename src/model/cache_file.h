// The compiled dictionary cache: a structure built at start-up from data
// files is written to one file and read back on the next run instead of
// being rebuilt, when (and only when) every input is byte for byte the same.
//
//   CacheKey key("en-models", 1);      // a name and the serialised layout's version
//   key.AddFile(wordnet_dir + "/index.noun");   // contents, not dates
//   key.AddString(option);
//   CacheFile cache(dir, key);
//   CacheReader r;
//   if (cache.Open(&r)) { ... r.Pod(&x); r.Vector(&v); ... if (r.ok()) hit; }
//   else { build; CacheWriter w; ...; cache.Save(w); }
//
// Why it cannot serve stale entries: the key is a 128-bit hash of the
// contents of every input file (and of whether each exists), of the options
// that shape the structure, of the layout version the serialising code
// states, and of the running binary's GNU build id, which the linker derives
// from the whole program, so a rebuilt dyad never reads a cache an older one
// wrote. A file whose key differs is a miss, nothing more. A file that is
// damaged (truncated, a wrong magic, a payload whose own hash does not match)
// is reported by `problem()` and rebuilt; the reader bounds-checks every read
// besides, so even a file that passes those checks cannot make it read past
// the end.
//
// Files are written to a temporary name and renamed over the old one, so a
// reader (another dyad running at the same time) sees the old file or the
// new one, never half of one.
#ifndef DYAD_MODEL_CACHE_FILE_H_
#define DYAD_MODEL_CACHE_FILE_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "model/bulk_hash.h"
#include "model/cache_array.h"
#include "model/read_file.h"

namespace dyad {

// The folder the command line uses: $DYAD_CACHE_DIR, else
// $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad; empty if none is set.
std::string DefaultCacheDir();

// The running binary's identity: its GNU build id (hex) when the linker wrote
// one, else a hash of /proc/self/exe's bytes. Computed once per process.
const std::string& BinaryId();

class FileHashMemo;

class CacheKey {
 public:
  // `name` names the structure (and the cache file); `layout` is the
  // version of its serialised form, raised whenever the Save/Restore pair
  // changes.
  CacheKey(std::string name, uint32_t layout);

  // Adds a file's path and contents (a missing file is keyed as missing,
  // so creating it later is a miss too).
  void AddFile(const std::string& path);
  void AddString(std::string_view s);
  // Takes files' content hashes from `memo` (below) when it has them for
  // the files as they are now: the digest is the same, only the reading
  // and hashing is saved. `memo` must outlive this key's AddFile calls.
  void UseMemo(FileHashMemo* memo) { memo_ = memo; }

  const std::string& name() const { return name_; }
  // The 128-bit digest of everything added, the binary's id included.
  void Digest(uint64_t out[2]) const;
  // Names the file by the structure and the input *paths* only (not their
  // contents), so two data folders keep two files instead of evicting each
  // other, while an edit to a file replaces that folder's entry.
  std::string FileName() const;

 private:
  std::string name_;
  std::string keyed_;      // everything added: paths, contents' hashes, options
  std::string locations_;  // the paths alone, for FileName()
  FileHashMemo* memo_ = nullptr;
};

// Remembers the content hash of files from one start to the next, keyed by
// what stat(2) says of each file (device, inode, size, modification and
// status-change times to the nanosecond), in <dir>/file-hashes-<name>.memo.
//
// Why: every start hashed all its inputs to key the caches (the WordNet
// and tagger files, ~100 data files, 9.4 MB) and both cache payloads to
// check them (16.6 MB): a tenth of an empty run's CPU time, plus the maps
// and page-table work of reading the inputs (docs/performance.md,
// "stop 18"). The key is still the hash of the contents: the memo only
// says what a file's hash was when it had the same stat, like git's index.
//
// Why it serves no stale hash: any write to a file, and any change of its
// times, sets its status-change time (ctime) to the current time, which no
// call can set back; a renamed-over file has another inode. A hash is only
// remembered for a file whose times are `settle_ns` (3 s) older than the
// clock read before its stat, and whose stat was the same before and after
// the read: a later write then always gives another ctime, even on a file
// system whose timestamps are coarse (the kernel's clock ticks every few
// ms; FAT keeps 2 s). A file changed within 3 s of a start is hashed every
// time until it settles. The memo file has a checksum of its own; a
// damaged or foreign one is ignored (everything is hashed, as before).
class FileHashMemo {
 public:
  static constexpr int64_t kSettleNs = 3'000'000'000;
  // An empty dir: nothing is remembered or saved (every file is hashed).
  FileHashMemo(const std::string& dir, const std::string& name, int64_t settle_ns = kSettleNs);
  FileHashMemo(const FileHashMemo&) = delete;
  FileHashMemo& operator=(const FileHashMemo&) = delete;

  // The hash (BulkHash128) of the file's bytes: remembered, or read and
  // hashed. False, with errno set, when the file cannot be read.
  bool HashFile(const std::string& path, Hash128* out);
  // A hash remembered under `what` for the file version `st` describes.
  bool Find(const std::string& what, const struct stat& st, Hash128* out);
  // Remembers `hash` under `what` for the file version `st` describes, if
  // that version had settled at `now_ns` (the realtime clock, read before
  // the stat was taken).
  void Remember(const std::string& what, const struct stat& st, const Hash128& hash, int64_t now_ns);
  // Writes the memo back if anything new was remembered (temporary file and
  // rename, so two dyads never see half of one). Returns false if it could
  // not be written; nothing depends on it.
  bool Save();

  // Files HashFile had to read (a test's view of whether the memo served).
  int files_read() const { return files_read_; }
  static int64_t NowNs();

 private:
  struct Entry {
    uint64_t dev = 0, ino = 0, size = 0;
    int64_t mtime_ns = 0, ctime_ns = 0;
    Hash128 hash;
    bool used = false;  // asked for or remembered in this process
  };
  static bool Matches(const Entry& e, const struct stat& st);
  std::string path_;
  int64_t settle_ns_;
  std::unordered_map<std::string, Entry> entries_;
  bool dirty_ = false;
  int files_read_ = 0;
};

// Vectors' contents and sections start at a multiple of this many bytes
// from the start of their buffer (zero bytes fill the gap), so that a
// reader whose bytes start so aligned (the payload of a mapped cache file
// does) copies them straight into a vector, without first zero-filling it
// (resize() then memcpy: the zero-fill was ~4M instructions of a start,
// docs/performance.md, "stop 16").
inline constexpr size_t kCacheAlign = 16;

// Appends plain values, vectors of plain values and strings to a byte buffer.
class CacheWriter {
 public:
  template <typename T>
  void Pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    buf_.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  template <typename T>
  void Vector(const std::vector<T>& v) {
    Span(v.data(), v.size());
  }
  // n values at `data`, as Vector() writes them (read back by Vector or Array).
  template <typename T>
  void Span(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kCacheAlign);
    Pod<uint64_t>(n);
    Align(alignof(T));
    buf_.append(reinterpret_cast<const char*>(data), n * sizeof(T));
  }
  // Another writer's bytes, aligned to kCacheAlign within this buffer, so
  // a reader of the section (CacheReader::Section) keeps the alignment.
  void Section(const CacheWriter& part) {
    Pod<uint64_t>(part.bytes().size());
    Align(kCacheAlign);
    buf_.append(part.bytes());
  }
  void String(std::string_view s) {
    Pod<uint64_t>(s.size());
    buf_.append(s.data(), s.size());
  }
  void Strings(const std::vector<std::string>& v) {
    Pod<uint64_t>(v.size());
    for (const std::string& s : v) String(s);
  }
  // std::pair is not trivially copyable (its assignment is user-written),
  // so vectors of pairs go member by member.
  template <typename A, typename B>
  void Pairs(const std::vector<std::pair<A, B>>& v) {
    Pod<uint64_t>(v.size());
    for (const auto& [a, b] : v) {
      Pod(a);
      Pod(b);
    }
  }
  const std::string& bytes() const { return buf_; }

 private:
  void Align(size_t a) { buf_.append((a - buf_.size() % a) % a, '\0'); }
  std::string buf_;
};

// Reads what a CacheWriter wrote, in the same order. Every read checks the
// bytes left; after the first short read ok() is false and every later
// read fails, so a caller may read everything and test ok() once.
class CacheReader {
 public:
  CacheReader() = default;
  explicit CacheReader(std::string_view bytes) : data_(bytes) {}
  // With `owner`, the keeper of `bytes` (a mapped cache file): Array()
  // then views the bytes instead of copying them, and the tables keep
  // `owner` alive. Without one (a test's buffer), Array() copies.
  CacheReader(std::string_view bytes, std::shared_ptr<const void> owner)
      : data_(bytes), owner_(std::move(owner)) {}
  // Who keeps these bytes, or null: a reader over a section of them passes
  // it on (CacheReader(section, r.owner())).
  const std::shared_ptr<const void>& owner() const { return owner_; }

  template <typename T>
  bool Pod(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (!Take(sizeof(T))) return false;
    std::memcpy(v, data_.data() + pos_ - sizeof(T), sizeof(T));
    return true;
  }
  template <typename T>
  bool Vector(std::vector<T>* v) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kCacheAlign);
    uint64_t n = 0;
    if (!Pod(&n) || !Skip(Padding(alignof(T))) || n > (data_.size() - pos_) / sizeof(T)) return Fail();
    const char* p = data_.data() + pos_;
    if (reinterpret_cast<uintptr_t>(p) % alignof(T) == 0) {
      // Aligned (the writer padded, and these bytes start aligned): one
      // copy into fresh storage; assign() of trivially copyable values is
      // a memmove, with no zero-fill first.
      const T* t = reinterpret_cast<const T*>(p);
      v->assign(t, t + n);
    } else {
      v->resize(n);
      if (n) std::memcpy(v->data(), p, n * sizeof(T));
    }
    pos_ += n * sizeof(T);
    return true;
  }
  // What Vector() wrote, as a CacheArray: a view of the reader's bytes
  // when they have an owner and are aligned for T (the writer padded, the
  // mapped payload starts 16-aligned), else a copy.
  template <typename T>
  bool Array(CacheArray<T>* v) {
    std::span<const T> view;
    std::vector<T> copy;
    if (!Array(&view, &copy)) return false;
    if (view.data() == copy.data()) v->Assign(std::move(copy));
    else v->View(view.data(), view.size(), owner_);
    return true;
  }
  // The same for an owner that keeps owner() itself (a VerbDictionary's
  // storage): *view is the reader's bytes, or *copy when they cannot be
  // viewed (then view->data() == copy->data()).
  template <typename T>
  bool Array(std::span<const T>* view, std::vector<T>* copy) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kCacheAlign);
    uint64_t n = 0;
    if (!Pod(&n) || !Skip(Padding(alignof(T))) || n > (data_.size() - pos_) / sizeof(T)) return Fail();
    const char* p = data_.data() + pos_;
    if (owner_ && reinterpret_cast<uintptr_t>(p) % alignof(T) == 0) {
      *view = std::span<const T>(reinterpret_cast<const T*>(p), n);
    } else {
      copy->resize(n);
      if (n) std::memcpy(copy->data(), p, n * sizeof(T));
      *view = *copy;
    }
    pos_ += n * sizeof(T);
    return true;
  }
  // What CacheWriter::Section wrote, as a view of the reader's bytes.
  bool Section(std::string_view* v) {
    uint64_t n = 0;
    if (!Pod(&n) || !Skip(Padding(kCacheAlign)) || n > data_.size() - pos_) return Fail();
    *v = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool String(std::string* s) {
    std::string_view v;
    if (!View(&v)) return false;
    // Built in place: assign() into the (empty) target takes _M_replace's
    // general path, twice the instructions for the ~150,000 short strings
    // a dictionary cache hit restores, and a temporary moved in costs the
    // move and the temporary's destructor (~2.6M instructions of the
    // verbs thread, start-up's longest: docs/performance.md, "stop 15").
    std::destroy_at(s);
    try {
      std::construct_at(s, v);
    } catch (...) {
      std::construct_at(s);  // *s stays a string (empty) for its owner's destructor
      throw;
    }
    return true;
  }
  // What String() wrote, as a view of the reader's bytes (no copy): valid
  // as long as they are.
  bool View(std::string_view* v) {
    uint64_t n = 0;
    if (!Pod(&n) || n > data_.size() - pos_) return Fail();
    *v = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool Strings(std::vector<std::string>* v) {
    uint64_t n = 0;
    if (!Count(&n)) return false;
    v->resize(n);
    for (std::string& s : *v)
      if (!String(&s)) return false;
    return true;
  }
  template <typename A, typename B>
  bool Pairs(std::vector<std::pair<A, B>>* v) {
    uint64_t n = 0;
    if (!Count(&n)) return false;
    v->resize(n);
    for (auto& [a, b] : *v)
      if (!Pod(&a) || !Pod(&b)) return false;
    return true;
  }
  // A count of things that each take at least one byte: one the bytes left
  // cannot hold fails here, before a caller sizes a vector by it.
  bool Count(uint64_t* n) {
    if (!Pod(n)) return false;
    return *n <= data_.size() - pos_ || Fail();
  }
  // Marks the data unusable (a restorer that finds an inconsistent value).
  bool Fail() {
    ok_ = false;
    pos_ = data_.size();
    return false;
  }
  bool ok() const { return ok_; }
  // True when everything was read and nothing is left over.
  bool done() const { return ok_ && pos_ == data_.size(); }

 private:
  bool Take(size_t n) {
    if (!ok_ || n > data_.size() - pos_) return Fail();
    pos_ += n;
    return true;
  }
  // The writer's padding before a value aligned to `a`: positions count
  // from the start of the buffer, as the writer's did.
  size_t Padding(size_t a) const { return (a - pos_ % a) % a; }
  bool Skip(size_t n) { return Take(n); }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
  std::shared_ptr<const void> owner_;
};

// One cache file: <dir>/<key.FileName()>.
class CacheFile {
 public:
  // An empty dir disables the cache: Open() misses and Save() does nothing.
  CacheFile(std::string dir, const CacheKey& key);
  // With a memo (FileHashMemo), the payload's checksum is computed once per
  // version of the file: a version already checked is not hashed again.
  CacheFile(std::string dir, const CacheKey& key, FileHashMemo* memo) : CacheFile(std::move(dir), key) {
    memo_ = memo;
  }

  // True, with *reader over the payload, when the file exists, is whole and
  // was written for this very key. A damaged file sets problem(). The
  // reader owns the mapping (CacheReader::owner): its bytes live as long
  // as the reader, this CacheFile or any table restored as a view of them.
  bool Open(CacheReader* reader);
  // Writes the payload for this key (temporary file + rename). Returns false
  // if the folder cannot be written; the caller goes on without a cache.
  bool Save(const CacheWriter& writer);

  const std::string& path() const { return path_; }
  // Why an existing file was not used ("truncated", ...); empty for a plain
  // miss (no file, or a file for other inputs).
  const std::string& problem() const { return problem_; }

 private:
  std::string dir_, path_, problem_;
  uint64_t digest_[2] = {0, 0};
  // Shared with the tables that view it (CacheArray); the file is written
  // by rename, never in place, so the mapped version stays whole.
  std::shared_ptr<FileBytes> bytes_;
  FileHashMemo* memo_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_MODEL_CACHE_FILE_H_
