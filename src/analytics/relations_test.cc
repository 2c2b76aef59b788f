#include "analytics/relations.h"

#include <gtest/gtest.h>

#include "model/date.h"

namespace dyad {
namespace {

StoredEvent Ev(std::string date, std::string source, std::string target, int quad, double goldstein = 0) {
  StoredEvent e;
  e.date = std::move(date);
  e.source = std::move(source);
  e.target = std::move(target);
  e.quad_class = quad;
  e.goldstein = goldstein;
  return e;
}

int32_t Day(int y, int m, int d) { return Date::Day(y, m, d).first_day(); }

std::vector<std::string> Periods(const std::vector<RelationRow>& rows) {
  std::vector<std::string> out;
  for (size_t i = 0; i < rows.size(); i += 2) out.push_back(rows[i].period);
  return out;
}

// Flags of one direction (0: a->b), in period order.
std::vector<std::string> Flags(const std::vector<RelationRow>& rows, size_t dir) {
  std::vector<std::string> out;
  for (size_t i = dir; i < rows.size(); i += 2) out.push_back(rows[i].flag);
  return out;
}

TEST(RelationsTest, GranularityNames) {
  Granularity g;
  ASSERT_TRUE(ParseGranularity("week", &g));
  EXPECT_EQ(g, Granularity::kWeek);
  EXPECT_EQ(GranularityName(Granularity::kMonth), "month");
  EXPECT_FALSE(ParseGranularity("year", &g));
}

TEST(RelationsTest, ZeroFilledPeriodsInBothDirections) {
  std::vector<StoredEvent> ev = {Ev("2025-01-15", "USAGOV", "COLGOV", 1, 3.0),
                                 Ev("2025-03-02", "COLGOV", "USA", 4, -10.0)};
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2025-01", "2025-02", "2025-03"}));
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].source, i % 2 == 0 ? "USA" : "COL");
    EXPECT_EQ(rows[i].target, i % 2 == 0 ? "COL" : "USA");
  }
  EXPECT_EQ(rows[0].events, 1);
  EXPECT_EQ(rows[0].quad[0], 1);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_sum, 3.0);
  EXPECT_EQ(rows[1].events, 0);
  // February: present, empty, all zeros.
  for (int i : {2, 3}) {
    EXPECT_EQ(rows[i].events, 0);
    EXPECT_EQ(rows[i].goldstein_sum, 0);
    EXPECT_EQ(rows[i].goldstein_mean, 0);
    EXPECT_EQ(rows[i].index, 0);
    EXPECT_EQ(rows[i].flag, "");
  }
  EXPECT_EQ(rows[4].events, 0);
  EXPECT_EQ(rows[5].events, 1);
  EXPECT_EQ(rows[5].quad[3], 1);
  EXPECT_DOUBLE_EQ(rows[5].index, -2.0);
}

TEST(RelationsTest, QuadCountsGoldsteinAndIndex) {
  std::vector<StoredEvent> ev = {
      Ev("2025-09-01", "USA", "COL", 1, 1.0),    Ev("2025-09-05", "USA", "COL", 2, 7.0),
      Ev("2025-09-10", "USA", "COL", 3, -2.0),   Ev("2025-09-20", "USAMIL", "COLREB", 4, -10.0),
      Ev("2025-09-30", "USA", "COL", 4, -9.5),
      // Other dyads and reversed-country lookalikes are not counted.
      Ev("2025-09-12", "USA", "VEN", 4, -10.0),  Ev("2025-09-12", "VEN", "COL", 1, 1.0),
      Ev("2025-09-12", "USA", "", 1, 1.0),
  };
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth);
  ASSERT_EQ(rows.size(), 2u);
  const RelationRow& r = rows[0];
  EXPECT_EQ(r.period, "2025-09");
  EXPECT_EQ(r.events, 5);
  EXPECT_EQ(r.quad[0], 1);
  EXPECT_EQ(r.quad[1], 1);
  EXPECT_EQ(r.quad[2], 1);
  EXPECT_EQ(r.quad[3], 2);
  EXPECT_DOUBLE_EQ(r.goldstein_sum, -13.5);
  EXPECT_DOUBLE_EQ(r.goldstein_mean, -2.7);
  EXPECT_DOUBLE_EQ(r.index, (1 + 2 - 1 - 4) / 5.0);
  EXPECT_EQ(rows[1].events, 0);
}

