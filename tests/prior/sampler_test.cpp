// Samplers: determinism (golden programs, since the RNG is specified bit for
// bit), uniform coverage, the weighted prior's policy knobs, choice bytes.
#include "prior/sampler.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <map>
#include <set>

#include "tests/support/config_generator.hpp"
#include "tests/support/enabled_tokens.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::gen_language;
using test_support::Language;
using test_support::names_of;

template <Sampler S>
std::vector<Token> sample(const DecodeConfig& cfg, S& sampler, Start start = Start::Function) {
  return sample_tokens(compile_grammar(cfg), start, sampler);
}

// --- the random engine -----------------------------------------------------

// SplitMix64's published output for seed 0: the programs of a seed depend on it.
TEST(Rng, MatchesSplitMix64) {
  Rng rng(0);
  EXPECT_EQ(rng.next(), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(rng.next(), 0x6e789e6aa1b965f4ULL);
  EXPECT_EQ(rng.next(), 0x06c45d188009454fULL);
}

RC_GTEST_PROP(Rng, NthDrawIsTheDrawAtThatPosition, (std::uint64_t seed)) {
  const auto index = *rc::gen::inRange<std::uint64_t>(0, 300);
  Rng rng(seed);
  for (std::uint64_t i = 0; i < index; ++i) rng.next();
  RC_ASSERT(Rng::nth_draw(seed, index) == rng.next());
}

TEST(Rng, BelowStaysBelowTheBound) {
  Rng rng(3);
  for (std::uint64_t bound : {1ULL, 2ULL, 3ULL, 7ULL, 1000ULL, (1ULL << 63) + 1})
    for (int i = 0; i < 1000; ++i) EXPECT_LT(rng.below(bound), bound);
}

TEST(Rng, BetweenIncludesBothEnds) {
  Rng rng(4);
  std::set<std::int64_t> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(rng.between(-2, 2));
  EXPECT_EQ(seen, (std::set<std::int64_t>{-2, -1, 0, 1, 2}));
  EXPECT_EQ(rng.between(INT64_MIN, INT64_MIN), INT64_MIN);
  rng.between(INT64_MIN, INT64_MAX);  // the full range must not divide by zero
}

TEST(Rng, UnitIsInTheHalfOpenInterval) {
  Rng rng(5);
  for (int i = 0; i < 1000; ++i) {
    const double u = rng.unit();
    EXPECT_GE(u, 0.0);
    EXPECT_LT(u, 1.0);
  }
}

// --- determinism -------------------------------------------------------------

// Golden programs: the same on every machine and standard library.
TEST(Sampler, UniformProgramsOfSeedsZeroAndOneAreFixed) {
  UniformSampler zero(0), one(1);
  EXPECT_EQ(names_of(sample(DecodeConfig::seed(), zero)),
            "def/2 if_else + b * == 2 9 > b 4 return 1 if_else 5 return 0 return_none <end> return_none return_none "
            "return a <end> return_none <end> return 3 <end> <end>");
  EXPECT_EQ(names_of(sample(DecodeConfig::seed(), one)),
            "def/2 return b if neg 6 return_none if_else >= 7 != 3 0 return neg < 4 7 return 9 <end> assign d * 3 "
            "neg 6 <end> <end> <end>");
}

TEST(Sampler, WeightedProgramsOfSeedsZeroAndOneAreFixed) {
  WeightedSampler zero(0), one(1);
  EXPECT_EQ(names_of(sample(DecodeConfig::seed(), zero)), "def/2 assign d + b 0 assign d a assign e 4 <end>");
  EXPECT_EQ(names_of(sample(DecodeConfig::seed(), one)),
            "def/2 if_else b assign d 4 return b <end> assign e 3 if_else 5 assign e 0 return b <end> return * 0 7 "
            "<end> <end> <end>");
}

TEST(Sampler, FuzzProfileProgramOfSeedZeroIsFixed) {
  WeightedSampler zero(0);
  EXPECT_EQ(names_of(sample(DecodeConfig::fuzz(), zero)), "def/3 assign d - c <= 5 2 return ifexp d 6 b <end>");
}

RC_GTEST_PROP(Sampler, SameSeedGivesSamePrograms, ()) {
  const Language language = *gen_language();
  const auto seed = *rc::gen::arbitrary<std::uint64_t>();
  UniformSampler uniform_a(seed), uniform_b(seed);
  WeightedSampler weighted_a(seed), weighted_b(seed);
  for (int i = 0; i < 5; ++i) {
    RC_ASSERT(sample(language.config, uniform_a, language.start) == sample(language.config, uniform_b, language.start));
    RC_ASSERT(sample(language.config, weighted_a, language.start) ==
              sample(language.config, weighted_b, language.start));
  }
}

// The weighted sampler keeps the running sums of large legal sets once it
// has made many choices from them; a copy starts without them, and makes
// them afresh until it has made as many. Their programs must still be the
// same: what it keeps saves time and never changes a choice.
RC_GTEST_PROP(WeightedSampler, KeptSumsNeverChangeAChoice, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  WeightedSampler warm(*rc::gen::arbitrary<std::uint64_t>());
  for (int i = 0; i < 300; ++i) sample_tokens(grammar, language.start, warm);
  WeightedSampler cold(warm);
  for (int i = 0; i < 300; ++i)
    RC_ASSERT(sample_tokens(grammar, language.start, warm) == sample_tokens(grammar, language.start, cold));
}

TEST(Sampler, DifferentSeedsGiveDifferentPrograms) {
  std::set<std::vector<Token>> uniform, weighted;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    UniformSampler u(seed);
    WeightedSampler w(seed);
    uniform.insert(sample(DecodeConfig::seed(), u));
    weighted.insert(sample(DecodeConfig::seed(), w));
  }
  EXPECT_GE(uniform.size(), 15u);
  EXPECT_GE(weighted.size(), 10u);
}

