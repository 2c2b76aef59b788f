#include "actors/matcher.h"

#include <algorithm>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "model/cache_file.h"
#include "model/letter_case.h"
#include "testing/name_tokens.h"
#include "testing/simple_tokens.h"

namespace dyad {
namespace {

// Dictionary names go through the same crude tokenizer as the test text.
constexpr auto TestNameTokenizer = testing::SimpleNameTokenizer;

constexpr const char* kDict = R"(
@kind country
United States | U.S. | US | America | American | Americans
  USA
Colombia | Colombian | Colombians
  COL
Venezuela | Venezuelan
  VEN
@kind capital
Washington
  USAGOV
Bogotá | Bogota
  COLGOV
@kind igo
United Nations | U.N. | UN
  IGOUNO
Security Council | U.N. Security Council
  IGOUNO
@kind agency
State Department | U.S. State Department
  USAGOV
@kind person
Gustavo Petro | Petro | @petrogustavo
  COLGOV 2022-08-07..2026-08-06
  COLLEG 2018-07-20..2022-08-06
Mike Waltz | Waltz
  USALEG 2019-01-03..2025-01-19
  USAGOV 2025-01-20..2025-05-01
  USAGOV 2025-09-19..
@kind agent
officials | official | government | president
  ~GOV
troops | soldiers
  ~MIL
Ambassador | ambassador
  ~GOV
Foreign Ministry
  ~GOV
Interior Minister
  ~GOV
administration
  ~GOV default=USA
country
  ~ anaphor
@kind group
Liberal Party
  COLPTY
@kind agent
militant group
  ~REB
@kind agency
Congress
  USALEG
@kind town
Maracaibo
  VEN
)";

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = std::make_shared<ActorDictionary>();
    std::vector<DictProblem> problems;
    dict->LoadText(kDict, "test.txt", &problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    auto index = std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems);
    dict_ = dict;
    index_ = index;
    matcher_ = std::make_unique<ActorMatcher>(dict, index);
  }

  // Runs the matcher; returns "text=CODE" per mention, in order. `tags`,
  // when given, are the tagger's reading of the first tokens.
  std::vector<std::string> Match(std::string_view text, Date published = Date::Day(2025, 9, 27),
                                 const std::vector<Tag>& tags = {}) {
    doc_ = Doc{};
    testing::SimpleTokenize(text, &doc_);
    doc_.article.published = published;
    doc_.article.lang = lang_;
    for (size_t i = 0; i < doc_.tokens.size() && i < tags.size(); ++i) doc_.tokens[i].tag = tags[i];
    matcher_->Run(doc_);
    std::vector<std::string> out;
    for (const auto& m : doc_.actors) out.push_back(std::string(doc_.text(m.tokens)) + "=" + m.code);
    return out;
  }

  std::shared_ptr<const ActorDictionary> dict_;
  std::shared_ptr<const ActorIndex> index_;
  std::unique_ptr<ActorMatcher> matcher_;
  Doc doc_;
  std::string lang_;  // the article's language, "" (English) unless a test sets it
};

using V = std::vector<std::string>;

TEST_F(MatcherTest, LongestMatchAndCaseIsAMinimum) {
  EXPECT_EQ(Match("Petro accused the US of interfering in Colombia 's internal politics"),
            (V{"Petro=COLGOV", "US=USA", "Colombia=COL"}));
  EXPECT_EQ(Match("let us talk"), V{});                       // "us" is not the US
  EXPECT_EQ(Match("the U.N. Security Council met"), (V{"U.N. Security Council=IGOUNO"}));
}

// The landmark nouns are the options' word class (the engine gives &LANDMARK
// of the verb dictionary's synsets; &ARMED_UNIT likewise, tested through
// the engine in SpanishPrecision11Test), not words written into the
// matcher: with no class given the rule finds nothing, and only the words a
// user lists count.
TEST_F(MatcherTest, LandmarkWordsComeFromTheOptions) {
  EXPECT_EQ(Match("Protesters blocked Colombia Street"), (V{"Colombia=COL"}));
  EXPECT_EQ(Match("Protesters blocked Colombia Bridge"), (V{"Colombia=COL"}));
  ActorMatcherOptions o;
  o.landmark_words = WordClass({TokenHash("street")});
  matcher_ = std::make_unique<ActorMatcher>(dict_, index_, o);
  EXPECT_EQ(Match("Protesters blocked Colombia Street"), V{});
  EXPECT_EQ(Match("Protesters blocked Colombia Bridge"), (V{"Colombia=COL"}));  // not in this class

}

TEST_F(MatcherTest, RolesFollowTheSentenceDate) {
  EXPECT_EQ(Match("Petro spoke", Date::Day(2020, 5, 1)), (V{"Petro=COLLEG"}));
  EXPECT_EQ(Match("Petro spoke", Date::Day(2010, 5, 1)), V{});  // no role then: not an actor
  EXPECT_EQ(Match("Waltz spoke", Date::Day(2025, 7, 1)), V{});  // between his two offices
  EXPECT_EQ(Match("Waltz spoke", Date::Day(2025, 10, 3)), (V{"Waltz=USAGOV"}));
}

// Each sentence's own date picks the roles, whatever the sentences before it
// carried: the matcher keeps the last sentence date's first day (ActorMatcher::
// Run), which must follow every change of date, back to one seen before, to
// the publication day, to a month (a Date of another precision with the same
// first day) and to an undated sentence, which takes the article's date.
TEST_F(MatcherTest, RolesFollowEachSentencesOwnDate) {
  auto run = [&](Date published, const std::vector<Date>& dates) {
    doc_ = Doc{};
    std::string text;
    for (size_t k = 0; k < dates.size(); ++k) text += k % 2 == 0 ? "Petro spoke\n" : "Waltz spoke\n";
    testing::SimpleTokenize(text, &doc_);
    doc_.article.published = published;
    EXPECT_EQ(doc_.sentences.size(), dates.size());
    for (size_t k = 0; k < dates.size() && k < doc_.sentences.size(); ++k) doc_.sentences[k].date = dates[k];
    matcher_->Run(doc_);
    std::vector<std::string> out;
    for (const auto& m : doc_.actors)
      out.push_back(std::to_string(m.sentence) + ":" + std::string(doc_.text(m.tokens)) + "=" + m.code);
    return out;
  };
  const Date published = Date::Day(2025, 9, 27), in_2020 = Date::Day(2020, 5, 1);
  // Sentence 1 is another day of the publication's year (Waltz held no
  // office then); 3 repeats the date before it; 5 is a month.
  EXPECT_EQ(run(published, {published, Date::Day(2025, 7, 1), in_2020, in_2020, Date{}, Date::Month(2020, 5),
                            in_2020, published}),
            (V{"0:Petro=COLGOV", "2:Petro=COLLEG", "3:Waltz=USALEG", "4:Petro=COLGOV", "5:Waltz=USALEG",
               "6:Petro=COLLEG", "7:Waltz=USAGOV"}));
  // An undated article: its undated sentences give the latest office, each
  // dated one its own.
  EXPECT_EQ(run(Date{}, {in_2020, Date{}, published, in_2020}),
            (V{"0:Petro=COLLEG", "1:Waltz=USAGOV", "2:Petro=COLGOV", "3:Waltz=USALEG"}));
}

// A middle initial the entry leaves out is part of the person's name
// ("Gustavo F. Petro" is the entry "Gustavo Petro"), never of a shorter one:
// "Mike R. Petro" is no one the dictionary knows by that first name.
TEST_F(MatcherTest, MiddleInitialInsideAPersonsName) {
  EXPECT_EQ(Match("Gustavo F. Petro spoke", Date::Day(2023, 5, 1)), (V{"Gustavo F. Petro=COLGOV"}));
  EXPECT_EQ(Match("Mike R. Waltz spoke", Date::Day(2020, 5, 1)), (V{"Mike R. Waltz=USALEG"}));
  EXPECT_EQ(Match("Mike R. Petro spoke", Date::Day(2023, 5, 1)), (V{"Petro=COLGOV"}));
}

