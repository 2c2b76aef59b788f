#include "analysis/clauses.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "model/clause_spares.h"

namespace dyad {

namespace {

// The facts about one token that the tests below ask again and again
// (walking left for a subject, right for objects, to a clause's end), as
// bits computed once per sentence at the start of AnalyzeSentence: reading
// one is a load and an AND, where the test it stands for was a switch on
// the tag, a mask and up to 21 hash compares, or an actor lookup. The tag
// facts hold through the tag corrections made later in the sentence,
// which only turn one verb tag into another (VBD <-> VBN); the one
// correction that changes them (a noun after a modal read as a verb) is
// made right after the bits are computed, and recomputes that word's.
enum ClassBit : uint32_t {
  kCActor = 1u << 0,       // inside an actor mention
  kCVerbal = 1u << 1,      // a verb or modal tag, outside any mention
  kCNounPhrase = 1u << 2,  // can be part of a noun phrase (MakeTagClasses), or inside a mention
  kCPunct = kPunct,        // the token flags of the same meaning, copied
  kCOpenQuote = kOpenQuote,
  kCCloseQuote = kCloseQuote,
  kCNounLike = 1u << 6,    // can head a noun phrase (MakeTagClasses), or inside a mention
  kCAdverb = 1u << 7,      // RB, RBR, RBS
  kCPrep = 1u << 8,        // IN or TO
  kCNeg = 1u << 9,         // "not", "n't", "never"
  kCSubordinator = 1u << 10,  // opens a clause: "that", "who", "because", "if", ... (Words())
  kCCoord = 1u << 11,      // "and", "but", "or", "nor"
  kCBreak = 1u << 12,      // ":", ";", em and en dash
  kCComma = 1u << 13,
  kCColonSemi = 1u << 14,  // ":" or ";" (a clause ends there)
  kCAccording = 1u << 15,
  kCTo = 1u << 16,         // the word "to", whatever its tag
  kCModal = 1u << 17,      // the tag MD
  kCQuoteTag = 1u << 18,   // the tag PPL (an opening quote mark)
  kCPronoun = 1u << 19,    // the tag PRP (the subject walk stops at one without reading the token)
  // Every bit: the value after the sentence's last word, so that a scan
  // for any class stops there without a bound test. Only scans that end
  // at the sentence's end read it; every other reading is of a word.
  kCSentinel = ~0u,
};
static_assert(kPunct == 1u << 3 && kOpenQuote == 1u << 4 && kCloseQuote == 1u << 5,
              "the class bits copy these token flags as they are");
constexpr uint32_t kFlagClasses = kPunct | kOpenQuote | kCloseQuote;

// Word classes the analyser needs, by case-folded form. Hashes are computed
// once so the per-token tests are integer compares.
struct Words {
  uint64_t be, have, do_, get, go, to, not_, nt, never, no, longer, going, set, due, about, need, ought, able,
      scheduled, slated;
  uint64_t will, would, can, could, may, might, shall, should, must, ll, d, wo, ca;
  uint64_t and_, but, or_, nor, that, which, who, whom, whose, where, when, while_, whereas, although, though,
      because, since, after, before, until, unless, if_, whether, as, once, so;
  uint64_t by, according, comma, colon, semicolon, dash, emdash, endash, there;
  uint64_t question, with, along, together, up, in, at, percent, pct;
  // Participles that after "be" describe the subject's own stance or
  // activity, not something done to it: "is opposed to", "were engaged
  // in", "is prepared to", "is committed to". Read as active verbs (the
  // subject is the doer) unless a by-phrase follows.
  std::array<uint64_t, 9> stative{};
  // Verbs of belief and report whose participle introduces a reduced
  // passive ("a missile believed to be fired by ...").
  std::array<uint64_t, 9> belief{};
  // Verbs of saying with an addressee before the reported clause ("told
  // reporters Japan had rejected ...").
  std::array<uint64_t, 7> addressee{};
  // Verbs besides those of belief and saying that take a clause with no
  // "that" ("who feared the army would ..."): after one, a noun phrase may
  // be a new clause's subject, not the verb's object.
  std::array<uint64_t, 26> clausal{};
  // Irregular verbs whose past tense and past participle are one word
  // ("held", "shot", "caught"): like a regular "-ed" form, such a word
  // after a noun may be a finite past or a reduced relative's participle,
  // and the tagger's bigrams read it as the past (see PastIsParticiple).
  // Only verbs whose passive is common after a noun ("journalists held in
  // ...", "forces led by ..."); not the verbs of saying, thinking or
  // perceiving ("said", "thought", "heard", "felt": they take a clause),
  // nor "met" ("met with X in Y" is a finite verb before a preposition).
  std::array<uint64_t, 26> same_form{};
  // Same-form verbs that are also present tenses or bases ("cut", "put",
  // "set", "spread") or that take "with" ("met with X in Y"): a finite
  // reading is as likely after a noun, so only a by-phrase right after the
  // word ("fires set by rebels", "protesters met by police") makes it the
  // participle; not a by-phrase of means ("met by telephone").
  std::array<uint64_t, 5> same_form_by{};
  std::array<uint64_t, 6> by_means{};
  // Verbs that take no object and so no passive ("died", "fled"): their
  // "-ed" form is always a finite past, never a reduced relative.
  std::array<uint64_t, 12> never_passive{};
  // Verbs whose passive participle still takes a noun phrase after it: a
  // complement ("a group called the Front", "a general appointed
  // governor") or a second object ("refugees granted asylum", "a bill
  // offered Congress"). Such a word followed by a noun phrase may be a
  // modifier all the same (see AgentThenObject).
  std::array<uint64_t, 22> complement_passive{};
  // Verbs whose active form names its object before this preposition
  // ("accused the minister of", "blamed the army for", "convicted him
  // of"): right after the verb, the preposition marks the passive
  // ("..., accused of spying"), whose subject was accused, not the accuser.
  // (lemma, preposition) pairs, read in the VP coordination of step 4.
  std::array<std::pair<uint64_t, uint64_t>, 4> object_before_prep{};

  Words() {
    auto h = [](std::string_view s) { return TokenHash(s); };
    be = h("be"), have = h("have"), do_ = h("do"), get = h("get"), go = h("go"), to = h("to");
    not_ = h("not"), nt = h("n't"), never = h("never"), no = h("no"), longer = h("longer");
    going = h("going"), set = h("set"), due = h("due"), about = h("about"), need = h("need"), ought = h("ought");
    able = h("able"), scheduled = h("scheduled"), slated = h("slated");
    will = h("will"), would = h("would"), can = h("can"), could = h("could"), may = h("may"), might = h("might");
    shall = h("shall"), should = h("should"), must = h("must"), ll = h("'ll"), d = h("'d"), wo = h("wo"), ca = h("ca");
    and_ = h("and"), but = h("but"), or_ = h("or"), nor = h("nor"), that = h("that"), which = h("which");
    who = h("who"), whom = h("whom"), whose = h("whose"), where = h("where"), when = h("when");
    while_ = h("while"), whereas = h("whereas"), although = h("although"), though = h("though");
    because = h("because"), since = h("since"), after = h("after"), before = h("before"), until = h("until");
    unless = h("unless"), if_ = h("if"), whether = h("whether"), as = h("as"), once = h("once"), so = h("so");
    by = h("by"), according = h("according"), comma = h(","), colon = h(":"), semicolon = h(";");
    dash = h("-"), emdash = h("\xE2\x80\x94"), endash = h("\xE2\x80\x93"), there = h("there");
    question = h("?"), with = h("with"), along = h("along"), together = h("together"), up = h("up");
    in = h("in"), at = h("at");
    stative = {h("opposed"), h("engaged"), h("involved"), h("committed"), h("prepared"),
               h("determined"), h("poised"), h("dedicated"), h("resolved")};
    belief = {h("believe"), h("think"), h("say"), h("report"), h("know"), h("suspect"), h("allege"), h("understand"),
              h("expect")};
    addressee = {h("tell"), h("inform"), h("assure"), h("remind"), h("brief"), h("advise"), h("notify")};
    clausal = {h("hope"), h("fear"), h("feel"), h("deny"),     h("doubt"),   h("suggest"), h("agree"),
               h("decide"), h("learn"), h("find"), h("realize"), h("realise"), h("see"),     h("hear"),
               h("show"), h("mean"), h("worry"), h("assume"), h("guess"), h("reckon"), h("estimate"),
               h("conclude"), h("wish"), h("insist"), h("claim"), h("warn")};
    same_form = {h("held"),  h("shot"),   h("hit"),  h("caught"), h("struck"),   h("sent"),    h("kept"),
                 h("left"),  h("found"),  h("brought"), h("bought"), h("sold"),  h("told"),    h("led"),
                 h("fought"), h("won"),   h("built"), h("paid"),   h("lost"),    h("bound"),   h("laid"),
                 h("hung"),  h("withheld"), h("upheld"), h("sought"), h("spent")};
    for (uint64_t x : same_form) same_form_bits |= Bit(x);
    same_form_by = {h("cut"), h("put"), h("set"), h("spread"), h("met")};
    for (uint64_t x : same_form_by) same_form_bits |= Bit(x);
    by_means = {h("phone"), h("telephone"), h("video"), h("videoconference"), h("satellite"), h("chance")};
    never_passive = {h("die"),    h("flee"),    h("arrive"),    h("happen"),  h("occur"), h("erupt"),
                     h("clash"),  h("emerge"),  h("collapse"),  h("disappear"), h("vanish"), h("surrender")};
    complement_passive = {h("call"),  h("name"),  h("dub"),   h("label"),  h("term"),    h("title"),
                          h("brand"), h("elect"), h("appoint"), h("crown"), h("make"),   h("consider"),
                          h("deem"),  h("grant"), h("give"),  h("offer"),  h("award"),   h("deny"),
                          h("promise"), h("allow"), h("hand"), h("pay")};
    // Not "charge" + "with": "was named envoy and charged with relaunching
    // the talks" is a task given, and its passive would code an arrest (173).
    object_before_prep = {std::pair{h("accuse"), h("of")}, std::pair{h("suspect"), h("of")},
                          std::pair{h("convict"), h("of")}, std::pair{h("blame"), h("for")}};
    percent = h("percent"), pct = h("%");
    for (uint64_t x : {will, would, can, could, may, might, shall, should, must, ll, d, wo, ca, ought}) modal_bits |= Bit(x);
    for (uint64_t x : addressee) addressee_bits |= Bit(x);
    for (uint64_t x : {not_, nt, never}) AddClass(x, kCNeg);
    for (uint64_t x : {that, which, who, whom, whose, where, when, while_, whereas, although, though, because, since,
                       after, before, until, unless, if_, whether, as, once})
      AddClass(x, kCSubordinator);
    for (uint64_t x : {and_, but, or_, nor}) AddClass(x, kCCoord);
    for (uint64_t x : {colon, semicolon, emdash, endash}) AddClass(x, kCBreak);
    AddClass(colon, kCColonSemi);
    AddClass(semicolon, kCColonSemi);
    AddClass(comma, kCComma);
    AddClass(according, kCAccording);
    AddClass(to, kCTo);
    AddClass(dash, kCNounPhrase);  // part of a noun phrase whatever its tag
    BuildClassTable();
  }

  // IsModal runs for each word of a verb group and almost always answers no;
  // one bit per word (from the hash's top six bits) answers most of those
  // noes with one AND instead of 14 comparisons.
  static uint64_t Bit(uint64_t x) { return uint64_t{1} << (x >> 58); }
  uint64_t modal_bits = 0;
  // The same for the addressee verbs, asked of the word before nearly
  // every finite clause's subject.
  uint64_t addressee_bits = 0;
  bool IsAddressee(uint64_t lemma) const {
    return (addressee_bits & Bit(lemma)) && std::find(addressee.begin(), addressee.end(), lemma) != addressee.end();
  }

