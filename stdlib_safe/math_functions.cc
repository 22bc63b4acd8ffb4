// Float functions of the math module; see math_functions.h.
//
// Layout follows Modules/mathmodule.c (CPython 3.11): the error wrappers
// (is_error, math_1, math_1a, math_2) first, then CPython's own algorithms
// (m_sinpi, Lanczos gamma/lgamma, m_atan2, m_remainder, the m_log family,
// vector_norm, msum), then the public functions in module order.
//
// The wrappers read errno right after each libm call, as CPython does: on
// glibc, libm reports EDOM/ERANGE there, and which of the two (or none) is
// what separates ValueError from OverflowError from "no error" for results
// that are finite.
#include "stdlib_safe/math_functions.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace moat::stdlib {

namespace {

using UnaryFn = double (*)(double);
using BinaryFn = double (*)(double, double);

// ---------------------------------------------------------------------------
// Error wrappers.

// is_error: `err` is a nonzero errno left by libm for result `r`. ERANGE
// with a small result is underflow, which Python ignores; 1.5 rather than
// 1.0 because expm1 underflows towards -1 (bpo-46018).
MathError ErrorFromErrno(double r, int err) {
  if (err == EDOM) return MathError::kDomain;
  if (err == ERANGE) {
    return std::fabs(r) < 1.5 ? MathError::kNone : MathError::kRange;
  }
  // CPython raises ValueError from errno here; no glibc function gets here.
  return MathError::kDomain;
}

// math_1: a NaN from a non-NaN is invalid; an infinity from a finite
// argument is overflow if the function can overflow, else a singularity.
MathResult Math1(double x, UnaryFn fn, bool can_overflow) {
  errno = 0;
  const double r = fn(x);
  const int err = errno;
  if (std::isnan(r) && !std::isnan(x)) return {r, MathError::kDomain};
  if (std::isinf(r) && std::isfinite(x)) {
    return {r, can_overflow ? MathError::kRange : MathError::kDomain};
  }
  if (std::isfinite(r) && err != 0) return {r, ErrorFromErrno(r, err)};
  return {r, MathError::kNone};
}

// math_1a: for functions known to set errno properly.
MathResult Math1a(double x, UnaryFn fn) {
  errno = 0;
  const double r = fn(x);
  const int err = errno;
  if (err != 0) return {r, ErrorFromErrno(r, err)};
  return {r, MathError::kNone};
}

// math_2: as math_1, with the NaN and infinity rules applied to both
// arguments; an infinite result from finite arguments is overflow.
MathResult Math2(double x, double y, BinaryFn fn) {
  errno = 0;
  const double r = fn(x, y);
  int err = errno;
  if (std::isnan(r)) {
    err = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  } else if (std::isinf(r)) {
    err = (std::isfinite(x) && std::isfinite(y)) ? ERANGE : 0;
  }
  if (err != 0) return {r, ErrorFromErrno(r, err)};
  return {r, MathError::kNone};
}

// ---------------------------------------------------------------------------
// Gamma and lgamma: CPython's implementation, not libm's (whose accuracy
// varies across platforms). Lanczos approximation with N = 13 and
// g = 6.024680040776729583740234375, written as a rational function; the
// coefficients are those of mathmodule.c (computed there with MPFR and
// checked against Boost), and must stay identical for identical results.

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is x*(x+1)*...*(x+N-2), expanded.
constexpr double kLanczosDenominator[kLanczosN] = {
    0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
    1925.0,     66.0,       1.0,
};

// Gamma(n) for n = 1 .. 23, exact in a double.
constexpr int kGammaTableSize = 23;
constexpr double kGammaOfInteger[kGammaTableSize] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

// sin(pi * x), accurate for all finite x, especially near integers (m_sinpi):
// reduce to [0, 2) exactly, then pick the quarter period so the libm
// argument stays small.
double SinPi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  const int quarter = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (quarter) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      // Not -sin(pi*(y-1)): that gives -0.0 at y == 1.
      r = std::sin(kPi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:  // 4
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos sum L_g(x) for x > 0. For x >= 5 both polynomials are
// evaluated in 1/x, which avoids overflow and is more accurate there.
double LanczosSum(double x) {
  double num = 0.0;
  double den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

// m_tgamma; reports through errno like libm.
double TGamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;  // gamma(nan), gamma(inf)
    errno = EDOM;
    return kMathNan;  // gamma(-inf)
  }
  if (x == 0.0) {
    errno = EDOM;  // pole: +-inf with the sign of the zero
    return std::copysign(kMathInf, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;  // poles at the negative integers
      return kMathNan;
    }
    if (x <= kGammaTableSize) return kGammaOfInteger[static_cast<int>(x) - 1];
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x near 0
    const double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  // Beyond 200, gamma overflows for positive x and underflows to +-0 for
  // negative non-integers.
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / SinPi(x);
    errno = ERANGE;
    return kMathInf;
  }

  const double y = absx + kLanczosGMinusHalf;
  // z = the rounding error in y, computed exactly (the subtraction order
  // depends on which operand is larger), scaled as the correction term
  // e*g/y of mathmodule.c's derivation.
  double z;
  if (absx > kLanczosGMinusHalf) {
    const double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    const double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / SinPi(absx) / absx * std::exp(y) / LanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      // Split the power so neither half overflows.
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = LanczosSum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

// m_lgamma: log|gamma(x)|; reports through errno.
double LGamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    return kMathInf;  // lgamma(+-inf) = +inf
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;  // poles at 0 and the negative integers
      return kMathInf;
    }
    return 0.0;  // lgamma(1) = lgamma(2) = 0
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(LanczosSum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) {
    // Reflection formula.
    r = kLogPi - std::log(std::fabs(SinPi(absx))) - std::log(absx) - r;
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

// ---------------------------------------------------------------------------
// Functions CPython wraps to pin down special values across platforms.

// m_atan2: C99 Annex F special cases, then libm.
double Atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return kMathNan;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      // atan2(+-inf, +inf) = +-pi/4, atan2(+-inf, -inf) = +-3pi/4.
      return std::copysign(
          std::copysign(1., x) == 1. ? 0.25 * kMathPi : 0.75 * kMathPi, y);
    }
    return std::copysign(0.5 * kMathPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    // atan2(+-y, +inf) = atan2(+-0, +x) = +-0; with -inf or -x, +-pi.
    if (std::copysign(1., x) == 1.) return std::copysign(0., y);
    return std::copysign(kMathPi, y);
  }
  return std::atan2(y, x);
}

// m_remainder: IEEE 754 remainder, always exact.
double Remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return kMathNan;
    const double absx = std::fabs(x);
    const double absy = std::fabs(y);
    const double m = std::fmod(absx, absy);
    // Compare m with half of absy through c = absy - m, which (unlike
    // 0.5 * absy) is exact whenever the comparison matters; see the proof
    // in mathmodule.c.
    const double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {
      // Exactly halfway: absx = n*absy + m. fmod(0.5*(absx-m), absy) is m
      // for odd n and 0 for even n, so this picks the even multiple.
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return kMathNan;
  return x;  // y infinite
}

// m_log: libm only ever sees positive finite arguments.
double Log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    return x == 0.0 ? -kMathInf : kMathNan;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;  // log(inf) = inf
  errno = EDOM;
  return kMathNan;
}

