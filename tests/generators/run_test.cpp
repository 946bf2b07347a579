#include "generators/run.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "generators/inputs_gen.hpp"
#include "generators/program_gen.hpp"
#include "prior/error.hpp"

namespace pyprior {
namespace {

using enum Token;

TEST(Run, ReturnsTheValueRepr) {
  const Program subtract({Def2, Return, Sub, NameA, NameB, EndBlock}, DecodeConfig::seed());
  EXPECT_EQ(run(subtract, {5, 7}).repr(), "-2");
}

TEST(Run, ComputesPastSixtyFourBits) {
  const Program square({Def1, Return, Mul, NameA, NameA, EndBlock}, DecodeConfig::seed());
  EXPECT_EQ(run(square, {INT64_MIN}).repr(), "85070591730234615865843651857942052864");
}

TEST(Run, NamesTheExceptionRaised) {
  const Program divide({Def1, Return, FloorDiv, NameA, Const0, EndBlock}, DecodeConfig::fuzz());
  EXPECT_EQ(run(divide, {1}).repr(), "ZeroDivisionError");
}

TEST(Run, ReportsNoneForFallingOffTheEnd) {
  const Program assign({Def1, Assign, NameD, NameA, EndBlock}, DecodeConfig::seed());
  EXPECT_EQ(run(assign, {1}).repr(), "None");
}

TEST(Run, RefusesTheWrongNumberOfInputs) {
  const Program identity({Def1, Return, NameA, EndBlock}, DecodeConfig::seed());
  EXPECT_THROW(run(identity, {1, 2}), prior::Error);
}

RC_GTEST_PROP(Run, EveryGeneratedProgramRunsOnItsGeneratedInputs, ()) {
  const Program program = *gen::program(DecodeConfig::fuzz());
  const auto outcome = run(program, *gen::inputs(program));
  RC_ASSERT(!outcome.repr().empty());
}

}  // namespace
}  // namespace pyprior
