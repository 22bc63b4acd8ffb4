// The `_hashlib` module (see hashlib_module.h): OpenSSL's digests as
// `_hashlib.HASH`/`HASHXOF`, libb2's BLAKE2 as `_blake2.blake2b`/`blake2s`,
// then pbkdf2_hmac, compare_digest and the module's init. Argument handling
// and messages are CPython 3.11's (Modules/_hashopenssl.c, Modules/_blake2/).
#include "stdlib_safe/hashlib_module.h"

#include <blake2.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <cstring>
#include <mutex>
#include <string>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::TypeObject;
using vm::Value;

// ---- Shared argument handling ----------------------------------------------------

// array.array is a stand-in in Python whose items are Python values, so it
// has no buffer: its bytes are those of the stand-in's own tobytes() (a
// subclass's override is not asked: CPython reads the C array's memory).
// `*bytes` stays Null for any other object. False with an exception pending.
bool ArrayStandInBytes(Interp& vm, Value v, Value* bytes) {
  TypeObject* type = vm::TypeOf(v);
  if (!vm::IsUserClass(type)) return true;
  vm::TupleObject* mro = static_cast<vm::ClassObject*>(type)->mro;
  for (size_t i = 0; i < mro->size; ++i) {
    TypeObject* base = vm::As<TypeObject>(mro->items[i]);
    if ((base->type_flags & vm::kTypeCTypeStandIn) == 0 ||
        std::string_view(base->name) != "array.array") {
      continue;
    }
    Value to_bytes =
        vm::DictGetStr(vm, static_cast<vm::ClassObject*>(base)->dict, vm.Intern("tobytes"));
    if (to_bytes.is_null()) return true;
    *bytes = vm.Call(to_bytes, CallArgs{&v, 1});
    return !bytes->is_null();
  }
  return true;
}

// The bytes of data to hash: CPython's GET_BUFFER_VIEW_OR_ERROUT texts.
// `*holder` (rooted by the caller) keeps an array's bytes alive.
bool DataView(Interp& vm, Value v, Value* holder, std::string_view* out) {
  if (vm::IsStr(v)) {
    vm.RaiseTypeError("Strings must be encoded before hashing");
    return false;
  }
  if (!ArrayStandInBytes(vm, v, holder)) return false;
  if (!holder->is_null()) v = *holder;
  if (!vm::BytesLikeView(v, out)) {
    vm.RaiseTypeError("object supporting the buffer API required");
    return false;
  }
  return true;
}

std::string HexOf(const unsigned char* data, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    hex[2 * i] = kDigits[data[i] >> 4];
    hex[2 * i + 1] = kDigits[data[i] & 15];
  }
  return hex;
}

Value DigestValue(Interp& vm, const unsigned char* data, size_t n, bool hex) {
  if (hex) return vm::NewStrValue(vm, HexOf(data, n));
  return vm::NewBytesValue(vm, std::string_view(reinterpret_cast<const char*>(data), n));
}

// What hashing costs the instruction budget, in units per 16 bytes: an
// instruction unit is about a nanosecond of the loop's time (a billion take
// about a second), and each digest's figure is its time per 16 bytes on an
// x86-64 with SHA extensions, measured with OpenSSL 3.0 and libb2 and
// rounded up, so hashing costs what the same time spent in Python would.
bool ChargeHashing(Interp& vm, uint64_t bytes, uint32_t cost) {
  // Saturating: a requested XOF length can be near 2^63.
  if (bytes / 16 > UINT64_MAX / 2 / cost) return vm.ChargeWork(UINT64_MAX);
  uint64_t units = bytes / 16 * cost + (bytes % 16) * cost / 16;
  return units < 64 || vm.ChargeWork(units);
}

// ---- OpenSSL digests ----------------------------------------------------------------

struct EvpAlgorithm {
  const char* name;         // Python's name: hashlib.new(name), h.name
  const char* openssl;      // OpenSSL's fetch name
  const char* constructor;  // _hashlib's constructor, or nullptr
  bool xof;
  uint32_t cost;  // instruction units per 16 bytes hashed (ChargeHashing)
  // Reached only through OpenSSL's names ("null"), not by `name`.
  bool openssl_names_only = false;
};

