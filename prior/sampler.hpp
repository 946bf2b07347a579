#pragma once
// Samplers: the policies that pick one token from the decoder's legal set.
// A random program is the decoder driven by a sampler; a language model is
// just another sampler. Requirement: choose() is called with a non-empty legal
// set and returns one of its tokens; the same seed gives the same choices.
#include <array>
#include <concepts>
#include <cstdint>
#include <memory>
#include <span>

#include "prior/decoder.hpp"
#include "prior/random.hpp"

namespace pyprior::prior {

template <class S>
concept Sampler = requires(S& sampler, const Decoder& decoder, TokenSet legal) {
  { sampler.choose(decoder, legal) } -> std::same_as<Token>;
};

// Every legal token equally likely.
class UniformSampler {
 public:
  explicit UniformSampler(std::uint64_t seed = 0) : rng_(seed) {}
  Token choose(const Decoder&, TokenSet legal) { return legal.nth(static_cast<int>(rng_.below(legal.size()))); }
  Rng& rng() { return rng_; }

 private:
  Rng rng_;
};

// The seed's weighted prior: a weight per statement and expression kind, plus
// a length prior that makes closing a block likelier as it fills and
// operators rarer as expressions deepen. Defaults give short, natural code.
struct PolicyConfig {
  double assign = 4.0, augmented_assign = 1.0, if_stmt = 1.0, if_else = 1.0, return_stmt = 1.5,
         return_none = 0.15, for_loop = 1.0, while_loop = 0.5, break_stmt = 0.3, continue_stmt = 0.3;
  double end_block = 0.6;
  double name = 4.0, constant = 2.0, big_constant = 0.3, arithmetic = 1.0, comparison = 0.4, unary = 0.3,
         bool_op = 0.3, conditional = 0.3, builtin = 0.3, chain = 0.2;
  double block_growth = 1.2;   // end_block and return weights grow by this per statement in the block
  double depth_decay = 0.45;   // operator weights shrink by this factor per level of nesting
  double control_decay = 0.4;  // if / loop weights shrink by this factor per level of nesting
  double end_after_return = 40.0;  // end_block weight factor once the rest of the block cannot run
};

class WeightedSampler {
 public:
  explicit WeightedSampler(std::uint64_t seed = 0, const PolicyConfig& policy = {});
  Token choose(const Decoder& decoder, TokenSet legal);
  Rng& rng() { return rng_; }

 private:
  // What scales a token's weight at a step besides its kind's base weight
  // (at most one thing does): choose() looks it up instead of testing.
  enum Factor : std::uint8_t { kNoFactor, kDepth, kEndBlock, kGrowth, kControl, kFactorCount };
  using Factors = std::array<double, kFactorCount>;
  struct RunningSums;
  void fill(RunningSums& sums, TokenSet legal, std::uint64_t context, const Factors& factor) const;
  const RunningSums& running_sums(TokenSet legal, std::uint64_t context, const Factors& factor, RunningSums& scratch);
  double weight(int token, const Factors& factor) const { return weight_[token] * factor[factor_[token]]; }

  Rng rng_;
  PolicyConfig policy_;
  std::array<double, kVocabSize> weight_{};
  std::array<Factor, kVocabSize> factor_{};
  // decay^n for each nesting level n: choose() runs once per token.
  static constexpr int kLevels = 32;
  std::array<double, kLevels> depth_factor_{};
  std::array<double, kLevels> control_factor_{};
  // Running sums of large legal sets, kept once the sampler has made many
  // choices from them (see running_sums). A copy starts without them.
  struct Memo {
    Memo();
    Memo(const Memo&);
    Memo& operator=(const Memo&);
    Memo(Memo&&) noexcept;
    Memo& operator=(Memo&&) noexcept;
    ~Memo();
    std::unique_ptr<RunningSums[]> table;
    int large_choices = 0;
  };
  Memo memo_;
};

// Choice bytes: at every step with k > 1 legal tokens one byte picks choice
// (byte mod k) in id order; forced steps consume nothing. When the bytes run
// out the sampler follows the cheapest completion, so every byte string is a
// valid program and a prefix of bytes gives a smaller program.
class ChoiceBytesSampler {
 public:
  explicit ChoiceBytesSampler(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
  Token choose(const Decoder& decoder, TokenSet legal) {
    if (legal.size() == 1) return legal.first();
    if (position_ >= bytes_.size()) return decoder.cheapest_legal();
    return legal.nth(bytes_[position_++] % legal.size());
  }
  std::size_t consumed() const { return position_; }

 private:
  std::span<const std::uint8_t> bytes_;
  std::size_t position_ = 0;
};

static_assert(Sampler<UniformSampler> && Sampler<WeightedSampler> && Sampler<ChoiceBytesSampler>);

// Runs a sampler from a decoder state until the program is complete.
template <Sampler S>
void complete(Decoder& decoder, S& sampler) {
  for (TokenSet legal = decoder.legal(); !legal.empty(); legal = decoder.legal())
    decoder.advance(sampler.choose(decoder, legal));
}

// A whole program from a fresh decoder.
template <Sampler S>
std::vector<Token> sample_tokens(const std::shared_ptr<const Grammar>& grammar, Start start, S& sampler) {
  Decoder decoder(grammar, start);
  complete(decoder, sampler);
  return {decoder.tokens().begin(), decoder.tokens().end()};
}

}  // namespace pyprior::prior
