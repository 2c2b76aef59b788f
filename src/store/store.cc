#include "store/store.h"

#include "store/dedup.h"

#include <algorithm>
#include <map>

#include <sqlite3.h>

#include <utility>

namespace dyad {
namespace {

// Version 2. Notes on choices:
// * content_hash is UNIQUE: it is how re-coding the same text becomes a no-op
//   (AddArticle inserts with ON CONFLICT DO NOTHING and checks for a change).
// * Dates are ISO text at their precision ("2025-09", "2025-09-26") so they
//   sort and prefix-match as text; unknown dates are NULL, not "".
// * mentions.event_id is NULL until mentions are grouped into events. Two
//   partial indexes serve "ungrouped mentions" (mentions_ungrouped) and
//   "mentions of event X" (mentions_event). Version 1 had one index on
//   event_id, whose all-NULL keys at insert time compared down to the rowid
//   at every level of the b-tree; an integer key compares on a fast path,
//   and grouping moves the entry from one index to the other, as it did
//   within the one.
// * sentences is WITHOUT ROWID: it is only ever read by its primary key.
//   A sentence that is a stretch of its article's text (what the coder's
//   sentences are) is stored as that stretch, start and len in bytes, and
//   text NULL. Version 1 stored the text twice; a Reuters store is 34.8 MB
//   instead of 52.6 MB (with the index changes below). Readers use
//   DYAD_SENTENCE_TEXT.
// * code has a CHECK as a last line of defence; AddArticle tests the same
//   rule before writing, so a malformed mention fails its article (and only
//   it) without a savepoint.
// * Fewer indexes than version 1, each of which cost a b-tree insert per row:
//   articles.article_key and profiles.name had no query that could use them
//   (the profile filter is instr() over lower(name)); mentions.article_id
//   and quotes.article_id served only foreign-key cascades, which the
//   writer no longer runs (see Init: foreign_keys=OFF).
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE runs(
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  command TEXT NOT NULL,
  articles INTEGER,
  events INTEGER,
  skipped INTEGER);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  article_key TEXT NOT NULL,
  content_hash TEXT UNIQUE NOT NULL CHECK(content_hash <> ''),
  published TEXT,
  crawled TEXT,
  source TEXT,
  url TEXT,
  title TEXT,
  lang TEXT,
  origin TEXT,
  text TEXT);
CREATE TABLE sentences(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER,
  len INTEGER,
  text TEXT CHECK(text IS NOT NULL OR (start >= 0 AND len >= 0)),
  date TEXT,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE NOT NULL,
  date TEXT,
  source TEXT,
  target TEXT,
  code TEXT NOT NULL,
  root TEXT,
  quad_class INTEGER,
  goldstein REAL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT,
  source_country TEXT,
  target_country TEXT,
  win_from INTEGER,
  win_to INTEGER,
  vague INTEGER NOT NULL DEFAULT 0,
  signature TEXT);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_dyad ON events(source_country, target_country, root);
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  date TEXT,
  date_text TEXT,
  source TEXT,
  source_text TEXT,
  target TEXT,
  target_text TEXT,
  code TEXT NOT NULL CHECK(length(code) BETWEEN 2 AND 4),
  root TEXT,
  quad_class INTEGER,
  goldstein REAL,
  verb_text TEXT,
  object_text TEXT,
  lang TEXT,
  evidence TEXT,
  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  merge_note TEXT);
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  speaker TEXT,
  speaker_actor TEXT,
  how TEXT,
  quote TEXT NOT NULL,
  date TEXT);
CREATE TABLE profiles(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  name TEXT NOT NULL,
  actor TEXT,
  kind TEXT,
  attribute TEXT NOT NULL,
  value TEXT,
  date TEXT);
CREATE INDEX mentions_event ON mentions(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX mentions_ungrouped ON mentions(id) WHERE event_id IS NULL;
)sql";

// Version 1 -> 2: sentences gain start/len (old rows keep their text), four
// indexes go and mentions_event becomes two partial indexes (see the notes
// on version 2). SQLite cannot drop NOT NULL from a column, so the table is
// rebuilt; Init runs all of it in one transaction.
constexpr const char* kMigrateV1ToV2 = R"sql(
CREATE TABLE sentences_v2(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER,
  len INTEGER,
  text TEXT CHECK(text IS NOT NULL OR (start >= 0 AND len >= 0)),
  date TEXT,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
INSERT INTO sentences_v2(article_id, idx, text, date) SELECT article_id, idx, text, date FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_v2 RENAME TO sentences;
DROP INDEX IF EXISTS articles_key;
DROP INDEX IF EXISTS profiles_name;
DROP INDEX IF EXISTS mentions_article;
DROP INDEX IF EXISTS quotes_article;
DROP INDEX IF EXISTS mentions_event;
CREATE INDEX mentions_event ON mentions(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX mentions_ungrouped ON mentions(id) WHERE event_id IS NULL;
PRAGMA user_version=2;
)sql";

// The text of sentence row `s` of article row `a` (both must be joined). A
// macro, not a constant, so it is pasted into the statements' literals.
// substr counts characters on TEXT but bytes on a BLOB, and start/len are
// bytes, so the article text is cut as a BLOB and read back as TEXT.
#define DYAD_SENTENCE_TEXT "coalesce(s.text, CAST(substr(CAST(a.text AS BLOB), s.start + 1, s.len) AS TEXT))"

// A prepared statement kept for the Store's lifetime: preparing costs more
// than running most of these, and AddArticle runs them per row.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool Prepare(sqlite3* db, const char* sql, std::string* error) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
      *error = std::string("prepare: ") + sqlite3_errmsg(db) + " in: " + sql;
      return false;
    }
    return true;
  }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Resets a statement on scope exit so no statement stays active (an active
// statement would keep a read transaction open and block checkpoints) and
// no binding outlives the strings it points to.
class Use {
 public:
  explicit Use(const Stmt& s) : s_(s.get()) {}
  ~Use() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  sqlite3_stmt* operator*() const { return s_; }

  // Binding is SQLITE_STATIC: every caller steps the statement before the
  // bound string goes out of scope, and the Use resets it before returning,
  // so SQLite never needs its own copy.
  void Text(int i, std::string_view v) { sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }
  // Empty text as NULL: for optional dates and fields where "" means unknown.
  void TextOrNull(int i, std::string_view v) {
    if (v.empty())
      sqlite3_bind_null(s_, i);
    else
      Text(i, v);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  void Double(int i, double v) { sqlite3_bind_double(s_, i, v); }

  std::string ColText(int i) const {
    const unsigned char* p = sqlite3_column_text(s_, i);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(s_, i)) : std::string();
  }
  int64_t ColInt(int i) const { return sqlite3_column_int64(s_, i); }
  double ColDouble(int i) const { return sqlite3_column_double(s_, i); }

 private:
  sqlite3_stmt* s_;
};

}  // namespace