// An article without a date: a person takes the office the dictionary
// lists (the latest, ActorEntry::CodeAt), not nothing.
TEST_F(MatcherTest, UndatedArticlesGivePeopleTheirLatestOffice) {
  EXPECT_EQ(Match("Petro spoke", Date()), (V{"Petro=COLGOV"}));
  EXPECT_EQ(Match("Waltz spoke", Date()), (V{"Waltz=USAGOV"}));
}

TEST_F(MatcherTest, TitlesBelongToThePersonTheyName) {
  EXPECT_EQ(Match("U.S. Ambassador Mike Waltz accused Petro"), (V{"U.S. Ambassador Mike Waltz=USAGOV", "Petro=COLGOV"}));
  EXPECT_EQ(Match("Colombian president @petrogustavo stood"), (V{"Colombian president @petrogustavo=COLGOV"}));
  EXPECT_EQ(Match("the U.S. State Department revoked it"), (V{"U.S. State Department=USAGOV"}));
}

TEST_F(MatcherTest, AgentsTakeTheCountryOfTheirPhraseSentenceOrArticle) {
  EXPECT_EQ(Match("Colombian officials met"), (V{"Colombian officials=COLGOV"}));
  EXPECT_EQ(Match("Colombia 's Foreign Ministry condemned"), (V{"Colombia 's Foreign Ministry=COLGOV"}));
  EXPECT_EQ(Match("troops from the United States arrived"), (V{"troops from the United States=USAMIL"}));
  EXPECT_EQ(Match("US soldiers"), (V{"US soldiers=USAMIL"}));
  EXPECT_EQ(Match("UN troops withdrew"), (V{"UN troops=IGOUNOMIL"}));
  auto m = Match("Venezuela protested and the Foreign Ministry said so");
  EXPECT_EQ(m, (V{"Venezuela=VEN", "Foreign Ministry=VENGOV"}));
  EXPECT_EQ(doc_.actors[1].how, ActorResolution::kAgentSentence);
  m = Match("Colombia spoke\nColombia again\nthe Foreign Ministry said so");
  EXPECT_EQ(m.back(), "Foreign Ministry=COLGOV");
  EXPECT_EQ(doc_.actors.back().how, ActorResolution::kAgentArticle);
  // A country named only after the agent is what it acts on: the article's
  // main country wins if there is one, the sentence's country if not.
  m = Match("Colombia spoke\nColombia again\nthe Foreign Ministry accused Venezuela");
  EXPECT_EQ(m, (V{"Colombia=COL", "Colombia=COL", "Foreign Ministry=COLGOV", "Venezuela=VEN"}));
  EXPECT_EQ(Match("the Foreign Ministry accused Venezuela"), (V{"Foreign Ministry=VENGOV", "Venezuela=VEN"}));
  EXPECT_EQ(Match("officials said"), (V{"officials=---GOV"}));
  EXPECT_EQ(Match("the administration threatened tariffs"), (V{"administration=USAGOV"}));
}

TEST_F(MatcherTest, AgentFollowedByAnUnknownNameIsThatPerson) {
  auto m = Match("Colombia spoke\nColombia waited\nInterior Minister Armando Benedetti pointed");
  EXPECT_EQ(m.back(), "Interior Minister Armando Benedetti=COLGOV");
  EXPECT_TRUE(doc_.actors.back().is_person);
  // A country named in one sentence only is not the article's main country.
  m = Match("Colombia spoke\nInterior Minister Armando Benedetti pointed");
  EXPECT_EQ(m.back(), "Interior Minister Armando Benedetti=---GOV");
}

// A town says where things happened: named in several sentences it does not
// make its country the article's main country, whose agents' country that is.
TEST_F(MatcherTest, PlacesDoNotMakeTheArticlesMainCountry) {
  auto m = Match("Colombia spoke\nColombia waited near Maracaibo\nfighting near Maracaibo\nshelling near Maracaibo\nthe troops advanced");
  EXPECT_EQ(m.back(), "troops=COLMIL");
  m = Match("Venezuela spoke\nVenezuela waited\nthe troops advanced");
  EXPECT_EQ(m.back(), "troops=VENMIL");
}

// In an all-capitals line every word is capitalised: the capital is no sign
// of a name, so an agent's phrase does not run on over the verb after it.
// Spanish wire stories: an agent with no country in its sentence takes the
// country of the story's dateline, not the one the article names most.
TEST_F(MatcherTest, SpanishAgentsTakeTheirStorysDatelineCountry) {
  lang_ = "es";
  const char* story = "BOGOTA, Oct 19\nVenezuela protestó\nVenezuela insistió\nlos officials dijeron";
  EXPECT_EQ(Match(story).back(), "officials=COLGOV");
  EXPECT_EQ(doc_.actors.back().how, ActorResolution::kAgentArticle);
  // A country named after the place is the story's ("CARTAGENA, Colombia").
  EXPECT_EQ(Match("CARTAGENA, Colombia, Oct 19\nVenezuela protestó\nVenezuela insistió\nlos officials dijeron").back(),
            "officials=COLGOV");
  // Each item of a digest has its own; the country heading of a press
  // review ("COLOMBIA" alone on its line) starts a section.
  EXPECT_EQ(Match("WASHINGTON:\nVenezuela protestó\nVenezuela insistió\nBOGOTA, Oct 19\nlos officials dijeron").back(),
            "officials=COLGOV");
  EXPECT_EQ(Match("WASHINGTON, Oct 19\nVenezuela protestó\nVenezuela insistió\nCOLOMBIA\nlos officials dijeron").back(),
            "officials=COLGOV");
  // A country named in the sentence before the agent still wins.
  EXPECT_EQ(Match("BOGOTA, Oct 19\nVenezuela protestó\nVenezuela insistió\nen Venezuela los officials dijeron").back(),
            "officials=VENGOV");
  // Not a dateline: a headline in capitals, a capitals line naming no country.
  EXPECT_EQ(Match("OFFICIALS PROTESTED, Venezuela said\nVenezuela insistió\nlos officials dijeron").back(),
            "officials=VENGOV");
  EXPECT_EQ(Match("Bogotá spoke\nVENEZUELA PROTESTÓ\nVenezuela insistió\nlos officials dijeron").back(),
            "officials=VENGOV");
  // English keeps the article's main country (Reuters' datelines are a city alone).
  lang_.clear();
  EXPECT_EQ(Match(story).back(), "officials=VENGOV");
}

TEST_F(MatcherTest, AllCapitalsLineDoesNotStretchAnAgentOverItsVerb) {
  auto m = Match("Colombia spoke\nColombia waited\nINTERIOR MINISTER ATTACKED THE TOWN NEAR THE BORDER");
  EXPECT_EQ(m.back(), "INTERIOR MINISTER=COLGOV");
  EXPECT_FALSE(doc_.actors.back().is_person);
  // The same words in ordinary case still take the unknown name that follows.
  m = Match("Colombia spoke\nColombia waited\nInterior Minister Armando Benedetti pointed");
  EXPECT_EQ(m.back(), "Interior Minister Armando Benedetti=COLGOV");

  // Tagged: in capitals only words the tagger took for names extend it.
  doc_ = Doc{};
  testing::SimpleTokenize("INTERIOR MINISTER ARMANDO BENEDETTI ATTACKED THE TOWN", &doc_);
  doc_.article.published = Date::Day(2025, 9, 27);
  const Tag tags[] = {Tag::NNP, Tag::NNP, Tag::NNP, Tag::NNP, Tag::VBD, Tag::DET, Tag::NN};
  ASSERT_EQ(doc_.tokens.size(), std::size(tags));
  for (size_t i = 0; i < doc_.tokens.size(); ++i) doc_.tokens[i].tag = tags[i];
  matcher_->Run(doc_);
  ASSERT_EQ(doc_.actors.size(), 1u);
  EXPECT_EQ(doc_.text(doc_.actors[0].tokens), "INTERIOR MINISTER ARMANDO BENEDETTI");
  EXPECT_TRUE(doc_.actors[0].is_person);
}

