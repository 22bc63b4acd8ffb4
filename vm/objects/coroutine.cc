// Coroutines, async generators and the await protocol's helper objects.
// Mirrors CPython 3.11's Objects/genobject.c (coroutine, coroutine_wrapper,
// async_generator, async_generator_asend/athrow/wrapped_value),
// Objects/iterobject.c (anext_awaitable) and the async opcodes of
// Python/ceval.c; see coroutine.h for the model.
#include "vm/objects/coroutine.h"

#include <string>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kCoroutineType;
TypeObject kAsyncGeneratorType;
TypeObject kCoroutineWrapperType;
TypeObject kAsyncGenASendType;
TypeObject kAsyncGenAThrowType;
TypeObject kAsyncGenWrappedValueType;
TypeObject kANextAwaitableType;

namespace {

// The state of an asend/athrow awaitable (CPython's AwaitableState).
enum class AwaitableState : uint8_t { kInit, kIter, kClosed };

struct CoroWrapperObject : Object {
  GeneratorObject* coro;
};

struct AsyncGenASendObject : Object {
  GeneratorObject* gen;
  Value sendval;  // Null in __anext__() mode (asend(None))
  AwaitableState state;
};

struct AsyncGenAThrowObject : Object {
  GeneratorObject* gen;
  Value args;  // the athrow() argument tuple; Null in aclose() mode
  AwaitableState state;
};

struct AsyncGenWrappedValueObject : Object {
  Value value;
};

struct ANextAwaitableObject : Object {
  Value wrapped;        // what __anext__() returned
  Value default_value;  // returned when it raises StopAsyncIteration
};

// Sets StopIteration(value) (_PyGen_SetStopIterationValue: a tuple or an
// exception is the single argument). Null.
Value SetStopIterationValue(Interp& vm, Value value) {
  TupleObject* args = NewTupleFrom(vm, &value, 1);
  if (args == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, &kStopIterationType, args);
  if (e == nullptr) return Value::Null();
  return vm.SetException(Value::FromObject(e));
}

// PyIter_Check: the type has a next slot.
bool IsIterator(Value v) {
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->next != nullptr) return true;
  }
  return false;
}

// Whether `v`'s type has `name` (a user class's __anext__, __aiter__...):
// CPython's am_* slot, filled from the class dict.
bool TypeHas(Interp& vm, Value v, const char* name) {
  TypeAttr attr;
  return FindTypeAttr(vm, TypeOf(v), vm.Intern(name), &attr);
}

// The throw() arguments of an awaitable's method, checked as gen_throw's.
bool ThrowArgs(Interp& vm, CallArgs args, const char* owner, Value* typ, Value* val, Value* tb) {
  std::string name = StrCat(owner, ".throw");
  if (!CheckNoKeywords(vm, args, name.c_str()) ||
      !CheckPositionalCount(vm, args, "throw", 1, 3)) {
    return false;
  }
  *typ = args.args[0];
  *val = args.nargs > 1 ? args.args[1] : Value::Null();
  *tb = args.nargs > 2 ? args.args[2] : Value::Null();
  return true;
}

// ---- coroutine -----------------------------------------------------------

Value CoroRepr(Interp& vm, Value self) {
  GeneratorObject* g = As<GeneratorObject>(self);
  return ReprWithAddress(vm, StrCat("<coroutine object ", g->qualname->view()), self);
}

// coro_await: a coroutine_wrapper around the coroutine.
Value CoroAwait(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.kwnames != nullptr) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 0 arguments, got %d",
                          args.nargs + args.nkwargs());
  }
  CoroWrapperObject* w = vm.New<CoroWrapperObject>(&kCoroutineWrapperType);
  if (w == nullptr) return Value::Null();
  w->coro = As<GeneratorObject>(self);
  return Value::FromObject(w);
}

Value CoroGetFrame(Interp& vm, Value, CallArgs) { return GenRefused(vm, "cr_frame"); }
Value CoroGetCode(Interp& vm, Value, CallArgs) { return GenRefused(vm, "cr_code"); }
Value CoroGetAwait(Interp& vm, Value, CallArgs) { return GenRefused(vm, "cr_await"); }
Value CoroGetOrigin(Interp&, Value, CallArgs) { return Value::None(); }

