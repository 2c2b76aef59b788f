#include "events/tabari_limits.h"

#include <cctype>

namespace dyad {

namespace {

struct Words {
  uint64_t a = TokenHash("a"), an = TokenHash("an"), the = TokenHash("the");
  uint64_t and_ = TokenHash("and"), or_ = TokenHash("or"), but = TokenHash("but");
  uint64_t he = TokenHash("he"), she = TokenHash("she"), it = TokenHash("it"), they = TokenHash("they");
};
const Words& W() {
  static const Words w;
  return w;
}

// Words as TABARI counts them: blank-separated, with a letter or digit
// ("anti-" is one, "--" none).
int CountWords(std::string_view text) {
  int n = 0;
  bool in_word = false, has_alnum = false;
  for (char ch : text) {
    if (std::isspace(static_cast<unsigned char>(ch))) {
      n += in_word && has_alnum;
      in_word = has_alnum = false;
      continue;
    }
    in_word = true;
    has_alnum |= std::isalnum(static_cast<unsigned char>(ch)) != 0;
  }
  return n + (in_word && has_alnum);
}

bool IsVerb(const Doc& doc, const VerbDictionary& verbs, const std::vector<uint32_t>& covers, TokenRange span,
            uint32_t t) {
  const Token& w = doc.tokens[t];
  if (covers[t] != kNone32 || w.has(kPunct)) return false;
  const PatternArray<uint32_t>* list = verbs.PatternsFor(w.lower_hash);
  if (!list) list = verbs.PatternsFor(verbs.VerbOfWord(w.lower, w.lower_hash));
  if (!list) return false;
  // A verb line of its own, not only the first word of a longer phrase's
  // line ("WILLING_TO_PROVIDE" makes no verb of "will").
  bool own_line = false;
  for (uint32_t pi : *list) own_line |= verbs.pattern(pi).elems.empty() && verbs.pattern(pi).before.empty();
  if (!own_line) return false;
  return !TabariNounShift(doc, span, t);
}

// An actor at token t, or after "the" there.
bool ActorAt(const Doc& doc, const std::vector<uint32_t>& covers, TokenRange span, uint32_t t) {
  if (t < span.end && doc.tokens[t].lower_hash == W().the) ++t;
  return t < span.end && covers[t] != kNone32;
}

}  // namespace

std::string TabariStop(const Doc& doc, const VerbDictionary& verbs, const std::vector<uint32_t>& covers,
                       const std::vector<char>& deleted, uint32_t sentence) {
  const Article::TabariLimits& lim = doc.article.tabari;
  const TokenRange span = doc.sentences[sentence].tokens;
  if (span.size() == 0) return {};
  if (lim.min_words > 0) {
    int n = CountWords(doc.text(span));
    if (n < lim.min_words)
      return "TABARI: " + std::to_string(n) + " words, fewer than the minimum of " + std::to_string(lim.min_words) +
             " (SET: MINIMUM WORDS)";
  }
  for (const ActorMention& m : doc.actors) {
    if (m.sentence != sentence) continue;
    if (m.code.starts_with("###")) return "TABARI: actor '" + std::string(doc.text(m.tokens)) + "' is coded [###]: discard";
    if (m.code.starts_with("+++")) return "TABARI: actor '" + std::string(doc.text(m.tokens)) + "' is coded [+++]: complex";
  }
  if (std::string why = StopPhrase(doc, verbs, sentence); !why.empty()) return "TABARI: " + why;
  if (lim.no_actor_prior) {
    const bool forwarded = doc.article.forward_subjects && !doc.article.forwarded_subject.empty();
    for (uint32_t t = span.begin; t < span.end; ++t) {
      if (!deleted.empty() && deleted[t]) continue;
      uint64_t h = doc.tokens[t].lower_hash;
      if (covers[t] != kNone32 || (forwarded && (h == W().he || h == W().she || h == W().it || h == W().they))) break;
      if (IsVerb(doc, verbs, covers, span, t))
        return "TABARI: no actor before the first verb '" + std::string(doc.tokens[t].lower) + "' (COMPLEX: NOACTPRIOR)";
    }
  }
  if (lim.complex_verbs > 0 || lim.complex_conjunctions > 0) {
    int nverbs = 0, nconj = 0;
    for (uint32_t t = span.begin; t < span.end; ++t) {
      uint64_t h = doc.tokens[t].lower_hash;
      if (h == W().and_ || h == W().or_ || h == W().but) {
        bool compound = t > span.begin && covers[t - 1] != kNone32 && ActorAt(doc, covers, span, t + 1);
        nconj += !compound;
      } else {
        nverbs += IsVerb(doc, verbs, covers, span, t);
      }
    }
    if (lim.complex_verbs > 0 && nverbs >= lim.complex_verbs)
      return "TABARI: " + std::to_string(nverbs) + " verbs, the complexity limit is " +
             std::to_string(lim.complex_verbs) + " (COMPLEX: VERBS)";
    if (lim.complex_conjunctions > 0 && nconj >= lim.complex_conjunctions)
      return "TABARI: " + std::to_string(nconj) + " conjunctions, the complexity limit is " +
             std::to_string(lim.complex_conjunctions) + " (COMPLEX: CONJ)";
  }
  return {};
}

std::vector<TokenRange> TabariClauses(const Doc& doc, const std::vector<uint32_t>& covers, uint32_t sentence) {
  const TokenRange span = doc.sentences[sentence].tokens;
  std::vector<TokenRange> out;
  uint32_t from = span.begin;
  for (uint32_t t = span.begin; t < span.end; ++t) {
    uint64_t h = doc.tokens[t].lower_hash;
    if (h != W().and_ && h != W().but && h != W().or_) continue;
    if (t > span.begin && covers[t - 1] != kNone32 && ActorAt(doc, covers, span, t + 1)) continue;  // "A and B", "A or B"
    if (t > from) out.push_back({from, t});
    from = t + 1;
  }
  if (from < span.end) out.push_back({from, span.end});
  return out;
}

bool TabariNounShift(const Doc& doc, TokenRange span, uint32_t t) {
  if (t <= span.begin) return false;
  uint64_t before = doc.tokens[t - 1].lower_hash;
  // A capital means a name only where the text is not in capitals ("ARNOR IS ABOUT TO RESTORE").
  const Token& w = doc.tokens[t];
  return before == W().a || before == W().an || before == W().the || (w.has(kCapitalized) && !w.has(kAllCaps));
}

std::string StopPhrase(const Doc& doc, const VerbDictionary& verbs, uint32_t sentence, bool* story) {
  const TokenRange span = doc.sentences[sentence].tokens;
  for (const VerbDictionary::SentenceStop& stop : verbs.sentence_stops()) {
    for (uint32_t t = span.begin; t + stop.words.size() <= span.end; ++t) {
      size_t k = 0;
      while (k < stop.words.size() && doc.tokens[t + k].lower_hash == stop.words[k]) ++k;
      if (k < stop.words.size()) continue;
      if (story) *story = stop.story;
      // Built by appending: GCC 12's -Wrestrict misfires on `"'" + std::string&&`.
      std::string why = "'";
      why += doc.text(TokenRange{t, static_cast<uint32_t>(t + k)});
      why += "' (" + stop.file + ":" + std::to_string(stop.line) + ") ";
      why += stop.complex ? "marks the sentence complex" : stop.story ? "discards the story" : "discards the sentence";
      return why;
    }
  }
  return {};
}

std::vector<char> TabariCommaDeletions(const Doc& doc, const std::vector<uint32_t>& covers) {
  const Article::TabariLimits& lim = doc.article.tabari;
  std::vector<char> out;
  if (lim.comma_max <= 0 && lim.comma_bmax <= 0 && lim.comma_emax <= 0) return out;
  const uint64_t comma = TokenHash(",");
  auto remove = [&](uint32_t b, uint32_t e) {
    if (out.empty()) out.assign(doc.tokens.size(), 0);
    for (uint32_t t = b; t < e; ++t) out[t] = 1;
  };
  auto words = [&](uint32_t b, uint32_t e) { return b < e ? CountWords(doc.text(TokenRange{b, e})) : 0; };
  auto within = [](int n, int lo, int hi) { return hi > 0 && n >= lo && n <= hi; };
  for (const Sentence& s : doc.sentences) {
    // The commas that end a clause: not those of a list of actors
    // ("Mordor, the Shire, and Bree": an actor right before, another
    // within three words after), which TABARI reads as a compound actor.
    std::vector<uint32_t> commas;
    for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t) {
      if (doc.tokens[t].lower_hash != comma) continue;
      bool list = false;
      if (t > s.tokens.begin && covers[t - 1] != kNone32)
        for (uint32_t k = t + 1; k < s.tokens.end && k <= t + 3 && !list && !doc.tokens[k].has(kPunct); ++k)
          list = covers[k] != kNone32;
      if (!list) commas.push_back(t);
    }
    if (commas.empty()) continue;
    // Between two commas first, left to right: a stretch deleted takes
    // both its commas with it, so what follows it is not also the end of
    // the sentence ("X's minister, in remarks on Monday, urged Y ...").
    std::vector<uint32_t> kept;
    for (size_t k = 0; k < commas.size(); ++k) {
      if (k + 1 < commas.size() && within(words(commas[k] + 1, commas[k + 1]), lim.comma_min, lim.comma_max)) {
        remove(commas[k], commas[k + 1] + 1);
        ++k;
        continue;
      }
      kept.push_back(commas[k]);
    }
    if (kept.empty()) continue;
    uint32_t end = s.tokens.end;  // the final full stop is no word of the last stretch
    while (end > kept.back() + 1 && doc.tokens[end - 1].has(kPunct)) --end;
    if (within(words(s.tokens.begin, kept.front()), lim.comma_bmin, lim.comma_bmax))
      remove(s.tokens.begin, kept.front() + 1);
    if (within(words(kept.back() + 1, end), lim.comma_emin, lim.comma_emax)) remove(kept.back(), end);
  }
  return out;
}

}  // namespace dyad
