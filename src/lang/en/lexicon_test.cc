#include "lang/en/lexicon.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "config/paths.h"
#include "model/cache_file.h"
#include "model/doc.h"

namespace dyad::en {
namespace {

bool HasTag(std::span<const TagScore> s, Tag t) {
  for (const TagScore& x : s)
    if (x.tag == t) return true;
  return false;
}

// The Debian lexicon, loaded once for all tests of this file.
const Lexicon* Debian() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    std::string error;
    if (!l->Load(dyad::DefaultTaggerDir(), &error)) {
      delete l;
      return static_cast<Lexicon*>(nullptr);
    }
    return l;
  }();
  return lex;
}

#define REQUIRE_LEXICON()                                                                   \
  if (Debian() == nullptr)                                                                  \
  GTEST_SKIP() << "Lingua::EN::Tagger data not found in " << dyad::DefaultTaggerDir()        \
                  << " (install liblingua-en-tagger-perl)"

TEST(WordMap, InsertFindAndGrow) {
  WordMap m;
  EXPECT_EQ(m.Find(42), nullptr);
  for (uint64_t k = 0; k < 5000; ++k) *m.Insert(k * 0xC2B2AE3D27D4EB4Full, static_cast<uint32_t>(k)) = k;
  EXPECT_EQ(m.size(), 5000u);
  for (uint64_t k = 0; k < 5000; ++k) {
    const uint32_t* v = m.Find(k * 0xC2B2AE3D27D4EB4Full);
    ASSERT_NE(v, nullptr) << k;
    EXPECT_EQ(*v, k);
  }
  EXPECT_EQ(m.Find(12345), nullptr);
  // Insert of a present key returns the existing slot and keeps the value.
  EXPECT_EQ(*m.Insert(0, 99), 0u);  // key 0 (the empty marker) is stored like any other
  EXPECT_EQ(m.size(), 5000u);
}

TEST(TagFromPenn, PennAndLexiconNames) {
  EXPECT_EQ(TagFromPenn("DT"), Tag::DET);
  EXPECT_EQ(TagFromPenn("PRP$"), Tag::PRPS);
  EXPECT_EQ(TagFromPenn("WP$"), Tag::WPS);
  EXPECT_EQ(TagFromPenn(","), Tag::PPC);
  EXPECT_EQ(TagFromPenn("."), Tag::PP);
  EXPECT_EQ(TagFromPenn("``"), Tag::PPL);
  EXPECT_EQ(TagFromPenn("''"), Tag::PPR);
  EXPECT_EQ(TagFromPenn("-LRB-"), Tag::LRB);
  EXPECT_EQ(TagFromPenn("-RRB-"), Tag::RRB);
  EXPECT_EQ(TagFromPenn(":"), Tag::PPS);
  EXPECT_EQ(TagFromPenn("$"), Tag::PPD);
  EXPECT_EQ(TagFromPenn("HYPH"), Tag::PPS);
  EXPECT_EQ(TagFromPenn("VBD"), Tag::VBD);
  EXPECT_EQ(TagFromPenn("vbd"), Tag::VBD);
  EXPECT_EQ(TagFromPenn("det"), Tag::DET);
  EXPECT_EQ(TagFromPenn("XYZ"), Tag::kNone);
  EXPECT_EQ(TagFromPenn(""), Tag::kNone);
}

TEST(Lexicon, LoadsDebianData) {
  REQUIRE_LEXICON();
  const Lexicon& lex = *Debian();
  EXPECT_GT(lex.num_words(), 40000u);
  auto the = lex.Find("the");
  ASSERT_FALSE(the.empty());
  EXPECT_EQ(the.front().tag, Tag::DET);  // most likely first
  EXPECT_TRUE(lex.Find("Hezbollah").empty());
  // Case matters: "US" and "us" are different entries.
  EXPECT_TRUE(HasTag(lex.Find("US"), Tag::NNP));
  EXPECT_TRUE(HasTag(lex.Find("us"), Tag::PRP));
  EXPECT_TRUE(lex.Has(TokenHash("said"), Tag::VBD));
  // Clitics as the segmenter splits them.
  EXPECT_TRUE(HasTag(lex.Find("n't"), Tag::RB));
  EXPECT_TRUE(HasTag(lex.Find("'s"), Tag::POS));
  EXPECT_TRUE(HasTag(lex.Find("'s"), Tag::VBZ));
  // Transitions are log-probabilities; a determiner is followed by a noun
  // far more often than by a past tense verb.
  EXPECT_LT(lex.Transition(Tag::DET, Tag::NN), 0.0f);
  EXPECT_GT(lex.Transition(Tag::DET, Tag::NN), lex.Transition(Tag::DET, Tag::VBD));
  EXPECT_GT(lex.Transition(Tag::MD, Tag::VB), lex.Transition(Tag::MD, Tag::NN));
}

