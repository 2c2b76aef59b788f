#include "time/timex.h"

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "time/decade.h"

namespace dyad {
namespace {

// Word classes the rules look at. A word has at most one class; the rules
// decide from the neighbours what it means in context.
enum class Cat : uint8_t {
  kNone,
  kMonth,     // val 1..12
  kWeekday,   // val 0 (Monday) .. 6
  kDeictic,   // val = day offset from the anchor ("yesterday" -1)
  kUnit,      // val = Unit
  kCount,     // val = number; -1 for "several", "few"
  kMod,       // val = Mod
  kPod,       // part of day: morning, night...
  kRef,       // now, currently, recently, future
  kSeason,    // val 0..3: SP SU FA WI
  kOrdinal,   // val 1..4 (quarters)
  kSetAdv,    // daily, weekly, monthly, annually (val = Unit)
  kDet,       // the, el, la, los, las
  kContext,   // prepositions that announce a year or a month ("in", "since", "de")
  kFuture,    // future cue: will, shall, upcoming, scheduled
  kFiscal,
  kOf,        // of, de, del
  kHoliday,   // val = Finder::Holiday ("Christmas", "Navidad"); capital letter needed
  kClockWord, // a clock time of its own, val = hours * 100: "noon", "midday", "mediodía"
  kYearWord,  // a spelled-out year's first word: "nineteen" (val 19), "thousand" (val 1000)
};

enum Unit : int { kDayU = 1, kWeekU, kMonthU, kYearU, kDecadeU, kQuarterU, kHourU, kMinuteU, kWeekendU, kCenturyU };

enum Mod : int {
  kLast = 1, kThis, kNext, kPast, kEarlier, kLater, kEarly, kLate, kMid, kAgo, kHace, kEvery, kTodos, kLatest,
};

// Spanish entries need no capital letter; English month and weekday names do.
constexpr uint8_t kEs = 1, kAmbiguous = 2, kAbbrev = 4, kPlural = 8, kNight = 16;

struct Lex {
  Cat cat = Cat::kNone;
  int val = 0;
  uint8_t flags = 0;
};

const std::unordered_map<std::string_view, Lex>& Lexicon() {
  static const auto* lex = [] {
    auto* m = new std::unordered_map<std::string_view, Lex>;
    auto add = [&](std::string_view w, Cat c, int v, uint8_t f = 0) { (*m)[w] = Lex{c, v, f}; };
    const char* en_months[] = {"january", "february", "march", "april", "may", "june",
                               "july", "august", "september", "october", "november", "december"};
    const char* es_months[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                               "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
    for (int i = 0; i < 12; ++i) {
      add(en_months[i], Cat::kMonth, i + 1, (i == 2 || i == 4) ? kAmbiguous : 0);
      add(es_months[i], Cat::kMonth, i + 1, kEs);
    }
    add("setiembre", Cat::kMonth, 9, kEs);
    const char* abbr[] = {"jan", "feb", "mar", "apr", nullptr, "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
      if (abbr[i]) add(abbr[i], Cat::kMonth, i + 1, kAbbrev);
    add("sept", Cat::kMonth, 9, kAbbrev);
    const char* en_days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const char* es_days[] = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};
    for (int i = 0; i < 7; ++i) {
      add(en_days[i], Cat::kWeekday, i);
      add(es_days[i], Cat::kWeekday, i, kEs);
    }
    add("miercoles", Cat::kWeekday, 2, kEs);
    add("sabado", Cat::kWeekday, 5, kEs);
    add("today", Cat::kDeictic, 0);
    add("tonight", Cat::kDeictic, 0, kNight);
    add("yesterday", Cat::kDeictic, -1);
    add("tomorrow", Cat::kDeictic, 1);
    add("hoy", Cat::kDeictic, 0, kEs);
    add("ayer", Cat::kDeictic, -1, kEs);
    add("anoche", Cat::kDeictic, -1, kEs | kNight);
    add("anteayer", Cat::kDeictic, -2, kEs);
    add("mañana", Cat::kDeictic, 1, kEs);
    struct U { const char* s; const char* p; int u; };
    for (U u : {U{"day", "days", kDayU}, U{"week", "weeks", kWeekU}, U{"month", "months", kMonthU},
                U{"year", "years", kYearU}, U{"decade", "decades", kDecadeU}, U{"quarter", "quarters", kQuarterU},
                U{"hour", "hours", kHourU}, U{"minute", "minutes", kMinuteU}, U{"weekend", "weekends", kWeekendU},
                U{"century", "centuries", kCenturyU}, U{"día", "días", kDayU}, U{"dia", "dias", kDayU},
                U{"semana", "semanas", kWeekU}, U{"mes", "meses", kMonthU}, U{"año", "años", kYearU},
                U{"década", "décadas", kDecadeU}, U{"trimestre", "trimestres", kQuarterU},
                U{"hora", "horas", kHourU}, U{"minuto", "minutos", kMinuteU}, U{"siglo", "siglos", kCenturyU}}) {
      add(u.s, Cat::kUnit, u.u);
      add(u.p, Cat::kUnit, u.u, kPlural);
    }
    const char* en_num[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve"};
    const char* es_num[] = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                            "once", "doce"};
    for (int i = 0; i < 12; ++i) {
      add(en_num[i], Cat::kCount, i + 1);
      add(es_num[i], Cat::kCount, i + 1, kEs);
    }
    for (auto [w, v] : {std::pair{"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                        {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
                        {"hundred", 100}, {"quince", 15}, {"veinte", 20}, {"treinta", 30}, {"cien", 100}})
      add(w, Cat::kCount, v);
    // Spelled-out years, as transcripts of speech write them ("nineteen
    // ninety-six", "the year two thousand"): Finder::SpelledYear.
    add("nineteen", Cat::kYearWord, 19);
    add("thousand", Cat::kYearWord, 1000);
    // Clock times named by a word (Finder::ClockWord).
    for (const char* w : {"noon", "midday"}) add(w, Cat::kClockWord, 1200);
    for (const char* w : {"mediod\xC3\xAD" "a", "mediodia"}) add(w, Cat::kClockWord, 1200, kEs);
    // Midnight as the end of its day (TimeML's T24:00): "at midnight
    // Friday", a deadline's usual wording, is the night from Friday to
    // Saturday, written as Friday's.
    add("midnight", Cat::kClockWord, 2400);
    add("medianoche", Cat::kClockWord, 2400, kEs);
    add("a", Cat::kCount, 1);
    add("an", Cat::kCount, 1);
    add("un", Cat::kCount, 1, kEs);
    add("una", Cat::kCount, 1, kEs);
    for (const char* w : {"several", "few", "many", "varios", "varias", "muchos", "muchas"}) add(w, Cat::kCount, -1);
    for (const char* w : {"last", "previous", "pasado", "pasada", "anterior"}) add(w, Cat::kMod, kLast);
    for (const char* w : {"this", "este", "esta", "current"}) add(w, Cat::kMod, kThis);
    for (const char* w : {"next", "coming", "próximo", "próxima", "proximo", "proxima", "siguiente"})
      add(w, Cat::kMod, kNext);
    add("past", Cat::kMod, kPast);
    add("earlier", Cat::kMod, kEarlier);
    add("later", Cat::kMod, kLater);
    for (const char* w : {"early", "principios", "comienzos", "inicios"}) add(w, Cat::kMod, kEarly);
    for (const char* w : {"late", "finales", "fines"}) add(w, Cat::kMod, kLate);
    for (const char* w : {"mid", "mediados"}) add(w, Cat::kMod, kMid);
    add("ago", Cat::kMod, kAgo);
    add("hace", Cat::kMod, kHace);
    for (const char* w : {"every", "each", "cada"}) add(w, Cat::kMod, kEvery);
    for (const char* w : {"todos", "todas"}) add(w, Cat::kMod, kTodos);
    add("latest", Cat::kMod, kLatest);
    add("morning", Cat::kPod, 0);
    add("afternoon", Cat::kPod, 1);
    add("evening", Cat::kPod, 2);
    add("night", Cat::kPod, 3, kNight);
    add("tarde", Cat::kPod, 1, kEs);
    add("noche", Cat::kPod, 3, kEs | kNight);
    add("now", Cat::kRef, 0);
    add("currently", Cat::kRef, 0);
    add("recently", Cat::kRef, 1);
    add("future", Cat::kRef, 2);
    add("actualmente", Cat::kRef, 0, kEs);
    add("recientemente", Cat::kRef, 1, kEs);
    add("spring", Cat::kSeason, 0);
    add("summer", Cat::kSeason, 1);
    add("fall", Cat::kSeason, 2);
    add("autumn", Cat::kSeason, 2);
    add("winter", Cat::kSeason, 3);
    add("first", Cat::kOrdinal, 1);
    add("second", Cat::kOrdinal, 2);
    add("third", Cat::kOrdinal, 3);
    add("fourth", Cat::kOrdinal, 4);
    add("daily", Cat::kSetAdv, kDayU);
    add("weekly", Cat::kSetAdv, kWeekU);
    add("monthly", Cat::kSetAdv, kMonthU);
    add("annually", Cat::kSetAdv, kYearU);
    add("yearly", Cat::kSetAdv, kYearU);
    for (const char* w : {"the", "el", "la", "los", "las"}) add(w, Cat::kDet, 0);
    for (const char* w : {"in", "since", "until", "by", "during", "from", "before", "after", "through", "to", "and",
                          "between", "for", "on", "en", "desde", "hasta", "durante", "entre", "antes", "después",
                          "y", "para", "over", "within", "than"})
      add(w, Cat::kContext, 0);
    // Words that put a following bare date in the future: auxiliaries,
    // plans and deadlines ("is scheduled to close Monday", "payable Dec. 15",
    // "must leave by Jan. 14", "extended to Nov. 6" is left out: "to" is
    // too common).
    for (const char* w : {"will", "shall", "ll", "would", "upcoming", "scheduled", "expected", "expects", "expect",
                          "plans", "planned", "plan", "planning", "payable", "deadline", "expire", "expires",
                          "resume", "previsto", "prevista", "programado", "programada"})
      add(w, Cat::kFuture, 0);
    // These mark a deadline only right before the date ("by Jan. 14");
    // further away they are passive agents and causes ("killed by rebels on
    // Friday", "due to rain").
    for (const char* w : {"by", "until", "till", "effective", "due", "set", "hasta"}) add(w, Cat::kFuture, 1);
    // Holidays with a fixed day or a simple rule (Finder::HolidayDay; the
    // values are Finder::Holiday): 1 Christmas, 5 Thanksgiving, 6 Easter,
    // 7 Election (Day, the United States' federal elections).
    for (auto [w, v] : {std::pair{"christmas", 1}, {"navidad", 1}, {"nochebuena", 2}, {"nochevieja", 4},
                        {"thanksgiving", 5}, {"easter", 6}, {"election", 7}})
      add(w, Cat::kHoliday, v);
    add("fiscal", Cat::kFiscal, 0);
    add("of", Cat::kOf, 0);
    add("de", Cat::kOf, 0, kEs);
    add("del", Cat::kOf, 0, kEs);
    return m;
  }();
  return *lex;
}

const Lex kNoLex;

// A word of this class lets Split report a trigger (Finder::Run goes on
// only then); TimeTriggerWords lists the words by the same test.
constexpr bool IsTrigger(Cat c) {
  return c != Cat::kDet && c != Cat::kContext && c != Cat::kCount && c != Cat::kOf && c != Cat::kFuture;
}

// For a word of n <= 16 bytes read as two 8-byte halves: the bits of its
// bytes in each half (n = 5: 5 bytes of a, none of b). FastLexicon masks by
// table rather than by a branch on n < 8.
struct HalfMasks {
  uint64_t a[17] = {}, b[17] = {};
  constexpr HalfMasks() {
    for (int n = 0; n <= 16; ++n) {
      a[n] = n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
      b[n] = n <= 8 ? 0 : n >= 16 ? ~uint64_t{0} : (uint64_t{1} << (8 * (n - 8))) - 1;
    }
  }
};
constexpr HalfMasks kHalfMasks;

// The trigger lexicon as a small open-addressing table. Safe replacement
// for Lexicon().find(): it is built from the same map (same keys, same Lex
// objects), and a word longer than the longest key, or such that no key has
// its length together with the low five bits of its first byte and of its
// last, cannot be in the map, so it is rejected before hashing. The
// pair is tested jointly: tested apart (some key of this length starts so,
// some ends so) it let through two thirds of the words of a sentence.
//
// Every key fits in 16 bytes (checked at construction), so a slot holds its
// key as two zero-padded 8-byte halves, and the word is read the same way:
// two 8-byte loads, masked to its length. That gives the hash and the key
// comparison without a byte loop or a memcmp call (the call was ~4M of
// te3silver's finder, the branchy hash it replaces ~6M).
class FastLexicon {
 public:
  FastLexicon() {
    const auto& m = Lexicon();
    for (const auto& [k, v] : m)
      if (k.size() > max_len_) max_len_ = static_cast<uint32_t>(k.size());
    if (max_len_ > 16 || m.size() > 512) std::abort();  // keys are two 8-byte halves; table below is half full at most
    for (const auto& [k, v] : m) {
      const size_t at = EndsIndex(static_cast<unsigned char>(k[0]), static_cast<unsigned char>(k.back()));
      ends_len_[at] |= 1u << k.size();
    }
    for (const auto& [k, v] : m) {
      char buf[16] = {};
      std::memcpy(buf, k.data(), k.size());
      uint64_t a, b;
      std::memcpy(&a, buf, 8);
      std::memcpy(&b, buf + 8, 8);
      const uint32_t len = static_cast<uint32_t>(k.size());
      size_t i = Hash(a, b, len) & (kSlots - 1);
      while (slots_[i].lex) i = (i + 1) & (kSlots - 1);
      slots_[i] = {a, b, len, &v};
      // The same key by its TokenHash, for FindByTokenHash.
      const uint64_t h = TokenHash(k);
      size_t j = h & (kSlots - 1);
      while (by_hash_[j].lex) j = (j + 1) & (kSlots - 1);
      by_hash_[j] = {h, len, &v};
    }
  }
  // The entry for the n bytes at p (lower case), or null. p must have 16
  // readable bytes whatever n is (Split pads its buffer for this); the bytes
  // past n are masked off.
  const Lex* FindPadded(const char* p, uint32_t n) const {
    // Some key must have this length and the classes of these end bytes.
    if (n == 0 || n > max_len_) return nullptr;
    if (!(ends_len_[EndsIndex(static_cast<unsigned char>(p[0]), static_cast<unsigned char>(p[n - 1]))] &
          (1u << n)))
      return nullptr;
    return Probe(p, n);
  }
  // FindPadded without the end-bytes filter, for a word that is most likely
  // a key: a token word the segmenter did not mark kFinderNoLex (te3silver:
  // 114,400 of 115,700 such words are keys, "the", "of", "in"), where the
  // filter is ~12 instructions that reject next to nothing. Same answer:
  // the filter only turns away words that are no key. (Such a word that is
  // its token's whole `lower` goes by FindByTokenHash; this is left for a
  // clitic's word, part of its token.)
  const Lex* FindLikelyKey(const char* p, uint32_t n) const {
    if (n == 0 || n > max_len_) return nullptr;
    return Probe(p, n);
  }
  // The entry for a word of n bytes whose TokenHash is `hash`, or null:
  // for a token word that is its token's whole `lower` (kFinderWordAt0,
  // no kFinderNoLex), whose lower_hash the segmenter has computed already.
  // Keyed by the 64-bit hash (and the length), as every dictionary looks
  // a token up by lower_hash and as the segmenter's kTimeCue already
  // decides a trigger word by it: equal words have equal hashes, so no key
  // is missed, and two different words with one hash are the collision
  // every lower_hash lookup in dyad accepts. Why: the byte probe (two
  // loads, two masks, a hash of the bytes, three compares) ran for each
  // of ~115,000 such words on te3silver; this is one masked index, a key
  // and a length compare (the lookup's lines ~1.5M instructions fewer).
  const Lex* FindByTokenHash(uint64_t hash, uint32_t n) const {
    for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const HashSlot& s = by_hash_[i];
      if (!s.lex) return nullptr;
      if (s.hash == hash && s.len == n) return s.lex;
    }
  }

 private:
  // 0 < n <= max_len_ <= 16. The bytes past n are masked off by table
  // (kHalfMasks) rather than by a branch on n < 8.
  const Lex* Probe(const char* p, uint32_t n) const {
    uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    a &= kHalfMasks.a[n];
    b &= kHalfMasks.b[n];
    for (size_t i = Hash(a, b, n) & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& s = slots_[i];
      if (!s.lex) return nullptr;
      if (s.a == a && s.b == b && s.len == n) return s.lex;
    }
  }

  // Any function of the key is correct here (FindPadded compares keys);
  // the length is mixed in so that keys differing only in trailing zero
  // bytes cannot collide every time (no key has a zero byte anyway).
  static uint32_t Hash(uint64_t a, uint64_t b, uint32_t n) {
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
    return static_cast<uint32_t>(h >> 32);
  }
  struct Slot {
    uint64_t a = 0, b = 0;  // the key's bytes 0..7 and 8..15, zero past its end
    uint32_t len = 0;
    const Lex* lex = nullptr;
  };
  // A fixed size, so that the index mask is a constant (a vector's size was
  // two loads and three instructions a probe).
  static constexpr size_t kSlots = 1024;
  Slot slots_[kSlots];
  // The keys again by TokenHash (FindByTokenHash), at most half full too.
  struct HashSlot {
    uint64_t hash = 0;
    uint32_t len = 0;
    const Lex* lex = nullptr;
  };
  HashSlot by_hash_[kSlots];
  uint32_t max_len_ = 0;  // at most 16 (checked at construction)
  // Any function of the two bytes would be correct here (a key and the
  // same word give the same index); the low five bits keep 'a'..'z' apart
  // without a table load (other bytes share their slots).
  static size_t EndsIndex(unsigned char first, unsigned char last) { return (first & 31u) * 32u + (last & 31u); }
  // Bit L of [EndsIndex(first, last)]: some key of length L has a first
  // and a last byte with these low bits.
  uint32_t ends_len_[32 * 32] = {};
};

const FastLexicon& FastLex() {
  static const FastLexicon* f = new FastLexicon;
  return *f;
}

// 1 for ASCII bytes that separate words (not a letter or digit), as
// std::isalnum(c) == 0 in the "C" locale, which dyad never changes; a table
// avoids a libc call per byte.
struct SepTable {
  uint8_t v[128] = {};
  constexpr SepTable() {
    for (int c = 0; c < 128; ++c)
      v[c] = !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
};
constexpr SepTable kSep;

// Per byte: 0 for an ASCII separator (as kSep), 1 for a byte >= 0x80, else
// the byte lower-cased (A-Z + 32). Letters and digits are all >= '0' > 1.
struct LowerWordTable {
  uint8_t v[256] = {};
  constexpr LowerWordTable() {
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) v[c] = 1;
      else if (SepTable().v[c]) v[c] = 0;
      else v[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
};
constexpr LowerWordTable kLowerWord;
inline bool IsDigitC(char c) { return c >= '0' && c <= '9'; }

// lo[i] = t[i] | 0x20 for every i < n: the lower case of each ASCII letter
// and digit (digits have bit 5 already); other bytes get a value nobody
// reads (see Finder::Split). 16 bytes a step (GCC makes each step one SSE2
// load, OR and store); the last step ends at n and may overlap the one
// before, rewriting the same values, so there is no byte tail unless the
// whole text is shorter than 16 bytes.
inline void OrCase16(const unsigned char* t, char* lo) {
  uint64_t x, y;
  std::memcpy(&x, t, 8);
  std::memcpy(&y, t + 8, 8);
  x |= 0x2020202020202020ull;
  y |= 0x2020202020202020ull;
  std::memcpy(lo, &x, 8);
  std::memcpy(lo + 8, &y, 8);
}
inline void OrCaseAll(const unsigned char* t, char* lo, uint32_t n) {
  if (n < 16) {
    for (uint32_t p = 0; p < n; ++p) lo[p] = static_cast<char>(t[p] | 0x20);
    return;
  }
  for (uint32_t p = 0; p + 16 < n; p += 16) OrCase16(t + p, lo + p);
  OrCase16(t + n - 16, lo + n - 16);
}

// SWAR over 8 bytes: bit 7 of each byte of the result is set iff that byte
// is an ASCII letter. For a byte b < 0x80, b + (0x80 - 'a') has bit 7 set
// iff b >= 'a', and b + (0x7F - 'z') iff b > 'z'; both sums stay below
// 0x100 (b is masked to 7 bits first), so no carry crosses into the next
// byte. Setting bit 5 first folds A-Z onto a-z and maps no other byte
// there. Bytes >= 0x80 are dropped by ~x. Digits are left to the byte loop
// (rare in words; testing them too cost more than it saved).
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
inline uint64_t LetterMask(uint64_t x) {
  const uint64_t folded = (x & ~kHigh) | (0x20 * kOnes);
  return (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x7F - 'z') * kOnes) & ~x & kHigh;
}

// Its lower case is Finder::Low(word): bytes [b, e) of Split's buffer. Not
// kept as a view here: every word would store one, and only the words
// around a start are read (te3silver: the split 2.2M shorter, Try() 0.8M
// longer, now that Try() runs at a third of the words it once did).
struct Word {
  uint32_t b = 0, e = 0;  // bytes in the sentence
  int num = -1;           // value when the word is 1..9 ASCII digits
  uint8_t ndig = 0;
  const Lex* lex = &kNoLex;
  Cat cat() const { return lex->cat; }
  bool is(Cat c, int v) const { return lex->cat == c && lex->val == v; }
};
// Split writes a plain word's b and e, and reads a token's Span, as one
// 8-byte value each: begin/b in the low half, end/e in the high one.
static_assert(offsetof(Word, b) == 0 && offsetof(Word, e) == 4 && std::is_trivially_copyable_v<Word>);
static_assert(offsetof(Span, begin) == 0 && offsetof(Span, end) == 4 && sizeof(Span) == 8);
static_assert(std::endian::native == std::endian::little);

// The words of one sentence. A sentence of n bytes has at most n / 2 + 1
// words (each word but the last is followed by a separator of one or more
// bytes), so Split makes room for that many once per sentence and then
// takes words with no capacity test; it sets every field of each. With
// std::vector::emplace_back each word was a capacity test and a
// value-initialisation (~13M instructions of te3silver's finder).
//
// Beside the words, the indices of those a rule may start at (see
// Finder::Run), recorded by Split as it classifies each word, so that Run
// visits only them (at most as many as the words).
class WordBuf {
 public:
  void Prepare(size_t max_words) {
    if (cap_ < max_words) {
      cap_ = std::max(max_words, 2 * cap_);
      data_ = std::make_unique<Word[]>(cap_);
      starts_ = std::make_unique<uint32_t[]>(cap_);
      triggers_ = std::make_unique<uint32_t[]>(cap_);
    }
    n_ = 0;
    num_starts_ = 0;
  }
  // Split fills the arrays through these and then sets the counts: its
  // lower-case stores go through a char pointer, which may alias anything,
  // so counts kept in this object would be reloaded and stored again for
  // every word; in Split's locals they stay in registers.
  Word* words() { return data_.get(); }     // room for the Prepare()d count
  uint32_t* starts() { return starts_.get(); }
  uint32_t* triggers() { return triggers_.get(); }  // Split's scratch list
  void SetCounts(size_t n, size_t num_starts) {
    n_ = n;
    num_starts_ = num_starts;
  }
  size_t size() const { return n_; }
  Word& operator[](size_t i) { return data_[i]; }
  const Word& operator[](size_t i) const { return data_[i]; }
  size_t num_starts() const { return num_starts_; }
  uint32_t start(size_t k) const { return starts_[k]; }

 private:
  std::unique_ptr<Word[]> data_;
  std::unique_ptr<uint32_t[]> starts_;
  std::unique_ptr<uint32_t[]> triggers_;
  size_t cap_ = 0, n_ = 0, num_starts_ = 0;
};

// Bytes >= 0x80 belong to words (accented letters) except the punctuation
// blocks news text uses: U+0080..U+00BF (nbsp, «, », ¡, ¿) and
// U+2000..U+206F (curly quotes, non-breaking hyphen, dashes).
uint32_t SeparatorLength(std::string_view s, uint32_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kSep.v[c];
  if (c == 0xC2) return 2;
  if (c == 0xE2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0x80 ||
                                        static_cast<unsigned char>(s[i + 1]) == 0x81))
    return 3;
  return 0;
}

std::string_view TrimSpaces(std::string_view g) {
  auto sp = [](std::string_view s, size_t i) -> size_t {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') return 1;
    if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
    return 0;
  };
  while (!g.empty()) {
    size_t n = sp(g, 0);
    if (n == 0) break;
    g.remove_prefix(n);
  }
  while (!g.empty()) {
    size_t n = g.size() >= 2 && g.substr(g.size() - 2) == "\xC2\xA0" ? 2 : (sp(g, g.size() - 1) ? 1 : 0);
    if (n == 0) break;
    g.remove_suffix(n);
  }
  return g;
}

bool IsHyphen(std::string_view g) {
  return g == "-" || g == "\xE2\x80\x90" || g == "\xE2\x80\x91" || g == "\xE2\x80\x93";
}

enum class WdMode { kPastIncl, kPastStrict, kFutureIncl, kFutureStrict, kThisWeek };

Date ResolveWeekday(const Date& a, int wd, WdMode m) {
  int aw = a.weekday();
  switch (m) {
    case WdMode::kPastIncl: return a.AddDays(-((aw - wd + 7) % 7));
    case WdMode::kPastStrict: { int d = (aw - wd + 7) % 7; return a.AddDays(-(d == 0 ? 7 : d)); }
    case WdMode::kFutureIncl: return a.AddDays((wd - aw + 7) % 7);
    case WdMode::kFutureStrict: { int d = (wd - aw + 7) % 7; return a.AddDays(d == 0 ? 7 : d); }
    case WdMode::kThisWeek: return a.AddDays(wd - aw);
  }
  return {};
}

// The year of a month name with no year: the latest such month not after
// the anchor's (strict: before it), or the next one for a future reading.
int MonthYear(const Date& a, int m, WdMode mode) {
  switch (mode) {
    case WdMode::kPastIncl: return m <= a.month ? a.year : a.year - 1;
    case WdMode::kPastStrict: return m < a.month ? a.year : a.year - 1;
    case WdMode::kFutureIncl: return m >= a.month ? a.year : a.year + 1;
    case WdMode::kFutureStrict: return m > a.month ? a.year : a.year + 1;
    case WdMode::kThisWeek: return a.year;
  }
  return a.year;
}

Date AddMonths(const Date& a, int k) {
  int idx = a.year * 12 + (a.month - 1) + k;
  return Date::Month(idx / 12, idx % 12 + 1);
}

std::string IsoWeek(const Date& d) {
  Date thu = d.AddDays(3 - d.weekday());
  int doy = thu.first_day() - Date::Day(thu.year, 1, 1).first_day();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thu.year, doy / 7 + 1);
  return buf;
}

// Weeks have no Date precision: a week is reported as the month holding its
// Thursday (ISO 8601 puts a week in the year of its Thursday), so a reader
// never takes a guessed day for a reported one.
Date WeekMonth(const Date& d) { return d.AddDays(3 - d.weekday()).Truncate(Precision::kMonth); }

// Built by appending: GCC 12 warns (-Wrestrict, a false positive) on
// "P" + std::to_string(...) once inlined.
std::string Duration(int n, int unit) {
  const std::string count = n > 0 ? std::to_string(n) : "X";
  auto years = [&](int per, const char* vague) {
    if (n <= 0) return std::string(vague);
    std::string v = "P";
    v += std::to_string(n * per);
    v += 'Y';
    return v;
  };
  auto make = [&](const char* prefix, const char* suffix) {
    std::string v = prefix;
    v += count;
    v += suffix;
    return v;
  };
  switch (unit) {
    case kDayU: return make("P", "D");
    case kWeekU: return make("P", "W");
    case kMonthU: return make("P", "M");
    case kYearU: return make("P", "Y");
    case kDecadeU: return years(10, "PXDE");
    case kQuarterU: return make("P", "Q");
    case kHourU: return make("PT", "H");
    case kMinuteU: return make("PT", "M");
    case kWeekendU: return make("P", "WE");
    case kCenturyU: return years(100, "PXCE");
  }
  return make("P", "");
}

class Finder {
 public:
  Finder(std::string_view text, uint32_t base, const Date& anchor, std::vector<TimexMatch>* out, bool want_timex3)
      : text_(text), base_(base), anchor_(anchor), has_anchor_(anchor.precision == Precision::kDay), out_(out),
        want_timex3_(want_timex3), out_begin_(out->size()) {}
  // For tests: the words Split finds, as (begin, end, lower case, class).
  std::vector<TimexWord> Words() {
    Split();
    std::vector<TimexWord> v;
    for (size_t i = 0; i < w_.size(); ++i)
      v.push_back({base_ + w_[i].b, base_ + w_[i].e, std::string(Low(w_[i])), static_cast<int>(w_[i].cat()),
                   w_[i].num});
    return v;
  }
  // Reads the words of tokens[tb, te) the segmenter vouched for from the
  // tokens (Split).
  void UseTokens(const Token* tokens, uint32_t tb, uint32_t te) {
    toks_ = tokens;
    tb_ = tb;
    te_ = te;
  }

