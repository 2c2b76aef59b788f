// Titles before a person's name choose the period the date leaves open
// (actors/titles.h, ActorEntry::CodeFor). The people are made up.
#include "actors/titles.h"

#include <gtest/gtest.h>

#include "actors/matcher.h"
#include "testing/name_tokens.h"
#include "testing/simple_tokens.h"

namespace dyad {
namespace {

// Dictionary names go through the same crude tokenizer as the test text.
constexpr auto TestNameTokenizer = testing::SimpleNameTokenizer;

// Mira Castell: foreign minister, then senator and at the same time (in
// this made-up dictionary) an elder stateswoman. Tomas Virel: one office.
constexpr const char* kPeople = R"(
@kind person
Mira Castell | Castell | ex minister Mira Castell
  URYGOV 2001..2005
  URYLEG 2006..
  URYELI 2006..
Tomas Virel | Virel
  PRYGOV 2010..2015
Alliance Secretary Oren Dask | Oren Dask | Dask
  NORGOV 2025..
  IGOWSTNAT 2014..2024
)";

constexpr const char* kTitles = R"(
president | minister | foreign minister -> GOV
senator -> LEG
former | ex -> ELI (modifier)
es: excanciller -> ELI
alliance secretary -> IGOWSTNAT
)";

class TitlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dict = std::make_shared<ActorDictionary>();
    std::vector<DictProblem> problems;
    dict->LoadText(kPeople, "people.txt", &problems);
    auto titles = std::make_shared<TitleTable>();
    titles->LoadText(kTitles, "titles.txt", &problems);
    ASSERT_TRUE(problems.empty()) << problems[0].str();
    auto index = std::make_shared<ActorIndex>(*dict, TestNameTokenizer, &problems);
    ActorMatcherOptions options;
    options.titles = titles;
    matcher_ = std::make_unique<ActorMatcher>(dict, index, options);
  }

  // The code of the sentence's last mention (the person), and how the title bore on it.
  std::pair<std::string, TitleUse> Code(std::string_view text, Date published = Date(), std::string lang = "en",
                                       const std::vector<Tag>& tags = {}) {
    doc_ = Doc{};
    testing::SimpleTokenize(text, &doc_);
    for (size_t i = 0; i < doc_.tokens.size() && i < tags.size(); ++i) doc_.tokens[i].tag = tags[i];
    doc_.article.published = published;
    doc_.article.lang = lang;
    matcher_->Run(doc_);
    if (doc_.actors.empty()) return {"", TitleUse::kNone};
    return {doc_.actors.back().code, doc_.actors.back().title_use};
  }
  std::string TitleWords() const { return std::string(doc_.text(doc_.actors.back().title)); }

  std::unique_ptr<ActorMatcher> matcher_;
  Doc doc_;
};

using P = std::pair<std::string, TitleUse>;

// A name written in lower case is a person's only after a title: alone,
// "virel" could be any word (ActorMatcher::LowerCaseNameFits).
TEST_F(TitlesTest, ALowerCaseNameAfterATitleIsThePerson) {
  EXPECT_EQ(Code("President virel spoke", Date::Day(2012, 3, 1)).first, "PRYGOV");
  EXPECT_EQ(Code("then virel spoke", Date::Day(2012, 3, 1)).first, "");
  EXPECT_EQ(Code("President virel spoke", Date::Day(2012, 3, 1), "es").first, "");  // English rule only
  // A name is a noun: a modal or verb after a title is no one's name.
  EXPECT_EQ(Code("President virel spoke", Date::Day(2012, 3, 1), "en", {Tag::NNP, Tag::NN, Tag::VBD}).first, "PRYGOV");
  EXPECT_EQ(Code("President virel spoke", Date::Day(2012, 3, 1), "en", {Tag::NNP, Tag::MD, Tag::VB}).first, "");
}

TEST_F(TitlesTest, UndatedTheTitlePicksThePeriod) {
  EXPECT_EQ(Code("Foreign Minister Mira Castell spoke"), (P{"URYGOV", TitleUse::kChose}));
  EXPECT_EQ(TitleWords(), "Foreign Minister");
  EXPECT_EQ(Code("Senator Castell spoke"), (P{"URYLEG", TitleUse::kChose}));
  EXPECT_EQ(Code("former Minister Castell spoke"), (P{"URYELI", TitleUse::kChose}));
  EXPECT_EQ(TitleWords(), "former Minister");
  EXPECT_EQ(Code("the former Castell spoke"), (P{"URYELI", TitleUse::kChose}));  // a modifier alone
  // No title: the latest non-ELI period, as before.
  EXPECT_EQ(Code("Castell spoke"), (P{"URYLEG", TitleUse::kNone}));
}

TEST_F(TitlesTest, ADateThatDecidesIsKept) {
  // One period held that day: the title is reported, not obeyed.
  EXPECT_EQ(Code("Senator Castell spoke", Date::Day(2003, 5, 1)), (P{"URYGOV", TitleUse::kDateDecided}));
  // Two held at once: the title chooses between them.
  EXPECT_EQ(Code("Senator Castell spoke", Date::Day(2007, 5, 1)), (P{"URYLEG", TitleUse::kChose}));
  EXPECT_EQ(Code("former Minister Castell spoke", Date::Day(2007, 5, 1)), (P{"URYELI", TitleUse::kChose}));
  // A title with no period of its role never invents a code.
  EXPECT_EQ(Code("former President Virel spoke"), (P{"PRYGOV", TitleUse::kNoFit}));
}

TEST_F(TitlesTest, SpanishTitlesAndTitlesInsideTheName) {
  EXPECT_EQ(Code("el excanciller Castell habló", Date(), "es"), (P{"URYELI", TitleUse::kChose}));
  // An es: line is Spanish only.
  EXPECT_EQ(Code("the excanciller Castell spoke"), (P{"URYLEG", TitleUse::kNone}));
  // The entry's name carries the title: its first words count.
  EXPECT_EQ(Code("Alliance Secretary Oren Dask spoke"), (P{"IGOWSTNAT", TitleUse::kChose}));
  EXPECT_EQ(Code("Oren Dask spoke"), (P{"NORGOV", TitleUse::kNone}));
  // A modifier and a title inside the name.
  EXPECT_EQ(Code("ex Minister Mira Castell spoke"), (P{"URYELI", TitleUse::kChose}));
  EXPECT_EQ(TitleWords(), "ex Minister");
  EXPECT_EQ(doc_.actors.back().tokens.begin, 0u);
}

TEST(TitleTableTest, BadRolesAndRepeatedTitlesAreReported) {
  TitleTable t;
  std::vector<DictProblem> problems;
  t.LoadText("senator -> LEG\nsenator -> LEG\nchief -> gov\nmayor GOV\n", "titles.txt", &problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].str(), "titles.txt:2: warning: title \"senator\" is listed twice");
  EXPECT_EQ(problems[1].str(), "titles.txt:3: error: title role 'gov' is not a CAMEO role or code");
  EXPECT_EQ(problems[2].str(), "titles.txt:4: error: title line without '->' (words | words -> ROLE)");
  EXPECT_EQ(t.titles().size(), 1u);
}

}  // namespace
}  // namespace dyad
