#pragma once
// CPython as the oracle for the prior: Debian's CPython 3.11 embedded in the
// test process (libpython), started on first use and shared by every test of
// the binary. Not thread-safe: call it from the test thread only.
#include <span>
#include <string>
#include <vector>

#include "prior/config.hpp"

namespace pyprior::test_support {

using Call = std::vector<long long>;

// What CPython objects to `function_source`, Python source that defines a
// function `func`: the SyntaxError when it does not compile, else the first
// exception a call func(*args) raises other than the arithmetic ones the
// language allows (ZeroDivisionError, a negative shift count,
// OverflowError). Empty when there is none.
// Calls are bounded so that loops and huge integers never stall a test: a call
// is abandoned after `max_lines` line events or once a local holds more than
// 4096 bits, and a left shift by more than 4096 bits is abandoned instead of
// evaluated (compiling always sees the program unchanged).
std::string cpython_objection(const std::string& function_source, const std::vector<Call>& calls,
                              int max_lines = 2000);

// A complete program of any start as a function CPython can call: blocks and
// expressions become the body of `def func(a, b, c)` over the config's
// largest arity.
struct RunnableProgram {
  std::string source;
  int arity = 0;
};
RunnableProgram runnable_program(std::span<const prior::Token> tokens, prior::Start start,
                                 const prior::DecodeConfig& cfg);

// A few small argument tuples (zeros, positives, negatives) of one arity.
std::vector<Call> small_calls(int arity);

// cpython_objection for a complete token program, called on small_calls.
std::string cpython_objection(std::span<const prior::Token> tokens, prior::Start start, const prior::DecodeConfig& cfg);

// CPython's own parse of `source` (ast.parse) written back as the preorder
// keys of our tokens (see token_keys): an independent reading of what the
// source means. `start` says what source holds: one expression, a block of
// statements, one function, or a module of functions. Throws
// std::runtime_error with CPython's message when it does not parse or leaves
// the language.
std::vector<std::string> cpython_preorder(const std::string& source, prior::Start start);

// The keys cpython_preorder writes for our tokens: the display name, except
// for names and constants, whose key is their Python text ("d", "4294967296").
std::vector<std::string> token_keys(std::span<const prior::Token> tokens);

}  // namespace pyprior::test_support
