#pragma once
// Runs a program on the bounded interpreter (prior/interpreter.hpp): one call
// of its entry function. The outcome's repr() is what `pyprior run` prints:
// the returned value's Python repr, None, an exception type name, or
// overflow / step_limit when a cap stopped it.
#include <cstdint>
#include <vector>

#include "generators/program.hpp"
#include "prior/interpreter.hpp"

namespace pyprior {

using Outcome = prior::Outcome;
using Limits = prior::Limits;

// Throws prior::Error unless the program starts at Function or Module and
// inputs holds one value per parameter.
Outcome run(const Program& program, const std::vector<std::int64_t>& inputs, const Limits& limits = {});

}  // namespace pyprior
