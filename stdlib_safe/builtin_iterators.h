// The lazy builtins as iterator types: enumerate, zip, map, filter, reversed
// (declared with the other iterators in vm/objects/iterators.h, defined
// here) and callable_iterator, what iter(callable, sentinel) returns. CPython:
// Objects/enumobject.c, Python/bltinmodule.c (zip, map, filter),
// Objects/iterobject.c (calliter).
//
// Each is a type object with `construct` set, so `enumerate(x)` is a call of
// the type and isinstance(x, map) works. Every `next` charges one step of
// native work to the instruction budget.
//
// Hazards: construction calls __iter__, and `next` calls the wrapped
// iterators' __next__, the mapped/filter function, __getitem__ (reversed) or
// the callable (callable_iterator): all may run Python and collect. They
// root what they hold across those calls.
#ifndef MOAT_STDLIB_SAFE_BUILTIN_ITERATORS_H_
#define MOAT_STDLIB_SAFE_BUILTIN_ITERATORS_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::stdlib {

// "callable_iterator": not a builtin name, not constructible from Python.
extern vm::TypeObject kCallableIteratorType;

// iter(callable, sentinel); the caller has checked that `callable` is
// callable.
vm::Value NewCallableIterator(vm::Interp& vm, vm::Value callable, vm::Value sentinel);

// Initialises the static types above once per process (thread-safe).
void InitBuiltinIteratorTypes();

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_BUILTIN_ITERATORS_H_
