// The runner: input order kept and output identical for any thread count.
#include "engine/runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "config/paths.h"
#include "output/json_writer.h"
#include "text/normalize.h"

namespace dyad {
namespace {

std::string CodeExamples(int threads, size_t batch, bool overlap = true) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  EXPECT_NE(engine, nullptr) << error;
  ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
  RunOptions opts;
  opts.threads = threads;
  opts.batch = batch;
  opts.overlap = overlap;
  std::string out;
  std::vector<std::string> order;
  RunStats stats = RunArticles(*engine, reader, opts, [&](CodedArticle& a) {
    order.push_back(a.article.id);
    for (const EventRecord& r : a.events) AppendJsonRecord(r, &out);
  });
  EXPECT_EQ(stats.articles, 16u);  // the files in examples/
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));  // the reader walks folders in sorted order
  return out;
}

TEST(RunnerTest, SameOutputForAnyThreadCount) {
  std::string one = CodeExamples(1, 256);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one, CodeExamples(2, 256));
  EXPECT_EQ(one, CodeExamples(2, 3));
  EXPECT_EQ(one, CodeExamples(3, 1));
  // Overlapped batches (read and deliver while coding) with a last batch
  // shorter than the others, and the streaming mode that does not overlap.
  EXPECT_EQ(one, CodeExamples(2, 4));
  EXPECT_EQ(one, CodeExamples(2, 2, false));
  // The continuous window (several threads, overlapped) with a ring
  // smaller than the input, so slots are reused many times, and more
  // threads than the smallest ring has articles to spare.
  EXPECT_EQ(one, CodeExamples(4, 1));
  EXPECT_EQ(one, CodeExamples(3, 2));
}

// A sink that throws leaves RunArticles with the exception, its worker
// threads joined (an unjoined std::thread would end the process), in the
// window mode and the batch mode alike.
TEST(RunnerTest, AThrowingSinkJoinsTheWorkers) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  ASSERT_NE(engine, nullptr) << error;
  for (bool overlap : {true, false}) {
    SCOPED_TRACE(overlap);
    ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
    RunOptions opts;
    opts.threads = 2;
    opts.batch = 2;
    opts.overlap = overlap;
    int seen = 0;
    EXPECT_THROW(RunArticles(*engine, reader, opts,
                             [&](CodedArticle&) {
                               if (++seen == 5) throw std::runtime_error("disk full");
                             }),
                 std::runtime_error);
    EXPECT_EQ(seen, 5);
  }
}

// --stage-times: every component of the pipeline, plus reading, records
// and output, is timed, for any thread count; the events do not change.
TEST(RunnerTest, StageTimesCoverEveryStageAndChangeNothing) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  ASSERT_NE(engine, nullptr) << error;
  const std::string plain = CodeExamples(1, 256);
  for (int threads : {1, 2}) {
    SCOPED_TRACE(threads);
    ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
    RunOptions opts;
    opts.threads = threads;
    opts.stage_times = true;
    std::string out;
    RunStats stats = RunArticles(*engine, reader, opts, [&](CodedArticle& a) {
      for (const EventRecord& r : a.events) AppendJsonRecord(r, &out);
    });
    EXPECT_EQ(out, plain);
    std::vector<std::string> names;
    for (const auto& [name, ns] : stats.stage_times.stages()) names.push_back(name);
    for (std::string_view component : engine->pipeline().names())
      EXPECT_NE(std::find(names.begin(), names.end(), component), names.end()) << component;
    for (const char* extra : {"read", "records", "output"})
      EXPECT_NE(std::find(names.begin(), names.end(), extra), names.end()) << extra;
    EXPECT_GT(stats.stage_times.total(), 0u);
    // Each thread's waiting is reported with several threads, not with one
    // (which never waits).
    for (int w = 0; w < 2; ++w) {
      const std::string idle = "idle, thread " + std::to_string(w);
      EXPECT_EQ(std::find(names.begin(), names.end(), idle) != names.end(), threads > 1) << idle;
    }
  }
  // Off by default: nothing is timed.
  ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
  RunStats stats = RunArticles(*engine, reader, RunOptions{}, [](CodedArticle&) {});
  EXPECT_TRUE(stats.stage_times.stages().empty());
}

