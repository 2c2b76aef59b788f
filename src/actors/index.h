// The compiled actor dictionary: every name as a sequence of token hashes,
// looked up by its first token.
//
// Matching is longest-first at each token: one hash probe per token finds the
// few names starting with that word, then each is checked token by token. This
// is the token n-gram hash measured at 124-161 MB/s here; a trie would save
// little because almost every probe misses on the first word.
#ifndef DYAD_ACTORS_INDEX_H_
#define DYAD_ACTORS_INDEX_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/dictionary.h"
#include "model/cache_array.h"
#include "model/doc.h"
#include "model/tag.h"

namespace dyad {

// Case a dictionary word demands of a text token (docs/dictionary-format.md:
// "case in a name is a minimum").
enum class CaseReq : uint8_t { kAny = 0, kCapitalized = 1, kAllCaps = 2 };

struct NameToken {
  uint64_t hash = 0;  // TokenHash of the case-folded token
  CaseReq req = CaseReq::kAny;
};

// Splits a dictionary name into tokens exactly as articles are split. The
// pipeline passes the real segmenter; tests may pass a simpler one.
using NameTokenizer = std::function<void(std::string_view name, std::vector<NameToken>* out)>;

inline bool CaseSatisfied(CaseReq req, uint16_t flags) {
  switch (req) {
    case CaseReq::kAny: return true;
    case CaseReq::kCapitalized: return (flags & (kCapitalized | kAllCaps)) != 0;
    case CaseReq::kAllCaps: return (flags & kAllCaps) != 0;
  }
  return false;
}

class ActorIndex {
 public:
  struct Phrase {
    uint32_t entry = 0;   // index into ActorDictionary::entries()
    uint32_t first = 0;   // first NameToken in the pool
    uint32_t length = 0;  // tokens of the name
    uint32_t span = 0;    // tokens of the text it matched: `length` but for TABARI's loose names
  };

  // How many words a blank of a TABARI name may stand for (tabari_joins).
  // "the Prince of Dol_Amroth" needs one; more would let a name reach
  // across a clause ("Ithilen said on Monday its military").
  static constexpr uint32_t kMaxTabariSkip = 2;

  // The index's filters with some words' bits added: MakeStopWords below.
  struct StopWords {
    std::vector<uint64_t> filter;  // as filter_: the first-word and one-word filters, interleaved
  };

  // Compiles every name of every entry. Names that tokenize to nothing are
  // reported as problems.
  ActorIndex(const ActorDictionary& dict, const NameTokenizer& tokenize, std::vector<DictProblem>* problems);

  // Calls f(const Phrase&) for each name that matches the tokens starting at
  // `at` (all tokens equal and case satisfied), longest first, never past
  // `end`. Stops when f returns true. With check_case false the exact and
  // pair names are reported whatever the text's case, for a caller that
  // decides itself when lower case may stand for a name (the matcher's
  // "tunisian rioters", "iSrael"); loose and stem names always check it.
  //
  // `words`: read the filters of those StopWords instead of the index's
  // own (see MakeStopWords), for a caller that has just read them in
  // ListStops. Their bits are a superset of the index's (the words' bits
  // added), and a set bit means only "look": the tables behind the filters
  // compare whole keys, and Scan every word, so the matches are the same.
  template <typename F>
  void ForEachMatch(const std::vector<Token>& tokens, uint32_t at, uint32_t end, F&& f, bool check_case = true,
                    const StopWords* words = nullptr) const {
    // Names of two or more words are found by their first two tokens, so
    // "President" in text does not walk every "president X" alias; then the
    // one-word names. Both groups are longest first, and every multi-word
    // name is longer than every one-word name. Each table is probed only
    // where its filter bit is set (a clear bit: no key of that table).
    const uint64_t h = tokens[at].lower_hash;
    const uint64_t* const filter = words != nullptr ? words->filter.data() : filter_.data();
    if (MayStartName(filter, h)) {
      const bool one = MayStartOne(filter, h);
      if (at + 1 < end) {
        if (!loose_.empty() && one)
          if (const Range* r = by_loose_.Find(h))
            if (ScanLoose(tokens, at, end, *r, f)) return;
        const uint64_t pair = PairKey(h, tokens[at + 1].lower_hash);
        if (MayStartPair(pair) && ScanPair(tokens, at, end, pair, f, check_case)) return;
      }
      if (one)
        if (const Range* r = by_first_.Find(h))
          if (Scan(tokens, at, end, *r, f, check_case)) return;
    }
    if (!stems_.empty()) ScanStems(tokens, at, end, f);
  }

