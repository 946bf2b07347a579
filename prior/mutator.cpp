#include "prior/mutator.hpp"

#include <algorithm>

#include "prior/choices.hpp"
#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"

namespace pyprior::prior {
namespace {

// ---------------------------------------------------------------------------
// Sites: the places of a program's tree a move can act on.

enum class SiteKind : std::uint8_t { Function, Block, Statement, Expr, Leaf };

struct Site {
  Node* node = nullptr;
  SiteKind kind = SiteKind::Expr;
  Node* block = nullptr;     // statements: the block that holds them
  std::size_t index = 0;     // statements: their place in that block
  std::size_t position = 0;  // index of the node's first token in the program
};

SiteKind site_kind_of(Slot slot) {
  switch (slot) {
    case Slot::Block:
    case Slot::LoopBlock: return SiteKind::Block;
    case Slot::Expr: return SiteKind::Expr;
    default: return SiteKind::Leaf;  // names and operators that fill one token
  }
}

// Walks a tree in preorder, numbering tokens as ast_to_tokens writes them.
class SiteCollector {
 public:
  std::vector<Site> collect(Node& root, Start start) {
    switch (start) {
      case Start::Module:
        for (Node& def : root.children) visit(def, SiteKind::Function, nullptr, 0);
        break;
      case Start::Function: visit(root, SiteKind::Function, nullptr, 0); break;
      case Start::Block: visit(root, SiteKind::Block, nullptr, 0); break;
      case Start::Expr: visit(root, SiteKind::Expr, nullptr, 0); break;
    }
    return std::move(sites_);
  }

 private:
  void visit(Node& node, SiteKind kind, Node* block, std::size_t index) {
    sites_.push_back(Site{&node, kind, block, index, position_});
    if (kind == SiteKind::Block) {
      for (std::size_t i = 0; i < node.children.size(); ++i) visit(node.children[i], SiteKind::Statement, &node, i);
      ++position_;  // the block's end token
      return;
    }
    ++position_;
    if (kind == SiteKind::Leaf) return;
    const TokenInfo& row = info(node.token);
    for (std::size_t i = 0; i < node.children.size() && i < row.slot_count; ++i)
      visit(node.children[i], site_kind_of(row.slots[i]), nullptr, 0);
  }

  std::vector<Site> sites_;
  std::size_t position_ = 0;
};

// A program held as a tree, with the sites of that tree.
struct Tree {
  Node root;
  std::vector<Site> sites;

  Tree(std::span<const Token> program, Start start) : root(tokens_to_ast(program, start)) {
    sites = SiteCollector().collect(root, start);
  }
  Tree(const Tree&) = delete;  // sites point into root

  std::vector<const Site*> of_kinds(std::initializer_list<SiteKind> kinds) const {
    std::vector<const Site*> out;
    for (const Site& s : sites)
      if (std::find(kinds.begin(), kinds.end(), s.kind) != kinds.end()) out.push_back(&s);
    return out;
  }
};

template <class T>
const T& pick(const std::vector<T>& items, Rng& rng) {
  return items[rng.below(items.size())];
}

Token pick(TokenSet set, Rng& rng) { return set.nth(static_cast<int>(rng.below(set.size()))); }

template <class Keep>
TokenSet filter(TokenSet set, Keep keep) {
  TokenSet out;
  set.for_each([&](Token t) {
    if (keep(t)) out.insert(t);
  });
  return out;
}

// Two tokens of the same shape take the same children, so one can replace
// the other in place (a loop block and a plain block count as alike).
bool same_shape(Token a, Token b) {
  const TokenInfo& x = info(a);
  const TokenInfo& y = info(b);
  if (x.slot_count != y.slot_count) return false;
  const auto plain = [](Slot s) { return s == Slot::LoopBlock ? Slot::Block : s; };
  for (int i = 0; i < x.slot_count; ++i)
    if (plain(x.slots[i]) != plain(y.slots[i])) return false;
  return true;
}

bool is_leaf_expression(Token t) {
  const Category c = info(t).category;
  return c == Category::Name || c == Category::Constant;
}

Decoder decoder_after(std::span<const Token> prefix, const std::shared_ptr<const Grammar>& grammar, Start start) {
  Decoder decoder(grammar, start);
  for (Token t : prefix) decoder.advance(t);
  return decoder;
}

std::vector<Token> tokens_of(const Decoder& decoder) { return {decoder.tokens().begin(), decoder.tokens().end()}; }

void complete_cheaply(Decoder& decoder) {
  while (!decoder.is_complete()) decoder.advance(decoder.cheapest_legal());
}

// ---------------------------------------------------------------------------
// Projection of a desired tree onto the grammar (see project() in the header).

class Projector {
 public:
  Projector(const std::shared_ptr<const Grammar>& grammar, Start start, Rng& rng)
      : decoder_(grammar, start), rng_(rng), sampler_(rng.next()) {}

