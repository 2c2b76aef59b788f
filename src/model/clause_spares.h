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

// When `v` has no buffer and this thread has a spare, v takes it (empty,
// with its capacity).
void TakeSpareVector(std::vector<TokenRange>& v);
void TakeSpareVector(std::vector<PrepPhrase>& v);

}  // namespace dyad

#endif  // DYAD_MODEL_CLAUSE_SPARES_H_
