#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>

namespace dyad {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test so stores (and their -wal files) never collide.
class StoreTest : public testing::Test {
 protected:
  void SetUp() override {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(testing::TempDir()) / ("dyad_store_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenStore() {
    std::string error;
    auto store = Store::Open(path_, &error);
    EXPECT_NE(store, nullptr) << error;
    return store;
  }

  fs::path dir_;
  std::string path_;
};

// Builds "a12" / "h1_7" by appending: GCC 12 warns (-Wrestrict, a known
// false positive) on the equivalent `"a" + std::to_string(i)` chains.
std::string Name(std::string_view prefix, int a, int b = -1) {
  std::string s(prefix);
  s += std::to_string(a);
  if (b >= 0) {
    s += '_';
    s += std::to_string(b);
  }
  return s;
}

Article MakeArticle(const std::string& id, const std::string& hash, Date published = Date::Day(2025, 9, 27)) {
  Article a;
  a.id = id;
  a.origin = "test.jsonl:1";
  a.source = "Wire";
  a.title = "Title " + id;
  a.published = published;
  a.text = "Text of " + id;
  a.content_hash = hash;
  return a;
}

EventRecord MakeMention(const std::string& source, const std::string& target, const std::string& code,
                        const std::string& date, uint32_t sentence = 0) {
  EventRecord r;
  r.sentence_index = sentence;
  r.date = date;
  r.source = source;
  r.source_text = source + " words";
  r.target = target;
  r.target_text = target + " words";
  r.code = code;
  r.root = code.substr(0, 2);
  r.quad_class = 4;
  r.goldstein = -5.0;
  r.verb_text = "verb";
  r.lang = "en";
  r.evidence = R"({"pattern":"test"})";
  return r;
}

TEST_F(StoreTest, CreatesSchemaWithVersionAndWal) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
  for (const char* t : {"runs", "articles", "sentences", "mentions", "events"}) EXPECT_EQ(store->Count(t), 0) << t;
  EXPECT_EQ(store->Count("sqlite_master"), -1);
  store.reset();

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  auto pragma = [db](const char* sql) {
    sqlite3_stmt* s = nullptr;
    std::string v;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
      v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return v;
  };
  EXPECT_EQ(pragma("PRAGMA journal_mode"), "wal");  // persistent in the file
  EXPECT_EQ(pragma("PRAGMA user_version"), std::to_string(kStoreSchemaVersion));
  sqlite3_close(db);
}

TEST_F(StoreTest, RefusesNewerSchemaAndForeignDatabases) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  std::string error;
  EXPECT_EQ(Store::Open(path_, &error), nullptr);
  EXPECT_NE(error.find("newer"), std::string::npos) << error;
  EXPECT_NE(error.find("new database file"), std::string::npos) << error;  // says what to do

  std::string other = (dir_ / "other.db").string();
  ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(Store::Open(other, &error), nullptr);
  EXPECT_NE(error.find("not a dyad store"), std::string::npos) << error;
}

TEST_F(StoreTest, AddThenDuplicateIsANoOp) {
  auto store = OpenStore();
  std::string error;
  Article a = MakeArticle("a1", "hash1");
  std::vector<EventRecord> mentions = {MakeMention("USAGOV", "COLGOV", "172", "2025-09-26")};
  EXPECT_EQ(store->AddArticle(a, {"S0.", "S1."}, {"2025-09-27"}, mentions, &error), AddResult::kAdded) << error;
  EXPECT_TRUE(store->HasArticle("hash1"));
  EXPECT_FALSE(store->HasArticle("hash2"));
  // Same text under another id (re-crawled): still the same article.
  Article again = MakeArticle("a1-copy", "hash1");
  EXPECT_EQ(store->AddArticle(again, {"S0."}, {}, mentions, &error), AddResult::kDuplicate);
  EXPECT_EQ(store->Count("articles"), 1);
  EXPECT_EQ(store->Count("sentences"), 2);
  EXPECT_EQ(store->Count("mentions"), 1);

  Article no_hash = MakeArticle("a2", "");
  EXPECT_EQ(store->AddArticle(no_hash, {}, {}, {}, &error), AddResult::kError);
  EXPECT_NE(error.find("no content hash"), std::string::npos);
}

