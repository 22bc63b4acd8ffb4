// The bytecode loop: executes verified CPython 3.11 code objects.
//
// Invariants (read these before changing the loop):
//  1. Code reaching the loop has passed the verifier (vm/verifier.cc): every
//     opcode is implemented, every oparg indexes within its table, every
//     jump lands on an instruction, and the stack never exceeds
//     co_stacksize nor underflows. The loop does not re-check these.
//  2. Before anything that can run Python code or collect (calls, generic
//     ops on user objects, safepoints), the current frame's stack pointer is
//     saved (SAVE_SP), so the collector sees exactly the live stack.
//  3. Collection happens only at safepoints: RESUME (function entry) and
//     backward jumps, and at the finalization checks where a reference is
//     dropped while something finalizable lives (FINALIZE_DROPPED,
//     RETURN_VALUE, POP_EXCEPT, FOR_ITER; vm/finalize.h), which save the
//     stack pointer first. So between two safepoints, Values held in C++
//     locals of the loop are safe.
//  4. Python-to-Python calls do not recurse on the C++ stack: CALL of a
//     Python function pushes a frame and continues the same loop. The loop
//     recurses only when native code calls back into Python
//     (CallPythonFunction, generator resumption), guarded by EnterNative.
//  5. Every failing instruction goes to `error`, which records the
//     traceback entry and unwinds through the exception table; `unwind`
//     skips the traceback entry (re-raises).
#include "vm/interpreter.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/format.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/inline_cache.h"
#include "vm/match.h"
#include "vm/opcodes.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/coroutine.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/slots.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

Value& HandledException(Interp& vm) { return vm.handled_exception; }

namespace {

// How many items ahead FOR_ITER over a list prefetches: a loop body takes
// about as long as a cache miss, so a few iterations hide it.
constexpr size_t kForIterPrefetchDistance = 4;

// ---------------------------------------------------------------------------
// Argument binding (CPython's initialize_locals in Python/ceval.c)
// ---------------------------------------------------------------------------

std::string QuotedNameList(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (names.size() == 2) {
        out += " and ";
      } else if (i == names.size() - 1) {
        out += ", and ";
      } else {
        out += ", ";
      }
    }
    StrAppend(&out, "'", names[i], "'");
  }
  return out;
}

std::string_view LocalName(CodeObject* code, size_t i) {
  return As<StrObject>(code->localsplus_names->items[i])->view();
}

bool MissingArguments(Interp& vm, FunctionObject* f, Frame* frame, size_t begin, size_t end,
                      const char* kind) {
  std::vector<std::string_view> missing;
  for (size_t i = begin; i < end; ++i) {
    if (frame->localsplus[i].is_null()) missing.push_back(LocalName(f->code, i));
  }
  vm.RaiseFormat(&kTypeErrorType, "%s() missing %d required %s argument%s: %s",
                 std::string(f->qualname->view()), static_cast<int>(missing.size()), kind,
                 missing.size() == 1 ? "" : "s", QuotedNameList(missing));
  return false;
}

bool TooManyPositional(Interp& vm, FunctionObject* f, Frame* frame, size_t given) {
  CodeObject* co = f->code;
  size_t argcount = co->arg_count;
  size_t defcount = f->defaults ? f->defaults->size : 0;
  size_t kwonly_given = 0;
  for (size_t i = argcount; i < argcount + co->kwonly_arg_count; ++i) {
    if (!frame->localsplus[i].is_null()) ++kwonly_given;
  }
  std::string sig;
  bool plural;
  if (defcount > 0) {
    // Signed: a __defaults__ longer than the parameters gives "from -1", as in CPython.
    sig = StrCat("from ", static_cast<int64_t>(argcount) - static_cast<int64_t>(defcount), " to ",
                 argcount);
    plural = true;
  } else {
    sig = StrCat(argcount);
    plural = argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given > 0) {
    kwonly_sig = absl::StrFormat(" positional argument%s (and %d keyword-only argument%s)",
                                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  }
  vm.RaiseFormat(&kTypeErrorType, "%s() takes %s positional argument%s but %d%s %s given",
                 std::string(f->qualname->view()), sig, plural ? "s" : "", given, kwonly_sig,
                 given == 1 && kwonly_given == 0 ? "was" : "were");
  return false;
}

// Fills frame->localsplus from the call's arguments: the keywords those of
// args.kwnames, or, when `kwargs` is not null (CALL_FUNCTION_EX), that
// dict's items in order, with keys already checked to be strings. False
// with TypeError pending on a mismatch.
bool BindArguments(Interp& vm, FunctionObject* f, Frame* frame, CallArgs args,
                   const DictObject* kwargs = nullptr) {
  CodeObject* co = f->code;
  Value* locals = frame->localsplus;
  size_t argcount = co->arg_count;
  size_t kwonly = co->kwonly_arg_count;
  size_t total = argcount + kwonly;
  bool has_varargs = (co->flags & kCodeFlagVarargs) != 0;
  bool has_varkw = (co->flags & kCodeFlagVarkeywords) != 0;
  DictObject* kwdict = nullptr;
  if (has_varkw) {
    kwdict = NewDict(vm);
    if (kwdict == nullptr) return false;
    locals[total + (has_varargs ? 1 : 0)] = Value::FromObject(kwdict);
  }
  size_t n = std::min(args.nargs, argcount);
  for (size_t i = 0; i < n; ++i) locals[i] = args.args[i];
  if (has_varargs) {
    size_t extra = args.nargs > argcount ? args.nargs - argcount : 0;
    TupleObject* t = extra ? NewTupleFrom(vm, args.args + argcount, extra) : vm.empty_tuple();
    if (t == nullptr) return false;
    locals[total] = Value::FromObject(t);
  }
  // Keyword arguments.
  size_t nkw = kwargs != nullptr ? kwargs->size : args.nkwargs();
  size_t kwargs_pos = 0;
  std::vector<std::string_view> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Value key;
    Value value;
    if (kwargs != nullptr) {
      if (!DictNext(kwargs, &kwargs_pos, &key, &value)) break;
    } else {
      key = args.kwnames->items[k];
      value = args.args[args.nargs + k];
    }
    if (!IsStr(key)) {
      // Only a stand-in for a C function that takes any key in its dict
      // has one (KeywordsAreStrings lets it through to nothing else).
      if (kwdict == nullptr || (co->flags & kCodeFlagAnyKeywords) == 0) {
        vm.RaiseTypeError("keywords must be strings");
        return false;
      }
      if (DictSet(vm, kwdict, key, value) < 0) return false;
      continue;
    }
    StrObject* name = As<StrObject>(key);
    size_t j = co->posonly_arg_count;
    bool found = false;
    for (; j < total; ++j) {
      StrObject* pname = As<StrObject>(co->localsplus_names->items[j]);
      if (pname == name || StrEquals(pname, name)) {
        found = true;
        break;
      }
    }
    if (found) {
      if (!locals[j].is_null()) {
        vm.RaiseFormat(&kTypeErrorType, "%s() got multiple values for argument '%s'",
                       std::string(f->qualname->view()), std::string(name->view()));
        return false;
      }
      locals[j] = value;
      continue;
    }
    if (kwdict != nullptr) {
      if (DictSet(vm, kwdict, Value::FromObject(name), value) < 0) return false;
      continue;
    }
    bool is_posonly = false;
    for (size_t p = 0; p < static_cast<size_t>(co->posonly_arg_count); ++p) {
      if (StrEquals(As<StrObject>(co->localsplus_names->items[p]), name)) is_posonly = true;
    }
    if (is_posonly) {
      posonly_as_kw.push_back(name->view());
      continue;
    }
    vm.RaiseFormat(&kTypeErrorType, "%s() got an unexpected keyword argument '%s'",
                   std::string(f->qualname->view()), std::string(name->view()));
    return false;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) {
      StrAppend(&names, i ? ", " : "", posonly_as_kw[i]);
    }
    vm.RaiseFormat(&kTypeErrorType,
                   "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                   std::string(f->qualname->view()), names);
    return false;
  }
  if (args.nargs > argcount && !has_varargs) {
    return TooManyPositional(vm, f, frame, args.nargs);
  }
  // Defaults for missing positionals.
  if (args.nargs < argcount) {
    size_t defcount = f->defaults ? f->defaults->size : 0;
    // A __defaults__ longer than the parameters supplies them from its tail, as in CPython.
    size_t skipped_defaults = defcount > argcount ? defcount - argcount : 0;
    size_t first_default = argcount - (defcount - skipped_defaults);
    bool missing = false;
    for (size_t i = args.nargs; i < argcount; ++i) {
      if (!locals[i].is_null()) continue;
      if (i >= first_default) {
        locals[i] = f->defaults->items[skipped_defaults + i - first_default];
      } else {
        missing = true;
      }
    }
    if (missing) return MissingArguments(vm, f, frame, args.nargs, first_default, "positional");
  }
  if (kwonly > 0) {
    bool missing = false;
    for (size_t i = argcount; i < total; ++i) {
      if (!locals[i].is_null()) continue;
      if (f->kwdefaults != nullptr) {
        Value d = DictGetStr(vm, f->kwdefaults, As<StrObject>(co->localsplus_names->items[i]));
        if (!d.is_null()) {
          locals[i] = d;
          continue;
        }
      }
      missing = true;
    }
    if (missing) return MissingArguments(vm, f, frame, argcount, total, "keyword-only");
  }
  return true;
}

