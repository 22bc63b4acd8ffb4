// The format mini-language for str, int, bool, float and complex, mirroring CPython
// 3.11's Python/formatter_unicode.c function by function:
//
//   parse_internal_render_format_spec  -> ParseSpec
//   format_string_internal             -> FormatStr
//   format_long_internal               -> FormatInt
//   format_float_internal              -> FormatFloatSpec
//   format_complex_internal            -> FormatComplexSpec
//   calc_number_widths + fill_number   -> RenderNumber
//   _PyUnicode_InsertThousandsGrouping -> MeasureGrouping + AppendGrouped
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// moat always runs in the C locale, so 'n' is 'd' (ints) or 'g' (floats)
// without grouping, exactly as CPython shows it under LC_NUMERIC=C.
//
// Memory: a width or precision comes from the script and may be huge. The
// result's size is computed before anything is built; more than a str can
// hold (4 GiB) or more than the heap budget allows raises MemoryError before
// the padding is allocated. Widths and precisions beyond sys.maxsize are
// CPython's ValueError "Too many decimal digits in format string". The only
// ordinary C++ buffers whose size the script chooses (the spec's code
// points, the digits of a float or a big int) are covered by a ScratchCharge
// (str.h) while they live; everything else is written straight into the
// result's StrWriter, grouping and zero padding included.
#include "vm/format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/types/span.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/gc.h"
#include "vm/objects/complex.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

namespace {

// The largest str StrWriter can build.
constexpr uint64_t kMaxResultBytes = std::numeric_limits<uint32_t>::max();

// InternalFormatSpec's thousands_separators (LocaleType).
enum class Grouping : uint8_t {
  kNone,        // LT_NO_LOCALE (also 'n' in the C locale)
  kComma,       // LT_DEFAULT_LOCALE: ',' every 3 digits
  kUnderscore,  // LT_UNDERSCORE_LOCALE: '_' every 3 digits
  kUnderFour,   // LT_UNDER_FOUR_LOCALE: '_' every 4 digits (b, o, x, X)
};

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = 0;
  uint32_t sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  int64_t width = -1;
  Grouping grouping = Grouping::kNone;
  int64_t precision = -1;
  uint32_t type = 0;  // 0: none given (floats' default)
};

