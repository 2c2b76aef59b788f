// Verb patterns, synsets and clause-control lists, read from our text format
// (docs/dictionary-format.md, "Verb patterns") and compiled for lookup by the
// lemma of a clause's verb.
#ifndef DYAD_EVENTS_VERB_DICTIONARY_H_
#define DYAD_EVENTS_VERB_DICTIONARY_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "actors/dictionary.h"  // DictProblem
#include "actors/index.h"       // NameTokenizer
#include "events/code_ontology.h"
#include "model/arena.h"

namespace dyad {

struct PatternElem {
  // kSkip: a peer's `^`, one actor's noun phrase passed over ("* AT ^ +":
  // at somewhere, then the target), which no slot takes.
  enum class Kind : uint8_t { kWord, kSynset, kTarget, kSource, kGap, kSkip };
  Kind kind = Kind::kWord;
  uint64_t hash = 0;      // kWord: TokenHash of the word (compared with a token's lemma and surface)
  uint32_t synset = 0;    // kSynset: index into VerbDictionary::synsets()
  // kWord, kSynset: right after the element before (or the verb), with no
  // modifier skipped: the peers' `_` ("* TO_LET_ESCAPE"). Our own format
  // lets a word skip modifiers to reach a noun phrase's head.
  bool joined = false;
  // kWord: a TABARI stem ("REAL~" is real, really, realistic): any token
  // that begins with VerbDictionary::word_stem(synset). Not in word_mask.
  bool stem = false;
  // kWord: this spelling only, not other forms of its lemma (TABARI's
  // whole word "RESOLUTION_" is not "resolutions").
  bool exact = false;
};

// The bit a word's hash sets in a 64-bit word-presence mask.
inline uint64_t WordBit(uint64_t hash) { return uint64_t{1} << (hash >> 58); }
// A second, independent bit (six other bits of the hash) for
// PatternHot::word_mask2: a clause of ~15 words sets ~25 of WordBit's 64
// bits, so a pattern missing a word passes that mask about 40% of the time;
// a word also missing from this mask is rejected with it.
inline uint64_t WordBit2(uint64_t hash) { return uint64_t{1} << ((hash >> 52) & 63); }

// A pattern's run of elements or masks: either its own (patterns built by
// the loaders, the importers and tests grow it like a vector) or a view of
// a pool its VerbDictionary keeps (a cache hit restores every pattern's
// elements with one copy into that pool: a vector per pattern was ~20,000
// allocations and most of the ~29M instructions of the verb section's
// restore; docs/performance.md, "stop 16"). Reading is the same either
// way: a begin and an end pointer, as a vector's (a pointer and a 32-bit
// size cost the coder's pattern loop 0.6M more instructions on te3silver).
// Changing a view copies it into storage of its own first, so a view's
// pool is never written.
template <typename T>
class PatternArray {
 public:
  PatternArray() = default;
  PatternArray(std::initializer_list<T> v) : own_(v) { Point(); }
  explicit PatternArray(std::vector<T> v) : own_(std::move(v)) { Point(); }
  PatternArray(const PatternArray& o) { *this = o; }
  PatternArray(PatternArray&& o) noexcept { *this = std::move(o); }
  PatternArray& operator=(const PatternArray& o) {
    if (this == &o) return *this;
    view_ = o.view_;
    if (view_) {
      own_.clear();
      data_ = o.data_, end_ = o.end_;
    } else {
      own_ = o.own_;
      Point();
    }
    return *this;
  }
  PatternArray& operator=(PatternArray&& o) noexcept {
    if (this == &o) return *this;
    view_ = o.view_;
    own_ = std::move(o.own_);  // moves the buffer: data_ below stays valid
    if (view_) data_ = o.data_, end_ = o.end_;
    else Point();
    o.own_.clear();
    o.view_ = false;
    o.Point();
    return *this;
  }
  PatternArray& operator=(std::initializer_list<T> v) {
    view_ = false;
    own_.assign(v);
    Point();
    return *this;
  }
  void Assign(std::vector<T> v) {
    view_ = false;
    own_ = std::move(v);
    Point();
  }
  // Makes this a view of n elements at `data`, which their owner keeps
  // (and never moves) for as long as this array is read.
  void SetView(const T* data, size_t n) {
    own_.clear();
    view_ = n != 0;
    data_ = n ? const_cast<T*>(data) : own_.data();
    end_ = data_ + n;
  }

