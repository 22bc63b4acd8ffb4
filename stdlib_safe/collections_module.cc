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
#include "vm/objects/function.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

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

// ---- OrderedDict ------------------------------------------------------------------

// OrderedDict (py/collections.py) is a dict subclass whose order is the
// dict's own: moving an entry moves it in the dict's table. CPython's keeps
// a separate node list with a state counter that changes when a node is
// added, removed or moved, which its iterators check. The dict's `version`
// changes on exactly those events here, and on clear(), which CPython's
// state ignores: a dict left without tables (`table_size == 0`) has been
// cleared since, with nothing added, and is read as an unchanged state.
// (dict's own methods called on an OrderedDict keep it consistent here,
// where CPython's leave its node list stale.)

// PyErr_SetObject(PyExc_KeyError, key): None gives no arguments, a tuple
// its items, anything else one argument.
Value RaiseKeyErrorObject(Interp& vm, Value key) {
  vm::TupleObject* args;
  if (key.is_none()) {
    args = vm::NewTupleFrom(vm, nullptr, 0);
  } else if (vm::IsSubtype(vm::TypeOf(key), &vm::kTupleType)) {
    auto* t = vm::As<vm::TupleObject>(key);
    args = vm::NewTupleFrom(vm, t->items, t->size);
  } else {
    args = vm::NewTupleFrom(vm, &key, 1);
  }
  if (args == nullptr) return Value::Null();
  vm::ExceptionObject* exc = vm::NewException(vm, &vm::kKeyErrorType, args);
  if (exc == nullptr) return Value::Null();
  return vm.SetException(Value::FromObject(exc));
}

// Index of the last live entry of non-empty `d` (the first with !last),
// past any deleted ones.
size_t EndEntry(const vm::DictObject* d, bool last) {
  size_t ix = last ? d->entries_used - 1 : 0;
  while (d->entries[ix].key.is_null()) ix = last ? ix - 1 : ix + 1;
  return ix;
}

// `last` of move_to_end and popitem (Argument Clinic's bool: any object's
// truth); 1, 0, or -1 with the exception of its __bool__ pending.
int LastFlag(Interp& vm, Value given) { return given.is_null() ? 1 : vm::IsTrue(vm, given); }

// OrderedDict.move_to_end(key, last=True), as CPython's: an empty dict
// raises KeyError before hashing, and the end entry's own key object is
// found without hashing. Runs Python (`last`'s __bool__, the key's __hash__
// and __eq__).
Value OdictMoveToEnd(Interp& vm, Value self, CallArgs args) {
  static const vm::ArgSpec kSpec("move_to_end(key, last=True)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&argv[0]);
  int last = LastFlag(vm, argv[1]);
  if (last < 0) return Value::Null();
  auto* d = vm::As<vm::DictObject>(self);
  Value key = argv[0];
  if (d->size == 0) return RaiseKeyErrorObject(vm, key);
  if (d->entries[EndEntry(d, last)].key.Is(key)) return Value::None();
  int64_t hash = vm::Hash(vm, key);
  if (hash == -1) return Value::Null();
  Value unused;
  int found = last ? vm::DictGetMoveToEnd(vm, d, key, hash, &unused)
                   : vm::DictGetMoveToFront(vm, d, key, hash, &unused);
  if (found < 0) return Value::Null();
  if (found == 0) return RaiseKeyErrorObject(vm, key);
  return Value::None();
}

// OrderedDict.popitem(last=True): the end entry straight from the dict, as
// CPython 3.11's reads its list's end (a subclass's __iter__, __getitem__
// and __delitem__ are not called). Runs Python only for `last`'s __bool__.
Value OdictPopItem(Interp& vm, Value self, CallArgs args) {
  static const vm::ArgSpec kSpec("popitem(last=True)");
  Value given;
  if (!vm::ParseArgs(vm, kSpec, args, &given)) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&self);
  int last = LastFlag(vm, given);
  if (last < 0) return Value::Null();
  auto* d = vm::As<vm::DictObject>(self);
  if (d->size == 0) return vm.Raise(&vm::kKeyErrorType, "dictionary is empty");
  size_t ix = EndEntry(d, last);
  Value pair[2] = {d->entries[ix].key, d->entries[ix].value};
  vm::TupleObject* result = vm::NewTupleFrom(vm, pair, 2);
  if (result == nullptr || !vm::DictDeleteEntryAt(vm, d, ix)) return Value::Null();
  return Value::FromObject(result);
}

const vm::MethodDef kOdictMethods[] = {
    {"move_to_end", OdictMoveToEnd},
    {"popitem", OdictPopItem},
};

