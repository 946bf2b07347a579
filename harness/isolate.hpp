#pragma once
// Runs a batch on a backend and pins every failure of the process on the one
// program responsible, so that a crash or a hang costs one finding, not the
// batch. Strategy: the programs a failed run finished keep their outcomes;
// the one it was running is run alone (if it fails alone, it is the
// culprit) and the run resumes after it. When a run fails before finishing
// any program (a file the implementation cannot even parse), the batch is
// halved until one program is left.
#include <optional>
#include <span>
#include <vector>

#include "harness/backend.hpp"

namespace pyprior::harness {

struct ProgramRun {
  std::vector<Outcome> outcomes;   // one per input, unless failure is set
  std::optional<Failure> failure;  // the implementation crashed or hung on this program, run alone

  bool operator==(const ProgramRun&) const = default;
};

// One ProgramRun per program of the batch, in order. A failure that does
// not recur when its program runs alone is dropped (the program's solo
// outcomes stand): only reproducible failures become findings.
std::vector<ProgramRun> run_isolating(const AnyBackend& backend, std::span<const Program> batch);

}  // namespace pyprior::harness
