#include "events/nominal.h"


#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <utility>

#include "events/code_match.h"
#include "events/new_event.h"
#include "model/ascii.h"
#include "model/cache_file.h"
#include "model/lines.h"  // ForEachLine
#include "time/time_tagger.h"

namespace dyad {

namespace {

// Whether the mention is a capital named as a place: an entry of
// capitals.txt, which codes capitals as their governments (XXXGOV).
bool CapitalAsPlace(const ActorMention& m) {
  return m.how == ActorResolution::kDirect && !m.is_agent && !m.is_person && m.code.size() == 6 &&
         m.code.compare(3, 3, "GOV") == 0 && m.entry_from.file && m.entry_from.file->ends_with("capitals.txt");
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      if (std::string_view w = TrimBlanks(s.substr(b, i - b)); !w.empty()) out.push_back(w);
      b = i + 1;
    }
  return out;
}

// "por parte de" or "por_parte_de" -> the words' hashes.
std::vector<uint64_t> PrepWords(std::string_view s) {
  std::string w(s);
  std::replace(w.begin(), w.end(), '_', ' ');
  std::vector<uint64_t> out;
  for (std::string_view x : BlankSeparatedWords(w)) out.push_back(TokenHash(AsciiLower(x)));
  return out;
}

bool WordAt(const Token& t, uint64_t h) { return t.lemma_hash == h || t.lower_hash == h; }

// The prepositions of `list` at toks[at..end): the longest that matches.
const NounPrep* LongestAt(const std::vector<NounPrep>& list, const std::vector<Token>& toks, uint32_t at,
                          uint32_t end) {
  const NounPrep* best = nullptr;
  for (const NounPrep& p : list) {
    if (p.words.empty() || at + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k) ok = toks[at + k].lower_hash == p.words[k];
    if (ok && (!best || p.words.size() > best->words.size())) best = &p;
  }
  return best;
}

}  // namespace

bool NounDictionary::LoadFile(const std::string& path, const std::string& display,
                              std::vector<DictProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  LoadText(ss.str(), display, problems);
  return true;
}

void NounDictionary::LoadText(std::string_view text, const std::string& display, std::vector<DictProblem>* problems) {
  auto problem = [&](uint32_t line, std::string msg, bool error = true) {
    if (problems) problems->push_back({display, line, std::move(msg), error});
  };
  std::unordered_set<std::string> seen;  // entries as normalised text, for duplicates
  ForEachLine(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view line = raw;
    if (size_t h = line.find('#'); h != std::string_view::npos) line = line.substr(0, h);
    line = TrimBlanks(line);
    if (line.empty()) return;
    if (line.front() == '@') {
      // "@source by | por parte de": a directive and its '|'-separated words.
      size_t sp = line.find_first_of(" \t");
      std::string_view name = line.substr(0, sp);
      std::vector<std::string_view> items = Split(sp == std::string_view::npos ? "" : line.substr(sp), '|');
      NounRole role = NounRole::kNone;
      if (name == "@source") role = NounRole::kSource;
      else if (name == "@target") role = NounRole::kTarget;
      else if (name == "@mutual") role = NounRole::kMutual;
      else if (name == "@place") role = NounRole::kPlace;
      else if (name != "@patient" && name != "@light" && name != "@block" && name != "@unreal" && name != "@state" &&
               name != "@unreported" && name != "@manner" && name != "@quantity" &&
               name != "@place_source" && name != "@announce" && name != "@occur" && name != "@outcome" &&
               name != "@report" && name != "@judge" &&
               name != "@inchoative" && name != "@receive" && name != "@receive_told") {
        problem(lineno, "unknown directive " + std::string(name));
        return;
      }
      if (items.empty()) problem(lineno, std::string(name) + " lists no words");
      for (std::string_view it : items) {
        if (role != NounRole::kNone) {
          preps_.push_back({PrepWords(it), role});
        } else if (name == "@place_source") {
          if (it.size() != 2 || !IsCameoCodeText(it)) problem(lineno, "@place_source takes two-digit roots: '" + std::string(it) + "'");
          else place_roots_.emplace_back(it);
        } else {
          if (BlankSeparatedWords(it).size() != 1) {
            problem(lineno, std::string(name) + " takes single words: '" + std::string(it) + "'");
            continue;
          }
          uint64_t h = TokenHash(AsciiLower(it));
          (name == "@patient" ? patient_
           : name == "@light" ? light_
           : name == "@block" ? block_
           : name == "@state" ? state_
           : name == "@unreported" ? unreported_
           : name == "@manner" ? manner_
           : name == "@quantity" ? quantity_
           : name == "@announce" ? announce_
           : name == "@occur" ? occur_
           : name == "@outcome" ? outcome_
           : name == "@report" ? report_
           : name == "@judge" ? judge_
           : name == "@inchoative" ? inchoative_
           : name == "@receive" ? receive_
           : name == "@receive_told" ? receive_told_
                                   : unreal_)
              .insert(h);
        }
      }
      return;
    }
    std::vector<std::string_view> w = BlankSeparatedWords(line);
    if (w.size() < 2 || !IsCameoCodeText(w[0])) {
      problem(lineno, "expected 'CODE NOUN [WORDS] [PREP=ROLE]': " + std::string(line));
      return;
    }
    NounPattern p;
    p.code = w[0] == "---" ? "" : std::string(w[0]);
    p.file = display;
    p.line = lineno;
    // Words before the first '*' or role form the noun (its last word the
    // head); after a '*', the words that must follow it.
    std::vector<std::string_view> noun;
    bool gap = false, bad = false;
    std::string written;
    for (size_t i = 1; i < w.size() && !bad; ++i) {
      std::string_view x = w[i];
      if (size_t eq = x.find('='); eq != std::string_view::npos) {
        std::string_view prep = x.substr(0, eq), role = x.substr(eq + 1);
        NounRole r = role == "$" ? NounRole::kSource : role == "+" ? NounRole::kTarget
                   : role == "%" ? NounRole::kMutual : role == "-" ? NounRole::kNone : NounRole::kPlace;
        if (prep.empty() || (role != "$" && role != "+" && role != "%" && role != "-")) {
          problem(lineno, "a role is PREP=$ (source), PREP=+ (target), PREP=% (each other) or PREP=- (nobody): " +
                              std::string(x));
          bad = true;
          break;
        }
        if (prep == "pre") {
          if (r != NounRole::kSource && r != NounRole::kNone) {
            problem(lineno, "a modifier before the noun is pre=$ (the agent) or pre=- (nobody): " + std::string(x));
            bad = true;
            break;
          }
          p.modifier_is_source = r == NounRole::kSource;
          continue;
        }
        if (prep == "'s") {
          if (r != NounRole::kSource && r != NounRole::kTarget) {
            problem(lineno, "a possessor is 's=$ (the agent) or 's=+ (the one acted on): " + std::string(x));
            bad = true;
            break;
          }
          p.possessor_is_target = r == NounRole::kTarget;
          continue;
        }
        p.preps.push_back({PrepWords(prep), r});
        continue;
      }
      if (!p.preps.empty()) {
        problem(lineno, "words after the roles: '" + std::string(x) + "' (roles come last)");
        bad = true;
        break;
      }
      if (x == "*") {
        gap = true;
        continue;
      }
      if (!gap) {
        noun.push_back(x);
      } else if (x.front() == '&') {
        p.after.push_back({0, std::string(x.substr(1)), kNone32});
      } else {
        p.after.push_back({TokenHash(AsciiLower(x)), "", kNone32});
      }
    }
    if (bad) return;
    if (noun.empty()) {
      problem(lineno, "no noun before '*'");
      return;
    }
    if (noun.back().front() == '&') {
      problem(lineno, "the noun must be a word, not a synset: " + std::string(noun.back()));
      return;
    }
    p.head_word = AsciiLower(noun.back());
    p.head = TokenHash(p.head_word);
    for (size_t i = 0; i + 1 < noun.size(); ++i) p.before.push_back(TokenHash(AsciiLower(noun[i])));
    p.specificity = static_cast<int>(p.before.size() + p.after.size());
    for (size_t i = 1; i < w.size(); ++i) written += (i > 1 ? " " : "") + std::string(w[i]);
    p.text = written;
    if (!seen.insert(AsciiLower(written)).second) {
      problem(lineno, "duplicate noun entry: " + written, false);
      return;
    }
    patterns_.push_back(std::move(p));
  });
  prep_start_bits_.set();  // new defaults or patient words: every token may start one until Compile
}

void NounDictionary::Compile(const VerbDictionary& verbs, std::vector<DictProblem>* problems) {
  std::unordered_map<std::string, uint32_t> by_name;
  for (uint32_t i = 0; i < verbs.synsets().size(); ++i) by_name.emplace(verbs.synsets()[i].name, i);
  for (NounPattern& p : patterns_)
    for (NounPattern::Follow& f : p.after) {
      if (f.synset.empty()) continue;
      auto it = by_name.find(f.synset);
      if (it == by_name.end() || verbs.synsets()[it->second].members.empty()) {
        if (problems) problems->push_back({p.file, p.line, "unknown synset &" + f.synset, true});
      } else {
        f.synset_index = it->second;
      }
    }
  by_head_.clear();
  head_words_.fill(0);
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    by_head_[patterns_[i].head].push_back(i);
    SetHeadBit(patterns_[i].head);
  }
  for (auto& [head, list] : by_head_)
    std::stable_sort(list.begin(), list.end(),
                     [&](uint32_t a, uint32_t b) { return patterns_[a].specificity > patterns_[b].specificity; });
  IndexPrepStarts();
}

void NounDictionary::IndexPrepStarts() {
  prep_start_bits_.reset();
  auto mark = [&](uint64_t h) { prep_start_bits_.set(h & (prep_start_bits_.size() - 1)); };
  for (const NounPrep& p : preps_)
    if (!p.words.empty()) mark(p.words[0]);
  for (uint64_t h : patient_) mark(h);
}

