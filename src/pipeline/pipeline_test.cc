// The pipeline: components in order, replaced and removed by name, timed.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

namespace dyad {
namespace {

// Appends its name to the article text, so the order of runs shows; waits
// `sleep_ms` first, so its time is known from below.
class Mark : public Component {
 public:
  Mark(std::string name, int sleep_ms = 0) : name_(std::move(name)), sleep_ms_(sleep_ms) {}
  std::string_view name() const override { return name_; }
  void Run(Doc& doc) const override {
    if (sleep_ms_) std::this_thread::sleep_for(std::chrono::milliseconds(sleep_ms_));
    doc.article.text += name_ + ";";
  }

 private:
  std::string name_;
  int sleep_ms_;
};

std::string RunText(const Pipeline& p) {
  Doc doc;
  p.Run(doc);
  return doc.article.text;
}

TEST(PipelineTest, RunsInOrderAndEditsByName) {
  Pipeline p;
  p.Add(std::make_shared<Mark>("a")).Add(std::make_shared<Mark>("c"));
  p.InsertBefore("c", std::make_shared<Mark>("b"));
  EXPECT_EQ(RunText(p), "a;b;c;");
  EXPECT_TRUE(p.Remove("a"));
  EXPECT_FALSE(p.Remove("a"));
  EXPECT_FALSE(p.Replace(std::make_shared<Mark>("x")));
  EXPECT_EQ(RunText(p), "b;c;");
  Doc doc;
  p.RunUntil(doc, "b");
  EXPECT_EQ(doc.article.text, "b;");
}

// Each component's time goes to its own name, in pipeline order, summed
// over documents; the timed run does the same work as the plain one.
TEST(PipelineTest, StageTimesAddEachComponentsWallTime) {
  Pipeline p;
  p.Add(std::make_shared<Mark>("quick")).Add(std::make_shared<Mark>("slow", 20)).Add(std::make_shared<Mark>("last"));
  StageTimes times;
  for (int i = 0; i < 2; ++i) {
    Doc doc;
    p.Run(doc, &times);
    EXPECT_EQ(doc.article.text, RunText(p));
  }
  ASSERT_EQ(times.stages().size(), 3u);
  EXPECT_EQ(times.stages()[0].first, "quick");
  EXPECT_EQ(times.stages()[1].first, "slow");
  EXPECT_EQ(times.stages()[2].first, "last");
  EXPECT_GE(times.stages()[1].second, 40'000'000u);  // two runs of at least 20 ms
  EXPECT_LT(times.stages()[0].second, times.stages()[1].second);
  EXPECT_EQ(times.total(), times.stages()[0].second + times.stages()[1].second + times.stages()[2].second);

  StageTimes other;
  other.Add("slow", 5);
  other.Add("new", 7);
  uint64_t slow = times.stages()[1].second;
  times.Merge(other);
  ASSERT_EQ(times.stages().size(), 4u);
  EXPECT_EQ(times.stages()[1].second, slow + 5);
  EXPECT_EQ(times.stages()[3].first, "new");
  EXPECT_EQ(times.stages()[3].second, 7u);
}

}  // namespace
}  // namespace dyad
