// Python float semantics on plain doubles; see float_format.h.
//
// The one idea behind the text conversions: CPython turns a double into a
// digit string plus a decimal-point position with _Py_dg_dtoa (Python/dtoa.c)
// in one of three modes, then lays that string out (format_float_short in
// Python/pystrtod.c). std::to_chars computes the same correctly rounded
// digits, so this file gets the three modes from it (ShortestDigits,
// SignificantDigits, FixedDigits) and reimplements only the layout rules.
#include "vm/float_format.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

namespace moat::vm {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Py_ISSPACE: the ASCII whitespace set CPython strips around numbers.
bool IsPySpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

char ToLowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool EqualsIgnoreCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ToLowerAscii(text[i]) != lower[i]) return false;
  }
  return true;
}

std::string_view StripPySpace(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && IsPySpace(text[begin])) ++begin;
  while (end > begin && IsPySpace(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

// ---------------------------------------------------------------------------
// Digit generation: what _Py_dg_dtoa returns.

// `digits` has no leading or trailing zeros, except that zero itself is
// "0" with decpt 1; a nonzero value that rounds away entirely in fixed mode
// is "" with decpt -ndigits (dtoa's "no digits" case). The value is
// 0.<digits> * 10**decpt.
struct Digits {
  std::string digits;
  int64_t decpt = 0;
  bool negative = false;
};

void StripTrailingZeros(std::string* digits) {
  size_t end = digits->find_last_not_of('0');
  digits->resize(end == std::string::npos ? 0 : end + 1);
}

// Parses to_chars' scientific form "d[.ddd]e[+-]NN" of a nonnegative value.
Digits FromScientific(std::string_view text) {
  Digits d;
  size_t e = text.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (text[i] != '.') d.digits.push_back(text[i]);
  }
  int exponent = 0;
  std::string_view exp_text = text.substr(e + 1);
  if (!exp_text.empty() && exp_text[0] == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  d.decpt = exponent + 1;
  StripTrailingZeros(&d.digits);
  return d;
}

Digits ZeroDigits(bool negative) {
  Digits d;
  d.digits.assign(1, '0');  // operator=("0") trips GCC 12's -Wrestrict
  d.decpt = 1;
  d.negative = negative;
  return d;
}

// dtoa mode 0: the shortest digit string that reads back as x, closest to x
// when several are as short (what repr uses).
Digits ShortestDigits(double x) {
  bool negative = std::signbit(x);
  if (x == 0.0) return ZeroDigits(negative);
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof(buf), std::fabs(x),
                              std::chars_format::scientific);
  Digits d = FromScientific(std::string_view(buf, result.ptr - buf));
  d.negative = negative;
  return d;
}

// A double's exact decimal value has at most 767 significant digits and at
// most 1074 digits after the point. Asking for more only adds zeros, which
// are stripped, so digit generation stops at these bounds: its scratch
// memory stays small whatever precision the script asks for, and only the
// laid-out result grows with it.
constexpr int64_t kMaxSignificantDigits = 800;
constexpr int64_t kMaxFractionDigits = 1100;

// dtoa mode 2: `count` (>= 1) significant digits, correctly rounded, with
// trailing zeros removed.
Digits SignificantDigits(double x, int64_t count) {
  bool negative = std::signbit(x);
  if (x == 0.0) return ZeroDigits(negative);
  count = std::min(count, kMaxSignificantDigits);
  std::string buf(static_cast<size_t>(count) + 16, '\0');
  auto result =
      std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x),
                    std::chars_format::scientific, static_cast<int>(count - 1));
  Digits d =
      FromScientific(std::string_view(buf.data(), result.ptr - buf.data()));
  d.negative = negative;
  return d;
}

