#include "events/nominal.h"

#include <gtest/gtest.h>

#include "analysis/clauses.h"
#include "model/cache_file.h"
#include "testing/tagged_tokens.h"
#include "testing/word_tokenizer.h"

namespace dyad {
namespace {

using V = std::vector<std::string>;

// Entries written for these tests, in the format of data/verbs/nouns.txt.
constexpr std::string_view kNouns =
    "@source by | on behalf of\n"
    "@target against | on | toward\n"
    "@mutual between\n"
    "@place in | at\n"
    "@patient of\n"
    "@light carry | stage | announce | impose\n"
    "@block demand | call\n"
    "@unreal proposed | risk\n"
    "@state on\n"
    "@unreported against | since\n"
    "143 strike of=$ pre=-\n"
    "172 revocation * &VISA\n"
    "172 visa revocation\n"
    "173 arrest 's=+\n"
    "163 sanction\n"
    "195 airstrike of=$\n"
    "190 attack of=$\n"
    "141 protest of=$\n"
    "040 talk with=+\n"
    "042 visit of=$ to=+\n"
    "--- press release\n"
    "141 march of=$\n"
    "0841 release 's=+\n"
    "@light confirm | order\n"
    "@report announce | confirm\n"
    "190 killing 's=+\n"
    "@quantity series | number\n";

class NominalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto v = std::make_shared<VerbDictionary>();
    std::vector<DictProblem> problems;
    v->LoadSynsetText("&VISA = visa | entry visa\n&SANCTION = sanction | embargo\n", "synsets.txt", testing::WordTokenizer, &problems);
    v->LoadControlText("@speech say\n@irrealis want\n", "control.txt", &problems);
    v->LoadPatternText("163 impose &SANCTION\n111 condemn\n", "verbs.txt", &problems);
    v->Compile(&problems);
    auto n = std::make_shared<NounDictionary>();
    n->LoadText(kNouns, "nouns.txt", &problems);
    n->Compile(*v, &problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    verbs_ = v;
    nouns_ = n;
    options_.nouns = nouns_;
  }

  struct A { uint32_t b, e; std::string code; };
  V Code(std::string_view tagged, std::vector<A> actors) {
    doc_ = Doc{};
    testing::TaggedTokenize(tagged, &doc_);
    doc_.article.published = Date::Day(2025, 9, 27);
    for (auto& s : doc_.sentences) s.date = doc_.article.published;
    doc_.times = times_;
    for (auto& a : actors) {
      ActorMention m;
      m.tokens = {a.b, a.e};
      m.code = a.code;
      m.is_agent = a.code.ends_with("COP");
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
        if (doc_.sentences[s].tokens.contains(a.b)) m.sentence = s;
      doc_.actors.push_back(m);
    }
    ClauseAnalyzerOptions o;
    auto v = verbs_;
    o.is_speech = [v](uint64_t h) { return v->IsSpeech(h); };
    ClauseAnalyzer(o).Run(doc_);
    trace_.clear();
    EventCoder(verbs_, options_).Code(doc_, &trace_);
    V out;
    for (const auto& e : doc_.events) out.push_back(e.source + ">" + e.target + ":" + e.code);
    return out;
  }
  std::string Trace() const {
    std::string s;
    for (const auto& t : trace_) s += t.message + "\n";
    return s;
  }

