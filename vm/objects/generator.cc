// Generator objects: creation, resumption (send/throw/close, delegation
// through `yield from`), PEP 479, and the generator methods. Mirrors
// CPython 3.11's Objects/genobject.c; see generator.h for the model.
#include "vm/objects/generator.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/traceback.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kGeneratorType;

namespace {

void ReleaseFrame(Interp& vm, GeneratorObject* gen) {
  if (gen->frame != nullptr) {
    vm.FreeBuffer(gen->frame, gen->frame_bytes);
    gen->frame = nullptr;
  }
  gen->state = GeneratorState::kFinished;
  if (gen->finalizable) {
    gen->finalizable = false;
    vm.heap().FinalizableDone(gen->close_runs_code);
  }
  gen->close_runs_code = false;
}

bool CloseWouldRunCode(Interp& vm, GeneratorObject* gen);

// Sets close_runs_code, keeping Heap::prompt_finalizables() in step.
void SetCloseRunsCode(Interp& vm, GeneratorObject* gen, bool runs) {
  if (gen->close_runs_code == runs) return;
  gen->close_runs_code = runs;
  if (gen->finalizable) vm.heap().FinalizablePromptChanged(runs);
}

// Sets StopIteration for a generator that returned `value` (CPython's
// _PyGen_SetStopIterationValue: the value is the single argument). Null.
Value RaiseStopIteration(Interp& vm, Value value) {
  TupleObject* args = value.is_none() ? vm.empty_tuple() : NewTupleFrom(vm, &value, 1);
  if (args == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, &kStopIterationType, args);
  if (e == nullptr) return Value::Null();
  return vm.SetException(Value::FromObject(e));
}

// "generator", "coroutine" or "async generator", for messages.
std::string_view KindName(const GeneratorObject* gen) {
  if (gen->type == &kCoroutineType) return "coroutine";
  if (gen->type == &kAsyncGeneratorType) return "async generator";
  return "generator";
}

// PEP 479 (and PEP 525): a StopIteration (or an async generator's
// StopAsyncIteration) escaping the body becomes RuntimeError, caused by it.
void ReplaceEscapedStop(Interp& vm, GeneratorObject* gen) {
  bool async_gen = gen->type == &kAsyncGeneratorType;
  const char* what;
  if (vm.ExceptionMatches(&kStopIterationType)) {
    what = "StopIteration";
  } else if (async_gen && vm.ExceptionMatches(&kStopAsyncIterationType)) {
    what = "StopAsyncIteration";
  } else {
    return;
  }
  Value stop = vm.TakeException();
  RootScope roots(vm);
  roots.Add(&stop);
  vm.Raise(&kRuntimeErrorType, StrCat(KindName(gen), " raised ", what));
  if (IsException(vm.exception())) {
    ExceptionObject* e = As<ExceptionObject>(vm.exception());
    e->cause = stop;
    e->context = stop;
    e->suppress_context = true;
  }
}

// gen_send_ex2: resumes `gen` with `arg` pushed; with `exc` the pending
// exception is raised at the suspension point instead.
GenResult SendEx(Interp& vm, GeneratorObject* gen, Value arg, bool exc, Value* out,
                 bool closing = false) {
  if (gen->state == GeneratorState::kCreated && !exc && !arg.is_none()) {
    vm.RaiseTypeError(StrCat("can't send non-None value to a just-started ", KindName(gen)));
    return GenResult::kError;
  }
  if (gen->state == GeneratorState::kRunning) {
    vm.RaiseValueError(StrCat(KindName(gen), " already executing"));
    return GenResult::kError;
  }
  if (gen->state == GeneratorState::kFinished) {
    if (gen->type == &kCoroutineType && !closing) {
      // An exhausted coroutine: an error, except for close().
      vm.Raise(&kRuntimeErrorType, "cannot reuse already awaited coroutine");
      return GenResult::kError;
    }
    // A thrown exception propagates unchanged; send()/next() just stop.
    if (exc) return GenResult::kError;
    *out = Value::None();
    return GenResult::kReturned;
  }
  NativeDepthGuard guard(vm, " while resuming a generator");
  bool refused = !guard.ok();
  if (!refused && vm.AtRecursionLimit()) {
    vm.Raise(&kRecursionErrorType, "maximum recursion depth exceeded");
    refused = true;
  }
  if (refused) {
    // CPython 3.11 enters the frame and fails at its start: gen_send_ex2
    // then clears it like any frame that raised, so the generator (or a
    // coroutine never started, which then does not warn) is finished.
    if (vm.limit_hit() == LimitKind::kNone) ReleaseFrame(vm, gen);
    return GenResult::kError;
  }
  Frame* frame = gen->frame;
  if (gen->finalizable && gen->state == GeneratorState::kCreated &&
      frame->code->data->exception_table.empty()) {
    // A coroutine registered only to warn if never started: once started,
    // nothing is left to finalize (its close() would run no code).
    gen->finalizable = false;
    vm.heap().FinalizableDone(gen->close_runs_code);
  }
  SetCloseRunsCode(vm, gen, false);
  *frame->stack_pointer++ = arg;
  frame->previous = vm.current_frame();
  frame->is_entry = true;
  frame->yielded = false;
  gen->state = GeneratorState::kRunning;
  // The generator's own "exception being handled" is live while it runs;
  // when it has none, the caller's shows through (CPython chains the
  // generator's exc_info to the caller's), so a bare `raise` and implicit
  // __context__ inside the generator see the caller's exception.
  Value caller_handled = vm.handled_exception;
  RootScope roots(vm);
  roots.Add(&caller_handled);
  bool own = frame->open_handlers > 0;
  gen->resumer_handled_exception = caller_handled;
  vm.handled_exception = own ? gen->saved_handled_exception : caller_handled;
  // While the generator runs its exception lives in vm.handled_exception
  // only, so the except block's end drops it (POP_EXCEPT).
  gen->saved_handled_exception = Value::None();
  // A thrown exception is chained to the generator's own handled exception
  // (_PyErr_ChainStackItem), even one that already has a context because
  // it came out of a `yield from` sub-generator.
  if (exc && own) ChainContext(vm, vm.exception(), /*overwrite=*/true);
  vm.current_frame_ref() = frame;
  ++vm.python_depth;
  Value result = RunFrame(vm, frame, exc);
  gen->saved_handled_exception =
      frame->yielded && frame->open_handlers > 0 ? vm.handled_exception : Value::None();
  gen->resumer_handled_exception = Value::None();
  vm.handled_exception = caller_handled;
  if (frame->yielded) {
    --vm.python_depth;  // a yield leaves without popping the frame
    frame->previous = nullptr;
    gen->state = GeneratorState::kSuspended;
    SetCloseRunsCode(vm, gen, CloseWouldRunCode(vm, gen));
    *out = result;
    return GenResult::kYielded;
  }
  if (vm.heap().live_finalizables() != 0 &&
      (!result.is_null() || vm.ExceptionMatches(&kGeneratorExitType))) [[unlikely]] {
    // The frame's locals go with it, as CPython clears a generator's frame
    // when it ends: what that leaves unreachable is finalized now, before
    // the caller goes on (RETURN_VALUE does this for other frames). A frame
    // left by another exception waits, as others do, for its handling
    // (CPython's traceback keeps the frame until then); close() clears its
    // GeneratorExit at once.
    std::vector<Value> locals(frame->localsplus, frame->localsplus + frame->nlocalsplus);
    const CodeObject* code = frame->code;  // read before any collection
    ReleaseFrame(vm, gen);
    roots.Add(&result);
    if (!FinalizeDroppedLocals(vm, locals.data(), locals.size(), code)) {
      return GenResult::kError;
    }
  } else {
    ReleaseFrame(vm, gen);
  }
  if (result.is_null()) {
    ReplaceEscapedStop(vm, gen);
    return GenResult::kError;
  }
  *out = result;
  return GenResult::kReturned;
}

// gen_send_ex: SendEx with a return turned into StopIteration (an async
// generator's into StopAsyncIteration).
Value SendExValue(Interp& vm, GeneratorObject* gen, Value arg, bool exc, bool closing = false) {
  Value out;
  GenResult r = SendEx(vm, gen, arg, exc, &out, closing);
  if (r == GenResult::kYielded) return out;
  if (r == GenResult::kError) return Value::Null();
  if (gen->type == &kAsyncGeneratorType) {
    vm.RaiseEmpty(&kStopAsyncIterationType);
    return Value::Null();
  }
  return RaiseStopIteration(vm, out);
}

// _PyGen_yf: the sub-iterator of a generator suspended in `yield from`
// (the next instruction is RESUME with oparg >= 2, right after the
// SEND/YIELD_VALUE pair, and the sub-iterator is on top of the stack), or
// Null. `*send_target` is where the SEND jumps when the sub-iterator ends.
Value YieldFromTarget(GeneratorObject* gen, const uint16_t** send_target = nullptr) {
  if (gen->state != GeneratorState::kSuspended || gen->frame == nullptr) return Value::Null();
  Frame* f = gen->frame;
  const uint16_t* first = f->code->data->code.data();
  const uint16_t* next = f->next_instr;
  size_t size = f->code->data->code.size();
  if (next - first < 2 || static_cast<size_t>(next - first) >= size) return Value::Null();
  if ((next[0] & 0xff) != RESUME || (next[0] >> 8) < 2) return Value::Null();
  if ((next[-2] & 0xff) != SEND || (next[-1] & 0xff) != YIELD_VALUE) return Value::Null();
  if (f->stack_pointer <= f->stack_base()) return Value::Null();
  if (send_target != nullptr) {
    uint32_t oparg = next[-2] >> 8;
    if (next - first >= 3 && (next[-3] & 0xff) == EXTENDED_ARG) oparg |= (next[-3] >> 8) << 8;
    // SEND's jump is relative to the instruction after it (the YIELD_VALUE).
    size_t target = static_cast<size_t>(next - 1 - first) + oparg;
    if (target >= size) return Value::Null();
    *send_target = first + target;
  }
  return f->stack_pointer[-1];
}

// Whether close() of the just-suspended `gen` would run code
// (close_runs_code): gen_close raises GeneratorExit at the YIELD_VALUE,
// whose exception-table entry (looked up from there, as the loop's
// unwinding does for a thrown exception) names a handler, or it first
// closes what it delegates to, a generator for which this holds or
// another iterator whose close() may run code: any instance of a class,
// a built-in iterator only if its type has a close().
bool CloseWouldRunCode(Interp& vm, GeneratorObject* gen) {
  const Frame* f = gen->frame;
  const CodeObject::Data* data = f->code->data;
  if (!data->exception_table.empty() &&
      f->code->HandlerAt(static_cast<uint32_t>(f->next_instr - 1 - data->code.data())) != nullptr) {
    return true;
  }
  Value yf = YieldFromTarget(gen);
  if (yf.is_null()) return false;
  if (HasType(yf, &kGeneratorType) || HasType(yf, &kCoroutineType)) {
    return As<GeneratorObject>(yf)->close_runs_code;
  }
  TypeObject* type = TypeOf(yf);
  if (IsUserClass(type)) return true;
  TypeAttr attr;
  return FindTypeAttr(vm, type, vm.Intern("close"), &attr);
}

// True if `typ` (an exception class or instance) is GeneratorExit or a
// subclass (PyErr_GivenExceptionMatches).
bool IsGeneratorExit(Value typ) {
  if (IsException(typ)) return IsSubtype(TypeOf(typ), &kGeneratorExitType);
  if (IsExceptionType(typ)) return IsSubtype(As<TypeObject>(typ), &kGeneratorExitType);
  return false;
}

// gen_close_iter: closes a `yield from` sub-iterator. -1 with an exception
// pending if its close() failed.
int CloseIter(Interp& vm, Value yf) {
  if (HasType(yf, &kGeneratorType) || HasType(yf, &kCoroutineType)) {
    return GeneratorClose(vm, As<GeneratorObject>(yf)).is_null() ? -1 : 0;
  }
  StrObject* close = vm.Intern("close");
  Value meth = GetAttrOptional(vm, yf, close);
  if (meth.is_null()) {
    // CPython reports a failing lookup as unraisable and goes on.
    vm.ClearException();
    return 0;
  }
  RootScope roots(vm);
  roots.Add(&meth);
  return vm.Call0(meth).is_null() ? -1 : 0;
}

// The exception instance gen.throw(typ, val) raises (CPython's
// _PyErr_NormalizeException and _PyErr_CreateException), or Null with
// TypeError pending.
Value NormalizeThrown(Interp& vm, Value typ, Value val) {
  if (IsExceptionType(typ)) {
    if (!val.is_null() && IsException(val) && IsSubtype(TypeOf(val), As<TypeObject>(typ))) {
      return val;
    }
    Value exc;
    if (val.is_null() || val.is_none()) {
      exc = vm.Call0(typ);
    } else if (IsTuple(val)) {
      TupleObject* t = As<TupleObject>(val);
      exc = vm.Call(typ, CallArgs{t->items, t->size, nullptr});
    } else {
      exc = vm.Call1(typ, val);
    }
    if (exc.is_null()) return exc;
    if (!IsException(exc)) return RaiseNotExceptionInstance(vm, typ, exc, false);
    return exc;
  }
  if (IsException(typ)) {
    if (!val.is_null() && !val.is_none()) {
      return vm.RaiseTypeError("instance exception may not have a separate value");
    }
    return typ;
  }
  return vm.RaiseFormat(&kTypeErrorType,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        std::string(TypeName(typ)));
}

// _gen_throw. `close_on_genexit`: a thrown GeneratorExit closes the
// sub-iterator instead of being thrown into it.
Value GenThrow(Interp& vm, GeneratorObject* gen, bool close_on_genexit, Value typ, Value val,
               Value tb) {
  const uint16_t* send_target = nullptr;
  Value yf = YieldFromTarget(gen, &send_target);
  if (!yf.is_null()) {
    // Delegation recurses once per level of `yield from`.
    NativeDepthGuard guard(vm, " while throwing into a generator");
    if (!guard.ok()) return Value::Null();
    Value ret;
    if (close_on_genexit && IsGeneratorExit(typ)) {
      gen->state = GeneratorState::kRunning;
      int err = CloseIter(vm, yf);
      gen->state = GeneratorState::kSuspended;
      if (err < 0) return SendExValue(vm, gen, Value::None(), true);
      // Fall through to raise GeneratorExit here.
    } else {
      if (HasType(yf, &kGeneratorType) || HasType(yf, &kCoroutineType)) {
        gen->state = GeneratorState::kRunning;
        ret = GenThrow(vm, As<GeneratorObject>(yf), close_on_genexit, typ, val, tb);
        gen->state = GeneratorState::kSuspended;
      } else {
        StrObject* name = vm.Intern("throw");
        Value meth = GetAttrOptional(vm, yf, name);
        if (meth.is_null() && vm.HasException()) return Value::Null();
        if (meth.is_null()) goto throw_here;
        RootScope roots(vm);
        roots.Add(&meth);
        // Only the arguments given (PyObject_CallFunctionObjArgs stops at
        // the first missing one).
        Value argv[3] = {typ, val, tb};
        size_t argc = val.is_null() ? 1 : (tb.is_null() ? 2 : 3);
        gen->state = GeneratorState::kRunning;
        ret = vm.Call(meth, CallArgs{argv, argc, nullptr});
        gen->state = GeneratorState::kSuspended;
      }
      if (!ret.is_null()) return ret;
      // The sub-iterator ended: pop it and leave the yield-from loop, as
      // SEND does, resuming with its return value or its exception.
      if (gen->state != GeneratorState::kSuspended || gen->frame == nullptr) return Value::Null();
      Frame* f = gen->frame;
      --f->stack_pointer;
      f->next_instr = send_target;
      f->prev_instr = send_target - 1;
      if (vm.ExceptionMatches(&kStopIterationType)) {
        Value stop = vm.TakeException();
        Value v = As<ExceptionObject>(stop)->value;
        return SendExValue(vm, gen, v.is_null() ? Value::None() : v, false);
      }
      if (!vm.HasException()) return SendExValue(vm, gen, Value::None(), false);
      return SendExValue(vm, gen, Value::None(), true);
    }
  }
throw_here:
  if (!tb.is_null() && !tb.is_none() && !IsTraceback(tb)) {
    return vm.RaiseTypeError("throw() third argument must be a traceback object");
  }
  Value exc = NormalizeThrown(vm, typ, val);
  // A traceback given replaces the exception's own (gen_throw's
  // PyErr_Restore); the generator's frame then goes in front of it.
  if (IsException(exc) && IsTraceback(tb)) {
    As<ExceptionObject>(exc)->traceback = As<TracebackObject>(tb);
  }
  if (exc.is_null()) {
    // An exception class that cannot be instantiated (its __init__ fails,
    // its __new__ makes no exception): that error is what is thrown in, as
    // PyErr_NormalizeException leaves it. Bad arguments fail throw() itself.
    if (!IsExceptionType(typ) || vm.limit_hit() != LimitKind::kNone) return exc;
  } else {
    vm.SetException(exc);
  }
  return SendExValue(vm, gen, Value::None(), true);
}

}  // namespace

