// File: stdlib_safe/functools_module.h
//
// The native part of `functools` (stdlib_safe/py/functools.py): the type
// `_lru_cache_wrapper` that lru_cache and cache wrap a function in, as
// CPython's _functools module gives it. The type lives in the VM
// (vm/objects/lru_cache.h), because the interpreter loop runs a cached
// Python function's call as one of its own frames between the cache
// lookup and the store. And `_inline_partial_calls(cls)`, with which the body
// marks `partial` as the class whose instances the loop calls directly
// (vm/object.h kTypePartialCall); the body deletes the name.
// `_mro_positions(cls, types)` gives singledispatch the index of each of
// `types` on cls's MRO (or -1), which CPython reads from `cls.__mro__`.
#ifndef MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_
#define MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `functools`: adds _lru_cache_wrapper, then runs
// the frozen module body. False with the body's exception pending.
bool InitFunctoolsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_
