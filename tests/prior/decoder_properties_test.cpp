// The decoder's contract (decoder.hpp) as properties over many random
// languages (tests/support/config_generator.hpp): every start, random limits,
// feature flags and max_len from the smallest usable value up to ~120.
// CPython 3.11, embedded, is the judge of the programs' meaning.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>

#include "prior/decoder.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/cpython_oracle.hpp"
#include "tests/support/enabled_tokens.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::cpython_objection;
using test_support::enabled_tokens;
using test_support::gen_language;
using test_support::Language;
using test_support::names_of;

// Runs `sampler` from a fresh decoder to completion, calling check(decoder)
// before every step. Returns the program.
template <Sampler S, class Check>
std::vector<Token> walk(const Language& language, S& sampler, Check check) {
  Decoder decoder(language.config, language.start);
  while (!decoder.is_complete()) {
    check(decoder);
    RC_ASSERT(!decoder.legal().empty());
    decoder.advance(sampler.choose(decoder, decoder.legal()));
  }
  return {decoder.tokens().begin(), decoder.tokens().end()};
}

const TokenSet kVocabulary = TokenSet::range(Token::Pad, token_from_id(kVocabSize - 1));

// Each property case draws one language and checks several programs of it.
constexpr int kWalksPerLanguage = 8;

// kWalksPerLanguage uniform walks (see walk), from a generated seed.
template <class Check>
void uniform_walks(const Language& language, Check check) {
  const auto seed = *rc::gen::arbitrary<std::uint64_t>();
  for (int i = 0; i < kWalksPerLanguage; ++i) {
    UniformSampler sampler(seed + i);
    walk(language, sampler, check);
  }
}

// Follows the cheapest legal token to completion.
struct CheapestSampler {
  Token choose(const Decoder& decoder, TokenSet) { return decoder.cheapest_legal(); }
};

bool same_state(const Decoder& a, const Decoder& b) {
  return std::ranges::equal(a.tokens(), b.tokens()) && a.legal() == b.legal() &&
         a.min_cost_to_complete() == b.min_cost_to_complete() && a.is_complete() == b.is_complete();
}

RC_GTEST_PROP(DecoderProperties, LegalSetIsEmptyExactlyWhenComplete, ()) {
  const Language language = *gen_language();
  uniform_walks(language, [](const Decoder& decoder) {
    RC_ASSERT(!decoder.legal().empty());
    RC_ASSERT(decoder.next_legal_tokens() == decoder.legal().to_vector());
  });
  // walk stops at is_complete(): there the set must be empty.
  UniformSampler sampler(0);
  Decoder decoder(language.config, language.start);
  complete(decoder, sampler);
  RC_ASSERT(decoder.legal().empty());
  RC_ASSERT(decoder.next_legal_tokens().empty());
}

RC_GTEST_PROP(DecoderProperties, LegalTokensAreEnabledByTheConfig, ()) {
  const Language language = *gen_language();
  const TokenSet enabled = enabled_tokens(language.config);
  uniform_walks(language, [&](const Decoder& decoder) { RC_ASSERT((decoder.legal() & ~enabled).empty()); });
}

RC_GTEST_PROP(DecoderProperties, EveryLegalTokenLeavesACompletionWithinMaxLen, ()) {
  const Language language = *gen_language();
  uniform_walks(language, [&](const Decoder& decoder) {
    decoder.legal().for_each([&](Token t) {
      Decoder next = decoder;
      next.advance(t);
      RC_ASSERT(static_cast<int>(next.tokens().size()) + next.min_cost_to_complete() <= language.config.max_len);
    });
  });
}

RC_GTEST_PROP(DecoderProperties, UniformProgramsCompleteWithinMaxLen, ()) {
  const Language language = *gen_language();
  uniform_walks(language, [&](const Decoder& decoder) {
    RC_ASSERT(static_cast<int>(decoder.tokens().size()) < language.config.max_len);
  });
}

RC_GTEST_PROP(DecoderProperties, CheapestProgramsCompleteWithinMaxLen, ()) {
  const Language language = *gen_language();
  CheapestSampler sampler;
  const std::vector<Token> program = walk(language, sampler, [](const Decoder&) {});
  RC_ASSERT(static_cast<int>(program.size()) <= language.config.max_len);
  RC_ASSERT(static_cast<int>(program.size()) == Decoder(language.config, language.start).min_cost_to_complete());
}

