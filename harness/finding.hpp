#pragma once
// Finding: one root cause found by a campaign — the discrepancy, the program
// that first showed it, the shrunk program that still shows it, and what
// every backend did with the shrunk one.
#include <cstdint>
#include <string>
#include <vector>

#include "harness/check.hpp"

namespace pyprior::harness {

struct Finding {
  std::string id;                   // "mismatch-001": unique within a campaign
  Discrepancy discrepancy;          // as first seen
  std::string key;                  // Discrepancy::key of the first sighting
  std::string shape;                // program_shape of the shrunk program
  CheckedProgram original;          // the program as generated, with its compared calls
  std::uint64_t program_index = 0;  // its position in the campaign's sequence
  CheckedProgram shrunk;            // the shrunk program, run on the reference and every peer
  int shrink_evaluations = 0;
  std::uint64_t occurrences = 1;  // programs of the campaign that showed it

  // key and shape: how findings are grouped.
  std::string signature() const { return key + " [" + shape + "]"; }
};

// The constructs a program uses: the sorted display names of its operator
// and loop tokens, e.g. "// neg" (names, constants, assignments, ifs and
// returns left out).
std::string program_shape(const std::vector<prior::Token>& tokens);

// True when a program uses every construct in shape: a later program
// showing the same key is then counted as the same finding, not shrunk.
bool uses_constructs_of(const std::vector<prior::Token>& tokens, const std::string& shape);

// True when one shape's constructs include the other's: two shrunk programs
// with the same key and nested shapes show one root cause (`(not 0) & (0 < 0)`
// and `(0 < 0) & (0 < 0)` both show `bool & bool` giving an int).
bool shapes_nest(const std::string& x, const std::string& y);

// The standalone repro.py: the shrunk program and one call per input, each
// printing its outcome, with every backend's outcome in a comment. Any
// Python 3 runs it.
std::string render_repro(const Finding& finding, const std::string& replay_command);

}  // namespace pyprior::harness
