#include "lang/en/lemmatizer.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <span>
#include <sstream>

#include "model/cache_file.h"
#include "model/token_hash_inline.h"
#include "model/read_file.h"

namespace dyad::en {

namespace {

constexpr std::string_view kPosNames[4] = {"noun", "verb", "adj", "adv"};
constexpr std::string_view kInstallHint = "install the Debian package wordnet-base or point DYAD_WORDNET_DIR at it";

bool ReadFile(const std::string& path, FileBytes* out, std::string* error) {
  if (!out->Read(path)) {
    *error = path + ": cannot read: " + std::strerror(errno) + "; " + std::string(kInstallHint);
    return false;
  }
  return true;
}

// Splits off the next space-separated field of `line`.
std::string_view NextField(std::string_view* line) {
  size_t b = 0;
  while (b < line->size() && (*line)[b] == ' ') ++b;
  size_t e = b;
  while (e < line->size() && (*line)[e] != ' ') ++e;
  std::string_view f = line->substr(b, e - b);
  line->remove_prefix(e);
  return f;
}

bool ToUint(std::string_view s, uint32_t* v) {
  // Fast path for the index files' small counts (~600,000 at start-up): up
  // to 9 digits cannot overflow, and all digits is what from_chars accepts
  // whole; anything else goes to from_chars for the same answer.
  if (!s.empty() && s.size() <= 9) {
    uint32_t x = 0;
    size_t i = 0;
    for (; i < s.size() && static_cast<unsigned char>(s[i] - '0') < 10; ++i) x = x * 10 + (s[i] - '0');
    if (i == s.size()) {
      *v = x;
      return true;
    }
  }
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// NextField over a pointer pair, for ReadIndex's ~1.2 million fields: the
// same fields (spaces skipped, then up to the next space) without
// string_view's bounds-checked substr and remove_prefix per field.
struct FieldCursor {
  const char* p;
  const char* e;
  std::string_view Next() {
    while (p < e && *p == ' ') ++p;
    const char* b = p;
    while (p < e && *p != ' ') ++p;
    return {b, static_cast<size_t>(p - b)};
  }
  // ToUint(Next(), v) in one pass over the field for the usual case, a
  // count of 1-9 digits (four per index line; parsing after scanning read
  // each count twice and cost a call); any other field is scanned to its
  // end and given to ToUint, so the answer is the same.
  bool NextUint(uint32_t* v) {
    while (p < e && *p == ' ') ++p;
    const char* b = p;
    uint32_t x = 0;
    while (p < e && static_cast<unsigned char>(*p - '0') < 10) x = x * 10 + static_cast<uint32_t>(*p++ - '0');
    if (p > b && p - b <= 9 && (p == e || *p == ' ')) {
      *v = x;
      return true;
    }
    while (p < e && *p != ' ') ++p;
    return ToUint({b, static_cast<size_t>(p - b)}, v);
  }
};

// A detachment rule: replace suffix `from` by `to`. WordNet's rules (morphy(7WN)),
// in its order, plus "-ied" -> "-y", a regular spelling its exception list
// leaves out for rarer verbs ("decertified" -> "decertify"); like the others
// it only counts if the result is a WordNet lemma. Doubled consonants
// ("stopped") are tried in ByRules().
//
// `tail` and `shift` test the suffix in one integer compare (ByRules, with
// Tail4 below): `tail` is `from` packed little-endian, and a word's last
// from.size() bytes packed the same way are Tail4(word) >> shift.
constexpr uint32_t PackLE(std::string_view s) {
  uint32_t x = 0;
  for (size_t k = 0; k < s.size(); ++k) x |= uint32_t{static_cast<uint8_t>(s[k])} << (8 * k);
  return x;
}
struct Rule {
  constexpr Rule(std::string_view f, std::string_view t)
      : from(f), to(t), tail(PackLE(f)), shift(static_cast<uint32_t>(32 - 8 * f.size())) {}
  std::string_view from, to;
  uint32_t tail;
  uint32_t shift;
};
constexpr Rule kNounRules[] = {{"s", ""},   {"ses", "s"}, {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},   {"es", ""}, {"ed", "e"},
                               {"ed", ""},  {"ing", "e"}, {"ing", ""},   {"ied", "y"}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Tail4's suffix test needs 1 to 4 bytes (a shift of 32 would be undefined).
constexpr bool SuffixesFit(std::span<const Rule> rules) {
  for (const Rule& r : rules)
    if (r.from.empty() || r.from.size() > 4) return false;
  return true;
}
static_assert(SuffixesFit(kNounRules) && SuffixesFit(kVerbRules) && SuffixesFit(kAdjRules));

// The last four bytes of `w` packed little-endian (its last byte in bits
// 24-31), with zero bytes in front when `w` is shorter. For 1 <= k <= 4 and
// k <= w.size(), Tail4(w) >> (32 - 8k) is w's last k bytes packed as PackLE
// packs a suffix, so `w.ends_with(suffix)` is that one compare. ByRules
// tested each rule with ends_with, a call to memcmp for every rule of the
// part of speech (~100,000 calls on te3silver, ~2M instructions).
inline uint32_t Tail4(std::string_view w) {
  uint32_t x = 0;
  if (w.size() >= 4) {
    std::memcpy(&x, w.data() + w.size() - 4, 4);
    return x;
  }
  for (const char c : w) x = (x >> 8) | (uint32_t{static_cast<uint8_t>(c)} << 24);
  return x;
}

std::span<const Rule> RulesFor(WnPos pos) {
  switch (pos) {
    case WnPos::kNoun: return kNounRules;
    case WnPos::kVerb: return kVerbRules;
    case WnPos::kAdj: return kAdjRules;
    case WnPos::kAdv: return {};
  }
  return {};
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "stopp" -> true: a doubled final consonant that English doubles before
// -ed/-ing/-er but that base forms rarely end in (not ll, ss, zz, ff).
bool DoubledConsonant(std::string_view stem) {
  if (stem.size() < 3) return false;
  char a = stem[stem.size() - 1], b = stem[stem.size() - 2];
  return a == b && !IsVowel(a) && a != 'l' && a != 's' && a != 'z' && a != 'f' && a >= 'a' && a <= 'z';
}

// Endings after which a dropped "-ed"/"-ing" took an "e" with it
// ("deescalat" -> "deescalate", "weaponiz" -> "weaponize").
bool NeedsE(std::string_view stem) {
  static constexpr std::string_view kEndings[] = {"at", "iz", "yz", "v",  "u",  "dg", "rg", "rc",
                                                  "nc", "bl", "dl", "tl", "kl", "gl", "pl"};
  if (stem.size() < 3) return false;
  for (std::string_view e : kEndings)
    if (stem.ends_with(e)) return true;
  return false;
}

constexpr WnPos PosOf(Tag t, bool* ok) {
  *ok = true;
  switch (t) {
    case Tag::NN: case Tag::NNS: return WnPos::kNoun;
    case Tag::VB: case Tag::VBD: case Tag::VBG: case Tag::VBN: case Tag::VBP: case Tag::VBZ: return WnPos::kVerb;
    case Tag::JJ: case Tag::JJR: case Tag::JJS: return WnPos::kAdj;
    case Tag::RB: case Tag::RBR: case Tag::RBS: return WnPos::kAdv;
    default: *ok = false; return WnPos::kNoun;
  }
}

bool IsInflected(Tag t) {
  switch (t) {
    case Tag::NNS: case Tag::VBD: case Tag::VBG: case Tag::VBN: case Tag::VBZ:
    case Tag::JJR: case Tag::JJS: case Tag::RBR: case Tag::RBS: return true;
    default: return false;
  }
}

Lemmatizer::Result Literal(std::string_view s) { return {s, TokenHash(s)}; }

// The lemmas the clitic and modal paths give ("'s"/POS -> "'s", "n't" ->
// "not", "ca" -> "can", ...), as views into one static array so that Run()'s
// memo can keep them like a lemma in pool_: a view into kFixedBytes stays
// valid for the whole process. Recomputed, they were ~6,700 memo misses on
// te3silver (mostly "'s"/POS), each a CliticForm and a hash.
constexpr char kFixedBytes[] = "be's not will have would can shall";
constexpr std::string_view kFixedBe(kFixedBytes + 0, 2);
constexpr std::string_view kFixedS(kFixedBytes + 2, 2);
constexpr std::string_view kFixedNot(kFixedBytes + 5, 3);
constexpr std::string_view kFixedWill(kFixedBytes + 9, 4);
constexpr std::string_view kFixedHave(kFixedBytes + 14, 4);
constexpr std::string_view kFixedWould(kFixedBytes + 19, 5);
constexpr std::string_view kFixedCan(kFixedBytes + 25, 3);
constexpr std::string_view kFixedShall(kFixedBytes + 29, 5);
static_assert(kFixedBe == "be" && kFixedS == "'s" && kFixedNot == "not" && kFixedWill == "will" &&
              kFixedHave == "have" && kFixedWould == "would" && kFixedCan == "can" && kFixedShall == "shall");

// Bit t set: Lemmatize() gives a word tagged t its own form back unless the
// word may be a clitic (it starts with an apostrophe, "n" or the first byte
// of U+2019): every tag without a WordNet part of speech (PosOf), except MD,
// whose "ca"/"wo"/"sha" are respelled. Names, function words, numbers and
// punctuation, about half of all tokens.
constexpr uint64_t kOwnLemmaTags = [] {
  static_assert(kNumTags <= 64);
  uint64_t m = 0;
  for (int i = 0; i < kNumTags; ++i) {
    bool ok = false;
    PosOf(static_cast<Tag>(i), &ok);
    if (!ok && static_cast<Tag>(i) != Tag::MD) m |= uint64_t{1} << i;
  }
  return m;
}();

// The two tests of Run()'s fast path as tables, a load each where the bit
// test and the three compares took ~10 instructions a token: kOwnLemmaTag[t]
// is bit t of kOwnLemmaTags, kCliticStart[c] is 1 for the first bytes a
// clitic can have ('\'', 'n', 0xE2), as in Lemmatize's `c0` test.
constexpr std::array<uint8_t, kNumTags> kOwnLemmaTag = [] {
  std::array<uint8_t, kNumTags> a{};
  for (int i = 0; i < kNumTags; ++i) a[i] = static_cast<uint8_t>((kOwnLemmaTags >> i) & 1);
  return a;
}();
constexpr std::array<uint8_t, 256> kCliticStart = [] {
  std::array<uint8_t, 256> a{};
  a[static_cast<unsigned char>('\'')] = a[static_cast<unsigned char>('n')] = a[0xE2] = 1;
  return a;
}();

// Clitics the segmenter splits off, with ASCII or U+2019 apostrophes.
// Returns the ASCII spelling, or "" if `w` is not one.
std::string_view CliticForm(std::string_view w) {
  static constexpr std::string_view kClitics[] = {"'s", "n't", "'re", "'ll", "'ve", "'d", "'m"};
  if (w.size() < 2 || w.size() > 6) return {};
  char buf[8];
  size_t n = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == '\xE2' && i + 2 < w.size() && w[i + 1] == '\x80' && w[i + 2] == '\x99') {
      buf[n++] = '\'';
      i += 2;
    } else {
      buf[n++] = w[i];
    }
  }
  std::string_view a(buf, n);
  for (std::string_view c : kClitics)
    if (c == a) return c;
  return {};
}

}  // namespace

uint32_t Lemmatizer::Intern(std::string_view word, uint64_t hash) {
  uint32_t* v = lemmas_.Insert(hash, static_cast<uint32_t>(built_entries_.size()));
  if (*v == built_entries_.size()) {
    Entry e;
    e.hash = hash;
    e.offset = static_cast<uint32_t>(built_pool_.size());
    e.size = static_cast<uint16_t>(word.size());
    built_pool_.insert(built_pool_.end(), word.begin(), word.end());
    built_entries_.push_back(e);
  }
  return *v;
}

bool Lemmatizer::ReadIndex(const std::string& path, WnPos pos, std::string* error) {
  FileBytes text;
  if (!ReadFile(path, &text, error)) return false;
  std::string_view rest = text.view();
  uint32_t line_no = 0;
  size_t before = built_entries_.size();
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with two spaces
    // lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offsets...
    FieldCursor f{line.data(), line.data() + line.size()};
    std::string_view lemma = f.Next();
    if (lemma.find('_') != std::string_view::npos) continue;  // multi-word lemma: never one token
    f.Next();
    uint32_t synsets = 0, pointers = 0, senses = 0, tagged = 0;
    bool ok = f.NextUint(&synsets) && f.NextUint(&pointers);
    for (uint32_t i = 0; ok && i < pointers; ++i) ok = !f.Next().empty();
    ok = ok && f.NextUint(&senses) && f.NextUint(&tagged);
    if (!ok || lemma.size() > 0xFFFF) {
      *error = path + ":" + std::to_string(line_no) +
               ": expected 'lemma pos synset_cnt p_cnt [pointers] sense_cnt tagsense_cnt ...'; " +
               "is this a WordNet 3.x index file? " + std::string(kInstallHint);
      return false;
    }
    Entry& e = built_entries_[Intern(lemma, TokenHash(lemma))];
    e.pos_mask |= static_cast<uint8_t>(1u << static_cast<int>(pos));
    e.freq[static_cast<int>(pos)] = static_cast<uint16_t>(std::min<uint32_t>(tagged, 0xFFFF));
  }
  if (built_entries_.size() == before && pos != WnPos::kAdv) {
    *error = path + ": no lemmas found; the file looks empty or truncated; " + std::string(kInstallHint);
    return false;
  }
  return true;
}

bool Lemmatizer::ReadExceptions(const std::string& path, WnPos pos, std::string* error) {
  FileBytes text;
  if (!ReadFile(path, &text, error)) return false;
  std::string_view rest = text.view();
  uint32_t line_no = 0;
  WordMap& map = exceptions_[static_cast<int>(pos)];
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (line.empty()) continue;
    // inflected base [base ...]: the first base is the usual reading.
    std::string_view inflected = NextField(&line);
    std::string_view base = NextField(&line);
    if (base.empty()) {
      *error = path + ":" + std::to_string(line_no) + ": expected 'inflected-form base-form'; " +
               std::string(kInstallHint);
      return false;
    }
    if (inflected.find('_') != std::string_view::npos || base.find('_') != std::string_view::npos) continue;
    map.Insert(TokenHash(inflected), Intern(base, TokenHash(base)));
  }
  return true;
}

