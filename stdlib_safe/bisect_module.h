// File: stdlib_safe/bisect_module.h
//
// The native part of `bisect` (stdlib_safe/py/bisect.py):
// `_search_sorted_list(a, x, lo, hi, right, /)`, the binary search of the
// common case, an exact list searched without a key. It compares only
// values whose order needs no Python code (small ints, exact floats, exact
// strs, and exact tuples of those), so it has no side effect to repeat: on
// any other pair, or bounds it does not take, it answers None and the
// Python search runs from the start with CPython's full protocol and
// errors. Judge solutions call bisect in their inner loops, where the
// Python search alone was several times slower than CPython's C.
#ifndef MOAT_STDLIB_SAFE_BISECT_MODULE_H_
#define MOAT_STDLIB_SAFE_BISECT_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `bisect`: adds _search_sorted_list, then runs the
// frozen module body. False with the body's exception pending.
bool InitBisectModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_BISECT_MODULE_H_
