// fuzz_differential: the bounded interpreter against the embedded CPython.
// Every input is the choice bytes of a valid program (fuzz_program.hpp);
// the custom mutator keeps it so. The interpreter runs each call first and
// guards CPython from calls that hit its caps; any other difference aborts
// with a standalone repro.py printed.
#include <cstddef>
#include <cstdint>

#include "fuzz/choice_mutator.hpp"
#include "fuzz/cpython_deadline.hpp"
#include "fuzz/cpython_memory_cap.hpp"
#include "fuzz/fuzz_program.hpp"
#include "fuzz/stats.hpp"
#include "harness/cpython_backend.hpp"

PYPRIOR_FUZZ_CHOICE_MUTATOR()

namespace {

using namespace pyprior;

bool is_valid(const harness::CheckedProgram& checked) {
  if (!fuzz::all_valid(checked.expected)) return false;
  for (const harness::Observation& observation : checked.observations)
    if (observation.failure || !fuzz::all_valid(observation.outcomes)) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const harness::InterpBackend reference(fuzz::kFuzzLimits);
  static const std::vector<harness::AnyBackend> peers{harness::CPythonBackend()};
  std::vector<harness::Program> batch{fuzz::program_from_choice_bytes({data, size})};
  fuzz::cap_cpython_allocations();  // a CPython that grows numbers the interpreter did not is a finding too
  std::vector<harness::CheckedProgram> checked;
  {
    const fuzz::CPythonDeadline deadline;  // a CPython that loops where the interpreter did not is a finding
    checked = harness::check_batch(std::move(batch), reference, peers);
  }
  if (!checked.front().discrepancies.empty()) fuzz::abort_with_repro("fuzz_differential", checked.front());
  fuzz::record_input(is_valid(checked.front()));
  return 0;
}