bool IsAlignment(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool IsSignElement(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

std::string TypeNameOf(Value v) { return std::string(TypeOf(v)->name); }

// The presentation type as CPython's messages print it: the character for
// printable ASCII, "\x%x" otherwise.
std::string TypeCharText(uint32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return absl::StrFormat("\\x%x", c);
}

Value UnknownPresentationType(Interp& vm, uint32_t type, Value obj) {
  return vm.RaiseFormat(&kValueErrorType, "Unknown format code '%s' for object of type '%s'",
                        TypeCharText(type), TypeNameOf(obj));
}

// get_integer: digits (any Unicode decimal digits) at *pos. Returns how many
// were consumed, or -1 with ValueError pending on overflow.
int64_t GetInteger(Interp& vm, absl::Span<const uint32_t> s, size_t* pos, int64_t* result) {
  int64_t accumulator = 0, numdigits = 0;
  for (; *pos < s.size(); ++*pos, ++numdigits) {
    int digit = UnicodeDecimalValue(s[*pos]);
    if (digit < 0) break;
    if (accumulator > (std::numeric_limits<int64_t>::max() - digit) / 10) {
      vm.RaiseValueError("Too many decimal digits in format string");
      return -1;
    }
    accumulator = accumulator * 10 + digit;
  }
  *result = accumulator;
  return numdigits;
}

// parse_internal_render_format_spec.
bool ParseSpec(Interp& vm, Value obj, std::string_view text, uint32_t default_type,
               uint32_t default_align, Spec* out) {
  // A valid spec can be long ('0' * 10**6 + '5' is a width of 5): its code
  // points are charged before they are decoded into `s`.
  ScratchCharge scratch(vm);
  if (!ChargeTextPass(vm, text.size()) ||
      !scratch.Charge(uint64_t{text.size()} * sizeof(uint32_t))) {
    return false;
  }
  // Specs are short: an inline buffer spares a malloc per format call.
  absl::InlinedVector<uint32_t, 32> s;
  s.reserve(text.size());
  for (size_t p = 0; p < text.size();) {
    unsigned char byte = static_cast<unsigned char>(text[p]);
    s.push_back(byte < 0x80 ? (++p, uint32_t{byte}) : DecodeUtf8(text, &p));
  }
  Spec& f = *out;
  f = Spec();
  f.align = default_align;
  f.type = default_type;
  bool fill_char_specified = false, align_specified = false;
  size_t pos = 0;
  const size_t end = s.size();

  if (end - pos >= 2 && IsAlignment(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && IsAlignment(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && IsSignElement(s[pos])) f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // The special case for 0-padding (backwards compatible).
  if (!fill_char_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = GetInteger(vm, s, &pos, &f.width);
  if (consumed < 0) return false;
  if (consumed == 0) f.width = -1;

  if (end - pos >= 1 && s[pos] == ',') {
    f.grouping = Grouping::kComma;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '_') {
    if (f.grouping != Grouping::kNone) {
      vm.RaiseValueError("Cannot specify both ',' and '_'.");
      return false;
    }
    f.grouping = Grouping::kUnderscore;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == ',' && f.grouping == Grouping::kUnderscore) {
    vm.RaiseValueError("Cannot specify both ',' and '_'.");
    return false;
  }
  if (end - pos >= 1 && s[pos] == '.') {
    ++pos;
    consumed = GetInteger(vm, s, &pos, &f.precision);
    if (consumed < 0) return false;
    if (consumed == 0) {
      vm.RaiseValueError("Format specifier missing precision");
      return false;
    }
  }
  if (end - pos > 1) {
    // The message quotes the whole spec: its copies are charged too.
    if (!scratch.Charge(2 * uint64_t{text.size()})) return false;
    vm.RaiseFormat(&kValueErrorType, "Invalid format specifier '%s' for object of type '%s'",
                   std::string(text), TypeNameOf(obj));
    return false;
  }
  if (end - pos == 1) f.type = s[pos++];

  if (f.grouping != Grouping::kNone) {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;  // PEP 378
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // PEP 515: '_' every four digits in bin/oct/hex.
        if (f.grouping == Grouping::kUnderscore) {
          f.grouping = Grouping::kUnderFour;
          break;
        }
        [[fallthrough]];
      default:
        vm.RaiseFormat(&kValueErrorType, "Cannot specify '%c' with '%s'.",
                       f.grouping == Grouping::kComma ? ',' : '_', TypeCharText(f.type));
        return false;
    }
  }
  return true;
}

// ---- Building the result ----------------------------------------------------

size_t Utf8Length(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Refuses a result of `bytes` bytes before building it: it is written into
// a StrWriter, then copied into the str, so both must fit at once.
bool CheckResultSize(Interp& vm, uint64_t bytes) {
  if (bytes > kMaxResultBytes) {
    vm.RaiseMemoryErrorFor(bytes);
    return false;
  }
  return HeapHasRoom(vm, 2 * bytes);
}

// _PyUnicode_InsertThousandsGrouping, measuring only: the length of
// `n_digits` digits grouped by `group` (0: no grouping), padded with '0's
// on the left (and separators among them) to at least `min_width`
// characters. *filled gets the characters that are digits or padding zeros
// (the rest are separators). AppendGrouped writes the text.
int64_t MeasureGrouping(int64_t n_digits, int64_t min_width, int group, int64_t* filled) {
  const int64_t sep_len = group > 0 ? 1 : 0;
  min_width = std::max<int64_t>(0, min_width);
  int64_t remaining = n_digits;
  int64_t count = 0;
  *filled = 0;
  bool use_separator = false;
  bool loop_broken = false;
  auto emit = [&](int64_t n_chars, int64_t n_zeros) {
    count += (use_separator ? sep_len : 0) + n_zeros + n_chars;
    *filled += n_zeros + n_chars;
  };
  if (group > 0) {
    while (true) {
      if (use_separator && remaining == 0 && min_width > 2 * (group + 1)) {
        // Skip the runs of full zero groups, each of which takes `group`
        // zeros and a separator off min_width.
        int64_t j = min_width / (group + 1) - 1;
        count += j * (group + 1);
        *filled += j * group;
        min_width -= j * (group + 1);
      }
      int64_t len = std::min<int64_t>(group, std::max({remaining, min_width, int64_t{1}}));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      emit(n_chars, n_zeros);
      use_separator = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!loop_broken) {
    int64_t len = std::max({remaining, min_width, int64_t{1}});
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    emit(n_chars, n_zeros);
  }
  return count;
}

// Writes what MeasureGrouping measured: `filled` characters, '0's and then
// `digits` (upper-cased when `upper`), with `sep` between groups of `group`
// counted from the right (CPython fills right to left, so only the leftmost
// group may be short).
bool AppendGrouped(StrWriter& w, std::string_view digits, int64_t filled, int group, char sep,
                   bool upper) {
  const size_t n = static_cast<size_t>(filled);
  const size_t zeros = n - digits.size();
  const size_t g = group > 0 ? static_cast<size_t>(group) : n;  // 0: one group
  const size_t seps = (n - 1) / g;
  char* out = w.AppendAsciiUninit(n + seps);
  if (out == nullptr) return false;
  // The leftmost group has the remainder; a separator precedes each other.
  size_t left_in_group = n - seps * g;
  for (size_t i = 0; i < n; ++i) {
    if (left_in_group == 0) {
      *out++ = sep;
      left_in_group = g;
    }
    --left_in_group;
    char c = i < zeros ? '0' : digits[i - zeros];
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    *out++ = c;
  }
  return true;
}

// A number split as calc_number_widths sees it: sign, prefix ("0x"), the
// digits that grouping applies to, an optional decimal point, and the rest
// (fraction, exponent, '%', "inf", or the character of 'c').
// The views point into a buffer the caller keeps alive (and charged).
struct NumberParts {
  bool negative = false;
  std::string_view prefix;
  std::string_view digits;
  bool has_decimal = false;
  std::string_view remainder;    // UTF-8
  int64_t remainder_length = 0;  // code points
  bool upper = false;            // 'X': prefix and digits upper-cased
};

// calc_number_widths + fill_number.
Value RenderNumber(Interp& vm, const Spec& f, const NumberParts& p) {
  int64_t n_sign = 0;
  char sign = 0;
  if (f.sign == '+') {
    n_sign = 1;
    sign = p.negative ? '-' : '+';
  } else if (f.sign == ' ') {
    n_sign = 1;
    sign = p.negative ? '-' : ' ';
  } else if (p.negative) {
    n_sign = 1;
    sign = '-';
  }
  const int64_t n_prefix = static_cast<int64_t>(p.prefix.size());
  const int64_t n_decimal = p.has_decimal ? 1 : 0;
  const int64_t n_non_digit = n_sign + n_prefix + n_decimal + p.remainder_length;
  const int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  int group = 0;
  char sep = 0;
  switch (f.grouping) {
    case Grouping::kNone:
      break;
    case Grouping::kComma:
      group = 3;
      sep = ',';
      break;
    case Grouping::kUnderscore:
      group = 3;
      sep = '_';
      break;
    case Grouping::kUnderFour:
      group = 4;
      sep = '_';
      break;
  }
  if (f.width > static_cast<int64_t>(kMaxResultBytes)) {
    vm.RaiseMemoryErrorFor(f.width);
    return Value::Null();
  }
  int64_t filled = 0;
  const int64_t n_grouped =
      p.digits.empty() ? 0
                       : MeasureGrouping(static_cast<int64_t>(p.digits.size()), min_width, group,
                                         &filled);
  int64_t lpad = 0, spad = 0, rpad = 0;
  const int64_t n_padding = f.width - (n_non_digit + n_grouped);
  if (n_padding > 0) {
    switch (f.align) {
      case '<':
        rpad = n_padding;
        break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=':
        spad = n_padding;
        break;
      default:  // '>'
        lpad = n_padding;
        break;
    }
  }
  const uint64_t bytes = static_cast<uint64_t>(lpad + spad + rpad) * Utf8Length(f.fill) +
                         static_cast<uint64_t>(n_sign + n_prefix + n_grouped + n_decimal) +
                         p.remainder.size();
  if (!CheckResultSize(vm, bytes)) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(bytes) || !w.AppendFill(f.fill, static_cast<size_t>(lpad))) return Value::Null();
  if (n_sign != 0 && !w.AppendAscii(std::string_view(&sign, 1))) return Value::Null();
  char prefix[2] = {0, 0};  // "0b", "0o", "0x" or "0X"
  for (size_t i = 0; i < p.prefix.size() && i < 2; ++i) {
    prefix[i] = p.upper && p.prefix[i] == 'x' ? 'X' : p.prefix[i];
  }
  if (!w.AppendAscii(std::string_view(prefix, p.prefix.size())) ||
      !w.AppendFill(f.fill, static_cast<size_t>(spad))) {
    return Value::Null();
  }
  // The grouped digits are written one character at a time.
  if (!p.digits.empty() && (!ChargeTextPass(vm, static_cast<uint64_t>(n_grouped)) ||
                            !AppendGrouped(w, p.digits, filled, group, sep, p.upper))) {
    return Value::Null();
  }
  if (p.has_decimal && !w.AppendAscii(".")) return Value::Null();
  if (!w.Append(p.remainder, static_cast<size_t>(p.remainder_length),
                p.remainder_length == static_cast<int64_t>(p.remainder.size())) ||
      !w.AppendFill(f.fill, static_cast<size_t>(rpad))) {
    return Value::Null();
  }
  return w.FinishValue();
}

// ---- str --------------------------------------------------------------------

// format_string_internal.
Value FormatStr(Interp& vm, Value value, const Spec& f) {
  if (f.sign != 0) {
    return vm.RaiseValueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                                            : "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) {
    return vm.RaiseValueError("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) {
    return vm.RaiseValueError("Alternate form (#) not allowed in string format specifier");
  }
  if (f.align == '=') {
    return vm.RaiseValueError("'=' alignment not allowed in string format specifier");
  }
  StrObject* s = As<StrObject>(value);
  int64_t len = static_cast<int64_t>(s->length);
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
    // CPython's writer hands back the string itself, a subclass instance too.
    return value;
  }
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  if (f.width > static_cast<int64_t>(kMaxResultBytes)) {
    vm.RaiseMemoryErrorFor(f.width);
    return Value::Null();
  }
  int64_t total = std::max(len, f.width);
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  if (!ChargeCodePointWalk(vm, s, static_cast<size_t>(len))) return Value::Null();
  size_t text_bytes = s->ascii ? static_cast<size_t>(len) : StrCodePointOffset(s, len);
  uint64_t bytes = static_cast<uint64_t>(lpad + rpad) * Utf8Length(f.fill) + text_bytes;
  if (!CheckResultSize(vm, bytes)) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(bytes) || !w.AppendFill(f.fill, static_cast<size_t>(lpad)) ||
      !w.Append(std::string_view(s->data, text_bytes), static_cast<size_t>(len), s->ascii) ||
      !w.AppendFill(f.fill, static_cast<size_t>(rpad))) {
    return Value::Null();
  }
  return w.FinishValue();
}

// ---- float ------------------------------------------------------------------

// The parts of FormatFloat's text: '-', digits, '.', and the rest.
NumberParts SplitFloatText(std::string_view buf) {
  NumberParts p;
  size_t i = 0;
  if (!buf.empty() && buf[0] == '-') {
    p.negative = true;
    i = 1;
  }
  size_t digits_end = i;
  while (digits_end < buf.size() && buf[digits_end] >= '0' && buf[digits_end] <= '9') {
    ++digits_end;
  }
  p.digits = buf.substr(i, digits_end - i);
  size_t rest = digits_end;
  if (rest < buf.size() && buf[rest] == '.') {
    p.has_decimal = true;
    ++rest;
  }
  p.remainder = buf.substr(rest);
  p.remainder_length = static_cast<int64_t>(p.remainder.size());
  return p;
}

// format_float_internal, for a float or an int converted to float.
Value FormatFloatSpec(Interp& vm, double x, const Spec& f) {
  if (f.precision > std::numeric_limits<int32_t>::max()) {
    return vm.RaiseValueError("precision too big");
  }
  // The digits are built in an ordinary std::string, charged while it
  // lives ('f' adds up to 309 integer digits, '%' two more).
  // The result is at least as long and must fit beside them: refused
  // before the digits are made when it cannot.
  ScratchCharge scratch(vm);
  int64_t precision = FloatDigitsBound(static_cast<char>(f.type), f.precision, f.alternate);
  uint64_t digits = static_cast<uint64_t>(precision) + 400;
  if (!vm.ChargeBytes(digits) ||
      (digits >= 1024 && (!scratch.Charge(digits) || !CheckResultSize(vm, digits - 400)))) {
    return Value::Null();
  }
  std::string buf = FormatFloat(x, static_cast<char>(f.type), static_cast<int>(f.precision),
                                f.alternate, f.no_neg_0);
  return RenderNumber(vm, f, SplitFloatText(buf));
}

// ---- complex ----------------------------------------------------------------

// format_complex_internal: each part is formatted as a float without
// padding (the imaginary one always signed unless the real part is left
// out), then "(re+imj)" is padded as a whole.
Value FormatComplexSpec(Interp& vm, Value z, const Spec& f) {
  if (f.fill == '0') {
    return vm.RaiseValueError("Zero padding is not allowed in complex format specifier");
  }
  if (f.align == '=') {
    return vm.RaiseValueError("'=' alignment flag is not allowed in complex format specifier");
  }
  if (f.precision > std::numeric_limits<int32_t>::max()) {
    return vm.RaiseValueError("precision too big");
  }
  const double re = As<ComplexObject>(z)->real, im = As<ComplexObject>(z)->imag;
  char type = static_cast<char>(f.type);
  int64_t precision = f.precision;
  bool skip_re = false, parens = false;
  if (type == 0) {
    // Like str(z): repr digits, or 'g' when a precision is given.
    type = precision < 0 ? 'r' : 'g';
    if (re == 0.0 && !std::signbit(re)) {
      skip_re = true;
    } else {
      parens = true;
    }
  } else if (precision < 0) {
    precision = 6;
  }
  if (type == 'n') type = 'g';
  ScratchCharge scratch(vm);
  int64_t charged = FloatDigitsBound(type, precision, f.alternate);
  uint64_t digits = 2 * (static_cast<uint64_t>(charged) + 400);
  if (!vm.ChargeBytes(digits) ||
      (digits >= 2048 && (!scratch.Charge(digits) || !CheckResultSize(vm, digits - 800)))) {
    return Value::Null();
  }
  auto text = [&](double x) {
    return FormatFloat(x, type, static_cast<int>(precision), f.alternate, f.no_neg_0);
  };
  std::string re_buf = text(re), im_buf = text(im);
  Spec part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  RootScope roots(vm);
  Value re_text = Value::None(), im_text = Value::None();
  roots.Add(&re_text);
  roots.Add(&im_text);
  if (!skip_re) {
    re_text = RenderNumber(vm, part, SplitFloatText(re_buf));
    if (re_text.is_null()) return re_text;
    part.sign = '+';
  }
  im_text = RenderNumber(vm, part, SplitFloatText(im_buf));
  if (im_text.is_null()) return im_text;
  std::string body = parens ? "(" : "";
  if (!skip_re) body += As<StrObject>(re_text)->view();
  StrAppend(&body, As<StrObject>(im_text)->view(), "j", parens ? ")" : "");
  // The parts are ASCII: bytes and characters agree.
  const auto len = static_cast<int64_t>(body.size());
  if (f.width > static_cast<int64_t>(kMaxResultBytes)) {
    vm.RaiseMemoryErrorFor(f.width);
    return Value::Null();
  }
  const int64_t total = std::max(len, f.width);
  const int64_t lpad = f.align == '<' ? 0 : f.align == '^' ? (total - len) / 2 : total - len;
  const int64_t rpad = total - len - lpad;
  const uint64_t bytes = static_cast<uint64_t>(lpad + rpad) * Utf8Length(f.fill) + body.size();
  if (!CheckResultSize(vm, bytes)) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(bytes) || !w.AppendFill(f.fill, static_cast<size_t>(lpad)) ||
      !w.AppendAscii(body) || !w.AppendFill(f.fill, static_cast<size_t>(rpad))) {
    return Value::Null();
  }
  return w.FinishValue();
}

// ---- int --------------------------------------------------------------------

// format_long_internal.
Value FormatInt(Interp& vm, Value value, const Spec& f) {
  if (f.precision != -1) {
    return vm.RaiseValueError("Precision not allowed in integer format specifier");
  }
  if (f.no_neg_0) {
    return vm.RaiseValueError("Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts p;
  if (f.type == 'c') {
    if (f.sign != 0) {
      return vm.RaiseValueError("Sign not allowed with integer format specifier 'c'");
    }
    if (f.alternate) {
      return vm.RaiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t x;
    if (!IntToInt64(value, &x)) {
      return vm.RaiseOverflowError("Python int too large to convert to C long");
    }
    if (x < 0 || x > 0x10ffff) return vm.RaiseOverflowError("%c arg not in range(0x110000)");
    std::string utf8;
    AppendUtf8(&utf8, static_cast<uint32_t>(x));
    p.remainder = utf8;
    p.remainder_length = 1;
    return RenderNumber(vm, f, p);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = "0x";
      break;
    default:  // 'd', 'n'
      break;
  }
  ScratchCharge scratch(vm);  // covers `text`, declared after it
  std::string text;
  if (!IntDigits(vm, value, base, &scratch, &text)) return Value::Null();
  p.negative = !text.empty() && text[0] == '-';
  p.digits = std::string_view(text).substr(p.negative ? 1 : 0);
  if (f.alternate) p.prefix = prefix;
  p.upper = f.type == 'X';
  return RenderNumber(vm, f, p);
}

Value FormatIntOrBool(Interp& vm, Value value, std::string_view spec) {
  if (spec.empty()) return Str(vm, value);
  Spec f;
  if (!ParseSpec(vm, value, spec, 'd', '>', &f)) return Value::Null();
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return FormatInt(vm, value, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double x;  // PyNumber_Float: an int subclass's own __float__ first
      if (!ToDouble(vm, value, &x)) return Value::Null();
      return FormatFloatSpec(vm, x, f);
    }
    default:
      return UnknownPresentationType(vm, f.type, value);
  }
}

}  // namespace

bool IntDigits(Interp& vm, Value value, int base, ScratchCharge* scratch, std::string* out) {
  int64_t small;
  if (IntToInt64(value, &small)) {
    char buf[72];
    uint64_t magnitude = small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char* at = buf;
    if (small < 0) *at++ = '-';
    auto [end, ec] = std::to_chars(at, buf + sizeof(buf), magnitude, base);
    out->assign(buf, end);
    return true;
  }
  // Too big for int64, so an IntObject (bools and small ints fit).
  const BigInt& big = *As<IntObject>(value)->big;
  // Digits per bit: 1 for base 2, 1/3 for 8, 1/4 for 16, log10(2) < 0.302
  // for 10 (where ToString refuses more digits than the limit unconverted).
  uint64_t bits = big.BitLength();
  uint64_t digits = base == 2    ? bits
                    : base == 8  ? bits / 3
                    : base == 16 ? bits / 4
                                 : bits * 302 / 1000;
  digits += 2;  // rounding and the sign
  if (!vm.ChargeBytes(digits) || !scratch->Charge(digits) ||
      !IntChargeWork(vm, BigInt::ToStringWork(big.LimbCount(), base, vm.int_max_str_digits))) {
    return false;
  }
  // _PyLong_Format: the digit limit applies to base 10 only.
  BigIntOr<std::string> s = big.ToString(base, vm.int_max_str_digits);
  if (!s.ok()) {
    vm.RaiseValueError(IntToStrDigitsLimitMessage(vm.int_max_str_digits));
    return false;
  }
  *out = std::move(s.value());
  return true;
}

Value FormatValue(Interp& vm, Value value, std::string_view spec) {
  TypeObject* type = TypeOf(value);
  if (IsUserClass(type)) {
    // A user class's own __format__ (one a built-in base provides formats
    // the built-in way below).
    TypeAttr attr;
    if (FindTypeAttr(vm, type, vm.Intern("__format__"), &attr) && !attr.value.is_null()) {
      Value method = BindTypeAttr(vm, attr, value, type);
      if (method.is_null()) return method;
      RootScope roots(vm);
      roots.Add(&method);
      Value spec_value = NewStrValue(vm, spec);
      if (spec_value.is_null()) return spec_value;
      roots.Add(&spec_value);
      Value r = vm.Call1(method, spec_value);
      if (!r.is_null() && !IsStr(r)) {
        return vm.RaiseFormat(&kTypeErrorType, "__format__ must return a str, not %s",
                              TypeNameOf(r));
      }
      return r;
    }
  }
  return FormatBuiltin(vm, value, spec);
}

Value ObjectFormatMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "object.__format__")) return Value::Null();
  Value spec = args.args[0];
  if (!IsStr(spec)) {
    return vm.RaiseFormat(&kTypeErrorType, "__format__() argument must be str, not %s",
                          ClinicTypeName(spec));
  }
  if (As<StrObject>(spec)->length != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "unsupported format string passed to %s.__format__",
                          TypeNameOf(self));
  }
  return Str(vm, self);
}

