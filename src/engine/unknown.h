// What a corpus uses that no dictionary covers (`dyad dict unknown`): how
// dictionary maintainers work is to code a corpus, then rank what the
// dictionaries missed. Each coded document adds to three tallies:
//  - verbs heading a clause in a sentence that names an actor, whose lemma
//    has no pattern at all in the document's language's verb dictionary;
//  - names (runs of capitalised words) that no actor entry covered;
//  - Spanish only: common noun phrases in an actor's place that no entry
//    covered ("los maestros rurales", "el portavoz de la guerrilla"): the
//    subject of a clause, or the object after the personal "a". Spanish
//    writes nationalities, bodies' generic names and most groups in lower
//    case, so the names list alone misses most of its missing actors.
// A separate object from the CLI so the tallies are tested on text we write.
#ifndef DYAD_ENGINE_UNKNOWN_H_
#define DYAD_ENGINE_UNKNOWN_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "model/doc.h"

namespace dyad {

class Engine;

class UnknownTally {
 public:
  struct Row {
    std::string text;     // lemma, name or noun phrase (lower case but for names)
    int count = 0;
    std::string example;  // the first sentence it was seen in
  };
  explicit UnknownTally(const Engine& engine) : engine_(engine) {}
  // Adds one document that engine.Code() has run on.
  void Add(const Doc& doc);
  // Most frequent first, ties in byte order; at most `top` rows.
  std::vector<Row> Verbs(size_t top) const { return Ranked(verbs_, top); }
  std::vector<Row> Names(size_t top) const { return Ranked(names_, top); }
  std::vector<Row> NounPhrases(size_t top) const { return Ranked(phrases_, top); }

 private:
  struct Seen {
    int count = 0;
    std::string example;
  };
  static std::vector<Row> Ranked(const std::map<std::string, Seen>& m, size_t top);
  void AddSpanishPhrases(const Doc& doc, const std::vector<bool>& covered);

  const Engine& engine_;
  std::map<std::string, Seen> verbs_, names_, phrases_;
};

}  // namespace dyad

#endif  // DYAD_ENGINE_UNKNOWN_H_
