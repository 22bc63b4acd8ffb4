// The abstract object protocol (CPython's Objects/abstract.c, object.c):
// dispatch on type slots, with CPython's TypeError texts when a type lacks
// the operation.
#include "vm/ops.h"

#include <atomic>

#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/slots.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/opcodes.h"
#include "vm/sandbox_policy.h"

namespace moat::vm {

std::string_view TypeName(Value v) { return TypeOf(v)->name; }

std::string_view ClinicTypeName(Value v) { return v.is_none() ? "None" : TypeName(v); }

Value Repr(Interp& vm, Value v) {
  TypeObject* t = TypeOf(v);
  RecursiveCallGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  UnaryFn repr = nullptr;
  for (TypeObject* tt = t; tt != nullptr && repr == nullptr; tt = tt->base) repr = tt->repr;
  if (repr == nullptr) return vm.RaiseTypeError("object has no repr");
  Value r = repr(vm, v);
  if (!r.is_null() && !IsStr(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__repr__ returned non-string (type %s)",
                          std::string(TypeName(r)));
  }
  return r;
}

Value Str(Interp& vm, Value v) {
  if (IsExactStr(v)) return v;
  // The nearest str slot, or, when a repr slot comes first, the repr slot:
  // object.__str__ calls it directly, so a bad result is still reported as
  // __str__'s (CPython object_str, PyObject_Str).
  UnaryFn fn = nullptr;
  for (TypeObject* tt = TypeOf(v); tt != nullptr && fn == nullptr; tt = tt->base) {
    fn = tt->str != nullptr ? tt->str : tt->repr;
  }
  if (fn == nullptr) return vm.RaiseTypeError("object has no repr");
  RecursiveCallGuard guard(vm, " while getting the str of an object");
  if (!guard.ok()) return Value::Null();
  Value r = fn(vm, v);
  if (!r.is_null() && !IsStr(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__str__ returned non-string (type %s)",
                          std::string(TypeName(r)));
  }
  return r;
}

bool AppendRepr(Interp& vm, Value v, std::string* out) {
  Value r = Repr(vm, v);
  if (r.is_null()) return false;
  out->append(As<StrObject>(r)->view());
  return true;
}

bool AppendStr(Interp& vm, Value v, std::string* out) {
  Value r = Str(vm, v);
  if (r.is_null()) return false;
  out->append(As<StrObject>(r)->view());
  return true;
}

int64_t Hash(Interp& vm, Value v) {
  TypeObject* t = TypeOf(v);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->hash != nullptr) return tt->hash(vm, v);
    // A type that defines comparison but no hash is unhashable (list, dict).
    if (tt->richcompare != nullptr && tt != &kObjectType) break;
  }
  vm.RaiseFormat(&kTypeErrorType, "unhashable type: '%s'", t->name);
  return -1;
}

namespace {

CompareFn FindCompare(TypeObject* t) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->richcompare != nullptr) return tt->richcompare;
  }
  return nullptr;
}

CompareOp Swapped(CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return CompareOp::kGt;
    case CompareOp::kLe: return CompareOp::kGe;
    case CompareOp::kGt: return CompareOp::kLt;
    case CompareOp::kGe: return CompareOp::kLe;
    default: return op;
  }
}

const char* CompareSymbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

// PyObject_RichCompare's work, without its recursion step.
Value RichCompareUncounted(Interp& vm, Value a, Value b, CompareOp op) {
  TypeObject* ta = TypeOf(a);
  TypeObject* tb = TypeOf(b);
  bool checked_reverse = false;
  // A subclass's reflected method goes first (CPython do_richcompare).
  if (ta != tb && IsSubtype(tb, ta) && FindCompare(tb) != nullptr) {
    checked_reverse = true;
    Value r = FindCompare(tb)(vm, b, a, Swapped(op));
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (CompareFn f = FindCompare(ta)) {
    Value r = f(vm, a, b, op);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (!checked_reverse) {
    if (CompareFn f = FindCompare(tb)) {
      Value r = f(vm, b, a, Swapped(op));
      if (r.is_null() || !r.is_not_implemented()) return r;
    }
  }
  if (op == CompareOp::kEq) return Value::Bool(a.Is(b));
  if (op == CompareOp::kNe) return Value::Bool(!a.Is(b));
  return vm.RaiseFormat(&kTypeErrorType,
                        "'%s' not supported between instances of '%s' and '%s'",
                        CompareSymbol(op), ta->name, tb->name);
}

}  // namespace

Value RichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  RecursiveCallGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  return RichCompareUncounted(vm, a, b, op);
}

