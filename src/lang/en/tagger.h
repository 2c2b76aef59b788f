// English part-of-speech tagger: a bigram hidden Markov model decoded with
// Viterbi, over the Lingua::EN::Tagger lexicon (see lexicon.h).
//
// Each token gets a short list of candidate tags (usually 1-3): the lexicon
// entry of its surface form, else of its lower-case form where capitals say
// nothing (sentence start, all capitals, headlines), else the entry of its
// shape class ("-ed-", "-cap-", ...). Punctuation and numbers get fixed tags.
// Viterbi runs only over those candidates, so tagging is linear in the
// sentence length and needs no model beyond the two YAML tables.
#ifndef DYAD_LANG_EN_TAGGER_H_
#define DYAD_LANG_EN_TAGGER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>

#include "lang/en/lexicon.h"
#include "pipeline/component.h"

namespace dyad::en {

class Tagger : public Component {
 public:
  explicit Tagger(std::shared_ptr<const Lexicon> lexicon);

  std::string_view name() const override { return "tagger"; }
  // Sets Token::tag for every token of every sentence.
  void Run(Doc& doc) const override;

  // Tags one sentence (exposed for tests and `dyad explain`).
  void TagSentence(Doc& doc, const Sentence& sentence) const;

  // The candidate tags of token `i` of `sentence`, most likely first (for
  // tests and explanations; the lattice uses the same list).
  std::span<const TagScore> Candidates(const Doc& doc, const Sentence& sentence, uint32_t i) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  // A bigram model cannot tell "Police arrested dozens" (past tense) from
  // "dozens arrested by police" (participle): both are noun + VBN/VBD. This
  // pass turns VBN into VBD where a subject precedes, an object follows and
  // no auxiliary is in sight, the pattern a participle cannot have.
  // `present` has bit t set when some token of the sentence is tagged t;
  // `marked` lists the tokens tagged VBZ, VBN, JJ, PPL or VBG, last first.
  void RepairPastTense(Doc& doc, const Sentence& sentence, uint64_t present,
                       std::span<const uint32_t> marked) const;
  // "Trump talks with Ryan as he promotes a plan": a name followed by a
  // word in -s that the bigrams call a plural noun ("talks", "meets") is
  // the present-tense verb when the sentence's next finite verb belongs to
  // a subordinate clause of its own (see tagger.cc).
  void RepairPresentAfterName(Doc& doc, const Sentence& sentence, uint64_t present) const;
  // 'should "respect" the accord': a one-word quotation after a modal or
  // "to" is the verb (see tagger.cc).
  // `marked` as for RepairPastTense (it lists the opening quotes too).
  void RepairQuotedVerb(Doc& doc, const Sentence& sentence, uint64_t present,
                        std::span<const uint32_t> marked) const;
  // "Shelling wounded five civilians", "Heavy fighting killed 30": a
  // gerund opening the sentence right before a past tense is its subject,
  // a noun (see tagger.cc). `marked` as for RepairPastTense (it lists the
  // gerunds too).
  void RepairGerundSubject(Doc& doc, const Sentence& sentence, uint64_t present,
                           std::span<const uint32_t> marked) const;
  // "the Visiting Forces Agreement Committee": a capitalised gerund inside
  // a name is a proper noun (see tagger.cc). `marked` as above.
  void RepairGerundInName(Doc& doc, const Sentence& sentence, uint64_t present,
                          std::span<const uint32_t> marked) const;

  // "called off threatened strikes", "blew up parked cars": a past form
  // right after a verb's particle and before a noun is an adjective
  // modifying the particle verb's object, not a second finite verb (see
  // tagger.cc).
  void RepairPastAfterParticle(Doc& doc, const Sentence& sentence, uint64_t present) const;

  std::shared_ptr<const Lexicon> lexicon_;
  uint64_t id_;  // unique per tagger: owns the per-thread candidate memo in TagSentence
};

}  // namespace dyad::en

#endif  // DYAD_LANG_EN_TAGGER_H_
