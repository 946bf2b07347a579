#pragma once
// The Python half of the CPython oracle (cpython_oracle.hpp), run once in the
// embedded interpreter. It defines objection(source, calls, max_lines) and
// preorder(source, start_name).

namespace pyprior::test_support {
extern const char* const kCPythonOracleScript;
}  // namespace pyprior::test_support
