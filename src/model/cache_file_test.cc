#include "model/cache_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

namespace fs = std::filesystem;

// A fresh folder under the test's temporary folder, removed at the end.
class Folder {
 public:
  Folder() {
    path_ = testing::TempDir() + "/cache_file_test_" + std::to_string(::getpid()) + "_" + std::to_string(++count_);
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Folder() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
    return p;
  }
  const std::string& path() const { return path_; }

 private:
  static inline int count_ = 0;
  std::string path_;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void Overwrite(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

CacheKey KeyOf(const std::string& input) {
  CacheKey key("test", 1);
  key.AddFile(input);
  return key;
}

bool SameDigest(const CacheKey& a, const CacheKey& b) {
  uint64_t x[2], y[2];
  a.Digest(x);
  b.Digest(y);
  return x[0] == y[0] && x[1] == y[1];
}

TEST(CacheKeyTest, FollowsTheContentsOfEveryFile) {
  Folder dir;
  std::string f = dir.Write("actors.txt", "Bogota\n");
  CacheKey before = KeyOf(f);
  EXPECT_TRUE(SameDigest(before, KeyOf(f)));
  Overwrite(f, "Bogotá\n");  // one byte changed, the same path
  EXPECT_FALSE(SameDigest(before, KeyOf(f)));
  // A missing file and an empty one key differently.
  std::string absent = dir.path() + "/absent.txt";
  CacheKey missing = KeyOf(absent);
  dir.Write("absent.txt", "");
  EXPECT_FALSE(SameDigest(missing, KeyOf(absent)));
  // The file name depends on the paths only.
  EXPECT_EQ(before.FileName(), KeyOf(f).FileName());
  EXPECT_NE(before.FileName(), KeyOf(absent).FileName());
}

TEST(CacheKeyTest, SeparatesStringsAndLayouts) {
  CacheKey a("test", 1), b("test", 1), c("test", 2);
  a.AddString("ab");
  a.AddString("c");
  b.AddString("a");
  b.AddString("bc");
  EXPECT_FALSE(SameDigest(a, b));
  CacheKey a2("test", 2);
  a2.AddString("ab");
  a2.AddString("c");
  EXPECT_FALSE(SameDigest(a, a2));
  EXPECT_FALSE(BinaryId().empty());
}

// Writes a payload for `key` and returns the cache file's path.
std::string SaveSample(const std::string& dir, const CacheKey& key) {
  CacheWriter w;
  w.Pod<uint32_t>(7);
  w.Vector(std::vector<uint64_t>{1, 2, 3});
  w.String("Casa de Nariño");
  CacheFile file(dir, key);
  EXPECT_TRUE(file.Save(w));
  return file.path();
}

TEST(CacheFileTest, ReadsBackWhatItWrote) {
  Folder dir;
  std::string input = dir.Write("in.txt", "x");
  std::string path = SaveSample(dir.path() + "/cache", KeyOf(input));
  CacheFile file(dir.path() + "/cache", KeyOf(input));
  CacheReader r;
  ASSERT_TRUE(file.Open(&r));
  uint32_t n = 0;
  std::vector<uint64_t> v;
  std::string s;
  EXPECT_TRUE(r.Pod(&n) && r.Vector(&v) && r.String(&s));
  EXPECT_EQ(n, 7u);
  EXPECT_EQ(v, (std::vector<uint64_t>{1, 2, 3}));
  EXPECT_EQ(s, "Casa de Nariño");
  EXPECT_TRUE(r.done());
  // Nothing else was left in the folder (the temporary file was renamed).
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path() + "/cache")) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(CacheFileTest, AnEditedInputIsAMissWithoutComplaint) {
  Folder dir;
  std::string input = dir.Write("in.txt", "x");
  SaveSample(dir.path(), KeyOf(input));
  Overwrite(input, "y");
  CacheFile file(dir.path(), KeyOf(input));
  CacheReader r;
  EXPECT_FALSE(file.Open(&r));
  EXPECT_EQ(file.problem(), "");
}

TEST(CacheFileTest, NoFolderMeansNoCache) {
  CacheFile file("", CacheKey("test", 1));
  CacheReader r;
  EXPECT_FALSE(file.Open(&r));
  EXPECT_FALSE(file.Save(CacheWriter()));
  EXPECT_EQ(file.problem(), "");
}

TEST(CacheFileTest, ReportsATruncatedOrDamagedFile) {
  Folder dir;
  std::string input = dir.Write("in.txt", "x");
  std::string path = SaveSample(dir.path(), KeyOf(input));
  const std::string whole = ReadAll(path);
  CacheReader r;

  Overwrite(path, whole.substr(0, whole.size() - 3));  // cut in the payload
  CacheFile cut(dir.path(), KeyOf(input));
  EXPECT_FALSE(cut.Open(&r));
  EXPECT_NE(cut.problem().find("truncated"), std::string::npos) << cut.problem();

  Overwrite(path, whole.substr(0, 20));  // cut in the header
  CacheFile cut_header(dir.path(), KeyOf(input));
  EXPECT_FALSE(cut_header.Open(&r));
  EXPECT_NE(cut_header.problem().find("truncated"), std::string::npos) << cut_header.problem();

  std::string flipped = whole;
  flipped[flipped.size() - 2] ^= 0x20;  // one bit of the payload
  Overwrite(path, flipped);
  CacheFile damaged(dir.path(), KeyOf(input));
  EXPECT_FALSE(damaged.Open(&r));
  EXPECT_NE(damaged.problem().find("checksum"), std::string::npos) << damaged.problem();

  Overwrite(path, std::string(100, 'z'));
  CacheFile garbage(dir.path(), KeyOf(input));
  EXPECT_FALSE(garbage.Open(&r));
  EXPECT_NE(garbage.problem().find("not a dyad cache file"), std::string::npos) << garbage.problem();

  // Saving again repairs it.
  SaveSample(dir.path(), KeyOf(input));
  CacheFile repaired(dir.path(), KeyOf(input));
  EXPECT_TRUE(repaired.Open(&r));
}

bool SameHash(const Hash128& a, const Hash128& b) { return a.low64 == b.low64 && a.high64 == b.high64; }

Hash128 HashOf(const std::string& bytes) { return BulkHash128(bytes.data(), bytes.size()); }

// The kernel stamps file times from a clock that ticks every few ms: a
// test that edits a file it has just written waits past a tick, so the
// edit gets a status-change time of its own (in use, FileHashMemo's
// settle time covers this; the tests below turn it off).
void WaitForTheClockToTick() { std::this_thread::sleep_for(std::chrono::milliseconds(30)); }

TEST(FileHashMemoTest, ServesAnUnchangedFileAndRereadsAnEditedOne) {
  Folder dir;
  const std::string memo_dir = dir.path() + "/cache";
  fs::create_directories(memo_dir);
  const std::string f = dir.Write("verbs.txt", "rebels shelled the town\n");
  WaitForTheClockToTick();
  Hash128 first;
  {
    FileHashMemo memo(memo_dir, "test", /*settle_ns=*/0);
    ASSERT_TRUE(memo.HashFile(f, &first));
    EXPECT_EQ(memo.files_read(), 1);
    EXPECT_TRUE(memo.Save());
  }
  EXPECT_TRUE(SameHash(first, HashOf("rebels shelled the town\n")));
  {
    FileHashMemo memo(memo_dir, "test", 0);
    Hash128 h;
    ASSERT_TRUE(memo.HashFile(f, &h));
    EXPECT_EQ(memo.files_read(), 0);  // from the memo
    EXPECT_TRUE(SameHash(h, first));
  }
  // The same size, and the modification time put back as it was: the
  // status-change time still moves, so the file is read again.
  struct stat st;
  ASSERT_EQ(::stat(f.c_str(), &st), 0);
  Overwrite(f, "rebels shelled the city\n");
  const struct timespec times[2] = {st.st_atim, st.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, f.c_str(), times, 0), 0);
  {
    FileHashMemo memo(memo_dir, "test", 0);
    Hash128 h;
    ASSERT_TRUE(memo.HashFile(f, &h));
    EXPECT_EQ(memo.files_read(), 1);
    EXPECT_TRUE(SameHash(h, HashOf("rebels shelled the city\n")));
    EXPECT_TRUE(memo.Save());
  }
  // Replaced by a rename (another inode): read again too.
  WaitForTheClockToTick();
  const std::string other = dir.Write("other.txt", "rebels shelled the port\n");
  fs::rename(other, f);
  {
    FileHashMemo memo(memo_dir, "test", 0);
    Hash128 h;
    ASSERT_TRUE(memo.HashFile(f, &h));
    EXPECT_EQ(memo.files_read(), 1);
    EXPECT_TRUE(SameHash(h, HashOf("rebels shelled the port\n")));
  }
  // A missing file is no hash, with errno saying why.
  FileHashMemo memo(memo_dir, "test", 0);
  Hash128 h;
  EXPECT_FALSE(memo.HashFile(dir.path() + "/absent.txt", &h));
  EXPECT_EQ(errno, ENOENT);
}

