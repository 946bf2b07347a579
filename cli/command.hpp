#pragma once
// The command table of `pyprior`: each subcommand lives in its own
// cli/<name>_command.cpp and registers itself at static initialisation, so
// adding a command touches no shared file.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pyprior::cli {

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `pyprior --help`
  // args: everything after the command name. Returns the exit status.
  int (*run)(const std::vector<std::string>& args);
};

bool register_command(const Command& command);
const std::vector<Command>& commands();

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // the run worked and found something
inline constexpr int kExitUsage = 2;     // bad flags, bad input, setup error

// A user's mistake: main prints "pyprior <command>: <message>" and exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace pyprior::cli
