#include "generators/program_gen.hpp"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "prior/decoder.hpp"
#include "prior/error.hpp"
#include "prior/shrink.hpp"

namespace pyprior {
namespace {

using enum Token;

Program generate(const rc::Gen<Program>& gen, std::uint64_t seed, int size) {
  return gen(rc::Random(seed), size).value();
}

std::vector<Program> immediate_shrinks(const rc::Shrinkable<Program>& node) {
  std::vector<Program> out;
  auto shrinks = rc::shrinkable::immediateShrinks(node);
  while (auto shrink = shrinks.next()) out.push_back(*shrink);
  return out;
}

bool is_complete_program(const Program& p) {
  const prior::Validation v = prior::validate(p.tokens(), p.grammar(), p.start());
  return v.ok && v.complete;
}

RC_GTEST_PROP(ProgramGen, ArbitraryProgramsAreValidSeedProfilePrograms, (const Program& program)) {
  RC_ASSERT(program.config() == DecodeConfig::seed());
  RC_ASSERT(is_complete_program(program));
}

RC_GTEST_PROP(ProgramGen, ProgramsOfEveryStartAreValid, ()) {
  const Start start = *rc::gen::element(Start::Module, Start::Function, Start::Block, Start::Expr);
  const Program program = *gen::program(DecodeConfig::fuzz(), start);
  RC_ASSERT(program.start() == start);
  RC_ASSERT(is_complete_program(program));
}

TEST(ProgramGen, SizeZeroGivesTheSmallestProgram) {
  const Program program = generate(gen::program(DecodeConfig::fuzz()), 42, 0);
  EXPECT_EQ(program.tokens().size(), 3u);  // def func(): return
}

TEST(ProgramGen, LargerSizesGiveLongerPrograms) {
  const auto gen = gen::program(DecodeConfig::fuzz());
  std::size_t small = 0, large = 0;
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    small += generate(gen, seed, 10).tokens().size();
    large += generate(gen, seed, 100).tokens().size();
  }
  EXPECT_GT(large, 2 * small);
}

TEST(ProgramGen, HugeSizesStayWithinMaxLen) {
  const auto gen = gen::program(DecodeConfig::fuzz());
  for (std::uint64_t seed = 0; seed < 200; ++seed)
    EXPECT_LE(generate(gen, seed, 10000).tokens().size(), static_cast<std::size_t>(DecodeConfig::fuzz().max_len));
}

TEST(ProgramGen, TheSameRandomGivesTheSameProgram) {
  const auto gen = gen::program(DecodeConfig::fuzz());
  for (std::uint64_t seed = 0; seed < 50; ++seed) EXPECT_EQ(generate(gen, seed, 50), generate(gen, seed, 50));
}

TEST(ProgramGen, DifferentRandomsGiveDifferentPrograms) {
  const auto gen = gen::program(DecodeConfig::fuzz());
  std::set<std::vector<Token>> distinct;
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    const Program p = generate(gen, seed, 100);
    distinct.emplace(p.tokens().begin(), p.tokens().end());
  }
  EXPECT_GT(distinct.size(), 45u);
}

TEST(ProgramGen, RefusesAnUnusableConfig) {
  DecodeConfig config = DecodeConfig::seed();
  config.max_len = 1;
  EXPECT_THROW(gen::program(config), prior::Error);
}

RC_GTEST_PROP(ProgramGen, ShrinksAreValidAndSimplerAlongAnyPath, (std::uint64_t seed)) {
  rc::Shrinkable<Program> node = gen::program(DecodeConfig::fuzz())(rc::Random(seed), 100);
  for (int step = 0; step < 30; ++step) {
    const auto shrinks = immediate_shrinks(node);
    for (const Program& shrink : shrinks) {
      RC_ASSERT(is_complete_program(shrink));
      RC_ASSERT(prior::simpler(shrink.tokens(), node.value().tokens()));
    }
    if (shrinks.empty()) break;
    const std::size_t pick = *rc::gen::inRange<std::size_t>(0, shrinks.size());
    node = *rc::seq::at(node.shrinks(), pick);
  }
}

TEST(ProgramGen, RapidCheckShrinkingFindsTheSmallestCounterexample) {
  const auto has_floordiv = [](const Program& p) {
    return std::find(p.tokens().begin(), p.tokens().end(), FloorDiv) != p.tokens().end();
  };
  const auto gen = gen::program(DecodeConfig::fuzz());
  std::uint64_t seed = 0;
  while (!has_floordiv(generate(gen, seed, 100))) ++seed;
  const auto [smallest, steps] = rc::shrinkable::findLocalMin(gen(rc::Random(seed), 100), has_floordiv);
  EXPECT_EQ(smallest.source(), "def func():\n    return (0 // 0)\n");
  EXPECT_GT(steps, 0u);
}

}  // namespace
}  // namespace pyprior
