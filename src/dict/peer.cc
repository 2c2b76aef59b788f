#include "dict/peer.h"

#include "model/ascii.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "model/date.h"
#include "model/doc.h"
#include "model/lines.h"

namespace dyad {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

bool ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Blanks out `<!-- ... -->` comments (PETRARCH files use them, also across
// lines) keeping the newlines, so line numbers stay those of the file.
std::string BlankHtmlComments(std::string_view text) {
  std::string s(text);
  size_t pos = 0;
  while ((pos = s.find("<!--", pos)) != std::string::npos) {
    size_t end = s.find("-->", pos + 4);
    size_t stop = end == std::string::npos ? s.size() : end + 3;
    for (size_t i = pos; i < stop; ++i)
      if (s[i] != '\n') s[i] = ' ';
    pos = stop;
  }
  return s;
}

// Both peers end a line's content at `#` (PETRARCH, and TABARI's generated
// Phoenix files) or `;` (KEDS/TABARI, still accepted by PETRARCH).
// Inside [...] they are code characters: TABARI's discard code is [###].
std::string_view StripComment(std::string_view line) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if ((c == '#' || c == ';') && depth == 0) return line.substr(0, i);
  }
  return line;
}

// "AL_GORE_" -> "al gore": both peers write phrases in capitals with `_` or
// blanks between words; a trailing `_` marks a whole word (no stemming),
// which is what our matcher always does.
std::string NormName(std::string_view raw) {
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && (out.back() == '=' || out.back() == ' ')) out.pop_back();
  return out;
}

// YYMMDD or YYYYMMDD -> day number. Two-digit years pivot at 26 as TABARI
// reads them (the suites' README records the same rule for its dates).
bool PeerDate(std::string_view s, bool end, int32_t* day) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  std::string iso;
  if (s.size() == 6) {
    int yy = std::stoi(std::string(s.substr(0, 2)));
    iso = std::to_string(yy < 26 ? 2000 + yy : 1900 + yy);
    s.remove_prefix(2);
  } else if (s.size() == 8) {
    iso = std::string(s.substr(0, 4));
    s.remove_prefix(4);
  } else {
    return false;
  }
  iso += '-';
  iso += s.substr(0, 2);
  iso += '-';
  iso += s.substr(2, 2);
  return ParseDateBound(iso, end, day);
}

bool IsCodeChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '~' || c == '-'; }

// The inside of an actor code block: "USAGOV", "USAGOV 991201-010114",
// "HOB < 950601", "HOBREB > 990816", "---", "ELR/GAL".
bool ParseCodeBlock(std::string_view inner, const std::string& display, uint32_t lineno, CodePeriod* out,
                    std::vector<DictProblem>* problems) {
  inner = Trim(inner);
  size_t sp = inner.find_first_of(" \t<>");
  std::string_view code = inner.substr(0, sp);
  std::string restriction;
  if (sp != std::string_view::npos)
    for (char c : inner.substr(sp))
      if (!std::isspace(static_cast<unsigned char>(c))) restriction += c;
  if (code.empty() || std::isdigit(static_cast<unsigned char>(code[0]))) {
    problems->push_back({display, lineno, "code block [" + std::string(inner) + "] has no code", true});
    return false;
  }
  std::string c = Upper(code);
  // "ELR/GAL": the name stands for several actors, one mention each.
  std::vector<std::string> also;
  if (size_t slash = c.find('/'); slash != std::string::npos) {
    for (size_t from = slash + 1; from <= c.size();) {
      size_t next = c.find('/', from);
      if (next == std::string::npos) next = c.size();
      if (next > from) also.push_back(c.substr(from, next - from));
      from = next + 1;
    }
    c = c.substr(0, slash);
  }
  // TABARI's discard [###] and complexity [+++] codes are kept as they are:
  // its reading leaves a sentence that names such an actor uncoded, and
  // PETRARCH, which has no such rule, codes them as any other code (its
  // suites expect "+++" as a source).
  const bool stop_code = c == "###" || c == "+++";
  std::vector<std::string> all = also;
  all.insert(all.begin(), c);
  for (const std::string& x : all)
    for (char ch : x)
      if (!IsCodeChar(ch) && !(stop_code && x == c)) {
        problems->push_back({display, lineno, "malformed actor code '" + x + "'", true});
        return false;
      }
  out->code = c;
  out->also = std::move(also);
  out->line = lineno;
  bool ok = true;
  if (restriction.empty()) {
  } else if (restriction[0] == '<') {
    ok = PeerDate(restriction.substr(1), true, &out->to);
  } else if (restriction[0] == '>') {
    ok = PeerDate(restriction.substr(1), false, &out->from);
  } else if (size_t dash = restriction.find('-'); dash != std::string::npos) {
    ok = PeerDate(restriction.substr(0, dash), false, &out->from) &&
         PeerDate(restriction.substr(dash + 1), true, &out->to) && out->from <= out->to;
  } else {
    ok = false;
  }
  if (!ok) {
    problems->push_back({display, lineno,
                         "malformed date restriction '" + restriction + "' (expected <DATE, >DATE or DATE-DATE)", true});
    return false;
  }
  return true;
}

// Finds the `[...]` blocks of a line; returns the text before the first.
std::string_view SplitBlocks(std::string_view body, std::vector<std::string_view>* blocks) {
  size_t open = body.find('[');
  std::string_view head = body.substr(0, open);
  while (open != std::string_view::npos) {
    size_t close = body.find(']', open);
    if (close == std::string_view::npos) close = body.size();
    blocks->push_back(body.substr(open + 1, close - open - 1));
    open = body.find('[', close);
  }
  return head;
}

// --- Actors and agents ---------------------------------------------------

// The text of a line before its first `[`.
std::string_view SplitBlocksHead(std::string_view body) { return body.substr(0, body.find('[')); }

