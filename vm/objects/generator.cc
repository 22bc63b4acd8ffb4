// Generator objects: resumption, PEP 479, and the generator methods.
#include "vm/objects/generator.h"

#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

TypeObject kGeneratorType;

namespace {

void ReleaseFrame(Interp& vm, GeneratorObject* gen) {
  if (gen->frame != nullptr) {
    vm.FreeBuffer(gen->frame, gen->frame_bytes);
    gen->frame = nullptr;
  }
  gen->state = GeneratorState::kFinished;
}

}  // namespace

GenResult GeneratorSend(Interp& vm, GeneratorObject* gen, Value value, Value* out) {
  if (gen->state == GeneratorState::kRunning) {
    vm.RaiseValueError("generator already executing");
    return GenResult::kError;
  }
  if (gen->state == GeneratorState::kFinished) {
    *out = Value::None();
    return GenResult::kReturned;
  }
  if (gen->state == GeneratorState::kCreated && !value.is_none()) {
    vm.RaiseTypeError("can't send non-None value to a just-started generator");
    return GenResult::kError;
  }
  NativeDepthGuard guard(vm, " while resuming a generator");
  if (!guard.ok()) return GenResult::kError;
  if (vm.python_depth >= vm.recursion_limit) {
    vm.Raise(&kRecursionErrorType, "maximum recursion depth exceeded");
    return GenResult::kError;
  }
  Frame* frame = gen->frame;
  *frame->stack_pointer++ = value;
  frame->previous = vm.current_frame();
  frame->is_entry = true;
  frame->yielded = false;
  gen->state = GeneratorState::kRunning;
  // The generator's own "exception being handled" state is live while it runs.
  std::swap(vm.handled_exception, gen->saved_handled_exception);
  vm.current_frame_ref() = frame;
  ++vm.python_depth;
  Value result = RunFrame(vm, frame);
  std::swap(vm.handled_exception, gen->saved_handled_exception);
  if (frame->yielded) {
    --vm.python_depth;  // a yield leaves without popping the frame
    gen->state = GeneratorState::kSuspended;
    *out = result;
    return GenResult::kYielded;
  }
  ReleaseFrame(vm, gen);
  if (result.is_null()) {
    // PEP 479: a StopIteration escaping the body becomes RuntimeError.
    if (vm.ExceptionMatches(&kStopIterationType)) {
      Value stop = vm.TakeException();
      vm.Raise(&kRuntimeErrorType, "generator raised StopIteration");
      if (IsException(vm.exception())) {
        ExceptionObject* e = As<ExceptionObject>(vm.exception());
        e->cause = stop;
        e->context = stop;
        e->suppress_context = true;
      }
    }
    return GenResult::kError;
  }
  *out = result;
  return GenResult::kReturned;
}

namespace {

void GeneratorTrace(Object* o, GcTracer& t) {
  GeneratorObject* g = static_cast<GeneratorObject*>(o);
  t.VisitPtr(g->name);
  t.VisitPtr(g->qualname);
  t.Visit(g->saved_handled_exception);
  // A running generator's frame is on the frame chain and traced there.
  if (g->frame != nullptr && g->state != GeneratorState::kRunning) TraceFrame(g->frame, t);
}

void GeneratorFinalize(Heap& heap, Object* o) {
  GeneratorObject* g = static_cast<GeneratorObject*>(o);
  if (g->frame != nullptr) {
    heap.FreeBuffer(g->frame, g->frame_bytes);
    g->frame = nullptr;
  }
}

Value GeneratorIter(Interp& vm, Value self) { return self; }

Value GeneratorNext(Interp& vm, Value self) {
  Value out;
  GenResult r = GeneratorSend(vm, As<GeneratorObject>(self), Value::None(), &out);
  if (r == GenResult::kYielded) return out;
  if (r == GenResult::kError) return Value::Null();
  if (!out.is_none()) {
    TupleObject* args = NewTupleFrom(vm, &out, 1);
    if (args == nullptr) return Value::Null();
    ExceptionObject* e = NewException(vm, &kStopIterationType, args);
    if (e == nullptr) return Value::Null();
    vm.SetException(Value::FromObject(e));
  }
  return Value::Null();
}

Value GeneratorRepr(Interp& vm, Value self) {
  return NewStrValue(vm, StrCat("<generator object ",
                                      As<GeneratorObject>(self)->qualname->view(), ">"));
}

Value GenSendMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "send") || !CheckPositionalCount(vm, args, "send", 1, 1)) {
    return Value::Null();
  }
  Value out;
  GenResult r = GeneratorSend(vm, As<GeneratorObject>(self), args.args[0], &out);
  if (r == GenResult::kYielded) return out;
  if (r == GenResult::kError) return Value::Null();
  TupleObject* targs = out.is_none() ? vm.empty_tuple() : NewTupleFrom(vm, &out, 1);
  if (targs == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, &kStopIterationType, targs);
  if (e == nullptr) return Value::Null();
  return vm.SetException(Value::FromObject(e));
}

// close(): finishes a suspended generator. Raising GeneratorExit inside the
// frame (so finally blocks run) comes with generator.throw (issue 3).
Value GenCloseMethod(Interp& vm, Value self, CallArgs args) {
  GeneratorObject* g = As<GeneratorObject>(self);
  if (g->state == GeneratorState::kRunning) return vm.RaiseValueError("generator already executing");
  if (g->state != GeneratorState::kFinished) ReleaseFrame(vm, g);
  return Value::None();
}

Value GenGetName(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<GeneratorObject>(self)->name);
}
Value GenGetQualname(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<GeneratorObject>(self)->qualname);
}

const MethodDef kGeneratorMethods[] = {
    {"send", GenSendMethod},
    {"close", GenCloseMethod},
    {"__name__", GenGetName, MethodKind::kGetter},
    {"__qualname__", GenGetQualname, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

void InitGeneratorType() {
  InitStaticType(&kGeneratorType, "generator", &kObjectType);
  kGeneratorType.trace = GeneratorTrace;
  kGeneratorType.finalize = GeneratorFinalize;
  kGeneratorType.iter = GeneratorIter;
  kGeneratorType.next = GeneratorNext;
  kGeneratorType.repr = GeneratorRepr;
  kGeneratorType.methods = kGeneratorMethods;
}

}  // namespace moat::vm
