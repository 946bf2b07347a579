#include "harness/impl_spec.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "prior/error.hpp"

namespace pyprior::harness {
namespace {

using Words = std::vector<std::string>;

TEST(SplitCommandWords, SplitsOnBlanks) {
  EXPECT_EQ(split_command_words("  node  run.mjs\t-x "), (Words{"node", "run.mjs", "-x"}));
}

TEST(SplitCommandWords, KeepsQuotedBlanksAndDropsTheQuotes) {
  EXPECT_EQ(split_command_words(R"(python3 'my dir/run.py' "a b" c\ d)"),
            (Words{"python3", "my dir/run.py", "a b", "c d"}));
}

TEST(SplitCommandWords, KeepsAnEmptyQuotedWord) { EXPECT_EQ(split_command_words("x ''"), (Words{"x", ""})); }

TEST(SplitCommandWords, RejectsAnUnterminatedQuote) {
  EXPECT_THROW(split_command_words("python3 'oops"), prior::Error);
}

TEST(ParseImplSpec, ReadsNameEqualsCommand) {
  const ImplSpec spec = parse_impl_spec("py39=python3.9 -X dev");
  EXPECT_EQ(spec.name, "py39");
  EXPECT_EQ(spec.command, (Words{"python3.9", "-X", "dev"}));
}

TEST(ParseImplSpec, ExpandsThePyPyPreset) { EXPECT_EQ(parse_impl_spec("pypy").command, Words{"pypy3"}); }

TEST(ParseImplSpec, PointsTheMicroPythonPresetAtTheProjectRunner) {
  const ImplSpec spec = parse_impl_spec("micropython");
  ASSERT_EQ(spec.command.size(), 2u);
  EXPECT_EQ(spec.command[0], "node");
  EXPECT_TRUE(std::filesystem::exists(spec.command[1])) << spec.command[1];
}

TEST(ParseImplSpec, RejectsAnUnknownPreset) { EXPECT_THROW(parse_impl_spec("jython"), prior::Error); }

TEST(ParseImplSpec, RejectsAnEmptyCommand) { EXPECT_THROW(parse_impl_spec("x="), prior::Error); }

TEST(ParseImplSpec, RejectsTheNamesOfBuiltInBackends) {
  EXPECT_THROW(parse_impl_spec("cpython=python3"), prior::Error);
}

TEST(ParseImplSpec, RejectsANameWithSpaces) { EXPECT_THROW(parse_impl_spec("my py=python3"), prior::Error); }

}  // namespace
}  // namespace pyprior::harness
