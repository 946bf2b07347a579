#pragma once
// pyprior for RapidCheck users: generators of valid Python programs that
// shrink structurally, inputs for them, and the bounded interpreter to run
// them. Link pyprior::generators.
//
//   #include <pyprior/generators.hpp>
//   RC_GTEST_PROP(MyFormatter, RoundTrips, (const pyprior::Program& p)) { ... }
//   const auto q = *pyprior::gen::program(pyprior::DecodeConfig::fuzz());
#include "generators/inputs_gen.hpp"
#include "generators/program.hpp"
#include "generators/program_gen.hpp"
#include "generators/run.hpp"
