// Integer against Python: every expected value below was computed by
// CPython 3.11 (`python3.11 -c "print(x OP y)"`). Each table case runs through
// the public operation (fast path where it applies) and through the unbounded
// detail:: path, so both must agree with Python.
#include "prior/integer.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

namespace pyprior::prior {
namespace {

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

Integer parse(const char* decimal) {
  const std::optional<Integer> value = Integer::from_string(decimal);
  if (!value) throw std::invalid_argument(decimal);
  return *value;
}

struct BinaryCase {
  const char* x;
  const char* y;
  const char* expected;
};

struct UnaryCase {
  const char* x;
  const char* expected;
};

using Total = Integer (*)(const Integer&, const Integer&);
using Refusable = ArithmeticResult (*)(const Integer&, const Integer&);

void expect_matches_python(const std::vector<BinaryCase>& cases, Total fast, Total big, const char* op) {
  for (const BinaryCase& c : cases) {
    EXPECT_EQ(fast(parse(c.x), parse(c.y)).to_string(), c.expected) << c.x << op << c.y;
    EXPECT_EQ(big(parse(c.x), parse(c.y)).to_string(), c.expected) << "big path: " << c.x << op << c.y;
  }
}

void expect_matches_python(const std::vector<BinaryCase>& cases, Refusable fast, Refusable big, const char* op) {
  for (const BinaryCase& c : cases) {
    for (const ArithmeticResult& result : {fast(parse(c.x), parse(c.y)), big(parse(c.x), parse(c.y))}) {
      ASSERT_TRUE(result.ok()) << c.x << op << c.y;
      EXPECT_EQ(result.value.to_string(), c.expected) << c.x << op << c.y;
    }
  }
}

TEST(IntegerTest, AddMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"3", "4", "7"},
    {"-3", "4", "1"},
    {"9223372036854775807", "1", "9223372036854775808"},
    {"-9223372036854775808", "-1", "-9223372036854775809"},
    {"9223372036854775807", "9223372036854775807", "18446744073709551614"},
    {"-9223372036854775808", "-9223372036854775808", "-18446744073709551616"},
    {"18446744073709551616", "-18446744073709551616", "0"},
    {"18446744073709551616", "-18446744073709551611", "5"},
    {"1267650600228229401496703205376", "1", "1267650600228229401496703205377"},
    {"-1267650600228229401496703205376", "1267650600228229401496703205376", "0"},
  };
  expect_matches_python(cases, add, detail::add_big, " + ");
}

TEST(IntegerTest, SubtractMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"3", "4", "-1"},
    {"-9223372036854775808", "1", "-9223372036854775809"},
    {"9223372036854775807", "-1", "9223372036854775808"},
    {"0", "-9223372036854775808", "9223372036854775808"},
    {"-9223372036854775808", "-9223372036854775808", "0"},
    {"18446744073709551616", "18446744073709551609", "7"},
    {"-18446744073709551616", "18446744073709551616", "-36893488147419103232"},
  };
  expect_matches_python(cases, subtract, detail::subtract_big, " - ");
}

TEST(IntegerTest, MultiplyMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"6", "-7", "-42"},
    {"9223372036854775807", "2", "18446744073709551614"},
    {"-9223372036854775808", "1", "-9223372036854775808"},
    {"-9223372036854775808", "-1", "9223372036854775808"},
    {"4294967296", "2147483648", "9223372036854775808"},
    {"4294967296", "-2147483648", "-9223372036854775808"},
    {"4294967296", "4294967296", "18446744073709551616"},
    {"-18446744073709551616", "18446744073709551616", "-340282366920938463463374607431768211456"},
    {"18446744073709551616", "0", "0"},
    {"3037000500", "3037000500", "9223372037000250000"},
  };
  expect_matches_python(cases, multiply, detail::multiply_big, " * ");
}

TEST(IntegerTest, BitAndMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"12", "10", "8"},
    {"-12", "10", "0"},
    {"-12", "-10", "-12"},
    {"-1", "9223372036854775807", "9223372036854775807"},
    {"-9223372036854775808", "-1", "-9223372036854775808"},
    {"18446744073709551616", "-1", "18446744073709551616"},
    {"-18446744073709551616", "18446744073709551621", "18446744073709551616"},
    {"-18446744073709551617", "-1180591620717411303424", "-1180591620717411303424"},
    {"1267650600228229401496703205375", "-18446744073709551616", "1267650600209782657422993653760"},
    {"-5", "1180591620717411303431", "1180591620717411303427"},
  };
  expect_matches_python(cases, bit_and, detail::bit_and_big, " & ");
}