  // Classes Try() has nothing to start from (see Run); kNone is the class
  // of a word not in the lexicon.
  static constexpr uint32_t kInert = 1u << static_cast<int>(Cat::kNone) | 1u << static_cast<int>(Cat::kContext) |
                                     1u << static_cast<int>(Cat::kOf) | 1u << static_cast<int>(Cat::kFuture) |
                                     1u << static_cast<int>(Cat::kPod) | 1u << static_cast<int>(Cat::kSeason);

  // The classes a rule may start at that are no trigger word (IsTrigger):
  // see Split's start list. Derived from the two tests so that it cannot
  // drift from them.
  static constexpr uint32_t kLeadClasses = [] {
    uint32_t m = 0;
    for (int c = 0; c <= static_cast<int>(Cat::kOf); ++c)
      if (!(kInert >> c & 1) && !IsTrigger(static_cast<Cat>(c))) m |= 1u << c;
    return m;
  }();

  void Run() {
    Split();
    if (!any_trigger_) return;
    // Try() at each word a rule may start at (Split marked them), in text
    // order, skipping words inside the expression found last. The words
    // left out are those where Try() would return their index and emit
    // nothing:
    //
    // A word with no lexicon class whose first byte is not a digit: every
    // rule needs a class, a number, a day "26th" or a decade "1990s", all
    // digit-initial.
    //
    // A word whose class no rule starts at (kInert: "in", "of", "will",
    // "morning", "summer"), when it is not digit-initial: Try() first looks
    // for a weekday (needs kWeekday), a decade (digit-initial) and a written
    // date (ParseWritten needs a number, a digit-initial day or kMonth),
    // then its switch has no case for these classes, and `num` is -1 for a
    // word that does not start with a digit. Such words only qualify a
    // neighbour that a rule starts at ("in 2022" starts at the year); on
    // te3silver they were 68,000 of the 149,000 Try() calls.
    //
    // A determiner or count with no digit-initial or trigger word in the
    // kTimexLeadWords words after it (see Split's start list).
    //
    // Walking the marked words instead of testing every word here took
    // ~4M instructions off te3silver's finder.
    size_t i = 0;  // the first word not yet covered
    for (size_t k = 0; k < w_.num_starts(); ++k) {
      const size_t at = w_.start(k);
      if (at < i) continue;  // inside the expression found last
      const size_t end = Try(at);
      i = end > at ? end : at + 1;
    }
  }

