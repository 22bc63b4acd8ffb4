// File: stdlib_safe/collections_abc_module.h
//
// The native part of `_collections_abc` (stdlib_safe/py/_collections_abc.py,
// the container ABCs that `collections` uses and `collections.abc` re-exports):
// `_check_methods(C, *names)`, the structural test of the one-method ABCs'
// __subclasshook__ (Iterable, Sized, Hashable, Callable...). As CPython's
// helper of the same name it looks each name up along C's MRO only: the
// class namespaces and the built-in types' tables, never the metaclass (so
// `type.__call__` does not make every class Callable, nor EnumType.__iter__
// every enum member Iterable). It answers True when every name is defined,
// NotImplemented when one is missing or set to None (`__hash__ = None`,
// and list's, dict's and set's). It hands out nothing but that answer.
#ifndef MOAT_STDLIB_SAFE_COLLECTIONS_ABC_MODULE_H_
#define MOAT_STDLIB_SAFE_COLLECTIONS_ABC_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `_collections_abc`: adds _check_methods, then runs
// the frozen module body. False with the body's exception pending.
bool InitCollectionsAbcModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_COLLECTIONS_ABC_MODULE_H_
