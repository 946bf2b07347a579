#pragma once
// Discrepancies: where a peer backend did not do what the reference (the
// bounded interpreter) did with a program — it returned something else
// (mismatch), or its process crashed or hung on the program alone.
//
// Peers that went wrong in exactly the same way on a program are one
// discrepancy, so an interpreter bug that every peer exposes reads as one.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "harness/backend.hpp"

namespace pyprior::harness {

enum class FindingKind : std::uint8_t { Mismatch, Crash, Hang };
std::string_view finding_kind_name(FindingKind kind);  // "mismatch", "crash", "hang"

// What one peer did with one program.
struct Observation {
  std::string backend;
  std::vector<Outcome> outcomes;  // one per input, unless failure is set
  std::optional<Failure> failure;
};

struct Discrepancy {
  FindingKind kind = FindingKind::Mismatch;
  std::vector<std::string> backends;  // the peers that disagree, in the same way
  std::size_t call = 0;               // mismatch: the first input on which they disagree
  std::vector<Outcome> observed;      // mismatch: their outcomes, one per input
  std::optional<Failure> failure;     // crash / hang: what happened

  // What makes two discrepancies the same kind of problem: the kind, the
  // backends, and the classes of the outcomes at the first differing call
  // (value — None included — or the exception's name), or, for a crash,
  // how the process ended. E.g. "mismatch pypy value/ZeroDivisionError".
  std::string key(const std::vector<Outcome>& expected) const;
};

// The discrepancies of one program: expected holds the reference's
// outcomes, one per input; each peer observed the same inputs.
std::vector<Discrepancy> find_discrepancies(const std::vector<Outcome>& expected, std::span<const Observation> peers);

}  // namespace pyprior::harness