Value CompareAtRecursionLimit(Interp& vm, Value a, Value b, CompareOp op, uint8_t next_opcode) {
  // CPython 3.11 specializes a warmed-up COMPARE_OP that feeds a conditional
  // jump into COMPARE_OP_{INT,FLOAT,STR}_JUMP (_Py_Specialize_CompareOp),
  // which compare without PyObject_RichCompare and so without its
  // recursion step: one-digit ints, floats, and strs under == and !=.
  bool jumps = next_opcode == POP_JUMP_FORWARD_IF_FALSE || next_opcode == POP_JUMP_FORWARD_IF_TRUE ||
               next_opcode == POP_JUMP_BACKWARD_IF_FALSE || next_opcode == POP_JUMP_BACKWARD_IF_TRUE;
  constexpr int64_t kOneDigit = int64_t{1} << 30;
  bool specialized =
      jumps && ((a.is_small_int() && b.is_small_int() && a.small_int() > -kOneDigit &&
                 a.small_int() < kOneDigit && b.small_int() > -kOneDigit &&
                 b.small_int() < kOneDigit) ||
                (HasType(a, &kFloatType) && HasType(b, &kFloatType)) ||
                (IsExactStr(a) && IsExactStr(b) && (op == CompareOp::kEq || op == CompareOp::kNe)));
  return specialized ? RichCompareUncounted(vm, a, b, op) : RichCompare(vm, a, b, op);
}

int RichCompareBool(Interp& vm, Value a, Value b, CompareOp op) {
  if (a.Is(b)) {
    if (op == CompareOp::kEq) return 1;
    if (op == CompareOp::kNe) return 0;
  }
  // At the limit, CPython's PyObject_RichCompare step fails even for ints.
  if (a.is_small_int() && b.is_small_int() && !vm.AtRecursionLimit()) [[likely]] {
    return OrderingSatisfies(a.small_int() <=> b.small_int(), op);
  }
  Value r = RichCompare(vm, a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  return IsTrue(vm, r);
}

int IsTrue(Interp& vm, Value v) {
  if (v.is_true()) return 1;
  if (v.is_false() || v.is_none()) return 0;
  if (v.is_small_int()) return v.small_int() != 0;
  TypeObject* t = TypeOf(v);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->truth != nullptr) return tt->truth(vm, v);
    if (tt->len != nullptr) {
      int64_t n = tt->len(vm, v);
      return n < 0 ? -1 : n > 0;
    }
  }
  return 1;
}

const char* BinaryOpSymbol(BinaryOp op) {
  static const char* const kSymbols[] = {"+", "&", "//", "<<", "@", "*", "%",
                                         "|", "** or pow()", ">>", "-", "/", "^"};
  return kSymbols[static_cast<int>(op)];
}

namespace {

BinaryFn FindBinary(TypeObject* t, BinaryOp op) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->binary[static_cast<int>(op)] != nullptr) return tt->binary[static_cast<int>(op)];
  }
  return nullptr;
}

BinaryFn FindInplace(TypeObject* t, BinaryOp op) {
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->inplace[static_cast<int>(op)] != nullptr) return tt->inplace[static_cast<int>(op)];
  }
  return nullptr;
}

}  // namespace

