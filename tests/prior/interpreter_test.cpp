// The interpreter against CPython 3.11. Every expected outcome in the tables
// below was produced by running the rendered source shown with each case
// under /usr/bin/python3.11 (calling func(*args) and printing repr(result),
// None, or type(exception).__name__). Cap verdicts ("step_limit",
// "overflow") came from the same source instrumented with the interpreter's
// counting rules: one step per statement and per loop iteration, and a size
// check on every arithmetic result.
#include "prior/interpreter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "prior/error.hpp"

namespace pyprior::prior {
namespace {

struct Call {
  std::vector<const char*> args;
  const char* expected;
};

struct Case {
  const char* source;  // what CPython ran
  Start start;
  std::vector<Token> tokens;
  std::vector<Call> calls;
  Limits limits{};
};

std::vector<Integer> integers(const std::vector<const char*>& decimals) {
  std::vector<Integer> values;
  for (const char* decimal : decimals) values.push_back(*Integer::from_string(decimal));
  return values;
}

Outcome::Kind kind_of(const std::string& text) {
  if (text == "None") return Outcome::Kind::None;
  if (text == "step_limit") return Outcome::Kind::StepLimit;
  if (text == "overflow") return Outcome::Kind::Overflow;
  if (text.ends_with("Error")) return Outcome::Kind::Exception;
  return Outcome::Kind::Value;
}

std::string describe(const std::vector<const char*>& args) {
  std::string text = "func(";
  for (std::size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + std::string(args[i]);
  return text + ")";
}

void expect_cpython_outcomes(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const CompiledFunction function(c.tokens, c.start);
    for (const Call& call : c.calls) {
      const Outcome outcome = function.call(integers(call.args), c.limits);
      EXPECT_EQ(outcome.text, call.expected) << c.source << describe(call.args);
      EXPECT_EQ(outcome.kind, kind_of(call.expected)) << c.source << describe(call.args);
    }
  }
}

Outcome call(const std::vector<Token>& tokens, const std::vector<std::int64_t>& args, const Limits& limits = {}) {
  std::vector<Integer> values;
  for (std::int64_t arg : args) values.emplace_back(arg);
  return run(tokens, Start::Function, values, limits);
}

// ---- compiling ------------------------------------------------------------------

TEST(InterpreterTest, ArityComesFromTheEntryFunction) {
  using enum Token;
  EXPECT_EQ(CompiledFunction(std::vector{Def3, ReturnNone, EndBlock}, Start::Function).arity(), 3);
  EXPECT_EQ(CompiledFunction(std::vector{Def3, ReturnNone, EndBlock, Def1, ReturnNone, EndBlock, EndModule},
                             Start::Module)
                .arity(),
            1);
}

TEST(InterpreterTest, MalformedStreamsAreRefused) {
  using enum Token;
  const std::vector<std::vector<Token>> malformed = {
      {},
      {Def1},                                         // no body
      {Def1, EndBlock},                               // empty block
      {Def1, Return, EndBlock},                       // unfilled Expr slot
      {Def1, Return, Add, NameA, EndBlock},           // one operand short
      {Def1, Return, NameA},                          // block not closed
      {Def1, Return, NameA, EndBlock, EndBlock},      // trailing token
      {Def1, Return, Return, NameA, EndBlock},        // statement in an Expr slot
      {Def1, Add, NameA, NameA, EndBlock},            // expression as a statement
      {Def1, Assign, Const1, NameA, EndBlock},        // constant as a target
      {Def1, AugAssign, NameA, Lt, Const1, EndBlock}, // comparison as an AugOp
      {Def1, Return, Chain, Add, Lt, NameA, NameA, NameA, EndBlock},  // arithmetic as a CmpOp
      {Def1, Break, EndBlock},                        // break outside a loop
      {Def1, If, NameA, Continue, EndBlock, EndBlock},  // continue outside a loop
      {Return, NameA, EndBlock},                      // no def
      {Def1, Return, Pad, EndBlock},                  // padding inside the program
  };
  for (const std::vector<Token>& tokens : malformed)
    EXPECT_THROW(CompiledFunction(tokens, Start::Function), Error) << tokens.size() << " tokens";
}

TEST(InterpreterTest, MalformedModulesAreRefused) {
  using enum Token;
  EXPECT_THROW(CompiledFunction(std::vector{EndModule}, Start::Module), Error);
  EXPECT_THROW(CompiledFunction(std::vector{Def0, ReturnNone, EndBlock}, Start::Module), Error);
  EXPECT_THROW(CompiledFunction(std::vector{Def0, ReturnNone, EndBlock, EndModule, EndModule}, Start::Module), Error);
  EXPECT_THROW(CompiledFunction(std::vector{Def0, ReturnNone, EndBlock, EndModule}, Start::Function), Error);
}

TEST(InterpreterTest, OnlyFunctionsAndModulesRun) {
  using enum Token;
  EXPECT_THROW(CompiledFunction(std::vector{Return, Const1}, Start::Block), Error);
  EXPECT_THROW(CompiledFunction(std::vector{Const1}, Start::Expr), Error);
}

TEST(InterpreterTest, BreakInsideAnIfInsideALoopIsLegal) {
  using enum Token;
  EXPECT_NO_THROW(CompiledFunction(std::vector{Def0, While, Const1, If, Const1, Break, EndBlock, EndBlock, EndBlock},
                                   Start::Function));
  // ...but not in the body of a function defined inside nothing but a loop's sibling.
  EXPECT_THROW(CompiledFunction(std::vector{Def0, While, Const0, ReturnNone, EndBlock, Break, EndBlock},
                                Start::Function),
               Error);
}

std::vector<Token> negated(int depth) {
  using enum Token;
  std::vector<Token> tokens = {Def1, Return};
  tokens.insert(tokens.end(), depth, Neg);
  tokens.insert(tokens.end(), {NameA, EndBlock});
  return tokens;
}

TEST(InterpreterTest, NestingIsBounded) {
  // `return` sits at depth 0 and the name below n negations at depth n + 1.
  EXPECT_EQ(call(negated(CompiledFunction::kMaxNesting - 2), {5}).text, "5");
  EXPECT_EQ(call(negated(CompiledFunction::kMaxNesting - 1), {5}).text, "-5");
  EXPECT_THROW(CompiledFunction(negated(CompiledFunction::kMaxNesting), Start::Function), Error);
  EXPECT_THROW(CompiledFunction(negated(100000), Start::Function), Error);
}

// ---- calling ----------------------------------------------------------------------

TEST(InterpreterTest, WrongArgumentCountThrows) {
  using enum Token;
  const CompiledFunction function(std::vector{Def2, Return, Add, NameA, NameB, EndBlock}, Start::Function);
  const std::vector<Integer> one = {Integer(1)};
  EXPECT_THROW(function.call(one), Error);
}

TEST(InterpreterTest, CallsDoNotShareState) {
  using enum Token;
  // def func(a):
  //     if a:
  //         d = 1
  //     return d
  const CompiledFunction function(std::vector{Def1, If, NameA, Assign, NameD, Const1, EndBlock, Return, NameD, EndBlock},
                                  Start::Function);
  const std::vector<Integer> yes = {Integer(1)};
  const std::vector<Integer> no = {Integer(0)};
  EXPECT_EQ(function.call(yes).text, "1");
  EXPECT_EQ(function.call(no).text, "UnboundLocalError");
}

TEST(InterpreterTest, ConcurrentCallsAgree) {
  using enum Token;
  // d = 0; for e in range(a): d += e * e; return d
  const CompiledFunction function(std::vector{Def1, Assign, NameD, Const0, For, NameE, NameA, AugAssign, NameD, Add,
                                              Mul, NameE, NameE, EndBlock, Return, NameD, EndBlock},
                                  Start::Function);
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] {
      const std::vector<Integer> args = {Integer(1000)};
      for (int i = 0; i < 200; ++i) results[t] = function.call(args).text;
    });
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, "332833500");
}

TEST(InterpreterTest, OutcomeKindsAndCaps) {
  using enum Token;
  EXPECT_EQ(call({Def0, Return, Const3, EndBlock}, {}), Outcome::value("3"));
  EXPECT_EQ(call({Def0, ReturnNone, EndBlock}, {}), Outcome::none());
  EXPECT_EQ(call({Def0, Return, FloorDiv, Const1, Const0, EndBlock}, {}), Outcome::exception("ZeroDivisionError"));
  EXPECT_EQ(call({Def0, While, Const1, Continue, EndBlock, EndBlock}, {}), Outcome::step_limit());
  EXPECT_EQ(call({Def1, Return, LShift, Const1, NameA, EndBlock}, {5000}), Outcome::overflow());
  EXPECT_TRUE(Outcome::step_limit().hit_cap());
  EXPECT_TRUE(Outcome::overflow().hit_cap());
  EXPECT_FALSE(Outcome::exception("ValueError").hit_cap());
  EXPECT_FALSE(Outcome::none().hit_cap());
}

TEST(InterpreterTest, StepsCountStatementsAndIterations) {
  using enum Token;
  // for d in range(a): e = d  -> 1 (for) + a * (1 iteration + 1 assignment) + 1 (return)
  const std::vector<Token> loop = {Def1, For, NameD, NameA, Assign, NameE, NameD, EndBlock, Return, Const0, EndBlock};
  EXPECT_EQ(call(loop, {4}, {.max_steps = 10}).text, "0");
  EXPECT_EQ(call(loop, {4}, {.max_steps = 9}).text, "step_limit");
  EXPECT_EQ(call(loop, {0}, {.max_steps = 2}).text, "0");
  EXPECT_EQ(call(loop, {0}, {.max_steps = 1}).text, "step_limit");
  EXPECT_EQ(call(loop, {0}, {.max_steps = 0}).text, "step_limit");
}

TEST(InterpreterTest, ShiftsPastTheCapAreRefusedBeforeComputing) {
  using enum Token;
  const std::vector<Token> shift = {Def2, Return, LShift, NameA, NameB, EndBlock};
  EXPECT_EQ(call(shift, {1, 1023}).kind, Outcome::Kind::Value);
  EXPECT_EQ(call(shift, {1, 1024}).text, "overflow");
  EXPECT_EQ(call(shift, {1, INT64_MAX}).text, "overflow");
  EXPECT_EQ(call(shift, {0, INT64_MAX}).text, "0");
  EXPECT_EQ(call(shift, {1, 1500}, {.max_int_bits = 1501}).kind, Outcome::Kind::Value);
  EXPECT_EQ(call(shift, {1, 1501}, {.max_int_bits = 1501}).text, "overflow");
}

// ---- every token kind against CPython -------------------------------------------------

TEST(InterpreterTest, ArithmeticMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a, b):
    return (a + b)
)py",
       Start::Function,
       {Def2, Return, Add, NameA, NameB, EndBlock},
       {{{"2", "3"}, "5"}, {{"-5", "2"}, "-3"}, {{"9223372036854775807", "1"}, "9223372036854775808"}, {{"-9223372036854775808", "-1"}, "-9223372036854775809"}}},
      {R"py(def func(a, b):
    return (a - b)
)py",
       Start::Function,
       {Def2, Return, Sub, NameA, NameB, EndBlock},
       {{{"3", "10"}, "-7"}, {{"-9223372036854775808", "1"}, "-9223372036854775809"}, {{"9223372036854775807", "-9223372036854775808"}, "18446744073709551615"}}},
      {R"py(def func(a, b):
    return (a * b)
)py",
       Start::Function,
       {Def2, Return, Mul, NameA, NameB, EndBlock},
       {{{"6", "-7"}, "-42"}, {{"4294967296", "4294967296"}, "18446744073709551616"}, {{"-1", "-9223372036854775808"}, "9223372036854775808"}, {{"0", "18446744073709551616"}, "0"}}},
      {R"py(def func(a, b):
    return (a // b)
)py",
       Start::Function,
       {Def2, Return, FloorDiv, NameA, NameB, EndBlock},
       {{{"7", "2"}, "3"}, {{"-7", "2"}, "-4"}, {{"7", "-2"}, "-4"}, {{"-7", "-2"}, "3"}, {{"5", "0"}, "ZeroDivisionError"}, {{"0", "0"}, "ZeroDivisionError"}, {{"-9223372036854775808", "-1"}, "9223372036854775808"}, {{"18446744073709551616", "-3"}, "-6148914691236517206"}}},
      {R"py(def func(a, b):
    return (a % b)
)py",
       Start::Function,
       {Def2, Return, Mod, NameA, NameB, EndBlock},
       {{{"7", "2"}, "1"}, {{"-7", "2"}, "1"}, {{"7", "-2"}, "-1"}, {{"-7", "-2"}, "-1"}, {{"5", "0"}, "ZeroDivisionError"}, {{"-9223372036854775808", "-1"}, "0"}, {{"-18446744073709551616", "3"}, "2"}}},
      {R"py(def func(a, b):
    return (a & b)
)py",
       Start::Function,
       {Def2, Return, BitAnd, NameA, NameB, EndBlock},
       {{{"12", "10"}, "8"}, {{"-12", "10"}, "0"}, {{"-1", "18446744073709551616"}, "18446744073709551616"}, {{"-18446744073709551616", "-1"}, "-18446744073709551616"}}},
      {R"py(def func(a, b):
    return (a | b)
)py",
       Start::Function,
       {Def2, Return, BitOr, NameA, NameB, EndBlock},
       {{{"12", "10"}, "14"}, {{"-12", "10"}, "-2"}, {{"-18446744073709551616", "1"}, "-18446744073709551615"}}},
      {R"py(def func(a, b):
    return (a ^ b)
)py",
       Start::Function,
       {Def2, Return, BitXor, NameA, NameB, EndBlock},
       {{{"12", "10"}, "6"}, {{"-12", "-10"}, "2"}, {{"18446744073709551616", "-1"}, "-18446744073709551617"}}},
      {R"py(def func(a, b):
    return (a << b)
)py",
       Start::Function,
       {Def2, Return, LShift, NameA, NameB, EndBlock},
       {{{"1", "3"}, "8"}, {{"-3", "2"}, "-12"}, {{"5", "-1"}, "ValueError"}, {{"0", "-1"}, "ValueError"}, {{"1", "64"}, "18446744073709551616"}, {{"0", "1000000"}, "0"}, {{"-1", "200"}, "-1606938044258990275541962092341162602522202993782792835301376"}, {{"1", "1024"}, "overflow"}, {{"1", "18446744073709551616"}, "overflow"}}},
      {R"py(def func(a, b):
    return (a >> b)
)py",
       Start::Function,
       {Def2, Return, RShift, NameA, NameB, EndBlock},
       {{{"7", "1"}, "3"}, {{"-7", "1"}, "-4"}, {{"-1", "100"}, "-1"}, {{"18446744073709551616", "1"}, "9223372036854775808"}, {{"5", "-1"}, "ValueError"}, {{"-9223372036854775808", "63"}, "-1"}}},
      {R"py(def func(a):
    return (-a)
)py",
       Start::Function,
       {Def1, Return, Neg, NameA, EndBlock},
       {{{"5"}, "-5"}, {{"0"}, "0"}, {{"-9223372036854775808"}, "9223372036854775808"}, {{"9223372036854775808"}, "-9223372036854775808"}}},
      {R"py(def func(a):
    return (~a)
)py",
       Start::Function,
       {Def1, Return, Invert, NameA, EndBlock},
       {{{"5"}, "-6"}, {{"-1"}, "0"}, {{"9223372036854775807"}, "-9223372036854775808"}, {{"-9223372036854775808"}, "9223372036854775807"}}},
      {R"py(def func(a, b):
    return ((a - b) - 1)
)py",
       Start::Function,
       {Def2, Return, Sub, Sub, NameA, NameB, Const1, EndBlock},
       {{{"10", "3"}, "6"}}},
      {R"py(def func(a, b):
    return (a - (b - 1))
)py",
       Start::Function,
       {Def2, Return, Sub, NameA, Sub, NameB, Const1, EndBlock},
       {{{"10", "3"}, "8"}}},
      {R"py(def func(a):
    return ((a * a) + (3 * a))
)py",
       Start::Function,
       {Def1, Return, Add, Mul, NameA, NameA, Mul, Const3, NameA, EndBlock},
       {{{"4"}, "28"}, {{"-4"}, "4"}}},
      {R"py(def func(a):
    return (a + 18446744073709551616)
)py",
       Start::Function,
       {Def1, Return, Add, NameA, Big2p64, EndBlock},
       {{{"-1"}, "18446744073709551615"}, {{"18446744073709551616"}, "36893488147419103232"}}},
      {R"py(def func():
    return ((-9223372036854775808) - 1)
)py",
       Start::Function,
       {Def0, Return, Sub, Neg, Big2p63, Const1, EndBlock},
       {{{}, "-9223372036854775809"}}},
      {R"py(def func(a):
    return ((1 // a) + (a << (-1)))
)py",
       Start::Function,
       {Def1, Return, Add, FloorDiv, Const1, NameA, LShift, NameA, Neg, Const1, EndBlock},
       {{{"0"}, "ZeroDivisionError"}, {{"1"}, "ValueError"}}},
  });
}

