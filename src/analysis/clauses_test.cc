#include "analysis/clauses.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "testing/tagged_tokens.h"

namespace dyad {
namespace {

class ClausesTest : public ::testing::Test {
 protected:
  // `actors` marks token ranges as actor mentions ("begin-end" by token index).
  // `times` marks token ranges as time expressions (the time tagger runs first).
  void Analyze(std::string_view tagged, std::vector<TokenRange> actors = {}, std::vector<TokenRange> times = {}) {
    doc_ = Doc{};
    testing::TaggedTokenize(tagged, &doc_);
    for (auto r : times) {
      TimeExpr te;
      te.tokens = r;
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
        if (doc_.sentences[s].tokens.contains(r.begin)) te.sentence = s;
      doc_.times.push_back(te);
    }
    for (auto r : actors) {
      ActorMention m;
      m.tokens = r;
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s)
        if (doc_.sentences[s].tokens.contains(r.begin)) m.sentence = s;
      doc_.actors.push_back(m);
    }
    ClauseAnalyzerOptions o;
    uint64_t say = TokenHash("say"), write = TokenHash("write"), tell = TokenHash("tell");
    o.is_speech = [=](uint64_t h) { return h == say || h == write || h == tell; };
    ClauseAnalyzer(o).Run(doc_);
  }
  std::string Text(TokenRange r) { return std::string(doc_.text(r)); }
  const Clause& ClauseOf(std::string_view lemma) {
    for (const auto& c : doc_.clauses)
      if (c.verb.lemma == lemma) return c;
    ADD_FAILURE() << "no clause for " << lemma;
    static Clause none;
    return none;
  }
  Doc doc_;
};

TEST_F(ClausesTest, SubjectVerbAndComplement) {
  Analyze("Petro/NNP accused/VBD/accuse the/DT US/NNP of/IN meddling/VBG/meddle in/IN Colombia/NNP ./.");
  const Clause& c = ClauseOf("accuse");
  EXPECT_EQ(Text(c.subject), "Petro");
  EXPECT_EQ(c.kind, ClauseKind::kFinite);
  EXPECT_EQ(c.verb.tense, Tense::kPast);
  EXPECT_EQ(Text(c.complement), "the US of meddling in Colombia");
  const Clause& g = ClauseOf("meddle");
  EXPECT_EQ(g.kind, ClauseKind::kGerund);
  EXPECT_EQ(doc_.tokens[g.prep].lower, "of");
}

TEST_F(ClausesTest, ActorMentionsInAnyOrderMarkTheirSentence) {
  // Run hands each sentence its own block of doc.actors when the list is in
  // sentence order, and the whole list otherwise: both must mark the same
  // names. "Support" inside the name is no verb of its own.
  const std::string_view text =
      "Rapid/JJ Support/VB Forces/NNS attacked/VBD/attack Ithilen/NNP ./.\n"
      "Ithilen/NNP accused/VBD/accuse the/DT Rapid/JJ Support/VB Forces/NNS ./.";
  for (bool reversed : {false, true}) {
    SCOPED_TRACE(reversed ? "mentions out of sentence order" : "mentions in sentence order");
    std::vector<TokenRange> actors = {{0, 3}, {4, 5}, {6, 7}, {9, 12}};
    if (reversed) std::reverse(actors.begin(), actors.end());
    Analyze(text, actors);
    ASSERT_EQ(doc_.clauses.size(), 2u);
    EXPECT_EQ(Text(ClauseOf("attack").subject), "Rapid Support Forces");
    EXPECT_EQ(Text(ClauseOf("accuse").subject), "Ithilen");
    EXPECT_EQ(Text(ClauseOf("accuse").complement), "the Rapid Support Forces");
  }
}

TEST_F(ClausesTest, LeadingAdverbialIsNotTheSubject) {
  Analyze("In/IN mid-September/NNP ,/, Trump/NNP decertified/VBD/decertify Colombia/NNP ./.");
  EXPECT_EQ(Text(ClauseOf("decertify").subject), "Trump");
}

TEST_F(ClausesTest, PronounIsAWholeSubject) {
  Analyze("Rebels/NNS said/VBD/say on/IN Monday/NNP they/PRP would/MD sign/VB/sign the/DT accord/NN ./.");
  EXPECT_EQ(Text(ClauseOf("sign").subject), "they");
}

TEST_F(ClausesTest, NameWithAbbreviationBeforeItsHeadNoun) {
  // "Andean Pact (AP) group": the name is part of the subject.
  Analyze("The/DT Andean/NNP Pact/NNP (/LRB AP/NNP )/RRB group/NN condemned/VBD/condemn Peru/NNP ./.", {{1, 3}, {8, 9}});
  EXPECT_EQ(Text(ClauseOf("condemn").subject), "The Andean Pact ( AP ) group");  // test tokens are joined by blanks
  // A plural head names the members, not the group: left alone.
  Analyze("Andean/NNP Pact/NNP (/LRB AP/NNP )/RRB states/NNS condemned/VBD/condemn Peru/NNP ./.", {{0, 2}, {7, 8}});
  EXPECT_EQ(Text(ClauseOf("condemn").subject), "states");
}

TEST_F(ClausesTest, ListGoesOnPastAnAbbreviation) {
  // "The Andean Pact (AP) and Chile": the first member ends in its
  // abbreviation; the list does not stop at the parenthesis.
  Analyze("The/DT Andean/NNP Pact/NNP (/LRB AP/NNP )/RRB and/CC Chile/NNP condemned/VBD/condemn Peru/NNP ./.",
          {{1, 3}, {4, 5}, {7, 8}, {9, 10}});
  EXPECT_EQ(Text(ClauseOf("condemn").subject), "The Andean Pact ( AP ) and Chile");
  // Not when no actor stands before the parenthesis.
  Analyze("The/DT talks/NNS (/LRB two/CD )/RRB and/CC Chile/NNP condemned/VBD/condemn Peru/NNP ./.", {{6, 7}, {8, 9}});
  EXPECT_EQ(Text(ClauseOf("condemn").subject), "Chile");
}

TEST_F(ClausesTest, OpeningPhraseIsNoPartOfTheSubjectList) {
  // "Despite warnings from Chile, Peru refused": Chile ends an opening
  // phrase; it is not listed with Peru.
  Analyze("Despite/IN warnings/NNS from/IN Chile/NNP ,/, Peru/NNP refused/VBD/refuse ./.", {{3, 4}, {5, 6}});
  EXPECT_EQ(Text(ClauseOf("refuse").subject), "Peru");
  // A list of names is still a list.
  Analyze("Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP refused/VBD/refuse ./.", {{0, 1}, {2, 3}, {4, 5}});
  EXPECT_EQ(Text(ClauseOf("refuse").subject), "Chile , Peru and Bolivia");
  // An opening "in" phrase followed by no actor is a place, not a list
  // ("In Chile, a landslide killed ..."); followed by actors, the coder's
  // locative rule reads it ("In Lima, Chile and Peru agreed").
  Analyze("In/IN Chile/NNP ,/, a/DT landslide/NN killed/VBD/kill six/CD people/NNS ./.", {{1, 2}});
  EXPECT_EQ(Text(ClauseOf("kill").subject), "a landslide");
  Analyze("In/IN Lima/NNP ,/, Chile/NNP and/CC Peru/NNP agreed/VBD/agree ./.", {{1, 2}, {3, 4}, {5, 6}});
  EXPECT_EQ(Text(ClauseOf("agree").subject), "Lima , Chile and Peru");
}

TEST_F(ClausesTest, ScheduledActIsTheVerb) {
  Analyze("Petro/NNP is/VBZ/be scheduled/VBN/schedule to/TO visit/VB/visit Quito/NNP ./.");
  const Clause& c = ClauseOf("visit");
  EXPECT_EQ(Text(c.subject), "Petro");
  EXPECT_EQ(c.verb.modality, Modality::kFuture);
}

TEST_F(ClausesTest, PlaceAfterANameAndItsAbbreviationBelongsToTheName) {
  // "The Union of Teachers (UT) in Kenya said": the union, not Kenya.
  Analyze("The/DT Union/NNP of/IN Teachers/NNPS (/LRB UT/NNP )/RRB in/IN Kenya/NNP said/VBD/say ./.",
          {{1, 4}, {8, 9}});
  EXPECT_EQ(Text(ClauseOf("say").subject), "The Union of Teachers ( UT ) in Kenya");
}

TEST_F(ClausesTest, DateBeforeTheVerbIsNotTheSubject) {
  Analyze("The/DT minister/NN on/IN Monday/NNP suspended/VBD/suspend the/DT talks/NNS ./.", {}, {{3, 4}});
  EXPECT_EQ(Text(ClauseOf("suspend").subject), "The minister");
  Analyze("Petro/NNP ,/, the/DT president/NN ,/, Monday/NNP suspended/VBD/suspend the/DT talks/NNS ./.", {{0, 1}}, {{5, 6}});
  EXPECT_NE(Text(ClauseOf("suspend").subject), "Monday");
  // Undated text: no time expression was found, the weekday still is one.
  Analyze("Imran/NNP Khan/NNP ,/, on/IN Wednesday/NNP ridiculed/VBD/ridicule Sharif/NNP ./.", {{0, 2}, {6, 7}});
  EXPECT_EQ(Text(ClauseOf("ridicule").subject), "Imran Khan");
  // At the start of the clause a day is the subject.
  Analyze("Friday/NNP marks/VBZ/mark the/DT anniversary/NN ./.");
  EXPECT_EQ(Text(ClauseOf("mark").subject), "Friday");
}

TEST_F(ClausesTest, ParticipleWithAnObjectAfterAnAppositionIsAPastTense) {
  Analyze("The/DT envoy/NN ,/, General/NNP Ruiz/NNP ,/, held/VBN/hold talks/NNS with/IN Petro/NNP ./.", {{9, 10}});
  const Clause& c = ClauseOf("hold");
  EXPECT_EQ(c.kind, ClauseKind::kFinite);
  EXPECT_FALSE(c.verb.passive);
  Analyze("The/DT plan/NN ,/, backed/VBN/back by/IN Petro/NNP ,/, failed/VBD/fail ./.", {{5, 6}});
  EXPECT_EQ(ClauseOf("back").kind, ClauseKind::kParticiple);
}

TEST_F(ClausesTest, NounAfterAModalIsAVerb) {
  Analyze("Farmers/NNS said/VBD/say they/PRP would/MD blockade/NN/blockade Quito/NNP ./.");
  const Clause& c = ClauseOf("blockade");
  EXPECT_EQ(Text(c.subject), "they");
  EXPECT_EQ(c.verb.modality, Modality::kConditional);
}

TEST_F(ClausesTest, NounAfterAModalPastAdverbsAndNegationIsAVerb) {
  // Adverbs and a negation between the modal and the noun are passed over.
  Analyze("Farmers/NNS said/VBD/say they/PRP would/MD not/RB soon/RB blockade/NN/blockade Quito/NNP ./.");
  const Clause& c = ClauseOf("blockade");
  EXPECT_EQ(Text(c.subject), "they");
  EXPECT_TRUE(c.verb.negated);
  EXPECT_EQ(doc_.tokens[6].tag, Tag::VB);
  // Any other word in between ends the modal's reach: the noun stays a noun.
  Analyze("They/PRP could/MD see/VB/see the/DT blockade/NN ./.");
  EXPECT_EQ(doc_.tokens[4].tag, Tag::NN);
  EXPECT_EQ(Text(ClauseOf("see").complement), "the blockade");
  // So does a name: a word inside an actor mention is never a verb.
  Analyze("Quibbleton/NNP could/MD Harbour/NN Company/NNP ./.", {{2, 4}});
  EXPECT_EQ(doc_.tokens[2].tag, Tag::NN);
}

TEST_F(ClausesTest, TimesInAnyOrderMarkTheirSentence) {
  // Run hands each sentence its own block of doc.times when the list is in
  // sentence order, and the whole list otherwise. A date before the verb is
  // no part of the subject ("in 1987" is no post-nominal phrase).
  const std::string_view text =
      "The/DT minister/NN in/IN 1987/CD suspended/VBD/suspend the/DT talks/NNS ./.\n"
      "The/DT envoy/NN in/IN 1989/CD resumed/VBD/resume them/PRP ./.";
  for (bool reversed : {false, true}) {
    SCOPED_TRACE(reversed ? "times out of sentence order" : "times in sentence order");
    std::vector<TokenRange> times = {{3, 4}, {11, 12}};
    if (reversed) std::reverse(times.begin(), times.end());
    Analyze(text, {}, times);
    EXPECT_EQ(Text(ClauseOf("suspend").subject), "The minister");
    EXPECT_EQ(Text(ClauseOf("resume").subject), "The envoy");
  }
}

TEST_F(ClausesTest, ColonOrSemicolonEndsTheClause) {
  // Without the rule the clause would run on over the infinitives, which
  // start no finite clause of their own.
  Analyze("Ithilen/NNP offered/VBD/offer two/CD things/NNS :/: to/TO talk/VB/talk and/CC to/TO wait/VB/wait ./.");
  EXPECT_EQ(Text(ClauseOf("offer").complement), "two things");
  Analyze("Ithilen/NNP offered/VBD/offer two/CD things/NNS ;/; to/TO talk/VB/talk ./.");
  EXPECT_EQ(Text(ClauseOf("offer").complement), "two things");
  // A comma does not.
  Analyze("Ithilen/NNP offered/VBD/offer two/CD things/NNS ,/, to/TO talk/VB/talk ./.");
  EXPECT_EQ(Text(ClauseOf("offer").complement), "two things , to talk");
}

TEST_F(ClausesTest, CoordinatedClausesAndObjects) {
  Analyze("Washington/NNP issued/VBD/issue a/DT waiver/NN ,/, but/CC Bogota/NNP suspended/VBD/suspend all/DT "
          "US/NNP arms/NNS purchases/NNS and/CC Petro/NNP accused/VBD/accuse the/DT US/NNP ./.");
  EXPECT_EQ(Text(ClauseOf("issue").subject), "Washington");
  EXPECT_EQ(Text(ClauseOf("suspend").subject), "Bogota");
  EXPECT_EQ(Text(ClauseOf("suspend").complement), "all US arms purchases");
  EXPECT_EQ(Text(ClauseOf("accuse").subject), "Petro");
}

TEST_F(ClausesTest, CompoundSubject) {
  Analyze("Obama/NNP and/CC Putin/NNP met/VBD/meet in/IN Zurich/NNP ./.", {{0, 1}, {2, 3}});
  EXPECT_EQ(Text(ClauseOf("meet").subject), "Obama and Putin");
}

TEST_F(ClausesTest, AppositionAndRelativeClauseAreSkipped) {
  Analyze("Petro/NNP ,/, a/DT former/JJ guerrilla/NN ,/, campaigned/VBD/campaign on/IN peace/NN ./.", {{0, 1}});
  EXPECT_EQ(Text(ClauseOf("campaign").subject), "Petro");
  Analyze("Jenca/NNP ,/, who/WP recently/RB visited/VBD/visit Colombia/NNP ,/, told/VBD/tell the/DT council/NN "
          "that/IN peace/NN remains/VBZ/remain fragile/JJ ./.",
          {{0, 1}, {5, 6}});
  EXPECT_EQ(Text(ClauseOf("tell").subject), "Jenca");
  const Clause& rel = ClauseOf("visit");
  EXPECT_TRUE(rel.relative);
  EXPECT_EQ(Text(rel.subject), "Jenca");
  EXPECT_EQ(Text(rel.complement), "Colombia");
  const Clause& rep = ClauseOf("remain");
  ASSERT_NE(rep.reported_by, kNone32);
  EXPECT_EQ(doc_.clauses[rep.reported_by].verb.lemma, "tell");
}

// A relative clause with no commas: the main verb's subject is the
// relative's antecedent, not the relative verb's object or the end of its
// phrase; and the relative clause ends at the main verb.
TEST_F(ClausesTest, MainVerbAfterARelativeClauseWithoutCommasTakesTheAntecedent) {
  Analyze("The/DT envoy/NN who/WP visited/VBD/visit Ithilen/NNP met/VBD/meet Quibbleton/NNP ./.", {{4, 5}, {6, 7}});
  EXPECT_TRUE(ClauseOf("visit").relative);
  EXPECT_EQ(Text(ClauseOf("visit").complement), "Ithilen");
  EXPECT_EQ(Text(ClauseOf("meet").subject), "The envoy");
  Analyze("A/DT teacher/NN who/WP was/VBD/be accused/VBN/accuse of/IN fraud/NN was/VBD/be arrested/VBN/arrest "
          "by/IN police/NNS ./.");
  EXPECT_EQ(Text(ClauseOf("arrest").subject), "A teacher");
  // After a verb that takes a clause with no "that", the phrase is that
  // clause's own subject.
  Analyze("Officials/NNS who/WP said/VBD/say Ithilen/NNP attacked/VBD/attack Quibbleton/NNP left/VBD/leave ./.",
          {{3, 4}, {5, 6}});
  EXPECT_EQ(Text(ClauseOf("attack").subject), "Ithilen");
  Analyze("Officials/NNS who/WP feared/VBD/fear Ithilen/NNP would/MD attack/VB/attack Quibbleton/NNP left/VBD/leave ./.",
          {{3, 4}, {6, 7}});
  EXPECT_EQ(Text(ClauseOf("attack").subject), "Ithilen");
  // Nor for a lone plural present after a singular antecedent: a noun the
  // tagger read as a verb.
  Analyze("The/DT council/NN which/WDT faces/VBZ/face a/DT crucial/JJ censure/VBP/censure vote/NN ./.");
  EXPECT_NE(Text(ClauseOf("censure").subject), "The council");
  // Nor across a comma.
  Analyze("After/IN the/DT envoy/NN who/WP visited/VBD/visit Ithilen/NNP left/VBD/leave ,/, Quibbleton/NNP "
          "met/VBD/meet Petro/NNP ./.",
          {{5, 6}, {8, 9}, {10, 11}});
  EXPECT_EQ(Text(ClauseOf("leave").subject), "the envoy");
  EXPECT_EQ(Text(ClauseOf("meet").subject), "Quibbleton");
}

// A bare "-ed" form after a preposition's object inside a relative clause is
// the sentence's own verb when no finite verb follows, and still a modifier
// when one does, or before a by-phrase.
TEST_F(ClausesTest, BarePastAfterARelativeClauseIsTheMainVerb) {
  Analyze("Protesters/NNS who/WP marched/VBD/march through/IN Ithilen/NNP clashed/VBD/clash with/IN police/NNS ./.",
          {{4, 5}});
  EXPECT_EQ(ClauseOf("clash").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("clash").subject), "Protesters");
  Analyze("Envoys/NNS who/WP granted/VBD/grant asylum/NN to/TO officers/NNS holed/VBD/hole up/RP in/IN Lima/NNP "
          "were/VBD/be expelled/VBN/expel ./.",
          {{8, 9}});
  EXPECT_EQ(ClauseOf("hole").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("expel").subject), "Envoys");
  Analyze("Envoys/NNS who/WP spoke/VBD/speak to/TO officers/NNS detained/VBD/detain by/IN police/NNS ./.");
  EXPECT_EQ(ClauseOf("detain").kind, ClauseKind::kReducedRelative);
  // The sentence's verb came before the relative clause.
  Analyze("Police/NNS arrested/VBD/arrest men/NNS who/WP marched/VBD/march through/IN Ithilen/NNP "
          "armed/VBN/arm with/IN knives/NNS ./.",
          {{6, 7}});
  EXPECT_EQ(ClauseOf("arm").kind, ClauseKind::kReducedRelative);
}