// m_log2.
double Log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return kMathNan;
  }
  if (x > 0.0) return std::log2(x);
  errno = EDOM;
  return x == 0.0 ? -kMathInf : kMathNan;
}

// m_log10.
double Log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    errno = EDOM;
    return x == 0.0 ? -kMathInf : kMathNan;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;
  errno = EDOM;
  return kMathNan;
}

// m_log1p: keep the sign of a zero argument whatever the platform does.
double Log1p(double x) {
  if (x == 0.0) return x;
  return std::log1p(x);
}

UnaryFn LogFn(LogBase base) {
  switch (base) {
    case LogBase::k2:
      return Log2;
    case LogBase::k10:
      return Log10;
    case LogBase::kE:
      break;
  }
  return Log;
}

// ---------------------------------------------------------------------------
// vector_norm: sqrt(sum(x**2)) for hypot and dist, almost always correctly
// rounded. The elements are scaled by a power of two so the largest lies in
// [0.5, 1); each square is split exactly (Veltkamp-Dekker) into hi*hi +
// 2*hi*lo + lo*lo, summed with Neumaier compensation into separate
// accumulators (csum starts at 1.0 so it always dominates, and the 1.0 is
// taken off at the end); finally one Newton-style differential correction
// fixes the square root. Every operation below is CPython's, in its order:
// that is what makes the result identical.
//
// `vec` holds absolute values; `max` is the largest (inf if any is
// infinite, 0 for an empty vector).
double VectorNorm(std::span<const double> vec, double max, bool found_nan) {
  constexpr double kSplitter = 134217729.0;  // 2**27 + 1
  if (std::isinf(max)) return max;
  if (found_nan) return kMathNan;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e = 0;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    const double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    double frac3 = 0.0;
    for (double element : vec) {
      double x = element * scale;
      const double t = x * kSplitter;
      const double hi = t - (t - x);
      const double lo = x - hi;

      x = hi * hi;
      double oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;

      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;

      frac3 += lo * lo;  // too small to change csum
    }
    const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));

    // Subtract h**2, split the same way, to get the residual.
    double x = h;
    const double t = x * kSplitter;
    const double hi = t - (t - x);
    const double lo = x - hi;

    x = -hi * hi;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;

    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;

    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;

    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // max is subnormal enough that 2**-max_e overflows: divide by max.
  double csum = 1.0;
  double frac1 = 0.0;
  for (double element : vec) {
    double x = element / max;
    x = x * x;
    const double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

// Unary libm entry points with one fixed signature (std:: names are
// overloaded).
double LibAcos(double x) { return std::acos(x); }
double LibAcosh(double x) { return std::acosh(x); }
double LibAsin(double x) { return std::asin(x); }
double LibAsinh(double x) { return std::asinh(x); }
double LibAtan(double x) { return std::atan(x); }
double LibAtanh(double x) { return std::atanh(x); }
double LibCbrt(double x) { return std::cbrt(x); }
double LibCos(double x) { return std::cos(x); }
double LibCosh(double x) { return std::cosh(x); }
double LibErf(double x) { return std::erf(x); }
double LibErfc(double x) { return std::erfc(x); }
double LibExp(double x) { return std::exp(x); }
double LibExp2(double x) { return std::exp2(x); }
double LibExpm1(double x) { return std::expm1(x); }
double LibFabs(double x) { return std::fabs(x); }
double LibSin(double x) { return std::sin(x); }
double LibSinh(double x) { return std::sinh(x); }
double LibSqrt(double x) { return std::sqrt(x); }
double LibTan(double x) { return std::tan(x); }
double LibTanh(double x) { return std::tanh(x); }
double LibCopysign(double x, double y) { return std::copysign(x, y); }

// degrees()/radians() multiply by these doubles, as CPython does.
constexpr double kDegToRad = kMathPi / 180.0;
constexpr double kRadToDeg = 180.0 / kMathPi;

MathResult IntegralResult(double integral) {
  if (std::isinf(integral)) return {integral, MathError::kIntegerFromInfinity};
  if (std::isnan(integral)) return {integral, MathError::kIntegerFromNan};
  return {integral, MathError::kNone};
}

}  // namespace

