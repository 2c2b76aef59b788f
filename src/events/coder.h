// Codes clauses into CAMEO event mentions with the verb-pattern dictionary.
//
// For every clause that reports something that happened (not negated, not
// hypothetical, not a question, not the content of an accusation), the
// clause's verb lemma selects its patterns, most specific first; the first
// that matches the words after the verb gives the code and, through its
// slots, the target (and sometimes the source). The source is otherwise the
// subject, or in the passive the by-phrase. Coordinated actors give one event
// per pair. A clause that matches no pattern codes nothing: there is no
// default code.
#ifndef DYAD_EVENTS_CODER_H_
#define DYAD_EVENTS_CODER_H_

#include <atomic>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "events/verb_dictionary.h"
#include "events/word_class.h"
#include "model/cache_array.h"
#include "pipeline/component.h"

namespace dyad {

class NounDictionary;  // events/nominal.h

struct EventCoderLists;

struct EventCoderOptions {
  // Build the index of verbs with many patterns (EventCoder::kKeyedMin) on
  // a thread of its own, so that the constructor returns before it is done
  // and coding starts at once; until it is ready the coder reads every
  // pattern's word mask, which gives the same events (the index is an
  // exact filter), only slower. The index costs ~9M instructions and,
  // touching every pattern's elements cold, ~10 ms of each start-up on the
  // critical path. `dyad code` sets it; tests and explain build in place.
  bool index_in_background = false;
  // The index and the pattern synsets already built for this verb
  // dictionary (EventCoder::Lists, restored from the dictionary cache:
  // engine/dict_cache.h), taken instead of building them; null, or lists
  // that do not fit the dictionary (Lists::Fits), are built as above.
  std::shared_ptr<const EventCoderLists> lists;
  // Events need a target unless their root is listed here (protests and
  // shows of force often have none). Others without a target are dropped.
  // The verb coder also takes longer codes ("1712": a code's prefix); noun
  // triggers read the roots only.
  std::vector<std::string> roots_without_target = {"14", "15"};
  // When an event has no target and the article is about one dyad (two
  // countries that dominate its actors), the other country is the target.
  bool target_from_article_dyad = true;
  // Stated intentions ("pledged to send troops", "said it would release the
  // prisoners", "threatened to cut ties"): the act's code -> CAMEO's code
  // for announcing it (03x for cooperation, 13x for conflict), keyed by a
  // code or a prefix of one (longest wins). Read from cameo/intent.tsv;
  // empty turns the rule off (as with the peers' dictionaries alone).
  std::vector<std::pair<std::string, std::string>> intent_codes;
  // Stated refusals ("said it would not release them"): the act's code ->
  // CAMEO's reject code (12x), from the same file's third column; an act
  // with no refusal code codes nothing when negated.
  std::vector<std::pair<std::string, std::string>> refusal_codes;
  std::string intent_file;  // where intent_codes came from, for evidence
  // Asked acts ("urged Israel to pull back its tanks", "demanded that the
  // Philippines remove its warship"): the act's code -> CAMEO's appeal
  // (02x) and demand (10x) for it, read from cameo/asked.tsv; a rejection
  // of it takes refusal_codes. Empty turns the rule off (the peers, the
  // Spanish coder).
  std::vector<std::pair<std::string, std::string>> appeal_codes, demand_codes;
  std::string asked_file;  // where appeal_codes came from, for evidence
  // Peer dictionaries (TABARI, PETRARCH) code the first verb they know, so
  // in "X is about to restore ties" the infinitive is the act when the verb
  // above it has no patterns. Our own dictionaries keep such infinitives
  // for intent ("plans to visit" is not a visit).
  bool infinitive_under_unknown_verb = false;
  // "Saudi Arabia and the UAE", "X and the evil awful Y": up to three
  // determiners and adjectives may stand between "and"/"or" and the next
  // actor of a coordinated list. The engine turns it on for every
  // dictionary: on Reuters it adds 64 events (a sample of 15 read by hand:
  // 10 right, mostly reciprocal agreements among listed states; the wrong
  // ones come from pronoun sources and "X, Y and other European nations")
  // and drops 7; on the CAMEO-manual examples it costs one false
  // event (plover root F1 0.546 -> 0.544). Off, a list stops at "and the".
  bool modifiers_in_coordination = false;
  // The peers' readings where ours are stricter, for their validation
  // suites: any act of a coordinated subject with no target is mutual
  // (ours: only agreeing, meeting, cooperating, fighting), and a bare
  // participle before "by" is an active verb (ours: it modifies a noun),
  // and "X said Y should ..." is no demand unless a pattern says so.
  // With UD-PETRARCH's coding ontology in the verb dictionary
  // (VerbDictionary::ontology, events/code_ontology.h) the reading is
  // UD-PETRARCH's: negated verbs code through the ontology, modals block
  // nothing, a passive without agent takes the nearest actor after the
  // verb, pattern words before the verb match in the subject only and
  // those after it not in clauses under it, and a name's several codes
  // ("[ELR/GAL]") stay one actor.
  bool peer_reading = false;
  // TABARI's dictionaries name verbs by spelling (any word the verb file
  // lists, whatever its part of speech, stems and misspellings included):
  // a sentence the clauses leave uncoded is read as TABARI reads it
  // (CodeByDictionaryVerbs in coder.cc), and a compound target slot '%'
  // after the verb acts on itself, as TABARI's before the verb does (in
  // PETRARCH's suite it is the subject's target). Set when a TABARI verb
  // file is loaded (--peer-only); PETRARCH reads a parse, as we do.
  bool dictionary_verbs = false;
  // The word before a passive's agent ("revoked by Washington"; Spanish
  // "por") and words that make the actor after them a place rather than a
  // target, besides English "in/at/near" (Spanish: "en").
  std::string agent_word = "by";
  std::vector<std::string> place_words;
  // Conjunctions of coordinated actors besides "and", "or" (Spanish "y", "e", "o", "u").
  std::vector<std::string> conjunctions;
  // Nouns that name an act ("the expulsion of", "sanciones contra"),
  // coded after the verbs (events/nominal.h). Null: verbs only, as with
  // the peers' dictionaries, which have no noun triggers.
  std::shared_ptr<const NounDictionary> nouns;
  // Prepositions that make the infinitive after them a purpose of the act
  // above it, never its complement (Spanish "para": "marcharon para exigir
  // ..."). English marks both with "to", so the list is empty there and
  // the governing verb decides (IntentWord, PurposeRoot in coder.cc).
  std::vector<std::string> purpose_words;
  // Prepositions that make the infinitive after them an act done with the
  // clause before it (Spanish "al", "tras": "la Iglesia tomó partido al
  // pedir el voto en blanco", "upon asking"; "tras rechazar", "after
  // rejecting"). Such an infinitive has no parent clause (es/clauses.cc);
  // it is coded when the sentence's finite clause before it happened and
  // lent it its subject. English writes these as gerunds ("upon asking").
  std::vector<std::string> done_with_words;
  // A future tense is a stated intention even outside reported speech
  // (Spanish "los obreros realizarán una marcha", "va a atacar": announced,
  // not yet done; CAMEO codes the announcement, 03x/13x). English keeps
  // coding a bare "will" as the act (measured there; not changed here).
  bool future_is_intent = false;
  // A verb of saying whose bare pattern names an act (Spanish "manifestar":
  // "miles manifestaron" demonstrated) is only the saying when its clause
  // reports another: "manifestó que ...", '"...", manifestó el ministro'.
  // Spanish only: English bare patterns on verbs of saying ("claimed",
  // "announced") code with a reported clause, and turning this on there
  // loses events (Reuters output changes, ConfliBERT root F1 0.135 -> 0.130).
  bool saying_over_bare_act = false;
  // Violence reports name victims no dictionary knows by their first name
  // after the personal "a" ("ejecutaron a Wilson", "Camilo fue
  // desaparecido", "amenazaron de muerte a Esteban"): a threat (13) or an
  // act of roots 17-20 with no target actor takes such a
  // name as a civilian (CVL) of the source's country. Spanish only, where
  // the personal "a" marks a person; English names after a verb may be
  // places or firms as well ("attacked Tal Afar").
  bool named_person_victims = false;
};

// The intent code for an act's code under `map` (longest prefix), or "".
std::string IntentCodeFor(const std::vector<std::pair<std::string, std::string>>& map, std::string_view act);

// The date of an event of clause `clause` (kNone32: none) in `sentence`: a
// time expression inside the clause, else a shift whose scope holds the
// event's word `word` (the trigger noun; kNone32: the clause's verb) ("a
// week after <it revoked> the visa", time/date_shift.h), else the sentence's
// date, else the publication date; *time is the TimeExpr used (kNone32 if
// none).
Date EventDate(const Doc& doc, uint32_t clause, uint32_t sentence, uint32_t* time, uint32_t word = kNone32);

// Whether time expression `te` stands in a phrase of "since" ("desde")
// that does not date the event of word `word` (kNone32: a verb's event):
// the date of another noun ("since talks in June") or the old start of a
// span still going on ("since 1962"). EventDate skips such expressions;
// a trigger noun's own phrase ("un embargo contra Cuba desde 1962") must
// not take one as its date either. Rules in events/event_date.cc.
bool InSincePhrase(const Doc& doc, const TimeExpr& te, uint32_t word);

// Why an event dated by the publication date (no time expression of its
// own, EventMention::time == kNone32) happened on or before that day rather
// than on it, or "" when nothing in its clause says so: the verb is in the
// past perfect ("had detained", "habían detenido"), a participle describes
// a noun ("two tourists arrested in Qatar"), or an adverb tells the act as
// earlier ("earlier", "previously", "anteriormente"). The date stays the
// publication day, the latest it can be; the evidence says it is a bound,
// so a user can tell it from a reported day. Rules in events/event_date.cc.
std::string_view PublicationBoundReason(const Doc& doc, const EventMention& ev);

class CacheWriter;
class CacheReader;

// The event coder's index of the verbs with many patterns (the keyed
// lists) and its pattern synsets (each pattern's synsets by list position,
// each list's own synset numbering): what EventCoder::BuildKeyedLists made
// at every start, ~10M instructions touching every pattern's elements
// cold (6.8-8.5 ms of wall; on two threads it held the second core while
// the second coding worker waited: docs/performance.md, "stop 33
// (h-speed16)"). All of it is a function of the verb dictionary alone (no
// coder option reads into it), so the dictionary cache saves it beside
// the verbs (engine/dict_cache.h) and a hit hands it to the coder
// (EventCoderOptions::lists) as views of the mapped file. What each table
// is for is said where EventCoder reads it (coder.h, below).
struct EventCoderLists {
  // Raised whenever Save/Restore or what Build makes changes (the
  // dictionary cache keys it).
  static constexpr uint32_t kCacheLayout = 1;
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr uint32_t kManySynsets = 0xFFFFFFFEu;
  struct PatternSynsets {
    uint32_t first = kNone, second = kNone;
  };
  struct ListSynsetStart {
    uint64_t hash = 0;  // the first word's TokenHash (0 stored as 1, as in synset_starts_); 0: empty
    uint64_t mask = 0;  // the list's synsets with a member starting with it
  };
  struct ListSynsets {
    const PatternList* list = nullptr;  // nullptr marks an empty slot
    uint32_t starts = 0;                // list_synset_starts offset of the list's table
    uint32_t starts_mask = 0;           // its size - 1 (a power of two, at most half full)
    uint32_t pattern_masks = 0;         // list_pattern_masks offset: one mask per list position
    uint32_t filter = 0;                // list_synset_filters offset: kListFilterWords words (ListFilterHas)
  };
  static constexpr size_t kListFilterWords = 16;
  static_assert(kListFilterWords == 16, "ListFilterHas takes the word from the key's top 4 bits");
  static bool ListFilterHas(const uint64_t* filter, uint64_t key) { return filter[key >> 60] >> (key & 63) & 1; }
  static void ListFilterSet(uint64_t* filter, uint64_t key) { filter[key >> 60] |= uint64_t{1} << (key & 63); }
  static constexpr size_t kKeyedMin = 64;
  struct KeyedList {
    const PatternList* list = nullptr;  // the slot's list; nullptr marks an empty slot
    uint32_t words = 0;                 // 64-bit words of a row: (list size + 63) / 64
    uint32_t always = 0;                // key_rows offset of the row of unkeyed patterns
    uint32_t table = 0;                 // key_slots offset of the list's key table
    uint32_t table_mask = 0;            // its size - 1 (a power of two, at most half full)
  };
  struct KeySlot {
    uint64_t hash = 0;  // the key word's TokenHash; 0 marks an empty slot (no key is 0)
    uint32_t row = 0;   // key_rows offset of the patterns it keys
  };

