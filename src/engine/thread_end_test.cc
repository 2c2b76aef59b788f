// Threads that park at the end of their work (engine/thread_end.h): the
// output does not change, a parked thread stays until the process exits,
// and with the switch off (the default) every thread is gone after the run.
#include "engine/thread_end.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>

#include "config/paths.h"
#include "engine/load_helper.h"
#include "engine/runner.h"
#include "output/json_writer.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Threads of this process, as the kernel lists them.
size_t Threads() {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator("/proc/self/task")) ++n;
  return n;
}

// Waits up to two seconds for the thread count to come down to `n` (a
// thread that has been joined or has exited may still be listed for a
// moment); returns the last count seen.
size_t SettlesAt(size_t n) {
  size_t now = Threads();
  for (int i = 0; i < 200 && now > n; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    now = Threads();
  }
  return now;
}

// The thread count once it has stopped falling. A parked thread stays for
// the life of the process, so when the tests share one process (the test
// binary run by hand rather than one test a process under CTest) the
// threads parked by an earlier test are still there; each test counts from
// here instead of from one.
size_t Baseline() {
  size_t now = Threads();
  for (int i = 0, same = 0; i < 200 && same < 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const size_t next = Threads();
    same = next == now ? same + 1 : 0;
    now = next;
  }
  return now;
}

// Turns the switch on for one scope, and off again on every way out.
struct ParkingOn {
  ParkingOn() { SetThreadsParkAtEnd(true); }
  ~ParkingOn() { SetThreadsParkAtEnd(false); }
};

// The engine, loaded with the switch off (its load helper exits after the
// load; the tests' Baseline() waits for that).
const Engine& LoadedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    std::string error;
    auto e = Engine::Load(EngineOptions{}, &error);
    EXPECT_NE(e, nullptr) << error;
    return e;
  }();
  return *engine;
}

std::string Code(const Engine& engine, int threads, size_t batch) {
  ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
  RunOptions opts;
  opts.threads = threads;
  opts.batch = batch;
  std::string out;
  RunArticles(engine, reader, opts, [&](CodedArticle& a) {
    for (const EventRecord& r : a.events) AppendJsonRecord(r, &out);
  });
  return out;
}

TEST(ThreadEndTest, WorkersThatParkCodeTheSameAndStay) {
  const Engine& engine = LoadedEngine();
  const size_t base = Baseline();
  const std::string one = Code(engine, 1, 256);
  ASSERT_FALSE(one.empty());
  ASSERT_FALSE(ThreadsParkAtEnd());  // the default
  // Off: the two workers are joined, so none is left.
  EXPECT_EQ(one, Code(engine, 3, 2));
  EXPECT_EQ(SettlesAt(base), base);
  ParkingOn on;
  // On: the same events, in the same order, from a ring reused many times;
  // the run returns while its two workers stay parked.
  EXPECT_EQ(one, Code(engine, 3, 2));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(Threads(), base + 2);
  // One thread starts no worker, so nothing more parks.
  EXPECT_EQ(one, Code(engine, 1, 256));
  EXPECT_EQ(Threads(), base + 2);
}

TEST(ThreadEndTest, ParkedWorkersAreWaitedForWhenTheSinkThrows) {
  const Engine& engine = LoadedEngine();
  const size_t base = Baseline();
  ParkingOn on;
  ArticleReader reader({std::string(dyad::SourceDir()) + "/examples"});
  RunOptions opts;
  opts.threads = 2;
  opts.batch = 2;
  int seen = 0;
  EXPECT_THROW(RunArticles(engine, reader, opts,
                           [&](CodedArticle&) {
                             if (++seen == 5) throw std::runtime_error("disk full");
                           }),
               std::runtime_error);
  EXPECT_EQ(seen, 5);
  // Detached, not joined (an unjoined std::thread would end the process),
  // and parked, not exited.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(Threads(), base + 1);
}

TEST(ThreadEndTest, TheLoadHelperParksOnlyWhenAsked) {
  const size_t base = Baseline();
  int ran = 0;
  {
    LoadHelper helper;  // the switch is off: its thread exits when done
    helper.Post([&] { ++ran; });
  }
  EXPECT_EQ(SettlesAt(base), base);
  {
    ParkingOn on;
    LoadHelper helper;  // reads the switch as it starts its thread
    helper.Post([&] { ++ran; });
  }
  EXPECT_EQ(ran, 2);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(Threads(), base + 1);
}

}  // namespace
}  // namespace dyad
