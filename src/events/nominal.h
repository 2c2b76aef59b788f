// Noun triggers: nouns that name an act ("Washington's revocation of Petro's
// visa", "U.S. sanctions on Venezuela", "la huelga de los camioneros").
//
// The verb coder codes clauses by their verb; news often names the act with
// a noun instead, and its actors stand in the noun's own phrase: a
// possessor, an actor before the noun ("Israeli airstrikes"), and
// prepositional phrases after it ("by X", "of X", "against X", Spanish "de",
// "contra", "por parte de"). The dictionary (data/verbs/nouns.txt,
// data/verbs/es/nouns.txt; docs/dictionary-format.md, "Noun triggers") says
// which nouns are acts, their CAMEO code and which preposition names whom.
//
// A noun event must have happened and must not repeat the verb's event, so
// it is coded only when (1) its clause is a plain assertion (not negated,
// hypothetical, conditional, an infinitive, or under a verb of wanting); (2)
// it is not after a verb that already coded an event, nor after a verb of
// demanding or intending ("called for sanctions"); (3) a source is named in
// its own phrase, or its verb is a light verb ("carried out an attack",
// "announced the expulsion of") whose subject is the source, or, where the
// dictionary says so (Spanish), the sentence names it: the subject of the
// clause a manner phrase qualifies ("en protesta por"), of a light verb in
// the relative clause after the noun, or the country where a protest
// happened (@manner, @place_source); (4) it has a
// target unless its root may lack one (protests, shows of force); and (5) the
// sentence has no event yet with the same source and target.
#ifndef DYAD_EVENTS_NOMINAL_H_
#define DYAD_EVENTS_NOMINAL_H_

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/dictionary.h"  // DictProblem
#include "events/coder.h"       // CoderTrace
#include "events/verb_dictionary.h"
#include "model/doc.h"

namespace dyad {

// What the actors after a preposition of the noun's phrase are.
enum class NounRole : uint8_t { kNone, kSource, kTarget, kMutual, kPlace };

// A preposition (one or more words: "por parte de") and the role it gives.
struct NounPrep {
  std::vector<uint64_t> words;  // TokenHash of each word
  NounRole role = NounRole::kNone;
};

struct NounPattern {
  std::string code;              // CAMEO code; empty for a null entry ("---")
  uint64_t head = 0;             // TokenHash of the noun's lemma
  std::string head_word;         // the noun as written, lower case (for lint)
  std::vector<uint64_t> before;  // words right before the head ("visa revocation": visa)
  // Words (hash) or synsets (name, resolved by Compile) that must follow the
  // head inside its phrase, in order ("revocation * visa").
  struct Follow {
    uint64_t hash = 0;
    std::string synset;            // without '&'; empty for a word
    uint32_t synset_index = kNone32;
  };
  std::vector<Follow> after;
  std::vector<NounPrep> preps;   // this entry's own prepositions ("visit of=$ to=+"), before the file's
  // "'s=+": a possessor is the one acted on when no "of" phrase follows
  // ("Maduro's arrest"); otherwise a possessor is the agent.
  bool possessor_is_target = false;
  // "pre=-": an actor before the noun names nobody ("a U.S. strike" is no
  // labour strike). Otherwise a demonym or agent there is the agent.
  bool modifier_is_source = true;
  std::string file;
  uint32_t line = 0;
  std::string text;              // as written, for evidence
  int specificity = 0;           // words before and after the head; higher wins