 private:
  // Finds the words (SeparatorLength decides, as before) and lower-cases
  // only their bytes into `low` at the same offsets. Equivalent to
  // lower-casing the whole sentence first: bytes outside words are never
  // read through `low`, and a C3 lead byte (never a separator) always starts
  // its Latin-1 pair inside a word, so pairs are aligned as in a pass from
  // the start of the sentence. (That holds for valid UTF-8, which ingest
  // guarantees: invalid input is reported and skipped before coding.)
  //
  // Given the segmenter's tokens (toks_, FindTimexesInTokens), the words of
  // the tokens it vouched for (Token::finder) are taken from their spans,
  // and only the stretches between are split byte by byte. Why the words
  // are the same as one pass over the whole text: a vouched-for word is
  // followed by a finder separator (or the text's end), so no word runs
  // out of it; a separator token holds no word byte; and the bytes between
  // tokens are ASCII whitespace, or a skipped non-ASCII space, after which
  // the segmenter clears the token before (finder 0). So a vouched-for token
  // read right after another (or first in the text) starts at a word
  // boundary too, and every other word byte lies in a stretch from the end
  // of a vouched-for token (or the text's start, a boundary) to the start of
  // the next one (or the text's end). A stretch is split by the byte loop,
  // which ends its last word at a separator as the one pass does: past the
  // stretch's end when a word runs on into the next token (U+3000 glues
  // them), and then the tokens it covered are skipped. So each word is read
  // once, from where the one pass reads it, in text order, and the start list
  // sees the same words. (te3silver: Split 50.8M -> 43.9M instructions; the
  // byte loop was ~130 a word, most words now come from tokens.)
  void Split() {
    thread_local std::string low;
    const uint32_t n = static_cast<uint32_t>(text_.size());
    w_.Prepare(n / 2 + 1);
    // 16 bytes of slack: FastLexicon::FindPadded reads 16 bytes from a
    // word's start whatever its length.
    if (low.size() < n + 16) low.resize(n + 16);
    char* lo = low.data();
    lo_ = lo;
    const unsigned char* t = reinterpret_cast<const unsigned char*>(text_.data());
    // Every byte | 0x20 first, in one pass of 16-byte steps: that is the
    // lower case of any ASCII letter or digit, so the words of vouched-for
    // tokens (ASCII letters and digits only, doc.h) and the byte loop's
    // runs of ASCII letters are lowered already; the byte loop still writes
    // each other byte of its words (Latin-1 capitals, other non-ASCII), and
    // bytes outside words are never read through `low`. (te3silver: one
    // pass of ~9 steps a sentence in place of a 16-byte loop and a byte
    // tail per token word, which were ~6M instructions and ~90k
    // mispredicted branches.)
    OrCaseAll(t, lo, n);
    const FastLexicon& lex = FastLex();
    // Locals, not members, for what the loop updates (see WordBuf::words).
    Word* const words = w_.words();
    uint32_t* const starts = w_.starts();
    uint32_t* const triggers = w_.triggers();
    // The next word's slot: a cursor, not a count and an index (the word's
    // index is needed only for the trigger list).
    Word* next_word = words;
    size_t num_triggers = 0;
    // The start words that are no trigger word (a determiner "the" or a
    // count "a", "three": kLeadClasses) are listed only when a digit-initial
    // or trigger word follows within kTimexLeadWords words: without one,
    // Try() returns their index and emits nothing (Determiner needs a
    // trigger right after, Count a unit at most three words after: "a
    // couple of weeks"), and skipping a start whose Try() would return its
    // own index changes nothing in Run's walk. They are the most common
    // start words (left out, they took te3silver's Try() calls from 74,500 to 45,700). So at
    // each digit-initial or trigger word j, the lead words in the
    // kTimexLeadWords words before it not listed yet are listed, in text
    // order, before j.
    //
    // The word loop below only notes each digit-initial or trigger word j
    // in `triggers` (j * 2, + 1 when a rule may start at j); the start list
    // with its lead words is built after it from that list (a word's class
    // is final once the word is stored, so the leads found are the same).
    // Rare work out of the loop that runs for every word: with the lead
    // bookkeeping inside it, GCC kept its state live across every word and
    // spilled the loop's own values to the stack.
    // Records the word [wb, we), its lower case already in `lo`: its
    // number, its lexicon entry, and whether a rule may start at it.
    // `find()` gives the lexicon entry (or null) of a word that is not
    // digit-initial, the only words it is called for: FindPadded on the
    // bytes, or from the segmenter's token (see the token loop below).
    // Inlined at both calls (GCC would otherwise call it once it holds
    // both lookups: a call per word, ~+8M on te3silver).
    auto add_word = [&](uint32_t wb, uint32_t we, auto find) __attribute__((always_inline)) {
      // Built in place in w_ (every word found is kept): a local Word
      // pushed back was copied, ~18M instructions of vector code on te3silver.
      Word& w = *next_word++;  // within the Prepare()d count, by the bound above
      w.b = wb;
      w.e = we;
      w.num = -1;
      w.ndig = 0;
      w.lex = &kNoLex;
      unsigned char c0 = t[wb];
      if (c0 >= '0' && c0 <= '9') {
        bool digits = we - wb <= 9;
        for (uint32_t k = wb; digits && k < we; ++k) digits = t[k] >= '0' && t[k] <= '9';
        if (digits) {
          w.ndig = static_cast<uint8_t>(we - wb);
          int num = 0;
          for (uint32_t k = wb; k < we; ++k) num = num * 10 + (t[k] - '0');
          w.num = num;
        }
        triggers[num_triggers++] = static_cast<uint32_t>(&w - words) * 2 + 1;  // digit-initial: a start
      } else if (const Lex* l = find()) {
        w.lex = l;
        Cat c = l->cat;
        if (IsTrigger(c))
          triggers[num_triggers++] =
              static_cast<uint32_t>(&w - words) * 2 + (kInert >> static_cast<int>(c) & 1 ? 0u : 1u);
      }
    };
    // Without tokens, one stretch: the whole text. The token fields in
    // locals: the lower-case stores through `lo` may alias members.
    const Token* const toks = toks_;
    const uint32_t te = te_, base = base_;
    const uint64_t base2 = uint64_t{base} << 32 | base;  // `base` in both halves (the plain words' spans)
    uint32_t i = 0, stop = toks != nullptr ? 0 : n;
    uint32_t k = tb_;  // the next token to read
    for (;;) {
      while (i < stop) {
        if (t[i] < 0x80) {
          if (kSep.v[t[i]]) { ++i; continue; }
        } else if (uint32_t sep = SeparatorLength(text_, i)) {
          i += sep;
          continue;
        }
        // The word's bounds are kept in locals and its Word written once it
        // ends: the lower-case stores below go through a char pointer, which
        // may alias anything, so fields written before them would be reloaded.
        const uint32_t wb = i;
        bool ended_on_sep = false;  // the word ended at an ASCII separator, t[i]
        while (i < n) {
          // Fast path, 8 bytes at a time: the leading run of ASCII letters in
          // t[i, i + 8) is exactly what the byte loop below would take one by
          // one (kLowerWord.v = b + 32 for A-Z, b for a-z), and OrCaseAll
          // has already stored that lower case (b | 0x20). The byte after
          // the run, if an ASCII separator, ends the word here; a digit or a
          // byte >= 0x80 goes to the byte loop.
          if (i + 8 <= n) {
            uint64_t x;
            std::memcpy(&x, t + i, 8);
            const uint64_t run_end = ~LetterMask(x) & kHigh;  // bit 7 of each byte that is not a letter
            const uint32_t r = run_end ? static_cast<uint32_t>(std::countr_zero(run_end)) / 8 : 8;
            i += r;
            if (r == 8) continue;
            if (kLowerWord.v[t[i]] == 0) {
              ended_on_sep = true;
              break;
            }
          }
          unsigned char c = t[i];
          // One table load per ASCII byte: its lower case, 0 for a separator
          // (kSep), 1 for bytes >= 0x80 (handled below).
          const unsigned char v = kLowerWord.v[c];
          if (v > 1) {
            lo[i++] = static_cast<char>(v);
          } else if (v == 0) {
            break;
          } else if (c == 0xC3) {
            // Latin-1 capitals À..Þ (except ×) are C3 80..C3 9E; lower case is +0x20.
            lo[i++] = static_cast<char>(c);
            if (i < n && SeparatorLength(text_, i) == 0) {
              unsigned char d = t[i];
              lo[i++] = static_cast<char>((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d);
            }
          } else {
            if (SeparatorLength(text_, i) != 0) break;
            lo[i++] = static_cast<char>(c);
          }
        }
        add_word(wb, i, [&]() __attribute__((always_inline)) { return lex.FindPadded(lo + wb, i - wb); });
        // That separator is one byte and separates nothing further: step
        // over it here rather than test it again at the top of the loop.
        i += ended_on_sep;
      }
      if (k >= te) break;
      // The stretch's last word ran on past its end: skip the tokens it
      // covered. (Its end, not i: i may be one past the separator that
      // ended it, which may be the next token's first byte, "Niño's".)
      if (i > stop && next_word != words && next_word[-1].e > stop) {
        const uint32_t covered = next_word[-1].e;
        while (k < te && toks[k].span.begin - base < covered) ++k;
      }
      // The tokens the segmenter vouched for, from the end of the stretch.
      const uint32_t first = k;
      uint8_t f;
      while (k < te && (f = toks[k].finder) != 0) {
        if (f == (kFinderWordAt0 | kFinderNoLex)) {
          // The token is one word of ASCII letters (no digit: the
          // segmenter gives kFinderNoLex to no other token, see its `emit`
          // in segment.cc) that is no lexicon word (the segmenter proved
          // it from lower_hash, Segmenter::TimeWord): what add_word makes
          // of it is known
          // without its digit test and lookup, a plain word (num -1,
          // ndig 0, kNoLex) starting at the token's start, and it is no
          // trigger (only a digit or a lexicon class makes one). Most
          // token words take this path (te3silver: 217,700 of 340,200);
          // through add_word each was ~37 instructions with the loop's
          // own, here ~21 (no digit test, no finder-bit masks, no spilled
          // mask for the lookup's k = 0 test): Split 28.8M -> 25.2M.
          Word& w = *next_word++;  // within the Prepare()d count, as add_word's
          // The token's begin and end, less `base` each, in one 8-byte
          // load, subtraction and store (Span's and Word's two offsets are
          // adjacent, little-endian: static_asserts at Word): begin >= base,
          // so the low half never borrows from the high one. Two loads, two
          // subtractions and two stores before (~3 instructions a word,
          // te3silver's 217,700 such words).
          uint64_t span;
          std::memcpy(&span, &toks[k].span, sizeof span);
          span -= base2;
          std::memcpy(static_cast<void*>(&w), &span, sizeof span);
          w.num = -1;
          w.ndig = 0;
          w.lex = &kNoLex;
        } else if (f == kFinderWordAt0) {
          // k = 0 without kFinderNoLex: the word is the token's whole
          // `lower` (ASCII letters and digits, lowered as `lo` holds them),
          // so its lower_hash is its TokenHash and the entry is looked up
          // by that (FindByTokenHash). Its own branch, ahead of the
          // clitics': the word's start needs no finder-bit mask, nor the
          // lookup a second test of k (te3silver: 115,500 words, "the",
          // "of", "in" and numbers; Split 25.2M -> 24.4M).
          const uint32_t wb = toks[k].span.begin - base, we = toks[k].span.end - base;
          const Token* const tok = toks + k;
          add_word(wb, we, [&]() __attribute__((always_inline)) {
            return lex.FindByTokenHash(tok->lower_hash, we - wb);
          });
        } else if (f != kFinderSeparator) {
          // A clitic's word (k = 1 or 3 past its apostrophe; kFinderNoLex
          // is set only with k = 0): ASCII letters and digits only (doc.h),
          // which OrCaseAll lowered. Only part of the token, so looked up
          // by its bytes (FindLikelyKey: a word the segmenter did not rule
          // out is most likely a key).
          const uint32_t wb = toks[k].span.begin - base + ((f & kFinderWordMask) - kFinderWordAt0),
                         we = toks[k].span.end - base;
          add_word(wb, we, [&]() __attribute__((always_inline)) { return lex.FindLikelyKey(lo + wb, we - wb); });
        }
        ++k;
      }
      if (k > first) i = toks[k - 1].span.end - base;
      // Up to the next token vouched for, or the text's end.
      if (k < te) {
        while (++k < te && toks[k].finder == 0) {
        }
      }
      stop = k < te ? toks[k].span.begin - base : n;
    }
    // The start list: at each trigger j, the lead words among the
    // kTimexLeadWords words before it not listed yet, then j if a rule may
    // start there.
    size_t num_starts = 0, leads_done = 0;  // words below leads_done were looked at
    for (size_t q = 0; q < num_triggers; ++q) {
      const size_t j = triggers[q] >> 1;
      for (size_t x = j > kTimexLeadWords ? std::max(j - kTimexLeadWords, leads_done) : leads_done; x < j; ++x)
        if (kLeadClasses >> static_cast<int>(words[x].lex->cat) & 1) starts[num_starts++] = static_cast<uint32_t>(x);
      leads_done = j + 1;
      if (triggers[q] & 1) starts[num_starts++] = static_cast<uint32_t>(j);
    }
    w_.SetCounts(static_cast<size_t>(next_word - words), num_starts);
    any_trigger_ = num_triggers > 0;
  }

  // Text between word i and word i + 1 (or the end), without spaces.
  std::string_view Gap(size_t i) const {
    uint32_t b = w_[i].e, e = i + 1 < w_.size() ? w_[i + 1].b : static_cast<uint32_t>(text_.size());
    return TrimSpaces(text_.substr(b, e - b));
  }
  bool Plain(size_t i) const { return i + 1 < w_.size() && Gap(i).empty(); }
  bool Has(size_t i) const { return i < w_.size(); }
  // The word starts with a capital: A-Z or a Latin-1 capital (C3 80..C3 9E).
  // Only month and weekday names ask, so it is read from the text then
  // rather than stored for every word.
  bool Cap(size_t i) const {
    const unsigned char* t = reinterpret_cast<const unsigned char*>(text_.data());
    const Word& w = w_[i];
    const unsigned char c0 = t[w.b];
    return (c0 >= 'A' && c0 <= 'Z') || (c0 == 0xC3 && w.e > w.b + 1 && t[w.b + 1] <= 0x9E);
  }
  const Word& W(size_t i) const { return w_[i]; }
  std::string_view Low(const Word& w) const { return std::string_view(lo_ + w.b, w.e - w.b); }
  bool Is(size_t i, Cat c) const { return i < w_.size() && w_[i].cat() == c; }
  bool IsWord(size_t i, std::string_view s) const { return i < w_.size() && Low(w_[i]) == s; }

  // A day of the month, "26" or "26th"; 0 if not.
  int DayAt(size_t i) const {
    if (!Has(i)) return 0;
    const Word& w = w_[i];
    if (w.num >= 1 && w.num <= 31 && w.ndig <= 2) return w.num;
    std::string_view s = Low(w);
    if (s.size() >= 3 && s.size() <= 4 && s[0] >= '0' && s[0] <= '9') {
      std::string_view suf = s.substr(s.size() - 2);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
        int d = 0;
        for (char c : s.substr(0, s.size() - 2)) {
          if (c < '0' || c > '9') return 0;
          d = d * 10 + (c - '0');
        }
        return d >= 1 && d <= 31 ? d : 0;
      }
    }
    return 0;
  }
  int YearAt(size_t i) const {
    if (!Has(i) || w_[i].ndig != 4 || w_[i].num < 1000 || w_[i].num > 2999) return 0;
    return w_[i].num;
  }
  // A month name that is a month here. English names need a capital;
  // "May" and "March" also need a day, a year or a leading preposition;
  // abbreviations need a day, a year or their period.
  bool MonthAt(size_t i) const {
    if (!Is(i, Cat::kMonth)) return false;
    const Word& w = w_[i];
    uint8_t f = w.lex->flags;
    if (f & kEs) return true;
    if (!Cap(i)) return false;
    bool followed = DayAt(i + 1) || YearAt(i + 1);
    if (f & kAbbrev) {
      std::string_view g = Gap(i);
      return followed || (!g.empty() && g[0] == '.');
    }
    if (f & kAmbiguous) {
      if (followed) return true;
      if (i == 0) return false;
      Cat p = w_[i - 1].cat();
      return p == Cat::kContext || p == Cat::kMod || p == Cat::kOf || p == Cat::kFuture;
    }
    return true;
  }
  bool WeekdayAt(size_t i) const {
    return Is(i, Cat::kWeekday) && ((w_[i].lex->flags & kEs) || Cap(i));
  }
  // "will", "shall", "scheduled" or a Spanish future form ("viajará") in
  // the six words before word i, or a deadline word ("by", "until") or
  // "next"/"próximo" right before it ("el próximo 24 de abril"): the
  // expression points forward. The farthest any rule reads back
  // (kTimexLookBackWords, which the time tagger relies on). A word of plan
  // or deadline wins over a verb form (kAheadByPlan): the time tagger may
  // read a verb's cue back again when the clause's tense is past ("will
  // say the talks ended on April 24"), never a plan's.
  YearReading CueBefore(size_t i) const {
    YearReading r = YearReading::kBack;
    if (i > 0 && w_[i - 1].is(Cat::kMod, kNext)) return YearReading::kAheadByPlan;
    // "as soon as Tuesday", "as early as March 3": the earliest a coming
    // act can happen ("the envoy could arrive as soon as Tuesday"). Read
    // like a verb's cue, so a past clause still reads it back ("had heard
    // of it as early as Monday", time_tagger.cc).
    if (i >= 3 && Low(w_[i - 1]) == "as" && Low(w_[i - 3]) == "as" &&
        (Low(w_[i - 2]) == "soon" || Low(w_[i - 2]) == "early"))
      return YearReading::kAheadByVerb;
    for (size_t k = i > kTimexLookBackWords ? i - kTimexLookBackWords : 0; k < i; ++k) {
      if (w_[k].cat() == Cat::kFuture &&
          (w_[k].lex->val == 0 || k + 1 == i || (k + 2 == i && Low(w_[k + 1]) == "on"))) {
        if (!IsFutureAuxiliary(Low(w_[k]))) return YearReading::kAheadByPlan;
        r = YearReading::kAheadByVerb;
        continue;
      }
      std::string_view s = Low(w_[k]);
      if (s.size() > 4 && (s.ends_with("r\xC3\xA1") || s.ends_with("r\xC3\xA1n"))) r = YearReading::kAheadByVerb;
    }
    return r;
  }
  bool FutureBefore(size_t i) const { return CueBefore(i) != YearReading::kBack; }
  // A past verb form among the kTimexLookBackWords words before word i
  // ("met", "was", "signed", "se firmó", "llegaron"), read from the bytes
  // alone: the finder's look at the clause's tense, which keeps a bare day
  // or month of the past reading when it would otherwise be read as the
  // coming one (kAheadByNearness: "the council met on Oct. 3" written on
  // Sept. 27 is last year's). Only asked for such a date, so it costs
  // nothing in the per-word loop; the time tagger reads the tense again
  // from the tags.
  bool PastFormBefore(size_t i) const {
    static constexpr std::string_view kIrregular[] = {
        "was", "were", "had", "did", "met", "said", "told", "took", "made", "went", "came", "gave", "held",
        "left", "saw", "began", "won", "lost", "fell", "rose", "sent", "became", "brought", "fought", "led",
        "struck", "knew", "thought", "found", "paid", "sold", "bought", "spoke", "wrote", "ran", "flew", "fled",
        "fue", "era", "eran", "hab\xC3\xAD" "a", "hab\xC3\xAD" "an"};
    for (size_t k = i > kTimexLookBackWords ? i - kTimexLookBackWords : 0; k < i; ++k) {
      const std::string_view s = Low(w_[k]);
      if (s.size() > 3 && s.ends_with("ed")) return true;
      // Spanish preterites: "firmó", "llegaron", "fueron", "dijeron".
      if (s.size() > 2 && s.ends_with("\xC3\xB3")) return true;
      if (s.size() > 4 && s.ends_with("ron")) return true;
      for (std::string_view x : kIrregular)
        if (s == x) return true;
    }
    return false;
  }
  static bool IsFutureAuxiliary(std::string_view s) { return s == "will" || s == "shall" || s == "ll" || s == "would"; }