TEST_F(StoreTest, FailingArticleRollsBackAloneInsideABatch) {
  auto store = OpenStore();
  std::string error;
  ASSERT_TRUE(store->BeginBatch(&error)) << error;
  EXPECT_FALSE(store->BeginBatch(&error));  // not nestable
  EXPECT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {"One."}, {}, {MakeMention("USA", "COL", "042", "2025-09-01")},
                              &error),
            AddResult::kAdded);
  // The second mention is malformed (a one-digit code violates the schema):
  // the article, its sentences and its first mention must all disappear.
  std::vector<EventRecord> bad = {MakeMention("USA", "VEN", "042", "2025-09-02"), MakeMention("USA", "VEN", "1", "")};
  EXPECT_EQ(store->AddArticle(MakeArticle("a2", "h2"), {"Two.", "Three."}, {}, bad, &error), AddResult::kError);
  EXPECT_NE(error.find("article 'a2'"), std::string::npos) << error;
  EXPECT_TRUE(store->in_batch());
  EXPECT_EQ(store->AddArticle(MakeArticle("a3", "h3"), {"Four."}, {}, {MakeMention("COL", "USA", "043", "2025-09-03")},
                              &error),
            AddResult::kAdded);
  ASSERT_TRUE(store->CommitBatch(&error)) << error;
  EXPECT_TRUE(store->HasArticle("h1"));
  EXPECT_FALSE(store->HasArticle("h2"));
  EXPECT_TRUE(store->HasArticle("h3"));
  EXPECT_EQ(store->Count("articles"), 2);
  EXPECT_EQ(store->Count("sentences"), 2);
  EXPECT_EQ(store->Count("mentions"), 2);
  // And the failed one can be added later once fixed.
  bad.pop_back();
  EXPECT_EQ(store->AddArticle(MakeArticle("a2", "h2"), {"Two."}, {}, bad, &error), AddResult::kAdded) << error;
}

// Runs one statement on a raw connection; "" on success, else SQLite's message.
std::string RawExec(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::string result;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return "cannot open";
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) result = msg ? msg : "error";
  sqlite3_free(msg);
  sqlite3_close(db);
  return result;
}

// The first column of the first row of `sql` as text ("" if none).
std::string RawValue(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::string v;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return "cannot open";
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW &&
      sqlite3_column_text(s, 0) != nullptr)
    v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

// Creates the schema and a trigger that refuses any profile fact whose
// attribute is "refused": a failure AddArticle cannot foresee.
std::string AddRefusingTrigger(const std::string& path) {
  std::string error;
  if (!Store::Open(path, &error)) return error;
  return RawExec(path,
                 "CREATE TRIGGER refuse BEFORE INSERT ON profiles WHEN NEW.attribute = 'refused' "
                 "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END");
}

