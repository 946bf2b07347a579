// Replays inputs through a fuzz target without libFuzzer: the same target
// source linked with this main() by any compiler is a ctest regression test.
//
//   <target>_regression [--mutants=N] [--require-all-valid] PATH...
//
// PATH is an input file or a directory whose files are replayed in name
// order. When the target has a custom mutator (the structure-aware ones),
// each input is also mutated N times (default 8) and crossed over with the
// next, and every mutant must fit its buffer and is replayed too.
// --require-all-valid fails the run unless every input was valid.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/files.hpp"
#include "fuzz/stats.hpp"
#include "prior/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned seed) __attribute__((weak));
extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* data1, std::size_t size1,
                                                 const std::uint8_t* data2, std::size_t size2, std::uint8_t* out,
                                                 std::size_t max_out_size, unsigned seed) __attribute__((weak));

namespace {

constexpr std::size_t kMaxSize = 4096;  // libFuzzer's default -max_len

using Input = std::vector<std::uint8_t>;

void run(const Input& input) { LLVMFuzzerTestOneInput(input.data(), input.size()); }

bool check_size(std::size_t size, std::size_t max_size, const char* what) {
  if (size <= max_size) return true;
  std::fprintf(stderr, "%s returned %zu bytes, more than the %zu allowed\n", what, size, max_size);
  return false;
}

bool run_mutants(const Input& input, const Input& next, int mutants) {
  for (int seed = 0; seed < mutants; ++seed) {
    Input buffer(input);
    const std::size_t max_size = std::max<std::size_t>(input.size(), 64 + static_cast<std::size_t>(seed) * 16);
    buffer.resize(std::min(max_size, kMaxSize));
    const std::size_t size = LLVMFuzzerCustomMutator(buffer.data(), input.size(), buffer.size(), seed);
    if (!check_size(size, buffer.size(), "LLVMFuzzerCustomMutator")) return false;
    buffer.resize(size);
    run(buffer);
    if (!LLVMFuzzerCustomCrossOver) continue;
    Input child(max_size);
    const std::size_t child_size =
        LLVMFuzzerCustomCrossOver(input.data(), input.size(), next.data(), next.size(), child.data(), child.size(), seed);
    if (!check_size(child_size, child.size(), "LLVMFuzzerCustomCrossOver")) return false;
    child.resize(child_size);
    run(child);
  }
  return true;
}

std::vector<Input> read_inputs(const std::string& path) {
  std::vector<Input> inputs;
  const auto add = [&](const std::filesystem::path& file) {
    const std::string content = pyprior::corpus::read_file(file);
    inputs.emplace_back(content.begin(), content.end());
  };
  if (std::filesystem::is_directory(path))
    for (const auto& file : pyprior::corpus::list_files(path)) add(file);
  else
    add(path);
  return inputs;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  int mutants = 8;
  bool require_all_valid = false;
  std::vector<Input> inputs;
  try {
    for (int i = 1; i < argc; ++i) {
      if (std::strncmp(argv[i], "--mutants=", 10) == 0) mutants = std::atoi(argv[i] + 10);
      else if (std::strcmp(argv[i], "--require-all-valid") == 0) require_all_valid = true;
      else for (Input& input : read_inputs(argv[i])) inputs.push_back(std::move(input));
    }
  } catch (const pyprior::prior::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 2;
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: %s [--mutants=N] [--require-all-valid] FILE_OR_DIRECTORY...\n", argv[0]);
    return 2;
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    run(inputs[i]);
    if (LLVMFuzzerCustomMutator && !run_mutants(inputs[i], inputs[(i + 1) % inputs.size()], mutants)) return 1;
  }
  const pyprior::fuzz::Stats stats = pyprior::fuzz::current_stats();
  std::fprintf(stderr, "replayed %zu inputs\n", inputs.size());
  if (require_all_valid && stats.valid != stats.executed) {
    std::fprintf(stderr, "only %llu of %llu inputs were valid programs\n", static_cast<unsigned long long>(stats.valid),
                 static_cast<unsigned long long>(stats.executed));
    return 1;
  }
  return 0;
}
