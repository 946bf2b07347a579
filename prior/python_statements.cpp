// Statements: simple ones, blocks, compound statements and parameter lists.
#include "prior/python_parser.hpp"

namespace pyprior::prior::detail {

namespace {

constexpr std::array<BinaryOperator, 13> kAugmentedOperators = {{
    {"+=", K::Add},
    {"-=", K::Sub},
    {"*=", K::Mult},
    {"/=", K::Div},
    {"//=", K::FloorDiv},
    {"%=", K::Mod},
    {"@=", K::MatMult},
    {"&=", K::BitAnd},
    {"|=", K::BitOr},
    {"^=", K::BitXor},
    {"<<=", K::LShift},
    {">>=", K::RShift},
    {"**=", K::Pow},
}};

}  // namespace

SyntaxNode PythonParser::parse_module() {
  Nodes body;
  while (token().kind != PyTokenKind::EndOfInput) parse_statement(body);
  SyntaxNode module = make(K::Module, {1, 0});
  module.body = std::move(body);
  seal(module);
  return module;
}

void PythonParser::parse_statement(Nodes& out) {
  if (auto compound = parse_compound_statement()) {
    out.push_back(std::move(*compound));
    return;
  }
  parse_simple_statements(out);
}

std::optional<SyntaxNode> PythonParser::parse_compound_statement() {
  if (at_op("@")) return parse_decorated();
  if (token().kind != PyTokenKind::Name) return std::nullopt;
  const std::string_view word = token().text;
  if (word == "def") return parse_function_def({}, here(), false);
  if (word == "if") return parse_if();
  if (word == "class") return parse_class_def({});
  if (word == "for") return parse_for(here(), false);
  if (word == "while") return parse_while();
  if (word == "try") return parse_try();
  if (word == "with") return parse_with(here(), false);
  if (word == "async") return parse_async({});
  if (word == "match") return try_parse_match();
  return std::nullopt;
}

Nodes PythonParser::parse_block(std::string_view what, int header_line) {
  expect_op(":");
  Nodes body;
  if (token().kind != PyTokenKind::Newline) {
    parse_simple_statements(body);
    return body;
  }
  advance();
  if (token().kind != PyTokenKind::Indent) {
    if (options_.partial && at_end_of_input()) return body;
    fail_here("expected an indented block after " + std::string(what) + " on line " + std::to_string(header_line));
  }
  advance();
  while (token().kind != PyTokenKind::Dedent && token().kind != PyTokenKind::EndOfInput) parse_statement(body);
  accept_dedent();
  return body;
}

void PythonParser::accept_dedent() {
  if (token().kind == PyTokenKind::Dedent) advance();
}

Nodes PythonParser::parse_else_block() {
  if (!at_keyword("else")) return {};
  const int line = advance().line;
  return parse_block("'else' statement", line);
}

void PythonParser::parse_simple_statements(Nodes& out) {
  out.push_back(parse_simple_statement());
  while (accept_op(";") && token().kind != PyTokenKind::Newline) out.push_back(parse_simple_statement());
  if (token().kind != PyTokenKind::Newline) fail_here();
  advance();
}

SyntaxNode PythonParser::parse_simple_statement() {
  if (token().kind == PyTokenKind::Name) {
    const std::string_view word = token().text;
    if (word == "return") return parse_return();
    if (word == "pass") return make_at_token(K::Pass);
    if (word == "break") return make_at_token(K::Break);
    if (word == "continue") return make_at_token(K::Continue);
    if (word == "import") return parse_import();
    if (word == "from") return parse_from_import();
    if (word == "raise") return parse_raise();
    if (word == "global") return parse_name_list(K::Global);
    if (word == "nonlocal") return parse_name_list(K::Nonlocal);
    if (word == "del") return parse_del();
    if (word == "assert") return parse_assert();
  }
  return parse_expression_statement();
}

SyntaxNode PythonParser::parse_return() {
  const Position at = position_of(advance());
  if (at_statement_end()) return make(K::Return, at);
  return make(K::Return, at, {parse_star_expressions()});
}

SyntaxNode PythonParser::parse_raise() {
  const Position at = position_of(advance());
  if (at_statement_end()) return make(K::Raise, at);
  Nodes children = Children{parse_expression()};
  if (accept_keyword("from")) children.push_back(parse_expression());
  return make(K::Raise, at, std::move(children));
}

SyntaxNode PythonParser::parse_assert() {
  const Position at = position_of(advance());
  Nodes children = Children{parse_expression()};
  if (accept_op(",")) children.push_back(parse_expression());
  return make(K::Assert, at, std::move(children));
}

SyntaxNode PythonParser::parse_name_list(SyntaxKind kind) {
  const Position at = position_of(advance());
  do {
    expect_identifier();
  } while (accept_op(","));
  return make(kind, at);
}

SyntaxNode PythonParser::parse_del() {
  const Position at = position_of(advance());
  SyntaxNode targets = parse_star_expressions();
  if (!at_statement_end()) fail_here();
  check_target(targets, TargetUse::Delete);
  return make(K::Delete, at, {std::move(targets)});
}

SyntaxNode PythonParser::parse_import() {
  const Position at = position_of(advance());
  Nodes aliases;
  do {
    aliases.push_back(parse_alias(true));
  } while (accept_op(","));
  return make(K::Import, at, std::move(aliases));
}

SyntaxNode PythonParser::parse_alias(bool dotted) {
  const Position at = here();
  const std::string_view name = expect_identifier().text;
  while (dotted && accept_op(".")) expect_identifier();
  if (accept_keyword("as")) expect_identifier();
  return make(K::alias, at, {}, name);
}

SyntaxNode PythonParser::parse_from_import() {
  const Position at = position_of(advance());
  bool has_dots = false;
  while (at_op(".") || at_op("...")) {
    advance();
    has_dots = true;
  }
  if (!has_dots || !at_keyword("import")) {
    expect_identifier();
    while (accept_op(".")) expect_identifier();
  }
  expect_keyword("import");
  Nodes aliases;
  if (at_op("*")) {
    aliases.push_back(make(K::alias, here(), {}, advance().text));
  } else if (accept_op("(")) {
    do {
      aliases.push_back(parse_alias(false));
    } while (accept_op(",") && !at_op(")"));
    expect_op(")");
  } else {
    do {
      aliases.push_back(parse_alias(false));
    } while (accept_op(",") && !at_statement_end());
    if (tokens_[pos_ - 1].text == ",") fail_here("trailing comma not allowed without surrounding parentheses");
  }
  return make(K::ImportFrom, at, std::move(aliases));
}

SyntaxNode PythonParser::parse_expression_statement() {
  const Position at = here();
  SyntaxNode first = parse_assigned_value();
  reject_legacy_statement(first);
  if (at_op(":")) return parse_annotated_assignment(std::move(first), at);
  for (const BinaryOperator& op : kAugmentedOperators) {
    if (at_op(op.text)) return parse_augmented_assignment(std::move(first), op.kind, at);
  }
  if (!at_op("=")) return make(K::Expr, at, {std::move(first)});
  Nodes parts = Children{std::move(first)};
  while (accept_op("=")) parts.push_back(parse_assigned_value());
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) check_target(parts[i], TargetUse::Assign);
  return make(K::Assign, at, std::move(parts));
}

