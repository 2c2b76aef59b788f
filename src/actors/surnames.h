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
#include <utility>
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
  };
  using CoverTest = std::function<Covered(uint32_t token)>;
  // Whether the token alone is some dictionary entry's whole name, on any
  // date ("Lima", "Petro"): then the surname is no surname of ours.
  using EntryTest = std::function<bool(uint32_t token)>;

  void Clear() {
    known_.clear();
    capitals_.clear();
    capitals_ready_ = false;
  }

  // Learns the full names (two words or more) of the persons among
  // doc.actors[from, end), all of sentence `sentence`, and whether any other
  // person of the article shares one of their surnames.
  void Learn(const Doc& doc, uint32_t sentence, size_t from, bool es, const CoverTest& covered);

  // Adds a mention for each bare surname of a learned person in sentence
  // `sentence` (mentions of that sentence start at `from`), with the full
  // mention as its antecedent; a title or rank mention right before the
  // surname ("el general Pérez", "President Pérez") becomes the person.
  void Resolve(Doc& doc, uint32_t sentence, size_t from, const CoverTest& covered, const EntryTest& is_entry) const;

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
  };
  std::vector<Known> known_;
  // The article's capitalised words that do not open a sentence, as
  // (lower_hash, token) in text order: where another person with a learned
  // surname may be named. Built on the first full name of an article, so
  // each name scans a few dozen pairs instead of every token of the
  // article (that walk was ~15M instructions of te3silver's ~845M; a
  // sorted copy cost more to sort than it saved).
  std::vector<std::pair<uint64_t, uint32_t>> capitals_;
  bool capitals_ready_ = false;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_SURNAMES_H_