GeneratorObject* NewGenerator(Interp& vm, Frame* frame, const uint16_t* resume_at, Value* sp) {
  // _Py_MakeCoro: the kind comes from the code's flags (the verifier lets
  // exactly one of these through).
  int32_t flags = frame->code->flags;
  TypeObject* type = (flags & kCodeFlagCoroutine)       ? &kCoroutineType
                     : (flags & kCodeFlagAsyncGenerator) ? &kAsyncGeneratorType
                                                         : &kGeneratorType;
  GeneratorObject* gen = vm.New<GeneratorObject>(type);
  if (gen == nullptr) return nullptr;
  size_t bytes = frame->code->frame_bytes;
  Frame* gf = static_cast<Frame*>(vm.AllocBuffer(bytes));
  if (gf == nullptr) return nullptr;  // `gen` is garbage with no frame
  std::memcpy(static_cast<void*>(gf), frame, bytes);
  gf->stack_pointer = gf->localsplus + (sp - frame->localsplus);
  gf->next_instr = resume_at;
  gf->prev_instr = resume_at;
  gf->previous = nullptr;
  gf->in_arena = false;
  gf->is_entry = true;
  gf->generator = gen;
  gen->frame = gf;
  gen->frame_bytes = bytes;
  gen->state = GeneratorState::kCreated;
  // CPython takes both names from the function, so a renamed function
  // makes renamed generators.
  gen->name = frame->function ? frame->function->name : frame->code->name;
  gen->qualname = frame->function ? frame->function->qualname : frame->code->qualname;
  gen->saved_handled_exception = Value::None();
  gen->resumer_handled_exception = Value::None();
  gen->loop_owned = false;
  gen->iterable_coroutine =
      type == &kGeneratorType &&
      ((flags & kCodeFlagIterableCoroutine) != 0 ||
       (frame->function != nullptr && frame->function->iterable_coroutine));
  gen->ag_closed = false;
  gen->ag_running_async = false;
  gen->close_runs_code = false;
  // Only a generator whose code has a handler (try, with) can run code
  // when closed: only those are finalized when dropped.
  // A coroutine is finalized also to warn when it was never awaited.
  // Neither is prompt before it suspends where close() runs code.
  if (!frame->code->data->exception_table.empty() || type == &kCoroutineType) {
    gen->finalizable = true;
    vm.heap().RegisterFinalizable(gen, /*prompt=*/false);
  }
  return gen;
}

