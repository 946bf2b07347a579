#pragma once
// Probing a backend before a campaign: it must run `def func(a): return
// (a + 1)` on 41 and answer 42. Catches a command that does not exist, a
// runner whose dependencies are missing, an implementation that cannot read
// the batch file — before any program is blamed for it.
#include <string>

#include "harness/backend.hpp"

namespace pyprior::harness {

// Empty when the backend works; otherwise one line saying what went wrong.
std::string probe(const AnyBackend& backend);

}  // namespace pyprior::harness