TEST(RelationsTest, UnknownQuadClassCountsButAddsNothing) {
  std::vector<StoredEvent> ev = {Ev("2025-09-01", "USA", "COL", 2), Ev("2025-09-02", "USA", "COL", 0)};
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].events, 2);
  EXPECT_DOUBLE_EQ(rows[0].index, 1.0);
}

TEST(RelationsTest, IsoWeekKeys) {
  EXPECT_EQ(PeriodKey(Day(2025, 9, 26), Granularity::kWeek), "2025-W39");
  EXPECT_EQ(PeriodKey(Day(2025, 9, 22), Granularity::kWeek), "2025-W39");  // Monday
  EXPECT_EQ(PeriodKey(Day(2025, 9, 28), Granularity::kWeek), "2025-W39");  // Sunday
  EXPECT_EQ(PeriodKey(Day(2025, 9, 29), Granularity::kWeek), "2025-W40");
  // Days of one year in the next year's week 1, and the reverse.
  EXPECT_EQ(PeriodKey(Day(2024, 12, 30), Granularity::kWeek), "2025-W01");
  EXPECT_EQ(PeriodKey(Day(2027, 1, 1), Granularity::kWeek), "2026-W53");
  EXPECT_EQ(PeriodKey(Day(2021, 1, 3), Granularity::kWeek), "2020-W53");
  EXPECT_EQ(PeriodKey(Day(2021, 1, 4), Granularity::kWeek), "2021-W01");
  EXPECT_EQ(PeriodKey(Day(2025, 9, 26), Granularity::kDay), "2025-09-26");
  EXPECT_EQ(PeriodKey(Day(2025, 9, 26), Granularity::kMonth), "2025-09");
}

TEST(RelationsTest, WeeksAcrossTheYearBoundary) {
  // Saturday 2024-12-28 is in 2024-W52; Monday 2025-01-06 starts 2025-W02.
  std::vector<StoredEvent> ev = {Ev("2024-12-28", "USA", "COL", 1), Ev("2025-01-06", "COL", "USA", 3)};
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kWeek);
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2024-W52", "2025-W01", "2025-W02"}));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].events, 1);
  EXPECT_EQ(rows[2].events + rows[3].events, 0);
  EXPECT_EQ(rows[5].events, 1);
}

TEST(RelationsTest, DaysAreZeroFilled) {
  std::vector<StoredEvent> ev = {Ev("2025-02-27", "USA", "COL", 1), Ev("2025-03-02", "USA", "COL", 1)};
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kDay);
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"}));
  EXPECT_EQ(rows[6].events, 1);
}

TEST(RelationsTest, MonthDatedEventsGoToTheirMonthOrItsFirstDay) {
  std::vector<StoredEvent> ev = {Ev("2025-09", "USA", "COL", 4), Ev("2025-09-10", "USA", "COL", 1)};
  auto months = ComputeRelations(ev, "USA", "COL", Granularity::kMonth);
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].events, 2);

  // 2025-09-01 is a Monday: week 36; the day-dated event is in week 37.
  auto weeks = ComputeRelations(ev, "USA", "COL", Granularity::kWeek);
  EXPECT_EQ(Periods(weeks), (std::vector<std::string>{"2025-W36", "2025-W37"}));
  EXPECT_EQ(weeks[0].quad[3], 1);
  EXPECT_EQ(weeks[2].quad[0], 1);

  auto days = ComputeRelations(ev, "USA", "COL", Granularity::kDay);
  ASSERT_EQ(days.size(), 20u);  // 2025-09-01 .. 2025-09-10
  EXPECT_EQ(days[0].period, "2025-09-01");
  EXPECT_EQ(days[0].quad[3], 1);
}

