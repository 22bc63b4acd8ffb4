// File: stdlib_safe/functools_module.h
//
// The native part of `functools` (stdlib_safe/py/functools.py): the cache
// behind lru_cache and cache, CPython's Modules/_functoolsmodule.c
// lru_cache_wrapper without the callable around it.
//
// The wrapper a decorated function becomes stays a Python function in
// functools.py, so that a memoized recursion goes Python to Python in the
// frame arena (as deep as sys.setrecursionlimit allows, where a native
// wrapper would meet the native recursion guard), and so that it binds as
// a method, takes attributes and carries update_wrapper's metadata like any
// function. Everything else is here, in one call per cache hit:
//
//   _lru_state(maxsize, typed, kwd_mark, /)
//                     a cache; maxsize is None (unbounded) or an int >= 1
//                     (lru_cache handles 0 without a cache).
//   state.lookup(args, kwds, /)
//                     the key (CPython's lru_cache_make_key: a lone exact
//                     int or str argument is its own key; otherwise args,
//                     then kwd_mark and the keyword items, then with typed
//                     the argument types), hashed once. On a hit: counts
//                     it, makes the entry the most recently used and
//                     returns the result. On a miss: counts it and returns
//                     a `_lru_key` object holding the key and its hash.
//   state.store(key, result, /)
//                     after the call: adds the entry unless the call
//                     itself added it (recursion), evicting the least
//                     recently used one when the cache is full, as
//                     bounded_lru_cache_wrapper does. Returns result.
//   state.info()      (hits, misses, maxsize, currsize), maxsize as converted
//   state.clear()     empties the cache and zeroes the counters.
//
// The cache is a dict kept in recency order (a hit moves its entry to the
// end; the first live entry is the oldest), charged and traced as any
// dict. Hazards: lookup and store hash and compare keys, which may run
// Python code (user __hash__/__eq__) and so collect.
#ifndef MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_
#define MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `functools`: adds _lru_state and _lru_key, then
// runs the frozen module body. False with the body's exception pending.
bool InitFunctoolsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_FUNCTOOLS_MODULE_H_
