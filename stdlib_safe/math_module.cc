// The `math` module (see math_module.h), in the order of CPython 3.11's
// Modules/mathmodule.c: argument conversion and error raising, the float
// functions, the integer functions, the sequence functions, then the
// method table and the module's init.
//
// Calling conventions decide the error texts, so each function keeps
// CPython's: METH_O functions ("math.sqrt() takes exactly one argument (0
// given)"), positional-only fastcall functions ("math.atan2() takes no
// keyword arguments", "atan2 expected 2 arguments, got 1"), and clinic
// functions with keywords (isclose, prod) through an ArgSpec.
//
// Integer results that can be huge (factorial, comb, perm, lcm) are checked
// against the memory budget before GMP computes them, and charged to the
// instruction budget in proportion to their size.
#include "stdlib_safe/math_module.h"

#include <gmp.h>

#include <cmath>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

#include "stdlib_safe/math_functions.h"
#include "stdlib_safe/native_util.h"
#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::ArgSpec;
using vm::As;
using vm::BigInt;
using vm::BinaryOp;
using vm::CallArgs;
using vm::Interp;
using vm::RootScope;
using vm::TupleObject;
using vm::Value;

std::string TypeNameOf(Value v) { return std::string(vm::TypeName(v)); }

bool IsExactInt(Value v) { return v.is_small_int() || vm::IsBigInt(v); }
bool IsExactFloat(Value v) { return vm::HasType(v, &vm::kFloatType); }

// ---- Conversions and errors ---------------------------------------------------------

// Raises the exception for a failed math function. Returns Null.
Value RaiseMathError(Interp& vm, MathError error) {
  std::string_view message = MathErrorMessage(error);
  switch (MathErrorType(error)) {
    case MathExceptionType::kValueError:
      return vm.RaiseValueError(message);
    case MathExceptionType::kOverflowError:
      return vm.RaiseOverflowError(message);
    case MathExceptionType::kZeroDivisionError:
      return vm.RaiseZeroDivisionError(message);
    case MathExceptionType::kNone:
      break;
  }
  return vm.Raise(&vm::kSystemErrorType, "math function failed without an error");
}

Value FloatResult(Interp& vm, MathResult r) {
  if (!r.ok()) return RaiseMathError(vm, r.error);
  return vm::NewFloat(vm, r.value);
}

// PyFloat_AsDouble: floats, ints (OverflowError "int too large to convert
// to float"), types with __float__; TypeError "must be real number, not
// str" for the rest. May run __float__.
bool ToReal(Interp& vm, Value v, double* out) {
  if (vm::IsFloat(v) && !IsHeapInstance(v)) {
    *out = vm::FloatValue(v);
    return true;
  }
  if (vm::IsInt(v) && !IsHeapInstance(v)) return vm::IntToDouble(vm, v, out);
  return vm::ToDouble(vm, v, out);
}

// An int argument through __index__ (PyNumber_Index), as a plain int.
Value IndexArg(Interp& vm, Value v) { return vm::NumberIndex(vm, v); }

bool CheckOneArg(Interp& vm, CallArgs args, const char* qualname) {
  return vm::CheckMethodOneArg(vm, args, qualname);
}

// Positional-only fastcall functions: keywords are refused under the
// qualified name, counts under the bare one.
bool CheckPositional(Interp& vm, CallArgs args, const char* qualname, const char* name,
                     size_t min, size_t max) {
  return vm::CheckNoKeywords(vm, args, qualname) &&
         vm::CheckPositionalCount(vm, args, name, min, max);
}