GenResult GeneratorSend(Interp& vm, GeneratorObject* gen, Value value, Value* out) {
  return SendEx(vm, gen, value, false, out);
}

GenResult GeneratorSendEx(Interp& vm, GeneratorObject* gen, Value arg, bool exc, bool closing,
                          Value* out) {
  return SendEx(vm, gen, arg, exc, out, closing);
}

Value GeneratorSendValue(Interp& vm, GeneratorObject* gen, Value arg, bool exc, bool closing) {
  return SendExValue(vm, gen, arg, exc, closing);
}

Value GeneratorThrowEx(Interp& vm, GeneratorObject* gen, bool close_on_genexit, Value typ,
                       Value val, Value tb) {
  return GenThrow(vm, gen, close_on_genexit, typ, val, tb);
}

Value GeneratorYieldFrom(GeneratorObject* gen) { return YieldFromTarget(gen); }

Value GeneratorThrow(Interp& vm, GeneratorObject* gen, Value typ, Value val, Value tb) {
  return GenThrow(vm, gen, true, typ, val, tb);
}

Value GeneratorClose(Interp& vm, GeneratorObject* gen) {
  Value yf = YieldFromTarget(gen);
  int err = 0;
  if (!yf.is_null()) {
    NativeDepthGuard guard(vm, " while closing a generator");
    if (!guard.ok()) return Value::Null();
    gen->state = GeneratorState::kRunning;
    err = CloseIter(vm, yf);
    gen->state = GeneratorState::kSuspended;
  }
  // A failing sub-iterator close() is thrown in instead of GeneratorExit.
  // Either was raised here (gen_close's PyErr_SetNone), so it is chained to
  // the exception the caller is handling.
  if (err == 0) vm.RaiseEmpty(&kGeneratorExitType);
  if (vm.HasException()) ChainContext(vm, vm.exception());
  Value out;
  GenResult r = SendEx(vm, gen, Value::None(), true, &out, /*closing=*/true);
  if (r == GenResult::kYielded) {
    return vm.Raise(&kRuntimeErrorType, StrCat(KindName(gen), " ignored GeneratorExit"));
  }
  if (r == GenResult::kReturned) return Value::None();
  if (vm.ExceptionMatches(&kStopIterationType) || vm.ExceptionMatches(&kGeneratorExitType)) {
    vm.ClearException();
    return Value::None();
  }
  return Value::Null();
}

