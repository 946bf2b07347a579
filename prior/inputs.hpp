#pragma once
// Argument tuples for calling generated functions. Most values are small and
// drawn from the config's value_range (where programs branch); some are plain
// negatives; some sit on machine-word boundaries (0, +-1, +-2**31, 2**31-1,
// +-2**32, +-2**63, 2**63-1, 2**64-1), where implementations of Python ints
// switch representation and bugs hide.
//
// Deterministic: the same Rng state gives the same tuples on every machine.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "prior/integer.hpp"
#include "prior/random.hpp"

namespace pyprior::prior {

// The boundary values, in a fixed order.
std::span<const Integer> boundary_values();

// count tuples of arity values each. Per value: 70% uniform in value_range,
// 10% a negative in [-max(|lo|, |hi|, 1), -1], 20% a boundary value.
// Throws Error if arity or count is negative or value_range is empty.
std::vector<std::vector<Integer>> draw_inputs(int arity, int count, Rng& rng,
                                              std::pair<std::int64_t, std::int64_t> value_range);
// The same into tuples, whose buffers a caller may reuse.
void draw_inputs(int arity, int count, Rng& rng, std::pair<std::int64_t, std::int64_t> value_range,
                 std::vector<std::vector<Integer>>& tuples);

}  // namespace pyprior::prior
