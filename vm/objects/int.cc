// int and bool (CPython's Objects/longobject.c and Objects/boolobject.c).
//
// Two representations, one value set: small ints are immediate Values and
// everything outside [-2^62, 2^62) is an IntObject owning a BigInt. Every
// result goes through IntFromInt64/IntFromBig, which pick the small form when
// it fits, so the representation is canonical (vm/value.h).
//
// Each operator has a small-int fast path on int64 (with __builtin_*_overflow
// and __int128 where the result can leave the range) and falls back to
// BigInt. Results that can grow far beyond their operands (*, **, <<) are
// checked against the memory budget before GMP computes them, and every
// operation on big operands charges its work (BigInt's estimators) to the
// instruction budget first; see IntChargeResult.
//
// bool is a subtype of int with the two special Values True and False; it
// inherits every int slot except repr and the bitwise operators, which keep
// bool-ness when both operands are bools (bool_and/bool_or/bool_xor).
#include "vm/objects/int.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/complex.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/method_args.h"
#include "vm/objects/number_slot_methods.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/warnings.h"

namespace moat::vm {

TypeObject kIntType;
TypeObject kBoolType;

namespace {

// GMP aborts the process past about 2^37 bits; refuse well before.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 36;
// _PyHASH_MODULUS on 64-bit builds.
constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;
// CPython's MAX_LONG_DIGITS: 30-bit digits in the largest PyLongObject
// ((PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit)).
constexpr uint64_t kMaxLongDigits = (static_cast<uint64_t>(INT64_MAX) - 24) / 4;

// ---- Reading int Values -----------------------------------------------------

// The value of a small int or a bool; false for an IntObject.
inline bool SmallOf(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  return false;
}

inline const BigInt& BigOf(Value v) { return *As<IntObject>(v)->big; }

// A BigInt view of any int Value: borrows an IntObject's BigInt, or holds a
// temporary for a small int or bool.
class BigArg {
 public:
  explicit BigArg(Value v) {
    int64_t x;
    if (SmallOf(v, &x)) {
      local_ = BigInt(x);
      ptr_ = &local_;
    } else {
      ptr_ = &BigOf(v);
    }
  }
  BigArg(const BigArg&) = delete;
  BigArg& operator=(const BigArg&) = delete;
  const BigInt& operator*() const { return *ptr_; }
  const BigInt* operator->() const { return ptr_; }

 private:
  BigInt local_;
  const BigInt* ptr_;
};

// Bools and instances of int subclasses become plain ints (int(True) is 1,
// True.real is 1, +MyInt(5) is 5).
inline Value PlainInt(Interp& vm, Value v) { return ExactInt(vm, v); }

int IntSign(Value v) {
  int64_t x;
  if (SmallOf(v, &x)) return (x > 0) - (x < 0);
  return BigOf(v).Sign();
}

bool BigFitsUint64(const BigInt& b, uint64_t* out) {
  if (b.Sign() < 0 || mpz_fits_ulong_p(b.Raw()) == 0) return false;
  *out = mpz_get_ui(b.Raw());
  return true;
}

uint64_t BitLength64(int64_t x) {
  uint64_t a = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
  return a == 0 ? 0 : 64 - __builtin_clzll(a);
}

// Limbs of an int Value (a small int or bool counts as one).
size_t Limbs(Value v) {
  if (v.is_small_int() || v.is_bool()) return 1;
  return BigOf(v).LimbCount();
}

// Charges a linear pass over operands of `limbs` limbs in all.
bool ChargeLinear(Interp& vm, size_t limbs) {
  return IntChargeWork(vm, BigInt::LinearWork(limbs));
}

Value RaiseBigIntStatus(Interp& vm, BigIntStatus status) {
  TypeObject* type =
      BigIntStatusExceptionName(status) == "OverflowError" ? &kOverflowErrorType : &kValueErrorType;
  return vm.Raise(type, BigIntStatusMessage(status));
}

Value NewPair(Interp& vm, Value a, Value b) {
  if (a.is_null() || b.is_null()) return Value::Null();
  Value items[2] = {a, b};
  TupleObject* t = NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// ---- Allocation -------------------------------------------------------------

void IntFinalize(Heap& heap, Object* self) {
  auto* o = static_cast<IntObject*>(self);
  delete o->big;
  o->big = nullptr;
  heap.Uncharge(o->charged_bytes);
}

}  // namespace

bool IntChargeResult(Interp& vm, uint64_t bits, uint64_t work) {
  if (bits > kMaxIntBits) {
    vm.RaiseMemoryErrorFor(bits / 8);
    return false;
  }
  // Asked, not charged: the result is charged once it exists.
  size_t bytes = sizeof(BigInt) + BigInt::BytesForBits(bits);
  Heap& heap = vm.heap();
  if (heap.bytes_in_use() > heap.limit_bytes() ||
      bytes > heap.limit_bytes() - heap.bytes_in_use()) {
    vm.RaiseMemoryErrorFor(bytes);
    return false;
  }
  return IntChargeWork(vm, work);
}

Value IntFromInt64(Interp& vm, int64_t v) {
  if (Value::FitsSmallInt(v)) return Value::SmallInt(v);
  return IntFromBig(vm, BigInt(v));
}

Value IntFromBig(Interp& vm, BigInt&& v) {
  if (v.FitsInt64()) {
    int64_t x = v.ToInt64();
    if (Value::FitsSmallInt(x)) return Value::SmallInt(x);
  }
  size_t bytes = sizeof(BigInt) + v.MemoryBytes();
  if (!vm.heap().Charge(bytes)) return vm.RaiseMemoryError();
  IntObject* o = vm.New<IntObject>(&kIntType);
  if (o == nullptr) {
    vm.heap().Uncharge(bytes);
    return Value::Null();
  }
  o->big = new BigInt(std::move(v));
  o->charged_bytes = bytes;
  return Value::FromObject(o);
}

// ---- Conversions ------------------------------------------------------------

Value ExactInt(Interp& vm, Value v) {
  if (v.is_bool()) return Value::SmallInt(v.is_true() ? 1 : 0);
  if (!v.is_object() || v.object()->type == &kIntType) return v;
  if (!ChargeLinear(vm, Limbs(v))) return Value::Null();
  return IntFromBig(vm, BigInt(BigOf(v)));
}

bool IsInt(Value v) {
  return v.is_small_int() || v.is_bool() ||
         (v.is_object() && IsSubtype(v.object()->type, &kIntType));
}

BigInt IntToBig(Value v) {
  int64_t x;
  if (SmallOf(v, &x)) return BigInt(x);
  return BigOf(v);
}

bool IntToInt64(Value v, int64_t* out) {
  if (SmallOf(v, out)) return true;
  const BigInt& b = BigOf(v);
  if (!b.FitsInt64()) return false;
  *out = b.ToInt64();
  return true;
}

bool IntToDouble(Interp& vm, Value v, double* out) {
  int64_t x;
  if (SmallOf(v, &x)) {
    // The hardware conversion rounds half to even, as PyLong_AsDouble does.
    *out = static_cast<double>(x);
    return true;
  }
  BigIntOr<double> d = BigOf(v).ToDouble();
  if (!d.ok()) {
    RaiseBigIntStatus(vm, d.status());
    return false;
  }
  *out = d.value();
  return true;
}

std::string IntToDecimalString(Value v) {
  int64_t x;
  if (SmallOf(v, &x)) return std::to_string(x);
  return BigOf(v).ToString(10, 0).value();
}

Value IntToDecimalStr(Interp& vm, Value v) {
  int64_t x;
  if (SmallOf(v, &x)) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), x);
    return NewStrValue(vm, std::string_view(buf, end - buf));
  }
  // Past the digit limit ToString refuses before converting, so only that
  // many digits' work is charged.
  const int64_t limit = vm.int_max_str_digits;
  const BigInt& big = BigOf(v);
  if (!IntChargeWork(vm, BigInt::ToStringWork(big.LimbCount(), 10, limit))) return Value::Null();
  BigIntOr<std::string> s = big.ToString(10, limit);
  if (!s.ok()) return vm.RaiseValueError(IntToStrDigitsLimitMessage(limit));
  return NewStrValue(vm, s.value());
}

