#pragma once
// Integer: a Python int. A value type with a machine-word fast path: while the
// value fits in 64 bits it is held inline and copying it touches no heap;
// larger values live in an immutable, shared Boost.Multiprecision cpp_int.
//
// Invariant: the big representation is used iff the value does not fit in an
// int64, so equal values always have the same representation. Big values are
// reference counted (atomically: an Integer may be shared across threads) by
// hand rather than through std::shared_ptr, which keeps an Integer at 16
// bytes and makes copying a small one two loads and a test.
//
// The operations follow Python exactly: // and % round toward negative
// infinity (the remainder takes the divisor's sign), bit operations act on
// the infinite two's-complement form of negative numbers, >> of a negative
// number rounds toward negative infinity. Where Python raises (division by
// zero, a negative shift count) or a result would exceed the caller's size
// cap, the operation returns an ArithmeticError instead of a value.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyprior::prior {

namespace detail {
struct BigInt;  // a reference-counted cpp_int, defined in integer.cpp
struct IntegerAccess;
void retain(const BigInt* big) noexcept;
void release(const BigInt* big) noexcept;
}  // namespace detail

class Integer {
 public:
  constexpr Integer() noexcept = default;
  constexpr explicit Integer(std::int64_t value) noexcept : small_(value) {}
  Integer(const Integer& other) noexcept : small_(other.small_), big_(other.big_) {
    if (big_ != nullptr) detail::retain(big_);
  }
  Integer(Integer&& other) noexcept : small_(other.small_), big_(other.big_) { other.big_ = nullptr; }
  Integer& operator=(const Integer& other) noexcept {
    if (other.big_ != nullptr) detail::retain(other.big_);
    if (big_ != nullptr) detail::release(big_);
    small_ = other.small_;
    big_ = other.big_;
    return *this;
  }
  Integer& operator=(Integer&& other) noexcept {
    if (this == &other) return *this;
    if (big_ != nullptr) detail::release(big_);
    small_ = other.small_;
    big_ = other.big_;
    other.big_ = nullptr;
    return *this;
  }
  ~Integer() {
    if (big_ != nullptr) detail::release(big_);
  }

  // Decimal digits with an optional leading '-'; nullopt for anything else.
  static std::optional<Integer> from_string(std::string_view decimal);

  // Python's repr(): decimal, '-' for negatives.
  std::string to_string() const;

  bool fits_int64() const noexcept { return big_ == nullptr; }
  // Precondition: fits_int64().
  std::int64_t to_int64() const noexcept { return small_; }

  // Python's int.bit_length(): bits of |x|, 0 for 0.
  std::int64_t bit_length() const noexcept;
  bool is_zero() const noexcept { return fits_int64() && small_ == 0; }
  bool is_negative() const noexcept;

  friend bool operator==(const Integer& x, const Integer& y) noexcept;
  friend std::strong_ordering operator<=>(const Integer& x, const Integer& y) noexcept;

 private:
  friend struct detail::IntegerAccess;
  std::int64_t small_ = 0;                 // the value, when big_ is null
  const detail::BigInt* big_ = nullptr;  // the value, when it needs more than 64 bits
};

// Why an operation produced no value.
enum class ArithmeticError : std::uint8_t {
  None,
  ZeroDivision,        // Python: ZeroDivisionError
  NegativeShiftCount,  // Python: ValueError
  TooManyBits,         // the result would exceed the caller's bit cap
};

// The result of an operation Python can refuse.
struct ArithmeticResult {
  Integer value;  // meaningful only when ok()
  ArithmeticError error = ArithmeticError::None;
  bool ok() const noexcept { return error == ArithmeticError::None; }
};

// Total operations.
Integer add(const Integer& x, const Integer& y);
Integer subtract(const Integer& x, const Integer& y);
Integer multiply(const Integer& x, const Integer& y);
Integer negate(const Integer& x);
Integer absolute(const Integer& x);
Integer bit_and(const Integer& x, const Integer& y);
Integer bit_or(const Integer& x, const Integer& y);
Integer bit_xor(const Integer& x, const Integer& y);
Integer invert(const Integer& x);