RC_GTEST_PROP(DecoderProperties, ChoiceBytesProgramsCompleteWithinMaxLen, ()) {
  const Language language = *gen_language();
  const auto bytes = *rc::gen::arbitrary<std::vector<std::uint8_t>>();
  ChoiceBytesSampler sampler(bytes);
  const std::vector<Token> program = walk(language, sampler, [](const Decoder&) {});
  RC_ASSERT(static_cast<int>(program.size()) <= language.config.max_len);
}

// min_cost_to_complete() is exact: the cheapest path from any state takes that many tokens.
RC_GTEST_PROP(DecoderProperties, CheapestCompletionTakesExactlyTheMinimumCost, ()) {
  const Language language = *gen_language();
  uniform_walks(language, [](const Decoder& decoder) {
    Decoder cheapest = decoder;
    CheapestSampler follow;
    complete(cheapest, follow);
    RC_ASSERT(cheapest.tokens().size() - decoder.tokens().size() ==
              static_cast<std::size_t>(decoder.min_cost_to_complete()));
  });
}

RC_GTEST_PROP(DecoderProperties, IllegalTokenThrowsAndLeavesTheDecoderUnchanged, ()) {
  const Language language = *gen_language();
  // Every illegal token of every step: one walk per case, as throwing is slow.
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  walk(language, sampler, [](const Decoder& decoder) {
    const TokenSet illegal = ~decoder.legal() & kVocabulary;
    illegal.for_each([&](Token t) {
      Decoder copy = decoder;
      RC_ASSERT_THROWS_AS(copy.advance(t), Error);
      RC_ASSERT(same_state(copy, decoder));
      const std::optional<Illegal> why = copy.try_advance(t);
      RC_ASSERT(why.has_value());
      RC_ASSERT(!why->message.empty());
      RC_ASSERT(same_state(copy, decoder));
    });
  });
}

RC_GTEST_PROP(DecoderProperties, ExplainIsEmptyExactlyForLegalTokens, ()) {
  const Language language = *gen_language();
  uniform_walks(language, [](const Decoder& decoder) {
    for (int i = 0; i < kVocabSize; ++i)
      RC_ASSERT(decoder.explain(token_from_id(i)).has_value() != decoder.is_legal(token_from_id(i)));
  });
}

RC_GTEST_PROP(DecoderProperties, CopiesAreIndependent, ()) {
  const Language language = *gen_language();
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const int fork_at = *rc::gen::inRange(0, language.config.max_len);
  Decoder original(language.config, language.start);
  for (int step = 0; step < fork_at && !original.is_complete(); ++step)
    original.advance(sampler.choose(original, original.legal()));
  const std::vector<Token> before(original.tokens().begin(), original.tokens().end());
  const TokenSet legal_before = original.legal();

  Decoder fork = original;
  complete(fork, sampler);
  RC_ASSERT(std::ranges::equal(original.tokens(), before));
  RC_ASSERT(original.legal() == legal_before);
  complete(original, sampler);
  RC_ASSERT(original.is_complete());
  RC_ASSERT(fork.is_complete());
}

RC_GTEST_PROP(DecoderProperties, ValidateAcceptsSampledProgramsAndTheirPrefixes, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const std::vector<Token> program = sample_tokens(grammar, language.start, sampler);
  const Validation whole = validate(program, grammar, language.start);
  RC_ASSERT(whole.ok);
  RC_ASSERT(whole.complete);
  RC_ASSERT(whole.position == program.size());
  const std::size_t cut = *rc::gen::inRange<std::size_t>(0, program.size());
  const Validation prefix = validate(std::span(program).first(cut), grammar, language.start);
  RC_ASSERT(prefix.ok);
  RC_ASSERT(!prefix.complete);
  RC_ASSERT(prefix.position == cut);
}

RC_GTEST_PROP(DecoderProperties, ValidateRejectsAnIllegalTokenAtItsPosition, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  std::vector<Token> program = sample_tokens(grammar, language.start, sampler);
  const std::size_t position = *rc::gen::inRange<std::size_t>(0, program.size());
  Decoder at(grammar, language.start);
  for (std::size_t i = 0; i < position; ++i) at.advance(program[i]);
  const std::vector<Token> illegal = (~at.legal() & kVocabulary).to_vector();
  program[position] = *rc::gen::elementOf(illegal);

  const Validation v = validate(program, grammar, language.start);
  RC_ASSERT(!v.ok);
  RC_ASSERT(v.position == position);
  RC_ASSERT(v.illegal.has_value());
  RC_ASSERT(v.illegal->reason == at.explain(program[position])->reason);
}

// --- the oracle itself: it must be able to fail --------------------------------

