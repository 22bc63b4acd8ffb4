// The bytecode interpreter: entry points into the loop (vm/interpreter.cc).
#ifndef MOAT_VM_INTERPRETER_H_
#define MOAT_VM_INTERPRETER_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct Frame;
struct FunctionObject;
struct CodeObject;
struct DictObject;

// Whether a call of a function with kCodeFlagCTypeSelf checks its first
// argument against the code's owner (CheckCTypeSelf). A C type's slot
// function called as the slot may get an operand of another type first
// (a ternary nb_power), so that call skips the check.
enum class CTypeSelfCheck { kApply, kSkip };

// Calls a Python function from native code: binds the arguments into a new
// entry frame and runs the loop until it returns. Runs Python code.
Value CallPythonFunction(Interp& vm, FunctionObject* function, CallArgs args,
                         CTypeSelfCheck self_check = CTypeSelfCheck::kApply);

// Calls `callable` with positional `args` and the keywords of dict `kwargs`
// as CPython's PyObject_Call does from C code: a key that is not a str
// raises "keywords must be strings" unless the callee takes the dict as it
// is (operator.methodcaller's call). Runs Python code.
Value CallWithKeywordDict(Interp& vm, Value callable, TupleObject* args, DictObject* kwargs);

// Runs a class body (the function a class statement compiles to) with `ns`
// as its namespace. Returns the body's value: the __class__ cell or None.
Value RunClassBody(Interp& vm, FunctionObject* body, DictObject* ns);

// Runs a module-level code object with the given namespaces.
Value RunModule(Interp& vm, CodeObject* code, DictObject* globals, DictObject* locals);

// Runs the loop on `frame`, which must already be the current frame and
// marked is_entry. Returns the frame's return/yield value, or Null with the
// exception pending. With `throwflag` (generator.throw/close), the pending
// exception is raised in the frame at the instruction it was suspended on,
// before anything executes: CPython's `resume_with_error`.
Value RunFrame(Interp& vm, Frame* frame, bool throwflag = false);

// The "exception being handled" (sys.exc_info()[1] in CPython); None when
// there is none.
Value& HandledException(Interp& vm);

// Sets __context__ of the newly raised `exc` to the exception being handled
// (CPython's _PyErr_SetObject chaining, breaking a cycle through the chain).
// With `overwrite` (a `raise` statement, an exception thrown into a
// generator that is handling one) a context `exc` already has is replaced,
// as _PyErr_SetObject does; otherwise a native maker's context is kept
// (PEP 479's RuntimeError keeps its StopIteration).
void ChainContext(Interp& vm, Value exc, bool overwrite = false);

}  // namespace moat::vm

#endif  // MOAT_VM_INTERPRETER_H_
