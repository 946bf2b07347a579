#include "harness/isolate.hpp"

namespace pyprior::harness {
namespace {

void isolate(const AnyBackend& backend, std::span<const Program> batch, std::vector<ProgramRun>& runs) {
  while (!batch.empty()) {
    BatchResult result = backend.run(batch);
    for (auto& outcomes : result.outcomes) runs.push_back(ProgramRun{std::move(outcomes), std::nullopt});
    if (!result.failure) return;
    const std::size_t finished = result.outcomes.size();
    if (finished == 0 && batch.size() == 1) {
      runs.push_back(ProgramRun{{}, std::move(result.failure)});
      return;
    }
    if (finished == 0) {
      const std::size_t half = batch.size() / 2;
      isolate(backend, batch.first(half), runs);
      batch = batch.subspan(half);
      continue;
    }
    // The program the process was running when it failed, alone.
    batch = batch.subspan(finished);
    BatchResult alone = backend.run(batch.first(1));
    if (alone.failure)
      runs.push_back(ProgramRun{{}, std::move(alone.failure)});
    else
      runs.push_back(ProgramRun{std::move(alone.outcomes.at(0)), std::nullopt});
    batch = batch.subspan(1);
  }
}

}  // namespace

std::vector<ProgramRun> run_isolating(const AnyBackend& backend, std::span<const Program> batch) {
  std::vector<ProgramRun> runs;
  runs.reserve(batch.size());
  isolate(backend, batch, runs);
  return runs;
}

}  // namespace pyprior::harness