TEST(CPythonOracle, ObjectsToAnUnboundLocal) {
  const std::string source = "def func(a):\n    if a:\n        d = 1\n    return d\n";
  EXPECT_EQ(test_support::cpython_objection(source, {{1}}), "");
  EXPECT_EQ(test_support::cpython_objection(source, {{1}, {0}}).rfind("UnboundLocalError", 0), 0u);
}

TEST(CPythonOracle, ObjectsToSyntaxErrors) {
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    break\n", {{1}}).rfind("SyntaxError", 0), 0u);
}

TEST(CPythonOracle, AllowsArithmeticErrors) {
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    return (a // 0)\n", {{1}}), "");
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    return (a >> (-1))\n", {{1}}), "");
}

TEST(CPythonOracle, AbandonsEndlessLoopsAndHugeIntegers) {
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    while 1:\n        continue\n", {{1}}), "");
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    return (a << 18446744073709551616)\n", {{1}}), "");
  EXPECT_EQ(test_support::cpython_objection("def func(a):\n    while 1:\n        a = (a * a)\n", {{3}}), "");
}

// The headline property: CPython compiles every program and running it never
// raises NameError / UnboundLocalError (nor anything else the language cannot
// cause).
RC_GTEST_PROP(DecoderProperties, CPythonCompilesAndRunsEveryProgram, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  const std::uint64_t seed = *rc::gen::arbitrary<std::uint64_t>();
  UniformSampler uniform(seed);
  WeightedSampler weighted(seed);
  for (int i = 0; i < kWalksPerLanguage; ++i) {
    for (const std::vector<Token>& program :
         {sample_tokens(grammar, language.start, uniform), sample_tokens(grammar, language.start, weighted)}) {
      const std::string objection = cpython_objection(program, language.start, language.config);
      if (!objection.empty()) RC_FAIL(objection + "\ntokens: " + names_of(program));
    }
  }
}

RC_GTEST_PROP(DecoderProperties, CPythonCompilesAndRunsEveryChoiceBytesProgram, ()) {
  const Language language = *gen_language();
  const auto bytes = *rc::gen::arbitrary<std::vector<std::uint8_t>>();
  ChoiceBytesSampler sampler(bytes);
  const std::vector<Token> program = sample_tokens(compile_grammar(language.config), language.start, sampler);
  const std::string objection = cpython_objection(program, language.start, language.config);
  if (!objection.empty()) RC_FAIL(objection + "\ntokens: " + names_of(program));
}

// --- limits CPython itself has ------------------------------------------------

// The program that takes the first legal token of `preferred` at every step,
// else the cheapest one: it nests as deep as the config allows.
std::vector<Token> deepest_nesting(const DecodeConfig& cfg, std::initializer_list<Token> preferred) {
  Decoder decoder(cfg, Start::Function);
  while (!decoder.is_complete()) {
    const auto wanted = std::ranges::find_if(preferred, [&](Token t) { return decoder.is_legal(t); });
    decoder.advance(wanted != preferred.end() ? *wanted : decoder.cheapest_legal());
  }
  return {decoder.tokens().begin(), decoder.tokens().end()};
}

// CPython refuses more than 20 nested loops ("too many statically nested
// blocks"): the deepest loop nest a config accepts must compile.
TEST(DecoderLimits, DeepestLoopNestCompilesInCPython) {
  DecodeConfig cfg = DecodeConfig::fuzz();
  cfg.max_len = 400;
  cfg.max_control_depth = test_support::largest_accepted(cfg, &DecodeConfig::max_control_depth, 40);
  const std::vector<Token> program = deepest_nesting(cfg, {Token::While});
  EXPECT_EQ(cpython_objection(program, Start::Function, cfg), "") << "max_control_depth " << cfg.max_control_depth;
}

// CPython refuses 201 nested parentheses, and runs out of parser stack before
// that for nested comparisons (192 levels): the deepest expression of each
// kind a config accepts must compile.
TEST(DecoderLimits, DeepestExpressionCompilesInCPython) {
  DecodeConfig cfg = DecodeConfig::fuzz();
  cfg.max_len = 2000;
  cfg.max_expr_depth = test_support::largest_accepted(cfg, &DecodeConfig::max_expr_depth, 300);
  for (Token nest : {Token::Neg, Token::Lt, Token::Chain, Token::And, Token::IfExp, Token::Abs, Token::Min}) {
    const std::vector<Token> program = deepest_nesting(cfg, {nest, Token::Return});
    EXPECT_EQ(cpython_objection(program, Start::Function, cfg), "")
        << info(nest).name << " nested, max_expr_depth " << cfg.max_expr_depth;
  }
}

}  // namespace
}  // namespace pyprior::prior