// dtoa mode 3: rounded to `after_point` (>= 0) digits past the decimal
// point, with leading and trailing zeros removed.
Digits FixedDigits(double x, int64_t after_point) {
  bool negative = std::signbit(x);
  if (x == 0.0) return ZeroDigits(negative);
  const int64_t generated = std::min(after_point, kMaxFractionDigits);
  // Up to 309 integer digits, the point, and the fraction.
  std::string buf(static_cast<size_t>(generated) + 320, '\0');
  auto result =
      std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(x),
                    std::chars_format::fixed, static_cast<int>(generated));
  std::string_view text(buf.data(), result.ptr - buf.data());
  Digits d;
  d.negative = negative;
  size_t point = text.find('.');
  d.decpt = static_cast<int64_t>(point == std::string_view::npos ? text.size()
                                                                 : point);
  for (char c : text) {
    if (c != '.') d.digits.push_back(c);
  }
  size_t first = d.digits.find_first_not_of('0');
  if (first == std::string::npos) {
    d.digits.clear();
    d.decpt = -after_point;
    return d;
  }
  d.digits.erase(0, first);
  d.decpt -= static_cast<int64_t>(first);
  StripTrailingZeros(&d.digits);
  return d;
}

// ---------------------------------------------------------------------------
// Layout: format_float_short in Python/pystrtod.c.

// `code` is 'e', 'f', 'g' or 'r' (lower case), `precision` already adjusted
// as PyOS_double_to_string does.
std::string LayOutDigits(const Digits& d, char code, int64_t precision,
                         bool add_dot_0, bool alternate, bool upper) {
  const int64_t ndigits = static_cast<int64_t>(d.digits.size());
  int64_t decpt = d.decpt;
  // Output the slice [vstart, vend) of the digit string padded with zeros
  // on both sides, with the point before index decpt.
  int64_t vend = ndigits;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alternate) vend = precision;
      break;
    case 'r':
      // Exponent form from 1e16 on, as CPython: a 16-digit shortest repr
      // padded with zeros would otherwise look like a wrong value.
      use_exp = decpt <= -4 || decpt > 16;
      break;
  }
  int64_t exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  // At least one digit after the point when ".0" is wanted, else the
  // point may end the digits.
  vend = std::max(vend, (!use_exp && add_dot_0) ? decpt + 1 : decpt);

  std::string out;
  out.reserve(static_cast<size_t>(vend - vstart) + 8);
  if (d.negative) out.push_back('-');
  // Positions [lo, hi) of the zero-padded digit string, appended in bulk
  // (a script-chosen precision can make them many).
  auto append_range = [&](int64_t lo, int64_t hi) {
    int64_t zeros_before = std::max<int64_t>(0, std::min<int64_t>(hi, 0) - lo);
    out.append(static_cast<size_t>(zeros_before), '0');
    int64_t from = std::max<int64_t>(lo, 0), to = std::min(hi, ndigits);
    if (from < to) {
      out.append(d.digits, static_cast<size_t>(from), static_cast<size_t>(to - from));
    }
    int64_t zeros_after = std::max<int64_t>(0, hi - std::max(lo, ndigits));
    out.append(static_cast<size_t>(zeros_after), '0');
  };
  // The point goes before position decpt (vstart <= decpt <= vend).
  append_range(vstart, decpt);
  out.push_back('.');
  append_range(decpt, vend);
  if (out.back() == '.' && !alternate) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    out.push_back(exponent < 0 ? '-' : '+');
    int64_t magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out.push_back('0');
    out += std::to_string(magnitude);
  }
  return out;
}