// TABARI: a name whose last word has no `_` after it is a stem of at least
// three letters ("KUWAIT" matches "Kuwaiti"); "LIBYA_" is a whole word.
bool IsTabariStemName(std::string_view head) {
  head = Trim(head);
  if (head.empty() || head.back() == '_' || head.back() == '=') return false;
  size_t start = head.find_last_of("_ \t");
  std::string_view last = head.substr(start == std::string_view::npos ? 0 : start + 1);
  return last.size() >= 3 && std::all_of(last.begin(), last.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// TABARI joins the words of a name two ways: `_` wants the next word right
// after, a blank lets other words stand between (ActorEntry::tabari_joins).
// Bit k is set when words k and k+1 (as NormName splits them) are joined by
// a blank. Returns false for a one-word name.
bool TabariJoins(std::string_view head, uint32_t* loose) {
  head = Trim(head);
  *loose = 0;
  uint32_t words = 0;
  bool in_sep = false, blank = false;
  for (char c : head) {
    bool sp = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (c == '_' || sp) {
      if (!in_sep) blank = false;
      in_sep = true;
      blank = blank || sp;
      continue;
    }
    if (c == '=') continue;  // NormName drops a trailing '='
    if (in_sep && words > 0 && blank && words <= 32) *loose |= 1u << (words - 1);
    if (in_sep || words == 0) ++words;
    in_sep = false;
  }
  return words >= 2;
}

void LoadActorsImpl(std::string_view raw_text, const std::string& display, bool petrarch, ActorDictionary* dict,
                    std::vector<DictProblem>* problems) {
  std::string text = BlankHtmlComments(raw_text);
  ActorEntry cur;
  bool have = false;
  std::string section;  // inside <NOUN> ... </NOUN> and the like
  bool block_failed = false;  // a code block of the entry was reported already
  auto finish = [&]() {
    if (!have) return;
    have = false;
    if (cur.codes.empty()) {
      if (!block_failed)
        problems->push_back({display, cur.line, "actor '" + cur.names[0] + "' has no code; skipped", true});
      return;
    }
    // A restriction-free code is the default: it applies only when no dated
    // one does, and CodeAt() takes the first period that contains the day.
    std::stable_partition(cur.codes.begin(), cur.codes.end(),
                          [](const CodePeriod& p) { return p.from != INT32_MIN || p.to != INT32_MAX; });
    dict->Add(std::move(cur));
  };
  // TABARI's noun endings: a whole-word name ("LIBYA_") also matches with
  // an "s" after it ("Libyas"; "Libya's" is already the name and "'s"),
  // one written with "=" ("MOUSE=") does not. Names whose words a blank
  // lets stand apart (TabariJoins) get none.
  auto add_noun_ending = [&](std::string_view head, const std::string& name) {
    head = Trim(head);
    if (petrarch || !head.ends_with("_") || name.empty() || name.back() == 's' ||
        !std::isalpha(static_cast<unsigned char>(name.back())))
      return;
    cur.names.push_back(name + "s");
  };
  auto add_blocks = [&](const std::vector<std::string_view>& blocks, uint32_t lineno) {
    for (std::string_view b : blocks) {
      CodePeriod p;
      if (ParseCodeBlock(b, display, lineno, &p, problems)) cur.codes.push_back(std::move(p));
      else block_failed = true;
    }
  };
  ForEachLineUntil(text, [&](uint32_t lineno, std::string_view raw) {
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) return true;
    if (body.starts_with("~~")) return false;  // TABARI's end-of-file marker
    // "<! -- note -->": a comment whose "<!--" lost its shape; it must not
    // open a section that would swallow the rest of the file.
    if (body.starts_with("<!")) return true;
    if (body[0] == '<' && body.back() == '>') {
      // TABARI's <NOUN> and <ADJECTIVE> lists help its parser tell nouns
      // from verbs; our tagger does that, so they are not loaded.
      finish();
      if (body[1] == '/') {
        section.clear();
      } else {
        section = std::string(body);
        problems->push_back({display, lineno, section + " section (TABARI parsing hints) is not loaded", false});
      }
      return true;
    }
    if (!section.empty()) return true;
    std::vector<std::string_view> blocks;
    if (body[0] == '+') {
      if (!have) {
        problems->push_back({display, lineno, "synonym '+' outside an entry", true});
        return true;
      }
      std::string_view head = SplitBlocks(body.substr(1), &blocks);
      std::string name = NormName(head);
      if (!name.empty()) {
        if (!petrarch && IsTabariStemName(head)) cur.stem_names.push_back(static_cast<uint32_t>(cur.names.size()));
        uint32_t loose = 0;
        bool joins = !petrarch && TabariJoins(head, &loose);
        if (joins) cur.tabari_joins.push_back({static_cast<uint32_t>(cur.names.size()), loose});
        cur.names.push_back(name);
        if (!joins) add_noun_ending(head, name);
      }
      add_blocks(blocks, lineno);
      return true;
    }
    if (body[0] == '[') {
      if (!have) {
        problems->push_back({display, lineno, "code block outside an entry", true});
        return true;
      }
      if (!indented && petrarch)
        problems->push_back({display, lineno, "date restriction not indented (PETRARCH wants a tab)", false});
      SplitBlocks(body, &blocks);
      add_blocks(blocks, lineno);
      return true;
    }
    finish();
    std::string name = NormName(SplitBlocks(body, &blocks));
    if (name.empty()) {
      problems->push_back({display, lineno, "entry without a name", true});
      return true;
    }
    cur = ActorEntry{};
    block_failed = false;
    cur.file = display;
    cur.line = lineno;
    cur.rules = petrarch ? ActorEntry::Rules::kPetrarch : ActorEntry::Rules::kTabari;
    if (!petrarch && IsTabariStemName(SplitBlocksHead(body))) cur.stem_names.push_back(0);
    uint32_t loose = 0;
    bool joins = !petrarch && TabariJoins(SplitBlocksHead(body), &loose);
    if (joins) cur.tabari_joins.push_back({0, loose});
    cur.names.push_back(name);
    if (!joins) add_noun_ending(SplitBlocksHead(body), name);
    have = true;
    add_blocks(blocks, lineno);
    return true;
  });
  finish();
}

// "~GOV" stays; so does "NGO~", a role written before the country in TABARI
// and PETRARCH (NGO + ARN = NGOARN), which the matcher puts in front.
bool AgentCode(std::string_view inner, const std::string& display, uint32_t lineno, std::string* code,
               std::vector<DictProblem>* problems) {
  std::string c = Upper(Trim(inner));
  c.erase(std::remove_if(c.begin(), c.end(), [](unsigned char ch) { return std::isspace(ch); }), c.end());
  bool ok = c.size() >= 2 && (c[0] == '~' || c.back() == '~') && std::count(c.begin(), c.end(), '~') == 1;
  for (char ch : c) ok = ok && IsCodeChar(ch);
  if (!ok) {
    problems->push_back({display, lineno, "malformed agent code [" + std::string(Trim(inner)) + "]", true});
    return false;
  }
  *code = c;
  return true;
}

// PETRARCH's regular plural of a phrase: the last word takes S, a final Y
// becomes IES, a final SS takes ES.
std::string RegularPlural(const std::string& name) {
  if (name.empty()) return name;
  if (name.size() >= 2 && name.ends_with("ss")) return name + "es";
  if (name.back() == 'y') return name.substr(0, name.size() - 1) + "ies";
  return name + "s";
}

using Markers = std::map<std::string, std::vector<std::string>>;  // "!PERSON!" -> MAN, MEN, ...

// Replaces each !MARKER! of a raw phrase by every one of its values.
bool ExpandMarkers(const std::string& phrase, const Markers& markers, std::vector<std::string>* out,
                   std::string* unknown) {
  size_t a = phrase.find('!');
  size_t b = a == std::string::npos ? a : phrase.find('!', a + 1);
  if (b == std::string::npos) {
    out->push_back(phrase);
    return true;
  }
  std::string key = Upper(phrase.substr(a, b - a + 1));
  auto it = markers.find(key);
  if (it == markers.end()) {
    *unknown = key;
    return false;
  }
  for (const std::string& v : it->second)
    if (!ExpandMarkers(phrase.substr(0, a) + v + phrase.substr(b + 1), markers, out, unknown)) return false;
  return true;
}

void LoadAgentsImpl(std::string_view raw_text, const std::string& display, bool petrarch, ActorDictionary* dict,
                    std::vector<DictProblem>* problems) {
  std::string text = BlankHtmlComments(raw_text);
  Markers markers;
  ForEachLineUntil(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) return true;
    if (body.starts_with("~~")) return false;
    // "!PERSON! = MAN, MEN, WOMAN" defines a marker; "!MINIST! [~GOV]" uses one.
    if (size_t eq = body.find('='); body[0] == '!' && eq != std::string_view::npos && eq < body.find('[')) {
      std::vector<std::string>& values = markers[Upper(Trim(body.substr(0, eq)))];
      std::string_view rest = body.substr(eq + 1);
      size_t start = 0;
      while (start <= rest.size()) {
        size_t comma = rest.find(',', start);
        if (comma == std::string_view::npos) comma = rest.size();
        std::string v(Trim(rest.substr(start, comma - start)));
        if (!v.empty()) values.push_back(v);
        start = comma + 1;
      }
      return true;
    }
    std::vector<std::string_view> blocks;
    std::string_view head = SplitBlocks(body, &blocks);
    if (blocks.empty()) {
      problems->push_back({display, lineno, "agent without a [~CODE] block", true});
      return true;
    }
    std::string code;
    if (!AgentCode(blocks[0], display, lineno, &code, problems)) return true;
    // PETRARCH: "ATTORNEY_GENERAL {ATTORNEYS_GENERAL}" gives the plurals,
    // "{}" none, nothing the regular plural.
    std::string phrase(Trim(head));
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    if (size_t brace = phrase.find('{'); brace != std::string::npos) {
      explicit_plural = true;
      size_t close = phrase.find('}', brace);
      std::string inside = phrase.substr(brace + 1, close == std::string::npos ? std::string::npos : close - brace - 1);
      std::istringstream ss(inside);
      for (std::string w; ss >> w;) plurals.push_back(w);
      phrase = std::string(Trim(phrase.substr(0, brace)));
    }
    std::vector<std::string> raw_names;
    std::string unknown;
    if (!ExpandMarkers(phrase, markers, &raw_names, &unknown)) {
      problems->push_back({display, lineno, "unknown substitution marker " + unknown + "; agent skipped", true});
      return true;
    }
    ActorEntry e;
    e.file = display;
    e.line = lineno;
    e.kind = ActorKind::kAgent;
    e.rules = petrarch ? ActorEntry::Rules::kPetrarch : ActorEntry::Rules::kTabari;
    for (const std::string& r : raw_names) {
      std::string n = NormName(r);
      if (n.empty()) continue;
      e.names.push_back(n);
      // A substituted marker already lists its plural forms.
      // TABARI also matches an agent's regular plural ("AMBASSADOR_" codes
      // "ambassadors of Arnor"), and writes no plurals of its own.
      if (!explicit_plural && phrase.find('!') == std::string::npos) e.names.push_back(RegularPlural(n));
    }
    for (const std::string& p : plurals) {
      std::vector<std::string> expanded;
      if (!ExpandMarkers(p, markers, &expanded, &unknown)) continue;
      for (const std::string& x : expanded)
        if (std::string n = NormName(x); !n.empty()) e.names.push_back(n);
    }
    if (e.names.empty()) {
      problems->push_back({display, lineno, "agent without a name", true});
      return true;
    }
    CodePeriod period;
    period.code = code;
    period.line = lineno;
    e.codes.push_back(period);
    if (blocks.size() > 1)
      problems->push_back({display, lineno, "only the first code block of an agent is used", false});
    dict->Add(std::move(e));
    return true;
  });
}

// --- Verbs -----------------------------------------------------------------

// One element of a peer pattern, before it becomes PatternElem.
struct Atom {
  enum Kind { kWord, kSynset, kTarget, kSource, kVerb, kSkip, kCompound, kAlt, kBad } kind = kWord;
  std::string text;                 // word (lower case) or synset name
  std::vector<std::string> alts;    // kAlt: the alternatives
  std::vector<std::string> raw_alts;  // kAlt: as written (TabariMemberText reads them)
  bool joined = false;              // `_` or a (...) / {...} group ties it to the atom before
  // Tied by `_`: right after the atom before. PETRARCH-2's groups ("*
  // (ON RESOLUTION)") name a phrase's words, modifiers between allowed.
  bool underscore = false;
  bool stem = false;  // kWord written with `~` after it ("REAL~"): TABARI's stem
  bool whole = false;  // kWord written with `_` after it: a whole word in TABARI (else a stem)
};

