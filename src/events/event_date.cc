// EventDate (declared in events/coder.h): which of a sentence's time
// expressions dates one event. The time stage runs before the clause
// analysis, so it gives each sentence one date (time/time_tagger.h); only
// here, with the clauses known, can a date be kept to the act it belongs
// to. News tells past acts in background phrases ("Pinochet, who seized
// power in a 1973 coup, died on Sunday", "the Taliban, whose regime was
// toppled five years ago, attacked ..."): the year dates the act of its
// own phrase, not the sentence's other acts.

#include <algorithm>

#include "events/coder.h"
#include "time/decade.h"
#include "time/time_tagger.h"

namespace dyad {

namespace {

bool IsPointKind(TimeKind k) { return k == TimeKind::kDate || k == TimeKind::kRelative || k == TimeKind::kWeekday; }

// The clauses of `sentence`, found from one of them (clauses are stored in
// sentence order): [*begin, *end).
void SentenceClauses(const Doc& doc, uint32_t clause, uint32_t sentence, uint32_t* begin, uint32_t* end) {
  uint32_t b = clause, e = clause + 1;
  while (b > 0 && doc.clauses[b - 1].sentence == sentence) --b;
  while (e < doc.clauses.size() && doc.clauses[e].sentence == sentence) ++e;
  *begin = b;
  *end = e;
}

// Whether a day's expression writes its month as a word ("Dec. 15",
// "March 3, 2022"), not as digits or an ordinal alone.
bool HasMonthWord(const Doc& doc, const TimeExpr& te) {
  for (uint32_t k = te.tokens.begin; k < te.tokens.end; ++k)
    if (doc.tokens[k].has(kCapitalized) && !doc.tokens[k].has(kNumber)) return true;
  return false;
}

// The end of the noun phrase that a year right after a determiner or a
// possessive modifies ("a 1973 coup", "the 1994 genocide", "its August 1990
// invasion", "Chile's 1973 coup"): the nouns and adjectives after it. Such
// a year dates that noun's act, not the clause's verb ("Chileans marked the
// 1973 coup on Sunday": the marking is of Sunday). kNone32 when the
// expression is no such modifier. A day written with its month modifies the
// noun as a year does ("ahead of the Dec. 15 election", "since the March 3
// ceasefire": another act's day, not the verb's); a day written as a number
// alone ("the 15th") is left to the clause.
uint32_t ModifiedNounEnd(const Doc& doc, const Sentence& s, const TimeExpr& te) {
  if (te.kind != TimeKind::kDate || te.tokens.begin <= s.tokens.begin || te.tokens.end >= s.tokens.end ||
      (te.value.precision == Precision::kDay && !HasMonthWord(doc, te)))
    return kNone32;
  const uint32_t det = te.tokens.begin - 1;
  const Tag before = doc.tokens[det].tag;
  if (before != Tag::DET && before != Tag::PRPS && before != Tag::POS) return kNone32;
  // A phrase of time or place round it dates the clause's act after all:
  // "killed during its 1980-1988 war", "in the 1994 genocide", "sided with
  // producers at the January meeting", "tortured following
  // the 1973 coup" (an act after a dated one is nearer it than the article).
  if (det > s.tokens.begin) {
    const std::string_view p = doc.tokens[det - 1].lower;
    if (p == "during" || p == "in" || p == "at" || p == "throughout" || p == "amid" || p == "following" || p == "after")
      return kNone32;
  }
  auto np_word = [&](uint32_t k) { return IsNoun(doc.tokens[k].tag) || IsAdjective(doc.tokens[k].tag); };
  uint32_t k = te.tokens.end;
  // Nouns and adjectives, and "and" between two ("the 2003 US and British
  // invasion").
  while (k < s.tokens.end && k < te.tokens.end + 5 &&
         (np_word(k) || (doc.tokens[k].tag == Tag::CC && k > te.tokens.end && k + 1 < s.tokens.end && np_word(k + 1))))
    ++k;
  return k > te.tokens.end ? k : kNone32;
}

// Whether `te` lies in a clause of the sentence that tells another act than
// the event's: a relative clause ("who seized power in 1973", "whose regime
// was toppled five years ago") or a clause reported by the event's own
// clause ("said the army had killed them in 1990": the saying is not of
// 1990), when the event's word is not inside that clause. The clause that
// holds it is the one with the latest verb before it whose words reach
// over it.
// Whether `clause` is a clause of "when" right after `te`: "who protested
// in 1969, when the army arrested their leaders", "los choques de marzo
// pasado, cuando murieron cuatro mineros": it tells the act
// of that time.
bool WhenOf(const Doc& doc, uint32_t clause, const TimeExpr& te) {
  const Clause& c = doc.clauses[clause];
  if (c.tokens.begin >= c.tokens.end || te.tokens.end > c.tokens.begin) return false;
  // "when" opens the clause or stands right before it, after the date and
  // at most a comma.
  uint32_t w = c.tokens.begin;
  auto is_when = [&](uint32_t k) { return doc.tokens[k].lower == "when" || doc.tokens[k].lower == "cuando"; };
  if (!is_when(w)) {
    if (w == 0 || !is_when(w - 1)) return false;
    --w;
  }
  return w == te.tokens.end || (w == te.tokens.end + 1 && doc.tokens[te.tokens.end].lower == ",");
}

// Only a date of another year than the article's counts: a day or month
// of the story's own year ("who arrived on Saturday", "clashed with groups
// affiliated with the party on Sunday") is as often the main act's as the
// clause's, and the sentence's date stays as the time stage chose it.
bool InOtherActsClause(const Doc& doc, uint32_t clause, uint32_t word, uint32_t cb, uint32_t ce, const TimeExpr& te) {
  const Date& pub = doc.article.published;
  if (pub.valid() && te.value.year == pub.year) return false;
  uint32_t owner = kNone32;
  for (uint32_t k = cb; k < ce; ++k) {
    const Clause& c = doc.clauses[k];
    if (c.verb.head == kNone32 || c.verb.head >= te.tokens.begin || te.tokens.end > c.tokens.end) continue;
    if (owner == kNone32 || c.verb.head > doc.clauses[owner].verb.head) owner = k;
  }
  if (owner == kNone32 || owner == clause) return false;
  if (clause != kNone32 && WhenOf(doc, clause, te)) return false;
  const Clause& o = doc.clauses[owner];
  if (word != kNone32 && word >= o.verb.tokens.begin && word < o.tokens.end) return false;
  // "whose regime was toppled": the clause analysis marks a relative by a
  // pronoun in the subject's place; "whose" stands before a subject of its own.
  const bool whose = o.tokens.begin > 0 && (doc.tokens[o.tokens.begin - 1].lower == "whose" ||
                                            doc.tokens[o.tokens.begin - 1].lower.starts_with("cuy"));
  return o.relative || whose || o.kind == ClauseKind::kReducedRelative ||
         (clause != kNone32 && o.reported_by == clause);
}

}  // namespace

// Whether `te` is told in a phrase of "since" ("desde") that does not date
// the event: the date of a noun the phrase names ("the first contact since
// a summit in Aqaba in June", "its first accord since 1980" is not of June
// or 1980), or the start, more than a year before the article, of a
// span that runs up to the story ("has kept an embargo on Cuba since
// 1962", "rebels fighting since 1976" written in 1987): the story
// reports the act as going on, and dating it by its start would put a
// 2006 report in 1962 (the decades' rule says the same of "since the
// 1980s"). A start within the year before the article ("held hostage
// since June", "since Wednesday", "desde el pasado 8 de septiembre")
// stays the act's date: it is close, and as precise as the story gets.
// Not when a clause of "when" follows the date ("since 1974, when Turkey
// invaded": WhenOf dates that clause), nor for the event whose own
// trigger noun stands in the phrase ("since talks in June": the talks are
// of June). A "since" with a verb after it is a subordinator ("since the
// army attacked in June", "since the army last month attacked"), which
// the clause rules judge.
bool InSincePhrase(const Doc& doc, const TimeExpr& te, uint32_t word) {
  if (te.sentence >= doc.sentences.size() || te.tokens.begin >= te.tokens.end) return false;
  const Sentence& s = doc.sentences[te.sentence];
  if (te.tokens.end > s.tokens.end || s.tokens.end > doc.tokens.size()) return false;
  const uint32_t after = te.tokens.end;
  const auto lower = [&](uint32_t k) { return k < s.tokens.end ? doc.tokens[k].lower : std::string_view(); };
  if (lower(after) == "when" || lower(after) == "cuando" ||
      (lower(after) == "," && (lower(after + 1) == "when" || lower(after + 1) == "cuando")))
    return false;
  // A verb right after the date: "since" opened a clause whose subject the
  // date follows ("since the government last month blocked the bid"); the
  // date is that verb's.
  if (after < s.tokens.end && (IsVerb(doc.tokens[after].tag) || doc.tokens[after].tag == Tag::MD)) return false;
  // Words that may stand between "since" and its own date: "since the end
  // of February", "desde principios de año", "desde hace dos años", "desde
  // el pasado 8 de septiembre", "desde la mañana del martes".
  static constexpr std::string_view kSpanWords[] = {
      "the",    "of",         "beginning", "end",     "start",   "middle",  "early",  "late",
      "mid",    "el",         "la",        "los",     "las",     "de",      "del",    "hace",
      "inicio", "principios", "comienzos", "finales", "fines",   "inicios", "mediados", "fin",
      "last",   "this",       "pasado",    "próximo", "este",    "esta",    "morning", "mañana",
      "evening", "night",     "afternoon", "tarde",   "noche",   "horas",   "a"};
  // The "since" first, back from the date up to a verb or a punctuation
  // mark: most dates asked about have none (the walk stops at a verb or a
  // comma), and only a date that has one needs the span-word test of the
  // words between (a search of 39 strings a word) and the dates' arithmetic.
  uint32_t since = kNone32;
  for (uint32_t k = te.tokens.begin; k-- > s.tokens.begin;) {
    const Token& t = doc.tokens[k];
    if (t.lower == "since" || t.lower == "desde") {
      since = k;
      break;
    }
    if (IsVerb(t.tag) || t.tag == Tag::MD || t.lower == "," || t.lower == ";" || t.lower == ":" ||
        t.lower == "\"" || t.lower == "(" || t.lower == ")")
      return false;
  }
  if (since == kNone32) return false;
  if (word != kNone32 && word > since && word < te.tokens.begin) return false;
  const Date& pub = doc.article.published;
  if (pub.valid() && te.value.last_day() < pub.first_day() - 366) return true;  // an old start
  // Otherwise only a phrase with a word other than the span words between
  // "since" and the date ("since a summit in June") is not the act's date.
  for (uint32_t k = since + 1; k < te.tokens.begin; ++k)
    if (std::find(std::begin(kSpanWords), std::end(kSpanWords), doc.tokens[k].lower) == std::end(kSpanWords))
      return true;
  return false;
}

namespace {

// A time phrase before the clause's subject and in no clause ("In 1990 the
// army killed ...", "In July 2004 we agreed ..."): the clause analysis
// starts a clause at its subject, so the phrase that opens it is outside
// its words; it dates the first clause after it.
// Like InOtherActsClause, only a date of an earlier year than the article's
// (a later one names a plan: "Next year, the government has promised ..."),
// and only with nothing but a comma before the subject: a day phrase before
// it ("Tomorrow I look forward to informing ...", "On June 28, three days
// after militants kidnapped ...") as often dates another clause.
bool OpensClause(const Doc& doc, uint32_t clause, uint32_t cb, uint32_t ce, const TimeExpr& te) {
  const Clause& c = doc.clauses[clause];
  const Date& pub = doc.article.published;
  if (te.tokens.end > c.tokens.begin || (pub.valid() && te.value.year >= pub.year)) return false;
  for (uint32_t k = te.tokens.end; k < c.tokens.begin; ++k)
    if (doc.tokens[k].lower != ",") return false;
  for (uint32_t k = cb; k < ce; ++k) {
    const TokenRange r = doc.clauses[k].tokens;
    if (te.tokens.begin < r.end && te.tokens.end > r.begin) return false;  // inside a clause
    if (k != clause && r.begin >= te.tokens.end && r.begin < c.tokens.begin) return false;  // a clause between
  }
  return true;
}

// Whether the noun phrase ending at `np_end` is the antecedent of relative
// clause `clause`: "the 2002 bombing which killed dozens of tourists",
// "the 1994 massacres, which killed ...", "a 2002 referendum where residents
// rejected ...": the year of the act the clause tells about.
bool Antecedent(const Doc& doc, uint32_t clause, uint32_t np_end) {
  if (clause == kNone32) return false;
  const Clause& c = doc.clauses[clause];
  const uint32_t v = c.verb.tokens.begin;
  if (v == kNone32 || np_end > v) return false;
  // Between the phrase and the verb only a comma and the relative word, or
  // nothing but a comma before a participle ("The 2004 accord,
  // signed by both banks, ...").
  uint32_t k = np_end;
  if (k < v && doc.tokens[k].lower == ",") ++k;
  // (A participle in -ing after a comma most often has the main clause's
  // subject: "the second quarter, raising doubts about ...".)
  if (c.kind == ClauseKind::kReducedRelative || (c.kind == ClauseKind::kParticiple && doc.tokens[v].tag == Tag::VBN))
    return k == v;
  const std::string_view r = k < v ? doc.tokens[k].lower : std::string_view();
  return c.relative && k + 1 == v && (r == "which" || r == "who" || r == "that" || r == "where");
}

// Whether `clause` is a relative clause with a subject of its own told of
// the noun phrase ending at `np_end`: "the 2016 accord, in which the rebels
// agreed ...", "the 2020 truce, which Russia signed ...". Antecedent reads
// only a relative pronoun standing as the subject (the clause analysis
// marks no other relative); here a preposition and "which", or "which"
// alone, come right before the clause's own subject. As in
// RelativeOfDatedDay the noun's phrase may go on without a verb ("a May 2
// accord in Lima in which ..."), 12 words at most. An infinitive under
// such a clause ("agreed to disarm") tells the same act, so its parent is
// looked at (two steps at most).
bool RelativeWithOwnSubject(const Doc& doc, uint32_t clause, uint32_t np_end) {
  if (clause == kNone32) return false;
  uint32_t k = clause;
  for (int up = 0; up < 2 && doc.clauses[k].kind != ClauseKind::kFinite; ++up) {
    const Clause& c = doc.clauses[k];
    if (!c.subject_inherited || c.parent == kNone32 || c.parent >= k) return false;
    k = c.parent;
  }
  const Clause& c = doc.clauses[k];
  if (c.kind != ClauseKind::kFinite || c.subject_inherited || c.subject.empty() || c.subject.begin <= np_end)
    return false;
  uint32_t which = c.subject.begin - 1;
  if (doc.tokens[which].lower != "which") return false;
  uint32_t t = which;
  if (t > np_end && doc.tokens[t - 1].tag == Tag::IN) --t;
  if (t - np_end > 12) return false;
  for (uint32_t q = np_end; q < t; ++q)
    if (IsVerb(doc.tokens[q].tag)) return false;
  return true;
}

// A Spanish part of a decade before its "de": "principios", "comienzos",
// "inicios" (early), "mediados" (mid), "finales", "fines" (late).
bool DecadePartEs(std::string_view w) {
  return w == "principios" || w == "comienzos" || w == "inicios" || w == "mediados" || w == "finales" || w == "fines";
}

// The first year of a decade phrase ("the 1980s", "the early 1990s"; time
// stage rule "decade", which gives it no Date: a decade dates no sentence)
// when it dates a past act of the clause it stands in, else an invalid
// Date. Date has no decade precision, so the act takes the decade's first
// year at year precision, and the event's date_text ("the 1980s") says what
// that year stands for. Only
// * a decade over before the article's year: "in the 1990s" written in
//   1987, or in 1995, is a plan or the present, not a past act;
// * after "in", "during", "through", "throughout", "by", "en", "durante",
//   "hacia", or Spanish "a"/"en"/"hacia"/"durante" + "principios de" (a
//   part of the decade, DecadePartEs):
//   "since the 1980s" tells an act still going on, "a helicopter for the
//   1990s" a plan, "the 1990s saw ..." is a subject, "a deal from the
//   1980s" dates the noun;
// * in the event's clause, with only a noun phrase between its verb and the
//   phrase ("gave up its chemical arms in the 1990s", "armed the
//   rebels through the 1980s"), or before the clause's subject with at most
//   a comma between ("In the early 1980s Malaysia launched ...", as
//   OpensClause, and a clause sharing that clause's subject): after another
//   preposition the phrase dates that noun ("disarmed rebels after
//   debacles in the 1990s");
// * not with a future verb ("will attack Iran in the 1990s").
Date DecadeDate(const Doc& doc, const Sentence& s, uint32_t clause, uint32_t cb, uint32_t ce, const TimeExpr& te) {
  if (te.kind != TimeKind::kOther || te.rule != "decade" || clause == kNone32 || te.tokens.begin <= s.tokens.begin ||
      te.tokens.end > s.tokens.end)
    return Date{};
  const int start = DecadeStart(doc.tokens[te.tokens.end - 1].lower);  // "1980s", "ochenta"
  if (start == 0) return Date{};
  const Date& pub = doc.article.published;
  if (pub.valid() && start + 9 >= pub.year) return Date{};
  uint32_t prep = te.tokens.begin - 1;
  // Spanish names a part of the decade before it ("a principios de los
  // años ochenta", "hacia finales de la década de 1970"): the preposition
  // that places the act is the one before the part. (English puts the part
  // inside the phrase: "in the early 1980s".)
  if (prep >= s.tokens.begin + 2 && doc.tokens[prep].lower == "de" && DecadePartEs(doc.tokens[prep - 1].lower))
    prep -= 2;
  const std::string_view p = doc.tokens[prep].lower;
  // "hacia" (about) places an act in the decade as "en" does; "desde" (and
  // "desde principios de") tells a span still going on: no past act's date.
  if (p != "in" && p != "during" && p != "through" && p != "throughout" && p != "by" && p != "en" && p != "durante" &&
      p != "a" && p != "hacia")
    return Date{};
  // A bare "a" places nothing ("atacó a los años ochenta" is no Spanish);
  // only "a principios de ..." does.
  if (p == "a" && prep + 1 == te.tokens.begin) return Date{};
  const Clause& c = doc.clauses[clause];
  if (c.verb.tense == Tense::kFuture) return Date{};
  TimeExpr phrase = te;  // the phrase with its preposition, for OpensClause
  phrase.tokens.begin = prep;
  auto opens = [&](uint32_t k) {
    const Clause& o = doc.clauses[k];
    if (te.tokens.end <= o.tokens.begin) return OpensClause(doc, k, cb, ce, phrase);
    // The clause analysis can take the phrase into the subject when no
    // comma follows it ("In the 1980s Iraq attacked": subject "the 1980s
    // Iraq"; "A finales de los años setenta Irak atacó": subject "finales
    // de los años setenta Irak").
    return prep == s.tokens.begin && o.subject.begin > prep && o.subject.begin <= te.tokens.begin &&
           o.subject.end > te.tokens.end;
  };
  // A clause that shares the opened clause's subject is told in the same
  // decade ("In the 1980s Iraq attacked Iran and threatened Kuwait").
  if (opens(clause) || (c.subject_inherited && c.parent != kNone32 && c.parent >= cb && c.parent < ce &&
                        c.parent < clause && opens(c.parent)))
    return Date::Year(start);
  if (prep < c.tokens.begin || te.tokens.end > c.tokens.end || c.verb.head == kNone32 || prep <= c.verb.head)
    return Date{};
  uint32_t k = prep;
  while (k > c.verb.head + 1) {
    const Tag t = doc.tokens[k - 1].tag;
    // (Spanish "a"/"al" marks the verb's own object: "atacó a Irán".)
    const std::string_view lw = doc.tokens[k - 1].lower;
    if (!IsNoun(t) && !IsAdjective(t) && t != Tag::DET && t != Tag::POS && t != Tag::PRPS && t != Tag::CD &&
        lw != "a" && lw != "al")
      break;
    --k;
  }
  // Back at the verb group (its head, or a particle after it: "handed over
  // ... in the 1990s").
  const bool at_verb = k == c.verb.head + 1 || k <= c.verb.tokens.end ||
                       (c.verb.particle != kNone32 && k == c.verb.particle + 1);
  return at_verb ? Date::Year(start) : Date{};
}

}  // namespace

// Whether `clause` is a relative clause told of the noun a day modifies
// (ModifiedNounEnd), further on than Antecedent looks: "the May 3 raid on
// the port, which killed ...", "a June 9 accord in Rome in which both sides
// agreed ...". The noun's phrase may go on with prepositions and their
// nouns, but no verb stands between the day and the clause.
bool RelativeOfDatedDay(const Doc& doc, uint32_t clause, const TimeExpr& te) {
  if (clause == kNone32 || te.value.precision != Precision::kDay) return false;
  const Clause& c = doc.clauses[clause];
  if ((!c.relative && c.kind != ClauseKind::kReducedRelative) || c.tokens.begin < te.tokens.end) return false;
  if (c.tokens.begin - te.tokens.end > 12) return false;
  for (uint32_t k = te.tokens.end; k < c.tokens.begin; ++k)
    if (IsVerb(doc.tokens[k].tag)) return false;
  return true;
}

Date EventDate(const Doc& doc, uint32_t clause, uint32_t sentence, uint32_t* time, uint32_t word) {
  const Sentence& s = doc.sentences[sentence];
  Date date = s.date;
  *time = s.time;
  const bool nominal = word != kNone32;  // a trigger noun's event, not a verb's
  if (clause != kNone32 && word == kNone32) word = doc.clauses[clause].verb.head;
  uint32_t cb = 0, ce = 0;
  if (clause != kNone32) SentenceClauses(doc, clause, sentence, &cb, &ce);
  const bool tokens_ok = !s.tokens.empty() && s.tokens.end <= doc.tokens.size();
  // Whether expression `ti` tells another act than this event's, so that it
  // dates neither the event's clause nor, as the sentence's date, the event.
  auto foreign = [&](uint32_t ti) {
    const TimeExpr& te = doc.times[ti];
    if (!tokens_ok || te.tokens.begin >= te.tokens.end) return false;
    const uint32_t np_end = ModifiedNounEnd(doc, s, te);
    if (np_end != kNone32 && !(nominal && word >= te.tokens.end && word < np_end) && !Antecedent(doc, clause, np_end))
      return true;
    if (InSincePhrase(doc, te, nominal ? word : kNone32)) return true;
    return clause != kNone32 && InOtherActsClause(doc, clause, word, cb, ce, te);
  };
  uint32_t shift = kNone32;
  uint32_t when = kNone32;  // the date a clause of "when" hangs from (WhenOf)
  for (uint32_t ti = 0; ti < doc.times.size(); ++ti) {
    const TimeExpr& te = doc.times[ti];
    if (te.sentence != sentence || !te.value.valid()) continue;
    if (te.kind == TimeKind::kShifted) {
      if (shift == kNone32 && word != kNone32 && word >= te.scope.begin && word < te.scope.end) shift = ti;
      continue;
    }
    // The year before the event's own trigger noun: "the 1973 coup".
    if (nominal && tokens_ok && IsPointKind(te.kind)) {
      const uint32_t np_end = ModifiedNounEnd(doc, s, te);
      if (np_end != kNone32 && word >= te.tokens.end && word < np_end) {
        *time = ti;
        return te.value;
      }
    }
    if (clause == kNone32 || !IsPointKind(te.kind)) continue;
    const TokenRange r = doc.clauses[clause].tokens;
    const bool in_clause = te.tokens.begin >= r.begin && te.tokens.end <= r.end;
    const uint32_t np_end = tokens_ok ? ModifiedNounEnd(doc, s, te) : kNone32;
    if (when == kNone32 && tokens_ok && WhenOf(doc, clause, te)) when = ti;
    if (np_end != kNone32 && (Antecedent(doc, clause, np_end) || RelativeOfDatedDay(doc, clause, te) ||
                              RelativeWithOwnSubject(doc, clause, np_end))) {
      *time = ti;
      return te.value;
    }
    if ((in_clause || (tokens_ok && OpensClause(doc, clause, cb, ce, te))) && !foreign(ti)) {
      *time = ti;
      return te.value;
    }
  }
  // The clause names no date of its own: a past decade it is told in
  // (DecadeDate), else the date its "when" hangs from, else a distance
  // from the sentence's time that governs the event's word.
  if (clause != kNone32 && tokens_ok) {
    for (uint32_t ti = 0; ti < doc.times.size(); ++ti) {
      const TimeExpr& te = doc.times[ti];
      if (te.sentence != sentence || te.kind != TimeKind::kOther || te.tokens.begin >= te.tokens.end) continue;
      const Date d = DecadeDate(doc, s, clause, cb, ce, te);
      if (d.valid()) {
        *time = ti;
        return d;
      }
    }
  }
  if (when != kNone32) {
    *time = when;
    return doc.times[when].value;
  }
  if (shift != kNone32) {
    *time = shift;
    return doc.times[shift].value;
  }
  // The sentence's date came from a phrase of another act: the sentence's
  // next expression that is the event's to take (a day first, as the time
  // stage chooses; none naming a date after publication, which is a plan),
  // else the publication date.
  if (s.time != kNone32 && s.time < doc.times.size() && doc.times[s.time].sentence == sentence && foreign(s.time)) {
    // The article's day (the publication date or a dateline's near it):
    // a date after it names a plan.
    const Date pub = ArticleDay(doc);
    uint32_t first = kNone32, first_day = kNone32;
    for (uint32_t ti = 0; ti < doc.times.size(); ++ti) {
      const TimeExpr& te = doc.times[ti];
      if (te.sentence != sentence || !te.value.valid() || !IsPointKind(te.kind) || foreign(ti)) continue;
      if (pub.precision == Precision::kDay && te.value.first_day() > pub.last_day()) continue;
      if (first == kNone32) first = ti;
      if (first_day == kNone32 && te.value.precision == Precision::kDay) first_day = ti;
    }
    const uint32_t own = first_day != kNone32 ? first_day : first;
    *time = own;
    if (own != kNone32) return doc.times[own].value;
    if (pub.valid()) return pub;
  }
  if (!date.valid()) date = doc.article.published;
  return date;
}

namespace {

// Auxiliaries of the past perfect and adverbs that tell an act as earlier
// than the story: lists of a few closed-class words, compared with the
// tokens' case-folded forms (no dictionary knows them as a class). Not
// "antes", which is as often "antes de" + a later event.
bool IsPastPerfectAux(std::string_view w) {
  return w == "had" || w == "'d" || w == "había" || w == "habían" || w == "habia" || w == "habian" ||
         w == "hubo" || w == "hubieron";
}

bool IsEarlierAdverb(std::string_view w) {
  return w == "earlier" || w == "previously" || w == "formerly" || w == "anteriormente" ||
         w == "previamente";
}

}  // namespace

std::string_view PublicationBoundReason(const Doc& doc, const EventMention& ev) {
  if (ev.time != kNone32 || ev.clause == kNone32 || ev.clause >= doc.clauses.size()) return {};
  const Clause& c = doc.clauses[ev.clause];
  const TokenRange v = c.verb.tokens;
  // The verb's tense and form bound the verb's own act only: a trigger noun
  // in the clause ("had called for the arrest of", "agreements made during
  // a visit") may name an act of any time.
  if (c.verb.head != kNone32 && ev.trigger.contains(c.verb.head)) {
    if (c.kind == ClauseKind::kReducedRelative) return "a participle describing a noun";
    for (uint32_t i = v.begin; i < v.end && i < doc.tokens.size(); ++i) {
      if (i == c.verb.head) continue;
      if (IsPastPerfectAux(doc.tokens[i].lower)) return "past perfect";
    }
  }
  // An adverb opening the sentence tells all of it ("Earlier, police
  // charged ..."); one in the clause before or inside its verb group tells
  // that clause ("police had previously arrested").
  if (ev.sentence < doc.sentences.size()) {
    const TokenRange st = doc.sentences[ev.sentence].tokens;
    if (st.size() > 1 && IsEarlierAdverb(doc.tokens[st.begin].lower) && doc.text(TokenRange{st.begin + 1, st.begin + 2}) == ",")
      return "told as earlier";
  }
  const uint32_t from = c.tokens.begin;
  for (uint32_t i = from; i < v.end && i < doc.tokens.size(); ++i) {
    if (!IsEarlierAdverb(doc.tokens[i].lower)) continue;
    // "an earlier report", "la reunión anterior": an adjective, not the act's time.
    const bool before_noun = i + 1 < doc.tokens.size() && (IsNoun(doc.tokens[i + 1].tag) || IsAdjective(doc.tokens[i + 1].tag));
    if (!before_noun) return "told as earlier";
  }
  return {};
}

}  // namespace dyad