int UnicodeDecimalValue(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!UnicodeIsDecimal(cp)) return -1;
  // Unicode assigns decimal digits only in complete runs 0..9 (runs may be
  // adjacent, as in the mathematical digits at U+1D7CE), so the value is the
  // offset into the run modulo 10.
  uint32_t start = cp;
  while (start > 0 && UnicodeIsDecimal(start - 1)) --start;
  return static_cast<int>((cp - start) % 10);
}

std::string NumericTextToAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x7f) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    uint32_t cp = DecodeUtf8(text, &pos);
    if (UnicodeIsSpace(cp)) {
      out.push_back(' ');
      continue;
    }
    int d = UnicodeDecimalValue(cp);
    if (d < 0) {
      out.push_back('?');
      break;
    }
    out.push_back(static_cast<char>('0' + d));
  }
  return out;
}

namespace {

// The common `int(line)`: at most 18 ASCII decimal digits, with an optional
// sign and the whitespace PyLong_FromString skips around them. Any other
// text (underscores, non-ASCII digits or spaces, a base-0 literal with a
// leading zero, anything invalid) takes the full path, which gives the
// same value or CPython's error.
bool ParseShortDecimal(std::string_view text, int base, int64_t* out) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  };
  const size_t n = text.size();
  size_t i = 0;
  while (i < n && is_space(text[i])) ++i;
  const bool negative = i < n && text[i] == '-';
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  const size_t start = i;
  int64_t value = 0;
  for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
    if (i - start < 18) value = value * 10 + (text[i] - '0');
  }
  const size_t digits = i - start;
  if (digits == 0 || digits > 18 || (base == 0 && text[start] == '0' && digits > 1)) {
    return false;
  }
  while (i < n && is_space(text[i])) ++i;
  if (i != n) return false;
  *out = negative ? -value : value;
  return true;
}

}  // namespace

Value IntFromString(Interp& vm, std::string_view text, int base) {
  // A pass to make the ASCII copy (covered on the heap while it lives) and
  // one to scan it; converting more digits than the limit in a base that is
  // not a power of two is refused by Parse before it starts.
  const int64_t limit = vm.int_max_str_digits;
  uint64_t digits = text.size();
  if (limit > 0 && ((base & (base - 1)) != 0 || base == 0)) {
    digits = std::min<uint64_t>(digits, static_cast<uint64_t>(limit));
  }
  if (!vm.ChargeBytes(2 * text.size()) ||
      !IntChargeWork(vm, BigInt::ParseWork(digits, base == 0 ? 10 : base))) {
    return Value::Null();
  }
  int64_t small;
  if ((base == 10 || base == 0) && ParseShortDecimal(text, base, &small)) {
    return Value::SmallInt(small);
  }
  ScratchCharge scratch(vm);
  if (!scratch.Charge(text.size())) return Value::Null();
  std::string ascii = NumericTextToAscii(text);
  BigIntOr<BigInt> r = BigInt::Parse(ascii, base, limit);
  if (!r.ok()) {
    switch (r.status()) {
      case BigIntStatus::kInvalidLiteral:
        return vm.RaiseValueError(InvalidIntLiteralMessage(base, StrRepr(text)));
      case BigIntStatus::kStrToIntDigitsLimit:
        return vm.RaiseValueError(StrToIntDigitsLimitMessage(r.detail(), limit));
      default:
        return RaiseBigIntStatus(vm, r.status());
    }
  }
  return IntFromBig(vm, std::move(r).value());
}

