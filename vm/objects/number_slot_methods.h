// The operator dunders of int, bool and float as Python-visible methods
// ((3).__add__(4), (1.5).__rtruediv__(3), True.__and__(1), (2).__lt__(3)):
// CPython's slot wrappers (Objects/typeobject.c: wrap_binaryfunc_l/_r,
// wrap_ternaryfunc(_r), wrap_richcmpfunc, wrap_unaryfunc, wrap_inquirypred,
// wrap_hashfunc). Each calls the receiver type's slot, so a wrapper returns
// NotImplemented exactly when the slot does: (3).__eq__(3.0) is
// NotImplemented, and 3 == 3.0 is answered by float's reflected comparison.
//
// Internal to int.cc and float.cc, which put MOAT_NUMBER_SLOT_METHODS (and
// MOAT_INT_ONLY_SLOT_METHODS for int) in their method tables.
// Hazards: those of the slots they call (raise, allocate).
#ifndef MOAT_VM_OBJECTS_NUMBER_SLOT_METHODS_H_
#define MOAT_VM_OBJECTS_NUMBER_SLOT_METHODS_H_

#include <cstddef>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/complex.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"

namespace moat::vm::number_internal {

inline constexpr const char* kBinaryDunders[kNumBinaryOps][2] = {
    {"__add__", "__radd__"},           {"__and__", "__rand__"},
    {"__floordiv__", "__rfloordiv__"}, {"__lshift__", "__rlshift__"},
    {"__matmul__", "__rmatmul__"},     {"__mul__", "__rmul__"},
    {"__mod__", "__rmod__"},           {"__or__", "__ror__"},
    {"__pow__", "__rpow__"},           {"__rshift__", "__rrshift__"},
    {"__sub__", "__rsub__"},           {"__truediv__", "__rtruediv__"},
    {"__xor__", "__rxor__"},
};
inline constexpr const char* kCompareDunders[] = {"__lt__", "__le__", "__eq__",
                                                  "__ne__", "__gt__", "__ge__"};

inline bool NoKeywords(Interp& vm, CallArgs args, const char* name) {
  if (args.nkwargs() == 0) return true;
  vm.RaiseFormat(&kTypeErrorType, "wrapper %s() takes no keyword arguments", name);
  return false;
}

// check_num_args: "expected 1 argument, got 2".
inline bool ExactArgs(Interp& vm, CallArgs args, size_t n, const char* name) {
  if (!NoKeywords(vm, args, name)) return false;
  if (args.nargs == n) return true;
  vm.RaiseFormat(&kTypeErrorType, "expected %d argument%s, got %d", n, n == 1 ? "" : "s",
                 args.nargs);
  return false;
}

// The slots of the built-in part of `t` (user classes are skipped): int's
// __add__ called on an int subclass that overrides __add__ (as
// super().__add__(x) does) is int's addition, not the override again.
inline BinaryFn FindBinarySlot(TypeObject* t, BinaryOp op) {
  for (; t != nullptr; t = t->base) {
    if ((t->type_flags & kTypeHeapType) != 0) continue;
    if (t->binary[static_cast<int>(op)] != nullptr) return t->binary[static_cast<int>(op)];
  }
  return nullptr;
}

template <typename Slot>
Slot FindTypeSlot(TypeObject* t, Slot TypeObject::*slot) {
  for (; t != nullptr; t = t->base) {
    if ((t->type_flags & kTypeHeapType) != 0) continue;
    if (t->*slot != nullptr) return t->*slot;
  }
  return nullptr;
}

template <BinaryOp kOp, bool kReflected>
Value BinaryMethod(Interp& vm, Value self, CallArgs args) {
  const char* name = kBinaryDunders[static_cast<int>(kOp)][kReflected ? 1 : 0];
  if constexpr (kOp == BinaryOp::kPower) {
    // wrap_ternaryfunc(_r) unpacks with PyArg_UnpackTuple(args, "", 1, 2),
    // whose messages start with the (empty) function name.
    if (!NoKeywords(vm, args, name)) return Value::Null();
    if (args.nargs < 1) {
      vm.RaiseFormat(&kTypeErrorType, " expected at least 1 argument, got %d", args.nargs);
      return Value::Null();
    }
    if (args.nargs > 2) {
      vm.RaiseFormat(&kTypeErrorType, " expected at most 2 arguments, got %d", args.nargs);
      return Value::Null();
    }
    if (args.nargs == 2 && !args.args[1].is_none()) {
      // long_pow and complex_pow answer NotImplemented for operands they
      // do not take (a float modulus included, for int), and complex_pow
      // refuses any modulus once both operands convert; float_pow refuses
      // a modulus before it looks at the operands.
      Value base = kReflected ? args.args[0] : self;
      Value exp = kReflected ? self : args.args[0];
      if (IsComplex(self)) {
        auto is_number = [](Value v) { return IsInt(v) || IsFloat(v) || IsComplex(v); };
        if (!is_number(base) || !is_number(exp)) return Value::NotImplemented();
        vm.RaiseValueError("complex modulo");
        return Value::Null();
      }
      if (IsFloat(self)) {
        vm.RaiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return Value::Null();
      }
      if (!IsInt(base) || !IsInt(exp) || !IsInt(args.args[1])) return Value::NotImplemented();
      return IntPowMod(vm, base, exp, args.args[1]);
    }
  } else if (!ExactArgs(vm, args, 1, name)) {
    return Value::Null();
  }
  BinaryFn fn = FindBinarySlot(TypeOf(self), kOp);
  if (fn == nullptr) return Value::NotImplemented();
  return kReflected ? fn(vm, args.args[0], self) : fn(vm, self, args.args[0]);
}

template <CompareOp kOp>
Value CompareMethod(Interp& vm, Value self, CallArgs args) {
  if (!ExactArgs(vm, args, 1, kCompareDunders[static_cast<int>(kOp)])) return Value::Null();
  CompareFn fn = FindTypeSlot(TypeOf(self), &TypeObject::richcompare);
  if (fn == nullptr) return Value::NotImplemented();
  return fn(vm, self, args.args[0], kOp);
}

template <UnaryFn TypeObject::*kSlot>
Value UnaryMethod(Interp& vm, Value self, CallArgs args) {
  const char* name = kSlot == &TypeObject::negative   ? "__neg__"
                     : kSlot == &TypeObject::positive ? "__pos__"
                     : kSlot == &TypeObject::absolute ? "__abs__"
                                                      : "__invert__";
  if (!ExactArgs(vm, args, 0, name)) return Value::Null();
  UnaryFn fn = FindTypeSlot(TypeOf(self), kSlot);
  if (fn == nullptr) return Value::NotImplemented();
  return fn(vm, self);
}

inline Value BoolMethod(Interp& vm, Value self, CallArgs args) {
  if (!ExactArgs(vm, args, 0, "__bool__")) return Value::Null();
  TruthFn fn = FindTypeSlot(TypeOf(self), &TypeObject::truth);
  int t = fn(vm, self);
  return t < 0 ? Value::Null() : Value::Bool(t != 0);
}

inline Value HashMethod(Interp& vm, Value self, CallArgs args) {
  if (!ExactArgs(vm, args, 0, "__hash__")) return Value::Null();
  HashFn fn = FindTypeSlot(TypeOf(self), &TypeObject::hash);
  int64_t h = fn(vm, self);
  return h == -1 ? Value::Null() : IntFromInt64(vm, h);
}

template <bool kReflected>
Value DivmodMethod(Interp& vm, Value self, CallArgs args) {
  if (!ExactArgs(vm, args, 1, kReflected ? "__rdivmod__" : "__divmod__")) return Value::Null();
  Value a = kReflected ? args.args[0] : self;
  Value b = kReflected ? self : args.args[0];
  if (IsFloat(self)) return FloatDivmodValue(vm, a, b);
  return IntDivmod(vm, a, b);
}

}  // namespace moat::vm::number_internal

