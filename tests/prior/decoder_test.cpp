// The decoder on hand-written programs: initial legal sets, scope (definite
// assignment), limits, the reasons explain() gives, costs, and validate().
// Properties over random configs live in decoder_properties_test.
#include "prior/decoder.hpp"

#include <gtest/gtest.h>

#include "prior/error.hpp"
#include "tests/support/config_generator.hpp"
#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::names_of;
using test_support::tokens_named;

// A decoder advanced through the named tokens.
Decoder after(const char* names, const DecodeConfig& cfg = DecodeConfig::seed(), Start start = Start::Function) {
  Decoder decoder(cfg, start);
  for (Token t : tokens_named(names)) decoder.advance(t);
  return decoder;
}

std::string legal_names(const Decoder& decoder) { return names_of(decoder.next_legal_tokens()); }

IllegalReason reason_for(const Decoder& decoder, const char* name) {
  const std::optional<Illegal> illegal = decoder.explain(tokens_named(name).at(0));
  if (!illegal) throw std::logic_error(std::string(name) + " is legal");
  return illegal->reason;
}

DecodeConfig with_max_len(DecodeConfig cfg, int max_len) {
  cfg.max_len = max_len;
  return cfg;
}

// --- the first step of each start -----------------------------------------

TEST(Decoder, FunctionStartsWithADefOfAnAllowedArity) { EXPECT_EQ(legal_names(after("")), "def/1 def/2"); }

TEST(Decoder, ModuleStartsWithAFunction) {
  EXPECT_EQ(legal_names(after("", DecodeConfig::seed(), Start::Module)), "def/1 def/2");
}

TEST(Decoder, BlockStartsWithAStatement) {
  EXPECT_EQ(legal_names(after("", DecodeConfig::seed(), Start::Block)), "assign if if_else return return_none");
}

TEST(Decoder, ExprStartsWithAnyExpressionOverTheLargestArity) {
  EXPECT_EQ(legal_names(after("", DecodeConfig::seed(), Start::Expr)),
            "+ - * < <= > >= == != neg 0 1 2 3 4 5 6 7 8 9 a b");
}

TEST(Decoder, FunctionBodyNeedsAStatementFirst) {
  EXPECT_EQ(legal_names(after("def/1")), "assign if if_else return return_none");
}

TEST(Decoder, ModuleHoldsOneFunction) {
  EXPECT_EQ(legal_names(after("def/1 return_none <end>", DecodeConfig::seed(), Start::Module)), "<end_module>");
}

TEST(Decoder, PadIsNeverLegal) {
  for (Start start : {Start::Module, Start::Function, Start::Block, Start::Expr})
    EXPECT_FALSE(after("", DecodeConfig::fuzz(), start).is_legal(Token::Pad));
}

// --- advance --------------------------------------------------------------

TEST(Decoder, AdvanceAppendsTheToken) {
  EXPECT_EQ(names_of(after("def/1 return a").tokens()), "def/1 return a");
}

TEST(Decoder, IllegalAdvanceThrowsAndChangesNothing) {
  Decoder decoder = after("def/1 assign");
  const Decoder before = decoder;
  EXPECT_THROW(decoder.advance(Token::Return), Error);
  EXPECT_EQ(names_of(decoder.tokens()), names_of(before.tokens()));
  EXPECT_EQ(decoder.legal(), before.legal());
  EXPECT_EQ(decoder.min_cost_to_complete(), before.min_cost_to_complete());
}

TEST(Decoder, IllegalAdvanceSaysWhy) {
  Decoder decoder = after("def/1");
  try {
    decoder.advance(Token::NameD);
    FAIL() << "advance accepted an unbound name";
  } catch (const Error& error) {
    EXPECT_EQ(std::string(error.what()), "token 'd' cannot appear here");
  }
}

TEST(Decoder, TryAdvanceReportsInsteadOfThrowing) {
  Decoder decoder = after("def/1 return");
  const std::optional<Illegal> illegal = decoder.try_advance(Token::NameB);
  ASSERT_TRUE(illegal);
  EXPECT_EQ(illegal->reason, IllegalReason::NotInScope);
  EXPECT_EQ(names_of(decoder.tokens()), "def/1 return");
  EXPECT_EQ(decoder.try_advance(Token::NameA), std::nullopt);
  EXPECT_EQ(names_of(decoder.tokens()), "def/1 return a");
}

