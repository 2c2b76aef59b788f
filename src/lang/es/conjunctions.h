// Spanish conjunctions ending in "que" that open a clause of time, cause,
// concession or contrast ("luego que", "ya que", "después de que", "pese a
// que"). Their clause states what happened: it is neither what the verb
// before it asks or fears (the irrealis Spanish que-clauses get,
// lang/es/clauses.cc) nor that verb's complement (events/coder.cc,
// ComplementOf: a travel's or a demand's target). "antes de que", "para
// que", "hasta que", "sin que" are not among them: what they introduce has
// not happened. Header-only, so that the coder reads them without linking
// the Spanish analyser; looked at once per "que" that opens a clause.
#ifndef DYAD_LANG_ES_CONJUNCTIONS_H_
#define DYAD_LANG_ES_CONJUNCTIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/doc.h"

namespace dyad::es {

// Whether the "que" at token `q` ends such a conjunction; `b` is its
// sentence's first token.
inline bool FactualQue(const std::vector<Token>& t, uint32_t b, uint32_t q) {
  if (q <= b) return false;
  const std::string_view p1 = t[q - 1].lower;
  if (p1 == "luego" || p1 == "ya" || p1 == "puesto" || p1 == "dado" || p1 == "mientras" || p1 == "ahora" ||
      p1 == "desde" || p1 == "así" || p1 == "asi" || p1 == "después" || p1 == "despues")
    return true;
  if (q < b + 2) return false;
  const std::string_view p2 = t[q - 2].lower;
  if (p1 == "de" && (p2 == "luego" || p2 == "después" || p2 == "despues")) return true;  // "luego de que"
  if (p1 == "a" && p2 == "pese") return true;                                          // "pese a que"
  return p1 == "de" && p2 == "pesar" && q >= b + 3 && t[q - 3].lower == "a";             // "a pesar de que"
}

// Of these, the conjunctions of time: "luego (de) que", "después (de) que".
inline bool TimeQue(const std::vector<Token>& t, uint32_t b, uint32_t q) {
  if (q <= b) return false;
  std::string_view p = t[q - 1].lower;
  if (p == "de" && q >= b + 2) p = t[q - 2].lower;
  return p == "luego" || p == "después" || p == "despues";
}

}  // namespace dyad::es

#endif  // DYAD_LANG_ES_CONJUNCTIONS_H_
