#include "harness/probe.hpp"

#include "prior/error.hpp"

namespace pyprior::harness {

std::string probe(const AnyBackend& backend) {
  using prior::Token;
  const Program program =
      Program::from_tokens({Token::Def1, Token::Return, Token::Add, Token::NameA, Token::Const1, Token::EndBlock},
                           prior::Start::Function, {{prior::Integer(41)}});
  const std::string who = "implementation '" + backend.name() + "'";
  try {
    const BatchResult result = backend.run({&program, 1});
    if (result.failure) return who + " does not run a trivial program: " + result.failure->detail;
    if (result.outcomes.at(0).at(0) != Outcome::value("42"))
      return who + " answered " + result.outcomes[0][0].text + " instead of 42 for 41 + 1";
  } catch (const prior::Error& e) {
    return who + ": " + e.what();
  }
  return {};
}

}  // namespace pyprior::harness