void PythonParser::reject_legacy_statement(const SyntaxNode& first) const {
  if (first.kind != K::Name || (first.text != "print" && first.text != "exec") || !starts_expression()) return;
  const std::string name(first.text);
  fail("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?", {first.line, first.column});
}

SyntaxNode PythonParser::parse_annotated_assignment(SyntaxNode target, Position at) {
  advance();
  SyntaxNode annotation = parse_expression();
  if (target.kind == K::Tuple || target.kind == K::List) {
    fail("only single target (not " + describe(target) + ") can be annotated", {target.line, target.column});
  }
  if (target.kind != K::Name && target.kind != K::Attribute && target.kind != K::Subscript)
    fail("illegal target for annotation", {target.line, target.column});
  Nodes children = Children{std::move(target), std::move(annotation)};
  if (accept_op("=")) children.push_back(parse_assigned_value());
  return make(K::AnnAssign, at, std::move(children));
}

SyntaxNode PythonParser::parse_augmented_assignment(SyntaxNode target, SyntaxKind op, Position at) {
  if (target.kind != K::Name && target.kind != K::Attribute && target.kind != K::Subscript) {
    fail("'" + describe(target) + "' is an illegal expression for augmented assignment", {target.line, target.column});
  }
  SyntaxNode op_node = make_at_token(op);
  return make(K::AugAssign, at, {std::move(target), std::move(op_node), parse_assigned_value()});
}

void PythonParser::check_target(const SyntaxNode& node, TargetUse use) {
  switch (node.kind) {
    case K::Name:
    case K::Attribute:
    case K::Subscript:
      return;
    case K::Starred:
      if (use == TargetUse::Delete) break;
      return check_target(node.children[0], use);
    case K::Tuple:
    case K::List:
      for (const SyntaxNode& element : node.children) check_target(element, use);
      return;
    default:
      break;
  }
  fail(std::string(use == TargetUse::Delete ? "cannot delete " : "cannot assign to ") + describe(node),
       {node.line, node.column});
}

