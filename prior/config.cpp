#include "prior/config.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace pyprior::prior {
namespace {

constexpr std::array<std::string_view, kFeatureCount> kFeatureNames = {
    "base",     "loops",          "floordiv_mod",     "bitops", "boolops", "chained_comparisons",
    "ifexp",    "augmented_assign", "while",          "builtins", "bigints"};

constexpr std::array<std::string_view, 4> kStartNames = {"module", "function", "block", "expr"};

// FNV-1a over a canonical text of the config: stable across machines.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace

std::string_view start_name(Start start) { return kStartNames[static_cast<int>(start)]; }

std::optional<Start> start_from_name(std::string_view name) {
  for (int i = 0; i < static_cast<int>(kStartNames.size()); ++i)
    if (kStartNames[i] == name) return static_cast<Start>(i);
  return std::nullopt;
}

std::string_view feature_name(Feature f) { return kFeatureNames[static_cast<int>(f)]; }

std::optional<Feature> feature_from_name(std::string_view name) {
  for (int i = 0; i < kFeatureCount; ++i)
    if (kFeatureNames[i] == name) return static_cast<Feature>(i);
  return std::nullopt;
}

DecodeConfig DecodeConfig::seed() { return DecodeConfig{}; }

DecodeConfig DecodeConfig::fuzz() {
  DecodeConfig cfg;
  cfg.arities = {0, 1, 2, 3};
  cfg.max_block_stmts = 4;
  cfg.max_expr_depth = 4;
  cfg.max_control_depth = 3;
  cfg.max_locals = 6;
  cfg.value_range = {-100, 100};
  cfg.const_range = {0, 10};
  cfg.max_len = 80;
  for (int i = 1; i < kFeatureCount; ++i) cfg.features[i] = true;
  return cfg;
}

std::string DecodeConfig::validate() const {
  if (arities.empty()) return "arities must name at least one parameter count";
  for (int a : arities)
    if (a < 0 || a > kMaxParams) return "arity " + std::to_string(a) + " is outside 0..3";
  // Upper bounds: CPython refuses more than 20 nested blocks ("too many
  // statically nested blocks") and ~200 nested parentheses; the decoder
  // counts statements per block in a byte.
  if (max_block_stmts < 1 || max_block_stmts > 255) return "max_block_stmts must be in 1..255";
  if (max_expr_depth < 0 || max_expr_depth > 150) return "max_expr_depth must be in 0..150";
  if (max_control_depth < 0 || max_control_depth > 20) return "max_control_depth must be in 0..20";
  if (max_locals < 1 || max_locals > kMaxLocals)
    return "max_locals must be in 1.." + std::to_string(kMaxLocals);
  if (value_range.first > value_range.second) return "value_range is empty";
  if (const_range.first < 0 || const_range.second > kMaxSmallConstant || const_range.first > const_range.second)
    return "const_range must be a non-empty part of 0..10";
  // The smallest FUNCTION program: def, `return`, end of block.
  if (max_len < 3) return "max_len must be at least 3 (the smallest function)";
  return {};
}

std::string DecodeConfig::fingerprint() const {
  std::string text;
  for (int a : arities) text += std::to_string(a) + ",";
  text += "|" + std::to_string(max_block_stmts) + "|" + std::to_string(max_expr_depth) + "|" +
          std::to_string(max_control_depth) + "|" + std::to_string(max_locals) + "|" +
          std::to_string(value_range.first) + "," + std::to_string(value_range.second) + "|" +
          std::to_string(const_range.first) + "," + std::to_string(const_range.second) + "|" +
          std::to_string(max_len) + "|";
  for (bool f : features) text += f ? '1' : '0';
  text += "|vocab" + std::to_string(kVocabSize);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(text)));
  return hex;
}

}  // namespace pyprior::prior