// A TABARI synset member or `{ | }` alternative as VerbBuild::DefineSynset
// reads it: lower-case words separated by blanks, "*" where the peer left
// a blank between words (other words may stand there: "+AUSTRIAN FLORIN"
// is "austrian gold florin"), and "~" after a stem, a word of three
// letters or more with no `_` after it ("YENNYEN" is "yennyener"). Words
// tied by `_` follow each other; a final `=` or `_` makes a whole word.
std::string TabariMemberText(std::string_view raw) {
  std::string out;
  size_t i = 0;
  bool first_chunk = true;
  while (i < raw.size()) {
    while (i < raw.size() && std::isspace(static_cast<unsigned char>(raw[i]))) ++i;
    if (i >= raw.size()) break;
    size_t j = i;
    while (j < raw.size() && !std::isspace(static_cast<unsigned char>(raw[j]))) ++j;
    std::string_view chunk = raw.substr(i, j - i);
    i = j;
    if (!first_chunk && !out.empty()) out += " *";
    first_chunk = false;
    for (size_t a = 0; a < chunk.size();) {
      size_t b = chunk.find('_', a);
      if (b == std::string_view::npos) b = chunk.size();
      std::string w = AsciiLower(chunk.substr(a, b - a));
      bool whole = b < chunk.size();
      a = b + 1;
      while (!w.empty() && w.back() == '=') w.pop_back(), whole = true;
      if (w.empty()) continue;
      bool stem = !whole && w.size() >= 3 && w[0] != '&' &&
                  std::all_of(w.begin(), w.end(), [](unsigned char ch) { return std::isalpha(ch); });
      out += (out.empty() ? "" : " ") + w + (stem ? "~" : "");
    }
  }
  return out;
}

// Splits a pattern into atoms. Blanks separate atoms that may have other
// words between them in TABARI and PETRARCH; `_` and PETRARCH's (...) and
// {...} groups tie words together. `{ A | B }` is a TABARI disjunction.
std::vector<Atom> Atomize(std::string_view s) {
  std::vector<Atom> out;
  bool tie = false;   // the next atom is tied to the previous one
  int depth = 0;      // inside a group every atom after the first is tied
  bool group_first = false;
  size_t i = 0;
  auto push = [&](Atom a) {
    a.joined = !out.empty() && (tie || (depth > 0 && !group_first));
    a.underscore = !out.empty() && tie;
    group_first = false;
    tie = false;
    out.push_back(std::move(a));
  };
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      tie = false;
      ++i;
      continue;
    }
    if (c == '_') {
      tie = true;
      if (!out.empty()) out.back().whole = true;
      ++i;
      continue;
    }
    if (c == '{' || c == '(') {
      size_t close = s.find(c == '{' ? '}' : ')', i);
      std::string_view inside = s.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
      if (c == '{' && inside.find('|') != std::string_view::npos) {
        Atom a;
        a.kind = Atom::kAlt;
        size_t start = 0;
        while (start <= inside.size()) {
          size_t bar = inside.find('|', start);
          if (bar == std::string_view::npos) bar = inside.size();
          std::string alt = NormName(inside.substr(start, bar - start));
          if (!alt.empty()) a.alts.push_back(alt), a.raw_alts.push_back(std::string(inside.substr(start, bar - start)));
          start = bar + 1;
        }
        push(std::move(a));
        i = close == std::string_view::npos ? s.size() : close + 1;
        continue;
      }
      ++depth;
      group_first = true;
      ++i;
      continue;
    }
    if (c == '}' || c == ')') {
      if (depth > 0) --depth;
      tie = false;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) && s[j] != '_' && s[j] != '{' &&
           s[j] != '}' && s[j] != '(' && s[j] != ')')
      ++j;
    std::string_view w = s.substr(i, j - i);
    i = j;
    Atom a;
    if (w == "*" || w == "**") a.kind = Atom::kVerb;
    else if (w == "+") a.kind = Atom::kTarget;
    else if (w == "$") a.kind = Atom::kSource;
    else if (w == "%") a.kind = Atom::kCompound;
    else if (w == "^") a.kind = Atom::kSkip;
    else if (w[0] == '&') a.kind = Atom::kSynset, a.text = Upper(w.substr(1));
    else if (w.size() > 1 && w.back() == '~' && w.find('~') == w.size() - 1 && w.find('*') == std::string_view::npos)
      a.kind = Atom::kWord, a.text = AsciiLower(w.substr(0, w.size() - 1)), a.stem = true;
    else if (w.find('~') != std::string_view::npos || w.find('*') != std::string_view::npos) a.kind = Atom::kBad;
    else a.kind = Atom::kWord, a.text = AsciiLower(w);
    if (a.kind == Atom::kBad) a.text = std::string(w);
    push(std::move(a));
  }
  return out;
}

// The code of a pattern: "064", "---" (null: returns ""), "042:043" (the
// second event is not coded), "031!". With `dominant` (TABARI's files) a
// '!' on the first code is kept, "031!", for the coder: TABARI's dominant
// event is the only one its sentence codes.
bool PatternCode(std::string_view inner, const std::string& display, uint32_t lineno, std::string* code,
                 std::vector<DictProblem>* problems, bool dominant = false) {
  std::string c(Trim(inner));
  std::string paired;
  if (size_t colon = c.find(':'); colon != std::string::npos) {
    // "a:b" (TABARI's paired events): the target also does b to the
    // source ("visit" 042 and "host" 043). Kept as "a:b" for Build, which
    // sets VerbPattern::paired_code.
    std::string first(Trim(c.substr(0, colon))), second(Trim(c.substr(colon + 1)));
    while (!second.empty() && second.back() == '!') second.pop_back();
    if (first.empty()) first = second;
    if (!second.empty() && second != "---" && std::all_of(second.begin(), second.end(), [](unsigned char ch) {
          return std::isdigit(ch);
        }))
      paired = second;
    c = first;
  }
  bool bang = false;
  while (!c.empty() && c.back() == '!') c.pop_back(), bang = true;
  if (c.empty()) {
    problems->push_back({display, lineno, "empty code []", true});
    return false;
  }
  if (c == "###" || c == "+++") {
    // TABARI: discard the sentence / mark it complex. Neither is an event.
    problems->push_back({display, lineno, "[" + c + "] (discard/complex) has no equivalent; loaded as null ---", false});
    c = "---";
  }
  *code = c == "---" ? "" : c;
  if (!code->empty() && bang && dominant) *code += '!';
  if (!code->empty() && !paired.empty()) *code += ":" + paired;
  return true;
}

struct VerbBuild {
  VerbDictionary* verbs;
  const NameTokenizer& tokenize;
  std::vector<DictProblem>* problems;
  std::vector<SynsetText>* synsets;
  std::string display;
  const VerbLexicon* lexicon = nullptr;
  std::unordered_set<std::string> headwords;  // the file's own verbs, lower case
  bool tabari = false;                         // a TABARI file (else PETRARCH)

  // The lemmas a peer verb stands for, since the coder looks verbs up by
  // lemma: an inflected whole word ("met") its lemma; a TABARI stem
  // ("restor", which matches restore, restored, restoring) every verb lemma
  // it begins, except those the file lists as verbs of their own: they have
  // their own codes and patterns. Stems shorter than 3 letters are not
  // expanded, a verb no lexicon knows is kept as written.
  // Sets surface_of for the keys: an inflected verb ("met") keyed by its
  // lemma names that form only (VerbPattern::surface).
  std::vector<std::string> Keys(const std::string& verb, bool stem) {
    surface_of.clear();
    if (!lexicon) return {verb};
    std::vector<std::string> keys;
    std::string base = lexicon->lemma_of(verb);
    if (!base.empty()) keys.push_back(base);
    if (!base.empty() && base != verb) {
      std::vector<NameToken> toks;
      tokenize(verb, &toks);
      if (toks.size() == 1) surface_of[base] = toks[0].hash;
    }
    if (stem && verb.size() >= 3)
      for (std::string& l : lexicon->with_prefix(verb))
        if (l != base && !headwords.count(l)) keys.push_back(std::move(l));
    if (keys.empty()) keys.push_back(verb);
    return keys;
  }

  // TABARI's spellings of a verb (VerbDictionary::AddVerbForm/AddVerbStem)
  // for the verb key `key`, from one word as the file writes it: "RESTOR"
  // is a stem, "DEPART_" a whole word that also takes the regular endings
  // -S -ED -ES -EN -ING (-D after a final E), "BAN=" that word alone;
  // an inflected form ("VISITED") takes no endings.
  void TabariForms(std::string_view written, const std::string& key) {
    size_t e = 0;
    while (e < written.size() && (std::isalnum(static_cast<unsigned char>(written[e])) || written[e] == '\'')) ++e;
    if (e == 0) return;
    std::string word = AsciiLower(written.substr(0, e));
    char mark = e < written.size() ? written[e] : 0;  // "BURN_DOWN": the verb of a phrase is a whole word too
    uint64_t k = TokenHash(key);
    if (mark != '_' && mark != '=') {
      if (word.size() >= 3) verbs->AddVerbStem(word, k);
      return;
    }
    verbs->AddVerbForm(TokenHash(word), k);
    if (mark == '=') return;
    if (lexicon) {
      std::string base = lexicon->lemma_of(word);
      if (!base.empty() && base != word) return;
    }
    for (const char* end : {"s", "ed", "es", "en", "ing"}) verbs->AddVerbForm(TokenHash(word + end), k);
    if (word.back() == 'e') verbs->AddVerbForm(TokenHash(word + "d"), k);
  }

  // The written form of the verb keyed by a lemma, when it is an inflected
  // form (Keys): lemma -> TokenHash of the form.
  std::unordered_map<std::string, uint64_t> surface_of;

