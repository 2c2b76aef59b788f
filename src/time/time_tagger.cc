#include "time/time_tagger.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ingest/dates.h"
#include "time/timex.h"

namespace dyad {
namespace {

bool IsPoint(const TimexMatch& m) {
  return m.value.valid() &&
         (m.kind == TimeKind::kDate || m.kind == TimeKind::kRelative || m.kind == TimeKind::kWeekday);
}

// Present-tense look: a present auxiliary or copula and no past one. Crude
// on purpose: it only blocks inheritance, and a wrong block falls back to
// the publication date, which is the safe default.
bool LooksPresent(std::string_view s) {
  static constexpr std::string_view kPresent[] = {"is", "are", "am", "remains", "remain", "says", "has", "have",
                                                  "es", "son", "está", "están", "sigue", "tiene", "dice"};
  static constexpr std::string_view kPast[] = {"was", "were", "had", "did", "said", "told", "fue", "fueron",
                                               "dijo", "había", "estaba"};
  bool present = false;
  size_t i = 0, n = s.size();
  // ASCII tests instead of <cctype>: same answers in the "C" locale dyad
  // runs in, without a libc call per byte.
  auto word_char = [](unsigned char c) { return static_cast<unsigned>((c | 0x20) - 'a') < 26u || c >= 0x80; };
  while (i < n) {
    while (i < n && !word_char(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < n && word_char(static_cast<unsigned char>(s[i]))) ++i;
    if (i == b) break;
    std::string_view w = s.substr(b, i - b);
    if (w.size() > 7) continue;
    char low[8];
    for (size_t k = 0; k < w.size(); ++k) low[k] = (w[k] >= 'A' && w[k] <= 'Z') ? static_cast<char>(w[k] + 32) : w[k];
    std::string_view lw(low, w.size());
    for (auto p : kPast)
      if (lw == p) return false;
    for (auto p : kPresent)
      if (lw == p) present = true;
  }
  return present;
}

// A sentence inside a direct quotation: its tokens are marked kInQuote by
// the quote finder, or (before that stage has run) it opens with a quote.
bool InQuote(const Doc& doc, const Sentence& s) {
  if (s.tokens.empty() || s.tokens.end > doc.tokens.size()) return false;
  const Token& first = doc.tokens[s.tokens.begin];
  if (first.has(kInQuote) || first.has(kOpenQuote)) return true;
  std::string_view t = doc.text(first.span);
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xC2\xAB" || t == "``";
}

}  // namespace

namespace {

// FinderStart, and in *token the token the text starts at (s.tokens.begin
// when it is the sentence's start).
uint32_t FinderStartToken(const Doc& doc, const Sentence& s, uint32_t* token) {
  const uint32_t begin = s.tokens.begin, end = s.tokens.end;
  *token = begin;
  if (begin >= end || end > doc.tokens.size()) return s.span.begin;
  // Walked by pointer: indexing the vector cost two more instructions a
  // token (te3silver: ~175,000 tokens before first cues).
  const Token* const toks = doc.tokens.data();
  const Token* p = toks + begin;
  // The segmenter found the first cue already (Sentence::first_cue); the
  // walk is for sentences from other producers (te3silver: ~200,000
  // tokens, 1.0M instructions).
  if (s.first_cue >= begin && s.first_cue < end) p = toks + s.first_cue;
  else while (p != toks + end && !p->has(kTimeCue)) ++p;
  const uint32_t t = static_cast<uint32_t>(p - toks);
  // No cue at all: tokens from another producer than the segmenter (which
  // then leaves may_have_time true); the finder reads everything.
  if (t == end) return s.span.begin;
  // Each word counted below is a token of its own, so with fewer tokens
  // than words wanted before the cue the walk back cannot reach the count
  // and ends at the sentence's start: go there at once (te3silver: 10,300
  // of 18,300 calls, the cue is among the sentence's first words).
  if (t - begin < kTimexLeadWords + kTimexLookBackWords) return s.span.begin;
  // Every token before the first cue is, by the segmenter's kTimeCue rule
  // (Segmenter::ScanGeneral), either exactly one of the finder's words
  // (ASCII letters, not a trigger word) or a separator, so its letter
  // tokens are the finder's words before the first that starts with a
  // digit or is a trigger word, and the token that starts the window
  // starts a word of the finder's (timex.h: kTimexLeadWords).
  const std::string_view text = doc.text();
  size_t words = 0;
  while (p != toks + begin) {
    const Token& tk = *--p;
    const unsigned char c = static_cast<unsigned char>(text[tk.span.begin]);
    if (static_cast<unsigned>((c | 0x20) - 'a') < 26u && ++words == kTimexLeadWords + kTimexLookBackWords) {
      if (tk.span.begin < s.span.begin) return s.span.begin;
      *token = static_cast<uint32_t>(p - toks);
      return tk.span.begin;
    }
  }
  return s.span.begin;
}

// FinderEnd, and in *token the token the text ends at (s.tokens.end when
// it is the sentence's end).
uint32_t FinderEndToken(const Doc& doc, const Sentence& s, uint32_t* token) {
  const uint32_t begin = s.tokens.begin, end = s.tokens.end;
  *token = end;
  if (begin >= end || end > doc.tokens.size()) return s.span.end;
  // By pointer, as in FinderStartToken (~190,000 tokens after last cues).
  const Token* const toks = doc.tokens.data();
  const Token* p = toks + end;
  // One past the last cue, which the segmenter found already
  // (Sentence::last_cue; ~190,000 tokens walked on te3silver otherwise).
  if (s.last_cue >= begin && s.last_cue < end) p = toks + s.last_cue + 1;
  else while (p != toks + begin && !p[-1].has(kTimeCue)) --p;
  const uint32_t t = static_cast<uint32_t>(p - toks);
  // No cue at all: tokens from another producer; the finder reads to the end.
  if (t == begin) return s.span.end;
  // The walk below counts tokens t + 1 .. end - 1, a word per token at
  // most, and stops at the (kTimexReadAheadWords + 1)th: with fewer tokens
  // it reads to the sentence's end (te3silver: 10,300 of 18,300 calls).
  if (end - t < kTimexReadAheadWords + 2) return s.span.end;
  // Every token after the last cue is, by the segmenter's kTimeCue rule
  // (Segmenter::ScanGeneral), one of the finder's words (ASCII letters, no
  // trigger word, ended by a separator), a clitic after an apostrophe, or
  // a separator, and the bytes between them are ASCII spaces (a skipped
  // non-ASCII space marks the token before it). So no word a rule may
  // start at lies after the cue, and each token that starts with a letter
  // starts one of the finder's words, except perhaps the first token after
  // the cue (the finder reads it as part of the cue's last word when a
  // skipped space the finder does not part words at, U+3000, is all that
  // lies between them), which is not counted. A clitic's letters are a word the
  // count leaves out: the end is then only later.
  const std::string_view text = doc.text();
  size_t words = 0;
  for (const Token* q = p + 1; q != toks + end; ++q) {
    const unsigned char c = static_cast<unsigned char>(text[q->span.begin]);
    if (static_cast<unsigned>((c | 0x20) - 'a') < 26u && words++ == kTimexReadAheadWords) {
      *token = static_cast<uint32_t>(q - toks);
      return q->span.begin;
    }
  }
  return s.span.end;
}

}  // namespace

uint32_t FinderStart(const Doc& doc, const Sentence& s) {
  uint32_t token;
  return FinderStartToken(doc, s, &token);
}

uint32_t FinderEnd(const Doc& doc, const Sentence& s) {
  uint32_t token;
  return FinderEndToken(doc, s, &token);
}

namespace {

// FindTimexes on sentence s from FinderStart to FinderEnd: the same
// matches as on the whole sentence (spans are offsets into the document
// either way). About a third of the words of te3silver's sentences lie
// before the start. The text starts at the start of token tb (or the
// sentence's) and ends at the start of token te (or the sentence's end),
// as FindTimexesInTokens asks, which reads most words from the tokens.
void FindInSentence(const Doc& doc, const Sentence& s, const Date& anchor, std::vector<TimexMatch>* out) {
  uint32_t tb, te;
  const uint32_t b = FinderStartToken(doc, s, &tb);
  const uint32_t e = FinderEndToken(doc, s, &te);
  // Tokens that do not fit the text (not the segmenter's): bytes only.
  const bool fit = tb < te && te <= doc.tokens.size() && doc.tokens[tb].span.begin == b &&
                   doc.tokens[te - 1].span.end <= e;
  FindTimexesInTokens(doc, fit ? TokenRange{tb, te} : TokenRange{}, Span{b, e}, anchor, out, /*want_timex3=*/false);
}

// Words whose day is the day they were said.
bool IsDeictic(std::string_view rule) {
  return rule == "today" || rule == "earlier_today" || rule == "later_today" || rule == "tonight" ||
         rule == "yesterday" || rule == "tomorrow" || rule.starts_with("this_");
}

// The day the story happened, when the lead names it: the first day-precision
// date in the first two paragraphs that falls in the week before
// publication. News quotes a statement made that day in an article published
// the next ("The events on Friday, Sept. 26 ..." published on the 27th), so
// "earlier today" inside a quotation means the 26th.
//
// The matches found for each sentence looked at are left in (*seen)[i] so
// that Run(), which finds them again with the same anchor, reuses them
// (FindTimexes is a pure function of text, offset and anchor); *num_seen is
// how many sentences that covers.
Date StoryDate(const Doc& doc, const Date& anchor, std::vector<std::vector<TimexMatch>>* seen, size_t* num_seen) {
  *num_seen = 0;
  if (!anchor.valid()) return {};
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph > 1) break;
    if (seen->size() <= *num_seen) seen->resize(*num_seen + 1);
    std::vector<TimexMatch>& found = (*seen)[(*num_seen)++];
    found.clear();
    // Skipped where the segmenter proved it finds nothing (doc.h).
    if (s.may_have_time) FindInSentence(doc, s, anchor, &found);
    for (const TimexMatch& m : found) {
      if (!IsPoint(m) || m.value.precision != Precision::kDay || IsDeictic(m.rule)) continue;
      int32_t d = m.value.first_day(), a = anchor.first_day();
      if (d <= a && d >= a - 7) return m.value;
    }
  }
  return {};
}

// in_quote[t]: token t lies inside a direct quotation. Quotes do not run
// over paragraph breaks here (the segmenter resets quote state per paragraph).
// A byte a token rather than std::vector<bool>: no bit masking on each
// store, and the loop runs by pointer (every token of an article whose
// lead names a story date: te3silver ~80,000 tokens, 0.8M instructions).
void QuoteMask(const Doc& doc, std::vector<uint8_t>* in_quote) {
  in_quote->assign(doc.tokens.size(), 0);
  bool open = false;
  uint32_t paragraph = kNone32;
  const Token* const toks = doc.tokens.data();
  const uint32_t num_tokens = static_cast<uint32_t>(doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph != paragraph) open = false;
    paragraph = s.paragraph;
    const uint32_t end = std::min(s.tokens.end, num_tokens);
    if (s.tokens.begin >= end) continue;
    uint8_t* q = in_quote->data() + s.tokens.begin;
    for (const Token* p = toks + s.tokens.begin; p != toks + end; ++p, ++q) {
      if (p->has(kOpenQuote)) open = true;
      *q = open || p->has(kInQuote);
      if (p->has(kCloseQuote)) open = false;
    }
  }
}

