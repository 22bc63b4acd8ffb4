// File: stdlib_safe/inspect_module.h
//
// The native part of `inspect` (stdlib_safe/py/inspect.py, the safe
// subset: signatures, the `is...` predicates, getdoc, cleandoc, getmembers,
// unwrap, get_annotations). CPython's inspect reads a function's parameters
// from its `__code__`, which moat refuses; the module's body instead gets
// two private helpers, in a namespace of its own (InitFrozenCModule), so no
// script reaches them:
//   _func_params(f): for a Python function (not a C-type stand-in's method,
//     which stands for a C method), the tuple (names, posonly_count,
//     arg_count, kwonly_count, varargs_name, varkw_name, flags): the
//     parameter names in co_varnames order and the generator/coroutine
//     flags (plus 0x40000000 for code of moat's own modules), nothing else
//     of the code; None for anything else.
//   _ctor_info(cls): whether `cls.__new__` and `cls.__init__` are a user's
//     functions (the first class along the MRO that defines each is a user
//     class) and the name of the first built-in type other than object on
//     the MRO ('' for a C-type stand-in, None for none), whose signature
//     inspect's table may have:
//     what inspect._signature_from_callable learns by walking `__mro__`,
//     without handing out the MRO itself.
// The init withholds, by name, what reaches frames, code objects, source,
// globals or closures (`currentframe`, `stack`, `getsource`,
// `getclosurevars`, `getmro`...): "AttributeError: 'inspect.stack' is not
// available in the sandbox" (docs/SECURITY.md).
#ifndef MOAT_STDLIB_SAFE_INSPECT_MODULE_H_
#define MOAT_STDLIB_SAFE_INSPECT_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `inspect`. False with the body's exception pending.
bool InitInspectModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_INSPECT_MODULE_H_
