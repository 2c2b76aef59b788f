#include "actors/dictionary.h"

#include <charconv>
#include <functional>
#include <fstream>
#include <sstream>

#include "model/ascii.h"
#include "model/cache_file.h"
#include "model/read_file.h"

namespace dyad {

namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Cuts a trailing comment. A '#' that opens a name ("#FreePalestine" right
// after the start of the line or a '|') is a hashtag, not a comment.
std::string_view StripComment(std::string_view line, bool names) {
  // find() (memchr) from '#' to '#': most lines have none, and a byte loop
  // over every line of the actor files was 2.6M instructions of start-up.
  for (size_t i = 0; (i = line.find('#', i)) != std::string_view::npos; ++i) {
    if (names && i + 1 < line.size() && IsAsciiAlnum(line[i + 1])) {
      size_t j = i;
      while (j > 0 && (line[j - 1] == ' ' || line[j - 1] == '\t')) --j;
      if (j == 0 || line[j - 1] == '|' || line[j - 1] == '+') continue;
    }
    return line.substr(0, i);
  }
  return line;
}

void SplitNames(std::string_view s, std::vector<std::string>* out, std::vector<std::string>* empties) {
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view name = TrimBlanks(s.substr(start, bar - start));
    if (name.empty()) {
      empties->push_back("empty name between '|'");
    } else if (name.find('\t') == std::string_view::npos && name.find("  ") == std::string_view::npos) {
      // Fast path, most names: no tab and no run of spaces, so the collapse
      // below would copy the (trimmed) name unchanged, a byte at a time.
      out->emplace_back(name);
    } else {
      // Collapse inner runs of spaces so "Gustavo  Petro" is one name.
      std::string n;
      bool space = false;
      for (char c : name) {
        if (c == ' ' || c == '\t') {
          space = true;
          continue;
        }
        if (space && !n.empty()) n += ' ';
        space = false;
        n += c;
      }
      out->push_back(std::move(n));
    }
    start = bar + 1;
  }
}

bool IsCodeChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '~' || c == '-'; }

}  // namespace

std::string_view ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kCapital: return "capital";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kIgo: return "igo";
    case ActorKind::kGroup: return "group";
    case ActorKind::kPlace: return "place";
    case ActorKind::kTown: return "town";
    case ActorKind::kAgency: return "agency";
    case ActorKind::kAgent: return "agent";
    default: return "unknown";
  }
}

bool ParseActorKind(std::string_view s, ActorKind* out) {
  for (int i = 0; i <= static_cast<int>(ActorKind::kAgent); ++i) {
    auto k = static_cast<ActorKind>(i);
    if (ActorKindName(k) == s) {
      *out = k;
      return true;
    }
  }
  return false;
}

const CodePeriod* ActorEntry::CodeAt(int32_t day) const {
  if (day == INT32_MIN) {
    // Unknown date (an article with none, or a suite's documented
    // placeholder): no period can be chosen by its bounds, so the entry
    // stands for the office it is listed for. That is the latest period
    // whose role is not ELI: our dictionaries give a person ELI for the
    // time around an office (president-elect, candidate, former
    // president), and a text naming "President X" with no date means the
    // office, not the years after it. Only when every period is ELI does
    // the latest one stand. Ties on the end keep the earlier-listed period.
    auto is_eli = [](const CodePeriod& c) { return c.code.ends_with("ELI"); };
    const CodePeriod* best = nullptr;
    for (const auto& c : codes)
      if (!best || (is_eli(*best) && !is_eli(c)) || (is_eli(*best) == is_eli(c) && c.to > best->to)) best = &c;
    return best;
  }
  for (const auto& c : codes)
    if (c.contains(day)) return &c;
  return nullptr;
}

