#include "generators/program_gen.hpp"

#include <algorithm>

#include "prior/sampler.hpp"
#include "prior/shrink.hpp"

namespace pyprior::gen {
namespace {

// The weighted prior for the first soft_length tokens, then the cheapest
// completion: a program about soft_length tokens long (never over max_len).
class SizedSampler {
 public:
  SizedSampler(std::uint64_t seed, std::size_t soft_length) : prior_(seed), soft_length_(soft_length) {}
  Token choose(const prior::Decoder& decoder, prior::TokenSet legal) {
    return decoder.tokens().size() >= soft_length_ ? decoder.cheapest_legal() : prior_.choose(decoder, legal);
  }

 private:
  prior::WeightedSampler prior_;
  std::size_t soft_length_;
};
static_assert(prior::Sampler<SizedSampler>);

std::size_t soft_length(const DecodeConfig& config, int size) {
  return static_cast<std::size_t>(config.max_len) * static_cast<std::size_t>(std::clamp(size, 0, rc::kNominalSize)) /
         rc::kNominalSize;
}

}  // namespace

rc::Shrinkable<Program> shrinkable(Program program) {
  return rc::shrinkable::shrinkRecur(std::move(program), [](const Program& p) {
    std::vector<Program> shrinks;
    for (auto& tokens : prior::shrink_candidates(p.tokens(), p.grammar(), p.start()))
      shrinks.emplace_back(std::move(tokens), p.grammar(), p.start());
    return rc::seq::fromContainer(std::move(shrinks));
  });
}

rc::Gen<Program> program(const DecodeConfig& config, Start start) {
  auto grammar = prior::compile_grammar(config);  // throws prior::Error for an unusable config
  return rc::Gen<Program>([grammar, config, start](const rc::Random& random, int size) {
    rc::Random stream = random;  // only next() on this copy: RapidCheck forbids next() after split()
    SizedSampler sampler(stream.next(), soft_length(config, size));
    return shrinkable(Program(prior::sample_tokens(grammar, start, sampler), grammar, start));
  });
}

}  // namespace pyprior::gen
