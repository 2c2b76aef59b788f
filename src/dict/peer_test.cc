#include "dict/peer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "testing/word_tokenizer.h"

#include "config/paths.h"
#include "model/date.h"

// Every snippet here is invented for the test, written in the peers' syntax;
// the real peer dictionaries are only read from SharedDir() at run time.

namespace dyad {
namespace {

using testing::WordTokenizer;

int32_t Day(const char* iso) { return Date::Parse(iso)->first_day(); }

size_t Errors(const std::vector<DictProblem>& ps) {
  size_t n = 0;
  for (const auto& p : ps) n += p.error;
  return n;
}

std::string All(const std::vector<DictProblem>& ps) {
  std::string s;
  for (const auto& p : ps) s += p.str() + "\n";
  return s;
}

const VerbPattern* Find(const VerbDictionary& d, const std::string& text) {
  for (const auto& p : d.patterns())
    if (p.text == text) return &p;
  return nullptr;
}

TEST(PeerSniffTest, FormatAndRole) {
  EXPECT_EQ(SniffDictionaryFormat("x/Foo.verbs", "BARK [010]\n"), PeerFormat::kTabari);
  EXPECT_EQ(SniffDictionaryFormat("x/verbs.txt", "--- BARK [010] ---\nBARK\n"), PeerFormat::kPetrarch2);
  EXPECT_EQ(SniffDictionaryFormat("x/a.txt", "<!-- header -->\nQUUX [QUX]\n"), PeerFormat::kPetrarch2);
  EXPECT_EQ(SniffDictionaryFormat("x/a.txt", "QUUX [QUX]\n"), PeerFormat::kTabari);
  EXPECT_EQ(SniffDictionaryFormat("x/a.txt", "Quux | Quuxland\n  QUX\n"), PeerFormat::kOurs);
  EXPECT_EQ(SniffDictionaryRole("x/Foo.verbs", ""), PeerRole::kVerbs);
  EXPECT_EQ(SniffDictionaryRole("x/My.agents.txt", ""), PeerRole::kAgents);
  EXPECT_EQ(SniffDictionaryRole("x/My.discards.txt", ""), PeerRole::kOther);
  EXPECT_EQ(SniffDictionaryRole("x/a.txt", "--- BARK [010] ---\n"), PeerRole::kVerbs);
  EXPECT_EQ(SniffDictionaryRole("x/a.txt", "CLERK_ [~ADM]\n"), PeerRole::kAgents);
  EXPECT_EQ(SniffDictionaryRole("x/a.txt", "QUUX [QUX]\n"), PeerRole::kActors);
}

TEST(PeerActorsTest, TabariEntriesSynonymsAndDates) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariActorsText(
      "<NOUN>\n"
      "TEAPOTS  ;not actors\n"
      "</NOUN>\n"
      "QUUXLAND_  [QUX] ;invented\n"
      "ZORG  [ZRGGOV 991201-010114] [---]\n"
      "BLIMP_PORT\n"
      "+BLIMPTOWN\n"
      "\t[BLM < 950601]\n"
      "\t[BLMGOV 950601 - 990815]\n"
      "\t[BLMREB > 990816]\n"
      "WOBBLE  [WBL/WOB]\n"
      "FIZZ  [### <890101] [FIZ]\n"
      "GLUMP= [GLP]\n"
      "~~FINISH\n"
      "NEVER_READ [NVR]\n",
      "test.actors", &d, &problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems);
  ASSERT_EQ(d.entries().size(), 6u);
  EXPECT_EQ(d.entries()[5].names, std::vector<std::string>{"glump"});  // "=": no noun ending
  const ActorEntry& q = d.entries()[0];
  EXPECT_EQ(q.names, (std::vector<std::string>{"quuxland", "quuxlands"}));  // TABARI's noun ending
  EXPECT_EQ(q.codes[0].code, "QUX");
  EXPECT_EQ(q.line, 4u);
  // A dated code comes before the default, which applies outside its range.
  const ActorEntry& z = d.entries()[1];
  ASSERT_EQ(z.codes.size(), 2u);
  EXPECT_EQ(z.CodeAt(Day("2000-06-01"))->code, "ZRGGOV");
  EXPECT_EQ(z.CodeAt(Day("1999-12-01"))->code, "ZRGGOV");
  EXPECT_EQ(z.CodeAt(Day("2001-01-15"))->code, "---");
  const ActorEntry& b = d.entries()[2];
  EXPECT_EQ(b.names, (std::vector<std::string>{"blimp port", "blimptown"}));
  EXPECT_EQ(b.CodeAt(Day("1995-06-01"))->code, "BLM");  // bounds are inclusive
  EXPECT_EQ(b.CodeAt(Day("1997-01-01"))->code, "BLMGOV");
  EXPECT_EQ(b.CodeAt(Day("2005-01-01"))->code, "BLMREB");
  EXPECT_EQ(d.entries()[3].codes[0].code, "WBL");  // several actors: one mention each
  EXPECT_EQ(d.entries()[3].codes[0].also, (std::vector<std::string>{"WOB"}));
  EXPECT_EQ(d.entries()[4].CodeAt(Day("1980-01-01"))->code, "###");  // discard: kept for the TABARI reading
  EXPECT_EQ(d.entries()[4].CodeAt(Day("1990-01-01"))->code, "FIZ");
  EXPECT_EQ(d.entries()[3].rules, ActorEntry::Rules::kTabari);
  // Names without a final `_` are stems, "QUUXLAND_" is a whole word.
  EXPECT_TRUE(q.stem_names.empty());
  EXPECT_EQ(z.stem_names, std::vector<uint32_t>{0});
  EXPECT_EQ(b.stem_names, (std::vector<uint32_t>{0, 1}));  // BLIMP_PORT and +BLIMPTOWN
}

// A blank between the words of a TABARI name lets words stand there; `_`
// does not (ActorEntry::tabari_joins). PETRARCH's names match word for word.
TEST(PeerActorsTest, TabariBlanksAndUnderscoresInNames) {
  ActorDictionary dict;
  std::vector<DictProblem> problems;
  LoadTabariActorsText("MARGRAVE ZORG_HOLM_ [ZHM]\n+OLD  QUUX TOWN [QTW]\nBLIMPIA [BLM]\n", "t.actors", &dict, &problems);
  ASSERT_EQ(Errors(problems), 0u) << All(problems);
  ASSERT_EQ(dict.entries().size(), 2u);
  const ActorEntry& e = dict.entries()[0];
  EXPECT_EQ(e.names, (std::vector<std::string>{"margrave zorg holm", "old quux town"}));
  using J = std::vector<std::pair<uint32_t, uint32_t>>;
  EXPECT_EQ(e.tabari_joins, (J{{0, 0b01}, {1, 0b11}}));
  EXPECT_TRUE(dict.entries()[1].tabari_joins.empty());  // one word
  ActorDictionary pet;
  LoadPetrarch2ActorsText("MARGRAVE ZORG_HOLM [ZHM]\n", "t.txt", &pet, &problems);
  ASSERT_EQ(pet.entries().size(), 1u) << All(problems);
  EXPECT_TRUE(pet.entries()[0].tabari_joins.empty());
}

TEST(PeerActorsTest, ReportsMissingCodesAndBadDates) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  LoadPetrarch2ActorsText("NOCODE_HERE\nBADDATE [XYZ 99-01]\n# comment\nOK_ONE [okk]\n", "p.txt", &d, &problems);
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].codes[0].code, "OKK");  // upper-cased
  ASSERT_EQ(Errors(problems), 2u) << All(problems);
  EXPECT_EQ(problems[0].line, 1u);  // the entry without a code
  EXPECT_EQ(problems[1].line, 2u);  // the malformed date (and no second error for the entry)
}

