// File: vm/bigint.h
//
// BigInt: an arbitrary-precision integer with exactly CPython 3.11's int
// semantics, built on GMP's mpz layer. It is a pure value type with no
// dependence on the rest of the VM; the int object type (vm/objects/) is
// meant to embed one for ints outside the small-int range of Value.
//
// Semantics mirrored from CPython 3.11 (Objects/longobject.c unless noted):
//   - Division and modulo floor (`//`, `%`, divmod): the remainder takes the
//     divisor's sign (l_divmod).
//   - Bitwise operators and shifts on negatives behave as infinite two's
//     complement; `>>` floors (long_rshift).
//   - pow(b, e, m) follows 3.8+ rules: m == 0 is an error, |m| == 1 gives 0,
//     a negative e uses the modular inverse, the result takes m's sign
//     (long_pow).
//   - Conversions to double round half to even (PyLong_AsDouble,
//     _PyLong_Frexp); true division is correctly rounded even for operands
//     far beyond double range (long_true_divide).
//   - hash() is |x| mod 2**61-1 with x's sign, and -1 becomes -2 (long_hash).
//   - int(str, base) parsing and str(int) apply the 3.11 limit on decimal
//     (non-power-of-two base) digits, sys.int_info.default_max_str_digits ==
//     4300 (PyLong_FromString, long_to_decimal_string_internal).
//
// Errors are values: an operation that can fail returns BigIntOr<T>, whose
// BigIntStatus names the Python exception and whose texts come from the
// *Message helpers below. Nothing here raises a Python exception or runs
// Python code, and nothing throws except std::bad_alloc from the std::string
// results of ToString and Parse's scratch copy.
//
// Hazards: every operation that produces a BigInt may allocate (through
// GMP's allocator, i.e. malloc). GMP aborts the process when an allocation
// fails or when a result exceeds its size limit (about 2**37 bits), so the VM
// must charge its memory budget with an estimate BEFORE calling anything that
// can grow a number: use MulBitsBound, PowBitsBound and LshiftBitsBound (and
// BytesForBits) to refuse bombs such as 10**10**8 or 1 << 10**12 without doing
// the work. Results of Add/Sub are at most one bit longer than the larger
// operand; division, modulo, bitwise ops and Gcd stay within about the size
// of the larger operand, and PowMod within the size of the modulus.
//
// Time: a GMP call cannot be interrupted, so the VM's step budget and
// deadline only act between calls. Mul, FloorDiv/Mod/DivMod, Gcd and the
// conversions are quasi-linear to O(n**1.6) in the operand size, Pow and
// PowMod much more (PowMod ~ bits(exp) * bits(mod)**1.6): one call on
// million-digit operands can take seconds. The VM should cap operand sizes
// (e.g. through the memory budget) so any single call is bounded. Hash,
// BitCount, shifts, bitwise ops and Add/Sub are linear; Compare,
// CompareWithDouble, Sign, BitLength and the estimators are O(1); ToDouble
// and TrueDivide are O(1) or linear (TrueDivide never divides more than
// bits(b) + 55 bits by b).
//
// Thread-safety: distinct BigInt objects may be used concurrently from
// different threads; one object must not be mutated concurrently. Nothing
// here changes GMP's global memory functions (mp_set_memory_functions).
//
// Example:
//   BigIntOr<BigInt> n = BigInt::Parse("  -0x_ff ", 0);
//   if (!n.ok()) { ... raise ValueError(InvalidIntLiteralMessage(0, repr)) }
//   BigInt q = BigInt::FloorDiv(n.value(), BigInt(7));   // -37
//   BigIntOr<std::string> s = q.ToString(10);             // "-37"
#ifndef MOAT_VM_BIGINT_H_
#define MOAT_VM_BIGINT_H_

#include <gmp.h>

#include <cassert>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace moat::vm {

// sys.int_info.default_max_str_digits in CPython 3.11: the most digits that
// int(str) accepts and str(int) produces in a base that is not a power of
// two. Functions that take a `max_str_digits` argument treat 0 as "no limit",
// like sys.set_int_max_str_digits(0).
inline constexpr int64_t kDefaultMaxStrDigits = 4300;

// The code below passes int64_t/uint64_t straight to GMP's long/unsigned long
// entry points and reads 64-bit limbs: an LP64 build with GMP's default
// (nail-free) limbs is assumed.
static_assert(sizeof(long) == 8 && sizeof(unsigned long) == 8);
static_assert(GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0);