namespace {
// Lemmatizer ids, unique per process, from Load() and Restore() alike.
std::atomic<uint64_t> next_lemmatizer_id{1};
}  // namespace

std::vector<std::string> Lemmatizer::InputFiles(const std::string& wordnet_dir) {
  std::vector<std::string> files;
  for (int p = 0; p < 4; ++p) files.push_back(wordnet_dir + "/index." + std::string(kPosNames[p]));
  for (int p = 0; p < 4; ++p) files.push_back(wordnet_dir + "/" + std::string(kPosNames[p]) + ".exc");
  return files;
}

bool Lemmatizer::Load(const std::string& wordnet_dir, std::string* error) {
  id_ = next_lemmatizer_id.fetch_add(1);
  built_pool_.reserve(1 << 20);
  built_entries_.reserve(100000);
  lemmas_.Reserve(100000);
  // InputFiles' order: the four indexes, then the four exception lists.
  const std::vector<std::string> files = InputFiles(wordnet_dir);
  for (int p = 0; p < 4; ++p)
    if (!ReadIndex(files[p], static_cast<WnPos>(p), error)) return false;
  for (int p = 0; p < 4; ++p)
    if (!ReadExceptions(files[4 + p], static_cast<WnPos>(p), error)) return false;
  pool_.Assign(std::move(built_pool_));
  entries_.Assign(std::move(built_entries_));
  built_pool_ = {};
  built_entries_ = {};
  return true;
}