TEST(IntegerTest, BitOrMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"12", "10", "14"},
    {"-12", "10", "-2"},
    {"-12", "-10", "-10"},
    {"-9223372036854775808", "9223372036854775807", "-1"},
    {"18446744073709551616", "1", "18446744073709551617"},
    {"-18446744073709551616", "18446744073709551621", "-18446744073709551611"},
    {"-18446744073709551617", "-1180591620717411303424", "-18446744073709551617"},
    {"1267650600228229401496703205376", "-18446744073709551616", "-18446744073709551616"},
    {"-5", "1180591620717411303431", "-1"},
    {"-1208925819614629174706176", "1208925819614629174706175", "-1"},
  };
  expect_matches_python(cases, bit_or, detail::bit_or_big, " | ");
}

TEST(IntegerTest, BitXorMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"12", "10", "6"},
    {"-12", "10", "-2"},
    {"-12", "-10", "2"},
    {"-9223372036854775808", "9223372036854775807", "-1"},
    {"-9223372036854775808", "-1", "9223372036854775807"},
    {"18446744073709551616", "-1", "-18446744073709551617"},
    {"-18446744073709551616", "18446744073709551621", "-36893488147419103227"},
    {"-18446744073709551617", "-1180591620717411303424", "1162144876643701751807"},
    {"1267650600228229401496703205376", "-18446744073709551616", "-1267650600246676145570412756992"},
    {"-5", "1180591620717411303431", "-1180591620717411303428"},
  };
  expect_matches_python(cases, bit_xor, detail::bit_xor_big, " ^ ");
}

TEST(IntegerTest, FloorDivideMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"7", "2", "3"},
    {"-7", "2", "-4"},
    {"7", "-2", "-4"},
    {"-7", "-2", "3"},
    {"6", "3", "2"},
    {"-6", "3", "-2"},
    {"0", "-5", "0"},
    {"-9223372036854775808", "-1", "9223372036854775808"},
    {"-9223372036854775808", "1", "-9223372036854775808"},
    {"-9223372036854775808", "9223372036854775807", "-2"},
    {"9223372036854775807", "-9223372036854775808", "-1"},
    {"18446744073709551616", "3", "6148914691236517205"},
    {"-18446744073709551616", "3", "-6148914691236517206"},
    {"18446744073709551616", "-3", "-6148914691236517206"},
    {"-18446744073709551616", "-3", "6148914691236517205"},
    {"1267650600228229401496703205376", "18446744073709551616", "68719476736"},
    {"-1267650600228229401496703205377", "18446744073709551616", "-68719476737"},
    {"5", "18446744073709551616", "0"},
    {"-5", "18446744073709551616", "-1"},
    {"5", "-18446744073709551616", "-1"},
    {"-9223372036854775808", "18446744073709551616", "-1"},
  };
  expect_matches_python(cases, floor_divide, detail::floor_divide_big, " // ");
}

TEST(IntegerTest, ModuloMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"7", "2", "1"},
    {"-7", "2", "1"},
    {"7", "-2", "-1"},
    {"-7", "-2", "-1"},
    {"6", "3", "0"},
    {"-6", "3", "0"},
    {"0", "-5", "0"},
    {"-9223372036854775808", "-1", "0"},
    {"-9223372036854775808", "1", "0"},
    {"-9223372036854775808", "9223372036854775807", "9223372036854775806"},
    {"9223372036854775807", "-9223372036854775808", "-1"},
    {"18446744073709551616", "3", "1"},
    {"-18446744073709551616", "3", "2"},
    {"18446744073709551616", "-3", "-2"},
    {"-18446744073709551616", "-3", "-1"},
    {"1267650600228229401496703205376", "18446744073709551617", "18446744004990074881"},
    {"-1267650600228229401496703205377", "18446744073709551616", "18446744073709551615"},
    {"5", "18446744073709551616", "5"},
    {"-5", "18446744073709551616", "18446744073709551611"},
    {"5", "-18446744073709551616", "-18446744073709551611"},
    {"-9223372036854775808", "18446744073709551616", "9223372036854775808"},
    {"-9223372036854775808", "-9223372036854775808", "0"},
  };
  expect_matches_python(cases, modulo, detail::modulo_big, " % ");
}

