// An event mention flattened for output: the row `dyad code` prints as JSON
// Lines or TSV and the store keeps. Everything is already rendered to text so
// writers (stdout, SQLite) need no access to the Doc or the dictionaries.
#ifndef DYAD_MODEL_RECORD_H_
#define DYAD_MODEL_RECORD_H_

#include <cstdint>
#include <string>

namespace dyad {

struct EventRecord {
  std::string article;         // Article::id
  std::string published;       // publication date at its precision ("2025-09-27"), "" if unknown
  uint32_t sentence_index = 0; // 0-based index of the sentence in the article
  std::string sentence;        // the sentence text
  std::string date;            // event date at its precision ("2025-09-26", "2025-09", "2025")
  std::string date_text;       // the words it was resolved from ("Friday, Sept. 26"), "" if the publication date
  std::string source;          // actor codes ("USAGOV"); "" when unknown
  std::string source_text;     // the words that named the source
  std::string target;
  std::string target_text;
  std::string code;            // CAMEO event code ("172")
  std::string root;            // its first two digits ("17")
  int quad_class = 0;          // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;      // Goldstein weight of the code
  std::string verb_text;       // the trigger words ("revoked ... visa")
  std::string object_text;     // the clause's first object ("Petro's visa"); kept as evidence and for merging
  std::string lang;            // "en", "es"
  // JSON object with the dictionary entries, resolution steps and pattern
  // used: {"pattern":"data/verbs/17_coerce.txt:12 revoke * visa", "source_entry":..., ...}
  std::string evidence;
};

// A direct quotation flattened for output and storage (`dyad quotes`).
struct QuoteRecord {
  std::string article;         // Article::id
  uint32_t sentence_index = 0; // sentence where the quotation opens
  std::string speaker;         // the words naming the speaker ("Waltz", "the State Department"), "" if unknown
  std::string speaker_actor;   // the speaker's actor code ("USAGOV"), "" if not a known actor
  std::string how;             // how it was attributed ("X said: ...", "according to X", ...)
  std::string quote;           // the quoted words, without the marks
  std::string date;            // the date of the sentence it opens in
};

// One thing an article states about a named person or organisation
// (`dyad who`): that it was mentioned, an office, an age, a description.
struct ProfileFact {
  std::string article;         // Article::id
  uint32_t sentence_index = 0;
  std::string name;            // the person's or organisation's name ("Gustavo Petro")
  std::string actor;           // actor code at the sentence's date ("COLGOV"), "" if unknown
  std::string kind;            // "person" or "organization"
  std::string attribute;       // "mention", "office", "age", "description"
  std::string value;           // "U.S. Ambassador", "65", "a former senator and trade unionist"
  std::string date;            // the sentence's date
  std::string sentence;        // the sentence (filled when read back from the store)
};

}  // namespace dyad

#endif  // DYAD_MODEL_RECORD_H_
