#ifndef DYAD_MODEL_ASCII_H_
#define DYAD_MODEL_ASCII_H_

// ASCII helpers for reading our dictionary files: case folding for keys and
// keywords, blanks trimmed, words split. Dictionary
// files spell their keys in ASCII ("TABARI", "---", codes, option names);
// Unicode text goes through ICU in text/normalize.h instead.

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

inline std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return r;
}

// A dictionary line without its blanks (space, tab, CR) at either end.
inline std::string_view TrimBlanks(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// The words of a dictionary line, split at runs of spaces and tabs, into
// *out (cleared first; a loader reuses one vector for all its lines).
inline void BlankSeparatedWords(std::string_view s, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out->push_back(s.substr(b, i - b));
  }
}

inline std::vector<std::string_view> BlankSeparatedWords(std::string_view s) {
  std::vector<std::string_view> out;
  BlankSeparatedWords(s, &out);
  return out;
}

}  // namespace dyad

#endif  // DYAD_MODEL_ASCII_H_
