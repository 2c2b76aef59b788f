// Stop 35 (h-time9): a bare day or month just ahead of the publication
// date read as the coming one, "as soon as" before a date, and the
// expressions the finder did not know (docs/time.md, "stop 35"). Our own
// sentences.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "time/timex.h"

namespace dyad {
namespace {

// Saturday 2025-09-27.
const Date kSat = Date::Day(2025, 9, 27);

std::vector<TimexMatch> Find(std::string_view s, const Date& anchor = kSat) {
  std::vector<TimexMatch> out;
  FindTimexes(s, 0, anchor, &out);
  return out;
}

// "text=value" of the first expression, or "".
std::string First(std::string_view s, const Date& anchor = kSat) {
  auto v = Find(s, anchor);
  if (v.empty()) return "";
  return std::string(s.substr(v[0].span.begin, v[0].span.size())) + "=" + v[0].value.str();
}

// "text=timex3" of the first expression, or "".
std::string FirstTimex3(std::string_view s, const Date& anchor = kSat) {
  auto v = Find(s, anchor);
  if (v.empty()) return "";
  return std::string(s.substr(v[0].span.begin, v[0].span.size())) + "=" + v[0].timex3;
}

// A bare day up to about three months ahead is the coming one: read back
// it would lie nine months to a year ago, and news writes such a date
// with its year.
TEST(TimexNearness, ADayJustAheadIsTheComingOne) {
  EXPECT_EQ(First("The new tariff takes effect Oct. 13."), "Oct. 13=2025-10-13");
  EXPECT_EQ(First("Shareholders of record Nov. 20 receive the dividend."), "Nov. 20=2025-11-20");
  EXPECT_EQ(First("El nuevo arancel rige desde el 13 de octubre."), "13 de octubre=2025-10-13");
  auto v = Find("The new tariff takes effect Oct. 13.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].reading, YearReading::kAheadByNearness);
  // Further ahead, the past reading stands.
  EXPECT_EQ(First("The new tariff takes effect Jan. 13."), "Jan. 13=2025-01-13");
  // Across the year's end.
  EXPECT_EQ(First("Parliament reconvenes Jan. 12.", Date::Day(2025, 12, 20)), "Jan. 12=2026-01-12");
  // A past verb form before it keeps the past reading.
  EXPECT_EQ(First("The cabinet approved the tariff on Oct. 13."), "Oct. 13=2024-10-13");
  EXPECT_EQ(First("The talks were held on Oct. 13."), "Oct. 13=2024-10-13");
  EXPECT_EQ(First("El gabinete aprobó el arancel el 13 de octubre."), "13 de octubre=2024-10-13");
}

// The month after the anchor's is the coming one; two months ahead the
// past reading stands.
TEST(TimexNearness, TheNextMonthIsTheComingOne) {
  EXPECT_EQ(First("The summit in October is the first of its kind."), "October=2025-10");
  EXPECT_EQ(First("The summit in November is the first of its kind."), "November=2024-11");
  EXPECT_EQ(First("The envoys met in October."), "October=2024-10");
  EXPECT_EQ(First("The summit in January is the first of its kind.", Date::Day(2025, 12, 20)), "January=2026-01");
}

// "as soon as", "as early as" before a date: the earliest a coming act
// can happen.
TEST(TimexNearness, AsSoonAsPointsForward) {
  EXPECT_EQ(First("The envoy could arrive as soon as Tuesday."), "Tuesday=2025-09-30");
  EXPECT_EQ(First("The envoy could arrive as early as Tuesday."), "Tuesday=2025-09-30");
  auto v = Find("The envoy could arrive as soon as Tuesday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].reading, YearReading::kAheadByVerb);
  // Without it, the past.
  EXPECT_EQ(First("The envoy could arrive on Tuesday."), "Tuesday=2025-09-23");
}

// Clock times named by a word, written as one word, or with a part of
// the day: TIMEX3 times of the anchor's day (until a reference or a day
// right after names another), dating nothing (clock >= 0).
TEST(TimexWords, ClockWordsAndGluedClockTimes) {
  EXPECT_EQ(FirstTimex3("The curfew starts at noon."), "noon=2025-09-27T12:00");
  EXPECT_EQ(FirstTimex3("The ministers met at midday."), "midday=2025-09-27T12:00");
  EXPECT_EQ(FirstTimex3("Los ministros se reunieron al mediodía."), "mediodía=2025-09-27T12:00");
  // A day right after it gives its day (ResolveReferences).
  std::vector<TimexMatch> v = Find("The convoy arrived at noon Thursday.");
  TimexReference ref;
  ResolveReferences(&v, 0, &ref);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].timex3, "2025-09-25T12:00");
  // Not a film's name nor a noun's attribute.
  EXPECT_EQ(First("Voters remembered the film High Noon."), "");
  EXPECT_EQ(First("The midday heat closed the market."), "");
  EXPECT_EQ(FirstTimex3("The polls open at 7am."), "7am=2025-09-27T07:00");
  EXPECT_EQ(FirstTimex3("The polls close at 9PM."), "9PM=2025-09-27T21:00");
  EXPECT_EQ(First("The model 10am2 failed."), "");
  EXPECT_EQ(FirstTimex3("The convoy leaves at 4 in the morning."), "4 in the morning=2025-09-27T04:00");
  EXPECT_EQ(FirstTimex3("The convoy leaves at 9 in the evening."), "9 in the evening=2025-09-27T21:00");
  EXPECT_EQ(FirstTimex3("The convoy left at 10 at night."), "10 at night=2025-09-27T22:00");
  auto c = Find("The polls open at 7am.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].clock, 700);
}

// Years spelled out, as transcripts of speech write them.
TEST(TimexWords, SpelledOutYears) {
  EXPECT_EQ(First("In nineteen ninety-one the bank failed."), "nineteen ninety-one=1991");
  EXPECT_EQ(First("The war of nineteen seventy ended the old order."), "nineteen seventy=1970");
  EXPECT_EQ(First("Leaders looked ahead to the year two thousand."), "the year two thousand=2000");
  EXPECT_EQ(First("Elections are due in two thousand and two."), "two thousand and two=2002");
  EXPECT_EQ(First("Prices fell in January nineteen ninety-seven."), "January nineteen ninety-seven=1997-01");
  // Counts are not years.
  EXPECT_EQ(First("Two thousand soldiers crossed the river."), "");
  EXPECT_EQ(First("Nineteen soldiers crossed the river."), "");
}

// "this century", "last century", "este siglo", "el siglo pasado": the
// anchor's hundred years or the one before (no Date; TIMEX3 "20").
TEST(TimexWords, ThisAndLastCentury) {
  EXPECT_EQ(FirstTimex3("The worst flood this century hit the valley."), "this century=20");
  EXPECT_EQ(FirstTimex3("The worst flood this century hit the valley.", Date::Day(1999, 3, 1)), "this century=19");
  EXPECT_EQ(FirstTimex3("The dam was built last century."), "last century=19");
  EXPECT_EQ(FirstTimex3("La peor inundación de este siglo."), "este siglo=20");
  EXPECT_EQ(FirstTimex3("La represa se construyó el siglo pasado."), "el siglo pasado=19");
  auto v = Find("The worst flood this century hit the valley.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_FALSE(v[0].value.valid());
}

// Holiday weeks and Election Day; a holiday less than three months ahead
// is the coming one, as a bare month-day is.
TEST(TimexWords, HolidayWeeksElectionDayAndNearHolidays) {
  // Easter 2025 was April 20 (ISO week 16); 2026's is April 5 (week 14).
  EXPECT_EQ(FirstTimex3("Pilgrims filled the town during Easter week."), "Easter week=2025-W16");
  EXPECT_EQ(FirstTimex3("Pilgrims filled the town at the start of Easter week.", Date::Day(2026, 3, 30)),
            "Easter week=2026-W14");
  EXPECT_EQ(FirstTimex3("Los peregrinos llenaron el pueblo en Semana Santa."), "Semana Santa=2025-W16");
  EXPECT_EQ(First("Los peregrinos llenaron el pueblo en Semana Santa."), "Semana Santa=2025-04");
  // The Tuesday after the first Monday of November.
  EXPECT_EQ(First("Turnout doubled on Election Day.", Date::Day(2024, 12, 1)), "Election Day=2024-11-05");
  EXPECT_EQ(First("Campaigns spend most just before Election Day."), "Election Day=2025-11-04");
  EXPECT_EQ(First("The election results were late."), "");
  EXPECT_EQ(First("Troops will be home for Christmas.", Date::Day(2025, 11, 1)), "Christmas=2025-12-25");
  EXPECT_EQ(First("Shops stay open until Christmas Eve.", Date::Day(2025, 11, 1)), "Christmas Eve=2025-12-24");
  EXPECT_EQ(First("The truce was signed on Christmas Day.", Date::Day(2025, 11, 1)), "Christmas Day=2024-12-25");
}

// Stop 35 (h-time10): midnight as a clock word, the end of its day
// (TimeML's T24:00), like noon; after a preposition (Spanish: and its
// article) or before a day, not as a noun's attribute.
TEST(TimexWords, MidnightIsAClockWord) {
  EXPECT_EQ(FirstTimex3("The ceasefire starts at midnight."), "midnight=2025-09-27T24:00");
  EXPECT_EQ(FirstTimex3("El alto el fuego empieza a la medianoche."), "medianoche=2025-09-27T24:00");
  EXPECT_EQ(FirstTimex3("La tregua rige hasta la medianoche."), "medianoche=2025-09-27T24:00");
  std::vector<TimexMatch> v = Find("The offer expired at midnight Friday.");
  TimexReference ref;
  ResolveReferences(&v, 0, &ref);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].timex3, "2025-09-26T24:00");
  EXPECT_GE(v[0].clock, 0);
  EXPECT_EQ(First("The midnight sun shone over the fjord."), "");
  EXPECT_EQ(First("La medianoche llegó sin noticias."), "");
}

}  // namespace
}  // namespace dyad
