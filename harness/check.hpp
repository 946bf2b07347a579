#pragma once
// Checking programs: the reference (the bounded interpreter) runs every
// call first and guards the peers — calls on which it hits a cap are not
// sent on, and a program left without calls is not sent at all. Each peer
// then runs the rest (failures pinned on single programs, isolate.hpp), and
// what it did is compared with the reference.
#include <span>
#include <vector>

#include "harness/discrepancy.hpp"
#include "harness/interp_backend.hpp"

namespace pyprior::harness {

struct CheckedProgram {
  Program program;                        // holding only the calls that were compared
  std::vector<Outcome> expected;          // the reference's outcomes on them
  std::vector<Observation> observations;  // each peer's, in the order of the peers
  std::vector<Discrepancy> discrepancies;
  std::size_t capped_calls = 0;  // calls the guard kept back
};

// Takes the batch by value: its programs move into the results.
std::vector<CheckedProgram> check_batch(std::vector<Program> batch, const InterpBackend& reference,
                                        std::span<const AnyBackend> peers);

}  // namespace pyprior::harness