TEST(RelationsTest, YearOnlyAndUndatedEventsAreInNoPeriod) {
  std::vector<StoredEvent> ev = {Ev("2025-09-10", "USA", "COL", 1), Ev("2024", "USA", "COL", 4),
                                 Ev("", "COL", "USA", 4), Ev("2024", "USA", "VEN", 4)};
  RelationsNote note;
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth, {}, {}, &note);
  // The 2024 event neither counts nor stretches the range back to 2024.
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].events, 1);
  EXPECT_EQ(rows[1].events, 0);
  EXPECT_EQ(note.coarse, 2);  // the USA-VEN one is not of this dyad

  // Only coarse events: no range at all.
  rows = ComputeRelations({Ev("2024", "USA", "COL", 4)}, "USA", "COL", Granularity::kMonth, {}, {}, &note);
  EXPECT_TRUE(rows.empty());
  EXPECT_EQ(note.coarse, 1);
}

TEST(RelationsTest, FromAndToSetTheRange) {
  std::vector<StoredEvent> ev = {Ev("2024-12-31", "USA", "COL", 1), Ev("2025-02-10", "USA", "COL", 1),
                                 Ev("2025-05-01", "USA", "COL", 1)};
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth, "2025", "2025-04");
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2025-01", "2025-02", "2025-03", "2025-04"}));
  int total = 0;
  for (const RelationRow& r : rows) total += r.events;
  EXPECT_EQ(total, 1);

  // Only `from`: runs to the last event.
  rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth, "2025-03-15");
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2025-03", "2025-04", "2025-05"}));

  // Both bounds and no events: the empty periods are still there.
  rows = ComputeRelations({}, "USA", "COL", Granularity::kWeek, "2025-09-22", "2025-10-05");
  EXPECT_EQ(Periods(rows), (std::vector<std::string>{"2025-W39", "2025-W40"}));
  EXPECT_TRUE(ComputeRelations({}, "USA", "COL", Granularity::kMonth).empty());
  EXPECT_TRUE(ComputeRelations(ev, "USA", "COL", Granularity::kMonth, "2025-04", "2025-03").empty());
}

TEST(RelationsTest, FlagsNewLowsAndHighsAfterThreePeriods) {
  std::vector<StoredEvent> ev = {
      Ev("2025-01-05", "USA", "COL", 1),                                     // index 1
      Ev("2025-02-05", "USA", "COL", 1), Ev("2025-02-06", "USA", "COL", 3),  // 0: lowest, but too early
      Ev("2025-03-05", "USA", "COL", 1),                                     // 1
      Ev("2025-04-05", "USA", "COL", 2),                                     // 2: highest
      Ev("2025-05-05", "USA", "COL", 4),                                     // -2: lowest
      // June: no events, no flag.
      Ev("2025-07-05", "USA", "COL", 3),  // -1: within range
      Ev("2025-08-05", "USA", "COL", 4),  // -2: ties the low, not below it
      // The other direction keeps its own history: one period only.
      Ev("2025-03-01", "COL", "USA", 4),
  };
  auto rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth);
  EXPECT_EQ(Flags(rows, 0), (std::vector<std::string>{"", "", "", "highest on record", "lowest on record", "", "",
                                                       ""}));
  EXPECT_EQ(Flags(rows, 1), std::vector<std::string>(8, ""));

  // With `from` the history starts at the first period, and the flag says so.
  rows = ComputeRelations(ev, "USA", "COL", Granularity::kMonth, "2024-12");
  EXPECT_EQ(Flags(rows, 0), (std::vector<std::string>{"", "", "", "", "highest since 2024-12",
                                                       "lowest since 2024-12", "", "", ""}));
}

}  // namespace
}  // namespace dyad