// An acronym's capitals prove nothing in an all-capitals line: a word the
// tagger reads as an article there ("UN" in Spanish) is not the UN.
TEST_F(MatcherTest, AllCapitalsLineAcronymThatIsAFunctionWord) {
  auto run = [&](std::string_view text, const std::vector<Tag>& tags) {
    return Match(text, Date::Day(2025, 9, 27), tags);
  };
  EXPECT_EQ(run("MILES MARCHAN CONTRA UN ACUERDO", {Tag::NNS, Tag::VBZ, Tag::IN, Tag::DET, Tag::NN}), V{});
  EXPECT_EQ(run("COLOMBIA ASKS UN FOR AID", {Tag::NNP, Tag::VBZ, Tag::NNP, Tag::IN, Tag::NN}),
            (V{"COLOMBIA=COL", "UN=IGOUNO"}));
  // Outside an all-capitals line the tag does not matter: the capitals tell.
  EXPECT_EQ(run("protests against the UN grew", {Tag::NNS, Tag::IN, Tag::DET, Tag::DET, Tag::VBD}), (V{"UN=IGOUNO"}));
}

// A one-word agent read as an adjective before a noun modifies it: "official
// prices" name no officials; "the official said" and "officials" still do.
TEST_F(MatcherTest, AgentWordUsedAsAnAdjectiveIsNoAgent) {
  auto run = [&](std::string_view text, const std::vector<Tag>& tags) {
    return Match(text, Date::Day(2025, 9, 27), tags);
  };
  EXPECT_EQ(run("Colombia insisted on official prices", {Tag::NNP, Tag::VBD, Tag::IN, Tag::JJ, Tag::NNS}),
            (V{"Colombia=COL"}));
  EXPECT_EQ(run("Colombia said the official left", {Tag::NNP, Tag::VBD, Tag::DET, Tag::NN, Tag::VBD}),
            (V{"Colombia=COL", "official=COLGOV"}));
  // An adjective with no noun after it is the tagger's slip, not a modifier.
  EXPECT_EQ(run("Colombia said the official left", {Tag::NNP, Tag::VBD, Tag::DET, Tag::JJ, Tag::VBD}),
            (V{"Colombia=COL", "official=COLGOV"}));
}

// Lower case names an actor only where a news reader would take it as one
// (ActorMatcher::LowerCaseNameFits): a name typed in mixed case, a
// country's adjective before a role noun, a legislature's name used bare.
TEST_F(MatcherTest, LowerCaseNamesWhereTheContextMakesThemActors) {
  auto run = [&](std::string_view text, const std::vector<Tag>& tags = {}) {
    return Match(text, Date::Day(2025, 9, 27), tags);
  };
  EXPECT_EQ(run("they want to help cOlombia"), (V{"cOlombia=COL"}));
  EXPECT_EQ(run("colombian troops crossed"), (V{"colombian troops=COLMIL"}));
  EXPECT_EQ(run("the colombian coffee sold"), V{});
  EXPECT_EQ(run("us troops crossed"), (V{"troops=---MIL"}));  // an acronym needs its capitals
  EXPECT_EQ(run("Petro was pressured by congress", {Tag::NNP, Tag::VBD, Tag::VBN, Tag::IN, Tag::NN}),
            (V{"Petro=COLGOV", "congress=USALEG"}));
  EXPECT_EQ(run("the congress voted", {Tag::DET, Tag::NN, Tag::VBD}), V{});
  EXPECT_EQ(run("a party congress voted", {Tag::DET, Tag::NN, Tag::NN, Tag::VBD}), V{});
  EXPECT_EQ(run("congress of doctors met", {Tag::NN, Tag::IN, Tag::NNS, Tag::VBD}), V{});
  // Not in Spanish: its capitals rules differ ("los colombianos" is no name).
  lang_ = "es";
  EXPECT_EQ(run("they want to help cOlombia"), V{});
  lang_ = "";
}

// An agent word inside a company's name ("McLean Industries Inc") is the
// name's, not an agent.
TEST_F(MatcherTest, AgentWordInsideACompanyNameIsNoAgent) {
  EXPECT_EQ(Match("Colombia spoke\nColombia waited\nthe Acme Government Services Inc said"),
            (V{"Colombia=COL", "Colombia=COL"}));
  EXPECT_EQ(Match("Colombia spoke\nColombia waited\nthe Government said"),
            (V{"Colombia=COL", "Colombia=COL", "Government=COLGOV"}));
}

// So is a country's or capital's name that opens a company's name: the
// firm is no state, even at the start of a sentence.
TEST_F(MatcherTest, CountryNameOpeningACompanyNameIsNoActor) {
  EXPECT_EQ(Match("Colombian Coffee Traders Ltd said"), V{});
  EXPECT_EQ(Match("the Bogota Water Co said"), V{});
  EXPECT_EQ(Match("Colombian Coffee Traders said"), (V{"Colombian=COL"}));
  EXPECT_EQ(Match("Colombian traders Ltd said"), (V{"Colombian=COL"}));
}

// "foreign troops", "creditor banks": by their own word not of the
// sentence's or the article's country; a capitalised "Foreign" is a title's.
TEST_F(MatcherTest, ForeignAgentsTakeNoCountry) {
  EXPECT_EQ(Match("Colombia spoke\nColombia waited\nforeign troops left Colombia"),
            (V{"Colombia=COL", "Colombia=COL", "troops=---MIL", "Colombia=COL"}));
  EXPECT_EQ(Match("Colombia spoke\nColombia waited\nthe troops left Colombia"),
            (V{"Colombia=COL", "Colombia=COL", "troops=COLMIL", "Colombia=COL"}));
}

TEST(AllCapitalsSentenceTest, CountsWordsNotLetters) {
  auto all_caps = [](std::string_view text) {
    Doc d;
    testing::SimpleTokenize(text, &d);
    return AllCapitalsSentence(d, d.sentences[0]);
  };
  EXPECT_TRUE(all_caps("REBELS ATTACK A TOWN NEAR THE CAPITAL"));
  EXPECT_TRUE(all_caps("CAMPESINOS BLOQUEAN CARRETERA Y PUENTE , 3 HERIDOS"));  // "Y", numbers: no vote
  EXPECT_TRUE(all_caps("REBELS ATTACK TOWN NEAR THE CAPITAL - Reuters"));      // one ordinary word in five
  EXPECT_FALSE(all_caps("NATO troops attacked the town"));
  EXPECT_FALSE(all_caps("Rebels Attack Town"));
  EXPECT_FALSE(all_caps("US"));  // one word cannot tell
  // The scan stops once ordinary words are more than a fifth of the
  // tokens; at exactly a fifth, even first, the capitals still decide.
  EXPECT_TRUE(all_caps("within RIVERTON FLOODS REACH HARBOUR"));   // 1 of 5 ordinary, first
  EXPECT_FALSE(all_caps("within RIVERTON FLOODS REACH harbour"));  // 2 of 5
  EXPECT_FALSE(all_caps("within the RIVERTON FLOODS REACH HARBOUR TOWN GATES"));  // 2 of 8: 8 > 6 capitals
  EXPECT_TRUE(all_caps("within the RIVERTON FLOODS REACH HARBOUR TOWN GATES , 4 DEAD NOW"));  // 8 capitals
}

TEST_F(MatcherTest, PronounsAndAnaphorsReferBack) {
  auto m = Match("Petro spoke in Bogotá\nHe declared victory");
  EXPECT_EQ(m, (V{"Petro=COLGOV", "Bogotá=COLGOV", "He=COLGOV"}));
  EXPECT_EQ(doc_.actors[2].how, ActorResolution::kPronoun);
  EXPECT_EQ(doc_.actors[2].antecedent, 0u);
  m = Match("Colombian officials spoke\nthe country 's ministers left");
  EXPECT_EQ(m.back(), "country=COL");
}