  const T* begin() const { return data_; }
  const T* end() const { return end_; }
  const T* data() const { return data_; }
  size_t size() const { return static_cast<size_t>(end_ - data_); }
  bool empty() const { return end_ == data_; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T& back() const { return end_[-1]; }
  const T& front() const { return data_[0]; }

  T& operator[](size_t i) { return Own()[i]; }
  T& back() { return Own().back(); }
  void push_back(const T& v) {
    Own().push_back(v);
    Point();
  }
  void pop_back() {
    Own().pop_back();
    Point();
  }
  void reserve(size_t n) {
    Own().reserve(n);
    Point();
  }
  void clear() {
    view_ = false;
    own_.clear();
    Point();
  }

 private:
  std::vector<T>& Own() {
    if (view_) {
      own_.assign(data_, end_);
      view_ = false;
      Point();
    }
    return own_;
  }
  void Point() {
    data_ = own_.data();
    end_ = data_ + own_.size();
  }
  std::vector<T> own_;
  T* data_ = nullptr;
  T* end_ = nullptr;
  bool view_ = false;
};

struct VerbPattern {
  std::string code;         // CAMEO code; empty for a null pattern ("---")
  uint64_t verb = 0;        // TokenHash of the verb lemma
  PatternArray<PatternElem> elems;
  // Words, synsets and gaps the pattern wants before the verb, in sentence
  // order ("NOT *", "FAILED_TO_*"). Only peer dictionaries have them; our
  // own format describes what follows the verb.
  std::vector<PatternElem> before;
  // Where the pattern was written and its text as written, for evidence:
  // views of storage their VerbDictionary keeps (AddPattern copies a
  // builder's strings there), so a hit restores them with one copy.
  std::string_view file;
  uint32_t line = 0;
  std::string_view text;    // the pattern as written, for evidence
  int specificity = 0;      // higher wins: words and synsets count 2, slots 1
  bool has_target = false;  // contains '+'
  bool has_source = false;  // contains '$'
  // A peer's compound-actor slot '%' (TABARI, PETRARCH): before the verb
  // the subject must name two or more actors, who then act on each other
  // ("% * TALKS"); after it the target slot must ("* WITH %"), and its
  // actors are the targets. Our own format has neither.
  bool compound_source = false;
  bool compound_target = false;
  // A peer pattern that starts with the target slot ("+ WAS * DEAD"): the
  // subject is the target, the source some other actor. The clause
  // reading gets this from the passive; the TABARI reading needs it.
  bool subject_is_target = false;
  // A paired code ("[042:043]" in a peer's file, "046:046" in ours): each
  // target also does this to its source (TABARI's paired events; the
  // codebook's reciprocal ones: a meeting is both sides' act).
  std::string paired_code;
  // Our format's subject condition, "[MIL|PKO]" between the code and the
  // verb: the pattern applies only when an actor of the clause's subject
  // has one of these three-letter groups after its first ("BGDMIL",
  // "IGOPKO"). What follows a verb does not always tell the act: troops
  // or peacekeepers "arriving in" a country are no visit (042).
  std::vector<std::string> subject_roles;
  // A peer verb written as an inflected form ("MET", "LEFT_") is keyed by
  // its lemma but names that form only: its patterns apply where the verb
  // is written so (TokenHash of the form), and come first among equally
  // specific patterns. 0: any form of the lemma.
  uint64_t surface = 0;
  // One bit per word element (WordBit of its hash). A clause whose words'
  // bits do not cover this mask cannot match, which rejects most of a
  // common verb's hundreds of patterns without running the matcher.
  uint64_t word_mask = 0;
  // One mask per synset element: the bits of its members' first words. The
  // clause must have at least one of them for each (filled by Compile).
  PatternArray<uint64_t> synset_masks;

