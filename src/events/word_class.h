// A one-word class of the verb dictionary's synsets that a rule reads itself
// (EventCoder::CoderClasses lists them all). The coder's: the fight nouns that make a
// passive killing an act of violence, the verbs of a person's violence on a
// person, the report nouns whose "that" clause is hearsay, the verbs by
// which a speaker alleges an act. Other stages' (the engine reads them with
// SynsetClass and hands them over as model/word_class.h's WordClass): the
// actor matcher's landmark nouns and Spanish armed-unit nouns, the pronoun
// stage's organisation words. They were word lists in C++; as
// synsets they are data a user can read and edit (data/verbs/synsets.txt,
// data/verbs/es/synsets.txt, docs/dictionary-format.md).
//
// A member matches as a synset member does, by lemma or surface form, so a
// regular plural needs no entry ("clashes" is "clash"). Only one-word
// members are read: the rules ask about one token (`dyad dict lint` warns
// about a longer member).
#ifndef DYAD_EVENTS_WORD_CLASS_H_
#define DYAD_EVENTS_WORD_CLASS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "events/verb_dictionary.h"
#include "model/word_class.h"

namespace dyad {

// The one-word members of the synset named `name` (without '&') of
// `verbs`; empty when the dictionary has no such synset (a peer's
// dictionary, or a user's that dropped it: the rule then finds nothing).
inline WordClass SynsetClass(const VerbDictionary& verbs, std::string_view name) {
  std::vector<uint64_t> hashes;
  for (const Synset& s : verbs.synsets())
    if (s.name == name)
      for (const auto& member : s.members)
        if (member.size() == 1) hashes.push_back(member.front());
  return WordClass(std::move(hashes));
}

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
  WordClass weighing_verb;     // &WEIGHING_VERB (en): "is considering lifting the sanctions"
  WordClass asking_noun;       // &ASKING_NOUN (en): "rejected calls to free them", "the proposal to open talks"
  WordClass blast_noun;        // &BLAST_NOUN (es): "la explosión de una mina"
  WordClass manner_por;        // &MANNER_POR (es): "fue asesinado por la espalda"
};

}  // namespace dyad

#endif  // DYAD_EVENTS_WORD_CLASS_H_
