#include "events/coder.h"

#include <gtest/gtest.h>

#include "testing/word_tokenizer.h"

#include "analysis/clauses.h"
#include "testing/tagged_tokens.h"

namespace dyad {
namespace {

using testing::WordTokenizer;

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = std::make_shared<VerbDictionary>();
    std::vector<DictProblem> problems;
    d->LoadSynsetText("&SANCTION = sanction | tariff | penalty\n&ALLEGING = say | claim | allege\n", "synsets.txt",
                      WordTokenizer, &problems);
    d->LoadControlText("@speech say | write\n@irrealis want | urge | vow\n@implicative manage\n@intent vow | ready\n", "control.txt", &problems);
    d->LoadPatternText(
        "112 accuse + of\n"
        "112 accuse\n"
        "111 condemn\n"
        "172 revoke * visa\n"
        "130 threaten\n"
        "1312 threaten + with &SANCTION\n"
        "1312 threaten &SANCTION\n"
        "025 urge + to\n"
        "190 attack\n"
        "042 visit\n"
        "141 protest\n"
        "072 receive * weapon from $\n"
        "--- say\n",
        "verbs.txt", &problems);
    d->Compile(&problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    verbs_ = d;
  }

  // Tagged text; actors as {begin, end, code}.
  struct A { uint32_t b, e; std::string code; bool also = false; };
  std::vector<std::string> Code(std::string_view tagged, std::vector<A> actors) {
    doc_ = Doc{};
    testing::TaggedTokenize(tagged, &doc_);
    doc_.article.published = Date::Day(2025, 9, 27);
    doc_.article.defaults = defaults_;
    doc_.article.tabari = tabari_;
    doc_.article.forward_subjects = forward_;
    doc_.article.forwarded_subject = forwarded_;
    doc_.article.null_targets = null_targets_;
    for (auto& s : doc_.sentences) s.date = doc_.article.published;
    for (auto& a : actors) {
      ActorMention m;
      m.tokens = {a.b, a.e};
      m.code = a.code;
      m.also_code = a.also;
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
        if (doc_.sentences[s].tokens.contains(a.b)) m.sentence = s;
      doc_.actors.push_back(m);
    }
    ClauseAnalyzerOptions o;
    auto v = verbs_;
    o.is_speech = [v](uint64_t h) { return v->IsSpeech(h); };
    o.serial_comma_subjects = serial_comma_;
    ClauseAnalyzer(o).Run(doc_);
    EventCoder coder(verbs_, options_);
    trace_.clear();
    coder.Code(doc_, &trace_);
    std::vector<std::string> out;
    for (const auto& e : doc_.events) out.push_back(e.source + ">" + e.target + ":" + e.code);
    return out;
  }
  // Replaces the fixture's dictionary with these control lines and patterns.
  void UseVerbs(std::string_view control, std::string_view patterns, std::string_view synsets = {}) {
    auto d = std::make_shared<VerbDictionary>();
    std::vector<DictProblem> problems;
    if (!synsets.empty()) d->LoadSynsetText(synsets, "synsets.txt", WordTokenizer, &problems);
    d->LoadControlText(control, "control.txt", &problems);
    d->LoadPatternText(patterns, "verbs.txt", &problems);
    d->Compile(&problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    verbs_ = d;
  }
  std::string Trace() {
    std::string s;
    for (auto& t : trace_) s += t.message + "\n";
    return s;
  }

  std::shared_ptr<VerbDictionary> verbs_;
  EventCoderOptions options_;
  Article::CodingDefaults defaults_;
  Article::TabariLimits tabari_;
  bool forward_ = false;
  bool serial_comma_ = false;
  bool null_targets_ = false;
  std::string forwarded_;
  Doc doc_;
  std::vector<CoderTrace> trace_;
};

using V = std::vector<std::string>;

TEST_F(CoderTest, MostSpecificPatternWins) {
  EXPECT_EQ(Code("Petro/NNP accused/VBD/accuse the/DT US/NNP of/IN meddling/VBG/meddle ./.",
                 {{0, 1, "COLGOV"}, {3, 4, "USA"}}),
            (V{"COLGOV>USA:112"}));
  EXPECT_NE(doc_.events[0].pattern.find("verbs.txt:1 accuse + of"), std::string::npos);
  EXPECT_EQ(Code("The/DT administration/NN threatened/VBD/threaten Colombia/NNP with/IN sweeping/JJ tariffs/NNS/tariff ./.",
                 {{1, 2, "USAGOV"}, {3, 4, "COL"}}),
            (V{"USAGOV>COL:1312"}));
}

// A bare participle before "by" modifies a noun unless the verb has a
// pattern starting with "by" (read from the lists' PatternHot records):
// patterns starting with another word, a synset or a slot do not count,
// wherever the "by" pattern stands in the list.
TEST_F(CoderTest, ParticipleByCodesOnlyWithAByPattern) {
  const std::string_view sentence =
      "Talks/NNS mediated/VBN/mediate by/IN Egypt/NNP ended/VBD/end ./.";
  const std::vector<A> actors = {{3, 4, "EGY"}};
  UseVerbs("", "037 mediate\n037 mediate with +\n037 mediate &TALK\n037 mediate + for\n037 mediate bye\n",
           "&TALK = talks | truce\n");
  EXPECT_EQ(Code(sentence, actors), V{});
  EXPECT_NE(Trace().find("modifying a noun"), std::string::npos) << Trace();
  UseVerbs("", "037 mediate\n037 mediate with +\n037 mediate &TALK\n037 mediate by +\n", "&TALK = talks | truce\n");
  Code(sentence, actors);
  EXPECT_EQ(Trace().find("modifying a noun"), std::string::npos) << Trace();
}

TEST_F(CoderTest, TargetInsideOrAfterTheObject) {
  EXPECT_EQ(Code("Washington/NNP revoked/VBD/revoke Petro/NNP 's/POS visa/NN ./.", {{0, 1, "USAGOV"}, {2, 3, "COLGOV"}}),
            (V{"USAGOV>COLGOV:172"}));
  EXPECT_EQ(Code("Washington/NNP revoked/VBD/revoke the/DT visa/NN of/IN Petro/NNP ./.",
                 {{0, 1, "USAGOV"}, {5, 6, "COLGOV"}}),
            (V{"USAGOV>COLGOV:172"}));
}

TEST_F(CoderTest, NegationModalityAndConditionsCodeNothing) {
  EXPECT_EQ(Code("Colombia/NNP did/VBD/do not/RB condemn/VB/condemn Venezuela/NNP ./.", {{0, 1, "COL"}, {4, 5, "VEN"}}), V{});
  EXPECT_NE(Trace().find("verb 'condemn' is negated: no event"), std::string::npos) << Trace();
  EXPECT_EQ(Code("Colombia/NNP could/MD condemn/VB/condemn Venezuela/NNP ./.", {{0, 1, "COL"}, {3, 4, "VEN"}}), V{});
  EXPECT_NE(Trace().find("verb 'condemn' is hypothetical (could/would/should): no event"), std::string::npos)
      << Trace();
  EXPECT_EQ(Code("If/IN Colombia/NNP condemns/VBZ/condemn Venezuela/NNP ,/, talks/NNS end/VBP/end ./.",
                 {{1, 2, "COL"}, {3, 4, "VEN"}}),
            V{});
  EXPECT_NE(Trace().find("clause is conditional or a question: no event"), std::string::npos) << Trace();
  EXPECT_EQ(Code("Colombia/NNP condemned/VBD/condemn no/DT neighbour/NN ./.", {{0, 1, "COL"}}), V{});
  EXPECT_NE(Trace().find("object 'no neighbour' is negated: no event"), std::string::npos) << Trace();
  // Without a trace the same clauses code nothing either (the reasons are
  // kept as a code, their messages built only for a trace).
  doc_.events.clear();
  EventCoder(verbs_, options_).Code(doc_, nullptr);
  EXPECT_TRUE(doc_.events.empty());
}

TEST_F(CoderTest, ParticipleElaboratingACodedActIsNoSecondEvent) {
  // "attacking" only says how the protest went. The protest is aimed where
  // it is held: the participle after the comma is an aside (see
  // ParticipleAsideNamesNoTarget).
  EXPECT_EQ(Code("Farmers/NNS protested/VBD/protest in/IN Lima/NNP ,/, attacking/VBG/attack the/DT police/NN ./.",
                 {{0, 1, "PEROPP"}, {3, 4, "PERGOV"}, {7, 8, "PERCOP"}}),
            V{"PEROPP>PERGOV:141"});
  // Also through a participle that coded nothing.
  EXPECT_EQ(Code("Farmers/NNS protested/VBD/protest in/IN Lima/NNP ,/, blocking/VBG/block roads/NNS and/CC "
                 "attacking/VBG/attack the/DT police/NN ./.",
                 {{0, 1, "PEROPP"}, {3, 4, "PERGOV"}, {10, 11, "PERCOP"}}),
            V{"PEROPP>PERGOV:141"});
  // Under a clause that coded nothing, the participle codes its own act.
  EXPECT_EQ(Code("Farmers/NNS gathered/VBD/gather in/IN Lima/NNP ,/, attacking/VBG/attack the/DT police/NN ./.",
                 {{0, 1, "PEROPP"}, {3, 4, "PERGOV"}, {7, 8, "PERCOP"}}),
            V{"PEROPP>PERCOP:190"});
}

TEST_F(CoderTest, AStateActingOnItsOwnCapitalActsOnItself) {
  EXPECT_EQ(Code("Peru/NNP accused/VBD/accuse Lima/NNP ./.", {{0, 1, "PER"}, {2, 3, "PERGOV"}}), V{});
  // Another state's capital is another actor.
  EXPECT_EQ(Code("Peru/NNP accused/VBD/accuse Quito/NNP ./.", {{0, 1, "PER"}, {2, 3, "ECUGOV"}}), V{"PER>ECUGOV:112"});
}

TEST_F(CoderTest, ParticipleBeforeTheTargetIsItsAdjective) {
  EXPECT_EQ(Code("Petro/NNP urged/VBD/urge detained/VBN/detain Peruvian/JJ activists/NNS to/TO leave/VB/leave ./.",
                 {{0, 1, "COLGOV"}, {3, 5, "PEROPP"}}),
            V{"COLGOV>PEROPP:025"});
}

// UD-PETRARCH's reading (peer_reading with its coding ontology loaded): a
// negated verb codes the act the ontology gives for its negation, whatever
// the auxiliary; where it gives none, or outside that reading, nothing.
// "could/would/should" block nothing there.
TEST_F(CoderTest, NegatedVerbsThroughTheCodingOntology) {
  const char* did_not = "Colombia/NNP did/VBD/do not/RB accuse/VB/accuse Venezuela/NNP ./.";
  const char* wont = "Colombia/NNP wo/MD n't/RB accuse/VB/accuse Venezuela/NNP ./.";
  const char* condemn = "Colombia/NNP did/VBD/do not/RB condemn/VB/condemn Venezuela/NNP ./.";
  std::vector<A> actors = {{0, 1, "COL"}, {4, 5, "VEN"}};
  std::vector<DictProblem> problems;
  verbs_->ontology().LoadText("050:0x0080\n111:0x7001\n112:0xFFFF+0x0080\n", "pico.txt", &problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_EQ(Code(did_not, actors), V{});  // our reading: a negated verb codes nothing
  options_.peer_reading = true;
  EXPECT_EQ(Code(did_not, actors), (V{"COL>VEN:050"})) << Trace();
  EXPECT_NE(doc_.events[0].note.find("negated: 112 -> 050"), std::string::npos);
  EXPECT_EQ(Code(wont, actors), (V{"COL>VEN:050"})) << Trace();
  EXPECT_EQ(Code(condemn, actors), V{});  // 0x7001 - 0xFFFF: no code
  EXPECT_NE(Trace().find("no code for the negation of 111"), std::string::npos);
  EXPECT_EQ(Code("Colombia/NNP accused/VBD/accuse Venezuela/NNP ./.", {{0, 1, "COL"}, {2, 3, "VEN"}}),
            (V{"COL>VEN:112"}));
  const char* could = "Colombia/NNP could/MD accuse/VB/accuse Venezuela/NNP ./.";
  std::vector<A> pair = {{0, 1, "COL"}, {3, 4, "VEN"}};
  EXPECT_EQ(Code(could, pair), (V{"COL>VEN:112"})) << Trace();
  verbs_->ontology() = CodeOntology();
  EXPECT_EQ(Code(did_not, actors), V{});  // the peers' reading without an ontology
  EXPECT_EQ(Code(could, pair), V{});
}

// UD-PETRARCH's reading: a passive without a by-phrase takes the nearest
// actor after the verb as its source, as its coder does.
TEST_F(CoderTest, UdReadingPassiveWithoutAgent) {
  const char* text = "Bogota/NNP was/VBD/be condemned/VBN/condemn over/IN its/PRP$ quarrel/NN with/IN Quito/NNP ./.";
  std::vector<A> actors = {{0, 1, "COL"}, {7, 8, "ECU"}};
  options_.peer_reading = true;
  EXPECT_EQ(Code(text, actors), V{});  // no agent, no source
  std::vector<DictProblem> problems;
  verbs_->ontology().LoadText("050:0x0080\n", "pico.txt", &problems);
  EXPECT_EQ(Code(text, actors), (V{"ECU>COL:111"})) << Trace();
  EXPECT_NE(doc_.events[0].note.find("nearest actor after the verb"), std::string::npos);
}

// PETRARCH's require_dyad = false: an act on no actor has the null target
// "---"; UD-PETRARCH's reading (its ontology loaded) applies no such option.
TEST_F(CoderTest, NullTargetsWhenTheRecordAsksForThem) {
  const char* text = "Colombia/NNP condemned/VBD/condemn the/DT violence/NN ./.";
  std::vector<A> actors = {{0, 1, "COL"}};
  options_.peer_reading = true;
  EXPECT_EQ(Code(text, actors), V{});
  null_targets_ = true;
  EXPECT_EQ(Code(text, actors), (V{"COL>---:111"})) << Trace();
  EXPECT_EQ(Code("Colombia/NNP condemned/VBD/condemn Peru/NNP ./.", {{0, 1, "COL"}, {2, 3, "PER"}}), (V{"COL>PER:111"}));
  std::vector<DictProblem> problems;
  verbs_->ontology().LoadText("050:0x0080\n", "pico.txt", &problems);
  EXPECT_EQ(Code(text, actors), V{});
}

// A peer's name with several codes ("[ELR/GAL]") is one actor in
// UD-PETRARCH's reading, whose codes are the dictionary's text.
TEST_F(CoderTest, UdReadingKeepsSeveralCodesOfOneNameTogether) {
  const char* text = "Benelux/NNP condemned/VBD/condemn Lima/NNP ./.";
  std::vector<A> actors = {{0, 1, "BEL"}, {0, 1, "NLD", true}, {0, 1, "LUX", true}, {2, 3, "PER"}};
  options_.peer_reading = true;
  for (const std::string& e : Code(text, actors)) EXPECT_EQ(e.find('/'), std::string::npos) << e;
  std::vector<DictProblem> problems;
  verbs_->ontology().LoadText("050:0x0080\n", "pico.txt", &problems);
  EXPECT_EQ(Code(text, actors), (V{"BEL/NLD/LUX>PER:111"})) << Trace();
  EXPECT_EQ(doc_.actors.size(), 2u);
}

TEST_F(CoderTest, NoPatternNoEvent) {
  EXPECT_EQ(Code("Colombia/NNP remains/VBZ/remain an/DT ally/NN of/IN the/DT US/NNP ./.", {{0, 1, "COL"}, {6, 7, "USA"}}), V{});
  EXPECT_EQ(Code("Colombia/NNP said/VBD/say Venezuela/NNP lied/VBD/lie ./.", {{0, 1, "COL"}, {2, 3, "VEN"}}), V{});
}

TEST_F(CoderTest, PassiveTakesSourceFromByPhrase) {
  EXPECT_EQ(Code("Petro/NNP 's/POS visa/NN was/VBD/be revoked/VBN/revoke by/IN Washington/NNP ./.",
                 {{0, 1, "COLGOV"}, {6, 7, "USAGOV"}}),
            (V{"USAGOV>COLGOV:172"}));
  EXPECT_EQ(Code("The/DT town/NN was/VBD/be attacked/VBN/attack ./.", {}), V{});
  // The agent is the by-phrase's noun phrase, not an actor further on.
  EXPECT_EQ(Code("Petro/NNP 's/POS visa/NN was/VBD/be revoked/VBN/revoke by/IN officials/NNS to/TO "
                 "please/VB/please Washington/NNP ./.",
                 {{0, 1, "COLGOV"}, {8, 9, "USAGOV"}}),
            V{});
  // Coordinated agents and a later "by" are read.
  EXPECT_EQ(Code("Petro/NNP 's/POS visa/NN was/VBD/be revoked/VBN/revoke by/IN Washington/NNP and/CC Ottawa/NNP ./.",
                 {{0, 1, "COLGOV"}, {6, 7, "USAGOV"}, {8, 9, "CANGOV"}}),
            (V{"USAGOV>COLGOV:172", "CANGOV>COLGOV:172"}));
}

TEST_F(CoderTest, PassiveParticleAndPlaceOfAStateAct) {
  UseVerbs("", "183 blow up\n173 arrest\n190 attack\n");
  // The particle stays with the verb: "was blown up" is "blow up".
  EXPECT_EQ(Code("The/DT Iraqi/JJ embassy/NN was/VBD/be blown/VBN/blow up/RP by/IN rebels/NNS ./.",
                 {{1, 3, "IRQGOV"}, {7, 8, "IRQREB"}}),
            (V{"IRQREB>IRQGOV:183"}));
  // An arrest without agent is by the state where it happened; an attack is not.
  EXPECT_EQ(Code("A/DT US/NNP citizen/NN was/VBD/be arrested/VBN/arrest in/IN Iran/NNP ./.",
                 {{1, 3, "USACVL"}, {6, 7, "IRN"}}),
            (V{"IRN>USACVL:173"}));
  EXPECT_EQ(Code("A/DT US/NNP citizen/NN was/VBD/be attacked/VBN/attack in/IN Iran/NNP ./.",
                 {{1, 3, "USACVL"}, {6, 7, "IRN"}}),
            V{});
}

TEST_F(CoderTest, SubjectNamedByItsApposition) {
  EXPECT_EQ(Code("Oshima/NNP ,/, the/DT UN/NNP coordinator/NN ,/, condemned/VBD/condemn Israel/NNP ./.",
                 {{3, 5, "IGOUNO"}, {7, 8, "ISR"}}),
            (V{"IGOUNO>ISR:111"}));
  // An actor further inside the apposition only says where the person works.
  EXPECT_EQ(Code("Vak/NNP ,/, director/NN of/IN a/DT bank/NN in/IN Vienna/NNP ,/, condemned/VBD/condemn Israel/NNP ./.",
                 {{7, 8, "AUTGOV"}, {10, 11, "ISR"}}),
            V{});
}

TEST_F(CoderTest, OwnCapitalAsPlaceOfACoerciveActIsTheCountry) {
  UseVerbs("", "1724 extend curfew\n040 hold talks\n");
  EXPECT_EQ(Code("The/DT president/NN extended/VBD/extend the/DT curfew/NN in/IN Abidjan/NNP ./.",
                 {{0, 2, "CIVGOV"}, {6, 7, "CIVGOV"}}),
            (V{"CIVGOV>CIV:1724"}));
  // Talks held in one's capital are not with it.
  EXPECT_EQ(Code("The/DT president/NN held/VBD/hold talks/NNS in/IN Abidjan/NNP ./.",
                 {{0, 2, "CIVGOV"}, {5, 6, "CIVGOV"}}),
            V{});
}

TEST_F(CoderTest, SpecificIntentionReplacesABareToPattern) {
  UseVerbs("@intent pledge\n", "030 pledge to\n042 visit\n190 attack\n");
  options_.intent_codes = {{"04", "036"}, {"19", "1384"}};
  // "pledged to visit X": the visit's intent code, not the bare 030.
  EXPECT_EQ(Code("Peru/NNP pledged/VBD/pledge to/TO visit/VB/visit Chile/NNP ./.", {{0, 1, "PER"}, {4, 5, "CHL"}}),
            (V{"PER>CHL:036"})) << Trace();
  // A threat is no more specific than "pledged to": the 030 stands.
  EXPECT_EQ(Code("Peru/NNP pledged/VBD/pledge to/TO attack/VB/attack Chile/NNP ./.", {{0, 1, "PER"}, {4, 5, "CHL"}}),
            (V{"PER>CHL:030"})) << Trace();
}

TEST_F(CoderTest, ThreatIsAimedAtTheSubjectOfItsCondition) {
  UseVerbs("", "130 threaten\n190 attack\n");
  EXPECT_EQ(Code("Rebels/NNS threatened/VBD/threaten to/TO strike/VB/strike unless/IN Colombia/NNP "
                 "frees/VBZ/free prisoners/NNS ./.",
                 {{0, 1, "COLREB"}, {5, 6, "COL"}}),
            (V{"COLREB>COL:130"})) << Trace();
  // Not for an act that is no threat.
  EXPECT_EQ(Code("Rebels/NNS attacked/VBD/attack if/IN Colombia/NNP moved/VBD/move ./.", {{0, 1, "COLREB"}, {3, 4, "COL"}}),
            V{}) << Trace();
}

TEST_F(CoderTest, CompoundActorsGiveOneEventPerPair) {
  EXPECT_EQ(Code("The/DT US/NNP and/CC Britain/NNP condemned/VBD/condemn Russia/NNP and/CC Iran/NNP ./.",
                 {{1, 2, "USA"}, {3, 4, "GBR"}, {5, 6, "RUS"}, {7, 8, "IRN"}}),
            (V{"USA>RUS:111", "USA>IRN:111", "GBR>RUS:111", "GBR>IRN:111"}));
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedAct) {
  // The reported attack, and the officials' allegation of it (see
  // ASpeakerAllegesTheViolentActItReports).
  EXPECT_EQ(Code("Officials/NNS said/VBD/say that/IN rebels/NNS attacked/VBD/attack Colombia/NNP ./.",
                 {{0, 1, "COLGOV"}, {3, 4, "COLREB"}, {5, 6, "COL"}}),
            (V{"COLGOV>COLREB:1123", "COLREB>COL:190"}));
  // "We" in a quoted post is the poster.
  EXPECT_EQ(Code("The/DT State/NNP Department/NNP wrote/VBD/write :/: \u201C/`` We/PRP will/MD revoke/VB/revoke "
                 "Petro/NNP 's/POS visa/NN ./. \u201D/''",
                 {{1, 3, "USAGOV"}, {9, 10, "COLGOV"}}),
            (V{"USAGOV>COLGOV:172"}));
}

// A party that states as fact someone else's violent act alleges it (CAMEO
// 112 "accuse, allege"; 1123 of aggression): the speaker's event, beside the
// reported act's own, even when that act names no target.
TEST_F(CoderTest, ASpeakerAllegesTheViolentActItReports) {
  // The alleging verbs are the dictionary's &ALLEGING (data/verbs/synsets.txt).
  UseVerbs("@speech say | claim | report\n", "190 attack\n--- say\n--- claim\n--- report\n",
           "&ALLEGING = say | claim\n");
  EXPECT_EQ(Code("Quibbleton/NNP claimed/VBD/claim that/IN Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"QBT>MRW:1123", "MRW>FNK:190"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP said/VBD/say Marrowdale/NNP attacked/VBD/attack itself/PRP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            (V{"QBT>MRW:1123"}))
      << Trace();
  // A trailing attribution is the reporter's source, not a party's charge.
  EXPECT_EQ(Code("Marrowdale/NNP attacked/VBD/attack Fennick/NNP ,/, Quibbleton/NNP said/VBD/say ./.",
                 {{0, 1, "MRW"}, {2, 3, "FNK"}, {4, 5, "QBT"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  // The speaker's own forces, a denial, a news outlet: no allegation.
  EXPECT_EQ(Code("Quibbleton/NNP said/VBD/say its/PRP$ troops/NNS attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 4, "MRWMIL"}, {5, 6, "FNK"}}),
            (V{"MRWMIL>FNK:190"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP did/VBD/do not/RB say/VB/say Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {4, 5, "MRW"}, {6, 7, "FNK"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  EXPECT_EQ(Code("Radio/NNP Quibbleton/NNP reported/VBD/report Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 2, "QBTMED"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  // A spokesman of no known country may speak for the attacker.
  EXPECT_EQ(Code("The/DT spokesman/NN said/VBD/say Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{1, 2, "---GOV"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  // Same country: a state may allege its rebels' act, not its army's.
  EXPECT_EQ(Code("Quibbleton/NNP said/VBD/say soldiers/NNS attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "QBTMIL"}, {4, 5, "FNK"}}),
            (V{"QBTMIL>FNK:190"}))
      << Trace();
  // Not in the peers' readings, whose suites code the reported act alone.
  options_.peer_reading = true;
  EXPECT_EQ(Code("Quibbleton/NNP claimed/VBD/claim that/IN Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  // The class decides: a verb it does not list alleges nothing.
  options_.peer_reading = false;
  UseVerbs("@speech say | claim | report\n", "190 attack\n--- say\n--- claim\n--- report\n",
           "&ALLEGING = say\n");
  EXPECT_EQ(Code("Quibbleton/NNP claimed/VBD/claim that/IN Marrowdale/NNP attacked/VBD/attack Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
}

// Fire with no agent comes from the state or territory it was fired from.
TEST_F(CoderTest, PassiveFireWithoutAgentComesFromWhereItWasFired) {
  UseVerbs("@speech say\n", "190 fire\n--- say\n");
  EXPECT_EQ(Code("Rockets/NNS were/VBD/be fired/VBN/fire at/IN Fennick/NNP from/IN Marrowdale/NNP ./.",
                 {{4, 5, "FNK"}, {6, 7, "MRW"}}),
            (V{"MRW>FNK:190"}))
      << Trace();
  // A "from" that hangs on a noun of another phrase names no origin of fire.
  EXPECT_EQ(Code("Rockets/NNS were/VBD/be fired/VBN/fire at/IN Fennick/NNP after/IN talks/NNS from/IN Marrowdale/NNP ./.",
                 {{4, 5, "FNK"}, {8, 9, "MRW"}}),
            V{})
      << Trace();
  // An organisation after "from" holds no place.
  EXPECT_EQ(Code("Rockets/NNS were/VBD/be fired/VBN/fire at/IN Fennick/NNP from/IN Marrowdale/NNP ./.",
                 {{4, 5, "FNK"}, {6, 7, "IGOUNO"}}),
            V{})
      << Trace();
}

TEST_F(CoderTest, InfinitivesCodeOnlyThroughTheirParent) {
  EXPECT_EQ(Code("Petro/NNP urged/VBD/urge US/NNP troops/NNS to/TO attack/VB/attack Caracas/NNP ./.",
                 {{0, 1, "COLGOV"}, {2, 4, "USAMIL"}, {6, 7, "VENGOV"}}),
            (V{"COLGOV>USAMIL:025"}));
  EXPECT_EQ(Code("Rebels/NNS managed/VBD/manage to/TO attack/VB/attack Bogota/NNP ./.", {{0, 1, "COLREB"}, {4, 5, "COLGOV"}}),
            (V{"COLREB>COLGOV:190"}));
}

TEST_F(CoderTest, StatedIntentionsCodeTheIntentCode) {
  const char* vow = "Rebels/NNS vowed/VBD/vow to/TO attack/VB/attack Bogota/NNP ./.";
  const char* would = "Rebels/NNS said/VBD/say they/PRP would/MD attack/VB/attack Bogota/NNP ./.";
  const char* ready = "Rebels/NNS are/VBP/be ready/JJ to/TO visit/VB/visit Bogota/NNP ./.";
  std::vector<A> actors = {{0, 1, "COLREB"}, {5, 6, "COLGOV"}};  // "would" and "ready"
  std::vector<A> vow_actors = {{0, 1, "COLREB"}, {4, 5, "COLGOV"}};
  // Without an intent table none of them is an act.
  EXPECT_EQ(Code(vow, vow_actors), V{});
  EXPECT_EQ(Code(would, actors), V{});
  options_.intent_codes = {{"19", "1384"}, {"04", "036"}};
  options_.intent_file = "intent.tsv";
  EXPECT_EQ(Code(vow, vow_actors), (V{"COLREB>COLGOV:1384"}));
  EXPECT_NE(Trace().find("'vowed to ...': a stated intention: 190 -> 1384"), std::string::npos) << Trace();
  // "they" in the stated intention is the speaker.
  EXPECT_EQ(Code(would, actors), (V{"COLREB>COLGOV:1384"}));
  EXPECT_EQ(Code(ready, actors), (V{"COLREB>COLGOV:036"})) << Trace();
  // An act with no intent code codes nothing; a conditional still codes nothing.
  options_.intent_codes = {{"04", "036"}};
  EXPECT_EQ(Code(vow, vow_actors), V{});
  EXPECT_EQ(Code("If/IN rebels/NNS said/VBD/say they/PRP would/MD attack/VB/attack Bogota/NNP ,/, talks/NNS end/VBP/end ./.",
                 {{1, 2, "COLREB"}, {6, 7, "COLGOV"}}),
            V{});
}

// "is prepared to" is a stated readiness (the adjective, an intent word);
// the past verb "prepared to" reports preparations under an irrealis
// lemma: not an intention, and not an act yet.
TEST_F(CoderTest, PreparedToAsAVerbIsNoIntention) {
  UseVerbs("@irrealis prepare\n@intent prepared\n", "042 visit +\n");
  options_.intent_codes = {{"04", "036"}};
  options_.intent_file = "intent.tsv";
  std::vector<A> actors = {{0, 1, "COLGOV"}, {5, 6, "VEN"}};
  EXPECT_EQ(Code("Petro/NNP is/VBZ/be prepared/VBN/prepare to/TO visit/VB/visit Venezuela/NNP ./.", actors),
            (V{"COLGOV>VEN:036"}))
      << Trace();
  EXPECT_EQ(Code("Petro/NNP prepared/VBD/prepare to/TO visit/VB/visit Venezuela/NNP ./.", {{0, 1, "COLGOV"}, {4, 5, "VEN"}}),
            V{})
      << Trace();
}

// "will" in reported speech states an intention like "would"; "want to" is
// an intention of the subject, "want X to" is not.
TEST_F(CoderTest, WillAndWantStateIntentions) {
  UseVerbs("@speech say\n@irrealis want\n@intent want\n", "190 attack\n");
  options_.intent_codes = {{"19", "1384"}};
  options_.intent_file = "intent.tsv";
  EXPECT_EQ(Code("Rebels/NNS said/VBD/say they/PRP will/MD attack/VB/attack Bogota/NNP ./.",
                 {{0, 1, "COLREB"}, {5, 6, "COLGOV"}}),
            (V{"COLREB>COLGOV:1384"}))
      << Trace();
  EXPECT_EQ(Code("Rebels/NNS want/VBP/want to/TO attack/VB/attack Bogota/NNP ./.", {{0, 1, "COLREB"}, {4, 5, "COLGOV"}}),
            (V{"COLREB>COLGOV:1384"}))
      << Trace();
  EXPECT_EQ(Code("Rebels/NNS want/VBP/want Petro/NNP to/TO attack/VB/attack Bogota/NNP ./.",
                 {{0, 1, "COLREB"}, {2, 3, "COLGOV"}, {5, 6, "COL"}}),
            V{})
      << Trace();
}

// An infinitive of purpose under an act that happened codes when it is a
// protest, demand, criticism or investigation; the purpose of sending troops
// (an attack) has not happened.
TEST_F(CoderTest, InfinitiveOfPurpose) {
  UseVerbs("@speech say\n", "141 protest\n190 attack\n");
  EXPECT_EQ(Code("Workers/NNS shunned/VBD/shun work/NN to/TO protest/VB/protest Bogota/NNP ./.",
                 {{0, 1, "COLLAB"}, {5, 6, "COLGOV"}}),
            (V{"COLLAB>COLGOV:141"}))
      << Trace();
  EXPECT_EQ(Code("Rebels/NNS sent/VBD/send fighters/NNS to/TO attack/VB/attack Bogota/NNP ./.",
                 {{0, 1, "COLREB"}, {5, 6, "COLGOV"}}),
            V{})
      << Trace();
}

// "over 150" is a number in the noun phrase, not a preposition the pattern
// word stops at.
TEST_F(CoderTest, ApproximateNumbersAreSkipped) {
  UseVerbs("", "0841 free prisoner\n");
  std::vector<A> actors = {{0, 1, "COL"}, {4, 5, "VEN"}};
  EXPECT_EQ(Code("Colombia/NNP freed/VBD/free about/IN 40/CD Venezuelan/JJ prisoners/NNS/prisoner ./.", actors),
            (V{"COL>VEN:0841"}))
      << Trace();
  EXPECT_EQ(Code("Colombia/NNP freed/VBD/free about/IN the/DT Venezuelan/JJ prisoners/NNS/prisoner ./.", actors), V{})
      << Trace();
}

// A pattern's first word is looked for only where the match may start:
// right after the verb or past modifiers, not anywhere in the clause.
TEST_F(CoderTest, FirstPatternWordOnlyWithinReach) {
  UseVerbs("", "0841 free prisoner\n");
  std::vector<A> actors = {{0, 1, "COL"}, {7, 8, "VEN"}};
  EXPECT_EQ(Code("Colombia/NNP freed/VBD/free the/DT last/JJ two/CD jailed/VBN Venezuelan/JJ prisoners/NNS/prisoner ./.",
                 {{0, 1, "COL"}, {6, 7, "VEN"}}),
            (V{"COL>VEN:0841"}))
      << Trace();
  EXPECT_EQ(Code("Colombia/NNP freed/VBD/free them/PRP after/IN talks/NNS/talk about/IN Venezuelan/JJ prisoners/NNS/prisoner ./.",
                 actors),
            V{})
      << Trace();
}

// A target slot first takes an actor behind at most three modifiers.
TEST_F(CoderTest, TargetSlotFirstWithinThreeModifiers) {
  EXPECT_EQ(Code("Petro/NNP urged/VBD/urge the/DT new/JJ Venezuelan/JJ government/NN to/TO talk/VB ./.",
                 {{0, 1, "COLGOV"}, {4, 6, "VENGOV"}}),
            (V{"COLGOV>VENGOV:025"}))
      << Trace();
  EXPECT_EQ(Code("Petro/NNP urged/VBD/urge the/DT very/RB new/JJ young/JJ Venezuelan/JJ government/NN to/TO talk/VB ./.",
                 {{0, 1, "COLGOV"}, {6, 8, "VENGOV"}}),
            V{})
      << Trace();
}

// "*" then a word: every place of the word is tried in order, and the first
// where the rest matches wins ("imports of coffee" does not, "imports from"
// does).
TEST_F(CoderTest, GapTriesEachPlaceOfTheNextWord) {
  UseVerbs("", "163 ban * import from +\n");
  EXPECT_EQ(Code("Colombia/NNP banned/VBD/ban imports/NNS/import of/IN coffee/NN and/CC imports/NNS/import from/IN "
                 "Venezuela/NNP ./.",
                 {{0, 1, "COL"}, {8, 9, "VEN"}}),
            (V{"COL>VEN:163"}))
      << Trace();
  EXPECT_EQ(Code("Colombia/NNP banned/VBD/ban imports/NNS/import of/IN coffee/NN from/IN Venezuela/NNP ./.",
                 {{0, 1, "COL"}, {6, 7, "VEN"}}),
            V{})
      << Trace();
}

// A hostile act's "against" phrase is its target, before an earlier place.
TEST_F(CoderTest, AgainstPhraseIsTheTargetOfAHostileAct) {
  UseVerbs("", "163 impose ban\n");
  EXPECT_EQ(Code("Ecuador/NNP imposed/VBD/impose bans/NNS/ban on/IN travel/NN to/TO Ecuador/NNP against/IN "
                 "officers/NNS of/IN the/DT Peruvian/JJ army/NN ./.",
                 {{0, 1, "ECU"}, {6, 7, "ECU"}, {11, 13, "PERMIL"}}),
            (V{"ECU>PERMIL:163"}))
      << Trace();
}

// The source named again after the verb is passed over for the next actor.
TEST_F(CoderTest, SourceNamedAgainIsNotTheTarget) {
  UseVerbs("", "143 boycott\n");
  EXPECT_EQ(Code("Colombian/JJ leaders/NNS boycotted/VBD/boycott official/JJ contacts/NNS with/IN Peru/NNP ./.",
                 {{0, 2, "COLGOV"}, {3, 4, "COLGOV"}, {6, 7, "PER"}}),
            (V{"COLGOV>PER:143"}))
      << Trace();
}

// "would not"/"will not" in reported speech is a stated refusal of a
// cooperative act (12x); a hostile act has no refusal code and codes nothing.
TEST_F(CoderTest, StatedRefusals) {
  UseVerbs("@speech say\n", "0841 release\n190 attack\n");
  options_.intent_codes = {{"08", "035"}, {"084", "0353"}, {"19", "1384"}};
  options_.refusal_codes = {{"08", "124"}, {"084", "1243"}};
  options_.intent_file = "intent.tsv";
  EXPECT_EQ(Code("Rebels/NNS said/VBD/say they/PRP would/MD not/RB release/VB/release Petro/NNP ./.",
                 {{0, 1, "COLREB"}, {6, 7, "COLGOV"}}),
            (V{"COLREB>COLGOV:1243"}))
      << Trace();
  EXPECT_EQ(Code("Rebels/NNS said/VBD/say they/PRP will/MD not/RB attack/VB/attack Bogota/NNP ./.",
                 {{0, 1, "COLREB"}, {6, 7, "COLGOV"}}),
            V{})
      << Trace();
  // Not reported: a plain negated act is still no event.
  EXPECT_EQ(Code("Rebels/NNS did/VBD/do not/RB release/VB/release Petro/NNP ./.", {{0, 1, "COLREB"}, {4, 5, "COLGOV"}}),
            V{})
      << Trace();
}

// A coordinated subject with no target acts on itself only for acts two
// parties do together (fighting here); condemning is not mutual. The peers
// read every such act as mutual.
TEST_F(CoderTest, OnlyJointActsOfACoordinatedSubjectAreMutual) {
  const char* fight = "Colombia/NNP and/CC Venezuela/NNP attacked/VBD/attack ./.";
  const char* condemn = "Colombia/NNP and/CC Venezuela/NNP condemned/VBD/condemn ./.";
  std::vector<A> actors = {{0, 1, "COL"}, {2, 3, "VEN"}};
  EXPECT_EQ(Code(fight, actors), (V{"COL>VEN:190", "VEN>COL:190"}));
  EXPECT_EQ(Code(condemn, actors), V{});
  options_.peer_reading = true;
  EXPECT_EQ(Code(condemn, actors), (V{"COL>VEN:111", "VEN>COL:111"}));
}

// Two kinds of act are joint whatever their root: a ceasefire (0871) and an
// act given in return (&RECIPROCAL_VERB: "exchanged prisoners" is each
// side's release of the other's). Not an accusation by a plain verb, not a
// lone subject, and not when the sentence names someone else after the verb.
TEST_F(CoderTest, CeasefiresAndExchangesOfACoordinatedSubjectAreMutual) {
  UseVerbs("", "0871 agree to &CEASEFIRE\n0841 exchange &PRISONER\n0841 release &PRISONER\n112 trade accusations\n"
               "112 level accusations\n0871 agree to &CEASEFIRE with +\n",
           "&CEASEFIRE = ceasefire | truce\n&PRISONER = prisoner | captive\n&RECIPROCAL_VERB = exchange | trade\n");
  std::vector<A> two = {{0, 1, "ARM"}, {2, 3, "AZE"}};
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP agreed/VBD/agree to/TO a/DT truce/NN ./.", two),
            (V{"ARM>AZE:0871", "AZE>ARM:0871"}))
      << Trace();
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP exchanged/VBD/exchange prisoners/NNS/prisoner ./.", two),
            (V{"ARM>AZE:0841", "AZE>ARM:0841"}))
      << Trace();
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP traded/VBD/trade accusations/NNS/accusation ./.", two),
            (V{"ARM>AZE:112", "AZE>ARM:112"}))
      << Trace();
  // Releasing prisoners together is no release of each other's: the verb
  // gives nothing in return.
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP released/VBD/release prisoners/NNS/prisoner ./.", two), V{})
      << Trace();
  // Nor is an accusation two parties level.
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP leveled/VBD/level accusations/NNS/accusation ./.", two), V{})
      << Trace();
  // One subject alone has no one to act on.
  EXPECT_EQ(Code("Armenia/NNP agreed/VBD/agree to/TO a/DT truce/NN ./.", {{0, 1, "ARM"}}), V{}) << Trace();
  // A side named after the verb is the target, not each other.
  EXPECT_EQ(Code("Armenia/NNP and/CC Azerbaijan/NNP agreed/VBD/agree to/TO a/DT truce/NN with/IN Turkey/NNP ./.",
                 {{0, 1, "ARM"}, {2, 3, "AZE"}, {8, 9, "TUR"}}),
            (V{"ARM>TUR:0871", "AZE>TUR:0871"}))
      << Trace();
}

// "troops attacked by rebels": a bare participle before "by" modifies the
// noun; read as a verb it would make the troops the attackers.
TEST_F(CoderTest, BareParticipleBeforeByIsNoAct) {
  // (A later "-ed" verb that takes a passive and has no object after it
  // leaves both readings open to the clause analysis: the coder drops the
  // participle.)
  const char* s = "Troops/NNS attacked/VBN/attack by/IN rebels/NNS retreated/VBD/retreat to/TO Bogota/NNP ./.";
  std::vector<A> actors = {{0, 1, "COLMIL"}, {3, 4, "COLREB"}, {6, 7, "COLGOV"}};
  EXPECT_EQ(Code(s, actors), V{});
  EXPECT_NE(Trace().find("participle 'attacked by' modifying a noun"), std::string::npos) << Trace();
  // With an object after the later verb the earlier is the modifier
  // (clauses.cc, AgentThenObject): the attack is the rebels'.
  EXPECT_EQ(Code("Troops/NNS attacked/VBN/attack by/IN rebels/NNS shelled/VBD/shell Bogota/NNP ./.",
                 {{0, 1, "COLMIL"}, {3, 4, "COLREB"}, {5, 6, "COLGOV"}}),
            V{"COLREB>COLMIL:190"})
      << Trace();
  // A later verb with no passive ("fled") is the main verb (analysis/
  // clauses.cc, Words::never_passive): the participle is a reduced
  // relative, and its act is the rebels' (h-en-part's rule).
  EXPECT_EQ(Code("Troops/NNS attacked/VBN/attack by/IN rebels/NNS fled/VBD/flee Bogota/NNP ./.", actors),
            V{"COLREB>COLMIL:190"})
      << Trace();
}

TEST(IntentCodeFor, LongestPrefixWins) {
  std::vector<std::pair<std::string, std::string>> map = {{"16", "131"}, {"163", "1312"}, {"1631", "1312"}};
  EXPECT_EQ(IntentCodeFor(map, "163"), "1312");
  EXPECT_EQ(IntentCodeFor(map, "161"), "131");
  EXPECT_EQ(IntentCodeFor(map, "042"), "");
}

// IntentCodeFor tests an entry's first byte before the whole prefix: an
// empty entry still matches every act (and an empty act), a nonempty one
// never matches an empty act, and a match on the first byte alone is none.
TEST(IntentCodeFor, FirstByteTestKeepsEmptyEntriesAndActs) {
  std::vector<std::pair<std::string, std::string>> map = {{"", "0"}, {"1", "1x"}, {"13", "13x"}};
  EXPECT_EQ(IntentCodeFor(map, ""), "0");
  EXPECT_EQ(IntentCodeFor(map, "042"), "0");
  EXPECT_EQ(IntentCodeFor(map, "14"), "1x");
  EXPECT_EQ(IntentCodeFor(map, "131"), "13x");
  std::vector<std::pair<std::string, std::string>> no_empty = {{"13", "13x"}};
  EXPECT_EQ(IntentCodeFor(no_empty, ""), "");
  EXPECT_EQ(IntentCodeFor(no_empty, "1"), "");
  EXPECT_EQ(IntentCodeFor(no_empty, "14"), "");
}

// The peers' reading: under a verb the dictionary does not know ("be",
// "hope"), the infinitive is the act; under a known verb it still is not.
TEST_F(CoderTest, PeerModeCodesInfinitivesUnderUnknownVerbs) {
  const char* about = "Quito/NNP is/VBZ/be about/IN to/TO visit/VB/visit Lima/NNP ./.";
  EXPECT_EQ(Code(about, {{0, 1, "ECU"}, {5, 6, "PER"}}), V{});
  options_.infinitive_under_unknown_verb = true;
  EXPECT_EQ(Code(about, {{0, 1, "ECU"}, {5, 6, "PER"}}), (V{"ECU>PER:042"}));
  EXPECT_EQ(Code("Petro/NNP urged/VBD/urge US/NNP troops/NNS to/TO attack/VB/attack Caracas/NNP ./.",
                 {{0, 1, "COLGOV"}, {2, 4, "USAMIL"}, {6, 7, "VENGOV"}}),
            (V{"COLGOV>USAMIL:025"}));
}

// The peers read adjectives after "and" as part of a coordinated list, and
// a name for several actors ("[ELR/GAL]") acts as each of them.
TEST_F(CoderTest, PeerModeCoordinationAndSharedNames) {
  const char* list = "Quito/NNP and/CC the/DT grim/JJ old/JJ Lima/NNP condemned/VBD/condemn Oslo/NNP ./.";
  std::vector<A> actors = {{0, 1, "ECU"}, {5, 6, "PER"}, {7, 8, "NOR"}};
  EXPECT_EQ(Code(list, actors), (V{"ECU>NOR:111"}));
  options_.modifiers_in_coordination = true;
  EXPECT_EQ(Code(list, actors), (V{"ECU>NOR:111", "PER>NOR:111"}));
  // After a bare comma the words are an apposition, not a list member.
  EXPECT_EQ(Code("Quito/NNP ,/, the/DT grim/JJ Lima/NNP ,/, condemned/VBD/condemn Oslo/NNP ./.",
                 {{0, 1, "ECU"}, {4, 5, "PER"}, {7, 8, "NOR"}}),
            (V{"ECU>NOR:111"}));
  EXPECT_EQ(Code("Quito/NNP condemned/VBD/condemn Ruritania/NNP ./.", {{0, 1, "ECU"}, {2, 3, "RUA"}, {2, 3, "RUB"}}),
            (V{"ECU>RUA:111", "ECU>RUB:111"}));
}

// Peer patterns may name words before the verb; such a pattern may code a
// clause that is otherwise no act (negated, hypothetical), since it says
// what that clause means.
TEST_F(CoderTest, WordsBeforeTheVerb) {
  auto d = std::make_shared<VerbDictionary>();
  VerbPattern bare;
  bare.code = "111";
  bare.verb = TokenHash("condemn");
  d->AddPattern(bare);
  VerbPattern not_p = bare;
  not_p.code = "120";
  not_p.before = {{PatternElem::Kind::kWord, TokenHash("not"), 0}, {PatternElem::Kind::kGap, 0, 0}};
  not_p.specificity = 2;
  d->AddPattern(not_p);
  VerbPattern tied = bare;
  tied.code = "130";
  tied.before = {{PatternElem::Kind::kWord, TokenHash("loudly"), 0}};
  tied.specificity = 2;
  d->AddPattern(tied);
  std::vector<DictProblem> problems;
  d->Compile(&problems);
  verbs_ = d;
  EXPECT_EQ(Code("Quito/NNP did/VBD/do not/RB condemn/VB/condemn Lima/NNP ./.", {{0, 1, "ECU"}, {4, 5, "PER"}}),
            (V{"ECU>PER:120"}));
  EXPECT_EQ(Code("Quito/NNP condemned/VBD/condemn Lima/NNP ./.", {{0, 1, "ECU"}, {2, 3, "PER"}}), (V{"ECU>PER:111"}));
  EXPECT_EQ(Code("Quito/NNP loudly/RB condemned/VBD/condemn Lima/NNP ./.", {{0, 1, "ECU"}, {3, 4, "PER"}}),
            (V{"ECU>PER:130"}));
  // "loudly" is tied to the verb: a word between breaks it.
  EXPECT_EQ(Code("Quito/NNP loudly/RB again/RB condemned/VBD/condemn Lima/NNP ./.", {{0, 1, "ECU"}, {4, 5, "PER"}}),
            (V{"ECU>PER:111"}));
  // Hypothetical, and no pattern names "could": no event.
  EXPECT_EQ(Code("Quito/NNP could/MD condemn/VB/condemn Lima/NNP ./.", {{0, 1, "ECU"}, {3, 4, "PER"}}), V{});
}

// UD-PETRARCH's reading matches a pattern's words before the verb inside
// the subject only, and its words after the verb not in a clause under it.
TEST_F(CoderTest, UdReadingMatchesPatternsInTheSubjectAndTheVerbPhrase) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("111 condemn\n080 allow\n027 allow * pleasant\n", "verbs.txt", &problems);
  VerbPattern loudly;
  loudly.code = "130";
  loudly.verb = TokenHash("condemn");
  loudly.before = {{PatternElem::Kind::kWord, TokenHash("loudly"), 0}, {PatternElem::Kind::kGap, 0, 0}};
  loudly.specificity = 2;
  d->AddPattern(loudly);
  VerbPattern cabinets = loudly;
  cabinets.code = "110";
  cabinets.before = {{PatternElem::Kind::kWord, TokenHash("cabinet"), 0}, {PatternElem::Kind::kGap, 0, 0}};
  d->AddPattern(cabinets);
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  verbs_ = d;
  options_.peer_reading = true;
  const char* adverb = "Quito/NNP loudly/RB condemned/VBD/condemn Lima/NNP ./.";
  const char* subject = "Quito/NNP cabinets/NNS/cabinet condemned/VBD/condemn Lima/NNP ./.";
  const char* under = "Quito/NNP allowed/VBD/allow that/IN Lima/NNP is/VBZ/be a/DT pleasant/JJ place/NN ./.";
  std::vector<A> two = {{0, 1, "ECU"}, {3, 4, "PER"}};
  EXPECT_EQ(Code(adverb, two), (V{"ECU>PER:130"}));
  EXPECT_EQ(Code(subject, two), (V{"ECU>PER:110"}));
  EXPECT_EQ(Code(under, two), (V{"ECU>PER:027"})) << Trace();
  verbs_->ontology().Set("050", 0x80);  // UD-PETRARCH's reading
  EXPECT_EQ(Code(adverb, two), (V{"ECU>PER:111"}));
  EXPECT_EQ(Code(subject, two), (V{"ECU>PER:110"}));
  EXPECT_EQ(Code(under, two), (V{"ECU>PER:080"})) << Trace();
}

TEST_F(CoderTest, GerundsOfMeansCodeGerundsOfContentDoNot) {
  EXPECT_EQ(Code("Petro/NNP responded/VBD/respond by/IN accusing/VBG/accuse the/DT US/NNP ./.",
                 {{0, 1, "COLGOV"}, {5, 6, "USA"}}),
            (V{"COLGOV>USA:112"}));
}

TEST_F(CoderTest, SourceSlotMakesTheSubjectTheTarget) {
  EXPECT_EQ(Code("Rebels/NNS received/VBD/receive weapons/NNS/weapon from/IN Venezuela/NNP ./.",
                 {{0, 1, "COLREB"}, {4, 5, "VEN"}}),
            (V{"VEN>COLREB:072"}));
}

TEST_F(CoderTest, MissingTargetComesFromTheArticleDyadOrDropsTheEvent) {
  EXPECT_EQ(Code("Washington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.", {{0, 1, "USAGOV"}}), V{});
  const std::string dyad = "Washington/NNP met/VBD/meet Bogota/NNP ./.\nBogota/NNP spoke/VBD/speak to/TO Washington/NNP ./.\n";
  const std::vector<A> dyad_actors = {{0, 1, "USAGOV"}, {2, 3, "COLGOV"}, {4, 5, "COLGOV"}, {7, 8, "USAGOV"}};
  auto with = [&](std::vector<A> more) {
    std::vector<A> all = dyad_actors;
    all.insert(all.end(), more.begin(), more.end());
    return all;
  };
  // The sentence before names Colombia: the threat is aimed at it.
  EXPECT_EQ(Code(dyad + "Washington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.", with({{9, 10, "USAGOV"}})),
            (V{"USAGOV>COL:1312"}))
      << Trace();
  // Neither this sentence nor the one before names Colombia: no target.
  EXPECT_EQ(Code(dyad + "Washington/NNP waited/VBD/wait ./.\nWashington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.",
                 with({{9, 10, "USAGOV"}, {12, 13, "USAGOV"}})),
            V{})
      << Trace();
  // This sentence names it, away from the verb.
  EXPECT_EQ(Code(dyad + "Washington/NNP waited/VBD/wait ./.\n"
                        "As/IN Bogota/NNP waited/VBD/wait ,/, Washington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.",
                 with({{9, 10, "USAGOV"}, {13, 14, "COLGOV"}, {16, 17, "USAGOV"}})),
            (V{"USAGOV>COL:1312"}))
      << Trace();
  // A firm's act is not its country's act on the other side.
  EXPECT_EQ(Code(dyad + "Washington/NNP banks/NNS threatened/VBD/threaten tariffs/NNS/tariff ./.", with({{9, 11, "USABUS"}})),
            V{})
      << Trace();
  // Two clauses of one article take their targets from the dyad, each
  // side the other (the dyad is found at the first clause that asks).
  EXPECT_EQ(Code(dyad + "Washington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.\n"
                        "Bogota/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.",
                 with({{9, 10, "USAGOV"}, {13, 14, "COLGOV"}})),
            (V{"USAGOV>COL:1312", "COLGOV>USA:1312"}))
      << Trace();
  // A firm asks first (no dyad for it), then a government: the dyad is
  // still there for the second.
  EXPECT_EQ(Code(dyad + "Washington/NNP banks/NNS threatened/VBD/threaten tariffs/NNS/tariff ./.\n"
                        "As/IN Bogota/NNP waited/VBD/wait ,/, Washington/NNP threatened/VBD/threaten tariffs/NNS/tariff ./.",
                 with({{9, 11, "USABUS"}, {15, 16, "COLGOV"}, {18, 19, "USAGOV"}})),
            (V{"USAGOV>COL:1312"}))
      << Trace();
  // A protest may lack a target: naming no one, it is aimed at the
  // protesters' own government, unless they are workers (an employer).
  EXPECT_EQ(Code("Students/NNS protested/VBD/protest ./.", {{0, 1, "COLEDU"}}), (V{"COLEDU>COLGOV:141"}));
  EXPECT_EQ(Code("Workers/NNS protested/VBD/protest ./.", {{0, 1, "COLLAB"}}), (V{"COLLAB>:141"}));
  EXPECT_EQ(Code("Delegates/NNS protested/VBD/protest ./.", {{0, 1, "IGOUNO"}}), (V{"IGOUNO>:141"}));
  // A curfew or state of emergency naming no one is imposed by a state on
  // its own country; rebels impose it on no one we can name.
  UseVerbs("", "1723 impose curfew\n");
  EXPECT_EQ(Code("Troops/NNS imposed/VBD/impose a/DT curfew/NN ./.", {{0, 1, "NGAMIL"}}), (V{"NGAMIL>NGA:1723"}))
      << Trace();
  EXPECT_EQ(Code("Rebels/NNS imposed/VBD/impose a/DT curfew/NN ./.", {{0, 1, "NGAREB"}}), V{}) << Trace();
  // A statement to no one is not addressed to the article's other side.
  UseVerbs("", "011 decline comment\n");
  EXPECT_EQ(Code("Washington/NNP met/VBD/meet Bogota/NNP ./.\nBogota/NNP spoke/VBD/speak to/TO Washington/NNP ./.\n"
                 "Washington/NNP declined/VBD/decline comment/NN ./.",
                 {{0, 1, "USAGOV"}, {2, 3, "COLGOV"}, {4, 5, "COLGOV"}, {7, 8, "USAGOV"}, {9, 10, "USAGOV"}}),
            V{})
      << Trace();
}

TEST_F(CoderTest, DatesComeFromTheClauseOrTheSentence) {
  Code("Petro/NNP accused/VBD/accuse the/DT US/NNP on/IN Friday/NNP ./.", {{0, 1, "COLGOV"}, {3, 4, "USA"}});
  ASSERT_EQ(doc_.events.size(), 0u + 1);
  EXPECT_EQ(doc_.events[0].date, Date::Day(2025, 9, 27));  // no TimeExpr given: the sentence date
  TimeExpr te;
  te.sentence = 0;
  te.tokens = {5, 6};
  te.value = Date::Day(2025, 9, 26);
  doc_.times.push_back(te);
  EventCoder(verbs_).Run(doc_);
  EXPECT_EQ(doc_.events[0].date, Date::Day(2025, 9, 26));
  EXPECT_EQ(doc_.events[0].time, 0u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// TABARI's DEFAULT option: a sentence without a source or target takes the
// default codes; without PRIOR the first actor after the verb is the source,
// without AFTER a coordinated subject acts on its second member; a speech
// verb that reports another clause takes no default target.
TEST_F(CoderTest, TabariDefaultActors) {
  const char* no_source = "Somebody/NN condemned/VBD/condemn Lima/NNP and/CC Oslo/NNP ./.";
  std::vector<A> targets = {{2, 3, "PER"}, {4, 5, "NOR"}};
  const char* no_target = "Quito/NNP and/CC Lima/NNP condemned/VBD/condemn nobody/NN ./.";
  std::vector<A> pair = {{0, 1, "ECU"}, {2, 3, "PER"}};
  options_.peer_reading = true;  // as `eval --peer-only` runs TABARI's records
  EXPECT_EQ(Code(no_source, targets), V{});  // off: no source, no event
  EXPECT_EQ(Code(no_target, pair), (V{"ECU>PER:111", "PER>ECU:111"}));
  defaults_ = {"XSRC", "XTGT", true, true};
  EXPECT_EQ(Code(no_source, targets), (V{"XSRC>PER:111", "XSRC>NOR:111"}));
  EXPECT_EQ(Code(no_target, pair), (V{"ECU>XTGT:111", "PER>XTGT:111"}));
  EXPECT_EQ(Code("Somebody/NN condemned/VBD/condemn nobody/NN ./.", {}), (V{"XSRC>XTGT:111"}));
  // With AFTER a coordinated subject takes an actor after "in" before the default.
  EXPECT_EQ(Code("Quito/NNP and/CC Lima/NNP condemned/VBD/condemn violence/NN in/IN Oslo/NNP ./.",
                 {{0, 1, "ECU"}, {2, 3, "PER"}, {6, 7, "NOR"}}),
            (V{"ECU>NOR:111", "PER>NOR:111"}));
  defaults_ = {"XSRC", "XTGT", false, false};
  EXPECT_EQ(Code(no_source, targets), (V{"PER>NOR:111"}));
  EXPECT_EQ(Code(no_target, pair), (V{"ECU>PER:111"}));
  EXPECT_EQ(Code("Quito/NNP condemned/VBD/condemn nobody/NN ./.", {{0, 1, "ECU"}}), (V{"ECU>XTGT:111"}));
  // "..., Quito said": the report of a coded clause gets no default target.
  UseVerbs("@speech say\n", "111 condemn\n023 say\n");
  defaults_ = {"XSRC", "XTGT", true, true};
  EXPECT_EQ(Code("Lima/NNP condemned/VBD/condemn Oslo/NNP ,/, Quito/NNP said/VBD/say ./.",
                 {{0, 1, "PER"}, {2, 3, "NOR"}, {4, 5, "ECU"}}),
            (V{"PER>NOR:111"}))
      << Trace();
}

// Peer mode: "A, the grim B, and C" is a list of three (a serial comma
// before the last "and"); without the final "and" the words after a comma
// stay an apposition.
TEST_F(CoderTest, PeerModeSerialCommaLists) {
  const char* list = "Grim/JJ Quito/NNP ,/, the/DT old/JJ Lima/NNP ,/, and/CC sad/JJ Oslo/NNP condemned/VBD/condemn "
                     "Bern/NNP ./.";
  std::vector<A> actors = {{1, 2, "ECU"}, {5, 6, "PER"}, {9, 10, "NOR"}, {11, 12, "CHE"}};
  options_.modifiers_in_coordination = true;
  serial_comma_ = true;
  EXPECT_EQ(Code(list, actors), (V{"ECU>CHE:111", "PER>CHE:111", "NOR>CHE:111"})) << Trace();
  EXPECT_EQ(Code("Quito/NNP ,/, the/DT old/JJ Lima/NNP ,/, condemned/VBD/condemn Bern/NNP ./.",
                 {{0, 1, "ECU"}, {4, 5, "PER"}, {7, 8, "CHE"}}),
            (V{"ECU>CHE:111"}));
}

// TABARI's FORWARD option: a bare pronoun subject takes the country of the
// first actor named in the sentence before (a name, never a pronoun),
// within the text and from the text before it.
TEST_F(CoderTest, TabariForwardedSubjects) {
  const char* it = "It/PRP condemned/VBD/condemn Oslo/NNP ./.";
  std::vector<A> oslo = {{2, 3, "NOR"}};
  forwarded_ = "ECU";
  EXPECT_EQ(Code(it, oslo), V{});  // off
  forward_ = true;
  EXPECT_EQ(Code(it, oslo), (V{"ECU>NOR:111"}));
  // The first actor this sentence names, its target here, goes on.
  EXPECT_EQ(doc_.article.forwarded_subject, "NOR");
  // A sentence that names no actor carries on what came into it.
  EXPECT_EQ(Code("It/PRP met/VBD/meet ./.", {}), V{});
  EXPECT_EQ(doc_.article.forwarded_subject, "ECU");
  // The agent is not carried, only the country, from one sentence to the next.
  forwarded_.clear();
  EXPECT_EQ(Code("The/DT Lima/NNP cabinet/NN met/VBD/meet ./.\nThey/PRP condemned/VBD/condemn Oslo/NNP ./.",
                 {{1, 3, "PERGOV"}, {7, 8, "NOR"}}),
            (V{"PER>NOR:111"}))
      << Trace();
  EXPECT_EQ(doc_.article.forwarded_subject, "NOR");
  // A subject that is not a bare pronoun is not replaced.
  forwarded_ = "ECU";
  EXPECT_EQ(Code("The/DT ship/NN condemned/VBD/condemn Oslo/NNP ./.", {{3, 4, "NOR"}}), V{});
}

// A peer's compound slot '%': before the verb the subject must name two
// actors, who act on each other even when the clause names someone else;
// after the verb the target slot must hold two actors.
TEST_F(CoderTest, PeerCompoundSlots) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("081 concur\n", "verbs.txt", &problems);
  VerbPattern both;  // "% *"
  both.code = "030";
  both.verb = TokenHash("concur");
  both.compound_source = true;
  both.specificity = 1;
  d->AddPattern(both);
  VerbPattern with;  // "* WITH %"
  with.code = "031";
  with.verb = TokenHash("concur");
  with.elems = {{PatternElem::Kind::kWord, TokenHash("with"), 0}, {PatternElem::Kind::kTarget, 0, 0}};
  with.has_target = with.compound_target = true;
  with.specificity = 3;
  d->AddPattern(with);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  EXPECT_EQ(Code("Quibbleton/NNP and/CC Marrowdale/NNP concur/VBP/concur on/IN Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {4, 5, "FNK"}}),
            (V{"QBT>MRW:030", "MRW>QBT:030"}))
      << Trace();
  // One actor in the subject: the compound pattern does not apply.
  EXPECT_EQ(Code("Quibbleton/NNP concurs/VBZ/concur on/IN Fennick/NNP ./.", {{0, 1, "QBT"}, {2, 3, "FNK"}}),
            (V{"QBT>FNK:081"}));
  EXPECT_EQ(Code("Fennick/NNP concurs/VBZ/concur with/IN Quibbleton/NNP and/CC Marrowdale/NNP ./.",
                 {{0, 1, "FNK"}, {3, 4, "QBT"}, {5, 6, "MRW"}}),
            (V{"FNK>QBT:031", "FNK>MRW:031"}));
  EXPECT_EQ(Code("Fennick/NNP concurs/VBZ/concur with/IN Quibbleton/NNP ./.", {{0, 1, "FNK"}, {3, 4, "QBT"}}),
            (V{"FNK>QBT:081"}));
  // In TABARI's reading the compound after the verb acts on itself.
  options_.dictionary_verbs = true;
  EXPECT_EQ(Code("Fennick/NNP concurs/VBZ/concur with/IN Quibbleton/NNP and/CC Marrowdale/NNP ./.",
                 {{0, 1, "FNK"}, {3, 4, "QBT"}, {5, 6, "MRW"}}),
            (V{"QBT>MRW:031", "MRW>QBT:031"}));
}

// A peer's paired code "[042:043]": each target also acts back on the
// source with the second code (a visit is also a hosting).
TEST_F(CoderTest, PeerPairedCodes) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  VerbPattern tour;
  tour.code = "042";
  tour.paired_code = "043";
  tour.verb = TokenHash("tour");
  d->AddPattern(tour);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  EXPECT_EQ(Code("Quibbleton/NNP toured/VBD/tour Marrowdale/NNP and/CC Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {4, 5, "FNK"}}),
            (V{"QBT>MRW:042", "MRW>QBT:043", "QBT>FNK:042", "FNK>QBT:043"}))
      << Trace();
  // No target, no one to act back.
  EXPECT_EQ(Code("Quibbleton/NNP toured/VBD/tour ./.", {{0, 1, "QBT"}}), V{});
}

// Our own paired codes: a meeting or a clash is both sides' act, so "X
// parleyed with Y" is coded each way; a one-sided act is not, and a
// coordinated subject acting on each other is not coded twice.
TEST_F(CoderTest, OwnPairedCodes) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("040:040 parley with +\n040 parley\n190:190 scuffle with +\n040 summon +\n", "04.txt", &problems);
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty());
  verbs_ = d;
  options_.peer_reading = false;
  EXPECT_EQ(Code("Quibbleton/NNP parleyed/VBD/parley with/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {3, 4, "MRW"}}),
            (V{"QBT>MRW:040", "MRW>QBT:040"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP scuffled/VBD/scuffle with/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {3, 4, "MRW"}}),
            (V{"QBT>MRW:190", "MRW>QBT:190"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP summoned/VBD/summon Marrowdale/NNP ./.", {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            (V{"QBT>MRW:040"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP and/CC Marrowdale/NNP parleyed/VBD/parley ./.", {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            (V{"QBT>MRW:040", "MRW>QBT:040"}))
      << Trace();
}

// A peer verb written as an inflected form ("ZONKED") applies where the
// verb is written so; other forms take the lemma's entry.
TEST_F(CoderTest, PeerInflectedFormPatterns) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("012 tour\n", "verbs.txt", &problems);
  VerbPattern toured;
  toured.code = "042";
  toured.verb = TokenHash("tour");
  toured.surface = TokenHash("toured");
  d->AddPattern(toured);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}};
  EXPECT_EQ(Code("Quibbleton/NNP toured/VBD/tour Marrowdale/NNP ./.", actors), (V{"QBT>MRW:042"})) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP tours/VBZ/tour Marrowdale/NNP ./.", actors), (V{"QBT>MRW:012"})) << Trace();
}

// Our reading takes an actor after in/at/near ("a curfew in X") only when
// no one else follows the verb; the peers take the first actor after it.
TEST_F(CoderTest, PeerModeFirstActorAfterTheVerbEvenInAPlace) {
  UseVerbs("", "032 arrive\n");
  const char* s = "Quibbleton/NNP arrived/VBD/arrive in/IN Marrowdale/NNP on/IN a/DT visit/NN with/IN Fennick/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {3, 4, "MRW"}, {8, 9, "FNK"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>FNK:032"})) << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:032"})) << Trace();
}

// A pronoun that is the whole subject of a reported clause is the speaker
// ("X noted he attacked Y"), in both readings; when the speaker claims or
// admits its own attack, the event is the claim (015).
TEST_F(CoderTest, PronounInReportedSpeechIsTheSpeaker) {
  const char* s = "Quibbleton/NNP noted/VBD/note he/PRP attacked/VBD/attack Marrowdale/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {4, 5, "MRW"}};
  UseVerbs("@speech note\n@speech claim\n", "190 attack\n");
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190"})) << Trace();
  // Claiming one's own attack is a claim of responsibility (015).
  EXPECT_EQ(Code("Quibbleton/NNP claimed/VBD/claim it/PRP attacked/VBD/attack Marrowdale/NNP ./.", actors),
            (V{"QBT>MRW:015"}))
      << Trace();
  // A quoted "it" is not the one quoted ("It attacked Marrowdale," X noted).
  EXPECT_EQ(Code("\xE2\x80\x9C/`` It/PRP attacked/VBD/attack Marrowdale/NNP ,/, \xE2\x80\x9D/'' Quibbleton/NNP "
                 "noted/VBD/note ./.",
                 {{3, 4, "MRW"}, {6, 7, "QBT"}}),
            V{})
      << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190"})) << Trace();
}

// Peer mode: with no target in its own clause a verb takes the first actor
// of a clause under it ("expressed reluctance to get involved in Y").
TEST_F(CoderTest, PeerModeTargetFromAClauseUnderTheVerb) {
  const char* s = "Quibbleton/NNP expressed/VBD/express reluctance/NN to/TO become/VB/become involved/VBN/involve "
                  "in/IN Marrowdale/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {7, 8, "MRW"}};
  UseVerbs("", "020 express\n");
  EXPECT_EQ(Code(s, actors), V{}) << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:020"})) << Trace();
  // A participle after the object belongs to the object's phrase.
  EXPECT_NE(doc_.events.at(0).note.find("first actor of a clause under this one"), std::string::npos) << Trace();
  // ("heard" is left a past tense by the clause analysis, which reads
  // "sent" there as the participle since stop 27 and "spread by" since
  // stop 28, putting the target in the verb's own clause; the peer rule
  // is for what it leaves.)
  EXPECT_EQ(Code("Quibbleton/NNP expressed/VBD/express cultural/JJ rumours/NNS heard/VBD/hear by/IN Marrowdale/NNP "
                 "on/IN its/PRP$ role/NN ./.",
                 {{0, 1, "QBT"}, {6, 7, "MRW"}}),
            (V{"QBT>MRW:020"}))
      << Trace();
  EXPECT_NE(doc_.events.at(0).note.find("first actor of a clause under this one"), std::string::npos) << Trace();
}

// Peer mode: when only the bare verb matches in its clause, patterns may
// match words of the clauses under it ("allowed that X is no really grand
// place": '* REALLY GRAND').
TEST_F(CoderTest, PeerModePatternsSeeTheComplement) {
  UseVerbs("", "080 permit\n024 permit * really grand\n");
  const char* s = "Quibbleton/NNP permitted/VBD/permit that/IN Marrowdale/NNP is/VBZ/be a/DT really/RB grand/JJ "
                  "place/NN ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {3, 4, "MRW"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:080"})) << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:024"})) << Trace();
}

// TABARI's reading (dictionary_verbs): in a sentence the clauses leave
// uncoded, any word the verb dictionary spells is a verb, whatever its tag,
// and a slot before the verb is the actor right there.
TEST_F(CoderTest, TabariReadingFindsVerbsBySpelling) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("190 attack\n", "verbs.txt", &problems);
  VerbPattern march;
  march.code = "017";
  march.verb = TokenHash("march");
  d->AddPattern(march);
  VerbPattern anti = march;  // "ANTI- + *"
  anti.code = "111";
  anti.has_target = true;
  anti.specificity = 4;  // as the loader counts: a word 2 and a slot 2 before the verb, the bare verb 0
  anti.before = {{PatternElem::Kind::kWord, TokenHash("anti"), 0}, {PatternElem::Kind::kGap, 0, 0},
                 {PatternElem::Kind::kTarget, 0, 0}, {PatternElem::Kind::kGap, 0, 0}};
  d->AddPattern(anti);
  d->AddVerbForm(TokenHash("marchx"), TokenHash("march"));  // a spelling the file lists
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  verbs_ = d;
  options_.peer_reading = true;
  const char* misspelt = "Quibbleton/NNP marchx/NN on/IN Marrowdale/NNP ./.";
  EXPECT_EQ(Code(misspelt, {{0, 1, "QBT"}, {3, 4, "MRW"}}), V{}) << "only with dictionary_verbs";
  options_.dictionary_verbs = true;
  EXPECT_EQ(Code(misspelt, {{0, 1, "QBT"}, {3, 4, "MRW"}}), (V{"QBT>MRW:017"})) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP joined/VBD/join an/DT anti/JJ Marrowdale/NNP march/NN ./.",
                 {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            (V{"QBT>MRW:111"}))
      << Trace();
  // A sentence the clauses coded is not read again.
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP in/IN a/DT march/NN on/IN Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {7, 8, "FNK"}}),
            (V{"QBT>MRW:190"}));
  // Null actors are nobody; with no one after the verb there is no event.
  EXPECT_EQ(Code("Quibbleton/NNP marchx/NN on/IN Nobody/NNP ./.", {{0, 1, "QBT"}, {3, 4, "---"}}), V{});
  // "+ WAS * DEAD": the subject is the target, the source someone after the verb.
  VerbPattern dead;
  dead.code = "224";
  dead.verb = TokenHash("zap");
  dead.subject_is_target = true;
  dead.elems = {{PatternElem::Kind::kWord, TokenHash("dead"), 0}};
  d = std::make_shared<VerbDictionary>();
  d->AddPattern(dead);
  d->AddVerbForm(TokenHash("zapx"), TokenHash("zap"));
  d->Compile(&problems);
  verbs_ = d;
  EXPECT_EQ(Code("Quibbleton/NNP zapx/NN dead/JJ in/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            (V{"MRW>QBT:224"}))
      << Trace();
}

// The peers read a bare pronoun subject that names no one as the subject
// of the sentence's main clause before it.
TEST_F(CoderTest, PeerPronounSubjectIsTheMainClauseSubject) {
  const char* s = "Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP and/CC then/RB it/PRP accused/VBD/accuse "
                  "Fennick/NNP of/IN spying/VBG/spy ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}, {7, 8, "FNK"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190"})) << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190", "QBT>FNK:112"})) << Trace();
}

// The peers' compound target runs on past the clause: "believes X and Y
// can cope" is about X and Y even where the clauses make Y cope's subject.
TEST_F(CoderTest, PeerCompoundTargetCrossesTheClauseEnd) {
  UseVerbs("", "023 believe\n");
  const char* s = "Quibbleton/NNP believes/VBZ/believe Marrowdale/NNP and/CC Fennick/NNP can/MD cope/VB ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}, {4, 5, "FNK"}};
  V own = Code(s, actors);
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:023", "QBT>FNK:023"})) << Trace();
  EXPECT_EQ(own, V{"QBT>MRW:023"}) << "the clause analyser's reading, which this test needs";
}

// TABARI codes each of its clauses (split at "and"/"but"): one the clause
// reading left uncoded is read by spelling, its subject carried over.
TEST_F(CoderTest, TabariReadingCodesEachConjoinedClause) {
  UseVerbs("", "111 condemn\n050 promise\n");
  verbs_->AddVerbForm(TokenHash("promised"), TokenHash("promise"));
  const char* s = "Quibbleton/NNP condemned/VBD/condemn Marrowdale/NNP and/CC promised/JJ aid/NN to/TO Fennick/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}, {7, 8, "FNK"}};
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:111"})) << Trace();
  options_.dictionary_verbs = true;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:111", "QBT>FNK:050"})) << Trace();
  tabari_.code_by_sentence = true;  // SET: CODE BY SENTENCE: the first verb only
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:111"})) << Trace();
  // A subordinate code ("023?") stands only alone, and without its "?".
  tabari_ = {};
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  VerbPattern condemn, promise;
  condemn.code = "023?";  // as the TABARI loader keeps "SAID [023?]"
  condemn.verb = TokenHash("condemn");
  promise.code = "050";
  promise.verb = TokenHash("promise");
  d->AddPattern(condemn);
  d->AddPattern(promise);
  d->AddVerbForm(TokenHash("promised"), TokenHash("promise"));
  d->Compile(&problems);
  verbs_ = d;
  EXPECT_EQ(Code(s, actors), (V{"QBT>FNK:050"})) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP condemned/VBD/condemn Marrowdale/NNP ./.", {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            (V{"QBT>MRW:023"}));
}

// TABARI leaves whole sentences uncoded (events/tabari_limits.h): too few
// words, too many verbs, an actor coded [###] or [+++], a discard phrase.
TEST_F(CoderTest, TabariLimitsLeaveSentencesUncoded) {
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  const char* s = "Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP on/IN a/DT cold/JJ grey/JJ morning/NN ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190"}));
  tabari_.min_words = 9;  // the sentence has 8
  EXPECT_EQ(Code(s, actors), V{});
  EXPECT_NE(Trace().find("8 words"), std::string::npos) << Trace();
  tabari_.min_words = 8;
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:190"}));
  // Three verbs of the dictionary; "the attack" is a noun, so is a verb
  // written with a capital inside the sentence.
  const char* busy = "Quibbleton/NNP attacked/VBD/attack and/CC accused/VBD/accuse Marrowdale/NNP after/IN the/DT "
                     "attack/NN and/CC Condemn/NNP Day/NNP ./.";
  std::vector<A> busy_actors = {{0, 1, "QBT"}, {4, 5, "MRW"}};
  // TABARI finds verbs by their spelling (the loader records the forms).
  verbs_->AddVerbForm(TokenHash("attacked"), TokenHash("attack"));
  verbs_->AddVerbForm(TokenHash("accused"), TokenHash("accuse"));
  tabari_.complex_verbs = 3;
  EXPECT_FALSE(Code(busy, busy_actors).empty()) << Trace();
  tabari_.complex_verbs = 2;
  EXPECT_EQ(Code(busy, busy_actors), V{});
  EXPECT_NE(Trace().find("2 verbs"), std::string::npos) << Trace();
  tabari_.complex_verbs = 0;
  tabari_.complex_conjunctions = 2;
  EXPECT_EQ(Code(busy, busy_actors), V{}) << "two conjunctions";
  // "Quibbleton and Marrowdale": a compound actor, not a second clause.
  tabari_.complex_conjunctions = 2;
  EXPECT_FALSE(Code("Quibbleton/NNP and/CC Marrowdale/NNP attacked/VBD/attack Fennick/NNP and/CC burned/VBD/burn "
                    "its/PRP$ barns/NNS ./.",
                    {{0, 1, "QBT"}, {2, 3, "MRW"}, {4, 5, "FNK"}})
                   .empty())
      << Trace();
  tabari_ = {};
  // A discard or complexity code anywhere in the sentence.
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP near/IN the/DT Gloomers/NNPS ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {5, 6, "###"}}),
            V{});
  EXPECT_EQ(Code(s, {{0, 1, "+++"}, {2, 3, "MRW"}}), V{});
  // A phrase of the <TIME> section coded [###].
  verbs_->AddSentenceStop({{TokenHash("once"), TokenHash("upon"), TokenHash("a"), TokenHash("time")}, false, false, "v", 1});
  EXPECT_EQ(Code("Once/RB upon/IN a/DT time/NN Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP ./.",
                 {{4, 5, "QBT"}, {6, 7, "MRW"}}),
            V{});
  EXPECT_NE(Trace().find("discards"), std::string::npos) << Trace();
  // After "the" or with a capital inside the sentence a verb is a noun to
  // TABARI; in a text all in capitals a capital says nothing.
  EXPECT_EQ(Code("Quibbleton/NNP planned/VBD/plan the/DT attack/VB Marrowdale/NNP ./.", {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            V{}) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP will/MD Attack/VB Marrowdale/NNP ./.", {{0, 1, "QBT"}, {3, 4, "MRW"}}), V{}) << Trace();
  EXPECT_EQ(Code("QUIBBLETON/NNP WILL/MD ATTACK/VB/attack MARROWDALE/NNP ./.", {{0, 1, "QBT"}, {3, 4, "MRW"}}),
            (V{"QBT>MRW:190"}))
      << Trace();
  // "attack's" is one word to TABARI, a noun (no blank before the "'s").
  const char* clitic = "Quibbleton/NNP attack/VBP 's/POS Marrowdale/NNP on/IN a/DT grey/JJ day/NN ./.";
  EXPECT_EQ(Code(clitic, {{0, 1, "QBT"}, {3, 4, "MRW"}}), V{}) << Trace();
  // Only in TABARI's reading.
  options_.dictionary_verbs = false;
  EXPECT_EQ(Code(s, {{0, 1, "+++"}, {2, 3, "MRW"}}), (V{"+++>MRW:190"}));
  EXPECT_EQ(Code(clitic, {{0, 1, "QBT"}, {3, 4, "MRW"}}), (V{"QBT>MRW:190"})) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP will/MD Attack/VB/attack Marrowdale/NNP ./.", {{0, 1, "QBT"}, {3, 4, "MRW"}}),
            (V{"QBT>MRW:190"}))
      << Trace();
  // PETRARCH's discard phrases hold in its reading: a sentence's, or with
  // '+' the whole story's.
  verbs_->AddSentenceStop({{TokenHash("hailstorm")}, false, true, "d", 2});
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP ./. A/DT hailstorm/NN followed/VBD/follow ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            V{});
  options_.peer_reading = false;  // never with our own dictionaries' reading
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Marrowdale/NNP ./. A/DT hailstorm/NN followed/VBD/follow ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            (V{"QBT>MRW:190"}));
}

// TABARI's COMMA option: a comma-delimited stretch of a length within
// bounds is deleted before coding, its actors and verbs with it.
TEST_F(CoderTest, TabariCommaOptionDeletesAsides) {
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  // The target is only in the aside: with it deleted there is none.
  const char* aside = "Quibbleton/NNP attacked/VBD/attack ,/, early/RB on/IN Monday/NNP near/IN Marrowdale/NNP ,/, "
                      "the/DT old/JJ road/NN ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {7, 8, "MRW"}};
  EXPECT_EQ(Code(aside, actors), (V{"QBT>MRW:190"}));
  tabari_.comma_min = 2, tabari_.comma_max = 10;
  EXPECT_EQ(Code(aside, actors), V{}) << Trace();
  tabari_.comma_max = 4;  // the aside has 5 words
  EXPECT_EQ(Code(aside, actors), (V{"QBT>MRW:190"}));
  // A terminal stretch and an initial one (with CODE ALL, so that each
  // verb left codes: the sentence is one of TABARI's clauses).
  tabari_ = {};
  tabari_.code_all = true;
  const char* two = "Quibbleton/NNP accused/VBD/accuse Fennick/NNP of/IN spying/VBG/spy ,/, then/RB Marrowdale/NNP "
                    "attacked/VBD/attack Fennick/NNP ./.";
  std::vector<A> two_actors = {{0, 1, "QBT"}, {2, 3, "FNK"}, {7, 8, "MRW"}, {9, 10, "FNK"}};
  EXPECT_EQ(Code(two, two_actors), (V{"QBT>FNK:112", "MRW>FNK:190"}));
  tabari_.comma_emin = 2, tabari_.comma_emax = 10;
  EXPECT_EQ(Code(two, two_actors), (V{"QBT>FNK:112"})) << Trace();
  tabari_ = {};
  tabari_.code_all = true;
  tabari_.comma_bmin = 1, tabari_.comma_bmax = 5;
  EXPECT_EQ(Code(two, two_actors), (V{"MRW>FNK:190"})) << Trace();
  // A comma between the actors of a list ends no stretch.
  tabari_ = {};
  serial_comma_ = true;
  options_.modifiers_in_coordination = true;
  const char* list = "Quibbleton/NNP ,/, the/DT old/JJ Fennick/NNP ,/, and/CC Marrowdale/NNP accused/VBD/accuse "
                     "Gloomford/NNP ./.";
  std::vector<A> list_actors = {{0, 1, "QBT"}, {4, 5, "FNK"}, {7, 8, "MRW"}, {9, 10, "GLM"}};
  V all = Code(list, list_actors);
  EXPECT_EQ(all.size(), 3u) << Trace();
  tabari_.comma_min = 1, tabari_.comma_max = 10;
  EXPECT_EQ(Code(list, list_actors), all) << Trace();
}

// TABARI codes by clause: the first verb that codes in each of its clauses
// (split at "and", "but" and "or") speaks for it; CODE ALL codes them all.
TEST_F(CoderTest, TabariCodesTheFirstVerbOfEachClause) {
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "FNK"}, {6, 7, "MRW"}, {8, 9, "GLM"}};
  const char* one = "Quibbleton/NNP accused/VBD/accuse Fennick/NNP on/IN Monday/NNP ,/, Marrowdale/NNP "
                    "attacked/VBD/attack Gloomford/NNP ./.";
  EXPECT_EQ(Code(one, actors), (V{"QBT>FNK:112"})) << Trace();
  // (Not between two actors: "Fennick and Marrowdale" is one compound actor.)
  for (std::string conj : {"and/CC", "but/CC", "or/CC"}) {
    std::string two = "Quibbleton/NNP accused/VBD/accuse Fennick/NNP on/IN Monday/NNP " + conj +
                      " Marrowdale/NNP attacked/VBD/attack Gloomford/NNP ./.";
    EXPECT_EQ(Code(two, actors), (V{"QBT>FNK:112", "MRW>GLM:190"})) << conj << "\n" << Trace();
  }
  tabari_.code_all = true;
  EXPECT_EQ(Code(one, actors), (V{"QBT>FNK:112", "MRW>GLM:190"})) << Trace();
}