// A reduced relative before the sentence's first finite verb has no clause
// to hang on, but still the noun phrase it modifies for subject (the coder
// reads an arrest with no doer from it); the main clause keeps its own.
TEST_F(ClausesTest, ASentenceOpeningReducedRelativeHasItsNounForSubject) {
  Analyze("Two/CD Ithilen/NNP tourists/NNS arrested/VBN/arrest in/IN Quibbleton/NNP were/VBD/be freed/VBN/free ./.",
          {{1, 2}, {5, 6}});
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("arrest").subject), "Two Ithilen tourists");
  EXPECT_EQ(ClauseOf("arrest").parent, kNone32);
  EXPECT_EQ(ClauseOf("free").kind, ClauseKind::kFinite);
  // A finite past opening the sentence is no modifier and keeps its subject.
  Analyze("Two/CD Ithilen/NNP tourists/NNS arrested/VBD/arrest a/DT thief/NN in/IN Quibbleton/NNP ./.",
          {{1, 2}, {7, 8}});
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("arrest").subject), "Two Ithilen tourists");
}

// "told reporters Quibbleton had left": the addressee is no part of the
// reported clause's subject.
TEST_F(ClausesTest, AddresseeOfTellIsNotTheReportedSubject) {
  Analyze("Petro/NNP told/VBD/tell reporters/NNS/reporter Quibbleton/NNP had/VBD/have left/VBN/leave ./.", {{3, 4}});
  EXPECT_EQ(Text(ClauseOf("leave").subject), "Quibbleton");
  Analyze("Petro/NNP told/VBD/tell the/DT council/NN the/DT army/NN had/VBD/have left/VBN/leave ./.");
  EXPECT_EQ(Text(ClauseOf("leave").subject), "the army");
  Analyze("Petro/NNP told/VBD/tell reporters/NNS/reporter major/JJ nations/NNS/nation had/VBD/have left/VBN/leave ./.");
  EXPECT_EQ(Text(ClauseOf("leave").subject), "major nations");
  // A subject right after a verb that takes no addressee is left whole.
  Analyze("Petro/NNP said/VBD/say rebel/NN leader/NN Quibbleton/NNP had/VBD/have left/VBN/leave ./.");
  EXPECT_EQ(Text(ClauseOf("leave").subject), "rebel leader Quibbleton");
}

