#pragma once
// Flags shared by every command that generates programs: the profile and the
// knobs a user most often turns, turned into a validated DecodeConfig.
#include <cstdint>
#include <string>

#include <boost/program_options.hpp>

#include "prior/config.hpp"

namespace pyprior::cli {

struct ConfigFlags {
  std::string profile = "seed";
  int max_len = 0;  // 0: the profile's
  std::string start = "function";
  std::uint64_t seed = 0;
};

// Adds --profile, --max-len, --start, --seed with the given defaults.
void add_config_options(boost::program_options::options_description& options, ConfigFlags& flags);

// The config named by the flags; throws UsageError for unknown names or a
// config that does not validate.
prior::DecodeConfig make_config(const ConfigFlags& flags);
prior::Start make_start(const ConfigFlags& flags);

// Parses args into vm; prints help and returns false when --help was given.
bool parse_or_help(const std::vector<std::string>& args, const boost::program_options::options_description& options,
                   const boost::program_options::positional_options_description& positional,
                   boost::program_options::variables_map& vm, const std::string& usage);

}  // namespace pyprior::cli
