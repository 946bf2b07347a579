#pragma once
// The stream of programs a campaign tests: the decoder driven by a sampler,
// each program paired with input tuples (small values, negatives and
// boundary values, prior/inputs.hpp). The same config, seed and sampler give
// the same stream on every machine; programs and inputs come from separate
// random streams, so the number of inputs does not change the programs.
#include <cstdint>
#include <memory>
#include <variant>

#include "harness/program.hpp"
#include "prior/sampler.hpp"

namespace pyprior::harness {

enum class SamplerKind : std::uint8_t { Weighted, Uniform };

class ProgramGenerator {
 public:
  // start must be Function or Module (programs that take inputs).
  ProgramGenerator(const prior::DecodeConfig& config, prior::Start start, std::uint64_t seed, SamplerKind sampler,
                   int inputs_per_program);

  Program next();
  std::vector<Program> next_batch(std::size_t count);

  const std::shared_ptr<const prior::Grammar>& grammar() const { return grammar_; }
  prior::Start start() const { return start_; }

 private:
  std::shared_ptr<const prior::Grammar> grammar_;
  prior::Start start_;
  std::pair<std::int64_t, std::int64_t> value_range_;
  std::variant<prior::WeightedSampler, prior::UniformSampler> sampler_;
  prior::Rng input_rng_;
  int inputs_per_program_;
};

}  // namespace pyprior::harness