  // A PETRARCH pattern is built once per verb of its block; its problem is
  // reported once.
  void Problem(uint32_t line, std::string msg, bool error) {
    if (!problems->empty() && problems->back().line == line && problems->back().file == display &&
        problems->back().message == msg)
      return;
    problems->push_back({display, line, std::move(msg), error});
  }

  // This load's synsets by name, members as written (lower case), for
  // expanding members that name another synset.
  std::unordered_map<std::string, std::vector<std::string>> defined;
  // Synsets with such members, defined once the file is read: (name,
  // members, each member's line, the synset's line).
  struct NestedSynset {
    std::string name;
    std::vector<std::string> members;
    std::vector<uint32_t> lines;
    uint32_t line = 0;
  };
  std::vector<NestedSynset> nested;

  // Ends a synset. A member that names another synset ("&TIETYPES_MEMOS",
  // "memos on &TIETYPES") is expanded; when that synset is not defined yet,
  // the synset waits for EndSynsets().
  void EndSynset(const std::string& name, const std::vector<std::string>& members,
                 const std::vector<uint32_t>& lines, uint32_t line) {
    if (name.empty()) return;
    std::vector<std::string> expanded;
    for (const std::string& m : members) {
      std::string missing;
      if (!Expand(m, 0, &expanded, &missing)) {
        nested.push_back({name, members, lines, line});
        return;
      }
    }
    DefineSynset(name, expanded, line);
  }

  // A member's expansions: every `&NAME` word replaced by each member of
  // NAME (itself expanded), words kept in order. Returns false with the
  // first unknown name in `*missing` when a synset is not (yet) defined.
  bool Expand(const std::string& member, int depth, std::vector<std::string>* out, std::string* missing) const {
    std::vector<std::string> acc{""};
    size_t i = 0;
    while (i < member.size()) {
      size_t sp = member.find(' ', i);
      if (sp == std::string::npos) sp = member.size();
      std::string word = member.substr(i, sp - i);
      i = sp + 1;
      std::vector<std::string> alts;
      if (word.size() > 1 && word[0] == '&') {
        std::string name = Upper(word.substr(1));
        while (!name.empty() && name.back() == '_') name.pop_back();
        auto it = defined.find(name);
        if (it == defined.end() || depth > 8) {
          *missing = name;
          return false;
        }
        for (const std::string& m : it->second)
          if (!Expand(m, depth + 1, &alts, missing)) return false;
      } else {
        alts.push_back(word);
      }
      std::vector<std::string> next;
      for (const std::string& a : acc)
        for (const std::string& w : alts) next.push_back(a.empty() ? w : a + " " + w);
      acc = std::move(next);
    }
    for (std::string& a : acc)
      if (!a.empty()) out->push_back(std::move(a));
    return true;
  }

  // Defines the synsets whose members name other synsets, in as many
  // rounds as nesting needs; a member naming a synset no file defines is
  // reported and skipped.
  void EndSynsets() {
    bool progress = true;
    while (!nested.empty() && progress) {
      progress = false;
      for (size_t k = 0; k < nested.size(); ++k) {
        bool ready = true;
        for (const std::string& m : nested[k].members) {
          std::vector<std::string> ex;
          std::string missing;
          if (m.find('&') != std::string::npos && !Expand(m, 0, &ex, &missing) &&
              std::any_of(nested.begin(), nested.end(), [&](const NestedSynset& n) { return n.name == missing; }))
            ready = false;
        }
        if (!ready) continue;
        NestedSynset n = std::move(nested[k]);
        nested.erase(nested.begin() + static_cast<long>(k));
        std::vector<std::string> members;
        for (size_t j = 0; j < n.members.size(); ++j) {
          std::string missing;
          if (!Expand(n.members[j], 0, &members, &missing))
            Problem(n.lines[j], "synset member '" + n.members[j] + "' names &" + missing +
                                    ", which no synset defines; skipped", true);
        }
        DefineSynset(n.name, members, n.line);
        progress = true;
        break;
      }
    }
    for (const NestedSynset& n : nested)  // synsets that name each other
      Problem(n.line, "synset &" + n.name + " is defined through itself; skipped", true);
    nested.clear();
  }

  // Defines a synset through our own reader (so members are tokenized like
  // everything else) and keeps its text for writing it back.
  // TABARI's members carry TabariMemberText's marks ("*" gaps, "~" stems),
  // which become Synset::gaps and Synset::stems; written back without them.
  void DefineSynset(const std::string& name, const std::vector<std::string>& members, uint32_t line) {
    if (members.empty()) return;
    auto& known = defined[name];
    known.insert(known.end(), members.begin(), members.end());
    std::vector<std::string> plain = members;
    if (tabari) {
      for (size_t i = 0; i < members.size(); ++i) {
        std::vector<uint64_t> words;
        std::vector<int32_t> stems;
        uint32_t gaps = 0;
        bool gap = false;
        plain[i].clear();
        std::istringstream in(members[i]);
        for (std::string w; in >> w;) {
          if (w == "*") {
            gap = true;
            continue;
          }
          bool stem = w.size() > 1 && w.back() == '~';
          if (stem) w.pop_back();
          plain[i] += (plain[i].empty() ? "" : " ") + w;
          std::vector<NameToken> toks;
          tokenize(w, &toks);
          for (size_t k = 0; k < toks.size(); ++k) {
            if (k == 0 && gap && !words.empty() && words.size() < 32) gaps |= 1u << words.size();
            // A stem past the first word (the first is looked up by its spelling).
            stems.push_back(stem && toks.size() == 1 && !words.empty() ? static_cast<int32_t>(verbs->AddWordStem(w)) : -1);
            words.push_back(toks[k].hash);
          }
          gap = false;
        }
        verbs->AddSynsetMember(name, display, line, std::move(words), gaps, std::move(stems));
      }
    } else {
      std::string text = "&" + name + " =";
      for (size_t i = 0; i < members.size(); ++i) text += (i ? " | " : " ") + members[i];
      verbs->LoadSynsetText(text + "\n", display, tokenize, problems);
    }
    if (synsets) {
      auto it = std::find_if(synsets->begin(), synsets->end(), [&](const SynsetText& s) { return s.name == name; });
      if (it == synsets->end()) synsets->push_back(SynsetText{name, plain, display, line});
      else it->members.insert(it->members.end(), plain.begin(), plain.end());
    }
  }

  // TABARI: a pattern word without `_` after it is a stem ("* REVOLUTION"
  // matches "revolutionary", "IN *" "into"), one with `_` a whole word.
  // Words with other characters ("DON'T", "ANTI-") stay words: our
  // tokenizer splits them.
  bool TabariStemWord(const Atom& a) const {
    if (!tabari || a.whole || a.kind != Atom::kWord || a.text.size() < 2) return false;
    if (!std::all_of(a.text.begin(), a.text.end(), [](unsigned char ch) { return std::isalnum(ch); })) return false;
    std::vector<NameToken> toks;
    tokenize(a.text, &toks);
    return toks.size() == 1;
  }

  // A stem word "REAL~": matches any token that begins with "real".
  PatternElem StemElem(const Atom& a) {
    PatternElem e{PatternElem::Kind::kWord, TokenHash(a.text), verbs->AddWordStem(a.text), a.underscore};
    e.stem = true;
    return e;
  }

  // The synset for a disjunction `{ A | B }`, named by line and order
  // within the line (`*n`: ALT_<line>, ALT_<line>_1, ...) so that the
  // verbs of one PETRARCH block share one synset. An alternative that
  // names a synset ("{ &TIETYPES | CLOSER }") stands for its members, as a
  // synset member does (Expand). False if that synset is not defined
  // (yet): synsets come before the patterns that use them in both peers.
  bool AltSynset(const Atom& a, uint32_t line, int* n, std::string* name) {
    std::vector<std::string> members;
    for (size_t k = 0; k < a.alts.size(); ++k) {
      std::string missing;
      std::string alt = tabari ? TabariMemberText(a.raw_alts[k]) : a.alts[k];
      if (!Expand(alt, 0, &members, &missing)) return false;
    }
    *name = "ALT_" + std::to_string(line) + (*n ? "_" + std::to_string(*n) : "");
    ++*n;
    if (verbs->synsets()[verbs->SynsetIndex(*name)].members.empty()) DefineSynset(*name, members, line);
    return true;
  }

