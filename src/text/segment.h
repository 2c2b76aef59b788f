// Tokens, sentences and paragraphs from normalised text.
//
// One left-to-right pass over the bytes, with table lookups for ASCII and
// ICU character properties only for non-ASCII code points. Lower-case ASCII
// words point into the text, so a typical English token costs no allocation.
// The class of a token's first byte picks its path: a word of lower-case
// ASCII letters (or a capital and lower-case letters), a number of digits
// and one-byte punctuation are built at once when the byte after them
// cannot extend them; everything else (numbers with separators, "AT&T",
// abbreviations, clitics, hyphens, URLs, e-mail, quotes, non-ASCII text)
// goes through the general rules, entered only at those bytes.
//
// Tokens follow Penn Treebank conventions where the tagger cares:
//   - English clitics are split: "Colombia's" -> "Colombia" "'s", "don't" ->
//     "do" "n't", "can't" -> "ca" "n't", "they're" -> "they" "'re". Other inner
//     apostrophes stay ("O'Brien", "d'Ivoire"). A curly apostrophe (’) reads
//     as ' in Token::lower, so "n’t" and "n't" hash alike.
//   - Inner hyphens stay ("pro-Palestinian", kHyphen); "--" and "..." are one
//     token; every other punctuation character is its own token.
//   - Numbers keep their separators ("1,500", "3.5", "10:30"; kNumber).
//   - Dotted letter sequences ("U.S.", "a.m.") and capital initials ("J.")
//     keep their final period, as do listed abbreviations ("Sept.", "Gen.",
//     Spanish "Sres." and the halves of "EE.UU.") (kAbbreviation).
//   - URLs ("https://...", "www.x.org", "reuters.com") and e-mail addresses
//     are one token (kUrl); so are "@handle" and "#tag" (kHandle).
//   - “ ” « » ‹ › „ ‘ and quote-like ' " `` '' are tokens with kOpenQuote or
//     kCloseQuote. A straight " is an opening quote when it follows a space
//     and precedes a word, a closing one in the opposite position, and
//     otherwise toggles; quote state resets at each paragraph, because news
//     repeats the opening quote on each paragraph of a long quotation.
//
// Sentences end after . ! ? ... (plus any closing quotes or brackets after
// them) when the next token can start a sentence: a capitalised word, a
// number, an opening quote or bracket, ¿ or ¡. After an abbreviation they end
// only if the abbreviation can end a sentence (see the abbreviation file) and
// the next word is a capitalised function word ("The", "He", "But", ...):
// "Gen. Smith", "Sept. 26", "U.S. President", "J. R. Smith" do not split,
// "in the U.S. The" does. Quotations do not suppress splitting: a quote may
// span sentences, and in `... end." He said` the closing quote stays with the
// sentence it closes. Every paragraph ends a sentence. The first paragraph of
// the text is a headline when it has no final punctuation and is short or
// title-cased.
#ifndef DYAD_TEXT_SEGMENT_H_
#define DYAD_TEXT_SEGMENT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/arena.h"
#include "model/doc.h"
#include "pipeline/component.h"

namespace dyad {

class Segmenter : public Component {
 public:
  // `abbreviations` is the text of an abbreviation file (format in
  // data/text/abbreviations.en.txt). Lines with unknown flags are ignored
  // here; Load() reports them.
  explicit Segmenter(std::string_view abbreviations);

  // Reads the abbreviation file at `path` (normally
  // DefaultDataDir() + "/text/abbreviations.en.txt"). On failure returns
  // null and sets *error to "path:line: what is wrong; what to do".
  static std::unique_ptr<Segmenter> Load(const std::string& abbreviations_path, std::string* error);
  // Reads several abbreviation files into one table (the English and the
  // Spanish lists: one segmenter serves both pipelines).
  static std::unique_ptr<Segmenter> Load(const std::vector<std::string>& abbreviation_paths, std::string* error);

  std::string_view name() const override { return "segment"; }

