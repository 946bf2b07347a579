#include "corpus/files.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include "prior/error.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::corpus {
namespace {

namespace fs = std::filesystem;

TEST(Files, FindPythonFilesWalksTheTreeInOrder) {
  const pyprior::testing::ScratchDir scratch("pyprior-files-test");
  const fs::path& root = scratch.path();
  fs::create_directories(root / "b" / "c");
  for (const char* name : {"b/c/z.py", "a.py", "b/y.py", "b/readme.txt"}) write_file_atomically(root / name, "x = 1\n");
  EXPECT_EQ(find_python_files(root), (std::vector<fs::path>{root / "a.py", root / "b/c/z.py", root / "b/y.py"}));
  EXPECT_EQ(find_python_files(root / "a.py"), std::vector<fs::path>{root / "a.py"});
}

TEST(Files, ReadErrorNamesTheFile) {
  try {
    read_file("/nonexistent/pyprior.py");
    FAIL() << "a missing file was read";
  } catch (const prior::Error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot read /nonexistent/pyprior.py");
  }
}

TEST(Files, WriteNamedByContentKeepsOneFilePerContent) {
  const pyprior::testing::ScratchDir scratch("pyprior-named-test");
  const fs::path root = scratch / "named";
  EXPECT_EQ(write_named_by_content(root, {"a", "b", "a"}, ".py"), 2u);
  EXPECT_EQ(write_named_by_content(root, {"b"}, ".py"), 0u);
  const auto files = find_python_files(root);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].filename().string().size(), 16u + 3u) << "16 hex digits and .py";
}

TEST(Files, WriteAtomicallyReplacesTheWholeFile) {
  const pyprior::testing::ScratchDir scratch("pyprior-atomic-test");
  const fs::path path = scratch / "atomic.txt";
  write_file_atomically(path, "a long first version");
  write_file_atomically(path, "short");
  EXPECT_EQ(read_file(path), "short");
  EXPECT_FALSE(fs::exists(path.string() + ".tmp"));
}

}  // namespace
}  // namespace pyprior::corpus
