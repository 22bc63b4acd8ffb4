// float (CPython's Objects/floatobject.c): the boxed double, its operators,
// comparisons with ints, methods and constructor.
//
// The numerics that CPython can get subtly wrong-or-right (repr digits,
// float(str), round, // and %, **, hash, hex) are in vm/float_format.cc as
// pure functions; this file converts operands, allocates results and turns
// FloatStatus values into exceptions (RaiseFloatStatus).
//
// Mixed int/float arithmetic converts the int with IntToDouble, which raises
// OverflowError "int too large to convert to float" (CONVERT_TO_DOUBLE).
// Comparisons with ints never convert: they are exact (IntCompareWithDouble),
// as float_richcompare is.
#include "vm/objects/float.h"

#include <cmath>
#include <compare>
#include <string>
#include <utility>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/complex.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/number_slot_methods.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

TypeObject kFloatType;

namespace {

enum class Operand { kOk, kNotNumber, kError };

// CONVERT_TO_DOUBLE: floats and ints are operands, anything else makes the
// operator return NotImplemented.
Operand ToOperand(Interp& vm, Value v, double* out) {
  if (IsFloat(v)) {
    *out = FloatValue(v);
    return Operand::kOk;
  }
  if (IsInt(v)) return IntToDouble(vm, v, out) ? Operand::kOk : Operand::kError;
  return Operand::kNotNumber;
}

template <typename Slot>
Slot FindSlot(TypeObject* t, Slot TypeObject::*slot) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->*slot != nullptr) return tt->*slot;
  }
  return nullptr;
}

Value NewPair(Interp& vm, Value a, Value b) {
  if (a.is_null() || b.is_null()) return Value::Null();
  Value items[2] = {a, b};
  TupleObject* t = NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// An exact float for `self` (float subclasses, issue 3, get a plain copy).
Value ExactFloat(Interp& vm, Value self) {
  if (HasType(self, &kFloatType)) return self;
  return NewFloat(vm, FloatValue(self));
}

}  // namespace

Value NewFloat(Interp& vm, double v) {
  FloatObject* f = vm.New<FloatObject>(&kFloatType);
  if (f == nullptr) return Value::Null();
  f->value = v;
  return Value::FromObject(f);
}

namespace {

// What v's nb_float slot `to_float` returns, which must be a float.
bool DoubleFromFloatSlot(Interp& vm, Value v, UnaryFn to_float, double* out) {
  Value r = to_float(vm, v);
  if (r.is_null()) return false;
  if (!IsFloat(r)) {
    vm.RaiseFormat(&kTypeErrorType, "%s.__float__ returned non-float (type %s)",
                   TypeOf(v)->name, std::string(TypeName(r)));
    return false;
  }
  *out = FloatValue(r);
  return true;
}

}  // namespace

bool ToDouble(Interp& vm, Value v, double* out) {
  // PyFloat_AsDouble.
  if (IsFloat(v)) {
    *out = FloatValue(v);
    return true;
  }
  TypeObject* t = TypeOf(v);
  // An int subclass's own __float__ comes first, as its nb_float slot.
  if (IsInt(v) && !IsUserClass(t)) return IntToDouble(vm, v, out);
  if (UnaryFn to_float = FindSlot(t, &TypeObject::to_float)) {
    return DoubleFromFloatSlot(vm, v, to_float, out);
  }
  if (IsInt(v)) return IntToDouble(vm, v, out);
  if (FindSlot(t, &TypeObject::index) != nullptr) {
    Value i = NumberIndex(vm, v);
    return !i.is_null() && IntToDouble(vm, i, out);
  }
  vm.RaiseFormat(&kTypeErrorType, "must be real number, not %s", t->name);
  return false;
}

bool NumberFloatAsDouble(Interp& vm, Value v, double* out) {
  if (IsFloat(v) && IsUserClass(TypeOf(v))) {
    if (UnaryFn to_float = FindSlot(TypeOf(v), &TypeObject::to_float)) {
      return DoubleFromFloatSlot(vm, v, to_float, out);
    }
  }
  return ToDouble(vm, v, out);
}