// PyOS_double_to_string for the codes 'e','E','f','F','g','G','r'.
std::string DoubleToString(double x, char code, int64_t precision,
                           bool add_dot_0, bool alternate, bool no_neg_0) {
  bool upper = false;
  switch (code) {
    case 'E':
    case 'F':
    case 'G':
      upper = true;
      code = static_cast<char>(code - 'A' + 'a');
      break;
    default:
      break;
  }
  if (std::isnan(x)) return upper ? "NAN" : "nan";  // NaN signs are dropped
  if (std::isinf(x)) {
    if (x < 0) return upper ? "-INF" : "-inf";
    return upper ? "INF" : "inf";
  }
  Digits d;
  switch (code) {
    case 'e':
      ++precision;  // digits after the point plus the leading one
      d = SignificantDigits(x, precision);
      break;
    case 'f':
      d = FixedDigits(x, precision);
      break;
    case 'g':
      if (precision == 0) precision = 1;  // 0 makes no sense for 'g'
      d = SignificantDigits(x, precision);
      break;
    default:  // 'r'
      d = ShortestDigits(x);
      break;
  }
  if (no_neg_0 && d.negative &&
      (d.digits.empty() || (d.digits.size() == 1 && d.digits[0] == '0'))) {
    d.negative = false;
  }
  return LayOutDigits(d, code, precision, add_dot_0, alternate, upper);
}

// Reads the decimal string `text` (as produced below: [-]digits e exp) back
// into a double, correctly rounded. Returns false on overflow.
bool DecimalToDouble(const std::string& text, double* out) {
  double value = 0.0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value,
                                std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    // The strings built here are either zero-free magnitudes >= 1e-323
    // (never underflow) or too large; treat the out-of-range case by its
    // exponent to stay safe.
    size_t e = text.find('e');
    size_t begin = text[0] == '-' ? 1 : 0;
    int64_t exponent = 0;
    std::from_chars(text.data() + e + 1, text.data() + text.size(), exponent);
    int64_t magnitude = exponent + static_cast<int64_t>(e - begin);
    if (magnitude > 0) return false;
    value = text[0] == '-' ? -0.0 : 0.0;
  }
  *out = value;
  return true;
}

// ---------------------------------------------------------------------------
// Arithmetic helpers.

// _float_div_mod in Objects/floatobject.c; y != 0.
void DivMod(double x, double y, double* floordiv, double* mod) {
  double m = std::fmod(x, y);
  // fmod is exact, so x - m is mathematically a multiple of y; the
  // division may still be a hair off an integer, which the snap below
  // repairs.
  double div = (x - m) / y;
  if (m != 0.0) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    // fmod's zero sign varies across platforms; Python gives y's sign.
    m = std::copysign(0.0, y);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, x / y);  // the sign of the true quotient
  }
  *floordiv = fd;
  *mod = m;
}

// DOUBLE_IS_ODD_INTEGER in floatobject.c; x finite.
bool IsOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

constexpr uint64_t kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

// ---------------------------------------------------------------------------
// Status texts: the one place CPython's float messages live.

FloatError FloatStatusError(FloatStatus status) {
  switch (status) {
    case FloatStatus::kOk:
    case FloatStatus::kComplexResult:
    case FloatStatus::kHashByIdentity:
      return {FloatErrorType::kNone, ""};
    case FloatStatus::kDivisionByZero:
      return {FloatErrorType::kZeroDivisionError, "float division by zero"};
    case FloatStatus::kFloorDivisionByZero:
      return {FloatErrorType::kZeroDivisionError,
              "float floor division by zero"};
    case FloatStatus::kModuloByZero:
      return {FloatErrorType::kZeroDivisionError, "float modulo"};
    case FloatStatus::kDivmodByZero:
      return {FloatErrorType::kZeroDivisionError, "float divmod()"};
    case FloatStatus::kZeroToNegativePower:
      return {FloatErrorType::kZeroDivisionError,
              "0.0 cannot be raised to a negative power"};
    case FloatStatus::kPowOverflow:
      return {FloatErrorType::kOverflowError,
              "(34, 'Numerical result out of range')"};
    case FloatStatus::kPowDomainError:
      return {FloatErrorType::kValueError,
              "(33, 'Numerical argument out of domain')"};
    case FloatStatus::kRoundOverflow:
      return {FloatErrorType::kOverflowError,
              "rounded value too large to represent"};
    case FloatStatus::kRatioOfInfinity:
      return {FloatErrorType::kOverflowError,
              "cannot convert Infinity to integer ratio"};
    case FloatStatus::kRatioOfNan:
      return {FloatErrorType::kValueError,
              "cannot convert NaN to integer ratio"};
    case FloatStatus::kInvalidHexString:
      return {FloatErrorType::kValueError,
              "invalid hexadecimal floating-point string"};
    case FloatStatus::kHexOverflow:
      return {FloatErrorType::kOverflowError,
              "hexadecimal value too large to represent as a float"};
  }
  return {FloatErrorType::kNone, ""};
}

