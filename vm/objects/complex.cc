// complex (CPython's Objects/complexobject.c): the boxed pair of doubles, its
// operators, constructor and methods.
//
// The arithmetic follows _Py_c_sum/_diff/_prod/_quot/_pow and c_powi step
// for step, so results agree with CPython to the last bit (division scales
// by the larger part of the divisor; small integral powers multiply by
// repeated squaring). Mixed operands convert ints with IntToDouble
// (OverflowError "int too large to convert to float") and floats exactly.
// complex has no //, %, divmod or ordering, as in 3.11: those operators
// fall through to the generic "unsupported operand" and "not supported
// between instances" errors.
#include "vm/objects/complex.h"

#include <cmath>
#include <compare>
#include <cstdint>
#include <string>

#include "vm/args.h"
#include "vm/float_format.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/number_slot_methods.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"
#include "vm/warnings.h"

namespace moat::vm {

TypeObject kComplexType;

namespace {

struct Cx {
  double re;
  double im;
};

Cx Prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: false (CPython's EDOM) for a zero divisor.
bool Quot(Cx a, Cx b, Cx* out) {
  const double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *out = {0.0, 0.0};
      return false;
    }
    const double ratio = b.im / b.re;
    const double denom = b.re + b.im * ratio;
    *out = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    *out = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    *out = {NAN, NAN};  // a NaN in the divisor
  }
  return true;
}

// _Py_c_pow: false (EDOM) for zero to a negative or complex power, and for
// an infinite phase.
bool Pow(Cx a, Cx b, Cx* out) {
  if (b.re == 0.0 && b.im == 0.0) {
    *out = {1.0, 0.0};
    return true;
  }
  if (a.re == 0.0 && a.im == 0.0) {
    *out = {0.0, 0.0};
    return !(b.im != 0.0 || b.re < 0.0);
  }
  const double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  const double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  *out = {len * std::cos(phase), len * std::sin(phase)};
  // cos and sin of an infinite phase set errno to EDOM in C, which
  // complex_pow reports as this same ZeroDivisionError: (2+3j) ** inf.
  return !std::isinf(phase);
}

// c_powu: x ** n for 0 < n <= 100 by repeated squaring.
Cx PowU(Cx x, int64_t n) {
  Cx r = {1.0, 0.0}, p = x;
  for (int64_t mask = 1; n >= mask; mask <<= 1) {
    if ((n & mask) != 0) r = Prod(r, p);
    p = Prod(p, p);
  }
  return r;
}

enum class Operand { kOk, kNotNumber, kError };

// TO_COMPLEX: complexes, floats and ints are operands.
Operand ToOperand(Interp& vm, Value v, Cx* out) {
  if (IsComplex(v)) {
    const ComplexObject* c = As<ComplexObject>(v);
    *out = {c->real, c->imag};
    return Operand::kOk;
  }
  if (IsFloat(v)) {
    *out = {FloatValue(v), 0.0};
    return Operand::kOk;
  }
  if (IsInt(v)) {
    out->im = 0.0;
    return IntToDouble(vm, v, &out->re) ? Operand::kOk : Operand::kError;
  }
  return Operand::kNotNumber;
}

Value PowerOf(Interp& vm, Cx a, Cx b) {
  Cx p;
  bool domain_ok;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    // c_powi: a small integral exponent multiplies.
    const auto n = static_cast<int64_t>(b.re);
    if (n > 0) {
      p = PowU(a, n);
      domain_ok = true;
    } else {
      domain_ok = Quot({1.0, 0.0}, PowU(a, -n), &p);
    }
  } else {
    domain_ok = Pow(a, b, &p);
  }
  if (!domain_ok) return vm.RaiseZeroDivisionError("0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) {
    return vm.RaiseOverflowError("complex exponentiation");
  }
  return NewComplex(vm, p.re, p.im);
}

