#include "lang/en/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <iterator>
#include <limits>
#include <memory>
#include <new>
#include <vector>

#include "model/token_hash_inline.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::en {

namespace {

// kTagBit[t]: bit t, for the set of tags on a Viterbi path.
constexpr std::array<uint64_t, kNumTags> MakeTagBits() {
  static_assert(kNumTags <= 64);
  std::array<uint64_t, kNumTags> a{};
  for (int i = 0; i < kNumTags; ++i) a[i] = uint64_t{1} << i;
  return a;
}
constexpr std::array<uint64_t, kNumTags> kTagBit = MakeTagBits();

// kMarkedTag[t]: 1 for the tags RepairPastTense's passes act on, the
// opening quote RepairQuotedVerb looks after and the gerund the two
// gerund repairs look for.
constexpr std::array<uint32_t, kNumTags> MakeMarkedTags() {
  std::array<uint32_t, kNumTags> a{};
  a[static_cast<int>(Tag::VBZ)] = a[static_cast<int>(Tag::VBN)] = a[static_cast<int>(Tag::JJ)] = 1;
  a[static_cast<int>(Tag::PPL)] = a[static_cast<int>(Tag::VBG)] = 1;
  return a;
}
constexpr std::array<uint32_t, kNumTags> kMarkedTag = MakeMarkedTags();

// One-tag candidate lists for tokens whose tag is fixed by their form.
constexpr std::array<TagScore, kNumTags> MakeFixed() {
  std::array<TagScore, kNumTags> a{};
  for (int i = 0; i < kNumTags; ++i) a[i] = MakeTagScore(static_cast<Tag>(i), 0.0f);
  return a;
}
constexpr std::array<TagScore, kNumTags> kFixed = MakeFixed();

std::span<const TagScore> Fixed(Tag t) { return {&kFixed[static_cast<int>(t)], 1}; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || IsLower(c); }

// The lexicon spells clitics and quotes with ASCII apostrophes ("'s",
// "n't"); news text often has U+2019. Hashes `s` with every U+2019 read as
// '\''. Called only for tokens that contain a 0xE2 byte.
uint64_t HashFoldingApostrophes(std::string_view s) {
  char buf[64];
  if (s.size() > sizeof(buf)) return TokenHash(s);
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      buf[n++] = '\'';
      i += 2;
    } else {
      buf[n++] = s[i];
    }
  }
  return TokenHash({buf, n});
}

// memchr: asked only on a candidate-memo miss (~74,000 tokens on
// te3silver), where glibc's vector scan of a whole short token (~20
// instructions with the call) beat the byte loop (~5 a byte, 2.8M).
bool HasE2(std::string_view s) { return !s.empty() && std::memchr(s.data(), '\xE2', s.size()) != nullptr; }

// s.rfind('-'), by glibc's vector memrchr.
size_t LastHyphen(std::string_view s) {
  const void* p = s.empty() ? nullptr : memrchr(s.data(), '-', s.size());
  return p == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(p) - s.data());
}

// "1,500", "3.5", "2025", "10:30", "1/2", "-3": digits and separators only.
bool IsNumber(std::string_view s) {
  size_t i = (s.size() > 1 && (s[0] == '-' || s[0] == '+' || s[0] == '.')) ? 1 : 0;
  if (i >= s.size() || !IsDigit(s[i])) return false;
  for (; i < s.size(); ++i)
    if (!IsDigit(s[i]) && s[i] != ',' && s[i] != '.' && s[i] != ':' && s[i] != '/' && s[i] != '-') return false;
  return true;
}

// No ASCII letter or digit and no multi-byte character other than the
// punctuation news uses (quotes, dashes, ellipsis, bullets: U+2000..U+203F;
// « » · ¿ ¡ in U+00xx) and currency signs (€ £ ¥). Such tokens get
// punctuation tags.
bool IsPunctOnly(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (IsAlnum(static_cast<char>(c))) return false;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      i += 2;  // U+2000..U+203F: general punctuation
    } else if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x82' && s[i + 2] == '\xAC') {
      i += 2;  // euro sign
    } else if (c == 0xC2 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      // « » · ¿ ¡ £ ¥
      if (d != 0xAB && d != 0xBB && d != 0xB7 && d != 0xBF && d != 0xA1 && d != 0xA3 && d != 0xA5) return false;
      ++i;
    } else {
      return false;
    }
  }
  return !s.empty();
}

Tag PunctTag(std::string_view s, uint16_t flags) {
  if (flags & kOpenQuote) return Tag::PPL;
  if (flags & kCloseQuote) return Tag::PPR;
  if (s.size() == 1) {
    switch (s[0]) {
      case '.': case '!': case '?': return Tag::PP;
      case ',': return Tag::PPC;
      case '(': case '[': case '{': return Tag::LRB;
      case ')': case ']': case '}': return Tag::RRB;
      case '$': return Tag::PPD;
      default: break;
    }
  }
  if (s == "\xE2\x82\xAC" || s == "\xC2\xA3" || s == "\xC2\xA5") return Tag::PPD;  // € £ ¥ like $
  if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x98" || s == "\xC2\xAB" || s == "``") return Tag::PPL;  // “ ‘ «
  if (s == "\xE2\x80\x9D" || s == "\xC2\xBB" || s == "''") return Tag::PPR;                         // ” »
  return Tag::kNone;  // ask the lexicon, then default to PPS
}

// The shape class of an unknown lower-case word by its ending.
WordClass SuffixClass(std::string_view low) {
  if (low.ends_with("ing")) return WordClass::kIng;
  if (low.ends_with("s")) return WordClass::kS;
  if (low.ends_with("tion")) return WordClass::kTion;
  if (low.ends_with("ly")) return WordClass::kLy;
  if (low.ends_with("ed")) return WordClass::kEd;
  return WordClass::kUnknown;
}

// A token counts as sentence-initial, so its capital says nothing, at the
// start of a sentence or right after an opening quote or bracket.
bool AtClauseStart(const Doc& doc, const Sentence& s, uint32_t i) {
  if (i == s.tokens.begin || doc.tokens[i].has(kSentenceStart)) return true;
  const Token& prev = doc.tokens[i - 1];
  if (prev.has(kOpenQuote)) return true;
  // The previous surface is one of "(", "[", ":", "--", "—": by its length
  // first, so most words (longer than three bytes) need no byte; asked for
  // every capitalised word the candidate memo keys (~130,000 on te3silver),
  // where the bounds-checked view and five comparisons cost ~25 a call.
  const uint32_t n = prev.span.size();
  const char* p = doc.article.text.data() + prev.span.begin;
  switch (n) {
    case 1: return p[0] == '(' || p[0] == '[' || p[0] == ':';
    case 2: return p[0] == '-' && p[1] == '-';
    case 3: return p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\x94';  // —
    default: return false;
  }
}

// True when surface[0, n) is `lower` with its first byte an ASCII capital
// and the rest the same bytes: then the surface follows from `lower`.
bool IsTitleOfLower(const char* surface, size_t n, std::string_view lower) {
  if (lower.size() != n || n == 0 || !IsUpper(surface[0]) || lower[0] != (surface[0] | 0x20)) return false;
  return std::memcmp(surface + 1, lower.data() + 1, n - 1) == 0;
}

// True when surface[0, n) is `lower` with every ASCII letter upper-cased
// and every other byte the same ("NATO"/"nato", "U.S."/"u.s."): then the
// surface follows from `lower` as a title word's does. A non-ASCII letter
// ("ÉTAT"/"état") differs in its bytes and fails.
bool IsUpperOfLower(const char* surface, size_t n, std::string_view lower) {
  if (lower.size() != n) return false;
  for (size_t k = 0; k < n; ++k) {
    const char l = lower[k];
    if (surface[k] != (IsLower(l) ? static_cast<char>(l - 0x20) : l)) return false;
  }
  return true;
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {"have", "has", "had", "'ve", "'d",   "having", "is",  "are", "was",
                                              "were", "be",  "been", "being", "'s", "'re",  "'m",  "am",  "get",
                                              "gets", "got", "gotten", "getting"};
  for (std::string_view a : kAux)
    if (a == w) return true;
  return false;
}

bool IsTimeWord(std::string_view w) {
  static constexpr std::string_view kTime[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday", "today", "yesterday", "tonight", "last", "this", "next",
                                               "earlier", "later"};
  for (std::string_view a : kTime)
    if (a == w) return true;
  return false;
}

// Tags that can start an object noun phrase.
bool StartsObject(Tag t) {
  return t == Tag::DET || t == Tag::PRPS || t == Tag::NNP || t == Tag::NNPS || t == Tag::NNS || t == Tag::NN ||
         t == Tag::CD || t == Tag::PRP || t == Tag::JJ || t == Tag::PDT;
}

bool IsNounPhraseTag(Tag t) {
  return IsNoun(t) || t == Tag::JJ || t == Tag::DET || t == Tag::PRPS || t == Tag::POS || t == Tag::CD ||
         t == Tag::PRP;
}

// Token k, tagged JJ, follows "and"/"or" at k-1. Is it the second past-tense
// verb of a verb phrase coordinated with the first, as "promised" in "The
// ministry condemned the raid on Friday and promised help"? The bigram model
// reads CC-JJ-NN there ("and promised help" as a noun phrase, like "and armed
// men"), and the second event is lost. Both forms are real, so the past form
// is taken as a verb only where an adjective cannot be:
//  - the nearest verb to the left is a past tense (VBD), so there is a finite
//    verb phrase to coordinate with, and
//  - either the next word cannot follow an adjective (a determiner, a
//    possessive, a pronoun, "to": "and urged the rebels", "and vowed to"),
//    or the first conjunct ends in a time word ("on Friday and promised
//    help"): a day or "yesterday" does not coordinate with a noun phrase.
bool SecondFinitePast(const Token* tok, const Sentence& sentence, uint32_t k) {
  uint32_t j = k - 1;
  while (j > sentence.tokens.begin && !IsVerb(tok[j - 1].tag)) --j;
  if (j == sentence.tokens.begin || tok[j - 1].tag != Tag::VBD) return false;
  if (k + 1 < sentence.tokens.end) {
    Tag next = tok[k + 1].tag;
    if (next == Tag::DET || next == Tag::PRPS || next == Tag::PRP || next == Tag::TO) return true;
  }
  return IsTimeWord(tok[k - 2].lower) && tok[k - 2].tag != Tag::JJ;
}

