#include "actors/surnames.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

namespace dyad {

namespace {

// A word written as a name: capitalised (not an acronym, not the capitals
// of a whole line), no punctuation or number, two letters at least.
bool NameWord(const Token& t) {
  return t.has(kCapitalized) && !t.has(kAllCaps) && !t.has(kPunct) && !t.has(kNumber) && t.lower.size() >= 2;
}

// A name to the tagger: a proper noun, or untagged (tests).
bool ProperNoun(const Token& t) { return t.tag == Tag::kNone || IsProperNoun(t.tag); }

// A surname may be read as a noun: opening a sentence, Spanish tags a word
// Hunspell knows by its lexicon ("Salcedo", "Castillo", "Paz" are nouns
// there). Read as an adjective, a verb or anything else ("Blanco dijo"
// may be, but "Nuevo", "Tras", "Cierto" open sentences), it is left alone.
bool NounOrName(const Token& t) { return t.tag == Tag::kNone || IsNoun(t.tag); }

// Courtesy titles written before a surname ("Mr. Pérez", "el señor Pérez",
// "doña Ana"): they say a person follows, and name no role.
bool Courtesy(uint64_t h) {
  static const uint64_t kWords[] = {TokenHash("mr"),    TokenHash("mr."),   TokenHash("mrs"),   TokenHash("mrs."),
                                    TokenHash("ms"),    TokenHash("ms."),   TokenHash("dr"),    TokenHash("dr."),
                                    TokenHash("señor"), TokenHash("señora"), TokenHash("sr"),   TokenHash("sr."),
                                    TokenHash("sra"),   TokenHash("sra."),  TokenHash("don"),   TokenHash("doña")};
  return std::find(std::begin(kWords), std::end(kWords), h) != std::end(kWords);
}

// An article before a capitalised word makes it no surname: "la Paz",
// "el Salvador", "the Rice Council" (Spanish and English put none before
// a person's surname in news).
bool IsArticle(const Token& t) {
  static const uint64_t kWords[] = {TokenHash("the"), TokenHash("a"),   TokenHash("an"),  TokenHash("el"),
                                    TokenHash("la"),  TokenHash("los"), TokenHash("las"), TokenHash("un"),
                                    TokenHash("una"), TokenHash("lo")};
  return t.tag == Tag::DET || std::find(std::begin(kWords), std::end(kWords), t.lower_hash) != std::end(kWords);
}

}  // namespace

void SurnameMemory::Learn(const Doc& doc, uint32_t sentence, size_t from, bool es, const CoverTest& covered) {
  const auto& toks = doc.tokens;
  for (size_t k = from; k < doc.actors.size(); ++k) {
    const ActorMention& m = doc.actors[k];
    if (!m.is_person || m.how == ActorResolution::kPronoun || m.how == ActorResolution::kSurname || m.also_code ||
        m.code.size() < 3)
      continue;
    // The name: the capitalised words that end the mention, short of a
    // title or rank before them ("U.S. Ambassador Mike Waltz", "el general
    // Juan Pérez").
    const uint32_t e = m.tokens.end;
    uint32_t b = e;
    while (b > m.tokens.begin && NameWord(toks[b - 1]) && !m.title.contains(b - 1) &&
           covered(b - 1) != Covered::kTitle)
      --b;
    // One word is no full name; more than five is a line in title case.
    if (e - b < 2 || e - b > 5) continue;
    // After an article or a preposition inside the mention the words name
    // a body ("a spokesman for the Chinese National Federation"), no person.
    if (b > m.tokens.begin && (toks[b - 1].tag == Tag::DET || toks[b - 1].tag == Tag::IN)) continue;
    learned_in_ = sentence;
    Known x;
    x.mention = static_cast<uint32_t>(k);
    x.sentence = sentence;
    // A dictionary person is its entry; a person named after a title or
    // rank is told apart by the given name.
    if (!m.is_agent && m.entry_from.file) x.file = m.entry_from.file, x.line = m.entry_from.line;
    x.first = toks[b].lower_hash;
    auto add = [&](uint32_t at) {
      x.surname = toks[at].lower_hash;
      x.before = toks[at - 1].lower_hash;
      x.after = at + 1 < e ? toks[at + 1].lower_hash : 0;
      bool seen = false;
      for (Known& o : known_) {
        if (o.surname != x.surname) continue;
        if (o.file == x.file && o.line == x.line && o.first == x.first) {
          // The same person named in full again: the newer mention is
          // the one to point back to.
          o.mention = x.mention, o.sentence = x.sentence;
          seen = true;
        } else {
          o.ambiguous = x.ambiguous = true;
        }
      }
      if (x.ambiguous)
        for (Known& o : known_)
          if (o.surname == x.surname) o.ambiguous = true;
      if (seen) return;
      // Whether another person of the article has the surname is asked
      // when a bare surname needs it (OtherPersonNamed).
      surname_bits_ |= uint64_t{1} << (x.surname >> 58);
      known_.push_back(x);
    };
    add(e - 1);
    // Spanish double surnames: "Juan Pérez Gómez" is "Pérez" after.
    if (es && e - b >= 3) add(e - 2);
  }
}

bool SurnameMemory::OtherPersonNamed(const Doc& doc, const Known& x, const CoverTest& covered) {
  // Another person of the article with this surname, named but no actor
  // ("su esposa, Ana Pérez"): a given name before the surname that is not
  // this person's, anywhere in the article. A title ("President", "el
  // general") or an entry there is no given name.
  // One pass over the article for this surname, no list of its capitals:
  // asked about once per article with a bare surname (596 times on
  // te3silver, in 469 articles), a list built for it cost more than the
  // pass (the hash compare turns away nearly every token first). The
  // tokens' pointer and count are locals: through `toks` the loop
  // reloaded both at every token, as `covered` might change them.
  const auto& toks = doc.tokens;
  const Token* const tk = toks.data();
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t t = 1; t < n; ++t) {
    if (tk[t].lower_hash != x.surname || !tk[t].has(kCapitalized) || tk[t].has(kSentenceStart)) continue;
    if (const Covered c = covered(t); c != Covered::kNo && c != Covered::kLowerName) continue;
    const Token& p = toks[t - 1];
    if (!NameWord(p) || !ProperNoun(p) || p.lower_hash == x.before || Courtesy(p.lower_hash)) continue;
    if (covered(t - 1) != Covered::kNo) continue;
    return true;
  }
  return false;
}

