// The compiled cache of the English models (engine/model_cache.h) against
// the same models read from their files: equal to the byte, a miss whenever
// an input changes, a rebuild (never a crash) when the cache file is damaged.
#include "engine/model_cache.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "config/paths.h"
#include "engine/engine.h"
#include "engine/runner.h"
#include "model/cache_file.h"
#include "model/doc.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class ModelCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(std::string(dyad::DefaultWordnetDir()) + "/index.verb") ||
        !fs::exists(std::string(dyad::DefaultTaggerDir()) + "/words.yml"))
      GTEST_SKIP() << "WordNet or the tagger lexicon is not installed (scripts/install-deps.sh)";
    dir_ = ::testing::TempDir() + "/model_cache_test_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/cache");
    overrides_ = dir_ + "/en.tags.txt";
    WriteOverrides("zorblated VBD VBN\n");
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void WriteOverrides(const std::string& text) {
    std::ofstream(overrides_, std::ios::binary | std::ios::trunc) << text;
  }
  EnglishModels Load() {
    return LoadEnglishModels(dyad::DefaultWordnetDir(), dyad::DefaultTaggerDir(), overrides_, dir_ + "/cache");
  }
  // The one cache file in the cache folder (the memo of its inputs'
  // hashes, model/cache_file.h, may be there beside it).
  std::string CachePath() {
    for (const auto& e : fs::directory_iterator(dir_ + "/cache"))
      if (e.path().extension() == ".bin") return e.path().string();
    return {};
  }
  static std::string Bytes(const EnglishModels& m) {
    CacheWriter w;
    m.lemmatizer->Save(&w);
    m.lexicon->Save(&w);
    return w.bytes();
  }
  static Tag FirstTag(const EnglishModels& m, std::string_view word) {
    auto tags = m.lexicon->Find(word);
    return tags.empty() ? Tag::kNone : tags.front().tag;
  }

  std::string dir_, overrides_;
};

TEST_F(ModelCacheTest, AHitGivesTheSameTablesAsTheFiles) {
  EnglishModels built = Load();
  ASSERT_EQ(built.error, "");
  EXPECT_EQ(built.cache, "miss");
  EnglishModels cached = Load();
  ASSERT_EQ(cached.error, "");
  EXPECT_EQ(cached.cache, "hit");
  EXPECT_EQ(cached.cache_problem, "");
  // Saved again, the restored tables are the built ones byte for byte.
  EXPECT_EQ(Bytes(built), Bytes(cached));
  EnglishModels plain = LoadEnglishModels(dyad::DefaultWordnetDir(), dyad::DefaultTaggerDir(), overrides_, "");
  EXPECT_EQ(plain.cache, "off");
  EXPECT_EQ(Bytes(plain), Bytes(cached));
  // And they answer alike.
  EXPECT_EQ(FirstTag(cached, "zorblated"), Tag::VBD);
  Arena arena;
  for (auto [word, tag] : {std::pair<std::string_view, Tag>{"fled", Tag::VBD}, {"crises", Tag::NNS},
                           {"deescalated", Tag::VBD}, {"hoping", Tag::VBG}}) {
    auto a = built.lemmatizer->Lemmatize(word, TokenHash(word), tag, &arena);
    auto b = cached.lemmatizer->Lemmatize(word, TokenHash(word), tag, &arena);
    EXPECT_EQ(a.lemma, b.lemma) << word;
    EXPECT_EQ(a.hash, b.hash) << word;
  }
  EXPECT_TRUE(cached.lemmatizer->IsLemma("revoke", en::WnPos::kVerb));
}

// A hit's tables are views of the mapped cache file (model/cache_array.h),
// which the models keep mapped: replaced by a rebuild (a rename, as every
// save is) and then removed, the file's old bytes still answer. A lexicon
// edited after a hit (an override) copies its tables first.
TEST_F(ModelCacheTest, AHitKeepsTheFileItViewsAfterTheFileIsGone) {
  ASSERT_EQ(Load().cache, "miss");
  EnglishModels cached = Load();
  ASSERT_EQ(cached.cache, "hit");
  const std::string bytes = Bytes(cached);
  WriteOverrides("zorblated NN\n");
  ASSERT_EQ(Load().cache, "miss");  // rewrites the cache file
  fs::remove_all(dir_ + "/cache");
  EXPECT_EQ(Bytes(cached), bytes);
  EXPECT_EQ(FirstTag(cached, "zorblated"), Tag::VBD);
  Arena arena;
  EXPECT_EQ(cached.lemmatizer->Lemmatize("fled", TokenHash("fled"), Tag::VBD, &arena).lemma, "flee");
  const Tag revoked = FirstTag(cached, "revoked");
  ASSERT_NE(revoked, Tag::kNone);
  std::string error;
  ASSERT_TRUE(cached.lexicon->LoadOverridesText("zorblated NN\nquoggled VBD\n", "test", &error)) << error;
  EXPECT_EQ(FirstTag(cached, "zorblated"), Tag::NN);
  EXPECT_EQ(FirstTag(cached, "quoggled"), Tag::VBD);
  EXPECT_EQ(FirstTag(cached, "revoked"), revoked);  // the rest as restored
}