#if defined(__SSE2__)
// kFirstLane[mask]: the index of mask's lowest set bit, for the 8-bit lane
// masks of one or two SSE2 compares; 0 for mask 0, which only a NaN could
// give (no lane equal to the maximum), so that lane 0 wins as in the
// scalar loop's `back = 0`.
constexpr std::array<uint8_t, 256> MakeFirstLane() {
  std::array<uint8_t, 256> a{};
  for (int m = 1; m < 256; ++m) {
    int i = 0;
    while (!((m >> i) & 1)) ++i;
    a[m] = static_cast<uint8_t>(i);
  }
  return a;
}
constexpr std::array<uint8_t, 256> kFirstLane = MakeFirstLane();

// v's lanes in the order kImm gives, by the integer shuffle (pshufd), which
// writes a register of its own, where shufps overwrites its source and
// needed a copy of v first (two instructions a candidate). The bits are
// moved, not converted.
template <int kImm>
inline __m128 SwapLanes(__m128 v) {
  return _mm_castsi128_ps(_mm_shuffle_epi32(_mm_castps_si128(v), kImm));
}

// The largest of v's four lanes, in every lane.
//
// The shuffled copy is maxps's first operand, the one it overwrites, so v
// (which FirstMax compares afterwards) needs no copy either. maxps returns
// its second operand when the two are unordered or equal; with no NaN and
// no -0 among the scores (FirstMax) the order of the operands does not
// change the result.
inline __m128 BroadcastMax(__m128 v) {
  __m128 m = _mm_max_ps(SwapLanes<_MM_SHUFFLE(2, 3, 0, 1)>(v), v);
  return _mm_max_ps(SwapLanes<_MM_SHUFFLE(1, 0, 3, 2)>(m), m);
}

// The first of v's four lanes holding their maximum, and its value: the
// answer of `best = -inf; for p: if (v[p] > best) { best = v[p]; back = p; }`
// for lanes that are never NaN (scores are sums of finite log-probabilities
// and -inf, never +inf, so they never are). All lanes -inf: lane 0, as the
// loop's `back = 0`.
//
// The value is the maximum's, bit for bit that lane's: two lanes can
// compare equal with different bits only as +0 and -0, and no score is
// ever -0 (emission and transition scores are logarithms, +0 or negative,
// or a log minus a log prior, +0 - +0 = +0 at worst; a sum is -0 only of
// two -0s), so a lane equal to the maximum has its bits.
//
// The lane comes from kFirstLane (one load, where `ctz(mask | 0x10) & 3`
// took four instructions with the byte extension).
inline uint32_t FirstMax(__m128 v, float* value) {
  const __m128 m = BroadcastMax(v);
  const uint32_t lane = kFirstLane[_mm_movemask_ps(_mm_cmpeq_ps(v, m))];
  *value = _mm_cvtss_f32(m);
  return lane;
}

// Pre-gathered transition rows, one table per list of 2-8 candidate tags.
//
// A column after 2-8 cells adds to the previous scores, lane p, the
// transition from the previous column's tag p to the candidate's tag: four
// (or eight) scattered loads and the shuffles that pack them, with a row
// pointer per previous cell held in registers or spilled (the 5-8 case
// reloaded three a candidate), and each cell stored its row for the next
// column. These transitions depend only on the previous column's tag list
// (a lexicon entry or shape class) and the candidate's tag, so a table per
// tag list holds them packed: for a list of up to four tags, row
// kTableRow[next] is the four floats Transition(tag p, next), p = 0..3; for
// five to eight tags, eight floats. The rows are in kTableRow's order (the
// tags most asked for first, lexicon.h), not the enum's, so that a table's
// reads fall in its first lines: the rows' L2-sized read misses on
// te3silver fell 325k -> 267k (stop 25 h-tag10); the candidate carries its
// row (TagScore::row), so the loop indexes by it as it did by the tag. A
// one-tag list's "table" is its row of the
// transition table, which the arena starts with (a copy), so that every
// column leaves one pointer for the next, whatever its count, and the
// one-tag lists (most tokens) read the 8 KB they read before: as 4-lane
// tables they were 34 KB, and the loop's L1 misses rose by a quarter.
// Lanes past the list's length hold -inf, so their sums are -inf whatever stale score the lane holds (no score is +inf or
// NaN), as when the scores were masked to -inf there: the column's sums,
// its maximum and its first best lane are the ones of the gathered loads.
// (Lists are never empty: Candidates() always gives a tag.)
//
// The tables are per thread and filled on first sight of a tag list (a
// candidate-memo miss finds its list's table here; the memo slot keeps its
// offset): a news corpus uses a few hundred lists, ~0.7 KB each for up to
// four tags. Offsets, not pointers, because the arena grows.
class GatherTables {
 public:
  // Empties the tables and makes the start state's (for the transitions
  // `trans` of another tagger).
  void Reset(const float* trans) {
    rows_.assign(LinesOf(kNumTags * kNumTags), Line{});  // the tables after it start on a line
    std::memcpy(rows_.data(), trans, sizeof(float) * kNumTags * kNumTags);
    index_.assign(1024, {0, 0});
    used_ = 0;
    start_ = Offset(&kFixed[static_cast<int>(Tag::PP)], 1, trans);
  }
  const float* base() const { return reinterpret_cast<const float*>(rows_.data()); }

  // The offset (in floats from base()) of the table of cands[0, count),
  // 1 <= count <= 8, built from `trans` (kNumTags x kNumTags) if new; for
  // one tag, its row of the copy of `trans`. Out
  // of line: called on memo misses only, and inlined it took registers
  // from the Viterbi loop; the table's construction is a call of its own,
  // so the lookup saves no registers.
  __attribute__((noinline)) uint32_t Offset(const TagScore* cands, uint32_t count, const float* trans) {
    // The list's key: its length and six bits a tag (kNumTags <= 64), 52
    // bits for eight tags; never 0 (count >= 2), the empty slot's key.
    static_assert(kNumTags <= 64);
    if (count == 1) return static_cast<uint32_t>(static_cast<int>(cands[0].tag) * kNumTags);
    uint64_t key = count;
    for (uint32_t i = 0; i < count; ++i) key |= static_cast<uint64_t>(cands[i].tag) << (4 + 6 * i);
    const size_t mask = index_.size() - 1;
    size_t at = (key * 0x9E3779B97F4A7C15ull) >> 40 & mask;
    for (; index_[at].first != 0; at = (at + 1) & mask)
      if (index_[at].first == key) return index_[at].second;
    return Add(cands, count, trans, key, at);
  }
  // The offset of the start state's list (pp), built by Reset().
  uint32_t start() const { return start_; }

 private:
  // Builds the table of a list not seen before, whose key belongs in the
  // empty index slot `at`.
  __attribute__((noinline)) uint32_t Add(const TagScore* cands, uint32_t count, const float* trans, uint64_t key,
                                         size_t at) {
    const uint32_t lanes = count <= 4 ? 4 : 8;
    const size_t first = rows_.size();
    rows_.resize(first + LinesOf(kNumTags * lanes));
    float* g = reinterpret_cast<float*>(rows_.data() + first);
    // Lane by lane, each from its tag's row of `trans` (or -inf past the
    // list): the same values as a walk over (next, p) that chose between
    // the two per entry, ~18 instructions an entry (2.5M on te3silver's 567
    // tables, a thread's first sight of each list), now ~5.
    for (uint32_t p = 0; p < lanes; ++p) {
      if (p < count) {
        const float* const from = trans + static_cast<int>(cands[p].tag) * kNumTags;
        for (int next = 0; next < kNumTags; ++next) g[kTableRow[next] * lanes + p] = from[next];
      } else {
        constexpr float kMinusInf = -std::numeric_limits<float>::infinity();
        for (int next = 0; next < kNumTags; ++next) g[kTableRow[next] * lanes + p] = kMinusInf;
      }
    }
    const uint32_t offset = static_cast<uint32_t>(first * kLineFloats);
    index_[at] = {key, offset};
    if (++used_ * 2 > index_.size()) Grow();
    return offset;
  }
  void Grow() {
    std::vector<std::pair<uint64_t, uint32_t>> old(index_.size() * 2, {0, 0});
    old.swap(index_);
    const size_t mask = index_.size() - 1;
    for (const auto& e : old) {
      if (e.first == 0) continue;
      size_t at = (e.first * 0x9E3779B97F4A7C15ull) >> 40 & mask;
      while (index_[at].first != 0) at = (at + 1) & mask;
      index_[at] = e;
    }
  }

  // Every table starts on a cache line (a vector of over-aligned lines is
  // allocated aligned): its hot rows, first in kTableRow's order, fill
  // its first lines instead of straddling one more (a 16-byte aligned
  // start split the first eight rows of a 2-4 tag table over three lines
  // three times in four). Padding: up to 60 bytes a table.
  static constexpr size_t kLineFloats = 16;
  struct alignas(64) Line {
    float f[kLineFloats];
  };
  static constexpr size_t LinesOf(size_t floats) { return (floats + kLineFloats - 1) / kLineFloats; }
  std::vector<Line> rows_;                            // the tables, line-aligned (movaps needs 16 bytes)
  std::vector<std::pair<uint64_t, uint32_t>> index_;  // open addressing: key -> offset
  size_t used_ = 0;
  uint32_t start_ = 0;
};
#endif

}  // namespace

Tagger::Tagger(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id.fetch_add(1);
}

