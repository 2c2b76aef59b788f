#include "time/date_shift.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/doc.h"
#include "time/timex.h"

namespace dyad {
namespace {

// Count words, English and Spanish. "the" counts one only before a
// singular unit ("the day after the vote").
int CountOf(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kCounts[] = {
      {"a", 1},      {"an", 1},      {"one", 1},     {"two", 2},    {"three", 3},     {"four", 4},   {"five", 5},
      {"six", 6},    {"seven", 7},   {"eight", 8},   {"nine", 9},   {"ten", 10},      {"eleven", 11}, {"twelve", 12},
      {"fifteen", 15}, {"twenty", 20}, {"un", 1},    {"una", 1},    {"uno", 1},       {"dos", 2},    {"tres", 3},
      {"cuatro", 4}, {"cinco", 5},   {"seis", 6},    {"siete", 7},  {"ocho", 8},      {"nueve", 9},  {"diez", 10},
      {"once", 11},  {"doce", 12},   {"quince", 15}, {"veinte", 20}};
  for (const auto& [word, n] : kCounts)
    if (w == word) return n;
  int n = 0;
  auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
  if (ec == std::errc() && end == w.data() + w.size() && n > 0 && n <= 400) return n;
  return 0;
}

enum class Unit { kNone, kDay, kWeek, kMonth, kYear };

struct UnitWord {
  std::string_view word;
  Unit unit;
  bool singular;
};
constexpr UnitWord kUnits[] = {
    {"day", Unit::kDay, true},      {"days", Unit::kDay, false},    {"week", Unit::kWeek, true},
    {"weeks", Unit::kWeek, false},  {"month", Unit::kMonth, true},  {"months", Unit::kMonth, false},
    {"year", Unit::kYear, true},    {"years", Unit::kYear, false},  {"d\xC3\xAD" "a", Unit::kDay, true},
    {"d\xC3\xAD" "as", Unit::kDay, false}, {"dia", Unit::kDay, true}, {"dias", Unit::kDay, false},
    {"semana", Unit::kWeek, true},  {"semanas", Unit::kWeek, false}, {"mes", Unit::kMonth, true},
    {"meses", Unit::kMonth, false}, {"a\xC3\xB1o", Unit::kYear, true}, {"a\xC3\xB1os", Unit::kYear, false}};

// The unit and whether the word is its singular.
Unit UnitOf(std::string_view w, bool* singular) {
  for (const UnitWord& u : kUnits)
    if (w == u.word) {
      *singular = u.singular;
      return u.unit;
    }
  return Unit::kNone;
}

// Words before the count that make the phrase a duration ("stayed for two
// weeks after the coup") rather than a distance between two events.
bool DurationWord(std::string_view w) {
  return w == "for" || w == "within" || w == "over" || w == "during" || w == "durante" || w == "por" ||
         w == "para";
}

// Ends a "before"/"after" phrase's words: the clause it governs stops at
// punctuation that closes an adverbial ("A week after X did E, Y ...").
bool Closes(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "--" || w == "\xE2\x80\x94" ||
         w == "\xE2\x80\x93";
}

// The anchor moved by n units, at the precision the distance allows: days
// and weeks need a day to count from; a month or a year away is only as
// precise as a month or a year, whatever day the sentence names.
Date Shift(const Date& anchor, Unit unit, int n) {
  switch (unit) {
    case Unit::kDay:
    case Unit::kWeek:
      if (anchor.precision != Precision::kDay) return {};
      return anchor.AddDays(unit == Unit::kWeek ? 7 * n : n);
    case Unit::kMonth: {
      if (anchor.precision < Precision::kMonth) return {};
      int m = anchor.year * 12 + (anchor.month - 1) + n;
      return Date::Month(m / 12, m % 12 + 1);
    }
    case Unit::kYear:
      return Date::Year(anchor.year + n);
    case Unit::kNone: break;
  }
  return {};
}

// An uncounted distance ("days after", "a few weeks before", "varios días
// después") gives no day, but it does say the governed event is not on the
// sentence's day: it lies within a range. These are the ranges we take,
// in days, as the plain reading of the plural (two or more of the unit,
// fewer than the next unit's worth): "days" 2-9, "weeks" 14-62, "months"
// 60-335. "years" is left alone: its range covers too many years to date
// anything. "hours after" is the same day or the one before, which the
// sentence's own date already says well enough.
bool UncountedRange(Unit unit, int* lo, int* hi) {
  switch (unit) {
    case Unit::kDay: *lo = 2, *hi = 9; return true;
    case Unit::kWeek: *lo = 14, *hi = 62; return true;
    case Unit::kMonth: *lo = 60, *hi = 335; return true;
    case Unit::kYear:
    case Unit::kNone: break;
  }
  return false;
}

// The finest date that covers every day in [lo, hi] (day numbers): the
// month when the range stays in one, else the year, else nothing. Never a
// day: the text gave none, and a date must not claim more than the text.
Date Cover(int32_t lo, int32_t hi) {
  const Date a = Date::FromDayNumber(lo), b = Date::FromDayNumber(hi);
  if (a.year != b.year) return {};
  if (a.month != b.month) return Date::Year(a.year);
  return Date::Month(a.year, a.month);
}

// Words that may open an uncounted distance before its plural unit:
// "(just) days after", "a few weeks before", "several months after",
// "unos días después". Anything else before the unit ("the final days
// before the vote", "the first weeks after") makes a noun phrase whose
// time is its own, not a distance.
bool UncountedLead(std::string_view w) {
  static constexpr std::string_view kLeads[] = {
      "just",  "only",  "mere",  "barely", "scarcely", "some",    "several", "few",     "unos",  "unas",
      "varios", "varias", "pocos", "pocas", "algunos", "algunas", "apenas", "solo",    "s\xC3\xB3lo", ",",
      "\xE2\x80\x94", "--", "(", "and", "but", "y", "pero"};
  for (std::string_view l : kLeads)
    if (w == l) return true;
  return false;
}

// The governed date: the anchor moved by n units, forward or back; for an
// uncounted distance (n == 0) the date covering the moved range, whose
// days past `last_allowed` (a day number) are dropped first.
Date Move(const Date& anchor, Unit unit, int n, bool forward,
          int32_t last_allowed = std::numeric_limits<int32_t>::max()) {
  if (n > 0) return Shift(anchor, unit, forward ? n : -n);
  int lo = 0, hi = 0;
  if (!anchor.valid() || !UncountedRange(unit, &lo, &hi)) return {};
  int32_t first = forward ? anchor.first_day() + lo : anchor.first_day() - hi;
  int32_t last = forward ? anchor.last_day() + hi : anchor.last_day() - lo;
  last = std::min(last, last_allowed);
  if (first > last) return {};
  return Cover(first, last);
}

std::string RangeText(Unit unit) {
  int lo = 0, hi = 0;
  if (!UncountedRange(unit, &lo, &hi)) return {};
  return "uncounted (" + std::to_string(lo) + " to " + std::to_string(hi) + " days):";
}

std::string_view UnitName(Unit u) {
  switch (u) {
    case Unit::kDay: return "day";
    case Unit::kWeek: return "week";
    case Unit::kMonth: return "month";
    case Unit::kYear: return "year";
    case Unit::kNone: break;
  }
  return "";
}

// Appends the kShifted expression over tokens [first, end) of sentence si,
// dating the words in `scope`; `from` names the anchor in the evidence
// ("the sentence's date 2025-10-02").
// `n` is the count, 0 for an uncounted distance over `range` ("2 to 9").
void AddShift(Doc& doc, uint32_t si, TokenRange words, TokenRange scope, Date value, Unit unit, int n,
              std::string_view range, bool later, const std::string& from) {
  TimeExpr e;
  e.sentence = si;
  e.tokens = words;
  e.span = {doc.tokens[words.begin].span.begin, doc.tokens[words.end - 1].span.end};
  e.value = value;
  e.kind = TimeKind::kShifted;
  e.scope = scope;
  e.rule = "shift: " + (n > 0 ? std::to_string(n) : std::string(range)) + " " + std::string(UnitName(unit)) +
           (n == 1 ? "" : "s") + (later ? " after " : " before ") + from;
  doc.times.push_back(std::move(e));
}

// "N units later/earlier" in sentence si (the phrase is tokens first..last):
// the previous sentence's date moved by the distance dates every event of
// this one that names no date of its own. Only when that date is the
// story's (its own expression or inherited down a paragraph), never the
// publication date taken as a default, and never past publication: a
// "later" that lands after the article was written counted from the wrong
// day.
void AddNarrativeShift(Doc& doc, uint32_t si, uint32_t first, uint32_t last, Unit unit, int n, bool later) {
  // n == 0: "Days later, ...", uncounted (see UncountedRange).
  const std::vector<Token>& toks = doc.tokens;
  const std::string_view next = last + 1 < toks.size() ? toks[last + 1].lower : std::string_view();
  // "later than", "later this week", "más tarde que": a comparison or a
  // time of its own, not a distance from the story's last time.
  if (next == "than" || next == "this" || next == "that" || next == "today" || next == "que") return;
  // "profit rose from a year earlier", "than a week earlier": a
  // comparison with that time, not the time of this sentence's events.
  if (first > doc.sentences[si].tokens.begin) {
    const std::string_view before = toks[first - 1].lower;
    if (before == "from" || before == "than" || before == "with" || before == "since" || before == "over") return;
  }
  if (si == 0) return;
  const Sentence& prev = doc.sentences[si - 1];
  const Date& pub = doc.article.published;
  if (!prev.date.valid() || (prev.time == kNone32 && prev.date == pub)) return;
  const Date value = Move(prev.date, unit, n, later,
                          pub.valid() ? pub.last_day() : std::numeric_limits<int32_t>::max());
  if (!value.valid() || (pub.valid() && value.first_day() > pub.last_day())) return;
  AddShift(doc, si, {first, last + 1}, doc.sentences[si].tokens, value, unit, n, RangeText(unit), later,
           "the previous sentence's date " + prev.date.str());
}

}  // namespace

DateShifter::DateShifter() {
  const std::vector<std::string_view> triggers = TimeTriggerWords();
  skip_without_cue_ = std::all_of(std::begin(kUnits), std::end(kUnits), [&](const UnitWord& u) {
    return std::find(triggers.begin(), triggers.end(), u.word) != triggers.end();
  });
}

std::span<const std::string_view> DateShifter::UnitWords() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> v;
    for (const UnitWord& u : kUnits) v.push_back(u.word);
    return v;
  }();
  return words;
}

