// Test-only: builds a Doc from hand-tagged text, one sentence per line:
//   "Petro/NNP accused/VBD/accuse the/DET US/NNP of/IN meddling/VBG/meddle"
// Each token is word/TAG or word/TAG/lemma (lemma defaults to the lower-case
// word). Lets clause and event tests pin behaviour without depending on the
// tagger's choices.
#ifndef DYAD_TESTING_TAGGED_TOKENS_H_
#define DYAD_TESTING_TAGGED_TOKENS_H_

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "model/doc.h"

namespace dyad::testing {

inline void TaggedTokenize(std::string_view input, Doc* doc) {
  struct Tok { std::string word, tag, lemma; };
  std::vector<std::vector<Tok>> sentences(1);
  size_t i = 0;
  while (i < input.size()) {
    if (input[i] == '\n') { sentences.emplace_back(); ++i; continue; }
    if (input[i] == ' ') { ++i; continue; }
    size_t j = i;
    while (j < input.size() && input[j] != ' ' && input[j] != '\n') ++j;
    std::string item(input.substr(i, j - i));
    i = j;
    size_t s1 = item.rfind('/');
    // word/TAG/lemma: the tag is the middle field.
    size_t s0 = s1 == std::string::npos ? std::string::npos : item.rfind('/', s1 - 1);
    Tok t;
    if (s0 != std::string::npos && s0 > 0 && std::isupper(static_cast<unsigned char>(item[s0 + 1]))) {
      t.word = item.substr(0, s0);
      t.tag = item.substr(s0 + 1, s1 - s0 - 1);
      t.lemma = item.substr(s1 + 1);
    } else {
      t.word = item.substr(0, s1);
      t.tag = item.substr(s1 + 1);
    }
    sentences.back().push_back(t);
  }
  std::string text;
  struct Pending { uint32_t b, e; std::string tag, lemma; };
  std::vector<std::vector<Pending>> spans;
  for (auto& s : sentences) {
    if (s.empty()) continue;
    spans.emplace_back();
    for (auto& t : s) {
      if (!text.empty() && text.back() != '\n') text += ' ';
      uint32_t b = static_cast<uint32_t>(text.size());
      text += t.word;
      spans.back().push_back({b, static_cast<uint32_t>(text.size()), t.tag, t.lemma});
    }
    text += '\n';
  }
  doc->article.text = text;
  for (auto& s : spans) {
    Sentence se;
    se.tokens.begin = static_cast<uint32_t>(doc->tokens.size());
    se.span = {s.front().b, s.back().e};
    for (auto& p : s) {
      Token t;
      t.span = {p.b, p.e};
      std::string_view w = doc->text(t.span);
      std::string low;
      int letters = 0, upper = 0;
      for (char ch : w) {
        low += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (std::isalpha(static_cast<unsigned char>(ch))) { ++letters; if (std::isupper(static_cast<unsigned char>(ch))) ++upper; }
      }
      t.lower = doc->arena.Copy(low);
      t.lower_hash = TokenHash(t.lower);
      t.lemma = p.lemma.empty() ? t.lower : doc->arena.Copy(p.lemma);
      t.lemma_hash = TokenHash(t.lemma);
      std::string tag = p.tag;
      for (auto& ch : tag) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (tag == "dt") tag = "det";
      if (tag == "prp$") tag = "prps";
      t.tag = TagFromName(tag);
      if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) t.flags |= kCapitalized;
      if (letters >= 2 && upper == letters) t.flags |= kAllCaps;
      if (letters == 0 && !std::isdigit(static_cast<unsigned char>(w[0]))) t.flags |= kPunct;
      if (w == "\"" || w == "\xE2\x80\x9C") t.flags |= kOpenQuote;
      if (w == "\xE2\x80\x9D") t.flags |= kCloseQuote;
      doc->tokens.push_back(t);
    }
    se.tokens.end = static_cast<uint32_t>(doc->tokens.size());
    doc->sentences.push_back(se);
  }
  // Quote spans: tokens between an opening and a closing mark.
  bool in = false;
  for (auto& t : doc->tokens) {
    if (t.has(kOpenQuote)) { in = true; continue; }
    if (t.has(kCloseQuote)) { in = false; continue; }
    if (in) t.flags |= kInQuote;
  }
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_TAGGED_TOKENS_H_