namespace {

// The candidates of a lower-case word whose surface is its `lower` (see
// Candidates). Out of line: the general path's registers stay its own.
__attribute__((noinline)) std::span<const TagScore> LowerWordCandidates(const Lexicon& lex, const Token& t) {
  const std::string_view low = t.lower;
  const uint64_t exact = HasE2(low) ? HashFoldingApostrophes(low) : t.lower_hash;
  if (auto c = lex.Find(exact); !c.empty()) return c;
  const size_t hyphen = LastHyphen(low);
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < low.size()) {
    return lex.Has(TokenHash(low.substr(hyphen + 1)), Tag::JJ) ? lex.Class(WordClass::kHypAdj)
                                                               : lex.Class(WordClass::kHyp);
  }
  return lex.Class(SuffixClass(low));
}

// Candidates() of every token but the lower-case words LowerWordCandidates
// takes. Out of line, so that Candidates() itself is the flag test and a
// jump: with this body inlined, its register saves ran for the lower-case
// words too (~18 instructions a call).
__attribute__((noinline)) std::span<const TagScore> OtherCandidates(const Lexicon& lex, const Doc& doc,
                                                                    const Sentence& sentence, uint32_t i) {
  const Token& t = doc.tokens[i];
  std::string_view surface = doc.text(t.span);
  if (surface.empty()) return Fixed(Tag::SYM);
  if (t.has(kHandle)) return Fixed(Tag::NNP);
  if (t.has(kUrl)) return Fixed(Tag::NN);

  bool e2 = HasE2(surface);
  if (t.has(kPunct) || IsPunctOnly(surface)) {
    Tag p = PunctTag(surface, t.flags);
    if (p != Tag::kNone) return Fixed(p);
    // "'" may be a possessive ("the countries' leaders"), "&" a conjunction.
    auto c = lex.Find(e2 ? HashFoldingApostrophes(surface) : TokenHash(surface));
    return c.empty() ? Fixed(Tag::PPS) : c;
  }
  if (IsNumber(surface)) return Fixed(Tag::CD);

  // Exact form first: the lexicon is case-sensitive ("US" vs "us").
  bool same_case = surface.size() == t.lower.size() && !t.has(kCapitalized) && !t.has(kAllCaps) &&
                   !IsUpper(surface[0]);
  uint64_t exact = same_case ? t.lower_hash : TokenHashInline(surface);
  if (e2) exact = HashFoldingApostrophes(surface);
  const bool initial = !same_case && AtClauseStart(doc, sentence, i);
  if (initial)
    if (auto c = lex.FindInitial(exact); !c.empty()) return c;
  if (auto c = lex.Find(exact); !c.empty()) {
    // A capitalised word inside a sentence that the 1989 lexicon saw only
    // as a foreign word ("Shalom", "Salaam", "Viva") is a name in today's
    // news: as FW it cut "Silvan Shalom" short and the bigrams read the
    // verb after it ("criticized") as a participle, so the clause lost it.
    if (!same_case && !initial && !sentence.headline && !t.has(kAllCaps) && c.size() == 1 && c[0].tag == Tag::FW)
      return Fixed(Tag::NNP);
    return c;
  }

  // Lower-case form where the capital carries no information.
  if (!same_case && (t.has(kAllCaps) || sentence.headline || initial)) {
    uint64_t low = e2 ? HashFoldingApostrophes(t.lower) : t.lower_hash;
    if (auto c = lex.Find(low); !c.empty()) return c;
  }

  // Unknown word: its shape class.
  std::string_view low = t.lower;
  if (IsDigit(surface[0])) return lex.Class(WordClass::kOrd);
  bool letters = false;
  for (char ch : surface)
    if (IsUpper(ch) || IsLower(ch) || static_cast<unsigned char>(ch) >= 0x80) {
      letters = true;
      break;
    }
  if (!letters) return lex.Class(WordClass::kSym);
  bool all_caps = IsUpper(surface[0]);
  for (size_t k = 1; all_caps && k < surface.size(); ++k)
    all_caps = IsUpper(surface[k]) || surface[k] == '.' || surface[k] == '-';
  if (all_caps || t.has(kAllCaps)) return lex.Class(WordClass::kAbr);
  // The last hyphens by memrchr: rfind's byte loop from the end was ~1.7M
  // instructions on te3silver's unknown words (most have no hyphen, so
  // both loops ran to the first byte).
  size_t hyphen = LastHyphen(low);
  // Capitalised on both sides of the hyphen is a name ("Al-Qaeda"); else the
  // hyphen classes decide ("pro-Palestinian", "war-torn").
  // With kPlainCase, `lower` is the surface's bytes or differs in the
  // first byte only, an ASCII letter either way (doc.h): every hyphen is
  // at the same index in both, so the surface's last one is `lower`'s
  // (a second memrchr for each unknown capitalised word, ~11,000 on
  // te3silver, spared).
  size_t surface_hyphen = t.has(kPlainCase) ? hyphen : LastHyphen(surface);
  bool name_like = IsUpper(surface[0]) && surface_hyphen != std::string_view::npos &&
                   surface_hyphen + 1 < surface.size() && IsUpper(surface[surface_hyphen + 1]);
  if (!name_like && hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < low.size()) {
    return lex.Has(TokenHash(low.substr(hyphen + 1)), Tag::JJ) ? lex.Class(WordClass::kHypAdj)
                                                               : lex.Class(WordClass::kHyp);
  }
  WordClass suffix = SuffixClass(low);
  if (IsUpper(surface[0]) || t.has(kCapitalized)) {
    if (initial) {
      // "Hezbollah said" or "Drones struck": let a telling suffix compete.
      if (suffix != WordClass::kUnknown) return lex.InitialClass(suffix);
      return lex.Class(WordClass::kCapNotS);
    }
    // Inside a sentence an unknown capitalised word is a name: the -cap-
    // class's NN/JJ share made "in south Ithilen on" a common noun.
    if (suffix != WordClass::kS) return Fixed(Tag::NNP);
    return lex.Class(WordClass::kCap);
  }
  return lex.Class(suffix);
}

// The candidates of a title-case word whose `lower` is its surface with
// the first byte lower-cased ("Minister", "Tovarin": kPlainCase with
// kCapitalized, see Candidates), the other half of the memo's first
// sightings (te3silver: ~19,000 of ~47,000 Candidates calls). The general
// path (OtherCandidates) gives such a token the same list, step by step:
// the surface is not empty and no handle, URL or punctuation (flags, and
// IsPunctOnly stops at the capital), no number (IsNumber wants a digit,
// or a sign or point and then a digit, first), same_case is false
// (kCapitalized), so `exact` is the surface's hash (or its
// apostrophe-folded hash) and `initial` is AtClauseStart's answer; the
// foreign-word rule's !same_case and !kAllCaps hold, and the lower-case
// retry is asked only at a clause start or in a headline (no kAllCaps).
// An unknown word is not a digit's ordinal (a capital first byte) and has
// letters (that capital), so the abbreviation class is the capital plus
// nothing but points and hyphens ("A.", "B-"); the surface's bytes past
// the first are `lower`'s, so its last hyphen and the byte after it are
// `lower`'s (name_like read there); the capital branch then applies. It
// skips the empty, handle and URL tests, IsPunctOnly, IsNumber, the
// same_case test, the digit and letters scans and the lower-case branch.
// A token whose surface does not start with an ASCII capital (another
// producer's flags) goes the general way.
__attribute__((noinline)) std::span<const TagScore> TitleWordCandidates(const Lexicon& lex, const Doc& doc,
                                                                        const Sentence& sentence, uint32_t i) {
  const Token& t = doc.tokens[i];
  const std::string_view surface = doc.text(t.span);
  const std::string_view low = t.lower;
  if (surface.empty() || !IsUpper(surface[0]) || surface.size() != low.size())
    return OtherCandidates(lex, doc, sentence, i);
  const bool e2 = HasE2(surface);
  const uint64_t exact = e2 ? HashFoldingApostrophes(surface) : TokenHashInline(surface);
  const bool initial = AtClauseStart(doc, sentence, i);
  if (initial)
    if (auto c = lex.FindInitial(exact); !c.empty()) return c;
  if (auto c = lex.Find(exact); !c.empty()) {
    // The foreign-word rule of OtherCandidates ("Shalom" inside a sentence).
    if (!initial && !sentence.headline && c.size() == 1 && c[0].tag == Tag::FW) return Fixed(Tag::NNP);
    return c;
  }
  if (initial || sentence.headline) {
    const uint64_t lh = e2 ? HashFoldingApostrophes(low) : t.lower_hash;
    if (auto c = lex.Find(lh); !c.empty()) return c;
  }
  bool all_caps = true;
  for (size_t k = 1; all_caps && k < surface.size(); ++k)
    all_caps = IsUpper(surface[k]) || surface[k] == '.' || surface[k] == '-';
  if (all_caps) return lex.Class(WordClass::kAbr);
  const size_t hyphen = LastHyphen(low);
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < low.size() && !IsUpper(low[hyphen + 1])) {
    return lex.Has(TokenHash(low.substr(hyphen + 1)), Tag::JJ) ? lex.Class(WordClass::kHypAdj)
                                                               : lex.Class(WordClass::kHyp);
  }
  const WordClass suffix = SuffixClass(low);
  if (initial) {
    if (suffix != WordClass::kUnknown) return lex.InitialClass(suffix);
    return lex.Class(WordClass::kCapNotS);
  }
  if (suffix != WordClass::kS) return Fixed(Tag::NNP);
  return lex.Class(WordClass::kCap);
}

}  // namespace

