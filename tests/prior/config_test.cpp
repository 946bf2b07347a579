// DecodeConfig: profiles, validation messages, the fingerprint, names, and
// every knob and feature flag tested both ways through the decoder.
#include "prior/config.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <functional>
#include <set>

#include "prior/decoder.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::gen_decode_config;

// --- profiles -----------------------------------------------------------

TEST(DecodeConfig, SeedProfileIsTheDefault) { EXPECT_EQ(DecodeConfig::seed(), DecodeConfig{}); }

TEST(DecodeConfig, SeedProfileHasNoExtensions) {
  const DecodeConfig cfg = DecodeConfig::seed();
  for (int f = 1; f < kFeatureCount; ++f) EXPECT_FALSE(cfg.allows(static_cast<Feature>(f))) << feature_name(static_cast<Feature>(f));
}

TEST(DecodeConfig, FuzzProfileHasEveryFeature) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  for (int f = 0; f < kFeatureCount; ++f) EXPECT_TRUE(cfg.allows(static_cast<Feature>(f))) << feature_name(static_cast<Feature>(f));
  EXPECT_EQ(cfg.arities, (std::vector<int>{0, 1, 2, 3}));
}

TEST(DecodeConfig, BothProfilesAreValid) {
  EXPECT_EQ(DecodeConfig::seed().validate(), "");
  EXPECT_EQ(DecodeConfig::fuzz().validate(), "");
}

TEST(DecodeConfig, BaseIsAlwaysAllowed) {
  DecodeConfig cfg;
  cfg.enable(Feature::Base, false);
  EXPECT_TRUE(cfg.allows(Feature::Base));
}

TEST(DecodeConfig, EnableTogglesOneFeature) {
  DecodeConfig cfg;
  cfg.enable(Feature::BitOps);
  EXPECT_TRUE(cfg.allows(Feature::BitOps));
  EXPECT_FALSE(cfg.allows(Feature::BoolOps));
  cfg.enable(Feature::BitOps, false);
  EXPECT_FALSE(cfg.allows(Feature::BitOps));
}

// --- validation -----------------------------------------------------------

struct BadField {
  const char* field;
  std::function<void(DecodeConfig&)> spoil;
  const char* message_mentions;
};

const std::vector<BadField>& bad_fields() {
  static const std::vector<BadField> cases = {
      {"no arities", [](DecodeConfig& c) { c.arities.clear(); }, "arities"},
      {"arity above 3", [](DecodeConfig& c) { c.arities = {1, 4}; }, "arity 4"},
      {"negative arity", [](DecodeConfig& c) { c.arities = {-1}; }, "arity -1"},
      {"empty blocks", [](DecodeConfig& c) { c.max_block_stmts = 0; }, "max_block_stmts"},
      {"negative expression depth", [](DecodeConfig& c) { c.max_expr_depth = -1; }, "max_expr_depth"},
      {"negative control depth", [](DecodeConfig& c) { c.max_control_depth = -1; }, "max_control_depth"},
      {"no locals", [](DecodeConfig& c) { c.max_locals = 0; }, "max_locals"},
      {"more locals than names", [](DecodeConfig& c) { c.max_locals = kMaxLocals + 1; }, "max_locals"},
      {"reversed value range", [](DecodeConfig& c) { c.value_range = {5, 4}; }, "value_range"},
      {"negative constant", [](DecodeConfig& c) { c.const_range = {-1, 3}; }, "const_range"},
      {"constant above 10", [](DecodeConfig& c) { c.const_range = {0, 11}; }, "const_range"},
      {"reversed constant range", [](DecodeConfig& c) { c.const_range = {5, 4}; }, "const_range"},
      {"max_len below the smallest function", [](DecodeConfig& c) { c.max_len = 2; }, "max_len"},
  };
  return cases;
}

TEST(DecodeConfig, ValidateNamesEachBadFieldOnOneLine) {
  for (const BadField& bad : bad_fields()) {
    DecodeConfig cfg;
    bad.spoil(cfg);
    const std::string message = cfg.validate();
    EXPECT_NE(message.find(bad.message_mentions), std::string::npos) << bad.field << ": " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << bad.field;
  }
}

