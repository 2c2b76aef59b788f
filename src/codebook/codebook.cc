#include "codebook/codebook.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "config/paths.h"
#include "model/read_file.h"

namespace dyad {
namespace {

// Splits on tabs, keeping empty fields (a blank Goldstein column is meaningful).
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Reads a whole file and hands each line (CR stripped) with its number to
// `fn`, which returns "" to continue or an error message to stop.
template <typename Fn>
bool ForEachLine(const std::string& path, std::string* error, Fn fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open";
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string why = fn(std::string_view(line), number);
    if (!why.empty()) {
      *error = path + ":" + std::to_string(number) + ": " + why;
      return false;
    }
  }
  return true;
}

bool IsCommentOrBlank(std::string_view line) {
  return line.empty() || line[0] == '#';
}

}  // namespace

// ----------------------------------------------------------------- Codebook

std::string Codebook::DefaultPath() { return std::string(dyad::DefaultDataDir()) + "/cameo/codebook.tsv"; }

std::string_view Codebook::Root(std::string_view code) {
  return code.size() < 2 ? std::string_view() : code.substr(0, 2);
}

std::string_view Codebook::Parent(std::string_view code) {
  return code.size() <= 2 ? std::string_view() : code.substr(0, code.size() - 1);
}

int Codebook::QuadClass(std::string_view code) {
  if (code.size() < 2 || !AllDigits(code.substr(0, 2))) return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

const CodeInfo* Codebook::Find(std::string_view code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

bool Codebook::Load(const std::string& path, Codebook* out, std::string* error) {
  Codebook book;
  bool header_seen = false;
  bool ok = ForEachLine(path, error, [&](std::string_view line, int number) -> std::string {
    if (IsCommentOrBlank(line)) return "";
    auto cols = SplitTabs(line);
    if (!header_seen) {
      header_seen = true;
      if (line == "code\tgoldstein\tname") return "";
    }
    if (cols.size() != 3) return "expected 3 tab-separated columns (code, goldstein, name), got " + std::to_string(cols.size());
    CodeInfo info;
    info.line = number;
    std::string_view code = cols[0];
    if (code.size() < 2 || code.size() > 4 || !AllDigits(code)) return "bad code '" + std::string(code) + "': want 2-4 digits";
    info.quad_class = QuadClass(code);
    if (info.quad_class == 0) return "code '" + std::string(code) + "' has no root 01..20";
    if (book.index_.count(code)) return "duplicate code " + std::string(code);
    const CodeInfo* parent = nullptr;
    if (code.size() > 2) {
      parent = book.Find(Parent(code));
      // Requiring the parent first keeps the file readable as an outline and
      // lets a blank weight be resolved in one pass.
      if (parent == nullptr) return "code " + std::string(code) + " before its parent " + std::string(Parent(code));
    }
    std::string_view g = cols[1];
    if (g.empty()) {
      if (parent == nullptr) return "root " + std::string(code) + " needs a Goldstein weight";
      info.goldstein = parent->goldstein;
      info.goldstein_inherited = true;
    } else {
      auto [end, ec] = std::from_chars(g.data(), g.data() + g.size(), info.goldstein);
      if (ec != std::errc() || end != g.data() + g.size() || !std::isfinite(info.goldstein))
        return "bad Goldstein weight '" + std::string(g) + "'";
      if (info.goldstein < -10.0 || info.goldstein > 10.0) return "Goldstein weight " + std::string(g) + " outside -10..10";
    }
    if (cols[2].empty()) return "code " + std::string(code) + " has no name";
    info.code = std::string(code);
    info.name = std::string(cols[2]);
    book.index_.emplace(info.code, book.codes_.size());
    book.codes_.push_back(std::move(info));
    return "";
  });
  if (!ok) return false;
  if (book.codes_.empty()) {
    *error = path + ": no codes";
    return false;
  }
  *out = std::move(book);
  return true;
}

// --------------------------------------------------------------- ActorTypes

namespace {

struct KindName {
  ActorTypeKind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {ActorTypeKind::kRole, "role"},         {ActorTypeKind::kSector, "sector"},
    {ActorTypeKind::kAttitude, "attitude"}, {ActorTypeKind::kParty, "party"},
    {ActorTypeKind::kInternational, "international"}, {ActorTypeKind::kRegion, "region"},
    {ActorTypeKind::kReligion, "religion"}, {ActorTypeKind::kGroup, "group"},
    {ActorTypeKind::kCountry, "country"},
};

constexpr uint16_t Bit(ActorTypeKind k) { return static_cast<uint16_t>(1u << static_cast<unsigned>(k)); }

// The kinds that may open an actor code: who the actor belongs to.
constexpr uint16_t kFirstGroupKinds = Bit(ActorTypeKind::kCountry) | Bit(ActorTypeKind::kRegion) | Bit(ActorTypeKind::kInternational);

}  // namespace

std::string_view ActorKindName(ActorTypeKind k) {
  for (const auto& kn : kKindNames)
    if (kn.kind == k) return kn.name;
  return "?";
}

std::string ActorTypes::DefaultPath() { return std::string(dyad::DefaultDataDir()) + "/cameo/actor_types.tsv"; }
std::string ActorTypes::DefaultIsoCountriesPath() {
  return std::string(dyad::DefaultIsoCodesDir()) + "/iso_3166-1.json";
}

int ActorTypes::Slot(std::string_view g) {
  if (g.size() != 3) return -1;
  int slot = 0;
  for (char c : g) {
    if (c < 'A' || c > 'Z') return -1;
    slot = slot * 26 + (c - 'A');
  }
  return slot;
}

bool ActorTypes::Load(const std::string& path, ActorTypes* out, std::string* error) {
  ActorTypes types;
  bool header_seen = false;
  bool ok = ForEachLine(path, error, [&](std::string_view line, int number) -> std::string {
    if (IsCommentOrBlank(line)) return "";
    if (!header_seen) {
      header_seen = true;
      if (line == "code\tkind\tdescription") return "";
    }
    auto cols = SplitTabs(line);
    if (cols.size() != 3) return "expected 3 tab-separated columns (code, kind, description), got " + std::to_string(cols.size());
    int slot = Slot(cols[0]);
    if (slot < 0) return "bad code '" + std::string(cols[0]) + "': want 3 upper-case letters";
    if (types.entry_[slot] != 0) return "duplicate code " + std::string(cols[0]);
    const KindName* kind = nullptr;
    for (const auto& kn : kKindNames)
      if (kn.name == cols[1]) kind = &kn;
    if (kind == nullptr) return "unknown kind '" + std::string(cols[1]) + "'";
    if (cols[2].empty()) return "code " + std::string(cols[0]) + " has no description";
    types.entries_.push_back({std::string(cols[0]), kind->kind, std::string(cols[2]), number});
    types.kinds_[slot] |= Bit(kind->kind);
    types.entry_[slot] = static_cast<uint16_t>(types.entries_.size());
    return "";
  });
  if (!ok) return false;
  *out = std::move(types);
  return true;
}

void ActorTypes::AddCountry(std::string_view code) {
  int slot = Slot(code);
  if (slot >= 0) kinds_[slot] |= Bit(ActorTypeKind::kCountry);
}

bool ActorTypes::LoadIsoCountries(const std::string& path, std::string* error) {
  std::string text;
  if (!ReadWholeFile(path, &text)) {
    *error = path + ": cannot open";
    return false;
  }
  // The file is a flat list of objects with one "alpha_3": "XXX" each; a
  // substring scan is enough and keeps a JSON parser out of this library.
  static constexpr std::string_view kKey = "\"alpha_3\": \"";
  size_t found = 0;
  for (size_t pos = text.find(kKey); pos != std::string::npos; pos = text.find(kKey, pos + 1)) {
    std::string_view value(text.data() + pos + kKey.size(), std::min<size_t>(4, text.size() - pos - kKey.size()));
    if (value.size() == 4 && value[3] == '"' && Slot(value.substr(0, 3)) >= 0) {
      AddCountry(value.substr(0, 3));
      ++found;
    }
  }
  if (found == 0) {
    *error = path + ": no \"alpha_3\" codes found";
    return false;
  }
  return true;
}

const ActorTypeInfo* ActorTypes::Find(std::string_view group) const {
  int slot = Slot(group);
  if (slot < 0 || entry_[slot] == 0) return nullptr;
  return &entries_[entry_[slot] - 1];
}

bool ActorTypes::Is(std::string_view group, ActorTypeKind kind) const {
  int slot = Slot(group);
  return slot >= 0 && (kinds_[slot] & Bit(kind)) != 0;
}

bool ActorTypes::ValidActorCode(std::string_view code, std::string* why) const {
  auto fail = [why](std::string msg) {
    if (why) *why = std::move(msg);
    return false;
  };
  if (code.empty() || code.size() % 3 != 0) return fail("length is not a positive multiple of 3");
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view g = code.substr(i, 3);
    int slot = Slot(g);
    if (slot < 0) return fail("group '" + std::string(g) + "' is not 3 upper-case letters");
    uint16_t k = kinds_[slot];
    if (i == 0 && (k & kFirstGroupKinds) == 0)
      return fail("first group '" + std::string(g) + "' is not a country, region or international prefix");
    if (k == 0) return fail("unknown group '" + std::string(g) + "'");
  }
  return true;
}

// ---------------------------------------------------------------- PloverTable

bool PloverTable::Load(const std::string& path, PloverTable* out, std::string* error) {
  PloverTable map;
  bool header_seen = false;
  bool ok = ForEachLine(path, error, [&](std::string_view line, int /*number*/) -> std::string {
    if (line.empty()) return "";
    auto cols = SplitTabs(line);
    if (!header_seen) {
      header_seen = true;
      if (cols.size() < 2 || cols[0] != "cameo_code" || cols[1] != "plover_event")
        return "expected header starting 'cameo_code<TAB>plover_event'";
      return "";
    }
    if (cols.size() < 2) return "expected at least 2 columns";
    if (cols[0].size() < 2 || cols[0].size() > 4 || !AllDigits(cols[0])) return "bad CAMEO code '" + std::string(cols[0]) + "'";
    if (cols[1].empty()) return "CAMEO code " + std::string(cols[0]) + " has no PLOVER event";
    PloverInfo info;
    info.cameo = std::string(cols[0]);
    info.event = std::string(cols[1]);
    if (cols.size() > 2) info.mode = std::string(cols[2]);
    if (cols.size() > 3) info.context = std::string(cols[3]);
    auto [it, inserted] = map.rows_.emplace(info.cameo, info);
    if (!inserted && it->second.event != info.event) {
      auto& others = it->second.other_events;
      if (std::find(others.begin(), others.end(), info.event) == others.end()) others.push_back(info.event);
    }
    return "";
  });
  if (!ok) return false;
  if (map.rows_.empty()) {
    *error = path + ": no rows";
    return false;
  }
  *out = std::move(map);
  return true;
}

const PloverInfo* PloverTable::Find(std::string_view code) const {
  auto it = rows_.find(code);
  return it == rows_.end() ? nullptr : &it->second;
}

const PloverInfo* PloverTable::Lookup(std::string_view code) const {
  for (; !code.empty(); code = Codebook::Parent(code))
    if (const PloverInfo* p = Find(code)) return p;
  return nullptr;
}

}  // namespace dyad