TEST(InterpreterTest, BoolsMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a, b):
    return (a < b)
)py",
       Start::Function,
       {Def2, Return, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "1"}, "False"}}},
      {R"py(def func(a, b):
    return ((a < b) + (a < b))
)py",
       Start::Function,
       {Def2, Return, Add, Lt, NameA, NameB, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "2"}, {{"2", "1"}, "0"}}},
      {R"py(def func(a, b):
    return ((a < b) & (b < a))
)py",
       Start::Function,
       {Def2, Return, BitAnd, Lt, NameA, NameB, Lt, NameB, NameA, EndBlock},
       {{{"1", "2"}, "False"}, {{"2", "2"}, "False"}}},
      {R"py(def func(a, b):
    return ((a < b) | 1)
)py",
       Start::Function,
       {Def2, Return, BitOr, Lt, NameA, NameB, Const1, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a < b) | (b < a))
)py",
       Start::Function,
       {Def2, Return, BitOr, Lt, NameA, NameB, Lt, NameB, NameA, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "2"}, "False"}}},
      {R"py(def func(a, b):
    return ((a < b) ^ (a < b))
)py",
       Start::Function,
       {Def2, Return, BitXor, Lt, NameA, NameB, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "False"}}},
      {R"py(def func(a, b):
    return (-(a < b))
)py",
       Start::Function,
       {Def2, Return, Neg, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "-1"}, {{"2", "1"}, "0"}}},
      {R"py(def func(a, b):
    return (~(a < b))
)py",
       Start::Function,
       {Def2, Return, Invert, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "-2"}, {{"2", "1"}, "-1"}}},
      {R"py(def func(a, b):
    return abs((a < b))
)py",
       Start::Function,
       {Def2, Return, Abs, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "1"}, {{"2", "1"}, "0"}}},
      {R"py(def func(a, b):
    return ((a < b) << 3)
)py",
       Start::Function,
       {Def2, Return, LShift, Lt, NameA, NameB, Const3, EndBlock},
       {{{"1", "2"}, "8"}}},
      {R"py(def func(a, b):
    return ((a < b) >> 0)
)py",
       Start::Function,
       {Def2, Return, RShift, Lt, NameA, NameB, Const0, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a < b) * 1)
)py",
       Start::Function,
       {Def2, Return, Mul, Lt, NameA, NameB, Const1, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a < b) // 1)
)py",
       Start::Function,
       {Def2, Return, FloorDiv, Lt, NameA, NameB, Const1, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a < b) % 2)
)py",
       Start::Function,
       {Def2, Return, Mod, Lt, NameA, NameB, Const2, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a < b) - 0)
)py",
       Start::Function,
       {Def2, Return, Sub, Lt, NameA, NameB, Const0, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a):
    return (not a)
)py",
       Start::Function,
       {Def1, Return, Not, NameA, EndBlock},
       {{{"0"}, "True"}, {{"7"}, "False"}, {{"-18446744073709551616"}, "False"}}},
      {R"py(def func(a):
    return (not (not a))
)py",
       Start::Function,
       {Def1, Return, Not, Not, NameA, EndBlock},
       {{{"0"}, "False"}, {{"7"}, "True"}}},
      {R"py(def func(a, b):
    return (a // (a < b))
)py",
       Start::Function,
       {Def2, Return, FloorDiv, NameA, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "1"}, {{"2", "1"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    return (a % (a < b))
)py",
       Start::Function,
       {Def2, Return, Mod, NameA, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "0"}, {{"2", "1"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    d = (a < b)
    d += 1
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, Lt, NameA, NameB, AugAssign, NameD, Add, Const1, Return, NameD, EndBlock},
       {{{"1", "2"}, "2"}, {{"2", "1"}, "1"}}},
      {R"py(def func(a, b):
    d = (a < b)
    d &= (a < b)
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, Lt, NameA, NameB, AugAssign, NameD, BitAnd, Lt, NameA, NameB, Return, NameD, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "1"}, "False"}}},
      {R"py(def func(a, b):
    d = (a < b)
    d |= 0
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, Lt, NameA, NameB, AugAssign, NameD, BitOr, Const0, Return, NameD, EndBlock},
       {{{"1", "2"}, "1"}}},
      {R"py(def func(a, b):
    return ((a == b) == (a == b))
)py",
       Start::Function,
       {Def2, Return, Eq, Eq, NameA, NameB, Eq, NameA, NameB, EndBlock},
       {{{"1", "2"}, "True"}}},
      {R"py(def func(a, b):
    return ((a < b) < a)
)py",
       Start::Function,
       {Def2, Return, Lt, Lt, NameA, NameB, NameA, EndBlock},
       {{{"1", "2"}, "False"}, {{"2", "1"}, "True"}}},
      {R"py(def func(a, b):
    for d in range((a < b)):
        return d
)py",
       Start::Function,
       {Def2, For, NameD, Lt, NameA, NameB, Return, NameD, EndBlock, EndBlock},
       {{{"1", "2"}, "0"}, {{"2", "1"}, "None"}}},
      {R"py(def func(a, b):
    return ((not a) + (not b))
)py",
       Start::Function,
       {Def2, Return, Add, Not, NameA, Not, NameB, EndBlock},
       {{{"0", "0"}, "2"}}},
  });
}

TEST(InterpreterTest, BoolOpsMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a, b):
    return (a and b)
)py",
       Start::Function,
       {Def2, Return, And, NameA, NameB, EndBlock},
       {{{"0", "5"}, "0"}, {{"3", "5"}, "5"}, {{"3", "0"}, "0"}}},
      {R"py(def func(a, b):
    return (a or b)
)py",
       Start::Function,
       {Def2, Return, Or, NameA, NameB, EndBlock},
       {{{"0", "5"}, "5"}, {{"3", "5"}, "3"}, {{"0", "0"}, "0"}}},
      {R"py(def func(a, b):
    return ((a < b) and a)
)py",
       Start::Function,
       {Def2, Return, And, Lt, NameA, NameB, NameA, EndBlock},
       {{{"1", "2"}, "1"}, {{"2", "1"}, "False"}}},
      {R"py(def func(a, b):
    return ((a < b) or (a > b))
)py",
       Start::Function,
       {Def2, Return, Or, Lt, NameA, NameB, Gt, NameA, NameB, EndBlock},
       {{{"1", "1"}, "False"}, {{"2", "1"}, "True"}}},
      {R"py(def func(a):
    return (a and (1 // 0))
)py",
       Start::Function,
       {Def1, Return, And, NameA, FloorDiv, Const1, Const0, EndBlock},
       {{{"0"}, "0"}, {{"1"}, "ZeroDivisionError"}}},
      {R"py(def func(a):
    return (a or (1 // 0))
)py",
       Start::Function,
       {Def1, Return, Or, NameA, FloorDiv, Const1, Const0, EndBlock},
       {{{"0"}, "ZeroDivisionError"}, {{"1"}, "1"}}},
      {R"py(def func(a):
    return ((1 // 0) if a else 5)
)py",
       Start::Function,
       {Def1, Return, IfExp, NameA, FloorDiv, Const1, Const0, Const5, EndBlock},
       {{{"0"}, "5"}, {{"1"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    return (1 if (a < b) else (a < b))
)py",
       Start::Function,
       {Def2, Return, IfExp, Lt, NameA, NameB, Const1, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "1"}, {{"2", "1"}, "False"}}},
      {R"py(def func(a, b, c):
    return (b if a else c)
)py",
       Start::Function,
       {Def3, Return, IfExp, NameA, NameB, NameC, EndBlock},
       {{{"0", "1", "2"}, "2"}, {{"-1", "1", "2"}, "1"}}},
  });
}

TEST(InterpreterTest, ComparisonsMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a, b):
    return (a < b)
)py",
       Start::Function,
       {Def2, Return, Lt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "2"}, "False"}, {{"3", "2"}, "False"}, {{"18446744073709551616", "-1"}, "False"}, {{"-18446744073709551616", "-9223372036854775808"}, "True"}}},
      {R"py(def func(a, b):
    return (a <= b)
)py",
       Start::Function,
       {Def2, Return, LtE, NameA, NameB, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "2"}, "True"}, {{"3", "2"}, "False"}}},
      {R"py(def func(a, b):
    return (a > b)
)py",
       Start::Function,
       {Def2, Return, Gt, NameA, NameB, EndBlock},
       {{{"1", "2"}, "False"}, {{"2", "2"}, "False"}, {{"3", "2"}, "True"}, {{"18446744073709551616", "9223372036854775808"}, "True"}}},
      {R"py(def func(a, b):
    return (a >= b)
)py",
       Start::Function,
       {Def2, Return, GtE, NameA, NameB, EndBlock},
       {{{"1", "2"}, "False"}, {{"2", "2"}, "True"}, {{"3", "2"}, "True"}}},
      {R"py(def func(a, b):
    return (a == b)
)py",
       Start::Function,
       {Def2, Return, Eq, NameA, NameB, EndBlock},
       {{{"1", "2"}, "False"}, {{"2", "2"}, "True"}, {{"18446744073709551616", "18446744073709551616"}, "True"}, {{"18446744073709551616", "0"}, "False"}}},
      {R"py(def func(a, b):
    return (a != b)
)py",
       Start::Function,
       {Def2, Return, NotEq, NameA, NameB, EndBlock},
       {{{"1", "2"}, "True"}, {{"2", "2"}, "False"}}},
      {R"py(def func(a):
    return ((a < 1) == 1)
)py",
       Start::Function,
       {Def1, Return, Eq, Lt, NameA, Const1, Const1, EndBlock},
       {{{"0"}, "True"}, {{"5"}, "False"}}},
      {R"py(def func(a, b, c):
    return (a < b < c)
)py",
       Start::Function,
       {Def3, Return, Chain, Lt, Lt, NameA, NameB, NameC, EndBlock},
       {{{"1", "2", "3"}, "True"}, {{"1", "3", "2"}, "False"}, {{"2", "1", "3"}, "False"}, {{"1", "1", "1"}, "False"}}},
      {R"py(def func(a, b, c):
    return (a == b != c)
)py",
       Start::Function,
       {Def3, Return, Chain, Eq, NotEq, NameA, NameB, NameC, EndBlock},
       {{{"1", "1", "2"}, "True"}, {{"1", "1", "1"}, "False"}, {{"1", "2", "3"}, "False"}}},
      {R"py(def func(a, b, c):
    return (a <= b >= c)
)py",
       Start::Function,
       {Def3, Return, Chain, LtE, GtE, NameA, NameB, NameC, EndBlock},
       {{{"1", "1", "1"}, "True"}, {{"1", "2", "3"}, "False"}, {{"1", "3", "2"}, "True"}}},
      {R"py(def func(a, b, c):
    return (a > b < c)
)py",
       Start::Function,
       {Def3, Return, Chain, Gt, Lt, NameA, NameB, NameC, EndBlock},
       {{{"3", "2", "5"}, "True"}, {{"3", "2", "1"}, "False"}}},
      {R"py(def func(a, b):
    return (a < b < (1 // 0))
)py",
       Start::Function,
       {Def2, Return, Chain, Lt, Lt, NameA, NameB, FloorDiv, Const1, Const0, EndBlock},
       {{{"2", "1"}, "False"}, {{"1", "2"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    return ((1 // a) < b < 9)
)py",
       Start::Function,
       {Def2, Return, Chain, Lt, Lt, FloorDiv, Const1, NameA, NameB, Const9, EndBlock},
       {{{"0", "1"}, "ZeroDivisionError"}, {{"1", "5"}, "True"}, {{"1", "10"}, "False"}}},
  });
}

TEST(InterpreterTest, BuiltinsMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a):
    return abs(a)
)py",
       Start::Function,
       {Def1, Return, Abs, NameA, EndBlock},
       {{{"-5"}, "5"}, {{"5"}, "5"}, {{"0"}, "0"}, {{"-9223372036854775808"}, "9223372036854775808"}, {{"-18446744073709551616"}, "18446744073709551616"}}},
      {R"py(def func(a, b):
    return min(a, b)
)py",
       Start::Function,
       {Def2, Return, Min, NameA, NameB, EndBlock},
       {{{"1", "2"}, "1"}, {{"2", "1"}, "1"}, {{"-18446744073709551616", "9223372036854775808"}, "-18446744073709551616"}}},
      {R"py(def func(a, b):
    return max(a, b)
)py",
       Start::Function,
       {Def2, Return, Max, NameA, NameB, EndBlock},
       {{{"1", "2"}, "2"}, {{"2", "1"}, "2"}, {{"-18446744073709551616", "9223372036854775808"}, "9223372036854775808"}}},
      {R"py(def func(a):
    return min((a == a), 1)
)py",
       Start::Function,
       {Def1, Return, Min, Eq, NameA, NameA, Const1, EndBlock},
       {{{"0"}, "True"}}},
      {R"py(def func(a):
    return min(1, (a == a))
)py",
       Start::Function,
       {Def1, Return, Min, Const1, Eq, NameA, NameA, EndBlock},
       {{{"0"}, "1"}}},
      {R"py(def func(a):
    return max((a == a), 1)
)py",
       Start::Function,
       {Def1, Return, Max, Eq, NameA, NameA, Const1, EndBlock},
       {{{"0"}, "True"}}},
      {R"py(def func(a):
    return max(1, (a == a))
)py",
       Start::Function,
       {Def1, Return, Max, Const1, Eq, NameA, NameA, EndBlock},
       {{{"0"}, "1"}}},
      {R"py(def func(a):
    return max(0, (a < a))
)py",
       Start::Function,
       {Def1, Return, Max, Const0, Lt, NameA, NameA, EndBlock},
       {{{"0"}, "0"}}},
      {R"py(def func(a):
    return min((a < a), 0)
)py",
       Start::Function,
       {Def1, Return, Min, Lt, NameA, NameA, Const0, EndBlock},
       {{{"0"}, "False"}}},
      {R"py(def func(a):
    return abs(abs((-a)))
)py",
       Start::Function,
       {Def1, Return, Abs, Abs, Neg, NameA, EndBlock},
       {{{"3"}, "3"}}},
  });
}

