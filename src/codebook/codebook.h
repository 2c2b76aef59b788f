// The CAMEO codebook: which event codes exist, what they are called, their
// Goldstein weight and QuadClass; which three-letter groups may make up an
// actor code; and the CAMEO -> PLOVER mapping.
//
// All three are data (data/cameo/*.tsv, the shared PLOVER table) loaded once
// at start-up and then read-only, so one instance can be shared by all
// threads. Loading is strict: a malformed line is an error naming file:line,
// because a silently skipped code would surface much later as events that
// "cannot be coded" with no hint why.
#ifndef DYAD_CODEBOOK_CODEBOOK_H_
#define DYAD_CODEBOOK_CODEBOOK_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

// One CAMEO event code.
struct CodeInfo {
  std::string code;  // "172", leading zeros kept ("010")
  std::string name;  // our short name
  double goldstein = 0.0;
  int quad_class = 0;  // 1..4, from the root (Codebook::QuadClass)
  // True when the file gives no published weight and `goldstein` was taken
  // from the nearest ancestor code (1213 -> 121): the value is usable for
  // aggregation but is not a published fact.
  bool goldstein_inherited = false;
  int line = 0;  // line in the codebook file, for error messages and evidence
};

// Heterogeneous hashing so lookups by string_view do not allocate.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Codebook {
 public:
  // data/cameo/codebook.tsv in the configured data directory.
  static std::string DefaultPath();

  // Reads `path` (format: header of data/cameo/codebook.tsv). Every code must
  // have 2-4 digits, a root 01..20, and its parent listed before it; codes are
  // unique. On failure returns false and sets *error to "path:line: why".
  static bool Load(const std::string& path, Codebook* out, std::string* error);

  // nullptr when the code is not in the codebook.
  const CodeInfo* Find(std::string_view code) const;
  bool Valid(std::string_view code) const { return Find(code) != nullptr; }

  // QuadClass from the root, by the convention dyad uses (Phoenix/PETRARCH):
  // 01-05 verbal cooperation = 1, 06-08 material cooperation = 2,
  // 09-13 verbal conflict = 3, 14-20 material conflict = 4. 0 for a code
  // that does not start with a root 01..20. Needs no loaded codebook.
  // Note GDELT's variant (06-09, 10-14, 15-20) differs for roots 09 and 14.
  static int QuadClass(std::string_view code);

  // The first two digits ("17" for "1724"); "" for a code shorter than 2.
  static std::string_view Root(std::string_view code);

  // The code one level up: "1724" -> "172", "172" -> "17", "17" -> "".
  static std::string_view Parent(std::string_view code);

  // All codes in file order (roots precede their children).
  const std::vector<CodeInfo>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

 private:
  std::vector<CodeInfo> codes_;
  std::unordered_map<std::string, size_t, StringViewHash, std::equal_to<>> index_;
};

// What a three-letter actor-code group names; a group may be several (MAR is
// Morocco and the Maronite church), so they are kept as a bit set.
enum class ActorTypeKind : uint8_t {
  kRole = 0,       // GOV MIL COP ...
  kSector,         // BUS MED CVL ...
  kAttitude,       // MOD RAD
  kParty,          // PTY
  kInternational,  // IGO NGO IMG ...: may start a code
  kRegion,         // AFR MEA ...: may start a code
  kReligion,       // CHR MOS ...
  kGroup,          // UNO NAT AMN ...: named organisations
  kCountry,        // ISO 3166-1 alpha-3 and CAMEO's extras: may start a code
};

std::string_view ActorKindName(ActorTypeKind k);  // "role", "sector", ...

struct ActorTypeInfo {
  std::string code;
  ActorTypeKind kind = ActorTypeKind::kRole;
  std::string description;
  int line = 0;
};

class ActorTypes {
 public:
  // data/cameo/actor_types.tsv, and iso-codes' iso_3166-1.json.
  static std::string DefaultPath();
  static std::string DefaultIsoCountriesPath();

  // Reads data/cameo/actor_types.tsv. Errors name path:line.
  static bool Load(const std::string& path, ActorTypes* out, std::string* error);

  // Adds every "alpha_3" of iso-codes' iso_3166-1.json as a country. Kept
  // separate so tests and tools can validate without the Debian package.
  bool LoadIsoCountries(const std::string& path, std::string* error);
  void AddCountry(std::string_view code);

  // The entry of the tsv file (countries from iso-codes have none).
  const ActorTypeInfo* Find(std::string_view group) const;
  bool Is(std::string_view group, ActorTypeKind kind) const;
  bool IsCountry(std::string_view group) const { return Is(group, ActorTypeKind::kCountry); }

  // True for a sequence of three-letter upper-case groups whose first group
  // is a country, a region or an international prefix and whose other groups
  // are each known (any kind, or a country: "USAMIL", "IGOUNOKID",
  // "PSEGZA"). "" is not valid: callers treat an unknown actor separately.
  // When false and `why` is given, says which group is wrong.
  bool ValidActorCode(std::string_view code, std::string* why = nullptr) const;

  size_t size() const { return entries_.size(); }

 private:
  static int Slot(std::string_view group);  // 0..26^3-1, or -1
  std::vector<ActorTypeInfo> entries_;
  // Per three-letter group: bit set of ActorTypeKind, and the entries_ index + 1.
  // A flat table: validation is a handful of array reads, no hashing.
  std::vector<uint16_t> kinds_ = std::vector<uint16_t>(26 * 26 * 26, 0);
  std::vector<uint16_t> entry_ = std::vector<uint16_t>(26 * 26 * 26, 0);
};

// PLOVER (openeventdata/PLOVER CAMEO2PLOVER table) for a CAMEO code.
struct PloverInfo {
  std::string cameo;    // the CAMEO code of the table row that matched
  std::string event;    // "AGREE", "ASSAULT", ...
  std::string mode;     // "" when the table gives none
  std::string context;  // "" when none
  // Further PLOVER events the table lists for the same code, in table order:
  // the root 08 (yield) is split between CONCEDE and RETREAT, and its
  // 3-digit codes say which. The first row is `event`.
  std::vector<std::string> other_events;
};

class PloverTable {
 public:
  // Reads the shared cameo2plover_2021.tsv (header row; columns cameo_code,
  // plover_event, plover_mode, plover_context, cameo_description). The path
  // is the caller's: the table is CC BY-SA and is read, never copied, by dyad.
  // A code listed twice keeps its first row; a differing event of a later
  // row goes to other_events, an identical repeat (175) is ignored.
  static bool Load(const std::string& path, PloverTable* out, std::string* error);

  // The row for exactly this code, or nullptr.
  const PloverInfo* Find(std::string_view code) const;
  // The row for the code or its nearest listed ancestor ("0214" -> "021"),
  // or nullptr (01x and 02x statements have no PLOVER counterpart).
  const PloverInfo* Lookup(std::string_view code) const;

  size_t size() const { return rows_.size(); }

 private:
  std::unordered_map<std::string, PloverInfo, StringViewHash, std::equal_to<>> rows_;
};

}  // namespace dyad

#endif  // DYAD_CODEBOOK_CODEBOOK_H_
