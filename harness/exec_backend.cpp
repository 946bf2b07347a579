#include "harness/exec_backend.hpp"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <future>

#include "harness/batch_script.hpp"
#include "harness/subprocess.hpp"
#include "prior/error.hpp"

namespace pyprior::harness {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const fs::path> make_work_dir(const fs::path& requested) {
  if (!requested.empty()) {
    fs::create_directories(requested);
    return std::make_shared<const fs::path>(requested);
  }
  std::string pattern = (fs::temp_directory_path() / "pyprior-exec-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw prior::Error("cannot create a temporary folder for batch files");
  // The folder made here goes when the last backend copy using it does.
  return std::shared_ptr<const fs::path>(new fs::path(pattern), [](const fs::path* dir) {
    std::error_code ignored;
    fs::remove_all(*dir, ignored);
    delete dir;
  });
}

fs::path next_batch_file(const fs::path& dir) {
  static std::atomic<unsigned long> counter{0};
  return dir / ("batch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".py");
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text;
  if (!file.flush()) throw prior::Error("cannot write " + path.string());
}

// The last non-empty line of stderr: where Python puts the exception.
std::string last_line(const std::string& text) {
  std::size_t end = text.find_last_not_of("\r\n");
  if (end == std::string::npos) return {};
  const std::size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1,
                     end - (start == std::string::npos ? 0 : start + 1) + 1);
}

std::optional<Failure> failure_of(const ProcessResult& process, const ParsedOutput& parsed, std::size_t programs,
                                  std::chrono::milliseconds deadline) {
  if (process.timed_out)
    return Failure{Failure::Kind::Hang, "no result within " + std::to_string(deadline.count()) + " ms"};
  if (!process.succeeded()) {
    const std::string error = last_line(process.err);
    return Failure{Failure::Kind::Crash, process.status_text() + (error.empty() ? "" : ": " + error)};
  }
  if (parsed.unexpected_line) return Failure{Failure::Kind::Crash, "unexpected output: " + *parsed.unexpected_line};
  if (parsed.outcomes.size() < programs)
    return Failure{Failure::Kind::Crash, "exited before reporting program " + std::to_string(parsed.outcomes.size())};
  return std::nullopt;
}

}  // namespace

ExecBackend::ExecBackend(std::string name, std::vector<std::string> command, ExecOptions options)
    : name_(std::move(name)),
      command_(std::move(command)),
      options_(std::move(options)),
      work_dir_(make_work_dir(options_.work_dir)) {
  if (command_.empty()) throw prior::Error("implementation '" + name_ + "' has an empty command");
  options_.jobs = std::max(1, options_.jobs);
}

std::chrono::milliseconds ExecBackend::deadline_for(std::span<const Program> batch) const {
  std::size_t calls = 0;
  for (const Program& program : batch) calls += program.inputs.size();
  return options_.per_batch +
         std::chrono::duration_cast<std::chrono::milliseconds>(options_.per_call * static_cast<long>(calls));
}

BatchResult ExecBackend::run_one_process(std::span<const Program> batch) const {
  const fs::path file = next_batch_file(*work_dir_);
  write_file(file, render_batch_script(batch));
  std::vector<std::string> argv = command_;
  argv.push_back(file.string());
  const auto deadline = deadline_for(batch);
  const ProcessResult process = run_process(argv, deadline);
  std::error_code ignored;
  fs::remove(file, ignored);
  ParsedOutput parsed = parse_batch_output(process.out, batch);
  std::optional<Failure> failure = failure_of(process, parsed, batch.size(), deadline);
  return BatchResult{std::move(parsed.outcomes), std::move(failure)};
}

BatchResult ExecBackend::run(std::span<const Program> batch) const {
  if (batch.empty()) return {};
  const std::size_t slices = std::min<std::size_t>(static_cast<std::size_t>(options_.jobs), batch.size());
  if (slices == 1) return run_one_process(batch);
  std::vector<std::future<BatchResult>> running;
  for (std::size_t i = 0; i < slices; ++i) {
    const std::size_t begin = batch.size() * i / slices, end = batch.size() * (i + 1) / slices;
    running.push_back(std::async(std::launch::async,
                                 [this, slice = batch.subspan(begin, end - begin)] { return run_one_process(slice); }));
  }
  // Slices in order, up to the first that failed: the result must read as
  // one process that got that far.
  BatchResult merged;
  for (auto& slice : running) {
    BatchResult result = slice.get();
    if (merged.failure) continue;
    for (auto& row : result.outcomes) merged.outcomes.push_back(std::move(row));
    merged.failure = std::move(result.failure);
  }
  return merged;
}

}  // namespace pyprior::harness