struct Store::Statements {
  Stmt begin, commit, rollback;
  Stmt has_article, insert_article, delete_article, delete_sentences, delete_mentions, delete_quotes, delete_profiles;
  // insert_sentences[k] and insert_mentions[k] insert k + 1 rows: a
  // statement costs more to run (cursors opened and closed, the VDBE started
  // and halted) than a small row; on Reuters one INSERT per sentence was
  // 5,300 instructions a row, 4,300 with up to 8 rows per INSERT.
  static constexpr size_t kRowsPerInsert = 8;
  Stmt insert_sentences[kRowsPerInsert];
  Stmt insert_mentions[kRowsPerInsert];
  Stmt insert_sentence_if_absent;
  Stmt singleton_events, link_singletons, insert_quote, quotes, insert_profile, profiles;
  Stmt events, event_articles;
  Stmt begin_run, finish_run;
};

Store::Store() = default;

Store::~Store() {
  // An open batch is rolled back explicitly rather than left to sqlite3_close:
  // uncommitted work must never reach the file, and saying so here documents
  // the contract the interrupted-run test checks.
  if (in_batch_) RollbackBatch(nullptr);
  stmts_.reset();  // statements must be finalized before the connection closes
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

bool Store::Fail(std::string* error, std::string_view what) {
  if (error != nullptr) *error = std::string(what) + ": " + sqlite3_errmsg(db_);
  return false;
}

bool Store::Exec(const char* sql, std::string* error) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    if (error != nullptr) *error = std::string(msg ? msg : "sqlite error") + " in: " + sql;
    sqlite3_free(msg);
    return false;
  }
  return true;
}

std::unique_ptr<Store> Store::Open(const std::string& path, std::string* error) {
  // SQLite's memory statistics take a global mutex around every allocation
  // (several per row inserted); dyad never reads them. The setting must
  // precede SQLite's initialisation, so it is made before the first open;
  // if something else initialised SQLite first it fails harmlessly.
  static const bool memstatus_off = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
  (void)memstatus_off;
  std::unique_ptr<Store> store(new Store());
  if (!store->Init(path, error)) {
    *error = path + ": " + *error;
    return nullptr;
  }
  return store;
}