// _odict_methods(cls, /): gives class `cls` (OrderedDict, a dict subclass)
// the native methods above as method descriptors, so a call costs no
// Python frame.
Value OdictMethods(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_odict_methods(cls, /)");
  Value cls;
  if (!vm::ParseArgs(vm, kSpec, args, &cls)) return Value::Null();
  if (!vm::HasType(cls, &vm::kTypeType) ||
      !vm::IsSubtype(vm::As<vm::TypeObject>(cls), &vm::kDictType)) {
    return vm.Raise(&vm::kTypeErrorType, "_odict_methods() needs a dict subclass");
  }
  vm::RootScope roots(vm);
  roots.Add(&cls);
  for (const vm::MethodDef& def : kOdictMethods) {
    vm::BuiltinFunctionObject* f =
        vm::UnboundBuiltinMethod(vm, &def, vm::As<vm::TypeObject>(cls));
    if (f == nullptr || vm::SetAttr(vm, cls, vm.Intern(def.name), Value::FromObject(f)) < 0) {
      return Value::Null();
    }
  }
  return Value::None();
}

const vm::MethodDef kOdictMethodsDef = {"_odict_methods", OdictMethods};

// ---- odict_iterator ---------------------------------------------------------------

// CPython's odict_iterator over an OrderedDict or one of its views, read
// from the dict's entries. It checks the dict as CPython's checks its state
// and size (see above): a change of keys or order ends it with
// "OrderedDict mutated during iteration", a clear() with the sticky
// "OrderedDict changed size during iteration". As CPython's, which holds
// the next key, it stops without checking once it has given the last one.
enum OdictIterKind : uint8_t { kOdictKeys, kOdictValues, kOdictItems };

struct OdictIteratorObject : vm::Object {
  Value od;         // the OrderedDict; Null once ended by a mutation
  int64_t next;     // entry index of the next item; -1 when done
  int64_t size;     // the dict's size at the start; -1 once a size change was seen
  uint64_t version; // the dict's version at the start
  OdictIterKind kind;
  bool reversed;
};

vm::TypeObject kOdictIteratorType;

void OdictIteratorTrace(vm::Object* self, vm::GcTracer& tracer) {
  tracer.Visit(static_cast<OdictIteratorObject*>(self)->od);
}

Value OdictIteratorSelf(Interp&, Value self) { return self; }

// The live entry after `ix` in the iterator's direction, or -1.
int64_t NextLiveEntry(const vm::DictObject* d, int64_t ix, bool reversed) {
  for (ix += reversed ? -1 : 1; ix >= 0 && static_cast<size_t>(ix) < d->entries_used;
       ix += reversed ? -1 : 1) {
    if (!d->entries[ix].key.is_null()) return ix;
  }
  return -1;
}

Value OdictIteratorNext(Interp& vm, Value self) {
  auto* it = vm::As<OdictIteratorObject>(self);
  if (it->od.is_null()) return Value::Null();
  if (it->next < 0) {
    it->od = Value::Null();
    return Value::Null();
  }
  auto* d = vm::As<vm::DictObject>(it->od);
  if (d->version != it->version && d->table_size != 0) {
    it->od = Value::Null();
    return vm.Raise(&vm::kRuntimeErrorType, "OrderedDict mutated during iteration");
  }
  if (it->size != static_cast<int64_t>(d->size)) {
    it->size = -1;
    return vm.Raise(&vm::kRuntimeErrorType, "OrderedDict changed size during iteration");
  }
  const vm::DictEntry& e = d->entries[it->next];
  Value key = e.key, value = e.value;
  it->next = NextLiveEntry(d, it->next, it->reversed);
  switch (it->kind) {
    case kOdictKeys: return key;
    case kOdictValues: return value;
    case kOdictItems: break;
  }
  Value pair[2] = {key, value};
  vm::TupleObject* t = vm::NewTupleFrom(vm, pair, 2);
  return t ? Value::FromObject(t) : Value::Null();
}

// _odict_iter(od, kind, reversed, /): an odict_iterator over dict `od`'s
// keys (kind 0), values (1) or items (2), backwards if `reversed`.
Value OdictIter(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_odict_iter(od, kind, reversed, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsDict(argv[0]) || !argv[1].is_small_int() || argv[1].small_int() < 0 ||
      argv[1].small_int() > kOdictItems) {
    return vm.Raise(&vm::kTypeErrorType, "_odict_iter() needs a dict and a kind of 0, 1 or 2");
  }
  vm::RootScope roots(vm);
  roots.Add(&argv[0]);
  int reversed = vm::IsTrue(vm, argv[2]);
  if (reversed < 0) return Value::Null();
  auto* it = vm.New<OdictIteratorObject>(&kOdictIteratorType);
  if (it == nullptr) return Value::Null();
  auto* d = vm::As<vm::DictObject>(argv[0]);
  it->od = argv[0];
  it->size = static_cast<int64_t>(d->size);
  it->version = d->version;
  it->kind = static_cast<OdictIterKind>(argv[1].small_int());
  it->reversed = reversed != 0;
  it->next = d->size == 0 ? -1 : static_cast<int64_t>(EndEntry(d, it->reversed));
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
         vm::ModuleAddFunction(vm, module, &kOdictMethodsDef) &&
         vm::ModuleAddValue(vm, module, "deque", Value::FromObject(DequeType())) &&
         vm::ModuleAddFunction(vm, module, &kCountElementsDef) &&
         InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
