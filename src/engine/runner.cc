#include "engine/runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "engine/thread_end.h"
#include "text/normalize.h"

namespace dyad {

namespace {

using Clock = std::chrono::steady_clock;

uint64_t Nanoseconds(Clock::time_point since) {
  return static_cast<uint64_t>(std::chrono::nanoseconds(Clock::now() - since).count());
}

}  // namespace

void CodeArticle(const Engine& engine, Doc& doc, Article article, bool keep_sentences, CodedArticle* out,
                 StageTimes* times) {
  doc.Clear();
  doc.article = std::move(article);
  if (times)
    engine.Code(doc, times);
  else
    engine.Code(doc);
  const Clock::time_point records_start = times ? Clock::now() : Clock::time_point();
  out->events.clear();
  engine.Records(doc, &out->events);
  out->sentence_count = static_cast<uint32_t>(doc.sentences.size());
  out->quotes.clear();
  out->sentences.clear();
  out->sentence_dates.clear();
  out->profiles.clear();
  // Only the store reads quotes, profiles and sentences; flattening the
  // quotes of every article for JSON output cost 1% of the coding loop.
  if (keep_sentences) {
    // The hash of the normalised text, computed in the worker (not in the
    // sink, which runs on one thread) and only for the store, its one
    // reader.
    doc.article.content_hash = ContentHash(doc.article.text);
    engine.Quotes(doc, &out->quotes);
    engine.Profiles(doc, &out->profiles);
    for (const Sentence& s : doc.sentences) {
      out->sentences.emplace_back(doc.text(s.span));
      out->sentence_dates.push_back(s.date.valid() ? s.date.str() : "");
    }
  }
  out->article = std::move(doc.article);
  if (times) times->Add("records", Nanoseconds(records_start));
}

namespace {

// Worker threads that live for the whole run. Each batch, the caller
// publishes its size and bumps the generation; every worker codes articles
// from the shared counter until the batch is exhausted, then reports done.
// (Spawning threads per batch cost more than coding a batch when streaming
// stdin, where a batch is one article per thread.) Results are written to
// results[i] for input i, so the order, and the output, do not depend on
// which thread coded what.
class WorkerPool {
 public:
  using Work = std::function<void(size_t worker, size_t count)>;
  // `idle`, if given, has one entry per thread and receives the nanoseconds
  // each waits for the others (worker 0, the caller, at a batch's end; the
  // others for the next batch): the time a batch barrier costs.
  WorkerPool(int threads, Work work, std::vector<uint64_t>* idle = nullptr) : work_(std::move(work)), idle_(idle) {
    for (int w = 1; w < threads; ++w) pool_.emplace_back([this, w] { Loop(static_cast<size_t>(w)); });
  }
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    start_.notify_all();
    for (std::thread& t : pool_) t.join();
  }
  // Codes one batch of `count` articles on every thread, the caller's
  // included (as worker 0); returns when all are done.
  void Run(size_t count) {
    Start(count);
    Finish();
  }
  // Run in two halves, so the caller can do serial work (deliver the last
  // batch, read the next) while the other workers code this one: Start
  // wakes them, Finish joins in as worker 0 and waits for the batch.
  void Start(size_t count) {
    count_ = count;
    if (pool_.empty()) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      running_ = pool_.size();
      ++generation_;
    }
    start_.notify_all();
  }
  void Finish() {
    work_(0, count_);
    if (pool_.empty()) return;
    const Clock::time_point start = idle_ ? Clock::now() : Clock::time_point();
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [this] { return running_ == 0; });
    if (idle_) (*idle_)[0] += Nanoseconds(start);
  }

 private:
  void Loop(size_t w) {
    uint64_t seen = 0;
    for (;;) {
      size_t count;
      {
        const Clock::time_point start = idle_ ? Clock::now() : Clock::time_point();
        std::unique_lock<std::mutex> lock(mu_);
        start_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (idle_ && !stop_) (*idle_)[w] += Nanoseconds(start);
        if (stop_) return;
        seen = generation_;
        count = count_;
      }
      work_(w, count);
      std::lock_guard<std::mutex> lock(mu_);
      if (--running_ == 0) done_.notify_one();
    }
  }

  Work work_;
  std::vector<uint64_t>* idle_;
  std::vector<std::thread> pool_;
  std::mutex mu_;
  std::condition_variable start_, done_;
  uint64_t generation_ = 0;
  size_t count_ = 0, running_ = 0;
  bool stop_ = false;
};