bool Store::Init(const std::string& path, std::string* error) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    *error = db_ ? sqlite3_errmsg(db_) : "cannot open";
    return false;
  }
  // A reader (dyad events) may hold the database briefly; wait rather than
  // fail the writer.
  sqlite3_busy_timeout(db_, 5000);
  // WAL: readers do not block the writer, and a crash leaves at most an
  // uncommitted tail in the -wal file, which the next open ignores.
  // synchronous=NORMAL: in WAL mode a power loss may drop the last commits
  // but never corrupts the file, and commits skip an fsync each.
  // cache_size 64 MiB: a 500-article batch (article text, sentences, three
  // indexes) outgrows the 2 MiB default, and spilling dirty pages to the WAL
  // mid-transaction made a 200,000-mention load ~40% slower.
  // temp_store=MEMORY: statement journals and the sorts of GroupEvents and
  // the queries go to temporary files by default. (It mattered most when
  // every article was a savepoint: its sub-journal was 20,000 small writes
  // for 2,733 Reuters articles; in memory `dyad code --db` on Reuters took
  // 3.19 s instead of 4.17 s.)
  // foreign_keys=OFF: the REFERENCES clauses document the links, but
  // checking them made every sentence, mention, quote and profile insert
  // look its article up (10% of BM_Store's instructions), and dyad writes a
  // child row only with the id of the article row it has just inserted in
  // the same transaction, so the parent exists by construction. The one
  // delete dyad does (AddArticle's undo) removes the children itself;
  // tests run PRAGMA foreign_key_check.
  if (!Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;",
            error))
    return false;

  auto user_version = [this]() -> int {
    sqlite3_stmt* s = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
      v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
  };
  schema_version_ = user_version();
  if (schema_version_ < 0) return Fail(error, "reading user_version");
  if (schema_version_ == 0) {
    // Create under a write lock and re-check, so two processes opening a new
    // file at once do not both create the schema.
    if (!Exec("BEGIN IMMEDIATE", error)) return false;
    schema_version_ = user_version();
    if (schema_version_ == 0) {
      sqlite3_stmt* s = nullptr;
      int tables = -1;
      if (sqlite3_prepare_v2(db_, "SELECT count(*) FROM sqlite_master", -1, &s, nullptr) == SQLITE_OK &&
          sqlite3_step(s) == SQLITE_ROW)
        tables = sqlite3_column_int(s, 0);
      sqlite3_finalize(s);
      if (tables != 0) {
        Exec("ROLLBACK", nullptr);
        *error = "not a dyad store (has tables but no schema version)";
        return false;
      }
      std::string create = std::string(kSchemaV2) + "PRAGMA user_version=" + std::to_string(kStoreSchemaVersion) + ";";
      if (!Exec(create.c_str(), error)) {
        Exec("ROLLBACK", nullptr);
        return false;
      }
      schema_version_ = kStoreSchemaVersion;
    }
    if (!Exec("COMMIT", error)) return false;
  }
  if (schema_version_ > kStoreSchemaVersion) {
    *error = "schema version " + std::to_string(schema_version_) + " is newer than this dyad (" +
             std::to_string(kStoreSchemaVersion) + "): use the dyad that wrote it, or a new database file";
    return false;
  }
  if (schema_version_ < kStoreSchemaVersion) {
    // Older stores are migrated in place, under a write lock, re-checking
    // the version so two processes do not both migrate.
    if (!Exec("BEGIN IMMEDIATE", error)) return false;
    schema_version_ = user_version();
    if (schema_version_ == 1 && !Exec(kMigrateV1ToV2, error)) {
      Exec("ROLLBACK", nullptr);
      *error = "migrating the store from schema version 1 to 2 failed (the file is unchanged): " + *error;
      return false;
    }
    if (!Exec("COMMIT", error)) return false;
    schema_version_ = user_version();
    if (schema_version_ != kStoreSchemaVersion) {
      *error = "schema version " + std::to_string(schema_version_) + " has no migration to version " +
               std::to_string(kStoreSchemaVersion) + ": code the articles again into a new database file";
      return false;
    }
  }

  stmts_ = std::make_unique<Statements>();
  Statements& s = *stmts_;
  struct {
    Stmt* stmt;
    const char* sql;
  } const statements[] = {
      {&s.begin, "BEGIN IMMEDIATE"},
      {&s.commit, "COMMIT"},
      {&s.rollback, "ROLLBACK"},
      {&s.has_article, "SELECT 1 FROM articles WHERE content_hash = ?1"},
      {&s.insert_article,
       "INSERT INTO articles(article_key, content_hash, published, crawled, source, url, title, lang, origin, text) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(content_hash) DO NOTHING"},
      // AddArticle's undo. Rows of the article are the ones with ids from
      // the first it inserted (?2): one writer, and rowids only grow within
      // its transaction; the article_id test is a second guard.
      {&s.delete_article, "DELETE FROM articles WHERE id = ?1"},
      {&s.delete_sentences, "DELETE FROM sentences WHERE article_id = ?1"},
      {&s.delete_mentions, "DELETE FROM mentions WHERE id >= ?2 AND article_id = ?1"},
      {&s.delete_quotes, "DELETE FROM quotes WHERE id >= ?2 AND article_id = ?1"},
      {&s.delete_profiles, "DELETE FROM profiles WHERE id >= ?2 AND article_id = ?1"},
      {&s.insert_sentence_if_absent, "INSERT OR IGNORE INTO sentences(article_id, idx, text, date) VALUES(?1, ?2, ?3, ?4)"},
      // first/last seen are the article's publication date (its crawl date
      // when the publication date is unknown).
      {&s.insert_quote,
       "INSERT INTO quotes(article_id, sentence_index, speaker, speaker_actor, how, quote, date) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&s.quotes,
       "SELECT a.article_key, q.sentence_index, coalesce(q.speaker, ''), coalesce(q.speaker_actor, ''), "
       "coalesce(q.how, ''), q.quote, coalesce(q.date, '') FROM quotes q JOIN articles a ON a.id = q.article_id "
       "WHERE ?1 = '' OR instr(lower(coalesce(q.speaker, '') || ' ' || coalesce(q.speaker_actor, '')), lower(?1)) > 0 "
       "ORDER BY q.date, q.id"},
      {&s.insert_profile,
       "INSERT INTO profiles(article_id, sentence_index, name, actor, kind, attribute, value, date) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&s.profiles,
       "SELECT a.article_key, p.sentence_index, p.name, coalesce(p.actor, ''), coalesce(p.kind, ''), p.attribute, "
       "coalesce(p.value, ''), coalesce(p.date, ''), coalesce(" DYAD_SENTENCE_TEXT ", '') FROM profiles p "
       "JOIN articles a ON a.id = p.article_id "
       "LEFT JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sentence_index "
       "WHERE instr(lower(p.name || ' ' || coalesce(p.actor, '')), lower(?1)) > 0 "
       "ORDER BY p.name, p.date, a.article_key, p.sentence_index, p.id"},
      {&s.singleton_events,
       "INSERT OR IGNORE INTO events(key, date, source, target, code, root, quad_class, goldstein, num_mentions, "
       "num_articles, num_sources, first_seen, last_seen) "
       "SELECT 'm' || m.id, m.date, m.source, m.target, m.code, m.root, m.quad_class, m.goldstein, 1, 1, 1, "
       "coalesce(a.published, a.crawled), coalesce(a.published, a.crawled) "
       "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IS NULL ORDER BY m.id"},
      {&s.link_singletons,
       "UPDATE mentions SET event_id = (SELECT e.id FROM events e WHERE e.key = 'm' || mentions.id) "
       "WHERE event_id IS NULL"},
      // The event row carries the event's canonical date/actors/code (what
      // the filters match); the rest comes from its first mention.
      {&s.events,
       "SELECT e.id, e.key, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.num_mentions, "
       "e.num_articles, e.first_seen, e.last_seen, m.sentence_index, m.date_text, m.source_text, m.target_text, "
       "m.verb_text, m.lang, m.evidence, a.article_key, a.published, " DYAD_SENTENCE_TEXT ", e.num_sources "
       "FROM events e "
       "LEFT JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE event_id = e.id) "
       "LEFT JOIN articles a ON a.id = m.article_id "
       "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_index "
       "WHERE (?1 = '' OR substr(e.source, 1, 3) = ?1) AND (?2 = '' OR substr(e.target, 1, 3) = ?2) "
       "AND (?3 = '' OR e.date >= ?3) "
       "AND (?4 = '' OR e.date <= ?4 OR substr(e.date, 1, length(?4)) = ?4) "
       "ORDER BY e.date, e.id"},
      {&s.event_articles,
       "SELECT a.article_key FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE event_id = ?1) "
       "ORDER BY a.id"},
      {&s.begin_run,
       "INSERT INTO runs(started, command) VALUES(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)"},
      {&s.finish_run,
       "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), articles = ?2, events = ?3, skipped = ?4 "
       "WHERE id = ?1"},
  };
  for (const auto& st : statements)
    if (!st.stmt->Prepare(db_, st.sql, error)) return false;
  // The multi-row INSERTs: `head` followed by k + 1 rows of `columns` parameters.
  auto prepare_rows = [&](const char* head, int columns, Stmt* rows) {
    std::string row = "(?";
    for (int c = 1; c < columns; ++c) row += ", ?";
    row += ')';
    std::string sql = std::string(head) + " VALUES" + row;
    for (size_t k = 0; k < Statements::kRowsPerInsert; ++k) {
      if (k > 0) sql += ", " + row;
      if (!rows[k].Prepare(db_, sql.c_str(), error)) return false;
    }
    return true;
  };
  return prepare_rows("INSERT INTO sentences(article_id, idx, start, len, text, date)", 6, s.insert_sentences) &&
         prepare_rows("INSERT INTO mentions(article_id, sentence_index, date, date_text, source, source_text, target, "
                      "target_text, code, root, quad_class, goldstein, verb_text, lang, evidence, object_text)",
                      16, s.insert_mentions);
}