// Method table entries shared by int (and so bool) and float.
#define MOAT_NUMBER_SLOT_METHODS                                                          \
  {"__abs__", number_internal::UnaryMethod<&TypeObject::absolute>},                      \
      {"__add__", number_internal::BinaryMethod<BinaryOp::kAdd, false>},                 \
      {"__bool__", number_internal::BoolMethod},                                          \
      {"__divmod__", number_internal::DivmodMethod<false>},                               \
      {"__eq__", number_internal::CompareMethod<CompareOp::kEq>},                         \
      {"__floordiv__", number_internal::BinaryMethod<BinaryOp::kFloorDivide, false>},     \
      {"__ge__", number_internal::CompareMethod<CompareOp::kGe>},                         \
      {"__gt__", number_internal::CompareMethod<CompareOp::kGt>},                         \
      {"__hash__", number_internal::HashMethod},                                          \
      {"__le__", number_internal::CompareMethod<CompareOp::kLe>},                         \
      {"__lt__", number_internal::CompareMethod<CompareOp::kLt>},                         \
      {"__mod__", number_internal::BinaryMethod<BinaryOp::kRemainder, false>},            \
      {"__mul__", number_internal::BinaryMethod<BinaryOp::kMultiply, false>},             \
      {"__ne__", number_internal::CompareMethod<CompareOp::kNe>},                         \
      {"__neg__", number_internal::UnaryMethod<&TypeObject::negative>},                   \
      {"__pos__", number_internal::UnaryMethod<&TypeObject::positive>},                   \
      {"__pow__", number_internal::BinaryMethod<BinaryOp::kPower, false>},                \
      {"__radd__", number_internal::BinaryMethod<BinaryOp::kAdd, true>},                  \
      {"__rdivmod__", number_internal::DivmodMethod<true>},                               \
      {"__rfloordiv__", number_internal::BinaryMethod<BinaryOp::kFloorDivide, true>},     \
      {"__rmod__", number_internal::BinaryMethod<BinaryOp::kRemainder, true>},            \
      {"__rmul__", number_internal::BinaryMethod<BinaryOp::kMultiply, true>},             \
      {"__rpow__", number_internal::BinaryMethod<BinaryOp::kPower, true>},                \
      {"__rsub__", number_internal::BinaryMethod<BinaryOp::kSubtract, true>},             \
      {"__rtruediv__", number_internal::BinaryMethod<BinaryOp::kTrueDivide, true>},       \
      {"__sub__", number_internal::BinaryMethod<BinaryOp::kSubtract, false>},             \
      {"__truediv__", number_internal::BinaryMethod<BinaryOp::kTrueDivide, false>}

