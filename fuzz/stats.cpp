#include "fuzz/stats.hpp"

#include <cstdio>
#include <cstdlib>

namespace pyprior::fuzz {
namespace {

Stats counters;

void print_stats() {
  std::fprintf(stderr, "pyprior-stats: executed=%llu valid=%llu\n",
               static_cast<unsigned long long>(counters.executed), static_cast<unsigned long long>(counters.valid));
}

// Registered at start-up so the line appears even when no input ran.
const bool registered = std::atexit(print_stats) == 0;

}  // namespace

void record_input(bool valid) {
  ++counters.executed;
  if (valid) ++counters.valid;
}

Stats current_stats() { return counters; }

}  // namespace pyprior::fuzz