TEST(PeerAgentsTest, TabariAgents) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariAgentsText("CHIEF_CLERK_  [ ~ADMCLK] ;x\nPIGEON_FANCIERS_ [PGN~]\n", "t.agents", &d, &problems);
  ASSERT_EQ(d.entries().size(), 2u);
  EXPECT_TRUE(d.entries()[0].is_agent());
  // TABARI matches an agent's regular plural too.
  EXPECT_EQ(d.entries()[0].names, (std::vector<std::string>{"chief clerk", "chief clerks"}));
  EXPECT_EQ(d.entries()[0].codes[0].code, "~ADMCLK");
  EXPECT_EQ(d.entries()[1].codes[0].code, "PGN~");  // a role before the country
  EXPECT_EQ(d.entries()[1].rules, ActorEntry::Rules::kTabari);
  EXPECT_TRUE(problems.empty()) << All(problems);
}

TEST(PeerAgentsTest, PetrarchPluralsAndMarkers) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  LoadPetrarch2AgentsText(
      "<!-- invented agents -->\n"
      "!CLERK! = CLERK, CLERKS, CLERKESS\n"
      "TAX_CLERK [~TAX]\n"
      "HEAD_DEPUTY {HEAD_DEPUTIES_GENERAL} [~DEP]\n"
      "STAFF {} [~STF]\n"
      "BOARD!CLERK! [~BRD]\n"
      "!CLERK! [~CLK]\n"
      "NO!THING! [~NOT]\n",
      "p.agents.txt", &d, &problems);
  ASSERT_EQ(d.entries().size(), 5u) << All(problems);
  EXPECT_EQ(d.entries()[0].names, (std::vector<std::string>{"tax clerk", "tax clerks"}));
  EXPECT_EQ(d.entries()[1].names, (std::vector<std::string>{"head deputy", "head deputies general"}));
  EXPECT_EQ(d.entries()[2].names, std::vector<std::string>{"staff"});
  EXPECT_EQ(d.entries()[3].names, (std::vector<std::string>{"boardclerk", "boardclerks", "boardclerkess"}));
  EXPECT_EQ(d.entries()[4].names, (std::vector<std::string>{"clerk", "clerks", "clerkess"}));
  ASSERT_EQ(Errors(problems), 1u);
  EXPECT_EQ(problems[0].line, 8u);
}

// A malformed comment tag ("<! --") is a comment, not a section start
// that would hide every entry after it.
TEST(PeerActorsTest, MalformedCommentTagIsNotASection) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  LoadPetrarch2ActorsText("QUUXLAND [QUX]\n<! -- more invented actors -->\nZORGIA [ZRG]\n", "p.actors.txt", &d,
                          &problems);
  ASSERT_EQ(d.entries().size(), 2u) << All(problems);
  EXPECT_EQ(d.entries()[1].names[0], "zorgia");
}