  bool is_null() const { return code.empty(); }
  std::string ref() const { return file + ":" + std::to_string(line) + " " + text; }
};

class NounDictionary {
 public:
  bool LoadFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems);
  void LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);
  // Orders each noun's entries (most specific first) and resolves synset
  // names against `verbs`, the same language's verb dictionary.
  void Compile(const VerbDictionary& verbs, std::vector<DictProblem>* problems);

  // False for most nouns of a text, at the cost of one load: every noun is
  // asked. With it and the lookups built only for a document that has a
  // dictionary noun, the pass cost 18.5M instructions on the 3 MB Reuters
  // sample of docs/performance.md instead of 30.5M (callgrind; coding 804.2M
  // before noun triggers, 822.7M with them; 19.1M and 823.4M with the later
  // rules). True may still have no entry.
  //
  // The filter is 4,096 bits as 64 words: the hash's top 6 bits pick the
  // word, its low 6 the bit, which x86's bt reads from the hash itself
  // (modulo 64). A shift, a load and a bt: the std::bitset<4096> indexed by
  // the low 12 bits compiled to ten instructions a test (the word's index
  // shifted and masked, the bit made by a shift of 1 and and-ed), and the
  // head walk in CodeNounTriggers tests up to two hashes of each common
  // noun. Any bits of a good hash filter as well; a set bit means only
  // "look" (PatternsFor decides), so the layout changes no output.
  bool MayBeHead(uint64_t hash) const { return head_words_[hash >> 58] >> (hash & 63) & 1; }
  const std::vector<uint32_t>* PatternsFor(uint64_t lemma_hash) const {
    auto it = by_head_.find(lemma_hash);
    return it == by_head_.end() ? nullptr : &it->second;
  }
  const NounPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const std::vector<NounPattern>& patterns() const { return patterns_; }
  bool empty() const { return patterns_.empty(); }

  // The preposition of pattern p starting at token `at` (before `end`):
  // its role, and its length in *len (0: no preposition of the lists).
  NounRole PrepAt(const NounPattern& p, const std::vector<Token>& toks, uint32_t at, uint32_t end,
                  uint32_t* len) const;
  // Whether pattern p's patient preposition ("of", "de") names its agent
  // ("the visit of Obama", "la huelga de los camioneros").
  bool PatientIsSource(const NounPattern& p) const;
  bool IsPatientWord(uint64_t h) const { return patient_.count(h) != 0; }
  // False where no default preposition (the file's @source, @target, ...)
  // and no patient word starts: the low 10 bits of each one's first word.
  // All true until Compile (or Restore) builds it, so a dictionary loaded
  // but not compiled reads every default as before.
  bool MayStartPrep(uint64_t hash) const { return prep_start_bits_[hash & (prep_start_bits_.size() - 1)]; }
  bool IsLight(uint64_t verb) const { return light_.count(verb) != 0; }
  bool IsBlocking(uint64_t verb) const { return block_.count(verb) != 0; }
  // A modifier ("proposed tariffs") or a noun before "of" ("the risk of an
  // attack") that makes the act only a possibility.
  bool IsUnreal(uint64_t word) const { return unreal_.count(word) != 0; }
  // A preposition that puts the actor before it in the act: "miners on
  // strike", "médicos en huelga" (@state).
  bool IsState(uint64_t word) const { return state_.count(word) != 0; }
  // A preposition whose object act is opposed, asked for or long past, not
  // reported: "protests against the visit", "since the accord" (@unreported).
  bool IsUnreported(uint64_t word) const { return unreported_.count(word) != 0; }
  // A preposition that makes a bare noun after it the manner of its
  // clause's act, done by the clause's subject: "marcharon ... en protesta
  // por", "los mineros siguen en huelga" (@manner).
  bool IsManner(uint64_t word) const { return manner_.count(word) != 0; }
  // A noun of quantity that, before "of"/"de", leaves the actor after it
  // heading the phrase: "las protestas de miles de trabajadores" (@quantity).
  bool IsQuantity(uint64_t word) const { return quantity_.count(word) != 0; }
  // A light verb that, for an act that needs no target (a protest), only
  // announces it: "anunciaron una huelga" is still to be held (@announce).
  bool IsAnnounce(uint64_t verb) const { return announce_.count(verb) != 0; }
  // A verb that reports the noun's act as having taken place, though no
  // one is named doing it: "la medida desató protestas", "se produjeron
  // manifestaciones" (@occur).
  bool IsOccur(uint64_t verb) const { return occur_.count(verb) != 0; }
  // A verb whose subject receives the act its object noun names, done by
  // someone else: "el alcalde recibió amenazas" was threatened (@receive).
  bool IsReceive(uint64_t verb) const { return receive_.count(verb) != 0; }
  // A verb of saying whose subject, reporting threats with no target
  // named, tells of threats received: "denunció amenazas" (@receive_told).
  bool IsReceiveTold(uint64_t verb) const { return receive_told_.count(verb) != 0; }
  // A verb that tells what the noun's act did, with the act as its subject
  // in the past: "las protestas dejaron tres muertos" (@outcome). Not
  // after the verb: "dejaron la huelga" is giving it up.
  bool IsOutcome(uint64_t verb) const { return outcome_.count(verb) != 0; }
  // A light verb that only reports the act ("confirmed the attack on"):
  // for violence its subject may be the victim's side, not the doer (@report).
  bool IsReport(uint64_t verb) const { return report_.count(verb) != 0; }
  // A verb that judges, mourns or looks into an act that took place
  // ("condemned the killing of two policemen by militants"): the verb's own
  // event does not stand for the act, which is coded too when its phrase
  // names both its doer and its target (@judge).
  bool IsJudge(uint64_t verb) const { return judge_.count(verb) != 0; }
  // A light verb that is also intransitive with the act as its subject,
  // which Spanish puts after the verb: "los maestros comenzaron una huelga"
  // but "comenzó la reunión del Consejo" (@inchoative). It lends its
  // subject only when the clause shows it is its object (InchoativeLends
  // in nominal.cc).
  bool IsInchoative(uint64_t verb) const { return inchoative_.count(verb) != 0; }
  // Roots whose act, when nobody in the sentence is named doing it, is the
  // country's where it happened: "la huelga general en Argentina" (@place_source).
  bool PlaceIsSource(std::string_view root) const {
    return std::find(place_roots_.begin(), place_roots_.end(), root) != place_roots_.end();
  }

  // The compiled dictionary cache (engine/dict_cache.h): every member of
  // NounPattern, NounPrep and Follow and the directive lists, compiled
  // (hash tables in key order; the head filter is rebuilt from the heads).
  // Keep Save and Restore in step with those structs and raise kCacheLayout
  // when one changes (dict_cache_test checks their sizes). `num_synsets` is
  // the size of the verb dictionary the patterns were compiled against.
  static constexpr uint32_t kCacheLayout = 7;  // 6: @judge and @inchoative (stop 27); 7: @receive (stop 33)
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r, size_t num_synsets);

 private:
  std::vector<NounPattern> patterns_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_head_;
  std::array<uint64_t, 64> head_words_{};  // MayBeHead: each head's hash's bit (SetHeadBit)
  void SetHeadBit(uint64_t hash) { head_words_[hash >> 58] |= uint64_t{1} << (hash & 63); }
  std::vector<NounPrep> preps_;             // @source, @target, @mutual, @place: the file's defaults
  std::unordered_set<uint64_t> patient_;    // @patient
  std::unordered_set<uint64_t> light_, block_, unreal_, state_, unreported_, manner_, quantity_,
      announce_, occur_, outcome_, report_, judge_, inchoative_, receive_,
      receive_told_;  // the directives of the same names
  std::vector<std::string> place_roots_;    // @place_source: two-digit roots
  std::bitset<1024> prep_start_bits_ = std::bitset<1024>().set();  // MayStartPrep
  void IndexPrepStarts();  // builds prep_start_bits_ from preps_ and patient_
};

// Codes the noun triggers of `doc` into doc.events, after the verb coder
// ran (its events are what a noun must not repeat). Of `options`, the roots
// that need no target and the intent codes (an announced protest) are read.
// Explains each noun tried into `trace` if not null. `actor_starts` and
// `actor_covers`, if given, are token -> first actor mention starting at /
// covering it, over every mention of doc.actors (what it builds otherwise):
// the verb coder passes its own when it built them so.
void CodeNounTriggers(const NounDictionary& nouns, const VerbDictionary& verbs, const EventCoderOptions& options,
                      Doc& doc, std::vector<CoderTrace>* trace,
                      const std::vector<uint32_t>* actor_starts = nullptr,
                      const std::vector<uint32_t>* actor_covers = nullptr);

// Whether an actor with this code bears arms: a military, police,
// intelligence or rebel role after its country, or an international armed
// group (IMG).
bool ArmedActor(std::string_view code);

}  // namespace dyad

#endif  // DYAD_EVENTS_NOMINAL_H_