// Out of line: inlined into TagSentence's miss path, it took registers from
// the Viterbi loop (TagSentence +2.5M instructions on te3silver).
__attribute__((noinline)) std::span<const TagScore> Tagger::Candidates(const Doc& doc, const Sentence& sentence,
                                                                       uint32_t i) const {
  const Lexicon& lex = *lexicon_;
  const Token& t = doc.tokens[i];
  // Fast path for a lower-case word, most of the memo's first sightings
  // (~25,000 of te3silver's ~47,000 Candidates calls): kPlainCase without
  // a capital flag says `lower` is the surface's own bytes (doc.h), and
  // its first byte is 'a'..'z'. For such a token the general path
  // (OtherCandidates) returns what LowerWordCandidates does, step by step: the surface is
  // not empty and no handle, URL or punctuation (flags; IsPunctOnly stops
  // at the letter), no number (IsNumber wants a digit first), same_case
  // holds (same bytes, no capital flags, no capital first byte), so
  // `exact` is lower_hash (or the apostrophe-folded hash of the same
  // bytes), `initial` is false and FindInitial is not asked, a lexicon
  // entry is returned as it is (the foreign-word rule wants !same_case),
  // the lower-case retry wants !same_case; an unknown word has letters and
  // no capital first byte, so neither the digit, symbol, abbreviation nor
  // name-with-hyphen classes apply (the last wants a capital first byte),
  // and of the capital branch nothing applies: the hyphen classes by the
  // last hyphen of `lower` (the surface's), else the suffix class. It
  // skips IsPunctOnly, IsNumber, the surface's bounds-checked view, the
  // letters and capitals scans and the surface's own memrchr.
  // A title-case word (kPlainCase with kCapitalized alone) takes
  // TitleWordCandidates, a shorter path of its own for the same reason.
  constexpr uint16_t kNotWord = kAllCaps | kHandle | kUrl | kPunct;
  const uint16_t shape = t.flags & (kPlainCase | kCapitalized | kNotWord);
  if (shape == kPlainCase && !t.lower.empty() && IsLower(t.lower[0])) return LowerWordCandidates(lex, t);
  if (shape == (kPlainCase | kCapitalized)) return TitleWordCandidates(lex, doc, sentence, i);
  return OtherCandidates(lex, doc, sentence, i);
}