// A synset member naming another synset stands for one member per member
// of that synset, words kept in order; the named synset may come later in
// the file, and nesting may go deeper than one level.
TEST(PeerVerbsTest, NestedSynsetMembersAreExpanded) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  std::vector<SynsetText> synsets;
  LoadTabariVerbsText(
      "<SYNSETS>\n"
      "&PASTRY\n"
      "+&FILLING_TART\n"
      "+CRUMBS_OF &FILLING\n"
      "+&FANCY\n"
      "+&NOWHERE_PIE\n"
      "&FILLING\n"
      "+PLUM\n"
      "+QUINCE_JELLY\n"
      "&FANCY\n"
      "+GILDED &FILLING\n"
      "</SYNSETS>\n"
      "NIBBLE  [042]\n"
      "- * &PASTRY  [043]\n",
      "t.verbs", &d, WordTokenizer, &problems, &synsets);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 1u) << All(problems);  // &NOWHERE is defined nowhere
  auto it = std::find_if(synsets.begin(), synsets.end(), [](const SynsetText& s) { return s.name == "PASTRY"; });
  ASSERT_NE(it, synsets.end());
  EXPECT_EQ(it->members, (std::vector<std::string>{"plum tart", "quince jelly tart", "crumbs of plum",
                                                    "crumbs of quince jelly", "gilded plum", "gilded quince jelly"}));
  const VerbPattern* p = Find(d, "nibble * &PASTRY");
  ASSERT_NE(p, nullptr) << All(problems);
  EXPECT_EQ(d.synsets()[p->elems[1].synset].members.size(), 6u);

  // PETRARCH: a synset that is only another synset plus words.
  VerbDictionary d2;
  std::vector<DictProblem> problems2;
  LoadPetrarch2VerbsText(
      "&HUE\n+MAUVE\n+TEAL\n\n&SHADE\n+&HUE\n+SEPIA\n\n--- PAINT [042] ---\nPAINT\n- * &SHADE [043]\n",
      "p.verbs.txt", &d2, WordTokenizer, &problems2);
  d2.Compile(&problems2);
  EXPECT_EQ(Errors(problems2), 0u) << All(problems2);
  const VerbPattern* q = Find(d2, "paint * &SHADE");
  ASSERT_NE(q, nullptr) << All(problems2);
  EXPECT_EQ(d2.synsets()[q->elems[1].synset].members.size(), 3u);
}

TEST(PeerVerbsTest, TabariVerbsPatternsAndSynsets) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  std::vector<SynsetText> synsets;
  LoadTabariVerbsText(
      "<SYNSETS>\n"
      "&GADGET\n"
      "+SPROCKET\n"
      "+FLUX_CAPACITOR\n"
      "+&OTHER_THING\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "LAST_WEEK [-7]\n"
      "ONCE_UPON_A_TIME [###]\n"
      "WHEN_PIGS_FLY [+++]\n"
      "</TIME>\n"
      "WIBBLE  [042] ;invented\n"
      "{ WIBBLED_ WOBBLED_ }\n"
      "- * &GADGET  [043]\n"
      "- * TO_ + OVER $  [044]\n"
      "- * { PUDDING | CUSTARD_PIE } [045]\n"
      "- NOT *  [046]\n"
      "- % * TALKS  [047]\n"
      "- * ^ QUICKLY  [048]\n"
      "- * TWICE [---]\n"
      "- * SOFTLY [050:051]\n"
      "ZONK_OUT  [---]\n"
      "- * FLAT [060]\n",
      "t.verbs", &d, WordTokenizer, &problems, &synsets);
  d.Compile(&problems);
  // Errors: a member naming an undefined synset.
  EXPECT_EQ(Errors(problems), 1u) << All(problems);
  ASSERT_NE(Find(d, "wibble * talks~ [compound subject %]"), nullptr);  // '%': see CompoundActorSlots
  const VerbPattern* no = Find(d, "wibble [before: not~ * VERB]");  // NOT *: words before the verb
  ASSERT_NE(no, nullptr) << All(problems);
  EXPECT_EQ(no->code, "046");
  ASSERT_EQ(no->before.size(), 2u);
  EXPECT_EQ(no->before[1].kind, PatternElem::Kind::kGap);
  EXPECT_NE(Find(d, "wibble"), nullptr);
  const VerbPattern* g = Find(d, "wibble * &GADGET");
  ASSERT_NE(g, nullptr) << All(problems);
  EXPECT_EQ(g->code, "043");
  EXPECT_EQ(g->elems[1].kind, PatternElem::Kind::kSynset);
  EXPECT_EQ(d.synsets()[g->elems[1].synset].members.size(), 2u);
  const VerbPattern* s = Find(d, "wibble * to * + * over~ * $");
  std::string texts;
  for (const auto& p : d.patterns()) texts.append(p.text).append("\n");
  ASSERT_NE(s, nullptr) << texts;
  EXPECT_TRUE(s->has_target && s->has_source);
  EXPECT_EQ(s->line, 15u);
  ASSERT_NE(Find(d, "wibble * &ALT_16"), nullptr) << All(problems);
  // <TIME> phrases coded [###] and [+++] leave their sentence uncoded.
  ASSERT_EQ(d.sentence_stops().size(), 2u);
  EXPECT_EQ(d.sentence_stops()[0].words.size(), 4u);
  EXPECT_FALSE(d.sentence_stops()[0].complex);
  EXPECT_TRUE(d.sentence_stops()[1].complex);
  EXPECT_EQ(d.sentence_stops()[1].words[2], TokenHash("fly"));
  const VerbPattern* skip = Find(d, "wibble * ^ * quickly~");  // ^: an actor passed over
  ASSERT_NE(skip, nullptr) << texts;
  EXPECT_EQ(skip->elems[1].kind, PatternElem::Kind::kSkip);
  const VerbPattern* n = Find(d, "wibble * twice~");
  ASSERT_NE(n, nullptr);
  EXPECT_TRUE(n->is_null());
  EXPECT_EQ(Find(d, "wibble * softly~")->code, "050");
  EXPECT_EQ(Find(d, "wibble * softly~")->paired_code, "051");  // the target acts back
  EXPECT_EQ(Find(d, "wibble * &GADGET")->paired_code, "");
  EXPECT_TRUE(Find(d, "zonk out~")->is_null());  // a null phrase blocks the bare verb
  EXPECT_EQ(Find(d, "zonk out~ * flat~")->code, "060");
  ASSERT_EQ(synsets.size(), 2u);
  // &GADGET names a synset the file never defines, so it is defined last.
  EXPECT_EQ(synsets[1].name, "GADGET");
  EXPECT_EQ(synsets[1].members, (std::vector<std::string>{"sprocket", "flux capacitor"}));
  EXPECT_EQ(synsets[0].members, (std::vector<std::string>{"pudding", "custard pie"}));
}