const MethodDef kCoroutineMethods[] = {
    CountedMethod("send", GenSendMethod),
    {"throw", GenThrowMethod},
    CountedMethod("close", GenCloseMethod),
    {"__await__", CoroAwait},
    {"__name__", GenGetName, MethodKind::kGetter},
    {"__qualname__", GenGetQualname, MethodKind::kGetter},
    {"cr_running", GenGetRunning, MethodKind::kGetter},
    {"cr_suspended", GenGetSuspended, MethodKind::kGetter},
    {"cr_origin", CoroGetOrigin, MethodKind::kGetter},
    {"cr_frame", CoroGetFrame, MethodKind::kGetter},
    {"cr_code", CoroGetCode, MethodKind::kGetter},
    {"cr_await", CoroGetAwait, MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- coroutine_wrapper ---------------------------------------------------

void CoroWrapperTrace(Object* o, GcTracer& t) {
  t.VisitPtr(static_cast<CoroWrapperObject*>(o)->coro);
}

Value SelfIter(Interp&, Value self) { return self; }

Value SelfMethod(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.kwnames != nullptr) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 0 arguments, got %d",
                          args.nargs + args.nkwargs());
  }
  return self;
}

// gen_iternext on the coroutine.
Value CoroWrapperNext(Interp& vm, Value self) {
  GeneratorObject* coro = As<CoroWrapperObject>(self)->coro;
  Value out;
  GenResult r = GeneratorSendEx(vm, coro, Value::None(), false, false, &out);
  if (r == GenResult::kYielded) return out;
  if (r == GenResult::kError) return Value::Null();
  if (!out.is_none()) SetStopIterationValue(vm, out);
  return Value::Null();
}

Value WrappedCoro(Value self) {
  return Value::FromObject(As<CoroWrapperObject>(self)->coro);
}
Value CoroWrapperSend(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "coroutine_wrapper.send")) return Value::Null();
  return GeneratorSendValue(vm, As<GeneratorObject>(WrappedCoro(self)), args.args[0], false,
                            false);
}
Value CoroWrapperThrow(Interp& vm, Value self, CallArgs args) {
  Value typ, val, tb;
  if (!ThrowArgs(vm, args, "coroutine_wrapper", &typ, &val, &tb)) return Value::Null();
  return GeneratorThrow(vm, As<GeneratorObject>(WrappedCoro(self)), typ, val, tb);
}
Value CoroWrapperClose(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "coroutine_wrapper.close")) return Value::Null();
  return GeneratorClose(vm, As<GeneratorObject>(WrappedCoro(self)));
}

const MethodDef kCoroWrapperMethods[] = {
    CountedMethod("send", CoroWrapperSend),
    {"throw", CoroWrapperThrow},
    {"close", CoroWrapperClose},
    {nullptr, nullptr},
};

// ---- async generator -----------------------------------------------------

Value AsyncGenRepr(Interp& vm, Value self) {
  GeneratorObject* g = As<GeneratorObject>(self);
  return ReprWithAddress(vm, StrCat("<async_generator object ", g->qualname->view()), self);
}

Value NewASend(Interp& vm, GeneratorObject* gen, Value sendval) {
  AsyncGenASendObject* o = vm.New<AsyncGenASendObject>(&kAsyncGenASendType);
  if (o == nullptr) return Value::Null();
  o->gen = gen;
  o->sendval = sendval;
  o->state = AwaitableState::kInit;
  return Value::FromObject(o);
}

Value NewAThrow(Interp& vm, GeneratorObject* gen, Value args) {
  AsyncGenAThrowObject* o = vm.New<AsyncGenAThrowObject>(&kAsyncGenAThrowType);
  if (o == nullptr) return Value::Null();
  o->gen = gen;
  o->args = args;
  o->state = AwaitableState::kInit;
  return Value::FromObject(o);
}

Value AsyncGenANextSlot(Interp& vm, Value self) {
  return NewASend(vm, As<GeneratorObject>(self), Value::Null());
}

Value AsyncGenANext(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "async_generator.__anext__")) return Value::Null();
  if (args.nargs != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 0 arguments, got %d", args.nargs);
  }
  return AsyncGenANextSlot(vm, self);
}