void Tagger::TagSentence(Doc& doc, const Sentence& sentence) const {
  const uint32_t n = sentence.tokens.size();
  if (n == 0) return;
  // The lattice: one column of candidate cells per token. Scratch buffers are
  // per thread (the component is shared read-only across workers) and keep
  // their capacity, so steady-state tagging allocates nothing.
  //
  // Layout for speed: a column has at most kMaxCands cells (an entry packs
  // its tag count in 4 bits, so at most 15), so cell storage is sized once
  // per sentence and written through a raw pointer instead of push_back, and
  // the previous column's scores and tags sit in small local arrays the
  // compiler keeps in cache. The arithmetic and the tie-breaking (strict >,
  // the first best wins) are those of the push_back version, so the chosen
  // path, and the output, are the same.
  //
  // A cell is only what the back-trace reads, its tag and the index of its
  // best predecessor: the scores are read only from the previous column,
  // which prev_score holds, and after the last column prev_score holds the
  // final cells' scores.
  struct Cell {
    uint8_t back;  // index of the best cell in the previous column
    Tag tag;
  };
  auto make_cell = [](uint32_t back, Tag tag) { return Cell{static_cast<uint8_t>(back), tag}; };
  auto cell_back = [](Cell c) { return static_cast<uint32_t>(c.back); };
  auto cell_tag = [](Cell c) { return c.tag; };
  constexpr uint32_t kMaxCands = 16;
  thread_local std::unique_ptr<Cell[]> cell_buf;
  thread_local size_t cell_cap = 0;
  // Column k (token first + k) starts at cells + kMaxCands * (k + 1), a
  // fixed stride, and the start state is cells[0]: the back-trace finds a
  // column from its index, so the loop keeps no table of column starts
  // (an array of pointers written each token, whose cursor and a count
  // for the next free cell lived in stack slots: ~3 instructions a token,
  // and a load a token in the back-trace). 32 bytes a token, as the
  // buffer was sized before; a column writes only its own cells.
  const size_t need = (static_cast<size_t>(n) + 1) * kMaxCands;
  if (cell_cap < need) {
    cell_cap = need * 2;
    cell_buf.reset(new Cell[cell_cap]);
  }
  Cell* cells = cell_buf.get();
  // Raw pointers and values for what the loop reads, in locals: the cells
  // hold a uint8_t, which may alias anything, so after each cell write the
  // compiler would otherwise reload every vector's data pointer from
  // memory (about a tenth of the loop's instructions).
  const Token* const toks = doc.tokens.data();
  const char* const text = doc.article.text.data();

  const Lexicon& lex = *lexicon_;
  // Row r of the transition table is trans + r * kNumTags (TransitionsFrom),
  // with the table's address held here for the same reason.
  const float* const trans = lex.TransitionsFrom(static_cast<Tag>(0));
  auto row_of = [trans](Tag t) { return trans + static_cast<int>(t) * kNumTags; };
  // Cell 0 is the start state: a sentence end (pp), as in the lexicon's
  // training.
  cells[0] = make_cell(0, Tag::PP);
  // Four spare entries: the SIMD path pads a column to a multiple of four.
  alignas(16) float prev_score[kMaxCands + 4];
  // Every score starts as -inf or a score (entries past the previous
  // column's cells keep an older column's, or these): the SIMD paths of up
  // to eight previous cells read lanes past prev_count, whose sums the
  // gathered rows' -inf lanes make -inf (GatherTables).
  std::fill(std::begin(prev_score), std::end(prev_score), -std::numeric_limits<float>::infinity());
  prev_score[0] = 0.0f;
  uint32_t prev_count = 1;
  // The previous column's transitions: up to eight cells, its tag list's
  // gathered rows (`gathered`, SSE2); more (or without SSE2), a row per
  // cell (prev_row, and one_row for one cell). Set after each column from
  // its candidate list, not per cell.
  const float* prev_row[kMaxCands + 4];  // lex.TransitionsFrom(tag of previous cell p)
  std::fill(std::begin(prev_row), std::end(prev_row), trans);
#if !defined(__SSE2__)
  const float* one_row = lex.TransitionsFrom(Tag::PP);
#endif
  // A per-thread memo of Candidates() for tokens whose lower-case form is
  // their surface (same bytes, no capital flags): most words and all
  // punctuation. Safe: for such a token Candidates() never looks at the
  // sentence or the neighbours (its `initial` and headline tests apply only
  // to tokens with capitals) and reads only the surface (= lower, so
  // lower_hash identifies it, as in every lexicon lookup) and the flags in
  // kMemoFlags; the key holds all of that (capitalised words are added
  // below, with more in their key), and the table belongs to one
  // tagger at a time (memo_owner, this tagger's unique id_: another tagger
  // on the same thread empties it first). Lists of up to kInline tags are
  // copied into the slot (below); longer ones point into the lexicon,
  // which the tagger keeps alive.
  //
  // Size: a news corpus has some 17,000 distinct lower-case words and,
  // with the capital and position bits of the key, ~39,000 distinct keys
  // (te3silver; Reuters ~83,000). Direct-mapped, the memo then misses on
  // keys it has seen before but lost to another key in their slot: with
  // 32,768 slots 26,600 of te3silver's 65,900 misses were such, and each
  // miss costs ~300 instructions (Candidates, the gathered table's lookup,
  // the slot's fill) and the lexicon probe's cache misses. 131,072 slots
  // (8 MB a thread, in the huge-page heap) leave 7,500 of them (46,800
  // misses); 65,536 left 14,500 (stop 31 h-speed10). Two ways per set
  // (a pair of slots, the new key in its own slot and the old one moved
  // to the other) missed more at 32,768 slots (62,200: the moves evict
  // hot keys) and cost instructions on every hit in the second way.
  //
  // The key is one 64-bit word, lower_hash XOR the flags spread by an odd
  // multiplier (memo_key), compared once; the word's identity is its 64-bit
  // hash here as in every lexicon lookup, and distinct flags of one word
  // give distinct keys (multiplying by an odd number is one-to-one). It
  // replaces three compares (hash, `lower`'s length, flags; ~4
  // instructions a token). An empty slot i holds the key i ^ 1, which a
  // token probing slot i cannot have (its key's low bits are i).
  //
  // One cache line a slot, the list inside it (stop 24). A hit used to
  // read three scattered lines: the slot (24 bytes, a quarter of them
  // straddling two lines), the list in the lexicon's scores and the
  // gathered transitions; for the corpus's rarer words each missed
  // (te3silver, cachegrind with a 512 KB L2: ~310k, ~300k and ~340k
  // L2-sized misses). A 64-byte slot, aligned, holds a list of up to five
  // tags itself (`inline_list`: a copy of the lexicon's or kFixed's
  // TagScores, the same values, so the same sums and the same output), and
  // `cands` points at that copy, so a hit loads the same three fields as
  // before and the Viterbi loop is unchanged. Longer lists ("that", "up",
  // "back") point into the lexicon: they are common words, whose lines stay
  // in the caches. The cost is memory: 2 MB a thread where the slots were
  // 768 KB (8 MB since the memo has four times the slots, see Size).
  // Smaller slots were tried (docs/performance.md, stop 24 h-tag9):
  // 16-byte slots missed as often as the 24-byte ones (a rare word's slot
  // is a miss whatever the table's size), and lists of two tags in a
  // 32-byte slot, chosen by the count, cost ~6M instructions in spills.
  constexpr uint32_t kInline = 5;
  struct alignas(64) MemoSlot {
    uint64_t key;
    const TagScore* cands;  // inline_list if count <= kInline, else the lexicon's entry
    uint32_t count;
    uint32_t gather;                // GatherTables offset of the list (2-8 tags, SSE2), else 0
    TagScore inline_list[kInline];  // count <= kInline: a copy of the list
  };
  static_assert(sizeof(MemoSlot) == 64);
  auto memo_key = [](uint64_t lower_hash, uint16_t flags) {
    // An odd multiplier below 2^31: an immediate of `imul` (a 64-bit one
    // was loaded into a register each token).
    return lower_hash ^ (static_cast<uint64_t>(flags) * 0x61C88647u);
  };
  constexpr uint16_t kMemoFlags = kHandle | kUrl | kPunct | kOpenQuote | kCloseQuote;
  constexpr uint16_t kKeyInitial = 1u << 14, kKeyHeadline = 1u << 15;
  static_assert(((kMemoFlags | kCapitalized | kAllCaps) & (kKeyInitial | kKeyHeadline)) == 0);
  constexpr size_t kMemoSlots = 131072;
  // Raw storage, not `new MemoSlot[]`: neither value-initialised (a
  // vector's 2 MB memset was ~2M instructions on each thread's first
  // sentence) nor default-initialised, which ran the inline TagScores' own
  // initialisers, five a slot (0.4M instructions a thread at 32,768 slots,
  // 1.4M with the reset at 131,072). The reset below writes every key, and
  // the other fields are read only after a key matched, which only
  // fill_slot's keys do. MemoSlot is an aggregate, so an implicit-lifetime
  // type: the allocation creates its objects (C++20 [intro.object]).
  struct FreeMemo {
    void operator()(MemoSlot* p) const { ::operator delete[](p, std::align_val_t{alignof(MemoSlot)}); }
  };
  thread_local std::unique_ptr<MemoSlot[], FreeMemo> memo(static_cast<MemoSlot*>(
      ::operator new[](sizeof(MemoSlot) * kMemoSlots, std::align_val_t{alignof(MemoSlot)})));
  thread_local uint64_t memo_owner = 0;
#if defined(__SSE2__)
  // Belongs to the memo's owner as the memo does: built from its lexicon's
  // transitions, and the memo slots hold offsets into it.
  thread_local GatherTables gather_tables;
#endif
  if (memo_owner != id_) {
    // Through a plain pointer: by the thread-local unique_ptr the loop
    // reloaded it each slot (8 instructions a slot).
    MemoSlot* const slots = memo.get();
    for (size_t i = 0; i < kMemoSlots; ++i) slots[i].key = static_cast<uint64_t>(i ^ 1);
#if defined(__SSE2__)
    gather_tables.Reset(trans);
#endif
    memo_owner = id_;
  }
  MemoSlot* const memo_slots = memo.get();
  // Fills slot m for the list c[0, count) (memo misses only).
  auto fill_slot = [](MemoSlot& m, uint64_t key, const TagScore* c, uint32_t count, uint32_t gather) {
    if (count <= kInline) {
      // A loop, not std::copy: that called memmove for 1-5 entries.
      for (uint32_t i = 0; i < count; ++i) m.inline_list[i] = c[i];
      c = m.inline_list;
    }
    m.key = key;
    m.cands = c;
    m.count = count;
    m.gather = gather;
  };
  // The gathered rows' offset for a list of `count` candidates (0 where no
  // column reads it: more than eight candidates, or no SSE2).
  auto gather_offset = [&](const TagScore* c, uint32_t count) -> uint32_t {
#if defined(__SSE2__)
    if (count <= 8) return gather_tables.Offset(c, count, trans);
#else
    (void)c, (void)count;
#endif
    return 0;
  };
#if defined(__SSE2__)
  // Reloaded after each call of Offset(), which may grow the arena.
  const float* gather_base = gather_tables.base();
  const float* gathered = gather_base + gather_tables.start();  // the start state's
#endif
  // After an Offset() call (memo misses only): the arena may have moved,
  // so the previous column's table is found again by its offset.
  auto rebase = [&] {
#if defined(__SSE2__)
    const float* const moved = gather_tables.base();
    gathered = moved + (gathered - gather_base);
    gather_base = moved;
#endif
  };
  // In locals for the same reason as the pointers above: `sentence` is a
  // reference, reloaded after every cell store.
  const uint32_t first = sentence.tokens.begin;
  const uint16_t headline_key = sentence.headline ? kKeyHeadline : 0;
  // A walk over the tokens and the column starts by pointer: with an index
  // GCC kept the index, the column pointer and the end in stack slots
  // (the loop holds more values than there are registers), and rebuilt the
  // token's address from the index each round. The token's index is
  // needed only off the memo's hit path.
  const Token* const tok_end = toks + first + n;
  // Software prefetch of every token's memo slot, before the sentence's
  // first column. The slot key's misses (~310k L2-sized on te3silver,
  // stop 24 h-tag9) are the corpus's rarer words, whose line is evicted
  // by the other stages between two uses of the word whatever the memo's
  // size; the keys are known from the token array before any column is
  // computed. All of the sentence at once, not token i + D in the column
  // loop: there the clamp at the document's end and two reloads from the
  // stack (the loop has no free register) made it ~14 instructions a
  // token for no more gain (D = 2, 4, 8, measured); here it is ~10 in a
  // loop of its own, the lines are fetched in parallel, and a slot is
  // wanted one to ~27 columns (~150 instructions each) after its fetch
  // was issued: only the first token or two gain nothing. The key is that
  // of a plain or title word without the clause-start and headline bits
  // (a capitalised word there gets a useless prefetch, as do tokens the
  // memo does not key: a prefetch changes no result). te3silver, one
  // thread, interleaved under chrt: loop min and median -4% to -5%
  // (docs/performance.md, stop 24 h-prefetch).
  for (const Token* tp = toks + first; tp != tok_end; ++tp) {
    const uint64_t key = memo_key(tp->lower_hash, tp->flags & (kMemoFlags | kCapitalized));
    __builtin_prefetch(memo_slots + (key & (kMemoSlots - 1)));
  }
  Cell* column_cells = cells;  // this column's cells, after the step below
  for (const Token* tp = toks + first; tp != tok_end; ++tp) {
    const Token& tok = *tp;
    auto index = [tp, toks] { return static_cast<uint32_t>(tp - toks); };
    // The candidates and their number. Never more than kMaxCands: every
    // list is one fixed tag or a lexicon entry, whose count Unpack() masks
    // to 4 bits (<= 15); `clamp` only keeps the local arrays safe should
    // that change. A memo slot holds a clamped count, so a hit (most
    // tokens) needs no clamp.
    const TagScore* cands;
    uint32_t count;
    uint32_t gather;  // gather_offset(cands, count)
    auto clamp = [](size_t c) { return c < kMaxCands ? static_cast<uint32_t>(c) : kMaxCands; };
    uint16_t f = 0;
    bool memo_ok = false;
    // The two memo conditions below, a lower-case token whose `lower` is
    // its surface and a capitalised one whose surface is `lower` with the
    // first letter upper-cased, are what the segmenter's kPlainCase says
    // (with the same capital flags), so its tokens, nearly all, are keyed
    // on one load and compare of the flags; the byte comparisons (~12
    // instructions a token, and a memcmp call a capitalised word) are left
    // for tokens without it (all capitals, non-ASCII capitals, tokens made
    // by other producers). Same keys, so the same hits and misses.
    const uint16_t tf = tok.flags;
    const uint16_t shape = tf & (kPlainCase | kCapitalized | kAllCaps);
    bool title = false;
    if (shape == kPlainCase) {
      memo_ok = true;
    } else if (shape == (kPlainCase | kCapitalized)) {
      memo_ok = title = true;
    } else if (tok.lower.data() == text + tok.span.begin && tok.lower.size() == tok.span.size() &&
               !(tf & (kCapitalized | kAllCaps))) {
      memo_ok = true;
    } else if ((tf & (kCapitalized | kAllCaps)) == kCapitalized &&
               IsTitleOfLower(text + tok.span.begin, tok.span.size(), tok.lower)) {
      memo_ok = title = true;
    } else if ((tf & (kCapitalized | kAllCaps)) == (kCapitalized | kAllCaps) &&
               IsUpperOfLower(text + tok.span.begin, tok.span.size(), tok.lower)) {
      // An all-capitals word ("AFP", "NATO", "U.S.") whose surface is its
      // `lower` upper-cased: keyed like a title word, with kAllCaps in the
      // key (below). Unkeyed, each of these called Candidates (~9,700 on
      // te3silver at ~270 instructions); the same few agencies and
      // acronyms recur, so most now hit.
      memo_ok = title = true;
    }
    if (!title) {
      f = tf & kMemoFlags;
    } else {
      // A capitalised word whose surface is its lower-case form with the
      // first letter upper-cased ("Minister", "Bogotá"), or with every
      // ASCII letter upper-cased ("NATO"): the surface is a function of
      // `lower` and the capital flags, so lower_hash and the flags identify
      // it too. Candidates() then depends on it, the flags, `initial` and
      // the headline bit, all in the key (the two bits are not token flags
      // of kMemoFlags; kAllCaps tells the two shapes apart, and is clear for
      // every title word, so their keys are as before).
      f = static_cast<uint16_t>((tf & (kMemoFlags | kCapitalized | kAllCaps)) |
                                (AtClauseStart(doc, sentence, index()) ? kKeyInitial : 0) | headline_key);
    }
    if (memo_ok) {
      const uint64_t key = memo_key(tok.lower_hash, f);
      MemoSlot& m = memo_slots[key & (kMemoSlots - 1)];
      if (m.key == key) {
        cands = m.cands;
        count = m.count;
        gather = m.gather;
      } else {
        const std::span<const TagScore> c = Candidates(doc, sentence, index());
        cands = c.data();
        count = clamp(c.size());
        gather = gather_offset(cands, count);
        rebase();
        fill_slot(m, key, cands, count, gather);
      }
    } else {
      const std::span<const TagScore> c = Candidates(doc, sentence, index());
      cands = c.data();
      count = clamp(c.size());
      gather = gather_offset(cands, count);
      rebase();
    }
    // Told to the compiler (count is clamped above and in the memo): with
    // the bound known, GCC compiles the column loops without its paths for
    // longer counts and allocates the loop's registers better (te3silver
    // `Tagger::Run` 124.4M -> 121.7M instructions).
    if (count > kMaxCands) __builtin_unreachable();
    // This column's cells, so the loops below index them by ci alone.
    column_cells += kMaxCands;
    constexpr float kMinusInf = -std::numeric_limits<float>::infinity();
    if (prev_count == 1) {
      // One previous cell (the previous token had one candidate: most
      // punctuation, numbers, names and many function words): the loop
      // below would run once per candidate, so its result is written
      // directly: v itself (the loop's `v > -inf ? v : -inf` differs from v
      // only for a NaN, and scores are never NaN, see FirstMax).
      const float s0 = prev_score[0];
#if defined(__SSE2__)
      // The one tag's "table": its transition row (GatherTables).
      auto row0_at = [g = gathered](int next) { return g[next]; };
#else
      auto row0_at = [row0 = one_row](int next) { return row0[next]; };
#endif
      // One candidate after one cell (a name or punctuation after a word
      // with one reading): no loop, whose set-up GCC made ~10 instructions.
      if (count == 1) {
        const TagScore& c = cands[0];
        column_cells[0] = make_cell(0, c.tag);
        prev_score[0] = (s0 + row0_at(static_cast<int>(c.tag))) + c.score;
      } else {
        for (uint32_t ci = 0; ci < count; ++ci) {
          const TagScore& c = cands[ci];
          const float v = s0 + row0_at(static_cast<int>(c.tag));
          const float score = v + c.score;
          column_cells[ci] = make_cell(0, c.tag);
          prev_score[ci] = score;
        }
      }
    } else {
#if defined(__SSE2__)
      // Several previous cells: each candidate's best predecessor is the
      // first p with the largest prev_score[p] + Transition(tag of p, tag),
      // four p at a time in SSE2 lanes (FirstMax). Same sums, same
      // predecessor and score as the scalar loop in the #else branch: on
      // te3silver 3.8M transitions at ~11 instructions each became ~1M
      // candidates at ~25. Up to eight previous cells, the transitions come
      // pre-gathered, one aligned load a block (GatherTables), and the
      // lanes past prev_count sum to -inf there, so they never win over a
      // real cell and never decide a tie (a real -inf lane comes first).
      if (prev_count <= 4) {
        // One block: the previous column in registers, so this column's
        // scores can be overwritten as it is computed.
        const __m128 ps = _mm_load_ps(prev_score);
        const float* const g = gathered;
        auto fill = [&](uint32_t ci) {
          const TagScore& c = cands[ci];
          // The row by c.row (kTableRow), one byte load more than by the
          // tag, which the cell needs as well.
          const __m128 v = _mm_add_ps(ps, _mm_load_ps(g + 4 * c.row));
          float best;
          const uint32_t back = FirstMax(v, &best);
          const float score = best + c.score;
          column_cells[ci] = make_cell(back, c.tag);
          prev_score[ci] = score;
        };
        // One candidate without the loop, as after one cell above.
        if (count == 1) {
          fill(0);
        } else {
          for (uint32_t ci = 0; ci < count; ++ci) fill(ci);
        }
      } else if (prev_count <= 8) {
        // 5-8 previous cells (the token before has many readings: "that",
        // "up", "'s"): two blocks, held in registers like the one-block
        // case, so this column's scores are overwritten as it is computed
        // (no scratch scores and copy-back). On te3silver every column
        // with more than four previous cells has at most eight (119,664
        // columns, 278,089 candidates); the block loop below took ~88
        // instructions a candidate, storing and rescanning its sums.
        //
        // Same result as the block loop: the maximum of the eight sums is
        // the same (no NaN), and the first lane equal to it is the first p
        // with the largest sum; its value is the maximum's bits (no score
        // is -0, see FirstMax). A mask of 0 (a NaN) gives lane 0, as the
        // loop's `back = 0`.
        const __m128 ps0 = _mm_load_ps(prev_score);
        const __m128 ps1 = _mm_load_ps(prev_score + 4);
        const float* const g = gathered;
        auto fill = [&](uint32_t ci) {
          const TagScore& c = cands[ci];
          const __m128 v0 = _mm_add_ps(ps0, _mm_load_ps(g + 8 * c.row));
          const __m128 v1 = _mm_add_ps(ps1, _mm_load_ps(g + 8 * c.row + 4));
          const __m128 m = BroadcastMax(_mm_max_ps(v0, v1));
          const int mask = _mm_movemask_ps(_mm_cmpeq_ps(v0, m)) | (_mm_movemask_ps(_mm_cmpeq_ps(v1, m)) << 4);
          const uint32_t back = kFirstLane[mask];
          column_cells[ci] = make_cell(back, c.tag);
          prev_score[ci] = _mm_cvtss_f32(m) + c.score;
        };
        if (count == 1) {
          fill(0);
        } else {
          for (uint32_t ci = 0; ci < count; ++ci) fill(ci);
        }
      } else {
        // 9-16 previous cells (none on te3silver), block by block, over
        // prev_row; the first block holding the maximum has the first p.
        // The padding lanes are written into the arrays.
        const __m128 neg_inf = _mm_set1_ps(kMinusInf);
        _mm_storeu_ps(prev_score + prev_count, neg_inf);
        prev_row[prev_count] = prev_row[prev_count + 1] = prev_row[prev_count + 2] = prev_row[prev_count + 3] = trans;
        const uint32_t blocks = (prev_count + 3) / 4;
        float next_score[kMaxCands];
        for (uint32_t ci = 0; ci < count; ++ci) {
          const TagScore& c = cands[ci];
          const int next = static_cast<int>(c.tag);
          alignas(16) float v[kMaxCands];
          __m128 m = neg_inf;
          for (uint32_t b = 0; b < blocks; ++b) {
            const float* const* r = prev_row + 4 * b;
            const __m128 vb =
                _mm_add_ps(_mm_load_ps(prev_score + 4 * b), _mm_setr_ps(r[0][next], r[1][next], r[2][next], r[3][next]));
            _mm_store_ps(v + 4 * b, vb);
            m = _mm_max_ps(m, vb);
          }
          m = BroadcastMax(m);
          uint32_t back = 0;
          for (uint32_t b = 0; b < blocks; ++b)
            if (const int mask = _mm_movemask_ps(_mm_cmpeq_ps(_mm_load_ps(v + 4 * b), m))) {
              back = 4 * b + static_cast<uint32_t>(__builtin_ctz(mask));
              break;
            }
          column_cells[ci] = make_cell(back, c.tag);
          next_score[ci] = v[back] + c.score;
        }
        for (uint32_t ci = 0; ci < count; ++ci) prev_score[ci] = next_score[ci];
      }
#else
      float next_score[kMaxCands];
      for (uint32_t ci = 0; ci < count; ++ci) {
        const TagScore& c = cands[ci];
        const int next = static_cast<int>(c.tag);
        float best = kMinusInf;
        uint32_t back = 0;
        // Unrolled by two (the previous column has 3.6 cells on average):
        // one loop test per two transitions. The iterations still run in
        // order of p.
#pragma GCC unroll 2
        for (uint32_t p = 0; p < prev_count; ++p) {
          float v = prev_score[p] + prev_row[p][next];  // == Transition(tag of p, c.tag)
          // Branch-free form of `if (v > best) { best = v; back = p; }`.
          const bool better = v > best;
          best = better ? v : best;
          back = better ? p : back;
        }
        column_cells[ci] = make_cell(back, c.tag);
        next_score[ci] = best + c.score;
      }
      for (uint32_t ci = 0; ci < count; ++ci) prev_score[ci] = next_score[ci];
#endif
    }
    // This column's transitions for the next one, from its list (an add a
    // token, where each cell stored its row: ~3 instructions a cell).
#if defined(__SSE2__)
    gathered = gather_base + gather;
    if (count > 8)
      for (uint32_t ci = 0; ci < count; ++ci) prev_row[ci] = row_of(cands[ci].tag);
#else
    one_row = row_of(cands[0].tag);
    for (uint32_t ci = 0; ci < count; ++ci) prev_row[ci] = row_of(cands[ci].tag);
#endif
    prev_count = count;
  }

  // Best final cell, then follow the back pointers.
  Token* const out = doc.tokens.data() + sentence.tokens.begin;
  // prev_score holds the last column's scores.
  uint32_t last = 0;
  for (uint32_t c = 1; c < prev_count; ++c)
    if (prev_score[c] > prev_score[last]) last = c;
  // column_cells is the last column's (k = n - 1); each step back is
  // kMaxCands cells.
  const Cell* col_k = column_cells;
  const Cell* best = col_k + last;
  uint64_t present = 0;  // bit t: some token is tagged t (kNumTags <= 64)
  // The tokens RepairPastTense's passes look at, listed here (last first)
  // so that the passes visit them alone instead of scanning the sentence
  // (~10M instructions on te3silver for ~3M here). The gerunds ride in the
  // same list at no cost a token (the store and add below are paid for
  // every token anyway): the two gerund repairs scanned every token of the
  // ~9,700 te3silver sentences with a VBG (~4M instructions); the other
  // passes skip them by their tag.
  thread_local std::vector<uint32_t> marked_buf;
  if (marked_buf.size() < n) marked_buf.resize(n);
  uint32_t* const marked = marked_buf.data();
  uint32_t num_marked = 0;
  // Token k's output and document index walked down with its column;
  // the walk ends at the start state's column (cells), so no count is
  // kept (GCC copied the count and the marked list's cursor each token).
  Token* o = out + n;
  uint32_t index_k = first + n;
  while (col_k != cells) {
    --o, --index_k;
    const Cell cell = *best;
    const Tag tag = cell_tag(cell);
    o->tag = tag;
    // Table lookups: a load each, where the shifts took ~3 and ~5
    // instructions a token.
    present |= kTagBit[static_cast<int>(tag)];
    marked[num_marked] = index_k;  // kept only if the tag is VBZ, VBN, JJ, PPL or VBG
    num_marked += kMarkedTag[static_cast<int>(tag)];
    col_k -= kMaxCands;  // column k - 1 (the start state's for k = 0)
    best = col_k + cell_back(cell);
  }
  RepairPastTense(doc, sentence, present, {marked, num_marked});
  RepairPresentAfterName(doc, sentence, present);
  RepairQuotedVerb(doc, sentence, present, {marked, num_marked});
  RepairGerundSubject(doc, sentence, present, {marked, num_marked});
  RepairGerundInName(doc, sentence, present, {marked, num_marked});
  RepairPastAfterParticle(doc, sentence, present);
}

