#include "analysis/pronouns.h"

#include <algorithm>
#include <vector>

namespace dyad {

namespace {

constexpr uint32_t kKeep = kNone32;       // the matcher's choice stands
constexpr uint32_t kDrop = kNone32 - 1;   // an unknown person: no mention

// The pronouns' hashes, computed once when the program starts. As
// function-local statics each test below was a call GCC kept out of line,
// with a guard test, ~60,000 times on te3silver (~1M instructions); at
// namespace scope the tests are a few compares inlined at their callers.
// Any initialisation order is safe: TokenHash (XXH3 over the bytes) reads
// no static state of its own.
const uint64_t kHe = TokenHash("he"), kShe = TokenHash("she"), kHim = TokenHash("him"), kHis = TokenHash("his"),
               kHer = TokenHash("her"), kThat = TokenHash("that");

inline bool SubjectPronoun(uint64_t h) { return h == kHe || h == kShe; }

inline bool ObjectPronoun(uint64_t h) { return h == kHim || h == kHer; }

// Whether two mentions name the same person: one is the other, or both
// have the same code from the same entry.
bool SamePerson(const Doc& doc, uint32_t a, uint32_t b) {
  if (a == b) return true;
  const ActorMention& x = doc.actors[a];
  const ActorMention& y = doc.actors[b];
  return x.code == y.code && x.entry_from.file == y.entry_from.file && x.entry_from.line == y.entry_from.line &&
         x.entry_from.file != nullptr;
}

// The pronouns the matcher resolves (ActorMatcher::IsPronoun).
inline bool PersonalPronoun(uint64_t h) { return h == kHe || h == kShe || h == kHim || h == kHis || h == kHer; }

// A word written as a person's name: capitalised, not an acronym, a proper
// noun to the tagger.
bool NameWord(const Token& t) {
  return t.has(kCapitalized) && !t.has(kAllCaps) && !t.has(kPunct) && !t.has(kNumber) && IsProperNoun(t.tag) &&
         t.lower.size() >= 2;
}

// Whether token t is a word of a person's name: a NameWord, or an Arabic
// surname with its article ("al-Dulaimi", "el-Baradei"), which the tagger
// takes for a common noun (lower case, hyphenated), so a subject ending in
// one was no name and a pronoun after it went back past it.
bool NameToken(const Doc& doc, uint32_t t) {
  const Token& k = doc.tokens[t];
  if (NameWord(k)) return true;
  if (!k.has(kHyphen) || k.span.size() < 5) return false;
  const std::string_view s = doc.text().substr(k.span.begin, k.span.size());
  return (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' && s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z';
}

const uint64_t kBin = TokenHash("bin"), kIbn = TokenHash("ibn"), kVan = TokenHash("van"), kVon = TokenHash("von"),
               kDe = TokenHash("de"), kDa = TokenHash("da"), kDel = TokenHash("del"), kDos = TokenHash("dos");

// A lower-case word inside a name, between two of its words ("Osama bin
// Laden", "Ursula von der Leyen" has two), never at its ends.
inline bool NameParticle(uint64_t h) {
  return h == kBin || h == kIbn || h == kVan || h == kVon || h == kDe || h == kDa || h == kDel || h == kDos;
}

// The first token of the run of name words that ends at `end`, no earlier
// than `lo` (particles inside the run); `end` when token end - 1 is no name.
uint32_t NameRunStart(const Doc& doc, uint32_t lo, uint32_t end) {
  uint32_t b = end;
  while (b > lo) {
    if (NameToken(doc, b - 1)) {
      --b;
      continue;
    }
    if (b < end && b - 1 > lo && NameParticle(doc.tokens[b - 1].lower_hash) && NameToken(doc, b - 2)) {
      b -= 2;
      continue;
    }
    break;
  }
  return b;
}

// Whether `t` is a member of &ORGANISATION_WORD (`words`). An abbreviation
// the segmenter keeps with its final period ("Inc.", "Corp.": data/text/
// abbreviations.en.txt) is one token, but a synset member is read without
// it (the period would be a word of its own), so such a token is looked up
// without it too. Rule 5 asks only for subjects no actor covers.
bool OrganisationWordAt(const WordClass& words, const Token& t) {
  if (words.Has(t.lower_hash)) return true;
  return t.lower.size() > 1 && t.lower.back() == '.' && words.Has(TokenHash(t.lower.substr(0, t.lower.size() - 1)));
}

struct Ctx {
  Doc& doc;
  // For each mention: kKeep, kDrop, or the mention it now stands for.
  std::vector<uint32_t> now;
  const ActorDictionary* dict = nullptr;  // the persons' pronouns; none: unknown
  // Words that end or fill an organisation's or a place's name, not a
  // person's ("Texaco Inc", "Morgan Guaranty Trust", "Wall Street"):
  // such a name as a subject does not stop a "he" going back past it
  // (rule 5). &ORGANISATION_WORD of data/verbs/synsets.txt.
  const WordClass* organisation_words = nullptr;
};

// How well the person mention `p` fits the pronoun token `t`
// (ActorEntry::PronounFit: 0 the other sex, 2 a woman for "she", else 1;
// kDrop, a name no dictionary knows, is 1).
int Fit(const Ctx& c, uint32_t p, uint32_t t) {
  const uint64_t h = c.doc.tokens[t].lower_hash;
  const bool is_she = h == kShe || h == kHer;
  if (c.dict == nullptr || p == kKeep || p == kDrop) return ActorEntry::PronounFit(is_she, ActorEntry::Pronoun::kUnknown);
  return ActorEntry::PronounFit(is_she, c.dict->PronounOf(c.doc.actors[p].entry_from));
}

// Whether a rule's person `p` for the pronoun mention k (token t) fits it
// worse than the matcher's choice, which already took the best fit
// nearest: then the rule does not apply ("Macron spoke. She added" after
// a woman named is hers, not Macron's). A name no dictionary knows (kDrop)
// is never worse: the marking says nothing of people we do not list.
bool FitsWorse(const Ctx& c, uint32_t p, uint32_t k, uint32_t t) {
  if (p == kKeep || p == kDrop) return false;
  const uint32_t had = c.doc.actors[k].antecedent;
  const int before = had == kNone32 ? 1 : Fit(c, had, t);
  return Fit(c, p, t) < before || Fit(c, p, t) == 0;
}

// The first mention that starts in r, or kNone32 (mentions are sorted by
// their first token: the matcher sorts each sentence's, sentences in order).
uint32_t FirstIn(const Doc& doc, TokenRange r) {
  auto it = std::partition_point(doc.actors.begin(), doc.actors.end(),
                                 [&](const ActorMention& a) { return a.tokens.begin < r.begin; });
  if (it == doc.actors.end() || it->tokens.begin >= r.end) return kNone32;
  return static_cast<uint32_t>(it - doc.actors.begin());
}

// The end of a subject's head: its first comma, preposition, relative
// pronoun or bracket that no mention covers (m: the first mention in it).
uint32_t HeadEnd(const Doc& doc, TokenRange subject, uint32_t m) {
  const auto& toks = doc.tokens;
  uint32_t end = subject.end;
  for (uint32_t t = subject.begin; t < end; ++t) {
    const Tag g = toks[t].tag;
    if (g != Tag::PPC && g != Tag::IN && g != Tag::WP && g != Tag::WDT && g != Tag::LRB) continue;
    bool inside = false;
    for (uint32_t k = m; k != kNone32 && k < doc.actors.size() && doc.actors[k].tokens.begin < t && !inside; ++k)
      inside = doc.actors[k].tokens.contains(t);
    if (!inside) end = t;
  }
  return end;
}

// What a subject says about who a pronoun is: a person's mention (a
// revised pronoun stands for what it now is), kDrop for a name no actor
// covers, kKeep for no person (a country, a body, an agent, "it"). Only the
// subject's head counts: the words before a comma, a preposition or a
// relative pronoun that no mention covers ("Reagan, who will meet
// Nakasone," is Reagan; "a spokesman for Petro" is no person of ours).
uint32_t PersonOf(const Ctx& c, TokenRange subject) {
  const Doc& doc = c.doc;
  const auto& toks = doc.tokens;
  const uint32_t m = FirstIn(doc, subject);
  const uint32_t end = HeadEnd(doc, subject, m);
  uint32_t b = end;
  if (m != kNone32 && doc.actors[m].tokens.begin < end) {
    uint32_t covered = 0;
    for (uint32_t k = m; k < doc.actors.size() && doc.actors[k].tokens.begin < end; ++k) {
      covered = std::max(covered, doc.actors[k].tokens.end);
      if (!doc.actors[k].is_person) continue;
      return c.now[k] == kKeep ? k : c.now[k];
    }
    // Actors only among the modifiers of a name of two or more words that
    // no mention covers ("Senior Iraqi politician Tomas Lindqvist", "Shiite
    // cleric Ali al-Amin"): the name is the head, a person we do not know
    // (below), unless a word of it is an organisation's ("Iraqi Airways").
    b = NameRunStart(doc, std::min(covered, end), end);
    if (end - b < 2) return kKeep;
    // Right after them: a dateline's place before a dash ("KUALA LUMPUR -
    // William Ryrie") is no modifier of the name.
    for (uint32_t t = covered; t < b; ++t)
      if (toks[t].has(kPunct)) return kKeep;
    for (uint32_t t = b; t < end; ++t)
      if (OrganisationWordAt(*c.organisation_words, toks[t])) return kKeep;
  } else {
    b = NameRunStart(doc, subject.begin, end);
  }
  // No person in the head: a person the dictionary does not know if its
  // last words are a name with no article, possessive or determiner before
  // it ("Reagan", "UNSCOM chief Rolf Ekeus"; not "the China Daily"), or
  // one of two or more words after a title noun ("the lawmaker Tomas
  // Lindqvist").
  if (b == end) return kKeep;
  const bool titled = b > subject.begin && toks[b - 1].tag == Tag::NN && end - b >= 2;
  for (uint32_t t = subject.begin; t < b && !titled; ++t)
    if (toks[t].tag == Tag::DET || toks[t].tag == Tag::PRPS || toks[t].tag == Tag::POS) return kKeep;
  // A word of a person named before ("Konare" after "President Alpha
  // Oumar Konare", "Ling" after "Minister Ling Liong Sik", surname first):
  // that person, where the surname memory (actors/surnames.h) left the
  // word alone. Anywhere before in the article, as the surname memory.
  const auto before = std::partition_point(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& a) {
    return a.tokens.begin < subject.begin;
  });
  for (auto k = static_cast<uint32_t>(before - doc.actors.begin()); k-- > 0;) {
    const ActorMention& a = doc.actors[k];
    // Not "he" or "his"; an agent's anaphor with the name in it ("the
    // president" read back to a country, in "President Alpha Oumar Konare") is.
    if (!a.is_person || (a.tokens.size() == 1 && PersonalPronoun(toks[a.tokens.begin].lower_hash))) continue;
    for (uint32_t t = a.tokens.begin; t < a.tokens.end; ++t)
      for (uint32_t n = b; n < end; ++n)
        if (toks[t].lower_hash == toks[n].lower_hash && !NameParticle(toks[n].lower_hash))
          return c.now[k] == kKeep ? k : c.now[k];
  }
  return kDrop;
}

// Rule 3's subject: the person a finite clause's subject is, when the
// subject starts with that person ("Petro", "the Colombian president
// Gustavo Petro"), else kKeep. Not a person inside the subject's modifiers
// ("Aides to President X are urging him": him may be X), and not the
// subject a participle or an infinitive takes from another clause
// ("officials accompanying him": the clause analyser's guess there is the
// main clause's subject, often not the participle's).
uint32_t ClauseSubjectPerson(const Ctx& c, const Clause& cl) {
  if (cl.subject.empty() || cl.kind != ClauseKind::kFinite) return kKeep;
  const Doc& doc = c.doc;
  uint32_t b = cl.subject.begin;
  if (doc.tokens[b].tag == Tag::DET) ++b;
  const uint32_t m = FirstIn(doc, cl.subject);
  if (m == kNone32 || doc.actors[m].tokens.begin != b || !doc.actors[m].is_person) return kKeep;
  return c.now[m] == kKeep ? m : c.now[m];
}

bool MainClause(const Clause& cl) {
  return cl.kind == ClauseKind::kFinite && cl.parent == kNone32 && cl.reported_by == kNone32 && !cl.subject.empty();
}

bool Quoted(const Doc& doc, TokenRange r) {
  for (uint32_t t = r.begin; t < r.end; ++t)
    if (doc.tokens[t].has(kInQuote)) return true;
  return false;
}

// Rule 4's antecedent: the generic agent heading `subject` ("a Kenyan
// journalist", "the Ghanaian farmer"), one person of a group named by role,
// else kNone32. Only a singular noun at the head's end ("he" is not "the
// soldiers") and only what the matcher did not already resolve (a named
// person is rules 1-3's).
uint32_t SingularAgentHeading(const Doc& doc, TokenRange subject) {
  const auto& toks = doc.tokens;
  uint32_t b = subject.begin;
  while (b < subject.end && toks[b].tag == Tag::DET) ++b;
  const uint32_t m = FirstIn(doc, subject);
  if (m == kNone32 || doc.actors[m].tokens.begin != b) return kNone32;
  const ActorMention& a = doc.actors[m];
  if (!a.is_agent || a.is_person || a.how == ActorResolution::kPronoun || a.code.empty()) return kNone32;
  const Tag head = toks[a.tokens.end - 1].tag;
  if (head != Tag::NN && head != Tag::NNP) return kNone32;
  // The mention is the head, not a modifier of another noun ("a police
  // vehicle"): the subject ends after it or goes on with a comma, a
  // preposition or a relative pronoun.
  const uint32_t e = a.tokens.end;
  if (e < subject.end && toks[e].tag != Tag::PPC && toks[e].tag != Tag::IN && toks[e].tag != Tag::WP &&
      toks[e].tag != Tag::WDT)
    return kNone32;
  return m;
}

// Rule 5's apposition: the singular agent heading the one apposition
// between a clause's subject and its verb ("Tomas Lindqvist, a Kenyan
// lawmaker, said"; the clause analyser leaves it out of the subject), or
// kNone32. As the coder reads a subject we do not know (events/coder.cc,
// "subject named by its apposition").
uint32_t AppositionAgent(const Doc& doc, const Clause& cl) {
  const auto& toks = doc.tokens;
  if (cl.subject.empty() || cl.subject.end + 2 >= cl.verb.tokens.begin || toks[cl.subject.end].tag != Tag::PPC)
    return kNone32;
  const uint32_t open = cl.subject.end + 1;
  uint32_t close = cl.verb.tokens.begin;
  while (close > open && toks[close - 1].tag != Tag::PPC) --close;
  if (close <= open + 1) return kNone32;
  for (uint32_t t = open; t + 1 < close; ++t)
    if (toks[t].tag == Tag::PPC) return kNone32;
  const uint32_t a = SingularAgentHeading(doc, TokenRange{open, close - 1});
  // Only an agent whose country its own words give ("a Kenyan lawmaker",
  // "a lawmaker from Basra"): one that took it from elsewhere ("president
  // of the exporters' association" in a story on Colombia) is as often no
  // organ of that country.
  if (a == kNone32 || doc.actors[a].how != ActorResolution::kAgentInPhrase) return kNone32;
  return a;
}

// Rule 5's subject, one PersonOf finds to be a person we do not know
// (kDrop): whether it is written so that a person is meant, a name of two
// or more words ("Tomas Lindqvist", "politician Adnan al-Dulaimi") or of
// one that an apposition names (`apposition`), no word of it an
// organisation's. A single capitalised word ("Texaco", "Reagan") may be
// anyone.
bool UnknownNamedPerson(const Doc& doc, const WordClass& organisation_words, TokenRange subject, bool apposition) {
  const uint32_t m = FirstIn(doc, subject);
  const uint32_t end = HeadEnd(doc, subject, m);
  uint32_t covered = subject.begin;
  for (uint32_t k = m; k != kNone32 && k < doc.actors.size() && doc.actors[k].tokens.begin < end; ++k)
    covered = std::max(covered, doc.actors[k].tokens.end);
  const uint32_t b = NameRunStart(doc, std::min(covered, end), end);
  if (b == end || (end - b < 2 && !apposition)) return false;
  for (uint32_t t = b; t < end; ++t)
    if (OrganisationWordAt(organisation_words, doc.tokens[t])) return false;
  return true;
}

// Rule 5's subject of one word: a surname alone ("Smith said ..."), which
// UnknownNamedPerson leaves as anyone. Without this, "Putin spoke on
// Monday. Lindqvist said he would resign" gave the "he" to Putin. Taken as
// a person we do not know when the subject's head is that one word and it
// is a singular proper noun to the tagger (a sentence-initial common word,
// "Yesterday", "Officials", is no NNP), capitalised but not an acronym, no
// actor of ours covers it (a known person, country, place or body is the
// matcher's), no organisation's word (OrganisationWord), no date word (a
// month or a weekday the time finder read: "Monday said" is no one), and
// its own clause does not call it "its" ("Texcorp raised its prices": a
// firm).
bool OneWordUnknownName(const Doc& doc, const WordClass& organisation_words, const Clause& cl) {
  const TokenRange subject = cl.subject;
  const uint32_t m = FirstIn(doc, subject);
  if (m != kNone32) return false;
  if (HeadEnd(doc, subject, m) != subject.begin + 1) return false;
  const uint32_t b = subject.begin;
  const Token& w = doc.tokens[b];
  if (w.tag != Tag::NNP || !NameWord(w) || OrganisationWordAt(organisation_words, w)) return false;
  for (const TimeExpr& x : doc.times)
    if (x.sentence == cl.sentence && x.tokens.contains(b)) return false;
  static const uint64_t kIts = TokenHash("its");
  for (uint32_t t = subject.end; t < cl.tokens.end; ++t)
    if (doc.tokens[t].lower_hash == kIts) return false;
  return true;
}

// Whether a subject's head ends in a singular common noun and has no actor
// ("The speaker", "the 73-year-old"): for rule 5, a person perhaps.
bool UnlistedSingularNoun(const Doc& doc, TokenRange subject) {
  const uint32_t m = FirstIn(doc, subject);
  const uint32_t end = HeadEnd(doc, subject, m);
  if (end == subject.begin || doc.tokens[end - 1].tag != Tag::NN) return false;
  return m == kNone32 || doc.actors[m].tokens.begin >= end;
}

// Rule 5: "Putin spoke on Monday. Tomas Lindqvist, a lawmaker, thanked the
// police as he left": the matcher's "he" is the last person in our files
// (Putin), passing over a person we do not know. Where the nearest finite
// subject between the matcher's antecedent and the pronoun that is any
// person is one we do not know (UnknownNamedPerson), the pronoun is that
// person: the agent of its apposition if it has one, else no one (kDrop).
// Subjects that are no person (a country, "the army") are passed over; a
// known person stops the search (kKeep); a single unknown word is a person
// only as OneWordUnknownName reads it.
// `skip`: the clause whose subject the pronoun cannot be (rule 3's), or
// kNone32.
uint32_t PastAnUnknownSubject(const Ctx& c, uint32_t k, uint32_t skip) {
  const Doc& doc = c.doc;
  const ActorMention& m = doc.actors[k];
  if (m.antecedent == kNone32 || m.antecedent >= k) return kKeep;
  const uint32_t t = m.tokens.begin;
  const ActorMention& ante = doc.actors[m.antecedent];
  const uint32_t from = ante.tokens.end;
  // The clauses of the sentences from the antecedent's to the pronoun's.
  auto first = std::partition_point(doc.clauses.begin(), doc.clauses.end(),
                                    [&](const Clause& cl) { return cl.sentence < ante.sentence; });
  uint32_t best = kNone32;  // the nearest subject of a person so far, by clause
  uint32_t best_begin = 0, best_person = kKeep;
  for (auto it = first; it != doc.clauses.end() && it->sentence <= m.sentence; ++it) {
    const Clause& cl = *it;
    const auto ci = static_cast<uint32_t>(it - doc.clauses.begin());
    if (ci == skip || cl.kind != ClauseKind::kFinite || cl.subject.empty() || cl.subject_inherited) continue;
    if (cl.subject.begin < from || cl.subject.end > t || (best != kNone32 && cl.subject.begin <= best_begin)) continue;
    if (Quoted(doc, cl.subject)) continue;
    // No person (a country, "the army"): passed over. A singular noun no
    // actor covers ("the speaker", "the plan") may be the person the
    // matcher took, under a role we have no entry for: it stops the search
    // as a known person does.
    const uint32_t p = PersonOf(c, cl.subject);
    if (p == kKeep && !UnlistedSingularNoun(doc, cl.subject)) continue;
    // A known person, or a pronoun (its own chain), or a name we do not
    // know: the nearest so far. (A single capitalised word we do not know,
    // "Texaco" or "Reagan", may be anyone: there the matcher's choice
    // stands, as before.)
    best = ci;
    best_begin = cl.subject.begin;
    best_person = p;
  }
  if (best == kNone32 || best_person != kDrop) return kKeep;
  const Clause& cl = doc.clauses[best];
  const uint32_t appos = AppositionAgent(doc, cl);
  if (!UnknownNamedPerson(doc, *c.organisation_words, cl.subject, appos != kNone32) &&
      !OneWordUnknownName(doc, *c.organisation_words, cl))
    return kKeep;
  return appos != kNone32 ? appos : kDrop;
}

// What a subject that PersonOf read as `p` gives a pronoun: a person we do
// not know (kDrop) named again by an apposition we do ("Tomas Lindqvist, a
// Kenyan lawmaker, said") is that apposition's agent, for rules 1, 2, 5.
uint32_t OrItsApposition(const Ctx& c, const Clause& cl, uint32_t p) {
  if (p != kDrop) return p;
  const uint32_t a = AppositionAgent(c.doc, cl);
  return a != kNone32 && UnknownNamedPerson(c.doc, *c.organisation_words, cl.subject, true) ? a : kDrop;
}

// Rules 1 and 2 for a "he"/"she" the matcher left with no one (no person
// of ours within its window): the agent of the apposition after the
// speech clause's subject, or the last main clause's, where that subject is
// a person we do not know ("Tomas Lindqvist, a Kenyan lawmaker, praised the
// police. He ..."), else kNone32.
uint32_t UnknownSubjectsApposition(const Doc& doc, const WordClass& organisation_words, uint32_t ci,
                                   uint32_t window) {
  const Clause& cl = doc.clauses[ci];
  const Clause* by = nullptr;
  if (cl.reported_by != kNone32) {
    by = &doc.clauses[cl.reported_by];
  } else if (MainClause(cl)) {
    for (uint32_t j = ci; j-- > 0 && by == nullptr;) {
      const Clause& prev = doc.clauses[j];
      if (cl.sentence - prev.sentence > window) break;
      if (MainClause(prev) && !prev.subject_inherited) by = &prev;
    }
  }
  if (by == nullptr || by->subject.empty() || by->subject.contains(cl.subject.begin) || Quoted(doc, by->subject))
    return kNone32;
  const uint32_t a = AppositionAgent(doc, *by);
  return a != kNone32 && UnknownNamedPerson(doc, organisation_words, by->subject, true) ? a : kNone32;
}

// Rule 4: a "he"/"she" that the matcher left unresolved, being the whole
// subject of a clause right after its speech verb ("a Kenyan journalist
// said he was beaten by police") or after a subordinating word ("a Ghanaian
// farmer died after he was shot by soldiers"), is the singular agent heading
// the speech clause's or the preceding clause's subject. The matcher
// resolves "he" to persons only (actors/matcher.cc, step 3), so such a
// victim or speaker was lost and the act had no side. After a
// subordinating word the agent also replaces the matcher's choice, a person
// named before it. Returns the new mentions, each with its antecedent's
// index.
std::vector<ActorMention> AgentPronouns(Doc& doc, const WordClass& organisation_words, uint32_t window) {
  const auto& toks = doc.tokens;
  std::vector<ActorMention> added;
  // The count taken once: the loop adds no clause (its new mentions go to
  // `added`), and doc.clauses.size() in the loop's test was a division by
  // the clause's size on each of ~78,000 steps on te3silver.
  const auto num_clauses = static_cast<uint32_t>(doc.clauses.size());
  for (uint32_t ci = 0; ci < num_clauses; ++ci) {
    const Clause& cl = doc.clauses[ci];
    if (cl.subject.size() != 1 || cl.subject_inherited || cl.kind != ClauseKind::kFinite || cl.relative) continue;
    const uint32_t t = cl.subject.begin;
    if (!SubjectPronoun(toks[t].lower_hash) || toks[t].has(kInQuote) || t == 0) continue;
    // The matcher's "he" (the last person named) yields only to the
    // subordinate clause's agent below, which is nearer.
    const uint32_t had = FirstIn(doc, TokenRange{t, t + 1});
    uint32_t ante = had == kNone32 ? UnknownSubjectsApposition(doc, organisation_words, ci, window) : kNone32;
    const uint32_t sb = doc.sentences[cl.sentence].tokens.begin;
    if (t == sb && ante == kNone32) continue;
    const Token& before = toks[t == 0 ? 0 : t - 1];
    const bool subordinate = t > sb && before.tag == Tag::IN && before.lower_hash != kThat;
    if (had != kNone32 && !(subordinate && doc.actors[had].how == ActorResolution::kPronoun)) continue;
    if (ante != kNone32) {
      // Found above.
    } else if (subordinate) {
      // "... died after he was shot": the nearest clause before it in the
      // sentence that is no relative clause and has its own subject, if it
      // opens the sentence.
      for (uint32_t j = ci; j-- > 0;) {
        const Clause& prev = doc.clauses[j];
        if (prev.sentence != cl.sentence) break;
        if (prev.relative || prev.kind != ClauseKind::kFinite || prev.subject.empty() || prev.subject_inherited ||
            prev.subject.begin >= t)
          continue;
        // Only the sentence's first clause: in "X left prison after a judge
        // granted his request, weeks after he was jailed" the nearer
        // subordinate subject is not the one "he" continues.
        const bool first = j == 0 || doc.clauses[j - 1].sentence != cl.sentence;
        if (first && !Quoted(doc, prev.subject)) ante = SingularAgentHeading(doc, prev.subject);
        break;
      }
    } else if (cl.reported_by != kNone32) {
      // "... said (that) he was beaten": the pronoun opens the reported clause.
      const Clause& speech = doc.clauses[cl.reported_by];
      const bool opens = speech.verb.tokens.end == t || (before.lower_hash == kThat && speech.verb.tokens.end == t - 1);
      if (opens && !speech.subject.empty() && speech.subject.end <= speech.verb.tokens.begin &&
          !Quoted(doc, speech.subject))
        ante = SingularAgentHeading(doc, speech.subject);
    }
    if (ante == kNone32) continue;
    const ActorMention& a = doc.actors[ante];
    if (had != kNone32) {
      // "President X spoke on Monday. A farmer died after he was shot":
      // the farmer, named after X, not X.
      ActorMention& m = doc.actors[had];
      if (m.antecedent == kNone32 || doc.actors[m.antecedent].tokens.begin >= a.tokens.begin) continue;
      m.ReferTo(ante, a);
      m.is_person = false;
      m.is_agent = true;
      m.is_private = a.is_private;
      continue;
    }
    ActorMention& m = added.emplace_back();
    m.sentence = cl.sentence;
    m.tokens = {t, t + 1};
    m.ReferTo(ante, a);
    m.is_agent = true;
    m.is_private = a.is_private;
  }
  return added;
}

// Puts `added` (each after its antecedent, none on a token that has a
// mention) into doc.actors in token order, renumbering the antecedents and
// the quotations' speakers. Before any other rule runs: they read the
// mentions by index.
void InsertMentions(Doc& doc, std::vector<ActorMention> added) {
  std::vector<uint32_t> index(doc.actors.size());
  std::vector<ActorMention> all;
  all.reserve(doc.actors.size() + added.size());
  size_t a = 0;
  for (uint32_t k = 0; k < doc.actors.size(); ++k) {
    while (a < added.size() && added[a].tokens.begin < doc.actors[k].tokens.begin) all.push_back(std::move(added[a++]));
    index[k] = static_cast<uint32_t>(all.size());
    all.push_back(std::move(doc.actors[k]));
  }
  while (a < added.size()) all.push_back(std::move(added[a++]));
  for (ActorMention& m : all)
    if (m.antecedent != kNone32 && m.antecedent < index.size()) m.antecedent = index[m.antecedent];
  for (Quote& q : doc.quotes)
    if (q.speaker != kNone32 && q.speaker < index.size()) q.speaker = index[q.speaker];
  doc.actors = std::move(all);
}

}  // namespace

void PronounSubjects::Run(Doc& doc) const {
  // Rule 4 first: it adds mentions, which the other rules then leave alone
  // (their subjects name no person).
  if (!doc.clauses.empty()) {
    std::vector<ActorMention> added = AgentPronouns(doc, organisation_words_, window_);
    std::stable_sort(added.begin(), added.end(),
                     [](const ActorMention& x, const ActorMention& y) { return x.tokens.begin < y.tokens.begin; });
    if (!added.empty()) InsertMentions(doc, std::move(added));
  }
  const auto& toks = doc.tokens;
  // Most articles have no resolved "he"/"she": nothing to allocate.
  const bool any = std::any_of(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& a) {
    return a.how == ActorResolution::kPronoun && a.tokens.size() == 1 && PersonalPronoun(toks[a.tokens.begin].lower_hash);
  });
  if (!any || doc.clauses.empty()) return;
  Ctx c{doc, std::vector<uint32_t>(doc.actors.size(), kKeep), dict_.get(), &organisation_words_};
  bool changed = false;

