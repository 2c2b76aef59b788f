#include "model/date.h"

#include <cstdio>

#include <gtest/gtest.h>

#include <cstdio>

namespace dyad {
namespace {

TEST(DateTest, PrintsAtItsPrecision) {
  EXPECT_EQ(Date::Day(2025, 9, 26).str(), "2025-09-26");
  EXPECT_EQ(Date::Month(2025, 9).str(), "2025-09");
  EXPECT_EQ(Date::Year(2025).str(), "2025");
  EXPECT_EQ(Date{}.str(), "");
}

// str() writes digits itself for ordinary dates; it must give what
// snprintf("%04d-%02d-%02d") gives, at every precision and at the edges.
TEST(DateTest, PrintsLikeSnprintf) {
  for (int y : {0, 7, 99, 100, 999, 1000, 1999, 2025, 9999, 10000, -1}) {
    for (int m : {1, 9, 10, 12}) {
      for (int d : {1, 9, 10, 31}) {
        char want[16];
        Date day;
        day.year = y, day.month = m, day.day = d, day.precision = Precision::kDay;
        std::snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        EXPECT_EQ(day.str(), want);
        Date month = day;
        month.precision = Precision::kMonth;
        std::snprintf(want, sizeof want, "%04d-%02d", y, m);
        EXPECT_EQ(month.str(), want);
        Date year = day;
        year.precision = Precision::kYear;
        std::snprintf(want, sizeof want, "%04d", y);
        EXPECT_EQ(year.str(), want);
      }
    }
  }
  EXPECT_EQ(Date().str(), "");
}

TEST(DateTest, ParsesIsoForms) {
  EXPECT_EQ(Date::Parse("2025-09-27"), Date::Day(2025, 9, 27));
  EXPECT_EQ(Date::Parse("1987-02-26T15:01:01"), Date::Day(1987, 2, 26));
  EXPECT_EQ(Date::Parse("2025-09"), Date::Month(2025, 9));
  EXPECT_EQ(Date::Parse("2025"), Date::Year(2025));
  EXPECT_FALSE(Date::Parse("2025-02-30"));
  EXPECT_FALSE(Date::Parse("2025-13"));
  EXPECT_FALSE(Date::Parse("20x5"));
  EXPECT_FALSE(Date::Parse("2025-09-27junk"));
}

TEST(DateTest, WeekdaysAndArithmetic) {
  EXPECT_EQ(Date::Day(2025, 9, 26).weekday(), 4);  // Friday
  EXPECT_EQ(Date::Day(1970, 1, 1).weekday(), 3);   // Thursday
  EXPECT_EQ(Date::Day(2025, 9, 27).AddDays(-1), Date::Day(2025, 9, 26));
  EXPECT_EQ(Date::Day(2024, 2, 28).AddDays(1), Date::Day(2024, 2, 29));
  EXPECT_EQ(Date::Day(2025, 1, 1).AddDays(-1), Date::Day(2024, 12, 31));
}

TEST(DateTest, RangesAndOrder) {
  EXPECT_EQ(Date::Month(2024, 2).last_day() - Date::Month(2024, 2).first_day(), 28);
  EXPECT_LT(Date::Year(2025), Date::Month(2025, 1));
  EXPECT_LT(Date::Day(2025, 9, 26), Date::Day(2025, 9, 27));
  EXPECT_EQ(Date::Day(2025, 9, 26).Truncate(Precision::kMonth), Date::Month(2025, 9));
}

// str() writes four-digit years by hand; it must say what %04d-%02d-%02d says,
// including the corners (year 0, one-digit months and days, 5-digit years).
TEST(DateTest, StrMatchesPrintfFormatting) {
  char buf[32];
  for (int y : {0, 7, 99, 476, 1999, 2025, 9999, 10000, -44}) {
    for (int m : {1, 9, 10, 12}) {
      for (int d : {1, 9, 10, 31}) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        EXPECT_EQ(Date::Day(y, m, d).str(), buf);
      }
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      EXPECT_EQ(Date::Month(y, m).str(), buf);
    }
    std::snprintf(buf, sizeof buf, "%04d", y);
    EXPECT_EQ(Date::Year(y).str(), buf);
  }
}

}  // namespace
}  // namespace dyad
