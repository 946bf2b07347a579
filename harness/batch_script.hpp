#pragma once
// The file an external implementation runs: a batch of programs, each
// renamed `func_<index>`, and a driver that calls each on its inputs and
// prints one line per call, in order:
//     <program>:<call>:=<repr of the result>
//     <program>:<call>:!<exception type name>
// flushing after each program, so the output of a process that dies shows
// how far it got. Only syntax and builtins that Python 3.6+, PyPy and
// MicroPython all understand.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "harness/backend.hpp"

namespace pyprior::harness {

std::string render_batch_script(std::span<const Program> batch);

// Python's literal for an input tuple, e.g. "(3, -4)" or "(7,)".
std::string python_tuple(const InputTuple& args);

// A program's source with its functions renamed from `func` to `new_name`.
std::string rename_function(const std::string& source, std::string_view new_name);

struct ParsedOutput {
  // One row per leading program whose every call was reported.
  std::vector<std::vector<Outcome>> outcomes;
  // Set when the output holds a line that is not the next expected one.
  std::optional<std::string> unexpected_line;
};

ParsedOutput parse_batch_output(std::string_view out, std::span<const Program> batch);

}  // namespace pyprior::harness