  // Whether ForEachMatch(tokens, at, end, ...) may call f for some name.
  // kNoName: no name starts with the token's word; kNotHere: some name
  // does, but (asked only of the ~40% of te3silver's tokens that one
  // starts: "the", "new", "national") no loose or one-word name does and
  // no name of two words or more starts with this word and the next. For
  // both ForEachMatch would find nothing; kMaybe means only "look". With
  // stem names (ScanStems is another way to a match) always kMaybe. A
  // caller walking every token of a text asks this first and steps over
  // most tokens without setting up the call and its callback.
  //
  // With `words` (as ForEachMatch's) it reads their filters: it may then
  // say kNotHere or kMaybe where the index's own would say kNoName, for a
  // word sharing a bit with one of the words, and ForEachMatch finds
  // nothing there, as for any token the filters let through.
  enum class Start : uint8_t { kNoName, kNotHere, kMaybe };
  Start MayStartAt(const std::vector<Token>& tokens, uint32_t at, uint32_t end,
                   const StopWords* words = nullptr) const {
    if (!stems_.empty()) return Start::kMaybe;
    const uint64_t h = tokens[at].lower_hash;
    const uint64_t* const filter = words != nullptr ? words->filter.data() : filter_.data();
    if (!MayStartName(filter, h)) return Start::kNoName;
    return MayStartOne(filter, h) ||
                   (at + 1 < end && MayStartPair(PairKey(h, tokens[at + 1].lower_hash)))
               ? Start::kMaybe
               : Start::kNotHere;
  }

  // A caller that also wants other words of the text (the matcher's
  // pronouns) finds them in the same walk as the names' first words:
  // MakeStopWords(words) is the index's filter (both halves) with those
  // words' bits added (a set bit means only "look"), which ListStops below
  // uses, so that a token the first filter lets through is listed for a
  // one-word name or a word by one more bit test. One pass over the
  // sentence's tokens instead of two.
  StopWords MakeStopWords(std::initializer_list<uint64_t> word_hashes) const {
    StopWords w{filter_};
    for (uint64_t h : word_hashes) {
      SetWordBit(w.filter, FirstAt(h), h);
      SetWordBit(w.filter, OneAt(h), h);
    }
    return w;
  }
  // Writes to (*out)[0, n) and returns n: the tokens of [at, end), in
  // order, where a walk of the sentence must look. Every token for which
  // MayStartAt says kMaybe, or kNotHere where `keep(tokens[t + 1])` (t + 1
  // < end: the matcher's middle initial, "Joseph R. Biden" read without
  // it), or that may be one of the words, is listed; a few others may be
  // (a listed token means only "look"). `out` only grows: a vector reused
  // across sentences is not zeroed for each.
  //
  // Why a list and not a walk to the next stop and MayStartAt there (as
  // before stop 18): the first-word filter lets through ~40% of
  // te3silver's tokens ("the", "new"), and
  // nearly all of those are kNotHere; the caller's loop stopped, tested
  // the pronouns, called MayStartAt and re-entered the walk for each
  // (~45 instructions a stop, ~190,000 stops). Here the one, pair and
  // keep tests follow the bit test in the same tight loop, and the
  // caller's loop sees only the ~60,000 tokens that may start a match or
  // be a word. Kept out of line: inlined in the matcher's Run, whose
  // registers are taken by its own loop, the walk compiled worse (see
  // docs/performance.md, stop 17).
  template <typename Keep>
  [[gnu::noinline]] uint32_t ListStops(const std::vector<Token>& tokens, uint32_t at, uint32_t end,
                                       const StopWords& words, Keep keep, std::vector<uint32_t>* out) const {
    if (at >= end) return 0;
    if (out->size() < end - at) out->resize(end - at);
    uint32_t* const o = out->data();
    uint32_t n = 0;
    if (!stems_.empty()) {  // ScanStems may match anywhere: look everywhere
      for (uint32_t t = at; t < end; ++t) o[n++] = t;
      return n;
    }
    // A pointer walk (the index form kept t, its shifted offset and the
    // bound live: ~14 instructions a token, against ~9 here).
    const Token* const tk = tokens.data();
    const Token* const last = tk + end - 1;
    const uint64_t* const filter = words.filter.data();
    for (const Token* p = tk + at; p <= last; ++p) {
      const uint64_t h = p->lower_hash;
      const uint64_t* const pair = FilterPair(filter, h);  // the first-word and one-word words, one cache line
      if (!(pair[0] >> (h & 63) & 1)) continue;  // no name's first word, no word
      // A one-word name or one of the words (or another word with the
      // same bit: a token listed for nothing is only looked at, and
      // MayStartAt says no). Not MayStartName: a word's bit may have let
      // it through. One bit test where the words' own two 6-bit masks
      // and then MayStartOne took ~13 instructions for each of the ~70% of
      // te3silver's tokens the first filter lets through.
      //
      // Every test is a branch and the token is written only when listed
      // (stop 22): written always and counted by `look` (branch-free),
      // the ~65% of the tokens past the first filter that are listed for
      // nothing ("the", "new") paid for the store, and GCC computed
      // `h & 63` for a shift before the first test, on every token.
      //
      // The second test reads the hash through `h1`, a copy GCC cannot see
      // through (the empty asm): with `h` itself GCC 12 hoisted the shift
      // count `h & 63` for this test above the first one, a mov and an and
      // on every token, where the first test's bt already reads the hash
      // modulo 64. Now it is one mov on the ~64% of tokens that get here
      // (-2 instructions a token, +1 on those: ~1M on te3silver). The asm
      // emits nothing and h1 == h, so the bit tested is the same.
      uint64_t h1 = h;
      asm("" : "+r"(h1));
      if (!(pair[1] >> (h1 & 63) & 1)) {
        if (p == last) continue;
        if (!MayStartPair(PairKey(h, p[1].lower_hash)) && !keep(p[1])) continue;
      }
      o[n++] = static_cast<uint32_t>(p - tk);
    }
    return n;
  }

