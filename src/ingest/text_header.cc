#include "ingest/text_header.h"

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/dates.h"
#include "ingest/utf8.h"

namespace dyad {

namespace {

// How many non-blank lines at the top may be header lines. Real headers are
// three to six lines; more would risk eating a body of short lines.
constexpr size_t kMaxHeaderLines = 10;
// A remainder of this many words after a labelled date is body text ("date
// 2025-09-27 The first sentence ..."); fewer is a time or a note.
constexpr size_t kBodyRemainderWords = 8;
// A headline is at most this long.
constexpr size_t kMaxTitleWords = 25;
constexpr size_t kMaxTitleBytes = 250;
// Section labels ("World News", "Politics") are this short.
constexpr size_t kMaxLabelWords = 4;
// Lines longer than this are never hard-wrapped text.
constexpr size_t kMaxWrappedLine = 100;

enum class Kind {
  kCrawl,     // "Today : Oct 09, 2025", "Retrieved October 9, 2025"
  kPub,       // "Published: ...", "Posted on ...", "date 2025-09-27"
  kUpdated,   // "Updated ...": not the publication date
  kBareDate,  // "05 October 2025", "Sunday, October 5, 2025 10:32 AM"
  kByline,    // "By Jane Roe", possibly with a date
  kTitleLike, // short, no final punctuation
  kBody,
};

struct Label {
  const char* text;  // lower case
  Kind kind;
};

constexpr Label kLabels[] = {
    {"today", Kind::kCrawl},          {"retrieved", Kind::kCrawl},       {"accessed", Kind::kCrawl},
    {"crawled", Kind::kCrawl},        {"fetched", Kind::kCrawl},         {"downloaded", Kind::kCrawl},
    {"scraped", Kind::kCrawl},        {"hoy", Kind::kCrawl},             {"consultado", Kind::kCrawl},
    {"published", Kind::kPub},        {"first published", Kind::kPub},   {"publication date", Kind::kPub},
    {"date published", Kind::kPub},   {"published date", Kind::kPub},    {"posted", Kind::kPub},
    {"date", Kind::kPub},             {"dated", Kind::kPub},             {"publicado", Kind::kPub},
    {"fecha", Kind::kPub},            {"fecha de publicación", Kind::kPub},
    {"updated", Kind::kUpdated},      {"last updated", Kind::kUpdated},  {"last modified", Kind::kUpdated},
    {"modified", Kind::kUpdated},     {"edited", Kind::kUpdated},        {"actualizado", Kind::kUpdated},
    {"última actualización", Kind::kUpdated},
};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithLower(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = IsSpace(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Ends with sentence or clause punctuation, looking through closing quotes
// and brackets ("... said."  "... now.”").
bool EndsWithPunctuation(std::string_view s) {
  while (!s.empty()) {
    std::string_view tail3 = s.size() >= 3 ? s.substr(s.size() - 3) : std::string_view();
    if (tail3 == "\xE2\x80\x9D" || tail3 == "\xE2\x80\x99") {  // ” ’
      s.remove_suffix(3);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") {  // »
      s.remove_suffix(2);
    } else if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6") return true;  // …
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

struct Classified {
  Kind kind = Kind::kBody;
  Date date;             // kCrawl, kPub, kUpdated, kBareDate, kByline (may be invalid)
  std::string_view rest; // body text after a labelled date, if any
};

// After a date: separators, a time, a zone, "| 3 min read" are not body.
// Returns the remainder if it is long enough to be body text, else empty.
std::string_view BodyRemainder(std::string_view rest) {
  rest = Trim(rest);
  if (CountWords(rest) < kBodyRemainderWords) return {};
  return rest;
}

bool ClassifyLabelled(std::string_view line, Classified* out) {
  const Label* best = nullptr;
  size_t best_len = 0;
  for (const Label& l : kLabels) {
    std::string_view t = l.text;
    if (t.size() > best_len && StartsWithLower(line, t) && (line.size() == t.size() || !IsWordByte(line[t.size()]))) {
      best = &l;
      best_len = t.size();
    }
  }
  if (best == nullptr) return false;
  size_t i = best_len;
  while (i < line.size() && (IsSpace(line[i]) || line[i] == ':' || line[i] == '-')) ++i;
  std::string_view rest = line.substr(i);
  for (std::string_view w : {"on ", "at ", "el ", "the "})
    if (StartsWithLower(rest, w)) rest.remove_prefix(w.size());
  WrittenDate wd;
  size_t n = ParseWrittenDate(rest, &wd, false);
  if (n == 0) return false;
  out->kind = best->kind;
  out->date = wd.ToDate();
  out->rest = BodyRemainder(rest.substr(n));
  return true;
}

// "By Jane Roe | Oct 5, 2025", "Por María Gómez": short, starts with By/Por.
bool ClassifyByline(std::string_view line, Classified* out) {
  if (!(line.starts_with("By ") || line.starts_with("BY ") || line.starts_with("Por ") ||
        line.starts_with("POR ")))
    return false;
  if (CountWords(line) > 12 || line.back() == '.') return false;
  out->kind = Kind::kByline;
  for (size_t i = 1; i < line.size(); ++i) {
    if (IsSpace(line[i - 1]) && !IsSpace(line[i])) {
      WrittenDate wd;
      if (ParseWrittenDate(line.substr(i), &wd, false) != 0) {
        out->date = wd.ToDate();
        break;
      }
    }
  }
  return true;
}

Classified Classify(std::string_view line) {
  Classified c;
  if (ClassifyLabelled(line, &c)) return c;
  WrittenDate wd;
  if (size_t n = ParseWrittenDate(line, &wd, false); n != 0 && BodyRemainder(line.substr(n)).empty()) {
    c.kind = Kind::kBareDate;
    c.date = wd.ToDate();
    return c;
  }
  if (ClassifyByline(line, &c)) return c;
  // A dateline on a line of its own ("BOGOTA, Jun 11") is body, not a headline.
  if (WrittenDate dl; ParseDateline(line, &dl)) return c;
  if (CountWords(line) <= kMaxTitleWords && line.size() <= kMaxTitleBytes && !EndsWithPunctuation(line)) {
    c.kind = Kind::kTitleLike;
    return c;
  }
  return c;
}

bool IsDateKind(Kind k) {
  return k == Kind::kCrawl || k == Kind::kPub || k == Kind::kUpdated || k == Kind::kBareDate || k == Kind::kByline;
}

struct Line {
  std::string_view text;  // trimmed
  bool drop = false;      // header material, not body
};

// Appends `line` to `out` with runs of spaces and tabs collapsed.
void AppendCollapsed(std::string_view line, std::string* out) {
  bool space = false;
  for (char c : line) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out->empty() && out->back() != '\n') out->push_back(' ');
    space = false;
    out->push_back(c);
  }
}

}  // namespace

bool ParsePlainText(std::string_view content, Article* out) {
  content.remove_prefix(Utf8BomLength(content));
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    lines.push_back({Trim(content.substr(pos, nl - pos))});
    pos = nl + 1;
  }

  // Classify the top lines, up to and including the first body line.
  struct Item {
    size_t line;
    Classified c;
  };
  std::vector<Item> seq;
  for (size_t i = 0; i < lines.size() && seq.size() < kMaxHeaderLines; ++i) {
    if (lines[i].text.empty()) continue;
    Classified c = Classify(lines[i].text);
    seq.push_back({i, c});
    if (c.kind == Kind::kBody || !c.rest.empty()) break;
  }

  Date labelled_pub, bare_pub, crawled;
  int last_date = -1;
  for (size_t k = 0; k < seq.size(); ++k) {
    const Classified& c = seq[k].c;
    if (!IsDateKind(c.kind)) continue;
    last_date = static_cast<int>(k);
    if (c.kind == Kind::kCrawl && !crawled.valid()) crawled = c.date;
    if (c.kind == Kind::kPub && !labelled_pub.valid()) labelled_pub = c.date;
    if ((c.kind == Kind::kBareDate || c.kind == Kind::kByline) && !bare_pub.valid()) bare_pub = c.date;
  }
  // A labelled publication date beats a bare one: "Published: ..." is
  // explicit, while a bare date may belong to a related note.
  Date published = labelled_pub.valid() ? labelled_pub : bare_pub;

  // The headline: the first title-like line after the last header date
  // (skipping a short label directly followed by another title-like line);
  // failing that the first long title-like line before it, or the only one.
  int title = -1;
  for (size_t k = static_cast<size_t>(last_date + 1); k < seq.size(); ++k) {
    if (seq[k].c.kind != Kind::kTitleLike) break;
    bool label = CountWords(lines[seq[k].line].text) <= kMaxLabelWords && k + 1 < seq.size() &&
                 seq[k + 1].c.kind == Kind::kTitleLike;
    if (!label) {
      title = static_cast<int>(k);
      break;
    }
    lines[seq[k].line].drop = true;
  }
  if (title < 0 && last_date >= 0) {
    int only = -1, count = 0;
    for (int k = 0; k < last_date; ++k) {
      if (seq[k].c.kind != Kind::kTitleLike) continue;
      ++count;
      if (only < 0) only = k;
      if (title < 0 && CountWords(lines[seq[k].line].text) > kMaxLabelWords) title = k;
    }
    if (title < 0 && count == 1) title = only;
  }
  // Everything up to the last header date is header; so is the title.
  for (int k = 0; k <= last_date; ++k) lines[seq[k].line].drop = true;
  out->title.clear();
  if (title >= 0) {
    lines[seq[title].line].drop = true;
    AppendCollapsed(lines[seq[title].line].text, &out->title);
  }
  // A labelled date with body text after it: keep the text.
  if (!seq.empty() && !seq.back().c.rest.empty()) {
    Line& l = lines[seq.back().line];
    l.text = seq.back().c.rest;
    l.drop = false;
  }

  // The body: blocks of consecutive kept lines.
  std::string& text = out->text;
  text.clear();
  bool first_line_seen = false;
  std::string_view first_line;
  for (size_t i = 0; i < lines.size();) {
    if (lines[i].drop || lines[i].text.empty()) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t longest = 0;
    while (j < lines.size() && !lines[j].drop && !lines[j].text.empty()) {
      longest = std::max(longest, lines[j].text.size());
      ++j;
    }
    bool wrapped = longest <= kMaxWrappedLine;
    for (size_t k = i; k < j; ++k) {
      if (!first_line_seen) {
        first_line = lines[k].text;
        first_line_seen = true;
      }
      if (!text.empty()) text += (k == i || !wrapped) ? "\n\n" : " ";
      AppendCollapsed(lines[k].text, &text);
    }
    i = j;
  }

  if (!published.valid() && first_line_seen) {
    WrittenDate wd;
    if (ParseDateline(first_line, &wd)) published = CompleteYear(wd, crawled);
  }
  out->published = published;
  out->crawled = crawled;
  return !text.empty();
}

}  // namespace dyad
