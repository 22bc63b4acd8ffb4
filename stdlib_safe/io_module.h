// File: stdlib_safe/io_module.h
//
// The native part of `io` (stdlib_safe/py/io.py, the in-memory StringIO and
// BytesIO): the module's init withholds, by name, everything CPython's io
// has that opens or wraps a file (`io.open`, `FileIO`, `TextIOWrapper`, the
// Buffered* classes...), so that `io.open`, `getattr(io, 'open')` and
// `from io import open` raise "AttributeError: 'io.open' is not available
// in the sandbox" (docs/SECURITY.md), and gives the module's classes the C
// type names CPython's have ('_io.StringIO') through _set_type_name
// (stdlib_safe/datetime_module.h).
#ifndef MOAT_STDLIB_SAFE_IO_MODULE_H_
#define MOAT_STDLIB_SAFE_IO_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `io`. False with the body's exception pending.
bool InitIoModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_IO_MODULE_H_
