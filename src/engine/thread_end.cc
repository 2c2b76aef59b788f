#include "engine/thread_end.h"

#include <atomic>

namespace dyad {

namespace {

// Read by threads as they start their work and written before the command
// starts any (see SetThreadsParkAtEnd), so relaxed order is enough; atomic
// only so that a test changing it between runs is not a data race.
std::atomic<bool> park_at_end{false};

// Nobody stores to it: ParkThisThread's wait never returns.
std::atomic<int> never_changes{0};

}  // namespace

void SetThreadsParkAtEnd(bool park) { park_at_end.store(park, std::memory_order_relaxed); }

bool ThreadsParkAtEnd() { return park_at_end.load(std::memory_order_relaxed); }

void ParkThisThread() {
  // wait() may return spuriously; the value never changes, so wait again.
  for (;;) never_changes.wait(0, std::memory_order_relaxed);
}

}  // namespace dyad
