// exit/quit, vars and dir (see builtins_introspect.h), after CPython 3.11's
// Lib/_sitebuiltins.py (Quitter), builtin_vars in Python/bltinmodule.c, and
// PyObject_Dir with object___dir___impl (Objects/typeobject.c),
// type___dir___impl and module___dir___impl.
//
// dir() gathers names in a dict used as a set, as CPython's merge_class_dict
// does, then sorts its keys (so non-str keys of an instance dict fail to
// sort exactly as in CPython). Built-in types contribute CPython's own dir()
// lists (dir_names.inc, generated from python3.11), so the names match even
// where moat's method tables are organised differently.
//
// Rooting: the names dict, the object's __dict__ and a user __dir__'s result
// are held in a RootScope across lookups that may run Python.
#include "stdlib_safe/builtins_introspect.h"

#include <mutex>
#include <vector>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/object_state.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::DictObject;
using vm::Interp;
using vm::ListObject;
using vm::RootScope;
using vm::TypeObject;
using vm::Value;

struct BuiltinDirNames {
  const char* type_name;
  const char* bases;  // the bases' type_names, space-separated; "" for object
  const char* names;  // the keys of the type's own __dict__, in their order
};

#include "stdlib_safe/dir_names.inc"

const BuiltinDirNames* FindBuiltinDirNames(std::string_view name) {
  for (const BuiltinDirNames& e : kBuiltinDirNames) {
    if (name == e.type_name) return &e;
  }
  return nullptr;
}

// Calls add(word) for each word of a space-separated list; false when add does.
template <typename Add>
bool ForEachWord(std::string_view list, Add add) {
  while (!list.empty()) {
    size_t space = list.find(' ');
    if (!add(list.substr(0, space))) return false;
    list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
  }
  return true;
}

// ---- exit() and quit() ------------------------------------------------------------
//
// site's Quitter: calling one raises SystemExit(code); its repr is the hint
// the interactive prompt shows. moat has no stdin to close first.

TypeObject kQuitterType;

struct QuitterObject : vm::Object {
  const char* name;  // "exit" or "quit"
};

Value QuitterRepr(Interp& vm, Value self) {
  return vm::NewStrValue(
      vm, StrCat("Use ", As<QuitterObject>(self)->name, "() or Ctrl-D (i.e. EOF) to exit"));
}

Value QuitterCall(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("__call__(code=None)");
  Value code = Value::Null();
  if (!vm::ParseArgs(vm, kSpec, args, &code)) return Value::Null();
  if (code.is_null()) code = Value::None();
  Value exc = vm.Call1(Value::FromObject(&vm::kSystemExitType), code);
  if (exc.is_null()) return Value::Null();
  return vm.SetException(exc);
}

void InitQuitterType() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kQuitterType, "_sitebuiltins.Quitter", &vm::kObjectType);
    kQuitterType.type_flags |= vm::kTypeInstanceDictWithheld;
    kQuitterType.repr = QuitterRepr;
    kQuitterType.call = QuitterCall;
    kQuitterType.hash = vm::IdentityHash;
  });
}

// ---- vars() and dir() --------------------------------------------------------------

// Without an argument vars() and dir() read the caller's frame.
Value RefuseScopeIntrospection(Interp& vm, const char* name) {
  return vm.RaiseFormat(&vm::kTypeErrorType,
                        "%s() without an argument (the names of the current scope) is not "
                        "available in the sandbox: pass the object to inspect",
                        name);
}

// obj.__dict__ without its AttributeError: Null with nothing pending when
// the object has none (or moat withholds it), Null with the error pending
// for any other exception.
Value LookupDict(Interp& vm, Value obj) {
  Value d = vm::GetAttrOptional(vm, obj, vm.Intern("__dict__"));
  if (d.is_null() && vm.HasException() && vm.ExceptionMatches(&vm::kAttributeErrorType)) {
    vm.ClearException();
  }
  return d;
}

