#include "harness/cpython_backend.hpp"

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <mutex>

#include "prior/error.hpp"

// The embedded CPython is initialised once and never finalised (by design:
// cpython_backend.hpp), so LeakSanitizer would report its heap at exit in
// every program that links this backend.
extern "C" const char* __lsan_default_suppressions() { return "leak:libpython3\n"; }

namespace pyprior::harness {
namespace {

#ifndef PYPRIOR_PYTHON_EXECUTABLE
// The interpreter whose libpython is linked: CPython derives sys.prefix (and
// so the standard library it loads) from this path, which must not be
// resolved through PATH, where another Python may come first.
#define PYPRIOR_PYTHON_EXECUTABLE "/usr/bin/python3.11"
#endif

void initialise_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.install_signal_handlers = 0;
    config.site_import = 0;
    PyStatus status = PyConfig_SetBytesString(&config, &config.program_name, PYPRIOR_PYTHON_EXECUTABLE);
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status))
      throw prior::Error(std::string("cannot initialise the embedded CPython: ") +
                         (status.err_msg ? status.err_msg : "unknown error"));
    PyEval_SaveThread();  // let any thread take the GIL
  });
}

// A strong reference, released at scope exit.
class Ref {
 public:
  explicit Ref(PyObject* object = nullptr) : object_(object) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { Py_XDECREF(object_); }
  PyObject* get() const { return object_; }
  explicit operator bool() const { return object_ != nullptr; }

 private:
  PyObject* object_;
};

class GilLock {
 public:
  GilLock() : state_(PyGILState_Ensure()) {}
  ~GilLock() { PyGILState_Release(state_); }
  GilLock(const GilLock&) = delete;
  GilLock& operator=(const GilLock&) = delete;

 private:
  PyGILState_STATE state_;
};

std::string utf8(PyObject* text) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text, &size);
  if (!data) {
    PyErr_Clear();
    return "<unprintable>";
  }
  return std::string(data, static_cast<std::size_t>(size));
}

// The pending exception as an outcome: its type's name. Clears it.
Outcome take_exception() {
  PyObject *type = nullptr, *value = nullptr, *traceback = nullptr;
  PyErr_Fetch(&type, &value, &traceback);
  Ref type_ref(type), value_ref(value), traceback_ref(traceback);
  if (!type) return Outcome::exception("SystemError");
  Ref name(PyType_GetName(reinterpret_cast<PyTypeObject*>(type)));
  if (!name) {
    PyErr_Clear();
    return Outcome::exception(reinterpret_cast<PyTypeObject*>(type)->tp_name);
  }
  return Outcome::exception(utf8(name.get()));
}

Outcome outcome_of(PyObject* result) {
  if (!result) return take_exception();
  if (result == Py_None) return Outcome::none();
  Ref repr(PyObject_Repr(result));
  if (!repr) return take_exception();
  return Outcome::value(utf8(repr.get()));
}

PyObject* to_python(const prior::Integer& value) {
  if (value.fits_int64()) return PyLong_FromLongLong(value.to_int64());
  const std::string digits = value.to_string();
  return PyLong_FromString(digits.c_str(), nullptr, 10);
}

Outcome call(PyObject* function, const InputTuple& args) {
  Ref tuple(PyTuple_New(static_cast<Py_ssize_t>(args.size())));
  for (std::size_t i = 0; i < args.size(); ++i)
    PyTuple_SET_ITEM(tuple.get(), static_cast<Py_ssize_t>(i), to_python(args[i]));  // steals
  Ref result(PyObject_Call(function, tuple.get(), nullptr));
  return outcome_of(result.get());
}

// Compiles and executes the program in a fresh namespace, then calls `func`.
// A failure before the calls (a SyntaxError, say) is every call's outcome.
std::vector<Outcome> run_program(const Program& program) {
  Ref code(Py_CompileString(program.source.c_str(), "<pyprior>", Py_file_input));
  if (!code) return std::vector<Outcome>(program.inputs.size(), take_exception());
  Ref globals(PyDict_New());
  Ref module_name(PyUnicode_FromString("__pyprior__"));
  PyDict_SetItemString(globals.get(), "__name__", module_name.get());
  PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins());
  Ref executed(PyEval_EvalCode(code.get(), globals.get(), globals.get()));
  std::vector<Outcome> outcomes;
  if (!executed) {
    outcomes.assign(program.inputs.size(), take_exception());
  } else if (PyObject* function = PyDict_GetItemString(globals.get(), "func"); !function) {
    outcomes.assign(program.inputs.size(), Outcome::exception("NameError"));
  } else {
    outcomes.reserve(program.inputs.size());
    for (const InputTuple& args : program.inputs) outcomes.push_back(call(function, args));
  }
  // func.__globals__ is this dict, which holds func: break the cycle so the
  // namespace is freed now rather than by the cyclic collector.
  PyDict_Clear(globals.get());
  return outcomes;
}

}  // namespace

CPythonBackend::CPythonBackend() { initialise_once(); }

BatchResult CPythonBackend::run(std::span<const Program> batch) const {
  GilLock gil;
  BatchResult result;
  result.outcomes.reserve(batch.size());
  for (const Program& program : batch) result.outcomes.push_back(run_program(program));
  return result;
}

std::string CPythonBackend::version() const {
  GilLock gil;
  return Py_GetVersion();
}

}  // namespace pyprior::harness
