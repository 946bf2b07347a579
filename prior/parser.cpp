// Lowering: the full Python syntax tree (python_syntax.hpp) onto the
// language's Node tree. It walks the tree in preorder, CPython's field
// order, so the error it reports is the first offending node in the text.
#include "prior/parser.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "prior/braced_list.hpp"
#include "prior/python_literals.hpp"
#include "prior/python_syntax.hpp"
#include "prior/source_names.hpp"

namespace pyprior::prior {

namespace {

using K = SyntaxKind;

struct Refusal {
  SourceError error;
};

std::string node_type_of(const SyntaxNode& node) {
  if (node.kind == K::Constant) return "Constant[" + std::string(node.detail) + "]";
  return std::string(syntax_kind_name(node.kind));
}

[[noreturn]] void refuse(std::string stage, std::string message, const SyntaxNode& at) {
  throw Refusal{SourceError{std::move(stage), std::move(message), at.line, at.column, node_type_of(at)}};
}

// `node_type` names what is refused when it is not `at` itself (operators, argument lists).
[[noreturn]] void unsupported_as(const SyntaxNode& at, const std::string& node_type, const std::string& why = "") {
  std::string message = node_type + " is outside the supported subset";
  if (!why.empty()) message += ": " + why;
  throw Refusal{SourceError{"unsupported_syntax", std::move(message), at.line, at.column, node_type}};
}

[[noreturn]] void unsupported(const SyntaxNode& node, const std::string& why = "") {
  unsupported_as(node, node_type_of(node), why);
}

Node leaf(Token token) {
  Node node;
  node.token = token;
  return node;
}

Node branch(Token token, BracedList<Node> children) {
  Node node = leaf(token);
  node.children = std::move(children.items);
  return node;
}

// The one table from CPython operator classes to tokens.
struct OperatorToken {
  SyntaxKind kind;
  Token token;
};
constexpr OperatorToken kOperatorTokens[] = {
    {K::Add, Token::Add},       {K::Sub, Token::Sub},       {K::Mult, Token::Mul},    {K::FloorDiv, Token::FloorDiv},
    {K::Mod, Token::Mod},       {K::BitAnd, Token::BitAnd}, {K::BitOr, Token::BitOr}, {K::BitXor, Token::BitXor},
    {K::LShift, Token::LShift}, {K::RShift, Token::RShift}, {K::Lt, Token::Lt},       {K::LtE, Token::LtE},
    {K::Gt, Token::Gt},         {K::GtE, Token::GtE},       {K::Eq, Token::Eq},       {K::NotEq, Token::NotEq},
    {K::USub, Token::Neg},      {K::Invert, Token::Invert}, {K::Not, Token::Not},     {K::And, Token::And},
    {K::Or, Token::Or},
};

// The token of an operator node, or a refusal naming the operator (Pow, Div, In, ...).
Token operator_token(const SyntaxNode& op, const SyntaxNode& owner) {
  for (const OperatorToken& entry : kOperatorTokens) {
    if (entry.kind == op.kind) return entry.token;
  }
  unsupported_as(owner, std::string(syntax_kind_name(op.kind)));
}

// The token whose rendered text is `python` in a category (builtins, constants).
template <typename Matches>
std::optional<Token> find_token(Category category, Matches matches) {
  for (const TokenInfo& row : kTokenTable) {
    if (row.category == category && matches(row)) return row.token;
  }
  return std::nullopt;
}

bool is_none(const SyntaxNode& node) { return node.kind == K::Constant && node.detail == "NoneType"; }

// Lowers one function body, block or expression. The first `parameters`
// names count as bound from the start.
class Lowering {
 public:
  Lowering(SourceNames names, int parameters) : names_(std::move(names)) {
    for (int i = 0; i < std::min(parameters, kMaxParams); ++i) bound_.insert(name_token(i));
  }

  Node function(const SyntaxNode& def) {
    if (!def.decorators.empty()) unsupported(def.decorators[0], "decorators are not supported");
    const int arity = check_parameters(def.children[0]);
    if (def.children.size() > 1) unsupported(def, "return annotations are not supported");
    return branch(def_token(arity), {block(def.body)});
  }

  Node block(const std::vector<SyntaxNode>& statements) {
    Node node = block_node({});
    for (const SyntaxNode& statement : statements) node.children.push_back(this->statement(statement));
    return node;
  }

