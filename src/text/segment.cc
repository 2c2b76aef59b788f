#include "text/segment.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstring>
#include <fstream>
#include <sstream>

#include "model/token_hash_inline.h"
#include "time/timex.h"

namespace dyad {
namespace {

// ASCII character classes; everything >= 0x80 goes through ICU. kJ marks
// the bytes after a run of letters and digits that can make the word go on
// or end in a special way (number separators, inner hyphen, "AT&T",
// apostrophes and the first byte of ’, domains and e-mail): Scan tests it
// first, so a word followed by a space or plain punctuation (most words)
// skips those five tests. A lower-case letter's class is exactly kA (Scan's
// letter runs test `== kA`), so no other bit may be added to them.
//
// Two classes drive Scan's token-start dispatch (see there):
//   kE: an ASCII byte that ends a word of letters outright: whitespace,
//       the punctuation that no word rule looks at (not kJ, not
//       alphanumeric), and the comma, which joins only digits ("1,500").
//       A word of letters followed by a kE byte is exactly its letters.
//   kP: ASCII punctuation that is always a one-byte token with no flag but
//       kPunct: everything but the bytes with their own rules at a token
//       start (. - ` " ' for runs and quotes, @ # for handles).
enum : uint8_t { kA = 1, kD = 2, kU = 4, kS = 8, kJ = 16, kE = 32, kP = 64 };

struct AsciiTable {
  uint8_t c[256] = {};
  constexpr AsciiTable() {
    for (int i = 'a'; i <= 'z'; ++i) c[i] = kA;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = kA | kU;
    for (int i = '0'; i <= '9'; ++i) c[i] = kD;
    for (int i = 0; i < 0x20; ++i) c[i] = kS;
    c[' '] = kS;
    c[0x7F] = kS;
    for (const char* p = ",.:-&'@_"; *p != 0; ++p) c[static_cast<uint8_t>(*p)] = kJ;
    c[0xE2] = kJ;  // lead byte of U+2019 (and of other U+2xxx punctuation)
    for (int i = 0; i < 0x80; ++i) {
      if (c[i] == kS || c[i] == 0 || i == ',') c[i] |= kE;
      if (i > 0x20 && i < 0x7F && !(c[i] & (kA | kD))) {
        bool own_rule = false;
        for (const char* p = ".-`\"'@#"; *p != 0; ++p) own_rule |= (i == *p);
        if (!own_rule) c[i] |= kP;
      }
    }
  }
};
constexpr AsciiTable kAscii;

inline bool IsAlnumByte(uint8_t b) { return kAscii.c[b] & (kA | kD); }
inline bool IsAlphaByte(uint8_t b) { return kAscii.c[b] & kA; }
inline bool IsDigitByte(uint8_t b) { return kAscii.c[b] & kD; }
inline bool IsUpperByte(uint8_t b) { return kAscii.c[b] & kU; }
inline bool IsSpaceByte(uint8_t b) { return kAscii.c[b] & kS; }

// SWAR over 8 bytes: bit 7 of each byte of the result is set iff that byte
// is NOT 'a'..'z'. For b < 0x80, b + (0x80 - 'a') has bit 7 set iff
// b >= 'a' and b + (0x7F - 'z') iff b > 'z'; b is masked to 7 bits first so
// neither sum reaches 0x100 and no carry crosses into the next byte; bytes
// >= 0x80 are caught by their own bit 7 (the `| x`). Used where Scan's byte
// loop takes lower-case ASCII letters one at a time (the time finder has
// the same trick for letters of either case).
// Byte k of a word loaded by memcpy is bits 8k..8k+7 on a little-endian
// machine, so countr_zero / 8 is the first flagged byte.
static_assert(std::endian::native == std::endian::little);
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
inline uint64_t NotLowerMask(uint64_t x) {
  const uint64_t y = x & ~kHigh;
  const uint64_t lower = (y + (0x80 - 'a') * kOnes) & ~(y + (0x7F - 'z') * kOnes);
  return (~lower | x) & kHigh;
}

// The end of the run of 'a'..'z' that starts at s[j] (j itself if s[j] is
// not one; j <= end), the byte a loop over `kAscii.c[s[j]] == kA` would
// stop at. Sixteen bytes a step with SSE2 (part of x86-64) while they stay
// before `end`: adding 0x80 - 'a' (mod 256) maps exactly 'a'..'z' to the
// signed bytes -128..-103, so one signed compare flags them and the first
// clear bit of the movemask is the run's end. A word of up to 15 letters
// after its first byte (nearly all) takes one step, ~7 instructions, where
// the 8-byte SWAR steps below took ~13 each and words of 8 or more letters
// two. Near the paragraph's end eight bytes at a time, then a byte at a
// time, so no byte at or past `end` is read.
inline uint32_t LowerRunEnd(const uint8_t* s, uint32_t j, uint32_t end) {
#if defined(__SSE2__)
  while (j + 16 <= end) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
    const __m128i lower =
        _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))), _mm_set1_epi8(-128 + 26));
    const uint32_t stop = static_cast<uint32_t>(_mm_movemask_epi8(lower)) ^ 0xFFFFu;
    if (stop != 0) return j + static_cast<uint32_t>(std::countr_zero(stop));
    j += 16;
  }
#endif
  for (;;) {
    if (j + 8 > end) {
      while (j < end && kAscii.c[s[j]] == kA) ++j;
      return j;
    }
    uint64_t x;
    std::memcpy(&x, s + j, 8);
    const uint64_t stop = NotLowerMask(x);
    if (stop != 0) return j + static_cast<uint32_t>(std::countr_zero(stop)) / 8;
    j += 8;
  }
}

// Index in Segmenter::short_hash_ of a word of one or two 'a'..'z': one
// letter at 0..25, two at 26 + 26 * first + second.
inline uint32_t ShortWordIndex(const char* w, size_t n) {
  const uint32_t a = static_cast<uint8_t>(w[0]) - 'a';
  return n == 1 ? a : 26 + 26 * a + (static_cast<uint8_t>(w[1]) - 'a');
}

// Whether a word starting with b0, b1 may be a URL ("http://", "https://",
// "www."): Scanner::Url matches those prefixes case-blind and each has t or
// w second, so other words ("he", "with", "the") skip the prefix compares.
inline bool MayStartUrl(uint8_t b0, uint8_t b1) {
  const uint8_t a = b0 | 0x20, b = b1 | 0x20;
  return (a == 'h' && b == 't') || (a == 'w' && b == 'w');
}

// Combining marks continue a word: NFC leaves some ("ṣ̄"), and Tokenize()
// may see text that was never normalised.
inline bool IsWordCodePoint(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0);
}

// Spaces the normaliser removes or maps, for text that skipped it.
inline bool IsSpaceCodePoint(UChar32 c) {
  return c >= 0 && (u_isUWhiteSpace(c) || (U_GET_GC_MASK(c) & U_GC_CF_MASK) != 0);
}

bool IsOpenDoubleQuote(UChar32 c) { return c == 0x201C || c == 0x201E || c == 0x00AB; }

// Words that start sentences and rarely follow an abbreviation inside one:
// "... in the U.S. The ..." ends a sentence, "U.S. President" does not.
// "And" and "Or" are left out: wire copy that was once all capitals
// capitalises them mid-sentence ("the U.S. And Japan").
constexpr const char* kSentenceOpeners[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
    "there", "but", "in", "on", "at", "for", "if", "as", "when", "while", "after",
    "before", "his", "her", "its", "their", "our", "my", "some", "many", "most", "meanwhile",
    "however", "also", "still", "yet", "so", "since", "although", "though", "what", "who", "why",
    "how", "where", "both", "each", "all", "during", "under", "with", "without", "by", "from",
    "earlier", "later", "then", "now", "last", "one", "another", "other", "such", "no", "not",
    "el", "la", "los", "las", "en", "pero", "por", "para", "con", "según",
};

// Top-level domains that end a bare domain name ("reuters.com"). Ones that
// are common words ("in", "it", "is", "es", "de") are left out so a missing
// space after a period ("end.it") stays a sentence break.
constexpr const char* kDomains[] = {
    "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "uk", "fr", "ru", "cn",
    "mx", "ar", "br", "cl", "ve", "pe", "ec", "bo", "py", "uy", "ca", "au", "jp", "ua", "il", "ps",
    "sy", "iq", "ir", "af", "pk", "ng", "za", "ke", "eg", "tv", "news", "ch", "eu", "ly",
};

bool IsDomain(std::string_view tld) {
  for (const char* d : kDomains) {
    if (tld == d) return true;
  }
  return false;
}

bool IsClitic(std::string_view s) {
  if (s.size() == 1) {
    char c = static_cast<char>(s[0] | 0x20);
    return c == 's' || c == 'd' || c == 'm';
  }
  if (s.size() != 2) return false;
  char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
  return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
}

bool IsTerminator(std::string_view s) {
  if (s.size() == 1) return s[0] == '.' || s[0] == '!' || s[0] == '?';
  return (s.size() >= 3 && s[0] == '.' && s[1] == '.') || s == "\u2026";
}

bool IsClosingBracket(std::string_view s) { return s == ")" || s == "]" || s == "}"; }

bool StartsSentence(const Token& t, std::string_view s) {
  if (t.flags & (kCapitalized | kNumber | kOpenQuote)) return true;
  return s == "(" || s == "[" || s == "\u00BF" || s == "\u00A1";
}

