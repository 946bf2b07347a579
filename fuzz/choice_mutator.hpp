#pragma once
// The libFuzzer glue of the structure-aware targets: LLVMFuzzerCustomMutator
// and LLVMFuzzerCustomCrossOver over choice bytes. The mutation logic is the
// plain library prior/mutator.hpp; this layer only moves bytes in and out of
// libFuzzer's buffers, so every mutant is a valid program and fits MaxSize.
// A target opts in by writing PYPRIOR_FUZZ_CHOICE_MUTATOR() once.
//
// libFuzzer's own byte mutator (LLVMFuzzerMutate) is one of the moves when it
// is linked; it is declared weak so the same target source also links with
// g++, without libFuzzer, as a regression test.
#include <cstddef>
#include <cstdint>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size)
    __attribute__((weak));

namespace pyprior::fuzz {

std::size_t mutate_choice_bytes(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed);
std::size_t cross_over_choice_bytes(const std::uint8_t* data1, std::size_t size1, const std::uint8_t* data2,
                                    std::size_t size2, std::uint8_t* out, std::size_t max_out_size, unsigned seed);

}  // namespace pyprior::fuzz

#define PYPRIOR_FUZZ_CHOICE_MUTATOR()                                                                            \
  extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,     \
                                                 unsigned seed) {                                                \
    return pyprior::fuzz::mutate_choice_bytes(data, size, max_size, seed);                                      \
  }                                                                                                              \
  extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* data1, std::size_t size1,                 \
                                                   const std::uint8_t* data2, std::size_t size2, std::uint8_t* out, \
                                                   std::size_t max_out_size, unsigned seed) {                    \
    return pyprior::fuzz::cross_over_choice_bytes(data1, size1, data2, size2, out, max_out_size, seed);         \
  }