  // Recursion runs through here once per level of the tree, so this frame
  // stays small: each case is a separate, never-inlined function (sanitizer
  // builds would otherwise merge all their locals into one large frame).
  Node expression(const SyntaxNode& node) {
    switch (node.kind) {
      case K::Name:
        return name_expression(node);
      case K::Constant:
        return constant(node);
      case K::BinOp:
        return binary(node);
      case K::UnaryOp:
        return unary(node);
      case K::BoolOp:
        return bool_op(node);
      case K::Compare:
        return comparison(node);
      case K::IfExp:
        return conditional(node);
      case K::Call:
        return builtin_call(node);
      default:
        unsupported(node);
    }
  }

 private:
  // The parameters of a def: plain names only, at most kMaxParams.
  int check_parameters(const SyntaxNode& arguments) {
    std::vector<std::string_view> seen;
    for (const SyntaxNode& parameter : arguments.children) {
      if (parameter.kind != K::arg || !parameter.detail.empty())
        unsupported_as(parameter, "arguments", "only plain positional parameters are supported");
      if (!parameter.children.empty()) unsupported(parameter, "annotations are not supported");
      if (std::find(seen.begin(), seen.end(), parameter.text) != seen.end())
        refuse("name_normalization", "duplicate parameter '" + std::string(parameter.text) + "'", parameter);
      seen.push_back(parameter.text);
      if (static_cast<int>(seen.size()) > kMaxParams)
        refuse("name_normalization", "more than " + std::to_string(kMaxParams) + " parameters", parameter);
    }
    return static_cast<int>(seen.size());
  }

  Node statement(const SyntaxNode& node) {
    switch (node.kind) {
      case K::Return:
        if (node.children.empty() || is_none(node.children[0])) return leaf(Token::ReturnNone);
        return branch(Token::Return, {expression(node.children[0])});
      case K::Assign:
        return assignment(node);
      case K::AugAssign:
        return augmented_assignment(node);
      case K::If:
        return if_statement(node);
      case K::For:
        return for_loop(node);
      case K::While:
        return while_loop(node);
      case K::Break:
        return leaf(Token::Break);
      case K::Continue:
        return leaf(Token::Continue);
      default:
        unsupported(node);
    }
  }

  Node assignment(const SyntaxNode& node) {
    if (node.children.size() > 2) unsupported(node, "one target per assignment");
    return branch(Token::Assign, {bind_name(node.children[0]), expression(node.children[1])});
  }

  Node augmented_assignment(const SyntaxNode& node) {
    const SyntaxNode& target = node.children[0];
    if (target.kind != K::Name) unsupported(target);
    const Token op = operator_token(node.children[1], node);
    const Token name = read_name(target);
    if (!bound_.contains(name))
      refuse("name_normalization", "'" + std::string(target.text) + "' is updated before it is assigned", target);
    return branch(Token::AugAssign, {leaf(name), leaf(op), expression(node.children[2])});
  }

  // elif chains arrive as an If alone in the orelse: it becomes the else block.
  Node if_statement(const SyntaxNode& node) {
    Node test = expression(node.children[0]);
    Node body = block(node.body);
    if (node.orelse.empty()) return branch(Token::If, {std::move(test), std::move(body)});
    return branch(Token::IfElse, {std::move(test), std::move(body), block(node.orelse)});
  }

  Node for_loop(const SyntaxNode& node) {
    if (!node.orelse.empty()) unsupported(node, "for loops with an else block");
    Node target = bind_name(node.children[0]);
    Node count = range_argument(node.children[1]);
    return branch(Token::For, {std::move(target), std::move(count), block(node.body)});
  }

  // The n of `range(n)`.
  Node range_argument(const SyntaxNode& iterable) {
    if (iterable.kind != K::Call) unsupported(iterable, "loops run over range(n)");
    const SyntaxNode& callee = iterable.children[0];
    const bool is_range = callee.kind == K::Name && callee.text == "range" && !names_.index_of("range");
    if (!is_range || iterable.children.size() != 2 || !is_positional(iterable.children[1]))
      unsupported(iterable, "loops run over range(n) with one argument");
    return expression(iterable.children[1]);
  }