// Mentions come out in text order whatever step made them (agents, then
// names, then pronouns), and a pronoun keeps its antecedent after the sort.
// Pronouns are found anywhere in the sentence: at its start, before and
// after names.
TEST_F(MatcherTest, MentionsInTextOrderWithPronouns) {
  EXPECT_EQ(Match("Petro met US officials and he praised Colombia"),
            (V{"Petro=COLGOV", "US officials=USAGOV", "he=COLGOV", "Colombia=COL"}));
  ASSERT_EQ(doc_.actors.size(), 4u);
  EXPECT_EQ(doc_.actors[2].how, ActorResolution::kPronoun);
  EXPECT_EQ(doc_.actors[2].antecedent, 0u);
  EXPECT_EQ(Match("Petro arrived\nHe met him and his aides in Bogota before she left"),
            (V{"Petro=COLGOV", "He=COLGOV", "him=COLGOV", "his=COLGOV", "Bogota=COLGOV", "she=COLGOV"}));
}

// "officials of Colombia 's Liberal Party": the possessor is not the head.
TEST_F(MatcherTest, AgentOfAPossessedActorBelongsToIt) {
  EXPECT_EQ(Match("officials of Colombia 's Liberal Party met"), (V{"officials of Colombia 's Liberal Party=COLPTY"}));
  EXPECT_EQ(Match("officials of Colombia met"), (V{"officials of Colombia=COLGOV"}));
}

// A generic description right before a named group is that group, not an
// agent of some country of the sentence.
TEST_F(MatcherTest, DescriptionBeforeANamedGroupIsTheGroup) {
  EXPECT_EQ(Match("the militant group Liberal Party attacked Venezuela"),
            (V{"militant group Liberal Party=COLPTY", "Venezuela=VEN"}));
  EXPECT_EQ(Match("a militant group attacked Venezuela"), (V{"militant group=VENREB", "Venezuela=VEN"}));
}

// "Colombian-led troops" are Colombia's; the backer of "US-backed troops"
// is not their country, and "-led" before no agent makes no actor.
TEST_F(MatcherTest, CountryLedAgentIsThatCountrys) {
  EXPECT_EQ(Match("Colombian-led troops attacked"), (V{"Colombian-led troops=COLMIL"}));
  EXPECT_EQ(Match("US-led troops attacked"), (V{"US-led troops=USAMIL"}));
  EXPECT_EQ(Match("US-backed troops attacked"), (V{"troops=---MIL"}));
  EXPECT_EQ(Match("a Colombian-led consortium bought it"), (V{}));
}

// "the governor of the southern Gaza town": adjectives between the
// preposition and the country are passed over, not the country's own.
TEST_F(MatcherTest, AgentOfACountryAfterAdjectives) {
  EXPECT_EQ(Match("officials of the northern Colombia met", Date::Day(2025, 9, 27),
                  {Tag::NNS, Tag::IN, Tag::DET, Tag::JJ, Tag::NNP, Tag::VBD}),
            (V{"officials of the northern Colombia=COLGOV"}));
}

// "the Hungarians of northern Serbia": a people placed "of" another state is
// a minority there; "of Venezuelan descent" names no state they live in.
TEST_F(MatcherTest, PeopleOfAnotherStateAreItsMinority) {
  EXPECT_EQ(Match("Colombians of northern Venezuela protested", Date::Day(2025, 9, 27),
                  {Tag::NNPS, Tag::IN, Tag::JJ, Tag::NNP, Tag::VBD}),
            (V{"Colombians of northern Venezuela=VENCVL"}));
  EXPECT_EQ(Match("Colombians of Venezuelan descent protested", Date::Day(2025, 9, 27),
                  {Tag::NNPS, Tag::IN, Tag::JJ, Tag::NN, Tag::VBD}),
            (V{"Colombians=COL", "Venezuelan=VEN"}));
}

TEST_F(MatcherTest, EvidenceNamesTheEntries) {
  Match("Colombian officials met");
  EXPECT_EQ(doc_.actors[0].EntryText(), "test.txt:31 officials + test.txt:5 Colombia");
  EXPECT_EQ(doc_.actors[0].how, ActorResolution::kAgentInPhrase);
  // A name standing as matched keeps only where its entry is; the text is
  // the entry's own reference, built when asked for.
  Match("Venezuela protested");
  ASSERT_EQ(doc_.actors.size(), 1u);
  EXPECT_TRUE(doc_.actors[0].entry_rest.empty());
  EXPECT_EQ(doc_.actors[0].EntryText(), "test.txt:7 Venezuela");
  // A pronoun carries its antecedent's entry.
  Match("Gustavo Petro said he would travel");
  ASSERT_EQ(doc_.actors.size(), 2u);
  EXPECT_EQ(doc_.actors[1].how, ActorResolution::kPronoun);
  EXPECT_EQ(doc_.actors[1].EntryText(), doc_.actors[0].EntryText());
  EXPECT_EQ(doc_.actors[0].EntryText().rfind("test.txt:", 0), 0u);
}

TEST(ActorMentionTest, EntryTextIsTheEntryReferenceAndWhatFollows) {
  const std::string file = "actors/test.txt", name = "Ithilien";
  ActorMention m;
  m.entry_rest = "no entry";
  EXPECT_EQ(m.EntryText(), "no entry");
  m.entry_from = {&file, &name, 42};
  m.entry_rest = " (coordinated)";
  EXPECT_EQ(m.EntryText(), "actors/test.txt:42 Ithilien (coordinated)");
  m.entry_from.name = nullptr;  // an entry without names
  m.entry_rest.clear();
  EXPECT_EQ(m.EntryText(), "actors/test.txt:42");
}

// The second entry an agent or a pronoun names is kept as a reference; the
// text must be what the matcher wrote into entry_rest before (the via part
// right after the first entry, then entry_rest, appended to later).
TEST(ActorMentionTest, ViaEntryTextIsTheOldString) {
  const std::string file = "actors/agents.txt", name = "officials";
  const std::string file2 = "actors/places.txt", name2 = "Gondor";
  ActorMention m;
  m.entry_from = {&file, &name, 31};
  m.entry_rest = " stale";  // SetVia replaces it, as the assignment did
  m.SetVia(ActorMention::Via::kPlus, {&file2, &name2, 7});
  EXPECT_EQ(m.EntryText(), "actors/agents.txt:31 officials + actors/places.txt:7 Gondor");
  m.entry_rest += " (coordinated with rangers)";
  EXPECT_EQ(m.EntryText(), "actors/agents.txt:31 officials + actors/places.txt:7 Gondor (coordinated with rangers)");
  m.SetVia(ActorMention::Via::kOfMinority, {&file2, nullptr, 9});
  EXPECT_EQ(m.EntryText(), "actors/agents.txt:31 officials of actors/places.txt:9 (a minority)");
  std::string out = "[";
  m.AppendEntryText(&out);
  EXPECT_EQ(out, "[actors/agents.txt:31 officials of actors/places.txt:9 (a minority)");

  // An antecedent with its own entry and rest: held by reference, its rest after.
  ActorMention x;
  x.entry_from = {&file2, &name2, 7};
  x.entry_rest = " (dateline)";
  ActorMention p;
  p.entry_from = {&file, &name, 31};
  p.SetViaMention(ActorMention::Via::kArrow, x);
  EXPECT_EQ(p.via, ActorMention::Via::kArrow);
  EXPECT_EQ(p.EntryText(), "actors/agents.txt:31 officials -> actors/places.txt:7 Gondor (dateline)");
  // An antecedent that has a via of its own: built as a string.
  ActorMention q;
  q.entry_from = {&file, &name, 31};
  q.SetViaMention(ActorMention::Via::kCountryArrow, m);
  EXPECT_EQ(q.via, ActorMention::Via::kNone);
  EXPECT_EQ(q.EntryText(),
            "actors/agents.txt:31 officials + the country -> actors/agents.txt:31 officials of actors/places.txt:9 (a "
            "minority)");
  // An antecedent without an entry: its rest alone, as a string.
  ActorMention bare;
  bare.entry_rest = "no entry";
  q.SetViaMention(ActorMention::Via::kArrow, bare);
  EXPECT_EQ(q.via, ActorMention::Via::kNone);
  EXPECT_EQ(q.EntryText(), "actors/agents.txt:31 officials -> no entry");
  // Pronouns and copies carry every part.
  ActorMention he;
  he.ReferTo(0, p);
  EXPECT_EQ(he.EntryText(), p.EntryText());
  ActorMention c;
  c.entry_rest = "old";
  c.CopyEntry(m);
  EXPECT_EQ(c.EntryText(), m.EntryText());
}

