// Finalization of dropped objects; see finalize.h for when and in what
// order, and gc.cc (CollectFindingDead) for how the unreachable ones are
// found.
#include "vm/finalize.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/str_util.h"
#include "vm/warnings.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/weakref.h"

namespace moat::vm {

namespace {

// The bound of prompt collections: objects walked per instruction
// executed, plus a fixed allowance. A small script's heap is some
// thousands of objects, so some thousands of prompt collections are free:
// a loop that drops a finalizable object each iteration sees each
// finalized at its drop, as under CPython, for that long.
constexpr uint64_t kWorkPerInstruction = 2;
constexpr uint64_t kFreeWork = uint64_t{1} << 26;
// How far the walk that decides whether a drop matters looks.
constexpr size_t kWalkLimit = 64;
// A collection's work units (a reference followed, an object or 8 bitmap
// words swept) per instruction charged: each costs about half of one.
constexpr uint64_t kCollectWorkPerCharge = 2;

// The allowance grows with the work the script did (instructions and the
// native work charged for them), never with the collections' own charge:
// otherwise each collection would pay for the next.
bool PromptAllowed(const Interp& vm) {
  uint64_t done = vm.instruction_count > vm.finalize_charged
                      ? vm.instruction_count - vm.finalize_charged
                      : 0;
  return vm.finalize_work <= done * kWorkPerInstruction + kFreeWork;
}

// Charges a finalizing collection's `work` to the instruction budget, so
// finalizer churn costs what the collections it causes cost, and counts it
// against the prompt bound. False with the limit's error pending when the
// budget is spent.
bool ChargeCollection(Interp& vm, size_t work) {
  uint64_t units = work / kCollectWorkPerCharge;
  vm.finalize_work += work;
  vm.finalize_charged += units;
  return vm.ChargeWork(units);
}

// A collection that finds the dead finalizable objects (into *dead),
// charged; *independent as CollectFindingDead's. False with the limit's
// error pending when the budget is spent.
bool CollectCharged(Interp& vm, const Value* hints, size_t n, std::vector<Value>* dead,
                    bool* independent) {
  return ChargeCollection(vm, CollectFindingDead(vm, hints, n, dead, independent));
}

// Finalizable now (Heap::prompt_finalizables): an instance of a class with
// __del__, a registered generator suspended where close() runs code, or a
// weakly referenced object (its references are cleared when it dies).
bool IsPromptFinalizable(const Object* o) {
  if ((o->gc_flags & kObjHasWeakRefs) != 0) return true;
  if (IsGeneratorObjectType(o->type)) {
    const GeneratorObject* g = static_cast<const GeneratorObject*>(o);
    return g->finalizable && g->close_runs_code;
  }
  return (o->type->type_flags & kTypeHasFinalizer) != 0;
}

// Whether `o` is a registered coroutine never started (its finalizer
// warns that it was never awaited).
bool IsUnstartedCoroutine(const Object* o) {
  if (o->type != &kCoroutineType) return false;
  const GeneratorObject* g = static_cast<const GeneratorObject*>(o);
  return g->finalizable && g->state == GeneratorState::kCreated;
}

bool IsPlainContainer(const Object* o) {
  return IsSubtype(o->type, &kListType) || IsSubtype(o->type, &kTupleType) ||
         IsSubtype(o->type, &kDictType) || IsSubtype(o->type, &kSetType) ||
         IsSubtype(o->type, &kFrozenSetType);
}

// Whether dropping `v` may release an unstarted coroutine: it is one, or
// a walk of at most kWalkLimit objects through lists, tuples, dicts and
// sets from it meets one (`[f(i) for i in ...]` never awaited). Other
// objects are not entered: an asyncio Task keeps the coroutine it was
// given, and looking through tasks would collect at every task made.
bool MayReleaseUnstartedCoroutine(Value v) {
  if (!v.is_object()) return false;
  if (IsUnstartedCoroutine(v.object())) return true;
  if (!IsPlainContainer(v.object())) return false;
  std::vector<Object*> stack = {v.object()};
  std::vector<Object*> children;
  size_t steps = 0;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if (++steps > kWalkLimit) return false;
    children.clear();
    GcTracer::Children(o, &children);
    for (Object* c : children) {
      if (IsUnstartedCoroutine(c)) return true;
      if (IsPlainContainer(c)) stack.push_back(c);
    }
  }
  return false;
}

// Whether dropping `values` may release an object finalizable now: a walk
// of at most kWalkLimit objects from them finds one, or is cut short.
// Module namespaces are not entered (dropping a function does not free
// them).
bool MayReachFinalizable(Interp& vm, const Value* values, size_t n) {
  std::vector<Object*> stack;
  for (size_t i = 0; i < n; ++i) {
    if (values[i].is_object()) stack.push_back(values[i].object());
  }
  std::vector<Object*> children;
  size_t steps = 0;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if ((o->gc_flags & kObjStatic) != 0) continue;
    if (IsPromptFinalizable(o) || ++steps > kWalkLimit) return true;
    if (o == vm.main_globals() || o == vm.builtins() || o->type == &kModuleType) continue;
    children.clear();
    GcTracer::Children(o, &children);
    stack.insert(stack.end(), children.begin(), children.end());
  }
  return false;
}

