#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

std::string Field(std::string_view s) {
  auto d = ParseDateField(s);
  return d ? d->str() : "none";
}

TEST(DatesTest, WrittenForms) {
  EXPECT_EQ(Field("Sunday, October 5, 2025"), "2025-10-05");
  EXPECT_EQ(Field("October 5, 2025"), "2025-10-05");
  EXPECT_EQ(Field("Oct. 5, 2025"), "2025-10-05");
  EXPECT_EQ(Field("Sept. 26, 2025"), "2025-09-26");
  EXPECT_EQ(Field("Oct 09, 2025"), "2025-10-09");
  EXPECT_EQ(Field("October 5th, 2025"), "2025-10-05");
  EXPECT_EQ(Field("5 Oct 2025"), "2025-10-05");
  EXPECT_EQ(Field("05 October 2025"), "2025-10-05");
  EXPECT_EQ(Field("5th October 2025"), "2025-10-05");
  EXPECT_EQ(Field("5 de octubre de 2025"), "2025-10-05");
  EXPECT_EQ(Field("domingo, 5 de octubre de 2025"), "2025-10-05");
  EXPECT_EQ(Field("October 2025"), "2025-10");
}

TEST(DatesTest, NumericForms) {
  EXPECT_EQ(Field("2025-10-05"), "2025-10-05");
  EXPECT_EQ(Field("2025-10-05T14:30:00-05:00"), "2025-10-05");
  EXPECT_EQ(Field("1987-02-26T15:01:01"), "1987-02-26");
  EXPECT_EQ(Field("2025-10-05 14:30"), "2025-10-05");
  EXPECT_EQ(Field("2025/10/05"), "2025-10-05");
  EXPECT_EQ(Field("2025-10"), "2025-10");
  EXPECT_EQ(Field("10/05/2025"), "2025-10-05");  // US order
  EXPECT_EQ(Field("25/10/2025"), "2025-10-25");  // cannot be US order
  EXPECT_EQ(Field("05.10.2025"), "2025-10-05");  // European dots
  EXPECT_EQ(Field("Sun, 05 Oct 2025 14:00:00 GMT"), "2025-10-05");
}

TEST(DatesTest, Rejects) {
  EXPECT_EQ(Field(""), "none");
  EXPECT_EQ(Field("yesterday"), "none");
  EXPECT_EQ(Field("February 30, 2025"), "none");
  EXPECT_EQ(Field("2025-13-01"), "none");
  EXPECT_EQ(Field("Oct 5"), "none");  // no year
  EXPECT_EQ(Field("May the talks succeed"), "none");
  EXPECT_EQ(Field("123456"), "none");
}

TEST(DatesTest, NamesAndWeekdays) {
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("DECEMBER"), 12);
  EXPECT_EQ(MonthFromName("dic"), 12);
  EXPECT_EQ(MonthFromName("set"), 0);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_TRUE(IsWeekdayName("Sun"));
  EXPECT_TRUE(IsWeekdayName("miércoles"));
  EXPECT_FALSE(IsWeekdayName("Sunny"));
}

TEST(DatesTest, MonthDayWithoutYear) {
  WrittenDate wd;
  ASSERT_GT(ParseWrittenDate("Oct 5 (Reuters)", &wd, true), 0u);
  EXPECT_EQ(wd.year, 0);
  EXPECT_EQ(wd.month, 10);
  EXPECT_EQ(wd.day, 5);
  EXPECT_FALSE(wd.ToDate().valid());
  EXPECT_EQ(ParseWrittenDate("Feb 30", &wd, true), 0u);
}

TEST(DatesTest, Datelines) {
  WrittenDate wd;
  ASSERT_TRUE(ParseDateline("BOGOTA, Oct 5 (Reuters) - The president said", &wd));
  EXPECT_EQ(wd.month, 10);
  EXPECT_EQ(wd.day, 5);
  EXPECT_EQ(wd.year, 0);
  ASSERT_TRUE(ParseDateline("SAN JOSE, Costa Rica, Oct. 5, 2025 \xE2\x80\x94 Officials said", &wd));
  EXPECT_EQ(wd.ToDate().str(), "2025-10-05");
  ASSERT_TRUE(ParseDateline("SALVADOR, Feb 26 - Showers continued", &wd));
  EXPECT_EQ(wd.month, 2);
  ASSERT_TRUE(ParseDateline("BOGOT\xC3\x81, 5 oct (EFE).- El Gobierno", &wd));
  EXPECT_EQ(wd.day, 5);
  EXPECT_FALSE(ParseDateline("Yesterday, Oct 5 was quiet - or so it seemed", &wd));
  EXPECT_FALSE(ParseDateline("The events on Friday, Sept. 26, mark a blow", &wd));
  EXPECT_FALSE(ParseDateline("NATO, the alliance, said", &wd));
}

TEST(DatesTest, CompleteYearFromCrawlDate) {
  WrittenDate md{0, 10, 5};
  EXPECT_EQ(CompleteYear(md, Date::Day(2025, 10, 9)).str(), "2025-10-05");
  WrittenDate dec{0, 12, 30};
  EXPECT_EQ(CompleteYear(dec, Date::Day(2025, 1, 3)).str(), "2024-12-30");
  EXPECT_FALSE(CompleteYear(md, Date()).valid());
  WrittenDate full{2020, 1, 2};
  EXPECT_EQ(CompleteYear(full, Date()).str(), "2020-01-02");
}

}  // namespace
}  // namespace dyad
