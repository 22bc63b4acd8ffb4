// Generators: a suspended frame owned by the generator object.
//
// The frame is created as an ordinary call; RETURN_GENERATOR moves it into
// the generator (NewGenerator). Resuming links the frame onto the current
// chain as an entry frame and runs the loop on it (a nested RunFrame: each
// active generator costs one level of C++ recursion, guarded by
// EnterNative); YIELD_VALUE unlinks it again. A generator also saves the
// "exception being handled" state across suspensions, as CPython's
// gi_exc_state does.
//
// Semantics follow CPython 3.11's Objects/genobject.c (gen_send_ex2,
// _gen_throw, gen_close, _PyGen_yf):
//   - send/next resume at the yield with a value; throw/close resume with
//     an exception pending, raised at the yield (RunFrame's throwflag), so
//     the generator's try/except/finally see it.
//   - While suspended in `yield from` (the next instruction is RESUME with
//     oparg >= 2 and the sub-iterator is the top of the frame's stack),
//     throw and close are passed on to the sub-iterator first.
//   - close() raises GeneratorExit at the yield; a generator that yields
//     again gets "RuntimeError: generator ignored GeneratorExit".
//   - Coroutines and async generators (vm/objects/coroutine.h) share this
//     engine; the texts name the kind ("coroutine already executing"), a
//     finished coroutine refuses to run again ("cannot reuse already
//     awaited coroutine"), and an async generator's return is
//     StopAsyncIteration.
//   - A resumption refused at the recursion limit or the native depth
//     guard finishes the generator, as CPython 3.11 clears a frame that
//     fails at its start.
//
// Finalization: a generator made by a call whose result goes straight into
// GET_ITER (`for x in gen():`, a comprehension over `gen()`) is held only by
// that loop, so when the loop drops it early (break, return, an exception)
// it is closed right there (`loop_owned`, CloseDroppedLoopGenerators).
// Other generators whose code has a handler are registered as finalizable
// and closed when they become unreachable while suspended where close()
// runs code (close_runs_code); one suspended anywhere else closes without
// running anything (GeneratorExit unwinds no handler), so dropping it
// needs no finalizer, as one never started needs none (vm/finalize.h).
//
// GC: the generator traces its frame whenever it owns one; while the frame
// runs it is also on the frame chain (tracing twice is harmless). A frame
// that is suspended while the generator is "running" (delegating a
// throw/close to its sub-iterator) is therefore still traced.
#ifndef MOAT_VM_OBJECTS_GENERATOR_H_
#define MOAT_VM_OBJECTS_GENERATOR_H_

#include <cstdint>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct Frame;
struct StrObject;

extern TypeObject kGeneratorType;
// Coroutines and async generators are GeneratorObjects of these types
// (vm/objects/coroutine.h): one frame-owning object, one resumption engine.
extern TypeObject kCoroutineType;
extern TypeObject kAsyncGeneratorType;

// kRunning: executing, or delegating throw/close to its sub-iterator (both
// make a re-entrant send/throw/close raise "generator already executing").
enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kFinished };

struct GeneratorObject : Object {
  Frame* frame;  // owned buffer of frame_bytes; nullptr once finished
  size_t frame_bytes;
  GeneratorState state;
  StrObject* name;      // __name__ (assignable, a str)
  StrObject* qualname;  // __qualname__ (assignable, a str)
  // The exception its own except blocks handle, kept while it is suspended
  // (None when none is open: Frame::open_handlers).
  Value saved_handled_exception;
  // While it runs: the exception being handled where it was resumed, which
  // shows through when it handles none of its own.
  Value resumer_handled_exception;
  // Made by a call whose result went straight into GET_ITER, so the one
  // reference is that loop's iterator slot (or a comprehension's hidden
  // `.0`, which no code can copy): dropping the slot drops the generator.
  bool loop_owned;
  // Registered with the heap as finalizable (its code has exception
  // handlers, so close() may run code, or it is a coroutine, which warns
  // when dropped unstarted) and not yet finished or finalized
  // (vm/finalize.h).
  bool finalizable;
  // Suspended where close() runs code: its YIELD_VALUE lies in a range of
  // its exception table (a try, a with, an async for), or it delegates
  // (`yield from`, `await`) to an iterator whose close() may (one that is
  // not a generator, or a generator for which this holds). Set at each
  // yield, cleared while it runs and once it ends; a registered generator
  // counts in Heap::prompt_finalizables() exactly while it is set.
  bool close_runs_code;
  // A generator whose function types.coroutine marked (CPython's
  // CO_ITERABLE_COROUTINE on its code): awaitable, may `yield from` a
  // coroutine.
  bool iterable_coroutine;
  // Async generators (PyAsyncGenObject): closed by aclose() or exhaustion,
  // and an asend/athrow awaitable is driving it (ag_running).
  bool ag_closed;
  bool ag_running_async;
};