namespace {

template <typename Slot>
Slot FindSlot(TypeObject* t, Slot TypeObject::*slot) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->*slot != nullptr) return tt->*slot;
  }
  return nullptr;
}

}  // namespace

Value IntFromObject(Interp& vm, Value x) {
  // PyNumber_Long: an int subclass goes through its (maybe overridden)
  // __int__ below.
  if (x.is_small_int() || x.is_bool() || IsBigInt(x)) return PlainInt(vm, x);
  TypeObject* t = TypeOf(x);
  if (UnaryFn to_int = FindSlot(t, &TypeObject::to_int)) {
    Value r = to_int(vm, x);
    if (r.is_null()) return r;
    if (!IsInt(r)) {
      return vm.RaiseFormat(&kTypeErrorType, "__int__ returned non-int (type %s)",
                            std::string(TypeName(r)));
    }
    return PlainInt(vm, r);
  }
  if (FindSlot(t, &TypeObject::index) != nullptr) return NumberIndex(vm, x);
  // The deprecated delegation to __trunc__, which CPython 3.11 still makes
  // (a str subclass may define it too), with its DeprecationWarning.
  Value trunc = IsExactStr(x) ? Value::Null() : LookupSpecial(vm, x, vm.Intern("__trunc__"));
  if (!trunc.is_null()) {
    RootScope roots(vm);
    roots.Add(&trunc);
    if (!WarnFromNative(vm, &kDeprecationWarningType,
                        "The delegation of int() to __trunc__ is deprecated.")) {
      return Value::Null();
    }
    Value r = vm.Call(trunc, CallArgs{});
    if (r.is_null() || IsInt(r)) return r.is_null() ? r : PlainInt(vm, r);
    if (FindSlot(TypeOf(r), &TypeObject::index) == nullptr) {
      return vm.RaiseFormat(&kTypeErrorType, "__trunc__ returned non-Integral (type %s)",
                            std::string(TypeName(r)));
    }
    return NumberIndex(vm, r);
  }
  if (vm.HasException()) return Value::Null();
  if (IsStr(x)) return IntFromString(vm, As<StrObject>(x)->view(), 10);
  std::string_view bytes;
  if (BytesLikeView(x, &bytes)) return IntFromBytesText(vm, bytes, 10);
  return vm.RaiseFormat(
      &kTypeErrorType,
      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
      std::string(TypeName(x)));
}

int64_t IntHash(Value v) {
  int64_t x;
  if (SmallOf(v, &x)) {
    // long_hash: |x| mod 2**61-1 with x's sign; -1 is reserved.
    int64_t h = (x < 0 ? -x : x) % kHashModulus;
    if (x < 0) h = -h;
    return h == -1 ? -2 : h;
  }
  return BigOf(v).Hash();
}

int IntCompare(Value a, Value b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return (x > y) - (x < y);
  BigArg p(a), q(b);
  return BigInt::Compare(*p, *q);
}

std::partial_ordering IntCompareWithDouble(Value i, double d) {
  int64_t x;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (SmallOf(i, &x) && x >= -kExact && x <= kExact) return static_cast<double>(x) <=> d;
  BigArg b(i);
  return BigInt::CompareWithDouble(*b, d);
}

bool IndexToInt64(Interp& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) {
    vm.RaiseFormat(&kOverflowErrorType, "cannot fit '%s' into an index-sized integer",
                   std::string(TypeName(v)));
    return false;
  }
  return true;
}

