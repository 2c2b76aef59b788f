// The document model: one value that flows through every pipeline stage.
//
// Like spaCy's Doc, each stage reads what earlier stages wrote and adds its
// own layer; no stage reaches into another's internals. Everything refers to
// the normalised text by byte offsets and to tokens by index, so layers are
// plain vectors that a stage can clear and refill without allocation once
// their capacity has grown (a Doc is reused from article to article).
//
// Stage        writes
// text/        text (normalised), paragraphs, sentences, tokens (span, lower, hash, flags)
// lang/en/     tokens (tag, lemma), chunks, clauses
// time/        times
// actors/      actors
// text/quotes  quotes
// events/      events
#ifndef DYAD_MODEL_DOC_H_
#define DYAD_MODEL_DOC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/arena.h"
#include "model/article.h"
#include "model/date.h"
#include "model/tag.h"

namespace dyad {

inline constexpr uint32_t kNone32 = 0xFFFFFFFFu;

// Half-open byte range [begin, end) in Doc::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
};

// Half-open token range [begin, end) in Doc::tokens.
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(uint32_t t) const { return t >= begin && t < end; }
};

// Token flags, set by the tokenizer (shape) and later stages (context).
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,   // first letter upper case ("Petro", "U.S.")
  kAllCaps = 1 << 1,       // every letter upper case, at least two letters ("NATO")
  kNumber = 1 << 2,        // digits, possibly with , . separators ("1,500", "2025")
  kPunct = 1 << 3,         // punctuation only
  kOpenQuote = 1 << 4,     // “ " ' « opening a quotation
  kCloseQuote = 1 << 5,    // ” " ' » closing a quotation
  kInQuote = 1 << 6,       // inside a direct quotation (set by the quote finder)
  kSpaceBefore = 1 << 7,   // whitespace precedes the token
  kSentenceStart = 1 << 8, // first token of its sentence
  kAbbreviation = 1 << 9,  // a known abbreviation ending in '.' ("Sept.", "U.S.")
  kHandle = 1 << 10,       // social-media handle or hashtag ("@petrogustavo")
  kUrl = 1 << 11,          // URL or e-mail address
  kHyphen = 1 << 12,       // contains an inner hyphen ("pro-Palestinian")
  kParagraphStart = 1 << 13,
  // Set by the segmenter on a token that may make the time finder look
  // further (a digit, a trigger word of its lexicon by lower_hash, or a
  // shape it cannot vouch for: see Segmenter::Scan); ORed into
  // Sentence::may_have_time, and the first in a sentence read by FinderStart.
  kTimeCue = 1 << 14,
  // Set by the segmenter when `lower` is the surface's own bytes or, with
  // kCapitalized (and not kAllCaps), the surface with its first byte, an
  // ASCII capital, lower-cased ("Minister"/"minister"): then lower_hash
  // identifies the surface, and the tagger's candidate memo keys on it
  // without comparing bytes. A speed hint only: a token without it is
  // compared byte by byte, so other producers of tokens may leave it
  // clear; whoever changes `lower` or `span` must clear it.
  kPlainCase = 1 << 15,
};

// Token::finder, set by the segmenter: what the time finder's word split
// (time/timex.cc) makes of the token's bytes. kFinderWordAt0 + k: its bytes
// from start + k on (k = 0; 1 or 3 past a clitic's ' or ’) are ASCII letters
// and digits only, then a finder separator or the paragraph's end: one word
// of the finder's if one starts there (the finder checks: U+3000 may glue a
// word before). kFinderSeparator: separator bytes only. Cleared (0) when a
// space the finder may read as word bytes follows the token. 0: unknown (the
// finder splits the bytes), the value for any other producer of tokens.
// Whoever changes a token's span must clear it.
// kFinderNoLex, ORed only onto kFinderWordAt0 itself (k = 0): that word is
// none of the finder's lexicon words (TimeLexiconWords), so the finder need
// not look it up; the segmenter proves it from lower_hash (see
// Segmenter::TimeWord). kFinderWordMask takes it off again.
enum : uint8_t { kFinderWordAt0 = 1, kFinderNoLex = 0x40, kFinderWordMask = 0x3F, kFinderSeparator = 0x80 };

