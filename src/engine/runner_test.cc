// The runner: input order kept and output identical for any thread count.
#include "engine/runner.h"

#include <gtest/gtest.h>

#include "output/json_writer.h"

namespace dyad {
namespace {

std::string CodeExamples(int threads, size_t batch, bool overlap = true) {
  std::string error;
  static std::unique_ptr<Engine> engine = Engine::Load(EngineOptions{}, &error);
  EXPECT_NE(engine, nullptr) << error;
  ArticleReader reader({std::string(DYAD_SOURCE_DIR) + "/examples"});
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
}

}  // namespace
}  // namespace dyad