// CODE ALL: the verbs after the first code too, and a pronoun after one
// stands for the nearest actor before it that is not the clause's subject.
TEST_F(CoderTest, TabariCodeAllCodesEveryVerbAndReadsPronouns) {
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  tabari_.code_all = true;
  // "urge" codes the first; "protest" has no actor after it but "it":
  // Fennick, not Quibbleton, who urged.
  EXPECT_EQ(Code("Quibbleton/NNP urged/VBD/urge Fennick/NNP to/TO protest/VB/protest it/PRP ./.",
                 {{0, 1, "QBT"}, {2, 3, "FNK"}}),
            (V{"QBT>FNK:025", "QBT>FNK:141"}))
      << Trace();
  // Without CODE ALL the clause's first verb speaks for it.
  tabari_.code_all = false;
  EXPECT_EQ(Code("Quibbleton/NNP urged/VBD/urge Fennick/NNP to/TO protest/VB/protest it/PRP ./.",
                 {{0, 1, "QBT"}, {2, 3, "FNK"}}),
            (V{"QBT>FNK:025"}))
      << Trace();
  // Coding by clause too, a pronoun object stands for the first actor of
  // the clause before when its own clause has none before it but the subject.
  EXPECT_EQ(Code("Quibbleton/NNP accused/VBD/accuse Fennick/NNP on/IN Monday/NNP and/CC Marrowdale/NNP "
                 "attacked/VBD/attack him/PRP ./.",
                 {{0, 1, "QBT"}, {2, 3, "FNK"}, {6, 7, "MRW"}}),
            (V{"QBT>FNK:112", "MRW>QBT:190"}))
      << Trace();
}

