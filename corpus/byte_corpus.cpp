#include "corpus/byte_corpus.hpp"

#include "corpus/files.hpp"
#include "prior/choices.hpp"
#include "prior/error.hpp"
#include "prior/mutator.hpp"

namespace fs = std::filesystem;

namespace pyprior::corpus {

std::vector<ByteInput> read_byte_corpus(const fs::path& directory) {
  std::vector<ByteInput> inputs;
  for (const fs::path& file : list_files(directory)) {
    const std::string content = read_file(file);
    inputs.emplace_back(content.begin(), content.end());
  }
  return inputs;
}

std::size_t write_byte_corpus(const fs::path& directory, const std::vector<ByteInput>& inputs) {
  std::vector<std::string> contents;
  contents.reserve(inputs.size());
  for (const ByteInput& input : inputs) contents.emplace_back(input.begin(), input.end());
  return write_named_by_content(directory, contents, "");
}

std::vector<ByteInput> programs_to_choice_inputs(const std::vector<std::vector<prior::Token>>& programs,
                                                 const std::shared_ptr<const prior::Grammar>& grammar,
                                                 prior::Start start) {
  std::vector<ByteInput> inputs;
  inputs.reserve(programs.size());
  for (const auto& program : programs) inputs.push_back(prior::minimal_choice_bytes(program, grammar, start));
  return inputs;
}

std::vector<std::vector<prior::Token>> choice_inputs_to_programs(const std::vector<ByteInput>& inputs,
                                                                 const std::shared_ptr<const prior::Grammar>& grammar,
                                                                 prior::Start start) {
  std::vector<std::vector<prior::Token>> programs;
  programs.reserve(inputs.size());
  for (const ByteInput& input : inputs) programs.push_back(prior::choices_to_tokens(input, grammar, start));
  return programs;
}

}  // namespace pyprior::corpus
