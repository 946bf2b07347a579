#pragma once
// `pyprior diff` lives in its own executable, pyprior-diff, the one program
// of the project that embeds CPython: loading libpython costs every start
// about 5 ms of relocations, twice what the other commands need to start.
// `pyprior diff ...` runs `pyprior-diff diff ...` from its own folder in its
// place (as git runs git-<name>), so both names list and run the command.
#include <string_view>

namespace pyprior::cli {

inline constexpr std::string_view kDiffSummary =
    "differential campaign: interpreter vs CPython and other Python implementations";
inline constexpr std::string_view kDiffExecutable = "pyprior-diff";

}  // namespace pyprior::cli