  // The clauses whose whole subject is "he"/"she", by that token; clauses
  // are in text order within a sentence but subjects need not be. And the
  // clauses whose whole object, or whole object of a preposition ("met with
  // him"), is "him"/"her", by that token. One pass over the clauses fills
  // both lists (each in the clause order two passes gave; the sorts below
  // order them by token the same).
  std::vector<std::pair<uint32_t, uint32_t>> subject_of;
  std::vector<std::pair<uint32_t, uint32_t>> object_of;
  auto object_pronoun = [&](TokenRange r, uint32_t ci) {
    if (r.size() == 1 && ObjectPronoun(toks[r.begin].lower_hash)) object_of.emplace_back(r.begin, ci);
  };
  const auto num_clauses = static_cast<uint32_t>(doc.clauses.size());  // (as in AgentPronouns)
  for (uint32_t ci = 0; ci < num_clauses; ++ci) {
    const Clause& cl = doc.clauses[ci];
    if (cl.subject.size() == 1 && !cl.subject_inherited && SubjectPronoun(toks[cl.subject.begin].lower_hash))
      subject_of.emplace_back(cl.subject.begin, ci);
    for (const TokenRange& r : cl.objects) object_pronoun(r, ci);
    for (const PrepPhrase& pp : cl.preps) object_pronoun(pp.object, ci);
  }
  std::sort(subject_of.begin(), subject_of.end());
  std::sort(object_of.begin(), object_of.end());
  std::vector<uint8_t> object_dropped(doc.actors.size(), 0);  // by rule 3