  // Turns atoms that follow the verb into our elements; `pre` are the
  // verb's own particles ("called_on" -> on). Returns false (and reports)
  // when the pattern cannot be expressed.
  bool Build(const std::string& verb, const std::vector<Atom>& post, const std::string& code, uint32_t line,
             const std::string& what, const std::vector<PatternElem>& before = {},
             const std::string& before_text = "", bool compound_source = false, int* alt_counter = nullptr,
             bool subject_slot = false, bool subject_is_target = false) {
    VerbPattern p;
    p.code = code;
    if (size_t colon = p.code.find(':'); colon != std::string::npos) {  // PatternCode's "a:b"
      p.paired_code = p.code.substr(colon + 1);
      p.code.resize(colon);
    }
    p.compound_source = compound_source;
    // A subject slot ("$ *", "% *") asks more than the bare verb, which
    // has any subject: TABARI's CALLED_ON "$ * [095]" wins over [094].
    if (compound_source || subject_slot) p.specificity += 1;
    p.subject_is_target = subject_is_target;
    if (auto form = surface_of.find(verb); form != surface_of.end()) p.surface = form->second;
    p.verb = TokenHash(verb);
    p.file = display;
    p.line = line;
    std::string text = verb;  // the pattern as written; AddPattern copies it into the dictionary
    p.before = before;
    for (const PatternElem& e : before) {
      p.specificity += e.kind == PatternElem::Kind::kGap ? 0 : 2;
      p.has_target |= e.kind == PatternElem::Kind::kTarget;
      p.has_source |= e.kind == PatternElem::Kind::kSource;
    }
    bool last_gap = false;
    int own_alts = 0;
    int* alts = alt_counter ? alt_counter : &own_alts;
    auto add_gap = [&]() {
      if (last_gap) return;
      p.elems.push_back(PatternElem{PatternElem::Kind::kGap, 0, 0});
      text += " *";
      last_gap = true;
    };
    for (const Atom& a : post) {
      if (!a.joined) add_gap();
      switch (a.kind) {
        case Atom::kVerb:
          Problem(line, what + ": two verb positions '*'", true);
          return false;
        case Atom::kCompound:
          // After the verb: a target slot that must hold a compound actor.
          if (p.has_target) {
            Problem(line, what + ": '%' beside a target '+'", true);
            return false;
          }
          p.has_target = p.compound_target = true;
          p.elems.push_back(PatternElem{PatternElem::Kind::kTarget, 0, 0});
          text += " %";
          p.specificity += 1;
          last_gap = false;
          break;
        case Atom::kBad:
          Problem(line, what + ": '" + a.text + "' cannot be expressed", true);
          return false;
        case Atom::kSkip:
          p.elems.push_back(PatternElem{PatternElem::Kind::kSkip, 0, 0});
          text += " ^";
          p.specificity += 1;
          last_gap = false;
          break;
        case Atom::kTarget:
        case Atom::kSource: {
          bool target = a.kind == Atom::kTarget;
          if (target ? p.has_target : p.has_source) {
            Problem(line, what + ": more than one " + (target ? "'+'" : "'$'"), true);
            return false;
          }
          (target ? p.has_target : p.has_source) = true;
          p.elems.push_back(PatternElem{target ? PatternElem::Kind::kTarget : PatternElem::Kind::kSource, 0, 0});
          text += target ? " +" : " $";
          p.specificity += 1;
          last_gap = false;
          break;
        }
        case Atom::kSynset: {
          std::string name = a.text;
          while (!name.empty() && name.back() == '_') name.pop_back();
          p.elems.push_back(PatternElem{PatternElem::Kind::kSynset, 0, verbs->SynsetIndex(name), a.underscore});
          text += " &" + name;
          // TABARI prefers a pattern's own word to a synset that holds it
          // ("* DOLLAR" before "* &CURRENCY" for "a million dollars").
          p.specificity += tabari ? 1 : 2;
          last_gap = false;
          break;
        }
        case Atom::kAlt: {
          std::string name;
          if (!AltSynset(a, line, alts, &name)) {
            Problem(line, what + ": a synset inside { | } cannot be expressed", true);
            return false;
          }
          p.elems.push_back(PatternElem{PatternElem::Kind::kSynset, 0, verbs->SynsetIndex(name), a.underscore});
          text += " &" + name;
          p.specificity += 2;
          last_gap = false;
          break;
        }
        case Atom::kWord: {
          if (a.stem || TabariStemWord(a)) {
            p.elems.push_back(StemElem(a));
            text += " " + a.text + "~";
            p.specificity += 2;
            last_gap = false;
            break;
          }
          std::vector<NameToken> toks;
          tokenize(a.text, &toks);
          for (const NameToken& t : toks) {
            // The tokens of one word ("anti-") are adjacent too.
            p.elems.push_back(PatternElem{PatternElem::Kind::kWord, t.hash, 0, a.underscore || &t != &toks[0]});
            p.elems.back().exact = tabari && a.whole;  // "RESOLUTION_": not "resolutions"
            p.specificity += 2;
          }
          text += " " + a.text;
          last_gap = false;
          break;
        }
      }
    }
    // A trailing gap matches nothing more.
    while (!p.elems.empty() && p.elems.back().kind == PatternElem::Kind::kGap) {
      p.elems.pop_back();
      text.resize(text.size() - 2);
    }
    // Kept after the verb so that the text still starts with it.
    if (!before.empty()) text += " [before: " + before_text + "VERB]";
    if (compound_source) text += " [compound subject %]";
    p.text = text;
    verbs->AddPattern(std::move(p));
    return true;
  }

  // A full pattern line "- ... [code]" for one verb with its particles.
  void Pattern(const std::string& verb, const std::vector<Atom>& particles, std::string_view body, uint32_t line) {
    std::vector<std::string_view> blocks;
    std::string_view head = SplitBlocks(body, &blocks);
    if (blocks.empty()) {
      Problem(line, "pattern without a [code]", true);
      return;
    }
    std::string code;
    if (!PatternCode(blocks[0], display, line, &code, problems, tabari)) return;
    std::vector<Atom> atoms = Atomize(head);
    size_t v = 0;
    while (v < atoms.size() && atoms[v].kind != Atom::kVerb) ++v;
    if (v == atoms.size()) {
      Problem(line, "pattern without the verb position '*'", true);
      return;
    }
    std::vector<Atom> post = particles;
    for (size_t i = v + 1; i < atoms.size(); ++i) post.push_back(atoms[i]);
    std::vector<PatternElem> before;
    std::string before_text;
    bool compound_source = false;
    int alts = 0;  // disjunctions named so far on this line (AltSynset)
    if (v > 0 && !Before(atoms, v, post, line, &alts, &before, &before_text, &compound_source)) {
      std::string pre;
      static const char* kSymbol[] = {"", "", "+", "$", "*", "^", "%", "{|}", ""};
      for (size_t i = 0; i < v; ++i) pre += (i ? " " : "") + (atoms[i].text.empty() ? kSymbol[atoms[i].kind] : atoms[i].text);
      Problem(line, "pattern with slots or alternatives before the verb (" + pre + ") cannot be expressed", true);
      return;
    }
    bool subject_slot = v > 0 && (atoms[0].kind == Atom::kSource || atoms[0].kind == Atom::kTarget);
    Build(verb, post, code, line, "pattern", before, before_text, compound_source, &alts, subject_slot,
          v > 0 && atoms[0].kind == Atom::kTarget);
  }

  // The part of a pattern before its verb `*` (atoms[0, v)) as elements
  // matched backwards from the verb (VerbPattern::before): words, synsets,
  // and gaps where the peer leaves a blank ("NOT *" allows words between,
  // "FAILED_TO_*" does not). A leading slot is the subject, which our coder
  // reads anyway: `$` is the source by default, and `+` is the target when
  // the pattern names the source after the verb ("+ * FROM $") or the verb
  // is passive ("+ WAS * BY $"). A leading `%` is a subject that names two
  // or more actors (`*compound`, VerbPattern::compound_source). Returns
  // false for anything else.
  bool Before(const std::vector<Atom>& atoms, size_t v, const std::vector<Atom>& post, uint32_t line, int* alts,
              std::vector<PatternElem>* out, std::string* text, bool* compound) {
    static const std::unordered_set<std::string> kPassive = {"was", "were", "been", "be", "is", "are", "being"};
    size_t first = 0;
    if (atoms[0].kind == Atom::kCompound) {
      for (const Atom& a : post)
        if (a.kind == Atom::kSource || a.kind == Atom::kCompound) return false;
      *compound = true;
      first = 1;
    } else if (atoms[0].kind == Atom::kSource || atoms[0].kind == Atom::kTarget) {
      bool ok = atoms[0].kind == Atom::kSource;
      for (const Atom& a : post) ok |= a.kind == Atom::kSource;
      for (size_t i = 1; i < v; ++i) ok |= atoms[i].kind == Atom::kWord && kPassive.count(atoms[i].text);
      if (!ok) return false;
      first = 1;
    }
    bool need_gap = false;
    for (size_t i = first; i < v; ++i) {
      const Atom& a = atoms[i];
      if (i > first && !a.joined) need_gap = true;
      if (a.kind == Atom::kSkip) {  // "$ HOSTING ^ * TABASKI": an actor passed over
        if (need_gap) out->push_back(PatternElem{PatternElem::Kind::kGap, 0, 0}), *text += "* ";
        need_gap = false;
        out->push_back(PatternElem{PatternElem::Kind::kSkip, 0, 0});
        *text += "^ ";
        continue;
      }
      bool slot = a.kind == Atom::kTarget || a.kind == Atom::kSource;
      if (a.kind != Atom::kWord && a.kind != Atom::kSynset && a.kind != Atom::kAlt && !slot) return false;
      if (need_gap) out->push_back(PatternElem{PatternElem::Kind::kGap, 0, 0}), *text += "* ";
      need_gap = false;
      // A slot among the words before the verb ("ANTI- + *", "SUGGESTED +
      // * DEMAND"): an actor right there. Only the TABARI reading matches
      // it (EventCoderOptions::dictionary_verbs); the clause reading has
      // the subject there and leaves such patterns alone.
      if (slot) {
        bool target = a.kind == Atom::kTarget;
        for (const PatternElem& e : *out)
          if (e.kind == (target ? PatternElem::Kind::kTarget : PatternElem::Kind::kSource)) return false;
        for (const Atom& p : post)
          if (p.kind == a.kind || (target && p.kind == Atom::kCompound)) return false;
        out->push_back(PatternElem{target ? PatternElem::Kind::kTarget : PatternElem::Kind::kSource, 0, 0});
        *text += target ? "+ " : "$ ";
        continue;
      }
      if (a.kind == Atom::kAlt) {  // "HAS { NOT | REFXSED_TO | DECLINED } *": a synset, as after the verb
        std::string name;
        if (!AltSynset(a, line, alts, &name)) return false;
        out->push_back(PatternElem{PatternElem::Kind::kSynset, 0, verbs->SynsetIndex(name)});
        *text += "&" + name + " ";
        continue;
      }
      if (a.kind == Atom::kSynset) {
        std::string name = a.text;
        while (!name.empty() && name.back() == '_') name.pop_back();
        out->push_back(PatternElem{PatternElem::Kind::kSynset, 0, verbs->SynsetIndex(name)});
        *text += "&" + name + " ";
        continue;
      }
      if (a.stem || TabariStemWord(a)) {
        out->push_back(StemElem(a));
        *text += a.text + "~ ";
        continue;
      }
      std::vector<NameToken> toks;
      tokenize(a.text, &toks);
      for (const NameToken& t : toks) {
        out->push_back(PatternElem{PatternElem::Kind::kWord, t.hash, 0});
        out->back().exact = tabari && a.whole;
      }
      *text += a.text + " ";
    }
    if (out->empty()) return true;  // only the subject slot: nothing to match
    if (need_gap || !atoms[v].joined) out->push_back(PatternElem{PatternElem::Kind::kGap, 0, 0}), *text += "* ";
    return true;
  }
};

