// Shrink quality: planted failing properties whose smallest counterexample is
// known, each shrunk from the first 100 failing programs that WeightedSampler
// draws (seeds 0, 1, ...) in the fuzz profile (one property: the seed profile). One row per property and shrinker, in
// the same run:
//   * pyprior   — prior/shrink.hpp (structural and choice-sequence moves);
//   * pyprior_moves_rc_search — the same moves (shrink_candidates) searched
//                 the way RapidCheck searches a Shrinkable, as
//                 pyprior::gen::program's shrinking does;
//   * rc_naive  — RapidCheck's own shrinking of the token ids as a plain
//                 std::vector<int> (remove chunks, shrink each element toward
//                 0), candidates that the decoder rejects counting as passing.
// Counters: at_min = share of runs that end at the known minimum; tokens and
// lines = median final size; evals = median (and p90, max) property calls on
// valid candidates; ms_per_run = wall time per shrink.
#include <benchmark/benchmark.h>
#include <rapidcheck/Seq.h>
#include <rapidcheck/Shrinkable.h>
#include <rapidcheck/shrink/Shrink.h>
#include <rapidcheck/shrinkable/Create.h>
#include <rapidcheck/shrinkable/Operations.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "prior/codec.hpp"
#include "prior/integer.hpp"
#include "prior/interpreter.hpp"
#include "prior/sampler.hpp"
#include "prior/shrink.hpp"

namespace {

using namespace pyprior::prior;

constexpr int kRunsPerProperty = 100;
constexpr Start kStart = Start::Function;

// --- planted properties -----------------------------------------------------

bool contains(std::span<const Token> tokens, Token wanted) {
  return std::find(tokens.begin(), tokens.end(), wanted) != tokens.end();
}

bool is_loop(Token t) { return t == Token::For || t == Token::While; }
bool is_if(Token t) { return t == Token::If || t == Token::IfElse; }
bool is_return(Token t) { return t == Token::Return || t == Token::ReturnNone; }

// True when a node matching `inner` sits below a node matching `outer`.
bool nested(const Node& node, bool (*outer)(Token), bool (*inner)(Token), bool inside = false) {
  if (inside && inner(node.token)) return true;
  const bool now_inside = inside || outer(node.token);
  return std::any_of(node.children.begin(), node.children.end(),
                     [&](const Node& child) { return nested(child, outer, inner, now_inside); });
}

std::vector<Integer> arguments_for(std::span<const Token> tokens) {
  const std::vector<Integer> args{Integer(1), Integer(2), Integer(3)};
  return {args.begin(), args.begin() + arity_of_def(tokens.front())};
}

Outcome run_once(std::span<const Token> tokens) { return run(tokens, kStart, arguments_for(tokens)); }

// A deliberately wrong implementation of one operator: it evaluates x - y as
// y - x. Emulated by running the real interpreter on the mirrored program.
std::vector<Token> with_sub_operands_swapped(std::span<const Token> tokens) {
  Node root = tokens_to_ast(tokens, kStart);
  std::function<void(Node&)> swap_sub = [&](Node& node) {
    for (Node& child : node.children) swap_sub(child);
    const bool binary_sub = node.token == Token::Sub && node.children.size() == 2;  // not the op of `d -= e`
    if (binary_sub) std::swap(node.children[0], node.children[1]);
  };
  swap_sub(root);
  return ast_to_tokens(root);
}

struct PlantedProperty {
  const char* name;
  int minimal_tokens;  // size of the smallest counterexample
  std::function<bool(std::span<const Token>)> fails;
  DecodeConfig config = DecodeConfig::fuzz();
};

bool returns_over(std::span<const Token> tokens, std::int64_t bound) {
  const Outcome outcome = run_once(tokens);
  const auto value = Integer::from_string(outcome.text);
  return outcome.kind == Outcome::Kind::Value && value && *value > Integer(bound);
}

const std::vector<PlantedProperty>& planted_properties() {
  static const std::vector<PlantedProperty> properties{
      // def func(): return (0 // 0)
      {"contains_floordiv", 6, [](auto t) { return contains(t, Token::FloorDiv); }},
      // def func(): while 0: return
      {"return_inside_loop", 6, [](auto t) { return nested(tokens_to_ast(t, kStart), is_loop, is_return); }},
      // def func(): if 0: if 0: return
      {"if_inside_if", 9, [](auto t) { return nested(tokens_to_ast(t, kStart), is_if, is_if); }},
      // def func(): d = 0; e = 0; f = 0
      {"three_locals", 11, [](auto t) { return contains(t, Token::NameF); }},
      // def func(): return 65535
      {"returns_over_1000", 4, [](auto t) { return returns_over(t, 1000); }},
      // def func(a): return ((9 * 9) * 9) — the seed profile has no big constants
      {"returns_over_100_seed_profile", 8, [](auto t) { return returns_over(t, 100); }, DecodeConfig::seed()},
      // def func(): return (0 - 1)
      {"wrong_sub_evaluator", 6,
       [](auto t) {
         const Outcome right = run_once(t);
         const std::vector<Token> mirrored = with_sub_operands_swapped(t);
         const Outcome wrong = run(mirrored, kStart, arguments_for(t));
         return !right.hit_cap() && !wrong.hit_cap() && right != wrong;
       }},
  };
  return properties;
}

// The first kRunsPerProperty programs of the property's profile that fail.
std::vector<std::vector<Token>> failing_programs(const PlantedProperty& property,
                                                 const std::shared_ptr<const Grammar>& grammar) {
  std::vector<std::vector<Token>> out;
  for (std::uint64_t seed = 0; out.size() < kRunsPerProperty; ++seed) {
    WeightedSampler sampler(seed);
    std::vector<Token> tokens = sample_tokens(grammar, kStart, sampler);
    if (property.fails(tokens)) out.push_back(std::move(tokens));
  }
  return out;
}

// --- the two shrinkers --------------------------------------------------------

struct Shrunk {
  std::vector<Token> tokens;
  int evaluations;
};

Shrunk shrink_with_pyprior(const std::vector<Token>& tokens, const std::shared_ptr<const Grammar>& grammar,
                           const PlantedProperty& property) {
  ShrinkResult result = shrink(tokens, grammar, kStart, property.fails);
  return {std::move(result.tokens), result.evaluations};
}

// Token ids outside the vocabulary map to Pad, which no program contains.
std::vector<Token> as_tokens(const std::vector<int>& ids) {
  std::vector<Token> out;
  for (int i : ids) out.push_back(is_valid_id(i) ? token_from_id(i) : Token::Pad);
  return out;
}

const std::vector<Token>& as_tokens(const std::vector<Token>& tokens) { return tokens; }

// RapidCheck's search (take the first shrink that still fails, start over
// from its shrinks) over a shrink tree.
template <class T>
Shrunk find_local_min(const rc::Shrinkable<T>& tree, const std::shared_ptr<const Grammar>& grammar,
                      const PlantedProperty& property) {
  int evaluations = 0;
  const auto still_fails = [&](const T& candidate) {
    const std::vector<Token> program = as_tokens(candidate);
    const Validation v = validate(program, grammar, kStart);
    if (!v.ok || !v.complete) return false;
    ++evaluations;
    return property.fails(program);
  };
  return {as_tokens(rc::shrinkable::findLocalMin(tree, still_fails).first), evaluations};
}

Shrunk shrink_with_rapidcheck(const std::vector<Token>& tokens, const std::shared_ptr<const Grammar>& grammar,
                              const PlantedProperty& property) {
  std::vector<int> ids;
  for (Token t : tokens) ids.push_back(id(t));
  const auto tree = rc::shrinkable::shrinkRecur(std::move(ids), [](const std::vector<int>& v) {
    return rc::seq::concat(rc::shrink::removeChunks(v),
                           rc::shrink::eachElement(v, [](int x) { return rc::shrink::integral(x); }));
  });
  return find_local_min(tree, grammar, property);
}

// What pyprior::gen::program's Shrinkable does: RapidCheck's search over
// shrink_candidates().
Shrunk shrink_with_rapidcheck_and_pyprior_moves(const std::vector<Token>& tokens,
                                                const std::shared_ptr<const Grammar>& grammar,
                                                const PlantedProperty& property) {
  const auto tree = rc::shrinkable::shrinkRecur(tokens, [grammar](const std::vector<Token>& program) {
    return rc::seq::fromContainer(shrink_candidates(program, grammar, kStart));
  });
  return find_local_min(tree, grammar, property);
}

using ShrinkFunction = Shrunk (*)(const std::vector<Token>&, const std::shared_ptr<const Grammar>&,
                                  const PlantedProperty&);

// --- report --------------------------------------------------------------------

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double percentile_90(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() * 9 / 10];
}

