#include "prior/codec.hpp"

#include "prior/error.hpp"

namespace pyprior::prior {
namespace {

constexpr bool is_statement(Category c) { return c == Category::Statement; }
constexpr bool is_function(Category c) { return c == Category::FunctionDef; }
constexpr bool is_name(Category c) { return c == Category::Name; }
constexpr bool is_arithmetic(Category c) { return c == Category::BinaryOp; }
constexpr bool is_comparison(Category c) { return c == Category::Comparison; }

// The deepest nesting the codec accepts: far beyond any program CPython
// compiles (it refuses 200 nested parentheses and 100 indentation levels), and
// shallow enough that reading, rendering and destroying a tree, all
// recursive, never exhaust the stack.
constexpr int kMaxNesting = 1000;

// A read position in a preorder token stream, shared by the tree reader and
// the source writer: every token is checked against what its slot takes, so a
// stream that walks to the end is a well-formed program.
class TokenCursor {
 public:
  explicit TokenCursor(std::span<const Token> tokens) : tokens_(tokens) {}

  // The next token, which must be of a category `wanted` accepts.
  Token next_where(bool (*wanted)(Category), const char* what) {
    const std::size_t at = pos_;
    const Token t = next();
    if (!wanted(info(t).category))
      throw Error(std::string("expected ") + what + " at position " + std::to_string(at) + ", found '" +
                  std::string(info(t).name) + "'");
    return t;
  }

  void expect(Token wanted) {
    const std::size_t at = pos_;
    if (next() != wanted)
      throw Error("expected '" + std::string(info(wanted).name) + "' at position " + std::to_string(at));
  }

  // Consumes the EndBlock that closes the current block, if it comes next.
  bool block_ends() {
    if (pos_ >= tokens_.size()) throw Error("the token stream ends inside a block");
    if (tokens_[pos_] != Token::EndBlock) return false;
    ++pos_;
    return true;
  }

  void expect_end() const {
    if (pos_ != tokens_.size())
      throw Error("unexpected token '" + std::string(info(tokens_[pos_]).name) +
                  "' after the end of the program at position " + std::to_string(pos_));
  }

  // One level deeper while it lives; throws beyond kMaxNesting.
  class Nested {
   public:
    explicit Nested(TokenCursor& cursor) : depth_(cursor.depth_) {
      if (++depth_ > kMaxNesting)
        throw Error("the program nests deeper than " + std::to_string(kMaxNesting) + " levels at position " +
                    std::to_string(cursor.pos_ - 1));
    }
    Nested(const Nested&) = delete;
    Nested& operator=(const Nested&) = delete;
    ~Nested() { --depth_; }

   private:
    int& depth_;
  };

 private:
  Token next() {
    if (pos_ >= tokens_.size()) throw Error("the token stream ends before the program is complete");
    const Token t = tokens_[pos_++];
    if (!is_valid_id(id(t))) throw Error("token id " + std::to_string(id(t)) + " is not in the vocabulary");
    return t;
  }

  std::span<const Token> tokens_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

// Reads one subtree per slot from a preorder token stream.
class TreeReader {
 public:
  explicit TreeReader(std::span<const Token> tokens) : in_(tokens) {}

  Node read_root(Start start) {
    Node root;
    switch (start) {
      case Start::Module: root = Node{Token::EndModule, {read_function()}}; in_.expect(Token::EndModule); break;
      case Start::Function: root = read_function(); break;
      case Start::Block: root = read_block(); break;
      case Start::Expr: root = read_children(in_.next_where(is_expression, "an expression")); break;
    }
    in_.expect_end();
    return root;
  }

 private:
  Node read_function() { return Node{in_.next_where(is_function, "a function definition"), {read_block()}}; }

  Node read_block() {
    Node block{Token::EndBlock, {}};
    while (!in_.block_ends()) block.children.push_back(read_children(in_.next_where(is_statement, "a statement")));
    return block;
  }

  // The subtrees of t's slots.
  Node read_children(Token t) {
    const TokenCursor::Nested level(in_);
    Node node{t, {}};
    const TokenInfo& row = info(t);
    for (int i = 0; i < row.slot_count; ++i) node.children.push_back(read_slot(row.slots[i]));
    return node;
  }

  Node read_slot(Slot slot) {
    switch (slot) {
      case Slot::Block:
      case Slot::LoopBlock: return read_block();
      case Slot::Expr: return read_children(in_.next_where(is_expression, "an expression"));
      case Slot::Target:
      case Slot::BoundLocal: return Node{in_.next_where(is_name, "a name"), {}};
      case Slot::AugOp: return Node{in_.next_where(is_arithmetic, "an arithmetic operator"), {}};
      case Slot::CmpOp: return Node{in_.next_where(is_comparison, "a comparison operator"), {}};
    }
    throw Error("unknown slot");  // unreachable: the switch covers every slot
  }

