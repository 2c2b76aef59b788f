// Actor dictionary entries and the reader of our text format
// (docs/dictionary-format.md).
//
// An entry is a set of names and the codes they carry over time. Entries come
// from our files, from Debian's iso-codes (country names), or from importers of
// other coders' dictionaries; all end up as the same ActorEntry, and every
// entry remembers the file and line it came from so that evidence can cite it.
#ifndef DYAD_ACTORS_DICTIONARY_H_
#define DYAD_ACTORS_DICTIONARY_H_

#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.h"
#include "model/doc.h"

namespace dyad {

// kTown: a town or city that is no capital (data/actors/towns.txt), a place
// whose code is its country's; like kPlace it never makes an article's main
// country (ActorMatcher), which regions (kPlace) still may.
enum class ActorKind : uint8_t {
  kUnknown, kCountry, kCapital, kPerson, kOrganization, kIgo, kGroup, kPlace, kTown, kAgency, kAgent
};
std::string_view ActorKindName(ActorKind k);
bool ParseActorKind(std::string_view s, ActorKind* out);

// A code valid over a range of days (inclusive), as day numbers (Date::first_day).
struct CodePeriod {
  std::string code;          // "COLGOV", or for agents "~GOV"
  int32_t from = INT32_MIN;
  int32_t to = INT32_MAX;
  uint32_t line = 0;         // line of the code in its file
  // Further actors the same name stands for over the same days: a peer's
  // `[ELR/GAL]` ("Lorien" is both ELR and GAL) gives one mention per code.
  std::vector<std::string> also;
  bool contains(int32_t day) const { return day >= from && day <= to; }
};

struct ActorEntry {
  std::string file;          // as cited in evidence: "actors/people/americas.txt"
  uint32_t line = 0;         // line of the entry's first name
  std::vector<std::string> names;  // names[0] is the canonical name
  std::vector<CodePeriod> codes;
  // Indices into `names` of names whose last word is a stem: it also
  // matches a longer word it begins ("kuwait" matches "Kuwaiti"), as a
  // TABARI name without a final `_` does.
  std::vector<uint32_t> stem_names;
  // TABARI names of two words or more: (index into `names`, bit k set when
  // words k and k+1 were joined by a blank, not `_`). TABARI lets other
  // words stand in a blank ("PRINCE DOL_AMROTH" is "the Prince of
  // Dol_Amroth") and reads a `_` in the text as the `_` of a name. Empty for
  // our dictionaries and PETRARCH's, whose names match word for word.
  std::vector<std::pair<uint32_t, uint32_t>> tabari_joins;
  ActorKind kind = ActorKind::kUnknown;
  // Agents only.
  bool anaphor = false;          // "the government": refers back to an earlier actor when no country is in the phrase
  // A private person ("a man", "shopkeepers", `placed` in agents.txt): a
  // civilian of the place or article the sentence names, and no actor at
  // all where neither names a country: "four men were charged" tells of no
  // one a political event is about.
  bool placed = false;
  // A rank written before a person's name ("el general Juan Pérez", `named`
  // in agents.txt): an agent only there, right after an article, a comma or
  // the sentence start and before a capitalised word. Bare, the word is
  // mostly something else ("en general", "el capitán del equipo").
  bool named = false;
  // A group named by whom it follows ("supporters of X", "X's supporters",
  // "los partidarios del general X", `owned` in agents.txt): an agent only
  // with its owner in its phrase, whose country (not whose code) it takes:
  // the followers are not X. Bare ("supporters of the plan") it is no one.
  bool owned = false;
  // A firm's workers by their trade ("pilots", "machinists", `employed` in
  // agents.txt): an agent only with a firm named by its own name in its
  // phrase ("Korean Air pilots", "pilots at Korean Air"), the firm's
  // country's workers (LAB). Bare ("Russian pilots bombed the town") the
  // word is no one: pilots in war news fly for an air force.
  bool employed = false;
  // (The rules and the pronoun follow the agents' flags, ahead of the
  // strings: the eight one-byte members from `kind` on fill one 8-byte
  // slot, where `kind` and the flags each left seven bytes of padding.)
  // Whose rules the entry follows: ours, or those of the peer dictionary it
  // was read from (dict/peer.h), which differ in how agents combine.
  //   TABARI: an agent with no actor in its phrase keeps its own code
  //   ("~REB"); an agent right before an actor takes it ("rights
  //   activists Gondor"); a prefix role (`NGM~`) goes before the country.
  //   PETRARCH: prefix roles likewise; an agent before a coordinated list
  //   ("ambassadors of A, B and C") is the agent of every member.
  enum class Rules : uint8_t { kOurs, kTabari, kPetrarch };
  Rules rules = Rules::kOurs;