Value AsyncGenASend(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "async_generator.asend")) return Value::Null();
  if (args.nargs != 1) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "async_generator.asend() takes exactly one argument (%d given)",
                          args.nargs);
  }
  return NewASend(vm, As<GeneratorObject>(self), args.args[0]);
}

Value AsyncGenAThrow(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "async_generator.athrow")) return Value::Null();
  TupleObject* t = NewTupleFrom(vm, args.args, args.nargs);
  if (t == nullptr) return Value::Null();
  return NewAThrow(vm, As<GeneratorObject>(self), Value::FromObject(t));
}

Value AsyncGenAClose(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "async_generator.aclose")) return Value::Null();
  if (args.nargs != 0) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "async_generator.aclose() takes no arguments (%d given)", args.nargs);
  }
  return NewAThrow(vm, As<GeneratorObject>(self), Value::Null());
}

Value AsyncGenGetRunning(Interp&, Value self, CallArgs) {
  return Value::Bool(As<GeneratorObject>(self)->ag_running_async);
}
Value AsyncGenGetFrame(Interp& vm, Value, CallArgs) { return GenRefused(vm, "ag_frame"); }
Value AsyncGenGetCode(Interp& vm, Value, CallArgs) { return GenRefused(vm, "ag_code"); }
Value AsyncGenGetAwait(Interp& vm, Value, CallArgs) { return GenRefused(vm, "ag_await"); }

const MethodDef kAsyncGeneratorMethods[] = {
    {"asend", AsyncGenASend},
    {"athrow", AsyncGenAThrow},
    {"aclose", AsyncGenAClose},
    {"__aiter__", SelfMethod},
    {"__anext__", AsyncGenANext},
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    {"__name__", GenGetName, MethodKind::kGetter},
    {"__qualname__", GenGetQualname, MethodKind::kGetter},
    {"ag_running", AsyncGenGetRunning, MethodKind::kGetter},
    {"ag_frame", AsyncGenGetFrame, MethodKind::kGetter},
    {"ag_code", AsyncGenGetCode, MethodKind::kGetter},
    {"ag_await", AsyncGenGetAwait, MethodKind::kGetter},
    {nullptr, nullptr},
};

// async_gen_unwrap_value: what the async generator's resumption `result`
// means for its awaitable. Null with StopIteration(v) pending for a
// `yield v`, StopAsyncIteration when it returned; an awaited value passes.
Value UnwrapValue(Interp& vm, GeneratorObject* gen, Value result) {
  if (result.is_null()) {
    if (!vm.HasException()) vm.RaiseEmpty(&kStopAsyncIterationType);
    if (vm.ExceptionMatches(&kStopAsyncIterationType) ||
        vm.ExceptionMatches(&kGeneratorExitType)) {
      gen->ag_closed = true;
    }
    gen->ag_running_async = false;
    return Value::Null();
  }
  if (HasType(result, &kAsyncGenWrappedValueType)) {
    gen->ag_running_async = false;
    return SetStopIterationValue(vm, As<AsyncGenWrappedValueObject>(result)->value);
  }
  return result;
}

// ---- async_generator_asend -----------------------------------------------

void ASendTrace(Object* o, GcTracer& t) {
  AsyncGenASendObject* a = static_cast<AsyncGenASendObject*>(o);
  t.VisitPtr(a->gen);
  t.Visit(a->sendval);
}

// async_gen_asend_send (`arg` Null for __next__).
Value ASendSend(Interp& vm, AsyncGenASendObject* o, Value arg) {
  if (o->state == AwaitableState::kClosed) {
    return vm.Raise(&kRuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  }
  if (o->state == AwaitableState::kInit) {
    if (o->gen->ag_running_async) {
      o->state = AwaitableState::kClosed;
      return vm.Raise(&kRuntimeErrorType, "anext(): asynchronous generator is already running");
    }
    if (arg.is_null() || arg.is_none()) arg = o->sendval;
    o->state = AwaitableState::kIter;
  }
  GeneratorObject* gen = o->gen;
  gen->ag_running_async = true;
  Value result = GeneratorSendValue(vm, gen, arg.is_null() ? Value::None() : arg, false, false);
  result = UnwrapValue(vm, gen, result);
  if (result.is_null()) o->state = AwaitableState::kClosed;
  return result;
}

Value ASendNext(Interp& vm, Value self) {
  return ASendSend(vm, As<AsyncGenASendObject>(self), Value::Null());
}

Value ASendSendMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "async_generator_asend.send")) return Value::Null();
  return ASendSend(vm, As<AsyncGenASendObject>(self), args.args[0]);
}