TEST(DecodeConfig, DecoderRefusesEachBadFieldWithTheSameMessage) {
  for (const BadField& bad : bad_fields()) {
    DecodeConfig cfg;
    bad.spoil(cfg);
    try {
      Decoder decoder(cfg, Start::Function);
      ADD_FAILURE() << bad.field << " was accepted";
    } catch (const Error& error) {
      EXPECT_EQ(std::string(error.what()), "invalid config: " + cfg.validate()) << bad.field;
    }
  }
}

TEST(DecodeConfig, SmallestAcceptedLimitsAreValid) {
  DecodeConfig cfg;
  cfg.arities = {0};
  cfg.max_block_stmts = 1;
  cfg.max_expr_depth = 0;
  cfg.max_control_depth = 0;
  cfg.max_locals = 1;
  cfg.value_range = {0, 0};
  cfg.const_range = {10, 10};
  cfg.max_len = 3;
  EXPECT_EQ(cfg.validate(), "");
}

RC_GTEST_PROP(DecodeConfig, GeneratedConfigsAreValid, ()) {
  const DecodeConfig cfg = *gen_decode_config(*test_support::gen_start());
  RC_ASSERT(cfg.validate() == "");
}

// --- fingerprint ------------------------------------------------------------

// Corpora store fingerprints, so they must not change between runs or machines.
TEST(DecodeConfig, FingerprintsOfTheProfilesAreStable) {
  EXPECT_EQ(DecodeConfig::seed().fingerprint(), "58d7a7364874362b");
  EXPECT_EQ(DecodeConfig::fuzz().fingerprint(), "58a9b9a5482fa03a");
}

