// TABARI's reasons for leaving a whole sentence uncoded, for the coder's
// TABARI reading (EventCoderOptions::dictionary_verbs). TABARI codes a
// record only if it is a plausible news sentence it can handle:
//
//   * at least Article::TabariLimits::min_words words (SET: MINIMUM WORDS;
//     a shorter one is a headline or a sentence split in the wrong place);
//   * fewer verbs and fewer conjunctions than its COMPLEX: VERBS[n] CONJ[m]
//     limits (a sentence that long is "complex", left for a human coder),
//     and with NOACTPRIOR an actor before its first verb;
//   * no actor coded [###] (discard: "the Nasgul" of a sports page) or
//     [+++] (complex), and no discard or complexity phrase of the verb
//     file's <TIME> section (VerbDictionary::SentenceStop).
//
// What counts as a verb is TABARI's: a word its verb dictionary spells
// (VerbDictionary::PatternsFor its spelling, or VerbOfWord), outside actor
// names, and not shifted to a noun by a determiner before it ("the
// restore") or by a capital letter inside the sentence ("To Restore").
// A conjunction is "and", "or" or "but", except between two actors ("A
// and the B"), which makes a compound actor, not a second clause.
//
//   std::string why = TabariStop(doc, verbs, covers, sentence);
//   if (!why.empty()) ... drop the sentence's events ...
#ifndef DYAD_EVENTS_TABARI_LIMITS_H_
#define DYAD_EVENTS_TABARI_LIMITS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/verb_dictionary.h"
#include "model/doc.h"

namespace dyad {

// Why TABARI would not code sentence `sentence` of `doc` (for `dyad
// explain`), or empty if it would. `covers` maps each token to the actor
// mention whose name it is in (kNone32 for none), `deleted` flags the
// tokens its COMMA option deleted (empty: none). The limits come from
// doc.article.tabari; the stops from `verbs` and the actor codes. A bare
// "he", "she", "it" or "they" before the first verb is an actor when
// FORWARD carries a subject into the sentence (Article::forwarded_subject).
std::string TabariStop(const Doc& doc, const VerbDictionary& verbs, const std::vector<uint32_t>& covers,
                       const std::vector<char>& deleted, uint32_t sentence);

// TABARI's COMMA option (Article::TabariLimits::comma_*): the tokens it
// deletes before coding, one flag per token of `doc` (commas included), or
// an empty vector if it deletes none. A stretch between two commas, before
// the first or after the last (the final full stop aside) goes when its
// length in words is within that kind's bounds: in news prose such a
// stretch is an aside, an apposition or an attribution ("..., a senior
// official said on Saturday."), not the sentence's event. Commas between
// the actors of a list (`covers` as for TabariStop) end no stretch.
std::vector<char> TabariCommaDeletions(const Doc& doc, const std::vector<uint32_t>& covers);

// TABARI's noun shift: the word at token t of a sentence spanning `span`
// is a noun whatever its spelling, after "a", "an" or "the" ("the restore")
// or written with a capital inside the sentence ("about To Restore").
bool TabariNounShift(const Doc& doc, TokenRange span, uint32_t t);

// TABARI's clauses of a sentence: the stretches between the conjunctions
// "and", "but" and "or" that do not join two actors (`covers` as for
// TabariStop); the whole sentence if there is none. "X might affirm Y or
// assail Z" is two clauses, each coded on its own.
std::vector<TokenRange> TabariClauses(const Doc& doc, const std::vector<uint32_t>& covers, uint32_t sentence);

// The peers' discard phrases (VerbDictionary::SentenceStop) in sentence
// `sentence`: why it is not coded, or empty. `*story` (optional) is set
// when the phrase discards the whole article (PETRARCH's '+').
std::string StopPhrase(const Doc& doc, const VerbDictionary& verbs, uint32_t sentence, bool* story = nullptr);

}  // namespace dyad

#endif  // DYAD_EVENTS_TABARI_LIMITS_H_