// Pushes an arena frame for `code` with all locals unbound.
Frame* PushFrame(Interp& vm, CodeObject* code, FunctionObject* function, DictObject* globals,
                 DictObject* builtins, DictObject* locals) {
  if (vm.AtRecursionLimit()) {
    vm.Raise(&kRecursionErrorType, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* f = vm.frames().Push(code->frame_bytes);
  if (f == nullptr) return nullptr;
  f->code = code;
  f->function = function;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->previous = nullptr;
  f->generator = nullptr;
  f->next_instr = code->data->code.data();
  f->prev_instr = f->next_instr;
  f->is_entry = false;
  f->in_arena = true;
  f->yielded = false;
  f->on_return = FrameReturn::kPush;
  f->open_handlers = 0;
  f->nlocalsplus = code->nlocalsplus;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) f->localsplus[i] = Value::Null();
  f->stack_pointer = f->localsplus + code->nlocalsplus;
  ++vm.python_depth;
  return f;
}

void PopFrame(Interp& vm, Frame* f) {
  // A plain construction's __init__ frame, a cached function's, or a
  // keyword partial's func's counts twice (see TryFrameForPlainConstruction,
  // TryFrameForCachedCall, TryFrameForPartialCall).
  vm.python_depth -= f->on_return == FrameReturn::kPush ? 1 : 2;
  if (f->in_arena) vm.frames().Pop(f);
}

// The arguments `args` and the keywords of `kwargs` (may be null) as a
// vectorcall passes them: the values in *argv, positionals first, and the
// names in *kwnames (nullptr when there are none). False with MemoryError
// pending. Allocates only the names tuple, before anything is copied, so
// the caller roots *argv and *kwnames after.
bool FlattenKeywords(Interp& vm, const Value* args, size_t nargs, const DictObject* kwargs,
                     std::vector<Value>* argv, TupleObject** kwnames) {
  size_t nkw = kwargs != nullptr ? kwargs->size : 0;
  *kwnames = nullptr;
  if (nkw > 0) {
    *kwnames = NewTuple(vm, nkw);
    if (*kwnames == nullptr) return false;
  }
  argv->assign(args, args + nargs);
  size_t pos = 0, i = 0;
  Value k, v;
  while (nkw > 0 && DictNext(kwargs, &pos, &k, &v)) {
    (*kwnames)->items[i++] = k;
    argv->push_back(v);
  }
  return true;
}

// RaiseCSignatureError for a call whose keywords came in dict `kwargs`
// (FrameForCallEx): the arguments as CALL would have passed them.
void RaiseCSignatureErrorForDict(Interp& vm, FunctionObject* f, CallArgs args,
                                 const DictObject* kwargs) {
  std::vector<Value> argv;
  TupleObject* kwnames = nullptr;
  if (!FlattenKeywords(vm, args.args, args.nargs, kwargs, &argv, &kwnames)) return;
  RootScope roots(vm);
  Value kwnames_v = Value::FromObject(kwnames);
  roots.Add(&kwnames_v);
  for (Value& value : argv) roots.Add(&value);
  RaiseCSignatureError(vm, f, CallArgs{argv.data(), args.nargs, kwnames});
}

// Creates the frame for calling `f` with `args` (and the keywords of dict
// `kwargs`, if not null: BindArguments); nullptr with an exception pending
// on failure (the frame is then already released).
Frame* FrameForCall(Interp& vm, FunctionObject* f, CallArgs args,
                    const DictObject* kwargs = nullptr,
                    CTypeSelfCheck self_check = CTypeSelfCheck::kApply) {
  if ((f->code->flags & kCodeFlagCTypeSelf) != 0 && self_check == CTypeSelfCheck::kApply &&
      !CheckCTypeSelf(vm, f, args.args, args.nargs)) {
    return nullptr;
  }
  Frame* frame = PushFrame(vm, f->code, f, f->globals, f->builtins, nullptr);
  if (frame == nullptr) return nullptr;
  // Binding can raise; the frame is not linked yet, so its partial locals
  // are not roots: nothing in binding reaches a safepoint.
  if (!BindArguments(vm, f, frame, args, kwargs)) {
    PopFrame(vm, frame);
    if ((f->code->flags & kCodeFlagCSignature) != 0) {
      if (kwargs == nullptr) {
        RaiseCSignatureError(vm, f, args);
      } else {
        RaiseCSignatureErrorForDict(vm, f, args, kwargs);
      }
    }
    return nullptr;
  }
  return frame;
}

// FrameForCall for a call without keywords, the arguments as scalars (a
// CallArgs travels through memory). The common cases, a function with no
// *args, **kwargs or keyword-only parameters given as many positionals as
// its parameters, or fewer with defaults for the rest, only copy them
// (CPython's CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS).
inline Frame* FrameForPositionalCall(Interp& vm, FunctionObject* f, const Value* args,
                                     size_t nargs) {
  CodeObject* co = f->code;
  size_t argcount = static_cast<size_t>(co->arg_count);
  if (nargs > argcount || co->kwonly_arg_count != 0 ||
      (co->flags & (kCodeFlagVarargs | kCodeFlagVarkeywords | kCodeFlagCTypeSelf)) != 0) {
    return FrameForCall(vm, f, CallArgs{args, nargs, nullptr});
  }
  // BindArguments' reading of the defaults: a __defaults__ longer than the
  // parameters supplies them from its tail.
  size_t skipped_defaults = 0;
  size_t first_default = argcount;
  if (nargs < argcount) {
    size_t defcount = f->defaults != nullptr ? f->defaults->size : 0;
    skipped_defaults = defcount > argcount ? defcount - argcount : 0;
    first_default = argcount - (defcount - skipped_defaults);
    if (nargs < first_default) return FrameForCall(vm, f, CallArgs{args, nargs, nullptr});
  }
  Frame* frame = PushFrame(vm, co, f, f->globals, f->builtins, nullptr);
  if (frame == nullptr) return nullptr;
  for (size_t i = 0; i < nargs; ++i) frame->localsplus[i] = args[i];
  for (size_t i = nargs; i < argcount; ++i) {
    frame->localsplus[i] = f->defaults->items[skipped_defaults + i - first_default];
  }
  return frame;
}

// CALL of a plain user class (StartPlainConstruction): `slots` holds the
// class, then its arguments. On success the class's slot holds the new
// instance, and *init_frame is its __init__'s frame (nullptr with an
// exception pending if the instance or the frame could not be made).
// False when the class is not plain: nothing was done.
bool TryFrameForPlainConstruction(Interp& vm, Value* slots, size_t nargs, TupleObject* kw,
                                  Frame** init_frame) {
  Value instance;
  FunctionObject* init = nullptr;
  int started = StartPlainConstruction(vm, slots[0], &instance, &init);
  if (started == 0) return false;
  *init_frame = nullptr;
  if (started < 0) return true;
  slots[0] = instance;  // rooted on the caller's stack from here on
  // CPython calls a class through _PyObject_MakeTpCall, a step of the
  // recursion limit held while __init__ runs; here __init__'s frame counts
  // for it, so a recursion through __init__ stops where CPython's does.
  if (vm.AtRecursionLimit()) {
    vm.Raise(&kRecursionErrorType, "maximum recursion depth exceeded while calling a Python object");
    return true;
  }
  ++vm.python_depth;
  Frame* frame = kw == nullptr ? FrameForPositionalCall(vm, init, slots, nargs + 1)
                               : FrameForCall(vm, init, CallArgs{slots, nargs + 1, kw});
  if (frame != nullptr) {
    frame->on_return = FrameReturn::kInitInstance;
  } else {
    --vm.python_depth;
  }
  *init_frame = frame;
  return true;
}

// CALL of a functools.partial (its class is kTypePartialCall) whose func
// is a Python function: as CPython's partial_vectorcall, func is called
// with the partial's arguments before the call's, in func's own frame, so
// a recursion through a partial costs one level per call, as in CPython; a
// partial with keywords (the call's merged over them) costs one more, the
// step of CPython's _PyObject_MakeTpCall, held while the frame runs
// (kPushAfterStep). *frame is that frame, or nullptr with an exception
// pending. False when the partial is not such a call (another kind of
// func, members that are not an exact tuple and a dict of str keys, a
// generator function with keywords): nothing was done, and
// partial.__call__ runs. Reads the members natively (the class defines no
// attribute hooks); runs no Python code.
bool TryFrameForPartialCall(Interp& vm, Value callable, const Value* args, size_t npos,
                            TupleObject* kw, Frame** frame) {
  StrObject* names[3] = {vm.Intern("func"), vm.Intern("args"), vm.Intern("keywords")};
  Value members[3];
  for (size_t i = 0; i < 3; ++i) {
    if (names[i] == nullptr) return false;
    members[i] = GetAttrOptional(vm, callable, names[i]);
    if (members[i].is_null()) {
      vm.ClearException();
      return false;
    }
  }
  if (!IsPythonFunction(members[0]) || !HasType(members[1], &kTupleType) ||
      !HasType(members[2], &kDictType)) {
    return false;
  }
  TupleObject* pargs = As<TupleObject>(members[1]);
  DictObject* keywords = As<DictObject>(members[2]);
  FunctionObject* f = As<FunctionObject>(members[0]);
  bool step = keywords->size != 0;
  if (step) {
    if ((f->code->flags & (kCodeFlagGenerator | kCodeFlagCoroutine | kCodeFlagAsyncGenerator)) !=
        0) {
      return false;
    }
    size_t pos = 0;
    Value key, value;
    while (DictNext(keywords, &pos, &key, &value)) {
      if (!IsStr(key)) return false;
    }
  }
  size_t nkw = kw == nullptr ? 0 : kw->size;
  *frame = nullptr;
  if (!vm.ChargeItems(pargs->size + npos + nkw + keywords->size)) return true;
  std::vector<Value> argv(pargs->items, pargs->items + pargs->size);
  argv.insert(argv.end(), args, args + npos + nkw);
  CallArgs call{argv.data(), pargs->size + npos, kw};
  if (!step) {
    *frame = FrameForCall(vm, f, call);
    return true;
  }
  // The call's keywords over the partial's, as {**keywords, **call}; str
  // keys only, so the merge runs no Python code.
  DictObject* merged = keywords;
  if (kw != nullptr) {
    merged = DictCopy(vm, keywords);
    if (merged == nullptr) return true;
    for (size_t i = 0; i < nkw; ++i) {
      if (DictSet(vm, merged, kw->items[i], args[npos + i]) < 0) return true;
    }
    call.kwnames = nullptr;
  }
  if (vm.AtRecursionLimit()) {
    vm.Raise(&kRecursionErrorType,
             "maximum recursion depth exceeded while calling a Python object");
    return true;
  }
  ++vm.python_depth;
  *frame = FrameForCall(vm, f, call, merged);
  if (*frame == nullptr) {
    --vm.python_depth;
  } else {
    (*frame)->on_return = FrameReturn::kPushAfterStep;
  }
  return true;
}

// CALL of a functools._lru_cache_wrapper (vm/objects/lru_cache.h) whose
// function is a Python function that is not a generator: `slots` holds
// the call's two leading slots (NULL or a callable, then a callable or
// self), then its arguments. The cache lookup comes first; on a hit
// *result is the cached value and *frame nullptr. On a miss *frame is the
// function's frame, whose return LruCacheStore records (kCacheStore), and
// slots[0..1] hold the wrapper and the key for it. With an exception
// pending, both are nullptr/Null. False when the wrapper's function is not
// such a function: nothing was done. May run Python code (__hash__,
// __eq__).
bool TryFrameForCachedCall(Interp& vm, Value* slots, Value callable, const Value* args,
                           size_t npos, TupleObject* kw, Frame** frame, Value* result) {
  LruCacheObject* w = As<LruCacheObject>(callable);
  if (!HasType(w->func, &kFunctionType)) return false;
  FunctionObject* f = As<FunctionObject>(w->func);
  if ((f->code->flags & (kCodeFlagGenerator | kCodeFlagCoroutine | kCodeFlagAsyncGenerator)) != 0) {
    return false;
  }
  *frame = nullptr;
  *result = Value::Null();
  // The wrapper's own step, held until the frame returns, as
  // TryFrameForPlainConstruction's.
  if (vm.AtRecursionLimit()) {
    vm.Raise(&kRecursionErrorType, "maximum recursion depth exceeded while calling a Python object");
    return true;
  }
  ++vm.python_depth;
  CallArgs call{args, npos, kw};
  Value key;
  int found = LruCacheLookup(vm, w, call, &key);
  if (found != 0) {
    --vm.python_depth;
    if (found > 0) *result = key;
    return true;
  }
  RootScope roots(vm);
  roots.Add(&key);
  Frame* callee = kw == nullptr ? FrameForPositionalCall(vm, f, args, npos)
                                : FrameForCall(vm, f, call);
  if (callee == nullptr) {
    --vm.python_depth;
    return true;
  }
  callee->on_return = FrameReturn::kCacheStore;
  slots[0] = callable;
  slots[1] = key;
  *frame = callee;
  return true;
}

// ---------------------------------------------------------------------------
// Helpers for individual instructions (slow paths)
// ---------------------------------------------------------------------------

Value NameErrorFor(Interp& vm, StrObject* name) {
  if (IsRefusedBuiltin(name->view())) {
    return vm.Raise(&kNameErrorType, RefusedBuiltinMessage(name->view()));
  }
  vm.RaiseFormat(&kNameErrorType, "name '%s' is not defined", std::string(name->view()));
  SetNameErrorName(vm, name);
  return Value::Null();
}

Value LoadGlobal(Interp& vm, Frame* frame, StrObject* name) {
  Value v = DictGetStr(vm, frame->globals, name);
  if (!v.is_null()) return v;
  v = DictGetStr(vm, frame->builtins, name);
  if (!v.is_null()) return v;
  return NameErrorFor(vm, name);
}

// A class body whose namespace is a dict subclass (the __prepare__ of one
// of moat's metaclasses, enum's _EnumDict) reads and writes its names
// through the subclass's __getitem__/__setitem__/__delitem__, as CPython's
// ceval.c does for any namespace that is not exactly a dict; an exact dict
// keeps the direct path.
inline bool IsMappingNamespace(const DictObject* ns) { return ns->type != &kDictType; }

// The namespace's value for `name`: Null with no exception when it has
// none (a KeyError from __getitem__ is cleared), Null with an exception
// otherwise. Runs Python code for a mapping namespace.
Value NamespaceGet(Interp& vm, DictObject* ns, StrObject* name) {
  if (!IsMappingNamespace(ns)) return DictGetStr(vm, ns, name);
  Value v = GetItem(vm, Value::FromObject(ns), Value::FromObject(name));
  if (v.is_null() && vm.ExceptionMatches(&kKeyErrorType)) vm.ClearException();
  return v;
}

Value LoadName(Interp& vm, Frame* frame, StrObject* name) {
  if (frame->locals != nullptr && frame->locals != frame->globals) {
    Value v = NamespaceGet(vm, frame->locals, name);
    if (!v.is_null() || vm.HasException()) return v;
  }
  return LoadGlobal(vm, frame, name);
}

void RaiseUnboundLocal(Interp& vm, CodeObject* code, size_t index) {
  vm.RaiseFormat(&kUnboundLocalErrorType,
                 "cannot access local variable '%s' where it is not associated with a value",
                 std::string(LocalName(code, index)));
}

void RaiseUnboundDeref(Interp& vm, CodeObject* code, size_t index) {
  if (code->data->image->localsplus_kinds[index] & kLocalKindFree) {
    vm.RaiseFormat(&kNameErrorType,
                   "cannot access free variable '%s' where it is not associated with a value in "
                   "enclosing scope",
                   std::string(LocalName(code, index)));
    SetNameErrorName(vm, As<StrObject>(code->localsplus_names->items[index]));
  } else {
    RaiseUnboundLocal(vm, code, index);
  }
}

// BEFORE_WITH's (and, with `async_with`, BEFORE_ASYNC_WITH's) work: *slot
// holds the manager on entry and its bound __exit__ (__aexit__) on
// success; returns __enter__()'s (__aenter__()'s) result.
Value BeforeWith(Interp& vm, Value* slot, bool async_with = false) {
  Value mgr = *slot;
  const char* protocol = async_with ? "asynchronous context manager" : "context manager";
  Value enter = LookupSpecial(vm, mgr, vm.Intern(async_with ? "__aenter__" : "__enter__"));
  if (enter.is_null()) {
    if (vm.HasException()) return enter;
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object does not support the %s protocol",
                          std::string(TypeName(mgr)), protocol);
  }
  RootScope roots(vm);
  roots.Add(&enter);
  Value exit = LookupSpecial(vm, mgr, vm.Intern(async_with ? "__aexit__" : "__exit__"));
  if (exit.is_null()) {
    if (vm.HasException()) return exit;
    return vm.RaiseFormat(&kTypeErrorType,
                          "'%s' object does not support the %s protocol (missed %s method)",
                          std::string(TypeName(mgr)), protocol,
                          async_with ? "__aexit__" : "__exit__");
  }
  *slot = exit;
  return vm.Call0(enter);
}

// WITH_EXCEPT_START's call: __exit__(type(exc), exc, exc.__traceback__).
Value CallExitWithException(Interp& vm, Value exit, Value exc) {
  Value args[3] = {Value::FromObject(TypeOf(exc)), exc,
                   IsException(exc) ? ExceptionTraceback(exc) : Value::None()};
  RootScope roots(vm);
  for (Value& v : args) roots.Add(&v);
  return vm.Call(exit, CallArgs{args, 3, nullptr});
}

// SETUP_ANNOTATIONS: an empty __annotations__ dict in the namespace unless
// one is there.
bool SetupAnnotations(Interp& vm, Frame* frame) {
  DictObject* ns = frame->locals != nullptr ? frame->locals : frame->globals;
  StrObject* key = vm.Intern("__annotations__");
  if (!NamespaceGet(vm, ns, key).is_null()) return true;
  if (vm.HasException()) return false;
  DictObject* d = NewDict(vm);
  if (d == nullptr) return false;
  return NamespaceSetItem(vm, ns, Value::FromObject(key), Value::FromObject(d)) >= 0;
}