Value ComplexBinaryOp(Interp& vm, BinaryOp op, Value a, Value b) {
  Cx x, y;
  Operand oa = ToOperand(vm, a, &x);
  if (oa != Operand::kOk) return oa == Operand::kError ? Value::Null() : Value::NotImplemented();
  Operand ob = ToOperand(vm, b, &y);
  if (ob != Operand::kOk) return ob == Operand::kError ? Value::Null() : Value::NotImplemented();
  switch (op) {
    case BinaryOp::kAdd:
      return NewComplex(vm, x.re + y.re, x.im + y.im);
    case BinaryOp::kSubtract:
      return NewComplex(vm, x.re - y.re, x.im - y.im);
    case BinaryOp::kMultiply: {
      Cx r = Prod(x, y);
      return NewComplex(vm, r.re, r.im);
    }
    case BinaryOp::kTrueDivide: {
      Cx r;
      if (!Quot(x, y, &r)) return vm.RaiseZeroDivisionError("complex division by zero");
      return NewComplex(vm, r.re, r.im);
    }
    case BinaryOp::kPower:
      return PowerOf(vm, x, y);
    default:
      return Value::NotImplemented();
  }
}

template <BinaryOp kOp>
Value ComplexBinarySlot(Interp& vm, Value a, Value b) {
  return ComplexBinaryOp(vm, kOp, a, b);
}

Cx CxOf(Value v) {
  const ComplexObject* c = As<ComplexObject>(v);
  return {c->real, c->imag};
}

// An exact complex for `self` (a subclass instance gets a plain copy).
Value ExactComplex(Interp& vm, Value self) {
  if (HasType(self, &kComplexType)) return self;
  Cx c = CxOf(self);
  return NewComplex(vm, c.re, c.im);
}

// ---- Type slots -------------------------------------------------------------

Value ComplexReprSlot(Interp& vm, Value self) {
  Cx c = CxOf(self);
  std::string text;
  if (c.re == 0.0 && !std::signbit(c.re)) {
    // A +0 real part: only the imaginary part, without parentheses.
    text = StrCat(ComplexPartRepr(c.im), "j");
  } else {
    std::string im = ComplexPartRepr(c.im);
    // Py_DTSF_SIGN: a '+' before anything that has no '-'.
    text = StrCat("(", ComplexPartRepr(c.re), im[0] == '-' ? "" : "+", im, "j)");
  }
  return NewStrValue(vm, text);
}

int64_t ComplexHashSlot(Interp& vm, Value self) {
  Cx c = CxOf(self);
  int64_t hr, hi;
  // 3.11 hashes a NaN part by the object's identity (_Py_HashDouble(inst)).
  if (FloatHash(c.re, &hr) == FloatStatus::kHashByIdentity) hr = kObjectType.hash(vm, self);
  if (FloatHash(c.im, &hi) == FloatStatus::kHashByIdentity) hi = kObjectType.hash(vm, self);
  // hashreal + 1000003 * hashimag, wrapping as Py_uhash_t does.
  const uint64_t combined = static_cast<uint64_t>(hr) + 1000003u * static_cast<uint64_t>(hi);
  const auto h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

// complex_richcompare: only == and != (the others are NotImplemented, so
// `<` is "not supported between instances of 'complex' and ...").
Value ComplexRichCompare(Interp&, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return Value::NotImplemented();
  Cx x = CxOf(a);
  bool equal;
  if (IsInt(b)) {
    // Exact, as float == int is: no rounding of the int.
    equal = x.im == 0.0 && IntCompareWithDouble(b, x.re) == std::partial_ordering::equivalent;
  } else if (IsFloat(b)) {
    equal = x.re == FloatValue(b) && x.im == 0.0;
  } else if (IsComplex(b)) {
    Cx y = CxOf(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return Value::NotImplemented();
  }
  return Value::Bool(op == CompareOp::kEq ? equal : !equal);
}

int ComplexTruth(Interp&, Value self) {
  Cx c = CxOf(self);
  return c.re != 0.0 || c.im != 0.0;
}

Value ComplexNegative(Interp& vm, Value self) {
  Cx c = CxOf(self);
  return NewComplex(vm, -c.re, -c.im);
}

Value ComplexPositive(Interp& vm, Value self) { return ExactComplex(vm, self); }

// _Py_c_abs: an infinite part wins over a NaN one.
Value ComplexAbsolute(Interp& vm, Value self) {
  Cx c = CxOf(self);
  double r;
  if (!std::isfinite(c.re) || !std::isfinite(c.im)) {
    if (std::isinf(c.re) || std::isinf(c.im)) {
      r = INFINITY;
    } else {
      r = NAN;
    }
  } else {
    r = std::hypot(c.re, c.im);
    if (std::isinf(r)) return vm.RaiseOverflowError("absolute value too large");
  }
  return NewFloat(vm, r);
}

// ---- Methods ----------------------------------------------------------------

Value ComplexConjugate(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "complex.conjugate")) return Value::Null();
  Cx c = CxOf(self);
  return NewComplex(vm, c.re, -c.im);
}