  Node while_loop(const SyntaxNode& node) {
    if (!node.orelse.empty()) unsupported(node, "while loops with an else block");
    Node test = expression(node.children[0]);
    return branch(Token::While, {std::move(test), block(node.body)});
  }

  static bool is_positional(const SyntaxNode& argument) {
    return argument.kind != K::keyword && argument.kind != K::Starred;
  }

  // --- names -----------------------------------------------------------------
  Token name_at(int index, const SyntaxNode& at) const {
    if (index >= kNameCount) refuse("name_normalization", "more than " + std::to_string(kMaxLocals) + " locals", at);
    return name_token(index);
  }

  Token read_name(const SyntaxNode& node) const {
    const std::optional<int> index = names_.index_of(node.text);
    if (!index) refuse("name_normalization", unknown_name_message(node.text), node);
    return name_at(*index, node);
  }

  std::string unknown_name_message(std::string_view name) const {
    if (names_.canonical()) return "name '" + std::string(name) + "' is not canonical (a..m)";
    return "name '" + std::string(name) + "' is neither a parameter nor assigned in the function";
  }

  // A Target slot: the name becomes bound from here on.
  Node bind_name(const SyntaxNode& target) {
    if (target.kind != K::Name) unsupported(target, "targets are single names");
    const Token name = read_name(target);
    bound_.insert(name);
    return leaf(name);
  }

  // --- expressions -----------------------------------------------------------
  [[gnu::noinline]] Node name_expression(const SyntaxNode& node) const { return leaf(read_name(node)); }

  [[gnu::noinline]] static Node constant(const SyntaxNode& node) {
    if (node.detail != "int") unsupported(node, "the language computes on integers");
    // One bit past the largest constant token (2**64) is enough to tell.
    const std::optional<Integer> value = int_literal_value(node.text, 66);
    const std::optional<Token> token =
        value ? find_token(Category::Constant,
                           [&](const TokenInfo& row) { return Integer::from_string(row.python) == value; })
              : std::nullopt;
    if (!token) refuse("vocab_encode", "the integer " + std::string(node.text) + " has no token", node);
    return leaf(*token);
  }

  [[gnu::noinline]] Node binary(const SyntaxNode& node) {
    const Token op = operator_token(node.children[1], node);
    return branch(op, {expression(node.children[0]), expression(node.children[2])});
  }

  [[gnu::noinline]] Node unary(const SyntaxNode& node) {
    const Token op = operator_token(node.children[0], node);
    return branch(op, {expression(node.children[1])});
  }

  // `a and b and c` is And(And(a, b), c).
  [[gnu::noinline]] Node bool_op(const SyntaxNode& node) {
    const Token op = operator_token(node.children[1], node);
    Node left = expression(node.children[0]);
    for (std::size_t i = 2; i < node.children.size(); i += 2)
      left = branch(op, {std::move(left), expression(node.children[i])});
    return left;
  }

  // children: [a, op, b] or [a, op, b, op, c]; the latter is a Chain.
  [[gnu::noinline]] Node comparison(const SyntaxNode& node) {
    const std::size_t operators = node.children.size() / 2;
    if (operators > 2) unsupported(node, "at most two chained comparisons");
    std::vector<Node> ops;
    for (std::size_t i = 1; i < node.children.size(); i += 2)
      ops.push_back(leaf(operator_token(node.children[i], node)));
    if (operators == 1) return branch(ops[0].token, {expression(node.children[0]), expression(node.children[2])});
    return branch(Token::Chain, {std::move(ops[0]), std::move(ops[1]), expression(node.children[0]),
                                 expression(node.children[2]), expression(node.children[4])});
  }

  // IfExp's children are test, body, orelse: the token's slot order too.
  [[gnu::noinline]] Node conditional(const SyntaxNode& node) {
    return branch(Token::IfExp,
                  {expression(node.children[0]), expression(node.children[1]), expression(node.children[2])});
  }