// ZeroDivision when y is zero.
ArithmeticResult floor_divide(const Integer& x, const Integer& y);
ArithmeticResult modulo(const Integer& x, const Integer& y);
// NegativeShiftCount when count < 0. left_shift reports TooManyBits, without
// computing anything large, when the result would have more than max_bits
// bits; 0 << n is 0 for every n >= 0, as in Python.
ArithmeticResult left_shift(const Integer& x, const Integer& count, std::int64_t max_bits);
ArithmeticResult right_shift(const Integer& x, const Integer& count);

// The unbounded paths behind the inline fast paths below. They accept any
// values (small ones too), so tests can check the fast paths against them.
namespace detail {
Integer add_big(const Integer& x, const Integer& y);
Integer subtract_big(const Integer& x, const Integer& y);
Integer multiply_big(const Integer& x, const Integer& y);
Integer negate_big(const Integer& x);
Integer bit_and_big(const Integer& x, const Integer& y);
Integer bit_or_big(const Integer& x, const Integer& y);
Integer bit_xor_big(const Integer& x, const Integer& y);
Integer invert_big(const Integer& x);
ArithmeticResult floor_divide_big(const Integer& x, const Integer& y);
ArithmeticResult modulo_big(const Integer& x, const Integer& y);
ArithmeticResult left_shift_big(const Integer& x, const Integer& count, std::int64_t max_bits);
ArithmeticResult right_shift_big(const Integer& x, const Integer& count);
std::strong_ordering compare_big(const Integer& x, const Integer& y) noexcept;
bool equal_big(const Integer& x, const Integer& y) noexcept;
std::int64_t bit_length_big(const Integer& x) noexcept;
bool is_negative_big(const Integer& x) noexcept;
}  // namespace detail

// ---- int64 kernels: Python's result for machine-word operands, when it is
// a machine word too. Each returns false when it is not, or when Python would
// raise (zero divisor, negative shift count): the general operation decides
// those. Interpreters use these directly on unboxed values.

inline bool add_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  return !__builtin_add_overflow(x, y, &result);
}
inline bool subtract_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  return !__builtin_sub_overflow(x, y, &result);
}
inline bool multiply_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  return !__builtin_mul_overflow(x, y, &result);
}

// C++ division truncates; Python floors. They differ exactly when the
// remainder is non-zero and its sign differs from the divisor's.
inline bool floor_divide_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  if (y == 0 || (x == INT64_MIN && y == -1)) return false;
  result = x / y;
  if (x % y != 0 && ((x % y) ^ y) < 0) --result;
  return true;
}
inline bool modulo_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  if (y == 0) return false;
  result = y == -1 ? 0 : x % y;  // INT64_MIN % -1 would trap
  if (result != 0 && (result ^ y) < 0) result += y;
  return true;
}

// On 64-bit two's complement the bit operations agree with Python's infinite form.
inline bool bit_and_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  result = x & y;
  return true;
}
inline bool bit_or_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  result = x | y;
  return true;
}
inline bool bit_xor_int64(std::int64_t x, std::int64_t y, std::int64_t& result) noexcept {
  result = x ^ y;
  return true;
}

inline std::int64_t bit_length_int64(std::int64_t x) noexcept {
  // |INT64_MIN| is 2**63, which the unsigned negation represents exactly.
  const auto magnitude = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
  return magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude);
}

// bit_length(x) + count <= 62 keeps the result, of either sign, in an int64.
inline bool left_shift_int64(std::int64_t x, std::int64_t count, std::int64_t& result) noexcept {
  if (count < 0 || count > 62 - bit_length_int64(x)) return false;
  result = static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << count);
  return true;
}
// C++20 defines >> of a negative value as arithmetic: it floors, like Python.
inline bool right_shift_int64(std::int64_t x, std::int64_t count, std::int64_t& result) noexcept {
  if (count < 0) return false;
  result = x >> (count > 63 ? 63 : count);
  return true;
}

