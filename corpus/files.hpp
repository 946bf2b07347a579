#pragma once
// The file-system side of corpora: whole-file reads and writes with errors
// that name the file, and the walks that find corpus files. Every error is
// one line (prior::Error).
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pyprior::corpus {

std::string read_file(const std::filesystem::path& path);
// Writes a temporary file beside `path` and renames it over `path`.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Every regular file under root whose name ends in ".py", recursively, in
// sorted order; root itself when it is such a file.
std::vector<std::filesystem::path> find_python_files(const std::filesystem::path& root);

// Creates the directory if needed and writes each content as a file named by
// its hash (corpus/content_hash.hpp) plus extension, unless that file exists:
// writing the same content twice keeps one file. Returns how many were new.
std::size_t write_named_by_content(const std::filesystem::path& directory, const std::vector<std::string>& contents,
                                   std::string_view extension);

// The regular files directly in a directory, in sorted order (a libFuzzer corpus).
std::vector<std::filesystem::path> list_files(const std::filesystem::path& directory);

}  // namespace pyprior::corpus
