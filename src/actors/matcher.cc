#include "actors/matcher.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <span>
#include <unordered_map>

#include "actors/acronyms.h"
#include "actors/surnames.h"
#include "actors/titles.h"
#include "model/letter_case.h"

namespace dyad {

namespace {

// Whether the one-word Spanish agent at `i` is a second role of the person
// an agent at [pb, pe) names: "<singular article> ROLE y [ex] ROLE", both
// singular and in lower case, the second with no article of its own.
// Lower case only, so that two bodies under one article ("el Ejército y
// Policía") stay two; plural nouns ("los estudiantes y campesinos") are
// groups, each its own actor.
bool SecondRoleOfOnePerson(const std::vector<Token>& t, uint32_t sent_begin, uint32_t pb, uint32_t pe, uint32_t i) {
  uint32_t y = i - 1;
  if (y > pe && t[y].lower == "ex") --y;  // "y ex presidente"
  if (y != pe || pb == sent_begin || (t[y].lower != "y" && t[y].lower != "e")) return false;
  const std::string_view det = t[pb - 1].lower;
  if (det != "el" && det != "la" && det != "al" && det != "del" && det != "un" && det != "una") return false;
  auto singular_lower = [&](uint32_t k) { return !t[k].has(kCapitalized) && !t[k].lower.ends_with("s"); };
  return singular_lower(pb) && singular_lower(i);
}

// The three letters of a code packed into one integer, so that testing a
// code against a list of prefixes is a few integer compares. (Seven
// string_view compares here, each a call to memcmp, were 1% of coding
// te3silver: the matcher asks this ~50,000 times for every mention found.)
constexpr uint32_t Pack3(char a, char b, char c) {
  return static_cast<uint32_t>(static_cast<unsigned char>(a)) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b)) << 8 | static_cast<unsigned char>(c);
}

// Inlined by force: GCC kept it out of line, and its ~50,000 calls on
// te3silver cost more in the call than in the test.
[[gnu::always_inline]] inline bool IsOrgCode(std::string_view code) {
  if (code.size() < 3) return false;  // no 3-letter prefix to be one of these
  switch (Pack3(code[0], code[1], code[2])) {
    case Pack3('I', 'G', 'O'): case Pack3('N', 'G', 'O'): case Pack3('I', 'M', 'G'): case Pack3('M', 'N', 'C'):
    case Pack3('N', 'G', 'M'): case Pack3('I', 'N', 'T'): case Pack3('U', 'I', 'S'):
      return true;
    default:
      return false;
  }
}

// Spanish: past a unit of an armed group between an agent's "de" and the
// group ("milicianos del frente 5 de las FARC", "paramilitares del
// bloque Norte de las AUC", "de la columna X del frente Y del ELN"): the
// unit noun (a member of `units`, &ARMED_UNIT of data/verbs/es/synsets.txt),
// then its number or name (numbers, capitalised words,
// adjectives and nouns such as "sur", at most five), then "de"/"del" and an article. Returns where
// the group should begin, or `t` itself when no unit stands there. Without
// this the agent found no country and the members of a front were no one's.
uint32_t SkipArmedUnit(const std::vector<Token>& toks, uint32_t t, uint32_t end, const WordClass& units) {
  static const uint64_t kDe = TokenHash("de"), kDel = TokenHash("del");
  static const uint64_t kArticles[] = {TokenHash("el"), TokenHash("la"), TokenHash("los"), TokenHash("las")};
  for (int depth = 0; depth < 2; ++depth) {  // "del frente X del bloque Y de las FARC"
    if (t >= end || !units.Has(toks[t].lower_hash)) break;
    uint32_t u = t + 1;
    for (int words = 0; words < 5 && u < end && toks[u].lower_hash != kDe && toks[u].lower_hash != kDel &&
                        (toks[u].tag == Tag::CD || toks[u].has(kCapitalized) || IsAdjective(toks[u].tag) ||
                         IsNoun(toks[u].tag));
         ++words)
      ++u;
    // A name is needed: a bare "el frente de la protesta" is no unit.
    if (u == t + 1 || u >= end || (toks[u].lower_hash != kDe && toks[u].lower_hash != kDel)) break;
    ++u;
    if (u < end && std::find(std::begin(kArticles), std::end(kArticles), toks[u].lower_hash) != std::end(kArticles))
      ++u;
    t = u;
  }
  return t;
}

// Whether the capitalised words from `t` on (a name) end in a company's
// legal form ("McLean Industries Inc", "General Union Mining Corp"): an
// agent word inside such a name ("Industries", "Union") names no agent.
bool InCompanyName(const std::vector<Token>& toks, uint32_t t, uint32_t end) {
  static const uint64_t kForms[] = {TokenHash("inc"),  TokenHash("inc."), TokenHash("corp"), TokenHash("corp."),
                                    TokenHash("co"),   TokenHash("co."),  TokenHash("ltd"),  TokenHash("ltd."),
                                    TokenHash("plc"),  TokenHash("llc"),  TokenHash("ag"),   TokenHash("nv"),
                                    TokenHash("gmbh"), TokenHash("spa")};
  for (uint32_t j = t; j < end && j < t + 6 && toks[j].has(kCapitalized); ++j)
    if (std::find(std::begin(kForms), std::end(kForms), toks[j].lower_hash) != std::end(kForms)) return true;
  return false;
}

// Stop 34 (h-es13): a country's or capital's name (`at`, `span` tokens)
// written in capitals as a later item of a list of places in capitals that
// closes the sentence: "... asesinaron a un campesino , META , PUERTO RICO",
// "... , NARIÑO , PASTO , SAN JUAN DE PASTO". Violence registers close each
// record with where it happened, department first, then municipality and
// locality, in capitals; such a list runs from the larger unit to the
// smaller, so a name after the first item is a town inside it, never a
// state (Colombia has municipalities named Puerto Rico, Granada, Santa
// Lucía, Bolívar ...). Read as the country, it gave the report's doers and
// victims that country (PRIMIL, GRDCVL). What qualifies: the name in
// capitals, a comma before it with a capitalised word before the comma (the
// list's earlier item), and after it only capitalised words and commas up
// to the sentence's end (a full stop allowed). A sentence written wholly
// in capitals (a headline) is left: every word is in capitals there.
//
// Stop 35 (h-es14): with `first_capital`, the list's first item too when it
// is a capital's name (the caller passes it for kCapital entries) and at
// least one more item follows: ", SUCRE , SINCELEJO" closes a report from
// the Colombian department of Sucre, and read as Bolivia's capital it made
// the report's doers and victims Bolivian (COLREB>BOLGOV). The list's first
// item is the larger unit, a department or province, of which a capital
// city is none; a country's name there stays the country (", PANAMA ,
// DARIEN" is in Panama).
bool InClosingPlaceList(const std::vector<Token>& toks, uint32_t sent_begin, uint32_t sent_end, uint32_t at,
                        uint32_t span, bool first_capital) {
  if (at < sent_begin + 2 || !toks[at].has(kAllCaps) || toks[at - 1].lower != ",") return false;
  const Token& prev = toks[at - 2];
  if (prev.has(kPunct)) return false;
  // The first item: lower-case words before the comma (the sentence's own).
  const bool first = !prev.has(kCapitalized);
  if (first && !first_capital) return false;
  bool later_item = false;
  for (uint32_t t = at + span; t < sent_end; ++t) {
    const Token& x = toks[t];
    if (x.lower == "," || (x.lower == "." && t + 1 == sent_end)) continue;
    if (x.has(kPunct) || !x.has(kCapitalized)) return false;
    later_item = true;
  }
  return !first || (later_item && toks[at + span].lower == ",");
}

// Whether a rank at `at` (an agent marked `named`, Spanish "general",
// "capitán", "comisario") is written as a title before a person's name:
// after an article, "al", a comma or at the sentence start, and right
// before a capitalised word that is no acronym ("el general Juan Pérez", ",
// comisario Mario Ruiz,"). Elsewhere the word is mostly no one: the
// adjective ("el secretario general", "en general", "huelga general"), a
// team's or a ship's captain ("el capitán del equipo"), a commissioner of
// another body ("el comisario europeo"). In an all-capitals line every word
// is capitalised, so nothing there proves a name. Not after "del": "la
// dictadura del general X", "partidarios del general X" make him an owner,
// and the coder would read a rank after "de" as the body doing the act
// ("la huelga de los mineros"; AFP Spanish: four demonstrations by a
// general's supporters read as his own).
bool RankBeforeName(const std::vector<Token>& toks, uint32_t sent_begin, uint32_t sent_end, uint32_t at,
                    uint32_t span, bool all_caps) {
  static const uint64_t kBefore[] = {TokenHash("el"), TokenHash("la"), TokenHash("al"),
                                     TokenHash("un"), TokenHash("una"), TokenHash(",")};
  if (all_caps || at + span >= sent_end) return false;
  // Spanish writes ranks in lower case: "General Motors" is a firm.
  if (toks[at].has(kCapitalized) && at != sent_begin) return false;
  const Token& next = toks[at + span];
  if (!next.has(kCapitalized) || next.has(kAllCaps) || next.has(kPunct)) return false;
  return at == sent_begin ||
         std::find(std::begin(kBefore), std::end(kBefore), toks[at - 1].lower_hash) != std::end(kBefore);
}

// A dictionary match before phrase assembly.
struct Raw {
  uint32_t begin, end;
  uint32_t entry;
  const CodePeriod* code;
  bool consumed = false;
  TokenRange title{0, 0};  // a person's title (step 1b), for the evidence
  TitleUse title_use = TitleUse::kNone;
};

// Tokens that may stand between an agent and the country of its phrase
// ("Colombia's new foreign ministry", "Colombian army and police"): modifiers
// inside one noun phrase. Without tags (tests) capitalised words and nouns
// are accepted, which is what the tags would say.
bool NounPhraseInternal(const Token& t) {
  switch (t.tag) {
    case Tag::JJ: case Tag::JJR: case Tag::JJS: case Tag::NN: case Tag::NNS: case Tag::NNP:
    case Tag::NNPS: case Tag::POS: case Tag::CD: case Tag::VBN: case Tag::VBG:
      return true;
    case Tag::kNone:  // untagged (tests): names and the possessive
      return t.has(kCapitalized) || t.lower == "-" || t.lower == "'s";
    default:
      return t.lower == "-" || t.lower == "'s";
  }
}

// Articles, prepositions and conjunctions. Not pronouns: the English
// tagger reads a headline's "US" ("US WARNS IRAN") as the pronoun, and
// there it is the United States far more often than "us".
bool IsFunctionWord(Tag t) { return t == Tag::DET || t == Tag::IN || t == Tag::CC || t == Tag::TO || t == Tag::PDT; }

// The count words data/actors/agents.txt lists as a crowd ("Thousands
// marched", "police detained dozens"; Spanish "Miles marcharon", "la
// policía detuvo a decenas"). Followed by "of"/"de" they only count what
// comes after ("thousands of people" is the people's, "hundreds of
// millions of dollars" no one's), so there they name no actor.
bool IsCountWord(uint64_t h) {
  static const uint64_t kCounts[] = {TokenHash("thousands"), TokenHash("hundreds"),  TokenHash("dozens"),
                                     TokenHash("miles"),     TokenHash("cientos"),   TokenHash("decenas"),
                                     TokenHash("centenares"), TokenHash("millares")};
  return std::find(std::begin(kCounts), std::end(kCounts), h) != std::end(kCounts);
}

// A diplomat or a diplomatic post ("embassy", "consulate", "ambassador"),
// by its head word: such an agent is posted abroad, so a country after its
// "in" is the host, not the one it serves ("the embassy in Lima" is not
// Peru's). Words of agents.txt, by hash as IsCountWord.
bool IsPostedAbroad(uint64_t h) {
  static const uint64_t kPosts[] = {TokenHash("embassy"),    TokenHash("embassies"),  TokenHash("consulate"),
                                    TokenHash("consulates"), TokenHash("ambassador"), TokenHash("ambassadors"),
                                    TokenHash("consul"),     TokenHash("consuls"),    TokenHash("diplomat"),
                                    TokenHash("diplomats"),  TokenHash("envoy"),      TokenHash("envoys")};
  return std::find(std::begin(kPosts), std::end(kPosts), h) != std::end(kPosts);
}