Value ASendThrowMethod(Interp& vm, Value self, CallArgs args) {
  AsyncGenASendObject* o = As<AsyncGenASendObject>(self);
  Value typ, val, tb;
  if (!ThrowArgs(vm, args, "async_generator_asend", &typ, &val, &tb)) return Value::Null();
  if (o->state == AwaitableState::kClosed) {
    return vm.Raise(&kRuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  }
  if (o->state == AwaitableState::kInit) {
    if (o->gen->ag_running_async) {
      o->state = AwaitableState::kClosed;
      return vm.Raise(&kRuntimeErrorType, "anext(): asynchronous generator is already running");
    }
    o->state = AwaitableState::kIter;
    o->gen->ag_running_async = true;
  }
  Value result = GeneratorThrowEx(vm, o->gen, true, typ, val, tb);
  result = UnwrapValue(vm, o->gen, result);
  if (result.is_null()) o->state = AwaitableState::kClosed;
  return result;
}

Value ASendCloseMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "async_generator_asend.close")) return Value::Null();
  As<AsyncGenASendObject>(self)->state = AwaitableState::kClosed;
  return Value::None();
}

const MethodDef kASendMethods[] = {
    CountedMethod("send", ASendSendMethod),
    {"throw", ASendThrowMethod},
    {"close", ASendCloseMethod},
    {"__await__", SelfMethod},
    {nullptr, nullptr},
};

// ---- async_generator_athrow ----------------------------------------------

void AThrowTrace(Object* o, GcTracer& t) {
  AsyncGenAThrowObject* a = static_cast<AsyncGenAThrowObject*>(o);
  t.VisitPtr(a->gen);
  t.Visit(a->args);
}

// The end of an athrow/aclose awaitable: in aclose() mode the generator's
// StopAsyncIteration or GeneratorExit means it closed, which the awaitable
// reports as its own StopIteration. Null.
Value AThrowCheckError(Interp& vm, AsyncGenAThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitableState::kClosed;
  if (o->args.is_null() && (vm.ExceptionMatches(&kStopAsyncIterationType) ||
                            vm.ExceptionMatches(&kGeneratorExitType))) {
    vm.ClearException();
    vm.RaiseEmpty(&kStopIterationType);
  }
  return Value::Null();
}

Value AThrowYieldClose(Interp& vm, AsyncGenAThrowObject* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitableState::kClosed;
  return vm.Raise(&kRuntimeErrorType, "async generator ignored GeneratorExit");
}

