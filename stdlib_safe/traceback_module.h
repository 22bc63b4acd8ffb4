// File: stdlib_safe/traceback_module.h
//
// The native part of `traceback` (stdlib_safe/py/traceback.py). All text
// comes from moat's one traceback formatter (vm::FormatExceptionChunks and
// vm::FormatStackEntries in vm/objects/exception.h, which also print
// uncaught exceptions), so the module shows exactly what python3.11's does.
// Tracebacks are moat's frameless traceback objects; the stack is read as
// plain rows; no frame or code object is ever handed out, and the APIs
// that yield or clear frames (walk_tb, walk_stack, clear_frames,
// print_last) are withheld by name (docs/SECURITY.md).
//
// `_format(exc, chain, tb, limit, max_group_width, max_group_depth, /)`:
// the chunks of format_exception, with `tb` (a traceback or None) for exc's
// own and groups cut as TracebackException's options say.
// `_format_only(exc, /)`: those
// of format_exception_only. `_tb_rows(tb, /)` and `_stack_rows()`: the
// entries of a traceback (outermost first) and of the current stack
// (oldest first) as (filename, lineno, name, line, end_lineno, colno,
// end_colno) tuples, frames of moat's own modules left out.
// `_format_rows(rows, /)`: StackSummary.format()'s chunks for plain rows.
// Each allocates; _format and _format_only run Python code (str() of the
// exceptions and their notes).
#ifndef MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_
#define MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `traceback`: adds the native helpers, withholds
// the frame APIs, then runs the frozen module body. False with
// the body's exception pending.
bool InitTracebackModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_TRACEBACK_MODULE_H_
