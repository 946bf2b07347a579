#pragma once
// The JSON line of one sampled program, written straight into a buffer:
// `pyprior sample --format jsonl` spends most of its time here, and building a
// document tree first (nlohmann-json) cost more than sampling and running the
// program together.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "prior/config.hpp"
#include "prior/integer.hpp"
#include "prior/interpreter.hpp"
#include "prior/vocabulary.hpp"

namespace pyprior::cli {

// {"source": ..., "tokens": [ids], "inputs": [[ints]], "outputs": [reprs]}\n;
// inputs and outputs only when inputs is not empty. Integers are JSON numbers
// while they fit 64 bits, decimal strings beyond.
void append_jsonl_record(std::string& out, std::string_view source, std::span<const prior::Token> tokens,
                         const std::vector<std::vector<prior::Integer>>& inputs,
                         const std::vector<prior::Outcome>& outputs);

// The same for a program, its canonical source rendered straight into the
// record (the source text is never made on its own).
void append_jsonl_program_record(std::string& out, std::span<const prior::Token> tokens, prior::Start start,
                                 const std::vector<std::vector<prior::Integer>>& inputs,
                                 const std::vector<prior::Outcome>& outputs);

}  // namespace pyprior::cli