// A lexicon of invented verbs: "blorp" and "blorpify" are lemmas, "blorped"
// and "zonked" inflected forms.
VerbLexicon TinyLexicon() {
  static const std::vector<std::string> kLemmas = {"blorp", "blorpify", "blorpize", "zonk"};
  VerbLexicon lex;
  lex.lemma_of = [](std::string_view w) -> std::string {
    if (std::find(kLemmas.begin(), kLemmas.end(), w) != kLemmas.end()) return std::string(w);
    if (w == "blorped") return "blorp";
    if (w == "zonked") return "zonk";
    return {};
  };
  lex.with_prefix = [](std::string_view stem) {
    std::vector<std::string> out;
    for (const std::string& l : kLemmas)
      if (l.starts_with(stem)) out.push_back(l);
    return out;
  };
  return lex;
}

// TABARI verbs without a final `_` are stems: "BLORP" stands for every verb
// it begins except one with an entry of its own; whole words ("ZONKED_")
// are keyed by their lemma, as the coder looks verbs up by lemma.
// "ZAP=": that spelling alone (VerbPattern::surface), no other form of it.
TEST(PeerVerbsTest, TabariEqualsSignIsThatSpellingOnly) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText("ZAP= [111]\nZIP [112]\n", "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  ASSERT_EQ(Errors(problems), 0u) << All(problems);
  ASSERT_NE(Find(d, "zap"), nullptr);
  EXPECT_EQ(Find(d, "zap")->surface, TokenHash("zap"));
  EXPECT_EQ(Find(d, "zip")->surface, 0u);
}

// TABARI's dominant code "[031!]" keeps its '!' for the coder (its verb is
// the only one its sentence codes), on a verb line and on a pattern line;
// PETRARCH's files have no such mark and lose it.
TEST(PeerVerbsTest, TabariDominantCodeKeepsItsMark) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText("ZAP  [111!]\n- * TWICE [112!:113]\nZIP [114]\n", "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  ASSERT_EQ(Errors(problems), 0u) << All(problems);
  ASSERT_NE(Find(d, "zap"), nullptr);
  EXPECT_EQ(Find(d, "zap")->code, "111!");
  ASSERT_NE(Find(d, "zap * twice~"), nullptr);
  EXPECT_EQ(Find(d, "zap * twice~")->code, "112!");
  EXPECT_EQ(Find(d, "zap * twice~")->paired_code, "113");
  EXPECT_EQ(Find(d, "zip")->code, "114");
}

TEST(PeerDiscardsTest, SentenceAndStoryPhrases) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadPeerDiscardsText("# sports pages\nCROQUET LEAGUE   # invented\n+Hailstorm\n", "t.discards", &d, WordTokenizer,
                       &problems);
  ASSERT_EQ(Errors(problems), 0u) << All(problems);
  ASSERT_EQ(d.sentence_stops().size(), 2u);
  EXPECT_EQ(d.sentence_stops()[0].words, (std::vector<uint64_t>{TokenHash("croquet"), TokenHash("league")}));
  EXPECT_FALSE(d.sentence_stops()[0].story);
  EXPECT_TRUE(d.sentence_stops()[1].story);
  EXPECT_EQ(d.sentence_stops()[1].line, 3u);
}

