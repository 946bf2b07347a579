// parse_python_syntax: tokenize, parse, and when both fail choose the error
// CPython would report.
#include "prior/python_syntax.hpp"

#include <algorithm>

#include "prior/python_lexer.hpp"
#include "prior/python_parser.hpp"

namespace pyprior::prior {

namespace {

using detail::ParseFailure;

SourceError python_parse_error(std::string message, int line, int column) {
  return SourceError{"python_parse", std::move(message), line, column, ""};
}

// Whether the tokenizer's error replaces the parser's (see LexErrorPrecedence);
// CPython never replaces "unexpected indent". For an unclosed bracket CPython
// compares lines with the last token its parser read, which after its
// second, error-hunting pass is typically the token after the failure.
bool lexer_error_wins(const ParseFailure& failure, const LexError& lex_error, const std::vector<PyToken>& tokens) {
  if (failure.at_lexer_error) return true;
  if (failure.unexpected_indent) return false;
  switch (lex_error.precedence) {
    case LexErrorPrecedence::OverParserErrors:
      return true;
    case LexErrorPrecedence::WhenReached:
      return false;
    case LexErrorPrecedence::UnclosedBracket: {
      const PyToken& last_read = tokens[std::min(failure.token_index + 1, tokens.size() - 1)];
      return last_read.kind == PyTokenKind::Error || lex_error.line < last_read.line;
    }
  }
  return false;
}

SourceError choose_error(const ParseFailure& failure, const LexedPython& lexed) {
  const std::optional<LexError>& lex_error = lexed.error;
  const bool lexer_wins = lex_error && lexer_error_wins(failure, *lex_error, lexed.tokens);
  if (lexer_wins) return python_parse_error(lex_error->message, lex_error->line, lex_error->column);
  return python_parse_error(failure.message, failure.at.line, failure.at.column);
}

}  // namespace

std::string_view syntax_kind_name(SyntaxKind kind) {
  static constexpr std::string_view kNames[] = {
#define PYPRIOR_SYNTAX_NAME(kind) #kind,
      PYPRIOR_SYNTAX_KINDS(PYPRIOR_SYNTAX_NAME)
#undef PYPRIOR_SYNTAX_NAME
  };
  return kNames[static_cast<int>(kind)];
}

SyntaxParse parse_python_syntax(std::string_view source, const SyntaxOptions& options) {
  const LexedPython lexed = lex_python(source);
  detail::PythonParser parser(lexed.tokens, options);
  try {
    return SyntaxParse{std::nullopt, options.expression ? parser.parse_eval() : parser.parse_module(), lexed.storage};
  } catch (const ParseFailure& failure) {
    return SyntaxParse{choose_error(failure, lexed), {}, nullptr};
  }
}

}  // namespace pyprior::prior
