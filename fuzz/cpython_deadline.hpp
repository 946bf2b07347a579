#pragma once
// A time limit for Python code running in the embedded CPython. While a
// CPythonDeadline is alive, a watchdog thread makes the Python code that the
// creating thread runs raise TimeoutError once the limit has passed (to
// within a few milliseconds): first as an asynchronous exception
// (PyThreadState_SetAsyncExc, raised between bytecodes), then, for code that
// catches it, from a trace function that raises on every line until the
// deadline is gone, so it escapes `except` handlers too and later calls end
// at once. A program that loops forever thus ends with the outcome
// "TimeoutError" instead of hanging the fuzzer. Code stuck inside one C call
// (a huge 9**9**9) is not interrupted; cpython_memory_cap.hpp bounds those.
// Create it on the thread that runs the Python code, without holding the
// GIL; CPython must be initialised.
#include <chrono>
#include <cstdint>

namespace pyprior::fuzz {

class CPythonDeadline {
 public:
  explicit CPythonDeadline(std::chrono::milliseconds limit = std::chrono::milliseconds(250));
  // Disarms, withdraws a TimeoutError sent but not yet raised and removes
  // the trace function, so neither can reach the next program.
  ~CPythonDeadline();
  CPythonDeadline(const CPythonDeadline&) = delete;
  CPythonDeadline& operator=(const CPythonDeadline&) = delete;

 private:
  unsigned long thread_;
};

}  // namespace pyprior::fuzz
