#pragma once
// The bounded interpreter: runs a program of the restricted language with
// exact CPython 3.11 semantics (values are int or bool; // and % floor;
// comparisons give bool; and/or return an operand; ZeroDivisionError,
// ValueError for negative shift counts, UnboundLocalError / NameError for
// names read before they are bound) under two caps:
//   * steps: one per statement executed and one per loop iteration; more
//     than Limits::max_steps ends the call with a StepLimit outcome.
//   * integer size: an arithmetic result with more than
//     Limits::max_int_bits bits ends the call with an Overflow outcome
//     (shifts are refused before anything large is computed).
// Cap hits are the interpreter's own verdicts: other backends are not asked
// to match them.
//
// A program is compiled once into a flat node array and then called many
// times. A call allocates on the heap only for integers beyond 64 bits and
// for a returned repr longer than std::string's inline buffer. A
// CompiledFunction is immutable, so calls may run concurrently.
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "prior/config.hpp"
#include "prior/integer.hpp"
#include "prior/vocabulary.hpp"

namespace pyprior::prior {

struct Limits {
  std::int64_t max_steps = 10000;
  // Keep below ~14000: CPython 3.11 refuses to print ints of more than 4300
  // decimal digits, so a peer backend could not report larger values.
  int max_int_bits = 1024;
};

// What a call did, as data: the returned value's repr, None, the name of
// the exception's type, or the cap that stopped it.
struct Outcome {
  enum class Kind : std::uint8_t { Value, None, Exception, Overflow, StepLimit };
  Kind kind = Kind::None;
  // "3", "-7", "True" / "None" / "ZeroDivisionError" / "overflow" / "step_limit"
  std::string text = "None";

  static Outcome value(std::string repr) { return {Kind::Value, std::move(repr)}; }
  static Outcome none() { return {Kind::None, "None"}; }
  static Outcome exception(std::string type_name) { return {Kind::Exception, std::move(type_name)}; }
  static Outcome overflow() { return {Kind::Overflow, "overflow"}; }
  static Outcome step_limit() { return {Kind::StepLimit, "step_limit"}; }

  const std::string& repr() const { return text; }
  // Overflow or StepLimit: outcomes other backends are not asked to match.
  bool hit_cap() const { return kind == Kind::Overflow || kind == Kind::StepLimit; }
  bool operator==(const Outcome&) const = default;
};

namespace detail {
struct Program;  // the compiled node array, defined in interpreter.cpp
}

class CompiledFunction {
 public:
  // tokens: a complete program for Start::Function (Def<k> statements
  // EndBlock) or Start::Module (one or more definitions then EndModule; the
  // entry is the last function). Throws Error if the stream is malformed for its start
  // (an unfilled slot, a token in the wrong slot, break outside a loop, an
  // empty block, trailing tokens, nesting deeper than kMaxNesting) or if the
  // start is neither Function nor Module.
  CompiledFunction(std::span<const Token> tokens, Start start);

  int arity() const;
  // Throws Error unless args.size() == arity().
  Outcome call(std::span<const Integer> args, const Limits& limits = {}) const;

  // Statements and expressions nested deeper than this are refused at
  // compile time, which bounds the interpreter's recursion. The codec reads
  // the same depth; CPython itself refuses far shallower programs.
  static constexpr int kMaxNesting = 1000;

 private:
  std::shared_ptr<const detail::Program> program_;
};

// Compiles and calls once.
Outcome run(std::span<const Token> tokens, Start start, std::span<const Integer> args, const Limits& limits = {});

}  // namespace pyprior::prior
