// Test-only: a crude tokenizer that fills Doc::tokens and one sentence per
// line, so unit tests of later stages need not depend on the real segmenter.
// Splits on spaces and around punctuation, keeps "'s" and dotted
// abbreviations ("U.S.") whole, sets case and punctuation flags.
#ifndef DYAD_TESTING_SIMPLE_TOKENS_H_
#define DYAD_TESTING_SIMPLE_TOKENS_H_

#include <cctype>
#include <string>
#include <string_view>

#include "model/doc.h"

namespace dyad::testing {

inline void AddToken(Doc* doc, uint32_t b, uint32_t e) {
  Token t;
  t.span = {b, e};
  std::string_view s = doc->text(t.span);
  std::string low;
  int letters = 0, upper = 0;
  bool punct = true;
  for (char c : s) {
    low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
      if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) punct = false;
  }
  t.lower = doc->arena.Copy(low);
  t.lower_hash = TokenHash(t.lower);
  t.lemma = t.lower;
  t.lemma_hash = t.lower_hash;
  if (!s.empty() && std::isupper(static_cast<unsigned char>(s[0]))) t.flags |= kCapitalized;
  if (letters >= 2 && upper == letters) t.flags |= kAllCaps;
  if (punct) t.flags |= kPunct;
  if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) t.flags |= kNumber;
  doc->tokens.push_back(t);
}

// One sentence per line of `text`.
inline void SimpleTokenize(std::string_view text, Doc* doc) {
  doc->article.text = std::string(text);
  const std::string& s = doc->article.text;
  uint32_t i = 0, n = static_cast<uint32_t>(s.size());
  uint32_t sent_begin_tok = 0, sent_begin_byte = 0;
  auto end_sentence = [&](uint32_t byte_end) {
    if (doc->tokens.size() > sent_begin_tok) {
      Sentence se;
      se.span = {sent_begin_byte, byte_end};
      se.tokens = {sent_begin_tok, static_cast<uint32_t>(doc->tokens.size())};
      doc->tokens[sent_begin_tok].flags |= kSentenceStart;
      doc->sentences.push_back(se);
    }
    sent_begin_tok = static_cast<uint32_t>(doc->tokens.size());
  };
  while (i < n) {
    char c = s[i];
    if (c == '\n') {
      end_sentence(i);
      sent_begin_byte = ++i;
      continue;
    }
    if (c == ' ') { ++i; continue; }
    uint32_t b = i;
    if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 >= n || !std::isalnum(static_cast<unsigned char>(s[i + 2])))) {
      AddToken(doc, b, i + 2);
      i += 2;
      continue;
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 || c == '@' || c == '~') {
      while (i < n && (std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80 ||
                       s[i] == '-' || s[i] == '@' || s[i] == '_' || s[i] == '~' ||
                       (s[i] == '.' && i + 1 < n && std::isalpha(static_cast<unsigned char>(s[i + 1])) &&
                        i + 2 < n && s[i + 2] == '.')))
        ++i;
      // Dotted abbreviation: "U.S." keeps its final period.
      if (i < n && s[i] == '.' && i - b >= 2 && s[i - 2] == '.') ++i;
      else if (i < n && s[i] == '.' && i - b == 1 && std::isupper(static_cast<unsigned char>(s[b]))) ++i;
      AddToken(doc, b, i);
      continue;
    }
    AddToken(doc, b, i + 1);
    ++i;
  }
  end_sentence(n);
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_SIMPLE_TOKENS_H_