  // Clears and fills doc.paragraphs, doc.sentences and doc.tokens from
  // doc.article.text. Token::lower views point into the text or doc.arena;
  // lemma = lower, tag = kNone.
  void Run(Doc& doc) const override;

  // Tokenizes a standalone string (a dictionary name such as "U.S. State
  // Department") with the same rules as Run(), appending to *tokens with
  // spans relative to `text`. Token::lower views point into `text` or
  // *arena, so both must outlive the tokens. No sentence or paragraph flags.
  void Tokenize(std::string_view text, std::vector<Token>* tokens, Arena* arena) const;

  size_t num_abbreviations() const { return abbreviations_.size(); }

 private:
  // Flags of a listed abbreviation.
  enum : uint8_t { kListed = 1, kCanEnd = 2, kBeforeNumber = 4 };

  // Open-addressing set of XXH3-64 hashes with a byte of flags each; the
  // tables are small and probed only for words followed by a period or for
  // the word after a sentence-ending abbreviation.
  class HashFlags {
   public:
    void Insert(uint64_t hash, uint8_t flags);
    uint8_t Find(uint64_t hash) const;  // 0 if absent
    size_t size() const { return size_; }

   private:
    struct Slot {
      uint64_t hash = 0;
      uint8_t flags = 0;
    };
    std::vector<Slot> slots_;
    size_t size_ = 0;
  };

  struct QuoteState {
    bool in_double = false;
    bool in_single = false;
  };

  // Parses an abbreviation file. Returns false and sets *error (prefixed by
  // `origin`) on the first bad line when `error` is non-null; otherwise skips
  // bad lines.
  bool Parse(std::string_view text, std::string_view origin, std::string* error);

  // Appends the tokens of text[begin, end) (no paragraph break inside) and,
  // when `breaks` is not null, the index of each token a sentence may end
  // after (SplitSentences' candidates: an abbreviation, or a terminator
  // . ! ? ... …), in order.
  void Scan(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* tokens, Arena* arena,
            QuoteState* quotes, std::vector<uint32_t>* breaks) const;
  // Scan's general path: the token at text[i] (not whitespace) that Scan's
  // loop did not take (letter words and one-byte punctuation), appended by
  // the rarer fast paths (all-capital words, digits-only numbers) or else
  // the full word, URL, handle and punctuation rules; returns where the
  // next token starts. `first_token` is the paragraph's first token index
  // in *tokens.
  [[gnu::noinline]] uint32_t ScanGeneral(std::string_view text, uint32_t i, uint32_t begin, uint32_t end,
                                         size_t first_token, std::vector<Token>* tokens, Arena* arena,
                                         QuoteState* quotes, std::vector<uint32_t>* breaks) const;
  // Appends a one-byte ASCII punctuation token at text[i].
  void AppendByteToken(std::vector<Token>* tokens, std::string_view text, uint32_t i, uint16_t flags) const;
  // Whether Scan's letter word s[i, j) before the period s[j] (j < end) is a
  // token without it, as the general path would find.
  bool PeriodEndsWord(const uint8_t* s, uint32_t i, uint32_t j, uint32_t end) const;
  // Abbreviation flags of a token ending in '.', as far as sentence ends care.
  uint8_t AbbreviationFlags(std::string_view surface) const;
  // Splits tokens[begin, end) of one paragraph into doc.sentences, looking
  // only at the candidates [breaks, breaks_end) Scan listed for them.
  void SplitSentences(Doc& doc, uint32_t begin, uint32_t end, uint32_t paragraph, const uint32_t* breaks,
                      const uint32_t* breaks_end) const;

