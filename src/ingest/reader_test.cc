#include "ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/paths.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kTestdata = std::string(dyad::SourceDir()) + "/src/ingest/testdata";

struct ReadResult {
  std::vector<Article> articles;
  std::vector<InputProblem> problems;
  std::vector<std::string> reported;  // through on_problem
};

ReadResult ReadAll(std::vector<std::string> paths, ReaderOptions opt = {}) {
  ReadResult r;
  opt.on_problem = [&r](const InputProblem& p) { r.reported.push_back(p.str()); };
  ArticleReader reader(std::move(paths), std::move(opt));
  Article a;
  while (reader.Next(&a)) r.articles.push_back(a);
  r.problems = reader.problems();
  EXPECT_EQ(reader.problem_count(), r.problems.size());
  EXPECT_EQ(reader.article_count(), r.articles.size());
  return r;
}

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "dyad_ingest_XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, ec);
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& rel, const std::string& data) const {
    fs::path p = fs::path(path_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(ReaderTest, FormatFromPathAndSniffing) {
  EXPECT_EQ(FormatFromPath("a/b.JSONL"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("x.ndjson"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("x.json"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromPath("page.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("page.xhtml"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("story.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromPath("notes.md"), InputFormat::kText);
  EXPECT_EQ(FormatFromPath("dir.d/README"), InputFormat::kAuto);
  EXPECT_EQ(FormatFromPath("-"), InputFormat::kAuto);
  EXPECT_EQ(SniffFormat("  \n{\"text\": 1}"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF<!DOCTYPE HTML><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<!-- saved --><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("<b>not a page</b>"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("Published: May 1"), InputFormat::kText);
  InputFormat f;
  EXPECT_TRUE(ParseInputFormat("ndjson", &f));
  EXPECT_EQ(f, InputFormat::kJsonLines);
  EXPECT_FALSE(ParseInputFormat("pdf", &f));
}

TEST(ReaderTest, DirectoryTreeSortedSkippingHidden) {
  std::string tree = kTestdata + "/tree";
  ReadResult r = ReadAll({tree});
  EXPECT_TRUE(r.problems.empty()) << r.reported.front();
  std::vector<std::string> ids;
  for (const Article& a : r.articles) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{tree + "/a/one.txt", tree + "/b.html", "c1", "c2", tree + "/d", "e1"}));
  EXPECT_EQ(r.articles[0].published.str(), "2024-05-01");
  EXPECT_EQ(r.articles[1].published.str(), "2024-05-02");
  EXPECT_EQ(r.articles[1].text, "The second article, in HTML.");
  EXPECT_EQ(r.articles[2].origin, tree + "/c:1");
  EXPECT_EQ(r.articles[3].origin, tree + "/c:2");
  EXPECT_EQ(r.articles[4].text, "An HTML page without an extension.");
  for (const Article& a : r.articles) {
    EXPECT_EQ(a.lang, "en");
    EXPECT_TRUE(a.content_hash.empty());
  }
}

TEST(ReaderTest, ProblemsAreReportedAndSkipped) {
  ReadResult r = ReadAll({kTestdata + "/text/latin1.txt", kTestdata + "/no/such/file.txt",
                          kTestdata + "/text/empty.txt", kTestdata + "/jsonl/mixed.jsonl",
                          kTestdata + "/html/invalid_utf8.html", kTestdata + "/html/boilerplate_only.html",
                          kTestdata + "/text/iso.txt"});
  ASSERT_EQ(r.articles.size(), 6u);  // 5 from mixed.jsonl + iso.txt
  EXPECT_EQ(r.articles.back().id, kTestdata + "/text/iso.txt");
  ASSERT_EQ(r.problems.size(), 10u);
  ASSERT_EQ(r.reported.size(), 10u);
  // latin1.txt: the first non-UTF-8 byte is the 'á' of "Bogotá".
  const InputProblem& latin = r.problems[0];
  EXPECT_EQ(latin.file, kTestdata + "/text/latin1.txt");
  EXPECT_EQ(latin.offset, std::string("Published: June 1, 2024\n\nThe minister visited Bogot").size());
  EXPECT_EQ(latin.str(), latin.file + ": byte 51: " + latin.reason);
  EXPECT_TRUE(latin.reason.starts_with("invalid UTF-8 (byte 0xE1)")) << latin.reason;
  EXPECT_EQ(r.problems[1].str(), kTestdata + "/no/such/file.txt: cannot read: No such file or directory");
  EXPECT_EQ(r.problems[2].reason, "empty article: no body text");
  EXPECT_EQ(r.problems[3].line, 3u);  // mixed.jsonl, lines 3 5 6 10 11
  EXPECT_EQ(r.problems[7].line, 11u);
  EXPECT_TRUE(r.problems[8].has_offset);  // invalid_utf8.html
  EXPECT_TRUE(r.problems[8].reason.starts_with("invalid UTF-8"));
  EXPECT_TRUE(r.problems[9].reason.starts_with("empty article"));
  EXPECT_EQ(r.reported[3], r.problems[3].str());
}

TEST(ReaderTest, ForcedFormatAndDefaultLanguage) {
  TempDir tmp;
  std::string p = tmp.Write("records.txt", "{\"id\": \"r1\", \"text\": \"Los soldados se retiraron.\"}\n");
  ReaderOptions opt;
  opt.format = InputFormat::kJsonLines;
  opt.default_lang = "es";
  ReadResult r = ReadAll({p}, opt);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "r1");
  EXPECT_EQ(r.articles[0].lang, "es");

  opt.format = InputFormat::kText;
  r = ReadAll({kTestdata + "/html/br_only.html"}, opt);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_NE(r.articles[0].text.find("</html>"), std::string::npos) << r.articles[0].text;  // markup kept as text
}

TEST(ReaderTest, SymlinkLoopsAndDanglingLinks) {
  TempDir tmp;
  tmp.Write("top/x.txt", "The army withdrew from the border town.\n");
  tmp.Write("top/sub/y.txt", "The navy held exercises near the strait.\n");
  ASSERT_EQ(::symlink("..", (tmp.path() + "/top/sub/loop").c_str()), 0);
  ASSERT_EQ(::symlink("nowhere.txt", (tmp.path() + "/top/sub/dangling.txt").c_str()), 0);
  ReadResult r = ReadAll({tmp.path() + "/top"});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, tmp.path() + "/top/sub/y.txt");
  EXPECT_EQ(r.articles[1].id, tmp.path() + "/top/x.txt");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].str(), tmp.path() + "/top/sub/dangling.txt: cannot read: No such file or directory");
}

TEST(ReaderTest, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions are not enforced";
  TempDir tmp;
  std::string p = tmp.Write("locked.txt", "Text.\n");
  ::chmod(p.c_str(), 0);
  ReadResult r = ReadAll({p});
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].reason, "cannot read: Permission denied");
}

