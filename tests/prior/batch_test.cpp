// The seed's batch API: init_states, legal_masks (the LLM tools' bit layout),
// advance, decode (fan-out, ordering, max_new_tokens and resuming, stop_at,
// padding, traces) and detokenize.
#include "prior/batch.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <set>

#include "prior/error.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::gen_language;
using test_support::Language;
using test_support::names_of;
using test_support::tokens_named;

std::vector<DecodeState> function_states(std::initializer_list<const char*> prefixes,
                                         const DecodeConfig& cfg = DecodeConfig::seed()) {
  std::vector<DecodeRequest> requests;
  for (const char* prefix : prefixes) requests.push_back({Start::Function, tokens_named(prefix)});
  return init_states(requests, cfg);
}

// --- init_states ---------------------------------------------------------------

TEST(Batch, InitStatesAdvancesThroughEachPrefix) {
  const std::vector<DecodeState> states = function_states({"", "def/1 return", "def/2 return_none <end>"});
  ASSERT_EQ(states.size(), 3u);
  EXPECT_EQ(names_of(states[0].tokens()), "");
  EXPECT_EQ(names_of(states[1].tokens()), "def/1 return");
  EXPECT_TRUE(states[2].is_complete());
}

TEST(Batch, InitStatesNamesTheRequestAndPositionOfAnIllegalPrefix) {
  try {
    function_states({"def/1 return a", "def/1 return d"});
    FAIL() << "the illegal prefix was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("request 1, prefix token 2"), std::string::npos) << error.what();
  }
}

TEST(Batch, InitStatesHonoursEachStart) {
  const std::vector<DecodeState> states =
      init_states({{Start::Expr, {}}, {Start::Block, {}}, {Start::Module, {}}}, DecodeConfig::seed());
  EXPECT_EQ(states[0].start(), Start::Expr);
  EXPECT_EQ(states[1].start(), Start::Block);
  EXPECT_EQ(states[2].start(), Start::Module);
}

// --- legal_masks -------------------------------------------------------------------

TEST(Batch, MaskRowsAreThirtyTwoBitWords) {
  EXPECT_EQ(kMaskWords, (kVocabSize + 31) / 32);
  EXPECT_EQ(legal_masks(function_states({"", "def/1"})).size(), 2u * kMaskWords);
}

TEST(Batch, MaskOfTheFirstStepHoldsTheDefs) {
  const std::vector<std::uint32_t> masks = legal_masks(function_states({""}));
  // def/1 and def/2 are ids 2 and 3: bits 2 and 3 of word 0.
  EXPECT_EQ(masks[0], 0b1100u);
  for (int w = 1; w < kMaskWords; ++w) EXPECT_EQ(masks[w], 0u);
}

RC_GTEST_PROP(Batch, MaskBitVOfWordVOver32IsSetExactlyForLegalTokens, ()) {
  const Language language = *gen_language();
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  std::vector<DecodeState> states;
  Decoder decoder(language.config, language.start);
  while (true) {
    states.push_back(decoder);
    if (decoder.is_complete()) break;
    decoder.advance(sampler.choose(decoder, decoder.legal()));
  }
  const std::vector<std::uint32_t> masks = legal_masks(states);
  RC_ASSERT(masks.size() == states.size() * kMaskWords);
  for (std::size_t row = 0; row < states.size(); ++row)
    for (int v = 0; v < kMaskWords * 32; ++v) {
      const bool bit = (masks[row * kMaskWords + v / 32] >> (v % 32)) & 1;
      RC_ASSERT(bit == (v < kVocabSize && states[row].is_legal(token_from_id(v))));
    }
}

// --- advance -------------------------------------------------------------------------

TEST(Batch, AdvanceMovesEveryStateAndKeepsTheInput) {
  const std::vector<DecodeState> states = function_states({"", "def/1"});
  const std::vector<DecodeState> next = advance(states, {Token::Def2, Token::ReturnNone});
  EXPECT_EQ(names_of(next[0].tokens()), "def/2");
  EXPECT_EQ(names_of(next[1].tokens()), "def/1 return_none");
  EXPECT_EQ(names_of(states[1].tokens()), "def/1");
}

