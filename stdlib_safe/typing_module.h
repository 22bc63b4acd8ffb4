// File: stdlib_safe/typing_module.h
//
// The native part of `typing` (stdlib_safe/py/typing.py), for
// get_type_hints, which CPython answers with a class's `__mro__` and the
// globals of the module an annotation was written in, both withheld from
// scripts:
// - `_annotation_sources(cls, /)`: for each user class on `cls`'s MRO, base
//   most first (CPython's reversed MRO), the pair (the class's own
//   `__annotations__` or None, its `__module__`). It gives no class object,
//   so the MRO itself stays out of reach.
// - `_module_global(module, name, default, /)`: the value `name` has where
//   annotations of `module` (a module name) are evaluated: the main
//   script's globals for '__main__', else the attribute of a module this
//   interpreter has imported and whose body has finished
//   (vm::FinishedModule; read as a script reading it would), then the
//   builtins; `default` when none has it, or when `name` is a dunder
//   (`__builtins__`). Nothing a script could not reach by naming it in its
//   own code.
// - `_lists_base(cls, base, /)`: whether `base` is one of the bases `cls`'s
//   class statement listed (CPython's `base in cls.__bases__`, with which
//   typing refuses `class X(Generic)`), a bool that shows no other base.
// - `_first_line(func, /)`: the line a Python function's `def` starts on
//   (CPython's `__code__.co_firstlineno`, which @overload keys its stubs
//   by), or None for any other callable; a number tracebacks show anyway.
// - `_caller(stacklevel, /)`, warnings' (warnings_module.h): the module of
//   the script that called TypedDict('Name', ...), for the class's
//   `__module__`.
#ifndef MOAT_STDLIB_SAFE_TYPING_MODULE_H_
#define MOAT_STDLIB_SAFE_TYPING_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `typing`: adds the natives above, then runs
// the frozen module body. False with the body's exception pending.
bool InitTypingModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_TYPING_MODULE_H_
