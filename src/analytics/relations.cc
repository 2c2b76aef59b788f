#include "analytics/relations.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "model/date.h"

namespace dyad {

namespace {

// 0 = Monday ... 6 = Sunday; 1970-01-01 (day 0) was a Thursday.
int Weekday(int32_t day) { return static_cast<int>(((day % 7 + 7) % 7 + 3) % 7); }

// Months since year 0, so that consecutive months differ by one.
int MonthNumber(int32_t day) {
  Date d = Date::FromDayNumber(day);
  return d.year * 12 + (d.month - 1);
}

// The first day of the period holding `day`.
int32_t PeriodStart(int32_t day, Granularity g) {
  switch (g) {
    case Granularity::kDay: return day;
    case Granularity::kWeek: return day - Weekday(day);
    case Granularity::kMonth: {
      Date d = Date::FromDayNumber(day);
      return Date::Day(d.year, d.month, 1).first_day();
    }
  }
  return day;
}

int32_t NextPeriodStart(int32_t start, Granularity g) {
  switch (g) {
    case Granularity::kDay: return start + 1;
    case Granularity::kWeek: return start + 7;
    case Granularity::kMonth: {
      Date d = Date::FromDayNumber(start);
      return d.month == 12 ? Date::Day(d.year + 1, 1, 1).first_day() : Date::Day(d.year, d.month + 1, 1).first_day();
    }
  }
  return start + 1;
}

// Index of the period holding `day` counted from the period holding `first`.
size_t PeriodIndex(int32_t day, int32_t first, Granularity g) {
  switch (g) {
    case Granularity::kDay: return static_cast<size_t>(day - first);
    case Granularity::kWeek: return static_cast<size_t>((PeriodStart(day, g) - PeriodStart(first, g)) / 7);
    case Granularity::kMonth: return static_cast<size_t>(MonthNumber(day) - MonthNumber(first));
  }
  return 0;
}

// The store's dyad rule: the first three letters of the actor code.
bool CountryIs(const std::string& code, std::string_view country) {
  return !country.empty() && std::string_view(code).substr(0, 3) == country;
}

// Rounds for output stability: sums of one-decimal weights pick up binary
// noise (0.30000000000000004), and -0.0 would print as "-0".
double Round(double x, double scale) { return std::round(x * scale) / scale + 0.0; }

// Flags each direction's periods that go beyond all earlier ones (see the
// header): rows hold the periods of both directions interleaved.
void FlagExtremes(std::vector<RelationRow>* rows, const std::string& suffix) {
  for (size_t dir = 0; dir < 2; ++dir) {
    int seen = 0;
    double lo = 0, hi = 0;
    for (size_t i = dir; i < rows->size(); i += 2) {
      RelationRow& r = (*rows)[i];
      if (r.events == 0) continue;
      if (seen >= 3) {
        if (r.index < lo) r.flag = "lowest " + suffix;
        if (r.index > hi) r.flag = "highest " + suffix;
      }
      lo = seen ? std::min(lo, r.index) : r.index;
      hi = seen ? std::max(hi, r.index) : r.index;
      ++seen;
    }
  }
}

}  // namespace

std::string_view GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
  }
  return "";
}

bool ParseGranularity(std::string_view name, Granularity* g) {
  for (Granularity c : {Granularity::kDay, Granularity::kWeek, Granularity::kMonth}) {
    if (name == GranularityName(c)) {
      *g = c;
      return true;
    }
  }
  return false;
}

std::string PeriodKey(int32_t day, Granularity g) {
  Date d = Date::FromDayNumber(day);
  char buf[32];  // room for any int year, which keeps -Wformat-truncation quiet
  switch (g) {
    case Granularity::kDay: return d.str();
    case Granularity::kMonth: return d.Truncate(Precision::kMonth).str();
    case Granularity::kWeek: {
      // ISO 8601: the week belongs to the year of its Thursday, and week 1
      // is the one holding that year's first Thursday.
      int32_t thursday = PeriodStart(day, g) + 3;
      int year = Date::FromDayNumber(thursday).year;
      int week = (thursday - Date::Day(year, 1, 1).first_day()) / 7 + 1;
      std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
      return buf;
    }
  }
  return {};
}

std::vector<RelationRow> ComputeRelations(const std::vector<StoredEvent>& events, std::string_view a,
                                          std::string_view b, Granularity g, std::string_view from,
                                          std::string_view to, RelationsNote* note) {
  RelationsNote local;
  if (!note) note = &local;
  *note = {};

  // Each event of the dyad with the day it is placed on (first day of its
  // month for a month-dated event) and its direction.
  struct Placed {
    int32_t day;
    int dir;  // 0: a->b, 1: b->a
    const StoredEvent* event;
  };
  std::vector<Placed> placed;
  for (const StoredEvent& e : events) {
    int dir;
    if (CountryIs(e.source, a) && CountryIs(e.target, b)) {
      dir = 0;
    } else if (CountryIs(e.source, b) && CountryIs(e.target, a)) {
      dir = 1;
    } else {
      continue;
    }
    std::optional<Date> d = Date::Parse(e.date);
    if (!d || d->precision < Precision::kMonth) {
      ++note->coarse;
      continue;
    }
    placed.push_back({d->first_day(), dir, &e});
  }

  std::optional<int32_t> lo, hi;
  if (auto d = Date::Parse(from)) lo = d->first_day();
  if (auto d = Date::Parse(to)) hi = d->last_day();
  std::erase_if(placed, [&](const Placed& p) { return (lo && p.day < *lo) || (hi && p.day > *hi); });
  if (placed.empty() && !(lo && hi)) return {};
  int32_t first = lo ? *lo : std::min_element(placed.begin(), placed.end(), [](auto& x, auto& y) {
                                return x.day < y.day;
                              })->day;
  int32_t last = hi ? *hi : std::max_element(placed.begin(), placed.end(), [](auto& x, auto& y) {
                               return x.day < y.day;
                             })->day;
  if (first > last) return {};

  std::vector<RelationRow> rows;
  for (int32_t s = PeriodStart(first, g); s <= last; s = NextPeriodStart(s, g)) {
    std::string key = PeriodKey(s, g);
    for (int dir = 0; dir < 2; ++dir) {
      RelationRow r;
      r.period = key;
      r.source = std::string(dir == 0 ? a : b);
      r.target = std::string(dir == 0 ? b : a);
      rows.push_back(std::move(r));
    }
  }

  for (const Placed& p : placed) {
    RelationRow& r = rows[2 * PeriodIndex(p.day, first, g) + p.dir];
    ++r.events;
    int q = p.event->quad_class;
    if (q >= 1 && q <= 4) ++r.quad[q - 1];
    r.goldstein_sum += p.event->goldstein;
  }
  for (RelationRow& r : rows) {
    if (r.events == 0) continue;
    int net = r.quad[0] + 2 * r.quad[1] - r.quad[2] - 2 * r.quad[3];
    r.index = Round(static_cast<double>(net) / r.events, 1e6);
    r.goldstein_sum = Round(r.goldstein_sum, 1e6);
    r.goldstein_mean = Round(r.goldstein_sum / r.events, 1e6);
  }
  FlagExtremes(&rows, lo ? "since " + rows.front().period : std::string("on record"));
  return rows;
}

}  // namespace dyad
