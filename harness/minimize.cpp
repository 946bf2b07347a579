#include "harness/minimize.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "prior/shrink.hpp"

namespace pyprior::harness {
namespace {

using prior::Integer;
using prior::Token;
using Tokens = std::vector<Token>;

// A backend in another process pays its start-up on every run: past this
// cost per check, candidates are checked in batches.
constexpr std::chrono::milliseconds kSlowCheck{2};
constexpr std::size_t kPrefetchBatch = 128;

std::vector<InputTuple> failing_inputs(const CheckedProgram& original, const Discrepancy& discrepancy) {
  if (discrepancy.kind == FindingKind::Mismatch) return {original.program.inputs.at(discrepancy.call)};
  return original.program.inputs;
}

// Runs candidates on the reference and the peers: does each still show the
// discrepancy (the same key)?
class Checker {
 public:
  Checker(std::string key, const InterpBackend& reference, std::span<const AnyBackend> peers)
      : key_(std::move(key)), reference_(reference), peers_(peers) {}

  std::vector<bool> operator()(std::vector<Program> programs) const {
    std::vector<bool> fails;
    for (const CheckedProgram& checked : check_batch(std::move(programs), reference_, peers_))
      fails.push_back(std::any_of(checked.discrepancies.begin(), checked.discrepancies.end(),
                                  [&](const Discrepancy& d) { return d.key(checked.expected) == key_; }));
    return fails;
  }

 private:
  std::string key_;
  const InterpBackend& reference_;
  std::span<const AnyBackend> peers_;
};

// The shrinker's predicate. With a slow peer it checks candidates ahead, in
// one batch: the shrinker asks about the candidates of its current program
// (shrink_candidates) in order, so the next kPrefetchBatch of them from the
// one asked about are checked together and the answers kept.
class StillFails {
 public:
  StillFails(const Checker& check, std::vector<InputTuple> inputs, prior::Start start,
             std::shared_ptr<const prior::Grammar> grammar, Tokens original, bool may_prefetch)
      : check_(check),
        inputs_(std::move(inputs)),
        start_(start),
        grammar_(std::move(grammar)),
        may_prefetch_(may_prefetch),
        current_(std::move(original)) {}

  Program program_for(std::span<const Token> tokens) const {
    Tokens copy(tokens.begin(), tokens.end());
    const int arity = arity_of(copy);
    return Program::from_tokens(std::move(copy), start_, fit_inputs(inputs_, arity));
  }

  // Checks the original on the failing inputs alone, and times it.
  bool original_reproduces() {
    const auto started = std::chrono::steady_clock::now();
    const bool fails = check_({program_for(current_)}).at(0);
    prefetch_ = may_prefetch_ && std::chrono::steady_clock::now() - started > kSlowCheck;
    return fails;
  }

  bool operator()(std::span<const Token> tokens) {
    Tokens candidate(tokens.begin(), tokens.end());
    if (!known_.count(candidate)) learn(candidate);
    const bool fails = known_.at(candidate);
    if (fails) {
      current_ = candidate;  // the shrinker moves there
      ahead_.clear();
    }
    return fails;
  }

 private:
  void learn(const Tokens& candidate) {
    if (!prefetch_) {
      known_[candidate] = check_({program_for(candidate)}).at(0);
      return;
    }
    if (ahead_.empty()) ahead_ = prior::shrink_candidates(current_, grammar_, start_);
    auto from = std::find(ahead_.begin(), ahead_.end(), candidate);
    std::vector<Tokens> batch;
    if (from == ahead_.end()) batch.push_back(candidate);
    for (; from != ahead_.end() && batch.size() < kPrefetchBatch; ++from)
      if (!known_.count(*from)) batch.push_back(*from);
    std::vector<Program> programs;
    for (const Tokens& tokens : batch) programs.push_back(program_for(tokens));
    const std::vector<bool> fails = check_(std::move(programs));
    for (std::size_t i = 0; i < batch.size(); ++i) known_[batch[i]] = fails[i];
  }

