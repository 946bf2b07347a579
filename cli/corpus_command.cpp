// pyprior corpus: audit a tree of real Python against the language, and move
// programs between .py files, token corpora and libFuzzer byte corpora.
#include <filesystem>
#include <iostream>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "corpus/audit.hpp"
#include "corpus/byte_corpus.hpp"
#include "corpus/files.hpp"
#include "corpus/token_corpus.hpp"
#include "corpus/tokenize.hpp"
#include "prior/codec.hpp"

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

constexpr const char* kUsage =
    "usage: pyprior corpus audit DIR [--format text|json] [--top N] [--start function|module]\n"
    "       pyprior corpus import INPUT... --out FILE.tokens [--from py|bytes]\n"
    "       pyprior corpus export FILE.tokens --out DIR [--to py|bytes]\n"
    "       (each also takes --profile seed|fuzz, --max-len L and --start function|module)\n\n"
    "audit   tokenizes every .py file under DIR (one record per top-level function, or\n"
    "        per file with --start module) and reports how many fit the language, with\n"
    "        histograms of error stages and of the node types that stopped the rest.\n"
    "import  adds programs to a token corpus (created if missing, else merged; duplicates\n"
    "        are dropped): from .py files or directories of them (every record that\n"
    "        tokenizes), or with --from bytes from libFuzzer corpus directories of choice\n"
    "        bytes (every input is a program).\n"
    "export  writes a token corpus out as one file per program, named by content:\n"
    "        canonical .py files, or with --to bytes minimal choice bytes, a seed corpus\n"
    "        for fuzz_differential and fuzz_roundtrip.\n\n"
    "A token corpus records the config it was written for: read it back with the same\n"
    "--profile, --max-len and --start. A corrupt, truncated or mismatched file is an error.";

struct Language {
  prior::DecodeConfig cfg;
  prior::Start start;
  std::shared_ptr<const prior::Grammar> grammar;
};

// Options every subcommand takes: the language.
void add_language_options(po::options_description& options, ConfigFlags& flags) {
  options.add_options()("profile", po::value(&flags.profile)->default_value(flags.profile), "language profile: seed or fuzz")(
      "max-len", po::value(&flags.max_len)->default_value(flags.max_len), "token budget (0: the profile's)")(
      "start", po::value(&flags.start)->default_value(flags.start), "function or module");
}

// Adds the language options and parses args, the positional argument
// `positional_name` taking `count` values (-1: all). False after --help.
bool parse_subcommand(const std::vector<std::string>& args, po::options_description& options, ConfigFlags& flags,
                      const char* positional_name, int count) {
  add_language_options(options, flags);
  po::positional_options_description positional;
  positional.add(positional_name, count);
  po::variables_map vm;
  return parse_or_help(args, options, positional, vm, kUsage);
}

void require_one_of(const std::string& value, const std::string& flag, const std::string& first,
                    const std::string& second) {
  if (value != first && value != second)
    throw UsageError("unknown " + flag + " '" + value + "' (expected " + first + " or " + second + ")");
}

Language make_language(const ConfigFlags& flags) {
  const prior::Start start = make_start(flags);
  if (start != prior::Start::Function && start != prior::Start::Module)
    throw UsageError("--start must be function or module");
  prior::DecodeConfig cfg = make_config(flags);
  return {cfg, start, prior::compile_grammar(cfg)};
}

int run_audit(const std::vector<std::string>& args) {
  ConfigFlags flags;
  std::string directory, format = "text";
  std::size_t top = 8;
  po::options_description options("pyprior corpus audit options");
  options.add_options()("dir", po::value(&directory), "tree of Python files")(
      "format", po::value(&format)->default_value(format), "text or json")(
      "top", po::value(&top)->default_value(top), "node types shown per stage (text)");
  if (!parse_subcommand(args, options, flags, "dir", 1)) return kExitOk;
  if (directory.empty()) throw UsageError("no DIR given (see pyprior corpus --help)");
  require_one_of(format, "--format", "text", "json");
  const Language language = make_language(flags);
  const corpus::AuditReport report = corpus::audit_tree(directory, language.grammar, language.start);
  if (format == "json") std::cout << corpus::audit_json(report).dump(2) << "\n";
  else std::cout << "pyprior corpus audit " << directory << " (profile " << flags.profile << ")\n\n"
                 << corpus::format_audit(report, top);
  return kExitOk;
}