  // `timex3()` makes the TIMEX3 value when it is not the date's own
  // (v.str()): a week, a duration, a quarter. The pipeline never reads
  // timex3 (only the suite evaluator does), so it asks FindTimexes not to
  // format it, and then neither Date::str() (once 8% of the finder) nor
  // these strings are made.
  template <class MakeTimex3>
  void Emit(size_t wb, size_t we, const Date& v, TimeKind k, const char* rule, const MakeTimex3& timex3) {
    TimexMatch m;
    m.span = {base_ + w_[wb].b, base_ + w_[we - 1].e};
    m.value = v;
    m.kind = k;
    m.rule = rule;
    // "Friday night" stays a day: TimeML annotators mostly write the date
    // alone for it too, and events need no part of day.
    if (want_timex3_) {
      m.timex3 = timex3();
      if (m.timex3.empty()) m.timex3 = v.str();
    }
    out_->push_back(std::move(m));
  }
  void Emit(size_t wb, size_t we, const Date& v, TimeKind k, const char* rule) {
    Emit(wb, we, v, k, rule, [] { return std::string(); });
  }
  void Emit(size_t wb, size_t we, const Date& v, TimeKind k, const char* rule, const char* timex3) {
    Emit(wb, we, v, k, rule, [timex3] { return std::string(timex3); });
  }

  // A calendar date starting at word i: "Sept. 26", "September 26, 2025",
  // "26 September 2025", "26 de septiembre de 2025", "September 2025",
  // "2025-09-26", "9/26/2025". Sets *end past it; year 0 = not written.
  // Reads words i .. i + 4 ("26 de septiembre de 2025"; MonthAt reads the
  // word after the month) (kTimexReadAheadWords counts these reaches).
  struct Written { int y = 0, m = 0, d = 0; };
  // Whether a written date may start at word i, asked before each call of
  // ParseWritten, which is out of line (~90 instructions a call with its
  // frame). Every form it reads opens with a number (ISO, US, a day "26" or
  // "26th": `num` is set only for digit-initial words, DayAt's other case
  // tests the first lower-case byte for a digit, and a digit's lower case is
  // itself) or with a month name (MonthAt needs kMonth). For any other word
  // it returns false without writing *end or *out, so skipping its call
  // changes nothing. Most of the words Try() starts at are determiners,
  // counts and other trigger words ("the", "a", "year", "last").
  bool MayStartWritten(size_t i) const {
    if (!Has(i)) return false;
    const Word& w = w_[i];
    const unsigned char c = static_cast<unsigned char>(lo_[w.b]);
    return w.cat() == Cat::kMonth || (c >= '0' && c <= '9');
  }

  bool ParseWritten(size_t i, size_t* end, Written* out) const {
    if (!Has(i)) return false;
    const Word& w = w_[i];
    if (w.num >= 0) {
      // (The digit counts are tested before the gaps: Gap() trims spaces
      // out of line, and most numbers in news, "1.5 billion", "1,200",
      // fail on the counts. The tests have no side effects, so the order
      // changes no answer.)
      // ISO 2025-09-26.
      if (w.ndig == 4 && Has(i + 2) && w_[i + 1].ndig >= 1 && w_[i + 1].ndig <= 2 && w_[i + 2].ndig >= 1 &&
          w_[i + 2].ndig <= 2 && Gap(i) == "-" && Gap(i + 1) == "-" &&
          IsValidDay(w.num, w_[i + 1].num, w_[i + 2].num)) {
        *out = {w.num, w_[i + 1].num, w_[i + 2].num};
        *end = i + 3;
        return true;
      }
      // US 9/26/2025 (or 26/9/2025 when the first number cannot be a month).
      if (w.ndig <= 2 && Has(i + 2) && w_[i + 1].ndig >= 1 && w_[i + 1].ndig <= 2 &&
          (w_[i + 2].ndig == 4 || w_[i + 2].ndig == 2) && Gap(i) == "/" && Gap(i + 1) == "/") {
        int m = w.num, d = w_[i + 1].num, y = w_[i + 2].num;
        if (m > 12) std::swap(m, d);
        if (y < 100) y += y >= 50 ? 1900 : 2000;
        if (IsValidDay(y, m, d)) {
          *out = {y, m, d};
          *end = i + 3;
          return true;
        }
      }
    }
    // Day first: "26 September", "26 de septiembre".
    if (int d = DayAt(i)) {
      size_t j = i + 1;
      if (Is(j, Cat::kOf) && (w_[j].lex->flags & kEs)) ++j;
      if (MonthAt(j)) {
        Written r{0, w_[j].lex->val, d};
        size_t k = j + 1;
        if (Has(k) && (Gap(j).empty() || Gap(j) == "," || Gap(j) == ".")) {
          size_t y = Is(k, Cat::kOf) ? k + 1 : k;
          if (YearAt(y)) { r.y = YearAt(y); k = y + 1; }
        }
        *out = r;
        *end = k;
        return true;
      }
      return false;
    }
    // Month first: "Sept. 26", "September 26, 2025", "September 2025", "septiembre de 2025".
    if (MonthAt(i)) {
      Written r{0, w.lex->val, 0};
      size_t k = i + 1;
      std::string_view g = Has(i + 1) ? Gap(i) : std::string_view("|");
      bool joined = g.empty() || g == ".";
      if (joined && DayAt(k) && !YearAt(k)) {
        r.d = DayAt(k);
        std::string_view g2 = Has(k + 1) ? Gap(k) : std::string_view("|");
        if ((g2.empty() || g2 == ",") && YearAt(k + 1)) {
          r.y = YearAt(k + 1);
          k += 2;
        } else {
          k += 1;
        }
      } else if (joined && YearAt(k)) {
        r.y = YearAt(k);
        ++k;
      } else if (joined && Is(k, Cat::kOf) && YearAt(k + 1)) {
        r.y = YearAt(k + 1);
        k += 2;
      }
      *out = r;
      *end = k;
      return true;
    }
    return false;
  }

  // Resolves a written date; false when it needs an anchor there is not.
  // *reading (when given) tells how the year was chosen (TimexMatch::reading).
  bool ResolveWritten(const Written& r, size_t at, Date* out, YearReading* reading = nullptr) const {
    YearReading unused;
    if (!reading) reading = &unused;
    *reading = YearReading::kFixed;
    if (r.y) {
      *out = r.d ? Date::Day(r.y, r.m, r.d) : Date::Month(r.y, r.m);
      return !r.d || IsValidDay(r.y, r.m, r.d);
    }
    if (!has_anchor_) return false;
    // A future cue only reaches about half a year ahead: "until Feb. 23"
    // written in March is last February, not next year's.
    *reading = CueBefore(at);
    bool future = *reading != YearReading::kBack;
    // "el próximo 24 de abril", "next April 24": the next one, however far.
    const bool next = at > 0 && w_[at - 1].is(Cat::kMod, kNext);
    if (!r.d) {
      int y = MonthYear(anchor_, r.m, future ? WdMode::kFutureIncl : WdMode::kPastIncl);
      if (future && !next && (y * 12 + r.m) - (anchor_.year * 12 + anchor_.month) > 6) {
        y = MonthYear(anchor_, r.m, WdMode::kPastIncl);
        *reading = YearReading::kBack;
      }
      // The month after the anchor's ("in November" written in October):
      // read back it would be eleven months ago, which news writes "last
      // November"; the bare name is the coming one (kAheadByNearness: a
      // past clause still reads it back, time_tagger.cc).
      if (!future && r.m == anchor_.month % 12 + 1 && !PastFormBefore(at)) {
        y = MonthYear(anchor_, r.m, WdMode::kFutureIncl);
        *reading = YearReading::kAheadByNearness;
      }
      *out = Date::Month(y, r.m);
      return true;
    }
    if (future) {
      Date best;
      for (int y = anchor_.year; y <= anchor_.year + 1 && !best.valid(); ++y)
        if (IsValidDay(y, r.m, r.d) && Date::Day(y, r.m, r.d) >= anchor_) best = Date::Day(y, r.m, r.d);
      if (best.valid() && (next || best.first_day() - anchor_.first_day() <= 183)) {
        *out = best;
        return true;
      }
      future = false;
      *reading = YearReading::kBack;
    }
    // A day less than a season ahead ("Nov. 13" written on Nov. 2, "Jan.
    // 14" on Jan. 5): read back it would be nine months to a year ago, a
    // date news writes with its year (a day of the current year, or one
    // just past, goes without: AP style), so the bare day is the coming
    // one: "the new tariff takes effect Nov. 13", "shareholders on the
    // register on Nov. 16 are paid". kAheadByNearness: the time tagger still reads it back in a past
    // clause ("the talks ended Nov. 13", time_tagger.cc).
    // (The distance first: the look back for a past form is for the few
    // days it lets through.)
    for (int y = anchor_.year; y <= anchor_.year + 1; ++y) {
      if (!IsValidDay(y, r.m, r.d)) continue;
      const Date d = Date::Day(y, r.m, r.d);
      if (anchor_ < d) {
        if (d.first_day() - anchor_.first_day() <= kNearAheadDays && !PastFormBefore(at)) {
          *out = d;
          *reading = YearReading::kAheadByNearness;
          return true;
        }
        break;
      }
    }
    // The latest such day not after the anchor; Feb 29 looks back to a
    // leap year.
    for (int y = anchor_.year; y > anchor_.year - 8; --y) {
      if (!IsValidDay(y, r.m, r.d)) continue;
      Date d = Date::Day(y, r.m, r.d);
      if (d <= anchor_) {
        *out = d;
        return true;
      }
    }
    return false;
  }

  // Part of day after a weekday or deictic ("Friday night"): extends the span.
  // Reads word i (and the gap before it).
  size_t PodAfter(size_t i) const { return Is(i, Cat::kPod) && Plain(i - 1) ? i + 1 : i; }

  // Reads words wd_word .. wd_word + 2 ("viernes pasado por la noche":
  // the modifier, then PodAfter).
  // `reading`: how `mode` was chosen (TimexMatch::reading); a Spanish
  // modifier after the weekday fixes it.
  bool EmitWeekday(size_t wb, size_t wd_word, WdMode mode, const char* rule,
                   YearReading reading = YearReading::kFixed) {
    if (!has_anchor_) return false;
    int wd = w_[wd_word].lex->val;
    size_t end = wd_word + 1;
    // Spanish "el viernes pasado", "el viernes próximo".
    if (Is(end, Cat::kMod) && (w_[wd_word].lex->flags & kEs)) {
      if (w_[end].is(Cat::kMod, kLast)) { mode = WdMode::kPastStrict; ++end; reading = YearReading::kFixed; }
      else if (w_[end].is(Cat::kMod, kNext)) { mode = WdMode::kFutureStrict; ++end; reading = YearReading::kFixed; }
    }
    end = PodAfter(end);
    Emit(wb, end, ResolveWeekday(anchor_, wd, mode), TimeKind::kWeekday, rule);
    out_->back().reading = reading;
    return true;
  }

  // Relative unit after last/this/next: "last week", "next year", "this month".
  // `latest` (for "the weekend") takes the weekend on or before the anchor
  // where "this weekend" on a weekday means the coming one.
  bool EmitUnit(size_t wb, size_t unit_word, int delta, const char* rule, size_t end = 0, bool latest = false) {
    if (!has_anchor_) return false;
    if (!end) end = unit_word + 1;
    switch (w_[unit_word].lex->val) {
      case kWeekU: {
        Date d = anchor_.AddDays(7 * delta);
        Emit(wb, end, WeekMonth(d), TimeKind::kRelative, rule, [&] { return IsoWeek(d); });
        return true;
      }
      case kWeekendU: {
        // The weekend on or before the anchor (a Sunday anchor is in it).
        Date sat = anchor_.AddDays(-((anchor_.weekday() - 5 + 7) % 7)).AddDays(7 * delta);
        if (delta == 0 && !latest && anchor_.weekday() < 5) sat = anchor_.AddDays(5 - anchor_.weekday());
        Emit(wb, end, sat.Truncate(Precision::kMonth), TimeKind::kRelative, rule, [&] { return IsoWeek(sat) + "-WE"; });
        return true;
      }
      case kMonthU: Emit(wb, end, AddMonths(anchor_, delta), TimeKind::kRelative, rule); return true;
      case kYearU: Emit(wb, end, Date::Year(anchor_.year + delta), TimeKind::kRelative, rule); return true;
      case kQuarterU: {
        int q = (anchor_.year * 4 + (anchor_.month - 1) / 3) + delta;
        Emit(wb, end, Date::Year(q / 4), TimeKind::kRelative, rule,
             [&] { return std::to_string(q / 4) + "-Q" + std::to_string(q % 4 + 1); });
        return true;
      }
      case kDayU:
        if (delta == 0) { Emit(wb, end, anchor_, TimeKind::kRelative, rule); return true; }
        return false;
      case kCenturyU: {
        // "this century", "last century", "este siglo", "el siglo pasado":
        // the anchor's hundred years or the one before, no Date (as "the
        // 20th century"); TIMEX3 names a century by its first two digits
        // (1999: "19").
        const int c = anchor_.year / 100 + delta;
        Emit(wb, end, Date{}, TimeKind::kOther, rule, [&] {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%02d", c);
          return std::string(buf);
        });
        return true;
      }
      default: return false;
    }
  }

