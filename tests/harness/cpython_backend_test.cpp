#include "harness/cpython_backend.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "harness/check.hpp"
#include "harness/program_generator.hpp"
#include "harness_fixtures.hpp"

namespace pyprior::harness {
namespace {

using namespace testing;
using prior::Token;

Outcome only_outcome(const Program& p) { return CPythonBackend().run({&p, 1}).outcomes.at(0).at(0); }

TEST(CPythonBackend, ReturnsTheReprOfAnInt) {
  // def func(a, b): return (a // b)
  const Program p = program({Token::Def2, Token::Return, Token::FloorDiv, Token::NameA, Token::NameB, Token::EndBlock},
                            {args({-7, 2})});
  EXPECT_EQ(only_outcome(p), Outcome::value("-4"));
}

TEST(CPythonBackend, ReturnsTheReprOfABool) {
  const Program p =
      program({Token::Def1, Token::Return, Token::Lt, Token::NameA, Token::Const0, Token::EndBlock}, {args({-1})});
  EXPECT_EQ(only_outcome(p), Outcome::value("True"));
}

TEST(CPythonBackend, ReturnsNoneWhenTheFunctionFallsOffItsEnd) {
  const Program p = program({Token::Def1, Token::Assign, Token::NameD, Token::NameA, Token::EndBlock}, {args({5})});
  EXPECT_EQ(only_outcome(p), Outcome::none());
}

TEST(CPythonBackend, NamesTheExceptionType) {
  const Program p =
      program({Token::Def1, Token::Return, Token::Mod, Token::Const1, Token::NameA, Token::EndBlock}, {args({0})});
  EXPECT_EQ(only_outcome(p), Outcome::exception("ZeroDivisionError"));
}

TEST(CPythonBackend, PassesIntegersBeyondSixtyFourBits) {
  const Program p = program({Token::Def1, Token::Return, Token::Add, Token::NameA, Token::Const1, Token::EndBlock},
                            {{*prior::Integer::from_string("18446744073709551616")}});
  EXPECT_EQ(only_outcome(p), Outcome::value("18446744073709551617"));
}

// CPython has no caps of its own: it only gets the calls the interpreter
// finished within its caps, as in a campaign.
TEST(CPythonBackend, AgreesWithTheInterpreterOnRandomFuzzPrograms) {
  ProgramGenerator generator(prior::DecodeConfig::fuzz(), prior::Start::Function, 11, SamplerKind::Weighted, 3);
  const std::vector<Program> batch = generator.next_batch(2000);
  const std::vector<AnyBackend> peers = {CPythonBackend()};
  for (const CheckedProgram& checked : check_batch(batch, InterpBackend(), peers))
    ASSERT_TRUE(checked.discrepancies.empty()) << checked.program.source;
}

TEST(CPythonBackend, RunsFromAnotherThread) {
  const Program p = program({Token::Def0, Token::Return, Token::Const7, Token::EndBlock}, {{}});
  Outcome outcome;
  std::thread([&] { outcome = only_outcome(p); }).join();
  EXPECT_EQ(outcome, Outcome::value("7"));
}

TEST(CPythonBackend, ReportsTheEmbeddedVersion) { EXPECT_EQ(CPythonBackend().version().substr(0, 5), "3.11."); }

}  // namespace
}  // namespace pyprior::harness