TEST(Decoder, CompleteAfterTheLastBlockCloses) {
  Decoder decoder = after("def/1 return a");
  EXPECT_FALSE(decoder.is_complete());
  decoder.advance(Token::EndBlock);
  EXPECT_TRUE(decoder.is_complete());
  EXPECT_TRUE(decoder.legal().empty());
}

TEST(Decoder, ExprIsCompleteAfterOneLeaf) { EXPECT_TRUE(after("7", DecodeConfig::seed(), Start::Expr).is_complete()); }

TEST(Decoder, CopiesFork) {
  const Decoder original = after("def/1 assign d");
  Decoder fork = original;
  fork.advance(Token::Const1);
  EXPECT_EQ(names_of(original.tokens()), "def/1 assign d");
  EXPECT_EQ(names_of(fork.tokens()), "def/1 assign d 1");
  EXPECT_FALSE(original.is_legal(Token::Return));
  EXPECT_TRUE(fork.is_legal(Token::Return));
}

// --- definite assignment --------------------------------------------------

TEST(Decoder, AssignedLocalIsReadableAfterTheAssignment) { EXPECT_TRUE(after("def/1 assign d 1 return").is_legal(Token::NameD)); }

TEST(Decoder, AssignmentValueCannotReadItsOwnFreshTarget) {
  EXPECT_FALSE(after("def/1 assign d").is_legal(Token::NameD));
}

TEST(Decoder, ParametersAreReadableFromTheStart) {
  const Decoder decoder = after("def/2 return");
  EXPECT_TRUE(decoder.is_legal(Token::NameA));
  EXPECT_TRUE(decoder.is_legal(Token::NameB));
  EXPECT_FALSE(decoder.is_legal(Token::NameC));
}

TEST(Decoder, TargetsAreIntroducedInOrder) {
  EXPECT_EQ(legal_names(after("def/1 assign")), "d");
  EXPECT_EQ(legal_names(after("def/1 assign d 1 assign")), "d e");
}

TEST(Decoder, ParametersAreNeverTargets) { EXPECT_FALSE(after("def/1 assign").is_legal(Token::NameA)); }

TEST(Decoder, MaxLocalsCapsFreshTargets) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_locals = 1;
  EXPECT_EQ(legal_names(after("def/1 assign d 1 assign", cfg)), "d");
}

TEST(Decoder, BindingInsideIfIsNotReadableAfterIt) {
  EXPECT_FALSE(after("def/1 if a assign d 1 <end> return").is_legal(Token::NameD));
}

TEST(Decoder, BindingInsideIfIsReadableInsideIt) {
  EXPECT_TRUE(after("def/1 if a assign d 1 return").is_legal(Token::NameD));
}

TEST(Decoder, BindingInBothArmsIsReadableAfterTheIf) {
  EXPECT_TRUE(after("def/1 if_else a assign d 1 <end> assign d 2 <end> return").is_legal(Token::NameD));
}

TEST(Decoder, BindingInOneArmIsNotReadableAfterTheIf) {
  EXPECT_FALSE(after("def/1 if_else a assign d 1 <end> assign e 1 <end> return").is_legal(Token::NameD));
  EXPECT_FALSE(after("def/1 if a assign d 1 <end> if_else a assign e 1 <end> assign d 2 <end> return")
                   .is_legal(Token::NameD));
}

// `if a: d = 1 else: return` assigns d on every path that reaches the next line.
TEST(Decoder, ArmThatLeavesTheBlockDoesNotRestrictTheJoin) {
  EXPECT_TRUE(after("def/1 if_else a assign d 1 <end> return_none <end> return").is_legal(Token::NameD));
  EXPECT_TRUE(after("def/1 if_else a return 0 <end> assign d 1 <end> return").is_legal(Token::NameD));
  const DecodeConfig cfg = DecodeConfig::fuzz();
  EXPECT_TRUE(after("def/1 while a if_else a break <end> assign d 1 <end> return", cfg).is_legal(Token::NameD));
  EXPECT_TRUE(after("def/1 while a if_else a assign d 1 <end> continue <end> return", cfg).is_legal(Token::NameD));
}

