#pragma once
// The bounded interpreter as a backend: the reference every other backend is
// compared with, and the guard — calls on which it hits a cap (step_limit,
// overflow) are not sent to the others, so they only ever run programs that
// finish quickly on small-enough integers.
#include "harness/backend.hpp"

namespace pyprior::harness {

class InterpBackend {
 public:
  explicit InterpBackend(prior::Limits limits = {}) : limits_(limits) {}
  std::string name() const { return "interp"; }
  BatchResult run(std::span<const Program> batch) const;
  // One program's outcomes, one per input.
  std::vector<Outcome> run(const Program& program) const;

 private:
  prior::Limits limits_;
};

static_assert(Backend<InterpBackend>);

}  // namespace pyprior::harness