  // Persons only: the pronoun news uses for them (`pronoun she` / `pronoun
  // he` in the entry, docs/dictionary-format.md), so that a "she" is not
  // read back to a man named last nor a "he" to a woman. Unknown for an
  // entry that does not say: either pronoun may then stand for it.
  enum class Pronoun : uint8_t { kUnknown, kHe, kShe };
  Pronoun pronoun = Pronoun::kUnknown;
  // How well a person of pronoun `p` fits a "she" (`she`) or a "he": 0 the
  // other sex, 2 a woman for "she", else 1. Women are marked throughout our
  // person files and men only in part, so an unmarked person is more
  // likely a man: a "she" prefers a woman named before to a nearer unmarked
  // person, while a "he" treats marked and unmarked men alike.
  static int PronounFit(bool she, Pronoun p) {
    if (p == Pronoun::kUnknown) return 1;
    if (she) return p == Pronoun::kShe ? 2 : 0;
    return p == Pronoun::kShe ? 0 : 1;
  }

  std::string lang;          // "" = any language
  std::string default_country;   // used when no country is found at all ("administration" -> USA)
  // A place name two countries share (`shared=LBN` on the code line:
  // "Tripoli" is Libya's capital and a city of Lebanon): the place of that
  // second country, a town there (its bare country code, `shared->code`),
  // when the sentence names that country and not the entry's own, or,
  // the sentence naming neither, the article does (ActorMatcher). Alone,
  // the entry's own code stands. Null: no second country.
  // Held by pointer (stop 35, h-speed22): two entries of 10,647 have one,
  // and a whole CodePeriod in every entry made ActorEntry 72 bytes larger
  // (224 -> 296); the pointer is 16, and the period it points to stays
  // where it is when the entries' vector moves them (the matcher keeps
  // `&*shared` in a Raw, as it keeps `&codes[k]`). The matcher's test of
  // an entry is a null test instead of a string's size.
  std::shared_ptr<const CodePeriod> shared;

  bool is_agent() const { return kind == ActorKind::kAgent; }
  // The code valid on `day`; nullptr if none (the entry does not apply then).
  // With an invalid date (day == INT32_MIN) the latest period not in an
  // ELI role applies (the office, not the time around it), else the latest.
  const CodePeriod* CodeAt(int32_t day) const;
  // The code on `day` given a title's role (actors/titles.h): a 3-letter
  // role ("GOV", "ELI") or a whole code ("IGOWSTNAT"). When exactly one
  // period holds on the day the date decides; otherwise (unknown date, or
  // overlapping periods) the latest open period with that role wins; with
  // none, CodeAt(day). A title never invents a code. `use` says which.
  const CodePeriod* CodeFor(int32_t day, std::string_view role, TitleUse* use) const;
  std::string ref() const;   // "file:line name" for evidence
  // Where ref() comes from, for ActorMention::entry_from: the same text
  // once EntryText() builds it.
  ActorMention::EntryRef where() const { return {&file, names.empty() ? nullptr : &names[0], line}; }
};

struct DictProblem {
  std::string file;
  uint32_t line = 0;
  std::string message;
  bool error = true;  // false: a warning (lint reports it, loading goes on)
  std::string str() const;  // "file:line: error: message"
};

class FileBytes;
class CacheWriter;
class CacheReader;
// The first step of every dictionary loader: reads `path` into `text`, or
// records "cannot read PATH" as an error against `display` and returns false.
bool ReadDictFile(const std::string& path, const std::string& display, FileBytes* text,
                  std::vector<DictProblem>* problems);

// Parses a date bound "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `end` selects the last
// day of a year or month instead of the first. Returns false if malformed.
bool ParseDateBound(std::string_view s, bool end, int32_t* day);

class ActorDictionary {
 public:
  // Reads one file in our format. `display` is the name cited in evidence.
  // Problems are appended; entries with errors are skipped, the rest load.
  // Returns false only if the file cannot be read.
  bool LoadFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems);
  // Same, from memory (tests, stdin).
  void LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);

  void Add(ActorEntry e) { entries_.push_back(std::move(e)); }
  const std::vector<ActorEntry>& entries() const { return entries_; }
  std::vector<ActorEntry>& mutable_entries() { return entries_; }

  // The compiled dictionary cache (engine/dict_cache.h): every entry with
  // every member of ActorEntry and CodePeriod, in order. Keep Save and
  // Restore in step with those structs and raise kCacheLayout when either
  // changes (dict_cache_test checks the structs' sizes to catch a member
  // added without it). Restore replaces the entries; false (and the reader
  // failed) on malformed data.
  static constexpr uint32_t kCacheLayout = 7;  // 2: ActorEntry::placed, 3: ActorEntry::named, 4: ActorEntry::owned,
                                               // 5: ActorEntry::pronoun, 6: ActorEntry::employed, 7: ActorEntry::shared
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);

  // The pronoun of the entry a mention names (ActorMention::entry_from,
  // which points at that entry's own strings); kUnknown for an entry of
  // another dictionary or none. Constant time: pronouns are resolved often.
  ActorEntry::Pronoun PronounOf(const ActorMention::EntryRef& e) const;

 private:
  std::vector<ActorEntry> entries_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_DICTIONARY_H_
