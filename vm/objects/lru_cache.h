// File: vm/objects/lru_cache.h
//
// `functools._lru_cache_wrapper`, the callable functools.lru_cache and
// functools.cache make (CPython 3.11's Modules/_functoolsmodule.c
// lru_cache_wrapper): the wrapped callable, its cache, the hit and miss
// counts and an attribute dict (update_wrapper's __name__, __wrapped__...).
//
// A call is two halves around the wrapped function's call:
// LruCacheLookup makes the key and finds a hit, LruCacheStore records the
// result of a miss. The interpreter loop (vm/interpreter.cc,
// TryFrameForCachedCall) runs a Python function's call between them as one
// of its own frames, so a memoized recursion goes as deep as the recursion
// limit allows without recursing in C++; any other call goes through the
// type's call slot, which makes the three steps natively.
//
// Layout invariants: `cache` is a dict in recency order (a hit moves its
// entry to the end; the first live entry is the oldest), nullptr when
// maxsize is 0 (no caching, as uncached_lru_cache_wrapper). Every entry of
// cache->entries before `oldest_hint` is deleted. A key is an exact int or
// str argument itself, or a tuple LruCacheLookup made, whose hash_cache
// holds the key's hash from the lookup to the store (the key is never
// seen by scripts), so user __hash__ runs once per call, as in CPython.
#ifndef MOAT_VM_OBJECTS_LRU_CACHE_H_
#define MOAT_VM_OBJECTS_LRU_CACHE_H_

#include <cstddef>
#include <cstdint>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct DictObject;

extern TypeObject kLruCacheType;

struct LruCacheObject : Object {
  Value func;             // the wrapped callable
  Value cache_info_type;  // called with (hits, misses, maxsize, currsize)
  DictObject* cache;      // nullptr: maxsize 0
  DictObject* dict;       // attribute dict, made on first use; may be nullptr
  int64_t maxsize;        // -1: unbounded
  int64_t hits;
  int64_t misses;
  size_t oldest_hint;
  bool typed;
};

// The first half of a call of `w` with `args`: lru_cache_make_key, the
// hash, the lookup. 1: a hit, *out is the cached result; 0: a miss, counted,
// *out is the key to give LruCacheStore (Null when `w` does not cache);
// -1: an exception is pending (an unhashable argument). May run Python code
// (__hash__, __eq__); allocates.
int LruCacheLookup(Interp& vm, LruCacheObject* w, CallArgs args, Value* out);

// The second half: records `result` under `key` from a miss, evicting the
// least recently used entry of a full bounded cache (and keeping an entry
// the call itself made, as bounded_lru_cache_wrapper does). Returns
// `result`, or Null with an exception pending. May run Python code
// (__eq__); allocates.
Value LruCacheStore(Interp& vm, LruCacheObject* w, Value key, Value result);

void InitLruCacheType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_LRU_CACHE_H_