  bool is_null() const { return code.empty(); }
  std::string ref() const;  // "file:line text"
};

struct Synset {
  std::string name;                             // without '&'
  // Each member as token hashes: a vector of its own, or on a cache hit a
  // view of the mapped cache file (~10,000 members: as many allocations).
  std::vector<PatternArray<uint64_t>> members;
  std::string file;
  uint32_t line = 0;
  // Filled by VerbDictionary::Compile. The matcher asks "which members
  // start with this token?" at every position of a clause, and the large
  // synsets (&WEAPON, &TROOPS: 30-40 members) made comparing every member
  // there the single largest cost of coding (16% of all instructions on
  // Reuters). `by_first` answers with a binary search instead, and
  // `first_mask` (WordBit of each first word) rejects most tokens at once.
  uint64_t first_mask = 0;
  std::vector<std::pair<uint64_t, uint32_t>> by_first;  // (first word hash, member index), sorted
  // TABARI's members only (empty otherwise; else parallel to `members`):
  // bit k of gaps[m] lets words stand before word k of member m, as a
  // blank does in "+AUSTRIAN FLORIN" ("austrian gold florin"); stems[m][k]
  // >= 0 makes word k after the first a stem (VerbDictionary::word_stem
  // of that index), as a word without `_` is ("YENNYEN": "yennyener").
  std::vector<uint32_t> gaps;
  std::vector<std::vector<int32_t>> stems;
};

// One position of a PatternList: what the coder's pattern loop asks of a
// pattern before it matches it, packed into 16 bytes beside its id, so
// that turning a pattern away reads this record (four to a cache line, in
// list order) and not the VerbPattern (a ~300-byte struct reached through
// its id: on te3silver the loop's reads of it, mostly
// `synset_masks.empty()`, were ~250k of its ~690k L2-sized misses;
// docs/performance.md, "stop 24 (h-coder9)"). Built from the patterns by
// VerbDictionary (Compile, Restore): never saved in the cache.
struct PatternHot {
  // WordBit2 of the pattern's plain words (not stems): asked only of the
  // patterns PatternList::word_masks lets through (most of those it still
  // rejects: the matcher's runs on a common verb's patterns were a tenth
  // of coding te3silver).
  uint64_t word_mask2 = 0;
  uint32_t id = 0;          // the pattern (PatternList::ids)
  uint32_t bits = 0;        // the flags below, and the first element in bits kFirstShift and up

  static constexpr uint32_t kHasSynsets = 1;  // !synset_masks.empty()
  static constexpr uint32_t kNoElems = 2;     // elems.empty()
  static constexpr uint32_t kNoBefore = 4;    // before.empty()
  static constexpr uint32_t kSurface = 8;     // surface != 0
  // IsCoercionOrForceCode(code): the only codes an English reduced
  // relative's participle may code (EventCoder keeps, per list, whether any
  // of its patterns has this bit). Bits 6 and 7 are below kFirstShift and
  // above the first element's kind.
  static constexpr uint32_t kCoercive = 64;
  // The first element, as the coder's MayMatchFirst tests it: kFirstAny
  // (no elements, a stem, a gap: it may match anywhere), a plain word (its
  // WordBit's and WordBit2's bit numbers, 6 bits each), a synset (its
  // index) or an actor slot.
  static constexpr uint32_t kFirstKindShift = 4;
  static constexpr uint32_t kFirstAny = 0, kFirstWord = 1, kFirstSynset = 2, kFirstSlot = 3;
  static constexpr uint32_t kFirstShift = 8;  // the word's bit numbers or the synset, 24 bits
  static constexpr uint32_t kMaxFirstSynset = (1u << 24) - 1;

