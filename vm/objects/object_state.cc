// object.__getstate__ and object.__dir__, which report only what a script
// can already read (its attribute dict, its slots' values, dir()'s names),
// after CPython 3.11's
// object_getstate_default and object___dir___impl (Objects/typeobject.c)
// and copyreg._slotnames (Lib/copyreg.py); and object's `__reduce__`,
// `__reduce_ex__` and `__sizeof__`, which exist but refuse to run
// (docs/SECURITY.md, "dir() and getattr agree").
#include "vm/objects/object_state.h"

#include <atomic>
#include <string>
#include <string_view>

#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

// The same function for every interpreter; set by each one's builtins.
std::atomic<ObjectDirLister> g_dir_lister{nullptr};

// Adds to `slots` the value of each __slots__ name `cls` declares that `obj`
// has set. May run Python code (the slots iterable, a __getattr__).
bool AddSlotValues(Interp& vm, Value obj, ClassObject* cls, DictObject* slots) {
  Value declared = DictGetStr(vm, cls->dict, vm.Intern("__slots__"));
  if (declared.is_null()) return !vm.HasException();
  Value names_v = Value::Null();
  Value attr = Value::Null();
  Value value = Value::Null();
  RootScope roots(vm);
  roots.Add(&declared);
  roots.Add(&names_v);
  roots.Add(&attr);
  roots.Add(&value);
  if (IsStr(declared)) {
    TupleObject* one = NewTupleFrom(vm, &declared, 1);
    if (one == nullptr) return false;
    names_v = Value::FromObject(one);
  }
  ListObject* names = ListFromIterable(vm, names_v.is_null() ? declared : names_v);
  if (names == nullptr) return false;
  names_v = Value::FromObject(names);
  for (size_t i = 0; i < names->size; ++i) {
    Value name = names->items[i];
    if (!IsStr(name)) continue;
    std::string_view n = As<StrObject>(name)->view();
    if (n == "__dict__" || n == "__weakref__") continue;
    // copyreg._slotnames: a private name under its mangled spelling.
    attr = NewStrValue(vm, MangledSlotName(cls->name_str->view(), n));
    if (attr.is_null()) return false;
    value = GetAttrOptional(vm, obj, As<StrObject>(attr));
    if (value.is_null()) {
      if (!vm.HasException()) continue;
      if (!vm.ExceptionMatches(&kAttributeErrorType)) return false;
      vm.ClearException();
      continue;
    }
    if (DictSet(vm, slots, attr, value) != 0) return false;
  }
  return true;
}

}  // namespace

void SetObjectDirLister(ObjectDirLister lister) {
  g_dir_lister.store(lister, std::memory_order_relaxed);
}

Value ObjectGetStateMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "object.__getstate__")) return Value::Null();
  Value state = Value::None();
  Value slots_v = Value::Null();
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&state);
  roots.Add(&slots_v);
  // The instance's own dict object when it holds anything, as in CPython
  // (an exception keeps its attributes in its own field).
  DictObject* dict = nullptr;
  if (DictObject** slot = InstanceDictSlot(self); slot != nullptr) {
    dict = *slot;
  } else if (IsException(self)) {
    dict = As<ExceptionObject>(self)->dict;
  }
  if (dict != nullptr && dict->size != 0) state = Value::FromObject(dict);
  TypeObject* t = TypeOf(self);
  if (!IsUserClass(t)) return state;
  DictObject* slots = NewDict(vm);
  if (slots == nullptr) return Value::Null();
  slots_v = Value::FromObject(slots);
  TupleObject* mro = static_cast<ClassObject*>(t)->mro;
  if (!vm.ChargeItems(mro->size)) return Value::Null();
  for (size_t i = 0; i < mro->size; ++i) {
    TypeObject* c = As<TypeObject>(mro->items[i]);
    // A C-type stand-in's slots are its C layout, which CPython's
    // __getstate__ does not see.
    if (!IsUserClass(c) || (c->type_flags & kTypeCTypeStandIn) != 0) continue;
    if (!AddSlotValues(vm, self, static_cast<ClassObject*>(c), slots)) return Value::Null();
  }
  if (slots->size == 0) return state;
  Value pair[2] = {state, slots_v};
  TupleObject* result = NewTupleFrom(vm, pair, 2);
  return result == nullptr ? Value::Null() : Value::FromObject(result);
}

namespace {

Value ListDir(Interp& vm, Value self, bool as_type) {
  ObjectDirLister lister = g_dir_lister.load(std::memory_order_relaxed);
  if (lister == nullptr) {
    return vm.Raise(&kAttributeErrorType, "'__dir__' is not available in the sandbox");
  }
  return lister(vm, self, as_type);
}

}  // namespace

Value ObjectDirMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "object.__dir__")) return Value::Null();
  return ListDir(vm, self, false);
}

Value TypeDirMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "type.__dir__")) return Value::Null();
  return ListDir(vm, self, true);
}

namespace {

// object's reduce protocol names copyreg's internals and __sizeof__ reports
// the host's memory layout: found (so dir() and getattr agree) but refused
// when called. Types and classes that define their own are unaffected.
Value RefuseObjectMethod(Interp& vm, const char* name) {
  return vm.RaiseFormat(&kTypeErrorType, "object.%s() is not available in the sandbox", name);
}

}  // namespace

Value ObjectReduceMethod(Interp& vm, Value, CallArgs) {
  return RefuseObjectMethod(vm, "__reduce__");
}
// object.__reduce_ex__(protocol): as CPython's object___reduce_ex___impl, a
// class's own __reduce__ (any but object's) answers, called with no
// arguments, as the script could call it itself (BaseException's, a
// class's); only object's own reduction stays refused.
Value ObjectReduceExMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "object.__reduce_ex__")) return Value::Null();
  int64_t protocol;
  if (!IndexToInt64(vm, args.args[0], &protocol)) return Value::Null();
  StrObject* name = vm.Intern("__reduce__");
  TypeAttr attr;
  if (FindTypeAttr(vm, TypeOf(self), name, &attr) &&
      (attr.method == nullptr || attr.method->fn != ObjectReduceMethod)) {
    Value reduce = GetAttr(vm, self, name);
    if (reduce.is_null()) return reduce;
    RootScope roots(vm);
    roots.Add(&reduce);
    return vm.Call0(reduce);
  }
  return RefuseObjectMethod(vm, "__reduce_ex__");
}
Value ObjectSizeofMethod(Interp& vm, Value, CallArgs) {
  return RefuseObjectMethod(vm, "__sizeof__");
}

}  // namespace moat::vm
