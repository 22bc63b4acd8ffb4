// Dunder methods <-> type slots (CPython's slotdefs, slot_* functions and
// wrapper descriptors in Objects/typeobject.c and Objects/descrobject.c).
#include "vm/objects/slots.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "vm/finalize.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/str_util.h"
#include "vm/warnings.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/complex.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kSlotWrapperType;
TypeObject kMethodWrapperType;
TypeObject kSlotNewType;

namespace {

constexpr uint8_t kAbs = 3;

#define MOAT_BINARY_SLOTS(X)                                                       \
  X(add, kAdd) X(and, kAnd) X(floordiv, kFloorDivide) X(lshift, kLshift)           \
  X(matmul, kMatrixMultiply) X(mul, kMultiply) X(mod, kRemainder) X(or, kOr)       \
  X(pow, kPower) X(rshift, kRshift) X(sub, kSubtract) X(truediv, kTrueDivide)      \
  X(xor, kXor)

constexpr uint8_t Op(BinaryOp op) { return static_cast<uint8_t>(op); }
constexpr uint8_t Op(CompareOp op) { return static_cast<uint8_t>(op); }

constexpr SlotDef kSlotDefs[] = {
    {"__repr__", SlotKind::kRepr, 0, false},
    {"__str__", SlotKind::kStr, 0, false},
    {"__hash__", SlotKind::kHash, 0, false},
    {"__lt__", SlotKind::kCompare, Op(CompareOp::kLt), false},
    {"__le__", SlotKind::kCompare, Op(CompareOp::kLe), false},
    {"__eq__", SlotKind::kCompare, Op(CompareOp::kEq), false},
    {"__ne__", SlotKind::kCompare, Op(CompareOp::kNe), false},
    {"__gt__", SlotKind::kCompare, Op(CompareOp::kGt), false},
    {"__ge__", SlotKind::kCompare, Op(CompareOp::kGe), false},
    {"__bool__", SlotKind::kBool, 0, false},
    {"__len__", SlotKind::kLen, 0, false},
    {"__contains__", SlotKind::kContains, 0, false},
    {"__getitem__", SlotKind::kGetItem, 0, false},
    {"__setitem__", SlotKind::kSetItem, 0, false},
    {"__delitem__", SlotKind::kDelItem, 0, false},
    {"__iter__", SlotKind::kIter, 0, false},
    {"__next__", SlotKind::kNext, 0, false},
    {"__call__", SlotKind::kCall, 0, false},
    {"__neg__", SlotKind::kUnary, static_cast<uint8_t>(UnaryOp::kNegative), false},
    {"__pos__", SlotKind::kUnary, static_cast<uint8_t>(UnaryOp::kPositive), false},
    {"__invert__", SlotKind::kUnary, static_cast<uint8_t>(UnaryOp::kInvert), false},
    {"__abs__", SlotKind::kUnary, kAbs, false},
    {"__index__", SlotKind::kIndex, 0, false},
    {"__int__", SlotKind::kInt, 0, false},
    {"__float__", SlotKind::kFloat, 0, false},
#define MOAT_BINARY_SLOT_DEFS(name, op)                           \
  {"__" #name "__", SlotKind::kBinary, Op(BinaryOp::op), false},  \
      {"__r" #name "__", SlotKind::kBinary, Op(BinaryOp::op), true}, \
      {"__i" #name "__", SlotKind::kInplace, Op(BinaryOp::op), false},
    MOAT_BINARY_SLOTS(MOAT_BINARY_SLOT_DEFS)
#undef MOAT_BINARY_SLOT_DEFS
    {"__init__", SlotKind::kInit, 0, false},
    {"__new__", SlotKind::kNew, 0, false},
};

// The definition of a slot named in the source: resolved at compile time
// (a name that is not a slot does not compile).
consteval const SlotDef& Def(std::string_view name) {
  for (const SlotDef& d : kSlotDefs) {
    if (std::string_view(d.name) == name) return d;
  }
  throw "not a slot name";
}

// The slot's function pointer in `t`, as an integer to compare.
uintptr_t SlotField(const TypeObject* t, const SlotDef& def) {
  auto p = [](auto fn) { return reinterpret_cast<uintptr_t>(fn); };
  switch (def.kind) {
    case SlotKind::kRepr: return p(t->repr);
    case SlotKind::kStr: return p(t->str);
    case SlotKind::kHash: return p(t->hash);
    case SlotKind::kCompare: return p(t->richcompare);
    case SlotKind::kBool: return p(t->truth);
    case SlotKind::kLen: return p(t->len);
    case SlotKind::kContains: return p(t->contains);
    case SlotKind::kGetItem: return p(t->getitem);
    case SlotKind::kSetItem:
    case SlotKind::kDelItem: return p(t->setitem);
    case SlotKind::kIter: return p(t->iter);
    case SlotKind::kNext: return p(t->next);
    case SlotKind::kCall: return p(t->call);
    case SlotKind::kUnary:
      switch (def.op) {
        case static_cast<uint8_t>(UnaryOp::kNegative): return p(t->negative);
        case static_cast<uint8_t>(UnaryOp::kPositive): return p(t->positive);
        case static_cast<uint8_t>(UnaryOp::kInvert): return p(t->invert);
        default: return p(t->absolute);
      }
    case SlotKind::kIndex: return p(t->index);
    case SlotKind::kInt: return p(t->to_int);
    case SlotKind::kFloat: return p(t->to_float);
    case SlotKind::kBinary: return p(t->binary[def.op]);
    case SlotKind::kInplace: return p(t->inplace[def.op]);
    case SlotKind::kInit: return p(t->init);
    case SlotKind::kNew: return p(t->new_instance);
  }
  return 0;
}

// check_num_args ("expected 1 argument, got 0"), or with `unpacked` the
// PyArg_UnpackTuple(args, "", n, n) of wrap_indexargfunc, wrap_sq_setitem
// and wrap_objobjargproc, whose message starts with the empty name.
Value ExpectArgs(Interp& vm, const SlotDef& def, CallArgs args, size_t n, bool unpacked = false) {
  if (args.nkwargs() != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "wrapper %s() takes no keyword arguments", def.name);
  }
  if (args.nargs != n) {
    return vm.RaiseFormat(&kTypeErrorType, "%sexpected %d argument%s, got %d",
                          unpacked ? " " : "", n, n == 1 ? "" : "s", args.nargs);
  }
  return Value::None();
}

// The types whose `*` is CPython's sq_repeat (or sq_inplace_repeat): their
// __mul__, __rmul__ and __imul__ are wrap_indexargfunc, which takes the
// count through __index__ and repeats the receiver whichever side it was.
bool IsSequenceRepeat(const TypeObject* owner, const SlotDef& def) {
  if (def.op != Op(BinaryOp::kMultiply)) return false;
  return owner == &kStrType || owner == &kBytesType || owner == &kByteArrayType ||
         owner == &kListType || owner == &kTupleType;
}

Value CallSequenceRepeat(Interp& vm, const SlotDef& def, TypeObject* owner, Value self,
                         Value count) {
  int64_t n;
  if (!RepeatCount(vm, count, &n)) return Value::Null();
  Value times = IntFromInt64(vm, n);
  if (times.is_null()) return times;
  return def.kind == SlotKind::kInplace ? owner->inplace[def.op](vm, self, times)
                                        : owner->binary[def.op](vm, self, times);
}

Value IntOrNull(Interp& vm, int64_t v) { return v == -1 && vm.HasException() ? Value::Null() : IntFromInt64(vm, v); }

}  // namespace

const SlotDef* FindSlotDef(std::string_view name) {
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return nullptr;
  // Built once, read-only after: safe to share between interpreters.
  static const auto* const kByName = [] {
    auto* map = new absl::flat_hash_map<std::string_view, const SlotDef*>();
    for (const SlotDef& d : kSlotDefs) map->emplace(d.name, &d);
    return map;
  }();
  auto it = kByName->find(name);
  return it == kByName->end() ? nullptr : it->second;
}

bool StaticTypeDefinesSlot(const TypeObject* type, const SlotDef& def) {
  uintptr_t mine = SlotField(type, def);
  if (mine == 0) return false;
  return type->base == nullptr || SlotField(type->base, def) != mine;
}

StrObject* DunderName(Interp& vm, const SlotDef& def) {
  std::vector<StrObject*>& names = vm.dunder_names();
  if (names.empty()) names.assign(std::size(kSlotDefs), nullptr);
  StrObject*& name = names[static_cast<size_t>(&def - kSlotDefs)];
  if (name == nullptr) name = vm.Intern(def.name);
  return name;
}

const SlotDef& kNewSlotDef = Def("__new__");
const SlotDef& kInitSlotDef = Def("__init__");

Value CallStaticSlot(Interp& vm, const SlotDef& def, TypeObject* owner, Value self,
                     CallArgs args) {
  // One recursion step, as CPython's _PyObject_MakeTpCall counts a call of
  // a slot wrapper: a wrapper stored under another dunder (`C.__repr__ =
  // C.__str__`, `C.__eq__ = C.__ne__`) calls the slot that called it, with
  // no Python frame in between.
  RecursiveCallGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  const Value* a = args.args;
  switch (def.kind) {
    case SlotKind::kRepr:
    case SlotKind::kStr:
    case SlotKind::kHash:
    case SlotKind::kBool:
    case SlotKind::kLen:
    case SlotKind::kIter:
    case SlotKind::kNext:
    case SlotKind::kUnary:
    case SlotKind::kIndex:
    case SlotKind::kInt:
    case SlotKind::kFloat:
      if (ExpectArgs(vm, def, args, 0).is_null()) return Value::Null();
      break;
    case SlotKind::kCompare:
    case SlotKind::kContains:
    case SlotKind::kGetItem:
    case SlotKind::kDelItem:
      if (ExpectArgs(vm, def, args, 1).is_null()) return Value::Null();
      break;
    case SlotKind::kBinary:
    case SlotKind::kInplace:
      if (IsSequenceRepeat(owner, def)) {
        if (ExpectArgs(vm, def, args, 1, true).is_null()) return Value::Null();
        return CallSequenceRepeat(vm, def, owner, self, a[0]);
      }
      if (ExpectArgs(vm, def, args, 1).is_null()) return Value::Null();
      break;
    case SlotKind::kSetItem:
      if (ExpectArgs(vm, def, args, 2, true).is_null()) return Value::Null();
      break;
    case SlotKind::kCall:
    case SlotKind::kInit:
    case SlotKind::kNew:
      break;
  }
  switch (def.kind) {
    case SlotKind::kRepr: return owner->repr(vm, self);
    case SlotKind::kStr: return owner->str(vm, self);
    case SlotKind::kHash: return IntOrNull(vm, owner->hash(vm, self));
    case SlotKind::kCompare:
      return owner->richcompare(vm, self, a[0], static_cast<CompareOp>(def.op));
    case SlotKind::kBool: {
      int t = owner->truth(vm, self);
      return t < 0 ? Value::Null() : Value::Bool(t);
    }
    case SlotKind::kLen: return IntOrNull(vm, owner->len(vm, self));
    case SlotKind::kContains: {
      int t = owner->contains(vm, self, a[0]);
      return t < 0 ? Value::Null() : Value::Bool(t);
    }
    case SlotKind::kGetItem: return owner->getitem(vm, self, a[0]);
    case SlotKind::kSetItem:
      return owner->setitem(vm, self, a[0], a[1]) < 0 ? Value::Null() : Value::None();
    case SlotKind::kDelItem:
      return owner->setitem(vm, self, a[0], Value::Null()) < 0 ? Value::Null() : Value::None();
    case SlotKind::kIter: return owner->iter(vm, self);
    case SlotKind::kNext: {
      Value v = owner->next(vm, self);
      if (v.is_null() && !vm.HasException()) return vm.RaiseEmpty(&kStopIterationType);
      return v;
    }
    case SlotKind::kCall: return owner->call(vm, self, args);
    case SlotKind::kUnary:
      switch (def.op) {
        case static_cast<uint8_t>(UnaryOp::kNegative): return owner->negative(vm, self);
        case static_cast<uint8_t>(UnaryOp::kPositive): return owner->positive(vm, self);
        case static_cast<uint8_t>(UnaryOp::kInvert): return owner->invert(vm, self);
        default: return owner->absolute(vm, self);
      }
    case SlotKind::kIndex: return owner->index(vm, self);
    case SlotKind::kInt: return owner->to_int(vm, self);
    case SlotKind::kFloat: return owner->to_float(vm, self);
    case SlotKind::kBinary:
      return def.reflected ? owner->binary[def.op](vm, a[0], self)
                           : owner->binary[def.op](vm, self, a[0]);
    case SlotKind::kInplace: return owner->inplace[def.op](vm, self, a[0]);
    case SlotKind::kInit:
      return owner->init(vm, self, args) < 0 ? Value::Null() : Value::None();
    case SlotKind::kNew: {
      // `self` is the class to instantiate (object.__new__(cls, ...)).
      if (!IsType(self)) {
        return vm.RaiseFormat(&kTypeErrorType, "%s.__new__(X): X is not a type object (%s)",
                              owner->name, std::string(TypeName(self)));
      }
      TypeObject* subtype = As<TypeObject>(self);
      if (!IsSubtype(subtype, owner)) {
        return vm.RaiseFormat(&kTypeErrorType, "%s.__new__(%s): %s is not a subtype of %s",
                              owner->name, subtype->name, subtype->name, owner->name);
      }
      // The built-in part of `subtype` must be the one owner's __new__
      // builds, or the instance would have the wrong layout. CPython names
      // the first class up the base chain whose __new__ is not Python's
      // (its tp_new is a C one, its own or inherited). A C-type stand-in's
      // __new__ stands for its C type's, which is never object's: only
      // moat's own modules may make its instances with this one.
      TypeObject* named = subtype;
      TypeObject* stand_in = nullptr;
      StrObject* new_name = DunderName(vm, kNewSlotDef);
      while (IsUserClass(named)) {
        TypeAttr new_attr;
        if (!FindTypeAttr(vm, named, new_name, &new_attr) || new_attr.value.is_null()) break;
        if ((new_attr.owner->type_flags & kTypeCTypeStandIn) != 0) {
          stand_in = new_attr.owner;
          break;
        }
        named = named->base;
      }
      // A stand-in made by object's __new__ and __init__ stands for a C
      // type with its own tp_new all the same (tzinfo, BytesIO).
      TypeObject* builtin_base = subtype;
      while (IsUserClass(builtin_base)) {
        if (stand_in == nullptr && (builtin_base->type_flags & kTypeCTypeStandIn) != 0 &&
            IsUserClass(named) && builtin_base->base == &kObjectType) {
          stand_in = builtin_base;
        }
        builtin_base = builtin_base->base;
      }
      // moat's own modules make and copy stand-in instances this way.
      const Frame* caller = vm.current_frame();
      bool stand_in_unsafe = stand_in != nullptr && caller != nullptr &&
                             caller->code->origin != CodeOrigin::kMoatModule;
      if (stand_in_unsafe || builtin_base->new_instance != owner->new_instance) {
        return vm.RaiseFormat(&kTypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()",
                              owner->name, subtype->name, named->name);
      }
      return owner->new_instance(vm, subtype, args);
    }
  }
  return Value::Null();
}

// ---------------------------------------------------------------------------
// Slots of user classes: call the dunder method the MRO resolves.
// ---------------------------------------------------------------------------

namespace {

// Calls the dunder `attr` that a lookup of def's name on self's type found.
Value CallFoundDunder(Interp& vm, Value self, const SlotDef& def, const TypeAttr& attr,
                      CallArgs args) {
  if (attr.slot != nullptr) return CallStaticSlot(vm, *attr.slot, attr.owner, self, args);
  if (attr.value.is_none()) {
    // `__hash__ = None` and friends switch the protocol off (CPython's
    // slot_tp_hash, slot_tp_iter, slot_sq_contains).
    switch (def.kind) {
      case SlotKind::kHash:
        return vm.RaiseFormat(&kTypeErrorType, "unhashable type: '%s'", TypeOf(self)->name);
      case SlotKind::kIter:
        return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not iterable", TypeOf(self)->name);
      case SlotKind::kContains:
        return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not a container",
                              TypeOf(self)->name);
      default: break;
    }
  }
  size_t total = args.nargs + args.nkwargs();
  if (HasType(attr.value, &kFunctionType) && total < 8) {
    // The common case without a bound-method object: f(self, *args).
    Value buf[8];
    buf[0] = self;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args.args[i];
    RootScope roots(vm);
    for (size_t i = 0; i <= total; ++i) roots.Add(&buf[i]);
    return CallPythonFunction(vm, As<FunctionObject>(attr.value),
                              CallArgs{buf, args.nargs + 1, args.kwnames});
  }
  Value bound = BindTypeAttr(vm, attr, self, TypeOf(self));
  if (bound.is_null()) return bound;
  RootScope roots(vm);
  roots.Add(&bound);
  return vm.Call(bound, args);
}

// Calls type(self).<def.name>(self, *args). *found is false (and nothing is
// called) when the MRO has no such attribute. May run Python code.
Value CallDunder(Interp& vm, Value self, const SlotDef& def, CallArgs args, bool* found) {
  TypeAttr attr;
  *found = FindTypeAttr(vm, TypeOf(self), DunderName(vm, def), &attr);
  if (!*found) return Value::Null();
  return CallFoundDunder(vm, self, def, attr, args);
}

Value CallDunder0(Interp& vm, Value self, const SlotDef& def, bool* found) {
  return CallDunder(vm, self, def, CallArgs{}, found);
}

Value CallDunder1(Interp& vm, Value self, const SlotDef& def, Value arg, bool* found) {
  Value a[1] = {arg};
  return CallDunder(vm, self, def, CallArgs{a, 1, nullptr}, found);
}

// A dunder the slot needs but the class lacks (e.g. __delitem__ beside
// __setitem__): CPython raises AttributeError with the bare name.
Value MissingDunder(Interp& vm, const char* name) {
  return vm.Raise(&kAttributeErrorType, name);
}

Value CallRequired0(Interp& vm, Value self, const SlotDef& def) {
  bool found;
  Value r = CallDunder0(vm, self, def, &found);
  return found ? r : MissingDunder(vm, def.name);
}

Value ClassRepr(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__repr__")); }
Value ClassStr(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__str__")); }

int64_t ClassHash(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__hash__"));
  if (r.is_null()) return -1;
  if (!IsInt(r)) {
    vm.RaiseTypeError("__hash__ method should return an integer");
    return -1;
  }
  // A result that fits is the hash; a bigger one is reduced as hash() of
  // the int (CPython slot_tp_hash).
  int64_t h;
  if (!IntToInt64(r, &h)) h = IntHash(r);
  return h == -1 ? -2 : h;
}

constexpr const SlotDef* kCompareDefs[] = {&Def("__lt__"), &Def("__le__"), &Def("__eq__"),
                                            &Def("__ne__"), &Def("__gt__"), &Def("__ge__")};

Value ClassCompare(Interp& vm, Value self, Value other, CompareOp op) {
  const SlotDef& def = *kCompareDefs[static_cast<int>(op)];
  TypeAttr attr;
  if (!FindTypeAttr(vm, TypeOf(self), DunderName(vm, def), &attr)) return Value::NotImplemented();
  if (attr.slot != nullptr || HasType(attr.value, &kFunctionType) || attr.value.is_none()) {
    Value arg[1] = {other};
    return CallFoundDunder(vm, self, def, attr, CallArgs{arg, 1, nullptr});
  }
  // CPython's slot_tp_richcompare: an error while getting the method (a
  // property whose getter raises) counts as no method at all.
  Value bound = BindTypeAttr(vm, attr, self, TypeOf(self));
  if (bound.is_null()) {
    if (!vm.ExceptionMatches(&kBaseExceptionType)) return bound;  // a spent budget stays
    vm.ClearException();
    return Value::NotImplemented();
  }
  RootScope roots(vm);
  roots.Add(&bound);
  Value arg[1] = {other};
  return vm.Call(bound, CallArgs{arg, 1, nullptr});
}

int ClassTruth(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__bool__"));
  if (r.is_null()) return -1;
  if (!r.is_bool()) {
    vm.RaiseFormat(&kTypeErrorType, "__bool__ should return bool, returned %s",
                   std::string(TypeName(r)));
    return -1;
  }
  return r.is_true();
}

int64_t ClassLen(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__len__"));
  if (r.is_null()) return -1;
  // CPython's slot_sq_length: the result through __index__ first; an
  // overflow names the type __len__ returned.
  Value len = NumberIndex(vm, r);
  if (len.is_null()) return -1;
  int64_t n;
  if (!IntToInt64(len, &n)) {
    if (IntCompare(len, Value::SmallInt(0)) < 0) {
      vm.RaiseValueError("__len__() should return >= 0");
    } else {
      vm.RaiseFormat(&kOverflowErrorType, "cannot fit '%s' into an index-sized integer",
                     std::string(TypeName(r)));
    }
    return -1;
  }
  if (n < 0) {
    vm.RaiseValueError("__len__() should return >= 0");
    return -1;
  }
  return n;
}

int ClassContains(Interp& vm, Value self, Value item) {
  bool found;
  Value r = CallDunder1(vm, self, Def("__contains__"), item, &found);
  if (!found) {
    MissingDunder(vm, "__contains__");
    return -1;
  }
  if (r.is_null()) return -1;
  return IsTrue(vm, r);
}

Value ClassGetItem(Interp& vm, Value self, Value key) {
  bool found;
  Value r = CallDunder1(vm, self, Def("__getitem__"), key, &found);
  return found ? r : MissingDunder(vm, "__getitem__");
}

int ClassSetItem(Interp& vm, Value self, Value key, Value value) {
  bool found;
  Value r;
  if (value.is_null()) {
    r = CallDunder1(vm, self, Def("__delitem__"), key, &found);
    if (!found) MissingDunder(vm, "__delitem__");
  } else {
    Value a[2] = {key, value};
    r = CallDunder(vm, self, Def("__setitem__"), CallArgs{a, 2, nullptr}, &found);
    if (!found) MissingDunder(vm, "__setitem__");
  }
  return found && !r.is_null() ? 0 : -1;
}

Value ClassIter(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__iter__"));
  if (r.is_null()) return r;
  TypeObject* t = TypeOf(r);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->next != nullptr) return r;
  }
  return vm.RaiseFormat(&kTypeErrorType, "iter() returned non-iterator of type '%s'", t->name);
}

Value ClassNext(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__next__")); }

Value ClassCall(Interp& vm, Value self, CallArgs args) {
  // `__call__` may itself be an instance whose class is callable this way
  // (`A.__call__ = A()`): each step nests a native call, as in CPython,
  // where _PyObject_MakeTpCall counts it against the recursion limit.
  RecursiveCallGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  bool found;
  Value r = CallDunder(vm, self, Def("__call__"), args, &found);
  if (!found) {
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not callable", TypeOf(self)->name);
  }
  return r;
}

Value ClassNegative(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__neg__")); }
Value ClassPositive(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__pos__")); }
Value ClassInvert(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__invert__")); }
Value ClassAbsolute(Interp& vm, Value self) { return CallRequired0(vm, self, Def("__abs__")); }

// An int of type exactly int (bools and subclass instances are not).
bool IsExactInt(Value v) { return v.is_small_int() || IsBigInt(v); }

Value ClassIndex(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__index__"));
  if (r.is_null()) return r;
  if (!IsInt(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %s)",
                          std::string(TypeName(r)));
  }
  if (!IsExactInt(r)) {
    RootScope roots(vm);
    roots.Add(&r);
    if (!WarnSubclassResult(vm, "__index__", r, "int")) return Value::Null();
  }
  return r;
}

Value ClassToInt(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__int__"));
  if (r.is_null()) return r;
  if (!IsInt(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__int__ returned non-int (type %s)",
                          std::string(TypeName(r)));
  }
  if (!IsExactInt(r)) {
    RootScope roots(vm);
    roots.Add(&r);
    if (!WarnSubclassResult(vm, "__int__", r, "int")) return Value::Null();
  }
  return r;
}

Value ClassToFloat(Interp& vm, Value self) {
  Value r = CallRequired0(vm, self, Def("__float__"));
  if (r.is_null()) return r;
  if (!IsFloat(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "%s.__float__ returned non-float (type %s)",
                          TypeOf(self)->name, std::string(TypeName(r)));
  }
  if (!HasType(r, &kFloatType)) {
    RootScope roots(vm);
    roots.Add(&r);
    if (!WarnSubclassResult(vm, StrCat(TypeOf(self)->name, ".__float__"), r, "float")) {
      return Value::Null();
    }
  }
  return r;
}

struct BinaryDefs {
  const SlotDef* name;
  const SlotDef* reflected;
  const SlotDef* inplace;
};
constexpr BinaryDefs kBinaryDefs[kNumBinaryOps] = {
#define MOAT_BINARY_NAMES(name, op) \
  {&Def("__" #name "__"), &Def("__r" #name "__"), &Def("__i" #name "__")},
    MOAT_BINARY_SLOTS(MOAT_BINARY_NAMES)
#undef MOAT_BINARY_NAMES
};

// CPython's method_is_overloaded: whether the right operand's class
// defines `rname` differently from the left's, which lets a subclass's
// reflected method go first (one it only inherits does not).
bool ReflectedOverloaded(Interp& vm, TypeObject* left, TypeObject* right, StrObject* name) {
  TypeAttr r;
  if (!FindTypeAttr(vm, right, name, &r)) return false;
  TypeAttr l;
  if (!FindTypeAttr(vm, left, name, &l)) return true;
  if (!r.value.is_null() || !l.value.is_null()) return !r.value.Is(l.value);
  return r.method != l.method || r.slot != l.slot || r.owner != l.owner;
}

// CPython's SLOT1BINFULL: the left operand's __op__, the right operand's
// __rop__, a subclass's reflected method first when it overrides it.
template <int kOp>
Value ClassBinary(Interp& vm, Value a, Value b) {
  TypeObject* ta = TypeOf(a);
  TypeObject* tb = TypeOf(b);
  bool a_defines = ta->binary[kOp] == &ClassBinary<kOp>;
  bool b_defines = tb != ta && tb->binary[kOp] == &ClassBinary<kOp>;
  const BinaryDefs& defs = kBinaryDefs[kOp];
  bool found;
  if (a_defines) {
    if (b_defines && IsSubtype(tb, ta) &&
        ReflectedOverloaded(vm, ta, tb, DunderName(vm, *defs.reflected))) {
      Value r = CallDunder1(vm, b, *defs.reflected, a, &found);
      if (found && (r.is_null() || !r.is_not_implemented())) return r;
      b_defines = false;
    }
    Value r = CallDunder1(vm, a, *defs.name, b, &found);
    if (found && (r.is_null() || !r.is_not_implemented())) return r;
    if (ta == tb) return Value::NotImplemented();
  }
  if (b_defines) {
    Value r = CallDunder1(vm, b, *defs.reflected, a, &found);
    if (found) return r;
  }
  return Value::NotImplemented();
}

template <int kOp>
Value ClassInplace(Interp& vm, Value a, Value b) {
  bool found;
  Value r = CallDunder1(vm, a, *kBinaryDefs[kOp].inplace, b, &found);
  return found ? r : Value::NotImplemented();
}

template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> MakeBinaryTable(std::index_sequence<I...>) {
  return {&ClassBinary<I>...};
}
template <size_t... I>
constexpr std::array<BinaryFn, sizeof...(I)> MakeInplaceTable(std::index_sequence<I...>) {
  return {&ClassInplace<I>...};
}
constexpr auto kClassBinary = MakeBinaryTable(std::make_index_sequence<kNumBinaryOps>());
constexpr auto kClassInplace = MakeInplaceTable(std::make_index_sequence<kNumBinaryOps>());

}  // namespace

void RaiseInitReturnedNotNone(Interp& vm, Value result) {
  vm.RaiseFormat(&kTypeErrorType, "__init__() should return None, not '%s'",
                 std::string(TypeName(result)));
}

namespace {

int ClassInit(Interp& vm, Value self, CallArgs args) {
  bool found;
  Value r = CallDunder(vm, self, Def("__init__"), args, &found);
  if (!found) return 0;
  if (r.is_null()) return -1;
  if (!r.is_none()) {
    RaiseInitReturnedNotNone(vm, r);
    return -1;
  }
  return 0;
}

// True if a user class on the MRO of `cls` defines one of `names`: its own
// namespace does, or a user base's filled slot says one on its MRO does
// (`base_has`). Every class on the MRO but `cls` is on a base's MRO, so this
// costs the number of bases, not the length of the MRO (which a chain of
// classes makes thousands long).
template <typename BaseHas>
bool UserClassDefines(Interp& vm, ClassObject* cls, std::initializer_list<const char*> names,
                      BaseHas base_has) {
  for (const char* name : names) {
    if (!DictGetStr(vm, cls->dict, vm.Intern(name)).is_null()) return true;
  }
  for (size_t i = 0; i < cls->bases->size; ++i) {
    TypeObject* b = As<TypeObject>(cls->bases->items[i]);
    if (IsUserClass(b) && base_has(static_cast<ClassObject*>(b))) return true;
  }
  return false;
}

// The slot a built-in type along the base chain of `t` provides.
template <typename Fn>
Fn Inherited(const TypeObject* t, Fn TypeObject::*field) {
  for (; t != nullptr; t = t->base) {
    if (t->*field != nullptr) return t->*field;
  }
  return nullptr;
}

// The hash a built-in base chain gives: none (unhashable) once a type on it
// defines comparison without hash (list, dict, set), as ops.cc Hash reads
// the chain.
HashFn InheritedHash(const TypeObject* t) {
  for (; t != nullptr; t = t->base) {
    if (t->hash != nullptr) return t->hash;
    if (t->richcompare != nullptr && t != &kObjectType) return nullptr;
  }
  return nullptr;
}

BinaryFn InheritedBinary(const TypeObject* t, int op, bool inplace) {
  for (; t != nullptr; t = t->base) {
    BinaryFn f = inplace ? t->inplace[op] : t->binary[op];
    if (f != nullptr) return f;
  }
  return nullptr;
}

template <typename Fn>
void Fill(Interp& vm, ClassObject* cls, Fn TypeObject::*field, Fn user_fn,
          std::initializer_list<const char*> names) {
  bool user = UserClassDefines(vm, cls, names, [&](ClassObject* b) { return b->*field == user_fn; });
  cls->*field = user ? user_fn : Inherited(cls->builtin_base, field);
}

Value SlotWrapperCall(Interp& vm, Value callable, CallArgs args) {
  SlotWrapperObject* w = As<SlotWrapperObject>(callable);
  if (!w->self.is_null() || w->def->kind == SlotKind::kNew) {
    if (w->def->kind == SlotKind::kNew) {
      if (args.nargs == 0) {
        return vm.RaiseFormat(&kTypeErrorType, "%s.__new__(): not enough arguments",
                              w->owner->name);
      }
      return CallStaticSlot(vm, *w->def, w->owner, args.args[0],
                            CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
    }
    return CallStaticSlot(vm, *w->def, w->owner, w->self, args);
  }
  if (args.nargs == 0) {
    return vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' of '%s' object needs an argument",
                          w->def->name, w->owner->name);
  }
  Value self = args.args[0];
  if (!IsSubtype(TypeOf(self), w->owner)) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "descriptor '%s' requires a '%s' object but received a '%s'",
                          w->def->name, w->owner->name, std::string(TypeName(self)));
  }
  return CallStaticSlot(vm, *w->def, w->owner, self,
                        CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

// wrapper_richcompare/wrapper_hash: `int.__add__` or `(1).__add__` taken
// twice compare equal: the same slot of the same type, bound to the same
// receiver (by identity) if bound.
Value SlotWrapperCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !IsSlotWrapper(b)) {
    return Value::NotImplemented();
  }
  auto* x = As<SlotWrapperObject>(a);
  auto* y = As<SlotWrapperObject>(b);
  bool eq = x->def == y->def && x->owner == y->owner && x->self.Is(y->self);
  return Value::Bool(op == CompareOp::kEq ? eq : !eq);
}

int64_t SlotWrapperHash(Interp& vm, Value self) {
  auto* w = As<SlotWrapperObject>(self);
  // The slot's name and owner's name, not addresses: the same on every run.
  int64_t h = static_cast<int64_t>(
      (std::hash<std::string_view>{}(w->def->name) ^ std::hash<std::string_view>{}(w->owner->name)) >> 1);
  if (!w->self.is_null()) {
    int64_t self_hash = IdentityHash(vm, w->self);
    if (self_hash == -1) return -1;
    h ^= self_hash;
  }
  return h == -1 ? -2 : h;
}

Value SlotWrapperRepr(Interp& vm, Value self) {
  SlotWrapperObject* w = As<SlotWrapperObject>(self);
  if (w->def->kind == SlotKind::kNew) {
    // Bound to the type that owns it.
    return ReprWithAddress(vm, "<built-in method __new__ of type object",
                           Value::FromObject(w->owner));
  }
  if (w->self.is_null()) {
    return NewStrValue(vm, StrCat("<slot wrapper '", w->def->name, "' of '", w->owner->name,
                                  "' objects>"));
  }
  return ReprWithAddress(
      vm, StrCat("<method-wrapper '", w->def->name, "' of ", TypeOf(w->self)->name, " object"),
      w->self);
}

void SlotWrapperTrace(Object* o, GcTracer& t) {
  SlotWrapperObject* w = static_cast<SlotWrapperObject*>(o);
  t.Visit(w->self);
  t.Visit(static_cast<Object*>(w->owner));
}

Value SlotWrapperGetName(Interp& vm, Value self, CallArgs) {
  return NewStrValue(vm, As<SlotWrapperObject>(self)->def->name);
}

Value SlotWrapperGetQualname(Interp& vm, Value self, CallArgs) {
  SlotWrapperObject* w = As<SlotWrapperObject>(self);
  return NewStrValue(vm, StrCat(w->owner->name, ".", w->def->name));
}

const MethodDef kSlotWrapperMethods[] = {
    {"__name__", SlotWrapperGetName, MethodKind::kGetter},
    {"__qualname__", SlotWrapperGetQualname, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

namespace {

// `name` looked up along the whole MRO of the class of `v` (built-in bases
// included), bound; Null without an exception when no class has it.
Value TypeMethod(Interp& vm, Value v, StrObject* name) {
  TypeAttr attr;
  if (name == nullptr || !FindTypeAttr(vm, TypeOf(v), name, &attr)) return Value::Null();
  return BindTypeAttr(vm, attr, v, TypeOf(v));
}

// self.<name>(arg) through the class, NotImplemented when it has none.
Value CallTypeMethod1(Interp& vm, Value self, StrObject* name, Value arg) {
  RootScope roots(vm);
  Value m = TypeMethod(vm, self, name);
  if (m.is_null()) return vm.HasException() ? m : Value::NotImplemented();
  roots.Add(&m);
  return vm.Call1(m, arg);
}

}  // namespace

bool DefinesBinaryPair(Interp& vm, TypeObject* t, StrObject* name, StrObject* rname) {
  if (!IsUserClass(t)) return false;
  for (StrObject* n : {name, rname}) {
    TypeAttr attr;
    if (n != nullptr && FindTypeAttr(vm, t, n, &attr) && IsUserClass(attr.owner)) return true;
  }
  return false;
}

Value CallUserBinary(Interp& vm, Value a, Value b, const char* name, const char* rname) {
  StrObject* n = vm.Intern(name);
  StrObject* rn = vm.Intern(rname);
  TypeObject* ta = TypeOf(a);
  TypeObject* tb = TypeOf(b);
  bool a_defines = DefinesBinaryPair(vm, ta, n, rn);
  bool b_defines = tb != ta && DefinesBinaryPair(vm, tb, n, rn);
  if (a_defines) {
    if (b_defines && IsSubtype(tb, ta) && ReflectedOverloaded(vm, ta, tb, rn)) {
      Value r = CallTypeMethod1(vm, b, rn, a);
      if (r.is_null() || !r.is_not_implemented()) return r;
      b_defines = false;
    }
    Value r = CallTypeMethod1(vm, a, n, b);
    if (r.is_null() || !r.is_not_implemented() || ta == tb) return r;
  }
  if (b_defines) return CallTypeMethod1(vm, b, rn, a);
  return Value::NotImplemented();
}

namespace {

// The nb_power slot ternary_op (Objects/abstract.c) finds on a type, for
// pow(a, b, m). A user class's is slot_nb_power, which only ever calls the
// first operand's __pow__; a C-type stand-in's (decimal.Decimal) is its
// __pow__ taken as the C function, which converts all three operands
// wherever they stand; a user subclass keeps its base's slot unless it
// defines __pow__ itself.
struct PowSlot {
  enum Kind { kNone, kInt, kFloat, kComplex, kPython, kStandIn } kind = kNone;
  Value function = Value::Null();  // kStandIn: the stand-in's __pow__
  bool operator==(const PowSlot& o) const { return kind == o.kind && function == o.function; }
};

PowSlot FindPowSlot(Interp& vm, Value v) {
  TypeObject* t = TypeOf(v);
  TypeAttr attr;
  StrObject* name = vm.Intern("__pow__");
  bool found = name != nullptr && FindTypeAttr(vm, t, name, &attr);
  if (found && IsUserClass(attr.owner) && (attr.owner->type_flags & kTypeCTypeStandIn) != 0) {
    return {PowSlot::kStandIn, attr.value};
  }
  // A class defining __rpow__ without __pow__ has slot_nb_power too.
  constexpr int kPow = static_cast<int>(BinaryOp::kPower);
  if (IsUserClass(t) && t->binary[kPow] == kClassBinary[kPow]) return {PowSlot::kPython};
  if (!found) return {};
  TypeObject* owner = attr.owner;
  if (!IsUserClass(owner)) {
    if (IsSubtype(owner, &kIntType)) return {PowSlot::kInt};
    if (IsSubtype(owner, &kFloatType)) return {PowSlot::kFloat};
    if (IsSubtype(owner, &kComplexType)) return {PowSlot::kComplex};
    return {};
  }
  if ((owner->type_flags & kTypeCTypeStandIn) != 0) return {PowSlot::kStandIn, attr.value};
  return {PowSlot::kPython};
}

// One slot's answer to pow(a, b, m): a value, NotImplemented, or Null with
// the exception pending. Runs Python code (a __pow__).
Value CallPowSlot(Interp& vm, const PowSlot& slot, Value a, Value b, Value m) {
  auto number = [](Value v) { return IsInt(v) || IsFloat(v) || IsComplex(v); };
  switch (slot.kind) {
    case PowSlot::kNone:
      return Value::NotImplemented();
    case PowSlot::kInt:  // long_pow: ints only
      return IsInt(a) && IsInt(b) && IsInt(m) ? IntPowMod(vm, a, b, m)
                                               : Value::NotImplemented();
    case PowSlot::kFloat:  // float_pow refuses any modulus first
      return vm.RaiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
    case PowSlot::kComplex:
      return number(a) && number(b) ? vm.RaiseValueError("complex modulo")
                                    : Value::NotImplemented();
    case PowSlot::kPython: {  // slot_nb_power: only the first operand's __pow__
      if (FindPowSlot(vm, a).kind != PowSlot::kPython) {
        return vm.HasException() ? Value::Null() : Value::NotImplemented();
      }
      // vectorcall_method: a missing __pow__ is AttributeError('__pow__').
      Value pow = TypeMethod(vm, a, vm.Intern("__pow__"));
      if (pow.is_null()) {
        return vm.HasException() ? pow : vm.RaiseFormat(&kAttributeErrorType, "__pow__");
      }
      RootScope roots(vm);
      roots.Add(&pow);
      Value args[2] = {b, m};
      return vm.Call(pow, CallArgs{args, 2, nullptr});
    }
    case PowSlot::kStandIn: {
      // A C type's nb_power gets the operands in their places, so `a` may
      // be of another type (pow(2, Decimal(10), 7)), which the method's
      // check as a descriptor (kCodeFlagCTypeSelf) would refuse.
      Value args[3] = {a, b, m};
      return CallCTypeSlot(vm, slot.function, CallArgs{args, 3, nullptr});
    }
  }
  return Value::NotImplemented();
}

}  // namespace

Value CallUserTernaryPow(Interp& vm, Value a, Value b, Value m) {
  RootScope roots(vm);
  PowSlot slot_a = FindPowSlot(vm, a);
  roots.Add(&slot_a.function);
  PowSlot slot_b = TypeOf(b) != TypeOf(a) ? FindPowSlot(vm, b) : PowSlot{};
  roots.Add(&slot_b.function);
  if (slot_b == slot_a) slot_b = PowSlot{};
  if (slot_a.kind != PowSlot::kNone) {
    if (slot_b.kind != PowSlot::kNone && IsSubtype(TypeOf(b), TypeOf(a))) {
      Value r = CallPowSlot(vm, slot_b, a, b, m);
      if (r.is_null() || !r.is_not_implemented()) return r;
      slot_b = PowSlot{};
    }
    Value r = CallPowSlot(vm, slot_a, a, b, m);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (slot_b.kind != PowSlot::kNone) {
    Value r = CallPowSlot(vm, slot_b, a, b, m);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  PowSlot slot_m = FindPowSlot(vm, m);
  roots.Add(&slot_m.function);
  if (slot_m == slot_a || slot_m == slot_b) return Value::NotImplemented();
  return CallPowSlot(vm, slot_m, a, b, m);
}

// Registers the live instances of `cls` as finalizable (its __del__ was
// just assigned), in the heap's order, which is the same on every run but
// not allocation order: at exit, those of them still alive are finalized
// in that order. Runs no Python.
static void RegisterExistingInstances(Interp& vm, ClassObject* cls) {
  vm.heap().ForEachObject([&](Object* o) {
    if (o->type == cls && (o->gc_flags & kObjFinalized) == 0) vm.heap().RegisterFinalizable(o);
  });
}

void FillClassSlots(Interp& vm, ClassObject* cls) {
  Fill(vm, cls, &TypeObject::repr, &ClassRepr, {"__repr__"});
  Fill(vm, cls, &TypeObject::str, &ClassStr, {"__str__"});
  cls->hash = UserClassDefines(vm, cls, {"__hash__"},
                               [](ClassObject* b) { return b->hash == &ClassHash; })
                  ? &ClassHash
                  : InheritedHash(cls->builtin_base);
  Fill(vm, cls, &TypeObject::richcompare, &ClassCompare,
       {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"});
  Fill(vm, cls, &TypeObject::truth, &ClassTruth, {"__bool__"});
  Fill(vm, cls, &TypeObject::len, &ClassLen, {"__len__"});
  Fill(vm, cls, &TypeObject::contains, &ClassContains, {"__contains__"});
  Fill(vm, cls, &TypeObject::getitem, &ClassGetItem, {"__getitem__"});
  Fill(vm, cls, &TypeObject::setitem, &ClassSetItem, {"__setitem__", "__delitem__"});
  Fill(vm, cls, &TypeObject::iter, &ClassIter, {"__iter__"});
  Fill(vm, cls, &TypeObject::next, &ClassNext, {"__next__"});
  Fill(vm, cls, &TypeObject::call, &ClassCall, {"__call__"});
  Fill(vm, cls, &TypeObject::negative, &ClassNegative, {"__neg__"});
  Fill(vm, cls, &TypeObject::positive, &ClassPositive, {"__pos__"});
  Fill(vm, cls, &TypeObject::invert, &ClassInvert, {"__invert__"});
  Fill(vm, cls, &TypeObject::absolute, &ClassAbsolute, {"__abs__"});
  Fill(vm, cls, &TypeObject::index, &ClassIndex, {"__index__"});
  Fill(vm, cls, &TypeObject::to_int, &ClassToInt, {"__int__"});
  Fill(vm, cls, &TypeObject::to_float, &ClassToFloat, {"__float__"});
  Fill(vm, cls, &TypeObject::init, &ClassInit, {"__init__"});
  for (int op = 0; op < kNumBinaryOps; ++op) {
    const BinaryDefs& defs = kBinaryDefs[op];
    cls->binary[op] = UserClassDefines(vm, cls, {defs.name->name, defs.reflected->name},
                                       [&](ClassObject* b) {
                                         return b->binary[op] == kClassBinary[op];
                                       })
                          ? kClassBinary[op]
                          : InheritedBinary(cls->builtin_base, op, false);
    cls->inplace[op] = UserClassDefines(vm, cls, {defs.inplace->name},
                                        [&](ClassObject* b) {
                                          return b->inplace[op] == kClassInplace[op];
                                        })
                           ? kClassInplace[op]
                           : InheritedBinary(cls->builtin_base, op, true);
  }
  auto hook = [&](const char* name, uint32_t flag) {
    return UserClassDefines(vm, cls, {name}, [&](ClassObject* b) { return (b->hooks & flag) != 0; })
               ? flag
               : 0;
  };
  cls->hooks = hook("__getattribute__", kClassHookGetAttribute) |
               hook("__getattr__", kClassHookGetAttr) | hook("__setattr__", kClassHookSetAttr) |
               hook("__delattr__", kClassHookDelAttr);
  // __del__: the heap registers new instances as finalizable
  // (vm/finalize.h); instances made before __del__ was assigned are
  // registered now, as CPython's tp_finalize applies to them too.
  bool had_del = (cls->type_flags & kTypeHasFinalizer) != 0;
  bool has_del = UserClassDefines(vm, cls, {"__del__"}, [](ClassObject* b) {
    return (b->type_flags & kTypeHasFinalizer) != 0;
  });
  cls->type_flags = has_del ? (cls->type_flags | kTypeHasFinalizer)
                            : (cls->type_flags & ~kTypeHasFinalizer);
  if (has_del && !had_del) RegisterExistingInstances(vm, cls);
  // Instances are made by the class's construct slot (vm/objects/type.cc);
  // new_instance only records that the layout is subclassable.
  cls->new_instance = Inherited(cls->builtin_base, &TypeObject::new_instance);
}

bool RefillClassSlots(Interp& vm, ClassObject* cls) {
  constexpr uint64_t kRefillWork = 100;
  FillClassSlots(vm, cls);
  // The registry lists classes in creation order, so a subclass of `cls`
  // comes after it and after all of its own bases: one pass finds the
  // subclasses by their direct bases and refills each after its bases.
  // FillClassSlots runs no Python code, so the registry stays as it is.
  std::vector<TypeObject*>& classes = vm.user_classes();
  if (!vm.ChargeItems(classes.size())) return false;
  auto it = std::find(classes.begin(), classes.end(), cls);
  if (it == classes.end()) return true;
  absl::flat_hash_set<const TypeObject*> changed = {cls};
  for (++it; it != classes.end(); ++it) {
    ClassObject* k = static_cast<ClassObject*>(*it);
    for (size_t i = 0; i < k->bases->size; ++i) {
      if (changed.contains(As<TypeObject>(k->bases->items[i]))) {
        // About a hundred namespace lookups per class.
        if (!vm.ChargeWork(kRefillWork)) return false;
        FillClassSlots(vm, k);
        changed.insert(k);
        break;
      }
    }
  }
  return true;
}

SlotWrapperObject* NewSlotWrapper(Interp& vm, const SlotDef* def, TypeObject* owner, Value self) {
  auto& cache = vm.builtin_descriptors();
  if (self.is_null()) {
    auto it = cache.find({def, owner});
    if (it != cache.end()) return static_cast<SlotWrapperObject*>(it->second);
  }
  TypeObject* type = def->kind == SlotKind::kNew ? &kSlotNewType
                     : self.is_null()            ? &kSlotWrapperType
                                                 : &kMethodWrapperType;
  SlotWrapperObject* w = vm.New<SlotWrapperObject>(type);
  if (w == nullptr) return nullptr;
  w->def = def;
  w->owner = owner;
  w->self = self;
  if (self.is_null()) cache[{def, owner}] = w;
  return w;
}

bool IsSlotWrapper(Value v) {
  if (!v.is_object()) return false;
  const TypeObject* t = v.object()->type;
  return t == &kSlotWrapperType || t == &kMethodWrapperType || t == &kSlotNewType;
}

void InitSlotTypes() {
  for (auto [type, name] : {std::pair{&kSlotWrapperType, "wrapper_descriptor"},
                            std::pair{&kMethodWrapperType, "method-wrapper"},
                            std::pair{&kSlotNewType, "builtin_function_or_method"}}) {
    InitStaticType(type, name, &kObjectType);
    type->call = SlotWrapperCall;
    type->repr = SlotWrapperRepr;
    type->richcompare = SlotWrapperCompare;
    type->hash = SlotWrapperHash;
    type->trace = SlotWrapperTrace;
    type->methods = kSlotWrapperMethods;
  }
}

}  // namespace moat::vm
