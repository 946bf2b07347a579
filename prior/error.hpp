#pragma once
// The one exception type of the library: errors a caller can cause (an illegal
// token, malformed token ids, an unusable config). Front ends catch it and
// print its message on one line.
#include <stdexcept>

namespace pyprior::prior {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace pyprior::prior