Value LoadClassDeref(Interp& vm, Frame* frame, uint32_t index) {
  CodeObject* code = frame->code;
  if (frame->locals != nullptr) {
    Value v = NamespaceGet(vm, frame->locals,
                           As<StrObject>(code->localsplus_names->items[index]));
    if (!v.is_null() || vm.HasException()) return v;
  }
  Value v = As<CellObject>(frame->localsplus[index])->value;
  if (v.is_null()) RaiseUnboundDeref(vm, code, index);
  return v;
}

// Turns the operand of `raise X` into an exception instance.
Value MakeRaisable(Interp& vm, Value v, bool for_cause) {
  if (IsExceptionType(v)) {
    Value exc = vm.Call0(v);
    if (exc.is_null()) return exc;
    if (!IsException(exc)) return RaiseNotExceptionInstance(vm, v, exc, /*made_type_repr=*/true);
    return exc;
  }
  if (IsException(v)) return v;
  return vm.RaiseTypeError(for_cause ? "exception causes must derive from BaseException"
                                     : "exceptions must derive from BaseException");
}

}  // namespace

void ChainContext(Interp& vm, Value exc, bool overwrite) {
  Value handled = vm.handled_exception;
  if (!IsException(exc) || !IsException(handled) || handled.Is(exc)) return;
  ExceptionObject* e = As<ExceptionObject>(exc);
  if (!overwrite && !e->context.is_null()) return;
  // Break a cycle: if exc is already in handled's context chain, cut it.
  // A chain that is already a cycle (a script can assign __context__) is
  // walked once, with Floyd's slow pointer as CPython does. The walk is as
  // long as the chain, which a loop can grow without bound: it is charged
  // to the instruction budget (without a check here, on the error path; the
  // next safepoint stops the run if the budget is spent).
  Value o = handled;
  Value slow = handled;
  bool move_slow = false;
  uint64_t walked = 0;
  while (IsException(o)) {
    ExceptionObject* oe = As<ExceptionObject>(o);
    Value context = oe->context;
    if (context.Is(exc)) {
      oe->context = Value::Null();
      break;
    }
    o = context;
    if (o.Is(slow)) break;
    if (move_slow) slow = As<ExceptionObject>(slow)->context;
    move_slow = !move_slow;
    ++walked;
  }
  if (walked >= 64) vm.instruction_count += walked;
  e->context = handled;
}

namespace {

bool DoRaise(Interp& vm, Value exc, Value cause) {
  Value instance = MakeRaisable(vm, exc, false);
  if (instance.is_null()) return false;
  if (!cause.is_null()) {
    Value c;
    if (cause.is_none()) {
      c = Value::None();
    } else {
      c = MakeRaisable(vm, cause, true);
      if (c.is_null()) return false;
    }
    ExceptionObject* e = As<ExceptionObject>(instance);
    e->cause = c;
    e->suppress_context = true;
  }
  vm.SetException(instance);
  return false;
}

// UNPACK_EX: a, *b, c = iterable.
bool UnpackEx(Interp& vm, Value iterable, size_t before, size_t after, Value* out) {
  // CPython's unpack_iterable lists the iterator, so a user iterable's
  // __len__ is not asked for (only an iterator's own).
  bool exact_sequence = HasType(iterable, &kListType) || HasType(iterable, &kTupleType);
  Value it = exact_sequence ? iterable : GetIter(vm, iterable);
  // The list it makes of the sequence's iterator asks that iterator's
  // length first (AskUserLengthHint does for the others).
  if (exact_sequence && !TakeLengthHintStep(vm)) return false;
  RootScope roots(vm);
  roots.Add(&it);
  ListObject* all = it.is_null() ? nullptr : ListFromIterable(vm, it);
  if (all == nullptr) {
    if (vm.ExceptionMatches(&kTypeErrorType) && !IsList(iterable) &&
        TypeOf(iterable)->iter == nullptr && TypeOf(iterable)->getitem == nullptr) {
      vm.ClearException();
      vm.RaiseFormat(&kTypeErrorType, "cannot unpack non-iterable %s object",
                     std::string(TypeName(iterable)));
    }
    return false;
  }
  size_t n = all->size;
  if (n < before + after) {
    vm.RaiseFormat(&kValueErrorType, "not enough values to unpack (expected at least %d, got %d)",
                   before + after, n);
    return false;
  }
  for (size_t i = 0; i < before; ++i) out[i] = all->items[i];
  ListObject* middle = NewList(vm, n - before - after);
  if (middle == nullptr) return false;
  for (size_t i = before; i < n - after; ++i) middle->items[middle->size++] = all->items[i];
  out[before] = Value::FromObject(middle);
  for (size_t i = 0; i < after; ++i) out[before + 1 + i] = all->items[n - after + i];
  return true;
}

// How CPython names a callable in call-site errors (_PyObject_FunctionStr):
// "__main__.show()" for a function of module __main__, "len()" for builtins.
// A function is named by its __module__ (writable), a stand-in as a C
// function: "_heapq.heappush()".
std::string FunctionStr(Interp& vm, Value callable) {
  if (HasType(callable, &kFunctionType) || HasType(callable, &kBuiltinStandInType)) {
    FunctionObject* f = As<FunctionObject>(callable);
    if (IsStr(f->module) && As<StrObject>(f->module)->view() != "builtins") {
      return StrCat(As<StrObject>(f->module)->view(), ".", f->qualname->view(), "()");
    }
    return StrCat(f->qualname->view(), "()");
  }
  if (IsBuiltinFunction(callable)) {
    // "str.join()" for a type's method, "math.sqrt()", "len()".
    BuiltinFunctionObject* b = As<BuiltinFunctionObject>(callable);
    if (b->owner != nullptr) return StrCat(b->owner, ".", b->def->name, "()");
    if (HasType(b->self, &kModuleType)) {
      std::string_view module = As<ModuleObject>(b->self)->name->view();
      if (module != "builtins") return StrCat(module, ".", b->def->name, "()");
    }
    return StrCat(b->def->name, "()");
  }
  if (HasType(callable, &kMethodType)) {
    return FunctionStr(vm, As<MethodObject>(callable)->function);
  }
  if (IsType(callable)) {
    // A class: its __qualname__, after its __module__ unless builtins.
    Value qualname = GetAttrOptional(vm, callable, vm.Intern("__qualname__"));
    if (IsStr(qualname)) {
      RootScope roots(vm);
      roots.Add(&qualname);
      Value module = GetAttrOptional(vm, callable, vm.Intern("__module__"));
      if (IsStr(module) && As<StrObject>(module)->view() != "builtins") {
        return StrCat(As<StrObject>(module)->view(), ".", As<StrObject>(qualname)->view(), "()");
      }
      return StrCat(As<StrObject>(qualname)->view(), "()");
    }
  } else if (!IsException(vm.exception())) {
    // Anything else has no __qualname__: CPython shows str() of it.
    Value text = Str(vm, callable);
    if (IsStr(text)) return std::string(As<StrObject>(text)->view());
  }
  if (vm.limit_hit() == LimitKind::kNone) vm.ClearException();
  return StrCat(TypeName(callable), " object");
}

// DICT_MERGE for f(**m): keys must be unique (CALL_FUNCTION_EX checks they are str).
// DICT_UPDATE ({**m}): any mapping with keys() and __getitem__.
bool DictUpdateOrNotMapping(Interp& vm, DictObject* target, Value update) {
  if (DictMergeMapping(vm, target, update)) return true;
  if (vm.ExceptionMatches(&kAttributeErrorType)) {
    vm.ClearException();
    vm.RaiseFormat(&kTypeErrorType, "'%s' object is not a mapping",
                   std::string(TypeName(update)));
  }
  return false;
}

bool DictMerge(Interp& vm, DictObject* target, Value source, Value callable) {
  Value duplicate = Value::Null();
  RootScope roots(vm);
  roots.Add(&duplicate);
  if (DictMergeMapping(vm, target, source, &duplicate)) return true;
  // format_kwargs_error in CPython's ceval.c: an AttributeError (no keys())
  // says the argument is not a mapping; a repeated key is named by its str().
  if (!duplicate.is_null()) {
    Value key_text = Str(vm, duplicate);
    if (key_text.is_null()) {
      // _PyErr_FormatV clears the error and sets the TypeError without a
      // value when the text cannot be made: a bare TypeError.
      if (vm.limit_hit() != LimitKind::kNone) return false;
      vm.ClearException();
      TupleObject* no_args = EmptyTuple(vm);
      ExceptionObject* exc = no_args ? NewException(vm, &kTypeErrorType, no_args) : nullptr;
      if (exc != nullptr) vm.SetException(Value::FromObject(exc));
      return false;
    }
    roots.Add(&key_text);
    vm.RaiseFormat(&kTypeErrorType, "%s got multiple values for keyword argument '%s'",
                   FunctionStr(vm, callable), std::string(As<StrObject>(key_text)->view()));
  } else if (vm.ExceptionMatches(&kAttributeErrorType)) {
    vm.ClearException();
    vm.RaiseFormat(&kTypeErrorType, "%s argument after ** must be a mapping, not %s",
                   FunctionStr(vm, callable), std::string(TypeName(source)));
  }
  return false;
}

// Whether `callable` is a class CPython calls through tp_call, handing it
// the **kwargs dict as it is, that refuses every keyword before looking at
// one; if so, raises its refusal. A plain class (object's __new__ and
// __init__): "C() takes no arguments"; an exception class with
// BaseException's, slice, staticmethod and classmethod: "C() takes no
// keyword arguments"; a subclass of list, tuple, set, frozenset, float,
// staticmethod or classmethod: "list() takes no keyword arguments".
bool RaiseKeywordlessClassError(Interp& vm, Value callable) {
  if (!IsType(callable) || TypeOf(callable) != &kTypeType) return false;
  TypeObject* t = As<TypeObject>(callable);
  if (t == &kSliceType || t == &kStaticMethodType || t == &kClassMethodType) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", t->name);
    return true;
  }
  StrObject* init_name = vm.Intern("__init__");
  StrObject* new_name = vm.Intern("__new__");
  TypeAttr init, make;
  if (!FindTypeAttr(vm, t, init_name, &init) || !FindTypeAttr(vm, t, new_name, &make)) {
    return false;
  }
  // The built-in type the class's instances are made by (a user class's
  // best base, down to a built-in one): object's and BaseException's own
  // construction is known, not every built-in type's.
  TypeObject* builtin = t;
  while (builtin != nullptr && IsUserClass(builtin)) builtin = builtin->base;
  // A subclass of a built-in type whose tp_new or tp_init refuses any
  // keyword before reading one (_PyArg_NoKeywords), its own ones kept: the
  // built-in type's name (the type itself is called by vectorcall, which
  // wants str keys first).
  if (IsUserClass(t) && !IsUserClass(init.owner) && !IsUserClass(make.owner) &&
      (builtin == &kListType || builtin == &kTupleType || builtin == &kSetType ||
       builtin == &kFrozenSetType || builtin == &kFloatType ||
       builtin == &kStaticMethodType || builtin == &kClassMethodType)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", builtin->name);
    return true;
  }
  if (init.owner != make.owner) return false;
  if (init.owner == &kObjectType && builtin == &kObjectType) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no arguments", t->name);
    return true;
  }
  if (init.owner == &kBaseExceptionType && builtin != nullptr &&
      IsSubtype(builtin, &kBaseExceptionType)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", t->name);
    return true;
  }
  return false;
}

// Whether `f`, an attribute of a class or a bound method's function, is a
// function marked kCodeFlagAnyKeywords (a staticmethod's for __new__).
// Called unbound, only a dunder is: CPython's slot wrapper
// (`OrderedDict.__init__(od, **d)`) takes the dict as it is, where a method
// descriptor (`OrderedDict.update(od, **d)`) is a vectorcall that wants str
// keys, as its bound method, a tp_call, does not.
bool IsAnyKeywordsFunction(Value f) {
  if (f.is_null()) return false;
  bool bound = false;
  if (HasType(f, &kStaticMethodType)) f = As<FunctionWrapperObject>(f)->callable;
  if (HasType(f, &kMethodType)) {
    f = As<MethodObject>(f)->function;
    bound = true;
  }
  if (!IsPythonFunction(f)) return false;
  const FunctionObject* fn = As<FunctionObject>(f);
  if ((fn->code->flags & kCodeFlagAnyKeywords) == 0) return false;
  std::string_view name = fn->code->name->view();
  return bound || (name.size() > 4 && name.starts_with("__") && name.ends_with("__"));
}

// Whether a class's __new__ or __init__ (`attr`, found on the class's MRO)
// may be given keywords that are not str: a Python function (plain, or in
// a staticmethod or classmethod) binds them itself (BindArguments), and
// object's native __new__ and __init__ and dict's __new__ only count their
// arguments. Any other native, which reads its keywords as str, may not.
bool TakesAnyKeysSafely(const TypeAttr& attr, bool is_new) {
  if (!attr.found() || attr.method != nullptr) return false;
  if (attr.slot != nullptr) {
    return attr.owner == &kObjectType || (is_new && attr.owner == &kDictType);
  }
  Value f = attr.value;
  if (f.is_null()) return false;
  if (HasType(f, &kStaticMethodType) || HasType(f, &kClassMethodType)) {
    f = As<FunctionWrapperObject>(f)->callable;
  }
  return IsPythonFunction(f);
}