// An agent's code combined with the code of its actor: "~GOV" after it
// (COL + ~GOV = COLGOV), a peer's prefix role "NGM~" before it (NGMCOL),
// once only (NGM~ + NGM = NGM).
void AssignWithRole(std::string& r, std::string_view base, std::string_view agent_code) {
  // Built in one string: the former std::string(prefix) + std::string(base)
  // made two temporaries and a third for the sum (~220 instructions a
  // call, ~19,000 calls on te3silver). Written into the mention's own
  // string: returning a string to move-assign cost an out-of-line move
  // and a destruction a call.
  r.clear();
  if (agent_code.size() > 1 && agent_code.back() == '~') {
    std::string_view prefix = agent_code.substr(0, agent_code.size() - 1);
    if (base.starts_with(prefix)) {
      r.assign(base);
      return;
    }
    r.reserve(prefix.size() + base.size());
    r.append(prefix);
    r.append(base);
    return;
  }
  const std::string_view role = agent_code.substr(agent_code.empty() ? 0 : 1);
  r.reserve(base.size() + role.size());
  r.append(base);
  r.append(role);
}

std::string WithRole(std::string_view base, std::string_view agent_code) {
  std::string r;
  AssignWithRole(r, base, agent_code);
  return r;
}

// An agent the peers' rules made in a sentence: its mention, the agent
// entry as matched, and the country (base code) of its own phrase, if any.
struct PeerAgent {
  size_t mention;
  const Raw* agent;
  std::string base;
};

// Step 2b' of ActorMatcher::Run (see there).
void CoordinateAgents(Doc& doc, const std::vector<PeerAgent>& made, uint64_t h_and, uint64_t h_the) {
  struct Group {
    const Raw* agent;
    std::vector<size_t> mentions;
    std::vector<std::string> bases;  // countries of its own phrase
  };
  std::vector<Group> groups;
  for (const PeerAgent& p : made) {
    auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.agent == p.agent; });
    if (g == groups.end()) g = groups.insert(groups.end(), Group{p.agent, {}, {}});
    g->mentions.push_back(p.mention);
    if (!p.base.empty()) g->bases.push_back(p.base);
  }
  std::sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) { return x.agent->begin < y.agent->begin; });
  static const uint64_t h_or = TokenHash("or"), h_comma = TokenHash(",");
  auto joined = [&](const Group& x, const Group& y) {
    if (x.agent->end >= y.agent->begin) return false;
    bool conj = false;
    for (uint32_t t = x.agent->end; t < y.agent->begin; ++t) {
      uint64_t h = doc.tokens[t].lower_hash;
      if (h != h_and && h != h_or && h != h_comma && h != h_the) return false;
      conj |= h != h_the;
    }
    return conj;
  };
  auto share = [&](const Group& from, Group& to) {
    if (to.mentions.size() != 1) return;
    const std::string& role = to.agent->code->code;
    ActorMention& m = doc.actors[to.mentions[0]];
    AssignWithRole(m.code, from.bases[0], role);
    m.how = ActorResolution::kAgentInPhrase;
    m.entry_rest += " (coordinated with " + std::string(doc.text(TokenRange{from.agent->begin, from.agent->end})) + ")";
    for (size_t b = 1; b < from.bases.size(); ++b) {
      ActorMention x = doc.actors[to.mentions[0]];
      AssignWithRole(x.code, from.bases[b], role);
      to.mentions.push_back(doc.actors.size());
      doc.actors.push_back(std::move(x));
    }
    to.bases = from.bases;
  };
  for (size_t i = 0; i + 1 < groups.size(); ++i)
    if (!groups[i].bases.empty() && groups[i + 1].bases.empty() && joined(groups[i], groups[i + 1]))
      share(groups[i], groups[i + 1]);
  for (size_t i = groups.size() - 1; i-- > 0;)
    if (groups[i].bases.empty() && !groups[i + 1].bases.empty() && joined(groups[i], groups[i + 1]))
      share(groups[i + 1], groups[i]);
}

}  // namespace

namespace {
// Whether SortMentionsByStart(v, first) would leave v as it is: fewer than
// two mentions, or mentions already in order. Up to 16 equal starts may
// stand in any order: std::sort sorts up to 16 elements by insertion
// alone, which moves no element that is not less than the one before it.
// Past 16 its partitions may reorder equal starts, so there only strictly
// increasing starts (one sorted order, whatever the algorithm) are left.
// Most sentences' mentions are in order: steps 2a-2c make them left to
// right, and only agents, peers' copies and pronouns interleave.
//
// Inlined at Run's call, once per sentence (te3silver: ~26,000 calls, of
// which ~21,000 move nothing), so that the common case pays no call into
// the sort's larger frame (its prologue and epilogue saved and restored
// six registers for every sentence it then left alone).
[[gnu::always_inline]] inline bool MentionsInOrder(const std::vector<ActorMention>& v, size_t first) {
  const size_t n = v.size() - first;
  if (n < 2) return true;
  const ActorMention* const m = v.data() + first;
  if (n <= 16) {
    for (size_t k = 1; k < n; ++k)
      if (m[k - 1].tokens.begin > m[k].tokens.begin) return false;
  } else {
    for (size_t k = 1; k < n; ++k)
      if (m[k - 1].tokens.begin >= m[k].tokens.begin) return false;
  }
  return true;
}

// SortMentionsByStart's work where MentionsInOrder said no. Sorts
// v[first, end) by their first token exactly as
// std::sort(v.begin() + first, v.end(), <by tokens.begin>) would, equal
// starts included (std::sort is not stable past 16 elements): std::sort's
// moves depend only on the outcomes of its comparisons, and sorting
// (start, index) pairs by start makes the same comparisons with the same
// outcomes, so it yields the same permutation. The mentions themselves
// (three strings each) are then moved only where the permutation changes
// something; sorted in place, every element was moved out and back by the
// insertion sort even where it stayed (te3silver: 10M instructions for
// ~50,000 mentions).
[[gnu::noinline]] void SortMentionsOutOfOrder(std::vector<ActorMention>& v, size_t first) {
  const size_t n = v.size() - first;
  static thread_local std::vector<std::pair<uint32_t, uint32_t>> order;  // (start, index), reused
  order.resize(n);
  for (size_t k = 0; k < n; ++k) order[k] = {v[first + k].tokens.begin, static_cast<uint32_t>(k)};
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  // Position k takes the mention at order[k].second: each cycle of the
  // permutation is rotated through one temporary (a cycle of L mentions
  // costs L + 1 moves; mentions already in place, most of them, none).
  for (size_t k = 0; k < n; ++k) {
    if (order[k].second == k) continue;
    ActorMention held = std::move(v[first + k]);
    size_t j = k;
    for (;;) {
      const size_t from = order[j].second;
      order[j].second = static_cast<uint32_t>(j);  // done
      if (from == k) {
        v[first + j] = std::move(held);
        break;
      }
      v[first + j] = std::move(v[first + from]);
      j = from;
    }
  }
}
}  // namespace

void SortMentionsByStart(std::vector<ActorMention>& v, size_t first) {
  if (!MentionsInOrder(v, first)) SortMentionsOutOfOrder(v, first);
}

namespace {
// BaseOf as a view into `code` (no string where the caller only reads it
// or passes it on to WithRole).
std::string_view BaseView(std::string_view code, bool whole_org) {
  if (IsOrgCode(code)) return whole_org ? code : code.substr(0, 6);
  return code.substr(0, 3);
}
}  // namespace

std::string BaseOf(std::string_view code, bool whole_org) { return std::string(BaseView(code, whole_org)); }

ActorMatcher::ActorMatcher(std::shared_ptr<const ActorDictionary> dict, std::shared_ptr<const ActorIndex> index,
                           ActorMatcherOptions options)
    : dict_(std::move(dict)), index_(std::move(index)), options_(options) {
  h_s_ = TokenHash("'s");
  h_the_ = TokenHash("the");
  h_of_ = TokenHash("of");
  h_from_ = TokenHash("from");
  h_in_ = TokenHash("in");
  h_for_ = TokenHash("for");
  h_de_ = TokenHash("de"), h_del_ = TokenHash("del"), h_el_ = TokenHash("el"), h_la_ = TokenHash("la");
  h_los_ = TokenHash("los"), h_las_ = TokenHash("las");
  h_por_ = TokenHash("por");
  {
    const char* heads[] = {"presidente", "presidenta", "vicepresidente", "vicepresidenta", "portavoz", "vocero", "vocera",
                           // Leaders (agents.txt: GOV alone, as English "leaders") speak for
                           // the body they lead: "los dirigentes de la CUT" are LAB. Last:
                           // IsLeaderHead reads them by place.
                           "dirigente", "dirigentes"};
    static_assert(std::size(heads) == std::size(decltype(h_heads_){}));
    for (size_t i = 0; i < std::size(heads); ++i) h_heads_[i] = TokenHash(heads[i]);
  }
  h_and_ = TokenHash("and");
  h_country_ = TokenHash("country");
  h_nation_ = TokenHash("nation");
  h_he_ = TokenHash("he");
  h_she_ = TokenHash("she");
  h_him_ = TokenHash("him");
  h_his_ = TokenHash("his");
  h_her_ = TokenHash("her");
  for (uint64_t h : {h_he_, h_she_, h_him_, h_his_, h_her_}) pronoun_bits_ |= uint64_t{1} << (h >> 58);
  stop_words_ = index_->MakeStopWords({h_he_, h_she_, h_him_, h_his_, h_her_});
  h_both_ = TokenHash("both"), h_these_ = TokenHash("these"), h_those_ = TokenHash("those");
}

