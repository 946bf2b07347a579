#pragma once
// The seed's batch API: states -> legal masks -> choose -> advance, and
// decode(), a sampler-driven loop over the same primitives. A single sample is
// a one-item batch with n = 1. Results and states are ordered by
// (input_index, sample_index).
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "prior/codec.hpp"
#include "prior/decoder.hpp"
#include "prior/sampler.hpp"

namespace pyprior::prior {

struct DecodeRequest {
  Start start = Start::Module;
  std::vector<Token> prefix_tokens;
};

// A decoder state is a Decoder: a resumable snapshot of a partial program.
using DecodeState = Decoder;

// Fresh states, each advanced through its prefix. Throws Error naming the
// request and position of the first illegal prefix token.
std::vector<DecodeState> init_states(const std::vector<DecodeRequest>& requests, const DecodeConfig& cfg);

// Masks in the layout LLM tools share: row-major [batch, kMaskWords] 32-bit
// words; bit (v % 32) of word (v / 32) is set when token v is legal.
inline constexpr int kMaskWords = (kVocabSize + 31) / 32;
std::vector<std::uint32_t> legal_masks(const std::vector<DecodeState>& states);

// One token per state; complete states take Token::Pad and stay as they are.
// Throws Error for an illegal token.
std::vector<DecodeState> advance(const std::vector<DecodeState>& states, const std::vector<Token>& tokens);

enum class StopAt : std::uint8_t {
  Complete,           // run until the program is complete
  StatementBoundary,  // stop after the next statement of the outermost block
};

struct DecodeOptions {
  int n = 1;                       // continuations per input state
  int max_new_tokens = INT_MAX;
  StopAt stop_at = StopAt::Complete;
  bool pad = false;                // padded_tokens = tokens + Pad up to pad_length
  int pad_length = 0;              // 0: max_new_tokens
  bool trace = false;              // record the legal-set size of each step
};

struct DecodeStep {
  Token token;
  int legal_count;
};

struct DecodeResult {
  int input_index = 0;
  int sample_index = 0;
  std::vector<Token> tokens;      // the whole program so far, prefix included
  std::vector<Token> new_tokens;  // what this call added
  std::string source;             // canonical source when complete, else empty
  bool complete = false;
  std::string stop_reason;        // "complete", "statement_boundary", "max_new_tokens"
  std::vector<DecodeStep> trace;
  std::vector<Token> padded_tokens;
};

struct DecodeBatch {
  std::vector<DecodeResult> results;
  std::vector<DecodeState> states;
  int input_count = 0;
  int n = 1;
};

namespace detail {
DecodeResult finish_result(const DecodeState& state, int input, int sample, std::size_t prefix_length,
                           std::vector<DecodeStep> trace, const DecodeOptions& options, const char* reason);
}

template <Sampler S>
DecodeBatch decode(const std::vector<DecodeState>& states, S& sampler, const DecodeOptions& options = {}) {
  DecodeBatch batch;
  batch.input_count = static_cast<int>(states.size());
  batch.n = options.n;
  for (int input = 0; input < batch.input_count; ++input) {
    for (int sample = 0; sample < options.n; ++sample) {
      DecodeState state = states[input];
      const std::size_t prefix_length = state.tokens().size();
      std::vector<DecodeStep> trace;
      const char* reason = "complete";
      for (int step = 0; !state.is_complete(); ++step) {
        if (step >= options.max_new_tokens) {
          reason = "max_new_tokens";
          break;
        }
        const TokenSet legal = state.legal();
        const Token t = sampler.choose(state, legal);
        if (options.trace) trace.push_back({t, legal.size()});
        state.advance(t);
        if (options.stop_at == StopAt::StatementBoundary && !state.is_complete() && state.at_statement_boundary()) {
          reason = "statement_boundary";
          break;
        }
      }
      batch.results.push_back(
          detail::finish_result(state, input, sample, prefix_length, std::move(trace), options, reason));
      batch.states.push_back(std::move(state));
    }
  }
  return batch;
}

// Canonical source for each complete token list (empty string otherwise).
std::vector<std::string> detokenize(const std::vector<std::vector<Token>>& token_batches, Start start);

}  // namespace pyprior::prior
