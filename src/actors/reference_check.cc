#include "actors/reference_check.h"

#include <algorithm>
#include <climits>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "model/date.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

// Calls row(fields) for each line of the TSV after its header (a CR
// before the newline dropped). The two parsers below differ only in what
// they keep of a row.
template <class Row>
void ForEachRow(std::string_view tsv, Row row) {
  size_t pos = 0;
  bool header = true;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      header = false;
      continue;
    }
    row(SplitTabs(line));
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string Join(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + w[i];
  return out;
}

// Two-byte UTF-8 letters (U+00C0..U+017F) folded to their base letter; the
// reference writes names without accents, our files with them.
char FoldLatin(uint32_t cp) {
  // "." marks a letter with no one-letter base (Æ, Œ, ×): kept as is.
  static const char kLatin1[] = "aaaaaa.ceeeeiiiidnooooo.ouuuuyts"   // U+00C0..U+00DF
                                "aaaaaa.ceeeeiiiidnooooo.ouuuuyty";  // U+00E0..U+00FF
  static const char kExtA[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkklllllll"   // U+0100..U+013F
                              "lllnnnnnn.nnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";  // U+0140..U+017F
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  return 0;
}

// Words that precede a name as a title, not part of it ("SHEIKH SABAH ...").
const std::set<std::string>& Titles() {
  static const std::set<std::string> t = {"sheikh", "shaikh", "sheik", "king", "queen", "sultan", "emir", "amir",
                                          "prince", "princess", "general", "gen", "lt", "col", "colonel", "maj",
                                          "major", "brig", "dr", "mullah", "mawlawi", "sir", "dame", "hajji",
                                          "field", "marshal", "admiral", "adm", "rev", "father", "bishop", "hojatolislam",
                                          "hojjatoleslam", "ayatollah", "dato'", "datuk", "seri", "tun", "tuanku"};
  return t;
}

// Ends each open term the day before the next term of the same country and
// office (same_office) starts; with no successor, 180 days after its own
// start. With `short_window` (ParseReferenceOffice) a successor can only end
// it sooner: a minister is asked about three months into the listing at most.
// Heads (ParseReferenceLeaders) keep the whole span up to a successor, as the
// reference_heads_coverage floor was measured so.
template <typename SameOffice>
void BoundOpenTerms(std::vector<ReferenceTerm>* terms, SameOffice same_office, bool short_window) {
  for (ReferenceTerm& t : *terms) {
    if (!t.open) continue;
    int32_t next = INT32_MAX;
    for (const ReferenceTerm& u : *terms)
      if (u.country == t.country && same_office(t, u) && u.from > t.from) next = std::min(next, u.from);
    t.to = next == INT32_MAX ? t.from + 180 : short_window ? std::min(t.from + 180, next - 1) : next - 1;
  }
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  bool blank = true;  // drop leading blanks and collapse runs
  auto put = [&](char c) {
    if (c == ' ') {
      if (!blank) out += ' ';
      blank = true;
    } else {
      out += c;
      blank = false;
    }
  };
  for (size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c >= 0xC0 && c < 0xE0 && i + 1 < name.size()) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
      char f = FoldLatin(cp);
      if (f && f != '.') {
        put(f);
        ++i;
        continue;
      }
    }
    if (c == '.' || c == '-' || c == ' ' || c == '\t' || c == '_') {
      put(' ');
    } else {
      put(static_cast<char>(std::tolower(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> ReferenceNameForms(std::string_view name) {
  std::vector<std::string> forms;
  auto add = [&](const std::string& f) {
    if (!f.empty() && std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  };
  std::string text(name);
  // Bracketed parts are notes ("(ACTING)"), not names.
  for (size_t open; (open = text.find('(')) != std::string::npos;) {
    size_t close = text.find(')', open);
    text.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  size_t comma = text.find(',');
  if (comma != std::string::npos) text = text.substr(comma + 1) + " " + text.substr(0, comma);
  std::string folded = FoldName(text);
  add(folded);
  std::vector<std::string> w = Words(folded);
  size_t first = 0;
  while (first + 1 < w.size() && Titles().count(w[first])) ++first;
  add(Join(w, first, w.size()));
  if (w.size() - first > 2) add(w[first] + " " + w.back());
  return forms;
}

bool IsHeadRole(std::string_view role) {
  std::string r = Lower(role);
  // Offices under a head, or heads of a dependency rather than of a state.
  for (const char* no : {"governor", "administrator", "commissioner", "chief minister", "lieutenant",
                         "nationality", "representative", "vice", "deputy", "minister of", "ministers of state"})
    if (r.find(no) != std::string::npos) return false;
  return !r.empty();
}

std::vector<ReferenceTerm> ParseReferenceLeaders(std::string_view tsv) {
  std::vector<ReferenceTerm> terms;
  std::set<std::tuple<std::string, std::string, int32_t>> seen;
  ForEachRow(tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 9) return;
    int32_t from = 0, to = 0;
    bool has_from = ParseDateBound(f[7], false, &from);
    bool has_to = ParseDateBound(f[8], true, &to);
    if (f[2] != "leaders" || f[0].size() < 3 || f[4].empty() || !has_from || !IsHeadRole(f[3])) return;
    if (!seen.insert({std::string(f[0]), std::string(f[4]), from}).second) return;
    ReferenceTerm t;
    t.country = std::string(f[0]);
    t.country_name = std::string(f[1]);
    t.role = std::string(f[3]);
    t.name = std::string(f[4]);
    t.from = from;
    t.to = has_to ? to : 0;
    t.open = !has_to;
    terms.push_back(std::move(t));
  });
  // An open term ("in office at last update") is often stale: each
  // country's page was updated at its own time, and a head listed as in
  // office may have left years before the list's latest date. It ends the
  // day before the next head in the same country and role starts, or, with
  // none, 180 days after its own start, so the day asked is surely in office.
  BoundOpenTerms(&terms, [](const ReferenceTerm& t, const ReferenceTerm& u) { return t.role == u.role; },
                 /*short_window=*/false);
  return terms;
}

std::string_view OfficeName(Office office) {
  switch (office) {
    case Office::kHeads: return "heads";
    case Office::kForeign: return "foreign";
    case Office::kDefence: return "defence";
    case Office::kInterior: return "interior";
    case Office::kFinance: return "finance";
    case Office::kUn: return "un";
  }
  return "";
}

bool ParseOffice(std::string_view name, Office* office) {
  for (Office o : kAllOffices)
    if (OfficeName(o) == name) {
      *office = o;
      return true;
    }
  return false;
}

namespace {

// The subjects a minister's title lists ("economy, finance, and budget" ->
// economy, finance, budget), with notes in quotes dropped.
std::vector<std::string> Subjects(std::string text) {
  for (size_t q; (q = text.find('"')) != std::string::npos;) {
    size_t close = text.find('"', q + 1);
    text.erase(q, close == std::string::npos ? std::string::npos : close - q + 1);
  }
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= text.size()) {
    size_t comma = text.find(',', i), both = text.find(" and ", i);
    size_t end = std::min(comma, both);
    std::string part = text.substr(i, end == std::string::npos ? std::string::npos : end - i);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '_')) part.pop_back();
    if (part.rfind("and ", 0) == 0) part.erase(0, 4);
    if (part.rfind("the ", 0) == 0) part.erase(0, 4);
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    i = end + (end == both ? 5 : 1);
  }
  return out;
}

bool NamesOffice(const std::string& subject, Office office) {
  auto in = [&](std::initializer_list<const char*> set) {
    for (const char* s : set)
      if (subject == s) return true;
    return false;
  };
  switch (office) {
    case Office::kForeign:
      // "Foreign and European Affairs" splits into "foreign" and the rest.
      return in({"foreign", "foreign affairs", "foreign relations", "external affairs", "external relations",
                 "foreign and commonwealth affairs"});
    case Office::kDefence:
      return in({"defense", "defence", "national defense", "national defence", "defense affairs"});
    case Office::kInterior:
      return in({"interior", "internal affairs", "home affairs", "interior affairs"});
    case Office::kFinance:
      return in({"finance", "finances"});
    default:
      return false;
  }
}

int PostLevel(std::string post, Office office) {
  post = Lower(post);
  while (!post.empty() && post.front() == ' ') post.erase(0, 1);
  if (office == Office::kUn) {
    // The ambassador, or the acting one while the post is vacant; not a deputy.
    for (const char* p : {"permanent representative to the un", "permanent rep. to the un",
                          "acting permanent representative to the un"})
      if (post.rfind(p, 0) == 0) return 2;
    return 0;
  }
  // "minister of state for" and "state minister" are junior posts: no prefix
  // below matches them.
  static const std::pair<const char*, int> kPrefixes[] = {
      {"minister of ", 2},        {"minister for ", 2},          {"minister responsible for ", 2},
      {"secretary of state for ", 1}, {"secretary of the general peoples committee for ", 2},
      {"secretary of ", 2}};
  for (const auto& [prefix, level] : kPrefixes) {
    if (post.rfind(prefix, 0) != 0) continue;
    std::string rest = post.substr(std::string_view(prefix).size());
    if (rest.rfind("state ", 0) == 0) return 0;  // "minister of state ...", "secretary of state" alone
    for (const std::string& subject : Subjects(rest))
      if (NamesOffice(subject, office)) return level;
    return 0;
  }
  return 0;
}

}  // namespace

int OfficeTitleLevel(std::string_view title, Office office) {
  int best = 0;
  size_t i = 0;
  for (;;) {
    size_t amp = title.find(" & ", i);
    best = std::max(best, PostLevel(std::string(title.substr(i, amp == std::string_view::npos ? amp : amp - i)),
                                    office));
    if (amp == std::string_view::npos) return best;
    i = amp + 3;
  }
}

std::vector<ReferenceTerm> ParseReferenceOffice(std::string_view tsv, Office office) {
  if (office == Office::kHeads) return ParseReferenceLeaders(tsv);
  // "Secretary of State for X" rows count only where a country has no
  // minister of the office (OfficeTitleLevel): collect with levels first.
  std::vector<std::pair<ReferenceTerm, int>> rows;
  std::map<std::string, int> best;  // country -> highest level seen
  std::set<std::tuple<std::string, std::string, int32_t>> seen;
  int32_t first_coding = 0;
  ParseDateBound("2003-01-01", false, &first_coding);
  // The source has impossible days ("2004-09-31"): read as the month's end.
  auto bound = [](std::string_view s, bool end, int32_t* day) {
    return ParseDateBound(s, end, day) || (s.size() == 10 && ParseDateBound(s.substr(0, 7), end, day));
  };
  ForEachRow(tsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 10 || f[2] != "government" || f[4].empty()) return;
    int level = OfficeTitleLevel(f[3], office);
    if (level == 0) return;
    // A few rows lack the country code; their CAMEO code starts with it.
    // Longer codes (BIHBHF, BIHSPR) repeat another country's list.
    std::string_view country = !f[0].empty() ? f[0] : f[6].substr(0, std::min<size_t>(3, f[6].size()));
    if (country.size() != 3) return;
    // A holder's title joins all the posts held over the rows ("Minister of
    // Transportation & Minister of Foreign Affairs"), not this row's post.
    // The row's CAMEO code tells the defence term (the reference codes every
    // defence minister GOVMIL) and other specialised posts (GOVJUD, GOVBUS)
    // apart; a plain GOV row of such a holder stays ambiguous and is kept:
    // any cabinet post codes GOV, so the check of its code is still sound.
    if (f[3].find(" & ") != std::string_view::npos) {
      std::string_view sub = f[6].size() > 6 ? f[6].substr(6) : std::string_view();
      if (office == Office::kDefence ? sub != "MIL" : !sub.empty()) return;
    }
    int32_t from = first_coding, to = 0;
    bool has_from = bound(f[7], false, &from), has_to = bound(f[8], true, &to);
    if (!has_from && !has_to) return;  // no day to ask
    if (!has_from) from = first_coding;
    if (!seen.insert({std::string(country), std::string(f[4]), from}).second) return;
    ReferenceTerm t;
    t.country = std::string(country);
    t.country_name = std::string(f[1]);
    t.role = std::string(f[3]);
    t.name = std::string(f[4]);
    for (size_t i = 0; i < f[5].size();) {
      size_t bar = f[5].find('|', i);
      std::string_view alt = f[5].substr(i, bar == std::string_view::npos ? bar : bar - i);
      if (!alt.empty()) t.alt_names.emplace_back(alt);
      if (bar == std::string_view::npos) break;
      i = bar + 1;
    }
    t.office = office;
    t.from = from;
    t.to = has_to ? to : 0;
    t.open = !has_to;
    int& b = best[t.country];
    b = std::max(b, level);
    rows.emplace_back(std::move(t), level);
  });
  std::vector<ReferenceTerm> terms;
  for (auto& [t, level] : rows)
    if (level == best[t.country]) terms.push_back(std::move(t));
  BoundOpenTerms(&terms, [](const ReferenceTerm&, const ReferenceTerm&) { return true; }, /*short_window=*/true);
  return terms;
}

