#include "prior/choices.hpp"

#include "prior/error.hpp"
#include "prior/sampler.hpp"

namespace pyprior::prior {

std::vector<std::uint8_t> tokens_to_choices(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar,
                                            Start start) {
  Decoder decoder(grammar, start);
  std::vector<std::uint8_t> choices;
  for (Token t : tokens) {
    const TokenSet legal = decoder.legal();
    decoder.advance(t);  // throws with the reason when t is illegal
    if (legal.size() > 1) choices.push_back(static_cast<std::uint8_t>(legal.rank(t)));
  }
  return choices;
}

std::vector<Token> choices_to_tokens(std::span<const std::uint8_t> choices, const std::shared_ptr<const Grammar>& grammar,
                                     Start start) {
  ChoiceBytesSampler sampler(choices);
  return sample_tokens(grammar, start, sampler);
}

}  // namespace pyprior::prior