constexpr EvpAlgorithm kEvpAlgorithms[] = {
    {"md5", "MD5", "openssl_md5", false, 21},
    {"sha1", "SHA1", "openssl_sha1", false, 7},
    {"sha224", "SHA224", "openssl_sha224", false, 7},
    {"sha256", "SHA256", "openssl_sha256", false, 7},
    {"sha384", "SHA384", "openssl_sha384", false, 13},
    {"sha512", "SHA512", "openssl_sha512", false, 14},
    {"sha3_224", "SHA3-224", "openssl_sha3_224", false, 31},
    {"sha3_256", "SHA3-256", "openssl_sha3_256", false, 24},
    {"sha3_384", "SHA3-384", "openssl_sha3_384", false, 31},
    {"sha3_512", "SHA3-512", "openssl_sha3_512", false, 49},
    {"shake_128", "SHAKE128", "openssl_shake_128", true, 19},
    {"shake_256", "SHAKE256", "openssl_shake_256", true, 24},
    {"sha512_224", "SHA512-224", nullptr, false, 13},
    {"sha512_256", "SHA512-256", nullptr, false, 13},
    {"md5-sha1", "MD5-SHA1", nullptr, false, 23},
    {"ripemd160", "RIPEMD160", nullptr, false, 43},
    {"sm3", "SM3", nullptr, false, 35},
    // CPython's hashlib.new hands other names to OpenSSL, which knows these
    // too (as blake2b512, null...); the costs are those of libb2's below.
    {"blake2b", "BLAKE2B-512", nullptr, false, 13},
    {"blake2s", "BLAKE2S-256", nullptr, false, 21},
    {"undefined", "NULL", nullptr, false, 1, true},
    // The Keccak cores of OpenSSL's KMAC, extendable-output digests without
    // a NID (so "undefined", as CPython names them); costs as SHAKE's.
    {"undefined", "KECCAK-KMAC-128", nullptr, true, 19, true},
    {"undefined", "KECCAK-KMAC-256", nullptr, true, 24, true},
};
constexpr size_t kNumEvpAlgorithms = sizeof(kEvpAlgorithms) / sizeof(kEvpAlgorithms[0]);

// The fetched digests, once per process (EVP_MD objects are immutable and
// shared across threads); nullptr where this OpenSSL lacks one.
const EVP_MD* const* FetchedDigests() {
  static const EVP_MD* fetched[kNumEvpAlgorithms];
  static std::once_flag once;
  std::call_once(once, [] {
    // Before anything else touches OpenSSL: no configuration file is read.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
    for (size_t i = 0; i < kNumEvpAlgorithms; ++i) {
      fetched[i] = EVP_MD_fetch(nullptr, kEvpAlgorithms[i].openssl, nullptr);
    }
  });
  return fetched;
}

// The algorithm OpenSSL's default provider knows as `name`, any of its
// aliases ("ssl3-md5", "rmd160", "blake2b512"...), as CPython's
// py_digest_by_name finds it by EVP_MD_fetch; -1 when OpenSSL knows no such
// digest or it is one moat does not offer. The lookup is a search of the
// provider's name table (no configuration is loaded, so no other
// provider can be reached).
int FindEvpAlgorithmByOpensslName(std::string_view name) {
  const EVP_MD* const* fetched = FetchedDigests();  // initialises OpenSSL first
  if (name.find('\0') != std::string_view::npos) return -1;
  std::string text(name);
  EVP_MD* md = EVP_MD_fetch(nullptr, text.c_str(), nullptr);
  if (md == nullptr) {
    ERR_clear_error();
    return -1;
  }
  int found = -1;
  for (size_t i = 0; i < kNumEvpAlgorithms && found < 0; ++i) {
    if (fetched[i] != nullptr && EVP_MD_is_a(md, kEvpAlgorithms[i].openssl)) {
      found = static_cast<int>(i);
    }
  }
  EVP_MD_free(md);
  return found;
}

// The algorithm named `name`, or -1, as CPython's py_digest_by_name finds
// it: Python's own names ("sha3_256", "blake2b") match exactly, as do the
// two upper-case aliases it keeps for names OpenSSL spells otherwise; any
// other name is OpenSSL's to know, in any case ("SHA256", "sha3-256"), so
// "SHA3_256" and "BLAKE2B" are unsupported.
int FindEvpAlgorithm(std::string_view name) {
  struct Alias {
    std::string_view alias;
    std::string_view name;
  };
  static constexpr Alias kUpperAliases[] = {{"SHA512_224", "sha512_224"},
                                            {"SHA512_256", "sha512_256"}};
  for (const Alias& entry : kUpperAliases) {
    if (name == entry.alias) name = entry.name;
  }
  const EVP_MD* const* fetched = FetchedDigests();
  for (size_t i = 0; i < kNumEvpAlgorithms; ++i) {
    if (fetched[i] == nullptr) continue;
    if (kEvpAlgorithms[i].openssl_names_only) continue;
    if (name == kEvpAlgorithms[i].name) return static_cast<int>(i);
  }
  return FindEvpAlgorithmByOpensslName(name);
}

TypeObject kHashType;
TypeObject kHashXofType;

struct EvpHashObject : vm::Object {
  EVP_MD_CTX* ctx;  // owned; nullptr only if construction failed
  int algorithm;    // index into kEvpAlgorithms
};

EvpHashObject* EvpOf(Value self) { return vm::As<EvpHashObject>(self); }

void EvpHashFinalize(vm::Heap& heap, vm::Object* self) {
  auto* h = static_cast<EvpHashObject*>(self);
  if (h->ctx == nullptr) return;
  EVP_MD_CTX_free(h->ctx);
  h->ctx = nullptr;
  heap.Uncharge(kEvpContextBytes);
}

