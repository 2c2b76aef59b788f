// Spanish clause analysis: the same Doc::clauses model the English analyser
// fills (analysis/clauses.h), so the event coder runs unchanged over it.
//
// Spanish differs from English where coding cares:
// * pro-drop: a finite verb often has no subject ("Condenó el ataque"); the
//   subject is the previous clause's, in the sentence or the paragraph's
//   previous sentence, and the clause says it inherited it;
// * verb groups: clitics and "no" come before the verb ("no lo condenó",
//   "se reunió"), haber + participle is a perfect ("ha condenado"), ser/estar
//   + participle a passive whose agent follows "por" ("fue revocada por
//   Washington"), poder/deber + infinitive a modality, "ir a" + infinitive
//   a future; future and conditional are inflections (-rá, -ría);
// * word order: verbs of saying put their subject after them
//   ("..., dijo el ministro", "afirmó el portavoz que ...");
// * attribution: ", según X" says who reports the act, so it is cut from
//   the clause (X is neither target nor agent).
// A shallow, linear pass over tags and lemmas from lang/es/morphology.h
// and the actor mentions, for the reasons analysis/clauses.h gives.
#ifndef DYAD_LANG_ES_CLAUSES_H_
#define DYAD_LANG_ES_CLAUSES_H_

#include <cstdint>
#include <functional>

#include "pipeline/component.h"

namespace dyad::es {

struct ClauseAnalyzerOptions {
  // Verbs of saying (decir, afirmar, anunciar...): their "que" complement
  // is reported speech. The Spanish control file supplies the list.
  std::function<bool(uint64_t lemma_hash)> is_speech;
  // Verbs of accusing that frame the clause before them when their subject
  // closes the sentence ("..., acusó la policía"); the control file's
  // @accusing list. None without it.
  std::function<bool(uint64_t lemma_hash)> is_accusing;
};

class ClauseAnalyzer : public Component {
 public:
  explicit ClauseAnalyzer(ClauseAnalyzerOptions options);
  std::string_view name() const override { return "clauses"; }
  void Run(Doc& doc) const override;
  void AnalyzeSentence(Doc& doc, uint32_t sentence) const;

 private:
  ClauseAnalyzerOptions options_;
};

}  // namespace dyad::es

#endif  // DYAD_LANG_ES_CLAUSES_H_
