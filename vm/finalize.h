// Finalization: `__del__` and the closing of dropped generators, at the
// moments CPython's reference counting gives them.
//
// Finalizable objects are registered with the heap (Heap::
// RegisterFinalizable): each instance of a class whose MRO defines __del__
// (kTypeHasFinalizer, kept in step by FillClassSlots), each generator
// whose code has an exception handler (so close() may run a finally, an
// except or a with exit), and each coroutine (dropped unstarted, it warns
// that it was never awaited). Heap::live_finalizables() counts them; while
// it is zero none of this costs more than one branch. Of those,
// Heap::prompt_finalizables() counts the ones whose finalizer would run
// code now: the instances, and the generators and coroutines suspended
// where close() runs code (GeneratorObject::close_runs_code: inside a try
// or with block, or delegating to something whose close may run code). A
// generator never started or suspended anywhere else closes silently and
// needs no finalizer; a coroutine never started needs only its warning.
//
// Prompt finalization. Where the loop drops a reference that matters (a
// store overwriting an object, `del` of a name, attribute or item, an
// expression statement's value, a native call's arguments, a frame's
// locals when it returns, the end of an except block, a for loop's
// exhausted iterator), and something finalizable is alive, it asks
// FinalizeDropped; so do list.clear, list.remove, dict.clear and set.clear
// with the items they took out. When something is finalizable now, a
// bounded walk from the dropped value looks for such an object; when it
// may reach one, or when a dropped value is a coroutine never started or a
// list, tuple, dict or set holding one (not looked for in other objects,
// nor among a returning frame's arguments, which a callee such as a Task
// usually keeps), a collection runs with the
// dropped values as hints, and the finalizable objects it finds
// unreachable are finalized right there, in the order CPython's
// deallocation reaches them (gc.h CollectFindingDead): from the dropped
// value depth first, an object's finalizer before its contents, a list's
// or tuple's items last to first, a dict's keys and values in order; then
// cycles and older garbage in registration order.
//
// Each object is finalized once (PEP 442): it leaves the registry when it
// is found unreachable, so a __del__ that resurrects `self` is not called
// again. After each finalizer of a batch the rest are looked for again, so
// one that a finalizer made reachable is not finalized.
//
// Cost bound, deterministic: the work of those collections (references
// followed, the registry scanned, objects and bitmap words swept: gc.h) is
// charged to the instruction budget (half an instruction a unit), so
// finalizer churn pays for the collections it causes, and counted in
// Interp::finalize_work: a prompt collection runs only while that stays
// within kWorkPerInstruction per instruction executed (the instruction
// count less what these collections charged to it, Interp::
// finalize_charged, so a collection never pays for the next) plus
// kFreeWork. Past it, finalization waits for the regular collection
// (which finalizes what it finds unreachable at its safepoint) or the end;
// so does an unstarted coroutine released otherwise (inside a dropped
// object, or as a returning frame's argument).
//
// Errors: an exception escaping a finalizer is reported on the error
// stream as CPython's PyErr_WriteUnraisable does ("Exception ignored in:
// <function A.__del__ ...>" and the traceback) and dropped; an exception
// pending when a finalizer runs is kept. A spent budget ends the run as
// everywhere (the functions return false with its error pending).
#ifndef MOAT_VM_FINALIZE_H_
#define MOAT_VM_FINALIZE_H_

#include <cstddef>
#include <cstdint>

#include "vm/interp.h"
#include "vm/value.h"

namespace moat::vm {

struct CodeObject;
struct Frame;

// A bit of Object::gc_flags (after vm/object.h's and vm/gc.cc's): the
// object's class's __del__ has run. As PEP 442's finalized flag, a change
// of class (vm/objects/class_assignment.cc) or a __del__ assigned to its
// class does not register a resurrected object again.
inline constexpr uint32_t kObjFinalized = 1u << 7;

// The values [dropped, dropped + n) were just dropped (they are not roots
// any more; the caller's frame has its stack pointer saved). Finalizes
// what became unreachable through them. False only when a budget limit was
// hit. Runs Python code.
bool FinalizeDropped(Interp& vm, const Value* dropped, size_t n);

// A script's native call, or item store, that made the first weak
// reference to some of the values [values, values + n) (their entries of
// Heap::weak_lists are newer than `serial_before`, Heap::weakrefs_made
// before the call) has just dropped them: FinalizeDropped of those, so a
// temporary referred to weakly dies at once (`weakref.ref(obj.method)`,
// `weakref.proxy(C())`, `wvd[k] = C()`). Nothing is done in the code of
// moat's own modules, whose weak containers make references to values
// their callers hold. False only when a budget limit was hit. Runs Python.
bool FinalizeNewlyReferenced(Interp& vm, const Frame* frame, const Value* values, size_t n,
                             uint64_t serial_before);

// Finalizes whatever finalizable object is unreachable now (no hints), if
// anything finalizable now lives and the bound allows. False only when a
// budget limit was hit. Runs Python code.
bool FinalizeUnreachable(Interp& vm);

// The locals of a frame of `code` (a finished generator's, copied) were
// dropped: FinalizeDropped, except that an unstarted coroutine among the
// argument slots is not a reason to collect. Runs Python code.
bool FinalizeDroppedLocals(Interp& vm, const Value* locals, size_t n, const CodeObject* code);

// A frame is being left: it is no longer on the frame chain but not yet
// popped, and its locals are dropped (FinalizeDroppedLocals). `retval` (may be nullptr) is rooted
// meanwhile. False only when a budget limit was hit. Runs Python code.
bool FinalizeFrameLocals(Interp& vm, Frame* dead, Value* retval);

// Runs the finalizers a regular collection found due
// (Interp::pending_finalizers). False only when a budget limit was hit.
bool RunPendingFinalizers(Interp& vm);

// The end of the script, as CPython's interpreter exit: pending and
// unreachable finalizable objects are finalized, then those only the main
// module's namespace holds, all of them, breadth first from it (the order
// CPython's cycle collector gives when exit drops the main module: its
// names' objects in definition order, then what those hold, a list's or
// tuple's items last to first), and last whatever finalizable object is
// still alive, oldest first. Globals stay readable to the finalizers.
// False when a budget limit was hit (its error is pending). Runs Python.
bool FinalizeAtExit(Interp& vm);

}  // namespace moat::vm

#endif  // MOAT_VM_FINALIZE_H_