TEST(InterpreterTest, ControlFlowMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a):
    if (a < 0):
        return (-a)
    return a
)py",
       Start::Function,
       {Def1, If, Lt, NameA, Const0, Return, Neg, NameA, EndBlock, Return, NameA, EndBlock},
       {{{"-4"}, "4"}, {{"4"}, "4"}}},
      {R"py(def func(a):
    if a:
        return 1
    else:
        return 2
)py",
       Start::Function,
       {Def1, IfElse, NameA, Return, Const1, EndBlock, Return, Const2, EndBlock, EndBlock},
       {{{"0"}, "2"}, {{"3"}, "1"}}},
      {R"py(def func(a):
    if a:
        return
    return 1
)py",
       Start::Function,
       {Def1, If, NameA, ReturnNone, EndBlock, Return, Const1, EndBlock},
       {{{"0"}, "1"}, {{"3"}, "None"}}},
      {R"py(def func(a):
    d = a
)py",
       Start::Function,
       {Def1, Assign, NameD, NameA, EndBlock},
       {{{"3"}, "None"}}},
      {R"py(def func():
    return
)py",
       Start::Function,
       {Def0, ReturnNone, EndBlock},
       {{{}, "None"}}},
      {R"py(def func(a):
    if (a > 0):
        if (a > 5):
            return 2
        else:
            return 1
    else:
        return 0
)py",
       Start::Function,
       {Def1, IfElse, Gt, NameA, Const0, IfElse, Gt, NameA, Const5, Return, Const2, EndBlock, Return, Const1, EndBlock, EndBlock, Return, Const0, EndBlock, EndBlock},
       {{{"9"}, "2"}, {{"3"}, "1"}, {{"-3"}, "0"}}},
      {R"py(def func(a):
    d = 0
    for e in range(a):
        d += e
    return d
)py",
       Start::Function,
       {Def1, Assign, NameD, Const0, For, NameE, NameA, AugAssign, NameD, Add, NameE, EndBlock, Return, NameD, EndBlock},
       {{{"5"}, "10"}, {{"0"}, "0"}, {{"-3"}, "0"}, {{"1"}, "0"}}},
      {R"py(def func(a):
    for d in range(a):
        e = d
    return d
)py",
       Start::Function,
       {Def1, For, NameD, NameA, Assign, NameE, NameD, EndBlock, Return, NameD, EndBlock},
       {{{"3"}, "2"}, {{"0"}, "UnboundLocalError"}}},
      {R"py(def func(a):
    d = 0
    while 1:
        d += 1
        if (d > a):
            break
    return d
)py",
       Start::Function,
       {Def1, Assign, NameD, Const0, While, Const1, AugAssign, NameD, Add, Const1, If, Gt, NameD, NameA, Break, EndBlock, EndBlock, Return, NameD, EndBlock},
       {{{"3"}, "4"}, {{"-2"}, "1"}}},
      {R"py(def func(a):
    d = 0
    e = 0
    while (d < a):
        d += 1
        if (d % 2):
            continue
        e += d
    return e
)py",
       Start::Function,
       {Def1, Assign, NameD, Const0, Assign, NameE, Const0, While, Lt, NameD, NameA, AugAssign, NameD, Add, Const1, If, Mod, NameD, Const2, Continue, EndBlock, AugAssign, NameE, Add, NameD, EndBlock, Return, NameE, EndBlock},
       {{{"6"}, "12"}, {{"0"}, "0"}}},
      {R"py(def func(a):
    d = 0
    for e in range(a):
        if (e == 3):
            break
        if (e % 2):
            continue
        d += e
    return d
)py",
       Start::Function,
       {Def1, Assign, NameD, Const0, For, NameE, NameA, If, Eq, NameE, Const3, Break, EndBlock, If, Mod, NameE, Const2, Continue, EndBlock, AugAssign, NameD, Add, NameE, EndBlock, Return, NameD, EndBlock},
       {{{"10"}, "2"}, {{"3"}, "2"}}},
      {R"py(def func(a):
    for d in range(a):
        if (d == 2):
            return (d * 10)
    return (-1)
)py",
       Start::Function,
       {Def1, For, NameD, NameA, If, Eq, NameD, Const2, Return, Mul, NameD, Const10, EndBlock, EndBlock, Return, Neg, Const1, EndBlock},
       {{{"5"}, "20"}, {{"2"}, "-1"}}},
      {R"py(def func(a, b):
    d = 0
    for e in range(a):
        for f in range(b):
            if (f > e):
                break
            d += 1
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, Const0, For, NameE, NameA, For, NameF, NameB, If, Gt, NameF, NameE, Break, EndBlock, AugAssign, NameD, Add, Const1, EndBlock, EndBlock, Return, NameD, EndBlock},
       {{{"3", "3"}, "6"}, {{"4", "2"}, "7"}}},
      {R"py(def func():
    for d in range(18446744073709551616):
        e = d
)py",
       Start::Function,
       {Def0, For, NameD, Big2p64, Assign, NameE, NameD, EndBlock, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func():
    for d in range((-18446744073709551616)):
        return 1
    return 2
)py",
       Start::Function,
       {Def0, For, NameD, Neg, Big2p64, Return, Const1, EndBlock, Return, Const2, EndBlock},
       {{{}, "2"}}},
      {R"py(def func(a):
    while a:
        a -= 1
    return a
)py",
       Start::Function,
       {Def1, While, NameA, AugAssign, NameA, Sub, Const1, EndBlock, Return, NameA, EndBlock},
       {{{"5"}, "0"}, {{"0"}, "0"}}},
      {R"py(def func():
    while 1:
        d = 1
)py",
       Start::Function,
       {Def0, While, Const1, Assign, NameD, Const1, EndBlock, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func():
    while 1:
        continue
)py",
       Start::Function,
       {Def0, While, Const1, Continue, EndBlock, EndBlock},
       {{{}, "step_limit"}}},
  });
}

TEST(InterpreterTest, NamesMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a):
    if a:
        d = 1
    return d
)py",
       Start::Function,
       {Def1, If, NameA, Assign, NameD, Const1, EndBlock, Return, NameD, EndBlock},
       {{{"0"}, "UnboundLocalError"}, {{"1"}, "1"}}},
      {R"py(def func(a):
    return d
)py",
       Start::Function,
       {Def1, Return, NameD, EndBlock},
       {{{"0"}, "NameError"}}},
      {R"py(def func(a):
    return b
)py",
       Start::Function,
       {Def1, Return, NameB, EndBlock},
       {{{"0"}, "NameError"}}},
      {R"py(def func(a):
    return b
    b += 1
)py",
       Start::Function,
       {Def1, Return, NameB, AugAssign, NameB, Add, Const1, EndBlock},
       {{{"0"}, "UnboundLocalError"}}},
      {R"py(def func(a):
    a = (a + 1)
    return a
)py",
       Start::Function,
       {Def1, Assign, NameA, Add, NameA, Const1, Return, NameA, EndBlock},
       {{{"4"}, "5"}}},
      {R"py(def func(a):
    a *= 3
    return a
)py",
       Start::Function,
       {Def1, AugAssign, NameA, Mul, Const3, Return, NameA, EndBlock},
       {{{"4"}, "12"}}},
      {R"py(def func(a):
    if a:
        d = 1
    d += (1 // 0)
    return d
)py",
       Start::Function,
       {Def1, If, NameA, Assign, NameD, Const1, EndBlock, AugAssign, NameD, Add, FloorDiv, Const1, Const0, Return, NameD, EndBlock},
       {{{"0"}, "UnboundLocalError"}, {{"1"}, "ZeroDivisionError"}}},
      {R"py(def func(a):
    for a in range(3):
        d = a
    return (a + d)
)py",
       Start::Function,
       {Def1, For, NameA, Const3, Assign, NameD, NameA, EndBlock, Return, Add, NameA, NameD, EndBlock},
       {{{"9"}, "4"}}},
      {R"py(def func(a, b, c):
    m = ((a + b) + c)
    return m
)py",
       Start::Function,
       {Def3, Assign, NameM, Add, Add, NameA, NameB, NameC, Return, NameM, EndBlock},
       {{{"1", "2", "3"}, "6"}}},
  });
}

TEST(InterpreterTest, AugmentedAssignMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a, b):
    d = a
    d -= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, Sub, NameB, Return, NameD, EndBlock},
       {{{"3", "10"}, "-7"}}},
      {R"py(def func(a, b):
    d = a
    d //= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, FloorDiv, NameB, Return, NameD, EndBlock},
       {{{"-7", "2"}, "-4"}, {{"1", "0"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    d = a
    d %= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, Mod, NameB, Return, NameD, EndBlock},
       {{{"-7", "2"}, "1"}, {{"1", "0"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    d = a
    d ^= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, BitXor, NameB, Return, NameD, EndBlock},
       {{{"-7", "2"}, "-5"}}},
      {R"py(def func(a, b):
    d = a
    d <<= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, LShift, NameB, Return, NameD, EndBlock},
       {{{"3", "70"}, "3541774862152233910272"}, {{"3", "-1"}, "ValueError"}}},
      {R"py(def func(a, b):
    d = a
    d >>= b
    return d
)py",
       Start::Function,
       {Def2, Assign, NameD, NameA, AugAssign, NameD, RShift, NameB, Return, NameD, EndBlock},
       {{{"-300", "4"}, "-19"}, {{"3", "-1"}, "ValueError"}}},
  });
}

TEST(InterpreterTest, ModulesMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a):
    return 1
def func(a, b):
    return (a - b)
)py",
       Start::Module,
       {Def1, Return, Const1, EndBlock, Def2, Return, Sub, NameA, NameB, EndBlock, EndModule},
       {{{"10", "4"}, "6"}}},
      {R"py(def func():
    return 1
)py",
       Start::Module,
       {Def0, Return, Const1, EndBlock, EndModule},
       {{{}, "1"}}},
      {R"py(def func(a, b):
    return (a + b)
def func():
    return 7
def func(a):
    return d
)py",
       Start::Module,
       {Def2, Return, Add, NameA, NameB, EndBlock, Def0, Return, Const7, EndBlock, Def1, Return, NameD, EndBlock, EndModule},
       {{{"0"}, "NameError"}}},
  });
}

TEST(InterpreterTest, CapsMatchesCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func(a):
    d = a
    while 1:
        d = (d * d)
)py",
       Start::Function,
       {Def1, Assign, NameD, NameA, While, Const1, Assign, NameD, Mul, NameD, NameD, EndBlock, EndBlock},
       {{{"2"}, "overflow"}, {{"1"}, "step_limit"}}},
      {R"py(def func():
    d = 1
    e = 2
    f = 3
    return 4
)py",
       Start::Function,
       {Def0, Assign, NameD, Const1, Assign, NameE, Const2, Assign, NameF, Const3, Return, Const4, EndBlock},
       {{{}, "step_limit"}}, {3, 1024}},
      {R"py(def func():
    d = 1
    e = 2
    f = 3
    return 4
)py",
       Start::Function,
       {Def0, Assign, NameD, Const1, Assign, NameE, Const2, Assign, NameF, Const3, Return, Const4, EndBlock},
       {{{}, "4"}}, {4, 1024}},
      {R"py(def func(a):
    for d in range(a):
        e = d
    return 1
)py",
       Start::Function,
       {Def1, For, NameD, NameA, Assign, NameE, NameD, EndBlock, Return, Const1, EndBlock},
       {{{"4"}, "1"}, {{"5"}, "step_limit"}}, {10, 1024}},
      {R"py(def func(a):
    d = 0
    while (d < a):
        d += 1
    return d
)py",
       Start::Function,
       {Def1, Assign, NameD, Const0, While, Lt, NameD, NameA, AugAssign, NameD, Add, Const1, EndBlock, Return, NameD, EndBlock},
       {{{"4"}, "step_limit"}, {{"5"}, "step_limit"}}, {10, 1024}},
      {R"py(def func(a, b):
    return (a + b)
)py",
       Start::Function,
       {Def2, Return, Add, NameA, NameB, EndBlock},
       {{{"100", "27"}, "127"}, {{"200", "100"}, "overflow"}, {{"-128", "-127"}, "-255"}, {{"-128", "0"}, "-128"}}, {10000, 8}},
      {R"py(def func(a):
    return (-a)
)py",
       Start::Function,
       {Def1, Return, Neg, NameA, EndBlock},
       {{{"-9223372036854775808"}, "overflow"}}, {10000, 63}},
      {R"py(def func(a):
    return (-a)
)py",
       Start::Function,
       {Def1, Return, Neg, NameA, EndBlock},
       {{{"-9223372036854775808"}, "9223372036854775808"}}, {10000, 64}},
      {R"py(def func(a, b):
    return (a << b)
)py",
       Start::Function,
       {Def2, Return, LShift, NameA, NameB, EndBlock},
       {{{"1", "7"}, "128"}, {{"1", "8"}, "overflow"}, {{"-1", "8"}, "overflow"}, {{"0", "100"}, "0"}, {{"3", "-1"}, "ValueError"}}, {10000, 8}},
      {R"py(def func(a):
    return (~a)
)py",
       Start::Function,
       {Def1, Return, Invert, NameA, EndBlock},
       {{{"255"}, "overflow"}, {{"-256"}, "255"}}, {10000, 8}},
      {R"py(def func(a, b):
    return (a // b)
)py",
       Start::Function,
       {Def2, Return, FloorDiv, NameA, NameB, EndBlock},
       {{{"-128", "-1"}, "128"}, {{"1", "0"}, "ZeroDivisionError"}}, {10000, 8}},
      {R"py(def func(a):
    return (abs(a) + 0)
)py",
       Start::Function,
       {Def1, Return, Add, Abs, NameA, Const0, EndBlock},
       {{{"-9223372036854775808"}, "overflow"}}, {10000, 63}},
      {R"py(def func(a):
    return ((1 // a) * (1 << 18446744073709551616))
)py",
       Start::Function,
       {Def1, Return, Mul, FloorDiv, Const1, NameA, LShift, Const1, Big2p64, EndBlock},
       {{{"0"}, "ZeroDivisionError"}, {{"1"}, "overflow"}}},
  });
}

// ---- random programs (a tiny generator over every feature) against CPython ----