TEST(FileHashMemoTest, DoesNotRememberAFileChangedWithinTheSettleTime) {
  Folder dir;
  const std::string f = dir.Write("actors.txt", "Bogota\n");
  Hash128 h;
  FileHashMemo memo(dir.path(), "test");  // 3 s: the file was written just now
  ASSERT_TRUE(memo.HashFile(f, &h));
  EXPECT_TRUE(memo.Save());
  FileHashMemo again(dir.path(), "test");
  ASSERT_TRUE(again.HashFile(f, &h));
  EXPECT_EQ(again.files_read(), 1);
  EXPECT_FALSE(fs::exists(dir.path() + "/file-hashes-test.memo"));  // nothing to save
}

TEST(FileHashMemoTest, IgnoresADamagedMemoFile) {
  Folder dir;
  const std::string f = dir.Write("actors.txt", "Bogota\n");
  WaitForTheClockToTick();
  Hash128 h;
  {
    FileHashMemo memo(dir.path(), "test", 0);
    ASSERT_TRUE(memo.HashFile(f, &h));
    ASSERT_TRUE(memo.Save());
  }
  const std::string memo_file = dir.path() + "/file-hashes-test.memo";
  std::string bytes = ReadAll(memo_file);
  ASSERT_GT(bytes.size(), 40u);
  bytes[bytes.size() - 20] ^= 1;  // in the last entry's hash
  Overwrite(memo_file, bytes);
  FileHashMemo memo(dir.path(), "test", 0);
  ASSERT_TRUE(memo.HashFile(f, &h));
  EXPECT_EQ(memo.files_read(), 1);
  EXPECT_TRUE(SameHash(h, HashOf("Bogota\n")));
}