  // The same for the irregular same-form pasts, asked of a past form that
  // does not end in "-ed" (a candidate for a reduced relative, below).
  uint64_t same_form_bits = 0;
  // A past-tense word that may be the passive participle: a regular "-ed"
  // form, one of `same_form`, or one of `same_form_by` before "by" and an
  // agent. `toks` ends at `e` (the sentence's end).
  bool PastIsParticiple(const Token* toks, uint32_t t, uint32_t e) const {
    const Token& x = toks[t];
    if (x.lower.ends_with("ed")) return true;
    if (!(same_form_bits & Bit(x.lower_hash))) return false;
    if (std::find(same_form.begin(), same_form.end(), x.lower_hash) != same_form.end()) return true;
    if (std::find(same_form_by.begin(), same_form_by.end(), x.lower_hash) == same_form_by.end()) return false;
    return t + 2 < e && toks[t + 1].lower_hash == by &&
           std::find(by_means.begin(), by_means.end(), toks[t + 2].lower_hash) == by_means.end();
  }

  bool ComplementPassive(uint64_t lemma) const {
    return std::find(complement_passive.begin(), complement_passive.end(), lemma) != complement_passive.end();
  }

  bool NeverPassive(uint64_t lemma) const {
    return std::find(never_passive.begin(), never_passive.end(), lemma) != never_passive.end();
  }

  bool IsModal(uint64_t x) const {
    if (!(modal_bits & Bit(x))) return false;
    return x == will || x == would || x == can || x == could || x == may || x == might || x == shall ||
           x == should || x == must || x == ll || x == d || x == wo || x == ca || x == ought;
  }
  bool IsRelative(uint64_t x) const { return x == who || x == which || x == that || x == whom || x == whose; }

  // The word classes of the class bits for one case-folded form, 0 for
  // most words: a table in which each of the 36 words has a slot of its
  // own (a multiplier found at start-up spreads them apart), so a lookup
  // is one multiply, one key compare and one load, with no probe loop; it
  // runs for every token of every sentence. The size and shift are
  // constants and keys and classes separate arrays, so that the index
  // needs no shift by a loaded count and no scaling by a slot size.
  // 128 slots, not 512: the table is read for every token, and with the
  // class loaded for every probe (the cmov below) the 512-slot arrays'
  // 96 cache lines took ~180,000 more first-level misses on te3silver
  // than these 24 (cachegrind --cache-sim=yes; same instructions).
  static constexpr uint32_t kTableBits = 7;
  static constexpr uint32_t kSlots = 1u << kTableBits;
  struct Slot {
    uint64_t key = 0;
    uint32_t bits = 0;
  };
  // The table by value, for the per-token loop: read through `Words`, its
  // members would be reloaded after every store of a class.
  struct ClassTable {
    const uint64_t* keys;
    const uint32_t* bits;  // 0 in an empty slot (every word here has a class)
    uint64_t mult;
    uint32_t operator()(uint64_t x) const {
      const uint64_t i = (x * mult) >> (64 - kTableBits);
      // The class loaded before the compare, so that GCC selects it with a
      // cmov: written as `keys[i] == x ? bits[i] : 0` the load was
      // conditional and GCC branched on the compare, which is hard to
      // predict (a word of the table or one that only shares its slot:
      // ~136,000 mispredictions over te3silver's ~714,000 tokens,
      // cachegrind --branch-sim=yes), and the branchy form also took
      // ~1.3M more instructions. The slot is inside the table either way.
      const uint32_t found = bits[i];
      return keys[i] == x ? found : 0;
    }
  };
  ClassTable WordClasses() const { return {keys.data(), bits.data(), mult}; }
  uint32_t WordClass(uint64_t x) const { return WordClasses()(x); }
  std::array<uint64_t, kSlots> keys{};
  std::array<uint32_t, kSlots> bits{};
  uint64_t mult = 0;
  // The words and their classes, collected by AddClass; BuildClassTable
  // then finds a multiplier that gives each its own slot.
  std::vector<Slot> words;
  void AddClass(uint64_t x, uint32_t classes) {
    for (Slot& sl : words)
      if (sl.key == x) {
        sl.bits |= classes;
        return;
      }
    words.push_back({x, classes});
  }
  void BuildClassTable() {
    // 36 words in 128 slots: about one odd multiplier in 230 gives no two
    // of them the same slot (tried in a fixed sequence, so the table is
    // the same on every run; the search is a few tens of thousands of
    // instructions, once). With many more words it may find none and
    // throw: then kTableBits goes up by one.
    uint64_t m = 0x9E3779B97F4A7C15ull;
    for (int attempt = 0; attempt < (1 << 16); ++attempt, m = m * 0x5851F42D4C957F2Dull + 0x14057B7EF767814Full) {
      const uint64_t odd = m | 1;
      keys.fill(0);
      bits.fill(0);
      bool clash = false;
      for (const Slot& wd : words) {
        const uint64_t i = (wd.key * odd) >> (64 - kTableBits);
        if (bits[i] != 0) {
          clash = true;
          break;
        }
        keys[i] = wd.key;
        bits[i] = wd.bits;
      }
      if (!clash) {
        mult = odd;
        return;
      }
    }
    throw std::logic_error("clauses: no collision-free multiplier for the word classes (too many words?)");
  }
};

const Words& W() {
  static const Words w;
  return w;
}

// A day word the time tagger resolves only against a publication date: a
// weekday name or "today"/"yesterday"/"tonight" (not month names: "May" is
// also a modal and a surname). Only asked about the word right before a
// verb's group, so the ten-word scan is off the per-token path.
// The hash comparisons, out of line: asked of few words (see below).
__attribute__((noinline)) bool IsDayWord(uint64_t lower_hash) {
  static const uint64_t kDays[] = {TokenHash("monday"),   TokenHash("tuesday"), TokenHash("wednesday"),
                                   TokenHash("thursday"), TokenHash("friday"),  TokenHash("saturday"),
                                   TokenHash("sunday"),   TokenHash("today"),   TokenHash("yesterday"),
                                   TokenHash("tonight")};
  for (uint64_t d : kDays)
    if (lower_hash == d) return true;
  return false;
}
inline __attribute__((always_inline)) bool UnresolvedDay(const Token& t) {
  // Every such word has 5 to 9 letters and ends in "y" or "t" ("tonight"):
  // the subject's head noun before most verbs fails this before any hash.
  // Inline, so that this test (asked before ~60,000 verb groups on
  // te3silver, passed by a few thousand) costs no call.
  std::string_view low = t.lower;
  if (low.size() - 5 > 4 || (low.back() != 'y' && low.back() != 't')) return false;
  return IsDayWord(t.lower_hash);
}

// The tag's part of the class bits, one table indexed by the tag byte (so
// any value reads inside it).
constexpr std::array<uint32_t, 256> MakeTagClasses() {
  std::array<uint32_t, 256> c{};
  for (Tag t : {Tag::VB, Tag::VBD, Tag::VBG, Tag::VBN, Tag::VBP, Tag::VBZ, Tag::MD})
    c[static_cast<uint8_t>(t)] |= kCVerbal;
  // Tags that can be part of a noun phrase, before or at its head ("-" is
  // too, whatever its tag: a word class, in Words).
  for (Tag t : {Tag::DET, Tag::PDT, Tag::JJ, Tag::JJR, Tag::JJS, Tag::NN, Tag::NNS, Tag::NNP, Tag::NNPS, Tag::CD,
                Tag::POS, Tag::PRPS, Tag::PRP, Tag::EX, Tag::FW, Tag::SYM, Tag::PPD})
    c[static_cast<uint8_t>(t)] |= kCNounPhrase;
  // Tags that can head a noun phrase.
  for (Tag t : {Tag::NN, Tag::NNS, Tag::NNP, Tag::NNPS, Tag::PRP, Tag::CD, Tag::EX})
    c[static_cast<uint8_t>(t)] |= kCNounLike;
  for (Tag t : {Tag::RB, Tag::RBR, Tag::RBS}) c[static_cast<uint8_t>(t)] |= kCAdverb;
  c[static_cast<uint8_t>(Tag::MD)] |= kCModal;
  c[static_cast<uint8_t>(Tag::PPL)] |= kCQuoteTag;
  c[static_cast<uint8_t>(Tag::PRP)] |= kCPronoun;
  for (Tag t : {Tag::IN, Tag::TO}) c[static_cast<uint8_t>(t)] |= kCPrep;
  return c;
}
constexpr std::array<uint32_t, 256> kTagClasses = MakeTagClasses();

// The class bits as bitmaps, for scans that jump to the next word of some
// classes instead of testing word by word: bit i of a map is the sentence's
// word b + i (word i / 64, bit i % 64). The maps hold the classes after
// the mentions and the modal correction, the last writes of the class
// bits. `stop` marks the verb-group walk's stops (a boundary, "to" or a
// verb), `np_break` the words that can be no part of a noun phrase. Both
// have bit e - b (the sentinel's) set, so that a search from inside the
// sentence always ends at or before it; bits past it are never read.
struct ClassBitmaps {
  const uint64_t* stop;
  const uint64_t* np_break;
};
constexpr uint32_t kBoundary = kCBreak | kCSubordinator | kCCoord | kCOpenQuote;
constexpr uint32_t kStopClasses = kBoundary | kCTo | kCVerbal;

// The first set bit at or after bit i; one must be set there or later.
// (Most searches end in the first word: sentences average ~27 words.)
inline uint32_t NextSet(const uint64_t* map, uint32_t i) {
  uint32_t wi = i >> 6;
  uint64_t x = map[wi] & (~uint64_t{0} << (i & 63));
  while (x == 0) x = map[++wi];
  return wi * 64 + static_cast<uint32_t>(std::countr_zero(x));
}

// Builds both maps of words [b, e] into `buf` (cls[e] is the sentinel;
// cls must be readable to e + 15). Sixteen words a step, with SSE2: each
// class test leaves a lane of all ones or with its sign set, two signed
// packs keep the signs, and pmovmskb gathers the sixteen into a 16-bit
// part of the map (~2 instructions a word for both maps).
ClassBitmaps BuildClassBitmaps(const uint32_t* cls, uint32_t b, uint32_t e, std::vector<uint64_t>& buf) {
  const uint32_t len = e - b;
  const uint32_t words = (len >> 6) + 1;  // through bit len
  if (buf.size() < 2 * words) buf.resize(2 * words);
  uint64_t* const stop = buf.data();
  uint64_t* const np_break = stop + words;
  const uint32_t* const c = cls + b;
  const uint32_t steps = (len >> 4) + 1;  // through word len
  for (uint32_t k = 0; k < steps; ++k) {
    const uint32_t* const q = c + 16 * k;
    uint16_t stop16 = 0, np16 = 0;
#if defined(__SSE2__)
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 4));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 8));
    const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 12));
    // A lane of all ones where the word has none of the stop classes.
    const __m128i m = _mm_set1_epi32(static_cast<int>(kStopClasses)), zero = _mm_setzero_si128();
    auto none = [&](__m128i v) { return _mm_cmpeq_epi32(_mm_and_si128(v, m), zero); };
    const __m128i no_stop = _mm_packs_epi16(_mm_packs_epi32(none(v0), none(v1)), _mm_packs_epi32(none(v2), none(v3)));
    // The noun-phrase bit shifted into the lane's sign.
    static_assert(kCNounPhrase == 1u << 2, "the shift puts the noun-phrase bit in the sign");
    auto np = [](__m128i v) { return _mm_slli_epi32(v, 29); };
    const __m128i in_np = _mm_packs_epi16(_mm_packs_epi32(np(v0), np(v1)), _mm_packs_epi32(np(v2), np(v3)));
    stop16 = static_cast<uint16_t>(~_mm_movemask_epi8(no_stop));
    np16 = static_cast<uint16_t>(~_mm_movemask_epi8(in_np));
#else
    for (uint32_t j = 0; j < 16; ++j) {
      stop16 |= static_cast<uint16_t>(((q[j] & kStopClasses) != 0) << j);
      np16 |= static_cast<uint16_t>(((q[j] & kCNounPhrase) == 0) << j);
    }
#endif
    // The k-th 16-bit part of each map (little-endian: bits 16k to 16k + 15).
    std::memcpy(reinterpret_cast<char*>(stop) + 2 * k, &stop16, 2);
    std::memcpy(reinterpret_cast<char*>(np_break) + 2 * k, &np16, 2);
  }
  // The sentinel has every class bit, so stop has bit len already; a noun
  // phrase's run must end there too. (Parts past bit len keep an earlier
  // sentence's bits: no search reads past it.)
  np_break[len >> 6] |= uint64_t{1} << (len & 63);
  return {stop, np_break};
}