bool Store::HasArticle(std::string_view content_hash) {
  Use q(stmts_->has_article);
  q.Text(1, content_hash);
  return sqlite3_step(*q) == SQLITE_ROW;
}

namespace {

// What the schema would refuse in a mention, tested before anything of its
// article is written (see AddArticle). Empty if the mention is acceptable.
std::string CheckMention(const EventRecord& m, size_t i) {
  if (m.code.size() < 2 || m.code.size() > 4)
    return "mention " + std::to_string(i) + ": code '" + m.code + "' is not 2 to 4 characters";
  return {};
}

}  // namespace

AddResult Store::AddArticle(const Article& article, const std::vector<std::string>& sentence_texts,
                            const std::vector<std::string>& sentence_dates, const std::vector<EventRecord>& mentions,
                            std::string* error, const std::vector<QuoteRecord>* quotes,
                            const std::vector<ProfileFact>* profiles) {
  if (article.content_hash.empty()) {
    *error = "article '" + article.id + "' has no content hash";
    return AddResult::kError;
  }
  // A broken article must be reported and skipped while the batch goes on.
  // This was a SAVEPOINT per article, whose sub-journal copied every page the
  // article touched. Now the data is checked first, so the rules the schema
  // enforces fail here with nothing written; a statement failing anyway (a
  // rule only the schema knows) is undone by deleting the rows the article
  // wrote; and an error that makes SQLite abandon the transaction (I/O, disk
  // full) is reported as the loss of the batch, as it was with the savepoint.
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (std::string problem = CheckMention(mentions[i], i); !problem.empty()) {
      *error = "article '" + article.id + "': " + problem;
      return AddResult::kError;
    }
  }
  Statements& s = *stmts_;
  // Outside a batch the article is a transaction of its own, so it is
  // atomic either way.
  const bool own_transaction = !in_batch_;
  if (own_transaction && !BeginBatch(error)) return AddResult::kError;
  int64_t article_id = 0;
  // The first row id this article wrote in each child table with a rowid
  // (INT64_MAX: none yet), for the undo.
  int64_t first_mention = INT64_MAX, first_quote = INT64_MAX, first_profile = INT64_MAX;
  auto undo = [&]() {
    constexpr int64_t kWhole = -1;  // deleted by article id alone
    const struct {
      const Stmt& st;
      int64_t first;
    } deletes[] = {{s.delete_sentences, kWhole},
                   {s.delete_mentions, first_mention},
                   {s.delete_quotes, first_quote},
                   {s.delete_profiles, first_profile},
                   {s.delete_article, kWhole}};
    for (const auto& d : deletes) {
      if (d.first == INT64_MAX) continue;
      Use q(d.st);
      q.Int(1, article_id);
      if (d.first != kWhole) q.Int(2, d.first);
      if (sqlite3_step(*q) != SQLITE_DONE) return false;
    }
    return true;
  };
  auto fail = [&](std::string_view what) {
    Fail(error, what);
    *error = "article '" + article.id + "': " + *error;
    if (own_transaction) {
      RollbackBatch(nullptr);
    } else if (sqlite3_get_autocommit(db_)) {
      // Some errors (I/O, disk full) make SQLite roll back the whole
      // transaction; then the batch is gone and the caller must know.
      in_batch_ = false;
      *error += " (the open batch was rolled back)";
    } else if (article_id != 0) {
      if (!undo()) {
        // The article cannot be taken out again: give up the whole batch
        // rather than keep half an article.
        *error += std::string("; removing it failed too (") + sqlite3_errmsg(db_) + "), the open batch was rolled back";
        RollbackBatch(nullptr);
      }
    }
    return AddResult::kError;
  };

  const std::string published = article.published.str();
  const std::string crawled = article.crawled.str();
  {
    Use q(s.insert_article);
    q.Text(1, article.id);
    q.Text(2, article.content_hash);
    q.TextOrNull(3, published);
    q.TextOrNull(4, crawled);
    q.TextOrNull(5, article.source);
    q.TextOrNull(6, article.url);
    q.TextOrNull(7, article.title);
    q.TextOrNull(8, article.lang);
    q.TextOrNull(9, article.origin);
    q.Text(10, article.text);
    if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting article");
  }
  if (sqlite3_changes(db_) == 0) {
    // Same content hash already stored: re-coding it is a no-op by design.
    if (own_transaction) RollbackBatch(nullptr);
    return AddResult::kDuplicate;
  }
  article_id = sqlite3_last_insert_rowid(db_);

  // Sentences come in text order, so each is looked for from the end of the
  // previous one; one not found there (a caller's own text) is stored whole.
  // Up to kRowsPerInsert rows per statement (see Statements).
  const std::string_view text = article.text;
  size_t from = 0;
  for (size_t first = 0; first < sentence_texts.size(); first += Statements::kRowsPerInsert) {
    const size_t n = std::min(Statements::kRowsPerInsert, sentence_texts.size() - first);
    Use q(s.insert_sentences[n - 1]);
    for (size_t i = first; i < first + n; ++i) {
      const int p = static_cast<int>(6 * (i - first));  // parameters p+1 .. p+6 are sentence i's
      const std::string& sentence = sentence_texts[i];
      const size_t at = text.find(sentence, from);
      q.Int(p + 1, article_id);
      q.Int(p + 2, static_cast<int64_t>(i));
      if (at != std::string_view::npos) {
        q.Int(p + 3, static_cast<int64_t>(at));
        q.Int(p + 4, static_cast<int64_t>(sentence.size()));
        q.Null(p + 5);
        from = at + sentence.size();
      } else {
        q.Null(p + 3);
        q.Null(p + 4);
        q.Text(p + 5, sentence);
      }
      q.TextOrNull(p + 6, i < sentence_dates.size() ? std::string_view(sentence_dates[i]) : std::string_view());
    }
    if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting sentences from " + std::to_string(first));
  }
  for (const EventRecord& m : mentions) {
    if (m.sentence_index >= sentence_texts.size() && !m.sentence.empty()) {
      Use q(s.insert_sentence_if_absent);
      q.Int(1, article_id);
      q.Int(2, m.sentence_index);
      q.Text(3, m.sentence);
      q.TextOrNull(4, m.date);
      if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting sentence of a mention");
    }
  }
  for (size_t first = 0; first < mentions.size(); first += Statements::kRowsPerInsert) {
    const size_t n = std::min(Statements::kRowsPerInsert, mentions.size() - first);
    Use q(s.insert_mentions[n - 1]);
    for (size_t i = first; i < first + n; ++i) {
      const EventRecord& m = mentions[i];
      const int p = static_cast<int>(16 * (i - first));  // parameters p+1 .. p+16 are mention i's
      q.Int(p + 1, article_id);
      q.Int(p + 2, m.sentence_index);
      q.TextOrNull(p + 3, m.date);
      q.TextOrNull(p + 4, m.date_text);
      q.TextOrNull(p + 5, m.source);
      q.TextOrNull(p + 6, m.source_text);
      q.TextOrNull(p + 7, m.target);
      q.TextOrNull(p + 8, m.target_text);
      q.Text(p + 9, m.code);
      q.TextOrNull(p + 10, m.root);
      q.Int(p + 11, m.quad_class);
      q.Double(p + 12, m.goldstein);
      q.TextOrNull(p + 13, m.verb_text);
      q.TextOrNull(p + 14, m.lang);
      q.TextOrNull(p + 15, m.evidence);
      q.TextOrNull(p + 16, m.object_text);
    }
    if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting mentions from " + std::to_string(first));
    // The rows of one INSERT take consecutive row ids (each is the largest
    // so far plus one), so the statement's first is its last minus n - 1.
    if (first_mention == INT64_MAX) first_mention = sqlite3_last_insert_rowid(db_) - static_cast<int64_t>(n - 1);
  }
  if (quotes) {
    for (const QuoteRecord& qr : *quotes) {
      Use q(s.insert_quote);
      q.Int(1, article_id);
      q.Int(2, qr.sentence_index);
      q.TextOrNull(3, qr.speaker);
      q.TextOrNull(4, qr.speaker_actor);
      q.TextOrNull(5, qr.how);
      q.Text(6, qr.quote);
      q.TextOrNull(7, qr.date);
      if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting a quotation");
      if (first_quote == INT64_MAX) first_quote = sqlite3_last_insert_rowid(db_);
    }
  }
  if (profiles) {
    for (const ProfileFact& pf : *profiles) {
      Use q(s.insert_profile);
      q.Int(1, article_id);
      q.Int(2, pf.sentence_index);
      q.Text(3, pf.name);
      q.TextOrNull(4, pf.actor);
      q.TextOrNull(5, pf.kind);
      q.Text(6, pf.attribute);
      q.TextOrNull(7, pf.value);
      q.TextOrNull(8, pf.date);
      if (sqlite3_step(*q) != SQLITE_DONE) return fail("inserting a profile fact");
      if (first_profile == INT64_MAX) first_profile = sqlite3_last_insert_rowid(db_);
    }
  }
  if (own_transaction && !CommitBatch(error)) {
    RollbackBatch(nullptr);
    return AddResult::kError;
  }
  return AddResult::kAdded;
}