  // The pattern synsets and list synsets (EventCoder's pattern_synsets_ready_).
  CacheArray<PatternSynsets> pattern_synsets;
  std::vector<ListSynsets> list_synsets;  // by PatternList::index
  CacheArray<ListSynsetStart> list_synset_starts;
  CacheArray<uint64_t> list_synset_filters;
  CacheArray<uint64_t> list_pattern_masks;
  // The keyed lists (EventCoder's keyed_ready_); `keyed` empty when no list
  // has kKeyedMin patterns.
  std::vector<KeyedList> keyed;  // open addressing by list address
  CacheArray<KeySlot> key_slots;
  CacheArray<uint64_t> key_rows;
  // What they were built over, checked by Fits: lists, patterns, synsets
  // and list positions of the verb dictionary.
  uint64_t num_lists = 0, num_patterns = 0, num_synsets = 0, positions = 0;

  // Builds both parts for `verbs` (stopped early, and false, when *stop is
  // set; never published then). BuildSynsets fills the pattern and list
  // synsets, BuildKeyed the keyed lists (false also when no list is keyed).
  static bool BuildSynsets(const VerbDictionary& verbs, EventCoderLists* out, const std::atomic<bool>* stop);
  static bool BuildKeyed(const VerbDictionary& verbs, EventCoderLists* out, const std::atomic<bool>* stop);
  static std::shared_ptr<const EventCoderLists> Build(const VerbDictionary& verbs);
  // Whether these lists were built over a dictionary of verbs' shape.
  bool Fits(const VerbDictionary& verbs) const;
  // Rows naming a list by its PatternList::index (pointers are not saved);
  // the big tables as CacheArrays (views of a mapped file on a hit).
  void Save(CacheWriter* w) const;
  // False (the reader failed) when the bytes are malformed or do not fit
  // `verbs`: every offset a row holds is checked against its table, every
  // synset number against the dictionary, so a restored table is never
  // read out of its bounds.
  bool Restore(CacheReader* r, const VerbDictionary& verbs);
};

// One line of the coder's reasoning, for `dyad explain`.
struct CoderTrace {
  uint32_t clause = 0;
  std::string message;
  // A noun trigger outside every clause (a headline without a verb, a
  // subject the clause analyser left out) has clause kNone32 and its sentence here.
  uint32_t sentence = kNone32;
};

class EventCoder : public Component {
 public:
  EventCoder(std::shared_ptr<const VerbDictionary> verbs, EventCoderOptions options = {});
  ~EventCoder() override;  // stops and joins the index builder, if any
  EventCoder(const EventCoder&) = delete;
  EventCoder& operator=(const EventCoder&) = delete;
  std::string_view name() const override { return "events"; }
  void Run(Doc& doc) const override;