int FloatPowErrno(FloatStatus status) {
  if (status == FloatStatus::kPowOverflow) return 34;     // ERANGE
  if (status == FloatStatus::kPowDomainError) return 33;  // EDOM
  return 0;
}

// ---------------------------------------------------------------------------
// Text conversion.

std::string FloatRepr(double x) {
  return DoubleToString(x, 'r', 0, /*add_dot_0=*/true, /*alternate=*/false,
                        /*no_neg_0=*/false);
}

std::string FormatFloat(double x, char type, int precision, bool alternate,
                        bool no_neg_0) {
  // format_float_internal in Python/formatter_unicode.c.
  bool add_dot_0 = false;
  bool add_percent = false;
  int default_precision = 6;
  char code = type;
  switch (type) {
    case '\0':
      // Like repr without a precision; like 'g' with one, but keeping a
      // digit after the point.
      add_dot_0 = true;
      code = 'r';
      default_precision = 0;
      break;
    case 'r':
      // A complex part without a type (format_complex_internal): repr's
      // digits without float's ".0".
      default_precision = 0;
      break;
    case 'n':
      code = 'g';
      break;
    case '%':
      code = 'f';
      x *= 100;
      add_percent = true;
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      break;
    default:
      return "";
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (code == 'r') {
    code = 'g';
  }
  std::string out =
      DoubleToString(x, code, precision, add_dot_0, alternate, no_neg_0);
  if (add_percent) out.push_back('%');
  return out;
}

bool ParseFloat(std::string_view text, double* out) {
  // PEP 515 as _Py_string_to_number_with_underscores checks it: over the
  // whole text, before whitespace is stripped.
  std::string without_underscores;
  if (text.find('_') != std::string_view::npos) {
    char prev = '\0';
    for (char c : text) {
      if (c == '_') {
        if (!IsDigit(prev)) return false;
      } else {
        if (prev == '_' && !IsDigit(c)) return false;
        without_underscores.push_back(c);
      }
      prev = c;
    }
    if (prev == '_') return false;
    text = without_underscores;
  }
  text = StripPySpace(text);
  if (text.empty()) return false;

  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (EqualsIgnoreCase(text, "inf") || EqualsIgnoreCase(text, "infinity")) {
    *out = negative ? -kInf : kInf;
    return true;
  }
  if (EqualsIgnoreCase(text, "nan")) {
    // _Py_dg_stdnan keeps the sign, visible through copysign.
    *out = negative ? -kNan : kNan;
    return true;
  }

  // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
  // Also note the decimal exponent of the leading nonzero digit, to tell
  // overflow from underflow when from_chars reports out of range.
  size_t i = 0;
  const size_t n = text.size();
  int64_t leading_power = 0;
  bool nonzero = false;
  size_t int_begin = i;
  while (i < n && IsDigit(text[i])) ++i;
  size_t int_len = i - int_begin;
  for (size_t k = 0; k < int_len; ++k) {
    if (text[int_begin + k] != '0') {
      nonzero = true;
      leading_power = static_cast<int64_t>(int_len - 1 - k);
      break;
    }
  }
  size_t frac_len = 0;
  if (i < n && text[i] == '.') {
    ++i;
    size_t frac_begin = i;
    while (i < n && IsDigit(text[i])) ++i;
    frac_len = i - frac_begin;
    if (!nonzero) {
      for (size_t k = 0; k < frac_len; ++k) {
        if (text[frac_begin + k] != '0') {
          nonzero = true;
          leading_power = -static_cast<int64_t>(k + 1);
          break;
        }
      }
    }
  }
  if (int_len + frac_len == 0) return false;
  int64_t exponent = 0;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    size_t exp_begin = i;
    while (i < n && IsDigit(text[i])) {
      // Saturate: any exponent this large is out of range anyway.
      if (exponent < 1'000'000'000'000)
        exponent = exponent * 10 + (text[i] - '0');
      ++i;
    }
    if (i == exp_begin) return false;
    if (exp_negative) exponent = -exponent;
  }
  if (i != n) return false;

  double value = 0.0;
  auto result = std::from_chars(text.data(), text.data() + n, value,
                                std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) {
    value = (nonzero && leading_power + exponent >= 0) ? kInf : 0.0;
  } else if (result.ec != std::errc() || result.ptr != text.data() + n) {
    return false;
  }
  *out = negative ? -value : value;
  return true;
}

