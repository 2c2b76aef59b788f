#include "lang/en/lemmatizer.h"

#include <algorithm>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "config/paths.h"
#include "lang/en/tagger.h"
#include "testing/simple_tokens.h"

namespace dyad::en {
namespace {

const Lemmatizer* WordNet() {
  static const Lemmatizer* lem = [] {
    auto* l = new Lemmatizer;
    std::string error;
    if (!l->Load(dyad::DefaultWordnetDir(), &error)) {
      delete l;
      return static_cast<Lemmatizer*>(nullptr);
    }
    return l;
  }();
  return lem;
}

#define REQUIRE_WORDNET()                                                                      \
  if (WordNet() == nullptr)                                                                    \
  GTEST_SKIP() << "WordNet not found in " << dyad::DefaultWordnetDir() << " (install wordnet-base)"

std::string L(std::string_view word, Tag tag) {
  static Arena arena;
  auto r = WordNet()->Lemmatize(word, TokenHash(word), tag, &arena);
  EXPECT_EQ(r.hash, TokenHash(r.lemma)) << word;
  return std::string(r.lemma);
}

TEST(Lemmatizer, RequiredExamples) {
  REQUIRE_WORDNET();
  EXPECT_EQ(L("revoked", Tag::VBD), "revoke");
  EXPECT_EQ(L("revoked", Tag::VBN), "revoke");
  EXPECT_EQ(L("accused", Tag::VBD), "accuse");
  EXPECT_EQ(L("fled", Tag::VBD), "flee");
  EXPECT_EQ(L("met", Tag::VBD), "meet");
  EXPECT_EQ(L("was", Tag::VBD), "be");
  EXPECT_EQ(L("were", Tag::VBD), "be");
  EXPECT_EQ(L("is", Tag::VBZ), "be");
  EXPECT_EQ(L("troops", Tag::NNS), "troop");
  EXPECT_EQ(L("sanctions", Tag::NNS), "sanction");
  EXPECT_EQ(L("threatened", Tag::VBD), "threaten");
  EXPECT_EQ(L("urged", Tag::VBD), "urge");
  EXPECT_EQ(L("suspended", Tag::VBD), "suspend");
  EXPECT_EQ(L("decertified", Tag::VBD), "decertify");
  EXPECT_EQ(L("cancellations", Tag::NNS), "cancellation");
  EXPECT_EQ(L("crises", Tag::NNS), "crisis");
  EXPECT_EQ(L("better", Tag::JJR), "good");
}

TEST(Lemmatizer, Clitics) {
  REQUIRE_WORDNET();
  EXPECT_EQ(L("n't", Tag::RB), "not");
  EXPECT_EQ(L("'s", Tag::VBZ), "be");
  EXPECT_EQ(L("'s", Tag::POS), "'s");
  EXPECT_EQ(L("'re", Tag::VBP), "be");
  EXPECT_EQ(L("'m", Tag::VBP), "be");
  EXPECT_EQ(L("'ll", Tag::MD), "will");
  EXPECT_EQ(L("'ve", Tag::VBP), "have");
  EXPECT_EQ(L("'d", Tag::MD), "would");
  EXPECT_EQ(L("n\xE2\x80\x99t", Tag::RB), "not");
  EXPECT_EQ(L("\xE2\x80\x99s", Tag::VBZ), "be");
  EXPECT_EQ(L("\xE2\x80\x99s", Tag::POS), "'s");
  EXPECT_EQ(L("ca", Tag::MD), "can");
  EXPECT_EQ(L("wo", Tag::MD), "will");
  EXPECT_EQ(L("could", Tag::MD), "could");
}

TEST(Lemmatizer, TagDecides) {
  REQUIRE_WORDNET();
  // Proper nouns and function words keep their lower-case form.
  EXPECT_EQ(L("states", Tag::NNPS), "states");
  EXPECT_EQ(L("petro", Tag::NNP), "petro");
  EXPECT_EQ(L("as", Tag::IN), "as");
  // Base tags keep a word WordNet knows ("data" is not made "datum").
  EXPECT_EQ(L("data", Tag::NN), "data");
  EXPECT_EQ(L("lay", Tag::VB), "lay");
  EXPECT_EQ(L("found", Tag::VBD), "find");
  EXPECT_EQ(L("found", Tag::VB), "found");
  EXPECT_EQ(L("are", Tag::VBP), "be");
  // A plural mis-tagged as singular still loses its -s.
  EXPECT_EQ(L("sanctions", Tag::NN), "sanction");
  // Adjectives and adverbs.
  EXPECT_EQ(L("biggest", Tag::JJS), "big");
  EXPECT_EQ(L("larger", Tag::JJR), "large");
  EXPECT_EQ(L("threatened", Tag::JJ), "threatened");
  EXPECT_EQ(L("politics", Tag::NNS), "politics");
}

TEST(Lemmatizer, RuleChoiceByFrequency) {
  REQUIRE_WORDNET();
  // Two rules give WordNet verbs; the more frequent one wins.
  EXPECT_EQ(L("hoping", Tag::VBG), "hope");
  EXPECT_EQ(L("singing", Tag::VBG), "sing");
  EXPECT_EQ(L("being", Tag::VBG), "be");
  EXPECT_EQ(L("stopped", Tag::VBD), "stop");
  EXPECT_EQ(L("carried", Tag::VBD), "carry");
  EXPECT_EQ(L("uses", Tag::VBZ), "use");
}

TEST(Lemmatizer, AnyDoubledConsonantWhenNoRuleFindsALemma) {
  REQUIRE_WORDNET();
  // A doubled s or l is undone when the plain rules find no WordNet lemma:
  // "teargass" is none, "teargas" is a verb (WordNet lists "gassed" alone).
  EXPECT_EQ(L("teargassed", Tag::VBD), "teargas");
  EXPECT_EQ(L("teargassing", Tag::VBG), "teargas");
  EXPECT_EQ(L("gassed", Tag::VBD), "gas");
  EXPECT_EQ(L("focussed", Tag::VBD), "focus");
  // Negatives: a double s that the base form keeps is found by the "-ed"
  // rule first, and "canvassed" is "canvass" (the political canvass), not
  // "canvas" ("bussed" stays WordNet's "buss" for the same reason: both
  // are verbs and the rule's reading comes first).
  EXPECT_EQ(L("passed", Tag::VBD), "pass");
  EXPECT_EQ(L("missed", Tag::VBN), "miss");
  EXPECT_EQ(L("assessed", Tag::VBD), "assess");
  EXPECT_EQ(L("canvassed", Tag::VBD), "canvass");
  EXPECT_EQ(L("bussed", Tag::VBD), "buss");
  EXPECT_EQ(L("killed", Tag::VBD), "kill");
}

// Every detachment rule's suffix, on words long and short: the rules test
// a word's last bytes as one packed integer (Tail4 in lemmatizer.cc), with
// a separate path for words under four bytes, so both are covered, and
// words that end in part of a suffix must not take the rule.
TEST(Lemmatizer, EachRuleSuffixLongAndShort) {
  REQUIRE_WORDNET();
  // Nouns: -s, -ses, -xes, -zes, -ches, -shes, -men, -ies.
  EXPECT_EQ(L("tanks", Tag::NNS), "tank");
  EXPECT_EQ(L("ads", Tag::NNS), "ad");
  EXPECT_EQ(L("gases", Tag::NNS), "gas");
  EXPECT_EQ(L("taxes", Tag::NNS), "tax");
  EXPECT_EQ(L("waltzes", Tag::NNS), "waltz");
  EXPECT_EQ(L("marches", Tag::NNS), "march");
  EXPECT_EQ(L("clashes", Tag::NNS), "clash");
  EXPECT_EQ(L("gunmen", Tag::NNS), "gunman");
  EXPECT_EQ(L("militias", Tag::NNS), "militia");
  EXPECT_EQ(L("allies", Tag::NNS), "ally");
  // Verbs: -s, -ies, -es, -ed, -ing, -ied, on four-byte words too.
  EXPECT_EQ(L("aids", Tag::VBZ), "aid");
  EXPECT_EQ(L("vows", Tag::VBZ), "vow");
  EXPECT_EQ(L("denies", Tag::VBZ), "deny");
  EXPECT_EQ(L("dies", Tag::VBZ), "die");
  EXPECT_EQ(L("tied", Tag::VBD), "tie");
  EXPECT_EQ(L("raided", Tag::VBD), "raid");
  EXPECT_EQ(L("freeing", Tag::VBG), "free");
  EXPECT_EQ(L("seizing", Tag::VBG), "seize");
  EXPECT_EQ(L("shelled", Tag::VBN), "shell");
  // Adjectives: -er, -est, with and without an "e" put back, and doubled.
  EXPECT_EQ(L("calmer", Tag::JJR), "calm");
  EXPECT_EQ(L("safest", Tag::JJS), "safe");
  EXPECT_EQ(L("wider", Tag::JJR), "wide");
  EXPECT_EQ(L("hottest", Tag::JJS), "hot");
  EXPECT_EQ(L("bigger", Tag::JJR), "big");
  // Negatives: a word no longer than a suffix keeps its form, as does one
  // ending in the suffix's last letters only.
  EXPECT_EQ(L("s", Tag::NNS), "s");
  EXPECT_EQ(L("es", Tag::VBZ), "es");
  EXPECT_EQ(L("ing", Tag::VBG), "ing");
  EXPECT_EQ(L("ed", Tag::VBD), "ed");
  EXPECT_EQ(L("news", Tag::NN), "news");
}

TEST(Lemmatizer, WordsWordNetLacks) {
  REQUIRE_WORDNET();
  EXPECT_EQ(L("deescalated", Tag::VBD), "deescalate");
  EXPECT_EQ(L("deescalating", Tag::VBG), "deescalate");
  EXPECT_EQ(L("livestreamed", Tag::VBD), "livestream");
  EXPECT_EQ(L("weaponized", Tag::VBN), "weaponize");
  EXPECT_EQ(L("airstrikes", Tag::NNS), "airstrike");
  EXPECT_EQ(L("decertifies", Tag::VBZ), "decertify");
  EXPECT_EQ(L("uk-based", Tag::VBN), "uk-base");
  EXPECT_EQ(L("deescalate", Tag::VB), "deescalate");
  // Without an arena, a guess that needs new characters gives the word back.
  auto r = WordNet()->Lemmatize("deescalated", TokenHash("deescalated"), Tag::VBD, nullptr);
  EXPECT_EQ(r.lemma, "deescalated");
  EXPECT_EQ(r.hash, TokenHash("deescalated"));
}

TEST(Lemmatizer, IsLemma) {
  REQUIRE_WORDNET();
  EXPECT_TRUE(WordNet()->IsLemma("revoke", WnPos::kVerb));
  EXPECT_FALSE(WordNet()->IsLemma("revoked", WnPos::kVerb));
  EXPECT_TRUE(WordNet()->IsLemma("troop", WnPos::kNoun));
  EXPECT_GT(WordNet()->num_lemmas(), 80000u);
}

TEST(Lemmatizer, LemmasOfOnePartOfSpeech) {
  REQUIRE_WORDNET();
  std::vector<std::string_view> verbs = WordNet()->Lemmas(WnPos::kVerb);
  EXPECT_GT(verbs.size(), 8000u);
  EXPECT_NE(std::find(verbs.begin(), verbs.end(), "revoke"), verbs.end());
  EXPECT_EQ(std::find(verbs.begin(), verbs.end(), "happiness"), verbs.end());  // a noun only
}

TEST(Lemmatizer, RunSetsLemmasAndHashes) {
  REQUIRE_WORDNET();
  auto lex = std::make_shared<Lexicon>();
  std::string error;
  if (!lex->Load(dyad::DefaultTaggerDir(), &error)) GTEST_SKIP() << error;
  Doc doc;
  testing::SimpleTokenize("Petro accused the US of meddling in its politics.\nTroops fled as rebels advanced.", &doc);
  Tagger(lex).Run(doc);
  EXPECT_EQ(WordNet()->name(), "lemmatizer");
  WordNet()->Run(doc);
  std::string lemmas;
  for (const Token& t : doc.tokens) {
    EXPECT_EQ(t.lemma_hash, TokenHash(t.lemma));
    lemmas += std::string(t.lemma) + " ";
  }
  EXPECT_EQ(lemmas, "petro accuse the us of meddle in its politics . troop flee as rebel advance . ");
  // Unchanged words point into Token::lower, not into a copy.
  EXPECT_EQ(doc.tokens[2].lemma.data(), doc.tokens[2].lower.data());
}

TEST(Lemmatizer, RunMemoKeepsCliticAndModalLemmas) {
  REQUIRE_WORDNET();
  // Run's memo keeps these fixed lemmas, so the second and third passes
  // (fresh Docs, the same words) answer from it and must agree with the first.
  struct Case {
    std::string_view word;
    Tag tag;
    std::string_view lemma;
  };
  const Case cases[] = {{"'s", Tag::POS, "'s"},  {"'s", Tag::VBZ, "be"},           {"n't", Tag::RB, "not"},
                        {"ca", Tag::MD, "can"},   {"wo", Tag::MD, "will"},          {"'d", Tag::VBD, "have"},
                        {"'d", Tag::MD, "would"}, {"\xE2\x80\x99s", Tag::POS, "'s"}, {"sha", Tag::MD, "shall"}};
  for (int pass = 0; pass < 3; ++pass) {
    Doc doc;
    for (const Case& c : cases) {
      Token t;
      t.lower = c.word;
      t.lower_hash = TokenHash(c.word);
      t.tag = c.tag;
      doc.tokens.push_back(t);
    }
    WordNet()->Run(doc);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      EXPECT_EQ(doc.tokens[i].lemma, cases[i].lemma) << cases[i].word << " pass " << pass;
      EXPECT_EQ(doc.tokens[i].lemma_hash, TokenHash(cases[i].lemma)) << cases[i].word << " pass " << pass;
    }
  }
}

TEST(Lemmatizer, RunMemoAgreesWithLemmatizeAcrossEvictions) {
  REQUIRE_WORDNET();
  // Run answers most tokens from its per-thread memo, choosing between the
  // two ways of a set and between a lemma in the word itself (a prefix) and
  // one elsewhere without branches. Over 40,000 (word, tag) pairs, in
  // several orders (in the memo's 32,768 sets of two slots, thousands of
  // sets get three or more of them), so that words meet in both ways and
  // evict each other, every token must get what Lemmatize gives: the same
  // bytes and hash, and a view into its own `lower` exactly when Lemmatize's
  // is. The same word under several tags checks that the tag is part of the key.
  std::vector<std::string_view> verbs = WordNet()->Lemmas(WnPos::kVerb);
  std::sort(verbs.begin(), verbs.end());
  ASSERT_GT(verbs.size(), 8000u);
  verbs.resize(8000);
  std::vector<std::string> words;
  std::vector<Tag> tags;
  words.reserve(verbs.size() * 5);
  for (std::string_view v : verbs) {
    // Base forms (the word itself), inflected forms ("s", "ed": a lemma in
    // WordNet's pool or a guessed prefix), and a noun reading of the base.
    for (auto [suffix, tag] : {std::pair{"", Tag::VB}, std::pair{"", Tag::NN}, std::pair{"s", Tag::VBZ},
                               std::pair{"ed", Tag::VBD}, std::pair{"s", Tag::NNS}}) {
      words.push_back(std::string(v) + suffix);
      tags.push_back(tag);
    }
  }
  // Clitics (the fixed lemmas) and a name (the fast path) among them.
  for (auto [w, tag] : {std::pair{"'s", Tag::POS}, std::pair{"'s", Tag::VBZ}, std::pair{"n't", Tag::RB},
                        std::pair{"petro", Tag::NNP}}) {
    words.push_back(w);
    tags.push_back(tag);
  }
  Arena arena;
  std::vector<size_t> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  size_t prefixes = 0, elsewhere = 0;
  for (int pass = 0; pass < 4; ++pass) {
    // Forward, backward, then interleaved strides: different neighbours in
    // each set from pass to pass.
    if (pass == 1) std::reverse(order.begin(), order.end());
    if (pass >= 2)
      for (size_t i = 0; i < order.size(); ++i) order[i] = (i * (pass == 2 ? 7919 : 104729)) % order.size();
    Doc doc;
    for (size_t i : order) {
      Token t;
      t.lower = words[i];
      t.lower_hash = TokenHash(words[i]);
      t.tag = tags[i];
      doc.tokens.push_back(t);
    }
    WordNet()->Run(doc);
    for (const Token& t : doc.tokens) {
      Lemmatizer::Result r = WordNet()->Lemmatize(t.lower, t.lower_hash, t.tag, &arena);
      ASSERT_EQ(t.lemma, r.lemma) << t.lower << " pass " << pass;
      ASSERT_EQ(t.lemma_hash, r.hash) << t.lower << " pass " << pass;
      const bool own = r.lemma.data() == t.lower.data();
      ASSERT_EQ(t.lemma.data() == t.lower.data(), own) << t.lower << " pass " << pass;
      (own ? prefixes : elsewhere)++;
    }
  }
  // Both kinds of slot were exercised.
  EXPECT_GT(prefixes, 10000u);
  EXPECT_GT(elsewhere, 10000u);
}

TEST(Lemmatizer, MissingDataSaysWhatToInstall) {
  Lemmatizer lem;
  std::string error;
  EXPECT_FALSE(lem.Load("/nonexistent/wordnet", &error));
  EXPECT_NE(error.find("/nonexistent/wordnet/index.noun"), std::string::npos) << error;
  EXPECT_NE(error.find("wordnet-base"), std::string::npos) << error;
}

}  // namespace
}  // namespace dyad::en