Value BuiltinVars(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "vars", 0, 1)) {
    return Value::Null();
  }
  if (args.nargs == 0) return RefuseScopeIntrospection(vm, "vars");
  Value obj = args.args[0];
  Value d = LookupDict(vm, obj);
  if (!d.is_null() || vm.HasException()) return d;
  // CPython gives modules and built-in types a __dict__ that moat withholds
  // (docs/SECURITY.md): say so rather than claim they have none.
  if (vm::HasType(obj, &vm::kModuleType) || vm::IsType(obj)) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "vars() of %s is not available in the sandbox: use dir() for its "
                          "names",
                          vm::IsType(obj) ? "a built-in type" : "a module");
  }
  return vm.Raise(&vm::kTypeErrorType, "vars() argument must have __dict__ attribute");
}

bool AddName(Interp& vm, DictObject* names, std::string_view name) {
  return vm::DictSetStr(vm, names, name, Value::None()) == 0;
}

// `owner`: the class whose namespace `d` is, whose private names the
// running code may not see (a C-type stand-in's: vm::PrivateNameVisible).
bool AddDictKeys(Interp& vm, DictObject* names, DictObject* d,
                 const TypeObject* owner = nullptr) {
  if (!vm.ChargeItems(d->size)) return false;
  bool filter = owner != nullptr && (owner->type_flags & vm::kTypeCTypeStandIn) != 0;
  size_t pos = 0;
  Value key, value;
  while (vm::DictNext(d, &pos, &key, &value)) {
    if (filter && vm::IsStr(key) &&
        !vm::PrivateNameVisible(vm, owner, As<vm::StrObject>(key))) {
      continue;
    }
    // CPython keeps these out of a class namespace.
    if (owner != nullptr && vm::IsStr(key) &&
        (As<vm::StrObject>(key)->view() == "__qualname__" ||
         As<vm::StrObject>(key)->view() == "__classcell__")) {
      continue;
    }
    if (vm::DictSet(vm, names, key, Value::None()) != 0) return false;
  }
  return true;
}

// merge_class_dict over the generated table: the type's own names in
// CPython's order, then each base's, depth first (the table is a tree of
// a few levels).
bool AddTableNames(Interp& vm, DictObject* names, const BuiltinDirNames* e) {
  std::string_view list = e->names;
  if (!vm.ChargeItems(list.size() / 8)) return false;
  if (!ForEachWord(list, [&](std::string_view n) { return AddName(vm, names, n); })) {
    return false;
  }
  return ForEachWord(e->bases, [&](std::string_view base) {
    const BuiltinDirNames* b = FindBuiltinDirNames(base);
    return b == nullptr || AddTableNames(vm, names, b);
  });
}

// The names of a built-in type and its bases: CPython's namespaces when the
// generated table has the type, else moat's method tables up the base chain.
bool AddBuiltinTypeNames(Interp& vm, DictObject* names, TypeObject* t) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (const BuiltinDirNames* e = FindBuiltinDirNames(tt->name)) {
      return AddTableNames(vm, names, e);
    }
    for (const vm::MethodDef* m = tt->methods; m != nullptr && m->name != nullptr; ++m) {
      if (!AddName(vm, names, m->name)) return false;
    }
  }
  return true;
}

// merge_class_dict: the class's namespace, then each base's, depth first
// (a name keeps the place it was first added at). Iterative, over an
// explicit stack: a class met again adds nothing (its namespace and its
// bases' were merged when it was first met), so it is skipped, which keeps
// diamonds from multiplying the work as CPython's recursion does.
bool MergeClassNames(Interp& vm, DictObject* names, TypeObject* t) {
  std::vector<TypeObject*> stack = {t};
  absl::flat_hash_set<TypeObject*> merged;
  while (!stack.empty()) {
    TypeObject* c = stack.back();
    stack.pop_back();
    if (!merged.insert(c).second) continue;
    if (!vm::IsUserClass(c)) {
      if (!AddBuiltinTypeNames(vm, names, c)) return false;
      continue;
    }
    auto* cls = static_cast<vm::ClassObject*>(c);
    if (!AddDictKeys(vm, names, cls->dict, cls) || !AddName(vm, names, "__module__") ||
        !AddName(vm, names, "__doc__")) {
      return false;
    }
    const Value* bases = vm::TupleItems(cls->bases);
    for (size_t i = cls->bases->size; i > 0; --i) stack.push_back(As<TypeObject>(bases[i - 1]));
  }
  return true;
}

// type___dir___impl: the namespaces of the class and of its bases.
bool AddTypeNames(Interp& vm, DictObject* names, TypeObject* t) {
  return MergeClassNames(vm, names, t);
}