const CodePeriod* ActorEntry::CodeFor(int32_t day, std::string_view role, TitleUse* use) const {
  const CodePeriod* by_date = CodeAt(day);
  const bool undated = day == INT32_MIN;
  if (!undated) {
    // A title must not move a person to years the date excludes: a dated
    // "President X" when X was a senator that day is a dictionary gap or
    // an honorary title, not a reason to take another period.
    int open = 0;
    for (const auto& c : codes) open += c.contains(day);
    if (open <= 1) {
      *use = TitleUse::kDateDecided;
      return by_date;
    }
  }
  auto fits = [&](const CodePeriod& c) {
    if (role.size() == 3) return c.code.size() >= 6 && std::string_view(c.code).substr(3, 3) == role;
    return c.code == role;
  };
  const CodePeriod* best = nullptr;
  for (const auto& c : codes)
    if ((undated || c.contains(day)) && fits(c) && (!best || c.to > best->to)) best = &c;
  *use = best ? TitleUse::kChose : TitleUse::kNoFit;
  return best ? best : by_date;
}

std::string ActorEntry::ref() const {
  ActorMention m;
  m.entry_from = where();
  return m.EntryText();
}

std::string DictProblem::str() const {
  std::string s = file;
  if (line) {
    s += ':';
    s += std::to_string(line);
  }
  s += error ? ": error: " : ": warning: ";
  s += message;
  return s;
}

bool ParseDateBound(std::string_view s, bool end, int32_t* day) {
  auto d = Date::Parse(s);
  if (!d) return false;
  *day = end ? d->last_day() : d->first_day();
  return true;
}

bool ActorDictionary::LoadFile(const std::string& path, const std::string& display,
                               std::vector<DictProblem>* problems) {
  FileBytes text;
  if (!ReadDictFile(path, display, &text, problems)) return false;
  LoadText(text.view(), display, problems);
  return true;
}

bool ReadDictFile(const std::string& path, const std::string& display, FileBytes* text,
                  std::vector<DictProblem>* problems) {
  if (text->Read(path)) return true;
  problems->push_back({display, 0, "cannot read " + path, true});
  return false;
}

