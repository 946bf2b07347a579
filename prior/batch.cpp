#include "prior/batch.hpp"

#include "prior/error.hpp"

namespace pyprior::prior {

std::vector<DecodeState> init_states(const std::vector<DecodeRequest>& requests, const DecodeConfig& cfg) {
  const auto grammar = compile_grammar(cfg);
  std::vector<DecodeState> states;
  states.reserve(requests.size());
  for (std::size_t r = 0; r < requests.size(); ++r) {
    DecodeState state(grammar, requests[r].start);
    const auto& prefix = requests[r].prefix_tokens;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (auto illegal = state.try_advance(prefix[i]))
        throw Error("request " + std::to_string(r) + ", prefix token " + std::to_string(i) + ": " + illegal->message);
    states.push_back(std::move(state));
  }
  return states;
}

std::vector<std::uint32_t> legal_masks(const std::vector<DecodeState>& states) {
  std::vector<std::uint32_t> masks(states.size() * kMaskWords, 0);
  for (std::size_t row = 0; row < states.size(); ++row) {
    const TokenSet legal = states[row].legal();
    for (int w = 0; w < kMaskWords; ++w)
      masks[row * kMaskWords + w] = static_cast<std::uint32_t>(legal.word(w / 2) >> (32 * (w % 2)));
  }
  return masks;
}

std::vector<DecodeState> advance(const std::vector<DecodeState>& states, const std::vector<Token>& tokens) {
  if (tokens.size() != states.size())
    throw Error("advance: " + std::to_string(tokens.size()) + " tokens for " + std::to_string(states.size()) + " states");
  std::vector<DecodeState> next = states;
  for (std::size_t i = 0; i < next.size(); ++i) {
    if (next[i].is_complete() && tokens[i] == Token::Pad) continue;
    if (auto illegal = next[i].try_advance(tokens[i]))
      throw Error("state " + std::to_string(i) + ": " + illegal->message);
  }
  return next;
}

namespace detail {
DecodeResult finish_result(const DecodeState& state, int input, int sample, std::size_t prefix_length,
                           std::vector<DecodeStep> trace, const DecodeOptions& options, const char* reason) {
  DecodeResult result;
  result.input_index = input;
  result.sample_index = sample;
  result.tokens.assign(state.tokens().begin(), state.tokens().end());
  result.new_tokens.assign(result.tokens.begin() + static_cast<std::ptrdiff_t>(prefix_length), result.tokens.end());
  result.complete = state.is_complete();
  if (result.complete) result.source = tokens_to_source(result.tokens, state.start());
  result.stop_reason = reason;
  result.trace = std::move(trace);
  if (options.pad) {
    const int length = options.pad_length > 0 ? options.pad_length : options.max_new_tokens;
    result.padded_tokens = result.new_tokens;
    if (static_cast<int>(result.padded_tokens.size()) < length) result.padded_tokens.resize(length, Token::Pad);
  }
  return result;
}
}  // namespace detail

std::vector<std::string> detokenize(const std::vector<std::vector<Token>>& token_batches, Start start) {
  std::vector<std::string> sources;
  sources.reserve(token_batches.size());
  for (const auto& tokens : token_batches) {
    try {
      sources.push_back(tokens_to_source(tokens, start));
    } catch (const Error&) {
      sources.emplace_back();
    }
  }
  return sources;
}

}  // namespace pyprior::prior