// ---------------------------------------------------------------------------
// Error texts.

MathExceptionType MathErrorType(MathError error) {
  switch (error) {
    case MathError::kNone:
      return MathExceptionType::kNone;
    case MathError::kDomain:
    case MathError::kFsumInfMinusInf:
    case MathError::kNegativeTolerance:
    case MathError::kDimensionMismatch:
    case MathError::kIntegerFromNan:
      return MathExceptionType::kValueError;
    case MathError::kRange:
    case MathError::kFsumOverflow:
    case MathError::kIntegerFromInfinity:
      return MathExceptionType::kOverflowError;
    case MathError::kDivisionByZero:
      return MathExceptionType::kZeroDivisionError;
  }
  return MathExceptionType::kNone;
}

std::string_view MathErrorMessage(MathError error) {
  switch (error) {
    case MathError::kNone:
      return "";
    case MathError::kDomain:
      return "math domain error";
    case MathError::kRange:
      return "math range error";
    case MathError::kDivisionByZero:
      return "float division by zero";
    case MathError::kFsumOverflow:
      return "intermediate overflow in fsum";
    case MathError::kFsumInfMinusInf:
      return "-inf + inf in fsum";
    case MathError::kNegativeTolerance:
      return "tolerances must be non-negative";
    case MathError::kDimensionMismatch:
      return "both points must have the same number of dimensions";
    case MathError::kIntegerFromInfinity:
      return "cannot convert float infinity to integer";
    case MathError::kIntegerFromNan:
      return "cannot convert float NaN to integer";
  }
  return "";
}