  for (uint32_t k = 0; k < doc.actors.size(); ++k) {
    ActorMention& m = doc.actors[k];
    if (m.how != ActorResolution::kPronoun || m.tokens.size() != 1 ||
        !PersonalPronoun(toks[m.tokens.begin].lower_hash))
      continue;
    // Rule 4's (the matcher's "he" is always a person's): its agent is
    // nearer than any person rules 1-2 would look back to.
    if (m.is_agent) continue;
    const uint32_t t = m.tokens.begin;
    uint32_t now = kKeep;
    auto it = std::lower_bound(subject_of.begin(), subject_of.end(), std::make_pair(t, uint32_t{0}));
    if (it != subject_of.end() && it->first == t && !toks[t].has(kInQuote)) {
      const uint32_t ci = it->second;
      const Clause& cl = doc.clauses[ci];
      if (cl.reported_by != kNone32) {
        // Rule 1: the speaker.
        const Clause& speech = doc.clauses[cl.reported_by];
        if (!speech.subject.empty() && !speech.subject.contains(t) && !Quoted(doc, speech.subject))
          now = OrItsApposition(c, speech, PersonOf(c, speech.subject));
        // "Macron said she ...": someone else's "she"; the matcher's stands.
        // Only the other sex: a speaker's own pronoun is the strongest cue.
        if (Fit(c, now, t) == 0) now = kKeep;
      } else if (MainClause(cl)) {
        // Rule 2: the last main clause's subject that is a person.
        for (uint32_t j = ci; j-- > 0;) {
          const Clause& prev = doc.clauses[j];
          if (cl.sentence - prev.sentence > window_) break;
          if (!MainClause(prev) || prev.subject_inherited || Quoted(doc, prev.subject)) continue;
          now = OrItsApposition(c, prev, PersonOf(c, prev.subject));
          // A man's clause before a "she" (one named after the woman the
          // matcher took) is passed over like a country's.
          if (FitsWorse(c, now, k, t)) now = kKeep;
          if (now != kKeep) break;
        }
      }
    }
    // A pronoun that pointed back to a revised one follows it.
    if (now == kKeep && m.antecedent < k && c.now[m.antecedent] != kKeep && !object_dropped[m.antecedent] &&
        !FitsWorse(c, c.now[m.antecedent], k, t))
      now = c.now[m.antecedent];
    // Rule 3: "him"/"her" as the whole object of a clause is never that
    // clause's subject (English says "himself"): "Petro met Maduro on
    // Monday. Petro thanked him" is Maduro, where the matcher took the last
    // person named, Petro. It is the last other person named before it,
    // else an unknown person (no mention).
    uint32_t object_clause = kNone32;  // the clause this pronoun is the whole object of
    if (auto o = std::lower_bound(object_of.begin(), object_of.end(), std::make_pair(t, uint32_t{0}));
        o != object_of.end() && o->first == t)
      object_clause = o->second;
    if (object_clause != kNone32) {
      const Clause& cl = doc.clauses[object_clause];
      const uint32_t subject = ClauseSubjectPerson(c, cl);
      const uint32_t is = now == kKeep ? m.antecedent : now;
      if (subject != kKeep && subject != kDrop && is != kDrop && is != kNone32 && SamePerson(doc, is, subject)) {
        // With no other person, no one of ours; the pronouns that pointed
        // back to this one keep the matcher's choice (they are not bound
        // by this clause).
        now = kDrop;
        object_dropped[k] = 1;
        for (uint32_t j = k; j-- > 0;) {
          const ActorMention& a = doc.actors[j];
          if (m.sentence - a.sentence > window_) break;
          if (!a.is_person || cl.subject.contains(a.tokens.begin)) continue;
          const uint32_t p = c.now[j] == kKeep ? j : c.now[j];
          if (p == kDrop) continue;
          // A pronoun stands for its antecedent; the same person named
          // again is passed over.
          const uint32_t named = doc.actors[p].how == ActorResolution::kPronoun && doc.actors[p].antecedent != kNone32
                                     ? doc.actors[p].antecedent
                                     : p;
          if (SamePerson(doc, named, subject) || Fit(c, named, t) == 0) continue;
          now = named;
          break;
        }
      }
    }
    // Rule 5: no rule above took a person; the matcher's may be one named
    // before a person we do not know.
    if (now == kKeep && !toks[t].has(kInQuote)) now = PastAnUnknownSubject(c, k, object_clause);
    if (now == k || now == m.antecedent) now = kKeep;
    if (now != kKeep && now != kDrop) {
      // The same person by another mention: nothing to change.
      const ActorMention& p = doc.actors[now];
      if (p.code == m.code && p.entry_from.file == m.entry_from.file && p.entry_from.line == m.entry_from.line)
        now = kKeep;
    }
    if (now == kKeep) continue;
    c.now[k] = now;
    changed = true;
    if (now == kDrop) continue;
    const ActorMention& p = doc.actors[now];
    m.code = p.code;
    m.CopyEntry(p);
    m.antecedent = now;
    if (!p.is_person) {
      // An apposition's agent (rules 1, 2, 5): the pronoun is one of a
      // group named by role, as rule 4's.
      m.is_person = false;
      m.is_agent = p.is_agent;
      m.is_private = p.is_private;
    }
  }
  if (!changed) return;