// Whether a call of `callable` hands CPython's C code the call's keyword
// dict as it is, and that code takes any key (OrderedDict(**{1: 2}), a
// partial's, operator.methodcaller's): a native type marked
// kTypeAnyKeywords, a function or bound method marked kCodeFlagAnyKeywords,
// or a class whose __init__ or __new__ is such a function (a subclass that
// defines its own takes only str keys, as its Python function does) and
// whose other one takes any keys safely (TakesAnyKeysSafely: the class's
// construction passes the keywords to both). Only such callees see a key
// that is not a str.
bool TakesAnyKeywords(Interp& vm, Value callable) {
  if (IsAnyKeywordsFunction(callable)) return true;
  if (!IsType(callable)) return false;
  TypeObject* t = As<TypeObject>(callable);
  if ((t->type_flags & kTypeAnyKeywords) != 0) return true;
  StrObject* init_name = vm.Intern("__init__");
  StrObject* new_name = vm.Intern("__new__");
  if (TypeOf(callable) != &kTypeType || !IsUserClass(t) || init_name == nullptr ||
      new_name == nullptr) {
    return false;
  }
  TypeAttr init, make;
  if (!FindTypeAttr(vm, t, init_name, &init) || !FindTypeAttr(vm, t, new_name, &make) ||
      !TakesAnyKeysSafely(init, /*is_new=*/false) || !TakesAnyKeysSafely(make, /*is_new=*/true)) {
    return false;
  }
  return (init.slot == nullptr && IsAnyKeywordsFunction(init.value)) ||
         (make.slot == nullptr && IsAnyKeywordsFunction(make.value));
}

// The keywords CALL_FUNCTION_EX passes must be str; DICT_MERGE lets any key
// through so that a repeated one is reported first, as CPython's does.
// CPython checks them where it unpacks the dict for a vectorcall; a class
// without one gets the dict itself (RaiseKeywordlessClassError), and so
// does a bound method of a built-in type declared METH_VARARGS, which
// refuses any keyword (cfunction_call), or METH_VARARGS | METH_KEYWORDS:
// a str's bound format looks names up in the dict and so never finds a
// key that is not a str, and `'a'.format(**{1: 2})` is 'a'. For that one
// *kwargs is replaced by a copy holding only the str keys (the script's
// own dict may be the one passed, so it is not changed).
bool KeywordsAreStrings(Interp& vm, Value callable, Value* kwargs) {
  if (kwargs->is_null() || !HasType(*kwargs, &kDictType)) return true;
  DictObject* dict = As<DictObject>(*kwargs);
  size_t pos = 0;
  Value k, v;
  bool all_str = true;
  while (all_str && DictNext(dict, &pos, &k, &v)) all_str = IsStr(k);
  if (all_str) return true;
  if (TakesAnyKeywords(vm, callable)) return true;
  if (HasType(callable, &kBuiltinFunctionType)) {
    const BuiltinFunctionObject* f = As<BuiltinFunctionObject>(callable);
    if (f->unbound_for == nullptr && f->def->varargs) {
      vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", f->def->name);
      return false;
    }
    if (f->unbound_for == nullptr && f->def->fn == StrFormatMethod) {
      DictObject* named = NewDict(vm);
      if (named == nullptr) return false;
      RootScope roots(vm);
      Value named_v = Value::FromObject(named);
      roots.Add(&named_v);
      int64_t hash;
      pos = 0;
      while (DictNextWithHash(dict, &pos, &k, &v, &hash)) {
        if (IsStr(k) && DictSetWithHash(vm, named, k, hash, v) < 0) return false;
      }
      *kwargs = named_v;
      return true;
    }
  }
  if (!RaiseKeywordlessClassError(vm, callable)) {
    vm.RaiseTypeError("keywords must be strings");
  }
  return false;
}

// CALL of a native callable. CPython 3.11 runs a code object unspecialized
// for its first calls (CodeObject::warmup_steps), and there its generic
// path, PyObject_Vectorcall, takes a recursion step for every built-in
// function or method (cfunction_enter_call, method_enter_call), where the
// specialized calls of the METH_FASTCALL ones, len, isinstance and
// list.append take none; it calls `str(x)` through _PyObject_MakeTpCall, a
// step before PyObject_Str's own, where CALL_NO_KW_STR_1 calls PyObject_Str
// at once. A method descriptor given keywords is never specialized
// (`items.sort(key=f)`), so it takes the generic step always. So a recursion
// through `len(self)`, module-level `print(obj)` or `sort(key=...)` stops
// where CPython's does. The METH_O, METH_NOARGS and METH_VARARGS ones
// (MethodDef::counted) take their step in BuiltinCall on every path.
Value CallNative(Interp& vm, Value callable, CallArgs args, bool specialized) {
  bool builtin =
      HasType(callable, &kBuiltinFunctionType) || HasType(callable, &kMethodDescriptorType);
  bool step;
  if (builtin) {
    const BuiltinFunctionObject* f = As<BuiltinFunctionObject>(callable);
    step = !f->def->counted &&
           (!specialized || (f->unbound_for != nullptr && args.nkwargs() != 0));
  } else {
    step = !specialized && callable == Value::FromObject(&kStrType) && args.nargs == 1 &&
           args.nkwargs() == 0;
  }
  std::optional<RecursiveCallGuard> guard;
  if (step) {
    guard.emplace(vm, " while calling a Python object");
    if (!guard->ok()) return Value::Null();
  }
  return builtin ? CallBuiltinFunction(vm, As<BuiltinFunctionObject>(callable), args)
                 : vm.Call(callable, args);
}

// CALL_FUNCTION_EX: f(*args, **kwargs).
Value CallFunctionEx(Interp& vm, Value callable, Value args, Value kwargs, bool from_script) {
  TupleObject* positional;
  // Only an exact tuple is taken as it is: a subclass is iterated, as
  // PySequence_Tuple does (its __iter__ may differ from its items).
  if (HasType(args, &kTupleType)) {
    positional = As<TupleObject>(args);
  } else {
    bool iterable = false;
    for (TypeObject* t = TypeOf(args); t != nullptr; t = t->base) {
      if (t->iter != nullptr || t->getitem != nullptr) iterable = true;
    }
    if (!iterable) {
      return vm.RaiseFormat(&kTypeErrorType, "%s argument after * must be an iterable, not %s",
                            FunctionStr(vm, callable), std::string(TypeName(args)));
    }
    ListObject* l = ListFromIterable(vm, args);
    if (l == nullptr) return Value::Null();
    positional = NewTupleFrom(vm, l->items, l->size);
    if (positional == nullptr) return Value::Null();
  }
  const DictObject* kw = !kwargs.is_null() && IsDict(kwargs) ? As<DictObject>(kwargs) : nullptr;
  std::vector<Value> argv;
  TupleObject* kwnames = nullptr;
  if (!FlattenKeywords(vm, positional->items, positional->size, kw, &argv, &kwnames)) {
    return Value::Null();
  }
  RootScope roots(vm);
  Value positional_v = Value::FromObject(positional);
  Value kwnames_v = kwnames ? Value::FromObject(kwnames) : Value::None();
  roots.Add(&positional_v);
  roots.Add(&kwnames_v);
  for (Value& v : argv) roots.Add(&v);
  // CPython never specializes CALL_FUNCTION_EX: its PyObject_Call is the
  // generic path, a recursion step for a built-in. Moat's own modules'
  // natives take CPython's steps themselves.
  return CallNative(vm, callable, CallArgs{argv.data(), positional->size, kwnames},
                    /*specialized=*/!from_script);
}

// CALL_FUNCTION_EX of a Python function given a tuple and a dict or none,
// the form `f(*args, **kwargs)` compiles to: its frame, which the loop
// pushes in the arena as CALL does, so a wrapper that passes its arguments
// on (decorators, functools.lru_cache) recurses without C++ recursion, as
// deep as the recursion limit allows. nullptr with an exception pending.
Frame* FrameForCallEx(Interp& vm, FunctionObject* f, TupleObject* positional, DictObject* kw) {
  size_t nkw = kw == nullptr ? 0 : kw->size;
  if (nkw == 0) return FrameForCall(vm, f, CallArgs{positional->items, positional->size, nullptr});
  if (!vm.ChargeItems(positional->size + nkw)) return nullptr;
  // The keywords are bound from the dict itself: no names tuple to make.
  return FrameForCall(vm, f, CallArgs{positional->items, positional->size, nullptr}, kw);
}

Value MakeFunction(Interp& vm, Frame* frame, CodeObject* code) {
  FunctionObject* f = vm.New<FunctionObject>(&kFunctionType);
  if (f == nullptr) return Value::Null();
  f->code = code;
  f->globals = frame->globals;
  f->builtins = frame->builtins;
  f->name = code->name;
  f->qualname = code->qualname;
  // PyFunction_New's rule: a str first constant is the docstring (the
  // compiler puts a def's docstring, or None, first; a lambda's is None).
  f->doc = Value::None();
  if (code->consts->size > 0 && IsStr(code->consts->items[0])) f->doc = code->consts->items[0];
  f->annotations = Value::None();
  f->iterable_coroutine = false;
  // __module__ is the defining module's __name__ (PyFunction_New).
  StrObject* key = vm.Intern("__name__");
  f->module = DictGetStr(vm, frame->globals, key);
  return Value::FromObject(f);
}

// SEND's PyIter_Send: a generator's or coroutine's am_send, else the
// iterator's next slot (value None) or its send method.
GenResult SendToIterator(Interp& vm, Value receiver, Value value, Value* out) {
  if (HasType(receiver, &kGeneratorType) || HasType(receiver, &kCoroutineType)) {
    return GeneratorSend(vm, As<GeneratorObject>(receiver), value, out);
  }
  if (value.is_none()) {
    Value v = IterNextKeepStop(vm, receiver);
    if (!v.is_null()) {
      *out = v;
      return GenResult::kYielded;
    }
    if (vm.HasException()) {
      if (vm.ExceptionMatches(&kStopIterationType)) {
        Value e = vm.TakeException();
        Value r = As<ExceptionObject>(e)->value;
        *out = r.is_null() ? Value::None() : r;
        return GenResult::kReturned;
      }
      return GenResult::kError;
    }
    *out = Value::None();
    return GenResult::kReturned;
  }
  StrObject* send = vm.Intern("send");
  Value method = GetAttr(vm, receiver, send);
  if (method.is_null()) return GenResult::kError;
  Value v = vm.Call1(method, value);
  if (!v.is_null()) {
    *out = v;
    return GenResult::kYielded;
  }
  if (vm.ExceptionMatches(&kStopIterationType)) {
    Value e = vm.TakeException();
    Value r = As<ExceptionObject>(e)->value;
    *out = r.is_null() ? Value::None() : r;
    return GenResult::kReturned;
  }
  return GenResult::kError;
}

Value FormatWithConversion(Interp& vm, Value value, int conversion, Value spec) {
  Value v = value;
  switch (conversion) {
    case 1:
      v = Str(vm, value);
      break;
    case 2:
      v = Repr(vm, value);
      break;
    case 3: {
      v = Repr(vm, value);
      if (v.is_null()) return v;
      // ascii(): escape non-ASCII code points of the repr.
      std::string_view r = As<StrObject>(v)->view();
      std::string out;
      size_t pos = 0;
      while (pos < r.size()) {
        uint32_t cp = DecodeUtf8(r, &pos);
        if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x100) {
          absl::StrAppendFormat(&out, "\\x%02x", cp);
        } else if (cp < 0x10000) {
          absl::StrAppendFormat(&out, "\\u%04x", cp);
        } else {
          absl::StrAppendFormat(&out, "\\U%08x", cp);
        }
      }
      v = NewStrValue(vm, out);
      break;
    }
    default:
      break;
  }
  if (v.is_null()) return v;
  std::string_view spec_text = spec.is_null() ? std::string_view() : As<StrObject>(spec)->view();
  if (spec_text.empty() && IsExactStr(v)) return v;
  return FormatValue(vm, v, spec_text);
}

bool Safepoint(Interp& vm) {
#ifdef MOAT_GC_STRESS
  vm.CollectGarbage();
#else
  if (vm.heap().CollectionDue()) vm.CollectGarbage();
#endif
  // Finalizers the collection found due (vm/finalize.h).
  if (!vm.pending_finalizers().empty() && !RunPendingFinalizers(vm)) return false;
  if (vm.instruction_count >= vm.budget_check_at) return vm.CheckBudgets();
  return true;
}

// The value a store or delete through `owner.name` drops, when it can be
// read without running code (an entry of an instance's dict); Null
// otherwise. For the finalization check after the store.
Value PeekAttrValue(Interp& vm, Value owner, StrObject* name) {
  if (!owner.is_object() || !IsUserClass(TypeOf(owner))) return Value::Null();
  DictObject** slot = InstanceDictSlot(owner);
  if (slot == nullptr || *slot == nullptr) return Value::Null();
  return DictGetStr(vm, *slot, name);
}

// SetAttr (v Null: delete) for STORE_ATTR/DELETE_ATTR while something
// finalizable lives: *old receives the value the store drops, rooted across
// the store, which may run Python (a __setattr__ or property that collects).
int SetAttrDropping(Interp& vm, Value owner, StrObject* name, Value v, Value* old) {
  *old = PeekAttrValue(vm, owner, name);
  RootScope roots(vm);
  roots.Add(old);
  return SetAttr(vm, owner, name, v);
}