// The outcome of a BigInt operation that can fail. Each failure names the
// Python exception CPython raises in the same situation (see
// BigIntStatusExceptionName and the *Message helpers for the exact texts).
enum class BigIntStatus : uint8_t {
  kOk = 0,
  // ValueError: "int() base must be >= 2 and <= 36, or 0" (int_new_impl).
  kInvalidBase,
  // ValueError: "invalid literal for int() with base %d: %.200R"; use
  // InvalidIntLiteralMessage.
  kInvalidLiteral,
  // ValueError from int(str): too many digits in a non-power-of-two base.
  // BigIntOr::detail() holds the digit count; use StrToIntDigitsLimitMessage.
  kStrToIntDigitsLimit,
  // ValueError from str(int): the result would have too many digits; use
  // IntToStrDigitsLimitMessage.
  kIntToStrDigitsLimit,
  // ValueError: "pow() 3rd argument cannot be 0".
  kZeroModulus,
  // ValueError: "base is not invertible for the given modulus".
  kNotInvertible,
  // OverflowError: "int too large to convert to float".
  kFloatOverflow,
  // OverflowError: "integer division result too large for a float".
  kDivisionOverflow,
};

// Either a value or a failure status, in the manner of absl::StatusOr but
// small and allocation-free. `detail()` carries one integer the message needs
// (the digit count for kStrToIntDigitsLimit), 0 otherwise.
template <typename T>
class [[nodiscard]] BigIntOr {
 public:
  // Success. Implicit, like absl::StatusOr, so functions can `return value;`.
  BigIntOr(T value) : value_(std::move(value)) {}  // NOLINT
  // Failure; `status` must not be kOk.
  BigIntOr(BigIntStatus status, int64_t detail = 0)  // NOLINT
      : status_(status), detail_(detail) {
    assert(status != BigIntStatus::kOk);
  }

  bool ok() const { return status_ == BigIntStatus::kOk; }
  BigIntStatus status() const { return status_; }
  int64_t detail() const { return detail_; }

  // Requires ok().
  const T& value() const& {
    assert(ok());
    return value_;
  }
  T& value() & {
    assert(ok());
    return value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(value_);
  }

 private:
  T value_{};
  BigIntStatus status_ = BigIntStatus::kOk;
  int64_t detail_ = 0;
};

namespace bigint_internal {

// Built-in integers that GMP's long / unsigned long entry points hold
// exactly (everything but __int128).
template <typename T>
concept SignedWord = std::signed_integral<T> && sizeof(T) <= sizeof(long);
template <typename T>
concept UnsignedWord = std::unsigned_integral<T> &&
                       sizeof(T) <= sizeof(unsigned long);

}  // namespace bigint_internal

// BigInt
//
// An immutable-by-convention integer value: every operation is a static or
// const function returning a new BigInt. Copying copies the digits. Moving is
// O(1): move construction leaves the source 0, move assignment swaps (the
// source takes over the old digits and frees them when destroyed). A
// default-constructed BigInt is 0 and (GMP >= 6.2) owns no digit storage.
class BigInt {
 public:
  // Quotient and remainder of DivMod (defined after the class).
  struct DivModResult;

  // --- Construction ----------------------------------------------------------

  BigInt() noexcept { mpz_init(value_); }

  // From any built-in integer type (int, int64_t, uint64_t, size_t...). The
  // two constrained templates avoid the int -> int64_t/uint64_t ambiguity.
  template <bigint_internal::SignedWord T>
  explicit BigInt(T v) {
    mpz_init_set_si(value_, static_cast<long>(v));
  }
  template <bigint_internal::UnsignedWord T>
  explicit BigInt(T v) {
    mpz_init_set_ui(value_, static_cast<unsigned long>(v));
  }

  // int(d): truncates toward zero, exactly (int(3.9) == 3, int(-3.9) == -3,
  // int(1e300) is the exact value of that double). Requires std::isfinite(d);
  // the caller raises CPython's OverflowError "cannot convert float infinity
  // to integer" / ValueError "cannot convert float NaN to integer".
  static BigInt FromDouble(double d);

  BigInt(const BigInt& other) { mpz_init_set(value_, other.value_); }
  BigInt(BigInt&& other) noexcept {
    mpz_init(value_);
    mpz_swap(value_, other.value_);
  }
  BigInt& operator=(const BigInt& other) {
    mpz_set(value_, other.value_);
    return *this;
  }
  BigInt& operator=(BigInt&& other) noexcept {
    mpz_swap(value_, other.value_);
    return *this;
  }
  ~BigInt() { mpz_clear(value_); }

  // --- Queries (none allocates) ----------------------------------------------

