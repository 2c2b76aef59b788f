#include "ingest/reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "ingest/html.h"
#include "ingest/jsonl.h"
#include "ingest/text_header.h"
#include "ingest/utf8.h"

namespace dyad {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string Errno(int e) { return std::strerror(e); }

// How many bytes to look at when sniffing stdin or an extension-less file.
constexpr size_t kSniffBytes = 1024;

}  // namespace

std::string InputProblem::str() const {
  if (line > 0) return file + ":" + std::to_string(line) + ": " + reason;
  if (has_offset) return file + ": byte " + std::to_string(offset) + ": " + reason;
  return file + ": " + reason;
}

std::string_view InputFormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kJsonLines: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kText: return "text";
    default: return "auto";
  }
}

bool ParseInputFormat(std::string_view name, InputFormat* out) {
  if (name == "auto") *out = InputFormat::kAuto;
  else if (name == "jsonl" || name == "json" || name == "ndjson") *out = InputFormat::kJsonLines;
  else if (name == "html" || name == "htm") *out = InputFormat::kHtml;
  else if (name == "text" || name == "txt") *out = InputFormat::kText;
  else return false;
  return true;
}

InputFormat FormatFromPath(std::string_view path) {
  if (path == "-") return InputFormat::kAuto;
  size_t slash = path.rfind('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return InputFormat::kAuto;
  std::string ext;
  for (char c : base.substr(dot + 1)) ext.push_back(Lower(c));
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonLines;
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return InputFormat::kHtml;
  return InputFormat::kText;
}

InputFormat SniffFormat(std::string_view head) {
  head.remove_prefix(Utf8BomLength(head));
  size_t i = 0;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
  if (i < head.size() && head[i] == '{') return InputFormat::kJsonLines;
  if (i < head.size() && head[i] == '<') {
    std::string lower;
    for (char c : head.substr(i, kSniffBytes)) lower.push_back(Lower(c));
    for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body"})
      if (lower.find(tag) != std::string::npos) return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

struct ArticleReader::Impl {
  struct Frame {
    std::string dir;
    std::vector<std::string> names;  // sorted, hidden ones left out
    size_t next = 0;
  };

  std::vector<std::string> args;
  size_t next_arg = 0;
  ReaderOptions opt;
  std::vector<Frame> stack;
  std::set<std::pair<dev_t, ino_t>> visited;  // directories entered: symlink loops end here
  std::unique_ptr<JsonLinesReader> jsonl;
  std::vector<InputProblem> problems;
  uint64_t problem_count = 0;
  uint64_t article_count = 0;
  std::string content;  // whole-file buffer, reused

  void Report(InputProblem p) {
    ++problem_count;
    if (opt.on_problem) opt.on_problem(p);
    if (problems.size() < opt.max_kept_problems) problems.push_back(std::move(p));
  }

  void Problem(const std::string& file, std::string reason) { Report({file, 0, 0, false, std::move(reason)}); }

  void Reset(Article* a) const {
    a->id.clear();
    a->origin.clear();
    a->source.clear();
    a->url.clear();
    a->title.clear();
    a->lang = opt.default_lang;
    a->published = Date();
    a->crawled = Date();
    a->text.clear();
    a->content_hash.clear();
  }

  void EnterDir(const std::string& dir, const struct stat& st) {
    // Also skips a directory reached twice through different links: its
    // articles would otherwise be coded twice.
    if (!visited.insert({st.st_dev, st.st_ino}).second) return;
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) {
      Problem(dir, "cannot read directory: " + Errno(errno));
      return;
    }
    Frame f;
    f.dir = dir;
    while (const dirent* e = ::readdir(d)) {
      if (e->d_name[0] == '.') continue;  // hidden, "." and ".."
      f.names.emplace_back(e->d_name);
    }
    ::closedir(d);
    std::sort(f.names.begin(), f.names.end());
    stack.push_back(std::move(f));
  }

  bool NextPath(std::string* path) {
    for (;;) {
      if (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next == f.names.size()) {
          stack.pop_back();
          continue;
        }
        std::string p = f.dir;
        if (p.empty() || p.back() != '/') p.push_back('/');
        p += f.names[f.next++];
        struct stat st;
        if (::stat(p.c_str(), &st) != 0) {  // e.g. a dangling symlink
          Problem(p, "cannot read: " + Errno(errno));
          continue;
        }
        if (S_ISDIR(st.st_mode)) {
          EnterDir(p, st);
          continue;
        }
        if (!S_ISREG(st.st_mode)) continue;  // sockets, devices, fifos inside a tree
        *path = std::move(p);
        return true;
      }
      if (next_arg == args.size()) return false;
      std::string p = args[next_arg++];
      if (p != "-") {
        struct stat st;
        if (::stat(p.c_str(), &st) != 0) {
          Problem(p, "cannot read: " + Errno(errno));
          continue;
        }
        if (S_ISDIR(st.st_mode)) {
          EnterDir(p, st);
          continue;
        }
      }
      *path = std::move(p);  // named explicitly: fifos and /dev/stdin are fine
      return true;
    }
  }

  // Appends from fd to `content` until at least `want` bytes are there or
  // the input ends. Returns false (problem reported) on a read error or
  // when the input exceeds the size limit.
  bool ReadUpTo(int fd, const std::string& path, size_t want) {
    char buf[64 * 1024];
    while (content.size() < want) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        Problem(path, "cannot read: " + Errno(errno));
        return false;
      }
      if (n == 0) return true;
      if (content.size() + static_cast<size_t>(n) > opt.max_article_bytes) {
        Problem(path, "file larger than " + std::to_string(opt.max_article_bytes) +
                          " bytes; skipped (one text or HTML file is one article; use JSON Lines for many)");
        return false;
      }
      content.append(buf, static_cast<size_t>(n));
    }
    return true;
  }

  // Opens and reads one input. Returns true with *out filled for a text or
  // HTML article; for JSON Lines sets up `jsonl` and returns false.
  bool Open(const std::string& path, Article* out) {
    bool is_stdin = path == "-";
    int fd = is_stdin ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      Problem(path, "cannot read: " + Errno(errno));
      return false;
    }
    InputFormat format = opt.format != InputFormat::kAuto ? opt.format : FormatFromPath(path);
    content.clear();
    if (format == InputFormat::kAuto) {
      if (!ReadUpTo(fd, path, kSniffBytes)) {
        if (!is_stdin) ::close(fd);
        return false;
      }
      format = SniffFormat(content);
    }
    if (format == InputFormat::kJsonLines) {
      jsonl = std::make_unique<JsonLinesReader>(path, FdStream(fd, !is_stdin), content, opt.max_article_bytes);
      return false;
    }
    if (!is_stdin) {
      struct stat st;
      if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) <= opt.max_article_bytes)
        content.reserve(static_cast<size_t>(st.st_size) + 1);
    }
    bool ok = ReadUpTo(fd, path, static_cast<size_t>(-1));
    if (!is_stdin) ::close(fd);
    if (!ok) return false;

    Reset(out);
    out->id = path;
    out->origin = path;
    if (format == InputFormat::kHtml) {
      HtmlError err;
      if (!ParseHtml(content, out, &err)) {
        Report({path, 0, err.offset, err.has_offset, std::move(err.reason)});
        return false;
      }
      if (out->text.empty()) {
        Problem(path, "empty article: no paragraphs found outside navigation and boilerplate");
        return false;
      }
      return true;
    }
    if (size_t bad = FindInvalidUtf8(content); bad != kValidUtf8) {
      Report({path, 0, bad, true, InvalidUtf8Reason(content, bad)});
      return false;
    }
    if (!ParsePlainText(content, out)) {
      Problem(path, "empty article: no body text");
      return false;
    }
    return true;
  }
};

