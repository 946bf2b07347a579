#include "harness/exec_backend.hpp"

#include <gtest/gtest.h>

#include "harness/check.hpp"
#include "harness/impl_spec.hpp"
#include "harness/program_generator.hpp"
#include "harness_fixtures.hpp"

namespace pyprior::harness {
namespace {

using namespace testing;
using prior::Token;

std::vector<Program> fuzz_programs(std::size_t count, std::uint64_t seed = 5) {
  ProgramGenerator generator(prior::DecodeConfig::fuzz(), prior::Start::Function, seed, SamplerKind::Weighted, 3);
  return generator.next_batch(count);
}

ExecBackend preset(const std::string& name, int jobs = 1) {
  const ImplSpec spec = parse_impl_spec(name);
  return ExecBackend(spec.name, spec.command, quick_exec_options(jobs));
}

// def func(a, b): return (a OP b)
Program binary(Token op, std::vector<InputTuple> inputs) {
  return program({Token::Def2, Token::Return, op, Token::NameA, Token::NameB, Token::EndBlock}, std::move(inputs));
}

// On the calls the interpreter finished within its caps (the ones a
// campaign sends on).
void expect_agrees_with_interpreter(const std::vector<Program>& batch, const AnyBackend& backend) {
  for (const CheckedProgram& checked : check_batch(batch, InterpBackend(), std::vector{backend}))
    ASSERT_TRUE(checked.discrepancies.empty()) << checked.program.source;
}

TEST(ExecBackend, RunsABatchUnderCPythonAsAProcess) {
  const std::vector<Program> batch = fuzz_programs(300);
  expect_agrees_with_interpreter(batch, ExecBackend("python3.11", {kPython}, quick_exec_options()));
}

TEST(ExecBackend, PyPyAgreesWithTheInterpreterOnRandomPrograms) {
  const std::vector<Program> batch = fuzz_programs(1000);
  expect_agrees_with_interpreter(batch, preset("pypy"));
}

TEST(ExecBackend, MicroPythonRunsEveryProgramOfABatch) {
  const std::vector<AnyBackend> micropython = {preset("micropython")};
  for (const CheckedProgram& checked : check_batch(fuzz_programs(300), InterpBackend(), micropython)) {
    if (checked.program.inputs.empty()) continue;  // every call capped: not sent
    ASSERT_FALSE(checked.observations.at(0).failure) << checked.program.source;
  }
}

// A real difference, found by pyprior diff: CPython's bool & bool is a bool.
TEST(ExecBackend, MicroPythonGivesAnIntForBoolAndBool) {
  const Program p = program({Token::Def0, Token::Return, Token::BitAnd, Token::Lt, Token::Const0, Token::Const0,
                             Token::Lt, Token::Const0, Token::Const0, Token::EndBlock},
                            {{}});
  EXPECT_EQ(preset("micropython").run({&p, 1}).outcomes.at(0).at(0), Outcome::value("0"));
}

TEST(ExecBackend, SlicesOfABatchRunSideBySideGiveTheSameOutcomes) {
  std::vector<Program> batch;
  for (const CheckedProgram& checked : check_batch(fuzz_programs(200), InterpBackend(), {}))
    batch.push_back(checked.program);  // only calls that finish quickly
  const ExecBackend one("python3.11", {kPython}, quick_exec_options(1));
  const ExecBackend three("python3.11", {kPython}, quick_exec_options(3));
  EXPECT_EQ(one.run(batch).outcomes, three.run(batch).outcomes);
}

TEST(ExecBackend, SeesAPlantedWrongResult) {
  const Program p = binary(Token::FloorDiv, {args({7, -2}), args({7, 2})});
  EXPECT_EQ(planted_fault("floordiv").run({&p, 1}).outcomes.at(0),
            (std::vector{Outcome::value("-3"), Outcome::value("3")}));
}

TEST(ExecBackend, ReportsACrashWithItsSignalAndTheProgramsFinishedBefore) {
  const std::vector<Program> batch = {binary(Token::Add, {args({1, 2})}), binary(Token::LShift, {args({1, 2})}),
                                      binary(Token::Add, {args({3, 4})})};
  const BatchResult result = planted_fault("abort").run(batch);
  ASSERT_TRUE(result.failure);
  EXPECT_EQ(result.failure->kind, Failure::Kind::Crash);
  EXPECT_NE(result.failure->detail.find("signal 6"), std::string::npos) << result.failure->detail;
  EXPECT_EQ(result.outcomes, std::vector<std::vector<Outcome>>{{Outcome::value("3")}});
}

TEST(ExecBackend, ReportsAHangWhenTheDeadlinePasses) {
  const Program p = binary(Token::BitXor, {args({1, 2})});
  const auto result = planted_fault("hang").run({&p, 1});
  ASSERT_TRUE(result.failure);
  EXPECT_EQ(result.failure->kind, Failure::Kind::Hang);
}

TEST(ExecBackend, ReportsANonZeroExitWithTheLastLineOfStderr) {
  const Program p = binary(Token::Add, {args({1, 2})});
  const auto result = ExecBackend("broken", {"sh", "-c", "echo 'ImportError: no module' >&2; exit 1"}).run({&p, 1});
  ASSERT_TRUE(result.failure);
  EXPECT_EQ(result.failure->detail, "exit status 1: ImportError: no module");
}

TEST(ExecBackend, ReportsOutputThatIsNotTheDriversAsACrash) {
  const Program p = binary(Token::Add, {args({1, 2})});
  const auto result = ExecBackend("chatty", {"sh", "-c", "echo hello"}).run({&p, 1});
  ASSERT_TRUE(result.failure);
  EXPECT_EQ(result.failure->detail, "unexpected output: hello");
}

}  // namespace
}  // namespace pyprior::harness
