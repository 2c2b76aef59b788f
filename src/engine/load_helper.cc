#include "engine/load_helper.h"

#include <thread>
#include <utility>

namespace dyad {

LoadHelper::LoadHelper() {
  // The thread holds the state too: it outlives this object when detached.
  std::thread([state = state_] { Run(state); }).detach();
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