NounRole NounDictionary::PrepAt(const NounPattern& p, const std::vector<Token>& toks, uint32_t at, uint32_t end,
                                uint32_t* len) const {
  // The entry's own prepositions first ("visit of=$" over the file's "of").
  const NounPrep* hit = LongestAt(p.preps, toks, at, end);
  // The file's defaults and patient words only where one may start: most
  // tokens asked are no preposition, and the scan of every default cost
  // ~400 instructions a call (MayStartPrep).
  if (!hit && !MayStartPrep(toks[at].lower_hash)) {
    *len = 0;
    return NounRole::kNone;
  }
  if (!hit) hit = LongestAt(preps_, toks, at, end);
  if (!hit && IsPatientWord(toks[at].lower_hash)) {
    *len = 1;
    return PatientIsSource(p) ? NounRole::kSource : NounRole::kTarget;
  }
  *len = hit ? static_cast<uint32_t>(hit->words.size()) : 0;
  return hit ? hit->role : NounRole::kNone;
}

bool NounDictionary::PatientIsSource(const NounPattern& p) const {
  for (const NounPrep& pr : p.preps)
    if (pr.words.size() == 1 && IsPatientWord(pr.words[0])) return pr.role == NounRole::kSource;
  return false;
}

namespace {

// Per-document lookups for the noun coder.
struct NounCtx {
  const Doc& doc;
  const std::vector<uint32_t>& starts_at;  // token -> actor mention starting there (the first), or kNone32
  const std::vector<uint32_t>& covers;     // token -> actor mention covering it, or kNone32
};

bool Joiner(uint64_t h) {
  static const uint64_t k[] = {TokenHash(","), TokenHash("and"), TokenHash("or"), TokenHash("y"),
                               TokenHash("e"), TokenHash("o"),   TokenHash("u")};
  return std::find(std::begin(k), std::end(k), h) != std::end(k);
}

}  // namespace

// Who confirms violence it did (@report, below); the coder's Spanish
// reciprocal clash too (nominal.h).
bool ArmedActor(std::string_view code) {
  static constexpr std::string_view kArmed[] = {"MIL", "COP", "SPY", "REB", "INS", "UAF"};
  if (code.starts_with("IMG")) return true;
  for (size_t i = 3; i + 3 <= code.size(); i += 3)
    if (std::find(std::begin(kArmed), std::end(kArmed), code.substr(i, 3)) != std::end(kArmed)) return true;
  return false;
}

namespace {

// Whether a noun after a verb that already coded its clause is coded too:
// under a verb that judges or looks into an act (@judge: "condemned the
// killing of two policemen by militants", "protested the seizure of its
// tanker by British forces") the verb's event (111, 141) is the judge's,
// not the act's, which took place all the same. Only when the noun's own
// phrase names both sides (a "by" phrase, a possessor or an agent
// modifier, and its patient): the judge is neither, and "condemned the
// attack" alone names no doer.
bool JudgedActWithItsOwnSides(const NounDictionary& nouns, uint64_t verb, const std::vector<uint32_t>& sources,
                              const std::vector<uint32_t>& targets) {
  return nouns.IsJudge(verb) && !sources.empty() && !targets.empty();
}

// The actor mention at `t` and those coordinated with it before `end`
// ("Russia and Iran", "Colombia, Peru y Ecuador"); *next is the first token
// after them.
std::vector<uint32_t> ActorsFrom(const NounCtx& c, uint32_t t, uint32_t end, uint32_t* next) {
  std::vector<uint32_t> out;
  const auto& toks = c.doc.tokens;
  while (t < end && c.starts_at[t] != kNone32) {
    uint32_t m = c.starts_at[t];
    out.push_back(m);
    t = c.doc.actors[m].tokens.end;
    uint32_t j = t;
    while (j < end && Joiner(toks[j].lower_hash)) ++j;
    for (int mods = 0; j > t && mods < 3 && j < end && c.starts_at[j] == kNone32 &&
                       (toks[j].tag == Tag::DET || IsAdjective(toks[j].tag));
         ++mods)
      ++j;
    if (j == t || j >= end || c.starts_at[j] == kNone32) break;
    t = j;
  }
  *next = t;
  return out;
}

// Words that may stand inside a noun's phrase after it: modifiers, nouns,
// prepositions and their objects. A verb, a clause word or punctuation ends
// the phrase (a participle right after the noun does not: "sanctions
// imposed on Venezuela").
bool InPhrase(const Token& t) {
  switch (t.tag) {
    case Tag::DET: case Tag::PDT: case Tag::JJ: case Tag::JJR: case Tag::JJS: case Tag::CD: case Tag::NN:
    case Tag::NNS: case Tag::NNP: case Tag::NNPS: case Tag::POS: case Tag::PRPS: case Tag::IN: case Tag::TO:
    case Tag::CC:
      return true;
    default: return t.lower == "-";
  }
}

constexpr uint32_t kMaxPhrase = 16;  // tokens after the noun that can belong to its phrase

// Where the phrase of the noun at `head` ends (exclusive).
uint32_t PhraseEnd(const NounCtx& c, uint32_t head, uint32_t sentence_end) {
  const auto& toks = c.doc.tokens;
  uint32_t q = head + 1;
  if (q < sentence_end && toks[q].tag == Tag::VBN) ++q;  // "sanctions imposed on ..."
  for (; q < sentence_end && q < head + 1 + kMaxPhrase; ++q) {
    if (c.covers[q] != kNone32) continue;
    const Token& t = toks[q];
    // "aranceles del 25 % a los productos": a percentage sign is part of
    // the measure inside the phrase (Spanish only, measured there).
    if (t.lower == "%" && c.doc.article.lang == "es") continue;
    if (!InPhrase(t)) break;
    // "the arrest of X and the release of Y": "and" ends the phrase unless
    // an actor follows it (after up to three modifiers).
    if (t.tag == Tag::CC || t.tag == Tag::PPC) {
      uint32_t j = q + 1;
      for (int mods = 0; mods < 3 && j < sentence_end && c.starts_at[j] == kNone32 &&
                         (toks[j].tag == Tag::DET || IsAdjective(toks[j].tag));
           ++mods)
        ++j;
      if (j >= sentence_end || c.starts_at[j] == kNone32) break;
    }
  }
  return q;
}

// Whether pattern p's required words follow the head inside [from, end),
// in order; *last is the last token matched.
bool FollowsMatch(const VerbDictionary& verbs, const NounPattern& p, const std::vector<Token>& toks, uint32_t from,
                  uint32_t end, uint32_t* last) {
  uint32_t q = from;
  for (const NounPattern::Follow& f : p.after) {
    bool found = false;
    for (; q < end && !found; ++q) {
      if (f.synset.empty()) {
        found = WordAt(toks[q], f.hash);
        if (found) *last = q;
        continue;
      }
      if (f.synset_index == kNone32) return false;
      for (const auto& member : verbs.synsets()[f.synset_index].members) {
        if (member.empty() || q + member.size() > end) continue;
        bool ok = true;
        for (size_t k = 0; k < member.size() && ok; ++k) ok = WordAt(toks[q + k], member[k]);
        if (ok) {
          found = true;
          *last = q + static_cast<uint32_t>(member.size()) - 1;
          q = *last;
          break;
        }
      }
    }
    if (!found) return false;
  }
  return true;
}

// A pre-modifier actor that is the act's agent: a demonym or an
// abbreviation ("Israeli airstrikes", "U.S. sanctions", "EU sanctions")
// or an agent ("police raids"). A country's plain name before a noun is as
// often the one acted on or the place ("Russia sanctions", "Gaza
// airstrikes"), so it names nobody.
bool AgentModifier(const Doc& doc, const ActorMention& m) {
  const Token& last = doc.tokens[m.tokens.end - 1];
  // "Colombian police raids", "Israeli army attacks": an agent with its
  // own country. Not "an official visit", whose "official" the matcher
  // gave a country from elsewhere in the article.
  if (m.is_agent) return IsNoun(last.tag) && m.how == ActorResolution::kAgentInPhrase;
  return IsAdjective(last.tag) || last.has(kAbbreviation) || last.has(kAllCaps);
}

// NN and NNS: a bit per tag value. Every tag is below 64; a byte value
// of 64 or more is still turned away before the shift, never shifted out
// of range. Compared, not masked with `& 63`: GCC 12 then tests the bit
// with one bt (movzbl, cmp, ja, bt, jnc) where the masked form took a
// copy of the mask, a shift, a copy and an and (six instructions for each
// token of the noun triggers' head walk, ~0.7M on te3silver).
static_assert(static_cast<unsigned>(Tag::kCount) <= 64);
constexpr uint64_t kCommonNounTags =
    uint64_t{1} << static_cast<uint8_t>(Tag::NN) | uint64_t{1} << static_cast<uint8_t>(Tag::NNS);
inline bool IsCommonNounTag(Tag tag) {
  const unsigned t = static_cast<uint8_t>(tag);
  return t < 64 && ((kCommonNounTags >> t) & 1);
}

// The innermost clause holding token t (clauses nest: a complement inside
// its parent's span): the smallest, the last of equal size; kNone32 if none.
// Asked only of the nouns that reach a pattern (~11,000 on te3silver): the
// map of every token's clause this replaces cost 6M instructions there,
// filling a clause's tokens for each of its ~58,000 clauses.
// Only clauses [from, to) are looked at: the caller passes those of t's
// sentence. The clause analyser builds each sentence's clauses from its
// tokens and appends them sentence by sentence (the coder's walks over "the
// clauses of ci's sentence" rely on the same order), so no other clause can
// hold t; searching all the document's clauses cost 1.9M instructions on
// te3silver (~24 clauses a document, ~11,000 nouns).
uint32_t InnermostClause(const Doc& doc, uint32_t t, uint32_t from, uint32_t to) {
  uint32_t best = kNone32, best_size = 0;
  for (uint32_t ci = from; ci < to; ++ci) {
    const TokenRange r = doc.clauses[ci].tokens;
    if (r.contains(t) && (best == kNone32 || best_size >= r.size())) best = ci, best_size = r.size();
  }
  return best;
}

std::string Names(const Doc& doc, const std::vector<uint32_t>& ms) {
  std::string s;
  for (uint32_t m : ms) s += (s.empty() ? "" : ", ") + std::string(doc.text(doc.actors[m].tokens));
  return s;
}

// Whether an actor heads the phrase [begin, end): the first actor in it
// stands in no prepositional phrase of another noun, save a quantity's
// "de" ("un grupo de opositores"). Titles and adjectives before a name
// are the actor's ("el convicto ex mayor ruandés Akayesu"); in "el sur
// de Italia", a relative clause's antecedent, the place is not the actor.
bool ActorHeads(const NounCtx& c, const NounDictionary& nouns, TokenRange phrase) {
  const std::vector<Token>& toks = c.doc.tokens;
  for (uint32_t q = phrase.begin; q < phrase.end; ++q) {
    if (c.covers[q] != kNone32) return true;
    const Token& w = toks[q];
    const bool prep = w.tag == Tag::IN || w.tag == Tag::TO || nouns.IsPatientWord(w.lower_hash);
    // "La Unión de Obreros del Puerto": a preposition after a
    // capitalised noun inside the phrase is in a body's name, whose actor
    // is the body's (stop 28); "el sur de Italia" is lower-case.
    const bool in_name = q > phrase.begin + 1 && toks[q - 1].has(kCapitalized) && IsNoun(toks[q - 1].tag);
    if (prep && !in_name &&
        !(q > phrase.begin && (nouns.IsQuantity(toks[q - 1].lower_hash) || nouns.IsQuantity(toks[q - 1].lemma_hash))))
      return false;
  }
  return false;
}

// Whether an @inchoative light verb ("comenzar", "empezar") lends its
// subject to the noun after it, its object by position. Such a verb is also
// intransitive with the act as its subject put after it ("Israel ataca y
// comienza reunión del Consejo": the Council's meeting begins; "ayer
// comenzó la huelga"), so position alone does not make the noun its
// object. It is when an actor heads the subject (ActorHeads), which stands
// before the verb with nothing that closes a clause (";", ":") between
// them ("los maestros comenzaron una huelga"), and, for a subject carried
// over from a coordinated or earlier clause, when the noun is indefinite
// or the subject's own ("y comenzaron una huelga", "comenzaron su
// protesta"): an act that starts by itself is a known one, "la reunión",
// or bare in a headline ("..., con la cual comenzaron las manifestaciones
// del festival"). `first` is the noun's first word, `gov` the word
// governing its phrase.
bool InchoativeLends(const NounCtx& c, const NounDictionary& nouns, const Clause& cl, uint32_t gov, uint32_t first) {
  const std::vector<Token>& toks = c.doc.tokens;
  if (cl.subject.empty() || cl.subject.end > cl.verb.tokens.begin || !ActorHeads(c, nouns, cl.subject)) return false;
  const uint32_t from = std::max(cl.subject.end, c.doc.sentences[cl.sentence].tokens.begin);
  for (uint32_t t = from; t < cl.verb.tokens.begin; ++t)
    if (toks[t].lower == ";" || toks[t].lower == ":") return false;
  if (!cl.subject_inherited) return true;
  static const uint64_t kIndefinite[] = {TokenHash("un"), TokenHash("una"), TokenHash("unos"), TokenHash("unas"),
                                         TokenHash("otra"), TokenHash("otro"), TokenHash("nueva"), TokenHash("nuevo"),
                                         TokenHash("nuevas"), TokenHash("nuevos")};
  for (uint32_t t = gov + 1; t < first; ++t) {
    if (toks[t].tag == Tag::PRPS) return true;
    if (std::find(std::begin(kIndefinite), std::end(kIndefinite), toks[t].lower_hash) != std::end(kIndefinite))
      return true;
  }
  return false;
}

}  // namespace

