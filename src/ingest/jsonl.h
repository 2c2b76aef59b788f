// JSON Lines articles: one JSON object per line, streamed in bounded memory.
//
//   {"id": "...", "date": "1987-02-26T15:01:01", "title": "...", "source": "...",
//    "url": "...", "lang": "es", "meta": {"lang": "es"}, "text": "..."}
//
// Only `text` is required. Corpora run to many gigabytes, so the reader never
// holds more than one chunk and the longest line; each line is parsed in
// place with simdjson's On-Demand API (no copy, no DOM), and a bad line costs
// only itself: it becomes an InputProblem and reading goes on.
#ifndef DYAD_INGEST_JSONL_H_
#define DYAD_INGEST_JSONL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/problem.h"
#include "model/article.h"

namespace dyad {

// A source of bytes: a file descriptor, or memory in tests.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to n bytes into dst: the count, 0 at the end, -1 on error
  // (then error() says why).
  virtual ptrdiff_t Read(char* dst, size_t n) = 0;
  virtual std::string error() const { return {}; }
};

// Reads an open file descriptor; closes it if `owned`.
std::unique_ptr<ByteStream> FdStream(int fd, bool owned);
// Reads from a copy of `data`.
std::unique_ptr<ByteStream> StringStream(std::string data);

// Parses JSON objects into Articles. Keeps simdjson's buffers between calls,
// so one parser per thread.
class JsonArticleParser {
 public:
  JsonArticleParser();
  ~JsonArticleParser();
  JsonArticleParser(const JsonArticleParser&) = delete;
  JsonArticleParser& operator=(const JsonArticleParser&) = delete;

  // Parses data[0, len). The caller guarantees `capacity` readable bytes at
  // `data`, at least len + kPadding (their content does not matter). Sets
  // the fields the object has (id, title, source, url, lang, published,
  // crawled, text) and leaves the others alone. On failure returns false and
  // sets *reason ("malformed JSON: ...", "no \"text\" field", "invalid UTF-8").
  bool Parse(const char* data, size_t len, size_t capacity, Article* out, std::string* reason);

  static const size_t kPadding;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class JsonLinesReader {
 public:
  // `path` names the input in ids and problems. `already_read` holds bytes
  // taken from `in` before (format sniffing); they come first. Lines longer
  // than `max_line_bytes` are skipped as problems, which bounds memory.
  JsonLinesReader(std::string path, std::unique_ptr<ByteStream> in, std::string_view already_read,
                  size_t max_line_bytes);
  ~JsonLinesReader();

  enum class Status { kArticle, kProblem, kEnd };
  // kArticle: *out holds the next article (id defaults to "path:line",
  // origin is "path:line"). kProblem: *problem says what was skipped.
  // Fields the line lacks keep the values *out had on entry, so the caller
  // resets *out first.
  Status Next(Article* out, InputProblem* problem);

  // The first read from `in` asks for at most this many bytes, later ones
  // for the whole buffer (see Fill): the first article is ready sooner.
  static constexpr size_t kFirstRead = 64 * 1024;

 private:
  bool Fill(InputProblem* problem);  // reads more; false at end (or error, in *problem)

  std::string path_;
  std::unique_ptr<ByteStream> in_;
  size_t max_line_;
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;           // usable bytes in buf_ (padding follows)
  size_t begin_ = 0;         // unconsumed data is buf_[begin_, end_)
  size_t end_ = 0;
  size_t scanned_ = 0;       // buf_[begin_, scanned_) has no newline
  uint64_t base_ = 0;        // file offset of buf_[0]
  uint64_t line_ = 0;        // lines consumed
  bool eof_ = false;
  bool skipping_ = false;    // inside an over-long line
  bool read_once_ = false;   // Fill has read from `in_` before (see kFirstRead)
  JsonArticleParser parser_;
};

}  // namespace dyad

#endif  // DYAD_INGEST_JSONL_H_
