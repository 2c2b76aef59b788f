// UD-PETRARCH's internal coding ontology ("PICO": a file of lines
// `CODE:VALUE`, VALUE hexadecimal numbers joined by + and -, "110:0x1007f",
// "011:0x1000-0xFFFF") and the one rule our coder takes from it: how a
// negated verb is coded.
//
// UD-PETRARCH (PETRgraph.py, get_verb_code_per_triplet) reads a verb with
// a negation dependent ("did not clash", "won't wire tap") as the act its
// code's value minus 0xFFFF stands for, looked up back in the same file:
// the file is written so that this lands where the negated act belongs
// ("not disapprove", 110 = 0xFFFF + 0x80, is 050 at 0x80; "not make a
// statement", 010, is 011 "decline to comment"; "not provide material
// cooperation", 060, is 121). A value that no code has means the negation
// has no code of its own: UD-PETRARCH then writes an invalid code, we code
// nothing, as for any negated verb. Only codes whose number is at most 200
// are negated there (its validation dictionaries use higher codes for
// other tests), and a code missing from the file stands for its root
// ("014" as "010"), both as there. Since only UD-PETRARCH has such a file,
// the coder takes its presence for UD-PETRARCH's reading as a whole
// (EventCoderOptions::peer_reading).
//
//   CodeOntology o;
//   o.LoadText(text, "PICO.txt", &problems);
//   o.Negation("110");  // "050"
//   o.Negation("190");  // "": 0xA0 - 0xFFFF is no code's value
#ifndef DYAD_EVENTS_CODE_ONTOLOGY_H_
#define DYAD_EVENTS_CODE_ONTOLOGY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"  // DictProblem

namespace dyad {

class CodeOntology {
 public:
  // Adds the file's `CODE:VALUE` lines; `#` starts a comment. A line that
  // does not parse is reported and skipped.
  void LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);
  void Set(std::string code, int64_t value);

  bool empty() const { return value_.empty(); }
  // The code of the negated act, or "" when the file gives none (or was
  // not loaded). Cheap: two hash lookups, called once per negated clause.
  std::string Negation(std::string_view code) const;

 private:
  std::unordered_map<std::string, int64_t> value_;
  // value -> code; the first code in the file with that value wins (no
  // negation in UD-PETRARCH's file reaches a value two codes share).
  std::unordered_map<int64_t, std::string> code_of_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CODE_ONTOLOGY_H_