void CodeNounTriggers(const NounDictionary& nouns, const VerbDictionary& verbs, const EventCoderOptions& options,
                      Doc& doc, std::vector<CoderTrace>* trace, const std::vector<uint32_t>* actor_starts,
                      const std::vector<uint32_t>* actor_covers) {
  const std::vector<std::string>& roots_without_target = options.roots_without_target;
  if (nouns.empty()) return;
  const auto& toks = doc.tokens;
  // Adjectives after the noun (below), and the other Spanish-only rules:
  // the language compared once, as `lang == "es"` is a library call.
  const bool spanish = doc.article.lang == "es";
  // Most documents have no noun of the dictionary: the lookups below are
  // built on the first one found (per-thread scratch, so a document that
  // needs them allocates nothing once they have grown).
  static thread_local std::vector<uint32_t> starts_at, covers;
  static thread_local std::vector<char> in_time, verb_coded;
  uint32_t clause_from = 0;  // the first clause of the sentence being scanned, or past it (InnermostClause)
  // The caller's maps when it has them (both or neither), else ours, filled in prepare().
  const bool own_maps = actor_starts == nullptr || actor_covers == nullptr;
  NounCtx c{doc, own_maps ? starts_at : *actor_starts, own_maps ? covers : *actor_covers};
  const size_t verb_events = doc.events.size();  // the verb coder's, which a noun must not repeat
  bool prepared = false;
  auto prepare = [&] {
    prepared = true;
    if (own_maps) {
      starts_at.assign(toks.size(), kNone32);
      covers.assign(toks.size(), kNone32);
      for (uint32_t m = 0; m < doc.actors.size(); ++m) {
        const auto& a = doc.actors[m];
        if (a.tokens.begin < toks.size() && starts_at[a.tokens.begin] == kNone32) starts_at[a.tokens.begin] = m;
        for (uint32_t t = a.tokens.begin; t < a.tokens.end && t < toks.size(); ++t)
          if (covers[t] == kNone32) covers[t] = m;
      }
    }
    in_time.assign(toks.size(), 0);  // tokens of a time expression
    for (const TimeExpr& te : doc.times)
      for (uint32_t t = te.tokens.begin; t < te.tokens.end && t < toks.size(); ++t) in_time[t] = 1;
    verb_coded.assign(doc.clauses.size(), 0);
    for (size_t i = 0; i < verb_events; ++i)
      if (doc.events[i].clause != kNone32 && doc.events[i].clause < doc.clauses.size()) verb_coded[doc.events[i].clause] = 1;
  };
  static const uint64_t kPossessive = TokenHash("'s"), kApostrophe = TokenHash("'");
  static const uint64_t kA = TokenHash("a"), kAl = TokenHash("al"), kQue = TokenHash("que"), kComma = TokenHash(",");
  static const uint64_t kBy = TokenHash("by");
  static const uint64_t kAfter[] = {TokenHash("after"), TokenHash("following"), TokenHash("by"), TokenHash("before"),
                                    TokenHash("upon"), TokenHash("despite"), TokenHash("amid")};

  bool added = false;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const TokenRange span = doc.sentences[si].tokens;
    for (uint32_t t = span.begin; t < span.end; ++t) {
      // A common noun ("March" the month and "Strike Force" the name are not
      // acts) whose lemma or form may head a pattern. Most tokens are not:
      // they are stepped over in this tight loop, through a local pointer
      // (the body below writes doc.events, so the plain loop reloaded the
      // token array for every token). Same tests as the body's first two.
      // The tag test is one bit of a 64-bit mask (IsCommonNounTag): two
      // compares were two setne and an and, and a 256-byte table's address
      // was rebuilt for every token (the bitset tests took its register).
      // One pointer steps: with an index beside it, two adds a token.
      const Token* const tk = toks.data();
      const Token* x = tk + t;
      const Token* const stop = tk + span.end;
      while (x != stop && !(IsCommonNounTag(x->tag) && (nouns.MayBeHead(x->lemma_hash) || nouns.MayBeHead(x->lower_hash))))
        ++x;
      if (x == stop) break;
      t = static_cast<uint32_t>(x - tk);
      const Token& w = toks[t];
      const std::vector<uint32_t>* list = nouns.PatternsFor(w.lemma_hash);
      if (!list && w.lower_hash != w.lemma_hash) list = nouns.PatternsFor(w.lower_hash);
      if (!list) continue;
      if (!prepared) prepare();
      if (c.covers[t] != kNone32) continue;
      while (clause_from < doc.clauses.size() && doc.clauses[clause_from].sentence < si) ++clause_from;
      uint32_t clause_to = clause_from;
      while (clause_to < doc.clauses.size() && doc.clauses[clause_to].sentence == si) ++clause_to;
      const uint32_t ci = InnermostClause(doc, t, clause_from, clause_to);
      auto say = [&](std::string msg) {
        if (trace) trace->push_back({ci, "noun '" + std::string(w.lower) + "': " + msg, si});
      };
      uint32_t end = PhraseEnd(c, t, span.end);
      const NounPattern* chosen = nullptr;
      uint32_t first = t, last = t;
      for (uint32_t pi : *list) {
        const NounPattern& p = nouns.pattern(pi);
        if (p.before.size() > t - span.begin) continue;
        bool ok = true;
        for (size_t k = 0; k < p.before.size() && ok; ++k)
          ok = WordAt(toks[t - p.before.size() + k], p.before[k]);
        uint32_t l = t;
        if (ok && FollowsMatch(verbs, p, toks, t + 1, end, &l)) {
          chosen = &p;
          first = t - static_cast<uint32_t>(p.before.size());
          last = l;
          break;
        }
      }
      if (!chosen) { if (trace) say("no entry matched its phrase"); continue; }
      if (chosen->is_null()) { if (trace) say("null entry " + chosen->ref() + ": codes nothing"); continue; }

      // The noun's own phrase after it: prepositions and their actors.
      std::vector<uint32_t> sources, targets, mutual;
      std::string why_source, why_target;
      std::string source_code;  // set when the source's code is not its mention's (a capital's country)
      bool patient_seen = false;  // an "of"/"de" phrase follows
      NounRole role = NounRole::kNone;
      bool prep_seen = false;
      // The current prepositional phrase: did its object name an actor, and
      // was it the patient's ("of")? A preposition after an object that
      // names none attaches to that object ("protests against the war in
      // Iraq", "violations by the police"), except the agent of "the arrest
      // of two activists by police" and a patient's own "of" ("the release
      // of leaders of the opposition").
      bool pp_actor = true, pp_patient = false;
      bool pp_noun = false;  // the phrase's object has a noun of its own before any actor
      bool after_time = false;  // "en cinco años de gobierno": an "of" after a time belongs to it
      bool source_by_patient = false;  // the source came from a "de" phrase (Spanish: an agent phrase after it wins)
      std::string agent_prep;  // the last source preposition seen, for evidence
      // Spanish adjectives follow their noun ("la huelga general de los
      // camioneros", "una protesta masiva de estudiantes"), and Hunspell tags
      // them as nouns: up to two lower-case words right after the noun,
      // before its first preposition, are its modifiers, not a new head
      // that the "de" phrase would attach to. English keeps that reading
      // ("the attack helicopters of ...": a compound's head).
      // Place adverbs Hunspell also reads as nouns open a place phrase with
      // their "de" ("manifestación delante de la embajada"): not modifiers.
      static const uint64_t kPlaceAdverbs[] = {TokenHash("delante"), TokenHash("detrás"), TokenHash("frente"),
                                               TokenHash("enfrente"), TokenHash("cerca"),  TokenHash("alrededor"),
                                               TokenHash("dentro"),  TokenHash("fuera"),  TokenHash("encima"),
                                               TokenHash("debajo"),  TokenHash("lejos"),  TokenHash("través")};
      uint32_t modifiers_end = t + 1;
      if (spanish)
        while (modifiers_end < end && modifiers_end < t + 3 && c.starts_at[modifiers_end] == kNone32 &&
               !in_time[modifiers_end] && (IsNoun(toks[modifiers_end].tag) || IsAdjective(toks[modifiers_end].tag)) &&
               toks[modifiers_end].tag != Tag::NNP && toks[modifiers_end].tag != Tag::NNPS &&
               !toks[modifiers_end].has(kCapitalized) &&
               std::find(std::begin(kPlaceAdverbs), std::end(kPlaceAdverbs), toks[modifiers_end].lower_hash) ==
                   std::end(kPlaceAdverbs))
          ++modifiers_end;
      // An entry's own words after a "*" ("cese * fuego", "suspensión *
      // ayuda") are part of the act's name, and so are the prepositions
      // between them ("cese al fuego", "la suspensión de la ayuda"): the
      // phrases that name its actors follow them ("cese al fuego con las
      // FARC"). Read from the entry's last word, unless an actor stands
      // among those words ("la expulsión del embajador de Chile": the
      // diplomat is the one expelled), or the last is no noun ("marcha *
      // contra": its actor is the target). A "de" right after a word the
      // entry names ("fuego", "ayuda", "hambre") is then the act's doer
      // ("el fin de la ayuda de EE.UU. a Colombia", "la huelga de hambre
      // de los presos"); after a member of a class (&VIA) it is that
      // thing's own ("el corte de las calles de Lima"), read as before.
      // Spanish only (measured there).
      const bool de_after = last + 1 < end && nouns.IsPatientWord(toks[last + 1].lower_hash);
      if (spanish && last > t && IsNoun(toks[last].tag) && !(de_after && !chosen->after.back().synset.empty())) {
        bool actor_inside = false;
        for (uint32_t q = t + 1; q <= last && q < end && !actor_inside; ++q) actor_inside = c.covers[q] != kNone32;
        if (!actor_inside) modifiers_end = std::max(modifiers_end, std::min(last + 1, end));
      }
      for (uint32_t q = t + 1; q < end;) {
        if (q < modifiers_end) {
          ++q;
          continue;
        }
        if (in_time[q]) {  // "on Tuesday", "el 5 de octubre": when, not whom
          after_time = true;
          ++q;
          continue;
        }
        bool follows_time = std::exchange(after_time, false);
        uint32_t len = 0;
        NounRole r = c.starts_at[q] == kNone32 ? nouns.PrepAt(*chosen, toks, q, end, &len) : NounRole::kNone;
        if (c.starts_at[q] == kNone32 && (len > 0 || toks[q].tag == Tag::IN || toks[q].tag == Tag::TO)) {
          if (len == 0) len = 1;  // a preposition of no list: its actors are nobody's
          if (q + len < end && in_time[q + len]) { q += len; continue; }
          // "aranceles del 25 % a los productos colombianos": a measure
          // (a number, perhaps a percentage) is the noun's size, not a
          // phrase the next one hangs on. Spanish only (measured there).
          if (spanish) {
            uint32_t m = q + len;
            if (m < end && toks[m].tag == Tag::DET) ++m;
            if (m < end && toks[m].tag == Tag::CD) {
              ++m;
              if (m < end && toks[m].lower == "%") ++m;
              else if (m + 1 < end && toks[m].lower == "por" && toks[m + 1].lower == "ciento") m += 2;
              if (m < end && toks[m].tag == Tag::IN && c.starts_at[m] == kNone32) {
                q = m;
                continue;
              }
            }
          }
          bool patient = len == 1 && nouns.IsPatientWord(toks[q].lower_hash);
          if (follows_time && patient) break;
          if (!pp_actor) {
            bool agent = pp_patient && r == NounRole::kSource && !patient;
            bool patient_chain = pp_patient && patient && r == NounRole::kTarget;
            if (!agent && !patient_chain) break;
          }
          patient_seen |= patient;
          pp_actor = false;
          pp_noun = false;
          pp_patient = patient;
          role = r;
          std::string prep(doc.text(TokenRange{q, q + len}));
          prep_seen = true;
          q += len;
          // The words' role, for evidence.
          if (role == NounRole::kSource) agent_prep = prep;
          if (role == NounRole::kSource && sources.empty()) why_source = "'" + prep + "' phrase";
          else if (role == NounRole::kTarget && targets.empty()) why_target = "'" + prep + "' phrase";
          continue;
        }
        if (c.starts_at[q] == kNone32) {
          // "las protestas de miles de trabajadores": a quantity and its
          // "de" come before the object's head, the actor after them.
          if (!pp_noun && q + 1 < end && nouns.IsPatientWord(toks[q + 1].lower_hash) &&
              (nouns.IsQuantity(toks[q].lower_hash) || nouns.IsQuantity(toks[q].lemma_hash))) {
            q += 2;
            continue;
          }
          pp_noun |= IsNoun(toks[q].tag);
          // "against the military rule of X": a noun after the phrase's
          // actor is its head, and what follows attaches to it.
          if (IsNoun(toks[q].tag)) pp_actor = false;
          ++q;
          continue;
        }
        uint32_t next = q + 1;
        std::vector<uint32_t> found = ActorsFrom(c, q, end, &next);
        pp_actor = true;
        // The agent heads its phrase ("by police", "por parte del ELN"); in
        // "por la supuesta movilización militar" the actor only describes
        // the noun before it.
        if (role == NounRole::kSource && pp_noun) found.clear();
        if (!prep_seen) {
          // An actor right after the noun, before any preposition, is an
          // adjective of it: Spanish "sanciones estadounidenses", "boicot
          // francés". Only a country: "protestas populares" is no party.
          found.erase(std::remove_if(found.begin(), found.end(),
                                     [&](uint32_t m) { return doc.actors[m].code.size() != 3; }),
                      found.end());
          if (sources.empty() && !found.empty()) {
            sources = found;
            why_source = "country adjective after the noun";
          }
        } else if (role == NounRole::kSource &&
                   (sources.empty() || (spanish && source_by_patient && !pp_patient && !found.empty()))) {
          // A doer named by an agent preposition ("por parte de") outranks
          // one read from a "de" phrase before it, which may be a place's
          // ("el corte de las calles de Madrid por parte de los empleados").
          if (!sources.empty()) why_source = "'" + agent_prep + "' phrase";
          sources = found;
          source_by_patient = pp_patient;
        } else if (role == NounRole::kTarget && targets.empty()) {
          targets = found;
        } else if (role == NounRole::kMutual && mutual.empty()) {
          mutual = found;
        }
        // Whatever follows an actor belongs to its phrase, not the noun's:
        // "the arrest of the mayor of Cali" names one target.
        role = NounRole::kNone;
        q = std::max(next, q + 1);
      }
      if (sources.empty()) why_source.clear();
      if (targets.empty()) why_target.clear();

      // Before the noun: a possessor ("Washington's revocation") or an
      // agent modifier ("Israeli airstrikes", "police raids").
      uint32_t possessor = kNone32, modifier = kNone32;
      {
        uint32_t q = first;
        bool possessive = false;
        for (int steps = 0; q > span.begin && steps < 5; ++steps) {
          const Token& b = toks[q - 1];
          // "an official visit": an agent word used as an adjective is one.
          bool adjective_agent = c.covers[q - 1] != kNone32 && doc.actors[c.covers[q - 1]].is_agent &&
                                 IsAdjective(b.tag) && !possessive;
          if (c.covers[q - 1] != kNone32 && !adjective_agent) {
            uint32_t m = c.covers[q - 1];
            if (possessive) possessor = m;
            else if (AgentModifier(doc, doc.actors[m])) modifier = m;
            break;
          }
          if (b.lower_hash == kPossessive || b.lower_hash == kApostrophe || b.tag == Tag::POS) {
            if (possessive) break;
            possessive = true;
          } else if (possessive || !(IsAdjective(b.tag) || b.tag == Tag::NN || b.tag == Tag::NNS ||
                                     b.tag == Tag::CD || b.lower == "-")) {
            break;
          }
          --q;
        }
      }
      // A possessor is the agent unless the entry says otherwise and no
      // "of" phrase follows: "Maduro's arrest" was done to him.
      if (possessor != kNone32) {
        bool agent = !chosen->possessor_is_target || patient_seen;
        if (agent && sources.empty()) {
          sources = {possessor};
          why_source = "possessor";
        } else if (!agent && targets.empty()) {
          targets = {possessor};
          why_target = "possessor";
        }
      }
      if (sources.empty() && modifier != kNone32 && chosen->modifier_is_source) {
        sources = {modifier};
        why_source = "modifier before the noun";
      }

      // The word that governs the noun's phrase: the first before it that
      // is not a modifier, a possessor or a time expression. A proper noun
      // modifies too ("since the Dayton peace accord", "the August 13
      // accord" in an undated text, where no time expression is found).
      // A time expression before the noun's own determiner is an adjunct of
      // the clause, not a modifier: "sostienen desde el 3 de mayo un
      // paro" is a strike held, not one "since" something; the walk
      // stops there and its preposition governs nothing. Spanish only: on
      // English news it moved one noun's date to another time expression
      // of its sentence (same day, not measured further).
      uint32_t gov = first;
      bool det_seen = false;
      const bool es = spanish;
      while (gov > span.begin) {
        const Token& b = toks[gov - 1];
        if (es && in_time[gov - 1] && det_seen) break;
        det_seen |= b.tag == Tag::DET && !in_time[gov - 1];
        bool modifier_word = c.covers[gov - 1] != kNone32 || in_time[gov - 1] || b.tag == Tag::DET ||
                             b.tag == Tag::PDT || IsAdjective(b.tag) || b.tag == Tag::CD || b.tag == Tag::PRPS ||
                             b.tag == Tag::POS || b.tag == Tag::NN || b.tag == Tag::NNS || b.tag == Tag::NNP ||
                             b.tag == Tag::RB ||
                             b.lower_hash == kPossessive || b.lower == "-";
        if (!modifier_word || first - gov >= 8) break;
        --gov;
      }
      // "proposed tariffs", "the risk of an attack", "la amenaza de una
      // huelga": a word that makes the act a possibility (@unreal).
      bool unreal = false;
      for (uint32_t k = gov; k < first && !unreal; ++k) unreal = nouns.IsUnreal(toks[k].lemma_hash) || nouns.IsUnreal(toks[k].lower_hash);
      gov = gov > span.begin ? gov - 1 : kNone32;
      // "the proposed sanctions": a participle before the modifiers governs them.
      if (!unreal && gov != kNone32) unreal = nouns.IsUnreal(toks[gov].lemma_hash) || nouns.IsUnreal(toks[gov].lower_hash);
      // "the risk of an attack", "interest in a swift agreement".
      if (!unreal && gov != kNone32 && (toks[gov].tag == Tag::IN || nouns.IsPatientWord(toks[gov].lower_hash)) &&
          gov > span.begin)
        unreal = nouns.IsUnreal(toks[gov - 1].lemma_hash) || nouns.IsUnreal(toks[gov - 1].lower_hash);
      if (unreal) {
        if (trace) say("a word before it makes it a possibility (@unreal): no event");
        continue;
      }
      // "protests against the visit of X", "since the peace accord", "pidieron
      // sanciones para": an act opposed, asked for or long past, not reported.
      if (gov != kNone32 && nouns.IsUnreported(toks[gov].lower_hash)) {
        if (trace) say("object of '" + std::string(toks[gov].lower) + "': not reported as happening");
        continue;
      }

      // "miners on strike", "médicos en huelga" (@state): the actor right
      // before the preposition is in the act.
      // Not an actor that is itself a preposition's object ("la frontera
      // con Nicaragua en protesta", "en París en una manifestación").
      auto heads_phrase = [&](uint32_t m) {
        uint32_t b = doc.actors[m].tokens.begin;
        return b == span.begin || (toks[b - 1].tag != Tag::IN && toks[b - 1].tag != Tag::TO);
      };
      const std::string root = chosen->code.substr(0, 2);
      const bool may_lack_target = std::find(roots_without_target.begin(), roots_without_target.end(), root) !=
                                   roots_without_target.end();
      std::string code = chosen->code;  // an announced protest's becomes its intent code (below)
      bool announced = false;
      // "siguen en huelga", "en señal de protesta" (@manner, before the
      // entry's words or as its first word): a bare noun that says how the
      // clause's act was done, so the clause's subject is its source (with
      // the clause, below). After a noun the phrase may describe that
      // noun's referent ("desalojó a los empleados en huelga"): only a
      // reason after it ("por", "contra": the entry's source or target
      // prepositions) makes it the manner of the clause's act ("bloquearon
      // la vía en protesta por"). Only acts that need no target (protests):
      // "confía en ayuda del FMI", "murieron en enfrentamientos con" are no
      // acts of the subject's.
      bool manner = sources.empty() && may_lack_target &&
                    ((first > span.begin && nouns.IsManner(toks[first - 1].lower_hash)) ||
                     (!chosen->before.empty() && nouns.IsManner(chosen->before[0])));
      if (manner) {
        const uint32_t prep = chosen->before.empty() || !nouns.IsManner(chosen->before[0]) ? first - 1 : first;
        if (prep > span.begin && (IsNoun(toks[prep - 1].tag) || c.covers[prep - 1] != kNone32)) {
          uint32_t len = 0;
          NounRole r = last + 1 < end ? nouns.PrepAt(*chosen, toks, last + 1, end, &len) : NounRole::kNone;
          manner = r == NounRole::kSource || r == NounRole::kTarget;
        }
      }
      bool from_state = false;  // the source is the actor before a @state word
      if (sources.empty() && gov != kNone32 && gov > span.begin && nouns.IsState(toks[gov].lower_hash) &&
          c.covers[gov - 1] != kNone32 && heads_phrase(c.covers[gov - 1])) {
        sources = {c.covers[gov - 1]};
        why_source = "actor before '" + std::string(toks[gov].lower) + "'";
        from_state = true;
      }
      // "las protestas que los transportistas realizaron": the noun is the
      // object of a light verb in the relative clause right after it, whose
      // own subject (before its verb) is the source.
      if (sources.empty()) {
        uint32_t q = last + 1;
        while (q < span.end && q < last + 4 && IsAdjective(toks[q].tag) && c.covers[q] == kNone32) ++q;
        if (q < span.end && toks[q].lower_hash == kQue) {
          for (const Clause& rc : doc.clauses) {
            if (rc.sentence != si || rc.tokens.begin != q || rc.relative || rc.verb.head == kNone32) continue;
            const VerbGroup& rv = rc.verb;
            // The clause analyser may read the clause as a "que" complement
            // in the subjunctive (a conditional modality); a light verb
            // before which its object was moved is a relative clause, and
            // in the past tense it reports an act.
            bool real = rv.modality == Modality::kNone || (rv.modality == Modality::kConditional && rv.tense == Tense::kPast);
            if (!nouns.IsLight(toks[rv.head].lemma_hash) || rv.passive || rv.negated || !real ||
                rc.subject.begin <= q || rc.subject.end > rv.tokens.begin)
              break;
            uint32_t s = rc.subject.begin, next = s;
            while (s < rc.subject.end && c.starts_at[s] == kNone32) ++s;
            if (s < rc.subject.end) sources = ActorsFrom(c, s, rc.subject.end, &next);
            if (!sources.empty()) why_source = "subject of '" + std::string(rv.lemma) + "' in the clause after it";
            break;
          }
        }
      }

      // A time expression in the noun's own phrase dates it ("Monday's U.S.
      // attack", "la huelga del 5 de octubre"); after the publication date
      // it is announced, not reported ("a visit next week").
      uint32_t phrase_time = kNone32;
      for (uint32_t ti = 0; ti < doc.times.size() && phrase_time == kNone32; ++ti) {
        const TimeExpr& te = doc.times[ti];
        bool dated = te.kind == TimeKind::kDate || te.kind == TimeKind::kRelative || te.kind == TimeKind::kWeekday;
        if (te.sentence == si && dated && te.value.valid() && te.tokens.begin > (gov == kNone32 ? span.begin : gov) &&
            te.tokens.end <= end && !InSincePhrase(doc, te, t))
          phrase_time = ti;
      }
      // (After the article's day: a dateline a day after the stamp is the
      // day written, and "talks in Lima, March 2 - ... talks were frank"
      // reports that day's talks; time/time_tagger.h, ArticleDay.)
      if (phrase_time != kNone32 && doc.article.published.valid() &&
          doc.times[phrase_time].value.first_day() > doc.article.published.last_day() &&
          doc.times[phrase_time].value.first_day() > ArticleDay(doc).last_day()) {
        if (trace) say("its phrase names a time after the publication date: announced, not reported");
        continue;
      }

      // The clause: did the act happen, and does its verb name the source?
      bool light = false;
      // A noun outside every clause is mostly in a subject the clause
      // analyser cut short ("A visit to Tokyo next week by X will change
      // nothing"): the next verb's clause says whether it happened.
      uint32_t ctx = ci;
      for (uint32_t k = 0; ctx == kNone32 && k < doc.clauses.size(); ++k)
        if (doc.clauses[k].sentence == si && doc.clauses[k].verb.head != kNone32 && doc.clauses[k].verb.head > t)
          ctx = k;
      if (ctx != kNone32) {
        const Clause& cl = doc.clauses[ctx];
        const VerbGroup& v = cl.verb;
        if (v.negated || cl.conditional || v.modality != Modality::kNone) {
          if (trace) say("its clause is negated, hypothetical or conditional: no event");
          continue;
        }
        if (cl.kind == ClauseKind::kInfinitive) {
          // Under an implicative verb, bare or with "a"/"de", the
          // infinitive's act took place as its parent's did ("los lazos
          // volvieron a tensarse con una queja de Quito"): the
          // parent's negation and modality decide. Spanish only: the
          // enclitic infinitives ("complicarse") that open such clauses were
          // read as nouns of the parent's clause before, and the English
          // rules were measured without it.
          const Clause* p = cl.parent != kNone32 ? &doc.clauses[cl.parent] : nullptr;
          const bool implicative =
              spanish && p && p->verb.head != kNone32 && verbs.IsImplicative(toks[p->verb.head].lemma_hash) &&
              (cl.prep == kNone32 || toks[cl.prep].lower_hash == TokenHash("a") || toks[cl.prep].lower_hash == TokenHash("de"));
          if (!implicative) { say("in an infinitive clause: not (yet) an act"); continue; }
          if (p->verb.negated || p->conditional || p->verb.modality != Modality::kNone) {
            if (trace) say("under a negated, hypothetical or conditional '" + std::string(p->verb.lemma) + "': no event");
            continue;
          }
        }
        if (cl.kind == ClauseKind::kGerund && cl.prep != kNone32 &&
            std::find(std::begin(kAfter), std::end(kAfter), toks[cl.prep].lower_hash) == std::end(kAfter)) {
          if (trace) say("in a gerund after '" + std::string(toks[cl.prep].lower) + "': the content of another act");
          continue;
        }
        if (cl.parent != kNone32 && doc.clauses[cl.parent].verb.head != kNone32) {
          uint64_t pl = toks[doc.clauses[cl.parent].verb.head].lemma_hash;
          if (verbs.IsIrrealis(pl) || verbs.IsIntent(pl) || nouns.IsBlocking(pl)) {
            if (trace) say("under '" + std::string(doc.clauses[cl.parent].verb.lemma) + "': not (yet) an act");
            continue;
          }
        }
        if (v.head != kNone32) {
          uint64_t vl = toks[v.head].lemma_hash;
          bool after_verb = t > v.head;
          if (after_verb && verb_coded[ctx] && !JudgedActWithItsOwnSides(nouns, vl, sources, targets)) {
            if (trace) say("its verb '" + std::string(v.lemma) + "' already coded the clause");
            continue;
          }
          if (after_verb && verb_coded[ctx] && trace)
            say("its verb '" + std::string(v.lemma) + "' (@judge) judges an act whose phrase names both sides: coded too");
          // A light verb lends its subject only to its own object: "staged
          // a hunger strike", "convocaron a una huelga", not "organized a
          // strike in protest of ..." (the protest is not the object).
          bool object = gov != kNone32 && (gov == v.head || gov == v.particle ||
                                           (gov == v.head + 1 && (toks[gov].lower_hash == kA || toks[gov].lower_hash == kAl)));
          // "signed a series of agreements", "launched a wave of air
          // strikes" (@quantity): the quantity is the verb's object and its
          // "of" governs the noun, so the noun is the object too.
          if (!object && gov != kNone32 && gov > v.head + 1 && nouns.IsPatientWord(toks[gov].lower_hash) &&
              (nouns.IsQuantity(toks[gov - 1].lower_hash) || nouns.IsQuantity(toks[gov - 1].lemma_hash))) {
            const uint32_t after = v.particle != kNone32 && v.particle > v.head ? v.particle : v.head;
            uint32_t q = gov - 1;
            while (q > after + 1 && c.covers[q - 1] == kNone32 &&
                   (toks[q - 1].tag == Tag::DET || IsAdjective(toks[q - 1].tag) || toks[q - 1].tag == Tag::CD))
              --q;
            object = q == after + 1;
          }
          // A time adjunct between the verb and its object ("sostienen desde
          // el 3 de mayo un paro"; the walk above stopped at it).
          if (!object && gov != kNone32 && gov > v.head && in_time[gov]) {
            uint32_t q = gov;
            while (q > v.head + 1 && (in_time[q - 1] || toks[q - 1].tag == Tag::IN || toks[q - 1].tag == Tag::DET)) --q;
            object = q == v.head + 1;
          }
          // Spanish puts a place between the verb and its object
          // ("sostuvieron en la selva, un combate con ..."): a phrase of a
          // place word (EventCoderOptions::place_words) and plain nouns right
          // after the verb, perhaps with a comma, leaves the noun its object.
          // (The noun's own modifiers may have taken the place's nouns:
          // then the place word itself governs them, and the noun is not
          // its first word: "se mantienen en huelga" is @state's.)
          if (!object && gov != kNone32 && gov >= v.head + 1 && gov <= v.head + 6 && first > v.head + 2 &&
              std::find(options.place_words.begin(), options.place_words.end(), toks[v.head + 1].lower) !=
                  options.place_words.end()) {
            uint32_t q = v.head + 2;
            while (q < gov && c.starts_at[q] == kNone32 &&
                   (toks[q].tag == Tag::DET || IsNoun(toks[q].tag) || IsAdjective(toks[q].tag)))
              ++q;
            object = gov == v.head + 1 || (q == gov && toks[gov].lower_hash == kComma);
          }
          light = after_verb && object && nouns.IsLight(vl) && !v.passive;
          if (light && nouns.IsInchoative(vl) && !InchoativeLends(c, nouns, cl, gov, first)) {
            if (trace) say("'" + std::string(v.lemma) + "' may have it as its subject (@inchoative): lends no subject");
            light = false;
          }
          // "The arrest of the mayor was ordered by the government": the
          // passive's subject is the light verb's object, and its agent
          // ("by" right after the verb group, perhaps behind a time
          // expression) is the doer. The noun must head the subject (not
          // "the trial of those behind the attack was ordered by ..."), and
          // without an actor after "by" nothing is lent: "the arrest was
          // announced on Monday" names no one who arrested. English only
          // (the Spanish "por" was not measured).
          std::vector<uint32_t> passive_agent;
          if (!light && v.passive && !after_verb && nouns.IsLight(vl) && cl.subject.contains(t) &&
              (gov == kNone32 || gov < cl.subject.begin) && !es) {
            uint32_t q = v.tokens.end;
            // "was ordered on Monday by": a time expression and its preposition.
            while (q < span.end && (in_time[q] || (toks[q].tag == Tag::IN && toks[q].lower_hash != kBy &&
                                                   q + 1 < span.end && in_time[q + 1])))
              ++q;
            if (q + 1 < span.end && toks[q].lower_hash == kBy) {
              ++q;
              while (q < span.end && c.starts_at[q] == kNone32 && toks[q].tag == Tag::DET) ++q;
              uint32_t next = q;
              if (q < span.end && c.starts_at[q] != kNone32) passive_agent = ActorsFrom(c, q, span.end, &next);
            }
            light = !passive_agent.empty();
          }
          // "anunciaron protestas para el lunes" (@announce): a protest
          // announced is still to be held, though an arrest announced was made.
          // Announcing it is CAMEO's threat to protest (133, cameo/intent.tsv),
          // which needs a target like any threat.
          if (light && may_lack_target && nouns.IsAnnounce(vl)) {
            code = IntentCodeFor(options.intent_codes, chosen->code);
            if (code.empty()) {
              if (trace) say("announced by '" + std::string(v.lemma) + "': still to be held, no event");
              continue;
            }
            announced = true;
          }
          // Before the verb only in the passive ("the visit was postponed"):
          // "after the arrest of X, crowds demanded ..." did not demand it.
          // After a passive verb the noun is in its agent or an adjunct,
          // not what is planned: in "los cortes estaban previstos debido a
          // la huelga" the cuts are planned and the strike is on. Unless
          // it is the subject put after the verb, as Spanish does: "está
          // prevista una marcha", "se prevén huelgas".
          bool governed = v.passive ? (!after_verb || cl.subject.contains(t)) : after_verb;
          // A manner phrase after the verb ("en protesta por") says how the
          // clause's act is done, passive or not: under a verb that plans
          // it ("una marcha de maestros está prevista para el jueves, en
          // protesta contra X") the
          // protest is planned too. Spanish only, where the rule was
          // measured.
          governed |= manner && after_verb && spanish;
          if (!light && governed && (nouns.IsBlocking(vl) || verbs.IsIrrealis(vl) || verbs.IsIntent(vl))) {
            if (trace) say("under '" + std::string(v.lemma) + "': not (yet) an act");
            continue;
          }
          // A manner noun inside the subject is not the subject's act. The
          // actor before its "en" is the subject's too, unless it is the
          // verb's object ("atacaron la sede de X en protesta"): then the
          // subject, if it names an actor, protests.
          // Only after its clause's verb: before it, a noun outside the
          // subject is mostly in a clause the analyser merged ("..., en
          // protesta por X, informaron fuentes": the reported clause's).
          const bool manner_of_clause = manner && ci == ctx && v.head != kNone32 && t > v.head && !cl.is_speech;
          if (manner_of_clause && from_state && v.head != kNone32 && doc.actors[sources[0]].tokens.begin > v.head) {
            std::vector<uint32_t> subj;
            uint32_t s = cl.subject.begin, next = s;
            while (s < cl.subject.end && c.starts_at[s] == kNone32) ++s;
            if (s < cl.subject.end) subj = ActorsFrom(c, s, cl.subject.end, &next);
            if (!subj.empty()) sources.clear();
          }
          bool lent = false;  // the source is the light verb's subject or agent
          if (!passive_agent.empty() && sources.empty()) {
            lent = true;
            sources = passive_agent;
            why_source = "agent of the passive '" + std::string(v.lemma) + "'";
          } else if ((light || manner_of_clause) && sources.empty()) {
            uint32_t s = cl.subject.begin, next = s;
            while (s < cl.subject.end && c.starts_at[s] == kNone32) ++s;
            if (s < cl.subject.end) sources = ActorsFrom(c, s, cl.subject.end, &next);
            lent = light && !sources.empty();
            if (!sources.empty())
              why_source = std::string(light ? "subject of '" : "subject of the clause it qualifies, '") +
                           std::string(v.lemma) + "'";
            // "Police said they had made the arrest of ...", "Peru said it
            // would carry out the expulsion": the light verb's subject is a
            // bare "they"/"it" of reported speech, which the matcher
            // resolves to no one; as the coder reads such a pronoun for a
            // verb's own act (events/coder.cc, "pronoun in reported
            // speech"), it is the speaker. Not inside a quotation (a quoted
            // speaker says "we" of itself), and English only.
            static const uint64_t they = TokenHash("they"), it = TokenHash("it");
            if (light && sources.empty() && cl.subject.size() == 1 && cl.reported_by != kNone32 &&
                doc.article.lang != "es" && !toks[cl.subject.begin].has(kInQuote) &&
                (toks[cl.subject.begin].lower_hash == they || toks[cl.subject.begin].lower_hash == it)) {
              const Clause& speech = doc.clauses[cl.reported_by];
              uint32_t q = speech.subject.begin;
              while (q < speech.subject.end && c.starts_at[q] == kNone32) ++q;
              if (q < speech.subject.end && !toks[q].has(kInQuote)) sources = ActorsFrom(c, q, speech.subject.end, &next);
              lent = !sources.empty();
              if (lent) why_source = "subject of '" + std::string(v.lemma) + "', a pronoun in reported speech: the speaker";
            }
          }
          // "The Pentagon confirmed the attack on a US base", "Nigeria
          // confirmed the kidnapping of a Japanese engineer" (@report): a
          // verb that only reports violence (roots 18-20) names its doer
          // only when its subject bears arms and is not of the struck
          // side's country; a government or the victim's side reports
          // what others did. "The Israeli army confirmed the killing of a
          // Hamas commander" keeps the army. Only when the source came
          // from that verb, not from the noun's own "by" phrase.
          if (lent && nouns.IsReport(vl) && IsForceCode(root)) {
            bool doer = true;
            for (uint32_t sm : sources) {
              std::string_view sc = doc.actors[sm].code;
              doer &= ArmedActor(sc);
              for (uint32_t tm : targets) {
                std::string_view tc = doc.actors[tm].code;
                doer &= !(sc.size() >= 3 && tc.size() >= 3 && !sc.starts_with("---") && sc.substr(0, 3) == tc.substr(0, 3));
              }
            }
            if (!doer) {
              if (trace)
                say("reported by '" + std::string(v.lemma) +
                    "' (@report), whose subject bears no arms or is of the struck side's country: not the doer, no event");
              continue;
            }
          }
        }
      }
      if (!mutual.empty() && mutual.size() >= 2) {
        // "talks between X and Y": each acts on the other.
        if (sources.empty()) {
          sources = mutual;
          targets = mutual;
          why_source = why_target = "each other";
        } else if (targets.empty()) {
          targets = mutual;
          why_target = "the 'between' phrase";
        }
      } else if (!mutual.empty() && targets.empty()) {
        targets = mutual;
        why_target = "the 'between/with' phrase";
      }
      // "la huelga general del jueves en Uruguay", "nuevas protestas
      // estallaron en Bolivia" (@place_source roots): with no agent named,
      // the act is the country's where it happened, named in the noun's own
      // place phrase or, for a noun in its clause's subject, the clause's.
      // A country's plain name only: a capital's mention is its government.
      if (sources.empty() && nouns.PlaceIsSource(root)) {
        // The first place phrase whose object is an actor, before any other
        // actor: "la huelga general del jueves en Uruguay". Only modifiers
        // and time expressions may stand before it: in "en protesta por la
        // venta de tierras en Chile" the place is the sale's.
        auto place_in = [&](uint32_t from, uint32_t to) {
          for (uint32_t q = from; q < to; ++q) {
            if (c.starts_at[q] != kNone32) return kNone32;
            uint32_t len = 0;
            if (nouns.PrepAt(*chosen, toks, q, to, &len) == NounRole::kPlace && q + len < to)
              return c.starts_at[q + len];
            bool time_prep = (toks[q].tag == Tag::IN || toks[q].tag == Tag::TO) && q + 1 < to && in_time[q + 1];
            // ("huelga general": Hunspell has "general" as a noun too)
            if (!in_time[q] && !time_prep && !IsAdjective(toks[q].tag) && !IsNoun(toks[q].tag)) return kNone32;
          }
          return kNone32;
        };
        uint32_t place = place_in(last + 1, end);
        if (place == kNone32 && ctx != kNone32 && doc.clauses[ctx].subject.contains(t))
          place = place_in(doc.clauses[ctx].complement.begin, doc.clauses[ctx].complement.end);
        if (place != kNone32 && doc.actors[place].code.size() == 3 && !doc.actors[place].is_agent) {
          sources = {place};
          why_source = "the country where it happened";
        } else if (place != kNone32 && spanish && CodeIs(root, "14") && CapitalAsPlace(doc.actors[place])) {
          // "las protestas en Lima contra el alza ...": a protest in a
          // capital is held there by its country's people, as one in a
          // town is; the capital stands for its government only as a
          // doer ("Quito protestó"). Spanish protests only, where the
          // PLOVER gold counts such crowds with no doer named.
          sources = {place};
          source_code = doc.actors[place].code.substr(0, 3);
          why_source = "the country of the capital where it happened";
        }
      }
      // "la medida desató una ola de protestas", "se produjeron
      // manifestaciones": a verb that reports the act as having taken place
      // (@occur), with the noun its object or its subject put after it,
      // and no one named doing it nor a country where: the protest was
      // held by someone the sentence does not name, CAMEO's unknown actor
      // "---", as a passive arrest's unknown doer (coder.cc). The clause
      // was checked above: not negated, conditional or planned ("podría
      // provocar protestas" codes nothing). Only a noun right after the
      // verb, perhaps behind a quantity ("una oleada de"): in "la ley,
      // aprobada tras las protestas, provocó ..." the protest is only
      // mentioned. Or the noun opening the sentence before such a verb in
      // the past (below). Spanish protests (@place_source roots) only, where the
      // rule was measured; "las protestas estarán prohibidas" has no
      // such verb. A "se" passive is such a verb too ("se produjeron").
      bool unknown_doer = false;
      if (sources.empty() && spanish && nouns.PlaceIsSource(root) && ctx != kNone32 &&
          (ctx == ci || ci == kNone32)) {  // outside every clause: before the next verb (above)
        const Clause& cl = doc.clauses[ctx];
        const uint32_t vh = cl.verb.head;
        // A subject naming an actor before the verb is the protest's cause
        // or its doer ("el Gobierno provocó protestas", "los camioneros
        // desataron una ola de protestas"): which, the verb does not say.
        bool named_subject = false;
        for (uint32_t q = cl.subject.begin; q < cl.subject.end && q < vh; ++q) named_subject |= c.starts_at[q] != kNone32;
        if (vh != kNone32 && vh < t && !named_subject && nouns.IsOccur(toks[vh].lemma_hash) && !cl.is_speech) {
          uint32_t q = vh + 1;
          while (q < first && c.starts_at[q] == kNone32 &&
                 (in_time[q] || toks[q].tag == Tag::DET || toks[q].tag == Tag::CD || IsAdjective(toks[q].tag) ||
                  (IsNoun(toks[q].tag) && q + 1 < first && toks[q + 1].lower_hash == TokenHash("de")) ||
                  // an adjective before the noun that Hunspell also lists as
                  // a noun ("nuevas manifestaciones")
                  (IsNoun(toks[q].tag) && q + 1 == first && !toks[q].has(kCapitalized)) ||
                  (toks[q].lower_hash == TokenHash("de") && q > vh + 1 && IsNoun(toks[q - 1].tag))))
            ++q;
          unknown_doer = q == first;
        } else if (vh != kNone32 && t < vh && cl.verb.tense == Tense::kPast &&
                   (nouns.IsOccur(toks[vh].lemma_hash) || nouns.IsOutcome(toks[vh].lemma_hash)) && !cl.is_speech) {
          // The noun opening the sentence as the subject of such a verb in
          // the past: "las protestas comenzaron el martes", "nuevas huelgas
          // estallaron", or of a verb that tells what the act did (@outcome:
          // "las protestas dejaron tres muertos", "la huelga paralizó el
          // puerto"). Its own phrase may name a target ("las protestas
          // contra el alcalde", which the clause analyser may take as the
          // subject), not a doer (sources is empty here).
          const uint32_t sb = doc.sentences[si].tokens.begin;
          uint32_t q = first;
          while (q > sb && c.starts_at[q - 1] == kNone32 &&
                 (toks[q - 1].tag == Tag::DET || toks[q - 1].tag == Tag::CD || IsAdjective(toks[q - 1].tag) ||
                  (IsNoun(toks[q - 1].tag) && q == first && (q - 1 == sb || !toks[q - 1].has(kCapitalized)))))
            --q;
          unknown_doer = q == sb;
        }
      }
      // "el alcalde recibió amenazas de muerte", "recibió amenazas contra su
      // vida" (@receive): the noun right after such a verb (behind articles,
      // adjectives or a number) is an act done to the verb's subject by
      // someone the sentence does not name, CAMEO's unknown actor "---", as
      // the passive "fue amenazado" without a doer (coder.cc). Only threats
      // (13) and assaults (18), the acts a victim tells of receiving; a
      // doer named after "de" is the verb pattern's ("recibir amenaza de $").
      if (sources.empty() && targets.empty() && ctx != kNone32 && (ctx == ci || ci == kNone32) &&
          (CodeIs(root, "13") || CodeIs(root, "18"))) {
        const Clause& cl = doc.clauses[ctx];
        const uint32_t vh = cl.verb.head;
        // Stop 35 (h-es15): a speaker who reports threats with no one named
        // as their target (@receive_told: "Ana Ruiz, concejal de Neiva,
        // denunció amenazas de muerte") tells of threats received: the
        // speaker is their target, as "recibió amenazas" (without it the
        // saying had no event). Threats only, and not when a "contra" or
        // "a" after the noun names whom they are against ("denunció
        // amenazas contra los periodistas" is the reporters').
        bool told = false;
        if (vh != kNone32 && vh < first && CodeIs(root, "13") && nouns.IsReceiveTold(toks[vh].lemma_hash) &&
            !cl.verb.passive) {
          static const uint64_t kContra = TokenHash("contra");  // kA, kAl, kComma: the function's
          told = true;
          const uint32_t se = doc.sentences[si].tokens.end;
          for (uint32_t k = first + 1; k < se && told; ++k) {
            if (toks[k].lower_hash == kComma || (k > first + 1 && IsVerb(toks[k].tag))) break;
            told = toks[k].lower_hash != kContra && toks[k].lower_hash != kA && toks[k].lower_hash != kAl;
          }
        }
        if (vh != kNone32 && vh < first && (told || (nouns.IsReceive(toks[vh].lemma_hash) && !cl.is_speech)) &&
            !cl.verb.passive) {
          uint32_t q = vh + 1;
          while (q < first && c.starts_at[q] == kNone32 &&
                 (toks[q].tag == Tag::DET || toks[q].tag == Tag::CD || IsAdjective(toks[q].tag) ||
                  // an adjective Hunspell also lists as a noun ("nuevas amenazas"), as for @occur
                  (IsNoun(toks[q].tag) && q + 1 == first && !toks[q].has(kCapitalized))))
            ++q;
          uint32_t s = cl.subject.begin, next = s;
          while (s < cl.subject.end && c.starts_at[s] == kNone32) ++s;
          if (q == first && s < cl.subject.end) {
            targets = ActorsFrom(c, s, cl.subject.end, &next);
            if (!targets.empty()) {
              unknown_doer = true;
              why_target = "subject of '" + std::string(cl.verb.lemma) + "' (@receive), who received it";
            }
          } else if (q == first && !cl.subject.empty() && cl.subject.end + 2 < vh) {
            // "Ana Gómez, concejal de Neiva, recibió amenazas": a person we
            // do not know, named again by the apposition the clause analyser
            // skips; the receiver is the apposition's actor when it opens it
            // (after at most an article), as for a verb's subject (coder.cc).
            // Without it the threat was lost: the subject names no actor.
            static const uint64_t kSep = TokenHash(",");
            const uint32_t open = cl.subject.end + 1;
            uint32_t close = open;
            while (close < vh && toks[close].lower_hash != kSep) ++close;
            const uint32_t head = open < close && toks[open].tag == Tag::DET ? open + 1 : open;
            if (toks[cl.subject.end].lower_hash == kSep && close < vh && head < close && c.starts_at[head] != kNone32) {
              targets = ActorsFrom(c, head, close, &next);
              if (!targets.empty()) {
                unknown_doer = true;
                why_target = "the apposition naming the subject of '" + std::string(cl.verb.lemma) +
                             "' (@receive), who received it";
              }
            }
          }
        }
      }
      if (unknown_doer) {
        source_code = "---";
        why_source = "nobody named: the unknown actor, the act reported by '" + std::string(doc.clauses[ctx].verb.lemma) + "'";
      } else if (sources.empty()) {
        if (trace) say("entry " + chosen->ref() + " matched but its phrase names no source");
        continue;
      }
      // "Israel and Lebanon renewed negotiations": as with verbs, a
      // coordinated subject of a joint act (03-06, 19) acts on each other
      // ("attacks by Iran and Iraq" on shipping are not on each other).
      // So is a truce (0871): "the government and the ELN began a bilateral
      // ceasefire" is each side's truce with the other.
      static constexpr std::string_view kMutualRoots[] = {"03", "04", "05", "06", "19"};
      if (targets.empty() && sources.size() >= 2 && light &&
          (std::find(std::begin(kMutualRoots), std::end(kMutualRoots), root) != std::end(kMutualRoots) ||
           code == "0871")) {
        targets = sources;
        why_target = "each other";
      }
      if (targets.empty() && (!may_lack_target || announced)) {
        if (trace) say("entry " + chosen->ref() + " matched but its phrase names no target");
        continue;
      }

      uint32_t time = kNone32;
      Date date = EventDate(doc, ctx, si, &time, t);
      if (phrase_time != kNone32) date = doc.times[phrase_time].value, time = phrase_time;
      bool coded = false;
      auto emit = [&](uint32_t s, uint32_t tg) {
        const std::string& sc = source_code.empty() ? doc.actors[s].code : source_code;
        const std::string tc = tg == kNone32 ? std::string() : doc.actors[tg].code;
        if (tg != kNone32 && (s == tg || sc == tc)) return;
        // The verb, or this noun already, coded this dyad in the sentence;
        // or the verb coded the same kind of act by the same source
        // ("Israeli airstrikes on Gaza killed 20": one fight, not two).
        for (const EventMention& ev : doc.events) {
          if (ev.sentence != si || ev.source != sc) continue;
          bool by_verb = &ev - doc.events.data() < static_cast<ptrdiff_t>(verb_events);
          // A verb's act with no target is only the same act if it has the
          // same root: "exigiendo el pago" does not repeat "iniciaron un
          // movimiento de protesta" by the same workers.
          bool same = ev.target == tc && (ev.code == code || (by_verb && !tc.empty()));
          same |= by_verb && ev.code.compare(0, 2, code, 0, 2) == 0;
          if (same) {
            if (trace) say("the sentence already has " + ev.code + " " + sc + ">" + ev.target + ": not coded again");
            return;
          }
        }
        EventMention ev = NewEvent(si, ci, sc, s, tc, tg, code, date, time);
        ev.trigger = {first, last + 1};
        ev.pattern = chosen->ref();
        ev.note = "noun trigger '" + std::string(doc.text(TokenRange{first, last + 1})) + "'; source: " + why_source +
                  (tg == kNone32 ? "; no target" : "; target: " + why_target) +
                  (announced ? "; announced: the intent code" : "");
        doc.events.push_back(std::move(ev));
        coded = true;
      };
      for (uint32_t s : sources) {
        if (targets.empty()) emit(s, kNone32);
        for (uint32_t tg : targets) emit(s, tg);
      }
      if (unknown_doer) {  // no source mention: emit reads source_code
        if (targets.empty()) emit(kNone32, kNone32);
        for (uint32_t tg : targets) emit(kNone32, tg);
      }
      if (coded) {
        added = true;
        if (trace) say("coded " + code + " by " + chosen->ref() + " (source " + Names(doc, sources) + ": " + why_source +
            (targets.empty() ? "" : "; target " + Names(doc, targets) + ": " + why_target) + ")");
      }
    }
  }
  if (added)
    std::stable_sort(doc.events.begin(), doc.events.end(),
                     [](const EventMention& a, const EventMention& b) { return a.sentence < b.sentence; });
}