// Every record of the .py files under the inputs that tokenizes to a complete program.
std::vector<std::vector<prior::Token>> programs_from_python(const std::vector<std::string>& inputs,
                                                            const Language& language, std::size_t& rejected) {
  std::vector<std::vector<prior::Token>> programs;
  for (const std::string& input : inputs) {
    for (const fs::path& file : corpus::find_python_files(input)) {
      for (corpus::TokenizeResult& result :
           corpus::tokenize_records(corpus::read_file(file), language.grammar, language.start)) {
        if (result.ok && result.complete) programs.push_back(std::move(result.tokens));
        else ++rejected;
      }
    }
  }
  return programs;
}

std::vector<std::vector<prior::Token>> programs_from_bytes(const std::vector<std::string>& inputs,
                                                           const Language& language) {
  std::vector<std::vector<prior::Token>> programs;
  for (const std::string& input : inputs)
    for (auto& program : corpus::choice_inputs_to_programs(corpus::read_byte_corpus(input), language.grammar,
                                                           language.start))
      programs.push_back(std::move(program));
  return programs;
}

int run_import(const std::vector<std::string>& args) {
  ConfigFlags flags;
  std::vector<std::string> inputs;
  std::string out, from = "py";
  po::options_description options("pyprior corpus import options");
  options.add_options()("input", po::value(&inputs)->composing(), ".py files, directories of them, or byte corpora")(
      "out", po::value(&out), "token corpus to create or extend")(
      "from", po::value(&from)->default_value(from), "py or bytes");
  if (!parse_subcommand(args, options, flags, "input", -1)) return kExitOk;
  if (inputs.empty()) throw UsageError("no INPUT given (see pyprior corpus --help)");
  if (out.empty()) throw UsageError("--out FILE.tokens is required");
  require_one_of(from, "--from", "py", "bytes");
  const Language language = make_language(flags);
  corpus::TokenCorpus token_corpus = fs::exists(out)
                                         ? corpus::load_token_corpus(out, language.cfg, language.start)
                                         : corpus::TokenCorpus::empty_for(language.cfg, language.start);
  std::size_t rejected = 0;
  const auto programs =
      from == "py" ? programs_from_python(inputs, language, rejected) : programs_from_bytes(inputs, language);
  const std::size_t added = token_corpus.add_unique(programs);
  corpus::save_token_corpus(out, token_corpus);
  std::cerr << "imported " << programs.size() << " programs: " << added << " new, " << programs.size() - added
            << " duplicates" << (from == "py" ? ", " + std::to_string(rejected) + " records outside the language" : "")
            << "; " << out << " holds " << token_corpus.programs.size() << "\n";
  return kExitOk;
}

int run_export(const std::vector<std::string>& args) {
  ConfigFlags flags;
  std::string file, out, to = "py";
  po::options_description options("pyprior corpus export options");
  options.add_options()("corpus", po::value(&file), "token corpus to read")(
      "out", po::value(&out), "directory to write into (created if missing)")(
      "to", po::value(&to)->default_value(to), "py or bytes");
  if (!parse_subcommand(args, options, flags, "corpus", 1)) return kExitOk;
  if (file.empty()) throw UsageError("no FILE.tokens given (see pyprior corpus --help)");
  if (out.empty()) throw UsageError("--out DIR is required");
  require_one_of(to, "--to", "py", "bytes");
  const Language language = make_language(flags);
  const corpus::TokenCorpus token_corpus = corpus::load_token_corpus(file, language.cfg, language.start);
  std::size_t written = 0;
  if (to == "bytes") {
    written = corpus::write_byte_corpus(
        out, corpus::programs_to_choice_inputs(token_corpus.programs, language.grammar, language.start));
  } else {
    std::vector<std::string> sources;
    for (const auto& program : token_corpus.programs) sources.push_back(prior::tokens_to_source(program, language.start));
    written = corpus::write_named_by_content(out, sources, ".py");
  }
  std::cerr << "exported " << token_corpus.programs.size() << " programs: " << written << " new files in " << out
            << "\n";
  return kExitOk;
}

int run_corpus(const std::vector<std::string>& args) {
  const std::string sub = args.empty() ? "" : args[0];
  const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
  if (sub == "audit") return run_audit(rest);
  if (sub == "import") return run_import(rest);
  if (sub == "export") return run_export(rest);
  if (sub == "--help" || sub == "-h") {
    std::cout << kUsage << "\n";
    return kExitOk;
  }
  throw UsageError(sub.empty() ? "expected audit, import or export (see pyprior corpus --help)"
                               : "unknown subcommand '" + sub + "' (expected audit, import or export)");
}

const bool registered =
    register_command({"corpus", "audit real Python; convert .py files, token and byte corpora", run_corpus});

}  // namespace
}  // namespace pyprior::cli