void Lemmatizer::Save(CacheWriter* w) const {
  w->Span(pool_.data(), pool_.size());
  w->Span(entries_.data(), entries_.size());
  lemmas_.Save(w);
  for (const WordMap& m : exceptions_) m.Save(w);
}

bool Lemmatizer::Restore(CacheReader* r) {
  // A new id, as Load() gives: the per-thread memos are keyed by it.
  id_ = next_lemmatizer_id.fetch_add(1);
  if (!r->Array(&pool_) || !r->Array(&entries_) || !lemmas_.Restore(r)) return false;
  for (WordMap& m : exceptions_)
    if (!m.Restore(r)) return false;
  // Of() and the maps index without checking.
  for (const Entry& e : entries_)
    if (static_cast<size_t>(e.offset) + e.size > pool_.size()) return r->Fail();
  auto entry_ok = [this](uint32_t v) { return v < entries_.size(); };
  if (!lemmas_.AllValues(entry_ok)) return r->Fail();
  for (const WordMap& m : exceptions_)
    if (!m.AllValues(entry_ok)) return r->Fail();
  return true;
}

bool Lemmatizer::IsLemma(std::string_view word, WnPos pos) const { return FindLemma(TokenHash(word), pos) != nullptr; }

std::vector<std::string_view> Lemmatizer::Lemmas(WnPos pos) const {
  std::vector<std::string_view> out;
  for (const Entry& e : entries_)
    if (e.pos_mask & (1u << static_cast<int>(pos))) out.push_back(Of(e).lemma);
  return out;
}

