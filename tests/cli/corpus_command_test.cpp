#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "command_runner.hpp"
#include "tests/support/scratch_dir.hpp"

using pyprior::testing::run_pyprior;
using pyprior::testing::slurp;

namespace fs = std::filesystem;

namespace {

// A scratch directory per test, removed afterwards.
class CorpusCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "src");
    write("src/a.py", "def f(a):\n    return a + 1\n\ndef g(a, b):\n    return a ** b\n");
    write("src/b.py", "def h(x):\n    y = x * 2\n    return y\n\ndef same_as_f(z):\n    return z + 1\n");
  }

  void write(const std::string& name, const std::string& text) {
    FILE* f = std::fopen((dir_ / name).c_str(), "wb");
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::size_t files_in(const std::string& name) const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_ / name), fs::directory_iterator()));
  }

  const pyprior::testing::ScratchDir dir_{"pyprior-corpus-command"};
};

TEST_F(CorpusCommand, ImportKeepsTheFunctionsThatFitWithoutDuplicates) {
  const auto result = run_pyprior("corpus import " + path("src") + " --out " + path("c.tokens"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "imported 3 programs: 2 new, 1 duplicates, 1 records outside the language; " +
                            path("c.tokens") + " holds 2\n");
  EXPECT_TRUE(slurp(path("c.tokens")).starts_with("pyprior-tokens 1\n"));
}

TEST_F(CorpusCommand, ImportMergesIntoAnExistingCorpus) {
  ASSERT_EQ(run_pyprior("corpus import " + path("src/a.py") + " --out " + path("c.tokens")).exit_code, 0);
  const auto result = run_pyprior("corpus import " + path("src/b.py") + " --out " + path("c.tokens"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(" holds 2\n"), std::string::npos) << result.err;
}

TEST_F(CorpusCommand, ExportToPythonWritesCanonicalSources) {
  ASSERT_EQ(run_pyprior("corpus import " + path("src") + " --out " + path("c.tokens")).exit_code, 0);
  ASSERT_EQ(run_pyprior("corpus export " + path("c.tokens") + " --out " + path("py")).exit_code, 0);
  EXPECT_EQ(files_in("py"), 2u);
  const auto again = run_pyprior("tokenize " + path("py") + "/*.py");  // the shell expands the pattern
  EXPECT_EQ(again.exit_code, 0) << again.err;
}

TEST_F(CorpusCommand, BytesRoundTripThroughALibFuzzerCorpus) {
  ASSERT_EQ(run_pyprior("corpus import " + path("src") + " --out " + path("c.tokens")).exit_code, 0);
  ASSERT_EQ(run_pyprior("corpus export " + path("c.tokens") + " --to bytes --out " + path("bytes")).exit_code, 0);
  EXPECT_EQ(files_in("bytes"), 2u);
  ASSERT_EQ(run_pyprior("corpus import --from bytes " + path("bytes") + " --out " + path("back.tokens")).exit_code, 0);
  ASSERT_EQ(run_pyprior("corpus export " + path("back.tokens") + " --out " + path("py")).exit_code, 0);
  ASSERT_EQ(run_pyprior("corpus export " + path("c.tokens") + " --out " + path("py")).exit_code, 0);
  EXPECT_EQ(files_in("py"), 2u) << "the same programs come back";
}

TEST_F(CorpusCommand, CorpusOfAnotherProfileIsAOneLineError) {
  ASSERT_EQ(run_pyprior("corpus import " + path("src") + " --out " + path("c.tokens")).exit_code, 0);
  const auto result = run_pyprior("corpus export " + path("c.tokens") + " --profile fuzz --out " + path("py"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("token corpus written for config"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

TEST_F(CorpusCommand, TruncatedCorpusIsAOneLineError) {
  ASSERT_EQ(run_pyprior("corpus import " + path("src") + " --out " + path("c.tokens")).exit_code, 0);
  const std::string text = slurp(path("c.tokens"));
  write("cut.tokens", text.substr(0, text.size() / 2));
  const auto result = run_pyprior("corpus export " + path("cut.tokens") + " --out " + path("py"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("truncated token corpus"), std::string::npos) << result.err;
}

TEST_F(CorpusCommand, AuditReportsStagesAsJson) {
  const auto result = run_pyprior("corpus audit " + path("src") + " --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["files"], 2);
  EXPECT_EQ(report["records"], 4);
  EXPECT_EQ(report["fitting"], 3);
  EXPECT_EQ(report["stages"]["unsupported_syntax"], 1);
  EXPECT_EQ(report["node_types"]["unsupported_syntax"]["Pow"], 1);
}

TEST_F(CorpusCommand, UnknownSubcommandExitsTwo) {
  const auto result = run_pyprior("corpus shuffle");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "pyprior corpus: unknown subcommand 'shuffle' (expected audit, import or export)\n");
}

}  // namespace
