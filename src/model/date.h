// A calendar date that knows how precisely it is known.
//
// News rarely gives a full date: "in mid-September" is a month, "earlier this
// year" a year. Every event carries its date at the precision the text gives,
// and prints it at that precision ("2025-09-26", "2025-09", "2025"), so a
// downstream user never mistakes a guessed day for a reported one.
#ifndef DYAD_MODEL_DATE_H_
#define DYAD_MODEL_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class Precision : uint8_t { kNone = 0, kYear = 1, kMonth = 2, kDay = 3 };

std::string_view PrecisionName(Precision p);  // "none", "year", "month", "day"

struct Date {
  int year = 0;
  int month = 0;  // 1..12, 0 when precision < kMonth
  int day = 0;    // 1..31, 0 when precision < kDay
  Precision precision = Precision::kNone;

  static Date Day(int y, int m, int d) { return {y, m, d, Precision::kDay}; }
  static Date Month(int y, int m) { return {y, m, 0, Precision::kMonth}; }
  static Date Year(int y) { return {y, 0, 0, Precision::kYear}; }
  // Days since 1970-01-01 (may be negative).
  static Date FromDayNumber(int32_t days);

  bool valid() const { return precision != Precision::kNone; }

  // "2025-09-26", "2025-09", "2025" or "" for an unknown date.
  std::string str() const;

  // Accepts "YYYY", "YYYY-MM", "YYYY-MM-DD" and an ISO timestamp
  // ("YYYY-MM-DDTHH:MM:SS..."), whose time part is ignored. Rejects
  // impossible calendar days.
  static std::optional<Date> Parse(std::string_view iso);

  // First and last day covered, as day numbers: a month covers all its days.
  int32_t first_day() const;
  int32_t last_day() const;

  // Day-precision arithmetic; the result has day precision.
  Date AddDays(int n) const;
  // 0 = Monday ... 6 = Sunday. Requires day precision.
  int weekday() const;

  // The same date truncated to a coarser precision.
  Date Truncate(Precision p) const;

  // Dates compare by their first day, then by precision (coarser first).
  friend bool operator==(const Date& a, const Date& b) = default;
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) {
    if (auto c = a.first_day() <=> b.first_day(); c != 0) return c;
    return a.precision <=> b.precision;
  }
};

bool IsValidDay(int year, int month, int day);
int DaysInMonth(int year, int month);

}  // namespace dyad

#endif  // DYAD_MODEL_DATE_H_
