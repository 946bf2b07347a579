#pragma once
// The one line every fuzz target prints when its process exits:
//   pyprior-stats: executed=N valid=M
// executed counts inputs run; valid counts programs that ran to an outcome
// without SyntaxError, NameError or UnboundLocalError.
#include <cstdint>

namespace pyprior::fuzz {

struct Stats {
  std::uint64_t executed = 0;
  std::uint64_t valid = 0;
};

// Counts one input. The line is printed at exit (std::atexit), so a run that
// ends by exit() or by returning from main reports; a crash does not.
void record_input(bool valid);
Stats current_stats();

}  // namespace pyprior::fuzz