// A verb phrase of a verb line: "CALLED_ON" -> verb "called", particles
// [on]; PETRARCH marks the verb of a phrase with '+': "+GO_BY",
// "KLM_NOP_+RST" (words before the verb: not expressible).
bool VerbPhrase(std::string_view phrase, std::string* verb, std::vector<Atom>* particles, std::string* why) {
  std::string s(phrase);
  size_t plus = s.find('+');
  if (plus != std::string::npos) {
    if (plus > 0 && s.find_first_not_of(" _", 0) < plus) {
      *why = "verb phrase with words before the verb (" + NormName(s.substr(0, plus)) + ")";
      return false;
    }
    s.erase(plus, 1);
  }
  std::vector<Atom> atoms = Atomize(s);
  if (atoms.empty() || atoms[0].kind != Atom::kWord) {
    *why = "verb line without a verb";
    return false;
  }
  *verb = atoms[0].text;
  while (!verb->empty() && (verb->back() == '=' || verb->back() == '_')) verb->pop_back();
  particles->assign(atoms.begin() + 1, atoms.end());
  for (const Atom& a : *particles)
    if (a.kind != Atom::kWord && a.kind != Atom::kSynset) {
      *why = "verb phrase with a slot or gap";
      return false;
    }
  return true;
}

// TABARI: a verb written without `_` or `=` right after it is a stem
// ("RESTOR", "ATTACK"); "ACT_", "BAN=", "CALLED_ON" are whole words.
bool IsTabariStem(std::string_view head) {
  size_t i = head.find_first_not_of(" \t+");
  if (i == std::string_view::npos) return false;
  while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '\'' || head[i] == '-')) ++i;
  return i >= head.size() || (head[i] != '_' && head[i] != '=');
}

// The first words of a TABARI file's verb lines (lower case), outside
// <SYNSETS>, <TIME> and other sections, so that a stem is not expanded onto
// a verb that has its own entry.
std::unordered_set<std::string> TabariHeadwords(std::string_view text) {
  std::unordered_set<std::string> out;
  bool in_section = false;
  ForEachLineUntil(text, [&](uint32_t, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.starts_with("~~")) return body.substr(0, 8) != "~~FINISH";
    if (!body.empty() && body[0] == '<' && body.back() == '>') {
      in_section = body.size() > 1 && body[1] != '/';
      return true;
    }
    if (in_section || body.empty() || !std::isalpha(static_cast<unsigned char>(body[0]))) return true;
    size_t e = 0;
    while (e < body.size() && (std::isalnum(static_cast<unsigned char>(body[e])) || body[e] == '\'')) ++e;
    out.insert(AsciiLower(body.substr(0, e)));
    return true;
  });
  return out;
}

void LoadTabariVerbsImpl(std::string_view text, VerbBuild& b) {
  b.tabari = true;
  b.headwords = TabariHeadwords(text);
  enum class Section { kNone, kSynsets, kTime, kOther } section = Section::kNone;
  std::string syn_name;
  std::vector<std::string> syn_members;
  std::vector<uint32_t> syn_lines;
  uint32_t syn_line = 0;
  auto end_synset = [&]() {
    b.EndSynset(syn_name, syn_members, syn_lines, syn_line);
    syn_name.clear();
    syn_members.clear();
    syn_lines.clear();
  };
  std::vector<std::string> verb_keys;  // the current verb line's lemmas and particles
  std::vector<Atom> particles;
  bool verb_ok = false;
  ForEachLineUntil(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) return true;
    if (body.starts_with("~~")) return body.substr(0, 8) != "~~FINISH";
    if (body[0] == '<' && body.back() == '>') {
      end_synset();
      std::string tag = Upper(body);
      if (tag == "<SYNSETS>") section = Section::kSynsets;
      else if (tag == "<TIME>") section = Section::kTime;
      else if (tag[1] == '/') section = Section::kNone;
      else section = Section::kOther, b.Problem(lineno, tag + " section is not loaded", false);
      return true;
    }
    if (section == Section::kOther) return true;
    if (section == Section::kTime) {
      // "ONCE_UPON_A_TIME [###]", "WHEN_PEACE_COMES [+++]": phrases that
      // leave their sentence uncoded (VerbDictionary::SentenceStop). The
      // date shifts ("LAST_WEEK [-7]") move an event's date, which our time
      // stage does from the text itself; they are not loaded.
      std::vector<std::string_view> blocks;
      std::string_view head = SplitBlocks(body, &blocks);
      std::string code = blocks.empty() ? std::string() : std::string(Trim(blocks[0]));
      if (head.starts_with("-") || (code != "###" && code != "+++")) {
        b.Problem(lineno, "<TIME> date shift not loaded (our time stage dates events from the text)", false);
        return true;
      }
      VerbDictionary::SentenceStop stop;
      std::vector<NameToken> toks;
      b.tokenize(NormName(head), &toks);
      for (const NameToken& t : toks) stop.words.push_back(t.hash);
      stop.complex = code == "+++";
      stop.file = b.display;
      stop.line = lineno;
      if (!stop.words.empty()) b.verbs->AddSentenceStop(std::move(stop));
      return true;
    }
    if (section == Section::kSynsets) {
      if (body[0] == '&') {
        end_synset();
        syn_name = Upper(Trim(body.substr(1)));
        while (!syn_name.empty() && syn_name.back() == '_') syn_name.pop_back();
        syn_line = lineno;
      } else if (body[0] == '+') {
        std::string m = TabariMemberText(body.substr(1));
        if (!m.empty()) syn_members.push_back(m), syn_lines.push_back(lineno);
      } else {
        b.Problem(lineno, "unexpected line in <SYNSETS>", true);
      }
      return true;
    }
    if (body[0] == '-') {
      if (!verb_ok) {
        b.Problem(lineno, "pattern of a verb that was not loaded; skipped", true);
        return true;
      }
      for (const std::string& verb : verb_keys) b.Pattern(verb, particles, body.substr(1), lineno);
      return true;
    }
    if (body[0] == '{') {
      // Other forms of the verb above ("{ ACTING_ ACTXD_ ACTUALITY }"): our
      // lemmatizer finds the real irregular ones, but TABARI matches these
      // spellings whatever they are, so they are kept for its reading.
      if (verb_ok && !verb_keys.empty()) {
        std::string_view inner = body.substr(1, body.find('}') == std::string_view::npos ? std::string_view::npos
                                                                                          : body.find('}') - 1);
        std::istringstream words{std::string(inner)};
        for (std::string w; words >> w;) b.TabariForms(w, verb_keys.front());
      }
      return true;
    }
    if (body[0] == '&' || body[0] == '+') {
      b.Problem(lineno, "synset line outside <SYNSETS>", true);
      return true;
    }
    std::vector<std::string_view> blocks;
    std::string_view head = SplitBlocks(body, &blocks);
    std::string why, verb;
    particles.clear();
    verb_ok = VerbPhrase(head, &verb, &particles, &why);
    if (!verb_ok) {
      b.Problem(lineno, why + "; the verb and its patterns are skipped", true);
      return true;
    }
    std::string code;
    if (blocks.empty()) {
      b.Problem(lineno, "verb without a [code]; taken as [---]", false);
    } else if (!PatternCode(blocks[0], b.display, lineno, &code, b.problems, /*dominant=*/true)) {
      return true;
    }
    verb_keys = b.Keys(verb, IsTabariStem(head));
    // "BAN=": that spelling alone, none of its forms ("baning" is no ban).
    if (std::string_view h = Trim(head); h.ends_with("=") && verb.find(' ') == std::string::npos)
      for (const std::string& key : verb_keys) b.surface_of[key] = TokenHash(verb);
    b.TabariForms(std::string(Trim(head)), verb_keys.front());
    // A null code on a single verb is no pattern at all; on a phrase it
    // keeps the shorter verb from coding ("give up" vs "give").
    if (!code.empty() || !particles.empty())
      for (const std::string& key : verb_keys) b.Build(key, particles, code, lineno, "verb");
    return true;
  });
  end_synset();
  b.EndSynsets();
}

