#include "dict/wordnet.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "config/paths.h"

namespace dyad {
namespace {

TEST(WordNetVerbsTest, ProposesSynonymsOfTheMostFrequentSenses) {
  WordNetVerbs wn;
  std::string error;
  if (!wn.Load(dyad::DefaultWordnetDir(), &error)) GTEST_SKIP() << error;
  EXPECT_GT(wn.num_synsets(), 10000u);
  auto syn = wn.Synonyms("condemn", 1);
  ASSERT_FALSE(syn.empty());
  auto has = [&](std::string_view w) {
    return std::any_of(syn.begin(), syn.end(), [&](const auto& s) { return s.word == w; });
  };
  EXPECT_TRUE(has("decry"));
  EXPECT_FALSE(has("condemn"));
  EXPECT_EQ(syn.front().sense, 1);
  auto phrasal = wn.Synonyms("cancel", 3);
  EXPECT_TRUE(std::any_of(phrasal.begin(), phrasal.end(), [](const auto& s) { return s.word.find(' ') != std::string::npos; }));
  EXPECT_TRUE(wn.Synonyms("notaverbatall", 3).empty());
}

}  // namespace
}  // namespace dyad