  std::vector<Token> run(const Node& desired) {
    const Node* root = followed(&desired);
    switch (decoder_.start()) {
      case Start::Module:
        if (!root || root->children.empty()) function(nullptr);
        else
          for (const Node& def : root->children)
            if (wants_function()) function(followed(&def));
        break;
      case Start::Function: function(root); break;
      case Start::Block: block(root); break;
      case Start::Expr: expression(root); break;
    }
    complete_cheaply(decoder_);
    return tokens_of(decoder_);
  }

 private:
  // nullptr for a hole: the subtree there is sampled.
  static const Node* followed(const Node* desired) {
    return desired && desired->token != Token::Pad ? desired : nullptr;
  }

  bool wants_function() const {
    return !filter(decoder_.legal(), [](Token t) { return info(t).category == Category::FunctionDef; }).empty();
  }

  void take(Token t) { decoder_.advance(t); }

  Token sample(TokenSet legal) { return sampler_.choose(decoder_, legal); }

  // A legal token in place of an illegal `wanted`: one of its category, else
  // an expression leaf, else the cheapest.
  Token substitute(TokenSet legal, Token wanted) {
    const TokenSet alike = filter(legal, [&](Token t) { return info(t).category == info(wanted).category; });
    if (!alike.empty()) return pick(alike, rng_);
    const TokenSet leaves = filter(legal, is_leaf_expression);
    if (!leaves.empty()) return pick(leaves, rng_);
    return decoder_.cheapest_legal();
  }

  // The children of a node whose token t was just taken; `desired` is the
  // node being followed, or nullptr when the children are to be sampled.
  void children(Token t, const Node* desired) {
    const TokenInfo& row = info(t);
    for (int i = 0; i < row.slot_count; ++i) {
      const Node* child = desired && i < static_cast<int>(desired->children.size()) ? &desired->children[i] : nullptr;
      switch (site_kind_of(row.slots[i])) {
        case SiteKind::Block: block(followed(child)); break;
        case SiteKind::Expr: expression(followed(child)); break;
        default: leaf(followed(child)); break;
      }
    }
  }

  void function(const Node* desired) {
    const TokenSet legal = decoder_.legal();
    Token t;
    if (!desired) t = sample(legal);
    else if (legal.contains(desired->token)) t = desired->token;
    else t = substitute(legal, desired->token);
    take(t);
    children(t, desired);
  }

  void block(const Node* desired) {
    if (desired) {
      for (const Node& statement : desired->children) this->statement(statement);
    } else {
      for (Token t = sample(decoder_.legal()); t != Token::EndBlock; t = sample(decoder_.legal())) {
        take(t);
        children(t, nullptr);
      }
    }
    while (!decoder_.is_legal(Token::EndBlock)) {  // an empty block: the cheapest statement
      const Token t = decoder_.cheapest_legal();
      take(t);
      children(t, nullptr);
    }
    take(Token::EndBlock);
  }

  // A statement that is not legal here is dropped.
  void statement(const Node& desired) {
    TokenSet legal = decoder_.legal();
    legal.erase(Token::EndBlock);
    if (legal.empty()) return;  // the block is full
    if (desired.token == Token::Pad) {
      const Token t = sample(legal);
      take(t);
      children(t, nullptr);
    } else if (legal.contains(desired.token)) {
      take(desired.token);
      children(desired.token, &desired);
    }
  }