TEST(Lexicon, ShapeClasses) {
  REQUIRE_LEXICON();
  const Lexicon& lex = *Debian();
  for (int c = 0; c < static_cast<int>(WordClass::kCount); ++c)
    EXPECT_FALSE(lex.Class(static_cast<WordClass>(c)).empty()) << c;
  EXPECT_EQ(lex.Class(WordClass::kIng).front().tag, Tag::VBG);
  EXPECT_EQ(lex.Class(WordClass::kAbr).front().tag, Tag::NNP);
  EXPECT_TRUE(HasTag(lex.Class(WordClass::kCap), Tag::NNS));
  EXPECT_FALSE(HasTag(lex.Class(WordClass::kCapNotS), Tag::NNS));
  EXPECT_TRUE(HasTag(lex.InitialClass(WordClass::kS), Tag::NNS));
  EXPECT_TRUE(HasTag(lex.InitialClass(WordClass::kS), Tag::NNP));
  EXPECT_TRUE(lex.InitialClass(WordClass::kUnknown).empty());
}

TEST(Lexicon, RegularFormsShareTags) {
  REQUIRE_LEXICON();
  const Lexicon& lex = *Debian();
  // The WSJ counts saw "arrested" only as VBN; a regular past is both.
  EXPECT_TRUE(lex.Has(TokenHash("arrested"), Tag::VBN));
  EXPECT_TRUE(lex.Has(TokenHash("arrested"), Tag::VBD));
  // "condemn" only as VB; the present non-3rd person is the same form.
  EXPECT_TRUE(lex.Has(TokenHash("condemn"), Tag::VBP));
  // Irregular pasts are left alone.
  EXPECT_FALSE(lex.Has(TokenHash("withdrew"), Tag::VBN));
  // Sentence-initial "Tariffs" merges the headline use with "tariffs".
  EXPECT_TRUE(HasTag(lex.FindInitial(TokenHash("Tariffs")), Tag::NNS));
  EXPECT_TRUE(lex.FindInitial(TokenHash("Xyzzy")).empty());
}

TEST(Lexicon, Overrides) {
  auto lex = std::make_unique<Lexicon>();
  std::string error;
  if (!lex->Load(dyad::DefaultTaggerDir(), &error)) GTEST_SKIP() << error;
  ASSERT_TRUE(lex->LoadOverridesText("# comment\n\ndecertify VB VBP  # new verb\nboycott NN vb\nHezbollah NNP\n",
                                     "test.txt", &error))
      << error;
  auto d = lex->Find("decertify");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].tag, Tag::VB);  // listed order kept
  EXPECT_EQ(d[1].tag, Tag::VBP);
  EXPECT_GT(d[0].score, d[1].score);  // the first listed tag is preferred when context is neutral
  // The entry is replaced, not merged.
  auto b = lex->Find("boycott");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_TRUE(HasTag(b, Tag::VB));
  EXPECT_TRUE(HasTag(lex->Find("Hezbollah"), Tag::NNP));
}

// Every record carries its tag's row of the tagger's gathered tables
// (TagScore::row), after Load, after overrides and after a round trip
// through the cache; a record whose row is not its tag's is refused by
// Restore() (the tagger indexes its tables by it unchecked).
TEST(Lexicon, RecordsCarryTheirTagsTableRow) {
  // kTableRow is a permutation: every tag has a row of its own.
  std::vector<bool> seen(kNumTags, false);
  for (int t = 0; t < kNumTags; ++t) {
    ASSERT_LT(kTableRow[t], kNumTags);
    EXPECT_FALSE(seen[kTableRow[t]]) << t;
    seen[kTableRow[t]] = true;
  }
  auto rows_ok = [](std::span<const TagScore> s) {
    for (const TagScore& x : s)
      if (x.row != kTableRow[static_cast<int>(x.tag)]) return false;
    return !s.empty();
  };
  auto lex = std::make_unique<Lexicon>();
  std::string error;
  if (!lex->Load(dyad::DefaultTaggerDir(), &error)) GTEST_SKIP() << error;
  ASSERT_TRUE(lex->LoadOverridesText("airstrikes NNS VBZ\n", "test.txt", &error)) << error;
  for (const char* w : {"the", "that", "attack", "up", "airstrikes"}) EXPECT_TRUE(rows_ok(lex->Find(w))) << w;
  EXPECT_TRUE(rows_ok(lex->Class(WordClass::kCap)));
  EXPECT_TRUE(rows_ok(lex->InitialClass(WordClass::kS)));

  CacheWriter w;
  lex->Save(&w);
  std::string bytes = w.bytes();
  {
    Lexicon back;
    CacheReader r(bytes);
    ASSERT_TRUE(back.Restore(&r));
    auto a = back.Find("airstrikes");
    ASSERT_EQ(a.size(), 2u);
    EXPECT_TRUE(rows_ok(a));
    EXPECT_TRUE(rows_ok(back.Find("that")));
  }
  // The override's first record, as Save writes it (tag, row, two zero
  // bytes, score), is unique in the bytes: give it another tag's row.
  const TagScore first = lex->Find("airstrikes")[0];
  char rec[8] = {};
  std::memcpy(rec, &first.tag, 1);
  std::memcpy(rec + 1, &first.row, 1);
  std::memcpy(rec + 4, &first.score, 4);
  const size_t at = bytes.find(std::string_view(rec, 8));
  ASSERT_NE(at, std::string::npos);
  ASSERT_EQ(bytes.find(std::string_view(rec, 8), at + 1), std::string::npos);
  bytes[at + 1] = static_cast<char>(kTableRow[static_cast<int>(Tag::VBD)]);
  Lexicon damaged;
  CacheReader r(bytes);
  EXPECT_FALSE(damaged.Restore(&r));
}

