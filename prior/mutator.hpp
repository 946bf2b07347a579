#pragma once
// Mutator: structure-aware mutation and crossover of programs, the engine of
// the libFuzzer custom mutator (fuzz/) as a plain library that knows nothing
// of libFuzzer.
//
// Contract:
//  * Every mutant and every crossover child is a complete program that the
//    decoder accepts for the grammar and start (validate() in decoder.hpp):
//    edits are made on the tree and then projected back onto the grammar
//    (project()), so names, depths and the token budget always hold.
//  * The byte views return the mutant's choice bytes (tokens_to_choices in
//    choices.hpp), at most max_size of them; choices_to_tokens() of them
//    gives the mutant. A mutant whose bytes do not fit is cut to a prefix,
//    which is itself a valid (smaller) program.
//  * Deterministic: the same program, kind and Rng state give the same mutant.
//
// Moves: change one choice and re-decode the rest; insert, delete or replace
// one token and re-decode the rest; regenerate a subtree; delete or insert a
// statement; change an operator, constant, name or statement kind in place;
// and, for crossover, splice a subtree of another program at a compatible
// point. Between them, every valid program one token insertion, deletion or
// replacement away is reachable in one mutation.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "prior/ast.hpp"
#include "prior/decoder.hpp"
#include "prior/random.hpp"

namespace pyprior::prior {

enum class Mutation : std::uint8_t {
  ChangeChoice,       // one choice byte set anew, the rest re-decoded as choices
  EditToken,          // insert / delete / replace one token, the rest replayed where still legal
  RegenerateSubtree,  // a statement or expression sampled afresh
  DeleteStatement,
  InsertStatement,    // a fresh statement at a random place in a random block
  ReplaceInPlace,     // a token swapped for another of the same shape (+ for -, 3 for d, if for while)
  ByteLevel,          // the byte-level hook (libFuzzer's own mutator) on the choice bytes
};
inline constexpr int kMutationCount = 7;

// A mutator of raw bytes in place, such as libFuzzer's LLVMFuzzerMutate:
// (data, size, max_size) -> new size.
using ByteMutator = std::function<std::size_t(std::uint8_t* data, std::size_t size, std::size_t max_size)>;

class Mutator {
 public:
  // byte_mutator is optional; without it Mutation::ByteLevel is never chosen.
  Mutator(std::shared_ptr<const Grammar> grammar, Start start, ByteMutator byte_mutator = {});

  // A mutant by a move chosen at random among those that apply; it differs
  // from program whenever some move can change it. program must be a valid
  // complete program (Error otherwise).
  std::vector<Token> mutate(std::span<const Token> program, Rng& rng) const;
  // A mutant by one given move, or nullopt when the move does not apply
  // (no statement to delete, no same-shape alternative, no hook, ...).
  std::optional<std::vector<Token>> mutate(std::span<const Token> program, Mutation kind, Rng& rng) const;
  // A child of two programs: a subtree of `donor` spliced into `program` at
  // a point of the same kind (statement, expression, block).
  std::vector<Token> crossover(std::span<const Token> program, std::span<const Token> donor, Rng& rng) const;

  // The same on choice bytes, as libFuzzer stores inputs.
  std::vector<std::uint8_t> mutate_bytes(std::span<const std::uint8_t> bytes, std::size_t max_size, Rng& rng) const;
  std::vector<std::uint8_t> crossover_bytes(std::span<const std::uint8_t> bytes, std::span<const std::uint8_t> donor,
                                            std::size_t max_size, Rng& rng) const;

  const std::shared_ptr<const Grammar>& grammar() const { return grammar_; }
  Start start() const { return start_; }

 private:
  // The same, for programs already known to be valid.
  std::optional<std::vector<Token>> apply(std::span<const Token> program, Mutation kind, Rng& rng) const;
  std::vector<Token> mutate_valid(std::span<const Token> program, Rng& rng) const;
  std::vector<Token> crossover_valid(std::span<const Token> program, std::span<const Token> donor, Rng& rng) const;
  std::vector<Token> decode_bytes(std::span<const std::uint8_t> bytes) const;
  std::vector<std::uint8_t> encode_bytes(std::span<const Token> program, std::size_t max_size) const;

  std::shared_ptr<const Grammar> grammar_;
  Start start_;
  ByteMutator byte_mutator_;
};

// The shortest choice bytes that decode to tokens: the canonical choices
// without the trailing ones that the cheapest completion makes anyway.
// Throws Error when tokens are not a complete valid program.
std::vector<std::uint8_t> minimal_choice_bytes(std::span<const Token> tokens,
                                               const std::shared_ptr<const Grammar>& grammar, Start start);

// The valid program nearest a desired tree: walks `desired` through a fresh
// decoder, taking each token that is legal where it stands; where one is
// not, an illegal statement is dropped, an illegal operator gives way to one
// of its operands, and any other illegal token to a legal one of the same
// kind. A node whose token is Token::Pad is a hole: a fresh subtree is
// sampled there (a hole in a block is a fresh statement). Blocks left empty
// get the cheapest statement. The result is always complete and valid.
std::vector<Token> project(const Node& desired, const std::shared_ptr<const Grammar>& grammar, Start start, Rng& rng);

}  // namespace pyprior::prior
