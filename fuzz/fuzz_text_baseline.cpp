// fuzz_text_baseline: the comparison point for fuzz_differential. Inputs are
// raw Python source text, mutated by libFuzzer's own byte mutator (seeds:
// the same programs as fuzz_differential's, as text, plus fuzz/python.dict).
// Each input runs in the embedded CPython: its `func` is called on input
// tuples, with a deadline so a loop cannot hang the fuzzer and a cap on
// single allocations so huge numbers cannot exhaust memory. When tokenize
// accepts the text, the bounded interpreter runs it first, guards CPython
// and is compared with it, as in fuzz_differential. Valid: ran to outcomes
// without SyntaxError, NameError or UnboundLocalError.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/tokenize.hpp"
#include "fuzz/cpython_deadline.hpp"
#include "fuzz/cpython_memory_cap.hpp"
#include "fuzz/fuzz_program.hpp"
#include "fuzz/stats.hpp"
#include "harness/cpython_backend.hpp"
#include "harness/interp_backend.hpp"

namespace {

using namespace pyprior;

// CPython runs many times the interpreter's fuzzing step cap (kFuzzLimits) in well
// under a millisecond; unguarded text still running after this long is looping.
constexpr std::chrono::milliseconds kUnguardedDeadline{20};
// Text the interpreter ran within its caps: CPython timing out is a finding,
// so it gets fuzz_differential's margin against stalls of a loaded machine.
constexpr std::chrono::milliseconds kGuardedDeadline{250};

// The parameter count of `def func(...)` in text that tokenize rejected, by a
// plain scan: top-level commas between the parentheses. A wrong guess only
// makes CPython raise TypeError.
int guess_arity(std::string_view source) {
  const std::size_t def = source.find("def func(");
  if (def == std::string_view::npos) return 0;
  int depth = 0, commas = 0;
  bool any = false;
  for (std::size_t i = def + 9; i < source.size(); ++i) {
    const char c = source[i];
    if (c == ')' && depth == 0) return any ? commas + 1 : 0;
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (c == ',' && depth == 0) ++commas;
    if (c != ' ' && c != ',') any = true;
  }
  return 0;
}

std::vector<prior::Outcome> run_in_cpython(const harness::Program& program, std::chrono::milliseconds limit) {
  static const harness::CPythonBackend cpython;
  fuzz::cap_cpython_allocations();
  const fuzz::CPythonDeadline deadline(limit);
  return cpython.run({&program, 1}).outcomes.front();
}

// Text that tokenize accepts is guarded and compared like fuzz_differential
// does: CPython only gets the calls on which the interpreter stayed within
// its caps, and calls where CPython reports a missing or unbound name are
// not compared (the text may name its function otherwise). True when valid.
bool run_guarded_and_compare(const harness::Program& program) {
  static const harness::InterpBackend reference(fuzz::kFuzzLimits);
  const std::vector<prior::Outcome> interp = reference.run(program);
  harness::Program guarded{program.tokens, program.start, program.source, {}};
  std::vector<prior::Outcome> expected;
  for (std::size_t k = 0; k < interp.size(); ++k)
    if (!interp[k].hit_cap()) {
      guarded.inputs.push_back(program.inputs[k]);
      expected.push_back(interp[k]);
    }
  const std::vector<prior::Outcome> cpython = run_in_cpython(guarded, kGuardedDeadline);
  harness::CheckedProgram checked{harness::Program{program.tokens, program.start, program.source, {}}, {}, {}, {}, 0};
  harness::Observation observed{"cpython", {}, std::nullopt};
  for (std::size_t k = 0; k < cpython.size(); ++k) {
    if (!fuzz::is_valid_outcome(cpython[k])) continue;
    checked.program.inputs.push_back(guarded.inputs[k]);
    checked.expected.push_back(expected[k]);
    observed.outcomes.push_back(cpython[k]);
  }
  checked.observations.push_back(std::move(observed));
  checked.discrepancies = harness::find_discrepancies(checked.expected, checked.observations);
  if (!checked.discrepancies.empty()) fuzz::abort_with_repro("fuzz_text_baseline", checked);
  return fuzz::all_valid(cpython);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  const corpus::TokenizeResult parsed = corpus::tokenize_source(source, fuzz::fuzz_grammar(), fuzz::kFuzzStart);
  const bool in_language = parsed.ok && parsed.complete;
  const int arity = in_language ? harness::arity_of(parsed.tokens) : guess_arity(source);
  const harness::Program program{in_language ? parsed.tokens : std::vector<prior::Token>{}, fuzz::kFuzzStart, source,
                                 fuzz::inputs_from_bytes(arity, {data, size})};
  const bool valid =
      in_language ? run_guarded_and_compare(program) : fuzz::all_valid(run_in_cpython(program, kUnguardedDeadline));
  fuzz::record_input(valid);
  return 0;
}