bool ClinicSsize(Interp& vm, Value v, int64_t* out) {
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) {
    vm.RaiseOverflowError("Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool ClinicCInt(Interp& vm, Value v, int* out) {
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  int64_t x;
  if (!IntToInt64(i, &x) || x > std::numeric_limits<int>::max() ||
      x < std::numeric_limits<int>::min()) {
    vm.RaiseOverflowError("Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

bool IndexToInt64Clamped(Interp& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) {
    *out =
        IntSign(i) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
  }
  return true;
}

// ---- Arithmetic -------------------------------------------------------------

namespace {

Value DivisionByZero(Interp& vm) {
  return vm.RaiseZeroDivisionError("integer division or modulo by zero");
}

// int ** negative int is a float operation (long_pow defers to float_pow).
Value IntPowToFloat(Interp& vm, Value a, Value b) {
  double x, y, r;
  if (!IntToDouble(vm, a, &x) || !IntToDouble(vm, b, &y)) return Value::Null();
  FloatStatus s = FloatPow(x, y, &r);
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  return NewFloat(vm, r);
}

Value IntPow(Interp& vm, Value a, Value b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    if (y < 0) return IntPowToFloat(vm, a, b);
    int64_t result = 1, base = x;
    uint64_t e = static_cast<uint64_t>(y);
    bool overflow = false;
    while (true) {
      if ((e & 1) != 0 && __builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
      e >>= 1;
      if (e == 0) break;
      if (__builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return IntFromInt64(vm, result);
  }
  BigArg base(a), exp(b);
  if (exp->Sign() < 0) return IntPowToFloat(vm, a, b);
  uint64_t e;
  if (!BigFitsUint64(*exp, &e)) {
    // Only |base| <= 1 keeps such a power small.
    if (base->IsZero()) return Value::SmallInt(0);
    if (BigInt::Compare(*base, BigInt(1)) == 0) return Value::SmallInt(1);
    if (BigInt::Compare(*base, BigInt(-1)) == 0) return Value::SmallInt(exp->IsOdd() ? -1 : 1);
    return vm.RaiseMemoryErrorFor(UINT64_MAX);
  }
  uint64_t bits = BigInt::PowBitsBound(*base, e);
  if (!IntChargeResult(vm, bits, BigInt::PowWork(base->LimbCount(), bits))) return Value::Null();
  return IntFromBig(vm, BigInt::Pow(*base, e));
}

Value IntLshift(Interp& vm, Value a, Value b) {
  if (IntSign(b) < 0) return vm.RaiseValueError("negative shift count");
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    if (x == 0) return Value::SmallInt(0);
    if (y < 64) {
      __int128 r = static_cast<__int128>(x) << y;
      if (r >= std::numeric_limits<int64_t>::min() && r <= std::numeric_limits<int64_t>::max()) {
        return IntFromInt64(vm, static_cast<int64_t>(r));
      }
    }
  }
  BigArg v(a), count(b);
  if (v->IsZero()) return Value::SmallInt(0);
  // CPython's limits (divmod_shift, long_lshift1, _PyLong_New): a shift
  // whose result needs more than MAX_LONG_DIGITS 30-bit digits is an
  // OverflowError; anything smaller that cannot be allocated a MemoryError.
  uint64_t wordshift, remshift;
  int64_t c64;
  constexpr uint64_t kClip = static_cast<uint64_t>(INT64_MAX) / 4;
  if (count->FitsInt64() && (c64 = count->ToInt64()) >= 0) {
    wordshift = static_cast<uint64_t>(c64) / 30;
    remshift = static_cast<uint64_t>(c64) % 30;
  } else {
    BigInt::DivModResult dm = BigInt::DivMod(*count, BigInt(30));
    uint64_t w;
    if (BigFitsUint64(dm.quotient, &w) && w < kClip) {
      wordshift = w;
      remshift = static_cast<uint64_t>(dm.remainder.ToInt64());
    } else {
      wordshift = kClip;
      remshift = 0;
    }
  }
  uint64_t old_digits = (v->BitLength() + 29) / 30;
  if (old_digits + wordshift + (remshift != 0 ? 1 : 0) > kMaxLongDigits) {
    return vm.RaiseOverflowError("too many digits in integer");
  }
  uint64_t n;
  if (!BigFitsUint64(*count, &n)) return vm.RaiseMemoryErrorFor(UINT64_MAX);
  uint64_t bits = BigInt::LshiftBitsBound(*v, n);
  if (!IntChargeResult(vm, bits, BigInt::LinearWork(bits / 64 + v->LimbCount()))) {
    return Value::Null();
  }
  return IntFromBig(vm, BigInt::Lshift(*v, n));
}

Value IntRshift(Interp& vm, Value a, Value b) {
  if (IntSign(b) < 0) return vm.RaiseValueError("negative shift count");
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    if (y >= 63) return Value::SmallInt(x < 0 ? -1 : 0);
    return Value::SmallInt(x >> y);
  }
  BigArg v(a), count(b);
  uint64_t n;
  if (!BigFitsUint64(*count, &n)) return Value::SmallInt(v->Sign() < 0 ? -1 : 0);
  if (!ChargeLinear(vm, v->LimbCount())) return Value::Null();
  return IntFromBig(vm, BigInt::Rshift(*v, n));
}

Value IntTrueDivide(Interp& vm, Value a, Value b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    if (y == 0) return vm.RaiseZeroDivisionError("division by zero");
    // Both exactly representable: one correctly rounded IEEE division
    // (long_true_divide's fast path).
    constexpr int64_t kExact = int64_t{1} << 53;
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact) {
      return NewFloat(vm, static_cast<double>(x) / static_cast<double>(y));
    }
  }
  BigArg p(a), q(b);
  if (q->IsZero()) return vm.RaiseZeroDivisionError("division by zero");
  // At most bits(b) + 55 bits of a are divided by b.
  if (!IntChargeWork(vm, BigInt::DivWork(q->LimbCount() + 1, q->LimbCount()) +
                             BigInt::LinearWork(p->LimbCount()))) {
    return Value::Null();
  }
  BigIntOr<double> r = BigInt::TrueDivide(*p, *q);
  if (!r.ok()) return RaiseBigIntStatus(vm, r.status());
  return NewFloat(vm, r.value());
}

// The small-int fast path of IntBinaryOp; false when the result needs the
// BigInt path (only * can overflow here; ** and << have their own paths).
bool SmallBinaryOp(Interp& vm, BinaryOp op, int64_t x, int64_t y, Value* out) {
  int64_t r;
  if (SmallIntArithmetic(op, x, y, &r)) {
    *out = IntFromInt64(vm, r);
    return true;
  }
  if (y == 0 && op == BinaryOp::kFloorDivide) {
    *out = DivisionByZero(vm);
    return true;
  }
  if (y == 0 && op == BinaryOp::kRemainder) {
    *out = vm.RaiseZeroDivisionError("integer modulo by zero");
    return true;
  }
  return false;  // a product past int64: BigBinaryOp
}

Value BigBinaryOp(Interp& vm, BinaryOp op, Value a, Value b) {
  BigArg x(a), y(b);
  size_t la = x->LimbCount(), lb = y->LimbCount();
  switch (op) {
    case BinaryOp::kAdd:
      if (!ChargeLinear(vm, la + lb)) return Value::Null();
      return IntFromBig(vm, BigInt::Add(*x, *y));
    case BinaryOp::kSubtract:
      if (!ChargeLinear(vm, la + lb)) return Value::Null();
      return IntFromBig(vm, BigInt::Sub(*x, *y));
    case BinaryOp::kMultiply:
      if (!IntChargeResult(vm, BigInt::MulBitsBound(*x, *y), BigInt::MulWork(la, lb))) {
        return Value::Null();
      }
      return IntFromBig(vm, BigInt::Mul(*x, *y));
    case BinaryOp::kFloorDivide:
      if (y->IsZero()) return DivisionByZero(vm);
      if (!IntChargeWork(vm, BigInt::DivWork(la, lb))) return Value::Null();
      return IntFromBig(vm, BigInt::FloorDiv(*x, *y));
    case BinaryOp::kRemainder:
      if (y->IsZero()) return vm.RaiseZeroDivisionError("integer modulo by zero");
      if (!IntChargeWork(vm, BigInt::DivWork(la, lb))) return Value::Null();
      return IntFromBig(vm, BigInt::Mod(*x, *y));
    case BinaryOp::kAnd:
      if (!ChargeLinear(vm, la + lb)) return Value::Null();
      return IntFromBig(vm, BigInt::And(*x, *y));
    case BinaryOp::kOr:
      if (!ChargeLinear(vm, la + lb)) return Value::Null();
      return IntFromBig(vm, BigInt::Or(*x, *y));
    case BinaryOp::kXor:
      if (!ChargeLinear(vm, la + lb)) return Value::Null();
      return IntFromBig(vm, BigInt::Xor(*x, *y));
    default:
      return Value::NotImplemented();
  }
}

}  // namespace

Value IntBinaryOp(Interp& vm, BinaryOp op, Value a, Value b) {
  if (!IsInt(a) || !IsInt(b)) return Value::NotImplemented();
  switch (op) {
    case BinaryOp::kPower:
      return IntPow(vm, a, b);
    case BinaryOp::kLshift:
      return IntLshift(vm, a, b);
    case BinaryOp::kRshift:
      return IntRshift(vm, a, b);
    case BinaryOp::kTrueDivide:
      return IntTrueDivide(vm, a, b);
    case BinaryOp::kMatrixMultiply:
      return Value::NotImplemented();
    default:
      break;
  }
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    Value r;
    if (SmallBinaryOp(vm, op, x, y, &r)) return r;
  }
  return BigBinaryOp(vm, op, a, b);
}