// The same for `container[key]`: a list item, or a dict entry with a str or
// int key; for a list slice, a new list of the items the store (or the
// deletion, `deleting`) drops, ordered so that a drop, which finalizes a
// list's items last to first, goes in CPython's order: list_ass_slice
// drops a simple slice's items last to first, list_ass_subscript an
// extended slice's in slice order, or in index order when deleting.
Value PeekItemValue(Interp& vm, Value container, Value key, bool deleting) {
  if (HasType(container, &kListType) && key.is_small_int()) {
    ListObject* l = As<ListObject>(container);
    int64_t i = key.small_int();
    if (i < 0) i += static_cast<int64_t>(l->size);
    if (i < 0 || static_cast<size_t>(i) >= l->size) return Value::Null();
    return l->items[i];
  }
  if (HasType(container, &kListType) && IsSlice(key)) {
    // Only for plain bounds: an __index__ must run once, in the store.
    SliceObject* slice = As<SliceObject>(key);
    for (Value bound : {slice->start, slice->stop, slice->step}) {
      if (!bound.is_none() && !bound.is_small_int()) return Value::Null();
    }
    // A failure (a budget limit) stays pending for SetItemDropping.
    Value removed = GetItem(vm, container, key);
    int64_t step = slice->step.is_none() ? 1 : slice->step.small_int();
    if (!removed.is_null() && step != 1 && !(deleting && step < 0)) {
      ListObject* items = As<ListObject>(removed);
      std::reverse(items->items, items->items + items->size);
    }
    return removed;
  }
  if (HasType(container, &kDictType) && (key.is_small_int() || IsExactStr(key))) {
    Value out = Value::Null();
    if (DictGet(vm, As<DictObject>(container), key, &out) <= 0) {
      vm.ClearException();
      return Value::Null();
    }
    return out;
  }
  return Value::Null();
}

// SetItem (v Null: DelItem) for STORE_SUBSCR/DELETE_SUBSCR while something
// finalizable lives: *old receives the value the store drops, rooted across
// the store (a key's __eq__ may run Python that collects).
int SetItemDropping(Interp& vm, Value container, Value key, Value v, Value* old) {
  *old = PeekItemValue(vm, container, key, v.is_null());
  if (old->is_null() && vm.HasException()) return -1;
  RootScope roots(vm);
  roots.Add(old);
  return v.is_null() ? DelItem(vm, container, key) : SetItem(vm, container, key, v);
}

// DELETE_NAME in a mapping namespace: 1 deleted (*old: the value dropped,
// when finalizers are live), 0 when __delitem__ failed, -1 on a limit.
// CPython turns any failure of the deletion into the NameError (ceval's
// format_exc_check_arg), which the caller raises.
int DelNamespaceItem(Interp& vm, DictObject* ns, Value name, Value* old) {
  Value container = Value::FromObject(ns);
  int r = vm.heap().live_finalizables() != 0
              ? SetItemDropping(vm, container, name, Value::Null(), old)
              : DelItem(vm, container, name);
  if (r >= 0) return 1;
  if (!vm.ExceptionMatches(&kBaseExceptionType)) return -1;
  vm.ClearException();
  *old = Value::Null();
  return 0;
}

// Instruction bodies that need C++ objects with destructors live in these
// helpers: a computed goto out of a scope does not run destructors.

Value BuildString(Interp& vm, const Value* items, size_t n) {
  size_t total = 0;
  for (size_t i = 0; i < n; ++i) total += As<StrObject>(items[i])->byte_length;
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < n; ++i) out += As<StrObject>(items[i])->view();
  return NewStrValue(vm, out);
}

// Unpacks `seq` into out[0..count) (out[0] is the first item).
bool UnpackSlow(Interp& vm, Value seq, size_t count, Value* out) {
  std::vector<Value> items(count);
  RootScope roots(vm);
  if (!UnpackIterable(vm, seq, count, items.data())) return false;
  for (size_t i = 0; i < count; ++i) out[i] = items[i];
  return true;
}

bool UnpackExSlow(Interp& vm, Value seq, size_t before, size_t after, Value* out) {
  std::vector<Value> items(before + after + 1);
  if (!UnpackEx(vm, seq, before, after, items.data())) return false;
  for (size_t i = 0; i < items.size(); ++i) out[i] = items[i];
  return true;
}

bool PrintExpression(Interp& vm, Frame* frame, Value v) {
  Value r = Repr(vm, v);
  if (r.is_null()) return false;
  std::string line(As<StrObject>(r)->view());
  line.push_back('\n');
  if (!vm.WriteOutput(line)) return false;
  DictSetStr(vm, frame->builtins, "_", v);
  return true;
}

}  // namespace

Value CallWithKeywordDict(Interp& vm, Value callable, TupleObject* args, DictObject* kwargs) {
  RootScope roots(vm);
  Value kwargs_v = Value::FromObject(kwargs);
  Value args_v = Value::FromObject(args);
  roots.Add(&args_v);
  roots.Add(&callable);
  roots.Add(&kwargs_v);
  if (!KeywordsAreStrings(vm, callable, &kwargs_v)) return Value::Null();
  return CallFunctionEx(vm, callable, args_v, kwargs_v, /*from_script=*/false);
}

// ---------------------------------------------------------------------------
// The loop
// ---------------------------------------------------------------------------