TEST(Decoder, CodeAfterReturnIsUnreachable) {
  EXPECT_FALSE(after("def/1 return").in_unreachable_code());
  EXPECT_TRUE(after("def/1 return a").in_unreachable_code());
  EXPECT_TRUE(after("def/1 if a return_none").in_unreachable_code());
  EXPECT_FALSE(after("def/1 if a return_none <end>").in_unreachable_code());
  EXPECT_TRUE(after("def/1 if_else a return_none <end> return 1 <end>").in_unreachable_code());
}

// Dead code never runs, so any local introduced so far may be read there.
TEST(Decoder, UnreachableCodeMayReadEveryIntroducedLocal) {
  const Decoder decoder = after("def/1 if a assign d 1 <end> return_none return");
  EXPECT_TRUE(decoder.is_legal(Token::NameD));
  EXPECT_FALSE(decoder.is_legal(Token::NameE));
  EXPECT_FALSE(decoder.is_legal(Token::NameB));
}

TEST(Decoder, LoopBodyThatLeavesDoesNotLeakItsScope) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  EXPECT_FALSE(after("def/1 while a break <end> return", cfg).in_unreachable_code());
  EXPECT_FALSE(after("def/1 for d a assign e 1 return_none <end> return", cfg).is_legal(Token::NameE));
}

TEST(Decoder, ElseArmDoesNotSeeTheFirstArmsBindings) {
  EXPECT_FALSE(after("def/1 if_else a assign d 1 <end> return").is_legal(Token::NameD));
}

TEST(Decoder, BindingBeforeTheIfSurvivesIt) {
  EXPECT_TRUE(after("def/1 assign d 1 if a return_none <end> return").is_legal(Token::NameD));
}

TEST(Decoder, UnboundLocalMayBeReassigned) {
  EXPECT_EQ(legal_names(after("def/1 if a assign d 1 <end> assign")), "d e");
}

TEST(Decoder, LoopVariableIsReadableOnlyInsideTheLoop) {
  const DecodeConfig cfg = with_max_len(DecodeConfig::fuzz(), 80);
  EXPECT_TRUE(after("def/1 for d a return", cfg).is_legal(Token::NameD));
  EXPECT_FALSE(after("def/1 for d a return_none <end> return", cfg).is_legal(Token::NameD));
}

TEST(Decoder, RangeOfALoopCannotReadItsOwnVariable) {
  EXPECT_FALSE(after("def/1 for d", DecodeConfig::fuzz()).is_legal(Token::NameD));
}

TEST(Decoder, BindingInsideWhileIsNotReadableAfterIt) {
  EXPECT_FALSE(after("def/1 while a assign d 1 <end> return", DecodeConfig::fuzz()).is_legal(Token::NameD));
}

TEST(Decoder, AugmentedAssignmentNeedsABoundLocal) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  EXPECT_FALSE(after("def/1", cfg).is_legal(Token::AugAssign));
  EXPECT_FALSE(after("def/1 if a assign d 1 <end>", cfg).is_legal(Token::AugAssign));
  EXPECT_EQ(legal_names(after("def/1 assign d 1 assign e 2 augassign", cfg)), "d e");
}

TEST(Decoder, AugmentedAssignmentTakesAnArithmeticOperator) {
  EXPECT_EQ(legal_names(after("def/1 assign d 1 augassign d", DecodeConfig::fuzz())), "+ - * // % & | ^ << >>");
}

TEST(Decoder, ChainTakesComparisonOperatorsFirst) {
  EXPECT_EQ(legal_names(after("def/1 return chain", DecodeConfig::fuzz())), "< <= > >= == !=");
}

// --- limits ------------------------------------------------------------------

