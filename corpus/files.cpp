#include "corpus/files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "corpus/content_hash.hpp"
#include "prior/error.hpp"

namespace fs = std::filesystem;

namespace pyprior::corpus {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw prior::Error("cannot read " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw prior::Error("cannot read " + path.string());
  return std::move(content).str();
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  fs::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw prior::Error("cannot write " + path.string());
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush()) throw prior::Error("cannot write " + path.string());
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) throw prior::Error("cannot write " + path.string() + ": " + error.message());
}

std::vector<fs::path> find_python_files(const fs::path& root) {
  std::error_code error;
  if (fs::is_regular_file(root, error)) return {root};
  if (!fs::is_directory(root, error)) throw prior::Error(root.string() + " is neither a file nor a directory");
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error), end;
       it != end; it.increment(error)) {
    if (error) throw prior::Error("cannot walk " + root.string() + ": " + error.message());
    if (it->is_regular_file(error) && it->path().extension() == ".py") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::size_t write_named_by_content(const fs::path& directory, const std::vector<std::string>& contents,
                                   std::string_view extension) {
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) throw prior::Error("cannot create " + directory.string() + ": " + error.message());
  std::size_t written = 0;
  for (const std::string& content : contents) {
    const fs::path file = directory / (hex64(fnv1a(content)) + std::string(extension));
    if (fs::exists(file, error)) continue;
    write_file_atomically(file, content);
    ++written;
  }
  return written;
}

std::vector<fs::path> list_files(const fs::path& directory) {
  std::error_code error;
  if (!fs::is_directory(directory, error)) throw prior::Error(directory.string() + " is not a directory");
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error))
    if (entry.is_regular_file(error)) files.push_back(entry.path());
  if (error) throw prior::Error("cannot list " + directory.string() + ": " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace pyprior::corpus