bool Store::BeginBatch(std::string* error) {
  if (in_batch_) {
    if (error) *error = "BeginBatch: a batch is already open";
    return false;
  }
  Use q(stmts_->begin);
  if (sqlite3_step(*q) != SQLITE_DONE) return Fail(error, "BeginBatch");
  in_batch_ = true;
  return true;
}

bool Store::CommitBatch(std::string* error) {
  if (!in_batch_) {
    if (error) *error = "CommitBatch: no batch open";
    return false;
  }
  Use q(stmts_->commit);
  if (sqlite3_step(*q) != SQLITE_DONE) return Fail(error, "CommitBatch");
  in_batch_ = false;
  return true;
}

bool Store::RollbackBatch(std::string* error) {
  if (!in_batch_) {
    if (error) *error = "RollbackBatch: no batch open";
    return false;
  }
  in_batch_ = false;
  Use q(stmts_->rollback);
  if (sqlite3_step(*q) != SQLITE_DONE) return Fail(error, "RollbackBatch");
  return true;
}

bool Store::AssignSingletonEvents(std::string* error) {
  Statements& s = *stmts_;
  const bool own_transaction = !in_batch_;
  if (own_transaction && !BeginBatch(error)) return false;
  bool ok = true;
  {
    Use q(s.singleton_events);
    if (sqlite3_step(*q) != SQLITE_DONE) ok = Fail(error, "creating singleton events");
  }
  if (ok) {
    Use q(s.link_singletons);
    if (sqlite3_step(*q) != SQLITE_DONE) ok = Fail(error, "linking mentions to events");
  }
  if (own_transaction) {
    if (ok) return CommitBatch(error);
    RollbackBatch(nullptr);
  }
  return ok;
}