// The case-folded form of a non-ASCII or upper-case surface; points into
// `surface` when folding changes nothing.
std::string_view FoldCase(std::string_view surface, bool ascii, Arena* arena) {
  if (ascii) {
    char* p = arena->Allocate(surface.size());
    for (size_t i = 0; i < surface.size(); ++i) {
      char c = surface[i];
      p[i] = IsUpperByte(static_cast<uint8_t>(c)) ? static_cast<char>(c | 0x20) : c;
    }
    return {p, surface.size()};
  }
  UChar in[256], folded[256];
  char out[768];
  UErrorCode status = U_ZERO_ERROR;
  int32_t in_len = 0, folded_len = 0, out_len = 0;
  u_strFromUTF8WithSub(in, 256, &in_len, surface.data(), static_cast<int32_t>(surface.size()), 0xFFFD,
                       nullptr, &status);
  if (U_SUCCESS(status)) folded_len = u_strFoldCase(folded, 256, in, in_len, U_FOLD_CASE_DEFAULT, &status);
  if (U_SUCCESS(status)) {
    for (int32_t i = 0; i < folded_len; ++i) {
      if (folded[i] == 0x2019) folded[i] = '\'';  // curly apostrophe reads as straight
    }
    u_strToUTF8(out, sizeof out, &out_len, folded, folded_len, &status);
  }
  // Tokens too long for the buffers (hundreds of letters) keep their surface.
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return surface;
  std::string_view result(out, static_cast<size_t>(out_len));
  if (result == surface) return surface;
  return arena->Copy(result);
}

}  // namespace

// --- HashFlags ---

void Segmenter::HashFlags::Insert(uint64_t hash, uint8_t flags) {
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.flags != 0) Insert(s.hash, s.flags);
    }
  }
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].flags == 0) {
      slots_[i] = {hash, flags};
      ++size_;
      return;
    }
    if (slots_[i].hash == hash) {
      slots_[i].flags = flags;
      return;
    }
  }
}

uint8_t Segmenter::HashFlags::Find(uint64_t hash) const {
  if (slots_.empty()) return 0;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].flags == 0) return 0;
    if (slots_[i].hash == hash) return slots_[i].flags;
  }
}

// --- Loading ---

Segmenter::Segmenter(std::string_view abbreviations) {
  for (int b = 0; b < 128; ++b) {
    const char c = static_cast<char>(b);
    byte_hash_[b] = TokenHash(std::string_view(&c, 1));
  }
  for (char a = 'a'; a <= 'z'; ++a) {
    short_hash_[ShortWordIndex(&a, 1)] = TokenHash(std::string_view(&a, 1));
    for (char b = 'a'; b <= 'z'; ++b) {
      const char w[2] = {a, b};
      short_hash_[ShortWordIndex(w, 2)] = TokenHash(std::string_view(w, 2));
    }
  }
  // TimeWord's slots: kFinderWordAt0 | kFinderNoLex everywhere, then
  // kFinderNoLex cleared for each lexicon word; kTriggerSlot set for each
  // trigger word.
  for (uint8_t& x : time_word_) x = kFinderWordAt0 | kFinderNoLex;
  for (std::string_view w : TimeLexiconWords()) time_word_[TokenHash(w) & (kTimeWordSlots - 1)] &= ~kFinderNoLex;
  for (std::string_view w : TimeTriggerWords()) {
    time_word_[TokenHash(w) & (kTimeWordSlots - 1)] |= kTriggerSlot;
    time_triggers_.Insert(TokenHash(w), 1);
  }
  apostrophe_s_hash_ = TokenHash("'s");
  apostrophe_s_cue_ = TimeCue(TokenHash("s"));
  Parse(abbreviations, "abbreviations", nullptr);
}

std::unique_ptr<Segmenter> Segmenter::Load(const std::string& abbreviations_path, std::string* error) {
  return Load(std::vector<std::string>{abbreviations_path}, error);
}

std::unique_ptr<Segmenter> Segmenter::Load(const std::vector<std::string>& abbreviation_paths,
                                           std::string* error) {
  std::unique_ptr<Segmenter> s(new Segmenter(std::string_view()));
  for (const std::string& path : abbreviation_paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      *error = path + ": cannot read the abbreviation list; check the path or --data-dir";
      return nullptr;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    if (!s->Parse(buf.str(), path, error)) return nullptr;
  }
  return s;
}

bool Segmenter::Parse(std::string_view text, std::string_view origin, std::string* error) {
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    uint8_t flags = kListed;
    std::string_view abbreviation;
    bool bad = false;
    std::string what;
    while (!line.empty()) {
      size_t b = line.find_first_not_of(" \t\r");
      if (b == std::string_view::npos) break;
      line = line.substr(b);
      size_t e = line.find_first_of(" \t\r");
      std::string_view field = line.substr(0, e);
      line = e == std::string_view::npos ? std::string_view() : line.substr(e);
      if (abbreviation.empty()) {
        abbreviation = field;
        if (field.size() < 2 || field.back() != '.') {
          bad = true;
          what = "abbreviation \"" + std::string(field) + "\" does not end in '.'; write it with its period";
        }
      } else if (field == "end") {
        flags |= kCanEnd;
      } else if (field == "num") {
        flags |= kBeforeNumber;
      } else {
        bad = true;
        what = "unknown flag \"" + std::string(field) + "\"; use \"end\" or \"num\"";
      }
    }
    if (bad) {
      if (error != nullptr) {
        *error = std::string(origin) + ":" + std::to_string(line_no) + ": " + what;
        return false;
      }
      continue;
    }
    if (!abbreviation.empty()) {
      abbreviations_.Insert(TokenHash(abbreviation), flags);
      const uint32_t key = AbbreviationKey(static_cast<uint8_t>(abbreviation[0]),
                                           static_cast<uint8_t>(abbreviation[abbreviation.size() - 2]),
                                           abbreviation.size());
      abbreviation_bits_[key >> 6] |= uint64_t{1} << (key & 63);
    }
  }
  if (sentence_openers_.size() == 0) {
    for (const char* w : kSentenceOpeners) sentence_openers_.Insert(TokenHash(w), 1);
  }
  return true;
}

// --- Tokens ---

namespace {

// kSpaceBefore when whitespace (or a no-break space) precedes byte b.
inline uint16_t SpaceBefore(std::string_view text, uint32_t b) {
  if (b == 0) return 0;
  uint8_t prev = static_cast<uint8_t>(text[b - 1]);
  if (IsSpaceByte(prev) || (prev == 0xA0 && b > 1 && static_cast<uint8_t>(text[b - 2]) == 0xC2)) {
    return kSpaceBefore;
  }
  return 0;
}

// text[b, e) without substr's range check: Scan's indices always lie in
// [begin, end) of the paragraph it scans, inside the text, so the check (a
// compare and a branch to a throw for every token) could never fire.
inline std::string_view Bytes(std::string_view text, uint32_t b, uint32_t e) {
  return std::string_view(text.data() + b, e - b);
}

// memcpy for a word's bytes, without the library call for the usual
// lengths: a word of 4 to 16 bytes is copied with two overlapping loads and
// stores of 4 or 8 bytes (each byte written once or twice with its own
// value, none outside [dst, dst + n), none read outside [src, src + n)).
inline void CopyWord(char* dst, const char* src, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a, b;
    std::memcpy(&a, src, 8);
    std::memcpy(&b, src + n - 8, 8);
    std::memcpy(dst, &a, 8);
    std::memcpy(dst + n - 8, &b, 8);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    std::memcpy(&a, src, 4);
    std::memcpy(&b, src + n - 4, 4);
    std::memcpy(dst, &a, 4);
    std::memcpy(dst + n - 4, &b, 4);
  } else if (n < 4) {
    for (size_t k = 0; k < n; ++k) dst[k] = src[k];
  } else {
    std::memcpy(dst, src, n);
  }
}

// Appends a token with all its fields (`lemma` = `lower`, tag kNone, as
// Segmenter::Run promises), constructed in place from them (C++20
// aggregate initialisation through emplace_back), so each field is written
// once: `emplace_back()` and field stores zero-filled the 64-byte token
// first (~2M on te3silver). Forced inline and flattened: Scan is past GCC's
// growth limits for large functions, and GCC left this emplace_back out of
// line, a call taking the fields by reference (31 instructions a token);
// with a few more paths in Scan it did the same to `emplace_back()` (26).
// A `push_back(Token{...})` built a temporary and copied it (stop 15).
[[gnu::always_inline, gnu::flatten]] inline void AppendToken(std::vector<Token>* tokens, uint32_t b, uint32_t e,
                                                             std::string_view lower, uint64_t hash, uint16_t flags,
                                                             uint8_t finder = 0) {
  tokens->emplace_back(Span{b, e}, lower, lower, hash, hash, Tag::kNone, flags, finder);
}

// A fresh default token at the end of `tokens`, for MakeToken to fill;
// forced inline for the same reason.
[[gnu::always_inline, gnu::flatten]] inline Token& NewToken(std::vector<Token>* tokens) {
  return tokens->emplace_back();
}

// The lower-case copy of an ASCII capital and then 'a'..'z' only
// ("Minister" -> "minister"), in the arena: FoldCase's result for such a
// word, by a copy and one OR.
inline std::string_view CapitalizedLower(std::string_view text, uint32_t b, uint32_t e, Arena* arena) {
  char* low = arena->Allocate(e - b);
  CopyWord(low, text.data() + b, e - b);
  low[0] = static_cast<char>(low[0] | 0x20);
  return std::string_view(low, e - b);
}

