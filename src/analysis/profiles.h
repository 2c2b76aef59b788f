// What an article says about the people and organisations it names.
//
// For each named person or organisation (an actor mention whose dictionary
// entry is a person, an agency, an IGO or a group, or a title followed by an
// unknown name) it records the mention itself, and what the text states in
// the usual news constructions:
//   office       the title before the name ("U.S. Ambassador Mike Waltz",
//                "Interior Minister Armando Benedetti")
//   age          "Petro, 65, ..."
//   description  an apposition or a copula: "Petro, 65, is a former
//                senator and Bogotá mayor", "Jenča, who ...",
//                "Rosa Villavicencio, the foreign minister, ..."
// These are reported with their sentence, never merged into the dictionary:
// `dyad who` shows what the news said and where.
#ifndef DYAD_ANALYSIS_PROFILES_H_
#define DYAD_ANALYSIS_PROFILES_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "model/doc.h"
#include "model/record.h"

namespace dyad {

class ProfileExtractor {
 public:
  // `title_words`: lower-case words that make up titles and offices
  // ("minister", "interior", "ambassador", "u.s.", "deputy", ...), so the
  // title before a name can be told from the name.
  explicit ProfileExtractor(std::unordered_set<std::string> title_words) : title_words_(std::move(title_words)) {}

  // Appends the facts of doc (after the actors stage has run).
  void Extract(const Doc& doc, std::vector<ProfileFact>* out) const;

 private:
  std::unordered_set<std::string> title_words_;
};

}  // namespace dyad

#endif  // DYAD_ANALYSIS_PROFILES_H_