// TABARI synset members and `{ | }` alternatives: a blank lets words stand
// between two words, a word without `_` is a stem.
TEST(PeerVerbsTest, TabariSynsetBlanksAndStems) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  std::vector<SynsetText> synsets;
  LoadTabariVerbsText(
      "<SYNSETS>\n"
      "&COIN\n"
      "+SILVER DUCAT\n"
      "+COPPER_PENNY_\n"
      "</SYNSETS>\n"
      "GRUMBLE  [111]\n"
      "- LATELY { SOFTLY SANG | GRIMLY_ROARED_ } ITS *  [112]\n",
      "t.verbs", &d, WordTokenizer, &problems, &synsets);
  d.Compile(&problems);
  ASSERT_EQ(Errors(problems), 0u) << All(problems);
  const Synset& coin = d.synsets()[d.SynsetIndex("COIN")];
  ASSERT_EQ(coin.members.size(), 2u);
  EXPECT_EQ(coin.gaps[0], 2u);  // "silver ... ducat": words may stand before word 1
  ASSERT_GE(coin.stems[0][1], 0);
  EXPECT_EQ(d.word_stem(static_cast<uint32_t>(coin.stems[0][1])), "ducat");  // "ducats", "ducatoons"
  EXPECT_EQ(coin.gaps[1], 0u);                                            // "copper penny": adjacent
  EXPECT_EQ(coin.stems[1], (std::vector<int32_t>{-1, -1}));               // and whole words
  EXPECT_EQ(synsets[0].members, (std::vector<std::string>{"silver ducat", "copper penny"}));
  const VerbPattern* p = nullptr;
  for (const VerbPattern& x : d.patterns()) p = x.code == "112" ? &x : p;
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->before.size(), 6u);  // lately * &ALT * its *
  const Synset& alt = d.synsets()[p->before[2].synset];
  ASSERT_EQ(alt.members.size(), 2u);
  EXPECT_EQ(alt.gaps[0], 2u);
  EXPECT_EQ(alt.gaps[1], 0u);
}

TEST(PeerVerbsTest, TabariStemsAndInflectedVerbsBecomeLemmas) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  VerbLexicon lex = TinyLexicon();
  LoadTabariVerbsText(
      "BLORP  [042]\n"
      "- * GADGETS [043]\n"
      "BLORPIZE_ [044]\n"
      "ZONKED_ [045]\n"
      "BLORPED_ON [046]\n",
      "t.verbs", &d, WordTokenizer, &problems, nullptr, &lex);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems);
  EXPECT_EQ(Find(d, "blorp")->code, "042");
  EXPECT_EQ(Find(d, "blorpify")->code, "042");
  EXPECT_EQ(Find(d, "blorpify * gadgets~")->code, "043");  // patterns follow the verb to every lemma
  EXPECT_EQ(Find(d, "blorpize")->code, "044");            // its own entry, not BLORP's
  EXPECT_EQ(Find(d, "zonk")->code, "045");
  EXPECT_EQ(Find(d, "blorp on~")->code, "046");             // "BLORPED_" is a whole word: no stem
  EXPECT_EQ(Find(d, "blorpify on~"), nullptr);
  // An inflected form names that form only (VerbPattern::surface); a lemma or stem any form.
  EXPECT_EQ(Find(d, "zonk")->surface, TokenHash("zonked"));
  EXPECT_EQ(Find(d, "blorp on~")->surface, TokenHash("blorped"));
  EXPECT_EQ(Find(d, "blorp")->surface, 0u);
  EXPECT_EQ(Find(d, "blorpize")->surface, 0u);
  // Without a lexicon verbs are taken as written.
  VerbDictionary plain;
  LoadTabariVerbsText("BLORP [042]\nZONKED_ [045]\n", "t.verbs", &plain, WordTokenizer, &problems);
  plain.Compile(&problems);
  EXPECT_NE(Find(plain, "zonked"), nullptr);
  EXPECT_EQ(Find(plain, "blorpify"), nullptr);
}

// A slot before the verb is the subject: `$` is dropped (the subject is the
// source anyway), `+` only when the pattern names the source after the verb
// or the verb is passive, since the coder then takes the subject as target.
TEST(PeerVerbsTest, SubjectSlotsBeforeTheVerb) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText(
      "FROBNICATE [042]\n"
      "- + * GIFTS FROM $ [043]\n"
      "- + WAS * BADLY [044]\n"
      "- $ *  [045]\n"
      "- + * LOUDLY [046]\n"
      "- NEVER_EVER_* [047]\n",
      "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 1u) << All(problems);  // "+ * LOUDLY": + could be anyone
  EXPECT_EQ(Find(d, "frobnicate * gifts~ * from~ * $")->code, "043");
  EXPECT_EQ(Find(d, "frobnicate * badly~ [before: was~ * VERB]")->code, "044");
  EXPECT_TRUE(Find(d, "frobnicate * badly~ [before: was~ * VERB]")->subject_is_target);
  EXPECT_TRUE(Find(d, "frobnicate * gifts~ * from~ * $")->subject_is_target);  // "+ * GIFTS FROM $"
  EXPECT_EQ(Find(d, "frobnicate")->code, "042");
  // "$ *" asks for a subject the bare verb does not: it ranks first.
  const auto* list = d.PatternsFor(TokenHash("frobnicate"));
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(d.pattern(list->back()).code, "042");
  for (uint32_t pi : *list) {
    if (d.pattern(pi).code == "045") {
      EXPECT_GT(d.pattern(pi).specificity, Find(d, "frobnicate")->specificity);
    }
  }
  const VerbPattern* never = Find(d, "frobnicate [before: never ever VERB]");
  ASSERT_NE(never, nullptr);
  EXPECT_EQ(never->before.size(), 2u);  // tied by `_`: no gaps
  std::ostringstream out;
  EXPECT_FALSE(WriteOursVerbs(d, out));  // our format cannot say what precedes the verb
}