namespace {

struct PendingMention {
  int64_t id = 0;
  std::string source, target, code, root, date, published, content_hash;
  int64_t sentence_index = 0, article_id = 0;
  double goldstein = 0;
  int64_t quad_class = 0;
  MergeKey key;
};

struct KnownEvent {
  int64_t id = 0;
  MergeKey key;
};

}  // namespace

bool Store::GroupEvents(std::string* error) {
  const bool own_transaction = !in_batch_;
  if (own_transaction && !BeginBatch(error)) return false;
  auto fail = [&](std::string_view what) {
    Fail(error, what);
    if (own_transaction) RollbackBatch(nullptr);
    return false;
  };
  // These run once per grouping pass, so they are prepared here rather than
  // kept with the per-row statements.
  Stmt pending, candidates, link, insert_event, sharpen, members, recount;
  std::string perr;
  if (!pending.Prepare(db_,
                       "SELECT m.id, m.source, m.target, m.code, m.root, m.date, m.date_text, m.verb_text || ' ' || coalesce(m.object_text, ''), "
                       "coalesce(a.published, a.crawled, ''), a.content_hash, m.sentence_index, m.article_id, "
                       "m.goldstein, m.quad_class FROM mentions m JOIN articles a ON a.id = m.article_id "
                       "WHERE m.event_id IS NULL",
                       &perr) ||
      !candidates.Prepare(db_,
                          "SELECT id, code, win_from, win_to, vague, signature FROM events "
                          "WHERE source_country = ?1 AND target_country = ?2 AND root = ?3 "
                          "AND win_to >= ?4 AND win_from <= ?5 ORDER BY id",
                          &perr) ||
      !link.Prepare(db_, "UPDATE mentions SET event_id = ?2, merge_note = ?3 WHERE id = ?1", &perr) ||
      !insert_event.Prepare(db_,
                            "INSERT INTO events(key, date, source, target, code, root, quad_class, goldstein, "
                            "source_country, target_country, win_from, win_to, vague, signature) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                            &perr) ||
      !sharpen.Prepare(db_, "UPDATE events SET date = ?2, win_from = ?3, win_to = ?4, vague = 0 WHERE id = ?1", &perr) ||
      // The members of the events this pass touched (?1: a JSON array of
      // event ids), for their counts. An outlet is the article's source
      // name, or the article itself when none is given.
      !members.Prepare(db_,
                       "SELECT m.event_id, m.article_id, coalesce(nullif(a.source, ''), 'article ' || a.id), "
                       "coalesce(a.published, a.crawled) FROM mentions m JOIN articles a ON a.id = m.article_id "
                       "WHERE m.event_id IN (SELECT value FROM json_each(?1)) ORDER BY m.event_id",
                       &perr) ||
      !recount.Prepare(db_,
                       "UPDATE events SET num_mentions = ?2, num_articles = ?3, num_sources = ?4, first_seen = ?5, "
                       "last_seen = ?6 WHERE id = ?1",
                       &perr)) {
    if (error) *error = perr;
    if (own_transaction) RollbackBatch(nullptr);
    return false;
  }
  std::vector<PendingMention> ms;
  {
    Use q(pending);
    int rc;
    while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
      PendingMention m;
      m.id = q.ColInt(0);
      m.source = q.ColText(1);
      m.target = q.ColText(2);
      m.code = q.ColText(3);
      m.root = q.ColText(4);
      m.date = q.ColText(5);
      m.published = q.ColText(8);
      m.content_hash = q.ColText(9);
      m.sentence_index = q.ColInt(10);
      m.article_id = q.ColInt(11);
      m.goldstein = q.ColDouble(12);
      m.quad_class = q.ColInt(13);
      m.key = MakeMergeKey(m.source, m.target, m.code, m.date, q.ColText(6), m.published, q.ColText(7));
      ms.push_back(std::move(m));
    }
    if (rc != SQLITE_DONE) return fail("reading ungrouped mentions");
  }
  // A canonical order, independent of insertion order: mentions with their
  // own date first (an undated report then joins the dated event rather than
  // founding one), the most precise first among those (a report of "Friday,
  // Sept. 26" founds the event that "a week after" or "in September" then
  // joins, and the event keeps the day), then by date, then by article
  // content.
  std::sort(ms.begin(), ms.end(), [](const PendingMention& a, const PendingMention& b) {
    if (a.key.vague != b.key.vague) return !a.key.vague;
    const int64_t wa = int64_t{a.key.to} - a.key.from, wb = int64_t{b.key.to} - b.key.from;
    if (wa != wb) return wa < wb;
    if (a.key.from != b.key.from) return a.key.from < b.key.from;
    if (a.content_hash != b.content_hash) return a.content_hash < b.content_hash;
    if (a.sentence_index != b.sentence_index) return a.sentence_index < b.sentence_index;
    return a.code < b.code;
  });
  // Candidates are read per mention, bounded by its date window, so a
  // store with years of events reads only the few that could match.
  std::vector<KnownEvent> known;
  std::vector<int64_t> touched;  // events given a mention in this pass
  for (PendingMention& m : ms) {
    known.clear();
    {
      Use q(candidates);
      q.Text(1, m.key.source_country);
      q.Text(2, m.key.target_country);
      q.Text(3, m.root);
      q.Int(4, m.key.from);
      q.Int(5, m.key.to);
      int rc;
      while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
        KnownEvent e;
        e.id = q.ColInt(0);
        e.key.source_country = m.key.source_country;
        e.key.target_country = m.key.target_country;
        e.key.code = q.ColText(1);
        e.key.from = static_cast<int32_t>(q.ColInt(2));
        e.key.to = static_cast<int32_t>(q.ColInt(3));
        e.key.vague = q.ColInt(4) != 0;
        e.key.signature = SplitSignature(q.ColText(5));
        known.push_back(std::move(e));
      }
      if (rc != SQLITE_DONE) return fail("reading candidate events");
    }
    KnownEvent* match = nullptr;
    std::string why;
    for (KnownEvent& e : known) {
      if (SameEvent(e.key, m.key, &why)) {
        match = &e;
        break;
      }
    }
    int64_t event_id;
    if (match) {
      event_id = match->id;
      // A dated report sharpens an event first seen only as "before publication".
      if (match->key.vague && !m.key.vague) {
        Use q(sharpen);
        q.Int(1, event_id);
        q.Text(2, m.date);
        q.Int(3, m.key.from);
        q.Int(4, m.key.to);
        if (sqlite3_step(*q) != SQLITE_DONE) return fail("dating an event");
      }
    } else {
      Use q(insert_event);
      // A stable key: the founding mention's article content, sentence and
      // code, which do not change whatever else arrives later.
      std::string key = m.content_hash + ":" + std::to_string(m.sentence_index) + ":" + m.code + ":" + m.source +
                        ">" + m.target;
      std::string sig = JoinSignature(m.key.signature);
      q.Text(1, key);
      q.TextOrNull(2, m.date);
      q.Text(3, m.source);
      q.Text(4, m.target);
      q.Text(5, m.code);
      q.Text(6, m.root);
      q.Int(7, m.quad_class);
      q.Double(8, m.goldstein);
      q.Text(9, m.key.source_country);
      q.Text(10, m.key.target_country);
      q.Int(11, m.key.from);
      q.Int(12, m.key.to);
      q.Int(13, m.key.vague ? 1 : 0);
      q.Text(14, sig);
      int rc = sqlite3_step(*q);
      if (rc == SQLITE_CONSTRAINT) {
        // The same mention key twice (a sentence coding one event twice):
        // it is the same event.
        sqlite3_reset(*q);
        sqlite3_stmt* find = nullptr;
        sqlite3_prepare_v2(db_, "SELECT id FROM events WHERE key = ?1", -1, &find, nullptr);
        sqlite3_bind_text(find, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        event_id = sqlite3_step(find) == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
        sqlite3_finalize(find);
        why = "same sentence and code as the event's first mention";
      } else if (rc != SQLITE_DONE) {
        return fail("creating an event");
      } else {
        event_id = sqlite3_last_insert_rowid(db_);
        why = "first mention";
      }
    }
    Use q(link);
    q.Int(1, m.id);
    q.Int(2, event_id);
    q.Text(3, why);
    if (sqlite3_step(*q) != SQLITE_DONE) return fail("linking a mention");
    touched.push_back(event_id);
  }
  // Only the events this pass gave mentions to are recounted: the counts of
  // the others cannot have changed, and recounting every event (as before)
  // made each run's grouping cost grow with the whole store. The counts are
  // made here from one read of their mentions: five correlated subqueries
  // per event, two with temporary b-trees for DISTINCT, took ~54,000
  // instructions an event on Reuters.
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  std::string ids = "[";
  for (int64_t id : touched) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(id);
  }
  ids += ']';
  struct Counts {
    int64_t event = 0, mentions = 0;
    std::vector<int64_t> articles;
    std::vector<std::string> outlets;
    std::string first_seen, last_seen;  // "" = no dated article
  } c;
  auto write = [&]() {
    auto distinct = [](auto& v) {
      std::sort(v.begin(), v.end());
      return static_cast<int64_t>(std::unique(v.begin(), v.end()) - v.begin());
    };
    Use q(recount);
    q.Int(1, c.event);
    q.Int(2, c.mentions);
    q.Int(3, distinct(c.articles));
    q.Int(4, distinct(c.outlets));
    q.TextOrNull(5, c.first_seen);
    q.TextOrNull(6, c.last_seen);
    return sqlite3_step(*q) == SQLITE_DONE;
  };
  {
    Use q(members);
    q.Text(1, ids);
    int rc;
    while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
      const int64_t event = q.ColInt(0);
      if (event != c.event) {
        if (c.event != 0 && !write()) return fail("counting mentions");
        c = Counts{};
        c.event = event;
      }
      ++c.mentions;
      c.articles.push_back(q.ColInt(1));
      c.outlets.push_back(q.ColText(2));
      // min()/max() over dates, NULLs left out, as SQL's would.
      if (sqlite3_column_type(*q, 3) != SQLITE_NULL) {
        std::string seen = q.ColText(3);
        if (c.first_seen.empty() || seen < c.first_seen) c.first_seen = seen;
        if (c.last_seen.empty() || seen > c.last_seen) c.last_seen = seen;
      }
    }
    if (rc != SQLITE_DONE) return fail("reading the members of events");
    if (c.event != 0 && !write()) return fail("counting mentions");
  }
  if (own_transaction) return CommitBatch(error);
  return true;
}