// What PyErr_WriteUnraisable writes after "Exception ignored in: <repr>"
// (write_unraisable_exc_file): the exception's own traceback entries, then
// "Type: str(exc)" with the type's __name__ (module-qualified unless
// builtins or __main__) and the ": " even for an empty str; no chain, no
// group members, no notes. Runs Python code (str()).
std::string FormatUnraisable(Interp& vm, Value exc) {
  if (!IsException(exc)) return StrCat(TypeName(exc), "\n");
  std::string out;
  if (const TracebackObject* tb = As<ExceptionObject>(exc)->traceback) {
    out = "Traceback (most recent call last):\n";
    // The C printer's newest 1000 entries, as the uncaught printer.
    std::vector<StackEntry> entries = TracebackStackEntries(tb, true, -1000);
    if (vm.finalizing_at_exit) {
      for (StackEntry& entry : entries) entry.has_line = false;
    }
    for (const std::string& chunk : FormatStackEntries(entries, /*module_text=*/false)) {
      out += chunk;
    }
  }
  StrAppend(&out, ExceptionTypeName(TypeOf(exc), /*qualname=*/false), ": ");
  Value s = Str(vm, exc);
  if (s.is_null()) {
    vm.ClearException();
    out += "<exception str() failed>";
  } else {
    out += As<StrObject>(s)->view();
  }
  out += "\n";
  return out;
}

// PyErr_WriteUnraisable: "Exception ignored in: <repr>" and the traceback,
// on the error stream. False only when the output limit stops it.
bool ReportUnraisable(Interp& vm, Value what, Value exc) {
  // A finalizer may fail at the recursion limit (a __del__ that starts
  // another): the repr and the exception's str that the report needs get
  // headroom past it.
  Interp::ErrorReportHeadroom headroom(vm);
  // An exception the call itself raised (a __del__ that takes other
  // arguments) has no traceback yet: it gets the entry of the frame that
  // was running, as PyErr_WriteUnraisable adds it. None at exit.
  Frame* running = vm.current_frame();
  if (IsException(exc) && As<ExceptionObject>(exc)->traceback == nullptr && running != nullptr &&
      running->prev_instr != nullptr) {
    ExceptionAddTraceback(vm, As<ExceptionObject>(exc), running->code,
                          static_cast<uint32_t>(running->prev_instr -
                                                running->code->data->code.data()));
  }
  std::string text = "Exception ignored in: ";
  Value r = Repr(vm, what);
  if (r.is_null()) {
    if (vm.limit_hit() != LimitKind::kNone) return false;
    vm.ClearException();
    text += "<object repr() failed>";
  } else {
    text += As<StrObject>(r)->view();
  }
  text += "\n";
  text += FormatUnraisable(vm, exc);
  if (vm.limit_hit() != LimitKind::kNone) return false;
  return vm.WriteError(text);
}

// Whether `o` is a cleared weak reference whose callback is due (a ref
// subclass's instance may also be in a batch for its own __del__).
bool IsDueWeakRef(const Object* o) {
  return IsWeakRefOrProxy(o->type) && static_cast<const WeakRefObject*>(o)->callback_due;
}