struct VG {
  // A constructor of its own: `emplace_back()` of a type without one
  // value-initialises it, zeroing all ~72 bytes before the member
  // initialisers write most of them again, for each of ~79,000 groups.
  explicit VG(uint32_t at)
      : begin(at), end(at), head(kNone32), finite(false), kind(ClauseKind::kFinite), prep(kNone32) {}
  uint32_t begin, end, head;
  bool finite;
  ClauseKind kind;
  uint32_t prep;  // gerund's preposition
  VerbGroup verb;
  // Set on the verb group after a garden-path participle (see "Garden
  // path" below): where its subject noun phrase begins, before the participle.
  uint32_t subject_from = kNone32;
};

// "Protesters who marched through Nairobi clashed with police": when the
// region's finite verb (vgs[region_finite]) is that of a relative clause on
// the sentence's first noun phrase (no finite verb before it) and no finite
// verb follows in the sentence (from `from`, the end of the group asked
// about), a bare "-ed" form here is the sentence's own verb, not a
// participle modifying the noun before it, which the sentence would then
// lack. One with a by-phrase still is a modifier ("... to officers guarded
// by police"). The caller tests that the region opened with a relative.
// A function with its inputs as arguments, not a lambda capturing the
// verb-group walk's locals: asked of ~100 groups on te3silver, yet that
// closure was built for each of ~79,000 groups and kept the region's
// variables in memory rather than registers (~1.5M instructions).
__attribute__((noinline)) bool MainVerbPending(const Token* toks, const uint32_t* cls, const std::vector<VG>& vgs,
                                               uint32_t region_finite, uint32_t from, uint32_t e, uint64_t by) {
  if (region_finite == kNone32 || (from < e && toks[from].lower_hash == by)) return false;
  for (uint32_t k = 0; k < region_finite; ++k)
    if (vgs[k].finite) return false;
  for (uint32_t k = from; k < e; ++k) {
    const Tag tk = toks[k].tag;
    if (!(cls[k] & kCActor) && (tk == Tag::VBD || tk == Tag::VBZ || tk == Tag::VBP || tk == Tag::MD)) return false;
  }
  return true;
}

// The first word of a direct object noun phrase ("talks", "the town", a
// named actor); a preposition such as "by" is none.
bool StartsObject(const Token& t, bool is_actor) {
  switch (t.tag) {
    case Tag::DET: case Tag::PDT: case Tag::PRPS: case Tag::JJ: case Tag::JJR: case Tag::CD: case Tag::NN:
    case Tag::NNS:
      return true;
    case Tag::NNP: case Tag::NNPS: return is_actor;
    default: return false;
  }
}

// Answers of options.is_speech already asked on this thread, by lemma hash.
// Every clause asks about its head verb (~79,000 times on te3silver, for a
// few thousand lemmas): through std::function and the dictionary's hash
// set that was ~40 instructions a call, a hit here is a handful. Direct
// mapped by the hash's low bits (TokenHash mixes every bit); a miss asks
// is_speech and takes the slot. `owner` is the analyser the answers
// belong to (its id_, never 0); a sentence of another analyser starts by
// emptying the memo.
struct SpeechMemo {
  static constexpr uint32_t kSlots = 1024;
  uint64_t owner = 0;
  std::array<uint64_t, kSlots> key;
  std::array<bool, kSlots> speech;
  // An empty slot holds a key whose low bits are not its index, which no
  // hash that maps to the slot can equal (0 is a possible hash, so 0 would
  // not do).
  void Reset(uint64_t id) {
    owner = id;
    for (uint32_t i = 0; i < kSlots; ++i) key[i] = ~uint64_t{i};
  }
};
static_assert((SpeechMemo::kSlots & (SpeechMemo::kSlots - 1)) == 0, "slots by a mask of the low bits");

std::atomic<uint64_t> next_analyzer_id{1};

}  // namespace

ClauseAnalyzer::ClauseAnalyzer(ClauseAnalyzerOptions options)
    : options_(std::move(options)), id_(next_analyzer_id.fetch_add(1, std::memory_order_relaxed)) {}

void ClauseAnalyzer::Run(Doc& doc) const {
  doc.clauses.clear();
  // Each sentence needs only its own actor mentions; scanning the whole
  // article's list for every sentence cost 3.8M instructions on te3silver.
  // When the list is in sentence order (as the matcher leaves it; checked
  // here, so any order stays correct), a sentence's mentions are one block,
  // found with a cursor; otherwise every sentence gets the whole list.
  const std::vector<ActorMention>& actors = doc.actors;
  const bool ordered = std::is_sorted(actors.begin(), actors.end(), [](const ActorMention& x, const ActorMention& y) {
    return x.sentence < y.sentence;
  });
  // The time expressions the same way (in sentence order as the time
  // tagger leaves them; the scan of the whole list for each sentence was
  // 1.2M instructions on te3silver).
  const std::vector<TimeExpr>& times = doc.times;
  const bool times_ordered = std::is_sorted(times.begin(), times.end(), [](const TimeExpr& x, const TimeExpr& y) {
    return x.sentence < y.sentence;
  });
  // Sentence s's run of a list kept in sentence order, from *cursor on (the
  // whole list when it is not in order).
  // (Through pointers: by index, each step recomputed the list's size, a
  // division by the element size.)
  auto slice = []<class T>(const std::vector<T>& all, bool in_order, size_t* cursor, uint32_t s) {
    if (!in_order) return std::span<const T>(all);
    const T* const stop = all.data() + all.size();
    const T* from = all.data() + *cursor;
    while (from != stop && from->sentence < s) ++from;
    const T* to = from;
    while (to != stop && to->sentence == s) ++to;
    *cursor = static_cast<size_t>(to - all.data());
    return std::span<const T>(from, to);
  };
  size_t cursor = 0, time_cursor = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::span<const ActorMention> sent_actors = slice(actors, ordered, &cursor, s);
    std::span<const TimeExpr> sent_times = slice(times, times_ordered, &time_cursor, s);
    AnalyzeSentence(doc, s, sent_actors, sent_times);
  }
}

void ClauseAnalyzer::AnalyzeSentence(Doc& doc, uint32_t s) const {
  AnalyzeSentence(doc, s, doc.actors, doc.times);
}

