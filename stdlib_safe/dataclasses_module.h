// File: stdlib_safe/dataclasses_module.h
//
// The native part of `dataclasses` (stdlib_safe/py/dataclasses.py), for
// `@dataclass(slots=True)`. A class's __slots__ are fixed when it is made,
// so CPython's _add_slots makes a new class with
// `type(cls)(cls.__name__, cls.__bases__, cls_dict)` after reading the
// __slots__ of `cls.__mro__[1:-1]`. Scripts reach neither three-argument
// type() nor __mro__, so the module gets two narrow helpers instead:
//
//   _base_slots(cls, /)        [(name, slots), ...]: the `__slots__` entry of
//                              each class's own namespace on cls's MRO after
//                              cls itself, for those that have one (only
//                              user classes do); no class is handed out.
//   _remake_class(cls, ns, /)  a new class with cls's metaclass, name,
//                              qualname and bases and a copy of dict `ns`
//                              (vm::RemakeClass): nothing a class statement
//                              naming the same bases could not make.
//
// Both take user classes only; anything else raises TypeError.
// make_dataclass() uses _remake_class too: a class statement over the
// given bases, remade with the namespace types.new_class() would build.
#ifndef MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_
#define MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `dataclasses`: adds _base_slots and
// _remake_class, then runs the frozen module body. False with the body's
// exception pending.
bool InitDataclassesModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_
