#include "generators/inputs_gen.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "prior/random.hpp"
#include "prior/vocabulary.hpp"

namespace pyprior::gen {
namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

constexpr std::array<std::int64_t, 13> kBoundaries = {
    0, 1, -1, 2, (1LL << 31) - 1, -(1LL << 31), 1LL << 31, (1LL << 32) - 1, 1LL << 32, -(1LL << 32), kMax, kMin, kMin + 1};

// Uniform in [-2**k, 2**k] for a random k in [0, 62].
std::int64_t any_magnitude(prior::Rng& rng) {
  const std::int64_t bound = std::int64_t{1} << rng.below(63);
  return rng.between(-bound, bound);
}

std::int64_t draw(prior::Rng& rng, const DecodeConfig& config) {
  const std::uint64_t kind = rng.below(10);
  if (kind < 6) return rng.between(config.value_range.first, config.value_range.second);
  if (kind < 8) return kBoundaries[rng.below(kBoundaries.size())];
  return any_magnitude(rng);
}

// target first, then ever closer to x, like rc::shrink::towards — which
// overflows for INT64_MIN — in unsigned arithmetic.
rc::Seq<std::int64_t> toward(std::int64_t x, std::int64_t target) {
  const bool above = x > target;
  const std::uint64_t distance = above ? static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(target)
                                       : static_cast<std::uint64_t>(target) - static_cast<std::uint64_t>(x);
  std::vector<std::int64_t> out;
  for (std::uint64_t step = distance; step > 0; step /= 2)
    out.push_back(static_cast<std::int64_t>(above ? static_cast<std::uint64_t>(x) - step : static_cast<std::uint64_t>(x) + step));
  return rc::seq::fromContainer(std::move(out));
}

int arity_of(const Program& program) {
  const auto tokens = program.tokens();
  const auto& arities = program.config().arities;
  switch (program.start()) {
    case Start::Function: return prior::arity_of_def(tokens.front());
    case Start::Module:  // the entry is the last function
      return prior::arity_of_def(*std::find_if(tokens.rbegin(), tokens.rend(), [](Token t) {
        return prior::info(t).category == prior::Category::FunctionDef;
      }));
    default: return *std::max_element(arities.begin(), arities.end());
  }
}

}  // namespace

rc::Gen<std::int64_t> argument(const DecodeConfig& config) {
  const std::int64_t target = std::clamp<std::int64_t>(0, config.value_range.first, config.value_range.second);
  return rc::Gen<std::int64_t>([config, target](const rc::Random& random, int) {
    rc::Random stream = random;  // only next() on this copy
    prior::Rng rng(stream.next());
    return rc::shrinkable::shrinkRecur(draw(rng, config),
                                       [target](std::int64_t x) { return toward(x, target); });
  });
}

rc::Gen<std::vector<std::int64_t>> inputs(const Program& program) {
  return rc::gen::container<std::vector<std::int64_t>>(static_cast<std::size_t>(arity_of(program)),
                                                        argument(program.config()));
}

}  // namespace pyprior::gen
