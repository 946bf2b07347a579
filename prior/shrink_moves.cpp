#include "prior/shrink_moves.hpp"

#include <algorithm>
#include <array>

#include "prior/ast.hpp"
#include "prior/choices.hpp"
#include "prior/codec.hpp"
#include "prior/shrink.hpp"

namespace pyprior::prior {
namespace {

using Path = std::vector<std::uint16_t>;
using Candidates = std::vector<std::vector<Token>>;

// What a node is to the shrinker: a statement, an expression, or neither
// (function definitions, blocks, assignment targets, operator leaves).
enum class Role : std::uint8_t { Container, Statement, Expression, Leaf };

Role child_role(const Node& parent, std::size_t index) {
  switch (info(parent.token).category) {
    case Category::BlockEnd: return Role::Statement;
    case Category::ModuleEnd:
    case Category::FunctionDef: return Role::Container;
    default: break;
  }
  switch (info(parent.token).slots[index]) {
    case Slot::Expr: return Role::Expression;
    case Slot::Block:
    case Slot::LoopBlock: return Role::Container;
    default: return Role::Leaf;
  }
}

struct Sites {
  std::vector<Path> statements, expressions, functions;
};

void collect_sites(const Node& node, Role role, Path& path, Sites& sites) {
  if (role == Role::Statement) sites.statements.push_back(path);
  if (role == Role::Expression) sites.expressions.push_back(path);
  if (info(node.token).category == Category::FunctionDef) sites.functions.push_back(path);
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    path.push_back(static_cast<std::uint16_t>(i));
    collect_sites(node.children[i], child_role(node, i), path, sites);
    path.pop_back();
  }
}

Role root_role(Start start) { return start == Start::Expr ? Role::Expression : Role::Container; }

// Node or const Node.
template <class N>
N& node_at(N& root, const Path& path) {
  N* node = &root;
  for (std::uint16_t i : path) node = &node->children[i];
  return *node;
}

Path parent_of(const Path& path) { return Path(path.begin(), path.end() - 1); }

// The program with the node at path replaced.
std::vector<Token> with_node(const Node& root, const Path& path, Node replacement) {
  Node copy = root;
  node_at(copy, path) = std::move(replacement);
  return ast_to_tokens(copy);
}

// The program with the statement at path replaced by a run of statements,
// and with the statements after it dropped when drop_rest.
std::vector<Token> with_statements(const Node& root, const Path& path, const std::vector<Node>& run, bool drop_rest) {
  Node copy = root;
  auto& siblings = node_at(copy, parent_of(path)).children;
  const auto at = siblings.begin() + path.back();
  const auto end = drop_rest ? siblings.end() : at + 1;
  siblings.insert(siblings.erase(at, end), run.begin(), run.end());
  return ast_to_tokens(copy);
}

std::vector<Node> concatenated(const std::vector<Node>& first, const std::vector<Node>& second) {
  std::vector<Node> out = first;
  out.insert(out.end(), second.begin(), second.end());
  return out;
}

// The runs of statements that may stand in for s: nothing; `return`; the
// arms of an if, apart or one after the other; a loop's body, alone or after
// binding the loop variable once; `return` of one of s's expressions; s
// without its else arm or first arm; `d = e` for `d += e`; a for loop as a
// while loop.
std::vector<std::vector<Node>> replacement_runs(const Node& s) {
  std::vector<std::vector<Node>> out{{}};
  if (s.token != Token::ReturnNone) out.push_back({Node{Token::ReturnNone, {}}});
  for (std::size_t i = 0; i < s.children.size(); ++i)
    if (child_role(s, i) == Role::Expression && s.token != Token::Return)
      out.push_back({Node{Token::Return, {s.children[i]}}});
  const auto& kids = s.children;
  switch (s.token) {
    case Token::If: out.push_back(kids[1].children); break;
    case Token::IfElse:
      out.push_back(kids[1].children);
      out.push_back(kids[2].children);
      out.push_back(concatenated(kids[1].children, kids[2].children));
      out.push_back({Node{Token::If, {kids[0], kids[1]}}});
      out.push_back({Node{Token::If, {kids[0], kids[2]}}});
      break;
    case Token::While: out.push_back(kids[1].children); break;
    case Token::For:
      out.push_back(kids[2].children);
      out.push_back(concatenated({Node{Token::Assign, {kids[0], kids[1]}}}, kids[2].children));
      out.push_back({Node{Token::While, {kids[1], kids[2]}}});
      break;
    case Token::AugAssign: out.push_back({Node{Token::Assign, {kids[0], kids[2]}}}); break;
    default: break;
  }
  return out;
}

bool ends_in_return(const std::vector<Node>& run) {
  return !run.empty() && (run.back().token == Token::Return || run.back().token == Token::ReturnNone);
}

// Writes value in place of every read of name in the expressions under node.
void substitute(Node& node, Role role, Token name, const Node& value) {
  if (role == Role::Expression && node.token == name) {
    node = value;
    return;
  }
  for (std::size_t i = 0; i < node.children.size(); ++i) substitute(node.children[i], child_role(node, i), name, value);
}

// The program without the assignment at path, its value written wherever the
// later statements of its block read the assigned name.
std::vector<Token> with_assignment_inlined(const Node& root, const Path& path) {
  Node copy = root;
  auto& siblings = node_at(copy, parent_of(path)).children;
  const auto at = siblings.begin() + path.back();
  const Node assignment = *at;
  for (auto later = at + 1; later != siblings.end(); ++later)
    substitute(*later, Role::Statement, assignment.children[0].token, assignment.children[1]);
  siblings.erase(at);
  return ast_to_tokens(copy);
}

std::vector<Node> subexpressions(const Node& expression) {
  Sites sites;
  Path path;
  collect_sites(expression, Role::Expression, path, sites);
  std::vector<Node> out;
  for (std::size_t i = 1; i < sites.expressions.size(); ++i) out.push_back(node_at(expression, sites.expressions[i]));
  return out;
}

bool is_big_constant(Token t) { return t >= Token::Big127 && t <= Token::Big2p64; }

// The one or two smallest constants the config allows.
std::vector<Token> smallest_constants(const DecodeConfig& cfg) {
  const int lowest = cfg.const_range.first;
  std::vector<Token> out{small_constant_token(lowest)};
  if (lowest + 1 <= cfg.const_range.second) out.push_back(small_constant_token(lowest + 1));
  return out;
}

// Smaller constants than t, most aggressive first: the smallest constants of
// the config, then halfway, then one step down.
std::vector<Token> smaller_constants(Token t, const DecodeConfig& cfg) {
  std::vector<Token> out = smallest_constants(cfg);
  if (is_small_constant(t)) {
    const int value = small_constant_value(t);
    for (int v : {value / 2, value - 1})
      if (v > cfg.const_range.first) out.push_back(small_constant_token(v));
  } else if (is_big_constant(t)) {
    out.push_back(small_constant_token(cfg.const_range.second));
    const int rank = id(t) - id(Token::Big127);
    for (int r : {0, rank / 2, rank - 1})
      if (r >= 0 && r < rank) out.push_back(token_from_id(id(Token::Big127) + r));
  }
  std::erase_if(out, [t](Token c) { return c >= t; });
  return out;
}

// Every constant the config allows.
std::vector<Token> all_constants(const DecodeConfig& cfg) {
  std::vector<Token> out;
  for (int v = cfg.const_range.first; v <= cfg.const_range.second; ++v) out.push_back(small_constant_token(v));
  if (cfg.allows(Feature::BigInts))
    for (int i = id(Token::Big127); i <= id(Token::Big2p64); ++i) out.push_back(token_from_id(i));
  return out;
}

// Tokens with operands are definitions, statements and operators.
bool is_operator(Token t) {
  const Category c = info(t).category;
  return info(t).slot_count > 0 && c != Category::Statement && c != Category::FunctionDef;
}

bool same_slots(const TokenInfo& a, const TokenInfo& b) {
  return a.slot_count == b.slot_count && std::equal(a.slots.begin(), a.slots.begin() + a.slot_count, b.slots.begin());
}

// Operators that take the same operands as t and have smaller ids.
std::vector<Token> smaller_operators(Token t, const DecodeConfig& cfg) {
  std::vector<Token> out;
  for (int i = 0; i < id(t); ++i) {
    const TokenInfo& row = kTokenTable[i];
    if (is_operator(row.token) && cfg.allows(row.feature) && same_slots(row, info(t))) out.push_back(row.token);
  }
  return out;
}

Node leaf(Token t) { return Node{t, {}}; }

std::vector<int> used_names(std::span<const Token> tokens) {
  std::array<bool, kNameCount> used{};
  for (Token t : tokens)
    if (info(t).category == Category::Name) used[name_index(t)] = true;
  std::vector<int> out;
  for (int i = 1; i < kNameCount; ++i)
    if (used[i]) out.push_back(i);
  return out;
}

std::vector<Token> renamed(std::span<const Token> tokens, Token from, Token to) {
  std::vector<Token> out(tokens.begin(), tokens.end());
  std::replace(out.begin(), out.end(), from, to);
  return out;
}

}  // namespace