// TokenHash of a word of 'a'..'z' only: from `short_hash` (the segmenter's
// table of every such word of one or two letters) for those, else by
// XXH3. Words of one or two letters are ~15% of news tokens ("of", "a",
// "to", "in"), and XXH3's 1-3 byte path is ~20 instructions where the
// table is a load; the values are the same (SegmentTest checks every one).
//
// The lengths are tested most common first, calling the XXH3 short-input
// function TokenHashInline would reach for each (the same functions, so the
// same values): 4 to 8 letters, a third of news tokens, in one range test
// where XXH3_len_0to16_64b's own dispatch after the table test took four
// compares (<= 2, <= 16, > 8, >= 4); three letters in two.
[[gnu::always_inline]] inline uint64_t LetterWordHash(std::string_view w, const uint64_t* short_hash) {
  const size_t n = w.size();
  const auto* p = reinterpret_cast<const xxh_u8*>(w.data());
  if (n - 4 <= 4) return XXH3_len_4to8_64b(p, n, XXH3_kSecret, 0);
  if (n <= 2) return short_hash[ShortWordIndex(w.data(), n)];
  if (n == 3) return XXH3_len_1to3_64b(p, n, XXH3_kSecret, 0);
  return TokenHashInline(w);
}

// A token whose bytes [b, e) are all 'a'..'z' (the caller knows it from its
// own pass over the word), most tokens of English text; inline in Scan, so
// it skips MakeToken's call and shape loop. Same result as MakeToken's
// first fast path below: no shape flag, `lower` is the surface (kPlainCase).
// `flags` already hold kSpaceBefore when it applies (Scan often knows it);
// `facts(hash)` gives the token's kTimeCue bit (`cue`) and Token::finder
// from its hash (Segmenter::TimeWordFacts).
template <class Facts>
[[gnu::always_inline]] inline void AppendLowerToken(std::vector<Token>* tokens, std::string_view text, uint32_t b, uint32_t e,
                             uint16_t flags, const uint64_t* short_hash, Facts facts) {
  const std::string_view lower = Bytes(text, b, e);
  const uint64_t hash = LetterWordHash(lower, short_hash);
  const auto f = facts(hash);
  AppendToken(tokens, b, e, lower, hash, static_cast<uint16_t>(flags | kPlainCase | f.cue), f.finder);
}

// A token whose bytes [b, e) are an ASCII capital and then 'a'..'z' only
// ("Minister", "A"; the caller knows it from its own pass): kCapitalized
// (not kAllCaps: that needs two letters, all upper case) and, for `lower`,
// FoldCase of the surface (CapitalizedLower), so kPlainCase. `flags` and
// `facts` as for AppendLowerToken.
template <class Facts>
[[gnu::always_inline]] inline void AppendCapitalizedToken(std::vector<Token>* tokens, std::string_view text, uint32_t b, uint32_t e,
                                   uint16_t flags, Arena* arena, const uint64_t* short_hash, Facts facts) {
  const std::string_view lower = CapitalizedLower(text, b, e, arena);
  const uint64_t hash = LetterWordHash(lower, short_hash);
  const auto f = facts(hash);
  AppendToken(tokens, b, e, lower, hash, static_cast<uint16_t>(flags | kCapitalized | kPlainCase | f.cue), f.finder);
}

// What MakeToken's flags and `lower` need to know of a token's bytes.
struct TokenShape {
  bool ascii = true;         // no byte >= 0x80
  bool capitalized = false;  // the first letter is upper case
  bool all_caps = false;     // two or more letters, all upper case
  bool one_upper = false;    // exactly one upper-case letter
  bool has_upper = false;
  bool alnum = false;        // a letter or digit
  bool numeric = false;      // a digit first, then only digits and , . :
  bool letters_only = false; // every byte (ASCII) or code point a letter
};

#if defined(__SSE2__)
// Bytes of x in [lo, hi] (ASCII bytes only: the caller has ruled out bytes
// >= 0x80): adding 0x80 - lo maps exactly [lo, hi] to the signed bytes
// -128..-128 + (hi - lo), as in LowerRunEnd.
inline __m128i InRange(__m128i x, char lo, char hi) {
  return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                        _mm_set1_epi8(static_cast<char>(-128 + (hi - lo + 1))));
}
#endif

// MakeToken's shape and `lower` for an ASCII token text[b, b + n) of 1 to
// 16 bytes, from one 16-byte load (SSE2 is part of x86-64) when the text
// has 16 bytes from b; false (nothing done) for other tokens. The tokens
// that reach MakeToken ("Asia-Pacific", "1,500", "U.S.", "Wednesday"
// before an abbreviation test) took ~11 instructions a byte in the byte
// loop; here each class is a compare and a movemask over all 16 bytes and
// the counts the loop kept are bit tests on the masks (`in` keeps the
// token's bytes): the same values the loop finds for ASCII bytes. `lower`
// is the surface without capitals, else the arena copy with 0x20 ORed
// into each capital: FoldCase's result for ASCII.
inline bool AsciiShape(std::string_view text, uint32_t b, int32_t n, Arena* arena, TokenShape* sh,
                       std::string_view* lower) {
#if defined(__SSE2__)
  if (n < 1 || n > 16 || b + 16 > text.size()) return false;
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + b));
  const uint32_t in = (1u << n) - 1;
  if (static_cast<uint32_t>(_mm_movemask_epi8(x)) & in) return false;
  const __m128i up = InRange(x, 'A', 'Z');
  const uint32_t upper = static_cast<uint32_t>(_mm_movemask_epi8(up)) & in;
  const uint32_t low = static_cast<uint32_t>(_mm_movemask_epi8(InRange(x, 'a', 'z'))) & in;
  const uint32_t digit = static_cast<uint32_t>(_mm_movemask_epi8(InRange(x, '0', '9'))) & in;
  const __m128i sep = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')), _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))),
                                   _mm_cmpeq_epi8(x, _mm_set1_epi8(':')));
  const uint32_t separators = static_cast<uint32_t>(_mm_movemask_epi8(sep)) & in;
  const uint32_t letters = upper | low;
  const bool several_upper = (upper & (upper - 1)) != 0;
  sh->ascii = true;
  sh->capitalized = letters != 0 && ((upper >> std::countr_zero(letters)) & 1) != 0;
  sh->all_caps = low == 0 && several_upper;
  sh->one_upper = upper != 0 && !several_upper;
  sh->has_upper = upper != 0;
  sh->alnum = (letters | digit) != 0;
  sh->numeric = (digit & 1) != 0 && (digit | separators) == in;
  sh->letters_only = letters == in;
  if (upper == 0) {
    *lower = Bytes(text, b, b + static_cast<uint32_t>(n));
  } else {
    alignas(16) char folded[16];
    _mm_store_si128(reinterpret_cast<__m128i*>(folded), _mm_or_si128(x, _mm_and_si128(up, _mm_set1_epi8(0x20))));
    char* dst = arena->Allocate(static_cast<size_t>(n));
    CopyWord(dst, folded, static_cast<size_t>(n));
    *lower = std::string_view(dst, static_cast<size_t>(n));
  }
  return true;
#else
  (void)text, (void)b, (void)n, (void)arena, (void)sh, (void)lower;
  return false;
#endif
}