// A phrasal verb's particle is followed by the verb's object: "called off
// threatened strike action", "blew up parked cars", "ruled out armed
// intervention". A past form there, before a noun or adjective, modifies
// that object; the bigrams read it as a second past tense (RP/RB-VBD
// scores well: "backed down yesterday, said ..."), so the clause analyser
// made it a finite verb sharing the subject, "threatened strike action"
// coded a threat (133), and "called off" had no object. The particle's
// verb must be a verb form with no relative word before it ("those who
// gave up lost everything": there the particle ends a relative clause and
// the past form is the main verb), and the word must be one the lexicon
// allows as a participle or adjective. A conjunction between them ("called
// off and threatened a new strike") keeps the second verb: the past form
// is then not right after the particle.
void Tagger::RepairPastAfterParticle(Doc& doc, const Sentence& sentence, uint64_t present) const {
  // Fast path: a past form (VBD, or VBN, which the clause analyser makes
  // a finite past when no noun comes before it) and a particle (or an
  // adverb: the bigrams give "off" and "up" RB as often) on the Viterbi
  // path. The scan then reads one tag a token and looks further only at a
  // past form.
  auto has = [present](Tag t) { return ((present >> static_cast<int>(t)) & 1) != 0; };
  if (!(has(Tag::VBD) || has(Tag::VBN)) || !(has(Tag::RP) || has(Tag::RB))) return;
  Token* const tok = doc.tokens.data();
  const uint32_t b = sentence.tokens.begin, e = sentence.tokens.end;
  auto can_be = [&](uint32_t k, Tag t) {
    for (const TagScore& c : Candidates(doc, sentence, k))
      if (c.tag == t) return true;
    return false;
  };
  for (uint32_t k = b + 2; k + 1 < e; ++k) {
    if (tok[k].tag != Tag::VBD && tok[k].tag != Tag::VBN) continue;
    const Tag part = tok[k - 1].tag, verb = tok[k - 2].tag, next = tok[k + 1].tag;
    if (part != Tag::RP && part != Tag::RB) continue;
    if (next != Tag::NN && next != Tag::NNS && next != Tag::JJ) continue;
    if (verb != Tag::VBD && verb != Tag::VB && verb != Tag::VBP && verb != Tag::VBZ && verb != Tag::VBN &&
        verb != Tag::VBG)
      continue;
    // A participle's particle ends a reduced relative when no "have" comes
    // before it ("refugees sent back returned home"): only "has called off".
    if (verb == Tag::VBN && !(k >= b + 3 && (tok[k - 3].lower == "has" || tok[k - 3].lower == "have" ||
                                             tok[k - 3].lower == "had")))
      continue;
    if (k >= b + 3 && (tok[k - 3].tag == Tag::WP || tok[k - 3].tag == Tag::WDT || tok[k - 3].lower == "that")) continue;
    if (part == Tag::RB && !can_be(k - 1, Tag::RP)) continue;  // "said earlier ...": an adverb, no particle
    if (!(can_be(k, Tag::VBN) || can_be(k, Tag::JJ))) continue;
    // "refugees sent back returned home": a next word that may be an
    // adverb ("home") is no object; the past form is a verb of its own.
    if (can_be(k + 1, Tag::RB)) continue;
    tok[k].tag = Tag::JJ;
  }
}

