// printf-style formatting: `format % args` (CPython 3.11's PyUnicode_Format
// in Objects/unicodeobject.c: unicode_format_arg_parse, _format,
// _output, mainformatlong, _PyUnicode_FormatLong, formatfloat, formatchar).
//
// The state machine is CPython's, including its quirks, because scripts
// observe them through error messages: the conversion character is read
// before the argument is taken ('%5%' % () is "not enough arguments"), '*'
// after a mapping key consumes the looked-up value, and any object with
// __getitem__ (list, range, user classes) counts as a mapping, which
// silences "not all arguments converted".
//
// The output is built in a StrWriter, so wide fields ('%*d' % (10**9, 1))
// and huge precisions are refused by the memory budget before they are
// built. The digits of one number (a float at a script-chosen precision,
// a big int, '%.*d' zero padding) are an ordinary std::string, covered by
// a ScratchCharge (str.h) from before it is built until it is copied out.
//
// The same state machine formats bytes (CPython's _PyBytes_FormatEx in
// Objects/bytesobject.c) in bytes mode: the format is read byte by byte,
// '%s'/'%b' take bytes-like objects (or __bytes__), '%r'/'%a' give ascii(),
// '%c' takes an int in range(256) or one byte, floats use the 'z' flag, and
// the texts say "bytes formatting". The output is raw bytes in the same
// StrWriter buffer, copied into a bytes or bytearray at the end.
//
// Hazards: runs Python (__str__/__repr__ of arguments, __index__, __int__,
// __float__, __bytes__, a mapping's __getitem__), and so may collect; the
// looked-up mapping value is rooted while in use.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <string_view>

#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

constexpr int kLjust = 1 << 0;  // '-'
constexpr int kSign = 1 << 1;   // '+'
constexpr int kBlank = 1 << 2;  // ' '
constexpr int kAlt = 1 << 3;    // '#'
constexpr int kZero = 1 << 4;   // '0'
constexpr int kNoNeg0 = 1 << 5;  // 'z' (bytes only)

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
constexpr int kIntMax = std::numeric_limits<int>::max();

// One conversion specifier.
struct Spec {
  uint32_t ch = 0;
  int flags = 0;
  int64_t width = -1;
  int prec = -1;
  bool sign = false;
};

// PyMapping_Check: a getitem slot that is not a sequence's sq_item alone
// (kTypeSequenceItemOnly: collections.deque, and subclasses keeping its slot).
bool HasGetItem(Value v) {
  GetItemFn found = nullptr;
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (found == nullptr) found = t->getitem;
    if ((t->type_flags & kTypeSequenceItemOnly) != 0) return found != t->getitem;
  }
  return found != nullptr;
}

class PercentFormatter {
 public:
  // `format` must stay unchanged while the formatter runs (a str, or an
  // immutable bytes copy of the format in bytes mode).
  PercentFormatter(Interp& vm, std::string_view format, Value args, bool bytes_mode)
      : vm_(vm), fmt_(format), bytes_(bytes_mode), out_(vm), args_(args), roots_(vm) {
    roots_.Add(&args_);
    if (IsTuple(args)) {
      arglen_ = static_cast<int64_t>(As<TupleObject>(args)->size);
      argidx_ = 0;
    } else {
      arglen_ = -1;
      argidx_ = -2;
    }
    // Any subscriptable value is a mapping, except tuples, strs and, for
    // bytes formatting, bytes and bytearrays.
    bool excluded =
        IsTuple(args) || IsStr(args) || (bytes_ && (IsBytes(args) || IsByteArray(args)));
    if (!excluded && HasGetItem(args)) dict_ = args;
    roots_.Add(&dict_);
  }

