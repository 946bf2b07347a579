// The vocabulary is a contract: ids are stable (corpora and models store
// them), display names are unique, and each row's shape matches its category.
#include "prior/vocabulary.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::names_of;
using test_support::tokens_named;

// Every token in id order. New tokens may only be appended.
constexpr const char* kVocabularyInIdOrder =
    "<pad> def/0 def/1 def/2 def/3 <end> <end_module> assign augassign if if_else return return_none for while "
    "break continue + - * // % & | ^ << >> < <= > >= == != chain neg ~ not and or ifexp abs min max "
    "0 1 2 3 4 5 6 7 8 9 10 127 128 255 256 65535 65536 2**31-1 2**31 2**32-1 2**32 2**63-1 2**63 2**64-1 2**64 "
    "a b c d e f g h i j k l m";

std::vector<Token> all_tokens() {
  std::vector<Token> tokens;
  for (int i = 0; i < kVocabSize; ++i) tokens.push_back(token_from_id(i));
  return tokens;
}

TEST(Vocabulary, IdsAreStable) {
  EXPECT_EQ(names_of(all_tokens()), kVocabularyInIdOrder);
  EXPECT_EQ(kVocabSize, 81);
}

TEST(Vocabulary, PaddingIsIdZero) { EXPECT_EQ(id(Token::Pad), 0); }

TEST(Vocabulary, EveryDisplayNameFindsItsToken) {
  for (Token t : all_tokens()) EXPECT_EQ(token_by_name(info(t).name), t);
}

TEST(Vocabulary, DisplayNamesAreUnique) {
  std::set<std::string_view> names;
  for (const TokenInfo& row : kTokenTable) EXPECT_TRUE(names.insert(row.name).second) << row.name;
}

TEST(Vocabulary, UnknownNameFindsNothing) {
  EXPECT_EQ(token_by_name("lambda"), std::nullopt);
  EXPECT_EQ(token_by_name(""), std::nullopt);
  EXPECT_EQ(token_by_name("A"), std::nullopt);
}

TEST(Vocabulary, ValidIdsAreExactlyTheTable) {
  EXPECT_TRUE(is_valid_id(0));
  EXPECT_TRUE(is_valid_id(kVocabSize - 1));
  EXPECT_FALSE(is_valid_id(kVocabSize));
  EXPECT_FALSE(is_valid_id(-1));
  EXPECT_FALSE(is_valid_id(255));
}

TEST(Vocabulary, NamesAreParametersThenLocalsInAlphabeticalOrder) {
  EXPECT_EQ(kNameCount, 13);
  EXPECT_EQ(kMaxLocals, 10);
  for (int i = 0; i < kNameCount; ++i) {
    EXPECT_EQ(info(name_token(i)).category, Category::Name);
    EXPECT_EQ(info(name_token(i)).python, std::string(1, static_cast<char>('a' + i)));
    EXPECT_EQ(name_index(name_token(i)), i);
  }
  EXPECT_EQ(local_token(0), Token::NameD);
  EXPECT_EQ(local_token(kMaxLocals - 1), Token::NameM);
}

TEST(Vocabulary, SmallConstantsAreZeroToTen) {
  for (int value = 0; value <= kMaxSmallConstant; ++value) {
    const Token t = small_constant_token(value);
    EXPECT_TRUE(is_small_constant(t));
    EXPECT_EQ(small_constant_value(t), value);
    EXPECT_EQ(info(t).python, std::to_string(value));
  }
  EXPECT_FALSE(is_small_constant(Token::Big127));
  EXPECT_FALSE(is_small_constant(Token::NameA));
}

// The decimal digits of 2**exponent, by repeated doubling.
std::string power_of_two(int exponent) {
  std::string digits = "1";
  for (int i = 0; i < exponent; ++i) {
    int carry = 0;
    for (auto digit = digits.rbegin(); digit != digits.rend(); ++digit) {
      const int doubled = (*digit - '0') * 2 + carry;
      *digit = static_cast<char>('0' + doubled % 10);
      carry = doubled / 10;
    }
    if (carry) digits.insert(digits.begin(), '1');
  }
  return digits;
}