Value RaiseFloatStatus(Interp& vm, FloatStatus status) {
  FloatError e = FloatStatusError(status);
  TypeObject* type = &kValueErrorType;
  switch (e.type) {
    case FloatErrorType::kZeroDivisionError:
      type = &kZeroDivisionErrorType;
      break;
    case FloatErrorType::kOverflowError:
      type = &kOverflowErrorType;
      break;
    default:
      break;
  }
  if (int err = FloatPowErrno(status); err != 0) {
    // PyErr_SetFromErrno: args are (errno, strerror); the message is their
    // tuple's str, "(34, 'Numerical result out of range')".
    std::string_view m = e.message;
    size_t open = m.find('\''), close = m.rfind('\'');
    if (open != std::string_view::npos && close > open) {
      Value text = NewStrValue(vm, m.substr(open + 1, close - open - 1));
      if (text.is_null()) return text;
      Value items[2] = {Value::SmallInt(err), text};
      TupleObject* args = NewTupleFrom(vm, items, 2);
      if (args == nullptr) return Value::Null();
      ExceptionObject* exc = NewException(vm, type, args);
      if (exc == nullptr) return Value::Null();
      return vm.SetException(Value::FromObject(exc));
    }
  }
  return vm.Raise(type, e.message);
}

Value FloatBinaryOp(Interp& vm, BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::kAdd:
    case BinaryOp::kSubtract:
    case BinaryOp::kMultiply:
    case BinaryOp::kTrueDivide:
    case BinaryOp::kFloorDivide:
    case BinaryOp::kRemainder:
    case BinaryOp::kPower:
      break;
    default:
      return Value::NotImplemented();
  }
  double x, y;
  Operand oa = ToOperand(vm, a, &x);
  if (oa != Operand::kOk) return oa == Operand::kError ? Value::Null() : Value::NotImplemented();
  Operand ob = ToOperand(vm, b, &y);
  if (ob != Operand::kOk) return ob == Operand::kError ? Value::Null() : Value::NotImplemented();
  double r = 0;
  FloatStatus s = FloatStatus::kOk;
  switch (op) {
    case BinaryOp::kAdd:
      r = x + y;
      break;
    case BinaryOp::kSubtract:
      r = x - y;
      break;
    case BinaryOp::kMultiply:
      r = x * y;
      break;
    case BinaryOp::kTrueDivide:
      s = FloatTrueDiv(x, y, &r);
      break;
    case BinaryOp::kFloorDivide:
      s = FloatFloorDiv(x, y, &r);
      break;
    case BinaryOp::kRemainder:
      s = FloatMod(x, y, &r);
      break;
    default:  // kPower
      s = FloatPow(x, y, &r);
      // float_pow hands a negative base with a non-integral exponent on to
      // complex_pow.
      if (s == FloatStatus::kComplexResult) return ComplexPower(vm, x, 0.0, y, 0.0);
      break;
  }
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  return NewFloat(vm, r);
}

Value FloatDivmodValue(Interp& vm, Value a, Value b) {
  if (!IsFloat(a) && !IsFloat(b)) return Value::NotImplemented();
  double x, y;
  Operand oa = ToOperand(vm, a, &x);
  if (oa != Operand::kOk) return oa == Operand::kError ? Value::Null() : Value::NotImplemented();
  Operand ob = ToOperand(vm, b, &y);
  if (ob != Operand::kOk) return ob == Operand::kError ? Value::Null() : Value::NotImplemented();
  double q, r;
  FloatStatus s = FloatDivmod(x, y, &q, &r);
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  Value qv = NewFloat(vm, q);
  if (qv.is_null()) return qv;
  return NewPair(vm, qv, NewFloat(vm, r));
}

Value FloatToIntValue(Interp& vm, double x) {
  if (std::isnan(x)) return vm.RaiseValueError("cannot convert float NaN to integer");
  if (std::isinf(x)) return vm.RaiseOverflowError("cannot convert float infinity to integer");
  // |x| < 2**62: the truncated value is a small int.
  if (std::fabs(x) < 4611686018427387904.0) return Value::SmallInt(static_cast<int64_t>(x));
  return IntFromBig(vm, BigInt::FromDouble(x));
}

Value FloatRoundValue(Interp& vm, double x, Value ndigits) {
  if (ndigits.is_null() || ndigits.is_none()) return FloatToIntValue(vm, FloatRoundHalfEven(x));
  int64_t n;
  if (!IndexToInt64Clamped(vm, ndigits, &n)) return Value::Null();
  double r;
  FloatStatus s = FloatRound(x, n, &r);
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  return NewFloat(vm, r);
}

