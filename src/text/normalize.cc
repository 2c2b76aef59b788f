#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>

#include "model/bulk_hash.h"

namespace dyad {
namespace {

struct VisibleAsciiTable {
  bool v[256] = {};
  constexpr VisibleAsciiTable() {
    for (int c = 0x21; c < 0x7F; ++c) v[c] = true;
  }
};
constexpr VisibleAsciiTable kVisibleAscii;

static_assert(std::endian::native == std::endian::little);
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;

// True when `s` is ASCII and already in the output form, the common case for
// English wire text: then nothing is copied and ICU is not touched.
bool IsNormalAscii(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.front() == '\n' || s.back() == ' ' || s.back() == '\n') return false;
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    // Fastest path: whole 8-byte words of visible ASCII and spaces, tested
    // at once (words end at spaces every ~6 bytes, so the table loop alone
    // stopped constantly). The byte loop would pass each of their bytes
    // except a space followed by a space, where it returns false: so does
    // this, for a pair inside a word or across two (`carry`: the word
    // before ended in a space). The pass ends at a word with another byte
    // or at the last 8 bytes, one byte early if a space precedes, so that
    // the byte loop checks what follows that space (a space or '\n').
    //
    // SWAR: some byte is outside 0x20..0x7E iff a high bit is set in x (a
    // byte >= 0x80), x + 1 per byte (0x7F) or x - 0x20 per byte (below
    // 0x20); as presence tests these are exact, a borrow or carry crossing
    // bytes only where some byte already qualifies. With every byte in
    // 0x20..0x7E, x ^ 0x20 per byte is 0 exactly at the spaces and at most
    // 0x5E elsewhere, so adding 0x7F leaves bit 7 clear exactly there, with
    // no carry out of any byte.
    uint64_t carry = 0;  // 0x80 in byte 0 when the byte before i is a space
#if defined(__SSE2__)
    // The same test 16 bytes at a time with SSE2 (part of x86-64, so no
    // dispatch), ahead of the 8-byte words: on te3silver this loop was
    // nearly all of the normaliser (10.5M of 12.8M instructions, ~21 per
    // 8 bytes). A signed compare with 0x1F keeps 0x20..0x7F (bytes >= 0x80
    // are negative), the compare with 0x7F drops DEL: all 16 bits of the
    // mask set iff every byte is in 0x20..0x7E. The space mask's pairs,
    // within the window and across from the byte before it (`carry16`),
    // are the 8-byte test's pairs; a window that fails the range test is
    // left to the 8-byte words and the byte loop, which then look at the
    // same bytes, so the result is the same.
    {
      const __m128i below = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F), space = _mm_set1_epi8(' ');
      unsigned carry16 = 0;  // 1 when the byte before i is a space
      // Two windows a round: one range test and one pair test for 32
      // bytes (the space masks joined into 32 bits), ~24 instructions
      // where two rounds of the loop below take ~34.
      for (; i + 32 <= n; i += 32) {
        const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 16));
        const __m128i in_range =
            _mm_and_si128(_mm_andnot_si128(_mm_cmpeq_epi8(x0, del), _mm_cmpgt_epi8(x0, below)),
                          _mm_andnot_si128(_mm_cmpeq_epi8(x1, del), _mm_cmpgt_epi8(x1, below)));
        if (_mm_movemask_epi8(in_range) != 0xFFFF) break;
        const uint32_t spaces = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x0, space))) |
                                static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x1, space))) << 16;
        if (spaces & ((spaces << 1) | carry16)) return false;
        carry16 = spaces >> 31;
      }
      for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const __m128i in_range = _mm_andnot_si128(_mm_cmpeq_epi8(x, del), _mm_cmpgt_epi8(x, below));
        if (_mm_movemask_epi8(in_range) != 0xFFFF) break;
        const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, space)));
        if (spaces & ((spaces << 1) | carry16)) return false;
        carry16 = spaces >> 15;
      }
      carry = uint64_t{carry16} << 7;
    }