TEST(Decoder, BreakAndContinueOnlyInsideLoops) {
  const DecodeConfig cfg = DecodeConfig::fuzz();
  EXPECT_FALSE(after("def/1", cfg).is_legal(Token::Break));
  EXPECT_TRUE(after("def/1 while a", cfg).is_legal(Token::Break));
  EXPECT_TRUE(after("def/1 for d a if a", cfg).is_legal(Token::Continue));
  EXPECT_FALSE(after("def/1 while a break <end>", cfg).is_legal(Token::Break));
}

TEST(Decoder, FullBlockOnlyCloses) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_block_stmts = 2;
  EXPECT_EQ(legal_names(after("def/1 return_none return_none", cfg)), "<end>");
}

// Statement counts must not wrap around (a block of 256 statements is not empty).
TEST(Decoder, LongestAcceptedBlockKeepsCounting) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_len = 700;
  cfg.max_block_stmts = test_support::largest_accepted(cfg, &DecodeConfig::max_block_stmts, 300);
  Decoder decoder(cfg, Start::Block);
  for (int i = 0; i < cfg.max_block_stmts; ++i) {
    ASSERT_TRUE(decoder.is_legal(Token::ReturnNone)) << "statement " << i;
    decoder.advance(Token::ReturnNone);
    ASSERT_EQ(decoder.statement_count_in_block(), i + 1);
    ASSERT_EQ(decoder.min_cost_to_complete(), 1) << "statement " << i;
    ASSERT_TRUE(decoder.is_legal(Token::EndBlock)) << "statement " << i;
  }
  EXPECT_EQ(legal_names(decoder), "<end>");
}

TEST(Decoder, ControlDepthLimitsNesting) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_control_depth = 1;
  EXPECT_TRUE(after("def/1", cfg).is_legal(Token::If));
  EXPECT_FALSE(after("def/1 if a", cfg).is_legal(Token::If));
  EXPECT_FALSE(after("def/1 if a", cfg).is_legal(Token::IfElse));
}

TEST(Decoder, ExpressionDepthLimitsOperators) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_expr_depth = 1;
  EXPECT_TRUE(after("def/1 return", cfg).is_legal(Token::Add));
  EXPECT_EQ(legal_names(after("def/1 return +", cfg)), "0 1 2 3 4 5 6 7 8 9 a");
}

TEST(Decoder, DepthZeroAllowsOnlyLeaves) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_expr_depth = 0;
  EXPECT_EQ(legal_names(after("def/1 return", cfg)), "0 1 2 3 4 5 6 7 8 9 a");
}

TEST(Decoder, TightBudgetForcesTheShortestProgram) {
  const Decoder decoder = after("def/1", with_max_len(DecodeConfig::seed(), 3));
  EXPECT_EQ(legal_names(decoder), "return_none");
}

TEST(Decoder, BudgetLeavesRoomForTheClosingTokens) {
  // def/1 return a <end> is exactly 4 tokens: nothing bigger than a leaf fits.
  EXPECT_EQ(legal_names(after("def/1 return", with_max_len(DecodeConfig::seed(), 4))), "0 1 2 3 4 5 6 7 8 9 a");
}

// --- explain ------------------------------------------------------------------

TEST(Decoder, ExplainIsEmptyForLegalTokens) { EXPECT_EQ(after("def/1").explain(Token::Return), std::nullopt); }

TEST(Decoder, ExplainComplete) { EXPECT_EQ(reason_for(after("def/1 return_none <end>"), "a"), IllegalReason::Complete); }

TEST(Decoder, ExplainDisabled) {
  EXPECT_EQ(reason_for(after("def/1"), "while"), IllegalReason::Disabled);
  EXPECT_EQ(reason_for(after("def/1 return"), "10"), IllegalReason::Disabled);
  EXPECT_EQ(reason_for(after(""), "def/0"), IllegalReason::Disabled);
  EXPECT_EQ(reason_for(after("def/1"), "<pad>"), IllegalReason::Disabled);
}