  // Exact names in the tables; the longer names of a pair split by its
  // third word (by_third_) count twice.
  size_t num_phrases() const { return phrases_.size(); }

  // An empty index (no name matches) for Restore to fill.
  ActorIndex() = default;
  // The compiled dictionary cache (engine/dict_cache.h): the compiled
  // tables as they are, so a hit tokenises no name. Restore checks every
  // index against the tables and `num_entries` (the dictionary's size),
  // since ForEachMatch reads them unchecked. Raise kCacheLayout when a
  // member changes.
  // 2: one_bits_ and pair_bits_; 3: FlatMap slots as they lie (viewed);
  // 4: FirstBit from the hash's top bits; 5: the first-word and one-word
  // filters interleaved (filter_); 6: phrases_ as ExactPhrase (the last
  // word's fingerprint in place of the span); 7: by_third_.
  static constexpr uint32_t kCacheLayout = 7;
  void Save(CacheWriter* w) const;
  bool Restore(CacheReader* r, size_t num_entries);
  const NameToken* tokens_of(const Phrase& p) const { return &pool_[p.first]; }

 private:
  // [first, second) in phrases_ (or stems_, loose_). A struct, not a
  // std::pair: a pair is not trivially copyable, and FlatMap's slots are
  // saved and read back as they lie (a view of the mapped cache file).
  struct Range {
    uint32_t first = 0, second = 0;
  };

