// functools._lru_cache_wrapper (see lru_cache.h), after CPython 3.11's
// Modules/_functoolsmodule.c: lru_cache_new, lru_cache_make_key,
// infinite_lru_cache_wrapper, bounded_lru_cache_wrapper,
// uncached_lru_cache_wrapper and the wrapper's methods.
#include "vm/objects/lru_cache.h"

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kLruCacheType;

namespace {

// CPython's kwd_mark: separates positional arguments from keyword items in
// a key. A static object of a type no script can reach, so no argument
// can be it.
TypeObject kKwdMark;

LruCacheObject* AsCache(Value v) { return As<LruCacheObject>(v); }

void LruCacheTrace(Object* o, GcTracer& t) {
  LruCacheObject* w = static_cast<LruCacheObject*>(o);
  t.Visit(w->func);
  t.Visit(w->cache_info_type);
  t.VisitPtr(w->cache);
  t.VisitPtr(w->dict);
}

// Wraps a call that may insert into the cache and so rebuild its tables,
// which moves the entries: the hint then goes back to 0. A rebuild shows as
// a new entries array; one is due when the array is full beforehand.
class HintKeeper {
 public:
  explicit HintKeeper(LruCacheObject* w) : w_(w), entries_(w->cache->entries) {
    if (w->cache->entries_used >= w->cache->entries_capacity) w->oldest_hint = 0;
  }
  ~HintKeeper() {
    if (w_->cache->entries != entries_) w_->oldest_hint = 0;
  }
  HintKeeper(const HintKeeper&) = delete;
  HintKeeper& operator=(const HintKeeper&) = delete;

 private:
  LruCacheObject* w_;
  const DictEntry* entries_;
};

// lru_cache_make_key: a lone exact int or str argument is its own key;
// otherwise a new tuple of the arguments, then kwd_mark and the keyword
// items, then with typed the argument types. Allocates.
Value MakeKey(Interp& vm, LruCacheObject* w, CallArgs args) {
  size_t nkw = args.nkwargs();
  size_t npos = args.nargs;
  if (!w->typed && nkw == 0 && npos == 1) {
    TypeObject* t = TypeOf(args.args[0]);
    if (t == &kIntType || t == &kStrType) return args.args[0];
  }
  size_t n = npos + (nkw != 0 ? 2 * nkw + 1 : 0) + (w->typed ? npos + nkw : 0);
  if (!vm.ChargeItems(n)) return Value::Null();
  TupleObject* key = NewTuple(vm, n);
  if (key == nullptr) return Value::Null();
  Value* items = TupleItems(key);
  size_t k = 0;
  for (size_t i = 0; i < npos; ++i) items[k++] = args.args[i];
  if (nkw != 0) {
    items[k++] = Value::FromObject(&kKwdMark);
    for (size_t i = 0; i < nkw; ++i) {
      items[k++] = args.kwnames->items[i];
      items[k++] = args.args[npos + i];
    }
  }
  if (w->typed) {
    for (size_t i = 0; i < npos + nkw; ++i) items[k++] = Value::FromObject(TypeOf(args.args[i]));
  }
  return Value::FromObject(key);
}

// The hash LruCacheLookup computed for `key`: kept in a made tuple; an
// exact int or str hashes without running Python code.
int64_t KeyHash(Interp& vm, Value key) {
  if (HasType(key, &kTupleType)) return As<TupleObject>(key)->hash_cache;
  return Hash(vm, key);
}

// Deletes the least recently used entry of the cache, if any.
bool EvictOldest(Interp& vm, LruCacheObject* w) {
  DictObject* d = w->cache;
  size_t ix = w->oldest_hint;
  size_t start = ix;
  while (ix < d->entries_used && d->entries[ix].key.is_null()) ++ix;
  if (!vm.ChargeItems(ix - start)) return false;
  if (ix >= d->entries_used) return true;
  if (!DictDeleteEntryAt(vm, d, ix)) return false;
  w->oldest_hint = ix + 1;
  return true;
}

// The call slot, for every call the loop does not split around a frame of
// its own: one counted step, as _PyObject_MakeTpCall's, then lookup, call
// and store. May run Python code.
Value LruCacheCall(Interp& vm, Value self, CallArgs args) {
  RecursiveCallGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  RootScope roots(vm);
  Value self_value = self;
  roots.Add(&self_value);
  LruCacheObject* w = AsCache(self);
  Value key;
  int found = LruCacheLookup(vm, w, args, &key);
  if (found != 0) return found > 0 ? key : Value::Null();
  roots.Add(&key);
  Value result = vm.Call(w->func, args);
  if (result.is_null()) return result;
  return LruCacheStore(vm, w, key, result);
}

bool HasSlot(Value v, CallFn TypeObject::*slot) {
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->*slot != nullptr) return true;
  }
  return false;
}