// async_gen_athrow_send.
Value AThrowSend(Interp& vm, AsyncGenAThrowObject* o, Value arg) {
  GeneratorObject* gen = o->gen;
  if (o->state == AwaitableState::kClosed) {
    return vm.Raise(&kRuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  }
  if (gen->state == GeneratorState::kFinished) {
    o->state = AwaitableState::kClosed;
    return vm.RaiseEmpty(&kStopIterationType);
  }
  if (o->state == AwaitableState::kInit) {
    if (gen->ag_running_async) {
      o->state = AwaitableState::kClosed;
      return vm.Raise(&kRuntimeErrorType,
                      o->args.is_null()
                          ? "aclose(): asynchronous generator is already running"
                          : "athrow(): asynchronous generator is already running");
    }
    if (gen->ag_closed) {
      o->state = AwaitableState::kClosed;
      return vm.RaiseEmpty(&kStopAsyncIterationType);
    }
    if (!arg.is_none()) {
      return vm.Raise(&kRuntimeErrorType, "can't send non-None value to a just-started coroutine");
    }
    Value retval;
    if (o->args.is_null()) {
      // aclose(): GeneratorExit is thrown in without closing what the
      // generator awaits, so its cleanup may await.
      o->state = AwaitableState::kIter;
      gen->ag_running_async = true;
      gen->ag_closed = true;
      retval = GeneratorThrowEx(vm, gen, false, Value::FromObject(&kGeneratorExitType),
                                Value::Null(), Value::Null());
      if (!retval.is_null() && HasType(retval, &kAsyncGenWrappedValueType)) {
        return AThrowYieldClose(vm, o);
      }
    } else {
      TupleObject* t = As<TupleObject>(o->args);
      if (t->size < 1) {
        return vm.RaiseFormat(&kTypeErrorType, "athrow expected at least 1 argument, got %d",
                              t->size);
      }
      if (t->size > 3) {
        return vm.RaiseFormat(&kTypeErrorType, "athrow expected at most 3 arguments, got %d",
                              t->size);
      }
      o->state = AwaitableState::kIter;
      gen->ag_running_async = true;
      const Value* items = t->items;
      retval = GeneratorThrowEx(vm, gen, false, items[0],
                                t->size > 1 ? items[1] : Value::Null(),
                                t->size > 2 ? items[2] : Value::Null());
      retval = UnwrapValue(vm, gen, retval);
    }
    if (retval.is_null()) return AThrowCheckError(vm, o);
    return retval;
  }
  // Iterating: resume the generator with the awaited object's value.
  Value retval = GeneratorSendValue(vm, gen, arg, false, false);
  if (!o->args.is_null()) return UnwrapValue(vm, gen, retval);
  if (retval.is_null()) return AThrowCheckError(vm, o);
  if (HasType(retval, &kAsyncGenWrappedValueType)) return AThrowYieldClose(vm, o);
  return retval;
}

Value AThrowNext(Interp& vm, Value self) {
  return AThrowSend(vm, As<AsyncGenAThrowObject>(self), Value::None());
}

Value AThrowSendMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "async_generator_athrow.send")) return Value::Null();
  return AThrowSend(vm, As<AsyncGenAThrowObject>(self), args.args[0]);
}

Value AThrowThrowMethod(Interp& vm, Value self, CallArgs args) {
  AsyncGenAThrowObject* o = As<AsyncGenAThrowObject>(self);
  Value typ, val, tb;
  if (!ThrowArgs(vm, args, "async_generator_athrow", &typ, &val, &tb)) return Value::Null();
  if (o->state == AwaitableState::kClosed) {
    return vm.Raise(&kRuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  }
  if (o->state == AwaitableState::kInit) {
    if (o->gen->ag_running_async) {
      o->state = AwaitableState::kClosed;
      return vm.Raise(&kRuntimeErrorType,
                      o->args.is_null()
                          ? "aclose(): asynchronous generator is already running"
                          : "athrow(): asynchronous generator is already running");
    }
    o->state = AwaitableState::kIter;
    o->gen->ag_running_async = true;
  }
  Value retval = GeneratorThrowEx(vm, o->gen, true, typ, val, tb);
  if (!o->args.is_null()) {
    retval = UnwrapValue(vm, o->gen, retval);
    if (retval.is_null()) {
      o->gen->ag_running_async = false;
      o->state = AwaitableState::kClosed;
    }
    return retval;
  }
  // aclose() mode.
  if (!retval.is_null() && HasType(retval, &kAsyncGenWrappedValueType)) {
    return AThrowYieldClose(vm, o);
  }
  if (retval.is_null()) {
    o->gen->ag_running_async = false;
    o->state = AwaitableState::kClosed;
  }
  if (retval.is_null() && (vm.ExceptionMatches(&kStopAsyncIterationType) ||
                           vm.ExceptionMatches(&kGeneratorExitType))) {
    vm.ClearException();
    vm.RaiseEmpty(&kStopIterationType);
  }
  return retval;
}

Value AThrowCloseMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "async_generator_athrow.close")) return Value::Null();
  As<AsyncGenAThrowObject>(self)->state = AwaitableState::kClosed;
  return Value::None();
}

const MethodDef kAThrowMethods[] = {
    CountedMethod("send", AThrowSendMethod),
    {"throw", AThrowThrowMethod},
    {"close", AThrowCloseMethod},
    {"__await__", SelfMethod},
    {nullptr, nullptr},
};

// ---- async_generator_wrapped_value ---------------------------------------