// `later` sees every article once, in input order, after the article's
// sink, with the same content, in every mode; when streaming, the sink of
// an article is not held back by `later` work of its batch.
TEST(RunnerTest, LaterWorkFollowsEachArticleInOrder) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  ASSERT_NE(engine, nullptr) << error;
  struct Mode {
    int threads;
    size_t batch;
    bool overlap;
  };
  std::string first_sunk;
  for (const Mode& m : {Mode{1, 256, true}, Mode{2, 3, true}, Mode{2, 2, false}, Mode{3, 3, false}, Mode{1, 1, false}}) {
    SCOPED_TRACE(testing::Message() << m.threads << " threads, batch " << m.batch << ", overlap " << m.overlap);
    ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
    RunOptions opts;
    opts.threads = m.threads;
    opts.batch = m.batch;
    opts.overlap = m.overlap;
    std::vector<std::string> log;  // "s ID" for a sink call, "l ID" for a later call
    std::string sunk, later;
    RunArticles(
        *engine, reader, opts,
        [&](CodedArticle& a) {
          log.push_back("s " + a.article.id);
          for (const EventRecord& r : a.events) AppendJsonRecord(r, &sunk);
        },
        [&](CodedArticle& a) {
          log.push_back("l " + a.article.id);
          for (const EventRecord& r : a.events) AppendJsonRecord(r, &later);
        });
    EXPECT_FALSE(sunk.empty());
    EXPECT_EQ(sunk, later);
    if (first_sunk.empty()) first_sunk = sunk;
    EXPECT_EQ(sunk, first_sunk);
    std::vector<std::string> sinks, laters;
    for (size_t i = 0; i < log.size(); ++i) {
      const std::string id = log[i].substr(2);
      if (log[i][0] == 's') {
        sinks.push_back(id);
      } else {
        laters.push_back(id);
        // Its sink came first.
        EXPECT_NE(std::find(log.begin(), log.begin() + static_cast<long>(i), "s " + id), log.begin() + static_cast<long>(i)) << id;
      }
    }
    EXPECT_EQ(sinks.size(), 16u);
    EXPECT_EQ(sinks, laters);
    EXPECT_TRUE(std::is_sorted(sinks.begin(), sinks.end()));
    if (!m.overlap && m.threads > 1) {
      // Streaming: the first batch is sunk whole before any of its `later`
      // work, which runs beside the coding of the second batch, so before
      // that batch is sunk.
      const auto pos = [&](const std::string& entry) { return std::find(log.begin(), log.end(), entry) - log.begin(); };
      EXPECT_LT(pos("s " + sinks[m.batch - 1]), pos("l " + sinks[0]));
      EXPECT_LT(pos("l " + sinks[0]), pos("s " + sinks[m.batch]));
    }
  }
}

// The content hash is the store's deduplication key and only the store reads
// it: CodeArticle computes it, from the normalised text, when the store's
// rows are asked for (keep_sentences), and leaves it empty otherwise.
TEST(RunnerTest, ContentHashOnlyForTheStore) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  ASSERT_NE(engine, nullptr) << error;
  auto code = [&](std::string text, bool keep) {
    Article a;
    a.id = "hash-test";
    a.lang = "en";
    a.text = std::move(text);
    Doc doc;
    CodedArticle out;
    CodeArticle(*engine, doc, std::move(a), keep, &out);
    return out.article;
  };
  // Two spellings of one text: a CRLF and a double space normalise away.
  const Article crlf = code("The envoys met in Lima.\r\n\r\nThey  talked for hours.", true);
  const Article plain = code("The envoys met in Lima.\n\nThey talked for hours.", true);
  EXPECT_EQ(crlf.text, plain.text);
  EXPECT_EQ(crlf.content_hash, ContentHash(crlf.text));
  EXPECT_EQ(crlf.content_hash, plain.content_hash);
  EXPECT_EQ(crlf.content_hash.size(), 32u);
  EXPECT_NE(code("The envoys met in Quito.", true).content_hash, plain.content_hash);
  // Without the store: nothing computed.
  EXPECT_TRUE(code("The envoys met in Lima.", false).content_hash.empty());
}

}  // namespace
}  // namespace dyad
