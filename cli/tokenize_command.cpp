// pyprior tokenize: Python source files -> AST-CD tokens, with a structured
// error for everything outside the language.
#include <cstdio>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "corpus/files.hpp"
#include "corpus/tokenize.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

constexpr const char* kUsage =
    "usage: pyprior tokenize FILE... [--format jsonl|tokens] [--start function|module] [--partial]\n"
    "                        [--profile seed|fuzz] [--max-len L]\n\n"
    "Reads Python source (FILE '-' is standard input) and writes its AST-CD tokens:\n"
    "with --start function one record per top-level function, with --start module one\n"
    "per file. Names are made canonical (a, b, c for parameters, d, e, ... for locals)\n"
    "and any formatting is accepted. Source outside the language gets an error whose\n"
    "stage is python_parse (not Python at all), unsupported_syntax, name_normalization,\n"
    "vocab_encode or budget, with its line, column and CPython ast node type.\n"
    "--partial reads the whole input as one prompt that may stop where a block begins,\n"
    "such as 'def func(a, b):', and gives the decoder state that continues it.\n\n"
    "formats:\n"
    "  jsonl   one JSON object per record: file, ok, tokens, complete, normalized_source, error\n"
    "  tokens  one line of space-separated token ids per accepted record; errors go to stderr\n\n"
    "exit status: 0 every record was accepted, 1 some were not, 2 usage or unreadable file";

struct Record {
  std::string file;
  corpus::TokenizeResult result;
};

nlohmann::ordered_json error_json(const corpus::TokenizeError& e) {
  return {{"stage", e.stage}, {"message", e.message}, {"line", e.line}, {"column", e.column}, {"node_type", e.node_type}};
}

nlohmann::ordered_json record_json(const Record& record) {
  const corpus::TokenizeResult& r = record.result;
  nlohmann::ordered_json json;
  json["file"] = record.file;
  json["ok"] = r.ok;
  auto& tokens = json["tokens"] = nlohmann::ordered_json::array();
  for (prior::Token t : r.tokens) tokens.push_back(prior::id(t));
  json["complete"] = r.complete;
  json["normalized_source"] = r.ok && r.complete ? nlohmann::ordered_json(r.normalized_source) : nlohmann::ordered_json();
  json["error"] = r.error ? error_json(*r.error) : nlohmann::ordered_json();
  return json;
}

void write_tokens_line(const Record& record) {
  const corpus::TokenizeResult& r = record.result;
  if (!r.ok) {
    const corpus::TokenizeError& e = *r.error;
    std::cerr << record.file << ":" << e.line << ":" << e.column << ": " << e.stage << ": " << e.message
              << (e.node_type.empty() ? "" : " [" + e.node_type + "]") << "\n";
    return;
  }
  std::string line;
  for (prior::Token t : r.tokens) line += (line.empty() ? "" : " ") + std::to_string(prior::id(t));
  std::cout << line << "\n";
}

std::string read_source(const std::string& file) {
  if (file != "-") return corpus::read_file(file);
  return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
}

std::vector<Record> tokenize_file(const std::string& file, const std::shared_ptr<const prior::Grammar>& grammar,
                                  prior::Start start, bool partial) {
  const std::string source = read_source(file);
  if (partial) return {Record{file, corpus::tokenize_source(source, grammar, start, partial)}};
  std::vector<Record> records;
  for (corpus::TokenizeResult& result : corpus::tokenize_records(source, grammar, start))
    records.push_back({file, std::move(result)});
  return records;
}

int run_tokenize(const std::vector<std::string>& args) {
  ConfigFlags flags;
  std::vector<std::string> files;
  std::string format = "jsonl";
  po::options_description options("pyprior tokenize options");
  options.add_options()("file", po::value(&files)->composing(), "Python source files")(
      "format", po::value(&format)->default_value(format), "jsonl or tokens")(
      "start", po::value(&flags.start)->default_value(flags.start), "function (one record per top-level def) or module")(
      "partial", po::bool_switch(), "accept a prompt that stops before a block, such as 'def func(a, b):'")(
      "profile", po::value(&flags.profile)->default_value(flags.profile), "language profile: seed or fuzz")(
      "max-len", po::value(&flags.max_len)->default_value(flags.max_len), "token budget (0: the profile's)");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!parse_or_help(args, options, positional, vm, kUsage)) return kExitOk;
  if (files.empty()) throw UsageError("no FILE given (see pyprior tokenize --help)");
  if (format != "jsonl" && format != "tokens") throw UsageError("unknown format '" + format + "' (expected jsonl or tokens)");
  const prior::Start start = make_start(flags);
  if (start != prior::Start::Function && start != prior::Start::Module)
    throw UsageError("--start must be function or module");
  const auto grammar = prior::compile_grammar(make_config(flags));
  bool all_ok = true;
  for (const std::string& file : files) {
    for (const Record& record : tokenize_file(file, grammar, start, vm["partial"].as<bool>())) {
      all_ok = all_ok && record.result.ok;
      if (format == "jsonl") std::cout << record_json(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      else write_tokens_line(record);
    }
  }
  std::cout.flush();
  return all_ok ? kExitOk : kExitFindings;
}

const bool registered =
    register_command({"tokenize", "turn Python source into AST-CD tokens, with structured errors", run_tokenize});

}  // namespace
}  // namespace pyprior::cli
