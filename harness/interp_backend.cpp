#include "harness/interp_backend.hpp"

namespace pyprior::harness {

std::vector<Outcome> InterpBackend::run(const Program& program) const {
  const prior::CompiledFunction function(program.tokens, program.start);
  std::vector<Outcome> outcomes;
  outcomes.reserve(program.inputs.size());
  for (const InputTuple& args : program.inputs) outcomes.push_back(function.call(args, limits_));
  return outcomes;
}

BatchResult InterpBackend::run(std::span<const Program> batch) const {
  BatchResult result;
  result.outcomes.reserve(batch.size());
  for (const Program& program : batch) result.outcomes.push_back(run(program));
  return result;
}

}  // namespace pyprior::harness