Value IntDivmod(Interp& vm, Value a, Value b) {
  if (!IsInt(a) || !IsInt(b)) return Value::NotImplemented();
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) {
    if (y == 0) return DivisionByZero(vm);
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      --q;
    }
    Value qv = IntFromInt64(vm, q);
    return NewPair(vm, qv, Value::SmallInt(r));
  }
  BigArg p(a), d(b);
  if (d->IsZero()) return DivisionByZero(vm);
  if (!IntChargeWork(vm, BigInt::DivWork(p->LimbCount(), d->LimbCount()))) return Value::Null();
  BigInt::DivModResult dm = BigInt::DivMod(*p, *d);
  Value qv = IntFromBig(vm, std::move(dm.quotient));
  if (qv.is_null()) return qv;
  Value rv = IntFromBig(vm, std::move(dm.remainder));
  return NewPair(vm, qv, rv);
}

Value IntPowMod(Interp& vm, Value a, Value b, Value m) {
  if (m.is_null() || m.is_none()) return BinaryOperation(vm, BinaryOp::kPower, a, b);
  if (!IsInt(a) || !IsInt(b) || !IsInt(m)) {
    // ternary_op tries the operands' nb_power slots in turn; long_pow
    // declines anything but ints, float_pow refuses any modulus before
    // looking at the others; complex_pow declines unless both of the
    // first two are numbers, then refuses the modulus.
    auto number = [](Value v) { return IsInt(v) || IsFloat(v) || IsComplex(v); };
    for (Value v : {a, b, m}) {
      if (IsFloat(v)) {
        return vm.RaiseTypeError(
            "pow() 3rd argument not allowed unless all arguments are integers");
      }
      if (IsComplex(v) && number(a) && number(b)) return vm.RaiseValueError("complex modulo");
    }
    return vm.RaiseFormat(
        &kTypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
        std::string(TypeName(a)), std::string(TypeName(b)), std::string(TypeName(m)));
  }
  int64_t x, y, z;
  if (SmallOf(a, &x) && SmallOf(b, &y) && SmallOf(m, &z) && y >= 0 && z != 0) {
    uint64_t mod = z < 0 ? -static_cast<uint64_t>(z) : static_cast<uint64_t>(z);
    if (mod == 1) return Value::SmallInt(0);
    int64_t base_mod = x % static_cast<int64_t>(mod);
    if (base_mod < 0) base_mod += static_cast<int64_t>(mod);
    unsigned __int128 base = static_cast<uint64_t>(base_mod), result = 1;
    for (uint64_t e = static_cast<uint64_t>(y); e != 0; e >>= 1) {
      if ((e & 1) != 0) result = result * base % mod;
      base = base * base % mod;
    }
    int64_t r = static_cast<int64_t>(result);
    if (z < 0 && r != 0) r -= static_cast<int64_t>(mod);
    return IntFromInt64(vm, r);
  }
  BigArg p(a), e(b), q(m);
  // Reducing the base, inverting it for a negative exponent, then the
  // modular exponentiation.
  size_t lm = q->LimbCount();
  uint64_t work = BigInt::DivWork(p->LimbCount(), lm) + BigInt::PowModCostEstimate(*e, *q);
  if (e->Sign() < 0) work += BigInt::GcdWork(lm, lm);
  if (!IntChargeWork(vm, work)) return Value::Null();
  BigIntOr<BigInt> r = BigInt::PowMod(*p, *e, *q);
  if (!r.ok()) return RaiseBigIntStatus(vm, r.status());
  return IntFromBig(vm, std::move(r).value());
}