Value ComplexComplexMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "complex.__complex__")) return Value::Null();
  return ExactComplex(vm, self);
}

Value ComplexGetNewArgs(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "complex.__getnewargs__")) return Value::Null();
  Cx c = CxOf(self);
  Value re = NewFloat(vm, c.re);
  if (re.is_null()) return re;
  Value im = NewFloat(vm, c.im);
  if (im.is_null()) return im;
  Value items[2] = {re, im};
  TupleObject* t = NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value ComplexFormatMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "complex.__format__")) return Value::Null();
  Value spec = args.args[0];
  if (!IsStr(spec)) {
    return vm.RaiseFormat(&kTypeErrorType, "__format__() argument must be str, not %s",
                          ClinicTypeName(spec));
  }
  return FormatBuiltin(vm, self, As<StrObject>(spec)->view());
}

Value ComplexGetReal(Interp& vm, Value self, CallArgs) { return NewFloat(vm, CxOf(self).re); }
Value ComplexGetImag(Interp& vm, Value self, CallArgs) { return NewFloat(vm, CxOf(self).im); }

using number_internal::BinaryMethod;
using number_internal::CompareMethod;
using number_internal::UnaryMethod;

const MethodDef kComplexMethods[] = {
    {"__abs__", UnaryMethod<&TypeObject::absolute>},
    {"__add__", BinaryMethod<BinaryOp::kAdd, false>},
    {"__bool__", number_internal::BoolMethod},
    {"__complex__", ComplexComplexMethod},
    {"__eq__", CompareMethod<CompareOp::kEq>},
    {"__format__", ComplexFormatMethod},
    {"__ge__", CompareMethod<CompareOp::kGe>},
    {"__getnewargs__", ComplexGetNewArgs},
    {"__gt__", CompareMethod<CompareOp::kGt>},
    {"__hash__", number_internal::HashMethod},
    {"__le__", CompareMethod<CompareOp::kLe>},
    {"__lt__", CompareMethod<CompareOp::kLt>},
    {"__mul__", BinaryMethod<BinaryOp::kMultiply, false>},
    {"__ne__", CompareMethod<CompareOp::kNe>},
    {"__neg__", UnaryMethod<&TypeObject::negative>},
    {"__pos__", UnaryMethod<&TypeObject::positive>},
    {"__pow__", BinaryMethod<BinaryOp::kPower, false>},
    {"__radd__", BinaryMethod<BinaryOp::kAdd, true>},
    {"__rmul__", BinaryMethod<BinaryOp::kMultiply, true>},
    {"__rpow__", BinaryMethod<BinaryOp::kPower, true>},
    {"__rsub__", BinaryMethod<BinaryOp::kSubtract, true>},
    {"__rtruediv__", BinaryMethod<BinaryOp::kTrueDivide, true>},
    {"__sub__", BinaryMethod<BinaryOp::kSubtract, false>},
    {"__truediv__", BinaryMethod<BinaryOp::kTrueDivide, false>},
    {"conjugate", ComplexConjugate},
    {"imag", ComplexGetImag, MethodKind::kGetter},
    {"real", ComplexGetReal, MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- Construction -----------------------------------------------------------

// The end of the longest prefix of s[pos..] that PyOS_string_to_double
// accepts: [sign] (digits [. digits] | . digits) [e [sign] digits], or
// [sign] inf / infinity / nan in any case. `pos` when there is none.
size_t ScanFloat(std::string_view s, size_t pos) {
  size_t p = pos;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  auto word = [&](std::string_view w) {
    if (s.size() - p < w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = s[p + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != w[i]) return false;
    }
    return true;
  };
  if (word("infinity")) return p + 8;
  if (word("inf") || word("nan")) return p + 3;
  auto is_digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  size_t digits = 0;
  while (is_digit(p)) ++p, ++digits;
  if (p < s.size() && s[p] == '.') {
    ++p;
    while (is_digit(p)) ++p, ++digits;
  }
  if (digits == 0) return pos;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    size_t e = p + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    if (is_digit(e)) {
      while (is_digit(e)) ++e;
      p = e;
    }
  }
  return p;
}

bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// complex_from_string_inner over the ASCII form of the text: <float>,
// <float>j, <float><signed-float>j, and the old forms <float><sign>j,
// <sign>j and j, optionally in parentheses, with surrounding whitespace.
bool ParseComplex(std::string_view s, Cx* out) {
  size_t p = 0;
  while (p < s.size() && IsAsciiSpace(s[p])) ++p;
  bool bracket = false;
  if (p < s.size() && s[p] == '(') {
    bracket = true;
    ++p;
    while (p < s.size() && IsAsciiSpace(s[p])) ++p;
  }
  auto parse = [&](size_t from, size_t to, double* d) {
    return ParseFloat(s.substr(from, to - from), d);
  };
  auto is_j = [&](size_t i) { return i < s.size() && (s[i] == 'j' || s[i] == 'J'); };
  double x = 0.0, y = 0.0;
  size_t end = ScanFloat(s, p);
  if (end != p) {
    double z;
    if (!parse(p, end, &z)) return false;
    p = end;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
      x = z;
      size_t end2 = ScanFloat(s, p);
      if (end2 != p) {
        if (!parse(p, end2, &y)) return false;
        p = end2;
      } else {
        y = s[p] == '+' ? 1.0 : -1.0;
        ++p;
      }
      if (!is_j(p)) return false;
      ++p;
    } else if (is_j(p)) {
      ++p;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
      y = s[p] == '+' ? 1.0 : -1.0;
      ++p;
    } else {
      y = 1.0;
    }
    if (!is_j(p)) return false;
    ++p;
  }
  while (p < s.size() && IsAsciiSpace(s[p])) ++p;
  if (bracket) {
    if (p >= s.size() || s[p] != ')') return false;
    ++p;
    while (p < s.size() && IsAsciiSpace(s[p])) ++p;
  }
  if (p != s.size()) return false;
  *out = {x, y};
  return true;
}