// ---------------------------------------------------------------------------
// Rounding.

FloatStatus FloatRound(double x, int64_t ndigits, double* out) {
  // float___round___impl and double_round in Objects/floatobject.c.
  // 323 and -308 are CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them
  // every finite double rounds to itself or to zero.
  if (!std::isfinite(x) || ndigits > 323) {
    *out = x;
    return FloatStatus::kOk;
  }
  if (ndigits < -308) {
    *out = 0.0 * x;
    return FloatStatus::kOk;
  }
  std::string decimal;
  if (std::signbit(x)) decimal.push_back('-');
  if (ndigits >= 0) {
    Digits d = FixedDigits(x, ndigits);
    decimal += d.digits.empty() ? std::string("0") : d.digits;
    decimal.push_back('e');
    decimal += std::to_string(d.decpt - static_cast<int64_t>(d.digits.size()));
  } else {
    // Round to a multiple of 10**k, k >= 1: only the integer digits
    // matter, and the fraction only to break an apparent tie.
    const int64_t k = -ndigits;
    const double magnitude = std::fabs(x);
    const double integral = std::trunc(magnitude);
    const bool has_fraction = integral != magnitude;
    char buf[400];
    auto result = std::to_chars(buf, buf + sizeof(buf), integral,
                                std::chars_format::fixed, 0);
    std::string_view digits(buf, result.ptr - buf);
    const int64_t split = static_cast<int64_t>(digits.size()) - k;
    std::string kept =
        split > 0 ? std::string(digits.substr(0, static_cast<size_t>(split)))
                  : std::string("0");
    bool round_up = false;
    if (split >= 0) {
      char first = digits[static_cast<size_t>(split)];
      bool rest_nonzero = has_fraction;
      for (size_t j = static_cast<size_t>(split) + 1; j < digits.size(); ++j) {
        if (digits[j] != '0') rest_nonzero = true;
      }
      const bool kept_odd = (kept.back() - '0') % 2 == 1;
      round_up = first > '5' || (first == '5' && (rest_nonzero || kept_odd));
    }
    if (round_up) {
      size_t j = kept.size();
      while (j > 0 && kept[j - 1] == '9') kept[--j] = '0';
      if (j == 0) {
        kept.insert(kept.begin(), '1');
      } else {
        ++kept[j - 1];
      }
    }
    decimal += kept;
    decimal.push_back('e');
    decimal += std::to_string(k);
  }
  double rounded;
  if (!DecimalToDouble(decimal, &rounded)) return FloatStatus::kRoundOverflow;
  *out = rounded;
  return FloatStatus::kOk;
}

