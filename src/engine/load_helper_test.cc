// The start-up helper thread (engine/load_helper.h): tasks run on another
// thread, one at a time, in the order posted; Finish and the destructor
// return only once every posted task has run.
#include "engine/load_helper.h"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LoadHelperTest, RunsTasksInTheOrderPostedOnAnotherThread) {
  std::vector<int> order;  // written by the helper only, read after Finish
  std::atomic<bool> other_thread{true};
  const std::thread::id here = std::this_thread::get_id();
  LoadHelper helper;
  for (int i = 0; i < 20; ++i)
    helper.Post([&, i] {
      if (std::this_thread::get_id() == here) other_thread = false;
      // The first task sleeps: a helper that ran tasks side by side, or
      // out of order, would put the later ones first.
      if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      order.push_back(i);
    });
  helper.Finish();
  ASSERT_EQ(order.size(), 20u);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(order[i], i);
  EXPECT_TRUE(other_thread);
}

TEST(LoadHelperTest, ATaskPostedAfterAnotherMayWaitForThePosterWhileItRuns) {
  // Engine::Load's pattern: the first task's result is waited for by the
  // poster only after it has posted the second; each hands its result
  // through a promise it owns.
  LoadHelper helper;
  auto first = std::make_shared<std::promise<int>>();
  auto second = std::make_shared<std::promise<int>>();
  std::future<int> a = first->get_future(), b = second->get_future();
  helper.Post([p = first] { p->set_value(1); });
  helper.Post([p = second] { p->set_value(2); });
  EXPECT_EQ(b.get(), 2);
  EXPECT_EQ(a.get(), 1);
}

TEST(LoadHelperTest, TheDestructorWaitsForEveryPostedTask) {
  std::atomic<int> done{0};
  {
    LoadHelper helper;
    for (int i = 0; i < 3; ++i)
      helper.Post([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        done.fetch_add(1);
      });
  }  // an early return from Engine::Load: no task may run after it
  EXPECT_EQ(done.load(), 3);
}

TEST(LoadHelperTest, FinishWithNothingPostedReturns) {
  LoadHelper helper;
  helper.Finish();
  helper.Finish();  // the destructor calls it again
  SUCCEED();
}

}  // namespace
}  // namespace dyad