// A failure only the schema knows about (here a trigger; in real life a rule
// AddArticle does not test beforehand) must still leave nothing of the
// article, inside a batch (which goes on) and outside one.
TEST_F(StoreTest, StatementFailingMidArticleUndoesTheWholeArticle) {
  ASSERT_EQ(AddRefusingTrigger(path_), "");
  auto store = OpenStore();
  std::string error;
  std::vector<QuoteRecord> quotes(1);
  quotes[0].quote = "We will answer.";
  quotes[0].speaker = "Petro";
  // Profiles are written last: by the refused one, the article's
  // sentences, mentions, quote and first profile are all in.
  std::vector<ProfileFact> profiles(2);
  profiles[0].name = profiles[1].name = "Gustavo Petro";
  profiles[0].attribute = "office";
  profiles[1].attribute = "refused";
  ASSERT_TRUE(store->BeginBatch(&error)) << error;
  EXPECT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {"One."}, {}, {MakeMention("USA", "COL", "042", "2025-09-01")},
                              &error),
            AddResult::kAdded);
  std::vector<EventRecord> two = {MakeMention("USA", "VEN", "042", "2025-09-02"), MakeMention("USA", "VEN", "043", "")};
  EXPECT_EQ(store->AddArticle(MakeArticle("a2", "h2"), {"Two.", "Three."}, {}, two, &error, &quotes, &profiles),
            AddResult::kError);
  EXPECT_NE(error.find("article 'a2'"), std::string::npos) << error;
  EXPECT_NE(error.find("refused by test trigger"), std::string::npos) << error;
  EXPECT_TRUE(store->in_batch());
  EXPECT_EQ(store->AddArticle(MakeArticle("a3", "h3"), {"Four."}, {}, {MakeMention("COL", "USA", "043", "2025-09-03")},
                              &error),
            AddResult::kAdded);
  ASSERT_TRUE(store->CommitBatch(&error)) << error;
  EXPECT_FALSE(store->HasArticle("h2"));
  EXPECT_EQ(store->Count("articles"), 2);
  EXPECT_EQ(store->Count("sentences"), 2);
  EXPECT_EQ(store->Count("mentions"), 2);
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM quotes"), "0");
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM profiles"), "0");

  // Outside a batch: the article is its own transaction, rolled back whole.
  EXPECT_EQ(store->AddArticle(MakeArticle("a4", "h4"), {"Five."}, {}, two, &error, &quotes, &profiles),
            AddResult::kError);
  EXPECT_FALSE(store->in_batch());
  EXPECT_FALSE(store->HasArticle("h4"));
  EXPECT_EQ(store->Count("sentences"), 2);
  EXPECT_EQ(RawValue(path_, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(RawValue(path_, "PRAGMA foreign_key_check"), "");
}

// Many quotes and profile facts in one article all come back, in order,
// with every field; a fact refused after several rows of the article were
// written still takes the whole article out. (They go one row to an INSERT:
// eight to a statement, as mentions go, saved 1.5M of AddArticle's 1,185M
// instructions on Reuters, which has one or two per article.)
TEST_F(StoreTest, ManyQuotesAndProfilesRoundTripAndUndo) {
  ASSERT_EQ(AddRefusingTrigger(path_), "");
  auto store = OpenStore();
  std::string error;
  std::vector<QuoteRecord> quotes(11);
  std::vector<ProfileFact> profiles(19);
  for (size_t i = 0; i < quotes.size(); ++i) {
    quotes[i].sentence_index = static_cast<uint32_t>(i % 2);
    quotes[i].speaker = i % 3 == 0 ? "" : "minister " + std::to_string(i);
    quotes[i].speaker_actor = "COLGOV";
    quotes[i].how = "said";
    quotes[i].quote = "words number " + std::to_string(i);
    quotes[i].date = "2025-09-2" + std::to_string(i % 10);
  }
  for (size_t i = 0; i < profiles.size(); ++i) {
    profiles[i].sentence_index = static_cast<uint32_t>(i % 2);
    profiles[i].name = "Person " + std::string(1, static_cast<char>('A' + i));
    profiles[i].actor = i % 4 == 0 ? "" : "COLGOV";
    profiles[i].kind = "person";
    profiles[i].attribute = "age";
    profiles[i].value = std::to_string(30 + i);
    profiles[i].date = "2025-09-27";
  }
  ASSERT_TRUE(store->BeginBatch(&error));
  ASSERT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {"One.", "Two."}, {}, {}, &error, &quotes, &profiles),
            AddResult::kAdded)
      << error;
  // The tenth fact is refused, after every quote and nine facts of the
  // article were written.
  std::vector<ProfileFact> refused = profiles;
  refused[9].attribute = "refused";
  EXPECT_EQ(store->AddArticle(MakeArticle("a2", "h2"), {"Three."}, {}, {}, &error, &quotes, &refused),
            AddResult::kError);
  EXPECT_NE(error.find("refused by test trigger"), std::string::npos) << error;
  ASSERT_TRUE(store->CommitBatch(&error)) << error;
  EXPECT_FALSE(store->HasArticle("h2"));
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM quotes"), "11");
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM profiles"), "19");

  std::vector<QuoteRecord> got;
  ASSERT_TRUE(store->Quotes("", &got, &error)) << error;
  ASSERT_EQ(got.size(), quotes.size());
  // Quotes come back by date, then insertion order.
  std::vector<QuoteRecord> want = quotes;
  std::stable_sort(want.begin(), want.end(), [](const QuoteRecord& x, const QuoteRecord& y) { return x.date < y.date; });
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].article, "a1");
    EXPECT_EQ(got[i].sentence_index, want[i].sentence_index) << i;
    EXPECT_EQ(got[i].speaker, want[i].speaker) << i;
    EXPECT_EQ(got[i].speaker_actor, want[i].speaker_actor) << i;
    EXPECT_EQ(got[i].how, want[i].how) << i;
    EXPECT_EQ(got[i].quote, want[i].quote) << i;
    EXPECT_EQ(got[i].date, want[i].date) << i;
  }
  std::vector<ProfileFact> facts;
  ASSERT_TRUE(store->Profiles("person", &facts, &error)) << error;
  ASSERT_EQ(facts.size(), profiles.size());  // names A..S are already in order
  for (size_t i = 0; i < facts.size(); ++i) {
    EXPECT_EQ(facts[i].name, profiles[i].name) << i;
    EXPECT_EQ(facts[i].actor, profiles[i].actor) << i;
    EXPECT_EQ(facts[i].kind, profiles[i].kind) << i;
    EXPECT_EQ(facts[i].attribute, profiles[i].attribute) << i;
    EXPECT_EQ(facts[i].value, profiles[i].value) << i;
    EXPECT_EQ(facts[i].date, profiles[i].date) << i;
    EXPECT_EQ(facts[i].sentence, i % 2 == 0 ? "One." : "Two.") << i;
  }
  EXPECT_EQ(RawValue(path_, "PRAGMA integrity_check"), "ok");
}