namespace {

// The reference's country codes where CAMEO's (and ours) differ.
std::string_view OurCountry(std::string_view ref) {
  ref = ref.substr(0, 3);
  if (ref == "TMP") return "TLS";
  return ref;
}

bool IsRight(const std::string& code, const ReferenceTerm& t) {
  std::string_view c = OurCountry(t.country);
  if (code.size() < 6 || std::string_view(code).substr(0, 3) != c) {
    // Serbia and Montenegro's list holds both republics' heads; and we code
    // both republics and their federation SCG from 1992-04-28 to 2006-06-05,
    // as countries.txt does, where the reference files them under SRB.
    bool serbia = t.country == "SRB" || t.country == "MNE";
    if (!(serbia && (code.rfind("MNE", 0) == 0 || code.rfind("SCG", 0) == 0))) return false;
  }
  std::string_view role = std::string_view(code).substr(3, 3);
  return role == "GOV" || (t.office == Office::kDefence && role == "MIL");
}

}  // namespace

ReferenceSummary CheckReference(const ActorDictionary& dict, const std::vector<ReferenceTerm>& terms, int32_t from,
                                int32_t to) {
  std::unordered_map<std::string, std::vector<const ActorEntry*>> by_name;
  for (const ActorEntry& e : dict.entries()) {
    if (e.kind != ActorKind::kPerson) continue;
    for (const std::string& n : e.names) {
      auto& v = by_name[FoldName(n)];
      if (v.empty() || v.back() != &e) v.push_back(&e);
    }
  }
  ReferenceSummary s;
  for (const ReferenceTerm& t : terms) {
    int32_t a = std::max(t.from, from), b = std::min(t.to, to);
    if (a > b) continue;
    ReferenceResult r;
    r.term = &t;
    r.day = a + (b - a) / 2;
    std::vector<std::string> forms = ReferenceNameForms(t.name);
    for (const std::string& alt : t.alt_names)
      for (std::string& f : ReferenceNameForms(alt))
        if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
    for (const std::string& form : forms) {
      auto it = by_name.find(form);
      if (it == by_name.end()) continue;
      // Among the entries the form names, a right one wins; else the first
      // with any code that day, else the first: that is the conflict shown.
      for (const ActorEntry* e : it->second) {
        const CodePeriod* p = e->CodeAt(r.day);
        std::string code = p ? p->code : "";
        bool right = IsRight(code, t);
        if (right || !r.entry || (r.code.empty() && !code.empty())) {
          r.entry = e;
          r.code = code;
          r.form = form;
          r.kind = right ? ReferenceResult::Kind::kRight : ReferenceResult::Kind::kConflict;
        }
        if (right) break;
      }
      if (r.kind == ReferenceResult::Kind::kRight) break;
    }
    (r.kind == ReferenceResult::Kind::kRight      ? s.right
     : r.kind == ReferenceResult::Kind::kConflict ? s.conflict
                                                  : s.missing)++;
    s.results.push_back(std::move(r));
  }
  std::stable_sort(s.results.begin(), s.results.end(), [](const ReferenceResult& x, const ReferenceResult& y) {
    return std::tie(x.term->country, x.term->from) < std::tie(y.term->country, y.term->from);
  });
  return s;
}

}  // namespace dyad
