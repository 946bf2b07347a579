#pragma once
// Rng: the project's one random engine, specified bit for bit so that the same
// seed gives the same programs on every machine and standard library
// (std::uniform_int_distribution differs between libstdc++ and libc++).
// Algorithm: SplitMix64 (Steele, Lea, Flood 2014); bounded draws by
// Lemire's multiply-shift with rejection.
#include <cstdint>

namespace pyprior::prior {

// GCC and clang's 128-bit integer; __extension__ keeps -Wpedantic quiet.
__extension__ typedef unsigned __int128 Uint128;

class Rng {
 public:
  explicit constexpr Rng(std::uint64_t seed = 0) : state_(seed) {}

  // The index-th number (from 0) that Rng(seed) draws, without drawing the
  // ones before it: SplitMix64's state moves by a constant step. Gives item
  // i of a run its own stream, whichever thread makes it.
  static constexpr std::uint64_t nth_draw(std::uint64_t seed, std::uint64_t index) {
    return Rng(seed + index * kStep).next();
  }

  constexpr std::uint64_t next() {
    std::uint64_t z = (state_ += kStep);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, bound), bound > 0, without modulo bias.
  constexpr std::uint64_t below(std::uint64_t bound) {
    Uint128 m = static_cast<Uint128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
      const std::uint64_t threshold = (0 - bound) % bound;
      while (low < threshold) {
        m = static_cast<Uint128>(next()) * bound;
        low = static_cast<std::uint64_t>(m);
      }
    }
    return static_cast<std::uint64_t>(m >> 64);
  }

  // Uniform in [lo, hi], lo <= hi.
  constexpr std::int64_t between(std::int64_t lo, std::int64_t hi) {
    const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    const std::uint64_t offset = span == UINT64_MAX ? next() : below(span + 1);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + offset);
  }

  // Uniform in [0, 1).
  constexpr double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // An independent stream, for per-program or per-sample generators.
  constexpr Rng fork() { return Rng(next()); }

  constexpr std::uint64_t state() const { return state_; }

 private:
  static constexpr std::uint64_t kStep = 0x9E3779B97F4A7C15ULL;
  std::uint64_t state_;
};

}  // namespace pyprior::prior
