// Entry point: dispatches to a registered command and turns every error a
// user can cause into one line on stderr and exit status 2.
#include <algorithm>
#include <iostream>

#include <boost/program_options/errors.hpp>

#include "cli/command.hpp"
#include "prior/error.hpp"

namespace pyprior::cli {

std::vector<Command>& command_table() {
  static std::vector<Command> table;
  return table;
}

bool register_command(const Command& command) {
  command_table().push_back(command);
  return true;
}

const std::vector<Command>& commands() { return command_table(); }

namespace {

void print_overview(std::ostream& out) {
  std::vector<Command> sorted = commands();
  std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
  out << "pyprior: property-based testing and fuzzing of Python implementations with\n"
         "AST-constrained random programs (valid, scope-correct, bounded by construction).\n\n"
         "usage: pyprior COMMAND [OPTIONS]    (pyprior COMMAND --help for its options)\n\ncommands:\n";
  for (const Command& c : sorted) {
    out << "  " << c.name;
    out << std::string(12 > c.name.size() ? 12 - c.name.size() : 1, ' ') << c.summary << "\n";
  }
}

}  // namespace
}  // namespace pyprior::cli

int main(int argc, char** argv) {
  using namespace pyprior::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_overview(std::cout);
    return args.empty() ? kExitUsage : kExitOk;
  }
  const auto& table = commands();
  const auto command = std::find_if(table.begin(), table.end(), [&](const Command& c) { return c.name == args[0]; });
  if (command == table.end()) {
    std::cerr << "pyprior: unknown command '" << args[0] << "' (pyprior --help lists the commands)\n";
    return kExitUsage;
  }
  const std::string name = args[0];
  args.erase(args.begin());
  try {
    return command->run(args);
  } catch (const UsageError& e) {
    std::cerr << "pyprior " << name << ": " << e.what() << "\n";
  } catch (const boost::program_options::error& e) {
    std::cerr << "pyprior " << name << ": " << e.what() << " (see pyprior " << name << " --help)\n";
  } catch (const pyprior::prior::Error& e) {
    std::cerr << "pyprior " << name << ": " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "pyprior " << name << ": error: " << e.what() << "\n";
  }
  return kExitUsage;
}
