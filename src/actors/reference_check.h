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
struct ReferenceTerm {
  std::string country;  // the reference's 3-letter code ("KEN")
  std::string country_name;
  std::string role;     // "Presidents", "Prime ministers", ...
  std::string name;     // as written there: capitals, maybe "SURNAME, Given"
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
// that day (KENGOV, KENGOVxxx). Conflict: a person entry matches but codes
// something else that day, or nothing (its dates miss the term). Missing: no
// person entry has the name in any form.
ReferenceSummary CheckReference(const ActorDictionary& dict, const std::vector<ReferenceTerm>& terms, int32_t from,
                                int32_t to);

}  // namespace dyad

#endif  // DYAD_ACTORS_REFERENCE_CHECK_H_