  // TokenHash of each one-byte ASCII string: Scan's punctuation tokens
  // take their hash from here instead of hashing a byte each time.
  uint64_t byte_hash_[128];
  // TokenHash of each word of one or two 'a'..'z' (ShortWordIndex in
  // segment.cc): Scan's letter words of that length take it from here.
  uint64_t short_hash_[26 + 26 * 26];
  // TokenHash("'s") and the clitic's kTimeCue bit (TimeCue of "s"): the
  // possessive "'s" token of Scan's letter fast path.
  uint64_t apostrophe_s_hash_ = 0;
  uint16_t apostrophe_s_cue_ = 0;
  HashFlags abbreviations_;
  // A 4,096-bit filter over the listed abbreviations' shapes
  // (AbbreviationKey of the first byte, the byte before the period and the
  // length), set by Parse: PeriodEndsWord probes `abbreviations_` only for
  // a word whose bit is set (~5% of them with ~200 abbreviations).
  static uint32_t AbbreviationKey(uint8_t first, uint8_t last, size_t size) {
    return ((first * 31u + last) * 16u + static_cast<uint32_t>(size & 15)) & 4095u;
  }
  uint64_t abbreviation_bits_[64] = {};
  HashFlags sentence_openers_;  // lower-case hashes of "the", "he", "but", ...

  // What the time finder needs of a word token of ASCII letters and digits
  // whose lower_hash is `hash`, ended by a finder separator (one finder
  // word, Token::finder kFinderWordAt0): its kTimeCue bit (a time trigger
  // word's hash, TimeTriggerWords) and its Token::finder, kFinderWordAt0
  // plus kFinderNoLex when no word of the finder's lexicon
  // (TimeLexiconWords) has its hash, so the finder skips its lookup.
  //
  // One byte per slot (hash & 0x7FFF; 32 KB), already the token's finder
  // byte: kFinderWordAt0, plus kFinderNoLex when no lexicon word has that
  // slot (~300 words, ~1% of the slots), plus kTriggerSlot when some
  // trigger word has it. So most words take both answers from one load
  // indexed by the hash every token already has, and one mask. A set
  // kTriggerSlot is confirmed in the exact set, so a common word merely
  // sharing a trigger's slot does not send every sentence it is in to the
  // finder. kFinderNoLex needs no confirming: a word equal to a lexicon
  // word has its hash, so its slot lacks the bit; the bit thus proves the
  // word is none of them (its absence proves nothing, and the finder looks
  // the word up as before). (A 2-bit table of 16 KB, two bits by shifts,
  // cost ~8 more instructions a word: see docs/performance.md, h-lexbits.)
  // Forced inline: Scan, its main caller, is past GCC's growth limits.
  struct TimeWordFacts {
    uint16_t cue;    // kTimeCue or 0
    uint8_t finder;  // Token::finder
  };
  static constexpr uint8_t kTriggerSlot = 2;  // no Token::finder bit (masked off)
  static constexpr uint32_t kTimeWordSlots = 1u << 15;
  static_assert((kTriggerSlot & (kFinderWordAt0 | kFinderNoLex)) == 0, "TimeWord masks kTriggerSlot off");
  [[gnu::always_inline]] TimeWordFacts TimeWord(uint64_t hash) const {
    const uint8_t v = time_word_[hash & (kTimeWordSlots - 1)];
    const auto finder = static_cast<uint8_t>(v & (kFinderWordAt0 | kFinderNoLex));
    if (!(v & kTriggerSlot)) return {0, finder};
    return {time_triggers_.Find(hash) != 0 ? static_cast<uint16_t>(kTimeCue) : uint16_t{0}, finder};
  }
  // kTimeCue alone, for words that are no kFinderWordAt0 token (a clitic's
  // letters).
  [[gnu::always_inline]] uint16_t TimeCue(uint64_t hash) const { return TimeWord(hash).cue; }
  uint8_t time_word_[kTimeWordSlots] = {};
  HashFlags time_triggers_;  // TokenHash of each trigger word, flag 1
  // TimeCue for a split-off clitic text[b, e) (s = text's bytes, `end` the
  // paragraph's end).
  uint16_t CliticTimeCue(const uint8_t* s, uint32_t b, uint32_t e, uint32_t end) const;
  // Token::finder for the same clitic.
  static uint8_t CliticFinder(const uint8_t* s, uint32_t b, uint32_t e, uint32_t end);
};

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENT_H_