int source_lines(std::span<const Token> tokens) {
  const std::string source = tokens_to_source(tokens, kStart);
  return static_cast<int>(std::count(source.begin(), source.end(), '\n'));
}

void shrink_planted(benchmark::State& state, const PlantedProperty& property, ShrinkFunction shrinker) {
  const auto grammar = compile_grammar(property.config);
  const auto programs = failing_programs(property, grammar);
  std::vector<double> tokens, lines, evaluations;
  double seconds = 0;
  for (auto _ : state) {
    tokens.clear(), lines.clear(), evaluations.clear();
    const auto start = std::chrono::steady_clock::now();
    for (const auto& program : programs) {
      const Shrunk shrunk = shrinker(program, grammar, property);
      tokens.push_back(static_cast<double>(shrunk.tokens.size()));
      lines.push_back(source_lines(shrunk.tokens));
      evaluations.push_back(shrunk.evaluations);
    }
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  const double at_min = static_cast<double>(std::count(tokens.begin(), tokens.end(), property.minimal_tokens));
  state.counters["known_min"] = property.minimal_tokens;
  state.counters["at_min_pct"] = 100.0 * at_min / static_cast<double>(tokens.size());
  state.counters["tokens"] = median(tokens);
  state.counters["max_tokens"] = *std::max_element(tokens.begin(), tokens.end());
  state.counters["lines"] = median(lines);
  state.counters["evals"] = median(evaluations);
  state.counters["p90_evals"] = percentile_90(evaluations);
  state.counters["max_evals"] = *std::max_element(evaluations.begin(), evaluations.end());
  state.counters["ms_per_run"] = 1000.0 * seconds / static_cast<double>(programs.size());
}

const bool registered = [] {
  for (const PlantedProperty& property : planted_properties()) {
    for (auto [label, shrinker] : {std::pair{"pyprior", &shrink_with_pyprior},
                                   std::pair{"pyprior_moves_rc_search", &shrink_with_rapidcheck_and_pyprior_moves},
                                   std::pair{"rc_naive", &shrink_with_rapidcheck}})
      benchmark::RegisterBenchmark((std::string("shrink/") + property.name + "/" + label).c_str(),
                                   [&property, shrinker = shrinker](benchmark::State& state) {
                                     shrink_planted(state, property, shrinker);
                                   })
          ->Iterations(1)
          ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