  const Checker& check_;
  std::vector<InputTuple> inputs_;
  prior::Start start_;
  std::shared_ptr<const prior::Grammar> grammar_;
  bool may_prefetch_;
  bool prefetch_ = false;
  Tokens current_;
  std::vector<Tokens> ahead_;  // shrink_candidates(current_), when prefetching
  std::map<Tokens, bool> known_;
};

// Values simpler than v, simplest first: small numbers, then powers of two
// (and their neighbours, where representations change) and halvings of v.
std::vector<Integer> simpler_values(const Integer& v) {
  std::vector<Integer> values;
  const auto add = [&](const Integer& x) {
    const Integer size = prior::absolute(x), v_size = prior::absolute(v);
    if (size < v_size || (size == v_size && v.is_negative() && !x.is_negative())) values.push_back(x);
  };
  for (std::int64_t small = 0; small <= 10; ++small) {
    add(Integer(small));
    add(Integer(-small));
  }
  Integer power(16);
  for (int bits = 4; bits <= 64; ++bits, power = prior::add(power, power))
    for (const Integer& x : {power, prior::subtract(power, Integer(1))}) {
      add(x);
      add(prior::negate(x));
    }
  for (Integer half = v; !half.is_zero();) {
    half = prior::floor_divide(half, Integer(2)).value;
    if (half == Integer(-1)) break;
    add(half);
  }
  std::sort(values.begin(), values.end(), [](const Integer& x, const Integer& y) {
    const Integer ax = prior::absolute(x), ay = prior::absolute(y);
    return ax != ay ? ax < ay : !x.is_negative() && y.is_negative();
  });
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

// Each argument in turn replaced by the simplest value that still shows the
// discrepancy; all candidates for one argument are checked in one batch.
Program simplify_arguments(Program program, const Checker& check) {
  for (InputTuple& args : program.inputs)
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::vector<Integer> values = simpler_values(args[i]);
      std::vector<Program> candidates;
      for (const Integer& value : values) {
        candidates.push_back(program);
        candidates.back().inputs[&args - program.inputs.data()][i] = value;
      }
      const std::vector<bool> fails = check(std::move(candidates));
      const auto first = std::find(fails.begin(), fails.end(), true);
      if (first != fails.end()) args[i] = values[static_cast<std::size_t>(first - fails.begin())];
    }
  return program;
}

}  // namespace

Minimized minimize(const CheckedProgram& original, const Discrepancy& discrepancy,
                   const std::shared_ptr<const prior::Grammar>& grammar, const InterpBackend& reference,
                   std::span<const AnyBackend> peers, const MinimizeOptions& options) {
  const Checker check(discrepancy.key(original.expected), reference, peers);
  // Only mismatches are checked ahead and get simpler arguments: in a batch,
  // each candidate that still crashes costs two more processes, and each
  // that hangs a timeout.
  const bool mismatch = discrepancy.kind == FindingKind::Mismatch;
  StillFails still_fails(check, failing_inputs(original, discrepancy), original.program.start, grammar,
                         original.program.tokens, mismatch);
  // A discrepancy that does not recur on its own (it needed the rest of the
  // batch, or it is flaky) is kept as it was found.
  if (!still_fails.original_reproduces()) return Minimized{still_fails.program_for(original.program.tokens), 1};
  const auto predicate = [&](std::span<const Token> tokens) {
    return !(options.stop && options.stop->load()) && still_fails(tokens);
  };
  const prior::ShrinkResult shrunk = prior::shrink(original.program.tokens, grammar, original.program.start, predicate,
                                                   {.max_evaluations = options.max_evaluations});
  Program program = still_fails.program_for(shrunk.tokens);
  if (mismatch && !(options.stop && options.stop->load())) program = simplify_arguments(std::move(program), check);
  return Minimized{std::move(program), shrunk.evaluations + 1};
}

}  // namespace pyprior::harness