namespace {

// The native modules' types registered by RegisterSequenceSlots.
constexpr size_t kMaxRegisteredSequenceTypes = 4;
std::atomic<const TypeObject*> registered_sequence_types[kMaxRegisteredSequenceTypes];

// Whether `f`, a type's slot for `op`, is a built-in sequence's
// concatenation or repetition (CPython's sq_concat / sq_repeat and their
// in-place forms) rather than a number slot. moat keeps both in one slot
// table; CPython tries every number slot (a user class's __radd__ or
// __rmul__ included) before any sequence slot, so the two are told apart
// here.
bool IsSequenceSlot(BinaryOp op, BinaryFn f, bool inplace) {
  if (f == nullptr || (op != BinaryOp::kAdd && op != BinaryOp::kMultiply)) return false;
  int i = static_cast<int>(op);
  for (const TypeObject* t : {&kStrType, &kListType, &kTupleType, &kBytesType, &kByteArrayType}) {
    if (f == (inplace ? t->inplace[i] : t->binary[i])) return true;
  }
  for (const auto& entry : registered_sequence_types) {
    const TypeObject* t = entry.load(std::memory_order_acquire);
    if (t == nullptr) break;
    if (f == (inplace ? t->inplace[i] : t->binary[i])) return true;
  }
  return false;
}

BinaryFn FindNumberSlot(TypeObject* t, BinaryOp op) {
  BinaryFn f = FindBinary(t, op);
  return IsSequenceSlot(op, f, false) ? nullptr : f;
}

// A class that defines __add__ (__mul__, __iadd__, __imul__) loses the
// sequence slot it would inherit, as CPython clears sq_concat then.
BinaryFn FindSequenceSlot(TypeObject* t, BinaryOp op, bool inplace) {
  BinaryFn f = inplace ? FindInplace(t, op) : FindBinary(t, op);
  return IsSequenceSlot(op, f, inplace) ? f : nullptr;
}

}  // namespace

