// fuzz_tokenize: arbitrary bytes as Python source into tokenize (the source
// parser, then decoder validation): no crash, no hang, no unbounded
// recursion however deep the nesting. What it accepts must hold up: the
// tokens are a valid program, the normalized source tokenizes to the same
// tokens, and the interpreter runs it. Each input is read three ways: as a
// file of top-level functions, as one function, and as a partial prompt.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "corpus/tokenize.hpp"
#include "fuzz/fuzz_program.hpp"
#include "fuzz/stats.hpp"
#include "prior/interpreter.hpp"

namespace {

using namespace pyprior;

[[noreturn]] void fail(const char* what, std::string_view source) {
  std::fprintf(stderr, "\n==== fuzz_tokenize: %s; the source:\n%.*s\n==== end\n", what, static_cast<int>(source.size()),
               source.data());
  std::abort();
}

// Checks an accepted result; true when the program ran to valid outcomes.
bool check_accepted(const corpus::TokenizeResult& result, std::string_view source,
                    std::span<const std::uint8_t> data) {
  const prior::Validation v = prior::validate(result.tokens, fuzz::fuzz_grammar(), result.start);
  if (!v.ok || v.complete != result.complete) fail("accepted tokens the decoder rejects", source);
  if (!result.complete) return false;
  const corpus::TokenizeResult again =
      corpus::tokenize_source(result.normalized_source, fuzz::fuzz_grammar(), result.start);
  if (!again.ok || again.tokens != result.tokens) fail("the normalized source does not give the same tokens", source);
  const prior::CompiledFunction function(result.tokens, result.start);
  bool valid = true;
  for (const harness::InputTuple& args : fuzz::inputs_from_bytes(function.arity(), data))
    valid = fuzz::is_valid_outcome(function.call(args, fuzz::kFuzzLimits)) && valid;
  return valid;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  bool valid = false;
  for (const corpus::TokenizeResult& result : corpus::tokenize_functions(source, fuzz::fuzz_grammar()))
    if (result.ok) valid = check_accepted(result, source, {data, size}) || valid;
  for (bool partial : {false, true}) {
    const corpus::TokenizeResult whole = corpus::tokenize_source(source, fuzz::fuzz_grammar(), fuzz::kFuzzStart, partial);
    if (whole.ok) valid = check_accepted(whole, source, {data, size}) || valid;
    else if (!whole.error || whole.error->stage.empty()) fail("a rejected source without an error stage", source);
  }
  fuzz::record_input(valid);
  return 0;
}