// Builds one token in place (`t` is a fresh, default Token, constructed
// where it will live, so no 64-byte copy): shape flags and the case-folded
// form. True when the token is ASCII letters only, in any case (Scan's
// kTimeCue rule asks).
bool MakeToken(Token& t, std::string_view text, uint32_t b, uint32_t e, uint16_t flags, Arena* arena) {
  t.span = {b, e};
  std::string_view s = Bytes(text, b, e);
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  flags |= SpaceBefore(text, b);
  TokenShape sh;
  std::string_view lower;
  if (!AsciiShape(text, b, n, arena, &sh, &lower)) {
    // Fast path: a word of lower-case ASCII letters only, most tokens of
    // English text. Safe: the general loop below would find letters == n,
    // uppers == 0, its first letter lower case, alnum and not numeric (the
    // first byte is a letter), so it adds no flag and `lower` is the surface.
    int32_t k = 0;
    while (k < n && static_cast<uint8_t>(p[k] - 'a') < 26) ++k;
    if (n > 0 && k == n) {
      t.flags = flags | kPlainCase;
      t.lower = s;
      t.lower_hash = TokenHashInline(s);
      t.lemma = t.lower;
      t.lemma_hash = t.lower_hash;
      return true;
    }
    // Second fast path: one ASCII capital and then lower-case ASCII letters
    // ("Minister", "Reuters", "A"), most of the rest of news text. The
    // general loop would count letters == n and uppers == 1 with the first
    // letter upper case, so it adds kCapitalized only and folds the ASCII
    // surface, which is what CapitalizedLower does.
    if (k == 0 && n > 0 && static_cast<uint8_t>(p[0] - 'A') < 26) {
      k = 1;
      while (k < n && static_cast<uint8_t>(p[k] - 'a') < 26) ++k;
      if (k == n) {
        t.flags = flags | kCapitalized | kPlainCase;
        t.lower = CapitalizedLower(text, b, e, arena);
        t.lower_hash = TokenHashInline(t.lower);
        t.lemma = t.lower;
        t.lemma_hash = t.lower_hash;
        return true;
      }
    }
    int letters = 0, uppers = 0;
    bool alnum = false, ascii = true, has_upper = false, numeric = n > 0 && IsDigitByte(p[0]);
    int first_letter_upper = -1;
    for (int32_t i = 0; i < n;) {
      uint8_t c = p[i];
      if (c < 0x80) {
        uint8_t cls = kAscii.c[c];
        if (cls & kA) {
          ++letters;
          if (cls & kU) {
            ++uppers;
            has_upper = true;
          }
          if (first_letter_upper < 0) first_letter_upper = (cls & kU) ? 1 : 0;
          alnum = true;
          numeric = false;
        } else if (cls & kD) {
          alnum = true;
        } else if (c != ',' && c != '.' && c != ':') {
          numeric = false;
        }
        ++i;
        continue;
      }
      ascii = false;
      numeric = false;
      UChar32 cp;
      U8_NEXT(p, i, n, cp);
      if (cp < 0) continue;
      if (u_isalpha(cp)) {
        ++letters;
        bool up = u_isupper(cp) || u_istitle(cp);
        if (up) ++uppers;
        if (first_letter_upper < 0) first_letter_upper = up ? 1 : 0;
        alnum = true;
      } else if (u_isalnum(cp)) {
        alnum = true;
      }
    }
    sh.ascii = ascii;
    sh.capitalized = first_letter_upper == 1;
    sh.all_caps = letters >= 2 && uppers == letters;
    sh.one_upper = uppers == 1;
    sh.has_upper = has_upper;
    sh.alnum = alnum;
    sh.numeric = numeric;
    sh.letters_only = letters == n;
    lower = (ascii && !has_upper) ? s : FoldCase(s, ascii, arena);
  }
  if (sh.capitalized) flags |= kCapitalized;
  if (sh.all_caps) flags |= kAllCaps;
  if (!sh.alnum) flags |= kPunct;
  if (sh.numeric && !(flags & (kUrl | kHandle))) flags |= kNumber;
  t.lower = lower;
  // kPlainCase (doc.h): `lower` is the surface itself (FoldCase also gives
  // the surface back when folding changes nothing) on a token without
  // capital flags; or, ASCII with one upper-case letter, the first byte,
  // the surface with only that byte lower-cased by FoldCase (kCapitalized
  // then, and not kAllCaps: another letter is lower case, or there is one
  // letter).
  if (t.lower.data() == s.data()) {
    if (!(flags & (kCapitalized | kAllCaps))) flags |= kPlainCase;
  } else if (sh.ascii && sh.one_upper && IsUpperByte(p[0])) {
    flags |= kPlainCase;
  }
  t.flags = flags;
  t.lower_hash = TokenHashInline(t.lower);
  t.lemma = t.lower;
  t.lemma_hash = t.lower_hash;
  // Letters only and ASCII ("NATO", "McCain"): `lower` is then the ASCII
  // fold, as the time finder's.
  return sh.ascii && sh.letters_only;
}

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t begin, uint32_t end)
      : text_(text), s_(reinterpret_cast<const uint8_t*>(text.data())), begin_(begin), end_(end) {}

  uint8_t At(uint32_t i) const { return i < end_ ? s_[i] : 0; }

  // The code point at i (negative if invalid) and where the next one starts.
  UChar32 Decode(uint32_t i, uint32_t* next) const {
    if (s_[i] < 0x80) {
      *next = i + 1;
      return s_[i];
    }
    int32_t k = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s_, k, static_cast<int32_t>(end_), c);
    *next = static_cast<uint32_t>(k);
    return c;
  }

  bool WordAt(uint32_t i) const {
    if (i >= end_) return false;
    if (s_[i] < 0x80) return IsAlnumByte(s_[i]);
    uint32_t k;
    return IsWordCodePoint(Decode(i, &k));
  }

  // Whitespace (or the start of the paragraph) before byte i, or an opening
  // bracket or dash: what precedes an opening quote.
  bool LeftOpen(uint32_t i) const {
    if (i <= begin_) return true;
    uint8_t p = s_[i - 1];
    if (IsSpaceByte(p) || p == '(' || p == '[' || p == '{' || p == '-' || p == '/') return true;
    if (p >= 0x80) {
      int32_t k = static_cast<int32_t>(i);
      UChar32 c;
      U8_PREV(s_, static_cast<int32_t>(begin_), k, c);
      return IsSpaceCodePoint(c) || c == 0x2014 || c == 0x2013 || IsOpenDoubleQuote(c) || c == 0x2018;
    }
    return false;
  }

  // Whitespace, the end, or trailing punctuation after byte i: what follows
  // a closing quote.
  bool RightOpen(uint32_t i) const {
    if (i >= end_) return true;
    uint8_t n = s_[i];
    if (IsSpaceByte(n)) return true;
    if (n < 0x80) return std::strchr(".,;:!?)]}-'\"", n) != nullptr;
    uint32_t k;
    UChar32 c = Decode(i, &k);
    return IsSpaceCodePoint(c) || c == 0x2014 || c == 0x2013 || c == 0x201D || c == 0x2019 || c == 0x2026;
  }

  // "http://...", "https://...", "www...." starting at i: its end, or 0.
  uint32_t Url(uint32_t i) const {
    auto starts = [&](const char* prefix) {
      size_t n = std::strlen(prefix);
      if (i + n > end_) return false;
      for (size_t k = 0; k < n; ++k) {
        if ((s_[i + k] | 0x20) != static_cast<uint8_t>(prefix[k])) return false;
      }
      return true;
    };
    if (!starts("http://") && !starts("https://") && !starts("www.")) return 0;
    return UrlTail(i);
  }

  // Extends a URL from i to the next space or quote, then gives back
  // trailing punctuation that belongs to the sentence.
  uint32_t UrlTail(uint32_t i) const {
    uint32_t j = i;
    int parens = 0;
    while (j < end_) {
      uint8_t c = s_[j];
      if (IsSpaceByte(c) || c == '"' || c == '<' || c == '>') break;
      if (c >= 0x80) {
        uint32_t k;
        UChar32 cp = Decode(j, &k);
        if (IsSpaceCodePoint(cp) || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB ||
            cp == 0x2019 || cp == 0x2018)
          break;
        j = k;
        continue;
      }
      if (c == '(') ++parens;
      if (c == ')') --parens;
      ++j;
    }
    while (j > i) {
      uint8_t c = s_[j - 1];
      if (c == ')' && parens < 0) {
        ++parens;
        --j;
      } else if (std::strchr(".,;:!?'", c) != nullptr) {
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  // A bare domain or e-mail address starting at i ("reuters.com",
  // "press@un.org"), or 0.
  uint32_t DomainOrEmail(uint32_t i) const {
    uint32_t j = i;
    int at = 0;
    while (j < end_) {
      uint8_t c = s_[j];
      if (IsAlnumByte(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '%') {
        ++j;
      } else if (c == '@') {
        ++at;
        ++j;
      } else {
        break;
      }
    }
    if (j < end_ && s_[j] >= 0x80) return 0;  // "señor.com" is not worth the ICU work
    while (j > i && (s_[j - 1] == '.' || s_[j - 1] == '-' || s_[j - 1] == '_')) --j;
    if (at > 1) return 0;
    uint32_t dot = j;
    while (dot > i && s_[dot - 1] != '.') --dot;
    if (dot <= i + 1) return 0;
    std::string_view tld = text_.substr(dot, j - dot);
    if (at == 1) {
      std::string_view all = text_.substr(i, j - i);
      size_t a = all.find('@');
      if (a == 0 || a + i + 1 >= dot || tld.size() < 2) return 0;
      for (char c : tld) {
        if (!IsAlphaByte(static_cast<uint8_t>(c))) return 0;
      }
      return j;
    }
    if (!IsDomain(tld)) return 0;
    if (At(j) == '/') return UrlTail(j);
    return j;
  }

 private:
  std::string_view text_;
  const uint8_t* s_;
  uint32_t begin_, end_;
};

// Scanner::LeftOpen and RightOpen for an ASCII byte before or after a
// straight double quote (Scan's fast path): kLeftOpen for whitespace and
// ( [ { - /, kRightOpen for whitespace and . , ; : ! ? ) ] } - ' ".
enum : uint8_t { kLeftOpen = 1, kRightOpen = 2 };
struct QuoteSidesTable {
  uint8_t c[128] = {};
  constexpr QuoteSidesTable() {
    for (int i = 0; i < 128; ++i) {
      if (kAscii.c[i] & kS) c[i] = kLeftOpen | kRightOpen;
    }
    for (const char* p = "([{-/"; *p != 0; ++p) c[static_cast<uint8_t>(*p)] |= kLeftOpen;
    for (const char* p = ".,;:!?)]}-'\""; *p != 0; ++p) c[static_cast<uint8_t>(*p)] |= kRightOpen;
  }
};
constexpr QuoteSidesTable kQuoteSides;

// The time finder's words end at s[i] (i <= end, the paragraph's end): an
// ASCII byte that is not a letter or digit, a separator of two or three
// bytes (C2 xx, E2 80 xx, E2 81 xx), or the end. See kTimeCue in Scan.
inline bool FinderSeparatorAt(const uint8_t* s, uint32_t i, uint32_t end) {
  if (i >= end) return true;
  const uint8_t c = s[i];
  if (c < 0x80) return !IsAlnumByte(c);
  return c == 0xC2 || (c == 0xE2 && i + 1 < end && (s[i + 1] & 0xFE) == 0x80);
}


// After a one-byte token b just appended: lists it as a place a sentence may
// end (SplitSentences) when it is a terminator.
inline void ByteBreak(std::vector<uint32_t>* breaks, const std::vector<Token>& tokens, uint8_t b) {
  if (breaks != nullptr && (b == '.' || b == '!' || b == '?')) {
    breaks->push_back(static_cast<uint32_t>(tokens.size() - 1));
  }
}

}  // namespace

// Where the letters of a clitic token text[b, e) start ("'s", "'ll",
// "’re"), when they are one of the time finder's words: ASCII letters
// after the apostrophe (' or ’, both finder separators) ended by a
// separator. 0 otherwise ("n't": its "n" joins the word before). Shared by
// CliticTimeCue and CliticFinder, which must agree on what a word is.
static uint32_t CliticWordStart(const uint8_t* s, uint32_t b, uint32_t e, uint32_t end) {
  uint32_t lb;
  if (s[b] == '\'') {
    lb = b + 1;
  } else if (e - b > 3 && s[b] == 0xE2 && s[b + 1] == 0x80 && s[b + 2] == 0x99) {
    lb = b + 3;
  } else {
    return 0;
  }
  if (e <= lb || !FinderSeparatorAt(s, e, end)) return 0;
  for (uint32_t k = lb; k < e; ++k)
    if (!IsAlphaByte(s[k])) return 0;
  return lb;
}

// kTimeCue for a clitic token text[b, e): its word (CliticWordStart) is
// tested by its hash as Scan tests a word token; anything else is
// kTimeCue.
uint16_t Segmenter::CliticTimeCue(const uint8_t* s, uint32_t b, uint32_t e, uint32_t end) const {
  const uint32_t lb = CliticWordStart(s, b, e, end);
  char low[8];
  if (lb == 0 || e - lb > sizeof low) return kTimeCue;
  for (uint32_t k = lb; k < e; ++k) low[k - lb] = static_cast<char>(s[k] | 0x20);
  return TimeCue(TokenHashInline(std::string_view(low, e - lb)));
}

// Token::finder for a split-off clitic text[b, e): one finder word when
// CliticWordStart finds one.
uint8_t Segmenter::CliticFinder(const uint8_t* s, uint32_t b, uint32_t e, uint32_t end) {
  const uint32_t lb = CliticWordStart(s, b, e, end);
  return lb == 0 ? 0 : static_cast<uint8_t>(kFinderWordAt0 + (lb - b));
}

// MakeToken's result for one ASCII punctuation byte at text[i] (no letter,
// no digit, no upper case: kPunct, `lower` = surface, kPlainCase), with the hash of the
// byte from a table instead of hashing it. `flags` hold kSpaceBefore when
// it applies.
[[gnu::always_inline]] inline void Segmenter::AppendByteToken(std::vector<Token>* tokens, std::string_view text, uint32_t i,
                                       uint16_t flags) const {
  AppendToken(tokens, i, i + 1, Bytes(text, i, i + 1), byte_hash_[static_cast<uint8_t>(text[i])],
              static_cast<uint16_t>(flags | kPunct | kPlainCase),
              IsAlnumByte(static_cast<uint8_t>(text[i])) ? uint8_t{0} : static_cast<uint8_t>(kFinderSeparator));
}

// Whether s[j] (j < end), after a word of Scan's letter fast path, starts
// the clitic "'s" ended by a kE byte or the paragraph's end ("China's ",
// "country's,"), 7% of the tokens ScanGeneral used to take, each with two
// MakeToken calls. For these bytes the general path's word loop stops at
// the apostrophe and finds "s" a clitic (a letter run after it with no
// word byte next: kE bytes are ASCII, neither letters nor digits), so it
// emits the word (exactly the run, no flags: the tokens of Scan's fast
// path, the apostrophe being a separator to the time finder as a kE byte
// is) and then "'s": MakeToken gives `lower` = the surface (no capital),
// kPlainCase, no kSpaceBefore (a letter precedes), and CliticTimeCue the
// cue of "s", its letters ended by a separator. Scan builds that token
// from apostrophe_s_hash_ and apostrophe_s_cue_. The curly ’s, "'S" and
// "'s" before other bytes stay with the general path.
namespace {
inline bool PossessiveSAt(const uint8_t* s, uint32_t j, uint32_t end) {
  return j + 2 <= end && s[j + 1] == 's' && (j + 2 == end || (kAscii.c[s[j + 2]] & kE));
}
}  // namespace

// Whether the period s[j] after a word s[i, j) of Scan's letter fast path
// ('a'..'z', or an ASCII capital and 'a'..'z') is not part of the token, so
// the token is the word itself: "said." and "Wednesday." at a sentence's
// end, a quarter of the tokens ScanGeneral used to take (a call of ~200
// instructions for a lower-case word, ~370 with MakeToken for a capitalised
// one). Here the general path's rules for a word before '.', in its order:
//   * MayStartUrl words ("www.") may be URLs: left to it;
//   * a letter or digit after the period would start the dotted-letter
//     ("a.m.") or domain ("reuters.com") rules: left to it; anything else
//     after the period ends the word's loop at the period;
//   * the period joins the word only as an abbreviation, which the general
//     path tests only when no second period follows ("said..." is "said"
//     and a run of periods) and the word is shorter than 10 bytes: a
//     listed one (any flags; the general path then looks further for
//     `num` ones) or a lone capital ("J."): left to it.
// What is left is a token of the word's bytes with the flags Scan's fast
// path gives it (see AppendLowerToken, AppendCapitalizedToken), and the
// period is a one-byte token of Scan's next round.
bool Segmenter::PeriodEndsWord(const uint8_t* s, uint32_t i, uint32_t j, uint32_t end) const {
  const uint8_t nb = j + 1 < end ? s[j + 1] : 0;
  if (IsAlnumByte(nb) || MayStartUrl(s[i], s[i + 1])) return false;
  if (nb == '.' || j - i >= 10) return true;
  if (j - i == 1 && IsUpperByte(s[i])) return false;
  // Most words are no abbreviation's shape (first byte, last byte, length):
  // a clear bit spares the hash and the probe.
  const uint32_t key = AbbreviationKey(s[i], s[j - 1], j + 1 - i);
  if (!(abbreviation_bits_[key >> 6] >> (key & 63) & 1)) return true;
  return abbreviations_.Find(
             TokenHashInline(std::string_view(reinterpret_cast<const char*>(s) + i, j + 1 - i))) == 0;
}

uint8_t Segmenter::AbbreviationFlags(std::string_view surface) const {
  if (uint8_t f = abbreviations_.Find(TokenHash(surface))) return f;
  // Unlisted dotted sequences ("U.K.") and initials ("J.") can end a sentence.
  return kCanEnd;
}

// One token (or a skipped non-ASCII space) of the shapes Scan's fast paths
// leave, starting at text[i] (not whitespace); returns where the next one
// starts. Kept out of Scan on purpose (noinline): these rules are most of
// the scanner's code but ~9% of its tokens (62,000 calls on te3silver's
// 707,000 tokens), and inside Scan they took registers from the fast loop,
// which reloaded the text pointer from the stack for every token. The
// kTimeCue comment below holds for Scan's fast paths too.
uint32_t Segmenter::ScanGeneral(std::string_view text, uint32_t i, uint32_t begin, uint32_t end, size_t first_token,
                                std::vector<Token>* tokens, Arena* arena, QuoteState* quotes,
                                std::vector<uint32_t>* breaks) const {
  const Scanner sc(text, begin, end);
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const uint8_t b0 = s[i];
  const uint8_t k0 = kAscii.c[b0];
  // A straight double quote, a quarter of the tokens that come here now:
  // its rule (opening after a space and before a word, closing the other
  // way round, else toggling) first, ahead of the tests that cannot match
  // it and the punctuation switch.
  if (b0 == '"') {
    const Scanner q(text, begin, end);
    const bool left = q.LeftOpen(i), right = q.RightOpen(i + 1);
    const bool open = left == right ? !quotes->in_double : left;
    quotes->in_double = open;
    AppendByteToken(tokens, text, i,
                    static_cast<uint16_t>((open ? kOpenQuote : kCloseQuote) | SpaceBefore(text, i)));
    return i + 1;
  }
  // A hyphenated word of lower-case ASCII letters ("anti-tank",
  // "two-day"), ended like Scan's letter words (a kE byte or the end), the
  // most common hyphenated shape (~4,000 of te3silver's ~9,600). The rules
  // below would take its runs and inner hyphens (each followed by a
  // letter: kHyphen), find no URL, dotted letters, clitic or abbreviation
  // (none of those without a '.', ':' or apostrophe) and emit it:
  // MakeToken finds no capital, digit or separator, so `lower` is the
  // surface (kPlainCase, no shape flag), and the token is not letters only,
  // so emit gives it kTimeCue and leaves Token::finder 0. Built here
  // without the general loop's tests and MakeToken's shape pass.
  if (k0 == kA) {
    uint32_t j = LowerRunEnd(s, i + 1, end);
    const uint32_t run = j;
    while (j + 1 < end && s[j] == '-' && kAscii.c[s[j + 1]] == kA) j = LowerRunEnd(s, j + 2, end);
    if (j != run && (j == end || (kAscii.c[s[j]] & kE))) {
      const std::string_view word = Bytes(text, i, j);
      AppendToken(tokens, i, j, word, TokenHashInline(word),
                  static_cast<uint16_t>(kHyphen | kPlainCase | kTimeCue | SpaceBefore(text, i)));
      return j;
    }
  }
  // kTimeCue (see Sentence::may_have_time). A sentence none of whose
  // tokens has it has no word, to the time finder, that starts with a digit
  // or is a trigger word. Why: only two kinds of token go without it,
  //   (a) ASCII letters only (any case), ended by a byte that ends the
  //       finder's words (FinderSeparatorAt: ASCII and not a letter or
  //       digit, C2 xx, E2 80|81 xx) or the paragraph's end, whose
  //       lower_hash is no trigger word's (TimeCue; the finder
  //       lower-cases ASCII as `lower` is); a clitic after an
  //       apostrophe counts as its letters (CliticTimeCue);
  //   (b) a separator to the finder: one ASCII byte that is neither letter
  //       nor digit, or C2 xx, E2 80 xx, E2 81 xx (« » ¿ nbsp, curly
  //       quotes, dashes);
  // and the bytes between tokens are ASCII whitespace, or a skipped
  // non-ASCII space, which marks the token before it. So such a
  // sentence's bytes are letters of (a) tokens, separators, and spaces;
  // every (a) token is followed by a separator byte (or the end), so no
  // two touch, and each of the finder's words is exactly one (a) token.
  // Every other token (numbers, "don" before "n't", hyphenated words,
  // abbreviations, URLs, "AT&T", non-ASCII letters) carries kTimeCue, so
  // the finder runs wherever the two may split text differently.
  // TimeWord (and so kFinderNoLex) is asked here only for a token MakeToken
  // found to be ASCII letters alone, and elsewhere only for Scan's letter
  // runs (the digits path gives kFinderWordAt0 alone): a token with
  // kFinderNoLex never holds a digit. The time finder relies on that
  // (timex.cc's Split takes such a token as a plain word without its
  // number test); SegmentTimex.NoLexiconBitOnlyOnLetterTokens checks it.
  auto emit = [&](uint32_t b, uint32_t e, uint16_t flags) {
    Token& t = NewToken(tokens);
    if (MakeToken(t, text, b, e, flags, arena) && FinderSeparatorAt(s, e, end)) {
      const TimeWordFacts f = TimeWord(t.lower_hash);
      t.flags |= f.cue;
      t.finder = f.finder;
    } else if (!((e - b == 2 && s[b] == 0xC2) || (e - b == 3 && s[b] == 0xE2 && (s[b + 1] & 0xFE) == 0x80))) {
      t.flags |= kTimeCue;
    } else {
      t.finder = kFinderSeparator;
    }
    // A sentence may end after it (SplitSentences): an abbreviation, or
    // "...", "…" (the general path's only terminators).
    if (breaks != nullptr &&
        ((t.flags & kAbbreviation) || ((t.flags & kPunct) && IsTerminator(Bytes(text, b, e))))) {
      breaks->push_back(static_cast<uint32_t>(tokens->size() - 1));
    }
  };
  // Scan's rarer fast paths, kept here so that its loop stays small: the
  // same tokens as Scan built there (kSpaceBefore by SpaceBefore, which
  // gives what Scan's `spaced_at` test stands for: a token Scan reached
  // just after skipping whitespace has a whitespace byte before it).
  //
  // Two or more ASCII capitals ("NATO", "UN", "AFP") ended like Scan's
  // letter words (a kE byte or the end): MakeToken's general loop would
  // count letters == uppers == n (kCapitalized, kAllCaps), fold the ASCII
  // surface into the arena (so no kPlainCase: more than one letter changed)
  // and, the word being ASCII letters ended by a finder separator, take
  // kTimeCue from the hash; the general path below finds no URL ("WWW",
  // "HTTP" end at '.' or ':') and no dotted letters. Here without
  // MakeToken's call, byte loop and FoldCase.
  if (k0 == (kA | kU) && i + 1 < end && kAscii.c[s[i + 1]] == (kA | kU)) {
    uint32_t u = i + 2;
    while (u < end && kAscii.c[s[u]] == (kA | kU)) ++u;
    if (u == end || (kAscii.c[s[u]] & kE)) {
      char* low = arena->Allocate(u - i);
      for (uint32_t k = i; k < u; ++k) low[k - i] = static_cast<char>(s[k] | 0x20);
      const std::string_view lower(low, u - i);
      const uint64_t hash = TokenHashInline(lower);
      const TimeWordFacts f = TimeWord(hash);
      AppendToken(tokens, i, u, lower, hash,
                  static_cast<uint16_t>(kCapitalized | kAllCaps | f.cue | SpaceBefore(text, i)), f.finder);
      return u;
    }
  }
  // A number of digits only ("2025", "15") ended like the words above, but
  // not by a comma (it may join digits: "1,500"): MakeToken would find no
  // letter and digits only, so kNumber and `lower` = surface (kPlainCase).
  if (k0 == kD) {
    uint32_t j = i + 1;
    while (j < end && kAscii.c[s[j]] == kD) ++j;
    if (j == end || ((kAscii.c[s[j]] & kE) && s[j] != ',')) {
      const std::string_view digits = Bytes(text, i, j);
      AppendToken(tokens, i, j, digits, TokenHashInline(digits),
                  static_cast<uint16_t>(kNumber | kTimeCue | kPlainCase | SpaceBefore(text, i)), kFinderWordAt0);
      return j;
    }
    // A number with separators ("1,200", "13.68", "10:30") or digits
    // before a comma that no digit follows ("1991, "), ended by a kE byte
    // or the end: the general word loop would join each , . : followed by
    // a digit (the number rule comes before the domain rule) and stop at
    // the end byte (a comma left here has no digit after it), find no
    // clitic or abbreviation (no '.' or apostrophe at the end) and emit it:
    // MakeToken finds digits first and only digits and separators, so
    // kNumber, `lower` the surface (kPlainCase); not letters, so emit adds
    // kTimeCue and leaves Token::finder 0. Here without the loop's tests
    // and MakeToken.
    uint32_t e = j;
    while (e + 1 < end && (s[e] == ',' || s[e] == '.' || s[e] == ':') && kAscii.c[s[e + 1]] == kD) {
      e += 2;
      while (e < end && kAscii.c[s[e]] == kD) ++e;
    }
    if (e == end || (kAscii.c[s[e]] & kE)) {
      const std::string_view number = Bytes(text, i, e);
      AppendToken(tokens, i, e, number, TokenHashInline(number),
                  static_cast<uint16_t>(kNumber | kTimeCue | kPlainCase | SpaceBefore(text, i)));
      return e;
    }
  }
  // Any other word of ASCII letters and digits starting with a letter,
  // with inner hyphens each followed by one ("Asia-Pacific", "b-52",
  // "McDonald", "H5N1"), ended by a kE byte or the end: the word loop below
  // would take its runs and hyphens (kHyphen) and stop at the end byte (a
  // comma joins only the digits of a word that starts with one: "6,000-
  // strong" is one token, so those stay with the loop); no
  // URL prefix, dotted letters, clitic or abbreviation can match without a
  // ':', '.' or apostrophe, and the lower-case hint fits only a word of
  // 'a'..'z' (Scan's, or taken above), so it emits the word with kHyphen
  // or no flag. Emitted here without the loop.
  if (k0 & kA) {
    uint32_t j = i + 1;
    uint16_t hyphen = 0;
    for (;;) {
      while (j < end && (kAscii.c[s[j]] & (kA | kD))) ++j;
      if (j + 1 < end && s[j] == '-' && (kAscii.c[s[j + 1]] & (kA | kD))) {
        hyphen = kHyphen;
        j += 2;
        continue;
      }
      break;
    }
    if (j == end || (kAscii.c[s[j]] & kE)) {
      emit(i, j, hyphen);
      return j;
    }
  }
  uint32_t next;
  UChar32 c;
  if (b0 < 0x80) {
    c = b0;
    next = i + 1;
  } else {
    c = sc.Decode(i, &next);
    if (IsSpaceCodePoint(c)) {
      // The time finder may read it as part of a word (see emit), so the
      // token before is no longer known to be a word or separator alone
      // (the finder's Split finds the token after glued to it by itself).
      if (tokens->size() > first_token) {
        tokens->back().flags |= kTimeCue;
        tokens->back().finder = 0;
      }
      return next;
    }
  }

  // URLs first: "www.un.org" would otherwise start as a word.
  if (MayStartUrl(b0, sc.At(i + 1))) {
    if (uint32_t e = sc.Url(i)) {
      emit(i, e, kUrl);
      return e;
    }
  }

  if ((k0 & (kA | kD)) || (b0 >= 0x80 && IsWordCodePoint(c))) {
    uint16_t flags = 0;
    uint32_t j = i;
    // Dotted letters: "U.S.", "U.N.", "a.m.", "U.S.A.".
    if ((k0 & kA) && sc.At(i + 1) == '.' && IsAlphaByte(sc.At(i + 2)) && sc.At(i + 3) == '.') {
      j = i;
      while (IsAlphaByte(sc.At(j)) && sc.At(j + 1) == '.') j += 2;
      if (sc.At(j) == '-' && sc.WordAt(j + 1)) {
        flags |= kHyphen;  // "U.S.-led": one word
        ++j;
      } else {
        emit(i, j, kAbbreviation);
        return j;
      }
    }
    bool numeric = (k0 & kD) && !(flags & kHyphen);
    bool ascii = true;
    uint32_t clitic = 0;  // where a split-off clitic starts, if any
    uint32_t clitic_end = 0;
    // The first run of letters and digits: where it ends and whether it
    // was lower-case ASCII letters only (a hint for AppendLowerToken, used only
    // when the token turns out to be exactly that run).
    const uint32_t run_begin = j;
    uint32_t run_end = 0;
    bool run_lower = true;
    for (;;) {
      while (j < end) {
        uint8_t b = s[j];
        if (b < 0x80) {
          uint8_t k = kAscii.c[b];
          if (!(k & (kA | kD))) break;
          if (k & kA) numeric = false;
          run_lower &= (k == kA);
          ++j;
          // Fast path: the lower-case ASCII letters that follow (most of a
          // word) in a tight loop. For each, the step above would only set
          // numeric = false and leave run_lower as it is.
          if (j < end && kAscii.c[s[j]] == kA) {
            numeric = false;
            j = LowerRunEnd(s, j, end);
          }
        } else {
          uint32_t k;
          if (!IsWordCodePoint(sc.Decode(j, &k))) break;
          numeric = false;
          ascii = false;
          run_lower = false;
          j = k;
        }
      }
      if (run_end == 0) run_end = j;
      if (j >= end) break;
      const uint8_t b = s[j];
      // Fast path: every test below needs b to be a kJ byte.
      if (!(kAscii.c[b] & kJ)) break;
      const uint8_t nb = sc.At(j + 1);
      if (numeric && (b == ',' || b == '.' || b == ':') && IsDigitByte(nb)) {
        j += 1;  // "1,500", "3.5", "10:30"
        continue;
      }
      if (b == '-' && sc.WordAt(j + 1)) {
        flags |= kHyphen;
        numeric = false;
        ++j;
        continue;
      }
      if (b == '&' && IsUpperByte(s[j - 1]) && IsUpperByte(nb)) {
        numeric = false;  // "AT&T", "S&P"
        ++j;
        continue;
      }
      uint32_t apostrophe = b == '\'' ? 1 : (b == 0xE2 && nb == 0x80 && sc.At(j + 2) == 0x99) ? 3 : 0;
      if (apostrophe != 0 && sc.WordAt(j + apostrophe)) {
        uint32_t k = j + apostrophe, r = k;
        while (IsAlphaByte(sc.At(r))) ++r;
        if (r > k && !sc.WordAt(r)) {
          std::string_view run = text.substr(k, r - k);
          if (IsClitic(run)) {
            clitic = j;
            clitic_end = r;
            break;
          }
          if (run.size() == 1 && (run[0] | 0x20) == 't' && (s[j - 1] | 0x20) == 'n' && j - 1 > i) {
            clitic = j - 1;  // "don't" -> "do" "n't"
            clitic_end = r;
            break;
          }
        }
        numeric = false;
        j = k;  // an inner apostrophe: "O'Brien", "d'Ivoire"
        continue;
      }
      if (ascii && ((b == '.' && IsAlnumByte(nb)) || ((b == '@' || b == '_') && IsAlnumByte(nb)))) {
        if (uint32_t e = sc.DomainOrEmail(i)) {
          if (e > j) {
            flags |= kUrl;
            flags &= static_cast<uint16_t>(~kHyphen);
            j = e;
          }
        }
      }
      break;
    }
    if (clitic != 0) {
      emit(i, clitic, flags);
      Token& t = NewToken(tokens);
      MakeToken(t, text, clitic, clitic_end, 0, arena);
      t.flags |= CliticTimeCue(s, clitic, clitic_end, end);
      t.finder = CliticFinder(s, clitic, clitic_end, end);
      return clitic_end;
    }
    // A period that belongs to the word: listed abbreviations and
    // initials. An ellipsis never does.
    if (sc.At(j) == '.' && sc.At(j + 1) != '.' && !(flags & (kUrl | kHyphen)) && j - i < 10) {
      uint8_t f = abbreviations_.Find(TokenHashInline(text.substr(i, j + 1 - i)));
      if (f & kBeforeNumber) {
        uint32_t k = j + 1;
        while (k < end && IsSpaceByte(s[k])) ++k;
        if (!IsDigitByte(sc.At(k))) f = 0;
      }
      if (f != 0 || (j - i == 1 && IsUpperByte(b0))) {
        flags |= kAbbreviation;
        ++j;
      }
    }
    // The hint holds when the token is the first run, unextended, and that
    // run started at the token's start (no dotted-letter prefix).
    if (run_lower && run_begin == i && j == run_end && j > i) {
      AppendLowerToken(tokens, text, i, j, flags | SpaceBefore(text, i), short_hash_, [&](uint64_t hash) {
        return FinderSeparatorAt(s, j, end) ? TimeWord(hash) : TimeWordFacts{kTimeCue, 0};
      });
    } else {
      emit(i, j, flags);
    }
    return j;
  }

  // Handles and hashtags.
  if ((b0 == '@' && (IsAlnumByte(sc.At(i + 1)) || sc.At(i + 1) == '_')) ||
      (b0 == '#' && (IsAlphaByte(sc.At(i + 1)) || (sc.At(i + 1) >= 0x80 && sc.WordAt(i + 1))))) {
    uint32_t j = i + 1;
    while (j < end && (sc.WordAt(j) || s[j] == '_')) {
      if (s[j] < 0x80) {
        ++j;
      } else {
        sc.Decode(j, &j);
      }
    }
    emit(i, j, kHandle);
    return j;
  }

  // Punctuation: one code point per token, except runs of dots and
  // hyphens and TeX-style quotes.
  uint32_t e = next;
  uint16_t flags = 0;
  switch (c) {
    case '.':
    case '-': {
      while (e < end && s[e] == b0) ++e;
      if (b0 == '.' && e - i == 2) e = i + 1;  // ".." is two periods
      break;
    }
    case '`':
      if (sc.At(i + 1) == '`') {
        e = i + 2;
        flags = kOpenQuote;
        quotes->in_double = true;
      }
      break;
    // '"' is taken at the top.
    case '\'':
    case 0x2019:
      if (c == '\'' && sc.At(i + 1) == '\'' && !sc.LeftOpen(i)) {
        e = i + 2;
        flags = kCloseQuote;
        quotes->in_double = false;
        break;
      }
      [[fallthrough]];
    case 0x2018: {
      // A single quote only at a word boundary; a lone one after a word
      // with no quote open is a possessive ("the Joneses' house").
      bool left = sc.LeftOpen(i), right = sc.RightOpen(e);
      if (left && !right && (c != 0x2019 || sc.WordAt(e))) {
        flags = kOpenQuote;
        quotes->in_single = true;
      } else if (!left && quotes->in_single && (right || c == 0x2019)) {
        flags = kCloseQuote;
        quotes->in_single = false;
      }
      break;
    }
    case 0x201C:
    case 0x201E:
    case 0x00AB:
      flags = kOpenQuote;
      quotes->in_double = true;
      break;
    case 0x201D:
      // Some outlets use ” for both marks; at the start of a word with no
      // quote open it opens.
      if (!quotes->in_double && sc.LeftOpen(i) && !sc.RightOpen(e)) {
        flags = kOpenQuote;
        quotes->in_double = true;
      } else {
        flags = kCloseQuote;
        quotes->in_double = false;
      }
      break;
    case 0x00BB:
      flags = kCloseQuote;
      quotes->in_double = false;
      break;
    case 0x201A:
    case 0x2039:
      flags = kOpenQuote;
      quotes->in_single = true;
      break;
    case 0x203A:
      flags = kCloseQuote;
      quotes->in_single = false;
      break;
    default:
      break;
  }
  if (e == i + 1 && b0 < 0x80) {
    // A quote, '-', '@', ...: a separator to the time finder (a letter
    // or digit here would be a word, so it gets kTimeCue).
    AppendByteToken(tokens, text, i,
                    flags | SpaceBefore(text, i) | (IsAlnumByte(b0) ? static_cast<uint16_t>(kTimeCue) : 0));
    ByteBreak(breaks, *tokens, b0);
  } else {
    emit(i, e, flags);
  }
  return e;
}

void Segmenter::Scan(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens,
                     Arena* arena, QuoteState* quotes, std::vector<uint32_t>* breaks) const {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t first_token = tokens->size();
  uint32_t i = begin;
  // The index after the last ASCII whitespace byte Scan skipped: a token
  // starting there has kSpaceBefore without SpaceBefore's look back.
  uint32_t spaced_at = UINT32_MAX;
  const uint64_t* const short_hash = short_hash_;
  while (i < end) {
    const uint8_t b0 = s[i];
    // One table load classifies the byte for the space, letter and digit
    // tests below (bytes >= 0x80 have no class but kJ there).
    const uint8_t k0 = kAscii.c[b0];
    if (k0 & kS) {
      spaced_at = ++i;
      continue;
    }
    // Fast paths, chosen by the start byte's class, for the tokens that
    // make up most of news text and need none of the word rules below:
    // a word of 'a'..'z', or an ASCII capital and 'a'..'z', ended by a kE
    // byte (space, comma or punctuation no rule looks at) or the
    // paragraph's end; a number of digits only; one-byte punctuation (kP).
    // Any other shape (a '.', '-', '\'', ':' or non-ASCII byte after the
    // letters, a capital or digit after the first letter) falls through to
    // the general path, which reaches the same token for these shapes.
    //
    // A word taken here is never a URL, so MayStartUrl is not asked: the
    // URL prefixes' letters stop at ':' ("http", "https") or '.' ("www"),
    // kJ bytes, and at a capital after the first letter ("HTTP", "WWW").
    if (k0 == kA || k0 == (kA | kU)) {
      const uint32_t j = LowerRunEnd(s, i + 1, end);
      // The byte after the run, read once: a space (the usual end, which is
      // a kE byte) is tested first and then skipped below without reading
      // it again.
      const bool space_after = j < end && s[j] == ' ';
      if (space_after || j == end || (kAscii.c[s[j]] & kE) || (s[j] == '.' && PeriodEndsWord(s, i, j, end)) ||
          (s[j] == '\'' && PossessiveSAt(s, j, end))) {
        const uint16_t space = i == spaced_at ? static_cast<uint16_t>(kSpaceBefore) : SpaceBefore(text, i);
        // Token::finder from TimeWord: its end is a kE byte or the
        // paragraph's end, both finder separators.
        const auto facts = [this](uint64_t hash) { return TimeWord(hash); };
        if (k0 == kA) {
          AppendLowerToken(tokens, text, i, j, space, short_hash, facts);
        } else {
          AppendCapitalizedToken(tokens, text, i, j, space, arena, short_hash, facts);
        }
        // The one space that usually follows, skipped here rather than by
        // a round of the loop.
        i = j;
        if (space_after) {
          spaced_at = ++i;
        } else if (i < end && s[i] == '\'') {
          // The clitic "'s" PossessiveSAt found, as the general path builds
          // it (see there).
          AppendToken(tokens, i, i + 2, Bytes(text, i, i + 2), apostrophe_s_hash_,
                      static_cast<uint16_t>(kPlainCase | apostrophe_s_cue_));
          i += 2;
        }
        continue;
      }
      // Two or more capitals ("NATO"), numbers of digits and the words
      // PeriodEndsWord and PossessiveSAt leave: fast paths at the start of
      // ScanGeneral, or its general rules.
    } else if ((k0 & kP) || (b0 == '.' && (i + 1 == end || s[i + 1] != '.'))) {
      // A period is a one-byte token when no period follows: the
      // punctuation switch below gives runs of them ("...") their own token.
      AppendByteToken(tokens, text, i, i == spaced_at ? static_cast<uint16_t>(kSpaceBefore) : SpaceBefore(text, i));
      ByteBreak(breaks, *tokens, b0);
      ++i;
      // The space that usually follows a comma or a period, skipped here
      // as after a word: the same state the loop's space branch would
      // leave, without a round of the loop's dispatch.
      if (i < end && s[i] == ' ') spaced_at = ++i;
      continue;
    } else if (b0 == '"') {
      // A straight double quote between two ASCII bytes (or the
      // paragraph's edges), a quarter of what went to ScanGeneral: its rule
      // (ScanGeneral's first) here, with Scanner::LeftOpen and RightOpen
      // read from a table for ASCII neighbours; a non-ASCII neighbour needs
      // their ICU tests, so it goes on to ScanGeneral.
      const uint8_t prev = i > begin ? s[i - 1] : ' ';
      const uint8_t next = i + 1 < end ? s[i + 1] : ' ';
      if ((prev | next) < 0x80) {
        const bool left = kQuoteSides.c[prev] & kLeftOpen, right = kQuoteSides.c[next] & kRightOpen;
        const bool open = left == right ? !quotes->in_double : left;
        quotes->in_double = open;
        AppendByteToken(tokens, text, i,
                        static_cast<uint16_t>((open ? kOpenQuote : kCloseQuote) |
                                              (i == spaced_at ? static_cast<uint16_t>(kSpaceBefore)
                                                              : SpaceBefore(text, i))));
        ++i;
        continue;
      }
    }
    i = ScanGeneral(text, i, begin, end, first_token, tokens, arena, quotes, breaks);
  }
}

void Segmenter::Tokenize(std::string_view text, std::vector<Token>* tokens, Arena* arena) const {
  QuoteState quotes;
  Scan(text, 0, static_cast<uint32_t>(text.size()), tokens, arena, &quotes, nullptr);
}

// --- Sentences and paragraphs ---

namespace {

// The first and the last token of tokens[b, e) with kTimeCue
// (Sentence::may_have_time, first_cue, last_cue), {kNone32, kNone32} when
// none has it. The walk forward stops at the first, so a sentence with a
// number or time word early is cheap; a third of news sentences have none
// and are read to the end. Four tokens' flags are ORed for one test (a
// test per token was 1.9M instructions on te3silver), then the cue is
// found inside the block. The walk back from the end stops at the last cue
// the same way and never passes the first (which has the bit), so it reads
// only the tokens after the last cue: the time tagger's FinderEnd and the
// date shifter each walked those (and the ones before the first) again.
struct CueRange {
  uint32_t first, last;
};
CueRange TimeCues(const std::vector<Token>& tokens, uint32_t b, uint32_t e) {
  const Token* const base = tokens.data();
  const Token* t = base + b;
  const Token* const stop = base + e;
  for (; stop - t >= 4; t += 4) {
    if ((t[0].flags | t[1].flags | t[2].flags | t[3].flags) & kTimeCue) break;
  }
  while (t != stop && !(t->flags & kTimeCue)) ++t;
  if (t == stop) return {kNone32, kNone32};
  // t has the bit, so each walk below stops at t at the latest.
  const Token* u = stop;  // one past the last cue, once found
  for (; u - t > 4; u -= 4) {
    if ((u[-1].flags | u[-2].flags | u[-3].flags | u[-4].flags) & kTimeCue) break;
  }
  while (!(u[-1].flags & kTimeCue)) --u;
  return {static_cast<uint32_t>(t - base), static_cast<uint32_t>(u - 1 - base)};
}

}  // namespace

// Only the tokens Scan listed (`breaks`) are looked at: a sentence ends
// after an abbreviation or a terminator, never elsewhere. This used to be a
// walk over every token testing its flags (8.2M instructions on te3silver,
// for ~1 candidate in 20 tokens); the time-cue bits it ORed on the way are
// now read per sentence by TimeCues, which stops at the first and the last.
void Segmenter::SplitSentences(Doc& doc, uint32_t begin, uint32_t end, uint32_t paragraph, const uint32_t* breaks,
                               const uint32_t* breaks_end) const {
  std::vector<Token>& tokens = doc.tokens;
  auto add = [&](uint32_t b, uint32_t e) {
    Sentence se;
    se.span = {tokens[b].span.begin, tokens[e - 1].span.end};
    se.tokens = {b, e};
    se.paragraph = paragraph;
    const CueRange cues = TimeCues(tokens, b, e);
    se.may_have_time = cues.first != kNone32;
    se.first_cue = cues.first;
    se.last_cue = cues.last;
    tokens[b].flags |= kSentenceStart;
    doc.sentences.push_back(se);
  };
  uint32_t start = begin;
  // The first token not yet read: a candidate before it was taken as a
  // closing token of the one before (the "?" of "!?").
  uint32_t next = begin;
  for (const uint32_t* c = breaks; c != breaks_end; ++c) {
    const uint32_t t = *c;
    if (t < next) continue;
    const Token& tok = tokens[t];
    bool abbreviation = false;
    if (tok.flags & kAbbreviation) {
      if (!(AbbreviationFlags(doc.text(tok.span)) & kCanEnd)) continue;
      abbreviation = true;
    } else if (!(tok.flags & kPunct) || !IsTerminator(doc.text(tok.span))) {
      continue;
    }
    // Closing quotes and brackets, and more terminators ("?!"), stay with
    // the sentence they close.
    uint32_t u = t + 1;
    while (u < end) {
      std::string_view s = doc.text(tokens[u].span);
      if (!(tokens[u].flags & kCloseQuote) && !IsClosingBracket(s) && !IsTerminator(s)) break;
      ++u;
    }
    if (u >= end) break;
    const Token& next_token = tokens[u];
    bool split = abbreviation
                     ? (next_token.flags & kOpenQuote) ||
                           ((next_token.flags & kCapitalized) && sentence_openers_.Find(next_token.lower_hash))
                     : StartsSentence(next_token, doc.text(next_token.span));
    if (split) {
      add(start, u);
      start = u;
    }
    next = u;
  }
  if (start < end) add(start, end);
}

void Segmenter::Run(Doc& doc) const {
  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.tokens.clear();
  const std::string& text = doc.article.text;
  const uint32_t n = static_cast<uint32_t>(text.size());
  doc.tokens.reserve(n / 5 + 16);
  // Scan's sentence-end candidates for one paragraph; kept per thread so
  // its buffer is not allocated again for every article.
  static thread_local std::vector<uint32_t> breaks;
  uint32_t i = 0;
  while (i < n) {
    while (i < n && IsSpaceByte(static_cast<uint8_t>(text[i]))) ++i;
    if (i >= n) break;
    // A paragraph runs to the next blank line.
    uint32_t pb = i, pe = n;
    for (size_t nl = text.find('\n', pb); nl != std::string::npos; nl = text.find('\n', nl + 1)) {
      size_t k = nl + 1;
      while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
      if (k >= n || text[k] == '\n') {
        pe = static_cast<uint32_t>(nl);
        break;
      }
    }
    i = pe;
    QuoteState quotes;
    const uint32_t tb = static_cast<uint32_t>(doc.tokens.size());
    breaks.clear();
    Scan(text, pb, pe, &doc.tokens, &doc.arena, &quotes, &breaks);
    const uint32_t te = static_cast<uint32_t>(doc.tokens.size());
    if (te == tb) continue;
    doc.tokens[tb].flags |= kParagraphStart;
    Paragraph p;
    p.span = {doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
    p.first_sentence = static_cast<uint32_t>(doc.sentences.size());
    const uint32_t index = static_cast<uint32_t>(doc.paragraphs.size());
    SplitSentences(doc, tb, te, index, breaks.data(), breaks.data() + breaks.size());
    p.end_sentence = static_cast<uint32_t>(doc.sentences.size());
    doc.paragraphs.push_back(p);

    // A headline: the first paragraph, one sentence, no final punctuation,
    // and short or title-cased.
    if (index == 0 && p.end_sentence - p.first_sentence == 1) {
      const Token& last = doc.tokens[te - 1];
      std::string_view ls = doc.text(last.span);
      bool final_punct = (last.flags & kCloseQuote) || ((last.flags & kPunct) && (IsTerminator(ls) || ls == ":"));
      if (!final_punct) {
        int words = 0, long_words = 0, capitalized = 0;
        for (uint32_t t = tb; t < te; ++t) {
          const Token& tok = doc.tokens[t];
          if (tok.flags & kPunct) continue;
          ++words;
          if (tok.span.size() >= 4) {
            ++long_words;
            if (tok.flags & kCapitalized) ++capitalized;
          }
        }
        if (words <= 12 || capitalized * 10 >= long_words * 6) doc.sentences[p.first_sentence].headline = true;
      }
    }
  }
}

}  // namespace dyad