// Runs the finalizer of `obj`: its class's __del__, or close() for a
// suspended generator. An exception pending on entry is pending again on
// return. False only when a budget limit was hit.
bool RunFinalizer(Interp& vm, Value obj) {
  if (vm.limit_hit() != LimitKind::kNone) return false;
  Value pending = vm.HasException() ? vm.TakeException() : Value::Null();
  Value what = obj;
  Value fn = Value::Null();
  RootScope roots(vm);
  roots.Add(&pending);
  roots.Add(&obj);
  roots.Add(&what);
  roots.Add(&fn);
  bool failed = false;
  if (IsDueWeakRef(obj.object())) {
    // A cleared weak reference: handle_callback calls its callback with
    // it, and reports a failure as raised in the callback.
    WeakRefObject* w = As<WeakRefObject>(obj);
    w->callback_due = false;
    fn = w->callback;
    w->callback = Value::Null();
    if (fn.is_null()) return true;
    what = fn;
    failed = vm.Call1(fn, obj).is_null();
  } else if (IsAnyGenerator(obj)) {
    GeneratorObject* g = As<GeneratorObject>(obj);
    if (g->type == &kCoroutineType && g->state == GeneratorState::kCreated) {
      // _PyErr_WarnUnawaitedCoroutine (stdout is untouched: the warning
      // goes to the error stream, or where the script's filters send it).
      // The name is formatted as an f-string would (a str subclass's
      // __str__ runs); the coroutine stays startable, as in CPython.
      // As CPython, a failed warning other than the RuntimeWarning itself
      // (a filter's "error") is reported, then warned once more.
      Value exc = Value::Null();
      roots.Add(&exc);
      for (int attempt = 0; attempt < 2; ++attempt) {
        Value qualname = Str(vm, Value::FromObject(g->qualname));
        if (!qualname.is_null() &&
            WarnFromNative(vm, &kRuntimeWarningType,
                           StrCat("coroutine '", As<StrObject>(qualname)->view(),
                                  "' was never awaited"),
                           obj)) {
          break;
        }
        if (vm.limit_hit() != LimitKind::kNone) return false;
        bool warned = vm.ExceptionMatches(&kRuntimeWarningType);
        exc = vm.TakeException();
        if (!ReportUnraisable(vm, what, exc)) return false;
        if (warned) break;
      }
    } else if (g->state == GeneratorState::kSuspended) {
      failed = GeneratorClose(vm, g).is_null();
    }
  } else if (StrObject* name = vm.Intern("__del__"); name == nullptr) {
    failed = true;
  } else {
    obj.object()->gc_flags |= kObjFinalized;
    TypeAttr attr;
    // A class whose __del__ was deleted since: nothing to run.
    if (FindTypeAttr(vm, TypeOf(obj), name, &attr)) {
      if (!attr.value.is_null()) what = attr.value;
      fn = BindTypeAttr(vm, attr, obj, TypeOf(obj));
      failed = fn.is_null() || vm.Call0(fn).is_null();
    }
  }
  if (failed) {
    if (vm.limit_hit() != LimitKind::kNone) return false;
    Value exc = vm.TakeException();
    roots.Add(&exc);
    if (!ReportUnraisable(vm, what, exc)) return false;
  }
  if (!pending.is_null()) vm.SetException(pending);
  return true;
}

// Runs the finalizers of `batch` (objects a collection found unreachable,
// resurrected, in order, and cleared weak references whose callbacks are
// due). After each, while prompt collections are allowed, the rest go back
// to the registry and a collection looks for them again, so one a
// finalizer made reachable again is left alone; unless the batch is
// `independent` (none reaches another: gc.h), when no finalizer can make
// another reachable. Weak references are not looked for again: they were
// cleared and their callbacks are due whatever happens. When the batch
// kept a weakly referenced object for its finalizer (Heap::weak_recheck),
// a collection after it clears that object's references if it died, as
// CPython clears them after __del__.
bool RunBatch(Interp& vm, std::vector<Value> batch, bool independent) {
  while (!batch.empty()) {
    std::vector<Value> carried;
    {
      RootScope roots(vm);
      for (Value& v : batch) roots.Add(&v);
      size_t i = 0;
      for (; i < batch.size(); ++i) {
        if (!RunFinalizer(vm, batch[i])) return false;
        batch[i] = Value::Null();
        if (!independent && i + 1 < batch.size() && PromptAllowed(vm)) break;
      }
      if (i + 1 >= batch.size()) {
        if (!vm.heap().weak_recheck || !PromptAllowed(vm)) return true;
        vm.heap().weak_recheck = false;
      }
      for (size_t j = i + 1; j < batch.size(); ++j) {
        Object* o = batch[j].object();
        if (IsDueWeakRef(o)) {
          carried.push_back(batch[j]);
          continue;
        }
        bool prompt = true;
        if (IsGeneratorObjectType(o->type)) {
          GeneratorObject* g = static_cast<GeneratorObject*>(o);
          g->finalizable = true;
          prompt = g->close_runs_code;
        }
        vm.heap().RegisterFinalizable(o, prompt);
      }
    }
    // The carried references (their callbacks are due) are roots of the
    // collection and go first in the next batch, in order.
    RootScope roots(vm);
    for (Value& v : carried) roots.Add(&v);
    std::vector<Value> next;
    if (!CollectCharged(vm, nullptr, 0, &next, &independent)) return false;
    batch.assign(carried.begin(), carried.end());
    batch.insert(batch.end(), next.begin(), next.end());
  }
  return true;
}