Value FloatFromString(Interp& vm, std::string_view text) {
  std::string ascii = NumericTextToAscii(text);
  double d;
  if (!ParseFloat(ascii, &d)) {
    return vm.RaiseValueError(StrCat(kFloatParseErrorPrefix, StrRepr(text)));
  }
  return NewFloat(vm, d);
}

namespace {

// ---- Type slots -------------------------------------------------------------


Value FloatReprSlot(Interp& vm, Value self) { return NewStrValue(vm, FloatRepr(FloatValue(self))); }

int64_t FloatHashSlot(Interp& vm, Value self) {
  int64_t h;
  if (FloatHash(FloatValue(self), &h) == FloatStatus::kHashByIdentity) {
    // 3.11 hashes a NaN like object.__hash__ (by identity).
    return kObjectType.hash(vm, self);
  }
  return h;
}

Value FloatRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  double x = FloatValue(a);
  if (IsFloat(b)) return Value::Bool(OrderingSatisfies(x <=> FloatValue(b), op));
  // float_richcompare compares with ints exactly, never through a rounded
  // conversion (2**53 + 1 > 2.0**53).
  if (IsInt(b)) return Value::Bool(OrderingSatisfies(0 <=> IntCompareWithDouble(b, x), op));
  return Value::NotImplemented();
}

int FloatTruth(Interp&, Value self) { return FloatValue(self) != 0.0; }

template <BinaryOp kOp>
Value FloatBinarySlot(Interp& vm, Value a, Value b) {
  return FloatBinaryOp(vm, kOp, a, b);
}

Value FloatNegative(Interp& vm, Value self) { return NewFloat(vm, -FloatValue(self)); }
Value FloatPositive(Interp& vm, Value self) { return ExactFloat(vm, self); }
Value FloatAbsolute(Interp& vm, Value self) { return NewFloat(vm, std::fabs(FloatValue(self))); }
Value FloatToIntSlot(Interp& vm, Value self) { return FloatToIntValue(vm, FloatValue(self)); }

// ---- Methods ----------------------------------------------------------------

Value FloatAsIntegerRatio(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.as_integer_ratio")) return Value::Null();
  FloatRatio ratio;
  FloatStatus s = FloatAsIntegerRatio(FloatValue(self), &ratio);
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  BigInt num(ratio.numerator), den(1);
  if (ratio.exponent >= 0) {
    num = BigInt::Lshift(num, static_cast<uint64_t>(ratio.exponent));
  } else {
    den = BigInt::Lshift(den, static_cast<uint64_t>(-ratio.exponent));
  }
  Value n = IntFromBig(vm, std::move(num));
  if (n.is_null()) return n;
  return NewPair(vm, n, IntFromBig(vm, std::move(den)));
}

Value FloatIsIntegerMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.is_integer")) return Value::Null();
  return Value::Bool(FloatIsInteger(FloatValue(self)));
}

Value FloatHexMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.hex")) return Value::Null();
  return NewStrValue(vm, FloatHex(FloatValue(self)));
}

Value FloatFromHexMethod(Interp& vm, Value cls, CallArgs args) {
  if ((args.nargs != 1 || args.nkwargs() != 0) &&
      !CheckMethodOneArg(vm, args, ClassMethodQualname(cls, "fromhex").c_str())) {
    return Value::Null();
  }
  Value text = args.args[0];
  if (!IsStr(text)) return vm.RaiseTypeError("bad argument type for built-in operation");
  if (!CheckUtf8Encodable(vm, As<StrObject>(text))) return Value::Null();
  double d;
  FloatStatus s = FloatFromHex(As<StrObject>(text)->view(), &d);
  if (s != FloatStatus::kOk) return RaiseFloatStatus(vm, s);
  Value r = NewFloat(vm, d);
  if (r.is_null() || As<TypeObject>(cls) == &kFloatType) return r;
  return vm.Call1(cls, r);  // a subclass: cls(result), as float_fromhex does
}

Value FloatConjugate(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.conjugate")) return Value::Null();
  return ExactFloat(vm, self);
}

