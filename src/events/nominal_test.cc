#include "events/nominal.h"

#include <gtest/gtest.h>

#include "analysis/clauses.h"
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
    "0841 release 's=+\n";

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
  Doc doc_;
  std::vector<CoderTrace> trace_;
};

TEST_F(NominalTest, PossessorIsTheAgentWhenAnOfPhraseNamesThePatient) {
  EXPECT_EQ(Code("Washington/NNP 's/POS revocation/NN of/IN Petro/NNP 's/POS visa/NN angered/VBD/anger Bogota/NNP ./.",
                 {{0, 1, "USAGOV"}, {4, 5, "COLGOV"}, {9, 10, "COL"}}),
            (V{"USAGOV>COLGOV:172"}))
      << Trace();
  // The evidence cites the entry and the trigger words.
  EXPECT_NE(doc_.events[0].pattern.find("nouns.txt:8 revocation * &VISA"), std::string::npos);
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

}  // namespace
}  // namespace dyad
