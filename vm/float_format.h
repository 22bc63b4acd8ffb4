// Python float semantics that need nothing from the VM: repr and the digits
// of format(), float(str), round(x, n), the arithmetic operators that can
// raise, hash(), float.hex()/fromhex() and as_integer_ratio().
//
// Everything here is a pure function of doubles and strings: no allocation
// on the moat heap, no exceptions, no Python objects. Operations that CPython
// can fail return a FloatStatus; FloatStatusError() turns it into exactly the
// exception type and message CPython 3.11 raises, so every caller raises the
// same text. Mirrors Objects/floatobject.c, Python/pystrtod.c and
// Python/formatter_unicode.c of CPython 3.11.
//
// Decimal conversion is done with std::to_chars / std::from_chars, which are
// correctly rounded (round-half-even on the exact binary value) like
// CPython's Python/dtoa.c, so digits agree with CPython bit for bit.
//
// Hazards: none of these functions raise, run Python code or collect. The
// std::string results are ordinary C++ allocations; a caller formatting with
// a script-supplied precision must charge or bound it first (see
// FormatFloat).
#ifndef MOAT_VM_FLOAT_FORMAT_H_
#define MOAT_VM_FLOAT_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace moat::vm {

// Outcome of a float operation that CPython can fail. kOk means the result
// was stored. Two statuses are not errors but hand a case back to the caller:
// kComplexResult and kHashByIdentity.
enum class FloatStatus : uint8_t {
  kOk = 0,
  kDivisionByZero,       // ZeroDivisionError: float division by zero
  kFloorDivisionByZero,  // ZeroDivisionError: float floor division by zero
  kModuloByZero,         // ZeroDivisionError: float modulo
  kDivmodByZero,         // ZeroDivisionError: float divmod()
  kZeroToNegativePower,  // ZeroDivisionError: 0.0 cannot be raised to a
                         //   negative power
  kPowOverflow,          // OverflowError: (34, 'Numerical result out of range')
  kPowDomainError,       // ValueError: (33, 'Numerical argument out of domain')
                         //   (libm misbehaviour only; unreachable on glibc)
  kComplexResult,        // not an error: negative ** non-integer; the caller
                         //   computes the complex power, as float_pow does
  kRoundOverflow,        // OverflowError: rounded value too large to represent
  kHashByIdentity,       // not an error: NaN hashes by object identity in 3.11
  kRatioOfInfinity,      // OverflowError: cannot convert Infinity to integer
                         //   ratio
  kRatioOfNan,           // ValueError: cannot convert NaN to integer ratio
  kInvalidHexString,     // ValueError: invalid hexadecimal floating-point
                         //   string
  kHexOverflow,          // OverflowError: hexadecimal value too large to
                         //   represent as a float
};

// The Python exception class a FloatStatus stands for.
enum class FloatErrorType : uint8_t {
  kNone = 0,  // kOk and the two hand-back statuses
  kZeroDivisionError,
  kOverflowError,
  kValueError,
};

struct FloatError {
  FloatErrorType type;
  std::string_view message;  // CPython's exact text; empty for kNone
};

// The exception CPython raises for `status` (type kNone and an empty message
// for kOk, kComplexResult and kHashByIdentity).
//
// kPowOverflow and kPowDomainError come from PyErr_SetFromErrno in CPython:
// the exception's args are (errno, strerror), i.e. (34, 'Numerical result out
// of range'); the message here is its str(). FloatPowErrno() gives the errno.
FloatError FloatStatusError(FloatStatus status);
int FloatPowErrno(FloatStatus status);  // 34, 33, or 0 for other statuses

// float(s) failures are "could not convert string to float: " + repr(s); the
// repr needs the original object, so only the prefix lives here.
inline constexpr std::string_view kFloatParseErrorPrefix =
    "could not convert string to float: ";

// ---------------------------------------------------------------------------
// Text conversion.

// repr(x) and str(x): shortest round-trip digits, exponent form when the
// decimal exponent is < -4 or >= 16. "1.0", "1e+16", "1e-05", "-0.0",
// "inf", "-inf", "nan" (a NaN never shows a sign).
std::string FloatRepr(double x);

// The most significant digits a double's exact decimal value has (the
// smallest subnormals have 751 after leading zeros; 767 bounds them all):
// a 'g' precision past it writes no more digits.
inline constexpr int64_t kMaxDoubleDigits = 767;

// The digits FormatFloat (below) writes for `precision` beyond the integer
// digits of 'f', which callers charge first: 'g', 'G', 'n' and the empty
// type without '#' drop trailing zeros, so past kMaxDoubleDigits a
// precision adds none ('.2147483647g' is short).
inline int64_t FloatDigitsBound(char type, int64_t precision, bool alternate) {
  if (precision < 0) precision = 0;
  bool strips_zeros = !alternate && (type == 'g' || type == 'G' || type == 'n' || type == '\0');
  return strips_zeros && precision > kMaxDoubleDigits ? kMaxDoubleDigits : precision;
}

