#include "prior/shrink.hpp"

#include <algorithm>
#include <set>

#include "prior/error.hpp"
#include "prior/shrink_moves.hpp"

namespace pyprior::prior {
namespace {

bool is_complete_program(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start) {
  const Validation v = validate(tokens, grammar, start);
  return v.ok && v.complete;
}

// Turns raw move output into the candidates the contract promises: locals
// renamed, strictly simpler than `than`, valid, each sequence offered once.
class CandidateFilter {
 public:
  CandidateFilter(std::shared_ptr<const Grammar> grammar, Start start) : grammar_(std::move(grammar)), start_(start) {}

  bool admit(std::vector<Token>& candidate, std::span<const Token> than) {
    normalize_locals(candidate);
    return simpler(candidate, than) && seen_.insert(candidate).second && is_complete_program(candidate, grammar_, start_);
  }

 private:
  std::shared_ptr<const Grammar> grammar_;
  Start start_;
  std::set<std::vector<Token>> seen_;
};

// The greedy search: each pass walks the positions of one kind of move;
// a candidate that still fails replaces the current program and the pass
// stays at the same position, which now holds what came after or inside it.
class Shrinker {
 public:
  Shrinker(std::span<const Token> tokens, std::shared_ptr<const Grammar> grammar, Start start,
           const Predicate& still_fails, ShrinkOptions options)
      : current_(tokens.begin(), tokens.end()), grammar_(grammar), start_(start), still_fails_(still_fails),
        options_(options), filter_(std::move(grammar), start) {}

  ShrinkResult run() {
    while (!out_of_budget()) {
      bool progress = false;
      for (MoveKind kind : kCheapMoves) progress |= run_pass(kind);
      if (!progress && !run_pass(MoveKind::Exhaustive)) break;
    }
    return {std::move(current_), evaluations_};
  }

 private:
  bool out_of_budget() const { return evaluations_ >= options_.max_evaluations; }

  bool run_pass(MoveKind kind) {
    bool progress = false;
    ShrinkMoves moves(current_, grammar_, start_);
    for (std::size_t position = 0; position < moves.positions(kind) && !out_of_budget();) {
      if (take_first_failing(moves.candidates(kind, position))) {
        progress = true;
        moves = ShrinkMoves(current_, grammar_, start_);
      } else {
        ++position;
      }
    }
    return progress;
  }

  bool take_first_failing(std::vector<std::vector<Token>> candidates) {
    for (auto& candidate : candidates) {
      if (out_of_budget()) return false;
      if (!filter_.admit(candidate, current_)) continue;
      ++evaluations_;
      if (still_fails_(candidate)) {
        current_ = std::move(candidate);
        return true;
      }
    }
    return false;
  }

  std::vector<Token> current_;
  std::shared_ptr<const Grammar> grammar_;
  Start start_;
  const Predicate& still_fails_;
  ShrinkOptions options_;
  CandidateFilter filter_;
  int evaluations_ = 0;
};

void require_complete_program(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start) {
  const Validation v = validate(tokens, grammar, start);
  if (!v.ok) throw Error("cannot shrink an invalid program: " + v.illegal->message + " at token " + std::to_string(v.position));
  if (!v.complete) throw Error("cannot shrink an incomplete program");
}

}  // namespace

bool simpler(std::span<const Token> candidate, std::span<const Token> than) {
  if (candidate.size() != than.size()) return candidate.size() < than.size();
  return std::lexicographical_compare(candidate.begin(), candidate.end(), than.begin(), than.end());
}

ShrinkResult shrink(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar, Start start,
                    const Predicate& still_fails, ShrinkOptions options) {
  require_complete_program(tokens, grammar, start);
  return Shrinker(tokens, grammar, start, still_fails, options).run();
}

std::vector<std::vector<Token>> shrink_candidates(std::span<const Token> tokens,
                                                  const std::shared_ptr<const Grammar>& grammar, Start start) {
  require_complete_program(tokens, grammar, start);
  const ShrinkMoves moves(tokens, grammar, start);
  CandidateFilter filter(grammar, start);
  std::vector<std::vector<Token>> out;
  auto collect = [&](MoveKind kind) {
    for (std::size_t position = 0; position < moves.positions(kind); ++position)
      for (auto& candidate : moves.candidates(kind, position))
        if (filter.admit(candidate, tokens)) out.push_back(std::move(candidate));
  };
  for (MoveKind kind : kCheapMoves) collect(kind);
  collect(MoveKind::Exhaustive);
  return out;
}

}  // namespace pyprior::prior