// The tense of the clause a year-less date stands in, read from what the
// tagger left on the tokens (tag, case-folded form, lemma), since the clause
// analysis runs after this stage (the actor stage between needs the
// sentence's date). Future: "will"/"shall"/"would", a Spanish future or
// conditional form ("visitará", "viajaría"), "va a" + infinitive, or a word
// of plan in a present verb group ("is scheduled to", "está previsto").
// Past: a past form ("met", "se reunió"), a perfect ("has met", "ha
// firmado") or a participle after a noun ("the accord signed on"). kNone:
// present, another modal, or no verb (a headline).
// kNearer: a future verb, but the date names a noun's time ("protestarán
// durante la celebración del 1 de mayo", "se entrevistará con el presidente
// tras las legislativas del 25 de enero"), whose act may lie on either side
// of the verb's: the reading nearer the publication date.
// kPresent: a lexical verb in the present simple, alone in its group
// ("the two leaders meet Monday", "the envoy travels to Kabul on Thursday", "el
// presidente viaja el lunes"), which news uses for a scheduled act: read
// forward for a bare weekday only (ReadByTense).
enum class ClauseTense : uint8_t { kNone, kPast, kFuture, kNearer, kPresent };

bool IsPlanWord(std::string_view w) {
  static constexpr std::string_view kPlan[] = {
      "scheduled", "due",       "expected",  "planned",   "plans",     "planning",   "intends",     "slated",
      "set",       "previsto",  "prevista",  "previstos", "previstas", "programado", "programada", "programados",
      "programadas"};
  for (std::string_view p : kPlan)
    if (w == p) return true;
  return false;
}

