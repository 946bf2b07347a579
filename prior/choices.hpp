#pragma once
// Choice sequences: a program as the list of its non-forced choices. At each
// step with k > 1 legal tokens the program made one choice in [0, k); forced
// steps consume nothing. Choice bytes are the fuzzer's view and the
// shrinker's: any byte string decodes to a valid program (ChoiceBytesSampler).
#include <cstdint>
#include <span>
#include <vector>

#include "prior/decoder.hpp"

namespace pyprior::prior {

// The choices that reproduce tokens. Throws Error when tokens are not a legal
// prefix for the grammar and start.
std::vector<std::uint8_t> tokens_to_choices(std::span<const Token> tokens, const std::shared_ptr<const Grammar>& grammar,
                                            Start start);

// The complete program that choice bytes select (cheapest completion once the
// bytes run out). Bytes beyond the program's needs are ignored.
std::vector<Token> choices_to_tokens(std::span<const std::uint8_t> choices, const std::shared_ptr<const Grammar>& grammar,
                                     Start start);

}  // namespace pyprior::prior
