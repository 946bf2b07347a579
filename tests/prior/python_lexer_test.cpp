#include "prior/python_lexer.hpp"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <string>
#include <vector>

namespace pyprior::prior {
namespace {

using enum PyTokenKind;

std::vector<PyTokenKind> kinds(std::string_view source) {
  std::vector<PyTokenKind> out;
  for (const PyToken& t : lex_python(source).tokens) out.push_back(t.kind);
  return out;
}

// The texts of the tokens that carry text.
std::vector<std::string> texts(std::string_view source) {
  std::vector<std::string> out;
  for (const PyToken& t : lex_python(source).tokens) {
    if (!t.text.empty()) out.emplace_back(t.text);
  }
  return out;
}

LexError error_of(std::string_view source) {
  const LexedPython lexed = lex_python(source);
  EXPECT_TRUE(lexed.error.has_value()) << source;
  EXPECT_EQ(lexed.tokens.back().kind, Error);
  return lexed.error.value_or(LexError{});
}

TEST(PythonLexer, IndentedBlockGivesIndentNewlineAndDedent) {
  EXPECT_EQ(kinds("if x:\n    y\nz\n"),
            (std::vector{Name, Name, Operator, Newline, Indent, Name, Newline, Dedent, Name, Newline, EndOfInput}));
}

TEST(PythonLexer, EndOfInputClosesEveryOpenIndent) {
  EXPECT_EQ(kinds("if a:\n  if b:\n    c"), (std::vector{Name, Name, Operator, Newline, Indent, Name, Name, Operator,
                                                         Newline, Indent, Name, Newline, Dedent, Dedent, EndOfInput}));
}

TEST(PythonLexer, BracketsJoinLinesWithoutNewlines) {
  EXPECT_EQ(kinds("x = (1,\n        2)\n"),
            (std::vector{Name, Operator, Operator, Number, Operator, Number, Operator, Newline, EndOfInput}));
}

TEST(PythonLexer, BackslashJoinsLines) {
  EXPECT_EQ(kinds("x = 1 + \\\n    2\n"), (std::vector{Name, Operator, Number, Operator, Number, Newline, EndOfInput}));
}

TEST(PythonLexer, CommentsAndBlankLinesGiveNoTokens) {
  EXPECT_EQ(kinds("# head\n\n   # indented comment\nx  # tail\n\n"), (std::vector{Name, Newline, EndOfInput}));
}

TEST(PythonLexer, TokensRecordLineAndByteColumn) {
  const LexedPython lexed = lex_python("a = 1\n  \nif é:\n    b\n");
  const PyToken& e_acute = lexed.tokens[5];
  EXPECT_EQ(e_acute.text, "é");
  EXPECT_EQ(e_acute.line, 3);
  EXPECT_EQ(e_acute.column, 3);
  const PyToken& colon = lexed.tokens[6];
  EXPECT_EQ(colon.column, 5);  // é is two bytes
}

TEST(PythonLexer, OperatorsTakeTheLongestMatch) {
  EXPECT_EQ(texts("a **= b // c ... -> d >>= e != f := g"),
            (std::vector<std::string>{"a", "**=", "b", "//", "c", "...", "->", "d", ">>=", "e", "!=", "f", ":=", "g"}));
}

TEST(PythonLexer, EveryNumberFormIsOneToken) {
  const std::vector<std::string> numbers = {"0x_1F", "0O17", "0b1_0", "1_000", "1.5e-3", ".5",          "5.",
                                            "1j",    "1E5J", "00",    "0_0",   "09.5",   "1_0.0_1e+1_0"};
  for (const std::string& number : numbers) EXPECT_EQ(texts(number), std::vector<std::string>{number}) << number;
}

TEST(PythonLexer, NumberFollowedByKeywordSplitsAsCPythonDoes) {
  EXPECT_EQ(texts("1if x else 2"), (std::vector<std::string>{"1", "if", "x", "else", "2"}));
}

TEST(PythonLexer, MalformedNumbersAreErrorsAtCPythonsColumn) {
  struct Case {
    const char* source;
    const char* message;
    int column;
  };
  for (const Case& c : {Case{"1__0", "invalid decimal literal", 1}, Case{"x = 1.__add__", "invalid decimal literal", 5},
                        Case{"01",
                             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                             "octal integers",
                             0},
                        Case{"0b102", "invalid digit '2' in binary literal", 4},
                        Case{"0x", "invalid hexadecimal literal", 1}, Case{"1e+", "invalid decimal literal", 2}}) {
    const LexError error = error_of(c.source);
    EXPECT_EQ(error.message, c.message) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
  }
}

TEST(PythonLexer, StringPrefixesQuotesAndEscapesMakeOneToken) {
  const std::vector<std::string> strings = {"'a'",    "\"a\\\"b\"", "rb'x'", "Rb\"x\"",        "BR'x'",
                                            "f'{x}'", "Fr'x'",      "u'x'",  "'''a\n'b'\n'''", "\"\"\"\"\"\"",
                                            "r'\\''", "'a\\\nb'"};
  for (const std::string& s : strings) EXPECT_EQ(texts(s), std::vector<std::string>{s}) << s;
}

TEST(PythonLexer, UnknownPrefixIsANameBeforeAString) {
  EXPECT_EQ(texts("ur'x'"), (std::vector<std::string>{"ur", "'x'"}));
}

TEST(PythonLexer, UnterminatedStringPointsAtItsStart) {
  const LexError single = error_of("x = 'abc\n");
  EXPECT_EQ(single.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(single.column, 4);
  const LexError triple = error_of("x = \"\"\"a\n\n");
  EXPECT_EQ(triple.message, "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(triple.line, 1);
}

TEST(PythonLexer, DedentToAnUnknownLevelIsAnError) {
  const LexError error = error_of("if x:\n    a\n  b\n");
  EXPECT_EQ(error.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 3);
  EXPECT_EQ(error.precedence, LexErrorPrecedence::WhenReached);
}

TEST(PythonLexer, TabsCountToMultiplesOfEight) {
  EXPECT_FALSE(lex_python("if x:\n\ty\n\tz\n").error);
  EXPECT_EQ(error_of("if x:\n        a\n\tb\n").message, "inconsistent use of tabs and spaces in indentation");
}

TEST(PythonLexer, FormFeedResetsIndentation) {
  EXPECT_EQ(kinds("x\n\f  y\n"), (std::vector{Name, Newline, Indent, Name, Newline, Dedent, EndOfInput}));
}

TEST(PythonLexer, UnicodeIdentifiersAreNames) {
  EXPECT_EQ(texts("été = ℕ + x·y"), (std::vector<std::string>{"été", "=", "ℕ", "+", "x·y"}));
}

TEST(PythonLexer, SymbolsOutsideIdentifiersAreInvalidCharacters) {
  const LexError error = error_of("x = 1 € 2");
  EXPECT_EQ(error.message, "invalid character '€' (U+20AC)");
  EXPECT_EQ(error.column, 6);
  EXPECT_EQ(error_of("x\xC2\xA0= 1").message, "invalid non-printable character U+00A0");
}

TEST(PythonLexer, NulBytesAndInvalidUtf8AreErrors) {
  EXPECT_EQ(error_of(std::string_view("x = 1\n\0", 7)).message, "source code cannot contain null bytes");
  const LexError error = error_of("x = 1\ny = '\xFF'\n");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 5);
}

TEST(PythonLexer, Latin1CodingCookieIsHonoured) {
  const LexedPython lexed = lex_python("# -*- coding: latin-1 -*-\nx = '\xE9'\n");
  ASSERT_FALSE(lexed.error);
  EXPECT_EQ(lexed.tokens[2].text, "'\xC3\xA9'");
}

TEST(PythonLexer, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(texts("\xEF\xBB\xBFx = 1"), (std::vector<std::string>{"x", "=", "1"}));
}

TEST(PythonLexer, BracketErrorsPointAtTheBracket) {
  const LexError unclosed = error_of("x = (1,\n");
  EXPECT_EQ(unclosed.message, "'(' was never closed");
  EXPECT_EQ(unclosed.column, 4);
  EXPECT_EQ(unclosed.precedence, LexErrorPrecedence::UnclosedBracket);
  EXPECT_EQ(error_of("a = )").message, "unmatched ')'");
  EXPECT_EQ(error_of("a = (\n]").message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
}

TEST(PythonLexer, NestingBeyondTwoHundredBracketsIsAnError) {
  EXPECT_FALSE(lex_python(std::string(200, '(') + std::string(200, ')')).error);
  const LexError error = error_of(std::string(100000, '('));
  EXPECT_EQ(error.message, "too many nested parentheses");
  EXPECT_EQ(error.column, 200);
}

TEST(PythonLexer, IndentationDeeperThanNinetyNineLevelsIsAnError) {
  std::string source;
  for (int level = 0; level < 100; ++level) source += std::string(level, ' ') + "if x:\n";
  EXPECT_FALSE(lex_python(source).error);
  EXPECT_EQ(error_of(source + std::string(100, ' ') + "pass\n").message, "too many levels of indentation");
}

TEST(PythonLexer, LineContinuationMustEndTheLine) {
  EXPECT_EQ(error_of("x = \\ y").message, "unexpected character after line continuation character");
  EXPECT_EQ(error_of("x = 1 \\").message, "unexpected EOF while parsing");
}

TEST(PythonLexer, KeywordsIncludeOnlyHardKeywords) {
  EXPECT_TRUE(is_python_keyword("lambda"));
  EXPECT_TRUE(is_python_keyword("None"));
  EXPECT_FALSE(is_python_keyword("match"));
  EXPECT_FALSE(is_python_keyword("print"));
}

RC_GTEST_PROP(PythonLexer, AnyBytesEndInEndOfInputOrError, (const std::string& bytes)) {
  const LexedPython lexed = lex_python(bytes);
  RC_ASSERT(!lexed.tokens.empty());
  RC_ASSERT(lexed.tokens.back().kind == (lexed.error ? Error : EndOfInput));
}

}  // namespace
}  // namespace pyprior::prior
