#include "ingest/jsonl.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

#include <simdjson.h>

#include "ingest/dates.h"
#include "ingest/lang_tag.h"
#include "ingest/utf8.h"

namespace dyad {

namespace {

using simdjson::error_code;
namespace od = simdjson::ondemand;

class Fd : public ByteStream {
 public:
  Fd(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~Fd() override {
    if (owned_) ::close(fd_);
  }
  ptrdiff_t Read(char* dst, size_t n) override {
    for (;;) {
      ssize_t r = ::read(fd_, dst, n);
      if (r >= 0) return r;
      if (errno == EINTR) continue;
      errno_ = errno;
      return -1;
    }
  }
  std::string error() const override { return std::strerror(errno_); }

 private:
  int fd_;
  bool owned_;
  int errno_ = 0;
};

class Str : public ByteStream {
 public:
  explicit Str(std::string data) : data_(std::move(data)) {}
  ptrdiff_t Read(char* dst, size_t n) override {
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(dst, data_.data() + pos_, k);
    pos_ += k;
    return static_cast<ptrdiff_t>(k);
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

constexpr std::string_view kInvalidUtf8 = "invalid UTF-8";

std::string JsonError(error_code e) {
  if (e == simdjson::UTF8_ERROR) return std::string(kInvalidUtf8);
  return std::string("malformed JSON: ") + simdjson::error_message(e);
}

// A string or null (-> empty). Other types are a problem: they mean the line
// is not shaped the way the user thinks.
error_code GetString(od::value& v, std::string_view* s) {
  od::json_type t;
  if (auto e = v.type().get(t)) return e;
  if (t == od::json_type::null) {
    *s = {};
    return simdjson::SUCCESS;
  }
  return v.get_string().get(*s);
}

// A date field: an ISO string, a written date, or Unix seconds (or
// milliseconds); null or an unreadable value leaves `out` unknown.
error_code GetDate(od::value& v, Date* out) {
  od::json_type t;
  if (auto e = v.type().get(t)) return e;
  *out = Date();
  if (t == od::json_type::string) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) return e;
    if (auto d = ParseDateField(s)) *out = *d;
  } else if (t == od::json_type::number) {
    double secs;
    if (auto e = v.get_double().get(secs)) return e;
    if (secs > 1e11) secs /= 1000;  // milliseconds
    if (std::isfinite(secs) && std::fabs(secs) < 1e11)
      *out = Date::FromDayNumber(static_cast<int32_t>(std::floor(secs / 86400)));
  }
  return simdjson::SUCCESS;
}

std::string_view TrimJson(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::unique_ptr<ByteStream> FdStream(int fd, bool owned) { return std::make_unique<Fd>(fd, owned); }
std::unique_ptr<ByteStream> StringStream(std::string data) { return std::make_unique<Str>(std::move(data)); }

struct JsonArticleParser::Impl {
  od::parser parser;
};

const size_t JsonArticleParser::kPadding = simdjson::SIMDJSON_PADDING;

JsonArticleParser::JsonArticleParser() : impl_(std::make_unique<Impl>()) {}
JsonArticleParser::~JsonArticleParser() = default;

bool JsonArticleParser::Parse(const char* data, size_t len, size_t capacity, Article* out, std::string* reason) {
  od::document doc;
  if (auto e = impl_->parser.iterate(data, len, capacity).get(doc)) {
    *reason = JsonError(e);
    return false;
  }
  od::object obj;
  if (auto e = doc.get_object().get(obj)) {
    *reason = e == simdjson::INCORRECT_TYPE ? "malformed JSON: the line is not a JSON object" : JsonError(e);
    return false;
  }
  bool has_text = false;
  bool has_lang = false;
  error_code err = simdjson::SUCCESS;
  std::string_view bad_field;
  for (auto field_result : obj) {
    od::field field;
    if ((err = std::move(field_result).get(field))) break;
    std::string_view key;
    if ((err = field.unescaped_key().get(key))) break;
    od::value v = field.value();
    std::string_view s;
    bad_field = key;
    if (key == "text") {
      if ((err = v.get_string().get(s))) break;
      out->text.assign(s);
      has_text = true;
    } else if (key == "id") {
      od::json_type t;
      if ((err = v.type().get(t))) break;
      if (t == od::json_type::number) {
        out->id.assign(TrimJson(v.raw_json_token()));
      } else {
        if ((err = GetString(v, &s))) break;
        if (!s.empty()) out->id.assign(s);
      }
    } else if (key == "date" || key == "published") {
      if ((err = GetDate(v, &out->published))) break;
    } else if (key == "crawled") {
      if ((err = GetDate(v, &out->crawled))) break;
    } else if (key == "title") {
      if ((err = GetString(v, &s))) break;
      out->title.assign(s);
    } else if (key == "source") {
      if ((err = GetString(v, &s))) break;
      out->source.assign(s);
    } else if (key == "url") {
      if ((err = GetString(v, &s))) break;
      out->url.assign(s);
    } else if (key == "lang" || key == "language") {
      if ((err = GetString(v, &s))) break;
      if (std::string l = PrimaryLanguage(s); !l.empty()) {
        out->lang = l;
        has_lang = true;
      }
    } else if (key == "meta") {
      od::json_type t;
      if ((err = v.type().get(t))) break;
      if (t != od::json_type::object) continue;
      od::object meta;
      if ((err = v.get_object().get(meta))) break;
      for (auto mf_result : meta) {
        od::field mf;
        if ((err = std::move(mf_result).get(mf))) break;
        std::string_view mkey;
        if ((err = mf.unescaped_key().get(mkey))) break;
        if (mkey != "lang" && mkey != "language") continue;
        od::value mv = mf.value();
        od::json_type mt;
        if ((err = mv.type().get(mt))) break;
        if (mt != od::json_type::string) continue;
        if ((err = mv.get_string().get(s))) break;
        // A top-level "lang" wins whichever comes first.
        if (std::string l = PrimaryLanguage(s); !l.empty() && !has_lang) out->lang = l;
      }
      if (err) break;
    }
  }
  if (err) {
    if (err == simdjson::INCORRECT_TYPE) {
      *reason = "field \"" + std::string(bad_field) + "\" has the wrong type";
      if (bad_field == "text") *reason += " (must be a string)";
    } else {
      *reason = JsonError(err);
    }
    return false;
  }
  // Anything after the object ("{...} {...}") means two records were glued together.
  if (!doc.current_location().error()) {
    *reason = "malformed JSON: content after the object (two records on one line?)";
    return false;
  }
  if (!has_text) {
    *reason = "no \"text\" field (each line needs the article body as \"text\")";
    return false;
  }
  if (out->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    *reason = "empty article: \"text\" is blank";
    return false;
  }
  return true;
}

JsonLinesReader::JsonLinesReader(std::string path, std::unique_ptr<ByteStream> in, std::string_view already_read,
                                 size_t max_line_bytes)
    : path_(std::move(path)), in_(std::move(in)), max_line_(std::max<size_t>(max_line_bytes, 16)) {
  // One chunk: large enough that reads are few, small enough to stay in L2/L3.
  cap_ = std::max(std::min<size_t>(1 << 20, max_line_), already_read.size());
  buf_.reset(new char[cap_ + JsonArticleParser::kPadding]);
  std::memcpy(buf_.get(), already_read.data(), already_read.size());
  end_ = already_read.size();
}

JsonLinesReader::~JsonLinesReader() = default;

bool JsonLinesReader::Fill(InputProblem* problem) {
  char* b = buf_.get();
  if (skipping_) {  // the over-long line's bytes are not needed
    base_ += end_;
    begin_ = end_ = scanned_ = 0;
  } else if (begin_ > 0) {
    std::memmove(b, b + begin_, end_ - begin_);
    base_ += begin_;
    end_ -= begin_;
    scanned_ -= begin_;
    begin_ = 0;
  }
  if (end_ == cap_) {  // one partial line fills the buffer
    if (cap_ < max_line_) {
      size_t cap = std::min(cap_ * 2, max_line_);
      std::unique_ptr<char[]> nb(new char[cap + JsonArticleParser::kPadding]);
      std::memcpy(nb.get(), b, end_);
      buf_ = std::move(nb);
      cap_ = cap;
      b = buf_.get();
    } else {
      *problem = {path_, line_ + 1, base_, true,
                  "line longer than " + std::to_string(max_line_) +
                      " bytes; skipped (raise the limit or split the record)"};
      skipping_ = true;
      base_ += end_;
      begin_ = end_ = scanned_ = 0;
      return false;
    }
  }
  // The first read of a stream asks for one small chunk, later reads for
  // the whole buffer. Nothing can be coded before the first article is
  // parsed: a full first read (1 MB from the page cache into a buffer the
  // kernel first has to zero, ~0.5 ms) made every coding thread wait for
  // it at the start of a run, while the same bytes read later are read
  // beside the coding. A stream whose first line is longer simply reads on
  // at the next Fill, as after any short read.
  size_t want = cap_ - end_;
  if (!read_once_) want = std::min(want, kFirstRead);
  read_once_ = true;
  ptrdiff_t n = in_->Read(b + end_, want);
  if (n < 0) {
    *problem = {path_, 0, base_ + end_, true, "cannot read: " + in_->error()};
    eof_ = true;
    return false;
  }
  if (n == 0) eof_ = true;
  end_ += static_cast<size_t>(n);
  return true;
}

JsonLinesReader::Status JsonLinesReader::Next(Article* out, InputProblem* problem) {
  for (;;) {
    char* b = buf_.get();
    const void* nl = scanned_ < end_ ? std::memchr(b + scanned_, '\n', end_ - scanned_) : nullptr;
    size_t line_end;
    if (nl != nullptr) {
      line_end = static_cast<size_t>(static_cast<const char*>(nl) - b);
    } else {
      scanned_ = end_;
      if (!eof_) {
        problem->reason.clear();
        if (!Fill(problem) && !problem->reason.empty()) return Status::kProblem;
        continue;
      }
      if (begin_ == end_) return Status::kEnd;
      line_end = end_;  // the last line has no newline
    }
    size_t start = begin_;
    const uint64_t line_offset = base_ + start;
    begin_ = scanned_ = std::min(line_end + 1, end_);
    ++line_;
    if (skipping_) {
      skipping_ = false;
      continue;
    }
    if (line_ == 1 && line_end - start >= 3 && std::memcmp(b + start, "\xEF\xBB\xBF", 3) == 0) start += 3;
    while (start < line_end && (b[start] == ' ' || b[start] == '\t')) ++start;
    size_t stop = line_end;
    while (stop > start && (b[stop - 1] == ' ' || b[stop - 1] == '\t' || b[stop - 1] == '\r')) --stop;
    if (stop == start) continue;  // blank lines separate nothing
    std::string reason;
    // The padding after cap_ plus whatever follows the line in the buffer
    // satisfies simdjson's need to read past the end.
    if (!parser_.Parse(b + start, stop - start, cap_ + JsonArticleParser::kPadding - start, out, &reason)) {
      if (reason == kInvalidUtf8) {  // say where in the line, now that it matters
        std::string_view line(b + start, stop - start);
        size_t bad = FindInvalidUtf8(line);
        size_t column = bad + start - static_cast<size_t>(line_offset - base_);
        if (bad != kValidUtf8)
          reason = InvalidUtf8Reason(line, bad, " at byte " + std::to_string(column) + " of the line");
      }
      *problem = {path_, line_, line_offset, true, std::move(reason)};
      return Status::kProblem;
    }
    out->origin = path_;
    out->origin += ':';
    out->origin += std::to_string(line_);
    if (out->id.empty()) out->id = out->origin;
    return Status::kArticle;
  }
}

}  // namespace dyad
