// A user's tool under test: reindent(), which rewrites Python source with a
// different indent width. The properties check it on programs from pyprior.
#include <gtest/gtest.h>
#include <pyprior/generators.hpp>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

namespace {

// Replaces each leading group of `from` spaces by `to` spaces.
std::string reindent(const std::string& source, std::size_t from, std::size_t to) {
  std::istringstream lines(source);
  std::string out;
  for (std::string line; std::getline(lines, line);) {
    const std::size_t spaces = std::min(line.find_first_not_of(' '), line.size());
    out += std::string(spaces / from * to, ' ') + line.substr(spaces) + '\n';
  }
  return out;
}

RC_GTEST_PROP(Indenter, RoundTrips, (const pyprior::Program& program)) {
  RC_ASSERT(reindent(reindent(program.source(), 4, 2), 2, 4) == program.source());
}

RC_GTEST_PROP(Indenter, KeepsEveryLine, ()) {
  const auto program = *pyprior::gen::program(pyprior::DecodeConfig::fuzz(), pyprior::Start::Module);
  const std::string source = program.source();
  const std::string wide = reindent(source, 4, 8);
  RC_ASSERT(std::count(wide.begin(), wide.end(), '\n') == std::count(source.begin(), source.end(), '\n'));
}

RC_GTEST_PROP(Interpreter, GivesTheSameOutcomeTwice, ()) {
  const auto program = *pyprior::gen::program(pyprior::DecodeConfig::fuzz());
  const auto inputs = *pyprior::gen::inputs(program);
  RC_ASSERT(pyprior::run(program, inputs).repr() == pyprior::run(program, inputs).repr());
}

}  // namespace