const Lemmatizer::Entry* Lemmatizer::ByRules(std::string_view lower, WnPos pos) const {
  char buf[64];
  const Entry* best = nullptr;
  auto consider = [&](std::string_view stem, std::string_view to) {
    if (stem.size() + to.size() > sizeof(buf) || stem.empty()) return;
    // A rule that only strips ("-s", "-ed", "-ing") hashes the word's own
    // prefix; the buffer is for a stem with a new ending. Either way the
    // bytes hashed are stem + to, so the hash is the same (TokenHashInline
    // is TokenHash compiled here).
    std::string_view candidate = stem;
    if (!to.empty()) {
      std::memcpy(buf, stem.data(), stem.size());
      std::memcpy(buf + stem.size(), to.data(), to.size());
      candidate = std::string_view(buf, stem.size() + to.size());
    }
    const Entry* e = FindLemma(TokenHashInline(candidate), pos);
    // Several rules can yield lemmas ("hoping": "hope", "hop"); the one
    // WordNet's sense-tagged corpus saw most often wins, ties to rule order.
    if (e != nullptr && (best == nullptr || e->freq[static_cast<int>(pos)] > best->freq[static_cast<int>(pos)]))
      best = e;
  };
  const uint32_t tail = Tail4(lower);
  for (const Rule& r : RulesFor(pos))
    if (lower.size() > r.from.size() && (tail >> r.shift) == r.tail)
      consider(lower.substr(0, lower.size() - r.from.size()), r.to);
  // Doubled consonants: "stopped" -> "stop", "bigger" -> "big". Here,
  // unlike Guess, the result must be a WordNet lemma and is tried only when
  // no rule above found one, so any doubled consonant may be undone:
  // "teargassed" -> "teargas" (WordNet's exception list has "gassed" but not
  // the compound), "travelled" -> "travel"; "passed", "missed", "assessed"
  // are lemmas by the "-ed" rule first and never get here.
  if (best == nullptr && (pos == WnPos::kVerb || pos == WnPos::kAdj)) {
    for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing"), std::string_view("er"),
                                    std::string_view("est")}) {
      if (lower.size() < suffix.size() || (tail >> (32 - 8 * suffix.size())) != PackLE(suffix)) continue;
      std::string_view stem = lower.substr(0, lower.size() - suffix.size());
      if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] && !IsVowel(stem.back()))
        consider(stem.substr(0, stem.size() - 1), "");
    }
  }
  return best;
}

