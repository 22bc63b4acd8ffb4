// File: stdlib_safe/random_core.h
//
// The `_random` module: the native core under `random` (stdlib_safe/py/
// random.py), as CPython 3.11's Modules/_randommodule.c. It holds
//
// * Mt19937, the Mersenne Twister on a uint32 array (Matsumoto and
//   Nishimura's init_genrand/init_by_array/genrand_int32), with CPython's
//   53-bit float formula and getrandbits word order, so a seeded generator
//   gives exactly CPython's numbers;
// * `_random.Random`, a subclassable type whose instances carry one
//   Mt19937 inline (charged to the heap with the object), with seed(n),
//   random(), getrandbits(k), getstate() and setstate(state).
//
// random.seed() hashes str, bytes and bytearray seeds (version 2) with
// SHA-512 from `_hashlib`, as CPython's random does with its `_sha512`.
//
// There is no entropy source in the sandbox: seed(None), and a Random made
// without a seed, use the fixed seed 0 (kUnseededSeed), so every run of a
// script gets the same sequence (docs/SECURITY.md).
#ifndef MOAT_STDLIB_SAFE_RANDOM_CORE_H_
#define MOAT_STDLIB_SAFE_RANDOM_CORE_H_

#include <cstdint>
#include <span>

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The seed used where CPython would read OS entropy.
inline constexpr uint32_t kUnseededSeed = 0;

// MT19937's state. Plain data (all zero is a valid, if degenerate, state),
// so it can live inline in a heap object allocated zeroed.
struct Mt19937 {
  static constexpr int kN = 624;

  uint32_t state[kN];
  int index;  // next word of `state` to temper; kN: twist first

  // init_genrand(s).
  void InitGenrand(uint32_t s);
  // init_by_array(key): what CPython's seed(n) does with the 32-bit words
  // of abs(n), least significant first (one word 0 for n == 0).
  void InitByArray(std::span<const uint32_t> key);
  // genrand_uint32: the next tempered 32-bit output.
  uint32_t Next();
  // random(): (a*2**26 + b) / 2**53 from a = Next() >> 5, b = Next() >> 6.
  double NextDouble();

  // init_by_array over key(0..key_length-1) (random_core.cc only).
  template <typename KeyFn>
  void InitByKey(size_t key_length, KeyFn key);

 private:
  void Twist();
};

// Fills a fresh `_random` module (registry.cc). False with an exception
// pending if an allocation was refused.
bool InitRandomCoreModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_RANDOM_CORE_H_
