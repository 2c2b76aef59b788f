// Readers of other coders' dictionaries (TABARI, PETRARCH-1/2 and
// UD-PETRARCH) into our in-memory structures, and writers of our text format
// (docs/dictionary-format.md), so that
//
//   * the peers' own validation suites can run on our engine with the
//     dictionaries they were written for (`dyad eval --peer-only --peer-dict`),
//   * `dyad dict import` converts a peer file into files we can edit.
//
// Peer syntax that our coder cannot express is never dropped silently: every
// such line is reported as a DictProblem with file:line, as an error when the
// line is skipped and as a warning when it is loaded in an approximate form.
//
//   ActorDictionary actors;
//   std::vector<DictProblem> problems;
//   LoadTabariActors("TABARI.Demo.actors", "TABARI.Demo.actors", &actors, &problems);
//   WriteOursActors(actors, std::cout);
//
// What becomes what: phrases are lower-cased with `_` read as a blank;
// `[CODE <d]`, `[CODE >d]`, `[CODE d-d]` become CodePeriod (YYMMDD pivots at
// 26, or YYYYMMDD), a restriction-free code is the default after them;
// `[---]` is the null actor/pattern; TABARI's discard and complexity codes
// `[###]`/`[+++]` stay actor codes (its reading leaves a sentence naming
// one uncoded), load as null verb patterns with a warning, and in a
// <TIME> section become VerbDictionary::SentenceStop; `[ELR/GAL]` keeps every code (CodePeriod::also). TABARI actor
// names without a final `_` are stems (ActorEntry::stem_names); agents of
// both peers also match their regular plural; `[NGM~]` stays a prefix role.
// Entries carry their peer's rules (ActorEntry::rules) for the matcher. In patterns `*` is the verb, `+` the target, `$` the source,
// `&NAME` a synset, `{ A | B }` a synset ALT_<line>; a blank between words
// becomes our gap `*` (intervening words allowed), `_` and PETRARCH's (...)
// / {...} groups keep words together, `^` passes over one actor's phrase
// (PatternElem::Kind::kSkip: "* AT ^ +" is at somewhere, then the target). Words
// and synsets before the verb go to VerbPattern::before (our own format
// cannot write them); a leading `$` or `+` there is the subject (see
// VerbBuild::Before in peer.cc). The compound-actor slot `%` leading the
// pattern wants a subject of two actors or more, who act on each other
// (VerbPattern::compound_source); after the verb it is a target slot that
// must hold two actors or more (compound_target). `%` elsewhere before the
// verb and other uses of `~` cannot be expressed: those lines are skipped
// as errors.
// A synset member that names another synset (`&KIND_NOTES`, `notes on
// &KIND`) is expanded into one member per member of the named synset
// (recursively; synsets may be named before they are defined in the file).
// A TABARI pattern word is a stem (PatternElem::stem: "* REVOLUTION" is
// "revolutionary", "IN *" "into") unless `_` follows it, which makes it a
// whole word, that spelling only (PatternElem::exact: "RESOLUTION_" is not
// "resolutions"); `~` ("REAL~_PLEASANT") makes it a stem anyway. A word
// tied by `_` follows the element before it with nothing skipped
// (PatternElem::joined; PETRARCH-2's (...) groups still allow modifiers).
// A synset after a TABARI verb ranks below a word ("* DOLLAR" is tried
// before "* &CURRENCY"); a disjunction may name synsets ("{ &KIND | CLOSER
// }"). Slots and disjunctions among the words before the verb ("ANTI- +
// *", "HAS { NOT | DECLINED } *") load too; the slots match only in the
// TABARI reading (EventCoderOptions::dictionary_verbs), which also uses
// the spellings TABARI gives its verbs (VerbDictionary::AddVerbForm).
// `a:b` codes are TABARI's paired events: a is coded, and b for each target
// acting back on the source (VerbPattern::paired_code). Irregular verb
// forms `{...}` are left to our lemmatizer. Verbs are keyed by lemma, as
// the coder looks them up: with a VerbLexicon, an inflected verb ("MET",
// "LEFT_") is keyed by its lemma for that written form only
// (VerbPattern::surface), and a TABARI stem (a verb without a final `_`,
// "RESTOR") by every verb lemma it begins; without one, verbs are taken as
// written.
#ifndef DYAD_DICT_PEER_H_
#define DYAD_DICT_PEER_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "actors/index.h"
#include "events/verb_dictionary.h"

