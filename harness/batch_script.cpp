#include "harness/batch_script.hpp"

#include "prior/codec.hpp"

namespace pyprior::harness {
namespace {

// The driver. `except Exception` leaves BaseException (SystemExit,
// KeyboardInterrupt) to end the process: that is a crash, not an outcome.
constexpr std::string_view kDriver = R"(import sys


def _pyprior_flush():
    flush = getattr(sys.stdout, "flush", None)
    if flush is not None:
        flush()


def _pyprior_run(program, function, calls):
    call = 0
    for args in calls:
        try:
            line = "=" + repr(function(*args))
        except Exception as error:
            line = "!" + type(error).__name__
        print(str(program) + ":" + str(call) + ":" + line)
        call += 1
    _pyprior_flush()
)";

std::string function_name(std::size_t index) { return std::string(prior::kFunctionName) + "_" + std::to_string(index); }

std::string expected_prefix(std::size_t program, std::size_t call) {
  return std::to_string(program) + ":" + std::to_string(call) + ":";
}

std::optional<Outcome> outcome_from_text(std::string_view text) {
  if (text.starts_with("!") && text.size() > 1) return Outcome::exception(std::string(text.substr(1)));
  if (!text.starts_with("=") || text.size() == 1) return std::nullopt;
  if (text == "=None") return Outcome::none();
  return Outcome::value(std::string(text.substr(1)));
}

}  // namespace

std::string python_tuple(const InputTuple& args) {
  std::string text = "(";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i > 0) text += ", ";
    text += args[i].to_string();
  }
  return text + (args.size() == 1 ? ",)" : ")");
}

std::string rename_function(const std::string& source, std::string_view new_name) {
  const std::string from = std::string("def ") + prior::kFunctionName + "(";
  const std::string to = "def " + std::string(new_name) + "(";
  std::string renamed = source;
  for (std::size_t at = renamed.find(from); at != std::string::npos; at = renamed.find(from, at + to.size()))
    renamed.replace(at, from.size(), to);
  return renamed;
}

std::string render_batch_script(std::span<const Program> batch) {
  std::string script = "# pyprior batch: " + std::to_string(batch.size()) + " programs\n";
  script += kDriver;
  for (std::size_t p = 0; p < batch.size(); ++p) {
    const std::string name = function_name(p);
    script += "\n\n" + rename_function(batch[p].source, name) + "\n\n";
    script += "_pyprior_run(" + std::to_string(p) + ", " + name + ", [";
    for (std::size_t k = 0; k < batch[p].inputs.size(); ++k) {
      if (k > 0) script += ", ";
      script += python_tuple(batch[p].inputs[k]);
    }
    script += "])\n";
  }
  return script;
}

ParsedOutput parse_batch_output(std::string_view out, std::span<const Program> batch) {
  ParsedOutput parsed;
  std::vector<Outcome> row;
  std::size_t program = 0;
  // A program without inputs prints nothing and is complete at once.
  const auto skip_programs_without_calls = [&] {
    for (; program < batch.size() && batch[program].inputs.empty(); ++program) parsed.outcomes.emplace_back();
  };
  skip_programs_without_calls();
  while (!out.empty() && program < batch.size()) {
    const std::size_t end = out.find('\n');
    if (end == std::string_view::npos) break;  // a line cut short by the process ending
    const std::string_view line = out.substr(0, end);
    out.remove_prefix(end + 1);
    const std::string prefix = expected_prefix(program, row.size());
    std::optional<Outcome> outcome;
    if (line.starts_with(prefix)) outcome = outcome_from_text(line.substr(prefix.size()));
    if (!outcome) {
      parsed.unexpected_line = std::string(line);
      return parsed;
    }
    row.push_back(std::move(*outcome));
    if (row.size() == batch[program].inputs.size()) {
      parsed.outcomes.push_back(std::move(row));
      row.clear();
      ++program;
      skip_programs_without_calls();
    }
  }
  if (program == batch.size() && !out.empty()) parsed.unexpected_line = std::string(out.substr(0, out.find('\n')));
  return parsed;
}

}  // namespace pyprior::harness
