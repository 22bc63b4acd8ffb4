// BigInt: CPython 3.11 int semantics on top of GMP's mpz layer.
//
// Most operations map one-to-one onto an mpz function whose rounding already
// matches Python (mpz_fdiv_* floor, mpz_and/ior/xor/com use infinite two's
// complement). The code here is for the places where GMP and CPython differ:
//   - mpz_get_d truncates; Python rounds half to even (ToDouble).
//   - Python's true division is correctly rounded for any operand size
//     (TrueDivide mirrors long_true_divide step by step).
//   - pow() with a modulus has Python's sign and inverse rules (PowMod).
//   - int(str)/str(int) grammar and the 4300-digit limit (Parse, ToString).
//   - hash() (Hash).
// Function order follows the header.
#include "vm/bigint.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

namespace moat::vm {
namespace {

// _PyHASH_MODULUS for 64-bit Py_hash_t (Include/pyhash.h): 2**61 - 1.
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

constexpr uint64_t kUint64Max = std::numeric_limits<uint64_t>::max();

// Py_ISSPACE (Include/pyctype.h): the only whitespace PyLong_FromString
// skips. ASCII \x1c-\x1f are str.isspace() but are NOT skipped by int().
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
         c == '\r';
}

// _PyLong_DigitValue: the value of an ASCII digit/letter, 37 for others (so
// `DigitValue(c) < base` tests membership for every base up to 36).
int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

// CPython exempts bases 2, 4, 8, 16 and 32 from int_max_str_digits because
// their conversions are linear-time.
bool IsPowerOfTwo(int base) { return (base & (base - 1)) == 0; }

uint64_t SaturatingAdd(uint64_t a, uint64_t b) {
  uint64_t r;
  return __builtin_add_overflow(a, b, &r) ? kUint64Max : r;
}

uint64_t SaturatingMul(uint64_t a, uint64_t b) {
  uint64_t r;
  return __builtin_mul_overflow(a, b, &r) ? kUint64Max : r;
}

// 64 bits of |x| starting at bit `shift` (bits past the top read as 0).
uint64_t BitsAt(mpz_srcptr x, uint64_t shift) {
  const uint64_t limb = shift / GMP_NUMB_BITS;
  const unsigned offset = shift % GMP_NUMB_BITS;
  if (limb >= mpz_size(x)) return 0;
  uint64_t bits = mpz_getlimbn(x, limb) >> offset;
  if (offset != 0 && limb + 1 < mpz_size(x)) {
    bits |= static_cast<uint64_t>(mpz_getlimbn(x, limb + 1))
            << (GMP_NUMB_BITS - offset);
  }
  return bits;
}

// Whether any of the low `count` bits of |x| is set. mpz_scan1 finds the
// lowest 1 bit, which is the same for x and -x in two's complement.
bool AnyLowBits(mpz_srcptr x, uint64_t count) {
  return count > 0 && mpz_sgn(x) != 0 && mpz_scan1(x, 0) < count;
}

}  // namespace

// --- Construction ------------------------------------------------------------

BigInt BigInt::FromDouble(double d) {
  assert(std::isfinite(d));
  BigInt r;
  mpz_set_d(r.value_, d);  // exact: truncates the fraction only
  return r;
}

// --- Queries -----------------------------------------------------------------

uint64_t BigInt::BitLength() const {
  // mpz_sizeinbase(x, 2) is exact, but says 1 for 0.
  return IsZero() ? 0 : mpz_sizeinbase(value_, 2);
}

uint64_t BigInt::BitCount() const {
  const size_t n = mpz_size(value_);
  return n == 0 ? 0 : mpn_popcount(mpz_limbs_read(value_), n);
}

size_t BigInt::MemoryBytes() const {
  // _mp_alloc is the documented allocated-limb count ("Integer Internals" in
  // the GMP manual); no accessor function exists.
  return static_cast<size_t>(value_[0]._mp_alloc) * sizeof(mp_limb_t);
}

// --- Arithmetic --------------------------------------------------------------

