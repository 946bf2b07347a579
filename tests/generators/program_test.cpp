#include "generators/program.hpp"

#include <sstream>

#include <gtest/gtest.h>
#include <rapidcheck.h>

#include "prior/error.hpp"

namespace pyprior {
namespace {

using enum Token;

TEST(Program, RendersCanonicalSource) {
  const Program program({Def2, Return, Add, NameA, NameB, EndBlock}, DecodeConfig::seed());
  EXPECT_EQ(program.source(), "def func(a, b):\n    return (a + b)\n");
}

TEST(Program, KeepsItsConfigAndStart) {
  const Program program({Return, Const1, EndBlock}, DecodeConfig::fuzz(), Start::Block);
  EXPECT_EQ(program.config(), DecodeConfig::fuzz());
  EXPECT_EQ(program.start(), Start::Block);
}

TEST(Program, RefusesTokensTheDecoderRejects) {
  // `d` is read before anything binds it.
  EXPECT_THROW(Program({Def1, Return, NameD, EndBlock}, DecodeConfig::seed()), prior::Error);
}

TEST(Program, RefusesAnUnfinishedProgram) {
  EXPECT_THROW(Program({Def1, Return, NameA}, DecodeConfig::seed()), prior::Error);
}

TEST(Program, ShowsAsItsSourceInRapidCheckReports) {
  const Program program({Def1, ReturnNone, EndBlock}, DecodeConfig::seed());
  EXPECT_EQ(rc::toString(program), "\ndef func(a):\n    return\n");
}

}  // namespace
}  // namespace pyprior