void WrappedValueTrace(Object* o, GcTracer& t) {
  t.Visit(static_cast<AsyncGenWrappedValueObject*>(o)->value);
}

// ---- anext_awaitable -----------------------------------------------------

void ANextTrace(Object* o, GcTracer& t) {
  ANextAwaitableObject* a = static_cast<ANextAwaitableObject*>(o);
  t.Visit(a->wrapped);
  t.Visit(a->default_value);
}

// anextawaitable_getiter: the iterator of the wrapped awaitable (asked
// again at every step, as CPython does).
Value ANextGetIter(Interp& vm, ANextAwaitableObject* o) {
  Value awaitable = GetAwaitableIter(vm, o->wrapped);
  if (awaitable.is_null()) return awaitable;
  if (!IsIterator(awaitable)) {
    // Only coroutines lack a next slot: go through their __await__.
    RootScope roots(vm);
    roots.Add(&awaitable);
    CoroWrapperObject* w = vm.New<CoroWrapperObject>(&kCoroutineWrapperType);
    if (w == nullptr) return Value::Null();
    w->coro = As<GeneratorObject>(awaitable);
    return Value::FromObject(w);
  }
  return awaitable;
}

Value ANextStop(Interp& vm, ANextAwaitableObject* o) {
  if (vm.ExceptionMatches(&kStopAsyncIterationType)) {
    vm.ClearException();
    SetStopIterationValue(vm, o->default_value);
  }
  return Value::Null();
}

Value ANextNext(Interp& vm, Value self) {
  ANextAwaitableObject* o = As<ANextAwaitableObject>(self);
  Value it = ANextGetIter(vm, o);
  if (it.is_null()) return it;
  RootScope roots(vm);
  roots.Add(&it);
  Value r = IterNextKeepStop(vm, it);
  if (!r.is_null()) return r;
  if (!vm.HasException()) return r;
  return ANextStop(vm, o);
}

// anextawaitable_proxy: the wrapped iterator's `meth`, called with `args`.
Value ANextProxy(Interp& vm, Value self, const char* meth, CallArgs args) {
  ANextAwaitableObject* o = As<ANextAwaitableObject>(self);
  Value it = ANextGetIter(vm, o);
  if (it.is_null()) return it;
  RootScope roots(vm);
  roots.Add(&it);
  Value m = GetAttr(vm, it, vm.Intern(meth));
  if (m.is_null()) return m;
  roots.Add(&m);
  Value r = vm.Call(m, CallArgs{args.args, args.nargs, nullptr});
  if (!r.is_null()) return r;
  return ANextStop(vm, o);
}

Value ANextSendMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "anext_awaitable.send")) return Value::Null();
  return ANextProxy(vm, self, "send", args);
}
Value ANextThrowMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "anext_awaitable.throw")) return Value::Null();
  return ANextProxy(vm, self, "throw", args);
}
Value ANextCloseMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "anext_awaitable.close")) return Value::Null();
  return ANextProxy(vm, self, "close", args);
}

const MethodDef kANextMethods[] = {
    CountedMethod("send", ANextSendMethod),
    {"throw", ANextThrowMethod},
    {"close", ANextCloseMethod},
    {"__await__", SelfMethod},
    {nullptr, nullptr},
};

// Whether `t` is an async iterator (CPython's am_anext).
bool HasANext(Interp& vm, Value v) {
  return HasType(v, &kAsyncGeneratorType) || TypeHas(vm, v, "__anext__");
}

// am_anext: the async generator's asend, or `v.__anext__()`.
Value CallANext(Interp& vm, Value v) {
  if (HasType(v, &kAsyncGeneratorType)) return AsyncGenANextSlot(vm, v);
  Value m = LookupSpecial(vm, v, vm.Intern("__anext__"));
  if (m.is_null()) return m;
  RootScope roots(vm);
  roots.Add(&m);
  return vm.Call0(m);
}

// am_aiter: the async generator itself, or `v.__aiter__()`. Null without
// an exception when the type has none.
Value CallAIter(Interp& vm, Value v) {
  if (HasType(v, &kAsyncGeneratorType)) return v;
  Value m = LookupSpecial(vm, v, vm.Intern("__aiter__"));
  if (m.is_null()) return m;
  RootScope roots(vm);
  roots.Add(&m);
  return vm.Call0(m);
}

}  // namespace

