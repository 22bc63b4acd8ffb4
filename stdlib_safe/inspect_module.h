// File: stdlib_safe/inspect_module.h
//
// The native part of `inspect` (stdlib_safe/py/inspect.py, the safe
// subset: signatures, the `is...` predicates, getdoc, cleandoc, getmembers,
// unwrap, get_annotations). CPython's inspect reads a function's parameters
// from its `__code__`, which moat refuses; the module's body instead gets
// private helpers, in a namespace of its own (InitFrozenCModule), so no
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
//   _mro(cls), _bases(cls): the classes along a class's MRO and its direct
//     bases, for getdoc() (a docstring inherited from a base class or an
//     overridden method) and getmembers() (names found only in a base's
//     namespace, an Enum's `name` and `value`), which use them and never
//     return a class they found this way.
//   _method_self(method): what a bound method of a Python function is
//     bound to (`__self__`, which scripts may not read), None for anything
//     else: getdoc() looks up the method's name on its class.
//   _module_global(func, name): what the module namespace of a Python
//     function binds to `name` (None if nothing): where getdoc() finds a
//     method's class by its `__qualname__`, as CPython's reads it from
//     sys.modules.
//   _generated_signature(func): for a function of moat's own modules (the
//     generated `__init__` of a dataclass, `__new__` of a namedtuple), the
//     value of the free variable `__moat_signature__` of its closure, which
//     notes the parameters CPython's generated function has; None for any
//     other function (a script's code is never of moat's own modules, so
//     no script can forge the note, and closures are refused, so none
//     reads it).
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
