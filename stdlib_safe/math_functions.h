// The float functions of Python 3.11's math module as pure C++: values and
// errors exactly as CPython's Modules/mathmodule.c computes them, bit for bit.
//
// Each function returns its value with a MathError. CPython decides errors
// in a few wrappers (math_1, math_1a, math_2, is_error) from the libm result,
// the inputs and errno; this file mirrors them function by function, so
// exp(1000) is a range error (OverflowError), log(0) and sqrt(-1) are domain
// errors (ValueError), and underflow is never an error. MathErrorType() and
// MathErrorMessage() give the exception to raise; they are the one place the
// texts live.
//
// Where CPython calls the platform libm (sin, exp, log, pow, erf, ...), so
// does this file, through the same glibc, so results agree bit for bit.
// Where CPython has its own algorithm (gamma, lgamma, fsum, hypot/dist,
// remainder, the special cases of pow, atan2, log2, fmod), it is
// reimplemented here with the same floating-point operations in the same
// order. This file must therefore be built without -ffast-math and without
// floating-point contraction into FMA (g++ -std=c++20 does not contract).
//
// Not here: the binding layer's work. Converting arguments (ints too large
// for a double, __ceil__/__floor__/__trunc__ on other types, TypeError
// texts), the int functions (factorial, gcd, lcm, isqrt, comb, perm, prod of
// ints), and building ints from ceil/floor/trunc results.
//
// Hazards: pure functions of doubles; they do not raise, run Python code or
// allocate on the moat heap (fsum keeps up to a few thousand partials in an
// ordinary C++ buffer). errno is clobbered.
#ifndef MOAT_STDLIB_SAFE_MATH_FUNCTIONS_H_
#define MOAT_STDLIB_SAFE_MATH_FUNCTIONS_H_

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

#include "absl/container/inlined_vector.h"

