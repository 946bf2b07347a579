// End-to-end tests of `pyprior diff`: exit statuses, the summary on stdout and
// on disk, setup errors, a stopped run, and the real PyPy and MicroPython.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "command_runner.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::testing {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

const std::string kPlantedFault =
    std::string(PYTHON_BINARY) + " " + PYPRIOR_SOURCE_DIR + "/tests/harness/fixtures/planted_fault.py";

// A folder for one test's findings that does not exist yet.
fs::path out_dir(const std::string& name) { return unique_temp_dir("pyprior-diff-" + name) / "findings"; }

json read_summary(const fs::path& dir) { return json::parse(slurp((dir / "summary.json").string())); }

TEST(DiffCommand, AgreeingRunExitsZeroWithAReadableAndAJsonSummary) {
  const fs::path dir = out_dir("clean");
  const auto result = run_pyprior("diff --programs 300 --seed 2 --out " + dir.string());
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("300 programs"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("no findings"), std::string::npos) << result.out;
  const json summary = read_summary(dir);
  EXPECT_EQ(summary["programs"], 300);
  EXPECT_EQ(summary["finished"], true);
  EXPECT_TRUE(summary["findings"].empty());
  EXPECT_EQ(summary["backends"], json::array({"interp", "cpython"}));
}

TEST(DiffCommand, PlantedFaultExitsOneWithEachFindingsReproOnDisk) {
  const fs::path dir = out_dir("planted");
  const auto result = run_pyprior("diff --programs 300 --seed 1 --no-cpython --impl 'planted=" + kPlantedFault +
                                  " floordiv' --out " + dir.string());
  ASSERT_EQ(result.exit_code, 1) << result.out << result.err;
  const json summary = read_summary(dir);
  ASSERT_FALSE(summary["findings"].empty());
  for (const json& finding : summary["findings"]) {
    EXPECT_EQ(finding["backends"], json::array({"planted"}));
    EXPECT_TRUE(fs::exists(dir / finding["repro"].get<std::string>())) << finding;
    EXPECT_NE(result.out.find(finding["id"].get<std::string>()), std::string::npos) << result.out;
  }
}

TEST(DiffCommand, ImplementationThatDoesNotStartIsASetupErrorBeforeTheCampaign) {
  const fs::path dir = out_dir("broken");
  const auto result = run_pyprior("diff --programs 10 --impl broken=/no/such/python --out " + dir.string());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("broken"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << "one line: " << result.err;
  EXPECT_FALSE(fs::exists(dir));
}

TEST(DiffCommand, BadFlagsExitTwoWithOneLine) {
  for (const char* flags : {"--programs 0", "--programs 5 --time 5", "--sampler best", "--jobs 0", "--no-cpython",
                            "--profile huge", "--start expr", "--impl =python3", "--inputs x"}) {
    const auto result = run_pyprior(std::string("diff ") + flags);
    EXPECT_EQ(result.exit_code, 2) << flags;
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << flags << ": " << result.err;
  }
}

// pyprior starts pyprior-diff from its own folder: without it, diff is a
// one-line error, not a crash, and the other commands work on.
TEST(DiffCommand, WithoutItsHelperDiffIsOneLineAndExitTwo) {
  const ScratchDir scratch("pyprior-diff-helper");
  const fs::path alone = scratch / "pyprior";
  fs::copy_file(PYPRIOR_BINARY, alone);
  const auto result = run_shell(alone.string() + " diff --programs 10");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
  EXPECT_NE(result.err.find("cannot start " + (scratch / "pyprior-diff").string()), std::string::npos) << result.err;
  EXPECT_EQ(run_shell(alone.string() + " sample -n 1").exit_code, 0);
}

TEST(DiffCommand, InterruptedRunKeepsAValidSummaryOfWhatRan) {
  const fs::path dir = out_dir("interrupted");
  const auto result = run_shell(std::string(PYPRIOR_BINARY) + " diff --time 120 --out " + dir.string() +
                                " & pid=$!; sleep 2; kill -INT $pid; wait $pid");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const json summary = read_summary(dir);
  EXPECT_EQ(summary["finished"], false);
  EXPECT_GT(summary["programs"].get<int>(), 0);
  EXPECT_LT(summary["elapsed_seconds"].get<double>(), 60);
}

TEST(DiffCommand, PresetsRunTheRealPyPyAndMicroPython) {
  const fs::path dir = out_dir("presets");
  const auto result = run_shell("cd " + std::string(PYPRIOR_SOURCE_DIR) + " && " + PYPRIOR_BINARY +
                                " diff --programs 100 --seed 4 --shrink-evaluations 30 --impl pypy --impl micropython --out " + dir.string());
  // MicroPython may disagree with CPython (that is what the campaign is for);
  // a setup error or a crash of the campaign may not happen.
  ASSERT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.out << result.err;
  const json summary = read_summary(dir);
  EXPECT_EQ(summary["programs"], 100);
  EXPECT_EQ(summary["backends"], json::array({"interp", "cpython", "pypy", "micropython"}));
  for (const json& finding : summary["findings"])
    EXPECT_EQ(finding["backends"], json::array({"micropython"})) << "CPython and PyPy agree with the interpreter";
}

}  // namespace
}  // namespace pyprior::testing
