#include "corpus/content_hash.hpp"

#include <cstdio>

namespace pyprior::corpus {

std::string hex64(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

}  // namespace pyprior::corpus
