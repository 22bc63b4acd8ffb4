// collections' native helpers (see collections_module.h).
#include "stdlib_safe/collections_module.h"

#include <mutex>

#include "stdlib_safe/collections_deque.h"
#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _dict_move_to_end(d, key, /): True once the entry of `key` is last in
// dict `d` (its stored key and value unchanged), False if `key` is missing.
// Only the lookup may run Python (the key's __hash__ and __eq__).
Value DictMoveToEnd(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_dict_move_to_end(d, key, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsDict(argv[0])) {
    return vm.Raise(&vm::kTypeErrorType, "_dict_move_to_end() needs a dict");
  }
  vm::RootScope roots(vm);
  roots.Add(&argv[0]);
  roots.Add(&argv[1]);
  int64_t hash = vm::Hash(vm, argv[1]);
  if (hash == -1) return Value::Null();
  Value unused;
  int found = vm::DictGetMoveToEnd(vm, vm::As<vm::DictObject>(argv[0]), argv[1], hash, &unused);
  if (found < 0) return Value::Null();
  return Value::Bool(found > 0);
}

const vm::MethodDef kDictMoveToEndDef = {"_dict_move_to_end", DictMoveToEnd};

// True when `type` takes `name` from dict itself (no class on its MRO
// defines it), so dict's own operation may stand in for calling it.
bool UsesDictMethod(Interp& vm, vm::TypeObject* type, const char* name) {
  vm::TypeAttr attr;
  return vm::FindTypeAttr(vm, type, vm.Intern(name), &attr) && attr.owner == &vm::kDictType;
}

// What counting one element costs the instruction budget: the bytecode
// loop it replaces ran about ten instructions; the native work (a hash, a
// lookup, an add, a store) is worth a few.
constexpr uint64_t kCountElementCost = 4;

// _count_elements(mapping, iterable, /): Counter's counting loop, as
// CPython's _collections._count_elements: `mapping[elem] = mapping.get(elem,
// 0) + 1` for each element. A dict (or subclass such as Counter) whose get
// and __setitem__ are dict's own is counted directly, hashing each element
// once; any other mapping goes through its get and item assignment. Runs
// Python (the iterator, __hash__, __eq__, __add__, a mapping's methods).
Value CountElements(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_count_elements(mapping, iterable, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  Value mapping = argv[0];
  Value it = Value::Null(), key = Value::Null(), count = Value::Null(), get = Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&mapping);
  roots.Add(&it);
  roots.Add(&key);
  roots.Add(&count);
  roots.Add(&get);
  it = vm::GetIter(vm, argv[1]);
  if (it.is_null()) return Value::Null();
  vm::TypeObject* type = vm::TypeOf(mapping);
  const Value one = Value::SmallInt(1);
  if (vm::IsDict(mapping) && UsesDictMethod(vm, type, "get") &&
      UsesDictMethod(vm, type, "__setitem__")) {
    auto* d = vm::As<vm::DictObject>(mapping);
    for (;;) {
      key = vm::IterNext(vm, it);
      if (key.is_null()) break;
      if (!vm.ChargeWork(kCountElementCost)) return Value::Null();
      int64_t hash = vm::Hash(vm, key);
      if (hash == -1) return Value::Null();
      int found = vm::DictGetWithHash(vm, d, key, hash, &count);
      if (found < 0) return Value::Null();
      count = found > 0 ? vm::BinaryOperation(vm, vm::BinaryOp::kAdd, count, one) : one;
      if (count.is_null() || vm::DictSetWithHash(vm, d, key, hash, count) < 0) {
        return Value::Null();
      }
    }
  } else {
    get = vm::GetAttr(vm, mapping, vm.Intern("get"));
    if (get.is_null()) return Value::Null();
    for (;;) {
      key = vm::IterNext(vm, it);
      if (key.is_null()) break;
      if (!vm.ChargeWork(kCountElementCost)) return Value::Null();
      Value get_args[2] = {key, Value::SmallInt(0)};
      count = vm.Call(get, CallArgs{get_args, 2, nullptr});
      if (count.is_null()) return Value::Null();
      count = vm::BinaryOperation(vm, vm::BinaryOp::kAdd, count, one);
      if (count.is_null() || vm::SetItem(vm, mapping, key, count) < 0) return Value::Null();
    }
  }
  if (vm.HasException()) return Value::Null();
  return Value::None();
}

const vm::MethodDef kCountElementsDef = {"_count_elements", CountElements};

// ---- odict_iterator ---------------------------------------------------------------

// CPython's odict_iterator, over an OrderedDict or one of its views, either
// way: it advances the dict's own iterator (`inner`), and ends with
// "OrderedDict mutated during iteration" when that one sees the keys
// changed. Native so that iterating an OrderedDict costs no Python frame
// per item.
struct OdictIteratorObject : vm::Object {
  Value inner;  // Null once exhausted by a mutation
};

vm::TypeObject kOdictIteratorType;

void OdictIteratorTrace(vm::Object* self, vm::GcTracer& tracer) {
  tracer.Visit(static_cast<OdictIteratorObject*>(self)->inner);
}

Value OdictIteratorSelf(Interp&, Value self) { return self; }

Value OdictIteratorNext(Interp& vm, Value self) {
  auto* it = vm::As<OdictIteratorObject>(self);
  if (it->inner.is_null()) return Value::Null();
  Value item = vm::IterNext(vm, it->inner);
  if (item.is_null() && vm.HasException() && vm.ExceptionMatches(&vm::kRuntimeErrorType)) {
    // The dict iterator saw keys added, removed or moved.
    vm.ClearException();
    vm::As<OdictIteratorObject>(self)->inner = Value::Null();
    return vm.Raise(&vm::kRuntimeErrorType, "OrderedDict mutated during iteration");
  }
  return item;
}

// _odict_iter(iterator, /): an odict_iterator advancing `iterator`.
Value OdictIter(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_odict_iter(iterator, /)");
  Value inner;
  if (!vm::ParseArgs(vm, kSpec, args, &inner)) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&inner);
  auto* it = vm.New<OdictIteratorObject>(&kOdictIteratorType);
  if (it == nullptr) return Value::Null();
  it->inner = inner;
  return Value::FromObject(it);
}

const vm::MethodDef kOdictIterDef = {"_odict_iter", OdictIter};

void InitOdictIteratorType() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kOdictIteratorType, "odict_iterator", &vm::kObjectType);
    kOdictIteratorType.trace = OdictIteratorTrace;
    kOdictIteratorType.hash = vm::IdentityHash;
    kOdictIteratorType.iter = OdictIteratorSelf;
    kOdictIteratorType.next = OdictIteratorNext;
    kOdictIteratorType.basic_size = sizeof(OdictIteratorObject);
  });
}

}  // namespace

bool InitCollectionsModule(Interp& vm, vm::ModuleObject* module) {
  InitOdictIteratorType();
  return AddSetTypeName(vm, module) &&
         vm::ModuleAddFunction(vm, module, &kOdictIterDef) &&
         vm::ModuleAddValue(vm, module, "deque", Value::FromObject(DequeType())) &&
         vm::ModuleAddFunction(vm, module, &kDictMoveToEndDef) &&
         vm::ModuleAddFunction(vm, module, &kCountElementsDef) &&
         InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