// The digits part of format(x, spec) for the presentation types 'e', 'E',
// 'f', 'F', 'g', 'G', 'n' (same as 'g' in the C locale moat always uses),
// '%', and the empty type, passed as '\0'. `precision` is -1 when the spec
// has none. `alternate` is the '#' flag, `no_neg_0` the 'z' flag (PEP 682):
// a negative value that rounds to zero loses its '-'.
//
// Mirrors format_float_internal (Python/formatter_unicode.c) down to
// PyOS_double_to_string (Python/pystrtod.c): the result is "-" for a
// negative value (never for NaN), then the digits; '%' appends "%". Sign
// options, fill, width and grouping are the caller's; so is rejecting an
// unknown type and "precision too big" (> INT_MAX cannot reach here).
// Returns "" for a type not listed above. Type 'r' is a complex part
// formatted without a type: repr's digits without float's ".0" ("3", "3."
// with `alternate`).
//
// The result has about `precision` characters (plus up to 309 integer
// digits for 'f'; 'g' without '#' at most kMaxDoubleDigits); callers must
// charge that to their memory budget first.
// Nothing else grows with the precision: the digits are generated only as
// far as a double has any (the rest are zeros), in under 2 KiB.
std::string FormatFloat(double x, char type, int precision, bool alternate,
                        bool no_neg_0 = false);

// float(text): true and *out set when `text` is a valid float literal as
// CPython's PyFloat_FromString accepts it: surrounding ASCII whitespace,
// optional sign, decimal digits with optional point and exponent, or
// inf/infinity/nan in any case; underscores only between digits (PEP 515).
// Correctly rounded; overflow gives +-inf and underflow +-0.0, as in CPython.
// false (and *out untouched) otherwise; the caller raises ValueError with
// kFloatParseErrorPrefix + repr(original).
//
// `text` is ASCII as produced by _PyUnicode_TransformDecimalAndSpaceToASCII:
// for a str argument the caller first maps Unicode whitespace to ' ' and
// Unicode decimal digits (category Nd) to '0'..'9'; any remaining non-ASCII
// byte makes the text invalid, as the '?' CPython substitutes does.
bool ParseFloat(std::string_view text, double* out);

// ---------------------------------------------------------------------------
// Rounding.

// round(x, ndigits) for a float x (float.__round__ with an int argument):
// the multiple of 10**-ndigits nearest the exact binary value of x, ties to
// even, then correctly rounded back to a double. `ndigits` is the Python int
// clipped to int64 (CPython clips to Py_ssize_t). NaN and infinities round
// to themselves; ndigits > 323 returns x; ndigits < -308 returns a zero with
// the sign of x. kRoundOverflow when the rounded value is out of range
// (round(1.7976931348623157e308, -308)).
FloatStatus FloatRound(double x, int64_t ndigits, double* out);

// round(x) with no ndigits, before the int conversion: the nearest integral
// double, ties to even. NaN and infinities come back unchanged; the caller's
// int conversion raises for them.
double FloatRoundHalfEven(double x);

// ---------------------------------------------------------------------------
// Arithmetic that can raise (float_div, float_floor_div, float_rem,
// float_divmod, float_pow). Each stores its result only on kOk.

FloatStatus FloatTrueDiv(double x, double y, double* out);
// x // y: floor of the quotient, snapped to the nearest integral value as
// CPython's _float_div_mod does (so 1.0 // 0.1 == 9.0).
FloatStatus FloatFloorDiv(double x, double y, double* out);
// x % y: sign follows the divisor; a zero result is +0.0 or -0.0 to match y.
FloatStatus FloatMod(double x, double y, double* out);
FloatStatus FloatDivmod(double x, double y, double* quotient,
                        double* remainder);
// x ** y with every special case of float_pow: kZeroToNegativePower for
// 0.0 ** negative, kComplexResult for negative ** non-integer (nothing is
// stored; the caller evaluates complex(x) ** complex(y)), kPowOverflow when
// the result is out of range.
FloatStatus FloatPow(double x, double y, double* out);

// ---------------------------------------------------------------------------
// Methods.

// hash(x), equal to _Py_HashDouble: x reduced modulo 2**61 - 1 so that
// equal ints, floats and Fractions hash alike; +-inf hash to +-314159.
// NaN returns kHashByIdentity: 3.11 hashes a NaN by its object's address.
FloatStatus FloatHash(double x, int64_t* out);

// x == numerator * 2**exponent exactly, with `numerator` odd (or x == 0 and
// both zero). float.as_integer_ratio() is (numerator << exponent, 1) when
// exponent >= 0 and (numerator, 1 << -exponent) otherwise; that pair is in
// lowest terms, as CPython's is.
struct FloatRatio {
  int64_t numerator;
  int exponent;
};
FloatStatus FloatAsIntegerRatio(double x, FloatRatio* out);

// float.is_integer().
bool FloatIsInteger(double x);

// float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0",
// "0x0.0000000000001p-1022" for subnormals, "inf", "nan".
std::string FloatHex(double x);

// float.fromhex(text): optional whitespace, sign, "0x", hex digits with an
// optional point, optional "p" exponent, whitespace; or inf/infinity/nan.
// Correctly rounded (half even). kInvalidHexString or kHexOverflow.
FloatStatus FloatFromHex(std::string_view text, double* out);

}  // namespace moat::vm

#endif  // MOAT_VM_FLOAT_FORMAT_H_