// Sentences found in the article text are stored as byte ranges of it (no
// second copy) and read back whole, also after a multi-byte character;
// a sentence that is not in the text is stored as it is.
TEST_F(StoreTest, SentencesAreRangesOfTheArticleText) {
  auto store = OpenStore();
  std::string error;
  Article a = MakeArticle("a1", "h1");
  a.text = "En Bogotá, Petro habló.  Estados Unidos respondió. Fin.";
  std::vector<EventRecord> ms = {MakeMention("COL", "USA", "010", "2025-09-01", 0),
                                 MakeMention("USA", "COL", "020", "2025-09-02", 1),
                                 MakeMention("USA", "COL", "030", "2025-09-03", 2)};
  EXPECT_EQ(store->AddArticle(a, {"En Bogotá, Petro habló.", "Estados Unidos respondió.", "Not in the text."},
                              {"2025-09-01"}, ms, &error),
            AddResult::kAdded)
      << error;
  ASSERT_TRUE(store->AssignSingletonEvents(&error)) << error;
  std::vector<StoredEvent> events;
  ASSERT_TRUE(store->Events({}, &events, &error)) << error;
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].sentence, "En Bogotá, Petro habló.");
  EXPECT_EQ(events[1].sentence, "Estados Unidos respondió.");
  EXPECT_EQ(events[2].sentence, "Not in the text.");
  std::vector<StoredMention> mentions;
  ASSERT_TRUE(store->Mentions(events[1].event_id, &mentions, &error)) << error;
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].sentence, "Estados Unidos respondió.");
  store.reset();
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM sentences WHERE text IS NULL"), "2");
  EXPECT_EQ(RawValue(path_, "SELECT start || ':' || len FROM sentences WHERE idx = 1"), "27:26");
}

// A store written by the previous schema (version 1: sentence text always
// stored, an index on article_key) is migrated in place on open.
TEST_F(StoreTest, MigratesAVersion1Store) {
  {
    auto store = OpenStore();
    std::string error;
    ASSERT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {"Old sentence."}, {}, {MakeMention("USA", "COL", "042", "2025-09-01")},
                                &error),
              AddResult::kAdded)
        << error;
    ASSERT_TRUE(store->AssignSingletonEvents(&error)) << error;
  }
  // Turn the file back into what version 1 wrote.
  ASSERT_EQ(RawExec(path_,
                    "BEGIN; CREATE TABLE sentences_v1(article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE "
                    "CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, date TEXT, PRIMARY KEY(article_id, idx)) "
                    "WITHOUT ROWID; INSERT INTO sentences_v1 SELECT article_id, idx, 'Old sentence.', date FROM "
                    "sentences; DROP TABLE sentences; ALTER TABLE sentences_v1 RENAME TO sentences; "
                    "CREATE INDEX articles_key ON articles(article_key); DROP INDEX mentions_ungrouped; "
                    "DROP INDEX mentions_event; CREATE INDEX mentions_event ON mentions(event_id); "
                    "PRAGMA user_version=1; COMMIT;"),
            "");
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->schema_version(), 2);
  std::string error;
  std::vector<StoredEvent> events;
  ASSERT_TRUE(store->Events({}, &events, &error)) << error;
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sentence, "Old sentence.");
  Article b = MakeArticle("a2", "h2");
  b.text = "New sentence.";
  EXPECT_EQ(store->AddArticle(b, {"New sentence."}, {}, {}, &error), AddResult::kAdded) << error;
  store.reset();
  EXPECT_EQ(RawValue(path_, "PRAGMA user_version"), "2");
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_key'"), "0");
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_ungrouped'"), "1");
  EXPECT_EQ(RawValue(path_, "SELECT count(*) FROM sentences WHERE text IS NULL"), "1");
  EXPECT_EQ(RawValue(path_, "PRAGMA integrity_check"), "ok");
}