// _PyLong_Frexp for a positive int too large for a double: |n| = m * 2**e
// with 0.5 <= m < 1, m rounded half to even to 53 bits. CPython keeps
// DBL_MANT_DIG + 2 = 55 bits with a sticky bit, then rounds with
// half_even_correction.
double BigFrexp(const BigInt& n, int64_t* e) {
  static constexpr int kHalfEvenCorrection[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  mpz_srcptr z = n.Raw();
  uint64_t bits = mpz_sizeinbase(z, 2);
  uint64_t x;
  if (bits <= 55) {
    x = mpz_getlimbn(z, 0) << (55 - bits);
  } else {
    uint64_t shift = bits - 55;
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    x = mpz_getlimbn(t, 0);
    mpz_clear(t);
    if (mpz_scan1(z, 0) < shift) x |= 1;  // sticky: nonzero bits were dropped
  }
  x += kHalfEvenCorrection[x & 7];
  double m = static_cast<double>(x) / 0x1p55;
  if (m == 1.0) {
    m = 0.5;
    bits += 1;
  }
  *e = static_cast<int64_t>(bits);
  return m;
}

// ---- Float functions ------------------------------------------------------------------

Value Unary(Interp& vm, CallArgs args, const char* qualname, MathResult (*fn)(double)) {
  if (!CheckOneArg(vm, args, qualname)) return Value::Null();
  double x;
  if (!ToReal(vm, args.args[0], &x)) return Value::Null();
  return FloatResult(vm, fn(x));
}

Value Binary(Interp& vm, CallArgs args, const char* qualname, const char* name,
             MathResult (*fn)(double, double)) {
  if (!CheckPositional(vm, args, qualname, name, 2, 2)) return Value::Null();
  double x, y;
  if (!ToReal(vm, args.args[0], &x) || !ToReal(vm, args.args[1], &y)) return Value::Null();
  return FloatResult(vm, fn(x, y));
}

Value Predicate(Interp& vm, CallArgs args, const char* qualname, bool (*fn)(double)) {
  if (!CheckOneArg(vm, args, qualname)) return Value::Null();
  double x;
  if (!ToReal(vm, args.args[0], &x)) return Value::Null();
  return Value::Bool(fn(x));
}

// MOAT_MATH_UNARY(sqrt, Sqrt) defines MathModuleSqrt for math.sqrt, computed
// by MathSqrt (math_functions.h).
#define MOAT_MATH_UNARY(name, Name)                              \
  Value MathModule##Name(Interp& vm, Value, CallArgs args) {     \
    return Unary(vm, args, "math." #name, Math##Name);           \
  }
#define MOAT_MATH_BINARY(name, Name)                             \
  Value MathModule##Name(Interp& vm, Value, CallArgs args) {     \
    return Binary(vm, args, "math." #name, #name, Math##Name);   \
  }
#define MOAT_MATH_PREDICATE(name, Name)                          \
  Value MathModule##Name(Interp& vm, Value, CallArgs args) {     \
    return Predicate(vm, args, "math." #name, Math##Name);       \
  }

MOAT_MATH_UNARY(acos, Acos)
MOAT_MATH_UNARY(acosh, Acosh)
MOAT_MATH_UNARY(asin, Asin)
MOAT_MATH_UNARY(asinh, Asinh)
MOAT_MATH_UNARY(atan, Atan)
MOAT_MATH_UNARY(atanh, Atanh)
MOAT_MATH_UNARY(cbrt, Cbrt)
MOAT_MATH_UNARY(cos, Cos)
MOAT_MATH_UNARY(cosh, Cosh)
MOAT_MATH_UNARY(degrees, Degrees)
MOAT_MATH_UNARY(erf, Erf)
MOAT_MATH_UNARY(erfc, Erfc)
MOAT_MATH_UNARY(exp, Exp)
MOAT_MATH_UNARY(exp2, Exp2)
MOAT_MATH_UNARY(expm1, Expm1)
MOAT_MATH_UNARY(fabs, Fabs)
MOAT_MATH_UNARY(gamma, Gamma)
MOAT_MATH_UNARY(lgamma, Lgamma)
MOAT_MATH_UNARY(log1p, Log1p)
MOAT_MATH_UNARY(radians, Radians)
MOAT_MATH_UNARY(sin, Sin)
MOAT_MATH_UNARY(sinh, Sinh)
MOAT_MATH_UNARY(sqrt, Sqrt)
MOAT_MATH_UNARY(tan, Tan)
MOAT_MATH_UNARY(tanh, Tanh)
MOAT_MATH_UNARY(ulp, Ulp)

MOAT_MATH_BINARY(atan2, Atan2)
MOAT_MATH_BINARY(copysign, Copysign)
MOAT_MATH_BINARY(fmod, Fmod)
MOAT_MATH_BINARY(nextafter, Nextafter)
MOAT_MATH_BINARY(pow, Pow)
MOAT_MATH_BINARY(remainder, Remainder)

MOAT_MATH_PREDICATE(isfinite, IsFinite)
MOAT_MATH_PREDICATE(isinf, IsInf)
MOAT_MATH_PREDICATE(isnan, IsNan)

#undef MOAT_MATH_UNARY
#undef MOAT_MATH_BINARY
#undef MOAT_MATH_PREDICATE

Value MathModuleFrexp(Interp& vm, Value, CallArgs args) {
  if (!CheckOneArg(vm, args, "math.frexp")) return Value::Null();
  double x;
  if (!ToReal(vm, args.args[0], &x)) return Value::Null();
  MathFrexpResult r = MathFrexp(x);
  Value items[2] = {vm::NewFloat(vm, r.mantissa), Value::SmallInt(r.exponent)};
  if (items[0].is_null()) return Value::Null();
  TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value MathModuleModf(Interp& vm, Value, CallArgs args) {
  if (!CheckOneArg(vm, args, "math.modf")) return Value::Null();
  double x;
  if (!ToReal(vm, args.args[0], &x)) return Value::Null();
  MathModfResult r = MathModf(x);
  Value items[2] = {vm::NewFloat(vm, r.fractional), Value::Null()};
  if (items[0].is_null()) return Value::Null();
  items[1] = vm::NewFloat(vm, r.integral);
  if (items[1].is_null()) return Value::Null();
  TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// ldexp(x, i): i must be an int (not merely __index__-able); huge values
// clip to int64, which over- or underflows as CPython's clip to C long does.
Value MathModuleLdexp(Interp& vm, Value, CallArgs args) {
  if (!CheckPositional(vm, args, "math.ldexp", "ldexp", 2, 2)) return Value::Null();
  double x;
  if (!ToReal(vm, args.args[0], &x)) return Value::Null();
  Value i = args.args[1];
  if (!vm::IsInt(i)) return vm.RaiseTypeError("Expected an int as second argument to ldexp.");
  int64_t exp;
  if (!vm::IntToInt64(i, &exp)) exp = IntSign(i) < 0 ? INT64_MIN : INT64_MAX;
  return FloatResult(vm, MathLdexp(x, exp));
}

// floor(x) and ceil(x): ints are returned as they are; floats are rounded
// and converted exactly; other types use __floor__/__ceil__, else their
// float value. trunc(x) has no float fallback: "type str doesn't define
// __trunc__ method".
Value RoundToInt(Interp& vm, CallArgs args, const char* qualname, std::string_view special,
                 MathResult (*fn)(double), bool needs_special) {
  if (!CheckOneArg(vm, args, qualname)) return Value::Null();
  Value x = args.args[0];
  double d;
  if (IsExactFloat(x)) {
    d = vm::FloatValue(x);
  } else if (vm::IsInt(x) && !IsHeapInstance(x)) {
    return PlainInt(x);
  } else {
    bool found;
    Value r = CallSpecialMethod(vm, x, special, CallArgs{}, &found);
    if (found || vm.HasException()) return r;
    if (vm::IsFloat(x)) {
      d = vm::FloatValue(x);
    } else if (needs_special) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "type %s doesn't define %s method",
                            TypeNameOf(x), std::string(special));
    } else if (!ToReal(vm, x, &d)) {
      return Value::Null();
    }
  }
  MathResult r = fn(d);
  if (!r.ok()) return RaiseMathError(vm, r.error);
  return vm::FloatToIntValue(vm, r.value);
}

Value MathModuleCeil(Interp& vm, Value, CallArgs args) {
  return RoundToInt(vm, args, "math.ceil", "__ceil__", MathCeil, false);
}
Value MathModuleFloor(Interp& vm, Value, CallArgs args) {
  return RoundToInt(vm, args, "math.floor", "__floor__", MathFloor, false);
}
Value MathModuleTrunc(Interp& vm, Value, CallArgs args) {
  return RoundToInt(vm, args, "math.trunc", "__trunc__", MathTrunc, true);
}

// ---- Logarithms -------------------------------------------------------------------------

MathResult LogOf(LogBase base, double x) {
  switch (base) {
    case LogBase::kE:
      return MathLog(x);
    case LogBase::k2:
      return MathLog2(x);
    case LogBase::k10:
      return MathLog10(x);
  }
  return MathLog(x);
}

// loghelper: ints are handled exactly, even past the double range (log of
// m * 2**e); everything else goes through the float function.
bool LogHelper(Interp& vm, Value x, LogBase base, double* out) {
  if (vm::IsInt(x)) {
    if (IntSign(x) <= 0) {
      vm.RaiseValueError("math domain error");
      return false;
    }
    double d;
    int64_t small;
    if (vm::IntToInt64(x, &small)) {
      d = static_cast<double>(small);
    } else {
      BigInt big = vm::IntToBig(x);
      vm::BigIntOr<double> converted = big.ToDouble();
      if (!converted.ok()) {
        int64_t e;
        double m = BigFrexp(big, &e);
        *out = MathLogOfScaled(base, m, e);
        return true;
      }
      d = converted.value();
    }
    *out = LogOf(base, d).value;  // positive and finite: never an error
    return true;
  }
  double d;
  if (!ToReal(vm, x, &d)) return false;
  MathResult r = LogOf(base, d);
  if (!r.ok()) {
    RaiseMathError(vm, r.error);
    return false;
  }
  *out = r.value;
  return true;
}

// log(x[, base]): an optional group in Argument Clinic, with its own texts.
Value MathModuleLog(Interp& vm, Value, CallArgs args) {
  if (args.nkwargs() != 0) return vm.RaiseTypeError("log() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2) {
    return vm.RaiseTypeError("math.log requires 1 to 2 arguments");
  }
  double num;
  if (!LogHelper(vm, args.args[0], LogBase::kE, &num)) return Value::Null();
  if (args.nargs == 1) return vm::NewFloat(vm, num);
  double den;
  if (!LogHelper(vm, args.args[1], LogBase::kE, &den)) return Value::Null();
  return FloatResult(vm, MathLogRatio(num, den));
}

Value LogN(Interp& vm, CallArgs args, const char* qualname, LogBase base) {
  if (!CheckOneArg(vm, args, qualname)) return Value::Null();
  double r;
  if (!LogHelper(vm, args.args[0], base, &r)) return Value::Null();
  return vm::NewFloat(vm, r);
}

Value MathModuleLog2(Interp& vm, Value, CallArgs args) {
  return LogN(vm, args, "math.log2", LogBase::k2);
}
Value MathModuleLog10(Interp& vm, Value, CallArgs args) {
  return LogN(vm, args, "math.log10", LogBase::k10);
}

// ---- Integer functions --------------------------------------------------------------------

// Checks the memory budget for a product of `factors` factors of about
// `bits` bits (factorial, comb, perm) and charges the work of computing it.
bool ChargeProduct(Interp& vm, double bits, uint64_t factors) {
  uint64_t whole = bits < 0x1p63 ? static_cast<uint64_t>(bits) + 1 : uint64_t{1} << 63;
  return CheckIntResultBudget(vm, bits, BigInt::ProductWork(whole, factors));
}

Value FactorialOf(Interp& vm, Value arg) {
  Value n = IndexArg(vm, arg);
  if (n.is_null()) return n;
  int64_t v;
  if (!vm::IntToInt64(n, &v)) {
    if (IntSign(n) > 0) {
      return vm.RaiseOverflowError(
          "factorial() argument should not exceed 9223372036854775807");
    }
    v = -1;
  }
  if (v < 0) return vm.RaiseValueError("factorial() not defined for negative values");
  if (v <= 20) {
    int64_t r = 1;
    for (int64_t i = 2; i <= v; ++i) r *= i;
    return vm::IntFromInt64(vm, r);
  }
  double bits = std::lgamma(static_cast<double>(v) + 1) / std::log(2.0);
  if (!ChargeProduct(vm, bits, static_cast<uint64_t>(v))) return Value::Null();
  BigInt r;
  mpz_fac_ui(r.MutableRaw(), static_cast<unsigned long>(v));
  return vm::IntFromBig(vm, std::move(r));
}

Value MathModuleFactorial(Interp& vm, Value, CallArgs args) {
  if (!CheckOneArg(vm, args, "math.factorial")) return Value::Null();
  return FactorialOf(vm, args.args[0]);
}

Value IntAbs(Interp& vm, Value v) {
  int64_t small;
  if (vm::IntToInt64(v, &small) && small != INT64_MIN) {
    return vm::IntFromInt64(vm, small < 0 ? -small : small);
  }
  BigInt big = vm::IntToBig(v);
  if (!vm::IntChargeWork(vm, BigInt::LinearWork(big.LimbCount()))) return Value::Null();
  return vm::IntFromBig(vm, BigInt::Abs(big));
}

Value IntGcd(Interp& vm, Value a, Value b) {
  int64_t x, y;
  if (vm::IntToInt64(a, &x) && vm::IntToInt64(b, &y) && x != INT64_MIN && y != INT64_MIN) {
    return vm::IntFromInt64(vm, std::gcd(x < 0 ? -x : x, y < 0 ? -y : y));
  }
  BigInt x_big = vm::IntToBig(a);
  BigInt y_big = vm::IntToBig(b);
  if (!vm::IntChargeWork(vm, BigInt::GcdWork(x_big.LimbCount(), y_big.LimbCount()))) {
    return Value::Null();
  }
  return vm::IntFromBig(vm, BigInt::Gcd(x_big, y_big));
}

// long_lcm: |a // gcd(a, b) * b|, 0 if either is 0.
Value IntLcm(Interp& vm, Value a, Value b) {
  if (IntSign(a) == 0 || IntSign(b) == 0) return Value::SmallInt(0);
  BigInt x = vm::IntToBig(a);
  BigInt y = vm::IntToBig(b);
  size_t lx = x.LimbCount(), ly = y.LimbCount();
  // The gcd divides the smaller operand (the same exact result as CPython's
  // a // gcd * b), so the division stays within its size: lcm(big, small)
  // costs about a product, not a square of the big one. The product is
  // checked against the memory budget before anything is computed.
  size_t ls = lx < ly ? lx : ly;
  uint64_t work = BigInt::GcdWork(lx, ly) + BigInt::MulWork(ls, ls) + BigInt::MulWork(lx, ly);
  if (!vm::IntChargeResult(vm, BigInt::MulBitsBound(x, y), work)) return Value::Null();
  BigInt g = BigInt::Gcd(x, y);
  BigInt product = ly <= lx ? BigInt::Mul(x, BigInt::FloorDiv(y, g))
                            : BigInt::Mul(BigInt::FloorDiv(x, g), y);
  return vm::IntFromBig(vm, BigInt::Abs(product));
}

// gcd(*integers) and lcm(*integers): every argument is converted (so a
// bad one raises) even once the result is settled (1 for gcd, 0 for lcm).
Value GcdLcm(Interp& vm, CallArgs args, const char* qualname, bool lcm) {
  if (!vm::CheckNoKeywords(vm, args, qualname)) return Value::Null();
  if (args.nargs == 0) return Value::SmallInt(lcm ? 1 : 0);
  Value result = IndexArg(vm, args.args[0]);
  if (result.is_null()) return result;
  if (args.nargs == 1) return IntAbs(vm, result);
  Value settled = Value::SmallInt(lcm ? 0 : 1);
  RootScope roots(vm);
  roots.Add(&result);
  for (size_t i = 1; i < args.nargs; ++i) {
    // Each step's result replaces the last: collect the old ones as we go.
    if (!NativeLoopSafepoint(vm)) return Value::Null();
    Value x = IndexArg(vm, args.args[i]);
    if (x.is_null()) return x;
    if (result == settled) continue;
    result = lcm ? IntLcm(vm, result, x) : IntGcd(vm, result, x);
    if (result.is_null()) return result;
  }
  return result;
}

Value MathModuleGcd(Interp& vm, Value, CallArgs args) {
  return GcdLcm(vm, args, "math.gcd", false);
}
Value MathModuleLcm(Interp& vm, Value, CallArgs args) {
  return GcdLcm(vm, args, "math.lcm", true);
}

Value MathModuleIsqrt(Interp& vm, Value, CallArgs args) {
  if (!CheckOneArg(vm, args, "math.isqrt")) return Value::Null();
  Value n = IndexArg(vm, args.args[0]);
  if (n.is_null()) return n;
  if (IntSign(n) < 0) return vm.RaiseValueError("isqrt() argument must be nonnegative");
  int64_t v;
  if (vm::IntToInt64(n, &v)) {
    auto r = static_cast<uint64_t>(std::sqrt(static_cast<long double>(v)));
    while (static_cast<unsigned __int128>(r) * r > static_cast<uint64_t>(v)) --r;
    while (static_cast<unsigned __int128>(r + 1) * (r + 1) <= static_cast<uint64_t>(v)) ++r;
    return vm::IntFromInt64(vm, static_cast<int64_t>(r));
  }
  BigInt big = vm::IntToBig(n);
  if (!vm::IntChargeWork(vm, BigInt::SqrtWork(big.LimbCount()))) return Value::Null();
  BigInt r;
  mpz_sqrt(r.MutableRaw(), big.Raw());
  return vm::IntFromBig(vm, std::move(r));
}

// r = comb(n, k) for k <= n. GMP's two binomial algorithms are each up to a
// hundred times slower than the other on part of the range, and a GMP call
// cannot be interrupted: mpz_bin_ui (a product of the k factors) is slow
// where min(k, n - k) nears n / 2 (comb(10**7, 5 * 10**6): 13 s against
// 0.4), mpz_bin_uiui (through n's prime factors) where it is a small
// fraction of n (comb(10**8, 10**6): 90 s against 1). The charge is
// calibrated on the faster one.
void Binomial(BigInt* r, const BigInt& n, unsigned long k) {
  if (mpz_fits_ulong_p(n.Raw())) {
    unsigned long whole = mpz_get_ui(n.Raw());
    if (std::min(k, whole - k) >= whole / 8) {
      mpz_bin_uiui(r->MutableRaw(), whole, k);
      return;
    }
  }
  mpz_bin_ui(r->MutableRaw(), n.Raw(), k);
}

// comb(n, k) = n! / (k! (n-k)!) and perm(n, k) = n! / (n-k)!, both 0 when
// k > n. `k` must fit in 63 bits (after k = min(k, n - k) for comb).
Value CombPerm(Interp& vm, Value n_arg, Value k_arg, bool comb) {
  Value n = IndexArg(vm, n_arg);
  if (n.is_null()) return n;
  RootScope roots(vm);
  roots.Add(&n);
  Value k = IndexArg(vm, k_arg);
  if (k.is_null()) return k;
  if (IntSign(n) < 0) return vm.RaiseValueError("n must be a non-negative integer");
  if (IntSign(k) < 0) return vm.RaiseValueError("k must be a non-negative integer");
  BigInt big_n = vm::IntToBig(n);
  BigInt big_k = vm::IntToBig(k);
  if (BigInt::Compare(big_k, big_n) > 0) return Value::SmallInt(0);
  if (comb) {
    BigInt rest = BigInt::Sub(big_n, big_k);
    if (BigInt::Compare(rest, big_k) < 0) big_k = std::move(rest);
    if (!big_k.FitsInt64()) {
      return vm.RaiseOverflowError("min(n - k, k) must not exceed 9223372036854775807");
    }
  } else if (!big_k.FitsInt64()) {
    return vm.RaiseOverflowError("k must not exceed 9223372036854775807");
  }
  auto ki = static_cast<unsigned long>(big_k.ToInt64());
  if (ki == 0) return Value::SmallInt(1);
  if (ki == 1) return n;
  // comb(n, k) < min(n**k, 2**n); perm(n, k) <= n**k.
  double bits = static_cast<double>(ki) * static_cast<double>(big_n.BitLength());
  if (comb && big_n.FitsInt64()) bits = std::min(bits, static_cast<double>(big_n.ToInt64()) + 1);
  // perm also computes k! and multiplies by it, about as much again.
  if (!ChargeProduct(vm, bits, comb ? ki : 2 * ki)) return Value::Null();
  if (!comb && !vm::IntChargeWork(vm, BigInt::ProductWork(static_cast<uint64_t>(bits), ki))) {
    return Value::Null();
  }
  BigInt r;
  Binomial(&r, big_n, ki);
  if (!comb) {
    BigInt f;
    mpz_fac_ui(f.MutableRaw(), ki);
    r = BigInt::Mul(r, f);
  }
  return vm::IntFromBig(vm, std::move(r));
}

Value MathModuleComb(Interp& vm, Value, CallArgs args) {
  if (!CheckPositional(vm, args, "math.comb", "comb", 2, 2)) return Value::Null();
  return CombPerm(vm, args.args[0], args.args[1], true);
}

Value MathModulePerm(Interp& vm, Value, CallArgs args) {
  if (!CheckPositional(vm, args, "math.perm", "perm", 1, 2)) return Value::Null();
  if (args.nargs == 1 || args.args[1].is_none()) return FactorialOf(vm, args.args[0]);
  return CombPerm(vm, args.args[0], args.args[1], false);
}

// ---- Sequences ------------------------------------------------------------------------

// prod(iterable, /, *, start=1): math_prod_impl's int fast path (int64 with
// overflow checks, exact ints only), float fast path, then generic `*`.
Value MathModuleProd(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("prod(iterable, /, *, start=1)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value result = out[1].is_null() ? Value::SmallInt(1) : out[1];
  Value it = vm::GetIter(vm, out[0]);
  if (it.is_null() || !vm::ChargeKnownLength(vm, it)) return Value::Null();
  Value item;
  RootScope roots(vm);
  roots.Add(&it);
  roots.Add(&result);
  roots.Add(&item);

  int64_t int_product;
  if (IsExactInt(result) && vm::IntToInt64(result, &int_product)) {
    for (;;) {
      item = vm::IterNext(vm, it);
      if (item.is_null()) {
        return vm.HasException() ? item : vm::IntFromInt64(vm, int_product);
      }
      int64_t b, p;
      if (IsExactInt(item) && vm::IntToInt64(item, &b) &&
          !__builtin_mul_overflow(int_product, b, &p)) {
        int_product = p;
        if (!NativeLoopSafepoint(vm)) return Value::Null();
        continue;
      }
      result = vm::IntFromInt64(vm, int_product);
      if (result.is_null()) return result;
      result = vm::BinaryOperation(vm, BinaryOp::kMultiply, result, item);
      if (result.is_null()) return result;
      break;
    }
  }

  if (IsExactFloat(result)) {
    double float_product = vm::FloatValue(result);
    for (;;) {
      item = vm::IterNext(vm, it);
      if (item.is_null()) {
        return vm.HasException() ? item : vm::NewFloat(vm, float_product);
      }
      int64_t b;
      if (IsExactFloat(item)) {
        float_product *= vm::FloatValue(item);
      } else if (IsExactInt(item) && vm::IntToInt64(item, &b)) {
        float_product *= static_cast<double>(b);
      } else {
        result = vm::NewFloat(vm, float_product);
        if (result.is_null()) return result;
        result = vm::BinaryOperation(vm, BinaryOp::kMultiply, result, item);
        if (result.is_null()) return result;
        break;
      }
      if (!NativeLoopSafepoint(vm)) return Value::Null();
    }
  }

  for (;;) {
    if (!NativeLoopSafepoint(vm)) return Value::Null();
    item = vm::IterNext(vm, it);
    if (item.is_null()) return vm.HasException() ? item : result;
    result = vm::BinaryOperation(vm, BinaryOp::kMultiply, result, item);
    if (result.is_null()) return result;
  }
}

// fsum(seq): exact; stops at the first item that fails to convert or makes
// an intermediate sum overflow.
Value MathModuleFsum(Interp& vm, Value, CallArgs args) {
  if (!CheckOneArg(vm, args, "math.fsum")) return Value::Null();
  Value it = vm::GetIter(vm, args.args[0]);
  if (it.is_null() || !vm::ChargeKnownLength(vm, it)) return Value::Null();
  RootScope roots(vm);
  roots.Add(&it);
  MathFsum sum;
  for (;;) {
    Value item = vm::IterNext(vm, it);
    if (item.is_null()) {
      if (vm.HasException()) return item;
      break;
    }
    double x;
    if (!ToReal(vm, item, &x)) return Value::Null();
    MathError error = sum.Add(x);
    if (error != MathError::kNone) return RaiseMathError(vm, error);
    if (!NativeLoopSafepoint(vm)) return Value::Null();
  }
  return FloatResult(vm, sum.Result());
}

Value MathModuleIsclose(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
  Value out[4];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  double x[4] = {0, 0, 1e-09, 0.0};
  for (int i = 0; i < 4; ++i) {
    if (!out[i].is_null() && !ToReal(vm, out[i], &x[i])) return Value::Null();
  }
  MathBoolResult r = MathIsClose(x[0], x[1], x[2], x[3]);
  if (r.error != MathError::kNone) return RaiseMathError(vm, r.error);
  return Value::Bool(r.value);
}

// PySequence_Tuple: a tuple as it is, anything else iterated into a new
// tuple. Null on exception.
Value AsTuple(Interp& vm, Value v) {
  if (vm::IsTuple(v)) return v;
  vm::ListObject* list = vm::ListFromIterable(vm, v);
  if (list == nullptr) return Value::Null();
  TupleObject* t = vm::NewTupleFrom(vm, list->items, list->size);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// dist(p, q): both points become tuples first, the lengths are compared,
// then the coordinates are converted pairwise (p[i], q[i], p[i+1], ...).
Value MathModuleDist(Interp& vm, Value, CallArgs args) {
  if (!CheckPositional(vm, args, "math.dist", "dist", 2, 2)) return Value::Null();
  Value p = AsTuple(vm, args.args[0]);
  if (p.is_null()) return p;
  RootScope roots(vm);
  roots.Add(&p);
  Value q = AsTuple(vm, args.args[1]);
  if (q.is_null()) return q;
  roots.Add(&q);
  TupleObject* pt = As<TupleObject>(p);
  TupleObject* qt = As<TupleObject>(q);
  if (pt->size != qt->size) return RaiseMathError(vm, MathError::kDimensionMismatch);
  // The coordinates as doubles, charged to the heap while they live.
  vm::ScratchCharge scratch(vm);
  if (!scratch.Charge(2 * pt->size * sizeof(double)) || !vm.ChargeItems(pt->size)) {
    return Value::Null();
  }
  std::vector<double> ps(pt->size), qs(qt->size);
  for (size_t i = 0; i < pt->size; ++i) {
    if (!ToReal(vm, pt->items[i], &ps[i]) || !ToReal(vm, qt->items[i], &qs[i])) {
      return Value::Null();
    }
  }
  return FloatResult(vm, MathDist(ps, qs));
}

Value MathModuleHypot(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "math.hypot")) return Value::Null();
  vm::ScratchCharge scratch(vm);
  if (!scratch.Charge(args.nargs * sizeof(double)) || !vm.ChargeItems(args.nargs)) {
    return Value::Null();
  }
  std::vector<double> coordinates(args.nargs);
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!ToReal(vm, args.args[i], &coordinates[i])) return Value::Null();
  }
  return FloatResult(vm, MathHypot(coordinates));
}

