#pragma once
// The findings folder of a campaign, written as findings come so that a
// campaign stopped at any moment leaves everything it found on disk:
//   DIR/summary.json         the run and the list of findings (rewritten
//                            atomically: a temporary file renamed over it)
//   DIR/<id>/repro.py        standalone reproducer (finding.hpp)
//   DIR/<id>/program.tokens  the shrunk program's tokens, display names
//   DIR/<id>/report.json     everything about the finding
// Integers in JSON are numbers when they fit in 64 bits, decimal strings
// otherwise.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "harness/finding.hpp"

namespace pyprior::harness {

class FindingStore {
 public:
  // Creates dir. The finding folders a previous summary.json there lists
  // are removed, so the folder describes one campaign.
  explicit FindingStore(std::filesystem::path dir);

  const std::filesystem::path& dir() const { return dir_; }
  void write_finding(const Finding& finding, const std::string& replay_command) const;
  void write_summary(const nlohmann::ordered_json& summary) const;

 private:
  std::filesystem::path dir_;
};

nlohmann::ordered_json integer_json(const prior::Integer& value);
nlohmann::ordered_json report_json(const Finding& finding, const std::string& replay_command);

}  // namespace pyprior::harness