TEST(IntegerTest, NegateMatchesPython) {
  const std::vector<UnaryCase> cases = {
    {"0", "0"},
    {"5", "-5"},
    {"-5", "5"},
    {"9223372036854775807", "-9223372036854775807"},
    {"-9223372036854775808", "9223372036854775808"},
    {"9223372036854775808", "-9223372036854775808"},
    {"18446744073709551616", "-18446744073709551616"},
    {"-18446744073709551616", "18446744073709551616"},
  };
  for (const UnaryCase& c : cases) {
    EXPECT_EQ(negate(parse(c.x)).to_string(), c.expected) << "negate(" << c.x << ")";
    EXPECT_EQ(detail::negate_big(parse(c.x)).to_string(), c.expected) << "big path: " << c.x;
  }
}

TEST(IntegerTest, AbsoluteMatchesPython) {
  const std::vector<UnaryCase> cases = {
    {"0", "0"},
    {"5", "5"},
    {"-5", "5"},
    {"9223372036854775807", "9223372036854775807"},
    {"-9223372036854775808", "9223372036854775808"},
    {"9223372036854775808", "9223372036854775808"},
    {"-9223372036854775809", "9223372036854775809"},
    {"-18446744073709551616", "18446744073709551616"},
  };
  for (const UnaryCase& c : cases) {
    EXPECT_EQ(absolute(parse(c.x)).to_string(), c.expected) << "absolute(" << c.x << ")";
  }
}

TEST(IntegerTest, InvertMatchesPython) {
  const std::vector<UnaryCase> cases = {
    {"0", "-1"},
    {"5", "-6"},
    {"-5", "4"},
    {"9223372036854775807", "-9223372036854775808"},
    {"-9223372036854775808", "9223372036854775807"},
    {"9223372036854775808", "-9223372036854775809"},
    {"-9223372036854775809", "9223372036854775808"},
    {"18446744073709551616", "-18446744073709551617"},
    {"-18446744073709551616", "18446744073709551615"},
  };
  for (const UnaryCase& c : cases) {
    EXPECT_EQ(invert(parse(c.x)).to_string(), c.expected) << "invert(" << c.x << ")";
    EXPECT_EQ(detail::invert_big(parse(c.x)).to_string(), c.expected) << "big path: " << c.x;
  }
}

TEST(IntegerTest, LeftShiftMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"1", "0", "1"},
    {"1", "62", "4611686018427387904"},
    {"1", "63", "9223372036854775808"},
    {"-1", "63", "-9223372036854775808"},
    {"-1", "64", "-18446744073709551616"},
    {"3", "62", "13835058055282163712"},
    {"-3", "61", "-6917529027641081856"},
    {"5", "100", "6338253001141147007483516026880"},
    {"-18446744073709551616", "3", "-147573952589676412928"},
    {"9223372036854775807", "1", "18446744073709551614"},
    {"0", "5000", "0"},
    {"7", "2", "28"},
  };
  for (const BinaryCase& c : cases) {
    for (const ArithmeticResult& result :
         {left_shift(parse(c.x), parse(c.y), 1024), detail::left_shift_big(parse(c.x), parse(c.y), 1024)}) {
      ASSERT_TRUE(result.ok()) << c.x << " << " << c.y;
      EXPECT_EQ(result.value.to_string(), c.expected) << c.x << " << " << c.y;
    }
  }
}

TEST(IntegerTest, RightShiftMatchesPython) {
  const std::vector<BinaryCase> cases = {
    {"7", "1", "3"},
    {"-7", "1", "-4"},
    {"-1", "1", "-1"},
    {"-1", "1000", "-1"},
    {"1", "1000", "0"},
    {"9223372036854775807", "62", "1"},
    {"9223372036854775807", "63", "0"},
    {"-9223372036854775808", "63", "-1"},
    {"-9223372036854775808", "64", "-1"},
    {"-9223372036854775808", "62", "-2"},
    {"18446744073709551616", "1", "9223372036854775808"},
    {"18446744073709551616", "64", "1"},
    {"18446744073709551616", "65", "0"},
    {"-18446744073709551616", "64", "-1"},
    {"-18446744073709551616", "65", "-1"},
    {"-18446744073709551617", "64", "-2"},
    {"-1267650600228229401496703205377", "40", "-1152921504606846977"},
    {"1267650600228229401496703205376", "1180591620717411303424", "0"},
    {"-1267650600228229401496703205376", "1180591620717411303424", "-1"},
    {"-5", "1180591620717411303424", "-1"},
  };
  expect_matches_python(cases, right_shift, detail::right_shift_big, " >> ");
}

