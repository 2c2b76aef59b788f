#ifndef DYAD_MODEL_ASCII_H_
#define DYAD_MODEL_ASCII_H_

// ASCII case folding for dictionary keys and file keywords. Dictionary
// files spell their keys in ASCII ("TABARI", "---", codes, option names);
// Unicode text goes through ICU in text/normalize.h instead.

#include <string>
#include <string_view>

namespace dyad {

inline std::string AsciiLower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return r;
}

}  // namespace dyad

#endif  // DYAD_MODEL_ASCII_H_