const Lemmatizer::Entry* Lemmatizer::ByRulesCached(std::string_view lower, uint64_t lower_hash, WnPos pos) const {
  // ByRules is a pure function of (lower, pos) for a loaded lemmatizer, and
  // news repeats its inflected words, so a direct-mapped per-thread memo
  // answers most calls. Safe: the key holds the lemmatizer's unique id_ (a
  // lemmatizer destroyed and another built at the same address cannot hit),
  // the word's 64-bit TokenHash (the same identity every WordMap here
  // relies on), its length and the POS; entries_ never moves after Load.
  struct Slot {
    uint64_t id = 0, hash = 0;
    uint32_t size = 0;
    WnPos pos = WnPos::kNoun;
    const Entry* result = nullptr;
  };
  static constexpr size_t kSlots = 4096;
  thread_local std::vector<Slot> memo(kSlots);
  Slot& s = memo[(lower_hash ^ static_cast<uint64_t>(pos)) & (kSlots - 1)];
  if (s.id == id_ && s.hash == lower_hash && s.size == lower.size() && s.pos == pos) return s.result;
  const Entry* r = ByRules(lower, pos);
  s = {id_, lower_hash, static_cast<uint32_t>(lower.size()), pos, r};
  return r;
}

Lemmatizer::Result Lemmatizer::Guess(std::string_view lower, uint64_t lower_hash, Tag tag, Arena* arena) const {
  auto prefix = [&](size_t n) { return Literal(lower.substr(0, n)); };
  auto built = [&](std::string_view stem, std::string_view add) -> Result {
    if (arena == nullptr) return {lower, lower_hash};
    char* p = arena->Allocate(stem.size() + add.size());
    std::memcpy(p, stem.data(), stem.size());
    std::memcpy(p + stem.size(), add.data(), add.size());
    return Literal({p, stem.size() + add.size()});
  };
  size_t n = lower.size();
  auto strip_s = [&]() -> Result {
    if (n > 4 && lower.ends_with("ies")) return built(lower.substr(0, n - 3), "y");
    if (n > 4 && (lower.ends_with("sses") || lower.ends_with("xes") || lower.ends_with("zes") ||
                  lower.ends_with("ches") || lower.ends_with("shes")))
      return prefix(n - 2);
    if (n > 3 && lower.ends_with("s") && !lower.ends_with("ss") && !lower.ends_with("us") && !lower.ends_with("is"))
      return prefix(n - 1);
    return {lower, lower_hash};
  };
  auto strip = [&](size_t suffix) -> Result {
    std::string_view stem = lower.substr(0, n - suffix);
    if (stem.size() < 2) return {lower, lower_hash};
    if (stem.back() == 'i' && suffix == 2) return built(stem.substr(0, stem.size() - 1), "y");  // -ied
    if (DoubledConsonant(stem)) return prefix(stem.size() - 1);
    if (NeedsE(stem)) return built(stem, "e");
    return prefix(stem.size());
  };
  switch (tag) {
    case Tag::NNS: case Tag::VBZ: return strip_s();
    case Tag::VBD: case Tag::VBN:
      if (n > 4 && lower.ends_with("ed")) return strip(2);
      break;
    case Tag::VBG:
      if (n > 5 && lower.ends_with("ing")) return strip(3);
      break;
    default: break;
  }
  return {lower, lower_hash};
}