  // Filters in front of the tables: one bit per value of some bits of a
  // key. Most tokens of a text start no name, and a bit test turns them
  // away before the table probes (te3silver: the probes were ~30M of the
  // matcher's ~200M instructions). A set bit means only "look".
  //  * the first-word filter: kFirstBits bits (FirstWord, the bit) of the
  //    first token's hash of every exact and loose name (Scan and ScanLoose
  //    compare the first token's hash, so a clear bit means no match in any
  //    table). 20 bits (128 KB) since stop 21: with 18 the dictionaries'
  //    first words set enough bits that 71% of te3silver's tokens passed,
  //    now 64% (mostly real first words: "the", "new"), and ListStops lists
  //    22% fewer.
  //  * the one-word filter: the same of the one-word and loose names only
  //    (by_first_, by_loose_).
  //  * pair_bits_: the high kPairBits bits of the PairKey of every name of
  //    two words or more (by_pair_'s keys). Common words start many long
  //    names ("the", "national", "new") but few one-word ones: the first
  //    filter let ~40% of te3silver's tokens through, most of them to a
  //    by_pair_ probe that found nothing.
  // The first two filters take a hash's top kFirstBits - 6 bits for the
  // word and its low 6 for the bit in it: the word is one shift (the low
  // bits were a shift and a mask), and the bit is the hash itself, which
  // x86's bt reads modulo 64. ListStops runs this for every token.
  //
  // The two are interleaved in filter_: word w of the first-word filter at
  // [2w], of the one-word filter at [2w + 1], in the same 16 bytes and so
  // the same cache line (the vector's data is 16-byte aligned) (stop 23). Two 128 KB arrays, they were two lines
  // from two tables for each of the ~64% of tokens that pass the first
  // test, and ListStops was the loop's largest source of L2-sized misses
  // after the tagger (cachegrind, docs/performance.md stop 23 (h-cache2)).
  static constexpr unsigned kFirstBits = 20;
  static constexpr unsigned kPairBits = 19;
  static bool TestBit(const std::vector<uint64_t>& bits, uint64_t b) { return bits[b >> 6] >> (b & 63) & 1; }
  static void SetBit(std::vector<uint64_t>& bits, uint64_t b) { bits[b >> 6] |= uint64_t{1} << (b & 63); }
  static uint64_t FirstWord(uint64_t h) { return h >> (64 - (kFirstBits - 6)); }
  static size_t FirstAt(uint64_t h) { return FirstWord(h) * 2; }  // filter_ index of h's first-word filter word
  static size_t OneAt(uint64_t h) { return FirstWord(h) * 2 + 1; }
  // &filter[FirstAt(h)], its byte offset FirstWord(h) * 16 taken from the
  // hash by a shift and a mask. (Meant to save the index form's second
  // shift; GCC 12 still forms the pointer with an add, so ListStops' loop
  // is two instructions a token longer than before the interleaving,
  // either way: ~1.4M on te3silver, for ~76,000 fewer L2 misses there.)
  static const uint64_t* FilterPair(const uint64_t* filter, uint64_t h) {
    static_assert(sizeof(uint64_t) * 2 == 16);
    const uint64_t offset = (h >> (64 - (kFirstBits - 6) - 4)) & ~uint64_t{15};  // == FirstWord(h) * 16
    return reinterpret_cast<const uint64_t*>(reinterpret_cast<const char*>(filter) + offset);
  }
  static void SetWordBit(std::vector<uint64_t>& filter, size_t at, uint64_t h) { filter[at] |= uint64_t{1} << (h & 63); }
  static uint64_t PairBit(uint64_t key) { return key >> (64 - kPairBits); }
  // The two filters' tests, of filter_ or of a StopWords' copy.
  static bool MayStartName(const uint64_t* filter, uint64_t h) { return FilterPair(filter, h)[0] >> (h & 63) & 1; }
  static bool MayStartOne(const uint64_t* filter, uint64_t h) { return FilterPair(filter, h)[1] >> (h & 63) & 1; }
  bool MayStartPair(uint64_t key) const { return TestBit(pair_bits_, PairBit(key)); }
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(size_t{2} << (kFirstBits - 6));
  std::vector<uint64_t> pair_bits_ = std::vector<uint64_t>(size_t{1} << (kPairBits - 6));

  static uint64_t PairKey(uint64_t first, uint64_t second) {
    return first * 0x9E3779B97F4A7C15ull ^ (second << 1 | second >> 63);
  }
  static uint64_t ThirdKey(uint64_t pair, uint64_t third) {
    return pair * 0xC2B2AE3D27D4EB4Full ^ (third << 7 | third >> 57);
  }
  // A pair's range is split by the third word when it holds more than
  // this many names of three words or more: below it, scanning them all
  // (~12 instructions a name) costs about what the extra probe does.
  static constexpr uint32_t kThirdSplitAt = 4;
  // Builds by_third_ and shrinks those pairs' ranges (index.cc).
  void SplitByThirdWord(std::vector<std::pair<uint64_t, Range>>* pairs);

  // Calls f on each phrase of the range that matches at `at`; true if f
  // returned true.
  template <typename F>
  bool Scan(const std::vector<Token>& tokens, uint32_t at, uint32_t end, Range r, F& f, bool check_case) const {
    for (uint32_t p = r.first; p < r.second; ++p) {
      const ExactPhrase& ph = phrases_[p];
      if (at + ph.length > end) continue;
      // Last word first: a phrase matches only if every word does, in any
      // order, and the names of a by_pair_ range all begin with the two
      // words that found the range (but for a PairKey collision), so
      // front to back a name that fails, failed mostly at its third word
      // after two compares that always passed ("the united" + "states",
      // "nations", ...).
      //
      // The last word's fingerprint, kept in the phrase's own line, turns
      // away most of the names that fail (te3silver: ~140,000 of ~200,000
      // visited) without reading the pool: that read was a third
      // dependent line after the slot's and the phrase's, and an L2-sized
      // miss for most of them (cachegrind, docs/performance.md stop 24).
      // A fingerprint that differs means a hash that differs, where the
      // compares below would have failed at once; one that agrees is
      // confirmed by the whole hash and the case, as before.
      if (Fingerprint(tokens[at + ph.length - 1].lower_hash) != ph.last) continue;
      bool ok = true;
      for (uint32_t k = ph.length; k-- > 0 && ok;) {
        const NameToken& nt = pool_[ph.first + k];
        const Token& t = tokens[at + k];
        ok = nt.hash == t.lower_hash && (!check_case || CaseSatisfied(nt.req, t.flags));
      }
      if (ok && f(ph.phrase())) return true;
    }
    return false;
  }