  // Quotations whose speaker is a revised pronoun name the new person.
  for (Quote& q : doc.quotes) {
    if (q.speaker == kNone32 || c.now[q.speaker] == kKeep) continue;
    const uint32_t p = c.now[q.speaker];
    const TokenRange w = p == kDrop ? doc.actors[q.speaker].tokens : doc.actors[p].tokens;
    q.speaker_span = {toks[w.begin].span.begin, toks[w.end - 1].span.end};
    if (p == kDrop) q.speaker = kNone32;
  }
  // Drop the unknown persons' mentions; indices after them move down.
  std::vector<uint32_t> index(doc.actors.size(), kNone32);
  uint32_t w = 0;
  for (uint32_t k = 0; k < doc.actors.size(); ++k) {
    if (c.now[k] == kDrop) continue;
    index[k] = w;
    if (w != k) doc.actors[w] = std::move(doc.actors[k]);
    ++w;
  }
  if (w == doc.actors.size()) return;
  doc.actors.resize(w);
  for (ActorMention& m : doc.actors)
    if (m.antecedent != kNone32 && m.antecedent < index.size()) m.antecedent = index[m.antecedent];
  for (Quote& q : doc.quotes)
    if (q.speaker != kNone32) q.speaker = index[q.speaker];
}

}  // namespace dyad
