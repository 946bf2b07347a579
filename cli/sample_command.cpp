// pyprior sample: random programs from the constrained decoder, optionally
// run on drawn inputs by the bounded interpreter.
#include <cstdio>
#include <iostream>
#include <optional>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "cli/jsonl_record.hpp"
#include "corpus/tokenize.hpp"
#include "prior/codec.hpp"
#include "prior/error.hpp"
#include "prior/inputs.hpp"
#include "prior/interpreter.hpp"
#include "prior/sampler.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

constexpr const char* kUsage =
    "usage: pyprior sample [-n N] [--seed S] [--profile seed|fuzz] [--start function|module|block|expr]\n"
    "                      [--uniform] [--max-len L] [--run K] [--format source|tokens|jsonl]\n"
    "                      [--prompt TEXT]\n\n"
    "Draws N programs from the AST-CD prior: every one is valid, scope-correct Python\n"
    "of at most L tokens. --run K also draws K input tuples per program (small values,\n"
    "negatives and boundary values such as +-2**31 and +-2**63) and runs them on the\n"
    "bounded interpreter. The same seed and flags give the same output on every machine.\n"
    "--prompt continues a start written in Python, such as 'def func(a, b):' or a\n"
    "function with its first statements and a last line that opens a block; a prompt\n"
    "the language cannot continue is an error naming its line and column.\n\n"
    "formats:\n"
    "  source  canonical Python; with --run, one '# func(args) -> outcome' line per input\n"
    "  tokens  one line per program: space-separated token ids (see pyprior vocab)\n"
    "  jsonl   one JSON object per line: source, tokens, and with --run inputs, outputs";

struct Sample {
  std::vector<prior::Token> tokens;
  std::vector<std::vector<prior::Integer>> inputs;
  std::vector<prior::Outcome> outputs;
};

std::string call_text(const std::vector<prior::Integer>& args) {
  std::string text = std::string(prior::kFunctionName) + "(";
  for (std::size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + args[i].to_string();
  return text + ")";
}

void write_sample(std::string& out, const std::string& format, const Sample& s, prior::Start start) {
  if (format == "tokens") {
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      if (i) out += ' ';
      out += std::to_string(prior::id(s.tokens[i]));
    }
    out += '\n';
    return;
  }
  const std::string source = prior::tokens_to_source(s.tokens, start);
  if (format == "source") {
    out += source;
    if (start == prior::Start::Expr) out += '\n';
    for (std::size_t i = 0; i < s.inputs.size(); ++i)
      out += "# " + call_text(s.inputs[i]) + " -> " + s.outputs[i].repr() + "\n";
    out += '\n';
    return;
  }
  append_jsonl_record(out, source, s.tokens, s.inputs, s.outputs);
}

// Where every program starts: an empty program, or the state after a prompt.
prior::Decoder first_state(const std::string& prompt, const prior::DecodeConfig& cfg, prior::Start start) {
  if (prompt.empty()) return prior::Decoder(prior::compile_grammar(cfg), start);
  try {
    return corpus::prompt_state(prompt, cfg, start);
  } catch (const prior::Error& e) {
    throw UsageError(e.what());
  }
}

template <prior::Sampler S>
int sample_all(S& sampler, const ConfigFlags& flags, const std::string& prompt, long long count, int runs,
               const std::string& format) {
  const prior::DecodeConfig cfg = make_config(flags);
  const prior::Start start = make_start(flags);
  if (runs > 0 && start != prior::Start::Function && start != prior::Start::Module)
    throw UsageError("--run needs --start function or module (only functions take inputs)");
  const prior::Decoder first = first_state(prompt, cfg, start);
  prior::Rng input_rng(flags.seed ^ 0x5eedf00dULL);
  std::string out;
  for (long long i = 0; i < count; ++i) {
    Sample s;
    prior::Decoder decoder = first;
    prior::complete(decoder, sampler);
    s.tokens.assign(decoder.tokens().begin(), decoder.tokens().end());
    if (runs > 0) {
      const prior::CompiledFunction function(s.tokens, start);
      s.inputs = prior::draw_inputs(function.arity(), runs, input_rng, cfg.value_range);
      s.outputs.reserve(s.inputs.size());
      for (const auto& args : s.inputs) s.outputs.push_back(function.call(args));
    }
    write_sample(out, format, s, start);
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitUsage;
}

int run_sample(const std::vector<std::string>& args) {
  ConfigFlags flags;
  long long count = 10;
  int runs = 0;
  std::string format = "source";
  std::string prompt;
  po::options_description options("pyprior sample options");
  options.add_options()("count,n", po::value(&count)->default_value(count), "number of programs")(
      "uniform", po::bool_switch(), "uniform sampler over the legal tokens (default: the weighted prior)")(
      "run", po::value(&runs)->default_value(runs), "input tuples per program to run on the interpreter")(
      "format", po::value(&format)->default_value(format), "source, tokens or jsonl")(
      "prompt", po::value(&prompt), "continue this start of a program, e.g. 'def func(a, b):'");
  add_config_options(options, flags);
  po::variables_map vm;
  if (!parse_or_help(args, options, {}, vm, kUsage)) return kExitOk;
  if (count < 0) throw UsageError("-n must not be negative");
  if (runs < 0 || runs > 1000) throw UsageError("--run must be in 0..1000");
  if (format != "source" && format != "tokens" && format != "jsonl")
    throw UsageError("unknown format '" + format + "' (expected source, tokens or jsonl)");
  if (vm["uniform"].as<bool>()) {
    prior::UniformSampler sampler(flags.seed);
    return sample_all(sampler, flags, prompt, count, runs, format);
  }
  prior::WeightedSampler sampler(flags.seed);
  return sample_all(sampler, flags, prompt, count, runs, format);
}

const bool registered = register_command({"sample", "draw random programs (and run them on the interpreter)", run_sample});

}  // namespace
}  // namespace pyprior::cli
