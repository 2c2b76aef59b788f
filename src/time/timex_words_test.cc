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

}  // namespace
}  // namespace dyad