TEST(IntegerTest, BitLengthMatchesPython) {
  const std::vector<std::pair<const char*, std::int64_t>> cases = {
    {"0", 0},
    {"1", 1},
    {"-1", 1},
    {"2", 2},
    {"255", 8},
    {"-256", 9},
    {"9223372036854775807", 63},
    {"-9223372036854775808", 64},
    {"9223372036854775808", 64},
    {"-9223372036854775809", 64},
    {"18446744073709551616", 65},
    {"1267650600228229401496703205375", 100},
    {"-1267650600228229401496703205376", 101},
  };
  for (const auto& [x, bits] : cases) EXPECT_EQ(parse(x).bit_length(), bits) << x;
}

// ---- the int64 corner cases the fast paths must hand over to the big path.

TEST(IntegerTest, MinDividedByMinusOneIsTwoToThe63) {
  const ArithmeticResult quotient = floor_divide(Integer(kMin), Integer(-1));
  ASSERT_TRUE(quotient.ok());
  EXPECT_EQ(quotient.value.to_string(), "9223372036854775808");
  EXPECT_FALSE(quotient.value.fits_int64());
}

TEST(IntegerTest, MinModuloMinusOneIsZero) {
  const ArithmeticResult remainder = modulo(Integer(kMin), Integer(-1));
  ASSERT_TRUE(remainder.ok());
  EXPECT_EQ(remainder.value, Integer(0));
}

TEST(IntegerTest, NegatingAndAbsOfMinLeaveInt64) {
  EXPECT_EQ(negate(Integer(kMin)).to_string(), "9223372036854775808");
  EXPECT_EQ(absolute(Integer(kMin)).to_string(), "9223372036854775808");
  EXPECT_EQ(negate(negate(Integer(kMin))), Integer(kMin));
  EXPECT_TRUE(negate(negate(Integer(kMin))).fits_int64());
}

TEST(IntegerTest, DivisionByZeroIsReported) {
  for (const Integer& x : {Integer(0), Integer(5), Integer(kMin), parse("-100000000000000000000000")}) {
    EXPECT_EQ(floor_divide(x, Integer(0)).error, ArithmeticError::ZeroDivision);
    EXPECT_EQ(modulo(x, Integer(0)).error, ArithmeticError::ZeroDivision);
    EXPECT_EQ(detail::floor_divide_big(x, Integer(0)).error, ArithmeticError::ZeroDivision);
    EXPECT_EQ(detail::modulo_big(x, Integer(0)).error, ArithmeticError::ZeroDivision);
  }
}

TEST(IntegerTest, NegativeShiftCountIsReportedEvenForZero) {
  for (const Integer& count : {Integer(-1), Integer(kMin), parse("-100000000000000000000000")}) {
    EXPECT_EQ(left_shift(Integer(0), count, 1024).error, ArithmeticError::NegativeShiftCount);
    EXPECT_EQ(left_shift(Integer(3), count, 1024).error, ArithmeticError::NegativeShiftCount);
    EXPECT_EQ(right_shift(Integer(0), count).error, ArithmeticError::NegativeShiftCount);
    EXPECT_EQ(right_shift(parse("100000000000000000000000"), count).error, ArithmeticError::NegativeShiftCount);
  }
}

TEST(IntegerTest, LeftShiftPastTheCapIsTooManyBits) {
  // 1 << 10 has 11 bits.
  EXPECT_TRUE(left_shift(Integer(1), Integer(10), 11).ok());
  EXPECT_EQ(left_shift(Integer(1), Integer(10), 10).error, ArithmeticError::TooManyBits);
  EXPECT_EQ(left_shift(Integer(-1), Integer(1024), 1024).error, ArithmeticError::TooManyBits);
  EXPECT_EQ(left_shift(Integer(5), Integer(kMax), 1024).error, ArithmeticError::TooManyBits);
  // Counts beyond int64 are refused without being materialised (Python raises MemoryError).
  EXPECT_EQ(left_shift(Integer(1), parse("100000000000000000000000000"), 1024).error, ArithmeticError::TooManyBits);
}