bool IsFutureModal(std::string_view w) { return w == "will" || w == "shall" || w == "'ll" || w == "wo" || w == "would"; }

// A Spanish future ("visitará", "se reunirán") or conditional built on the
// infinitive ("viajaría" from "viajar"): the lemma is the infinitive.
bool IsSpanishFutureForm(const Token& t) {
  const std::string_view w = t.lower;
  for (std::string_view e : {"r\xC3\xA1", "r\xC3\xA1n", "r\xC3\xA9", "r\xC3\xA1s", "remos"})
    if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
  const std::string_view l = t.lemma;
  return l.size() > 2 && l.back() == 'r' && w.starts_with(l) &&
         (w.substr(l.size()) == "\xC3\xAD" "a" || w.substr(l.size()) == "\xC3\xAD" "an");
}

bool IsAuxLemma(std::string_view l) {
  return l == "be" || l == "have" || l == "haber" || l == "ser" || l == "estar" || l == "get";
}

// Whether tokens j .. limit - 1 are only prepositions, names, adverbs and
// punctuation: a date after a verb across them is the verb's ("are
// meeting in Oslo on Friday"); after a common noun it may be the noun's
// ("police are investigating the attack on Friday": Friday's attack).
// The article right before the date is the date's ("viaja el martes").
bool OnlyLinksBefore(const Doc& doc, uint32_t j, uint32_t limit) {
  for (; j < limit; ++j) {
    const Tag t = doc.tokens[j].tag;
    if (t == Tag::DET && j + 1 == limit) continue;
    // A capitalised word inside the sentence is a name the tagger may have
    // read as a common noun ("meet in Oslo/nn on Monday").
    if (IsNoun(t) && doc.tokens[j].has(kCapitalized) && j > 0 && !IsPunct(doc.tokens[j - 1].tag)) continue;
    if (t != Tag::IN && t != Tag::TO && !IsProperNoun(t) && !IsAdverb(t) && !IsPunct(t)) return false;
  }
  return true;
}

