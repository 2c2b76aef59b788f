#include "ingest/jsonl.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "config/paths.h"

namespace dyad {
namespace {

std::string Slurp(const std::string& name) {
  std::ifstream in(std::string(dyad::SourceDir()) + "/src/ingest/testdata/jsonl/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Hands out the data a few bytes at a time, like a slow pipe.
class Trickle : public ByteStream {
 public:
  explicit Trickle(std::string data) : data_(std::move(data)) {}
  ptrdiff_t Read(char* dst, size_t n) override {
    size_t k = std::min({n, data_.size() - pos_, size_t{1} + pos_ % 7});
    std::memcpy(dst, data_.data() + pos_, k);
    pos_ += k;
    return static_cast<ptrdiff_t>(k);
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

struct Result {
  std::vector<Article> articles;
  std::vector<InputProblem> problems;
};

Result ReadAll(JsonLinesReader& r) {
  Result res;
  for (;;) {
    Article a;
    InputProblem p;
    auto st = r.Next(&a, &p);
    if (st == JsonLinesReader::Status::kEnd) break;
    if (st == JsonLinesReader::Status::kArticle) res.articles.push_back(a);
    else res.problems.push_back(p);
  }
  return res;
}

void CheckMixed(const Result& r, const std::string& data) {
  ASSERT_EQ(r.articles.size(), 5u);
  const Article& a1 = r.articles[0];
  EXPECT_EQ(a1.id, "a1");
  EXPECT_EQ(a1.origin, "mixed.jsonl:1");
  EXPECT_EQ(a1.published.str(), "2025-03-01");
  EXPECT_EQ(a1.title, "Talks open");
  EXPECT_EQ(a1.source, "Wire");
  EXPECT_EQ(a1.url, "https://wire.example/a1");
  EXPECT_EQ(a1.lang, "en");
  EXPECT_EQ(a1.text, "Delegations met in the capital on Saturday.");
  EXPECT_EQ(r.articles[1].lang, "es");  // meta.lang
  EXPECT_EQ(r.articles[2].id, "6");
  EXPECT_EQ(r.articles[2].lang, "en");
  EXPECT_FALSE(r.articles[2].published.valid());
  EXPECT_EQ(r.articles[3].id, "mixed.jsonl:9");  // no id: path:line
  EXPECT_EQ(r.articles[3].published.str(), "2025-03-06");  // Unix time 1741219200
  EXPECT_EQ(r.articles[4].lang, "es");  // top-level lang beats meta.lang

  ASSERT_EQ(r.problems.size(), 5u);
  // Each problem: the line, the byte offset of the line start, a reason.
  auto line_start = [&](int line) {
    size_t off = 0;
    for (int i = 1; i < line; ++i) off = data.find('\n', off) + 1;
    return off;
  };
  EXPECT_EQ(r.problems[0].line, 3u);
  EXPECT_EQ(r.problems[0].offset, line_start(3));
  EXPECT_TRUE(r.problems[0].reason.starts_with("malformed JSON")) << r.problems[0].reason;
  EXPECT_EQ(r.problems[1].line, 5u);
  EXPECT_TRUE(r.problems[1].reason.starts_with("no \"text\" field")) << r.problems[1].reason;
  EXPECT_EQ(r.problems[2].line, 6u);
  EXPECT_EQ(r.problems[2].offset, line_start(6));
  EXPECT_TRUE(r.problems[2].reason.starts_with(
      "invalid UTF-8 (byte 0xFF at byte " + std::to_string(data.find('\xFF') - line_start(6)) + " of the line)"))
      << r.problems[2].reason;
  EXPECT_EQ(r.problems[3].line, 10u);
  EXPECT_EQ(r.problems[3].reason, "empty article: \"text\" is blank");
  EXPECT_EQ(r.problems[4].line, 11u);
  EXPECT_NE(r.problems[4].reason.find("not a JSON object"), std::string::npos);
  EXPECT_EQ(r.problems[0].str(), "mixed.jsonl:3: " + r.problems[0].reason);
}

TEST(JsonLinesTest, MixedGoodAndBadLines) {
  std::string data = Slurp("mixed.jsonl");
  JsonLinesReader r("mixed.jsonl", StringStream(data), "", 1 << 20);
  Result res = ReadAll(r);
  CheckMixed(res, data);
}

TEST(JsonLinesTest, SmallReadsAndGrowingBuffer) {
  std::string data = Slurp("mixed.jsonl");
  // 16-byte lines limit: every line needs the buffer to grow, reads are tiny.
  JsonLinesReader r("mixed.jsonl", std::make_unique<Trickle>(data), "", 4096);
  CheckMixed(ReadAll(r), data);
}

TEST(JsonLinesTest, AlreadyReadPrefix) {
  std::string data = Slurp("mixed.jsonl");
  JsonLinesReader r("mixed.jsonl", StringStream(data.substr(100)), data.substr(0, 100), 1 << 20);
  CheckMixed(ReadAll(r), data);
}

TEST(JsonLinesTest, OverlongLineIsSkipped) {
  std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'x') + "\"}";
  std::string data = "{\"id\": \"x\", \"text\": \"before\"}\n" + big + "\n{\"id\": \"y\", \"text\": \"after\"}\n";
  JsonLinesReader r("big.jsonl", std::make_unique<Trickle>(data), "", 1024);
  Result res = ReadAll(r);
  ASSERT_EQ(res.articles.size(), 2u);
  EXPECT_EQ(res.articles[0].id, "x");
  EXPECT_EQ(res.articles[1].id, "y");
  EXPECT_EQ(res.articles[1].origin, "big.jsonl:3");
  ASSERT_EQ(res.problems.size(), 1u);
  EXPECT_EQ(res.problems[0].line, 2u);
  EXPECT_EQ(res.problems[0].offset, data.find('\n') + 1);
  EXPECT_NE(res.problems[0].reason.find("longer than 1024 bytes"), std::string::npos);
}

// Records how many bytes each read asked for; hands out all it can.
class Recorder : public ByteStream {
 public:
  explicit Recorder(std::string data) : data_(std::move(data)) {}
  ptrdiff_t Read(char* dst, size_t n) override {
    asked.push_back(n);
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(dst, data_.data() + pos_, k);
    pos_ += k;
    return static_cast<ptrdiff_t>(k);
  }
  std::vector<size_t> asked;

 private:
  std::string data_;
  size_t pos_ = 0;
};

// The first read asks for one small chunk, so that the first article is
// parsed (and the coding threads start) without waiting for a whole
// megabyte to be copied; the next read fills the rest of the buffer.
TEST(JsonLinesTest, FirstReadIsSmall) {
  std::string data;
  for (int i = 0; i < 6000; ++i) data += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"Ministers met again today.\"}\n";
  ASSERT_GT(data.size(), 3 * JsonLinesReader::kFirstRead);
  auto stream = std::make_unique<Recorder>(data);
  Recorder* rec = stream.get();
  JsonLinesReader r("many.jsonl", std::move(stream), "", 1 << 20);
  Article a;
  InputProblem p;
  ASSERT_EQ(r.Next(&a, &p), JsonLinesReader::Status::kArticle);
  EXPECT_EQ(a.id, "n0");
  ASSERT_EQ(rec->asked.size(), 1u);
  EXPECT_EQ(rec->asked[0], JsonLinesReader::kFirstRead);
  Result rest = ReadAll(r);
  ASSERT_EQ(rest.articles.size(), 5999u);
  EXPECT_EQ(rest.articles.back().id, "n5999");
  EXPECT_TRUE(rest.problems.empty());
  ASSERT_GE(rec->asked.size(), 2u);
  EXPECT_GT(rec->asked[1], 8 * JsonLinesReader::kFirstRead);  // then the whole buffer at once
}

// A first line longer than the first read is read on, not cut or skipped.
TEST(JsonLinesTest, FirstLineLongerThanFirstRead) {
  std::string text(3 * JsonLinesReader::kFirstRead, 'w');
  std::string data = "{\"id\": \"long\", \"text\": \"" + text + "\"}\n{\"id\": \"short\", \"text\": \"Fine.\"}\n";
  JsonLinesReader r("long.jsonl", std::make_unique<Recorder>(data), "", 1 << 20);
  Result res = ReadAll(r);
  ASSERT_EQ(res.articles.size(), 2u);
  EXPECT_EQ(res.articles[0].text, text);
  EXPECT_EQ(res.articles[1].id, "short");
  EXPECT_TRUE(res.problems.empty());
}

TEST(JsonLinesTest, ByteOrderMarkAndCrLf) {
  std::string data = "\xEF\xBB\xBF{\"text\": \"One.\"}\r\n{\"text\": \"Two.\"}\r\n";
  JsonLinesReader r("bom.jsonl", StringStream(data), "", 1 << 20);
  Result res = ReadAll(r);
  ASSERT_EQ(res.articles.size(), 2u);
  EXPECT_TRUE(res.problems.empty()) << res.problems[0].str();
  EXPECT_EQ(res.articles[1].text, "Two.");
}

TEST(JsonLinesTest, ParserErrors) {
  JsonArticleParser p;
  auto parse = [&](std::string json, std::string* reason) {
    Article a;
    std::string padded = json + std::string(JsonArticleParser::kPadding, ' ');
    return p.Parse(padded.data(), json.size(), padded.size(), &a, reason);
  };
  std::string reason;
  EXPECT_FALSE(parse("{\"text\": 5}", &reason));
  EXPECT_EQ(reason, "field \"text\" has the wrong type (must be a string)");
  EXPECT_FALSE(parse("{\"text\": \"a\"} {\"text\": \"b\"}", &reason));
  EXPECT_NE(reason.find("content after the object"), std::string::npos) << reason;
  EXPECT_FALSE(parse("{\"text\": \"a\",}", &reason));
  EXPECT_TRUE(reason.starts_with("malformed JSON")) << reason;
  EXPECT_FALSE(parse("{\"text\": \"a\"} x", &reason));
  EXPECT_TRUE(reason.starts_with("malformed JSON")) << reason;
  EXPECT_FALSE(parse("{\"text\": \"\\ud800\"}", &reason));  // lone surrogate
  EXPECT_TRUE(parse("{\"title\": null, \"text\": \"ok\", \"extra\": {\"deep\": [1, 2, {\"x\": null}]}}", &reason))
      << reason;
}

// Keys are compared unescaped: escaped keys name their fields, and a key
// with an escaped quote or backslash is not taken for the key it contains.
TEST(JsonLinesTest, EscapedKeysNameTheirFields) {
  JsonArticleParser p;
  auto parse = [&](std::string json, Article* a) {
    std::string reason;
    std::string padded = json + std::string(JsonArticleParser::kPadding, ' ');
    const bool ok = p.Parse(padded.data(), json.size(), padded.size(), a, &reason);
    EXPECT_TRUE(ok) << reason;
  };
  Article a;
  parse("{\"\\u0069d\": \"x1\", \"t\\u0065xt\": \"Body.\", \"meta\": {\"l\\u0061ng\": \"es\"}}", &a);
  EXPECT_EQ(a.id, "x1");
  EXPECT_EQ(a.text, "Body.");
  EXPECT_EQ(a.lang, "es");
  Article b;
  parse("{\"te\\\"xt\": \"Not the body.\", \"text\": \"The body.\", \"\\\\text\": \"Nor this.\", \"title\": \"T\"}", &b);
  EXPECT_EQ(b.text, "The body.");
  EXPECT_EQ(b.title, "T");
  Article c;
  parse("{\"\": \"empty key\", \"text\": \"Plain keys.\", \"lang\": \"es\"}", &c);
  EXPECT_EQ(c.text, "Plain keys.");
  EXPECT_EQ(c.lang, "es");
}

}  // namespace
}  // namespace dyad
