#include "prior/inputs.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "prior/error.hpp"

namespace pyprior::prior {
namespace {

std::vector<std::string> reprs(const std::vector<std::vector<Integer>>& tuples) {
  std::vector<std::string> texts;
  for (const std::vector<Integer>& tuple : tuples)
    for (const Integer& value : tuple) texts.push_back(value.to_string());
  return texts;
}

TEST(InputsTest, DrawsCountTuplesOfArityValues) {
  Rng rng(1);
  const auto tuples = draw_inputs(3, 7, rng, {-10, 10});
  ASSERT_EQ(tuples.size(), 7u);
  for (const auto& tuple : tuples) EXPECT_EQ(tuple.size(), 3u);
  EXPECT_EQ(draw_inputs(0, 4, rng, {-10, 10}), std::vector<std::vector<Integer>>(4));
  EXPECT_TRUE(draw_inputs(2, 0, rng, {-10, 10}).empty());
}

TEST(InputsTest, SameSeedSameInputs) {
  Rng first(42);
  Rng second(42);
  EXPECT_EQ(draw_inputs(2, 50, first, {-10, 10}), draw_inputs(2, 50, second, {-10, 10}));
  EXPECT_EQ(first.state(), second.state());
  Rng other(43);
  Rng again(42);
  EXPECT_NE(draw_inputs(2, 50, other, {-10, 10}), draw_inputs(2, 50, again, {-10, 10}));
}

// Pins the algorithm (SplitMix64 + the 70/10/20 split): a change here
// changes the inputs of every recorded run.
TEST(InputsTest, DrawsAreStableAcrossVersions) {
  Rng rng(7);
  const std::vector<std::string> expected = {"-10", "4294967296", "-5",                 //
                                             "-4", "-2", "10",                          //
                                             "9223372036854775807", "4294967296", "2147483648",  //
                                             "5", "-8", "-2"};
  EXPECT_EQ(reprs(draw_inputs(3, 4, rng, {-10, 10})), expected);
}

TEST(InputsTest, EveryBoundaryValueAppears) {
  Rng rng(2024);
  const auto tuples = draw_inputs(2, 1000, rng, {-10, 10});
  std::set<std::string> seen;
  for (const std::string& text : reprs(tuples)) seen.insert(text);
  for (const Integer& boundary : boundary_values()) EXPECT_TRUE(seen.contains(boundary.to_string())) << boundary.to_string();
  for (const char* text : {"0", "1", "-1", "2147483648", "-2147483648", "2147483647", "4294967296", "-4294967296",
                           "9223372036854775808", "-9223372036854775808", "9223372036854775807",
                           "18446744073709551615"})
    EXPECT_TRUE(seen.contains(text)) << text;
}

TEST(InputsTest, MostValuesComeFromTheRange) {
  Rng rng(5);
  const auto tuples = draw_inputs(1, 2000, rng, {100, 120});
  const auto in_range = std::count_if(tuples.begin(), tuples.end(), [](const std::vector<Integer>& tuple) {
    return Integer(100) <= tuple[0] && tuple[0] <= Integer(120);
  });
  EXPECT_GT(in_range, 1200);  // 70% expected
  EXPECT_LT(in_range, 1600);
}

TEST(InputsTest, NegativesAppearEvenForANonNegativeRange) {
  Rng rng(9);
  const auto tuples = draw_inputs(1, 500, rng, {0, 5});
  const auto small_negatives = std::count_if(tuples.begin(), tuples.end(), [](const std::vector<Integer>& tuple) {
    return Integer(-5) <= tuple[0] && tuple[0] <= Integer(-1);
  });
  EXPECT_GT(small_negatives, 20);  // 10% expected
}

TEST(InputsTest, ExtremeRangesDoNotOverflow) {
  Rng rng(11);
  const auto tuples = draw_inputs(2, 200, rng, {INT64_MIN, INT64_MAX});
  EXPECT_EQ(tuples.size(), 200u);
}

TEST(InputsTest, ASingleValueRangeGivesThatValueNegativesOrBoundaries) {
  Rng rng(12);
  const std::span<const Integer> boundaries = boundary_values();
  for (const auto& tuple : draw_inputs(1, 300, rng, {3, 3})) {
    const Integer& value = tuple[0];
    const bool small_negative = Integer(-3) <= value && value <= Integer(-1);
    const bool boundary = std::find(boundaries.begin(), boundaries.end(), value) != boundaries.end();
    EXPECT_TRUE(value == Integer(3) || small_negative || boundary) << value.to_string();
  }
}

TEST(InputsTest, BadArgumentsThrow) {
  Rng rng(0);
  EXPECT_THROW(draw_inputs(-1, 1, rng, {0, 1}), Error);
  EXPECT_THROW(draw_inputs(1, -1, rng, {0, 1}), Error);
  EXPECT_THROW(draw_inputs(1, 1, rng, {2, 1}), Error);
}

}  // namespace
}  // namespace pyprior::prior