// A finite verb (or a participle after a noun, which tells a past act) at
// token k: the tense of the verb group it opens, whose words run on to
// `limit` at most.
ClauseTense GroupTense(const Doc& doc, uint32_t k, uint32_t limit) {
  const Token& v = doc.tokens[k];
  if (v.tag == Tag::MD) {
    if (!IsFutureModal(v.lower)) return ClauseTense::kNone;
    // "would have met": a past act ("would have an audience" is not).
    if (k + 2 < limit && doc.tokens[k + 1].lower == "have" && doc.tokens[k + 2].tag == Tag::VBN)
      return ClauseTense::kPast;
    return ClauseTense::kFuture;
  }
  if (IsSpanishFutureForm(v)) return ClauseTense::kFuture;
  // "va a firmar", "iba a viajar".
  if (v.lemma == "ir" && k + 1 < limit && doc.tokens[k + 1].lower == "a") return ClauseTense::kFuture;
  bool planned = false, participle = false;
  const bool present = v.tag == Tag::VBZ || v.tag == Tag::VBP;
  // The plan's word as the finite verb itself: "plans to visit Lima on
  // Friday", "intends to sign on May 3" (not only "is scheduled to").
  if (present && IsPlanWord(v.lower)) return ClauseTense::kFuture;
  // As a participle after a noun it tells no past act (as other
  // participles there do: "the accord signed on"), nor a sure future: "a
  // congress set for April" is to come, "a march planned for Saturday was
  // called off" is past; the finder's reading stands.
  if (v.tag == Tag::VBN && IsPlanWord(v.lower)) return ClauseTense::kNone;
  if (present && v.lemma == "be" && k + 1 < limit) {
    const Token& n = doc.tokens[k + 1];
    // "is to leave for Lima on Thursday": be + to + infinitive, an
    // arrangement ("was to" stays a past's plan: kNone below).
    if (n.tag == Tag::TO && k + 2 < limit && doc.tokens[k + 2].tag == Tag::VB) return ClauseTense::kFuture;
    // "is leaving for Lima on Thursday", "are meeting on Friday": the
    // present progressive with a date that did not write its year or week
    // tells an arrangement (a past day would need the past: "left on
    // Thursday"). Only when nothing but prepositions, names, adverbs and
    // punctuation stand between the verb and the date: after a common
    // noun the date may be the noun's ("police are investigating the
    // attack on Friday": Friday's attack, the past).
    if (n.tag == Tag::VBG && n.lower != "going")
      return OnlyLinksBefore(doc, k + 2, limit) ? ClauseTense::kFuture : ClauseTense::kNone;
  }
  for (uint32_t j = k + 1; j < limit && j < k + 5; ++j) {
    const Token& t = doc.tokens[j];
    if (IsPlanWord(t.lower) || (t.lower == "going" && j + 1 < limit && doc.tokens[j + 1].lower == "to")) planned = true;
    else if (t.tag == Tag::VBN) participle = true;
    else if (!IsVerb(t.tag) && !IsAdverb(t.tag) && t.tag != Tag::TO) break;
  }
  if (v.tag == Tag::VBD || (v.tag == Tag::VBN && !planned)) return ClauseTense::kPast;
  if (planned) return ClauseTense::kFuture;
  if ((v.lemma == "have" || v.lemma == "haber") && participle) return ClauseTense::kPast;
  // The present simple of a lexical verb with nothing of a verb after it
  // (a participle after "is", "has" was read above): a scheduled act.
  // (The date opening the sentence, "On Monday the leaders meet", is read
  // with the verb after it: limit is then the sentence's end, and the
  // test below fails unless nothing but links follow.)
  // Not an auxiliary, nor a verb of saying, whose present tells the
  // report's time, not a plan ("says Friday's vote was rigged").
  // As for the progressive, only with nothing but prepositions, names,
  // adverbs and punctuation between the verb and the date ("meet
  // separately Monday", "viaja a Lima el martes"; not "condemns the attack
  // on Friday", nor a clitic read as a verb: "Acme's announcement Friday").
  if (present && !participle && !IsAuxLemma(v.lemma) && v.lemma != "do" && v.lemma != "say" &&
      v.lemma != "decir" && v.lemma != "tell" && OnlyLinksBefore(doc, k + 1, limit))
    return ClauseTense::kPresent;
  return ClauseTense::kNone;
}