// In TABARI's reading its slots before the verb match in the clause
// reading too ("+ * $": the actor before the verb is the target), and a
// passive's by-phrase is words a pattern may name ("* WEAPON FROM $").
TEST_F(CoderTest, TabariSlotsBeforeTheVerbAndByPhraseWords) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("111 condemn\n072 receive * weapon from $\n", "verbs.txt", &problems);
  VerbPattern swapped;  // "+ * $"
  swapped.code = "112";
  swapped.verb = TokenHash("condemn");
  swapped.before = {{PatternElem::Kind::kTarget, 0, 0}};
  swapped.elems = {{PatternElem::Kind::kSource, 0, 0}};
  swapped.has_target = swapped.has_source = true;
  swapped.specificity = 3;
  d->AddPattern(swapped);
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  verbs_ = d;
  options_.peer_reading = true;
  const char* condemned = "Fennick/NNP condemned/VBD/condemn Quibbleton/NNP ./.";
  std::vector<A> two = {{0, 1, "FNK"}, {2, 3, "QBT"}};
  EXPECT_EQ(Code(condemned, two), (V{"FNK>QBT:111"})) << Trace();  // PETRARCH's reading: no slot before the verb
  options_.dictionary_verbs = true;
  EXPECT_EQ(Code(condemned, two), (V{"QBT>FNK:112"})) << Trace();
  // A pronoun right there fills a slot before the verb ("SAID $ *").
  auto said = std::make_shared<VerbDictionary>(*d);
  VerbPattern he;
  he.code = "113";
  he.verb = TokenHash("regret");
  he.before = {{PatternElem::Kind::kWord, TokenHash("said"), 0}, {PatternElem::Kind::kSource, 0, 0}};
  he.has_source = true;
  he.specificity = 5;
  said->AddPattern(he);
  said->LoadPatternText("111 regret\n", "verbs.txt", &problems);
  said->Compile(&problems);
  verbs_ = said;
  const char* regretted = "Quibbleton/NNP said/VBD/say he/PRP regretted/VBD/regret Fennick/NNP 's/POS refusal/NN ./.";
  std::vector<A> qf = {{0, 1, "QBT"}, {4, 5, "FNK"}};
  EXPECT_EQ(Code(regretted, qf), (V{"QBT>FNK:113"})) << Trace();
  options_.dictionary_verbs = false;
  EXPECT_EQ(Code(regretted, qf), (V{"QBT>FNK:111"})) << Trace();
  options_.dictionary_verbs = true;
  verbs_ = d;
  EXPECT_EQ(Code("Fennick/NNP was/VBD/be received/VBN/receive by/IN courier/NN weapons/NNS/weapon from/IN "
                 "Quibbleton/NNP ./.",
                 {{0, 1, "FNK"}, {7, 8, "QBT"}}),
            (V{"QBT>FNK:072"}))
      << Trace();
}

