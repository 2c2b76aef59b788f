#include "output/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "output/plain_run.h"

namespace dyad {

void AppendJsonString(std::string_view s, std::string* out) {
  // Most strings need nothing escaped.
  if (AppendPlainQuoted(s, out)) return;
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    i += PlainAsciiWords(s.data() + i, s.size() - i);  // skip whole words that need nothing
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\t': out->append("\\t"); break;
      case '\r': out->append("\\r"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

namespace {
// The Goldstein weight as printf's "%.1f" writes it. std::to_chars with
// chars_format::fixed and a precision is specified to give printf's
// result for the same conversion in the C locale (sign of -0.0, nan and
// inf included); snprintf took ~1,400 instructions a record (0.3% of
// coding te3silver), to_chars a tenth of that.
//
// Fast path: every CAMEO weight is a whole number of tenths (-10.0 to
// 10.0), and to_chars took ~550 instructions for one. When |g| is the
// double nearest to k/10 (k/10.0 is correctly rounded, so comparing with
// it tells), its exact value is within half an ulp of k/10, far from the
// rounding boundaries k/10 +- 0.05, so "%.1f" writes k/10 with its sign
// (std::signbit keeps -0.0's). NaN and infinity fail the bound test.
std::string_view Goldstein(double g, char (&buf)[32]) {
  const double a = std::fabs(g);
  if (a < 1e6) {
    const long long k = std::llround(a * 10);
    if (static_cast<double>(k) / 10.0 == a) {
      char digits[24];
      char* d = std::to_chars(digits, digits + sizeof digits, k / 10).ptr;
      char* p = buf;
      if (std::signbit(g)) *p++ = '-';
      p = std::copy(digits, d, p);
      *p++ = '.';
      *p++ = static_cast<char>('0' + k % 10);
      return {buf, static_cast<size_t>(p - buf)};
    }
  }
  auto r = std::to_chars(buf, buf + sizeof buf, g, std::chars_format::fixed, 1);
  return {buf, static_cast<size_t>(r.ptr - buf)};
}

// A record's bytes written through a pointer into `out`, which is grown
// ahead: the whole record's room in one resize (its strings' sizes plus
// the fixed text and numbers), then plain stores. Before, a record was ~40
// std::string appends (each a capacity test, a size store and a NUL, and
// for a variable size a call to memcpy) and took ~5,200 instructions.
class RecordOut {
 public:
  RecordOut(std::string* out, size_t room) : out_(out) { Reserve(room); }
  // Only what the constructor's `room` counted for it: callers write no
  // more than they reserved.
  template <size_t N>
  void Literal(const char (&s)[N]) {  // a fixed size: a few moves
    std::memcpy(p_, s, N - 1);
    p_ += N - 1;
  }
  void Bytes(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // `s` as a JSON string, its room counted as s.size() + 2. Most strings
  // need nothing escaped (CopyPlain<true>: UTF-8 is copied as it is, as
  // AppendJsonString copies it); a string with a quote, a backslash or a
  // control character (te3silver: one sentence in six, a quotation) goes
  // through AppendJsonString, on the string itself, and the room left for
  // the rest of the record is reserved again after it.
  void String(std::string_view s) {
    const size_t n = s.size();
    if (CopyPlain<true>(s.data(), n, p_ + 1)) {
      p_[0] = '"';
      p_[n + 1] = '"';
      p_ += n + 2;
      return;
    }
    const size_t rest = static_cast<size_t>(end_ - p_) - (n + 2);
    out_->resize(static_cast<size_t>(p_ - out_->data()));
    AppendJsonString(s, out_);
    Reserve(rest);
  }
  // Cuts `out` to what was written.
  void Finish() { out_->resize(static_cast<size_t>(p_ - out_->data())); }

 private:
  // Room for n more bytes after out's current size; writing starts there.
  void Reserve(size_t n) {
    const size_t used = out_->size();
    out_->resize(used + n);
    p_ = out_->data() + used;
    end_ = p_ + n;
  }
  std::string* out_;
  char* p_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace

void AppendJsonRecord(const EventRecord& r, std::string* out, std::string_view extra) {
  // The fixed text (keys, quotes, separators) is under 256 bytes, a
  // uint32_t and an int under 12 each, the weight's buffer 32.
  const std::string_view strings[] = {r.article,   r.published,   r.sentence, r.date, r.date_text,
                                      r.source,    r.source_text, r.target,   r.target_text, r.code,
                                      r.root,      r.verb_text,   r.lang};
  size_t room = 256 + 12 + 12 + 32 + extra.size() + std::max<size_t>(2, r.evidence.size());
  for (std::string_view s : strings) room += s.size() + 2;
  RecordOut o(out, room);
  o.Literal("{");
  if (!extra.empty()) {
    o.Bytes(extra);
    o.Literal(",");
  }
  char buf[32];
  o.Literal("\"article\":");
  o.String(r.article);
  o.Literal(",\"published\":");
  o.String(r.published);
  o.Literal(",\"sentence_index\":");
  o.Bytes({buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, r.sentence_index).ptr - buf)});
  o.Literal(",\"sentence\":");
  o.String(r.sentence);
  o.Literal(",\"date\":");
  o.String(r.date);
  o.Literal(",\"date_text\":");
  o.String(r.date_text);
  o.Literal(",\"source\":");
  o.String(r.source);
  o.Literal(",\"source_text\":");
  o.String(r.source_text);
  o.Literal(",\"target\":");
  o.String(r.target);
  o.Literal(",\"target_text\":");
  o.String(r.target_text);
  o.Literal(",\"code\":");
  o.String(r.code);
  o.Literal(",\"root\":");
  o.String(r.root);
  o.Literal(",\"quad_class\":");
  o.Bytes({buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, r.quad_class).ptr - buf)});
  o.Literal(",\"goldstein\":");
  o.Bytes(Goldstein(r.goldstein, buf));
  o.Literal(",\"verb_text\":");
  o.String(r.verb_text);
  o.Literal(",\"lang\":");
  o.String(r.lang);
  o.Literal(",\"evidence\":");
  o.Bytes(r.evidence.empty() ? std::string_view("{}") : std::string_view(r.evidence));
  o.Literal("}\n");
  o.Finish();
}

std::string TsvHeader(bool with_event_fields) {
  std::string h =
      with_event_fields ? "event_id\tnum_mentions\tnum_articles\tnum_sources\tfirst_seen\tlast_seen\tarticles\t" : "";
  h += "article\tpublished\tsentence_index\tdate\tdate_text\tsource\tsource_text\ttarget\ttarget_text\tcode\troot\t"
       "quad_class\tgoldstein\tverb_text\tlang\tsentence\n";
  return h;
}

namespace {
void Cell(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  out->push_back('\t');
}
}  // namespace

void AppendTsvRecord(const EventRecord& r, std::string* out, std::string_view extra) {
  if (!extra.empty()) {
    out->append(extra);
    out->push_back('\t');
  }
  Cell(r.article, out);
  Cell(r.published, out);
  Cell(std::to_string(r.sentence_index), out);
  Cell(r.date, out);
  Cell(r.date_text, out);
  Cell(r.source, out);
  Cell(r.source_text, out);
  Cell(r.target, out);
  Cell(r.target_text, out);
  Cell(r.code, out);
  Cell(r.root, out);
  Cell(std::to_string(r.quad_class), out);
  char buf[32];
  Cell(Goldstein(r.goldstein, buf), out);
  Cell(r.verb_text, out);
  Cell(r.lang, out);
  for (char c : r.sentence) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  out->push_back('\n');
}

}  // namespace dyad
