#include "corpus/audit.hpp"

#include <algorithm>
#include <cstdio>

#include "corpus/files.hpp"
#include "corpus/tokenize.hpp"
#include "prior/error.hpp"

namespace fs = std::filesystem;

namespace pyprior::corpus {
namespace {

// The stages in the order tokenize runs them.
constexpr std::string_view kStages[] = {"python_parse", "unsupported_syntax", "name_normalization", "vocab_encode",
                                        "budget"};

std::string percent(std::size_t part, std::size_t whole) {
  char text[16];
  std::snprintf(text, sizeof text, "%5.1f %%", whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return text;
}

std::string row(std::string_view label, std::size_t count, std::size_t whole, int indent) {
  char text[160];
  std::snprintf(text, sizeof text, "%*s%-*.*s %8zu  %s\n", indent, "", 34 - indent, 34 - indent, std::string(label).c_str(),
                count, percent(count, whole).c_str());
  return text;
}

// Node types of one stage, most frequent first.
std::vector<std::pair<std::string, std::size_t>> by_count(const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return sorted;
}

}  // namespace

std::size_t AuditReport::count_of_stage(const std::string& stage) const {
  const auto it = errors.find(stage);
  if (it == errors.end()) return 0;
  std::size_t total = 0;
  for (const auto& [node_type, count] : it->second) total += count;
  return total;
}

void audit_file(AuditReport& report, const fs::path& path, const std::shared_ptr<const prior::Grammar>& grammar) {
  ++report.files;
  std::string source;
  try {
    source = read_file(path);
  } catch (const prior::Error&) {
    ++report.unreadable_files;
    return;
  }
  for (const TokenizeResult& result : tokenize_records(source, grammar, report.start)) {
    ++report.records;
    if (result.ok && result.complete) {
      ++report.fitting;
      continue;
    }
    if (!result.error) continue;  // an incomplete program cannot come from a whole file
    const TokenizeError& e = *result.error;
    ++report.errors[e.stage][e.node_type];
    if (e.stage == "python_parse")
      report.python_parse_errors.push_back(path.string() + ":" + std::to_string(e.line) + ":" +
                                           std::to_string(e.column) + ": " + e.message);
  }
}

AuditReport audit_tree(const fs::path& root, const std::shared_ptr<const prior::Grammar>& grammar, prior::Start start) {
  AuditReport report;
  report.start = start;
  for (const fs::path& file : find_python_files(root)) audit_file(report, file, grammar);
  return report;
}

std::string format_audit(const AuditReport& report, std::size_t top) {
  const std::string unit = report.start == prior::Start::Function ? "top-level functions" : "files as modules";
  std::string text;
  text += row("files", report.files, report.files, 0);
  if (report.unreadable_files > 0) text += row("unreadable files", report.unreadable_files, report.files, 0);
  text += row(unit, report.records, report.records, 0);
  text += row("fit the language", report.fitting, report.records, 0);
  text += "\nerror stages (node types per stage, most frequent first)\n";
  for (std::string_view stage : kStages) {
    const auto it = report.errors.find(std::string(stage));
    text += row(stage, report.count_of_stage(std::string(stage)), report.records, 2);
    if (it == report.errors.end()) continue;
    std::size_t shown = 0;
    for (const auto& [node_type, count] : by_count(it->second)) {
      if (shown++ == top) break;
      text += row(node_type.empty() ? "(no node type)" : node_type, count, report.records, 6);
    }
  }
  for (const std::string& error : report.python_parse_errors) text += "python_parse error (a parser bug): " + error + "\n";
  return text;
}

nlohmann::ordered_json audit_json(const AuditReport& report) {
  nlohmann::ordered_json json;
  json["start"] = std::string(prior::start_name(report.start));
  json["files"] = report.files;
  json["unreadable_files"] = report.unreadable_files;
  json["records"] = report.records;
  json["fitting"] = report.fitting;
  auto& stages = json["stages"] = nlohmann::ordered_json::object();
  for (std::string_view stage : kStages) stages[std::string(stage)] = report.count_of_stage(std::string(stage));
  auto& node_types = json["node_types"] = nlohmann::ordered_json::object();
  for (const auto& [stage, counts] : report.errors) {
    auto& of_stage = node_types[stage] = nlohmann::ordered_json::object();
    for (const auto& [node_type, count] : by_count(counts)) of_stage[node_type] = count;
  }
  json["python_parse_errors"] = report.python_parse_errors;
  return json;
}

}  // namespace pyprior::corpus
