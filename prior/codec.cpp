#include "prior/codec.hpp"

#include "prior/error.hpp"

namespace pyprior::prior {
namespace {

// Reads one subtree per slot from a preorder token stream.
class TreeReader {
 public:
  explicit TreeReader(std::span<const Token> tokens) : tokens_(tokens) {}

  Node read_root(Start start) {
    Node root;
    switch (start) {
      case Start::Module: root = Node{Token::EndModule, {read_function()}}; expect(Token::EndModule); break;
      case Start::Function: root = read_function(); break;
      case Start::Block: root = read_block(); break;
      case Start::Expr: root = read_node(); break;
    }
    if (pos_ != tokens_.size())
      throw Error("unexpected token '" + std::string(info(tokens_[pos_]).name) + "' after the end of the program at position " +
                  std::to_string(pos_));
    return root;
  }

 private:
  Token next() {
    if (pos_ >= tokens_.size()) throw Error("the token stream ends before the program is complete");
    const Token t = tokens_[pos_++];
    if (!is_valid_id(id(t))) throw Error("token id " + std::to_string(id(t)) + " is not in the vocabulary");
    return t;
  }

  void expect(Token wanted) {
    const std::size_t at = pos_;
    if (next() != wanted)
      throw Error("expected '" + std::string(info(wanted).name) + "' at position " + std::to_string(at));
  }

  Node read_function() {
    const std::size_t at = pos_;
    const Token t = next();
    if (info(t).category != Category::FunctionDef) throw Error("expected a function definition at position " + std::to_string(at));
    return Node{t, {read_block()}};
  }

  Node read_block() {
    Node block{Token::EndBlock, {}};
    while (true) {
      if (pos_ >= tokens_.size()) throw Error("the token stream ends inside a block");
      if (tokens_[pos_] == Token::EndBlock) break;
      if (!is_valid_id(id(tokens_[pos_])) || info(tokens_[pos_]).category != Category::Statement)
        throw Error("expected a statement at position " + std::to_string(pos_));
      block.children.push_back(read_node());
    }
    ++pos_;
    return block;
  }

  Node read_node() {
    Node node{next(), {}};
    const TokenInfo& row = info(node.token);
    for (int i = 0; i < row.slot_count; ++i) {
      const Slot slot = row.slots[i];
      switch (slot) {
        case Slot::Block:
        case Slot::LoopBlock: node.children.push_back(read_block()); break;
        case Slot::Expr: node.children.push_back(read_node()); break;
        default: node.children.push_back(Node{next(), {}}); break;  // a name or an operator: one token
      }
    }
    return node;
  }

  std::span<const Token> tokens_;
  std::size_t pos_ = 0;
};

void write_tokens(const Node& node, std::vector<Token>& out) {
  const bool block = node.token == Token::EndBlock;
  const bool module = node.token == Token::EndModule;
  if (!block && !module) out.push_back(node.token);
  for (const Node& child : node.children) write_tokens(child, out);
  if ((block || module) && !node.open) out.push_back(node.token);
}

std::string_view text(Token t) { return info(t).python; }

// Canonical source: the seed's format.
class SourceWriter {
 public:
  std::string take() { return std::move(out_); }

  void root(const Node& node) {
    switch (node.token) {
      case Token::EndModule:
        for (std::size_t i = 0; i < node.children.size(); ++i) {
          if (i > 0) out_ += "\n\n";
          function(node.children[i]);
        }
        break;
      case Token::EndBlock: block(node, 0); break;
      default:
        if (info(node.token).category == Category::FunctionDef) function(node);
        else expr(node);
    }
  }

 private:
  void function(const Node& def) {
    out_ += "def ";
    out_ += kFunctionName;
    out_ += '(';
    for (int i = 0; i < arity_of_def(def.token); ++i) {
      if (i > 0) out_ += ", ";
      out_ += text(name_token(i));
    }
    out_ += "):\n";
    block(def.children.at(0), 1);
  }

