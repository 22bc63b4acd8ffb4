// inspect's native init and private helpers (see inspect_module.h).
#include "stdlib_safe/inspect_module.h"

#include "moat/code_image.h"
#include "stdlib_safe/datetime_module.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Value;

// What CPython 3.11's inspect has that hands out frames, code objects,
// source text, files, module objects found by walking sys.modules, function
// globals or closure cells, or the class graph (getmro: `__mro__` is
// refused, docs/SECURITY.md).
constexpr const char* kInspectWithheld[] = {
    "currentframe", "stack", "trace", "getframeinfo", "getouterframes", "getinnerframes",
    "getlineno", "getargvalues", "formatargvalues", "FrameInfo", "Traceback",
    "getsource", "getsourcelines", "getsourcefile", "getfile", "getabsfile", "getcomments",
    "findsource", "getblock", "getmodule", "getmodulename", "getclosurevars",
    "ClosureVars", "getgeneratorlocals", "getcoroutinelocals", "getgeneratorstate",
    "getcoroutinestate", "getcallargs", "getmro", "getattr_static", "getmembers_static",
    "getargs", "getfullargspec", "FullArgSpec", "classify_class_attrs",
    "getclasstree", "walktree", "indentsize", "BlockFinder", "EndOfBlock", "ModuleInfo",
    "modulesbyfile", nullptr,
};

// In _func_params' flags: the function's code is of moat's own modules.
constexpr int32_t kMoatModuleFlag = 0x40000000;

// _func_params(f, /): see inspect_module.h.
Value FuncParams(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_func_params(f, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kFunctionType)) return Value::None();
  const vm::CodeObject* code = vm::As<vm::FunctionObject>(argv[0])->code;
  if ((code->flags & vm::kCodeFlagCTypeMethod) != 0) return Value::None();
  int32_t flags = code->flags;
  size_t named = static_cast<size_t>(code->arg_count) + code->kwonly_arg_count;
  size_t total = named + ((flags & kCodeFlagVarargs) != 0) + ((flags & kCodeFlagVarkeywords) != 0);
  const vm::TupleObject* locals = code->localsplus_names;
  if (locals == nullptr || total > locals->size) return Value::None();
  vm::TupleObject* names = vm::NewTuple(vm, named);
  if (names == nullptr) return Value::Null();
  const Value* src = locals->items;
  for (size_t i = 0; i < named; ++i) names->items[i] = src[i];
  size_t next = named;
  Value varargs = Value::None();
  Value varkw = Value::None();
  if ((flags & kCodeFlagVarargs) != 0) varargs = src[next++];
  if ((flags & kCodeFlagVarkeywords) != 0) varkw = src[next++];
  // Only the flags inspect's predicates read.
  int32_t shown = flags & (kCodeFlagGenerator | kCodeFlagCoroutine | kCodeFlagIterableCoroutine |
                           kCodeFlagAsyncGenerator);
  // A function of moat's own modules (dataclasses' generated __init__),
  // whose real parameters that module may know better.
  if (code->origin == vm::CodeOrigin::kMoatModule) shown |= kMoatModuleFlag;
  Value items[7] = {Value::FromObject(names), Value::SmallInt(code->posonly_arg_count),
                    Value::SmallInt(code->arg_count), Value::SmallInt(code->kwonly_arg_count),
                    varargs, varkw, Value::SmallInt(shown)};
  vm::RootScope roots(vm);
  roots.Add(&items[0]);
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 7);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// Whether `t` stands for a C type: a built-in type or a C-type stand-in.
bool IsBuiltinLike(const vm::TypeObject* t) {
  return !vm::IsUserClass(t) || (t->type_flags & vm::kTypeCTypeStandIn) != 0;
}

// Whether the first class along `mro` whose namespace has `name` is a
// user class (not a built-in type or a C-type stand-in, which are taken to
// define both `__new__` and `__init__`, as nearly all of CPython's do).
bool UserDefinedFirst(vm::Interp& vm, const vm::TupleObject* mro, vm::StrObject* name) {
  const Value* items = mro->items;
  for (size_t i = 0; i < mro->size; ++i) {
    const vm::TypeObject* base = vm::As<vm::TypeObject>(items[i]);
    if (IsBuiltinLike(base)) return false;
    if (!vm::DictGetStr(vm, vm::As<vm::ClassObject>(items[i])->dict, name).is_null()) return true;
  }
  return false;
}

