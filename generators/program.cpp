#include "generators/program.hpp"

#include <ostream>

#include "prior/codec.hpp"
#include "prior/error.hpp"

namespace pyprior {

Program::Program(std::vector<Token> tokens, std::shared_ptr<const prior::Grammar> grammar, Start start)
    : tokens_(std::move(tokens)), grammar_(std::move(grammar)), start_(start) {
  const prior::Validation v = prior::validate(tokens_, grammar_, start_);
  if (!v.ok) throw prior::Error("not a valid program: " + v.illegal->message + " at token " + std::to_string(v.position));
  if (!v.complete) throw prior::Error("not a complete program: it ends after " + std::to_string(tokens_.size()) + " tokens");
}

Program::Program(std::vector<Token> tokens, const DecodeConfig& config, Start start)
    : Program(std::move(tokens), prior::compile_grammar(config), start) {}

std::string Program::source() const { return prior::tokens_to_source(tokens_, start_); }

// The grammar owns its config; a decoder is the way to reach it.
const DecodeConfig& Program::config() const { return prior::Decoder(grammar_, start_).config(); }

void showValue(const Program& program, std::ostream& os) { os << '\n' << program.source(); }

}  // namespace pyprior
