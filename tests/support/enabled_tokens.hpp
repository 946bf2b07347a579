#pragma once
// The tokens a config can ever make legal, computed from the table and the
// config alone (independently of the decoder's Grammar): the enabled features,
// the const range, the arities' defs, and names a..c plus max_locals locals.
#include "prior/config.hpp"
#include "prior/token_set.hpp"

namespace pyprior::test_support {

prior::TokenSet enabled_tokens(const prior::DecodeConfig& cfg);

}  // namespace pyprior::test_support
