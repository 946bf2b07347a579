#pragma once
// Python literals as the parser sees them: the checks CPython 3.11 makes
// while parsing string literals (escapes, ASCII-only bytes, the replacement
// fields of f-strings) and the type and value of number literals.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "prior/integer.hpp"

namespace pyprior::prior {

enum class StringLiteralKind : std::uint8_t { Str, Bytes, FormattedStr };

// `token` is one string token from the lexer, prefix and quotes included.
StringLiteralKind string_literal_kind(std::string_view token);

// Checks an f-string replacement field's expression text; returns CPython's
// error message when it is not a valid expression.
using ExpressionCheck = std::function<std::optional<std::string>(std::string_view expression)>;

struct LiteralError {
  std::string message;    // CPython's wording
  bool at_start = false;  // CPython points at the literal's start (non-ASCII bytes), else at its end
};

// Nullopt when the literal is well formed. Names in \N{...} escapes are not
// looked up.
std::optional<LiteralError> check_string_literal(std::string_view token, const ExpressionCheck& check_expression);

// "int", "float" or "complex" for a number token from the lexer.
std::string_view number_literal_type(std::string_view token);

// The value of an int literal in any base, with underscores; nullopt when it
// has more than `max_bits` significant bits.
std::optional<Integer> int_literal_value(std::string_view token, int max_bits);

}  // namespace pyprior::prior