void ClauseAnalyzer::AnalyzeSentence(Doc& doc, uint32_t s, std::span<const ActorMention> mentions,
                                     std::span<const TimeExpr> times) const {
  const Words& w = W();
  const Sentence& sent = doc.sentences[s];
  const uint32_t b = sent.tokens.begin, e = sent.tokens.end;
  if (b == e) return;
  // The tokens through a plain pointer taken once: nothing here adds or
  // removes tokens (only tags are corrected in place), and through the
  // vector every toks[t] after a store (a tag, a scratch byte, a verb
  // group) reloaded the vector's data pointer, as the lambdas that capture
  // it did on every read.
  Token* const toks = doc.tokens.data();

  // Actor mentions act as single noun-phrase units: a verb-tagged word inside
  // a name ("Rapid Support Forces", "Tren de Aragua") is not a verb.
  // Per-thread scratch buffers (cls, marks, vgs, ...): reused across sentences so
  // that a sentence costs no allocation for them.
  static thread_local std::vector<uint32_t> cls_buf;
  // Indexed by token, not by position in the sentence: the ~60 readings
  // need no subtraction (slots before the sentence go unused; the buffer
  // grows to the longest article's token count). Every slot of the
  // sentence is written below, and the one after it holds a sentinel
  // (kCSentinel). Fifteen slots more: the bitmap pass (BuildClassBitmaps)
  // reads sixteen a step, up to fifteen past the sentinel (their bits are
  // never asked).
  if (cls_buf.size() < e + 16) cls_buf.resize(e + 16);
  // Through a plain pointer and length taken once: the lambdas below are
  // inlined at ~40 call sites, and each reading of the thread_local vector
  // was a TLS address and a reload of its data pointer.
  uint32_t* const cls = cls_buf.data();
  // Tokens where a clause may end early (a colon or semicolon, "according",
  // an opening quote), in order: the clause ends below look only at these
  // instead of scanning every clause's words (overlapping for nested
  // clauses). The modals go in the same list (one test a token for both):
  // the correction after this loop starts from them.
  static thread_local std::vector<uint32_t> marks;
  marks.clear();
  const Words::ClassTable word_class = w.WordClasses();
  // (Through pointers: one induction variable, not a token index and a
  // class index.) Four words a step: the loop's own test and steps, and the test for a
  // mark (ORed over the four: about one word in twenty is one), are paid
  // once for the four. Marks stay in token order. The last words of a
  // sentence whose length is no multiple of four go one by one.
  {
    constexpr uint32_t kMarkClasses = kCColonSemi | kCOpenQuote | kCAccording | kCModal;
    auto classes = [word_class](const Token* x) {
      return kTagClasses[static_cast<uint8_t>(x->tag)] | word_class(x->lower_hash) | (x->flags & kFlagClasses);
    };
    uint32_t* out = cls + b;
    const Token* x = toks + b;
    for (const Token* const quads_end = x + ((e - b) & ~3u); x != quads_end; x += 4, out += 4) {
      const uint32_t c0 = classes(x), c1 = classes(x + 1), c2 = classes(x + 2), c3 = classes(x + 3);
      out[0] = c0;
      out[1] = c1;
      out[2] = c2;
      out[3] = c3;
      if ((c0 | c1 | c2 | c3) & kMarkClasses) {
        for (uint32_t k = 0; k < 4; ++k)
          if (out[k] & kMarkClasses) marks.push_back(static_cast<uint32_t>(x - toks) + k);
      }
    }
    for (const Token* const end_x = toks + e; x != end_x; ++x, ++out) {
      const uint32_t c = classes(x);
      if (c & kMarkClasses) marks.push_back(static_cast<uint32_t>(x - toks));
      *out = c;
    }
    *out = kCSentinel;
  }
  // The mentions' words, after that loop (a few words a sentence, instead
  // of a test for every word there): noun-phrase units, never verbs.
  for (const ActorMention& m : mentions) {
    if (m.sentence != s) continue;
    // The mention's words clipped to the sentence once, not tested one by one.
    const uint32_t lo = std::max(m.tokens.begin, b), hi = std::min(m.tokens.end, e);
    for (uint32_t t = lo; t < hi; ++t) cls[t] = (cls[t] | kCActor | kCNounPhrase | kCNounLike) & ~kCVerbal;
  }
  // A modal takes a bare verb: "they would blockade the port" where the
  // tagger read "blockade" as a noun. Recorded as VB, like the VBN -> VBD
  // correction below. A noun is after a modal when the last word before it
  // that is no adverb and no negation is one (a modal that is itself such a
  // word is passed over like them); so from each other modal, every noun
  // up to the first word that is neither (that word included) is a verb.
  for (uint32_t m : marks) {
    if ((cls[m] & (kCModal | kCAdverb | kCNeg)) != kCModal) continue;
    for (uint32_t k = m + 1; k < e; ++k) {
      Token& y = toks[k];
      uint32_t& c = cls[k];
      if (y.tag == Tag::NN && !(c & kCActor)) {
        y.tag = Tag::VB;
        c = kTagClasses[static_cast<uint8_t>(Tag::VB)] | word_class(y.lower_hash) | (y.flags & kFlagClasses);
      }
      if (!(c & (kCAdverb | kCNeg))) break;
    }
  }
  // Two bitmaps of the final class bits (ClassBitmaps), for the two scans
  // that mispredicted most: the verb-group walk's skip to the next
  // boundary, "to" or verb, and the complement walk's noun-phrase runs.
  static thread_local std::vector<uint64_t> bitmap_buf;
  const ClassBitmaps maps = BuildClassBitmaps(cls, b, e, bitmap_buf);
  // The class bits of a token of the sentence.
  auto C = [cls](uint32_t t) { return cls[t]; };
  // t in [b, e) as one unsigned compare (t < b wraps around to a large
  // t - b): some callers ask about a token just outside the sentence.
  const uint32_t sent_len = e - b;
  auto actor = [cls, b, sent_len](uint32_t t) { return t - b < sent_len && (cls[t] & kCActor); };
  // The same for a token the caller has already bounded to the sentence
  // (a `t > b` or `j < e` in its own test): the verb-group walk asks this
  // of ~250,000 tokens on te3silver, and the bound test was a third of it.
  auto inside_actor = [cls](uint32_t t) { return (cls[t] & kCActor) != 0; };
  // Time expressions of this sentence (the time tagger runs first): a date
  // right before the verb is an adverbial, not the subject. Collected once
  // per sentence (a few at most) so the subject search scans only these.
  static thread_local std::vector<TokenRange> sent_times;
  sent_times.clear();
  for (const TimeExpr& te : times)
    if (te.sentence == s && te.tokens.begin < te.tokens.end) sent_times.push_back(te.tokens);
  auto time_ending_at = [&](uint32_t t) -> uint32_t {
    for (const TokenRange& r : sent_times)
      if (r.end == t && !actor(r.begin)) return r.begin;
    return kNone32;
  };
  auto lemma = [&](uint32_t t) { return toks[t].lemma_hash ? toks[t].lemma_hash : toks[t].lower_hash; };
  // options_.is_speech through the thread's memo (SpeechMemo); false
  // without a list.
  static thread_local SpeechMemo speech_memo;
  SpeechMemo* const memo = &speech_memo;
  if (memo->owner != id_) memo->Reset(id_);
  auto is_speech = [this, memo](uint64_t h) {
    const uint32_t i = static_cast<uint32_t>(h) & (SpeechMemo::kSlots - 1);
    if (memo->key[i] == h) return memo->speech[i];
    const bool r = options_.is_speech && options_.is_speech(h);
    memo->key[i] = h;
    memo->speech[i] = r;
    return r;
  };
  auto is_aux_lemma = [&](uint64_t l) { return l == w.be || l == w.have || l == w.do_ || l == w.get; };
  // A verb or modal outside any mention (only ever asked inside the sentence).
  auto verbal = [&](uint32_t t) { return (C(t) & kCVerbal) != 0; };

  // ---- 1. Verb groups -------------------------------------------------------
  static thread_local std::vector<VG> vgs;
  vgs.clear();
  bool finite_in_region = false;  // a finite verb since the last clause boundary
  uint32_t region_finite = kNone32;  // index in vgs of the first finite group of the region
  // That group may be a garden-path participle (see "Garden path" below):
  // decided once, when it is found, so the later verb groups of the
  // sentence test one flag.
  bool region_garden = false;
  // The region opened with a relative pronoun right after a noun ("the
  // protesters who marched ..."): its finite verb is the relative's, and the
  // sentence's own verb is still to come.
  bool region_relative = false;
  for (uint32_t t = b; t < e;) {
    // Most words are no boundary, no "to" and not verbal: passed in a
    // tight loop (the same as going round the loop below for each).
    // (The sentinel stops it at the sentence's end.) Through a pointer:
    // one load, test and step a word, where the index form recomputed the
    // address from t each time.
    // (From the bitmap: the run's length varies from word to word, and
    // the token-by-token loop's exit was the function's most mispredicted
    // branch, ~200,000 on te3silver.) Bit e - b is set: it stops at e.
    t = b + NextSet(maps.stop, t - b);
    if (t == e) break;
    const uint32_t ct = C(t);
    if (ct & kBoundary) {
      finite_in_region = false;
      region_finite = kNone32;
      region_garden = false;
      region_relative = (ct & kCSubordinator) && w.IsRelative(toks[t].lower_hash) && t > b &&
                        (IsNoun(toks[t - 1].tag) || inside_actor(t - 1));
    }
    // Most words are neither "to" nor verbal: they are skipped here, before
    // the infinitive test below, which is false for any word but "to" (the
    // same skip the test after it would make).
    if (!(ct & (kCTo | kCVerbal))) {
      ++t;
      continue;
    }
    const Token& x = toks[t];

    // The verb may open a quotation ('vowed to "crush" them'): the quote
    // mark after "to" is passed over as after a modal (below).
    // (Only "to" can start one: most groups start at a verb, which skips
    // the look ahead.)
    bool infinitive = false;
    if (ct & kCTo) {
      uint32_t after_to = t + 1 < e && toks[t + 1].tag == Tag::PPL ? t + 2 : t + 1;
      infinitive = after_to < e &&
                   (toks[after_to].tag == Tag::VB ||
                    (IsAdverb(toks[after_to].tag) && after_to + 1 < e && toks[after_to + 1].tag == Tag::VB));
    }
    if (!infinitive && !(ct & kCVerbal)) {
      ++t;
      continue;
    }
    // "according to" is a preposition, not a verb.
    if (ct & kCAccording) {
      t += 2;
      continue;
    }
    // A participle or gerund between a determiner/adjective and a noun is an
    // adjective ("the growing divide", "alleged drug boats").
    if ((x.tag == Tag::VBG || x.tag == Tag::VBN) && t > b && t + 1 < e) {
      Tag prev = toks[t - 1].tag, next = toks[t + 1].tag;
      bool before_noun = IsNoun(next) || IsAdjective(next);
      bool after_mod = prev == Tag::DET || IsAdjective(prev) || prev == Tag::PRPS || prev == Tag::POS ||
                       prev == Tag::CD || inside_actor(t - 1) || IsNoun(prev);
      bool after_aux = false;
      for (uint32_t k = t; k-- > b;) {
        if (IsAdverb(toks[k].tag)) continue;
        after_aux = IsVerb(toks[k].tag) || toks[k].tag == Tag::MD;
        break;
      }
      if (before_noun && after_mod && !after_aux && (prev == Tag::DET || IsAdjective(prev) || prev == Tag::PRPS ||
                                                     prev == Tag::POS || prev == Tag::CD || IsNoun(next))) {
        if (!(IsNoun(prev) && x.tag == Tag::VBN)) {  // "a status conferred ..." is a reduced relative
          ++t;
          continue;
        }
      }
    }
    // Right after a preposition, a participle before a noun or adjective
    // modifies it ("meet with exiled dissidents", "the release of detained
    // activists"): a preposition takes a noun phrase, never a finite verb.
    // Not after a subordinator tagged IN ("after", "as", "since"), which may
    // open a clause.
    if ((x.tag == Tag::VBN || x.tag == Tag::VBD) && t > b && t + 1 < e && toks[t - 1].tag == Tag::IN &&
        !(C(t - 1) & kCSubordinator) && !inside_actor(t - 1) &&
        (IsNoun(toks[t + 1].tag) || IsAdjective(toks[t + 1].tag))) {
      ++t;
      continue;
    }
    // Right after a full verb, a participle before an adjective or noun
    // begins that verb's object ("reject proposed Israeli changes",
    // "condemned alleged abuses"); after "be"/"have"/"get"/"do" it is the
    // verb ("were killed civilians" is not English; "have signed deals" is).
    if ((x.tag == Tag::VBN || x.tag == Tag::VBD) && t > b && t + 1 < e && !inside_actor(t - 1) &&
        (toks[t - 1].tag == Tag::VBD || toks[t - 1].tag == Tag::VBZ || toks[t - 1].tag == Tag::VBP ||
         toks[t - 1].tag == Tag::VB) &&
        !is_aux_lemma(lemma(t - 1)) && (IsNoun(toks[t + 1].tag) || IsAdjective(toks[t + 1].tag)) &&
        !is_speech(lemma(t - 1))) {
      ++t;
      continue;
    }

    // Built in place and taken back below when no verb is found: copying
    // the ~72-byte group in was as costly as building it.
    VG& g = vgs.emplace_back(t);
    VerbGroup& v = g.verb;
    bool has_modal = false, has_finite_form = false, be_before = false;
    uint32_t last_verb = kNone32;
    uint32_t j = t;
    if (infinitive) {
      g.kind = ClauseKind::kInfinitive;
      ++j;
    }
    while (j < e) {
      const Token& y = toks[j];
      uint64_t ly = y.lower_hash;
      if (inside_actor(j)) break;
      if (y.tag == Tag::MD || w.IsModal(ly)) {
        if (g.kind == ClauseKind::kInfinitive) break;
        has_modal = true;
        if (ly == w.will || ly == w.shall || ly == w.ll || ly == w.wo) v.modality = Modality::kFuture;
        else if (ly == w.would || ly == w.d) v.modality = Modality::kConditional;
        else if (ly == w.can || ly == w.could || ly == w.may || ly == w.might || ly == w.ca) v.modality = Modality::kPossible;
        else v.modality = Modality::kObligation;
        if (ly == w.ought && j + 1 < e && toks[j + 1].lower_hash == w.to) ++j;
        ++j;
        continue;
      }
      // A partial quotation may open inside the verb group ("Trump is "not
      // discussing" it"): after an auxiliary the quote mark is no clause
      // boundary, and the negation or verb after it still belongs to the
      // group (after a full verb it opens the quoted words: 'said "go"').
      // Right after a modal too ('Japan should "respect" the accord', with
      // an adverb allowed before the verb: 'should "firmly respect"'): a
      // modal is never a clause of its own, so the quoted verb is its verb.
      // So with the "to" of an infinitive.
      if (y.tag == Tag::PPL && j + 1 < e &&
          ((last_verb != kNone32 && is_aux_lemma(lemma(last_verb))) ||
           ((has_modal || g.kind == ClauseKind::kInfinitive) && last_verb == kNone32)) &&
          ((C(j + 1) & (kCNeg | kCVerbal)) || ((C(j + 1) & kCAdverb) && j + 2 < e && verbal(j + 2)))) {
        ++j;
        continue;
      }
      if ((C(j) & kCNeg) || (ly == w.no && j + 1 < e && toks[j + 1].lower_hash == w.longer)) {
        v.negated = true;
        j += (ly == w.no) ? 2 : 1;
        continue;
      }
      if ((C(j) & kCAdverb) && j + 1 < e && (C(j + 1) & (kCVerbal | kCAdverb | kCNeg))) {
        ++j;
        continue;
      }
      if (!IsVerb(y.tag)) break;
      uint64_t l = lemma(j);
      // Semi-auxiliaries: "is going to", "is set to", "is scheduled to", "has to", "needs to".
      // The scheduled act is the clause's verb (a future act, like "will attend").
      bool scheduled = be_before && (ly == w.set || ly == w.scheduled || ly == w.slated);
      if (j + 2 < e && toks[j + 1].lower_hash == w.to && toks[j + 2].tag == Tag::VB &&
          (ly == w.going || l == w.have || l == w.need || ly == w.able || scheduled)) {
        if (ly == w.going || scheduled) v.modality = Modality::kFuture;
        else if (ly == w.able) v.modality = Modality::kPossible;
        else v.modality = Modality::kObligation;
        if (y.tag == Tag::VBD || y.tag == Tag::VBZ || y.tag == Tag::VBP) has_finite_form = true;
        j += 2;
        continue;
      }
      if (y.tag == Tag::VBD || y.tag == Tag::VBZ || y.tag == Tag::VBP) has_finite_form = true;
      // An auxiliary if another verb follows (possibly after adverbs or "not").
      uint32_t k = j + 1;
      // (An opening quote there too: 'is "not discussing"', see above.)
      while (k < e && (C(k) & (kCAdverb | kCNeg | kCQuoteTag))) ++k;
      // "did not attend": do-support takes a bare verb; be/have/get take participles.
      bool verb_follows = k < e && IsVerb(toks[k].tag) && !(C(k) & kCActor) && (toks[k].tag != Tag::VB || l == w.do_);
      if (is_aux_lemma(l) && verb_follows) {
        if (l == w.be || l == w.get) be_before = true;
        else be_before = false;
        last_verb = j;
        ++j;
        continue;
      }
      last_verb = j;
      g.head = j;
      // Passive: a participle right after a form of "be" or "get", unless
      // it is one of the stative participles without a by-phrase.
      v.passive = y.tag == Tag::VBN && be_before;
      if (v.passive && std::find(w.stative.begin(), w.stative.end(), ly) != w.stative.end()) {
        uint32_t after_pp = j + 1;  // "was opposed earlier by X" is a passive
        while (after_pp < e && (C(after_pp) & kCAdverb)) ++after_pp;
        if (!(after_pp < e && toks[after_pp].lower_hash == w.by)) v.passive = false;
      }
      ++j;
      break;
    }
    if (g.head == kNone32) g.head = last_verb;
    if (g.head == kNone32) {  // a modal or "to" with no verb after it
      vgs.pop_back();
      t = j > t ? j : t + 1;
      continue;
    }
    // Phrasal-verb particle right after the head ("called off", "cracked down"),
    // but not the "up" of "up to 4,000 troops" (a number's bound).
    // (Asked only of a particle-tagged word, which few groups end before.)
    auto up_to_number = [&] {
      return j + 2 < e && toks[j].lower_hash == w.up && toks[j + 1].lower_hash == w.to && toks[j + 2].tag == Tag::CD;
    };
    if (j < e && toks[j].tag == Tag::RP && !up_to_number()) {
      v.particle = j;
      ++j;
    }
    g.end = j;
    v.tokens = {g.begin, g.end};
    v.head = g.head;
    v.lemma = toks[g.head].lemma.empty() ? toks[g.head].lower : toks[g.head].lemma;
    Tag ht = toks[g.head].tag;

    // Garden path: "The farmers detained for blocking roads were freed", "a
    // study published Monday in Lima found that".
    // A regular past form ("imprisoned", "released") is also the passive
    // participle, as is an irregular one spelled alike ("journalists held
    // in Evin were freed", "rebels shot by troops fled": Words::same_form);
    // right after the sentence's first noun phrase, followed by
    // a prepositional phrase (or a date and one) and then by another verb
    // with no subject of its own in between, it was the participle of a
    // reduced relative, and the later verb is the clause's. The earlier
    // group is turned into that modifier, and the later one takes the noun
    // phrase before it as its subject. Not with verbs of saying ("officials
    // said in a statement the rebels ..."), nor when something between can
    // be the later verb's own subject: a pronoun, a wh-word, or a noun
    // phrase right after a noun ("agreed in March the plan would ...",
    // "clamped down on what it called"). "to" must be a preposition
    // ("agreed to remove" is the verb's own infinitive). A bare "-ed" form
    // as the later verb may itself be the modifier ("proposed in a bill
    // offered Congress last month"), so it counts only before "that"
    // ("a report released in Kigali alleged that ..."), or when the earlier
    // one names its agent with "by" and the later one has a noun phrase
    // after it ("forces led by a general attacked the town": a passive
    // participle takes no object, and the by-phrase marks the earlier one
    // as the passive; AgentThenObject).
    if (region_garden && g.kind != ClauseKind::kInfinitive && finite_in_region && region_finite != kNone32 &&
        (has_modal || has_finite_form || ht == Tag::VBN || ht == Tag::VBD) &&
        !is_speech(lemma(g.head))) {
      VG& r = vgs[region_finite];
      bool only_nonfinite_after = true;
      for (size_t k = region_finite + 1; k + 1 < vgs.size(); ++k) only_nonfinite_after &= !vgs[k].finite;
      // (A verb that takes no passive, "died", "fled", cannot be that
      // modifier: "two men shot by police died in hospital".)
      const bool later_bare_ed = g.begin == g.head && !has_modal && (ht == Tag::VBD || ht == Tag::VBN) &&
                                 toks[g.head].lower.ends_with("ed") && !w.NeverPassive(lemma(g.head));
      // (Asked only of a later bare "-ed" form, after the cheap tests.)
      // The later verb must follow the head noun of the phrase before it:
      // after an adjective or determiner it is itself an adjective ("led
      // by Syrian armed groups"). An earlier verb with no passive ("a fire
      // happened ...") is no modifier. Without "by" the earlier verb's
      // phrase is a place or a cause ("tourists arrested in Bali faced a
      // jail term"), and an "-ed" word before a bare noun may be an
      // adjective ("imports of EC manufactured goods", "the deeply divided
      // country"): then the object must open with a determiner or name an
      // actor.
      auto agent_then_object = [&] {
        if (!(g.end < e) || w.ComplementPassive(lemma(g.head)) || w.NeverPassive(lemma(r.head))) return false;
        uint32_t before = g.begin - 1;  // past an adverb ("soldiers also detained")
        while (before > r.end && IsAdverb(toks[before].tag)) --before;
        bool head_before = IsNoun(toks[before].tag) || actor(before);
        for (const TokenRange& tr : sent_times) {
          if (tr.begin == g.end) return false;
          head_before |= tr.contains(before);  // "completed in 1986 included"
        }
        if (!head_before) return false;
        uint32_t p = r.end;
        while (p < g.begin && IsAdverb(toks[p].tag)) ++p;
        if (!(p + 1 < g.begin && toks[p].lower_hash == w.by)) {
          const Tag o = toks[g.end].tag;
          return o == Tag::DET || o == Tag::PRPS || (IsProperNoun(o) && actor(g.end));
        }
        // "rose by 5 percent": an amount, not an agent.
        const Token& last = toks[g.begin - 1];
        if (last.tag == Tag::CD || last.lower_hash == w.percent || last.lower_hash == w.pct) return false;
        return StartsObject(toks[g.end], actor(g.end));
      };
      bool candidate = only_nonfinite_after &&
                       (!later_bare_ed || (g.end < e && toks[g.end].lower_hash == w.that) || agent_then_object());
      if (candidate) {
        uint32_t p = r.end;
        while (p < g.begin && IsAdverb(toks[p].tag)) ++p;
        for (const TokenRange& tr : sent_times)
          if (tr.begin == p && tr.end <= g.begin) p = tr.end;
        uint64_t lp = p < g.begin ? toks[p].lower_hash : 0;
        bool to_verb = toks[p].tag == Tag::TO && p + 1 < e && (toks[p + 1].tag == Tag::VB || IsAdverb(toks[p + 1].tag));
        candidate = p < g.begin && (toks[p].tag == Tag::IN || toks[p].tag == Tag::TO || lp == w.by) &&
                    !(w.WordClass(lp) & kCSubordinator) && !to_verb;
      }
      for (uint32_t k = r.end; candidate && k < g.begin; ++k) {
        Tag tk = toks[k].tag;
        if ((C(k) & (kCComma | kCBreak | kCOpenQuote | kCCloseQuote)) ||
            tk == Tag::PRP || tk == Tag::WDT || tk == Tag::WP || tk == Tag::WPS || tk == Tag::WRB ||
            ((tk == Tag::DET || tk == Tag::PRPS) && k > r.end && IsNoun(toks[k - 1].tag)))
          candidate = false;
      }
      if (candidate) {
        r.kind = ClauseKind::kReducedRelative;
        r.finite = false;
        r.verb.passive = true;
        r.verb.tense = Tense::kNonFinite;
        toks[r.head].tag = Tag::VBN;  // record the correction, as below
        g.subject_from = b;
        finite_in_region = false;
        region_finite = kNone32;
        region_garden = false;
      }
    }

    // "a missile believed to be fired by rebels": a verb of belief or report
    // right after a noun, inside a clause that has its verb, and followed
    // by "to be"/"to have" is a reduced passive modifying that noun (the
    // tagger often reads it as a simple past).
    bool belief_relative = false;
    if (g.kind != ClauseKind::kInfinitive && g.begin == g.head && (ht == Tag::VBD || ht == Tag::VBN) &&
        finite_in_region && g.begin > b && (toks[g.begin - 1].tag == Tag::NN || toks[g.begin - 1].tag == Tag::NNS) &&
        g.end + 1 < e && toks[g.end].lower_hash == w.to &&
        (lemma(g.end + 1) == w.be || lemma(g.end + 1) == w.have)) {
      uint64_t hl = lemma(g.head);
      belief_relative = std::find(w.belief.begin(), w.belief.end(), hl) != w.belief.end();
    }
    // "granted asylum to officers holed up in a residence", "opened its
    // borders to West Africans ordered out of Nigeria": a bare regular
    // "-ed" form right after the object of a preposition, in a clause that
    // has its verb, and followed by a particle or preposition is the
    // participle of a reduced relative modifying that object (so is a
    // same-form irregular: "asylum to officers held in"): a
    // preposition's object is no finite verb's subject. Not after a date
    // ("met in June troops stationed in"), nor when a determiner or a name
    // inside the words before it may start a new subject ("in a statement
    // the unit earned in"), nor in a clause whose verb is one of saying, which
    // takes a clause with no "that" ("said on Monday rebels attacked in").
    bool prep_object_relative = false;
    if (g.kind != ClauseKind::kInfinitive && finite_in_region && !has_modal && g.begin == g.head &&
        ht == Tag::VBD && w.PastIsParticiple(toks, g.head, e) && g.end < e &&
        (v.particle != kNone32 || (toks[g.end].tag == Tag::IN && !(C(g.end) & kCSubordinator))) &&
        region_finite != kNone32 &&
        !is_speech(lemma(vgs[region_finite].head))) {
      uint32_t st = g.begin;
      while (st > b && (C(st - 1) & kCNounPhrase)) --st;
      uint32_t pp = st;  // the preposition's position, past a quantifier ("to most West Africans")
      if (pp > b + 1 && (C(pp - 1) & kCAdverb)) --pp;
      bool ok = st < g.begin && pp > b && (toks[pp - 1].tag == Tag::IN || toks[pp - 1].tag == Tag::TO) &&
                !(C(pp - 1) & kCSubordinator) && (IsNoun(toks[g.begin - 1].tag) || actor(g.begin - 1));
      // A name after a common noun may be the subject of a relative clause
      // with no "that": "a contract Pertamina signed with Occidental".
      for (uint32_t k = st + 1; ok && k < g.begin; ++k)
        if (toks[k].tag == Tag::DET || toks[k].tag == Tag::PRPS ||
            (IsProperNoun(toks[k].tag) && (toks[k - 1].tag == Tag::NN || toks[k - 1].tag == Tag::NNS)))
          ok = false;
      for (const TokenRange& tr : sent_times)
        if (ok && tr.begin < g.begin && tr.end > st) ok = false;
      // "Protesters who marched ...": MainVerbPending (above), asked only
      // where a participle reading is about to be chosen.
      if (ok && region_relative && MainVerbPending(toks, cls, vgs, region_finite, g.end, e, w.by)) ok = false;
      prep_object_relative = ok;
    }
    // "Kenya released three journalists detained last week", "freed two
    // men arrested in May", "freed two men held since May": a bare regular
    // "-ed" form (or a same-form irregular) right after the
    // direct object of the verb group just before it, and followed by an
    // adverbial (a preposition, "by", or a time expression) rather than an
    // object of its own, is the participle of a reduced relative modifying
    // that object: the tagger's bigrams (NNS-VBD-IN) read it as a second
    // finite verb with the object for subject. The object must start right
    // after the verb group (no comma, "and" or other word between: "freed
    // them, and police detained ..." keeps its verb) and hold no word that
    // may start a new subject (as above: a determiner or name inside it).
    // Not after a verb that takes a clause with no "that" ("said the army
    // attacked in force", "feared troops deployed in the north"), nor an
    // addressee ("told reporters troops deployed in ..."). Of the
    // subordinators only those of time may follow ("detained after the
    // protest"): "as", "while" or "because" may open a clause that the
    // verb's own sentence goes on with.
    bool object_relative = false;
    if (!prep_object_relative && !belief_relative && g.kind != ClauseKind::kInfinitive && finite_in_region &&
        !has_modal && g.begin == g.head && ht == Tag::VBD && v.particle == kNone32 &&
        w.PastIsParticiple(toks, g.head, e) && g.end < e && region_finite != kNone32 &&
        region_finite + 2 == vgs.size() && vgs[region_finite].end < g.begin &&
        (IsNoun(toks[g.begin - 1].tag) || actor(g.begin - 1))) {
      const VG& r = vgs[region_finite];
      const uint64_t rl = lemma(r.head);
      auto listed = [rl](const auto& list) { return std::find(list.begin(), list.end(), rl) != list.end(); };
      const uint64_t la = toks[g.end].lower_hash;
      bool adverbial = la == w.by || (toks[g.end].tag == Tag::IN && (!(C(g.end) & kCSubordinator) || la == w.after ||
                                                                    la == w.since || la == w.before || la == w.until));
      for (const TokenRange& tr : sent_times) adverbial |= tr.begin == g.end;
      bool ok = adverbial && !is_speech(rl) && !listed(w.belief) && !listed(w.clausal) && !listed(w.addressee);
      for (uint32_t k = r.end; ok && k < g.begin; ++k)
        if (!(C(k) & kCNounPhrase) ||
            (k > r.end && (toks[k].tag == Tag::DET || toks[k].tag == Tag::PRPS ||
                           (IsProperNoun(toks[k].tag) && (toks[k - 1].tag == Tag::NN || toks[k - 1].tag == Tag::NNS)))))
          ok = false;
      for (const TokenRange& tr : sent_times)
        if (ok && tr.begin < g.begin && tr.end > r.end) ok = false;  // "met on Monday troops stationed in"
      if (ok && region_relative && MainVerbPending(toks, cls, vgs, region_finite, g.end, e, w.by)) ok = false;
      object_relative = ok;
    }
    if (belief_relative || prep_object_relative || object_relative) {
      g.kind = ClauseKind::kReducedRelative;
      v.passive = true;
      if (prep_object_relative || object_relative) toks[g.head].tag = Tag::VBN;  // record the correction
    } else if (g.kind != ClauseKind::kInfinitive) {
      if (has_modal || has_finite_form) {
        g.kind = ClauseKind::kFinite;
      } else if (ht == Tag::VBG) {
        uint32_t p = g.begin;
        while (p > b && (C(p - 1) & kCAdverb)) --p;
        if (p > b && (toks[p - 1].tag == Tag::IN || toks[p - 1].lower_hash == w.by)) {
          g.kind = ClauseKind::kGerund;
          g.prep = p - 1;
        } else {
          g.kind = ClauseKind::kParticiple;
        }
      } else if (ht == Tag::VBN) {
        // No auxiliary: a past participle after a noun inside a clause that
        // already has its verb modifies that noun; otherwise the tagger
        // mistook a simple past for a participle.
        bool after_noun = g.begin > b && (C(g.begin - 1) & kCNounLike);
        if (finite_in_region && after_noun &&
            !(g.begin == g.head && region_relative && MainVerbPending(toks, cls, vgs, region_finite, g.end, e, w.by))) {
          g.kind = ClauseKind::kReducedRelative;
          v.passive = true;
        } else if (g.begin > b && toks[g.begin - 1].lower_hash == w.comma && !finite_in_region &&
                   !(g.end < e && StartsObject(toks[g.end], actor(g.end)))) {
          g.kind = ClauseKind::kParticiple;
          v.passive = true;
        } else {
          // Including "The US envoy, General X, held talks with ...": after
          // an apposition's comma, a participle with a direct object after it
          // is a simple past (a passive participle takes no object).
          g.kind = ClauseKind::kFinite;
          toks[g.head].tag = Tag::VBD;  // record the correction the clause relies on
        }
      } else if (ht == Tag::VB) {
        // Bare verb: imperative, or after "to" we missed, or a subjunctive;
        // treat as finite present.
        g.kind = ClauseKind::kFinite;
      } else {
        g.kind = ClauseKind::kFinite;
      }
    }
    g.finite = g.kind == ClauseKind::kFinite;
    if (g.finite) {
      // (A pointer walk that stops at the first past form: the answer is
      // the same, and most past groups are one word.)
      bool past = false;
      for (const Token *p = toks + g.begin, *stop = toks + g.end; p != stop; ++p)
        if (p->tag == Tag::VBD) {
          past = true;
          break;
        }
      v.tense = v.modality == Modality::kFuture ? Tense::kFuture : past ? Tense::kPast : Tense::kPresent;
      finite_in_region = true;
      if (region_finite == kNone32) {
        region_finite = static_cast<uint32_t>(vgs.size() - 1);
        // A garden-path candidate: one regular "-ed" word or same-form
        // irregular (past tense and participle alike) after a noun phrase
        // that opens the sentence.
        region_garden = false;
        if (g.begin == g.head && toks[g.head].tag == Tag::VBD && w.PastIsParticiple(toks, g.head, e) && g.begin > b &&
            (IsNoun(toks[g.begin - 1].tag) || inside_actor(g.begin - 1))) {
          uint32_t st = g.begin;
          while (st > b && (C(st - 1) & kCNounPhrase)) --st;
          region_garden = st == b && !is_speech(lemma(g.head));
        }
      }
    } else {
      v.tense = Tense::kNonFinite;
    }
    t = g.end;
  }
  if (vgs.empty()) return;

  const bool question = toks[e - 1].lower_hash == w.question;

  // ---- 2. Subjects ----------------------------------------------------------
  // Walk left from a finite verb group over one noun phrase (with its
  // post-modifying prepositional phrases and coordinated names), skipping one
  // apposition or relative clause set off by commas.
  struct Left {
    TokenRange subject;
    uint32_t boundary;  // first token of the clause (the subordinator, coordinator, or subject start)
    uint64_t boundary_word;
    bool coordinated;   // "... and" directly before the verb: shares the earlier subject
  };
  // The option as a local: read through `this` at each step of the walk below.
  const bool serial_comma = options_.serial_comma_subjects;
  // Inlined at its two calls: out of line, each of ~62,000 calls on
  // te3silver saved and restored registers and reached every captured
  // local (the tokens, the class bits) through the closure.
  // The sentence's first clause (none is added before the walk below).
  const uint32_t sentence_clauses = static_cast<uint32_t>(doc.clauses.size());
  auto find_subject = [&](uint32_t vbegin, uint32_t floor) __attribute__((always_inline)) -> Left {
    Left r{{vbegin, vbegin}, vbegin, 0, false};
    uint32_t t = vbegin;
    // Adverbs and adverbial phrases right before the verb are not the subject,
    // nor is a date ("Petro, on Monday, said", "the minister Friday suspended").
    while (t > floor && (C(t - 1) & (kCAdverb | kCActor)) == kCAdverb) --t;
    bool date_skipped = false;
    uint32_t tb = t > floor ? time_ending_at(t) : kNone32;
    // Undated text (a pasted sentence, a suite record): the time tagger
    // drops a weekday it cannot resolve, yet "Imran Khan, on Wednesday
    // ridiculed" still has its subject before the day.
    if (tb == kNone32 && t > floor && UnresolvedDay(toks[t - 1])) tb = t - 1;
    if (tb != kNone32 && tb > floor) {
      uint32_t k = tb;
      if (k > floor + 1 && toks[k - 1].tag == Tag::IN) --k;  // "on Monday"
      // Only when something is left to be the subject.
      if (k > floor && (C(k - 1) & (kCNounLike | kCComma))) {
        t = k;
        date_skipped = true;
      }
    }
    uint32_t end = t;
    bool skipped_apposition = false;
    // The "(" of a parenthesis that closes at `rrb` and opens at most five
    // tokens earlier, after a name: "The Arab Maghreb Union (AMU)". kNone32
    // when there is none, or no actor right before it.
    auto named_paren_open = [&](uint32_t rrb) -> uint32_t {
      for (uint32_t q = rrb; q-- > floor && q + 6 > rrb;)
        if (toks[q].tag == Tag::LRB) return q > floor && actor(q - 1) ? q : kNone32;
      return kNone32;
    };
    while (true) {
      while (t > floor) {
        const uint32_t cx = C(t - 1);
        if (cx & kCNounPhrase) {
          // A personal pronoun is a whole noun phrase: in "said on Monday
          // they would sign" the subject is "they", not "Monday they"; and
          // "they" ends a phrase leftwards (taken only as the first word).
          // (One test of the pronoun for both, from the class bits: most
          // steps of this walk are noun-phrase words, and reading the
          // token's tag for each cost its address and a load.)
          if ((cx & (kCPronoun | kCActor)) == kCPronoun) {
            if (t == end) --t;
            break;
          }
          --t;
          continue;
        }
        // (Read only here: most steps of this walk are noun-phrase words,
        // which never ask it.)
        const Token& x = toks[t - 1];
        const uint64_t lx = x.lower_hash;
        // A name and its abbreviation or gloss in parentheses before the
        // singular common noun that heads the subject: "The Arab Maghreb
        // Union (AMU) summit", "the Party of Labour (PT) group". Only when
        // that noun is all the subject so far: the name is what the phrase
        // names (a plural, "EC states", names its members instead).
        if (x.tag == Tag::RRB && t + 1 == end && toks[t].tag == Tag::NN && !actor(t) &&
            t > floor + 2) {
          if (uint32_t open = named_paren_open(t - 1); open != kNone32) {
            t = open;
            continue;
          }
        }
        // Post-nominal PP: "Opponents of Rwanda's Senate", "officials in Bogotá".
        // A preposition that opens no clause ("that" is a subordinator too).
        const bool plain_prep = x.tag == Tag::IN && !(cx & kCSubordinator);
        if (plain_prep && t < end && t - 1 > floor && (C(t - 2) & kCNounLike)) {
          --t;
          continue;
        }
        // The same after a name and its abbreviation: "The National Union
        // of Teachers (NUT) in Kenya said" is the union, not Kenya.
        if (plain_prep && t < end && t > floor + 3 &&
            toks[t - 2].tag == Tag::RRB) {
          if (uint32_t open = named_paren_open(t - 2); open != kNone32) {
            t = open;
            continue;
          }
        }
        // Two prepositions in a row: "farmers from all over the
        // province", "troops from across the region".
        if (plain_prep && t < end && t > floor + 2 && toks[t - 2].tag == Tag::IN &&
            !(C(t - 2) & kCSubordinator) && (C(t - 3) & kCNounLike)) {
          t -= 2;
          continue;
        }
        // "Washington, along with its allies, demanded" / "X together with
        // Y": the phrase belongs to the subject before it, whose head is X.
        if (lx == w.with && t < end && t > floor + 2 &&
            (toks[t - 2].lower_hash == w.along || toks[t - 2].lower_hash == w.together)) {
          uint32_t k = t - 2;
          if (k > floor + 1 && (C(k - 1) & kCComma)) --k;
          if (k > floor && (C(k - 1) & kCNounLike)) {
            t = k;
            continue;
          }
        }
        // Coordinated subject: "Obama and Putin", "the US and Britain".
        // With serial_comma_subjects also "B, and C": the word before the comma.
        uint32_t before = t - 1 > floor ? t - 2 : t - 1;
        if (serial_comma && (lx == w.and_ || lx == w.or_) && t - 1 > floor + 1 &&
            (C(t - 2) & kCComma))
          before = t - 3;
        // A first member that ends in its abbreviation: "The Arab League
        // (AL) and Egypt agreed": the list goes on past the parenthesis.
        uint32_t paren_open = kNone32;
        if ((lx == w.and_ || lx == w.or_) && t < end && t - 1 > floor + 2 && toks[t - 2].tag == Tag::RRB) {
          paren_open = named_paren_open(t - 2);
          if (paren_open != kNone32) before = paren_open - 1;
        }
        if ((lx == w.and_ || lx == w.or_ || lx == w.comma) && t < end && t - 1 > floor &&
            (C(before) & kCNounLike)) {
          // Only if no verb lies to the left before a boundary (else the
          // left part is an earlier object: "suspended purchases and Petro").
          bool verb_left = false;
          bool opening_pp = false;  // "Despite warnings by X, Y refused": X ends an opening phrase, no list
          for (uint32_t k = t - 1; k-- > floor;) {
            uint64_t lk = toks[k].lower_hash;
            const uint32_t ck = C(k);
            if ((ck & kCComma) && lx == w.comma) break;
            if (ck & (kCSubordinator | kCBreak | kCOpenQuote | kCCloseQuote)) break;
            if (ck & kCVerbal) {
              verb_left = true;
              break;
            }
            // Not "in"/"at": "In Cairo, Egypt and Jordan agreed" is read by
            // the locative rule of the coder (audit 2). Unless nothing after
            // the comma names an actor: "In Britain, the virus has killed six
            // people" is about a place, not a list whose first member acts.
            // (In Words: as a function-local static, each step of this
            // walk tested its guard.)
            if (k == floor && lx == w.comma && toks[k].tag == Tag::IN) {
              bool named_after = false;
              for (uint32_t q = t; q < end && !named_after; ++q) named_after = actor(q);
              if ((lk != w.in && lk != w.at) || !named_after) opening_pp = true;
            }
          }
          if (!verb_left && !opening_pp && (lx != w.comma || (t - 2 >= floor && (actor(t - 2))))) {
            t = paren_open != kNone32 ? paren_open : t - 1;
            continue;
          }
        }
        break;
      }
      // Trim leading conjunctions/commas a coordination step may have left.
      while (t < end && (C(t) & (kCComma | kCCoord))) ++t;
      if (t < end) {
        r.subject = {t, end};
        r.boundary = t;
        if (t > floor) r.boundary_word = toks[t - 1].lower_hash;
        return r;
      }
      // Nothing before the verb but a comma: "Petro, 65, is ..." or
      // "Jenča, who visited Colombia, told ...". Skip back over one
      // parenthetical segment to the noun phrase before it.
      if (!skipped_apposition && t > floor && (C(t - 1) & kCComma)) {
        uint32_t k = t - 1;
        uint32_t limit = k > floor + 14 ? k - 14 : floor;
        uint32_t prev_comma = kNone32;
        bool broke = false;
        for (uint32_t q = k; q-- > limit;) {
          if (C(q) & kCComma) {
            prev_comma = q;
            break;
          }
          if (verbal(q)) broke = true;  // "X attacked the town, said Y": no subject before
          if (C(q) & kCBreak) {
            broke = true;
            break;
          }
        }
        // No earlier comma up to the clause's start: what the comma set off
        // was the date just skipped ("Imran Khan, on Wednesday ridiculed"),
        // and the noun phrase before this comma is the subject. Not after
        // an adverb alone: "West Germany, also opposed to the tax, will
        // advise" and "A spokesman, asked for a reaction, said" set off a
        // participle that is no clause of its own.
        if (prev_comma == kNone32 && !broke && limit == floor && date_skipped) prev_comma = k;
        // A list of acts is no apposition: in "raided X, seized Y, closed Z
        // and detained W" the third verb is the list's, not Y's ("seized Y"
        // lies between two commas), and in "Under the ordinance, police
        // raided X, seized Y" the part between the commas is a clause of its
        // own. So: an earlier finite clause of the sentence between the two
        // commas, neither relative nor of saying, that opens that part (its
        // subject does, or its verb, after adverbs, when it has no subject
        // and a verb comes before the first comma), with a noun phrase
        // right after its verb (an object: a participle set off by commas,
        // "armed with guns", "asked for a reaction", has none, and
        // "Petro, Uribe said, lied" is a clause of saying). The verb then
        // continues the list (no subject of its own: it takes the one before).
        if (prev_comma != kNone32 && broke) {
          for (uint32_t q = sentence_clauses; q + 1 < doc.clauses.size(); ++q) {
            const Clause& p = doc.clauses[q];
            const uint32_t vb = p.verb.tokens.begin, ve = p.verb.tokens.end;
            if (p.kind != ClauseKind::kFinite || p.relative || p.is_speech || vb <= prev_comma || ve >= k) continue;
            if (!(C(ve) & kCNounPhrase)) continue;
            bool opens = !p.subject.empty() && p.subject.begin == prev_comma + 1;
            if (p.subject.empty()) {
              uint32_t f = prev_comma + 1;
              while (f < vb && (C(f) & kCAdverb)) ++f;
              bool verb_before = false;
              for (uint32_t x = floor; x < prev_comma && !verb_before; ++x) verb_before = verbal(x);
              opens = f == vb && verb_before;
            }
            if (opens) {
              prev_comma = kNone32;
              break;
            }
          }
        }
        // The name may end in its abbreviation: "The Chilean Federation of
        // Miners (CFM), the largest of the unions, said": the
        // subject is the name before the parenthesis.
        uint32_t head_end = prev_comma;
        if (prev_comma != kNone32 && prev_comma > floor + 2 && toks[prev_comma - 1].tag == Tag::RRB) {
          for (uint32_t q = prev_comma - 1; q-- > floor && q + 8 > prev_comma;)
            if (toks[q].tag == Tag::LRB) {
              if (q > floor && (C(q - 1) & kCNounLike)) head_end = q;
              break;
            }
        }
        if (prev_comma != kNone32 && head_end > floor && (C(head_end - 1) & kCNounLike)) {
          skipped_apposition = true;
          t = head_end;
          end = head_end;
          continue;
        }
      }
      // Nothing before the verb but a closing parenthesis: "The International
      // Labour Office (ILO) reiterated ...". The name before the
      // parenthesis is the subject (only when nothing else is: a
      // parenthesis inside a longer subject is left alone).
      if (!skipped_apposition && t == end && t > floor + 2 && toks[t - 1].tag == Tag::RRB) {
        uint32_t open = kNone32;
        for (uint32_t q = t - 1; q-- > floor && q + 8 > t;)
          if (toks[q].tag == Tag::LRB) {
            open = q;
            break;
          }
        if (open != kNone32 && open > floor && (C(open - 1) & kCNounLike)) {
          skipped_apposition = true;
          t = open;
          end = open;
          continue;
        }
      }
      if (t > floor) {
        uint64_t lb = toks[t - 1].lower_hash;
        r.boundary = t - 1;
        r.boundary_word = lb;
        if (C(t - 1) & kCCoord) r.coordinated = true;
        // "..., and" / ", but": also coordination.
      }
      return r;
    }
  };

  // ---- 3. Clauses -----------------------------------------------------------
  const uint32_t first_clause = static_cast<uint32_t>(doc.clauses.size());
  // (Through pointers: by index, each step reloaded the vector and
  // recomputed its size, a division by the group's size, since the
  // emplace_back below may call the allocator.)
  for (const VG *gp = vgs.data(), *const gend = gp + vgs.size(); gp != gend; ++gp) {
    const VG& g = *gp;
    // Built in place: a Clause is ~170 bytes with two vectors, and one
    // built aside was moved in and then destroyed.
    // (Asked before the clause is built: the memo's miss calls
    // options_.is_speech, and across that call the constructor's stores of
    // the fields set just below could not be dropped.)
    const bool speech = is_speech(toks[g.head].lemma_hash);
    Clause& c = doc.clauses.emplace_back();
    c.is_speech = speech;
    c.sentence = s;
    c.kind = g.kind;
    c.prep = g.prep;
    c.verb = g.verb;
    c.conditional = question;
    uint32_t start = g.begin;
    if (g.finite) {
      // The walk stops at verbs by itself; the sentence start is the floor so
      // that an apposition containing a verb can be skipped.
      Left left = find_subject(g.begin, b);
      // "told reporters Japan had rejected the proposal": the walk left
      // from the verb stops at "told" and takes the addressee too. The
      // reported clause's subject starts at the last determiner or pronoun
      // after a noun ("told parliament the army had"), else at the first
      // name after a common noun ("reporters Japan"), else after a plural
      // noun.
      if (!left.subject.empty() && left.subject.begin > b) {
        uint64_t before = lemma(left.subject.begin - 1);
        if (w.IsAddressee(before)) {
          uint32_t split = kNone32;
          bool by_det = false;
          for (uint32_t q = left.subject.begin + 1; q < left.subject.end; ++q) {
            Tag p = toks[q - 1].tag, x = toks[q].tag;
            if (IsNoun(p) && (x == Tag::DET || x == Tag::PRP)) split = q, by_det = true;
            else if (!by_det && split == kNone32 && (p == Tag::NN || p == Tag::NNS) && IsProperNoun(x)) split = q;
          }
          // Else after the addressee's first noun when it is plural, which
          // ends a noun phrase far more often than it modifies one: "told
          // reporters major nations had" (the reporters are no part of the
          // nations). Not after a later one: "told a news conference
          // Japanese shareholders ..." keeps the shareholders.
          for (uint32_t q = left.subject.begin + 1; split == kNone32 && q < left.subject.end; ++q) {
            if (!IsNoun(toks[q - 1].tag)) continue;
            if (toks[q - 1].tag == Tag::NNS) split = q;
            break;
          }
          if (split != kNone32) left.subject.begin = split;
        }
      }
      c.subject = left.subject;
      // After a garden-path participle: the noun phrase before it, with
      // the participle's phrase ("The civilians imprisoned for ... were
      // released": the civilians were released).
      if (g.subject_from != kNone32) c.subject = {g.subject_from, left.subject.empty() ? g.begin : left.subject.end};
      start = c.subject.empty() ? left.boundary : c.subject.begin;
      if (left.subject.empty() && left.coordinated) c.subject_inherited = true;
      // A relative pronoun as the boundary: "the officials who met" or
      // "Jenča, who visited".
      uint64_t bw = left.boundary_word;
      if (left.subject.empty() && w.IsRelative(bw) && left.boundary > b) {
        c.relative = true;
        uint32_t at = left.boundary;
        if (at > b && (C(at - 1) & kCComma)) --at;  // "Jenča, who visited"
        c.subject = find_subject(at, b).subject;
      } else if (!c.subject.empty() && g.subject_from == kNone32) {
        // A relative clause with no commas round it: "The minister who
        // visited Uganda met Museveni", "a teacher who was accused of fraud
        // was arrested". The walk left from "met" stops at the relative's
        // verb and takes its object ("Uganda"), or the end of its phrase
        // ("fraud"), as the subject. When the nearest finite clause before
        // is such a relative clause and nothing between its verb and that
        // phrase opens a clause (a comma, coordinator, subordinator or
        // break), the subject is the relative's antecedent; the relative
        // clause then ends at this verb (its end is this clause's start).
        // Not after a verb that takes a clause with no "that" ("officials
        // who said the army had attacked ...", "who feared Kenya would
        // ..."): there the phrase is the reported clause's own subject.
        const Clause* prev = nullptr;
        for (size_t k = doc.clauses.size() - 1; k-- > first_clause;)
          if (doc.clauses[k].kind == ClauseKind::kFinite) {
            prev = &doc.clauses[k];
            break;
          }
        // A lone plural present after a singular antecedent does not agree
        // with it: most often a noun the tagger read as a verb ("the
        // government, which faces a censure vote, ..."), so it keeps the
        // phrase it found.
        const bool disagrees = prev != nullptr && !prev->subject.empty() && g.end == g.begin + 1 &&
                               toks[g.head].tag == Tag::VBP &&
                               (toks[prev->subject.end - 1].tag == Tag::NN || toks[prev->subject.end - 1].tag == Tag::NNP);
        if (prev != nullptr && prev->relative && !prev->is_speech && !prev->subject.empty() && !disagrees &&
            prev->verb.head != kNone32 && prev->verb.tokens.end <= c.subject.begin) {
          const uint64_t pl = lemma(prev->verb.head);
          bool joined = std::find(w.belief.begin(), w.belief.end(), pl) == w.belief.end() &&
                        std::find(w.clausal.begin(), w.clausal.end(), pl) == w.clausal.end();
          for (uint32_t q = prev->verb.tokens.end; joined && q < c.subject.begin; ++q)
            joined = !(C(q) & (kCComma | kCCoord | kCSubordinator | kCBreak | kCPunct));
          if (joined) {
            c.subject = prev->subject;
            start = c.subject.begin;
          }
        }
      }
      // Inverted speech: "..., said a senior official." / "..., he said."
      if (c.subject.empty() && c.is_speech && g.end < e) {
        uint32_t k = g.end;
        while (k < e && (C(k) & kCNounPhrase)) ++k;
        if (k > g.end) c.subject = {g.end, k};
      }
      if (bw == w.if_ || bw == w.unless) c.conditional = true;
      // "a day before the president flies to Lima", "until the talks resume":
      // after a subordinator of time, a simple present refers to what has
      // not happened yet; like a condition, it asserts no act. (A perfect,
      // "after Iraq has attacked", and a past tense do assert one.)
      if ((bw == w.before || bw == w.until || bw == w.after || bw == w.once) && c.verb.tense == Tense::kPresent) {
        bool perfect = false;
        for (uint32_t k = g.begin; k < g.end; ++k) perfect |= lemma(k) == w.have;
        if (!perfect) c.conditional = true;
      }
    } else {
      // Non-finite clause: it begins at its verb group (or the preposition of a gerund).
      start = g.kind == ClauseKind::kGerund ? g.prep : g.begin;
    }
    c.tokens = {start, e};
    c.complement = {g.end, e};
  }
  // From here on no clause is added, so a plain pointer stays valid (and,
  // as with toks, is not reloaded after every store into a clause).
  Clause* const cl = doc.clauses.data();
  const uint32_t n = static_cast<uint32_t>(doc.clauses.size());

  // Clause ends: a clause runs until the next finite clause starts; its
  // complement keeps the non-finite clauses inside it so patterns can reach
  // "(agreed) to lift the sanctions".
  // next_finite: the first finite clause after i (n if none), carried
  // forward with i (no clause changes kind in this loop).
  uint32_t next_finite = first_clause;
  // The thread's spare vectors named once for the sentence, not at each
  // take (see ThisThreadSpares).
  ClauseSpares& spares = ThisThreadSpares();
  const uint32_t* mark_from = marks.data();
  const uint32_t* const marks_end = mark_from + marks.size();
  for (uint32_t i = first_clause; i < n; ++i) {
    uint32_t end = e;
    if (next_finite <= i) next_finite = i + 1;
    while (next_finite < n && cl[next_finite].kind != ClauseKind::kFinite) ++next_finite;
    if (next_finite < n) {
      const uint32_t k = next_finite;
      // The next clause's subject may lie before this clause (a relative
      // clause inside it: "Jenča, who visited Colombia, told"); then this
      // clause ends at that clause's verb.
      end = cl[k].tokens.begin > cl[i].complement.begin ? cl[k].tokens.begin : cl[k].verb.tokens.begin;
    }
    // A colon or semicolon, or an opening quote after a speech verb, ends it
    // too; so does "according to", which attributes what comes before it:
    // neither its source nor the phrases after it ("a communique signed by
    // their U.N. envoys") are parties to the clause's act.
    // (The first such token of [complement.begin, end), from the sentence's
    // list of candidates, in order.)
    // Complements begin in token order (each after its own verb group, and
    // the groups are in order), so the marks before this one's are passed
    // over once for the sentence, not once per clause.
    while (mark_from != marks_end && *mark_from < cl[i].complement.begin) ++mark_from;
    for (const uint32_t* mp = mark_from; mp != marks_end; ++mp) {
      const uint32_t t = *mp;
      if (t >= end) break;
      const uint32_t ct = C(t);
      if ((ct & kCColonSemi) || (cl[i].is_speech && (ct & kCOpenQuote)) ||
          ((ct & kCAccording) && t + 1 < end && (C(t + 1) & kCTo))) {
        end = t;
        break;
      }
    }
    // Trim a trailing comma, coordinator or subordinator that introduces the next clause.
    // (The complement's start in a local: read through cl[i], it was
    // reloaded at every step.)
    const uint32_t cbegin = cl[i].complement.begin;
    // The first step without a branch: whether the complement ends in
    // such a word varies from clause to clause (the loop's first test
    // mispredicted ~50,000 times on te3silver); a second such word is
    // rare, so the loop's test after it is predictable. (cls[end - 1] is
    // in the buffer: end > 0, since a complement begins after its verb.)
    constexpr uint32_t kTrailing = kCComma | kCCoord | kCSubordinator | kCPunct;
    end -= static_cast<uint32_t>((end > cbegin) & ((C(end - 1) & kTrailing) != 0));
    while (end > cbegin && (C(end - 1) & kTrailing)) --end;
    if (end < cbegin) end = cbegin;
    cl[i].tokens.end = std::max(end, cl[i].tokens.begin);
    cl[i].complement.end = end;

    // Direct objects and prepositional phrases, read off the complement.
    // A noun-phrase run ends at the first word at or after k (k <= end)
    // that can be no part of one, or at `end`: found in the bitmap, not
    // word by word (the word loop's exit mispredicted ~175,000 times on
    // te3silver). Bit e - b is set, so the search stops by e.
    auto np_run_end = [&maps, b, end](uint32_t k) { return std::min(b + NextSet(maps.np_break, k - b), end); };
    uint32_t t = cbegin;
    if (cl[i].verb.particle != kNone32) t = std::max(t, cl[i].verb.particle + 1);
    while (t < end) {
      if (C(t) & kCPrep) {
        PrepPhrase pp;
        pp.prep = t;
        const uint32_t k = np_run_end(t + 1);
        pp.object = {t + 1, k};
        // A buffer an earlier article's clause left (Doc::Clear keeps
        // them: model/clause_spares.h), else room for four at the first: a
        // clause's phrases grown 1, 2, 4 were ~5 allocations a sentence.
        if (cl[i].preps.capacity() == 0) {
          TakeSpareVector(spares, cl[i].preps);
          if (cl[i].preps.capacity() == 0) cl[i].preps.reserve(4);
        }
        cl[i].preps.push_back(pp);
        t = k > t + 1 ? k : t + 1;
      } else if (C(t) & kCNounPhrase) {
        const uint32_t k = np_run_end(t);
        if (cl[i].preps.empty()) {
          if (cl[i].objects.capacity() == 0) TakeSpareVector(spares, cl[i].objects);
          cl[i].objects.push_back({t, k});
        }
        t = k;
      } else {
        ++t;
      }
    }
  }

  // ---- 4. Dependencies ------------------------------------------------------
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (c.kind == ClauseKind::kFinite && !c.subject_inherited && !c.subject.empty() && c.objects.empty() &&
        c.verb.head == c.verb.tokens.begin && c.verb.head != kNone32 &&
        (toks[c.verb.head].tag == Tag::VBD || toks[c.verb.head].tag == Tag::VBN) && c.subject.begin > b &&
        toks[c.subject.begin - 1].lower_hash == w.and_) {
      // Gapping in a toll: "five soldiers were killed in the raid and
      // dozens wounded", "two were arrested and 14 injured". A count
      // joined by "and" to a passive clause, with a bare participle and no
      // object, shares that clause's auxiliary: the count was acted on.
      // Read as a simple past, "dozens" wounded someone (and a crowd named
      // by its size is an actor). Only a bare count as the subject: "and
      // protesters fled" has its own verb.
      static const uint64_t kCounts[] = {TokenHash("hundreds"), TokenHash("thousands"), TokenHash("dozens"),
                                         TokenHash("scores"),   TokenHash("many"),      TokenHash("others"),
                                         TokenHash("more"),     TokenHash("several"),   TokenHash("tens")};
      bool count = true;
      for (uint32_t q = c.subject.begin; q < c.subject.end && count; ++q)
        count = toks[q].tag == Tag::CD ||
                std::find(std::begin(kCounts), std::end(kCounts), toks[q].lower_hash) != std::end(kCounts);
      uint32_t k = i;
      while (count && k-- > first_clause)
        if (cl[k].kind == ClauseKind::kFinite) break;
      if (count && k != kNone32 && k >= first_clause && k < i && cl[k].verb.passive &&
          cl[k].tokens.end <= c.subject.begin) {
        c.verb.passive = true;
        c.verb.tense = cl[k].verb.tense;
        c.verb.modality = cl[k].verb.modality;
        c.verb.negated = cl[k].verb.negated;
        toks[c.verb.head].tag = Tag::VBN;  // record the correction
      }
    }
    if (c.kind == ClauseKind::kFinite) {
      // VP coordination: "Petro responded ... and called the move ...".
      if (c.subject_inherited || (c.subject.empty() && !c.relative)) {
        for (uint32_t k = i; k-- > first_clause;) {
          if (cl[k].kind == ClauseKind::kFinite) {
            c.subject = cl[k].subject;
            c.subject_inherited = true;
            c.parent = k;
            // "was beaten and abducted", "were arrested, beaten and jailed":
            // a bare participle joined right after a passive shares its
            // auxiliary, so it is passive too (its subject was acted on).
            const uint32_t vb = c.verb.tokens.begin;
            if (cl[k].verb.passive && vb == c.verb.head && vb > cl[k].verb.tokens.end &&
                vb - cl[k].verb.tokens.end <= 2 && (toks[vb].tag == Tag::VBN || toks[vb].tag == Tag::VBD)) {
              bool joined = true;
              for (uint32_t q = cl[k].verb.tokens.end; q < vb; ++q)
                joined &= (C(q) & (kCComma | kCCoord)) != 0;
              if (joined) {
                c.verb.passive = true;
                c.verb.tense = cl[k].verb.tense;
                c.verb.modality = cl[k].verb.modality;  // "has to be discussed and approved"
                c.verb.negated = cl[k].verb.negated;
                toks[vb].tag = Tag::VBN;  // record the correction
              }
            }
            // "X went on trial, accused of fraud", "was expelled and
            // suspected of spying": a bare "-ed" form joined to the clause before
            // and followed at once by the preposition its active form puts
            // after an object (Words::object_before_prep) is that passive.
            // Read as a past tense, the shared subject became the accuser
            // of whatever came next.
            if (!c.verb.passive && vb == c.verb.head && vb > b && vb + 1 < e &&
                (toks[vb].tag == Tag::VBN || toks[vb].tag == Tag::VBD) && (C(vb - 1) & (kCComma | kCCoord))) {
              for (const auto& [verb, prep] : w.object_before_prep)
                if (lemma(vb) == verb && toks[vb + 1].lower_hash == prep) {
                  c.verb.passive = true;
                  toks[vb].tag = Tag::VBN;  // record the correction
                }
            }
            break;
          }
        }
      }
      continue;
    }
    // Non-finite: depends on the nearest clause before it.
    uint32_t parent = kNone32;
    for (uint32_t k = i; k-- > first_clause;) {
      if (cl[k].kind == ClauseKind::kReducedRelative) continue;
      parent = k;
      break;
    }
    if (parent == kNone32) {
      // "Two tourists arrested in Qatar were freed": a reduced relative
      // before the sentence's first finite verb has no clause to hang on,
      // but its subject is still the noun phrase it modifies (the words
      // before it), as below; the coder reads its act (an arrest with no
      // doer named) from that.
      if (c.kind == ClauseKind::kReducedRelative) {
        uint32_t st = c.verb.tokens.begin;
        while (st > b && (C(st - 1) & kCNounPhrase)) --st;
        c.subject = {st, c.verb.tokens.begin};
      }
      continue;
    }
    c.parent = parent;
    c.subject_inherited = true;
    const Clause& p = cl[parent];
    if (c.kind == ClauseKind::kInfinitive && !p.objects.empty() && p.objects.front().end <= c.verb.tokens.begin &&
        p.complement.begin <= p.objects.front().begin) {
      // "urged US troops to disobey": the object of the parent does it.
      // (Also when the object names no one: "is likely to", "has the
      // capacity to" then have no actor as subject and code nothing. Taking
      // the parent's subject there instead was measured: 21 more Reuters
      // events, nearly all wrong, and no gain on the suites.)
      c.subject = p.objects.front();
    } else if (c.kind == ClauseKind::kReducedRelative) {
      uint32_t k = c.verb.tokens.begin;
      uint32_t st = k;
      while (st > b && (C(st - 1) & kCNounPhrase)) --st;
      c.subject = {st, k};
      // Existential "there were ten soldiers killed (by X)": the participle
      // is the sentence's act, a passive whose subject is the noun phrase
      // right after "there be"; not a modifier of that noun.
      if (p.subject.end == p.subject.begin + 1 && toks[p.subject.begin].tag == Tag::EX && p.verb.head != kNone32 &&
          lemma(p.verb.head) == w.be && st == p.verb.tokens.end && st < k) {
        c.kind = ClauseKind::kFinite;
        c.verb.passive = true;
        c.verb.tense = p.verb.tense;
        c.verb.modality = p.verb.modality;
        c.verb.negated = p.verb.negated;
        c.subject_inherited = false;  // its own subject; the parent link passes on reported speech
      }
    } else {
      c.subject = p.subject;
    }
  }

  // Reported speech. Forward: "X said (that) CLAUSE", "X wrote: “CLAUSE”".
  // Backward: "CLAUSE, X said." and "CLAUSE, said X."
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (!c.is_speech) continue;
    bool final_speech = true;
    for (uint32_t k = i + 1; k < n; ++k)
      if (cl[k].kind == ClauseKind::kFinite) {
        final_speech = false;
        break;
      }
    uint32_t before = c.subject.empty() ? c.verb.tokens.begin : std::min(c.subject.begin, c.verb.tokens.begin);
    bool after_comma = before > b && (C(before - 1) & (kCComma | kCCloseQuote));
    if (final_speech && after_comma && i > first_clause) {
      for (uint32_t k = first_clause; k < i; ++k)
        if (cl[k].reported_by == kNone32 && cl[k].parent == kNone32) cl[k].reported_by = i;
      continue;
    }
    for (uint32_t k = i + 1; k < n; ++k) {
      if (cl[k].kind != ClauseKind::kFinite) continue;
      cl[k].reported_by = i;
      // Everything inside a following quotation is reported by this clause too.
      bool quoted = toks[cl[k].tokens.begin].has(kInQuote) || toks[cl[k].verb.head].has(kInQuote);
      if (!quoted) break;
    }
  }
  // Clauses depending on a reported or conditional clause share that status.
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (c.parent != kNone32 && c.parent >= first_clause) {
      if (c.reported_by == kNone32 && cl[c.parent].reported_by != kNone32 && !cl[c.parent].is_speech)
        c.reported_by = cl[c.parent].reported_by;
      if (cl[c.parent].conditional) c.conditional = true;
    }
  }
}

}  // namespace dyad
