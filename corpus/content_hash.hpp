#pragma once
// A stable 64-bit content hash (FNV-1a) and its hex spelling: checksums of
// token corpora and the names of byte-corpus files (libFuzzer names them by
// content too), the same on every machine.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace pyprior::corpus {

constexpr std::uint64_t fnv1a(std::span<const std::uint8_t> bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::uint8_t b : bytes) h = (h ^ b) * 0x100000001b3ULL;
  return h;
}

inline std::uint64_t fnv1a(std::string_view text) {
  return fnv1a({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

// 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

}  // namespace pyprior::corpus