SyntaxNode PythonParser::parse_decorated() {
  Nodes decorators;
  while (accept_op("@")) {
    decorators.push_back(parse_named_expression());
    if (token().kind != PyTokenKind::Newline) fail_here();
    advance();
  }
  if (at_keyword("def")) return parse_function_def(std::move(decorators), here(), false);
  if (at_keyword("class")) return parse_class_def(std::move(decorators));
  if (at_keyword("async") && at_keyword("def", 1)) return parse_async(std::move(decorators));
  fail_here();
}

SyntaxNode PythonParser::parse_async(Nodes decorators) {
  const Position at = position_of(advance());
  if (at_keyword("def")) return parse_function_def(std::move(decorators), at, true);
  if (at_keyword("with")) return parse_with(at, true);
  if (at_keyword("for")) return parse_for(at, true);
  fail_here();
}

SyntaxNode PythonParser::parse_function_def(Nodes decorators, Position at, bool is_async) {
  const int line = advance().line;
  const std::string_view name = expect_identifier().text;
  expect_op("(");
  Nodes children = Children{parse_parameters(")", true)};
  expect_op(")");
  if (accept_op("->")) children.push_back(parse_expression());
  SyntaxNode def = make(is_async ? K::AsyncFunctionDef : K::FunctionDef, at, std::move(children), name);
  def.decorators = std::move(decorators);
  def.body = parse_block("function definition", line);
  seal(def);
  return def;
}

SyntaxNode PythonParser::parse_class_def(Nodes decorators) {
  const Position at = here();
  const int line = advance().line;
  const std::string_view name = expect_identifier().text;
  Nodes bases;
  if (at_op("(")) {
    const Position open = position_of(advance());
    parse_call_arguments(bases, open, false);
  }
  SyntaxNode def = make(K::ClassDef, at, std::move(bases), name);
  def.decorators = std::move(decorators);
  def.body = parse_block("class definition", line);
  seal(def);
  return def;
}

