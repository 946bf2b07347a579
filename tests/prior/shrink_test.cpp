#include "prior/shrink.hpp"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/interpreter.hpp"
#include "prior/parser.hpp"
#include "prior/sampler.hpp"
#include "prior/shrink_moves.hpp"

namespace pyprior::prior {
namespace {

using Tokens = std::vector<Token>;
using enum Token;

// The two profiles, compiled once.
const auto kFuzz = compile_grammar(DecodeConfig::fuzz());
const auto kSeed = compile_grammar(DecodeConfig::seed());
const std::shared_ptr<const Grammar>& fuzz_grammar() { return kFuzz; }
const std::shared_ptr<const Grammar>& seed_grammar() { return kSeed; }

Tokens sample_program(const std::shared_ptr<const Grammar>& grammar, Start start, std::uint64_t seed) {
  WeightedSampler sampler(seed);
  return sample_tokens(grammar, start, sampler);
}

// The first fuzz-profile program at or after seed for which wanted holds.
Tokens first_program_where(std::uint64_t seed, const Predicate& wanted) {
  for (;; ++seed)
    if (Tokens program = sample_program(fuzz_grammar(), Start::Function, seed); wanted(program)) return program;
}

bool contains(std::span<const Token> tokens, Token wanted) {
  return std::find(tokens.begin(), tokens.end(), wanted) != tokens.end();
}

bool has_return_in_loop(const Node& node, bool in_loop = false) {
  if (in_loop && (node.token == Return || node.token == ReturnNone)) return true;
  const bool loop = in_loop || node.token == While || node.token == For;
  return std::any_of(node.children.begin(), node.children.end(),
                     [&](const Node& child) { return has_return_in_loop(child, loop); });
}

bool is_complete_program(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start) {
  const Validation v = validate(tokens, grammar, start);
  return v.ok && v.complete;
}

// What every shrink candidate must be: valid, strictly simpler, and the same
// program after a trip through Python source and back.
void check_candidate(const Tokens& candidate, const Tokens& parent, const std::shared_ptr<const Grammar>& grammar,
                     Start start) {
  RC_ASSERT(is_complete_program(candidate, grammar, start));
  RC_ASSERT(simpler(candidate, parent));
  const ParsedSource parsed = parse_python(tokens_to_source(candidate, start), start);
  RC_ASSERT(!parsed.error.has_value());
  RC_ASSERT(ast_to_tokens(parsed.root) == candidate);
}

RC_GTEST_PROP(Shrink, EveryCandidateAlongAnyPathIsValidSimplerAndRoundTrips, (std::uint64_t seed, bool fuzz)) {
  const auto& grammar = fuzz ? fuzz_grammar() : seed_grammar();
  const Start start = *rc::gen::element(Start::Module, Start::Function, Start::Block, Start::Expr);
  Tokens program = sample_program(grammar, start, seed);
  for (int step = 0; step < 40; ++step) {
    const auto candidates = shrink_candidates(program, grammar, start);
    for (const Tokens& candidate : candidates) check_candidate(candidate, program, grammar, start);
    if (candidates.empty()) break;
    program = candidates[*rc::gen::inRange<std::size_t>(0, candidates.size())];
  }
}

RC_GTEST_PROP(Shrink, CandidatesAreDistinct, (std::uint64_t seed)) {
  const Tokens program = sample_program(fuzz_grammar(), Start::Function, seed);
  const auto candidates = shrink_candidates(program, fuzz_grammar(), Start::Function);
  RC_ASSERT(std::set<Tokens>(candidates.begin(), candidates.end()).size() == candidates.size());
}

RC_GTEST_PROP(Shrink, ReachesTheSmallestProgramContainingFloorDivision, (std::uint64_t seed)) {
  const auto has_floordiv = [](std::span<const Token> t) { return contains(t, FloorDiv); };
  const ShrinkResult result = shrink(first_program_where(seed, has_floordiv), fuzz_grammar(), Start::Function, has_floordiv);
  RC_ASSERT(result.tokens == (Tokens{Def0, Return, FloorDiv, Const0, Const0, EndBlock}));
}

RC_GTEST_PROP(Shrink, ReachesTheSmallestReturnInsideALoop, (std::uint64_t seed)) {
  const auto return_in_loop = [](std::span<const Token> t) { return has_return_in_loop(tokens_to_ast(t, Start::Function)); };
  const ShrinkResult result =
      shrink(first_program_where(seed, return_in_loop), fuzz_grammar(), Start::Function, return_in_loop);
  RC_ASSERT(result.tokens == (Tokens{Def0, While, Const0, ReturnNone, EndBlock, EndBlock}));
}

TEST(Shrink, ReachesALargeReturnValueThroughTheInterpreter) {
  const auto returns_over_1000 = [](std::span<const Token> t) {
    const Outcome outcome = run(t, Start::Function, std::vector<Integer>(arity_of_def(t.front()), Integer(3)));
    const auto value = Integer::from_string(outcome.text);
    return outcome.kind == Outcome::Kind::Value && value && *value > Integer(1000);
  };
  const ShrinkResult result =
      shrink(first_program_where(0, returns_over_1000), fuzz_grammar(), Start::Function, returns_over_1000);
  EXPECT_EQ(result.tokens.size(), 4u);  // def func(): return <a big constant>
}

TEST(Shrink, IsDeterministic) {
  const auto has_product = [](std::span<const Token> t) { return contains(t, Mul); };
  const Tokens program = first_program_where(7, has_product);
  const ShrinkResult first = shrink(program, fuzz_grammar(), Start::Function, has_product);
  const ShrinkResult second = shrink(program, fuzz_grammar(), Start::Function, has_product);
  EXPECT_EQ(first.tokens, second.tokens);
  EXPECT_EQ(first.evaluations, second.evaluations);
}

TEST(Shrink, AsksOnlyAboutValidDistinctCandidates) {
  std::set<Tokens> asked;
  int invalid = 0;
  const Predicate has_comparison = [&](std::span<const Token> t) {
    if (!is_complete_program(t, fuzz_grammar(), Start::Function)) ++invalid;
    asked.emplace(t.begin(), t.end());
    return std::any_of(t.begin(), t.end(), [](Token x) { return info(x).category == Category::Comparison; });
  };
  const Tokens program = first_program_where(3, has_comparison);
  asked.clear();
  const ShrinkResult result = shrink(program, fuzz_grammar(), Start::Function, has_comparison);
  EXPECT_EQ(invalid, 0);
  EXPECT_EQ(asked.size(), static_cast<std::size_t>(result.evaluations));
}

TEST(Shrink, StopsAtTheEvaluationBudget) {
  const Tokens program = sample_program(fuzz_grammar(), Start::Function, 11);
  int calls = 0;
  const ShrinkResult result = shrink(
      program, fuzz_grammar(), Start::Function, [&](std::span<const Token>) { return ++calls % 2 == 0; },
      ShrinkOptions{.max_evaluations = 5});
  EXPECT_EQ(result.evaluations, 5);
  EXPECT_EQ(calls, 5);
}

TEST(Shrink, KeepsTheProgramWhenNothingSimplerFails) {
  const Tokens program = sample_program(fuzz_grammar(), Start::Function, 5);
  const ShrinkResult result = shrink(program, fuzz_grammar(), Start::Function, [](std::span<const Token>) { return false; });
  EXPECT_EQ(result.tokens, program);
}

TEST(Shrink, RefusesAnIncompleteProgram) {
  const Tokens incomplete{Def1, Return};
  EXPECT_THROW(shrink(incomplete, fuzz_grammar(), Start::Function, [](std::span<const Token>) { return true; }), Error);
}

TEST(ShrinkCandidates, RenameLocalsWhenABindingIsDeleted) {
  // def func(): d = 1; e = 2; return e
  const Tokens program{Def0, Assign, NameD, Const1, Assign, NameE, Const2, Return, NameE, EndBlock};
  const auto candidates = shrink_candidates(program, fuzz_grammar(), Start::Function);
  // def func(): d = 2; return d
  const Tokens renamed{Def0, Assign, NameD, Const2, Return, NameD, EndBlock};
  EXPECT_NE(std::find(candidates.begin(), candidates.end(), renamed), candidates.end());
}

TEST(ShrinkCandidates, InlineAnAssignment) {
  // def func(a): d = (a + 2); return d
  const Tokens program{Def1, Assign, NameD, Add, NameA, Const2, Return, NameD, EndBlock};
  const auto candidates = shrink_candidates(program, seed_grammar(), Start::Function);
  // def func(a): return (a + 2)
  const Tokens inlined{Def1, Return, Add, NameA, Const2, EndBlock};
  EXPECT_NE(std::find(candidates.begin(), candidates.end(), inlined), candidates.end());
}

TEST(ShrinkCandidates, HoistAnArmOfAnIf) {
  // def func(a): if a: return 1 else: return 2
  const Tokens program{Def1, IfElse, NameA, Return, Const1, EndBlock, Return, Const2, EndBlock, EndBlock};
  const auto candidates = shrink_candidates(program, seed_grammar(), Start::Function);
  const Tokens else_arm{Def1, Return, Const2, EndBlock};
  EXPECT_NE(std::find(candidates.begin(), candidates.end(), else_arm), candidates.end());
}

TEST(ShrinkCandidates, ComeInTheOrderShrinkAsksAboutThem) {
  const Tokens program = sample_program(fuzz_grammar(), Start::Function, 21);
  std::vector<Tokens> asked;
  shrink(program, fuzz_grammar(), Start::Function, [&](std::span<const Token> t) {
    asked.emplace_back(t.begin(), t.end());
    return false;
  });
  EXPECT_EQ(shrink_candidates(program, fuzz_grammar(), Start::Function), asked);
}

TEST(ShrinkCandidates, StartWithTheBiggestCut) {
  // def func(a): d = (a * 2); return d
  const Tokens program{Def1, Assign, NameD, Mul, NameA, Const2, Return, NameD, EndBlock};
  EXPECT_EQ(shrink_candidates(program, seed_grammar(), Start::Function).front(), (Tokens{Def1, ReturnNone, EndBlock}));
}

TEST(ShrinkCandidates, NoneForTheSmallestProgram) {
  const Tokens smallest{Def0, ReturnNone, EndBlock};
  EXPECT_TRUE(shrink_candidates(smallest, fuzz_grammar(), Start::Function).empty());
}

TEST(Simpler, PrefersFewerTokensThenSmallerIds) {
  EXPECT_TRUE(simpler(Tokens{Def0, ReturnNone, EndBlock}, Tokens{Def0, Return, Const0, EndBlock}));
  EXPECT_TRUE(simpler(Tokens{Def0, Return, Const0, EndBlock}, Tokens{Def0, Return, Const1, EndBlock}));
  EXPECT_FALSE(simpler(Tokens{Def0, Return, Const1, EndBlock}, Tokens{Def0, Return, Const1, EndBlock}));
}

TEST(NormalizeLocals, NumbersLocalsByFirstAppearance) {
  Tokens tokens{Def0, Assign, NameF, Const1, Return, NameF, EndBlock};
  normalize_locals(tokens);
  EXPECT_EQ(tokens, (Tokens{Def0, Assign, NameD, Const1, Return, NameD, EndBlock}));
}

}  // namespace
}  // namespace pyprior::prior