TEST(FileHashMemoTest, AKeyWithAMemoHasTheSameDigest) {
  Folder dir;
  const std::string f = dir.Write("actors.txt", "Bogota\n");
  const std::string absent = dir.path() + "/absent.txt";
  WaitForTheClockToTick();
  auto key_with = [&](FileHashMemo* memo) {
    CacheKey key("test", 1);
    if (memo) key.UseMemo(memo);
    key.AddFile(f);
    key.AddFile(absent);
    return key;
  };
  const CacheKey plain = key_with(nullptr);
  {
    FileHashMemo memo(dir.path(), "test", 0);
    EXPECT_TRUE(SameDigest(plain, key_with(&memo)));
    EXPECT_TRUE(memo.Save());
  }
  FileHashMemo memo(dir.path(), "test", 0);
  EXPECT_TRUE(SameDigest(plain, key_with(&memo)));
  EXPECT_EQ(memo.files_read(), 0);  // the hash from the memo; the absent file is never read
}

TEST(CacheFileTest, AMemoDoesNotHideADamagedFile) {
  Folder dir;
  std::string input = dir.Write("in.txt", "x");
  std::string path = SaveSample(dir.path(), KeyOf(input));
  WaitForTheClockToTick();
  CacheReader r;
  {
    FileHashMemo memo(dir.path(), "test", 0);
    CacheFile file(dir.path(), KeyOf(input), &memo);
    ASSERT_TRUE(file.Open(&r));
    ASSERT_TRUE(memo.Save());  // this version's checksum was checked
  }
  {
    FileHashMemo memo(dir.path(), "test", 0);
    CacheFile file(dir.path(), KeyOf(input), &memo);
    EXPECT_TRUE(file.Open(&r));
  }
  std::string flipped = ReadAll(path);
  flipped[flipped.size() - 2] ^= 0x20;  // one bit of the payload, same size
  Overwrite(path, flipped);
  FileHashMemo memo(dir.path(), "test", 0);
  CacheFile damaged(dir.path(), KeyOf(input), &memo);
  EXPECT_FALSE(damaged.Open(&r));
  EXPECT_NE(damaged.problem().find("checksum"), std::string::npos) << damaged.problem();
}

