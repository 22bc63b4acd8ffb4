// The argument checks and slot-wrapper methods shared by the built-in
// types' method tables: METH_NOARGS / METH_O counts with CPython's texts,
// a class method's qualified name, the __len__/__getitem__/__contains__/
// __iter__ slot wrappers, and the `(arg,)` of __getnewargs__. Every type
// file uses them, so they belong to none (CPython spreads them over
// Python/getargs.c, Objects/descrobject.c and the type files).
//
// They raise (TypeError with CPython's text); the slot wrappers call the
// generic operations and so may run Python code.
#ifndef MOAT_VM_OBJECTS_METHOD_ARGS_H_
#define MOAT_VM_OBJECTS_METHOD_ARGS_H_

#include <string>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

// Argument checks for methods that take no arguments (METH_NOARGS) or
// exactly one (METH_O), with CPython's texts: "list.copy() takes no
// arguments (1 given)", "list.append() takes exactly one argument (0
// given)", "list.append() takes no keyword arguments". `qualname` is
// "type.method".
bool CheckMethodNoArgs(Interp& vm, CallArgs args, const char* qualname);
bool CheckMethodOneArg(Interp& vm, CallArgs args, const char* qualname);

// "D.fromkeys": a class method's texts name the class it was called on (a
// subclass too), as CPython's bound built-in methods do.
std::string ClassMethodQualname(Value cls, const char* name);

// __len__, __getitem__, __contains__ and __iter__ as methods (CPython's slot
// wrappers), for the method tables of the built-in containers, so idioms
// like key=xs.__getitem__ work. They call the generic operations (ops.h);
// wrong argument counts raise "expected 1 argument, got 0".
Value SlotWrapperLen(Interp& vm, Value self, CallArgs args);
Value SlotWrapperGetItem(Interp& vm, Value self, CallArgs args);
Value SlotWrapperContains(Interp& vm, Value self, CallArgs args);
Value SlotWrapperIter(Interp& vm, Value self, CallArgs args);

// __getitem__ of list and dict, which CPython defines as a METH_O method
// beside the slot (METH_COEXIST): "list.__getitem__() takes exactly one
// argument (0 given)". `qualname` is "list.__getitem__".
Value GetItemMethod(Interp& vm, Value self, CallArgs args, const char* qualname);

// `(arg,)`, what __getnewargs__ of int, float, str, bytes and tuple return;
// null (exception pending) when `arg` is null or the tuple cannot be made.
Value NewArgsTuple(Interp& vm, Value arg);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_METHOD_ARGS_H_
