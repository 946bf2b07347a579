#pragma once
// `--impl` values: NAME=COMMAND, where COMMAND is split into words as a shell
// splits them (quotes and backslashes, no expansion), or the name of a preset:
//   pypy         pypy3
//   micropython  node <runners>/micropython.mjs   (npm install in the repository)
// <runners> is $PYPRIOR_RUNNERS_DIR, else harness/runners of the source tree
// this library was built from.
#include <string>
#include <string_view>
#include <vector>

namespace pyprior::harness {

struct ImplSpec {
  std::string name;
  std::vector<std::string> command;
};

// Throws prior::Error with a one-line message for a malformed value.
ImplSpec parse_impl_spec(std::string_view text);

// Shell word splitting without expansion; throws prior::Error on an
// unterminated quote.
std::vector<std::string> split_command_words(std::string_view command);

// The names parse_impl_spec accepts alone.
std::vector<std::string> impl_preset_names();

}  // namespace pyprior::harness