namespace {

// The presentation types float's (and, without '%', complex's) format
// accepts; 0 is the empty type.
bool IsFloatPresentation(char type, bool allow_percent) {
  switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      return true;
    case '%':
      return allow_percent;
    default:
      return false;
  }
}

}  // namespace

Value FormatBuiltin(Interp& vm, Value value, std::string_view spec) {
  if (IsStr(value)) {
    if (spec.empty()) return IsExactStr(value) ? value : Str(vm, value);
    Spec f;
    if (!ParseSpec(vm, value, spec, 's', '<', &f)) return Value::Null();
    if (f.type != 's') return UnknownPresentationType(vm, f.type, value);
    return FormatStr(vm, value, f);
  }
  if (IsInt(value)) return FormatIntOrBool(vm, value, spec);
  if (IsFloat(value)) {
    if (spec.empty()) return Str(vm, value);
    Spec f;
    if (!ParseSpec(vm, value, spec, 0, '>', &f)) return Value::Null();
    if (!IsFloatPresentation(f.type, /*allow_percent=*/true)) {
      return UnknownPresentationType(vm, f.type, value);
    }
    return FormatFloatSpec(vm, FloatValue(value), f);
  }
  if (IsComplex(value)) {
    if (spec.empty()) return Str(vm, value);
    Spec f;
    if (!ParseSpec(vm, value, spec, 0, '>', &f)) return Value::Null();
    // complex has no '%' presentation.
    if (!IsFloatPresentation(f.type, /*allow_percent=*/false)) {
      return UnknownPresentationType(vm, f.type, value);
    }
    return FormatComplexSpec(vm, value, f);
  }
  // object.__format__.
  if (!spec.empty()) {
    return vm.RaiseFormat(&kTypeErrorType, "unsupported format string passed to %s.__format__",
                          TypeNameOf(value));
  }
  // CPython's PyObject_Format calls it as a bound built-in method, a call
  // that counts against the recursion limit (cfunction_enter_call).
  RecursiveCallGuard call(vm, " while calling a Python object");
  if (!call.ok()) return Value::Null();
  return Str(vm, value);
}

}  // namespace moat::vm
