#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"

using pyprior::testing::run_pyprior;
using pyprior::testing::run_shell;
using pyprior::testing::temp_file;

namespace {

constexpr const char* kFile = R"(import os

def scale(x, y):  # a comment
    z = x * y + 1
    return z

def power(a, b):
    return a ** b
)";

std::vector<nlohmann::json> records_of(const std::string& jsonl) {
  std::vector<nlohmann::json> records;
  std::size_t at = 0;
  for (std::size_t end; (end = jsonl.find('\n', at)) != std::string::npos; at = end + 1)
    records.push_back(nlohmann::json::parse(jsonl.substr(at, end - at)));
  return records;
}

TEST(TokenizeCommand, WritesOneJsonRecordPerTopLevelFunction) {
  const auto result = run_pyprior("tokenize " + temp_file(kFile));
  EXPECT_EQ(result.exit_code, 1) << "one function is outside the language";
  const auto records = records_of(result.out);
  ASSERT_EQ(records.size(), 2u) << result.out;
  EXPECT_EQ(records[0]["ok"], true);
  EXPECT_EQ(records[0]["normalized_source"], "def func(a, b):\n    d = ((a * b) + 1)\n    return d\n");
  EXPECT_EQ(records[0]["tokens"].size(), 11u);
  EXPECT_TRUE(records[0]["error"].is_null());
  EXPECT_EQ(records[1]["ok"], false);
  EXPECT_EQ(records[1]["error"]["stage"], "unsupported_syntax");
  EXPECT_EQ(records[1]["error"]["node_type"], "Pow");
  EXPECT_EQ(records[1]["error"]["line"], 8);
  EXPECT_EQ(records[1]["error"]["column"], 11);
}

TEST(TokenizeCommand, ModuleStartWritesOneRecordPerFile) {
  const auto result = run_pyprior("tokenize --start module " + temp_file("def f(a):\n    return a\n"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto records = records_of(result.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["normalized_source"], "def func(a):\n    return a\n");
}

TEST(TokenizeCommand, TokensFormatPrintsIdsAndSendsErrorsToStderr) {
  const auto result = run_pyprior("tokenize --format tokens " + temp_file(kFile));
  EXPECT_EQ(result.out, "3 7 71 17 19 68 69 44 11 71 5\n");
  EXPECT_NE(result.err.find(":8:11: unsupported_syntax: "), std::string::npos) << result.err;
}

TEST(TokenizeCommand, PartialPromptFromStandardInput) {
  const auto result = run_shell("printf 'def func(a, b):' | " + std::string(PYPRIOR_BINARY) + " tokenize - --partial");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto records = records_of(result.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["complete"], false);
  EXPECT_EQ(records[0]["tokens"], nlohmann::json::array({3}));
}

TEST(TokenizeCommand, ProfileDecidesWhichFeaturesFit) {
  const std::string file = temp_file("def f(a):\n    return a // 2\n");
  EXPECT_EQ(run_pyprior("tokenize " + file).exit_code, 1);
  EXPECT_EQ(run_pyprior("tokenize --profile fuzz " + file).exit_code, 0);
}

TEST(TokenizeCommand, MissingFileIsOneLineAndExitTwo) {
  const auto result = run_pyprior("tokenize /nonexistent/file.py");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "pyprior tokenize: cannot read /nonexistent/file.py\n");
}

TEST(TokenizeCommand, BadFlagsExitTwo) {
  EXPECT_EQ(run_pyprior("tokenize").exit_code, 2);
  EXPECT_EQ(run_pyprior("tokenize --format xml " + temp_file(kFile)).exit_code, 2);
  EXPECT_EQ(run_pyprior("tokenize --start expr " + temp_file(kFile)).exit_code, 2);
}

}  // namespace