TEST(Batch, CompleteStatesTakePadAndStayAsTheyAre) {
  const std::vector<DecodeState> states = function_states({"def/1 return_none <end>", "def/1"});
  const std::vector<DecodeState> next = advance(states, {Token::Pad, Token::ReturnNone});
  EXPECT_EQ(names_of(next[0].tokens()), "def/1 return_none <end>");
  EXPECT_TRUE(next[0].is_complete());
}

TEST(Batch, PadOnAnIncompleteStateThrows) {
  EXPECT_THROW(advance(function_states({"def/1"}), {Token::Pad}), Error);
}

TEST(Batch, AdvanceNamesTheStateOfAnIllegalToken) {
  try {
    advance(function_states({"def/1", "def/1"}), {Token::ReturnNone, Token::NameD});
    FAIL() << "the illegal token was accepted";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("state 1"), std::string::npos) << error.what();
  }
}

TEST(Batch, AdvanceNeedsOneTokenPerState) {
  EXPECT_THROW(advance(function_states({"", ""}), {Token::Def1}), Error);
}

// --- decode ----------------------------------------------------------------------------

TEST(Batch, DecodeOrdersResultsByInputThenSample) {
  UniformSampler sampler(1);
  DecodeOptions options;
  options.n = 3;
  const DecodeBatch batch = decode(function_states({"", "def/2", "def/1 assign d"}), sampler, options);
  EXPECT_EQ(batch.input_count, 3);
  EXPECT_EQ(batch.n, 3);
  ASSERT_EQ(batch.results.size(), 9u);
  ASSERT_EQ(batch.states.size(), 9u);
  for (int i = 0; i < 9; ++i) {
    EXPECT_EQ(batch.results[i].input_index, i / 3);
    EXPECT_EQ(batch.results[i].sample_index, i % 3);
    EXPECT_EQ(batch.results[i].tokens, std::vector<Token>(batch.states[i].tokens().begin(), batch.states[i].tokens().end()));
  }
}

TEST(Batch, FanOutContinuesTheSamePrefix) {
  UniformSampler sampler(2);
  DecodeOptions options;
  options.n = 8;
  const DecodeBatch batch = decode(function_states({"def/2 assign d"}), sampler, options);
  std::set<std::vector<Token>> distinct;
  for (const DecodeResult& result : batch.results) {
    EXPECT_EQ(names_of(std::span(result.tokens).first(3)), "def/2 assign d");
    EXPECT_EQ(std::vector<Token>(result.tokens.begin() + 3, result.tokens.end()), result.new_tokens);
    EXPECT_TRUE(result.complete);
    EXPECT_EQ(result.stop_reason, "complete");
    distinct.insert(result.tokens);
  }
  EXPECT_GT(distinct.size(), 4u);
}

TEST(Batch, CompleteResultsCarryTheirCanonicalSource) {
  UniformSampler sampler(3);
  DecodeOptions options;
  options.n = 5;
  const DecodeBatch batch = decode(function_states({"", "def/1 if a"}), sampler, options);
  for (const DecodeResult& result : batch.results) EXPECT_EQ(result.source, tokens_to_source(result.tokens, Start::Function));
}

TEST(Batch, MaxNewTokensStopsEarlyWithoutSource) {
  UniformSampler sampler(4);
  DecodeOptions options;
  options.max_new_tokens = 2;
  const DecodeBatch batch = decode(function_states({"def/2 assign d"}), sampler, options);
  const DecodeResult& result = batch.results[0];
  EXPECT_EQ(result.new_tokens.size(), 2u);
  EXPECT_FALSE(result.complete);
  EXPECT_EQ(result.stop_reason, "max_new_tokens");
  EXPECT_EQ(result.source, "");
}

// Decoding in pieces from the returned states gives what one call gives.
RC_GTEST_PROP(Batch, ResumingGivesTheSameProgramAsOneCall, ()) {
  const Language language = *gen_language();
  const auto seed = *rc::gen::arbitrary<std::uint64_t>();
  const std::vector<DecodeState> start = init_states({{language.start, {}}}, language.config);

  UniformSampler whole_sampler(seed);
  const DecodeBatch whole = decode(start, whole_sampler);

  UniformSampler piece_sampler(seed);
  DecodeOptions piece;
  piece.max_new_tokens = *rc::gen::inRange(1, 10);
  DecodeBatch batch = decode(start, piece_sampler, piece);
  while (!batch.results[0].complete) {
    RC_ASSERT(batch.results[0].stop_reason == "max_new_tokens");
    RC_ASSERT(static_cast<int>(batch.results[0].new_tokens.size()) == piece.max_new_tokens);
    batch = decode(batch.states, piece_sampler, piece);
  }
  RC_ASSERT(batch.results[0].tokens == whole.results[0].tokens);
  RC_ASSERT(batch.results[0].source == whole.results[0].source);
}