BigInt BigInt::Add(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_add(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Sub(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_sub(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Mul(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_mul(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Neg(const BigInt& a) {
  BigInt r;
  mpz_neg(r.value_, a.value_);
  return r;
}

BigInt BigInt::Abs(const BigInt& a) {
  BigInt r;
  mpz_abs(r.value_, a.value_);
  return r;
}

BigInt BigInt::Invert(const BigInt& a) {
  BigInt r;
  mpz_com(r.value_, a.value_);  // one's complement == -a - 1
  return r;
}

BigInt BigInt::FloorDiv(const BigInt& a, const BigInt& b) {
  assert(!b.IsZero());
  BigInt r;
  mpz_fdiv_q(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Mod(const BigInt& a, const BigInt& b) {
  assert(!b.IsZero());
  BigInt r;
  mpz_fdiv_r(r.value_, a.value_, b.value_);
  return r;
}

BigInt::DivModResult BigInt::DivMod(const BigInt& a, const BigInt& b) {
  assert(!b.IsZero());
  DivModResult r;
  mpz_fdiv_qr(r.quotient.value_, r.remainder.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Pow(const BigInt& base, uint64_t exp) {
  BigInt r;
  mpz_pow_ui(r.value_, base.value_, exp);
  return r;
}

// Mirrors the modulus branch of long_pow (Objects/longobject.c): check for
// a zero modulus, work with |mod|, answer 0 for |mod| == 1 before looking at
// invertibility, replace the base by its inverse for a negative exponent,
// and finally shift a nonzero result into (mod, 0] for a negative modulus.
BigIntOr<BigInt> BigInt::PowMod(const BigInt& base, const BigInt& exp,
                                const BigInt& mod) {
  if (mod.IsZero()) return BigIntStatus::kZeroModulus;
  const BigInt m = Abs(mod);
  if (mpz_cmp_ui(m.value_, 1) == 0) return BigInt();
  // Reducing first keeps mpz_powm's inputs nonnegative and small; CPython
  // reduces only when it pays, which gives the same value.
  BigInt b = Mod(base, m);
  BigInt result;
  if (exp.Sign() < 0) {
    // long_invmod: the inverse exists iff gcd(base, mod) == 1.
    if (mpz_invert(b.value_, b.value_, m.value_) == 0) {
      return BigIntStatus::kNotInvertible;
    }
    const BigInt e = Neg(exp);
    mpz_powm(result.value_, b.value_, e.value_, m.value_);
  } else {
    mpz_powm(result.value_, b.value_, exp.value_, m.value_);
  }
  if (mod.Sign() < 0 && !result.IsZero()) {
    mpz_sub(result.value_, result.value_, m.value_);
  }
  return result;
}

BigInt BigInt::Lshift(const BigInt& a, uint64_t count) {
  BigInt r;
  mpz_mul_2exp(r.value_, a.value_, count);
  return r;
}

BigInt BigInt::Rshift(const BigInt& a, uint64_t count) {
  BigInt r;
  mpz_fdiv_q_2exp(r.value_, a.value_, count);  // floor, as long_rshift
  return r;
}

BigInt BigInt::And(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_and(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Or(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_ior(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Xor(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_xor(r.value_, a.value_, b.value_);
  return r;
}

BigInt BigInt::Gcd(const BigInt& a, const BigInt& b) {
  BigInt r;
  mpz_gcd(r.value_, a.value_, b.value_);
  return r;
}

// --- Size estimators ---------------------------------------------------------

uint64_t BigInt::MulBitsBound(const BigInt& a, const BigInt& b) {
  if (a.IsZero() || b.IsZero()) return 0;
  return SaturatingAdd(a.BitLength(), b.BitLength());
}

uint64_t BigInt::PowBitsBound(const BigInt& base, uint64_t exp) {
  if (exp == 0) return 1;
  const uint64_t bits = base.BitLength();
  if (bits <= 1) return 1;  // 0, 1 and -1 stay put
  // bits(base**exp) <= floor(exp * log2|base|) + 1. Using bits(base) for
  // log2|base| would overcharge 2**n and 10**n by up to 2x, so take log2
  // from the leading 53 bits. mpz_get_d_2exp truncates, hence the 2**-52
  // added to the mantissa; the relative margin covers libm and rounding
  // error, keeping this an upper bound.
  long exponent = 0;
  const double mantissa = std::fabs(mpz_get_d_2exp(&exponent, base.value_));
  const double log2_base =
      static_cast<double>(exponent) + std::log2(mantissa + 0x1p-52);
  const double estimate =
      std::ceil(static_cast<double>(exp) * log2_base * (1 + 1e-9)) + 2;
  if (!(estimate < 0x1p64)) return kUint64Max;
  return std::min(static_cast<uint64_t>(estimate), SaturatingMul(bits, exp));
}

uint64_t BigInt::LshiftBitsBound(const BigInt& a, uint64_t count) {
  if (a.IsZero()) return 0;
  return SaturatingAdd(a.BitLength(), count);
}

uint64_t BigInt::PowModCostEstimate(const BigInt& exp, const BigInt& mod) {
  // Left-to-right windowed exponentiation does about one squaring and a
  // fraction of a multiplication per exponent bit, each followed by a
  // reduction of similar cost; the factor 2 covers both.
  const double limbs =
      static_cast<double>(std::max<size_t>(1, mod.LimbCount()));
  const double bits =
      static_cast<double>(std::max<uint64_t>(1, exp.BitLength()));
  const double cost = bits * 2 * std::pow(limbs, 1.6);
  return cost < 0x1p64 ? static_cast<uint64_t>(cost) : kUint64Max;
}

uint64_t BigInt::BytesForBits(uint64_t bits) {
  // A saturated estimate means "too big to say": keep it saturated.
  if (bits == kUint64Max) return kUint64Max;
  const uint64_t limbs =
      bits / GMP_NUMB_BITS + (bits % GMP_NUMB_BITS != 0 ? 1 : 0);
  return SaturatingMul(limbs, sizeof(mp_limb_t));
}

// --- Work estimators -----------------------------------------------------------

namespace {

// log2 of a base from 2 to 36, computed once: the work models below run at
// every int() of a str and str() of a big int.
double Log2OfBase(int base) {
  static const std::array<double, 37> kTable = [] {
    std::array<double, 37> table{};
    for (int b = 2; b <= 36; ++b) table[static_cast<size_t>(b)] = std::log2(b);
    return table;
  }();
  assert(base >= 2 && base <= 36);
  return kTable[static_cast<size_t>(base)];
}

uint64_t SaturatingFromDouble(double x) {
  return x < 0x1p64 ? static_cast<uint64_t>(x) : kUint64Max;
}

// The product cost of the header's model, in double (no saturation yet).
double MulWorkDouble(double la, double lb) {
  if (la < lb) std::swap(la, lb);
  if (lb < 1) return 0;
  if (lb < 16) return la * lb / 4;
  return la * std::sqrt(lb);
}

double LinearWorkDouble(double limbs) { return limbs / 8; }

double LimbsForBits(uint64_t bits) {
  return static_cast<double>(bits / GMP_NUMB_BITS) + (bits % GMP_NUMB_BITS != 0 ? 1 : 0);
}

}  // namespace

uint64_t BigInt::LinearWork(size_t limbs) {
  return SaturatingFromDouble(LinearWorkDouble(static_cast<double>(limbs)));
}

uint64_t BigInt::MulWork(size_t la, size_t lb) {
  return SaturatingFromDouble(MulWorkDouble(static_cast<double>(la), static_cast<double>(lb)));
}

uint64_t BigInt::DivWork(size_t la, size_t lb) {
  const double a = static_cast<double>(la);
  const double b = static_cast<double>(std::max<size_t>(lb, 1));
  if (a < b) return SaturatingFromDouble(LinearWorkDouble(a));
  const double quotient = a - b + 1;
  return SaturatingFromDouble(2 * MulWorkDouble(quotient, b) + LinearWorkDouble(a));
}

uint64_t BigInt::PowWork(size_t base_limbs, uint64_t result_bits) {
  // Squarings of the partial result, which doubles each time, then a
  // product by the base for each set bit of the exponent (at most one per
  // squaring, each no bigger than the result times the base).
  const double result = LimbsForBits(result_bits);
  double work = 2 * MulWorkDouble(result, static_cast<double>(base_limbs));
  for (double n = result / 2; n >= 1; n /= 2) work += MulWorkDouble(n, n);
  return SaturatingFromDouble(work);
}

uint64_t BigInt::SqrtWork(size_t limbs) {
  const double n = static_cast<double>(limbs);
  return SaturatingFromDouble(MulWorkDouble(n, n) / 2 + LinearWorkDouble(n));
}

uint64_t BigInt::GcdWork(size_t la, size_t lb) {
  if (la < lb) std::swap(la, lb);
  // One division brings the larger operand down to the smaller's size;
  // then Lehmer's quadratic algorithm, or the half-gcd at about 12
  // products for large operands.
  const double b = static_cast<double>(lb);
  const double gcd = std::min(b * b / 2, 12 * MulWorkDouble(b, b));
  return SaturatingFromDouble(static_cast<double>(DivWork(la, lb)) + gcd);
}

uint64_t BigInt::ToStringWork(size_t limbs, int base, int64_t max_str_digits) {
  double n = static_cast<double>(limbs);
  if (IsPowerOfTwo(base)) {
    // One pass writing 64 / log2(base) characters per limb.
    return SaturatingFromDouble(n * 64 / Log2OfBase(base) / 8);
  }
  if (max_str_digits > 0) {
    n = std::min(n, static_cast<double>(max_str_digits) * Log2OfBase(base) / GMP_NUMB_BITS + 2);
  }
  return SaturatingFromDouble(2 * MulWorkDouble(n, n) + n);
}

uint64_t BigInt::ParseWork(uint64_t digits, int base) {
  const double d = static_cast<double>(digits);
  if (IsPowerOfTwo(base)) return SaturatingFromDouble(d / 8);
  const double limbs = d * Log2OfBase(base) / GMP_NUMB_BITS + 1;
  return SaturatingFromDouble(2 * MulWorkDouble(limbs, limbs) + d / 8);
}

uint64_t BigInt::ProductWork(uint64_t result_bits, uint64_t factors) {
  const double half = LimbsForBits(result_bits) / 2;
  return SaturatingFromDouble(2 * MulWorkDouble(half, half) + static_cast<double>(factors));
}

// --- Comparison --------------------------------------------------------------

std::partial_ordering BigInt::CompareWithDouble(const BigInt& a, double d) {
  if (std::isnan(d)) return std::partial_ordering::unordered;
  // mpz_cmp_d is exact: it compares the integer part limb by limb and then
  // looks at the fraction, and it accepts infinities.
  const int c = mpz_cmp_d(a.value_, d);
  if (c < 0) return std::partial_ordering::less;
  if (c > 0) return std::partial_ordering::greater;
  return std::partial_ordering::equivalent;
}

// --- Conversions -------------------------------------------------------------

// PyLong_AsDouble / _PyLong_Frexp: keep the top DBL_MANT_DIG + 1 bits, round
// the extra bit half-to-even with everything below it as a sticky bit, and
// overflow when the rounded value reaches 2**DBL_MAX_EXP.
BigIntOr<double> BigInt::ToDouble() const {
  const uint64_t bits = BitLength();
  if (bits <= DBL_MANT_DIG) return mpz_get_d(value_);  // exact
  if (bits > DBL_MAX_EXP) return BigIntStatus::kFloatOverflow;
  const uint64_t shift = bits - (DBL_MANT_DIG + 1);
  const uint64_t top = BitsAt(value_, shift);  // DBL_MANT_DIG + 1 bits
  uint64_t mantissa = top >> 1;
  const bool half = (top & 1) != 0;
  if (half && (AnyLowBits(value_, shift) || (mantissa & 1) != 0)) {
    ++mantissa;  // may carry to 2**DBL_MANT_DIG, which is still exact
  }
  const double magnitude =
      std::ldexp(static_cast<double>(mantissa), static_cast<int>(shift + 1));
  if (std::isinf(magnitude)) return BigIntStatus::kFloatOverflow;
  return Sign() < 0 ? -magnitude : magnitude;
}

// long_true_divide (Objects/longobject.c), step for step; its long comment
// proves the rounding. In short: scale a by 2**-shift so the integer quotient
// has DBL_MANT_DIG + 2 or + 3 significant bits (or, for a subnormal result, a
// fixed scale), fold any discarded bits into an "inexact" sticky bit, round
// the quotient half-to-even to a double-sized mantissa, and scale back.
BigIntOr<double> BigInt::TrueDivide(const BigInt& a, const BigInt& b) {
  assert(!b.IsZero());
  const bool negate = (a.Sign() < 0) != (b.Sign() < 0);
  const uint64_t a_bits = a.BitLength();
  const uint64_t b_bits = b.BitLength();

  // Fast path: both operands are exact doubles, and IEEE division is
  // correctly rounded.
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    return mpz_get_d(a.value_) / mpz_get_d(b.value_);
  }
  if (a_bits == 0) return negate ? -0.0 : 0.0;

  // a_bits and b_bits are below 2**37 (GMP's size limit), so this cannot
  // overflow.
  const int64_t diff =
      static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (diff > DBL_MAX_EXP) return BigIntStatus::kDivisionOverflow;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;

  const int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;

  // x = |a| * 2**-shift, noting whether bits were shifted out.
  BigInt x;
  bool inexact = false;
  mpz_abs(x.value_, a.value_);
  if (shift <= 0) {
    mpz_mul_2exp(x.value_, x.value_, static_cast<uint64_t>(-shift));
  } else {
    inexact = AnyLowBits(a.value_, static_cast<uint64_t>(shift));
    mpz_tdiv_q_2exp(x.value_, x.value_, static_cast<uint64_t>(shift));
  }

  // x //= |b|, sticky remainder. mpz_tdiv_qr with a negative b would negate
  // the quotient; mpz_get_ui below reads the magnitude either way.
  BigInt remainder;
  mpz_tdiv_qr(x.value_, remainder.value_, x.value_, b.value_);
  if (!remainder.IsZero()) inexact = true;

  // The quotient never has more than DBL_MANT_DIG + 3 bits, so it fits in a
  // uint64_t and the rounding can be done on a plain integer.
  const int64_t x_bits = static_cast<int64_t>(x.BitLength());
  assert(x_bits > 0 && x_bits <= DBL_MANT_DIG + 3);
  uint64_t q = mpz_get_ui(x.value_);

  // Round away `extra_bits` low bits, half to even, with `inexact` as a
  // sticky bit below them.
  const int64_t extra_bits =
      std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  assert(extra_bits == 2 || extra_bits == 3);
  const uint64_t mask = uint64_t{1} << (extra_bits - 1);
  const uint64_t low = q | (inexact ? 1 : 0);
  if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) q += mask;
  q &= ~(2 * mask - 1);
  const double dx = static_cast<double>(q);  // exact: <= DBL_MANT_DIG bits

  // Rounding may have carried up to 2**x_bits.
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP ||
       dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
    return BigIntStatus::kDivisionOverflow;
  }
  const double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

// The 3.11 limit (long_to_decimal_string_internal): CPython first refuses
// from the digit-array size alone, and converts only when the result may be
// short enough; the exact digit count is checked afterwards. Here
// mpz_sizeinbase, which is exact or one too big, plays the first role.
BigIntOr<std::string> BigInt::ToString(int base, int64_t max_str_digits) const {
  assert(base >= 2 && base <= 36);
  const bool limited = max_str_digits > 0 && !IsPowerOfTwo(base);
  const size_t estimate = mpz_sizeinbase(value_, base);
  if (limited && estimate > static_cast<uint64_t>(max_str_digits) + 1) {
    return BigIntStatus::kIntToStrDigitsLimit;
  }
  std::string out(estimate + 2, '\0');    // digits, sign, NUL
  mpz_get_str(out.data(), base, value_);  // lowercase for base > 0
  out.resize(std::strlen(out.c_str()));
  const size_t digits = out.size() - (Sign() < 0 ? 1 : 0);
  if (limited && digits > static_cast<uint64_t>(max_str_digits)) {
    return BigIntStatus::kIntToStrDigitsLimit;
  }
  return out;
}

// long_hash: |x| mod 2**61 - 1 with x's sign, -1 reserved for errors. The
// digit-by-digit rotation there is just a fast way to take that remainder.
int64_t BigInt::Hash() const {
  // mpz_tdiv_ui returns |x| mod d.
  const uint64_t r = mpz_tdiv_ui(value_, kHashModulus);
  const int64_t h =
      Sign() < 0 ? -static_cast<int64_t>(r) : static_cast<int64_t>(r);
  return h == -1 ? -2 : h;
}

// PyLong_FromString (Objects/longobject.c) as reached from
// PyLong_FromUnicodeObject: the same scan, the same order of checks. All
// validation happens before any conversion, which is equivalent because
// conversion itself cannot fail.
BigIntOr<BigInt> BigInt::Parse(std::string_view text, int base,
                               int64_t max_str_digits) {
  if (base != 0 && (base < 2 || base > 36)) return BigIntStatus::kInvalidBase;
  const size_t n = text.size();
  // CPython reads a NUL-terminated buffer; '\0' past the end plays that role
  // (a real NUL inside the text is never whitespace or a digit, and the
  // final `i != n` check rejects it like the end-pointer check does there).
  auto at = [&](size_t k) { return k < n ? text[k] : '\0'; };

  size_t i = 0;
  while (i < n && IsSpace(text[i])) ++i;
  bool negative = false;
  if (at(i) == '+') {
    ++i;
  } else if (at(i) == '-') {
    negative = true;
    ++i;
  }

  // Base 0 takes the base from the prefix. "0" followed by anything else is
  // an old-style octal literal, now invalid unless its value is zero.
  bool error_if_nonzero = false;
  const char c1 = at(i + 1);
  if (base == 0) {
    if (at(i) != '0') {
      base = 10;
    } else if (c1 == 'x' || c1 == 'X') {
      base = 16;
    } else if (c1 == 'o' || c1 == 'O') {
      base = 8;
    } else if (c1 == 'b' || c1 == 'B') {
      base = 2;
    } else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(i) == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) ||
                       (base == 8 && (c1 == 'o' || c1 == 'O')) ||
                       (base == 2 && (c1 == 'b' || c1 == 'B')))) {
    i += 2;
    if (at(i) == '_') ++i;  // one underscore may follow the prefix
  }
  if (at(i) == '_') return BigIntStatus::kInvalidLiteral;

  // Scan digits and single underscores between them.
  const size_t start = i;
  int64_t digits = 0;
  bool all_zero = true;
  char prev = '\0';
  while (i < n) {
    const char c = text[i];
    if (c == '_') {
      if (prev == '_') return BigIntStatus::kInvalidLiteral;
    } else if (DigitValue(c) < base) {
      ++digits;
      if (c != '0') all_zero = false;
    } else {
      break;
    }
    prev = c;
    ++i;
  }
  if (prev == '_') return BigIntStatus::kInvalidLiteral;
  const size_t end = i;

  // Checked before anything else about the text, as in CPython.
  if (max_str_digits > 0 && !IsPowerOfTwo(base) && digits > max_str_digits) {
    return BigIntOr<BigInt>(BigIntStatus::kStrToIntDigitsLimit, digits);
  }
  if (digits == 0) return BigIntStatus::kInvalidLiteral;
  if (error_if_nonzero && !all_zero) return BigIntStatus::kInvalidLiteral;
  while (i < n && IsSpace(text[i])) ++i;
  if (i != n) return BigIntStatus::kInvalidLiteral;

  // Convert. Most literals fit in 64 bits; only longer ones go through a
  // cleaned copy for mpz_set_str (subquadratic, linear for 2**k bases).
  BigInt result;
  uint64_t small = 0;
  bool fits = true;
  for (size_t k = start; k < end && fits; ++k) {
    if (text[k] == '_') continue;
    fits =
        !__builtin_mul_overflow(small, static_cast<uint64_t>(base), &small) &&
        !__builtin_add_overflow(
            small, static_cast<uint64_t>(DigitValue(text[k])), &small);
  }
  if (fits) {
    mpz_set_ui(result.value_, small);
  } else {
    std::string clean;
    clean.reserve(static_cast<size_t>(digits));
    for (size_t k = start; k < end; ++k) {
      if (text[k] != '_') clean.push_back(text[k]);
    }
    const int rc = mpz_set_str(result.value_, clean.c_str(), base);
    assert(rc == 0);
    (void)rc;
  }
  if (negative) mpz_neg(result.value_, result.value_);
  return result;
}

// --- Messages ----------------------------------------------------------------

std::string_view BigIntStatusExceptionName(BigIntStatus status) {
  switch (status) {
    case BigIntStatus::kOk:
      return "";
    case BigIntStatus::kFloatOverflow:
    case BigIntStatus::kDivisionOverflow:
      return "OverflowError";
    case BigIntStatus::kInvalidBase:
    case BigIntStatus::kInvalidLiteral:
    case BigIntStatus::kStrToIntDigitsLimit:
    case BigIntStatus::kIntToStrDigitsLimit:
    case BigIntStatus::kZeroModulus:
    case BigIntStatus::kNotInvertible:
      return "ValueError";
  }
  return "";
}

std::string_view BigIntStatusMessage(BigIntStatus status) {
  switch (status) {
    case BigIntStatus::kOk:
      return "";
    case BigIntStatus::kInvalidBase:
      return "int() base must be >= 2 and <= 36, or 0";
    case BigIntStatus::kInvalidLiteral:
      return "invalid literal for int()";
    case BigIntStatus::kStrToIntDigitsLimit:
      return "Exceeds the limit (4300 digits) for integer string conversion";
    case BigIntStatus::kIntToStrDigitsLimit:
      return "Exceeds the limit (4300 digits) for integer string conversion; "
             "use sys.set_int_max_str_digits() to increase the limit";
    case BigIntStatus::kZeroModulus:
      return "pow() 3rd argument cannot be 0";
    case BigIntStatus::kNotInvertible:
      return "base is not invertible for the given modulus";
    case BigIntStatus::kFloatOverflow:
      return "int too large to convert to float";
    case BigIntStatus::kDivisionOverflow:
      return "integer division result too large for a float";
  }
  return "";
}

std::string InvalidIntLiteralMessage(int base, std::string_view repr) {
  // "%.200R" keeps the first 200 code points of the repr; count UTF-8 lead
  // bytes so a multi-byte character is never split.
  size_t cut = repr.size();
  size_t code_points = 0;
  for (size_t k = 0; k < repr.size(); ++k) {
    if ((static_cast<unsigned char>(repr[k]) & 0xC0) == 0x80) continue;
    if (++code_points > 200) {
      cut = k;
      break;
    }
  }
  std::string out = "invalid literal for int() with base ";
  out += std::to_string(base);
  out += ": ";
  out += repr.substr(0, cut);
  return out;
}

// _MAX_STR_DIGITS_ERROR_FMT_TO_INT (Objects/longobject.c).
std::string StrToIntDigitsLimitMessage(int64_t digits, int64_t max_str_digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion: value has " +
         std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// _MAX_STR_DIGITS_ERROR_FMT_TO_STR (Objects/longobject.c).
std::string IntToStrDigitsLimitMessage(int64_t max_str_digits) {
  return "Exceeds the limit (" + std::to_string(max_str_digits) +
         " digits) for integer string conversion; use "
         "sys.set_int_max_str_digits() to increase the limit";
}

}  // namespace moat::vm
