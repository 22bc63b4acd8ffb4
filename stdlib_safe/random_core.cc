// The `_random` module (see random_core.h): the Mersenne Twister, SHA-512,
// then the `_random.Random` type with CPython 3.11's argument handling and
// error texts, then the module's init.
#include "stdlib_safe/random_core.h"

#include <gmp.h>

#include <mutex>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

// ---- MT19937 ------------------------------------------------------------------------

namespace {

constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

}  // namespace

void Mt19937::InitGenrand(uint32_t s) {
  state[0] = s;
  for (int i = 1; i < kN; ++i) {
    state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  index = kN;
}

template <typename KeyFn>
void Mt19937::InitByKey(size_t key_length, KeyFn key) {
  InitGenrand(19650218U);
  size_t i = 1;
  size_t j = 0;
  for (size_t k = key_length > kN ? key_length : kN; k > 0; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key(j) +
               static_cast<uint32_t>(j);
    if (++i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
    if (++j >= key_length) j = 0;
  }
  for (size_t k = kN - 1; k > 0; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) -
               static_cast<uint32_t>(i);
    if (++i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
  }
  state[0] = 0x80000000U;  // a nonzero initial state is assured
}

void Mt19937::InitByArray(std::span<const uint32_t> key) {
  InitByKey(key.size(), [key](size_t j) { return key[j]; });
}

void Mt19937::Twist() {
  auto mix = [](uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
    return far ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
  };
  int k = 0;
  for (; k < kN - kM; ++k) state[k] = mix(state[k], state[k + 1], state[k + kM]);
  for (; k < kN - 1; ++k) state[k] = mix(state[k], state[k + 1], state[k + kM - kN]);
  state[kN - 1] = mix(state[kN - 1], state[0], state[kM - 1]);
  index = 0;
}

uint32_t Mt19937::Next() {
  if (index >= kN) Twist();
  uint32_t y = state[index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double Mt19937::NextDouble() {
  uint32_t a = Next() >> 5;
  uint32_t b = Next() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// ---- _random.Random -------------------------------------------------------------------

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::TypeObject;
using vm::Value;

TypeObject kRandomType;

struct RandomObject : vm::Object {
  Mt19937 mt;
};

Mt19937& MtOf(Value self) { return vm::As<RandomObject>(self)->mt; }

// seed(abs(n)) for an int n: init_by_array over its 32-bit words.
void SeedFromBig(Mt19937& mt, const vm::BigInt& n) {
  mpz_srcptr z = n.Raw();
  size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
  size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  mt.InitByKey(words, [z](size_t j) {
    mp_limb_t limb = mpz_getlimbn(z, static_cast<mp_size_t>(j / 2));
    return static_cast<uint32_t>(j % 2 == 0 ? limb : static_cast<uint64_t>(limb) >> 32);
  });
}

// random_seed: None (the fixed kUnseededSeed here, where CPython reads OS
// entropy), abs(n) of ints, and the hash (as an unsigned 64-bit number) of
// anything else. Charged one unit per key word. False with an exception
// pending.
bool Seed(Interp& vm, Mt19937& mt, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    uint32_t key = kUnseededSeed;
    mt.InitByArray({&key, 1});
    return true;
  }
  if (vm::IsInt(arg)) {
    vm::BigInt n = vm::IntToBig(arg);
    if (!vm.ChargeItems(n.BitLength() / 32)) return false;
    SeedFromBig(mt, n);
    return true;
  }
  int64_t hash = vm::Hash(vm, arg);
  if (hash == -1) return false;
  SeedFromBig(mt, vm::BigInt(static_cast<uint64_t>(hash)));
  return true;
}

Value RandomNew(Interp& vm, TypeObject* subtype, CallArgs) {
  auto* r = vm::NewInstance<RandomObject>(vm, subtype);
  return r == nullptr ? Value::Null() : Value::FromObject(r);
}

// random_init: keywords are refused unless a subclass overrides __init__.
int RandomInit(Interp& vm, Value self, CallArgs args) {
  if (args.nkwargs() != 0 && vm::TypeOf(self)->init == RandomInit &&
      !vm::CheckNoKeywords(vm, args, "Random")) {
    return -1;
  }
  if (args.nargs > 1) {
    vm.RaiseTypeError("Random() requires 0 or 1 argument");
    return -1;
  }
  return Seed(vm, MtOf(self), args.nargs == 1 ? args.args[0] : Value::Null()) ? 0 : -1;
}

Value RandomConstruct(Interp& vm, Value cls, CallArgs args) {
  Value r = RandomNew(vm, vm::As<TypeObject>(cls), args);
  if (r.is_null()) return r;
  vm::RootScope roots(vm);
  roots.Add(&r);
  return RandomInit(vm, r, args) < 0 ? Value::Null() : r;
}

Value RandomSeed(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "Random.seed") ||
      !vm::CheckPositionalCount(vm, args, "seed", 0, 1)) {
    return Value::Null();
  }
  vm::RootScope roots(vm);
  roots.Add(&self);
  if (!Seed(vm, MtOf(self), args.nargs == 1 ? args.args[0] : Value::Null())) {
    return Value::Null();
  }
  return Value::None();
}

Value RandomRandom(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "Random.random")) return Value::Null();
  return vm::NewFloat(vm, MtOf(self).NextDouble());
}