TEST(IntegerTest, ZeroShiftedByAnyCountIsZero) {
  for (const Integer& count : {Integer(64), Integer(kMax), parse("100000000000000000000000000")}) {
    const ArithmeticResult shifted = left_shift(Integer(0), count, 8);
    ASSERT_TRUE(shifted.ok());
    EXPECT_TRUE(shifted.value.is_zero());
  }
}

TEST(IntegerTest, ShiftsByAtLeast64LeaveTheSign) {
  EXPECT_EQ(right_shift(Integer(kMax), Integer(64)).value, Integer(0));
  EXPECT_EQ(right_shift(Integer(kMin), Integer(64)).value, Integer(-1));
  EXPECT_EQ(right_shift(Integer(-1), Integer(kMax)).value, Integer(-1));
  EXPECT_EQ(left_shift(Integer(1), Integer(64), 1024).value.to_string(), "18446744073709551616");
  EXPECT_EQ(left_shift(Integer(-1), Integer(64), 1024).value.to_string(), "-18446744073709551616");
}

// ---- parsing, printing and ordering.

TEST(IntegerTest, FromStringReadsDecimalWithOptionalMinus) {
  EXPECT_EQ(parse("0"), Integer(0));
  EXPECT_EQ(parse("-0"), Integer(0));
  EXPECT_EQ(parse("-42"), Integer(-42));
  EXPECT_EQ(parse("007"), Integer(7));
  EXPECT_EQ(parse("-9223372036854775808"), Integer(kMin));
  EXPECT_TRUE(parse("-9223372036854775808").fits_int64());
  EXPECT_FALSE(parse("9223372036854775808").fits_int64());
  // Leading zeros on a big value are decimal, not octal.
  EXPECT_EQ(parse("-00000000000000000000000018446744073709551616").to_string(), "-18446744073709551616");
}

TEST(IntegerTest, FromStringRejectsAnythingElse) {
  for (const char* bad : {"", "-", "+1", " 1", "1 ", "--1", "1e3", "0x10", "1_000", "12a"})
    EXPECT_FALSE(Integer::from_string(bad).has_value()) << '"' << bad << '"';
}

