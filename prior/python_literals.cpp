#include "prior/python_literals.hpp"

#include <algorithm>
#include <vector>

namespace pyprior::prior {

namespace {

struct StringParts {
  bool raw = false;
  bool bytes = false;
  bool formatted = false;
  std::string_view body;  // between the quotes
};

StringParts split_string_literal(std::string_view token) {
  StringParts parts;
  std::size_t quote = 0;
  for (; token[quote] != '\'' && token[quote] != '"'; ++quote) {
    const char c = static_cast<char>(token[quote] | 0x20);
    parts.raw |= c == 'r';
    parts.bytes |= c == 'b';
    parts.formatted |= c == 'f';
  }
  const bool triple = token.size() >= quote + 6 && token[quote + 1] == token[quote] && token[quote + 2] == token[quote];
  const std::size_t quote_length = triple ? 3 : 1;
  parts.body = token.substr(quote + quote_length, token.size() - quote - 2 * quote_length);
  return parts;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

bool hex_digits_follow(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return false;
  return std::all_of(text.begin() + at, text.begin() + at + count, is_hex);
}

std::string unicode_error(std::string_view what) {
  return "(unicode error) 'unicodeescape' codec can't decode bytes: " + std::string(what);
}

// \N{name}: braces around a non-empty name.
bool named_escape_is_well_formed(std::string_view text, std::size_t after_n) {
  if (after_n >= text.size() || text[after_n] != '{') return false;
  const std::size_t close = text.find('}', after_n + 1);
  return close != std::string_view::npos && close > after_n + 1;
}

std::optional<std::string> check_str_escape(std::string_view text, std::size_t i) {
  switch (text[i + 1]) {
    case 'x':
      if (!hex_digits_follow(text, i + 2, 2)) return unicode_error("truncated \\xXX escape");
      break;
    case 'u':
      if (!hex_digits_follow(text, i + 2, 4)) return unicode_error("truncated \\uXXXX escape");
      break;
    case 'U':
      if (!hex_digits_follow(text, i + 2, 8)) return unicode_error("truncated \\UXXXXXXXX escape");
      if (std::stoul(std::string(text.substr(i + 2, 8)), nullptr, 16) > 0x10FFFF)
        return unicode_error("illegal Unicode character");
      break;
    case 'N':
      if (!named_escape_is_well_formed(text, i + 2)) return unicode_error("malformed \\N character escape");
      break;
    default:
      break;
  }
  return std::nullopt;
}

// Escapes of a non-raw literal (or one literal part of an f-string).
std::optional<std::string> check_escapes(std::string_view text, bool bytes) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') continue;
    if (bytes) {
      if (text[i + 1] == 'x' && !hex_digits_follow(text, i + 2, 2))
        return "(value error) invalid \\x escape at position " + std::to_string(i);
    } else if (auto error = check_str_escape(text, i)) {
      return error;
    }
    ++i;  // the escaped character cannot start another escape
  }
  return std::nullopt;
}

struct FStringError {
  std::string message;
};

// Walks an f-string body the way CPython 3.11's fstring_find_literal /
// fstring_find_expr do, checking each literal part and expression.
class FStringChecker {
 public:
  FStringChecker(std::string_view body, bool raw, const ExpressionCheck& check_expression)
      : body_(body), raw_(raw), check_expression_(check_expression) {}

  void check() { scan_text(0); }

 private:
  [[noreturn]] static void fail(std::string message) { throw FStringError{std::move(message)}; }

  bool at_end() const { return pos_ >= body_.size(); }

  // Literal text and replacement fields, up to the end of the body or, inside
  // a format spec (depth > 0), up to the '}' that closes the field.
  void scan_text(int depth) {
    std::size_t segment = pos_;
    while (!at_end()) {
      char c = body_[pos_++];
      if (!raw_ && c == '\\' && !at_end()) {
        c = body_[pos_++];
        if (c == 'N') {
          // The braces of \N{...} do not start a replacement field.
          if (!at_end() && body_[pos_] == '{') {
            const std::size_t close = body_.find('}', pos_);
            pos_ = close == std::string_view::npos ? body_.size() : close + 1;
          }
          continue;
        }
      }
      if (c != '{' && c != '}') continue;
      if (depth == 0 && !at_end() && body_[pos_] == c) {  // {{ or }}
        ++pos_;
        continue;
      }
      if (depth == 0 && c == '}') fail("f-string: single '}' is not allowed");
      --pos_;
      check_literal(segment);
      if (c == '}') return;
      scan_field(depth);
      segment = pos_;
    }
    check_literal(segment);
  }

  void check_literal(std::size_t begin) {
    if (raw_) return;
    if (auto error = check_escapes(body_.substr(begin, pos_ - begin), false)) fail(*error);
  }

  // pos_ is at the '{' that opens the field.
  void scan_field(int depth) {
    if (depth >= 2) fail("f-string: expressions nested too deeply");
    const std::size_t begin = ++pos_;
    scan_expression_text();
    if (at_end()) fail("f-string: expecting '}'");
    check_expression(body_.substr(begin, pos_ - begin));
    if (body_[pos_] == '=') {  // the debugging specifier, f"{x=}"
      ++pos_;
      while (!at_end() && is_space(body_[pos_])) ++pos_;
    }
    if (!at_end() && body_[pos_] == '!') scan_conversion();
    if (at_end()) fail("f-string: expecting '}'");
    if (body_[pos_] == ':') {
      ++pos_;
      scan_text(depth + 1);
    }
    if (at_end() || body_[pos_] != '}') fail("f-string: expecting '}'");
    ++pos_;
  }