Lemmatizer::Result Lemmatizer::Lemmatize(std::string_view lower, uint64_t lower_hash, Tag tag, Arena* arena) const {
  if (lower.empty()) return {lower, lower_hash};
  // Clitics and the first halves of split negations ("ca|n't", "wo|n't").
  char c0 = lower[0];
  if (c0 == '\'' || c0 == 'n' || c0 == '\xE2') {
    std::string_view c = CliticForm(lower);
    if (!c.empty()) {
      if (c == "'s") return tag == Tag::VBZ ? Literal(kFixedBe) : Literal(kFixedS);
      if (c == "n't") return Literal(kFixedNot);
      if (c == "'re" || c == "'m") return Literal(kFixedBe);
      if (c == "'ll") return Literal(kFixedWill);
      if (c == "'ve") return Literal(kFixedHave);
      if (c == "'d") return tag == Tag::VBD ? Literal(kFixedHave) : Literal(kFixedWould);
    }
  }
  if (tag == Tag::MD) {
    if (lower == "ca") return Literal(kFixedCan);
    if (lower == "wo") return Literal(kFixedWill);
    if (lower == "sha") return Literal(kFixedShall);
    return {lower, lower_hash};
  }
  bool ok = false;
  WnPos pos = PosOf(tag, &ok);
  if (!ok) return {lower, lower_hash};  // proper nouns, function words, numbers, punctuation

  bool inflected = IsInflected(tag);
  // A base tag on a word WordNet knows: the word is its own lemma. (Checked
  // before the exception lists, which would turn "data"/NN into "datum".)
  if (!inflected && FindLemma(lower_hash, pos) != nullptr) return {lower, lower_hash};
  if (const uint32_t* e = exceptions_[static_cast<int>(pos)].Find(lower_hash)) return Of(entries_[*e]);
  if (const Entry* e = ByRulesCached(lower, lower_hash, pos)) return Of(*e);
  // Inflected in form but listed as it stands ("politics", "threatened"/JJ).
  if (!inflected || FindLemma(lower_hash, pos) != nullptr) return {lower, lower_hash};
  // A hyphenated compound inflects its last part: "UK-based" -> "uk-base".
  if (size_t hyphen = lower.rfind('-'); hyphen != std::string_view::npos && hyphen > 0 && hyphen + 2 < lower.size()) {
    std::string_view last = lower.substr(hyphen + 1);
    Result r = Lemmatize(last, TokenHash(last), tag, arena);
    if (r.lemma == last) return {lower, lower_hash};
    if (r.lemma.size() < last.size() && last.starts_with(r.lemma)) return Literal(lower.substr(0, hyphen + 1 + r.lemma.size()));
    if (arena == nullptr) return {lower, lower_hash};
    char* p = arena->Allocate(hyphen + 1 + r.lemma.size());
    std::memcpy(p, lower.data(), hyphen + 1);
    std::memcpy(p + hyphen + 1, r.lemma.data(), r.lemma.size());
    return Literal({p, hyphen + 1 + r.lemma.size()});
  }
  return Guess(lower, lower_hash, tag, arena);
}

