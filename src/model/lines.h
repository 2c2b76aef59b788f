// Line iteration for the text data formats (dictionaries, codebooks): every
// reader reports problems as file:line, so all of them number lines the same
// way (1-based, '\n' separated, a final line without '\n' included).
#ifndef DYAD_MODEL_LINES_H_
#define DYAD_MODEL_LINES_H_

#include <cstdint>
#include <string_view>

namespace dyad {

// Calls f(line_number, line) for each line of text, stopping when f
// returns false.
template <typename F>
void ForEachLineUntil(std::string_view text, F&& f) {
  uint32_t lineno = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++lineno;
    if (!f(lineno, text.substr(pos, nl - pos))) return;
    pos = nl + 1;
  }
}

// Calls f(line_number, line) for every line of text.
template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  ForEachLineUntil(text, [&](uint32_t n, std::string_view line) {
    f(n, line);
    return true;
  });
}

}  // namespace dyad

#endif  // DYAD_MODEL_LINES_H_
