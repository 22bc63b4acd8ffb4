// File: stdlib_safe/builtins.h
//
// The builtins namespace of a moat interpreter: CPython 3.11's built-in
// functions, types, constants and exception classes, minus what the sandbox
// leaves out on purpose (vm/sandbox_policy.h: open, eval, exec, compile,
// __import__, globals, input, ...; the interpreter loop raises "name 'open'
// is not available in the sandbox" for those), minus id() (it would expose
// addresses) and, for now, setattr/delattr. There is no __name__,
// __build_class__ or __import__ in the namespace.
//
// Every function parses its arguments with CPython's exact rules and error
// texts (vm/args.h or the quick checks for METH_O-style functions) and
// behaves as CPython 3.11's Python/bltinmodule.c. The lazy builtins
// (enumerate, zip, map, filter, reversed) are types: builtin_iterators.h.
//
// Example:
//   vm::Interp::Options options;
//   options.install_builtins = stdlib::InstallBuiltins;
//   vm::Interp vm(std::move(options));
#ifndef MOAT_STDLIB_SAFE_BUILTINS_H_
#define MOAT_STDLIB_SAFE_BUILTINS_H_

#include "vm/interp.h"
#include "vm/objects/dict.h"

namespace moat::stdlib {

// Fills `builtins` (the interpreter's builtins dict). False with MemoryError
// pending if an allocation was refused. Called once per interpreter, from
// Interp's constructor through Options::install_builtins.
bool InstallBuiltins(vm::Interp& vm, vm::DictObject* builtins);

// abs(x) (PyNumber_Absolute): the type's __abs__, or CPython's "bad operand
// type for abs(): 'str'". Shared by the builtin and operator.abs.
vm::Value NumberAbsolute(vm::Interp& vm, vm::Value x);

// `isinstance(obj, classinfo)` as CPython's C modules check types: a plain
// class by obj's real type only (PyObject_TypeCheck: PyDate_Check,
// PyDec_Check...), so a script's object claiming another `__class__` is not
// taken for a date; an ABC still decides through its __instancecheck__ (as
// PyObject_IsInstance, which the C code calls for numbers.Rational). The
// Python modules standing in for C modules bind it as their `isinstance`
// (InitFrozenCModule, datetime_module.h).
extern const vm::MethodDef kTypeCheckIsinstanceDef;

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_BUILTINS_H_