// AppendEntryText sizes the text first and copies its parts into one
// resize: every via's words, names present and absent, line numbers of one
// to ten digits, after text already in the string, and into a mention's
// own entry_rest (appended part by part there, as the appends did).
TEST(ActorMentionTest, AppendEntryTextSizesEveryPart) {
  const std::string file = "actors/a.txt", name = "Mordor";
  const std::string file2 = "actors/b.txt", name2 = "the Shire";
  using Via = ActorMention::Via;
  const struct {
    Via via;
    const char* text;
  } cases[] = {
      {Via::kPlus, "actors/a.txt:0 Mordor + actors/b.txt:4294967295 the Shire (late)"},
      {Via::kPlusCoordinated, "actors/a.txt:0 Mordor + actors/b.txt:4294967295 the Shire (coordinated) (late)"},
      {Via::kPlusSameSentence, "actors/a.txt:0 Mordor + actors/b.txt:4294967295 the Shire (same sentence) (late)"},
      {Via::kOfMinority, "actors/a.txt:0 Mordor of actors/b.txt:4294967295 the Shire (a minority) (late)"},
      {Via::kCountryArrow, "actors/a.txt:0 Mordor + the country -> actors/b.txt:4294967295 the Shire (late)"},
      {Via::kArrow, "actors/a.txt:0 Mordor -> actors/b.txt:4294967295 the Shire (late)"},
  };
  for (const auto& k : cases) {
    ActorMention m;
    m.entry_from = {&file, &name, 0};
    m.SetVia(k.via, {&file2, &name2, 4294967295u});
    m.entry_rest = " (late)";
    EXPECT_EQ(m.EntryText(), k.text);
    // After 40 bytes already there (past the short-string buffer).
    std::string out(40, 'x');
    m.AppendEntryText(&out);
    EXPECT_EQ(out, std::string(40, 'x') + k.text);
  }
  ActorMention m;
  m.entry_from = {&file, nullptr, 9};
  EXPECT_EQ(m.EntryText(), "actors/a.txt:9");
  m.entry_from.line = 10;
  m.SetVia(Via::kArrow, {&file2, nullptr, 123456});
  EXPECT_EQ(m.EntryText(), "actors/a.txt:10 -> actors/b.txt:123456");
  // No entry of its own: the via part and the rest.
  m.entry_from = {};
  m.entry_rest = ".";
  EXPECT_EQ(m.EntryText(), " -> actors/b.txt:123456.");
  // Into its own entry_rest: what the appends gave (the parts, then the
  // string as it stands by then).
  ActorMention self;
  self.entry_from = {&file, &name, 3};
  self.entry_rest = " r";
  self.AppendEntryText(&self.entry_rest);
  EXPECT_EQ(self.entry_rest, " ractors/a.txt:3 Mordor ractors/a.txt:3 Mordor");
}

// The test dictionary and its index, for the ActorIndex tests.
struct TestIndex {
  std::shared_ptr<ActorDictionary> dict = std::make_shared<ActorDictionary>();
  std::vector<DictProblem> problems;
  std::unique_ptr<ActorIndex> index;
  TestIndex() {
    dict->LoadText(kDict, "test.txt", &problems);
    index = std::make_unique<ActorIndex>(*dict, TestNameTokenizer, &problems);
  }
};

// MayStartAt may say yes where nothing matches, never no where something
// does; and it says no to words that start only longer names when the next
// word does not continue one.
TEST(ActorIndexTest, MayStartAtNeverHidesAMatch) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  Doc doc;
  testing::SimpleTokenize("the United States and the United Nations met in Bogota with the State Council", &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  using S = ActorIndex::Start;
  for (uint32_t i = 0; i < n; ++i) {
    bool found = false;
    index.ForEachMatch(doc.tokens, i, n, [&](const ActorIndex::Phrase&) { return found = true; });
    if (found) {
      EXPECT_EQ(index.MayStartAt(doc.tokens, i, n), S::kMaybe) << doc.tokens[i].lower;
    }
  }
  EXPECT_EQ(index.MayStartAt(doc.tokens, 1, n), S::kMaybe);     // United States
  EXPECT_EQ(index.MayStartAt(doc.tokens, 5, n), S::kMaybe);     // United Nations
  EXPECT_EQ(index.MayStartAt(doc.tokens, 9, n), S::kMaybe);     // Bogota
  EXPECT_EQ(index.MayStartAt(doc.tokens, 3, n), S::kNoName);    // and
  EXPECT_EQ(index.MayStartAt(doc.tokens, 12, n), S::kNotHere);  // "State" starts "State Department", not "State Council"
  EXPECT_EQ(index.MayStartAt(doc.tokens, 1, 2), S::kNotHere);   // "United" alone at the end of the range
}

// The first stop at or after `at` of ListStops with every next token kept:
// the first token whose word may start a name (or is one of `words`), or
// `end`. (A token the filter lets through is then listed whatever
// MayStartAt says.)
uint32_t FirstStop(const ActorIndex& index, const Doc& doc, uint32_t at, uint32_t end,
                   const ActorIndex::StopWords& words) {
  std::vector<uint32_t> out;
  const uint32_t k = index.ListStops(doc.tokens, at, end, words, [](const Token&) { return true; }, &out);
  return k > 0 ? out[0] : end;
}

// The first-word filter steps only over tokens MayStartAt calls kNoName,
// and stops at the first that may start a name (or at the range's end).
TEST(ActorIndexTest, TheWalkStopsWhereMayStartAtMayLook) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  Doc doc;
  testing::SimpleTokenize("and then , after a while , the United Nations met in Bogota and then left", &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const ActorIndex::StopWords none = index.MakeStopWords({});
  using S = ActorIndex::Start;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t next = FirstStop(index, doc, i, n, none);
    ASSERT_GE(next, i);
    ASSERT_LE(next, n);
    for (uint32_t k = i; k < next; ++k) EXPECT_EQ(index.MayStartAt(doc.tokens, k, n), S::kNoName) << doc.tokens[k].lower;
    if (next < n) {
      EXPECT_NE(index.MayStartAt(doc.tokens, next, n), S::kNoName) << doc.tokens[next].lower;
    }
  }
  ASSERT_EQ(n, 16u);
  EXPECT_EQ(FirstStop(index, doc, 0, n, none), 8u);    // United (Nations)
  EXPECT_EQ(FirstStop(index, doc, 10, n, none), 12u);  // Bogota
  EXPECT_EQ(FirstStop(index, doc, 13, n, none), n);    // "and then left": no name
  EXPECT_EQ(FirstStop(index, doc, 0, 8, none), 8u);    // nothing before the range's end
  EXPECT_EQ(FirstStop(index, doc, 13, 13, none), 13u); // an empty range
}

// With MakeStopWords' words the walk stops wherever it would without them
// and at each of the added words, and steps over nothing else it should
// see: the matcher's walk finds names and pronouns in one pass.
TEST(ActorIndexTest, TheWalkAlsoStopsAtTheFilterWords) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  Doc doc;
  testing::SimpleTokenize("and then she said , after a while , that the United Nations met her in Bogota", &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const ActorIndex::StopWords words = index.MakeStopWords({TokenHash("she"), TokenHash("her")});
  const ActorIndex::StopWords none = index.MakeStopWords({});
  auto is_word = [&](uint32_t k) { return doc.tokens[k].lower == "she" || doc.tokens[k].lower == "her"; };
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t next = FirstStop(index, doc, i, n, words);
    ASSERT_GE(next, i);
    ASSERT_LE(next, FirstStop(index, doc, i, n, none));
    for (uint32_t k = i; k < next; ++k) EXPECT_FALSE(is_word(k)) << k;
  }
  ASSERT_EQ(n, 17u);
  EXPECT_EQ(FirstStop(index, doc, 0, n, words), 2u);   // she
  EXPECT_EQ(FirstStop(index, doc, 3, n, words), 11u);  // United (Nations)
  EXPECT_EQ(FirstStop(index, doc, 12, n, words), 14u); // her
  EXPECT_EQ(FirstStop(index, doc, 15, n, words), 16u); // Bogota
  EXPECT_EQ(FirstStop(index, doc, 0, n, none), 11u);   // the names' own walk passes the pronouns
}

