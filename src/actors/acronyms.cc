#include "actors/acronyms.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace dyad {
namespace {

// Words a long name may hold that give no letter of their own, or may
// ("Congress of South African Trade Unions" is COSATU).
bool FunctionWord(std::string_view w) {
  // By length first: nearly every word of a name is longer than four
  // letters or starts with a capital no function word of these starts with.
  auto is = [&](std::string_view f) {
    for (size_t i = 0; i < f.size(); ++i)
      if ((w[i] | 0x20) != f[i]) return false;
    return true;
  };
  switch (w.size()) {
    case 1: return is("y") || is("e");
    case 2: return is("of") || is("de") || is("la") || is("el") || is("en") || is("du") || is("le") || is("et") ||
                   is("to") || is("in") || is("on");
    case 3: return is("the") || is("and") || is("for") || is("del") || is("las") || is("los") || is("des") || is("por");
    case 4: return is("para");
    default: return false;
  }
}

// The letter a word's initial stands for, A-Z, or 0: ASCII, or a Spanish
// accented vowel ("Ejército", "Órgano"), either case.
char InitialAt(std::string_view w, size_t i) {
  const unsigned char c = static_cast<unsigned char>(w[i]);
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? static_cast<char>(c & ~0x20) : 0;
  if (c != 0xC3 || i + 1 >= w.size()) return 0;
  switch (static_cast<unsigned char>(w[i + 1]) | 0x20) {  // 0x81 Á / 0xA1 á, ...
    case 0xA1: return 'A';
    case 0xA9: return 'E';
    case 0xAD: return 'I';
    case 0xB3: return 'O';
    case 0xBA: return 'U';
    default: return 0;
  }
}

std::string Fold4(std::string_view w) {
  std::string out(w.substr(0, 4));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return out;
}

bool IsAcronym(std::string_view a) {
  if (a.size() < 2 || a.size() > 8) return false;
  return std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

int AcronymNameStart(const std::vector<std::string_view>& words, std::string_view acronym) {
  std::array<uint8_t, 26> need{}, content{}, function{};
  for (char c : acronym) ++need[c - 'A'];
  int letters = 0;
  // The shortest name that fits: grown word by word from the "(" back.
  for (size_t j = words.size(); j-- > 0;) {
    const std::string_view w = words[j];
    if (FunctionWord(w)) {
      if (const char c = InitialAt(w, 0)) ++function[c - 'A'];
      continue;
    }
    const char first = InitialAt(w, 0);
    if (!first || ++content[first - 'A'] > need[first - 'A']) return -1;  // a longer name has more letters still
    ++letters;
    for (size_t i = 1; i + 1 < w.size(); ++i)  // "Asia-Pacific" is A and P, "France-Presse" F and P
      if (w[i] == '-' && w[i + 1] >= 'A' && w[i + 1] <= 'Z') {
        if (++content[w[i + 1] - 'A'] > need[w[i + 1] - 'A']) return -1;
        ++letters;
      }
    // The acronym's letters the content words leave are function words' ("of" in COSATU).
    bool fits = letters >= 2;
    for (size_t i = 0; i < acronym.size() && fits; ++i) {
      const int x = acronym[i] - 'A';
      fits = need[x] - content[x] <= function[x];
    }
    if (fits) return static_cast<int>(j);
  }
  return -1;
}

void AcronymMemory::Prepare(const Doc& doc) {
  candidates_.clear();
  defs_.clear();
  next_ = 0;
  uses_.clear();
  next_use_ = 0;
  const std::string_view text = doc.text();
  const std::vector<Token>& toks = doc.tokens;
  for (size_t pos = 0; pos < text.size();) {
    const void* p = std::memchr(text.data() + pos, '(', text.size() - pos);
    if (!p) break;
    const uint32_t off = static_cast<uint32_t>(static_cast<const char*>(p) - text.data());
    pos = off + 1;
    // On the bytes first: "(" then two to eight capitals and ")" (most
    // parentheses, "(Xinhua)", "(1.2 percent)", end here).
    size_t close = off + 1;
    while (close < text.size() && close - off <= 9 && text[close] >= 'A' && text[close] <= 'Z') ++close;
    if (close - off < 3 || close - off > 9 || close >= text.size() || text[close] != ')') continue;
    auto it = std::lower_bound(toks.begin(), toks.end(), off,
                               [](const Token& t, uint32_t o) { return t.span.begin < o; });
    if (it == toks.end() || it->span.begin != off || it->span.size() != 1) continue;
    const uint32_t open = static_cast<uint32_t>(it - toks.begin());
    if (open == 0 || open + 2 >= toks.size()) continue;
    const Token& acr = toks[open + 1];
    if (!acr.has(kAllCaps) || !IsAcronym(doc.text(acr.span)) || doc.text(toks[open + 2].span) != ")") continue;
    auto st = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), open,
                               [](uint32_t t, const Sentence& x) { return t < x.tokens.begin; });
    if (st == doc.sentences.begin()) continue;
    --st;
    if (open + 2 >= st->tokens.end) continue;
    // The capitalised words before "(", function words allowed between them.
    uint32_t b = open;
    while (b > st->tokens.begin && open - b < 12) {
      const Token& w = toks[b - 1];
      if (w.has(kPunct) || w.has(kNumber)) break;
      if (!w.has(kCapitalized) && !(FunctionWord(w.lower) && b < open && toks[b].has(kCapitalized))) break;
      --b;
    }
    while (b < open && FunctionWord(toks[b].lower) && !toks[b].has(kCapitalized)) ++b;
    if (b == open) continue;
    static thread_local std::vector<std::string_view> words;
    words.clear();
    for (uint32_t t = b; t < open; ++t) words.push_back(doc.text(toks[t].span));
    const int start = AcronymNameStart(words, doc.text(acr.span));
    if (start < 0) continue;
    candidates_.push_back(
        {open, b + static_cast<uint32_t>(start), static_cast<uint32_t>(st - doc.sentences.begin()), false});
    // The tokens Apply will read: the parenthesis's acronym and each later
    // token that is the acronym, found in the text rather than by a walk
    // over every later token.
    uses_.push_back(open + 1);
    const size_t own_use = uses_.size();
    const std::string_view a = doc.text(acr.span);
    for (size_t at = text.find(a, toks[open + 2].span.end); at != std::string_view::npos; at = text.find(a, at + 1)) {
      auto u = std::lower_bound(it, toks.end(), static_cast<uint32_t>(at),
                                [](const Token& t, uint32_t o) { return t.span.begin < o; });
      if (u != toks.end() && u->span.begin == at && u->span.size() == a.size())
        uses_.push_back(static_cast<uint32_t>(u - toks.begin()));
    }
    candidates_.back().later = uses_.size() > own_use;
  }
  if (candidates_.size() > 1) {
    std::sort(uses_.begin(), uses_.end());
    uses_.erase(std::unique(uses_.begin(), uses_.end()), uses_.end());
  }
}

