#include "harness/program.hpp"

#include "prior/codec.hpp"

namespace pyprior::harness {

using prior::Token;

Program Program::from_tokens(std::vector<Token> tokens, prior::Start start, std::vector<InputTuple> inputs) {
  std::string source = prior::tokens_to_source(tokens, start);
  return Program{std::move(tokens), start, std::move(source), std::move(inputs)};
}

int arity_of(const std::vector<Token>& tokens) {
  int arity = 0;
  for (Token t : tokens)
    if (prior::info(t).category == prior::Category::FunctionDef) arity = prior::id(t) - prior::id(Token::Def0);
  return arity;
}

std::vector<InputTuple> fit_inputs(const std::vector<InputTuple>& inputs, int arity) {
  std::vector<InputTuple> fitted;
  fitted.reserve(inputs.size());
  for (const InputTuple& tuple : inputs) {
    InputTuple reshaped(static_cast<std::size_t>(arity), prior::Integer(0));
    for (std::size_t i = 0; i < reshaped.size() && i < tuple.size(); ++i) reshaped[i] = tuple[i];
    fitted.push_back(std::move(reshaped));
  }
  return fitted;
}

}  // namespace pyprior::harness
