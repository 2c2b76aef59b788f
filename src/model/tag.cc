#include "model/tag.h"

#include <array>

namespace dyad {

namespace {
constexpr std::array<std::string_view, kNumTags> kNames = {
    "",    "cc",  "cd",  "det", "ex",  "fw",  "in",   "jj",  "jjr", "jjs",  "lrb", "ls",  "md",  "nn",  "nnp",
    "nnps", "nns", "pdt", "pos", "pp",  "ppc", "ppd",  "ppl", "ppr", "pps",  "prp", "prps", "rb",  "rbr", "rbs",
    "rp",  "rrb", "sym", "to",  "uh",  "vb",  "vbd",  "vbg", "vbn", "vbp",  "vbz", "wdt", "wp",  "wps", "wrb"};
}  // namespace

std::string_view TagName(Tag t) {
  auto i = static_cast<size_t>(t);
  return i < kNames.size() ? kNames[i] : std::string_view{};
}

Tag TagFromName(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Tag>(i);
  return Tag::kNone;
}

}  // namespace dyad