namespace moat::stdlib {

// Why a math function failed.
enum class MathError : uint8_t {
  kNone = 0,
  kDomain,               // ValueError: math domain error
  kRange,                // OverflowError: math range error
  kDivisionByZero,       // ZeroDivisionError: float division by zero
                         //   (log(x, base) with log(base) == 0, e.g. base 1)
  kFsumOverflow,         // OverflowError: intermediate overflow in fsum
  kFsumInfMinusInf,      // ValueError: -inf + inf in fsum
  kNegativeTolerance,    // ValueError: tolerances must be non-negative
  kDimensionMismatch,    // ValueError: both points must have the same number
                         //   of dimensions
  kIntegerFromInfinity,  // OverflowError: cannot convert float infinity to
                         //   integer (ceil/floor/trunc of +-inf)
  kIntegerFromNan,       // ValueError: cannot convert float NaN to integer
};

enum class MathExceptionType : uint8_t {
  kNone = 0,
  kValueError,
  kOverflowError,
  kZeroDivisionError,
};

MathExceptionType MathErrorType(MathError error);
std::string_view MathErrorMessage(MathError error);  // "" for kNone

// `value` is meaningful only when error == kNone.
struct MathResult {
  double value;
  MathError error;
  bool ok() const { return error == MathError::kNone; }
};

// Module constants (math_exec): Py_MATH_PI, Py_MATH_E, Py_MATH_TAU, and
// float('inf') / float('nan') (a positive quiet NaN).
inline constexpr double kMathPi = 3.141592653589793238462643383279502884;
inline constexpr double kMathE = 2.718281828459045235360287471352662498;
inline constexpr double kMathTau = 6.283185307179586476925286766559005768;
inline constexpr double kMathInf = std::numeric_limits<double>::infinity();
inline constexpr double kMathNan = std::numeric_limits<double>::quiet_NaN();

// ---------------------------------------------------------------------------
// One-argument libm functions (math_1). An infinite result from a finite
// argument is a range error for cosh, exp, exp2, expm1 and sinh, a domain
// error for the rest; a NaN from a non-NaN is a domain error.

MathResult MathAcos(double x);
MathResult MathAcosh(double x);
MathResult MathAsin(double x);
MathResult MathAsinh(double x);
MathResult MathAtan(double x);
MathResult MathAtanh(double x);
MathResult MathCbrt(double x);
MathResult MathCos(double x);
MathResult MathCosh(double x);
MathResult MathExp(double x);
MathResult MathExp2(double x);
MathResult MathExpm1(double x);
MathResult MathFabs(double x);
MathResult MathLog1p(double x);
MathResult MathSin(double x);
MathResult MathSinh(double x);
MathResult MathSqrt(double x);
MathResult MathTan(double x);
MathResult MathTanh(double x);

// Functions that report through errno (math_1a): gamma and lgamma are
// CPython's own Lanczos implementations; erf and erfc are libm's.
MathResult MathErf(double x);
MathResult MathErfc(double x);
MathResult MathGamma(double x);
MathResult MathLgamma(double x);

// ---------------------------------------------------------------------------
// Logarithms (loghelper). These are the float-argument paths. For an int
// argument the binding layer does what loghelper does: an int <= 0 is
// kDomain; an int that converts to a double x uses MathLog(x) etc.; a
// larger one is given as m * 2**e (m = _PyLong_Frexp) to MathLogOfScaled.

MathResult MathLog(double x);
MathResult MathLog2(double x);
MathResult MathLog10(double x);

enum class LogBase : uint8_t { kE, k2, k10 };
// log(m * 2**e) = log(m) + log(2) * e for 0.5 <= m < 1 and any e; never
// fails.
double MathLogOfScaled(LogBase base, double m, int64_t e);

// math.log(x, base) = log(x) / log(base), both computed as above; the
// quotient is a float division, so a zero divisor is kDivisionByZero.
MathResult MathLogRatio(double log_x, double log_base);
// Convenience for two float arguments: MathLog on each (x first), then
// MathLogRatio.
MathResult MathLog(double x, double base);

// ---------------------------------------------------------------------------
// Two-argument functions.

MathResult MathAtan2(double y, double x);
MathResult MathCopysign(double x, double y);
MathResult MathFmod(double x, double y);
MathResult MathPow(double x, double y);
MathResult MathRemainder(double x, double y);
MathResult MathNextafter(double x, double y);
// ldexp(x, i): `exp` is the Python int clipped to int64 (CPython clips to
// C long, same width here); the "Expected an int" TypeError is the binding
// layer's.
MathResult MathLdexp(double x, int64_t exp);

// ---------------------------------------------------------------------------
// Functions with no error (or whose only errors are listed).

MathResult MathDegrees(double x);
MathResult MathRadians(double x);
MathResult MathUlp(double x);
bool MathIsFinite(double x);
bool MathIsInf(double x);
bool MathIsNan(double x);

struct MathBoolResult {
  bool value;
  MathError error;  // kNone or kNegativeTolerance
};
// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
MathBoolResult MathIsClose(double a, double b, double rel_tol = 1e-09,
                           double abs_tol = 0.0);

// frexp(x) -> (mantissa, exponent); (x, 0) for zeros, infinities and NaN.
struct MathFrexpResult {
  double mantissa;
  int exponent;
};
MathFrexpResult MathFrexp(double x);

// modf(x) -> (fractional, integral), both with the sign of x.
struct MathModfResult {
  double fractional;
  double integral;
};
MathModfResult MathModf(double x);

// ceil/floor/trunc of a float, as the integral double the caller turns into
// an int; kIntegerFromInfinity / kIntegerFromNan are the errors of that
// conversion (PyLong_FromDouble), reported here so the texts stay in one
// place.
MathResult MathCeil(double x);
MathResult MathFloor(double x);
MathResult MathTrunc(double x);

// ---------------------------------------------------------------------------
// Sequences.

// hypot(*coordinates): vector_norm of the absolute values.
MathResult MathHypot(std::span<const double> coordinates);
// dist(p, q): kDimensionMismatch when the lengths differ.
MathResult MathDist(std::span<const double> p, std::span<const double> q);

// fsum(iterable), streamed: the binding layer converts items one at a time
// and must stop at the first error Add() reports, as CPython stops
// iterating there. Exact: the result is the correctly rounded sum, with
// CPython's behaviour for infinities, NaNs and intermediate overflow.
class MathFsum {
 public:
  // kNone or kFsumOverflow (a finite item made a partial sum overflow).
  MathError Add(double x);
  // The sum of everything added: kFsumInfMinusInf when both infinities
  // were added.
  MathResult Result() const;

 private:
  // Nonzero, non-overlapping partial sums in increasing magnitude; their
  // exact sum is the exact sum of the finite items since the last special.
  absl::InlinedVector<double, 32> partials_;
  double special_sum_ = 0.0;  // sum of the infinities and NaNs
  double inf_sum_ = 0.0;      // sum of the infinities only
};
// fsum over a span in one call.
MathResult MathFsumOf(std::span<const double> values);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_MATH_FUNCTIONS_H_
