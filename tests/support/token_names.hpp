#pragma once
// Token sequences written as text, so that tests read like examples:
// tokens_named("def/1 return a <end>") is the program `def func(a): return a`.
// Also teaches GoogleTest and RapidCheck to print tokens by name.
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prior/vocabulary.hpp"

namespace pyprior::test_support {

// Display names (as `pyprior vocab` prints them) separated by spaces. Throws
// std::invalid_argument for an unknown name.
std::vector<prior::Token> tokens_named(std::string_view names);

// The inverse: display names separated by spaces.
std::string names_of(std::span<const prior::Token> tokens);

}  // namespace pyprior::test_support

namespace pyprior::prior {
// Found by argument-dependent lookup: GoogleTest's and RapidCheck's printers.
void PrintTo(Token token, std::ostream* out);
void showValue(Token token, std::ostream& out);
}  // namespace pyprior::prior