Value IntRound(Interp& vm, Value x, Value ndigits) {
  // long_round with _PyLong_DivmodNear.
  // Only a missing ndigits means "none": int.__round__(None) is a
  // TypeError in CPython (round(x, None) calls __round__ with no argument).
  if (ndigits.is_null()) return PlainInt(vm, x);
  Value n = NumberIndex(vm, ndigits);
  if (n.is_null()) return n;
  if (IntSign(n) >= 0) return PlainInt(vm, x);
  BigArg nv(n), xv(x);
  uint64_t k;
  // 10**k for k past the digit count of x is more than twice |x|: the
  // result is 0 (CPython computes the power anyway, which for huge k never
  // finishes).
  uint64_t max_digits = xv->BitLength() * 30103 / 100000 + 2;
  if (!BigFitsUint64(BigInt::Neg(*nv), &k) || k > max_digits) return Value::SmallInt(0);
  // 10**k (no bigger than x) and a division of x by it.
  uint64_t pow_bits = BigInt::PowBitsBound(BigInt(10), k);
  size_t lx = xv->LimbCount();
  if (!IntChargeWork(vm, BigInt::PowWork(1, pow_bits) + 2 * BigInt::DivWork(lx, pow_bits / 64 + 1))) {
    return Value::Null();
  }
  BigInt pow10 = BigInt::Pow(BigInt(10), k);
  BigInt::DivModResult dm = BigInt::DivMod(*xv, pow10);
  int c = BigInt::Compare(BigInt::Add(dm.remainder, dm.remainder), pow10);
  BigInt r = std::move(dm.remainder);
  if (c > 0 || (c == 0 && dm.quotient.IsOdd())) r = BigInt::Sub(r, pow10);
  return IntFromBig(vm, BigInt::Sub(*xv, r));
}

// ---- Type slots -------------------------------------------------------------

namespace {


Value IntRepr(Interp& vm, Value self) { return IntToDecimalStr(vm, self); }

int64_t IntHashSlot(Interp& vm, Value self) {
  if (!self.is_small_int() && !self.is_bool() && !ChargeLinear(vm, Limbs(self))) return -1;
  return IntHash(self);
}

Value IntRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  // long_richcompare: ints only. int-vs-float is float_richcompare's job
  // (reflected), so (3).__eq__(3.0) is NotImplemented as in CPython.
  if (!IsInt(b)) return Value::NotImplemented();
  // Ints of the same size may be compared limb by limb to the last.
  size_t la = Limbs(a);
  if (la > 1 && la == Limbs(b) && !ChargeLinear(vm, la)) return Value::Null();
  return Value::Bool(OrderingSatisfies(IntCompare(a, b) <=> 0, op));
}

int IntTruth(Interp&, Value self) { return IntSign(self) != 0; }

template <BinaryOp kOp>
Value IntBinarySlot(Interp& vm, Value a, Value b) {
  return IntBinaryOp(vm, kOp, a, b);
}

Value IntNegative(Interp& vm, Value self) {
  int64_t x;
  if (SmallOf(self, &x)) return IntFromInt64(vm, -x);
  if (!ChargeLinear(vm, Limbs(self))) return Value::Null();
  return IntFromBig(vm, BigInt::Neg(BigOf(self)));
}

Value IntPositive(Interp& vm, Value self) { return PlainInt(vm, self); }

Value IntInvert(Interp& vm, Value self) {
  int64_t x;
  if (SmallOf(self, &x)) return Value::SmallInt(~x);  // stays in range
  if (!ChargeLinear(vm, Limbs(self))) return Value::Null();
  return IntFromBig(vm, BigInt::Invert(BigOf(self)));
}

Value IntAbsolute(Interp& vm, Value self) {
  int64_t x;
  if (SmallOf(self, &x)) return IntFromInt64(vm, x < 0 ? -x : x);
  if (!ChargeLinear(vm, Limbs(self))) return Value::Null();
  return IntFromBig(vm, BigInt::Abs(BigOf(self)));
}

Value IntToFloatSlot(Interp& vm, Value self) {
  double d;
  if (!IntToDouble(vm, self, &d)) return Value::Null();
  return NewFloat(vm, d);
}

// ---- Methods ----------------------------------------------------------------

Value IntBitLength(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "int.bit_length")) return Value::Null();
  int64_t x;
  if (SmallOf(self, &x)) return Value::SmallInt(static_cast<int64_t>(BitLength64(x)));
  return IntFromInt64(vm, static_cast<int64_t>(BigOf(self).BitLength()));
}

