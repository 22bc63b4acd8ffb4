// File: vm/warnings.h
//
// Warnings the VM itself issues (CPython's PyErr_WarnEx from C: a
// `__index__` returning a strict int subclass, NotImplemented in a boolean
// context). They go through the script-visible `warnings` module, so its
// filters, `catch_warnings` and `showwarning` treat them as they treat the
// warnings of Python code, and the location is the innermost Python frame,
// as stacklevel 1 from C is in CPython.
//
// Hazards: runs Python code (the warnings module's body on first use, its
// filters and `showwarning`), so may raise and collect.
#ifndef MOAT_VM_WARNINGS_H_
#define MOAT_VM_WARNINGS_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/value.h"

namespace moat::vm {

// Issues `message` as a warning of `category` (a Warning subclass). False
// with the error pending when a filter turned it into an exception or the
// warning machinery failed. A host whose module table has no `warnings`
// gets no warnings (true, nothing done). `source`, when not null, is the
// object the warning is about (warn's `source=`): CPython's report then ends
// with a line suggesting tracemalloc.
bool WarnFromNative(Interp& vm, TypeObject* category, std::string_view message,
                    Value source = Value::Null());

// The DeprecationWarning of a conversion method (`what`: "__index__",
// "I.__float__") whose `result` is a strict subclass of `base` ("int",
// "float", "complex"): CPython 3.11 still accepts it (PyNumber_Index,
// PyNumber_Long, PyNumber_Float, try_complex_special_method). False with the
// error pending, as WarnFromNative.
bool WarnSubclassResult(Interp& vm, std::string_view what, Value result, std::string_view base);

}  // namespace moat::vm

#endif  // MOAT_VM_WARNINGS_H_
