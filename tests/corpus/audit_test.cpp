#include "corpus/audit.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include "corpus/files.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::corpus {
namespace {

namespace fs = std::filesystem;
using prior::Start;

const std::shared_ptr<const prior::Grammar>& seed_grammar() {
  static const auto grammar = prior::compile_grammar(prior::DecodeConfig::seed());
  return grammar;
}

// A small tree of Python files, removed at the end of the test.
class AuditTree : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root() / "package");
    write("fits.py", "def f(a):\n    return a + 1\n\ndef g(a, b):\n    d = a * b\n    return d\n");
    write("package/mixed.py",
          "import os\n\ndef h(a):\n    return a ** 2\n\ndef k(a):\n    return os.path.join(a)\n\ndef m(a):\n    return q\n");
    write("package/broken.py", "def f(a):\n    return (a\n");
    write("package/notes.txt", "def f(a):\n    return a\n");
  }

  void write(const std::string& name, const std::string& content) { write_file_atomically(root() / name, content); }

  const pyprior::testing::ScratchDir scratch_{"pyprior-audit-test"};
  const fs::path& root() const { return scratch_.path(); }
};

TEST_F(AuditTree, CountsFilesRecordsAndTheFunctionsThatFit) {
  const AuditReport report = audit_tree(root(), seed_grammar(), Start::Function);
  EXPECT_EQ(report.files, 3u) << "only .py files";
  EXPECT_EQ(report.records, 6u) << "2 + 3 functions, and one record for the file that is not Python";
  EXPECT_EQ(report.fitting, 2u);
}

TEST_F(AuditTree, HistogramsCountStagesAndNodeTypes) {
  const AuditReport report = audit_tree(root(), seed_grammar(), Start::Function);
  EXPECT_EQ(report.count_of_stage("unsupported_syntax"), 2u);
  EXPECT_EQ(report.errors.at("unsupported_syntax").at("Pow"), 1u);
  EXPECT_EQ(report.count_of_stage("name_normalization"), 1u);
  EXPECT_EQ(report.count_of_stage("python_parse"), 1u);
  EXPECT_EQ(report.count_of_stage("budget"), 0u);
}

TEST_F(AuditTree, PythonParseErrorsNameTheirFileAndLine) {
  const AuditReport report = audit_tree(root(), seed_grammar(), Start::Function);
  ASSERT_EQ(report.python_parse_errors.size(), 1u);
  EXPECT_TRUE(report.python_parse_errors[0].starts_with((root() / "package/broken.py").string() + ":2:"))
      << report.python_parse_errors[0];
}

TEST_F(AuditTree, ModuleStartMakesOneRecordPerFile) {
  const AuditReport report = audit_tree(root(), seed_grammar(), Start::Module);
  EXPECT_EQ(report.records, 3u);
  EXPECT_EQ(report.fitting, 0u) << "a module holds exactly one function";
}

TEST_F(AuditTree, JsonListsEveryStageInPipelineOrder) {
  const nlohmann::ordered_json json = audit_json(audit_tree(root(), seed_grammar(), Start::Function));
  std::vector<std::string> stages;
  for (const auto& [stage, count] : json["stages"].items()) stages.push_back(stage);
  EXPECT_EQ(stages, (std::vector<std::string>{"python_parse", "unsupported_syntax", "name_normalization",
                                                "vocab_encode", "budget"}));
  EXPECT_EQ(json["records"], 6);
  EXPECT_EQ(json["node_types"]["unsupported_syntax"]["Pow"], 1);
}

TEST_F(AuditTree, TextReportShowsTheFigures) {
  const std::string text = format_audit(audit_tree(root(), seed_grammar(), Start::Function), 8);
  EXPECT_NE(text.find("fit the language                          2   33.3 %"), std::string::npos) << text;
  EXPECT_NE(text.find("Pow"), std::string::npos) << text;
}

TEST(Audit, NoFunctionOfTheStandardLibraryIsAPythonParseError) {
  const fs::path stdlib = "/usr/lib/python3.11";
  ASSERT_TRUE(fs::is_directory(stdlib));
  const AuditReport report = audit_tree(stdlib, seed_grammar(), Start::Function);
  EXPECT_GT(report.records, 3000u);
  EXPECT_EQ(report.count_of_stage("python_parse"), 0u)
      << (report.python_parse_errors.empty() ? "" : report.python_parse_errors.front());
}

}  // namespace
}  // namespace pyprior::corpus