// A HASH (or HASHXOF) of algorithm `index`, its context a copy of `from`
// when given, else fresh. Null with MemoryError if the budget refused it.
EvpHashObject* NewEvpHash(Interp& vm, int index, const EVP_MD_CTX* from) {
  TypeObject* type = kEvpAlgorithms[index].xof ? &kHashXofType : &kHashType;
  auto* h = vm::NewInstance<EvpHashObject>(vm, type);
  if (h == nullptr) return nullptr;
  h->algorithm = index;
  if (!vm.heap().Charge(kEvpContextBytes)) {
    vm.RaiseMemoryErrorFor(kEvpContextBytes);
    return nullptr;
  }
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = ctx != nullptr &&
            (from != nullptr ? EVP_MD_CTX_copy_ex(ctx, from) == 1
                             : EVP_DigestInit_ex(ctx, FetchedDigests()[index], nullptr) == 1);
  if (!ok) {
    EVP_MD_CTX_free(ctx);
    vm.heap().Uncharge(kEvpContextBytes);
    vm.RaiseValueError("[digital envelope routines] initialization error");
    return nullptr;
  }
  h->ctx = ctx;
  return h;
}

bool EvpUpdate(Interp& vm, EvpHashObject* h, Value data) {
  std::string_view bytes;
  Value holder = Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&holder);
  if (!DataView(vm, data, &holder, &bytes)) return false;
  if (!ChargeHashing(vm, bytes.size(), kEvpAlgorithms[h->algorithm].cost)) return false;
  if (EVP_DigestUpdate(h->ctx, bytes.data(), bytes.size()) != 1) {
    vm.RaiseValueError("[digital envelope routines] update error");
    return false;
  }
  return true;
}

// The constructors' common part: `string` (Null when not given) hashed into
// a fresh object of algorithm `index`.
Value EvpConstruct(Interp& vm, int index, Value string) {
  EvpHashObject* h = NewEvpHash(vm, index, nullptr);
  if (h == nullptr) return Value::Null();
  Value result = Value::FromObject(h);
  if (!string.is_null()) {
    vm::RootScope roots(vm);
    roots.Add(&result);
    if (!EvpUpdate(vm, h, string)) return Value::Null();
  }
  return result;
}

// _hashlib.openssl_<name>(string=b'', *, usedforsecurity=True), one per
// algorithm with a constructor.
template <int kIndex>
Value EvpNamedConstructor(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      StrCat(kEvpAlgorithms[kIndex].constructor, "(string=b'', *, usedforsecurity=True)")
          .c_str());
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return EvpConstruct(vm, kIndex, out[0]);
}

// _hashlib.new(name, string=b'', *, usedforsecurity=True).
Value EvpNew(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("new(name, string=b'', *, usedforsecurity=True)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  // CPython's message for a name with a NUL in it too (it cannot be a C string).
  if (!vm::IsStr(out[0]) ||
      vm::As<vm::StrObject>(out[0])->view().find('\0') != std::string_view::npos) {
    return vm.RaiseTypeError("name must be a string");
  }
  std::string_view name = vm::As<vm::StrObject>(out[0])->view();
  int index = FindEvpAlgorithm(name);
  if (index < 0) return vm.RaiseValueError(StrCat("unsupported hash type ", name));
  return EvpConstruct(vm, index, out[1]);
}

Value EvpHashUpdate(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "HASH.update")) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&self);
  if (!EvpUpdate(vm, EvpOf(self), args.args[0])) return Value::Null();
  return Value::None();
}

// The digest of a copy of the context, so the object can go on hashing.
Value EvpFinish(Interp& vm, Value self, bool hex) {
  EvpHashObject* h = EvpOf(self);
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  bool ok = copy != nullptr && EVP_MD_CTX_copy_ex(copy, h->ctx) == 1 &&
            EVP_DigestFinal_ex(copy, digest, &size) == 1;
  EVP_MD_CTX_free(copy);
  if (!ok) return vm.RaiseValueError("[digital envelope routines] final error");
  return DigestValue(vm, digest, size, hex);
}

Value EvpHashDigest(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "HASH.digest")) return Value::Null();
  return EvpFinish(vm, self, false);
}

Value EvpHashHexdigest(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "HASH.hexdigest")) return Value::Null();
  return EvpFinish(vm, self, true);
}

Value EvpHashCopy(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "HASH.copy")) return Value::Null();
  EvpHashObject* h = EvpOf(self);
  EvpHashObject* copy = NewEvpHash(vm, h->algorithm, h->ctx);
  return copy == nullptr ? Value::Null() : Value::FromObject(copy);
}

Value EvpHashName(Interp& vm, Value self, CallArgs) {
  return vm::NewStrValue(vm, kEvpAlgorithms[EvpOf(self)->algorithm].name);
}

// EVPobject_repr: "<sha256 _hashlib.HASH object @ 0x...>", with the id()
// moat's reprs show for an address.
Value EvpHashRepr(Interp& vm, Value self) {
  return vm::ReprWithAddress(vm,
                             StrCat("<", kEvpAlgorithms[EvpOf(self)->algorithm].name, " ",
                                    vm::TypeOf(self)->name, " object"),
                             self, " @ ");
}