// A generator, coroutine or async generator (one object layout).
inline bool IsGeneratorObjectType(const TypeObject* t) {
  return t == &kGeneratorType || t == &kCoroutineType || t == &kAsyncGeneratorType;
}
inline bool IsAnyGenerator(Value v) {
  return v.is_object() && IsGeneratorObjectType(v.object()->type);
}

inline bool IsLoopOwnedGenerator(Value v) {
  return HasType(v, &kGeneratorType) && static_cast<GeneratorObject*>(v.object())->loop_owned;
}

// What a resumption ended with.
enum class GenResult { kYielded, kReturned, kError };

// RETURN_GENERATOR: a new generator owning a copy of `frame` (which stays
// where it is; the caller pops it), to resume at `resume_at` with the
// value stack up to `sp`. nullptr with MemoryError pending.
GeneratorObject* NewGenerator(Interp& vm, Frame* frame, const uint16_t* resume_at, Value* sp);

// Resumes `gen` sending `value` (None for next()). On kYielded/kReturned
// *out is the yielded/returned value; on kError an exception is pending.
// Runs Python code.
GenResult GeneratorSend(Interp& vm, GeneratorObject* gen, Value value, Value* out);

// gen_send_ex2: resumes `gen` with `arg` pushed, or with the pending
// exception raised at its suspension point when `exc`. `closing`: called by
// close(), so a finished coroutine is not an error. Runs Python code.
GenResult GeneratorSendEx(Interp& vm, GeneratorObject* gen, Value arg, bool exc, bool closing,
                          Value* out);

// gen_send_ex: GeneratorSendEx with a return turned into StopIteration (or,
// for an async generator, StopAsyncIteration). Null with it pending.
Value GeneratorSendValue(Interp& vm, GeneratorObject* gen, Value arg, bool exc, bool closing);

// _gen_throw: `close_on_genexit` false for async generators' athrow/aclose,
// which let the awaited object see GeneratorExit. Runs Python code.
Value GeneratorThrowEx(Interp& vm, GeneratorObject* gen, bool close_on_genexit, Value typ,
                       Value val, Value tb);

// _PyGen_yf: what a suspended generator is delegating to (`yield from`,
// `await`), or Null.
Value GeneratorYieldFrom(GeneratorObject* gen);

// gen.throw(typ[, val[, tb]]) (`val`, `tb` Null when not given): the value
// the generator yields next, or Null with an exception pending (StopIteration
// when it returns). Runs Python code.
Value GeneratorThrow(Interp& vm, GeneratorObject* gen, Value typ, Value val, Value tb);

// gen.close(): None, or Null with an exception pending. Runs Python code.
Value GeneratorClose(Interp& vm, GeneratorObject* gen);

// The value-stack slots [from, to) are being dropped (POP_TOP of a `for`
// loop's iterator on break or return, or an exception unwinding past the
// loop): closes each loop-owned suspended generator among them, topmost
// first, as CPython's _PyGen_Finalize does when the last reference goes.
// An exception pending on entry stays pending; an error from close() is
// dropped (CPython prints it as "Exception ignored"). The caller's saved
// stack pointer must still cover [from, to). False only when a budget
// limit was hit (its error is then pending). Runs Python code.
bool CloseDroppedLoopGenerators(Interp& vm, Value* from, Value* to);

// Shared by the generator-like types' tables (vm/objects/coroutine.cc):
// send/throw/close with the type's name in their argument errors, the name
// getters, the running/suspended getters, the refusal of frames and code,
// and the setattr of __name__/__qualname__.
Value GenSendMethod(Interp& vm, Value self, CallArgs args);
Value GenThrowMethod(Interp& vm, Value self, CallArgs args);
Value GenCloseMethod(Interp& vm, Value self, CallArgs args);
Value GenGetName(Interp& vm, Value self, CallArgs args);
Value GenGetQualname(Interp& vm, Value self, CallArgs args);
Value GenGetRunning(Interp& vm, Value self, CallArgs args);
Value GenGetSuspended(Interp& vm, Value self, CallArgs args);
Value GenRefused(Interp& vm, std::string_view name);
int GeneratorSetAttr(Interp& vm, Value self, StrObject* name, Value value);
// gi_frame, gi_code, gi_yieldfrom and their cr_/ag_ spellings.
bool IsRefusedGeneratorAttr(std::string_view name);
void GeneratorTrace(Object* o, GcTracer& t);
void GeneratorFinalize(Heap& heap, Object* o);

void InitGeneratorType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_GENERATOR_H_