TEST(InterpreterTest, RandomProgramsMatchCPython) {
  using enum Token;
  expect_cpython_outcomes({
      {R"py(def func():
    return (3 if (0 & (5 == 4)) else ((6 if 4 else 6) | 1))
)py",
       Start::Function,
       {Def0, Return, IfExp, BitAnd, Const0, Eq, Const5, Const4, Const3, BitOr, IfExp, Const4, Const6, Const6, Const1, EndBlock},
       {{{}, "7"}}},
      {R"py(def func(a, b):
    if ((b << b) <= (0 >= b < b)):
        return a
    return 6
)py",
       Start::Function,
       {Def2, If, LtE, LShift, NameB, NameB, Chain, GtE, Lt, Const0, NameB, NameB, Return, NameA, EndBlock, Return, Const6, EndBlock},
       {{{"-4", "8"}, "6"}, {{"-1", "5"}, "6"}, {{"-6", "0"}, "-6"}, {{"2", "-1"}, "ValueError"}}},
      {R"py(def func(a, b, c):
    if (~4):
        return
    else:
        for d in range(9):
            d = (((d | c) if a else (b <= 3)) >= (abs(d) // (18446744073709551616 | 3)))
    return a
)py",
       Start::Function,
       {Def3, IfElse, Invert, Const4, ReturnNone, EndBlock, For, NameD, Const9, Assign, NameD, GtE, IfExp, NameA, BitOr, NameD, NameC, LtE, NameB, Const3, FloorDiv, Abs, NameD, BitOr, Big2p64, Const3, EndBlock, EndBlock, Return, NameA, EndBlock},
       {{{"10", "1", "2"}, "None"}, {{"18446744073709551616", "-2147483648", "-3"}, "None"}, {{"9", "9223372036854775808", "0"}, "None"}, {{"9", "1", "6"}, "None"}}},
      {R"py(def func(a, b):
    return (-((a < a) // (256 ^ a)))
)py",
       Start::Function,
       {Def2, Return, Neg, FloorDiv, Lt, NameA, NameA, BitXor, Big256, NameA, EndBlock},
       {{{"-9223372036854775808", "-2147483648"}, "0"}, {{"1", "5"}, "0"}, {{"-1", "5"}, "0"}, {{"6", "7"}, "0"}}},
      {R"py(def func(a, b):
    return (((7 - a) < (3 & 4294967295)) < 2)
)py",
       Start::Function,
       {Def2, Return, Lt, Lt, Sub, Const7, NameA, BitAnd, Const3, Big2p32m1, Const2, EndBlock},
       {{{"7", "-6"}, "True"}, {{"2", "2147483648"}, "True"}, {{"9", "8"}, "True"}, {{"5", "1"}, "True"}}},
      {R"py(def func(a, b):
    for d in range(8):
        while ((d + d) + 18446744073709551616):
            e = (7 >= 127)
            f = (d << (d if b else 128))
            d -= (((d % b) * (d >> b)) | ((f and e) << 6))
    if ((a & 10) >= (10 + a)):
        return 9223372036854775808
    return a
)py",
       Start::Function,
       {Def2, For, NameD, Const8, While, Add, Add, NameD, NameD, Big2p64, Assign, NameE, GtE, Const7, Big127, Assign, NameF, LShift, NameD, IfExp, NameB, NameD, Big128, AugAssign, NameD, Sub, BitOr, Mul, Mod, NameD, NameB, RShift, NameD, NameB, LShift, And, NameF, NameE, Const6, EndBlock, EndBlock, If, GtE, BitAnd, NameA, Const10, Add, Const10, NameA, Return, Big2p63, EndBlock, Return, NameA, EndBlock},
       {{{"-3", "-2"}, "ValueError"}, {{"-10", "-5"}, "ValueError"}, {{"-3", "8"}, "step_limit"}, {{"9223372036854775807", "-2"}, "ValueError"}}},
      {R"py(def func():
    if (min(7, 1) // 5):
        if (~2):
            a = (((1 >= 10 == 7) >= (5 & 2)) ^ 8)
            d = (a and a)
            e = d
    else:
        return 10
    return 6
)py",
       Start::Function,
       {Def0, IfElse, FloorDiv, Min, Const7, Const1, Const5, If, Invert, Const2, Assign, NameA, BitXor, GtE, Chain, GtE, Eq, Const1, Const10, Const7, BitAnd, Const5, Const2, Const8, Assign, NameD, And, NameA, NameA, Assign, NameE, NameD, EndBlock, EndBlock, Return, Const10, EndBlock, Return, Const6, EndBlock},
       {{{}, "10"}}},
      {R"py(def func(a, b):
    while ((3 + 6) == 3 > max(10, a)):
        while b:
            d = (a - 1)
            e = (((3 or 9) % (a or 10)) >> d)
    return (a * (a ^ 9))
)py",
       Start::Function,
       {Def2, While, Chain, Eq, Gt, Add, Const3, Const6, Const3, Max, Const10, NameA, While, NameB, Assign, NameD, Sub, NameA, Const1, Assign, NameE, RShift, Mod, Or, Const3, Const9, Or, NameA, Const10, NameD, EndBlock, EndBlock, Return, Mul, NameA, BitXor, NameA, Const9, EndBlock},
       {{{"4294967296", "9"}, "18446744112364257280"}, {{"2147483648", "-4"}, "4611686037754740736"}, {{"0", "2"}, "0"}, {{"-8", "1"}, "120"}}},
      {R"py(def func(a, b):
    if ((6 // b) >= (1 ^ a)):
        return ((b and b) <= 8)
    return (3 != (a + b))
)py",
       Start::Function,
       {Def2, If, GtE, FloorDiv, Const6, NameB, BitXor, Const1, NameA, Return, LtE, And, NameB, NameB, Const8, EndBlock, Return, NotEq, Const3, Add, NameA, NameB, EndBlock},
       {{{"-6", "-9"}, "True"}, {{"-4", "-1"}, "True"}, {{"5", "-10"}, "True"}, {{"-10", "-5"}, "True"}}},
      {R"py(def func(a):
    for d in range(7):
        if (a ^ (d & 0)):
            a += (-(256 * a))
        else:
            break
        if (a >> 0):
            d = (d != ((d // a) - (d * a)) > ((-1) - (18446744073709551615 >= 8)))
            b = (3 == 9)
            d = (b if 8 else a)
        else:
            break
    return
)py",
       Start::Function,
       {Def1, For, NameD, Const7, IfElse, BitXor, NameA, BitAnd, NameD, Const0, AugAssign, NameA, Add, Neg, Mul, Big256, NameA, EndBlock, Break, EndBlock, IfElse, RShift, NameA, Const0, Assign, NameD, Chain, NotEq, Gt, NameD, Sub, FloorDiv, NameD, NameA, Mul, NameD, NameA, Sub, Neg, Const1, GtE, Big2p64m1, Const8, Assign, NameB, Eq, Const3, Const9, Assign, NameD, IfExp, Const8, NameB, NameA, EndBlock, Break, EndBlock, EndBlock, ReturnNone, EndBlock},
       {{{"2147483648"}, "None"}, {{"6"}, "None"}, {{"2"}, "None"}, {{"7"}, "None"}}},
      {R"py(def func(a):
    for d in range((9 > a != a)):
        return (0 if d else d)
    return
)py",
       Start::Function,
       {Def1, For, NameD, Chain, Gt, NotEq, Const9, NameA, NameA, Return, IfExp, NameD, Const0, NameD, EndBlock, ReturnNone, EndBlock},
       {{{"-10"}, "None"}, {{"-2"}, "None"}, {{"8"}, "None"}, {{"18446744073709551616"}, "None"}}},
      {R"py(def func(a, b):
    d = b
    b -= (3 >= 5)
    return (a <= (b if 4 else 2))
)py",
       Start::Function,
       {Def2, Assign, NameD, NameB, AugAssign, NameB, Sub, GtE, Const3, Const5, Return, LtE, NameA, IfExp, Const4, NameB, Const2, EndBlock},
       {{{"-3", "18446744073709551616"}, "True"}, {{"10", "-7"}, "False"}, {{"-2", "-6"}, "False"}, {{"-4", "7"}, "True"}}},
      {R"py(def func(a):
    if (6 < 9):
        d = (max((a & a), a) // ((-a) < (a + a) != (4 < a)))
        for d in range(9):
            return (d if 10 else 18446744073709551615)
    return (a & a)
)py",
       Start::Function,
       {Def1, If, Lt, Const6, Const9, Assign, NameD, FloorDiv, Max, BitAnd, NameA, NameA, NameA, Chain, Lt, NotEq, Neg, NameA, Add, NameA, NameA, Lt, Const4, NameA, For, NameD, Const9, Return, IfExp, Const10, NameD, Big2p64m1, EndBlock, EndBlock, Return, BitAnd, NameA, NameA, EndBlock},
       {{{"-9223372036854775808"}, "ZeroDivisionError"}, {{"0"}, "ZeroDivisionError"}, {{"-9223372036854775808"}, "ZeroDivisionError"}, {{"-9223372036854775808"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b, c):
    if 8:
        return (((5 - b) * (not b)) if ((4 * a) and (a & 4)) else a)
    for b in range(4):
        if (6 < (a // 128) != b):
            d = (c == (a if a else 9))
        for e in range((a + b)):
            break
    return ((4 * a) >= (5 + 0))
)py",
       Start::Function,
       {Def3, If, Const8, Return, IfExp, And, Mul, Const4, NameA, BitAnd, NameA, Const4, Mul, Sub, Const5, NameB, Not, NameB, NameA, EndBlock, For, NameB, Const4, If, Chain, Lt, NotEq, Const6, FloorDiv, NameA, Big128, NameB, Assign, NameD, Eq, NameC, IfExp, NameA, NameA, Const9, EndBlock, For, NameE, Add, NameA, NameB, Break, EndBlock, EndBlock, Return, GtE, Mul, Const4, NameA, Add, Const5, Const0, EndBlock},
       {{{"2147483648", "8", "5"}, "2147483648"}, {{"4", "4", "0"}, "0"}, {{"-7", "4", "9"}, "-7"}, {{"-10", "-10", "-3"}, "0"}}},
      {R"py(def func(a, b):
    if ((2 - 9) >= (128 < 2147483648)):
        if (a << 0):
            return
        return (b if 127 else (b + (a - a)))
)py",
       Start::Function,
       {Def2, If, GtE, Sub, Const2, Const9, Lt, Big128, Big2p31, If, LShift, NameA, Const0, ReturnNone, EndBlock, Return, IfExp, Big127, NameB, Add, NameB, Sub, NameA, NameA, EndBlock, EndBlock},
       {{{"-9223372036854775808", "-5"}, "None"}, {{"-3", "-9"}, "None"}, {{"-1", "6"}, "None"}, {{"-3", "1"}, "None"}}},
      {R"py(def func(a):
    if ((a - 9) if (a // a) else a):
        for d in range(10):
            e = (not 9223372036854775807)
    else:
        return ((a >> a) < (a >= 256))
    return
)py",
       Start::Function,
       {Def1, IfElse, IfExp, FloorDiv, NameA, NameA, Sub, NameA, Const9, NameA, For, NameD, Const10, Assign, NameE, Not, Big2p63m1, EndBlock, EndBlock, Return, Lt, RShift, NameA, NameA, GtE, NameA, Big256, EndBlock, ReturnNone, EndBlock},
       {{{"-10"}, "None"}, {{"1"}, "None"}, {{"2147483647"}, "None"}, {{"2147483647"}, "None"}}},
      {R"py(def func(a):
    if a:
        while a:
            return 7
        if a:
            d = (a <= 5 <= a)
            e = a
            return
    for f in range((a << a)):
        f *= ((6 // f) < 7 <= (0 >> f))
    return (a % a)
)py",
       Start::Function,
       {Def1, If, NameA, While, NameA, Return, Const7, EndBlock, If, NameA, Assign, NameD, Chain, LtE, LtE, NameA, Const5, NameA, Assign, NameE, NameA, ReturnNone, EndBlock, EndBlock, For, NameF, LShift, NameA, NameA, AugAssign, NameF, Mul, Chain, Lt, LtE, FloorDiv, Const6, NameF, Const7, RShift, Const0, NameF, EndBlock, Return, Mod, NameA, NameA, EndBlock},
       {{{"4"}, "7"}, {{"-4"}, "7"}, {{"5"}, "7"}, {{"2"}, "7"}}},
      {R"py(def func(a, b, c):
    return ((9 if b else 4) >= (9 ^ c))
)py",
       Start::Function,
       {Def3, Return, GtE, IfExp, NameB, Const9, Const4, BitXor, Const9, NameC, EndBlock},
       {{{"2147483648", "1", "5"}, "False"}, {{"9223372036854775808", "1", "1"}, "True"}, {{"6", "-4", "-2147483648"}, "True"}, {{"10", "3", "2"}, "False"}}},
      {R"py(def func(a):
    for b in range(8):
        if (a << 0):
            d = b
            d = ((7 + a) % (a >> b))
    return (max(a, 3) == (a and a) < 5)
)py",
       Start::Function,
       {Def1, For, NameB, Const8, If, LShift, NameA, Const0, Assign, NameD, NameB, Assign, NameD, Mod, Add, Const7, NameA, RShift, NameA, NameB, EndBlock, EndBlock, Return, Chain, Eq, Lt, Max, NameA, Const3, And, NameA, NameA, Const5, EndBlock},
       {{{"-6"}, "False"}, {{"2147483648"}, "False"}, {{"-8"}, "False"}, {{"9223372036854775808"}, "False"}}},
      {R"py(def func(a, b):
    if ((a if b else 8) | 10):
        if ((b if b else 1) - (4 | a)):
            return 5
        else:
            d = ((3 if a else a) | (a == a <= 3))
        if abs((4294967296 + b)):
            e = (abs(d) & (a <= 2147483647))
    return (((3 % b) - 128) // b)
)py",
       Start::Function,
       {Def2, If, BitOr, IfExp, NameB, NameA, Const8, Const10, IfElse, Sub, IfExp, NameB, NameB, Const1, BitOr, Const4, NameA, Return, Const5, EndBlock, Assign, NameD, BitOr, IfExp, NameA, Const3, NameA, Chain, Eq, LtE, NameA, NameA, Const3, EndBlock, If, Abs, Add, Big2p32, NameB, Assign, NameE, BitAnd, Abs, NameD, LtE, NameA, Big2p31m1, EndBlock, EndBlock, Return, FloorDiv, Sub, Mod, Const3, NameB, Big128, NameB, EndBlock},
       {{{"9223372036854775808", "-7"}, "5"}, {{"2", "4"}, "5"}, {{"8", "9223372036854775807"}, "5"}, {{"9223372036854775808", "18446744073709551616"}, "5"}}},
      {R"py(def func():
    while 10:
        while abs((10 >= 18446744073709551615)):
            d = 5
            c = ((~d) != (d % d) > (2 - 5))
    return (0 and min((0 != 1), 6))
)py",
       Start::Function,
       {Def0, While, Const10, While, Abs, GtE, Const10, Big2p64m1, Assign, NameD, Const5, Assign, NameC, Chain, NotEq, Gt, Invert, NameD, Mod, NameD, NameD, Sub, Const2, Const5, EndBlock, EndBlock, Return, And, Const0, Min, NotEq, Const0, Const1, Const6, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func(a, b):
    return (((5 or a) < (a // b)) != ((b ^ b) >= (1 ^ 1)))
)py",
       Start::Function,
       {Def2, Return, NotEq, Lt, Or, Const5, NameA, FloorDiv, NameA, NameB, GtE, BitXor, NameB, NameB, BitXor, Const1, Const1, EndBlock},
       {{{"2", "5"}, "True"}, {{"1", "9223372036854775808"}, "True"}, {{"6", "1"}, "False"}, {{"-8", "-9223372036854775808"}, "True"}}},
      {R"py(def func(a):
    for a in range((0 and 9)):
        while (not (a // 0)):
            b = (9223372036854775807 if 1 else a)
            d = (b if b else b)
    return
)py",
       Start::Function,
       {Def1, For, NameA, And, Const0, Const9, While, Not, FloorDiv, NameA, Const0, Assign, NameB, IfExp, Const1, Big2p63m1, NameA, Assign, NameD, IfExp, NameB, NameB, NameB, EndBlock, EndBlock, ReturnNone, EndBlock},
       {{{"9"}, "None"}, {{"7"}, "None"}, {{"10"}, "None"}, {{"-10"}, "None"}}},
      {R"py(def func(a, b, c):
    return ((c << b) >> (2 >> b))
)py",
       Start::Function,
       {Def3, Return, RShift, LShift, NameC, NameB, RShift, Const2, NameB, EndBlock},
       {{{"9", "1", "0"}, "0"}, {{"7", "4", "-7"}, "-112"}, {{"2", "-1", "1"}, "ValueError"}, {{"1", "2", "0"}, "0"}}},
      {R"py(def func(a, b):
    return (min((255 * b), (10 | b)) < (2 if (9 if 1 else a) else 3))
)py",
       Start::Function,
       {Def2, Return, Lt, Min, Mul, Big255, NameB, BitOr, Const10, NameB, IfExp, IfExp, Const1, Const9, NameA, Const2, Const3, EndBlock},
       {{{"-2147483648", "0"}, "True"}, {{"9223372036854775808", "-10"}, "True"}, {{"-3", "-6"}, "True"}, {{"-7", "2147483648"}, "False"}}},
      {R"py(def func(a, b):
    return ((not (2147483647 - b)) & ((a <= 128 > 1) + (b // 10)))
)py",
       Start::Function,
       {Def2, Return, BitAnd, Not, Sub, Big2p31m1, NameB, Add, Chain, LtE, Gt, NameA, Big128, Const1, FloorDiv, NameB, Const10, EndBlock},
       {{{"5", "-7"}, "0"}, {{"-3", "4"}, "0"}, {{"7", "10"}, "0"}, {{"3", "3"}, "0"}}},
      {R"py(def func(a):
    return ((a if a else 9) == (0 if a else a))
)py",
       Start::Function,
       {Def1, Return, Eq, IfExp, NameA, NameA, Const9, IfExp, NameA, Const0, NameA, EndBlock},
       {{{"-2147483648"}, "False"}, {{"1"}, "False"}, {{"9223372036854775808"}, "False"}, {{"5"}, "False"}}},
      {R"py(def func(a, b, c):
    if c:
        return (a or b)
    return (b or c)
)py",
       Start::Function,
       {Def3, If, NameC, Return, Or, NameA, NameB, EndBlock, Return, Or, NameB, NameC, EndBlock},
       {{{"2", "4", "3"}, "2"}, {{"8", "-5", "-9"}, "8"}, {{"-8", "-1", "2147483648"}, "-8"}, {{"7", "3", "-2"}, "7"}}},
      {R"py(def func(a, b):
    for d in range(2):
        while 2:
            return (max(1, b) <= (a == a > a))
    return ((a or a) >= (a >= 9 > 256))
)py",
       Start::Function,
       {Def2, For, NameD, Const2, While, Const2, Return, LtE, Max, Const1, NameB, Chain, Eq, Gt, NameA, NameA, NameA, EndBlock, EndBlock, Return, GtE, Or, NameA, NameA, Chain, GtE, Gt, NameA, Const9, Big256, EndBlock},
       {{{"-9", "-10"}, "False"}, {{"-5", "-9"}, "False"}, {{"-6", "10"}, "False"}, {{"2", "-10"}, "False"}}},
      {R"py(def func():
    return (6 | ((0 < 8) + (6 == 4)))
)py",
       Start::Function,
       {Def0, Return, BitOr, Const6, Add, Lt, Const0, Const8, Eq, Const6, Const4, EndBlock},
       {{{}, "7"}}},
      {R"py(def func():
    return ((not (0 <= 10)) | ((8 if 2 else 7) ^ (3 if 3 else 6)))
)py",
       Start::Function,
       {Def0, Return, BitOr, Not, LtE, Const0, Const10, BitXor, IfExp, Const2, Const8, Const7, IfExp, Const3, Const3, Const6, EndBlock},
       {{{}, "11"}}},
      {R"py(def func(a):
    if ((128 if a else 5) // (a * a)):
        return (0 + (a * 7))
    return ((a < (6 % a)) % ((7 % a) + (7 and a)))
)py",
       Start::Function,
       {Def1, If, FloorDiv, IfExp, NameA, Big128, Const5, Mul, NameA, NameA, Return, Add, Const0, Mul, NameA, Const7, EndBlock, Return, Mod, Lt, NameA, Mod, Const6, NameA, Add, Mod, Const7, NameA, And, Const7, NameA, EndBlock},
       {{{"-2"}, "-14"}, {{"-5"}, "-35"}, {{"2147483648"}, "0"}, {{"-9223372036854775808"}, "-18446744073709551608"}}},
      {R"py(def func():
    for d in range(1):
        if ((10 | d) if (5 if d else d) else (d - d)):
            e = d
        for d in range(7):
            f = ((4294967296 if 1 else d) % (d + d))
            f //= max(d, ((d % d) if d else (f * f)))
        d &= d
    return 0
)py",
       Start::Function,
       {Def0, For, NameD, Const1, If, IfExp, IfExp, NameD, Const5, NameD, BitOr, Const10, NameD, Sub, NameD, NameD, Assign, NameE, NameD, EndBlock, For, NameD, Const7, Assign, NameF, Mod, IfExp, Const1, Big2p32, NameD, Add, NameD, NameD, AugAssign, NameF, FloorDiv, Max, NameD, IfExp, NameD, Mod, NameD, NameD, Mul, NameF, NameF, EndBlock, AugAssign, NameD, BitAnd, NameD, EndBlock, Return, Const0, EndBlock},
       {{{}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    return (((a if a else 4) - (b ^ 4294967295)) if ((b ^ b) * a) else b)
)py",
       Start::Function,
       {Def2, Return, IfExp, Mul, BitXor, NameB, NameB, NameA, Sub, IfExp, NameA, NameA, Const4, BitXor, NameB, Big2p32m1, NameB, EndBlock},
       {{{"7", "-1"}, "-1"}, {{"8", "9"}, "9"}, {{"-10", "8"}, "8"}, {{"0", "-2147483648"}, "-2147483648"}}},
      {R"py(def func():
    if ((3 + 3) | 9):
        for d in range(6):
            e = (d >= 9)
            f = (-(7 // (d ^ e)))
        return 4294967295
    return (4 if (7 | 8) else 5)
)py",
       Start::Function,
       {Def0, If, BitOr, Add, Const3, Const3, Const9, For, NameD, Const6, Assign, NameE, GtE, NameD, Const9, Assign, NameF, Neg, FloorDiv, Const7, BitXor, NameD, NameE, EndBlock, Return, Big2p32m1, EndBlock, Return, IfExp, BitOr, Const7, Const8, Const4, Const5, EndBlock},
       {{{}, "ZeroDivisionError"}}},
      {R"py(def func(a, b, c):
    d = ((a if a else a) | 2147483647)
    return
)py",
       Start::Function,
       {Def3, Assign, NameD, BitOr, IfExp, NameA, NameA, NameA, Big2p31m1, ReturnNone, EndBlock},
       {{{"9223372036854775807", "-2", "0"}, "None"}, {{"2147483648", "10", "-2"}, "None"}, {{"-3", "-10", "6"}, "None"}, {{"-10", "9223372036854775807", "-7"}, "None"}}},
      {R"py(def func(a, b):
    if ((a >= 65535) or a):
        while a:
            d = (9 // ((a != 2) and 4294967296))
        return 5
    else:
        return
    if ((8 if b else 3) < (7 and a)):
        return (a >> (~a))
    return (a & (a > b))
)py",
       Start::Function,
       {Def2, IfElse, Or, GtE, NameA, Big65535, NameA, While, NameA, Assign, NameD, FloorDiv, Const9, And, NotEq, NameA, Const2, Big2p32, EndBlock, Return, Const5, EndBlock, ReturnNone, EndBlock, If, Lt, IfExp, NameB, Const8, Const3, And, Const7, NameA, Return, RShift, NameA, Invert, NameA, EndBlock, Return, BitAnd, NameA, Gt, NameA, NameB, EndBlock},
       {{{"-10", "-1"}, "step_limit"}, {{"-1", "9223372036854775807"}, "step_limit"}, {{"3", "-4"}, "step_limit"}, {{"7", "-1"}, "step_limit"}}},
      {R"py(def func(a):
    while ((128 < a) if (a * a) else 0):
        return ((1 % a) | 7)
    return (a + a)
)py",
       Start::Function,
       {Def1, While, IfExp, Mul, NameA, NameA, Lt, Big128, NameA, Const0, Return, BitOr, Mod, Const1, NameA, Const7, EndBlock, Return, Add, NameA, NameA, EndBlock},
       {{{"-8"}, "-16"}, {{"9"}, "18"}, {{"1"}, "2"}, {{"5"}, "10"}}},
      {R"py(def func(a, b):
    return (((b * a) & 65536) & ((a ^ a) ^ (b <= 4294967296)))
)py",
       Start::Function,
       {Def2, Return, BitAnd, BitAnd, Mul, NameB, NameA, Big65536, BitXor, BitXor, NameA, NameA, LtE, NameB, Big2p32, EndBlock},
       {{{"7", "-10"}, "0"}, {{"5", "-9"}, "0"}, {{"-8", "0"}, "0"}, {{"0", "18446744073709551616"}, "0"}}},
      {R"py(def func():
    while ((9 ^ 0) // (9 & 5)):
        return ((6 == 5) != (8 if 0 else 4) <= (5 * 7))
    return min((8 ^ 2), (5 and 3))
)py",
       Start::Function,
       {Def0, While, FloorDiv, BitXor, Const9, Const0, BitAnd, Const9, Const5, Return, Chain, NotEq, LtE, Eq, Const6, Const5, IfExp, Const0, Const8, Const4, Mul, Const5, Const7, EndBlock, Return, Min, BitXor, Const8, Const2, And, Const5, Const3, EndBlock},
       {{{}, "True"}}},
      {R"py(def func(a, b):
    if a:
        if ((9 if b else b) // (8 + 2)):
            d = (6 if (not (3 << a)) else (b // b))
        else:
            return abs(a)
        a &= min(a, a)
    return (9 <= b)
)py",
       Start::Function,
       {Def2, If, NameA, IfElse, FloorDiv, IfExp, NameB, Const9, NameB, Add, Const8, Const2, Assign, NameD, IfExp, Not, LShift, Const3, NameA, Const6, FloorDiv, NameB, NameB, EndBlock, Return, Abs, NameA, EndBlock, AugAssign, NameA, BitAnd, Min, NameA, NameA, EndBlock, Return, LtE, Const9, NameB, EndBlock},
       {{{"-1", "6"}, "1"}, {{"-6", "9"}, "6"}, {{"-7", "-3"}, "7"}, {{"18446744073709551616", "1"}, "18446744073709551616"}}},
      {R"py(def func():
    return ((65536 << 7) ^ (8 if 8 else 7))
)py",
       Start::Function,
       {Def0, Return, BitXor, LShift, Big65536, Const7, IfExp, Const8, Const8, Const7, EndBlock},
       {{{}, "8388616"}}},
      {R"py(def func(a, b, c):
    if ((127 > 4) ^ (-c)):
        return (b // c)
    return (a > b)
)py",
       Start::Function,
       {Def3, If, BitXor, Gt, Big127, Const4, Neg, NameC, Return, FloorDiv, NameB, NameC, EndBlock, Return, Gt, NameA, NameB, EndBlock},
       {{{"4", "-9", "-2147483648"}, "0"}, {{"-9223372036854775808", "6", "-8"}, "-1"}, {{"6", "7", "0"}, "ZeroDivisionError"}, {{"-9", "-10", "-1"}, "True"}}},
      {R"py(def func():
    if (abs(65536) or (5 | 4)):
        for d in range(7):
            continue
        if 8:
            e = (0 // 4)
            e >>= (7 >> e)
    else:
        if ((9223372036854775808 * 4) - 9):
            f = 9
            f *= (f and 3)
    return
)py",
       Start::Function,
       {Def0, IfElse, Or, Abs, Big65536, BitOr, Const5, Const4, For, NameD, Const7, Continue, EndBlock, If, Const8, Assign, NameE, FloorDiv, Const0, Const4, AugAssign, NameE, RShift, RShift, Const7, NameE, EndBlock, EndBlock, If, Sub, Mul, Big2p63, Const4, Const9, Assign, NameF, Const9, AugAssign, NameF, Mul, And, NameF, Const3, EndBlock, EndBlock, ReturnNone, EndBlock},
       {{{}, "None"}}},
      {R"py(def func(a, b):
    if min((~b), (3 < b != b)):
        return (~((a | b) | a))
    return ((0 | a) % (-b))
)py",
       Start::Function,
       {Def2, If, Min, Invert, NameB, Chain, Lt, NotEq, Const3, NameB, NameB, Return, Invert, BitOr, BitOr, NameA, NameB, NameA, EndBlock, Return, Mod, BitOr, Const0, NameA, Neg, NameB, EndBlock},
       {{{"-6", "2"}, "5"}, {{"5", "7"}, "-8"}, {{"-6", "-6"}, "0"}, {{"-9", "9"}, "0"}}},
      {R"py(def func(a, b, c):
    if max(128, (6 >> a)):
        return 9
    while c:
        return (c if ((b == 8) > (b ^ a)) else ((a if c else 5) if (c + a) else c))
    return ((b & a) - (b | 128))
)py",
       Start::Function,
       {Def3, If, Max, Big128, RShift, Const6, NameA, Return, Const9, EndBlock, While, NameC, Return, IfExp, Gt, Eq, NameB, Const8, BitXor, NameB, NameA, NameC, IfExp, Add, NameC, NameA, IfExp, NameC, NameA, Const5, NameC, EndBlock, Return, Sub, BitAnd, NameB, NameA, BitOr, NameB, Big128, EndBlock},
       {{{"-7", "2", "6"}, "ValueError"}, {{"9223372036854775808", "5", "1"}, "9"}, {{"-2", "-8", "6"}, "ValueError"}, {{"-7", "-9223372036854775808", "5"}, "ValueError"}}},
      {R"py(def func(a):
    for d in range(5):
        for d in range((d <= 1)):
            d = (((d * 2) * d) == a > ((d if 9 else a) == (1 >> a)))
    if (a and 6):
        return
    for e in range(8):
        break
    return ((4294967295 if 2 else a) // (a // 6))
)py",
       Start::Function,
       {Def1, For, NameD, Const5, For, NameD, LtE, NameD, Const1, Assign, NameD, Chain, Eq, Gt, Mul, Mul, NameD, Const2, NameD, NameA, Eq, IfExp, Const9, NameD, NameA, RShift, Const1, NameA, EndBlock, EndBlock, If, And, NameA, Const6, ReturnNone, EndBlock, For, NameE, Const8, Break, EndBlock, Return, FloorDiv, IfExp, Const2, Big2p32m1, NameA, FloorDiv, NameA, Const6, EndBlock},
       {{{"-6"}, "None"}, {{"-10"}, "None"}, {{"-5"}, "None"}, {{"-4"}, "None"}}},
      {R"py(def func(a, b):
    if (a * (18446744073709551615 < b)):
        if ((b + 7) << (a - a)):
            d = b
            d = (1 if a else 7)
        else:
            e = (b | (a * b))
        for f in range(7):
            g = (-(7 % 8))
            a <<= (f << b)
    else:
        for h in range(0):
            i = h
)py",
       Start::Function,
       {Def2, IfElse, Mul, NameA, Lt, Big2p64m1, NameB, IfElse, LShift, Add, NameB, Const7, Sub, NameA, NameA, Assign, NameD, NameB, Assign, NameD, IfExp, NameA, Const1, Const7, EndBlock, Assign, NameE, BitOr, NameB, Mul, NameA, NameB, EndBlock, For, NameF, Const7, Assign, NameG, Neg, Mod, Const7, Const8, AugAssign, NameA, LShift, LShift, NameF, NameB, EndBlock, EndBlock, For, NameH, Const0, Assign, NameI, NameH, EndBlock, EndBlock, EndBlock},
       {{{"10", "2"}, "None"}, {{"9223372036854775808", "7"}, "None"}, {{"1", "-8"}, "None"}, {{"8", "7"}, "None"}}},
      {R"py(def func(a):
    if 5:
        return
    return (a or (a // a))
)py",
       Start::Function,
       {Def1, If, Const5, ReturnNone, EndBlock, Return, Or, NameA, FloorDiv, NameA, NameA, EndBlock},
       {{{"-6"}, "None"}, {{"8"}, "None"}, {{"7"}, "None"}, {{"-4"}, "None"}}},
      {R"py(def func():
    while ((7 <= 9223372036854775807 != 0) <= 9):
        if (2147483647 >= abs(5)):
            d = (8 + 2)
            d = ((~(d if 8 else d)) >> 2)
        else:
            return ((8 // 7) & 8)
    return
)py",
       Start::Function,
       {Def0, While, LtE, Chain, LtE, NotEq, Const7, Big2p63m1, Const0, Const9, IfElse, GtE, Big2p31m1, Abs, Const5, Assign, NameD, Add, Const8, Const2, Assign, NameD, RShift, Invert, IfExp, Const8, NameD, NameD, Const2, EndBlock, Return, BitAnd, FloorDiv, Const8, Const7, Const8, EndBlock, EndBlock, ReturnNone, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func(a, b, c):
    if 9:
        return
    for d in range(10):
        for d in range((a and d)):
            d = 2147483648
            e = 8
            continue
    return b
)py",
       Start::Function,
       {Def3, If, Const9, ReturnNone, EndBlock, For, NameD, Const10, For, NameD, And, NameA, NameD, Assign, NameD, Big2p31, Assign, NameE, Const8, Continue, EndBlock, EndBlock, Return, NameB, EndBlock},
       {{{"9223372036854775807", "5", "-3"}, "None"}, {{"10", "-9", "-3"}, "None"}, {{"2", "1", "-3"}, "None"}, {{"-2147483648", "10", "10"}, "None"}}},
      {R"py(def func(a, b, c):
    return ((a >= c) | min(0, 3))
)py",
       Start::Function,
       {Def3, Return, BitOr, GtE, NameA, NameC, Min, Const0, Const3, EndBlock},
       {{{"18446744073709551616", "10", "-5"}, "1"}, {{"2147483647", "-1", "-1"}, "1"}, {{"2", "-1", "8"}, "0"}, {{"4", "-2147483648", "5"}, "0"}}},
      {R"py(def func(a, b, c):
    if ((c == b) > (a if 8 else b)):
        return ((c + 4294967296) + (b < b))
    if ((-0) == (6 <= a)):
        return a
    else:
        return 6
    return
)py",
       Start::Function,
       {Def3, If, Gt, Eq, NameC, NameB, IfExp, Const8, NameA, NameB, Return, Add, Add, NameC, Big2p32, Lt, NameB, NameB, EndBlock, IfElse, Eq, Neg, Const0, LtE, Const6, NameA, Return, NameA, EndBlock, Return, Const6, EndBlock, ReturnNone, EndBlock},
       {{{"-2", "-2", "8"}, "4294967304"}, {{"2147483648", "6", "-9"}, "6"}, {{"3", "-10", "-3"}, "3"}, {{"2", "9", "7"}, "2"}}},
      {R"py(def func(a, b, c):
    return (((1 ^ 256) if (~b) else (b << b)) and ((c >= c > a) | (9223372036854775807 - b)))
)py",
       Start::Function,
       {Def3, Return, And, IfExp, Invert, NameB, BitXor, Const1, Big256, LShift, NameB, NameB, BitOr, Chain, GtE, Gt, NameC, NameC, NameA, Sub, Big2p63m1, NameB, EndBlock},
       {{{"-5", "-8", "-6"}, "9223372036854775815"}, {{"2", "3", "-5"}, "9223372036854775804"}, {{"-9223372036854775808", "-4", "-6"}, "9223372036854775811"}, {{"-1", "5", "2"}, "9223372036854775803"}}},
      {R"py(def func(a):
    for d in range(a):
        a <<= ((d - d) if abs(d) else (a != a))
        for d in range((a == a)):
            e = d
        for d in range(4):
            d = 255
    return ((~10) >> (a * 9))
)py",
       Start::Function,
       {Def1, For, NameD, NameA, AugAssign, NameA, LShift, IfExp, Abs, NameD, Sub, NameD, NameD, NotEq, NameA, NameA, For, NameD, Eq, NameA, NameA, Assign, NameE, NameD, EndBlock, For, NameD, Const4, Assign, NameD, Big255, EndBlock, EndBlock, Return, RShift, Invert, Const10, Mul, NameA, Const9, EndBlock},
       {{{"-3"}, "ValueError"}, {{"-10"}, "ValueError"}, {{"18446744073709551616"}, "step_limit"}, {{"6"}, "-1"}}},
      {R"py(def func(a, b, c):
    if max((b < 5 != a), (c >> c)):
        return (a >= a == b)
    return (b & c)
)py",
       Start::Function,
       {Def3, If, Max, Chain, Lt, NotEq, NameB, Const5, NameA, RShift, NameC, NameC, Return, Chain, GtE, Eq, NameA, NameA, NameB, EndBlock, Return, BitAnd, NameB, NameC, EndBlock},
       {{{"-9223372036854775808", "-2", "2"}, "False"}, {{"-3", "8", "-6"}, "ValueError"}, {{"10", "-6", "1"}, "False"}, {{"9223372036854775808", "5", "1"}, "1"}}},
      {R"py(def func(a):
    return ((a // (0 <= a)) * ((a if 6 else 6) ^ 8))
)py",
       Start::Function,
       {Def1, Return, Mul, FloorDiv, NameA, LtE, Const0, NameA, BitXor, IfExp, Const6, NameA, Const6, Const8, EndBlock},
       {{{"-6"}, "ZeroDivisionError"}, {{"0"}, "0"}, {{"0"}, "0"}, {{"2"}, "20"}}},
      {R"py(def func(a, b):
    d = b
    d += ((b << 4) == (d <= b))
    e = (a ^ (4 <= 6))
    b ^= 2
    return e
)py",
       Start::Function,
       {Def2, Assign, NameD, NameB, AugAssign, NameD, Add, Eq, LShift, NameB, Const4, LtE, NameD, NameB, Assign, NameE, BitXor, NameA, LtE, Const4, Const6, AugAssign, NameB, BitXor, Const2, Return, NameE, EndBlock},
       {{{"-3", "6"}, "-4"}, {{"6", "8"}, "7"}, {{"-4", "-3"}, "-3"}, {{"6", "8"}, "7"}}},
      {R"py(def func():
    d = 7
    e = (((4 | d) % (d ^ d)) % d)
    for d in range(7):
        return (d + d)
    return
)py",
       Start::Function,
       {Def0, Assign, NameD, Const7, Assign, NameE, Mod, Mod, BitOr, Const4, NameD, BitXor, NameD, NameD, NameD, For, NameD, Const7, Return, Add, NameD, NameD, EndBlock, ReturnNone, EndBlock},
       {{{}, "ZeroDivisionError"}}},
      {R"py(def func():
    while min((-3), (0 >> 0)):
        for d in range(2):
            e = d
            return (e if d else (e if d else d))
        for f in range(3):
            g = f
    return (7 if 9 else 8)
)py",
       Start::Function,
       {Def0, While, Min, Neg, Const3, RShift, Const0, Const0, For, NameD, Const2, Assign, NameE, NameD, Return, IfExp, NameD, NameE, IfExp, NameD, NameE, NameD, EndBlock, For, NameF, Const3, Assign, NameG, NameF, EndBlock, EndBlock, Return, IfExp, Const9, Const7, Const8, EndBlock},
       {{{}, "0"}}},
      {R"py(def func():
    return (((10 % 2) if e else (0 * 7)) if ((6 % 7) << (256 * 0)) else (~(0 if 18446744073709551616 else 9)))
)py",
       Start::Function,
       {Def0, Return, IfExp, LShift, Mod, Const6, Const7, Mul, Big256, Const0, IfExp, NameE, Mod, Const10, Const2, Mul, Const0, Const7, Invert, IfExp, Big2p64, Const0, Const9, EndBlock},
       {{{}, "NameError"}}},
      {R"py(def func(a, b):
    if b:
        return (2 * 127)
    return b
)py",
       Start::Function,
       {Def2, If, NameB, Return, Mul, Const2, Big127, EndBlock, Return, NameB, EndBlock},
       {{{"1", "-2147483648"}, "254"}, {{"-4", "2"}, "254"}, {{"-1", "2"}, "254"}, {{"7", "-10"}, "254"}}},
      {R"py(def func(a, b):
    return (((2147483648 >> 9223372036854775807) == (a <= b <= a) != (2147483647 >> b)) == ((65535 * 8) if (8 > b) else (0 if b else a)) <= min(9, a))
)py",
       Start::Function,
       {Def2, Return, Chain, Eq, LtE, Chain, Eq, NotEq, RShift, Big2p31, Big2p63m1, Chain, LtE, LtE, NameA, NameB, NameA, RShift, Big2p31m1, NameB, IfExp, Gt, Const8, NameB, Mul, Big65535, Const8, IfExp, NameB, Const0, NameA, Min, Const9, NameA, EndBlock},
       {{{"4294967296", "9"}, "False"}, {{"2", "8"}, "False"}, {{"-8", "1"}, "False"}, {{"9223372036854775808", "2"}, "False"}}},
      {R"py(def func():
    d = (-6)
    d = 7
    return (2147483647 * 18446744073709551616)
)py",
       Start::Function,
       {Def0, Assign, NameD, Neg, Const6, Assign, NameD, Const7, Return, Mul, Big2p31m1, Big2p64, EndBlock},
       {{{}, "39614081238685424723062423552"}}},
      {R"py(def func(a, b):
    for d in range((a - a)):
        a ^= (65536 or ((b - 9) >> (b ^ d)))
        b |= a
    if (b * a):
        e = (b < a)
    return
)py",
       Start::Function,
       {Def2, For, NameD, Sub, NameA, NameA, AugAssign, NameA, BitXor, Or, Big65536, RShift, Sub, NameB, Const9, BitXor, NameB, NameD, AugAssign, NameB, BitOr, NameA, EndBlock, If, Mul, NameB, NameA, Assign, NameE, Lt, NameB, NameA, EndBlock, ReturnNone, EndBlock},
       {{{"-2147483648", "-10"}, "None"}, {{"7", "-5"}, "None"}, {{"0", "1"}, "None"}, {{"-2", "0"}, "None"}}},
      {R"py(def func(a, b):
    if abs((b & 1)):
        if ((b + b) if (a != 2147483647) else (a - 9223372036854775807)):
            d = 3
            e = min((5 >> a), 128)
            f = (not (e * d))
    return (-(10 % b))
)py",
       Start::Function,
       {Def2, If, Abs, BitAnd, NameB, Const1, If, IfExp, NotEq, NameA, Big2p31m1, Add, NameB, NameB, Sub, NameA, Big2p63m1, Assign, NameD, Const3, Assign, NameE, Min, RShift, Const5, NameA, Big128, Assign, NameF, Not, Mul, NameE, NameD, EndBlock, EndBlock, Return, Neg, Mod, Const10, NameB, EndBlock},
       {{{"9223372036854775808", "10"}, "0"}, {{"-1", "8"}, "-2"}, {{"-9", "5"}, "ValueError"}, {{"3", "4"}, "-2"}}},
      {R"py(def func():
    for d in range(9223372036854775807):
        d //= (((65536 if 10 else d) + (7 - d)) % 5)
        while (~(d and 7)):
            d = min((9 <= 2), 0)
        while ((4294967296 >= d) if (4294967296 | d) else 8):
            e = d
            return 9223372036854775808
    return
)py",
       Start::Function,
       {Def0, For, NameD, Big2p63m1, AugAssign, NameD, FloorDiv, Mod, Add, IfExp, Const10, Big65536, NameD, Sub, Const7, NameD, Const5, While, Invert, And, NameD, Const7, Assign, NameD, Min, LtE, Const9, Const2, Const0, EndBlock, While, IfExp, BitOr, Big2p32, NameD, GtE, Big2p32, NameD, Const8, Assign, NameE, NameD, Return, Big2p63, EndBlock, EndBlock, ReturnNone, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func():
    if 5:
        return max((a > 9), abs(7))
    d = 2
    return (not 128)
)py",
       Start::Function,
       {Def0, If, Const5, Return, Max, Gt, NameA, Const9, Abs, Const7, EndBlock, Assign, NameD, Const2, Return, Not, Big128, EndBlock},
       {{{}, "NameError"}}},
      {R"py(def func(a):
    for d in range(0):
        for d in range((2 == a > d)):
            d = 255
        for c in range(9):
            return a
    for e in range(min(256, 9)):
        while (abs(e) >> (a | 1)):
            f = (5 >= 7)
            f = ((8 + e) & 3)
    return a
)py",
       Start::Function,
       {Def1, For, NameD, Const0, For, NameD, Chain, Eq, Gt, Const2, NameA, NameD, Assign, NameD, Big255, EndBlock, For, NameC, Const9, Return, NameA, EndBlock, EndBlock, For, NameE, Min, Big256, Const9, While, RShift, Abs, NameE, BitOr, NameA, Const1, Assign, NameF, GtE, Const5, Const7, Assign, NameF, BitAnd, Add, Const8, NameE, Const3, EndBlock, EndBlock, Return, NameA, EndBlock},
       {{{"-9223372036854775808"}, "ValueError"}, {{"9"}, "9"}, {{"5"}, "5"}, {{"2"}, "step_limit"}}},
      {R"py(def func():
    for d in range(3):
        if (max(d, 128) if max(8, d) else (not d)):
            d = (d == d)
)py",
       Start::Function,
       {Def0, For, NameD, Const3, If, IfExp, Max, Const8, NameD, Max, NameD, Big128, Not, NameD, Assign, NameD, Eq, NameD, NameD, EndBlock, EndBlock, EndBlock},
       {{{}, "None"}}},
      {R"py(def func():
    if ((7 >> 6) ^ (3 <= d)):
        for d in range(7):
            return d
        while ((4 if 8 else 9) // (65536 ^ 10)):
            e = f
    return ((3 // 4) < (9 and 8))
)py",
       Start::Function,
       {Def0, If, BitXor, RShift, Const7, Const6, LtE, Const3, NameD, For, NameD, Const7, Return, NameD, EndBlock, While, FloorDiv, IfExp, Const8, Const4, Const9, BitXor, Big65536, Const10, Assign, NameE, NameF, EndBlock, EndBlock, Return, Lt, FloorDiv, Const3, Const4, And, Const9, Const8, EndBlock},
       {{{}, "UnboundLocalError"}}},
      {R"py(def func(a):
    for d in range(2):
        if ((d if d else 5) == a):
            continue
        else:
            return ((d * 2) < d)
        if ((d <= a) == d):
            d = (3 * 5)
        if ((d == d) >> (a if d else 7)):
            e = ((-d) + (a == 9223372036854775808))
    return 9
)py",
       Start::Function,
       {Def1, For, NameD, Const2, IfElse, Eq, IfExp, NameD, NameD, Const5, NameA, Continue, EndBlock, Return, Lt, Mul, NameD, Const2, NameD, EndBlock, If, Eq, LtE, NameD, NameA, NameD, Assign, NameD, Mul, Const3, Const5, EndBlock, If, RShift, Eq, NameD, NameD, IfExp, NameD, NameA, Const7, Assign, NameE, Add, Neg, NameD, Eq, NameA, Big2p63, EndBlock, EndBlock, Return, Const9, EndBlock},
       {{{"-1"}, "False"}, {{"-2"}, "False"}, {{"-3"}, "False"}, {{"-1"}, "False"}}},
      {R"py(def func(a):
    if ((a < a) or (10 << 0)):
        return (a + a)
    return ((10 * a) if 4 else (a >= a > 256))
)py",
       Start::Function,
       {Def1, If, Or, Lt, NameA, NameA, LShift, Const10, Const0, Return, Add, NameA, NameA, EndBlock, Return, IfExp, Const4, Mul, Const10, NameA, Chain, GtE, Gt, NameA, NameA, Big256, EndBlock},
       {{{"-9"}, "-18"}, {{"-1"}, "-2"}, {{"0"}, "0"}, {{"4"}, "8"}}},
      {R"py(def func(a, b, c):
    while c:
        if min((c if b else 2), (7 if a else b)):
            return max(7, 65536)
        else:
            d = c
            e = abs(d)
            return 10
    return ((9 if a else b) % (a >= 2))
)py",
       Start::Function,
       {Def3, While, NameC, IfElse, Min, IfExp, NameB, NameC, Const2, IfExp, NameA, Const7, NameB, Return, Max, Const7, Big65536, EndBlock, Assign, NameD, NameC, Assign, NameE, Abs, NameD, Return, Const10, EndBlock, EndBlock, Return, Mod, IfExp, NameA, Const9, NameB, GtE, NameA, Const2, EndBlock},
       {{{"7", "-3", "-3"}, "65536"}, {{"5", "9", "-9"}, "65536"}, {{"-4", "-9", "9223372036854775808"}, "65536"}, {{"-6", "-3", "6"}, "65536"}}},
      {R"py(def func():
    if 6:
        return (1 == 9)
    else:
        d = 5
        if d:
            e = ((d % 5) and d)
        else:
            f = ((d + d) // (2 + d))
        d *= 5
    return (d | 10)
)py",
       Start::Function,
       {Def0, IfElse, Const6, Return, Eq, Const1, Const9, EndBlock, Assign, NameD, Const5, IfElse, NameD, Assign, NameE, And, Mod, NameD, Const5, NameD, EndBlock, Assign, NameF, FloorDiv, Add, NameD, NameD, Add, Const2, NameD, EndBlock, AugAssign, NameD, Mul, Const5, EndBlock, Return, BitOr, NameD, Const10, EndBlock},
       {{{}, "False"}}},
      {R"py(def func(a, b, c):
    return ((b and (c != 8)) % 3)
)py",
       Start::Function,
       {Def3, Return, Mod, And, NameB, NotEq, NameC, Const8, Const3, EndBlock},
       {{{"-2", "2147483648", "3"}, "1"}, {{"7", "8", "10"}, "1"}, {{"6", "9", "2147483647"}, "1"}, {{"7", "9223372036854775808", "2"}, "1"}}},
      {R"py(def func():
    while ((3 | 10) if 9 else 2):
        return (1 > 6)
)py",
       Start::Function,
       {Def0, While, IfExp, Const9, BitOr, Const3, Const10, Const2, Return, Gt, Const1, Const6, EndBlock, EndBlock},
       {{{}, "False"}}},
      {R"py(def func():
    while (~1):
        while ((0 >= 1) > 10):
            d = (6 ^ 1)
        return (3 if 4 else f)
    return ((2 >> 0) | (7 or 2))
)py",
       Start::Function,
       {Def0, While, Invert, Const1, While, Gt, GtE, Const0, Const1, Const10, Assign, NameD, BitXor, Const6, Const1, EndBlock, Return, IfExp, Const4, Const3, NameF, EndBlock, Return, BitOr, RShift, Const2, Const0, Or, Const7, Const2, EndBlock},
       {{{}, "3"}}},
      {R"py(def func(a, b):
    for d in range(2):
        d <<= b
    if b:
        if 1:
            e = 128
            e = (not (1 and a))
        else:
            return
        if ((a if 255 else e) ^ (7 if e else 127)):
            f = (2147483648 and b)
            e = (5 | 10)
    return ((b if a else a) + 1)
)py",
       Start::Function,
       {Def2, For, NameD, Const2, AugAssign, NameD, LShift, NameB, EndBlock, If, NameB, IfElse, Const1, Assign, NameE, Big128, Assign, NameE, Not, And, Const1, NameA, EndBlock, ReturnNone, EndBlock, If, BitXor, IfExp, Big255, NameA, NameE, IfExp, NameE, Const7, Big127, Assign, NameF, And, Big2p31, NameB, Assign, NameE, BitOr, Const5, Const10, EndBlock, EndBlock, Return, Add, IfExp, NameA, NameB, NameA, Const1, EndBlock},
       {{{"-3", "2"}, "3"}, {{"0", "-2147483648"}, "ValueError"}, {{"6", "2147483648"}, "overflow"}, {{"0", "2"}, "1"}}},
      {R"py(def func(a):
    for d in range((4294967296 - a)):
        return
    return (4 if (a | a) else a)
)py",
       Start::Function,
       {Def1, For, NameD, Sub, Big2p32, NameA, ReturnNone, EndBlock, Return, IfExp, BitOr, NameA, NameA, Const4, NameA, EndBlock},
       {{{"10"}, "None"}, {{"1"}, "None"}, {{"3"}, "None"}, {{"6"}, "None"}}},
      {R"py(def func(a, b):
    while ((b <= 255 < b) - (a // a)):
        return (a and a)
    if a:
        return 3
)py",
       Start::Function,
       {Def2, While, Sub, Chain, LtE, Lt, NameB, Big255, NameB, FloorDiv, NameA, NameA, Return, And, NameA, NameA, EndBlock, If, NameA, Return, Const3, EndBlock, EndBlock},
       {{{"-9", "2"}, "-9"}, {{"2", "-4"}, "2"}, {{"1", "8"}, "1"}, {{"-6", "-9"}, "-6"}}},
      {R"py(def func(a):
    for d in range(1):
        if (d + (a <= 5)):
            e = 7
            e = ((d ^ 10) - (6 if 4 else 7))
        while ((2 if 2 else 7) + (2 == 5)):
            d //= (d * d)
            return
        f = abs((not (a if a else d)))
    for g in range((a or 10)):
        break
    return 18446744073709551615
)py",
       Start::Function,
       {Def1, For, NameD, Const1, If, Add, NameD, LtE, NameA, Const5, Assign, NameE, Const7, Assign, NameE, Sub, BitXor, NameD, Const10, IfExp, Const4, Const6, Const7, EndBlock, While, Add, IfExp, Const2, Const2, Const7, Eq, Const2, Const5, AugAssign, NameD, FloorDiv, Mul, NameD, NameD, ReturnNone, EndBlock, Assign, NameF, Abs, Not, IfExp, NameA, NameA, NameD, EndBlock, For, NameG, Or, NameA, Const10, Break, EndBlock, Return, Big2p64m1, EndBlock},
       {{{"-6"}, "ZeroDivisionError"}, {{"3"}, "ZeroDivisionError"}, {{"-4"}, "ZeroDivisionError"}, {{"8"}, "ZeroDivisionError"}}},
      {R"py(def func(a):
    if a:
        if (-a):
            return (-(a // a))
        return
    if (-(1 if a else a)):
        if min((18446744073709551615 | a), (a + a)):
            return max(a, a)
        else:
            d = (2147483648 & a)
            return (a > 0)
        return (not (-a))
    else:
        return (-a)
    return (-(9 << a))
)py",
       Start::Function,
       {Def1, If, NameA, If, Neg, NameA, Return, Neg, FloorDiv, NameA, NameA, EndBlock, ReturnNone, EndBlock, IfElse, Neg, IfExp, NameA, Const1, NameA, IfElse, Min, BitOr, Big2p64m1, NameA, Add, NameA, NameA, Return, Max, NameA, NameA, EndBlock, Assign, NameD, BitAnd, Big2p31, NameA, Return, Gt, NameA, Const0, EndBlock, Return, Not, Neg, NameA, EndBlock, Return, Neg, NameA, EndBlock, Return, Neg, LShift, Const9, NameA, EndBlock},
       {{{"8"}, "-1"}, {{"7"}, "-1"}, {{"10"}, "-1"}, {{"8"}, "-1"}}},
      {R"py(def func(a, b, c):
    return ((not (b <= c)) if a else 7)
)py",
       Start::Function,
       {Def3, Return, IfExp, NameA, Not, LtE, NameB, NameC, Const7, EndBlock},
       {{{"-3", "7", "7"}, "False"}, {{"1", "3", "-10"}, "True"}, {{"-10", "10", "-9"}, "True"}, {{"-8", "-2147483648", "-9"}, "False"}}},
      {R"py(def func():
    if 6:
        while ((-5) ^ (5 == 10)):
            d = (10 >= (7 - 7))
    return ((10 - c) + max(5, 7))
)py",
       Start::Function,
       {Def0, If, Const6, While, BitXor, Neg, Const5, Eq, Const5, Const10, Assign, NameD, GtE, Const10, Sub, Const7, Const7, EndBlock, EndBlock, Return, Add, Sub, Const10, NameC, Max, Const5, Const7, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func():
    return ((not (6 % 1)) <= ((3 != 6) + (18446744073709551615 if d else 1)))
)py",
       Start::Function,
       {Def0, Return, LtE, Not, Mod, Const6, Const1, Add, NotEq, Const3, Const6, IfExp, NameD, Big2p64m1, Const1, EndBlock},
       {{{}, "NameError"}}},
      {R"py(def func(a):
    for d in range(2):
        if abs(d):
            d = (7 - a)
            e = (min((a << d), a) if ((8 if a else 6) | (~a)) else 0)
            f = d
        for d in range(1):
            break
    return (((a & a) == (a <= a)) & ((a < 4) < (a ^ a)))
)py",
       Start::Function,
       {Def1, For, NameD, Const2, If, Abs, NameD, Assign, NameD, Sub, Const7, NameA, Assign, NameE, IfExp, BitOr, IfExp, NameA, Const8, Const6, Invert, NameA, Min, LShift, NameA, NameD, NameA, Const0, Assign, NameF, NameD, EndBlock, For, NameD, Const1, Break, EndBlock, EndBlock, Return, BitAnd, Eq, BitAnd, NameA, NameA, LtE, NameA, NameA, Lt, Lt, NameA, Const4, BitXor, NameA, NameA, EndBlock},
       {{{"2"}, "False"}, {{"5"}, "False"}, {{"4"}, "False"}, {{"18446744073709551616"}, "ValueError"}}},
      {R"py(def func(a, b, c):
    if c:
        return b
    else:
        return b
    return ((~c) if (b if 4294967295 else 5) else (c and a))
)py",
       Start::Function,
       {Def3, IfElse, NameC, Return, NameB, EndBlock, Return, NameB, EndBlock, Return, IfExp, IfExp, Big2p32m1, NameB, Const5, Invert, NameC, And, NameC, NameA, EndBlock},
       {{{"2147483648", "2", "9223372036854775807"}, "2"}, {{"-2", "18446744073709551616", "1"}, "18446744073709551616"}, {{"5", "8", "6"}, "8"}, {{"-9", "-1", "-10"}, "-1"}}},
      {R"py(def func(a, b, c):
    for d in range((not 3)):
        continue
    return (c != (a if b else b))
)py",
       Start::Function,
       {Def3, For, NameD, Not, Const3, Continue, EndBlock, Return, NotEq, NameC, IfExp, NameB, NameA, NameB, EndBlock},
       {{{"3", "6", "-1"}, "True"}, {{"-8", "-6", "-1"}, "True"}, {{"9223372036854775808", "7", "-10"}, "True"}, {{"-5", "2", "-9"}, "True"}}},
      {R"py(def func(a):
    return (((9 <= a) >> a) if (3 if (a if a else a) else (9223372036854775808 >= a)) else ((4 if a else a) >> (not a)))
)py",
       Start::Function,
       {Def1, Return, IfExp, IfExp, IfExp, NameA, NameA, NameA, Const3, GtE, Big2p63, NameA, RShift, LtE, Const9, NameA, NameA, RShift, IfExp, NameA, Const4, NameA, Not, NameA, EndBlock},
       {{{"1"}, "0"}, {{"-2"}, "ValueError"}, {{"2147483647"}, "0"}, {{"-7"}, "ValueError"}}},
      {R"py(def func(a, b):
    while (a ^ (8 <= b)):
        while b:
            return 7
        while 9:
            break
        if a:
            d = b
        else:
            break
    return (5 + b)
)py",
       Start::Function,
       {Def2, While, BitXor, NameA, LtE, Const8, NameB, While, NameB, Return, Const7, EndBlock, While, Const9, Break, EndBlock, IfElse, NameA, Assign, NameD, NameB, EndBlock, Break, EndBlock, EndBlock, Return, Add, Const5, NameB, EndBlock},
       {{{"-1", "10"}, "7"}, {{"9", "-7"}, "7"}, {{"6", "-9"}, "7"}, {{"5", "-8"}, "7"}}},
      {R"py(def func(a, b, c):
    for d in range(10):
        for e in range(d):
            e = (10 & a)
        for f in range(10):
            continue
    return ((a == a) ^ (b * 3))
)py",
       Start::Function,
       {Def3, For, NameD, Const10, For, NameE, NameD, Assign, NameE, BitAnd, Const10, NameA, EndBlock, For, NameF, Const10, Continue, EndBlock, EndBlock, Return, BitXor, Eq, NameA, NameA, Mul, NameB, Const3, EndBlock},
       {{{"9", "2", "3"}, "7"}, {{"5", "7", "9223372036854775808"}, "20"}, {{"8", "4294967296", "-10"}, "12884901889"}, {{"-10", "-2147483648", "8"}, "-6442450943"}}},
      {R"py(def func(a, b):
    if a:
        while a:
            return (((~a) & (a >> 5)) - ((b << 4294967295) + (a or b)))
        return 6
    return
)py",
       Start::Function,
       {Def2, If, NameA, While, NameA, Return, Sub, BitAnd, Invert, NameA, RShift, NameA, Const5, Add, LShift, NameB, Big2p32m1, Or, NameA, NameB, EndBlock, Return, Const6, EndBlock, ReturnNone, EndBlock},
       {{{"4", "-7"}, "overflow"}, {{"-5", "-1"}, "overflow"}, {{"-1", "10"}, "overflow"}, {{"10", "7"}, "overflow"}}},
      {R"py(def func(a):
    return (((a if 9 else 7) if (a << a) else (6 if a else a)) & a)
)py",
       Start::Function,
       {Def1, Return, BitAnd, IfExp, LShift, NameA, NameA, IfExp, Const9, NameA, Const7, IfExp, NameA, Const6, NameA, NameA, EndBlock},
       {{{"-2147483648"}, "ValueError"}, {{"-1"}, "ValueError"}, {{"1"}, "1"}, {{"18446744073709551616"}, "overflow"}}},
      {R"py(def func():
    return (7 if (5 and 7) else (-(256 << 5)))
)py",
       Start::Function,
       {Def0, Return, IfExp, And, Const5, Const7, Const7, Neg, LShift, Big256, Const5, EndBlock},
       {{{}, "7"}}},
      {R"py(def func(a):
    while (10 | (a & a)):
        for d in range(0):
            a %= (((7 > 1) - (7 > 4)) | d)
            d |= d
    if ((4 // 2) < (4 > a)):
        if ((a or a) != 2 <= 1):
            return
    else:
        return
    return a
)py",
       Start::Function,
       {Def1, While, BitOr, Const10, BitAnd, NameA, NameA, For, NameD, Const0, AugAssign, NameA, Mod, BitOr, Sub, Gt, Const7, Const1, Gt, Const7, Const4, NameD, AugAssign, NameD, BitOr, NameD, EndBlock, EndBlock, IfElse, Lt, FloorDiv, Const4, Const2, Gt, Const4, NameA, If, Chain, NotEq, LtE, Or, NameA, NameA, Const2, Const1, ReturnNone, EndBlock, EndBlock, ReturnNone, EndBlock, Return, NameA, EndBlock},
       {{{"-9"}, "step_limit"}, {{"-5"}, "step_limit"}, {{"8"}, "step_limit"}, {{"-2"}, "step_limit"}}},
      {R"py(def func():
    for d in range(1):
        while d:
            e = 9223372036854775807
    while ((9 > 1) - abs(255)):
        for c in range((3 >> 5)):
            f = (c < c <= 65536)
        for g in range(6):
            g = ((g << g) | min(g, g))
            g = (g if 0 else g)
            h = (g >> g)
)py",
       Start::Function,
       {Def0, For, NameD, Const1, While, NameD, Assign, NameE, Big2p63m1, EndBlock, EndBlock, While, Sub, Gt, Const9, Const1, Abs, Big255, For, NameC, RShift, Const3, Const5, Assign, NameF, Chain, Lt, LtE, NameC, NameC, Big65536, EndBlock, For, NameG, Const6, Assign, NameG, BitOr, LShift, NameG, NameG, Min, NameG, NameG, Assign, NameG, IfExp, Const0, NameG, NameG, Assign, NameH, RShift, NameG, NameG, EndBlock, EndBlock, EndBlock},
       {{{}, "step_limit"}}},
      {R"py(def func(a, b):
    return (((8 if b else a) > (a % b)) == (a == (8 - 3)))
)py",
       Start::Function,
       {Def2, Return, Eq, Gt, IfExp, NameB, Const8, NameA, Mod, NameA, NameB, Eq, NameA, Sub, Const8, Const3, EndBlock},
       {{{"-7", "7"}, "False"}, {{"7", "5"}, "False"}, {{"3", "1"}, "False"}, {{"7", "0"}, "ZeroDivisionError"}}},
      {R"py(def func(a, b):
    for d in range(6):
        if (d - (a | d)):
            a %= d
            d = ((b // (9 == a)) if (d - abs(b)) else b)
            d = (d << a)
        a ^= ((b % a) & (2147483647 * 4))
        continue
    return 3
)py",
       Start::Function,
       {Def2, For, NameD, Const6, If, Sub, NameD, BitOr, NameA, NameD, AugAssign, NameA, Mod, NameD, Assign, NameD, IfExp, Sub, NameD, Abs, NameB, FloorDiv, NameB, Eq, Const9, NameA, NameB, Assign, NameD, LShift, NameD, NameA, EndBlock, AugAssign, NameA, BitXor, BitAnd, Mod, NameB, NameA, Mul, Big2p31m1, Const4, Continue, EndBlock, Return, Const3, EndBlock},
       {{{"-5", "-9"}, "ZeroDivisionError"}, {{"-10", "9223372036854775807"}, "ZeroDivisionError"}, {{"5", "-5"}, "ZeroDivisionError"}, {{"-6", "-9223372036854775808"}, "ZeroDivisionError"}}},
      {R"py(def func():
    if (256 if 8 else (0 << 8)):
        return ((2 * 8) % min(6, 10))
    else:
        for d in range(8):
            e = 9223372036854775807
            c = e
            c %= (256 + (c << c))
    return ((9 >= 9223372036854775807) ^ (4 % 128))
)py",
       Start::Function,
       {Def0, IfElse, IfExp, Const8, Big256, LShift, Const0, Const8, Return, Mod, Mul, Const2, Const8, Min, Const6, Const10, EndBlock, For, NameD, Const8, Assign, NameE, Big2p63m1, Assign, NameC, NameE, AugAssign, NameC, Mod, Add, Big256, LShift, NameC, NameC, EndBlock, EndBlock, Return, BitXor, GtE, Const9, Big2p63m1, Mod, Const4, Big128, EndBlock},
       {{{}, "4"}}},
      {R"py(def func(a):
    for d in range(10):
        if (6 or (d & 8)):
            d &= (1 == ((a or a) and d))
    return max((256 if 3 else a), a)
)py",
       Start::Function,
       {Def1, For, NameD, Const10, If, Or, Const6, BitAnd, NameD, Const8, AugAssign, NameD, BitAnd, Eq, Const1, And, Or, NameA, NameA, NameD, EndBlock, EndBlock, Return, Max, IfExp, Const3, Big256, NameA, NameA, EndBlock},
       {{{"-10"}, "256"}, {{"2147483648"}, "2147483648"}, {{"10"}, "256"}, {{"-9"}, "256"}}},
      {R"py(def func(a, b, c):
    if ((a and c) - (not 4)):
        return (a >= b)
    return
)py",
       Start::Function,
       {Def3, If, Sub, And, NameA, NameC, Not, Const4, Return, GtE, NameA, NameB, EndBlock, ReturnNone, EndBlock},
       {{{"6", "7", "5"}, "False"}, {{"2147483648", "10", "7"}, "True"}, {{"-2", "-7", "-5"}, "True"}, {{"-9", "-3", "10"}, "False"}}},
      {R"py(def func(a, b):
    for d in range(6):
        if (not max(b, d)):
            d = b
        else:
            e = ((d ^ 0) * (d * 1))
        f = (b * ((2147483648 >> b) & a))
        if (2 << (d >= a)):
            break
    return b
)py",
       Start::Function,
       {Def2, For, NameD, Const6, IfElse, Not, Max, NameB, NameD, Assign, NameD, NameB, EndBlock, Assign, NameE, Mul, BitXor, NameD, Const0, Mul, NameD, Const1, EndBlock, Assign, NameF, Mul, NameB, BitAnd, RShift, Big2p31, NameB, NameA, If, LShift, Const2, GtE, NameD, NameA, Break, EndBlock, EndBlock, Return, NameB, EndBlock},
       {{{"4294967296", "2147483647"}, "2147483647"}, {{"4", "0"}, "0"}, {{"8", "-6"}, "ValueError"}, {{"18446744073709551616", "-5"}, "ValueError"}}},
      {R"py(def func(a, b, c):
    for d in range(0):
        b //= (4 if d else (b << (6 if 0 else a)))
        for d in range((b <= b >= a)):
            d = (~a)
    return (2147483648 if c else 1)
)py",
       Start::Function,
       {Def3, For, NameD, Const0, AugAssign, NameB, FloorDiv, IfExp, NameD, Const4, LShift, NameB, IfExp, Const0, Const6, NameA, For, NameD, Chain, LtE, GtE, NameB, NameB, NameA, Assign, NameD, Invert, NameA, EndBlock, EndBlock, Return, IfExp, NameC, Big2p31, Const1, EndBlock},
       {{{"9", "8", "-2147483648"}, "2147483648"}, {{"2147483648", "6", "9223372036854775808"}, "2147483648"}, {{"-1", "-9", "-5"}, "2147483648"}, {{"8", "10", "-10"}, "2147483648"}}},
      {R"py(def func(a, b, c):
    while (max(a, 4294967295) == a):
        for d in range(10):
            d = a
            d = ((a & c) >> (2147483648 if 3 else b))
            return (d if ((c or c) if (c & a) else b) else ((10 == b) & abs(2)))
    return ((b * 2) | (1 == 9))
)py",
       Start::Function,
       {Def3, While, Eq, Max, NameA, Big2p32m1, NameA, For, NameD, Const10, Assign, NameD, NameA, Assign, NameD, RShift, BitAnd, NameA, NameC, IfExp, Const3, Big2p31, NameB, Return, IfExp, IfExp, BitAnd, NameC, NameA, Or, NameC, NameC, NameB, NameD, BitAnd, Eq, Const10, NameB, Abs, Const2, EndBlock, EndBlock, Return, BitOr, Mul, NameB, Const2, Eq, Const1, Const9, EndBlock},
       {{{"-10", "-1", "-10"}, "-2"}, {{"-1", "-10", "4294967296"}, "-20"}, {{"4", "1", "-3"}, "2"}, {{"10", "2", "-1"}, "4"}}},
      {R"py(def func(a):
    for d in range(0):
        a //= ((~(d >> a)) + a)
        for e in range(0):
            d >>= (a != 5 < 8)
    if ((a & a) << (a - 4)):
        return ((a if 4294967295 else min(a, 4)) if a else 65535)
    return ((a < 2147483648) << (a & a))
)py",
       Start::Function,
       {Def1, For, NameD, Const0, AugAssign, NameA, FloorDiv, Add, Invert, RShift, NameD, NameA, NameA, For, NameE, Const0, AugAssign, NameD, RShift, Chain, NotEq, Lt, NameA, Const5, Const8, EndBlock, EndBlock, If, LShift, BitAnd, NameA, NameA, Sub, NameA, Const4, Return, IfExp, NameA, IfExp, Big2p32m1, NameA, Min, NameA, Const4, Big65535, EndBlock, Return, LShift, Lt, NameA, Big2p31, BitAnd, NameA, NameA, EndBlock},
       {{{"-6"}, "ValueError"}, {{"7"}, "7"}, {{"0"}, "ValueError"}, {{"1"}, "ValueError"}}},
      {R"py(def func(a):
    return (a > ((8 * a) and (a if a else a)))
)py",
       Start::Function,
       {Def1, Return, Gt, NameA, And, Mul, Const8, NameA, IfExp, NameA, NameA, NameA, EndBlock},
       {{{"-6"}, "False"}, {{"-3"}, "False"}, {{"-9"}, "False"}, {{"9"}, "False"}}},
      {R"py(def func():
    while (d >> 10):
        for c in range(8):
            d = (((7 ^ 4) & (c * 9223372036854775808)) if 65535 else ((c * c) <= (c << 2147483647)))
        return ((9223372036854775808 < 3) == (3 - 5) > min(0, 7))
    return ((5 == 6 > 1) | (7 + 8))
)py",
       Start::Function,
       {Def0, While, RShift, NameD, Const10, For, NameC, Const8, Assign, NameD, IfExp, Big65535, BitAnd, BitXor, Const7, Const4, Mul, NameC, Big2p63, LtE, Mul, NameC, NameC, LShift, NameC, Big2p31m1, EndBlock, Return, Chain, Eq, Gt, Lt, Big2p63, Const3, Sub, Const3, Const5, Min, Const0, Const7, EndBlock, Return, BitOr, Chain, Eq, Gt, Const5, Const6, Const1, Add, Const7, Const8, EndBlock},
       {{{}, "UnboundLocalError"}}},
      {R"py(def func(a):
    return ((a <= a) & (18446744073709551616 & a))
)py",
       Start::Function,
       {Def1, Return, BitAnd, LtE, NameA, NameA, BitAnd, Big2p64, NameA, EndBlock},
       {{{"3"}, "0"}, {{"-2"}, "0"}, {{"-5"}, "0"}, {{"-10"}, "0"}}},
      {R"py(def func(a, b, c):
    if 0:
        return ((4 // c) if (4 > c) else 255)
    return ((b * b) ^ max(b, b))
)py",
       Start::Function,
       {Def3, If, Const0, Return, IfExp, Gt, Const4, NameC, FloorDiv, Const4, NameC, Big255, EndBlock, Return, BitXor, Mul, NameB, NameB, Max, NameB, NameB, EndBlock},
       {{{"0", "2147483647", "6"}, "4611686016279904254"}, {{"10", "2", "-3"}, "6"}, {{"-7", "6", "3"}, "34"}, {{"-7", "-10", "-9"}, "-110"}}},
      {R"py(def func(a):
    while abs(a):
        if (not abs(9)):
            return (a and a)
        continue
    return ((a if 4294967295 else a) << (a % 0))
)py",
       Start::Function,
       {Def1, While, Abs, NameA, If, Not, Abs, Const9, Return, And, NameA, NameA, EndBlock, Continue, EndBlock, Return, LShift, IfExp, Big2p32m1, NameA, NameA, Mod, NameA, Const0, EndBlock},
       {{{"2147483648"}, "step_limit"}, {{"-5"}, "step_limit"}, {{"-9"}, "step_limit"}, {{"9"}, "step_limit"}}},
      {R"py(def func(a, b):
    d = (((2 if 9223372036854775808 else a) << min(8, 9223372036854775808)) >> (3 == (3 >> b) >= (not 2)))
    while ((d <= 4) != 3):
        return (((9 % a) & (d > a)) != ((5 and d) % (d ^ b)) <= (9 % (d // 9)))
    b >>= 9
    return 1
)py",
       Start::Function,
       {Def2, Assign, NameD, RShift, LShift, IfExp, Big2p63, Const2, NameA, Min, Const8, Big2p63, Chain, Eq, GtE, Const3, RShift, Const3, NameB, Not, Const2, While, NotEq, LtE, NameD, Const4, Const3, Return, Chain, NotEq, LtE, BitAnd, Mod, Const9, NameA, Gt, NameD, NameA, Mod, And, Const5, NameD, BitXor, NameD, NameB, Mod, Const9, FloorDiv, NameD, Const9, EndBlock, AugAssign, NameB, RShift, Const9, Return, Const1, EndBlock},
       {{{"8", "-4"}, "ValueError"}, {{"10", "4"}, "False"}, {{"-1", "2"}, "False"}, {{"-10", "-3"}, "ValueError"}}},
      {R"py(def func(a, b, c):
    while ((3 - 4294967295) == 7):
        for c in range(4):
            c = a
        return max(c, (a >> a))
)py",
       Start::Function,
       {Def3, While, Eq, Sub, Const3, Big2p32m1, Const7, For, NameC, Const4, Assign, NameC, NameA, EndBlock, Return, Max, NameC, RShift, NameA, NameA, EndBlock, EndBlock},
       {{{"5", "-7", "-4"}, "None"}, {{"-6", "0", "3"}, "None"}, {{"9", "-2", "-9"}, "None"}, {{"1", "2", "7"}, "None"}}},
      {R"py(def func(a, b, c):
    return (((2 << b) if (2147483647 > a < c) else a) if (~(b // c)) else ((b if a else 6) + c))
)py",
       Start::Function,
       {Def3, Return, IfExp, Invert, FloorDiv, NameB, NameC, IfExp, Chain, Gt, Lt, Big2p31m1, NameA, NameC, LShift, Const2, NameB, NameA, Add, IfExp, NameA, NameB, Const6, NameC, EndBlock},
       {{{"-7", "-1", "7"}, "6"}, {{"18446744073709551616", "2147483647", "-8"}, "18446744073709551616"}, {{"9", "3", "7"}, "9"}, {{"-7", "18446744073709551616", "-7"}, "-7"}}},
      {R"py(def func():
    for d in range(3):
        while (10 if (5 != d == 18446744073709551615) else d):
            return (d % ((d <= d) | (0 * 6)))
    e = (10 if ((~10) // (4 - 5)) else 5)
    return e
)py",
       Start::Function,
       {Def0, For, NameD, Const3, While, IfExp, Chain, NotEq, Eq, Const5, NameD, Big2p64m1, Const10, NameD, Return, Mod, NameD, BitOr, LtE, NameD, NameD, Mul, Const0, Const6, EndBlock, EndBlock, Assign, NameE, IfExp, FloorDiv, Invert, Const10, Sub, Const4, Const5, Const10, Const5, Return, NameE, EndBlock},
       {{{}, "0"}}},
      {R"py(def func(a):
    for d in range(6):
        for e in range((0 if 18446744073709551616 else a)):
            return ((d <= d) if (a if e else 65535) else (d << 5))
    for f in range((a >= a)):
        f //= f
    return
)py",
       Start::Function,
       {Def1, For, NameD, Const6, For, NameE, IfExp, Big2p64, Const0, NameA, Return, IfExp, IfExp, NameE, NameA, Big65535, LtE, NameD, NameD, LShift, NameD, Const5, EndBlock, EndBlock, For, NameF, GtE, NameA, NameA, AugAssign, NameF, FloorDiv, NameF, EndBlock, ReturnNone, EndBlock},
       {{{"-3"}, "ZeroDivisionError"}, {{"-3"}, "ZeroDivisionError"}, {{"-4"}, "ZeroDivisionError"}, {{"10"}, "ZeroDivisionError"}}},
      {R"py(def func():
    if ((8 + 2147483647) if min(2, 65535) else (6 >> 0)):
        if (4 <= 1):
            d = (10 >= 65536)
    if f:
        if 0:
            return ((1 << 3) << (7 + 2))
        return 0
    else:
        return 2
    return
)py",
       Start::Function,
       {Def0, If, IfExp, Min, Const2, Big65535, Add, Const8, Big2p31m1, RShift, Const6, Const0, If, LtE, Const4, Const1, Assign, NameD, GtE, Const10, Big65536, EndBlock, EndBlock, IfElse, NameF, If, Const0, Return, LShift, LShift, Const1, Const3, Add, Const7, Const2, EndBlock, Return, Const0, EndBlock, Return, Const2, EndBlock, ReturnNone, EndBlock},
       {{{}, "NameError"}}},
      {R"py(def func(a):
    if ((4 if 18446744073709551616 else 3) + (6 - a)):
        if (max(a, 8) >= a):
            b = a
        else:
            d = a
            d = (d < (9223372036854775808 < (~255)))
            return a
)py",
       Start::Function,
       {Def1, If, Add, IfExp, Big2p64, Const4, Const3, Sub, Const6, NameA, IfElse, GtE, Max, NameA, Const8, NameA, Assign, NameB, NameA, EndBlock, Assign, NameD, NameA, Assign, NameD, Lt, NameD, Lt, Big2p63, Invert, Big255, Return, NameA, EndBlock, EndBlock, EndBlock},
       {{{"-3"}, "None"}, {{"2"}, "None"}, {{"-6"}, "None"}, {{"2"}, "None"}}},
      {R"py(def func(a, b, c):
    for d in range((6 * 7)):
        for e in range((-d)):
            b ^= (abs(b) or (3 if c else b))
            return abs(a)
    return 255
)py",
       Start::Function,
       {Def3, For, NameD, Mul, Const6, Const7, For, NameE, Neg, NameD, AugAssign, NameB, BitXor, Or, Abs, NameB, IfExp, NameC, Const3, NameB, Return, Abs, NameA, EndBlock, EndBlock, Return, Big255, EndBlock},
       {{{"10", "10", "8"}, "255"}, {{"-9223372036854775808", "-7", "7"}, "255"}, {{"-2", "-2147483648", "9223372036854775808"}, "255"}, {{"-2", "-1", "-1"}, "255"}}},
      {R"py(def func(a):
    return (((4 % a) <= (4 // 3)) // 256)
)py",
       Start::Function,
       {Def1, Return, FloorDiv, LtE, Mod, Const4, NameA, FloorDiv, Const4, Const3, Big256, EndBlock},
       {{{"-4"}, "0"}, {{"10"}, "0"}, {{"-8"}, "0"}, {{"18446744073709551616"}, "0"}}},
  });
}
}  // namespace
}  // namespace pyprior::prior