// A pattern with a synset is tried only where some word of the clause, by
// its lemma or its surface form, is a member's first word (the coder turns
// the others away before matching): "tariffs" is "tariff", "war" is no
// sanction and the bare verb codes.
TEST_F(CoderTest, SynsetPatternNeedsAMemberInTheClause) {
  std::vector<A> actors = {{0, 1, "GON"}, {2, 3, "ROH"}};
  EXPECT_EQ(Code("Gondor/NNP threatened/VBD/threaten Rohan/NNP with/IN steep/JJ tariffs/NNS/tariff ./.", actors),
            (V{"GON>ROH:1312"}))
      << Trace();
  EXPECT_EQ(Code("Gondor/NNP threatened/VBD/threaten Rohan/NNP with/IN penalties/NNS/penalty ./.", actors),
            (V{"GON>ROH:1312"}))
      << Trace();
  EXPECT_EQ(Code("Gondor/NNP threatened/VBD/threaten Rohan/NNP with/IN war/NN ./.", actors), (V{"GON>ROH:130"}))
      << Trace();
}

// A verb with 64 patterns or more (EventCoder::kKeyedMin) is tried through its
// key index (each pattern under its rarest plain word, else its first
// synset's first words, else always): the same events as with a short list
// of the same patterns, where every pattern's word mask is read. The
// filler patterns name words no sentence here has, so they never match.
TEST_F(CoderTest, KeyedPatternListsCodeAsTheShortList) {
  constexpr size_t kKeyedMin = 64;  // EventCoder::kKeyedMin (private there)
  const std::string own =
      "0233 pledge &RELIEF to +\n"
      "0234 pledge troops to +\n"
      "0231 pledge &RELIEF +\n"  // as specific as the first: list order decides
      "030 pledge +\n";
  std::string filler;
  for (size_t i = 0; i < kKeyedMin + 6; ++i) filler += "057 pledge zorblax" + std::to_string(i) + " to +\n";
  const struct {
    const char* tagged;
    std::vector<A> actors;
    V want;
  } cases[] = {
      {"Spain/NNP pledged/VBD/pledge troops/NNS/troop to/TO Mali/NNP ./.", {{0, 1, "ESP"}, {4, 5, "MLI"}},
       V{"ESP>MLI:0234"}},
      // "food aid": a member found by its first word, "food"
      {"Spain/NNP pledged/VBD/pledge food/NN aid/NN to/TO Mali/NNP ./.", {{0, 1, "ESP"}, {5, 6, "MLI"}},
       V{"ESP>MLI:0233"}},
      {"Spain/NNP pledged/VBD/pledge Mali/NNP medical/JJ supplies/NNS/supply ./.", {{0, 1, "ESP"}, {2, 3, "MLI"}},
       V{"ESP>MLI:030"}},
      {"Spain/NNP pledged/VBD/pledge Mali/NNP its/PRP$ backing/NN ./.", {{0, 1, "ESP"}, {2, 3, "MLI"}},
       V{"ESP>MLI:030"}},
  };
  // The third run builds the index on its own thread (`dyad code`): the
  // coder codes before and after it is ready, and the events are the same.
  for (int run = 0; run < 3; ++run) {
    const bool keyed = run > 0;
    options_.index_in_background = run == 2;
    auto d = std::make_shared<VerbDictionary>();
    std::vector<DictProblem> problems;
    d->LoadSynsetText("&RELIEF = food aid | medical team | relief\n", "synsets.txt", WordTokenizer, &problems);
    d->LoadPatternText(keyed ? own + filler : own, "verbs.txt", &problems);
    d->Compile(&problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    ASSERT_EQ(d->PatternsFor(TokenHash("pledge"))->size() >= kKeyedMin, keyed);
    verbs_ = d;
    for (const auto& c : cases)
      EXPECT_EQ(Code(c.tagged, c.actors), c.want) << (keyed ? "keyed: " : "") << (run == 2 ? "background: " : "")
                                                 << Trace();
  }
}

// A pattern list whose patterns name at most 64 synsets tests them in its
// own numbering (EventCoder::ListSynsets: one mask per word, one per
// pattern); a list with more uses every synset's bit (SynsetsStartingIn).
// Patterns with one, two and three synsets code the same either way, and
// with the list's synsets numbered past the first few (the filler comes
// first in the list: its patterns are more specific). A member is found
// by its first word only ("food" alone is not "food aid").
TEST_F(CoderTest, ListSynsetNumberingCodesAsEverySynsetsBits) {
  const std::string synsets =
      "&RELIEF = food aid | medical team | relief\n&ARMS = rifles | heavy weapons\n&MONEY = cash | loans\n";
  const std::string own =
      "0711 send &MONEY &RELIEF and &ARMS to +\n"
      "0712 send &RELIEF and &ARMS to +\n"
      "0713 send &ARMS to +\n"
      "070 send +\n";
  const struct {
    const char* tagged;
    std::vector<A> actors;
    V want;
  } cases[] = {
      {"Spain/NNP sent/VBD/send cash/NN food/NN aid/NN and/CC rifles/NNS/rifle to/TO Mali/NNP ./.",
       {{0, 1, "ESP"}, {8, 9, "MLI"}}, V{"ESP>MLI:0711"}},
      {"Spain/NNP sent/VBD/send relief/NN and/CC heavy/JJ weapons/NNS/weapon to/TO Mali/NNP ./.",
       {{0, 1, "ESP"}, {7, 8, "MLI"}}, V{"ESP>MLI:0712"}},
      {"Spain/NNP sent/VBD/send loans/NNS/loan and/CC rifles/NNS/rifle to/TO Mali/NNP ./.",
       {{0, 1, "ESP"}, {6, 7, "MLI"}}, V{"ESP>MLI:0713"}},
      {"Spain/NNP sent/VBD/send rifles/NNS/rifle to/TO Mali/NNP ./.", {{0, 1, "ESP"}, {4, 5, "MLI"}},
       V{"ESP>MLI:0713"}},
      // No member ("food" is not "food aid", "weapons" not "heavy
      // weapons"), and the bare pattern wants its target after the verb.
      {"Spain/NNP sent/VBD/send food/NN and/CC weapons/NNS/weapon to/TO Mali/NNP ./.",
       {{0, 1, "ESP"}, {6, 7, "MLI"}}, V{}},
      {"Spain/NNP sent/VBD/send Mali/NNP heavy/JJ weapons/NNS/weapon ./.", {{0, 1, "ESP"}, {2, 3, "MLI"}},
       V{"ESP>MLI:070"}},
  };
  // 0 filler synsets; 60 (the list's numbering, own synsets at bits 60-62);
  // 70 (more than 64: every synset's bits).
  for (int fillers : {0, 60, 70}) {
    std::string filler_synsets, filler;
    for (int i = 0; i < fillers; ++i) {
      filler_synsets += "&FILL" + std::to_string(i) + " = zorblax" + std::to_string(i) + " quux\n";
      filler += "057 send * &FILL" + std::to_string(i) + " and &FILL" + std::to_string((i + 1) % fillers) +
                " to the +\n";
    }
    auto d = std::make_shared<VerbDictionary>();
    std::vector<DictProblem> problems;
    d->LoadSynsetText(synsets + filler_synsets, "synsets.txt", WordTokenizer, &problems);
    d->LoadPatternText(filler + own, "verbs.txt", &problems);
    d->Compile(&problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    verbs_ = d;
    for (const auto& c : cases)
      EXPECT_EQ(Code(c.tagged, c.actors), c.want) << fillers << " filler synsets: " << Trace();
  }
}

// The global synset test (a list naming more than 64 synsets) reads each
// pattern's synsets by its position in the list, not by its id: here the
// patterns are written least specific first, after none and before 70
// others, so no pattern's position is its id.
TEST_F(CoderTest, ManySynsetListReadsEachPatternsSynsetsByListPosition) {
  std::string synsets = "&RELIEF = food aid | relief\n&ARMS = rifles | heavy weapons\n&MONEY = cash | loans\n";
  std::string patterns =
      "070 send +\n"
      "0713 send &ARMS to +\n"
      "0712 send &RELIEF and &ARMS to +\n"
      "0711 send &MONEY &RELIEF and &ARMS to +\n";
  for (int i = 0; i < 70; ++i) {
    synsets += "&FILL" + std::to_string(i) + " = zorblax" + std::to_string(i) + " quux\n";
    patterns += "057 send * &FILL" + std::to_string(i) + " and &FILL" + std::to_string((i + 1) % 70) + " to the +\n";
  }
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadSynsetText(synsets, "synsets.txt", WordTokenizer, &problems);
  d->LoadPatternText(patterns, "verbs.txt", &problems);
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  const PatternArray<uint32_t>* list = d->PatternsFor(TokenHash("send"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(d->pattern(list->front()).code, "0711");  // sorted: the most specific first
  EXPECT_NE(list->front(), 0u);
  verbs_ = d;
  EXPECT_EQ(Code("Spain/NNP sent/VBD/send cash/NN relief/NN and/CC rifles/NNS/rifle to/TO Mali/NNP ./.",
                 {{0, 1, "ESP"}, {7, 8, "MLI"}}),
            (V{"ESP>MLI:0711"}))
      << Trace();
  EXPECT_EQ(Code("Spain/NNP sent/VBD/send relief/NN and/CC rifles/NNS/rifle to/TO Mali/NNP ./.",
                 {{0, 1, "ESP"}, {6, 7, "MLI"}}),
            (V{"ESP>MLI:0712"}))
      << Trace();
  EXPECT_EQ(Code("Spain/NNP sent/VBD/send loans/NNS/loan and/CC rifles/NNS/rifle to/TO Mali/NNP ./.",
                 {{0, 1, "ESP"}, {6, 7, "MLI"}}),
            (V{"ESP>MLI:0713"}))
      << Trace();
  // No member of any synset: only the bare pattern, which wants its
  // target right after the verb.
  EXPECT_EQ(Code("Spain/NNP sent/VBD/send food/NN and/CC weapons/NNS/weapon to/TO Mali/NNP ./.",
                 {{0, 1, "ESP"}, {6, 7, "MLI"}}),
            (V{}))
      << Trace();
  EXPECT_EQ(Code("Spain/NNP sent/VBD/send Mali/NNP heavy/JJ weapons/NNS/weapon ./.", {{0, 1, "ESP"}, {2, 3, "MLI"}}),
            (V{"ESP>MLI:070"}))
      << Trace();
}

// TABARI's reading: of two patterns as specific as each other, the one
// whose words reach further wins ({ } alternatives of different lengths).
TEST_F(CoderTest, TabariPrefersTheLongerAlternative) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadSynsetText("&BRIEF = by the river | by the hills\n&LONG = by the river of stars | by the hills\n", "synsets.txt",
                    WordTokenizer, &problems);
  d->LoadPatternText("113 swear * &BRIEF\n115 swear * &LONG\n", "verbs.txt", &problems);
  d->Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  verbs_ = d;
  options_.peer_reading = true;
  const char* stars = "Quibbleton/NNP swore/VBD/swear by/IN the/DT river/NN of/IN stars/NNS/star Fennick/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {7, 8, "FNK"}};
  EXPECT_EQ(Code(stars, actors), (V{"QBT>FNK:113"})) << Trace();  // PETRARCH's reading: the first listed
  options_.dictionary_verbs = true;
  EXPECT_EQ(Code(stars, actors), (V{"QBT>FNK:115"})) << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP swore/VBD/swear by/IN the/DT river/NN Fennick/NNP ./.", {{0, 1, "QBT"}, {5, 6, "FNK"}}),
            (V{"QBT>FNK:113"}))
      << Trace();
}

// TABARI's subordinate code ("SAID [023?]") does not end its reading of
// the sentence by spelling: a later verb codes, and the "?" event goes.
TEST_F(CoderTest, TabariReadsPastASubordinateCode) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("111 condemn\n", "verbs.txt", &problems);
  VerbPattern say;
  say.code = "023?";
  say.verb = TokenHash("say");
  say.specificity = 1;
  d->AddPattern(say);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  // Words the tagger read as adjectives: only the reading by spelling
  // (VerbDictionary::VerbOfWord) sees verbs in them.
  d->AddVerbForm(TokenHash("said"), TokenHash("say"));
  d->AddVerbForm(TokenHash("condemned"), TokenHash("condemn"));
  std::vector<A> actors = {{0, 1, "QBT"}, {4, 5, "FNK"}};
  EXPECT_EQ(Code("Quibbleton/NNP said/JJ it/PRP condemned/JJ Fennick/NNP ./.", actors), (V{"QBT>FNK:111"})) << Trace();
  // With no later verb the subordinate event stands, without its "?".
  EXPECT_EQ(Code("Quibbleton/NNP said/JJ it/PRP mocked/JJ Fennick/NNP ./.", actors), (V{"QBT>FNK:023"})) << Trace();
}

// TABARI's dominant code ("[042!]"): its verb is the only one its sentence
// codes, whatever other clauses say; the event is written without the '!'.
TEST_F(CoderTest, TabariDominantCodeSilencesTheOtherVerbs) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadPatternText("190 attack\n", "verbs.txt", &problems);
  VerbPattern visit;
  visit.code = "042!";
  visit.verb = TokenHash("visit");
  visit.specificity = 1;
  d->AddPattern(visit);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  options_.dictionary_verbs = true;
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "FNK"}, {5, 6, "MRW"}};
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Fennick/NNP and/CC visited/VBD/visit Marrowdale/NNP ./.", actors),
            (V{"QBT>MRW:042"}))
      << Trace();
  // Without a dominant verb each clause codes its own.
  EXPECT_EQ(Code("Quibbleton/NNP attacked/VBD/attack Fennick/NNP and/CC attacked/VBD/attack Marrowdale/NNP ./.",
                 actors),
            (V{"QBT>FNK:190", "QBT>MRW:190"}))
      << Trace();
}

