#pragma once
// Runs a command to completion or to a deadline, capturing its output. The
// child gets /dev/null as stdin and its own process group, so a timeout
// kills everything it started.
#include <chrono>
#include <string>
#include <vector>

namespace pyprior::harness {

struct ProcessResult {
  bool timed_out = false;
  int exit_status = -1;  // when it exited
  int signal = 0;        // when a signal ended it (not counting our own kill on timeout)
  std::string out;       // stdout
  std::string err;       // stderr

  bool succeeded() const { return !timed_out && signal == 0 && exit_status == 0; }
  // "exit status 1", "signal 6 (Aborted)", "timed out"
  std::string status_text() const;
};

// argv[0] is looked up in PATH. Throws prior::Error when the command cannot
// be started at all (not found, not executable).
ProcessResult run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout);

}  // namespace pyprior::harness