TEST(CacheReaderTest, NeverReadsPastTheEnd) {
  CacheWriter w;
  w.Pod<uint64_t>(1000);  // a vector length with no elements behind it
  CacheReader r(w.bytes());
  std::vector<uint32_t> v;
  EXPECT_FALSE(r.Vector(&v));
  EXPECT_FALSE(r.ok());
  uint8_t b = 0;
  EXPECT_FALSE(r.Pod(&b));  // every later read fails too

  CacheWriter w2;
  w2.Pod<uint64_t>(~0ull);  // a string length that would overflow
  CacheReader r2(w2.bytes());
  std::string s;
  EXPECT_FALSE(r2.String(&s));

  CacheReader r3(std::string_view("abc"));
  uint32_t four = 0;
  EXPECT_FALSE(r3.Pod(&four));
}

// Vectors and sections are padded to kCacheAlign from the start of their
// buffer, so an aligned reader copies them in one step; a reader whose
// bytes start elsewhere reads the same values (by the copying path).
TEST(CacheReaderTest, AlignedVectorsAndSectionsReadTheSameAtAnyAddress) {
  CacheWriter part;
  part.Pod<uint8_t>(7);
  part.Vector(std::vector<uint64_t>{1, 2, 0xFFFFFFFFFFFFFFFFull});
  part.String("xyz");
  part.Vector(std::vector<uint32_t>{5});
  CacheWriter w;
  w.Pod<uint8_t>(1);  // puts what follows off alignment but for the padding
  w.Section(part);
  w.Vector(std::vector<uint16_t>{9, 8});
  // The section's contents start on a multiple of kCacheAlign.
  EXPECT_EQ(w.bytes().find(part.bytes()) % kCacheAlign, 0u);
  for (size_t shift : {0, 1, 3, 8}) {
    // A 16-byte-aligned buffer, read from `shift` bytes in.
    std::vector<uint64_t> storage(w.bytes().size() / 8 + 4);
    char* base = reinterpret_cast<char*>(storage.data()) + shift;
    std::memcpy(base, w.bytes().data(), w.bytes().size());
    CacheReader r(std::string_view(base, w.bytes().size()));
    uint8_t one = 0, seven = 0;
    std::string_view section;
    std::vector<uint16_t> tail;
    ASSERT_TRUE(r.Pod(&one) && r.Section(&section) && r.Vector(&tail)) << shift;
    EXPECT_TRUE(r.done());
    EXPECT_EQ(one, 1);
    EXPECT_EQ(section, part.bytes());
    EXPECT_EQ(tail, (std::vector<uint16_t>{9, 8}));
    CacheReader pr(section);
    std::vector<uint64_t> v;
    std::string s;
    std::vector<uint32_t> u;
    ASSERT_TRUE(pr.Pod(&seven) && pr.Vector(&v) && pr.String(&s) && pr.Vector(&u)) << shift;
    EXPECT_TRUE(pr.done());
    EXPECT_EQ(v, (std::vector<uint64_t>{1, 2, 0xFFFFFFFFFFFFFFFFull}));
    EXPECT_EQ(s, "xyz");
    EXPECT_EQ(u, (std::vector<uint32_t>{5}));
  }
  // A section longer than the bytes left fails.
  CacheWriter bad;
  bad.Pod<uint64_t>(100);
  CacheReader br(bad.bytes());
  std::string_view none;
  EXPECT_FALSE(br.Section(&none));
}

