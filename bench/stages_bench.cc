// Per-stage cost of the pipeline on real news: each benchmark runs the
// pipeline up to and including one stage over the same sample of articles,
// so the difference between consecutive rows is that stage's share.
//   build/release/bench/dyad_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "config/paths.h"
#include "engine/engine.h"
#include "engine/runner.h"
#include "ingest/reader.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace dyad {
namespace {

struct Sample {
  std::unique_ptr<Engine> engine;
  std::vector<Article> articles;
  std::string error;
};

// The first 2,000 articles of Reuters-21578 (read from ../shared at run time).
Sample& TheSample() {
  static Sample s = [] {
    Sample x;
    x.engine = Engine::Load(EngineOptions{}, &x.error);
    ArticleReader reader({std::string(dyad::SharedDir()) + "/corpora/reuters21578.jsonl"});
    Article a;
    while (x.articles.size() < 2000 && reader.Next(&a)) x.articles.push_back(a);
    return x;
  }();
  return s;
}

void RunUntil(benchmark::State& state, const std::string& last) {
  Sample& s = TheSample();
  if (!s.engine) return state.SkipWithError(("cannot load dictionaries: " + s.error).c_str());
  if (s.articles.empty()) return state.SkipWithError("no corpus: ../shared/corpora/reuters21578.jsonl absent");
  Doc doc;
  int64_t sentences = 0, bytes = 0;
  for (auto _ : state) {
    for (const Article& a : s.articles) {
      doc.Clear();
      doc.article = a;
      s.engine->pipeline().RunUntil(doc, last);
      sentences += static_cast<int64_t>(doc.sentences.size());
      bytes += static_cast<int64_t>(a.text.size());
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(bytes);
}

// A distinct 32-hex-digit content hash per synthetic article.
std::string fmt_hex(int n) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%032x", n);
  return buf;
}

void BM_Output(benchmark::State& state) {
  Sample& s = TheSample();
  if (!s.engine || s.articles.empty()) return state.SkipWithError("no engine or corpus");
  Doc doc;
  CodedArticle coded;
  std::vector<EventRecord> records;
  for (size_t i = 0; i < 300 && i < s.articles.size(); ++i) {
    CodeArticle(*s.engine, doc, s.articles[i], false, &coded);
    records.insert(records.end(), coded.events.begin(), coded.events.end());
  }
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const EventRecord& r : records) AppendJsonRecord(r, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.size()));
}

// Storing: 2,000 articles of 10 event mentions each (real coded records,
// cycled, with the real articles' sentences) into a fresh SQLite file, in
// batches of 500 articles as `dyad code --db` does. Items are mentions, so
// items_per_second is the "event mentions/s into SQLite". Reuters
// itself has one mention per five articles, too few to measure this.
void BM_Store(benchmark::State& state) {
  Sample& s = TheSample();
  if (!s.engine || s.articles.empty()) return state.SkipWithError("no engine or corpus");
  Doc doc;
  std::vector<CodedArticle> coded(std::min<size_t>(200, s.articles.size()));
  std::vector<EventRecord> pool;
  for (size_t i = 0; i < coded.size(); ++i) {
    CodeArticle(*s.engine, doc, s.articles[i], true, &coded[i]);
    pool.insert(pool.end(), coded[i].events.begin(), coded[i].events.end());
  }
  if (pool.empty()) return state.SkipWithError("the sample coded no events");
  const int kArticles = 2000, kPerArticle = 10;
  const std::string path = (std::filesystem::temp_directory_path() / "dyad_bench_store.db").string();
  int64_t mentions = 0;
  size_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    std::string error;
    auto store = Store::Open(path, &error);
    if (!store) return state.SkipWithError(("cannot open " + path + ": " + error).c_str());
    state.ResumeTiming();
    store->BeginBatch();
    for (int a = 0; a < kArticles; ++a) {
      CodedArticle& c = coded[a % coded.size()];
      Article art = c.article;
      art.id = "bench-" + std::to_string(a);
      art.content_hash = fmt_hex(a);
      std::vector<EventRecord> ms;
      for (int k = 0; k < kPerArticle; ++k, ++next) {
        EventRecord r = pool[next % pool.size()];
        r.article = art.id;
        r.sentence_index = static_cast<uint32_t>(k % std::max<size_t>(1, c.sentences.size()));
        ms.push_back(std::move(r));
      }
      if (store->AddArticle(art, c.sentences, c.sentence_dates, ms, &error) != AddResult::kAdded)
        return state.SkipWithError(("AddArticle: " + error).c_str());
      mentions += kPerArticle;
      if ((a + 1) % 500 == 0) store->CommitBatch(), store->BeginBatch();
    }
    store->CommitBatch();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  state.SetItemsProcessed(mentions);
}

}  // namespace
}  // namespace dyad

using dyad::BM_Output;
using dyad::BM_Store;
using dyad::RunUntil;

BENCHMARK_CAPTURE(RunUntil, 1_normalize, std::string("normalize"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 2_segment, std::string("segment"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 3_tagger, std::string("tagger"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 4_lemmatizer, std::string("lemmatizer"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 5_time, std::string("time"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 6_actors, std::string("actors"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 7_clauses, std::string("clauses"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RunUntil, 8_events, std::string("events"))->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Output);
BENCHMARK(BM_Store)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