  TokenCursor in_;
};

void write_tokens(const Node& node, std::vector<Token>& out) {
  const bool block = node.token == Token::EndBlock;
  const bool module = node.token == Token::EndModule;
  if (!block && !module) out.push_back(node.token);
  for (const Node& child : node.children) write_tokens(child, out);
  if ((block || module) && !node.open) out.push_back(node.token);
}

std::string_view text(Token t) { return info(t).python; }

Start start_of(const Node& root) {
  if (root.token == Token::EndModule) return Start::Module;
  if (root.token == Token::EndBlock) return Start::Block;
  return info(root.token).category == Category::FunctionDef ? Start::Function : Start::Expr;
}

// Canonical source, written straight from the preorder stream (no tree:
// rendering is on the hot path of `pyprior sample`).
class SourceWriter {
 public:
  SourceWriter(std::span<const Token> tokens, std::string& out, std::string_view line_end)
      : in_(tokens), out_(out), line_end_(line_end) {}

  void root(Start start) {
    switch (start) {
      case Start::Module:
        function();
        in_.expect(Token::EndModule);
        break;
      case Start::Function: function(); break;
      case Start::Block: block(0); break;
      case Start::Expr: expr(); break;
    }
    in_.expect_end();
  }

 private:
  void function() {
    const Token def = in_.next_where(is_function, "a function definition");
    out_ += "def ";
    out_ += kFunctionName;
    out_ += '(';
    for (int i = 0; i < arity_of_def(def); ++i) {
      if (i > 0) out_ += ", ";
      out_ += text(name_token(i));
    }
    out_ += "):";
    out_ += line_end_;
    block(1);
  }

  void block(int indent) {
    while (!in_.block_ends()) statement(indent);
  }

  void line_start(int indent) { out_.append(static_cast<std::size_t>(indent) * 4, ' '); }

  // `keyword <expr>:` then the indented block.
  void header(std::string_view keyword, int indent) {
    out_ += keyword;
    expr();
    out_ += ':';
    out_ += line_end_;
    block(indent + 1);
  }

  void statement(int indent) {
    const Token t = in_.next_where(is_statement, "a statement");
    const TokenCursor::Nested level(in_);
    line_start(indent);
    switch (t) {
      case Token::If: header("if ", indent); return;
      case Token::IfElse:
        header("if ", indent);
        line_start(indent);
        out_ += "else:";
        out_ += line_end_;
        block(indent + 1);
        return;
      case Token::While: header("while ", indent); return;
      case Token::For:
        out_ += "for ";
        out_ += text(in_.next_where(is_name, "a name"));
        out_ += " in range(";
        expr();
        out_ += "):";
        out_ += line_end_;
        block(indent + 1);
        return;
      case Token::Assign:
        out_ += text(in_.next_where(is_name, "a name"));
        out_ += " = ";
        expr();
        break;
      case Token::AugAssign:
        out_ += text(in_.next_where(is_name, "a name"));
        out_ += ' ';
        out_ += text(in_.next_where(is_arithmetic, "an arithmetic operator"));
        out_ += "= ";
        expr();
        break;
      case Token::Return:
        out_ += "return ";
        expr();
        break;
      default: out_ += text(t); break;  // return, break, continue
    }
    out_ += line_end_;
  }

  void expr() {
    const Token t = in_.next_where(is_expression, "an expression");
    const TokenCursor::Nested level(in_);
    switch (info(t).category) {
      case Category::Constant:
      case Category::Name: out_ += text(t); return;
      case Category::BinaryOp:
      case Category::Comparison:
      case Category::BoolOp:
        out_ += '(';
        expr();
        operator_text(t);
        expr();
        out_ += ')';
        return;
      case Category::UnaryOp:
        out_ += '(';
        out_ += text(t);
        expr();
        out_ += ')';
        return;
      case Category::Chain: {
        const Token first = in_.next_where(is_comparison, "a comparison operator");
        const Token second = in_.next_where(is_comparison, "a comparison operator");
        out_ += '(';
        expr();
        operator_text(first);
        expr();
        operator_text(second);
        expr();
        out_ += ')';
        return;
      }
      case Category::Conditional: conditional(); return;
      case Category::Builtin:
        out_ += text(t);
        out_ += '(';
        for (int i = 0; i < info(t).slot_count; ++i) {
          if (i > 0) out_ += ", ";
          expr();
        }
        out_ += ')';
        return;
      default: throw Error("token '" + std::string(info(t).name) + "' is not an expression");  // unreachable
    }
  }

  void operator_text(Token op) {
    out_ += ' ';
    out_ += text(op);
    out_ += ' ';
  }

  // The stream holds test, body, orelse; Python writes (body if test else orelse).
  void conditional() {
    std::string test;
    std::swap(test, out_);
    expr();
    std::swap(test, out_);
    out_ += '(';
    expr();
    out_ += " if ";
    out_ += test;
    out_ += " else ";
    expr();
    out_ += ')';
  }

  TokenCursor in_;
  std::string& out_;
  std::string_view line_end_;
};

}  // namespace

Node tokens_to_ast(std::span<const Token> tokens, Start start) { return TreeReader(tokens).read_root(start); }

std::vector<Token> ast_to_tokens(const Node& root) {
  std::vector<Token> out;
  write_tokens(root, out);
  return out;
}

std::string ast_to_source(const Node& root) { return tokens_to_source(ast_to_tokens(root), start_of(root)); }

std::string tokens_to_source(std::span<const Token> tokens, Start start) {
  std::string out;
  out.reserve(tokens.size() * 6);
  append_source(tokens, start, out);
  return out;
}

void append_source(std::span<const Token> tokens, Start start, std::string& out, std::string_view line_end) {
  SourceWriter(tokens, out, line_end).root(start);
}

}  // namespace pyprior::prior
