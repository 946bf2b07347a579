#include "prior/inputs.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "prior/error.hpp"

namespace pyprior::prior {

namespace {

constexpr std::int64_t kPowerOf31 = std::int64_t{1} << 31;
constexpr std::int64_t kPowerOf32 = std::int64_t{1} << 32;

std::array<Integer, 12> make_boundary_values() {
  return {Integer(0),
          Integer(1),
          Integer(-1),
          Integer(kPowerOf31),
          Integer(-kPowerOf31),
          Integer(kPowerOf31 - 1),
          Integer(kPowerOf32),
          Integer(-kPowerOf32),
          *Integer::from_string("9223372036854775808"),  // 2**63
          Integer(std::numeric_limits<std::int64_t>::min()),
          Integer(std::numeric_limits<std::int64_t>::max()),
          *Integer::from_string("18446744073709551615")};  // 2**64-1: the largest value JSON readers keep exact
}

// |x| without overflow at INT64_MIN (saturates to INT64_MAX).
std::int64_t magnitude(std::int64_t x) {
  if (x == std::numeric_limits<std::int64_t>::min()) return std::numeric_limits<std::int64_t>::max();
  return x < 0 ? -x : x;
}

Integer draw_value(Rng& rng, std::pair<std::int64_t, std::int64_t> value_range) {
  const std::uint64_t kind = rng.below(10);
  if (kind < 7) return Integer(rng.between(value_range.first, value_range.second));
  if (kind < 8) {
    const std::int64_t largest = std::max({magnitude(value_range.first), magnitude(value_range.second), std::int64_t{1}});
    return Integer(-rng.between(1, largest));
  }
  const std::span<const Integer> boundaries = boundary_values();
  return boundaries[rng.below(boundaries.size())];
}

}  // namespace

std::span<const Integer> boundary_values() {
  static const std::array<Integer, 12> values = make_boundary_values();
  return values;
}

std::vector<std::vector<Integer>> draw_inputs(int arity, int count, Rng& rng,
                                              std::pair<std::int64_t, std::int64_t> value_range) {
  std::vector<std::vector<Integer>> tuples;
  draw_inputs(arity, count, rng, value_range, tuples);
  return tuples;
}

void draw_inputs(int arity, int count, Rng& rng, std::pair<std::int64_t, std::int64_t> value_range,
                 std::vector<std::vector<Integer>>& tuples) {
  if (arity < 0 || count < 0)
    throw Error("draw_inputs: arity and count must be non-negative, got " + std::to_string(arity) + " and " +
                std::to_string(count));
  if (value_range.first > value_range.second)
    throw Error("draw_inputs: empty value range [" + std::to_string(value_range.first) + ", " +
                std::to_string(value_range.second) + "]");
  tuples.resize(static_cast<std::size_t>(count));
  for (std::vector<Integer>& tuple : tuples) {
    tuple.clear();
    for (int i = 0; i < arity; ++i) tuple.push_back(draw_value(rng, value_range));
  }
}

}  // namespace pyprior::prior
