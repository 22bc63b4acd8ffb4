// Exceptions: the built-in hierarchy (one static type per CPython built-in
// exception, declared once in MOAT_EXCEPTION_TYPES) and exception instances.
//
// A traceback is recorded as plain (code, instruction) pairs while the
// exception unwinds; scripts cannot reach frames through it.
#ifndef MOAT_VM_OBJECTS_EXCEPTION_H_
#define MOAT_VM_OBJECTS_EXCEPTION_H_

#include <string>
#include <string_view>
#include <vector>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct TupleObject;
struct CodeObject;
struct DictObject;

// X(Name, Base). Order matters: a base comes before its subclasses.
#define MOAT_EXCEPTION_TYPES(X)                              \
  X(BaseException, Object)                                   \
  X(BaseExceptionGroup, BaseException)                       \
  X(GeneratorExit, BaseException)                            \
  X(KeyboardInterrupt, BaseException)                        \
  X(SystemExit, BaseException)                               \
  X(Exception, BaseException)                                \
  X(ArithmeticError, Exception)                              \
  X(FloatingPointError, ArithmeticError)                     \
  X(OverflowError, ArithmeticError)                          \
  X(ZeroDivisionError, ArithmeticError)                      \
  X(AssertionError, Exception)                               \
  X(AttributeError, Exception)                               \
  X(BufferError, Exception)                                  \
  X(EOFError, Exception)                                     \
  X(ExceptionGroup, Exception)                               \
  X(ImportError, Exception)                                  \
  X(ModuleNotFoundError, ImportError)                        \
  X(LookupError, Exception)                                  \
  X(IndexError, LookupError)                                 \
  X(KeyError, LookupError)                                   \
  X(MemoryError, Exception)                                  \
  X(NameError, Exception)                                    \
  X(UnboundLocalError, NameError)                            \
  X(OSError, Exception)                                      \
  X(BlockingIOError, OSError)                                \
  X(ChildProcessError, OSError)                              \
  X(ConnectionError, OSError)                                \
  X(BrokenPipeError, ConnectionError)                        \
  X(ConnectionAbortedError, ConnectionError)                 \
  X(ConnectionRefusedError, ConnectionError)                 \
  X(ConnectionResetError, ConnectionError)                   \
  X(FileExistsError, OSError)                                \
  X(FileNotFoundError, OSError)                              \
  X(InterruptedError, OSError)                               \
  X(IsADirectoryError, OSError)                              \
  X(NotADirectoryError, OSError)                             \
  X(PermissionError, OSError)                                \
  X(ProcessLookupError, OSError)                             \
  X(TimeoutError, OSError)                                   \
  X(ReferenceError, Exception)                               \
  X(RuntimeError, Exception)                                 \
  X(NotImplementedError, RuntimeError)                       \
  X(RecursionError, RuntimeError)                            \
  X(StopAsyncIteration, Exception)                           \
  X(StopIteration, Exception)                                \
  X(SyntaxError, Exception)                                  \
  X(IndentationError, SyntaxError)                           \
  X(TabError, IndentationError)                              \
  X(SystemError, Exception)                                  \
  X(TypeError, Exception)                                    \
  X(ValueError, Exception)                                   \
  X(UnicodeError, ValueError)                                \
  X(UnicodeDecodeError, UnicodeError)                        \
  X(UnicodeEncodeError, UnicodeError)                        \
  X(UnicodeTranslateError, UnicodeError)                     \
  X(Warning, Exception)                                      \
  X(BytesWarning, Warning)                                   \
  X(DeprecationWarning, Warning)                             \
  X(EncodingWarning, Warning)                                \
  X(FutureWarning, Warning)                                  \
  X(ImportWarning, Warning)                                  \
  X(PendingDeprecationWarning, Warning)                      \
  X(ResourceWarning, Warning)                                \
  X(RuntimeWarning, Warning)                                 \
  X(SyntaxWarning, Warning)                                  \
  X(UnicodeWarning, Warning)                                 \
  X(UserWarning, Warning)

#define MOAT_DECLARE_EXCEPTION_TYPE(name, base) extern TypeObject k##name##Type;
MOAT_EXCEPTION_TYPES(MOAT_DECLARE_EXCEPTION_TYPE)
#undef MOAT_DECLARE_EXCEPTION_TYPE

// The error a spent budget raises (vm/budget.cc). It is no builtin name and
// cannot be caught: once a limit fires the loop runs no handler.
extern TypeObject kLimitExceededType;

struct TracebackEntry {
  CodeObject* code;
  uint32_t instr;  // code unit index of the failing instruction
};

