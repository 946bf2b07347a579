// Choice sequences: every byte string is a valid program, programs and their
// choices convert both ways, and a prefix of choices is the cheapest
// completion of the same start.
#include "prior/choices.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::gen_language;
using test_support::Language;
using test_support::names_of;
using test_support::tokens_named;

using Bytes = std::vector<std::uint8_t>;

// The legal-set size at each non-forced step of a program.
std::vector<int> choice_widths(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start) {
  Decoder decoder(grammar, start);
  std::vector<int> widths;
  for (Token t : tokens) {
    if (decoder.legal().size() > 1) widths.push_back(decoder.legal().size());
    decoder.advance(t);
  }
  return widths;
}

TEST(Choices, NoChoicesGiveTheCheapestProgram) {
  const auto grammar = compile_grammar(DecodeConfig::seed());
  EXPECT_EQ(names_of(choices_to_tokens({}, grammar, Start::Function)), "def/1 return_none <end>");
  EXPECT_EQ(names_of(choices_to_tokens({}, grammar, Start::Expr)), "0");
}

TEST(Choices, OneChoicePerUnforcedStep) {
  // def/1 among {def/1, def/2}, return among five statements, a among the
  // expressions, <end> among <end> and the statements: four choices.
  const auto grammar = compile_grammar(DecodeConfig::seed());
  const std::vector<Token> program = tokens_named("def/1 return a <end>");
  const Bytes choices = tokens_to_choices(program, grammar, Start::Function);
  EXPECT_EQ(choices.size(), 4u);
  EXPECT_EQ(choices_to_tokens(choices, grammar, Start::Function), program);
}

TEST(Choices, ForcedStepsTakeNoChoice) {
  DecodeConfig tight = DecodeConfig::seed();
  tight.max_len = 3;  // after the def, only `return` then <end> fit
  EXPECT_EQ(tokens_to_choices(tokens_named("def/1 return_none <end>"), compile_grammar(tight), Start::Function),
            Bytes{0});
}

TEST(Choices, ChoiceIsTheRankInIdOrder) {
  const auto grammar = compile_grammar(DecodeConfig::seed());
  // def/2 is the second of {def/1, def/2}; return_none the fifth of the statements.
  EXPECT_EQ(tokens_to_choices(tokens_named("def/2 return_none"), grammar, Start::Function), (Bytes{1, 4}));
}

TEST(Choices, IllegalTokensThrow) {
  const auto grammar = compile_grammar(DecodeConfig::seed());
  EXPECT_THROW(tokens_to_choices(tokens_named("def/1 return d <end>"), grammar, Start::Function), Error);
  EXPECT_THROW(tokens_to_choices(tokens_named("def/1 return_none <end> <end>"), grammar, Start::Function), Error);
}

TEST(Choices, BytesBeyondTheProgramAreIgnored) {
  DecodeConfig tight = DecodeConfig::seed();
  tight.max_len = 3;
  EXPECT_EQ(names_of(choices_to_tokens(Bytes{1, 7, 7, 7}, compile_grammar(tight), Start::Function)),
            "def/2 return_none <end>");
}

RC_GTEST_PROP(Choices, EveryByteStringIsACompleteValidProgram, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  const Bytes bytes = *rc::gen::arbitrary<Bytes>();
  const std::vector<Token> program = choices_to_tokens(bytes, grammar, language.start);
  const Validation v = validate(program, grammar, language.start);
  RC_ASSERT(v.ok);
  RC_ASSERT(v.complete);
}

RC_GTEST_PROP(Choices, ProgramsSurviveTheRoundTripThroughChoices, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const std::vector<Token> program = sample_tokens(grammar, language.start, sampler);
  const Bytes choices = tokens_to_choices(program, grammar, language.start);
  RC_ASSERT(choices_to_tokens(choices, grammar, language.start) == program);
}

// Bytes come back reduced modulo the width of their step, then the cheapest
// completion's choices follow.
RC_GTEST_PROP(Choices, BytesComeBackReducedModuloTheirStep, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  const Bytes bytes = *rc::gen::arbitrary<Bytes>();
  const std::vector<Token> program = choices_to_tokens(bytes, grammar, language.start);
  const Bytes normalized = tokens_to_choices(program, grammar, language.start);
  const std::vector<int> widths = choice_widths(program, grammar, language.start);
  RC_ASSERT(normalized.size() == widths.size());
  for (std::size_t i = 0; i < std::min(bytes.size(), normalized.size()); ++i) {
    RC_ASSERT(normalized[i] == bytes[i] % widths[i]);
  }
  RC_ASSERT(choices_to_tokens(normalized, grammar, language.start) == program);
}

// A prefix of the choices gives the same program up to where the choices
// run out, then its cheapest completion: never a longer program.
RC_GTEST_PROP(Choices, PrefixOfChoicesGivesTheCheapestCompletion, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  const Bytes bytes = *rc::gen::arbitrary<Bytes>();
  const std::size_t cut = *rc::gen::inRange<std::size_t>(0, bytes.size() + 1);
  const std::vector<Token> full = choices_to_tokens(bytes, grammar, language.start);
  const std::vector<Token> shorter = choices_to_tokens(std::span(bytes).first(cut), grammar, language.start);
  RC_ASSERT(shorter.size() <= full.size());

  // Replay: the same tokens while the prefix lasts, then the cheapest ones.
  Decoder decoder(grammar, language.start);
  std::size_t used = 0;
  for (std::size_t i = 0; i < shorter.size(); ++i) {
    const TokenSet legal = decoder.legal();
    if (legal.size() > 1 && used < cut) {
      RC_ASSERT(shorter[i] == full[i]);
      ++used;
    } else if (legal.size() > 1) {
      RC_ASSERT(shorter[i] == decoder.cheapest_legal());
    }
    decoder.advance(shorter[i]);
  }
}

RC_GTEST_PROP(Choices, EveryChoiceFitsInAByte, ()) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  const auto grammar = compile_grammar(cfg);
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const std::vector<Token> program = sample_tokens(grammar, Start::Module, sampler);
  const Bytes choices = tokens_to_choices(program, grammar, Start::Module);
  const std::vector<int> widths = choice_widths(program, grammar, Start::Module);
  for (std::size_t i = 0; i < choices.size(); ++i) RC_ASSERT(choices[i] < widths[i]);
}

// Fuzzers mutate bytes: every single-byte change still decodes.
RC_GTEST_PROP(Choices, MutatedChoicesStillDecode, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  Bytes choices = tokens_to_choices(sample_tokens(grammar, language.start, sampler), grammar, language.start);
  RC_PRE(!choices.empty());
  choices[*rc::gen::inRange<std::size_t>(0, choices.size())] = *rc::gen::arbitrary<std::uint8_t>();
  const Validation v = validate(choices_to_tokens(choices, grammar, language.start), grammar, language.start);
  RC_ASSERT(v.ok);
  RC_ASSERT(v.complete);
}

}  // namespace
}  // namespace pyprior::prior