  // Tries the rules at word i; returns the word after a match, or i.
  // Reads at most words i + kTimexReadAheadWords ahead (timex.h), through
  // the rules it calls: a weekday and a written date after it i + 5, a
  // written date i + 4, a month with "last year" i + 3, Modifier i + 7,
  // Count and Determiner i + 4, Quarter i + 3, Deictic, Year, the fiscal
  // year and a Spanish unit i + 1.
  size_t Try(size_t i) {
    const Word& w = w_[i];
    size_t end = 0;
    Written wr;
    // Weekday followed by a written date: "Friday, Sept. 26" (the date wins).
    if (WeekdayAt(i) && MayStartWritten(i + 1) && (Gap(i).empty() || Gap(i) == ",") && ParseWritten(i + 1, &end, &wr) &&
        (wr.d || wr.y)) {
      Date d;
      if (wr.d && !wr.y && has_anchor_) {
        // The weekday picks the year: of this, last and next year's dates,
        // the nearest to the anchor that falls on that weekday.
        int best = INT32_MAX;
        for (int y = anchor_.year - 1; y <= anchor_.year + 1; ++y) {
          if (!IsValidDay(y, wr.m, wr.d)) continue;
          Date c = Date::Day(y, wr.m, wr.d);
          int dist = std::abs(c.first_day() - anchor_.first_day());
          if (c.weekday() == w.lex->val && dist < best) { best = dist; d = c; }
        }
        if (d.valid()) {
          Emit(i, end, d, TimeKind::kDate, "weekday_date");
          return end;
        }
      }
      if (ResolveWritten(wr, i, &d)) Emit(i, end, d, TimeKind::kDate, "weekday_date");
      return end;
    }
    // Decades: "the 1990s", "the early 2000s".
    if (Low(w).size() == 5 && Low(w)[4] == 's' && Low(w)[3] == '0' && w.num < 0 && std::isdigit(static_cast<unsigned char>(Low(w)[0])) &&
        std::isdigit(static_cast<unsigned char>(Low(w)[1])) && std::isdigit(static_cast<unsigned char>(Low(w)[2]))) {
      size_t b = i;
      if (b > 0 && w_[b - 1].cat() == Cat::kMod && (w_[b - 1].lex->val == kEarly || w_[b - 1].lex->val == kLate ||
                                                   w_[b - 1].lex->val == kMid))
        --b;
      if (b > 0 && w_[b - 1].cat() == Cat::kDet) --b;
      Emit(b, i + 1, Date{}, TimeKind::kOther, "decade", [&] { return std::string(Low(w).substr(0, 3)); });
      return i + 1;
    }
    if (MayStartWritten(i) && ParseWritten(i, &end, &wr)) {
      if (wr.y || wr.d) {
        Date d;
        if (YearReading rd; ResolveWritten(wr, i, &d, &rd)) {
          Emit(i, end, d, TimeKind::kDate, wr.y ? "written_date" : "month_day");
          out_->back().reading = rd;
        }
        return end;
      }
      if (wr.m) {  // month name alone
        Date d;
        // "June last year", "January this year", "marzo del año pasado".
        size_t k = end;
        if (Is(k, Cat::kOf)) ++k;
        if (has_anchor_ && Is(k, Cat::kMod) && Is(k + 1, Cat::kUnit) && w_[k + 1].lex->val == kYearU &&
            (w_[k].lex->val == kLast || w_[k].lex->val == kThis || w_[k].lex->val == kNext)) {
          int y = anchor_.year + (w_[k].lex->val == kLast ? -1 : w_[k].lex->val == kNext ? 1 : 0);
          Emit(i, k + 2, Date::Month(y, wr.m), TimeKind::kDate, "month_relative_year");
          return k + 2;
        }
        // "January nineteen ninety-seven": a month and a spelled-out year.
        if (size_t ye = 0; Is(end, Cat::kYearWord) || (Is(end + 1, Cat::kYearWord) && Is(end, Cat::kCount))) {
          if (const int y = SpelledYear(end, &ye); y && Plain(end - 1)) {
            Emit(i, ye, Date::Month(y, wr.m), TimeKind::kDate, "written_date");
            return ye;
          }
        }
        if (YearReading rd; ResolveWritten(wr, i, &d, &rd)) {
          Emit(i, end, d, TimeKind::kDate, "month");
          out_->back().reading = rd;
        }
        return end;
      }
    }
    switch (w.cat()) {
      case Cat::kWeekday:
        if (WeekdayAt(i)) {
          const YearReading rd = CueBefore(i);
          EmitWeekday(i, i, rd != YearReading::kBack ? WdMode::kFutureIncl : WdMode::kPastIncl, "weekday", rd);
          return PodAfter(i + 1);
        }
        break;
      case Cat::kDeictic: return Deictic(i);
      case Cat::kMod: return Modifier(i);
      case Cat::kCount: return Count(i, i);
      case Cat::kOrdinal: return Quarter(i);
      case Cat::kDet: return Determiner(i);
      case Cat::kRef:
        // "now", "currently", "recently": no date, but TimeML counts them.
        // "future" alone is a noun ("the country's future"); see Determiner.
        if (w.lex->val == 2) break;
        Emit(i, i + 1, Date{}, TimeKind::kOther, "reference", w.lex->val == 1 ? "PAST_REF" : "PRESENT_REF");
        return i + 1;
      case Cat::kSetAdv:
        Emit(i, i + 1, Date{}, TimeKind::kSet, "set_adverb", [&] { return Duration(1, w.lex->val); });
        return i + 1;
      case Cat::kFiscal:
        if (int y = YearAt(i + 1)) {
          Emit(i, i + 2, Date::Year(y), TimeKind::kDate, "fiscal_year");
          return i + 2;
        }
        break;
      case Cat::kUnit:
        // "Semana Santa": Holy Week, the week of Easter Sunday.
        if (w.lex->val == kWeekU && !(w.lex->flags & kPlural) && Cap(i) && IsWord(i + 1, "santa") && Cap(i + 1) &&
            Plain(i))
          return EmitHoliday(i, i + 2, kEaster, /*week=*/true);
        // "el día anterior", "al día siguiente": from the reference time.
        if (!(w.lex->flags & kPlural) && i > 0 && Is(i + 1, Cat::kMod))
          if (size_t e = UnitModifierFromReference(i); e > i) return e;
        // Spanish puts the modifier after the unit: "la semana pasada",
        // "el año pasado", "del mes próximo".
        if (!(w.lex->flags & kPlural) && i > 0 && Is(i + 1, Cat::kMod) &&
            (Low(w_[i - 1]) == "el" || Low(w_[i - 1]) == "la" || Low(w_[i - 1]) == "del") &&
            (w_[i + 1].lex->val == kLast || w_[i + 1].lex->val == kNext)) {
          size_t b = Low(w_[i - 1]) == "del" ? i : i - 1;
          EmitUnit(b, i, w_[i + 1].lex->val == kLast ? -1 : 1, "unit_modifier_es", i + 2);
          return i + 2;
        }
        // "for years", "durante años": an unspecified duration.
        if ((w.lex->flags & kPlural) && i > 0 && w_[i - 1].cat() == Cat::kContext &&
            (Low(w_[i - 1]) == "for" || Low(w_[i - 1]) == "durante" || Low(w_[i - 1]) == "over")) {
          Emit(i, i + 1, Date{}, TimeKind::kDuration, "duration_vague", [&] { return Duration(-1, w.lex->val); });
          return i + 1;
        }
        if (size_t e = UnitWord(i); e > i) return e;
        break;
      case Cat::kClockWord: return ClockWord(i);
      case Cat::kYearWord: return SpelledYearAt(i);
      case Cat::kHoliday:
        // "Christmas Island", "Easter Island" are places.
        if (Cap(i) && !(Has(i + 1) && (Low(w_[i + 1]) == "island" || Low(w_[i + 1]) == "islands")))
          return EmitHoliday(i, i + 1, w.lex->val);
        break;
      default: break;
    }
    if (w.num >= 0) {
      if (size_t e = Clock(i); e > i) return e;
      if (size_t e = Count(i, i); e > i) return e;
      return Year(i);
    }
    return GluedClock(i);
  }

  // A bare year: "in 2022", "2022." A number that counts things ("2000
  // people") is not one, so a year needs a leading preposition, trailing
  // punctuation or a following function word. Reads words i .. i + 1 (the
  // word after, or that there is none: the end of the text).
  size_t Year(size_t i) {
    const Word& w = w_[i];
    if (w.ndig != 4 || w.num < 1800 || w.num > 2099) return i;
    bool range = false;  // "2009-2010": the second year of a range
    if (i > 0) {
      std::string_view g = TrimSpaces(text_.substr(w_[i - 1].e, w.b - w_[i - 1].e));
      range = IsHyphen(g) && YearAt(i - 1);
      if (!range && (g == "$" || g == "," || g == "." || g == "#" || IsHyphen(g) || g == "/")) return i;
    }
    // "more than 2000": a count, though "than" announces durations.
    // A determiner or possessive before it makes it attributive: "a 2010
    // raid", "his 2007 campaign", "Iraq's 1990 invasion".
    static constexpr std::string_view kAttributive[] = {"a", "an", "his", "her", "its", "their", "our", "s"};
    bool ok = range;
    if (i > 0 && !ok) {
      const Word& p = w_[i - 1];
      ok = Low(p) != "than" && (p.cat() == Cat::kContext || p.cat() == Cat::kFuture || p.cat() == Cat::kOf ||
                               p.cat() == Cat::kDet || p.cat() == Cat::kMod);
      for (std::string_view at : kAttributive) ok = ok || Low(p) == at;
    }
    if (!ok) {
      if (!Has(i + 1)) ok = true;
      else {
        std::string_view g = Gap(i);
        if (!g.empty()) ok = g[0] != '%' && g[0] != '$' && !(g[0] == ',' && w_[i + 1].num >= 0 && w_[i + 1].ndig == 3);
        else {
          Cat c = w_[i + 1].cat();
          ok = c == Cat::kContext || c == Cat::kOf || Low(w_[i + 1]) == "was" || Low(w_[i + 1]) == "when" ||
               Low(w_[i + 1]) == "that" || Low(w_[i + 1]) == "as" || Low(w_[i + 1]) == "or" ||
               Low(w_[i + 1]) == "election" || Low(w_[i + 1]) == "elections" || Low(w_[i + 1]) == "que";
        }
      }
    }
    if (!ok) return i;
    if (Has(i + 1) && Gap(i) == "." && w_[i + 1].num >= 0) return i;  // "2022.5"
    Emit(i, i + 1, Date::Year(w.num), TimeKind::kDate, "year");
    return i + 1;
  }

  size_t Deictic(size_t i) {
    const Word& w = w_[i];
    int off = w.lex->val;
    // "mañana" is "tomorrow" alone but "morning" after "esta", "la", "por la".
    if (Low(w) == "mañana" && i > 0 && (Low(w_[i - 1]) == "esta" || Low(w_[i - 1]) == "la")) {
      if (Low(w_[i - 1]) == "esta" && has_anchor_)
        Emit(i - 1, i + 1, anchor_, TimeKind::kRelative, "this_morning");
      return i + 1;
    }
    size_t end = PodAfter(i + 1);
    if (has_anchor_) {
      const char* rule = off == 0 ? ((w.lex->flags & kNight) ? "tonight" : "today")
                                  : off == -1 ? "yesterday" : off == 1 ? "tomorrow" : "day_offset";
      Emit(i, end, anchor_.AddDays(off), TimeKind::kRelative, rule);
    }
    return end;
  }

  // "the third quarter", "third-quarter", "the fourth quarter of 2025".
  // Reads words i .. i + 3.
  size_t Quarter(size_t i) {
    if (IsWord(i + 1, "half")) return Half(i, w_[i].lex->val);  // "the first half of 1990"
    size_t q = i + 1;
    if (!Is(q, Cat::kUnit) || w_[q].lex->val != kQuarterU || (w_[q].lex->flags & kPlural)) return i;
    int n = w_[i].lex->val;
    size_t b = i > 0 && w_[i - 1].cat() == Cat::kDet ? i - 1 : i;
    size_t end = q + 1;
    int y = 0;
    if (Is(end, Cat::kOf) && YearAt(end + 1)) { y = YearAt(end + 1); end += 2; }
    else if (YearAt(end) && Plain(q)) { y = YearAt(end); end += 1; }
    if (!y) {
      if (!has_anchor_) return end;
      int aq = (anchor_.month - 1) / 3 + 1;
      y = n <= aq ? anchor_.year : anchor_.year - 1;
    }
    Emit(b, end, Date::Year(y), TimeKind::kDate, "quarter", [&] { return std::to_string(y) + "-Q" + std::to_string(n); });
    return end;
  }

  // The decade a word names after "los años" or "la década de (los)":
  // "ochenta", "80", "1980" -> 1980 (decade.h); 0 for none.
  int DecadeWordEs(size_t k) const { return Has(k) ? DecadeStart(Low(w_[k])) : 0; }

  // Spanish decades: "los años ochenta", "los años 80", "la década de
  // 1980", "la década de los setenta" (rule "decade", like "the 1980s"; no
  // Date). "los ochenta" alone is left out: as often a count ("los ochenta
  // detenidos"). Reads words i .. i + 4.
  size_t DecadeEs(size_t i) {
    const size_t j = i + 1;
    if (!Is(j, Cat::kUnit)) return i;
    const std::string_view det = Low(w_[i]);
    const Lex& u = *w_[j].lex;
    int y = 0;
    size_t end = i;
    if (det == "los" && u.val == kYearU && (u.flags & kPlural) && (y = DecadeWordEs(j + 1))) {
      end = j + 2;
    } else if (det == "la" && u.val == kDecadeU && !(u.flags & kPlural) && Is(j + 1, Cat::kOf)) {
      if ((y = DecadeWordEs(j + 2)) && w_[j + 2].ndig == 4) end = j + 3;
      else if (Has(j + 2) && Low(w_[j + 2]) == "los" && (y = DecadeWordEs(j + 3))) end = j + 4;
    }
    if (end == i) return i;
    Emit(i, end, Date{}, TimeKind::kOther, "decade", [&] { return std::to_string(y / 10); });
    return end;
  }

  // Reads words i .. i + 4 (Quarter at i + 1).
  size_t Determiner(size_t i) {
    size_t j = i + 1;
    if (!Has(j)) return i;
    const Word& n = w_[j];
    // (The unit test first: most determiners are English "the" before a noun.)
    if (n.cat() == Cat::kUnit)
      if (size_t e = DecadeEs(i); e > i) return e;
    // "the past", "the future" (no unit after).
    if (n.cat() == Cat::kRef && n.lex->val == 2) {
      Emit(i, j + 1, Date{}, TimeKind::kOther, "reference", "FUTURE_REF");
      return j + 1;
    }
    if (n.is(Cat::kMod, kPast) && !Is(j + 1, Cat::kUnit) && !Is(j + 1, Cat::kCount) && !Is(j + 1, Cat::kOrdinal) &&
        !(Has(j + 1) && w_[j + 1].num >= 0) && Low(w_[i]) == "the") {
      Emit(i, j + 1, Date{}, TimeKind::kOther, "reference", "PAST_REF");
      return j + 1;
    }
    // "the latest quarter", "the current quarter", "the quarter".
    if (Is(j, Cat::kUnit) && n.lex->val == kQuarterU && !(n.lex->flags & kPlural) && has_anchor_ && Low(w_[i]) == "the") {
      EmitUnit(i, j, -1, "the_quarter");
      return j + 1;
    }
    if ((n.is(Cat::kMod, kLatest) || n.is(Cat::kMod, kThis)) && Is(j + 1, Cat::kUnit) &&
        w_[j + 1].lex->val == kQuarterU && has_anchor_) {
      EmitUnit(i, j + 1, n.is(Cat::kMod, kLatest) ? -1 : 0, "the_quarter");
      return j + 2;
    }
    // "the weekend": the latest one.
    if (Is(j, Cat::kUnit) && n.lex->val == kWeekendU && !(n.lex->flags & kPlural)) {
      EmitUnit(i, j, 0, "the_weekend", 0, /*latest=*/true);
      return j + 1;
    }
    if (n.cat() == Cat::kOrdinal) return Quarter(j);
    return i;
  }