TEST(ReaderTest, OversizedFile) {
  TempDir tmp;
  std::string p = tmp.Write("big.txt", std::string(5000, 'a') + ".\n");
  ReaderOptions opt;
  opt.max_article_bytes = 1000;
  ReadResult r = ReadAll({p}, opt);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].reason.find("larger than 1000 bytes"), std::string::npos);
}

// Replaces fd 0 with a pipe holding `data` for the life of the object.
class FakeStdin {
 public:
  explicit FakeStdin(const std::string& data) {
    saved_ = ::dup(0);
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    // Small inputs only: the pipe buffer must hold all of it.
    EXPECT_EQ(::write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
    ::close(fds[1]);
    ::dup2(fds[0], 0);
    ::close(fds[0]);
  }
  ~FakeStdin() {
    ::dup2(saved_, 0);
    ::close(saved_);
  }

 private:
  int saved_;
};

TEST(ReaderTest, StdinJsonLines) {
  FakeStdin in("{\"text\": \"First.\"}\n{\"text\": \"Second.\", \"lang\": \"es\"}\n");
  ReadResult r = ReadAll({"-"});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "-:1");
  EXPECT_EQ(r.articles[1].origin, "-:2");
  EXPECT_EQ(r.articles[1].lang, "es");
}

TEST(ReaderTest, StdinText) {
  FakeStdin in("Published: May 2, 2024\n\nTroops left the city.\n");
  ReadResult r = ReadAll({"-"});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "-");
  EXPECT_EQ(r.articles[0].published.str(), "2024-05-02");
  EXPECT_EQ(r.articles[0].text, "Troops left the city.");
}