TEST_F(ClausesTest, PassiveNegationAndModality) {
  Analyze("The/DT visa/NN was/VBD/be revoked/VBN/revoke by/IN the/DT ministry/NN ./.");
  EXPECT_TRUE(ClauseOf("revoke").verb.passive);
  EXPECT_EQ(Text(ClauseOf("revoke").subject), "The visa");
  Analyze("Colombia/NNP did/VBD/do not/RB attend/VB/attend the/DT summit/NN ./.");
  EXPECT_TRUE(ClauseOf("attend").verb.negated);
  EXPECT_EQ(ClauseOf("attend").kind, ClauseKind::kFinite);
  // A partial quotation opening after the auxiliary keeps the negation
  // ('is "not discussing"'); after a full verb it opens the quoted words.
  Analyze("Trump/NNP is/VBZ/be \"/PPL not/RB discussing/VBG/discuss \"/PPR it/PRP ./.");
  EXPECT_TRUE(ClauseOf("discuss").verb.negated);
  Analyze("He/PRP said/VBD/say \"/PPL attack/VB/attack them/PRP \"/PPR ./.");
  EXPECT_EQ(ClauseOf("say").verb.lemma, "say");  // not merged into one group with "attack"
  EXPECT_EQ(ClauseOf("attack").verb.lemma, "attack");
  // Right after a modal, with an adverb before the verb, the quote is inside
  // the group too: the verb keeps its own subject and the obligation.
  Analyze("Cuba/NNP should/MD \"/PPL fully/RB honour/VB/honour the/DT deal/NN \"/PPR ./.");
  EXPECT_EQ(Text(ClauseOf("honour").subject), "Cuba");
  EXPECT_EQ(ClauseOf("honour").verb.modality, Modality::kObligation);
  Analyze("Washington/NNP could/MD impose/VB/impose sanctions/NNS if/IN talks/NNS fail/VBP/fail ./.");
  EXPECT_EQ(ClauseOf("impose").verb.modality, Modality::kPossible);
  EXPECT_TRUE(ClauseOf("fail").conditional);
  Analyze("We/PRP will/MD revoke/VB/revoke the/DT visa/NN ./.");
  EXPECT_EQ(ClauseOf("revoke").verb.modality, Modality::kFuture);
  EXPECT_EQ(ClauseOf("revoke").verb.tense, Tense::kFuture);
  Analyze("The/DT ministry/NN has/VBZ/have also/RB condemned/VBN/condemn the/DT strikes/NNS ./.");
  EXPECT_FALSE(ClauseOf("condemn").verb.passive);
  EXPECT_EQ(Text(ClauseOf("condemn").subject), "The ministry");
}