// ForEachMatch and MayStartAt may read a StopWords' filters instead of the
// index's own (the matcher's walk, stop 23): the same matches at every
// token, in both case modes; MayStartAt may say "look" more often (at the
// words themselves), never less.
TEST(ActorIndexTest, StopWordsFiltersFindTheSameMatches) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  Doc doc;
  testing::SimpleTokenize("then she said the United Nations met her and the State Council in Bogota with U.N. Security",
                          &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const ActorIndex::StopWords words = index.MakeStopWords({TokenHash("she"), TokenHash("her")});
  auto matches = [&](uint32_t at, bool check_case, const ActorIndex::StopWords* w) {
    std::vector<std::pair<uint32_t, uint32_t>> out;  // (entry, length)
    index.ForEachMatch(
        doc.tokens, at, n,
        [&](const ActorIndex::Phrase& ph) {
          out.emplace_back(ph.entry, ph.length);
          return false;
        },
        check_case, w);
    return out;
  };
  using S = ActorIndex::Start;
  size_t found = 0;
  for (uint32_t i = 0; i < n; ++i) {
    for (bool check_case : {true, false}) {
      const auto own = matches(i, check_case, nullptr);
      EXPECT_EQ(own, matches(i, check_case, &words)) << doc.tokens[i].lower;
      found += own.size();
    }
    const S own = index.MayStartAt(doc.tokens, i, n), with_words = index.MayStartAt(doc.tokens, i, n, &words);
    if (own != S::kNoName) {
      EXPECT_NE(with_words, S::kNoName) << doc.tokens[i].lower;
    }
    if (own == S::kMaybe) {
      EXPECT_EQ(with_words, S::kMaybe) << doc.tokens[i].lower;
    }
  }
  EXPECT_GT(found, 0u);  // the sentence has names
  // The words' own bits are read: "she" starts no name.
  ASSERT_EQ(doc.tokens[1].lower, "she");
  EXPECT_EQ(index.MayStartAt(doc.tokens, 1, n), S::kNoName);
  EXPECT_EQ(index.MayStartAt(doc.tokens, 1, n, &words), S::kMaybe);
}

// ForEachMatch reports each name all of whose words match, longest first,
// whatever the order in which Scan compares the words (last first since
// stop 22): a name that differs in any one word, or in the case of its
// first word when case is checked, is not reported.
TEST(ActorIndexTest, ForEachMatchReportsWholeNamesLongestFirst) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  auto lengths = [&](const char* text, uint32_t at, bool check_case) {
    Doc doc;
    testing::SimpleTokenize(text, &doc);
    std::vector<uint32_t> out;
    index.ForEachMatch(
        doc.tokens, at, static_cast<uint32_t>(doc.tokens.size()),
        [&](const ActorIndex::Phrase& ph) {
          out.push_back(ph.length);
          return false;
        },
        check_case);
    return out;
  };
  using L = std::vector<uint32_t>;
  EXPECT_EQ(lengths("the U.N. Security Council met", 1, true), (L{3, 1}));
  EXPECT_EQ(lengths("the U.N. Security Office met", 1, true), (L{1}));  // the last word differs
  EXPECT_EQ(lengths("the U.N. Security Council", 1, true), (L{3, 1}));  // the name ends the text
  EXPECT_EQ(lengths("the U.N. Security", 1, true), (L{1}));             // too short for the long name
  EXPECT_EQ(lengths("the United States said", 1, true), (L{2}));
  EXPECT_EQ(lengths("the united States said", 1, true), L{});           // the first word's case
  EXPECT_EQ(lengths("the united States said", 1, false), (L{2}));
  EXPECT_EQ(lengths("the United Nations said", 1, true), (L{2}));       // same first word, other name
}

// A pair that starts more than kThirdSplitAt longer names keeps them by
// their third word (by_third_): ForEachMatch must still report every name
// that matches, longest first and in file order among equal lengths, then
// the pair's two-word names and the one-word names, as from one range; and
// the same from an index read back from the cache.
TEST(ActorIndexTest, PairsSplitByTheirThirdWordMatchAsOneRange) {
  constexpr const char* kOffices = R"(
@kind agency
Office of Quux Affairs and Trade
  QUXGOV
Office of Quux Affairs
  QUXGOV
Office of Zorg Affairs
  ZRGGOV
Office of Quux Fisheries
  QUXAGR
Office of Quux
  QUXGOV
Office of Zorg
  ZRGGOV
Office of Blimp
  BLMGOV
Office of
  ---GOV
Bureau of Quux
  QUXGOV
Bureau of
  ---GOV
Office
  ---GOV
)";
  auto dict = std::make_shared<ActorDictionary>();
  std::vector<DictProblem> problems;
  dict->LoadText(kOffices, "offices.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(dict->entries().size(), 11u);
  ActorIndex built(*dict, TestNameTokenizer, &problems);
  // Seven longer names after "office of": split. Each is also kept in the
  // pair's split range, so the index holds 11 + 7 phrases.
  EXPECT_EQ(built.num_phrases(), 18u);
  CacheWriter w;
  built.Save(&w);
  CacheReader r(w.bytes());
  ActorIndex restored;
  ASSERT_TRUE(restored.Restore(&r, dict->entries().size()));
  using EL = std::vector<std::pair<uint32_t, uint32_t>>;  // (entry, length), in the order reported
  for (const ActorIndex* index : {&built, &restored}) {
    auto found = [&](const char* text, bool check_case = true) {
      Doc doc;
      testing::SimpleTokenize(text, &doc);
      EL out;
      index->ForEachMatch(
          doc.tokens, 1, static_cast<uint32_t>(doc.tokens.size()),
          [&](const ActorIndex::Phrase& ph) {
            out.push_back({ph.entry, ph.length});
            return false;
          },
          check_case);
      return out;
    };
    EXPECT_EQ(found("an Office of Quux Affairs and Trade opened"), (EL{{0, 6}, {1, 4}, {4, 3}, {7, 2}, {10, 1}}));
    EXPECT_EQ(found("an Office of Quux Fisheries"), (EL{{3, 4}, {4, 3}, {7, 2}, {10, 1}}));
    EXPECT_EQ(found("an Office of Zorg Affairs closed"), (EL{{2, 4}, {5, 3}, {7, 2}, {10, 1}}));
    EXPECT_EQ(found("an Office of Blimp"), (EL{{6, 3}, {7, 2}, {10, 1}}));
    EXPECT_EQ(found("an Office of Nowhere closed"), (EL{{7, 2}, {10, 1}}));
    EXPECT_EQ(found("an Office of"), (EL{{7, 2}, {10, 1}}));  // no third word to look up
    // The third word's case as any word's: a minimum unless the caller decides.
    EXPECT_EQ(found("an office of quux affairs"), EL{});
    EXPECT_EQ(found("an office of quux affairs", false), (EL{{1, 4}, {4, 3}, {7, 2}, {10, 1}}));
    // A pair with few longer names is one range, as before.
    EXPECT_EQ(found("a Bureau of Quux opened"), (EL{{8, 3}, {9, 2}}));
    EXPECT_EQ(found("a Bureau of Zorg opened"), (EL{{9, 2}}));
  }
}

// Scan turns an exact name away by its last word's fingerprint before it
// reads the pool (stop 24), so a cached index whose fingerprint is not its
// word's would hide that name: Restore refuses it, and accepts the index
// as saved.
TEST(ActorIndexTest, RestoreChecksTheLastWordFingerprints) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  CacheWriter w;
  t.index->Save(&w);
  {
    CacheReader r(w.bytes());
    ActorIndex back;
    ASSERT_TRUE(back.Restore(&r, t.dict->entries().size()));
    Doc doc;
    testing::SimpleTokenize("the U.N. Security Council met", &doc);
    uint32_t length = 0;
    back.ForEachMatch(doc.tokens, 1, static_cast<uint32_t>(doc.tokens.size()), [&](const ActorIndex::Phrase& ph) {
      length = ph.length;
      return true;
    });
    EXPECT_EQ(length, 3u);
  }
  // phrases_ are saved first: their count (8 bytes), then 16 bytes each,
  // the fingerprint last.
  std::string bad = w.bytes();
  ASSERT_GT(bad.size(), 8u + 16u);
  bad[8 + 12] = static_cast<char>(bad[8 + 12] ^ 1);
  CacheReader r(bad);
  ActorIndex back;
  EXPECT_FALSE(back.Restore(&r, t.dict->entries().size()));
}