void DateShifter::Run(Doc& doc) const {
  static const struct {
    uint64_t after = TokenHash("after"), before = TokenHash("before"), despues_accent = TokenHash("despu\xC3\xA9s"),
             despues = TokenHash("despues"), antes = TokenHash("antes"), later = TokenHash("later"),
             earlier = TokenHash("earlier");
    uint64_t top_bits = uint64_t{1} << (after >> 58) | uint64_t{1} << (before >> 58) |
                        uint64_t{1} << (despues_accent >> 58) | uint64_t{1} << (despues >> 58) |
                        uint64_t{1} << (antes >> 58) | uint64_t{1} << (later >> 58) | uint64_t{1} << (earlier >> 58);
  } kHashes;
  const std::vector<Token>& toks = doc.tokens;
  const uint64_t top_bits = kHashes.top_bits;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // A shift needs a unit word before its direction word, and every unit
    // word is a time trigger (checked in the constructor): a sentence the
    // segmenter found no trigger in has none, so its tokens are not read.
    if (skip_without_cue_ && !s.may_have_time) continue;
    // A direction word at i needs a unit at i - 1 and a word at i + 1.
    if (s.tokens.end < s.tokens.begin + 3) continue;
    const Date anchor = s.date.valid() ? s.date : doc.article.published;
    if (!anchor.valid() || s.tokens.end > toks.size()) continue;
    uint32_t last = s.tokens.end - 1;
    uint32_t from = s.tokens.begin + 1;
    // The unit word before a direction word is a time trigger, so its token
    // has kTimeCue (the constructor's check, as for the skip above): the
    // direction word lies after the sentence's first cue and at most one
    // token after its last, which the segmenter noted (Sentence::first_cue,
    // last_cue). The tokens outside are not read (te3silver: ~2/3 of those
    // the scan below read, ~2M instructions).
    if (skip_without_cue_ && s.first_cue >= s.tokens.begin && s.last_cue < s.tokens.end &&
        s.first_cue <= s.last_cue) {
      from = std::max(from, s.first_cue + 1);
      last = std::min(last, s.last_cue + 2);
    }
    for (uint32_t i = from; i < last; ++i) {
      // Most words are not "after" or "before": a one-bit test on the top
      // six bits of the segmenter's lower_hash rejects nearly all of them,
      // in a loop of its own over the tokens (this runs over every token:
      // indexing the vector in the loop below cost twice the instructions),
      // then seven exact compares.
      {
        const Token* x = toks.data() + i;
        const Token* const stop = toks.data() + last;
        while (x != stop && ((top_bits >> (x->lower_hash >> 58)) & 1) == 0) ++x;
        i = static_cast<uint32_t>(x - toks.data());
        if (i == last) break;
      }
      const uint64_t h = toks[i].lower_hash;
      if (h != kHashes.after && h != kHashes.before && h != kHashes.despues_accent && h != kHashes.despues &&
          h != kHashes.antes && h != kHashes.later && h != kHashes.earlier)
        continue;
      const std::string_view dir = toks[i].lower;
      const bool narrative = dir == "later" || dir == "earlier";
      const bool english = dir == "after" || dir == "before" || narrative;
      const bool spanish = dir == "despu\xC3\xA9s" || dir == "despues" || dir == "antes";
      if (!english && !spanish) continue;
      bool singular = false;
      const Unit unit = UnitOf(toks[i - 1].lower, &singular);
      if (unit == Unit::kNone) continue;
      // The phrase's first word: the count ("two days after"), the
      // quantifier of an uncounted distance ("a few days", "several weeks")
      // or the plural unit itself ("Days after the vote, ...").
      uint32_t count_at = i - 2;
      int n = 0;
      if (i >= s.tokens.begin + 2) {
        std::string_view cw = toks[count_at].lower;
        n = (cw == "the" || cw == "el" || cw == "la") && singular ? 1 : CountOf(cw);
        // "a few days", "two days" with a plural unit after "a": only
        // counts that agree with their unit ("a day", "two days") count.
        if ((n == 1) != singular) n = 0;
      }
      if (n == 0) {
        if (singular) continue;
        int lo = 0, hi = 0;
        if (!UncountedRange(unit, &lo, &hi)) continue;
        count_at = i - 1;
        if (count_at > s.tokens.begin) {
          std::string_view lead = toks[count_at - 1].lower;
          if (!UncountedLead(lead)) continue;
          // "a few": the phrase opens at "a"; a quantifier opens it too.
          if (lead == "few" && count_at - 1 > s.tokens.begin && toks[count_at - 2].lower == "a")
            count_at -= 2;
          else if (lead != "," && lead != "and" && lead != "but" && lead != "y" && lead != "pero" &&
                   lead != "(" && lead != "--" && lead != "\xE2\x80\x94")
            count_at -= 1;
        }
      }
      if (count_at > s.tokens.begin && DurationWord(toks[count_at - 1].lower)) continue;
      uint32_t scope = i + 1;
      // "Two days later, X did E", "una semana después, ...": counted from
      // the story's last time, the previous sentence's date, and dating the
      // whole sentence.
      if (narrative || (spanish && toks[scope].lower != "de")) {
        AddNarrativeShift(doc, si, count_at, i, unit, n, !(dir == "earlier" || dir == "antes"));
        continue;
      }
      if (spanish) {
        // "después de (que)", "antes de (que)": the governed words follow.
        if (toks[scope].lower != "de") continue;
        ++scope;
        if (scope < s.tokens.end && toks[scope].lower == "que") ++scope;
      }
      if (scope >= s.tokens.end) continue;
      const std::string_view next = toks[scope].lower;
      if (next == "tomorrow" || next == "yesterday" || next == "ma\xC3\xB1" "ana" || next == "ayer") continue;
      uint32_t end = scope;
      while (end < s.tokens.end && !Closes(toks[end].lower)) ++end;
      if (end == scope) continue;
      // Opening the sentence with nothing to close it ("A week after the
      // vote Petro met Trump"), the governed words run into the main clause
      // and no stage before the clause analyser can say where they stop:
      // better no shift than the main event's date moved.
      if (end == s.tokens.end && count_at <= s.tokens.begin + 1) continue;
      // The governed event is before the sentence's time when the sentence
      // comes "after" it, and after it when the sentence comes "before".
      const bool after = dir != "before" && dir != "antes";
      const Date value = Move(anchor, unit, n, !after);
      if (!value.valid()) continue;
      AddShift(doc, si, {count_at, scope}, {scope, end}, value, unit, n, RangeText(unit), !after,
               "the sentence's date " + anchor.str());
      i = end;
    }
  }
}

}  // namespace dyad