// getrandbits(k): k <= 32 bits from one output's top bits; more as 32-bit
// words, least significant first, the last one cut to its top bits.
Value RandomGetrandbits(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "Random.getrandbits")) return Value::Null();
  int k;
  if (!vm::ClinicCInt(vm, args.args[0], &k)) return Value::Null();
  if (k < 0) return vm.RaiseValueError("number of bits must be non-negative");
  if (k == 0) return Value::SmallInt(0);
  Mt19937& mt = MtOf(self);
  if (k <= 32) return Value::SmallInt(mt.Next() >> (32 - k));
  uint64_t words = (static_cast<uint64_t>(k) - 1) / 32 + 1;
  if (!vm::IntChargeResult(vm, static_cast<uint64_t>(k), words)) return Value::Null();
  vm::BigInt result;
  mpz_ptr z = result.MutableRaw();
  size_t limbs = (words + 1) / 2;
  mp_limb_t* out = mpz_limbs_write(z, static_cast<mp_size_t>(limbs));
  int remaining = k;
  for (uint64_t i = 0; i < words; ++i, remaining -= 32) {
    uint32_t r = mt.Next();
    if (remaining < 32) r >>= (32 - remaining);
    if (i % 2 == 0) {
      out[i / 2] = r;
    } else {
      out[i / 2] |= static_cast<mp_limb_t>(r) << 32;
    }
  }
  mpz_limbs_finish(z, static_cast<mp_size_t>(limbs));
  return vm::IntFromBig(vm, std::move(result));
}

Value RandomGetstate(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "Random.getstate")) return Value::Null();
  vm::TupleObject* t = vm::NewTuple(vm, Mt19937::kN + 1);
  if (t == nullptr) return Value::Null();
  const Mt19937& mt = MtOf(self);
  for (int i = 0; i < Mt19937::kN; ++i) t->items[i] = Value::SmallInt(mt.state[i]);
  TupleItems(t)[Mt19937::kN] = Value::SmallInt(mt.index);
  return Value::FromObject(t);
}

// PyLong_AsUnsignedLong truncated to 32 bits, as random_setstate stores it.
bool StateWord(Interp& vm, Value v, uint32_t* out) {
  if (!vm::IsInt(v)) {
    vm.RaiseTypeError("an integer is required");
    return false;
  }
  vm::BigInt n = vm::IntToBig(v);
  if (n.Sign() < 0) {
    vm.RaiseOverflowError("can't convert negative value to unsigned int");
    return false;
  }
  if (n.BitLength() > 64) {
    vm.RaiseOverflowError("Python int too large to convert to C unsigned long");
    return false;
  }
  *out = static_cast<uint32_t>(mpz_getlimbn(n.Raw(), 0));
  return true;
}

Value RandomSetstate(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "Random.setstate")) return Value::Null();
  Value state = args.args[0];
  if (!vm::IsTuple(state)) return vm.RaiseTypeError("state vector must be a tuple");
  auto* t = vm::As<vm::TupleObject>(state);
  if (t->size != Mt19937::kN + 1) return vm.RaiseValueError("state vector is the wrong size");
  uint32_t words[Mt19937::kN];
  for (int i = 0; i < Mt19937::kN; ++i) {
    if (!StateWord(vm, t->items[i], &words[i])) return Value::Null();
  }
  // PyLong_AsLong: an int past a C long is its OverflowError.
  Value position = TupleItems(t)[Mt19937::kN];
  int64_t index;
  if (vm::IsInt(position) && !vm::IntToInt64(position, &index)) {
    return vm.RaiseOverflowError("Python int too large to convert to C long");
  }
  if (!vm::IsInt(position) && !vm::IndexToInt64(vm, position, &index)) return Value::Null();
  if (index < 0 || index > Mt19937::kN) return vm.RaiseValueError("invalid state");
  Mt19937& mt = MtOf(self);
  for (int i = 0; i < Mt19937::kN; ++i) mt.state[i] = words[i];
  mt.index = static_cast<int>(index);
  return Value::None();
}

const vm::MethodDef kRandomMethods[] = {
    {"getrandbits", RandomGetrandbits},
    {"getstate", RandomGetstate},
    {"random", RandomRandom},
    {"seed", RandomSeed},
    {"setstate", RandomSetstate},
    {nullptr, nullptr},
};

void InitRandomType() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kRandomType, "_random.Random", &vm::kObjectType, vm::kTypeBaseType);
    kRandomType.methods = kRandomMethods;
    kRandomType.hash = vm::IdentityHash;
    kRandomType.construct = RandomConstruct;
    kRandomType.basic_size = sizeof(RandomObject);
    kRandomType.new_instance = RandomNew;
    kRandomType.init = RandomInit;
  });
}

}  // namespace

bool InitRandomCoreModule(Interp& vm, vm::ModuleObject* module) {
  InitRandomType();
  return vm::ModuleAddValue(vm, module, "Random", Value::FromObject(&kRandomType));
}

}  // namespace moat::stdlib