TEST(DecodeConfig, FingerprintIsSixteenHexDigits) {
  const std::string fingerprint = DecodeConfig::fuzz().fingerprint();
  EXPECT_EQ(fingerprint.size(), 16u);
  EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(DecodeConfig, FingerprintChangesWithEveryField) {
  const std::vector<std::function<void(DecodeConfig&)>> changes = {
      [](DecodeConfig& c) { c.arities = {1}; },
      [](DecodeConfig& c) { c.arities = {1, 2, 3}; },
      [](DecodeConfig& c) { c.max_block_stmts = 4; },
      [](DecodeConfig& c) { c.max_expr_depth = 2; },
      [](DecodeConfig& c) { c.max_control_depth = 1; },
      [](DecodeConfig& c) { c.max_locals = 5; },
      [](DecodeConfig& c) { c.value_range.first = -11; },
      [](DecodeConfig& c) { c.value_range.second = 11; },
      [](DecodeConfig& c) { c.const_range.first = 1; },
      [](DecodeConfig& c) { c.const_range.second = 10; },
      [](DecodeConfig& c) { c.max_len = 31; },
  };
  std::set<std::string> seen = {DecodeConfig::seed().fingerprint()};
  for (std::size_t i = 0; i < changes.size(); ++i) {
    DecodeConfig cfg = DecodeConfig::seed();
    changes[i](cfg);
    EXPECT_TRUE(seen.insert(cfg.fingerprint()).second) << "change " << i;
  }
  for (int f = 1; f < kFeatureCount; ++f) {
    DecodeConfig cfg = DecodeConfig::seed();
    cfg.enable(static_cast<Feature>(f));
    EXPECT_TRUE(seen.insert(cfg.fingerprint()).second) << feature_name(static_cast<Feature>(f));
  }
}

// Adjacent numeric fields must not run together ("1|23" vs "12|3").
TEST(DecodeConfig, FingerprintSeparatesAdjacentFields) {
  DecodeConfig left, right;
  left.max_block_stmts = 1;
  left.max_expr_depth = 23;
  right.max_block_stmts = 12;
  right.max_expr_depth = 3;
  EXPECT_NE(left.fingerprint(), right.fingerprint());
}

RC_GTEST_PROP(DecodeConfig, EqualConfigsAndOnlyEqualConfigsShareAFingerprint, ()) {
  const DecodeConfig a = *gen_decode_config(Start::Function);
  const DecodeConfig b = *gen_decode_config(Start::Function);
  RC_ASSERT(a.fingerprint() == DecodeConfig(a).fingerprint());
  RC_ASSERT((a.fingerprint() == b.fingerprint()) == (a == b));
}

// --- names ----------------------------------------------------------------

TEST(DecodeConfig, FeatureNamesRoundTrip) {
  for (int f = 0; f < kFeatureCount; ++f)
    EXPECT_EQ(feature_from_name(feature_name(static_cast<Feature>(f))), static_cast<Feature>(f));
  EXPECT_EQ(feature_from_name("goto"), std::nullopt);
}

TEST(DecodeConfig, FeatureNamesAreTheDocumentedOnes) {
  EXPECT_EQ(feature_name(Feature::FloorDivMod), "floordiv_mod");
  EXPECT_EQ(feature_name(Feature::While), "while");
  EXPECT_EQ(feature_name(Feature::BigInts), "bigints");
}

TEST(DecodeConfig, StartNamesRoundTrip) {
  for (Start start : {Start::Module, Start::Function, Start::Block, Start::Expr})
    EXPECT_EQ(start_from_name(start_name(start)), start);
  EXPECT_EQ(start_name(Start::Function), "function");
  EXPECT_EQ(start_from_name("FUNCTION"), std::nullopt);
}

// --- each knob, both ways -------------------------------------------------

// Every token that appears in `count` uniform samples of the config.
std::set<Token> tokens_sampled(const DecodeConfig& cfg, int count, Start start = Start::Module) {
  const auto grammar = compile_grammar(cfg);
  UniformSampler sampler(7);
  std::set<Token> seen;
  for (int i = 0; i < count; ++i)
    for (Token t : sample_tokens(grammar, start, sampler)) seen.insert(t);
  return seen;
}

bool any_token_of(const std::set<Token>& tokens, Feature feature) {
  for (Token t : tokens)
    if (info(t).feature == feature) return true;
  return false;
}

TEST(DecodeConfig, EachFeatureAddsItsTokensWhenOn) {
  for (int f = 1; f < kFeatureCount; ++f) {
    const auto feature = static_cast<Feature>(f);
    DecodeConfig cfg = DecodeConfig::seed();
    cfg.max_len = 60;
    cfg.enable(feature);
    EXPECT_TRUE(any_token_of(tokens_sampled(cfg, 300), feature)) << feature_name(feature);
  }
}

TEST(DecodeConfig, EachFeatureRemovesItsTokensWhenOff) {
  for (int f = 1; f < kFeatureCount; ++f) {
    const auto feature = static_cast<Feature>(f);
    DecodeConfig cfg = DecodeConfig::fuzz();
    cfg.enable(feature, false);
    EXPECT_FALSE(any_token_of(tokens_sampled(cfg, 300), feature)) << feature_name(feature);
  }
}

// for-loops give break and continue a loop to sit in, but they still belong to While.
TEST(DecodeConfig, LoopControlNeedsTheWhileFeatureEvenInForLoops) {
  DecodeConfig cfg = DecodeConfig::fuzz();
  cfg.enable(Feature::While, false);
  const std::set<Token> seen = tokens_sampled(cfg, 300);
  EXPECT_TRUE(seen.contains(Token::For));
  EXPECT_FALSE(seen.contains(Token::Break));
  EXPECT_FALSE(seen.contains(Token::Continue));
}

TEST(DecodeConfig, ConstRangeBoundsTheSmallConstants) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.const_range = {3, 5};
  const std::set<Token> seen = tokens_sampled(cfg, 400);
  for (int value = 0; value <= kMaxSmallConstant; ++value)
    EXPECT_EQ(seen.contains(small_constant_token(value)), value >= 3 && value <= 5) << value;
}

TEST(DecodeConfig, AritiesChooseTheFunctionHeaders) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.arities = {0, 3};
  const std::set<Token> seen = tokens_sampled(cfg, 100);
  EXPECT_TRUE(seen.contains(Token::Def0));
  EXPECT_FALSE(seen.contains(Token::Def1));
  EXPECT_FALSE(seen.contains(Token::Def2));
  EXPECT_TRUE(seen.contains(Token::Def3));
}

TEST(DecodeConfig, MaxLocalsBoundsTheLocalNames) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_locals = 2;
  cfg.max_len = 60;
  const std::set<Token> seen = tokens_sampled(cfg, 400);
  EXPECT_TRUE(seen.contains(Token::NameD));
  EXPECT_TRUE(seen.contains(Token::NameE));
  EXPECT_FALSE(seen.contains(Token::NameF));
}

}  // namespace
}  // namespace pyprior::prior
