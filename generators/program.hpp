#pragma once
// Program: one program of the restricted Python language as a value — its
// tokens, the language (config) it belongs to and the root it starts at.
// Invariant: the tokens are a complete program that the decoder accepts for
// that config and start. Copies are cheap (the compiled grammar is shared).
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "prior/config.hpp"
#include "prior/decoder.hpp"

namespace pyprior {

using DecodeConfig = prior::DecodeConfig;
using Start = prior::Start;
using Token = prior::Token;

class Program {
 public:
  // Throws prior::Error unless tokens are a complete valid program.
  Program(std::vector<Token> tokens, std::shared_ptr<const prior::Grammar> grammar, Start start);
  Program(std::vector<Token> tokens, const DecodeConfig& config, Start start = Start::Function);

  std::span<const Token> tokens() const { return tokens_; }
  // Canonical Python source (codec.hpp): `def func(a, b):`, four spaces.
  std::string source() const;
  Start start() const { return start_; }
  const DecodeConfig& config() const;
  const std::shared_ptr<const prior::Grammar>& grammar() const { return grammar_; }

  // Same tokens and start.
  friend bool operator==(const Program& x, const Program& y) { return x.start_ == y.start_ && x.tokens_ == y.tokens_; }

 private:
  std::vector<Token> tokens_;
  std::shared_ptr<const prior::Grammar> grammar_;
  Start start_;
};

// RapidCheck prints counterexamples through showValue (found by ADL): the source.
void showValue(const Program& program, std::ostream& os);

}  // namespace pyprior
