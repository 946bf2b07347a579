#pragma once
// DecodeConfig: the knobs that shape the language the decoder generates.
// The seed's knobs (arities, sizes, depths, ranges, max_len) plus one flag per
// grammar extension. Two named profiles: seed() keeps the seed's small,
// natural-looking programs; fuzz() turns every implemented feature on.
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "prior/vocabulary.hpp"

namespace pyprior::prior {

// The roots a decoder can start from.
enum class Start : std::uint8_t { Module, Function, Block, Expr };

std::string_view start_name(Start start);
// Accepts "module", "function", "block", "expr".
std::optional<Start> start_from_name(std::string_view name);

struct DecodeConfig {
  std::vector<int> arities{1, 2};           // allowed parameter counts, each in [0, 3]
  int max_block_stmts = 3;                  // statements per block, >= 1
  int max_expr_depth = 3;                   // nesting of operators in one expression
  int max_control_depth = 2;                // nesting of if / for / while
  int max_locals = 4;                       // distinct locals d, e, ... (1..10)
  std::pair<std::int64_t, std::int64_t> value_range{-10, 10};  // small input values
  std::pair<int, int> const_range{0, 9};    // literal constants, within [0, 10]
  int max_len = 30;                         // token budget of a whole program
  std::array<bool, kFeatureCount> features{};  // Feature::Base is always on

  static DecodeConfig seed();
  static DecodeConfig fuzz();

  bool allows(Feature f) const { return f == Feature::Base || features[static_cast<int>(f)]; }
  DecodeConfig& enable(Feature f, bool on = true) {
    features[static_cast<int>(f)] = on;
    return *this;
  }

  // Empty when the config is usable; otherwise one line saying what is wrong.
  std::string validate() const;
  // A short stable hex digest of every field: corpora record it so that a
  // token file is never read back under a different language.
  std::string fingerprint() const;

  bool operator==(const DecodeConfig&) const = default;
};

std::string_view feature_name(Feature f);
std::optional<Feature> feature_from_name(std::string_view name);

}  // namespace pyprior::prior