bool CloseDroppedLoopGenerators(Interp& vm, Value* from, Value* to) {
  for (Value* p = to; p-- > from;) {
    if (!IsLoopOwnedGenerator(*p)) continue;
    GeneratorObject* gen = As<GeneratorObject>(*p);
    gen->loop_owned = false;
    if (gen->state != GeneratorState::kSuspended) continue;  // nothing left to run
    if (vm.limit_hit() != LimitKind::kNone) return false;
    Value pending = vm.HasException() ? vm.TakeException() : Value::Null();
    RootScope roots(vm);
    roots.Add(&pending);
    if (GeneratorClose(vm, gen).is_null()) {
      if (vm.limit_hit() != LimitKind::kNone) return false;
      vm.ClearException();
    }
    if (!pending.is_null()) vm.SetException(pending);
  }
  return true;
}

void GeneratorTrace(Object* o, GcTracer& t) {
  GeneratorObject* g = static_cast<GeneratorObject*>(o);
  t.VisitPtr(g->name);
  t.VisitPtr(g->qualname);
  t.Visit(g->saved_handled_exception);
  t.Visit(g->resumer_handled_exception);
  // Also while running (the frame is then on the frame chain too, and
  // visiting it twice is harmless): a generator delegating throw/close to
  // its sub-iterator is "running" with its frame off the chain.
  if (g->frame != nullptr) TraceFrame(g->frame, t);
}

