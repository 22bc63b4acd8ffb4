// Frames: the activation record of a Python code object.
//
// Frames are not Python objects (scripts cannot reach them). A frame lives
// either in the interpreter's frame arena (ordinary calls: pushed and popped
// LIFO) or inside a GeneratorObject (generator frames outlive their call).
//
// Layout: the fixed header, then localsplus[0..nlocalsplus) (locals, cells,
// free variables), then the value stack up to code->stack_size entries.
// `stack_pointer` is saved whenever control leaves the frame's loop
// iteration (a call, a yield, a safepoint); the collector traces
// localsplus[0 .. stack_pointer).
#ifndef MOAT_VM_FRAME_H_
#define MOAT_VM_FRAME_H_

#include <cstddef>
#include <cstdint>

#include "vm/value.h"

namespace moat::vm {

class Interp;
struct CodeObject;
struct FunctionObject;
struct DictObject;
struct GeneratorObject;
class GcTracer;

// What RETURN_VALUE does with a frame's return value. Frames other than
// kPush stand for two steps of the recursion limit: the native call CPython
// makes first (_PyObject_MakeTpCall) and the frame (PopFrame).
enum class FrameReturn : uint8_t {
  kPush,  // pushed on the caller's stack
  // An __init__ the loop entered for a class call (StartPlainConstruction):
  // its caller's stack already holds the instance, so its return value is
  // checked to be None and dropped.
  kInitInstance,
  // A function a functools._lru_cache_wrapper calls (TryFrameForCachedCall
  // in vm/interpreter.cc): its caller's stack holds the wrapper and the
  // key, the value is stored in the cache under the key and replaces them.
  kCacheStore,
  // Pushed on the caller's stack, as kPush; the call holds a recursion step
  // while the frame runs, so the frame counts twice (a functools.partial
  // with keywords, which CPython calls through _PyObject_MakeTpCall:
  // TryFrameForPartialCall in vm/interpreter.cc).
  kPushAfterStep,
};

struct Frame {
  CodeObject* code;
  FunctionObject* function;  // nullptr for module and class bodies
  DictObject* globals;
  DictObject* builtins;
  DictObject* locals;  // LOAD_NAME/STORE_NAME namespace (module: globals)
  Frame* previous;
  GeneratorObject* generator;  // owner, when this is a generator's frame
  const uint16_t* next_instr;  // next code unit to execute
  Value* stack_pointer;
  const uint16_t* prev_instr;  // the instruction being executed (tracebacks)
  bool is_entry;  // the loop returns to native code when this frame exits
  bool in_arena;
  bool yielded;   // set by YIELD_VALUE so the resumer can tell a yield from a return
  FrameReturn on_return;
  // Except blocks entered and not yet left (PUSH_EXC_INFO minus
  // POP_EXCEPT): a generator with none open handles no exception of its
  // own, and shows whoever resumed it (CPython's empty gi_exc_state).
  uint16_t open_handlers;
  int32_t nlocalsplus;
  Value localsplus[1];

  Value* stack_base() { return localsplus + nlocalsplus; }
};

// Bytes needed for a frame of `code`.
size_t FrameSize(const CodeObject* code);

void TraceFrame(Frame* frame, GcTracer& tracer);

// A LIFO arena of frames, in chunks charged to the heap.
class FrameArena {
 public:
  explicit FrameArena(Interp& vm) : vm_(vm) {}
  ~FrameArena();
  // nullptr + MemoryError on refusal.
  Frame* Push(size_t bytes);
  void Pop(Frame* frame);

 private:
  struct Chunk {
    Chunk* previous;
    size_t size;
    size_t used;
    alignas(16) unsigned char data[1];
  };
  Interp& vm_;
  Chunk* top_ = nullptr;
};

}  // namespace moat::vm

#endif  // MOAT_VM_FRAME_H_
