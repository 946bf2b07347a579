// fuzz_roundtrip: bytes -> program -> canonical source -> tokenize -> the same
// tokens, and the interpreter never faults. Every input is the choice bytes
// of a valid program (the custom mutator keeps it so); any break in the
// round trip aborts with the program printed.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "corpus/tokenize.hpp"
#include "fuzz/choice_mutator.hpp"
#include "fuzz/fuzz_program.hpp"
#include "fuzz/stats.hpp"
#include "prior/choices.hpp"
#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/interpreter.hpp"
#include "prior/mutator.hpp"

PYPRIOR_FUZZ_CHOICE_MUTATOR()

namespace {

using namespace pyprior;

[[noreturn]] void fail(const char* what, const harness::Program& program) {
  std::fprintf(stderr, "\n==== fuzz_roundtrip: %s; the program:\n%s==== end\n", what, program.source.c_str());
  std::abort();
}

void check_round_trip(const harness::Program& program) {
  if (prior::ast_to_tokens(prior::tokens_to_ast(program.tokens, fuzz::kFuzzStart)) != program.tokens)
    fail("tokens -> AST -> tokens changed the program", program);
  const corpus::TokenizeResult again = corpus::tokenize_source(program.source, fuzz::fuzz_grammar(), fuzz::kFuzzStart);
  if (!again.ok) fail(("its source does not tokenize: " + again.error->stage + ": " + again.error->message).c_str(), program);
  if (again.tokens != program.tokens) fail("source -> tokens gave another program", program);
  if (again.normalized_source != program.source) fail("the normalized source differs from the canonical source", program);
  const auto bytes = prior::minimal_choice_bytes(program.tokens, fuzz::fuzz_grammar(), fuzz::kFuzzStart);
  if (prior::choices_to_tokens(bytes, fuzz::fuzz_grammar(), fuzz::kFuzzStart) != program.tokens)
    fail("its minimal choice bytes decode to another program", program);
}

std::vector<prior::Outcome> run_interpreter(const harness::Program& program) {
  std::vector<prior::Outcome> outcomes;
  try {
    const prior::CompiledFunction function(program.tokens, fuzz::kFuzzStart);
    for (const harness::InputTuple& args : program.inputs) outcomes.push_back(function.call(args, fuzz::kFuzzLimits));
  } catch (const prior::Error& e) {
    fail(("the interpreter faulted: " + std::string(e.what())).c_str(), program);
  }
  return outcomes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const harness::Program program = fuzz::program_from_choice_bytes({data, size});
  check_round_trip(program);
  fuzz::record_input(fuzz::all_valid(run_interpreter(program)));
  return 0;
}
