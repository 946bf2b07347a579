#include "generators/inputs_gen.hpp"

#include <algorithm>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "generators/program_gen.hpp"

namespace pyprior {
namespace {

using enum Token;

std::vector<std::int64_t> draws(const DecodeConfig& config, int count) {
  const auto gen = gen::argument(config);
  std::vector<std::int64_t> out;
  for (int seed = 0; seed < count; ++seed) out.push_back(gen(rc::Random(static_cast<std::uint64_t>(seed))).value());
  return out;
}

RC_GTEST_PROP(InputsGen, OneArgumentPerParameter, ()) {
  const Program program = *gen::program(DecodeConfig::fuzz());
  const auto args = *gen::inputs(program);
  RC_ASSERT(args.size() == static_cast<std::size_t>(prior::arity_of_def(program.tokens().front())));
}

TEST(InputsGen, BlockProgramsGetTheLargestArity) {
  const Program block({Return, NameA, EndBlock}, DecodeConfig::seed(), Start::Block);
  EXPECT_EQ(gen::inputs(block)(rc::Random(1)).value().size(), 2u);
}

TEST(InputsGen, MixesSmallValuesNegativesAndBoundaries) {
  const auto values = draws(DecodeConfig::seed(), 1000);
  const auto count = [&](auto wanted) { return std::count_if(values.begin(), values.end(), wanted); };
  EXPECT_GT(count([](std::int64_t x) { return x >= -10 && x <= 10; }), 400);
  EXPECT_GT(count([](std::int64_t x) { return x < 0; }), 200);
  EXPECT_GT(count([](std::int64_t x) { return x == INT64_MIN || x == INT64_MAX; }), 0);
  EXPECT_GT(count([](std::int64_t x) { return x == (std::int64_t{1} << 31); }), 0);
}

TEST(InputsGen, ArgumentsShrinkTowardZero) {
  const auto gen = gen::argument(DecodeConfig::seed());
  for (std::uint64_t seed = 0; seed < 100; ++seed) {
    const auto [smallest, steps] = rc::shrinkable::findLocalMin(gen(rc::Random(seed)), [](std::int64_t) { return true; });
    EXPECT_EQ(smallest, 0);
  }
}

TEST(InputsGen, ArgumentsShrinkTowardTheValueRangeWhenItExcludesZero) {
  DecodeConfig config = DecodeConfig::seed();
  config.value_range = {5, 9};
  const auto [smallest, steps] =
      rc::shrinkable::findLocalMin(gen::argument(config)(rc::Random(3)), [](std::int64_t x) { return x != 7; });
  EXPECT_EQ(smallest, 5);
}

}  // namespace
}  // namespace pyprior