bool SurnameMemory::Resolve(Doc& doc, uint32_t sentence, size_t from, const CoverTest& covered,
                            const EntryTest& is_entry, bool same_sentence) {
  if (known_.empty()) return false;
  const Sentence& sent = doc.sentences[sentence];
  const auto& toks = doc.tokens;
  const size_t made = doc.actors.size();  // this sentence's mentions: [from, made)
  const uint64_t surname_bits = surname_bits_;  // a local: the loop writes doc, which might alias it
  // The tokens' array and the sentence's end as locals, for the walk below:
  // only doc.actors grows here, never doc.tokens, so the pointer stays
  // valid; through `toks` GCC reloaded the array's address at every token
  // (a push into doc.actors might, for all it knows, have moved it).
  const Token* const tk = toks.data();
  const Token* const sent_end = tk + sent.tokens.end;
  for (uint32_t t = sent.tokens.begin; t < sent.tokens.end; ++t) {
    // The tokens without a learned surname's bit (~96% of those walked on
    // te3silver) are passed over by a tight pointer walk of their own: the
    // same tokens the bit test's `continue` passed over, ~7 instructions
    // each instead of ~13.
    const Token* at = tk + t;
    while (at != sent_end && !(surname_bits >> (at->lower_hash >> 58) & 1)) ++at;
    if (at == sent_end) break;
    t = static_cast<uint32_t>(at - tk);
    const Token& w = *at;
    if (!NameWord(w)) continue;
    Known* x = nullptr;
    for (Known& o : known_)
      if (o.surname == w.lower_hash && (same_sentence ? o.sentence == sentence : o.sentence < sentence)) x = &o;
    if (!x || x->ambiguous) continue;
    // In the full name's own sentence, only after it ("President Daniel
    // arap Moi met ... and Moi said"); a surname before the full name is
    // no surname a reader has met yet.
    if (same_sentence && t < doc.actors[x->mention].tokens.end) continue;
    const Covered c = covered(t);
    // A demonym's word ("Alemán") is read by the lexicon as the adjective
    // it is in lower case; its case says it is a name here.
    const bool lower = c == Covered::kLowerName;
    if (!NounOrName(w) && !(lower && IsAdjective(w.tag))) continue;
    // kLowerName says every one-word name of the word is written in lower
    // case, which is all is_entry would find.
    if ((c != Covered::kNo && !lower) || (!lower && is_entry(t))) continue;
    bool inside = false;
    size_t own = SIZE_MAX;  // a kLowerName word's own mention ("Alemán" as Germany), replaced
    for (size_t k = from; k < made && !inside; ++k) {
      const ActorMention& a = doc.actors[k];
      if (!a.tokens.contains(t)) continue;
      if (lower && own == SIZE_MAX && a.tokens.begin == t && a.tokens.end == t + 1 && !a.is_person && !a.is_agent)
        own = k;
      else
        inside = true;
    }
    if (inside) continue;
    uint32_t b = t, e = t + 1;
    // Another name right after it ("Pérez Ruiz") is someone else, unless it
    // is this person's second surname.
    if (e < sent.tokens.end && NameWord(toks[e]) && ProperNoun(toks[e])) {
      if (x->after == 0 || toks[e].lower_hash != x->after) continue;
      ++e;
    }
    size_t title = SIZE_MAX;  // a title or rank mention right before the surname
    if (t > sent.tokens.begin) {
      const Token& p = toks[t - 1];
      if (IsArticle(p)) continue;
      if (Courtesy(p.lower_hash)) {
        b = t - 1;
      } else if (covered(t - 1) == Covered::kTitle) {
        for (size_t k = from; k < made; ++k) {
          const ActorMention& a = doc.actors[k];
          if (a.tokens.end == t && a.is_agent && !a.is_person) title = k;
        }
      } else if (NameWord(p) && ProperNoun(p) && !p.has(kSentenceStart)) {
        // The full name again, as no actor: the same person. Any other
        // given name is another person.
        if (p.lower_hash != x->before || covered(t - 1) != Covered::kNo) continue;
        b = t - 1;
      }
    }
    // The title's mention and the word's own cannot both become the person.
    if (title != SIZE_MAX && own != SIZE_MAX) continue;
    // Last, as the dearest test: asked once per person (x is the only
    // person learned with this surname: two are ambiguous already).
    if (!x->others_checked) {
      x->others_checked = true;
      x->ambiguous = OtherPersonNamed(doc, *x, covered);
      if (x->ambiguous) continue;
    }
    const ActorMention& full = doc.actors[x->mention];
    ActorMention m;
    m.sentence = sentence;
    m.tokens = {title == SIZE_MAX ? b : doc.actors[title].tokens.begin, e};
    m.code = full.code;
    m.CopyEntry(full);
    m.entry_rest += " (surname; named in full in sentence " + std::to_string(x->sentence) + ")";
    m.how = ActorResolution::kSurname;
    m.antecedent = x->mention;
    m.is_person = true;
    m.is_agent = full.is_agent;
    if (title != SIZE_MAX)
      doc.actors[title] = std::move(m);
    else if (own != SIZE_MAX)
      doc.actors[own] = std::move(m);
    else
      doc.actors.push_back(std::move(m));
    t = e - 1;
  }
  return doc.actors.size() != made;
}

}  // namespace dyad