double FloatRoundHalfEven(double x) {
  // float___round___impl without ndigits: round() goes half away from
  // zero, so fix up exact halves.
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

// ---------------------------------------------------------------------------
// Arithmetic.

FloatStatus FloatTrueDiv(double x, double y, double* out) {
  if (y == 0.0) return FloatStatus::kDivisionByZero;
  *out = x / y;
  return FloatStatus::kOk;
}

FloatStatus FloatFloorDiv(double x, double y, double* out) {
  if (y == 0.0) return FloatStatus::kFloorDivisionByZero;
  double mod;
  DivMod(x, y, out, &mod);
  return FloatStatus::kOk;
}

FloatStatus FloatMod(double x, double y, double* out) {
  // float_rem: computed on its own, not via DivMod, exactly as CPython.
  if (y == 0.0) return FloatStatus::kModuloByZero;
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  *out = mod;
  return FloatStatus::kOk;
}

FloatStatus FloatDivmod(double x, double y, double* quotient,
                        double* remainder) {
  if (y == 0.0) return FloatStatus::kDivmodByZero;
  DivMod(x, y, quotient, remainder);
  return FloatStatus::kOk;
}

FloatStatus FloatPow(double x, double y, double* out) {
  // float_pow in Objects/floatobject.c (3.11): sort out the special cases
  // rather than trusting every libm's pow.
  if (y == 0.0) {  // x**0 is 1, even 0**0 and nan**0
    *out = 1.0;
    return FloatStatus::kOk;
  }
  if (std::isnan(x)) {
    *out = x;
    return FloatStatus::kOk;
  }
  if (std::isnan(y)) {  // 1**nan is 1
    *out = x == 1.0 ? 1.0 : y;
    return FloatStatus::kOk;
  }
  if (std::isinf(y)) {
    // |x| < 1: x**inf is 0 and x**-inf is inf; |x| > 1 the reverse.
    double ax = std::fabs(x);
    if (ax == 1.0) {
      *out = 1.0;
    } else if ((y > 0.0) == (ax > 1.0)) {
      *out = std::fabs(y);
    } else {
      *out = 0.0;
    }
    return FloatStatus::kOk;
  }
  if (std::isinf(x)) {
    // inf for positive y, 0 for negative, signed if y is an odd integer.
    bool odd = IsOddInteger(y);
    if (y > 0.0) {
      *out = odd ? x : std::fabs(x);
    } else {
      *out = odd ? std::copysign(0.0, x) : 0.0;
    }
    return FloatStatus::kOk;
  }
  if (x == 0.0) {
    if (y < 0.0) return FloatStatus::kZeroToNegativePower;
    *out = IsOddInteger(y) ? x : 0.0;
    return FloatStatus::kOk;
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != std::floor(y)) return FloatStatus::kComplexResult;
    // y is an integer, perhaps a huge one: use |x| and fix the sign.
    x = -x;
    negate = IsOddInteger(y);
  }
  if (x == 1.0) {
    // Some libms fail (-1)**huge_integer; it is never exceptional.
    *out = negate ? -1.0 : 1.0;
    return FloatStatus::kOk;
  }
  errno = 0;
  double r = std::pow(x, y);
  // _Py_ADJUST_ERANGE1: overflow is an error, underflow to zero is not.
  int err = errno;
  if (err == 0) {
    if (r == kInf || r == -kInf) err = ERANGE;
  } else if (err == ERANGE && r == 0.0) {
    err = 0;
  }
  if (err != 0) {
    return err == ERANGE ? FloatStatus::kPowOverflow
                         : FloatStatus::kPowDomainError;
  }
  *out = negate ? -r : r;
  return FloatStatus::kOk;
}

// ---------------------------------------------------------------------------
// Methods.

FloatStatus FloatHash(double x, int64_t* out) {
  // _Py_HashDouble (Python/pyhash.c) defines hash(x) as the rational value
  // of x reduced modulo P = 2**61 - 1. Computed here directly: x = m * 2**e
  // with m a 53-bit integer, and since 2**61 == 1 (mod P), multiplying by
  // 2**e is a rotation of the 61-bit residue by e mod 61.
  if (std::isnan(x)) return FloatStatus::kHashByIdentity;
  if (std::isinf(x)) {
    *out = x > 0 ? kHashInf : -kHashInf;
    return FloatStatus::kOk;
  }
  if (x == 0.0) {
    *out = 0;
    return FloatStatus::kOk;
  }
  int e = 0;
  double fraction = std::frexp(std::fabs(x), &e);
  uint64_t m = static_cast<uint64_t>(std::ldexp(fraction, 53));  // < P
  int64_t shift = (static_cast<int64_t>(e) - 53) % 61;
  if (shift < 0) shift += 61;
  uint64_t h = m;
  if (shift != 0) {
    h = ((m << shift) & kHashModulus) | (m >> (kHashBits - shift));
  }
  int64_t result = static_cast<int64_t>(h);
  if (x < 0) result = -result;
  if (result == -1) result = -2;  // -1 is the C-level error value
  *out = result;
  return FloatStatus::kOk;
}

