#pragma once
// A Python 3.11 tokenizer for the source parser (parser.hpp).
//
// It follows CPython's tokenizer: NEWLINE / INDENT / DEDENT from a stack of
// indentation columns (tabs to multiples of 8, checked against a tab size of
// 1 for consistency, as TabError does), no NEWLINE inside brackets, backslash
// continuation, comments and blank lines skipped, operators by longest match,
// every number and string literal form. Keywords are Name tokens: the parser
// decides, because `match`, `case` and `_` are keywords only in places.
//
// Lexing stops at the first error: the token list then ends with an Error
// token at the place where CPython's tokenizer would fail, so a parser that
// fails earlier reports its own error first, as CPython does.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyprior::prior {

enum class PyTokenKind : std::uint8_t {
  Name,  // identifiers and keywords
  Number,
  String,    // one literal with its prefix and quotes
  Operator,  // operators, delimiters, and stray ASCII such as `$` that no rule accepts
  Newline,   // end of a logical line
  Indent,
  Dedent,
  EndOfInput,
  Error,  // where lexing stopped; LexedPython::error says why
};

struct PyToken {
  PyTokenKind kind = PyTokenKind::EndOfInput;
  std::string_view text;  // a view into the source; empty for Newline, Indent, Dedent, EndOfInput
  int line = 0;           // 1-based
  int column = 0;         // 0-based, in bytes from the start of the line (CPython's col_offset)
};

// After a parser error CPython tokenizes the rest of the source, and some
// tokenizer errors found there replace the parser's error.
enum class LexErrorPrecedence : std::uint8_t {
  OverParserErrors,  // raised as SyntaxError by the tokenizer itself: replaces any parser error
  WhenReached,       // indentation and line-continuation errors: only if the parser gets there
  UnclosedBracket,   // "'(' was never closed": replaces parser errors on lines after the bracket
};

struct LexError {
  std::string message;  // one line, CPython's wording where there is one
  int line = 0;
  int column = 0;
  LexErrorPrecedence precedence = LexErrorPrecedence::OverParserErrors;
};

struct LexedPython {
  std::vector<PyToken> tokens;  // ends with EndOfInput, or with Error when `error` is set
  std::optional<LexError> error;
  // The source transcoded to UTF-8 when it declared another encoding (PEP
  // 263); the tokens view into it then.
  std::shared_ptr<const std::string> storage;
};

// Source bytes as CPython reads them: UTF-8 or the encoding a coding comment
// declares, with an optional BOM. Never throws for any input bytes; the
// tokens view into the source (or into `storage`), which must outlive them.
LexedPython lex_python(std::string_view source);

// CPython's limits, which the parser shares.
inline constexpr int kMaxBracketNesting = 200;  // "too many nested parentheses"
inline constexpr int kMaxIndentLevels = 100;    // "too many levels of indentation"

bool is_python_keyword(std::string_view word);

}  // namespace pyprior::prior
