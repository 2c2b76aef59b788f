// The ingest stage: articles from files, directories and stdin.
//
//   ArticleReader reader({"news/", "extra.jsonl", "-"});
//   Article a;
//   while (reader.Next(&a)) { ... }
//   for (const InputProblem& p : reader.problems()) std::cerr << p.str() << "\n";
//
// Formats, by extension: .jsonl/.ndjson/.json are JSON Lines (jsonl.h),
// .html/.htm/.xhtml/.shtml HTML (html.h), anything else plain text with a
// date header (text_header.h). Stdin and files without an extension are
// sniffed: a first non-space '{' means JSON Lines, "<!doctype html", "<html",
// "<head" or "<body" near the start HTML.
//
// A batch of thousands of files must not stop at one bad file: anything
// unreadable (permissions, invalid UTF-8, malformed JSON line, empty
// article) becomes an InputProblem, goes to options.on_problem, and reading
// goes on.
#ifndef DYAD_INGEST_READER_H_
#define DYAD_INGEST_READER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/problem.h"
#include "model/article.h"

namespace dyad {

enum class InputFormat : uint8_t { kAuto, kJsonLines, kHtml, kText };

// "auto", "jsonl", "html", "text".
std::string_view InputFormatName(InputFormat f);
// Accepts those names (and "json", "ndjson", "txt"); false if unknown.
bool ParseInputFormat(std::string_view name, InputFormat* out);

// The format a path's extension implies; kAuto when it has none (sniff).
InputFormat FormatFromPath(std::string_view path);
// The format the first bytes of an input suggest (never kAuto).
InputFormat SniffFormat(std::string_view head);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;  // force one format for every input
  std::string default_lang = "en";          // when the input does not say
  // Called for each problem as it happens (e.g. to print a warning at once).
  std::function<void(const InputProblem&)> on_problem;
  // A text or HTML file, or a JSON line, larger than this is skipped as a
  // problem; this is what bounds the reader's memory.
  size_t max_article_bytes = size_t{64} << 20;
  // problems() keeps at most this many (a corrupt 10 GB file could have
  // millions); problem_count() and on_problem see all.
  size_t max_kept_problems = 10000;
};

class ArticleReader {
 public:
  // Paths are read in order; a directory is walked recursively in sorted
  // (byte-wise) name order, skipping hidden entries (".name"), non-regular
  // files and directories already visited (symlink loops). "-" is stdin.
  explicit ArticleReader(std::vector<std::string> paths, ReaderOptions options = {});
  ~ArticleReader();
  ArticleReader(ArticleReader&&) noexcept;
  ArticleReader& operator=(ArticleReader&&) noexcept;

  // The next article; false at the end. Every field of *out is overwritten
  // (its string capacity is reused). content_hash is left empty: CodeArticle
  // computes it for the store. Problems are recorded and skipped.
  bool Next(Article* out);

  const std::vector<InputProblem>& problems() const;
  uint64_t problem_count() const;
  uint64_t article_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_INGEST_READER_H_
