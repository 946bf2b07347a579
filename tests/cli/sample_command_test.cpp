#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "command_runner.hpp"
#include "prior/decoder.hpp"

using pyprior::testing::run_pyprior;
using pyprior::testing::run_shell;
using pyprior::testing::temp_file;
using namespace pyprior::prior;

namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) out.push_back(line);
  return out;
}

TEST(SampleCommand, SameSeedGivesSameProgramsAndOtherSeedsDiffer) {
  const auto first = run_pyprior("sample -n 20 --seed 5");
  const auto again = run_pyprior("sample -n 20 --seed 5");
  const auto other = run_pyprior("sample -n 20 --seed 6");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, again.out);
  EXPECT_NE(first.out, other.out);
  EXPECT_NE(first.out.find("def func("), std::string::npos);
}

// Program i comes from the i-th draws of the seed's streams: the output is
// the same on any number of threads, and a shorter run is a prefix of a
// longer one. 3,000 programs make three chunks of work.
TEST(SampleCommand, OutputIsTheSameForAnyJobsAndShorterRunsArePrefixes) {
  const auto one = run_pyprior("sample -n 3000 --seed 9 --run 2 --format jsonl --jobs 1");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(lines(one.out).size(), 3000u);
  for (const char* jobs : {"2", "3", "8"}) {
    const auto many = run_pyprior(std::string("sample -n 3000 --seed 9 --run 2 --format jsonl --jobs ") + jobs);
    ASSERT_EQ(many.exit_code, 0) << many.err;
    EXPECT_EQ(many.out, one.out) << "--jobs " << jobs;
  }
  const auto shorter = run_pyprior("sample -n 1500 --seed 9 --run 2 --format jsonl --jobs 2");
  ASSERT_EQ(shorter.exit_code, 0) << shorter.err;
  EXPECT_EQ(shorter.out, one.out.substr(0, shorter.out.size()));
  EXPECT_EQ(lines(shorter.out).size(), 1500u);
}

TEST(SampleCommand, TokenFormatGivesValidProgramsWithinMaxLen) {
  for (const char* profile : {"seed", "fuzz"}) {
    const auto result = run_pyprior(std::string("sample -n 200 --format tokens --max-len 40 --uniform --profile ") + profile);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    DecodeConfig cfg = std::string(profile) == "seed" ? DecodeConfig::seed() : DecodeConfig::fuzz();
    cfg.max_len = 40;
    const auto grammar = compile_grammar(cfg);
    const auto rows = lines(result.out);
    ASSERT_EQ(rows.size(), 200u);
    for (const auto& row : rows) {
      std::vector<Token> tokens;
      std::istringstream ids(row);
      for (int id; ids >> id;) tokens.push_back(token_from_id(id));
      const Validation v = validate(tokens, grammar, Start::Function);
      EXPECT_TRUE(v.ok && v.complete) << row;
      EXPECT_LE(tokens.size(), 40u);
    }
  }
}

TEST(SampleCommand, JsonlOutcomesAgreeWithRealCPython) {
  const auto result = run_pyprior("sample -n 300 --run 3 --format jsonl --seed 11");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string path = temp_file(result.out, ".jsonl");
  for (const auto& line : lines(result.out)) {
    const auto record = nlohmann::json::parse(line);
    ASSERT_TRUE(record.contains("source") && record.contains("tokens"));
    ASSERT_EQ(record["inputs"].size(), 3u);
    ASSERT_EQ(record["outputs"].size(), 3u);
  }
  // CPython runs every program on the recorded inputs and must print the same outcome strings.
  const std::string checker = temp_file(R"(import json, sys
bad = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    ns = {"__name__": "check"}
    exec(compile(r["source"], "<p>", "exec"), ns)
    for args, want in zip(r["inputs"], r["outputs"]):
        try:
            got = repr(ns["func"](*[int(a) for a in args]))
        except Exception as e:
            got = type(e).__name__
        if got != want:
            bad += 1
            print(r["source"], args, got, want)
print("mismatches", bad)
)");
  const auto check = run_shell(std::string(PYTHON_BINARY) + " " + checker + " " + path);
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("mismatches 0"), std::string::npos) << check.out;
}

TEST(SampleCommand, SourceFormatWithRunShowsOneOutcomeLinePerInput) {
  const auto result = run_pyprior("sample -n 1 --run 2 --seed 3");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  int outcome_lines = 0;
  for (const auto& line : lines(result.out)) outcome_lines += line.rfind("# func(", 0) == 0;
  EXPECT_EQ(outcome_lines, 2);
}

