#include "tests/support/config_generator.hpp"

#include "prior/decoder.hpp"
#include "prior/error.hpp"

namespace pyprior::test_support {
namespace {

using prior::DecodeConfig;
using prior::Start;

// Bits of `mask` (1..15) as the arities 0..3.
std::vector<int> arities_of(int mask) {
  std::vector<int> arities;
  for (int arity = 0; arity <= prior::kMaxParams; ++arity)
    if (mask & (1 << arity)) arities.push_back(arity);
  return arities;
}

constexpr int kLongestMaxLen = 120;

}  // namespace

int minimum_max_len(Start start) {
  DecodeConfig cfg;
  for (cfg.max_len = 1;; ++cfg.max_len) {
    if (!cfg.validate().empty()) continue;
    try {
      prior::Decoder decoder(cfg, start);
      return cfg.max_len;
    } catch (const prior::Error&) {
    }
  }
}

int largest_accepted(DecodeConfig cfg, int DecodeConfig::*field, int up_to) {
  int largest = cfg.*field;
  for (int value = largest + 1; value <= up_to; ++value) {
    cfg.*field = value;
    if (cfg.validate().empty()) largest = value;
  }
  return largest;
}

rc::Gen<Start> gen_start() { return rc::gen::element(Start::Module, Start::Function, Start::Block, Start::Expr); }

rc::Gen<DecodeConfig> gen_decode_config(Start start) {
  const int shortest = minimum_max_len(start);
  return rc::gen::exec([shortest] {
    DecodeConfig cfg;
    cfg.arities = arities_of(*rc::gen::inRange(1, 16));
    cfg.max_block_stmts = *rc::gen::inRange(1, 6);
    cfg.max_expr_depth = *rc::gen::inRange(0, 6);
    cfg.max_control_depth = *rc::gen::inRange(0, 4);
    cfg.max_locals = *rc::gen::inRange(1, prior::kMaxLocals + 1);
    const auto low_value = *rc::gen::inRange<std::int64_t>(-1000, 1);
    cfg.value_range = {low_value, low_value + *rc::gen::inRange<std::int64_t>(0, 2000)};
    const int low_constant = *rc::gen::inRange(0, prior::kMaxSmallConstant + 1);
    cfg.const_range = {low_constant, *rc::gen::inRange(low_constant, prior::kMaxSmallConstant + 1)};
    cfg.max_len = *rc::gen::inRange(shortest, kLongestMaxLen + 1);
    for (int f = 1; f < prior::kFeatureCount; ++f) cfg.features[f] = *rc::gen::arbitrary<bool>();
    return cfg;
  });
}

rc::Gen<Language> gen_language() {
  return rc::gen::mapcat(gen_start(), [](Start start) {
    return rc::gen::map(gen_decode_config(start), [start](DecodeConfig cfg) { return Language{std::move(cfg), start}; });
  });
}

void showValue(const Language& language, std::ostream& out) {
  prior::showValue(language.start, out);
  out << ' ';
  prior::showValue(language.config, out);
}

}  // namespace pyprior::test_support

namespace pyprior::prior {

void showValue(Start start, std::ostream& out) { out << "start=" << start_name(start); }

void showValue(const DecodeConfig& cfg, std::ostream& out) {
  out << "DecodeConfig{arities=[";
  for (std::size_t i = 0; i < cfg.arities.size(); ++i) out << (i ? "," : "") << cfg.arities[i];
  out << "] max_block_stmts=" << cfg.max_block_stmts << " max_expr_depth=" << cfg.max_expr_depth
      << " max_control_depth=" << cfg.max_control_depth << " max_locals=" << cfg.max_locals << " value_range=["
      << cfg.value_range.first << "," << cfg.value_range.second << "] const_range=[" << cfg.const_range.first << ","
      << cfg.const_range.second << "] max_len=" << cfg.max_len << " features=";
  for (int f = 1; f < kFeatureCount; ++f)
    if (cfg.allows(static_cast<Feature>(f))) out << feature_name(static_cast<Feature>(f)) << ",";
  out << "}";
}

}  // namespace pyprior::prior