TEST_F(StoreTest, SingletonEventsAndQueries) {
  auto store = OpenStore();
  std::string error;
  ASSERT_TRUE(store->BeginBatch(&error));
  ASSERT_EQ(store->AddArticle(MakeArticle("a1", "h1", Date::Day(2025, 9, 27)), {"USA sanctions Colombia.", "More."},
                              {"2025-09-26", ""},
                              {MakeMention("USAGOV", "COLGOV", "163", "2025-09-26"),
                               MakeMention("COLGOV", "USAGOV", "111", "2025-09-27", 1)},
                              &error),
            AddResult::kAdded)
      << error;
  // Sentence texts omitted: the mention's own sentence is kept.
  EventRecord m = MakeMention("USAMIL", "COLREB", "190", "2025-10");
  m.sentence_index = 3;
  m.sentence = "Troops fought rebels.";
  ASSERT_EQ(store->AddArticle(MakeArticle("a2", "h2", Date{}), {}, {}, {m, MakeMention("VENGOV", "COLGOV", "042", "2025")},
                              &error),
            AddResult::kAdded)
      << error;
  ASSERT_TRUE(store->CommitBatch(&error));

  ASSERT_TRUE(store->AssignSingletonEvents(&error)) << error;
  EXPECT_EQ(store->Count("events"), 4);
  ASSERT_TRUE(store->AssignSingletonEvents(&error)) << error;  // idempotent
  EXPECT_EQ(store->Count("events"), 4);

  std::vector<StoredEvent> all;
  ASSERT_TRUE(store->Events({}, &all, &error)) << error;
  ASSERT_EQ(all.size(), 4u);
  // Ordered by date as text: "2025" < "2025-09-26" < "2025-09-27" < "2025-10".
  EXPECT_EQ(all[0].code, "042");
  EXPECT_EQ(all[1].code, "163");
  EXPECT_EQ(all[2].code, "111");
  EXPECT_EQ(all[3].code, "190");
  const StoredEvent& e = all[1];
  EXPECT_EQ(e.key, "m1");
  EXPECT_EQ(e.num_mentions, 1);
  EXPECT_EQ(e.num_articles, 1);
  EXPECT_EQ(e.articles, std::vector<std::string>{"a1"});
  EXPECT_EQ(e.article, "a1");
  EXPECT_EQ(e.published, "2025-09-27");
  EXPECT_EQ(e.first_seen, "2025-09-27");
  EXPECT_EQ(e.sentence, "USA sanctions Colombia.");
  EXPECT_EQ(e.source, "USAGOV");
  EXPECT_EQ(e.source_text, "USAGOV words");
  EXPECT_EQ(e.evidence, R"({"pattern":"test"})");
  EXPECT_EQ(e.goldstein, -5.0);
  EXPECT_EQ(all[2].sentence, "More.");
  EXPECT_EQ(all[3].sentence, "Troops fought rebels.");
  EXPECT_EQ(all[3].sentence_index, 3u);
  EXPECT_EQ(all[3].published, "");  // unknown publication date

  auto query = [&](EventQuery q) {
    std::vector<StoredEvent> out;
    EXPECT_TRUE(store->Events(q, &out, &error)) << error;
    std::string codes;
    for (const auto& ev : out) codes += (codes.empty() ? "" : " ") + ev.code;
    return codes;
  };
  EXPECT_EQ(query({.source_country = "USA"}), "163 190");
  EXPECT_EQ(query({.source_country = "USA", .target_country = "COL"}), "163 190");
  EXPECT_EQ(query({.target_country = "USA"}), "111");
  EXPECT_EQ(query({.source_country = "COL", .target_country = "COL"}), "");
  EXPECT_EQ(query({.from = "2025-09-27"}), "111 190");
  EXPECT_EQ(query({.from = "2025-09", .to = "2025-09"}), "163 111");  // "to" is an inclusive prefix
  EXPECT_EQ(query({.to = "2025-09-26"}), "042 163");
  EXPECT_EQ(query({.from = "2025-10", .to = "2025-12-31"}), "190");
  EXPECT_EQ(query({.source_country = "USA", .from = "2025-10"}), "190");
}