struct Token {
  Span span;                   // surface form: Doc::text.substr(span)
  std::string_view lower;      // case-folded surface (into Doc::text, Doc::arena or a lexicon)
  std::string_view lemma;      // dictionary form of `lower` for its tag ("revoked" -> "revoke")
  uint64_t lower_hash = 0;     // TokenHash(lower): dictionaries look tokens up by this
  uint64_t lemma_hash = 0;     // TokenHash(lemma)
  Tag tag = Tag::kNone;
  uint16_t flags = 0;
  uint8_t finder = 0;          // see kFinderWordAt0 (in the padding: the token stays 64 bytes)

  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Paragraph {
  Span span;
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
};

struct Sentence {
  Span span;          // bytes
  TokenRange tokens;  // tokens
  uint32_t paragraph = 0;
  bool headline = false;  // a title line (no final punctuation, title case), still coded
  // False only when the segmenter proved, from its tokens' kTimeCue bits,
  // that FindTimexes finds nothing in this sentence, so the time tagger
  // skips it. Any other producer of sentences (tests, tools) leaves it
  // true: the finder then decides, so the skip is never wrong by omission.
  bool may_have_time = true;
  // The date events in this sentence take unless a clause has its own time
  // expression; set by the time stage (own expression, narrative
  // continuity, or the publication date).
  Date date;
  uint32_t time = kNone32;  // TimeExpr the date came from; kNone32 = inherited or publication date
  // The first and the last of its tokens with kTimeCue, set by the
  // segmenter with may_have_time (it reads the same bits), so that the time
  // tagger and the date shifter need not walk the tokens to find them.
  // kNone32 when the segmenter found no cue, and for any other producer of
  // sentences (tests, tools): readers then walk the tokens themselves.
  // Token indices, like `tokens`: whoever changes the sentence's tokens or
  // their kTimeCue bits must reset both.
  uint32_t first_cue = kNone32;
  uint32_t last_cue = kNone32;
};

// A shallow syntactic unit found by clause analysis.
enum class ChunkKind : uint8_t { kNoun, kVerb, kPrep, kAdverb, kOther };

struct Chunk {
  ChunkKind kind = ChunkKind::kOther;
  TokenRange tokens;
  uint32_t head = kNone32;  // head token index
};

// Modality of a verb group, as far as coding cares.
enum class Modality : uint8_t {
  kNone = 0,      // plain assertion ("revoked", "has revoked", "is revoking")
  kFuture,        // will, shall, is going to, is set to, plans to
  kPossible,      // can, could, may, might
  kConditional,   // would, or inside an if/unless clause
  kObligation,    // must, should, ought to, need to
  kIntent,        // want to, seek to, hope to, intend to (coded as intent where CAMEO has a code)
};

enum class Tense : uint8_t { kPresent, kPast, kFuture, kNonFinite };

struct VerbGroup {
  TokenRange tokens;         // auxiliaries, adverbs and the main verb ("has not yet revoked")
  uint32_t head = kNone32;   // main verb token
  std::string_view lemma;    // lemma of the head, lower case; phrasal particle not included
  uint32_t particle = kNone32;  // phrasal-verb particle token ("call *off*"), if any
  bool negated = false;
  bool passive = false;
  Modality modality = Modality::kNone;
  Tense tense = Tense::kPresent;
};

// A prepositional phrase attached to a clause: "of meddling", "with sanctions".
struct PrepPhrase {
  uint32_t prep = kNone32;   // the preposition token
  TokenRange object;         // its object noun phrase (may be empty)
};

// What kind of verb heads a clause; non-finite kinds take their subject from
// the clause they depend on.
enum class ClauseKind : uint8_t {
  kFinite,           // "Petro accused the US"
  kInfinitive,       // "(urged troops) to disobey orders"
  kGerund,           // "(responded) by accusing the US", "(accused X) of meddling"
  kParticiple,       // "(Graham summed up ...,) saying ..."
  kReducedRelative,  // "(a status) conferred in 2022"
};

// One clause: a subject, a verb group and what follows.
struct Clause {
  // User-provided so that `clauses.emplace_back()` runs only the member
  // initialisers below: value-initialising an aggregate first zeroes all
  // its bytes (a `rep stos` per clause, ~1.5M instructions on te3silver).
  // Every member has an initialiser, so nothing is left undefined.
  Clause() {}
  ClauseKind kind = ClauseKind::kFinite;
  uint32_t prep = kNone32;           // kGerund: the preposition before it ("by", "of")
  uint32_t sentence = 0;
  TokenRange tokens;                 // whole clause
  TokenRange subject;                // subject noun phrase (empty if none: imperative, non-finite)
  VerbGroup verb;
  std::vector<TokenRange> objects;   // direct and indirect objects, in order
  std::vector<PrepPhrase> preps;     // prepositional phrases, in order
  TokenRange complement;             // everything after the verb group inside the clause
  uint32_t parent = kNone32;         // clause this one depends on (complement, xcomp, relative)
  uint32_t reported_by = kNone32;    // the speech clause reporting this one ("X said (that) ...")
  bool is_speech = false;            // verb is a verb of saying (say, tell, announce, ...)
  bool conditional = false;          // inside an if/unless clause, or a question
  bool relative = false;             // relative clause ("who", "which")
  bool subject_inherited = false;    // subject taken from a coordinated or controlling clause
};

// How an actor mention got its code; kept as evidence.
enum class ActorResolution : uint8_t {
  kDirect,          // the phrase itself is a dictionary entry ("Colombia", "Gustavo Petro")
  kAgentInPhrase,   // agent + country in the same phrase ("Colombian officials")
  kAgentSentence,   // agent + country named elsewhere in the sentence
  kAgentArticle,    // agent + the article's main country
  kAgentAlone,      // agent with no country found ("---GOV")
  kPronoun,         // pronoun or "the administration" resolved to an earlier mention
  kSurname,         // a surname alone after the full name earlier in the article (actors/surnames.h)
};

std::string_view ActorResolutionName(ActorResolution r);

// How a title before a person's name bore on the code (ActorEntry::CodeFor).
enum class TitleUse : uint8_t {
  kNone,         // no title found
  kChose,        // the title chose among the periods the date left open
  kDateDecided,  // one period held on the day: the date decided, the title is only reported
  kNoFit,        // no open period has the title's role: the date's choice stands
};

struct ActorMention {
  uint32_t sentence = 0;
  TokenRange tokens;            // words that matched
  std::string code;             // CAMEO actor code at the article date ("COLGOV", "IGOUNO")
  // The dictionary entry, as evidence: EntryText() gives "file:line name"
  // of `entry_from` followed by `entry_rest` (how the entry was combined
  // or resolved: " + file:line Colombia", " (coordinated with ...)"); with
  // no entry_from, `entry_rest` alone. (Named apart from the former
  // `entry`, which held the whole text, so that code written for that
  // does not compile rather than read a part.) Only the mentions of events, `dyad explain`
  // and the store's profiles read that text, so the matcher records where
  // the entry is instead of building the string for every mention
  // (te3silver: ~53,000 mentions, ~6,300 in events; the strings were 12.7M
  // instructions and a heap block each).
  struct EntryRef {
    const std::string* file = nullptr;  // the dictionary's own strings, which
    const std::string* name = nullptr;  // outlive every Doc coded with it;
    uint32_t line = 0;                  // name null: the entry has no name
  };
  EntryRef entry_from;
  // A second entry the text names between the two: an agent's country or
  // group ("officials + file:line Colombia"), an antecedent ("-> file:line
  // ..."). Kept as a reference for the same reason as entry_from (te3silver:
  // ~9,000 agents and pronouns built these strings, a heap block each, for
  // the few that reach an event). `via` picks the fixed words around it
  // (ViaWords in doc.cc); kNone: no second entry. The text is entry_from's,
  // then the via part, then entry_rest, so what is appended to entry_rest
  // later stays at the end, as when the via part was in that string.
  enum class Via : uint8_t { kNone, kPlus, kPlusCoordinated, kPlusSameSentence, kOfMinority, kCountryArrow, kArrow };
  EntryRef entry_via;
  std::string entry_rest;
  // entry_rest = <v's words around e's reference> (what RefText built): the
  // previous entry_rest is replaced, as that assignment replaced it.
  void SetVia(Via v, EntryRef e) {
    via = v;
    entry_via = e;
    entry_rest.clear();
  }
  // entry_rest = <v's words before> + x.EntryText(), by reference when x's
  // text is its own entry and its rest (no via of its own, which one
  // reference cannot hold; then the string is built as before).
  void SetViaMention(Via v, const ActorMention& x);
  // The entry text of x, all of its parts (what copying entry_from and
  // entry_rest copied before entry_via).
  void CopyEntry(const ActorMention& x) {
    entry_from = x.entry_from;
    entry_via = x.entry_via;
    via = x.via;
    entry_rest = x.entry_rest;
  }
  std::string EntryText() const;
  // The same text appended to `out` (the evidence writer reuses one string
  // instead of a heap block per mention).
  void AppendEntryText(std::string* out) const;
  // Makes this a pronoun standing for `ante` (the mention at index
  // `ante_index`): its code and entry, so evidence names the dictionary line
  // that gave the code. The matcher's "he" (actors/matcher.cc) and the
  // agent pronouns of analysis/pronouns.cc both build mentions this way.
  void ReferTo(uint32_t ante_index, const ActorMention& ante) {
    code = ante.code;
    CopyEntry(ante);
    how = ActorResolution::kPronoun;
    antecedent = ante_index;
  }
  ActorResolution how = ActorResolution::kDirect;
  Via via = Via::kNone;  // beside `how`, in its padding (see entry_via)
  uint32_t antecedent = kNone32;  // for kPronoun and kSurname: index of the mention it refers to
  bool is_person = false;       // a named person (speaker attribution, `dyad who`)
  bool is_agent = false;        // a generic agent ("officials", "troops")
  // A private person ("a man", "two women": ActorEntry::placed). News
  // names such a person as the victim or doer of force, a protester, an
  // accuser or the accused; the coder keeps no other act of one (events/coder.cc).
  bool is_private = false;
  // Another code of the mention before, the same name (a peer's "[ELR/GAL]"
  // gives one mention per code; UD-PETRARCH's reading joins them back).
  bool also_code = false;
  TokenRange title;             // a title before a person's name ("former president"), empty if none
  TitleUse title_use = TitleUse::kNone;
  // kAgentSentence only: the words whose country the agent took, and the
  // code it would have had without them (the next country, the article's,
  // or none). The coder falls back to it when those words turn out to be
  // the agent's own target ("militants fired at the American base").
  TokenRange country_from;
  std::string code_without_country;
  // Workers (LAB) of a firm named in their phrase ("Korean Air pilots",
  // "workers at Korean Air"): the firm's code, which their strike or
  // strike threat is aimed at when the sentence names no one else.
  // A view of the firm entry's own code (its CodePeriod::code in the
  // ActorDictionary), which, as entry_from's strings, outlives every Doc
  // coded with it: the matcher and the coder hold the dictionary by
  // shared_ptr, and a cache hit restores the entries as owned strings, not
  // views of the mapped file. A std::string here was 32 bytes more in every
  // mention to construct, move and destroy (te3silver: ~53,000 mentions,
  // few of them workers of a named firm); the view is 16, trivially copied.
  std::string_view employer;
};

// kShifted: a distance from the sentence's own time that dates only the
// words it governs ("a week after <they did E>"; time/date_shift.h).
enum class TimeKind : uint8_t { kDate, kRelative, kWeekday, kDuration, kSet, kOther, kShifted };

struct TimeExpr {
  uint32_t sentence = 0;
  Span span;                 // bytes
  TokenRange tokens;         // tokens (filled when tokens exist)
  Date value;                // resolved against the anchor (publication date)
  TimeKind kind = TimeKind::kDate;
  std::string rule;          // name of the rule that matched (evidence)
  TokenRange scope;          // kShifted: the words it dates (the rest of the sentence keeps its date)
};

struct Quote {
  Span span;                       // the quoted words, without the marks
  TokenRange tokens;               // the same words as tokens
  uint32_t first_sentence = 0;
  uint32_t last_sentence = 0;
  uint32_t speaker = kNone32;      // ActorMention index, if the speaker is a known actor
  Span speaker_span;               // speaker words in the text, even if not an actor
  std::string how;                 // "X said", "said X", "according to X", "pronoun", ...
};

struct EventMention {
  uint32_t sentence = 0;
  uint32_t clause = kNone32;
  std::string source;               // actor codes; empty if unknown
  std::string target;
  uint32_t source_actor = kNone32;  // ActorMention indices
  uint32_t target_actor = kNone32;
  std::string code;                 // CAMEO event code, "112"
  Date date;                        // when it happened
  uint32_t time = kNone32;          // TimeExpr index the date came from (kNone32: publication date)
  TokenRange trigger;               // verb (and particle/object words the pattern matched)
  std::string pattern;              // "data/verbs/11_disapprove.txt:42 accuse + of"
  std::string note;                 // how the rule applied ("passive: source from by-phrase", ...)
};

struct Doc {
  Article article;  // text is normalised in place by the text stage
  std::string_view text() const { return article.text; }
  std::string_view text(Span s) const { return std::string_view(article.text).substr(s.begin, s.size()); }
  std::string_view text(TokenRange r) const {
    if (r.empty()) return {};
    return text(Span{tokens[r.begin].span.begin, tokens[r.end - 1].span.end});
  }

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;
  std::vector<TimeExpr> times;
  std::vector<ActorMention> actors;
  std::vector<Quote> quotes;
  std::vector<EventMention> events;

  Arena arena;  // strings built for tokens (see Token::lower)

  // Empties every layer, keeping capacity.
  void Clear();
};

// The hash dictionaries use for token strings (XXH3-64 of the bytes).
uint64_t TokenHash(std::string_view s);

}  // namespace dyad

#endif  // DYAD_MODEL_DOC_H_