// CPython's binary_op1: the left operand's number slot, then the right's
// (a subclass of the left's type goes first). Sequence slots are not
// number slots: BinaryOperation tries them afterwards.
Value BinaryOp1(Interp& vm, BinaryOp op, Value a, Value b) {
  TypeObject* ta = TypeOf(a);
  TypeObject* tb = TypeOf(b);
  BinaryFn fa = FindNumberSlot(ta, op);
  BinaryFn fb = ta != tb ? FindNumberSlot(tb, op) : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa != nullptr) {
    if (fb != nullptr && IsSubtype(tb, ta)) {
      Value r = fb(vm, a, b);
      if (r.is_null() || !r.is_not_implemented()) return r;
      fb = nullptr;
    }
    Value r = fa(vm, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (fb != nullptr) return fb(vm, a, b);
  return Value::NotImplemented();
}

void RegisterSequenceSlots(const TypeObject* type) {
  for (auto& entry : registered_sequence_types) {
    const TypeObject* expected = nullptr;
    if (entry.compare_exchange_strong(expected, type) || expected == type) return;
  }
}

Value SequenceConcat(Interp& vm, Value a, Value b, bool inplace) {
  if (inplace) {
    if (BinaryFn f = FindSequenceSlot(TypeOf(a), BinaryOp::kAdd, true)) return f(vm, a, b);
  }
  BinaryFn f = FindSequenceSlot(TypeOf(a), BinaryOp::kAdd, false);
  return f != nullptr ? f(vm, a, b) : Value::NotImplemented();
}

namespace {

// PyNumber_InPlaceMultiply falls back on the right operand's sequence
// repeat only when the left operand's type has no sequence table at all.
// dict, set, frozenset, range, the dict views and every user class have
// one without a repeat, so `d *= [1]` is "unsupported operand type(s) for
// *=" where `d * [1]` is "can't multiply sequence by non-int of type 'dict'".
// A stand-in for a C type (decimal.Decimal) has none, as its C type.
bool HasRepeatlessSequenceTable(Value v) {
  if (IsStr(v) || IsList(v) || IsTuple(v) || IsBytes(v) || IsByteArray(v)) return false;
  uint32_t flags = TypeOf(v)->type_flags;
  if ((flags & kTypeHeapType) != 0 && (flags & kTypeCTypeStandIn) == 0) return true;
  return IsDict(v) || IsAnySet(v) || IsDictView(v) || HasType(v, &kRangeType);
}

// PyNumber_Multiply's fallback: the left operand's repeat, else the
// right's. PyNumber_InPlaceMultiply tries the right's only when the left's
// type has no sequence table at all (see HasRepeatlessSequenceTable).
Value SequenceRepeat(Interp& vm, Value a, Value b, bool inplace) {
  const BinaryOp op = BinaryOp::kMultiply;
  if (inplace) {
    if (BinaryFn f = FindSequenceSlot(TypeOf(a), op, true)) return f(vm, a, b);
  }
  if (BinaryFn f = FindSequenceSlot(TypeOf(a), op, false)) return f(vm, a, b);
  if (inplace && HasRepeatlessSequenceTable(a)) return Value::NotImplemented();
  if (BinaryFn f = FindSequenceSlot(TypeOf(b), op, false)) return f(vm, a, b);
  return Value::NotImplemented();
}

// The sequence fallback of `a op b` once the number slots declined.
Value SequenceFallback(Interp& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (op == BinaryOp::kAdd) return SequenceConcat(vm, a, b, inplace);
  if (op == BinaryOp::kMultiply) return SequenceRepeat(vm, a, b, inplace);
  return Value::NotImplemented();
}

Value BinaryTypeError(Interp& vm, BinaryOp op, Value a, Value b, bool inplace) {
  // The sequences' own texts ("can only concatenate str (not "int") to
  // str", "can't multiply sequence by non-int...") come from their slots.
  std::string symbol = BinaryOpSymbol(op);
  if (inplace) {
    symbol = op == BinaryOp::kPower ? "**=" : symbol + "=";
  } else if (op == BinaryOp::kRshift && HasType(a, &kBuiltinFunctionType) &&
             std::string_view(As<BuiltinFunctionObject>(a)->def->name) == "print") {
    // Python 2's `print >> stream, text` (CPython's binary_op hint).
    return vm.RaiseFormat(&kTypeErrorType,
                          "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean "
                          "\"print(<message>, file=<output_stream>)\"?",
                          std::string(TypeName(a)), std::string(TypeName(b)));
  }
  return vm.RaiseFormat(&kTypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
                        symbol, std::string(TypeName(a)), std::string(TypeName(b)));
}

}  // namespace

Value BinaryOperation(Interp& vm, BinaryOp op, Value a, Value b) {
  Value r = BinaryOp1(vm, op, a, b);
  if (r.is_null() || !r.is_not_implemented()) return r;
  r = SequenceFallback(vm, op, a, b, false);
  if (r.is_null() || !r.is_not_implemented()) return r;
  return BinaryTypeError(vm, op, a, b, false);
}

Value InplaceOp1(Interp& vm, BinaryOp op, Value a, Value b) {
  TypeObject* ta = TypeOf(a);
  BinaryFn fi = FindInplace(ta, op);
  // A user class that inherits list's or bytearray's `__iadd__` has it as
  // its number slot too (CPython's update_one_slot fills nb_inplace_add
  // from the sq_inplace_concat wrapper, whose calling convention matches;
  // sq_inplace_repeat's does not), so its `+=` extends before a right
  // operand's __radd__ is tried.
  bool inherited_iadd = op == BinaryOp::kAdd && (ta->type_flags & kTypeHeapType) != 0;
  if (fi != nullptr && (inherited_iadd || !IsSequenceSlot(op, fi, true))) {
    Value r = fi(vm, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  return BinaryOp1(vm, op, a, b);
}

// The number slots (InplaceOp1), then the sequence fallback.
Value InplaceOperation(Interp& vm, BinaryOp op, Value a, Value b) {
  Value r = InplaceOp1(vm, op, a, b);
  if (r.is_null() || !r.is_not_implemented()) return r;
  r = SequenceFallback(vm, op, a, b, true);
  if (r.is_null() || !r.is_not_implemented()) return r;
  return BinaryTypeError(vm, op, a, b, true);
}

Value UnaryOperation(Interp& vm, UnaryOp op, Value v) {
  TypeObject* t = TypeOf(v);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    UnaryFn f = op == UnaryOp::kNegative   ? tt->negative
                : op == UnaryOp::kPositive ? tt->positive
                                           : tt->invert;
    if (f != nullptr) return f(vm, v);
  }
  const char* symbol = op == UnaryOp::kNegative ? "-" : op == UnaryOp::kPositive ? "+" : "~";
  return vm.RaiseFormat(&kTypeErrorType, "bad operand type for unary %s: '%s'", symbol, t->name);
}

int64_t Length(Interp& vm, Value v) {
  TypeObject* t = TypeOf(v);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->len != nullptr) return tt->len(vm, v);
  }
  vm.RaiseFormat(&kTypeErrorType, "object of type '%s' has no len()", t->name);
  return -1;
}

