#pragma once
// Node: the AST of a program as a tree of vocabulary tokens. A program's token
// stream is exactly the preorder walk of this tree, so the codec's two
// directions are a walk and a recursive read.
//
// Shapes: a node's children follow its token's slots (vocabulary.hpp). A
// Block slot is one child whose token is EndBlock and whose children are the
// block's statements. A Module is an EndModule node whose children are its
// function definitions; a function is a Def<arity> node with one block child.
#include <vector>

#include "prior/vocabulary.hpp"

namespace pyprior::prior {

struct Node {
  Token token = Token::Pad;
  std::vector<Node> children;
  // Only in partial programs (prompts such as "def func(a):"): the source
  // ended inside this node, so its closing token is not written. Open nodes
  // lie on the rightmost path of the tree.
  bool open = false;

  bool operator==(const Node&) const = default;
};

inline Node block_node(std::vector<Node> statements) { return Node{Token::EndBlock, std::move(statements)}; }

}  // namespace pyprior::prior