  uint32_t first_kind() const { return (bits >> kFirstKindShift) & 3; }
  uint32_t first() const { return bits >> kFirstShift; }
  // kFirstWord: the word's WordBit and WordBit2.
  uint64_t first_bit() const { return uint64_t{1} << (first() & 63); }
  uint64_t first_bit2() const { return uint64_t{1} << ((first() >> 6) & 63); }
  static PatternHot Of(const VerbPattern& p, uint32_t id);
};
static_assert(sizeof(PatternHot) == 16);

// A verb's patterns, most specific first, with each one's
// VerbPattern::word_mask beside it in the same order. The coder tries a
// common verb's hundreds of patterns per clause and rejects most by that
// mask alone; reading it from this packed array instead of from each
// pattern (a large struct reached through its index) keeps the rejecting
// loop to a few instructions per pattern.
//
// On a cache hit the two arrays are views of the mapped cache file
// (PatternArray), not two vectors per verb.
struct PatternList {
  PatternArray<uint32_t> ids;
  PatternArray<uint64_t> word_masks;  // word_masks[k] == pattern(ids[k]).word_mask
  // The same positions' PatternHot records (ids.size() of them), in a pool
  // their VerbDictionary keeps and its copies share.
  const PatternHot* hot = nullptr;
  // This list's position in VerbDictionary::lists(): the coder keeps its own
  // per-list tables by it.
  uint32_t index = 0;

  // The first k' >= k whose word mask has no bit of `absent` (the clause
  // lacks none of its words), or `n` (the list's size). Four masks a round,
  // each its own test-and-branch: the branches almost never jump, and a
  // mask costs two instructions (the load folded into the test) against
  // the plain loop's six to seven (its NOT, index and bound per mask).
  static size_t NextFit(const uint64_t* masks, size_t k, size_t n, uint64_t absent) {
    for (; k + 4 <= n; k += 4) {
      if (!(masks[k] & absent)) return k;
      if (!(masks[k + 1] & absent)) return k + 1;
      if (!(masks[k + 2] & absent)) return k + 2;
      if (!(masks[k + 3] & absent)) return k + 3;
    }
    for (; k < n; ++k)
      if (!(masks[k] & absent)) return k;
    return n;
  }
};

// A code field of a pattern or noun-trigger line: 2-4 digits, or "---"
// (a null entry: it matches and codes nothing).
bool IsCameoCodeText(std::string_view s);

class VerbDictionary {
 public:
  VerbDictionary();

