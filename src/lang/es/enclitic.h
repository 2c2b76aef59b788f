// Spanish enclitic pronouns: an infinitive, gerund or imperative carries
// its object pronouns written onto it ("exigiéndole" = exigiendo + le,
// "reunirse", "dárselo"). Header-only, so the event coder can ask about a
// verb's attached object without linking the Hunspell tagger.
#ifndef DYAD_LANG_ES_ENCLITIC_H_
#define DYAD_LANG_ES_ENCLITIC_H_

#include <string>
#include <string_view>

namespace dyad::es {

// `w` with its acute accents removed ("exigiéndo" -> "exigiendo"): the
// accent an enclitic adds to keep the stress is not part of the verb form.
inline std::string WithoutAcute(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    if (static_cast<unsigned char>(w[i]) == 0xC3 && i + 1 < w.size()) {
      switch (static_cast<unsigned char>(w[i + 1])) {
        case 0xA1: out += 'a', ++i; continue;
        case 0xA9: out += 'e', ++i; continue;
        case 0xAD: out += 'i', ++i; continue;
        case 0xB3: out += 'o', ++i; continue;
        case 0xBA: out += 'u', ++i; continue;
        default: break;
      }
    }
    out += w[i];
  }
  return out;
}

// Whether `w` (accents removed) ends as an infinitive or a gerund does.
inline bool InfinitiveOrGerundShape(std::string_view w) {
  return w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir") || w.ends_with("ndo");
}

// The pronouns that may be written onto a verb, the longest first so that
// "dárselo" splits as "dar" + "selo". "te" and "os" are left out: news
// rarely addresses a reader, and "parte", "norte", "corte" end so.
inline constexpr std::string_view kEnclitics[] = {"selos", "selas", "selo", "sela", "les", "los", "las",
                                                  "nos",   "le",    "lo",   "la",   "se",  "me"};

// The third-person object pronoun written onto an infinitive or gerund
// ("pidiéndoles" -> "les", "dárselo" -> "lo", "acusarla" -> "la"), or empty:
// none, or only "se", "me", "nos" ("reunirse"), which name no third party.
// Read from the form alone ("Carlos" has the shape too): callers check that
// the tagger read the word as a verb.
inline std::string_view ObjectEnclitic(std::string_view lower) {
  for (std::string_view c : {"les", "los", "las", "le", "lo", "la"}) {
    if (lower.size() <= c.size() + 2 || !lower.ends_with(c)) continue;
    std::string_view rest = lower.substr(0, lower.size() - c.size());
    if (rest.ends_with("se")) rest.remove_suffix(2);  // "dárselo", "pedírselas"
    if (InfinitiveOrGerundShape(WithoutAcute(rest))) return c;
  }
  return {};
}

}  // namespace dyad::es

#endif  // DYAD_LANG_ES_ENCLITIC_H_
