#pragma once
// A size cap on the embedded CPython's allocations: any single request above
// the cap fails, which CPython turns into MemoryError. Raw text run in
// CPython (fuzz_text_baseline) can ask for numbers or sequences of any size
// (7 << 2**40, [0] * 2**32) that would otherwise exhaust the machine or
// trip libFuzzer's malloc limit; no program of the language comes near it.
// Wraps CPython's three allocator domains (PyMem_SetAllocator); the first
// call installs the cap, later calls change nothing. CPython must be
// initialised and the calling thread must not hold the GIL.
#include <cstddef>

namespace pyprior::fuzz {

inline constexpr std::size_t kCPythonAllocationCap = std::size_t{1} << 20;  // 1 MiB

void cap_cpython_allocations(std::size_t max_bytes = kCPythonAllocationCap);

}  // namespace pyprior::fuzz
