// Text normalisation: the first pipeline stage. Every later stage, and the
// content hash the store deduplicates by, sees text in one canonical form, so
// the same article fetched twice (CRLF vs LF, NBSP vs space, composed vs
// decomposed accents) codes and hashes identically.
//
// What changes:
//   - Unicode NFC (ICU), so "Bogota" + U+0301 and "Bogotá" are the same bytes.
//   - Unicode spaces (NBSP, thin, ideographic, ...) and tabs become ' '; runs
//     of one or two spaces become one; spaces at the start and end of lines
//     go (after telling whether the line was indented, below).
//   - Soft hyphen, zero-width space/joiners, word joiner and BOM are removed;
//     U+2010/U+2011 (hyphen, non-breaking hyphen) become '-'.
//   - "\r\n" and "\r" become "\n"; U+2028 is a line break, U+2029 a paragraph
//     break.
//   - Paragraphs are separated by exactly one blank line ("\n\n").
// What is kept: quote characters (“ ” „ « » ' " ...) and dashes (– — −),
// because attribution and the segmenter read them.
//
// A single line break inside a block is ambiguous: hard-wrapped text breaks
// lines mid-sentence, while some feeds put one paragraph per line. It becomes
// a paragraph break when
//   (a) the line before ends a sentence (. ! ? : … possibly followed by a
//       closing quote or bracket) and the next line starts like a sentence
//       (upper-case letter, digit, opening quote or bracket, ¿ ¡), or
//   (b) it ends the first line of the text, that line has no final
//       punctuation and the next line starts with an upper-case letter (a
//       headline above the body), or
//   (c) the next line starts with a bullet (• * - – —), or
//   (d) the next line is indented (wire paragraphs, as in AFP's Spanish
//       service: "TITULAR\n   La policía ..."), or
//   (e) the line before has no final punctuation, the next line starts with
//       an upper-case letter, and the line before is short (< 60 bytes: a
//       headline, byline or section title) or one of the two lines is too
//       long (> 100 bytes) to come from hard wrapping at 60-90 columns.
// Otherwise it becomes a space. A hard-wrapped line that happens to end a
// sentence therefore starts a new paragraph; that only splits a paragraph,
// it never joins two. Three or more spaces inside a line followed by what
// can start a sentence are layout (a digest whose line breaks were lost, a
// table) and become a paragraph break.
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "pipeline/component.h"

namespace dyad {

// Normalises `text` in place as described above. Text that is already
// normal ASCII is left untouched without copying.
void NormalizeText(std::string* text);

// XXH3-128 of `text` as 32 lowercase hex digits (big-endian, the canonical
// xxHash form).
std::string ContentHash(std::string_view text);

class Normalizer : public Component {
 public:
  std::string_view name() const override { return "normalize"; }
  // Normalises article.text and article.title (a title is one line: its line
  // breaks become spaces). article.content_hash is not set here: whoever
  // stores the article computes ContentHash of the normalised text
  // (CodeArticle, for the store).
  void Run(Doc& doc) const override;
};

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZE_H_