  // Count + unit: "three years" (duration), "three days ago" / "a year
  // earlier" (a point), "hace tres días" (point, from the Spanish prefix).
  // Reads words i .. i + 4 ("a couple of weeks ago").
  size_t Count(size_t b, size_t i) {
    const Word& w = w_[i];
    int n;
    if (w.num >= 0) {
      if (w.ndig > 3) return i;
      n = w.num;
    } else if (w.cat() == Cat::kCount) {
      // "UN week" is the United Nations, not "un" (one) week.
      if (w.e - w.b >= 2 && std::isupper(static_cast<unsigned char>(text_[w.b + 1]))) return i;
      n = w.lex->val;
    } else {
      return i;
    }
    size_t u = i + 1;
    // "a few weeks", "a couple of years". The unit, a trigger word, is at
    // most kTimexLeadWords words after the count (the time tagger relies on
    // it: a count is no trigger word itself).
    if (n == 1 && Has(u) && (Low(w_[u]) == "few" || Low(w_[u]) == "couple")) {
      n = Low(w_[u]) == "few" ? -1 : 2;
      ++u;
      if (Is(u, Cat::kOf)) ++u;
    }
    if (!Is(u, Cat::kUnit) || !(Plain(u - 1) || IsHyphen(Gap(u - 1)))) return i;
    int unit = w_[u].lex->val;
    size_t end = u + 1;
    // Ages are not time expressions: "a 6-year-old girl", "52 years old".
    if (IsWord(end, "old")) return end + 1;
    if (IsHyphen(Gap(u - 1)) && (w_[u].lex->flags & kPlural)) return i;  // "three-quarters"
    bool hace = b < i && w_[b].is(Cat::kMod, kHace);
    // "a year earlier", "two days later", "un año antes": from the reference time.
    if (!hace)
      if (size_t e = CountFromReference(b, u, n, end)) return e;
    bool ago = hace || (Is(end, Cat::kMod) && (w_[end].lex->val == kAgo || w_[end].lex->val == kEarlier));
    if (ago) {
      if (!hace) ++end;
      if (!has_anchor_) return end;
      if (n < 0) {
        Emit(b, end, Date{}, TimeKind::kOther, "ago_vague", "PAST_REF");
        return end;
      }
      switch (unit) {
        case kDayU: Emit(b, end, anchor_.AddDays(-n), TimeKind::kRelative, "ago"); break;
        case kWeekU: {
          Date d = anchor_.AddDays(-7 * n);
          Emit(b, end, WeekMonth(d), TimeKind::kRelative, "ago", [&] { return IsoWeek(d); });
          break;
        }
        case kMonthU: Emit(b, end, AddMonths(anchor_, -n), TimeKind::kRelative, "ago"); break;
        case kYearU:
          Emit(b, end, Date::Year(anchor_.year - n), TimeKind::kRelative, "ago");
          // A quarter or half of the year before may make it finer
          // (ResolveReferences): "from $3 a year ago" of a third quarter.
          out_->back().ref_unit = RefUnit::kYear;
          out_->back().ref_shift = static_cast<int16_t>(-n);
          break;
        case kDecadeU:
          Emit(b, end, Date{}, TimeKind::kOther, "ago", [&] { return std::to_string((anchor_.year - 10 * n) / 10); });
          break;
        case kHourU: case kMinuteU: Emit(b, end, anchor_, TimeKind::kRelative, "ago"); break;
        default: break;
      }
      return end;
    }
    if (hace) return i;
    // "a year" alone is usually a rate ("$5 a year"); count it as a
    // duration only after "for", "over", "within", "than".
    if ((Low(w) == "a" || Low(w) == "an" || Low(w) == "un" || Low(w) == "una") &&
        !(b > 0 && w_[b - 1].cat() == Cat::kContext))
      return i;
    Emit(b, end, Date{}, TimeKind::kDuration, "duration", [&] { return Duration(n, unit); });
    return end;
  }

  // Reads words i .. i + 7: "hace" and Count i + 5, "earlier" and Relative
  // i + 6, and the farthest of all, a Spanish "finales de la" and then
  // ParseWritten, or Relative, at i + 3 or i + 2 (i + 7).
  size_t Modifier(size_t i) {
    const Word& w = w_[i];
    int mod = w.lex->val;
    size_t j = i + 1;
    Written wr;
    switch (mod) {
      case kHace:
        return Is(j, Cat::kCount) || (Has(j) && w_[j].num >= 0) ? Count(i, j) : i;
      case kEvery:
      case kTodos: {
        size_t k = j;
        if (mod == kTodos && Is(k, Cat::kDet)) ++k;
        if (WeekdayAt(k)) {
          Emit(i, k + 1, Date{}, TimeKind::kSet, "set", [&] { return "XXXX-WXX-" + std::to_string(w_[k].lex->val + 1); });
          return k + 1;
        }
        if (Is(k, Cat::kUnit)) {
          Emit(i, k + 1, Date{}, TimeKind::kSet, "set", [&] { return Duration(1, w_[k].lex->val); });
          return k + 1;
        }
        return i;
      }
      case kEarlier:
      case kLater:
        if (Is(j, Cat::kDeictic) && w_[j].lex->val == 0) {
          if (has_anchor_) Emit(i, j + 1, anchor_, TimeKind::kRelative, mod == kEarlier ? "earlier_today" : "later_today");
          return j + 1;
        }
        if (Is(j, Cat::kMod) && (w_[j].lex->val == kThis || w_[j].lex->val == kLast || w_[j].lex->val == kNext)) {
          size_t e = Relative(i, j, mod == kEarlier ? "earlier_this" : "later_this");
          return e > j ? e : i;
        }
        return i;
      case kEarly:
      case kLate:
      case kMid: {
        // Spanish "a mediados de septiembre", "a finales del año pasado".
        if (Is(j, Cat::kOf) && (w_[j].lex->flags & kEs)) {
          ++j;
          if (Is(j, Cat::kDet)) ++j;
          // (Not "a principios de los años ochenta": a decade, DecadeEs's,
          // found when the scan reaches its article.)
          if (Is(j, Cat::kUnit) && w_[j].lex->val == kYearU && !Is(j + 1, Cat::kMod) &&
              !((w_[j].lex->flags & kPlural) && DecadeWordEs(j + 1))) {
            // "a principios de año": this year.
            if (has_anchor_) Emit(i, j + 1, Date::Year(anchor_.year), TimeKind::kRelative, "part_of_this_year");
            return j + 1;
          }
          if (Is(j, Cat::kUnit) && Is(j + 1, Cat::kMod)) {
            // "finales del año pasado": unit then modifier.
            int d = w_[j + 1].lex->val == kLast ? -1 : w_[j + 1].lex->val == kNext ? 1 : 0;
            EmitUnit(i, j, d, "part_of_relative", j + 2);
            return j + 2;
          }
        } else if (!(Plain(i) || IsHyphen(Gap(i)))) {
          return i;
        }
        const char* rule = mod == kEarly ? "early" : mod == kLate ? "late" : "mid";
        // "mid-September", "early September 2025", "late Sept. 26".
        if (size_t e = 0; ParseWritten(j, &e, &wr)) {
          Date d;
          if (ResolveWritten(wr, i, &d)) Emit(i, e, d, TimeKind::kDate, rule);
          return e;
        }
        j = i + 1;
        if (Is(j, Cat::kOf)) ++j;
        if (int y = YearAt(j)) {
          Emit(i, j + 1, Date::Year(y), TimeKind::kDate, rule);
          return j + 1;
        }
        if (Is(j, Cat::kMod)) {
          size_t e = Relative(i, j, rule);
          if (e > j) return e;
        }
        if (WeekdayAt(j)) {
          EmitWeekday(i, j, FutureBefore(i) ? WdMode::kFutureIncl : WdMode::kPastIncl, rule);
          return PodAfter(j + 1);
        }
        return i;
      }
      case kLast:
      case kThis:
      case kNext: {
        size_t e = Relative(i, i, nullptr);
        return e;
      }
      case kPast: {
        // "the past two weeks", "the past year": durations.
        size_t b = i > 0 && w_[i - 1].cat() == Cat::kDet ? i - 1 : i;
        if (Is(j, Cat::kUnit)) {
          Emit(b, j + 1, Date{}, TimeKind::kDuration, "past_unit", [&] { return Duration(1, w_[j].lex->val); });
          return j + 1;
        }
        size_t before = out_->size();
        if (size_t e = Count(j, j); e > j) {
          if (out_->size() > before) {
            out_->back().span.begin = base_ + w_[b].b;
            out_->back().rule = "past_count";
          }
          return e;
        }
        return i;
      }
      default: return i;
    }
  }

  // last/this/next at word m, the expression starting at word b:
  // "last week", "this year", "next Friday", "last December", "last summer",
  // "this morning", "last night", "la semana pasada", "el próximo año".
  // Reads words m .. m + 5 (Count at m + 1).
  size_t Relative(size_t b, size_t m, const char* rule) {
    int mod = w_[m].lex->val;
    int delta = mod == kLast ? -1 : mod == kNext ? 1 : 0;
    size_t j = m + 1;
    if (!Has(j)) return m;
    const Word& n = w_[j];
    auto r = [&](const char* def) { return rule ? rule : def; };
    // "the previous year", "the next day": from the reference time, where
    // "last year" and "next year" count from the anchor.
    if (b == m && b > 0 && Low(w_[b - 1]) == "the" && mod != kThis &&
        ((n.cat() == Cat::kUnit && !(n.lex->flags & kPlural) &&
          (Low(w_[m]) == "previous" || (mod == kNext && n.lex->val == kDayU)) && RefUnitOf(n.lex->val) != RefUnit::kNone) ||
         (n.cat() == Cat::kPod && mod == kNext))) {
      EmitRef(b - 1, j + 1, n.cat() == Cat::kPod ? RefUnit::kDay : RefUnitOf(n.lex->val), delta,
              delta < 0 ? "preceding_unit" : "following_unit");
      return j + 1;
    }
    if (mod == kLast && IsWord(j, "half")) return Half(m, 2);  // "the last half of 1989"
    // Spanish puts "pasado" after the unit: handled at the unit ("la semana pasada").
    if (n.cat() == Cat::kUnit && !(n.lex->flags & kPlural)) {
      EmitUnit(b, j, delta, r(mod == kLast ? "last_unit" : mod == kNext ? "next_unit" : "this_unit"));
      return j + 1;
    }
    if (n.cat() == Cat::kCount && mod != kThis) {
      // "the last three years": a duration.
      size_t bb = b > 0 && w_[b - 1].cat() == Cat::kDet ? b - 1 : b;
      size_t before = out_->size();
      if (size_t e = Count(j, j); e > j) {
        if (out_->size() > before) out_->back().span.begin = base_ + w_[bb].b;
        return e;
      }
      return m;
    }
    if (WeekdayAt(j)) {
      WdMode md = mod == kLast ? WdMode::kPastStrict : mod == kNext ? WdMode::kFutureStrict : WdMode::kThisWeek;
      EmitWeekday(b, j, md, r(mod == kLast ? "last_weekday" : mod == kNext ? "next_weekday" : "this_weekday"));
      return PodAfter(j + 1);
    }
    if (n.cat() == Cat::kMonth && (Cap(j) || (n.lex->flags & kEs))) {
      if (!has_anchor_) return j + 1;
      WdMode md = mod == kLast ? WdMode::kPastStrict : mod == kNext ? WdMode::kFutureStrict : WdMode::kThisWeek;
      Emit(b, j + 1, Date::Month(MonthYear(anchor_, n.lex->val, md), n.lex->val), TimeKind::kRelative,
           r("relative_month"));
      return j + 1;
    }
    if (n.cat() == Cat::kSeason) {
      if (!has_anchor_) return j + 1;
      static const char* kS[] = {"SP", "SU", "FA", "WI"};
      int y = anchor_.year + delta;
      Emit(b, j + 1, Date::Year(y), TimeKind::kRelative, r("season"), [&] { return std::to_string(y) + "-" + kS[n.lex->val]; });
      return j + 1;
    }
    if (n.cat() == Cat::kPod && mod != kNext) {
      if (!has_anchor_) return j + 1;
      // "this morning" is the anchor day; "last night" the evening before.
      Emit(b, j + 1, anchor_.AddDays(mod == kLast ? -1 : 0), TimeKind::kRelative, r("part_of_day"));
      return j + 1;
    }
    return m;
  }

  // ---- Stop 34 (h-time8): expressions that count from another time, clock
  // times, holidays, parts of periods. New functions, called from Try(),
  // Count(), Relative() and Quarter() by one test each.

  // A distance counted from the reference time (TimexMatch::ref_unit;
  // ResolveReferences moves it there). Without a reference the value is
  // the fallback: `past` (an earlier time, "a year earlier") counts from
  // the anchor, as "a year ago" does; the others have none (kOther, an
  // invalid value), since counting "two days later" or "that day" from the
  // publication date would date the story's past acts in its future.
  void EmitRef(size_t wb, size_t we, RefUnit u, int n, const char* rule, int clock = -1) {
    Date v;
    if (has_anchor_ && n < 0) {
      if (u == RefUnit::kDay) v = anchor_.AddDays(n);
      else if (u == RefUnit::kMonth) v = AddMonths(anchor_, n);
      else v = Date::Year(anchor_.year + n);
    }
    if (clock >= 0 && has_anchor_) v = anchor_;  // a clock time: the anchor's day until a reference says otherwise
    // A clock time's value stays invalid (ResolveReferences gives its
    // TIMEX3 the reference's day; until then the anchor's, the suites' most
    // common reading).
    const bool dated = v.valid() && clock < 0;
    Emit(wb, we, dated ? v : Date{}, dated ? TimeKind::kRelative : TimeKind::kOther, rule, [&] {
      if (v.valid()) {
        std::string s = v.str();
        if (clock >= 0) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "T%02d:%02d", clock / 100 % 100, clock % 100);
          s += buf;
        }
        return s;
      }
      return std::string(u == RefUnit::kDay ? "XXXX-XX-XX" : u == RefUnit::kMonth ? "XXXX-XX" : "XXXX");
    });
    out_->back().ref_unit = u;
    out_->back().ref_shift = static_cast<int16_t>(n);
    out_->back().clock = static_cast<int16_t>(clock);
  }

  static RefUnit RefUnitOf(int unit) {
    switch (unit) {
      case kDayU: return RefUnit::kDay;
      case kMonthU: return RefUnit::kMonth;
      case kYearU: return RefUnit::kYear;
      default: return RefUnit::kNone;
    }
  }

  // Count + unit + "earlier"/"later" ("a year earlier", "two days later"),
  // or Spanish "antes"/"después"/"más tarde" with nothing governed after it
  // ("un año antes", "dos días después"; "dos días después de la votación"
  // is a distance from an act, DateShifter's): a distance from the
  // reference time, not from the publication date. Word u is the unit,
  // `end` the word after it. Returns the word after the match, or 0.
  // Reads words end .. end + 2.
  size_t CountFromReference(size_t b, size_t u, int n, size_t end) {
    if (n <= 0 || !Has(end)) return 0;
    const int unit = w_[u].lex->val;
    RefUnit ru = RefUnitOf(unit);
    int k = n;
    if (unit == kWeekU) { ru = RefUnit::kDay; k = 7 * n; }
    if (ru == RefUnit::kNone) return 0;
    const std::string_view x = Low(w_[end]);
    int sign = 0;
    size_t after = end + 1;
    if (w_[end].is(Cat::kMod, kEarlier)) sign = -1;
    else if (w_[end].is(Cat::kMod, kLater)) sign = 1;
    else if (x == "antes") sign = -1;
    else if (x == "despu\xC3\xA9s" || x == "despues") sign = 1;
    else if (x == "m\xC3\xA1s" && IsWord(end + 1, "tarde")) { sign = 1; after = end + 2; }
    if (sign == 0) return 0;
    // Spanish "antes de", "después de que": a distance from the act named after.
    if ((x == "antes" || x.starts_with("despu")) && Has(after) && Plain(after - 1) &&
        (Is(after, Cat::kOf) || IsWord(after, "que")))
      return 0;
    EmitRef(b, after, ru, sign * k, sign < 0 ? "earlier_than_reference" : "later_than_reference");
    return after;
  }