// Whether token k opens a verb group: a finite verb, or a past participle
// with no auxiliary before it ("the accord signed on").
bool OpensGroup(const Doc& doc, uint32_t k, uint32_t begin) {
  const Tag t = doc.tokens[k].tag;
  if (t == Tag::MD || t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP) return true;
  if (t != Tag::VBN) return false;
  uint32_t j = k;
  while (j > begin && IsAdverb(doc.tokens[j - 1].tag)) --j;
  if (j == begin) return true;
  const Token& p = doc.tokens[j - 1];
  return !(IsVerb(p.tag) || p.tag == Tag::MD || IsAuxLemma(p.lemma));
}

bool IsRelativeWord(std::string_view w) {
  return w == "que" || w == "who" || w == "which" || w == "that" || w == "quien" || w == "quienes" ||
         w == "cual" || w == "donde" || w == "where" || w == "when" || w == "cuando";
}

// The tense of the clause of the date at `date` in sentence s: the nearest
// verb group before it, else (a date opening the sentence: "On 15 January
// the council will vote") the first after it. kNearer for a date that
// names a noun's time after "del"/"of" under a future verb. No verb after
// a date that follows other words than a preposition or an article ("Fresh
// from his victory Tuesday, Cameron will ..."), nor across a relative
// clause's word ("El lunes, en la asamblea que se desarrollará ...": that
// verb is not the main clause's).
ClauseTense TenseAt(const Doc& doc, const Sentence& s, TokenRange date, uint32_t* group) {
  *group = kNone32;
  bool of_noun = false;
  if (date.begin > s.tokens.begin) {
    const std::string_view p = doc.tokens[date.begin - 1].lower;
    const bool range = date.end < s.tokens.end && doc.tokens[date.end].lower == "al";  // "del 16 al 24 de abril"
    of_noun = (p == "del" && !range) || p == "of";
  }
  // "Wednesday's ruling", "Friday's vote": the date names the noun's time,
  // as after "of" ("will try to overturn Wednesday's verdict" is the
  // Wednesday before, the nearer one).
  if (date.end < s.tokens.end && doc.tokens[date.end].tag == Tag::POS) of_noun = true;
  // A future verb over a noun's date: the nearer reading (NounTense).
  // (A present over a noun's date tells no schedule: "they discuss the
  // result of Monday".)
  auto noun_tense = [&](ClauseTense t) {
    if (of_noun && t == ClauseTense::kPresent) return ClauseTense::kNone;
    return of_noun && t == ClauseTense::kFuture ? ClauseTense::kNearer : t;
  };
  // Only prepositions, articles, punctuation, a dateline's place ("CAIRO,
  // March 2 - ... will meet") and "day"/"día" ("El día 28 de febrero")
  // before the date.
  bool opening = true;
  for (uint32_t k = date.begin; k > s.tokens.begin;) {
    --k;
    if (OpensGroup(doc, k, s.tokens.begin)) {
      *group = k;
      return noun_tense(GroupTense(doc, k, date.begin));
    }
    const Token& tk = doc.tokens[k];
    if (tk.tag != Tag::IN && tk.tag != Tag::DET && tk.tag != Tag::CC && !IsProperNoun(tk.tag) && !IsPunct(tk.tag) &&
        tk.lower != "day" && tk.lower != "d\xC3\xAD" "a")
      opening = false;
  }
  if (!opening) return ClauseTense::kNone;
  for (uint32_t k = date.end; k < s.tokens.end; ++k) {
    if (IsRelativeWord(doc.tokens[k].lower)) return ClauseTense::kNone;
    if (OpensGroup(doc, k, date.end)) return noun_tense(GroupTense(doc, k, s.tokens.end));
  }
  return ClauseTense::kNone;
}