Value FloatFloatMethod(Interp& vm, Value self, CallArgs args) {
  // A slot wrapper in CPython: "expected 0 arguments, got 1".
  if (!number_internal::ExactArgs(vm, args, 0, "__float__")) return Value::Null();
  return ExactFloat(vm, self);
}

Value FloatTruncMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.__trunc__")) return Value::Null();
  return FloatToIntValue(vm, FloatValue(self));
}

Value FloatIntMethod(Interp& vm, Value self, CallArgs args) {
  if (!number_internal::ExactArgs(vm, args, 0, "__int__")) return Value::Null();
  return FloatToIntValue(vm, FloatValue(self));
}

Value FloatFloorMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.__floor__")) return Value::Null();
  return FloatToIntValue(vm, std::floor(FloatValue(self)));
}

Value FloatCeilMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "float.__ceil__")) return Value::Null();
  return FloatToIntValue(vm, std::ceil(FloatValue(self)));
}

Value FloatRoundMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("float.__round__(ndigits=None, /)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return FloatRoundValue(vm, FloatValue(self), out[0]);
}

Value FloatFormatMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "float.__format__")) return Value::Null();
  Value spec = args.args[0];
  if (!IsStr(spec)) {
    return vm.RaiseFormat(&kTypeErrorType, "__format__() argument must be str, not %s",
                          spec.is_none() ? std::string("None") : std::string(TypeName(spec)));
  }
  return FormatBuiltin(vm, self, As<StrObject>(spec)->view());
}

Value FloatGetNewArgs(Interp& vm, Value self, CallArgs args) {
  // (copy of self,): CPython makes a new float object each time.
  if (!CheckMethodNoArgs(vm, args, "float.__getnewargs__")) return Value::Null();
  return NewArgsTuple(vm, NewFloat(vm, FloatValue(self)));
}

// float.__getformat__(typestr): how C doubles and floats are stored; moat
// builds only for IEEE 754 little-endian hosts (as CPython reports on x86-64
// and arm64).
Value FloatGetFormat(Interp& vm, Value cls, CallArgs args) {
  if ((args.nargs != 1 || args.nkwargs() != 0) &&
      !CheckMethodOneArg(vm, args, ClassMethodQualname(cls, "__getformat__").c_str())) {
    return Value::Null();
  }
  Value typestr = args.args[0];
  if (!IsStr(typestr)) {
    return vm.RaiseFormat(&kTypeErrorType, "__getformat__() argument must be str, not %s",
                          typestr.is_none() ? std::string("None") : std::string(TypeName(typestr)));
  }
  std::string_view t = As<StrObject>(typestr)->view();
  if (t != "double" && t != "float") {
    return vm.RaiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
  }
  return NewStrValue(vm, "IEEE, little-endian");
}

Value FloatGetReal(Interp& vm, Value self, CallArgs) { return ExactFloat(vm, self); }
Value FloatGetImag(Interp& vm, Value, CallArgs) { return NewFloat(vm, 0.0); }

const MethodDef kFloatMethods[] = {
    MOAT_NUMBER_SLOT_METHODS,
    {"__ceil__", FloatCeilMethod},
    {"__float__", FloatFloatMethod},
    {"__floor__", FloatFloorMethod},
    {"__format__", FloatFormatMethod},
    {"__getformat__", FloatGetFormat, MethodKind::kClassMethod},
    {"__getnewargs__", FloatGetNewArgs},
    {"__int__", FloatIntMethod},
    {"__round__", FloatRoundMethod},
    {"__trunc__", FloatTruncMethod},
    CountedMethod("as_integer_ratio", FloatAsIntegerRatio),
    CountedMethod("conjugate", FloatConjugate),
    {"fromhex", FloatFromHexMethod, MethodKind::kClassMethod},
    CountedMethod("hex", FloatHexMethod),
    {"imag", FloatGetImag, MethodKind::kGetter},
    CountedMethod("is_integer", FloatIsIntegerMethod),
    {"real", FloatGetReal, MethodKind::kGetter},
    {nullptr, nullptr},
};

