// pyprior vocab: prints the vocabulary with its stable ids.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/config_options.hpp"
#include "prior/vocabulary.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {
namespace {

constexpr std::string_view kCategoryNames[] = {"padding",    "function_def", "block_end", "module_end", "statement",
                                               "binary_op",  "comparison",   "chain",     "unary_op",   "bool_op",
                                               "conditional", "builtin",     "constant",  "name"};

int run_vocab(const std::vector<std::string>& args) {
  std::string format = "table";
  po::options_description options("pyprior vocab options");
  options.add_options()("format", po::value(&format)->default_value(format), "table or json");
  po::variables_map vm;
  if (!parse_or_help(args, options, {}, vm,
                     "usage: pyprior vocab [--format table|json]\n\n"
                     "Prints every AST-CD token with its stable id, category, the feature flag\n"
                     "that enables it and its text in Python. Ids never change with the config."))
    return kExitOk;
  if (format != "table" && format != "json") throw UsageError("unknown format '" + format + "' (expected table or json)");
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const prior::TokenInfo& row : prior::kTokenTable) {
    const std::string_view category = kCategoryNames[static_cast<int>(row.category)];
    const std::string_view feature = prior::feature_name(row.feature);
    if (format == "json") {
      rows.push_back({{"id", prior::id(row.token)}, {"name", row.name}, {"category", category},
                      {"feature", feature}, {"python", row.python}});
    } else {
      std::cout << prior::id(row.token) << '\t' << row.name << '\t' << category << '\t' << feature << '\n';
    }
  }
  if (format == "json") std::cout << rows.dump(2) << '\n';
  return kExitOk;
}

const bool registered = register_command({"vocab", "print the token vocabulary with stable ids", run_vocab});

}  // namespace
}  // namespace pyprior::cli
