// File: stdlib_safe/weakref_module.h
//
// `_weakref`, the native core of `weakref` (stdlib_safe/py/weakref.py), as
// CPython 3.11's Modules/_weakref.c: `ref` (`ReferenceType`), `proxy`,
// `ProxyType`, `CallableProxyType`, `getweakrefcount(obj)` and
// `getweakrefs(obj)`. The types and the clearing of dead references are
// the VM's (vm/objects/weakref.h, vm/gc.cc); the containers, WeakMethod
// and finalize are Python in weakref.py.
#ifndef MOAT_STDLIB_SAFE_WEAKREF_MODULE_H_
#define MOAT_STDLIB_SAFE_WEAKREF_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `_weakref` module (registry.cc). False with an exception
// pending if an allocation was refused.
bool InitWeakrefCoreModule(vm::Interp& vm, vm::ModuleObject* module);
// The registry's init for `weakref`: lends the body `_method_parts`, a
// bound method's object and function for WeakMethod (only for the
// script's own objects: a bound method's `__self__` is withheld), which
// the body keeps in a closure and deletes, then runs the frozen body.
bool InitWeakrefModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_WEAKREF_MODULE_H_