bool HasIndexSlot(Value v) {
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->index != nullptr) return true;
  }
  return false;
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type):
// lru_cache_new. Allocates.
Value LruCacheConstruct(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("lru_cache(user_function, maxsize, typed, cache_info_type)");
  Value argv[4];
  if (!ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!HasSlot(argv[0], &TypeObject::call)) {
    return vm.RaiseTypeError("the first argument must be callable");
  }
  int64_t maxsize = -1;
  if (!argv[1].is_none()) {
    if (!IsInt(argv[1]) && !HasIndexSlot(argv[1])) {
      return vm.RaiseTypeError("maxsize should be integer or None");
    }
    // PyNumber_AsSsize_t(maxsize, PyExc_OverflowError).
    if (!IndexToInt64(vm, argv[1], &maxsize)) return Value::Null();
    if (maxsize < 0) maxsize = 0;
  }
  int typed = IsTrue(vm, argv[2]);
  if (typed < 0) return Value::Null();
  RootScope roots(vm);
  for (Value& v : argv) roots.Add(&v);
  DictObject* cache = nullptr;
  Value cache_value = Value::None();
  roots.Add(&cache_value);
  if (maxsize != 0) {
    cache = NewDict(vm);
    if (cache == nullptr) return Value::Null();
    cache_value = Value::FromObject(cache);
  }
  LruCacheObject* w = vm.New<LruCacheObject>(&kLruCacheType);
  if (w == nullptr) return Value::Null();
  w->func = argv[0];
  w->cache_info_type = argv[3];
  w->cache = cache;
  w->maxsize = maxsize;
  w->typed = typed != 0;
  return Value::FromObject(w);
}

// cache_info(): cache_info_type(hits, misses, maxsize, currsize).
Value LruCacheInfo(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "_lru_cache_wrapper.cache_info")) return Value::Null();
  LruCacheObject* w = AsCache(self);
  Value items[4];
  RootScope roots(vm);
  for (Value& v : items) {
    v = Value::None();
    roots.Add(&v);
  }
  items[0] = IntFromInt64(vm, w->hits);
  if (items[0].is_null()) return Value::Null();
  items[1] = IntFromInt64(vm, w->misses);
  if (items[1].is_null()) return Value::Null();
  if (w->maxsize >= 0) {
    items[2] = IntFromInt64(vm, w->maxsize);
    if (items[2].is_null()) return Value::Null();
  }
  items[3] = Value::SmallInt(w->cache == nullptr ? 0 : static_cast<int64_t>(w->cache->size));
  Value info_type = w->cache_info_type;
  roots.Add(&info_type);
  return vm.Call(info_type, CallArgs{items, 4, nullptr});
}

// cache_clear(): lru_cache_cache_clear.
Value LruCacheClear(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "_lru_cache_wrapper.cache_clear")) return Value::Null();
  LruCacheObject* w = AsCache(self);
  w->hits = w->misses = 0;
  w->oldest_hint = 0;
  if (w->cache != nullptr) DictClear(vm, w->cache);
  return Value::None();
}

// __reduce__(): the qualname, so pickle would find the wrapper by name.
Value LruCacheReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "_lru_cache_wrapper.__reduce__")) return Value::Null();
  return GetAttr(vm, self, vm.Intern("__qualname__"));
}

// __copy__(*args) and __deepcopy__(*args): the wrapper itself (METH_VARARGS
// in CPython, so any positional arguments are taken).
Value LruCacheSelf(Interp& vm, Value self, CallArgs args) {
  if (args.nkwargs() != 0) {
    return vm.RaiseTypeError("_lru_cache_wrapper.__copy__() takes no keyword arguments");
  }
  return self;
}

