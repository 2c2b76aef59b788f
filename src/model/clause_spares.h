// Spare vectors for the clauses' objects and prepositional phrases.
//
// Clearing `clauses` frees each clause's two vectors (one or two heap
// blocks a clause: ~100,000 allocations and as many frees on te3silver's
// 2,452 articles). Doc::Clear instead hands them, emptied, to this
// thread's spares, and the clause analyser gives a new clause one
// (TakeSpareVector) before its first push, so a worker that codes article
// after article with one Doc (engine/runner.cc) seldom allocates for them.
// Per thread, not per Doc, so that Doc's layout (every stage's header)
// does not change. Only a speed matter: a vector given none grows as usual.
#ifndef DYAD_MODEL_CLAUSE_SPARES_H_
#define DYAD_MODEL_CLAUSE_SPARES_H_

#include <vector>

#include "model/doc.h"

namespace dyad {

// At most kMaxSpares of each kind are kept: a clause analyser that takes
// none (the Spanish one) would otherwise add every article's.
inline constexpr size_t kMaxSpares = 4096;
struct ClauseSpares {
  std::vector<std::vector<TokenRange>> objects;
  std::vector<std::vector<PrepPhrase>> preps;
};
// This thread's spares (defined in doc.cc, which gives them back).
extern thread_local ClauseSpares clause_spares;

namespace clause_spares_internal {
template <class T>
inline void Take(std::vector<std::vector<T>>& from, std::vector<T>& v) {
  if (v.capacity() != 0 || from.empty()) return;
  v.swap(from.back());
  from.pop_back();
}
}  // namespace clause_spares_internal

// When `v` has no buffer and this thread has a spare, v takes it (empty,
// with its capacity). Inline: the clause analyser calls it for every
// clause, and the call itself was most of its cost (~2.3M on te3silver).
inline void TakeSpareVector(std::vector<TokenRange>& v) { clause_spares_internal::Take(clause_spares.objects, v); }
inline void TakeSpareVector(std::vector<PrepPhrase>& v) { clause_spares_internal::Take(clause_spares.preps, v); }

// The same from spares the caller named once (`ThisThreadSpares()`), for a
// loop that takes many: outside doc.cc every reading of the extern
// thread_local `clause_spares` calls its TLS init function (the object has
// a destructor to register, so even `constinit` keeps the call), and the
// registers live across that call are saved round it. On te3silver that
// was ~95,000 calls in the clause analyser's object and phrase loop.
inline ClauseSpares& ThisThreadSpares() { return clause_spares; }
inline void TakeSpareVector(ClauseSpares& spares, std::vector<TokenRange>& v) {
  clause_spares_internal::Take(spares.objects, v);
}
inline void TakeSpareVector(ClauseSpares& spares, std::vector<PrepPhrase>& v) {
  clause_spares_internal::Take(spares.preps, v);
}

}  // namespace dyad

#endif  // DYAD_MODEL_CLAUSE_SPARES_H_