  std::shared_ptr<const VerbDictionary> verbs_;
  std::shared_ptr<const NounDictionary> nouns_;
  EventCoderOptions options_;
  std::vector<TimeExpr> times_;  // time expressions the next Code() gets
  Doc doc_;
  std::vector<CoderTrace> trace_;
};

TEST_F(NominalTest, PossessorIsTheAgentWhenAnOfPhraseNamesThePatient) {
  EXPECT_EQ(Code("Washington/NNP 's/POS revocation/NN of/IN Petro/NNP 's/POS visa/NN angered/VBD/anger Bogota/NNP ./.",
                 {{0, 1, "USAGOV"}, {4, 5, "COLGOV"}, {9, 10, "COL"}}),
            (V{"USAGOV>COLGOV:172"}))
      << Trace();
  // The evidence cites the entry and the trigger words.
  EXPECT_NE(doc_.events[0].pattern.find("nouns.txt:12 revocation * &VISA"), std::string::npos);
  EXPECT_EQ(doc_.text(doc_.events[0].trigger), "revocation of Petro 's visa");  // the test tokenizer keeps spaces
  EXPECT_NE(Trace().find("noun 'revocation': coded 172"), std::string::npos);
}

TEST_F(NominalTest, PossessorIsThePatientOfATransitiveActWithoutOf) {
  // "Maduro's arrest by police": done to Maduro, by the police.
  EXPECT_EQ(Code("Maduro/NNP 's/POS arrest/NN by/IN police/NNS shocked/VBD/shock Caracas/NNP ./.",
                 {{0, 1, "VENGOV"}, {4, 5, "VENCOP"}, {7, 8, "VEN"}}),
            (V{"VENCOP>VENGOV:173"}))
      << Trace();
}

TEST_F(NominalTest, ByAndOfPhrases) {
  EXPECT_EQ(Code("The/DT arrest/NN of/IN the/DT opposition/NN leader/NN by/IN police/NNS sparked/VBD/spark anger/NN ./.",
                 {{3, 6, "COLOPP"}, {7, 8, "COLCOP"}}),
            (V{"COLCOP>COLOPP:173"}))
      << Trace();
}

// The scan for trigger nouns takes a common noun (NN, NNS) whose lemma or
// form heads an entry: the same word tagged as a name or a verb is none,
// and a noun that heads nothing ("leader") is stepped over.
TEST_F(NominalTest, OnlyACommonNounHeadsATrigger) {
  const std::vector<A> actors = {{3, 6, "COLOPP"}, {7, 8, "COLCOP"}};
  EXPECT_EQ(Code("The/DT arrests/NNS/arrest of/IN the/DT opposition/NN leader/NN by/IN police/NNS sparked/VBD/spark anger/NN ./.",
                 actors),
            (V{"COLCOP>COLOPP:173"}))
      << Trace();
  EXPECT_EQ(Code("The/DT Arrest/NNP of/IN the/DT opposition/NN leader/NN by/IN police/NNS sparked/VBD/spark anger/NN ./.",
                 actors),
            V{})
      << Trace();
  EXPECT_EQ(Code("They/PRP arrest/VBP of/IN the/DT opposition/NN leader/NN by/IN police/NNS sparked/VBD/spark anger/NN ./.",
                 actors),
            V{})
      << Trace();
}

TEST_F(NominalTest, ModifierBeforeTheNoun) {
  // A demonym or abbreviation before the noun is its agent ...
  EXPECT_EQ(Code("Israeli/JJ airstrikes/NNS/airstrike on/IN Gaza/NNP killed/VBD/kill 20/CD people/NNS ./.",
                 {{0, 1, "ISR"}, {3, 4, "PSE"}}),
            (V{"ISR>PSE:195"}))
      << Trace();
  // ... a country's plain name is not ("Russia sanctions" are on Russia).
  EXPECT_EQ(Code("Russia/NNP sanctions/NNS/sanction hurt/VBD/hurt Germany/NNP ./.", {{0, 1, "RUS"}, {3, 4, "DEU"}}), V{})
      << Trace();
}

// The verb coder hands CodeNounTriggers its own token -> actor maps when they
// cover every mention: coding with them must give what coding with the maps
// it builds itself gives, and the maps handed in are the ones read.
TEST_F(NominalTest, ActorMapsHandedInAreTheOnesRead) {
  Code("Iranian/JJ airstrikes/NNS/airstrike on/IN Basra/NNP stopped/VBD/stop trade/NN ./.",
       {{0, 1, "IRN"}, {3, 4, "IRQ"}});
  auto events = [&] {
    V out;
    for (const auto& e : doc_.events) out.push_back(e.source + ">" + e.target + ":" + e.code);
    return out;
  };
  // No verb pattern codes this sentence: each run below starts with no event.
  doc_.events.clear();
  CodeNounTriggers(*nouns_, *verbs_, options_, doc_, nullptr);
  EXPECT_EQ(events(), (V{"IRN>IRQ:195"}));
  std::vector<uint32_t> starts(doc_.tokens.size(), kNone32), covers(doc_.tokens.size(), kNone32);
  starts[0] = covers[0] = 0;
  starts[3] = covers[3] = 1;
  doc_.events.clear();
  CodeNounTriggers(*nouns_, *verbs_, options_, doc_, nullptr, &starts, &covers);
  EXPECT_EQ(events(), (V{"IRN>IRQ:195"}));
  // Maps that name no actor: no agent, no target, no event.
  const std::vector<uint32_t> empty(doc_.tokens.size(), kNone32);
  doc_.events.clear();
  CodeNounTriggers(*nouns_, *verbs_, options_, doc_, nullptr, &empty, &empty);
  EXPECT_EQ(events(), V{});
}

TEST_F(NominalTest, LightVerbSubjectIsTheSource) {
  EXPECT_EQ(Code("Colombia/NNP announced/VBD/announce the/DT arrest/NN of/IN Otoniel/NNP ./.",
                 {{0, 1, "COLGOV"}, {5, 6, "COLREB"}}),
            (V{"COLGOV>COLREB:173"}))
      << Trace();
  // Not under a verb of demanding: the release has not happened.
  EXPECT_EQ(Code("Colombia/NNP demanded/VBD/demand the/DT release/NN of/IN the/DT hostages/NNS by/IN the/DT ELN/NNP ./.",
                 {{0, 1, "COLGOV"}, {9, 10, "COLREB"}}),
            V{})
      << Trace();
  EXPECT_NE(Trace().find("under 'demand'"), std::string::npos);
  // An ordinary verb lends no source: "Colombia welcomed the arrest of Otoniel" names no arrester.
  EXPECT_EQ(Code("Colombia/NNP welcomed/VBD/welcome the/DT arrest/NN of/IN Otoniel/NNP ./.",
                 {{0, 1, "COLGOV"}, {5, 6, "COLREB"}}),
            V{});
}

TEST_F(NominalTest, ANounTakesTheClauseOfItsOwnSentence) {
  // The arrest's clause is the second sentence's "announced" (a light verb
  // lending its subject), not the first sentence's "demanded", under which
  // the noun would be blocked; the third sentence has a clause after it.
  EXPECT_EQ(Code("Colombia/NNP demanded/VBD/demand the/DT release/NN of/IN the/DT hostages/NNS ./.\n"
                 "Bogota/NNP announced/VBD/announce the/DT arrest/NN of/IN Otoniel/NNP ./.\n"
                 "Peru/NNP condemned/VBD/condemn him/PRP ./.",
                 {{0, 1, "COLGOV"}, {8, 9, "COLGOV"}, {13, 14, "COLREB"}, {15, 16, "PER"}}),
            (V{"COLGOV>COLREB:173"}))
      << Trace();
}

TEST_F(NominalTest, NoDoubleCodingWithTheVerb) {
  // "imposed sanctions on Venezuela": the verb pattern codes it, the noun does not again.
  EXPECT_EQ(Code("The/DT US/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN Venezuela/NNP ./.",
                 {{1, 2, "USA"}, {5, 6, "VEN"}}),
            (V{"USA>VEN:163"}));
  EXPECT_NE(doc_.events[0].pattern.find("verbs.txt"), std::string::npos);
}

TEST_F(NominalTest, TargetRequiredUnlessTheRootMayLackOne) {
  // A protest needs no target; an attack does.
  EXPECT_EQ(Code("A/DT protest/NN by/IN farmers/NNS blocked/VBD/block the/DT road/NN ./.", {{3, 4, "COLAGR"}}),
            (V{"COLAGR>:141"}))
      << Trace();
  EXPECT_EQ(Code("An/DT attack/NN by/IN rebels/NNS killed/VBD/kill two/CD ./.", {{3, 4, "COLREB"}}), V{}) << Trace();
  EXPECT_NE(Trace().find("names no target"), std::string::npos);
}

TEST_F(NominalTest, HypotheticalNegatedAndNullEntries) {
  EXPECT_EQ(Code("U.S./NNP sanctions/NNS/sanction against/IN Cuba/NNP would/MD hurt/VB/hurt ./.",
                 {{0, 1, "USA"}, {3, 4, "CUB"}}),
            V{});
  EXPECT_EQ(Code("U.S./NNP sanctions/NNS/sanction against/IN Cuba/NNP hurt/VBD/hurt ./.", {{0, 1, "USA"}, {3, 4, "CUB"}}),
            (V{"USA>CUB:163"}))
      << Trace();
  EXPECT_EQ(Code("Cuba/NNP 's/POS press/NN release/NN on/IN Spain/NNP angered/VBD/anger Madrid/NNP ./.",
                 {{0, 1, "CUB"}, {5, 6, "ESP"}, {7, 8, "ESP"}}),
            V{});
}

TEST_F(NominalTest, EntryPrepositionsAndMutualPhrases) {
  EXPECT_EQ(Code("Obama/NNP 's/POS visit/NN to/TO Hanoi/NNP ended/VBD/end ./.", {{0, 1, "USAGOV"}, {4, 5, "VNM"}}),
            (V{"USAGOV>VNM:042"}))
      << Trace();
  EXPECT_EQ(Code("Talks/NNS/talk between/IN Colombia/NNP and/CC the/DT ELN/NNP resumed/VBD/resume ./.",
                 {{2, 3, "COLGOV"}, {5, 6, "COLREB"}}),
            (V{"COLGOV>COLREB:040", "COLREB>COLGOV:040"}))
      << Trace();
}

// PrepAt skips the file's default prepositions and patient words where
// none starts (MayStartPrep); a dictionary loaded but not compiled has no
// filter. Both must read every token alike.
TEST_F(NominalTest, PrepositionFilterReadsAsTheFullScan) {
  NounDictionary unfiltered;
  std::vector<DictProblem> problems;
  unfiltered.LoadText(kNouns, "nouns.txt", &problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_TRUE(unfiltered.MayStartPrep(TokenHash("riot")));  // no filter before Compile
  EXPECT_TRUE(nouns_->MayStartPrep(TokenHash("on")));       // @target, @state
  EXPECT_TRUE(nouns_->MayStartPrep(TokenHash("of")));       // @patient
  EXPECT_FALSE(nouns_->MayStartPrep(TokenHash("riot")));
  std::vector<Token> toks;
  for (std::string_view w : {"a", "visit", "by", "ministers", "on", "behalf", "of", "the", "riot", "police", "between",
                             "rivals", "against", "towns", "in", "the", "north", "since", "monday"}) {
    Token t;
    t.lower_hash = t.lemma_hash = TokenHash(w);
    toks.push_back(t);
  }
  const uint32_t n = static_cast<uint32_t>(toks.size());
  size_t found = 0;
  for (const NounPattern& p : nouns_->patterns())
    for (uint32_t at = 0; at < n; ++at) {
      uint32_t len = 7, len_all = 7;
      const NounRole r = nouns_->PrepAt(p, toks, at, n, &len);
      EXPECT_EQ(r, unfiltered.PrepAt(p, toks, at, n, &len_all)) << p.text << " at " << at;
      EXPECT_EQ(len, len_all) << p.text << " at " << at;
      found += r != NounRole::kNone;
    }
  EXPECT_GT(found, 0u);  // the defaults were found where they stand ("on behalf of" among them)
}

// The head filter (MayBeHead: a hash's top 6 bits pick a word, its low 6
// a bit) lets every entry's head through, in the compiled dictionary and
// in one restored from the cache (which rebuilds the filter from the
// heads); a word that heads nothing is mostly turned away, and both
// dictionaries answer alike for it.
TEST_F(NominalTest, HeadFilterLetsEveryHeadThrough) {
  CacheWriter w;
  nouns_->Save(&w);
  CacheReader r(w.bytes());
  NounDictionary restored;
  ASSERT_TRUE(restored.Restore(&r, verbs_->synsets().size()));
  ASSERT_EQ(restored.patterns().size(), nouns_->patterns().size());
  for (const NounPattern& p : nouns_->patterns()) {
    EXPECT_TRUE(nouns_->MayBeHead(p.head)) << p.text;
    EXPECT_TRUE(restored.MayBeHead(p.head)) << p.text;
    EXPECT_NE(nouns_->PatternsFor(p.head), nullptr) << p.text;
  }
  size_t words = 0, turned_away = 0;
  for (std::string_view word : {"harbour", "lantern", "orchard", "glacier", "violin", "tractor", "meadow", "pebble",
                                "monsoon", "ferry", "quarry", "saddle", "thimble", "walrus", "zither", "canopy"}) {
    const uint64_t h = TokenHash(word);
    EXPECT_EQ(nouns_->PatternsFor(h), nullptr) << word;
    EXPECT_EQ(nouns_->MayBeHead(h), restored.MayBeHead(h)) << word;
    ++words;
    turned_away += !nouns_->MayBeHead(h);
  }
  // The fixture's heads (fewer than 16) set at most 16 of 4,096 bits: a
  // word that heads nothing passes with odds of ~1 in 256, so two of these
  // sixteen passing already means a filter that lets (nearly) all through.
  EXPECT_GE(turned_away, words - 1);
}

TEST_F(NominalTest, CompoundNounAndLintProblems) {
  EXPECT_EQ(Code("Washington/NNP 's/POS visa/NN revocation/NN against/IN Petro/NNP stands/VBZ/stand ./.",
                 {{0, 1, "USAGOV"}, {5, 6, "COLGOV"}}),
            (V{"USAGOV>COLGOV:172"}))
      << Trace();
  NounDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText("@nonsense x\n99x arrest\n173 arrest of=?\n173 arrest\n173 arrest\n172 revocation * &NOPE\n", "n.txt",
             &problems);
  VerbDictionary empty;
  d.Compile(empty, &problems);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_NE(problems[0].message.find("unknown directive"), std::string::npos);
  EXPECT_NE(problems[1].message.find("expected 'CODE NOUN"), std::string::npos);
  EXPECT_NE(problems[2].message.find("a role is"), std::string::npos);
  EXPECT_NE(problems[3].message.find("duplicate"), std::string::npos);
  EXPECT_FALSE(problems[3].error);
  EXPECT_NE(problems[4].message.find("unknown synset &NOPE"), std::string::npos);
}

TEST_F(NominalTest, PossibilitiesAndActsOpposedAreNotReported) {
  // @unreal before the noun, or before its "of".
  EXPECT_EQ(Code("The/DT proposed/VBN/propose U.S./NNP sanctions/NNS/sanction on/IN Cuba/NNP hurt/VBD/hurt trade/NN ./.",
                 {{2, 3, "USA"}, {5, 6, "CUB"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("The/DT risk/NN of/IN an/DT Iranian/JJ attack/NN on/IN U.S./NNP ships/NNS is/VBZ/be low/JJ ./.",
                 {{4, 5, "IRN"}, {7, 8, "USA"}}),
            V{})
      << Trace();
  // The object of "against": the visit is what was protested.
  EXPECT_EQ(Code("Crowds/NNS marched/VBD/march against/IN the/DT visit/NN of/IN Obama/NNP to/TO Hanoi/NNP ./.",
                 {{6, 7, "USAGOV"}, {8, 9, "VNM"}}),
            V{})
      << Trace();
  EXPECT_NE(Trace().find("object of 'against'"), std::string::npos);
}

TEST_F(NominalTest, LightVerbLendsItsSubjectOnlyToItsObject) {
  EXPECT_EQ(Code("Rebels/NNS staged/VBD/stage an/DT attack/NN on/IN Colombia/NNP ./.", {{0, 1, "COLREB"}, {5, 6, "COL"}}),
            (V{"COLREB>COL:190"}))
      << Trace();
  // "the attack" is not the object of "staged" here: the march is.
  EXPECT_EQ(Code("Rebels/NNS staged/VBD/stage a/DT march/NN after/IN the/DT attack/NN on/IN Colombia/NNP ./.",
                 {{0, 1, "COLREB"}, {8, 9, "COL"}}),
            (V{"COLREB>:141"}))
      << Trace();
}

TEST_F(NominalTest, APhraseAfterOneWithoutActorAttachesToThatOne) {
  // "of Pinochet" is the rule's, not the protesters'.
  EXPECT_EQ(Code("Protests/NNS/protest against/IN the/DT military/JJ rule/NN of/IN Pinochet/NNP grew/VBD/grow ./.",
                 {{3, 4, "CHLMIL"}, {6, 7, "CHLGOV"}}),
            V{})
      << Trace();
  // But the agent of "the arrest of two activists by police" is the arrest's.
  EXPECT_EQ(Code("The/DT arrest/NN of/IN two/CD activists/NNS/activist by/IN police/NNS angered/VBD/anger Cuba/NNP ./.",
                 {{6, 7, "CUBCOP"}, {8, 9, "CUB"}}),
            V{})  // no target: the activists name no actor
      << Trace();
  EXPECT_NE(Trace().find("names no target"), std::string::npos);
}

TEST_F(NominalTest, SpanishPhrases) {
  NounDictionary es;
  std::vector<DictProblem> problems;
  es.LoadText(
      "@source por parte de | por parte del | por\n@target contra\n@patient de | del\n"
      "173 detención\n163 sanción de=$\n141 protesta de=$\n",
      "es/nouns.txt", &problems);
  es.Compile(*verbs_, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  options_.nouns = std::make_shared<NounDictionary>(es);
  // "por parte del" names the agent, "del" the one acted on.
  EXPECT_EQ(Code("La/DT detención/NN del/IN/de alcalde/NN por/IN parte/NN del/IN/de Ejército/NNP ./.",
                 {{3, 4, "COLGOV"}, {7, 8, "COLMIL"}}),
            (V{"COLMIL>COLGOV:173"}))
      << Trace();
  // A country adjective after the noun is its agent ...
  EXPECT_EQ(Code("Las/DT sanciones/NNS/sanción estadounidenses/JJ contra/IN Venezuela/NNP ./.",
                 {{2, 3, "USA"}, {4, 5, "VEN"}}),
            (V{"USA>VEN:163"}))
      << Trace();
  // ... but not any actor: "protestas populares" are no party's.
  EXPECT_EQ(Code("Las/DT protestas/NNS/protesta populares/JJ crecen/VBP/crecer ./.", {{2, 3, "ESPGOVPTY"}}), V{})
      << Trace();
  // In "por la supuesta movilización militar" the actor only describes the noun.
  EXPECT_EQ(Code("La/DT protesta/NN por/IN la/DT supuesta/JJ movilización/NN militar/JJ ./.", {{6, 7, "HNDMIL"}}), V{})
      << Trace();
}

TEST_F(NominalTest, ActorsOnStrike) {
  EXPECT_EQ(Code("Dock/NN workers/NNS/worker on/IN strike/NN blocked/VBD/block the/DT port/NN ./.", {{1, 2, "COLLAB"}}),
            (V{"COLLAB>:143"}))
      << Trace();
  // "pre=-": a country before "strike" names no striker (a U.S. strike is military).
  EXPECT_EQ(Code("The/DT U.S./NNP strike/NN ended/VBD/end ./.", {{1, 2, "USA"}}), V{}) << Trace();
}

TEST_F(NominalTest, TimesAndFutures) {
  // A time in the noun's phrase dates the event ...
  TimeExpr monday;
  monday.tokens = {0, 1};
  monday.value = Date::Day(2025, 9, 22);
  monday.kind = TimeKind::kWeekday;
  times_ = {monday};
  EXPECT_EQ(Code("Monday/NNP 's/POS U.S./NNP attack/NN on/IN Iran/NNP raised/VBD/raise prices/NNS/price ./.",
                 {{2, 3, "USA"}, {5, 6, "IRN"}}),
            (V{"USA>IRN:190"}))
      << Trace();
  EXPECT_EQ(doc_.events[0].date, Date::Day(2025, 9, 22));
  // ... and one after the publication date makes it an announcement.
  TimeExpr next;
  next.tokens = {4, 6};
  next.value = Date::Day(2025, 10, 3);
  next.kind = TimeKind::kRelative;
  times_ = {next};
  EXPECT_EQ(Code("A/DT visit/NN to/TO Hanoi/NNP next/JJ week/NN by/IN Obama/NNP was/VBD/be announced/VBN/announce ./.",
                 {{3, 4, "VNM"}, {7, 8, "USAGOV"}}),
            V{})
      << Trace();
  times_.clear();
  // A noun in the subject of a future or negated clause has not happened.
  EXPECT_EQ(Code("A/DT visit/NN to/TO Hanoi/NNP by/IN Obama/NNP will/MD change/VB/change nothing/NN ./.",
                 {{3, 4, "VNM"}, {5, 6, "USAGOV"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("A/DT visit/NN to/TO Hanoi/NNP by/IN Obama/NNP changed/VBD/change nothing/NN ./.",
                 {{3, 4, "VNM"}, {5, 6, "USAGOV"}}),
            (V{"USAGOV>VNM:042"}))
      << Trace();
}

// After a passive verb a noun in an adjunct is not what the verb governs:
// the talks were demanded, the protest took place. In the subject it is.
TEST_F(NominalTest, NounAfterAPassiveIsNotGovernedByIt) {
  EXPECT_EQ(Code("Talks/NNS were/VBD/be demanded/VBN/demand after/IN the/DT protest/NN of/IN farmers/NNS ./.",
                 {{7, 8, "PEROPP"}}),
            (V{"PEROPP>:141"}))
      << Trace();
  EXPECT_EQ(Code("The/DT protest/NN of/IN farmers/NNS was/VBD/be demanded/VBN/demand ./.", {{3, 4, "PEROPP"}}), V{})
      << Trace();
}

TEST_F(NominalTest, APassiveLightVerbLendsItsAgent) {
  // "The arrest of the mayor was ordered by the government": the passive's
  // subject is the light verb's object, its "by" phrase the doer.
  EXPECT_EQ(Code("The/DT arrest/NN of/IN the/DT mayor/NN was/VBD/be ordered/VBN/order by/IN the/DT government/NN ./.",
                 {{3, 5, "VENGOV"}, {8, 10, "COLGOV"}}),
            (V{"COLGOV>VENGOV:173"}))
      << Trace();
  EXPECT_NE(Trace().find("agent of the passive 'order'"), std::string::npos) << Trace();
  // No "by" phrase: nobody named who arrested.
  EXPECT_EQ(Code("The/DT arrest/NN of/IN the/DT mayor/NN was/VBD/be announced/VBN/announce ./.", {{3, 5, "VENGOV"}}), V{})
      << Trace();
  // A verb of demanding in the passive still blocks it.
  EXPECT_EQ(Code("The/DT arrest/NN of/IN the/DT mayor/NN was/VBD/be demanded/VBN/demand by/IN the/DT government/NN ./.",
                 {{3, 5, "VENGOV"}, {8, 10, "COLGOV"}}),
            V{})
      << Trace();
  // Negated: nothing ordered.
  EXPECT_EQ(Code("The/DT arrest/NN of/IN the/DT mayor/NN was/VBD/be not/RB ordered/VBN/order by/IN the/DT government/NN ./.",
                 {{3, 5, "VENGOV"}, {9, 11, "COLGOV"}}),
            V{})
      << Trace();
  // The noun must head the subject: the trial was ordered, not the attack.
  EXPECT_EQ(Code("The/DT trial/NN of/IN the/DT men/NNS behind/IN the/DT attack/NN on/IN Israel/NNP was/VBD/be "
                 "ordered/VBN/order by/IN the/DT court/NN ./.",
                 {{9, 10, "ISR"}, {13, 15, "EGYJUD"}}),
            V{})
      << Trace();
}

TEST_F(NominalTest, AQuantityOfActsIsTheLightVerbsObject) {
  // "carried out a series of arrests": the quantity's "of" governs the noun.
  EXPECT_EQ(Code("Police/NNS carried/VBD/carry out/RP a/DT series/NN of/IN arrests/NNS/arrest of/IN rebels/NNS ./.",
                 {{0, 1, "COLCOP"}, {8, 9, "COLREB"}}),
            (V{"COLCOP>COLREB:173"}))
      << Trace();
  // An ordinary verb lends no subject, quantity or not.
  EXPECT_EQ(Code("Police/NNS welcomed/VBD/welcome a/DT series/NN of/IN arrests/NNS/arrest of/IN rebels/NNS ./.",
                 {{0, 1, "COLCOP"}, {7, 8, "COLREB"}}),
            V{})
      << Trace();
  // A noun that is no quantity heads its own phrase: a review of arrests is no arrest.
  EXPECT_EQ(Code("Police/NNS carried/VBD/carry out/RP a/DT review/NN of/IN arrests/NNS/arrest of/IN rebels/NNS ./.",
                 {{0, 1, "COLCOP"}, {8, 9, "COLREB"}}),
            V{})
      << Trace();
}

TEST_F(NominalTest, AReportingVerbLendsOnlyAnArmedSubjectNotTheStruckSide) {
  // The army confirming a killing it did.
  EXPECT_EQ(Code("The/DT Israeli/JJ army/NN confirmed/VBD/confirm the/DT killing/NN of/IN a/DT Hamas/NNP commander/NN ./.",
                 {{0, 3, "ISRMIL"}, {7, 9, "PSEREB"}}),
            (V{"ISRMIL>PSEREB:190"}))
      << Trace();
  // The struck side reporting the attack on its own base did not attack it.
  EXPECT_EQ(Code("The/DT Pentagon/NNP confirmed/VBD/confirm the/DT attack/NN on/IN the/DT US/NNP base/NN ./.",
                 {{1, 2, "USAMIL"}, {7, 8, "USA"}}),
            V{})
      << Trace();
  EXPECT_NE(Trace().find("(@report)"), std::string::npos) << Trace();
  // A government reporting violence names no doer by that.
  EXPECT_EQ(Code("Nigeria/NNP confirmed/VBD/confirm the/DT killing/NN of/IN a/DT Japanese/JJ engineer/NN ./.",
                 {{0, 1, "NGA"}, {6, 7, "JPN"}}),
            V{})
      << Trace();
  // The doer named in the noun's own phrase is kept.
  EXPECT_EQ(Code("Nigeria/NNP confirmed/VBD/confirm the/DT killing/NN of/IN a/DT Japanese/JJ engineer/NN by/IN rebels/NNS ./.",
                 {{0, 1, "NGA"}, {6, 7, "JPN"}, {9, 10, "NGAREB"}}),
            (V{"NGAREB>JPN:190"}))
      << Trace();
  // Not violence: a government announces arrests it made.
  EXPECT_EQ(Code("Colombia/NNP announced/VBD/announce the/DT arrest/NN of/IN Otoniel/NNP ./.",
                 {{0, 1, "COLGOV"}, {5, 6, "COLREB"}}),
            (V{"COLGOV>COLREB:173"}))
      << Trace();
  // A light verb that does not only report keeps its subject: "carried out".
  EXPECT_EQ(Code("The/DT Pentagon/NNP carried/VBD/carry out/RP the/DT attack/NN on/IN Iraq/NNP ./.",
                 {{1, 2, "USAMIL"}, {7, 8, "IRQ"}}),
            (V{"USAMIL>IRQ:190"}))
      << Trace();
}

}  // namespace
}  // namespace dyad
