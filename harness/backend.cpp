#include "harness/backend.hpp"

namespace pyprior::harness {

std::string_view failure_kind_name(Failure::Kind kind) { return kind == Failure::Kind::Crash ? "crash" : "hang"; }

}  // namespace pyprior::harness
