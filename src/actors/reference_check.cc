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
  std::vector<bool> open;
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
    auto f = SplitTabs(line);
    if (f.size() < 9) continue;
    int32_t from = 0, to = 0;
    bool has_from = ParseDateBound(f[7], false, &from);
    bool has_to = ParseDateBound(f[8], true, &to);
    if (f[2] != "leaders" || f[0].size() < 3 || f[4].empty() || !has_from || !IsHeadRole(f[3])) continue;
    if (!seen.insert({std::string(f[0]), std::string(f[4]), from}).second) continue;
    ReferenceTerm t;
    t.country = std::string(f[0]);
    t.country_name = std::string(f[1]);
    t.role = std::string(f[3]);
    t.name = std::string(f[4]);
    t.from = from;
    t.to = has_to ? to : 0;
    t.open = !has_to;
    terms.push_back(std::move(t));
  }
  // An open term ("in office at last update") is often stale: each
  // country's page was updated at its own time, and a head listed as in
  // office may have left years before the list's latest date. It ends the
  // day before the next head in the same country and role starts, or, with
  // none, 180 days after its own start, so the day asked is surely in office.
  for (ReferenceTerm& t : terms) {
    if (!t.open) continue;
    t.to = t.from + 180;
    int32_t next = INT32_MAX;
    for (const ReferenceTerm& u : terms)
      if (u.country == t.country && u.role == t.role && u.from > t.from) next = std::min(next, u.from);
    if (next != INT32_MAX) t.to = next - 1;
  }
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
  return std::string_view(code).substr(3, 3) == "GOV";
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
    for (const std::string& form : ReferenceNameForms(t.name)) {
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