TEST(Decoder, ExplainGrammar) {
  EXPECT_EQ(reason_for(after("def/1"), "+"), IllegalReason::Grammar);
  EXPECT_EQ(reason_for(after("def/1"), "<end>"), IllegalReason::Grammar);
  EXPECT_EQ(reason_for(after("def/1 return"), "return"), IllegalReason::Grammar);
  EXPECT_EQ(reason_for(after("def/1 return a <end>", DecodeConfig::seed(), Start::Module), "def/1"),
            IllegalReason::Grammar);
}

TEST(Decoder, ExplainNotInScope) {
  EXPECT_EQ(reason_for(after("def/1 return"), "d"), IllegalReason::NotInScope);
  EXPECT_EQ(reason_for(after("def/1 return"), "b"), IllegalReason::NotInScope);
  EXPECT_EQ(reason_for(after("def/1 assign"), "e"), IllegalReason::NotInScope);
  EXPECT_EQ(reason_for(after("def/1", DecodeConfig::fuzz()), "augassign"), IllegalReason::NotInScope);
}

TEST(Decoder, ExplainDepth) {
  DecodeConfig cfg = DecodeConfig::seed();
  cfg.max_expr_depth = 1;
  cfg.max_control_depth = 1;
  cfg.max_block_stmts = 1;
  EXPECT_EQ(reason_for(after("def/1 return +", cfg), "-"), IllegalReason::Depth);
  EXPECT_EQ(reason_for(after("def/1 if a", cfg), "if"), IllegalReason::Depth);
  EXPECT_EQ(reason_for(after("def/1 return_none", cfg), "assign"), IllegalReason::Depth);
}

TEST(Decoder, ExplainOutsideLoop) {
  EXPECT_EQ(reason_for(after("def/1", DecodeConfig::fuzz()), "break"), IllegalReason::OutsideLoop);
  EXPECT_EQ(reason_for(after("def/1", DecodeConfig::fuzz()), "continue"), IllegalReason::OutsideLoop);
}

TEST(Decoder, ExplainBudget) {
  const Decoder decoder = after("def/1", with_max_len(DecodeConfig::seed(), 3));
  EXPECT_EQ(reason_for(decoder, "return"), IllegalReason::Budget);
  EXPECT_EQ(reason_for(decoder, "assign"), IllegalReason::Budget);
}

// --- costs and positions -----------------------------------------------------

TEST(Decoder, SmallestProgramOfEachStart) {
  EXPECT_EQ(after("", DecodeConfig::seed(), Start::Module).min_cost_to_complete(), 4);
  EXPECT_EQ(after("", DecodeConfig::seed(), Start::Function).min_cost_to_complete(), 3);
  EXPECT_EQ(after("", DecodeConfig::seed(), Start::Block).min_cost_to_complete(), 2);
  EXPECT_EQ(after("", DecodeConfig::seed(), Start::Expr).min_cost_to_complete(), 1);
}

TEST(Decoder, MaxLenBelowTheSmallestModuleIsRefused) {
  EXPECT_THROW(Decoder(with_max_len(DecodeConfig::seed(), 3), Start::Module), Error);
  EXPECT_NO_THROW(Decoder(with_max_len(DecodeConfig::seed(), 4), Start::Module));
}

TEST(Decoder, MinCostCountsEveryPendingSlot) {
  // return (a + _) still needs the right operand and the end of the block.
  EXPECT_EQ(after("def/1 return + a").min_cost_to_complete(), 2);
  // if a: _ needs a statement, the if's end and the function's end.
  EXPECT_EQ(after("def/1 if a").min_cost_to_complete(), 3);
}

TEST(Decoder, BudgetRemainingCountsDown) {
  EXPECT_EQ(after("").budget_remaining(), 30);
  EXPECT_EQ(after("def/1 return").budget_remaining(), 28);
}

TEST(Decoder, CheapestLegalFollowsTheShortestCompletion) {
  EXPECT_EQ(after("").cheapest_legal(), Token::Def1);
  EXPECT_EQ(after("def/1").cheapest_legal(), Token::ReturnNone);
  EXPECT_EQ(after("def/1 return_none").cheapest_legal(), Token::EndBlock);
  EXPECT_EQ(after("def/1 return").cheapest_legal(), Token::Const0);
  EXPECT_EQ(after("def/1 assign").cheapest_legal(), Token::NameD);
}