inline bool negate_int64(std::int64_t x, std::int64_t& result) noexcept {
  if (x == INT64_MIN) return false;
  result = -x;
  return true;
}
inline bool absolute_int64(std::int64_t x, std::int64_t& result) noexcept {
  if (x == INT64_MIN) return false;
  result = x < 0 ? -x : x;
  return true;
}
inline bool invert_int64(std::int64_t x, std::int64_t& result) noexcept {
  result = ~x;
  return true;
}

// ---- inline fast paths: the kernels when both operands fit in 64 bits.

inline bool both_small(const Integer& x, const Integer& y) noexcept { return x.fits_int64() && y.fits_int64(); }

inline std::int64_t Integer::bit_length() const noexcept {
  return fits_int64() ? bit_length_int64(small_) : detail::bit_length_big(*this);
}

inline bool Integer::is_negative() const noexcept { return fits_int64() ? small_ < 0 : detail::is_negative_big(*this); }

inline bool operator==(const Integer& x, const Integer& y) noexcept {
  if (both_small(x, y)) return x.small_ == y.small_;
  return detail::equal_big(x, y);
}

inline std::strong_ordering operator<=>(const Integer& x, const Integer& y) noexcept {
  if (both_small(x, y)) return x.small_ <=> y.small_;
  return detail::compare_big(x, y);
}

inline Integer add(const Integer& x, const Integer& y) {
  std::int64_t result;
  if (both_small(x, y) && add_int64(x.to_int64(), y.to_int64(), result)) return Integer(result);
  return detail::add_big(x, y);
}

inline Integer subtract(const Integer& x, const Integer& y) {
  std::int64_t result;
  if (both_small(x, y) && subtract_int64(x.to_int64(), y.to_int64(), result)) return Integer(result);
  return detail::subtract_big(x, y);
}

inline Integer multiply(const Integer& x, const Integer& y) {
  std::int64_t result;
  if (both_small(x, y) && multiply_int64(x.to_int64(), y.to_int64(), result)) return Integer(result);
  return detail::multiply_big(x, y);
}

inline Integer bit_and(const Integer& x, const Integer& y) {
  if (both_small(x, y)) return Integer(x.to_int64() & y.to_int64());
  return detail::bit_and_big(x, y);
}

inline Integer bit_or(const Integer& x, const Integer& y) {
  if (both_small(x, y)) return Integer(x.to_int64() | y.to_int64());
  return detail::bit_or_big(x, y);
}

inline Integer bit_xor(const Integer& x, const Integer& y) {
  if (both_small(x, y)) return Integer(x.to_int64() ^ y.to_int64());
  return detail::bit_xor_big(x, y);
}

inline Integer negate(const Integer& x) {
  std::int64_t result;
  if (x.fits_int64() && negate_int64(x.to_int64(), result)) return Integer(result);
  return detail::negate_big(x);
}

inline Integer absolute(const Integer& x) { return x.is_negative() ? negate(x) : x; }

inline Integer invert(const Integer& x) {
  if (x.fits_int64()) return Integer(~x.to_int64());
  return detail::invert_big(x);
}

inline ArithmeticResult floor_divide(const Integer& x, const Integer& y) {
  std::int64_t result;
  if (both_small(x, y) && floor_divide_int64(x.to_int64(), y.to_int64(), result)) return {Integer(result)};
  return detail::floor_divide_big(x, y);
}

inline ArithmeticResult modulo(const Integer& x, const Integer& y) {
  std::int64_t result;
  if (both_small(x, y) && modulo_int64(x.to_int64(), y.to_int64(), result)) return {Integer(result)};
  return detail::modulo_big(x, y);
}

inline ArithmeticResult left_shift(const Integer& x, const Integer& count, std::int64_t max_bits) {
  std::int64_t result;
  if (both_small(x, count) && left_shift_int64(x.to_int64(), count.to_int64(), result) &&
      bit_length_int64(result) <= max_bits)
    return {Integer(result)};
  return detail::left_shift_big(x, count, max_bits);
}

inline ArithmeticResult right_shift(const Integer& x, const Integer& count) {
  std::int64_t result;
  if (both_small(x, count) && right_shift_int64(x.to_int64(), count.to_int64(), result)) return {Integer(result)};
  return detail::right_shift_big(x, count);
}

}  // namespace pyprior::prior
