// How relations between two countries move: per period and direction, the
// distinct events by QuadClass, their Goldstein sum and mean, one
// cooperation-conflict index, and a flag when a period breaks the range seen
// before it. Pure computation over events already read from the store, so it
// is tested without a database and reused by any front end.
//
//   std::vector<StoredEvent> events = ...;  // both directions, from Store::Events
//   RelationsNote note;
//   auto rows = ComputeRelations(events, "USA", "COL", Granularity::kMonth, "", "", &note);
//
// Periods. Day keys "2025-09-26"; ISO-8601 week keys "2025-W39" (weeks start
// on Monday and belong to the year of their Thursday, so 2024-12-30 is in
// "2025-W01"); month keys "2025-09". Every period from the first to the last
// event (or from `from` / to `to` when given) is present, empty ones with
// zeros, because a chart or a reader comparing periods must see silence as
// silence rather than as a gap that joins two distant points.
//
// Dates coarser than a day. A month-dated event ("in mid-September") counts
// in its month; for weeks and days it is placed on the month's first day.
// That is a placement convention, not a claim that it happened on the 1st:
// the alternative, dropping it, would hide events news reports only by month,
// and spreading it over the month's weeks would invent fractional events.
// (`dyad summary` places coarse dates the same way: first period possible.)
// A year-only or undated event is in no period at any granularity offered
// here: putting it in January would pile a year's vague reports on one month
// and fake a spike. It is counted in RelationsNote::coarse instead, so the
// caller can say how much it left out.
//
// The index. index = (q1 + 2*q2 - q3 - 2*q4) / max(1, events), where qN is the
// number of events of QuadClass N (1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict); it lies in [-2, 2],
// and is 0 for a period without events. It is a net-cooperation score in
// the spirit of the Goldstein-weighted "cooperation minus conflict" series
// common in event-data research, but weighted by QuadClass instead of by
// each code's Goldstein value: deeds count twice words, cooperation adds and
// conflict subtracts. Why not the Goldstein mean (which every row also
// carries)? The Goldstein scale weights individual codes by an expert panel,
// several dyad codes only inherit their parent's weight, and one miscoded
// leaf (a "threaten" read as "attack") moves the mean far more than it moves
// the QuadClass. The QuadClass index depends only on the root, which coders
// get right far more often, and its four terms are readable off the row.
// Events with no QuadClass (0) count in `events` and add nothing.
//
// Flags. For a period with events, compared with the earlier periods of the
// same direction that had events: once there are at least 3 of them, an index
// strictly below all of theirs is flagged "lowest ...", strictly above all
// "highest ...". The suffix is "on record" when the range started at the
// first stored event (no `from`), or "since <first period>" when `from` cut
// the history, because events before `from` were never compared. Periods
// without events are never flagged: their 0 is an absence, not a value.
#ifndef DYAD_ANALYTICS_RELATIONS_H_
#define DYAD_ANALYTICS_RELATIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace dyad {

enum class Granularity { kDay, kWeek, kMonth };

// "day", "week", "month"; ParseGranularity accepts the same names.
std::string_view GranularityName(Granularity g);
bool ParseGranularity(std::string_view name, Granularity* g);

// The key of the period holding day number `day` (days since 1970-01-01).
std::string PeriodKey(int32_t day, Granularity g);

struct RelationRow {
  std::string period;          // "2025-09", "2025-W39", "2025-09-26"
  std::string source, target;  // the country codes of the direction (a, b or b, a)
  int events = 0;
  int quad[4] = {0, 0, 0, 0};  // events of QuadClass 1..4 (quad[0] is QuadClass 1)
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 without events
  double index = 0;           // see the header comment; 0 without events
  std::string flag;           // "", "lowest on record", "highest since 2025-03", ...
};

// What ComputeRelations left out of every period.
struct RelationsNote {
  int coarse = 0;  // events of the dyad dated only to a year, or undated
};

// Rows for every period in range, in period order, and within a period the
// direction a->b before b->a. An event belongs to a->b when the first three
// letters of its source are `a` and of its target `b` (the store's dyad rule);
// events of other dyads are ignored, so `events` may hold more than the dyad.
// `from` / `to` are inclusive ISO prefixes ("2025", "2025-09", "2025-09-15");
// an event placed (see above) outside them is left out, and an empty or
// unparseable bound means no bound (callers validate user input first).
// Without events and without both bounds there is no range: returns {}.
// `events` are distinct events: each counts once.
std::vector<RelationRow> ComputeRelations(const std::vector<StoredEvent>& events, std::string_view a,
                                          std::string_view b, Granularity g, std::string_view from = {},
                                          std::string_view to = {}, RelationsNote* note = nullptr);

}  // namespace dyad

#endif  // DYAD_ANALYTICS_RELATIONS_H_