// A hit's arrays are views of the mapped file, which they keep mapped after
// the reader and the CacheFile are gone, and after the file is replaced
// (renamed over, as Save does) or removed; a reader without an owner (a
// test's buffer) copies, and so does one whose bytes are not aligned.
TEST(CacheReaderTest, ArraysViewAMappedFileAndKeepItMapped) {
  Folder dir;
  std::string input = dir.Write("in.txt", "x");
  SaveSample(dir.path() + "/cache", KeyOf(input));
  CacheArray<uint64_t> kept;
  {
    CacheFile file(dir.path() + "/cache", KeyOf(input));
    CacheReader r;
    ASSERT_TRUE(file.Open(&r));
    ASSERT_NE(r.owner(), nullptr);
    uint32_t n = 0;
    std::string s;
    ASSERT_TRUE(r.Pod(&n) && r.Array(&kept) && r.String(&s) && r.done());
  }
  EXPECT_TRUE(kept.is_view());
  // Replaced by another version, then removed: the view still reads the
  // bytes it was restored from.
  SaveSample(dir.path() + "/cache", KeyOf(input));
  fs::remove_all(dir.path() + "/cache");
  EXPECT_EQ(std::vector<uint64_t>(kept.begin(), kept.end()), (std::vector<uint64_t>{1, 2, 3}));
  // A copy shares the view; an edit copies first and leaves the copy alone.
  CacheArray<uint64_t> copy = kept;
  EXPECT_TRUE(copy.is_view());
  EXPECT_EQ(copy.data(), kept.data());
  copy.Edit([](std::vector<uint64_t>& v) { v.push_back(4); });
  EXPECT_FALSE(copy.is_view());
  EXPECT_EQ(std::vector<uint64_t>(copy.begin(), copy.end()), (std::vector<uint64_t>{1, 2, 3, 4}));
  EXPECT_EQ(kept.size(), 3u);
  CacheArray<uint64_t> moved = std::move(copy);
  EXPECT_EQ(moved.size(), 4u);
  EXPECT_TRUE(copy.empty());

  CacheWriter w;
  w.Vector(std::vector<uint32_t>{5, 6});
  CacheArray<uint32_t> a;
  CacheReader plain(w.bytes());
  ASSERT_TRUE(plain.Array(&a));
  EXPECT_FALSE(a.is_view());
  EXPECT_EQ(std::vector<uint32_t>(a.begin(), a.end()), (std::vector<uint32_t>{5, 6}));
  // An owner, bytes 16-aligned (the vector's storage) and one byte off.
  auto owned = std::make_shared<std::vector<uint64_t>>(w.bytes().size() / 8 + 2);
  for (size_t shift : {0, 1}) {
    char* base = reinterpret_cast<char*>(owned->data()) + shift;
    std::memcpy(base, w.bytes().data(), w.bytes().size());
    CacheReader r(std::string_view(base, w.bytes().size()), owned);
    ASSERT_TRUE(r.Array(&a) && r.done()) << shift;
    EXPECT_EQ(a.is_view(), shift == 0);
    EXPECT_EQ(std::vector<uint32_t>(a.begin(), a.end()), (std::vector<uint32_t>{5, 6})) << shift;
  }
  // A length past the end fails, with or without an owner.
  CacheWriter bad;
  bad.Pod<uint64_t>(100);
  CacheReader br(bad.bytes(), owned);
  EXPECT_FALSE(br.Array(&a));
}

}  // namespace
}  // namespace dyad
