// The parser's token cursor, error reporting and node construction.
#include "prior/python_parser.hpp"

#include <algorithm>

namespace pyprior::prior::detail {

std::string describe(const SyntaxNode& node) {
  switch (node.kind) {
    case K::Call:
      return "function call";
    case K::Constant:
      if (node.text == "True" || node.text == "False" || node.text == "None") return std::string(node.text);
      return node.detail == "ellipsis" ? "ellipsis" : "literal";
    case K::Compare:
      return "comparison";
    case K::Lambda:
      return "lambda";
    case K::IfExp:
      return "conditional expression";
    case K::NamedExpr:
      return "named expression";
    case K::Dict:
      return "dict literal";
    case K::Set:
      return "set display";
    case K::ListComp:
      return "list comprehension";
    case K::SetComp:
      return "set comprehension";
    case K::DictComp:
      return "dict comprehension";
    case K::GeneratorExp:
      return "generator expression";
    case K::JoinedStr:
      return "f-string expression";
    case K::Await:
      return "await expression";
    case K::Yield:
    case K::YieldFrom:
      return "yield expression";
    case K::Starred:
      return "starred";
    case K::Tuple:
      return "tuple";
    case K::List:
      return "list";
    case K::Attribute:
      return "attribute";
    case K::Subscript:
      return "subscript";
    case K::Name:
      return "name";
    default:
      return "expression";
  }
}

const PyToken& PythonParser::token(std::size_t ahead) const {
  return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
}

Position PythonParser::end_of(const PyToken& t) {
  const std::size_t last_newline = t.text.find_last_of("\r\n");
  if (last_newline == std::string_view::npos) return {t.line, t.column + static_cast<int>(t.text.size())};
  const int newlines = static_cast<int>(std::count(t.text.begin(), t.text.end(), '\n') +
                                        std::count(t.text.begin(), t.text.end(), '\r') - count_crlf(t.text));
  return {t.line + newlines, static_cast<int>(t.text.size() - last_newline - 1)};
}

std::ptrdiff_t PythonParser::count_crlf(std::string_view text) {
  std::ptrdiff_t pairs = 0;
  for (std::size_t at = text.find("\r\n"); at != std::string_view::npos; at = text.find("\r\n", at + 2)) ++pairs;
  return pairs;
}

const PyToken& PythonParser::advance() {
  const PyToken& t = token();
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

bool PythonParser::at_op(std::string_view op, std::size_t ahead) const {
  return token(ahead).kind == PyTokenKind::Operator && token(ahead).text == op;
}

bool PythonParser::at_keyword(std::string_view word, std::size_t ahead) const {
  return token(ahead).kind == PyTokenKind::Name && token(ahead).text == word;
}

bool PythonParser::at_identifier(std::size_t ahead) const {
  return token(ahead).kind == PyTokenKind::Name && !is_python_keyword(token(ahead).text);
}

void PythonParser::expect_op(std::string_view op) {
  if (!accept_op(op)) fail_here(op == ":" ? "expected ':'" : "invalid syntax");
}

void PythonParser::expect_keyword(std::string_view word) {
  if (!accept_keyword(word)) fail_here();
}

const PyToken& PythonParser::expect_identifier() {
  if (!at_identifier()) fail_here();
  return advance();
}

bool PythonParser::at_end_of_input() const {
  std::size_t i = pos_;
  while (i < tokens_.size() && tokens_[i].kind == PyTokenKind::Dedent) ++i;
  return i < tokens_.size() && tokens_[i].kind == PyTokenKind::EndOfInput;
}

bool PythonParser::starts_expression() const {
  const PyToken& t = token();
  switch (t.kind) {
    case PyTokenKind::Number:
    case PyTokenKind::String:
      return true;
    case PyTokenKind::Name:
      return !is_python_keyword(t.text) || t.text == "True" || t.text == "False" || t.text == "None" ||
             t.text == "not" || t.text == "lambda" || t.text == "await";
    case PyTokenKind::Operator:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" ||
             t.text == "*" || t.text == "...";
    default:
      return false;
  }
}

void PythonParser::fail(std::string message, Position at) const {
  throw ParseFailure{std::move(message), at, false, false, pos_};
}

void PythonParser::fail_here(std::string message) const {
  const PyToken& t = token();
  if (t.kind == PyTokenKind::Error) throw ParseFailure{"", position_of(t), true, false, pos_};
  if (t.kind == PyTokenKind::Indent) throw ParseFailure{"unexpected indent", position_of(t), false, true, pos_};
  // At the end of input CPython points at the last real token, the final NEWLINE.
  if (t.kind == PyTokenKind::EndOfInput) {
    std::size_t last = pos_;
    while (last > 0 && tokens_[last - 1].kind == PyTokenKind::Dedent) --last;
    if (last > 0) fail(std::move(message), position_of(tokens_[last - 1]));
  }
  fail(std::move(message), position_of(t));
}

SyntaxNode PythonParser::make(SyntaxKind kind, Position at, Children children, std::string_view text) const {
  SyntaxNode node;
  node.kind = kind;
  node.line = at.line;
  node.column = at.column;
  node.text = text;
  node.children = std::move(children.items);
  seal(node);
  return node;
}

int PythonParser::tallest(const Nodes& nodes) {
  int height = 0;
  for (const SyntaxNode& n : nodes) height = std::max(height, n.height);
  return height;
}

void PythonParser::seal(SyntaxNode& node) const {
  node.height =
      1 + std::max({tallest(node.children), tallest(node.body), tallest(node.orelse), tallest(node.decorators)});
  if (node.height > kMaxSyntaxHeight) fail("expression too deeply nested", {node.line, node.column});
}

}  // namespace pyprior::prior::detail
