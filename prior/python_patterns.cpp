// The match statement and its patterns. `match` and `case` are soft
// keywords: a statement is a match only if it reads as one up to `:` NEWLINE.
#include "prior/python_parser.hpp"

namespace pyprior::prior::detail {

std::optional<SyntaxNode> PythonParser::try_parse_match() {
  const std::size_t start = pos_;
  const PyToken& keyword = advance();
  std::optional<SyntaxNode> subject;
  try {
    subject = parse_match_subject();
  } catch (const ParseFailure&) {
  }
  if (subject && at_op(":") && token(1).kind == PyTokenKind::Newline)
    return parse_match_body(keyword, std::move(*subject));
  pos_ = start;
  return std::nullopt;
}

SyntaxNode PythonParser::parse_match_subject() {
  const Position at = here();
  SyntaxNode first = parse_star_named_expression();
  if (!at_op(",")) return first;
  Nodes items = Children{std::move(first)};
  while (accept_op(",") && !at_op(":")) items.push_back(parse_star_named_expression());
  return make(K::Tuple, at, std::move(items));
}

SyntaxNode PythonParser::parse_match_body(const PyToken& keyword, SyntaxNode subject) {
  SyntaxNode node = make(K::Match, position_of(keyword), {std::move(subject)});
  advance();  // ':'
  advance();  // NEWLINE
  if (token().kind != PyTokenKind::Indent)
    fail_here("expected an indented block after 'match' statement on line " + std::to_string(keyword.line));
  advance();
  do {
    node.children.push_back(parse_case());
  } while (token().kind != PyTokenKind::Dedent && token().kind != PyTokenKind::EndOfInput);
  accept_dedent();
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_case() {
  if (!at_keyword("case")) fail_here();
  const PyToken& keyword = advance();
  Nodes children = Children{parse_patterns()};
  if (accept_keyword("if")) children.push_back(parse_named_expression());
  SyntaxNode node = make(K::match_case, position_of(keyword), std::move(children));
  node.body = parse_block("'case' statement", keyword.line);
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_patterns() {
  const Position at = here();
  SyntaxNode first = parse_maybe_star_pattern();
  if (!at_op(",")) {
    if (first.kind == K::MatchStar) fail("invalid syntax", at);
    return first;
  }
  Nodes items = Children{std::move(first)};
  while (accept_op(",") && !at_op(":") && !at_keyword("if")) items.push_back(parse_maybe_star_pattern());
  return make(K::MatchSequence, at, std::move(items));
}

SyntaxNode PythonParser::parse_maybe_star_pattern() {
  if (!at_op("*")) return parse_pattern();
  const Position at = position_of(advance());
  expect_identifier();
  return make(K::MatchStar, at);
}

SyntaxNode PythonParser::parse_pattern() {
  Descent descent(*this);
  const Position at = here();
  Nodes alternatives = Children{parse_closed_pattern()};
  while (accept_op("|")) alternatives.push_back(parse_closed_pattern());
  SyntaxNode pattern =
      alternatives.size() == 1 ? std::move(alternatives[0]) : make(K::MatchOr, at, std::move(alternatives));
  if (!accept_keyword("as")) return pattern;
  if (at_keyword("_")) fail_here("cannot use '_' as a target");
  expect_identifier();
  return make(K::MatchAs, at, {std::move(pattern)});
}

SyntaxNode PythonParser::parse_closed_pattern() {
  const Position at = here();
  if (at_op("-") || token().kind == PyTokenKind::Number) return make(K::MatchValue, at, {parse_signed_number()});
  if (token().kind == PyTokenKind::String) return make(K::MatchValue, at, {parse_pattern_strings()});
  if (at_keyword("None") || at_keyword("True") || at_keyword("False")) return make_at_token(K::MatchSingleton);
  if (at_identifier()) return parse_name_pattern();
  if (at_op("(")) return parse_group_pattern();
  if (at_op("[")) return parse_sequence_pattern("]");
  if (at_op("{")) return parse_mapping_pattern();
  fail_here();
}

SyntaxNode PythonParser::parse_signed_number() {
  const Position at = here();
  SyntaxNode number = at_op("-") ? parse_factor() : parse_atom();
  if (number.kind != K::Constant && number.kind != K::UnaryOp) fail("invalid syntax", at);
  if (!at_op("+") && !at_op("-")) return number;
  SyntaxNode op = make_at_token(at_op("+") ? K::Add : K::Sub);
  if (token().kind != PyTokenKind::Number) fail_here();
  return make(K::BinOp, at, {std::move(number), std::move(op), parse_atom()});
}

SyntaxNode PythonParser::parse_pattern_strings() {
  SyntaxNode strings = parse_strings();
  if (strings.kind == K::JoinedStr)
    fail("patterns may only match literals and attribute lookups", {strings.line, strings.column});
  return strings;
}

SyntaxNode PythonParser::parse_name_pattern() {
  const Position at = here();
  SyntaxNode name = make(K::Name, at, {}, advance().text);
  bool dotted = false;
  while (accept_op(".")) {
    name = make(K::Attribute, at, {std::move(name)}, expect_identifier().text);
    dotted = true;
  }
  if (at_op("(")) return parse_class_pattern(std::move(name), at);
  if (dotted) return make(K::MatchValue, at, {std::move(name)});
  return make(K::MatchAs, at);
}

SyntaxNode PythonParser::parse_class_pattern(SyntaxNode cls, Position at) {
  advance();
  Nodes children = Children{std::move(cls)};
  bool keywords = false;
  while (!at_op(")")) {
    if (at_identifier() && at_op("=", 1)) {
      const Position key = here();
      advance();
      advance();
      children.push_back(make(K::keyword, key, {parse_pattern()}));
      keywords = true;
    } else {
      const Position positional = here();
      children.push_back(parse_pattern());
      if (keywords) fail("positional patterns follow keyword patterns", positional);
    }
    if (!accept_op(",")) break;
  }
  expect_op(")");
  return make(K::MatchClass, at, std::move(children));
}

SyntaxNode PythonParser::parse_group_pattern() {
  const Position at = position_of(advance());
  if (accept_op(")")) return make(K::MatchSequence, at);
  SyntaxNode first = parse_maybe_star_pattern();
  if (first.kind != K::MatchStar && accept_op(")")) return first;
  Nodes items = Children{std::move(first)};
  while (accept_op(",") && !at_op(")")) items.push_back(parse_maybe_star_pattern());
  expect_op(")");
  return make(K::MatchSequence, at, std::move(items));
}

SyntaxNode PythonParser::parse_sequence_pattern(std::string_view closer) {
  const Position at = position_of(advance());
  Nodes items;
  while (!at_op(closer)) {
    items.push_back(parse_maybe_star_pattern());
    if (!accept_op(",")) break;
  }
  expect_op(closer);
  return make(K::MatchSequence, at, std::move(items));
}

SyntaxNode PythonParser::parse_mapping_pattern() {
  const Position at = position_of(advance());
  Nodes children;
  while (!at_op("}")) {
    if (accept_op("**")) {
      expect_identifier();
      accept_op(",");  // the double-starred capture must be the last item
      break;
    } else {
      children.push_back(parse_mapping_key());
      expect_op(":");
      children.push_back(parse_pattern());
    }
    if (!accept_op(",")) break;
  }
  expect_op("}");
  return make(K::MatchMapping, at, std::move(children));
}

SyntaxNode PythonParser::parse_mapping_key() {
  const Position at = here();
  if (at_op("-") || token().kind == PyTokenKind::Number) return parse_signed_number();
  if (token().kind == PyTokenKind::String) return parse_pattern_strings();
  if (at_keyword("None") || at_keyword("True") || at_keyword("False")) return parse_atom();
  if (!at_identifier() || !at_op(".", 1)) fail_here();
  SyntaxNode name = make(K::Name, at, {}, advance().text);
  while (accept_op(".")) name = make(K::Attribute, at, {std::move(name)}, expect_identifier().text);
  return name;
}

}  // namespace pyprior::prior::detail
