#include "model/doc.h"

#include <xxhash.h>

namespace dyad {

std::string_view ActorResolutionName(ActorResolution r) {
  switch (r) {
    case ActorResolution::kDirect: return "direct";
    case ActorResolution::kAgentInPhrase: return "agent+phrase";
    case ActorResolution::kAgentSentence: return "agent+sentence";
    case ActorResolution::kAgentArticle: return "agent+article";
    case ActorResolution::kAgentAlone: return "agent";
    case ActorResolution::kPronoun: return "pronoun";
  }
  return "?";
}

void Doc::Clear() {
  article = Article{};
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  chunks.clear();
  clauses.clear();
  times.clear();
  actors.clear();
  quotes.clear();
  events.clear();
  arena.Clear();
}

uint64_t TokenHash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

}  // namespace dyad