struct ShrinkMoves::Parsed {
  std::vector<Token> tokens;
  std::shared_ptr<const Grammar> grammar;
  Start start;
  DecodeConfig config;
  Node root;
  Sites sites;
  std::vector<int> names;  // the names used, except a
  std::vector<std::uint8_t> choices;

  Candidates statement_candidates(const Path& path) const;
  Candidates expression_candidates(const Path& path) const;
  Candidates name_candidates(std::size_t position) const;
  Candidates choice_candidates(std::size_t position) const;
  Candidates exhaustive_candidates(const Path& path) const;
};

ShrinkMoves::ShrinkMoves(std::span<const Token> tokens, std::shared_ptr<const Grammar> grammar, Start start) {
  auto parsed = std::make_shared<Parsed>();
  parsed->tokens.assign(tokens.begin(), tokens.end());
  parsed->config = Decoder(grammar, start).config();
  parsed->grammar = std::move(grammar);
  parsed->start = start;
  parsed->root = tokens_to_ast(tokens, start);
  Path path;
  collect_sites(parsed->root, root_role(start), path, parsed->sites);
  parsed->names = used_names(tokens);
  parsed->choices = tokens_to_choices(tokens, parsed->grammar, start);
  parsed_ = std::move(parsed);
}

std::size_t ShrinkMoves::positions(MoveKind kind) const {
  const Parsed& p = *parsed_;
  switch (kind) {
    case MoveKind::Statements: return p.sites.statements.size();
    case MoveKind::Expressions:
    case MoveKind::Exhaustive: return p.sites.expressions.size();
    case MoveKind::Names: return p.sites.functions.size() + p.names.size();
    case MoveKind::Choices: return p.choices.size();
  }
  return 0;
}

