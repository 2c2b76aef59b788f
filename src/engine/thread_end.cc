#include "engine/thread_end.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>

namespace dyad {

namespace {

// Read by threads as they start their work and written before the command
// starts any (see SetThreadsParkAtEnd), so relaxed order is enough; atomic
// only so that a test changing it between runs is not a data race.
std::atomic<bool> park_at_end{false};

}  // namespace

void SetThreadsParkAtEnd(bool park) { park_at_end.store(park, std::memory_order_relaxed); }

bool ThreadsParkAtEnd() { return park_at_end.load(std::memory_order_relaxed); }

void ParkThisThread() {
  // Not std::atomic::wait: libstdc++ keeps its waiters in 16 buckets by
  // address, and a bucket with a waiter in it makes every notify_all on an
  // address of that bucket a futex system call. A thread parked there for
  // good did that to the run's window, whose 64-byte aligned flags all share
  // one bucket (a notify per article read and per article coded): two
  // threads on te3silver were 8-14 ms slower. With every signal blocked,
  // pause() never returns and no signal handler runs on this thread (the
  // process's signals go to its other threads); it touches no memory.
  sigset_t all;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, nullptr);
  for (;;) pause();
}

}  // namespace dyad