  // -1, 0 or 1.
  int Sign() const { return mpz_sgn(value_); }
  bool IsZero() const { return mpz_sgn(value_) == 0; }
  bool IsOdd() const { return mpz_odd_p(value_) != 0; }

  bool FitsInt64() const { return mpz_fits_slong_p(value_) != 0; }
  // Requires FitsInt64().
  int64_t ToInt64() const {
    assert(FitsInt64());
    return mpz_get_si(value_);
  }

  // int.bit_length(): bits in |x|, 0 for 0.
  uint64_t BitLength() const;
  // int.bit_count(): 1-bits in |x|. O(size).
  uint64_t BitCount() const;

  // 64-bit limbs in use for |x| (0 for 0).
  size_t LimbCount() const { return mpz_size(value_); }
  // Bytes of digit storage this object currently owns: its allocated limbs,
  // which can exceed LimbCount() by a limb or so because GMP sizes results
  // for the worst case. This is what the VM's memory accounting should
  // charge for the digits.
  size_t MemoryBytes() const;

  // --- Arithmetic ------------------------------------------------------------

  static BigInt Add(const BigInt& a, const BigInt& b);
  static BigInt Sub(const BigInt& a, const BigInt& b);
  static BigInt Mul(const BigInt& a, const BigInt& b);
  static BigInt Neg(const BigInt& a);
  static BigInt Abs(const BigInt& a);
  // ~a == -a - 1.
  static BigInt Invert(const BigInt& a);

  // a // b, a % b and divmod(a, b) with floor semantics: the remainder is 0
  // or has the sign of b. Require !b.IsZero() (the caller raises
  // ZeroDivisionError); GMP would trap with SIGFPE otherwise.
  static BigInt FloorDiv(const BigInt& a, const BigInt& b);
  static BigInt Mod(const BigInt& a, const BigInt& b);
  static DivModResult DivMod(const BigInt& a, const BigInt& b);

  // base ** exp for a nonnegative exponent (0 ** 0 == 1). A negative
  // exponent is a float operation in Python and is the caller's job. Charge
  // PowBitsBound first: the result can be enormous.
  static BigInt Pow(const BigInt& base, uint64_t exp);

  // pow(base, exp, mod) with CPython 3.8+ semantics (long_pow):
  //   mod == 0            -> kZeroModulus
  //   |mod| == 1          -> 0 (even when base has no inverse)
  //   exp < 0             -> pow(inverse of base mod |mod|, -exp, mod), or
  //                          kNotInvertible when gcd(base, mod) != 1
  //   otherwise the result lies in [0, mod) for mod > 0 and (mod, 0] for
  //   mod < 0. Cost grows with bits(exp) * bits(mod)**~1.6.
  static BigIntOr<BigInt> PowMod(const BigInt& base, const BigInt& exp,
                                 const BigInt& mod);

  // a << count and a >> count. Python's ValueError "negative shift count" is
  // the caller's job. Rshift floors (-1 >> 1 == -1) and accepts any count: a
  // count past the bit length yields 0 or -1. Charge LshiftBitsBound before
  // Lshift.
  static BigInt Lshift(const BigInt& a, uint64_t count);
  static BigInt Rshift(const BigInt& a, uint64_t count);

  // &, |, ^ as on infinite two's complement (-1 & 5 == 5, -4 | 1 == -3).
  static BigInt And(const BigInt& a, const BigInt& b);
  static BigInt Or(const BigInt& a, const BigInt& b);
  static BigInt Xor(const BigInt& a, const BigInt& b);

  // math.gcd for two arguments: nonnegative, Gcd(0, 0) == 0.
  static BigInt Gcd(const BigInt& a, const BigInt& b);

  // --- Size estimators (O(1); for charging the budget before the work) -------
  //
  // Each returns an upper bound on BitLength() of the result, saturating at
  // UINT64_MAX. They never allocate.

