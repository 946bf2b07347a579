#include "tests/support/cpython_oracle.hpp"

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "prior/codec.hpp"
#include "tests/support/cpython_oracle_script.hpp"

namespace pyprior::test_support {
namespace {

// An owned reference.
class Ref {
 public:
  explicit Ref(PyObject* object) : object_(object) {}
  Ref(Ref&& other) noexcept : object_(std::exchange(other.object_, nullptr)) {}
  Ref& operator=(Ref&&) = delete;
  ~Ref() { Py_XDECREF(object_); }
  PyObject* get() const { return object_; }
  explicit operator bool() const { return object_ != nullptr; }

 private:
  PyObject* object_;
};

// The pending Python exception as "TypeName: message", cleared.
std::string take_python_error() {
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  PyErr_NormalizeException(&type, &value, &traceback);
  Ref owned_type(type), owned_value(value), owned_traceback(traceback);
  std::string text = type ? reinterpret_cast<PyTypeObject*>(type)->tp_name : "unknown error";
  if (value) {
    Ref message(PyObject_Str(value));
    if (message) text += std::string(": ") + PyUnicode_AsUTF8(message.get());
  }
  PyErr_Clear();
  return text;
}

// The oracle script's globals, in an interpreter started on first use.
PyObject* oracle_globals() {
  static PyObject* const globals = [] {
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    const PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
      throw std::runtime_error(std::string("cannot start CPython: ") + (status.err_msg ? status.err_msg : "?"));
    PyObject* dict = PyDict_New();
    PyDict_SetItemString(dict, "__builtins__", PyEval_GetBuiltins());
    Ref name(PyUnicode_FromString("pyprior_oracle"));
    PyDict_SetItemString(dict, "__name__", name.get());
    Ref result(PyRun_String(kCPythonOracleScript, Py_file_input, dict, dict));
    if (!result) throw std::runtime_error("the CPython oracle script failed: " + take_python_error());
    return dict;
  }();
  return globals;
}

// Calls a function of the oracle script; throws with Python's message when it raises.
Ref call_oracle(PyObject* oracle, const char* function, PyObject* arguments) {
  PyObject* callable = PyDict_GetItemString(oracle, function);  // borrowed
  Ref result(PyObject_CallObject(callable, arguments));
  if (!result) throw std::runtime_error(take_python_error());
  return result;
}

Ref python_calls(const std::vector<Call>& calls) {
  Ref list(PyList_New(static_cast<Py_ssize_t>(calls.size())));
  for (std::size_t i = 0; i < calls.size(); ++i) {
    PyObject* tuple = PyTuple_New(static_cast<Py_ssize_t>(calls[i].size()));
    for (std::size_t j = 0; j < calls[i].size(); ++j)
      PyTuple_SET_ITEM(tuple, static_cast<Py_ssize_t>(j), PyLong_FromLongLong(calls[i][j]));
    PyList_SET_ITEM(list.get(), static_cast<Py_ssize_t>(i), tuple);  // steals the tuple
  }
  return list;
}

std::string indented(const std::string& block) {
  std::string out;
  bool line_start = true;
  for (char c : block) {
    if (line_start && c != '\n') out += "    ";
    out += c;
    line_start = c == '\n';
  }
  return out;
}

}  // namespace

std::string cpython_objection(const std::string& function_source, const std::vector<Call>& calls, int max_lines) {
  PyObject* oracle = oracle_globals();
  Ref calls_list = python_calls(calls);
  Ref arguments(Py_BuildValue("(sOi)", function_source.c_str(), calls_list.get(), max_lines));
  Ref verdict = call_oracle(oracle, "objection", arguments.get());
  return PyUnicode_AsUTF8(verdict.get());
}

RunnableProgram runnable_program(std::span<const prior::Token> tokens, prior::Start start,
                                 const prior::DecodeConfig& cfg) {
  using prior::Start;
  const std::string source = prior::tokens_to_source(tokens, start);
  if (start == Start::Function || start == Start::Module)
    return {source, prior::arity_of_def(tokens.front())};
  const int arity = *std::max_element(cfg.arities.begin(), cfg.arities.end());
  std::string header = "def func(";
  for (int i = 0; i < arity; ++i) header += std::string(i ? ", " : "") + char('a' + i);
  header += "):\n";
  if (start == Start::Block) return {header + indented(source), arity};
  return {header + "    return " + source + "\n", arity};
}

std::vector<Call> small_calls(int arity) {
  const std::vector<Call> values = {{0, 0, 0}, {1, 2, 3}, {-3, 5, -1}, {7, -2, 4}};
  std::vector<Call> calls;
  for (const Call& call : values) calls.emplace_back(call.begin(), call.begin() + arity);
  return calls;
}

std::string cpython_objection(std::span<const prior::Token> tokens, prior::Start start,
                              const prior::DecodeConfig& cfg) {
  const RunnableProgram program = runnable_program(tokens, start, cfg);
  return cpython_objection(program.source, small_calls(program.arity));
}

std::vector<std::string> cpython_preorder(const std::string& source, prior::Start start) {
  PyObject* oracle = oracle_globals();
  Ref arguments(Py_BuildValue("(ss)", source.c_str(), std::string(prior::start_name(start)).c_str()));
  Ref keys = call_oracle(oracle, "preorder", arguments.get());
  std::vector<std::string> out;
  for (Py_ssize_t i = 0; i < PyList_Size(keys.get()); ++i) out.emplace_back(PyUnicode_AsUTF8(PyList_GetItem(keys.get(), i)));
  return out;
}

std::vector<std::string> token_keys(std::span<const prior::Token> tokens) {
  std::vector<std::string> keys;
  for (prior::Token t : tokens) {
    const prior::TokenInfo& row = prior::info(t);
    const bool literal = row.category == prior::Category::Constant || row.category == prior::Category::Name;
    keys.emplace_back(literal ? row.python : row.name);
  }
  return keys;
}

}  // namespace pyprior::test_support

// The embedded interpreter is never finalized (CPython cannot be restarted
// cleanly), and LeakSanitizer would report what it holds at exit as leaks:
// leaks that pass through libpython are CPython's own, not ours. LeakSanitizer
// calls this hook when the binary runs under -fsanitize=address.
extern "C" const char* __lsan_default_suppressions() { return "leak:libpython3.11.so\n"; }
