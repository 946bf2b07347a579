#pragma once
// What the structure-aware targets fuzz: an input is the choice bytes
// (prior/choices.hpp) of one FUNCTION program of the fuzz profile, called on
// input tuples drawn from a hash of the same bytes, so one input file fully
// determines a run and replays it.
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "harness/check.hpp"
#include "harness/program.hpp"
#include "prior/decoder.hpp"
#include "prior/interpreter.hpp"

namespace pyprior::fuzz {

inline constexpr prior::Start kFuzzStart = prior::Start::Function;
inline constexpr int kCallsPerProgram = 3;
// The interpreter's caps while fuzzing: a tenth of the default steps. A call
// that loops is then settled (step_limit, not sent to CPython) ten times
// sooner, and fuzzing runs that many more programs.
inline constexpr prior::Limits kFuzzLimits{.max_steps = 200, .max_int_bits = 1024};

const prior::DecodeConfig& fuzz_config();  // DecodeConfig::fuzz()
const std::shared_ptr<const prior::Grammar>& fuzz_grammar();

// The program the bytes choose, with its input tuples.
harness::Program program_from_choice_bytes(std::span<const std::uint8_t> data);

// kCallsPerProgram input tuples for a function of `arity` (small values,
// negatives and boundary values), drawn from a hash of data.
std::vector<harness::InputTuple> inputs_from_bytes(int arity, std::span<const std::uint8_t> data);

// A program ran to an outcome without SyntaxError, NameError or
// UnboundLocalError (nor their kin: IndentationError, TabError, and the
// UnicodeDecodeError of source that cannot be decoded).
bool is_valid_outcome(const prior::Outcome& outcome);
bool all_valid(const std::vector<prior::Outcome>& outcomes);

// Prints a disagreement as a standalone repro.py on stderr and aborts, so
// libFuzzer saves the input as a crash.
[[noreturn]] void abort_with_repro(const std::string& target, const harness::CheckedProgram& checked);

}  // namespace pyprior::fuzz