  // A singular unit word i that names a time by the reference time: "that
  // day", "that same year", "the same month", "the following year", "the
  // day before." (nothing after), "ese día", "el mismo año", "al día
  // siguiente", "el año anterior"; "year-ago"/"year-earlier" ("in the
  // year-ago quarter": the same period a year before). Also parts of the
  // anchor's own periods: "the end of the month", "year-end", "year's
  // end"; "New Year's Day", "Año Nuevo" (holidays); "recent years"; "the
  // 20th century", "el siglo XX". Returns the word after the match, or i.
  // Reads words i - 3 .. i + 3.
  size_t UnitWord(size_t i) {
    const Word& w = w_[i];
    const int unit = w.lex->val;
    const bool plural = w.lex->flags & kPlural;
    auto low = [&](size_t k) { return k < w_.size() ? Low(w_[k]) : std::string_view(); };
    // Not back into an expression already found.
    // (out_ may hold an earlier text's matches.)
    const uint32_t floor = out_->size() <= out_begin_ ? 0 : out_->back().span.end - base_;
    auto free = [&](size_t k) { return w_[k].b >= floor; };
    if (plural) {
      // "recent years", "recent weeks": a vague past (TimeML PAST_REF).
      if (i > 0 && low(i - 1) == "recent" && free(i - 1) && unit != kCenturyU) {
        Emit(i - 1, i + 1, Date{}, TimeKind::kOther, "recent", "PAST_REF");
        return i + 1;
      }
      return i;
    }
    const RefUnit ru = RefUnitOf(unit);
    if (unit == kYearU) {
      // "New Year's Day", "New Year's Eve".
      if (i > 0 && low(i - 1) == "new" && Cap(i - 1) && Cap(i) && low(i + 1) == "s" &&
          (low(i + 2) == "day" || low(i + 2) == "eve") && free(i - 1))
        return EmitHoliday(i - 1, i + 3, low(i + 2) == "day" ? kNewYear : kNewYearEve);
      // "Año Nuevo".
      if (low(i) == "a\xC3\xB1o" && Cap(i) && Has(i + 1) && low(i + 1) == "nuevo" &&
          Cap(i + 1))
        return EmitHoliday(i, i + 2, kNewYear);
      // "year-end", "year end", "year's end": the anchor's year.
      size_t e = 0;
      if (low(i + 1) == "end" && (Plain(i) || IsHyphen(Gap(i)))) e = i + 2;
      else if (low(i + 1) == "s" && low(i + 2) == "end") e = i + 3;
      if (e && has_anchor_) {
        Emit(i, e, Date::Year(anchor_.year), TimeKind::kRelative, "year_end");
        return e;
      }
      // "year-ago", "year-earlier" (a hyphen): the same period a year
      // before the reference; "the year-ago quarter" takes its noun.
      if (Has(i + 1) && IsHyphen(Gap(i)) &&
          (w_[i + 1].is(Cat::kMod, kAgo) || w_[i + 1].is(Cat::kMod, kEarlier))) {
        size_t b = i, en = i + 2;
        if (i > 0 && low(i - 1) == "the" && free(i - 1) &&
            (low(i + 2) == "quarter" || low(i + 2) == "period")) {
          b = i - 1;
          en = i + 3;
        }
        EmitRef(b, en, RefUnit::kYear, -1, "year_earlier");
        return en;
      }
    }
    if (unit == kCenturyU) {
      // "the 20th century", "the twentieth century" is left out; "el siglo XX".
      if (i > 0 && free(i - 1) && DayAt(i - 1) && !(W(i - 1).num >= 0)) {
        const int c = DayAt(i - 1);
        Emit(i - 1, i + 1, Date{}, TimeKind::kOther, "century", [&] {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%02d", c - 1);
          return std::string(buf);
        });
        return i + 1;
      }
      if (int c = Has(i + 1) ? RomanAt(i + 1) : 0; c > 0 && c <= 30) {
        Emit(i, i + 2, Date{}, TimeKind::kOther, "century", [&] {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%02d", c - 1);
          return std::string(buf);
        });
        return i + 2;
      }
      return i;
    }
    if (ru == RefUnit::kNone) return i;
    // "the end of the month", "the end of the year", "end of year": the
    // anchor's month or year.
    {
      size_t k = i;
      if (k > 0 && (low(k - 1) == "the" || low(k - 1) == "this")) --k;
      if (k >= 2 && low(k - 1) == "of" && low(k - 2) == "end" && free(k - 2) && has_anchor_ && ru != RefUnit::kDay &&
          !IsWord(i + 1, "of")) {
        size_t b = k - 2;
        if (b > 0 && low(b - 1) == "the" && free(b - 1)) --b;
        Emit(b, i + 1, ru == RefUnit::kMonth ? anchor_.Truncate(Precision::kMonth) : Date::Year(anchor_.year),
             TimeKind::kRelative, "end_of_period");
        return i + 1;
      }
    }
    if (i > 0) {
      // "that day", "that same year", "earlier that day", "ese día", "ese mismo año".
      size_t k = i - 1;
      if ((low(k) == "same" || low(k) == "mismo" || low(k) == "misma") && k > 0 &&
          (low(k - 1) == "that" || low(k - 1) == "ese" || low(k - 1) == "esa"))
        --k;
      if ((low(k) == "that" || low(k) == "ese" || low(k) == "esa") && free(k)) {
        // Not "that" as a conjunction before a noun phrase's unit with a
        // count: "said that day ..." is still "that day"; "so that year-round".
        size_t b = k;
        if (b > 0 && free(b - 1) && (w_[b - 1].is(Cat::kMod, kEarlier) || w_[b - 1].is(Cat::kMod, kLater) ||
                                     w_[b - 1].is(Cat::kMod, kEarly) || w_[b - 1].is(Cat::kMod, kLate)))
          --b;
        EmitRef(b, i + 1, ru, 0, "same_as_reference");
        return i + 1;
      }
      // "the same day", "el mismo día", "la misma semana" (not a week: no Date).
      if ((low(i - 1) == "same" || low(i - 1) == "mismo" || low(i - 1) == "misma") && i >= 2 &&
          (low(i - 2) == "the" || low(i - 2) == "el" || low(i - 2) == "la") && free(i - 2)) {
        EmitRef(i - 2, i + 1, ru, 0, "same_as_reference");
        return i + 1;
      }
      // "the following day", "the preceding year".
      if ((low(i - 1) == "following" || low(i - 1) == "preceding") && i >= 2 && low(i - 2) == "the" && free(i - 2)) {
        EmitRef(i - 2, i + 1, ru, low(i - 1) == "following" ? 1 : -1,
                low(i - 1) == "following" ? "following_unit" : "preceding_unit");
        return i + 1;
      }
      // "the day before." / "the day after," with nothing governed after
      // ("the day before the vote" counts from the vote, DateShifter's).
      if (ru == RefUnit::kDay && low(i - 1) == "the" && free(i - 1) && Has(i + 1) &&
          (low(i + 1) == "before" || low(i + 1) == "after") && (!Has(i + 2) || !Gap(i + 1).empty())) {
        const bool before = low(i + 1) == "before";
        EmitRef(i - 1, i + 2, ru, before ? -1 : 1, before ? "preceding_unit" : "following_unit");
        return i + 2;
      }
    }
    return i;
  }

  // "el día anterior", "al día siguiente", "el año anterior": Spanish
  // unit + "anterior"/"siguiente" counts from the reference time ("el año
  // pasado" stays the publication's last year). Word i is the unit, i + 1
  // the modifier. Returns the word after, or i.
  size_t UnitModifierFromReference(size_t i) {
    const std::string_view m = Low(w_[i + 1]);
    if (m != "anterior" && m != "siguiente") return i;
    const RefUnit ru = RefUnitOf(w_[i].lex->val);
    if (ru == RefUnit::kNone) return i;
    const std::string_view d = Low(w_[i - 1]);
    if (d != "el" && d != "la" && d != "al") return i;
    const bool before = m == "anterior";
    EmitRef(i - 1, i + 2, ru, before ? -1 : 1, before ? "preceding_unit" : "following_unit");
    return i + 2;
  }

  // A Roman numeral of a century ("XX", "XIX", "xxi"), 0 if none.
  int RomanAt(size_t k) const {
    std::string_view s = Low(w_[k]);
    if (s.empty() || s.size() > 6 || !Cap(k)) return 0;
    int v = 0, prev = 0;
    for (size_t q = s.size(); q-- > 0;) {
      int d = s[q] == 'i' ? 1 : s[q] == 'v' ? 5 : s[q] == 'x' ? 10 : 0;
      if (!d) return 0;
      v += d < prev ? -d : d;
      prev = std::max(prev, d);
    }
    return v;
  }

  // A clock time at number i: "10:35 a.m.", "10 p.m.", "18:00 GMT",
  // "a las 10 de la mañana", "a las 18:00 horas". Of the day the
  // reference time names (ResolveReferences), the anchor's until then:
  // "at 6 a.m." says nothing of the day. Without "a.m."/"p.m.", a zone or
  // "horas", a bare "18:00" needs "at", "around", "by", "until", "from" or
  // "las" before it (scores and ratios: "won 2:1"). Returns the word after
  // the match, or i. Reads words i - 2 .. i + 4.
  // (Inlined into Try, its one caller: out of line it was ~0.5M more
  // instructions on te3silver, a call at every number of one or two digits.)
  __attribute__((always_inline)) size_t Clock(size_t i) {
    const Word& w = w_[i];
    if (w.ndig > 2 || w.num > 24 || !Has(i + 1)) return i;
    int h = w.num, mi = 0;
    size_t k = i + 1;
    bool colon = false;
    if (w_[k].ndig == 2 && w_[k].num < 60 && (Gap(i) == ":" || (Gap(i) == "." && i > 0 && Low(w_[i - 1]) == "las"))) {
      mi = w_[k].num;
      ++k;
      colon = true;
    }
    bool sure = false;
    // "a.m.", "p.m", "am", "pm" (lower case after the number). (Each test
    // looks at the first byte and the length first: this runs at every
    // number of up to two digits.)
    const char c0 = Has(k) ? text_[w_[k].b] : '\0';
    if ((c0 == 'a' || c0 == 'p') && w_[k].e - w_[k].b <= 2) {
      const std::string_view x = Low(w_[k]);
      if ((x == "a" || x == "p") && Has(k + 1) && Gap(k) == "." && Low(w_[k + 1]) == "m") {
        if (h > 12 || h == 0) return i;
        if (x == "p" && h < 12) h += 12;
        if (x == "a" && h == 12) h = 0;
        k += 2;
        sure = true;
      } else if ((x == "am" || x == "pm") && c0 >= 'a' && Plain(k - 1) == false) {
        if (h > 12 || h == 0) return i;
        if (x == "pm" && h < 12) h += 12;
        if (x == "am" && h == 12) h = 0;
        k += 1;
        sure = true;
      }
    }
    // "4 in the morning", "9:30 in the evening", "8 at night": the part of
    // the day says which half of the clock (TIMEX3 "T04:00"); a bare number
    // before "in the morning" is an hour only up to 12.
    // (The first byte and the length first: this runs at every number of
    // up to two digits.)
    if (!sure && h >= 1 && h <= 12 && Has(k + 1) && w_[k].e - w_[k].b == 2 &&
        (text_[w_[k].b] == 'i' || text_[w_[k].b] == 'a') &&
        ((IsWord(k, "in") && IsWord(k + 1, "the") && Has(k + 2) && w_[k + 2].cat() == Cat::kPod &&
          !(w_[k + 2].lex->flags & kEs)) ||
         (IsWord(k, "at") && IsWord(k + 1, "night")))) {
      const bool at_night = IsWord(k, "at");
      const int pod = at_night ? 3 : w_[k + 2].lex->val;  // 0 morning, 1 afternoon, 2 evening, 3 night
      if (pod == 0) h = h == 12 ? 0 : h;
      else if (pod == 3) h = h == 12 ? 0 : (h >= 6 ? h + 12 : h);  // "2 at night" is 2 a.m.
      else if (h < 12) h += 12;
      k += at_night ? 2 : 3;
      sure = true;
    }
    // A zone ("GMT", "EDT") or "horas", "hrs".
    if (Has(k) && (colon || sure || (w_[k].e - w_[k].b == 3 && Cap(k)))) {
      const std::string_view x = Low(w_[k]);
      if (x.size() == 3 && Cap(k) &&
          (x == "gmt" || x == "utc" || x == "edt" || x == "est" || x == "cet" || x == "bst" || x == "pst" ||
           x == "pdt" || x == "cst" || x == "cdt")) {
        ++k;
        sure = true;
      } else if ((x == "horas" || x == "hrs" || x == "hours") && colon) {
        ++k;
        sure = true;
      }
    }
    const bool las = i > 0 && w_[i - 1].cat() == Cat::kDet && (Low(w_[i - 1]) == "las" || (Low(w_[i - 1]) == "la" && h == 1));
    // "a las 10 de la mañana / tarde / noche".
    if (las && !sure && IsWord(k, "de") && IsWord(k + 1, "la") && Has(k + 2) &&
        (Low(w_[k + 2]) == "ma\xC3\xB1" "ana" || Low(w_[k + 2]) == "tarde" || Low(w_[k + 2]) == "noche")) {
      if (h > 12) return i;
      if (Low(w_[k + 2]) != "ma\xC3\xB1" "ana" && h < 12) h += 12;
      k += 3;
      sure = true;
    }
    if (!sure) {
      if (!colon || h > 23 || i == 0) return i;
      const std::string_view p = Low(w_[i - 1]);
      if (!(las || p == "at" || p == "around" || p == "by" || p == "until" || p == "from" || p == "about")) return i;
    }
    if (h > 24) return i;
    size_t b = i;
    if (las && i >= 2 && Low(w_[i - 2]) == "a") b = i;  // "a las": TimeML spans the time only
    EmitRef(b, k, RefUnit::kDay, 0, "clock", h * 100 + mi);
    return k;
  }

  // ---- Stop 35 (h-time9): clock words, glued clock times, spelled-out years.

  // "at noon", "by midday", "noon Thursday", "al mediodía": twelve o'clock
  // of the day the reference or the day after names, as Clock. Only after
  // a preposition of time or before a day (a film's title, or "the
  // midday sun" are no time of a day's events). Reads words i - 1 .. i + 1.
  size_t ClockWord(size_t i) {
    const std::string_view p = i > 0 ? Low(w_[i - 1]) : std::string_view();
    const bool prep = p == "at" || p == "by" || p == "until" || p == "till" || p == "before" || p == "after" ||
                      p == "around" || p == "about" || p == "from" || p == "since" || p == "toward" ||
                      p == "towards" || p == "past" || p == "a" || p == "al" || p == "hasta" || p == "desde" ||
                      p == "tras" || p == "antes" ||
                      // "a la medianoche", "hasta la medianoche": the article
                      // after a Spanish preposition.
                      (p == "la" && i > 1 && (Low(w_[i - 2]) == "a" || Low(w_[i - 2]) == "hasta" ||
                                              Low(w_[i - 2]) == "desde" || Low(w_[i - 2]) == "tras"));
    const bool day_after = Has(i + 1) && (WeekdayAt(i + 1) || Is(i + 1, Cat::kDeictic));
    if (!prep && !day_after) return i;
    EmitRef(i, i + 1, RefUnit::kDay, 0, "clock", w_[i].lex->val);
    return i + 1;
  }

