#include "harness/campaign.hpp"

#include <algorithm>
#include <cstdio>

#include "harness/minimize.hpp"

namespace pyprior::harness {
namespace {

using Clock = std::chrono::steady_clock;

std::string finding_id(FindingKind kind, std::size_t number) {
  char digits[16];
  std::snprintf(digits, sizeof digits, "%03zu", number);
  return std::string(finding_kind_name(kind)) + "-" + digits;
}

}  // namespace

Campaign::Campaign(CampaignOptions options, std::vector<AnyBackend> peers, FindingStore store, std::string replay_base)
    : options_(std::move(options)),
      generator_(options_.config, options_.start, options_.seed, options_.sampler, options_.inputs_per_program),
      reference_(options_.limits),
      peers_(std::move(peers)),
      store_(std::move(store)),
      replay_base_(std::move(replay_base)) {}

std::string Campaign::replay_command(std::uint64_t programs) const {
  return replay_base_ + " --programs " + std::to_string(programs);
}

bool Campaign::budget_spent() const {
  if (options_.max_programs > 0 && stats_.programs >= options_.max_programs) return true;
  return options_.max_time.count() > 0 && stats_.elapsed >= options_.max_time;
}

CampaignStats Campaign::run(const std::atomic<bool>& stop, const Progress& on_progress) {
  started_ = Clock::now();
  publish(on_progress);
  while (!stop.load() && !budget_spent()) {
    std::size_t count = options_.batch_size;
    if (options_.max_programs > 0) count = std::min<std::uint64_t>(count, options_.max_programs - stats_.programs);
    check_batch_of(generator_.next_batch(count), stop, on_progress);
    publish(on_progress);
  }
  stats_.finished = budget_spent();
  publish(on_progress);
  return stats_;
}

void Campaign::check_batch_of(std::vector<Program> batch, const std::atomic<bool>& stop, const Progress& on_progress) {
  const std::size_t count = batch.size();
  const std::vector<CheckedProgram> checked = check_batch(std::move(batch), reference_, peers_);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    stats_.calls += checked[i].program.inputs.size();
    stats_.capped_calls += checked[i].capped_calls;
    for (const Discrepancy& discrepancy : checked[i].discrepancies) {
      ++stats_.discrepancies;
      const std::size_t before = findings_.size();
      record(checked[i], discrepancy, stats_.programs + i, stop);
      if (findings_.size() != before) publish(on_progress);
    }
  }
  stats_.programs += count;
}

Finding* Campaign::finding_for(const std::string& key, const std::vector<prior::Token>& tokens, bool by_shape) {
  const std::string shape = by_shape ? program_shape(tokens) : "";
  const auto match = std::find_if(findings_.begin(), findings_.end(), [&](const Finding& f) {
    return f.key == key && (by_shape ? shapes_nest(f.shape, shape) : uses_constructs_of(tokens, f.shape));
  });
  return match == findings_.end() ? nullptr : &*match;
}

std::vector<AnyBackend> Campaign::peers_named(const std::vector<std::string>& names) const {
  std::vector<AnyBackend> named;
  for (const AnyBackend& peer : peers_)
    if (std::find(names.begin(), names.end(), peer.name()) != names.end()) named.push_back(peer);
  return named;
}

void Campaign::record(const CheckedProgram& checked, const Discrepancy& discrepancy, std::uint64_t index,
                      const std::atomic<bool>& stop) {
  const std::string key = discrepancy.key(checked.expected);
  if (Finding* known = finding_for(key, checked.program.tokens, false)) {
    ++known->occurrences;
    return;
  }
  if (!may_shrink(key)) {
    // Enough shrinking for this key: count it with its first finding.
    ++std::find_if(findings_.begin(), findings_.end(), [&](const Finding& f) { return f.key == key; })->occurrences;
    return;
  }
  // Once stopped, no backend runs again: the program is kept as it was found.
  CheckedProgram shrunk = checked;
  int evaluations = 0;
  if (!stop.load()) {
    const Minimized minimized =
        minimize(checked, discrepancy, generator_.grammar(), reference_, peers_named(discrepancy.backends),
                 {.max_evaluations = options_.shrink_evaluations, .stop = &stop});
    if (Finding* same_shape = finding_for(key, minimized.program.tokens, true)) {
      ++same_shape->occurrences;
      return;
    }
    shrunk = check_batch({minimized.program}, reference_, peers_).at(0);
    evaluations = minimized.evaluations;
  }
  Finding finding{finding_id(discrepancy.kind, findings_.size() + 1),
                  discrepancy,
                  key,
                  program_shape(shrunk.program.tokens),
                  checked,
                  index,
                  std::move(shrunk),
                  evaluations,
                  1};
  store_.write_finding(finding, replay_command(index + 1));
  findings_.push_back(std::move(finding));
}

// Counts a shrink for key; false once the key has had its share.
bool Campaign::may_shrink(const std::string& key) {
  auto shrinks = std::find_if(shrinks_by_key_.begin(), shrinks_by_key_.end(), [&](auto& s) { return s.first == key; });
  if (shrinks == shrinks_by_key_.end()) shrinks = shrinks_by_key_.insert(shrinks_by_key_.end(), {key, 0});
  return shrinks->second++ < options_.shrinks_per_key;
}

nlohmann::ordered_json Campaign::summary_json() const {
  nlohmann::ordered_json backends = nlohmann::ordered_json::array({reference_.name()});
  for (const AnyBackend& peer : peers_) backends.push_back(peer.name());
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : findings_)
    findings.push_back({{"id", f.id},
                        {"kind", finding_kind_name(f.discrepancy.kind)},
                        {"backends", f.discrepancy.backends},
                        {"signature", f.signature()},
                        {"occurrences", f.occurrences},
                        {"first_program", f.program_index},
                        {"repro", f.id + "/repro.py"}});
  return {{"programs", stats_.programs},
          {"findings", findings},
          {"finished", stats_.finished},
          {"replay", replay_command(stats_.programs)},
          {"seed", options_.seed},
          {"start", prior::start_name(options_.start)},
          {"config", options_.config.fingerprint()},
          {"inputs_per_program", options_.inputs_per_program},
          {"backends", backends},
          {"calls", stats_.calls},
          {"capped_calls", stats_.capped_calls},
          {"discrepancies", stats_.discrepancies},
          {"elapsed_seconds", stats_.elapsed.count()}};
}

void Campaign::publish(const Progress& on_progress) {
  stats_.elapsed = Clock::now() - started_;
  stats_.findings = findings_.size();
  store_.write_summary(summary_json());
  if (on_progress) on_progress(stats_);
}

}  // namespace pyprior::harness