// --- uniform -------------------------------------------------------------------

TEST(UniformSampler, CoversEveryEnabledToken) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  UniformSampler sampler(7);
  TokenSet seen;
  for (int i = 0; i < 1000; ++i)
    for (Token t : sample(cfg, sampler, Start::Module)) seen.insert(t);
  EXPECT_EQ(names_of(seen.to_vector()), names_of(test_support::enabled_tokens(cfg).to_vector()));
}

TEST(UniformSampler, PicksEveryLegalTokenEquallyOften) {
  const Decoder decoder(DecodeConfig::fuzz(), Start::Expr);
  const TokenSet legal = decoder.legal();
  UniformSampler sampler(11);
  std::map<Token, int> counts;
  const int draws = 200 * legal.size();
  for (int i = 0; i < draws; ++i) ++counts[sampler.choose(decoder, legal)];
  ASSERT_EQ(static_cast<int>(counts.size()), legal.size());
  for (const auto& [token, count] : counts) {
    EXPECT_GT(count, 140) << info(token).name;  // 200 expected; 140 is more than 4 standard deviations off
    EXPECT_LT(count, 260) << info(token).name;
  }
}

// --- weighted ------------------------------------------------------------------

std::map<Token, int> token_counts(const DecodeConfig& cfg, const PolicyConfig& policy, int programs) {
  WeightedSampler sampler(5, policy);
  std::map<Token, int> counts;
  for (int i = 0; i < programs; ++i)
    for (Token t : sample(cfg, sampler)) ++counts[t];
  return counts;
}

TEST(WeightedSampler, ZeroWeightStatementNeverAppears) {
  PolicyConfig policy;
  policy.if_stmt = 0;
  policy.if_else = 0;
  policy.assign = 0;
  const std::map<Token, int> counts = token_counts(DecodeConfig::seed(), policy, 500);
  EXPECT_FALSE(counts.contains(Token::If));
  EXPECT_FALSE(counts.contains(Token::IfElse));
  EXPECT_FALSE(counts.contains(Token::Assign));
  EXPECT_TRUE(counts.contains(Token::Return));
}

TEST(WeightedSampler, ZeroWeightExpressionKindNeverAppears) {
  PolicyConfig policy;
  policy.arithmetic = 0;
  policy.constant = 0;
  const std::map<Token, int> counts = token_counts(DecodeConfig::seed(), policy, 500);
  for (Token t : test_support::tokens_named("+ - * 0 1 2 3 4 5 6 7 8 9")) EXPECT_FALSE(counts.contains(t)) << info(t).name;
  EXPECT_TRUE(counts.contains(Token::Lt));
  EXPECT_TRUE(counts.contains(Token::NameA));
}

TEST(WeightedSampler, HeavierKindAppearsMoreOften) {
  PolicyConfig light, heavy;
  light.assign = 0.5;
  heavy.assign = 40;
  EXPECT_GT(token_counts(DecodeConfig::seed(), heavy, 300)[Token::Assign],
            2 * token_counts(DecodeConfig::seed(), light, 300)[Token::Assign]);
}

// With zero decay, operators never nest: leaves are always legal under an operator.
TEST(WeightedSampler, ZeroDepthDecayKeepsExpressionsFlat) {
  PolicyConfig policy;
  policy.depth_decay = 0;
  const auto grammar = compile_grammar(DecodeConfig::fuzz());
  WeightedSampler sampler(9, policy);
  for (int i = 0; i < 300; ++i) {
    Decoder decoder(grammar, Start::Function);
    while (!decoder.is_complete()) {
      const Token t = sampler.choose(decoder, decoder.legal());
      if (decoder.expression_depth() > 0) {
        ASSERT_EQ(info(t).slot_count, 0) << names_of(decoder.tokens());
      }
      decoder.advance(t);
    }
  }
}

