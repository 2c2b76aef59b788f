#include "events/word_class.h"

#include <memory>

#include <gtest/gtest.h>

#include "model/doc.h"
#include "testing/word_tokenizer.h"

namespace dyad {
namespace {

Token Tok(std::string_view lower, std::string_view lemma) {
  Token t;
  t.lower = lower;
  t.lower_hash = TokenHash(lower);
  t.lemma = lemma;
  t.lemma_hash = lemma.empty() ? 0 : TokenHash(lemma);
  return t;
}

std::unique_ptr<VerbDictionary> Dict(const char* text) {
  auto d = std::make_unique<VerbDictionary>();
  std::vector<DictProblem> problems;
  d->LoadSynsetText(text, "synsets.txt", testing::WordTokenizer, &problems);
  d->Compile(&problems);
  EXPECT_TRUE(problems.empty());
  return d;
}

TEST(WordClassTest, MatchesByLemmaOrSurfaceAndReadsOneWordMembersOnly) {
  auto d = Dict("&FIGHTS = clash | fighting | gun battle\n&OTHER = flood\n");
  WordClass c = SynsetClass(*d, "FIGHTS");
  EXPECT_FALSE(c.empty());
  EXPECT_TRUE(c.At(Tok("clashes", "clash")));      // a plural, by its lemma
  EXPECT_TRUE(c.At(Tok("fighting", "fight")));     // the surface form listed
  EXPECT_FALSE(c.At(Tok("floods", "flood")));      // another class's member
  EXPECT_FALSE(c.At(Tok("battle", "battle")));     // only the end of a longer member
  EXPECT_FALSE(c.At(Tok("gun", "gun")));
}

TEST(WordClassTest, VerbsMatchByLemmaAndAMissingClassIsEmpty) {
  auto d = Dict("&PERSONAL = stab | murder\n");
  WordClass c = SynsetClass(*d, "PERSONAL");
  EXPECT_TRUE(c.HasVerb(Tok("stabbed", "stab")));
  EXPECT_FALSE(c.HasVerb(Tok("murder", "kill")));  // a lemma that differs from the surface decides
  EXPECT_TRUE(c.HasVerb(Tok("murder", "")));       // no lemma: the surface form
  WordClass none = SynsetClass(*d, "ABSENT");
  EXPECT_TRUE(none.empty());
  EXPECT_FALSE(none.At(Tok("stab", "stab")));
}

}  // namespace
}  // namespace dyad