// TABARI finds verbs by spelling (VerbDictionary::VerbOfWord): a whole
// word takes the regular endings, `=` none, `{ }` lists other spellings
// of the verb above, and a stem begins any word.
TEST(PeerVerbsTest, TabariSpellingsOfVerbs) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText(
      "GRONK_  [042]\n"
      "{ GRONXED_ GRONKALITY }\n"
      "SNIB=  [043]\n"
      "FLUMMOX  [044]\n"
      "SQUIRE_OFF  [045]\n",
      "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems);
  auto verb = [&](const char* w) { return d.VerbOfWord(w, TokenHash(w)); };
  for (const char* w : {"gronk", "gronks", "gronked", "gronkes", "gronken", "gronking", "gronxed", "gronkalityss"})
    EXPECT_EQ(verb(w), TokenHash("gronk")) << w;
  for (const char* w : {"gronkx", "gronkink", "snibing", "snibed", "fl", "squir"}) EXPECT_EQ(verb(w), 0u) << w;
  EXPECT_EQ(verb("snib"), TokenHash("snib"));
  EXPECT_EQ(verb("flummoxing"), TokenHash("flummox"));  // a stem
  EXPECT_EQ(verb("squired"), TokenHash("squire"));      // the verb of a phrase, a final E: -D
}

// Slots and disjunctions among the words before the verb: the slot is an
// actor there, which only the TABARI reading matches (coder.cc).
TEST(PeerVerbsTest, SlotsAndAlternativesBeforeTheVerb) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText(
      "<SYNSETS>\n&KIND\n+STEEL\n+PAPER\n</SYNSETS>\n"
      "MARCH  [017]\n"
      "- ANTI- + *  [111]\n"
      "- HAS { NOT | REFUSED_TO } *  [121]\n"
      "- HINTED { PLAINLY | OPENLY } + * { ARMS | GUNS }  [122]\n"
      "- ONCE + * WITH +  [123]\n"
      "- * { &KIND | WOODEN } BANNERS  [124]\n"
      "- * STEP_BY_STEP HOME  [125]\n"
      "- * FIRM~_STEP_  [126]\n",
      "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 1u) << All(problems);  // two targets
  const VerbPattern* anti = Find(d, "march [before: anti- * + * VERB]");
  std::string texts;
  for (const auto& p : d.patterns()) texts.append(p.text).append("\n");
  ASSERT_NE(anti, nullptr) << texts;
  EXPECT_TRUE(anti->has_target);
  EXPECT_EQ(anti->before[anti->before.size() - 2].kind, PatternElem::Kind::kTarget);
  const VerbPattern* has = Find(d, "march [before: has~ * &ALT_8 * VERB]");
  ASSERT_NE(has, nullptr) << texts;
  EXPECT_EQ(d.synsets()[has->before[2].synset].members.size(), 2u);
  // A disjunction after the verb on the same line is a synset of its own.
  const VerbPattern* hinted = Find(d, "march * &ALT_9_1 [before: hinted~ * &ALT_9 * + * VERB]");
  ASSERT_NE(hinted, nullptr) << texts;
  auto words = [](const PatternArray<uint64_t>& m) { return std::vector<uint64_t>(m.begin(), m.end()); };
  EXPECT_EQ(words(d.synsets()[hinted->elems[1].synset].members[0]), (std::vector<uint64_t>{TokenHash("arms")}));
  EXPECT_EQ(words(d.synsets()[hinted->before[2].synset].members[0]), (std::vector<uint64_t>{TokenHash("plainly")}));
  // A synset named inside a disjunction stands for its members.
  const VerbPattern* banners = Find(d, "march * &ALT_11 * banners~");
  ASSERT_NE(banners, nullptr) << texts;
  EXPECT_EQ(d.synsets()[banners->elems[1].synset].members.size(), 3u);
  // `_` ties a word to the one before it; a blank is a gap.
  const VerbPattern* steps = Find(d, "march * step by step~ * home~");
  ASSERT_NE(steps, nullptr) << texts;
  std::vector<bool> joined;
  for (const PatternElem& e : steps->elems) joined.push_back(e.joined);
  EXPECT_EQ(joined, (std::vector<bool>{false, false, true, true, false, false}));
  // "FIRM~" is a stem: any word that begins with "firm" (not in the word
  // mask); a TABARI word without `_` after it is a stem too ("HOME" above).
  const VerbPattern* firm = Find(d, "march * firm~ step");
  ASSERT_NE(firm, nullptr) << texts;
  EXPECT_TRUE(firm->elems[1].stem);
  EXPECT_EQ(d.word_stem(firm->elems[1].synset), "firm");
  EXPECT_EQ(firm->word_mask, WordBit(TokenHash("step")));
}

TEST(PeerVerbsTest, CompoundActorSlots) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  LoadTabariVerbsText(
      "GRUMBLE [042]\n"
      "- % *  [030]\n"
      "- % OFTEN * TALKS [031]\n"
      "- * AGAINST % [032]\n"
      "- % * FROM $ [033]\n",
      "t.verbs", &d, WordTokenizer, &problems);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 1u) << All(problems);  // '%' and '$': no subject left for either
  const VerbPattern* both = Find(d, "grumble [compound subject %]");
  ASSERT_NE(both, nullptr);
  EXPECT_TRUE(both->compound_source);
  EXPECT_EQ(both->code, "030");
  const VerbPattern* talks = Find(d, "grumble * talks~ [before: often~ * VERB] [compound subject %]");
  ASSERT_NE(talks, nullptr) << All(problems);
  EXPECT_TRUE(talks->compound_source);
  const VerbPattern* against = Find(d, "grumble * against~ * %");
  ASSERT_NE(against, nullptr);
  EXPECT_TRUE(against->compound_target && against->has_target);
  EXPECT_FALSE(against->compound_source);
  std::ostringstream out;
  EXPECT_FALSE(WriteOursVerbs(d, out));
  EXPECT_NE(out.str().find("# the compound-actor slot '%' is not expressible"), std::string::npos) << out.str();
}

