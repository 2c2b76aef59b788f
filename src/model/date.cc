#include "model/date.h"

#include <chrono>
#include <cstdio>

namespace dyad {

namespace {
using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

int ParseDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int32_t DayNumber(int y, int m, int d) {
  return static_cast<int32_t>(
      sys_days{year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}}
          .time_since_epoch()
          .count());
}
}  // namespace

std::string_view PrecisionName(Precision p) {
  switch (p) {
    case Precision::kYear: return "year";
    case Precision::kMonth: return "month";
    case Precision::kDay: return "day";
    default: return "none";
  }
}

bool IsValidDay(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= DaysInMonth(y, m);
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

Date Date::FromDayNumber(int32_t n) {
  year_month_day ymd{sys_days{days{n}}};
  return Day(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
             static_cast<int>(static_cast<unsigned>(ymd.day())));
}

std::string Date::str() const {
  // Every event record formats one or two dates, and snprintf cost ~1,600
  // instructions a call (1.3% of the coding loop on te3silver). Years
  // 0..9999 with two-digit months and days are written digit by digit;
  // anything else keeps snprintf's output ("%04d" of 12345 or -1).
  auto two = [](char* p, int v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char buf[10];
    two(buf, year / 100);
    two(buf + 2, year % 100);
    buf[4] = '-';
    two(buf + 5, month);
    buf[7] = '-';
    two(buf + 8, day);
    switch (precision) {
      case Precision::kDay: return std::string(buf, 10);
      case Precision::kMonth: return std::string(buf, 7);
      case Precision::kYear: return std::string(buf, 4);
      default: return {};
    }
  }
  char buf[16];
  switch (precision) {
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); return buf;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); return buf;
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); return buf;
    default: return {};
  }
}

std::optional<Date> Date::Parse(std::string_view s) {
  int y = ParseDigits(s, 0, 4);
  if (y < 0) return std::nullopt;
  if (s.size() == 4) return Year(y);
  if (s.size() < 7 || s[4] != '-') return std::nullopt;
  int m = ParseDigits(s, 5, 2);
  if (m < 1 || m > 12) return std::nullopt;
  if (s.size() == 7) return Month(y, m);
  if (s.size() < 10 || s[7] != '-') return std::nullopt;
  int d = ParseDigits(s, 8, 2);
  if (!IsValidDay(y, m, d)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  return Day(y, m, d);
}

int32_t Date::first_day() const {
  switch (precision) {
    case Precision::kDay: return DayNumber(year, month, day);
    case Precision::kMonth: return DayNumber(year, month, 1);
    case Precision::kYear: return DayNumber(year, 1, 1);
    default: return INT32_MIN;
  }
}

int32_t Date::last_day() const {
  switch (precision) {
    case Precision::kDay: return DayNumber(year, month, day);
    case Precision::kMonth: return DayNumber(year, month, DaysInMonth(year, month));
    case Precision::kYear: return DayNumber(year, 12, 31);
    default: return INT32_MIN;
  }
}

Date Date::AddDays(int n) const { return FromDayNumber(first_day() + n); }

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int32_t n = first_day();
  int w = static_cast<int>((n % 7 + 7) % 7);
  return (w + 3) % 7;
}

Date Date::Truncate(Precision p) const {
  if (p >= precision) return *this;
  switch (p) {
    case Precision::kMonth: return Month(year, month);
    case Precision::kYear: return Year(year);
    default: return {};
  }
}

}  // namespace dyad
