// File: stdlib_safe/builtins_introspect.h
//
// The built-ins that look at objects without giving power over them
// (docs/SECURITY.md, the introspection rule): exit() and quit() (site's
// Quitter objects, which raise SystemExit), vars(obj) and dir(obj).
//
// vars(obj) returns exactly what `obj.__dict__` gives (an instance's dict,
// a user class's read-only mappingproxy); dir(obj) lists names only, so a
// name the sandbox refuses may appear in it but getattr of it still raises.
// Without an argument both would read the caller's frame (locals()), which
// moat refuses.
#ifndef MOAT_STDLIB_SAFE_BUILTINS_INTROSPECT_H_
#define MOAT_STDLIB_SAFE_BUILTINS_INTROSPECT_H_

#include "vm/interp.h"
#include "vm/objects/dict.h"

namespace moat::stdlib {

// Adds exit, quit, vars and dir to `builtins`. False with MemoryError
// pending if an allocation was refused.
bool InstallIntrospectionBuiltins(vm::Interp& vm, vm::DictObject* builtins);

// dir(obj) (PyObject_Dir with an argument): a new sorted list of names. May
// run Python code (a user __dir__, __dict__ lookups through hooks) and so
// collect; raises as CPython does.
vm::Value DirOf(vm::Interp& vm, vm::Value obj);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_BUILTINS_INTROSPECT_H_
