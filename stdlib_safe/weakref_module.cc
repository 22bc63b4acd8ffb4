// The `_weakref` module (see weakref_module.h).
#include "stdlib_safe/weakref_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/native_util.h"
#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/weakref.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::TypeObject;
using vm::Value;
using vm::WeakRefObject;

// Drops the references nothing holds any more before they are counted:
// CPython frees a dropped reference at once, moat at a collection. False
// when a budget limit was hit. Runs finalizers and callbacks.
bool PruneDeadRefs(Interp& vm, Value obj) {
  if (!obj.is_object() || (obj.object()->gc_flags & vm::kObjHasWeakRefs) == 0) return true;
  return vm::FinalizeUnreachable(vm);
}

// getweakrefcount(object, /)
Value GetWeakRefCount(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "_weakref.getweakrefcount")) return Value::Null();
  Value obj = args.args[0];
  if (!PruneDeadRefs(vm, obj)) return Value::Null();
  int64_t n = 0;
  if (obj.is_object()) {
    for (WeakRefObject* w = vm::WeakRefHead(vm, obj.object()); w != nullptr; w = w->next) ++n;
  }
  return Value::SmallInt(n);
}

// getweakrefs(object, /): the list, in its order.
Value GetWeakRefs(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "_weakref.getweakrefs")) return Value::Null();
  Value obj = args.args[0];
  if (!PruneDeadRefs(vm, obj)) return Value::Null();
  vm::ListObject* list = vm::NewList(vm);
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  vm::RootScope roots(vm);
  roots.Add(&result);
  if (obj.is_object()) {
    // Appending allocates but never collects: the list stays as it is.
    for (WeakRefObject* w = vm::WeakRefHead(vm, obj.object()); w != nullptr; w = w->next) {
      if (!vm::ListAppendValue(vm, list, Value::FromObject(w))) return Value::Null();
    }
  }
  return result;
}

// _remove_dead_weakref(dict, key, /): deletes dict[key] if it is a dead
// weak reference (CPython's _weakref helper for WeakValueDictionary).
Value RemoveDeadWeakref(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "_remove_dead_weakref", 2, 2)) return Value::Null();
  if (!vm::IsDict(args.args[0])) {
    return vm.RaiseTypeError(StrCat("_remove_dead_weakref() argument 1 must be dict, not ",
                                    vm::TypeName(args.args[0])));
  }
  auto* d = vm::As<vm::DictObject>(args.args[0]);
  Value found = Value::Null();
  int r = vm::DictGet(vm, d, args.args[1], &found);
  if (r < 0) return Value::Null();
  if (r == 1 && found.is_object() && vm::IsWeakRefOrProxy(vm::TypeOf(found)) &&
      vm::As<WeakRefObject>(found)->referent == nullptr &&
      vm::DictDel(vm, d, args.args[1]) < 0) {
    return Value::Null();
  }
  return Value::None();
}

// proxy(object, callback=None, /)
Value Proxy(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_weakref.proxy")) return Value::Null();
  if (args.nargs < 1) {
    return vm.RaiseTypeError(StrCat("proxy expected at least 1 argument, got ", args.nargs));
  }
  if (args.nargs > 2) {
    return vm.RaiseTypeError(StrCat("proxy expected at most 2 arguments, got ", args.nargs));
  }
  Value ob = args.args[0];
  bool callable = FindSlot(vm::TypeOf(ob), &TypeObject::call) != nullptr;
  return vm::NewWeakProxy(vm, ob, args.nargs == 2 ? args.args[1] : Value::Null(), callable);
}

// _method_parts(meth, /): (obj, func) of a bound method, for WeakMethod,
// or None when `meth` is no bound method. A bound method's `__self__` is
// withheld from scripts (docs/SECURITY.md), so this hands it over only
// when it is the script's own: an instance of a class a script's class
// statement made, or such a class; the weakref module's body keeps the
// function out of the scripts' sight.
Value MethodParts(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "_method_parts")) return Value::Null();
  Value m = args.args[0];
  if (!vm::HasType(m, &vm::kMethodType)) return Value::None();
  auto* method = vm::As<vm::MethodObject>(m);
  Value obj = method->self;
  const TypeObject* owner = vm::IsType(obj) ? vm::As<TypeObject>(obj) : vm::TypeOf(obj);
  if (!vm::IsUserClass(owner) || (owner->type_flags & vm::kTypeMoatModuleClass) != 0) {
    return vm.RaiseTypeError(StrCat("WeakMethod of a method bound to a '", vm::TypeName(obj),
                                    "' object is not available in the sandbox"));
  }
  vm::TupleObject* t = vm::NewTuple(vm, 2);
  if (t == nullptr) return Value::Null();
  t->items[0] = obj;
  vm::TupleItems(t)[1] = method->function;
  return Value::FromObject(t);
}

const vm::MethodDef kMethodPartsDef = {"_method_parts", MethodParts};
const vm::MethodDef kGetWeakRefCountDef = {"getweakrefcount", GetWeakRefCount};
const vm::MethodDef kGetWeakRefsDef = {"getweakrefs", GetWeakRefs};
const vm::MethodDef kProxyDef = {"proxy", Proxy};
const vm::MethodDef kRemoveDeadWeakrefDef = {"_remove_dead_weakref", RemoveDeadWeakref};

}  // namespace

bool InitWeakrefCoreModule(Interp& vm, vm::ModuleObject* module) {
  vm::InitWeakRefTypes();
  Value ref = Value::FromObject(&vm::kWeakRefType);
  return vm::ModuleAddValue(vm, module, "ref", ref) &&
         vm::ModuleAddValue(vm, module, "ReferenceType", ref) &&
         vm::ModuleAddValue(vm, module, "ProxyType", Value::FromObject(&vm::kWeakProxyType)) &&
         vm::ModuleAddValue(vm, module, "CallableProxyType",
                            Value::FromObject(&vm::kWeakCallableProxyType)) &&
         vm::ModuleAddFunction(vm, module, &kGetWeakRefCountDef) &&
         vm::ModuleAddFunction(vm, module, &kGetWeakRefsDef) &&
         vm::ModuleAddFunction(vm, module, &kProxyDef) &&
         vm::ModuleAddFunction(vm, module, &kRemoveDeadWeakrefDef);
}

bool InitWeakrefModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kMethodPartsDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
