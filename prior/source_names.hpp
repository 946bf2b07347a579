#pragma once
// Canonical names for source written by people: the function's parameters
// become a, b, c in order and its locals d, e, f, ... in the order of their
// first binding in the text. A binding is the target of `x = ...` or of
// `for x in ...`; `x += ...` binds nothing, it needs x bound already.
#include <optional>
#include <string_view>
#include <vector>

#include "prior/python_syntax.hpp"

namespace pyprior::prior {

class SourceNames {
 public:
  // Parameters in order, then the locals first bound in `body`.
  static SourceNames for_function(const std::vector<std::string_view>& parameters, const std::vector<SyntaxNode>& body);
  // Block and Expr sources, whose names must already be canonical (a..m).
  static SourceNames already_canonical();

  // The name's position in a, b, c, d, ... (parameters, then locals); it may
  // be past the last name token, which the caller reports. Nullopt for a
  // name that is neither a parameter nor bound anywhere.
  std::optional<int> index_of(std::string_view name) const;
  bool canonical() const { return canonical_; }

 private:
  std::vector<std::string_view> names_;  // in canonical order; empty when already canonical
  bool canonical_ = false;
};

}  // namespace pyprior::prior