void Tagger::RepairPastTense(Doc& doc, const Sentence& sentence, uint64_t present,
                             std::span<const uint32_t> marked) const {
  static_assert(kNumTags <= 64);
  // A plain pointer: the passes store tags (bytes, which may alias
  // anything), so through the vector each tok[k] after a store reloaded
  // its data pointer. No token is added or removed here.
  Token* const tok = doc.tokens.data();
  auto can_be = [&](uint32_t k, Tag t) {
    for (const TagScore& c : Candidates(doc, sentence, k))
      if (c.tag == t) return true;
    return false;
  };
  // Each pass below changes only tokens with given tags (VBZ; JJ after CC
  // or VBN; VBN) into NNS or VBD, never into one of those tags, so a pass
  // whose tags the Viterbi path lacks would change nothing and is skipped:
  // most news sentences have no VBZ, many no VBN.
  auto has = [present](Tag t) { return ((present >> static_cast<int>(t)) & 1) != 0; };
  // `marked` lists every VBZ, VBN and JJ of the Viterbi path (and the
  // PPLs and VBGs, which no pass here acts on), last first, so each pass walks it
  // backwards: the tokens in sentence order, as a scan of the sentence
  // visits them. No pass makes a VBZ, VBN or JJ of another tag, and a pass
  // changes only the token it is at, so a token the scan would act on is
  // one of them, still tagged as on the path when its turn comes.
  const uint32_t lo = sentence.tokens.begin + 1, hi = sentence.tokens.end - 1;  // the scans' range [lo, hi)
  if (has(Tag::VBZ)) {
    for (size_t i = marked.size(); i-- > 0;) {
      const uint32_t k = marked[i];
      if (k < lo || k >= hi) continue;
      // A lexical verb in -s is not followed by a participle or past tense
      // ("crowds burned": the bigram VBZ-VBN is common only because of "has"
      // and "is"), so such a word is a plural noun.
      if (tok[k].tag == Tag::VBZ && (tok[k + 1].tag == Tag::VBN || tok[k + 1].tag == Tag::VBD) &&
          !IsAuxiliary(tok[k].lower) && tok[k].lower != "does" && can_be(k, Tag::NNS))
        tok[k].tag = Tag::NNS;
    }
  }
  // The JJ rule also needs a past tense before the word (SecondFinitePast):
  // one on the Viterbi path, or one this pass makes of a VBN.
  if (has(Tag::VBN) || (has(Tag::JJ) && has(Tag::CC) && has(Tag::VBD))) {
    for (size_t i = marked.size(); i-- > 0;) {
      const uint32_t k = marked[i];
      if (k < lo || k >= hi) continue;
      if (tok[k].tag == Tag::JJ && tok[k - 1].tag == Tag::CC && k >= sentence.tokens.begin + 2 &&
          SecondFinitePast(tok, sentence, k) && can_be(k, Tag::VBD)) {
        tok[k].tag = Tag::VBD;
        continue;
      }
      if (tok[k].tag != Tag::VBN) continue;  // a JJ (not after CC) or a PPL
      // "the divided island of Cyprus", "an improvised explosive device": a
      // participle between an article and the noun (or adjective) it
      // modifies is an adjective. Read as a verb, it ended the subject or
      // the by-phrase at the article. (A JJ made here follows DET, not CC,
      // so the pass above for JJ after CC has nothing new to do.)
      if (tok[k - 1].tag == Tag::DET &&
          (tok[k - 1].lower == "the" || tok[k - 1].lower == "a" || tok[k - 1].lower == "an") &&
          (tok[k + 1].tag == Tag::JJ || tok[k + 1].tag == Tag::NN || tok[k + 1].tag == Tag::NNS ||
           tok[k + 1].tag == Tag::NNP) &&
          can_be(k, Tag::JJ)) {
        tok[k].tag = Tag::JJ;
        continue;
      }
      // The object may follow a particle: "burned down its embassy".
      uint32_t obj = k + 1;
      if (tok[obj].tag == Tag::RP && obj + 1 < sentence.tokens.end) ++obj;
      if (!StartsObject(tok[obj].tag) || IsTimeWord(tok[obj].lower)) continue;
      Tag prev = tok[k - 1].tag;
      bool subject_before = IsNoun(prev) || prev == Tag::PRP;
      if (subject_before) {
        // An auxiliary before the subject means a question or inversion ("has
        // the government revoked"), where the participle is right.
        uint32_t j = k - 1;
        while (j > sentence.tokens.begin && IsNounPhraseTag(tok[j - 1].tag)) --j;
        if (j > sentence.tokens.begin && IsAuxiliary(tok[j - 1].lower)) continue;
      } else if (prev == Tag::CC) {
        // Coordinated with a past tense verb: "torched cars and blocked roads".
        uint32_t j = k - 1;
        while (j > sentence.tokens.begin && !IsVerb(tok[j - 1].tag)) --j;
        if (j == sentence.tokens.begin || tok[j - 1].tag != Tag::VBD) continue;
      } else {
        continue;
      }
      if (can_be(k, Tag::VBD)) tok[k].tag = Tag::VBD;
    }
  }
  // A sentence needs a finite verb. With none, the first participle right
  // after a subject is the past tense: "Protesters clashed with police"
  // (the bigrams NNS-VBN-IN of reduced relatives outscore NNS-VBD-IN).
  // Also with no participle: a singular noun right after a noun and before
  // the start of an object (a determiner, possessive, number or plural
  // noun) that the lexicon allows as a past tense is that past tense:
  // "Russia cut ties with Ukraine" (the bigrams NNP-NN-NNS outscore
  // NNP-VBD-NNS for the words spelled alike in both, "cut", "hit", "set").
  // Only in a sentence with no verb form at all; the scan stops at the
  // first finite verb, which most sentences have early.
  if (!has(Tag::VBN) && !has(Tag::NN)) return;
  // The scan below returns, changing nothing, at the first VBD, VBP or MD.
  // The passes above never take those tags away (they make NNS of VBZ, VBD
  // of JJ, JJ or VBD of VBN), so a sentence whose Viterbi path has one
  // still has it, and the scan would end there: most news sentences, which
  // have a past tense.
  if (has(Tag::VBD) || has(Tag::VBP) || has(Tag::MD)) return;
  uint32_t first_vbn = kNone32, first_noun_past = kNone32;
  bool other_verb = false;  // a base form, gerund or participle: the noun rule waits for none
  for (uint32_t k = sentence.tokens.begin; k < sentence.tokens.end; ++k) {
    Tag t = tok[k].tag;
    if (t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD) return;
    if (t == Tag::VB || t == Tag::VBG || t == Tag::VBN) other_verb = true;
    if (t == Tag::VBN && first_vbn == kNone32 && k > sentence.tokens.begin) {
      Tag prev = tok[k - 1].tag;
      if (IsNoun(prev) || prev == Tag::PRP) first_vbn = k;
    }
    if (t == Tag::NN && first_noun_past == kNone32 && k > sentence.tokens.begin && k + 1 < sentence.tokens.end &&
        IsNoun(tok[k - 1].tag)) {
      Tag next = tok[k + 1].tag;
      if (next == Tag::DET || next == Tag::PRPS || next == Tag::CD || next == Tag::NNS) first_noun_past = k;
    }
  }
  if (first_vbn != kNone32 && can_be(first_vbn, Tag::VBD)) {
    tok[first_vbn].tag = Tag::VBD;
    return;
  }
  if (first_noun_past != kNone32 && !other_verb && can_be(first_noun_past, Tag::VBD)) tok[first_noun_past].tag = Tag::VBD;
}

