#include "fuzz/choice_mutator.hpp"

#include <algorithm>

#include "fuzz/fuzz_program.hpp"
#include "prior/mutator.hpp"

namespace pyprior::fuzz {
namespace {

const prior::Mutator& choice_mutator() {
  static const prior::Mutator mutator(fuzz_grammar(), kFuzzStart,
                                      LLVMFuzzerMutate ? prior::ByteMutator(LLVMFuzzerMutate) : prior::ByteMutator());
  return mutator;
}

std::size_t copy_out(const std::vector<std::uint8_t>& bytes, std::uint8_t* out) {
  std::copy(bytes.begin(), bytes.end(), out);
  return bytes.size();
}

}  // namespace

std::size_t mutate_choice_bytes(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
  prior::Rng rng(seed);
  return copy_out(choice_mutator().mutate_bytes({data, size}, max_size, rng), data);
}

std::size_t cross_over_choice_bytes(const std::uint8_t* data1, std::size_t size1, const std::uint8_t* data2,
                                    std::size_t size2, std::uint8_t* out, std::size_t max_out_size, unsigned seed) {
  prior::Rng rng(seed);
  return copy_out(choice_mutator().crossover_bytes({data1, size1}, {data2, size2}, max_out_size, rng), out);
}

}  // namespace pyprior::fuzz
