#pragma once
// RapidCheck generators of programs.
//
// gen::program(config, start) draws a program with the weighted prior
// (sampler.hpp). RapidCheck's size drives its length: at size s the sampler
// runs freely for the first max_len * s / 100 tokens and then closes the
// program along its cheapest completion, so size 0 gives the smallest program
// and sizes >= 100 use the whole max_len. The program is a function of the
// rc::Random it is given, so RapidCheck's seed reproduces it.
// Shrinking is structural (prior/shrink.hpp): every shrink is a valid,
// strictly simpler program of the same config and start.
#include <rapidcheck.h>

#include "generators/program.hpp"

namespace pyprior::gen {

rc::Gen<Program> program(const DecodeConfig& config = DecodeConfig::seed(), Start start = Start::Function);

// The shrink tree of a given program, for generators built around one.
rc::Shrinkable<Program> shrinkable(Program program);

}  // namespace pyprior::gen

namespace rc {

// Programs of the default (seed) profile.
template <>
struct Arbitrary<pyprior::Program> {
  static Gen<pyprior::Program> arbitrary() { return pyprior::gen::program(); }
};

}  // namespace rc