  // An operator that is not legal here gives way to its first operand.
  void expression(const Node* desired) {
    const TokenSet legal = decoder_.legal();
    if (!desired) {
      const Token t = sample(legal);
      take(t);
      children(t, nullptr);
      return;
    }
    if (legal.contains(desired->token)) {
      take(desired->token);
      children(desired->token, desired);
      return;
    }
    if (const Node* operand = first_operand(*desired)) return expression(operand);
    const Token t = substitute(legal, desired->token);
    take(t);
    children(t, nullptr);
  }

  void leaf(const Node* desired) {
    const TokenSet legal = decoder_.legal();
    if (!desired) take(sample(legal));
    else take(legal.contains(desired->token) ? desired->token : substitute(legal, desired->token));
  }

  static const Node* first_operand(const Node& node) {
    const TokenInfo& row = info(node.token);
    for (int i = 0; i < row.slot_count && i < static_cast<int>(node.children.size()); ++i)
      if (row.slots[i] == Slot::Expr) return &node.children[i];
    return nullptr;
  }

  Decoder decoder_;
  Rng& rng_;
  WeightedSampler sampler_;
};

// ---------------------------------------------------------------------------
// The moves. Each returns nullopt when it does not apply to the program.

struct ChoicePoint {
  std::size_t position;  // index of the token chosen there
  TokenSet legal;        // more than one token
};

std::vector<ChoicePoint> choice_points(std::span<const Token> program, const std::shared_ptr<const Grammar>& grammar,
                                       Start start) {
  std::vector<ChoicePoint> points;
  Decoder decoder(grammar, start);
  for (std::size_t i = 0; i < program.size(); ++i) {
    const TokenSet legal = decoder.legal();
    if (legal.size() > 1) points.push_back({i, legal});
    decoder.advance(program[i]);
  }
  return points;
}

struct MoveContext {
  std::span<const Token> program;
  const std::shared_ptr<const Grammar>& grammar;
  Start start;
  Rng& rng;

