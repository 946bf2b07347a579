#pragma once
// Minimisation: shrinks the program behind a discrepancy (prior/shrink.hpp,
// every candidate valid for the grammar) while it still shows the same
// discrepancy — same kind, same backends, same classes of outcomes — on the
// same peers. A mismatch is shrunk on the one input where it showed; a crash
// or a hang on all the program's inputs. Shrinking may drop parameters: the
// inputs follow the program's arity.
#include <atomic>
#include <memory>

#include "harness/check.hpp"
#include "prior/decoder.hpp"

namespace pyprior::harness {

struct MinimizeOptions {
  int max_evaluations = 2000;
  // When set and true, candidates stop being accepted: minimize returns the
  // smallest program found so far.
  const std::atomic<bool>* stop = nullptr;
};

struct Minimized {
  Program program;      // the smallest program found, on the inputs it fails with
  int evaluations = 0;  // candidates checked
};

// peers: the backends the discrepancy names (others are not run).
Minimized minimize(const CheckedProgram& original, const Discrepancy& discrepancy,
                   const std::shared_ptr<const prior::Grammar>& grammar, const InterpBackend& reference,
                   std::span<const AnyBackend> peers, const MinimizeOptions& options = {});

}  // namespace pyprior::harness