// float(x=0.0, /) for exactly float: float_new_impl and PyNumber_Float.
Value FloatValueFromArgs(Interp& vm, CallArgs args) {
  if (args.nargs == 0) return NewFloat(vm, 0.0);
  Value x = args.args[0];
  // Only an exact str is parsed at once: a subclass's __float__ or
  // __index__ comes first (float_new_impl, then PyNumber_Float).
  if (IsExactStr(x)) return FloatFromString(vm, As<StrObject>(x)->view());
  if (HasType(x, &kFloatType)) return x;
  TypeObject* t = TypeOf(x);
  if (UnaryFn to_float = FindSlot(t, &TypeObject::to_float)) {
    Value r = to_float(vm, x);
    if (r.is_null()) return r;
    if (!IsFloat(r)) {
      return vm.RaiseFormat(&kTypeErrorType, "%s.__float__ returned non-float (type %s)", t->name,
                            std::string(TypeName(r)));
    }
    return ExactFloat(vm, r);
  }
  if (FindSlot(t, &TypeObject::index) != nullptr) {
    Value i = NumberIndex(vm, x);
    double d;
    if (i.is_null() || !IntToDouble(vm, i, &d)) return Value::Null();
    return NewFloat(vm, d);
  }
  if (IsFloat(x)) return NewFloat(vm, FloatValue(x));
  if (IsStr(x)) return FloatFromString(vm, As<StrObject>(x)->view());
  std::string_view bytes;
  if (BytesLikeView(x, &bytes)) return FloatFromBytesText(vm, x);
  return vm.RaiseFormat(&kTypeErrorType,
                        "float() argument must be a string or a real number, not '%s'", t->name);
}

// float.__new__(type, x=0.0, /): the value, then for a subclass an instance
// of it (float_subtype_new). Keywords are refused unless a user __init__
// may take them.
Value FloatNew(Interp& vm, TypeObject* type, CallArgs args) {
  bool init_is_objects = type == &kFloatType || type->init == kObjectType.init;
  if ((init_is_objects && !CheckNoKeywords(vm, args, "float")) ||
      !CheckPositionalCount(vm, args, "float", 0, 1)) {
    return Value::Null();
  }
  Value v = FloatValueFromArgs(vm, args);
  if (v.is_null() || type == &kFloatType) return v;
  FloatObject* f = NewInstance<FloatObject>(vm, type);
  if (f == nullptr) return Value::Null();
  f->value = FloatValue(v);
  return Value::FromObject(f);
}

Value FloatConstruct(Interp& vm, Value cls, CallArgs args) {
  return FloatNew(vm, As<TypeObject>(cls), args);
}

}  // namespace

void InitFloatType() {
  InitStaticType(&kFloatType, "float", &kObjectType, kTypeBaseType | kTypeVectorcall);
  kFloatType.repr = FloatReprSlot;
  kFloatType.hash = FloatHashSlot;
  kFloatType.richcompare = FloatRichCompare;
  kFloatType.truth = FloatTruth;
  kFloatType.binary[static_cast<int>(BinaryOp::kAdd)] = FloatBinarySlot<BinaryOp::kAdd>;
  kFloatType.binary[static_cast<int>(BinaryOp::kSubtract)] = FloatBinarySlot<BinaryOp::kSubtract>;
  kFloatType.binary[static_cast<int>(BinaryOp::kMultiply)] = FloatBinarySlot<BinaryOp::kMultiply>;
  kFloatType.binary[static_cast<int>(BinaryOp::kTrueDivide)] =
      FloatBinarySlot<BinaryOp::kTrueDivide>;
  kFloatType.binary[static_cast<int>(BinaryOp::kFloorDivide)] =
      FloatBinarySlot<BinaryOp::kFloorDivide>;
  kFloatType.binary[static_cast<int>(BinaryOp::kRemainder)] = FloatBinarySlot<BinaryOp::kRemainder>;
  kFloatType.binary[static_cast<int>(BinaryOp::kPower)] = FloatBinarySlot<BinaryOp::kPower>;
  kFloatType.negative = FloatNegative;
  kFloatType.positive = FloatPositive;
  kFloatType.absolute = FloatAbsolute;
  kFloatType.to_int = FloatToIntSlot;
  kFloatType.to_float = FloatPositive;
  kFloatType.methods = kFloatMethods;
  kFloatType.construct = FloatConstruct;
  kFloatType.basic_size = sizeof(FloatObject);
  kFloatType.new_instance = FloatNew;
}

}  // namespace moat::vm