// PyObject_GenericGetAttr: `__dict__`, then the attribute dict, then the
// type's methods. Null without an exception when missing.
Value LruCacheGetAttr(Interp& vm, Value self, StrObject* name) {
  LruCacheObject* w = AsCache(self);
  if (name->view() == "__dict__") {
    if (w->dict == nullptr) w->dict = NewDict(vm);
    return w->dict != nullptr ? Value::FromObject(w->dict) : Value::Null();
  }
  if (w->dict != nullptr) {
    Value v = DictGetStr(vm, w->dict, name);
    if (!v.is_null()) return v;
  }
  return GenericGetAttr(vm, self, name);
}

// PyObject_GenericSetAttr: `__dict__` may be replaced by another dict,
// the rest goes to the attribute dict. `value` Null deletes.
int LruCacheSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  LruCacheObject* w = AsCache(self);
  std::string_view n = name->view();
  if (n == "__dict__") return AssignGenericDict(vm, &w->dict, value);
  if (n == "__class__") {
    vm.RaiseTypeError(
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  return SetInDictSlot(vm, &w->dict, self, name, value);
}

const MethodDef kLruCacheMethods[] = {
    {"cache_info", LruCacheInfo},
    {"cache_clear", LruCacheClear},
    {"__reduce__", LruCacheReduce},
    VarArgsMethod("__copy__", LruCacheSelf),
    VarArgsMethod("__deepcopy__", LruCacheSelf),
    // lru_cache_descr_get binds as a function does (BindBuiltinDescriptor).
    {"__get__", DescriptorGetMethod},
    {nullptr, nullptr},
};

}  // namespace

int LruCacheLookup(Interp& vm, LruCacheObject* w, CallArgs args, Value* out) {
  if (w->cache == nullptr) {
    ++w->misses;
    *out = Value::Null();
    return 0;
  }
  RootScope roots(vm);
  Value self = Value::FromObject(w);
  roots.Add(&self);
  Value key = MakeKey(vm, w, args);
  if (key.is_null()) return -1;
  roots.Add(&key);
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  if (HasType(key, &kTupleType)) As<TupleObject>(key)->hash_cache = hash;
  Value result;
  int found;
  if (w->maxsize < 0) {
    found = DictGetWithHash(vm, w->cache, key, hash, &result);
  } else {
    HintKeeper keeper(w);
    found = DictGetMoveToEnd(vm, w->cache, key, hash, &result);
  }
  if (found < 0) return -1;
  if (found > 0) {
    ++w->hits;
    *out = result;
    return 1;
  }
  ++w->misses;
  *out = key;
  return 0;
}

Value LruCacheStore(Interp& vm, LruCacheObject* w, Value key, Value result) {
  if (w->cache == nullptr) return result;
  RootScope roots(vm);
  Value self = Value::FromObject(w);
  roots.Add(&self);
  roots.Add(&key);
  roots.Add(&result);
  int64_t hash = KeyHash(vm, key);
  if (hash == -1) return Value::Null();
  if (w->maxsize < 0) {
    // infinite_lru_cache_wrapper: a result the call stored meanwhile is
    // replaced.
    if (DictSetWithHash(vm, w->cache, key, hash, result) < 0) return Value::Null();
    return result;
  }
  Value existing;
  int found = DictGetWithHash(vm, w->cache, key, hash, &existing);
  if (found < 0) return Value::Null();
  // The call itself cached this key (recursion): that entry stays.
  if (found > 0) return result;
  if (static_cast<int64_t>(w->cache->size) >= w->maxsize && !EvictOldest(vm, w)) {
    return Value::Null();
  }
  HintKeeper keeper(w);
  if (DictSetWithHash(vm, w->cache, key, hash, result) < 0) return Value::Null();
  return result;
}

void InitLruCacheType() {
  // No kTypeBaseType: CPython's type is not an acceptable base either.
  InitStaticType(&kLruCacheType, "functools._lru_cache_wrapper", &kObjectType);
  kLruCacheType.trace = LruCacheTrace;
  kLruCacheType.methods = kLruCacheMethods;
  kLruCacheType.hash = IdentityHash;
  kLruCacheType.call = LruCacheCall;
  kLruCacheType.construct = LruCacheConstruct;
  kLruCacheType.getattr = LruCacheGetAttr;
  kLruCacheType.setattr = LruCacheSetAttr;
  InitStaticType(&kKwdMark, "functools._kwd_mark", &kObjectType);
}

}  // namespace moat::vm