Value EvpHashDigestSize(Interp&, Value self, CallArgs) {
  const EvpHashObject* h = EvpOf(self);
  if (kEvpAlgorithms[h->algorithm].xof) return Value::SmallInt(0);
  return Value::SmallInt(EVP_MD_get_size(EVP_MD_CTX_get0_md(h->ctx)));
}

Value EvpHashBlockSize(Interp&, Value self, CallArgs) {
  return Value::SmallInt(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(EvpOf(self)->ctx)));
}

// HASHXOF.digest(length) / hexdigest(length): `length` bytes of output,
// charged as bytes produced.
Value EvpXofFinish(Interp& vm, Value self, CallArgs args, bool hex) {
  static const vm::ArgSpec kDigestSpec("digest(length)");
  static const vm::ArgSpec kHexSpec("hexdigest(length)");
  Value out[1];
  if (!vm::ParseArgs(vm, hex ? kHexSpec : kDigestSpec, args, out)) return Value::Null();
  int64_t length;
  if (!vm::IndexToInt64(vm, out[0], &length)) return Value::Null();
  if (length < 0) return vm.RaiseValueError("length must be non-negative");
  // A length no budget could hold is CPython's MemoryError, before the
  // hashing it would charge for.
  uint64_t result_bytes = static_cast<uint64_t>(length) * (hex ? 2 : 1);
  if (!vm.CheckRequestFits(result_bytes)) return Value::Null();
  if (!ChargeHashing(vm, static_cast<uint64_t>(length),
                     kEvpAlgorithms[EvpOf(self)->algorithm].cost + (hex ? 32 : 0))) {
    return Value::Null();
  }
  vm::BytesObject* raw = vm::NewBytesUninit(vm, static_cast<size_t>(length));
  if (raw == nullptr) return Value::Null();
  Value held = Value::FromObject(raw);
  vm::RootScope roots(vm);
  roots.Add(&held);
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  auto* dest = reinterpret_cast<unsigned char*>(raw->data);
  bool ok = copy != nullptr && EVP_MD_CTX_copy_ex(copy, EvpOf(self)->ctx) == 1 &&
            (length == 0 || EVP_DigestFinalXOF(copy, dest, static_cast<size_t>(length)) == 1);
  EVP_MD_CTX_free(copy);
  if (!ok) return vm.RaiseValueError("[digital envelope routines] final error");
  if (!hex) return held;
  return vm::NewStrValue(vm, HexOf(dest, static_cast<size_t>(length)));
}

Value EvpXofDigest(Interp& vm, Value self, CallArgs args) {
  return EvpXofFinish(vm, self, args, false);
}

Value EvpXofHexdigest(Interp& vm, Value self, CallArgs args) {
  return EvpXofFinish(vm, self, args, true);
}

const vm::MethodDef kHashMethods[] = {
    {"copy", EvpHashCopy},
    {"digest", EvpHashDigest},
    {"hexdigest", EvpHashHexdigest},
    {"update", EvpHashUpdate},
    {"name", EvpHashName, vm::MethodKind::kGetter},
    {"digest_size", EvpHashDigestSize, vm::MethodKind::kGetter},
    {"block_size", EvpHashBlockSize, vm::MethodKind::kGetter},
    {nullptr, nullptr},
};

const vm::MethodDef kHashXofMethods[] = {
    {"digest", EvpXofDigest},
    {"hexdigest", EvpXofHexdigest},
    {nullptr, nullptr},
};

// ---- BLAKE2 (libb2) ------------------------------------------------------------------

// blake2b and blake2s differ only in sizes and in libb2's function names;
// one template over these traits gives both types.
struct Blake2b {
  using State = blake2b_state;
  using Param = blake2b_param;
  static constexpr const char* kName = "blake2b";
  static constexpr size_t kOutBytes = BLAKE2B_OUTBYTES;
  static constexpr size_t kKeyBytes = BLAKE2B_KEYBYTES;
  static constexpr size_t kSaltBytes = BLAKE2B_SALTBYTES;
  static constexpr size_t kPersonBytes = BLAKE2B_PERSONALBYTES;
  static constexpr size_t kBlockBytes = BLAKE2B_BLOCKBYTES;
  static constexpr int kNodeOffsetBytes = 8;
  static constexpr uint32_t kCost = 13;  // units per 16 bytes (ChargeHashing)
  static int Init(State* s, const Param* p) { return blake2b_init_param(s, p); }
  static int Update(State* s, const void* in, size_t n) {
    return blake2b_update(s, static_cast<const uint8_t*>(in), n);
  }
  static int Final(State* s, uint8_t* out, size_t n) { return blake2b_final(s, out, n); }
  static void SetNodeOffset(Param* p, uint64_t v) { p->node_offset = v; }
};