void ActorDictionary::LoadText(std::string_view text, const std::string& display,
                               std::vector<DictProblem>* problems) {
  ActorKind kind = ActorKind::kUnknown;
  std::string lang;
  ActorEntry cur;
  bool have = false, bad = false;

  auto problem = [&](uint32_t line, std::string msg, bool error = true) {
    problems->push_back({display, line, std::move(msg), error});
  };
  auto finish = [&]() {
    if (have && !bad) {
      if (cur.codes.empty())
        problem(cur.line, "entry '" + cur.names[0] + "' has no code line (add an indented code such as COLGOV)");
      else
        entries_.push_back(std::move(cur));
    }
    cur = ActorEntry{};
    have = bad = false;
  };

  uint32_t lineno = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (lineno == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::string_view body = TrimBlanks(raw);
    if (body.empty() || body[0] == '#') {
      if (pos > text.size()) break;
      continue;
    }

    if (!indented && body[0] == '@') {
      finish();
      std::string_view d = TrimBlanks(StripComment(body, false));
      size_t sp = d.find(' ');
      std::string_view key = d.substr(0, sp), val = sp == std::string_view::npos ? "" : TrimBlanks(d.substr(sp));
      if (key == "@kind") {
        if (!ParseActorKind(val, &kind)) problem(lineno, "unknown @kind '" + std::string(val) + "'");
      } else if (key == "@lang") {
        lang = (val == "any") ? "" : std::string(val);
      } else {
        problem(lineno, "unknown directive '" + std::string(key) + "' (expected @kind or @lang)");
      }
      continue;
    }

    if (!indented) {
      finish();
      std::vector<std::string> empties;
      SplitNames(TrimBlanks(StripComment(body, true)), &cur.names, &empties);
      have = true;
      cur.file = display;
      cur.line = lineno;
      cur.kind = kind;
      cur.lang = lang;
      for (auto& e : empties) problem(lineno, e, false);
      if (cur.names.empty()) {
        problem(lineno, "entry without a name");
        bad = true;
      }
      continue;
    }

    if (!have) {
      problem(lineno, "indented line outside an entry (start an entry with a name in column 1)");
      continue;
    }
    if (body[0] == '+') {
      std::vector<std::string> empties;
      SplitNames(TrimBlanks(StripComment(body.substr(1), true)), &cur.names, &empties);
      for (auto& e : empties) problem(lineno, e, false);
      continue;
    }

    // "pronoun she" / "pronoun he": the person's pronoun (ActorEntry::pronoun).
    // Codes are upper case, so the lower-case word cannot be one.
    if (body.substr(0, 8) == "pronoun ") {
      const std::string_view which = TrimBlanks(StripComment(body.substr(8), false));
      if (which == "she")
        cur.pronoun = ActorEntry::Pronoun::kShe;
      else if (which == "he")
        cur.pronoun = ActorEntry::Pronoun::kHe;
      else {
        problem(lineno, "unknown pronoun '" + std::string(which) + "' (expected 'pronoun she' or 'pronoun he')");
        bad = true;
      }
      if (cur.kind != ActorKind::kPerson) problem(lineno, "a pronoun on an entry that is no person (@kind person)", false);
      continue;
    }

    // A code line: CODE [FROM..TO] [anaphor] [placed] [named] [owned] [employed] [default=XXX] [shared=XXX]
    std::string_view rest = TrimBlanks(StripComment(body, false));
    size_t sp = rest.find_first_of(" \t");
    std::string_view code = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view{} : TrimBlanks(rest.substr(sp));
    bool ok = !code.empty();
    for (char c : code) ok = ok && IsCodeChar(c);
    if (!ok) {
      problem(lineno, "malformed code '" + std::string(code) + "' (codes are upper-case letters, e.g. COLGOV, ~GOV)");
      bad = true;
      continue;
    }
    CodePeriod period;
    period.code = std::string(code);
    period.line = lineno;
    bool is_agent_code = code[0] == '~';
    while (!rest.empty()) {
      size_t e = rest.find_first_of(" \t");
      std::string_view word = rest.substr(0, e);
      rest = e == std::string_view::npos ? std::string_view{} : TrimBlanks(rest.substr(e));
      size_t dots = word.find("..");
      if (dots != std::string_view::npos) {
        std::string_view a = word.substr(0, dots), b = word.substr(dots + 2);
        if ((!a.empty() && !ParseDateBound(a, false, &period.from)) ||
            (!b.empty() && !ParseDateBound(b, true, &period.to))) {
          problem(lineno, "malformed date range '" + std::string(word) + "' (use YYYY[-MM[-DD]]..YYYY[-MM[-DD]])");
          bad = true;
        } else if (period.from > period.to) {
          problem(lineno, "date range '" + std::string(word) + "' ends before it starts");
          bad = true;
        }
      } else if (is_agent_code && word == "anaphor") {
        cur.anaphor = true;
      } else if (is_agent_code && word == "placed") {
        cur.placed = true;
      } else if (is_agent_code && word == "named") {
        cur.named = true;
      } else if (is_agent_code && word == "owned") {
        cur.owned = true;
      } else if (is_agent_code && word == "employed") {
        cur.employed = true;
      } else if (is_agent_code && word.substr(0, 8) == "default=") {
        cur.default_country = std::string(word.substr(8));
      } else if (!is_agent_code && word.substr(0, 7) == "shared=") {
        // A place name of a second country (ActorEntry::shared): three
        // capital letters, a country code (`dict lint` checks it is one).
        const std::string_view other = word.substr(7);
        bool three = other.size() == 3;
        for (char c : other) three = three && c >= 'A' && c <= 'Z';
        if (!three || cur.shared) {
          problem(lineno, "shared= takes one three-letter country code (shared=LBN), once an entry");
          bad = true;
        } else {
          auto p = std::make_shared<CodePeriod>();
          p->code = std::string(other);
          p->line = lineno;
          cur.shared = std::move(p);
        }
      } else {
        problem(lineno, "unexpected '" + std::string(word) + "' after the code (expected a date range FROM..TO)");
        bad = true;
      }
    }
    if (is_agent_code) cur.kind = ActorKind::kAgent;
    cur.codes.push_back(std::move(period));
  }
  finish();
}