  // Runs the formatting; the result is a str, or in bytes mode the raw
  // bytes left in output() (Null on exception either way).
  Value Run() {
    while (pos_ < fmt_.size()) {
      if (fmt_[pos_] != '%') {
        // A literal run up to the next '%' ('%' is ASCII, so memchr is safe).
        const void* p = std::memchr(fmt_.data() + pos_, '%', fmt_.size() - pos_);
        size_t end = p ? static_cast<const char*>(p) - fmt_.data() : fmt_.size();
        std::string_view run = fmt_.substr(pos_, end - pos_);
        size_t cps = bytes_ ? run.size() : CountCodePoints(run);
        if (!out_.Append(run, cps, cps == run.size())) return Value::Null();
        pos_ = end;
        index_ += cps;
        continue;
      }
      ++pos_;
      ++index_;
      if (!FormatArg()) return Value::Null();
    }
    if (argidx_ < arglen_ && dict_.is_null()) {
      return vm_.RaiseTypeError(bytes_ ? "not all arguments converted during bytes formatting"
                                       : "not all arguments converted during string formatting");
    }
    if (bytes_) return Value::None();
    return out_.FinishValue();
  }

  std::string_view output() const { return out_.view(); }

 private:
  static size_t CountCodePoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }

  // The next format character, consumed; false (ch unchanged) at the end,
  // which CPython records as fmtcnt < 0.
  bool Next(uint32_t* ch) {
    if (pos_ >= fmt_.size()) {
      exhausted_ = true;
      return false;
    }
    if (bytes_) {
      *ch = static_cast<unsigned char>(fmt_[pos_++]);
    } else {
      *ch = DecodeUtf8(fmt_, &pos_);
    }
    ++index_;
    return true;
  }

  Value NextArg() {
    if (argidx_ < arglen_) {
      int64_t i = argidx_++;
      if (arglen_ < 0) return args_;
      return As<TupleObject>(args_)->items[i];
    }
    return vm_.RaiseTypeError("not enough arguments for format string");
  }

  bool FormatArg() {
    // The character after '%' (CPython reads the terminating NUL at the end).
    uint32_t ch = 0;
    if (pos_ < fmt_.size()) {
      size_t p = pos_;
      ch = bytes_ ? static_cast<unsigned char>(fmt_[p]) : DecodeUtf8(fmt_, &p);
    }
    if (ch == '%') {
      ++pos_;
      ++index_;
      return out_.AppendAscii("%");
    }
    Spec spec;
    spec.ch = ch;
    exhausted_ = false;
    if (!Parse(&spec)) return false;
    return Format(&spec);
  }

  // unicode_format_arg_parse.
  bool Parse(Spec* spec) {
    uint32_t& ch = spec->ch;
    if (ch == '(') {
      if (dict_.is_null()) {
        vm_.RaiseTypeError("format requires a mapping");
        return false;
      }
      ++pos_;  // '('
      ++index_;
      size_t keystart = pos_;
      int pcount = 1;
      while (pcount > 0 && Next(&ch)) {
        if (ch == ')') {
          --pcount;
        } else if (ch == '(') {
          ++pcount;
        }
      }
      if (exhausted_ || pcount > 0) {
        vm_.RaiseValueError("incomplete format key");
        return false;
      }
      std::string_view key_text = fmt_.substr(keystart, pos_ - 1 - keystart);
      Value key = bytes_ ? NewBytesValue(vm_, key_text) : NewStrValue(vm_, key_text);
      if (key.is_null()) return false;
      Value value = GetItem(vm_, dict_, key);
      if (value.is_null()) return false;
      args_ = value;  // rooted through roots_
      arglen_ = -1;
      argidx_ = -2;
    }
    while (Next(&ch)) {
      switch (ch) {
        case '-': spec->flags |= kLjust; continue;
        case '+': spec->flags |= kSign; continue;
        case ' ': spec->flags |= kBlank; continue;
        case '#': spec->flags |= kAlt; continue;
        case '0': spec->flags |= kZero; continue;
        case 'z':
          if (!bytes_) break;
          spec->flags |= kNoNeg0;
          continue;
      }
      break;
    }
    if (ch == '*') {
      Value v = NextArg();
      if (v.is_null()) return false;
      if (!IsInt(v)) {
        vm_.RaiseTypeError("* wants int");
        return false;
      }
      int64_t width;
      if (!IntToInt64(v, &width)) {
        vm_.RaiseOverflowError("Python int too large to convert to C ssize_t");
        return false;
      }
      if (width < 0) {
        spec->flags |= kLjust;
        // CPython (built with -fwrapv) negates the most negative width into
        // itself, a negative width that pads nothing.
        width = width == std::numeric_limits<int64_t>::min() ? -1 : -width;
      }
      spec->width = width;
      Next(&ch);
    } else if (ch >= '0' && ch <= '9') {
      int64_t width = ch - '0';
      while (Next(&ch)) {
        if (ch < '0' || ch > '9') break;
        int d = static_cast<int>(ch - '0');
        if (width > (kSsizeMax - d) / 10) {
          vm_.RaiseValueError("width too big");
          return false;
        }
        width = width * 10 + d;
      }
      spec->width = width;
    }
    if (ch == '.') {
      spec->prec = 0;
      Next(&ch);
      if (ch == '*') {
        Value v = NextArg();
        if (v.is_null()) return false;
        if (!IsInt(v)) {
          vm_.RaiseTypeError("* wants int");
          return false;
        }
        int64_t prec;
        if (!IntToInt64(v, &prec) || prec > kIntMax || prec < std::numeric_limits<int>::min()) {
          vm_.RaiseOverflowError("Python int too large to convert to C int");
          return false;
        }
        spec->prec = prec < 0 ? 0 : static_cast<int>(prec);
        Next(&ch);
      } else if (ch >= '0' && ch <= '9') {
        int prec = static_cast<int>(ch - '0');
        while (Next(&ch)) {
          if (ch < '0' || ch > '9') break;
          int d = static_cast<int>(ch - '0');
          if (prec > (kIntMax - d) / 10) {
            vm_.RaiseValueError(bytes_ ? "prec too big" : "precision too big");
            return false;
          }
          prec = prec * 10 + d;
        }
        spec->prec = prec;
      }
    }
    if (!exhausted_ && (ch == 'h' || ch == 'l' || ch == 'L')) Next(&ch);
    if (exhausted_) {
      vm_.RaiseValueError("incomplete format");
      return false;
    }
    return true;
  }

  // unicode_format_arg_format + unicode_format_arg_output.
  bool Format(Spec* spec) {
    Value v = NextArg();
    if (v.is_null()) return false;
    if (bytes_) return FormatBytesArg(spec, v);
    switch (spec->ch) {
      case 's':
      case 'r':
      case 'a': {
        Value s;
        if (TypeOf(v) == &kIntType && spec->width == -1 && spec->prec == -1) {
          // CPython writes an exact int's digits itself here, without
          // PyObject_Str's step of the recursion limit.
          s = IntToDecimalStr(vm_, v);
        } else if (spec->ch == 's') {
          s = IsExactStr(v) ? v : Str(vm_, v);
        } else if (spec->ch == 'r') {
          s = Repr(vm_, v);
        } else {
          s = StrAscii(vm_, v);
        }
        if (s.is_null()) return false;
        StrObject* str = As<StrObject>(s);
        return Output(spec, str->view(), str->length);
      }
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        ScratchCharge scratch(vm_);  // covers `digits`, declared after it
        std::string digits;
        if (!FormatLong(spec, v, &scratch, &digits)) return false;
        spec->sign = true;
        return Output(spec, digits, digits.size());
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        ScratchCharge scratch(vm_);
        std::string digits;
        if (!FormatFloatArg(spec, v, &scratch, &digits)) return false;
        spec->sign = true;
        return Output(spec, digits, digits.size());
      }
      case 'c': {
        uint32_t c;
        if (!FormatChar(v, &c)) return false;
        std::string utf8;
        AppendUtf8(&utf8, c);
        return Output(spec, utf8, 1);
      }
      default: {
        uint32_t c = spec->ch;
        char shown = (c >= 31 && c <= 126) ? static_cast<char>(c) : '?';
        vm_.RaiseFormat(&kValueErrorType, "unsupported format character '%c' (0x%x) at index %d",
                        shown, c, index_ - 1);
        return false;
      }
    }
  }

  // _PyBytes_FormatEx's conversions for one argument `v`.
  bool FormatBytesArg(Spec* spec, Value v) {
    switch (spec->ch) {
      case 'r':
      case 'a': {
        Value s = StrAscii(vm_, v);
        if (s.is_null()) return false;
        StrObject* str = As<StrObject>(s);
        return Output(spec, str->view(), str->byte_length);
      }
      case 's':
      case 'b': {
        // format_obj: a bytes-like object, or __bytes__ of a user class.
        Value b = v;
        std::string_view data;
        if (!BytesLikeView(v, &data)) {
          bool found;
          b = CallDunderBytes(vm_, v, &found);
          if (b.is_null() && vm_.HasException()) return false;
          if (b.is_null()) {
            vm_.RaiseFormat(&kTypeErrorType,
                            "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%s'",
                            TypeName(v));
            return false;
          }
          BytesLikeView(b, &data);
        }
        return Output(spec, data, data.size());
      }
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        ScratchCharge scratch(vm_);
        std::string digits;
        if (!FormatLong(spec, v, &scratch, &digits)) return false;
        spec->sign = true;
        return Output(spec, digits, digits.size());
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        // formatfloat: PyFloat_AsDouble, whose every failure becomes this
        // TypeError.
        double x;
        if (!BytesFloatArg(v, &x)) {
          if (vm_.HasException() && !vm_.ExceptionMatches(&kTypeErrorType) &&
              !vm_.ExceptionMatches(&kOverflowErrorType)) {
            return false;
          }
          vm_.ClearException();
          vm_.RaiseFormat(&kTypeErrorType, "float argument required, not %s", TypeName(v));
          return false;
        }
        ScratchCharge scratch(vm_);
        std::string digits;
        if (!FormatDouble(spec, x, &scratch, &digits)) return false;
        spec->sign = true;
        return Output(spec, digits, digits.size());
      }
      case 'c': {
        // byte_converter.
        std::string_view one;
        char byte;
        if (BytesLikeView(v, &one) && one.size() == 1) {
          byte = one[0];
        } else {
          Value i = v;
          if (!IsInt(v)) {
            i = TypeOf(v)->index == nullptr ? Value::Null() : NumberIndex(vm_, v);
            if (i.is_null()) {
              if (vm_.HasException() && !vm_.ExceptionMatches(&kTypeErrorType)) return false;
              vm_.ClearException();
              vm_.RaiseTypeError("%c requires an integer in range(256) or a single byte");
              return false;
            }
          }
          int64_t x;
          if (!IntToInt64(i, &x) || x < 0 || x > 255) {
            vm_.RaiseOverflowError("%c arg not in range(256)");
            return false;
          }
          byte = static_cast<char>(x);
        }
        return Output(spec, std::string_view(&byte, 1), 1);
      }
      default: {
        uint32_t c = spec->ch;
        if (c >= 0x80) {
          // CPython formats the raw byte into a UTF-8 message and fails,
          // leaving an empty ValueError.
          vm_.RaiseEmpty(&kValueErrorType);
          return false;
        }
        vm_.RaiseFormat(&kValueErrorType, "unsupported format character '%c' (0x%x) at index %d",
                        static_cast<char>(c), c, index_ - 1);
        return false;
      }
    }
  }

  // PyFloat_AsDouble for bytes' '%f': floats, ints, __float__, __index__.
  bool BytesFloatArg(Value v, double* x) {
    if (IsFloat(v)) {
      *x = FloatValue(v);
      return true;
    }
    if (IsInt(v)) return IntToDouble(vm_, v, x);
    TypeObject* t = TypeOf(v);
    if (t->to_float != nullptr) {
      Value f = t->to_float(vm_, v);
      if (f.is_null()) return false;
      if (!IsFloat(f)) return false;
      *x = FloatValue(f);
      return true;
    }
    if (t->index != nullptr) {
      Value i = t->index(vm_, v);
      return !i.is_null() && IsInt(i) && IntToDouble(vm_, i, x);
    }
    return false;
  }

  // mainformatlong + _PyUnicode_FormatLong: sign, "0x"/"0o" prefix under
  // '#', at least `prec` digits, uppercase for 'X'. `scratch` is charged
  // for the digits before they are built and must outlive `out`.
  bool FormatLong(const Spec* spec, Value v, ScratchCharge* scratch, std::string* out) {
    char type = static_cast<char>(spec->ch);
    bool int_only = type == 'o' || type == 'x' || type == 'X';
    TypeObject* t = TypeOf(v);
    bool is_number = IsInt(v) || IsFloat(v) || t->index != nullptr || t->to_int != nullptr ||
                     t->to_float != nullptr;
    auto wrong_type = [&] {
      if (int_only) {
        vm_.RaiseFormat(&kTypeErrorType, "%%%c format: an integer is required, not %s", type,
                        TypeName(v));
      } else {
        // bytes formatting reads %i as %d before its type check.
        char shown = bytes_ && type == 'i' ? 'd' : type;
        vm_.RaiseFormat(&kTypeErrorType, "%%%c format: a real number is required, not %s", shown,
                        TypeName(v));
      }
      return false;
    };
    if (!is_number) return wrong_type();
    int base = type == 'o' ? 8 : (int_only ? 16 : 10);
    std::string text;  // digits with a leading '-', no prefix
    if (IsInt(v)) {
      if (!IntDigits(vm_, v, base, scratch, &text)) return false;
    } else if (HasType(v, &kFloatType) && !int_only) {
      // A float subclass goes through int() below: its own __int__ counts.
      double d = FloatValue(v);
      if (std::isinf(d)) {
        vm_.RaiseOverflowError("cannot convert float infinity to integer");
        return false;
      }
      if (std::isnan(d)) {
        vm_.RaiseValueError("cannot convert float NaN to integer");
        return false;
      }
      // At most 309 digits.
      BigIntOr<std::string> s = BigInt::FromDouble(std::trunc(d)).ToString(base, vm_.int_max_str_digits);
      if (!s.ok()) {
        vm_.RaiseValueError(IntToStrDigitsLimitMessage(vm_.int_max_str_digits));
        return false;
      }
      text = std::move(s.value());
    } else {
      // __index__ for o/x/X, int() otherwise (PyNumber_Long).
      UnaryFn convert = int_only ? t->index : (t->to_int ? t->to_int : t->index);
      if (convert == nullptr) return wrong_type();
      Value i = convert(vm_, v);
      if (i.is_null()) {
        if (vm_.ExceptionMatches(&kTypeErrorType)) {
          vm_.ClearException();
          return wrong_type();
        }
        return false;
      }
      if (!IsInt(i)) return wrong_type();
      if (!IntDigits(vm_, i, base, scratch, &text)) return false;
    }
    bool negative = !text.empty() && text[0] == '-';
    size_t numdigits = text.size() - (negative ? 1 : 0);
    int prec = spec->prec;
    if (prec > kIntMax - 3) {
      vm_.RaiseOverflowError("precision too large");
      return false;
    }
    size_t zeros = prec > 0 && static_cast<size_t>(prec) > numdigits ? prec - numdigits : 0;
    // A script-chosen precision: the padded copy is charged first, and
    // refused unless its copies into the result (the output buffer, then
    // the str) fit too.
    uint64_t size = text.size() + zeros + 2;
    if (!vm_.ChargeBytes(size) ||
        (size >= 1024 && (!scratch->Charge(size) || !HeapHasRoom(vm_, 2 * size)))) {
      return false;
    }
    bool built = true;
    try {
      out->clear();
      out->reserve(size);
      if (negative) out->push_back('-');
      if ((spec->flags & kAlt) && int_only) {
        out->push_back('0');
        out->push_back(type == 'o' ? 'o' : 'x');
      }
      out->append(zeros, '0');
      out->append(text, negative ? 1 : 0);
    } catch (const std::bad_alloc&) {
      built = false;  // no budget configured, and the process ran out
    }
    if (!built) {
      vm_.RaiseMemoryError();
      return false;
    }
    if (type == 'X') {
      for (char& c : *out) {
        if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
      }
    }
    return true;
  }

  // formatfloat: PyOS_double_to_string(x, type, prec (default 6), '#').
  bool FormatFloatArg(const Spec* spec, Value v, ScratchCharge* scratch, std::string* out) {
    double x;  // PyFloat_AsDouble: an int subclass's own __float__ first
    if (!ToDouble(vm_, v, &x)) return false;
    return FormatDouble(spec, x, scratch, out);
  }

  // formatfloat's digits of `x` for the spec's type, precision and flags;
  // `scratch` is charged for them first and must outlive `out`.
  bool FormatDouble(const Spec* spec, double x, ScratchCharge* scratch, std::string* out) {
    int prec = spec->prec < 0 ? 6 : spec->prec;
    // 'f' can have 309 integer digits besides the precision.
    int64_t digits = FloatDigitsBound(spec->ch, prec, (spec->flags & kAlt) != 0);
    uint64_t estimate = static_cast<uint64_t>(digits) + 400;
    uint64_t copies = 2 * static_cast<uint64_t>(digits);  // into the output, then the result
    if (!vm_.ChargeBytes(estimate) ||
        (estimate >= 1024 && (!scratch->Charge(estimate) || !HeapHasRoom(vm_, copies)))) {
      return false;
    }
    bool built = true;
    try {
      *out = FormatFloat(x, static_cast<char>(spec->ch), prec, (spec->flags & kAlt) != 0,
                         (spec->flags & kNoNeg0) != 0);
    } catch (const std::bad_alloc&) {
      built = false;  // no budget configured, and the process ran out
    }
    if (!built) vm_.RaiseMemoryError();
    return built;
  }

  // formatchar: a one-character str or an int in range(0x110000).
  bool FormatChar(Value v, uint32_t* out) {
    if (IsStr(v)) {
      StrObject* s = As<StrObject>(v);
      if (s->length == 1) {
        *out = StrCodePointAt(s, 0);
        return true;
      }
      vm_.RaiseTypeError("%c requires int or char");
      return false;
    }
    Value i = v;
    if (!IsInt(v)) {
      TypeObject* t = TypeOf(v);
      if (t->index == nullptr) {
        vm_.RaiseTypeError("%c requires int or char");
        return false;
      }
      i = t->index(vm_, v);
      if (i.is_null()) {
        if (vm_.ExceptionMatches(&kTypeErrorType)) {
          vm_.ClearException();
          vm_.RaiseTypeError("%c requires int or char");
        }
        return false;
      }
    }
    int64_t x;
    if (!IsInt(i) || !IntToInt64(i, &x) || x < 0 || x > 0x10FFFF) {
      vm_.RaiseOverflowError("%c arg not in range(0x110000)");
      return false;
    }
    *out = static_cast<uint32_t>(x);
    return true;
  }

  // unicode_format_arg_output: padding, sign and '#' prefix placement.
  // `text` holds `len` code points.
  bool Output(Spec* spec, std::string_view text, size_t len_cps) {
    int64_t len = static_cast<int64_t>(len_cps);
    uint32_t fill = (spec->sign && (spec->flags & kZero)) ? '0' : ' ';
    if ((spec->width == -1 || spec->width <= len) && (spec->prec == -1 || spec->prec >= len) &&
        !(spec->flags & (kSign | kBlank))) {
      return out_.Append(text, len_cps, len_cps == text.size());
    }
    bool text_kind = spec->ch == 's' || spec->ch == 'r' || spec->ch == 'a' ||
                     (bytes_ && spec->ch == 'b');
    if (text_kind && spec->prec >= 0 && len > spec->prec) len = spec->prec;
    // Numbers are ASCII; text is cut by code points below.
    size_t pindex = 0;  // byte offset into text
    char signchar = 0;
    if (spec->sign) {
      char c = text.empty() ? 0 : text[0];
      if (c == '-' || c == '+') {
        signchar = c;
        --len;
        ++pindex;
      } else if (spec->flags & kSign) {
        signchar = '+';
      } else if (spec->flags & kBlank) {
        signchar = ' ';
      } else {
        spec->sign = false;
      }
    }
    int64_t width = spec->width;
    if (width < len) width = len;
    bool prefix = (spec->flags & kAlt) &&
                  (spec->ch == 'x' || spec->ch == 'X' || spec->ch == 'o');
    if (spec->sign) {
      if (fill != ' ' && !out_.AppendAscii(std::string_view(&signchar, 1))) return false;
      if (width > len) --width;
    }
    if (prefix) {
      if (fill != ' ') {
        if (!out_.AppendAscii(text.substr(pindex, 2))) return false;
        pindex += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(spec->flags & kLjust)) {
      if (!out_.AppendFill(fill, static_cast<size_t>(width - len))) return false;
      width = len;
    }
    if (fill == ' ') {
      if (spec->sign && !out_.AppendAscii(std::string_view(&signchar, 1))) return false;
      if (prefix) {
        if (!out_.AppendAscii(text.substr(pindex, 2))) return false;
        pindex += 2;
      }
    }
    if (len > 0) {
      // The first `len` code points from pindex.
      size_t end = pindex;
      if (bytes_) {
        end = pindex + static_cast<size_t>(len) < text.size() ? pindex + static_cast<size_t>(len)
                                                              : text.size();
      } else {
        for (int64_t i = 0; i < len && end < text.size(); ++i) {
          unsigned char lead = static_cast<unsigned char>(text[end]);
          end += lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4));
        }
      }
      std::string_view part = text.substr(pindex, end - pindex);
      if (!out_.Append(part, static_cast<size_t>(len), part.size() == static_cast<size_t>(len))) {
        return false;
      }
    }
    if (width > len && !out_.AppendFill(' ', static_cast<size_t>(width - len))) return false;
    return true;
  }

  Interp& vm_;
  std::string_view fmt_;
  bool bytes_;         // formatting bytes (_PyBytes_FormatEx) rather than str
  size_t pos_ = 0;    // byte offset into fmt_
  int64_t index_ = 0;  // code-point index of pos_
  bool exhausted_ = false;
  StrWriter out_;
  Value args_;
  Value dict_;
  int64_t arglen_ = -1;
  int64_t argidx_ = -2;
  RootScope roots_;
};

}  // namespace

Value StrPercentFormat(Interp& vm, StrObject* format, Value args) {
  PercentFormatter f(vm, format->view(), args, false);
  return f.Run();
}

Value BytesPercentFormat(Interp& vm, Value format, Value args) {
  bool bytearray = IsByteArray(format);
  Value fmt = format;
  RootScope roots(vm);
  roots.Add(&fmt);
  if (!HasType(format, &kBytesType)) {
    // A bytearray (or subclass) format can change while Python code runs:
    // format an immutable copy.
    std::string_view data;
    BytesLikeView(format, &data);
    fmt = NewBytesValue(vm, data);
    if (fmt.is_null()) return fmt;
  }
  PercentFormatter f(vm, As<BytesObject>(fmt)->view(), args, true);
  if (f.Run().is_null()) return Value::Null();
  return NewBytesOfKind(vm, bytearray, f.output());
}

}  // namespace moat::vm