TEST_F(ClausesTest, InfinitivesTakeTheObjectOrSubjectOfTheirParent) {
  Analyze("Petro/NNP urged/VBD/urge US/NNP troops/NNS to/TO disobey/VB/disobey orders/NNS ./.", {{0, 1}, {2, 4}});
  const Clause& inf = ClauseOf("disobey");
  EXPECT_EQ(inf.kind, ClauseKind::kInfinitive);
  EXPECT_EQ(Text(inf.subject), "US troops");
  EXPECT_EQ(Text(ClauseOf("urge").complement), "US troops to disobey orders");
  Analyze("Obama/NNP wants/VBZ/want to/TO attack/VB/attack Switzerland/NNP ./.", {{0, 1}, {4, 5}});
  EXPECT_EQ(Text(ClauseOf("attack").subject), "Obama");
}

TEST_F(ClausesTest, StativeParticiplesAfterBeAreActive) {
  Analyze("Israel/NNP is/VBZ/be opposed/VBN/oppose to/TO French/JJ mediation/NN ./.", {{0, 1}});
  EXPECT_FALSE(ClauseOf("oppose").verb.passive);
  EXPECT_EQ(Text(ClauseOf("oppose").subject), "Israel");
  // With a by-phrase it is a passive again.
  Analyze("The/DT plan/NN was/VBD/be opposed/VBN/oppose by/IN Israel/NNP ./.", {{4, 5}});
  EXPECT_TRUE(ClauseOf("oppose").verb.passive);
  Analyze("The/DT town/NN was/VBD/be attacked/VBN/attack ./.");
  EXPECT_TRUE(ClauseOf("attack").verb.passive);
}

TEST_F(ClausesTest, ParticipleAfterAFullVerbBeginsItsObject) {
  Analyze("Palestinians/NNPS reject/VBP/reject proposed/VBN/propose Israeli/JJ changes/NNS ./.", {{0, 1}, {3, 4}});
  EXPECT_EQ(doc_.clauses.size(), 1u);
  EXPECT_EQ(Text(ClauseOf("reject").complement), "proposed Israeli changes");
  // After an auxiliary it is the verb.
  Analyze("Israel/NNP has/VBZ/have signed/VBN/sign new/JJ deals/NNS ./.", {{0, 1}});
  EXPECT_EQ(ClauseOf("sign").kind, ClauseKind::kFinite);
}

TEST_F(ClausesTest, ExistentialParticipleIsTheAct) {
  Analyze("There/EX were/VBD/be ten/CD soldiers/NNS killed/VBN/kill by/IN rebels/NNS ./.", {{3, 4}, {6, 7}});
  const Clause& k = ClauseOf("kill");
  EXPECT_EQ(k.kind, ClauseKind::kFinite);
  EXPECT_TRUE(k.verb.passive);
  EXPECT_EQ(Text(k.subject), "ten soldiers");
  // Not after a noun that is no "there be" phrase.
  Analyze("Rebels/NNS attacked/VBD/attack soldiers/NNS posted/VBN/post there/RB ./.", {{0, 1}, {2, 3}});
  EXPECT_EQ(ClauseOf("post").kind, ClauseKind::kReducedRelative);
}

TEST_F(ClausesTest, SubjectPhrases) {
  Analyze("Washington/NNP along/IN with/IN its/PRP$ allies/NNS demanded/VBD/demand talks/NNS ./.", {{0, 1}});
  EXPECT_EQ(Text(ClauseOf("demand").subject), "Washington along with its allies");
  Analyze("Thousands/NNS of/IN farmers/NNS from/IN across/IN the/DT country/NN marched/VBD/march ./.", {{2, 3}});
  EXPECT_EQ(Text(ClauseOf("march").subject), "Thousands of farmers from across the country");
  // A parenthesis right before the verb: the name before it is the subject.
  Analyze("The/DT Labour/NNP Office/NNP (/LRB ILO/NNP )/RRB urged/VBD/urge talks/NNS ./.", {{1, 3}, {4, 5}});
  EXPECT_EQ(Text(ClauseOf("urge").subject), "The Labour Office");
  // A name with its abbreviation, then an apposition: the name.
  Analyze("The/DT Teachers/NNP Union/NNP (/LRB TU/NNP )/RRB ,/, the/DT umbrella/NN union/NN ,/, "
          "struck/VBD/strike ./.", {{1, 3}, {4, 5}});
  EXPECT_EQ(Text(ClauseOf("strike").subject), "The Teachers Union");
}

// A bare "-ed" form after a preposition's object, with a particle or
// preposition after it, modifies that object: its subject is no finite
// verb's ("granted asylum to officers holed up in Lima").
TEST_F(ClausesTest, PastFormAfterAPrepositionsObjectIsAReducedRelative) {
  Analyze("Peru/NNP granted/VBD/grant asylum/NN to/TO five/CD officers/NNS holed/VBD/hole up/RP in/IN "
          "Lima/NNP ./.", {{0, 1}, {5, 6}});
  EXPECT_EQ(ClauseOf("hole").kind, ClauseKind::kReducedRelative);
  // A name after a common noun may start a relative clause with no "that".
  Analyze("It/PRP is/VBZ/be like/IN a/DT contract/NN Pertamina/NNP signed/VBD/sign with/IN Mobil/NNP ./.",
          {{5, 6}, {8, 9}});
  EXPECT_EQ(ClauseOf("sign").kind, ClauseKind::kFinite);
  // A verb of saying takes a clause with no "that".
  Analyze("Officials/NNS said/VBD/say in/IN Lima/NNP rebels/NNS attacked/VBD/attack in/IN force/NN ./.");
  EXPECT_EQ(ClauseOf("attack").kind, ClauseKind::kFinite);
}

