#include "fuzz/cpython_deadline.hpp"

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <atomic>
#include <thread>

namespace pyprior::fuzz {
namespace {

using Clock = std::chrono::steady_clock;

// The watchdog polls (every kPoll) instead of being woken, so that arming
// and disarming, which happen on every fuzz input, are two atomic stores.
constexpr auto kPoll = std::chrono::milliseconds(2);

class Watchdog {
 public:
  Watchdog() { std::thread([this] { watch(); }).detach(); }

  void arm(Clock::time_point deadline, unsigned long thread) {
    deadline_.store(deadline.time_since_epoch().count());
    thread_.store(thread);
    armed_.store(next_generation_++);
  }

  // Disarms; true when the watchdog may have sent something since the last
  // disarm, which the caller must then withdraw (holding the GIL).
  bool disarm() {
    armed_.store(0);
    return interrupted_.exchange(false);
  }

  bool expired() const { return armed_.load() != 0 && Clock::now().time_since_epoch().count() >= deadline_.load(); }

 private:
  [[noreturn]] void watch() {
    for (;;) {
      std::this_thread::sleep_for(kPoll);
      const std::uint64_t generation = armed_.load();
      if (generation != 0 && expired()) interrupt(generation);
    }
  }

  // Sends TimeoutError to the timed thread if its deadline still stands,
  // and queues a call that makes the thread trace itself (below); the
  // asynchronous exception is what makes the thread look at its queue.
  // interrupted_ is set before armed_ is read, so a disarm that reads it
  // false is sure that nothing was or will be sent; holding the GIL orders
  // the sending against ~CPythonDeadline's withdrawal.
  void interrupt(std::uint64_t generation) {
    const PyGILState_STATE gil = PyGILState_Ensure();
    interrupted_.store(true);
    if (armed_.load() == generation) {
      PyThreadState_SetAsyncExc(thread_.load(), PyExc_TimeoutError);
      Py_AddPendingCall(&trace_while_expired, nullptr);
    }
    PyGILState_Release(gil);
  }

  // Code that catches every exception outlives any number of asynchronous
  // ones; a trace function that raises on every line does not: the raise
  // happens inside the handler too. Installed by a pending call, which runs
  // on the thread being timed; it removes itself once the deadline is gone.
  static int raise_while_expired(PyObject*, PyFrameObject*, int, PyObject*);
  static int trace_while_expired(void*);

  std::atomic<std::uint64_t> armed_{0};  // the generation being timed; 0 when disarmed
  std::atomic<Clock::rep> deadline_{0};
  std::atomic<unsigned long> thread_{0};
  std::atomic<bool> interrupted_{false};
  std::uint64_t next_generation_ = 1;    // used by the arming thread only
};

// Never freed: the detached watchdog may still be polling while the process exits.
Watchdog& watchdog() {
  static Watchdog* const instance = new Watchdog();
  return *instance;
}

int Watchdog::raise_while_expired(PyObject*, PyFrameObject*, int, PyObject*) {
  if (watchdog().expired()) {
    PyErr_SetString(PyExc_TimeoutError, "pyprior fuzz deadline");
    return -1;
  }
  PyEval_SetTrace(nullptr, nullptr);
  return 0;
}

int Watchdog::trace_while_expired(void*) {
  if (watchdog().expired()) PyEval_SetTrace(&raise_while_expired, nullptr);
  return 0;
}

}  // namespace

CPythonDeadline::CPythonDeadline(std::chrono::milliseconds limit) : thread_(PyThread_get_thread_ident()) {
  watchdog().arm(Clock::now() + limit, thread_);
}

CPythonDeadline::~CPythonDeadline() {
  if (!watchdog().disarm()) return;
  const PyGILState_STATE gil = PyGILState_Ensure();
  PyThreadState_SetAsyncExc(thread_, nullptr);  // withdraw one not yet raised
  PyEval_SetTrace(nullptr, nullptr);
  PyGILState_Release(gil);
}

}  // namespace pyprior::fuzz