// No close(): the collector cannot run Python, so a suspended generator's
// finally blocks do not run when it is collected (generator.h).
void GeneratorFinalize(Heap& heap, Object* o) {
  GeneratorObject* g = static_cast<GeneratorObject*>(o);
  if (g->frame != nullptr) {
    heap.FreeBuffer(g->frame, g->frame_bytes);
    g->frame = nullptr;
  }
}

namespace {

Value GeneratorIter(Interp& vm, Value self) { return self; }

Value GeneratorNext(Interp& vm, Value self) {
  Value out;
  GenResult r = SendEx(vm, As<GeneratorObject>(self), Value::None(), false, &out);
  if (r == GenResult::kYielded) return out;
  if (r == GenResult::kError) return Value::Null();
  // tp_iternext: exhaustion without an exception unless there is a value.
  if (!out.is_none()) RaiseStopIteration(vm, out);
  return Value::Null();
}

Value GeneratorRepr(Interp& vm, Value self) {
  GeneratorObject* g = As<GeneratorObject>(self);
  return ReprWithAddress(vm, StrCat("<generator object ", g->qualname->view()), self);
}

}  // namespace

Value GenSendMethod(Interp& vm, Value self, CallArgs args) {
  std::string name = StrCat(TypeName(self), ".send");
  if (!CheckNoKeywords(vm, args, name.c_str())) return Value::Null();
  if (args.nargs != 1) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes exactly one argument (%d given)", name,
                          args.nargs);
  }
  return SendExValue(vm, As<GeneratorObject>(self), args.args[0], false);
}

