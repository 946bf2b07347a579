#include <gtest/gtest.h>

#include "command_runner.hpp"

using pyprior::testing::run_pyprior;
using pyprior::testing::temp_file;

namespace {

constexpr const char* kHumanFunction = R"(# clamps and scales, written the way a person would
def scale(value, factor):
    if value < 0: return 0
    elif value > 10:
        result = 10 * factor
    else:
        result = value * factor   # the common case
    return result
)";

TEST(RunCommand, RunsHumanCodeOnEveryInput) {
  const std::string file = temp_file(kHumanFunction);
  const auto result = run_pyprior("run " + file + " --input 3,4 --input -5,2 --input 200,3");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "12\n0\n30\n");
}

TEST(RunCommand, PrintsExceptionNamesBoolsNoneAndBigIntegers) {
  const std::string file = temp_file("def f(a, b):\n    if a == 0:\n        return\n    if a == 1:\n        return a < b\n"
                                     "    return a // b\n");
  const auto result = run_pyprior("run " + file + " --input 0,1 --input 1,2 --input 7,0 --input -7,2 --input 99999999999999999999,1");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "None\nTrue\nZeroDivisionError\n-4\n99999999999999999999\n");
}

TEST(RunCommand, ReportsCapsAsOutcomes) {
  const std::string file = temp_file("def f(a):\n    d = 0\n    for i in range(a):\n        d = d + 1\n    return d\n");
  const auto result = run_pyprior("run " + file + " --input 10 --input 100000000 --max-steps 1000");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "10\nstep_limit\n");
}

TEST(RunCommand, UnsupportedSourceExitsTwoWithStageAndNodeType) {
  const std::string file = temp_file("import os\ndef f(a):\n    return a\n");
  const auto result = run_pyprior("run " + file + " --input 1");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unsupported_syntax"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Import"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(RunCommand, InvalidPythonExitsTwo) {
  const std::string file = temp_file("def f(a:\n    return a\n");
  const auto result = run_pyprior("run " + file + " --input 1");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("python_parse"), std::string::npos) << result.err;
}

TEST(RunCommand, BadInputsExitTwoWithOneLine) {
  const std::string file = temp_file("def f(a, b):\n    return a + b\n");
  for (const std::string& args : {file + " --input 1,x", file + " --input 1", file + " --input 1,2,3",
                                 std::string("/nonexistent/file.py --input 1"), std::string("--input 1")}) {
    const auto result = run_pyprior("run " + args);
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << args << ": " << result.err;
  }
}

}  // namespace

namespace {

TEST(RunCommand, ConstantsOutsideTheVocabularyAreAVocabEncodeError) {
  const std::string file = temp_file("def f(a):\n    return a + 100\n");
  const auto result = run_pyprior("run " + file + " --input 1");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("vocab_encode"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Constant[int]"), std::string::npos) << result.err;
}

}  // namespace
