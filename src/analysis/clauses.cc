#include "analysis/clauses.h"

#include <algorithm>
#include <array>

namespace dyad {

namespace {

// Word classes the analyser needs, by case-folded form. Hashes are computed
// once so the per-token tests are integer compares.
struct Words {
  uint64_t be, have, do_, get, go, to, not_, nt, never, no, longer, going, set, due, about, need, ought, able,
      scheduled, slated;
  uint64_t will, would, can, could, may, might, shall, should, must, ll, d, wo, ca;
  uint64_t and_, but, or_, nor, that, which, who, whom, whose, where, when, while_, whereas, although, though,
      because, since, after, before, until, unless, if_, whether, as, once, so;
  uint64_t by, according, comma, colon, semicolon, dash, emdash, endash, there;
  uint64_t question, with, along, together, up;
  // Participles that after "be" describe the subject's own stance or
  // activity, not something done to it: "is opposed to", "were engaged
  // in", "is prepared to", "is committed to". Read as active verbs (the
  // subject is the doer) unless a by-phrase follows.
  std::array<uint64_t, 9> stative{};
  // Verbs of belief and report whose participle introduces a reduced
  // passive ("a missile believed to be fired by ...").
  std::array<uint64_t, 9> belief{};
  // Verbs of saying with an addressee before the reported clause ("told
  // reporters Japan had rejected ...").
  std::array<uint64_t, 7> addressee{};

  Words() {
    auto h = [](std::string_view s) { return TokenHash(s); };
    be = h("be"), have = h("have"), do_ = h("do"), get = h("get"), go = h("go"), to = h("to");
    not_ = h("not"), nt = h("n't"), never = h("never"), no = h("no"), longer = h("longer");
    going = h("going"), set = h("set"), due = h("due"), about = h("about"), need = h("need"), ought = h("ought");
    able = h("able"), scheduled = h("scheduled"), slated = h("slated");
    will = h("will"), would = h("would"), can = h("can"), could = h("could"), may = h("may"), might = h("might");
    shall = h("shall"), should = h("should"), must = h("must"), ll = h("'ll"), d = h("'d"), wo = h("wo"), ca = h("ca");
    and_ = h("and"), but = h("but"), or_ = h("or"), nor = h("nor"), that = h("that"), which = h("which");
    who = h("who"), whom = h("whom"), whose = h("whose"), where = h("where"), when = h("when");
    while_ = h("while"), whereas = h("whereas"), although = h("although"), though = h("though");
    because = h("because"), since = h("since"), after = h("after"), before = h("before"), until = h("until");
    unless = h("unless"), if_ = h("if"), whether = h("whether"), as = h("as"), once = h("once"), so = h("so");
    by = h("by"), according = h("according"), comma = h(","), colon = h(":"), semicolon = h(";");
    dash = h("-"), emdash = h("\xE2\x80\x94"), endash = h("\xE2\x80\x93"), there = h("there");
    question = h("?"), with = h("with"), along = h("along"), together = h("together"), up = h("up");
    stative = {h("opposed"), h("engaged"), h("involved"), h("committed"), h("prepared"),
               h("determined"), h("poised"), h("dedicated"), h("resolved")};
    belief = {h("believe"), h("think"), h("say"), h("report"), h("know"), h("suspect"), h("allege"), h("understand"),
              h("expect")};
    addressee = {h("tell"), h("inform"), h("assure"), h("remind"), h("brief"), h("advise"), h("notify")};
    for (uint64_t x : {will, would, can, could, may, might, shall, should, must, ll, d, wo, ca, ought}) modal_bits |= Bit(x);
    for (uint64_t x : {that, which, who, whom, whose, where, when, while_, whereas, although, though, because, since,
                       after, before, until, unless, if_, whether, as, once}) {
      subordinator_bits |= Bit(x);
      subordinator_bits2 |= Bit2(x);
    }
    for (uint64_t x : {colon, semicolon, emdash, endash}) break_bits |= Bit(x);
    for (uint64_t x : {and_, but, or_, nor}) coord_bits |= Bit(x);
    boundary_bits = break_bits | subordinator_bits | coord_bits;
    for (uint64_t x : {not_, nt, never}) neg_bits |= Bit(x);
  }

  // The tests below run for most tokens of every sentence and almost always
  // answer no; one bit per word (from the hash's top six bits) answers most
  // of those noes with one AND instead of up to 21 comparisons.
  static uint64_t Bit(uint64_t x) { return uint64_t{1} << (x >> 58); }
  // The 21 subordinators set a third of Bit's 64 bits, so a third of all
  // words passed that mask into the 21 comparisons (12M instructions on
  // te3silver); a second mask from six other bits of the hash stops most.
  static uint64_t Bit2(uint64_t x) { return uint64_t{1} << ((x >> 52) & 63); }
  uint64_t modal_bits = 0, subordinator_bits = 0, break_bits = 0, coord_bits = 0, neg_bits = 0;
  uint64_t subordinator_bits2 = 0;
  // break_bits | subordinator_bits | coord_bits: one test for "may be a
  // clause boundary" before the three exact ones.
  uint64_t boundary_bits = 0;

