#include "actors/titles.h"

#include "model/ascii.h"
#include "model/cache_file.h"
#include "model/read_file.h"

namespace dyad {

void TitleTable::LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems) {
  uint32_t lineno = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = TrimBlanks(line);
    if (line.empty()) continue;
    size_t arrow = line.find("->");
    if (arrow == std::string_view::npos) {
      problems->push_back({display, lineno, "title line without '->' (words | words -> ROLE)", true});
      continue;
    }
    std::string_view words = TrimBlanks(line.substr(0, arrow));
    std::string_view rhs = TrimBlanks(line.substr(arrow + 2));
    std::string lang;
    // "es:" before the words limits the line to one language, as `lang` does for actors.
    if (size_t colon = words.find(':'); colon != std::string_view::npos && colon <= 3) {
      lang = std::string(TrimBlanks(words.substr(0, colon)));
      words = TrimBlanks(words.substr(colon + 1));
    }
    bool modifier = false;
    if (size_t paren = rhs.find('('); paren != std::string_view::npos) {
      std::string_view note = TrimBlanks(rhs.substr(paren));
      if (note != "(modifier)") {
        problems->push_back({display, lineno, "unknown note " + std::string(note) + " (only \"(modifier)\")", true});
        continue;
      }
      modifier = true;
      rhs = TrimBlanks(rhs.substr(0, paren));
    }
    std::string role(rhs);
    bool code_chars = !role.empty() && role.size() % 3 == 0;
    for (char c : role) code_chars &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!code_chars) {
      problems->push_back({display, lineno, "title role '" + role + "' is not a CAMEO role or code", true});
      continue;
    }
    size_t start = 0;
    while (start <= words.size()) {
      size_t bar = words.find('|', start);
      if (bar == std::string_view::npos) bar = words.size();
      std::string_view w = TrimBlanks(words.substr(start, bar - start));
      start = bar + 1;
      if (w.empty()) continue;
      Title t;
      uint64_t h = 0;
      for (size_t b = 0; b < w.size();) {
        size_t sp = w.find(' ', b);
        if (sp == std::string_view::npos) sp = w.size();
        if (sp > b) {
          std::string word = AsciiLower(w.substr(b, sp - b));
          if (!t.words.empty()) t.words += ' ';
          t.words += word;
          h = TitleHashStep(h, TokenHash(word));
        }
        b = sp + 1;
      }
      bool dup = false;
      for (auto [it, last] = by_hash_.equal_range(h); it != last; ++it)
        dup |= titles_[it->second].words == t.words && titles_[it->second].lang == lang;
      if (dup) {
        problems->push_back({display, lineno, "title \"" + t.words + "\" is listed twice", false});
        continue;
      }
      t.role = role;
      t.lang = lang;
      t.modifier = modifier;
      t.file = display;
      t.line = lineno;
      titles_.push_back(std::move(t));
      Index(static_cast<uint32_t>(titles_.size() - 1));  // the same key h, from the stored words
    }
  }
}

bool TitleTable::LoadFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems) {
  FileBytes text;
  if (!ReadDictFile(path, display, &text, problems)) return false;
  LoadText(text.view(), display, problems);
  return true;
}

const Title* TitleTable::Lookup(const std::vector<Token>& toks, uint32_t b, uint32_t e, std::string_view lang) const {
  uint64_t h = 0;
  for (uint32_t i = b; i < e; ++i) h = TitleHashStep(h, toks[i].lower_hash);
  for (auto [it, last] = by_hash_.equal_range(h); it != last; ++it) {
    const Title& t = titles_[it->second];
    if (t.lang.empty() || t.lang == lang) return &t;
  }
  return nullptr;
}

std::string_view TitleTable::Found::role() const {
  if (modifier) return "ELI";
  return title ? std::string_view(title->role) : std::string_view();
}

TitleTable::Found TitleTable::Before(const std::vector<Token>& toks, uint32_t lo, uint32_t end,
                                     std::string_view lang) const {
  Found f;
  f.begin = end;
  if (titles_.empty()) return f;
  // Longest first: "foreign minister" before "minister".
  for (uint32_t n = max_words_; n >= 1 && !f.title; --n) {
    if (end < lo + n) continue;
    const Title* t = Lookup(toks, end - n, end, lang);
    if (t) f.title = t, f.begin = end - n;
  }
  if (f.title && f.title->modifier) {
    // A modifier alone before the name: "former Castell".
    f.modifier = f.title;
    f.title = nullptr;
    return f;
  }
  if (!f.title) return f;
  for (uint32_t n = max_words_; n >= 1; --n) {
    if (f.begin < lo + n) continue;
    const Title* m = Lookup(toks, f.begin - n, f.begin, lang);
    if (m && m->modifier) {
      f.modifier = m;
      f.begin -= n;
      break;
    }
  }
  return f;
}

void TitleTable::Save(CacheWriter* w) const {
  w->Pod<uint64_t>(titles_.size());
  for (const Title& t : titles_) {
    w->String(t.words);
    w->String(t.role);
    w->String(t.lang);
    w->Pod(t.modifier);
    w->String(t.file);
    w->Pod(t.line);
  }
}

bool TitleTable::Restore(CacheReader* r) {
  uint64_t n = 0;
  if (!r->Count(&n)) return false;
  titles_.clear();
  by_hash_.clear();
  max_words_ = 0;
  titles_.resize(n);
  for (Title& t : titles_)
    if (!r->String(&t.words) || !r->String(&t.role) || !r->String(&t.lang) || !r->Pod(&t.modifier) ||
        !r->String(&t.file) || !r->Pod(&t.line))
      return false;
  // LoadText added them in this order, so equal keys keep their order.
  for (uint32_t i = 0; i < titles_.size(); ++i) Index(i);
  return true;
}

uint64_t TitleTable::Index(uint32_t i) {
  // The words were stored lower case with one blank between them.
  uint64_t h = 0;
  uint32_t n = 0;
  std::string_view w = titles_[i].words;
  for (size_t b = 0; b <= w.size();) {
    size_t sp = w.find(' ', b);
    if (sp == std::string_view::npos) sp = w.size();
    if (sp > b) {
      h = TitleHashStep(h, TokenHash(w.substr(b, sp - b)));
      ++n;
    }
    b = sp + 1;
  }
  by_hash_.emplace(h, i);
  if (n > max_words_) max_words_ = n;
  return h;
}

}  // namespace dyad
