#include "prior/source_names.hpp"

#include <algorithm>

#include "prior/vocabulary.hpp"

namespace pyprior::prior {

namespace {

void add_binding(const SyntaxNode& target, std::vector<std::string_view>& names) {
  if (target.kind != SyntaxKind::Name) return;  // other targets are refused by the lowering
  if (std::find(names.begin(), names.end(), target.text) == names.end()) names.push_back(target.text);
}

// Statements in textual order, descending into nested blocks but not into
// nested functions or classes, which have their own scopes.
void collect_bindings(const std::vector<SyntaxNode>& statements, std::vector<std::string_view>& names) {
  for (const SyntaxNode& statement : statements) {
    switch (statement.kind) {
      case SyntaxKind::FunctionDef:
      case SyntaxKind::AsyncFunctionDef:
      case SyntaxKind::ClassDef:
        continue;
      case SyntaxKind::Assign:
        for (std::size_t i = 0; i + 1 < statement.children.size(); ++i) add_binding(statement.children[i], names);
        break;
      case SyntaxKind::For:
        add_binding(statement.children[0], names);
        break;
      default:
        break;
    }
    collect_bindings(statement.body, names);
    collect_bindings(statement.orelse, names);
  }
}

}  // namespace

SourceNames SourceNames::for_function(const std::vector<std::string_view>& parameters,
                                      const std::vector<SyntaxNode>& body) {
  SourceNames names;
  names.names_ = parameters;
  // Padding keeps locals at index kMaxParams and up whatever the arity.
  names.names_.resize(std::max<std::size_t>(parameters.size(), kMaxParams));
  collect_bindings(body, names.names_);
  return names;
}

SourceNames SourceNames::already_canonical() {
  SourceNames names;
  names.canonical_ = true;
  return names;
}

std::optional<int> SourceNames::index_of(std::string_view name) const {
  if (canonical_) {
    for (int i = 0; i < kNameCount; ++i) {
      if (info(name_token(i)).python == name) return i;
    }
    return std::nullopt;
  }
  if (name.empty()) return std::nullopt;
  const auto found = std::find(names_.begin(), names_.end(), name);
  if (found == names_.end()) return std::nullopt;
  return static_cast<int>(found - names_.begin());
}

}  // namespace pyprior::prior