// Names CPython's dir() lists that moat refuses to getattr: their values
// are code, namespaces, frames, the class graph or the host
// (docs/SECURITY.md, "dir() and getattr agree"). dir() leaves them out
// unless the object really has them: a user class on the MRO or the
// instance dict defines them.
constexpr const char* kWithheldDirNames[] = {
    // The class graph and the type's memory layout.
    "__bases__", "__base__", "__mro__", "mro",
    "__subclasses__", "__basicsize__", "__itemsize__",
    "__dictoffset__", "__weakrefoffset__", "__flags__",
    "__prepare__", "__alloc__",
    // Functions', generators', coroutines' and tracebacks' code,
    // namespaces and frames, and what a generator or coroutine delegates to.
    "__code__", "__globals__", "__closure__",
    "__builtins__", "gi_code", "gi_frame",
    "gi_yieldfrom", "cr_code", "cr_frame", "cr_await", "ag_code", "ag_frame", "ag_await",
    "tb_frame", "__del__",
    // Bound objects (print.__self__ is the builtins module), super()'s
    // internals and C signatures moat does not carry.
    "__self__", "__self_class__", "__thisclass__",
    "__text_signature__",
    // The host's streams behind sys.stdout and friends.
    "raw", "detach", "fileno", "reconfigure",
};

bool DefinedForDir(Interp& vm, TypeObject* t, vm::StrObject* name) {
  vm::TypeAttr attr;
  return vm::FindTypeAttr(vm, t, name, &attr) && vm::IsUserClass(attr.owner);
}

// Removes from `names` the withheld names neither `t` (nor `meta`, the
// type of a class whose dir() this is) nor the instance dict `dict` has.
bool DropWithheldNames(Interp& vm, DictObject* names, TypeObject* t, TypeObject* meta,
                       Value dict) {
  for (const char* withheld : kWithheldDirNames) {
    vm::StrObject* name = vm.Intern(withheld);
    Value key = Value::FromObject(name);
    if (vm::DictGetStr(vm, names, name).is_null()) continue;
    if (DefinedForDir(vm, t, name) || (meta != nullptr && DefinedForDir(vm, meta, name)) ||
        (!dict.is_null() && vm::IsDict(dict) &&
         !vm::DictGetStr(vm, As<DictObject>(dict), name).is_null())) {
      continue;
    }
    if (vm::DictDel(vm, names, key) < 0) return false;
  }
  return true;
}

Value Keys(Interp& vm, DictObject* names) {
  ListObject* list = vm::ListFromIterable(vm, Value::FromObject(names));
  return list == nullptr ? Value::Null() : Value::FromObject(list);
}

Value SortedKeys(Interp& vm, DictObject* names) {
  ListObject* list = vm::ListFromIterable(vm, Value::FromObject(names));
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&result);
  if (!vm::ListSort(vm, list, Value::Null(), false)) return Value::Null();
  return result;
}

// The standard names every module's namespace holds in CPython, which
// moat's modules answer without holding them all (`__loader__` and
// `__spec__` read None: no import system loaded them).
// The entries every module's namespace starts with, in module_init_dict's
// order (Objects/moduleobject.c).
constexpr const char* kModuleCreationNames[] = {"__name__", "__doc__", "__package__",
                                                "__loader__", "__spec__"};

Value BuiltinDir(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "dir", 0, 1)) {
    return Value::Null();
  }
  if (args.nargs == 0) return RefuseScopeIntrospection(vm, "dir");
  return DirOf(vm, args.args[0]);
}

const vm::MethodDef kIntrospectionFunctions[] = {
    vm::VarArgsMethod("dir", BuiltinDir),
    vm::VarArgsMethod("vars", BuiltinVars),
    {nullptr, nullptr},
};

// dir() without a user __dir__: sorted for dir(), in CPython's merge order
// for object.__dir__() and type.__dir__() (a module's __dir__() lists its
// namespace in insertion order, as module___dir___impl does).
// `as_type`: a class's own listing (type.__dir__ and dir()); otherwise
// object.__dir__'s, which for a class lists its metaclass's names only (its
// __dict__ is a mappingproxy, which object___dir___impl leaves out).
Value DefaultDir(Interp& vm, Value obj, bool sorted, bool as_type = true);
Value UnsortedDir(Interp& vm, Value obj, bool as_type) {
  return DefaultDir(vm, obj, false, as_type);
}

}  // namespace