Value GenThrowMethod(Interp& vm, Value self, CallArgs args) {
  std::string name = StrCat(TypeName(self), ".throw");
  if (!CheckNoKeywords(vm, args, name.c_str()) ||
      !CheckPositionalCount(vm, args, "throw", 1, 3)) {
    return Value::Null();
  }
  Value val = args.nargs > 1 ? args.args[1] : Value::Null();
  Value tb = args.nargs > 2 ? args.args[2] : Value::Null();
  return GeneratorThrow(vm, As<GeneratorObject>(self), args.args[0], val, tb);
}

Value GenCloseMethod(Interp& vm, Value self, CallArgs args) {
  std::string name = StrCat(TypeName(self), ".close");
  if (!CheckNoKeywords(vm, args, name.c_str())) return Value::Null();
  if (args.nargs != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes no arguments (%d given)", name,
                          args.nargs);
  }
  return GeneratorClose(vm, As<GeneratorObject>(self));
}

Value GenGetName(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<GeneratorObject>(self)->name);
}
Value GenGetQualname(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<GeneratorObject>(self)->qualname);
}
Value GenGetRunning(Interp& vm, Value self, CallArgs) {
  return Value::Bool(As<GeneratorObject>(self)->state == GeneratorState::kRunning);
}
Value GenGetSuspended(Interp& vm, Value self, CallArgs) {
  return Value::Bool(As<GeneratorObject>(self)->state == GeneratorState::kSuspended);
}

