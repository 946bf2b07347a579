#pragma once
// CPython embedded through libpython: the default peer of a campaign. The
// interpreter is initialised once per process (isolated: no environment,
// no site, no signal handlers of its own, so Ctrl-C stays the caller's) and
// never finalised. Each program is compiled and executed in a fresh
// namespace; each call's result becomes its repr, an exception its type name.
//
// The backend trusts the interpreter guard: it sets no step or size limit
// of its own, so it must only be given calls the bounded interpreter
// finished within its caps. Calls from several threads are serialised by
// the GIL.
#include "harness/backend.hpp"

namespace pyprior::harness {

class CPythonBackend {
 public:
  // Initialises CPython on first use; throws prior::Error if it cannot.
  CPythonBackend();
  std::string name() const { return "cpython"; }
  BatchResult run(std::span<const Program> batch) const;
  // sys.version of the embedded interpreter, for reports.
  std::string version() const;
};

static_assert(Backend<CPythonBackend>);

}  // namespace pyprior::harness