namespace {

// CPython defines dict's and list's `__getitem__` and dict's, set's and
// frozenset's `__contains__` as methods beside their slots (METH_COEXIST),
// so a class that inherits one gets slot_mp_subscript / slot_sq_contains,
// which call that method through method_vectorcall_O: one recursion step,
// seen at the recursion limit (`key in self` in a dict subclass's
// recursive lookup fails there "while calling a Python object").
bool InheritsCoexistGetItem(const TypeObject* t, const TypeObject* slot_owner) {
  if ((t->type_flags & kTypeHeapType) == 0) return false;
  return slot_owner->getitem == kDictType.getitem || slot_owner->getitem == kListType.getitem;
}

bool InheritsCoexistContains(const TypeObject* t, const TypeObject* slot_owner) {
  if ((t->type_flags & kTypeHeapType) == 0) return false;
  auto fn = slot_owner->contains;
  return fn == kDictType.contains || fn == kSetType.contains || fn == kFrozenSetType.contains;
}

}  // namespace

Value GetItem(Interp& vm, Value container, Value key) {
  TypeObject* t = TypeOf(container);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->getitem == nullptr) continue;
    if (InheritsCoexistGetItem(t, tt)) {
      RecursiveCallGuard guard(vm, " while calling a Python object");
      if (!guard.ok()) return Value::Null();
      return tt->getitem(vm, container, key);
    }
    return tt->getitem(vm, container, key);
  }
  if (IsType(container)) return SubscriptType(vm, container, key);
  return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not subscriptable", t->name);
}

int SetItem(Interp& vm, Value container, Value key, Value value) {
  TypeObject* t = TypeOf(container);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->setitem != nullptr) return tt->setitem(vm, container, key, value);
  }
  vm.RaiseFormat(&kTypeErrorType, "'%s' object does not support item assignment", t->name);
  return -1;
}

int NamespaceSetItem(Interp& vm, DictObject* ns, Value key, Value value) {
  if (ns->type == &kDictType) return DictSet(vm, ns, key, value);
  RootScope roots(vm);
  roots.Add(&value);
  return SetItem(vm, Value::FromObject(ns), key, value);
}

int DelItem(Interp& vm, Value container, Value key) {
  TypeObject* t = TypeOf(container);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->setitem != nullptr) return tt->setitem(vm, container, key, Value::Null());
  }
  // CPython's wording differs: PyObject_DelItem hands an index key to
  // PySequence_DelItem ("doesn't") when the type has sequence methods at
  // all (a length or `in`, and every user class); otherwise its own text.
  bool sequence = (t->type_flags & kTypeHeapType) != 0 || t->len != nullptr ||
                  t->contains != nullptr;
  bool index = key.is_small_int() || key.is_bool() || TypeOf(key)->index != nullptr;
  if (sequence && index) {
    vm.RaiseFormat(&kTypeErrorType, "'%s' object doesn't support item deletion", t->name);
  } else {
    vm.RaiseFormat(&kTypeErrorType, "'%s' object does not support item deletion", t->name);
  }
  return -1;
}