namespace dyad {

enum class PeerFormat { kOurs, kTabari, kPetrarch2 };
// What a dictionary file holds. kOther: a peer file that is no actor, agent
// or verb file (discards, issues, options, project and ontology files).
enum class PeerRole { kUnknown, kActors, kAgents, kVerbs, kOther };

std::string_view PeerFormatName(PeerFormat f);
std::string_view PeerRoleName(PeerRole r);

// Guesses a file's format from its name and its first kilobyte. TABARI and
// PETRARCH share most syntax; the tell-tales are PETRARCH's `--- NAME [code]
// ---` verb blocks, `<!-- -->` comments and `!MARKER! =` substitutions, and
// TABARI's .verbs/.actors/.agents extensions, <SYNSETS>/<NOUN> sections and
// `~~FINISH`. A file with `NAME [CODE]` lines but no tell-tale is TABARI.
PeerFormat SniffDictionaryFormat(const std::string& path, std::string_view first_kb);
// Decides actors / agents / verbs: by file name first ("verb", "agent",
// "actor", and the .verbs/.agents/.actors extensions; "discard", "issue",
// "option", "ontology", "project" are kOther), then by content (`---` verb
// blocks or `- ... [code]` patterns are verbs, `[~CODE]` / `[CODE~]` agents,
// other `NAME [CODE]` lines actors).
PeerRole SniffDictionaryRole(const std::string& path, std::string_view first_kb);

// A synset as written, kept so that an import can write it back out (the
// VerbDictionary keeps only token hashes). Disjunctions `{ A | B }` in TABARI
// patterns become synsets named ALT_<line>.
struct SynsetText {
  std::string name;                  // without '&'
  std::vector<std::string> members;  // lower case, words separated by spaces
  std::string file;
  uint32_t line = 0;
};

// What the verb loaders need to know about English verbs to key peer verbs
// by lemma (the engine builds it from its lemmatizer).
struct VerbLexicon {
  // The verb lemma of `word` (lower case): itself if it is one, its base if
  // it is an inflected form ("met" -> "meet"), else empty.
  std::function<std::string(std::string_view word)> lemma_of;
  // The verb lemmas that begin with `stem` (lower case), itself included.
  std::function<std::vector<std::string>(std::string_view stem)> with_prefix;
};

// All loaders read `path`, cite `display` in problems and evidence, append
// to the dictionary and to `problems`, and return false only when the file
// cannot be read. The *Text forms read from memory.
bool LoadTabariActors(const std::string& path, const std::string& display, ActorDictionary* dict,
                      std::vector<DictProblem>* problems);
void LoadTabariActorsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                          std::vector<DictProblem>* problems);
// Agents become ActorEntry with kind kAgent and code "~ROLE".
bool LoadTabariAgents(const std::string& path, const std::string& display, ActorDictionary* dict,
                      std::vector<DictProblem>* problems);
void LoadTabariAgentsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                          std::vector<DictProblem>* problems);
// Adds synsets and patterns; call VerbDictionary::Compile afterwards.
bool LoadTabariVerbs(const std::string& path, const std::string& display, VerbDictionary* verbs,
                     const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                     std::vector<SynsetText>* synsets = nullptr, const VerbLexicon* lexicon = nullptr);
void LoadTabariVerbsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                         const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                         std::vector<SynsetText>* synsets = nullptr, const VerbLexicon* lexicon = nullptr);

// PETRARCH-2 / UD-PETRARCH files (also PETRARCH-1 verb files: the block
// structure is the same, only the pattern grouping differs).
bool LoadPetrarch2Actors(const std::string& path, const std::string& display, ActorDictionary* dict,
                         std::vector<DictProblem>* problems);
void LoadPetrarch2ActorsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                             std::vector<DictProblem>* problems);
bool LoadPetrarch2Agents(const std::string& path, const std::string& display, ActorDictionary* dict,
                         std::vector<DictProblem>* problems);
void LoadPetrarch2AgentsText(std::string_view text, const std::string& display, ActorDictionary* dict,
                             std::vector<DictProblem>* problems);
bool LoadPetrarch2Verbs(const std::string& path, const std::string& display, VerbDictionary* verbs,
                        const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                        std::vector<SynsetText>* synsets = nullptr, const VerbLexicon* lexicon = nullptr);
void LoadPetrarch2VerbsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                            const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                            std::vector<SynsetText>* synsets = nullptr, const VerbLexicon* lexicon = nullptr);

// PETRARCH's discards file: one phrase a line ("BASEBALL"; a leading '+'
// discards the whole story), `#` comments. Each becomes a
// VerbDictionary::SentenceStop.
void LoadPeerDiscardsText(std::string_view text, const std::string& display, VerbDictionary* verbs,
                          const NameTokenizer& tokenize, std::vector<DictProblem>* problems);

// Sniffs `path` and calls the matching loader. `*role` (optional) receives
// what the file was taken for. Files of our own format are read with our
// readers (actors, or verb patterns when the role says verbs). A discards
// file goes to LoadPeerDiscardsText, UD-PETRARCH's coding ontology to
// VerbDictionary::ontology (events/code_ontology.h); other kOther files
// are reported and skipped. Returns false if the file cannot be read.
bool LoadPeerDictionary(const std::string& path, const std::string& display, ActorDictionary* actors,
                        VerbDictionary* verbs, const NameTokenizer& tokenize, std::vector<DictProblem>* problems,
                        std::vector<SynsetText>* synsets = nullptr, PeerRole* role = nullptr,
                        PeerFormat* format = nullptr, const VerbLexicon* lexicon = nullptr);

// Our text format. Entries or patterns that our format cannot hold (a code
// with characters other than A-Z 0-9 ~ -, a verb code that is not 2-4 digits
// or ---) are written as comments that say why; the functions then return
// false. Patterns are written from VerbPattern::text, which the loaders set
// to our pattern syntax.
bool WriteOursActors(const ActorDictionary& dict, std::ostream& out);
bool WriteOursVerbs(const VerbDictionary& verbs, std::ostream& out);
bool WriteOursSynsets(const std::vector<SynsetText>& synsets, std::ostream& out);

}  // namespace dyad

#endif  // DYAD_DICT_PEER_H_
