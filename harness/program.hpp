#pragma once
// Program: one generated program as every backend sees it — its tokens (what
// the interpreter and the shrinker read), its canonical source (what Python
// implementations compile) and the input tuples it is called with.
#include <string>
#include <vector>

#include "prior/config.hpp"
#include "prior/integer.hpp"
#include "prior/vocabulary.hpp"

namespace pyprior::harness {

using InputTuple = std::vector<prior::Integer>;

struct Program {
  std::vector<prior::Token> tokens;
  prior::Start start = prior::Start::Function;
  std::string source;              // canonical: `def func(a, b):` ...
  std::vector<InputTuple> inputs;  // each of the function's arity

  // A program from tokens (Function or Module start); renders the source.
  static Program from_tokens(std::vector<prior::Token> tokens, prior::Start start, std::vector<InputTuple> inputs);
};

// The number of parameters of the entry function (the last `def`).
int arity_of(const std::vector<prior::Token>& tokens);

// Input tuples reshaped to a new arity: values beyond it dropped, missing
// ones filled with 0. Shrinking may change a program's arity.
std::vector<InputTuple> fit_inputs(const std::vector<InputTuple>& inputs, int arity);

}  // namespace pyprior::harness
