// A thread for start-up's work beside the main thread (Engine::Load): it
// runs the tasks posted to it one after the other, in the order posted.
//
// Why one thread for several tasks: start-up runs on two cores, and a
// thread per task (the English models, then the verb section of our
// dictionaries) left the verb section waiting for a core while the models'
// thread ran and then exited (mimalloc handing back its heap, ~1 ms under a
// real-time scheduler that does not share a core), though the models were
// done; the verb section, start-up's longest restore, then ended last.
// Posted to the thread that loaded the models, it starts as they end.
//
// Results travel by std::promise, owned by the task (shared_ptr: a
// std::function must be copyable), so a task touches nothing of its
// poster's frame after its set_value. The thread is detached: its exit
// (freeing its heap) is no one's wait. Finish(), also run by the
// destructor, waits until every posted task has run, so no task outlives
// the Load that posted it, on an early return included.
#ifndef DYAD_ENGINE_LOAD_HELPER_H_
#define DYAD_ENGINE_LOAD_HELPER_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace dyad {

class LoadHelper {
 public:
  LoadHelper();
  ~LoadHelper() { Finish(); }
  LoadHelper(const LoadHelper&) = delete;
  LoadHelper& operator=(const LoadHelper&) = delete;

  // Runs `task` on the helper thread after the tasks posted before it. A
  // task must not throw (it would end the process): it hands an exception
  // on through its promise.
  void Post(std::function<void()> task);
  // Waits until every posted task has run; the thread then exits on its
  // own. Nothing may be posted after.
  void Finish();

 private:
  struct State {
    std::mutex mutex;
    std::condition_variable changed;  // a task posted, one done, or finishing
    std::deque<std::function<void()>> tasks;
    bool running = false;  // the thread is running a task it took off `tasks`
    bool finishing = false;
  };
  static void Run(const std::shared_ptr<State>& state);
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace dyad

#endif  // DYAD_ENGINE_LOAD_HELPER_H_
