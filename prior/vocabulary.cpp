#include "prior/vocabulary.hpp"

namespace pyprior::prior {

std::optional<Token> token_by_name(std::string_view name) {
  for (const TokenInfo& row : kTokenTable)
    if (row.name == name) return row.token;
  return std::nullopt;
}

}  // namespace pyprior::prior