FloatStatus FloatAsIntegerRatio(double x, FloatRatio* out) {
  if (std::isinf(x)) return FloatStatus::kRatioOfInfinity;
  if (std::isnan(x)) return FloatStatus::kRatioOfNan;
  if (x == 0.0) {
    *out = {0, 0};
    return FloatStatus::kOk;
  }
  int e = 0;
  double fraction = std::frexp(std::fabs(x), &e);
  uint64_t m = static_cast<uint64_t>(std::ldexp(fraction, 53));
  int exponent = e - 53;
  int zeros = std::countr_zero(m);
  m >>= zeros;
  exponent += zeros;
  int64_t numerator = static_cast<int64_t>(m);
  *out = {x < 0 ? -numerator : numerator, exponent};
  return FloatStatus::kOk;
}

bool FloatIsInteger(double x) { return std::isfinite(x) && std::floor(x) == x; }

std::string FloatHex(double x) {
  // float_hex: "[-]0x<lead>.<13 hex digits>p<exp>", lead 1 for normal
  // numbers and 0 for subnormals (which use the exponent -1022).
  if (!std::isfinite(x)) return FloatRepr(x);
  const uint64_t bits = std::bit_cast<uint64_t>(x);
  const bool negative = (bits >> 63) != 0;
  if (x == 0.0) return negative ? "-0x0.0p+0" : "0x0.0p+0";
  const int biased = static_cast<int>((bits >> 52) & 0x7ff);
  const uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
  const int exponent = biased == 0 ? -1022 : biased - 1023;
  static constexpr char kHexDigits[] = "0123456789abcdef";
  std::string out = negative ? "-0x" : "0x";
  out.push_back(biased == 0 ? '0' : '1');
  out.push_back('.');
  for (int shift = 48; shift >= 0; shift -= 4) {
    out.push_back(kHexDigits[(fraction >> shift) & 0xf]);
  }
  out.push_back('p');
  out.push_back(exponent < 0 ? '-' : '+');
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return out;
}