Value IntBitCount(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "int.bit_count")) return Value::Null();
  int64_t x;
  if (SmallOf(self, &x)) {
    uint64_t a = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return Value::SmallInt(__builtin_popcountll(a));
  }
  if (!ChargeLinear(vm, Limbs(self))) return Value::Null();
  return IntFromInt64(vm, static_cast<int64_t>(BigOf(self).BitCount()));
}

// Methods that return the int itself as a plain int.
template <const char* kQualname>
Value IntSelfMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, kQualname)) return Value::Null();
  return PlainInt(vm, self);
}
constexpr char kConjugateName[] = "int.conjugate";
constexpr char kTruncName[] = "int.__trunc__";
constexpr char kFloorName[] = "int.__floor__";
constexpr char kCeilName[] = "int.__ceil__";

// __int__ and __index__ are slot wrappers in CPython (wrap_unaryfunc), whose
// messages differ from a method's: "expected 0 arguments, got 1".
template <const char* kDunder>
Value IntSlotSelfMethod(Interp& vm, Value self, CallArgs args) {
  if (!number_internal::ExactArgs(vm, args, 0, kDunder)) return Value::Null();
  return PlainInt(vm, self);
}
constexpr char kIntDunder[] = "__int__";
constexpr char kIndexDunder[] = "__index__";

Value IntFloatMethod(Interp& vm, Value self, CallArgs args) {
  if (!number_internal::ExactArgs(vm, args, 0, "__float__")) return Value::Null();
  return IntToFloatSlot(vm, self);
}

Value IntGetNewArgs(Interp& vm, Value self, CallArgs args) {
  // (copy of self,): CPython copies every int outside its small-int cache.
  // moat's small ints are values, not objects, so only a big one is copied.
  if (!CheckMethodNoArgs(vm, args, "int.__getnewargs__")) return Value::Null();
  if (!self.is_object()) return NewArgsTuple(vm, PlainInt(vm, self));
  if (!ChargeLinear(vm, Limbs(self))) return Value::Null();
  return NewArgsTuple(vm, IntFromBig(vm, BigInt(BigOf(self))));
}

Value IntAsIntegerRatio(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "int.as_integer_ratio")) return Value::Null();
  return NewPair(vm, PlainInt(vm, self), Value::SmallInt(1));
}

Value IntRoundMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("int.__round__(ndigits=None, /)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return IntRound(vm, self, out[0]);
}

Value IntFormatMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "int.__format__")) return Value::Null();
  Value spec = args.args[0];
  if (!IsStr(spec)) {
    return vm.RaiseFormat(&kTypeErrorType, "__format__() argument must be str, not %s",
                          spec.is_none() ? std::string("None") : std::string(TypeName(spec)));
  }
  return FormatBuiltin(vm, self, As<StrObject>(spec)->view());
}

Value IntGetSelf(Interp& vm, Value self, CallArgs) { return PlainInt(vm, self); }
Value IntGetZero(Interp&, Value, CallArgs) { return Value::SmallInt(0); }
Value IntGetOne(Interp&, Value, CallArgs) { return Value::SmallInt(1); }

const MethodDef kIntMethods[] = {
    MOAT_NUMBER_SLOT_METHODS,
    MOAT_INT_ONLY_SLOT_METHODS,
    {"__ceil__", IntSelfMethod<kCeilName>},
    {"__float__", IntFloatMethod},
    {"__floor__", IntSelfMethod<kFloorName>},
    {"__format__", IntFormatMethod},
    {"__getnewargs__", IntGetNewArgs},
    {"__index__", IntSlotSelfMethod<kIndexDunder>},
    {"__int__", IntSlotSelfMethod<kIntDunder>},
    {"__round__", IntRoundMethod},
    {"__trunc__", IntSelfMethod<kTruncName>},
    CountedMethod("as_integer_ratio", IntAsIntegerRatio),
    CountedMethod("bit_count", IntBitCount),
    CountedMethod("bit_length", IntBitLength),
    {"from_bytes", IntFromBytesMethod, MethodKind::kClassMethod},
    CountedMethod("conjugate", IntSelfMethod<kConjugateName>),
    {"denominator", IntGetOne, MethodKind::kGetter},
    {"imag", IntGetZero, MethodKind::kGetter},
    {"numerator", IntGetSelf, MethodKind::kGetter},
    {"real", IntGetSelf, MethodKind::kGetter},
    {"to_bytes", IntToBytesMethod},
    {nullptr, nullptr},
};

// int(x=0, /, base=10) for exactly int: long_new_impl.
Value IntValueFromArgs(Interp& vm, CallArgs args) {
  // int(x), the usual call, needs no argument parsing.
  if (args.nargs == 1 && args.nkwargs() == 0) return IntFromObject(vm, args.args[0]);
  static const ArgSpec kSpec("int(x=0, /, base=10)");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value x = out[0], base = out[1];
  if (x.is_null()) {
    if (!base.is_null()) return vm.RaiseTypeError("int() missing string argument");
    return Value::SmallInt(0);
  }
  if (base.is_null()) return IntFromObject(vm, x);
  int64_t b;
  if (!IndexToInt64Clamped(vm, base, &b)) return Value::Null();
  if ((b != 0 && b < 2) || b > 36) {
    return vm.RaiseValueError("int() base must be >= 2 and <= 36, or 0");
  }
  if (IsStr(x)) return IntFromString(vm, As<StrObject>(x)->view(), static_cast<int>(b));
  std::string_view bytes;
  if (BytesLikeView(x, &bytes)) return IntFromBytesText(vm, bytes, static_cast<int>(b));
  return vm.RaiseTypeError("int() can't convert non-string with explicit base");
}