void ActorDictionary::Save(CacheWriter* w) const {
  w->Pod<uint64_t>(entries_.size());
  for (const ActorEntry& e : entries_) {
    w->String(e.file);
    w->Pod(e.line);
    w->Strings(e.names);
    w->Pod<uint64_t>(e.codes.size());
    for (const CodePeriod& p : e.codes) {
      w->String(p.code);
      w->Pod(p.from);
      w->Pod(p.to);
      w->Pod(p.line);
      w->Strings(p.also);
    }
    w->Vector(e.stem_names);
    w->Pairs(e.tabari_joins);
    w->Pod(e.kind);
    w->String(e.lang);
    w->Pod(e.anaphor);
    w->Pod(e.placed);
    w->Pod(e.named);
    w->Pod(e.owned);
    w->Pod(e.employed);
    w->String(e.default_country);
    // No second country is written as an empty code and line 0, as when
    // `shared` was a CodePeriod in the entry: the file's layout is as before.
    w->String(e.shared ? e.shared->code : std::string());
    w->Pod(e.shared ? e.shared->line : uint32_t{0});
    w->Pod(e.rules);
    w->Pod(e.pronoun);
  }
}

bool ActorDictionary::Restore(CacheReader* r) {
  uint64_t n = 0;
  if (!r->Count(&n)) return false;
  entries_.clear();
  entries_.resize(n);
  std::string shared_code;
  uint32_t shared_line = 0;
  for (ActorEntry& e : entries_) {
    uint64_t periods = 0;
    if (!r->String(&e.file) || !r->Pod(&e.line) || !r->Strings(&e.names) || !r->Count(&periods)) return false;
    e.codes.resize(periods);
    for (CodePeriod& p : e.codes)
      if (!r->String(&p.code) || !r->Pod(&p.from) || !r->Pod(&p.to) || !r->Pod(&p.line) || !r->Strings(&p.also))
        return false;
    if (!r->Vector(&e.stem_names) || !r->Pairs(&e.tabari_joins) || !r->Pod(&e.kind) || !r->String(&e.lang) ||
        !r->Pod(&e.anaphor) || !r->Pod(&e.placed) || !r->Pod(&e.named) || !r->Pod(&e.owned) || !r->Pod(&e.employed) ||
        !r->String(&e.default_country) || !r->String(&shared_code) || !r->Pod(&shared_line) ||
        !r->Pod(&e.rules) || !r->Pod(&e.pronoun))
      return false;
    if (!shared_code.empty()) {
      auto p = std::make_shared<CodePeriod>();
      p->code = std::move(shared_code);
      p->line = shared_line;
      e.shared = std::move(p);
      shared_code.clear();
    }
    // Enumerations are compared and switched on unchecked; a name index
    // outside `names` would be read past the end by the index.
    if (e.kind > ActorKind::kAgent || e.rules > ActorEntry::Rules::kPetrarch ||
        e.pronoun > ActorEntry::Pronoun::kShe)
      return r->Fail();
    for (uint32_t i : e.stem_names)
      if (i >= e.names.size()) return r->Fail();
    for (const auto& [i, joins] : e.tabari_joins)
      if (i >= e.names.size()) return r->Fail();
  }
  return true;
}

ActorEntry::Pronoun ActorDictionary::PronounOf(const ActorMention::EntryRef& e) const {
  // entry_from.file is &entry.file of an entry of entries_ (ActorEntry::where):
  // its index follows from the distance to the first entry's, checked
  // against that entry before it is trusted (std::less orders pointers into
  // different objects too).
  if (e.file == nullptr || entries_.empty()) return ActorEntry::Pronoun::kUnknown;
  const auto* first = reinterpret_cast<const char*>(&entries_.front().file);
  const auto* at = reinterpret_cast<const char*>(e.file);
  std::less<const char*> before;
  if (before(at, first) || !before(at, first + entries_.size() * sizeof(ActorEntry)))
    return ActorEntry::Pronoun::kUnknown;
  const size_t k = static_cast<size_t>(at - first) / sizeof(ActorEntry);
  if (k >= entries_.size() || &entries_[k].file != e.file) return ActorEntry::Pronoun::kUnknown;
  return entries_[k].pronoun;
}

}  // namespace dyad
