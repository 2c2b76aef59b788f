#include "events/code_ontology.h"

#include <cctype>

#include "model/ascii.h"
#include "model/lines.h"

namespace dyad {

namespace {

// "-0xFFFF+0x2040+0x300": signed hexadecimal terms (the "0x" optional),
// summed. False if the text is anything else.
bool ParseValue(std::string_view s, int64_t* out) {
  int64_t sum = 0;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    int64_t sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    } else if (!first) {
      return false;  // two numbers with no operator between
    }
    if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    int64_t v = 0;
    size_t digits = 0;
    for (; i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i])); ++i, ++digits) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
      v = v * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
      if (v > (int64_t{1} << 40)) return false;
    }
    if (digits == 0) return false;
    sum += sign * v;
    first = false;
  }
  if (first) return false;
  *out = sum;
  return true;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

void CodeOntology::Set(std::string code, int64_t value) {
  code_of_.emplace(value, code);  // keeps the first code with this value
  value_[std::move(code)] = value;
}

void CodeOntology::LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems) {
  ForEachLine(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = raw.substr(0, raw.find('#'));
    body = TrimBlanks(body);
    if (body.empty()) return;
    size_t colon = body.find(':');
    int64_t v = 0;
    std::string_view code = colon == std::string_view::npos ? body : TrimBlanks(body.substr(0, colon));
    if (colon == std::string_view::npos || code.empty() || !ParseValue(TrimBlanks(body.substr(colon + 1)), &v)) {
      problems->push_back({display, lineno, "not a 'CODE:VALUE' line of a coding ontology; skipped", true});
      return;
    }
    Set(std::string(code), v);
  });
}

std::string CodeOntology::Negation(std::string_view code) const {
  // UD-PETRARCH negates codes up to 200 only; "0874" is 874 there.
  if (!AllDigits(code) || code.size() > 4 || std::stoi(std::string(code)) > 200) return {};
  auto it = value_.find(std::string(code));
  if (it == value_.end() && code.size() >= 2) it = value_.find(std::string(code.substr(0, 2)) + "0");
  if (it == value_.end()) return {};
  auto back = code_of_.find(it->second - 0xFFFF);
  return back == code_of_.end() ? std::string() : back->second;
}

}  // namespace dyad
