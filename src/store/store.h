// The event store: one SQLite file holding the articles dyad has coded, their
// sentences, every event mention, and the distinct events mentions are
// grouped into.
//
// Why SQLite in WAL mode: a coding run is one long writer that may be killed
// at any moment; readers (queries, `dyad events`) must not block it and must
// never see half an article. WAL gives concurrent readers and, together with
// transactions, makes a killed run lose only its uncommitted batch: the file
// is always consistent, and re-running the same input re-adds exactly what was
// lost, because articles already stored are recognised by their content hash
// and skipped.
//
// Writing pattern (one writer thread; a Store is not thread-safe):
//
//   auto store = Store::Open(path, &error);
//   int64_t run = store->BeginRun("dyad code news.jsonl");
//   store->BeginBatch();
//   for (each article) {
//     store->AddArticle(article, sentences, sentence_dates, mentions, &error);
//     if (++n % 500 == 0) { store->CommitBatch(&error); store->BeginBatch(); }
//   }
//   store->CommitBatch(&error);
//   store->AssignSingletonEvents(&error);
//   store->FinishRun(run, articles, events, skipped);
//
// One transaction per article would cost an fsync-equivalent WAL commit each;
// batching a few hundred articles per transaction is ~100x faster and bounds
// what a crash loses to one batch. One article failing (a malformed mention,
// a row the schema refuses) leaves nothing of that article and the batch goes
// on: AddArticle checks the data before writing and deletes the article's
// rows if a statement fails anyway (see store.cc for why not a savepoint).
#ifndef DYAD_STORE_STORE_H_
#define DYAD_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/record.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad {

// Schema version stored in PRAGMA user_version. Bump it, and add a migration
// step in store.cc, whenever a table changes. Version 2 (2026-12-04): sentences
// stored as byte ranges of their article's text; Open migrates version 1.
inline constexpr int kStoreSchemaVersion = 2;

enum class AddResult {
  kAdded,
  kDuplicate,  // an article with the same content hash is stored: nothing written
  kError,      // nothing of this article was written; *error says why
};

// Filters for Store::Events; empty fields do not filter.
struct EventQuery {
  // Dyad: the first three letters (the country or international prefix) of
  // the source and target codes, e.g. "USA" and "COL" for the dyad USA-COL.
  std::string source_country;
  std::string target_country;
  // Inclusive date bounds as ISO prefixes: from "2025-09" keeps events dated
  // 2025-09 or later; to "2025-10" keeps events up to and including all of
  // October 2025. An event dated more coarsely than `from` (a "2025" event
  // against from "2025-03") is not known to fall in range and is left out,
  // as is an event with no date when either bound is set.
  std::string from;
  std::string to;
};

// A distinct event as stored. date, source, target, code, root, quad_class
// and goldstein are the event row's (what the query filters matched; for a
// singleton, its mention's); every other EventRecord field comes from its
// first mention (lowest mention id), so the sentence and evidence shown are
// the ones that first produced it.
struct StoredEvent : EventRecord {
  int64_t event_id = 0;
  std::string key;  // stable key ("m42" for a singleton of mention 42)
  int num_mentions = 0;
  int num_articles = 0;
  int num_sources = 0;      // distinct outlets (Article::source; an article without one counts alone)
  std::string first_seen;  // earliest / latest publication date of its articles
  std::string last_seen;
  std::vector<std::string> articles;  // Article::id of every article mentioning it, in store order
};

// One mention as stored, with why it joined its event.
struct StoredMention : EventRecord {
  int64_t mention_id = 0;
  int64_t event_id = 0;
  std::string merge_note;
};

class Store {
 public:
  // Opens or creates the database at `path`; creates the schema if the file
  // is new. Fails on a database written by a newer dyad (higher schema
  // version) or one that is not a dyad store.
  static std::unique_ptr<Store> Open(const std::string& path, std::string* error);

  // Rolls back an uncommitted batch: what was not committed was never there.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const { return schema_version_; }

  // True if an article with this content hash is stored.
  bool HasArticle(std::string_view content_hash);

  // Stores one article, its sentences and its event mentions. sentence_dates
  // may be shorter than sentence_texts (missing dates are stored as NULL).
  // A mention's own `sentence` is stored only if sentence_texts has no entry
  // at its index. Its `article` and `published` are ignored (the article's
  // are used). Mentions are stored without an event (event_id NULL) until
  // AssignSingletonEvents or the de-duplicator groups them.
  // Requires a non-empty Article::content_hash.
  AddResult AddArticle(const Article& article, const std::vector<std::string>& sentence_texts,
                       const std::vector<std::string>& sentence_dates, const std::vector<EventRecord>& mentions,
                       std::string* error, const std::vector<QuoteRecord>* quotes = nullptr,
                       const std::vector<ProfileFact>* profiles = nullptr);

  // Facts about people and organisations whose name or actor code contains
  // `name` (case-insensitive), ordered by name, date and article.
  bool Profiles(std::string_view name, std::vector<ProfileFact>* out, std::string* error);

  // Stored quotations; `speaker` filters by a case-insensitive substring of
  // the speaker's words or actor code ("" = all).
  bool Quotes(std::string_view speaker, std::vector<QuoteRecord>* out, std::string* error);

  // Groups the following AddArticle calls into one transaction. Not nestable.
  // Without a batch every AddArticle is its own transaction (correct, slow).
  bool BeginBatch(std::string* error = nullptr);
  bool CommitBatch(std::string* error = nullptr);
  bool RollbackBatch(std::string* error = nullptr);
  bool in_batch() const { return in_batch_; }

  // Gives every mention without an event its own event (key "m<mention id>",
  // one mention, one article) so queries see everything coded. A stand-in
  // until event de-duplication merges mentions of the same event. Runs in
  // its own transaction unless a batch is open. Returns false on error.
  bool AssignSingletonEvents(std::string* error);

  // Groups every mention not yet in an event: it joins an existing event
  // when store/dedup.h says they report the same thing, else founds one.
  // Event ids never change once given; a later, better-dated report only
  // sharpens the event's date. The reason for each decision is kept in
  // mentions.merge_note (`dyad explain --event`).
  bool GroupEvents(std::string* error);

  // The mentions of one event, in store order.
  bool Mentions(int64_t event_id, std::vector<StoredMention>* out, std::string* error);

  // Events matching `query`, ordered by date, then event id; appended to *out.
  bool Events(const EventQuery& query, std::vector<StoredEvent>* out, std::string* error);

  // Bookkeeping of coding runs: BeginRun returns the run id (-1 on error);
  // FinishRun records the end time and counts.
  int64_t BeginRun(std::string_view command, std::string* error = nullptr);
  bool FinishRun(int64_t run_id, int64_t articles, int64_t events, int64_t skipped, std::string* error = nullptr);

  // Row counts, for tests and `dyad stats`; -1 on error or unknown table.
  int64_t Count(std::string_view table);

 private:
  struct Statements;
  Store();
  bool Init(const std::string& path, std::string* error);
  bool Exec(const char* sql, std::string* error);
  bool Fail(std::string* error, std::string_view what);

  sqlite3* db_ = nullptr;
  std::unique_ptr<Statements> stmts_;
  bool in_batch_ = false;
  int schema_version_ = 0;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_H_