namespace {

void SavePreps(const std::vector<NounPrep>& preps, CacheWriter* w) {
  w->Pod<uint64_t>(preps.size());
  for (const NounPrep& p : preps) {
    w->Vector(p.words);
    w->Pod(p.role);
  }
}

bool RestorePreps(CacheReader* r, std::vector<NounPrep>* preps) {
  uint64_t n = 0;
  if (!r->Count(&n)) return false;
  preps->resize(n);
  for (NounPrep& p : *preps) {
    if (!r->Vector(&p.words) || !r->Pod(&p.role)) return false;
    if (p.role > NounRole::kPlace) return r->Fail();
  }
  return true;
}

}  // namespace

void NounDictionary::Save(CacheWriter* w) const {
  w->Pod<uint64_t>(patterns_.size());
  for (const NounPattern& p : patterns_) {
    w->String(p.code);
    w->Pod(p.head);
    w->String(p.head_word);
    w->Vector(p.before);
    w->Pod<uint64_t>(p.after.size());
    for (const NounPattern::Follow& f : p.after) {
      w->Pod(f.hash);
      w->String(f.synset);
      w->Pod(f.synset_index);
    }
    SavePreps(p.preps, w);
    w->Pod(static_cast<uint8_t>(p.possessor_is_target | p.modifier_is_source << 1));
    w->String(p.file);
    w->Pod(p.line);
    w->String(p.text);
    w->Pod(p.specificity);
  }
  std::vector<uint64_t> heads;
  for (const auto& [head, list] : by_head_) heads.push_back(head);
  std::sort(heads.begin(), heads.end());
  w->Vector(heads);
  for (uint64_t h : heads) w->Vector(by_head_.at(h));
  SavePreps(preps_, w);
  for (const auto* set : {&patient_, &light_, &block_, &unreal_, &state_, &unreported_, &manner_, &quantity_,
                          &announce_, &occur_, &outcome_, &report_, &judge_, &inchoative_, &receive_, &receive_told_}) {
    std::vector<uint64_t> keys(set->begin(), set->end());
    std::sort(keys.begin(), keys.end());
    w->Vector(keys);
  }
  w->Strings(place_roots_);
}

