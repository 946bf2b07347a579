// TokenSet against a plain model: std::set<int> of token ids.
#include "prior/token_set.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <set>

#include "tests/support/token_names.hpp"

namespace pyprior::prior {
namespace {

using test_support::tokens_named;

rc::Gen<std::set<int>> gen_ids() { return rc::gen::container<std::set<int>>(rc::gen::inRange(0, kVocabSize)); }

TokenSet set_of(const std::set<int>& ids) {
  TokenSet s;
  for (int i : ids) s.insert(token_from_id(i));
  return s;
}

std::set<int> ids_of(const std::vector<Token>& tokens) {
  std::set<int> ids;
  for (Token t : tokens) ids.insert(id(t));
  return ids;
}

TEST(TokenSet, StartsEmpty) {
  constexpr TokenSet s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s.size(), 0);
  EXPECT_TRUE(s.to_vector().empty());
}

TEST(TokenSet, OfHoldsOneToken) {
  const TokenSet s = TokenSet::of(Token::NameM);
  EXPECT_EQ(s.size(), 1);
  EXPECT_TRUE(s.contains(Token::NameM));
  EXPECT_EQ(s.first(), Token::NameM);
}

TEST(TokenSet, RangeIncludesBothEnds) {
  const TokenSet s = TokenSet::range(Token::Const0, Token::Const10);
  EXPECT_EQ(s.size(), 11);
  EXPECT_TRUE(s.contains(Token::Const0));
  EXPECT_TRUE(s.contains(Token::Const10));
  EXPECT_FALSE(s.contains(Token::Big127));
}

TEST(TokenSet, WordsHoldIdsAcrossTheSixtyFourBitBoundary) {
  TokenSet s;
  s.insert(token_from_id(63));
  s.insert(token_from_id(64));
  EXPECT_EQ(s.word(0), std::uint64_t{1} << 63);
  EXPECT_EQ(s.word(1), std::uint64_t{1});
  EXPECT_EQ(s.nth(1), token_from_id(64));
  EXPECT_EQ(s.rank(token_from_id(64)), 1);
}

TEST(TokenSet, ToVectorIsInIdOrder) {
  TokenSet s;
  for (Token t : tokens_named("m 3 def/1 <pad>")) s.insert(t);
  EXPECT_EQ(s.to_vector(), tokens_named("<pad> def/1 3 m"));
}

RC_GTEST_PROP(TokenSet, MembershipMatchesTheModel, ()) {
  const std::set<int> model = *gen_ids();
  const TokenSet s = set_of(model);
  RC_ASSERT(s.size() == static_cast<int>(model.size()));
  RC_ASSERT(s.empty() == model.empty());
  for (int i = 0; i < kVocabSize; ++i) RC_ASSERT(s.contains(token_from_id(i)) == model.contains(i));
  RC_ASSERT(ids_of(s.to_vector()) == model);
}

RC_GTEST_PROP(TokenSet, EraseRemovesExactlyOneToken, ()) {
  std::set<int> model = *gen_ids();
  const int victim = *rc::gen::inRange(0, kVocabSize);
  TokenSet s = set_of(model);
  s.erase(token_from_id(victim));
  model.erase(victim);
  RC_ASSERT(s == set_of(model));
}

RC_GTEST_PROP(TokenSet, NthAndRankAreInverse, ()) {
  const std::set<int> model = *rc::gen::nonEmpty(gen_ids());
  const TokenSet s = set_of(model);
  int k = 0;
  for (int i : model) {
    RC_ASSERT(s.nth(k) == token_from_id(i));
    RC_ASSERT(s.rank(token_from_id(i)) == k);
    ++k;
  }
  RC_ASSERT(s.first() == token_from_id(*model.begin()));
}

RC_GTEST_PROP(TokenSet, ForEachVisitsMembersInIdOrder, ()) {
  const TokenSet s = set_of(*gen_ids());
  std::vector<Token> visited;
  s.for_each([&](Token t) { visited.push_back(t); });
  RC_ASSERT(visited == s.to_vector());
}

// find_if: the first member in id order that passes, asking no member after it.
RC_GTEST_PROP(TokenSet, FindIfStopsAtTheFirstMemberThatPasses, ()) {
  const std::set<int> ids = *gen_ids();
  const int threshold = *rc::gen::inRange(0, kVocabSize + 1);
  std::vector<int> asked;
  const auto found = set_of(ids).find_if([&](Token t) {
    asked.push_back(id(t));
    return id(t) >= threshold;
  });
  const auto expected = ids.lower_bound(threshold);
  if (expected == ids.end()) {
    RC_ASSERT(!found.has_value());
    RC_ASSERT(asked == std::vector<int>(ids.begin(), ids.end()));
  } else {
    RC_ASSERT(found.has_value() && id(*found) == *expected);
    RC_ASSERT(asked == std::vector<int>(ids.begin(), std::next(expected)));
  }
}

RC_GTEST_PROP(TokenSet, SetOperatorsMatchTheModel, ()) {
  const std::set<int> left = *gen_ids();
  const std::set<int> right = *gen_ids();
  std::set<int> both, either;
  for (int i = 0; i < kVocabSize; ++i) {
    if (left.contains(i) && right.contains(i)) both.insert(i);
    if (left.contains(i) || right.contains(i)) either.insert(i);
  }
  RC_ASSERT((set_of(left) & set_of(right)) == set_of(both));
  RC_ASSERT((set_of(left) | set_of(right)) == set_of(either));
  TokenSet narrowed = set_of(left);
  narrowed &= set_of(right);
  RC_ASSERT(narrowed == set_of(both));
  TokenSet widened = set_of(left);
  widened |= set_of(right);
  RC_ASSERT(widened == set_of(either));
}

RC_GTEST_PROP(TokenSet, ComplementRemovesEveryMember, ()) {
  const TokenSet s = set_of(*gen_ids());
  RC_ASSERT((s & ~s).empty());
  for (int i = 0; i < kVocabSize; ++i) RC_ASSERT((~s).contains(token_from_id(i)) != s.contains(token_from_id(i)));
}

}  // namespace
}  // namespace pyprior::prior