std::vector<std::vector<Token>> ShrinkMoves::candidates(MoveKind kind, std::size_t position) const {
  const Parsed& p = *parsed_;
  Candidates out;
  switch (kind) {
    case MoveKind::Statements: out = p.statement_candidates(p.sites.statements.at(position)); break;
    case MoveKind::Expressions: out = p.expression_candidates(p.sites.expressions.at(position)); break;
    case MoveKind::Names: out = p.name_candidates(position); break;
    case MoveKind::Choices: out = p.choice_candidates(position); break;
    case MoveKind::Exhaustive: out = p.exhaustive_candidates(p.sites.expressions.at(position)); break;
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return simpler(x, y); });
  return out;
}

Candidates ShrinkMoves::Parsed::statement_candidates(const Path& path) const {
  const std::size_t later = node_at(root, parent_of(path)).children.size() - path.back() - 1;
  Candidates out;
  for (const auto& run : replacement_runs(node_at(root, path))) {
    out.push_back(with_statements(root, path, run, false));
    // Statements after a return (or after this one, deleted) are the next cut.
    if (later > 0 && (run.empty() || ends_in_return(run))) out.push_back(with_statements(root, path, run, true));
  }
  if (later > 0 && node_at(root, path).token == Token::Assign) out.push_back(with_assignment_inlined(root, path));
  return out;
}

