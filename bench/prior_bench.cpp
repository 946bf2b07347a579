// Speed of the prior: one decoder step (legal mask + advance), whole-program
// sampling, and interpreter calls. Figures for the README come from
// `bench/run_benchmarks.sh`, which runs this beside the CPython peers.
#include <benchmark/benchmark.h>

#include "prior/inputs.hpp"
#include "prior/interpreter.hpp"
#include "prior/sampler.hpp"

namespace {

using namespace pyprior::prior;

std::vector<std::vector<Token>> seed_programs(int count) {
  const auto grammar = compile_grammar(DecodeConfig::seed());
  UniformSampler sampler(42);
  std::vector<std::vector<Token>> programs;
  for (int i = 0; i < count; ++i) programs.push_back(sample_tokens(grammar, Start::Function, sampler));
  return programs;
}

// One step = legal() then advance() with the recorded token.
void BM_DecoderStep(benchmark::State& state) {
  const auto programs = seed_programs(1000);
  const Decoder fresh(DecodeConfig::seed(), Start::Function);
  std::int64_t steps = 0;
  std::size_t next = 0;
  for (auto _ : state) {
    Decoder decoder = fresh;
    for (Token t : programs[next]) {
      benchmark::DoNotOptimize(decoder.legal());
      decoder.advance(t);
    }
    steps += static_cast<std::int64_t>(programs[next].size());
    next = (next + 1) % programs.size();
  }
  state.counters["seconds_per_step"] = benchmark::Counter(
      static_cast<double>(steps), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.SetItemsProcessed(steps);
}
BENCHMARK(BM_DecoderStep);

template <class S>
void sample_programs(benchmark::State& state, S sampler) {
  const auto grammar = compile_grammar(DecodeConfig::seed());
  for (auto _ : state) benchmark::DoNotOptimize(sample_tokens(grammar, Start::Function, sampler));
  state.SetItemsProcessed(state.iterations());
}
void BM_SampleSeedFunctionUniform(benchmark::State& state) { sample_programs(state, UniformSampler(7)); }
void BM_SampleSeedFunctionWeighted(benchmark::State& state) { sample_programs(state, WeightedSampler(7)); }
BENCHMARK(BM_SampleSeedFunctionUniform);
BENCHMARK(BM_SampleSeedFunctionWeighted);

// Compile once, three calls: what `pyprior sample --run 3` does per program.
void BM_InterpreterCompileAndThreeCalls(benchmark::State& state) {
  const auto programs = seed_programs(1000);
  Rng rng(3);
  std::vector<std::vector<std::vector<Integer>>> inputs;
  for (const auto& p : programs) inputs.push_back(draw_inputs(CompiledFunction(p, Start::Function).arity(), 3, rng, {-10, 10}));
  std::size_t next = 0;
  for (auto _ : state) {
    const CompiledFunction function(programs[next], Start::Function);
    for (const auto& args : inputs[next]) benchmark::DoNotOptimize(function.call(args));
    next = (next + 1) % programs.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_InterpreterCompileAndThreeCalls);

}  // namespace
