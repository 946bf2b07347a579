#include "cli/config_options.hpp"

#include <iostream>

#include "cli/command.hpp"

namespace po = boost::program_options;

namespace pyprior::cli {

void add_config_options(po::options_description& options, ConfigFlags& flags) {
  options.add_options()
      ("profile", po::value(&flags.profile)->default_value(flags.profile),
       "language profile: seed (the seed's small natural programs) or fuzz (every feature on, larger)")
      ("max-len", po::value(&flags.max_len)->default_value(flags.max_len),
       "token budget per program (0: the profile's: 30 for seed, 80 for fuzz)")
      ("start", po::value(&flags.start)->default_value(flags.start), "root: function, module, block or expr")
      ("seed", po::value(&flags.seed)->default_value(flags.seed), "random seed; the same seed gives the same programs");
}

prior::DecodeConfig make_config(const ConfigFlags& flags) {
  prior::DecodeConfig cfg;
  if (flags.profile == "seed") cfg = prior::DecodeConfig::seed();
  else if (flags.profile == "fuzz") cfg = prior::DecodeConfig::fuzz();
  else throw UsageError("unknown profile '" + flags.profile + "' (expected seed or fuzz)");
  if (flags.max_len < 0) throw UsageError("--max-len must not be negative");
  if (flags.max_len > 0) cfg.max_len = flags.max_len;
  if (std::string problem = cfg.validate(); !problem.empty()) throw UsageError(problem);
  return cfg;
}

prior::Start make_start(const ConfigFlags& flags) {
  if (auto start = prior::start_from_name(flags.start)) return *start;
  throw UsageError("unknown start '" + flags.start + "' (expected function, module, block or expr)");
}

bool parse_or_help(const std::vector<std::string>& args, const po::options_description& options,
                   const po::positional_options_description& positional, po::variables_map& vm,
                   const std::string& usage) {
  po::options_description all(options);
  all.add_options()("help,h", "show this help");
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << usage << "\n\n" << all << "\n";
    return false;
  }
  po::notify(vm);
  return true;
}

}  // namespace pyprior::cli