  // Bits of a * b: at most bits(a) + bits(b).
  static uint64_t MulBitsBound(const BigInt& a, const BigInt& b);
  // Bits of base ** exp: exp * log2|base| + 1 plus a few bits of margin
  // (never more than bits(base) * exp), so 2**n and 10**n are not
  // overcharged; 1 for exp == 0 and for bases 0, 1, -1, so `(-1) ** 10**18`
  // is not refused.
  static uint64_t PowBitsBound(const BigInt& base, uint64_t exp);
  // Bits of a << count: bits(a) + count (0 when a == 0).
  static uint64_t LshiftBitsBound(const BigInt& a, uint64_t count);
  // Work, not size: a rough count of limb products PowMod(base, exp, mod)
  // performs, bits(exp) * 2 * limbs(mod)**1.6 (GMP's Karatsuba/Toom range;
  // an overestimate once FFT takes over), saturating at UINT64_MAX. Measured
  // at 2-12 ns per unit on x86-64, so 10**9 units is seconds. PowMod's result
  // is small, but one call with a 65536-bit modulus and an 8192-bit exponent
  // already takes seconds (CPython: ~20x longer), and a GMP call cannot be
  // interrupted: charge this against the step budget first.
  static uint64_t PowModCostEstimate(const BigInt& exp, const BigInt& mod);
  // Digit storage a number of `bits` bits occupies: whole 64-bit limbs.
  // UINT64_MAX (a saturated bound) stays UINT64_MAX.
  static uint64_t BytesForBits(uint64_t bits);

  // --- Work estimators (O(1); for charging the step budget before the work) --
  //
  // Each returns the time an operation takes in the VM's instruction unit
  // (about one bytecode instruction, ~5 ns on x86-64), saturating at
  // UINT64_MAX, from the operands' sizes in 64-bit limbs. Calibrated against
  // GMP 6.2 on x86-64:
  //   - a linear pass (add, subtract, bitwise ops, shifts, negation, copy,
  //     hash, compare) costs limbs / 8;
  //   - a product la x lb (la >= lb) costs la * lb / 4 while lb < 16
  //     (schoolbook) and la * sqrt(lb) beyond: n * sqrt(n) for balanced
  //     operands, Karatsuba/Toom's growth, within 2x of GMP's time up to
  //     about 65536 limbs (1.2 million digits). Past about 100000 limbs GMP
  //     switches to FFT products, which grow more slowly, and the estimate
  //     overcharges on purpose, increasingly with size (4x at 500000 limbs):
  //     a GMP call cannot be interrupted, and one that runs for a second
  //     (3 ** 10**8) must cost more than the default budget of 10**9.
  //   - division costs about twice the product of quotient and divisor, a
  //     power the sum of its squarings, a square root half a product, a gcd
  //     up to 12 products (Lehmer/half-gcd), a decimal conversion two
  //     products and a product of many factors (factorial, comb) two
  //     products of half the result's size.
  static uint64_t LinearWork(size_t limbs);
  static uint64_t MulWork(size_t la, size_t lb);
  // a // b, a % b, divmod(a, b) for a of `la` limbs and b of `lb`.
  static uint64_t DivWork(size_t la, size_t lb);
  // base ** exp for a base of `base_limbs` and a result of `result_bits`
  // (PowBitsBound).
  static uint64_t PowWork(size_t base_limbs, uint64_t result_bits);
  static uint64_t SqrtWork(size_t limbs);
  static uint64_t GcdWork(size_t la, size_t lb);
  // ToString of a number of `limbs` limbs in `base`; past `max_str_digits`
  // (0: no limit) ToString refuses before converting, so the work stops
  // at that many digits.
  static uint64_t ToStringWork(size_t limbs, int base, int64_t max_str_digits = 0);
  // Parse of `digits` digits in `base`.
  static uint64_t ParseWork(uint64_t digits, int base);
  // A product of `factors` small factors with a result of `result_bits`
  // (factorial, comb, perm).
  static uint64_t ProductWork(uint64_t result_bits, uint64_t factors);

  // --- Comparison ------------------------------------------------------------

  // -1, 0 or 1.
  static int Compare(const BigInt& a, const BigInt& b) {
    int c = mpz_cmp(a.value_, b.value_);
    return (c > 0) - (c < 0);
  }

  // Exact comparison of an int with a float, as CPython's float_richcompare:
  // no rounding of either side (2**53 + 1 > 2.0**53, 5 < 5.5). +inf is above
  // and -inf below every int. A NaN compares unordered, so applying any of
  // the six operators to the result against 0 gives Python's answer directly
  // (`r == 0`, `r < 0`, ... are all false and `r != 0` is true).
  static std::partial_ordering CompareWithDouble(const BigInt& a, double d);

