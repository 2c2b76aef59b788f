// How the threads a run starts end: exit, or park until the process exits.
//
// Why parking: a thread's exit runs its thread-local destructors and
// mimalloc's teardown of the thread's heap (every page it owns visited,
// freed or handed to the process). Callgrind on te3silver with two threads
// (stop 32): 4.5M instructions at the coding worker's exit, which the
// calling thread waits for when it joins the worker at the end of the run,
// and 3.3M at the load helper's exit, on the second core while the coding
// starts. A process that exits right after the run (`dyad code`) gets the
// same memory back from the kernel at once, so it asks its threads to park
// instead: each blocks for good (ParkThisThread) once its work is done and
// touches nothing after, and the process's exit ends it. Off by default:
// a library user or a test that runs many times would keep every parked
// thread (and its heap) for the life of the process.
#ifndef DYAD_ENGINE_THREAD_END_H_
#define DYAD_ENGINE_THREAD_END_H_

namespace dyad {

// Whether threads started from now on park when their work ends (a
// process-wide choice, made by the command before it starts any).
void SetThreadsParkAtEnd(bool park);
bool ThreadsParkAtEnd();

// Blocks the calling thread until the process exits: every signal blocked,
// then pause() (it reads no memory the process's exit destroys).
[[noreturn]] void ParkThisThread();

}  // namespace dyad

#endif  // DYAD_ENGINE_THREAD_END_H_
