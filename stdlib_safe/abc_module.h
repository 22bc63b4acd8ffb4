// File: stdlib_safe/abc_module.h
//
// The native part of `abc` (stdlib_safe/py/abc.py):
// `_set_collection_flags(cls, flags)`, which gives a user class the flags
// that make `match` treat its instances as sequences or mappings. CPython's
// _abc module does this in two places: _abc_init copies an ABC's
// `__abc_tpflags__` (collections.abc's Sequence: 1 << 5, Mapping: 1 << 6)
// into the class's tp_flags, and _abc_register gives a registered class and
// its existing subclasses the flag the ABC has, its own or inherited
// (`_collection_flags(cls)` reads it), replacing another (CPython's
// set_collection_flag_recursive; the subclasses are found in the
// interpreter's list of user classes). A class statement takes the flag of
// the first class along the new class's MRO that has one (vm/objects/type.cc).
// Only user classes change; built-in types keep the flags they were made
// with (str and bytes never match a sequence pattern).
#ifndef MOAT_STDLIB_SAFE_ABC_MODULE_H_
#define MOAT_STDLIB_SAFE_ABC_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `abc`: adds _set_collection_flags and
// _collection_flags, then runs the
// frozen module body. False with the body's exception pending.
bool InitAbcModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_ABC_MODULE_H_