// TABARI's synset members: a blank lets words stand between two words
// (Synset::gaps), a stem matches the words it begins (Synset::stems).
TEST_F(CoderTest, TabariSynsetMembersWithBlanksAndStems) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->AddSynsetMember("COIN", "v", 1, {TokenHash("silver"), TokenHash("ducat")}, 2u, {-1, int32_t(d->AddWordStem("ducat"))});
  VerbPattern pay;
  pay.code = "071";
  pay.verb = TokenHash("pay");
  pay.elems = {{PatternElem::Kind::kSynset, 0, d->SynsetIndex("COIN")}};
  pay.specificity = 2;
  d->AddPattern(pay);
  VerbPattern bare = pay;
  bare.code = "070";
  bare.elems.clear();
  bare.specificity = 0;
  d->AddPattern(bare);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  std::vector<A> actors = {{0, 1, "QBT"}, {7, 8, "MRW"}};
  EXPECT_EQ(Code("Quibbleton/NNP paid/VBD/pay ten/CD silver/JJ minted/JJ ducatoons/NNS to/TO Marrowdale/NNP ./.", actors),
            (V{"QBT>MRW:071"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP paid/VBD/pay ten/CD silver/JJ minted/JJ spoons/NNS to/TO Marrowdale/NNP ./.", actors),
            (V{"QBT>MRW:070"}))
      << Trace();
}

// A peer's `_` ("MARCH_ROADS"): the word right after the verb, no modifier
// skipped, where our own patterns let a word skip to a phrase's head.
TEST_F(CoderTest, JoinedPatternWordsAreAdjacent) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  VerbPattern open;
  open.code = "017";
  open.verb = TokenHash("march");
  open.elems = {{PatternElem::Kind::kWord, TokenHash("roads"), 0, true}};
  d->AddPattern(open);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  EXPECT_EQ(Code("Quibbleton/NNP marched/VBD/march roads/NNS near/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            (V{"QBT>MRW:017"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP marched/VBD/march wide/JJ roads/NNS near/IN Marrowdale/NNP ./.",
                 {{0, 1, "QBT"}, {5, 6, "MRW"}}),
            V{});
  d = std::make_shared<VerbDictionary>();
  open.elems[0].joined = false;
  d->AddPattern(open);
  d->Compile(&problems);
  verbs_ = d;
  EXPECT_EQ(Code("Quibbleton/NNP marched/VBD/march wide/JJ roads/NNS near/IN Marrowdale/NNP ./.",
                 {{0, 1, "QBT"}, {5, 6, "MRW"}}),
            (V{"QBT>MRW:017"}));
}

