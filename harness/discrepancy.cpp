#include "harness/discrepancy.hpp"

#include <algorithm>

namespace pyprior::harness {
namespace {

// "value" (None included: whether a function falls off its end is the
// program's shape, not the implementation's doing), or the exception's name.
std::string outcome_class(const Outcome& outcome) {
  return outcome.kind == Outcome::Kind::Exception ? outcome.text : "value";
}

// How a process ended, without what varies from run to run: the status and
// the exception's type ("exit status 1: MemoryError"), "signal 11 (...)".
std::string failure_class(const Failure& failure) {
  if (failure.kind == Failure::Kind::Hang) return "hang";
  const std::size_t first = failure.detail.find(':');
  if (first == std::string::npos) return failure.detail;
  const std::size_t second = failure.detail.find(':', first + 1);
  return failure.detail.substr(0, second);
}

std::optional<Discrepancy> discrepancy_of(const std::vector<Outcome>& expected, const Observation& peer) {
  if (peer.failure) {
    const FindingKind kind = peer.failure->kind == Failure::Kind::Hang ? FindingKind::Hang : FindingKind::Crash;
    return Discrepancy{kind, {peer.backend}, 0, {}, peer.failure};
  }
  const auto differs = std::mismatch(expected.begin(), expected.end(), peer.outcomes.begin(), peer.outcomes.end());
  if (differs.first == expected.end() && differs.second == peer.outcomes.end()) return std::nullopt;
  const auto call = static_cast<std::size_t>(differs.first - expected.begin());
  return Discrepancy{FindingKind::Mismatch, {peer.backend}, call, peer.outcomes, std::nullopt};
}

bool same_behaviour(const Discrepancy& x, const Discrepancy& y) {
  if (x.kind != y.kind) return false;
  if (x.kind == FindingKind::Mismatch) return x.observed == y.observed;
  return failure_class(*x.failure) == failure_class(*y.failure);
}

}  // namespace

std::string_view finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::Mismatch:
      return "mismatch";
    case FindingKind::Crash:
      return "crash";
    case FindingKind::Hang:
      return "hang";
  }
  return "?";
}

std::string Discrepancy::key(const std::vector<Outcome>& expected) const {
  std::string text(finding_kind_name(kind));
  for (std::size_t i = 0; i < backends.size(); ++i) text += (i == 0 ? " " : ",") + backends[i];
  if (failure) return text + " " + failure_class(*failure);
  const std::string want = call < expected.size() ? outcome_class(expected[call]) : "nothing";
  const std::string got = call < observed.size() ? outcome_class(observed[call]) : "nothing";
  return text + " " + want + "/" + got;
}

std::vector<Discrepancy> find_discrepancies(const std::vector<Outcome>& expected, std::span<const Observation> peers) {
  std::vector<Discrepancy> found;
  for (const Observation& peer : peers) {
    std::optional<Discrepancy> discrepancy = discrepancy_of(expected, peer);
    if (!discrepancy) continue;
    const auto same =
        std::find_if(found.begin(), found.end(), [&](const Discrepancy& d) { return same_behaviour(d, *discrepancy); });
    if (same != found.end())
      same->backends.push_back(peer.backend);
    else
      found.push_back(std::move(*discrepancy));
  }
  return found;
}

}  // namespace pyprior::harness