// A wire dateline opens a story with where it was filed: "BOGOTA, Oct 19 -",
// "KINGSTOWN (Reuters) -", "GAZA CITY, Palestinian Territories:". The place
// is not an actor of the first sentence, so matching starts after it. A
// dateline is an all-capitals place name, a comma or parenthesis, at most a
// few more words, then a dash or colon, within the first twelve tokens.
namespace {
uint32_t DatelineEnd(const Doc& doc, const Sentence& sent) {
  const auto& toks = doc.tokens;
  uint32_t b = sent.tokens.begin, t = b;
  while (t < sent.tokens.end && toks[t].has(kAllCaps)) ++t;
  if (t == b || t >= sent.tokens.end) return b;
  std::string_view after = doc.text(toks[t].span);
  if (after != "," && after != "(") return b;
  for (uint32_t k = t + 1; k < sent.tokens.end && k < b + 12; ++k) {
    std::string_view w = doc.text(toks[k].span);
    if (w == "-" || w == "--" || w == ":" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") return k + 1;
  }
  return b;
}

// The place part of a dateline anywhere near a sentence's start, as a token
// range (empty if none): AFP's Spanish wire puts it on a line of its own
// ("MONTREAL, Canadá, Abr 25"), after a header ("ATENCION - ... /// BUENOS
// AIRES, Jun 26 (AFP) - ...") or before each item of a digest ("JUJUY,
// Argentina:"). Forms: an all-capitals place, a comma, perhaps a country
// and a comma, then a month's abbreviation and a day; or, at the sentence
// start, the place and perhaps a country, then a colon or dash. A line of
// at most four capitalised words alone is returned whole: it is a section
// heading if it names a country ("URUGUAY" in a review of the region's
// press, whose dateline is the desk's city), checked by the caller.
TokenRange DatelinePlace(const Doc& doc, const Sentence& sent) {
  static const uint64_t kMonths[] = {
      TokenHash("ene"), TokenHash("jan"), TokenHash("feb"), TokenHash("mar"), TokenHash("abr"), TokenHash("apr"),
      TokenHash("may"), TokenHash("jun"), TokenHash("jul"), TokenHash("ago"), TokenHash("aug"), TokenHash("set"),
      TokenHash("sep"), TokenHash("oct"), TokenHash("nov"), TokenHash("dic"), TokenHash("dec")};
  const auto& toks = doc.tokens;
  const uint32_t b = sent.tokens.begin, e = sent.tokens.end;
  auto is = [&](uint32_t k, std::string_view w) { return k < e && doc.text(toks[k].span) == w; };
  auto month_day = [&](uint32_t k) {
    if (k >= e || !toks[k].has(kCapitalized) ||
        std::find(std::begin(kMonths), std::end(kMonths), toks[k].lower_hash) == std::end(kMonths))
      return false;
    if (is(k + 1, ".")) ++k;
    return k + 1 < e && toks[k + 1].has(kNumber);
  };
  if (e > b && e - b <= 4 && std::all_of(toks.begin() + b, toks.begin() + e, [](const Token& x) { return x.has(kAllCaps); }))
    return {b, e};
  for (uint32_t t = b; t < e && t < b + 24; ++t) {
    if (!toks[t].has(kAllCaps) || (t > b && toks[t - 1].has(kAllCaps))) continue;
    uint32_t r = t;
    while (r < e && toks[r].has(kAllCaps)) ++r;
    uint32_t place_end = r;
    // "(ONU)", "(AFP)" after the place.
    if (is(r, "(") && r + 2 < e && is(r + 2, ")")) r += 3;
    const bool comma = is(r, ",");
    uint32_t c = comma ? r + 1 : r;
    // A country after the place: "Canadá", "Irlanda del Norte" (capitalised
    // words and the lower-case particles inside a name).
    uint32_t k = c;
    while (k < e && k < c + 4 && !toks[k].has(kPunct) && !month_day(k)) ++k;
    if (comma && month_day(c)) return {t, place_end};
    if (comma && k > c && is(k, ",") && month_day(k + 1)) return {t, k};
    if (t == b && (is(k, ":") || is(k, "-")) && (k == r || comma)) return {t, k};
  }
  return {b, b};
}
}  // namespace

namespace {
// A middle initial: one letter and a period ("V." in "Vladimir V. Putin").
bool MiddleInitial(const Token& t) {
  return t.has(kCapitalized) && t.lower.size() == 2 && t.lower[0] >= 'a' && t.lower[0] <= 'z' && t.lower[1] == '.';
}

// "iSrael": a lower-case first letter with a capital after it is a name
// typed with its case slipped, not an English word.
bool MixedCase(std::string_view w) {
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  return std::any_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}
}  // namespace

namespace {
// Whether every word of a name the index found without checking case is
// written with the case the name asks (loose names checked it
// themselves): then LowerCaseNameFits says yes at once. Most names found
// are, so the match callback tests this inline and calls only for the
// rest (te3silver: ~56,000 calls, their entry and exit ~1M).
inline bool WrittenInItsCase(const std::vector<Token>& toks, uint32_t at, const ActorIndex::Phrase& ph,
                             const NameToken* nt) {
  if (ph.span != ph.length) return true;
  for (uint32_t k = 0; k < ph.length; ++k)
    if (!CaseSatisfied(nt[k].req, toks[at + k].flags)) return false;
  return true;
}
}  // namespace

// Whether a name the index found without checking case may stand where the
// text writes it. Names written with their capitals (or in mixed case,
// "iSrael") always may. A word in lower case is most often a common word
// ("china", "turkey", "bush", "congress of doctors"), so it names an actor
// only where the context says a news reader would take it as one:
//  * a person's name after a title ("President obama");
//  * a country's name or adjective right before a role noun we list as an
//    agent ("tunisian rioters", "syrian troops"): the agent makes it a state's;
//  * a one-word legislature's name used bare, as a proper noun is ("pressured
//    by congress"; not "the congress", "a party congress", "congress of").
// Firms and other organisations never: "apple", "shell" are words.
bool ActorMatcher::LowerCaseNameFits(const Doc& doc, const Sentence& sent, uint32_t at, const ActorIndex::Phrase& ph,
                                     const ActorEntry& e, int32_t day) const {
  if (ph.span != ph.length) return true;  // loose names checked case themselves
  const NameToken* nt = index_->tokens_of(ph);
  const auto& toks = doc.tokens;
  bool lower = false;
  for (uint32_t k = 0; k < ph.length && !lower; ++k) {
    const Token& t = toks[at + k];
    if (CaseSatisfied(nt[k].req, t.flags)) continue;
    // An acronym's capitals are all it has: "car bomber" is no "CAR", "us" no "US".
    if (nt[k].req == CaseReq::kAllCaps) return false;
    lower = !MixedCase(doc.text(t.span));
  }
  if (!lower) return true;
  const uint32_t end = at + ph.length;
  switch (e.kind) {
    case ActorKind::kPerson:
      // A name is a noun: "the judge may rule" has a modal after the title.
      if (toks[at].tag != Tag::kNone && !IsNoun(toks[at].tag) && !IsAdjective(toks[at].tag)) return false;
      return options_.titles && options_.titles->Before(toks, sent.tokens.begin, at, doc.article.lang).title;
    case ActorKind::kCountry: {
      // Agents open with a noun or a modifier ("troops", "foreign ministry",
      // "armed forces"): most lower-case country words ("told us that",
      // "turkey and") have neither after them, and need no lookup.
      if (end >= sent.tokens.end) return false;
      const Tag next = toks[end].tag;
      if (next != Tag::kNone && !IsNoun(next) && !IsAdjective(next) && next != Tag::VBN && next != Tag::VBG)
        return false;
      bool agent = false;
      index_->ForEachMatch(toks, end, sent.tokens.end, [&](const ActorIndex::Phrase& after) {
        agent = dict_->entries()[after.entry].is_agent();
        return agent;
      });
      return agent;
    }
    default: {
      const CodePeriod* c = e.CodeAt(day);
      if (ph.length != 1 || !c || !std::string_view(c->code).ends_with("LEG")) return false;
      if (at > sent.tokens.begin) {
        Tag prev = toks[at - 1].tag;
        if (prev == Tag::DET || prev == Tag::PRPS || prev == Tag::POS || prev == Tag::CD || IsAdjective(prev) ||
            IsNoun(prev))
          return false;
      }
      return end >= sent.tokens.end || (toks[end].lower != "of" && !IsNoun(toks[end].tag));
    }
  }
}

void ActorMatcher::Run(Doc& doc) const {
  doc.actors.clear();
  const auto& entries = dict_->entries();
  const std::string& lang = doc.article.lang;
  const int32_t published = doc.article.published.valid() ? doc.article.published.first_day() : INT32_MIN;

  // Step 1: longest valid match at each token, for every sentence.
  // One list per sentence, from per-thread storage reused across articles:
  // cleared lists keep their capacity, where fresh ones cost ~48,000
  // allocations and frees on te3silver. `raws` sees exactly this
  // article's sentences; the function does not call itself.
  static thread_local std::vector<std::vector<Raw>> raws_store;
  if (raws_store.size() < doc.sentences.size()) raws_store.resize(doc.sentences.size());
  const std::span<std::vector<Raw>> raws(raws_store.data(), doc.sentences.size());
  for (std::vector<Raw>& r : raws) r.clear();
  // Whether any match of this article is a place name two countries share
  // (ActorEntry::shared), set as each match is kept, while its entry is at
  // hand: the shared-name step below walks every sentence's matches only
  // when one is (two entries of 10,647 have a second country, so most
  // articles skip the walk: ~0.55M instructions on te3silver, stop 35
  // h-speed22). Matches dropped later leave it set, which only costs the
  // walk; it is never clear while such a match is kept, so the walk finds
  // all it found before.
  bool any_shared = false;
  // Spanish only: where each story of the article was filed (sentence of
  // its dateline, country), in order. The wire's dateline says where its
  // unnamed agents are ("MONTREAL, Canadá": "los policías" are Canada's)
  // better than the country the article names most, which in AFP's Spanish
  // wire is often the foreign party or, in a digest of stories, another
  // item's. Not used for English: Reuters' datelines name a city alone, some
  // of them a country's homonym ("SALVADOR, Feb 26" is Bahia's), and the
  // English rules were measured without it.
  const bool es = lang == "es";
  std::vector<std::pair<uint32_t, std::string>> story_countries;
  std::vector<uint8_t> caps_line(doc.sentences.size());  // AllCapitalsSentence, per sentence
  // Step 3's pronouns, found by step 1's walk (its stop filter includes
  // them): every token of sentence s that is one of the five is listed, in
  // order, in pronouns[pronouns_from[s], pronouns_from[s + 1]). Step 1
  // sees every token: those its walk steps over are neither a name's
  // first word nor a pronoun, and it tests the ones before `first` and
  // inside each match itself. Reused per thread, like raws_store.
  static thread_local std::vector<uint32_t> pronouns, pronouns_from;
  static thread_local std::vector<uint32_t> stops;  // ListStops' list, per sentence
  pronouns.clear();
  pronouns_from.assign(doc.sentences.size() + 1, 0);
  const bool list_pronouns = options_.resolve_pronouns;
  const Token* const tk = doc.tokens.data();  // step 1 adds no tokens
  auto list_pronouns_in = [&](uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t)
      if (IsPronoun(tk[t].lower_hash)) pronouns.push_back(t);
  };
  // The last sentence date's first day, kept across the sentences: most of
  // an article's sentences carry the same date (its publication day), and
  // Date::first_day (an out-of-line call into the calendar arithmetic,
  // ~30 instructions) was asked again for each of them. A first day is a
  // function of the Date's four fields, all of which operator== (defaulted)
  // compares, so an equal date has the same first day.
  Date last_date = doc.article.published;
  int32_t last_day = published;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (sent.date.valid() && !(sent.date == last_date)) {
      last_date = sent.date;
      last_day = sent.date.first_day();
    }
    const int32_t day = sent.date.valid() ? last_day : published;
    caps_line[s] = AllCapitalsSentence(doc, sent);
    const bool all_caps = caps_line[s] != 0;
    uint32_t first = sent.tokens.begin;
    if (s < 3) first = DatelineEnd(doc, sent);
    const uint32_t actors_from = first;
    // Spanish: the dateline's place is matched too, for the story's country
    // (below); matches before `first` are dropped once that is read.
    const TokenRange dateline = es ? DatelinePlace(doc, sent) : TokenRange{0, 0};
    if (dateline.end > dateline.begin) first = std::min(first, dateline.begin);
    // English running text: a name written without its capitals may still
    // be read (LowerCaseNameFits); the index then leaves the case to us.
    const bool fold_case = !es && !all_caps;
    pronouns_from[s] = static_cast<uint32_t>(pronouns.size());
    if (list_pronouns) list_pronouns_in(sent.tokens.begin, first);
    // The tokens where a name may start or that may be a pronoun, listed
    // by one tight walk (ActorIndex::ListStops); every other token is
    // neither a pronoun nor one where MayStartAt says kMaybe, nor kNotHere
    // before a middle initial (the reading without the initial, below,
    // looks it up with the word after that).
    const uint32_t num_stops = index_->ListStops(
        doc.tokens, first, sent.tokens.end, stop_words_, [](const Token& next) { return MiddleInitial(next); }, &stops);
    uint32_t i = first;  // tokens before i are inside a match found
    Raw found{0, 0, 0, nullptr};
    // The match callback, made once per sentence and passed by reference:
    // written at the ForEachMatch call, its closure (a dozen references)
    // was built again at each of the ~90,000 listed tokens of te3silver.
    // Always inlined into ActorIndex::Scan (its one instantiation with this
    // callback): out of line, each of the ~54,000 calls on te3silver paid
    // ~30 instructions of call, prologue and epilogue (six saved registers)
    // around tests that mostly return at once.
    auto on_match = [&](const ActorIndex::Phrase& ph) __attribute__((always_inline)) {
      const ActorEntry& e = entries[ph.entry];
      if (!e.lang.empty() && e.lang != lang) return false;
      if (fold_case && !WrittenInItsCase(doc.tokens, i, ph, index_->tokens_of(ph)) &&
          !LowerCaseNameFits(doc, sent, i, ph, e, day))
        return false;
      // In an all-capitals line an acronym's capitals prove nothing:
      // Spanish "UN" (an article) is not the UN when the tagger reads a
      // function word there ("MANIFIESTAN CONTRA UN TRANSPORTE").
      if (all_caps && ph.length == 1 && index_->tokens_of(ph)[0].req == CaseReq::kAllCaps &&
          IsFunctionWord(doc.tokens[i].tag))
        return false;
      // A one-word agent the tagger read as an adjective before a noun
      // modifies that noun: "official prices", "an official forecast"
      // name no officials. (Agents are nouns; "military forces" and the
      // like are longer entries of their own.)
      // A rank is an agent only as a title before a name (`named`), where
      // the tagger may well read "general" as the adjective it mostly is.
      if (e.named) {
        if (!RankBeforeName(doc.tokens, sent.tokens.begin, sent.tokens.end, i, ph.span, all_caps)) return false;
      } else if (e.is_agent() && ph.span == 1 && IsAdjective(doc.tokens[i].tag) && i + 1 < sent.tokens.end &&
                 IsNoun(doc.tokens[i + 1].tag)) {
        return false;
      }
      if (e.is_agent() && ph.span == 1 && i + 1 < sent.tokens.end &&
          (doc.tokens[i + 1].lower_hash == h_of_ || (es && doc.tokens[i + 1].lower_hash == h_de_)) &&
          IsCountWord(doc.tokens[i].lower_hash))
        return false;
      // Spanish "por miles", "por centenares" after a verb say how many
      // ("salieron a las calles por millares"): a manner, not the "por"
      // agent of a passive, so no crowd is named there.
      if (es && e.is_agent() && ph.span == 1 && i > sent.tokens.begin && doc.tokens[i - 1].lower_hash == h_por_ &&
          IsCountWord(doc.tokens[i].lower_hash))
        return false;
      if (e.is_agent() && !all_caps && doc.tokens[i].has(kCapitalized) && !doc.tokens[i].has(kSentenceStart) &&
          InCompanyName(doc.tokens, i + ph.span, sent.tokens.end))
        return false;
      // So is a country's or capital's name that opens a company's name
      // ("American Express Co", "Japan Air Lines Co"): the firm is no
      // state. A country's name is capitalised anywhere, so the sentence
      // start proves nothing here.
      if ((e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital) && !all_caps &&
          i + ph.span < sent.tokens.end && doc.tokens[i + ph.span].has(kCapitalized) &&
          InCompanyName(doc.tokens, i + ph.span, sent.tokens.end))
        return false;
      // A country's or region's name opening a landmark's ("the Europe
      // Bridge", "Lebanon Street"): the place is no state (&LANDMARK,
      // ActorMatcherOptions::landmark_words; not "Airport" or "Canal": a
      // country's airport or canal is mostly what an act falls on or is
      // about, "the Panama Canal treaties"). English only; a capital's or
      // town's ("Kabul Stadium") still says where the act fell.
      if (!es && !all_caps && (e.kind == ActorKind::kCountry || e.kind == ActorKind::kPlace) &&
          i + ph.span < sent.tokens.end &&
          doc.tokens[i + ph.span].has(kCapitalized) &&
          options_.landmark_words.Has(doc.tokens[i + ph.span].lower_hash))
        return false;
      // Spanish: a country's or capital's name that is a locality's (right
      // after a member of &LOCALITY_NOUN, ActorMatcherOptions::
      // locality_words: "la vereda Buenos Aires") or a town's in the
      // record's closing list of places (InClosingPlaceList: ", META ,
      // PUERTO RICO") names no state.
      if (es && !all_caps && (e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital) &&
          doc.tokens[i].has(kCapitalized) &&
          ((i > sent.tokens.begin && !doc.tokens[i - 1].has(kCapitalized) &&
            options_.locality_words.Has(doc.tokens[i - 1].lower_hash)) ||
           InClosingPlaceList(doc.tokens, sent.tokens.begin, sent.tokens.end, i, ph.span,
                              e.kind == ActorKind::kCapital)))
        return false;
      // Spanish: a one-word country or capital name followed by another
      // capitalised word is a person's given name and surname ("Mauricio
      // Rodríguez", "Israel Katz", "Santiago Pérez"): Spanish writes
      // titles, months and weekdays in lower case, so a capitalised word
      // right after a country's name is the rest of a name (a person's,
      // or a party's such as "Perú Posible", which its own longer entry
      // matches first). English leaves it: "in Colombia Monday",
      // "Brazil President Lula".
      if (es && !all_caps && ph.span == 1 && (e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital) &&
          i + 1 < sent.tokens.end && doc.tokens[i].has(kCapitalized) && doc.tokens[i + 1].has(kCapitalized) &&
          !doc.tokens[i + 1].has(kAllCaps) && !doc.tokens[i + 1].has(kPunct))
        return false;
      // Spanish: coordinated adjectives after a group's name ("hombres
      // armados y encapuchados", "comunidades indígenas y campesinas"):
      // a one-word agent right after "y"/"e" that follows a lower-case
      // agent of two or more words ending in an adjective of the same
      // gender and number ending ("-os", "-as") describes that group; it
      // names no second actor. A bare noun after a one-word agent
      // ("estudiantes y campesinos") and names ("Fuerzas Armadas y
      // policías") stay coordinated actors.
      if (es && e.is_agent() && ph.span == 1 && i >= sent.tokens.begin + 2 && !doc.tokens[i].has(kCapitalized) &&
          (doc.tokens[i - 1].lower == "y" || doc.tokens[i - 1].lower == "e") && !raws[s].empty() &&
          raws[s].back().end == i - 1 && raws[s].back().end - raws[s].back().begin >= 2 &&
          entries[raws[s].back().entry].is_agent()) {
        const Token& prev_last = doc.tokens[i - 2];
        const std::string_view a = prev_last.lower, b = doc.tokens[i].lower;
        const bool same_ending = a.size() > 3 && b.size() > 3 && a.substr(a.size() - 2) == b.substr(b.size() - 2) &&
                                 (b.ends_with("os") || b.ends_with("as"));
        if (same_ending && !prev_last.has(kCapitalized)) return false;
      }
      const CodePeriod* c = e.CodeAt(day);
      if (!c) return false;
      found = Raw{i, i + ph.span, ph.entry, c};
      return true;
    };
    for (uint32_t k = 0; k < num_stops; ++k) {
      if (stops[k] < i) continue;
      i = stops[k];
      const bool pronoun = IsPronoun(tk[i].lower_hash);
      if (list_pronouns && pronoun) pronouns.push_back(i);
      // A listed token may still start nothing (a pronoun, or a token the
      // list's filters let through): MayStartAt says kNoName or kNotHere
      // only where ForEachMatch would find nothing, and the walk then goes
      // on to the next listed token, as for a token without a match.
      //
      // Both read the filters ListStops just read (stop_words_, the
      // index's with the pronouns' bits), not the index's own copy: a
      // second 256 KB table, whose line for this token was one more cache
      // miss at each listed token (stop 23). The same matches (see
      // ForEachMatch); but a pronoun, whose own bits are set there, would
      // then always go on to the table probes, so pronouns ask the index's
      // own filters.
      const ActorIndex::StopWords* const filter = pronoun ? nullptr : &stop_words_;
      const ActorIndex::Start start = index_->MayStartAt(doc.tokens, i, sent.tokens.end, filter);
      if (start == ActorIndex::Start::kNoName ||
          (start == ActorIndex::Start::kNotHere && !(i + 1 < sent.tokens.end && MiddleInitial(doc.tokens[i + 1]))))
        continue;
      found = Raw{0, 0, 0, nullptr};
      index_->ForEachMatch(doc.tokens, i, sent.tokens.end, on_match, !fold_case, filter);
      // A person's name with a middle initial the entry leaves out ("Miguel
      // A. Pulido", "Joseph R. Biden"): the name without the initial, in its
      // capitals, matched as a whole person's name of two words or more.
      // Looked at only where a capitalised word is followed by an initial.
      if (!found.code && i + 2 < sent.tokens.end && !all_caps && doc.tokens[i].has(kCapitalized) &&
          MiddleInitial(doc.tokens[i + 1]) && doc.tokens[i + 2].has(kCapitalized)) {
        std::vector<Token> skipped;
        skipped.reserve(sent.tokens.end - i - 1);
        skipped.push_back(doc.tokens[i]);
        skipped.insert(skipped.end(), doc.tokens.begin() + i + 2, doc.tokens.begin() + sent.tokens.end);
        index_->ForEachMatch(skipped, 0, static_cast<uint32_t>(skipped.size()), [&](const ActorIndex::Phrase& ph) {
          const ActorEntry& e = entries[ph.entry];
          if (e.kind != ActorKind::kPerson || ph.span < 2) return false;
          if (!e.lang.empty() && e.lang != lang) return false;
          const CodePeriod* c = e.CodeAt(day);
          if (!c) return false;
          found = Raw{i, i + ph.span + 1, ph.entry, c};
          return true;
        });
      }
      if (found.code) {
        // Spanish: one article before two roles is one person ("al educador
        // y periodista italiano", "al senador y ex ministro de Perú"): two
        // people would each take their own article ("al educador y al
        // periodista"). The second role stands for both, as what follows it
        // (a demonym, "de" + country) belongs to the whole.
        if (es && !raws[s].empty() && entries[found.entry].is_agent() && entries[raws[s].back().entry].is_agent() &&
            SecondRoleOfOnePerson(doc.tokens, sent.tokens.begin, raws[s].back().begin, raws[s].back().end, i))
          raws[s].pop_back();
        raws[s].push_back(found);
        any_shared |= entries[found.entry].shared != nullptr;
        if (list_pronouns) list_pronouns_in(i + 1, found.end);
        i = found.end;
      }
    }
    pronouns_from[s + 1] = static_cast<uint32_t>(pronouns.size());
    if (dateline.end > dateline.begin) {
      // The story's country: a country named after the place ("MONTREAL,
      // Canadá"), else the place's own ("BOGOTA", a capital).
      const Raw* best = nullptr;
      for (const Raw& r : raws[s]) {
        if (r.begin < dateline.begin || r.end > dateline.end) continue;
        const ActorEntry& e = entries[r.entry];
        bool place = e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital || e.kind == ActorKind::kPlace ||
                     e.kind == ActorKind::kTown;
        if (!place || r.code->code.size() < 3 || IsOrgCode(r.code->code) || r.code->code.starts_with("---"))
          continue;
        if (!best || e.kind == ActorKind::kCountry) best = &r;
      }
      // A heading must be a country's name and nothing else.
      const bool heading = dateline.begin == sent.tokens.begin && dateline.end == sent.tokens.end;
      if (heading && best &&
          (best->begin != dateline.begin || best->end != dateline.end || entries[best->entry].kind != ActorKind::kCountry))
        best = nullptr;
      if (best) story_countries.emplace_back(s, std::string(CountryOf(best->code->code)));
      std::erase_if(raws[s], [&](const Raw& r) { return r.begin < actors_from; });
    }

