#pragma once
// A differential campaign: programs from the generator run in batches on the
// reference (the bounded interpreter) and on every peer; each discrepancy
// either joins the finding it belongs to or, shrunk, becomes a new finding,
// written to the findings folder at once.
//
// Grouping, so that one root cause is reported once: a discrepancy whose key
// (Discrepancy::key) matches a finding's, in a program that uses every
// construct of that finding's shrunk program, counts as another occurrence
// of it. Otherwise it is shrunk; if the shrunk program's shape and that of a
// finding with the same key nest (shapes_nest) it counts there, else it is a
// new finding.
#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "harness/finding.hpp"
#include "harness/finding_store.hpp"
#include "harness/program_generator.hpp"

namespace pyprior::harness {

struct CampaignOptions {
  prior::DecodeConfig config = prior::DecodeConfig::fuzz();
  prior::Start start = prior::Start::Function;
  std::uint64_t seed = 0;
  // Uniform: on 2,000 fuzz programs against MicroPython it showed 67
  // discrepancies (6 findings) to the weighted prior's 24 (3 findings).
  SamplerKind sampler = SamplerKind::Uniform;
  std::uint64_t max_programs = 0;               // 0: no limit
  std::chrono::duration<double> max_time{0.0};  // 0: no limit
  int inputs_per_program = 3;
  std::size_t batch_size = 1000;
  // The guard's caps. A call still running after 1,000 steps nearly always
  // never ends (a tenth of the interpreter's default cap keeps back 1.02x as
  // many calls of fuzz programs, for a quarter of the interpreter's time).
  prior::Limits limits{.max_steps = 1000, .max_int_bits = 1024};
  int shrink_evaluations = 2000;  // per shrink
  int shrinks_per_key = 4;        // after that many, a key's discrepancies only count
};

struct CampaignStats {
  std::uint64_t programs = 0;       // generated and checked
  std::uint64_t calls = 0;          // calls compared with the peers
  std::uint64_t capped_calls = 0;   // calls the reference kept back (a cap hit)
  std::uint64_t discrepancies = 0;  // before grouping
  std::size_t findings = 0;
  std::chrono::duration<double> elapsed{0.0};
  bool finished = false;  // the budget was spent (not stopped early)
};

class Campaign {
 public:
  // peers: the backends compared with the interpreter, probed beforehand.
  // replay_base: the command line that replays this campaign, less its
  // --programs flag, which reports add (the programs up to a finding).
  Campaign(CampaignOptions options, std::vector<AnyBackend> peers, FindingStore store, std::string replay_base);

  using Progress = std::function<void(const CampaignStats&)>;
  // Runs until the budget is spent or stop becomes true (then the batch in
  // hand is finished). summary.json is rewritten after every batch and
  // finding; on_progress is called as often.
  CampaignStats run(const std::atomic<bool>& stop, const Progress& on_progress = {});

  const std::vector<Finding>& findings() const { return findings_; }
  nlohmann::ordered_json summary_json() const;

 private:
  void check_batch_of(std::vector<Program> batch, const std::atomic<bool>& stop, const Progress& on_progress);
  void record(const CheckedProgram& checked, const Discrepancy& discrepancy, std::uint64_t index,
              const std::atomic<bool>& stop);
  bool may_shrink(const std::string& key);
  Finding* finding_for(const std::string& key, const std::vector<prior::Token>& tokens, bool by_shape);
  std::vector<AnyBackend> peers_named(const std::vector<std::string>& names) const;
  bool budget_spent() const;
  std::string replay_command(std::uint64_t programs) const;
  void publish(const Progress& on_progress);

  CampaignOptions options_;
  ProgramGenerator generator_;
  InterpBackend reference_;
  std::vector<AnyBackend> peers_;
  FindingStore store_;
  std::string replay_base_;
  std::vector<Finding> findings_;
  std::vector<std::pair<std::string, int>> shrinks_by_key_;
  CampaignStats stats_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace pyprior::harness
