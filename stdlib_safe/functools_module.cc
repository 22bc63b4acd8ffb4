// functools' native cache (see functools_module.h), after CPython 3.11's
// Modules/_functoolsmodule.c: lru_cache_make_key, infinite_lru_cache_wrapper
// and bounded_lru_cache_wrapper.
#include "stdlib_safe/functools_module.h"

#include <cstdint>
#include <mutex>

#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::DictObject;
using vm::GcTracer;
using vm::Interp;
using vm::Object;
using vm::RootScope;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

TypeObject kLruStateType;
TypeObject kLruKeyType;

// One cache. `cache` maps keys to results in recency order, the oldest
// first. Every entry of cache->entries before `oldest_hint` is deleted; the
// hint goes back to 0 whenever the tables may be rebuilt (an insertion into
// a full entries array, a clear), which moves the entries.
struct LruStateObject : Object {
  DictObject* cache;
  Value kwd_mark;
  int64_t maxsize;  // -1: unbounded
  int64_t hits;
  int64_t misses;
  size_t oldest_hint;
  bool typed;
};

// A missed key on its way from lookup to store, with its hash.
struct LruKeyObject : Object {
  Value key;
  int64_t hash;
};

void LruStateTrace(Object* o, GcTracer& t) {
  LruStateObject* s = static_cast<LruStateObject*>(o);
  t.VisitPtr(s->cache);
  t.Visit(s->kwd_mark);
}

void LruKeyTrace(Object* o, GcTracer& t) { t.Visit(static_cast<LruKeyObject*>(o)->key); }

LruStateObject* StateArg(Interp& vm, Value self) {
  if (!vm::HasType(self, &kLruStateType)) {
    vm.RaiseTypeError("descriptor needs a functools._lru_state object");
    return nullptr;
  }
  return As<LruStateObject>(self);
}

// Wraps a call that may insert into the cache and so rebuild its tables,
// which moves the entries: the hint then goes back to 0. A rebuild shows as
// a new entries array; one is due when the array is full beforehand.
class HintKeeper {
 public:
  explicit HintKeeper(LruStateObject* s) : s_(s), entries_(s->cache->entries) {
    if (s->cache->entries_used >= s->cache->entries_capacity) s->oldest_hint = 0;
  }
  ~HintKeeper() {
    if (s_->cache->entries != entries_) s_->oldest_hint = 0;
  }
  HintKeeper(const HintKeeper&) = delete;
  HintKeeper& operator=(const HintKeeper&) = delete;

 private:
  LruStateObject* s_;
  const vm::DictEntry* entries_;
};

// lru_cache_make_key. Allocates.
Value MakeKey(Interp& vm, LruStateObject* s, TupleObject* args, DictObject* kwds) {
  size_t nkw = kwds->size;
  if (!s->typed && nkw == 0) {
    if (args->size == 1) {
      TypeObject* t = vm::TypeOf(args->items[0]);
      if (t == &vm::kIntType || t == &vm::kStrType) return args->items[0];
    }
    return Value::FromObject(args);
  }
  size_t n = args->size + (nkw != 0 ? 2 * nkw + 1 : 0) + (s->typed ? args->size + nkw : 0);
  if (!vm.ChargeItems(n)) return Value::Null();
  TupleObject* key = vm::NewTuple(vm, n);
  if (key == nullptr) return Value::Null();
  size_t k = 0;
  for (size_t i = 0; i < args->size; ++i) key->items[k++] = args->items[i];
  if (nkw != 0) {
    key->items[k++] = s->kwd_mark;
    size_t pos = 0;
    Value name;
    Value value;
    while (vm::DictNext(kwds, &pos, &name, &value)) {
      key->items[k++] = name;
      key->items[k++] = value;
    }
  }
  if (s->typed) {
    for (size_t i = 0; i < args->size; ++i) {
      key->items[k++] = Value::FromObject(vm::TypeOf(args->items[i]));
    }
    size_t pos = 0;
    Value value;
    while (vm::DictNext(kwds, &pos, nullptr, &value)) {
      key->items[k++] = Value::FromObject(vm::TypeOf(value));
    }
  }
  return Value::FromObject(key);
}