// A bare "-ed" form right after the verb's object, followed by an adverbial
// and no object of its own, modifies that object ("freed three reporters
// detained in Lima"): the object is no second verb's subject.
TEST_F(ClausesTest, PastFormAfterTheVerbsObjectIsAReducedRelative) {
  Analyze("Peru/NNP freed/VBD/free three/CD reporters/NNS detained/VBD/detain in/IN Lima/NNP ./.",
          {{0, 1}, {5, 6}});
  EXPECT_EQ(ClauseOf("detain").kind, ClauseKind::kReducedRelative);
  EXPECT_TRUE(ClauseOf("detain").verb.passive);
  EXPECT_EQ(doc_.tokens[4].tag, Tag::VBN);
  EXPECT_EQ(Text(ClauseOf("detain").subject), "three reporters");
  Analyze("Peru/NNP freed/VBD/free the/DT reporters/NNS arrested/VBD/arrest after/IN the/DT march/NN ./.");
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kReducedRelative);
  Analyze("Peru/NNP freed/VBD/free two/CD reporters/NNS arrested/VBD/arrest last/JJ week/NN ./.", {}, {{5, 7}});
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kReducedRelative);
  // An object of its own: the second verb is finite ("... men police
  // arrested" has a name or a determiner inside the phrase; here the verb's
  // own object follows it).
  Analyze("Peru/NNP freed/VBD/free reporters/NNS arrested/VBD/arrest the/DT thieves/NNS in/IN Lima/NNP ./.");
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kFinite);
  // A new subject inside the phrase ("the men the police ...").
  Analyze("Peru/NNP freed/VBD/free the/DT men/NNS the/DT police/NNS arrested/VBD/arrest in/IN Lima/NNP ./.");
  EXPECT_NE(ClauseOf("arrest").kind, ClauseKind::kReducedRelative);
  // A verb that takes a clause with no "that": its noun phrase is a subject.
  Analyze("Peru/NNP feared/VBD/fear rebels/NNS attacked/VBD/attack in/IN force/NN ./.");
  EXPECT_EQ(ClauseOf("attack").kind, ClauseKind::kFinite);
  // A subordinator that may open a clause ("as", "because").
  Analyze("Peru/NNP freed/VBD/free reporters/NNS arrested/VBD/arrest as/IN the/DT march/NN began/VBD/begin ./.");
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kFinite);
  // Coordination: "and" before the second verb keeps it finite.
  Analyze("Peru/NNP freed/VBD/free reporters/NNS and/CC arrested/VBD/arrest in/IN Lima/NNP two/CD thieves/NNS ./.");
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kFinite);
}

// "according to X" attributes the clause before it and ends it.
TEST_F(ClausesTest, AccordingToEndsTheClause) {
  Analyze("Angola/NNP established/VBD/establish ties/NNS ,/, according/VBG/accord to/TO a/DT note/NN "
          "signed/VBN/sign by/IN envoys/NNS ./.", {{0, 1}});
  EXPECT_EQ(Text(ClauseOf("establish").tokens), "Angola established ties");
}

TEST_F(ClausesTest, BeliefParticipleAfterANounIsAReducedPassive) {
  Analyze("The/DT jet/NN was/VBD/be downed/VBN/down by/IN a/DT missile/NN believed/VBD/believe to/TO be/VB/be "
          "fired/VBN/fire by/IN rebels/NNS ./.", {{12, 13}});
  EXPECT_EQ(ClauseOf("believe").kind, ClauseKind::kReducedRelative);
  // The clause of "downed" runs on to the rebels.
  EXPECT_EQ(doc_.clauses[0].tokens.end, 13u);
  // As the main verb it stays finite.
  Analyze("Officials/NNS believed/VBD/believe the/DT rebels/NNS ./.", {{3, 4}});
  EXPECT_EQ(ClauseOf("believe").kind, ClauseKind::kFinite);
}

TEST_F(ClausesTest, ParticipleAfterAPrepositionIsAnAdjective) {
  Analyze("The/DT envoy/NN met/VBD/meet with/IN jailed/VBD/jail reporters/NNS from/IN Peru/NNP ./.", {{7, 8}});
  EXPECT_EQ(doc_.clauses.size(), 1u);
  EXPECT_EQ(Text(ClauseOf("meet").complement), "with jailed reporters from Peru");
  // After a subordinator tagged IN it may open a clause.
  Analyze("Prices/NNS rose/VBD/rise after/IN reported/VBD/report talks/NNS ./.");
  EXPECT_EQ(doc_.clauses.size(), 2u);
}

TEST_F(ClausesTest, GardenPathParticipleModifiesTheSubject) {
  // "detained" looks like the simple past but "were freed" is the verb.
  Analyze("The/DT farmers/NNS detained/VBD/detain for/IN blocking/VBG/block roads/NNS near/IN Quito/NNP "
          "were/VBD/be freed/VBN/free by/IN the/DT army/NN ./.", {{7, 8}, {12, 13}});
  EXPECT_EQ(ClauseOf("detain").kind, ClauseKind::kReducedRelative);
  const Clause& f = ClauseOf("free");
  EXPECT_EQ(f.kind, ClauseKind::kFinite);
  EXPECT_TRUE(f.verb.passive);
  EXPECT_EQ(doc_.tokens[f.subject.begin].lower, "the");
  EXPECT_EQ(Text(f.subject).substr(0, 11), "The farmers");
  // A date, then a place: "a study published Monday in Lima found that".
  Analyze("A/DT study/NN published/VBD/publish Monday/NNP in/IN Lima/NNP found/VBD/find that/IN "
          "Chile/NNP erred/VBD/err ./.", {{5, 6}, {8, 9}}, {{3, 4}});
  EXPECT_EQ(ClauseOf("publish").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(ClauseOf("find").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("find").subject), "A study published Monday in Lima");
  // The later verb has a subject of its own: both stay finite.
  Analyze("Bolivia/NNP agreed/VBD/agree in/IN May/NNP the/DT deal/NN would/MD stand/VB/stand ./.", {{0, 1}});
  EXPECT_EQ(ClauseOf("agree").kind, ClauseKind::kFinite);
  EXPECT_EQ(ClauseOf("stand").kind, ClauseKind::kFinite);
  // Not after a verb of saying.
  Analyze("Ecuador/NNP said/VBD/say on/IN Friday/NNP troops/NNS would/MD leave/VB/leave ./.", {{0, 1}});
  EXPECT_EQ(ClauseOf("say").kind, ClauseKind::kFinite);
  // A wh-word between: "how Chile manages" has its own subject.
  Analyze("The/DT bank/NN called/VBD/call for/IN reforms/NNS in/IN how/WRB Chile/NNP manages/VBZ/manage "
          "its/PRP$ debt/NN ./.", {{6, 7}});
  EXPECT_EQ(ClauseOf("call").kind, ClauseKind::kFinite);
  // "to" opening an infinitive is no preposition.
  Analyze("The/DT firm/NN offered/VBD/offer to/TO build/VB/build ships/NNS at/IN low/JJ prices/NNS "
          "marks/VBZ/mark a/DT shift/NN ./.");
  EXPECT_EQ(ClauseOf("offer").kind, ClauseKind::kFinite);
  // A bare "-ed" verb after the phrase may be the modifier itself.
  Analyze("The/DT cabinet/NN proposed/VBD/propose in/IN a/DT bill/NN offered/VBD/offer Congress/NNP "
          "new/JJ rules/NNS ./.", {{7, 8}});
  EXPECT_EQ(ClauseOf("propose").kind, ClauseKind::kFinite);
}