TEST(SampleCommand, BadFlagsExitTwoWithOneLine) {
  for (const char* args : {"sample --profile nope", "sample --format xml", "sample -n -1", "sample --start loop",
                           "sample --max-len 2", "sample --run 2 --start expr", "sample --bogus", "sample --jobs 0",
                           "sample --jobs 1000"}) {
    const auto result = run_pyprior(args);
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(lines(result.err).size(), 1u) << args << ": " << result.err;
    EXPECT_TRUE(result.out.empty()) << args;
  }
}

// A full disk: one line saying so and exit 2, from a single thread or several.
TEST(SampleCommand, OutputThatCannotBeWrittenIsOneLineAndExitTwo) {
  for (const char* args : {"sample -n 3 --jobs 1", "sample -n 20000 --run 1 --jobs 2"}) {
    const auto result = run_pyprior(std::string(args) + " > /dev/full");
    EXPECT_EQ(result.exit_code, 2) << args;
    EXPECT_EQ(lines(result.err).size(), 1u) << args << ": " << result.err;
    EXPECT_NE(result.err.find("cannot write the output"), std::string::npos) << result.err;
  }
}

TEST(SampleCommand, EveryStartSamples) {
  for (const char* start : {"function", "module", "block", "expr"}) {
    const auto result = run_pyprior(std::string("sample -n 5 --start ") + start);
    EXPECT_EQ(result.exit_code, 0) << start << result.err;
    EXPECT_FALSE(result.out.empty()) << start;
  }
}

TEST(SampleCommand, PromptIsContinuedUnderItsCanonicalNames) {
  const auto result = run_pyprior(
      "sample -n 50 --seed 3 --run 2 --format jsonl --prompt \"$(printf 'def func(a, b):\\n    c = a * b\\n    if c > 3:')\"");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string prefix = "def func(a, b):\n    d = (a * b)\n    if (d > 3):\n        ";
  std::set<std::string> programs;
  for (const auto& line : lines(result.out)) {
    const auto record = nlohmann::json::parse(line);
    const std::string source = record["source"];
    EXPECT_EQ(source.substr(0, prefix.size()), prefix);
    EXPECT_EQ(record["outputs"].size(), 2u);
    programs.insert(source);
  }
  EXPECT_EQ(lines(result.out).size(), 50u);
  EXPECT_GT(programs.size(), 25u) << "the continuations are drawn, not fixed";
}

TEST(SampleCommand, PromptOutsideTheLanguageIsOneLineAndExitTwo) {
  for (const char* prompt : {"def func(a, b): return a ** b", "def func(a, b", "def func(a):\n    return b"}) {
    const auto result = run_pyprior(std::string("sample -n 1 --prompt \"$(printf '") + prompt + "')\"");
    EXPECT_EQ(result.exit_code, 2) << prompt;
    EXPECT_NE(result.err.find("prompt: "), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
  }
}

TEST(Help, OverviewListsEveryCommandAndEachCommandHasHelp) {
  const auto overview = run_pyprior("--help");
  ASSERT_EQ(overview.exit_code, 0);
  for (const char* command : {"sample", "run", "vocab", "diff", "tokenize", "corpus"}) {
    EXPECT_NE(overview.out.find(command), std::string::npos) << command;
    const auto help = run_pyprior(std::string(command) + " --help");
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_NE(help.out.find("usage: pyprior"), std::string::npos) << command;
  }
  EXPECT_EQ(run_pyprior("frobnicate").exit_code, 2);
}

TEST(VocabCommand, PrintsEveryTokenWithItsStableId) {
  const auto result = run_pyprior("vocab");
  ASSERT_EQ(result.exit_code, 0);
  const auto rows = lines(result.out);
  ASSERT_EQ(static_cast<int>(rows.size()), kVocabSize);
  EXPECT_EQ(rows[0].substr(0, 8), "0\t<pad>\t");
  EXPECT_EQ(rows[id(Token::Assign)].substr(0, rows[id(Token::Assign)].find('\t', 3)),
            std::to_string(id(Token::Assign)) + "\tassign");
  const auto json = nlohmann::json::parse(run_pyprior("vocab --format json").out);
  EXPECT_EQ(json.size(), static_cast<std::size_t>(kVocabSize));
  EXPECT_EQ(json[id(Token::FloorDiv)]["feature"], "floordiv_mod");
}

}  // namespace
