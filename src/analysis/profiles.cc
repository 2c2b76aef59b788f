#include "analysis/profiles.h"

#include <string_view>

namespace dyad {

namespace {

// "actors/people/colombia.txt:53 Gustavo Petro" -> file and canonical name.
void SplitEntry(std::string_view entry, std::string_view* file, std::string_view* name) {
  size_t colon = entry.find(':');
  size_t space = entry.find(' ');
  *file = entry.substr(0, colon == std::string_view::npos ? entry.size() : colon);
  *name = space == std::string_view::npos ? std::string_view() : entry.substr(space + 1);
  // Agents combined with a country read "agent + country": keep the agent's name.
  size_t plus = name->find(" + ");
  if (plus != std::string_view::npos) *name = name->substr(0, plus);
  size_t paren = name->find(" (");
  if (paren != std::string_view::npos) *name = name->substr(0, paren);
}

bool IsWord(const Doc& doc, uint32_t t, std::string_view w) { return doc.tokens[t].lower == w; }

}  // namespace

void ProfileExtractor::Extract(const Doc& doc, std::vector<ProfileFact>* out) const {
  const auto& toks = doc.tokens;
  for (const ActorMention& m : doc.actors) {
    if (m.how == ActorResolution::kPronoun || m.tokens.empty()) continue;
    std::string_view file, canonical;
    const std::string entry = m.EntryText();
    SplitEntry(entry, &file, &canonical);
    bool person = m.is_person;
    bool org = !person && !m.is_agent &&
               (file.find("agencies") != std::string_view::npos || file.find("igo") != std::string_view::npos ||
                file.find("groups") != std::string_view::npos);
    if (!person && !org) continue;
    const Sentence& sent = doc.sentences[m.sentence];
    ProfileFact base;
    base.article = doc.article.id;
    base.sentence_index = m.sentence;
    base.actor = m.code;
    base.kind = person ? "person" : "organization";
    base.date = sent.date.valid() ? sent.date.str() : "";

    // Title words at the front of the mention are the office; the rest is
    // the name. A dictionary person keeps its canonical name.
    uint32_t name_begin = m.tokens.begin;
    if (person) {
      while (name_begin + 1 < m.tokens.end &&
             (title_words_.count(std::string(toks[name_begin].lower)) || toks[name_begin].lower == "'s"))
        ++name_begin;
    }
    std::string surface(doc.text(TokenRange{name_begin, m.tokens.end}));
    base.name = person && m.is_agent ? surface : (canonical.empty() ? surface : std::string(canonical));

    ProfileFact f = base;
    f.attribute = "mention";
    f.value = std::string(doc.text(m.tokens));
    out->push_back(f);
    if (name_begin > m.tokens.begin) {
      f = base;
      f.attribute = "office";
      f.value = std::string(doc.text(TokenRange{m.tokens.begin, name_begin}));
      out->push_back(f);
    }

    // After the name: ", 65," (age), ", a/the/former ..." (apposition), or
    // "is a ..." (copula), each up to the next comma or the sentence's end.
    uint32_t t = m.tokens.end;
    auto phrase_until_comma = [&](uint32_t from) {
      uint32_t e = from;
      while (e < sent.tokens.end && e < from + 16 && doc.text(toks[e].span) != "," && !toks[e].has(kPunct)) ++e;
      return TokenRange{from, e};
    };
    if (t + 1 < sent.tokens.end && doc.text(toks[t].span) == ",") {
      if (toks[t + 1].has(kNumber) && t + 2 < sent.tokens.end && doc.text(toks[t + 2].span) == ",") {
        f = base;
        f.attribute = "age";
        f.value = std::string(doc.text(toks[t + 1].span));
        out->push_back(f);
        t += 2;  // "Petro, 65, is a ..." goes on to the copula
        if (t + 1 < sent.tokens.end && doc.text(toks[t].span) == ",") {
          if (IsWord(doc, t + 1, "is") || IsWord(doc, t + 1, "was")) t += 1;
        }
      } else if (IsWord(doc, t + 1, "a") || IsWord(doc, t + 1, "an") || IsWord(doc, t + 1, "the") ||
                 IsWord(doc, t + 1, "former") || IsWord(doc, t + 1, "who")) {
        TokenRange r = phrase_until_comma(t + 1);
        if (r.size() >= 2) {
          f = base;
          f.attribute = "description";
          f.value = std::string(doc.text(r));
          out->push_back(f);
        }
        continue;
      }
    }
    if (t + 2 < sent.tokens.end && (IsWord(doc, t, "is") || IsWord(doc, t, "was")) &&
        (IsWord(doc, t + 1, "a") || IsWord(doc, t + 1, "an") || IsWord(doc, t + 1, "the"))) {
      // The copula's complement runs to the end of its clause.
      uint32_t e = t + 1;
      while (e < sent.tokens.end && e < t + 25 && !toks[e].has(kPunct) && !IsWord(doc, e, "who") &&
             !IsWord(doc, e, "which") && !IsWord(doc, e, "that"))
        ++e;
      f = base;
      f.attribute = "description";
      f.value = std::string(doc.text(TokenRange{t + 1, e}));
      out->push_back(f);
    }
  }
}

}  // namespace dyad
