#include "tests/support/token_names.hpp"

#include <sstream>
#include <stdexcept>

namespace pyprior::test_support {

std::vector<prior::Token> tokens_named(std::string_view names) {
  std::vector<prior::Token> tokens;
  std::istringstream words{std::string(names)};
  for (std::string word; words >> word;) {
    const std::optional<prior::Token> token = prior::token_by_name(word);
    if (!token) throw std::invalid_argument("no token is named '" + word + "'");
    tokens.push_back(*token);
  }
  return tokens;
}

std::string names_of(std::span<const prior::Token> tokens) {
  std::string text;
  for (prior::Token t : tokens) {
    if (!text.empty()) text += ' ';
    text += prior::is_valid_id(prior::id(t)) ? std::string(prior::info(t).name) : "#" + std::to_string(prior::id(t));
  }
  return text;
}

}  // namespace pyprior::test_support

namespace pyprior::prior {

void PrintTo(Token token, std::ostream* out) { *out << test_support::names_of(std::span(&token, 1)); }
void showValue(Token token, std::ostream& out) { PrintTo(token, &out); }

}  // namespace pyprior::prior
