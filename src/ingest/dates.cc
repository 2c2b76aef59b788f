#include "ingest/dates.h"

#include <cstring>

namespace dyad {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Letters of a word: ASCII letters and any non-ASCII byte ("sábado").
bool IsWordByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != lower[i]) return false;
  return true;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// The word starting at i (may be empty).
std::string_view WordAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsWordByte(s[j])) ++j;
  return s.substr(i, j - i);
}

// Reads up to `max` digits at i; returns the count read (0 if none) and the value.
size_t Digits(std::string_view s, size_t i, size_t max, int* value) {
  size_t n = 0;
  int v = 0;
  while (i + n < s.size() && n < max && IsDigit(s[i + n])) v = v * 10 + (s[i + n++] - '0');
  if (i + n < s.size() && IsDigit(s[i + n])) return 0;  // longer number than allowed
  *value = v;
  return n;
}

struct Name {
  const char* text;
  int value;
};

// English and Spanish. "set" (Spanish for September) is left out: it is far
// more often the English verb.
constexpr Name kMonths[] = {
    {"january", 1},  {"jan", 1},        {"enero", 1},      {"ene", 1},     {"february", 2}, {"feb", 2},
    {"febrero", 2},  {"march", 3},      {"mar", 3},        {"marzo", 3},   {"april", 4},    {"apr", 4},
    {"abril", 4},    {"abr", 4},        {"may", 5},        {"mayo", 5},    {"june", 6},     {"jun", 6},
    {"junio", 6},    {"july", 7},       {"jul", 7},        {"julio", 7},   {"august", 8},   {"aug", 8},
    {"agosto", 8},   {"ago", 8},        {"september", 9},  {"sept", 9},    {"sep", 9},      {"septiembre", 9},
    {"setiembre", 9}, {"october", 10},  {"oct", 10},       {"octubre", 10}, {"november", 11}, {"nov", 11},
    {"noviembre", 11}, {"december", 12}, {"dec", 12},      {"diciembre", 12}, {"dic", 12},
};

constexpr const char* kWeekdays[] = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun", "lunes", "lun", "martes", "miércoles",
    "miercoles", "mié", "jueves", "jue", "viernes", "vie", "sábado", "sabado", "sáb", "domingo", "dom",
};

// Skips "st", "nd", "rd", "th" after a day number.
size_t SkipOrdinal(std::string_view s, size_t i) {
  if (i + 2 <= s.size()) {
    std::string_view w = s.substr(i, 2);
    if ((EqualsLower(w, "st") || EqualsLower(w, "nd") || EqualsLower(w, "rd") || EqualsLower(w, "th")) &&
        (i + 2 == s.size() || !IsWordByte(s[i + 2])))
      return i + 2;
  }
  return i;
}

// Skips the Spanish "de"/"del" between date parts ("5 de octubre de 2025").
size_t SkipDe(std::string_view s, size_t i) {
  std::string_view w = WordAt(s, i);
  if (EqualsLower(w, "de") || EqualsLower(w, "del")) return SkipSpaces(s, i + w.size());
  return i;
}

bool PlausibleYear(int y) { return y >= 1000 && y <= 2999; }

bool Finish(int y, int m, int d, bool allow_no_year, WrittenDate* out) {
  if (m < 1 || m > 12) return false;
  if (y != 0) {
    if (!PlausibleYear(y)) return false;
    if (d != 0 && !IsValidDay(y, m, d)) return false;
  } else {
    if (!allow_no_year || d == 0) return false;
    if (d < 1 || d > DaysInMonth(2000, m)) return false;  // 2000: a leap year, so Feb 29 is allowed
  }
  *out = WrittenDate{y, m, d};
  return true;
}

// Parses an optional ", YYYY" / " de YYYY" / " YYYY" after a day; returns the
// new position and sets *year (0 if absent).
size_t OptionalYear(std::string_view s, size_t i, int* year) {
  *year = 0;
  size_t j = i;
  if (j < s.size() && s[j] == ',') ++j;
  j = SkipSpaces(s, j);
  j = SkipDe(s, j);
  int y = 0;
  size_t n = Digits(s, j, 4, &y);
  if (n == 4 && (j + 4 == s.size() || !IsAsciiAlpha(s[j + 4]) || s[j + 4] == 'T')) {
    *year = y;
    return j + 4;
  }
  return i;
}

