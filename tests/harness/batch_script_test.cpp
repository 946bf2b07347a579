#include "harness/batch_script.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "harness/subprocess.hpp"
#include "harness_fixtures.hpp"

namespace pyprior::harness {
namespace {

using namespace testing;
using prior::Token;

// def func(a, b): return (a // b)
Program floor_division(std::vector<InputTuple> inputs) {
  return program({Token::Def2, Token::Return, Token::FloorDiv, Token::NameA, Token::NameB, Token::EndBlock},
                 std::move(inputs));
}

// def func(): return
Program returns_none() { return program({Token::Def0, Token::ReturnNone, Token::EndBlock}, {{}}); }

std::string run_with(const std::string& interpreter, const std::string& script) {
  const auto file = fresh_dir("script") / "batch.py";
  std::ofstream(file) << script;
  return run_process({interpreter, file.string()}, std::chrono::seconds(30)).out;
}

TEST(PythonTuple, WritesPythonLiteralsIncludingTheOneElementComma) {
  EXPECT_EQ(python_tuple({}), "()");
  EXPECT_EQ(python_tuple(args({-7})), "(-7,)");
  EXPECT_EQ(python_tuple({prior::Integer(3), *prior::Integer::from_string("-9223372036854775809")}),
            "(3, -9223372036854775809)");
}

TEST(RenameFunction, RenamesTheDefinitionOnly) {
  EXPECT_EQ(rename_function("def func(a):\n    return a\n", "func_7"), "def func_7(a):\n    return a\n");
}

TEST(BatchScript, PrintsOneTaggedLinePerCallUnderCPython) {
  const std::vector<Program> batch = {floor_division({args({7, -2}), args({1, 0})}), returns_none()};
  EXPECT_EQ(run_with(kPython, render_batch_script(batch)), "0:0:=-4\n0:1:!ZeroDivisionError\n1:0:=None\n");
}

TEST(BatchScript, RunsUnchangedUnderPyPy) {
  const std::vector<Program> batch = {floor_division({args({7, -2}), args({1, 0})}), returns_none()};
  EXPECT_EQ(run_with("pypy3", render_batch_script(batch)), "0:0:=-4\n0:1:!ZeroDivisionError\n1:0:=None\n");
}

TEST(ParseBatchOutput, ReadsValuesNoneAndExceptions) {
  const std::vector<Program> batch = {floor_division({args({7, -2}), args({1, 0})}), returns_none()};
  const ParsedOutput parsed = parse_batch_output("0:0:=-4\n0:1:!ZeroDivisionError\n1:0:=None\n", batch);
  ASSERT_FALSE(parsed.unexpected_line);
  ASSERT_EQ(parsed.outcomes.size(), 2u);
  EXPECT_EQ(parsed.outcomes[0], (std::vector{Outcome::value("-4"), Outcome::exception("ZeroDivisionError")}));
  EXPECT_EQ(parsed.outcomes[1], std::vector{Outcome::none()});
}

TEST(ParseBatchOutput, KeepsOnlyTheProgramsWhoseEveryCallWasReported) {
  const std::vector<Program> batch = {floor_division({args({7, -2})}), floor_division({args({1, 1}), args({2, 1})})};
  const ParsedOutput parsed = parse_batch_output("0:0:=-4\n1:0:=1\n1:1:=2", batch);  // last line cut short
  EXPECT_FALSE(parsed.unexpected_line);
  EXPECT_EQ(parsed.outcomes.size(), 1u);
}

TEST(ParseBatchOutput, StopsAtALineTheDriverDidNotPrint) {
  const std::vector<Program> batch = {floor_division({args({7, -2})}), floor_division({args({1, 1})})};
  const ParsedOutput parsed = parse_batch_output("0:0:=-4\nSegmentation fault\n1:0:=1\n", batch);
  EXPECT_EQ(parsed.outcomes.size(), 1u);
  EXPECT_EQ(parsed.unexpected_line, "Segmentation fault");
}

TEST(ParseBatchOutput, RejectsLinesOutOfOrder) {
  const std::vector<Program> batch = {floor_division({args({7, -2}), args({1, 1})})};
  EXPECT_EQ(parse_batch_output("0:1:=1\n0:0:=-4\n", batch).unexpected_line, "0:1:=1");
}

TEST(ParseBatchOutput, RejectsOutputAfterTheLastCall) {
  const std::vector<Program> batch = {floor_division({args({7, -2})})};
  EXPECT_EQ(parse_batch_output("0:0:=-4\nextra\n", batch).unexpected_line, "extra");
}

}  // namespace
}  // namespace pyprior::harness
