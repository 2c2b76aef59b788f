// A person named in full and later by the surname alone: "el general Juan
// Pérez ... Pérez ordenó", "Felipe Calderón ... Calderón said". News writes
// the full name once and the surname after it, so a reader takes the bare
// surname for the same person, within that article only. The dictionary
// lists some surnames as names of their entries ("Petro"); this covers the
// rest: entries listed by their full name only, and persons no dictionary
// knows whom a title or rank before their name made an actor.
//
// Resolved only where a reader would not hesitate: the surname is no
// dictionary name of its own (not a place, not another entry), no other
// person of the article has it (two persons "X Pérez": nothing), it is
// written as a name (capitalised, a proper noun to the tagger, no article
// before it, no other name around it), and it comes after the full name.
#ifndef DYAD_ACTORS_SURNAMES_H_
#define DYAD_ACTORS_SURNAMES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/doc.h"

namespace dyad {

class SurnameMemory {
 public:
  // What a token is to the actor dictionary, as the matcher's matches of
  // its sentence say.
  enum class Covered : uint8_t {
    kNo,      // no match covers it
    kTitle,   // a title or role word before a name ("President", "general", "ministro")
    kPerson,  // a person's entry
    kOther,   // another entry (a country, a group, ...)
    // A capitalised Spanish word whose only readings are one-word names the
    // dictionary writes in lower case: a demonym or a common word
    // ("Alemán" for "alemán", Germany). Spanish writes those in lower case,
    // so capitalised after a person's full name "Arnoldo Alemán" it is his
    // surname. Named in an earlier sentence, the matcher has dropped the
    // word's own match before its agents could take the country from it;
    // named earlier in the same sentence, Resolve replaces the word's own
    // mention with the person. Else it counts as kOther.
    kLowerName,
  };
  using CoverTest = std::function<Covered(uint32_t token)>;
  // Whether the token alone is some dictionary entry's whole name, on any
  // date ("Lima", "Petro"): then the surname is no surname of ours. A
  // kLowerName token's lower-case names are not asked about here.
  using EntryTest = std::function<bool(uint32_t token)>;

  void Clear() {
    known_.clear();
    surname_bits_ = 0;
    learned_in_ = UINT32_MAX;
  }
  // Whether a person learned before sentence `sentence`, and no other
  // learned person, has the surname whose lower_hash is `h`.
  bool Knows(uint64_t h, uint32_t sentence) const {
    if (!(surname_bits_ >> (h >> 58) & 1)) return false;
    for (const Known& o : known_)
      if (o.surname == h && o.sentence < sentence) return !o.ambiguous;
    return false;
  }
  // Whether the last Learn learned a full name of sentence `sentence`.
  bool LearnedIn(uint32_t sentence) const { return learned_in_ == sentence; }

  // Learns the full names (two words or more) of the persons among
  // doc.actors[from, end), all of sentence `sentence`, and whether any other
  // person of the article shares one of their surnames.
  void Learn(const Doc& doc, uint32_t sentence, size_t from, bool es, const CoverTest& covered);

  // Adds a mention for each bare surname of a learned person in sentence
  // `sentence` (mentions of that sentence start at `from`), with the full
  // mention as its antecedent; a title or rank mention right before the
  // surname ("el general Pérez", "President Pérez") becomes the person.
  // Not const: it settles, at a person's first bare surname, whether
  // another person of the article has that surname (OtherPersonNamed).
  // `same_sentence`: the persons learned from this very sentence, for the
  // surnames after their full name in it (the matcher's second pass, once
  // the sentence is learned); else those of earlier sentences. Returns
  // whether it added a mention (appended: the caller sorts); a kLowerName
  // word's one-word mention is replaced where it is.
  bool Resolve(Doc& doc, uint32_t sentence, size_t from, const CoverTest& covered, const EntryTest& is_entry,
               bool same_sentence = false);

 private:
  struct Known {
    uint64_t surname = 0;  // lower_hash of the surname
    uint64_t before = 0;   // lower_hash of the name word before it ("Juan" in "Juan Pérez")
    uint64_t after = 0;    // of the name word after it ("Gómez" in "Juan Pérez Gómez"), 0 if none
    uint32_t mention = 0;  // the full mention, in doc.actors
    uint32_t sentence = 0;
    // Who the person is: the dictionary entry, else the name's first word.
    const std::string* file = nullptr;
    uint32_t line = 0;
    uint64_t first = 0;
    bool ambiguous = false;  // another person of the article has this surname
    // Whether OtherPersonNamed was asked (its answer is in `ambiguous`).
    bool others_checked = false;
  };
  // Whether the article names, no actor, another person with x's surname
  // ("su esposa, Ana Pérez"). Asked only when a bare surname of x is
  // about to be resolved, not when x is learned: most full names of an
  // article are never followed by their bare surname (te3silver: a list
  // of the article's capitalised words was built for 2,104 articles with
  // a full name, ~5.5M instructions with its scans; a bare surname comes
  // in 469). The answer is the same whenever it is asked: it reads only
  // the article's tokens and the step-1 matches, which do not change
  // while the sentences are resolved.
  static bool OtherPersonNamed(const Doc& doc, const Known& x, const CoverTest& covered);
  std::vector<Known> known_;
  // Bit (surname >> 58) of each learned surname: Resolve turns away a
  // token whose bit is clear (nearly every token: an article learns a few
  // surnames) before the name tests and the walk over known_.
  uint64_t surname_bits_ = 0;
  uint32_t learned_in_ = UINT32_MAX;  // the sentence of the last full name learned
};

}  // namespace dyad

#endif  // DYAD_ACTORS_SURNAMES_H_