  bool IsModal(uint64_t x) const {
    if (!(modal_bits & Bit(x))) return false;
    return x == will || x == would || x == can || x == could || x == may || x == might || x == shall ||
           x == should || x == must || x == ll || x == d || x == wo || x == ca || x == ought;
  }
  // The mask here too: these two run beside IsSubordinator on every token,
  // which has already computed Bit(x) (10M instructions on te3silver).
  bool IsNeg(uint64_t x) const { return (neg_bits & Bit(x)) && (x == not_ || x == nt || x == never); }
  bool IsCoord(uint64_t x) const { return (coord_bits & Bit(x)) && (x == and_ || x == but || x == or_ || x == nor); }
  bool IsRelative(uint64_t x) const { return x == who || x == which || x == that || x == whom || x == whose; }
  bool IsSubordinator(uint64_t x) const {
    if (!(subordinator_bits & Bit(x)) || !(subordinator_bits2 & Bit2(x))) return false;
    return x == that || x == which || x == who || x == whom || x == whose || x == where || x == when ||
           x == while_ || x == whereas || x == although || x == though || x == because || x == since ||
           x == after || x == before || x == until || x == unless || x == if_ || x == whether || x == as ||
           x == once;
  }
  bool IsClauseBreak(uint64_t x) const { return (break_bits & Bit(x)) && (x == colon || x == semicolon || x == emdash || x == endash); }
};

const Words& W() {
  static const Words w;
  return w;
}

// The hash of "-", for NounPhraseToken: a namespace-scope constant (set
// before main) rather than W().dash, whose function-local static cost a
// guard test on each of the ~280,000 calls that reach it on te3silver.
const uint64_t kDashHash = TokenHash("-");

bool NounLike(const Token& t) {
  switch (t.tag) {
    case Tag::NN: case Tag::NNS: case Tag::NNP: case Tag::NNPS: case Tag::PRP: case Tag::CD: case Tag::EX:
      return true;
    default: return false;
  }
}

// A day word the time tagger resolves only against a publication date: a
// weekday name or "today"/"yesterday"/"tonight" (not month names: "May" is
// also a modal and a surname). Only asked about the word right before a
// verb's group, so the ten-word scan is off the per-token path.
bool UnresolvedDay(const Token& t) {
  // Every such word has 5 to 9 letters and ends in "y" or "t" ("tonight"):
  // the subject's head noun before most verbs fails this before any hash.
  std::string_view low = t.lower;
  if (low.size() < 5 || low.size() > 9 || (low.back() != 'y' && low.back() != 't')) return false;
  static const uint64_t kDays[] = {TokenHash("monday"),   TokenHash("tuesday"), TokenHash("wednesday"),
                                   TokenHash("thursday"), TokenHash("friday"),  TokenHash("saturday"),
                                   TokenHash("sunday"),   TokenHash("today"),   TokenHash("yesterday"),
                                   TokenHash("tonight")};
  for (uint64_t d : kDays)
    if (t.lower_hash == d) return true;
  return false;
}

// Tokens that can be part of a noun phrase (before or at its head).
// Always inlined: the subject and object walks ask it of ~760,000 tokens
// on te3silver, and GCC kept it out of line, a call for a switch.
[[gnu::always_inline]] inline bool NounPhraseToken(const Token& t) {
  switch (t.tag) {
    case Tag::DET: case Tag::PDT: case Tag::JJ: case Tag::JJR: case Tag::JJS: case Tag::NN: case Tag::NNS:
    case Tag::NNP: case Tag::NNPS: case Tag::CD: case Tag::POS: case Tag::PRPS: case Tag::PRP: case Tag::EX:
    case Tag::FW: case Tag::SYM: case Tag::PPD:
      return true;
    default: return t.lower_hash == kDashHash;
  }
}

struct VG {
  uint32_t begin, end, head;
  bool finite;
  ClauseKind kind;
  uint32_t prep;  // gerund's preposition
  VerbGroup verb;
  // Set on the verb group after a garden-path participle (see "Garden
  // path" below): where its subject noun phrase begins, before the participle.
  uint32_t subject_from = kNone32;
};

// The first word of a direct object noun phrase ("talks", "the town", a
// named actor); a preposition such as "by" is none.
bool StartsObject(const Token& t, bool is_actor) {
  switch (t.tag) {
    case Tag::DET: case Tag::PDT: case Tag::PRPS: case Tag::JJ: case Tag::JJR: case Tag::CD: case Tag::NN:
    case Tag::NNS:
      return true;
    case Tag::NNP: case Tag::NNPS: return is_actor;
    default: return false;
  }
}

}  // namespace

ClauseAnalyzer::ClauseAnalyzer(ClauseAnalyzerOptions options) : options_(std::move(options)) {}

void ClauseAnalyzer::Run(Doc& doc) const {
  doc.clauses.clear();
  // Each sentence needs only its own actor mentions; scanning the whole
  // article's list for every sentence cost 3.8M instructions on te3silver.
  // When the list is in sentence order (as the matcher leaves it; checked
  // here, so any order stays correct), a sentence's mentions are one block,
  // found with a cursor; otherwise every sentence gets the whole list.
  const std::vector<ActorMention>& actors = doc.actors;
  const bool ordered = std::is_sorted(actors.begin(), actors.end(), [](const ActorMention& x, const ActorMention& y) {
    return x.sentence < y.sentence;
  });
  size_t cursor = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (!ordered) {
      AnalyzeSentence(doc, s, actors);
      continue;
    }
    while (cursor < actors.size() && actors[cursor].sentence < s) ++cursor;
    size_t end = cursor;
    while (end < actors.size() && actors[end].sentence == s) ++end;
    AnalyzeSentence(doc, s, std::span<const ActorMention>(actors.data() + cursor, end - cursor));
    cursor = end;
  }
}

void ClauseAnalyzer::AnalyzeSentence(Doc& doc, uint32_t s) const { AnalyzeSentence(doc, s, doc.actors); }

