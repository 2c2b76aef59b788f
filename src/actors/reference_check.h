// Checks our person entries against a reference list of heads of state and
// government (../shared/reference/world_leaders_countryinfo.tsv): for each
// reference term, what the person's name codes in our dictionaries on a day
// inside the term. Issue 3 allows the reference to *check* our entries, never
// to be copied into data/; this only reads it and reports.
#ifndef DYAD_ACTORS_REFERENCE_CHECK_H_
#define DYAD_ACTORS_REFERENCE_CHECK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"

namespace dyad {

// One term of one head of state or government, as the reference gives it.
// The offices checked: heads of state and government (the `leaders`
// section), and from the `government` section (the CIA World Leaders
// snapshots, 2003-2011) the foreign, defence, interior and finance ministers
// and the permanent representative to the UN in New York (issue 3).
enum class Office : uint8_t { kHeads, kForeign, kDefence, kInterior, kFinance, kUn };
inline constexpr Office kAllOffices[] = {Office::kHeads,    Office::kForeign, Office::kDefence,
                                         Office::kInterior, Office::kFinance, Office::kUn};
std::string_view OfficeName(Office office);  // "heads", "foreign", ... as --office spells it
bool ParseOffice(std::string_view name, Office* office);

struct ReferenceTerm {
  std::string country;  // the reference's 3-letter code ("KEN")
  std::string country_name;
  std::string role;     // "Presidents", "Prime ministers", "Minister of Defense", ...
  std::string name;     // as written there: capitals, maybe "SURNAME, Given"
  std::vector<std::string> alt_names;  // government rows' other spellings
  Office office = Office::kHeads;
  int32_t from = 0;     // day numbers (Date::first_day)
  int32_t to = 0;       // an open term: see ParseReferenceLeaders
  bool open = false;    // no end date: in office when the list was last updated
};

// Reads the TSV's `leaders` section and keeps heads of state and government:
// rows whose role is a governor, administrator, commissioner, deputy or other
// office under a head are dropped (IsHeadRole). Rows without a start date are
// dropped too: no day inside the term can be chosen. Duplicate rows (same
// country, name and start under two role spellings) count once.
std::vector<ReferenceTerm> ParseReferenceLeaders(std::string_view tsv);
bool IsHeadRole(std::string_view role);

// How strongly a `government` title names `office`: 2 for a cabinet
// minister ("Minister of Economy and Finance", "Minister for Home Affairs",
// "Secretary of National Defense", "Permanent Representative to the UN, New
// York" and its acting holder), 1 for "Secretary of State for X" (the cabinet
// post in Britain, a junior one in France or Portugal: ParseReferenceOffice
// keeps it only where a country lists no minister of that office), 0 for none
// (a deputy, a minister of state, "Minister of Foreign Trade", "Minister for
// Defense Science"). A title holding several posts joined by " & " names
// the office if one post does. The office must be one of the title's
// subjects ("Interior and Justice", "Economy, Finance, and Budget").
int OfficeTitleLevel(std::string_view title, Office office);

// The terms of one office: ParseReferenceLeaders for kHeads, else the
// `government` rows whose title names the office (OfficeTitleLevel). These
// rows come from monthly snapshots: a start is the first month a holder was
// listed and an end the last. A row with no start (in office when coding
// began) starts on 2003-01-01. An open row (listed at the last update, which
// was each country's own and maybe years stale) ends the day before the next
// holder of the office in that country starts, or 180 days after its own
// start, whichever is first: the day asked is then at most three months after
// the start, when the holder was surely in office, never a guess half-way to
// 2026. Impossible days ("2004-09-31") are read as their month's end.
std::vector<ReferenceTerm> ParseReferenceOffice(std::string_view tsv, Office office);

// The forms of a reference name we look up, in order: the name lower-cased
// with accents folded; "SURNAME, Given" turned round; with leading titles
// ("SHEIKH", "GEN.") and bracketed parts removed; and as a last resort its
// first and last word ("fernando da piedade dias dos santos" -> "fernando
// santos"). A dictionary name is compared in the same folded form.
std::vector<std::string> ReferenceNameForms(std::string_view name);
// Lower case, accents folded to ASCII (Latin-1 and Latin Extended-A letters),
// runs of blanks, dots and hyphens made one blank.
std::string FoldName(std::string_view name);

struct ReferenceResult {
  enum class Kind : uint8_t { kRight, kConflict, kMissing };
  const ReferenceTerm* term = nullptr;
  Kind kind = Kind::kMissing;
  int32_t day = 0;           // the mid-term day asked about
  std::string code;          // what our entry codes that day ("" = nothing)
  const ActorEntry* entry = nullptr;  // the entry that matched, if any
  std::string form;          // the name form that matched
};

struct ReferenceSummary {
  std::vector<ReferenceResult> results;  // sorted by country, then start
  size_t right = 0, conflict = 0, missing = 0;
  double coverage() const { return results.empty() ? 0 : double(right) / double(results.size()); }
};

// Checks every term overlapping [from, to] on the middle day of that overlap.
// Right: some matched person entry codes the term's country with a GOV role
// that day (KENGOV, KENGOVxxx), or, for a defence minister, MIL (KENMIL): a
// serving officer holding the ministry is coded as the military, as CAMEO
// codes a general in a cabinet post (the reference itself writes such
// ministers GOVMIL). A UN ambassador is right as GOV: CAMEO codes a state's
// diplomats as its government, IGO codes being for the organisation's own
// staff. Names are looked up in the term's name forms, then its alternative
// names'. Conflict: a person entry matches but codes
// something else that day, or nothing (its dates miss the term). Missing: no
// person entry has the name in any form.
ReferenceSummary CheckReference(const ActorDictionary& dict, const std::vector<ReferenceTerm>& terms, int32_t from,
                                int32_t to);

}  // namespace dyad

#endif  // DYAD_ACTORS_REFERENCE_CHECK_H_