// ListStops lists every token where MayStartAt says kMaybe, every kNotHere
// token whose next token the caller keeps, and every one of the words; on
// this small dictionary nothing else. The last token has no next one to
// keep for it.
TEST(ActorIndexTest, ListStopsListsWhereTheWalkMustLook) {
  TestIndex t;
  ASSERT_TRUE(t.problems.empty());
  const ActorIndex& index = *t.index;
  Doc doc;
  testing::SimpleTokenize("then she said the United Nations met her and the State Council in Bogota with United", &doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  ASSERT_EQ(n, 16u);
  const ActorIndex::StopWords words = index.MakeStopWords({TokenHash("she"), TokenHash("her")});
  std::vector<uint32_t> out;
  auto list = [&](uint32_t at, uint32_t end, auto keep) {
    const uint32_t k = index.ListStops(doc.tokens, at, end, words, keep, &out);
    return std::vector<uint32_t>(out.begin(), out.begin() + k);
  };
  auto keep_none = [](const Token&) { return false; };
  auto keep_council = [](const Token& next) { return next.lower == "council"; };
  using L = std::vector<uint32_t>;
  EXPECT_EQ(list(0, n, keep_none), (L{1, 4, 7, 13}));        // she, United (Nations), her, Bogota
  EXPECT_EQ(list(0, n, keep_council), (L{1, 4, 7, 10, 13}));  // and State before "Council"
  EXPECT_EQ(list(5, n, keep_none), (L{7, 13}));               // from the range's start
  EXPECT_EQ(list(0, 5, keep_council), (L{1}));                // "United" ends the range: no pair, nothing to keep
  EXPECT_EQ(list(9, 9, keep_none), L{});                      // an empty range
  // Whatever the list says, it never leaves out a token MayStartAt says
  // kMaybe to: the matcher's walk looks only at listed tokens.
  for (uint32_t at = 0; at < n; ++at) {
    const L listed = list(at, n, keep_none);
    for (uint32_t k = at; k < n; ++k)
      if (index.MayStartAt(doc.tokens, k, n) == ActorIndex::Start::kMaybe) {
        EXPECT_NE(std::find(listed.begin(), listed.end(), k), listed.end()) << at << " " << k;
      }
  }
}

// SortMentionsByStart leaves mentions in the order std::sort gives, equal
// starts included: std::sort is not stable past 16 elements, and the
// output depends on that order.
TEST(SortMentionsByStartTest, SameOrderAsStdSort) {
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  for (size_t n : {0u, 1u, 2u, 5u, 16u, 17u, 40u, 97u}) {
    // starts 0: already in order, with runs of equal starts (the usual
    // sentence; up to 16 left as they are, past that sorted); 1: strictly
    // increasing (left as they are at any size: one sorted order).
    for (uint32_t starts : {3u, 50u, 0u, 1u}) {
      uint32_t in_order = 0;
      std::vector<ActorMention> v;
      // Codes built by append: GCC 12 warns falsely (-Wrestrict, its bug
      // 105329) on `"literal" + std::to_string(k)` once inlined here.
      for (size_t k = 0; k < 3; ++k) v.emplace_back().code.append("before").append(std::to_string(k));  // not sorted: `first` is 3
      for (size_t k = 0; k < n; ++k) {
        ActorMention& m = v.emplace_back();
        m.tokens.begin = starts > 1 ? next() % starts : (in_order += next() % 2 + starts);
        m.code.append("m").append(std::to_string(k));
        m.entry_rest = std::string(next() % 40, 'x');  // some strings on the heap
      }
      std::vector<ActorMention> expected = v;
      std::sort(expected.begin() + 3, expected.end(),
                [](const ActorMention& x, const ActorMention& y) { return x.tokens.begin < y.tokens.begin; });
      SortMentionsByStart(v, 3);
      ASSERT_EQ(v.size(), expected.size());
      for (size_t k = 0; k < v.size(); ++k) {
        EXPECT_EQ(v[k].code, expected[k].code) << "n=" << n << " k=" << k;
        EXPECT_EQ(v[k].entry_rest, expected[k].entry_rest);
        EXPECT_EQ(v[k].tokens.begin, expected[k].tokens.begin);
      }
    }
  }
}

// "words=CODE" for every actor mention the matcher finds in `text`.
V MatchedMentions(const ActorMatcher& matcher, std::string_view text) {
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  matcher.Run(doc);
  V out;
  for (const auto& m : doc.actors) out.push_back(std::string(doc.text(m.tokens)) + "=" + m.code);
  return out;
}

// Agents are built in place at the end of doc.actors (step 2b): one
// dropped there leaves the mentions after it whole, an anaphor does not
// find the agent being built, and a follower's index (for the owner it
// swallows) and an anaphor's antecedent index are the mention's own.
TEST(AgentsBuiltInPlaceTest, DroppedAnaphorAndFollowerAgents) {
  constexpr const char* kAgents = R"(
@kind country
Quuxland | Quuxlandic
  QUX
Zorgia | Zorgian
  ZRG
@kind person
Ada Brook
  QUXGOV
@kind agent
officials
  ~GOV
ministry
  ~GOV anaphor
boatmen
  ~CVL placed
followers
  ~CVL owned
envoy
  ~GOV
)";
  auto dict = std::make_shared<ActorDictionary>();
  std::vector<DictProblem> problems;
  dict->LoadText(kAgents, "agents_test.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ActorMatcher matcher(dict, std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems));
  Doc doc;
  auto run = [&](std::string_view text) {
    doc = Doc{};
    testing::SimpleTokenize(text, &doc);
    matcher.Run(doc);
    V out;
    for (const auto& m : doc.actors) out.push_back(std::string(doc.text(m.tokens)) + "=" + m.code);
    return out;
  };
  // Boatmen of no known place are no actor; the agent and the name after
  // them are made as if they had never been started.
  EXPECT_EQ(run("boatmen rowed past officials and Ada Brook"), (V{"officials=---GOV", "Ada Brook=QUXGOV"}));
  EXPECT_EQ(doc.actors[0].how, ActorResolution::kAgentAlone);
  EXPECT_EQ(doc.actors[0].EntryText(), "agents_test.txt:11 officials");
  // With a country in the sentence they are its civilians (not dropped).
  EXPECT_EQ(run("boatmen rowed to Zorgia"), (V{"boatmen=ZRGCVL", "Zorgia=ZRG"}));
  // "the ministry" refers back to the country named before, by its index;
  // the officials after it keep their own phrase's country.
  EXPECT_EQ(run("Quuxland waited\nthe ministry and Zorgian officials answered"),
            (V{"Quuxland=QUX", "ministry=QUXGOV", "Zorgian officials=ZRGGOV"}));
  EXPECT_EQ(doc.actors[1].how, ActorResolution::kPronoun);
  EXPECT_EQ(doc.actors[1].antecedent, 0u);
  // With nothing before it the ministry is no one's, not the agent after it.
  EXPECT_EQ(run("the ministry and Zorgian officials answered"), (V{"ministry=ZRGGOV", "Zorgian officials=ZRGGOV"}));
  EXPECT_EQ(doc.actors[0].antecedent, kNone32);
  EXPECT_EQ(doc.actors[0].how, ActorResolution::kAgentSentence);
  // Followers swallow their owner's name (the index of the follower, not a
  // neighbour's, marks which mention keeps the span), after another agent.
  EXPECT_EQ(run("Zorgian officials met followers of Ada Brook"),
            (V{"Zorgian officials=ZRGGOV", "followers of Ada Brook=QUXCVL"}));
  EXPECT_EQ(run("followers of Ada Brook met Zorgian officials"),
            (V{"followers of Ada Brook=QUXCVL", "Zorgian officials=ZRGGOV"}));
  // A title inside the followers' phrase is no actor of its own: the
  // follower's index says which mention swallows it.
  EXPECT_EQ(run("Zorgian officials met followers of the envoy Ada Brook"),
            (V{"Zorgian officials=ZRGGOV", "followers of the envoy Ada Brook=QUXCVL"}));
  EXPECT_EQ(run("followers of the envoy Ada Brook met Zorgian officials"),
            (V{"followers of the envoy Ada Brook=QUXCVL", "Zorgian officials=ZRGGOV"}));
  // Followers of no one are no one; the officials after them stay.
  EXPECT_EQ(run("followers gathered near Zorgian officials"), (V{"Zorgian officials=ZRGGOV"}));
}

// Entries read from peer dictionaries follow their peer's rules.
TEST(PeerRulesMatcherTest, PrefixRolesBareAgentsCoordinationAndSharedNames) {
  auto dict = std::make_shared<ActorDictionary>();
  auto add = [&](std::vector<std::string> names, std::string code, ActorEntry::Rules rules, bool agent,
                 std::vector<std::string> also = {}) {
    ActorEntry e;
    e.file = "peer";
    e.names = std::move(names);
    e.kind = agent ? ActorKind::kAgent : ActorKind::kUnknown;
    e.rules = rules;
    CodePeriod c;
    c.code = std::move(code);
    c.also = std::move(also);
    e.codes.push_back(c);
    dict->Add(e);
  };
  using R = ActorEntry::Rules;
  add({"Quuxland"}, "QUX", R::kTabari, false);
  add({"Zorgia"}, "ZRG", R::kTabari, false);
  add({"Twin Peaks"}, "TWA", R::kTabari, false, {"TWB"});
  add({"kite flyers"}, "KIT~", R::kTabari, true);     // a role before the country
  add({"rebels"}, "~REB", R::kTabari, true);
  add({"envoys"}, "~GOV", R::kPetrarch, true);
  add({"delegates"}, "~GOV", R::kTabari, true);
  add({"Quuxlandic"}, "QUX", R::kPetrarch, false);
  add({"scribes"}, "~SCR", R::kPetrarch, true);
  add({"clerks"}, "~CLK", R::kPetrarch, true);
  std::vector<DictProblem> problems;
  auto index = std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems);
  ActorMatcher matcher(dict, index);
  auto match = [&](std::string_view text) { return MatchedMentions(matcher, text); };
  EXPECT_EQ(match("kite flyers in Quuxland met"), (V{"kite flyers in Quuxland=KITQUX"}));
  EXPECT_EQ(match("kite flyers Zorgia met"), (V{"kite flyers Zorgia=KITZRG"}));  // TABARI: right before it
  EXPECT_EQ(match("rebels met"), (V{"rebels=~REB"}));                          // TABARI: the agent's own code
  EXPECT_EQ(match("kite flyers met"), (V{"kite flyers=KIT"}));
  EXPECT_EQ(match("Twin Peaks met"), (V{"Twin Peaks=TWA", "Twin Peaks=TWB"}));
  // PETRARCH gives the agent to every member of the list, TABARI to the first.
  EXPECT_EQ(match("envoys of Quuxland , Zorgia and Twin Peaks met"),
            (V{"envoys of Quuxland=QUXGOV", "Zorgia=ZRGGOV", "Twin Peaks=TWAGOV"}));
  EXPECT_EQ(match("delegates of Quuxland and Zorgia met"), (V{"delegates of Quuxland=QUXGOV", "Zorgia=ZRG"}));
  // TABARI: an agent right after the country or its possessive is that
  // country's; with a word between ("Quuxland's Junior delegates") it is not.
  EXPECT_EQ(match("Quuxland 's delegates met"), (V{"Quuxland 's delegates=QUXGOV"}));
  EXPECT_EQ(match("Quuxland 's Junior delegates met"), (V{"Quuxland=QUX", "delegates=~GOV"}));
  // Agents joined by "and"/"or"/commas share the countries of their phrase,
  // whichever side names them.
  EXPECT_EQ(match("Quuxlandic scribes and clerks met"), (V{"Quuxlandic scribes=QUXSCR", "clerks=QUXCLK"}));
  V both = match("clerks and scribes of Quuxland and Zorgia met");
  std::sort(both.begin(), both.end());
  EXPECT_EQ(both, (V{"Zorgia=ZRGSCR", "clerks=QUXCLK", "clerks=ZRGCLK", "scribes of Quuxland=QUXSCR"}));
  // Not across a verb or a preposition.
  EXPECT_EQ(match("Quuxlandic scribes met clerks"), (V{"Quuxlandic scribes=QUXSCR", "clerks=---CLK"}));
}