bool NounDictionary::Restore(CacheReader* r, size_t num_synsets) {
  *this = NounDictionary();
  uint64_t n = 0;
  if (!r->Count(&n)) return false;
  patterns_.resize(n);
  for (NounPattern& p : patterns_) {
    uint64_t after = 0;
    uint8_t flags = 0;
    if (!r->String(&p.code) || !r->Pod(&p.head) || !r->String(&p.head_word) || !r->Vector(&p.before) ||
        !r->Count(&after))
      return false;
    p.after.resize(after);
    for (NounPattern::Follow& f : p.after) {
      if (!r->Pod(&f.hash) || !r->String(&f.synset) || !r->Pod(&f.synset_index)) return false;
      // An unresolved synset is kNone32 and never matches; any other
      // value indexes the verb dictionary's synsets unchecked.
      if (f.synset_index != kNone32 && f.synset_index >= num_synsets) return r->Fail();
    }
    if (!RestorePreps(r, &p.preps) || !r->Pod(&flags) || !r->String(&p.file) || !r->Pod(&p.line) ||
        !r->String(&p.text) || !r->Pod(&p.specificity))
      return false;
    p.possessor_is_target = flags & 1;
    p.modifier_is_source = flags & 2;
    SetHeadBit(p.head);  // as Compile sets it
  }
  std::vector<uint64_t> heads;
  if (!r->Vector(&heads)) return false;
  by_head_.reserve(heads.size());
  for (uint64_t h : heads) {
    std::vector<uint32_t> list;
    if (!r->Vector(&list)) return false;
    for (uint32_t i : list)
      if (i >= patterns_.size()) return r->Fail();
    by_head_.emplace(h, std::move(list));
  }
  if (!RestorePreps(r, &preps_)) return false;
  for (auto* set : {&patient_, &light_, &block_, &unreal_, &state_, &unreported_, &manner_, &quantity_,
                    &announce_, &occur_, &outcome_, &report_, &judge_, &inchoative_, &receive_, &receive_told_}) {
    std::vector<uint64_t> keys;
    if (!r->Vector(&keys)) return false;
    set->insert(keys.begin(), keys.end());
  }
  if (!r->Strings(&place_roots_)) return false;
  IndexPrepStarts();
  return true;
}

}  // namespace dyad
