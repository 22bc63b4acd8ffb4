// The methods of `object` that hand a script only what it can already
// read: `__getstate__` (its attribute dict and slot values) and `__dir__`
// (dir()'s names); and the reduce protocol and `__sizeof__`, present but
// refused when called. Entries of kObjectMethods (vm/objects/type.cc).
//
// __getstate__ may run Python code (a __slots__ iterable, __getattr__) and
// allocates; __dir__ runs what the lister runs.
#ifndef MOAT_VM_OBJECTS_OBJECT_STATE_H_
#define MOAT_VM_OBJECTS_OBJECT_STATE_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

// The names object.__dir__ (as_type false: the instance dict's, then its
// class's) or type.__dir__ (as_type true: the class's and its bases') gives
// for `obj`, unsorted, in CPython's order. dir() lives in stdlib_safe with
// CPython's tables of built-in names, so it registers this once at
// start-up; unset, both are refused.
using ObjectDirLister = Value (*)(Interp& vm, Value obj, bool as_type);
void SetObjectDirLister(ObjectDirLister lister);

Value ObjectGetStateMethod(Interp& vm, Value self, CallArgs args);
Value ObjectDirMethod(Interp& vm, Value self, CallArgs args);
// type.__dir__(): type___dir___impl's names of a class.
Value TypeDirMethod(Interp& vm, Value self, CallArgs args);
// Raise TypeError "object.__reduce_ex__() is not available in the sandbox".
Value ObjectReduceMethod(Interp& vm, Value self, CallArgs args);
Value ObjectReduceExMethod(Interp& vm, Value self, CallArgs args);
Value ObjectSizeofMethod(Interp& vm, Value self, CallArgs args);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_OBJECT_STATE_H_
