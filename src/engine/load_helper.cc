#include "engine/load_helper.h"

#include <thread>
#include <utility>

#include "engine/thread_end.h"

namespace dyad {

LoadHelper::LoadHelper() {
  // The thread holds the state too: it outlives this object when detached.
  // In a process that exits right after its run it parks when its tasks
  // are done instead of exiting (engine/thread_end.h): its exit, mimalloc
  // handing back the heap of everything it loaded, was 3.3M instructions
  // on a core the coding threads had started on.
  std::thread([state = state_, park = ThreadsParkAtEnd()] {
    Run(state);  // returns with the state's mutex released
    if (park) ParkThisThread();
  }).detach();
}

void LoadHelper::Post(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->tasks.push_back(std::move(task));
  }
  state_->changed.notify_all();
}

void LoadHelper::Finish() {
  std::unique_lock<std::mutex> lock(state_->mutex);
  state_->finishing = true;
  state_->changed.notify_all();
  state_->changed.wait(lock, [&] { return state_->tasks.empty() && !state_->running; });
}

void LoadHelper::Run(const std::shared_ptr<State>& state) {
  std::unique_lock<std::mutex> lock(state->mutex);
  for (;;) {
    state->changed.wait(lock, [&] { return !state->tasks.empty() || state->finishing; });
    if (state->tasks.empty()) return;  // finishing, nothing left: Finish has returned or will
    std::function<void()> task = std::move(state->tasks.front());
    state->tasks.pop_front();
    state->running = true;
    lock.unlock();
    task();
    task = nullptr;  // its captures go before Finish can return
    lock.lock();
    state->running = false;
    state->changed.notify_all();
  }
}

}  // namespace dyad
