#pragma once
// Shared by the harness tests: the real implementations on this machine and
// the planted-fault implementation (fixtures/planted_fault.py).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "harness/exec_backend.hpp"
#include "harness/program.hpp"
#include "tests/support/scratch_dir.hpp"

namespace pyprior::harness::testing {

inline const std::filesystem::path kFixtures = std::filesystem::path(__FILE__).parent_path() / "fixtures";
inline const std::string kPython = "/usr/bin/python3.11";

// A fresh, empty folder of this process's own, named after the running test
// (or suite, in a suite's set-up) to be found after a failure.
inline std::filesystem::path fresh_dir(const std::string& name) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const auto* suite = ::testing::UnitTest::GetInstance()->current_test_suite();
  const std::string owner = test ? test->name() : suite ? suite->name() : "suite";
  return pyprior::testing::unique_temp_dir("pyprior-harness-" + owner + "-" + name);
}

inline ExecOptions quick_exec_options(int jobs = 1) {
  return ExecOptions{.per_batch = std::chrono::milliseconds(1500),
                     .per_call = std::chrono::microseconds(1000),
                     .jobs = jobs,
                     .work_dir = {}};
}

// CPython with one planted fault: "floordiv" (// truncates), "abort" (<<
// aborts), "hang" (^ never returns).
inline ExecBackend planted_fault(const std::string& fault, ExecOptions options = quick_exec_options()) {
  return ExecBackend("planted-" + fault, {kPython, (kFixtures / "planted_fault.py").string(), fault}, options);
}

inline Program program(std::vector<prior::Token> tokens, std::vector<InputTuple> inputs) {
  return Program::from_tokens(std::move(tokens), prior::Start::Function, std::move(inputs));
}

inline InputTuple args(std::initializer_list<std::int64_t> values) {
  InputTuple tuple;
  for (std::int64_t v : values) tuple.emplace_back(v);
  return tuple;
}

}  // namespace pyprior::harness::testing