  // "10am", "9pm", "11PM": a clock time written as one word (Clock reads
  // "10 am" and "10 a.m."). Word i is digit-initial and no number; reads
  // it alone.
  size_t GluedClock(size_t i) {
    const std::string_view x = Low(w_[i]);
    if (x.size() < 3 || x.size() > 4 || !(x.ends_with("am") || x.ends_with("pm"))) return i;
    const std::string_view d = x.substr(0, x.size() - 2);
    int h = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return i;
      h = h * 10 + (c - '0');
    }
    if (h < 1 || h > 12) return i;
    if (x[x.size() - 2] == 'p' && h < 12) h += 12;
    if (x[x.size() - 2] == 'a' && h == 12) h = 0;
    EmitRef(i, i + 1, RefUnit::kDay, 0, "clock", h * 100);
    return i + 1;
  }

  // A year spelled out from word i: "nineteen ninety-six" (1996),
  // "nineteen seventy" (1970), "two thousand (and) one" (2001, word i is
  // "two"). Returns the year and in *end the word after it, or 0.
  int SpelledYear(size_t i, size_t* end) const {
    auto count = [&](size_t k) { return Has(k) && w_[k].cat() == Cat::kCount ? w_[k].lex->val : 0; };
    if (Is(i, Cat::kYearWord) && w_[i].lex->val == 19) {
      const int tens = count(i + 1);
      if (tens < 20 || tens > 90 || tens % 10 != 0 || !Plain(i)) return 0;
      const int unit = count(i + 2);
      const bool joined = Has(i + 2) && (Gap(i + 1).empty() || IsHyphen(Gap(i + 1)));
      if (unit >= 1 && unit <= 9 && joined && Low(w_[i + 2]) != "a") {
        *end = i + 3;
        return 1900 + tens + unit;
      }
      *end = i + 2;
      return 1900 + tens;
    }
    if (count(i) == 2 && Plain(i) && Is(i + 1, Cat::kYearWord) && w_[i + 1].lex->val == 1000) {
      size_t k = i + 2;
      if (IsWord(k, "and") && Plain(i + 1)) ++k;
      const int unit = Plain(k - 1) ? count(k) : 0;
      if (unit >= 1 && unit <= 9 && Low(w_[k]) != "a") {
        *end = k + 1;
        return 2000 + unit;
      }
      *end = i + 2;
      return 2000;
    }
    return 0;
  }

  // A spelled-out year at word i ("nineteen" or "thousand", SpelledYear):
  // "in nineteen ninety-six", "the year two thousand" (the span takes "the
  // year" before it, as TimeML does), "the winter of nineteen
  // ninety-four" (the year only). "two thousand" counts things unless
  // "the year" or a preposition of time comes before it ("two thousand
  // soldiers", "more than two thousand years").
  size_t SpelledYearAt(size_t i) {
    size_t b = i, end = 0;
    if (w_[i].lex->val == 1000) {
      if (i == 0) return i;
      b = i - 1;
      const std::string_view p = b > 0 ? Low(w_[b - 1]) : std::string_view();
      const bool year_before = b >= 2 && p == "year" && IsWord(b - 2, "the");
      if (!year_before && p != "in" && p != "since" && p != "by" && p != "until" && p != "of") return i;
      if (year_before) b -= 2;
    } else if (i >= 2 && IsWord(i - 1, "year") && IsWord(i - 2, "the")) {
      b = i - 2;
    }
    const size_t y_at = w_[i].lex->val == 1000 ? i - 1 : i;
    const int y = SpelledYear(y_at, &end);
    if (!y) return i;
    // Not back into an expression already found.
    if (out_->size() > out_begin_ && w_[b].b < out_->back().span.end - base_) return i;
    Emit(b, end, Date::Year(y), TimeKind::kDate, "year_words");
    return end;
  }

  enum Holiday { kChristmas = 1, kChristmasEve, kNewYear, kNewYearEve, kThanksgiving, kEaster, kElectionDay };

  // The holiday's day in year y.
  static Date HolidayDay(int id, int y) {
    switch (id) {
      case kChristmas: return Date::Day(y, 12, 25);
      case kChristmasEve: return Date::Day(y, 12, 24);
      case kNewYear: return Date::Day(y, 1, 1);
      case kNewYearEve: return Date::Day(y, 12, 31);
      case kThanksgiving: {  // the fourth Thursday of November (United States)
        Date first = Date::Day(y, 11, 1);
        return first.AddDays((3 - first.weekday() + 7) % 7 + 21);
      }
      case kEaster: {  // Gregorian computus (Meeus/Jones/Butcher)
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return Date::Day(y, month, day);
      }
      case kElectionDay: {  // "Election Day" (United States): the Tuesday after the first Monday of November
        Date first = Date::Day(y, 11, 1);
        return first.AddDays((7 - first.weekday()) % 7 + 1);
      }
    }
    return {};
  }

  // A holiday over words [wb, we) ("Christmas", "Christmas Day",
  // "Thanksgiving Day", "New Year's Day", "Navidad", "Año Nuevo"): a written
  // year after it fixes it; else, as a month-day, the latest not after the
  // anchor, the next one (within half a year) after a future cue, and
  // "last"/"next" before it strictly before or after.
  //
  // `week`: the ISO week holding the holiday's day ("Semana Santa", Holy
  // Week: Monday to Easter Sunday), reported as a week is (the month of
  // its Thursday, timex3 "2000-W16"); "Easter week" is taken so too.
  size_t EmitHoliday(size_t wb, size_t we, int id, bool week = false) {
    size_t b = wb, e = we;
    bool day_word = week;
    if (Has(e) && (Low(w_[e]) == "day" || Low(w_[e]) == "eve") && Cap(e) && Plain(e - 1) && id != kNewYear &&
        id != kNewYearEve) {
      if (id == kChristmas && Low(w_[e]) == "eve") id = kChristmasEve;
      ++e;
      day_word = true;
    } else if (id == kEaster && Has(e) && Low(w_[e]) == "week" && Plain(e - 1)) {
      ++e;
      day_word = week = true;
    }
    // "Election Day" needs its "Day" ("the election results" is no day).
    if (id == kElectionDay && !day_word) return we;
    // A holiday's name before a noun names no day ("Christmas presents",
    // "her annual Christmas message", "mensaje de Navidad"): the day is
    // taken after a preposition of time ("on Christmas Eve", "for
    // Thanksgiving", "en Navidad"), "last"/"next", or with its "Day"/"Eve"
    // or "New Year's Day", and not before a word of no time class
    // ("for Christmas shopping").
    if (id != kNewYear && id != kNewYearEve && !day_word) {
      const std::string_view p = b > 0 ? Low(w_[b - 1]) : std::string_view();
      const bool prep = p == "on" || p == "at" || p == "for" || p == "since" || p == "before" || p == "after" ||
                        p == "until" || p == "till" || p == "by" || p == "over" || p == "during" || p == "en" ||
                        p == "por" || p == "desde" || p == "hasta" || p == "para" || p == "tras" ||
                        p == "durante" || (b > 0 && w_[b - 1].cat() == Cat::kMod);
      if (!prep) return e;
    }
    if (Has(e) && Plain(e - 1) && w_[e].cat() == Cat::kNone && !Cap(e) && !day_word && !YearAt(e)) return e;
    Date d;
    // "Christmas 2019", "Christmas Eve in 2000", "Navidad de 2019".
    size_t ye = e;
    if (Has(ye) && (Low(w_[ye]) == "in" || Low(w_[ye]) == "of" || Low(w_[ye]) == "de")) ++ye;
    if (int written = (Has(ye) && Plain(ye - 1)) ? YearAt(ye) : 0) {
      d = HolidayDay(id, written);
      e = ye + 1;
    } else {
      if (!has_anchor_) return e;
      int mod = 0;
      if (b > 0 && (w_[b - 1].is(Cat::kMod, kLast) || w_[b - 1].is(Cat::kMod, kNext))) {
        mod = w_[b - 1].lex->val;
        --b;
      }
      bool future = mod == kNext || (mod == 0 && FutureBefore(b));
      // A week is taken from its Monday: "as Easter week opened" on its Sunday
      // before is this year's week.
      auto day = [&](int y) { return week ? HolidayDay(id, y).AddDays(-6) : HolidayDay(id, y); };
      // As a bare month-day (ResolveWritten): one less than three months
      // ahead is the coming one unless a past form comes before it
      // ("Christmas" in a December 1 article).
      if (!future && mod == 0) {
        for (int y = anchor_.year; y <= anchor_.year + 1 && !future; ++y) {
          const Date c = day(y);
          if (anchor_ < c) {
            future = c.first_day() - anchor_.first_day() <= kNearAheadDays && !PastFormBefore(b);
            break;
          }
        }
      }
      for (int y = anchor_.year + 1; y >= anchor_.year - 1; --y) {
        Date c = day(y);
        if (future ? (mod == kNext ? anchor_ < c : !(c < anchor_)) : (mod == kLast ? c < anchor_ : !(anchor_ < c)))
          if (future || !d.valid()) d = c;
        if (!future && d.valid()) break;
      }
      if (future && (mod != kNext) && d.valid() && d.first_day() - anchor_.first_day() > 183) {
        d = {};
        for (int y = anchor_.year; y >= anchor_.year - 1 && !d.valid(); --y)
          if (!(anchor_ < day(y))) d = day(y);
      }
      if (week && d.valid()) d = d.AddDays(6);  // back to the holiday's day: the week is its
    }
    if (d.valid() && week) Emit(b, e, WeekMonth(d), TimeKind::kDate, "holiday", [&] { return IsoWeek(d); });
    else if (d.valid()) Emit(b, e, d, TimeKind::kDate, "holiday");
    return e;
  }

  // "the first half (of 1990)", "the second half", "the last half of 1989":
  // a half-year, reported as its year (timex3 "1990-H1"). Word i is the
  // ordinal or "last", i + 1 "half". Returns the word after, or i.
  size_t Half(size_t i, int n) {
    // (Not "last/half April": a slash; not "the second half of May": a
    // month's half, which has no TIMEX3 value of its own.)
    if (!IsWord(i + 1, "half") || n < 1 || n > 2 || !Plain(i)) return i;
    size_t b = i > 0 && Low(w_[i - 1]) == "the" ? i - 1 : i;
    size_t end = i + 2;
    int y = 0;
    if (Is(end, Cat::kOf) && YearAt(end + 1)) { y = YearAt(end + 1); end += 2; }
    else if (Is(end, Cat::kOf) && IsWord(end + 1, "the") && Is(end + 2, Cat::kUnit) && w_[end + 2].lex->val == kYearU &&
             !(w_[end + 2].lex->flags & kPlural) && has_anchor_) {
      y = anchor_.year;
      end += 3;
    } else if (Is(end, Cat::kOf)) {
      return i;
    }
    if (!y) {
      if (!has_anchor_) return end;
      const int ah = anchor_.month <= 6 ? 1 : 2;
      y = n <= ah ? anchor_.year : anchor_.year - 1;
    }
    Emit(b, end, Date::Year(y), TimeKind::kDate, "half_year", [&] { return std::to_string(y) + "-H" + std::to_string(n); });
    return end;
  }

  std::string_view text_;
  uint32_t base_;
  Date anchor_;
  bool has_anchor_;
  std::vector<TimexMatch>* out_;
  bool want_timex3_;
  size_t out_begin_;  // out_'s size before this text's matches
  // Reused across calls: a sentence costs no allocation once warm.
  static thread_local WordBuf tl_words_;
  WordBuf& w_ = tl_words_;
  bool any_trigger_ = false;
  const char* lo_ = nullptr;  // Split's lower-case buffer, at the sentence's offsets
  // FindTimexesInTokens: the window's tokens, doc.tokens[tb_, te_).
  const Token* toks_ = nullptr;
  uint32_t tb_ = 0, te_ = 0;
};

thread_local WordBuf Finder::tl_words_;

}  // namespace

std::vector<std::string_view> TimeTriggerWords() {
  std::vector<std::string_view> words;
  for (const auto& [k, v] : Lexicon())
    if (IsTrigger(v.cat)) words.push_back(k);
  return words;
}

std::vector<std::string_view> TimeLexiconWords() {
  std::vector<std::string_view> words;
  for (const auto& [k, v] : Lexicon()) words.push_back(k);
  return words;
}

void FindTimexes(std::string_view sentence_text, uint32_t base_offset, const Date& anchor,
                 std::vector<TimexMatch>* out, bool want_timex3) {
  Finder f(sentence_text, base_offset, anchor, out, want_timex3);
  f.Run();
}

void FindTimexesInTokens(const Doc& doc, TokenRange tokens, Span text, const Date& anchor,
                         std::vector<TimexMatch>* out, bool want_timex3) {
  Finder f(doc.text(text), text.begin, anchor, out, want_timex3);
  if (!tokens.empty() && tokens.end <= doc.tokens.size()) f.UseTokens(doc.tokens.data(), tokens.begin, tokens.end);
  f.Run();
}

std::vector<TimexWord> TimexWordsForTest(std::string_view text, uint32_t base_offset) {
  std::vector<TimexMatch> unused;
  return Finder(text, base_offset, Date{}, &unused, false).Words();
}

std::vector<TimexWord> TimexWordsForTest(const Doc& doc, TokenRange tokens, Span text) {
  std::vector<TimexMatch> unused;
  Finder f(doc.text(text), text.begin, Date{}, &unused, false);
  if (!tokens.empty() && tokens.end <= doc.tokens.size()) f.UseTokens(doc.tokens.data(), tokens.begin, tokens.end);
  return f.Words();
}

namespace {

// Whether a match counts a distance that moves the reference as a point
// and keeps its precision ("a year earlier" than "the third quarter" is
// the third quarter a year before, TIMEX3 "1988-Q3"; than "Oct. 5", Oct. 5
// a year before), where "the following year", "that year" name the unit.
bool KeepsPrecision(std::string_view rule) {
  return rule == "earlier_than_reference" || rule == "later_than_reference" || rule == "year_earlier" || rule == "ago";
}

// m's value counted from reference r; false when r is too coarse for m's
// unit ("the next day" after "in March") or the value cannot be made.
bool FromReference(const TimexReference& r, const TimexMatch& m, Date* v, std::string* t3) {
  const Date& rv = r.value;
  const Precision need = m.ref_unit == RefUnit::kDay ? Precision::kDay
                         : m.ref_unit == RefUnit::kMonth ? Precision::kMonth : Precision::kYear;
  if (rv.precision < need) return false;
  // "year-ago", "year-earlier", "a year ago" name the period a year before
  // the report's own: the publication's year less one (the finder's
  // value). A reference of that period ("the third quarter", "the first
  // half") only makes it finer ("1988-Q3"); any other keeps the value.
  if (m.rule == "year_earlier" || m.rule == "ago") {
    if (rv.precision != Precision::kYear || !m.value.valid() || rv.year + m.ref_shift != m.value.year ||
        m.value.precision != Precision::kYear || r.timex3.size() <= 4)
      return false;
  }
  const bool keep = KeepsPrecision(m.rule) && rv.precision > need;
  const int n = m.ref_shift;
  // The reference's own TIMEX3 past its year ("-Q3", "-10-05", "-SU"),
  // kept by a year's shift when it has the same year.
  const bool t3_year = r.timex3.size() >= 4 && std::all_of(r.timex3.begin(), r.timex3.begin() + 4,
                                                           [](char c) { return c >= '0' && c <= '9'; }) &&
                       std::atoi(r.timex3.substr(0, 4).c_str()) == rv.year;
  switch (m.ref_unit) {
    case RefUnit::kDay:
      *v = rv.AddDays(n);
      *t3 = v->str();
      break;
    case RefUnit::kMonth: {
      // A month: "seven months later" than a day is no day the text gave
      // (months differ in length), so it is reported as the month.
      const int idx = rv.year * 12 + (rv.month - 1) + n;
      const int y = idx / 12, mo = idx % 12 + 1;
      *v = Date::Month(y, mo);
      *t3 = v->str();
      break;
    }
    case RefUnit::kYear: {
      const int y = rv.year + n;
      if (!keep) *v = Date::Year(y);
      else if (rv.precision == Precision::kMonth) *v = Date::Month(y, rv.month);
      else *v = Date::Day(y, rv.month, std::min(rv.day, DaysInMonth(y, rv.month)));
      *t3 = v->str();
      // "a year earlier" than "the third quarter": "1988-Q3".
      if (KeepsPrecision(m.rule) && t3_year && r.timex3.size() > 4 && rv.precision == Precision::kYear)
        *t3 = std::to_string(y) + r.timex3.substr(4);
      break;
    }
    case RefUnit::kNone: return false;
  }
  if (m.clock >= 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", m.clock / 100 % 100, m.clock % 100);
    *t3 += buf;
  }
  return v->valid();
}

}  // namespace

void ResolveReferences(std::vector<TimexMatch>* matches, size_t from, TimexReference* ref) {
  for (size_t k = from; k < matches->size(); ++k) {
    TimexMatch& m = (*matches)[k];
    // "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "10 a.m. on Friday": the day
    // right after a clock time (a period, a comma or "on" between) is its day.
    if (m.clock >= 0 && k + 1 < matches->size()) {
      const TimexMatch& d = (*matches)[k + 1];
      if (d.span.begin >= m.span.end && d.span.begin - m.span.end <= 5 && d.value.precision == Precision::kDay &&
          d.ref_unit == RefUnit::kNone) {
        if (!m.timex3.empty()) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "T%02d:%02d", m.clock / 100 % 100, m.clock % 100);
          m.timex3 = d.value.str() + buf;
        }
        continue;
      }
    }
    if (m.ref_unit != RefUnit::kNone && ref->value.valid() && ref->age <= 1) {
      Date v;
      std::string t3;
      if (FromReference(*ref, m, &v, &t3)) {
        // A clock time keeps no value: it tells no day of its own, and as
        // the sentence's first day it would push aside the sentence's own
        // date ("at 9:05 a.m. Tuesday" took the day before's reference, or
        // a weekday not yet read by its clause's tense). Its TIMEX3 says
        // the day.
        if (m.clock < 0) {
          m.value = v;
          m.kind = TimeKind::kRelative;
        }
        // (Empty when the caller asked for no TIMEX3 values.)
        if (!m.timex3.empty()) m.timex3 = std::move(t3);
      }
    }
    // A counted distance ("a year earlier", "a year ago") is no reference:
    // financial reports compare each figure with the same period, and
    // "from $3 a year ago ... $2 a year earlier" is one year back twice.
    if (m.value.valid() && (m.kind == TimeKind::kDate || m.kind == TimeKind::kRelative || m.kind == TimeKind::kWeekday) &&
        (m.ref_unit == RefUnit::kNone || !KeepsPrecision(m.rule))) {
      ref->value = m.value;
      // (Both empty in the pipeline, which asks for no TIMEX3 values.)
      if (!m.timex3.empty() || !ref->timex3.empty()) ref->timex3 = m.timex3;
      ref->age = 0;
    }
  }
}

std::string_view TimexType(TimeKind kind) {
  switch (kind) {
    case TimeKind::kDuration: return "DURATION";
    case TimeKind::kSet: return "SET";
    default: return "DATE";
  }
}

}  // namespace dyad