bool Store::Profiles(std::string_view name, std::vector<ProfileFact>* out, std::string* error) {
  Use q(stmts_->profiles);
  q.Text(1, name);
  int rc;
  while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
    ProfileFact f;
    f.article = q.ColText(0);
    f.sentence_index = static_cast<uint32_t>(q.ColInt(1));
    f.name = q.ColText(2);
    f.actor = q.ColText(3);
    f.kind = q.ColText(4);
    f.attribute = q.ColText(5);
    f.value = q.ColText(6);
    f.date = q.ColText(7);
    f.sentence = q.ColText(8);
    out->push_back(std::move(f));
  }
  if (rc != SQLITE_DONE) return Fail(error, "reading profiles");
  return true;
}

bool Store::Quotes(std::string_view speaker, std::vector<QuoteRecord>* out, std::string* error) {
  Use q(stmts_->quotes);
  q.Text(1, speaker);
  int rc;
  while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
    QuoteRecord r;
    r.article = q.ColText(0);
    r.sentence_index = static_cast<uint32_t>(q.ColInt(1));
    r.speaker = q.ColText(2);
    r.speaker_actor = q.ColText(3);
    r.how = q.ColText(4);
    r.quote = q.ColText(5);
    r.date = q.ColText(6);
    out->push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Fail(error, "reading quotations");
  return true;
}

