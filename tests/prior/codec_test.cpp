// Codec: canonical rendering (golden examples in the seed's format), CPython's
// own parse of the rendering as the oracle of its meaning, tokens -> AST ->
// tokens, and malformed token streams (an Error, never a crash).
#include "prior/codec.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/cpython_oracle.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::gen_language;
using test_support::Language;
using test_support::names_of;
using test_support::tokens_named;

std::string source_of(const char* names, Start start = Start::Function) {
  return tokens_to_source(tokens_named(names), start);
}

// --- canonical source ------------------------------------------------------------

TEST(Codec, RendersAFunctionInTheSeedFormat) {
  EXPECT_EQ(source_of("def/2 assign d + a b if < d 0 return 0 <end> return d <end>"),
            "def func(a, b):\n"
            "    d = (a + b)\n"
            "    if (d < 0):\n"
            "        return 0\n"
            "    return d\n");
}

TEST(Codec, RendersIfElseAndBareReturn) {
  EXPECT_EQ(source_of("def/1 if_else a return 1 <end> return_none <end> <end>"),
            "def func(a):\n"
            "    if a:\n"
            "        return 1\n"
            "    else:\n"
            "        return\n");
}

TEST(Codec, RendersLoopsAndAugmentedAssignment) {
  EXPECT_EQ(source_of("def/0 assign d 0 for e 3 augassign d + e <end> while < d 10 if == d 5 break <end> continue "
                      "<end> augassign d << 1 return d <end>"),
            "def func():\n"
            "    d = 0\n"
            "    for e in range(3):\n"
            "        d += e\n"
            "    while (d < 10):\n"
            "        if (d == 5):\n"
            "            break\n"
            "        continue\n"
            "    d <<= 1\n"
            "    return d\n");
}

TEST(Codec, RendersEveryExpressionForm) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"+ a 1", "(a + 1)"},
      {"// a % b 2", "(a // (b % 2))"},
      {"- - a b c", "((a - b) - c)"},
      {"chain < <= a b c", "(a < b <= c)"},
      {"ifexp a 1 2", "(1 if a else 2)"},
      {"not a", "(not a)"},
      {"neg 1", "(-1)"},
      {"neg neg a", "(-(-a))"},
      {"~ a", "(~a)"},
      {"and a or b c", "(a and (b or c))"},
      {"abs a", "abs(a)"},
      {"min a max b 3", "min(a, max(b, 3))"},
      {"2**64", "18446744073709551616"},
      {"2**31-1", "2147483647"},
  };
  for (const auto& [names, source] : cases) EXPECT_EQ(source_of(names, Start::Expr), source) << names;
}

TEST(Codec, RendersAModule) {
  EXPECT_EQ(source_of("def/1 return a <end> <end_module>", Start::Module), "def func(a):\n    return a\n");
}

TEST(Codec, RendersABlockWithoutIndentation) {
  EXPECT_EQ(source_of("assign d a if d return d <end> <end>", Start::Block), "d = a\nif d:\n    return d\n");
}

// --- CPython as the oracle -----------------------------------------------------

TEST(Codec, CPythonReadsTheGoldenFunctionAsItsTokens) {
  const std::vector<Token> tokens = tokens_named("def/2 assign d + a b if < d 0 return 0 <end> return d <end>");
  EXPECT_EQ(test_support::cpython_preorder(tokens_to_source(tokens, Start::Function), Start::Function),
            test_support::token_keys(tokens));
}

TEST(Codec, CPythonOracleRefusesSourceOutsideTheLanguage) {
  EXPECT_THROW(test_support::cpython_preorder("a.b", Start::Expr), std::runtime_error);
  EXPECT_THROW(test_support::cpython_preorder("(a < b < c < d)", Start::Expr), std::runtime_error);
  EXPECT_THROW(test_support::cpython_preorder("def func(a):\n    return (\n", Start::Function), std::runtime_error);
}

