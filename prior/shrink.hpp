#pragma once
// The shrinker: turns a failing program into a small failing program.
//
// Contract:
//  * Every candidate handed to the predicate is a complete program that the
//    decoder accepts for the grammar and start (validate() in decoder.hpp),
//    with its locals named d, e, f, ... in order of first binding.
//  * Every candidate is strictly simpler than the program it replaces:
//    fewer tokens, or as many tokens and lexicographically smaller token ids
//    (constants toward 0, names toward a, b, ...). Shrinking therefore ends.
//  * The predicate is never asked twice about the same token sequence, and
//    at most ShrinkOptions::max_evaluations times in all.
//  * Shrinking is deterministic: the same program, grammar, start and
//    predicate answers give the same result.
//
// Moves (shrink_moves.hpp): delete statements and blocks, hoist an if's arm
// or a loop's body, inline an assignment, replace a statement by `return`,
// an expression by a sub-expression or a small constant, constants toward 0,
// names toward earlier names, merge locals, fewer parameters; plus
// choice-sequence moves (choices.hpp: delete spans of choices, lower
// choices), decoded with the cheapest completion. When none of those helps,
// an exhaustive pass tries every leaf and every same-shape operator.
// A plain library: the differential harness and the RapidCheck generators
// share it.
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "prior/decoder.hpp"

namespace pyprior::prior {

// True when the candidate still fails (still shows the bug being minimised).
using Predicate = std::function<bool(std::span<const Token>)>;

struct ShrinkOptions {
  int max_evaluations = 2000;  // calls of the predicate, at most
};

struct ShrinkResult {
  std::vector<Token> tokens;  // the simplest failing program found
  int evaluations = 0;        // calls of the predicate made
};

// Greedy: walks the moves in order (biggest cuts first), takes each candidate
// that still fails and goes on from there, until no move helps or the budget
// is spent. tokens must be a complete program valid for grammar and start
// (Error otherwise); the predicate is assumed to hold for it and is not asked.
ShrinkResult shrink(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start,
                    const Predicate& still_fails, ShrinkOptions options = {});

// The valid, strictly simpler programs one move away from tokens, without
// duplicates, most promising first: in the order shrink() asks about them
// when it starts from tokens (statement moves, then expressions, names,
// choices, and the exhaustive moves last; at each position the biggest cut
// first). For search strategies that drive the moves themselves, such as
// RapidCheck's Shrinkable, and for callers that check candidates ahead.
std::vector<std::vector<Token>> shrink_candidates(std::span<const Token> tokens,
                                                  const std::shared_ptr<const Grammar>& grammar, Start start);

// The order the shrinker minimises: fewer tokens first, then smaller ids.
bool simpler(std::span<const Token> candidate, std::span<const Token> than);

}  // namespace pyprior::prior
