#pragma once
// RapidCheck generators of languages: random DecodeConfigs (arity subsets,
// block / depth / control / locals limits, const ranges, feature flags and
// max_len from the smallest usable value up to ~120) and random starts.
#include <ostream>

#include <rapidcheck.h>

#include "prior/config.hpp"

namespace pyprior::test_support {

// The smallest max_len a decoder of this start accepts.
int minimum_max_len(prior::Start start);

// The largest value up to `up_to` that `field` may take in `cfg` (validate()
// accepts it), or the field's current value if none larger is accepted.
int largest_accepted(prior::DecodeConfig cfg, int prior::DecodeConfig::*field, int up_to);

// Any of the four starts.
rc::Gen<prior::Start> gen_start();

// A valid config whose max_len fits `start`.
rc::Gen<prior::DecodeConfig> gen_decode_config(prior::Start start);

// A config together with the start it is used from.
struct Language {
  prior::DecodeConfig config;
  prior::Start start = prior::Start::Function;
};
rc::Gen<Language> gen_language();

}  // namespace pyprior::test_support

namespace pyprior::prior {
// Found by argument-dependent lookup: RapidCheck's counterexample printer.
void showValue(const DecodeConfig& config, std::ostream& out);
void showValue(Start start, std::ostream& out);
}  // namespace pyprior::prior

namespace pyprior::test_support {
void showValue(const Language& language, std::ostream& out);
}  // namespace pyprior::test_support
