// Traceback objects without frames: what `e.__traceback__`,
// `sys.exc_info()[2]` and `__exit__`'s third argument give a script.
//
// CPython's traceback is a linked list of (frame, instruction, line)
// entries, newest-outermost first: each frame an exception unwinds through
// puts a new entry in front (PyTraceBack_Here). moat keeps the same list
// but each entry holds only the code object and the instruction, never a
// frame, so nothing reachable from a traceback leads to a frame, its
// locals, globals or builtins: `tb_frame` is refused like `gi_frame`, and
// the code object is not exposed either (no attribute hands it out).
// Holding no frame, a traceback keeps less alive than CPython's does.
//
// Entries are immutable but `tb_next`, which a script may reassign as in
// CPython (with its loop check). The type is named 'traceback' and cannot
// be called (CPython's needs a frame: vm/sandbox_policy.h).
#ifndef MOAT_VM_OBJECTS_TRACEBACK_H_
#define MOAT_VM_OBJECTS_TRACEBACK_H_

#include <cstdint>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct CodeObject;

extern TypeObject kTracebackType;

struct TracebackObject : Object {
  TracebackObject* next;  // toward the innermost entry (tb_next); may be nullptr
  CodeObject* code;       // the entry's code; never exposed to scripts
  uint32_t instr;         // code unit index of the instruction (tb_lasti / 2)
  // 0, or the line of the code CPython generates from a string (dataclasses'
  // methods, made by exec) that this entry of a moat module's function
  // stands for: the entry is then shown as `File "<string>", line N`.
  int32_t generated_line;
};

inline bool IsTraceback(Value v) { return v.is_object() && v.object()->type == &kTracebackType; }

// A new entry in front of `next` (PyTraceBack_Here). Allocates; nullptr on
// MemoryError (pending).
TracebackObject* NewTraceback(Interp& vm, TracebackObject* next, CodeObject* code, uint32_t instr);

// The source line number of an entry (tb_lineno): for a frozen module's
// stand-in line, the line CPython shows.
int32_t TracebackLine(const TracebackObject* tb);

// Frames of moat's own frozen modules: tracebacks and stacks shown to a
// script leave them out, as CPython shows no frame for its C modules.
bool IsHiddenCode(const CodeObject* code);

// The line CPython shows for line `line` of `code` when `code` is a moat
// module's and that line stands for one of a module CPython freezes into
// its binary: tracebacks show such a frame as `File "<frozen NAME>", line
// N, in NAME` without source, and moat's module says which line N its own
// line is by a trailing comment "# frozen line N" (py/_collections_abc.py,
// whose mixin methods call the script's dunders), or the whole function's
// by one on its def line (py/abc.py's ABCMeta methods, each a single line
// in CPython). 0 for any other line.
int32_t FrozenStandInLine(const CodeObject* code, int32_t line);

// An entry of a frozen module's frame left out of tracebacks: one of a
// hidden code not standing for generated code (generated_line) nor for a
// line of a CPython frozen module (FrozenStandInLine).
bool IsHiddenEntry(const TracebackObject* tb);

// The file name CPython gives code compiled from a string by exec.
inline constexpr char kGeneratedFilename[] = "<string>";

// Makes the newest entry of `exc`'s traceback, which must be the entry of
// the frame running now and that frame a frozen module's, stand for line
// `line` of code CPython would have generated from a string. The calling
// module catches the exception in that frame, calls this and re-raises, so
// the traceback shows what CPython's exec-made function shows. False (with
// nothing changed) when the entry is not such a frame's. Never raises.
bool MarkGeneratedEntry(Interp& vm, Value exc, int32_t line);

void InitTracebackType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_TRACEBACK_H_