bool Store::Mentions(int64_t event_id, std::vector<StoredMention>* out, std::string* error) {
  Stmt q;
  std::string perr;
  if (!q.Prepare(db_,
                 "SELECT m.id, m.event_id, coalesce(m.merge_note, ''), a.article_key, coalesce(a.published, ''), "
                 "m.sentence_index, coalesce(" DYAD_SENTENCE_TEXT ", ''), coalesce(m.date, ''), coalesce(m.date_text, ''), "
                 "coalesce(m.source, ''), coalesce(m.source_text, ''), coalesce(m.target, ''), "
                 "coalesce(m.target_text, ''), m.code, coalesce(m.verb_text, ''), coalesce(m.evidence, '') "
                 "FROM mentions m JOIN articles a ON a.id = m.article_id "
                 "LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_index "
                 "WHERE m.event_id = ?1 ORDER BY m.id",
                 &perr)) {
    if (error) *error = perr;
    return false;
  }
  Use u(q);
  u.Int(1, event_id);
  int rc;
  while ((rc = sqlite3_step(*u)) == SQLITE_ROW) {
    StoredMention m;
    m.mention_id = u.ColInt(0);
    m.event_id = u.ColInt(1);
    m.merge_note = u.ColText(2);
    m.article = u.ColText(3);
    m.published = u.ColText(4);
    m.sentence_index = static_cast<uint32_t>(u.ColInt(5));
    m.sentence = u.ColText(6);
    m.date = u.ColText(7);
    m.date_text = u.ColText(8);
    m.source = u.ColText(9);
    m.source_text = u.ColText(10);
    m.target = u.ColText(11);
    m.target_text = u.ColText(12);
    m.code = u.ColText(13);
    m.verb_text = u.ColText(14);
    m.evidence = u.ColText(15);
    out->push_back(std::move(m));
  }
  if (rc != SQLITE_DONE) return Fail(error, "reading mentions");
  return true;
}

bool Store::Events(const EventQuery& query, std::vector<StoredEvent>* out, std::string* error) {
  Statements& s = *stmts_;
  Use q(s.events);
  q.Text(1, query.source_country);
  q.Text(2, query.target_country);
  q.Text(3, query.from);
  q.Text(4, query.to);
  const size_t first = out->size();
  int rc;
  while ((rc = sqlite3_step(*q)) == SQLITE_ROW) {
    StoredEvent e;
    e.event_id = q.ColInt(0);
    e.key = q.ColText(1);
    e.date = q.ColText(2);
    e.source = q.ColText(3);
    e.target = q.ColText(4);
    e.code = q.ColText(5);
    e.root = q.ColText(6);
    e.quad_class = static_cast<int>(q.ColInt(7));
    e.goldstein = q.ColDouble(8);
    e.num_mentions = static_cast<int>(q.ColInt(9));
    e.num_articles = static_cast<int>(q.ColInt(10));
    e.first_seen = q.ColText(11);
    e.last_seen = q.ColText(12);
    e.sentence_index = static_cast<uint32_t>(q.ColInt(13));
    e.date_text = q.ColText(14);
    e.source_text = q.ColText(15);
    e.target_text = q.ColText(16);
    e.verb_text = q.ColText(17);
    e.lang = q.ColText(18);
    e.evidence = q.ColText(19);
    e.article = q.ColText(20);
    e.published = q.ColText(21);
    e.num_sources = static_cast<int>(q.ColInt(23));
    e.sentence = q.ColText(22);
    out->push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return Fail(error, "querying events");
  for (size_t i = first; i < out->size(); ++i) {
    Use a(s.event_articles);
    a.Int(1, (*out)[i].event_id);
    while ((rc = sqlite3_step(*a)) == SQLITE_ROW) (*out)[i].articles.push_back(a.ColText(0));
    if (rc != SQLITE_DONE) return Fail(error, "querying event articles");
  }
  return true;
}

int64_t Store::BeginRun(std::string_view command, std::string* error) {
  Use q(stmts_->begin_run);
  q.Text(1, command);
  if (sqlite3_step(*q) != SQLITE_DONE) {
    Fail(error, "BeginRun");
    return -1;
  }
  return sqlite3_last_insert_rowid(db_);
}

bool Store::FinishRun(int64_t run_id, int64_t articles, int64_t events, int64_t skipped, std::string* error) {
  Use q(stmts_->finish_run);
  q.Int(1, run_id);
  q.Int(2, articles);
  q.Int(3, events);
  q.Int(4, skipped);
  if (sqlite3_step(*q) != SQLITE_DONE) return Fail(error, "FinishRun");
  if (sqlite3_changes(db_) != 1) {
    if (error) *error = "FinishRun: no run " + std::to_string(run_id);
    return false;
  }
  return true;
}

int64_t Store::Count(std::string_view table) {
  // Table names cannot be bound; accept only ours.
  static constexpr std::string_view kTables[] = {"runs", "articles", "sentences", "mentions", "events"};
  bool known = false;
  for (auto t : kTables) known |= (t == table);
  if (!known) return -1;
  std::string sql = "SELECT count(*) FROM " + std::string(table);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

}  // namespace dyad
