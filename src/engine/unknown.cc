#include "engine/unknown.h"

#include <algorithm>

#include "engine/engine.h"
#include "events/nominal.h"
#include "events/verb_dictionary.h"

namespace dyad {

namespace {

bool IsSpanish(const Doc& doc) { return doc.article.lang == "es"; }

// Verbs that are auxiliaries or copulas far more often than acts: listing
// them would bury the verbs a dictionary could take.
bool IsAuxiliary(std::string_view lemma, bool spanish) {
  if (spanish) return lemma == "ser" || lemma == "estar" || lemma == "haber" || lemma == "tener";
  return lemma == "be" || lemma == "have" || lemma == "do";
}

bool IsArticle(std::string_view w) { return w == "el" || w == "la" || w == "los" || w == "las"; }

// A lower-case noun or adjective (the Spanish tagger does not tell them
// apart: both are NN/NNS) or a participle used as one ("armados").
bool IsLowerNominal(const Token& t) {
  return !t.has(kCapitalized) && (t.tag == Tag::NN || t.tag == Tag::NNS || t.tag == Tag::JJ || t.tag == Tag::VBN);
}

}  // namespace

void UnknownTally::Add(const Doc& doc) {
  const bool spanish = IsSpanish(doc);
  const VerbDictionary& verbs = spanish ? engine_.spanish_verbs() : engine_.verbs();
  std::vector<bool> covered(doc.tokens.size(), false);
  std::vector<bool> sentence_has_actor(doc.sentences.size(), false);
  for (const ActorMention& m : doc.actors) {
    for (uint32_t t = m.tokens.begin; t < m.tokens.end; ++t) covered[t] = true;
    sentence_has_actor[m.sentence] = true;
  }
  for (const TimeExpr& te : doc.times)  // "Tuesday", "March 21" are dates, not names
    for (uint32_t t = te.tokens.begin; t < te.tokens.end && t < covered.size(); ++t) covered[t] = true;
  for (const Clause& c : doc.clauses) {
    if (c.verb.head == kNone32 || c.is_speech || !sentence_has_actor[c.sentence]) continue;
    const Token& v = doc.tokens[c.verb.head];
    if (v.lemma.empty() || verbs.PatternsFor(v.lemma_hash)) continue;
    if (IsAuxiliary(v.lemma, spanish)) continue;
    Seen& sn = verbs_[std::string(v.lemma)];
    if (sn.count++ == 0) sn.example = std::string(doc.text(doc.sentences[c.sentence].span));
  }
  auto name_word = [&](uint32_t t) {
    const Token& tk = doc.tokens[t];
    return !covered[t] && tk.has(kCapitalized) && !tk.has(kPunct) && (tk.tag == Tag::NNP || tk.tag == Tag::NNPS);
  };
  for (const Sentence& s : doc.sentences) {
    for (uint32_t t = s.tokens.begin; t < s.tokens.end;) {
      if (!name_word(t) || doc.tokens[t].has(kSentenceStart)) {
        ++t;
        continue;
      }
      uint32_t e = t;
      while (true) {
        while (e < s.tokens.end && name_word(e)) ++e;
        // Spanish names hold lower-case "de", "del", "de la" between their
        // capitalised words ("Frente Sandinista de Liberación Nacional").
        if (!spanish || e >= s.tokens.end) break;
        uint32_t k = e;
        const std::string_view w = doc.tokens[k].lower;
        if (w != "de" && w != "del") break;
        ++k;
        if (k < s.tokens.end && IsArticle(doc.tokens[k].lower) && !doc.tokens[k].has(kCapitalized)) ++k;
        if (k >= s.tokens.end || !name_word(k)) break;
        e = k;
      }
      Seen& sn = names_[std::string(doc.text(TokenRange{t, e}))];
      if (sn.count++ == 0) sn.example = std::string(doc.text(s.span));
      t = e;
    }
  }
  if (spanish) AddSpanishPhrases(doc, covered);
}

// "el/la/los/las" + a lower-case noun + at most three adjectives + one
// "de (article) noun (adjective)", all uncovered, in an actor's place: a
// clause's own subject, or the object of the personal "a" right after the
// verb ("detuvo a los maestros", "dijo al portavoz"). Keyed by the article and words in lower case,
// "al" read as "el".
void UnknownTally::AddSpanishPhrases(const Doc& doc, const std::vector<bool>& covered) {
  const NounDictionary& acts = engine_.spanish_nouns();
  auto add = [&](uint32_t article, uint32_t noun, uint32_t end_limit, uint32_t sentence) {
    if (noun >= end_limit || covered[noun] || !IsLowerNominal(doc.tokens[noun])) return;
    // A noun the dictionaries read as an act ("la huelga", "la protesta")
    // is what was done, not who did it.
    if (acts.PatternsFor(doc.tokens[noun].lemma_hash)) return;
    uint32_t e = noun + 1;
    auto nominal = [&](uint32_t k) { return k < end_limit && !covered[k] && IsLowerNominal(doc.tokens[k]); };
    for (int adj = 0; adj < 3 && nominal(e); ++adj) ++e;
    if (e < end_limit && !covered[e] && (doc.tokens[e].lower == "de" || doc.tokens[e].lower == "del")) {
      uint32_t k = e + 1;
      if (k < end_limit && !covered[k] && IsArticle(doc.tokens[k].lower)) ++k;
      if (nominal(k)) {
        ++k;
        if (nominal(k)) ++k;
        e = k;
      }
    }
    // Before a name the phrase is its title or apposition ("el diario La
    // Prensa"): the name is what is missing, and the names list has it.
    if (e < end_limit && doc.tokens[e].has(kCapitalized) && !doc.tokens[e].has(kPunct)) return;
    std::string key = doc.tokens[article].lower == "al" ? "el" : std::string(doc.tokens[article].lower);
    for (uint32_t k = noun; k < e; ++k) {
      key += ' ';
      key += doc.tokens[k].lower;
    }
    Seen& sn = phrases_[key];
    if (sn.count++ == 0) sn.example = std::string(doc.text(doc.sentences[sentence].span));
  };
  for (const Clause& c : doc.clauses) {
    // The phrase's own shape bounds it, not the clause analyser's range
    // (which ends a personal "a" object before its "de" phrase).
    const uint32_t end = doc.sentences[c.sentence].tokens.end;
    // An inherited subject is the earlier clause's, counted there.
    if (!c.subject.empty() && !c.subject_inherited && IsArticle(doc.tokens[c.subject.begin].lower))
      add(c.subject.begin, c.subject.begin + 1, end, c.sentence);
    // The personal "a" right after the verb ("detuvo a los ..."); an "a"
    // further on is more often a place or a noun's complement ("llegó
    // ayer a la ciudad", "el rechazo a la decisión").
    for (const PrepPhrase& p : c.preps) {
      if (p.prep == kNone32 || p.object.empty() || p.prep != c.verb.tokens.end) continue;
      const std::string_view w = doc.tokens[p.prep].lower;
      if (w == "al")
        add(p.prep, p.object.begin, end, c.sentence);
      else if (w == "a" && IsArticle(doc.tokens[p.object.begin].lower))
        add(p.object.begin, p.object.begin + 1, end, c.sentence);
    }
  }
}

std::vector<UnknownTally::Row> UnknownTally::Ranked(const std::map<std::string, Seen>& m, size_t top) {
  std::vector<Row> v;
  v.reserve(m.size());
  for (const auto& [k, sn] : m) v.push_back({k, sn.count, sn.example});
  std::stable_sort(v.begin(), v.end(), [](const Row& x, const Row& y) { return x.count > y.count; });
  if (v.size() > top) v.resize(top);
  return v;
}

}  // namespace dyad
