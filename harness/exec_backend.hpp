#pragma once
// Any Python implementation that can run a file: the backend writes a batch
// as one plain Python file (batch_script.hpp), runs `COMMAND FILE`, and reads
// the outcomes from stdout. A process that ends with a signal or a non-zero
// status, misses its deadline, or prints something the driver did not, has
// failed the batch: run() reports the failure with the outcomes of the
// programs it finished first (isolate.hpp narrows it down to one program).
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "harness/backend.hpp"

namespace pyprior::harness {

struct ExecOptions {
  // A batch's deadline: per_batch plus per_call for each call in it.
  std::chrono::milliseconds per_batch{10000};
  std::chrono::microseconds per_call{1000};
  // Processes run side by side, each on a slice of the batch.
  int jobs = 1;
  // Where batch files are written (a fresh temporary folder when empty).
  std::filesystem::path work_dir;
};

class ExecBackend {
 public:
  // command: the program and its arguments; the batch file's path is appended.
  ExecBackend(std::string name, std::vector<std::string> command, ExecOptions options = {});

  std::string name() const { return name_; }
  const std::vector<std::string>& command() const { return command_; }
  BatchResult run(std::span<const Program> batch) const;

 private:
  BatchResult run_one_process(std::span<const Program> batch) const;
  std::chrono::milliseconds deadline_for(std::span<const Program> batch) const;

  std::string name_;
  std::vector<std::string> command_;
  ExecOptions options_;
  std::shared_ptr<const std::filesystem::path> work_dir_;  // removed with the last copy when it was made here
};

static_assert(Backend<ExecBackend>);

}  // namespace pyprior::harness