// A TABARI name without a final `_` is a stem: it matches longer words.
TEST(PeerRulesMatcherTest, StemNamesMatchLongerWords) {
  auto dict = std::make_shared<ActorDictionary>();
  ActorEntry e;
  e.names = {"quuxland", "north zorg"};
  e.stem_names = {0, 1};
  e.codes.push_back(CodePeriod{"QUX"});
  dict->Add(e);
  ActorEntry w;
  w.names = {"blimp"};  // a whole word
  w.codes.push_back(CodePeriod{"BLM"});
  dict->Add(w);
  std::vector<DictProblem> problems;
  ActorMatcher matcher(dict, std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems));
  auto match = [&](std::string_view text) { return MatchedMentions(matcher, text); };
  EXPECT_EQ(match("the Quuxlandian envoy met North Zorgians and Blimpish Blimp"),
            (V{"Quuxlandian=QUX", "North Zorgians=QUX", "Blimp=BLM"}));
}

// TABARI joins a name's words with `_` (next word) or a blank (a few
// words may stand between); the text's own `_` is the name's.
TEST(PeerRulesMatcherTest, TabariBlanksLetWordsStandBetween) {
  auto dict = std::make_shared<ActorDictionary>();
  ActorEntry e;
  e.names = {"margrave zorg holm"};  // MARGRAVE ZORG_HOLM
  e.tabari_joins = {{0, 0b01}};
  e.rules = ActorEntry::Rules::kTabari;
  e.codes.push_back(CodePeriod{"ZHM"});
  dict->Add(e);
  ActorEntry ours;  // our own format: word for word
  ours.names = {"duke of quux"};
  ours.codes.push_back(CodePeriod{"QUX"});
  dict->Add(ours);
  ActorEntry petrarch;
  petrarch.names = {"baron blimp"};
  petrarch.rules = ActorEntry::Rules::kPetrarch;
  petrarch.codes.push_back(CodePeriod{"BLM"});
  dict->Add(petrarch);
  std::vector<DictProblem> problems;
  ActorMatcher matcher(dict, std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems));
  auto match = [&](std::string_view text) { return MatchedMentions(matcher, text); };
  EXPECT_EQ(match("the Margrave of Zorg Holm met"), (V{"Margrave of Zorg Holm=ZHM"}));
  EXPECT_EQ(match("the Margrave of old Zorg _ Holm met"), (V{"Margrave of old Zorg _ Holm=ZHM"}));
  EXPECT_EQ(match("the Margrave Zorg Holm met"), (V{"Margrave Zorg Holm=ZHM"}));
  // Not where `_` wants the next word, not past punctuation or too many words.
  EXPECT_EQ(match("the Margrave of Zorg new Holm met"), V{});
  EXPECT_EQ(match("the Margrave , Zorg Holm met"), V{});
  EXPECT_EQ(match("the Margrave of the old far Zorg Holm met"), V{});
  // Names that are not TABARI's still match word for word.
  EXPECT_EQ(match("the Duke of Quux met the Duke of old Quux"), (V{"Duke of Quux=QUX"}));
  EXPECT_EQ(match("Baron Blimp met Baron of Blimp"), (V{"Baron Blimp=BLM"}));
}

}  // namespace
}  // namespace dyad
