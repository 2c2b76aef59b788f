// Spanish part-of-speech tags and lemmas from Debian's Hunspell dictionary
// (hunspell-es) and a short list of closed-class words we wrote.
//
// Hunspell's morphological analysis of a word gives its stem and the affix
// class it was built with: "revocó" -> st:revocar fl:R (verb conjugation),
// "revocada" -> fl:D (participle), "guerrilleros" -> st:guerrillero fl:S
// (plural), "dijo" -> st:decir fl:X (irregular verb). That is a lemmatiser
// and the readings a tagger chooses among; no Spanish tagger model ships in
// Debian and none may be downloaded, so the choice is made by the few
// context rules in Choose() (each says why). One component sets both tag
// and lemma because one Hunspell call yields both.
//
// Tags are the Penn set (model/tag.h), so every later stage reads Spanish
// tokens as it reads English ones: finite past VBD, other finite forms VBZ,
// infinitive VB, gerund VBG, participle VBN, nouns and adjectives NN/NNS
// (Hunspell does not tell them apart), names NNP.
#ifndef DYAD_LANG_ES_MORPHOLOGY_H_
#define DYAD_LANG_ES_MORPHOLOGY_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/es/enclitic.h"
#include "model/tag.h"
#include "pipeline/component.h"

class Hunspell;

namespace dyad::es {

// The readings Hunspell allows for one lower-case word.
struct Readings {
  bool noun = false;         // no verb affix class: noun, adjective or other
  bool plural = false;       // fl:S
  bool finite = false;       // fl:R, E, I, X (conjugated verb)
  bool second_person = false;  // only finite readings are present tense in -s or -o ("protestas", "apoyo")
  bool participle = false;   // fl:D
  bool infinitive = false;   // the word is its own stem and conjugates (-ar, -er, -ir)
  bool gerund = false;       // -ando / -iendo with a verb stem
  bool unaccented_past = false;  // a first-person present read as the preterite that lost its accent ("viajo")
  bool enclitic = false;     // an infinitive or gerund with pronouns attached ("exigiéndole", "reunirse")
  bool feminine = false;     // fl:G on another stem: the feminine of an adjective or noun ("violenta" from "violento")
  std::string noun_lemma, verb_lemma;
};

// Tense of a finite Spanish verb form from its ending (news is third person):
// -ó, -aron, -ieron, -aba, irregular -jo/-zo/-uvo are past; -rá, -rán
// future; -ría, -rían conditional; the rest present.
// kExhortative: a first-person plural present subjunctive ("declaremos una
// tregua": let us declare a truce), see TenseOfFirstPlural.
enum class FormTense : uint8_t { kPresent, kPast, kFuture, kConditional, kExhortative };
FormTense TenseOfForm(std::string_view lower);

// The first person plural, which news uses inside quotations. TenseOfForm
// reads third-person endings, so "atacaremos" and "atacaríamos" were read
// as presents (coded as acts done), and "declaremos" (let us declare) as
// the act itself. Which form it is depends on the infinitive it is built
// on (its lemma): infinitive + "emos" is the future, infinitive + "íamos"
// the conditional; "-emos" on an -ar verb and "-amos" on an -er/-ir verb
// (not "-íamos", "-éramos", "-ásemos", nor "vamos") the present subjunctive.
// kPresent for every other form (indicative "declaramos", "rompemos",
// "pedimos"), which TenseOfForm's reading then stands for.
FormTense TenseOfFirstPlural(std::string_view lower, std::string_view lemma);

class Tagger : public Component {
 public:
  // Loads DIR/es_ES.aff and DIR/es_ES.dic and the closed-class list
  // (data/lexicon/es.closed.txt). Returns null with *error on failure.
  static std::shared_ptr<Tagger> Load(const std::string& hunspell_dir, const std::string& closed_class_file,
                                      std::string* error);
  ~Tagger() override;
  std::string_view name() const override { return "tagger"; }
  // Sets Token::tag, Token::lemma and Token::lemma_hash.
  void Run(Doc& doc) const override;
  // Hunspell's readings of one lower-case word (cached). The reference
  // stays valid as long as the Tagger: memo entries are never erased, and
  // an unordered_map keeps its elements in place when it grows.
  const Readings& Analyze(std::string_view lower) const;

 private:
  Tagger() = default;
  // Hunspell's readings of `key`; hunspell_mu_ must be held.
  Readings AnalyzeLocked(const std::string& key) const;
  // The readings of a word not in the memo yet: Hunspell's, or those of an
  // accented variant; hunspell_mu_ must be held.
  Readings AnalyzeNew(const std::string& key) const;
  struct Closed {
    Tag tag;
    std::string lemma;
  };
  // Heterogeneous hashing so a token's string_view is looked up without
  // building a std::string for every word.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unique_ptr<Hunspell> hunspell_;
  std::unordered_map<std::string, Closed, ViewHash, std::equal_to<>> closed_;
  // The list's two-word entries ("de nuevo"), tagged so only right after a
  // verb (Run). A handful, so a vector; `phrase_firsts_` holds their first
  // words (one, "de", in the shipped list) so most tokens cost one compare.
  struct ClosedPhrase {
    std::string first, second;
    Tag tag;
  };
  std::vector<ClosedPhrase> phrases_;
  std::vector<std::string> phrase_firsts_;
  // Hunspell keeps scratch state inside the object, so its calls are
  // serialised by hunspell_mu_. The memo has its own reader-writer lock so
  // that repeated words (most of them) are found by several threads at once
  // and are not held up while another thread waits on Hunspell for a new
  // word (with one mutex for both, two threads spent more time waiting than
  // tagging).
  mutable std::mutex hunspell_mu_;
  mutable std::shared_mutex memo_mu_;
  mutable std::unordered_map<std::string, Readings, ViewHash, std::equal_to<>> memo_;
};

}  // namespace dyad::es

#endif  // DYAD_LANG_ES_MORPHOLOGY_H_
