// English clause analysis: verb groups, clauses, subjects, complements and
// how clauses depend on each other (reported speech, infinitives, gerunds).
//
// Why a shallow analyser of our own: a full parser (link-grammar) runs at
// about 90 sentences/s per core here, three orders of magnitude below the
// speed target, and no downloaded model may be used. Event coding needs
// less than a parse: for each verb, who did it (subject, or the by-phrase of
// a passive), whether it really happened (negation, modality, conditionals,
// questions), what follows it (for the verb patterns), and which clause
// reports it. That is decided here from part-of-speech tags, lemmas and the
// actor mentions (which make multi-word names single noun phrases), in one
// linear pass per sentence. docs/design.md explains the choice and its limits.
#ifndef DYAD_ANALYSIS_CLAUSES_H_
#define DYAD_ANALYSIS_CLAUSES_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

#include "pipeline/component.h"

namespace dyad {

struct ClauseAnalyzerOptions {
  // Verbs of saying ("say", "tell", "declare"): their complement is reported
  // speech. The event dictionary's control file supplies the list.
  std::function<bool(uint64_t lemma_hash)> is_speech;
  // "A, B, and C" (a comma before the last "and"/"or") is one coordinated
  // subject. The engine turns it on for both readings (measured on our
  // dictionaries too: docs/accuracy.md); off here so a caller opts in.
  bool serial_comma_subjects = false;
};

class ClauseAnalyzer : public Component {
 public:
  explicit ClauseAnalyzer(ClauseAnalyzerOptions options);
  std::string_view name() const override { return "clauses"; }
  // Needs tokens with tags and lemmas, and actor mentions; fills doc.clauses.
  void Run(Doc& doc) const override;

  // One sentence (exposed for tests and `dyad explain`).
  void AnalyzeSentence(Doc& doc, uint32_t sentence) const;

 private:
  // AnalyzeSentence with the mentions to mark as noun-phrase units and the
  // time expressions to read: any lists holding all of the sentence's
  // (the others are skipped). Run passes each sentence its own blocks when
  // doc.actors and doc.times are in sentence order, instead of the whole
  // article's lists.
  void AnalyzeSentence(Doc& doc, uint32_t sentence, std::span<const ActorMention> mentions,
                       std::span<const TimeExpr> times) const;

  ClauseAnalyzerOptions options_;
  // Names this analyser's answers in the per-thread memo of is_speech
  // (clauses.cc): unique per constructed analyser, so that another
  // analyser on the same thread (tests build several, with different
  // lists) never reads them. A copy keeps it: it has the same options.
  uint64_t id_;
};

// True if a clause's verb is non-finite (infinitive, gerund, participle).
inline bool IsNonFinite(const Clause& c) { return c.verb.tense == Tense::kNonFinite; }

}  // namespace dyad

#endif  // DYAD_ANALYSIS_CLAUSES_H_
