#include "tests/support/enabled_tokens.hpp"

#include <algorithm>

namespace pyprior::test_support {

using namespace prior;

TokenSet enabled_tokens(const DecodeConfig& cfg) {
  TokenSet set;
  for (const TokenInfo& row : kTokenTable) {
    const Token t = row.token;
    if (t == Token::Pad || !cfg.allows(row.feature)) continue;
    if (is_small_constant(t) &&
        (small_constant_value(t) < cfg.const_range.first || small_constant_value(t) > cfg.const_range.second))
      continue;
    if (row.category == Category::FunctionDef && std::ranges::find(cfg.arities, arity_of_def(t)) == cfg.arities.end())
      continue;
    if (row.category == Category::Name && name_index(t) >= kMaxParams + cfg.max_locals) continue;
    set.insert(t);
  }
  return set;
}

}  // namespace pyprior::test_support