// _Py_string_to_number_with_underscores: an underscore is allowed only
// between two digits; the valid ones are dropped before parsing.
bool StripUnderscores(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '_') {
      out->push_back(s[i]);
      continue;
    }
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (i == 0 || i + 1 == s.size() || !digit(s[i - 1]) || !digit(s[i + 1])) return false;
  }
  return true;
}

bool IsRealNumber(Value v) {
  if (IsFloat(v) || IsInt(v)) return true;
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->to_float != nullptr || t->index != nullptr) return true;
  }
  return false;
}

// complex(real=0, imag=0) for exactly complex: complex_new_impl.
bool ComplexFromArgs(Interp& vm, CallArgs args, Cx* out) {
  static const ArgSpec kSpec("complex(real=0, imag=0)");
  Value a[2];
  if (!ParseArgs(vm, kSpec, args, a)) return false;
  Value r = a[0], i = a[1];
  if (!r.is_null() && IsStr(r)) {
    if (!i.is_null()) {
      vm.RaiseTypeError("complex() can't take second arg if first is a string");
      return false;
    }
    ScratchCharge scratch(vm);
    std::string_view text = As<StrObject>(r)->view();
    if (!vm.ChargeBytes(text.size()) || !scratch.Charge(2 * uint64_t{text.size()})) return false;
    std::string ascii = NumericTextToAscii(text), plain;
    if (!StripUnderscores(ascii, &plain)) {
      vm.RaiseValueError(StrCat("could not convert string to complex: ", StrRepr(text)));
      return false;
    }
    if (!ParseComplex(plain, out)) {
      vm.RaiseValueError("complex() arg is a malformed string");
      return false;
    }
    return true;
  }
  if (!i.is_null() && IsStr(i)) {
    vm.RaiseTypeError("complex() second arg can't be a string");
    return false;
  }
  Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  RootScope roots(vm);
  roots.Add(&r);
  roots.Add(&i);
  if (!r.is_null() && !HasType(r, &kComplexType)) {
    // CPython's try_complex_special_method: a `__complex__` on the type
    // comes before `__float__` and `__index__`, a complex subclass's too.
    Value method = LookupSpecial(vm, r, vm.Intern("__complex__"));
    if (method.is_null() && vm.HasException()) return false;
    if (!method.is_null()) {
      r = vm.Call(method, CallArgs{});
      if (r.is_null()) return false;
      if (!IsComplex(r)) {
        vm.RaiseFormat(&kTypeErrorType, "__complex__ returned non-complex (type %s)",
                       std::string(TypeName(r)));
        return false;
      }
      if (!HasType(r, &kComplexType) && !WarnSubclassResult(vm, "__complex__", r, "complex")) {
        return false;
      }
    }
  }
  if (!r.is_null()) {
    if (IsComplex(r)) {
      cr = CxOf(r);
      cr_is_complex = true;
    } else if (IsRealNumber(r)) {
      if (!NumberFloatAsDouble(vm, r, &cr.re)) return false;
    } else {
      vm.RaiseFormat(&kTypeErrorType,
                     "complex() first argument must be a string or a number, not '%s'",
                     std::string(TypeName(r)));
      return false;
    }
  }
  if (i.is_null()) {
    ci.re = cr.im;
  } else if (IsComplex(i)) {
    ci = CxOf(i);
    ci_is_complex = true;
  } else if (IsRealNumber(i)) {
    if (!NumberFloatAsDouble(vm, i, &ci.re)) return false;
  } else {
    vm.RaiseFormat(&kTypeErrorType, "complex() second argument must be a number, not '%s'",
                   std::string(TypeName(i)));
    return false;
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && !i.is_null()) ci.re += cr.im;
  *out = {cr.re, ci.re};
  return true;
}

