#include "model/read_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// A file in the test's temporary folder, removed at the end.
class TempFile {
 public:
  explicit TempFile(const std::string& bytes) {
    path_ = testing::TempDir() + "/read_file_test_" + std::to_string(::getpid()) + "_" + std::to_string(++count_);
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  static inline int count_ = 0;
  std::string path_;
};

TEST(FileBytesTest, GivesTheBytesOfARegularFile) {
  std::string bytes = "first line\nsecond\tline\n";
  bytes.push_back('\0');  // a NUL in the middle is kept
  bytes += "after the NUL, no final newline";
  TempFile f(bytes);
  FileBytes fb;
  ASSERT_TRUE(fb.Read(f.path()));
  EXPECT_EQ(fb.view(), bytes);
  std::string whole;
  ASSERT_TRUE(ReadWholeFile(f.path(), &whole));
  EXPECT_EQ(fb.view(), whole);
}

TEST(FileBytesTest, ReadingAgainReplacesTheBytes) {
  TempFile a("the first file"), b("another, longer file than the first");
  FileBytes fb;
  ASSERT_TRUE(fb.Read(a.path()));
  ASSERT_TRUE(fb.Read(b.path()));
  EXPECT_EQ(fb.view(), "another, longer file than the first");
}

// mmap cannot map zero bytes: an empty file takes the read(2) path.
TEST(FileBytesTest, EmptyFileIsEmpty) {
  TempFile f("");
  FileBytes fb;
  ASSERT_TRUE(fb.Read(f.path()));
  EXPECT_TRUE(fb.view().empty());
}

// /proc files report size 0 but have contents: they must be read, not mapped.
TEST(FileBytesTest, FileWithoutASizeIsReadToItsEnd) {
  FileBytes fb;
  ASSERT_TRUE(fb.Read("/proc/self/status"));
  EXPECT_NE(fb.view().find("Name:"), std::string_view::npos);
}

TEST(FileBytesTest, MissingFileFailsWithErrno) {
  FileBytes fb;
  errno = 0;
  EXPECT_FALSE(fb.Read(testing::TempDir() + "/read_file_test_no_such_file"));
  EXPECT_EQ(errno, ENOENT);
  EXPECT_TRUE(fb.view().empty());
}

}  // namespace
}  // namespace dyad