Candidates ShrinkMoves::Parsed::expression_candidates(const Path& path) const {
  const Node& expression = node_at(root, path);
  const Token t = expression.token;
  Candidates out;
  const std::vector<Token> constants =
      info(t).category == Category::Constant ? smaller_constants(t, config) : smallest_constants(config);
  for (Token c : constants) out.push_back(with_node(root, path, leaf(c)));
  if (info(t).category == Category::Name)
    for (int i = 0; i < name_index(t); ++i) out.push_back(with_node(root, path, leaf(name_token(i))));
  for (Node& sub : subexpressions(expression)) out.push_back(with_node(root, path, std::move(sub)));
  if (t == Token::Chain) {
    const auto& kids = expression.children;
    out.push_back(with_node(root, path, Node{kids[0].token, {kids[2], kids[3]}}));
    out.push_back(with_node(root, path, Node{kids[1].token, {kids[3], kids[4]}}));
  }
  return out;
}

Candidates ShrinkMoves::Parsed::name_candidates(std::size_t position) const {
  Candidates out;
  if (position < sites.functions.size()) {
    const Path& path = sites.functions[position];
    const Node& def = node_at(root, path);
    for (int arity = 0; arity < arity_of_def(def.token); ++arity)
      out.push_back(with_node(root, path, Node{def_token(arity), def.children}));
    return out;
  }
  const Token name = name_token(names.at(position - sites.functions.size()));
  for (int i = 0; i < name_index(name); ++i) out.push_back(renamed(tokens, name, name_token(i)));
  return out;
}

Candidates ShrinkMoves::Parsed::choice_candidates(std::size_t position) const {
  std::vector<std::vector<std::uint8_t>> edits;
  const auto at = choices.begin() + static_cast<std::ptrdiff_t>(position);
  edits.emplace_back(choices.begin(), at);  // drop the tail: the cheapest completion takes over
  for (std::size_t span : {8, 4, 2, 1})
    if (position + span < choices.size()) {
      auto edit = choices;
      edit.erase(edit.begin() + static_cast<std::ptrdiff_t>(position),
                 edit.begin() + static_cast<std::ptrdiff_t>(position + span));
      edits.push_back(std::move(edit));
    }
  const std::uint8_t choice = choices[position];
  for (int lower : {0, choice / 2, choice - 1})
    if (lower >= 0 && lower < choice) {
      auto edit = choices;
      edit[position] = static_cast<std::uint8_t>(lower);
      edits.push_back(std::move(edit));
    }
  Candidates out;
  for (const auto& edit : edits) out.push_back(choices_to_tokens(edit, grammar, start));
  return out;
}

Candidates ShrinkMoves::Parsed::exhaustive_candidates(const Path& path) const {
  const Node& expression = node_at(root, path);
  const bool is_leaf = expression.children.empty();
  Candidates out;
  std::vector<Token> leaves = all_constants(config);
  for (int i = 0; i < kNameCount; ++i) leaves.push_back(name_token(i));
  for (Token t : leaves)
    if (!is_leaf || t < expression.token) out.push_back(with_node(root, path, leaf(t)));
  if (!is_leaf)
    for (Token op : smaller_operators(expression.token, config))
      out.push_back(with_node(root, path, Node{op, expression.children}));
  return out;
}

void normalize_locals(std::vector<Token>& tokens) {
  std::array<int, kMaxLocals> renamed_to{};
  int next = 0;
  renamed_to.fill(-1);
  for (Token& t : tokens) {
    if (info(t).category == Category::FunctionDef) {  // each function numbers its own locals
      renamed_to.fill(-1);
      next = 0;
    }
    if (info(t).category != Category::Name || name_index(t) < kMaxParams) continue;
    int& local = renamed_to[name_index(t) - kMaxParams];
    if (local < 0) local = next++;
    t = local_token(local);
  }
}

}  // namespace pyprior::prior
