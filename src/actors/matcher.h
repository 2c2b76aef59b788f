// Finds the actors of every sentence and gives each its code at the
// sentence's date.
//
// Three steps, in the order a reader would apply them:
//  1. longest dictionary match at each token, keeping only entries with a code
//     valid on the sentence's date ("Petro" is COLGOV only from 2022-08-07);
//  2. phrase assembly: a title absorbed into the person it names ("U.S.
//     Ambassador Mike Waltz"), an agent combined with the country of its
//     phrase ("Colombian officials", "officials of Colombia", "Colombia's
//     Foreign Ministry"), else of its sentence, else of the article (in
//     Spanish, of the story's dateline first: "MONTREAL, Canadá, Abr 25");
//  3. anaphora: "he"/"she" to the last person named, "the government", "the
//     country" to the last fitting actor.
// Each mention records how it was resolved and which entries it used.
#ifndef DYAD_ACTORS_MATCHER_H_
#define DYAD_ACTORS_MATCHER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "actors/index.h"
#include "model/word_class.h"
#include "pipeline/component.h"

namespace dyad {

struct ActorMatcherOptions {
  bool resolve_pronouns = true;
  // How many sentences back a pronoun or anaphor may find its antecedent.
  uint32_t anaphor_window = 6;
  // Titles before a person's name (actors/titles.h); null: the date alone decides.
  std::shared_ptr<const class TitleTable> titles;
  // Word classes of the verb dictionary's synsets (the engine reads them;
  // empty turns the rule off, as with a peer's dictionary):
  // &LANDMARK (English): a capitalised one right after a country's or
  // region's name makes it a built place's or a trophy's name ("Lebanon
  // Street", "the Africa Cup"), no state.
  WordClass landmark_words;
  // &ARMED_UNIT (Spanish): a unit of an armed group between an agent's
  // "de" and the group ("milicianos del frente 5 de las FARC") is skipped,
  // so the members are the group's.
  WordClass armed_unit_words;
  // &LOCALITY_NOUN (Spanish): a country's or capital's name right after one
  // ("la vereda Buenos Aires", "el barrio Granada") is that hamlet's or
  // district's, no state.
  WordClass locality_words;
};

// The part of a code an agent role is appended to: the country ("COLGOV" ->
// "COL"), or a whole IGO/NGO code ("IGOUNO", "IGOWSTNAT").
std::string BaseOf(std::string_view code, bool whole_org);
// The country (or "IGO", "NGO", ...) of a code: its first three letters.
inline std::string_view CountryOf(std::string_view code) { return code.substr(0, code.size() < 3 ? code.size() : 3); }

// Sorts mentions[first, end) by their first token, leaving them exactly as
// std::sort with that comparison would (equal starts included), with fewer
// moves of the mentions; see matcher.cc. Declared here for its test.
void SortMentionsByStart(std::vector<ActorMention>& mentions, size_t first);

class ActorMatcher : public Component {
 public:
  ActorMatcher(std::shared_ptr<const ActorDictionary> dict, std::shared_ptr<const ActorIndex> index,
               ActorMatcherOptions options = {});
  std::string_view name() const override { return "actors"; }
  void Run(Doc& doc) const override;

  const ActorDictionary& dictionary() const { return *dict_; }

 private:
  // Whether a name found regardless of case may stand as the text writes it
  // (English only; see matcher.cc).
  bool LowerCaseNameFits(const Doc& doc, const Sentence& sent, uint32_t at, const ActorIndex::Phrase& ph,
                         const ActorEntry& e, int32_t day) const;

  std::shared_ptr<const ActorDictionary> dict_;
  std::shared_ptr<const ActorIndex> index_;
  ActorMatcherOptions options_;
  uint64_t h_s_, h_the_, h_of_, h_from_, h_in_, h_for_, h_and_;
  uint64_t h_both_, h_these_, h_those_;  // a private person already known (Run, step 2b)
  uint64_t h_he_, h_she_, h_him_, h_his_, h_her_;
  // The five pronouns' bits (bit h >> 58 of each hash): step 3 turns away
  // a token whose bit is clear before comparing its hash with the five.
  uint64_t pronoun_bits_ = 0;
  bool IsPronoun(uint64_t h) const {
    return (pronoun_bits_ >> (h >> 58) & 1) && (h == h_he_ || h == h_she_ || h == h_him_ || h == h_his_ || h == h_her_);
  }
  // The index's first-word filter with the five pronouns' bits added
  // (ActorIndex::MakeStopWords): step 1's walk stops at possible names
  // and at pronouns, and lists the pronouns for step 3.
  ActorIndex::StopWords stop_words_;
  uint64_t h_country_, h_nation_;
  uint64_t h_de_, h_del_, h_el_, h_la_, h_los_, h_las_;  // Spanish articles only
  uint64_t h_por_;  // Spanish: "por millares" is a count, no crowd (Run)
  // Spanish heads of a body ("presidente", "portavoz", "dirigentes"):
  // before "de" + an agent, the body is the actor ("el presidente del
  // Senado" is LEG, "los dirigentes de la oposición" OPP).
  uint64_t h_heads_[9];
  bool IsBodyHead(uint64_t h) const {
    for (uint64_t x : h_heads_)
      if (x == h) return true;
    return false;
  }
  // The last two heads, "dirigente(s)": a leader of something that is no
  // actor ("el dirigente del transporte", "de la Alianza") names no one.
  bool IsLeaderHead(uint64_t h) const { return h == h_heads_[7] || h == h_heads_[8]; }
};

}  // namespace dyad

#endif  // DYAD_ACTORS_MATCHER_H_
