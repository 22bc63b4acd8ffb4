// File: stdlib_safe/traceback_module.h
//
// The native part of `traceback` (stdlib_safe/py/traceback.py): the text
// of an exception as moat's uncaught-exception printer writes it
// (vm::FormatException, the one printer), so format_exc(),
// format_exception() and print_exc() show exactly what python3.11's
// traceback module shows. Scripts get text only: no traceback, frame or
// code object is ever handed out, and the APIs that take or return them
// (extract_tb, walk_tb, format_stack, FrameSummary...) are withheld by name
// (docs/SECURITY.md).
//
// `_format(exc, chain, /)`: the whole printout as one str (its caller
// splits it into CPython's chunks). `_format_only(exc, /)`: the
// "Type: message" line and the notes. Both run Python code (str() of the
// exceptions and their notes) and allocate.
#ifndef MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_
#define MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `traceback`: adds _format and _format_only,
// withholds the frame APIs, then runs the frozen module body. False with
// the body's exception pending.
bool InitTracebackModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_
