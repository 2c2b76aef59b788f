#include "model/doc.h"

#include <charconv>
#include <cstddef>
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

void ActorMention::AppendEntryText(std::string* out) const {
  if (entry_from.file) AppendRef(entry_from, out);
  if (via != Via::kNone) {
    const ViaText& w = ViaWords(via);
    *out += w.before;
    AppendRef(entry_via, out);
    *out += w.after;
  }
  *out += entry_rest;
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
