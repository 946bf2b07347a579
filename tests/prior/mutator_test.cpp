#include "prior/mutator.hpp"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "prior/choices.hpp"
#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"

namespace pyprior::prior {
namespace {

using Program = std::vector<Token>;

const std::shared_ptr<const Grammar>& seed_grammar() {
  static const auto grammar = compile_grammar(DecodeConfig::seed());
  return grammar;
}

const std::shared_ptr<const Grammar>& fuzz_grammar() {
  static const auto grammar = compile_grammar(DecodeConfig::fuzz());
  return grammar;
}

Program sample_program(const std::shared_ptr<const Grammar>& grammar, Start start, std::uint64_t seed) {
  WeightedSampler sampler(seed);
  return sample_tokens(grammar, start, sampler);
}

bool is_valid_program(std::span<const Token> p, const std::shared_ptr<const Grammar>& grammar, Start start) {
  const Validation v = validate(p, grammar, start);
  return v.ok && v.complete;
}

std::string source_of(const Program& p) { return tokens_to_source(p, Start::Function); }

// Every program one token insertion, deletion or replacement away from p.
std::set<Program> single_token_neighbours(const Program& p, const std::shared_ptr<const Grammar>& grammar) {
  std::set<Program> out;
  const auto keep = [&](Program q) {
    if (q != p && is_valid_program(q, grammar, Start::Function)) out.insert(std::move(q));
  };
  for (std::size_t i = 0; i <= p.size(); ++i) {
    for (int v = 1; v < kVocabSize; ++v) {
      Program inserted = p;
      inserted.insert(inserted.begin() + static_cast<std::ptrdiff_t>(i), token_from_id(v));
      keep(std::move(inserted));
      if (i == p.size()) continue;
      Program replaced = p;
      replaced[i] = token_from_id(v);
      keep(std::move(replaced));
    }
    if (i == p.size()) continue;
    Program deleted = p;
    deleted.erase(deleted.begin() + static_cast<std::ptrdiff_t>(i));
    keep(std::move(deleted));
  }
  return out;
}

//   def func(a, b):
//       d = (a + 3)
//       if (d < b):
//           return d
//       return (b * 2)
const Program kExample = {Token::Def2,  Token::Assign, Token::NameD,  Token::Add,      Token::NameA,
                          Token::Const3, Token::If,    Token::Lt,     Token::NameD,    Token::NameB,
                          Token::Return, Token::NameD, Token::EndBlock, Token::Return, Token::Mul,
                          Token::NameB,  Token::Const2, Token::EndBlock};

TEST(Mutator, ExampleIsAValidSeedProgram) { ASSERT_TRUE(is_valid_program(kExample, seed_grammar(), Start::Function)); }

TEST(Mutator, EverySingleTokenEditIsReachedWithinTwoHundredThousandMutations) {
  for (const auto* grammar : {&seed_grammar(), &fuzz_grammar()}) {
    const Mutator mutator(*grammar, Start::Function);
    for (const Program& seed : {kExample, sample_program(*grammar, Start::Function, 7)}) {
      std::set<Program> unreached = single_token_neighbours(seed, *grammar);
      ASSERT_GT(unreached.size(), 10u) << "the seed program should have many neighbours";
      const std::size_t neighbours = unreached.size();
      Rng rng(1);
      for (int i = 0; i < 200000 && !unreached.empty(); ++i) unreached.erase(mutator.mutate(seed, rng));
      EXPECT_TRUE(unreached.empty()) << unreached.size() << " of " << neighbours << " neighbours of\n"
                                     << source_of(seed) << "never reached; one is\n"
                                     << source_of(*unreached.begin());
    }
  }
}

TEST(Mutator, EachMoveAppliesToAnOrdinaryProgram) {
  const Mutator mutator(seed_grammar(), Start::Function);
  Rng rng(3);
  for (Mutation kind : {Mutation::ChangeChoice, Mutation::EditToken, Mutation::RegenerateSubtree,
                        Mutation::DeleteStatement, Mutation::InsertStatement, Mutation::ReplaceInPlace})
    EXPECT_TRUE(mutator.mutate(kExample, kind, rng).has_value()) << "move " << static_cast<int>(kind);
}

TEST(Mutator, ByteLevelMoveNeedsTheHook) {
  Rng rng(3);
  EXPECT_FALSE(Mutator(seed_grammar(), Start::Function).mutate(kExample, Mutation::ByteLevel, rng).has_value());
}

TEST(Mutator, ByteLevelMoveDecodesWhatTheHookWrites) {
  int calls = 0;
  const Mutator mutator(seed_grammar(), Start::Function, [&](std::uint8_t* data, std::size_t size, std::size_t) {
    ++calls;
    std::fill(data, data + size, std::uint8_t{0});  // every choice: the first legal token
    return size;
  });
  Rng rng(3);
  const auto mutant = mutator.mutate(kExample, Mutation::ByteLevel, rng);
  ASSERT_TRUE(mutant.has_value());
  EXPECT_EQ(calls, 1);
  const std::vector<std::uint8_t> zeros(tokens_to_choices(kExample, seed_grammar(), Start::Function).size(), 0);
  EXPECT_EQ(*mutant, choices_to_tokens(zeros, seed_grammar(), Start::Function));
}

TEST(Mutator, DeleteStatementRemovesOneStatement) {
  const Mutator mutator(seed_grammar(), Start::Function);
  Rng rng(5);
  for (int i = 0; i < 50; ++i) {
    const Program mutant = *mutator.mutate(kExample, Mutation::DeleteStatement, rng);
    EXPECT_LT(mutant.size(), kExample.size()) << source_of(mutant);
  }
}

TEST(Mutator, InsertStatementAddsAStatement) {
  const Program small = {Token::Def1, Token::Return, Token::NameA, Token::EndBlock};
  DecodeConfig roomy = DecodeConfig::seed();
  roomy.max_len = 1000;  // no sampled statement can crowd out the existing one
  const Mutator mutator(compile_grammar(roomy), Start::Function);
  Rng rng(5);
  for (int i = 0; i < 50; ++i) {
    const Program mutant = *mutator.mutate(small, Mutation::InsertStatement, rng);
    EXPECT_EQ(tokens_to_ast(mutant, Start::Function).children[0].children.size(), 2u) << source_of(mutant);
  }
}

TEST(Mutator, ReplaceInPlaceKeepsTheLength) {
  const Mutator mutator(seed_grammar(), Start::Function);
  Rng rng(5);
  for (int i = 0; i < 50; ++i) {
    const Program mutant = *mutator.mutate(kExample, Mutation::ReplaceInPlace, rng);
    EXPECT_NE(mutant, kExample);
    // Same-shape swaps keep the length unless a name fell out of scope and an
    // operator gave way to its operand.
    EXPECT_LE(mutant.size(), kExample.size()) << source_of(mutant);
  }
}

TEST(Mutator, SameRngStateGivesTheSameMutant) {
  const Mutator mutator(fuzz_grammar(), Start::Function);
  Rng a(11), b(11);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(mutator.mutate(kExample, a), mutator.mutate(kExample, b));
}

TEST(Mutator, RejectsAnInvalidProgram) {
  const Program unbound = {Token::Def1, Token::Return, Token::NameE, Token::EndBlock};
  Rng rng(1);
  EXPECT_THROW(Mutator(seed_grammar(), Start::Function).mutate(unbound, rng), Error);
}

RC_GTEST_PROP(Mutator, EveryMutantIsAValidProgram, (std::uint64_t program_seed, std::uint64_t rng_seed)) {
  for (Start start : {Start::Function, Start::Module, Start::Block, Start::Expr}) {
    const Mutator mutator(fuzz_grammar(), start);
    const Program program = sample_program(fuzz_grammar(), start, program_seed);
    Rng rng(rng_seed);
    for (int k = 0; k < kMutationCount; ++k) {
      const auto mutant = mutator.mutate(program, static_cast<Mutation>(k), rng);
      if (mutant) RC_ASSERT(is_valid_program(*mutant, fuzz_grammar(), start));
    }
  }
}

RC_GTEST_PROP(Mutator, EveryCrossoverChildIsAValidProgram, (std::uint64_t seed_a, std::uint64_t seed_b)) {
  for (Start start : {Start::Function, Start::Module, Start::Block, Start::Expr}) {
    const Mutator mutator(fuzz_grammar(), start);
    Rng rng(seed_a ^ seed_b);
    const Program child = mutator.crossover(sample_program(fuzz_grammar(), start, seed_a),
                                            sample_program(fuzz_grammar(), start, seed_b), rng);
    RC_ASSERT(is_valid_program(child, fuzz_grammar(), start));
  }
}

TEST(Mutator, CrossoverTakesSubtreesFromTheDonor) {
  //   def func(a):
  //       return abs(a)
  const Program donor = {Token::Def1, Token::Return, Token::Abs, Token::NameA, Token::EndBlock};
  const Mutator mutator(fuzz_grammar(), Start::Function);
  Rng rng(2);
  int with_abs = 0;
  for (int i = 0; i < 100; ++i) {
    const Program child = mutator.crossover(kExample, donor, rng);
    with_abs += std::ranges::count(child, Token::Abs) > 0;
  }
  EXPECT_GT(with_abs, 10);
}

RC_GTEST_PROP(Mutator, MutantBytesDecodeToValidProgramsWithinMaxSize,
              (std::vector<std::uint8_t> bytes, std::uint8_t max_size, std::uint64_t seed)) {
  const Mutator mutator(fuzz_grammar(), Start::Function);
  Rng rng(seed);
  const std::vector<std::uint8_t> mutant = mutator.mutate_bytes(bytes, max_size, rng);
  RC_ASSERT(mutant.size() <= max_size);
  RC_ASSERT(is_valid_program(choices_to_tokens(mutant, fuzz_grammar(), Start::Function), fuzz_grammar(),
                             Start::Function));
  const std::vector<std::uint8_t> child = mutator.crossover_bytes(bytes, mutant, max_size, rng);
  RC_ASSERT(child.size() <= max_size);
}

TEST(Mutator, MutantBytesAreTheMutantsChoices) {
  const Mutator mutator(fuzz_grammar(), Start::Function);
  const std::vector<std::uint8_t> bytes = minimal_choice_bytes(kExample, fuzz_grammar(), Start::Function);
  Rng rng(9);
  for (int i = 0; i < 100; ++i) {
    const std::vector<std::uint8_t> mutant = mutator.mutate_bytes(bytes, 4096, rng);
    const Program program = choices_to_tokens(mutant, fuzz_grammar(), Start::Function);
    EXPECT_EQ(mutant, tokens_to_choices(program, fuzz_grammar(), Start::Function));
  }
}

TEST(MinimalChoiceBytes, DecodeToTheProgram) {
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    const Program p = sample_program(fuzz_grammar(), Start::Function, seed);
    const std::vector<std::uint8_t> bytes = minimal_choice_bytes(p, fuzz_grammar(), Start::Function);
    EXPECT_EQ(choices_to_tokens(bytes, fuzz_grammar(), Start::Function), p);
    EXPECT_LE(bytes.size(), tokens_to_choices(p, fuzz_grammar(), Start::Function).size());
  }
}

TEST(MinimalChoiceBytes, OfTheCheapestProgramAreEmpty) {
  const Program cheapest = choices_to_tokens({}, seed_grammar(), Start::Function);
  EXPECT_TRUE(minimal_choice_bytes(cheapest, seed_grammar(), Start::Function).empty());
}

TEST(Project, KeepsAValidProgramAsItIs) {
  Rng rng(1);
  for (std::uint64_t seed = 0; seed < 100; ++seed) {
    const Program p = sample_program(fuzz_grammar(), Start::Function, seed);
    EXPECT_EQ(project(tokens_to_ast(p, Start::Function), fuzz_grammar(), Start::Function, rng), p);
  }
}

TEST(Project, ReplacesANameOutOfScopeWithALegalOne) {
  Node tree = tokens_to_ast(kExample, Start::Function);
  tree.children[0].children.erase(tree.children[0].children.begin());  // `d = (a + 3)`: d is never bound
  Rng rng(1);
  const Program projected = project(tree, seed_grammar(), Start::Function, rng);
  EXPECT_TRUE(is_valid_program(projected, seed_grammar(), Start::Function));
  EXPECT_EQ(std::ranges::count(projected, Token::NameD), 0) << source_of(projected);
  EXPECT_EQ(std::ranges::count(projected, Token::If), 1) << source_of(projected);
}

TEST(Project, LetsAnOperatorTooDeepGiveWayToItsOperand) {
  DecodeConfig shallow = DecodeConfig::seed();
  shallow.max_expr_depth = 1;
  //   return ((a + 3) * b)  ->  return (a * b)
  const Node tree = tokens_to_ast(
      Program{Token::Def2, Token::Return, Token::Mul, Token::Add, Token::NameA, Token::Const3, Token::NameB,
              Token::EndBlock},
      Start::Function);
  Rng rng(1);
  EXPECT_EQ(project(tree, compile_grammar(shallow), Start::Function, rng),
            (Program{Token::Def2, Token::Return, Token::Mul, Token::NameA, Token::NameB, Token::EndBlock}));
}

TEST(Project, SamplesAHole) {
  Node tree = tokens_to_ast(kExample, Start::Function);
  tree.children[0].children[2].children[0] = Node{Token::Pad, {}};  // the returned expression
  std::set<Program> seen;
  Rng rng(1);
  for (int i = 0; i < 50; ++i) {
    const Program p = project(tree, seed_grammar(), Start::Function, rng);
    EXPECT_TRUE(is_valid_program(p, seed_grammar(), Start::Function));
    seen.insert(p);
  }
  EXPECT_GT(seen.size(), 5u);
}

TEST(Project, FillsABlockLeftEmpty) {
  Node tree = tokens_to_ast(kExample, Start::Function);
  tree.children[0].children.clear();
  Rng rng(1);
  EXPECT_EQ(project(tree, seed_grammar(), Start::Function, rng),
            (Program{Token::Def2, Token::ReturnNone, Token::EndBlock}));
}

}  // namespace
}  // namespace pyprior::prior