// PETRARCH keys an inflected verb of a block by its lemma for that form only.
TEST(PeerVerbsTest, PetrarchInflectedVerbNamesItsForm) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  VerbLexicon lex = TinyLexicon();
  LoadPetrarch2VerbsText(
      "--- ZONK  [012] ---\nZONK\n\n--- ZONKED  [032:033] ---\nZONKED\n- * GADGETS [034]\n",
      "v.txt", &d, WordTokenizer, &problems, nullptr, &lex);
  d.Compile(&problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems);
  const auto* list = d.PatternsFor(TokenHash("zonk"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ(d.pattern((*list)[0]).code, "034");  // most specific first
  EXPECT_EQ(d.pattern((*list)[0]).surface, TokenHash("zonked"));
  EXPECT_EQ(d.pattern((*list)[1]).code, "032");  // the form's own entry before the lemma's, at equal specificity
  EXPECT_EQ(d.pattern((*list)[1]).paired_code, "033");
  EXPECT_EQ(d.pattern((*list)[2]).code, "012");
  EXPECT_EQ(d.pattern((*list)[2]).surface, 0u);
}

TEST(PeerVerbsTest, PetrarchBlocks) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  std::vector<SynsetText> synsets;
  LoadPetrarch2VerbsText(
      "# invented CAMEO 2.0 style block\n"
      "&GIZMO_\n"
      "+WIDGET\n"
      "+DOOHICKEY\n"
      "# note\n"
      "+GADGET # a comment line does not end the synset\n"
      "\n"
      "---  TINKER   [070]  ---\n"
      "TINKER  # primary\n"
      "FIDDLE {FIDDLES FIDDLED } [071]\n"
      "+MESS_ABOUT\n"
      "OLD_+FIDGET\n"
      "- * (WITH &GIZMO)   [072]   # TINKER\n"
      "- * {BRASS KNOBS} (FOR +) [073:074]\n"
      "- (IN) *  [075]\n",
      "cameo.txt", &d, WordTokenizer, &problems, &synsets);
  d.Compile(&problems);
  EXPECT_EQ(Find(d, "tinker")->code, "070");
  EXPECT_EQ(Find(d, "fiddle")->code, "071");
  EXPECT_EQ(Find(d, "mess about")->code, "070");
  EXPECT_EQ(Find(d, "tinker * with &GIZMO")->code, "072");
  EXPECT_EQ(Find(d, "fiddle * with &GIZMO")->code, "072");
  EXPECT_EQ(Find(d, "mess about * with &GIZMO")->code, "072");
  EXPECT_EQ(Find(d, "tinker * brass knobs * for +")->code, "073");
  // Errors: OLD_+FIDGET (a word before the verb in a verb phrase).
  EXPECT_EQ(Errors(problems), 1u) << All(problems);
  // (IN) * : "in" somewhere before the verb.
  const VerbPattern* in = Find(d, "tinker [before: in * VERB]");
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->before.size(), 2u);
  ASSERT_EQ(synsets.size(), 1u);
  EXPECT_EQ(synsets[0].name, "GIZMO");
  EXPECT_EQ(synsets[0].members.size(), 3u);
}

TEST(PeerWriteTest, RoundTripThroughOurFormat) {
  ActorDictionary peer;
  std::vector<DictProblem> problems;
  LoadTabariActorsText("QUUXLAND [QUX]\n+QUUXIA\nZORG [ZRGGOV 991201-010114] [ZRG]\n", "t.actors", &peer, &problems);
  LoadTabariAgentsText("CLERK_ [~ADM]\n", "t.agents", &peer, &problems);
  std::ostringstream out;
  EXPECT_TRUE(WriteOursActors(peer, out));
  ActorDictionary ours;
  ours.LoadText(out.str(), "ours.txt", &problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems) << out.str();
  ASSERT_EQ(ours.entries().size(), peer.entries().size()) << out.str();
  for (size_t i = 0; i < ours.entries().size(); ++i) {
    EXPECT_EQ(ours.entries()[i].names, peer.entries()[i].names);
    ASSERT_EQ(ours.entries()[i].codes.size(), peer.entries()[i].codes.size());
    for (size_t k = 0; k < ours.entries()[i].codes.size(); ++k) {
      EXPECT_EQ(ours.entries()[i].codes[k].code, peer.entries()[i].codes[k].code);
      EXPECT_EQ(ours.entries()[i].codes[k].from, peer.entries()[i].codes[k].from);
      EXPECT_EQ(ours.entries()[i].codes[k].to, peer.entries()[i].codes[k].to);
    }
    EXPECT_EQ(ours.entries()[i].is_agent(), peer.entries()[i].is_agent());
  }

  VerbDictionary pv;
  std::vector<SynsetText> synsets;
  LoadTabariVerbsText(
      "<SYNSETS>\n&GADGET\n+SPROCKET\n</SYNSETS>\n"
      "WIBBLE [042]\n- * &GADGET [043]\n- * + OVER $ [044]\n- * TWICE [---]\n- * ODDLY [07X]\n",
      "t.verbs", &pv, WordTokenizer, &problems, &synsets);
  std::ostringstream vout, sout;
  EXPECT_FALSE(WriteOursVerbs(pv, vout));  // 07X is not a CAMEO code: written as a comment
  EXPECT_TRUE(WriteOursSynsets(synsets, sout));
  VerbDictionary ov;
  problems.clear();
  ov.LoadSynsetText(sout.str(), "synsets.txt", WordTokenizer, &problems);
  ov.LoadPatternText(vout.str(), "ours.txt", &problems);
  ov.Compile(&problems);
  EXPECT_EQ(Errors(problems), 0u) << All(problems) << vout.str();
  ASSERT_EQ(ov.patterns().size(), pv.patterns().size() - 1) << vout.str();
  for (size_t i = 0; i < ov.patterns().size(); ++i) {
    const VerbPattern& a = ov.patterns()[i];
    const VerbPattern& b = pv.patterns()[i];
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.verb, b.verb);
    std::string b_text(b.text);  // TABARI stems "OVER" are written as plain words (over~ -> over)
    b_text.erase(std::remove(b_text.begin(), b_text.end(), '~'), b_text.end());
    EXPECT_EQ(a.text, b_text);
    // A TABARI synset ranks below a word (peer.h); our format ranks them alike.
    int synsets_in_b = 0;
    for (const PatternElem& e : b.elems) synsets_in_b += e.kind == PatternElem::Kind::kSynset;
    EXPECT_EQ(a.specificity, b.specificity + synsets_in_b);
    ASSERT_EQ(a.elems.size(), b.elems.size());
    for (size_t k = 0; k < a.elems.size(); ++k) {
      EXPECT_EQ(a.elems[k].kind, b.elems[k].kind);
      EXPECT_EQ(a.elems[k].hash, b.elems[k].hash);
    }
  }
  EXPECT_NE(vout.str().find("# code '07X'"), std::string::npos);
}