// The next date like `d` (a day, a month, or a weekday's day, which the
// finder read back) on or after the anchor.
Date Forward(const TimexMatch& m, const Date& anchor) {
  const Date& d = m.value;
  if (m.kind == TimeKind::kWeekday) {
    Date r = d;
    while (r < anchor) r = r.AddDays(7);
    return r;
  }
  if (d.precision == Precision::kMonth) return Date::Month(d.month >= anchor.month ? anchor.year : anchor.year + 1, d.month);
  for (int y = anchor.year; y < anchor.year + 8; ++y)
    if (IsValidDay(y, d.month, d.day) && !(Date::Day(y, d.month, d.day) < anchor)) return Date::Day(y, d.month, d.day);
  return d;
}

// The latest date like `d` on or before the anchor.
Date Back(const TimexMatch& m, const Date& anchor) {
  const Date& d = m.value;
  if (m.kind == TimeKind::kWeekday) {
    Date r = d;
    while (anchor < r) r = r.AddDays(-7);
    return r;
  }
  if (d.precision == Precision::kMonth) return Date::Month(d.month <= anchor.month ? anchor.year : anchor.year - 1, d.month);
  for (int y = anchor.year; y > anchor.year - 8; --y)
    if (IsValidDay(y, d.month, d.day) && !(anchor < Date::Day(y, d.month, d.day))) return Date::Day(y, d.month, d.day);
  return d;
}

// A date that did not write its year (or week) is read by its clause's
// tense where the finder's few words before it saw no cue or only a verb's
// (TimexMatch::reading): "the ministers of the five states will meet in
// Geneva on April 24" is the next April 24, "will say that the talks ended
// on April 24" the last. Present tense and no verb keep the finder's
// reading; a plan's word ("scheduled", "by") is never read back.
// Returns the note for the rule, or nothing when the value stands.
std::string_view ReadByTense(const Doc& doc, const Sentence& s, TokenRange date, const Date& anchor, TimexMatch* m) {
  if (m->reading != YearReading::kBack && m->reading != YearReading::kAheadByVerb &&
      m->reading != YearReading::kAheadByNearness)
    return {};
  if (!anchor.valid() || !m->value.valid() || date.empty()) return {};
  uint32_t group;
  const ClauseTense tense = TenseAt(doc, s, date, &group);
  // A bare weekday in the present simple of a scheduled act ("the two
  // leaders meet Monday" written on a Saturday is the coming Monday; read
  // back it was five days ago, which would need "met"). Only a weekday
  // standing for itself (not "Monday's talks": a noun's time) and not in a
  // headline, whose present tells past acts ("Bombs hit embassies Friday").
  if (tense == ClauseTense::kPresent && m->reading == YearReading::kBack && m->kind == TimeKind::kWeekday &&
      !s.headline && !(date.end < s.tokens.end && doc.tokens[date.end].tag == Tag::POS)) {
    const Date f = Forward(*m, anchor);
    if (f == m->value) return {};
    m->value = f;
    return " (read forward: a scheduled act in the present simple)";
  }
  if (m->reading == YearReading::kBack && (tense == ClauseTense::kFuture || tense == ClauseTense::kNearer)) {
    const Date f = Forward(*m, anchor);
    if (f == m->value) return {};
    if (tense == ClauseTense::kNearer &&
        f.first_day() - anchor.first_day() >= anchor.first_day() - m->value.first_day())
      return {};
    m->value = f;
    return tense == ClauseTense::kNearer ? " (read forward: nearer, a noun's date in a future clause)"
                                         : " (read forward: future clause)";
  }
  if ((m->reading == YearReading::kAheadByVerb || m->reading == YearReading::kAheadByNearness) &&
      tense == ClauseTense::kPast) {
    // A day read forward by its nearness whose past verb governs it
    // through an infinitive or "to" ("asked the envoys to a signing on
    // March 12", "summoned her to appear before the panel on Feb. 10",
    // "urged the parties to sign the accord on Nov. 17"): the date is the
    // later act's, which the past verb arranged; it stays the coming one.
    // (The finder already kept the past reading when a past form stood in
    // its few words before the date.)
    if (m->reading == YearReading::kAheadByNearness && group != kNone32)
      for (uint32_t k = group + 1; k < date.begin; ++k)
        if (doc.tokens[k].tag == Tag::TO) return {};
    const Date b = Back(*m, anchor);
    if (b == m->value) return {};
    m->value = b;
    return " (read back: past clause)";
  }
  return {};
}