#endif
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (((x - kOnes * 0x20) | (x + kOnes) | x) & kHigh) break;
      const uint64_t spaces = ~((x ^ (kOnes * ' ')) + kLow7) & kHigh;  // 0x80 in each space byte
      if (spaces & ((spaces << 8) | carry)) return false;
      carry = spaces >> 56;
    }
    if (carry) --i;
    // Fast path: skip the run of visible ASCII (0x21..0x7E), which needs
    // none of the checks below, with one table test per byte.
    while (i < n && kVisibleAscii.v[static_cast<unsigned char>(s[i])]) ++i;
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) return false;
    if (c >= 0x20 && c != 0x7F) {
      if (c == ' ' && (s[i + 1] == ' ' || s[i + 1] == '\n')) return false;
      continue;
    }
    if (c != '\n') return false;
    // Exactly "\n\n" between two visible characters.
    if (s[i + 1] != '\n' || s[i - 1] == ' ' || s[i + 2] == '\n' || s[i + 2] == ' ') return false;
    ++i;
  }
  return true;
}

// The code point ending at byte `end` of `s` (0 if none).
UChar32 CodePointBefore(const std::string& s, int32_t* end) {
  if (*end <= 0) return 0;
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, *end, c);
  return c < 0 ? 0xFFFD : c;
}

bool EndsSentence(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026; }

bool ClosesQuoteOrBracket(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB ||
         c == 0x203A;
}

bool StartsSentence(UChar32 c) {
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[' ||
         c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x00AB || c == 0x2039 || c == 0x00BF ||
         c == 0x00A1;
}

bool IsBullet(UChar32 c) { return c == 0x2022 || c == '*' || c == '-' || c == 0x2013 || c == 0x2014; }

// Hard-wrapped news copy breaks its lines at 60-90 columns, so a break
// inside a wrapped paragraph sits between two lines of about that length.
// A line shorter than kShortLine is a headline, byline or section title
// rather than a wrap; a line longer than kLongLine (or followed by one) means
// the text is not hard-wrapped there. Measured in bytes, not columns: an
// accented letter counts twice, which only makes a Spanish wrapped line look
// longer, never short. AFP's Spanish wire wraps at 70-85 bytes.
constexpr size_t kShortLine = 60;
constexpr size_t kLongLine = 100;

// Decides what a single line break between `out` (non-empty, no trailing
// space) and the line starting with `next` becomes. `line` is the length of
// the line before the break; the line after it runs from `next_begin` to
// the next '\n' or `text_end`, measured only when the other tests leave its
// length to decide (most breaks in wrapped copy are settled before). See
// the header.
bool SingleBreakIsParagraph(const std::string& out, UChar32 next, bool first_line, size_t line,
                            const uint8_t* next_begin, const uint8_t* text_end) {
  if (IsBullet(next)) return true;
  int32_t end = static_cast<int32_t>(out.size());
  UChar32 last = CodePointBefore(out, &end);
  if (u_isalnum(last) && (u_isupper(next) || u_istitle(next))) {
    if (first_line || line < kShortLine || line > kLongLine) return true;
    const void* nl = std::memchr(next_begin, '\n', static_cast<size_t>(text_end - next_begin));
    const uint8_t* next_end = nl != nullptr ? static_cast<const uint8_t*>(nl) : text_end;
    if (static_cast<size_t>(next_end - next_begin) > kLongLine) return true;
  }
  if (ClosesQuoteOrBracket(last)) last = CodePointBefore(out, &end);
  return EndsSentence(last) && StartsSentence(next);
}

bool Dropped(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

void Canonicalize(const std::string& src, std::string* out) {
  out->clear();
  out->reserve(src.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(src.data());
  const int32_t n = static_cast<int32_t>(src.size());
  int newlines = 0;         // line breaks in the current whitespace run
  int spaces = 0;           // spaces in the current whitespace run
  bool first_line = true;   // no line break emitted or joined yet
  size_t line_begin = 0;    // where the current source line starts in *out
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) c = 0xFFFD;  // keep the raw bytes below; ingest owns encoding repair
    }
    if (c == '\r') {
      if (i < n && s[i] == '\n') continue;
      ++newlines;
      continue;
    }
    if (c == '\n' || c == 0x2028 || c == 0x0085) { ++newlines; continue; }
    if (c == 0x2029) { newlines += 2; continue; }
    if (c == ' ' || (c < 0x20) || c == 0x7F) { ++spaces; continue; }
    if (c >= 0x80) {
      if (Dropped(c)) continue;
      if (u_isUWhiteSpace(c)) { ++spaces; continue; }
    }
    if (!out->empty()) {
      if (newlines >= 2) {
        out->append("\n\n");
        first_line = false;
        line_begin = out->size();
      } else if (newlines == 1) {
        // An indented line starts a paragraph: wire services (AFP,
        // Reuters' originals) indent paragraphs and wrap lines flush left.
        // The run ends in a space after its line break when the line is
        // indented (read from the byte, not tracked per space: the loop
        // above is the hot one).
        const uint8_t before = s[start - 1];
        bool paragraph = before == ' ' || before == '\t' ||
                         SingleBreakIsParagraph(*out, c, first_line, out->size() - line_begin, s + start, s + n);
        out->append(paragraph ? "\n\n" : " ");
        first_line = false;
        line_begin = out->size();
      } else if (spaces >= 3 && (StartsSentence(c) || IsBullet(c))) {
        // Three or more spaces inside a line before what can start a
        // sentence are layout, not prose: digests whose line breaks were
        // lost keep "HEADLINE   First sentence", and tables separate their
        // cells so. Each side is its own paragraph. A lower-case word after
        // them ("two   spaces") is a typing slip and stays joined.
        out->append("\n\n");
        line_begin = out->size();
      } else if (spaces > 0) {
        out->push_back(' ');
      }
    }
    newlines = 0;
    spaces = 0;
    if (c == 0x2010 || c == 0x2011) {
      out->push_back('-');
    } else if (c < 0x80) {
      // Fast path: a run of visible ASCII (0x21..0x7E) is copied in one
      // append. Safe: each such byte taken alone would hit none of the cases
      // above (no break, space, control or dropped character) and, with no
      // whitespace pending, would be appended unchanged.
      while (i < n && s[i] > 0x20 && s[i] < 0x7F) ++i;
      out->append(src, start, i - start);
    } else {
      out->append(src, start, i - start);
    }
  }
}

}  // namespace