// gi_frame and gi_code would hand out a frame and a code object;
// gi_yieldfrom is left out with them (the sandbox's introspection rule).
Value GenRefused(Interp& vm, std::string_view name) {
  return vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(name));
}

namespace {
Value GenGetFrame(Interp& vm, Value, CallArgs) { return GenRefused(vm, "gi_frame"); }
Value GenGetCode(Interp& vm, Value, CallArgs) { return GenRefused(vm, "gi_code"); }
Value GenGetYieldFrom(Interp& vm, Value, CallArgs) { return GenRefused(vm, "gi_yieldfrom"); }

const MethodDef kGeneratorMethods[] = {
    CountedMethod("send", GenSendMethod),
    {"throw", GenThrowMethod},
    CountedMethod("close", GenCloseMethod),
    {"__name__", GenGetName, MethodKind::kGetter},
    {"__qualname__", GenGetQualname, MethodKind::kGetter},
    {"gi_running", GenGetRunning, MethodKind::kGetter},
    {"gi_suspended", GenGetSuspended, MethodKind::kGetter},
    {"gi_frame", GenGetFrame, MethodKind::kGetter},
    {"gi_code", GenGetCode, MethodKind::kGetter},
    {"gi_yieldfrom", GenGetYieldFrom, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

// __name__ and __qualname__ are assignable (to a str); the rest is
// read-only, and a generator has no instance dict.
int GeneratorSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  GeneratorObject* g = As<GeneratorObject>(self);
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__") {
    if (value.is_null() || !IsStr(value)) {
      vm.RaiseFormat(&kTypeErrorType, "%s must be set to a string object", std::string(n));
      return -1;
    }
    (n == "__name__" ? g->name : g->qualname) = As<StrObject>(value);
    return 0;
  }
  std::string type_name(TypeName(self));
  if (IsRefusedGeneratorAttr(n)) {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  const MethodDef* def = FindMethod(g->type, n);
  if (def != nullptr && def->kind == MethodKind::kGetter) {
    if (n == "cr_origin" || n == "ag_running") {  // T_OBJECT/T_BOOL READONLY members
      vm.Raise(&kAttributeErrorType, "readonly attribute");
      return -1;
    }
    vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                   std::string(n), type_name);
    return -1;
  }
  if (def != nullptr) {
    vm.RaiseFormat(&kAttributeErrorType, "'%s' object attribute '%s' is read-only", type_name,
                   std::string(n));
    return -1;
  }
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'", type_name,
                 std::string(n));
  return -1;
}

bool IsRefusedGeneratorAttr(std::string_view n) {
  return n == "gi_frame" || n == "gi_code" || n == "gi_yieldfrom" || n == "cr_frame" ||
         n == "cr_code" || n == "cr_await" || n == "ag_frame" || n == "ag_code" ||
         n == "ag_await";
}

void InitGeneratorType() {
  InitStaticType(&kGeneratorType, "generator", &kObjectType);
  kGeneratorType.trace = GeneratorTrace;
  kGeneratorType.finalize = GeneratorFinalize;
  kGeneratorType.iter = GeneratorIter;
  kGeneratorType.next = GeneratorNext;
  kGeneratorType.repr = GeneratorRepr;
  kGeneratorType.methods = kGeneratorMethods;
  kGeneratorType.setattr = GeneratorSetAttr;
}

}  // namespace moat::vm
