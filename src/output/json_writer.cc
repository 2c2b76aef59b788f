#include "output/json_writer.h"

#include <charconv>
#include <cstdio>

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
std::string_view Goldstein(double g, char (&buf)[32]) {
  auto r = std::to_chars(buf, buf + sizeof buf, g, std::chars_format::fixed, 1);
  return {buf, static_cast<size_t>(r.ptr - buf)};
}

void Field(std::string_view key, std::string_view value, std::string* out) {
  out->push_back('"');
  out->append(key);
  out->append("\":");
  AppendJsonString(value, out);
  out->push_back(',');
}
}  // namespace

void AppendJsonRecord(const EventRecord& r, std::string* out, std::string_view extra) {
  out->push_back('{');
  if (!extra.empty()) {
    out->append(extra);
    out->push_back(',');
  }
  Field("article", r.article, out);
  Field("published", r.published, out);
  out->append("\"sentence_index\":");
  out->append(std::to_string(r.sentence_index));
  out->push_back(',');
  Field("sentence", r.sentence, out);
  Field("date", r.date, out);
  Field("date_text", r.date_text, out);
  Field("source", r.source, out);
  Field("source_text", r.source_text, out);
  Field("target", r.target, out);
  Field("target_text", r.target_text, out);
  Field("code", r.code, out);
  Field("root", r.root, out);
  out->append("\"quad_class\":");
  out->append(std::to_string(r.quad_class));
  char buf[32];
  out->append(",\"goldstein\":");
  out->append(Goldstein(r.goldstein, buf));
  out->push_back(',');
  Field("verb_text", r.verb_text, out);
  Field("lang", r.lang, out);
  out->append("\"evidence\":");
  out->append(r.evidence.empty() ? std::string_view("{}") : std::string_view(r.evidence));
  out->append("}\n");
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