void NormalizeText(std::string* text) {
  if (IsNormalAscii(*text)) return;
  bool ascii = true;
  for (char ch : *text) {
    if (static_cast<unsigned char>(ch) >= 0x80) { ascii = false; break; }
  }
  if (!ascii) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(*text, status) && U_SUCCESS(status)) {
      std::string composed;
      composed.reserve(text->size());
      icu::StringByteSink<std::string> sink(&composed);
      nfc->normalizeUTF8(0, *text, sink, nullptr, status);
      if (U_SUCCESS(status)) text->swap(composed);
    }
  }
  std::string out;
  Canonicalize(*text, &out);
  text->swap(out);
}

std::string ContentHash(std::string_view text) {
  // BulkHash128 is XXH3-128 (the same digest) with the AVX2 kernel on
  // articles of 1 KB or more: libxxhash's SSE2 loop was a quarter of the
  // normaliser's cost on te3silver (4.8M instructions for 2,452 articles).
  const Hash128 h = BulkHash128(text.data(), text.size());
  XXH128_hash_t digest;
  digest.low64 = h.low64;
  digest.high64 = h.high64;
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(32, '0');
  for (int i = 0; i < 16; ++i) {
    hex[2 * i] = kHex[canonical.digest[i] >> 4];
    hex[2 * i + 1] = kHex[canonical.digest[i] & 15];
  }
  return hex;
}

void Normalizer::Run(Doc& doc) const {
  NormalizeText(&doc.article.text);
  std::string& title = doc.article.title;
  NormalizeText(&title);
  // A title is one line; a paragraph break in it is just a space. Only a
  // title with a line break needs the loop: NormalizeText leaves no two
  // spaces in a row (a whitespace run becomes one space or one "\n\n"),
  // so without '\n' the loop would copy every byte to itself (it was 1.6M
  // instructions on te3silver's titles, a byte at a time).
  if (title.find('\n') != std::string::npos) {
    size_t w = 0;
    for (size_t r = 0; r < title.size(); ++r) {
      char ch = title[r] == '\n' ? ' ' : title[r];
      if (ch == ' ' && w > 0 && title[w - 1] == ' ') continue;
      title[w++] = ch;
    }
    title.resize(w);
  }
  // No content hash here: only the store reads it, so CodeArticle computes
  // it when the store is in use (RunOptions::keep_sentences). For every
  // article it was 2.6M instructions of te3silver's coding loop (0.3%),
  // for a plain `dyad code` that never wrote it anywhere.
}

}  // namespace dyad