void LoadPetrarchVerbsImpl(std::string_view raw_text, VerbBuild& b) {
  std::string text = BlankHtmlComments(raw_text);
  std::string syn_name;
  std::vector<std::string> syn_members;
  std::vector<uint32_t> syn_lines;
  uint32_t syn_line = 0;
  bool in_synset = false;
  auto end_synset = [&]() {
    b.EndSynset(syn_name, syn_members, syn_lines, syn_line);
    syn_name.clear();
    syn_members.clear();
    syn_lines.clear();
    in_synset = false;
  };
  struct BlockVerb {
    std::string verb;
    std::vector<Atom> particles;
    uint64_t surface = 0;  // VerbPattern::surface
  };
  std::vector<BlockVerb> block;
  std::string block_code;
  bool in_block = false;
  ForEachLineUntil(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) {
      // A blank line ends a synset; a comment line inside one does not.
      if (in_synset && Trim(raw).empty()) end_synset();
      return true;
    }
    if (body[0] == '&') {
      end_synset();
      syn_name = Upper(Trim(body.substr(1)));
      while (!syn_name.empty() && syn_name.back() == '_') syn_name.pop_back();
      syn_line = lineno;
      in_synset = true;
      return true;
    }
    if (in_synset) {
      if (body[0] == '+') {
        std::string m = NormName(body.substr(1));
        if (!m.empty()) syn_members.push_back(m), syn_lines.push_back(lineno);
        return true;
      }
      end_synset();
    }
    // Block header: "--- GRANT [070] ---" (also "### GRANT ###").
    if ((body.starts_with("---") && body.size() > 3 && body.ends_with("---")) ||
        (body.starts_with("###") && body.size() > 3 && body.ends_with("###"))) {
      block.clear();
      in_block = true;
      block_code.clear();
      std::vector<std::string_view> blocks;
      SplitBlocks(body.substr(3, body.size() - 6), &blocks);
      if (!blocks.empty()) PatternCode(blocks[0], b.display, lineno, &block_code, b.problems);
      return true;
    }
    if (!in_block) {
      b.Problem(lineno, "line outside a --- VERB [code] --- block", true);
      return true;
    }
    if (body[0] == '-') {
      if (block.empty()) {
        b.Problem(lineno, "pattern before any verb of its block", true);
        return true;
      }
      for (const BlockVerb& v : block) {
        b.surface_of.clear();
        if (v.surface) b.surface_of[v.verb] = v.surface;
        b.Pattern(v.verb, v.particles, body.substr(1), lineno);
      }
      return true;
    }
    if (body[0] == '~') return true;  // PETRARCH-2 block options: nothing to load
    // A verb line: VERB {FORMS} [code], +GO_BY {+WENT_BY ...}.
    std::vector<std::string_view> blocks;
    std::string head(SplitBlocks(body, &blocks));
    if (size_t brace = head.find('{'); brace != std::string::npos) head.resize(brace);
    BlockVerb v;
    std::string why;
    if (!VerbPhrase(head, &v.verb, &v.particles, &why)) {
      b.Problem(lineno, why + "; skipped with its patterns", true);
      return true;
    }
    std::string code = block_code;
    if (!blocks.empty() && !PatternCode(blocks[0], b.display, lineno, &code, b.problems)) return true;
    // PETRARCH verbs are whole words; an inflected one is keyed by its lemma.
    for (std::string& key : b.Keys(v.verb, false)) {
      auto form = b.surface_of.find(key);
      BlockVerb k{std::move(key), v.particles, form == b.surface_of.end() ? 0 : form->second};
      if (!code.empty() || !k.particles.empty()) b.Build(k.verb, k.particles, code, lineno, "verb");
      block.push_back(std::move(k));
    }
    return true;
  });
  end_synset();
  b.EndSynsets();
}

// Patterns naming a synset that no file defined never match; say so.
void CheckSynsets(VerbDictionary* verbs, size_t first_pattern, VerbBuild& b) {
  for (size_t i = first_pattern; i < verbs->patterns().size(); ++i) {
    const VerbPattern& p = verbs->pattern(static_cast<uint32_t>(i));
    for (const PatternElem& e : p.elems)
      if (e.kind == PatternElem::Kind::kSynset && verbs->synsets()[e.synset].members.empty())
        b.Problem(p.line, "unknown synset &" + verbs->synsets()[e.synset].name + ": the pattern never matches", true);
  }
}

bool ReadOrReport(const std::string& path, const std::string& display, std::string* text,
                  std::vector<DictProblem>* problems) {
  if (ReadWhole(path, text)) return true;
  problems->push_back({display, 0, "cannot read " + path, true});
  return false;
}

}  // namespace

std::string_view PeerFormatName(PeerFormat f) {
  switch (f) {
    case PeerFormat::kOurs: return "dyad";
    case PeerFormat::kTabari: return "TABARI";
    case PeerFormat::kPetrarch2: return "PETRARCH";
  }
  return "?";
}

std::string_view PeerRoleName(PeerRole r) {
  switch (r) {
    case PeerRole::kActors: return "actors";
    case PeerRole::kAgents: return "agents";
    case PeerRole::kVerbs: return "verbs";
    case PeerRole::kOther: return "other";
    case PeerRole::kUnknown: break;
  }
  return "unknown";
}

void LoadTabariActorsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                          std::vector<DictProblem>* problems) {
  LoadActorsImpl(text, display, false, dict, problems);
}
void LoadPetrarch2ActorsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                             std::vector<DictProblem>* problems) {
  LoadActorsImpl(text, display, true, dict, problems);
}
void LoadTabariAgentsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                          std::vector<DictProblem>* problems) {
  LoadAgentsImpl(text, display, false, dict, problems);
}
void LoadPetrarch2AgentsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                             std::vector<DictProblem>* problems) {
  LoadAgentsImpl(text, display, true, dict, problems);
}
void LoadTabariVerbsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                         const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                         std::vector<SynsetText>* synsets, const VerbLexicon* lexicon) {
  VerbBuild b{verbs, tokenize, problems, synsets, display, lexicon, {}};
  size_t first = verbs->patterns().size();
  LoadTabariVerbsImpl(text, b);
  CheckSynsets(verbs, first, b);
}
void LoadPetrarch2VerbsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                            const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                            std::vector<SynsetText>* synsets, const VerbLexicon* lexicon) {
  VerbBuild b{verbs, tokenize, problems, synsets, display, lexicon, {}};
  size_t first = verbs->patterns().size();
  LoadPetrarchVerbsImpl(text, b);
  CheckSynsets(verbs, first, b);
}

#define DYAD_PEER_FILE_LOADER(Name, Target)                                                          \
  bool Name(const std::string& path, const std::string& display, Target* dict,                      \
            std::vector<DictProblem>* problems) {                                                    \
    std::string text;                                                                                \
    if (!ReadOrReport(path, display, &text, problems)) return false;                                 \
    Name##Text(text, display, dict, problems);                                                       \
    return true;                                                                                     \
  }
DYAD_PEER_FILE_LOADER(LoadTabariActors, ActorDictionary)
DYAD_PEER_FILE_LOADER(LoadTabariAgents, ActorDictionary)
DYAD_PEER_FILE_LOADER(LoadPetrarch2Actors, ActorDictionary)
DYAD_PEER_FILE_LOADER(LoadPetrarch2Agents, ActorDictionary)
#undef DYAD_PEER_FILE_LOADER

bool LoadTabariVerbs(const std::string& path, const std::string& display, VerbDictionary* verbs,
                     const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                     std::vector<SynsetText>* synsets, const VerbLexicon* lexicon) {
  std::string text;
  if (!ReadOrReport(path, display, &text, problems)) return false;
  LoadTabariVerbsText(text, display, verbs, tokenize, problems, synsets, lexicon);
  return true;
}

bool LoadPetrarch2Verbs(const std::string& path, const std::string& display, VerbDictionary* verbs,
                        const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                        std::vector<SynsetText>* synsets, const VerbLexicon* lexicon) {
  std::string text;
  if (!ReadOrReport(path, display, &text, problems)) return false;
  LoadPetrarch2VerbsText(text, display, verbs, tokenize, problems, synsets, lexicon);
  return true;
}

PeerFormat SniffDictionaryFormat(const std::string& path, std::string_view first_kb) {
  std::string name = AsciiLower(std::filesystem::path(path).filename().string());
  std::string head(first_kb);
  bool has_block = false, has_peer_code = false, has_marker = false;
  ForEachLineUntil(head, [&](uint32_t, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.starts_with("---") && body.size() > 3 && body.ends_with("---")) has_block = true;
    if (body.find('[') != std::string_view::npos && body.find(']') != std::string_view::npos) has_peer_code = true;
    if (body.starts_with("!") && body.find("! =") != std::string_view::npos) has_marker = true;
    return true;
  });
  if (has_block || has_marker || head.find("<!--") != std::string::npos || head.find("PETRARCH") != std::string::npos ||
      name.starts_with("petr"))
    return PeerFormat::kPetrarch2;
  if (name.ends_with(".verbs") || name.ends_with(".actors") || name.ends_with(".agents") ||
      head.find("TABARI") != std::string::npos || head.find("<SYNSETS>") != std::string::npos ||
      head.find("~~") != std::string::npos || has_peer_code)
    return PeerFormat::kTabari;
  return PeerFormat::kOurs;
}

