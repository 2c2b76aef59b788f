// An acronym the article defines: "the Brazilian Olympic Committee (COB)",
// "la Confederación de Nacionalidades Indígenas (CONAIE)". A reader takes
// the later "COB" for the body just named, not for a dictionary entry of
// the same letters (Bolivia's union COB), and reads an acronym no
// dictionary knows ("the National Liberation Front (FLN)") as its long name.
// Within that article only, like SurnameMemory (actors/surnames.h).
//
// A definition is a capitalised phrase right before "(" ACRONYM ")" whose
// words' initials are the acronym's letters in any order (a translated name
// reorders them: "Revolutionary Armed Forces of Colombia (FARC)"); so "(AFP)"
// after a dateline, "(USA)" after an athlete's name define nothing. Later
// mentions of the acronym, and the one in the parentheses, then code as the
// long name coded in the definition's sentence:
//  - the long name is an actor (a mention spans it): its code, entry and
//    resolution, with a note naming the definition;
//  - it is no actor: the dictionary's reading of the acronym is dropped
//    only when that entry's own long name (a name of the entry whose
//    initials spell the acronym) shares no word with the article's: then it
//    is another body. An entry with no long name, or one sharing a word
//    ("Palestine Liberation Organization" for "Organisation"), may be the
//    same body the dictionary simply names otherwise, and stays.
#ifndef DYAD_ACTORS_ACRONYMS_H_
#define DYAD_ACTORS_ACRONYMS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "model/doc.h"

namespace dyad {

class AcronymMemory {
 public:
  // The dictionary entry a mention was matched from, or null (the matcher
  // looks it up in its index).
  using EntryOf = std::function<const ActorEntry*(const ActorMention&)>;
  // The kind of a dictionary entry (of the article's language) one of whose
  // names is exactly tokens [begin, end), or kUnknown.
  using NameKind = std::function<ActorKind(uint32_t begin, uint32_t end)>;

  // Finds the article's definitions. Most articles pay one memchr for "(":
  // only a "(" followed by an all-capitals word and ")" is looked at.
  void Prepare(const Doc& doc);
  // Whether the article defines no acronym.
  bool empty() const { return candidates_.empty(); }
  // Whether Apply has anything to do in sentence `sent`: a definition in
  // it, or a token of it that may be a defined acronym. Inline, so that the
  // sentences of an article with a definition elsewhere pay no call.
  bool Due(uint32_t s, const Sentence& sent) const {
    return (next_ < candidates_.size() && candidates_[next_].sentence <= s) ||
           (next_use_ < uses_.size() && uses_[next_use_] < sent.tokens.end);
  }

  // At the end of sentence `s`'s matching (where Due says so), its mentions being
  // doc.actors[from, end) in any order: learns the definitions of `s`, then
  // recodes, drops or adds the mentions of acronyms defined before each.
  // Appends at the end (the caller sorts the sentence's mentions).
  void Apply(Doc& doc, uint32_t s, size_t from, const EntryOf& entry_of, const NameKind& name_kind);

 private:
  struct Candidate {
    uint32_t open;          // the "(" token
    uint32_t phrase_begin;  // the long name's first word
    uint32_t sentence;
    bool later;  // the acronym comes again after the definition
  };
  struct Definition {
    uint64_t hash;          // lower_hash of the acronym
    std::string_view text;  // the acronym as written (into the Doc's text)
    uint32_t open;
    uint32_t sentence;
    bool has_actor;
    ActorMention long_name;          // has_actor: the mention spanning the long name
    std::vector<std::string> words;  // !has_actor: the long name's capitalised words, folded (OtherBody)
    Span phrase;                     // "Long Name (ACR)", for the evidence
  };
  bool OtherBody(const ActorEntry& e, const Definition& d) const;
  static void Recode(const Doc& doc, ActorMention& m, const Definition& d);

  std::vector<Candidate> candidates_;
  size_t next_ = 0;  // the first candidate not yet learned
  std::vector<Definition> defs_;
  // The tokens that may be a defined acronym (each definition's own and
  // the later tokens written as it), in order; Apply reads those of its
  // sentence from next_use_ on.
  std::vector<uint32_t> uses_;
  size_t next_use_ = 0;
};

// Whether the capitalised words of `words` (in order, function words such as
// "of", "de" allowed inside) end in a name whose initials are `acronym`'s
// letters in any order; returns the index of that name's first word, or -1.
// Declared for its test.
int AcronymNameStart(const std::vector<std::string_view>& words, std::string_view acronym);

}  // namespace dyad

#endif  // DYAD_ACTORS_ACRONYMS_H_
