#include "prior/integer.hpp"

#include <atomic>
#include <charconv>
#include <limits>

// GCC 12 reports false maybe-uninitialized warnings inside cpp_int's limb
// storage (under -fsanitize and at some -O levels); they name Boost's lines.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/multiprecision/cpp_int.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace pyprior::prior {

using boost::multiprecision::cpp_int;

namespace detail {

struct BigInt {
  cpp_int value;
  mutable std::atomic<std::int64_t> references{1};
};

void retain(const BigInt* big) noexcept { big->references.fetch_add(1, std::memory_order_relaxed); }

void release(const BigInt* big) noexcept {
  if (big->references.fetch_sub(1, std::memory_order_acq_rel) == 1) delete big;
}

struct IntegerAccess {
  // Keeps the invariant: values that fit in an int64 are stored inline.
  static Integer from_big(cpp_int value) {
    static const cpp_int kMin = std::numeric_limits<std::int64_t>::min();
    static const cpp_int kMax = std::numeric_limits<std::int64_t>::max();
    if (value >= kMin && value <= kMax) return Integer(static_cast<std::int64_t>(value));
    Integer result;
    result.big_ = new BigInt{std::move(value)};
    return result;
  }

  static const cpp_int& big(const Integer& x) { return x.big_->value; }
};

namespace {

// x as a cpp_int: borrows the stored value, or holds a small one.
class BigOperand {
 public:
  explicit BigOperand(const Integer& x)
      : small_(x.fits_int64() ? std::optional<cpp_int>(x.to_int64()) : std::nullopt),
        value_(small_ ? &*small_ : &IntegerAccess::big(x)) {}
  BigOperand(const BigOperand&) = delete;
  BigOperand& operator=(const BigOperand&) = delete;
  const cpp_int& operator*() const { return *value_; }
  const cpp_int* operator->() const { return value_; }

 private:
  std::optional<cpp_int> small_;
  const cpp_int* value_;
};

Integer from_big(cpp_int value) { return IntegerAccess::from_big(std::move(value)); }

// Python's floor division and modulo from cpp_int's truncating divide_qr:
// step the quotient down when the remainder's sign differs from the divisor's.
std::pair<cpp_int, cpp_int> floor_divmod(const cpp_int& x, const cpp_int& y) {
  cpp_int quotient;
  cpp_int remainder;
  boost::multiprecision::divide_qr(x, y, quotient, remainder);
  if (remainder != 0 && (remainder.sign() < 0) != (y.sign() < 0)) {
    quotient -= 1;
    remainder += y;
  }
  return {std::move(quotient), std::move(remainder)};
}

// Shift counts that do not fit in an int64 are far beyond any bit cap.
std::optional<std::int64_t> small_count(const Integer& count) {
  if (!count.fits_int64()) return std::nullopt;
  return count.to_int64();
}

}  // namespace

Integer add_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) + *BigOperand(y)); }
Integer subtract_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) - *BigOperand(y)); }
Integer multiply_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) * *BigOperand(y)); }
Integer negate_big(const Integer& x) { return from_big(-*BigOperand(x)); }
// cpp_int's &, |, ^ treat negative values as infinite two's complement, as Python does.
Integer bit_and_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) & *BigOperand(y)); }
Integer bit_or_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) | *BigOperand(y)); }
Integer bit_xor_big(const Integer& x, const Integer& y) { return from_big(*BigOperand(x) ^ *BigOperand(y)); }
// ~x == -x - 1 in two's complement.
Integer invert_big(const Integer& x) { return from_big(-*BigOperand(x) - 1); }

ArithmeticResult floor_divide_big(const Integer& x, const Integer& y) {
  if (y.is_zero()) return {Integer(), ArithmeticError::ZeroDivision};
  return {from_big(floor_divmod(*BigOperand(x), *BigOperand(y)).first)};
}

ArithmeticResult modulo_big(const Integer& x, const Integer& y) {
  if (y.is_zero()) return {Integer(), ArithmeticError::ZeroDivision};
  return {from_big(floor_divmod(*BigOperand(x), *BigOperand(y)).second)};
}

ArithmeticResult left_shift_big(const Integer& x, const Integer& count, std::int64_t max_bits) {
  if (count.is_negative()) return {Integer(), ArithmeticError::NegativeShiftCount};
  if (x.is_zero()) return {Integer(0)};
  // The result has exactly bit_length(x) + count bits; decide before shifting.
  const std::optional<std::int64_t> shift = small_count(count);
  if (!shift || *shift > max_bits - x.bit_length()) return {Integer(), ArithmeticError::TooManyBits};
  return {from_big(*BigOperand(x) << static_cast<unsigned>(*shift))};
}

ArithmeticResult right_shift_big(const Integer& x, const Integer& count) {
  if (count.is_negative()) return {Integer(), ArithmeticError::NegativeShiftCount};
  // Every bit shifted out: what is left is the sign.
  const std::optional<std::int64_t> shift = small_count(count);
  if (!shift || *shift >= x.bit_length()) return {Integer(x.is_negative() ? -1 : 0)};
  const auto bits = static_cast<unsigned>(*shift);
  const BigOperand value(x);
  // Floor semantics for negatives through ~x: x >> n == ~(~x >> n).
  if (value->sign() < 0) return {from_big(-((-*value - 1) >> bits) - 1)};
  return {from_big(*value >> bits)};
}

std::strong_ordering compare_big(const Integer& x, const Integer& y) noexcept {
  if (x.fits_int64() && y.fits_int64()) return x.to_int64() <=> y.to_int64();
  // A big value lies outside the int64 range, so its sign orders it against a small one.
  if (x.fits_int64()) return is_negative_big(y) ? std::strong_ordering::greater : std::strong_ordering::less;
  if (y.fits_int64()) return is_negative_big(x) ? std::strong_ordering::less : std::strong_ordering::greater;
  const int order = IntegerAccess::big(x).compare(IntegerAccess::big(y));
  return order <=> 0;
}

bool equal_big(const Integer& x, const Integer& y) noexcept {
  if (x.fits_int64() && y.fits_int64()) return x.to_int64() == y.to_int64();
  // A small and a big value are never equal (the representation invariant).
  if (x.fits_int64() != y.fits_int64()) return false;
  return IntegerAccess::big(x) == IntegerAccess::big(y);
}

std::int64_t bit_length_big(const Integer& x) noexcept {
  if (x.fits_int64()) return x.bit_length();
  return static_cast<std::int64_t>(boost::multiprecision::msb(abs(IntegerAccess::big(x)))) + 1;
}

bool is_negative_big(const Integer& x) noexcept {
  return x.fits_int64() ? x.to_int64() < 0 : IntegerAccess::big(x).sign() < 0;
}

}  // namespace detail

std::optional<Integer> Integer::from_string(std::string_view decimal) {
  const std::string_view digits = decimal.starts_with('-') ? decimal.substr(1) : decimal;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (error == std::errc()) return Integer(value);
  // cpp_int would read a leading 0 as octal.
  const std::string_view significant = digits.substr(std::min(digits.find_first_not_of('0'), digits.size() - 1));
  cpp_int magnitude{std::string(significant)};
  return detail::IntegerAccess::from_big(decimal.starts_with('-') ? cpp_int(-magnitude) : magnitude);
}

std::string Integer::to_string() const {
  if (!fits_int64()) return big_->value.str();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, small_).ptr;
  return std::string(buffer, end);
}

}  // namespace pyprior::prior