PeerRole SniffDictionaryRole(const std::string& path, std::string_view first_kb) {
  std::string name = AsciiLower(std::filesystem::path(path).filename().string());
  for (const char* other : {"discard", "issue", "option", "ontology", "project"})
    if (name.find(other) != std::string::npos) return PeerRole::kOther;
  if (name.find("verb") != std::string::npos) return PeerRole::kVerbs;
  if (name.find("agent") != std::string::npos) return PeerRole::kAgents;
  if (name.find("actor") != std::string::npos) return PeerRole::kActors;
  PeerRole role = PeerRole::kUnknown;
  ForEachLineUntil(BlankHtmlComments(first_kb), [&](uint32_t, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) return true;
    if ((body.starts_with("---") && body.size() > 3 && body.ends_with("---")) || body == "<SYNSETS>" ||
        (body[0] == '-' && body.find('*') != std::string_view::npos)) {
      role = PeerRole::kVerbs;
      return false;
    }
    if (body.find("[~") != std::string_view::npos || body.find("~]") != std::string_view::npos) {
      role = PeerRole::kAgents;
      return false;
    }
    if (body.find('[') != std::string_view::npos) role = PeerRole::kActors;
    return true;
  });
  if (role == PeerRole::kUnknown && name.find("cameo") != std::string::npos) role = PeerRole::kVerbs;
  return role == PeerRole::kUnknown ? PeerRole::kActors : role;
}

void LoadPeerDiscardsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                          const NameTokenizer& tokenize, std::vector<DictProblem>* problems) {
  ForEachLineUntil(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = Trim(StripComment(raw));
    if (body.empty()) return true;
    VerbDictionary::SentenceStop stop;
    stop.story = body[0] == '+';
    if (stop.story) body = Trim(body.substr(1));
    std::vector<NameToken> toks;
    tokenize(NormName(body), &toks);
    for (const NameToken& t : toks) stop.words.push_back(t.hash);
    stop.file = display;
    stop.line = lineno;
    if (stop.words.empty()) problems->push_back({display, lineno, "discard line without words", true});
    else verbs->AddSentenceStop(std::move(stop));
    return true;
  });
}

bool LoadPeerDictionary(const std::string& path, const std::string& display, ActorDictionary* actors,
                        VerbDictionary* verbs, const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                        std::vector<SynsetText>* synsets, PeerRole* role_out, PeerFormat* format_out,
                        const VerbLexicon* lexicon) {
  std::string text;
  if (!ReadOrReport(path, display, &text, problems)) return false;
  std::string_view head = std::string_view(text).substr(0, 1024);
  PeerFormat format = SniffDictionaryFormat(path, head);
  PeerRole role = SniffDictionaryRole(path, head);
  if (role_out) *role_out = role;
  if (format_out) *format_out = format;
  bool tabari = format == PeerFormat::kTabari;
  switch (role) {
    case PeerRole::kOther:
      if (verbs && AsciiLower(std::filesystem::path(path).filename().string()).find("discard") != std::string::npos) {
        LoadPeerDiscardsText(text, display, verbs, tokenize, problems);
        return true;
      }
      // UD-PETRARCH's coding ontology: how its reading codes negated verbs.
      if (verbs && AsciiLower(std::filesystem::path(path).filename().string()).find("ontology") != std::string::npos) {
        verbs->ontology().LoadText(text, display, problems);
        return true;
      }
      problems->push_back({display, 0, "not a dictionary we load (issues, options); skipped", false});
      return true;
    case PeerRole::kVerbs:
      if (!verbs) break;
      if (format == PeerFormat::kOurs) verbs->LoadPatternText(text, display, problems);
      else if (tabari) LoadTabariVerbsText(text, display, verbs, tokenize, problems, synsets, lexicon);
      else LoadPetrarch2VerbsText(text, display, verbs, tokenize, problems, synsets, lexicon);
      return true;
    case PeerRole::kAgents:
    case PeerRole::kActors:
    case PeerRole::kUnknown:
      if (!actors) break;
      if (format == PeerFormat::kOurs) actors->LoadText(text, display, problems);
      else if (role == PeerRole::kAgents) (tabari ? LoadTabariAgentsText : LoadPetrarch2AgentsText)(text, display, actors, problems);
      else (tabari ? LoadTabariActorsText : LoadPetrarch2ActorsText)(text, display, actors, problems);
      return true;
  }
  problems->push_back({display, 0, std::string("a ") + std::string(PeerRoleName(role)) + " file is not loaded here", true});
  return true;
}

// --- Writers ---------------------------------------------------------------

namespace {

std::string DayStr(int32_t day) { return Date::FromDayNumber(day).str(); }

}  // namespace

bool WriteOursActors(const ActorDictionary& dict, std::ostream& out) {
  bool all = true;
  ActorKind kind = ActorKind::kUnknown;
  std::string lang;
  std::string last_file;
  for (const ActorEntry& e : dict.entries()) {
    if (e.file != last_file) {
      out << "# from " << e.file << "\n";
      last_file = e.file;
    }
    // Agents are recognised by their ~ code; other kinds need @kind.
    if (!e.is_agent() && e.kind != kind) {
      out << "@kind " << (e.kind == ActorKind::kUnknown ? "group" : std::string(ActorKindName(e.kind))) << "\n";
      kind = e.kind;
    }
    if (e.lang != lang) {
      out << "@lang " << (e.lang.empty() ? "any" : e.lang) << "\n";
      lang = e.lang;
    }
    std::string names;
    bool ok = !e.names.empty();
    for (const std::string& n : e.names) {
      ok = ok && n.find_first_of("|#\n") == std::string::npos && !n.starts_with("+") && !n.starts_with("@");
      names += (names.empty() ? "" : " | ") + n;
    }
    for (const CodePeriod& c : e.codes)
      for (char ch : c.code) ok = ok && IsCodeChar(ch);
    if (!ok) {
      out << "# not expressible in our format (" << e.file << ":" << e.line << "): " << names << "\n";
      all = false;
      continue;
    }
    out << names << "\n";
    for (const CodePeriod& c : e.codes) {
      // Our format has neither prefix roles nor several actors per name:
      // the nearest form is written, and the comment says what was lost.
      std::string code = c.code;
      if (code.size() > 1 && code.back() == '~') {
        out << "  # " << code << " (role before the country) written as a suffix role\n";
        code = "~" + code.substr(0, code.size() - 1);
      }
      for (const std::string& a : c.also) out << "  # also " << a << " (not expressible: one code per name)\n";
      out << "  " << code;
      if (c.from != INT32_MIN || c.to != INT32_MAX)
        out << " " << (c.from == INT32_MIN ? "" : DayStr(c.from)) << ".." << (c.to == INT32_MAX ? "" : DayStr(c.to));
      out << "\n";
    }
  }
  return all;
}

bool WriteOursVerbs(const VerbDictionary& verbs, std::ostream& out) {
  bool all = true;
  for (const VerbPattern& p : verbs.patterns()) {
    std::string code = p.is_null() ? "---" : p.code;
    if (!p.before.empty()) {
      out << "# words before the verb are not expressible in our format (" << p.file << ":" << p.line << "): " << p.text
          << "\n";
      all = false;
      continue;
    }
    if (p.compound_source || p.compound_target) {
      out << "# the compound-actor slot '%' is not expressible in our format (" << p.file << ":" << p.line
          << "): " << p.text << "\n";
      all = false;
      continue;
    }
    if (std::any_of(p.elems.begin(), p.elems.end(), [](const PatternElem& e) { return e.kind == PatternElem::Kind::kSkip; })) {
      out << "# the skip '^' is not expressible in our format (" << p.file << ":" << p.line << "): " << p.text << "\n";
      all = false;
      continue;
    }
    bool ok = code == "---" || (code.size() >= 2 && code.size() <= 4 &&
                                std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); }));
    if (!ok) {
      out << "# code '" << code << "' is not a CAMEO code (" << p.file << ":" << p.line << "): " << p.text << "\n";
      all = false;
      continue;
    }
    if (p.surface != 0) {
      out << "# the verb names one inflected form, which our format cannot restrict to (" << p.file << ":" << p.line
          << "); written for every form of the lemma\n";
      all = false;
    }
    // Our format writes a paired code as TABARI does, code:paired.
    const std::string& pc = p.paired_code;
    if (!pc.empty() && code != "---" && pc.size() >= 2 && pc.size() <= 4 &&
        std::all_of(pc.begin(), pc.end(), [](unsigned char c) { return std::isdigit(c); }))
      code += ":" + pc;
    std::string text(p.text);
    bool tabari_words = false;  // stems, tied or exact words (PatternElem): our format has none
    for (const PatternElem& e : p.elems) tabari_words |= e.stem || e.joined || e.exact;
    if (tabari_words) {
      out << "# TABARI stems (~), `_`-tied and whole words are written as plain words, which match any form and skip "
             "modifiers ("
          << p.file << ":" << p.line << ")\n";
      text.erase(std::remove(text.begin(), text.end(), '~'), text.end());
      all = false;
    }
    out << code << std::string(code.size() < 5 ? 6 - code.size() : 1, ' ') << text << "  # " << p.file << ":"
        << p.line << "\n";
  }
  return all;
}

bool WriteOursSynsets(const std::vector<SynsetText>& synsets, std::ostream& out) {
  for (const SynsetText& s : synsets) {
    out << "&" << s.name << " =";
    for (size_t i = 0; i < s.members.size(); ++i) out << (i ? " | " : " ") << s.members[i];
    out << "  # " << s.file << ":" << s.line << "\n";
  }
  return true;
}

}  // namespace dyad