bool AcronymMemory::OtherBody(const ActorEntry& e, const Definition& d) const {
  bool long_form = false;
  static thread_local std::vector<std::string_view> words;
  for (const std::string& name : e.names) {
    // A long form has a blank and starts with one of the acronym's letters.
    const char first = name.empty() ? 0 : InitialAt(name, 0);
    if (!first || d.text.find(first) == std::string_view::npos || name.find(' ') == std::string::npos) continue;
    words.clear();
    for (size_t i = 0; i < name.size();) {
      const size_t j = std::min(name.find(' ', i), name.size());
      if (j > i) words.push_back(std::string_view(name).substr(i, j - i));
      i = j + 1;
    }
    if (words.size() < 2 || AcronymNameStart(words, d.text) != 0) continue;
    long_form = true;
    for (std::string_view w : words)
      if (!FunctionWord(w) && std::find(d.words.begin(), d.words.end(), Fold4(w)) != d.words.end()) return false;
  }
  return long_form;
}

void AcronymMemory::Apply(Doc& doc, uint32_t s, size_t from, const EntryOf& entry_of, const NameKind& name_kind) {
  const size_t end0 = doc.actors.size();
  const std::vector<Token>& toks = doc.tokens;
  for (; next_ < candidates_.size() && candidates_[next_].sentence <= s; ++next_) {
    const Candidate& c = candidates_[next_];
    if (c.sentence < s) continue;
    // An acronym that does not come again matters only if the dictionary
    // read the parenthesis (most do not: "(FNDIC)"); then nothing is learned.
    if (!c.later && std::none_of(doc.actors.begin() + static_cast<std::ptrdiff_t>(from), doc.actors.end(),
                                 [&](const ActorMention& m) { return m.tokens.begin == c.open + 1; }))
      continue;
    Definition d;
    const Token& acr = toks[c.open + 1];
    d.hash = acr.lower_hash;
    d.text = doc.text(acr.span);
    d.open = c.open;
    d.sentence = s;
    // The long name's mention: one that ends at "(" and starts at the
    // name's first word, or at a function word right before it ("the"):
    // "Colombia" alone in "Revolutionary Armed Forces of Colombia", an
    // agent "Union" in "Economic and Monetary Union", are no long name, nor
    // is "the Foreign Minister of the Republic of Korea (ROK)" (a KORGOV title) the ROK.
    const ActorMention* best = nullptr;
    for (size_t k = from; k < end0; ++k) {
      const ActorMention& m = doc.actors[k];
      if (m.tokens.end != c.open || m.tokens.begin > c.phrase_begin || m.also_code) continue;
      bool only_function = true;
      for (uint32_t t = m.tokens.begin; t < c.phrase_begin && only_function; ++t)
        only_function = FunctionWord(toks[t].lower);
      if (only_function) best = &m;
    }
    // An agent's reading must be the whole name's: the name of an agent
    // ("National Assembly"), or a country's followed by an agent's
    // ("Kenyan Army"). "European Monetary Union" read as Europe's workers
    // ("union"), "Saudi Arabian Monetary Agency" as Saudi Arabia's
    // government ("agency"), leave words unread and are no long name.
    if (best && best->is_agent && name_kind(c.phrase_begin, c.open) != ActorKind::kAgent) {
      bool split = false;
      for (uint32_t x = c.phrase_begin + 1; x < c.open && !split; ++x) {
        const ActorKind k = name_kind(c.phrase_begin, x);
        split = (k == ActorKind::kCountry || k == ActorKind::kCapital) && name_kind(x, c.open) == ActorKind::kAgent;
      }
      if (!split) best = nullptr;
    }
    d.has_actor = best != nullptr;
    if (best) {
      d.long_name = *best;
    } else {
      for (uint32_t t = c.phrase_begin; t < c.open; ++t)
        if (!FunctionWord(toks[t].lower)) d.words.push_back(Fold4(doc.text(toks[t].span)));
    }
    d.phrase = {toks[c.phrase_begin].span.begin, toks[c.open + 2].span.end};
    defs_.push_back(std::move(d));
  }
  const Sentence& sent = doc.sentences[s];
  while (next_use_ < uses_.size() && uses_[next_use_] < sent.tokens.begin) ++next_use_;
  if (defs_.empty() || next_use_ == uses_.size() || uses_[next_use_] >= sent.tokens.end) return;

  static thread_local std::vector<uint8_t> drop;
  drop.assign(end0 - from, 0);
  bool dropped = false;
  for (; next_use_ < uses_.size() && uses_[next_use_] < sent.tokens.end; ++next_use_) {
    const uint32_t t = uses_[next_use_];
    const uint64_t h = toks[t].lower_hash;
    const Definition* d = nullptr;
    for (size_t k = defs_.size(); k-- > 0;)
      if (defs_[k].hash == h && defs_[k].open < t && defs_[k].text == doc.text(toks[t].span)) {
        d = &defs_[k];  // the latest definition before t
        break;
      }
    if (!d) continue;
    bool covered = false, recoded = false;
    for (size_t k = from; k < end0; ++k) {
      ActorMention& m = doc.actors[k];
      if (!m.tokens.contains(t)) continue;
      covered = true;
      if (m.tokens.begin != t || m.tokens.end != t + 1) continue;  // a longer name holds it ("FARC rebels")
      if (d->has_actor) {
        // One mention for the acronym; the dictionary's further codes of
        // it (a peer's "[A/B]") are other bodies' and go.
        // In the definition itself a dictionary reading of the acronym
        // that differs from the long name's goes: the long name beside it
        // is the actor ("Ministerio de Salud Pública (MSP)", not an MSP
        // party besides), and one actor is not written twice.
        if (recoded || m.also_code || (t == d->open + 1 && m.code != d->long_name.code)) {
          drop[k - from] = 1, dropped = true;
        } else if (m.code != d->long_name.code) {
          Recode(doc, m, *d);
        }
        recoded = true;
      } else if (const ActorEntry* e = entry_of(m); e && OtherBody(*e, *d)) {
        drop[k - from] = 1, dropped = true;
      }
    }
    // Not the definition's own acronym: right after its long name it would
    // be a second actor beside it.
    if (!covered && d->has_actor && t != d->open + 1) {
      ActorMention& m = doc.actors.emplace_back();
      m.sentence = s;
      m.tokens = {t, t + 1};
      Recode(doc, m, *d);
    }
  }
  if (!dropped) return;
  size_t w = from;
  for (size_t k = from; k < doc.actors.size(); ++k)
    if (k >= end0 || !drop[k - from]) {
      if (w != k) doc.actors[w] = std::move(doc.actors[k]);
      ++w;
    }
  doc.actors.resize(w);
}

void AcronymMemory::Recode(const Doc& doc, ActorMention& m, const Definition& d) {
  const ActorMention& l = d.long_name;
  m.code = l.code;
  m.CopyEntry(l);
  m.entry_rest += " (acronym defined in sentence " + std::to_string(d.sentence) + ": \"";
  m.entry_rest += doc.text(d.phrase);
  m.entry_rest += "\")";
  // The code was settled in the definition's sentence: an agent's country
  // is its phrase's there, never this sentence's.
  switch (l.how) {
    case ActorResolution::kAgentInPhrase:
    case ActorResolution::kAgentSentence:
    case ActorResolution::kAgentArticle: m.how = ActorResolution::kAgentInPhrase; break;
    case ActorResolution::kAgentAlone: m.how = ActorResolution::kAgentAlone; break;
    default: m.how = ActorResolution::kDirect;
  }
  m.antecedent = kNone32;
  m.is_person = l.is_person;
  m.is_agent = l.is_agent;
  m.is_private = l.is_private;
  m.also_code = false;
  m.title = {0, 0};
  m.title_use = TitleUse::kNone;
  m.country_from = {0, 0};
  m.code_without_country.clear();
}

}  // namespace dyad