// Runs every finalizer of `batch`, in order, without looking again.
bool RunAll(Interp& vm, std::vector<Value> batch) {
  RootScope roots(vm);
  for (Value& v : batch) roots.Add(&v);
  for (Value v : batch) {
    if (!RunFinalizer(vm, v)) return false;
  }
  return true;
}

bool CollectAndFinalize(Interp& vm, const Value* hints, size_t n) {
  std::vector<Value> dead;
  bool independent = false;
  if (!CollectCharged(vm, hints, n, &dead, &independent)) return false;
  return RunBatch(vm, std::move(dead), independent);
}

// FinalizeDropped, where [dropped + direct_from, dropped + n) are the
// values whose own finalizer (an unstarted coroutine's warning) is looked
// for: a drop collects when one of those is an unstarted coroutine, or
// when something finalizable now lives and the walk may reach it.
bool FinalizeDroppedFrom(Interp& vm, const Value* dropped, size_t n, size_t direct_from) {
  if (vm.heap().live_finalizables() == 0 || vm.limit_hit() != LimitKind::kNone ||
      !PromptAllowed(vm)) {
    return true;
  }
  bool direct = false;
  for (size_t i = direct_from; i < n && !direct; ++i) {
    direct = MayReleaseUnstartedCoroutine(dropped[i]);
  }
  if (!direct &&
      (vm.heap().prompt_finalizables() == 0 || !MayReachFinalizable(vm, dropped, n))) {
    return true;
  }
  return CollectAndFinalize(vm, dropped, n);
}

// The argument slots of a frame of `code` (parameters, *args, **kwargs):
// a coroutine passed in is usually kept by the callee (a Task), so its
// return does not look for the coroutine's warning there.
size_t ArgumentSlots(const CodeObject* code) {
  int32_t slots = code->arg_count + code->kwonly_arg_count +
                  ((code->flags & kCodeFlagVarargs) != 0 ? 1 : 0) +
                  ((code->flags & kCodeFlagVarkeywords) != 0 ? 1 : 0);
  return static_cast<size_t>(slots);
}

// CPython's atexit callbacks at interpreter exit: `atexit._run_exitfuncs`
// of the imported `atexit` module (stdlib_safe/py/atexit.py), which calls
// the script's registered functions newest first, reporting each one's
// exception as CPython's "Exception ignored in atexit callback";
// `weakref.finalize._exitfunc` is among them once a finalizer was made.
// They run under the budgets, as any finalizer. An exception escaping the
// hook is reported as an unraisable one; an exception pending on entry is
// pending again on return. False only when a budget limit was hit.
bool RunAtexitHook(Interp& vm) {
  Value module = DictGetStr(vm, vm.modules(), vm.Intern("atexit"));
  if (module.is_null() || !HasType(module, &kModuleType)) return true;
  Value pending = vm.HasException() ? vm.TakeException() : Value::Null();
  RootScope roots(vm);
  roots.Add(&pending);
  roots.Add(&module);
  Value fn = GetAttrOptional(vm, module, vm.Intern("_run_exitfuncs"));
  roots.Add(&fn);
  if (fn.is_null() || vm.Call0(fn).is_null()) {
    if (vm.limit_hit() != LimitKind::kNone) return false;
    if (vm.HasException()) {
      Value exc = vm.TakeException();
      roots.Add(&exc);
      if (!ReportUnraisable(vm, fn.is_null() ? module : fn, exc)) return false;
    }
  }
  if (!pending.is_null()) vm.SetException(pending);
  return true;
}

}  // namespace

bool FinalizeDropped(Interp& vm, const Value* dropped, size_t n) {
  return FinalizeDroppedFrom(vm, dropped, n, 0);
}