ArticleReader::ArticleReader(std::vector<std::string> paths, ReaderOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->args = std::move(paths);
  impl_->opt = std::move(options);
}

ArticleReader::~ArticleReader() = default;
ArticleReader::ArticleReader(ArticleReader&&) noexcept = default;
ArticleReader& ArticleReader::operator=(ArticleReader&&) noexcept = default;

bool ArticleReader::Next(Article* out) {
  Impl& m = *impl_;
  for (;;) {
    if (m.jsonl) {
      m.Reset(out);
      InputProblem p;
      switch (m.jsonl->Next(out, &p)) {
        case JsonLinesReader::Status::kArticle:
          ++m.article_count;
          return true;
        case JsonLinesReader::Status::kProblem:
          m.Report(std::move(p));
          continue;
        case JsonLinesReader::Status::kEnd:
          m.jsonl.reset();
          continue;
      }
    }
    std::string path;
    if (!m.NextPath(&path)) return false;
    if (m.Open(path, out)) {
      ++m.article_count;
      return true;
    }
  }
}

const std::vector<InputProblem>& ArticleReader::problems() const { return impl_->problems; }
uint64_t ArticleReader::problem_count() const { return impl_->problem_count; }
uint64_t ArticleReader::article_count() const { return impl_->article_count; }

}  // namespace dyad