// Several threads, overlapped: a continuous window instead of batches.
//
// A batch ends at a barrier: every thread waits for the batch's slowest
// article, and the workers wait again while the caller wakes them for the
// next one. With --stage-times that idle time was 3-7% of thread time on two
// threads (stop 26), most of the gap between two threads and two separate
// processes. Here the articles sit in a ring of `window` slots, numbered in
// input order: the caller reads into free slots and publishes how many it
// has read; every thread, the caller included, claims the next unclaimed
// article from a counter; the caller delivers the head article as soon as it
// is done, which frees its slot. Nobody waits unless there is nothing to
// code: the workers when every read article is taken, the caller when, in
// addition, the head is still being coded. Memory stays bounded by the
// window (two batches' worth, as before); the sink still sees the articles
// in input order on the calling thread, so the output does not change.
RunStats RunWindow(const Engine& engine, ArticleReader& reader, const RunOptions& options, int threads,
                   size_t window, const std::function<void(CodedArticle&)>& sink,
                   const std::function<void(CodedArticle&)>& later) {
  RunStats stats;
  std::vector<Article> inputs(window);
  std::vector<CodedArticle> results(window);
  std::vector<Doc> docs(static_cast<size_t>(threads));
  // Each on its own cache line: `done` flags are written by the coder of a
  // slot and polled by the caller, the counters by every thread.
  struct alignas(64) Flag {
    std::atomic<uint64_t> value{0};
  };
  std::vector<Flag> done(window);  // article i's slot holds i + 1 once it is coded
  // (articles read) * 2, plus 1 once the input is exhausted: one word, so a
  // waiting worker wakes for either.
  Flag published, claimed;
  std::vector<StageTimes> times(options.stage_times ? static_cast<size_t>(threads) : 0);
  std::vector<uint64_t> idle(options.stage_times ? static_cast<size_t>(threads) : 0);
  StageTimes* caller = options.stage_times ? &times[0] : nullptr;

  // Claims the next read, unclaimed article; false if there is none now.
  auto claim = [&](uint64_t* i) {
    uint64_t c = claimed.value.load(std::memory_order_relaxed);
    while (c < published.value.load(std::memory_order_acquire) / 2)
      if (claimed.value.compare_exchange_weak(c, c + 1, std::memory_order_relaxed)) {
        *i = c;
        return true;
      }
    return false;
  };
  auto code = [&](size_t w, uint64_t i) {
    const size_t s = i % window;
    CodeArticle(engine, docs[w], std::move(inputs[s]), options.keep_sentences, &results[s],
                options.stage_times ? &times[w] : nullptr);
    done[s].value.store(i + 1, std::memory_order_release);
    done[s].value.notify_all();
  };
  auto work = [&](size_t w) {
    for (;;) {
      uint64_t i;
      if (claim(&i)) {
        code(w, i);
        continue;
      }
      const uint64_t seen = published.value.load(std::memory_order_acquire);
      if (seen & 1 && claimed.value.load(std::memory_order_relaxed) >= seen / 2) return;
      // Re-check after loading `seen`: the caller may have published between
      // the failed claim and the load, and then no change would wake us.
      if (claimed.value.load(std::memory_order_relaxed) < seen / 2) continue;
      const Clock::time_point start = options.stage_times ? Clock::now() : Clock::time_point();
      published.value.wait(seen, std::memory_order_acquire);
      if (options.stage_times) idle[w] += Nanoseconds(start);
    }
  };
  uint64_t read = 0, delivered = 0;
  // Workers that park when done (engine/thread_end.h: the process exits
  // right after the run) count themselves here as their last act on the
  // run's state; on the heap and shared with each thread, because a parked
  // thread keeps its reference after this frame is gone.
  struct Finished {
    std::atomic<uint64_t> count{0};
  };
  const auto finished = ThreadsParkAtEnd() ? std::make_shared<Finished>() : nullptr;
  // Joins the workers on every way out, a throwing sink or reader included
  // (as WorkerPool's destructor does): marking the input exhausted lets
  // them finish what was read and return. A parking worker is not joined
  // (it never exits): it is waited for until it has counted itself in
  // `finished`, after which it reads and writes nothing of this frame, and
  // then detached.
  struct Joiner {
    std::vector<std::thread> threads;
    Flag* published;
    const uint64_t* read;
    Finished* finished;
    void Join() {
      if (threads.empty()) return;
      published->value.store(*read * 2 + 1, std::memory_order_release);
      published->value.notify_all();
      if (finished) {
        // Acquire: the workers' results, times and idle counts, written
        // before their count, are seen after it.
        for (uint64_t seen; (seen = finished->count.load(std::memory_order_acquire)) < threads.size();)
          finished->count.wait(seen, std::memory_order_acquire);
        for (std::thread& t : threads) t.detach();
      } else {
        for (std::thread& t : threads) t.join();
      }
      threads.clear();
    }
    ~Joiner() { Join(); }
  } pool{{}, &published, &read, finished.get()};
  for (int w = 1; w < threads; ++w) {
    if (finished) {
      pool.threads.emplace_back([work, w, finished] {
        work(static_cast<size_t>(w));
        finished->count.fetch_add(1, std::memory_order_release);
        finished->count.notify_all();  // `finished` is this thread's own reference: still alive
        ParkThisThread();
      });
    } else {
      pool.threads.emplace_back(work, static_cast<size_t>(w));
    }
  }

  bool more = true;
  auto timed = [caller](const char* stage, auto&& f) {
    const Clock::time_point start = caller ? Clock::now() : Clock::time_point();
    f();
    if (caller) caller->Add(stage, Nanoseconds(start));
  };
  for (;;) {
    // Deliver every finished article at the head, in input order.
    while (delivered < read && done[delivered % window].value.load(std::memory_order_acquire) == delivered + 1) {
      CodedArticle& a = results[delivered % window];
      ++stats.articles;
      stats.sentences += a.sentence_count;
      stats.events += a.events.size();
      stats.bytes += a.article.text.size();
      timed("output", [&] { sink(a); });
      if (later) timed("store", [&] { later(a); });
      ++delivered;
    }
    // Refill the free slots, publishing each article at once so that an
    // idle worker starts on it while the rest are read.
    if (more && read - delivered < window) {
      timed("read", [&] {
        while (read - delivered < window && (more = reader.Next(&inputs[read % window]))) {
          ++read;
          published.value.store(read * 2, std::memory_order_release);
          published.value.notify_all();
        }
      });
      if (!more) {
        published.value.store(read * 2 + 1, std::memory_order_release);
        published.value.notify_all();
      }
    }
    uint64_t i;
    if (claim(&i)) {
      code(0, i);
      continue;
    }
    if (delivered == read) {
      if (!more) break;
      continue;  // everything delivered, the window is free: read on
    }
    // Nothing to code and the head is still being coded elsewhere: wait.
    Flag& head = done[delivered % window];
    const uint64_t seen = head.value.load(std::memory_order_acquire);
    if (seen == delivered + 1) continue;
    const Clock::time_point start = caller ? Clock::now() : Clock::time_point();
    head.value.wait(seen, std::memory_order_acquire);
    if (caller) idle[0] += Nanoseconds(start);
  }
  pool.Join();  // before the workers' times and idle counts are read
  if (caller) {
    for (const StageTimes& t : times) stats.stage_times.Merge(t);
    for (size_t w = 0; w < idle.size(); ++w) stats.stage_times.Add("idle, thread " + std::to_string(w), idle[w]);
  }
  return stats;
}

}  // namespace

