// File: stdlib_safe/datetime_module.h
//
// The native part of `datetime` (stdlib_safe/py/datetime.py):
// `_set_type_name(cls, name)`, which gives one of the module's classes the
// type name CPython's C module has (`datetime.date`), the name every
// built-in message about the type uses ("unsupported operand type(s) for -:
// 'datetime.date' and 'int'", "'<' not supported between instances of
// 'datetime.timedelta' and 'int'"), while `cls.__name__` stays 'date' as in
// CPython, where tp_name and __name__ differ the same way. The module body
// deletes the helper once its classes are named, so scripts never see it.
//
// And datetime's native core (InitDateTimeModule): natives over the slots of
// py/datetime.py's date, datetime and timedelta for the common case of the
// operations date loops use, each answering None for anything else so that
// the Python method that asked keeps every check and message.
#ifndef MOAT_STDLIB_SAFE_DATETIME_MODULE_H_
#define MOAT_STDLIB_SAFE_DATETIME_MODULE_H_

#include <initializer_list>

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for frozen modules whose classes take C type names
// (`datetime`: 'datetime.date'; `decimal`: 'decimal.Decimal'): adds
// _set_type_name, then runs the frozen module body. False with the body's
// exception pending.
bool InitFrozenModuleWithTypeNames(vm::Interp& vm, vm::ModuleObject* module);

// The registry's init for frozen modules standing for C modules of CPython
// (`datetime`, `decimal`): the body runs in a namespace of its own
// (ModuleObject::private_globals, as itertools'), with _set_type_name and
// the C modules' `isinstance` (kTypeCheckIsinstanceDef: the real type, not a
// claimed `__class__`), and the module shows only its dunders and the names
// of its `__all__` (without one, its names without a leading underscore).
// So no script reaches the module's helpers, and
// rebinding a name on the module changes only what scripts read from it, as
// with a C module. False with the body's exception pending.
bool InitFrozenCModule(vm::Interp& vm, vm::ModuleObject* module);

// InitFrozenCModule with `helpers` too in the body's namespace, each bound
// to the module: natives the module's Python code calls and no script sees.
bool InitFrozenCModuleWith(vm::Interp& vm, vm::ModuleObject* module,
                           std::initializer_list<const vm::MethodDef*> helpers);

// The registry's init for `datetime`: InitFrozenCModule with the native
// core's helpers, `_datetime_core` and `_field_getter` (see the banner
// "datetime's native core" in datetime_module.cc and docs/ARCHITECTURE.md):
// the constructors, arithmetic, comparisons, ordinals and field getters of
// date, datetime and timedelta in their common case, over the slots of
// py/datetime.py's classes, each leaving every other case to the Python code.
bool InitDateTimeModule(vm::Interp& vm, vm::ModuleObject* module);

// Adds only _set_type_name to `module`, for a module with its own init
// (functools: 'functools.partial'). False with MemoryError pending.
bool AddSetTypeName(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_DATETIME_MODULE_H_