// _ctor_info(cls, /): see inspect_module.h: (whether cls.__new__ is a
// user's function, whether cls.__init__ is, and the name of the first
// built-in type other than object on the MRO: '' for a C-type stand-in,
// None when there is none).
Value CtorInfo(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_ctor_info(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  bool user_new = false;
  bool user_init = false;
  const vm::TypeObject* builtin_base = nullptr;
  if (vm::IsType(argv[0])) {
    const vm::TypeObject* t = vm::As<vm::TypeObject>(argv[0]);
    if (IsBuiltinLike(t)) {
      builtin_base = t;
    } else {
      const vm::TupleObject* mro = vm::As<vm::ClassObject>(argv[0])->mro;
      user_new = UserDefinedFirst(vm, mro, vm.Intern("__new__"));
      user_init = UserDefinedFirst(vm, mro, vm.Intern("__init__"));
      const Value* items = mro->items;
      for (size_t i = 0; i < mro->size && builtin_base == nullptr; ++i) {
        const vm::TypeObject* base = vm::As<vm::TypeObject>(items[i]);
        if (IsBuiltinLike(base)) builtin_base = base;
      }
    }
  }
  Value name = Value::None();
  if (builtin_base != nullptr && builtin_base != &vm::kObjectType) {
    vm::StrObject* s = vm.Intern(vm::IsUserClass(builtin_base) ? "" : builtin_base->name);
    if (s == nullptr) return Value::Null();
    name = Value::FromObject(s);
  }
  vm::RootScope roots(vm);
  roots.Add(&name);
  Value items[3] = {Value::Bool(user_new), Value::Bool(user_init), name};
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 3);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// _mro(cls, /): see inspect_module.h: the classes along cls's MRO, or
// None for what is not a class.
Value Mro(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_mro(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0])) return Value::None();
  const vm::TypeObject* t = vm::As<vm::TypeObject>(argv[0]);
  if (vm::IsUserClass(t)) return Value::FromObject(vm::As<vm::ClassObject>(argv[0])->mro);
  size_t count = 0;
  for (const vm::TypeObject* b = t; b != nullptr; b = b->base) ++count;
  vm::TupleObject* mro = vm::NewTuple(vm, count);
  if (mro == nullptr) return Value::Null();
  size_t i = 0;
  for (vm::TypeObject* b = vm::As<vm::TypeObject>(argv[0]); b != nullptr; b = b->base) {
    mro->items[i++] = Value::FromObject(b);
  }
  return Value::FromObject(mro);
}

// _bases(cls, /): see inspect_module.h: a class's direct bases, or () for
// a built-in type or anything else.
Value Bases(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_bases(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (vm::IsType(argv[0]) && vm::IsUserClass(vm::As<vm::TypeObject>(argv[0]))) {
    vm::TupleObject* bases = vm::As<vm::ClassObject>(argv[0])->bases;
    if (bases != nullptr) return Value::FromObject(bases);
  }
  vm::TupleObject* empty = vm::NewTuple(vm, 0);
  return empty == nullptr ? Value::Null() : Value::FromObject(empty);
}

// _module_global(func, name, /): see inspect_module.h: what the module
// namespace of a Python function binds to `name`, or None.
Value ModuleGlobal(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_module_global(func, name, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kFunctionType) || !vm::HasType(argv[1], &vm::kStrType)) {
    return Value::None();
  }
  vm::DictObject* globals = vm::As<vm::FunctionObject>(argv[0])->globals;
  if (globals == nullptr) return Value::None();
  Value found = vm::DictGetStr(vm, globals, vm::As<vm::StrObject>(argv[1]));
  return found.is_null() ? Value::None() : found;
}

// _generated_signature(func, /): see inspect_module.h: the note a
// function generated by moat's own modules carries in its closure, or None.
Value GeneratedSignature(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_generated_signature(func, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kFunctionType)) return Value::None();
  const vm::FunctionObject* f = vm::As<vm::FunctionObject>(argv[0]);
  const vm::CodeObject* code = f->code;
  if (code->origin != vm::CodeOrigin::kMoatModule || f->closure == nullptr) return Value::None();
  const vm::TupleObject* names = code->localsplus_names;
  size_t frees = static_cast<size_t>(code->nfrees);
  if (names == nullptr || frees > names->size || frees != f->closure->size) return Value::None();
  vm::StrObject* wanted = vm.Intern("__moat_signature__");
  const Value* name_items = names->items;
  const Value* cells = f->closure->items;
  size_t first_free = names->size - frees;
  for (size_t i = 0; i < frees; ++i) {
    Value name = name_items[first_free + i];
    if (!vm::HasType(name, &vm::kStrType)) continue;
    if (!vm::StrEquals(vm::As<vm::StrObject>(name), wanted)) continue;
    if (!vm::HasType(cells[i], &vm::kCellType)) return Value::None();
    Value v = vm::As<vm::CellObject>(cells[i])->value;
    return v.is_null() ? Value::None() : v;
  }
  return Value::None();
}

// _method_self(method, /): see inspect_module.h: what a bound method of a
// Python function is bound to, or None for anything else.
Value MethodSelf(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_method_self(method, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kMethodType)) return Value::None();
  return vm::As<vm::MethodObject>(argv[0])->self;
}

const vm::MethodDef kFuncParamsDef = {"_func_params", FuncParams};
const vm::MethodDef kCtorInfoDef = {"_ctor_info", CtorInfo};
const vm::MethodDef kMroDef = {"_mro", Mro};
const vm::MethodDef kBasesDef = {"_bases", Bases};
const vm::MethodDef kModuleGlobalDef = {"_module_global", ModuleGlobal};
const vm::MethodDef kGeneratedSignatureDef = {"_generated_signature", GeneratedSignature};
const vm::MethodDef kMethodSelfDef = {"_method_self", MethodSelf};

}  // namespace

// The helpers go into the module's dict, which InitFrozenCModule copies
// into the body's private namespace; they are then taken out of the dict,
// so only the module's own functions reach them.
bool InitInspectModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kInspectWithheld;
  const vm::MethodDef* defs[] = {&kFuncParamsDef, &kCtorInfoDef, &kMroDef, &kBasesDef,
                                 &kModuleGlobalDef, &kGeneratedSignatureDef, &kMethodSelfDef};
  for (const vm::MethodDef* def : defs) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  bool ok = InitFrozenCModule(vm, module);
  for (const vm::MethodDef* def : defs) {
    vm::StrObject* name = vm.Intern(def->name);
    if (vm::DictGetStr(vm, module->dict, name).is_null()) continue;
    if (vm::DictDel(vm, module->dict, Value::FromObject(name)) < 0) return false;
  }
  return ok;
}

}  // namespace moat::stdlib