  // Scan of the names of two words or more starting with `pair`. A pair
  // with many longer names ("ministry of ...") keeps those by their third
  // word too (by_third_): only the ones whose third word is the text's are
  // scanned, then the pair's two-word names. The same names in the same
  // order as the pair's whole range (see by_third_), less those whose third
  // word differs, which Scan would have turned away.
  //
  // Out of line, as Scan was at ForEachMatch's pair probe: with both
  // probes and scans written in ForEachMatch, GCC no longer inlined it
  // into the matcher's walk, and its call at each listed token took ~4.5M
  // of the 7.3M the split saved in the scans (te3silver, stop 32).
  template <typename F>
  [[gnu::noinline]] bool ScanPair(const std::vector<Token>& tokens, uint32_t at, uint32_t end, uint64_t pair, F& f,
                                  bool check_case) const {
    if (at + 2 < end)
      if (const Range* r = by_third_.Find(ThirdKey(pair, tokens[at + 2].lower_hash)))
        if (Scan(tokens, at, end, *r, f, check_case)) return true;
    const Range* r = by_pair_.Find(pair);
    return r && Scan(tokens, at, end, *r, f, check_case);
  }

  // TABARI names of two words or more (ActorEntry::tabari_joins), tried
  // before the exact names because a match with words skipped is longer in
  // the text. Only matches that skipped something are reported here: the
  // exact scan finds the rest, in its own longest-first order.
  struct LoosePhrase {
    Phrase phrase;
    uint32_t loose = 0;  // bit k: a blank between words k and k+1
  };
  template <typename F>
  bool ScanLoose(const std::vector<Token>& tokens, uint32_t at, uint32_t end, Range r, F& f) const {
    for (uint32_t p = r.first; p < r.second; ++p) {
      const LoosePhrase& lp = loose_[p];
      uint32_t t = at;
      bool ok = true;
      for (uint32_t k = 0; k < lp.phrase.length && ok; ++k) {
        const NameToken& nt = pool_[lp.phrase.first + k];
        auto fits = [&](uint32_t i) { return nt.hash == tokens[i].lower_hash && CaseSatisfied(nt.req, tokens[i].flags); };
        if (k > 0) {
          // The text's own `_` ("Dol_Amroth") is the name's `_`; a blank
          // also passes over a few words, but never punctuation or a verb.
          uint32_t skipped = 0;
          while (t < end && !fits(t)) {
            if (tokens[t].lower == "_") {
              ++t;
              continue;
            }
            if (!(lp.loose >> (k - 1) & 1) || skipped == kMaxTabariSkip || tokens[t].has(kPunct) ||
                IsVerb(tokens[t].tag)) {
              ok = false;
              break;
            }
            ++skipped;
            ++t;
          }
        }
        ok = ok && t < end && fits(t);
        ++t;
      }
      if (!ok || t - at == lp.phrase.length) continue;
      Phrase ph = lp.phrase;
      ph.span = t - at;
      if (f(ph)) return true;
    }
    return false;
  }