// A caption or lead that names its subject and goes on with a present-tense
// verb in -s ("X talks with Y", "X meets Y") is tagged name + plural noun
// when another finite verb follows ("... as he promotes a plan"): the
// bigrams then read "X talks" as a noun phrase whose verb comes later, and
// the clause had no verb of its own. The word is the verb when the
// sentence begins with the name (proper nouns, possessives and capitalised
// adjectives only, so no determiner: "The Trump talks with Ryan ended"
// keeps the noun) and the next finite verb is in a clause opened by a subordinator or relative word
// ("as he promotes", "while they sign", "who said"); with no such word
// between ("Trump talks with Ryan ended without a deal") the later verb is
// the noun's and nothing changes. A sentence with no later finite verb is
// left to the bigrams, which already read the verb there.
void Tagger::RepairPresentAfterName(Doc& doc, const Sentence& sentence, uint64_t present) const {
  // Fast path: the rule needs a plural noun and a later finite verb.
  auto has = [present](Tag t) { return ((present >> static_cast<int>(t)) & 1) != 0; };
  if (!has(Tag::NNS) || !has(Tag::NNP) || !(has(Tag::VBZ) || has(Tag::VBD) || has(Tag::VBP) || has(Tag::MD)))
    return;
  std::vector<Token>& tok = doc.tokens;
  uint32_t k = sentence.tokens.begin;
  while (k < sentence.tokens.end && (tok[k].tag == Tag::NNP || tok[k].tag == Tag::NNPS || tok[k].tag == Tag::POS ||
                                     (tok[k].tag == Tag::JJ && tok[k].has(kCapitalized))))  // "Chilean President X"
    ++k;
  if (k == sentence.tokens.begin || k + 1 >= sentence.tokens.end || tok[k].tag != Tag::NNS) return;
  if (tok[k - 1].tag != Tag::NNP) return;  // the name's last word, not a possessive
  // What may follow the verb: its preposition or the start of its object.
  Tag next = tok[k + 1].tag;
  if (next != Tag::IN && next != Tag::TO && next != Tag::DET && next != Tag::NNP && next != Tag::PRPS) return;
  static constexpr std::string_view kOpeners[] = {"as",   "while",  "after", "before", "when",    "because",
                                                  "since", "though", "although", "whereas", "who", "which"};
  bool opened = false;
  for (uint32_t j = k + 1; j < sentence.tokens.end; ++j) {
    Tag t = tok[j].tag;
    if (t == Tag::VBZ || t == Tag::VBD || t == Tag::VBP || t == Tag::MD) {
      if (!opened) return;
      break;
    }
    if (!opened)
      for (std::string_view w : kOpeners)
        if (tok[j].lower == w) opened = true;
    if (j + 1 == sentence.tokens.end) return;  // no later finite verb
  }
  for (const TagScore& c : Candidates(doc, sentence, k))
    if (c.tag == Tag::VBZ) {
      tok[k].tag = Tag::VBZ;
      return;
    }
}

// A one-word quotation right after a modal or "to" is the verb they govern
// ('said Japan should "respect" the accord', 'vowed to "crush" them'):
// the quote marks cut the bigram from the modal, and the word alone reads
// as a noun. Only a word the lexicon allows as a base form, and only a
// quotation of exactly one word ('will be "unacceptable"' is no verb).
void Tagger::RepairQuotedVerb(Doc& doc, const Sentence& sentence, uint64_t present,
                              std::span<const uint32_t> marked) const {
  // Fast path: the rule needs a modal or "to" and a quote mark.
  auto has = [present](Tag t) { return ((present >> static_cast<int>(t)) & 1) != 0; };
  if (!(has(Tag::MD) || has(Tag::TO)) || !has(Tag::PPL)) return;
  std::vector<Token>& tok = doc.tokens;
  // Only the tokens right after an opening quote can change: `marked` lists
  // every PPL of the Viterbi path (last first, so walked backwards), and no
  // repair before this one makes or unmakes a PPL. The word after a quote
  // is never itself a PPL the rule needs (it must be a noun), so changing
  // one token changes no later test.
  for (size_t i = marked.size(); i-- > 0;) {
    const uint32_t k = marked[i] + 1;
    if (k < sentence.tokens.begin + 2 || k + 1 >= sentence.tokens.end) continue;
    if (tok[k - 1].tag != Tag::PPL || tok[k + 1].tag != Tag::PPR) continue;
    Tag before = tok[k - 2].tag;
    if ((before != Tag::MD && before != Tag::TO) || !IsNoun(tok[k].tag) || tok[k].has(kCapitalized)) continue;
    for (const TagScore& c : Candidates(doc, sentence, k))
      if (c.tag == Tag::VB) {
        tok[k].tag = Tag::VB;
        break;
      }
  }
}

// A gerund opening a sentence, after at most a determiner and adjectives
// ("Shelling", "Heavy fighting", "Renewed fighting"), right before a past
// form that can be a finite verb ("killed", "wounded") is the subject of
// that verb: "Shelling wounded five civilians" has no participle clause
// ("Shelling the town, they ..." has an object after the gerund, not a
// verb). The bigrams read the gerund as a participle and the past form as
// an adjective or participle, which leaves the act without a clause of its
// own. Not an auxiliary ("Having signed the deal, ..."): there the past
// form is the participle it governs.
void Tagger::RepairGerundSubject(Doc& doc, const Sentence& sentence, uint64_t present,
                                 std::span<const uint32_t> marked) const {
  // Fast path: the rule needs a gerund, which most sentences lack.
  if (((present >> static_cast<int>(Tag::VBG)) & 1) == 0) return;
  Token* const tok = doc.tokens.data();
  const uint32_t e = sentence.tokens.end;
  // The sentence's first gerund; it must open its clause (AtClauseStart,
  // or past a dateline's dash) or follow only a determiner and adjectives
  // there. Found in `marked` (last first, so walked backwards) instead of
  // by a scan of the words: it lists every VBG of the Viterbi path, and
  // no repair before this one makes or unmakes a VBG (they make NNS, VBD,
  // JJ, VBZ or VB, each of another tag), so the first VBG listed is the
  // sentence's first.
  uint32_t k = e;
  for (size_t i = marked.size(); i-- > 0;)
    if (tok[marked[i]].tag == Tag::VBG) {
      k = marked[i];
      break;
    }
  if (k + 2 >= e) return;
  // The cheap tests first: a past form right after it, then an object.
  const Token& verb = tok[k + 1];
  const bool past = verb.tag == Tag::VBD || ((verb.tag == Tag::JJ || verb.tag == Tag::VBN) && verb.lower.ends_with("ed"));
  if (!past || !StartsObject(tok[k + 2].tag) || IsAuxiliary(tok[k].lower)) return;
  uint32_t start = k;
  while (start > sentence.tokens.begin &&
         (tok[start - 1].tag == Tag::DET || tok[start - 1].tag == Tag::JJ ||
          ((tok[start - 1].tag == Tag::VBN || tok[start - 1].tag == Tag::VBD) && tok[start - 1].lower.ends_with("ed"))))
    --start;
  // A wire dateline ends in a lone dash ("KIEV (Reuters) - Shelling"),
  // which AtClauseStart does not count.
  const bool after_dash = start > sentence.tokens.begin && tok[start - 1].lower == "-";
  if (!(after_dash || AtClauseStart(doc, sentence, start))) return;
  bool can_be_past = verb.tag == Tag::VBD;
  for (const TagScore& c : Candidates(doc, sentence, k + 1)) can_be_past |= c.tag == Tag::VBD;
  if (!can_be_past) return;
  for (uint32_t j = start; j < k; ++j)
    if (tok[j].tag == Tag::VBN || tok[j].tag == Tag::VBD) tok[j].tag = Tag::JJ;  // "Renewed fighting"
  tok[k].tag = Tag::NN;
  tok[k + 1].tag = Tag::VBD;
}

// A capitalised gerund inside a name ("the Visiting Forces Agreement
// Committee", "(Visiting Forces Agreement Committee)") is no verb: read as
// a participle it made a visit of the committee. The word must follow a
// determiner, an opening bracket or a name, and be followed by a
// capitalised proper noun; a sentence's first word, a word after a quote
// or colon ("Visiting Beijing, Putin said") and headlines, where every
// word is capitalised, keep their tags.
void Tagger::RepairGerundInName(Doc& doc, const Sentence& sentence, uint64_t present,
                                std::span<const uint32_t> marked) const {
  // Fast path: the rule needs a gerund, which most sentences lack.
  if (((present >> static_cast<int>(Tag::VBG)) & 1) == 0 || sentence.headline) return;
  Token* const tok = doc.tokens.data();
  // Only the gerunds can change: `marked` lists every VBG of the Viterbi
  // path (walked backwards, so in sentence order, as the scan of the words
  // it replaces: a gerund made NNP here is the name before the next one),
  // and no repair before this one makes a VBG. RepairGerundSubject may
  // have made one a noun; its tag, tested below, says so.
  for (size_t i = marked.size(); i-- > 0;) {
    const uint32_t k = marked[i];
    if (k < sentence.tokens.begin + 1 || k + 1 >= sentence.tokens.end) continue;
    Token& g = tok[k];
    if (g.tag != Tag::VBG || !g.has(kCapitalized) || g.has(kAllCaps) || g.has(kSentenceStart)) continue;
    const Token& prev = tok[k - 1];
    const Token& next = tok[k + 1];
    if (!(next.tag == Tag::NNP || next.tag == Tag::NNPS) || !next.has(kCapitalized)) continue;
    const std::string_view p = doc.text(prev.span);
    const bool opens = p == "(" || p == "[";
    if (!(opens || prev.tag == Tag::DET || prev.tag == Tag::NNP || prev.tag == Tag::NNPS) || prev.has(kOpenQuote))
      continue;
    g.tag = Tag::NNP;
  }
}

void Tagger::Run(Doc& doc) const {
  for (const Sentence& s : doc.sentences) TagSentence(doc, s);
}

}  // namespace dyad::en
