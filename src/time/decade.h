// Decades named in text: "the 1980s", "los años ochenta", "la década de
// 1980". The time stage finds them (rule "decade", timex.cc) but gives them
// no Date, since a decade dates no sentence; the coder dates a past act told
// in one by its first year (events/event_date.cc). Header-only, so the coder
// reads a decade without linking the time stage.
#ifndef DYAD_TIME_DECADE_H_
#define DYAD_TIME_DECADE_H_

#include <string_view>
#include <utility>

namespace dyad {

// The decade a Spanish tens word names after "los años" or "la década de
// los": "ochenta" -> 1980; 0 for any other word.
inline int DecadeTensEs(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kTens[] = {
      {"veinte", 1920}, {"treinta", 1930}, {"cuarenta", 1940}, {"cincuenta", 1950},
      {"sesenta", 1960}, {"setenta", 1970}, {"ochenta", 1980}, {"noventa", 1990}};
  for (const auto& [t, y] : kTens)
    if (w == t) return y;
  return 0;
}

// The decade of a number word: "1980" and "1980s" (four digits), "80"
// (two: of the 1900s, but "00" and "10" of the 2000s, as "los años 20" is
// the 1920s); 0 when it names none.
inline int DecadeOfDigits(std::string_view w) {
  if (w.size() == 5 && w[4] == 's') w.remove_suffix(1);
  if ((w.size() != 2 && w.size() != 4) || w.back() != '0') return 0;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  if (w.size() == 2) return n <= 10 ? 2000 + n : 1900 + n;
  return n >= 1800 && n <= 2090 ? n : 0;
}

// The first year of a decade expression, from its last word in lower case
// ("1980s", "ochenta", "80", "1980"); 0 when it names no decade.
inline int DecadeStart(std::string_view last_word) {
  if (int y = DecadeTensEs(last_word)) return y;
  return DecadeOfDigits(last_word);
}

}  // namespace dyad

#endif  // DYAD_TIME_DECADE_H_