struct Blake2s {
  using State = blake2s_state;
  using Param = blake2s_param;
  static constexpr const char* kName = "blake2s";
  static constexpr size_t kOutBytes = BLAKE2S_OUTBYTES;
  static constexpr size_t kKeyBytes = BLAKE2S_KEYBYTES;
  static constexpr size_t kSaltBytes = BLAKE2S_SALTBYTES;
  static constexpr size_t kPersonBytes = BLAKE2S_PERSONALBYTES;
  static constexpr size_t kBlockBytes = BLAKE2S_BLOCKBYTES;
  static constexpr int kNodeOffsetBytes = 6;
  static constexpr uint32_t kCost = 21;
  static int Init(State* s, const Param* p) { return blake2s_init_param(s, p); }
  static int Update(State* s, const void* in, size_t n) {
    return blake2s_update(s, static_cast<const uint8_t*>(in), n);
  }
  static int Final(State* s, uint8_t* out, size_t n) { return blake2s_final(s, out, n); }
  static void SetNodeOffset(Param* p, uint64_t v) {
    for (int i = 0; i < 6; ++i) p->node_offset[i] = static_cast<uint8_t>(v >> (8 * i));
  }
};

TypeObject kBlake2bType;
TypeObject kBlake2sType;

template <typename B>
struct Blake2Object : vm::Object {
  typename B::State state;  // plain data: copied by value
  uint8_t digest_size;
};

template <typename B>
TypeObject* Blake2Type() {
  return std::is_same_v<B, Blake2b> ? &kBlake2bType : &kBlake2sType;
}

template <typename B>
Blake2Object<B>* Blake2Of(Value self) {
  return static_cast<Blake2Object<B>*>(self.object());
}

template <typename B>
bool Blake2Update(Interp& vm, Blake2Object<B>* h, Value data) {
  std::string_view bytes;
  Value holder = Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&holder);
  if (!DataView(vm, data, &holder, &bytes)) return false;
  if (!ChargeHashing(vm, bytes.size(), B::kCost)) return false;
  B::Update(&h->state, bytes.data(), bytes.size());
  return true;
}

// A byte-string parameter of at most `max` bytes ("maximum key length is
// 64 bytes"); Null means not given.
bool Blake2BytesParam(Interp& vm, Value v, const char* what, size_t max, std::string_view* out) {
  *out = {};
  if (v.is_null()) return true;
  if (vm::IsStr(v)) {
    vm.RaiseTypeError("Strings must be encoded before hashing");
    return false;
  }
  if (!vm::BytesLikeView(v, out)) {
    vm.RaiseTypeError(
        StrCat("a bytes-like object is required, not '", vm::TypeOf(v)->name, "'"));
    return false;
  }
  if (out->size() > max) {
    vm.RaiseValueError(StrCat("maximum ", what, " length is ", max, " bytes"));
    return false;
  }
  return true;
}

// An int parameter (Null: `fallback`).
bool Blake2IntParam(Interp& vm, Value v, int64_t fallback, int64_t* out) {
  *out = fallback;
  if (v.is_null()) return true;
  int value = 0;
  if (!vm::ClinicCInt(vm, v, &value)) return false;
  *out = value;
  return true;
}