// The TABARI validation dictionaries (GPL test fixtures), read where the
// shared suites live; skipped when they are not there.
TEST(PeerSharedTest, TabariValidationDictionaries) {
  std::string dir = std::string(dyad::SharedDir()) + "/suites/dictionaries/tabari_validate/";
  if (!std::filesystem::exists(dir + "TABARI.Demo.verbs")) GTEST_SKIP() << "no " << dir;
  ActorDictionary actors;
  VerbDictionary verbs;
  std::vector<DictProblem> problems;
  std::vector<SynsetText> synsets;
  PeerRole role;
  PeerFormat format;
  ASSERT_TRUE(LoadPeerDictionary(dir + "TABARI.Demo.actors", "TABARI.Demo.actors", &actors, &verbs, WordTokenizer,
                                 &problems, &synsets, &role, &format));
  EXPECT_EQ(role, PeerRole::kActors);
  EXPECT_EQ(format, PeerFormat::kTabari);
  size_t n_actors = actors.entries().size();
  ASSERT_TRUE(LoadPeerDictionary(dir + "Validate.agents", "Validate.agents", &actors, &verbs, WordTokenizer,
                                 &problems, &synsets, &role));
  EXPECT_EQ(role, PeerRole::kAgents);
  size_t n_agents = actors.entries().size() - n_actors;
  ASSERT_TRUE(LoadPeerDictionary(dir + "TABARI.Demo.verbs", "TABARI.Demo.verbs", &actors, &verbs, WordTokenizer,
                                 &problems, &synsets, &role));
  EXPECT_EQ(role, PeerRole::kVerbs);
  ASSERT_TRUE(LoadPeerDictionary(dir + "Validate.options", "Validate.options", &actors, &verbs, WordTokenizer,
                                 &problems, &synsets, &role));
  EXPECT_EQ(role, PeerRole::kOther);
  verbs.Compile(&problems);
  // Counted by hand from the files: primary phrases outside <NOUN> and
  // <ADJECTIVE> before ~~FINISH (two are skipped: a code block without a
  // code is reported), one agent per line.
  EXPECT_GE(n_actors, 120u);
  EXPECT_LE(n_actors, 135u);
  EXPECT_GE(n_agents, 85u);
  EXPECT_GE(verbs.patterns().size(), 250u);
  EXPECT_GE(synsets.size(), 3u);
  for (const ActorEntry& e : actors.entries()) EXPECT_FALSE(e.codes.empty());
}

// UD-PETRARCH's coding ontology goes to the verb dictionary (what negated
// verbs code in its reading), recognised by its file name.
TEST(PeerLoadTest, CodingOntologyFile) {
  std::string path = (std::filesystem::temp_directory_path() / "dyad_peer_test_Coding_Ontology.txt").string();
  {
    std::ofstream out(path);
    out << "# invented values\n040:0x0080\n190:0xFFFF+0x0080 # not fighting is consulting\n";
  }
  EXPECT_EQ(SniffDictionaryRole(path, ""), PeerRole::kOther);
  ActorDictionary actors;
  VerbDictionary verbs;
  std::vector<DictProblem> problems;
  ASSERT_TRUE(LoadPeerDictionary(path, "Coding_Ontology.txt", &actors, &verbs, WordTokenizer, &problems));
  std::filesystem::remove(path);
  EXPECT_TRUE(problems.empty()) << All(problems);
  EXPECT_EQ(verbs.ontology().Negation("190"), "040");
  EXPECT_TRUE(actors.entries().empty());
}

}  // namespace
}  // namespace dyad