void ClauseAnalyzer::AnalyzeSentence(Doc& doc, uint32_t s, std::span<const ActorMention> mentions) const {
  const Words& w = W();
  const Sentence& sent = doc.sentences[s];
  const uint32_t b = sent.tokens.begin, e = sent.tokens.end;
  if (b == e) return;
  // The tokens through a plain pointer taken once: nothing here adds or
  // removes tokens (only tags are corrected in place), and through the
  // vector every toks[t] after a store (a tag, a scratch byte, a verb
  // group) reloaded the vector's data pointer, as the lambdas that capture
  // it did on every read.
  Token* const toks = doc.tokens.data();

  // Actor mentions act as single noun-phrase units: a verb-tagged word inside
  // a name ("Rapid Support Forces", "Tren de Aragua") is not a verb.
  // Per-thread scratch buffers (in_actor, vgs): reused across sentences so
  // that a sentence costs no allocation for them.
  static thread_local std::vector<uint8_t> in_actor;
  in_actor.assign(e - b, 0);
  for (const ActorMention& m : mentions) {
    if (m.sentence != s) continue;
    for (uint32_t t = m.tokens.begin; t < m.tokens.end; ++t)
      if (t >= b && t < e) in_actor[t - b] = 1;
  }
  // t in [b, e) as one unsigned compare (t < b wraps around to a large
  // t - b): this test runs ~3 million times on te3silver.
  // Through a plain pointer and length taken once: the lambda is inlined at
  // ~40 call sites, and each reading of the thread_local vector was a TLS
  // address and a reload of its data pointer.
  const uint8_t* const in_actor_p = in_actor.data();
  const uint32_t sent_len = e - b;
  auto actor = [in_actor_p, b, sent_len](uint32_t t) { return t - b < sent_len && in_actor_p[t - b]; };
  // Time expressions of this sentence (the time tagger runs first): a date
  // right before the verb is an adverbial, not the subject. Collected once
  // per sentence (a few at most) so the subject search scans only these.
  static thread_local std::vector<TokenRange> sent_times;
  sent_times.clear();
  for (const TimeExpr& te : doc.times)
    if (te.sentence == s && te.tokens.begin < te.tokens.end) sent_times.push_back(te.tokens);
  auto time_ending_at = [&](uint32_t t) -> uint32_t {
    for (const TokenRange& r : sent_times)
      if (r.end == t && !actor(r.begin)) return r.begin;
    return kNone32;
  };
  auto lemma = [&](uint32_t t) { return toks[t].lemma_hash ? toks[t].lemma_hash : toks[t].lower_hash; };
  // A modal takes a bare verb: "they would blockade the port" where the tagger
  // read "blockade" as a noun. Recorded as VB, like the VBN -> VBD
  // correction below.
  for (uint32_t t = b + 1; t < e; ++t) {
    if (toks[t].tag != Tag::NN || actor(t)) continue;
    uint32_t k = t;
    while (k > b && (IsAdverb(toks[k - 1].tag) || w.IsNeg(toks[k - 1].lower_hash))) --k;
    if (k > b && toks[k - 1].tag == Tag::MD) toks[t].tag = Tag::VB;
  }
  auto is_aux_lemma = [&](uint64_t l) { return l == w.be || l == w.have || l == w.do_ || l == w.get; };
  // The tag first: most words are no verb, and the tag answers for them
  // without the actor lookup (both tests are pure, so the order changes
  // nothing but the cost).
  auto verbal = [&](uint32_t t) {
    const Token& x = toks[t];
    return (IsVerb(x.tag) || x.tag == Tag::MD) && !actor(t);
  };

  // ---- 1. Verb groups -------------------------------------------------------
  static thread_local std::vector<VG> vgs;
  vgs.clear();
  bool finite_in_region = false;  // a finite verb since the last clause boundary
  uint32_t region_finite = kNone32;  // index in vgs of the first finite group of the region
  // That group may be a garden-path participle (see "Garden path" below):
  // decided once, when it is found, so the later verb groups of the
  // sentence test one flag.
  bool region_garden = false;
  for (uint32_t t = b; t < e;) {
    const Token& x = toks[t];
    uint64_t lw = x.lower_hash;
    // One mask test first: most words are none of the three classes, and
    // boundary_bits is the union of their masks, so a word outside it is
    // none of them (the same answer as asking the three in turn).
    if (((w.boundary_bits & Words::Bit(lw)) && (w.IsClauseBreak(lw) || w.IsSubordinator(lw) || w.IsCoord(lw))) ||
        x.has(kOpenQuote)) {
      finite_in_region = false;
      region_finite = kNone32;
      region_garden = false;
    }
    // Most words are neither "to" nor verbal: they are skipped here, before
    // the infinitive test below, which is false for any word but "to" (the
    // same skip the test after it would make).
    if (lw != w.to && !verbal(t)) {
      ++t;
      continue;
    }

    // The verb may open a quotation ('vowed to "crush" them'): the quote
    // mark after "to" is passed over as after a modal (below).
    uint32_t after_to = t + 1 < e && toks[t + 1].tag == Tag::PPL ? t + 2 : t + 1;
    bool infinitive = lw == w.to && after_to < e &&
                      (toks[after_to].tag == Tag::VB ||
                       (IsAdverb(toks[after_to].tag) && after_to + 1 < e && toks[after_to + 1].tag == Tag::VB));
    if (!infinitive && !verbal(t)) {
      ++t;
      continue;
    }
    // "according to" is a preposition, not a verb.
    if (lw == w.according) {
      t += 2;
      continue;
    }
    // A participle or gerund between a determiner/adjective and a noun is an
    // adjective ("the growing divide", "alleged drug boats").
    if ((x.tag == Tag::VBG || x.tag == Tag::VBN) && t > b && t + 1 < e) {
      Tag prev = toks[t - 1].tag, next = toks[t + 1].tag;
      bool before_noun = IsNoun(next) || IsAdjective(next);
      bool after_mod = prev == Tag::DET || IsAdjective(prev) || prev == Tag::PRPS || prev == Tag::POS ||
                       prev == Tag::CD || actor(t - 1) || IsNoun(prev);
      bool after_aux = false;
      for (uint32_t k = t; k-- > b;) {
        if (IsAdverb(toks[k].tag)) continue;
        after_aux = IsVerb(toks[k].tag) || toks[k].tag == Tag::MD;
        break;
      }
      if (before_noun && after_mod && !after_aux && (prev == Tag::DET || IsAdjective(prev) || prev == Tag::PRPS ||
                                                     prev == Tag::POS || prev == Tag::CD || IsNoun(next))) {
        if (!(IsNoun(prev) && x.tag == Tag::VBN)) {  // "a status conferred ..." is a reduced relative
          ++t;
          continue;
        }
      }
    }
    // Right after a preposition, a participle before a noun or adjective
    // modifies it ("meet with exiled dissidents", "the release of detained
    // activists"): a preposition takes a noun phrase, never a finite verb.
    // Not after a subordinator tagged IN ("after", "as", "since"), which may
    // open a clause.
    if ((x.tag == Tag::VBN || x.tag == Tag::VBD) && t > b && t + 1 < e && toks[t - 1].tag == Tag::IN &&
        !w.IsSubordinator(toks[t - 1].lower_hash) && !actor(t - 1) &&
        (IsNoun(toks[t + 1].tag) || IsAdjective(toks[t + 1].tag))) {
      ++t;
      continue;
    }
    // Right after a full verb, a participle before an adjective or noun
    // begins that verb's object ("reject proposed Israeli changes",
    // "condemned alleged abuses"); after "be"/"have"/"get"/"do" it is the
    // verb ("were killed civilians" is not English; "have signed deals" is).
    if ((x.tag == Tag::VBN || x.tag == Tag::VBD) && t > b && t + 1 < e && !actor(t - 1) &&
        (toks[t - 1].tag == Tag::VBD || toks[t - 1].tag == Tag::VBZ || toks[t - 1].tag == Tag::VBP ||
         toks[t - 1].tag == Tag::VB) &&
        !is_aux_lemma(lemma(t - 1)) && (IsNoun(toks[t + 1].tag) || IsAdjective(toks[t + 1].tag)) &&
        !(options_.is_speech && options_.is_speech(lemma(t - 1)))) {
      ++t;
      continue;
    }

    VG g{};
    g.begin = t;
    g.head = kNone32;
    g.prep = kNone32;
    g.kind = ClauseKind::kFinite;
    VerbGroup& v = g.verb;
    bool has_modal = false, has_finite_form = false, be_before = false;
    uint32_t last_verb = kNone32;
    uint32_t j = t;
    if (infinitive) {
      g.kind = ClauseKind::kInfinitive;
      ++j;
    }
    while (j < e) {
      const Token& y = toks[j];
      uint64_t ly = y.lower_hash;
      if (actor(j)) break;
      if (y.tag == Tag::MD || w.IsModal(ly)) {
        if (g.kind == ClauseKind::kInfinitive) break;
        has_modal = true;
        if (ly == w.will || ly == w.shall || ly == w.ll || ly == w.wo) v.modality = Modality::kFuture;
        else if (ly == w.would || ly == w.d) v.modality = Modality::kConditional;
        else if (ly == w.can || ly == w.could || ly == w.may || ly == w.might || ly == w.ca) v.modality = Modality::kPossible;
        else v.modality = Modality::kObligation;
        if (ly == w.ought && j + 1 < e && toks[j + 1].lower_hash == w.to) ++j;
        ++j;
        continue;
      }
      // A partial quotation may open inside the verb group ("Trump is "not
      // discussing" it"): after an auxiliary the quote mark is no clause
      // boundary, and the negation or verb after it still belongs to the
      // group (after a full verb it opens the quoted words: 'said "go"').
      // Right after a modal too ('Japan should "respect" the accord', with
      // an adverb allowed before the verb: 'should "firmly respect"'): a
      // modal is never a clause of its own, so the quoted verb is its verb.
      // So with the "to" of an infinitive.
      if (y.tag == Tag::PPL && j + 1 < e &&
          ((last_verb != kNone32 && is_aux_lemma(lemma(last_verb))) ||
           ((has_modal || g.kind == ClauseKind::kInfinitive) && last_verb == kNone32)) &&
          (w.IsNeg(toks[j + 1].lower_hash) || verbal(j + 1) ||
           (IsAdverb(toks[j + 1].tag) && j + 2 < e && verbal(j + 2)))) {
        ++j;
        continue;
      }
      if (w.IsNeg(ly) || (ly == w.no && j + 1 < e && toks[j + 1].lower_hash == w.longer)) {
        v.negated = true;
        j += (ly == w.no) ? 2 : 1;
        continue;
      }
      if (IsAdverb(y.tag) && j + 1 < e && (verbal(j + 1) || IsAdverb(toks[j + 1].tag) || w.IsNeg(toks[j + 1].lower_hash))) {
        ++j;
        continue;
      }
      if (!IsVerb(y.tag)) break;
      uint64_t l = lemma(j);
      // Semi-auxiliaries: "is going to", "is set to", "is scheduled to", "has to", "needs to".
      // The scheduled act is the clause's verb (a future act, like "will attend").
      bool scheduled = be_before && (ly == w.set || ly == w.scheduled || ly == w.slated);
      if (j + 2 < e && toks[j + 1].lower_hash == w.to && toks[j + 2].tag == Tag::VB &&
          (ly == w.going || l == w.have || l == w.need || ly == w.able || scheduled)) {
        if (ly == w.going || scheduled) v.modality = Modality::kFuture;
        else if (ly == w.able) v.modality = Modality::kPossible;
        else v.modality = Modality::kObligation;
        if (y.tag == Tag::VBD || y.tag == Tag::VBZ || y.tag == Tag::VBP) has_finite_form = true;
        j += 2;
        continue;
      }
      if (y.tag == Tag::VBD || y.tag == Tag::VBZ || y.tag == Tag::VBP) has_finite_form = true;
      // An auxiliary if another verb follows (possibly after adverbs or "not").
      uint32_t k = j + 1;
      // (An opening quote there too: 'is "not discussing"', see above.)
      while (k < e && (IsAdverb(toks[k].tag) || w.IsNeg(toks[k].lower_hash) || toks[k].tag == Tag::PPL)) ++k;
      // "did not attend": do-support takes a bare verb; be/have/get take participles.
      bool verb_follows = k < e && IsVerb(toks[k].tag) && !actor(k) && (toks[k].tag != Tag::VB || l == w.do_);
      if (is_aux_lemma(l) && verb_follows) {
        if (l == w.be || l == w.get) be_before = true;
        else be_before = false;
        last_verb = j;
        ++j;
        continue;
      }
      last_verb = j;
      g.head = j;
      // Passive: a participle right after a form of "be" or "get", unless
      // it is one of the stative participles without a by-phrase.
      v.passive = y.tag == Tag::VBN && be_before;
      if (v.passive && std::find(w.stative.begin(), w.stative.end(), ly) != w.stative.end()) {
        uint32_t after_pp = j + 1;  // "was opposed earlier by X" is a passive
        while (after_pp < e && IsAdverb(toks[after_pp].tag)) ++after_pp;
        if (!(after_pp < e && toks[after_pp].lower_hash == w.by)) v.passive = false;
      }
      ++j;
      break;
    }
    if (g.head == kNone32) g.head = last_verb;
    if (g.head == kNone32) {  // a modal or "to" with no verb after it
      t = j > t ? j : t + 1;
      continue;
    }
    // Phrasal-verb particle right after the head ("called off", "cracked down"),
    // but not the "up" of "up to 4,000 troops" (a number's bound).
    bool up_to_number = j + 2 < e && toks[j].lower_hash == w.up && toks[j + 1].lower_hash == w.to &&
                        toks[j + 2].tag == Tag::CD;
    if (j < e && toks[j].tag == Tag::RP && !up_to_number) {
      v.particle = j;
      ++j;
    }
    g.end = j;
    v.tokens = {g.begin, g.end};
    v.head = g.head;
    v.lemma = toks[g.head].lemma.empty() ? toks[g.head].lower : toks[g.head].lemma;
    Tag ht = toks[g.head].tag;

    // Garden path: "The farmers detained for blocking roads were freed", "a
    // study published Monday in Lima found that".
    // A regular past form ("imprisoned", "released") is also the passive
    // participle; right after the sentence's first noun phrase, followed by
    // a prepositional phrase (or a date and one) and then by another verb
    // with no subject of its own in between, it was the participle of a
    // reduced relative, and the later verb is the clause's. The earlier
    // group is turned into that modifier, and the later one takes the noun
    // phrase before it as its subject. Not with verbs of saying ("officials
    // said in a statement the rebels ..."), nor when something between can
    // be the later verb's own subject: a pronoun, a wh-word, or a noun
    // phrase right after a noun ("agreed in March the plan would ...",
    // "clamped down on what it called"). "to" must be a preposition
    // ("agreed to remove" is the verb's own infinitive). A bare "-ed" form
    // as the later verb may itself be the modifier ("proposed in a bill
    // offered Congress last month"), so it counts only before "that"
    // ("a report released in Kigali alleged that ...").
    if (region_garden && g.kind != ClauseKind::kInfinitive && finite_in_region && region_finite != kNone32 &&
        (has_modal || has_finite_form || ht == Tag::VBN || ht == Tag::VBD) &&
        !(options_.is_speech && options_.is_speech(lemma(g.head)))) {
      VG& r = vgs[region_finite];
      bool only_nonfinite_after = true;
      for (size_t k = region_finite + 1; k < vgs.size(); ++k) only_nonfinite_after &= !vgs[k].finite;
      const bool later_bare_ed = g.begin == g.head && !has_modal && (ht == Tag::VBD || ht == Tag::VBN) &&
                                 toks[g.head].lower.ends_with("ed");
      bool candidate = only_nonfinite_after &&
                       (!later_bare_ed || (g.end < e && toks[g.end].lower_hash == w.that));
      if (candidate) {
        uint32_t p = r.end;
        while (p < g.begin && IsAdverb(toks[p].tag)) ++p;
        for (const TokenRange& tr : sent_times)
          if (tr.begin == p && tr.end <= g.begin) p = tr.end;
        uint64_t lp = p < g.begin ? toks[p].lower_hash : 0;
        bool to_verb = toks[p].tag == Tag::TO && p + 1 < e && (toks[p + 1].tag == Tag::VB || IsAdverb(toks[p + 1].tag));
        candidate = p < g.begin && (toks[p].tag == Tag::IN || toks[p].tag == Tag::TO || lp == w.by) &&
                    !w.IsSubordinator(lp) && !to_verb;
      }
      for (uint32_t k = r.end; candidate && k < g.begin; ++k) {
        uint64_t lk = toks[k].lower_hash;
        Tag tk = toks[k].tag;
        if (lk == w.comma || w.IsClauseBreak(lk) || toks[k].has(kOpenQuote) || toks[k].has(kCloseQuote) ||
            tk == Tag::PRP || tk == Tag::WDT || tk == Tag::WP || tk == Tag::WPS || tk == Tag::WRB ||
            ((tk == Tag::DET || tk == Tag::PRPS) && k > r.end && IsNoun(toks[k - 1].tag)))
          candidate = false;
      }
      if (candidate) {
        r.kind = ClauseKind::kReducedRelative;
        r.finite = false;
        r.verb.passive = true;
        r.verb.tense = Tense::kNonFinite;
        toks[r.head].tag = Tag::VBN;  // record the correction, as below
        g.subject_from = b;
        finite_in_region = false;
        region_finite = kNone32;
        region_garden = false;
      }
    }

    // "a missile believed to be fired by rebels": a verb of belief or report
    // right after a noun, inside a clause that has its verb, and followed
    // by "to be"/"to have" is a reduced passive modifying that noun (the
    // tagger often reads it as a simple past).
    bool belief_relative = false;
    if (g.kind != ClauseKind::kInfinitive && g.begin == g.head && (ht == Tag::VBD || ht == Tag::VBN) &&
        finite_in_region && g.begin > b && (toks[g.begin - 1].tag == Tag::NN || toks[g.begin - 1].tag == Tag::NNS) &&
        g.end + 1 < e && toks[g.end].lower_hash == w.to &&
        (lemma(g.end + 1) == w.be || lemma(g.end + 1) == w.have)) {
      uint64_t hl = lemma(g.head);
      belief_relative = std::find(w.belief.begin(), w.belief.end(), hl) != w.belief.end();
    }
    // "granted asylum to officers holed up in a residence", "opened its
    // borders to West Africans ordered out of Nigeria": a bare regular
    // "-ed" form right after the object of a preposition, in a clause that
    // has its verb, and followed by a particle or preposition is the
    // participle of a reduced relative modifying that object: a
    // preposition's object is no finite verb's subject. Not after a date
    // ("met in June troops stationed in"), nor when a determiner or a name
    // inside the words before it may start a new subject ("in a statement
    // the unit earned in"), nor in a clause whose verb is one of saying, which
    // takes a clause with no "that" ("said on Monday rebels attacked in").
    bool prep_object_relative = false;
    if (g.kind != ClauseKind::kInfinitive && finite_in_region && !has_modal && g.begin == g.head &&
        ht == Tag::VBD && toks[g.head].lower.ends_with("ed") && g.end < e &&
        (v.particle != kNone32 || (toks[g.end].tag == Tag::IN && !w.IsSubordinator(toks[g.end].lower_hash))) &&
        region_finite != kNone32 &&
        !(options_.is_speech && options_.is_speech(lemma(vgs[region_finite].head)))) {
      uint32_t st = g.begin;
      while (st > b && (NounPhraseToken(toks[st - 1]) || actor(st - 1))) --st;
      uint32_t pp = st;  // the preposition's position, past a quantifier ("to most West Africans")
      if (pp > b + 1 && IsAdverb(toks[pp - 1].tag)) --pp;
      bool ok = st < g.begin && pp > b && (toks[pp - 1].tag == Tag::IN || toks[pp - 1].tag == Tag::TO) &&
                !w.IsSubordinator(toks[pp - 1].lower_hash) && (IsNoun(toks[g.begin - 1].tag) || actor(g.begin - 1));
      // A name after a common noun may be the subject of a relative clause
      // with no "that": "a contract Pertamina signed with Occidental".
      for (uint32_t k = st + 1; ok && k < g.begin; ++k)
        if (toks[k].tag == Tag::DET || toks[k].tag == Tag::PRPS ||
            (IsProperNoun(toks[k].tag) && (toks[k - 1].tag == Tag::NN || toks[k - 1].tag == Tag::NNS)))
          ok = false;
      for (const TokenRange& tr : sent_times)
        if (ok && tr.begin < g.begin && tr.end > st) ok = false;
      prep_object_relative = ok;
    }
    if (belief_relative || prep_object_relative) {
      g.kind = ClauseKind::kReducedRelative;
      v.passive = true;
      if (prep_object_relative) toks[g.head].tag = Tag::VBN;  // record the correction
    } else if (g.kind != ClauseKind::kInfinitive) {
      if (has_modal || has_finite_form) {
        g.kind = ClauseKind::kFinite;
      } else if (ht == Tag::VBG) {
        uint32_t p = g.begin;
        while (p > b && IsAdverb(toks[p - 1].tag)) --p;
        if (p > b && (toks[p - 1].tag == Tag::IN || toks[p - 1].lower_hash == w.by)) {
          g.kind = ClauseKind::kGerund;
          g.prep = p - 1;
        } else {
          g.kind = ClauseKind::kParticiple;
        }
      } else if (ht == Tag::VBN) {
        // No auxiliary: a past participle after a noun inside a clause that
        // already has its verb modifies that noun; otherwise the tagger
        // mistook a simple past for a participle.
        bool after_noun = g.begin > b && (NounLike(toks[g.begin - 1]) || actor(g.begin - 1));
        if (finite_in_region && after_noun) {
          g.kind = ClauseKind::kReducedRelative;
          v.passive = true;
        } else if (g.begin > b && toks[g.begin - 1].lower_hash == w.comma && !finite_in_region &&
                   !(g.end < e && StartsObject(toks[g.end], actor(g.end)))) {
          g.kind = ClauseKind::kParticiple;
          v.passive = true;
        } else {
          // Including "The US envoy, General X, held talks with ...": after
          // an apposition's comma, a participle with a direct object after it
          // is a simple past (a passive participle takes no object).
          g.kind = ClauseKind::kFinite;
          toks[g.head].tag = Tag::VBD;  // record the correction the clause relies on
        }
      } else if (ht == Tag::VB) {
        // Bare verb: imperative, or after "to" we missed, or a subjunctive;
        // treat as finite present.
        g.kind = ClauseKind::kFinite;
      } else {
        g.kind = ClauseKind::kFinite;
      }
    }
    g.finite = g.kind == ClauseKind::kFinite;
    if (g.finite) {
      bool past = false;
      for (uint32_t k = g.begin; k < g.end; ++k)
        if (toks[k].tag == Tag::VBD) past = true;
      v.tense = v.modality == Modality::kFuture ? Tense::kFuture : past ? Tense::kPast : Tense::kPresent;
      finite_in_region = true;
      if (region_finite == kNone32) {
        region_finite = static_cast<uint32_t>(vgs.size());
        // A garden-path candidate: one regular "-ed" word (past tense and
        // participle alike) after a noun phrase that opens the sentence.
        region_garden = false;
        if (g.begin == g.head && toks[g.head].tag == Tag::VBD && toks[g.head].lower.ends_with("ed") && g.begin > b &&
            (IsNoun(toks[g.begin - 1].tag) || actor(g.begin - 1))) {
          uint32_t st = g.begin;
          while (st > b && (NounPhraseToken(toks[st - 1]) || actor(st - 1))) --st;
          region_garden = st == b && !(options_.is_speech && options_.is_speech(lemma(g.head)));
        }
      }
    } else {
      v.tense = Tense::kNonFinite;
    }
    vgs.push_back(g);
    t = g.end;
  }
  if (vgs.empty()) return;

  const bool question = toks[e - 1].lower_hash == w.question;

  // ---- 2. Subjects ----------------------------------------------------------
  // Walk left from a finite verb group over one noun phrase (with its
  // post-modifying prepositional phrases and coordinated names), skipping one
  // apposition or relative clause set off by commas.
  struct Left {
    TokenRange subject;
    uint32_t boundary;  // first token of the clause (the subordinator, coordinator, or subject start)
    uint64_t boundary_word;
    bool coordinated;   // "... and" directly before the verb: shares the earlier subject
  };
  auto find_subject = [&](uint32_t vbegin, uint32_t floor) -> Left {
    Left r{{vbegin, vbegin}, vbegin, 0, false};
    uint32_t t = vbegin;
    // Adverbs and adverbial phrases right before the verb are not the subject,
    // nor is a date ("Petro, on Monday, said", "the minister Friday suspended").
    while (t > floor && IsAdverb(toks[t - 1].tag) && !actor(t - 1)) --t;
    bool date_skipped = false;
    uint32_t tb = t > floor ? time_ending_at(t) : kNone32;
    // Undated text (a pasted sentence, a suite record): the time tagger
    // drops a weekday it cannot resolve, yet "Imran Khan, on Wednesday
    // ridiculed" still has its subject before the day.
    if (tb == kNone32 && t > floor && UnresolvedDay(toks[t - 1])) tb = t - 1;
    if (tb != kNone32 && tb > floor) {
      uint32_t k = tb;
      if (k > floor + 1 && toks[k - 1].tag == Tag::IN) --k;  // "on Monday"
      // Only when something is left to be the subject.
      if (k > floor && (NounLike(toks[k - 1]) || actor(k - 1) || toks[k - 1].lower_hash == w.comma)) {
        t = k;
        date_skipped = true;
      }
    }
    uint32_t end = t;
    bool skipped_apposition = false;
    // The "(" of a parenthesis that closes at `rrb` and opens at most five
    // tokens earlier, after a name: "The Arab Maghreb Union (AMU)". kNone32
    // when there is none, or no actor right before it.
    auto named_paren_open = [&](uint32_t rrb) -> uint32_t {
      for (uint32_t q = rrb; q-- > floor && q + 6 > rrb;)
        if (toks[q].tag == Tag::LRB) return q > floor && actor(q - 1) ? q : kNone32;
      return kNone32;
    };
    while (true) {
      while (t > floor) {
        const Token& x = toks[t - 1];
        uint64_t lx = x.lower_hash;
        if (actor(t - 1) || NounPhraseToken(x)) {
          if (x.tag == Tag::PRP && t != end && !actor(t - 1)) break;  // "they" ends a phrase leftwards
          --t;
          // A personal pronoun is a whole noun phrase: in "said on Monday
          // they would sign" the subject is "they", not "Monday they".
          if (x.tag == Tag::PRP && !actor(t)) break;
          continue;
        }
        // A name and its abbreviation or gloss in parentheses before the
        // singular common noun that heads the subject: "The Arab Maghreb
        // Union (AMU) summit", "the Party of Labour (PT) group". Only when
        // that noun is all the subject so far: the name is what the phrase
        // names (a plural, "EC states", names its members instead).
        if (x.tag == Tag::RRB && t + 1 == end && toks[t].tag == Tag::NN && !actor(t) &&
            t > floor + 2) {
          if (uint32_t open = named_paren_open(t - 1); open != kNone32) {
            t = open;
            continue;
          }
        }
        // Post-nominal PP: "Opponents of Rwanda's Senate", "officials in Bogotá".
        if ((x.tag == Tag::IN && lx != w.that && !w.IsSubordinator(lx)) && t < end && t - 1 > floor &&
            (NounLike(toks[t - 2]) || actor(t - 2))) {
          --t;
          continue;
        }
        // The same after a name and its abbreviation: "The National Union
        // of Teachers (NUT) in Kenya said" is the union, not Kenya.
        if ((x.tag == Tag::IN && lx != w.that && !w.IsSubordinator(lx)) && t < end && t > floor + 3 &&
            toks[t - 2].tag == Tag::RRB) {
          if (uint32_t open = named_paren_open(t - 2); open != kNone32) {
            t = open;
            continue;
          }
        }
        // Two prepositions in a row: "farmers from all over the
        // province", "troops from across the region".
        if ((x.tag == Tag::IN && lx != w.that && !w.IsSubordinator(lx)) && t < end && t > floor + 2 &&
            toks[t - 2].tag == Tag::IN && !w.IsSubordinator(toks[t - 2].lower_hash) &&
            (NounLike(toks[t - 3]) || actor(t - 3))) {
          t -= 2;
          continue;
        }
        // "Washington, along with its allies, demanded" / "X together with
        // Y": the phrase belongs to the subject before it, whose head is X.
        if (lx == w.with && t < end && t > floor + 2 &&
            (toks[t - 2].lower_hash == w.along || toks[t - 2].lower_hash == w.together)) {
          uint32_t k = t - 2;
          if (k > floor + 1 && toks[k - 1].lower_hash == w.comma) --k;
          if (k > floor && (NounLike(toks[k - 1]) || actor(k - 1))) {
            t = k;
            continue;
          }
        }
        // Coordinated subject: "Obama and Putin", "the US and Britain".
        // With serial_comma_subjects also "B, and C": the word before the comma.
        uint32_t before = t - 1 > floor ? t - 2 : t - 1;
        if (options_.serial_comma_subjects && (lx == w.and_ || lx == w.or_) && t - 1 > floor + 1 &&
            toks[t - 2].lower_hash == w.comma)
          before = t - 3;
        if ((lx == w.and_ || lx == w.or_ || lx == w.comma) && t < end && t - 1 > floor &&
            (NounLike(toks[before]) || actor(before))) {
          // Only if no verb lies to the left before a boundary (else the
          // left part is an earlier object: "suspended purchases and Petro").
          bool verb_left = false;
          bool opening_pp = false;  // "Despite warnings by X, Y refused": X ends an opening phrase, no list
          for (uint32_t k = t - 1; k-- > floor;) {
            uint64_t lk = toks[k].lower_hash;
            if (lk == w.comma && lx == w.comma) break;
            if (w.IsSubordinator(lk) || w.IsClauseBreak(lk) || toks[k].has(kOpenQuote) || toks[k].has(kCloseQuote)) break;
            if (verbal(k)) {
              verb_left = true;
              break;
            }
            // Not "in"/"at": "In Cairo, Egypt and Jordan agreed" is read by
            // the locative rule of the coder (audit 2). Unless nothing after
            // the comma names an actor: "In Britain, the virus has killed six
            // people" is about a place, not a list whose first member acts.
            static const uint64_t kIn = TokenHash("in"), kAt = TokenHash("at");
            if (k == floor && lx == w.comma && toks[k].tag == Tag::IN) {
              bool named_after = false;
              for (uint32_t q = t; q < end && !named_after; ++q) named_after = actor(q);
              if ((lk != kIn && lk != kAt) || !named_after) opening_pp = true;
            }
          }
          if (!verb_left && !opening_pp && (lx != w.comma || (t - 2 >= floor && (actor(t - 2))))) {
            --t;
            continue;
          }
        }
        break;
      }
      // Trim leading conjunctions/commas a coordination step may have left.
      while (t < end && (toks[t].lower_hash == w.comma || w.IsCoord(toks[t].lower_hash))) ++t;
      if (t < end) {
        r.subject = {t, end};
        r.boundary = t;
        if (t > floor) r.boundary_word = toks[t - 1].lower_hash;
        return r;
      }
      // Nothing before the verb but a comma: "Petro, 65, is ..." or
      // "Jenča, who visited Colombia, told ...". Skip back over one
      // parenthetical segment to the noun phrase before it.
      if (!skipped_apposition && t > floor && toks[t - 1].lower_hash == w.comma) {
        uint32_t k = t - 1;
        uint32_t limit = k > floor + 14 ? k - 14 : floor;
        uint32_t prev_comma = kNone32;
        bool broke = false;
        for (uint32_t q = k; q-- > limit;) {
          if (toks[q].lower_hash == w.comma) {
            prev_comma = q;
            break;
          }
          if (verbal(q)) broke = true;  // "X attacked the town, said Y": no subject before
          if (w.IsClauseBreak(toks[q].lower_hash)) {
            broke = true;
            break;
          }
        }
        // No earlier comma up to the clause's start: what the comma set off
        // was the date just skipped ("Imran Khan, on Wednesday ridiculed"),
        // and the noun phrase before this comma is the subject. Not after
        // an adverb alone: "West Germany, also opposed to the tax, will
        // advise" and "A spokesman, asked for a reaction, said" set off a
        // participle that is no clause of its own.
        if (prev_comma == kNone32 && !broke && limit == floor && date_skipped) prev_comma = k;
        // The name may end in its abbreviation: "The Chilean Federation of
        // Miners (CFM), the largest of the unions, said": the
        // subject is the name before the parenthesis.
        uint32_t head_end = prev_comma;
        if (prev_comma != kNone32 && prev_comma > floor + 2 && toks[prev_comma - 1].tag == Tag::RRB) {
          for (uint32_t q = prev_comma - 1; q-- > floor && q + 8 > prev_comma;)
            if (toks[q].tag == Tag::LRB) {
              if (q > floor && (NounLike(toks[q - 1]) || actor(q - 1))) head_end = q;
              break;
            }
        }
        if (prev_comma != kNone32 && head_end > floor && (NounLike(toks[head_end - 1]) || actor(head_end - 1))) {
          skipped_apposition = true;
          t = head_end;
          end = head_end;
          continue;
        }
      }
      // Nothing before the verb but a closing parenthesis: "The International
      // Labour Office (ILO) reiterated ...". The name before the
      // parenthesis is the subject (only when nothing else is: a
      // parenthesis inside a longer subject is left alone).
      if (!skipped_apposition && t == end && t > floor + 2 && toks[t - 1].tag == Tag::RRB) {
        uint32_t open = kNone32;
        for (uint32_t q = t - 1; q-- > floor && q + 8 > t;)
          if (toks[q].tag == Tag::LRB) {
            open = q;
            break;
          }
        if (open != kNone32 && open > floor && (NounLike(toks[open - 1]) || actor(open - 1))) {
          skipped_apposition = true;
          t = open;
          end = open;
          continue;
        }
      }
      if (t > floor) {
        uint64_t lb = toks[t - 1].lower_hash;
        r.boundary = t - 1;
        r.boundary_word = lb;
        if (w.IsCoord(lb)) r.coordinated = true;
        // "..., and" / ", but": also coordination.
      }
      return r;
    }
  };

  // ---- 3. Clauses -----------------------------------------------------------
  const uint32_t first_clause = static_cast<uint32_t>(doc.clauses.size());
  for (size_t i = 0; i < vgs.size(); ++i) {
    const VG& g = vgs[i];
    Clause c;
    c.sentence = s;
    c.kind = g.kind;
    c.prep = g.prep;
    c.verb = g.verb;
    c.conditional = question;
    uint32_t start = g.begin;
    if (g.finite) {
      // The walk stops at verbs by itself; the sentence start is the floor so
      // that an apposition containing a verb can be skipped.
      Left left = find_subject(g.begin, b);
      // "told reporters Japan had rejected the proposal": the walk left
      // from the verb stops at "told" and takes the addressee too. The
      // reported clause's subject starts at the last determiner or pronoun
      // after a noun ("told parliament the army had"), else at the first
      // name after a common noun ("reporters Japan"), else after a plural
      // noun.
      if (!left.subject.empty() && left.subject.begin > b) {
        uint64_t before = lemma(left.subject.begin - 1);
        if (std::find(w.addressee.begin(), w.addressee.end(), before) != w.addressee.end()) {
          uint32_t split = kNone32;
          bool by_det = false;
          for (uint32_t q = left.subject.begin + 1; q < left.subject.end; ++q) {
            Tag p = toks[q - 1].tag, x = toks[q].tag;
            if (IsNoun(p) && (x == Tag::DET || x == Tag::PRP)) split = q, by_det = true;
            else if (!by_det && split == kNone32 && (p == Tag::NN || p == Tag::NNS) && IsProperNoun(x)) split = q;
          }
          // Else after the addressee's first noun when it is plural, which
          // ends a noun phrase far more often than it modifies one: "told
          // reporters major nations had" (the reporters are no part of the
          // nations). Not after a later one: "told a news conference
          // Japanese shareholders ..." keeps the shareholders.
          for (uint32_t q = left.subject.begin + 1; split == kNone32 && q < left.subject.end; ++q) {
            if (!IsNoun(toks[q - 1].tag)) continue;
            if (toks[q - 1].tag == Tag::NNS) split = q;
            break;
          }
          if (split != kNone32) left.subject.begin = split;
        }
      }
      c.subject = left.subject;
      // After a garden-path participle: the noun phrase before it, with
      // the participle's phrase ("The civilians imprisoned for ... were
      // released": the civilians were released).
      if (g.subject_from != kNone32) c.subject = {g.subject_from, left.subject.empty() ? g.begin : left.subject.end};
      start = c.subject.empty() ? left.boundary : c.subject.begin;
      if (left.subject.empty() && left.coordinated) c.subject_inherited = true;
      // A relative pronoun as the boundary: "the officials who met" or
      // "Jenča, who visited".
      uint64_t bw = left.boundary_word;
      if (left.subject.empty() && w.IsRelative(bw) && left.boundary > b) {
        c.relative = true;
        uint32_t at = left.boundary;
        if (at > b && toks[at - 1].lower_hash == w.comma) --at;  // "Jenča, who visited"
        c.subject = find_subject(at, b).subject;
      }
      // Inverted speech: "..., said a senior official." / "..., he said."
      if (c.subject.empty() && options_.is_speech && options_.is_speech(toks[g.head].lemma_hash) && g.end < e) {
        uint32_t k = g.end;
        while (k < e && (NounPhraseToken(toks[k]) || actor(k))) ++k;
        if (k > g.end) c.subject = {g.end, k};
      }
      if (bw == w.if_ || bw == w.unless) c.conditional = true;
      // "a day before the president flies to Lima", "until the talks resume":
      // after a subordinator of time, a simple present refers to what has
      // not happened yet; like a condition, it asserts no act. (A perfect,
      // "after Iraq has attacked", and a past tense do assert one.)
      if ((bw == w.before || bw == w.until || bw == w.after || bw == w.once) && c.verb.tense == Tense::kPresent) {
        bool perfect = false;
        for (uint32_t k = g.begin; k < g.end; ++k) perfect |= lemma(k) == w.have;
        if (!perfect) c.conditional = true;
      }
    } else {
      // Non-finite clause: it begins at its verb group (or the preposition of a gerund).
      start = g.kind == ClauseKind::kGerund ? g.prep : g.begin;
    }
    c.tokens = {start, e};
    c.complement = {g.end, e};
    c.is_speech = options_.is_speech && options_.is_speech(toks[g.head].lemma_hash);
    doc.clauses.push_back(std::move(c));
  }
  // From here on no clause is added, so a plain pointer stays valid (and,
  // as with toks, is not reloaded after every store into a clause).
  Clause* const cl = doc.clauses.data();
  const uint32_t n = static_cast<uint32_t>(doc.clauses.size());

  // Clause ends: a clause runs until the next finite clause starts; its
  // complement keeps the non-finite clauses inside it so patterns can reach
  // "(agreed) to lift the sanctions".
  for (uint32_t i = first_clause; i < n; ++i) {
    uint32_t end = e;
    for (uint32_t k = i + 1; k < n; ++k) {
      if (cl[k].kind != ClauseKind::kFinite) continue;
      // The next clause's subject may lie before this clause (a relative
      // clause inside it: "Jenča, who visited Colombia, told"); then this
      // clause ends at that clause's verb.
      end = cl[k].tokens.begin > cl[i].complement.begin ? cl[k].tokens.begin : cl[k].verb.tokens.begin;
      break;
    }
    // A colon or semicolon, or an opening quote after a speech verb, ends it
    // too; so does "according to", which attributes what comes before it:
    // neither its source nor the phrases after it ("a communique signed by
    // their U.N. envoys") are parties to the clause's act.
    static const uint64_t kAccording = TokenHash("according");
    for (uint32_t t = cl[i].complement.begin; t < end; ++t) {
      uint64_t lt = toks[t].lower_hash;
      if (lt == w.colon || lt == w.semicolon || (cl[i].is_speech && toks[t].has(kOpenQuote)) ||
          (lt == kAccording && t + 1 < end && toks[t + 1].lower_hash == w.to)) {
        end = t;
        break;
      }
    }
    // Trim a trailing comma, coordinator or subordinator that introduces the next clause.
    while (end > cl[i].complement.begin &&
           (toks[end - 1].lower_hash == w.comma || w.IsCoord(toks[end - 1].lower_hash) ||
            w.IsSubordinator(toks[end - 1].lower_hash) || toks[end - 1].has(kPunct)))
      --end;
    if (end < cl[i].complement.begin) end = cl[i].complement.begin;
    cl[i].tokens.end = std::max(end, cl[i].tokens.begin);
    cl[i].complement.end = end;

    // Direct objects and prepositional phrases, read off the complement.
    uint32_t t = cl[i].complement.begin;
    if (cl[i].verb.particle != kNone32) t = std::max(t, cl[i].verb.particle + 1);
    while (t < end) {
      if (toks[t].tag == Tag::IN || toks[t].tag == Tag::TO) {
        PrepPhrase pp;
        pp.prep = t;
        uint32_t k = t + 1;
        while (k < end && (NounPhraseToken(toks[k]) || actor(k))) ++k;
        pp.object = {t + 1, k};
        // Room for four at the first: a clause's phrases grown 1, 2, 4 were
        // ~5 allocations a sentence (Doc::Clear frees them with the clauses).
        if (cl[i].preps.empty()) cl[i].preps.reserve(4);
        cl[i].preps.push_back(pp);
        t = k > t + 1 ? k : t + 1;
      } else if (NounPhraseToken(toks[t]) || actor(t)) {
        uint32_t k = t;
        while (k < end && (NounPhraseToken(toks[k]) || actor(k))) ++k;
        if (cl[i].preps.empty()) cl[i].objects.push_back({t, k});
        t = k;
      } else {
        ++t;
      }
    }
  }

  // ---- 4. Dependencies ------------------------------------------------------
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (c.kind == ClauseKind::kFinite) {
      // VP coordination: "Petro responded ... and called the move ...".
      if (c.subject_inherited || (c.subject.empty() && !c.relative)) {
        for (uint32_t k = i; k-- > first_clause;) {
          if (cl[k].kind == ClauseKind::kFinite) {
            c.subject = cl[k].subject;
            c.subject_inherited = true;
            c.parent = k;
            // "was beaten and abducted", "were arrested, beaten and jailed":
            // a bare participle joined right after a passive shares its
            // auxiliary, so it is passive too (its subject was acted on).
            const uint32_t vb = c.verb.tokens.begin;
            if (cl[k].verb.passive && vb == c.verb.head && vb > cl[k].verb.tokens.end &&
                vb - cl[k].verb.tokens.end <= 2 && (toks[vb].tag == Tag::VBN || toks[vb].tag == Tag::VBD)) {
              bool joined = true;
              for (uint32_t q = cl[k].verb.tokens.end; q < vb; ++q)
                joined &= toks[q].lower_hash == w.comma || w.IsCoord(toks[q].lower_hash);
              if (joined) {
                c.verb.passive = true;
                c.verb.tense = cl[k].verb.tense;
                c.verb.modality = cl[k].verb.modality;  // "has to be discussed and approved"
                c.verb.negated = cl[k].verb.negated;
                toks[vb].tag = Tag::VBN;  // record the correction
              }
            }
            break;
          }
        }
      }
      continue;
    }
    // Non-finite: depends on the nearest clause before it.
    uint32_t parent = kNone32;
    for (uint32_t k = i; k-- > first_clause;) {
      if (cl[k].kind == ClauseKind::kReducedRelative) continue;
      parent = k;
      break;
    }
    if (parent == kNone32) continue;
    c.parent = parent;
    c.subject_inherited = true;
    const Clause& p = cl[parent];
    if (c.kind == ClauseKind::kInfinitive && !p.objects.empty() && p.objects.front().end <= c.verb.tokens.begin &&
        p.complement.begin <= p.objects.front().begin) {
      // "urged US troops to disobey": the object of the parent does it.
      // (Also when the object names no one: "is likely to", "has the
      // capacity to" then have no actor as subject and code nothing. Taking
      // the parent's subject there instead was measured: 21 more Reuters
      // events, nearly all wrong, and no gain on the suites.)
      c.subject = p.objects.front();
    } else if (c.kind == ClauseKind::kReducedRelative) {
      uint32_t k = c.verb.tokens.begin;
      uint32_t st = k;
      while (st > b && (NounPhraseToken(toks[st - 1]) || actor(st - 1))) --st;
      c.subject = {st, k};
      // Existential "there were ten soldiers killed (by X)": the participle
      // is the sentence's act, a passive whose subject is the noun phrase
      // right after "there be"; not a modifier of that noun.
      if (p.subject.end == p.subject.begin + 1 && toks[p.subject.begin].tag == Tag::EX && p.verb.head != kNone32 &&
          lemma(p.verb.head) == w.be && st == p.verb.tokens.end && st < k) {
        c.kind = ClauseKind::kFinite;
        c.verb.passive = true;
        c.verb.tense = p.verb.tense;
        c.verb.modality = p.verb.modality;
        c.verb.negated = p.verb.negated;
        c.subject_inherited = false;  // its own subject; the parent link passes on reported speech
      }
    } else {
      c.subject = p.subject;
    }
  }

  // Reported speech. Forward: "X said (that) CLAUSE", "X wrote: “CLAUSE”".
  // Backward: "CLAUSE, X said." and "CLAUSE, said X."
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (!c.is_speech) continue;
    bool final_speech = true;
    for (uint32_t k = i + 1; k < n; ++k)
      if (cl[k].kind == ClauseKind::kFinite) final_speech = false;
    uint32_t before = c.subject.empty() ? c.verb.tokens.begin : std::min(c.subject.begin, c.verb.tokens.begin);
    bool after_comma = before > b && (toks[before - 1].lower_hash == w.comma || toks[before - 1].has(kCloseQuote));
    if (final_speech && after_comma && i > first_clause) {
      for (uint32_t k = first_clause; k < i; ++k)
        if (cl[k].reported_by == kNone32 && cl[k].parent == kNone32) cl[k].reported_by = i;
      continue;
    }
    for (uint32_t k = i + 1; k < n; ++k) {
      if (cl[k].kind != ClauseKind::kFinite) continue;
      cl[k].reported_by = i;
      // Everything inside a following quotation is reported by this clause too.
      bool quoted = toks[cl[k].tokens.begin].has(kInQuote) || toks[cl[k].verb.head].has(kInQuote);
      if (!quoted) break;
    }
  }
  // Clauses depending on a reported or conditional clause share that status.
  for (uint32_t i = first_clause; i < n; ++i) {
    Clause& c = cl[i];
    if (c.parent != kNone32 && c.parent >= first_clause) {
      if (c.reported_by == kNone32 && cl[c.parent].reported_by != kNone32 && !cl[c.parent].is_speech)
        c.reported_by = cl[c.parent].reported_by;
      if (cl[c.parent].conditional) c.conditional = true;
    }
  }
}

}  // namespace dyad
