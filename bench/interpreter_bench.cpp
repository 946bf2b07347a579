// The bounded interpreter's speed: compiling a program, and calling a
// compiled one. Compare with CPython calling the same function (about
// 60-100 ns per call for the straight-line one, measured with timeit).
#include <benchmark/benchmark.h>

#include <vector>

#include "prior/interpreter.hpp"

namespace pyprior::prior {
namespace {

using enum Token;

// def func(a, b):
//     d = ((a * b) + 1)
//     if (d < 0):
//         return 0
//     return (d - a)
const std::vector<Token> kStraightLine = {Def2, Assign, NameD, Add, Mul,      NameA, NameB, Const1, If,    Lt,
                                          NameD, Const0, Return, Const0, EndBlock, Return, Sub,  NameD,  NameA, EndBlock};

// def func(a):
//     d = 0
//     for e in range(a):
//         d += (e * e)
//     return d
const std::vector<Token> kLoop = {Def1, Assign, NameD, Const0, For,  NameE, NameA, AugAssign, NameD,
                                  Add,  Mul,    NameE, NameE,  EndBlock, Return, NameD, EndBlock};

void BM_Compile(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(CompiledFunction(kStraightLine, Start::Function));
}
BENCHMARK(BM_Compile);

void BM_CallStraightLine(benchmark::State& state) {
  const CompiledFunction function(kStraightLine, Start::Function);
  const std::vector<Integer> args = {Integer(7), Integer(-3)};
  for (auto _ : state) benchmark::DoNotOptimize(function.call(args));
}
BENCHMARK(BM_CallStraightLine);

void BM_CallBigValues(benchmark::State& state) {
  const CompiledFunction function(kStraightLine, Start::Function);
  const std::vector<Integer> args = {*Integer::from_string("18446744073709551616"), Integer(-3)};
  for (auto _ : state) benchmark::DoNotOptimize(function.call(args));
}
BENCHMARK(BM_CallBigValues);

void BM_CallLoop100(benchmark::State& state) {
  const CompiledFunction function(kLoop, Start::Function);
  const std::vector<Integer> args = {Integer(100)};
  for (auto _ : state) benchmark::DoNotOptimize(function.call(args));
}
BENCHMARK(BM_CallLoop100);

}  // namespace
}  // namespace pyprior::prior
