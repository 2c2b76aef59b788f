// Tests of a CAMEO code (event or actor) against a literal, inline: the
// coder asks an event's code ~30 such questions ("18..", "193", ...).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad {

// code.starts_with(lit) and code == lit. std::string's starts_with and ==
// with a C string were compiled as calls (strlen, then compare and
// memcmp): ~50,000 calls from EventCoder::Code on te3silver. N is the
// literal's size with its NUL, so the memcmp has a fixed size and is
// compiled as a load and a compare.
template <size_t N>
[[gnu::always_inline]] inline bool CodeStarts(std::string_view code, const char (&lit)[N]) {
  return code.size() >= N - 1 && std::memcmp(code.data(), lit, N - 1) == 0;
}
template <size_t N>
[[gnu::always_inline]] inline bool CodeIs(std::string_view code, const char (&lit)[N]) {
  return code.size() == N - 1 && std::memcmp(code.data(), lit, N - 1) == 0;
}

// A code's first N bytes (N <= 4) as one number, big-endian, a missing
// byte 0. Ordered as `code.compare(0, N, lit)` orders the code against an
// N-byte literal with no NUL byte: compare's bytes are unsigned, as here,
// and a code shorter than N sorts before a literal it begins, as its 0
// byte does. CodeHead<N>("...") of a literal is a constant.
template <size_t N>
constexpr uint32_t CodeHead(std::string_view code) {
  static_assert(N >= 1 && N <= 4);
  uint32_t v = 0;
  for (size_t i = 0; i < N; ++i) v = v << 8 | (i < code.size() ? static_cast<unsigned char>(code[i]) : 0u);
  return v;
}

// Whether an event code is material force: CAMEO roots 18 (assault), 19
// (fight) and 20 (mass violence). compare(0, 2, "18") >= 0 &&
// compare(0, 2, "20") <= 0, without the calls. The coder and the noun
// triggers ask it.
inline bool IsForceCode(std::string_view code) {
  const uint32_t head = CodeHead<2>(code);
  return head >= CodeHead<2>("18") && head <= CodeHead<2>("20");
}

// Whether an event code is coercion (CAMEO 172-175: bans, arrests, charges,
// expulsions, repression; 116: a verdict or sentence; 181: an abduction)
// or material force (IsForceCode): the acts an English reduced relative
// codes ("two tourists arrested in Qatar"; coder.cc, ReducedRelativeAct),
// and PatternHot::kCoercive, by which the coder skips the pattern search
// for a participle whose verb has no such pattern. One function for both,
// so the skip can never disagree with the rule it stands for.
inline bool IsCoercionOrForceCode(std::string_view code) {
  const uint32_t head = CodeHead<3>(code);
  const bool coercion =
      (head >= CodeHead<3>("172") && head <= CodeHead<3>("175")) || CodeStarts(code, "181") || CodeStarts(code, "116");
  return coercion || IsForceCode(code);
}

}  // namespace dyad
