// Codes a stream of articles with N threads and hands the results back in
// input order, so the output is the same for any thread count.
//
// Articles are read on the calling thread, coded in parallel (each worker
// owns one Doc, reused across articles) and delivered to the sink in the
// order they were read. One thread reads, codes and delivers a batch at a
// time. Several threads code from a window of two batches' worth of slots
// with no barrier between batches: the calling thread reads into free slots,
// delivers the oldest article as soon as it is coded, and codes like the
// others in between. A streaming filter (no overlap) codes a batch at a time.
// Memory is bounded: at most two batches of articles and their events are
// held at once, whatever the input size.
#ifndef DYAD_ENGINE_RUNNER_H_
#define DYAD_ENGINE_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "ingest/reader.h"
#include "model/article.h"
#include "model/record.h"

namespace dyad {

// One article after coding, as the sink sees it.
struct CodedArticle {
  Article article;                         // normalised text; content hash set only if RunOptions::keep_sentences
  std::vector<EventRecord> events;
  std::vector<QuoteRecord> quotes;          // filled only if RunOptions::keep_sentences
  std::vector<ProfileFact> profiles;        // filled only if RunOptions::keep_sentences
  std::vector<std::string> sentences;      // filled only if RunOptions::keep_sentences
  std::vector<std::string> sentence_dates; // same
  uint32_t sentence_count = 0;
};

struct RunOptions {
  int threads = 1;
  // Articles per batch (with several threads and overlap, the window holds
  // two batches). Small batches flush sooner (a streaming filter wants 1
  // per thread); large ones keep the threads busy.
  size_t batch = 256;
  // The store wants sentence texts and dates, quotes and profiles, and the
  // article's content hash (Article::content_hash, its deduplication key).
  bool keep_sentences = false;
  // Read and deliver while the other threads code (keeps every thread
  // busy). A streaming filter turns it off: it
  // must deliver an article before it waits for the next on its input.
  bool overlap = true;
  // Time every pipeline stage, and reading, output and storing on the
  // calling thread, into RunStats::stage_times (`dyad code --stage-times`).
  // Off by default: a plain run reads no clock per stage.
  bool stage_times = false;
};

struct RunStats {
  uint64_t articles = 0;
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t bytes = 0;
  // With RunOptions::stage_times: wall time per stage summed over every
  // thread ("read", the pipeline's components, "records", "output",
  // "store", and with several threads "idle, thread N": the time thread N
  // waited with nothing to code, 0 being the calling thread); with several
  // threads the stages overlap in time, so the total exceeds the run's wall
  // time and shares are of thread time.
  StageTimes stage_times;
};

// Reads every article from `reader`, codes it and calls `sink` per article,
// in input order, on the calling thread.
//
// `later`, if given, is then called for every article too, on the calling
// thread, in input order and after the article's `sink`, but possibly only
// while the next batch is being coded. It is for work nobody waits for
// article by article: a streaming filter (!overlap) must print an article
// before it waits for the next on its input, yet storing it (`dyad code -
// --db`) can run beside the coding of the next batch instead of between
// batches. With overlap, `later` follows `sink` at once (the whole delivery
// already runs beside the coding).
RunStats RunArticles(const Engine& engine, ArticleReader& reader, const RunOptions& options,
                     const std::function<void(CodedArticle&)>& sink,
                     const std::function<void(CodedArticle&)>& later = nullptr);

// Codes one article on the calling thread (tests, `dyad explain`).
// `times`, if given, receives each component's wall time and "records"
// (the event, quote and sentence rows taken from the coded doc).
void CodeArticle(const Engine& engine, Doc& doc, Article article, bool keep_sentences, CodedArticle* out,
                 StageTimes* times = nullptr);

}  // namespace dyad

#endif  // DYAD_ENGINE_RUNNER_H_