  // abs(x), min(x, y), max(x, y), unless the name is a parameter or a local.
  [[gnu::noinline]] Node builtin_call(const SyntaxNode& call) {
    const SyntaxNode& callee = call.children[0];
    const std::optional<Token> builtin =
        callee.kind == K::Name && !names_.index_of(callee.text)
            ? find_token(Category::Builtin, [&](const TokenInfo& row) { return row.python == callee.text; })
            : std::nullopt;
    const std::size_t argument_count = call.children.size() - 1;
    if (!builtin || argument_count != info(*builtin).slot_count ||
        !std::all_of(call.children.begin() + 1, call.children.end(), is_positional))
      unsupported(call, "the only calls are abs(x), min(x, y) and max(x, y)");
    Node node = leaf(*builtin);
    for (std::size_t i = 1; i < call.children.size(); ++i) node.children.push_back(expression(call.children[i]));
    return node;
  }

  SourceNames names_;
  std::set<Token> bound_;  // names bound so far in the text, for augmented assignment
};

std::vector<std::string_view> parameter_names(const SyntaxNode& def) {
  std::vector<std::string_view> names;
  for (const SyntaxNode& parameter : def.children[0].children) names.push_back(parameter.text);
  return names;
}

Node lower_function(const SyntaxNode& def) {
  if (def.kind != K::FunctionDef) unsupported(def);
  const std::vector<std::string_view> parameters = parameter_names(def);
  return Lowering(SourceNames::for_function(parameters, def.body), static_cast<int>(parameters.size())).function(def);
}

// Block and Expr sources may use any parameter name, a..c.
Lowering canonical_lowering() { return Lowering(SourceNames::already_canonical(), kMaxParams); }

// The module's single def; anything else at the top level is refused.
const SyntaxNode& single_function(const SyntaxNode& module) {
  const SyntaxNode* def = nullptr;
  for (const SyntaxNode& statement : module.body) {
    if (def != nullptr || (statement.kind != K::FunctionDef && statement.kind != K::AsyncFunctionDef))
      unsupported(statement,
                  def != nullptr && statement.kind == K::FunctionDef ? "one function per source for now" : "");
    def = &statement;
  }
  if (def == nullptr) unsupported_as(module, "Module", "expected one function definition");
  return *def;
}

Node lower(const SyntaxNode& root, Start start) {
  switch (start) {
    case Start::Function:
      return lower_function(single_function(root));
    case Start::Module:
      return branch(Token::EndModule, {lower_function(single_function(root))});
    case Start::Block:
      return canonical_lowering().block(root.body);
    case Start::Expr:
      return canonical_lowering().expression(root);
  }
  return {};
}

// Whether a node's last child slot is a block (so a source can stop inside it).
bool ends_in_block(const Node& node) {
  if (node.token == Token::EndBlock || node.token == Token::EndModule) return true;
  const TokenInfo& row = info(node.token);
  if (row.slot_count == 0) return false;
  const Slot last = row.slots[row.slot_count - 1];
  return last == Slot::Block || last == Slot::LoopBlock;
}

// A partial source stops inside every block on the right spine.
void open_right_spine(Node& node) {
  node.open = true;
  if (!node.children.empty() && ends_in_block(node.children.back())) open_right_spine(node.children.back());
}

ParsedSource refused(SourceError error) { return ParsedSource{std::move(error), Node{}, false}; }

ParsedSource lower_checked(const SyntaxNode& root, Start start, bool partial) {
  try {
    ParsedSource parsed{std::nullopt, lower(root, start), true};
    if (partial && ends_in_block(parsed.root)) {
      open_right_spine(parsed.root);
      parsed.complete = false;
    }
    return parsed;
  } catch (const Refusal& refusal) {
    return refused(refusal.error);
  }
}

}  // namespace

ParsedSource parse_python(std::string_view source, Start start, const ParseOptions& options) {
  const SyntaxParse syntax =
      parse_python_syntax(source, SyntaxOptions{.expression = start == Start::Expr, .partial = options.partial});
  if (syntax.error) return refused(*syntax.error);
  return lower_checked(syntax.root, start, options.partial);
}

std::vector<ParsedSource> parse_top_level_functions(std::string_view source) {
  const SyntaxParse syntax = parse_python_syntax(source);
  if (syntax.error) return {refused(*syntax.error)};
  std::vector<ParsedSource> functions;
  for (const SyntaxNode& statement : syntax.root.body) {
    try {
      functions.push_back(ParsedSource{std::nullopt, lower_function(statement), true});
    } catch (const Refusal& refusal) {
      functions.push_back(refused(refusal.error));
    }
  }
  return functions;
}

}  // namespace pyprior::prior