TEST(Decoder, CheapestLegalOfACompleteProgramThrows) {
  EXPECT_THROW(after("def/1 return_none <end>").cheapest_legal(), Error);
}

TEST(Decoder, StatementCountIsOfTheInnermostBlock) {
  EXPECT_EQ(after("def/1 return_none").statement_count_in_block(), 1);
  EXPECT_EQ(after("def/1 return_none if a").statement_count_in_block(), 0);
}

TEST(Decoder, ExpressionDepthIsTheNesting) {
  EXPECT_EQ(after("def/1 return").expression_depth(), 0);
  EXPECT_EQ(after("def/1 return + + a").expression_depth(), 2);
}

TEST(Decoder, StatementBoundaryIsAfterATopLevelStatement) {
  EXPECT_FALSE(after("").at_statement_boundary());
  EXPECT_FALSE(after("def/1").at_statement_boundary());
  EXPECT_FALSE(after("def/1 assign d").at_statement_boundary());
  EXPECT_TRUE(after("def/1 assign d 1").at_statement_boundary());
  EXPECT_FALSE(after("def/1 if a return_none").at_statement_boundary());
  EXPECT_TRUE(after("def/1 if a return_none <end>").at_statement_boundary());
  EXPECT_TRUE(after("def/1 return_none <end>").at_statement_boundary());
}

TEST(Decoder, DecodersOfOneGrammarShareIt) {
  const auto grammar = compile_grammar(DecodeConfig::fuzz());
  const Decoder first(grammar, Start::Block), second(grammar, Start::Expr);
  EXPECT_EQ(first.grammar(), second.grammar());
  EXPECT_EQ(first.config(), DecodeConfig::fuzz());
  EXPECT_EQ(second.start(), Start::Expr);
}

// --- validate ------------------------------------------------------------------

TEST(Validate, AcceptsACompleteProgram) {
  const Validation v = validate(tokens_named("def/2 assign d * a b return + d 1 <end>"), DecodeConfig::seed(), Start::Function);
  EXPECT_TRUE(v.ok);
  EXPECT_TRUE(v.complete);
  EXPECT_EQ(v.position, 11u);
  EXPECT_EQ(v.illegal, std::nullopt);
}

TEST(Validate, AcceptsAPrefixAsIncomplete) {
  const Validation v = validate(tokens_named("def/2 assign d"), DecodeConfig::seed(), Start::Function);
  EXPECT_TRUE(v.ok);
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.position, 3u);
}

TEST(Validate, PointsAtTheFirstIllegalToken) {
  const Validation v = validate(tokens_named("def/2 assign d + d 1 return d <end>"), DecodeConfig::seed(), Start::Function);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.position, 4u);
  ASSERT_TRUE(v.illegal);
  EXPECT_EQ(v.illegal->reason, IllegalReason::NotInScope);
}

TEST(Validate, RejectsTokensAfterTheEnd) {
  const Validation v = validate(tokens_named("def/1 return_none <end> <end>"), DecodeConfig::seed(), Start::Function);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.position, 3u);
  EXPECT_EQ(v.illegal->reason, IllegalReason::Complete);
}

TEST(Validate, RejectsIdsOutsideTheVocabulary) {
  const std::vector<Token> tokens = {Token::Def1, token_from_id(kVocabSize), Token::EndBlock};
  const Validation v = validate(tokens, DecodeConfig::seed(), Start::Function);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.position, 1u);
  EXPECT_NE(v.illegal->message.find("not in the vocabulary"), std::string::npos);
}

TEST(Validate, RejectsAProgramOverTheBudget) {
  const std::vector<Token> tokens = tokens_named("def/1 return a <end>");
  EXPECT_TRUE(validate(tokens, with_max_len(DecodeConfig::seed(), 4), Start::Function).ok);
  const Validation v = validate(tokens, with_max_len(DecodeConfig::seed(), 3), Start::Function);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.position, 1u);
  EXPECT_EQ(v.illegal->reason, IllegalReason::Budget);
}

}  // namespace
}  // namespace pyprior::prior