// An irregular verb whose past tense and participle are one word ("held",
// "shot", Words::same_form) is read as a reduced relative where a regular
// "-ed" form is: opening the sentence before another verb, after the
// verb's object, after a preposition's object. Its finite readings stay.
TEST_F(ClausesTest, SameFormIrregularPastsAreReducedRelativesToo) {
  Analyze("The/DT reporters/NNS held/VBD/hold in/IN Quito/NNP were/VBD/be freed/VBN/free on/IN Monday/NNP ./.",
          {{4, 5}});
  EXPECT_EQ(ClauseOf("hold").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(ClauseOf("free").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("free").subject).substr(0, 13), "The reporters");
  Analyze("Rebels/NNS shot/VBD/shoot by/IN soldiers/NNS fled/VBD/flee into/IN the/DT hills/NNS ./.");
  EXPECT_EQ(ClauseOf("shoot").kind, ClauseKind::kReducedRelative);
  EXPECT_TRUE(ClauseOf("shoot").verb.passive);
  EXPECT_EQ(ClauseOf("flee").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("flee").subject), "Rebels shot by soldiers");
  // A later regular "-ed" form that takes a passive may be the modifier
  // itself, but not with an object after it when the earlier one names
  // its agent with "by" (AgentThenObjectBreaksTheTie, below).
  Analyze("Rebels/NNS shot/VBD/shoot by/IN soldiers/NNS wounded/VBD/wound three/CD men/NNS ./.");
  EXPECT_EQ(ClauseOf("shoot").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("wound").subject), "Rebels shot by soldiers");
  // After the verb's object, before an adverbial.
  Analyze("Peru/NNP freed/VBD/free two/CD reporters/NNS held/VBD/hold since/IN May/NNP ./.", {{0, 1}}, {{6, 7}});
  EXPECT_EQ(ClauseOf("hold").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(doc_.tokens[4].tag, Tag::VBN);
  EXPECT_EQ(Text(ClauseOf("hold").subject), "two reporters");
  Analyze("Peru/NNP buried/VBD/bury three/CD men/NNS shot/VBD/shoot by/IN the/DT police/NNS ./.", {{0, 1}});
  EXPECT_EQ(ClauseOf("shoot").kind, ClauseKind::kReducedRelative);
  // After a preposition's object.
  Analyze("Peru/NNP granted/VBD/grant asylum/NN to/TO five/CD officers/NNS caught/VBD/catch in/IN "
          "Lima/NNP ./.", {{0, 1}, {7, 8}});
  EXPECT_EQ(ClauseOf("catch").kind, ClauseKind::kReducedRelative);
  // Finite readings: an object after the verb; "shot dead" then an object;
  // a particle and no later verb; a later verb with its own subject.
  Analyze("Police/NNS held/VBD/hold the/DT reporters/NNS for/IN two/CD days/NNS ./.");
  EXPECT_EQ(ClauseOf("hold").kind, ClauseKind::kFinite);
  Analyze("The/DT army/NN shot/VBD/shoot dead/JJ three/CD men/NNS in/IN Quito/NNP ./.", {{6, 7}});
  EXPECT_EQ(ClauseOf("shoot").kind, ClauseKind::kFinite);
  Analyze("Peru/NNP hit/VBD/hit back/RP at/IN Chile/NNP on/IN Monday/NNP ./.", {{0, 1}, {4, 5}}, {{6, 7}});
  EXPECT_EQ(ClauseOf("hit").kind, ClauseKind::kFinite);
  Analyze("Peru/NNP struck/VBD/strike at/IN dawn/NN and/CC rebels/NNS fled/VBD/flee ./.", {{0, 1}});
  EXPECT_EQ(ClauseOf("strike").kind, ClauseKind::kFinite);
  // After a verb with an addressee ("told reporters ...") the noun phrase
  // is the reported clause's subject.
  Analyze("Peru/NNP told/VBD/tell reporters/NNS troops/NNS fought/VBD/fight in/IN Lima/NNP ./.", {{0, 1}, {6, 7}});
  EXPECT_EQ(ClauseOf("fight").kind, ClauseKind::kFinite);
  // A same-form word outside the list ("met") keeps its finite reading.
  Analyze("Envoys/NNS met/VBD/meet in/IN Lima/NNP signed/VBD/sign a/DT deal/NN ./.", {{3, 4}});
  EXPECT_EQ(ClauseOf("meet").kind, ClauseKind::kFinite);
}

// The garden path with a later bare "-ed" form: when the earlier verb
// names its agent with "by" and the later one has a noun phrase after it,
// the earlier is the modifier (a passive participle takes no object). Not
// when the later verb's passive keeps a noun phrase ("called the Front",
// "granted asylum"), nor after a by-phrase of an amount ("rose by 5
// percent"), nor with no by-phrase ("proposed in a bill offered ...").
TEST_F(ClausesTest, AgentThenObjectBreaksTheTie) {
  Analyze("Forces/NNS led/VBD/lead by/IN a/DT general/NN attacked/VBD/attack the/DT town/NN ./.");
  EXPECT_EQ(ClauseOf("lead").kind, ClauseKind::kReducedRelative);
  EXPECT_TRUE(ClauseOf("lead").verb.passive);
  EXPECT_EQ(ClauseOf("attack").kind, ClauseKind::kFinite);
  EXPECT_EQ(Text(ClauseOf("attack").subject), "Forces led by a general");
  // An adverb before "by"; a name as the object.
  Analyze("Troops/NNS backed/VBD/back only/RB by/IN tanks/NNS stormed/VBD/storm Lima/NNP ./.", {{6, 7}});
  EXPECT_EQ(ClauseOf("back").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("storm").subject), "Troops backed only by tanks");
  // The later verb's passive takes a complement: no reading chosen.
  Analyze("Rebels/NNS funded/VBD/fund by/IN a/DT group/NN called/VBD/call the/DT Front/NNP ./.");
  EXPECT_EQ(ClauseOf("fund").kind, ClauseKind::kFinite);
  Analyze("Refugees/NNS helped/VBD/help by/IN a/DT charity/NN granted/VBD/grant asylum/NN ./.");
  EXPECT_EQ(ClauseOf("help").kind, ClauseKind::kFinite);
  // An amount after "by", not an agent.
  Analyze("Exports/NNS increased/VBD/increase by/IN five/CD percent/NN boosted/VBD/boost the/DT peso/NN ./.");
  EXPECT_EQ(ClauseOf("increase").kind, ClauseKind::kFinite);
  // No object after the later verb.
  Analyze("Forces/NNS led/VBD/lead by/IN a/DT general/NN advanced/VBD/advance in/IN the/DT north/NN ./.");
  EXPECT_EQ(ClauseOf("lead").kind, ClauseKind::kFinite);
  // An "-ed" word after an adjective is an adjective of the by-phrase.
  Analyze("Forces/NNS led/VBD/lead by/IN Syrian/JJ armed/VBD/arm groups/NNS ./.");
  EXPECT_EQ(ClauseOf("lead").kind, ClauseKind::kFinite);
  // Without "by": a place or cause phrase, then an object opening with a
  // determiner (or naming an actor); an adverb and a year may stand
  // between.
  Analyze("Tourists/NNS arrested/VBD/arrest in/IN Bali/NNP faced/VBD/face a/DT long/JJ term/NN ./.");
  EXPECT_EQ(ClauseOf("arrest").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("face").subject), "Tourists arrested in Bali");
  Analyze("Troops/NNS stationed/VBD/station in/IN 2019/CD also/RB seized/VBD/seize the/DT port/NN ./.",
          {}, {{3, 4}});
  EXPECT_EQ(ClauseOf("station").kind, ClauseKind::kReducedRelative);
  // Before a bare noun the "-ed" word may be an adjective ("EC
  // manufactured goods", "a deeply divided country").
  Analyze("Tamura/NNP referred/VBD/refer to/TO imports/NNS of/IN EC/NNP manufactured/VBD/manufacture goods/NNS ./.",
          {{0, 1}});
  EXPECT_EQ(ClauseOf("refer").kind, ClauseKind::kFinite);
  Analyze("Envoys/NNS called/VBD/call for/IN unity/NN in/IN the/DT deeply/RB divided/VBD/divide country/NN ./.");
  EXPECT_EQ(ClauseOf("call").kind, ClauseKind::kFinite);
  // An earlier verb that takes no passive is no modifier.
  Analyze("A/DT fire/NN happened/VBD/happen in/IN Lima/NNP destroyed/VBD/destroy the/DT depot/NN ./.", {{4, 5}});
  EXPECT_EQ(ClauseOf("happen").kind, ClauseKind::kFinite);
}

