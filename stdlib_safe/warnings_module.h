// File: stdlib_safe/warnings_module.h
//
// The native part of `warnings` (stdlib_safe/py/warnings.py):
// `_caller(stacklevel, /)`, the place a warning is reported at, as
// CPython's setup_context finds it: the frame `stacklevel` calls above the
// Python function that called _caller (1: warn()'s caller). It returns a
// tuple (filename, lineno, module name, source line, function name, whether
// the globals have a `__name__`) of plain values (the name is None when
// they have none), or None when the stack is not that deep (CPython then
// reports "sys", line 1); a frame of moat's own modules whose line stands
// for one of a CPython frozen module gives that module's line and no source
// (vm/objects/traceback.h FrozenStandInLine). `logging` adds the same
// function to find a record's caller (logging_module.h).
// `_source_line(filename, lineno, /)`: the text of that line (without its
// line break) of the source of a running frame's code compiled under that
// filename, or None (no such frame, a line out of range, arguments of other
// types, a frame of moat's own modules, "<frozen NAME>"): what CPython's
// linecache finds for formatwarning() when the file is the script's own.
// No frame or code object is handed out. The filename is the one the host
// compiled the script under, which the uncaught-exception printout shows
// too (docs/SECURITY.md).
#ifndef MOAT_STDLIB_SAFE_WARNINGS_MODULE_H_
#define MOAT_STDLIB_SAFE_WARNINGS_MODULE_H_

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// _caller's definition, for the modules whose init adds it.
extern const vm::MethodDef kCallerDef;

// The registry's init for `warnings`: adds _caller, then runs the frozen
// module body. False with the body's exception pending.
bool InitWarningsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_WARNINGS_MODULE_H_
