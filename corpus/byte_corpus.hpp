#pragma once
// libFuzzer corpora: a directory with one input per file. Files are named by
// a hash of their content, so writing an input twice keeps one file.
// For the structure-aware fuzz targets an input is a program's choice bytes
// (prior/choices.hpp): any bytes decode to a valid program, and a program is
// written as its minimal choice bytes (prior/mutator.hpp).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "prior/decoder.hpp"

namespace pyprior::corpus {

using ByteInput = std::vector<std::uint8_t>;

// Every file of the directory, in name order. Throws prior::Error.
std::vector<ByteInput> read_byte_corpus(const std::filesystem::path& directory);

// Creates the directory if needed and writes each input not already there;
// returns how many files were new.
std::size_t write_byte_corpus(const std::filesystem::path& directory, const std::vector<ByteInput>& inputs);

std::vector<ByteInput> programs_to_choice_inputs(const std::vector<std::vector<prior::Token>>& programs,
                                                 const std::shared_ptr<const prior::Grammar>& grammar,
                                                 prior::Start start);
std::vector<std::vector<prior::Token>> choice_inputs_to_programs(const std::vector<ByteInput>& inputs,
                                                                 const std::shared_ptr<const prior::Grammar>& grammar,
                                                                 prior::Start start);

}  // namespace pyprior::corpus