// int.__new__(type, x=0, /, base=10): the value, then for a subclass an
// instance of it holding a copy (long_subtype_new). A subclass instance
// always holds a BigInt, whatever its magnitude.
Value IntNew(Interp& vm, TypeObject* type, CallArgs args) {
  Value v = IntValueFromArgs(vm, args);
  if (v.is_null() || type == &kIntType) return v;
  if (!ChargeLinear(vm, Limbs(v))) return Value::Null();
  BigInt b = IntToBig(v);
  size_t bytes = sizeof(BigInt) + b.MemoryBytes();
  if (!vm.heap().Charge(bytes)) return vm.RaiseMemoryError();
  IntObject* o = NewInstance<IntObject>(vm, type);
  if (o == nullptr) {
    vm.heap().Uncharge(bytes);
    return Value::Null();
  }
  o->big = new BigInt(std::move(b));
  o->charged_bytes = bytes;
  return Value::FromObject(o);
}

Value IntConstruct(Interp& vm, Value cls, CallArgs args) {
  return IntNew(vm, As<TypeObject>(cls), args);
}

// ---- bool -------------------------------------------------------------------

Value BoolRepr(Interp& vm, Value self) {
  return Value::FromObject(vm.Intern(self.is_true() ? "True" : "False"));
}

template <BinaryOp kOp>
Value BoolBitwise(Interp& vm, Value a, Value b) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.is_true(), y = b.is_true();
    switch (kOp) {
      case BinaryOp::kAnd:
        return Value::Bool(x && y);
      case BinaryOp::kOr:
        return Value::Bool(x || y);
      default:
        return Value::Bool(x != y);
    }
  }
  return IntBinaryOp(vm, kOp, a, b);
}

Value BoolConstruct(Interp& vm, Value, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "bool") || !CheckPositionalCount(vm, args, "bool", 0, 1)) {
    return Value::Null();
  }
  if (args.nargs == 0) return Value::False();
  int t = IsTrue(vm, args.args[0]);
  if (t < 0) return Value::Null();
  return Value::Bool(t != 0);
}

Value BoolNewInstance(Interp& vm, TypeObject*, CallArgs args) {
  return BoolConstruct(vm, Value::FromObject(&kBoolType), args);
}

void SetIntSlots(TypeObject* t) {
  t->finalize = IntFinalize;
  t->repr = IntRepr;
  t->hash = IntHashSlot;
  t->richcompare = IntRichCompare;
  t->truth = IntTruth;
  t->binary[static_cast<int>(BinaryOp::kAdd)] = IntBinarySlot<BinaryOp::kAdd>;
  t->binary[static_cast<int>(BinaryOp::kAnd)] = IntBinarySlot<BinaryOp::kAnd>;
  t->binary[static_cast<int>(BinaryOp::kFloorDivide)] = IntBinarySlot<BinaryOp::kFloorDivide>;
  t->binary[static_cast<int>(BinaryOp::kLshift)] = IntBinarySlot<BinaryOp::kLshift>;
  t->binary[static_cast<int>(BinaryOp::kMultiply)] = IntBinarySlot<BinaryOp::kMultiply>;
  t->binary[static_cast<int>(BinaryOp::kRemainder)] = IntBinarySlot<BinaryOp::kRemainder>;
  t->binary[static_cast<int>(BinaryOp::kOr)] = IntBinarySlot<BinaryOp::kOr>;
  t->binary[static_cast<int>(BinaryOp::kPower)] = IntBinarySlot<BinaryOp::kPower>;
  t->binary[static_cast<int>(BinaryOp::kRshift)] = IntBinarySlot<BinaryOp::kRshift>;
  t->binary[static_cast<int>(BinaryOp::kSubtract)] = IntBinarySlot<BinaryOp::kSubtract>;
  t->binary[static_cast<int>(BinaryOp::kTrueDivide)] = IntBinarySlot<BinaryOp::kTrueDivide>;
  t->binary[static_cast<int>(BinaryOp::kXor)] = IntBinarySlot<BinaryOp::kXor>;
  t->negative = IntNegative;
  t->positive = IntPositive;
  t->invert = IntInvert;
  t->absolute = IntAbsolute;
  t->index = IntPositive;
  t->to_int = IntPositive;
  t->to_float = IntToFloatSlot;
}

}  // namespace

void InitIntType() {
  InitStaticType(&kIntType, "int", &kObjectType, kTypeBaseType);
  SetIntSlots(&kIntType);
  kIntType.methods = kIntMethods;
  kIntType.construct = IntConstruct;
  kIntType.basic_size = sizeof(IntObject);
  kIntType.new_instance = IntNew;

  // bool cannot be subclassed (no kTypeBaseType). Its slots are int's,
  // copied so code that reads a slot without walking the bases sees them.
  InitStaticType(&kBoolType, "bool", &kIntType, kTypeVectorcall);
  SetIntSlots(&kBoolType);
  kBoolType.repr = BoolRepr;
  kBoolType.binary[static_cast<int>(BinaryOp::kAnd)] = BoolBitwise<BinaryOp::kAnd>;
  kBoolType.binary[static_cast<int>(BinaryOp::kOr)] = BoolBitwise<BinaryOp::kOr>;
  kBoolType.binary[static_cast<int>(BinaryOp::kXor)] = BoolBitwise<BinaryOp::kXor>;
  kBoolType.construct = BoolConstruct;
  // bool.__new__(bool, x): its own tp_new, not int's (bool cannot be
  // subclassed: no kTypeBaseType).
  kBoolType.new_instance = BoolNewInstance;
}

}  // namespace moat::vm
