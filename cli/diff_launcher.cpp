// `pyprior diff`: replaces this process with pyprior-diff from the same
// folder (see diff_command.hpp), which keeps the process id, the standard
// streams, the signals and the exit status exactly as if it ran here.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli/command.hpp"
#include "cli/diff_command.hpp"

namespace pyprior::cli {
namespace {

int launch_diff(const std::vector<std::string>& args) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) throw UsageError("cannot find this program's folder to start " + std::string(kDiffExecutable) + ": " + error.message());
  const std::string helper = (self.parent_path() / kDiffExecutable).string();
  std::vector<std::string> argv_text = {std::string(kDiffExecutable), "diff"};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& text : argv_text) argv.push_back(text.data());
  argv.push_back(nullptr);
  ::execv(helper.c_str(), argv.data());
  throw UsageError("cannot start " + helper + ": " + std::strerror(errno) + " (it is built and installed beside pyprior)");
}

const bool registered = register_command({"diff", kDiffSummary, launch_diff});

}  // namespace
}  // namespace pyprior::cli
