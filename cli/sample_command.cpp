// pyprior sample: random programs from the constrained decoder, optionally
// run on drawn inputs by the bounded interpreter.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <thread>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "cli/jsonl_record.hpp"
#include "cli/ordered_chunks.hpp"
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
    "                      [--prompt TEXT] [--jobs J]\n\n"
    "Draws N programs from the AST-CD prior: every one is valid, scope-correct Python\n"
    "of at most L tokens. --run K also draws K input tuples per program (small values,\n"
    "negatives and boundary values such as +-2**31 and +-2**63) and runs them on the\n"
    "bounded interpreter. The same seed and flags give the same output on every machine\n"
    "and for any --jobs: program i is drawn from the i-th numbers of the seed's streams.\n"
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
  if (format == "jsonl") return append_jsonl_program_record(out, s.tokens, start, s.inputs, s.outputs);
  prior::append_source(s.tokens, start, out);
  if (start == prior::Start::Expr) out += '\n';
  for (std::size_t i = 0; i < s.inputs.size(); ++i)
    out += "# " + call_text(s.inputs[i]) + " -> " + s.outputs[i].repr() + "\n";
  out += '\n';
}

int default_jobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// Where every program starts: an empty program, or the state after a prompt.
prior::Decoder first_state(const std::string& prompt, const prior::DecodeConfig& cfg, prior::Start start) {
  if (prompt.empty()) return prior::Decoder(prior::compile_grammar(cfg), start);
  try {
    return corpus::prompt_state(prompt, cfg, start);
  } catch (const prior::Error& e) {
    throw UsageError(e.what());
  }
}

// stdout refused data (a full disk, a closed file): errno says why.
std::runtime_error output_error() { return std::runtime_error(std::string("cannot write the output: ") + std::strerror(errno)); }

// One run's settings, shared read-only by every thread.
struct SampleRun {
  prior::DecodeConfig cfg;
  prior::Start start;
  std::string prompt;
  std::uint64_t seed;
  int runs;
  std::string format;
};

// Writes programs by their index in the run. Program i draws from its own
// streams (the i-th numbers of the seed's streams), so it is the same program
// whatever thread writes it and whatever came before. The buffers keep their
// capacity from one program to the next.
template <prior::Sampler S>
class ProgramWriter {
 public:
  // Each writer compiles its own grammar: restarting from a shared one would
  // bounce its reference count between the threads' caches at every program.
  explicit ProgramWriter(const SampleRun& run)
      : run_(run), sampler_(run.seed), first_(first_state(run.prompt, run.cfg, run.start)), decoder_(first_) {}

  void write(long long index, std::string& out) {
    const auto i = static_cast<std::uint64_t>(index);
    sampler_.rng() = prior::Rng(prior::Rng::nth_draw(run_.seed, i));
    decoder_ = first_;
    prior::complete(decoder_, sampler_);
    sample_.tokens.assign(decoder_.tokens().begin(), decoder_.tokens().end());
    if (run_.runs > 0) {
      const prior::CompiledFunction function(sample_.tokens, run_.start);
      prior::Rng input_rng(prior::Rng::nth_draw(run_.seed ^ kInputStream, i));
      prior::draw_inputs(function.arity(), run_.runs, input_rng, run_.cfg.value_range, sample_.inputs);
      sample_.outputs.clear();
      for (const auto& args : sample_.inputs) sample_.outputs.push_back(function.call(args));
    }
    write_sample(out, run_.format, sample_, run_.start);
  }

 private:
  static constexpr std::uint64_t kInputStream = 0x5eedf00dULL;
  const SampleRun& run_;
  S sampler_;
  const prior::Decoder first_;
  prior::Decoder decoder_;
  Sample sample_;
};

// Programs per chunk of work: large enough that handing chunks between
// threads costs little, small enough that output starts at once.
constexpr long long kChunkPrograms = 1024;

template <prior::Sampler S>
void sample_all(const SampleRun& run, long long count, int jobs) {
  const long long chunks = (count + kChunkPrograms - 1) / kChunkPrograms;
  const auto make_writer = [&run, count]() -> ChunkWriter {
    return [writer = std::make_shared<ProgramWriter<S>>(run), count](long long chunk, std::string& out) {
      for (long long i = chunk * kChunkPrograms; i < std::min(count, (chunk + 1) * kChunkPrograms); ++i)
        writer->write(i, out);
    };
  };
  write_ordered_chunks(chunks, jobs, make_writer, [](const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) throw output_error();
  });
}

int run_sample(const std::vector<std::string>& args) {
  ConfigFlags flags;
  long long count = 10;
  int runs = 0;
  std::string format = "source";
  std::string prompt;
  int jobs = default_jobs();
  po::options_description options("pyprior sample options");
  options.add_options()("count,n", po::value(&count)->default_value(count), "number of programs")(
      "uniform", po::bool_switch(), "uniform sampler over the legal tokens (default: the weighted prior)")(
      "run", po::value(&runs)->default_value(runs), "input tuples per program to run on the interpreter")(
      "format", po::value(&format)->default_value(format), "source, tokens or jsonl")(
      "prompt", po::value(&prompt), "continue this start of a program, e.g. 'def func(a, b):'")(
      "jobs,j", po::value(&jobs)->default_value(jobs), "threads (default: this machine's cores); the output is the same for any number");
  add_config_options(options, flags);
  po::variables_map vm;
  if (!parse_or_help(args, options, {}, vm, kUsage)) return kExitOk;
  if (count < 0) throw UsageError("-n must not be negative");
  if (runs < 0 || runs > 1000) throw UsageError("--run must be in 0..1000");
  if (format != "source" && format != "tokens" && format != "jsonl")
    throw UsageError("unknown format '" + format + "' (expected source, tokens or jsonl)");
  if (jobs < 1 || jobs > 256) throw UsageError("--jobs must be in 1..256");
  const prior::DecodeConfig cfg = make_config(flags);
  const prior::Start start = make_start(flags);
  if (runs > 0 && start != prior::Start::Function && start != prior::Start::Module)
    throw UsageError("--run needs --start function or module (only functions take inputs)");
  first_state(prompt, cfg, start);  // a bad prompt is reported here, before any thread starts
  const SampleRun run{cfg, start, prompt, flags.seed, runs, format};
  if (vm["uniform"].as<bool>())
    sample_all<prior::UniformSampler>(run, count, jobs);
  else
    sample_all<prior::WeightedSampler>(run, count, jobs);
  if (std::fflush(stdout) != 0) throw output_error();
  return kExitOk;
}

const bool registered = register_command({"sample", "draw random programs (and run them on the interpreter)", run_sample});

}  // namespace
}  // namespace pyprior::cli
