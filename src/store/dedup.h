// When two event mentions report the same real-world event.
//
// A sentence-level coder counts reports: one visa revocation told by two
// articles (and twice in one of them) is three mentions of one event. Two
// mentions are the same event when all of these hold:
//   * the same source and target countries (first three letters of the
//     actor codes: "USAGOV" and "USA" are both the United States);
//   * compatible codes: the same three-digit code family ("172" and "1721");
//   * date windows that overlap. A mention dated by its own words ("on
//     Friday", "in mid-September") covers that day, month or year; a mention
//     with no date words took the publication date only as a default, and
//     covers the fortnight before publication ("the State Department revoked
//     Petro's visa" in a story of Oct. 5 happened some time before); a
//     mention dated by a distance from another time ("a week after")
//     covers two days either side of the day counted;
//   * matching triggers: the content words of the matched verb phrase and of
//     the clause's object, stemmed ("revoke Petro's visa" and "revoked
//     Petro's visa" are {revok, visa}), are equal, or the smaller set has at
//     least two words and lies inside the larger. One shared verb is not
//     enough: "accused the US of meddling" and "accused the U.S. of murder"
//     are two accusations, and a bare "condemned" merges only reports that
//     carry their own, overlapping dates.
// One more rule overrides the triggers: two mentions that each date the act
// to the same single day by their own words, with the same dyad and the same
// full code, are one event whatever their wording (an English and a Spanish
// report of one revocation share no stemmed word).
// The rules are data-free and symmetric, so the decision for a pair does not
// depend on the order articles arrive in.
#ifndef DYAD_STORE_DEDUP_H_
#define DYAD_STORE_DEDUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// The fields of a mention (or of an event's anchor mention) merging looks at.
struct MergeKey {
  std::string source_country, target_country;
  std::string code;
  int32_t from = 0, to = 0;  // date window, day numbers, inclusive
  bool vague = false;        // dated only by the publication date
  std::vector<std::string> signature;  // sorted stemmed content words of the trigger
};

// Builds the key. `date` and `published` are ISO dates at any precision;
// `date_text` is empty when the date came from no words of the article.
MergeKey MakeMergeKey(std::string_view source, std::string_view target, std::string_view code,
                      std::string_view date, std::string_view date_text, std::string_view published,
                      std::string_view verb_text);

// Stemmed content words of a trigger phrase, sorted and unique. Capitalised
// words (names) are left out: actors are compared by code, not by wording.
std::vector<std::string> TriggerSignature(std::string_view verb_text);

// True if `m` reports the same event as `e`; *why says which rules matched
// (or the first that failed).
bool SameEvent(const MergeKey& e, const MergeKey& m, std::string* why);

std::string JoinSignature(const std::vector<std::string>& sig);
std::vector<std::string> SplitSignature(std::string_view s);

// How many days before publication an undated mention may have happened.
inline constexpr int32_t kVagueWindowDays = 14;
// Days each way a date counted from another event's is taken to cover
// ("a week after" X: X may have been six or eight days before).
inline constexpr int32_t kShiftWindowDays = 2;

// Whether a mention's date words count from another time ("a week after",
// "two days before", "una semana después de (que)").
bool IsShiftText(std::string_view date_text);

}  // namespace dyad

#endif  // DYAD_STORE_DEDUP_H_