// ---- The module ---------------------------------------------------------------------------

const vm::MethodDef kMathFunctions[] = {
    {"acos", MathModuleAcos},
    {"acosh", MathModuleAcosh},
    {"asin", MathModuleAsin},
    {"asinh", MathModuleAsinh},
    {"atan", MathModuleAtan},
    {"atan2", MathModuleAtan2},
    {"atanh", MathModuleAtanh},
    {"cbrt", MathModuleCbrt},
    {"ceil", MathModuleCeil},
    {"comb", MathModuleComb},
    {"copysign", MathModuleCopysign},
    {"cos", MathModuleCos},
    {"cosh", MathModuleCosh},
    {"degrees", MathModuleDegrees},
    {"dist", MathModuleDist},
    {"erf", MathModuleErf},
    {"erfc", MathModuleErfc},
    {"exp", MathModuleExp},
    {"exp2", MathModuleExp2},
    {"expm1", MathModuleExpm1},
    {"fabs", MathModuleFabs},
    {"factorial", MathModuleFactorial},
    {"floor", MathModuleFloor},
    {"fmod", MathModuleFmod},
    {"frexp", MathModuleFrexp},
    {"fsum", MathModuleFsum},
    {"gamma", MathModuleGamma},
    {"gcd", MathModuleGcd},
    {"hypot", MathModuleHypot},
    {"isclose", MathModuleIsclose},
    {"isfinite", MathModuleIsFinite},
    {"isinf", MathModuleIsInf},
    {"isnan", MathModuleIsNan},
    {"isqrt", MathModuleIsqrt},
    {"lcm", MathModuleLcm},
    {"ldexp", MathModuleLdexp},
    {"lgamma", MathModuleLgamma},
    {"log", MathModuleLog},
    {"log10", MathModuleLog10},
    {"log1p", MathModuleLog1p},
    {"log2", MathModuleLog2},
    {"modf", MathModuleModf},
    {"nextafter", MathModuleNextafter},
    {"perm", MathModulePerm},
    {"pow", MathModulePow},
    {"prod", MathModuleProd},
    {"radians", MathModuleRadians},
    {"remainder", MathModuleRemainder},
    {"sin", MathModuleSin},
    {"sinh", MathModuleSinh},
    {"sqrt", MathModuleSqrt},
    {"tan", MathModuleTan},
    {"tanh", MathModuleTanh},
    {"trunc", MathModuleTrunc},
    {"ulp", MathModuleUlp},
    {nullptr, nullptr},
};

struct MathConstant {
  const char* name;
  double value;
};

const MathConstant kMathConstants[] = {
    {"e", kMathE}, {"inf", kMathInf}, {"nan", kMathNan}, {"pi", kMathPi}, {"tau", kMathTau},
};

}  // namespace

bool InitMathModule(Interp& vm, vm::ModuleObject* module) {
  for (const vm::MethodDef* def = kMathFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  for (const MathConstant& c : kMathConstants) {
    Value v = vm::NewFloat(vm, c.value);
    if (v.is_null() || !vm::ModuleAddValue(vm, module, c.name, v)) return false;
  }
  return true;
}

}  // namespace moat::stdlib