bool IsAwaitableCoroutine(Value o) {
  if (HasType(o, &kCoroutineType)) return true;
  return HasType(o, &kGeneratorType) && As<GeneratorObject>(o)->iterable_coroutine;
}

Value WrapAsyncGenValue(Interp& vm, Value v) {
  AsyncGenWrappedValueObject* w =
      vm.New<AsyncGenWrappedValueObject>(&kAsyncGenWrappedValueType);
  if (w == nullptr) return Value::Null();
  w->value = v;
  return Value::FromObject(w);
}

Value GetAwaitableIter(Interp& vm, Value o) {
  if (IsAwaitableCoroutine(o)) return o;
  // The protocol's own awaitables are their own iterators (am_await is
  // PyObject_SelfIter), whatever a script did to its classes.
  if (HasType(o, &kAsyncGenASendType) || HasType(o, &kAsyncGenAThrowType) ||
      HasType(o, &kANextAwaitableType)) {
    return o;
  }
  Value getter = LookupSpecial(vm, o, vm.Intern("__await__"));
  if (getter.is_null()) {
    if (vm.HasException()) return getter;
    return vm.RaiseFormat(&kTypeErrorType, "object %s can't be used in 'await' expression",
                          std::string(TypeName(o)));
  }
  RootScope roots(vm);
  roots.Add(&getter);
  Value res = vm.Call0(getter);
  if (res.is_null()) return res;
  if (IsAwaitableCoroutine(res) || !IsIterator(res)) {
    if (IsAwaitableCoroutine(res)) {
      vm.RaiseTypeError("__await__() returned a coroutine");
    } else {
      vm.RaiseFormat(&kTypeErrorType, "__await__() returned non-iterator of type '%s'",
                     std::string(TypeName(res)));
    }
    FinalizeDropped(vm, &res, 1);  // dropped here, as CPython's Py_CLEAR
    return Value::Null();
  }
  return res;
}

Value GetAwaitable(Interp& vm, Value o, int where) {
  Value iter = GetAwaitableIter(vm, o);
  if (iter.is_null()) {
    // format_awaitable_error: a type without __await__ in `async with`.
    if ((where == 1 || where == 2) && vm.ExceptionMatches(&kTypeErrorType) &&
        !IsAwaitableCoroutine(o) && !TypeHas(vm, o, "__await__")) {
      vm.ClearException();
      vm.RaiseFormat(&kTypeErrorType,
                     "'async with' received an object from %s that does not implement "
                     "__await__: %s",
                     where == 1 ? "__aenter__" : "__aexit__", std::string(TypeName(o)));
    }
    return iter;
  }
  if (HasType(iter, &kCoroutineType) &&
      !GeneratorYieldFrom(As<GeneratorObject>(iter)).is_null()) {
    return vm.Raise(&kRuntimeErrorType, "coroutine is being awaited already");
  }
  return iter;
}

Value GetAIter(Interp& vm, Value o) {
  Value iter = CallAIter(vm, o);
  if (iter.is_null()) {
    if (vm.HasException()) return iter;
    return vm.RaiseFormat(&kTypeErrorType,
                          "'async for' requires an object with __aiter__ method, got %s",
                          std::string(TypeName(o)));
  }
  if (!HasANext(vm, iter)) {
    vm.RaiseFormat(&kTypeErrorType,
                   "'async for' received an object from __aiter__ that does not "
                   "implement __anext__: %s",
                   std::string(TypeName(iter)));
    // Dropped here, as CPython's DECREF does (a coroutine __aiter__ made
    // warns now that it was never awaited).
    FinalizeDropped(vm, &iter, 1);
    return Value::Null();
  }
  return iter;
}