    // Step 1b: a title before a person's name picks among the periods the
    // date leaves open ("former President X" undated is X's ELI period,
    // "Senator X" on a day X was both senator and minister is LEG). Runs
    // once per person match, not per token.
    if (options_.titles && !options_.titles->empty()) {
      const TitleTable& titles = *options_.titles;
      for (Raw& r : raws[s]) {
        const ActorEntry& e = entries[r.entry];
        if (e.kind != ActorKind::kPerson) continue;
        TitleTable::Found f = titles.Before(doc.tokens, sent.tokens.begin, r.begin, lang);
        std::string_view role = f.role();
        TokenRange words{f.begin, r.begin};
        if (role.empty()) {
          // The entry's own name may carry its title ("NATO
          // Secretary-General Jens Stoltenberg", "former president Barack
          // Obama" are names of their entries): its first words, never the
          // whole name, the longest first.
          for (uint32_t p = r.end - 1; p > r.begin && role.empty(); --p) {
            if (p - r.begin > 2 * titles.max_words()) continue;
            f = titles.Before(doc.tokens, r.begin, p, lang);
            if (f.begin == r.begin && !f.role().empty()) role = f.role(), words = {r.begin, p};
          }
        }
        if (role.empty()) continue;
        TitleUse use = TitleUse::kNone;
        if (const CodePeriod* c = e.CodeFor(day, role, &use)) r.code = c;
        r.title = words;
        r.title_use = use;
      }
    }
  }

  // A place name two countries share (ActorEntry::shared: "Tripoli", Libya's
  // capital and a city of Lebanon) is the second country's when the
  // sentence names that country and not the entry's own ("clashes in
  // Tripoli, Lebanon's second city"), or, naming neither, the article
  // does. Alone, the first country listed stands: without this "fighting
  // in Tripoli" in a report on Lebanon was coded LBYGOV, Libya's
  // government. Only where the name stands as a place, after a
  // preposition of place or of ("in Tripoli", "the city of Tripoli"): a
  // capital named as an actor is its government ("Lebanon demanded that
  // Tripoli hand over the suspect", "Tripoli accused Beirut"), which the
  // other country's city is not. Only entries with a second country are
  // looked at (a few capitals), so the per-article cost is a test of each
  // match, and none for an article with no such match (`any_shared`).
  if (any_shared) {
    static const uint64_t kPlaceWords[] = {TokenHash("in"),     TokenHash("at"),   TokenHash("near"),
                                           TokenHash("from"),   TokenHash("of"),   TokenHash("outside"),
                                           TokenHash("around"), TokenHash("into"), TokenHash("to")};
    auto names_country = [&](const std::vector<Raw>& rs, std::string_view country) {
      for (const Raw& o : rs) {
        const ActorEntry& oe = entries[o.entry];
        if (oe.is_agent() || oe.shared || o.code->code.size() < 3 || IsOrgCode(o.code->code)) continue;
        if (CountryOf(o.code->code) == country) return true;
      }
      return false;
    };
    for (uint32_t si = 0; si < raws.size(); ++si)
      for (Raw& r : raws[si]) {
        const ActorEntry& e = entries[r.entry];
        if (!e.shared || r.code->code.size() < 3 || r.begin == 0) continue;
        const uint64_t before = doc.tokens[r.begin - 1].lower_hash;
        if (std::find(std::begin(kPlaceWords), std::end(kPlaceWords), before) == std::end(kPlaceWords)) continue;
        const std::string_view own = CountryOf(r.code->code), other = e.shared->code;
        bool own_named = names_country(raws[si], own), other_named = names_country(raws[si], other);
        if (!own_named && !other_named)
          for (uint32_t sj = 0; sj < raws.size(); ++sj) {
            if (sj == si) continue;
            own_named |= names_country(raws[sj], own);
            other_named |= names_country(raws[sj], other);
          }
        if (other_named && !own_named) r.code = e.shared.get();
      }
  }

  // The article's main country: the country of named actors found in the
  // most sentences, and in at least two. A country named in one sentence
  // only (a one-sentence item, "... expressed appreciation for China's
  // assistance") is what that sentence is about, not who its agents are.
  std::string main_country;
  {
    // country -> (sentences, last sentence + 1), in a short per-thread list
    // searched linearly: an article names a handful of countries, and the
    // std::unordered_map of strings this replaces cost ~160 instructions a
    // named actor (28,800 on te3silver) plus a node per country. The codes
    // are the dictionary's, so the views stay valid. The choice below
    // takes the largest count of two or more, the smaller code on a tie: a
    // strict order, so the list's order does not change the answer.
    struct CountryCount {
      std::string_view country;
      uint32_t packed;  // Pack3 of its three letters: the search compares these
      int sentences;
      uint32_t last;
    };
    static thread_local std::vector<CountryCount> freq;
    freq.clear();
    for (uint32_t si = 0; si < raws.size(); ++si)
      for (const auto& r : raws[si]) {
        const ActorEntry& e = entries[r.entry];
        // A town (`@kind town`) says where things happened, not whose the
        // article's agents are: "Iran's forces took ... a road leading into
        // Basra", with Basra in several sentences, made Iraq the main
        // country of an Iranian report.
        if (e.is_agent() || e.kind == ActorKind::kTown || IsOrgCode(r.code->code) || r.code->code.size() < 3) continue;
        // Three letters (size checked above) compared as one integer: the
        // string_view compare was a memcmp call per listed country.
        const std::string_view country = CountryOf(r.code->code);
        const uint32_t packed = Pack3(country[0], country[1], country[2]);
        auto it = std::find_if(freq.begin(), freq.end(), [&](const CountryCount& f) { return f.packed == packed; });
        if (it == freq.end()) it = freq.insert(freq.end(), {country, packed, 0, 0});
        if (it->last != si + 1) ++it->sentences, it->last = si + 1;
      }
    int best = 1;
    for (const CountryCount& f : freq)
      if (f.sentences > best || (f.sentences == best && !main_country.empty() && f.country < main_country))
        best = f.sentences, main_country = f.country;
  }

  auto role_of = [](const CodePeriod* c) { return std::string_view(c->code).substr(1); };
  auto is_countrylike = [&](const Raw& r) {
    const ActorEntry& e = entries[r.entry];
    return !e.is_agent() && r.code->code.size() >= 3 && !r.code->code.starts_with("---");
  };

  // A firm named by its own name: a business entry of a country ("Korean
  // Air", KORBUS), not an agent ("traders", "employers").
  auto is_firm = [&](const Raw& r) {
    const ActorEntry& e = entries[r.entry];
    const std::string& c = r.code->code;
    return !e.is_agent() && e.kind != ActorKind::kPerson && c.size() >= 6 && !c.starts_with("---") &&
           c.compare(c.size() - 3, 3, "BUS") == 0;
  };

  // Most recent earlier mention fitting a test, within the anaphor window.
  // The last mention below index `below` that fits, within the anaphor
  // window (an agent under construction sits at doc.actors' end: step 2b).
  auto find_antecedent = [&](size_t below, uint32_t sentence, auto&& fits) -> uint32_t {
    for (size_t k = below; k-- > 0;) {
      const ActorMention& m = doc.actors[k];
      if (sentence - m.sentence > options_.anaphor_window) break;
      if (fits(m)) return static_cast<uint32_t>(k);
    }
    return kNone32;
  };

  // Full names met so far, for a surname alone later (actors/surnames.h).
  static thread_local SurnameMemory surnames;  // reused per thread, as raws_store
  surnames.Clear();
  // Tokens whose lower-case name's match was dropped as the surname of a
  // person named before (see the sentence loop), few per article.
  static thread_local std::vector<uint32_t> lower_surnames;
  lower_surnames.clear();
  // Whether capitalised Spanish token t is read only by one-word names the
  // dictionary writes in lower case (demonyms, common words: "alemán"), as
  // SurnameMemory::Covered::kLowerName says. English writes its demonyms
  // capitalised, so there a capital says nothing.
  auto lower_name_only = [&](uint32_t t, const std::vector<Raw>& rs) {
    if (!es || !doc.tokens[t].has(kCapitalized)) return false;
    for (const Raw& r : rs) {
      if (t < r.begin || t >= r.end) continue;
      const ActorEntry& e = entries[r.entry];
      if (r.begin != t || r.end != t + 1 || e.is_agent() || e.kind == ActorKind::kPerson) return false;
    }
    bool any = false, capital = false;
    index_->ForEachMatch(doc.tokens, t, t + 1, [&](const ActorIndex::Phrase& ph) {
      const ActorEntry& e = entries[ph.entry];
      if (!e.lang.empty() && e.lang != lang) return false;
      any = true;
      capital = index_->tokens_of(ph)[0].req != CaseReq::kAny;
      return capital;
    });
    return any && !capital;
  };
  // What the matches of token t's sentence make of it, for SurnameMemory.
  auto covered = [&](uint32_t t) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                               [](uint32_t x, const Sentence& st) { return x < st.tokens.begin; });
    if (it == doc.sentences.begin()) return SurnameMemory::Covered::kNo;
    const std::vector<Raw>& rs = raws[static_cast<size_t>(it - doc.sentences.begin()) - 1];
    for (const Raw& r : rs) {
      if (t < r.begin || t >= r.end) continue;
      const ActorEntry& e = entries[r.entry];
      return e.is_agent()                    ? SurnameMemory::Covered::kTitle
             : e.kind == ActorKind::kPerson ? SurnameMemory::Covered::kPerson
             : lower_name_only(t, rs)       ? SurnameMemory::Covered::kLowerName
                                            : SurnameMemory::Covered::kOther;
    }
    // A lower-case name's match dropped for a learned surname (below).
    return std::find(lower_surnames.begin(), lower_surnames.end(), t) != lower_surnames.end()
               ? SurnameMemory::Covered::kLowerName
               : SurnameMemory::Covered::kNo;
  };
  // Whether token t alone is the whole name of some entry of the article's
  // language, on any date.
  auto is_entry = [&](uint32_t t) {
    bool found = false;
    index_->ForEachMatch(doc.tokens, t, t + 1, [&](const ActorIndex::Phrase& ph) {
      const ActorEntry& e = entries[ph.entry];
      found = e.lang.empty() || e.lang == lang;
      return found;
    });
    return found;
  };
  // As SurnameMemory takes them, made once per article, not per sentence.
  const SurnameMemory::CoverTest covered_fn = covered;
  const SurnameMemory::EntryTest is_entry_fn = is_entry;

  // Acronyms the article defines, for their later mentions (actors/acronyms.h).
  static thread_local AcronymMemory acronyms;  // reused per thread, as raws_store
  acronyms.Prepare(doc);
  // The dictionary entry of a mention, for AcronymMemory: the entry of its
  // words that the mention cites.
  auto entry_of = [&](const ActorMention& m) -> const ActorEntry* {
    const ActorEntry* found = nullptr;
    index_->ForEachMatch(doc.tokens, m.tokens.begin, m.tokens.end, [&](const ActorIndex::Phrase& ph) {
      const ActorEntry& e = entries[ph.entry];
      if (&e.file == m.entry_from.file && e.line == m.entry_from.line) found = &e;
      return found != nullptr;
    });
    return found;
  };
  // Wrapped only for an article with a definition: each closure is too
  // large for std::function's inline buffer, a heap block per article.
  const AcronymMemory::EntryOf entry_of_fn = acronyms.empty() ? AcronymMemory::EntryOf() : entry_of;
  auto name_kind = [&](uint32_t begin, uint32_t end) {
    ActorKind kind = ActorKind::kUnknown;
    index_->ForEachMatch(doc.tokens, begin, end, [&](const ActorIndex::Phrase& ph) {
      const ActorEntry& e = entries[ph.entry];
      if (ph.span != end - begin || (!e.lang.empty() && e.lang != lang)) return false;
      kind = e.kind;
      return true;
    });
    return kind;
  };
  const AcronymMemory::NameKind name_kind_fn = acronyms.empty() ? AcronymMemory::NameKind() : name_kind;

  // The country an agent with none in its sentence takes: its story's
  // dateline's (Spanish), else the article's main country.
  size_t next_story = 0;
  std::string_view context_country = main_country;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (next_story < story_countries.size() && story_countries[next_story].first == s)
      context_country = story_countries[next_story++].second;
    auto& rs = raws[s];
    const Sentence& sent = doc.sentences[s];
    const size_t first_mention = doc.actors.size();
    const bool all_caps = caps_line[s] != 0;

    // A capitalised word read only by a lower-case name ("Alemán" as
    // Germany's demonym) that is the surname of a person named in an
    // earlier sentence is that person (step 2e): its match goes now, or
    // the agents of the sentence would take its country in step 2b
    // ("Alemán y el ministro": no German minister).
    if (es && !all_caps) {
      const size_t dropped = lower_surnames.size();
      for (const Raw& r : rs)
        if (r.end == r.begin + 1 && !doc.tokens[r.begin].has(kAllCaps) &&
            surnames.Knows(doc.tokens[r.begin].lower_hash, s) && lower_name_only(r.begin, rs))
          lower_surnames.push_back(r.begin);
      if (lower_surnames.size() != dropped)
        std::erase_if(rs, [&](const Raw& r) {
          return std::find(lower_surnames.begin() + static_cast<std::ptrdiff_t>(dropped), lower_surnames.end(),
                           r.begin) != lower_surnames.end() &&
                 r.end == r.begin + 1;
        });
    }

    // Step 2a: titles and country names directly before a person or agency
    // belong to it ("U.S. Ambassador Mike Waltz", "U.S. State Department").
    for (size_t k = 0; k < rs.size(); ++k) {
      const ActorEntry& e = entries[rs[k].entry];
      if (e.is_agent() || e.kind == ActorKind::kCountry) continue;
      const std::string_view base = BaseView(rs[k].code->code, true);
      uint32_t begin = rs[k].begin;
      size_t j = k;
      while (j > 0) {
        Raw& prev = rs[j - 1];
        if (prev.consumed || prev.end != begin) break;
        const ActorEntry& pe = entries[prev.entry];
        bool title = pe.is_agent() && e.kind == ActorKind::kPerson;
        // A generic word that describes the named body after it is that
        // body: "rights group Amnesty International", "the militant group
        // Hamas" (left to itself it would take some country of the sentence).
        title |= pe.is_agent() && (e.kind == ActorKind::kGroup || e.kind == ActorKind::kIgo ||
                                   e.kind == ActorKind::kOrganization);
        bool same_country = is_countrylike(prev) && pe.kind != ActorKind::kPerson &&
                            base.starts_with(BaseView(prev.code->code, true));
        if (!title && !same_country) break;
        prev.consumed = true;
        // A rank (`named`) before a person the dictionary knows adds
        // nothing to the person's own code: the mention stays the name
        // alone, as before ranks were agents.
        if (pe.named) break;
        begin = prev.begin;
        --j;
      }
      if (begin != rs[k].begin) {
        // Built where it stays, as step 2c's (a local moved in cost a move
        // of three strings and the local's destruction).
        ActorMention& m = doc.actors.emplace_back();
        m.sentence = s;
        m.tokens = {begin, rs[k].end};
        m.code = rs[k].code->code;
        m.entry_from = e.where();
        m.how = ActorResolution::kDirect;
        m.is_person = e.kind == ActorKind::kPerson;
        m.title = rs[k].title;
        m.title_use = rs[k].title_use;
        // A peer's name for several actors ("[ELR/GAL]") gives one mention
        // per code, all over the same words: the copies follow, marked.
        for (const std::string& code : rs[k].code->also) {
          ActorMention x = doc.actors.back();
          x.code = code;
          x.also_code = true;
          doc.actors.push_back(std::move(x));
        }
        rs[k].consumed = true;
      }
    }

    // Step 2b: agents take the country of their phrase, sentence or article.
    // Peer agents made here, for step 2b': (mention, agent).
    std::vector<PeerAgent> peer_agents;
    // Followers' mentions made here (ActorEntry::owned), for the pass after step 2c.
    std::vector<size_t> owned_made;
    // PETRARCH's agents of each coordinated country made with one agent,
    // and their peers' bases, held until that agent is done (see `made`).
    std::vector<std::pair<ActorMention, std::string>> coordinated;
    for (size_t k = 0; k < rs.size(); ++k) {
      Raw& a = rs[k];
      if (a.consumed) continue;
      const ActorEntry& ae = entries[a.entry];
      if (!ae.is_agent()) continue;
      std::string_view role = role_of(a.code);
      // A private person (ActorEntry::placed) named as one already known
      // or owned ("the two men met", "both men", "his men", "Pinochet's
      // men") refers back to someone the story named, mostly no civilian;
      // one with a possessive after it ("women's rights", "a children's
      // elixir") only modifies a noun. Neither is a new actor. Only
      // "a man", "two women", "Palestinian boys" are.
      if (ae.placed) {
        uint32_t t = a.begin;
        while (t > sent.tokens.begin && (doc.tokens[t - 1].tag == Tag::CD || IsAdjective(doc.tokens[t - 1].tag))) --t;
        bool known = a.end < sent.tokens.end && doc.tokens[a.end].tag == Tag::POS;
        if (t > sent.tokens.begin) {
          const Token& w = doc.tokens[t - 1];
          // By hash, as the index matches words: four string compares
          // here were a memcmp call each.
          known |= w.tag == Tag::PRPS || w.tag == Tag::POS || w.lower_hash == h_the_ || w.lower_hash == h_both_ ||
                   w.lower_hash == h_these_ || w.lower_hash == h_those_;
        }
        if (known) {
          a.consumed = true;
          continue;
        }
      }

      // Spanish: a civilian's word right before another agent only describes
      // it ("el joven presidente", "la mujer policía", "jóvenes
      // estudiantes"): the second names the actor, with its own role; the
      // first alone had made a young head of state a civilian.
      if (es && role == "CVL" && k + 1 < rs.size() && rs[k + 1].begin == a.end && !rs[k + 1].consumed &&
          entries[rs[k + 1].entry].is_agent() && role_of(rs[k + 1].code) != "CVL") {
        a.consumed = true;
        continue;
      }

      // Spanish: the head or spokesman of a body the dictionary lists as an
      // agent speaks for that body: "el presidente del Senado" is the
      // legislature (LEG), "la vocera de la Policía" the police (COP), not
      // the head of state or a government spokesman the bare words are. The
      // body's own mention takes its country as any agent does. A country
      // or a named organisation after "de" is handled below ("presidente de
      // Colombia", "portavoz de la OTAN").
      if (es && a.end == a.begin + 1 && IsBodyHead(doc.tokens[a.begin].lower_hash)) {
        const auto& toks = doc.tokens;
        uint32_t t = a.end;
        if (t < sent.tokens.end && (toks[t].lower_hash == h_de_ || toks[t].lower_hash == h_del_)) {
          ++t;
          if (t < sent.tokens.end && (toks[t].lower_hash == h_el_ || toks[t].lower_hash == h_la_ ||
                                      toks[t].lower_hash == h_los_ || toks[t].lower_hash == h_las_))
            ++t;
          // "los dirigentes de 49 sindicatos": a count before the body.
          if (t < sent.tokens.end && toks[t].tag == Tag::CD) ++t;
          // A leader of no actor ("el dirigente del transporte", "los
          // dirigentes de la Alianza", "de partidos minoritarios"): a union's,
          // a party's or a movement's, not a government's, and whose the
          // dictionary does not say. Dropped, where a president of no actor
          // ("el presidente de la empresa") is left as before.
          if (IsLeaderHead(doc.tokens[a.begin].lower_hash) && (k + 1 >= rs.size() || rs[k + 1].begin != t)) {
            a.consumed = true;
            continue;
          }
          const Raw* body = k + 1 < rs.size() ? &rs[k + 1] : nullptr;
          // A body of the head's own role ("el portavoz del Gobierno", "de
          // la embajada") adds nothing, and the bare head keeps the country
          // its sentence gives it, where a bare "Gobierno" is an anaphor
          // that may reach back to another country.
          if (body && body->begin == t && !body->consumed && entries[body->entry].is_agent() &&
              !role_of(body->code).empty() && role_of(body->code) != role) {
            a.consumed = true;
            continue;
          }
        }
      }

      const Raw* src = nullptr;
      uint32_t begin = a.begin, end = a.end;
      // Left, inside the noun phrase: "Colombian officials", "Colombia's Foreign Ministry".
      for (size_t j = k; j-- > 0 && !src;) {
        const Raw& c = rs[j];
        bool adjacent = true;
        for (uint32_t t = c.end; t < begin && adjacent; ++t) {
          bool in_other = false;
          for (const Raw& o : rs)
            if (t >= o.begin && t < o.end) in_other = true;
          // TABARI attaches an agent only to an actor right beside it, a
          // possessive aside: "Gondor's Prime Minister" is GONGOV, but in
          // "Gondor's first Deputy Prime Minister" the minister is no one's.
          adjacent = in_other || (ae.rules == ActorEntry::Rules::kTabari ? doc.tokens[t].lower == "'s"
                                                                          : NounPhraseInternal(doc.tokens[t]));
        }
        if (!adjacent) break;
        if (is_countrylike(c)) src = &c;
        // "Colombia's U.N. ambassador": the possessor country, not the
        // organisation, is whose agent this is.
        if (src && IsOrgCode(src->code->code) && j > 0 && src->begin >= 2 &&
            doc.tokens[src->begin - 1].lower_hash == h_s_) {
          const Raw& owner = rs[j - 1];
          if (owner.end == src->begin - 1 && is_countrylike(owner) && !IsOrgCode(owner.code->code)) src = &owner;
        }
      }
      // "Vietnamese-led forces", "Saudi-led troops": the country that leads
      // them is the country of the agent, though its name is inside one
      // hyphenated token the index never sees. Only "-led": "US-backed
      // rebels" are not the backer's. Looked up only for an agent with no
      // country beside it, so the scan of every token is untouched.
      Raw led{0, 0, 0, nullptr};
      if (!src && a.begin > sent.tokens.begin) {
        const Token& h = doc.tokens[a.begin - 1];
        if (h.lower.size() > 4 && h.lower.ends_with("-led")) {
          Token part = h;
          part.lower = h.lower.substr(0, h.lower.size() - 4);
          part.lower_hash = TokenHash(part.lower);
          part.flags &= ~kHyphen;
          // "US-led": the part is in capitals though the whole token is not.
          const std::string_view surface = doc.text(TokenRange{a.begin - 1, a.begin});
          const std::string_view head = surface.substr(0, surface.size() - 4);
          size_t letters = 0;
          bool caps = true;
          for (char ch : head)
            if (std::isalpha(static_cast<unsigned char>(ch))) ++letters, caps &= std::isupper(static_cast<unsigned char>(ch)) != 0;
          if (caps && letters >= 2) part.flags |= kAllCaps;
          static thread_local std::vector<Token> one(1);  // reused: no allocation per lookup
          one[0] = part;
          index_->ForEachMatch(one, 0, 1, [&](const ActorIndex::Phrase& ph) {
            const ActorEntry& e = entries[ph.entry];
            if (e.kind != ActorKind::kCountry || (!e.lang.empty() && e.lang != lang)) return false;
            const CodePeriod* c = e.CodeAt(sent.date.valid() ? sent.date.first_day() : published);
            if (!c) return false;
            led = Raw{a.begin - 1, a.begin, ph.entry, c};
            return true;
          });
          if (led.code && is_countrylike(led)) src = &led;
        }
      }
      bool right = false;
      // The host country of a diplomat "in" it (IsPostedAbroad): neither the
      // agent's country nor, below, its antecedent or the nearest place.
      const Raw* host = nullptr;
      if (src) {
        begin = src->begin;
      } else if (k + 1 < rs.size()) {
        // Right: "officials of Colombia", "troops from the United States";
        // in TABARI also right before the actor ("rights activists Gondor").
        uint32_t t = a.end;
        const auto& toks = doc.tokens;
        bool prep = t < sent.tokens.end && (toks[t].lower_hash == h_of_ || toks[t].lower_hash == h_from_ ||
                                            toks[t].lower_hash == h_in_ || toks[t].lower_hash == h_for_);
        // Workers "at" a firm ("pilots at Korean Air") are its workers; only
        // a firm there is taken (below), "workers at the port in Haifa" stay
        // as before.
        static const uint64_t h_at = TokenHash("at");
        const bool at_firm = !es && role == "LAB" && t + 1 < sent.tokens.end && toks[t].lower_hash == h_at &&
                             k + 1 < rs.size() && rs[k + 1].begin == t + 1 && is_firm(rs[k + 1]);
        prep |= at_firm;
        // Spanish: "el Gobierno de Estados Unidos", "la policía del país",
        // and the demonym after its noun, "el ejército colombiano".
        bool de = es && t < sent.tokens.end && (toks[t].lower_hash == h_de_ || toks[t].lower_hash == h_del_);
        prep |= de;
        if (prep || ae.rules == ActorEntry::Rules::kTabari || es) {
          if (prep) ++t;
          if (t < sent.tokens.end && toks[t].lower_hash == h_the_) ++t;
          // "the governor of the southern Gaza town", "troops of the former
          // Soviet Union": up to two adjectives before the country (not the
          // country's own adjective, which is the match itself).
          if (prep && !es)
            for (int skip = 0; skip < 2 && t < sent.tokens.end && IsAdjective(toks[t].tag) &&
                               rs[k + 1].begin != t && !toks[t].has(kCapitalized);
                 ++skip)
              ++t;
          if (de && t < sent.tokens.end && (toks[t].lower_hash == h_el_ || toks[t].lower_hash == h_la_ ||
                                            toks[t].lower_hash == h_los_ || toks[t].lower_hash == h_las_))
            ++t;
          // "milicianos del frente 5 de las FARC": the group past its
          // unit (SkipArmedUnit); a name inside the unit's name ("del
          // bloque Central Bolívar de las AUC") is part of that name.
          size_t ci = k + 1;
          if (de && rs[k + 1].begin != t) {
            const uint32_t past = SkipArmedUnit(toks, t, sent.tokens.end, options_.armed_unit_words);
            size_t j = k + 1;
            while (past != t && j < rs.size() && rs[j].begin < past) ++j;
            if (past != t && j < rs.size() && rs[j].begin == past && is_countrylike(rs[j]) && !rs[j].consumed) {
              for (size_t m = k + 1; m < j; ++m) rs[m].consumed = true;
              ci = j;
              t = past;
            }
          }
          const Raw& c = rs[ci];
          const bool posted_in = prep && !es && toks[a.end].lower_hash == h_in_ &&
                                 IsPostedAbroad(toks[a.end - 1].lower_hash);
          if (c.begin == t && is_countrylike(c) && !c.consumed && posted_in) {
            host = &c;
          } else if (c.begin == t && is_countrylike(c) && !c.consumed) {
            src = &c;
            end = c.end;
            right = true;
            // "officials of Colombia's Liberal Party": a possessor is not the
            // head; the agent belongs to the actor the possessor owns.
            if (k + 2 < rs.size() && c.end + 1 < sent.tokens.end && toks[c.end].lower_hash == h_s_) {
              const Raw& owned = rs[k + 2];
              if (owned.begin == c.end + 1 && is_countrylike(owned) && !owned.consumed) {
                rs[k + 1].consumed = true;  // the possessor is part of this mention
                src = &owned;
                end = owned.end;
              }
            }
          }
        }
      }

      // A group named by whom it follows (ActorEntry::owned): "supporters
      // of X", "los partidarios del general X", "X's supporters" (the last
      // found on the left above). The owner may stand past a title or rank
      // ("of former President X", "del general X": lower-case words, or an
      // agent's words), or be a name no dictionary knows ("de Juan Pérez"),
      // when the group takes its country as any agent does. Without an owner
      // ("supporters of the plan", bare "supporters") it is no one, as before.
      if (ae.owned && !src) {
        const auto& toks = doc.tokens;
        uint32_t t = a.end;
        bool unknown_owner = false;
        // "supporters and opponents of X", "partidarios y detractores de X":
        // the owner is that of both nouns.
        static const uint64_t kConj[] = {TokenHash("and"), TokenHash("or"), TokenHash("y"), TokenHash("e"),
                                         TokenHash("o")};
        if (t + 2 < sent.tokens.end && std::find(std::begin(kConj), std::end(kConj), toks[t].lower_hash) != std::end(kConj) &&
            !toks[t + 1].has(kCapitalized) && IsNoun(toks[t + 1].tag) &&
            (toks[t + 2].lower_hash == h_of_ || (es && (toks[t + 2].lower_hash == h_de_ || toks[t + 2].lower_hash == h_del_))))
          t += 2;
        if (t < sent.tokens.end && (toks[t].lower_hash == h_of_ ||
                                    (es && (toks[t].lower_hash == h_de_ || toks[t].lower_hash == h_del_)))) {
          ++t;
          if (t < sent.tokens.end && (toks[t].lower_hash == h_the_ || toks[t].lower_hash == h_el_ ||
                                      toks[t].lower_hash == h_la_ || toks[t].lower_hash == h_los_ ||
                                      toks[t].lower_hash == h_las_))
            ++t;
          for (int words = 0; words < 4 && t < sent.tokens.end && !src && !unknown_owner; ++words) {
            const Raw* at = nullptr;
            for (size_t j = k + 1; j < rs.size() && !at; ++j)
              if (rs[j].begin <= t && t < rs[j].end) at = &rs[j];
            if (at && at->begin == t && is_countrylike(*at)) {
              src = at;
              end = at->end;
              right = true;
            } else if (at && entries[at->entry].is_agent()) {
              t = at->end;  // a title: "President", "opposition leader"
            } else if (at || toks[t].has(kPunct) || IsFunctionWord(toks[t].tag) || IsVerb(toks[t].tag)) {
              break;
            } else if (toks[t].has(kCapitalized) && !all_caps) {
              unknown_owner = true;
              end = t;
              while (end < sent.tokens.end && toks[end].has(kCapitalized) && !toks[end].has(kPunct)) ++end;
            } else {
              ++t;  // a lower-case title or adjective: "former", "late", "general"
            }
          }
        }
        // An organisation's followers ("supporters of the UN") are no one's
        // civilians.
        if ((!src && !unknown_owner) || (src && IsOrgCode(src->code->code))) {
          a.consumed = true;
          continue;
        }
      }

      // A firm's workers by their trade (ActorEntry::employed): "pilots" are
      // labour only with a firm named in their phrase ("Korean Air pilots",
      // "pilots at Korean Air"); "Russian pilots bombed the town" names no
      // one (their air force's men are not workers striking a firm).
      if (ae.employed && !(src && is_firm(*src))) {
        a.consumed = true;
        continue;
      }

      // "the country's Foreign Ministry", "the nation's army": the country is
      // the one the article spoke of last, not one named later in the sentence.
      uint32_t country_ante = kNone32;
      if (!src && begin >= sent.tokens.begin + 2 && doc.tokens[begin - 1].lower_hash == h_s_ &&
          (doc.tokens[begin - 2].lower_hash == h_country_ || doc.tokens[begin - 2].lower_hash == h_nation_)) {
        // starts_with here and below, not compare(0, 3, ...): GCC inlines
        // the 3-byte test but calls basic_string::compare for the other,
        // and this runs over every earlier mention (1.9M on te3silver).
        country_ante = find_antecedent(doc.actors.size(), s, [&](const ActorMention& x) {
          return x.sentence < s && x.code.size() >= 3 && !x.code.starts_with("---") &&
                 !x.code.starts_with("IGO");
        });
        if (country_ante != kNone32) begin -= 2;
      }

      // Built where it will stay, as step 2c's mentions are: a local moved
      // in cost a move (three strings, each a memcpy call for its short
      // buffer) and the local's destruction, ~150 instructions for each
      // agent (te3silver: ~19,300, 2.8M). `made` is its index; until the
      // push_back below it was not in doc.actors, so what reads doc.actors
      // until then stops below it: the anaphor search starts under it, the
      // PETRARCH coordination holds its mentions in `coordinated` and puts
      // them before it at the end (they were pushed first), and the one
      // way out of the loop past here drops it again.
      const size_t made = doc.actors.size();
      ActorMention& m = doc.actors.emplace_back();
      coordinated.clear();
      m.sentence = s;
      m.is_agent = true;
      m.is_private = ae.placed;
      if (country_ante != kNone32) {
        const ActorMention& x = doc.actors[country_ante];
        AssignWithRole(m.code, CountryOf(x.code), a.code->code);
        m.entry_from = ae.where();
        m.SetViaMention(ActorMention::Via::kCountryArrow, x);
        m.how = ActorResolution::kPronoun;
        m.antecedent = country_ante;
      } else if (src) {
        const ActorEntry& ce = entries[src->entry];
        // "Tren de Aragua gunmen", "Hamas fighters": members of a named
        // group are the group, whatever the generic word's role.
        if (ce.kind == ActorKind::kGroup && !ae.owned)
          m.code = src->code->code;
        else
          AssignWithRole(m.code, BaseView(src->code->code, ce.kind == ActorKind::kIgo), a.code->code);
        // The followers of an opposition are that opposition (Phoenix's
        // agents code an "opposition supporter" OPP, as agents.txt does);
        // of anyone else, the owner's country's civilians.
        if (ae.owned && std::string_view(src->code->code).substr(3).starts_with("OPP"))
          AssignWithRole(m.code, CountryOf(src->code->code), "~OPP");
        m.entry_from = ae.where();
        m.SetVia(ActorMention::Via::kPlus, ce.where());
        m.how = ActorResolution::kAgentInPhrase;
        // Workers of a firm named by its own name: their strike is the
        // firm's workers' against the firm (events/coder.cc).
        if (role == "LAB" && is_firm(*src)) m.employer = src->code->code;
        const_cast<Raw*>(src)->consumed = true;
        // PETRARCH: "ambassadors of Arnor, Osgiliath and Gondor" are the
        // ambassadors of each (TABARI gives the agent to the first only).
        if (right && ae.rules == ActorEntry::Rules::kPetrarch) {
          const auto& toks = doc.tokens;
          for (size_t j = k + 2; j < rs.size(); ++j) {
            uint32_t t = rs[j - 1].end;
            while (t < rs[j].begin && (toks[t].lower_hash == h_and_ || toks[t].lower == "," ||
                                       toks[t].lower_hash == h_the_))
              ++t;
            if (t != rs[j].begin || t == rs[j - 1].end || rs[j].consumed || !is_countrylike(rs[j])) break;
            std::string base = BaseOf(rs[j].code->code, entries[rs[j].entry].kind == ActorKind::kIgo);
            ActorMention x;
            x.sentence = s;
            x.is_agent = true;
            x.tokens = {rs[j].begin, rs[j].end};
            AssignWithRole(x.code, base, a.code->code);
            x.entry_from = ae.where();
            x.SetVia(ActorMention::Via::kPlusCoordinated, entries[rs[j].entry].where());
            x.how = ActorResolution::kAgentInPhrase;
            rs[j].consumed = true;
            coordinated.push_back({std::move(x), std::move(base)});
          }
        }
      } else if (ae.rules == ActorEntry::Rules::kTabari) {
        // TABARI writes an agent it cannot attach to an actor as it stands
        // in the dictionary: "guerrillas" alone are ~REB.
        const std::string& code = a.code->code;
        m.code = code.back() == '~' ? code.substr(0, code.size() - 1) : code;
        m.entry_from = ae.where();
        m.how = ActorResolution::kAgentAlone;
      } else if (!ae.default_country.empty()) {
        AssignWithRole(m.code, ae.default_country, a.code->code);
        m.entry_from = ae.where();
        m.entry_rest = " (default " + ae.default_country + ")";
        m.how = ActorResolution::kAgentArticle;
      } else {
        uint32_t ante = kNone32;
        if (ae.anaphor && options_.resolve_pronouns) {
          // "the rebels" refers back to rebels, "the government" to a
          // government or a country, never to whoever was named last.
          // An institution ("the department", "the government") refers back
          // to an institution or a country, not to a person of that role.
          std::string_view head = doc.tokens[a.end - 1].lower;
          static constexpr std::string_view kPersonHeads[] = {
              "president", "minister", "leader", "premier", "chancellor", "king", "queen", "ambassador", "envoy",
              "spokesman", "spokeswoman", "spokesperson", "official", "general", "commander", "senator", "judge",
              "secretary", "prime", "mayor", "governor", "chief", "presidente", "ministro", "ministra"};
          const bool person_head =
              std::find(std::begin(kPersonHeads), std::end(kPersonHeads), head) != std::end(kPersonHeads);
          ante = find_antecedent(made, s, [&](const ActorMention& x) {
            if (x.code.size() < 3 || x.code.starts_with("---")) return false;
            if (x.is_person && !person_head) return false;
            if (host && std::string_view(x.code).substr(0, 3) == std::string_view(host->code->code).substr(0, 3))
              return false;
            std::string_view rest = std::string_view(x.code).substr(3);
            return role.empty() || rest == role || (rest.empty() && role == "GOV");
          });
        }
        if (ante != kNone32) {
          const ActorMention& x = doc.actors[ante];
          AssignWithRole(m.code, BaseView(x.code, false), a.code->code);
          m.entry_from = ae.where();
          m.SetViaMention(ActorMention::Via::kArrow, x);
          m.how = ActorResolution::kPronoun;
          m.antecedent = ante;
        } else {
          // The nearest country in the sentence, one before the agent
          // winning a tie. Only countries, capitals and places: an
          // organisation's or a person's country (a news agency's, a
          // visiting leader's) is not where an unnamed agent belongs. (Taking only countries before the agent was
          // measured: dyad accuracy rose on udpetrarch_gsr but fell from
          // 0.70 to 0.62 on the CAMEO-manual examples, so both sides count.)
          // "foreign banks", "creditor banks", "overseas investors": by
          // their own word not of the country the sentence or the article
          // is about (a debtor's lenders are abroad), so no country at all.
          static const uint64_t kOutsiders[] = {TokenHash("foreign"), TokenHash("creditor"), TokenHash("overseas")};
          // Lower case only: "Foreign Trade Minister" is a title.
          const bool outsider = a.begin > sent.tokens.begin && !doc.tokens[a.begin - 1].has(kCapitalized) &&
                                std::find(std::begin(kOutsiders), std::end(kOutsiders),
                                          doc.tokens[a.begin - 1].lower_hash) != std::end(kOutsiders);
          // The nearest place other than `skip` (see the fallback below).
          auto nearest = [&](const Raw* skip) -> const Raw* {
            const Raw* near = nullptr;
            uint32_t best = UINT32_MAX;
            for (const Raw& c : rs) {
              ActorKind kind = entries[c.entry].kind;
              bool place = kind == ActorKind::kCountry || kind == ActorKind::kCapital || kind == ActorKind::kPlace ||
                           kind == ActorKind::kTown;
              if (&c == skip || !is_countrylike(c) || !place) continue;
              // Nor the host again ("the embassy in Lima ... Peruvian"):
              // a post abroad is never its host's.
              if (host && std::string_view(c.code->code).substr(0, 3) == std::string_view(host->code->code).substr(0, 3))
                continue;
              uint32_t d = c.end <= a.begin ? a.begin - c.end : (c.begin - a.end) + 1;
              if (d < best) best = d, near = &c;
            }
            // A country named only after the agent is often what the agent
            // acts on ("President Reagan accused the Soviet Union"): in an
            // article with a main country, the agent is taken to be from it.
            // (On a 30-event read of the 1987 Reuters changes: 14 better, 6
            // worse; the one-sentence suites have no main country.)
            if (near && near->begin >= a.end && !context_country.empty()) near = nullptr;
            if (outsider) near = nullptr;
            return near;
          };
          const Raw* near = nearest(nullptr);
          if (near) {
            AssignWithRole(m.code, BaseView(near->code->code, entries[near->entry].kind == ActorKind::kIgo), a.code->code);
            m.entry_from = ae.where();
            m.SetVia(ActorMention::Via::kPlusSameSentence, entries[near->entry].where());
            m.how = ActorResolution::kAgentSentence;
            // Only the matcher knows what the agent would be without that
            // country; only the coder knows whether the country is the
            // agent's own target. So for an armed group (the only agent the
            // coder checks; kept for no other, which would cost a second
            // scan and a string for each) the code without it is kept,
            // found the same way: the next place, else the article's
            // country, else none. Civilians too when that country comes
            // after them ("four children were killed in Israeli shelling"):
            // it may be the doer's (the coder's check, for targets). And
            // any other agent whose country was named after it, which may
            // be an armed doer's ("students were beaten by Iranian
            // police": the coder's check for a force's victims).
            if (role.starts_with("REB") || near->begin >= a.end) {
              m.country_from = {near->begin, near->end};
              if (const Raw* next = nearest(near))
                m.code_without_country =
                    WithRole(BaseView(next->code->code, entries[next->entry].kind == ActorKind::kIgo), a.code->code);
              else
                m.code_without_country =
                    WithRole(context_country.empty() ? std::string_view("---") : context_country, a.code->code);
            }
          } else if (!context_country.empty() && !outsider &&
                     !(host && context_country == std::string_view(host->code->code).substr(0, 3))) {
            AssignWithRole(m.code, context_country, a.code->code);
            m.entry_from = ae.where();
            m.entry_rest = " + " + std::string(context_country) +
                      (context_country.data() == main_country.data() ? " (article's main country)" : " (dateline)");
            m.how = ActorResolution::kAgentArticle;
          } else if (ae.placed || ae.owned) {
            // A private person of no known place is no actor (ActorEntry::placed),
            // nor are followers of someone of no known place.
            a.consumed = true;
            doc.actors.pop_back();  // `m`, made above (nothing was pushed after it: no src here)
            continue;
          } else {
            AssignWithRole(m.code, "---", a.code->code);
            m.entry_from = ae.where();
            m.how = ActorResolution::kAgentAlone;
          }
        }
      }
      // An agent directly followed by a name not in the dictionary is that
      // person ("Interior Minister Armando Benedetti"). In an all-capitals
      // line every word is capitalised, so the capital would carry the
      // phrase over the verb ("REBELS ATTACK TOWN ..."); there only words
      // the tagger took for names extend it.
      auto name_word = [&](const Token& tok) {
        if (all_caps) return tok.tag == Tag::NNP || tok.tag == Tag::NNPS;
        return tok.has(kCapitalized);
      };
      uint32_t t = end;
      while (t < sent.tokens.end && name_word(doc.tokens[t]) && !doc.tokens[t].has(kPunct) &&
             !std::any_of(rs.begin(), rs.end(), [&](const Raw& o) { return t >= o.begin && t < o.end; }))
        ++t;
      if (t - end >= 2) {
        end = t;
        m.is_person = true;
      }
      m.tokens = {begin, end};
      a.consumed = true;
      const ActorResolution how = m.how;
      size_t at = made;
      if (!coordinated.empty()) {
        // PETRARCH's coordinated agents go before this one, where pushing
        // them as they were made put them (rare: moves here cost nothing
        // that matters). `m` is not used past this point.
        ActorMention held = std::move(m);
        doc.actors.pop_back();
        for (auto& [x, base] : coordinated) {
          peer_agents.push_back({doc.actors.size(), &a, std::move(base)});
          doc.actors.push_back(std::move(x));
        }
        at = doc.actors.size();
        doc.actors.push_back(std::move(held));
      }
      if (ae.rules != ActorEntry::Rules::kOurs)
        peer_agents.push_back({at, &a,
                               how == ActorResolution::kAgentInPhrase && src && entries[src->entry].kind != ActorKind::kGroup
                                   ? BaseOf(src->code->code, entries[src->entry].kind == ActorKind::kIgo)
                                   : std::string()});
      if (ae.owned) owned_made.push_back(at);
    }

    // Step 2b': the peers read agents joined by "and", "or" or commas as
    // sharing the countries of their phrase: "Danish media and government"
    // (DNK for both), "lawmakers and officials in A and B" (each agent of
    // each country). An agent whose country came from its own phrase keeps
    // it.
    if (peer_agents.size() >= 2) CoordinateAgents(doc, peer_agents, h_and_, h_the_);

    // Step 2c: everything else stands as matched.
    for (size_t k = 0; k < rs.size(); ++k) {
      Raw& r = rs[k];
      if (r.consumed) continue;
      const ActorEntry& e = entries[r.entry];
      // Built where it will stay, not in a local moved in: most mentions
      // are made here, and each move of a mention (three strings, each a
      // memcpy call for its short buffer) and the local's destruction cost
      // ~160 instructions (te3silver: ~45,000 of them). Nothing below reads
      // doc.actors, so the reference stays valid until the also-codes.
      ActorMention& m = doc.actors.emplace_back();
      m.sentence = s;
      m.tokens = {r.begin, r.end};
      m.code = r.code->code;
      m.entry_from = e.where();
      m.how = ActorResolution::kDirect;
      // "the Hungarians of northern Serbia": a people named after one state
      // and placed "of" another is a minority of that other state, its
      // civilians (as "ethnic Albanians in Serbia", agents.txt). Only a
      // plural demonym before "of", and only a country's name after it
      // (not "Americans of Japanese descent": a noun follows there).
      if (e.kind == ActorKind::kCountry && !es && k + 1 < rs.size() && r.end + 1 < sent.tokens.end &&
          doc.tokens[r.end - 1].lower.ends_with("s") && doc.tokens[r.end].lower_hash == h_of_) {
        uint32_t t = r.end + 1;
        if (t < sent.tokens.end && doc.tokens[t].lower_hash == h_the_) ++t;
        for (int skip = 0; skip < 2 && t < sent.tokens.end && IsAdjective(doc.tokens[t].tag) &&
                           !doc.tokens[t].has(kCapitalized);
             ++skip)
          ++t;
        Raw& o = rs[k + 1];
        const bool name_follows = o.end < sent.tokens.end && IsNoun(doc.tokens[o.end].tag);
        if (o.begin == t && !o.consumed && entries[o.entry].kind == ActorKind::kCountry && !name_follows &&
            CountryOf(o.code->code) != CountryOf(r.code->code) && o.code->code.size() == 3 &&
            !IsOrgCode(o.code->code)) {
          m.tokens.end = o.end;
          m.code = std::string(CountryOf(o.code->code)) + "CVL";
          m.SetVia(ActorMention::Via::kOfMinority, entries[o.entry].where());
          m.how = ActorResolution::kAgentInPhrase;
          o.consumed = true;
        }
      }
      m.is_person = e.kind == ActorKind::kPerson;
      m.title = r.title;
      m.title_use = r.title_use;
      // push_mention's copies: one more mention per other code, the same
      // but for the code and the also_code mark, in the same order.
      for (const std::string& code : r.code->also) {
        ActorMention x = doc.actors.back();
        x.code = code;
        x.also_code = true;
        doc.actors.push_back(std::move(x));
      }
    }

    // Step 2d: the owner inside a followers' phrase is no actor of its own
    // ("supporters of President X": X did not march), nor is a title or
    // name around it ("President X's supporters": the phrase starts at the
    // title). The mentions of this sentence are compacted; the ones made
    // so far point back only to earlier sentences, except agents' anaphors,
    // which the sort below finds again.
    if (!owned_made.empty()) {
      static thread_local std::vector<uint8_t> drop;
      drop.assign(doc.actors.size() - first_mention, 0);
      for (size_t o : owned_made) {
        TokenRange& span = doc.actors[o].tokens;
        for (size_t k = first_mention; k < doc.actors.size(); ++k) {
          const TokenRange r = doc.actors[k].tokens;
          if (k == o) continue;
          if (std::find(owned_made.begin(), owned_made.end(), k) != owned_made.end()) continue;
          if (r.begin < span.end && span.begin < r.end) {
            drop[k - first_mention] = 1;
            span.begin = std::min(span.begin, r.begin);
          }
        }
      }
      size_t w = first_mention;
      for (size_t k = first_mention; k < doc.actors.size(); ++k)
        if (!drop[k - first_mention]) {
          if (w != k) doc.actors[w] = std::move(doc.actors[k]);
          ++w;
        }
      doc.actors.resize(w);
    }

    // Step 2e: a surname alone after the person's full name (actors/surnames.h).
    // This sentence's full names are learned for the sentences after it
    // once the sort below has put its mentions where they stay.
    surnames.Resolve(doc, s, first_mention, covered_fn, is_entry_fn);

    // Step 3: personal pronouns refer to the last person named.
    if (options_.resolve_pronouns) {
      // The pronouns step 1 listed (a scan of every token here was ~8M
      // instructions on te3silver, as much again as step 1's own walk).
      for (uint32_t p = pronouns_from[s]; p < pronouns_from[s + 1]; ++p) {
        const uint32_t t = pronouns[p];
        // "she"/"her" passes over a man the dictionary knows as one, and
        // "he"/"him"/"his" over a woman (ActorEntry::pronoun): a man named
        // after a woman does not take her "she". An unknown person may be
        // either, but a "she" takes a woman named before over a nearer
        // unmarked person (ActorEntry::PronounFit): the nearest of the best
        // fit. (A "she" with no woman before it walks the whole window
        // instead of stopping at the first person: few pronouns are "she".)
        const uint64_t h = tk[t].lower_hash;
        const bool she = h == h_she_ || h == h_her_;
        // The antecedent may be earlier in this sentence, so look at the
        // mentions found so far that start before the pronoun.
        uint32_t ante = kNone32;
        int best = 0;
        for (size_t k = doc.actors.size(); k-- > 0;) {
          const ActorMention& x = doc.actors[k];
          if (s - x.sentence > options_.anaphor_window) break;
          if (x.sentence == s && x.tokens.begin > t) continue;
          if (!x.is_person) continue;
          const int fit = ActorEntry::PronounFit(she, dict_->PronounOf(x.entry_from));
          if (fit > best) {
            ante = static_cast<uint32_t>(k);
            best = fit;
            if (fit == 2 || !she) break;
          }
        }
        if (ante == kNone32) continue;
        // Built where it stays (not a local moved in); the antecedent is
        // read only after the vector has grown, which may move it.
        ActorMention& m = doc.actors.emplace_back();
        const ActorMention& a = doc.actors[ante];
        m.sentence = s;
        m.tokens = {t, t + 1};
        m.ReferTo(ante, a);
        m.is_person = true;
      }
    }

    // Step 3b: acronyms defined in the article (actors/acronyms.h).
    if (acronyms.Due(s, sent)) acronyms.Apply(doc, s, first_mention, entry_of_fn, name_kind_fn);

    // SortMentionsByStart, spelled out so its in-order test is inlined here
    // (see MentionsInOrder); keep the two the same.
    if (!MentionsInOrder(doc.actors, first_mention)) SortMentionsOutOfOrder(doc.actors, first_mention);
    // Antecedent indices point at earlier sentences only, which the sort does
    // not move; within this sentence they were recorded before sorting.
    for (size_t k = first_mention; k < doc.actors.size(); ++k) {
      auto& m = doc.actors[k];
      if (m.antecedent != kNone32 && m.antecedent >= first_mention) {
        // Re-find the antecedent by its span after the sort.
        m.antecedent = kNone32;
        for (size_t j = first_mention; j < doc.actors.size(); ++j)
          if (doc.actors[j].is_person && doc.actors[j].tokens.end <= m.tokens.begin &&
              doc.actors[j].how != ActorResolution::kPronoun)
            m.antecedent = static_cast<uint32_t>(j);
      }
    }
    surnames.Learn(doc, s, first_mention, es, covered_fn);
    // Step 2e again for this sentence's own full names: "President Daniel
    // arap Moi met the envoy, and Moi said ...". Learned only now, after
    // the sort, so the surname's mention is appended out of order: this
    // sentence's mentions are put in order again (stably, as few sentences
    // come here) and the indices that point inside it follow them.
    if (surnames.LearnedIn(s) && surnames.Resolve(doc, s, first_mention, covered_fn, is_entry_fn, true)) {
      const size_t n = doc.actors.size() - first_mention;
      std::vector<uint32_t> order(n);
      for (uint32_t k = 0; k < n; ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return doc.actors[first_mention + a].tokens.begin < doc.actors[first_mention + b].tokens.begin;
      });
      std::vector<uint32_t> where(n);
      std::vector<ActorMention> sorted;
      sorted.reserve(n);
      for (uint32_t k = 0; k < n; ++k) {
        where[order[k]] = static_cast<uint32_t>(first_mention + k);
        sorted.push_back(std::move(doc.actors[first_mention + order[k]]));
      }
      std::move(sorted.begin(), sorted.end(), doc.actors.begin() + static_cast<std::ptrdiff_t>(first_mention));
      for (size_t k = first_mention; k < doc.actors.size(); ++k) {
        uint32_t& a = doc.actors[k].antecedent;
        if (a != kNone32 && a >= first_mention) a = where[a - first_mention];
      }
    }
  }
}

}  // namespace dyad
