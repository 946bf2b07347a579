#include "harness/check.hpp"

#include "harness/isolate.hpp"

namespace pyprior::harness {
namespace {

// Cuts the program down to the calls the reference finished within its
// caps; what the reference did with them goes to checked.
void guard(Program& program, const std::vector<Outcome>& reference, CheckedProgram& checked) {
  std::vector<InputTuple> kept;
  for (std::size_t k = 0; k < reference.size(); ++k) {
    if (reference[k].hit_cap()) {
      ++checked.capped_calls;
      continue;
    }
    kept.push_back(std::move(program.inputs[k]));
    checked.expected.push_back(reference[k]);
  }
  program.inputs = std::move(kept);
}

}  // namespace

std::vector<CheckedProgram> check_batch(std::vector<Program> batch, const InterpBackend& reference,
                                        std::span<const AnyBackend> peers) {
  std::vector<CheckedProgram> checked(batch.size());
  std::vector<Program> sent;        // the programs with calls left, in order
  std::vector<std::size_t> origin;  // their index in checked
  for (std::size_t i = 0; i < batch.size(); ++i) {
    guard(batch[i], reference.run(batch[i]), checked[i]);
    if (batch[i].inputs.empty()) {
      checked[i].program = std::move(batch[i]);
      continue;
    }
    sent.push_back(std::move(batch[i]));
    origin.push_back(i);
  }
  for (const AnyBackend& peer : peers) {
    std::vector<ProgramRun> runs = run_isolating(peer, sent);
    for (std::size_t j = 0; j < runs.size(); ++j)
      checked[origin[j]].observations.push_back(
          Observation{peer.name(), std::move(runs[j].outcomes), std::move(runs[j].failure)});
  }
  for (std::size_t j = 0; j < sent.size(); ++j) checked[origin[j]].program = std::move(sent[j]);
  for (CheckedProgram& program : checked)
    if (!program.observations.empty())
      program.discrepancies = find_discrepancies(program.expected, program.observations);
  return checked;
}

}  // namespace pyprior::harness
