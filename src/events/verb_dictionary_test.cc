#include "events/verb_dictionary.h"

#include <gtest/gtest.h>

#include "testing/word_tokenizer.h"

namespace dyad {
namespace {

using testing::WordTokenizer;

TEST(VerbDictionaryTest, ParsesPatternsMostSpecificFirst) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadSynsetText("&SANCTION = sanction | tariff | visa penalty\n", "synsets.txt", WordTokenizer, &problems);
  d.LoadPatternText(
      "# 13x\n"
      "130  threaten               # bare\n"
      "1312 threaten + with &SANCTION\n"
      "---  threaten to resign\n",
      "13.txt", &problems);
  d.Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  const auto* list = d.PatternsFor(TokenHash("threaten"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ(d.pattern((*list)[0]).code, "1312");
  EXPECT_TRUE(d.pattern((*list)[1]).is_null());
  EXPECT_EQ(d.pattern((*list)[2]).code, "130");
  EXPECT_EQ(d.pattern((*list)[0]).ref(), "13.txt:3 threaten + with &SANCTION");
  EXPECT_TRUE(d.pattern((*list)[0]).has_target);
  const auto& syn = d.synsets()[d.pattern((*list)[0]).elems[2].synset];
  EXPECT_EQ(syn.members.size(), 3u);
  EXPECT_EQ(syn.members[2].size(), 2u);  // "visa penalty"
  // The packed word masks the coder's pattern loop reads follow the
  // sorted order ("to resign", second, needs both its words).
  const PatternList* packed = d.PatternListFor(TokenHash("threaten"));
  ASSERT_NE(packed, nullptr);
  EXPECT_EQ(&packed->ids, list);
  ASSERT_EQ(packed->word_masks.size(), 3u);
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(packed->word_masks[k], d.pattern((*list)[k]).word_mask) << k;
  EXPECT_EQ(packed->word_masks[1], WordBit(TokenHash("to")) | WordBit(TokenHash("resign")));
  EXPECT_EQ(d.PatternListFor(TokenHash("resign")), nullptr);
}

TEST(VerbDictionaryTest, ReportsMalformedLinesAndUnknownSynsets) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadPatternText("accuse + of\n112\n112 + accuse\n112 accuse + + of\n111 condemn &NOPE\n", "11.txt", &problems);
  d.Compile(&problems);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].line, 1u);
  EXPECT_EQ(problems[1].line, 2u);
  EXPECT_EQ(problems[2].line, 3u);
  EXPECT_EQ(problems[3].line, 4u);
  EXPECT_EQ(problems[4].line, 5u);
  EXPECT_NE(problems[4].message.find("&NOPE"), std::string::npos);
}

TEST(VerbDictionaryTest, ControlLists) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadControlText("@irrealis want | hope\n@speech say | tell\n@implicative manage\n", "control.txt", &problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_TRUE(d.IsIrrealis(TokenHash("hope")));
  EXPECT_TRUE(d.IsSpeech(TokenHash("tell")));
  EXPECT_TRUE(d.IsImplicative(TokenHash("manage")));
  EXPECT_FALSE(d.IsSpeech(TokenHash("hope")));
}

}  // namespace
}  // namespace dyad
