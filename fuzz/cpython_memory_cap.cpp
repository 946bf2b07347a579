#include "fuzz/cpython_memory_cap.hpp"

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <array>
#include <mutex>

namespace pyprior::fuzz {
namespace {

struct CappedDomain {
  PyMemAllocatorDomain domain;
  PyMemAllocatorEx original{};
};

std::size_t cap = 0;
std::array<CappedDomain, 3> domains{{{PYMEM_DOMAIN_RAW}, {PYMEM_DOMAIN_MEM}, {PYMEM_DOMAIN_OBJ}}};

const PyMemAllocatorEx& original(void* context) { return static_cast<CappedDomain*>(context)->original; }

void* capped_malloc(void* context, std::size_t size) {
  const PyMemAllocatorEx& o = original(context);
  return size > cap ? nullptr : o.malloc(o.ctx, size);
}

void* capped_calloc(void* context, std::size_t count, std::size_t size) {
  const PyMemAllocatorEx& o = original(context);
  return size != 0 && count > cap / size ? nullptr : o.calloc(o.ctx, count, size);
}

void* capped_realloc(void* context, void* pointer, std::size_t size) {
  const PyMemAllocatorEx& o = original(context);
  return size > cap ? nullptr : o.realloc(o.ctx, pointer, size);
}

void forward_free(void* context, void* pointer) {
  const PyMemAllocatorEx& o = original(context);
  o.free(o.ctx, pointer);
}

}  // namespace

void cap_cpython_allocations(std::size_t max_bytes) {
  static std::once_flag once;
  std::call_once(once, [max_bytes] {
    cap = max_bytes;
    const PyGILState_STATE gil = PyGILState_Ensure();
    for (CappedDomain& d : domains) {
      PyMem_GetAllocator(d.domain, &d.original);
      PyMemAllocatorEx capped{&d, capped_malloc, capped_calloc, capped_realloc, forward_free};
      PyMem_SetAllocator(d.domain, &capped);
    }
    PyGILState_Release(gil);
  });
}

}  // namespace pyprior::fuzz