// A peer stem word ("FIRM~"): any token that begins with it.
TEST_F(CoderTest, PeerStemWords) {
  auto d = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  VerbPattern firm;
  firm.code = "017";
  firm.verb = TokenHash("march");
  PatternElem e{PatternElem::Kind::kWord, TokenHash("firm"), d->AddWordStem("firm")};
  e.stem = true;
  firm.elems = {{PatternElem::Kind::kGap, 0, 0}, e};
  d->AddPattern(firm);
  d->Compile(&problems);
  verbs_ = d;
  options_.peer_reading = true;
  EXPECT_EQ(Code("Quibbleton/NNP marched/VBD/march firmly/RB on/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            (V{"QBT>MRW:017"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP marched/VBD/march fir/NN on/IN Marrowdale/NNP ./.", {{0, 1, "QBT"}, {4, 5, "MRW"}}),
            V{});
}

// "nor" joins a coordinated list when it is one of the conjunctions (the
// engine adds it with --peer-only).
TEST_F(CoderTest, NeitherNorLists) {
  const char* s = "Quibbleton/NNP visited/VBD/visit neither/CC Marrowdale/NNP nor/CC Fennick/NNP ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {3, 4, "MRW"}, {5, 6, "FNK"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:042"})) << Trace();
  options_.conjunctions = {"nor"};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:042", "QBT>FNK:042"})) << Trace();
}