// leaf_size and node_offset, CPython's unsigned converters: an int only (no
// __index__), not negative, and at most 64 bits ("int too big to convert"
// is unsigned long long's text); 0 when not given.
bool Blake2UnsignedParam(Interp& vm, Value v, std::string_view too_big, uint64_t* out) {
  *out = 0;
  if (v.is_null()) return true;
  if (!vm::IsInt(v)) {
    vm.RaiseTypeError("an integer is required");
    return false;
  }
  vm::BigInt big = vm::IntToBig(v);
  if (big.Sign() < 0) {
    vm.RaiseValueError("value must be positive");
    return false;
  }
  if (big.BitLength() > 64) {
    vm.RaiseOverflowError(too_big);
    return false;
  }
  if (big.BitLength() < 64) {
    *out = static_cast<uint64_t>(big.ToInt64());
    return true;
  }
  vm::BigInt top = vm::BigInt::Lshift(vm::BigInt(1), 63);
  *out = static_cast<uint64_t>(vm::BigInt::Sub(big, top).ToInt64()) + (uint64_t{1} << 63);
  return true;
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'',
// fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
// inner_size=0, last_node=False, usedforsecurity=True), checked in
// CPython's order with its messages.
template <typename B>
Value Blake2Construct(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      StrCat(B::kName,
             "(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, "
             "depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, "
             "last_node=False, usedforsecurity=True)")
          .c_str());
  Value out[13];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  vm::RootScope roots(vm);
  for (Value& v : out) roots.Add(&v);
  typename B::Param param;
  std::memset(&param, 0, sizeof(param));
  int64_t digest_size, fanout, depth, node_depth, inner_size;
  uint64_t leaf_size, node_offset;
  if (!Blake2IntParam(vm, out[1], static_cast<int64_t>(B::kOutBytes), &digest_size)) {
    return Value::Null();
  }
  if (digest_size <= 0 || digest_size > static_cast<int64_t>(B::kOutBytes)) {
    return vm.RaiseValueError(StrCat("digest_size must be between 1 and ", B::kOutBytes, " bytes"));
  }
  param.digest_length = static_cast<uint8_t>(digest_size);
  std::string_view key, salt, person;
  if (!Blake2BytesParam(vm, out[3], "salt", B::kSaltBytes, &salt)) return Value::Null();
  // An empty view's data() may be null, which memcpy must not get.
  if (!salt.empty()) std::memcpy(param.salt, salt.data(), salt.size());
  if (!Blake2BytesParam(vm, out[4], "person", B::kPersonBytes, &person)) return Value::Null();
  if (!person.empty()) std::memcpy(param.personal, person.data(), person.size());
  if (!Blake2IntParam(vm, out[5], 1, &fanout)) return Value::Null();
  if (fanout < 0 || fanout > 255) return vm.RaiseValueError("fanout must be between 0 and 255");
  param.fanout = static_cast<uint8_t>(fanout);
  if (!Blake2IntParam(vm, out[6], 1, &depth)) return Value::Null();
  if (depth <= 0 || depth > 255) return vm.RaiseValueError("depth must be between 1 and 255");
  param.depth = static_cast<uint8_t>(depth);
  if (!Blake2UnsignedParam(vm, out[7], "Python int too large to convert to C unsigned long",
                           &leaf_size)) {
    return Value::Null();
  }
  if (leaf_size > 0xFFFFFFFFu) return vm.RaiseOverflowError("leaf_size is too large");
  param.leaf_length = static_cast<uint32_t>(leaf_size);
  if (!Blake2UnsignedParam(vm, out[8], "int too big to convert", &node_offset)) {
    return Value::Null();
  }
  if (B::kNodeOffsetBytes == 6 && node_offset > 0xFFFFFFFFFFFFu) {
    return vm.RaiseOverflowError("node_offset is too large");
  }
  B::SetNodeOffset(&param, node_offset);
  if (!Blake2IntParam(vm, out[9], 0, &node_depth)) return Value::Null();
  if (node_depth < 0 || node_depth > 255) {
    return vm.RaiseValueError("node_depth must be between 0 and 255");
  }
  param.node_depth = static_cast<uint8_t>(node_depth);
  if (!Blake2IntParam(vm, out[10], 0, &inner_size)) return Value::Null();
  if (inner_size < 0 || inner_size > static_cast<int64_t>(B::kOutBytes)) {
    return vm.RaiseValueError(StrCat("inner_size must be between 0 and is ", B::kOutBytes));
  }
  param.inner_length = static_cast<uint8_t>(inner_size);
  if (!Blake2BytesParam(vm, out[2], "key", B::kKeyBytes, &key)) return Value::Null();
  bool last_node = false;
  if (!out[11].is_null()) {
    int truth = vm::IsTrue(vm, out[11]);
    if (truth < 0) return Value::Null();
    last_node = truth != 0;
  }
  // __bool__ ran Python, which may have resized a bytearray key (no buffer
  // export pins it, as CPython's would): check and take it again.
  if (!Blake2BytesParam(vm, out[2], "key", B::kKeyBytes, &key)) return Value::Null();
  param.key_length = static_cast<uint8_t>(key.size());
  auto* h = vm::NewInstance<Blake2Object<B>>(vm, Blake2Type<B>());
  if (h == nullptr) return Value::Null();
  Value result = Value::FromObject(h);
  roots.Add(&result);
  B::Init(&h->state, &param);
  h->state.last_node = last_node ? 1 : 0;
  h->digest_size = static_cast<uint8_t>(digest_size);
  if (!key.empty()) {
    // A keyed hash starts with the key, zero-padded to one block.
    uint8_t block[B::kBlockBytes] = {};
    std::memcpy(block, key.data(), key.size());
    B::Update(&h->state, block, sizeof(block));
  }
  if (!out[0].is_null() && !Blake2Update<B>(vm, h, out[0])) return Value::Null();
  return result;
}

template <typename B>
Value Blake2ConstructType(Interp& vm, Value, CallArgs args) {
  return Blake2Construct<B>(vm, Value::Null(), args);
}

template <typename B>
Value Blake2MethodUpdate(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, StrCat(B::kName, ".update").c_str())) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&self);
  if (!Blake2Update<B>(vm, Blake2Of<B>(self), args.args[0])) return Value::Null();
  return Value::None();
}

template <typename B>
Value Blake2Finish(Interp& vm, Value self, bool hex) {
  Blake2Object<B>* h = Blake2Of<B>(self);
  typename B::State copy = h->state;
  uint8_t digest[B::kOutBytes];
  B::Final(&copy, digest, h->digest_size);
  return DigestValue(vm, digest, h->digest_size, hex);
}

template <typename B>
Value Blake2MethodDigest(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, StrCat(B::kName, ".digest").c_str())) return Value::Null();
  return Blake2Finish<B>(vm, self, false);
}

template <typename B>
Value Blake2MethodHexdigest(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, StrCat(B::kName, ".hexdigest").c_str())) {
    return Value::Null();
  }
  return Blake2Finish<B>(vm, self, true);
}

template <typename B>
Value Blake2MethodCopy(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, StrCat(B::kName, ".copy").c_str())) return Value::Null();
  auto* copy = vm::NewInstance<Blake2Object<B>>(vm, Blake2Type<B>());
  if (copy == nullptr) return Value::Null();
  copy->state = Blake2Of<B>(self)->state;
  copy->digest_size = Blake2Of<B>(self)->digest_size;
  return Value::FromObject(copy);
}