  std::vector<Token> project(const Tree& tree) const { return prior::project(tree.root, grammar, start, rng); }
};

std::optional<std::vector<Token>> change_choice(const MoveContext& m) {
  const std::vector<ChoicePoint> points = choice_points(m.program, m.grammar, m.start);
  if (points.empty()) return std::nullopt;
  std::vector<std::uint8_t> choices;
  for (const ChoicePoint& p : points) choices.push_back(static_cast<std::uint8_t>(p.legal.rank(m.program[p.position])));
  const std::size_t i = m.rng.below(points.size());
  const auto k = static_cast<std::uint64_t>(points[i].legal.size());
  choices[i] = static_cast<std::uint8_t>((choices[i] + 1 + m.rng.below(k - 1)) % k);
  return choices_to_tokens(choices, m.grammar, m.start);
}

// Replays `tail` after the decoder's state, skipping tokens that are no
// longer legal, then completes the program cheaply.
std::vector<Token> replay_where_legal(Decoder decoder, std::span<const Token> tail) {
  for (Token t : tail) {
    if (decoder.is_complete()) break;
    if (decoder.is_legal(t)) decoder.advance(t);
  }
  complete_cheaply(decoder);
  return tokens_of(decoder);
}

std::optional<std::vector<Token>> edit_token(const MoveContext& m) {
  const std::size_t at = m.rng.below(m.program.size());
  Decoder decoder = decoder_after(m.program.first(at), m.grammar, m.start);
  const TokenSet legal = decoder.legal();
  TokenSet others = legal;
  others.erase(m.program[at]);
  enum { Insert, Delete, Replace };
  int edit = static_cast<int>(m.rng.below(3));
  if (edit == Replace && others.empty()) edit = Delete;
  if (edit != Delete) decoder.advance(pick(edit == Insert ? legal : others, m.rng));
  return replay_where_legal(std::move(decoder), m.program.subspan(edit == Insert ? at : at + 1));
}

std::optional<std::vector<Token>> regenerate_subtree(const MoveContext& m) {
  Tree tree(m.program, m.start);
  const auto sites = tree.of_kinds({SiteKind::Block, SiteKind::Statement, SiteKind::Expr});
  if (sites.empty()) return std::nullopt;
  *pick(sites, m.rng)->node = Node{Token::Pad, {}};
  return m.project(tree);
}

std::optional<std::vector<Token>> delete_statement(const MoveContext& m) {
  Tree tree(m.program, m.start);
  const auto sites = tree.of_kinds({SiteKind::Statement});
  if (sites.empty()) return std::nullopt;
  const Site& s = *pick(sites, m.rng);
  s.block->children.erase(s.block->children.begin() + static_cast<std::ptrdiff_t>(s.index));
  return m.project(tree);
}

std::optional<std::vector<Token>> insert_statement(const MoveContext& m) {
  Tree tree(m.program, m.start);
  const auto blocks = tree.of_kinds({SiteKind::Block});
  if (blocks.empty()) return std::nullopt;
  auto& statements = pick(blocks, m.rng)->node->children;
  const std::size_t at = m.rng.below(statements.size() + 1);
  statements.insert(statements.begin() + static_cast<std::ptrdiff_t>(at), Node{Token::Pad, {}});
  return m.project(tree);
}

std::optional<std::vector<Token>> replace_in_place(const MoveContext& m) {
  Tree tree(m.program, m.start);
  auto sites = tree.of_kinds({SiteKind::Function, SiteKind::Statement, SiteKind::Expr, SiteKind::Leaf});
  // Visit the sites in random order until one has a same-shape alternative.
  for (std::size_t left = sites.size(); left > 0; --left) {
    std::swap(sites[left - 1], sites[m.rng.below(left)]);
    const Site& s = *sites[left - 1];
    const Token current = s.node->token;
    const TokenSet alternatives =
        filter(decoder_after(m.program.first(s.position), m.grammar, m.start).legal(),
               [&](Token t) { return t != current && same_shape(t, current); });
    if (alternatives.empty()) continue;
    s.node->token = pick(alternatives, m.rng);
    return m.project(tree);
  }
  return std::nullopt;
}

std::optional<std::vector<Token>> byte_level(const MoveContext& m, const ByteMutator& byte_mutator) {
  if (!byte_mutator) return std::nullopt;
  std::vector<std::uint8_t> bytes = tokens_to_choices(m.program, m.grammar, m.start);
  const std::size_t size = bytes.size();
  bytes.resize(size + 16);  // room to grow
  bytes.resize(std::min(byte_mutator(bytes.data(), size, bytes.size()), bytes.size()));
  return choices_to_tokens(bytes, m.grammar, m.start);
}

void require_valid(std::span<const Token> program, const std::shared_ptr<const Grammar>& grammar, Start start) {
  const Validation v = validate(program, grammar, start);
  if (!v.ok) throw Error("cannot mutate an invalid program: token " + std::to_string(v.position) + ": " + v.illegal->message);
  if (!v.complete) throw Error("cannot mutate an incomplete program");
}

}  // namespace

std::vector<Token> project(const Node& desired, const std::shared_ptr<const Grammar>& grammar, Start start, Rng& rng) {
  return Projector(grammar, start, rng).run(desired);
}

std::vector<std::uint8_t> minimal_choice_bytes(std::span<const Token> tokens,
                                               const std::shared_ptr<const Grammar>& grammar, Start start) {
  Decoder decoder(grammar, start);
  std::vector<std::uint8_t> choices;
  std::size_t needed = 0;  // choices up to the last one the cheapest completion would not make
  for (Token t : tokens) {
    const TokenSet legal = decoder.legal();
    const bool chosen = legal.size() > 1;
    const Token cheapest = chosen ? decoder.cheapest_legal() : t;
    decoder.advance(t);  // throws with the reason when t is illegal
    if (!chosen) continue;
    choices.push_back(static_cast<std::uint8_t>(legal.rank(t)));
    if (t != cheapest) needed = choices.size();
  }
  if (!decoder.is_complete()) throw Error("the program is incomplete");
  choices.resize(needed);
  return choices;
}

Mutator::Mutator(std::shared_ptr<const Grammar> grammar, Start start, ByteMutator byte_mutator)
    : grammar_(std::move(grammar)), start_(start), byte_mutator_(std::move(byte_mutator)) {}

std::optional<std::vector<Token>> Mutator::mutate(std::span<const Token> program, Mutation kind, Rng& rng) const {
  require_valid(program, grammar_, start_);
  return apply(program, kind, rng);
}

std::vector<Token> Mutator::mutate(std::span<const Token> program, Rng& rng) const {
  require_valid(program, grammar_, start_);
  return mutate_valid(program, rng);
}

std::vector<Token> Mutator::crossover(std::span<const Token> program, std::span<const Token> donor, Rng& rng) const {
  require_valid(program, grammar_, start_);
  require_valid(donor, grammar_, start_);
  return crossover_valid(program, donor, rng);
}

std::optional<std::vector<Token>> Mutator::apply(std::span<const Token> program, Mutation kind, Rng& rng) const {
  const MoveContext m{program, grammar_, start_, rng};
  switch (kind) {
    case Mutation::ChangeChoice: return change_choice(m);
    case Mutation::EditToken: return edit_token(m);
    case Mutation::RegenerateSubtree: return regenerate_subtree(m);
    case Mutation::DeleteStatement: return delete_statement(m);
    case Mutation::InsertStatement: return insert_statement(m);
    case Mutation::ReplaceInPlace: return replace_in_place(m);
    case Mutation::ByteLevel: return byte_level(m, byte_mutator_);
  }
  return std::nullopt;
}

std::vector<Token> Mutator::mutate_valid(std::span<const Token> program, Rng& rng) const {
  const int kinds = byte_mutator_ ? kMutationCount : kMutationCount - 1;  // ByteLevel is last
  constexpr int kAttempts = 16;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    const auto kind = static_cast<Mutation>(rng.below(static_cast<std::uint64_t>(kinds)));
    auto mutant = apply(program, kind, rng);
    if (mutant && !std::ranges::equal(*mutant, program)) return std::move(*mutant);
  }
  return {program.begin(), program.end()};
}

