// Exceptions: the built-in hierarchy (one static type per CPython built-in
// exception, declared once in MOAT_EXCEPTION_TYPES) and exception instances.
//
// A traceback is a list of frameless TracebackObjects (code, instruction)
// that grows in front while the exception unwinds (vm/objects/traceback.h);
// scripts read it as __traceback__ but cannot reach frames through it.
#ifndef MOAT_VM_OBJECTS_EXCEPTION_H_
#define MOAT_VM_OBJECTS_EXCEPTION_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "moat/code_image.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct TupleObject;
struct CodeObject;
struct DictObject;
struct TracebackObject;

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
  // __traceback__: the outermost entry, whose tb_next chain leads to
  // where the exception was raised; nullptr reads as None.
  TracebackObject* traceback;
};

inline bool IsException(Value v) {
  return v.is_object() && (v.object()->type->type_flags & kTypeException) != 0;
}
bool IsExceptionType(Value v);

// New instance of exception `type` with `args`. nullptr on MemoryError.
ExceptionObject* NewException(Interp& vm, TypeObject* type, TupleObject* args);

// The attribute dict of `exc` (its own for a built-in exception type, the
// instance dict for a user subclass), nullptr before the first attribute.
DictObject* ExceptionDict(Value exc);

// (type(exc), args), or (type(exc), args, state) when `state` is not Null:
// the reduce tuple of BaseException.__reduce__ and its variants
// (OSError's, ImportError's). Null on MemoryError.
Value ExceptionReduceTuple(Interp& vm, Value exc, Value args, Value state);
// Puts a traceback entry for (code, instr) in front of exc's traceback, as
// PyTraceBack_Here does for the frame an exception passes (no-op if out of
// memory: tracebacks are best effort and never mask the exception).
void ExceptionAddTraceback(Interp& vm, ExceptionObject* exc, CodeObject* code, uint32_t instr);
// `exc.__traceback__` (None when it has none).
Value ExceptionTraceback(Value exc);
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
// How an exception is printed. The uncaught printer is python3.11's C one
// (pythonrun.c print_exception_recursive); `module_text` gives what
// Lib/traceback.py's TracebackException.format gives instead, which differs
// only in small ways (no "Did you mean", source lines stripped on both
// sides, a repr'd non-sequence __notes__ without a newline, no limit of
// 1000 entries).
struct ExceptionFormat {
  bool chain = true;         // follow __cause__ and __context__
  bool module_text = false;  // Lib/traceback.py's text, not the C printer's
  // traceback.py's `limit` for every traceback printed: the first `limit`
  // entries, or the last -limit when negative.
  bool has_limit = false;
  int64_t limit = 0;
  // The top exception's traceback instead of its own (format_exception's
  // `tb`): None or a traceback; Null uses its own.
  Value traceback = Value::Null();
  // Exception groups: the members shown per group (one more line says how
  // many are left out) and the nesting shown (TracebackException's
  // max_group_width and max_group_depth).
  int64_t max_group_width = 15;
  int64_t max_group_depth = 10;
  // The top exception's message as the caller already took it (a str: a
  // TracebackException's _str, taken once when it was made, as CPython
  // does), used instead of calling str() on it again; Null calls str().
  // Not for a SyntaxError, whose line shows its `msg`.
  Value top_text = Value::Null();
};
// The text python3.11 prints for exception `exc` ("Traceback (most recent
// call last):\n ... Type: message\n"), with the chain of
// __cause__/__context__ first, cut into the chunks TracebackException.format
// yields (one per header, frame, repeat line, chain message, message line
// and note line). The one traceback formatter: the uncaught printer, the
// API's ScriptError and the traceback module all come here. Runs Python
// code (str() of the exceptions and notes).
std::vector<std::string> FormatExceptionChunks(Interp& vm, Value exc, const ExceptionFormat& how);
// FormatExceptionChunks joined, as the uncaught printer (`module_text`
// false: with the "Did you mean" suggestion) or the traceback module prints.
std::string FormatException(Interp& vm, Value exc, bool chain = true, bool suggest = true);
// Only the last part: "Type: message\n" and the notes (a SyntaxError's
// location lines first), as format_exception_only yields them.
std::vector<std::string> FormatExceptionOnlyChunks(Interp& vm, Value exc,
                                                   Value top_text = Value::Null());
std::string FormatExceptionOnly(Interp& vm, Value exc);

// One entry of a stack as a traceback shows it: plain text, never a frame.
// The traceback module's FrameSummary rows and the printer's own entries
// both format through FormatStackEntries.
struct StackEntry {
  std::string filename;
  std::string lineno;       // as printed ("None" is possible for a FrameSummary)
  std::string name;
  bool has_line = false;
  std::string line;         // the source line as in the file (no newline)
  bool has_location = false;
  SourceLocation location;  // the instruction's span, for the caret line
  std::vector<std::pair<std::string, std::string>> locals;  // (name, repr), sorted
};
// The chunks for `entries` (oldest first): one per entry, a run of more
// than three identical entries (same file, line and name) shown as its first
// three and "  [Previous line repeated N more times]" (tb_print_internal,
// StackSummary.format). `module_text` strips the line on both sides as
// FrameSummary.line does; the C printer keeps trailing blanks. Pure.
std::vector<std::string> FormatStackEntries(const std::vector<StackEntry>& entries,
                                            bool module_text);
// The entries of traceback `tb` (outermost first) as a traceback shows them:
// frames of moat's own modules left out, then `has_limit`/`limit` applied
// as traceback.py's extract_tb does. Allocates nothing on the heap.
std::vector<StackEntry> TracebackStackEntries(const TracebackObject* tb, bool has_limit,
                                              int64_t limit);
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
// The qualified name used in the last line (e.g. "ZeroDivisionError",
// "mod.Outer.Inner"); with `qualname` false, a class's __name__ in place of
// its qualname ("mod.Inner"), as an unraisable exception's report has it.
std::string ExceptionTypeName(TypeObject* type, bool qualname = true);

void InitExceptionTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_H_