Value DirOf(Interp& vm, Value obj) {
  Value custom = Value::Null();
  RootScope roots(vm);
  roots.Add(&obj);
  roots.Add(&custom);
  TypeObject* t = vm::TypeOf(obj);
  // A user __dir__ on the object's type (not on the object itself).
  vm::TypeAttr attr;
  if (vm::FindTypeAttr(vm, t, vm.Intern("__dir__"), &attr) && vm::IsUserClass(attr.owner)) {
    custom = vm::BindTypeAttr(vm, attr, obj, t);
    if (custom.is_null()) return custom;
    custom = vm.Call0(custom);
    if (custom.is_null()) return custom;
    ListObject* list = vm::ListFromIterable(vm, custom);
    if (list == nullptr) return Value::Null();
    custom = Value::FromObject(list);
    if (!vm::ListSort(vm, list, Value::Null(), false)) return Value::Null();
    return custom;
  }
  return DefaultDir(vm, obj, true);
}

namespace {

Value DefaultDir(Interp& vm, Value obj, bool sorted, bool as_type) {
  Value names_v = Value::Null();
  Value dict = Value::Null();
  RootScope roots(vm);
  roots.Add(&obj);
  roots.Add(&names_v);
  roots.Add(&dict);
  TypeObject* t = vm::TypeOf(obj);
  DictObject* names = vm::NewDict(vm);
  if (names == nullptr) return Value::Null();
  names_v = Value::FromObject(names);
  if (vm::HasType(obj, &vm::kModuleType)) {
    // module___dir___impl lists the namespace in its own order, which starts
    // with the five entries module creation sets (a native module of moat's
    // may lack some). type(m).__dir__ is object.__dir__ in moat, so that is
    // what both spellings list.
    if (!sorted) {
      for (const char* n : kModuleCreationNames) {
        if (!AddName(vm, names, n)) return Value::Null();
      }
    }
    if (!AddDictKeys(vm, names, As<vm::ModuleObject>(obj)->dict)) return Value::Null();
    if (sorted) {
      for (const char* n : kModuleCreationNames) {
        if (!AddName(vm, names, n)) return Value::Null();
      }
      return SortedKeys(vm, names);
    }
    return Keys(vm, names);
  }
  if (vm::IsType(obj) && as_type) {
    if (!AddTypeNames(vm, names, As<TypeObject>(obj)) ||
        !DropWithheldNames(vm, names, As<TypeObject>(obj), t, Value::Null())) {
      return Value::Null();
    }
    return sorted ? SortedKeys(vm, names) : Keys(vm, names);
  }
  // object___dir___impl: the instance's __dict__, then its class's names.
  dict = LookupDict(vm, obj);
  if (dict.is_null() && vm.HasException()) return dict;
  if (!dict.is_null() && vm::IsDict(dict) && !AddDictKeys(vm, names, As<DictObject>(dict))) {
    return Value::Null();
  }
  if (!AddTypeNames(vm, names, t)) return Value::Null();
  if (!DropWithheldNames(vm, names, t, nullptr, dict)) return Value::Null();
  return sorted ? SortedKeys(vm, names) : Keys(vm, names);
}

}  // namespace

bool InstallIntrospectionBuiltins(Interp& vm, DictObject* builtins) {
  InitQuitterType();
  vm::SetObjectDirLister(UnsortedDir);
  for (const char* name : {"exit", "quit"}) {
    QuitterObject* q = vm.New<QuitterObject>(&kQuitterType);
    if (q == nullptr) return false;
    q->name = name;
    if (vm::DictSetStr(vm, builtins, name, Value::FromObject(q)) != 0) return false;
  }
  for (const vm::MethodDef* def = kIntrospectionFunctions; def->name != nullptr; ++def) {
    vm::BuiltinFunctionObject* f = vm::NewBuiltinFunction(vm, def, Value::Null(), nullptr);
    if (f == nullptr ||
        vm::DictSetStr(vm, builtins, def->name, Value::FromObject(f)) != 0) {
      return false;
    }
  }
  return true;
}

}  // namespace moat::stdlib