std::vector<Token> Mutator::crossover_valid(std::span<const Token> program, std::span<const Token> donor,
                                            Rng& rng) const {
  Tree tree(program, start_);
  const Tree parts(donor, start_);
  auto sites = tree.of_kinds({SiteKind::Block, SiteKind::Statement, SiteKind::Expr});
  // Visit the sites in random order until the donor has one of the same kind.
  for (std::size_t left = sites.size(); left > 0; --left) {
    std::swap(sites[left - 1], sites[rng.below(left)]);
    const Site& site = *sites[left - 1];
    const auto matches = parts.of_kinds({site.kind});
    if (matches.empty()) continue;
    const Node& part = *pick(matches, rng)->node;
    if (site.kind == SiteKind::Statement && rng.below(2) == 0)  // insert beside rather than replace
      site.block->children.insert(site.block->children.begin() + static_cast<std::ptrdiff_t>(site.index), part);
    else
      *site.node = part;
    return project(tree.root, grammar_, start_, rng);
  }
  return {program.begin(), program.end()};
}

std::vector<Token> Mutator::decode_bytes(std::span<const std::uint8_t> bytes) const {
  return choices_to_tokens(bytes, grammar_, start_);
}

std::vector<std::uint8_t> Mutator::encode_bytes(std::span<const Token> program, std::size_t max_size) const {
  std::vector<std::uint8_t> bytes = tokens_to_choices(program, grammar_, start_);
  if (bytes.size() > max_size) bytes.resize(max_size);  // a prefix is a smaller valid program
  return bytes;
}

std::vector<std::uint8_t> Mutator::mutate_bytes(std::span<const std::uint8_t> bytes, std::size_t max_size,
                                                Rng& rng) const {
  return encode_bytes(mutate_valid(decode_bytes(bytes), rng), max_size);  // decoded bytes are valid
}

std::vector<std::uint8_t> Mutator::crossover_bytes(std::span<const std::uint8_t> bytes,
                                                   std::span<const std::uint8_t> donor, std::size_t max_size,
                                                   Rng& rng) const {
  return encode_bytes(crossover_valid(decode_bytes(bytes), decode_bytes(donor), rng), max_size);
}

}  // namespace pyprior::prior