int Contains(Interp& vm, Value container, Value item) {
  TypeObject* t = TypeOf(container);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->contains == nullptr) continue;
    if (InheritsCoexistContains(t, tt)) {
      RecursiveCallGuard guard(vm, " while calling a Python object");
      if (!guard.ok()) return -1;
      return tt->contains(vm, container, item);
    }
    return tt->contains(vm, container, item);
  }
  // Fall back to iteration (CPython's _PySequence_IterSearch), which
  // rewords any TypeError of iter() (`__iter__ = None` included).
  Value it = GetIter(vm, container);
  if (it.is_null()) {
    if (vm.ExceptionMatches(&kTypeErrorType)) {
      vm.ClearException();
      vm.RaiseFormat(&kTypeErrorType, "argument of type '%s' is not iterable", t->name);
    }
    return -1;
  }
  RootScope roots(vm);
  roots.Add(&it);
  for (uint64_t done = 0;; ++done) {
    if (!ChargeStep(vm, done)) return -1;
    Value v = IterNext(vm, it);
    if (v.is_null()) return vm.HasException() ? -1 : 0;
    int eq = Equals(vm, v, item);
    if (eq != 0) return eq;
  }
}

Value GetIter(Interp& vm, Value v) {
  TypeObject* t = TypeOf(v);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->iter != nullptr) return tt->iter(vm, v);
  }
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->getitem != nullptr && tt != &kDictType) {
      return NewSeqIterator(vm, &kSeqIteratorType, v);
    }
  }
  return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not iterable", t->name);
}

Value IterNextKeepStop(Interp& vm, Value iterator) {
  TypeObject* t = TypeOf(iterator);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->next != nullptr) return tt->next(vm, iterator);
  }
  return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not an iterator", t->name);
}

Value IterNext(Interp& vm, Value iterator) {
  Value v = IterNextKeepStop(vm, iterator);
  // A `next` slot may end with StopIteration pending (a generator that
  // returned a value); consumers of iteration treat it as exhaustion, as
  // CPython's do. next() and `yield from` keep the value.
  if (v.is_null() && vm.ExceptionMatches(&kStopIterationType)) vm.ClearException();
  return v;
}

namespace {

bool IsDunder(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

// A dunder moat may withhold on purpose, as opposed to one that is simply
// missing: an object without a protocol method (`__len__`, `__add__`: a
// slot's name, or one of the protocol names below), without data moat
// never withholds (`__notes__` of an exception with none) or a name (`__name__`
// of an instance, `__slots__` of a class without any: a plain class-dict
// entry when present) lacks it in CPython too. `__dict__` is withheld only
// where CPython has one: a type's, a module's, a generic alias's
// (`list[int].__dict__` is its origin class's) and a stand-in's
// (kTypeInstanceDictWithheld); the other instances that reach here (of a
// built-in type, of a class whose __slots__ leave it out) have none in
// CPython either.
bool MaybeWithheld(Value obj, std::string_view name) {
  // type.mro() walks the class graph as `__mro__` does (docs/SECURITY.md).
  if (name == "mro") return IsType(obj);
  if (!IsDunder(name) || FindSlotDef(name) != nullptr || !IsKnownDunder(name)) return false;
  static constexpr std::string_view kProtocolNames[] = {
      "__name__",    "__qualname__", "__enter__",    "__exit__",        "__get__",
      "__set__",     "__delete__",   "__set_name__", "__missing__",     "__reversed__",
      "__round__",   "__floor__",    "__ceil__",     "__trunc__",       "__complex__",
      "__bytes__",   "__divmod__",   "__rdivmod__",  "__length_hint__", "__copy__",
      "__deepcopy__", "__setstate__", "__post_init__", "__match_args__", "__wrapped__",
      "__slots__",
      // Data moat never withholds where CPython has it: an exception's
      // chain and notes, a function's or class's module and annotations,
      // an abstract method's flag, a generic's parts, a dataclass's fields.
      "__notes__", "__cause__", "__context__", "__suppress_context__", "__traceback__",
      "__module__", "__annotations__", "__isabstractmethod__", "__origin__", "__args__",
      "__parameters__", "__orig_bases__", "__dataclass_fields__", "__dataclass_params__",
      "__abstractmethods__"};
  for (std::string_view known : kProtocolNames) {
    if (name == known) return false;
  }
  if (name == "__dict__") {
    return IsType(obj) || HasType(obj, &kModuleType) || IsGenericAlias(obj) ||
           (TypeOf(obj)->type_flags & kTypeInstanceDictWithheld) != 0;
  }
  return true;
}

Value AttributeErrorFor(Interp& vm, Value obj, StrObject* name) {
  if (MaybeWithheld(obj, name->view())) {
    return vm.RaiseFormat(&kAttributeErrorType, "'%s' is not available in the sandbox",
                          std::string(name->view()));
  }
  if (HasType(obj, &kModuleType)) {
    return vm.RaiseFormat(&kAttributeErrorType, "module '%s' has no attribute '%s'",
                          std::string(As<ModuleObject>(obj)->name->view()),
                          std::string(name->view()));
  }
  if (IsType(obj)) {
    // CPython's type.__abstractmethods__ getter, on a class that never set
    // it, raises with the bare name.
    if (name->view() == "__abstractmethods__") {
      return vm.Raise(&kAttributeErrorType, "__abstractmethods__");
    }
    return vm.RaiseFormat(&kAttributeErrorType, "type object '%s' has no attribute '%s'",
                          As<TypeObject>(obj)->name, std::string(name->view()));
  }
  return vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'",
                        std::string(TypeName(obj)), std::string(name->view()));
}

}  // namespace