// The date proper, at i (no weekday).
size_t ParseCore(std::string_view s, size_t i, bool allow_no_year, WrittenDate* out) {
  if (i >= s.size()) return 0;
  if (IsDigit(s[i])) {
    int n1 = 0;
    size_t l1 = Digits(s, i, 4, &n1);
    if (l1 == 0) return 0;
    size_t j = i + l1;
    char sep = j < s.size() ? s[j] : '\0';
    if (l1 == 4 && (sep == '-' || sep == '/')) {  // 2025-10-05, 2025/10/05, 2025-10
      int m = 0, d = 0;
      size_t l2 = Digits(s, j + 1, 2, &m);
      if (l2 == 0) return 0;
      size_t k = j + 1 + l2;
      if (k < s.size() && s[k] == sep) {
        size_t l3 = Digits(s, k + 1, 2, &d);
        if (l3 == 0) return 0;
        return Finish(n1, m, d, false, out) ? k + 1 + l3 : 0;
      }
      if (sep == '-' && l2 == 2) return Finish(n1, m, 0, false, out) ? k : 0;
      return 0;
    }
    if (l1 <= 2 && (sep == '/' || sep == '.' || sep == '-') && j + 1 < s.size() && IsDigit(s[j + 1])) {
      int n2 = 0, y = 0;
      size_t l2 = Digits(s, j + 1, 2, &n2);
      size_t k = j + 1 + l2;
      if (l2 == 0 || k >= s.size() || s[k] != sep) return 0;
      size_t l3 = Digits(s, k + 1, 4, &y);
      if (l3 != 4) return 0;
      int m = n1, d = n2;                 // US order: 10/05/2025
      if (sep == '.') std::swap(m, d);    // European: 05.10.2025
      if (m > 12 && d <= 12) std::swap(m, d);
      return Finish(y, m, d, false, out) ? k + 1 + l3 : 0;
    }
    if (l1 > 2) return 0;
    // 5 Oct 2025, 05 October 2025, 5th October, 5 de octubre de 2025
    j = SkipOrdinal(s, j);
    if (j < s.size() && s[j] == '.') ++j;
    j = SkipSpaces(s, j);
    j = SkipDe(s, j);
    std::string_view w = WordAt(s, j);
    int m = MonthFromName(w);
    if (m == 0) return 0;
    j += w.size();
    if (j < s.size() && s[j] == '.') ++j;
    int y = 0;
    size_t end = OptionalYear(s, j, &y);
    return Finish(y, m, n1, allow_no_year, out) ? end : 0;
  }
  // Oct 5, 2025; October 5th 2025; Oct. 5; October 2025
  std::string_view w = WordAt(s, i);
  int m = MonthFromName(w);
  if (m == 0) return 0;
  size_t j = i + w.size();
  if (j < s.size() && s[j] == '.') ++j;
  j = SkipSpaces(s, j);
  int n = 0;
  size_t l = Digits(s, j, 4, &n);
  if (l == 4) return Finish(n, m, 0, false, out) ? j + 4 : 0;
  if (l == 0 || l > 2) return 0;
  j = SkipOrdinal(s, j + l);
  int y = 0;
  size_t end = OptionalYear(s, j, &y);
  return Finish(y, m, n, allow_no_year, out) ? end : 0;
}

}  // namespace

Date WrittenDate::ToDate() const {
  if (year == 0 || month == 0) return {};
  if (day == 0) return Date::Month(year, month);
  return Date::Day(year, month, day);
}

int MonthFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 10) return 0;
  for (const Name& n : kMonths)
    if (EqualsLower(word, n.text)) return n.value;
  return 0;
}

bool IsWeekdayName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return false;
  for (const char* w : kWeekdays)
    if (EqualsLower(word, w)) return true;
  return false;
}

size_t ParseWrittenDate(std::string_view s, WrittenDate* out, bool allow_no_year) {
  size_t i = SkipSpaces(s, 0);
  std::string_view w = WordAt(s, i);
  if (!w.empty() && IsWeekdayName(w)) {
    size_t j = i + w.size();
    if (j < s.size() && s[j] == '.') ++j;
    j = SkipSpaces(s, j);
    if (j < s.size() && s[j] == ',') ++j;
    i = SkipSpaces(s, j);
  }
  return ParseCore(s, i, allow_no_year, out);
}

std::optional<Date> ParseDateField(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  WrittenDate wd;
  if (ParseWrittenDate(s, &wd, false) == 0) return std::nullopt;
  Date d = wd.ToDate();
  if (!d.valid()) return std::nullopt;
  return d;
}

bool ParseDateline(std::string_view s, WrittenDate* out) {
  s = s.substr(0, 120);
  // The place: its first word in capitals ("BOGOTA", "SAN JOSE, Costa Rica").
  size_t i = 0;
  size_t caps = 0;
  while (i < s.size() && IsWordByte(s[i])) {
    if (s[i] >= 'a' && s[i] <= 'z') return false;
    if (s[i] >= 'A' && s[i] <= 'Z') ++caps;
    ++i;
  }
  if (caps < 2) return false;
  // Try each of the first three commas as the place/date boundary.
  int commas = 0;
  for (; i < s.size() && commas < 3; ++i) {
    char c = s[i];
    if (IsDigit(c) || c == '(' || c == '-' || c == '\n') return false;
    if (c != ',') continue;
    ++commas;
    WrittenDate wd;
    size_t n = ParseWrittenDate(s.substr(i + 1), &wd, true);
    if (n == 0) continue;
    size_t j = SkipSpaces(s, i + 1 + n);
    if (j < s.size() && s[j] == '(') {  // (Reuters)
      size_t close = s.find(')', j);
      if (close == std::string_view::npos || close - j > 40) return false;
      j = SkipSpaces(s, close + 1);
    }
    std::string_view rest = s.substr(j);
    bool dash = rest.empty() || rest[0] == '-' || rest.substr(0, 2) == ".-" ||
                rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94";
    if (!dash) return false;
    *out = wd;
    return true;
  }
  return false;
}

Date CompleteYear(const WrittenDate& md, const Date& ref) {
  if (md.year != 0) return md.ToDate();
  if (ref.precision != Precision::kDay || md.month == 0 || md.day == 0) return {};
  int y = ref.year;
  if (md.month > ref.month || (md.month == ref.month && md.day > ref.day)) --y;
  if (!IsValidDay(y, md.month, md.day)) return {};
  return Date::Day(y, md.month, md.day);
}

}  // namespace dyad