// "X said Y must ...": a demand in our reading (coded by the dictionary's
// bare "demand" pattern), not in the peers', which have patterns for it.
TEST_F(CoderTest, SaidMustIsADemandInOurReadingOnly) {
  UseVerbs("@speech say\n", "150 demand\n");
  const char* s = "Quibbleton/NNP said/VBD/say Marrowdale/NNP must/MD leave/VB ./.";
  std::vector<A> actors = {{0, 1, "QBT"}, {2, 3, "MRW"}};
  EXPECT_EQ(Code(s, actors), (V{"QBT>MRW:150"})) << Trace();
  options_.peer_reading = true;
  EXPECT_EQ(Code(s, actors), V{}) << Trace();
}

// Saying what one's own country must do is policy, and an actor that only
// modifies the subject's noun is not the one who must act.
TEST_F(CoderTest, SaidMustNeedsAnotherActorAsTheSubject) {
  UseVerbs("@speech say\n", "100 demand\n");
  EXPECT_EQ(Code("Quibbleton/NNP officials/NNS said/VBD/say Quibbleton/NNP must/MD save/VB more/JJR ./.",
                 {{0, 2, "QBTGOV"}, {3, 4, "QBT"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP said/VBD/say Marrowdale/NNP goods/NNS/good must/MD be/VB/be cheaper/JJR ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP officials/NNS said/VBD/say Marrowdale/NNP must/MD save/VB more/JJR ./.",
                 {{0, 2, "QBTGOV"}, {3, 4, "MRW"}}),
            (V{"QBTGOV>MRW:100"}))
      << Trace();
}

// A subject that opens with a locative phrase names where the act happened,
// not who acted: the actors after it act. Alone, the place stays the source.
TEST_F(CoderTest, LeadingPlacePhraseIsNoSource) {
  EXPECT_EQ(Code("In/IN Quibbleton/NNP ,/, Marrowdale/NNP visited/VBD/visit Fennick/NNP ./.",
                 {{1, 2, "QBTGOV"}, {3, 4, "MRW"}, {5, 6, "FNK"}}),
            (V{"MRW>FNK:042"}))
      << Trace();
  EXPECT_EQ(Code("A/DT delegation/NN in/IN Quibbleton/NNP visited/VBD/visit Fennick/NNP ./.",
                 {{3, 4, "QBT"}, {5, 6, "FNK"}}),
            (V{"QBT>FNK:042"}))
      << Trace();
  // Hung on a thing by a participle, the place names no one.
  EXPECT_EQ(Code("The/DT accord/NN reached/VBN/reach in/IN Quibbleton/NNP visited/VBD/visit Fennick/NNP ./.",
                 {{4, 5, "QBT"}, {6, 7, "FNK"}}),
            V{})
      << Trace();
}

// Those an "except" names are the ones who did not act.
TEST_F(CoderTest, ExceptedActorsAreNoSources) {
  EXPECT_EQ(Code("All/DT members/NNS/member except/IN Quibbleton/NNP and/CC Marrowdale/NNP visited/VBD/visit Fennick/NNP ./.",
                 {{3, 4, "QBT"}, {5, 6, "MRW"}, {7, 8, "FNK"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP and/CC Marrowdale/NNP visited/VBD/visit Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {4, 5, "FNK"}}),
            (V{"QBT>FNK:042", "MRW>FNK:042"}))
      << Trace();
}

// A participle set off by a comma is a side remark: its objects are not the
// target of the verb before it (a condemnation with no one named codes
// nothing). "including" goes on with the list.
TEST_F(CoderTest, ParticipleAsideNamesNoTarget) {
  EXPECT_EQ(Code("Marrowdale/NNP condemned/VBD/condemn the/DT plan/NN ,/, praising/VBG/praise Fennick/NNP ./.",
                 {{0, 1, "MRW"}, {6, 7, "FNK"}}),
            V{})
      << Trace();
  EXPECT_EQ(Code("Marrowdale/NNP condemned/VBD/condemn the/DT delegates/NNS ,/, including/VBG/include Fennick/NNP ./.",
                 {{0, 1, "MRW"}, {6, 7, "FNK"}}),
            (V{"MRW>FNK:111"}))
      << Trace();
}

// Two countries' citizens protesting in a third protest against it; a place
// further on qualifies a noun and is no target (a protest with none is aimed
// at the protesters' own government).
TEST_F(CoderTest, ProtestAbroadByTwoIsAimedAtThePlace) {
  EXPECT_EQ(Code("Quibbleton/NNP and/CC Marrowdale/NNP protested/VBD/protest in/IN Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {5, 6, "FNK"}}),
            (V{"QBT>FNK:141", "MRW>FNK:141"}))
      << Trace();
  EXPECT_EQ(Code("Quibbleton/NNP and/CC Marrowdale/NNP protested/VBD/protest over/IN the/DT war/NN in/IN Fennick/NNP ./.",
                 {{0, 1, "QBT"}, {2, 3, "MRW"}, {8, 9, "FNK"}}),
            (V{"QBT>QBTGOV:141", "MRW>MRWGOV:141"}))
      << Trace();
}

// A member's abbreviation in parentheses is the same member, and the list
// goes on after it, as subject and as object.
TEST_F(CoderTest, ListsGoOnPastAnAbbreviation) {
  EXPECT_EQ(Code("The/DT Quibbleton/NNP Union/NNP (/LRB QU/NNP )/RRB and/CC Marrowdale/NNP condemned/VBD/condemn "
                 "Fennick/NNP ./.",
                 {{1, 3, "QBT"}, {4, 5, "QBT"}, {7, 8, "MRW"}, {9, 10, "FNK"}}),
            (V{"QBT>FNK:111", "MRW>FNK:111"}))
      << Trace();
  EXPECT_EQ(Code("Fennick/NNP condemned/VBD/condemn the/DT Quibbleton/NNP Union/NNP (/LRB QU/NNP )/RRB and/CC "
                 "Marrowdale/NNP ./.",
                 {{0, 1, "FNK"}, {3, 5, "QBT"}, {6, 7, "QBT"}, {9, 10, "MRW"}}),
            (V{"FNK>QBT:111", "FNK>MRW:111"}))
      << Trace();
}

}  // namespace
}  // namespace dyad