// "cut", "put", "set", "spread" (also presents) and "met" ("met with") are
// participles after a noun only right before "by" and an agent
// (Words::same_form_by); elsewhere, and before a by-phrase of means, they
// keep their finite reading.
TEST_F(ClausesTest, SameFormPresentsAreParticiplesOnlyBeforeAnAgent) {
  Analyze("Fires/NNS set/VBD/set by/IN rebels/NNS destroyed/VBD/destroy homes/NNS ./.");
  EXPECT_EQ(ClauseOf("set").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("destroy").subject), "Fires set by rebels");
  Analyze("Protesters/NNS met/VBD/meet by/IN police/NN in/IN Lima/NNP fled/VBD/flee ./.", {{5, 6}});
  EXPECT_EQ(ClauseOf("meet").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(ClauseOf("flee").kind, ClauseKind::kFinite);
  // After the verb's object.
  Analyze("Peru/NNP cleared/VBD/clear mines/NNS put/VBD/put by/IN rebels/NNS near/IN Lima/NNP ./.",
          {{0, 1}, {7, 8}});
  EXPECT_EQ(ClauseOf("put").kind, ClauseKind::kReducedRelative);
  EXPECT_EQ(Text(ClauseOf("put").subject), "mines");
  // Not before a preposition other than "by", nor before "by" and a means.
  Analyze("Envoys/NNS met/VBD/meet in/IN Lima/NNP signed/VBD/sign a/DT deal/NN ./.", {{3, 4}});
  EXPECT_EQ(ClauseOf("meet").kind, ClauseKind::kFinite);
  Analyze("Envoys/NNS met/VBD/meet by/IN telephone/NN in/IN May/NNP fled/VBD/flee ./.");
  EXPECT_EQ(ClauseOf("meet").kind, ClauseKind::kFinite);
  Analyze("Peru/NNP cleared/VBD/clear roads/NNS rebels/NNS cut/VBD/cut in/IN May/NNP ./.", {{0, 1}});
  EXPECT_NE(ClauseOf("cut").kind, ClauseKind::kReducedRelative);
  Analyze("Farmers/NNS spread/VBD/spread across/IN the/DT valley/NN planted/VBD/plant rice/NN ./.");
  EXPECT_EQ(ClauseOf("spread").kind, ClauseKind::kFinite);
}

TEST_F(ClausesTest, GerundsAndParticiplesShareTheSubject) {
  Analyze("Petro/NNP responded/VBD/respond by/IN accusing/VBG/accuse the/DT US/NNP and/CC called/VBD/call "
          "the/DT move/NN arrogant/JJ ./.", {{0, 1}, {5, 6}});
  EXPECT_EQ(Text(ClauseOf("accuse").subject), "Petro");
  EXPECT_EQ(ClauseOf("accuse").kind, ClauseKind::kGerund);
  EXPECT_EQ(Text(ClauseOf("call").subject), "Petro");
  EXPECT_TRUE(ClauseOf("call").subject_inherited);
  Analyze("Graham/NNP summed/VBD/sum up/RP the/DT mood/NN ,/, saying/VBG/say aid/NN must/MD stop/VB/stop ./.");
  EXPECT_EQ(ClauseOf("sum").verb.particle, 2u);
  EXPECT_EQ(ClauseOf("say").kind, ClauseKind::kParticiple);
  EXPECT_EQ(Text(ClauseOf("say").subject), "Graham");
}

TEST_F(ClausesTest, ReportedSpeechBothWays) {
  Analyze("Officials/NNS said/VBD/say that/IN rebels/NNS attacked/VBD/attack the/DT town/NN ./.");
  const Clause& a = ClauseOf("attack");
  ASSERT_NE(a.reported_by, kNone32);
  EXPECT_EQ(doc_.clauses[a.reported_by].verb.lemma, "say");
  Analyze("Rebels/NNS attacked/VBD/attack the/DT town/NN ,/, officials/NNS said/VBD/say ./.");
  ASSERT_NE(ClauseOf("attack").reported_by, kNone32);
  Analyze("Rebels/NNS attacked/VBD/attack the/DT town/NN ,/, said/VBD/say a/DT police/NN official/NN ./.");
  EXPECT_EQ(Text(ClauseOf("say").subject), "a police official");
  ASSERT_NE(ClauseOf("attack").reported_by, kNone32);
}

TEST_F(ClausesTest, QuotedPostAfterAColonIsReportedSpeech) {
  Analyze("The/DT department/NN wrote/VBD/write :/: \u201C/`` He/PRP urged/VBD/urge troops/NNS to/TO "
          "riot/VB/riot ./. We/PRP will/MD revoke/VB/revoke his/PRP$ visa/NN ./. \u201D/''");
  const Clause& w = ClauseOf("write");
  EXPECT_EQ(Text(w.complement), "");
  const Clause& r = ClauseOf("revoke");
  ASSERT_NE(r.reported_by, kNone32);
  EXPECT_EQ(doc_.clauses[r.reported_by].verb.lemma, "write");
  EXPECT_EQ(Text(r.subject), "We");
}

TEST_F(ClausesTest, ParticipleJoinedToAPassiveIsPassive) {
  Analyze("An/DT envoy/NN was/VBD/be beaten/VBN/beat and/CC kidnapped/VBD/kidnap in/IN Lima/NNP ./.", {{6, 7}});
  const Clause& k = ClauseOf("kidnap");
  EXPECT_TRUE(k.verb.passive);
  EXPECT_EQ(Text(k.subject), "An envoy");
  // It shares the modal too.
  Analyze("The/DT plan/NN must/MD be/VB/be debated/VBN/debate and/CC approved/VBD/approve ./.");
  EXPECT_TRUE(ClauseOf("approve").verb.passive);
  EXPECT_EQ(ClauseOf("approve").verb.modality, Modality::kObligation);
  // Not after an active verb, nor with words between.
  Analyze("Rebels/NNS stormed/VBD/storm and/CC looted/VBD/loot the/DT town/NN ./.");
  EXPECT_FALSE(ClauseOf("loot").verb.passive);
  Analyze("An/DT envoy/NN was/VBD/be beaten/VBN/beat and/CC then/RB kidnapped/VBD/kidnap villagers/NNS ./.");
  EXPECT_FALSE(ClauseOf("kidnap").verb.passive);
}

TEST_F(ClausesTest, CountGappedAfterAPassiveIsPassive) {
  // "... were killed in the raid and dozens wounded": the count shares
  // the passive's auxiliary; it was wounded, it wounded no one.
  Analyze("Four/CD guards/NNS were/VBD/be killed/VBN/kill in/IN the/DT raid/NN and/CC dozens/NNS wounded/VBD/wound ./.");
  const Clause& k = ClauseOf("wound");
  EXPECT_TRUE(k.verb.passive);
  EXPECT_EQ(Text(k.subject), "dozens");
  Analyze("Two/CD were/VBD/be arrested/VBN/arrest and/CC 14/CD injured/VBD/injure ./.");
  EXPECT_TRUE(ClauseOf("injure").verb.passive);
  // Not after an active clause, not with a subject that names someone, and
  // not with an object.
  Analyze("Rebels/NNS killed/VBD/kill four/CD guards/NNS and/CC dozens/NNS fled/VBD/flee ./.");
  EXPECT_FALSE(ClauseOf("flee").verb.passive);
  Analyze("Four/CD guards/NNS were/VBD/be killed/VBN/kill and/CC protesters/NNS fled/VBD/flee ./.");
  EXPECT_FALSE(ClauseOf("flee").verb.passive);
  Analyze("Four/CD guards/NNS were/VBD/be killed/VBN/kill and/CC dozens/NNS stormed/VBD/storm the/DT jail/NN ./.");
  EXPECT_FALSE(ClauseOf("storm").verb.passive);
}

TEST_F(ClausesTest, SimplePresentAfterBeforeIsNotYetAnAct) {
  Analyze("Lima/NNP will/MD decide/VB/decide a/DT day/NN before/IN Petro/NNP visits/VBZ/visit Quito/NNP ./.",
          {{0, 1}, {6, 7}, {8, 9}});
  EXPECT_TRUE(ClauseOf("visit").conditional);
  EXPECT_FALSE(ClauseOf("decide").conditional);
  // A perfect or a past tense after it reports what happened.
  Analyze("Quito/NNP protested/VBD/protest after/IN Peru/NNP has/VBZ/have expelled/VBN/expel envoys/NNS ./.",
          {{0, 1}, {3, 4}});
  EXPECT_FALSE(ClauseOf("expel").conditional);
  Analyze("Quito/NNP protested/VBD/protest after/IN Peru/NNP expelled/VBD/expel envoys/NNS ./.", {{0, 1}, {3, 4}});
  EXPECT_FALSE(ClauseOf("expel").conditional);
}