  // Our formats. `tokenize` splits multi-word synset members like articles.
  bool LoadPatternFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems);
  // Several pattern files (path, display), as LoadPatternFile on each in
  // order, with room for all their lines reserved first: ~20,000 patterns
  // of ~250 bytes grown one file at a time made the vector double five
  // times (2,000 page faults at start-up, 6M instructions of moves).
  void LoadPatternFiles(const std::vector<std::pair<std::string, std::string>>& files,
                        std::vector<DictProblem>* problems);
  void LoadPatternText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);
  bool LoadSynsetFile(const std::string& path, const std::string& display, const NameTokenizer& tokenize,
                      std::vector<DictProblem>* problems);
  void LoadSynsetText(std::string_view text, const std::string& display, const NameTokenizer& tokenize,
                      std::vector<DictProblem>* problems);
  bool LoadControlFile(const std::string& path, const std::string& display, std::vector<DictProblem>* problems);
  void LoadControlText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems);

  // Sorts every verb's patterns by specificity and resolves synset names.
  // Call once after loading; reports references to unknown synsets.
  void Compile(std::vector<DictProblem>* problems);

  // Patterns for a verb lemma, most specific first; nullptr if none.
  const PatternArray<uint32_t>* PatternsFor(uint64_t lemma_hash) const {
    const PatternList* l = PatternListFor(lemma_hash);
    return l ? &l->ids : nullptr;
  }
  // The same with their word masks; nullptr if none.
  // An open-addressing probe (verb_slots_): one 16-byte slot, usually in
  // the first line read, where the unordered_map it replaces chased a
  // bucket, the node before and the node (~160k L2-sized misses on
  // te3silver for ~2.4M instructions).
  const PatternList* PatternListFor(uint64_t lemma_hash) const {
    const uint32_t i = ListIndexFor(lemma_hash);
    return i == kNoList ? nullptr : &lists_[i];
  }
  // The same list's index in lists(), or kNoList: the coder reads its own
  // per-list data by it without touching the PatternList.
  static constexpr uint32_t kNoList = 0xFFFFFFFFu;
  uint32_t ListIndexFor(uint64_t lemma_hash) const {
    if (verb_slots_.empty()) return kNoList;
    for (size_t s = lemma_hash & verb_slot_mask_;; s = (s + 1) & verb_slot_mask_) {
      const VerbSlot& v = verb_slots_[s];
      // Two tests, not one `||`: as one they mispredicted three times as
      // often under cachegrind's branch model (57k against 19k on te3silver).
      if (v.list == kNoList) return kNoList;
      if (v.verb == lemma_hash) return v.list;
    }
  }
  // Every verb's list, in the order of their keys (list_verbs()).
  const std::vector<PatternList>& lists() const { return lists_; }
  const std::vector<uint64_t>& list_verbs() const { return list_verbs_; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<Synset>& synsets() const { return synsets_; }
  size_t num_verbs() const { return lists_.size(); }

  bool IsIrrealis(uint64_t lemma_hash) const { return irrealis_.count(lemma_hash) != 0; }
  bool IsSpeech(uint64_t lemma_hash) const { return speech_.count(lemma_hash) != 0; }
  // Verbs of accusing that can close a sentence with their subject after
  // them and frame the clause before ("..., acusó la policía"): Spanish,
  // data/verbs/es/control.txt's @accusing.
  bool IsAccusing(uint64_t lemma_hash) const { return accusing_.count(lemma_hash) != 0; }
  bool IsImplicative(uint64_t lemma_hash) const { return implicative_.count(lemma_hash) != 0; }
  // Verbs and predicate adjectives whose infinitive states an intention
  // ("pledged to send troops", "is ready to release"): coded as CAMEO's
  // intent or threat code of the act when EventCoderOptions::intent_codes
  // has one.
  bool IsIntent(uint64_t lemma_hash) const { return intent_.count(lemma_hash) != 0; }

  // Adds a pattern built elsewhere (importers of TABARI/PETRARCH files).
  // Its file and text may view the builder's strings: they are copied here.
  void AddPattern(VerbPattern p);
  // Synset index by name (without '&'), creating an empty one if absent.
  uint32_t SynsetIndex(const std::string& name);
  // Adds a TABARI member (token hashes) with its gaps and stems (Synset::gaps,
  // Synset::stems: -1 for a whole word) to synset `name`, defined at file:line.
  void AddSynsetMember(const std::string& name, const std::string& file, uint32_t line, std::vector<uint64_t> words,
                       uint32_t gaps, std::vector<int32_t> stems);
  // The text of a stem word element (PatternElem::stem), by index.
  uint32_t AddWordStem(std::string stem) {
    word_stems_.push_back(std::move(stem));
    return static_cast<uint32_t>(word_stems_.size() - 1);
  }
  const std::string& word_stem(uint32_t i) const { return word_stems_[i]; }

  // TABARI finds verbs by spelling, not by part of speech: a whole-word
  // verb ("DEPART_") also matches its regular endings ("departs",
  // "departes", "departen"), a `{ ... }` line lists other forms ("ACTXD"),
  // and a stem ("RESTOR") any word it begins. The TABARI loader records
  // them here (form -> the key its patterns are under); the coder's
  // TABARI reading (EventCoderOptions::dictionary_verbs) looks words up
  // with VerbOfWord. Empty for every other dictionary.
  void AddVerbForm(uint64_t form_hash, uint64_t verb_hash) { forms_.emplace(form_hash, verb_hash); }
  void AddVerbStem(std::string stem, uint64_t verb_hash) { stems_.emplace(std::move(stem), verb_hash); }
  // The verb key a written word stands for through those forms and stems
  // (the longest stem wins), or 0.
  uint64_t VerbOfWord(std::string_view lower, uint64_t lower_hash) const;

  // The peers' discard phrases: a sentence that contains one is left
  // uncoded by their reading. TABARI's <TIME> section has them
  // ("ONCE_UPON_A_TIME [###]": a fairy tale, not news; "[+++]": too
  // complex to code), PETRARCH's discards file lists them ("BASEBALL"; with
  // a leading '+' the whole story goes: "+TYPHOON"). Empty for ours.
  struct SentenceStop {
    std::vector<uint64_t> words;  // token hashes of the lower-case words, in order
    bool complex = false;         // [+++]; else [###], discard
    bool story = false;           // PETRARCH's '+': every sentence of the article
    std::string file;
    uint32_t line = 0;
  };
  void AddSentenceStop(SentenceStop s) { stops_.push_back(std::move(s)); }
  const std::vector<SentenceStop>& sentence_stops() const { return stops_; }

  // UD-PETRARCH's coding ontology, if its file was loaded: what a negated
  // verb codes in the peers' reading (events/code_ontology.h). Empty for ours.
  CodeOntology& ontology() { return ontology_; }
  const CodeOntology& ontology() const { return ontology_; }

  // The compiled dictionary cache (engine/dict_cache.h): a compiled
  // dictionary of our formats, every member of VerbPattern, PatternElem and
  // Synset, and the lookup tables as Compile left them (hash tables in key
  // order). The peers' parts (sentence stops, the coding ontology) are not
  // saved: a dictionary with them is never cached (Cacheable), since peer
  // files bypass the cache. Keep Save and Restore in step with those structs
  // and raise kCacheLayout when one changes (dict_cache_test checks their
  // sizes to catch a member added without it).
  // 2: patterns as fixed records with their elements, masks and strings
  // in three pools (stop 16). 3: no PatternList::word_masks2 (stop 25:
  // PatternHot::word_mask2, built at load from the patterns, replaced it).
  // 4: the @accusing set (stop 31).
  static constexpr uint32_t kCacheLayout = 4;
  bool Cacheable() const { return stops_.empty() && ontology_.empty() && pending_.empty(); }
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r);

 private:
  // What the patterns' views point into: their file names and texts, and
  // on a cache hit their elements and synset masks. Shared by copies of
  // the dictionary (a copy's patterns view the same bytes); blocks never
  // move, so views stay valid while the dictionary grows.
  struct Storage {
    Arena strings{64 * 1024};
    std::vector<PatternElem> elems;
    std::vector<uint64_t> masks;  // a hit's synset masks, when the reader's bytes could not be viewed
    // A hit's mapped cache file (CacheReader::owner), when it has one: the
    // patterns' strings and masks, the synsets' members and the verbs'
    // pattern lists are then views of it, not copies.
    std::shared_ptr<const void> mapped;
  };
  std::shared_ptr<Storage> storage_ = std::make_shared<Storage>();
  std::string_view last_file_;  // AddPattern's copy of the last file name, reused for the same name
  // Copies p's file and text into storage_ and adds it.
  void Keep(VerbPattern&& p);

  CodeOntology ontology_;
  std::vector<SentenceStop> stops_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, uint32_t> synset_by_name_;
  // Pattern elements naming a synset before it was defined: (pattern, elem, name).
  struct PendingSynset {
    uint32_t pattern, elem;
    std::string name;
  };
  std::vector<PendingSynset> pending_;
  // The verbs' pattern lists, sorted by verb key (list_verbs_), and an
  // open-addressing table from key to list: a power-of-two size at most
  // half full, probed linearly from the key's low bits (TokenHash is
  // XXH3: they are as good as any), kNoList marking an empty slot.
  // Filled by IndexLists.
  struct VerbSlot {
    uint64_t verb = 0;
    uint32_t list = kNoList;
  };
  std::vector<PatternList> lists_;
  std::vector<uint64_t> list_verbs_;
  std::vector<VerbSlot> verb_slots_;
  size_t verb_slot_mask_ = 0;
  // Every list's PatternHot records, one run per list (PatternList::hot).
  // Replaced, never changed, by IndexLists: a copy of the dictionary keeps
  // the pool its lists point into.
  std::shared_ptr<const std::vector<PatternHot>> hot_pool_;
  // Fills the slots, the lists' indices and the hot records from lists_
  // and list_verbs_ (sorted by key, each key once). `by_id`, when given,
  // holds every pattern's PatternHot by pattern id, made while the pattern
  // was at hand (Restore); else each record is made here from the pattern.
  void IndexLists(const std::vector<PatternHot>* by_id = nullptr);
  std::unordered_map<uint64_t, uint64_t> forms_;  // AddVerbForm
  std::vector<std::string> word_stems_;            // AddWordStem
  std::unordered_map<std::string, uint64_t> stems_;  // AddVerbStem
  std::unordered_set<uint64_t> irrealis_, speech_, implicative_, intent_, accusing_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_DICTIONARY_H_