// ---------------------------------------------------------------------------
// math_1 functions; the flag is CPython's can_overflow.

MathResult MathAcos(double x) { return Math1(x, LibAcos, false); }
MathResult MathAcosh(double x) { return Math1(x, LibAcosh, false); }
MathResult MathAsin(double x) { return Math1(x, LibAsin, false); }
MathResult MathAsinh(double x) { return Math1(x, LibAsinh, false); }
MathResult MathAtan(double x) { return Math1(x, LibAtan, false); }
MathResult MathAtanh(double x) { return Math1(x, LibAtanh, false); }
MathResult MathCbrt(double x) { return Math1(x, LibCbrt, false); }
MathResult MathCos(double x) { return Math1(x, LibCos, false); }
MathResult MathCosh(double x) { return Math1(x, LibCosh, true); }
MathResult MathExp(double x) { return Math1(x, LibExp, true); }
MathResult MathExp2(double x) { return Math1(x, LibExp2, true); }
MathResult MathExpm1(double x) { return Math1(x, LibExpm1, true); }
MathResult MathFabs(double x) { return Math1(x, LibFabs, false); }
MathResult MathLog1p(double x) { return Math1(x, Log1p, false); }
MathResult MathSin(double x) { return Math1(x, LibSin, false); }
MathResult MathSinh(double x) { return Math1(x, LibSinh, true); }
MathResult MathSqrt(double x) { return Math1(x, LibSqrt, false); }
MathResult MathTan(double x) { return Math1(x, LibTan, false); }
MathResult MathTanh(double x) { return Math1(x, LibTanh, false); }

MathResult MathErf(double x) { return Math1a(x, LibErf); }
MathResult MathErfc(double x) { return Math1a(x, LibErfc); }
MathResult MathGamma(double x) { return Math1a(x, TGamma); }
MathResult MathLgamma(double x) { return Math1a(x, LGamma); }

// ---------------------------------------------------------------------------
// Logarithms.

MathResult MathLog(double x) { return Math1(x, Log, false); }
MathResult MathLog2(double x) { return Math1(x, Log2, false); }
MathResult MathLog10(double x) { return Math1(x, Log10, false); }

double MathLogOfScaled(LogBase base, double m, int64_t e) {
  const UnaryFn fn = LogFn(base);
  return fn(m) + fn(2.0) * static_cast<double>(e);
}

MathResult MathLogRatio(double log_x, double log_base) {
  if (log_base == 0.0) return {0.0, MathError::kDivisionByZero};
  return {log_x / log_base, MathError::kNone};
}

MathResult MathLog(double x, double base) {
  const MathResult num = MathLog(x);
  if (!num.ok()) return num;
  const MathResult den = MathLog(base);
  if (!den.ok()) return den;
  return MathLogRatio(num.value, den.value);
}