  friend bool operator==(const BigInt& a, const BigInt& b) {
    return mpz_cmp(a.value_, b.value_) == 0;
  }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    return Compare(a, b) <=> 0;
  }

  // --- Conversions -----------------------------------------------------------

  // float(x), correctly rounded (round half to even). kFloatOverflow when
  // the rounded magnitude reaches 2**1024 (PyLong_AsDouble). O(1) apart from
  // a scan for the lowest set bit.
  BigIntOr<double> ToDouble() const;

  // a / b, correctly rounded to the nearest double even when a and b are far
  // outside double range (long_true_divide). The sign of a zero result
  // follows the operand signs (0 / -5 == -0.0). kDivisionOverflow when the
  // rounded quotient reaches 2**1024. Requires !b.IsZero().
  static BigIntOr<double> TrueDivide(const BigInt& a, const BigInt& b);

  // The digits of x in `base` (2..36), lowercase, with a leading '-' for
  // negatives and no prefix (Python's "-0xff" puts the prefix after the
  // sign). For a base that is not a power of two, fails with
  // kIntToStrDigitsLimit when the result would have more than
  // `max_str_digits` digits (0: no limit); the size is estimated from the bit
  // length first, so an over-long number is refused without converting it.
  BigIntOr<std::string> ToString(
      int base = 10, int64_t max_str_digits = kDefaultMaxStrDigits) const;

  // hash(x) as CPython's long_hash on 64-bit builds: the sign of x times
  // (|x| mod 2**61 - 1), with -1 replaced by -2. O(size).
  int64_t Hash() const;

  // int(text, base) (PyLong_FromString, PyLong_FromUnicodeObject):
  //   - base is 0 or 2..36, otherwise kInvalidBase;
  //   - leading/trailing whitespace is " \t\n\v\f\r" (CPython's Py_ISSPACE;
  //     note that int('\x1c5') fails although '\x1c'.isspace()). The caller
  //     first maps non-ASCII whitespace to ' ' and non-ASCII decimal digits
  //     to ASCII, as _PyUnicode_TransformDecimalAndSpaceToASCII does;
  //   - an optional sign, then for base 16/8/2 (or 0) an optional
  //     0x/0o/0b prefix in either case, which one '_' may follow;
  //   - base 0 picks the base from the prefix and otherwise rejects nonzero
  //     numbers with a leading 0 ("010"), but accepts "0", "00", "0_0";
  //   - single underscores only between digits.
  // Anything else (including an embedded NUL) is kInvalidLiteral. In a base
  // that is not a power of two, more than `max_str_digits` digits (leading
  // zeros count, 0: no limit) is kStrToIntDigitsLimit with the digit count in
  // detail(); like CPython this is checked right after scanning the digits,
  // before conversion and before trailing junk is seen, so int('1'*5000+'x')
  // reports the limit. The same rules serve int(bytes, base)
  // (_PyLong_FromBytes), whose text needs no conversion.
  static BigIntOr<BigInt> Parse(std::string_view text, int base,
                                int64_t max_str_digits = kDefaultMaxStrDigits);

  // --- Escape hatch ----------------------------------------------------------

  // The underlying mpz, for operations this class does not wrap (isqrt,
  // factorial, comb...). Callers keep CPython semantics and budget rules
  // themselves.
  mpz_srcptr Raw() const { return value_; }
  mpz_ptr MutableRaw() { return value_; }

 private:
  mpz_t value_;
};

struct BigInt::DivModResult {
  BigInt quotient;
  BigInt remainder;
};

// The Python exception class for a failure status: "ValueError" or
// "OverflowError" ("" for kOk).
std::string_view BigIntStatusExceptionName(BigIntStatus status);

// CPython's message for the statuses whose text is fixed (kInvalidBase,
// kZeroModulus, kNotInvertible, kFloatOverflow, kDivisionOverflow) and, with
// the default limit, kIntToStrDigitsLimit. For kInvalidLiteral and
// kStrToIntDigitsLimit, which need context, use the helpers below.
std::string_view BigIntStatusMessage(BigIntStatus status);

// "invalid literal for int() with base 10: 'abc'". `base` is the base the
// caller passed to int() (0 stays 0, as in PyLong_FromUnicodeObject);
// `repr` is repr() of the original argument (str or bytes), truncated here to
// 200 code points as by "%.200R".
std::string InvalidIntLiteralMessage(int base, std::string_view repr);

// "Exceeds the limit (4300 digits) for integer string conversion: value has
// 5000 digits; use sys.set_int_max_str_digits() to increase the limit".
std::string StrToIntDigitsLimitMessage(
    int64_t digits, int64_t max_str_digits = kDefaultMaxStrDigits);

// "Exceeds the limit (4300 digits) for integer string conversion; use
// sys.set_int_max_str_digits() to increase the limit".
std::string IntToStrDigitsLimitMessage(
    int64_t max_str_digits = kDefaultMaxStrDigits);

}  // namespace moat::vm

#endif  // MOAT_VM_BIGINT_H_