bool FinalizeNewlyReferenced(Interp& vm, const Frame* frame, const Value* values, size_t n,
                             uint64_t serial_before) {
  if (frame == nullptr || frame->code->origin != CodeOrigin::kScript) return true;
  auto& lists = vm.heap().weak_lists();
  std::vector<Value> fresh;
  for (size_t i = 0; i < n; ++i) {
    if (!values[i].is_object() || (values[i].object()->gc_flags & kObjHasWeakRefs) == 0) continue;
    auto it = lists.find(values[i].object());
    if (it != lists.end() && it->second.serial > serial_before) fresh.push_back(values[i]);
  }
  if (fresh.empty()) return true;
  return FinalizeDropped(vm, fresh.data(), fresh.size());
}

bool FinalizeUnreachable(Interp& vm) {
  if (vm.heap().prompt_finalizables() == 0 || vm.limit_hit() != LimitKind::kNone ||
      !PromptAllowed(vm)) {
    return true;
  }
  return CollectAndFinalize(vm, nullptr, 0);
}

bool FinalizeDroppedLocals(Interp& vm, const Value* locals, size_t n, const CodeObject* code) {
  return FinalizeDroppedFrom(vm, locals, n, std::min(n, ArgumentSlots(code)));
}

bool FinalizeFrameLocals(Interp& vm, Frame* dead, Value* retval) {
  if (vm.heap().live_finalizables() == 0 || vm.limit_hit() != LimitKind::kNone ||
      !PromptAllowed(vm)) {
    return true;
  }
  RootScope roots(vm);
  if (retval != nullptr) roots.Add(retval);
  size_t n = static_cast<size_t>(dead->nlocalsplus);
  const Value* locals = dead->localsplus;
  // A local the caller still holds on its stack (the arguments a native
  // operation passed to a dunder it called, `__setitem__(self, key,
  // value)`) is not dropped by this return: no collection for it.
  std::vector<Value> kept_out;
  Frame* caller = dead->previous;
  if (caller != nullptr && caller->stack_pointer > caller->stack_base()) {
    const Value* stack = caller->stack_base();
    const Value* top = caller->stack_pointer;
    for (size_t i = 0; i < n; ++i) {
      if (!locals[i].is_object() || std::find(stack, top, locals[i]) == top) continue;
      if (kept_out.empty()) kept_out.assign(locals, locals + n);
      kept_out[i] = Value::Null();
    }
    if (!kept_out.empty()) locals = kept_out.data();
  }
  return FinalizeDroppedLocals(vm, locals, n, dead->code);
}

bool RunPendingFinalizers(Interp& vm) {
  if (vm.pending_finalizers().empty()) return true;
  std::vector<Value> batch;
  batch.swap(vm.pending_finalizers());
  return RunBatch(vm, std::move(batch), false);
}

bool FinalizeAtExit(Interp& vm) {
  if (vm.limit_hit() != LimitKind::kNone) return false;
  if (!RunPendingFinalizers(vm)) return false;
  // Garbage first: CPython finalized it when its last reference went.
  if ((!vm.heap().finalizables().empty() || !vm.heap().weak_lists().empty()) &&
      !CollectAndFinalize(vm, nullptr, 0)) {
    return false;
  }
  // The atexit callbacks (stdlib_safe/py/atexit.py), weakref.finalize's
  // exit hook among them once a finalizer was made.
  if (!RunAtexitHook(vm)) return false;
  if (vm.heap().finalizables().empty()) return true;
  // The main module's namespace, as garbage: CPython's exit collects it
  // with the cycle collector, which calls every finalizer of the garbage
  // before it frees any.
  vm.finalizing_at_exit = true;
  {
    std::vector<Value> dead;
    if (!ChargeCollection(vm, CollectAtExit(vm, &dead)) || !RunAll(vm, std::move(dead))) {
      return false;
    }
  }
  // What is still alive (held from elsewhere), oldest first.
  std::vector<Value> rest;
  for (Object* o : vm.heap().finalizables()) {
    if (IsGeneratorObjectType(o->type)) {
      GeneratorObject* g = static_cast<GeneratorObject*>(o);
      if (!g->finalizable) continue;
      g->finalizable = false;
    }
    rest.push_back(Value::FromObject(o));
  }
  vm.heap().finalizables().clear();
  vm.heap().set_live_finalizables(0, 0);
  return RunAll(vm, std::move(rest));
}

}  // namespace moat::vm
