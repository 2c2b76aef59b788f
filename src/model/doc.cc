#include "model/doc.h"

#include <charconv>
#include <cstddef>
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

std::string ActorMention::EntryText() const {
  if (!entry_from.file) return entry_rest;
  // One allocation, not one per append (12 bytes cover the line number and
  // the two separators).
  std::string r;
  r.reserve(entry_from.file->size() + 12 + (entry_from.name ? entry_from.name->size() : 0) + entry_rest.size());
  AppendEntryText(&r);
  return r;
}

void ActorMention::AppendEntryText(std::string* out) const {
  if (!entry_from.file) {
    *out += entry_rest;
    return;
  }
  *out += *entry_from.file;
  // The line number written in place by to_chars.
  char digits[12];
  digits[0] = ':';
  out->append(digits, static_cast<size_t>(std::to_chars(digits + 1, digits + sizeof digits, entry_from.line).ptr - digits));
  if (entry_from.name) {
    *out += ' ';
    *out += *entry_from.name;
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
