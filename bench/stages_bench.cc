// Per-stage cost of the pipeline on real news: each benchmark runs the
// pipeline up to and including one stage over the same sample of articles,
// so the difference between consecutive rows is that stage's share.
//   build/release/bench/dyad_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <memory>

#include "engine/engine.h"
#include "engine/runner.h"
#include "ingest/reader.h"
#include "output/json_writer.h"

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
    ArticleReader reader({std::string(DYAD_SHARED_DIR) + "/corpora/reuters21578.jsonl"});
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

}  // namespace
}  // namespace dyad

using dyad::BM_Output;
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
BENCHMARK_MAIN();
