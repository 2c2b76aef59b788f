// Dates as news pages write them: "Sunday, October 5, 2025", "Oct. 5, 2025",
// "05 October 2025", "5 de octubre de 2025", "2025-10-05", "10/05/2025",
// RFC 822 "Sun, 05 Oct 2025 14:00:00 GMT", and datelines ("BOGOTA, Oct 5
// (Reuters) -") that give only a month and day.
//
// Header and meta-tag dates are few per article, so these parsers favour
// clarity over speed; nothing here runs per token.
#ifndef DYAD_INGEST_DATES_H_
#define DYAD_INGEST_DATES_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "model/date.h"

namespace dyad {

// A date as written, before its year is known: a dateline says "Oct 5" and
// the year has to come from elsewhere.
struct WrittenDate {
  int year = 0;   // 0 when the text gives none
  int month = 0;  // 1..12
  int day = 0;    // 0 when only month and year are given ("October 2025")

  // The date at the precision written; invalid when the year is unknown.
  Date ToDate() const;
};

// Month number for an English or Spanish month name or abbreviation, with or
// without a final period, any case ("Oct", "Sept.", "October", "octubre",
// "dic"); 0 if `word` is not one.
int MonthFromName(std::string_view word);

// True for English and Spanish weekday names and abbreviations ("Sun", "Sunday", "domingo").
bool IsWeekdayName(std::string_view word);

// Parses a date at the start of `s` (after optional spaces and an optional
// weekday). Returns the number of bytes consumed, 0 if no date starts there.
// Without `allow_no_year` a month and day with no year ("Oct 5") is rejected.
// Numeric dates with slashes are read in US order (10/05/2025 = October 5)
// unless the first number cannot be a month; dotted ones (05.10.2025) in
// European order.
size_t ParseWrittenDate(std::string_view s, WrittenDate* out, bool allow_no_year = false);

// A whole field as a date: a meta tag, a JSON `date`. Accepts ISO dates and
// timestamps (the time is ignored: the date is the one local to the writer,
// which is what the article means by "today"), "2025/10/05", RFC 822 and the
// written forms above. nullopt when the field holds no date with a year.
std::optional<Date> ParseDateField(std::string_view s);

// A news dateline at the start of a body: an upper-case place, a comma, a
// month and day (optionally a year), an optional "(Agency)" and a dash:
// "BOGOTA, Oct 5 (Reuters) -", "WASHINGTON, Oct. 5 —", "BOGOTÁ, 5 oct (EFE).-".
// Returns false when `s` does not start with one.
bool ParseDateline(std::string_view s, WrittenDate* out);

// Completes a month-day date with the year of a reference date (the crawl
// date): the latest such day not after the reference. Invalid if `ref` has no
// day precision.
Date CompleteYear(const WrittenDate& md, const Date& ref);

}  // namespace dyad

#endif  // DYAD_INGEST_DATES_H_
