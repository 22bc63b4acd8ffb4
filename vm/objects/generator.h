// Generators: a suspended frame owned by the generator object.
//
// The frame is created as an ordinary call; RETURN_GENERATOR moves it into
// the generator (vm/interpreter.cc). Resuming links the frame onto the
// current chain as an entry frame and runs the loop on it; YIELD_VALUE
// unlinks it again. A generator also saves the "exception being handled"
// state across suspensions, as CPython's gi_exc_state does.
#ifndef MOAT_VM_OBJECTS_GENERATOR_H_
#define MOAT_VM_OBJECTS_GENERATOR_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct Frame;
struct StrObject;

extern TypeObject kGeneratorType;

enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kFinished };

struct GeneratorObject : Object {
  Frame* frame;  // owned buffer of frame_bytes; nullptr once finished
  size_t frame_bytes;
  GeneratorState state;
  StrObject* name;
  StrObject* qualname;
  Value saved_handled_exception;
};

// What a resumption ended with.
enum class GenResult { kYielded, kReturned, kError };

// Resumes `gen` sending `value` (None for next()). On kYielded/kReturned
// *out is the yielded/returned value; on kError an exception is pending.
// Runs Python code.
GenResult GeneratorSend(Interp& vm, GeneratorObject* gen, Value value, Value* out);

void InitGeneratorType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_GENERATOR_H_