struct ExceptionObject : Object {
  TupleObject* args;
  Value cause;    // Null or None: no cause
  Value context;  // Null: no context
  bool suppress_context;
  Value value;    // StopIteration.value; SystemExit.code; ImportError.msg
  // AttributeError.name and .obj, NameError.name, ImportError.name and
  // .path (in `obj`); Null: unset, read as None. A failed attribute lookup
  // or name load fills them in, as CPython does, and the uncaught-exception
  // printout uses them for its "Did you mean" suggestion
  // (vm/objects/exception_suggest.cc); a failed import sets ImportError.name.
  Value name;
  Value obj;
  // Attributes a script set on an instance of a built-in exception type
  // (`e.detail = ...`, add_note's __notes__); nullptr until the first. An
  // instance of a user subclass keeps them in its instance dict instead.
  DictObject* dict;
  // Traceback, innermost last as recorded while unwinding outward.
  TracebackEntry* tb;
  size_t tb_size;
  size_t tb_capacity;
};

inline bool IsException(Value v) {
  return v.is_object() && (v.object()->type->type_flags & kTypeException) != 0;
}
bool IsExceptionType(Value v);

// New instance of exception `type` with `args`. nullptr on MemoryError.
ExceptionObject* NewException(Interp& vm, TypeObject* type, TupleObject* args);
// Appends a traceback entry (no-op if out of memory: tracebacks are best
// effort and never mask the exception).
void ExceptionAddTraceback(Interp& vm, ExceptionObject* exc, CodeObject* code, uint32_t instr);
// How many traceback entries `exc` holds, and dropping the newest ones
// down to `depth`: what CPython does by assigning a saved __traceback__
// back (contextlib's __exit__ after throwing into its generator). Scripts
// see only the effect on the printed traceback, never the entries.
size_t ExceptionTracebackDepth(const ExceptionObject* exc);
void ExceptionTruncateTraceback(ExceptionObject* exc, size_t depth);
// Assigning (`value` not Null) or deleting one of the data attributes
// CPython's exceptions define (args, __cause__, __context__,
// __suppress_context__, StopIteration.value, SystemExit.code, the name,
// obj, path and msg members), with CPython's checks. 0 done, -1 error, 1
// when `name` is none of them.
int ExceptionSetMember(Interp& vm, Value exc, std::string_view name, Value value);
// After a failed lookup of attribute `name` on `obj`: a pending
// AttributeError whose name and obj are both unset gets them (CPython's
// set_attribute_error_context).
void SetAttributeErrorContext(Interp& vm, Value obj, StrObject* name);
// After raising a NameError for `name` (not for UnboundLocalError, as in
// CPython 3.11): records it as the exception's name.
void SetNameErrorName(Interp& vm, StrObject* name);
// Replaces the pending exception with a new `type`(message) whose
// __cause__ and __context__ it becomes (CPython _PyErr_FormatFromCause).
// A spent budget's LimitExceeded stays pending as it is. Returns Null.
Value RaiseFromCause(Interp& vm, TypeObject* type, std::string_view message);

// TypeError for an exception class whose call made `made`, not an
// exception: "calling <class 'E'> should have returned an instance of
// BaseException, not ...". `raise` shows the type of `made` by its repr
// (do_raise), gen.throw() by its name (_PyErr_CreateException). Null.
Value RaiseNotExceptionInstance(Interp& vm, Value type, Value made, bool made_type_repr);
// str(exc) as CPython computes it (BaseException_str, KeyError_str...).
Value ExceptionStr(Interp& vm, Value exc);
// "Traceback (most recent call last):\n ... Type: message\n", with the chain
// of __cause__/__context__ exceptions first (unless `chain` is false), as
// CPython prints it; `suggest` adds the "Did you mean" python3.11's C
// printer shows after an AttributeError or NameError (Lib/traceback.py's
// text, which the traceback module gives, has none in 3.11). Runs Python
// code (str() of the exceptions and notes).
std::string FormatException(Interp& vm, Value exc, bool chain = true, bool suggest = true);
// Only the last part of that: "Type: message\n" and the notes (a
// SyntaxError's location lines first), as format_exception_only gives it,
// without a suggestion.
std::string FormatExceptionOnly(Interp& vm, Value exc);
// `except target:` validation: an exception class or a tuple of them, else
// TypeError (false).
bool CheckExceptTarget(Interp& vm, Value target);
// Whether exception `exc` is an instance of the checked `target`.
bool ExceptionMatchesTarget(Value exc, Value target);
// The ". Did you mean: 'x'?" that python3.11 prints after the message of
// an uncaught AttributeError or NameError, or "" (exception_suggest.cc).
std::string ExceptionSuggestion(Interp& vm, Value exc);
// The source line `line` (1-based) of `source` as the file holds it,
// without its line break ("" past the end).
std::string_view RawSourceLine(std::string_view source, int32_t line);
// The qualified name used in the last line (e.g. "ZeroDivisionError").
std::string ExceptionTypeName(TypeObject* type);

void InitExceptionTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_H_
