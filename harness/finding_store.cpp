#include "harness/finding_store.hpp"

#include <fstream>

#include "prior/error.hpp"

namespace pyprior::harness {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

// Writes through a temporary file and a rename, so readers (and a campaign
// killed mid-write) only ever see a whole file.
void write_atomically(const fs::path& path, const std::string& text) {
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) throw prior::Error("cannot write " + temporary.string());
  }
  fs::rename(temporary, path);
}

std::string token_names(const std::vector<prior::Token>& tokens) {
  std::string text;
  for (prior::Token t : tokens) text += (text.empty() ? "" : " ") + std::string(prior::info(t).name);
  return text;
}

json program_json(const CheckedProgram& checked) {
  json inputs = json::array();
  for (const InputTuple& tuple : checked.program.inputs) {
    json values = json::array();
    for (const prior::Integer& value : tuple) values.push_back(integer_json(value));
    inputs.push_back(values);
  }
  json outcomes = json::object();
  json expected = json::array();
  for (const Outcome& o : checked.expected) expected.push_back(o.text);
  outcomes["interp"] = expected;
  for (const Observation& peer : checked.observations) {
    if (peer.failure) {
      outcomes[peer.backend] = {{"failure", failure_kind_name(peer.failure->kind)}, {"detail", peer.failure->detail}};
      continue;
    }
    json texts = json::array();
    for (const Outcome& o : peer.outcomes) texts.push_back(o.text);
    outcomes[peer.backend] = texts;
  }
  return {{"source", checked.program.source},
          {"start", prior::start_name(checked.program.start)},
          {"tokens", token_names(checked.program.tokens)},
          {"inputs", inputs},
          {"outcomes", outcomes}};
}

void remove_previous_findings(const fs::path& dir) {
  std::ifstream file(dir / "summary.json");
  if (!file) return;
  const json previous = json::parse(file, nullptr, /*allow_exceptions=*/false);
  if (!previous.is_object() || !previous.contains("findings") || !previous["findings"].is_array()) return;
  for (const json& finding : previous["findings"]) {
    if (!finding.is_object() || !finding.contains("id") || !finding["id"].is_string()) continue;
    const std::string id = finding["id"];
    // Only plain folder names: a tampered summary must not reach outside.
    if (id.empty() || id.find('/') != std::string::npos || id.starts_with(".")) continue;
    std::error_code ignored;
    fs::remove_all(dir / id, ignored);
  }
}

}  // namespace

json integer_json(const prior::Integer& value) {
  if (value.fits_int64()) return value.to_int64();
  return value.to_string();
}

json report_json(const Finding& finding, const std::string& replay_command) {
  const Discrepancy& d = finding.discrepancy;
  json report = {
      {"id", finding.id},
      {"kind", finding_kind_name(d.kind)},
      {"backends", d.backends},
      {"failure",
       d.failure ? json{{"kind", failure_kind_name(d.failure->kind)}, {"detail", d.failure->detail}} : json(nullptr)},
      {"signature", finding.signature()},
      {"key", finding.key},
      {"shape", finding.shape},
      {"program", program_json(finding.shrunk)},
      {"original", program_json(finding.original)},
      {"original_index", finding.program_index},
      {"shrink_evaluations", finding.shrink_evaluations},
      {"replay", replay_command}};
  return report;
}

FindingStore::FindingStore(fs::path dir) : dir_(std::move(dir)) {
  std::error_code error;
  fs::create_directories(dir_, error);
  if (error || !fs::is_directory(dir_)) throw prior::Error("cannot create the findings folder " + dir_.string());
  remove_previous_findings(dir_);
}

void FindingStore::write_finding(const Finding& finding, const std::string& replay_command) const {
  const fs::path folder = dir_ / finding.id;
  fs::create_directories(folder);
  write_atomically(folder / "repro.py", render_repro(finding, replay_command));
  write_atomically(folder / "program.tokens", token_names(finding.shrunk.program.tokens) + "\n");
  write_atomically(folder / "report.json", report_json(finding, replay_command).dump(2) + "\n");
}

void FindingStore::write_summary(const json& summary) const {
  write_atomically(dir_ / "summary.json", summary.dump(2) + "\n");
}

}  // namespace pyprior::harness
