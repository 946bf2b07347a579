#pragma once
// The corpus audit: how much of a tree of real Python fits the language, as
// histograms of error stages and of the node types that stopped each record.
// A record is a top-level function (Start::Function) or a whole file
// (Start::Module), read as tokenize_functions / tokenize_source read them.
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "prior/decoder.hpp"

namespace pyprior::corpus {

struct AuditReport {
  prior::Start start = prior::Start::Function;
  std::size_t files = 0;
  std::size_t unreadable_files = 0;
  std::size_t records = 0;
  std::size_t fitting = 0;  // records that tokenize to a complete program
  // stage -> node type ("" when none applies) -> records
  std::map<std::string, std::map<std::string, std::size_t>> errors;
  // Files with a python_parse error: "path:line:column: message". Real
  // Python never has one, so each is a parser bug.
  std::vector<std::string> python_parse_errors;

  std::size_t count_of_stage(const std::string& stage) const;
};

// Adds one file's records to the report.
void audit_file(AuditReport& report, const std::filesystem::path& path,
                const std::shared_ptr<const prior::Grammar>& grammar);

// Every .py file under root (corpus/files.hpp). Throws prior::Error when root
// cannot be walked; an unreadable file is counted and skipped.
AuditReport audit_tree(const std::filesystem::path& root, const std::shared_ptr<const prior::Grammar>& grammar,
                       prior::Start start);

// The report as a readable table; top: node types listed per stage.
std::string format_audit(const AuditReport& report, std::size_t top);
nlohmann::ordered_json audit_json(const AuditReport& report);

}  // namespace pyprior::corpus
