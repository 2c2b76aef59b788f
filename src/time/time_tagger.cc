#include "time/time_tagger.h"

#include <cctype>
#include <vector>

#include "time/timex.h"

namespace dyad {
namespace {

bool IsPoint(const TimexMatch& m) {
  return m.value.valid() &&
         (m.kind == TimeKind::kDate || m.kind == TimeKind::kRelative || m.kind == TimeKind::kWeekday);
}

// Present-tense look: a present auxiliary or copula and no past one. Crude
// on purpose: it only blocks inheritance, and a wrong block falls back to
// the publication date, which is the safe default.
bool LooksPresent(std::string_view s) {
  static constexpr std::string_view kPresent[] = {"is", "are", "am", "remains", "remain", "says", "has", "have",
                                                  "es", "son", "está", "están", "sigue", "tiene", "dice"};
  static constexpr std::string_view kPast[] = {"was", "were", "had", "did", "said", "told", "fue", "fueron",
                                               "dijo", "había", "estaba"};
  bool present = false;
  size_t i = 0, n = s.size();
  auto word_char = [](unsigned char c) { return std::isalpha(c) || c >= 0x80; };
  while (i < n) {
    while (i < n && !word_char(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < n && word_char(static_cast<unsigned char>(s[i]))) ++i;
    if (i == b) break;
    std::string_view w = s.substr(b, i - b);
    if (w.size() > 7) continue;
    char low[8];
    for (size_t k = 0; k < w.size(); ++k) low[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
    std::string_view lw(low, w.size());
    for (auto p : kPast)
      if (lw == p) return false;
    for (auto p : kPresent)
      if (lw == p) present = true;
  }
  return present;
}

// A sentence inside a direct quotation: its tokens are marked kInQuote by
// the quote finder, or (before that stage has run) it opens with a quote.
bool InQuote(const Doc& doc, const Sentence& s) {
  if (s.tokens.empty() || s.tokens.end > doc.tokens.size()) return false;
  const Token& first = doc.tokens[s.tokens.begin];
  if (first.has(kInQuote) || first.has(kOpenQuote)) return true;
  std::string_view t = doc.text(first.span);
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xC2\xAB" || t == "``";
}

}  // namespace

void TimeTagger::Run(Doc& doc) const {
  doc.times.clear();
  const Date& pub = doc.article.published;
  // Relative expressions need a day to count from; a year- or month-only
  // publication date gives none, and only absolute dates resolve.
  Date anchor = pub.precision == Precision::kDay ? pub : Date{};
  std::vector<TimexMatch> found;
  bool chain = false;  // the previous sentence's date may be inherited
  uint32_t prev_paragraph = kNone32;
  Date prev_date;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    Sentence& s = doc.sentences[si];
    std::string_view text = doc.text(s.span);
    found.clear();
    FindTimexes(text, s.span.begin, anchor, &found);
    uint32_t first_point = kNone32, first_day = kNone32;
    for (TimexMatch& m : found) {
      TimeExpr e;
      e.sentence = si;
      e.span = m.span;
      e.value = m.value;
      e.kind = m.kind;
      e.rule = std::move(m.rule);
      if (!s.tokens.empty() && s.tokens.end <= doc.tokens.size()) {
        // Tokens overlapping the span: a token boundary inside an expression
        // ("mid-September" as one token) still maps to whole tokens.
        uint32_t b = s.tokens.begin, end = s.tokens.end;
        while (b < end && doc.tokens[b].span.end <= e.span.begin) ++b;
        uint32_t t = b;
        while (t < end && doc.tokens[t].span.begin < e.span.end) ++t;
        e.tokens = {b, t};
      }
      uint32_t idx = static_cast<uint32_t>(doc.times.size());
      if (IsPoint(m)) {
        if (first_point == kNone32) first_point = idx;
        if (first_day == kNone32 && m.value.precision == Precision::kDay) first_day = idx;
      }
      doc.times.push_back(std::move(e));
    }
    uint32_t own = first_day != kNone32 ? first_day : first_point;
    if (own != kNone32) {
      s.date = doc.times[own].value;
      s.time = own;
      chain = s.date.precision == Precision::kDay;
    } else if (chain && s.paragraph == prev_paragraph && !s.headline && !InQuote(doc, s) && !LooksPresent(text)) {
      // Narrative continuity; Sentence::time stays kNone32 (doc.h: the date
      // is inherited), and the chain runs on down the paragraph.
      s.date = prev_date;
      s.time = kNone32;
    } else {
      s.date = pub;
      s.time = kNone32;
      chain = false;
    }
    prev_paragraph = s.paragraph;
    prev_date = s.date;
  }
}

}  // namespace dyad
