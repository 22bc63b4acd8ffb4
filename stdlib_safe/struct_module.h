// File: stdlib_safe/struct_module.h
//
// The native part of `struct` (stdlib_safe/py/struct.py): pack, unpack,
// calcsize, pack_into and unpack_from over CPython 3.11's format language
// (Modules/_struct.c): byte orders `@=<>!`, repeat counts, native
// alignment, and the codes x c b B ? h H i I l L q Q n N e f d s p P (n, N
// and P only in native mode), with _struct.c's messages, including which
// ones depend on the byte order (a little-endian host uses the native
// packers for the standard codes of the same size, as CPython does, so
// `<h` says "short format requires ..." where `>h` says "'h' format
// requires ..."). Floats are packed bit-exactly: `e` with CPython's
// PyFloat_Pack2 rounding, standard `f` refusing what overflows a float.
//
// Errors are raised as the module's `error` class, which struct.py defines
// before any of these can run. The Python part adds Struct, iter_unpack
// and the format cache-free wrappers.
//
// Budgets: the output (bytes or tuple items) is charged before it is
// built; parsing the format is linear in its length. pack may run Python
// (__index__, __float__, __bool__ of the arguments).
#ifndef MOAT_STDLIB_SAFE_STRUCT_MODULE_H_
#define MOAT_STDLIB_SAFE_STRUCT_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `struct`: adds the native functions, then runs
// the frozen module body. False with the body's exception pending.
bool InitStructModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_STRUCT_MODULE_H_
