#include "generators/run.hpp"

namespace pyprior {

Outcome run(const Program& program, const std::vector<std::int64_t>& inputs, const Limits& limits) {
  std::vector<prior::Integer> args;
  args.reserve(inputs.size());
  for (std::int64_t x : inputs) args.emplace_back(x);
  return prior::run(program.tokens(), program.start(), args, limits);
}

}  // namespace pyprior
