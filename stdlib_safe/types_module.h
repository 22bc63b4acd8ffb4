// File: stdlib_safe/types_module.h
//
// The native part of `types` (stdlib_safe/py/types.py): before the body
// runs, the init adds `_set_type_name` (stdlib_safe/datetime_module.h) and
// `_iterable_coroutine(obj, mark=False)`, the part of types.coroutine that
// CPython does by replacing a generator function's code with one flagged
// CO_ITERABLE_COROUTINE: with `mark`, a plain generator function is marked
// (FunctionObject::iterable_coroutine) so its generators can be awaited,
// and the answer says whether `obj` is (now) a function whose calls make
// awaitable coroutines; without it, whether `obj` is a generator made by
// such a function. No code object is handed out.
#ifndef MOAT_STDLIB_SAFE_TYPES_MODULE_H_
#define MOAT_STDLIB_SAFE_TYPES_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `types`. False with the body's exception pending.
bool InitTypesModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_TYPES_MODULE_H_