void Lemmatizer::Run(Doc& doc) const {
  // A per-thread memo of Lemmatize() for this run's words, in sets of two
  // slots (a miss moves slot 0 to slot 1 and fills slot 0).
  // Safe because Lemmatize is a pure function of (lower, tag) for a loaded
  // lemmatizer (the arena only holds built strings), and the memo is keyed
  // by the word's 64-bit TokenHash (the identity every WordMap here relies
  // on) with the tag mixed in, and its length, and belongs to one loaded lemmatizer at a
  // time (memo_owner, its unique id_: another one on the same thread
  // empties it first). Only results that stay valid for any token with
  // those bytes are kept: a prefix of the word itself (stored as a length,
  // rebuilt against the current token's `lower`), a lemma in pool_, which
  // never moves after Load, or one in kFixedBytes (static). Results built in
  // an article's arena are not memoised.
  //
  // Size: news has ~20,000 distinct (word, tag) pairs a corpus, so 8,192
  // slots missed 18% of tokens on te3silver, mostly words evicted by
  // another; 32,768 slots of 32 bytes (1 MB a thread) keep most of them.
  // Direct-mapped, 45,347 calls still missed; two ways a set, 36,578
  // (29,929 at stop 33). 65,536 slots (2 MB a thread) miss 25,538 times
  // on te3silver, ~180 instructions less each (Lemmatize's rules and
  // WordNet probes, the slot's fill); 131,072 (4 MB) missed 24,126, too
  // few fewer for 2 MB more (stop 33, h-speed15).
  // Not smaller slots: with 16-byte slots (512 KB; the lemma as an entries_
  // index) the probes missed a 512 KB L2 as often (211k against 214k on
  // te3silver, cachegrind): a line is evicted by the other stages between
  // two uses of its words, whatever the memo's size, and reading the Entry
  // added ~64k misses of its own (stop 24, docs/performance.md).
  // An empty slot has a size no token can have.
  struct Slot {
    uint64_t key = 0;  // lower_hash ^ tag * kTagMix, the word and the tag in one compare
    uint64_t lemma_hash = 0;
    const char* pool = nullptr;  // lemma in pool_ or kFixedBytes when !prefix
    uint32_t size = UINT32_MAX;
    uint16_t lemma_size = 0;  // results longer than 65,535 bytes are not memoised
    bool prefix = false;  // lemma = lower.substr(0, lemma_size)
  };
  static_assert(sizeof(Slot) == 32);
  static constexpr size_t kSlots = 65536;
  static constexpr uint64_t kTagMix = 0x9E3779B97F4A7C15ull;
  // Raw storage; the reset writes each slot's key and size, the empty
  // slot's (size UINT32_MAX, which no token has; the other fields are read
  // only after a key and size matched, which only a fill writes). A
  // vector<Slot>(kSlots) value-initialised every field of every slot and
  // the first reset wrote them all again: ~0.55M instructions a thread.
  // Slot is an aggregate, so an implicit-lifetime type: the allocation
  // creates its objects (C++20 [intro.object]).
  struct FreeMemo {
    void operator()(Slot* p) const { ::operator delete(p); }
  };
  thread_local std::unique_ptr<Slot[], FreeMemo> memo(static_cast<Slot*>(::operator new(sizeof(Slot) * kSlots)));
  thread_local uint64_t memo_owner = 0;
  if (memo_owner != id_) {
    // Through a plain pointer, as the tagger's memo reset (by the
    // thread-local unique_ptr the loop reloaded it each slot).
    Slot* const empty = memo.get();
    for (size_t i = 0; i < kSlots; ++i) {
      empty[i].key = 0;
      empty[i].size = UINT32_MAX;
    }
    memo_owner = id_;
  }
  const uintptr_t pool_begin = reinterpret_cast<uintptr_t>(pool_.data());
  const uintptr_t pool_end = pool_begin + pool_.size();
  const uintptr_t fixed_begin = reinterpret_cast<uintptr_t>(kFixedBytes);
  const uintptr_t fixed_end = fixed_begin + sizeof(kFixedBytes);
  Slot* const slots = memo.get();
  for (Token& t : doc.tokens) {
    // Fast path, before the memo: a word whose tag has no lemma of its own
    // and which cannot be a clitic is its own lemma (Lemmatize's first
    // tests, in the same order: empty, clitic, MD, no part of speech), so
    // the memo, whose slots it would also take from other words, is not
    // asked.
    if (kOwnLemmaTag[static_cast<int>(t.tag)]) {
      if (t.lower.empty() || !kCliticStart[static_cast<unsigned char>(t.lower[0])]) {
        t.lemma = t.lower;
        t.lemma_hash = t.lower_hash;
        continue;
      }
    }
    // The tag is mixed into the key by an odd multiplier, so one word's
    // (word, tag) keys all differ, and another word's equal one only by the
    // same 64-bit chance as two words' equal TokenHash.
    const uint64_t key = t.lower_hash ^ (static_cast<uint64_t>(t.tag) * kTagMix);
    Slot* const set = slots + 2 * (key & (kSlots / 2 - 1));
    const uint32_t lower_size = static_cast<uint32_t>(t.lower.size());
    // Both ways are compared and the hit chosen without a branch on which
    // way: the way a word is found in varies from token to token, and the
    // && chain of one way after the other mispredicted ~190,000 times on
    // te3silver (cachegrind's predictor); the branch left, hit or miss,
    // goes one way for ~90% of the probes.
    const bool in0 = ((set[0].key ^ key) | (set[0].size ^ lower_size)) == 0;
    const bool in1 = ((set[1].key ^ key) | (set[1].size ^ lower_size)) == 0;
    if (in0 | in1) {
      const Slot* hit = set + !in0;
      // A prefix slot was stored with lemma_size <= the word's size, and the
      // key says this word has that size, so the view needs no substr()
      // bounds test (substr(0, n) is the same view for such n). A prefix
      // slot's `pool` is null, so the word's own address is or-ed in under
      // a mask instead of chosen by a branch (prefix and pool slots mix
      // from token to token: ~120,000 mispredicts on te3silver).
      const uintptr_t own = reinterpret_cast<uintptr_t>(t.lower.data()) & (uintptr_t{0} - hit->prefix);
      t.lemma = std::string_view(reinterpret_cast<const char*>(own | reinterpret_cast<uintptr_t>(hit->pool)),
                                 hit->lemma_size);
      t.lemma_hash = hit->lemma_hash;
      continue;
    }
    Slot& m = set[0];
    Result r = Lemmatize(t.lower, t.lower_hash, t.tag, &doc.arena);
    t.lemma = r.lemma;
    t.lemma_hash = r.hash;
    const char* p = r.lemma.data();
    const bool prefix = p == t.lower.data() && r.lemma.size() <= t.lower.size();
    const uintptr_t a = reinterpret_cast<uintptr_t>(p);
    const bool in_pool = !prefix && pool_begin != 0 && a >= pool_begin && a + r.lemma.size() <= pool_end;
    const bool fixed = !prefix && a >= fixed_begin && a + r.lemma.size() <= fixed_end;
    if (id_ != 0 && (prefix || in_pool || fixed) && r.lemma.size() <= 0xFFFF) {
      set[1] = set[0];
      m = {key, r.hash, prefix ? nullptr : p, static_cast<uint32_t>(t.lower.size()),
           static_cast<uint16_t>(r.lemma.size()), prefix};
    }
  }
}

}  // namespace dyad::en