// CPython's parse of the canonical source, written back as tokens, is the
// program itself: precedence, operand order and nesting survive rendering.
RC_GTEST_PROP(Codec, CPythonParsesTheSourceBackToTheSameTokens, ()) {
  const Language language = *gen_language();
  const auto grammar = compile_grammar(language.config);
  const auto seed = *rc::gen::arbitrary<std::uint64_t>();
  UniformSampler uniform(seed);
  WeightedSampler weighted(seed);
  for (int i = 0; i < 3; ++i) {
    for (const std::vector<Token>& program :
         {sample_tokens(grammar, language.start, uniform), sample_tokens(grammar, language.start, weighted)}) {
      const std::string source = tokens_to_source(program, language.start);
      RC_LOG() << source << "\n";
      RC_ASSERT(test_support::cpython_preorder(source, language.start) == test_support::token_keys(program));
    }
  }
}

// --- tokens <-> AST ----------------------------------------------------------------

RC_GTEST_PROP(Codec, TokensToAstToTokensIsTheIdentity, ()) {
  const Language language = *gen_language();
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  const std::vector<Token> program = sample_tokens(compile_grammar(language.config), language.start, sampler);
  RC_ASSERT(ast_to_tokens(tokens_to_ast(program, language.start)) == program);
}

Node node(Token t, std::vector<Node> children = {}) { return Node{t, std::move(children), false}; }

TEST(Codec, AstFollowsTheTokenSlots) {
  const Node root = tokens_to_ast(tokens_named("def/1 assign d + a 1 return d <end>"), Start::Function);
  const Node assign = node(Token::Assign, {node(Token::NameD), node(Token::Add, {node(Token::NameA), node(Token::Const1)})});
  const Node expected = node(Token::Def1, {block_node({assign, node(Token::Return, {node(Token::NameD)})})});
  EXPECT_EQ(root, expected);
}

TEST(Codec, ModuleRootHoldsItsFunctions) {
  const Node root = tokens_to_ast(tokens_named("def/0 return_none <end> <end_module>"), Start::Module);
  EXPECT_EQ(root.token, Token::EndModule);
  ASSERT_EQ(root.children.size(), 1u);
  EXPECT_EQ(root.children[0].token, Token::Def0);
}

TEST(Codec, OpenNodesOmitTheirClosingTokens) {
  Node function = node(Token::Def1, {block_node({node(Token::ReturnNone)})});
  function.children[0].open = true;
  EXPECT_EQ(names_of(ast_to_tokens(function)), "def/1 return_none");
  Node module{Token::EndModule, {function}, true};
  EXPECT_EQ(names_of(ast_to_tokens(module)), "def/1 return_none");
}

// --- malformed streams ---------------------------------------------------------------

void expect_malformed(const char* names, Start start = Start::Function) {
  EXPECT_THROW(tokens_to_ast(tokens_named(names), start), Error) << names;
  EXPECT_THROW(tokens_to_source(tokens_named(names), start), Error) << names;
}

TEST(Codec, TruncatedStreamsThrow) {
  const std::vector<Token> program = tokens_named("def/1 if a return a <end> return_none <end>");
  for (std::size_t cut = 0; cut < program.size(); ++cut)
    EXPECT_THROW(tokens_to_ast(std::span(program).first(cut), Start::Function), Error) << cut;
}

TEST(Codec, TrailingTokensThrow) {
  expect_malformed("def/1 return_none <end> <end>");
  expect_malformed("1 2", Start::Expr);
  expect_malformed("def/1 return_none <end> <end_module> <end_module>", Start::Module);
}

TEST(Codec, WrongRootThrows) {
  expect_malformed("return_none <end>");
  expect_malformed("def/1 return_none <end>", Start::Module);
  expect_malformed("def/1 return_none <end>", Start::Block);
}