// "2**k" and "2**k-1" display names must print the same number in Python.
std::string decimal_value_of_display_name(std::string_view name) {
  if (!name.starts_with("2**")) return std::string(name);
  std::string digits = power_of_two(std::stoi(std::string(name.substr(3))));
  if (name.ends_with("-1")) --digits.back();  // a power of two never ends in 0
  return digits;
}

TEST(Vocabulary, ConstantTextIsTheValueOfItsName) {
  for (const TokenInfo& row : kTokenTable)
    if (row.category == Category::Constant) {
      EXPECT_EQ(row.python, decimal_value_of_display_name(row.name)) << row.name;
    }
}

TEST(Vocabulary, BigConstantsBelongToTheBigIntsFeature) {
  for (const TokenInfo& row : kTokenTable)
    if (row.category == Category::Constant) {
      EXPECT_EQ(row.feature, is_small_constant(row.token) ? Feature::Base : Feature::BigInts) << row.name;
    }
}

TEST(Vocabulary, DefTokensCarryTheirArity) {
  for (int arity = 0; arity <= kMaxParams; ++arity) {
    EXPECT_EQ(arity_of_def(def_token(arity)), arity);
    EXPECT_EQ(info(def_token(arity)).category, Category::FunctionDef);
    EXPECT_EQ(info(def_token(arity)).name, "def/" + std::to_string(arity));
  }
}

TEST(Vocabulary, OperatorsTakeTwoExpressions) {
  for (const TokenInfo& row : kTokenTable) {
    if (row.category != Category::BinaryOp && row.category != Category::Comparison && row.category != Category::BoolOp)
      continue;
    ASSERT_EQ(row.slot_count, 2) << row.name;
    EXPECT_EQ(row.slots[0], Slot::Expr) << row.name;
    EXPECT_EQ(row.slots[1], Slot::Expr) << row.name;
  }
}

TEST(Vocabulary, LeavesHaveNoSlots) {
  for (const TokenInfo& row : kTokenTable)
    if (row.category == Category::Constant || row.category == Category::Name || row.category == Category::Padding ||
        row.category == Category::BlockEnd || row.category == Category::ModuleEnd) {
      EXPECT_EQ(row.slot_count, 0) << row.name;
    }
}

TEST(Vocabulary, CompoundStatementsEndInABlock) {
  for (Token t : tokens_named("if if_else for while"))
    EXPECT_TRUE(info(t).slots[info(t).slot_count - 1] == Slot::Block ||
                info(t).slots[info(t).slot_count - 1] == Slot::LoopBlock)
        << info(t).name;
  EXPECT_EQ(info(Token::For).slots[2], Slot::LoopBlock);
  EXPECT_EQ(info(Token::While).slots[1], Slot::LoopBlock);
  EXPECT_EQ(info(Token::IfElse).slots[1], Slot::Block);
  EXPECT_EQ(info(Token::IfElse).slots[2], Slot::Block);
}

TEST(Vocabulary, BindingStatementsNameTheirTargetFirst) {
  EXPECT_EQ(info(Token::Assign).slots[0], Slot::Target);
  EXPECT_EQ(info(Token::For).slots[0], Slot::Target);
  EXPECT_EQ(info(Token::AugAssign).slots[0], Slot::BoundLocal);
  EXPECT_EQ(info(Token::AugAssign).slots[1], Slot::AugOp);
}

TEST(Vocabulary, ChainTakesTwoComparisonsThenThreeOperands) {
  const TokenInfo& chain = info(Token::Chain);
  ASSERT_EQ(chain.slot_count, 5);
  EXPECT_EQ(chain.slots[0], Slot::CmpOp);
  EXPECT_EQ(chain.slots[1], Slot::CmpOp);
  for (int i = 2; i < 5; ++i) EXPECT_EQ(chain.slots[i], Slot::Expr);
}

// The flags' effect on the decoder is tested in config_test.
TEST(Vocabulary, EveryFeatureFlagHasATokenInTheTable) {
  std::set<Feature> features;
  for (const TokenInfo& row : kTokenTable) features.insert(row.feature);
  EXPECT_EQ(static_cast<int>(features.size()), kFeatureCount);
}

}  // namespace
}  // namespace pyprior::prior