template <typename B>
Value Blake2Name(Interp& vm, Value, CallArgs) {
  return vm::NewStrValue(vm, B::kName);
}

template <typename B>
Value Blake2DigestSize(Interp&, Value self, CallArgs) {
  return Value::SmallInt(Blake2Of<B>(self)->digest_size);
}

template <typename B>
Value Blake2BlockSize(Interp&, Value, CallArgs) {
  return Value::SmallInt(static_cast<int64_t>(B::kBlockBytes));
}

template <typename B>
const vm::MethodDef kBlake2Methods[] = {
    {"copy", Blake2MethodCopy<B>},
    {"digest", Blake2MethodDigest<B>},
    {"hexdigest", Blake2MethodHexdigest<B>},
    {"update", Blake2MethodUpdate<B>},
    {"name", Blake2Name<B>, vm::MethodKind::kGetter},
    {"digest_size", Blake2DigestSize<B>, vm::MethodKind::kGetter},
    {"block_size", Blake2BlockSize<B>, vm::MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- pbkdf2_hmac and compare_digest ----------------------------------------------------

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).
Value Pbkdf2Hmac(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)");
  Value out[5];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::IsStr(out[0])) {
    return vm.RaiseTypeError(StrCat("pbkdf2_hmac() argument 'hash_name' must be str, not ",
                                    vm::TypeOf(out[0])->name));
  }
  std::string_view password, salt;
  for (int i : {1, 2}) {
    if (!vm::BytesLikeView(out[i], i == 1 ? &password : &salt)) {
      return vm.RaiseTypeError(StrCat("a bytes-like object is required, not '",
                                      vm::TypeOf(out[i])->name, "'"));
    }
  }
  int64_t iterations;
  if (!vm::IndexToInt64(vm, out[3], &iterations)) return Value::Null();
  if (iterations < 1) return vm.RaiseValueError("iteration value must be greater than 0.");
  if (iterations > 0x7FFFFFFF) return vm.RaiseOverflowError("iteration value is too great.");
  int index = FindEvpAlgorithm(vm::As<vm::StrObject>(out[0])->view());
  if (index < 0 || kEvpAlgorithms[index].xof) {
    return vm.RaiseValueError("[digital envelope routines] unsupported");
  }
  const EVP_MD* md = FetchedDigests()[index];
  int64_t dklen = EVP_MD_get_size(md);
  if (!out[4].is_null() && !out[4].is_none()) {
    if (!vm::IndexToInt64(vm, out[4], &dklen)) return Value::Null();
    if (dklen < 1) return vm.RaiseValueError("key length must be greater than 0.");
    if (dklen > 0x7FFFFFFF) return vm.RaiseOverflowError("key length is too great.");
  }
  // Each iteration of each output block runs HMAC: two digests of about
  // two blocks each.
  uint64_t blocks = static_cast<uint64_t>(dklen) / static_cast<uint64_t>(EVP_MD_get_size(md)) + 1;
  uint64_t per_iteration = 4 * static_cast<uint64_t>(EVP_MD_get_block_size(md)) / 16 *
                           kEvpAlgorithms[index].cost;
  if (!vm.ChargeWork(static_cast<uint64_t>(iterations) * blocks * per_iteration)) {
    return Value::Null();
  }
  // __index__ above ran Python, which may have resized a bytearray
  // password or salt (no buffer export pins it, as CPython's would): take
  // the views again.
  vm::BytesLikeView(out[1], &password);
  vm::BytesLikeView(out[2], &salt);
  // OpenSSL counts them in an int.
  if (password.size() > 0x7FFFFFFF) return vm.RaiseOverflowError("password is too long.");
  if (salt.size() > 0x7FFFFFFF) return vm.RaiseOverflowError("salt is too long.");
  if (!vm.ChargeBytes(password.size() + salt.size())) return Value::Null();
  std::string password_copy(password), salt_copy(salt);
  vm::BytesObject* key = vm::NewBytesUninit(vm, static_cast<size_t>(dklen));
  if (key == nullptr) return Value::Null();
  if (PKCS5_PBKDF2_HMAC(password_copy.data(), static_cast<int>(password_copy.size()),
                        reinterpret_cast<const unsigned char*>(salt_copy.data()),
                        static_cast<int>(salt_copy.size()), static_cast<int>(iterations), md,
                        static_cast<int>(dklen), reinterpret_cast<unsigned char*>(key->data)) != 1) {
    return vm.RaiseValueError("[digital envelope routines] unsupported");
  }
  return Value::FromObject(key);
}