TEST_F(StoreTest, PersistsAcrossReopenAndRecordsRuns) {
  std::string error;
  {
    auto store = OpenStore();
    int64_t run = store->BeginRun("dyad code x.jsonl", &error);
    ASSERT_GT(run, 0) << error;
    ASSERT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {"S."}, {}, {MakeMention("USA", "COL", "010", "2025-09-27")},
                                &error),
              AddResult::kAdded);
    ASSERT_TRUE(store->AssignSingletonEvents(&error)) << error;
    ASSERT_TRUE(store->FinishRun(run, 1, 1, 0, &error)) << error;
    EXPECT_FALSE(store->FinishRun(run + 100, 1, 1, 0, &error));
  }
  auto store = OpenStore();
  EXPECT_TRUE(store->HasArticle("h1"));
  EXPECT_EQ(store->Count("runs"), 1);
  std::vector<StoredEvent> out;
  ASSERT_TRUE(store->Events({}, &out, &error));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].code, "010");
  EXPECT_EQ(store->AddArticle(MakeArticle("a1", "h1"), {}, {}, {}, &error), AddResult::kDuplicate);
}

TEST_F(StoreTest, UncommittedBatchLeavesNothingWhenStoreIsDestroyed) {
  std::string error;
  {
    auto store = OpenStore();
    ASSERT_EQ(store->AddArticle(MakeArticle("kept", "h0"), {"S."}, {}, {MakeMention("USA", "COL", "010", "2025")}, &error),
              AddResult::kAdded);
    ASSERT_TRUE(store->BeginBatch(&error));
    for (int i = 1; i <= 50; ++i)
      ASSERT_EQ(store->AddArticle(MakeArticle(Name("a", i), Name("h", i)), {"S."}, {},
                                  {MakeMention("USA", "COL", "010", "2025")}, &error),
                AddResult::kAdded);
    // Destroyed with the batch open: as if the run stopped before its commit.
  }
  auto store = OpenStore();
  EXPECT_EQ(store->Count("articles"), 1);
  EXPECT_EQ(store->Count("sentences"), 1);
  EXPECT_EQ(store->Count("mentions"), 1);
  EXPECT_TRUE(store->HasArticle("h0"));
  EXPECT_FALSE(store->HasArticle("h1"));
}

// The real failure: the process is killed (SIGKILL, no destructor, no
// rollback) mid-batch after SQLite has had to spill uncommitted pages into the
// WAL. Reopening must show exactly the committed batches.
TEST_F(StoreTest, KilledProcessMidBatchLeavesOnlyCommittedBatches) {
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string error;
    auto store = Store::Open(path_, &error);
    if (!store) _exit(2);
    std::string big(2000, 'x');  // large rows so the batch overflows the page cache
    for (int batch = 0; batch < 3; ++batch) {
      if (!store->BeginBatch(&error)) _exit(3);
      for (int i = 0; i < 2000; ++i) {
        Article a = MakeArticle(Name("a", batch, i), Name("h", batch, i));
        a.text = big;
        if (store->AddArticle(a, {"S."}, {}, {MakeMention("USA", "COL", "010", "2025")}, &error) != AddResult::kAdded)
          _exit(4);
      }
      if (batch < 2 && !store->CommitBatch(&error)) _exit(5);
    }
    raise(SIGKILL);  // third batch never committed
    _exit(6);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
  EXPECT_GT(fs::file_size(path_ + "-wal"), 0u);

  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Count("articles"), 4000);
  EXPECT_EQ(store->Count("mentions"), 4000);
  EXPECT_EQ(store->Count("sentences"), 4000);
  EXPECT_TRUE(store->HasArticle("h1_1999"));
  EXPECT_FALSE(store->HasArticle("h2_0"));
  store.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "ok");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

}  // namespace
}  // namespace dyad