TEST_F(ModelCacheTest, AnEditedDictionaryFileIsAMissAndItsNewEntriesAreUsed) {
  ASSERT_EQ(Load().cache, "miss");
  ASSERT_EQ(Load().cache, "hit");
  WriteOverrides("zorblated NN\n");  // the same file, another tag
  EnglishModels edited = Load();
  EXPECT_EQ(edited.cache, "miss");
  EXPECT_EQ(edited.cache_problem, "");
  EXPECT_EQ(FirstTag(edited, "zorblated"), Tag::NN);
  EnglishModels again = Load();
  EXPECT_EQ(again.cache, "hit");
  EXPECT_EQ(FirstTag(again, "zorblated"), Tag::NN);
  // Removing the file is an edit too.
  fs::remove(overrides_);
  EnglishModels removed = Load();
  EXPECT_EQ(removed.cache, "miss");
  EXPECT_EQ(FirstTag(removed, "zorblated"), Tag::kNone);
}

TEST_F(ModelCacheTest, ADamagedCacheFileIsReportedAndRebuilt) {
  ASSERT_EQ(Load().cache, "miss");
  const std::string path = CachePath();
  std::string whole;
  {
    std::ifstream in(path, std::ios::binary);
    whole.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(whole.size(), 1000u);
  const std::string expected = Bytes(Load());

  std::string flipped = whole;
  flipped[whole.size() / 2] ^= 1;
  for (const std::string& bad : {whole.substr(0, whole.size() / 3), whole.substr(0, 10), flipped, std::string()}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bad;
    EnglishModels m = Load();
    ASSERT_EQ(m.error, "");
    EXPECT_EQ(m.cache, "miss");
    EXPECT_NE(m.cache_problem.find(path), std::string::npos) << m.cache_problem;
    EXPECT_EQ(Bytes(m), expected);
    EnglishModels next = Load();  // the rebuilt file is used
    EXPECT_EQ(next.cache, "hit");
    EXPECT_EQ(next.cache_problem, "");
  }
}

TEST_F(ModelCacheTest, AnUnwritableFolderStillLoads) {
  // A file where the folder should be: nothing can be saved there.
  std::ofstream(dir_ + "/blocked") << "x";
  EnglishModels m =
      LoadEnglishModels(dyad::DefaultWordnetDir(), dyad::DefaultTaggerDir(), overrides_, dir_ + "/blocked/cache");
  EXPECT_EQ(m.error, "");
  EXPECT_EQ(m.cache, "miss, not saved");
  EXPECT_EQ(FirstTag(m, "zorblated"), Tag::VBD);
}

TEST_F(ModelCacheTest, TheEngineCodesTheSameFromTheCache) {
  EngineOptions options;
  options.cache_dir = dir_ + "/cache";
  std::string error;
  LoadReport first, second;
  auto built = Engine::Load(options, &error, &first);
  ASSERT_TRUE(built) << error;
  auto cached = Engine::Load(options, &error, &second);
  ASSERT_TRUE(cached) << error;
  EXPECT_EQ(first.cache, "miss");
  EXPECT_EQ(second.cache, "hit");
  auto code = [](const Engine& engine) {
    Doc doc;
    Article a;
    a.id = "t";
    a.published = *Date::Parse("2026-03-02");
    a.text = "Ecuador's foreign ministry condemned the shelling of border villages by Peruvian troops on Sunday.";
    CodedArticle out;
    CodeArticle(engine, doc, std::move(a), false, &out);
    std::string all;
    for (const EventRecord& r : out.events) all += r.source + " " + r.code + " " + r.target + " " + r.evidence + "\n";
    return all;
  };
  std::string a = code(*built), b = code(*cached);
  EXPECT_NE(a, "");
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace dyad
