// Language tags as inputs write them ("es-CO", "en_US", "ES") reduced to the
// primary subtag the pipeline selects languages by ("es", "en").
#ifndef DYAD_INGEST_LANG_TAG_H_
#define DYAD_INGEST_LANG_TAG_H_

#include <string>
#include <string_view>

namespace dyad {

// Lower-case primary subtag of 2 or 3 letters; "" when `tag` is not a language tag.
inline std::string PrimaryLanguage(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t' || tag.front() == '\n')) tag.remove_prefix(1);
  std::string r;
  for (char c : tag) {
    if (c == '-' || c == '_' || c == ' ') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return {};
    r.push_back(c);
  }
  return r.size() == 2 || r.size() == 3 ? r : std::string();
}

}  // namespace dyad

#endif  // DYAD_INGEST_LANG_TAG_H_
