// pyprior run: parses a Python function written by a person and runs it on the
// bounded interpreter, one outcome line per --input.
#include <cctype>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "prior/codec.hpp"
#include "prior/interpreter.hpp"
#include "prior/parser.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

constexpr const char* kUsage =
    "usage: pyprior run FILE.py --input 3,4 [--input ...] [--max-steps N] [--max-int-bits B]\n\n"
    "Parses the one function in FILE.py (any names, comments, formatting a person\n"
    "writes, within the supported subset) and calls it once per --input on the bounded\n"
    "interpreter. Prints one line per call: the Python repr of the result, None, the\n"
    "exception type name (e.g. ZeroDivisionError), or overflow / step_limit when a cap\n"
    "stopped it. Exit status 2 with one line on stderr for unsupported or invalid source\n"
    "or a bad input.";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// "3,-4" -> {3, -4}; "" -> {} for functions without parameters.
std::vector<prior::Integer> parse_input(const std::string& text) {
  std::vector<prior::Integer> values;
  if (text.find_first_not_of(" \t") == std::string::npos) return values;
  std::stringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) {
    const auto first = item.find_first_not_of(" \t");
    const auto last = item.find_last_not_of(" \t");
    const std::string trimmed = first == std::string::npos ? "" : item.substr(first, last - first + 1);
    auto value = prior::Integer::from_string(trimmed);
    if (!value) throw UsageError("--input '" + text + "': '" + trimmed + "' is not an integer");
    values.push_back(*value);
  }
  return values;
}

std::string describe(const prior::SourceError& error, const std::string& path) {
  std::string text = path + ":" + std::to_string(error.line) + ":" + std::to_string(error.column) + ": " + error.stage +
                     ": " + error.message;
  if (!error.node_type.empty()) text += " [" + error.node_type + "]";
  return text;
}

// "--input -5,2" would read as an option; glue such values to their flag.
std::vector<std::string> glue_negative_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> glued;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--input" && i + 1 < args.size() && args[i + 1].size() > 1 && args[i + 1][0] == '-' &&
        std::isdigit(static_cast<unsigned char>(args[i + 1][1])))
      glued.push_back("--input=" + args[++i]);
    else
      glued.push_back(args[i]);
  }
  return glued;
}

int run_run(const std::vector<std::string>& raw_args) {
  const std::vector<std::string> args = glue_negative_inputs(raw_args);
  std::string path;
  std::vector<std::string> inputs;
  prior::Limits limits;
  po::options_description options("pyprior run options");
  options.add_options()("file", po::value(&path), "the Python file holding one function")(
      "input", po::value(&inputs), "comma-separated integer arguments for one call (repeatable)")(
      "max-steps", po::value(&limits.max_steps)->default_value(limits.max_steps), "step cap per call")(
      "max-int-bits", po::value(&limits.max_int_bits)->default_value(limits.max_int_bits), "integer size cap in bits");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (!parse_or_help(args, options, positional, vm, kUsage)) return kExitOk;
  if (path.empty()) throw UsageError("no FILE given (see pyprior run --help)");
  if (limits.max_steps < 1 || limits.max_int_bits < 1) throw UsageError("--max-steps and --max-int-bits must be positive");

  const prior::ParsedSource parsed = prior::parse_python(read_file(path), prior::Start::Function);
  if (parsed.error) throw UsageError(describe(*parsed.error, path));
  const prior::CompiledFunction function(prior::ast_to_tokens(parsed.root), prior::Start::Function);
  std::vector<std::vector<prior::Integer>> calls;
  for (const std::string& input : inputs) {
    calls.push_back(parse_input(input));
    if (static_cast<int>(calls.back().size()) != function.arity())
      throw UsageError("--input '" + input + "' has " + std::to_string(calls.back().size()) +
                       " values; the function takes " + std::to_string(function.arity()));
  }
  for (const auto& call : calls) std::cout << function.call(call, limits).repr() << '\n';
  return kExitOk;
}

const bool registered = register_command({"run", "run a Python function on the bounded interpreter", run_run});

}  // namespace
}  // namespace pyprior::cli