RunStats RunArticles(const Engine& engine, ArticleReader& reader, const RunOptions& options,
                     const std::function<void(CodedArticle&)>& sink,
                     const std::function<void(CodedArticle&)>& later) {
  RunStats stats;
  const int threads = std::max(1, options.threads);
  const size_t batch_size = std::max<size_t>(options.batch, static_cast<size_t>(threads));
  if (threads > 1 && options.overlap)
    return RunWindow(engine, reader, options, threads, 2 * batch_size, sink, later);
  // Two batches of buffers: while the workers code one, the calling thread
  // delivers the previous one and reads the next into the other.
  std::vector<Article> inputs[2] = {std::vector<Article>(batch_size), std::vector<Article>(batch_size)};
  std::vector<CodedArticle> results[2] = {std::vector<CodedArticle>(batch_size),
                                          std::vector<CodedArticle>(batch_size)};
  std::vector<Doc> docs(static_cast<size_t>(threads));
  // Workers take the next article from a shared counter, so one long
  // article does not leave the other threads idle. `slot` is the batch being
  // coded; it is written before WorkerPool::Start, whose mutex publishes it.
  std::atomic<size_t> next{0};
  int slot = 0;
  // Stage times: one StageTimes per worker and one for this thread, merged
  // into stats when the run ends (no lock on the way).
  std::vector<StageTimes> worker_times(options.stage_times ? static_cast<size_t>(threads) : 0);
  std::vector<uint64_t> idle(options.stage_times ? static_cast<size_t>(threads) : 0);
  StageTimes caller_times;
  StageTimes* caller = options.stage_times ? &caller_times : nullptr;
  auto timed = [caller](const char* stage, auto&& work) {
    const Clock::time_point start = caller ? Clock::now() : Clock::time_point();
    if constexpr (std::is_void_v<decltype(work())>) {
      work();
      if (caller) caller->Add(stage, Nanoseconds(start));
    } else {
      auto result = work();
      if (caller) caller->Add(stage, Nanoseconds(start));
      return result;
    }
  };
  WorkerPool pool(threads, [&](size_t w, size_t count) {
    StageTimes* times = options.stage_times ? &worker_times[w] : nullptr;
    for (size_t i; (i = next.fetch_add(1)) < count;)
      CodeArticle(engine, docs[w], std::move(inputs[slot][i]), options.keep_sentences, &results[slot][i], times);
  }, options.stage_times && threads > 1 ? &idle : nullptr);
  bool more = true;
  auto read = [&](int b) {
    return timed("read", [&] {
      size_t n = 0;
      while (more && n < batch_size && (more = reader.Next(&inputs[b][n]))) ++n;
      return n;
    });
  };
  // Called on every way out: the workers are idle by then.
  auto done = [&] {
    if (caller) {
      stats.stage_times = caller_times;
      for (const StageTimes& t : worker_times) stats.stage_times.Merge(t);
      if (threads > 1)
        for (size_t w = 0; w < idle.size(); ++w) stats.stage_times.Add("idle, thread " + std::to_string(w), idle[w]);
    }
    return stats;
  };
  // `with_later`: call `later` right after each `sink`, else the caller
  // does it with finish_later when it can overlap with coding.
  auto deliver = [&](int b, size_t n, bool with_later) {
    for (size_t i = 0; i < n; ++i) {
      ++stats.articles;
      stats.sentences += results[b][i].sentence_count;
      stats.events += results[b][i].events.size();
      stats.bytes += results[b][i].article.text.size();
      timed("output", [&] { sink(results[b][i]); });
      if (with_later && later) timed("store", [&] { later(results[b][i]); });
    }
  };
  auto finish_later = [&](int b, size_t n) {
    if (later)
      for (size_t i = 0; i < n; ++i) timed("store", [&] { later(results[b][i]); });
  };
  // One thread: read, code, deliver, one batch at a time.
  if (threads == 1) {
    for (size_t n; (n = read(0)) > 0;) {
      next.store(0);
      pool.Run(n);
      deliver(0, n, true);
    }
    return done();
  }
  // A streaming filter must deliver an article before it reads the next:
  // read, code, deliver one batch at a time, but the `later` work of the
  // batch before runs while the other threads code this one (slots
  // alternate so that batch's results are still there).
  if (!options.overlap) {
    size_t previous = 0;
    for (size_t n; (n = read(slot)) > 0;) {
      next.store(0);
      pool.Start(n);
      finish_later(1 - slot, previous);
      pool.Finish();
      deliver(slot, n, false);
      previous = n;
      slot = 1 - slot;
    }
    finish_later(1 - slot, previous);
    return done();
  }
  // Overlapped: with batch k coding in `slot`, batch k-1 is delivered and
  // batch k+1 read from the other slot. The sink still sees articles in
  // input order on this thread, so the output does not change.
  size_t n = read(slot), previous = 0;
  while (n > 0) {
    next.store(0);
    pool.Start(n);
    const int other = 1 - slot;
    deliver(other, previous, true);
    const size_t following = read(other);
    pool.Finish();
    previous = n;
    n = following;
    slot = other;
  }
  deliver(1 - slot, previous, true);
  return done();
}

}  // namespace dyad
