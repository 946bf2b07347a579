#include "harness/program_generator.hpp"

#include "prior/error.hpp"
#include "prior/inputs.hpp"

namespace pyprior::harness {
namespace {

std::variant<prior::WeightedSampler, prior::UniformSampler> make_sampler(SamplerKind kind, std::uint64_t seed) {
  if (kind == SamplerKind::Uniform) return prior::UniformSampler(seed);
  return prior::WeightedSampler(seed);
}

}  // namespace

ProgramGenerator::ProgramGenerator(const prior::DecodeConfig& config, prior::Start start, std::uint64_t seed,
                                   SamplerKind sampler, int inputs_per_program)
    : grammar_(prior::compile_grammar(config)),
      start_(start),
      value_range_(config.value_range),
      sampler_(make_sampler(sampler, seed)),
      input_rng_(seed ^ 0x1A9B7C3D5E6F0821ULL),
      inputs_per_program_(inputs_per_program) {
  if (start != prior::Start::Function && start != prior::Start::Module)
    throw prior::Error("a campaign needs programs that take inputs: start function or module");
}

Program ProgramGenerator::next() {
  std::vector<prior::Token> tokens =
      std::visit([&](auto& sampler) { return prior::sample_tokens(grammar_, start_, sampler); }, sampler_);
  const int arity = arity_of(tokens);
  std::vector<InputTuple> inputs = prior::draw_inputs(arity, inputs_per_program_, input_rng_, value_range_);
  return Program::from_tokens(std::move(tokens), start_, std::move(inputs));
}

std::vector<Program> ProgramGenerator::next_batch(std::size_t count) {
  std::vector<Program> batch;
  batch.reserve(count);
  for (std::size_t i = 0; i < count; ++i) batch.push_back(next());
  return batch;
}

}  // namespace pyprior::harness
