#include "harness/isolate.hpp"

#include <gtest/gtest.h>

#include "harness_fixtures.hpp"

namespace pyprior::harness {
namespace {

using namespace testing;
using prior::Token;

// def func(a, b): return (a OP b), on (1, 2)
Program binary(Token op) {
  return program({Token::Def2, Token::Return, op, Token::NameA, Token::NameB, Token::EndBlock}, {args({1, 2})});
}

// Ten programs of `+`, with `op` at the given positions.
std::vector<Program> batch_with(Token op, std::initializer_list<std::size_t> positions) {
  std::vector<Program> batch(10, binary(Token::Add));
  for (std::size_t p : positions) batch[p] = binary(op);
  return batch;
}

std::vector<std::size_t> failed_positions(const std::vector<ProgramRun>& runs, Failure::Kind kind) {
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < runs.size(); ++i)
    if (runs[i].failure && runs[i].failure->kind == kind) positions.push_back(i);
  return positions;
}

TEST(RunIsolating, PinsEachCrashOnItsProgramAndRunsTheRest) {
  const std::vector<ProgramRun> runs = run_isolating(planted_fault("abort"), batch_with(Token::LShift, {3, 7}));
  ASSERT_EQ(runs.size(), 10u);
  EXPECT_EQ(failed_positions(runs, Failure::Kind::Crash), (std::vector<std::size_t>{3, 7}));
  EXPECT_EQ(runs[9].outcomes, std::vector{Outcome::value("3")});
}

TEST(RunIsolating, PinsAHangOnItsProgram) {
  const std::vector<ProgramRun> runs = run_isolating(planted_fault("hang"), batch_with(Token::BitXor, {6}));
  EXPECT_EQ(failed_positions(runs, Failure::Kind::Hang), std::vector<std::size_t>{6});
  EXPECT_EQ(runs[7].outcomes, std::vector{Outcome::value("3")});
}

TEST(RunIsolating, HalvesABatchThatFailsBeforeAnyOutput) {
  // Refuses any file that holds a `<<`, before running anything.
  const ExecBackend picky("picky",
                          {"sh", "-c", "if grep -q '<<' \"$0\"; then exit 1; fi; exec " + kPython + " \"$0\""});
  const std::vector<ProgramRun> runs = run_isolating(picky, batch_with(Token::LShift, {8}));
  EXPECT_EQ(failed_positions(runs, Failure::Kind::Crash), std::vector<std::size_t>{8});
  EXPECT_EQ(runs[0].outcomes, std::vector{Outcome::value("3")});
}

TEST(RunIsolating, LeavesAHealthyBatchAlone) {
  const std::vector<ProgramRun> runs = run_isolating(planted_fault("abort"), batch_with(Token::Add, {}));
  EXPECT_TRUE(failed_positions(runs, Failure::Kind::Crash).empty());
  EXPECT_EQ(runs.size(), 10u);
}

}  // namespace
}  // namespace pyprior::harness
