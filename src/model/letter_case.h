// Whether a sentence is written in capital letters throughout, as wire
// headlines often are ("REBELS ATTACK TOWN NEAR THE CAPITAL"). There a
// capital letter says nothing about a word being a name, so the stages that
// read capitals as name evidence (the actor matcher's name extension, the
// Spanish tagger's "capital inside a sentence" rule) ask this first.
//
// Decided per sentence, not per token: "NATO" in running text is an
// acronym, "NATO" in an all-capitals line is just a word. Header-only: a
// loop over token flags the segmenter already set.
#ifndef DYAD_MODEL_LETTER_CASE_H_
#define DYAD_MODEL_LETTER_CASE_H_

#include "model/doc.h"

namespace dyad {

// At least two all-capital words (two letters or more) and no more than one
// word in mixed or lower case per four of them, so a stray "(Reuters)" or
// "de" does not make a capitalised line ordinary. Punctuation, numbers and
// one-letter words ("A", "Y", "'S") count for neither side: their single
// capital cannot tell.
//
// Stops at the first answer the rest of the sentence cannot change (most
// sentences are ordinary, and this runs on every one): each token adds to
// `caps` or `cased` or neither, so at the end caps <= n - cased for the
// sentence's n tokens, and cased * 4 <= caps then needs cased * 5 <= n;
// `cased` only grows, so once cased * 5 > n the answer is no.
inline bool AllCapitalsSentence(const Doc& doc, const Sentence& s) {
  uint32_t caps = 0, cased = 0;
  const uint32_t n = s.tokens.size();
  for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.has(kAllCaps)) {
      ++caps;
    } else if (tok.has(kPunct) || tok.has(kNumber) || (tok.has(kCapitalized) && tok.span.size() <= 2)) {
      continue;
    } else {
      ++cased;
      if (cased * 5 > n) return false;
    }
  }
  return caps >= 2 && cased * 4 <= caps;
}

}  // namespace dyad

#endif  // DYAD_MODEL_LETTER_CASE_H_