FloatStatus FloatFromHex(std::string_view text, double* out) {
  // float_fromhex in Objects/floatobject.c. As there, a value out of range
  // is reported before trailing garbage is looked at.
  size_t i = 0;
  const size_t n = text.size();
  while (i < n && IsPySpace(text[i])) ++i;

  auto finish = [&](size_t pos, double value) {
    while (pos < n && IsPySpace(text[pos])) ++pos;
    if (pos != n) return FloatStatus::kInvalidHexString;
    *out = value;
    return FloatStatus::kOk;
  };

  // inf, infinity, nan with an optional sign (_Py_parse_inf_or_nan).
  {
    size_t j = i;
    bool negative = false;
    if (j < n && (text[j] == '+' || text[j] == '-')) {
      negative = text[j] == '-';
      ++j;
    }
    std::string_view rest = text.substr(j);
    auto starts_with = [&](std::string_view word) {
      return rest.size() >= word.size() &&
             EqualsIgnoreCase(rest.substr(0, word.size()), word);
    };
    if (starts_with("infinity")) return finish(j + 8, negative ? -kInf : kInf);
    if (starts_with("inf")) return finish(j + 3, negative ? -kInf : kInf);
    if (starts_with("nan")) return finish(j + 3, negative ? -kNan : kNan);
  }

  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  if (i + 1 < n && text[i] == '0' &&
      (text[i + 1] == 'x' || text[i + 1] == 'X')) {
    i += 2;
  }
  // coefficient: <integer> [. <fraction>]
  const size_t int_begin = i;
  while (i < n && HexValue(text[i]) >= 0) ++i;
  const size_t int_end = i;
  size_t frac_begin = i;
  size_t frac_end = i;
  if (i < n && text[i] == '.') {
    ++i;
    frac_begin = i;
    while (i < n && HexValue(text[i]) >= 0) ++i;
    frac_end = i;
  }
  const int64_t int_digits = static_cast<int64_t>(int_end - int_begin);
  const int64_t frac_digits = static_cast<int64_t>(frac_end - frac_begin);
  const int64_t total_digits = int_digits + frac_digits;
  if (total_digits == 0) return FloatStatus::kInvalidHexString;

  // [p <exponent>], saturated like strtol.
  int64_t exp = 0;
  if (i < n && (text[i] == 'p' || text[i] == 'P')) {
    ++i;
    bool exp_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    if (i >= n || !IsDigit(text[i])) return FloatStatus::kInvalidHexString;
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    while (i < n && IsDigit(text[i])) {
      const int digit = text[i] - '0';
      exp = exp <= (kMax - digit) / 10 ? exp * 10 + digit : kMax;
      ++i;
    }
    if (exp_negative) exp = -exp;
  }

  // Digit j of the coefficient, counting from the most significant.
  auto digit_at = [&](int64_t j) {
    size_t pos = j < int_digits
                     ? int_begin + static_cast<size_t>(j)
                     : frac_begin + static_cast<size_t>(j - int_digits);
    return HexValue(text[pos]);
  };
  int64_t first = 0;
  while (first < total_digits && digit_at(first) == 0) ++first;
  // CPython's bounds for "certainly zero" and "certainly too large",
  // which also keep the exponent arithmetic below in range.
  if (first == total_digits || exp < std::numeric_limits<int64_t>::min() / 2) {
    return finish(i, negative ? -0.0 : 0.0);
  }
  if (exp > std::numeric_limits<int64_t>::max() / 2) {
    return FloatStatus::kHexOverflow;
  }

  // Up to 15 significant hex digits (60 bits) are more than the 53 bits a
  // double keeps plus a rounding bit; the rest only matter as "nonzero".
  const int64_t taken = std::min<int64_t>(15, total_digits - first);
  uint64_t mantissa = 0;
  for (int64_t j = first; j < first + taken; ++j) {
    mantissa = mantissa * 16 + static_cast<uint64_t>(digit_at(j));
  }
  bool sticky = false;
  for (int64_t j = first + taken; j < total_digits && !sticky; ++j) {
    sticky = digit_at(j) != 0;
  }
  // value ~ mantissa * 2**lsb_exp
  const int64_t lsb_exp =
      exp - 4 * frac_digits + 4 * (total_digits - first - taken);
  const int64_t top_exp = lsb_exp + (64 - std::countl_zero(mantissa));
  // DBL_MIN_EXP - DBL_MANT_DIG = -1074, DBL_MAX_EXP = 1024.
  if (top_exp < -1074) return finish(i, negative ? -0.0 : 0.0);
  if (top_exp > 1024) return FloatStatus::kHexOverflow;
  // Exponent of the last bit the result can keep (lower when subnormal).
  const int64_t keep_exp = std::max<int64_t>(top_exp, -1021) - 53;
  double value;
  if (lsb_exp >= keep_exp) {
    value =
        std::ldexp(static_cast<double>(mantissa), static_cast<int>(lsb_exp));
  } else {
    const int64_t drop = keep_exp - lsb_exp;  // 1..60
    uint64_t kept = mantissa >> drop;
    const uint64_t rest = mantissa & ((uint64_t{1} << drop) - 1);
    const uint64_t half = uint64_t{1} << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1) != 0))) ++kept;
    value = std::ldexp(static_cast<double>(kept), static_cast<int>(keep_exp));
    if (std::isinf(value)) return FloatStatus::kHexOverflow;
  }
  return finish(i, negative ? -value : value);
}

}  // namespace moat::vm
