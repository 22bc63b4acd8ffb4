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

// ---- SHA-512 --------------------------------------------------------------------------

namespace {

// The first 64 bits of the fractional parts of the square roots of the
// first 8 primes (initial hash) and of the cube roots of the first 80
// primes (round constants), FIPS 180-4 section 4.2.3 and 5.3.5.
constexpr uint64_t kSha512Init[8] = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};

constexpr uint64_t kSha512Rounds[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

constexpr uint64_t Rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void Sha512Block(uint64_t h[8], const uint8_t* block) {
  uint64_t w[80];
  for (int t = 0; t < 16; ++t) {
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v = (v << 8) | block[t * 8 + b];
    w[t] = v;
  }
  for (int t = 16; t < 80; ++t) {
    uint64_t s0 = Rotr(w[t - 15], 1) ^ Rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    uint64_t s1 = Rotr(w[t - 2], 19) ^ Rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 80; ++t) {
    uint64_t sum1 = Rotr(e, 14) ^ Rotr(e, 18) ^ Rotr(e, 41);
    uint64_t choose = (e & f) ^ (~e & g);
    uint64_t t1 = hh + sum1 + choose + kSha512Rounds[t] + w[t];
    uint64_t sum0 = Rotr(a, 28) ^ Rotr(a, 34) ^ Rotr(a, 39);
    uint64_t majority = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = sum0 + majority;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

}  // namespace

std::array<uint8_t, 64> Sha512(std::string_view data) {
  uint64_t h[8];
  for (int i = 0; i < 8; ++i) h[i] = kSha512Init[i];
  const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
  size_t full = data.size() / 128;
  for (size_t i = 0; i < full; ++i) Sha512Block(h, bytes + i * 128);
  // The tail, the 0x80 marker, zeros, and the length in bits as a 128-bit
  // big-endian number: one or two blocks.
  uint8_t tail[256] = {};
  size_t rest = data.size() - full * 128;
  for (size_t i = 0; i < rest; ++i) tail[i] = bytes[full * 128 + i];
  tail[rest] = 0x80;
  size_t tail_size = rest + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bit_length = static_cast<uint64_t>(data.size()) << 3;
  uint64_t high_bits = static_cast<uint64_t>(data.size()) >> 61;
  for (int b = 0; b < 8; ++b) {
    tail[tail_size - 1 - b] = static_cast<uint8_t>(bit_length >> (8 * b));
    tail[tail_size - 9 - b] = static_cast<uint8_t>(high_bits >> (8 * b));
  }
  for (size_t off = 0; off < tail_size; off += 128) Sha512Block(h, tail + off);
  std::array<uint8_t, 64> out;
  for (int i = 0; i < 8; ++i) {
    for (int b = 0; b < 8; ++b) out[i * 8 + b] = static_cast<uint8_t>(h[i] >> (56 - 8 * b));
  }
  return out;
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
  int64_t index;
  if (!vm::IndexToInt64(vm, TupleItems(t)[Mt19937::kN], &index)) return Value::Null();
  if (index < 0 || index > Mt19937::kN) return vm.RaiseValueError("invalid state");
  Mt19937& mt = MtOf(self);
  for (int i = 0; i < Mt19937::kN; ++i) mt.state[i] = words[i];
  mt.index = static_cast<int>(index);
  return Value::None();
}

// _random._sha512(data): the 64-byte digest of a bytes or bytearray.
Value RandomSha512(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "_sha512")) return Value::Null();
  std::string_view data;
  if (!vm::BytesLikeView(args.args[0], &data)) {
    return vm.RaiseTypeError("_sha512() argument must be bytes or bytearray");
  }
  if (!vm.ChargeBytes(data.size())) return Value::Null();
  std::array<uint8_t, 64> digest = Sha512(data);
  return vm::NewBytesValue(
      vm, std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

const vm::MethodDef kRandomMethods[] = {
    {"getrandbits", RandomGetrandbits},
    {"getstate", RandomGetstate},
    {"random", RandomRandom},
    {"seed", RandomSeed},
    {"setstate", RandomSetstate},
    {nullptr, nullptr},
};

const vm::MethodDef kSha512Def = {"_sha512", RandomSha512};

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
  return vm::ModuleAddValue(vm, module, "Random", Value::FromObject(&kRandomType)) &&
         vm::ModuleAddFunction(vm, module, &kSha512Def);
}

}  // namespace moat::stdlib