TEST(Batch, DecodingACompleteStateAddsNothing) {
  UniformSampler sampler(5);
  const DecodeBatch batch = decode(function_states({"def/1 return_none <end>"}), sampler);
  EXPECT_TRUE(batch.results[0].new_tokens.empty());
  EXPECT_TRUE(batch.results[0].complete);
  EXPECT_EQ(batch.results[0].source, "def func(a):\n    return\n");
}

// stop_at = StatementBoundary yields the body one top-level statement at a time.
RC_GTEST_PROP(Batch, StopAtStatementBoundaryYieldsOneTopLevelStatement, ()) {
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const DecodeConfig cfg = DecodeConfig::fuzz();
  DecodeOptions options;
  options.stop_at = StopAt::StatementBoundary;
  DecodeBatch batch = decode(init_states({{Start::Function, {}}}, cfg), sampler, options);
  std::size_t statements = 0;
  while (!batch.results[0].complete) {
    RC_ASSERT(batch.results[0].stop_reason == "statement_boundary");
    RC_ASSERT(batch.states[0].at_statement_boundary());
    ++statements;
    RC_ASSERT(batch.states[0].statement_count_in_block() == static_cast<int>(statements));
    batch = decode(batch.states, sampler, options);
  }
  RC_ASSERT(batch.results[0].stop_reason == "complete");
  const Node body = tokens_to_ast(batch.results[0].tokens, Start::Function).children.at(0);
  RC_ASSERT(body.children.size() == statements);
}

TEST(Batch, PadFillsNewTokensToTheRequestedLength) {
  UniformSampler sampler(6);
  DecodeOptions options;
  options.pad = true;
  options.pad_length = 40;
  const DecodeBatch batch = decode(function_states({""}), sampler, options);
  const DecodeResult& result = batch.results[0];
  ASSERT_EQ(result.padded_tokens.size(), 40u);
  EXPECT_TRUE(std::equal(result.new_tokens.begin(), result.new_tokens.end(), result.padded_tokens.begin()));
  for (std::size_t i = result.new_tokens.size(); i < 40; ++i) EXPECT_EQ(result.padded_tokens[i], Token::Pad);
}

TEST(Batch, PadLengthDefaultsToMaxNewTokens) {
  UniformSampler sampler(7);
  DecodeOptions options;
  options.pad = true;
  options.max_new_tokens = 3;
  EXPECT_EQ(decode(function_states({""}), sampler, options).results[0].padded_tokens.size(), 3u);
}

TEST(Batch, NoPaddingUnlessAsked) {
  UniformSampler sampler(8);
  EXPECT_TRUE(decode(function_states({""}), sampler).results[0].padded_tokens.empty());
}

TEST(Batch, TraceRecordsEachStepsLegalCount) {
  UniformSampler sampler(9);
  DecodeOptions options;
  options.trace = true;
  const DecodeBatch batch = decode(function_states({""}), sampler, options);
  const DecodeResult& result = batch.results[0];
  ASSERT_EQ(result.trace.size(), result.new_tokens.size());
  Decoder replay(DecodeConfig::seed(), Start::Function);
  for (const DecodeStep& step : result.trace) {
    EXPECT_EQ(step.legal_count, replay.legal().size());
    replay.advance(step.token);
  }
  EXPECT_EQ(std::vector<Token>(replay.tokens().begin(), replay.tokens().end()), result.tokens);
}

// --- detokenize ---------------------------------------------------------------------------

TEST(Batch, DetokenizeRendersEachCompleteList) {
  const std::vector<std::string> sources =
      detokenize({tokens_named("def/1 return a <end>"), tokens_named("def/1 return"), tokens_named("def/0 return_none <end>")},
                 Start::Function);
  EXPECT_EQ(sources, (std::vector<std::string>{"def func(a):\n    return a\n", "", "def func():\n    return\n"}));
}

}  // namespace
}  // namespace pyprior::prior
