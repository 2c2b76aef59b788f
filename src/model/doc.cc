#include "model/doc.h"

#include <charconv>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xxhash.h>

#include "model/clause_spares.h"

namespace dyad {

std::string_view ActorResolutionName(ActorResolution r) {
  switch (r) {
    case ActorResolution::kDirect: return "direct";
    case ActorResolution::kAgentInPhrase: return "agent+phrase";
    case ActorResolution::kAgentSentence: return "agent+sentence";
    case ActorResolution::kAgentArticle: return "agent+article";
    case ActorResolution::kAgentAlone: return "agent";
    case ActorResolution::kPronoun: return "pronoun";
    case ActorResolution::kSurname: return "surname";
  }
  return "?";
}

namespace {
// The words before and after the second entry's reference, by
// ActorMention::Via (the texts the matcher wrote into entry_rest).
struct ViaText {
  std::string_view before, after;
};
constexpr ViaText kViaWords[] = {
    {"", ""},                              // kNone
    {" + ", ""},                           // kPlus
    {" + ", " (coordinated)"},             // kPlusCoordinated
    {" + ", " (same sentence)"},           // kPlusSameSentence
    {" of ", " (a minority)"},             // kOfMinority
    {" + the country -> ", ""},            // kCountryArrow
    {" -> ", ""},                          // kArrow
};
const ViaText& ViaWords(ActorMention::Via v) { return kViaWords[static_cast<size_t>(v)]; }

size_t RefSize(const ActorMention::EntryRef& e) {
  // 12 bytes cover the line number and the two separators.
  return e.file ? e.file->size() + 12 + (e.name ? e.name->size() : 0) : 0;
}

// "file:line name" of e (no name: "file:line").
void AppendRef(const ActorMention::EntryRef& e, std::string* out) {
  *out += *e.file;
  // The line number written in place by to_chars.
  char digits[12];
  digits[0] = ':';
  out->append(digits, static_cast<size_t>(std::to_chars(digits + 1, digits + sizeof digits, e.line).ptr - digits));
  if (e.name) {
    *out += ' ';
    *out += *e.name;
  }
}
}  // namespace

void ActorMention::SetViaMention(Via v, const ActorMention& x) {
  if (x.entry_from.file && x.via == Via::kNone) {
    // x.EntryText() is x's reference followed by x.entry_rest: the same
    // text as entry_via = x.entry_from with x.entry_rest after it.
    via = v;
    entry_via = x.entry_from;
    entry_rest = x.entry_rest;
    return;
  }
  via = Via::kNone;
  entry_rest.assign(ViaWords(v).before);
  x.AppendEntryText(&entry_rest);
}

std::string ActorMention::EntryText() const {
  if (!entry_from.file && via == Via::kNone) return entry_rest;
  // One allocation, not one per append.
  std::string r;
  r.reserve(RefSize(entry_from) + (via == Via::kNone ? 0 : 32 + RefSize(entry_via)) + entry_rest.size());
  AppendEntryText(&r);
  return r;
}

namespace {
// A reference's line number as text (to_chars; a uint32_t has at most 10 digits).
struct LineDigits {
  char d[10];
  uint32_t n = 0;
};
LineDigits DigitsOf(uint32_t line) {
  LineDigits l;
  l.n = static_cast<uint32_t>(std::to_chars(l.d, l.d + sizeof l.d, line).ptr - l.d);
  return l;
}
// AppendRef's bytes, "file:line name" (no name: "file:line").
size_t RefLength(const ActorMention::EntryRef& e, const LineDigits& l) {
  return e.file->size() + 1 + l.n + (e.name ? 1 + e.name->size() : 0);
}
char* Put(char* p, std::string_view s) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}
char* PutRef(char* p, const ActorMention::EntryRef& e, const LineDigits& l) {
  p = Put(p, *e.file);
  *p++ = ':';
  p = Put(p, std::string_view(l.d, l.n));
  if (e.name) {
    *p++ = ' ';
    p = Put(p, *e.name);
  }
  return p;
}
}  // namespace

// The parts' sizes first, then one resize and plain copies: the appends
// (up to seven, each a capacity test, a length and a NUL store) were ~300
// instructions a text (te3silver: ~6,700 texts for the records' evidence,
// ~2,200 for SetViaMention). Into its own entry_rest it appends part by
// part, as before: a resize may move the bytes being copied.
void ActorMention::AppendEntryText(std::string* out) const {
  if (out == &entry_rest) {
    if (entry_from.file) AppendRef(entry_from, out);
    if (via != Via::kNone) {
      const ViaText& w = ViaWords(via);
      *out += w.before;
      AppendRef(entry_via, out);
      *out += w.after;
    }
    *out += entry_rest;
    return;
  }
  LineDigits from_line, via_line;
  size_t n = entry_rest.size();
  if (entry_from.file) {
    from_line = DigitsOf(entry_from.line);
    n += RefLength(entry_from, from_line);
  }
  const ViaText* w = nullptr;
  if (via != Via::kNone) {
    w = &ViaWords(via);
    via_line = DigitsOf(entry_via.line);
    n += w->before.size() + RefLength(entry_via, via_line) + w->after.size();
  }
  const size_t at = out->size();
  out->resize(at + n);
  char* p = out->data() + at;
  if (entry_from.file) p = PutRef(p, entry_from, from_line);
  if (w) {
    p = Put(p, w->before);
    p = PutRef(p, entry_via, via_line);
    p = Put(p, w->after);
  }
  Put(p, entry_rest);
}

// See model/clause_spares.h.
thread_local ClauseSpares clause_spares;

namespace {

template <class T>
void Give(std::vector<std::vector<T>>& to, std::vector<T>& v) {
  if (v.capacity() == 0 || to.size() >= kMaxSpares) return;
  v.clear();
  to.push_back(std::move(v));
}

}  // namespace


void Doc::Clear() {
  article = Article{};
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  chunks.clear();
  // The clauses' vectors kept for the next article's (model/clause_spares.h);
  // the thread's spares reached once, not once a clause.
  ClauseSpares& s = clause_spares;
  for (Clause& c : clauses) {
    Give(s.objects, c.objects);
    Give(s.preps, c.preps);
  }
  clauses.clear();
  times.clear();
  actors.clear();
  quotes.clear();
  events.clear();
  arena.Clear();
}

uint64_t TokenHash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

}  // namespace dyad