// A random policy in which each statement kind is either switched off or not.
rc::Gen<PolicyConfig> gen_policy_with_zero_statements() {
  return rc::gen::exec([] {
    PolicyConfig policy;
    for (double* weight : {&policy.assign, &policy.augmented_assign, &policy.if_stmt, &policy.if_else,
                           &policy.return_stmt, &policy.return_none, &policy.for_loop, &policy.while_loop,
                           &policy.break_stmt, &policy.continue_stmt, &policy.end_block})
      if (*rc::gen::arbitrary<bool>()) *weight = 0;
    return policy;
  });
}

bool has_zero_weight(Token t, const PolicyConfig& p) {
  const std::map<Token, double> weights = {
      {Token::Assign, p.assign},       {Token::AugAssign, p.augmented_assign}, {Token::If, p.if_stmt},
      {Token::IfElse, p.if_else},      {Token::Return, p.return_stmt},         {Token::ReturnNone, p.return_none},
      {Token::For, p.for_loop},        {Token::While, p.while_loop},           {Token::Break, p.break_stmt},
      {Token::Continue, p.continue_stmt}, {Token::EndBlock, p.end_block}};
  const auto found = weights.find(t);
  return found != weights.end() && found->second == 0;
}

// A zero-weight token is taken only when every legal token weighs zero
// (e.g. <end> in a full block).
RC_GTEST_PROP(WeightedSampler, ZeroWeightTokenIsTakenOnlyWhenForced, ()) {
  const Language language = *gen_language();
  const PolicyConfig policy = *gen_policy_with_zero_statements();
  WeightedSampler sampler(*rc::gen::arbitrary<std::uint64_t>(), policy);
  for (int i = 0; i < 5; ++i) {
    Decoder decoder(language.config, language.start);
    while (!decoder.is_complete()) {
      const TokenSet legal = decoder.legal();
      const Token t = sampler.choose(decoder, legal);
      RC_ASSERT(legal.contains(t));
      if (has_zero_weight(t, policy))
        legal.for_each([&](Token other) { RC_ASSERT(has_zero_weight(other, policy)); });
      decoder.advance(t);
    }
  }
}

// --- choice bytes --------------------------------------------------------------

TEST(ChoiceBytesSampler, ByteModuloLegalCountPicksTheToken) {
  const Decoder decoder(DecodeConfig::seed(), Start::Function);  // legal: def/1 def/2
  const std::vector<std::uint8_t> bytes = {0, 1, 2, 3, 255};
  ChoiceBytesSampler sampler(bytes);
  const std::vector<Token> expected = {Token::Def1, Token::Def2, Token::Def1, Token::Def2, Token::Def2};
  for (Token t : expected) EXPECT_EQ(sampler.choose(decoder, decoder.legal()), t);
  EXPECT_EQ(sampler.consumed(), 5u);
}

TEST(ChoiceBytesSampler, ForcedStepConsumesNothing) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_block_stmts = 1;
  Decoder full(cfg);
  for (Token t : test_support::tokens_named("def/1 return_none")) full.advance(t);  // only <end> is legal
  const std::vector<std::uint8_t> bytes = {1};
  ChoiceBytesSampler sampler(bytes);
  EXPECT_EQ(sampler.choose(full, full.legal()), Token::EndBlock);
  EXPECT_EQ(sampler.consumed(), 0u);
}

TEST(ChoiceBytesSampler, NoBytesMeansTheCheapestToken) {
  ChoiceBytesSampler sampler({});
  EXPECT_EQ(names_of(sample(DecodeConfig::seed(), sampler)), "def/1 return_none <end>");
  EXPECT_EQ(sampler.consumed(), 0u);
}

// --- the concept ----------------------------------------------------------------

// Any type with choose(decoder, legal) -> Token drives the decoder. Names
// come last in id order, so this one returns at once.
struct LastTokenSampler {
  Token choose(const Decoder&, TokenSet legal) { return legal.nth(legal.size() - 1); }
};
static_assert(Sampler<LastTokenSampler>);
static_assert(!Sampler<int>);

TEST(Sampler, CompleteRunsAnySamplerToTheEnd) {
  LastTokenSampler sampler;
  Decoder decoder(DecodeConfig::seed(), Start::Expr);
  complete(decoder, sampler);
  EXPECT_TRUE(decoder.is_complete());
  EXPECT_EQ(names_of(decoder.tokens()), "b");
}

}  // namespace
}  // namespace pyprior::prior
