#pragma once
// Shrink moves: the candidate generators behind the shrinker (shrink.hpp).
//
// Each kind of move walks its positions in preorder — statements,
// expressions, names, choices — and proposes, for one position, the programs
// that simplify it there, biggest cut first. Candidates are raw: the shrinker
// renames their locals (normalize_locals), keeps the strictly simpler ones
// and lets the decoder reject the invalid ones (a deleted binding leaves a
// read of an unbound name, a hoisted body overfills its block, ...).
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "prior/decoder.hpp"

namespace pyprior::prior {

enum class MoveKind : std::uint8_t {
  Statements,   // delete a statement or the rest of its block, replace it by `return`,
                // an if by one of its arms, a loop by its body, `d += e` by `d = e`
  Expressions,  // a sub-expression, the smallest constants, a constant toward 0,
                // a name toward earlier names, a chained comparison by one comparison
  Names,        // fewer parameters; every use of a name turned into an earlier name
  Choices,      // choice sequence: drop the tail, delete a span, lower one choice
  Exhaustive,   // last resort: an expression replaced by every leaf, an operator by
                // every other operator of the same shape
};

// Cheap moves first, in the order the shrinker runs them.
inline constexpr MoveKind kCheapMoves[] = {MoveKind::Statements, MoveKind::Expressions, MoveKind::Names,
                                           MoveKind::Choices};

// The moves available from one program. tokens must be a complete program
// for start (Error otherwise).
class ShrinkMoves {
 public:
  ShrinkMoves(std::span<const Token> tokens, std::shared_ptr<const Grammar> grammar, Start start);

  std::size_t positions(MoveKind kind) const;
  // Raw candidates at a position (< positions(kind)), biggest cut first.
  std::vector<std::vector<Token>> candidates(MoveKind kind, std::size_t position) const;

 private:
  struct Parsed;  // the tree, its positions and its choices, in shrink_moves.cpp
  std::shared_ptr<const Parsed> parsed_;
};

// Renames locals to d, e, f, ... in order of first appearance, as the
// decoder requires of a valid program (a valid program is left unchanged).
void normalize_locals(std::vector<Token>& tokens);

}  // namespace pyprior::prior