Value GetANext(Interp& vm, Value aiter) {
  if (HasType(aiter, &kAsyncGeneratorType)) return AsyncGenANextSlot(vm, aiter);
  if (!HasANext(vm, aiter)) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "'async for' requires an iterator with __anext__ method, got %s",
                          std::string(TypeName(aiter)));
  }
  Value next_iter = CallANext(vm, aiter);
  if (next_iter.is_null()) return next_iter;
  RootScope roots(vm);
  roots.Add(&next_iter);
  Value awaitable = GetAwaitableIter(vm, next_iter);
  if (awaitable.is_null()) {
    // _PyErr_FormatFromCause: the awaitable's error is the cause.
    Value cause = vm.TakeException();
    roots.Add(&cause);
    vm.RaiseFormat(&kTypeErrorType, "'async for' received an invalid object from __anext__: %s",
                   std::string(TypeName(next_iter)));
    if (IsException(vm.exception()) && IsException(cause)) {
      ExceptionObject* e = As<ExceptionObject>(vm.exception());
      e->cause = cause;
      e->context = cause;
      e->suppress_context = true;
    }
    return Value::Null();
  }
  return awaitable;
}

Value BuiltinAIter(Interp& vm, Value o) {
  Value it = CallAIter(vm, o);
  if (it.is_null()) {
    if (vm.HasException()) return it;
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not an async iterable",
                          std::string(TypeName(o)));
  }
  if (!HasANext(vm, it)) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "aiter() returned not an async iterator of type '%s'",
                          std::string(TypeName(it)));
  }
  return it;
}

Value BuiltinANext(Interp& vm, Value it, Value dflt) {
  if (!HasANext(vm, it)) {
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not an async iterator",
                          std::string(TypeName(it)));
  }
  Value awaitable = CallANext(vm, it);
  if (dflt.is_null() || awaitable.is_null()) return awaitable;
  RootScope roots(vm);
  roots.Add(&awaitable);
  ANextAwaitableObject* o = vm.New<ANextAwaitableObject>(&kANextAwaitableType);
  if (o == nullptr) return Value::Null();
  o->wrapped = awaitable;
  o->default_value = dflt;
  return Value::FromObject(o);
}

void InitCoroutineTypes() {
  InitStaticType(&kCoroutineType, "coroutine", &kObjectType);
  kCoroutineType.trace = GeneratorTrace;
  kCoroutineType.finalize = GeneratorFinalize;
  kCoroutineType.repr = CoroRepr;
  kCoroutineType.methods = kCoroutineMethods;
  kCoroutineType.setattr = GeneratorSetAttr;

  InitStaticType(&kCoroutineWrapperType, "coroutine_wrapper", &kObjectType);
  kCoroutineWrapperType.trace = CoroWrapperTrace;
  kCoroutineWrapperType.iter = SelfIter;
  kCoroutineWrapperType.next = CoroWrapperNext;
  kCoroutineWrapperType.methods = kCoroWrapperMethods;

  InitStaticType(&kAsyncGeneratorType, "async_generator", &kObjectType);
  kAsyncGeneratorType.trace = GeneratorTrace;
  kAsyncGeneratorType.finalize = GeneratorFinalize;
  kAsyncGeneratorType.repr = AsyncGenRepr;
  kAsyncGeneratorType.methods = kAsyncGeneratorMethods;
  kAsyncGeneratorType.setattr = GeneratorSetAttr;
  kAsyncGeneratorType.type_flags |= kTypeGeneric;  // async_generator[int]

  InitStaticType(&kAsyncGenASendType, "async_generator_asend", &kObjectType);
  kAsyncGenASendType.trace = ASendTrace;
  kAsyncGenASendType.iter = SelfIter;
  kAsyncGenASendType.next = ASendNext;
  kAsyncGenASendType.methods = kASendMethods;

  InitStaticType(&kAsyncGenAThrowType, "async_generator_athrow", &kObjectType);
  kAsyncGenAThrowType.trace = AThrowTrace;
  kAsyncGenAThrowType.iter = SelfIter;
  kAsyncGenAThrowType.next = AThrowNext;
  kAsyncGenAThrowType.methods = kAThrowMethods;

  InitStaticType(&kAsyncGenWrappedValueType, "async_generator_wrapped_value", &kObjectType);
  kAsyncGenWrappedValueType.trace = WrappedValueTrace;

  InitStaticType(&kANextAwaitableType, "anext_awaitable", &kObjectType);
  kANextAwaitableType.trace = ANextTrace;
  kANextAwaitableType.iter = SelfIter;
  kANextAwaitableType.next = ANextNext;
  kANextAwaitableType.methods = kANextMethods;
}

}  // namespace moat::vm
