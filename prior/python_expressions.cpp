// Expressions, from named expressions down to atoms, and assignment targets.
#include "prior/python_literals.hpp"
#include "prior/python_parser.hpp"

namespace pyprior::prior::detail {

namespace {

// The binary operator levels from loosest to tightest; all left-associative.
constexpr std::array<std::array<BinaryOperator, 5>, 6> kBinaryLevels = {{
    {{{"|", K::BitOr}}},
    {{{"^", K::BitXor}}},
    {{{"&", K::BitAnd}}},
    {{{"<<", K::LShift}, {">>", K::RShift}}},
    {{{"+", K::Add}, {"-", K::Sub}}},
    {{{"*", K::Mult}, {"/", K::Div}, {"//", K::FloorDiv}, {"%", K::Mod}, {"@", K::MatMult}}},
}};

constexpr std::array<BinaryOperator, 6> kComparisonOperators = {{
    {"==", K::Eq},
    {"!=", K::NotEq},
    {"<", K::Lt},
    {"<=", K::LtE},
    {">", K::Gt},
    {">=", K::GtE},
}};

}  // namespace

SyntaxNode PythonParser::parse_eval() {
  SyntaxNode expression = parse_expressions();
  while (token().kind == PyTokenKind::Newline) advance();
  if (token().kind != PyTokenKind::EndOfInput) fail_here();
  return expression;
}

void PythonParser::parse_fstring_input() {
  parse_star_expressions();
  if (token().kind != PyTokenKind::Newline) fail_here();
}

SyntaxNode PythonParser::parse_target_list() {
  const Position at = here();
  SyntaxNode first = parse_single_target();
  SyntaxNode target = std::move(first);
  if (at_op(",")) {
    Nodes items = Children{std::move(target)};
    while (accept_op(",") && !at_keyword("in")) items.push_back(parse_single_target());
    target = make(K::Tuple, at, std::move(items));
  }
  check_target(target, TargetUse::Assign);
  return target;
}

SyntaxNode PythonParser::parse_single_target() {
  if (!at_op("*")) return parse_binary();
  const Position at = position_of(advance());
  return make(K::Starred, at, {parse_binary()});
}

SyntaxNode PythonParser::parse_star_expression() {
  if (!at_op("*")) return parse_expression();
  const Position at = position_of(advance());
  return make(K::Starred, at, {parse_binary()});
}

SyntaxNode PythonParser::parse_star_named_expression() {
  if (!at_op("*")) return parse_named_expression();
  const Position at = position_of(advance());
  return make(K::Starred, at, {parse_binary()});
}

SyntaxNode PythonParser::parse_named_expression() {
  if (at_identifier() && at_op(":=", 1)) {
    const Position at = here();
    SyntaxNode target = make(K::Name, at, {}, advance().text);
    advance();
    return make(K::NamedExpr, at, {std::move(target), parse_expression()});
  }
  SyntaxNode expression = parse_expression();
  if (at_op(":=")) {
    fail("cannot use assignment expressions with " + describe(expression), {expression.line, expression.column});
  }
  return expression;
}

SyntaxNode PythonParser::parse_expression() {
  Descent descent(*this);
  if (at_keyword("lambda")) return parse_lambda();
  const Position at = here();
  SyntaxNode body = parse_disjunction();
  if (!accept_keyword("if")) return body;
  SyntaxNode test = parse_disjunction();
  if (!accept_keyword("else")) fail("expected 'else' after 'if' expression", at);
  return make(K::IfExp, at, {std::move(test), std::move(body), parse_expression()});
}

SyntaxNode PythonParser::parse_lambda() {
  const Position at = position_of(advance());
  SyntaxNode parameters = parse_parameters(":", false);
  expect_op(":");
  return make(K::Lambda, at, {std::move(parameters), parse_expression()});
}

SyntaxNode PythonParser::parse_bool_op(std::string_view word, SyntaxKind kind,
                                       SyntaxNode (PythonParser::*parse_operand)()) {
  const Position at = here();
  SyntaxNode first = (this->*parse_operand)();
  if (!at_keyword(word)) return first;
  Nodes children = Children{std::move(first)};
  while (at_keyword(word)) {
    children.push_back(make_at_token(kind));
    children.push_back((this->*parse_operand)());
  }
  return make(K::BoolOp, at, std::move(children));
}

SyntaxNode PythonParser::parse_inversion() {
  if (!at_keyword("not")) return parse_comparison();
  Descent descent(*this);
  const Position at = here();
  SyntaxNode op = make_at_token(K::Not);
  return make(K::UnaryOp, at, {std::move(op), parse_inversion()});
}

SyntaxNode PythonParser::parse_comparison() {
  const Position at = here();
  SyntaxNode first = parse_binary();
  Nodes children = Children{std::move(first)};
  while (auto op = parse_comparison_operator()) {
    children.push_back(std::move(*op));
    children.push_back(parse_binary());
  }
  if (children.size() == 1) return std::move(children[0]);
  return make(K::Compare, at, std::move(children));
}

std::optional<SyntaxNode> PythonParser::parse_comparison_operator() {
  for (const BinaryOperator& op : kComparisonOperators) {
    if (at_op(op.text)) return make_at_token(op.kind);
  }
  if (at_keyword("in")) return make_at_token(K::In);
  if (at_keyword("not") && at_keyword("in", 1)) {
    SyntaxNode op = make_at_token(K::NotIn);
    advance();
    return op;
  }
  if (!at_keyword("is")) return std::nullopt;
  const Position at = position_of(advance());
  return make(accept_keyword("not") ? K::IsNot : K::Is, at);
}

SyntaxNode PythonParser::parse_binary(std::size_t min_level) {
  const Position at = here();
  SyntaxNode left = parse_factor();
  for (auto op = binary_operator_at(min_level); op; op = binary_operator_at(min_level)) {
    SyntaxNode op_node = make_at_token(op->kind);
    SyntaxNode right = parse_binary(op->level + 1);
    left = make(K::BinOp, at, {std::move(left), std::move(op_node), std::move(right)});
  }
  return left;
}

std::optional<PythonParser::BinaryOperatorMatch> PythonParser::binary_operator_at(std::size_t min_level) const {
  for (std::size_t level = min_level; level < kBinaryLevels.size(); ++level) {
    for (const BinaryOperator& op : kBinaryLevels[level]) {
      if (!op.text.empty() && at_op(op.text)) return BinaryOperatorMatch{op.kind, level};
    }
  }
  return std::nullopt;
}

SyntaxNode PythonParser::parse_factor() {
  std::optional<SyntaxKind> kind;
  if (at_op("-")) kind = K::USub;
  if (at_op("+")) kind = K::UAdd;
  if (at_op("~")) kind = K::Invert;
  if (!kind) return parse_power();
  Descent descent(*this);
  const Position at = here();
  SyntaxNode op = make_at_token(*kind);
  return make(K::UnaryOp, at, {std::move(op), parse_factor()});
}

SyntaxNode PythonParser::parse_power() {
  const Position at = here();
  SyntaxNode base = parse_await_primary();
  if (!at_op("**")) return base;
  Descent descent(*this);  // `a ** b ** c ...` nests to the right
  SyntaxNode op = make_at_token(K::Pow);
  return make(K::BinOp, at, {std::move(base), std::move(op), parse_factor()});
}

SyntaxNode PythonParser::parse_await_primary() {
  if (!at_keyword("await")) return parse_primary();
  const Position at = position_of(advance());
  return make(K::Await, at, {parse_primary()});
}

SyntaxNode PythonParser::parse_primary() {
  const Position at = here();
  SyntaxNode node = parse_atom();
  while (at_op(".") || at_op("(") || at_op("[")) node = parse_trailer(std::move(node), at);
  return node;
}

SyntaxNode PythonParser::parse_trailer(SyntaxNode node, Position at) {
  if (accept_op(".")) return make(K::Attribute, at, {std::move(node)}, expect_identifier().text);
  if (at_op("(")) {
    Nodes children = Children{std::move(node)};
    parse_call_arguments(children, position_of(advance()), true);
    return make(K::Call, at, std::move(children));
  }
  advance();
  SyntaxNode slice = parse_slices();
  expect_op("]");
  return make(K::Subscript, at, {std::move(node), std::move(slice)});
}

void PythonParser::parse_call_arguments(Nodes& out, Position open, bool allow_generator) {
  bool keywords = false;
  bool double_star = false;
  const std::size_t first = out.size();
  while (!at_op(")")) {
    const Position at = here();
    if (accept_op("*")) {
      if (double_star) fail("iterable argument unpacking follows keyword argument unpacking", at);
      out.push_back(make(K::Starred, at, {parse_expression()}));
    } else if (accept_op("**")) {
      out.push_back(make(K::keyword, at, {parse_expression()}));
      double_star = true;
    } else if (at_identifier() && at_op("=", 1)) {
      const std::string_view name = advance().text;
      advance();
      out.push_back(make(K::keyword, at, {parse_expression()}, name));
      keywords = true;
    } else {
      parse_positional_argument(out, open, allow_generator, out.size() == first);
      if (double_star) fail("positional argument follows keyword argument unpacking", at);
      if (keywords) fail("positional argument follows keyword argument", at);
    }
    if (!accept_op(",")) break;
  }
  expect_op(")");
}

void PythonParser::parse_positional_argument(Nodes& out, Position open, bool allow_generator, bool only_so_far) {
  SyntaxNode value = parse_named_expression();
  if (at_op("=")) fail("expression cannot contain assignment, perhaps you meant \"==\"?", {value.line, value.column});
  if (!at_comprehension()) {
    out.push_back(std::move(value));
    return;
  }
  if (!allow_generator) fail_here();
  Nodes children = Children{std::move(value)};
  for (SyntaxNode& clause : parse_comprehensions()) children.push_back(std::move(clause));
  if (!only_so_far || !at_op(")"))
    fail("Generator expression must be parenthesized", {children[0].line, children[0].column});
  out.push_back(make(K::GeneratorExp, open, std::move(children)));
}

SyntaxNode PythonParser::parse_slices() {
  const Position at = here();
  SyntaxNode first = parse_slice();
  if (!at_op(",")) return first;
  Nodes items = Children{std::move(first)};
  while (accept_op(",") && !at_op("]")) items.push_back(parse_slice());
  return make(K::Tuple, at, std::move(items));
}

SyntaxNode PythonParser::parse_slice() {
  const Position at = here();
  if (at_op("*")) return parse_star_expression();
  Nodes parts;
  if (!at_op(":")) {
    SyntaxNode lower = parse_named_expression();
    if (!at_op(":")) return lower;
    parts.push_back(std::move(lower));
  }
  advance();
  if (!at_op(":") && !at_op("]") && !at_op(",")) parts.push_back(parse_expression());
  if (accept_op(":") && !at_op("]") && !at_op(",")) parts.push_back(parse_expression());
  return make(K::Slice, at, std::move(parts));
}

SyntaxNode PythonParser::parse_atom() {
  const PyToken& t = token();
  switch (t.kind) {
    case PyTokenKind::Name:
      return parse_name_atom();
    case PyTokenKind::Number:
      return parse_number();
    case PyTokenKind::String:
      return parse_strings();
    case PyTokenKind::Operator:
      if (t.text == "(") return parse_parenthesized();
      if (t.text == "[") return parse_list();
      if (t.text == "{") return parse_braces();
      if (t.text == "...") return constant(advance(), "ellipsis");
      break;
    default:
      break;
  }
  fail_here();
}

SyntaxNode PythonParser::constant(const PyToken& t, std::string_view type) {
  SyntaxNode node = make(K::Constant, position_of(t), {}, t.text);
  node.detail = type;
  return node;
}

SyntaxNode PythonParser::parse_name_atom() {
  const std::string_view word = token().text;
  if (word == "True" || word == "False") return constant(advance(), "bool");
  if (word == "None") return constant(advance(), "NoneType");
  if (is_python_keyword(word)) fail_here();
  const Position at = here();
  return make(K::Name, at, {}, advance().text);
}

SyntaxNode PythonParser::parse_number() {
  const PyToken& t = advance();
  return constant(t, number_literal_type(t.text));
}

SyntaxNode PythonParser::parse_strings() {
  const std::size_t begin = pos_;
  while (token().kind == PyTokenKind::String) advance();
  const PyToken& first = tokens_[begin];
  const Position end = end_of(tokens_[pos_ - 1]);
  bool bytes = false;
  bool text = false;
  bool formatted = false;
  for (std::size_t i = begin; i < pos_; ++i) {
    const PyToken& literal = tokens_[i];
    if (auto error =
            check_string_literal(literal.text, [this](std::string_view e) { return check_fstring_expression(e); }))
      fail(error->message, error->at_start ? position_of(literal) : end);
    const StringLiteralKind kind = string_literal_kind(literal.text);
    (kind == StringLiteralKind::Bytes ? bytes : text) = true;
    formatted |= kind == StringLiteralKind::FormattedStr;
    if (bytes && text) fail("cannot mix bytes and nonbytes literals", end);
  }
  if (formatted) return make(K::JoinedStr, position_of(first), {}, first.text);
  return constant(first, bytes ? "bytes" : "str");
}

std::optional<std::string> PythonParser::check_fstring_expression(std::string_view expression) const {
  const std::string wrapped = "(" + std::string(expression) + ")";
  const LexedPython lexed = lex_python(wrapped);
  if (lexed.error) return "f-string: " + lexed.error->message;
  try {
    PythonParser(lexed.tokens, options_, depth_).parse_fstring_input();
  } catch (const ParseFailure& failure) {
    return "f-string: " + failure.message;
  }
  return std::nullopt;
}

Nodes PythonParser::parse_comprehensions() {
  Nodes clauses;
  while (at_comprehension()) {
    const Position at = here();
    const bool is_async = accept_keyword("async");
    advance();  // for
    Nodes children = Children{parse_target_list()};
    expect_keyword("in");
    children.push_back(parse_disjunction());
    while (accept_keyword("if")) children.push_back(parse_disjunction());
    SyntaxNode clause = make(K::comprehension, at, std::move(children));
    clause.detail = is_async ? "async" : "";
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

SyntaxNode PythonParser::finish_display(SyntaxKind display, SyntaxKind comprehension, Position at, SyntaxNode element,
                                        std::string_view closer) {
  Nodes children = Children{std::move(element)};
  if (at_comprehension()) {
    if (children[0].kind == K::Starred)
      fail("iterable unpacking cannot be used in comprehension", {children[0].line, children[0].column});
    for (SyntaxNode& clause : parse_comprehensions()) children.push_back(std::move(clause));
    expect_op(closer);
    return make(comprehension, at, std::move(children));
  }
  while (accept_op(",") && !at_op(closer)) children.push_back(parse_star_named_expression());
  expect_op(closer);
  return make(display, at, std::move(children));
}

SyntaxNode PythonParser::parse_parenthesized() {
  const Position at = position_of(advance());
  if (accept_op(")")) return make(K::Tuple, at);
  if (at_keyword("yield")) {
    SyntaxNode yield = parse_yield_expression();
    expect_op(")");
    return yield;
  }
  SyntaxNode first = parse_star_named_expression();
  if (at_comprehension() || at_op(",")) return finish_display(K::Tuple, K::GeneratorExp, at, std::move(first), ")");
  expect_op(")");
  if (first.kind == K::Starred) fail("cannot use starred expression here", {first.line, first.column});
  return first;
}

SyntaxNode PythonParser::parse_list() {
  const Position at = position_of(advance());
  if (accept_op("]")) return make(K::List, at);
  return finish_display(K::List, K::ListComp, at, parse_star_named_expression(), "]");
}

SyntaxNode PythonParser::parse_braces() {
  const Position at = position_of(advance());
  if (accept_op("}")) return make(K::Dict, at);
  if (at_op("**")) return finish_dict(at, Nodes{});
  SyntaxNode first = parse_star_named_expression();
  if (!at_op(":") || first.kind == K::Starred) return finish_display(K::Set, K::SetComp, at, std::move(first), "}");
  const Position colon = position_of(advance());
  if (at_op("}") || at_op(",")) fail("expression expected after dictionary key and ':'", colon);
  Nodes children = Children{std::move(first), parse_expression()};
  if (!at_comprehension()) return finish_dict(at, std::move(children));
  for (SyntaxNode& clause : parse_comprehensions()) children.push_back(std::move(clause));
  expect_op("}");
  return make(K::DictComp, at, std::move(children));
}

SyntaxNode PythonParser::finish_dict(Position at, Nodes children) {
  while (children.empty() || (accept_op(",") && !at_op("}"))) {
    if (accept_op("**")) {
      children.push_back(parse_binary());
    } else {
      children.push_back(parse_expression());
      if (!at_op(":")) fail_here("':' expected after dictionary key");
      advance();
      children.push_back(parse_expression());
    }
  }
  expect_op("}");
  return make(K::Dict, at, std::move(children));
}

SyntaxNode PythonParser::parse_yield_expression() {
  const Position at = position_of(advance());
  if (accept_keyword("from")) return make(K::YieldFrom, at, {parse_expression()});
  if (!starts_expression()) return make(K::Yield, at);
  return make(K::Yield, at, {parse_star_expressions()});
}

}  // namespace pyprior::prior::detail