bool MaybeWithheldAttribute(Value obj, std::string_view name) { return MaybeWithheld(obj, name); }

Value GetAttrOptional(Interp& vm, Value obj, StrObject* name) {
  TypeObject* t = TypeOf(obj);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->getattr != nullptr) return tt->getattr(vm, obj, name);
  }
  return GenericGetAttr(vm, obj, name);
}

Value GetAttr(Interp& vm, Value obj, StrObject* name) {
  Value v = GetAttrOptional(vm, obj, name);
  if (!v.is_null()) return v;
  if (!vm.HasException()) AttributeErrorFor(vm, obj, name);
  SetAttributeErrorContext(vm, obj, name);
  return Value::Null();
}

int SetAttr(Interp& vm, Value obj, StrObject* name, Value value) {
  TypeObject* t = TypeOf(obj);
  // object's __class__ setter, which gives a built-in type's instance
  // CPython's TypeError (a class's own setattr refuses it for classes).
  if (!IsUserClass(t) && !IsType(obj) && name->view() == "__class__") {
    return ObjectSetClass(vm, obj, value);
  }
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->setattr != nullptr) return tt->setattr(vm, obj, name, value);
  }
  return RefuseSetAttr(vm, obj, name);
}

int RefuseSetAttrWithMembers(Interp& vm, Value obj, StrObject* name,
                             std::initializer_list<std::string_view> members) {
  for (std::string_view member : members) {
    if (name->view() == member) {
      vm.Raise(&kAttributeErrorType, "readonly attribute");
      return -1;
    }
  }
  return RefuseSetAttr(vm, obj, name);
}

int RefuseSetAttr(Interp& vm, Value obj, StrObject* name) {
  TypeObject* t = TypeOf(obj);
  const MethodDef* m = FindMethod(t, name->view());
  if (m == nullptr && IsDunder(name->view()) && IsKnownDunder(name->view())) {
    // A dunder the instance shows (`(5).__doc__`) is read-only, as in
    // CPython; one it withholds answers as its read does.
    Value shown = GetAttrOptional(vm, obj, name);
    if (shown.is_null()) {
      if (!vm.HasException()) AttributeErrorFor(vm, obj, name);
      return -1;
    }
    vm.RaiseFormat(&kAttributeErrorType, "'%s' object attribute '%s' is read-only", t->name,
                   std::string(name->view()));
    return -1;
  }
  // Type objects never get here: type's own setattr slot (vm/objects/type.cc)
  // handles them.
  if (m != nullptr) {
    if (m->kind == MethodKind::kGetter) {
      // Named by the type that defines it, as a getset descriptor is
      // (`True.real`: 'int').
      const TypeObject* owner = t;
      while (owner->base != nullptr && FindMethod(owner->base, name->view()) == m) {
        owner = owner->base;
      }
      vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                     std::string(name->view()), owner->name);
    } else {
      vm.RaiseFormat(&kAttributeErrorType, "'%s' object attribute '%s' is read-only", t->name,
                     std::string(name->view()));
    }
    return -1;
  }
  vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'", t->name,
                 std::string(name->view()));
  return -1;
}

