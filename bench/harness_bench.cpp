// Speed of `pyprior diff`, as the issue states it, measured in one run:
//  * BM_CPythonAlone: embedded CPython compiling, executing and calling 20,000
//    fuzz-profile programs on their inputs (the calls a campaign sends it);
//  * BM_DiffInterpVsCPython: the whole campaign on the same 20,000 programs —
//    sampling, inputs, the interpreter, CPython, comparison, bookkeeping —,
//    with its cost as a multiple of BM_CPythonAlone (goal: at most 1.25);
//  * BM_DiffInterpVsPyPy: the campaign against pypy3 through the exec backend,
//    in programs per second (goal: at least 1,000).
// Run BM_CPythonAlone first (the default order) so the ratio has its peer.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "harness/campaign.hpp"
#include "harness/check.hpp"
#include "harness/cpython_backend.hpp"
#include "harness/exec_backend.hpp"

namespace {

using namespace pyprior::harness;

constexpr std::uint64_t kPrograms = 20000;
constexpr std::uint64_t kSeed = 1;

double cpython_alone_seconds = 0;  // per iteration, from BM_CPythonAlone

CampaignOptions fuzz_campaign(std::size_t batch) {
  CampaignOptions options;
  options.seed = kSeed;
  options.max_programs = kPrograms;
  options.batch_size = batch;
  return options;
}

std::filesystem::path scratch_dir() { return std::filesystem::temp_directory_path() / "pyprior-harness-bench"; }

// The campaign's programs, cut to the calls it sends to CPython.
std::vector<Program> guarded_programs() {
  const CampaignOptions campaign = fuzz_campaign(1);
  ProgramGenerator generator(campaign.config, campaign.start, kSeed, campaign.sampler, campaign.inputs_per_program);
  std::vector<Program> programs;
  const InterpBackend guard(campaign.limits);
  for (CheckedProgram& checked : check_batch(generator.next_batch(kPrograms), guard, {}))
    programs.push_back(std::move(checked.program));
  return programs;
}

void BM_CPythonAlone(benchmark::State& state) {
  const std::vector<Program> programs = guarded_programs();
  const CPythonBackend cpython;
  for (auto _ : state) benchmark::DoNotOptimize(cpython.run(programs));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kPrograms));
}
BENCHMARK(BM_CPythonAlone)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Fills cpython_alone_seconds from the timings of BM_CPythonAlone.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs)
      if (run.benchmark_name().starts_with("BM_CPythonAlone") && run.run_type == Run::RT_Iteration)
        cpython_alone_seconds = run.real_accumulated_time / static_cast<double>(run.iterations);
    ConsoleReporter::ReportRuns(runs);
  }
};

void run_campaign(benchmark::State& state, std::vector<AnyBackend> peers, std::size_t batch) {
  double seconds = 0;
  for (auto _ : state) {
    Campaign campaign(fuzz_campaign(batch), peers, FindingStore(scratch_dir()), "bench");
    std::atomic<bool> stop{false};
    const CampaignStats stats = campaign.run(stop);
    seconds += stats.elapsed.count();
    state.counters["findings"] = static_cast<double>(stats.findings);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kPrograms));
  state.counters["programs_per_second"] = kPrograms * state.iterations() / seconds;
  if (cpython_alone_seconds > 0)
    state.counters["x_cpython_alone"] = seconds / state.iterations() / cpython_alone_seconds;
}

void BM_DiffInterpVsCPython(benchmark::State& state) { run_campaign(state, {CPythonBackend()}, 1000); }
BENCHMARK(BM_DiffInterpVsCPython)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_DiffInterpVsPyPy(benchmark::State& state) {
  const ExecOptions two_processes{.jobs = 2};
  run_campaign(state, {ExecBackend("pypy", {"pypy3"}, two_processes)}, 4000);
}
BENCHMARK(BM_DiffInterpVsPyPy)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
}
