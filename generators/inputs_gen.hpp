#pragma once
// RapidCheck generators of inputs for a program: one argument per parameter
// of its entry function. Arguments mix small values from the config's
// value_range, machine-word boundaries (0, ±1, ±2**31, 2**32, ±2**63 ...)
// and values of every magnitude, both signs. Each argument shrinks toward 0
// (toward the value_range's nearest end when 0 is outside it).
#include <cstdint>
#include <vector>

#include <rapidcheck.h>

#include "generators/program.hpp"

namespace pyprior::gen {

// The arguments of one call. Programs that start at Block or Expr read the
// parameters a, b, c of the config's largest arity.
rc::Gen<std::vector<std::int64_t>> inputs(const Program& program);

// One argument, as above.
rc::Gen<std::int64_t> argument(const DecodeConfig& config);

}  // namespace pyprior::gen