TEST(IntegerTest, ToStringRoundTripsThroughFromString) {
  for (const char* text : {"0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                           "-9223372036854775809", "340282366920938463463374607431768211456"})
    EXPECT_EQ(parse(text).to_string(), text);
}

TEST(IntegerTest, OrderingSpansSmallAndBigValues) {
  const std::vector<Integer> ascending = {parse("-100000000000000000000"), Integer(kMin), Integer(-1), Integer(0),
                                          Integer(kMax), parse("9223372036854775808"),
                                          parse("100000000000000000000")};
  for (std::size_t i = 0; i < ascending.size(); ++i) {
    for (std::size_t j = 0; j < ascending.size(); ++j) {
      EXPECT_EQ(ascending[i] < ascending[j], i < j) << i << " " << j;
      EXPECT_EQ(ascending[i] == ascending[j], i == j) << i << " " << j;
    }
  }
}

TEST(IntegerTest, BigResultsThatFitAreStoredSmall) {
  const Integer back = subtract(parse("18446744073709551616"), parse("18446744073709551615"));
  EXPECT_TRUE(back.fits_int64());
  EXPECT_EQ(back, Integer(1));
  EXPECT_TRUE(parse("18446744073709551616").bit_length() == 65);
}

// ---- properties: the int64 fast paths agree with the unbounded path.

rc::Gen<std::int64_t> interesting_int64() {
  const std::vector<std::int64_t> boundaries = {kMin, kMin + 1, -(std::int64_t{1} << 32), -1, 0, 1,
                                                std::int64_t{1} << 31, std::int64_t{1} << 32, kMax - 1, kMax};
  return rc::gen::oneOf(rc::gen::arbitrary<std::int64_t>(), rc::gen::inRange<std::int64_t>(-300, 300),
                        rc::gen::elementOf(boundaries));
}

// Inside a property: a value of up to ~250 bits, of either sign, built from int64 pieces.
Integer draw_big_integer() {
  const int pieces = *rc::gen::inRange(1, 5);
  Integer value(0);
  for (int i = 0; i < pieces; ++i)
    value = add(left_shift(value, Integer(64), 4096).value, Integer(*interesting_int64()));
  return value;
}

void expect_same(const ArithmeticResult& fast, const ArithmeticResult& big) {
  RC_ASSERT(fast.error == big.error);
  if (fast.ok()) RC_ASSERT(fast.value == big.value);
}

RC_GTEST_PROP(IntegerProperty, FastPathsMatchTheBigPath, ()) {
  const Integer x(*interesting_int64());
  const Integer y(*interesting_int64());
  RC_ASSERT(add(x, y) == detail::add_big(x, y));
  RC_ASSERT(subtract(x, y) == detail::subtract_big(x, y));
  RC_ASSERT(multiply(x, y) == detail::multiply_big(x, y));
  RC_ASSERT(bit_and(x, y) == detail::bit_and_big(x, y));
  RC_ASSERT(bit_or(x, y) == detail::bit_or_big(x, y));
  RC_ASSERT(bit_xor(x, y) == detail::bit_xor_big(x, y));
  RC_ASSERT(negate(x) == detail::negate_big(x));
  RC_ASSERT(invert(x) == detail::invert_big(x));
  RC_ASSERT((x <=> y) == detail::compare_big(x, y));
  expect_same(floor_divide(x, y), detail::floor_divide_big(x, y));
  expect_same(modulo(x, y), detail::modulo_big(x, y));
}

RC_GTEST_PROP(IntegerProperty, FastShiftsMatchTheBigPath, ()) {
  const Integer x(*interesting_int64());
  const Integer count(*rc::gen::inRange<std::int64_t>(-3, 140));
  const std::int64_t max_bits = *rc::gen::inRange<std::int64_t>(0, 200);
  expect_same(left_shift(x, count, max_bits), detail::left_shift_big(x, count, max_bits));
  expect_same(right_shift(x, count), detail::right_shift_big(x, count));
}

// ---- properties of big values, stated the way Python defines the operations.

RC_GTEST_PROP(IntegerProperty, FloorDivisionAndModuloSatisfyPythonsIdentity, ()) {
  const Integer x = draw_big_integer();
  const Integer y = draw_big_integer();
  RC_PRE(!y.is_zero());
  const Integer quotient = floor_divide(x, y).value;
  const Integer remainder = modulo(x, y).value;
  RC_ASSERT(add(multiply(quotient, y), remainder) == x);
  RC_ASSERT(remainder.is_zero() || remainder.is_negative() == y.is_negative());
  RC_ASSERT(absolute(remainder) < absolute(y));
}

RC_GTEST_PROP(IntegerProperty, BitOperationsFollowTwosComplementLaws, ()) {
  const Integer x = draw_big_integer();
  const Integer y = draw_big_integer();
  RC_ASSERT(invert(bit_and(x, y)) == bit_or(invert(x), invert(y)));
  RC_ASSERT(bit_xor(x, y) == subtract(bit_or(x, y), bit_and(x, y)));
  RC_ASSERT(add(bit_and(x, y), bit_or(x, y)) == add(x, y));
  RC_ASSERT(invert(x) == subtract(negate(x), Integer(1)));
}

RC_GTEST_PROP(IntegerProperty, ShiftsAreMultiplicationAndFloorDivisionByPowersOfTwo, ()) {
  const Integer x = draw_big_integer();
  const std::int64_t count = *rc::gen::inRange<std::int64_t>(0, 300);
  const Integer power = left_shift(Integer(1), Integer(count), 4096).value;
  RC_ASSERT(left_shift(x, Integer(count), 4096).value == multiply(x, power));
  RC_ASSERT(right_shift(x, Integer(count)).value == floor_divide(x, power).value);
}

RC_GTEST_PROP(IntegerProperty, BitLengthBoundsTheMagnitude, ()) {
  const Integer x = draw_big_integer();
  const std::int64_t bits = x.bit_length();
  RC_ASSERT(absolute(x) < left_shift(Integer(1), Integer(bits), 4096).value);
  if (bits > 0) RC_ASSERT(left_shift(Integer(1), Integer(bits - 1), 4096).value <= absolute(x));
}

RC_GTEST_PROP(IntegerProperty, DecimalRoundTrips, ()) {
  const Integer x = draw_big_integer();
  RC_ASSERT(Integer::from_string(x.to_string()) == std::optional<Integer>(x));
}

}  // namespace
}  // namespace pyprior::prior