  void scan_conversion() {
    ++pos_;
    if (at_end()) fail("f-string: expecting '}'");
    const char conversion = body_[pos_++];
    if (conversion != 's' && conversion != 'r' && conversion != 'a')
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }

  void check_expression(std::string_view expression) {
    if (std::all_of(expression.begin(), expression.end(), is_space)) fail("f-string: empty expression not allowed");
    if (auto error = check_expression_(expression)) fail(*error);
  }

  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

  // Advances to the character that ends the expression: '!', ':', '=' or '}'
  // outside brackets and strings (but not the '!=' '==' '<=' '>=' operators).
  void scan_expression_text() {
    std::vector<char> brackets;
    char quote = 0;
    bool triple = false;
    for (; !at_end(); ++pos_) {
      const char c = body_[pos_];
      if (c == '\\') fail("f-string expression part cannot include a backslash");
      if (quote != 0) {
        if (c == quote && (!triple || looking_at_triple(c))) {
          if (triple) pos_ += 2;
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        triple = looking_at_triple(c);
        if (triple) pos_ += 2;
      } else if (c == '(' || c == '[' || c == '{') {
        if (brackets.size() >= 200) fail("f-string: too many nested parenthesis");
        brackets.push_back(c);
      } else if (c == '#') {
        fail("f-string expression part cannot include '#'");
      } else if (brackets.empty() && ends_expression(c)) {
        break;
      } else if (c == ')' || c == ']' || c == '}') {
        close_bracket(brackets, c);
      }
    }
    if (quote != 0) fail("f-string: unterminated string");
    if (!brackets.empty()) fail(std::string("f-string: unmatched '") + brackets.back() + "'");
  }

  bool looking_at_triple(char quote) const {
    return pos_ + 2 < body_.size() && body_[pos_ + 1] == quote && body_[pos_ + 2] == quote;
  }

  // At bracket depth 0: does c end the expression? Two-character comparison
  // operators and lone '<' '>' do not; pos_ skips the second character.
  bool ends_expression(char c) {
    if (c != '!' && c != ':' && c != '}' && c != '=' && c != '<' && c != '>') return false;
    if (pos_ + 1 < body_.size() && body_[pos_ + 1] == '=' && c != ':' && c != '}') {
      ++pos_;
      return false;
    }
    return c != '<' && c != '>';
  }

  static void close_bracket(std::vector<char>& brackets, char c) {
    if (brackets.empty()) fail(std::string("f-string: unmatched '") + c + "'");
    const char open = brackets.back();
    brackets.pop_back();
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
      fail(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" + open + "'");
  }

  std::string_view body_;
  bool raw_;
  const ExpressionCheck& check_expression_;
  std::size_t pos_ = 0;
};

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

}  // namespace

StringLiteralKind string_literal_kind(std::string_view token) {
  const StringParts parts = split_string_literal(token);
  if (parts.bytes) return StringLiteralKind::Bytes;
  return parts.formatted ? StringLiteralKind::FormattedStr : StringLiteralKind::Str;
}

std::optional<LiteralError> check_string_literal(std::string_view token, const ExpressionCheck& check_expression) {
  const StringParts parts = split_string_literal(token);
  if (parts.bytes &&
      std::any_of(parts.body.begin(), parts.body.end(), [](char c) { return static_cast<unsigned char>(c) >= 128; }))
    return LiteralError{"bytes can only contain ASCII literal characters", true};
  std::optional<std::string> error;
  if (parts.formatted) {
    try {
      FStringChecker(parts.body, parts.raw, check_expression).check();
    } catch (const FStringError& failure) {
      error = failure.message;
    }
  } else if (!parts.raw) {
    error = check_escapes(parts.body, parts.bytes);
  }
  if (!error) return std::nullopt;
  return LiteralError{std::move(*error), false};
}

std::string_view number_literal_type(std::string_view token) {
  if (token.size() > 1 && token[0] == '0' && std::string_view("xXoObB").find(token[1]) != std::string_view::npos)
    return "int";
  if ((token.back() | 0x20) == 'j') return "complex";
  return token.find_first_of(".eE") == std::string_view::npos ? "int" : "float";
}

std::optional<Integer> int_literal_value(std::string_view token, int max_bits) {
  int base = 10;
  if (token.size() > 1 && token[0] == '0') {
    switch (token[1] | 0x20) {
      case 'x':
        base = 16;
        break;
      case 'o':
        base = 8;
        break;
      case 'b':
        base = 2;
        break;
      default:
        break;
    }
    if (base != 10) token.remove_prefix(2);
  }
  Integer value;
  for (char c : token) {
    if (c == '_') continue;
    value = add(multiply(value, Integer(base)), Integer(digit_value(c)));
    // The value only grows from here, so stop before digits can pile up.
    if (value.bit_length() > max_bits) return std::nullopt;
  }
  return value;
}

}  // namespace pyprior::prior