// compare_digest(a, b): equal ASCII strs or equal bytes-likes, in time that
// depends on the length of b only.
Value CompareDigest(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_hashlib.compare_digest(a, b, /)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view a, b;
  if (vm::IsStr(out[0]) && vm::IsStr(out[1])) {
    auto* sa = vm::As<vm::StrObject>(out[0]);
    auto* sb = vm::As<vm::StrObject>(out[1]);
    if (!sa->ascii || !sb->ascii) {
      return vm.RaiseTypeError("comparing strings with non-ASCII characters is not supported");
    }
    a = sa->view();
    b = sb->view();
  } else if (vm::IsStr(out[0]) || vm::IsStr(out[1]) || !vm::BytesLikeView(out[0], &a) ||
             !vm::BytesLikeView(out[1], &b)) {
    if (vm::IsStr(out[0]) || vm::IsStr(out[1])) {
      Value other = vm::IsStr(out[0]) ? out[1] : out[0];
      std::string_view ignored;
      if (vm::BytesLikeView(other, &ignored)) {
        return vm.RaiseTypeError(StrCat("a bytes-like object is required, not '",
                                        vm::TypeOf(vm::IsStr(out[0]) ? out[0] : out[1])->name,
                                        "'"));
      }
    }
    return vm.RaiseTypeError(StrCat("unsupported operand types(s) or combination of types: '",
                                    vm::TypeOf(out[0])->name, "' and '",
                                    vm::TypeOf(out[1])->name, "'"));
  }
  if (!vm.ChargeBytes(b.size())) return Value::Null();
  // Different lengths: still walk b, against itself, so the time says
  // nothing about where the inputs differ.
  bool same_length = a.size() == b.size();
  std::string_view left = same_length ? a : b;
  bool equal = CRYPTO_memcmp(left.data(), b.data(), b.size()) == 0;
  return Value::Bool(same_length && equal);
}

const vm::MethodDef kHashlibFunctions[] = {
    {"new", EvpNew},
    {"openssl_md5", EvpNamedConstructor<0>},
    {"openssl_sha1", EvpNamedConstructor<1>},
    {"openssl_sha224", EvpNamedConstructor<2>},
    {"openssl_sha256", EvpNamedConstructor<3>},
    {"openssl_sha384", EvpNamedConstructor<4>},
    {"openssl_sha512", EvpNamedConstructor<5>},
    {"openssl_sha3_224", EvpNamedConstructor<6>},
    {"openssl_sha3_256", EvpNamedConstructor<7>},
    {"openssl_sha3_384", EvpNamedConstructor<8>},
    {"openssl_sha3_512", EvpNamedConstructor<9>},
    {"openssl_shake_128", EvpNamedConstructor<10>},
    {"openssl_shake_256", EvpNamedConstructor<11>},
    {"pbkdf2_hmac", Pbkdf2Hmac},
    {"compare_digest", CompareDigest},
    {nullptr, nullptr},
};

template <typename B>
void InitBlake2Type(TypeObject* type, const char* qualified) {
  vm::InitStaticType(type, qualified, &vm::kObjectType);
  type->methods = kBlake2Methods<B>;
  type->hash = vm::IdentityHash;
  type->construct = Blake2ConstructType<B>;
  type->basic_size = sizeof(Blake2Object<B>);
}

void InitHashlibTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kHashType, "_hashlib.HASH", &vm::kObjectType);
    kHashType.methods = kHashMethods;
    kHashType.hash = vm::IdentityHash;
    kHashType.finalize = EvpHashFinalize;
    kHashType.basic_size = sizeof(EvpHashObject);
    kHashType.repr = EvpHashRepr;
    vm::InitStaticType(&kHashXofType, "_hashlib.HASHXOF", &kHashType);
    kHashXofType.methods = kHashXofMethods;
    kHashXofType.hash = vm::IdentityHash;
    kHashXofType.finalize = EvpHashFinalize;
    kHashXofType.basic_size = sizeof(EvpHashObject);
    kHashXofType.repr = EvpHashRepr;
    InitBlake2Type<Blake2b>(&kBlake2bType, "_blake2.blake2b");
    InitBlake2Type<Blake2s>(&kBlake2sType, "_blake2.blake2s");
  });
}

}  // namespace

bool InitHashlibCoreModule(Interp& vm, vm::ModuleObject* module) {
  InitHashlibTypes();
  for (const vm::MethodDef* def = kHashlibFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  std::string available;
  const EVP_MD* const* fetched = FetchedDigests();
  vm::RootScope roots(vm);
  Value names = Value::Null();
  roots.Add(&names);
  for (size_t i = 0; i < kNumEvpAlgorithms; ++i) {
    if (fetched[i] == nullptr || kEvpAlgorithms[i].openssl_names_only) continue;
    StrAppend(&available, available.empty() ? "" : " ", kEvpAlgorithms[i].name);
  }
  names = vm::NewStrValue(vm, available);
  return !names.is_null() && vm::ModuleAddValue(vm, module, "_available", names) &&
         vm::ModuleAddValue(vm, module, "HASH", Value::FromObject(&kHashType)) &&
         vm::ModuleAddValue(vm, module, "HASHXOF", Value::FromObject(&kHashXofType)) &&
         vm::ModuleAddValue(vm, module, "blake2b", Value::FromObject(&kBlake2bType)) &&
         vm::ModuleAddValue(vm, module, "blake2s", Value::FromObject(&kBlake2sType));
}

}  // namespace moat::stdlib
