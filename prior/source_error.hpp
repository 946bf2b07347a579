#pragma once
// SourceError: why a piece of Python source did not become a program, and
// where. The stages, in the order they run:
//   "python_parse"        not Python 3.11 at all (what CPython's ast.parse rejects)
//   "unsupported_syntax"  Python, but outside the language's subset
//   "name_normalization"  names that cannot be made canonical (too many, unbound, ...)
//   "vocab_encode"        a value with no token, such as the literal 11
//   "budget"              over a size limit of the language
#include <string>

namespace pyprior::prior {

struct SourceError {
  std::string stage;
  std::string message;    // one line
  int line = 0;           // 1-based
  int column = 0;         // 0-based byte offset in the line, like CPython's col_offset
  std::string node_type;  // the CPython `ast` class of the offending node ("Call",
                          // "Constant[str]", "Pow", ...); empty when none applies

  bool operator==(const SourceError&) const = default;
};

}  // namespace pyprior::prior