SyntaxNode PythonParser::parse_if() {
  const PyToken& keyword = advance();
  const std::string what = "'" + std::string(keyword.text) + "' statement";
  SyntaxNode node = make(K::If, position_of(keyword), {parse_named_expression()});
  node.body = parse_block(what, keyword.line);
  if (at_keyword("elif")) {
    node.orelse.push_back(parse_if());
  } else {
    node.orelse = parse_else_block();
  }
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_while() {
  const PyToken& keyword = advance();
  SyntaxNode node = make(K::While, position_of(keyword), {parse_named_expression()});
  node.body = parse_block("'while' statement", keyword.line);
  node.orelse = parse_else_block();
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_for(Position at, bool is_async) {
  const int line = advance().line;
  SyntaxNode target = parse_target_list();
  expect_keyword("in");
  SyntaxNode node = make(is_async ? K::AsyncFor : K::For, at, {std::move(target), parse_star_expressions()});
  node.body = parse_block("'for' statement", line);
  node.orelse = parse_else_block();
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_try() {
  const PyToken& keyword = advance();
  SyntaxNode node = make(K::Try, position_of(keyword));
  node.body = parse_block("'try' statement", keyword.line);
  while (at_keyword("except")) node.children.push_back(parse_except_handler(node));
  if (!node.children.empty()) node.orelse = parse_else_block();
  if (at_keyword("finally")) {
    const int line = advance().line;
    for (SyntaxNode& statement : parse_block("'finally' statement", line)) node.orelse.push_back(std::move(statement));
  } else if (node.children.empty()) {
    fail_here("expected 'except' or 'finally' block");
  }
  seal(node);
  return node;
}

SyntaxNode PythonParser::parse_except_handler(SyntaxNode& node) {
  const PyToken& keyword = advance();
  const bool star = accept_op("*");
  if (!node.children.empty() && star != (node.kind == K::TryStar))
    fail("cannot have both 'except' and 'except*' on the same 'try'", position_of(keyword));
  if (star) node.kind = K::TryStar;
  SyntaxNode handler = make(K::ExceptHandler, position_of(keyword));
  if (!at_op(":") || star) {
    handler.children.push_back(parse_expression());
    if (at_op(","))
      fail("multiple exception types must be parenthesized", {handler.children[0].line, handler.children[0].column});
    if (accept_keyword("as")) handler.text = expect_identifier().text;
  }
  handler.body = parse_block(star ? "'except*' statement" : "'except' statement", keyword.line);
  seal(handler);
  return handler;
}

SyntaxNode PythonParser::parse_with(Position at, bool is_async) {
  const int line = advance().line;
  SyntaxNode node = make(is_async ? K::AsyncWith : K::With, at, parse_with_items());
  node.body = parse_block("'with' statement", line);
  seal(node);
  return node;
}

Nodes PythonParser::parse_with_items() {
  if (!at_op("(")) return parse_with_item_list();
  const std::size_t start = pos_;
  std::optional<ParseFailure> parenthesized_failure;
  try {
    advance();
    Nodes items;
    do {
      items.push_back(parse_with_item());
    } while (accept_op(",") && !at_op(")"));
    expect_op(")");
    if (at_op(":")) return items;
  } catch (const ParseFailure& failure) {
    parenthesized_failure = failure;
  }
  pos_ = start;
  try {
    return parse_with_item_list();
  } catch (const ParseFailure& failure) {
    if (parenthesized_failure && parenthesized_failure->token_index > failure.token_index) throw *parenthesized_failure;
    throw;
  }
}

Nodes PythonParser::parse_with_item_list() {
  Nodes items;
  do {
    items.push_back(parse_with_item());
  } while (accept_op(","));
  return items;
}

SyntaxNode PythonParser::parse_with_item() {
  const Position at = here();
  Nodes children = Children{parse_expression()};
  if (accept_keyword("as")) {
    children.push_back(parse_single_target());
    check_target(children.back(), TargetUse::Assign);
  }
  return make(K::withitem, at, std::move(children));
}

SyntaxNode PythonParser::parse_parameters(std::string_view closer, bool annotations) {
  SyntaxNode arguments = make(K::arguments, here());
  ParameterState state;
  while (!at_op(closer)) {
    if (state.seen_kwarg) fail_here("arguments cannot follow var-keyword argument");
    if (at_op("/")) {
      parse_slash(arguments, state);
    } else if (at_op("*")) {
      parse_star_parameter(arguments, state, closer, annotations);
    } else if (accept_op("**")) {
      arguments.children.push_back(parse_parameter(annotations, "kwarg", false));
      reject_default("var-keyword argument cannot have default value");
      state.seen_kwarg = true;
    } else {
      parse_plain_parameter(arguments, state, annotations);
    }
    if (!accept_op(",")) break;
  }
  if (state.bare_star) fail("named arguments must follow bare *", *state.bare_star);
  seal(arguments);
  return arguments;
}

void PythonParser::parse_slash(SyntaxNode& arguments, ParameterState& state) {
  if (state.seen_star) fail_here("/ must be ahead of *");
  if (state.seen_slash) fail_here("/ may appear only once");
  if (arguments.children.empty()) fail_here("at least one argument must precede /");
  advance();
  for (SyntaxNode& parameter : arguments.children) {
    if (parameter.kind == K::arg) parameter.detail = "posonly";
  }
  state.seen_slash = true;
}

void PythonParser::parse_star_parameter(SyntaxNode& arguments, ParameterState& state, std::string_view closer,
                                        bool annotations) {
  if (state.seen_star) fail_here("* argument may appear only once");
  const Position star = position_of(advance());
  state.seen_star = true;
  if (at_op(",") || at_op(closer)) {
    state.bare_star = star;
    return;
  }
  arguments.children.push_back(parse_parameter(annotations, "vararg", true));
  reject_default("var-positional argument cannot have default value");
}

void PythonParser::parse_plain_parameter(SyntaxNode& arguments, ParameterState& state, bool annotations) {
  const Position at = here();
  arguments.children.push_back(parse_parameter(annotations, state.seen_star ? "kwonly" : "", false));
  state.bare_star.reset();
  if (accept_op("=")) {
    arguments.children.push_back(parse_expression());
    state.seen_default = state.seen_default || !state.seen_star;
  } else if (state.seen_default && !state.seen_star) {
    fail("non-default argument follows default argument", at);
  }
}

void PythonParser::reject_default(const char* message) {
  if (at_op("=")) fail_here(message);
}

SyntaxNode PythonParser::parse_parameter(bool annotations, std::string_view role, bool star_annotation) {
  const Position at = here();
  SyntaxNode parameter = make(K::arg, at, {}, expect_identifier().text);
  parameter.detail = role;
  if (annotations && accept_op(":"))
    parameter.children.push_back(star_annotation ? parse_star_expression() : parse_expression());
  seal(parameter);
  return parameter;
}

}  // namespace pyprior::prior::detail
