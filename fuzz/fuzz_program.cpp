#include "fuzz/fuzz_program.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

#include "corpus/content_hash.hpp"
#include "harness/finding.hpp"
#include "prior/choices.hpp"
#include "prior/inputs.hpp"

namespace pyprior::fuzz {

const prior::DecodeConfig& fuzz_config() {
  static const prior::DecodeConfig config = prior::DecodeConfig::fuzz();
  return config;
}

const std::shared_ptr<const prior::Grammar>& fuzz_grammar() {
  static const auto grammar = prior::compile_grammar(fuzz_config());
  return grammar;
}

std::vector<harness::InputTuple> inputs_from_bytes(int arity, std::span<const std::uint8_t> data) {
  prior::Rng rng(corpus::fnv1a(data));
  return prior::draw_inputs(arity, kCallsPerProgram, rng, fuzz_config().value_range);
}

harness::Program program_from_choice_bytes(std::span<const std::uint8_t> data) {
  std::vector<prior::Token> tokens = prior::choices_to_tokens(data, fuzz_grammar(), kFuzzStart);
  const int arity = harness::arity_of(tokens);
  return harness::Program::from_tokens(std::move(tokens), kFuzzStart, inputs_from_bytes(arity, data));
}

bool is_valid_outcome(const prior::Outcome& outcome) {
  // SyntaxError with its subclasses, and the error of source CPython cannot
  // decode; NameError with its subclass UnboundLocalError.
  static constexpr std::string_view kInvalid[] = {"SyntaxError", "IndentationError", "TabError", "UnicodeDecodeError",
                                                  "NameError",   "UnboundLocalError"};
  return outcome.kind != prior::Outcome::Kind::Exception ||
         std::find(std::begin(kInvalid), std::end(kInvalid), outcome.text) == std::end(kInvalid);
}

bool all_valid(const std::vector<prior::Outcome>& outcomes) {
  return std::all_of(outcomes.begin(), outcomes.end(), is_valid_outcome);
}

void abort_with_repro(const std::string& target, const harness::CheckedProgram& checked) {
  harness::Finding finding;
  finding.id = target;
  finding.discrepancy = checked.discrepancies.front();
  finding.key = finding.discrepancy.key(checked.expected);
  finding.shape = harness::program_shape(checked.program.tokens);
  finding.original = checked;
  finding.shrunk = checked;
  const std::string repro =
      harness::render_repro(finding, target + " on the input libFuzzer saved (crash-*); minimise with -minimize_crash=1");
  std::fprintf(stderr, "\n==== %s: the backends disagree; repro.py:\n%s==== end of repro.py\n", target.c_str(),
               repro.c_str());
  std::abort();
}

}  // namespace pyprior::fuzz
