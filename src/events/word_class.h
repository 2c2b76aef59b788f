// A one-word class of the verb dictionary's synsets that a rule of the coder
// reads itself (EventCoder::CoderClasses): the fight nouns that make a
// passive killing an act of violence, the verbs of a person's violence on a
// person, the report nouns whose "that" clause is hearsay, the verbs by
// which a speaker alleges an act. They were word lists in coder.cc; as
// synsets they are data a user can read and edit (data/verbs/synsets.txt,
// data/verbs/es/synsets.txt, docs/dictionary-format.md).
//
// A member matches as a synset member does, by lemma or surface form, so a
// regular plural needs no entry ("clashes" is "clash"). Only one-word
// members are read: the rules ask about one token (`dyad dict lint` warns
// about a longer member).
#ifndef DYAD_EVENTS_WORD_CLASS_H_
#define DYAD_EVENTS_WORD_CLASS_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "events/verb_dictionary.h"
#include "model/doc.h"

namespace dyad {

class WordClass {
 public:
  WordClass() = default;
  // The one-word members of the synset named `name` (without '&') of
  // `verbs`; empty when the dictionary has no such synset (a peer's
  // dictionary, or a user's that dropped it: the rule then finds nothing).
  static WordClass From(const VerbDictionary& verbs, std::string_view name) {
    WordClass c;
    for (const Synset& s : verbs.synsets())
      if (s.name == name)
        for (const auto& member : s.members)
          if (member.size() == 1) c.hashes_.push_back(member.front());
    std::sort(c.hashes_.begin(), c.hashes_.end());
    c.hashes_.erase(std::unique(c.hashes_.begin(), c.hashes_.end()), c.hashes_.end());
    return c;
  }

  // A TokenHash among the members. A binary search over a sorted array:
  // the lists it replaced (12-24 words) were scanned from the start, and
  // the classes stay that small, so this costs at most as many compares.
  bool Has(uint64_t hash) const { return std::binary_search(hashes_.begin(), hashes_.end(), hash); }
  // A token that is a member by lemma or by surface form (as synset members
  // match in patterns).
  bool At(const Token& t) const { return Has(t.lemma_hash) || Has(t.lower_hash); }
  // A verb group whose lemma (VerbGroup::lemma: the head's lemma, or its
  // surface form when it has none) is a member. Verbs are matched by lemma
  // only, as patterns look verbs up.
  bool HasVerb(const Token& head) const { return Has(head.lemma.empty() ? head.lower_hash : head.lemma_hash); }
  bool empty() const { return hashes_.empty(); }

 private:
  std::vector<uint64_t> hashes_;  // sorted, unique
};

// The classes the coder reads, from the dictionary it codes with
// (EventCoder::CoderClasses names each and says what it is for).
struct CoderWordClasses {
  WordClass passive_fight;     // &PASSIVE_FIGHT: "killed in clashes", "muertos en un enfrentamiento"
  WordClass passive_personal;  // &PASSIVE_PERSONAL: "was stabbed", "fue asesinado"
  WordClass report_noun;       // &REPORT_NOUN: "reports that ...", "la denuncia de que ..."
  WordClass alleging;          // &ALLEGING: "X said (alleged, charged) that Y attacked"
  WordClass death_victim;      // &DEATH_VICTIM: "five villagers died in a rocket attack"
  WordClass reciprocal_verb;   // &RECIPROCAL_VERB: "Russia and Ukraine exchanged prisoners"
  WordClass unknown_doer;      // &UNKNOWN_DOER (es): "fueron asesinados por desconocidos"
  WordClass unnamed_person;    // &UNNAMED_PERSON (es): "por hombres sin identificar"
  WordClass collective_head;   // &COLLECTIVE_HEAD (es): "policías y grupos de jóvenes"
  WordClass time_noun;         // &TIME_NOUN (es): "iniciaron durante el fin de semana una huelga"
  WordClass tasked_body;       // &TASKED_BODY (en): "agencies charged with selling assets"
  WordClass standing_detainee; // &STANDING_DETAINEE (en): "prisoners held by Israel"
};

}  // namespace dyad

#endif  // DYAD_EVENTS_WORD_CLASS_H_