TEST_F(ClausesTest, QuestionsAreNotAssertions) {
  Analyze("Will/MD Colombia/NNP expel/VB/expel the/DT envoy/NN ?/.");
  for (const auto& c : doc_.clauses) EXPECT_TRUE(c.conditional);
}

TEST_F(ClausesTest, MarksAreFoundWhereverTheyFallInTheClassPass) {
  // The class pass reads four words a step and the words after the last
  // full step one by one. A modal (which makes the noun after it a verb)
  // and "according to" (which ends the clause before it) are found in
  // either part and at any place in a step: the leading adverbs move them.
  for (int k = 0; k < 5; ++k) {
    SCOPED_TRACE(k);
    std::string lead;
    for (int i = 0; i < k; ++i) lead += "quietly/RB ";
    Analyze(lead + "Dravik/NNP would/MD blockade/NN/blockade");
    const Clause& c = ClauseOf("blockade");
    EXPECT_EQ(Text(c.subject), "Dravik");
    EXPECT_EQ(c.verb.modality, Modality::kConditional);
    EXPECT_EQ(c.verb.head < doc_.tokens.size() ? doc_.tokens[c.verb.head].tag : Tag::kNone, Tag::VB);
    Analyze(lead + "Dravik/NNP left/VBD/leave Quito/NNP according/VBG/accord to/TO Oltan/NNP");
    EXPECT_EQ(Text(ClauseOf("leave").complement), "Quito");
  }
}

TEST_F(ClausesTest, VerbsAndNounPhrasesAreFoundAnywhereInALongSentence) {
  // The verb-group walk and the noun-phrase runs jump through bitmaps of
  // the class bits, 64 words to a map word, built 16 words a step. The
  // leading adverbs move the verb, the object and the phrase after it
  // across every place in a map word and across the word boundaries; a
  // long object fills a whole map word; and the sentence ends in its last
  // noun phrase (no final stop) or in a full stop.
  for (int k = 0; k < 140; ++k) {
    SCOPED_TRACE(k);
    std::string lead;
    for (int i = 0; i < k; ++i) lead += "quietly/RB ";
    std::string adjectives, object = "the ";
    for (int i = 0; i < (k % 3 == 0 ? 70 : 1); ++i) adjectives += "old/JJ ", object += "old ";
    object += "town";
    const std::string end = k % 2 == 0 ? "" : " ./.";
    Analyze(lead + "Dravik/NNP seized/VBD/seize the/DT " + adjectives + "town/NN of/IN Quello/NNP" + end);
    ASSERT_EQ(doc_.clauses.size(), 1u);
    const Clause& c = ClauseOf("seize");
    EXPECT_EQ(Text(c.subject), "Dravik");
    ASSERT_EQ(c.objects.size(), 1u);
    EXPECT_EQ(Text(c.objects[0]), object);
    ASSERT_EQ(c.preps.size(), 1u);
    EXPECT_EQ(Text(c.preps[0].object), "Quello");
    // A verb after another long run of words that stop no scan.
    Analyze(lead + "Dravik/NNP " + lead + "left/VBD/leave Quello/NNP" + end);
    ASSERT_EQ(doc_.clauses.size(), 1u);
    EXPECT_EQ(Text(ClauseOf("leave").subject), "Dravik");
    EXPECT_EQ(Text(ClauseOf("leave").complement), "Quello");
  }
}

TEST(ClauseAnalyzerSpeech, EachAnalyzerKeepsItsOwnAnswersOnOneThread) {
  // is_speech is remembered per thread by lemma hash: an analyser that
  // calls "declare" a verb of saying and one that does not, used in turn
  // on one thread, each give their own answer every time (the memo
  // belongs to the analyser that filled it).
  const uint64_t declare = TokenHash("declare");
  ClauseAnalyzerOptions speech, plain;
  speech.is_speech = [=](uint64_t h) { return h == declare; };
  plain.is_speech = [](uint64_t) { return false; };
  const ClauseAnalyzer with(speech), without(plain);
  auto declares = [](const ClauseAnalyzer& a) {
    Doc doc;
    testing::TaggedTokenize("Norvath/NNP declared/VBD/declare a/DT truce/NN ./.", &doc);
    a.Run(doc);
    EXPECT_EQ(doc.clauses.size(), 1u);
    return !doc.clauses.empty() && doc.clauses[0].is_speech;
  };
  for (int round = 0; round < 2; ++round) {
    SCOPED_TRACE(round);
    EXPECT_TRUE(declares(with));
    EXPECT_FALSE(declares(without));
  }
}

TEST(ClauseAnalyzerSpeech, LemmasSharingAMemoSlotEachGetTheirAnswer) {
  // Two lemmas whose hashes fall in the same slot of the memo (found here
  // among made-up verbs, so the test does not depend on the hash's values),
  // one of saying and one not, in one sentence and again in the next:
  // each clause asks about its own lemma, whichever one the slot holds.
  auto slot = [](uint64_t h) { return h & 1023; };
  std::string a = "vorb0", b;
  for (int i = 1; b.empty() && i < 100000; ++i) {
    std::string c = "vorb" + std::to_string(i);
    if (slot(TokenHash(c)) == slot(TokenHash(a))) b = c;
  }
  ASSERT_FALSE(b.empty());
  const uint64_t says = TokenHash(a);
  ClauseAnalyzerOptions o;
  o.is_speech = [=](uint64_t h) { return h == says; };
  Doc doc;
  const std::string sentence = "Norvath/NNP " + a + "ed/VBD/" + a + " and/CC Quello/NNP " + b + "ed/VBD/" + b + " ./.";
  testing::TaggedTokenize(sentence + "\n" + sentence, &doc);
  ClauseAnalyzer(o).Run(doc);
  ASSERT_EQ(doc.clauses.size(), 4u);
  for (const Clause& c : doc.clauses) EXPECT_EQ(c.is_speech, c.verb.lemma == a) << c.verb.lemma;
}

// A list of acts set off by commas is no apposition: every verb of the list
// shares the first verb's subject, however long the list and whatever
// phrase opens the sentence. A participle or a clause of saying between
// two commas is still skipped.
TEST_F(ClausesTest, AVerbListedAfterTwoCommasSharesTheListsSubject) {
  Analyze("Ithilen/NNP police/NNS raided/VBD/raid stations/NNS ,/, seized/VBD/seize radios/NNS ,/, "
          "closed/VBD/close offices/NNS and/CC detained/VBD/detain journalists/NNS ./.",
          {{0, 2}});
  EXPECT_EQ(Text(ClauseOf("close").subject), "Ithilen police");
  EXPECT_EQ(Text(ClauseOf("detain").subject), "Ithilen police");
  Analyze("Under/IN the/DT ordinance/NN ,/, Ithilen/NNP police/NNS raided/VBD/raid stations/NNS ,/, "
          "seized/VBD/seize radios/NNS and/CC detained/VBD/detain journalists/NNS ./.",
          {{4, 6}});
  EXPECT_EQ(Text(ClauseOf("seize").subject), "Ithilen police");
  EXPECT_EQ(Text(ClauseOf("detain").subject), "Ithilen police");
  // Not a participle with no object, nor a parenthetical clause of saying.
  Analyze("The/DT army/NN said/VBD/say rebels/NNS ,/, armed/VBD/arm with/IN guns/NNS ,/, attacked/VBD/attack "
          "Quibbleton/NNP ./.",
          {{10, 11}});
  EXPECT_EQ(Text(ClauseOf("attack").subject), "rebels");
  Analyze("Petro/NNP ,/, Ithilen/NNP told/VBD/tell reporters/NNS ,/, attacked/VBD/attack Quibbleton/NNP ./.",
          {{0, 1}, {2, 3}, {7, 8}});
  EXPECT_EQ(Text(ClauseOf("attack").subject), "Petro");
}

}  // namespace
}  // namespace dyad
