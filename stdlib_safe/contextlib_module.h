// File: stdlib_safe/contextlib_module.h
//
// The native part of `contextlib` (stdlib_safe/py/contextlib.py): the
// module's init withholds, by name, what CPython's contextlib has that
// touches the host, `chdir` (it changes the process's working directory),
// so that `contextlib.chdir`, `getattr(contextlib, 'chdir')` and
// `from contextlib import chdir` raise "AttributeError: 'contextlib.chdir'
// is not available in the sandbox" (docs/SECURITY.md) instead of a plain
// "has no attribute".
#ifndef MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_
#define MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `contextlib`. False with the body's exception
// pending.
bool InitContextlibModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_