// The bitwise operators, which float does not have.
#define MOAT_INT_ONLY_SLOT_METHODS                                                        \
  {"__and__", number_internal::BinaryMethod<BinaryOp::kAnd, false>},                     \
      {"__invert__", number_internal::UnaryMethod<&TypeObject::invert>},                  \
      {"__lshift__", number_internal::BinaryMethod<BinaryOp::kLshift, false>},            \
      {"__or__", number_internal::BinaryMethod<BinaryOp::kOr, false>},                    \
      {"__rand__", number_internal::BinaryMethod<BinaryOp::kAnd, true>},                  \
      {"__rlshift__", number_internal::BinaryMethod<BinaryOp::kLshift, true>},            \
      {"__ror__", number_internal::BinaryMethod<BinaryOp::kOr, true>},                    \
      {"__rrshift__", number_internal::BinaryMethod<BinaryOp::kRshift, true>},            \
      {"__rshift__", number_internal::BinaryMethod<BinaryOp::kRshift, false>},            \
      {"__rxor__", number_internal::BinaryMethod<BinaryOp::kXor, true>},                  \
      {"__xor__", number_internal::BinaryMethod<BinaryOp::kXor, false>}

#endif  // MOAT_VM_OBJECTS_NUMBER_SLOT_METHODS_H_
