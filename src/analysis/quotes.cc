#include "analysis/quotes.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

namespace dyad {

namespace {

// What Run learns about the article once, for the speaker searches.
struct Ctx {
  const Doc& doc;
  // doc.actors in order of their first token (as the matcher leaves them,
  // checked per article): ActorIn then finds its mention by binary search
  // instead of a pass over the article's mentions per speaker (2.2M
  // instructions on te3silver).
  bool actors_by_start = false;
};

// The actor mention a speaker phrase names: the last one starting inside r
// ("On social media, he" -> he; "Colombia's U.N. ambassador" -> the
// ambassador), or kNone32.
uint32_t ActorIn(const Ctx& ctx, TokenRange r) {
  const std::vector<ActorMention>& actors = ctx.doc.actors;
  if (ctx.actors_by_start) {
    // The last mention starting before r.end; in r if it starts at r.begin
    // or later (any later-indexed one in r would start at r.end or after).
    auto it = std::partition_point(actors.begin(), actors.end(),
                                   [&](const ActorMention& a) { return a.tokens.begin < r.end; });
    if (it == actors.begin() || std::prev(it)->tokens.begin < r.begin) return kNone32;
    return static_cast<uint32_t>(std::prev(it) - actors.begin());
  }
  uint32_t found = kNone32;
  for (uint32_t m = 0; m < actors.size(); ++m) {
    const ActorMention& a = actors[m];
    if (a.tokens.begin >= r.begin && a.tokens.begin < r.end) found = m;
  }
  return found;
}

struct Speaker {
  uint32_t actor = kNone32;
  TokenRange words;
  const char* how = "";
  bool found() const { return !words.empty(); }
};

// The speaker of a clause: its subject, its controlling clause's subject for
// a participle or infinitive ("..., warning that ..."), or for a finite
// "said X" the words right after the verb.
Speaker FromClause(const Ctx& ctx, const Clause& c, const char* how) {
  const Doc& doc = ctx.doc;
  Speaker s;
  s.how = how;
  const Clause* k = &c;
  for (int up = 0; up < 3 && k->subject.empty() && k->parent != kNone32; ++up) k = &doc.clauses[k->parent];
  if (!k->subject.empty()) {
    s.words = k->subject;
  } else if (c.kind == ClauseKind::kFinite && c.verb.head != kNone32) {
    const Sentence& sent = doc.sentences[c.sentence];
    uint32_t b = c.verb.head + 1, e = b;
    while (e < sent.tokens.end && e < b + 6 && !doc.tokens[e].has(kPunct)) ++e;
    s.words = {b, e};
    s.how = "said X";
  }
  s.actor = ActorIn(ctx, s.words);
  if (s.actor != kNone32) s.words = doc.actors[s.actor].tokens;
  return s;
}

// "according to X" inside sentence si, outside [qb, qe).
Speaker AccordingTo(const Ctx& ctx, uint32_t si, TokenRange quote) {
  const Doc& doc = ctx.doc;
  static const uint64_t according = TokenHash("according"), to = TokenHash("to");
  const Sentence& s = doc.sentences[si];
  for (uint32_t t = s.tokens.begin; t + 2 < s.tokens.end; ++t) {
    if (quote.contains(t)) continue;
    if (doc.tokens[t].lower_hash == according && doc.tokens[t + 1].lower_hash == to) {
      Speaker sp;
      uint32_t b = t + 2, e = b;
      while (e < s.tokens.end && !doc.tokens[e].has(kPunct)) ++e;
      sp.words = {b, e};
      sp.actor = ActorIn(ctx, sp.words);
      sp.how = "according to X";
      return sp;
    }
  }
  return {};
}

}  // namespace

uint32_t QuoteAt(const Doc& doc, uint32_t t) {
  for (uint32_t q = 0; q < doc.quotes.size(); ++q)
    if (doc.quotes[q].tokens.contains(t)) return q;
  return kNone32;
}

void QuoteFinder::Run(Doc& doc) const {
  doc.quotes.clear();
  auto& toks = doc.tokens;
  // The sentence of token t: the last whose tokens hold it, else 0. Asked
  // only for a quotation's first and last token (a table of every token's
  // sentence, allocated and filled per article, was ~2.8M instructions on
  // te3silver). By binary search when the sentences' token ranges are in
  // order and do not overlap (as the segmenter makes them; checked per
  // article), else by a pass over all of them.
  const std::vector<Sentence>& sents = doc.sentences;
  bool sentences_in_order = true;  // set by `prepare`, below
  auto sentence_of = [&](uint32_t t) -> uint32_t {
    if (sentences_in_order) {
      // The first sentence ending after t holds it if it begins at t or
      // before; no other can.
      auto it = std::partition_point(sents.begin(), sents.end(), [t](const Sentence& x) { return x.tokens.end <= t; });
      return it != sents.end() && it->tokens.begin <= t ? static_cast<uint32_t>(it - sents.begin()) : 0;
    }
    uint32_t found = 0;
    for (uint32_t si = 0; si < sents.size(); ++si)
      if (sents[si].tokens.contains(t)) found = si;
    return found;
  };

  Ctx ctx{doc};
  // Every search below is for clauses of one sentence. When doc.clauses is
  // in sentence order (as the clause analyser leaves it; checked per
  // article, so any order stays correct), sentence si's are the block
  // [clause_from[si], clause_from[si + 1]), visited in the same order as
  // in a pass over all clauses that skips the others; otherwise every
  // search passes over all of them. (Those passes were ~3.5M instructions
  // on te3silver: ~25 clauses an article, several passes a quotation.)
  static thread_local std::vector<uint32_t> clause_from;
  const uint32_t num_sentences = static_cast<uint32_t>(doc.sentences.size());
  bool clauses_ordered = true;
  // The three order checks and clause_from, made at the article's first
  // quotation: an article with none (about 40% on te3silver) needs none of
  // them (~1.4M instructions on te3silver for all articles). Made later they
  // are the same: nothing before a quotation's `close` changes the
  // sentences, the actor mentions or the clauses (this stage writes only
  // the tokens' kInQuote bits and doc.quotes).
  bool prepared = false;
  auto prepare = [&] {
    prepared = true;
    for (uint32_t si = 0; si < sents.size() && sentences_in_order; ++si)
      sentences_in_order = sents[si].tokens.begin <= sents[si].tokens.end &&
                           (si == 0 || sents[si - 1].tokens.end <= sents[si].tokens.begin);
    ctx.actors_by_start = std::is_sorted(doc.actors.begin(), doc.actors.end(), [](const ActorMention& x, const ActorMention& y) {
      return x.tokens.begin < y.tokens.begin;
    });
    clause_from.assign(num_sentences + 1, 0);
    // (Through pointers, the previous clause's sentence kept: by index each
    // step recomputed the list's size, a division by the clause's size, and
    // reloaded the previous clause.)
    uint32_t* const from = clause_from.data();
    uint32_t prev = 0;
    for (const Clause *c = doc.clauses.data(), *const cend = c + doc.clauses.size(); c != cend; ++c) {
      const uint32_t cs = c->sentence;
      if (cs >= num_sentences || cs < prev) {
        clauses_ordered = false;
        break;
      }
      prev = cs;
      ++from[cs + 1];
    }
    for (uint32_t si = 0; si < num_sentences; ++si) from[si + 1] += from[si];
  };
  auto clauses_of = [&](uint32_t si) -> std::span<const Clause> {
    if (!clauses_ordered || si >= num_sentences) return doc.clauses;
    return {doc.clauses.data() + clause_from[si], clause_from[si + 1] - clause_from[si]};
  };

  uint32_t open = kNone32;
  uint32_t paragraph = kNone32;
  Speaker last;  // previous quotation's speaker in this paragraph
  auto close = [&](uint32_t end_tok) {  // quotation tokens [open+1, end_tok)
    Quote q;
    q.tokens = {open + 1, end_tok};
    if (q.tokens.empty()) return;
    if (!prepared) prepare();
    q.span = {toks[q.tokens.begin].span.begin, toks[q.tokens.end - 1].span.end};
    q.first_sentence = sentence_of(q.tokens.begin);
    q.last_sentence = sentence_of(q.tokens.end - 1);
    for (uint32_t t = q.tokens.begin; t < q.tokens.end; ++t) toks[t].flags |= kInQuote;
    Speaker sp;
    // 0. A partial quotation inside a clause whose verb is not quoted is
    // that clause's subject's words ("Waltz accused Petro of “undermining
    // progress”").
    const Clause* inner = nullptr;
    for (const Clause& c : clauses_of(q.first_sentence)) {
      if (c.sentence == q.first_sentence && c.tokens.contains(q.tokens.begin) && c.verb.head != kNone32 &&
          !q.tokens.contains(c.verb.head) && c.verb.head < open && (!inner || c.tokens.size() < inner->tokens.size()))
        inner = &c;
    }
    if (inner) {
      sp = FromClause(ctx, *inner, inner->is_speech ? "X said: \"...\"" : "partial quotation in X's clause");
      if (sp.actor == kNone32) {
        // "Colombia rejected what it called “...”": an unresolved "it" or
        // "they" is the nearest earlier clause's subject in the sentence.
        sp = {};
        for (const Clause& c : clauses_of(q.first_sentence)) {
          if (c.sentence != q.first_sentence || c.verb.head == kNone32 || c.verb.head >= inner->verb.head) continue;
          Speaker cand = FromClause(ctx, c, "partial quotation in X's clause");
          if (cand.actor != kNone32) sp = cand;
        }
      }
    }
    // 1. A speech verb before the opening mark in the opening sentence.
    for (const Clause& c : clauses_of(q.first_sentence)) {
      if (sp.found()) break;
      if (c.sentence == q.first_sentence && c.is_speech && c.verb.head != kNone32 && c.verb.head < open &&
          !q.tokens.contains(c.verb.head))
        sp = FromClause(ctx, c, "X said: \"...\"");
    }
    // 2. A speech verb after the closing mark in the closing sentence.
    if (!sp.found()) {
      for (const Clause& c : clauses_of(q.last_sentence)) {
        if (c.sentence == q.last_sentence && c.is_speech && c.verb.head != kNone32 && c.verb.head >= q.tokens.end) {
          sp = FromClause(ctx, c, "\"...\", X said");
          break;
        }
      }
    }
    // 3. "according to X".
    if (!sp.found()) sp = AccordingTo(ctx, q.first_sentence, q.tokens);
    if (!sp.found() && q.last_sentence != q.first_sentence) sp = AccordingTo(ctx, q.last_sentence, q.tokens);
    // 4. The previous quotation's speaker in the paragraph.
    if (!sp.found() && last.found()) {
      sp = last;
      if (std::string_view(last.how).find("continued") == std::string_view::npos) sp.how = "previous speaker";
    }
    // "he said": name the person the pronoun stands for.
    if (sp.found() && sp.actor != kNone32 && doc.actors[sp.actor].how == ActorResolution::kPronoun &&
        doc.actors[sp.actor].antecedent != kNone32) {
      uint32_t ante = doc.actors[sp.actor].antecedent;
      sp.words = doc.actors[ante].tokens;
      sp.how = "pronoun for an earlier speaker";
    }
    if (sp.found()) {
      q.speaker = sp.actor;
      q.speaker_span = {toks[sp.words.begin].span.begin, toks[sp.words.end - 1].span.end};
      q.how = sp.how;
      last = sp;
    }
    doc.quotes.push_back(std::move(q));
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.paragraph != paragraph) {
      // A quotation left open at a paragraph's end continues in the next
      // paragraph if that one opens with a quotation mark (the news
      // convention for a long quotation): its speaker carries over.
      bool continues = false;
      if (open != kNone32) {
        close(doc.sentences[si - 1].tokens.end);
        continues = s.tokens.begin < s.tokens.end && toks[s.tokens.begin].has(kOpenQuote);
      }
      Speaker carried = continues ? last : Speaker{};
      open = kNone32;
      paragraph = s.paragraph;
      last = carried;
      if (continues) last.how = "quotation continued from the previous paragraph";
    }
    const uint32_t end = s.tokens.end;
    for (uint32_t t = s.tokens.begin; t < end; ++t) {
      // Most tokens are no quotation mark, and neither branch below acts on
      // them: a loop of their own steps over them, through a pointer (in
      // the loop around it `open` lives in memory, as the out-of-line
      // `close` takes it by reference, and the token was indexed again
      // each time: ~9 instructions a token).
      // Four tokens a step while four are left: about one token in fifty
      // is a quotation mark, so the four flags are ORed and tested once
      // (the step that holds a mark, and the last few tokens, go one by
      // one below).
      {
        constexpr uint16_t kMarks = kOpenQuote | kCloseQuote;
        const Token* x = toks.data() + t;
        const Token* const stop = toks.data() + end;
        if (end - t >= 4) {
          const Token* const last4 = stop - 4;
          while (x <= last4 && !((x[0].flags | x[1].flags | x[2].flags | x[3].flags) & kMarks)) x += 4;
        }
        while (x != stop && !(x->flags & kMarks)) ++x;
        t = static_cast<uint32_t>(x - toks.data());
        if (t == end) break;
      }
      const Token& tk = toks[t];
      if (open == kNone32 && tk.has(kOpenQuote)) {
        open = t;
      } else if (open != kNone32 && tk.has(kCloseQuote)) {
        close(t);
        open = kNone32;
      }
    }
  }
  if (open != kNone32 && !doc.sentences.empty()) close(doc.sentences.back().tokens.end);
}

}  // namespace dyad