// ---------------------------------------------------------------------------
// Two-argument functions.

MathResult MathAtan2(double y, double x) { return Math2(y, x, Atan2); }
MathResult MathCopysign(double x, double y) { return Math2(x, y, LibCopysign); }
MathResult MathRemainder(double x, double y) { return Math2(x, y, Remainder); }

MathResult MathFmod(double x, double y) {
  // math_fmod_impl: fmod(x, +-inf) is x for finite x whatever libm says.
  if (std::isinf(y) && std::isfinite(x)) return {x, MathError::kNone};
  errno = 0;
  const double r = std::fmod(x, y);
  int err = errno;
  if (std::isnan(r)) err = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  if (err != 0) return {r, ErrorFromErrno(r, err)};
  return {r, MathError::kNone};
}

MathResult MathPow(double x, double y) {
  // math_pow_impl: IEEE special values first, libm for finite**finite.
  // An infinite result is a domain error for 0**negative (division by
  // zero) and a range error otherwise.
  double r = 0.0;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;  // nan**0 = 1
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;  // 1**nan = 1
    } else if (std::isinf(x)) {
      const bool odd_y =
          std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.) {
        r = 1.;
      } else {
        r = odd_y ? std::copysign(0., x) : 0.;
      }
    } else {  // y infinite
      if (std::fabs(x) == 1.0) {
        r = 1.;
      } else if (y > 0. && std::fabs(x) > 1.0) {
        r = y;
      } else if (y < 0. && std::fabs(x) < 1.0) {
        r = -y;  // +inf
      } else {
        r = 0.;
      }
    }
  } else {
    errno = 0;
    r = std::pow(x, y);
    err = errno;
    if (!std::isfinite(r)) {
      if (std::isnan(r)) {
        err = EDOM;  // (-ve)**(finite non-integer)
      } else if (x == 0.) {
        err = EDOM;  // 0**negative
      } else {
        err = ERANGE;  // overflow
      }
    }
  }
  if (err != 0) return {r, ErrorFromErrno(r, err)};
  return {r, MathError::kNone};
}

MathResult MathNextafter(double x, double y) {
  return {std::nextafter(x, y), MathError::kNone};
}

MathResult MathLdexp(double x, int64_t exp) {
  if (x == 0. || !std::isfinite(x)) return {x, MathError::kNone};
  if (exp > INT_MAX) return {std::copysign(kMathInf, x), MathError::kRange};
  if (exp < INT_MIN) return {std::copysign(0., x), MathError::kNone};
  const double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) return {r, MathError::kRange};
  return {r, MathError::kNone};
}

// ---------------------------------------------------------------------------
// Functions without libm errors.

MathResult MathDegrees(double x) { return {x * kRadToDeg, MathError::kNone}; }
MathResult MathRadians(double x) { return {x * kDegToRad, MathError::kNone}; }

MathResult MathUlp(double x) {
  if (std::isnan(x)) return {x, MathError::kNone};
  x = std::fabs(x);
  if (std::isinf(x)) return {x, MathError::kNone};
  const double up = std::nextafter(x, kMathInf);
  if (std::isinf(up)) {
    // x is the largest finite double: measure the gap below it.
    return {x - std::nextafter(x, -kMathInf), MathError::kNone};
  }
  return {up - x, MathError::kNone};
}

bool MathIsFinite(double x) { return std::isfinite(x); }
bool MathIsInf(double x) { return std::isinf(x); }
bool MathIsNan(double x) { return std::isnan(x); }

MathBoolResult MathIsClose(double a, double b, double rel_tol, double abs_tol) {
  // math_isclose_impl: Boost's "weak" test.
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return {false, MathError::kNegativeTolerance};
  }
  // Equal values, including two infinities of the same sign.
  if (a == b) return {true, MathError::kNone};
  // An infinity is close only to itself.
  if (std::isinf(a) || std::isinf(b)) return {false, MathError::kNone};
  const double diff = std::fabs(b - a);
  const bool close = diff <= std::fabs(rel_tol * b) ||
                     diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
  return {close, MathError::kNone};
}

