// The tokenizer is a port of the decisions in CPython 3.11's Parser/tokenizer.c,
// including where its errors point: CPython reports most tokenizer errors at
// the character before its cursor, which `fail_before_cursor` reproduces.
#include "prior/python_lexer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "prior/python_source_encoding.hpp"
#include "prior/python_unicode.hpp"

namespace pyprior::prior {

namespace {

constexpr int kEndOfInput = -1;

constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

// Longest match first within each length.
constexpr std::array<std::string_view, 5> kThreeCharOperators = {"**=", "...", "//=", "<<=", ">>="};
constexpr std::array<std::string_view, 19> kTwoCharOperators = {
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};

bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// CPython's is_potential_identifier_char: any byte of a non-ASCII character counts.
bool is_identifier_byte(int c) { return is_ascii_letter(c) || is_digit(c) || c == '_' || c >= 128; }

bool is_string_prefix(std::string_view word) {
  std::string lower;
  for (char c : word) lower.push_back(static_cast<char>(c | 0x20));
  static constexpr std::array<std::string_view, 8> kPrefixes = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), lower) != kPrefixes.end();
}

std::string hex_code_point(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
  return buffer;
}

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}

  LexedPython run() {
    if (reject_null_bytes()) return std::move(out_);
    while (!out_.error && !finished_) step();
    return std::move(out_);
  }

 private:
  struct Bracket {
    char open;
    int line;
    int column;
  };

  // --- cursor --------------------------------------------------------------
  bool at_end() const { return pos_ >= src_.size(); }
  // NUL bytes are rejected up front, so '\0' can stand for "past the end".
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0'; }
  bool at_newline() const { return peek() == '\n' || peek() == '\r'; }
  int column_of(std::size_t offset) const { return static_cast<int>(offset - line_start_); }
  // CPython's tok_nextc / tok_backup, for the number scanner ported from it.
  int next_char() { return at_end() ? kEndOfInput : static_cast<unsigned char>(src_[pos_++]); }
  void back_up(int c) {
    if (c != kEndOfInput) --pos_;
  }

  void consume_newline() {
    if (peek() == '\r' && peek(1) == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  // --- output --------------------------------------------------------------
  void emit(PyTokenKind kind, std::size_t begin, int line, int column) {
    out_.tokens.push_back(PyToken{kind, src_.substr(begin, pos_ - begin), line, column});
  }
  void emit_marker(PyTokenKind kind, int line, int column) { out_.tokens.push_back(PyToken{kind, {}, line, column}); }
  void fail(std::string message, int line, int column,
            LexErrorPrecedence precedence = LexErrorPrecedence::OverParserErrors) {
    out_.error = LexError{std::move(message), line, column, precedence};
    emit_marker(PyTokenKind::Error, line, column);
  }
  void fail_before_cursor(std::string message) { fail(std::move(message), line_, std::max(0, column_of(pos_) - 1)); }

  // --- whole input ---------------------------------------------------------
  // CPython refuses source holding a NUL byte before tokenizing it. Invalid
  // UTF-8 it only meets where it decodes: names and string literals (below),
  // never comments.
  bool reject_null_bytes() {
    const std::size_t nul = src_.find('\0', pos_);
    if (nul == std::string_view::npos) return false;
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < nul; ++i) {
      if (src_[i] == '\n' || (src_[i] == '\r' && src_[i + 1] != '\n')) {
        ++line;
        line_start = i + 1;
      }
    }
    fail("source code cannot contain null bytes", line, static_cast<int>(nul - line_start));
    return true;
  }

  void step() {
    if (at_line_start_) return lex_line_start();
    skip_blanks();
    if (out_.error) return;
    if (at_end()) return finish();
    if (at_newline()) return end_physical_line();
    lex_token();
  }

  // --- lines and indentation ---------------------------------------------
  void lex_line_start() {
    int column = 0;
    int alt_column = 0;  // the same indentation measured with a tab size of 1
    const std::size_t begin = pos_;
    for (;; ++pos_) {
      const char c = peek();
      if (c == ' ') {
        ++column, ++alt_column;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8, ++alt_column;
      } else if (c == '\f') {
        column = alt_column = 0;
      } else {
        break;
      }
    }
    if (at_end() || peek() == '#' || at_newline()) return skip_blank_line();
    at_line_start_ = false;
    apply_indentation(column, alt_column, static_cast<int>(pos_ - begin));
  }

  // Lines holding only blanks and a comment do not count for indentation.
  void skip_blank_line() {
    while (!at_end() && !at_newline()) ++pos_;
    if (at_end()) {
      at_line_start_ = false;
      return;
    }
    consume_newline();
  }

  void apply_indentation(int column, int alt_column, int width) {
    if (column == indents_.back()) {
      if (alt_column != alt_indents_.back()) fail_tab_error();
    } else if (column > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= kMaxIndentLevels) {
        return fail("too many levels of indentation", line_, 0, LexErrorPrecedence::WhenReached);
      }
      if (alt_column <= alt_indents_.back()) return fail_tab_error();
      indents_.push_back(column);
      alt_indents_.push_back(alt_column);
      // CPython points "unexpected indent" at the last indentation character.
      emit_marker(PyTokenKind::Indent, line_, std::max(0, width - 1));
    } else {
      // Check the level we return to before emitting any dedent, so the
      // parser meets the error where it expects the line's first token.
      const auto level = std::find(indents_.begin(), indents_.end(), column);
      if (level == indents_.end()) {
        return fail("unindent does not match any outer indentation level", line_, line_length(),
                    LexErrorPrecedence::WhenReached);
      }
      if (alt_column != alt_indents_[level - indents_.begin()]) return fail_tab_error();
      while (indents_.back() != column) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit_marker(PyTokenKind::Dedent, line_, width);
      }
    }
  }

  void fail_tab_error() {
    fail("inconsistent use of tabs and spaces in indentation", line_, 0, LexErrorPrecedence::WhenReached);
  }

  int line_length() const {
    std::size_t end = line_start_;
    while (end < src_.size() && src_[end] != '\n' && src_[end] != '\r') ++end;
    return static_cast<int>(end - line_start_);
  }

  void end_physical_line() {
    if (brackets_.empty()) {
      emit_marker(PyTokenKind::Newline, line_, column_of(pos_));
      at_line_start_ = true;
    }
    consume_newline();
  }

  // Spaces, comments and backslash continuations between tokens.
  void skip_blanks() {
    for (;;) {
      const char c = peek();
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
      } else if (c == '#') {
        while (!at_end() && !at_newline()) ++pos_;
      } else if (c == '\\') {
        if (!skip_continuation()) return;
      } else {
        return;
      }
    }
  }

  bool skip_continuation() {
    ++pos_;
    const int column = column_of(pos_);
    if (!at_newline() && !at_end()) {
      fail("unexpected character after line continuation character", line_, column, LexErrorPrecedence::WhenReached);
      return false;
    }
    // CPython appends a newline to the source, so a backslash at the very
    // end is a backslash-newline followed by the end of input.
    if (!at_end()) consume_newline();
    if (at_end()) {
      fail("unexpected EOF while parsing", line_ - (pos_ == line_start_ ? 1 : 0), column,
           LexErrorPrecedence::WhenReached);
      return false;
    }
    return true;
  }

  void finish() {
    if (!brackets_.empty()) {
      const Bracket& open = brackets_.back();
      return fail(std::string("'") + open.open + "' was never closed", open.line, open.column,
                  LexErrorPrecedence::UnclosedBracket);
    }
    // The source may end without a newline inside a logical line.
    if (!out_.tokens.empty() && out_.tokens.back().kind != PyTokenKind::Newline &&
        out_.tokens.back().kind != PyTokenKind::Dedent) {
      emit_marker(PyTokenKind::Newline, line_, column_of(pos_));
    }
    for (std::size_t i = 1; i < indents_.size(); ++i) emit_marker(PyTokenKind::Dedent, line_, column_of(pos_));
    emit_marker(PyTokenKind::EndOfInput, line_, column_of(pos_));
    finished_ = true;
  }

  // --- tokens --------------------------------------------------------------
  void lex_token() {
    const char c = peek();
    if (is_identifier_byte(static_cast<unsigned char>(c)) && !is_digit(c)) return lex_name_or_string();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number();
    if (c == '\'' || c == '"') return lex_string(pos_);
    lex_operator();
  }

  void lex_name_or_string() {
    const std::size_t begin = pos_;
    const int column = column_of(begin);
    while (!at_end() && is_identifier_byte(static_cast<unsigned char>(peek()))) {
      if (static_cast<unsigned char>(peek()) < 128) {
        ++pos_;
        continue;
      }
      const DecodedCodePoint decoded = decode_utf8(src_, pos_);
      if (decoded.length == 0) return fail("invalid UTF-8 in source", line_, column_of(pos_));
      const IdentifierClass kind = classify_identifier_code_point(decoded.value);
      const bool allowed = kind == IdentifierClass::Start || (kind == IdentifierClass::Continue && pos_ != begin);
      if (!allowed) return fail_invalid_character(decoded, kind);
      pos_ += decoded.length;
    }
    const std::string_view word = src_.substr(begin, pos_ - begin);
    if ((peek() == '\'' || peek() == '"') && is_string_prefix(word)) return lex_string(begin);
    emit(PyTokenKind::Name, begin, line_, column);
  }

  void fail_invalid_character(const DecodedCodePoint& decoded, IdentifierClass kind) {
    const int column = column_of(pos_);
    if (kind == IdentifierClass::NonPrintable) {
      return fail("invalid non-printable character " + hex_code_point(decoded.value), line_, column);
    }
    fail("invalid character '" + std::string(src_.substr(pos_, decoded.length)) + "' (" +
             hex_code_point(decoded.value) + ")",
         line_, column);
  }

  // `begin` is at the prefix (if any); the opening quote is at pos_.
  void lex_string(std::size_t begin) {
    const int line = line_;
    const int column = column_of(begin);
    const char quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    pos_ += triple ? 3 : 1;
    for (;;) {
      if (at_end() || (!triple && at_newline())) return fail_unterminated_string(triple, line, column);
      const char c = peek();
      if (c == '\\') {
        ++pos_;
        if (at_end()) return fail_unterminated_string(triple, line, column);
        if (at_newline()) {
          consume_newline();
        } else {
          ++pos_;
        }
      } else if (at_newline()) {
        consume_newline();
      } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
        pos_ += triple ? 3 : 1;
        break;
      } else if (static_cast<unsigned char>(c) < 128) {
        ++pos_;
      } else {
        // CPython decodes the literal as it parses it: a parser error before
        // the literal comes first.
        const DecodedCodePoint decoded = decode_utf8(src_, pos_);
        if (decoded.length == 0)
          return fail("invalid UTF-8 in string literal", line_, column_of(pos_), LexErrorPrecedence::WhenReached);
        pos_ += decoded.length;
      }
    }
    out_.tokens.push_back(PyToken{PyTokenKind::String, src_.substr(begin, pos_ - begin), line, column});
  }

  void fail_unterminated_string(bool triple, int line, int column) {
    // At the end of input after a final newline, CPython's line counter is
    // still on the last line.
    const int detected = at_end() && pos_ == line_start_ && line_ > 1 ? line_ - 1 : line_;
    fail(std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") +
             " (detected at line " + std::to_string(detected) + ")",
         line, column);
  }

  // --- numbers (CPython's tok_get number branch) ---------------------------
  void lex_number() {
    const std::size_t begin = pos_;
    const int column = column_of(begin);
    if (scan_number()) emit(PyTokenKind::Number, begin, line_, column);
  }

  bool scan_number() {
    int c = next_char();
    if (c == '.') return scan_fraction(next_char());
    if (c == '0') {
      const int radix = radix_of_prefix(peek());
      if (radix == 10) return scan_leading_zero();
      ++pos_;
      return scan_radix_digits(radix);
    }
    back_up(c);
    c = scan_decimal_tail();
    if (c == 0) return false;
    if (c == '.') return scan_fraction(next_char());
    return scan_exponent_or_end(c);
  }

  // Digits with single underscores between them. Returns the first character
  // after them (already consumed), or 0 after an error.
  int scan_decimal_tail() {
    for (;;) {
      int c;
      do {
        c = next_char();
      } while (is_digit(c));
      if (c != '_') return c;
      c = next_char();
      if (!is_digit(c)) {
        back_up(c);
        fail_before_cursor("invalid decimal literal");
        return 0;
      }
    }
  }

  static int radix_of_prefix(char c) {
    switch (c | 0x20) {
      case 'x':
        return 16;
      case 'o':
        return 8;
      case 'b':
        return 2;
      default:
        return 10;
    }
  }
  static const char* radix_name(int radix) { return radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"; }

  static bool is_radix_digit(int c, int radix) {
    if (radix == 16) return is_hex_digit(c);
    return c >= '0' && c < '0' + radix;
  }

  bool scan_radix_digits(int radix) {
    const char* kind = radix_name(radix);
    int c = next_char();
    do {
      if (c == '_') c = next_char();
      if (!is_radix_digit(c, radix)) return fail_radix_digit(c, radix, kind);
      do {
        c = next_char();
      } while (is_radix_digit(c, radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c)) return fail_radix_digit(c, radix, kind);
    return verify_end_of_number(c, kind);
  }

  bool fail_radix_digit(int c, int radix, const char* kind) {
    if (radix != 16 && is_digit(c)) {
      fail_before_cursor(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
    } else {
      back_up(c);
      fail_before_cursor(std::string("invalid ") + kind + " literal");
    }
    return false;
  }

  // "0", "00", "0_0", or the start of a float such as "09.5"; "01" is an error.
  bool scan_leading_zero() {
    const std::size_t begin = pos_ - 1;
    int c = next_char();
    for (;;) {
      if (c == '_') {
        c = next_char();
        if (!is_digit(c)) {
          back_up(c);
          fail_before_cursor("invalid decimal literal");
          return false;
        }
      }
      if (c != '0') break;
      c = next_char();
    }
    bool nonzero = false;
    if (is_digit(c)) {
      nonzero = true;
      back_up(c);
      c = scan_decimal_tail();
      if (c == 0) return false;
    }
    if (c == '.') return scan_fraction(next_char());
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return scan_exponent_or_end(c);
    if (nonzero) {
      fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line_,
           column_of(begin));
      return false;
    }
    return verify_end_of_number(c, "decimal");
  }

  // After the '.'; c is the character following it.
  bool scan_fraction(int c) {
    if (is_digit(c)) {
      back_up(c);
      c = scan_decimal_tail();
      if (c == 0) return false;
    }
    return scan_exponent_or_end(c);
  }

  bool scan_exponent_or_end(int c) {
    if (c == 'e' || c == 'E') {
      const int e = c;
      c = next_char();
      if (c == '+' || c == '-') {
        c = next_char();
        if (!is_digit(c)) {
          back_up(c);
          fail_before_cursor("invalid decimal literal");
          return false;
        }
      } else if (!is_digit(c)) {
        // "1else": the number ends before the 'e' (which verify_end_of_number puts back).
        back_up(c);
        return verify_end_of_number(e, "decimal");
      }
      back_up(c);
      c = scan_decimal_tail();
      if (c == 0) return false;
    }
    if (c == 'j' || c == 'J') return verify_end_of_number(next_char(), "imaginary");
    return verify_end_of_number(c, "decimal");
  }

  bool looking_at(std::string_view text) const { return src_.substr(pos_, text.size()) == text; }

  // c (consumed) follows a number. A keyword that may follow a number in
  // valid code ("1if x else 2") is accepted, as CPython 3.11 does with a
  // deprecation warning; other identifier characters are an error.
  bool verify_end_of_number(int c, const char* kind) {
    const bool keyword_follows = (c == 'a' && looking_at("nd")) || (c == 'e' && looking_at("lse")) ||
                                 (c == 'f' && looking_at("or")) || (c == 'o' && looking_at("r")) ||
                                 (c == 'n' && looking_at("ot")) ||
                                 (c == 'i' && (peek() == 'f' || peek() == 'n' || peek() == 's'));
    if (!keyword_follows && is_identifier_byte(c)) {
      back_up(c);
      fail_before_cursor(std::string("invalid ") + kind + " literal");
      return false;
    }
    back_up(c);
    return true;
  }

  // --- operators and brackets ----------------------------------------------
  void lex_operator() {
    const std::size_t begin = pos_;
    const int column = column_of(begin);
    const unsigned char c = static_cast<unsigned char>(peek());
    if (c < 32 || c == 127) return fail("invalid non-printable character " + hex_code_point(c), line_, column);
    if (std::find(kThreeCharOperators.begin(), kThreeCharOperators.end(), src_.substr(pos_, 3)) !=
        kThreeCharOperators.end()) {
      pos_ += 3;
    } else if (std::find(kTwoCharOperators.begin(), kTwoCharOperators.end(), src_.substr(pos_, 2)) !=
               kTwoCharOperators.end()) {
      pos_ += 2;
    } else {
      ++pos_;
      if (!track_bracket(static_cast<char>(c), column)) return;
    }
    emit(PyTokenKind::Operator, begin, line_, column);
  }

  bool track_bracket(char c, int column) {
    if (c == '(' || c == '[' || c == '{') {
      if (static_cast<int>(brackets_.size()) >= kMaxBracketNesting) {
        fail("too many nested parentheses", line_, column);
        return false;
      }
      brackets_.push_back(Bracket{c, line_, column});
      return true;
    }
    if (c != ')' && c != ']' && c != '}') return true;
    if (brackets_.empty()) {
      fail(std::string("unmatched '") + c + "'", line_, column);
      return false;
    }
    const Bracket open = brackets_.back();
    const char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
    if (c != expected) {
      std::string message =
          std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.open + "'";
      if (open.line != line_) message += " on line " + std::to_string(open.line);
      fail(std::move(message), line_, column);
      return false;
    }
    brackets_.pop_back();
    return true;
  }

  std::string_view src_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  bool at_line_start_ = true;
  bool finished_ = false;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  LexedPython out_;
};

}  // namespace

bool is_python_keyword(std::string_view word) {
  return std::find(kKeywords.begin(), kKeywords.end(), word) != kKeywords.end();
}

LexedPython lex_python(std::string_view source) {
  const SourceText text = decode_python_source(source);
  if (text.error) {
    LexedPython failed;
    failed.error = text.error;
    failed.tokens.push_back(PyToken{PyTokenKind::Error, {}, text.error->line, text.error->column});
    return failed;
  }
  LexedPython lexed = Lexer(text.text).run();
  lexed.storage = text.storage;
  return lexed;
}

}  // namespace pyprior::prior