  // The synsets (data/verbs/synsets.txt) naming weapons and attacks as the
  // subject of force, each with the code it gives (WeaponSubjectCode);
  // `dyad dict lint` reports one the dictionary lacks.
  static std::span<const std::pair<std::string_view, std::string_view>> WeaponSubjectSynsets();

  // The other word classes (synsets) that rules read themselves: the
  // coder's (CoderWordClasses) and those the engine hands to the actor
  // matcher and the pronoun stage. Each one's name, the languages whose
  // dictionary must have it ("en", "es" or "en es"), what it is for, the
  // coder's own member it is loaded into (null for another stage's: the
  // engine hands those over) and which stage reads it; `dyad dict lint`
  // reports one a dictionary lacks.
  struct CoderClass {
    std::string_view name, langs, use;
    WordClass CoderWordClasses::*member = nullptr;
    std::string_view reader = "the coder";
  };
  static std::span<const CoderClass> CoderClasses();

  // Codes one document, explaining each decision into `trace` if not null.
  void Code(Doc& doc, std::vector<CoderTrace>* trace) const;

 private:
  std::shared_ptr<const VerbDictionary> verbs_;
  EventCoderOptions options_;
  const VerbPattern* demand_ = nullptr;  // the dictionary's bare "demand" pattern, if any
  // Bombings a subject may name ("a suicide bomber killed ..."): each code
  // (183x) with the synset whose members name it, where the dictionary has it.
  std::vector<std::pair<std::string, const Synset*>> bomb_subjects_;
  // Weapons and attacks as subjects of force (WeaponSubjectSynsets), in
  // that order, where the dictionary has them.
  std::vector<std::pair<std::string, const Synset*>> weapon_subjects_;
  CoderWordClasses classes_;             // CoderClasses(), from verbs_
  bool has_before_ = false;              // some pattern names words before its verb (peer dictionaries)
  bool has_surface_ = false;             // some pattern names one form of its verb (VerbPattern::surface)
  uint64_t agent_ = 0;                   // TokenHash(options_.agent_word)
  std::vector<uint64_t> places_;         // TokenHash of options_.place_words
  std::vector<uint64_t> conjunctions_;   // TokenHash of options_.conjunctions
  std::vector<uint64_t> purposes_;       // TokenHash of options_.purpose_words
  std::vector<uint64_t> done_with_;      // TokenHash of options_.done_with_words
  // Per synset, WordBit2 of its members' first words: the matcher's second
  // filter after Synset::first_mask, asked before the members' search.
  std::vector<uint64_t> synset_first_mask2_;
  // Which synsets have a member starting with a given word: an
  // open-addressing table (power-of-two size, at most a quarter full,
  // probed linearly; hash 0 marks an empty slot) from each first word's
  // TokenHash to its synsets, as (64-synset block, bits) pairs
  // synset_blocks_[k], synset_block_bits_[k] for k in [begin, end). Asked of
  // every word of a clause that reaches a pattern with a synset
  // (SynsetsStartingIn): most patterns that passed the word masks and
  // reached the matcher on te3silver (96,000 of 118,000) had a synset none
  // of whose members starts with any word of the clause, since a large
  // synset sets most of a 64-bit mask's bits.
  struct SynsetStart {
    uint64_t hash = 0;
    uint32_t begin = 0, end = 0;
  };
  std::vector<SynsetStart> synset_starts_;
  uint64_t synset_starts_mask_ = 0;
  // A word's synsets as one OR per block of 64 rather than one bit set per
  // synset: a news word starts members of several synsets, often defined
  // near each other ("military" 65), and the marks were half of
  // SynsetsStartingIn (8.7M of 17.8M instructions on te3silver).
  std::vector<uint32_t> synset_blocks_;
  std::vector<uint64_t> synset_block_bits_;
  // Each pattern's synsets by list position (ListHead::first + k, every
  // list's positions in a run: the loop visits a list's candidates in
  // order, so neighbours share a line, where by pattern id they were
  // scattered over the verb's patterns, ~52k L2-sized misses on
  // te3silver), so that the pattern loop tests a
  // pattern's synset bits (SynsetsStartingIn) with two loads instead of a
  // walk over all its elements looking for synsets (~6M instructions on
  // te3silver: ~400,000 patterns reach the test). `second` is kNone32 for a
  // pattern with one synset and kManySynsets for one with three or more
  // (the loop walks its elements then). Built with the keyed lists (on
  // their thread for `dyad code`); until pattern_synsets_ready_ is set
  // (release, read with acquire) the loop walks the elements as before.
  // (The tables are lists_'s: EventCoderLists, built or restored.)
  static constexpr uint32_t kManySynsets = EventCoderLists::kManySynsets;
  static_assert(EventCoderLists::kNone == kNone32);
  using PatternSynsets = EventCoderLists::PatternSynsets;
  std::atomic<bool> pattern_synsets_ready_{false};
  // The same test per pattern list, in the list's own synset numbering:
  // a list whose patterns name at most 64 distinct synsets (all but the
  // ~30 largest verbs) numbers them 0-63, maps each first word of their
  // members to the 64-bit mask of the list's synsets it starts
  // (`starts`, open addressing like synset_starts_, key 0 empty), and
  // keeps for each position k of the list the mask of its pattern's
  // synsets (`pattern_masks`). A clause then ORs one mask per word found
  // (ListSynsetsStartingIn) and a pattern passes when its mask is inside
  // that OR: the same answer as SynsetsStartingIn's bits (a bit is set
  // exactly when some word is a first word of that synset), without
  // zeroing ~15 words and marking every synset of every word (~30 (block,
  // bits) pairs a clause on te3silver, most for synsets of other verbs).
  // Built with pattern_synsets_ (same flag); a list not here (none of its
  // patterns has a synset, or more than 64 of them) uses SynsetsStartingIn.
  using ListSynsetStart = EventCoderLists::ListSynsetStart;  // the first word's hash, the list's synsets it starts
  using ListSynsets = EventCoderLists::ListSynsets;  // a list's offsets into the tables below
  // A bit filter of each list's first words, asked before its table: the
  // key's top 4 bits pick one of its kListFilterWords words, its low 6 the
  // bit, which x86's bt reads from the key itself (modulo 64). A shift, a
  // load and a bt: the bit index taken from bits 32-41 was a shift and a
  // mask, then a shift for the word (~3 instructions more for each of the
  // clause words ListSynsetsStartingIn asks about). A set bit means only
  // "look"; which bits of the key are used changes no answer.
  // (EventCoderLists::kListFilterWords, ListFilterHas, ListFilterSet; the
  // tables are lists_.list_synset_filters, list_synsets (by
  // PatternList::index; `list` nullptr for a list without),
  // list_synset_starts and list_pattern_masks.)
  const ListSynsets* ListSynsetsFor(uint32_t list_index) const;  // only once pattern_synsets_ready_
  // Per list of verbs_, by its index (VerbDictionary::ListIndexFor), what
  // the pattern loop reads of it, 24 bytes where the PatternList spreads
  // them over its first three cache lines (three 48-byte PatternArrays and
  // the hot pointer after them: ~90k L2-sized misses on te3silver).
  struct ListHead {
    const uint64_t* masks = nullptr;  // PatternList::word_masks
    const PatternHot* hot = nullptr;  // PatternList::hot
    uint32_t size = 0;                // PatternList::ids.size()
    uint32_t first = 0;               // the list's first position in pattern_synsets_: lists in order, no gaps
  };
  std::vector<ListHead> list_heads_;
  // Bit i: list i has a pattern whose code an English reduced relative
  // may code (PatternHot::kCoercive). A participle modifying a noun
  // ("officials invited to the talks") whose verb has none is dropped
  // before the pattern search (Code): the search's result would be
  // dropped anyway. Beside list_heads_, not in it: only reduced relatives
  // read it.
  std::vector<uint64_t> coercive_lists_;
  bool MayCoerce(uint32_t list_index) const { return (coercive_lists_[list_index >> 6] >> (list_index & 63)) & 1; }
  // OR of the masks of `words`' lemmas and surfaces in `ls`'s table.
  uint64_t ListSynsetsStartingIn(const ListSynsets& ls, const std::vector<Token>& toks,
                                 std::span<const uint32_t> words) const;
  // Sets bit s of *out (one bit per synset) where some word of `words`, by
  // its lemma or surface, is the first word of a member of synset s.
  void SynsetsStartingIn(const std::vector<Token>& toks, std::span<const uint32_t> words,
                         std::vector<uint64_t>* out) const;
  // Verbs with many patterns ("promise" 605, "be" 448, "call" 483: lists
  // of kKeyedMin or more) index their patterns by one word each, so that a
  // clause tries only the patterns whose word it has, not every pattern's
  // word mask (PatternList::NextFit scanned ~140 masks a clause on
  // te3silver, most of them of such verbs). A pattern's key is the one of
  // its plain words (PatternElem::kWord, not a stem) that the fewest of the
  // verb's patterns name ("extradite" in "be ready to extradite", not
  // "to"); MatchFrom matches such a word only at a token whose lemma or
  // surface it is, so a clause without it cannot match the pattern. The
  // Spanish personal "a" is never a key: MatchFrom may match it without
  // the word (a passive's subject). A pattern with no such word is keyed
  // by its first synset's first words (a member starts only at its first
  // word: SynsetsStartingIn's test), one with neither is in the list's
  // `always` row. Rows are bit sets over the list's positions, so the
  // candidates come out in the list's (specificity) order.
  static constexpr size_t kKeyedMin = EventCoderLists::kKeyedMin;
  using KeyedList = EventCoderLists::KeyedList;  // a keyed list's row size and offsets
  using KeySlot = EventCoderLists::KeySlot;      // a key word and its row
  // The keyed lists (lists_.keyed: open addressing by list address,
  // KeyedFor; lists_.key_slots, lists_.key_rows) and the pattern and list
  // synsets above: built by BuildKeyedLists (on its thread for `dyad code`)
  // or taken from options_.lists when they fit the verbs (a cache hit).
  EventCoderLists lists_;
  // lists_'s keyed tables are written by BuildKeyedLists only, before
  // keyed_ready_ is set (release); KeyedFor reads them only after seeing
  // it set (acquire); the synset tables likewise before
  // pattern_synsets_ready_. keyed_stop_ asks a background build to give up
  // (a run shorter than the build: the destructor would wait for it).
  std::atomic<bool> keyed_ready_{false};
  std::atomic<bool> keyed_stop_{false};
  std::thread keyed_builder_;
  void BuildKeyedLists();
  // The kind of force a subject names by its weapon or attack, when its
  // head is one and it names no actor ("an air strike", "a roadside bomb",
  // "shelling"): a code (183x bombs, 194 artillery, 195 aerial weapons),
  // "=" for an attack of no stated kind (the verb's code stands), or ""
  // when the head is no weapon nor attack.
  // `object`: the range is a verb's object by the analysis ("al pisar una
  // mina"), not a subject the parser may have cut off another verb.
  std::string WeaponSubjectCode(const Doc& doc, TokenRange subject, bool object = false) const;
  // Spanish: a weapon named after a passive of harm ("heridos al pisar una
  // mina"), and whether a subject holds a "por" (coder.cc).
  std::string SpanishWeaponOfHarm(const Doc& doc, uint32_t ci, uint32_t* por) const;
  static bool SpanishSubjectHasPor(const Doc& doc, TokenRange subject);
  const KeyedList* KeyedFor(const PatternList* list) const;
  // The positions of `kl`'s list that `words` may match: bit k of out[k / 64].
  void KeyedCandidates(const KeyedList& kl, const std::vector<Token>& toks, std::span<const uint32_t> words,
                       uint64_t* out) const;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CODER_H_