  void block(const Node& block, int indent) {
    for (const Node& statement : block.children) this->statement(statement, indent);
  }

  void line_start(int indent) { out_.append(static_cast<std::size_t>(indent) * 4, ' '); }

  void header(const char* keyword, const Node& test, const Node& body, int indent) {
    line_start(indent);
    out_ += keyword;
    expr(test);
    out_ += ":\n";
    block(body, indent + 1);
  }

  void statement(const Node& s, int indent) {
    const auto& kids = s.children;
    switch (s.token) {
      case Token::If: header("if ", kids.at(0), kids.at(1), indent); return;
      case Token::IfElse:
        header("if ", kids.at(0), kids.at(1), indent);
        line_start(indent);
        out_ += "else:\n";
        block(kids.at(2), indent + 1);
        return;
      case Token::While: header("while ", kids.at(0), kids.at(1), indent); return;
      case Token::For:
        line_start(indent);
        out_ += "for ";
        out_ += text(kids.at(0).token);
        out_ += " in range(";
        expr(kids.at(1));
        out_ += "):\n";
        block(kids.at(2), indent + 1);
        return;
      default: break;
    }
    line_start(indent);
    switch (s.token) {
      case Token::Assign:
        out_ += text(kids.at(0).token);
        out_ += " = ";
        expr(kids.at(1));
        break;
      case Token::AugAssign:
        out_ += text(kids.at(0).token);
        out_ += ' ';
        out_ += text(kids.at(1).token);
        out_ += "= ";
        expr(kids.at(2));
        break;
      case Token::Return:
        out_ += "return ";
        expr(kids.at(0));
        break;
      default: out_ += text(s.token); break;  // return, break, continue
    }
    out_ += '\n';
  }

  void expr(const Node& e) {
    const auto& kids = e.children;
    switch (info(e.token).category) {
      case Category::Constant:
      case Category::Name: out_ += text(e.token); return;
      case Category::BinaryOp:
      case Category::Comparison:
      case Category::BoolOp: infix(kids.at(0), e.token, kids.at(1)); return;
      case Category::UnaryOp:
        out_ += '(';
        out_ += text(e.token);
        expr(kids.at(0));
        out_ += ')';
        return;
      case Category::Chain:
        out_ += '(';
        expr(kids.at(2));
        for (int i = 0; i < 2; ++i) {
          out_ += ' ';
          out_ += text(kids.at(i).token);
          out_ += ' ';
          expr(kids.at(3 + i));
        }
        out_ += ')';
        return;
      case Category::Conditional:
        out_ += '(';
        expr(kids.at(1));
        out_ += " if ";
        expr(kids.at(0));
        out_ += " else ";
        expr(kids.at(2));
        out_ += ')';
        return;
      case Category::Builtin:
        out_ += text(e.token);
        out_ += '(';
        for (std::size_t i = 0; i < kids.size(); ++i) {
          if (i > 0) out_ += ", ";
          expr(kids[i]);
        }
        out_ += ')';
        return;
      default: throw Error("token '" + std::string(info(e.token).name) + "' is not an expression");
    }
  }

  void infix(const Node& left, Token op, const Node& right) {
    out_ += '(';
    expr(left);
    out_ += ' ';
    out_ += text(op);
    out_ += ' ';
    expr(right);
    out_ += ')';
  }

  std::string out_;
};

}  // namespace

Node tokens_to_ast(std::span<const Token> tokens, Start start) { return TreeReader(tokens).read_root(start); }

std::vector<Token> ast_to_tokens(const Node& root) {
  std::vector<Token> out;
  write_tokens(root, out);
  return out;
}

std::string ast_to_source(const Node& root) {
  SourceWriter writer;
  writer.root(root);
  return writer.take();
}

std::string tokens_to_source(std::span<const Token> tokens, Start start) {
  return ast_to_source(tokens_to_ast(tokens, start));
}

}  // namespace pyprior::prior