TEST(Codec, IdsOutsideTheVocabularyThrow) {
  const std::vector<Token> tokens = {Token::Def1, Token::Return, token_from_id(kVocabSize), Token::EndBlock};
  EXPECT_THROW(tokens_to_ast(tokens, Start::Function), Error);
  const std::vector<Token> expr = {token_from_id(255)};
  EXPECT_THROW(tokens_to_ast(expr, Start::Expr), Error);
}

TEST(Codec, NonStatementInABlockThrows) {
  expect_malformed("def/1 a <end>");
  expect_malformed("def/1 def/1 return_none <end> <end>");
}

TEST(Codec, StatementInAnExpressionSlotThrows) {
  expect_malformed("def/1 return return_none <end>");
  expect_malformed("def/1 return <end> <end>");
  expect_malformed("def/1 return def/0 return_none <end> <end>");
  expect_malformed("<pad>", Start::Expr);
}

TEST(Codec, NonNameTargetThrows) {
  expect_malformed("def/1 assign 1 2 <end>");
  expect_malformed("def/1 assign return_none 2 <end>");
  expect_malformed("def/1 for + 1 2 return_none <end> <end>");
}

TEST(Codec, NonOperatorInAnAugmentedAssignmentThrows) {
  expect_malformed("def/1 assign d 1 augassign d a 1 <end>");
  expect_malformed("def/1 assign d 1 augassign d < 1 <end>");
}

TEST(Codec, NonComparisonInAChainThrows) { expect_malformed("chain + < a b c", Start::Expr); }

// A well-formed but absurdly deep stream must not exhaust the stack.
TEST(Codec, DeeplyNestedStreamThrowsInsteadOfOverflowingTheStack) {
  std::vector<Token> tokens(1'000'000, Token::Neg);
  tokens.push_back(Token::Const1);
  EXPECT_THROW(tokens_to_ast(tokens, Start::Expr), Error);
  EXPECT_THROW(tokens_to_source(tokens, Start::Expr), Error);
}

TEST(Codec, DeeplyNestedBlocksThrowInsteadOfOverflowingTheStack) {
  std::vector<Token> tokens = {Token::Def1};
  for (int i = 0; i < 1'000'000; ++i) tokens.insert(tokens.end(), {Token::If, Token::NameA});
  tokens.insert(tokens.end(), 1'000'002, Token::EndBlock);
  tokens[tokens.size() - 1'000'002] = Token::ReturnNone;
  EXPECT_THROW(tokens_to_ast(tokens, Start::Function), Error);
  EXPECT_THROW(tokens_to_source(tokens, Start::Function), Error);
}

// Any token soup: an Error or a tree that writes back the same tokens.
RC_GTEST_PROP(Codec, ArbitraryTokenStreamsThrowOrRoundTrip, ()) {
  const Start start = *test_support::gen_start();
  const auto ids = *rc::gen::container<std::vector<int>>(rc::gen::inRange(0, kVocabSize + 2));
  std::vector<Token> tokens;
  for (int i : ids) tokens.push_back(static_cast<Token>(i));
  try {
    const Node root = tokens_to_ast(tokens, start);
    RC_ASSERT(ast_to_tokens(root) == tokens);
    tokens_to_source(tokens, start);
  } catch (const Error&) {
  }
}

// Mutating one token of a real program: an Error or a round trip, never a crash.
RC_GTEST_PROP(Codec, MutatedProgramsThrowOrRoundTrip, ()) {
  const Language language = *gen_language();
  UniformSampler sampler(*rc::gen::arbitrary<std::uint64_t>());
  std::vector<Token> program = sample_tokens(compile_grammar(language.config), language.start, sampler);
  program[*rc::gen::inRange<std::size_t>(0, program.size())] = token_from_id(*rc::gen::inRange(0, kVocabSize));
  try {
    RC_ASSERT(ast_to_tokens(tokens_to_ast(program, language.start)) == program);
    tokens_to_source(program, language.start);
  } catch (const Error&) {
  }
}

}  // namespace
}  // namespace pyprior::prior
