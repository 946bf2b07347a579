#pragma once
// Folders for tests to write in. ctest runs the tests of one binary as
// processes side by side, so a folder named after the test, the process or
// the clock can be shared by two of them, and one removes it while the other
// reads it (it happened in CI). mkdtemp picks a name nobody else holds.
// Header-only so that any test binary can use it without linking the support
// library (which brings libpython).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace pyprior::testing {

// A new, empty folder of this process's own under gtest's temporary
// directory, "<label>-XXXXXX"; it stays after the test (see ScratchDir).
inline std::filesystem::path unique_temp_dir(const std::string& label) {
  std::string pattern = (std::filesystem::path(::testing::TempDir()) / (label + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
  }
  return pattern;
}

// A unique_temp_dir removed, with all it holds, when the object goes.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& label) : path_(unique_temp_dir(label)) {}
  ~ScratchDir() {
    std::error_code ignored;  // a test's findings are not worth a throwing destructor
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace pyprior::testing