MathFrexpResult MathFrexp(double x) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return {x, 0};
  int e = 0;
  const double m = std::frexp(x, &e);
  return {m, e};
}

MathModfResult MathModf(double x) {
  if (std::isinf(x)) return {std::copysign(0., x), x};
  if (std::isnan(x)) return {x, x};
  double integral = 0.0;
  const double fractional = std::modf(x, &integral);
  return {fractional, integral};
}

MathResult MathCeil(double x) { return IntegralResult(std::ceil(x)); }
MathResult MathFloor(double x) { return IntegralResult(std::floor(x)); }
MathResult MathTrunc(double x) { return IntegralResult(std::trunc(x)); }

// ---------------------------------------------------------------------------
// Sequences.

MathResult MathHypot(std::span<const double> coordinates) {
  absl::InlinedVector<double, 16> abs_values;
  abs_values.reserve(coordinates.size());
  double max = 0.0;
  bool found_nan = false;
  for (double c : coordinates) {
    const double x = std::fabs(c);
    abs_values.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return {VectorNorm(abs_values, max, found_nan), MathError::kNone};
}

MathResult MathDist(std::span<const double> p, std::span<const double> q) {
  if (p.size() != q.size()) return {0.0, MathError::kDimensionMismatch};
  absl::InlinedVector<double, 16> diffs;
  diffs.reserve(p.size());
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const double x = std::fabs(p[i] - q[i]);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return {VectorNorm(diffs, max, found_nan), MathError::kNone};
}

// msum (math_fsum): Shewchuk's exact partials, as enhanced by Hettinger and
// Dickinson. Each Add folds x into the partials with error-free two-sums
// (hi + lo == x + y exactly), keeping the list non-overlapping.
MathError MathFsum::Add(double x) {
  const double xsave = x;
  size_t kept = 0;
  for (size_t j = 0; j < partials_.size(); ++j) {
    double y = partials_[j];
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    const double hi = x + y;
    const double lo = y - (hi - x);
    if (lo != 0.0) partials_[kept++] = lo;
    x = hi;
  }
  partials_.resize(kept);
  if (x != 0.0) {
    if (!std::isfinite(x)) {
      // Either an inf/nan item, or a finite one that overflowed a sum.
      if (std::isfinite(xsave)) return MathError::kFsumOverflow;
      if (std::isinf(xsave)) inf_sum_ += xsave;
      special_sum_ += xsave;
      partials_.clear();
    } else {
      partials_.push_back(x);
    }
  }
  return MathError::kNone;
}

MathResult MathFsum::Result() const {
  if (special_sum_ != 0.0) {
    if (std::isnan(inf_sum_)) return {kMathNan, MathError::kFsumInfMinusInf};
    return {special_sum_, MathError::kNone};
  }
  double hi = 0.0;
  size_t n = partials_.size();
  if (n > 0) {
    hi = partials_[--n];
    double lo = 0.0;
    // Add the partials from the top until the sum becomes inexact.
    while (n > 0) {
      const double x = hi;
      const double y = partials_[--n];
      hi = x + y;
      const double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: if the rounding error lo and
    // the next partial down have the same sign, the true sum lies beyond
    // the halfway point lo suggests, so round the other way (makes
    // fsum([1e-16, 1, 1e16]) come out right).
    if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) ||
                  (lo > 0.0 && partials_[n - 1] > 0.0))) {
      const double y = lo * 2.0;
      const double x = hi + y;
      const double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return {hi, MathError::kNone};
}

MathResult MathFsumOf(std::span<const double> values) {
  MathFsum sum;
  for (double v : values) {
    const MathError error = sum.Add(v);
    if (error != MathError::kNone) return {0.0, error};
  }
  return sum.Result();
}

}  // namespace moat::stdlib