TEST(Lexicon, OverrideErrorsSayWhere) {
  auto lex = std::make_unique<Lexicon>();
  std::string error;
  if (!lex->Load(dyad::DefaultTaggerDir(), &error)) GTEST_SKIP() << error;
  EXPECT_FALSE(lex->LoadOverridesText("ok NN\nbad VERB\n", "en.tags.txt", &error));
  EXPECT_NE(error.find("en.tags.txt:2:"), std::string::npos) << error;
  EXPECT_NE(error.find("VERB"), std::string::npos) << error;
  EXPECT_FALSE(lex->LoadOverridesText("lonely\n", "en.tags.txt", &error));
  EXPECT_NE(error.find("en.tags.txt:1:"), std::string::npos) << error;
  EXPECT_FALSE(lex->LoadOverrides("/nonexistent/en.tags.txt", &error));
  EXPECT_NE(error.find("/nonexistent/en.tags.txt"), std::string::npos) << error;
}

TEST(Lexicon, ProjectOverrideFileLoads) {
  auto lex = std::make_unique<Lexicon>();
  std::string error;
  if (!lex->Load(dyad::DefaultTaggerDir(), &error)) GTEST_SKIP() << error;
  ASSERT_TRUE(lex->LoadOverrides(std::string(dyad::DefaultDataDir()) + "/lexicon/en.tags.txt", &error)) << error;
  EXPECT_TRUE(lex->Has(TokenHash("decertify"), Tag::VB));
}

TEST(Lexicon, MissingDataSaysWhatToInstall) {
  Lexicon lex;
  std::string error;
  EXPECT_FALSE(lex.Load("/nonexistent/tagger", &error));
  EXPECT_NE(error.find("/nonexistent/tagger/"), std::string::npos) << error;
  EXPECT_NE(error.find("liblingua-en-tagger-perl"), std::string::npos) << error;
}

TEST(Lexicon, MalformedDataSaysFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "dyad_lexicon_bad";
  fs::create_directories(dir);
  std::ofstream(dir / "tags.yml") << "--- #YAML:1.0\npp: { det: 0.5, nn: 0.5 }\n";
  std::ofstream(dir / "unknown.yml") << "--- #YAML:1.0\n\"-cap-\": { nnp: 900 }\n";
  std::ofstream(dir / "words.yml") << "--- #YAML:1.0\nthe: { det: 10 }\ndog { nn: 3 }\n";
  Lexicon lex;
  std::string error;
  EXPECT_FALSE(lex.Load(dir.string(), &error));
  EXPECT_NE(error.find("words.yml:3:"), std::string::npos) << error;

  std::ofstream(dir / "words.yml") << "--- #YAML:1.0\nthe: { det: 10 }\ndog: { noun: 3 }\n";
  Lexicon lex2;
  EXPECT_FALSE(lex2.Load(dir.string(), &error));
  EXPECT_NE(error.find("words.yml:3:"), std::string::npos) << error;

  std::ofstream(dir / "tags.yml") << "--- #YAML:1.0\npp: { det: 1.5 }\n";
  Lexicon lex3;
  EXPECT_FALSE(lex3.Load(dir.string(), &error));
  EXPECT_NE(error.find("tags.yml:2:"), std::string::npos) << error;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad::en
