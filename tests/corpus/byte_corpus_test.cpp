#include "corpus/byte_corpus.hpp"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "corpus/files.hpp"
#include "prior/error.hpp"
#include "prior/sampler.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::corpus {
namespace {

namespace fs = std::filesystem;
using prior::Start;

TEST(ByteCorpus, WriteThenReadGivesTheInputs) {
  const pyprior::testing::ScratchDir scratch("pyprior-byte-corpus-test");
  const fs::path directory = scratch / "corpus";
  std::vector<ByteInput> inputs = {{1, 2, 3}, {}, {255, 0, 7}};
  EXPECT_EQ(write_byte_corpus(directory, inputs), 3u);
  std::vector<ByteInput> back = read_byte_corpus(directory);
  std::sort(inputs.begin(), inputs.end());
  std::sort(back.begin(), back.end());
  EXPECT_EQ(back, inputs);
}

TEST(ByteCorpus, WritingAnInputTwiceKeepsOneFile) {
  const pyprior::testing::ScratchDir scratch("pyprior-byte-corpus-dedupe-test");
  const fs::path directory = scratch / "corpus";
  EXPECT_EQ(write_byte_corpus(directory, {{4, 5}, {4, 5}}), 1u);
  EXPECT_EQ(write_byte_corpus(directory, {{4, 5}, {6}}), 1u);
  EXPECT_EQ(list_files(directory).size(), 2u);
}

TEST(ByteCorpus, ReadingAMissingDirectoryIsAnError) {
  EXPECT_THROW(read_byte_corpus("/nonexistent/pyprior-corpus"), prior::Error);
}

TEST(ByteCorpus, ProgramsSurviveTheTripThroughChoiceBytes) {
  const auto grammar = prior::compile_grammar(prior::DecodeConfig::fuzz());
  prior::UniformSampler sampler(5);
  std::vector<std::vector<prior::Token>> programs;
  for (int i = 0; i < 100; ++i) programs.push_back(prior::sample_tokens(grammar, Start::Function, sampler));
  const std::vector<ByteInput> inputs = programs_to_choice_inputs(programs, grammar, Start::Function);
  EXPECT_EQ(choice_inputs_to_programs(inputs, grammar, Start::Function), programs);
}

TEST(ByteCorpus, EveryByteStringIsAProgram) {
  const auto grammar = prior::compile_grammar(prior::DecodeConfig::fuzz());
  const std::vector<ByteInput> inputs = {{}, {0xff}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, ByteInput(500, 0x5a)};
  for (const auto& program : choice_inputs_to_programs(inputs, grammar, Start::Function))
    EXPECT_TRUE(prior::validate(program, grammar, Start::Function).complete);
}

}  // namespace
}  // namespace pyprior::corpus