Value LookupMethod(Interp& vm, Value obj, StrObject* name, bool* is_method) {
  *is_method = false;
  TypeObject* t = TypeOf(obj);
  bool custom = false;
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->getattr != nullptr) custom = true;
  }
  // A types.GenericAlias subclass's instance answers most names from its origin (CPython's
  // ga_getattro), so its methods are found the general way, as _PyObject_GetMethod does
  // for a type whose getattro is not the generic one.
  if (IsUserClass(t) && !IsMetaclass(t) && !IsSubtype(t, &kGenericAliasType) &&
      (static_cast<ClassObject*>(t)->hooks & kClassHookGetAttribute) == 0) {
    // A plain function found on the class, not shadowed by the instance:
    // CALL passes obj as `self` without a bound-method object.
    // So is a method of the built-in base (CPython's _PyObject_GetMethod
    // finds the method descriptor), which then reports errors as called
    // through its type: S('a').count(x=1) names str.count().
    TypeAttr attr;
    bool method_like = FindTypeAttr(vm, t, name, &attr) &&
                       (HasType(attr.value, &kFunctionType) ||
                        HasType(attr.value, &kLruCacheType) ||
                        (attr.method != nullptr && attr.method->kind == MethodKind::kMethod));
    if (method_like) {
      DictObject** slot = InstanceDictSlot(obj);
      if (slot == nullptr || *slot == nullptr || DictGetStr(vm, *slot, name).is_null()) {
        *is_method = true;
        if (attr.method == nullptr) return attr.value;
        BuiltinFunctionObject* f = UnboundBuiltinMethod(vm, attr.method, attr.owner);
        return f == nullptr ? Value::Null() : Value::FromObject(f);
      }
    }
  }
  if (!custom && !IsType(obj)) {
    const MethodDef* m = FindMethod(t, name->view());
    if (m != nullptr && m->kind == MethodKind::kMethod) {
      // An unbound builtin: CALL passes obj as the first argument, which
      // BuiltinCall turns back into self.
      BuiltinFunctionObject* f = UnboundBuiltinMethod(vm, m, t);
      if (f == nullptr) return Value::Null();
      *is_method = true;
      return Value::FromObject(f);
    }
  }
  return GetAttr(vm, obj, name);
}

bool IsInstance(Value obj, const TypeObject* cls) { return IsSubtype(TypeOf(obj), cls); }

bool UnpackIterable(Interp& vm, Value iterable, size_t count, Value* out) {
  TypeObject* t = TypeOf(iterable);
  bool iterable_type = false;
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->iter != nullptr || tt->getitem != nullptr) iterable_type = true;
  }
  if (!iterable_type) {
    vm.RaiseFormat(&kTypeErrorType, "cannot unpack non-iterable %s object", t->name);
    return false;
  }
  Value it = GetIter(vm, iterable);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&it);
  for (size_t i = 0; i < count; ++i) out[i] = Value::Null();
  for (size_t i = 0; i < count; ++i) roots.Add(&out[i]);
  for (size_t i = 0; i < count; ++i) {
    Value v = IterNext(vm, it);
    if (v.is_null()) {
      if (vm.HasException()) return false;
      vm.RaiseFormat(&kValueErrorType, "not enough values to unpack (expected %d, got %d)", count,
                     i);
      return false;
    }
    out[i] = v;
  }
  Value extra = IterNext(vm, it);
  if (extra.is_null()) return !vm.HasException();
  vm.RaiseFormat(&kValueErrorType, "too many values to unpack (expected %d)", count);
  return false;
}

}  // namespace moat::vm