// _lru_state(maxsize, typed, kwd_mark, /). Allocates.
Value LruStateNew(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_lru_state(maxsize, typed, kwd_mark, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int64_t maxsize = -1;
  if (!argv[0].is_none()) {
    if (!vm::IsInt(argv[0])) return vm.RaiseTypeError("_lru_state() maxsize must be an int or None");
    // lru_cache_new's PyNumber_AsSsize_t(maxsize, PyExc_OverflowError).
    if (!vm::IndexToInt64(vm, argv[0], &maxsize)) return Value::Null();
    if (maxsize < 1) return vm.RaiseValueError("_lru_state() maxsize must be None or at least 1");
  }
  int typed = vm::IsTrue(vm, argv[1]);
  if (typed < 0) return Value::Null();
  RootScope roots(vm);
  Value mark = argv[2];
  roots.Add(&mark);
  DictObject* cache = vm::NewDict(vm);
  if (cache == nullptr) return Value::Null();
  Value cache_value = Value::FromObject(cache);
  roots.Add(&cache_value);
  LruStateObject* s = vm.New<LruStateObject>(&kLruStateType);
  if (s == nullptr) return Value::Null();
  s->cache = cache;
  s->kwd_mark = mark;
  s->maxsize = maxsize;
  s->typed = typed != 0;
  return Value::FromObject(s);
}

// state.lookup(args, kwds, /): see functools_module.h. May run Python
// (__hash__, __eq__); allocates.
Value LruLookup(Interp& vm, Value self, CallArgs args) {
  LruStateObject* s = StateArg(vm, self);
  if (s == nullptr) return Value::Null();
  if (args.nargs != 2 || args.nkwargs() != 0 || !vm::HasType(args.args[0], &vm::kTupleType) ||
      !vm::HasType(args.args[1], &vm::kDictType)) {
    return vm.RaiseTypeError("lookup() takes an args tuple and a kwds dict");
  }
  RootScope roots(vm);
  Value state_value = self;
  roots.Add(&state_value);
  Value key = MakeKey(vm, s, As<TupleObject>(args.args[0]), As<DictObject>(args.args[1]));
  if (key.is_null()) return key;
  roots.Add(&key);
  int64_t hash = vm::Hash(vm, key);
  if (hash == -1) return Value::Null();
  Value result;
  int found;
  if (s->maxsize < 0) {
    found = vm::DictGetWithHash(vm, s->cache, key, hash, &result);
  } else {
    HintKeeper keeper(s);
    found = vm::DictGetMoveToEnd(vm, s->cache, key, hash, &result);
  }
  if (found < 0) return Value::Null();
  if (found > 0) {
    ++s->hits;
    return result;
  }
  ++s->misses;
  LruKeyObject* k = vm.New<LruKeyObject>(&kLruKeyType);
  if (k == nullptr) return Value::Null();
  k->key = key;
  k->hash = hash;
  return Value::FromObject(k);
}

// Deletes the least recently used entry of a non-empty cache.
bool EvictOldest(Interp& vm, LruStateObject* s) {
  DictObject* d = s->cache;
  size_t ix = s->oldest_hint;
  size_t start = ix;
  while (ix < d->entries_used && d->entries[ix].key.is_null()) ++ix;
  if (!vm.ChargeItems(ix - start)) return false;
  if (ix >= d->entries_used) return true;  // nothing to evict
  if (!vm::DictDeleteEntryAt(vm, d, ix)) return false;
  s->oldest_hint = ix + 1;
  return true;
}

// state.store(key, result, /): see functools_module.h. May run Python
// (__eq__); allocates.
Value LruStore(Interp& vm, Value self, CallArgs args) {
  LruStateObject* s = StateArg(vm, self);
  if (s == nullptr) return Value::Null();
  if (args.nargs != 2 || args.nkwargs() != 0 || !vm::HasType(args.args[0], &kLruKeyType)) {
    return vm.RaiseTypeError("store() takes a key from lookup() and a result");
  }
  RootScope roots(vm);
  Value state_value = self;
  Value key_value = args.args[0];
  Value result = args.args[1];
  roots.Add(&state_value);
  roots.Add(&key_value);
  roots.Add(&result);
  LruKeyObject* k = As<LruKeyObject>(key_value);
  if (s->maxsize < 0) {
    // infinite_lru_cache_wrapper: a result the call stored meanwhile is
    // replaced.
    HintKeeper keeper(s);
    if (vm::DictSetWithHash(vm, s->cache, k->key, k->hash, result) < 0) return Value::Null();
    return result;
  }
  Value existing;
  int found = vm::DictGetWithHash(vm, s->cache, k->key, k->hash, &existing);
  if (found < 0) return Value::Null();
  // The call itself cached this key (recursion): that entry stays.
  if (found > 0) return result;
  if (static_cast<int64_t>(s->cache->size) >= s->maxsize && !EvictOldest(vm, s)) {
    return Value::Null();
  }
  HintKeeper keeper(s);
  if (vm::DictSetWithHash(vm, s->cache, k->key, k->hash, result) < 0) return Value::Null();
  return result;
}

// state.info(): (hits, misses, maxsize, currsize). Allocates.
Value LruInfo(Interp& vm, Value self, CallArgs args) {
  LruStateObject* s = StateArg(vm, self);
  if (s == nullptr || !vm::CheckMethodNoArgs(vm, args, "info")) return Value::Null();
  // The maxsize lru_cache_new converted (maxsize=True shows as 1).
  Value maxsize = s->maxsize < 0 ? Value::None() : vm::IntFromInt64(vm, s->maxsize);
  if (maxsize.is_null()) return maxsize;
  Value items[4] = {Value::SmallInt(s->hits), Value::SmallInt(s->misses), maxsize,
                    Value::SmallInt(static_cast<int64_t>(s->cache->size))};
  TupleObject* t = vm::NewTupleFrom(vm, items, 4);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// state.clear(): lru_cache_cache_clear.
Value LruClear(Interp& vm, Value self, CallArgs args) {
  LruStateObject* s = StateArg(vm, self);
  if (s == nullptr || !vm::CheckMethodNoArgs(vm, args, "clear")) return Value::Null();
  s->hits = s->misses = 0;
  s->oldest_hint = 0;
  vm::DictClear(vm, s->cache);
  return Value::None();
}

const vm::MethodDef kLruStateMethods[] = {
    {"lookup", LruLookup},
    {"store", LruStore},
    {"info", LruInfo},
    {"clear", LruClear},
    {nullptr, nullptr},
};

const vm::MethodDef kLruStateNewDef = {"_lru_state", LruStateNew};

void InitFunctoolsTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kLruStateType, "functools._lru_state", &vm::kObjectType);
    kLruStateType.trace = LruStateTrace;
    kLruStateType.methods = kLruStateMethods;
    kLruStateType.hash = vm::IdentityHash;
    vm::InitStaticType(&kLruKeyType, "functools._lru_key", &vm::kObjectType);
    kLruKeyType.trace = LruKeyTrace;
    kLruKeyType.hash = vm::IdentityHash;
  });
}

}  // namespace

bool InitFunctoolsModule(Interp& vm, vm::ModuleObject* module) {
  InitFunctoolsTypes();
  return vm::ModuleAddFunction(vm, module, &kLruStateNewDef) && AddSetTypeName(vm, module) &&
         vm::ModuleAddValue(vm, module, "_lru_key", Value::FromObject(&kLruKeyType)) &&
         InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