Value RunFrame(Interp& vm, Frame* frame, bool throwflag) {
  static void* const kTable[256] = {
#define MOAT_LABEL(name) &&op_##name,
      MOAT_OPCODE_LABELS(MOAT_LABEL)
#undef MOAT_LABEL
  };

  CodeObject* code;
  const uint16_t* first_instr;
  const uint16_t* ip;
  Value* sp;
  Value* consts;
  Value* names;
  Value* locals;
  InlineCache* caches;
  TupleObject* kwnames = nullptr;
  uint16_t word;
  uint32_t oparg;
  uint8_t opcode;

#define LOAD_FRAME()                                    \
  do {                                                  \
    code = frame->code;                                 \
    first_instr = code->data->code.data();              \
    ip = frame->next_instr;                             \
    sp = frame->stack_pointer;                          \
    consts = code->consts->items;                       \
    names = code->names->items;                         \
    locals = frame->localsplus;                         \
    caches = code->data->inline_caches.data();          \
  } while (0)
#define SAVE_SP() (frame->stack_pointer = sp)
// Makes `callee`, a frame just pushed by this instruction, the running
// frame and resumes the loop in it (Python-to-Python calls).
#define ENTER_CALLEE(callee)                            \
  do {                                                  \
    (callee)->previous = frame;                         \
    vm.current_frame_ref() = (callee);                  \
    frame = (callee);                                   \
    LOAD_FRAME();                                       \
    DISPATCH();                                         \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SKIP_CACHES(op) (ip += kOpcodeInfo[op].cache_entries)
// The inline cache of the instruction being run (vm/inline_cache.h), whose
// CACHE units ip points at.
#define SITE_CACHE() SiteCache(caches, ip)
// MOAT_UNCOUNTED_DISPATCH is a measuring build (bench/README.md): the
// same loop without the count, to time what counting costs.
#ifdef MOAT_UNCOUNTED_DISPATCH
#define COUNT_INSTRUCTION() ((void)0)
#else
#define COUNT_INSTRUCTION() (++vm.instruction_count)
#endif
#define DISPATCH()                      \
  do {                                  \
    frame->prev_instr = ip;             \
    word = *ip++;                       \
    opcode = word & 0xff;               \
    oparg = word >> 8;                  \
    COUNT_INSTRUCTION();                \
    goto* kTable[opcode];               \
  } while (0)
#define TARGET(name) op_##name:
#define ERROR_IF(cond) \
  do {                 \
    if (cond) goto error; \
  } while (0)
// Before native work that may allocate without bound (a native call, a
// generic binary operation), with the stack saved: collect if due, as at a
// safepoint, so garbage made since the last back edge (`s = 'a' * N;
// del s; s = 'b' * N`) does not push a program whose live data fits over
// its memory limit.
#define COLLECT_IF_DUE()                                              \
  do {                                                                \
    if (vm.heap().CollectionDue() && !Safepoint(vm)) goto error;      \
  } while (0)
#define NAME(i) As<StrObject>(names[i])
// `dropped` (a Value variable) lost a reference: while something
// finalizable lives, finalize what became unreachable (vm/finalize.h).
// After the instruction's own work and SKIP_CACHES.
#define FINALIZE_DROPPED(dropped)                                              \
  do {                                                                         \
    if (vm.heap().live_finalizables() != 0 && (dropped).is_object()) [[unlikely]] { \
      SAVE_SP();                                                               \
      frame->next_instr = ip;                                                  \
      ERROR_IF(!FinalizeDropped(vm, &(dropped), 1));                          \
    }                                                                          \
  } while (0)
#define LIVE_FINALIZABLES() (vm.heap().live_finalizables() != 0)

  LOAD_FRAME();
  // generator.throw()/close(): raise the pending exception where the frame
  // was suspended. prev_instr is the YIELD_VALUE (or, for a frame that has
  // not started, RETURN_GENERATOR's successor) and ip - 1 the instruction
  // whose exception-table entry applies, as in CPython. The thrown exception
  // is not chained here to what the caller handles: throw() restores it as
  // given (gen_throw's PyErr_Restore); SendEx chained it to the generator's
  // own handled exception, and close() its GeneratorExit to the caller's.
  if (throwflag) goto add_traceback;
  DISPATCH();

  TARGET(EXTENDED_ARG) {
    word = *ip++;
    opcode = word & 0xff;
    oparg = (oparg << 8) | (word >> 8);
    frame->prev_instr = ip - 1;
    goto* kTable[opcode];
  }

  TARGET(CACHE)
  TARGET(NOP) { DISPATCH(); }

  TARGET(RESUME) {
    if (!code->Specialized()) ++code->warmup_steps;
    SAVE_SP();
    if (vm.instruction_count >= vm.budget_check_at || vm.heap().CollectionDue()
#ifdef MOAT_GC_STRESS
        || true
#endif
    ) {
      if (!Safepoint(vm)) goto error;
    }
    DISPATCH();
  }

  TARGET(POP_TOP) {
    if (IsLoopOwnedGenerator(TOP())) {
      // A `for` loop left early drops the one reference to its generator.
      SAVE_SP();
      frame->next_instr = ip;
      ERROR_IF(!CloseDroppedLoopGenerators(vm, sp - 1, sp));
    }
    Value dropped = POP();
    FINALIZE_DROPPED(dropped);
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value::Null());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = TOP();
    TOP() = PEEK(oparg);
    PEEK(oparg) = t;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    PUSH(consts[oparg]);
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (v.is_null()) {
      RaiseUnboundLocal(vm, code, oparg);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_FAST_SHARED) {
    // LOAD_FAST of a local an append site owns (MarkInPlaceAppends): the
    // value may be kept elsewhere from now on.
    Value v = locals[oparg];
    if (v.is_null()) {
      RaiseUnboundLocal(vm, code, oparg);
      goto error;
    }
    ClearAppendOwned(v);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = locals[oparg];
    locals[oparg] = POP();
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    if (locals[oparg].is_null()) {
      RaiseUnboundLocal(vm, code, oparg);
      goto error;
    }
    Value old = locals[oparg];
    locals[oparg] = Value::Null();
    FINALIZE_DROPPED(old);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    InlineCache* ic = SITE_CACHE();
    Value v = LoadGlobalHit(vm, *ic, frame->globals, frame->builtins, NAME(oparg >> 1));
    if (v.is_null()) [[unlikely]] {
      v = LoadGlobalMiss(vm, *ic, frame->globals, frame->builtins, NAME(oparg >> 1));
      if (v.is_null()) {
        SAVE_SP();
        NameErrorFor(vm, NAME(oparg >> 1));
        goto error;
      }
    }
    if (oparg & 1) PUSH(Value::Null());
    PUSH(v);
    SKIP_CACHES(LOAD_GLOBAL);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    SAVE_SP();
    Value v = POP();
    Value old = Value::Null();
    if (StoreGlobalHit(caches[oparg], frame->globals, NAME(oparg), v, &old)) {
      FINALIZE_DROPPED(old);
      DISPATCH();
    }
    old = LIVE_FINALIZABLES() ? DictGetStr(vm, frame->globals, NAME(oparg)) : Value::Null();
    ERROR_IF(DictSet(vm, frame->globals, names[oparg], v) < 0);
    NoteGlobalStore(vm, caches[oparg], frame->globals, NAME(oparg));
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SAVE_SP();
    Value old = Value::Null();
    int r = DictDel(vm, frame->globals, names[oparg], &old);
    ERROR_IF(r < 0);
    if (r == 0) {
      NameErrorFor(vm, NAME(oparg));
      goto error;
    }
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    SAVE_SP();
    Value v;
    if (frame->locals == nullptr || frame->locals == frame->globals) {
      // At module level a name is a global: cached by name index.
      v = LoadGlobalHit(vm, caches[oparg], frame->globals, frame->builtins, NAME(oparg));
      if (v.is_null()) [[unlikely]] {
        v = LoadGlobalMiss(vm, caches[oparg], frame->globals, frame->builtins, NAME(oparg));
        if (v.is_null()) NameErrorFor(vm, NAME(oparg));
      }
    } else {
      v = LoadName(vm, frame, NAME(oparg));
    }
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    SAVE_SP();
    Value v = POP();
    DictObject* ns = frame->locals ? frame->locals : frame->globals;
    Value old = Value::Null();
    if (ns == frame->globals && StoreGlobalHit(caches[oparg], ns, NAME(oparg), v, &old)) {
      FINALIZE_DROPPED(old);
      DISPATCH();
    }
    if (IsMappingNamespace(ns)) [[unlikely]] {
      ERROR_IF((LIVE_FINALIZABLES()
                    ? SetItemDropping(vm, Value::FromObject(ns), names[oparg], v, &old)
                    : SetItem(vm, Value::FromObject(ns), names[oparg], v)) < 0);
      FINALIZE_DROPPED(old);
      DISPATCH();
    }
    old = LIVE_FINALIZABLES() ? DictGetStr(vm, ns, NAME(oparg)) : Value::Null();
    ERROR_IF(DictSet(vm, ns, names[oparg], v) < 0);
    if (ns == frame->globals) NoteGlobalStore(vm, caches[oparg], ns, NAME(oparg));
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE_SP();
    DictObject* ns = frame->locals ? frame->locals : frame->globals;
    Value old = Value::Null();
    int r = IsMappingNamespace(ns) ? DelNamespaceItem(vm, ns, names[oparg], &old)
                                   : DictDel(vm, ns, names[oparg], &old);
    ERROR_IF(r < 0);
    if (r == 0) {
      NameErrorFor(vm, NAME(oparg));
      goto error;
    }
    FINALIZE_DROPPED(old);
    DISPATCH();
  }

  TARGET(MAKE_CELL) {
    CellObject* cell = NewCell(vm, locals[oparg]);
    ERROR_IF(cell == nullptr);
    locals[oparg] = Value::FromObject(cell);
    DISPATCH();
  }
  TARGET(COPY_FREE_VARS) {
    TupleObject* closure = frame->function->closure;
    int32_t offset = code->nlocalsplus - static_cast<int32_t>(oparg);
    for (uint32_t i = 0; i < oparg; ++i) locals[offset + i] = closure->items[i];
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(locals[oparg]);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = As<CellObject>(locals[oparg])->value;
    if (v.is_null()) {
      RaiseUnboundDeref(vm, code, oparg);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    // In a class body: the class namespace first, then the enclosing cell.
    SAVE_SP();
    Value v = LoadClassDeref(vm, frame, oparg);
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    CellObject* cell = As<CellObject>(locals[oparg]);
    Value old = cell->value;
    cell->value = POP();
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    CellObject* cell = As<CellObject>(locals[oparg]);
    if (cell->value.is_null()) {
      RaiseUnboundDeref(vm, code, oparg);
      goto error;
    }
    Value old = cell->value;
    cell->value = Value::Null();
    FINALIZE_DROPPED(old);
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    InlineCache* ic = SITE_CACHE();
    Value v = LoadAttrHit(vm, *ic, TOP(), NAME(oparg));
    if (v.is_null()) [[unlikely]] {
      SAVE_SP();
      v = LoadAttrMiss(vm, *ic, TOP(), NAME(oparg));
      ERROR_IF(v.is_null());
    }
    SET_TOP(v);
    SKIP_CACHES(LOAD_ATTR);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    SAVE_SP();
    Value owner = TOP();
    Value v = SECOND();
    Value old = Value::Null();
    InlineCache* ic = SITE_CACHE();
    int stored =
        StoreAttrHit(vm, *ic, owner, NAME(oparg), v, LIVE_FINALIZABLES() ? &old : nullptr);
    if (stored == 0) [[unlikely]] {
      ERROR_IF((LIVE_FINALIZABLES() ? SetAttrDropping(vm, owner, NAME(oparg), v, &old)
                                    : SetAttr(vm, owner, NAME(oparg), v)) < 0);
      NoteStoreAttr(vm, *ic, owner, NAME(oparg));
    }
    ERROR_IF(stored < 0);
    sp -= 2;
    SKIP_CACHES(STORE_ATTR);
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    SAVE_SP();
    Value old = Value::Null();
    ERROR_IF((LIVE_FINALIZABLES()
                  ? SetAttrDropping(vm, TOP(), NAME(oparg), Value::Null(), &old)
                  : SetAttr(vm, TOP(), NAME(oparg), Value::Null())) < 0);
    --sp;
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value obj = TOP();
    InlineCache* ic = SITE_CACHE();
    Value m = LoadMethodHit(vm, *ic, obj, NAME(oparg));
    if (!m.is_null()) [[likely]] {
      SET_TOP(m);
      PUSH(obj);
      SKIP_CACHES(LOAD_METHOD);
      DISPATCH();
    }
    SAVE_SP();
    bool is_method = false;
    m = LoadMethodMiss(vm, *ic, obj, NAME(oparg), &is_method);
    ERROR_IF(m.is_null());
    if (is_method) {
      SET_TOP(m);
      PUSH(obj);
    } else {
      SET_TOP(Value::Null());
      PUSH(m);
    }
    SKIP_CACHES(LOAD_METHOD);
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    SAVE_SP();
    Value r = UnaryOperation(vm, UnaryOp::kPositive, TOP());
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = TOP();
    if (v.is_small_int() && v.small_int() != Value::kSmallIntMin) {
      SET_TOP(Value::SmallInt(-v.small_int()));
      DISPATCH();
    }
    SAVE_SP();
    Value r = UnaryOperation(vm, UnaryOp::kNegative, v);
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    SAVE_SP();
    Value r = UnaryOperation(vm, UnaryOp::kInvert, TOP());
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    SAVE_SP();
    int t = IsTrue(vm, TOP());
    ERROR_IF(t < 0);
    SET_TOP(Value::Bool(!t));
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = TOP();
    Value a = SECOND();
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r;
      auto op = static_cast<BinaryOp>(oparg >= static_cast<uint32_t>(kInplaceOffset)
                                          ? oparg - kInplaceOffset
                                          : oparg);
      // A zero divisor or a result outside the small range takes the
      // generic path, which raises or makes a big int.
      if (SmallIntArithmetic(op, a.small_int(), b.small_int(), &r) && Value::FitsSmallInt(r)) {
        goto binary_small_done;
      }
      goto binary_generic;
    binary_small_done:
      --sp;
      SET_TOP(Value::SmallInt(r));
      SKIP_CACHES(BINARY_OP);
      DISPATCH();
    }
  binary_generic : {
    SAVE_SP();
    Value r;
    if (*ip != 0 && IsExactStr(a) && IsExactStr(b)) {
      // An append site (MarkInPlaceAppends): `s += piece` into the local.
      r = StrAppendInPlace(vm, As<StrObject>(a), As<StrObject>(b));
    } else {
      COLLECT_IF_DUE();
      // At an append site with another operand, __radd__ may keep `a`.
      if (*ip != 0) ClearAppendOwned(a);
      r = oparg >= static_cast<uint32_t>(kInplaceOffset)
              ? InplaceOperation(vm, static_cast<BinaryOp>(oparg - kInplaceOffset), a, b)
              : BinaryOperation(vm, static_cast<BinaryOp>(oparg), a, b);
    }
    ERROR_IF(r.is_null());
    --sp;
    SET_TOP(r);
    SKIP_CACHES(BINARY_OP);
    DISPATCH();
  }
  }

  TARGET(COMPARE_OP) {
    Value b = TOP();
    Value a = SECOND();
    if (a.is_small_int() && b.is_small_int() && !vm.AtRecursionLimit()) {
      bool r = OrderingSatisfies(a.small_int() <=> b.small_int(), static_cast<CompareOp>(oparg));
      --sp;
      SET_TOP(Value::Bool(r));
      SKIP_CACHES(COMPARE_OP);
      DISPATCH();
    }
    SAVE_SP();
    // Unspecialized code (CodeObject::warmup_steps) compares through
    // PyObject_RichCompare, a recursion step, whatever the operands.
    Value r = vm.AtRecursionLimit() && code->Specialized()
                  ? CompareAtRecursionLimit(vm, a, b, static_cast<CompareOp>(oparg),
                                            ip[kOpcodeInfo[COMPARE_OP].cache_entries] & 0xff)
                  : RichCompare(vm, a, b, static_cast<CompareOp>(oparg));
    ERROR_IF(r.is_null());
    --sp;
    SET_TOP(r);
    SKIP_CACHES(COMPARE_OP);
    DISPATCH();
  }
  TARGET(IS_OP) {
    bool r = SECOND().Is(TOP()) != (oparg != 0);
    --sp;
    SET_TOP(Value::Bool(r));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    SAVE_SP();
    int r = Contains(vm, TOP(), SECOND());
    ERROR_IF(r < 0);
    --sp;
    SET_TOP(Value::Bool((r != 0) != (oparg != 0)));
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = TOP();
    Value container = SECOND();
    if (HasType(container, &kListType) && key.is_small_int()) {
      ListObject* l = As<ListObject>(container);
      int64_t i = key.small_int();
      if (i < 0) i += static_cast<int64_t>(l->size);
      if (i >= 0 && static_cast<size_t>(i) < l->size) {
        --sp;
        SET_TOP(l->items[i]);
        SKIP_CACHES(BINARY_SUBSCR);
        DISPATCH();
      }
    }
    SAVE_SP();
    Value r = GetItem(vm, container, key);
    ERROR_IF(r.is_null());
    --sp;
    SET_TOP(r);
    SKIP_CACHES(BINARY_SUBSCR);
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    SAVE_SP();
    Value key = TOP();
    Value container = SECOND();
    Value v = THIRD();
    Value old = Value::Null();
    uint64_t weakrefs_made = vm.heap().weakrefs_made();
    ERROR_IF((LIVE_FINALIZABLES() ? SetItemDropping(vm, container, key, v, &old)
                                  : SetItem(vm, container, key, v)) < 0);
    sp -= 3;
    SKIP_CACHES(STORE_SUBSCR);
    FINALIZE_DROPPED(old);
    if (vm.heap().weakrefs_made() != weakrefs_made) [[unlikely]] {
      // A __setitem__ that stored a weak reference (WeakValueDictionary's,
      // WeakKeyDictionary's): the stored value and key are dropped here,
      // so a temporary dies at once, as under CPython.
      Value dropped[2] = {v, key};
      SAVE_SP();
      frame->next_instr = ip;
      ERROR_IF(!FinalizeNewlyReferenced(vm, frame, dropped, 2, weakrefs_made));
    }
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    SAVE_SP();
    Value old = Value::Null();
    ERROR_IF((LIVE_FINALIZABLES() ? SetItemDropping(vm, SECOND(), TOP(), Value::Null(), &old)
                                  : DelItem(vm, SECOND(), TOP())) < 0);
    sp -= 2;
    FINALIZE_DROPPED(old);
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value::None();
    Value stop = POP();
    Value start = TOP();
    SliceObject* s = NewSlice(vm, start, stop, step);
    ERROR_IF(s == nullptr);
    SET_TOP(Value::FromObject(s));
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    TupleObject* t = NewTupleFrom(vm, sp - oparg, oparg);
    ERROR_IF(t == nullptr);
    sp -= oparg;
    PUSH(Value::FromObject(t));
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    ListObject* l = NewList(vm, oparg);
    ERROR_IF(l == nullptr);
    for (uint32_t i = 0; i < oparg; ++i) l->items[i] = (sp - oparg)[i];
    l->size = oparg;
    sp -= oparg;
    PUSH(Value::FromObject(l));
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    SAVE_SP();
    SetObject* s = NewSet(vm);
    ERROR_IF(s == nullptr);
    for (uint32_t i = 0; i < oparg; ++i) {
      ERROR_IF(SetAdd(vm, s, (sp - oparg)[i]) < 0);
    }
    sp -= oparg;
    PUSH(Value::FromObject(s));
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE_SP();
    DictObject* d = NewDict(vm);
    ERROR_IF(d == nullptr);
    for (uint32_t i = 0; i < oparg; ++i) {
      Value* pair = sp - 2 * static_cast<int>(oparg) + 2 * i;
      ERROR_IF(DictSet(vm, d, pair[0], pair[1]) < 0);
    }
    sp -= 2 * oparg;
    PUSH(Value::FromObject(d));
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    SAVE_SP();
    TupleObject* keys = As<TupleObject>(TOP());
    DictObject* d = NewDict(vm);
    ERROR_IF(d == nullptr);
    for (uint32_t i = 0; i < oparg; ++i) {
      ERROR_IF(DictSet(vm, d, keys->items[i], (sp - 1 - oparg)[i]) < 0);
    }
    sp -= oparg + 1;
    PUSH(Value::FromObject(d));
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    Value s = BuildString(vm, sp - oparg, oparg);
    ERROR_IF(s.is_null());
    sp -= oparg;
    PUSH(s);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    ERROR_IF(!ListAppendValue(vm, As<ListObject>(PEEK(oparg)), v));
    DISPATCH();
  }
  TARGET(SET_ADD) {
    SAVE_SP();
    Value v = TOP();
    ERROR_IF(SetAdd(vm, As<SetObject>(PEEK(oparg + 1)), v) < 0);
    --sp;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    SAVE_SP();
    Value v = TOP();
    Value k = SECOND();
    ERROR_IF(DictSet(vm, As<DictObject>(PEEK(oparg + 2)), k, v) < 0);
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    SAVE_SP();
    Value iterable = TOP();
    ListObject* l = As<ListObject>(PEEK(oparg + 1));
    if (!ListExtendFromIterable(vm, l, iterable)) {
      if (vm.ExceptionMatches(&kTypeErrorType) && TypeOf(iterable)->iter == nullptr &&
          TypeOf(iterable)->getitem == nullptr) {
        vm.ClearException();
        vm.RaiseFormat(&kTypeErrorType, "Value after * must be an iterable, not %s",
                       std::string(TypeName(iterable)));
      }
      goto error;
    }
    --sp;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    SAVE_SP();
    ERROR_IF(!SetUpdateFromIterable(vm, As<SetObject>(PEEK(oparg + 1)), TOP()));
    --sp;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    SAVE_SP();
    ERROR_IF(!DictUpdateOrNotMapping(vm, As<DictObject>(PEEK(oparg + 1)), TOP()));
    --sp;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    SAVE_SP();
    Value update = TOP();
    DictObject* d = As<DictObject>(PEEK(oparg + 1));
    Value callable = PEEK(oparg + 3);
    ERROR_IF(!DictMerge(vm, d, update, callable));
    --sp;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    ListObject* l = As<ListObject>(TOP());
    TupleObject* t = NewTupleFrom(vm, l->items, l->size);
    ERROR_IF(t == nullptr);
    SET_TOP(Value::FromObject(t));
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    SAVE_SP();
    Value seq = TOP();
    if ((HasType(seq, &kTupleType) && As<TupleObject>(seq)->size == oparg)) {
      TupleObject* t = As<TupleObject>(seq);
      --sp;
      for (uint32_t i = oparg; i > 0; --i) PUSH(t->items[i - 1]);
    } else if (HasType(seq, &kListType) && As<ListObject>(seq)->size == oparg) {
      ListObject* l = As<ListObject>(seq);
      --sp;
      for (uint32_t i = oparg; i > 0; --i) PUSH(l->items[i - 1]);
    } else {
      // Items land in the slots the values will occupy, then are reversed
      // into stack order (top = first item). The stack has room: verified.
      Value* dest = sp - 1;
      ERROR_IF(!UnpackSlow(vm, seq, oparg, dest));
      std::reverse(dest, dest + oparg);
      sp = dest + oparg;
    }
    SKIP_CACHES(UNPACK_SEQUENCE);
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    SAVE_SP();
    size_t before = oparg & 0xff;
    size_t after = oparg >> 8;
    Value* dest = sp - 1;
    ERROR_IF(!UnpackExSlow(vm, TOP(), before, after, dest));
    std::reverse(dest, dest + before + after + 1);
    sp = dest + before + after + 1;
    DISPATCH();
  }

  TARGET(GET_ITER) {
    SAVE_SP();
    Value it = GetIter(vm, TOP());
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (HasType(v, &kCoroutineType)) {
      // Only a coroutine or a types.coroutine generator may delegate to one.
      if ((code->flags & (kCodeFlagCoroutine | kCodeFlagIterableCoroutine)) == 0 &&
          (frame->generator == nullptr || !frame->generator->iterable_coroutine)) {
        SAVE_SP();
        vm.RaiseTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
    } else if (!HasType(v, &kGeneratorType)) {
      SAVE_SP();
      Value it = GetIter(vm, v);
      ERROR_IF(it.is_null());
      SET_TOP(it);
    }
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    Value exhausted_seq = Value::Null();
    if (HasType(it, &kRangeIteratorType)) {
      RangeIteratorObject* r = As<RangeIteratorObject>(it);
      if (r->remaining > 0) {
        int64_t v = r->next;
        // Unsigned, as RangeIterNext: the step past the last value may
        // leave int64 (never used).
        r->next = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(r->step));
        --r->remaining;
        if (Value::FitsSmallInt(v)) {
          PUSH(Value::SmallInt(v));
          DISPATCH();
        }
        Value big = IntFromInt64(vm, v);
        ERROR_IF(big.is_null());
        PUSH(big);
        DISPATCH();
      }
    } else if (HasType(it, &kListIteratorType)) {
      SeqIteratorObject* li = As<SeqIteratorObject>(it);
      if (!li->seq.is_null()) {
        ListObject* l = As<ListObject>(li->seq);
        if (li->index < l->size) {
          // The body will read the item's header, likely cold in a big
          // list: start loading the one a few iterations ahead.
          if (li->index + kForIterPrefetchDistance < l->size &&
              l->items[li->index + kForIterPrefetchDistance].is_object()) {
            __builtin_prefetch(l->items[li->index + kForIterPrefetchDistance].object());
          }
          PUSH(l->items[li->index++]);
          DISPATCH();
        }
        exhausted_seq = li->seq;
        li->seq = Value::Null();
      }
    } else {
      SAVE_SP();
      Value v = IterNext(vm, it);
      if (!v.is_null()) {
        PUSH(v);
        DISPATCH();
      }
      ERROR_IF(vm.HasException());
    }
    --sp;
    ip += oparg;
    if (LIVE_FINALIZABLES()) [[unlikely]] {
      // The exhausted iterator (and a list iterator's list) is dropped.
      Value dropped[2] = {exhausted_seq, it};
      SAVE_SP();
      frame->next_instr = ip;
      ERROR_IF(!FinalizeDropped(vm, dropped, 2));
    }
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    ip += oparg;
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    if (!code->Specialized()) ++code->warmup_steps;
    ip -= oparg;
    if (vm.instruction_count >= vm.budget_check_at || vm.heap().CollectionDue()
#ifdef MOAT_GC_STRESS
        || true
#endif
    ) {
      SAVE_SP();
      if (!Safepoint(vm)) goto error;
    }
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    // CPython skips its eval-breaker check here (the yield-from loop), but
    // an image may aim it anywhere: it is a back edge like any other, and
    // without the safepoint a loop of it would escape every budget.
    ip -= oparg;
    if (vm.instruction_count >= vm.budget_check_at || vm.heap().CollectionDue()) {
      SAVE_SP();
      if (!Safepoint(vm)) goto error;
    }
    DISPATCH();
  }

// A taken conditional backward jump is a back edge too (`while n >= 0:`
// loops on POP_JUMP_BACKWARD_IF_TRUE, never reaching JUMP_BACKWARD): it gets
// the same safepoint, or such a loop would escape every budget.
#ifdef MOAT_GC_STRESS
#define BACK_EDGE_DUE() true
#else
#define BACK_EDGE_DUE() \
  (vm.instruction_count >= vm.budget_check_at || vm.heap().CollectionDue())
#endif
#define BACK_EDGE_SAFEPOINT()         \
  do {                                \
    if (BACK_EDGE_DUE()) {            \
      SAVE_SP();                      \
      if (!Safepoint(vm)) goto error; \
    }                                 \
  } while (0)
#define POP_JUMP_IF_BOOL(name, dir, jump_when, backward) \
  TARGET(name) {                                        \
    Value v = POP();                                    \
    int t;                                              \
    if (v.is_bool()) {                                  \
      t = v.is_true();                                  \
    } else {                                            \
      SAVE_SP();                                        \
      t = IsTrue(vm, v);                                \
      ERROR_IF(t < 0);                                  \
    }                                                   \
    if (t == (jump_when)) {                             \
      ip dir oparg;                                     \
      if (backward) BACK_EDGE_SAFEPOINT();              \
    }                                                   \
    DISPATCH();                                         \
  }
  POP_JUMP_IF_BOOL(POP_JUMP_FORWARD_IF_FALSE, +=, 0, false)
  POP_JUMP_IF_BOOL(POP_JUMP_FORWARD_IF_TRUE, +=, 1, false)
  POP_JUMP_IF_BOOL(POP_JUMP_BACKWARD_IF_FALSE, -=, 0, true)
  POP_JUMP_IF_BOOL(POP_JUMP_BACKWARD_IF_TRUE, -=, 1, true)
#undef POP_JUMP_IF_BOOL

  TARGET(POP_JUMP_FORWARD_IF_NONE) {
    if (POP().is_none()) ip += oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
    if (!POP().is_none()) ip += oparg;
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NONE) {
    if (POP().is_none()) {
      ip -= oparg;
      BACK_EDGE_SAFEPOINT();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
    if (!POP().is_none()) {
      ip -= oparg;
      BACK_EDGE_SAFEPOINT();
    }
    DISPATCH();
  }
#undef BACK_EDGE_SAFEPOINT
#undef BACK_EDGE_DUE
  TARGET(JUMP_IF_FALSE_OR_POP) {
    SAVE_SP();
    int t = IsTrue(vm, TOP());
    ERROR_IF(t < 0);
    if (!t) {
      ip += oparg;
    } else {
      --sp;
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    SAVE_SP();
    int t = IsTrue(vm, TOP());
    ERROR_IF(t < 0);
    if (t) {
      ip += oparg;
    } else {
      --sp;
    }
    DISPATCH();
  }

  TARGET(GET_LEN) {
    SAVE_SP();
    int64_t n = Length(vm, TOP());
    ERROR_IF(n < 0);
    Value v = IntFromInt64(vm, n);
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    kwnames = As<TupleObject>(consts[oparg]);
    DISPATCH();
  }
  TARGET(PRECALL) {
    SKIP_CACHES(PRECALL);
    DISPATCH();
  }
  TARGET(CALL) {
    bool is_meth = !PEEK(oparg + 2).is_null();
    Value callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
    if (!is_meth && HasType(callable, &kMethodType)) {
      // Unpack a bound method so the callee sees self as its first argument.
      MethodObject* m = As<MethodObject>(callable);
      PEEK(oparg + 2) = m->function;
      PEEK(oparg + 1) = m->self;
      callable = m->function;
      is_meth = true;
    }
    size_t total = oparg + (is_meth ? 1 : 0);
    Value* args = sp - total;
    TupleObject* kw = kwnames;
    kwnames = nullptr;
    size_t npos = total - (kw ? kw->size : 0);
    SKIP_CACHES(CALL);
    if (!is_meth && TypeOf(callable) == &kTypeType) {
      SAVE_SP();
      frame->next_instr = ip;
      Frame* callee = nullptr;
      if (TryFrameForPlainConstruction(vm, args - 1, npos, kw, &callee)) {
        Value instance = args[-1];
        sp -= oparg + 2;
        SAVE_SP();
        ERROR_IF(callee == nullptr);
        PUSH(instance);
        SAVE_SP();
        ENTER_CALLEE(callee);
      }
    }
    if ((TypeOf(callable)->type_flags & kTypePartialCall) != 0) [[unlikely]] {
      SAVE_SP();
      frame->next_instr = ip;
      Frame* callee = nullptr;
      if (TryFrameForPartialCall(vm, callable, args, npos, kw, &callee)) {
        sp -= oparg + 2;
        SAVE_SP();
        ERROR_IF(callee == nullptr);
        ENTER_CALLEE(callee);
      }
    }
    if (HasType(callable, &kLruCacheType)) [[unlikely]] {
      SAVE_SP();
      frame->next_instr = ip;
      Frame* callee = nullptr;
      Value cached;
      if (TryFrameForCachedCall(vm, args - (is_meth ? 1 : 2), callable, args, npos, kw, &callee,
                                &cached)) {
        if (callee == nullptr) {
          sp -= oparg + 2;
          SAVE_SP();
          ERROR_IF(cached.is_null());
          PUSH(cached);
          DISPATCH();
        }
        sp -= oparg;  // the wrapper and the key stay for RETURN_VALUE
        SAVE_SP();
        ENTER_CALLEE(callee);
      }
    }
    if (IsPythonFunction(callable)) {
      SAVE_SP();
      Frame* callee = kw == nullptr
                          ? FrameForPositionalCall(vm, As<FunctionObject>(callable), args, npos)
                          : FrameForCall(vm, As<FunctionObject>(callable), CallArgs{args, npos, kw});
      sp -= oparg + 2;
      SAVE_SP();
      frame->next_instr = ip;
      ERROR_IF(callee == nullptr);
      ENTER_CALLEE(callee);
    }
    SAVE_SP();
    frame->next_instr = ip;
    COLLECT_IF_DUE();
    uint64_t weakrefs_made = vm.heap().weakrefs_made();
    Value r = CallNative(vm, callable, CallArgs{args, npos, kw}, code->Specialized());
    sp -= oparg + 2;
    ERROR_IF(r.is_null());
    PUSH(r);
    if (vm.heap().weakrefs_made() != weakrefs_made) [[unlikely]] {
      // A script's native call that made a weak reference
      // (`weakref.ref(obj.method)`, `weakref.proxy(C())`) drops the
      // arguments it made the first references to here, so such a
      // temporary dies at once, as under CPython (vm/finalize.h).
      SAVE_SP();
      ERROR_IF(!FinalizeNewlyReferenced(vm, frame, args, total, weakrefs_made));
    }
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    SAVE_SP();
    frame->next_instr = ip;
    Value kwargs = (oparg & 1) ? TOP() : Value::Null();
    Value callargs = (oparg & 1) ? SECOND() : TOP();
    Value callable = (oparg & 1) ? THIRD() : SECOND();
    ERROR_IF(!KeywordsAreStrings(vm, callable, &kwargs));
    if (oparg & 1) TOP() = kwargs;
    if (IsPythonFunction(callable) && HasType(callargs, &kTupleType) &&
        (kwargs.is_null() || HasType(kwargs, &kDictType))) {
      Frame* callee = FrameForCallEx(vm, As<FunctionObject>(callable), As<TupleObject>(callargs),
                                     kwargs.is_null() ? nullptr : As<DictObject>(kwargs));
      sp -= (oparg & 1) ? 4 : 3;
      SAVE_SP();
      ERROR_IF(callee == nullptr);
      ENTER_CALLEE(callee);
    }
    Value r = CallFunctionEx(vm, callable, callargs, kwargs,
                             code->origin == CodeOrigin::kScript);
    sp -= (oparg & 1) ? 4 : 3;
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    Value code_value = POP();
    Value f = MakeFunction(vm, frame, As<CodeObject>(code_value));
    ERROR_IF(f.is_null());
    FunctionObject* fn = As<FunctionObject>(f);
    if (oparg & 0x08) fn->closure = As<TupleObject>(POP());
    if (oparg & 0x04) fn->annotations = POP();
    if (oparg & 0x02) fn->kwdefaults = As<DictObject>(POP());
    if (oparg & 0x01) fn->defaults = As<TupleObject>(POP());
    PUSH(f);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    Value retval = POP();
    SAVE_SP();
    if (LIVE_FINALIZABLES() && frame->generator == nullptr) [[unlikely]] {
      // The frame's locals are dropped (it is off the chain while that is
      // checked, still in the arena).
      frame->next_instr = ip;
      vm.current_frame_ref() = frame->previous;
      bool finalized = FinalizeFrameLocals(vm, frame, &retval);
      vm.current_frame_ref() = frame;
      if (!finalized) goto error;
    }
    if (frame->is_entry) {
      vm.current_frame_ref() = frame->previous;
      PopFrame(vm, frame);
      return retval;
    }
    Frame* caller = frame->previous;
    FrameReturn on_return = frame->on_return;
    PopFrame(vm, frame);
    frame = caller;
    vm.current_frame_ref() = frame;
    LOAD_FRAME();
    if (on_return != FrameReturn::kPush) [[unlikely]] {
      if (on_return == FrameReturn::kInitInstance) {
        // The instance is on the stack already (TryFrameForPlainConstruction).
        if (!retval.is_none()) {
          RaiseInitReturnedNotNone(vm, retval);
          goto error;
        }
        DISPATCH();
      }
      if (on_return == FrameReturn::kCacheStore) {
        // The wrapper and the key are on the stack (TryFrameForCachedCall).
        retval = LruCacheStore(vm, As<LruCacheObject>(SECOND()), TOP(), retval);
        sp -= 2;
        SAVE_SP();
        ERROR_IF(retval.is_null());
      }
    }
    PUSH(retval);
    DISPATCH();
  }

  TARGET(RETURN_GENERATOR) {
    GeneratorObject* gen = NewGenerator(vm, frame, ip, sp);
    ERROR_IF(gen == nullptr);
    Value retval = Value::FromObject(gen);
    // The generator's frame left the call stack: it no longer counts
    // toward the recursion depth until resumed.
    if (frame->is_entry) {
      vm.current_frame_ref() = frame->previous;
      PopFrame(vm, frame);
      return retval;
    }
    Frame* caller = frame->previous;
    PopFrame(vm, frame);
    frame = caller;
    vm.current_frame_ref() = frame;
    LOAD_FRAME();
    // Straight into GET_ITER: the loop holds the only reference.
    if ((*ip & 0xff) == GET_ITER && gen->type == &kGeneratorType) gen->loop_owned = true;
    PUSH(retval);
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    Value v = POP();
    SAVE_SP();
    frame->next_instr = ip;
    frame->yielded = true;
    vm.current_frame_ref() = frame->previous;
    return v;
  }
  TARGET(SEND) {
    SAVE_SP();
    frame->next_instr = ip;
    Value v = TOP();
    Value receiver = SECOND();
    Value out;
    GenResult r = SendToIterator(vm, receiver, v, &out);
    if (r == GenResult::kError) goto error;
    if (r == GenResult::kReturned) {
      sp -= 1;
      SET_TOP(out);
      ip += oparg;
      DISPATCH();
    }
    SET_TOP(out);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    SAVE_SP();
    Value fromlist = POP();
    Value level = TOP();
    if (!(level.is_small_int() && level.small_int() == 0)) {
      vm.Raise(&kImportErrorType, "relative imports are not available in the sandbox");
      goto error;
    }
    Value m = ImportName(vm, NAME(oparg), fromlist);
    ERROR_IF(m.is_null());
    SET_TOP(m);
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SAVE_SP();
    Value v = ImportFrom(vm, TOP(), NAME(oparg));
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SAVE_SP();
    ERROR_IF(!ImportStar(vm, TOP(), frame->locals ? frame->locals : frame->globals));
    --sp;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    SAVE_SP();
    bool have_spec = (oparg & 0x04) != 0;
    Value spec = have_spec ? POP() : Value::Null();
    Value v = TOP();
    Value r = FormatWithConversion(vm, v, oparg & 0x03, spec);
    if (r.is_null()) {
      if (have_spec) ++sp;  // keep the stack consistent for unwinding
      goto error;
    }
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    SAVE_SP();
    Value v = TOP();
    if (!v.is_none()) ERROR_IF(!PrintExpression(vm, frame, v));
    --sp;
    DISPATCH();
  }

  TARGET(MATCH_MAPPING) {
    bool is_mapping = (TypeOf(TOP())->type_flags & kTypeMapping) != 0;
    PUSH(Value::Bool(is_mapping));
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    bool is_sequence = (TypeOf(TOP())->type_flags & kTypeSequence) != 0;
    PUSH(Value::Bool(is_sequence));
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    SAVE_SP();
    Value values = MatchKeys(vm, SECOND(), TOP());
    ERROR_IF(values.is_null());
    PUSH(values);
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    SAVE_SP();
    Value attrs = MatchClass(vm, THIRD(), SECOND(), oparg, TOP());
    ERROR_IF(attrs.is_null());
    sp -= 2;
    SET_TOP(attrs);
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    // The manager is replaced by its bound __exit__; __enter__()'s result
    // is pushed.
    SAVE_SP();
    Value enter_result = BeforeWith(vm, sp - 1);
    ERROR_IF(enter_result.is_null());
    PUSH(enter_result);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    // Stack: __exit__, lasti, previous exception, exception.
    SAVE_SP();
    Value r = CallExitWithException(vm, PEEK(4), TOP());
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    SAVE_SP();
    ERROR_IF(!SetupAnnotations(vm, frame));
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    SAVE_SP();
    BuiltinFunctionObject* f = NewBuiltinFunction(vm, &kBuildClassMethod, Value::Null());
    ERROR_IF(f == nullptr);
    PUSH(Value::FromObject(f));
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::FromObject(&kAssertionErrorType));
    DISPATCH();
  }
  TARGET(RAISE_VARARGS) {
    SAVE_SP();
    if (oparg == 0) {
      Value handled = vm.handled_exception;
      if (!IsException(handled)) {
        vm.Raise(&kRuntimeErrorType, "No active exception to reraise");
        goto error;
      }
      vm.SetException(handled);
      goto unwind;
    }
    Value cause = oparg == 2 ? POP() : Value::Null();
    Value exc = POP();
    SAVE_SP();
    DoRaise(vm, exc, cause);
    if (vm.HasException()) ChainContext(vm, vm.exception(), /*overwrite=*/true);
    goto error;
  }
  TARGET(RERAISE) {
    if (oparg) {
      Value lasti = PEEK(oparg + 1);
      if (!lasti.is_small_int() || lasti.small_int() < 0 ||
          static_cast<size_t>(lasti.small_int()) >= code->data->code.size()) {
        SAVE_SP();
        vm.Raise(&kSystemErrorType, "moat: RERAISE with a malformed lasti");
        goto error;
      }
      frame->prev_instr = first_instr + lasti.small_int();
    }
    Value exc = POP();
    SAVE_SP();
    vm.SetException(exc);
    goto unwind;
  }
  TARGET(PUSH_EXC_INFO) {
    Value v = TOP();
    // A generator's outermost handler saves "none of its own", not the
    // resumer's exception: another resumer may be current when it ends.
    SET_TOP(frame->generator != nullptr && frame->open_handlers == 0 ? Value::None()
                                                                     : vm.handled_exception);
    PUSH(v);
    vm.handled_exception = v;
    ++frame->open_handlers;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    // The exception handled until now is dropped here (a bare `except:`
    // keeps it nowhere else; `except E as e` still holds it in `e`).
    Value handled = vm.handled_exception;
    vm.handled_exception = POP();
    if (--frame->open_handlers == 0 && frame->generator != nullptr) {
      vm.handled_exception = frame->generator->resumer_handled_exception;
    }
    if (vm.finalize_after_unwind) [[unlikely]] {
      // In CPython the handled exception's traceback held the frames it
      // unwound, and so their locals, until now.
      vm.finalize_after_unwind = false;
      SAVE_SP();
      frame->next_instr = ip;
      ERROR_IF(!FinalizeUnreachable(vm));
    } else {
      FINALIZE_DROPPED(handled);
    }
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    SAVE_SP();
    Value target = TOP();
    ERROR_IF(!CheckExceptTarget(vm, target));
    SET_TOP(Value::Bool(ExceptionMatchesTarget(SECOND(), target)));
    DISPATCH();
  }

  // Opcodes the verifier refuses; reaching one is a verifier bug.
  TARGET(CHECK_EG_MATCH) {
    // [exc, type] -> [exc, None] on no match, else [rest, match] with the
    // match as the exception being handled.
    SAVE_SP();
    Value match;
    Value rest;
    ERROR_IF(!ExceptStarMatch(vm, SECOND(), TOP(), &match, &rest));
    if (match.is_none()) {
      SET_TOP(match);
    } else {
      sp[-2] = rest;
      SET_TOP(match);
      vm.handled_exception = match;
    }
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    // [orig, raised list] -> [what to raise, or None]
    SAVE_SP();
    Value next = ExceptStarReraise(vm, SECOND(), TOP());
    ERROR_IF(next.is_null());
    --sp;
    SET_TOP(next);
    DISPATCH();
  }

  TARGET(GET_AWAITABLE) {
    SAVE_SP();
    Value it = GetAwaitable(vm, TOP(), static_cast<int>(oparg));
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_AITER) {
    SAVE_SP();
    Value it = GetAIter(vm, TOP());
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    SAVE_SP();
    Value awaitable = GetANext(vm, TOP());
    ERROR_IF(awaitable.is_null());
    PUSH(awaitable);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    // [aiter, exception]: StopAsyncIteration ends the loop; anything else
    // is raised again, as RERAISE does.
    Value exc = POP();
    if (IsException(exc) && IsSubtype(TypeOf(exc), &kStopAsyncIterationType)) {
      --sp;
      DISPATCH();
    }
    SAVE_SP();
    if (!IsException(exc)) {  // only an image's own code could put one here
      vm.Raise(&kSystemErrorType, "moat: END_ASYNC_FOR of a non-exception");
      goto error;
    }
    vm.SetException(exc);
    goto unwind;
  }
  TARGET(BEFORE_ASYNC_WITH) {
    SAVE_SP();
    Value enter_result = BeforeWith(vm, sp - 1, /*async_with=*/true);
    ERROR_IF(enter_result.is_null());
    PUSH(enter_result);
    DISPATCH();
  }
  TARGET(ASYNC_GEN_WRAP) {
    SAVE_SP();
    Value w = WrapAsyncGenValue(vm, TOP());
    ERROR_IF(w.is_null());
    SET_TOP(w);
    DISPATCH();
  }

  TARGET(unknown)
  {
    SAVE_SP();
    vm.RaiseFormat(&kSystemErrorType, "moat: opcode %d reached the loop unverified", opcode);
    goto error;
  }

error : {
  // A new exception in this frame: chain it to the one being handled and
  // record where it happened.
  Value exc = vm.exception();
  if (IsException(exc) && As<ExceptionObject>(exc)->traceback == nullptr) {
    ChainContext(vm, exc);
  }
}
add_traceback : {
  Value exc = vm.exception();
  if (IsException(exc)) {
    ExceptionAddTraceback(vm, As<ExceptionObject>(exc), code,
                          static_cast<uint32_t>(frame->prev_instr - first_instr));
  }
}
unwind : {
  // The handler is found from the instruction being executed (ip - 1, as
  // CPython's INSTR_OFFSET()-1), NOT from prev_instr: RERAISE moves
  // prev_instr back to the original failure for the traceback, and looking
  // up from there would re-enter the same cleanup handler forever.
  uint32_t offset = static_cast<uint32_t>(frame->prev_instr - first_instr);
  uint32_t here = static_cast<uint32_t>(ip - 1 - first_instr);
  const ExceptionTableEntry* handler = code->HandlerAt(here);
  // A spent budget runs no handler: the error goes straight to the host.
  if (handler != nullptr && vm.limit_hit() == LimitKind::kNone) {
    SAVE_SP();
    if (!CloseDroppedLoopGenerators(vm, frame->stack_base() + handler->depth, sp)) goto unwind;
    sp = frame->stack_base() + handler->depth;
    if (handler->push_lasti) PUSH(Value::SmallInt(offset));
    PUSH(vm.TakeException());
    ip = first_instr + handler->target;
    DISPATCH();
  }
  // No handler here: leave this frame. Its locals are finalized once the
  // exception has been handled (POP_EXCEPT): CPython's traceback keeps the
  // frames it passed alive until then.
  if (LIVE_FINALIZABLES()) vm.finalize_after_unwind = true;
  SAVE_SP();
  (void)CloseDroppedLoopGenerators(vm, frame->stack_base(), sp);  // a limit error stays pending
  sp = frame->stack_base();
  SAVE_SP();
  if (frame->is_entry) {
    vm.current_frame_ref() = frame->previous;
    PopFrame(vm, frame);
    return Value::Null();
  }
  Frame* caller = frame->previous;
  PopFrame(vm, frame);
  frame = caller;
  vm.current_frame_ref() = frame;
  // CPython's CALL left the caller at its last cache entry when it pushed
  // the callee's frame: that is the caller's tb_lasti (and pushed lasti).
  if ((*frame->prev_instr & 0xff) == CALL) frame->prev_instr += kOpcodeInfo[CALL].cache_entries;
  LOAD_FRAME();
  goto error;
}
}

Value CallPythonFunction(Interp& vm, FunctionObject* function, CallArgs args,
                         CTypeSelfCheck self_check) {
  NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  Frame* frame = args.kwnames == nullptr && self_check == CTypeSelfCheck::kApply
                     ? FrameForPositionalCall(vm, function, args.args, args.nargs)
                     : FrameForCall(vm, function, args, nullptr, self_check);
  if (frame == nullptr) return Value::Null();
  frame->is_entry = true;
  frame->previous = vm.current_frame();
  vm.current_frame_ref() = frame;
  return RunFrame(vm, frame);
}

Value RunClassBody(Interp& vm, FunctionObject* body, DictObject* ns) {
  NativeDepthGuard guard(vm, " while running a class body");
  if (!guard.ok()) return Value::Null();
  Frame* frame = PushFrame(vm, body->code, body, body->globals, body->builtins, ns);
  if (frame == nullptr) return Value::Null();
  frame->is_entry = true;
  frame->previous = vm.current_frame();
  vm.current_frame_ref() = frame;
  return RunFrame(vm, frame);
}

Value RunModule(Interp& vm, CodeObject* code, DictObject* globals, DictObject* locals) {
  // The outermost run measures the stack of the thread it runs on.
  if (vm.native_depth_ == 0) vm.AnchorNativeStack();
  Frame* frame = PushFrame(vm, code, nullptr, globals, vm.builtins(), locals);
  if (frame == nullptr) return Value::Null();
  frame->is_entry = true;
  frame->previous = vm.current_frame();
  vm.current_frame_ref() = frame;
  return RunFrame(vm, frame);
}

}  // namespace moat::vm