Value ComplexNew(Interp& vm, TypeObject* type, CallArgs args) {
  if (type == &kComplexType && args.nargs == 1 && args.nkwargs() == 0 &&
      HasType(args.args[0], &kComplexType)) {
    return args.args[0];
  }
  Cx c;
  if (!ComplexFromArgs(vm, args, &c)) return Value::Null();
  if (type == &kComplexType) return NewComplex(vm, c.re, c.im);
  ComplexObject* o = NewInstance<ComplexObject>(vm, type);
  if (o == nullptr) return Value::Null();
  o->real = c.re;
  o->imag = c.im;
  return Value::FromObject(o);
}

Value ComplexConstruct(Interp& vm, Value cls, CallArgs args) {
  return ComplexNew(vm, As<TypeObject>(cls), args);
}

}  // namespace

std::string ComplexPartRepr(double x) {
  // repr's digits without the ".0" float's repr adds (no Py_DTSF_ADD_DOT_0).
  std::string s = FloatRepr(x);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0 &&
      s.find_first_of("eE") == std::string::npos) {
    s.resize(s.size() - 2);
  }
  return s;
}

Value NewComplex(Interp& vm, double real, double imag) {
  ComplexObject* c = vm.New<ComplexObject>(&kComplexType);
  if (c == nullptr) return Value::Null();
  c->real = real;
  c->imag = imag;
  return Value::FromObject(c);
}

Value ComplexPower(Interp& vm, double a_real, double a_imag, double b_real, double b_imag) {
  return PowerOf(vm, {a_real, a_imag}, {b_real, b_imag});
}

// real and imag are read-only members in CPython.
int ComplexSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  return RefuseSetAttrWithMembers(vm, self, name, {"real", "imag"});
}

void InitComplexType() {
  InitStaticType(&kComplexType, "complex", &kObjectType, kTypeBaseType);
  kComplexType.repr = ComplexReprSlot;
  kComplexType.hash = ComplexHashSlot;
  kComplexType.richcompare = ComplexRichCompare;
  kComplexType.truth = ComplexTruth;
  kComplexType.setattr = ComplexSetAttr;
  kComplexType.binary[static_cast<int>(BinaryOp::kAdd)] = ComplexBinarySlot<BinaryOp::kAdd>;
  kComplexType.binary[static_cast<int>(BinaryOp::kSubtract)] =
      ComplexBinarySlot<BinaryOp::kSubtract>;
  kComplexType.binary[static_cast<int>(BinaryOp::kMultiply)] =
      ComplexBinarySlot<BinaryOp::kMultiply>;
  kComplexType.binary[static_cast<int>(BinaryOp::kTrueDivide)] =
      ComplexBinarySlot<BinaryOp::kTrueDivide>;
  kComplexType.binary[static_cast<int>(BinaryOp::kPower)] = ComplexBinarySlot<BinaryOp::kPower>;
  kComplexType.negative = ComplexNegative;
  kComplexType.positive = ComplexPositive;
  kComplexType.absolute = ComplexAbsolute;
  kComplexType.methods = kComplexMethods;
  kComplexType.construct = ComplexConstruct;
  kComplexType.basic_size = sizeof(ComplexObject);
  kComplexType.new_instance = ComplexNew;
}

}  // namespace moat::vm