// Whether a day written with its month stands between a determiner and a
// noun ("ahead of the Nov. 20 vote", "since the April 9 truce"): it names
// that noun's act, another than the sentence's, so it neither dates the
// sentence nor the sentences after it (events/event_date.cc,
// ModifiedNounEnd, reads it for the noun's own event). As there, not after
// a word of time or place, where the phrase dates the clause ("at the April
// 9 summit").
bool DayBeforeNoun(const Doc& doc, const Sentence& s, const TimeExpr& e) {
  if (e.kind != TimeKind::kDate || e.value.precision != Precision::kDay || e.tokens.begin <= s.tokens.begin ||
      e.tokens.end >= s.tokens.end)
    return false;
  bool month_word = false;
  for (uint32_t k = e.tokens.begin; k < e.tokens.end; ++k)
    month_word = month_word || (doc.tokens[k].has(kCapitalized) && !doc.tokens[k].has(kNumber));
  const Tag det = doc.tokens[e.tokens.begin - 1].tag;
  if (!month_word || (det != Tag::DET && det != Tag::PRPS && det != Tag::POS)) return false;
  if (e.tokens.begin - 1 > s.tokens.begin) {
    const std::string_view p = doc.tokens[e.tokens.begin - 2].lower;
    if (p == "during" || p == "in" || p == "at" || p == "throughout" || p == "amid" || p == "following" || p == "after")
      return false;
  }
  const Tag next = doc.tokens[e.tokens.end].tag;
  return IsNoun(next) || IsAdjective(next);
}

// The day a wire dateline names ("WASHINGTON, Sept. 27 (Reuters) -",
// "BOGOTA, 5 oct (EFE).-") when it lies within kDatelineReach days of the
// publication day and is not that day; else `pub`. The dateline is the
// writer's own day, and the publication stamp may be another time zone's
// (a Tokyo story filed on the 27th is stamped the 26th in New York):
// without this, "yesterday" and "on Friday" in a story datelined Sept. 27
// but stamped Sept. 26 count from the 26th, a day early, and its undated
// sentences take the 26th. Only the first sentence that is no headline
// is read; a date further off is another story's (a dateline kept from an
// older item), and the stamp stands.
constexpr int kDatelineReach = 2;
Date DatelineDay(const Doc& doc, const Date& pub) {
  if (pub.precision != Precision::kDay) return pub;
  for (const Sentence& s : doc.sentences) {
    if (s.headline) continue;
    WrittenDate wd;
    if (s.span.begin >= doc.text().size() || !ParseDateline(doc.text().substr(s.span.begin), &wd) ||
        wd.day == 0)
      return pub;
    // A dateline without its year: the year that puts it nearest the stamp
    // ("Jan 1" on a story stamped Dec. 31).
    for (int y = wd.year != 0 ? wd.year : pub.year - 1; y <= (wd.year != 0 ? wd.year : pub.year + 1); ++y) {
      if (!IsValidDay(y, wd.month, wd.day)) continue;
      const Date d = Date::Day(y, wd.month, wd.day);
      const int diff = d.first_day() - pub.first_day();
      if (diff != 0 && diff >= -kDatelineReach && diff <= kDatelineReach) return d;
    }
    return pub;
  }
  return pub;
}

}  // namespace

Date ArticleDay(const Doc& doc) { return DatelineDay(doc, doc.article.published); }