TEST(ReaderTest, StdinHtml) {
  FakeStdin in("<!DOCTYPE html><html lang=\"es\"><body><article><p>Las tropas salieron.</p></article></body></html>");
  ReadResult r = ReadAll({"-"});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Las tropas salieron.");
  EXPECT_EQ(r.articles[0].lang, "es");
}

TEST(ReaderTest, Seeds) {
  std::string dir = std::string(dyad::SharedDir()) + "/seeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "seed articles not found in " << dir;
  std::vector<std::string> seeds;
  for (const auto& e : fs::directory_iterator(dir)) seeds.push_back(e.path().filename().string());
  std::sort(seeds.begin(), seeds.end());
  ASSERT_GE(seeds.size(), 2u);
  ASSERT_TRUE(seeds[0].starts_with("000_"));
  ASSERT_TRUE(seeds[1].starts_with("001_"));

  ReadResult r = ReadAll({dir + "/" + seeds[0], dir + "/" + seeds[1]});
  ASSERT_TRUE(r.problems.empty()) << r.reported.front();
  ASSERT_EQ(r.articles.size(), 2u);
  const Article& s0 = r.articles[0];
  EXPECT_EQ(s0.published.str(), "2025-09-27");
  EXPECT_FALSE(s0.crawled.valid());
  EXPECT_EQ(s0.title, "");
  EXPECT_TRUE(s0.text.starts_with("The events on Friday, Sept. 26")) << s0.text.substr(0, 80);
  EXPECT_NE(s0.text.find("longtime security partners\n\nIn announcing the move"), std::string::npos);
  EXPECT_TRUE(s0.text.ends_with("de\xE2\x80\x91" "escalation."));

  const Article& s1 = r.articles[1];
  EXPECT_EQ(s1.published.str(), "2025-10-05");
  EXPECT_EQ(s1.crawled.str(), "2025-10-09");
  EXPECT_EQ(s1.title, "U.S. And Colombia Face Deepening Rift Over Policy Clashes");
  EXPECT_TRUE(s1.text.starts_with("Visa revocations, drug war disputes")) << s1.text.substr(0, 80);
  EXPECT_EQ(s1.text.find("World News"), std::string::npos);
  EXPECT_EQ(s1.text.find("Today"), std::string::npos);
  EXPECT_EQ(s1.lang, "en");
}

TEST(ReaderTest, Reuters21578) {
  std::string path = std::string(dyad::SharedDir()) + "/corpora/reuters21578.jsonl";
  if (!fs::exists(path)) GTEST_SKIP() << "corpus not found: " << path;
  ArticleReader reader({path});
  Article a;
  uint64_t n = 0, bytes = 0, dated = 0;
  auto start = std::chrono::steady_clock::now();
  while (reader.Next(&a)) {
    ++n;
    bytes += a.text.size();
    dated += a.published.valid();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("reuters21578.jsonl: %llu articles, %.1f MB of text, %.3f s\n", static_cast<unsigned long long>(n),
              static_cast<double>(bytes) / 1e6, secs);
  EXPECT_EQ(n, 19043u);
  EXPECT_EQ(dated, 19043u);
  EXPECT_EQ(reader.problem_count(), 0u);
  if (!reader.problems().empty()) ADD_FAILURE() << reader.problems().front().str();
}

}  // namespace
}  // namespace dyad