  // Names whose last word is a stem (ActorEntry::stem_names) match where
  // no whole name did: the last word may be any longer word it begins.
  struct StemPhrase {
    Phrase phrase;
    std::string last;  // the stem, lower case
  };
  static constexpr uint64_t kMultiStemSalt = 0x5851F42D4C957F2Dull;
  template <typename F>
  void ScanStems(const std::vector<Token>& tokens, uint32_t at, uint32_t end, F& f) const {
    auto try_range = [&](const Range& r) {
      for (uint32_t p = r.first; p < r.second; ++p) {
        const StemPhrase& sp = stems_[p];
        const Phrase& ph = sp.phrase;
        if (at + ph.length > end) continue;
        bool ok = true;
        for (uint32_t k = 0; k + 1 < ph.length && ok; ++k) {
          const NameToken& nt = pool_[ph.first + k];
          ok = nt.hash == tokens[at + k].lower_hash && CaseSatisfied(nt.req, tokens[at + k].flags);
        }
        std::string_view last = tokens[at + ph.length - 1].lower;
        ok = ok && last.size() > sp.last.size() && last.starts_with(sp.last) &&
             CaseSatisfied(pool_[ph.first + ph.length - 1].req, tokens[at + ph.length - 1].flags);
        if (ok && f(ph)) return true;
      }
      return false;
    };
    if (at + 1 < end)
      if (const Range* r = by_stem_.Find(tokens[at].lower_hash ^ kMultiStemSalt))
        if (try_range(*r)) return;
    std::string_view w = tokens[at].lower;
    for (size_t n = w.size(); n-- > 3;)  // longest stem first, shorter than the word
      if (const Range* r = by_stem_.Find(TokenHash(w.substr(0, n))))
        if (try_range(*r)) return;
  }

  // An exact name as phrases_ keeps it: a Phrase whose span is its length
  // (so the span's 4 bytes hold the fingerprint instead: still 16 bytes,
  // four to a line) and the low 32 bits of its last word's hash, which
  // Scan compares before reading the pool (stop 24).
  struct ExactPhrase {
    uint32_t entry = 0, first = 0, length = 0;
    uint32_t last = 0;  // Fingerprint(pool_[first + length - 1].hash)
    Phrase phrase() const { return {entry, first, length, length}; }
  };
  static uint32_t Fingerprint(uint64_t hash) { return static_cast<uint32_t>(hash); }
  std::vector<ExactPhrase> phrases_;   // grouped by key (first two tokens, or first for one-word names), longest first
  std::vector<NameToken> pool_;
  // Two lookups per token of every article: an open-addressing table of
  // power-of-two size probed linearly, since the keys are already hashes
  // (std::unordered_map's modulo and node chasing cost 7% of the run).
  class FlatMap {
   public:
    void Save(CacheWriter* w) const;
    // Checks the capacity and that every range lies in [0, limit].
    bool Restore(CacheReader* r, uint32_t limit);
    void Build(const std::vector<std::pair<uint64_t, Range>>& items) {
      size_t cap = 16;
      while (cap < items.size() * 2) cap <<= 1;
      std::vector<Slot> slots(cap);
      mask_ = cap - 1;
      for (const auto& [k, r] : items) {
        uint64_t key = k ? k : 1;  // 0 marks an empty slot
        size_t i = key & mask_;
        while (slots[i].key != 0) i = (i + 1) & mask_;
        slots[i] = {key, r};
      }
      slots_.Assign(std::move(slots));
    }
    const Range* Find(uint64_t k) const {
      if (slots_.empty()) return nullptr;
      uint64_t key = k ? k : 1;
      for (size_t i = key & mask_;; i = (i + 1) & mask_) {
        if (slots_[i].key == key) return &slots_[i].range;
        if (slots_[i].key == 0) return nullptr;
      }
    }

   private:
    struct Slot {  // 16 bytes, no padding: saved as it is
      uint64_t key = 0;
      Range range;
    };
    CacheArray<Slot> slots_;  // built (Build), or a view of the mapped cache file (Restore)
    size_t mask_ = 0;
  };
  FlatMap by_pair_;   // names of 2+ tokens, by their first two; of a split pair, its two-word names only
  // The names of three words or more of a pair with more than
  // kThirdSplitAt of them, by ThirdKey(PairKey of the first two, the
  // third): their own ranges of phrases_ (copies appended after the
  // pairs' and the one-word names'), each in the order the names had in
  // the pair's range, longest first, so that these then the pair's
  // two-word names are that range in its order. On te3silver's
  // dictionaries some pairs ("X of", "the X") start up to ~1,100 names;
  // a scan of such a range at every "ministry of" in the text visited
  // them all (the pair scans were ~560 instructions each, stop 32).
  FlatMap by_third_;
  FlatMap by_first_;  // one-token names, by that token
  std::vector<StemPhrase> stems_;  // grouped by key, longest first
  std::vector<LoosePhrase> loose_;  // grouped by first token, longest first
  FlatMap by_loose_;
  FlatMap by_stem_;  // one-word stems by the stem's hash, longer ones by first token ^ kMultiStemSalt
};

}  // namespace dyad

#endif  // DYAD_ACTORS_INDEX_H_