void TimeTagger::Run(Doc& doc) const {
  doc.times.clear();
  // The publication day, or the dateline's day near it (DatelineDay): the
  // day relative expressions count from and undated sentences take.
  const Date pub = ArticleDay(doc);
  // Relative expressions need a day to count from; a year- or month-only
  // publication date gives none, and only absolute dates resolve.
  Date anchor = pub.precision == Precision::kDay ? pub : Date{};
  // The anchor's last day, the bound past which a point names a plan (the
  // loop below): worked out once an article instead of once a match
  // (te3silver: 10,900 out-of-line calls, 0.34M instructions).
  const int32_t anchor_last = anchor.valid() ? anchor.last_day() : 0;
  std::vector<TimexMatch> found, requoted;
  thread_local std::vector<std::vector<TimexMatch>> seen;
  size_t num_seen = 0;
  const Date story = StoryDate(doc, anchor, &seen, &num_seen);
  std::vector<uint8_t> in_quote;
  if (story.valid() && !(story == anchor)) QuoteMask(doc, &in_quote);
  uint32_t story_idx = kNone32;  // the TimeExpr that gave the story date
  bool chain = false;  // the previous sentence's date may be inherited
  uint32_t prev_paragraph = kNone32;
  Date prev_date;
  TimexReference reference;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    Sentence& s = doc.sentences[si];
    std::string_view text = doc.text(s.span);
    if (si < num_seen) {
      found.swap(seen[si]);  // StoryDate already ran FindTimexes on it with this anchor
    } else {
      found.clear();
      // Skipped where the segmenter proved it finds nothing (doc.h): 30%
      // of te3silver's sentences, whose word split was most of this
      // stage's time.
      if (s.may_have_time) FindInSentence(doc, s, anchor, &found);
    }
    // "a year earlier", "that day", "the next morning", "at 10 a.m.": from
    // the last date of this or the previous sentence (timex.h).
    if (!found.empty()) ResolveReferences(&found, 0, &reference);
    reference.NextSentence();
    uint32_t first_point = kNone32, first_day = kNone32;
    for (TimexMatch& m : found) {
      // Built in place: nothing below adds to doc.times, so the reference
      // stays valid (a local moved in at the end cost a string move and a
      // destructor a match).
      const uint32_t idx = static_cast<uint32_t>(doc.times.size());
      TimeExpr& e = doc.times.emplace_back();
      e.sentence = si;
      e.span = m.span;
      e.value = m.value;
      e.kind = m.kind;
      e.rule = m.rule;
      if (!s.tokens.empty() && s.tokens.end <= doc.tokens.size()) {
        // Tokens overlapping the span: a token boundary inside an expression
        // ("mid-September" as one token) still maps to whole tokens.
        // The sentence's tokens are in text order and do not overlap, so
        // their ends rise: the first that ends after the span's start is
        // found by halving (the walk from the sentence's start was ~100
        // instructions a match, 1.5M on te3silver).
        const Token* const tb = doc.tokens.data() + s.tokens.begin;
        const Token* const tend = doc.tokens.data() + s.tokens.end;
        const uint32_t b = static_cast<uint32_t>(
            std::partition_point(tb, tend, [&](const Token& tk) { return tk.span.end <= e.span.begin; }) -
            doc.tokens.data());
        const uint32_t end = s.tokens.end;
        uint32_t t = b;
        while (t < end && doc.tokens[t].span.begin < e.span.end) ++t;
        e.tokens = {b, t};
        if (std::string_view note = ReadByTense(doc, s, e.tokens, anchor, &m); !note.empty()) {
          e.value = m.value;
          e.rule += note;
        }
        // A deictic word inside a quotation is relative to the story date.
        if (!in_quote.empty() && b < t && in_quote[b] && IsDeictic(e.rule)) {
          requoted.clear();
          FindInSentence(doc, s, story, &requoted);
          for (const TimexMatch& r : requoted) {
            if (r.span.begin == e.span.begin && r.span.end == e.span.end) {
              e.value = r.value;
              e.rule += " (in a quotation: relative to the story date " + story.str() + ")";
            }
          }
        }
      }
      if (story_idx == kNone32 && story.valid() && e.value == story && s.paragraph <= 1) story_idx = idx;
      // A date after publication names a plan ("elections in May 2026"),
      // not when the sentence's events happened: it dates its own clause
      // (the coder looks there first) but not the sentence.
      if (IsPoint(m) && !(anchor.valid() && m.value.first_day() > anchor_last) && !DayBeforeNoun(doc, s, e)) {
        if (first_point == kNone32) first_point = idx;
        if (first_day == kNone32 && m.value.precision == Precision::kDay) first_day = idx;
      }
    }
    uint32_t own = first_day != kNone32 ? first_day : first_point;
    if (own != kNone32) {
      s.date = doc.times[own].value;
      s.time = own;
      chain = s.date.precision == Precision::kDay;
    } else if (story_idx != kNone32 && !in_quote.empty() && !s.tokens.empty() && in_quote[s.tokens.begin]) {
      // A sentence of a quotation with no date of its own was said on the
      // story date ("We will revoke Petro's visa" in a statement of the 26th).
      s.date = story;
      s.time = story_idx;
      chain = false;
    } else if (chain && s.paragraph == prev_paragraph && !s.headline && !InQuote(doc, s) && !LooksPresent(text)) {
      // Narrative continuity; Sentence::time stays kNone32 (doc.h: the date
      // is inherited), and the chain runs on down the paragraph.
      s.date = prev_date;
      s.time = kNone32;
    } else {
      s.date = pub;
      s.time = kNone32;
      chain = false;
    }
    prev_paragraph = s.paragraph;
    prev_date = s.date;
  }
}

}  // namespace dyad
