#pragma once
// Runs a shell command for end-to-end tests and captures what it printed.
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace pyprior::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// command is run by /bin/sh; stderr is captured through a temporary file.
inline CommandResult run_shell(const std::string& command) {
  char err_path[] = "/tmp/pyprior-test-stderr-XXXXXX";
  const int fd = mkstemp(err_path);
  close(fd);
  CommandResult result;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  std::array<char, 4096> buffer;
  for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.err = slurp(err_path);
  unlink(err_path);
  return result;
}

inline CommandResult run_pyprior(const std::string& args) { return run_shell(std::string(PYPRIOR_BINARY) + " " + args); }

// Writes text to a fresh temporary file and returns its path.
inline std::string temp_file(const std::string& text, const std::string& suffix = ".py") {
  std::string path = "/tmp/pyprior-test-XXXXXX" + suffix;
  const int fd = mkstemps(path.data(), static_cast<int>(suffix.size()));
  const ssize_t written = write(fd, text.data(), text.size());
  close(fd);
  return written == static_cast<ssize_t>(text.size()) ? path : "";
}

}  // namespace pyprior::testing
