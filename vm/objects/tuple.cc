// tuple (CPython's Objects/tupleobject.c): allocation with the items inline,
// the sequence slots, hash (xxHash-based tuplehash), count/index and the
// constructor. Also the repr recursion guard every container uses (tuple.h).
#include "vm/objects/tuple.h"

#include <algorithm>
#include <string>
#include <vector>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kTupleType;

// ---- Shared container helpers ---------------------------------------------

namespace {
thread_local std::vector<const Object*> repr_stack;
}  // namespace

ReprGuard::ReprGuard(const Object* o) {
  active_ = false;
  for (const Object* p : repr_stack) {
    if (p == o) {
      active_ = true;
      return;
    }
  }
  repr_stack.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (!active_) repr_stack.pop_back();
}

bool ReprText::Reserve() {
  constexpr size_t kFirst = 256;
  if (text_.size() + kFirst / 2 <= charged_) return true;
  size_t want = std::max(2 * charged_, text_.size() + kFirst);
  if (!scratch_.Charge(want - charged_)) return false;
  charged_ = want;
  text_.reserve(want);
  return true;
}

// ---- Allocation -------------------------------------------------------------

namespace {

constexpr size_t kMaxTupleItems = (size_t{1} << 31) / sizeof(Value);

TupleObject* AllocTuple(Interp& vm, TypeObject* type, size_t size) {
  if (size > kMaxTupleItems) {
    vm.RaiseMemoryErrorFor(size > UINT64_MAX / sizeof(Value) ? UINT64_MAX : size * sizeof(Value));
    return nullptr;
  }
  size_t bytes = sizeof(TupleObject) + (size > 0 ? size - 1 : 0) * sizeof(Value);
  // A fresh tuple the budget could never hold: MemoryError, not the limit.
  if (!vm.CheckRequestFits(bytes)) return nullptr;
  Object* o = vm.heap().AllocateObject(type, InstanceAllocSize(type, bytes));
  if (o == nullptr) {
    vm.RaiseMemoryError();
    return nullptr;
  }
  auto* t = static_cast<TupleObject*>(o);
  t->hash_cache = -1;
  t->size = size;
  for (size_t i = 0; i < size; ++i) t->items[i] = Value::None();
  return t;
}

TupleObject* AsTuple(Value v) { return As<TupleObject>(v); }

}  // namespace

TupleObject* NewTuple(Interp& vm, size_t size) {
  if (size == 0 && vm.empty_tuple() != nullptr) return vm.empty_tuple();
  return AllocTuple(vm, &kTupleType, size);
}

TupleObject* NewTupleFrom(Interp& vm, const Value* items, size_t size) {
  TupleObject* t = NewTuple(vm, size);
  if (t == nullptr || !vm.ChargeItems(size)) return nullptr;
  for (size_t i = 0; i < size; ++i) t->items[i] = items[i];
  return t;
}

TupleObject* EmptyTuple(Interp& vm) { return NewTuple(vm, 0); }

// tuplehash from CPython 3.11 (64-bit constants). CPython recurses in C
// through nested tuples without a depth check, so hash() of a tuple nested
// 100000 deep answers; here tuples among the items are hashed through
// an explicit stack instead of the C++ one (bounded by the nesting, whose
// tuples the heap already holds), and every item met is charged. Other
// items go through Hash, one native level for the whole walk.
int64_t TupleHashItems(Interp& vm, const Value* items, size_t n) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return -1;
  // A tuple being hashed: its items (a tuple's never move or change, and
  // the outermost one reaches them all, so a collection run by an item's
  // __hash__ keeps them), the next item and the hash so far.
  struct Level {
    const Value* items;
    size_t n;
    size_t next;
    uint64_t acc;
  };
  auto add = [](Level& level, int64_t h) {
    level.acc += static_cast<uint64_t>(h) * kPrime2;
    level.acc = (level.acc << 31) | (level.acc >> 33);
    level.acc *= kPrime1;
    ++level.next;
  };
  auto finish = [](const Level& level) -> int64_t {
    uint64_t acc = level.acc + (level.n ^ (kPrime5 ^ 3527539UL));
    return acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  };
  std::vector<Level> outer;
  Level level{items, n, 0, kPrime5};
  for (uint64_t done = 0;; ++done) {
    if (level.next == level.n) {
      int64_t h = finish(level);
      if (outer.empty()) return h;
      level = outer.back();
      outer.pop_back();
      add(level, h);
      continue;
    }
    if (!ChargeStep(vm, done)) return -1;
    Value item = level.items[level.next];
    // A tuple (or a subclass) whose hash is this one's.
    if (item.is_object() && TypeOf(item)->hash == kTupleType.hash &&
        IsSubtype(TypeOf(item), &kTupleType)) {
      TupleObject* t = As<TupleObject>(item);
      outer.push_back(level);
      level = Level{t->items, t->size, 0, kPrime5};
      continue;
    }
    int64_t h = Hash(vm, item);
    if (h == -1) return -1;
    add(level, h);
  }
}

// tuplerichcompare: find the first differing item, then compare it (or the
// sizes).
Value ItemsRichCompare(Interp& vm, const Value* v, size_t nv, const Value* w, size_t nw,
                       CompareOp op) {
  NativeDepthGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  size_t i = 0;
  for (; i < nv && i < nw; ++i) {
    if (!ChargeStep(vm, i)) return Value::Null();
    int k = Equals(vm, v[i], w[i]);
    if (k < 0) return Value::Null();
    if (k == 0) break;
  }
  if (i >= nv || i >= nw) return Value::Bool(OrderingSatisfies(nv <=> nw, op));
  if (op == CompareOp::kEq) return Value::False();
  if (op == CompareOp::kNe) return Value::True();
  return RichCompare(vm, v[i], w[i], op);
}

namespace {

// ---- Core slots -------------------------------------------------------------

void TupleTrace(Object* self, GcTracer& tracer) {
  auto* t = static_cast<TupleObject*>(self);
  for (size_t i = 0; i < t->size; ++i) tracer.Visit(t->items[i]);
}

Value TupleRepr(Interp& vm, Value self) {
  TupleObject* t = AsTuple(self);
  if (t->size == 0) return NewStrValue(vm, "()");
  ReprGuard repr_guard(t);
  if (repr_guard.active()) return NewStrValue(vm, "(...)");
  NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  ReprText repr(vm);
  std::string& out = repr.text();
  out += "(";
  for (size_t i = 0; i < t->size; ++i) {
    if (!ChargeStep(vm, i) || !repr.Reserve()) return Value::Null();
    if (i > 0) out += ", ";
    if (!AppendRepr(vm, t->items[i], &out)) return Value::Null();
  }
  if (t->size == 1) out += ",";
  out += ")";
  return NewStrValue(vm, out);
}

int64_t TupleHash(Interp& vm, Value self) {
  TupleObject* t = AsTuple(self);
  return TupleHashItems(vm, t->items, t->size);
}

Value TupleRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsTuple(a) || !IsTuple(b)) return Value::NotImplemented();
  TupleObject* v = AsTuple(a);
  TupleObject* w = AsTuple(b);
  return ItemsRichCompare(vm, v->items, v->size, w->items, w->size, op);
}

int64_t TupleLen(Interp& vm, Value self) { return static_cast<int64_t>(AsTuple(self)->size); }

int TupleContains(Interp& vm, Value self, Value item) {
  TupleObject* t = AsTuple(self);
  for (size_t i = 0; i < t->size; ++i) {
    if (!ChargeStep(vm, i)) return -1;
    int k = Equals(vm, t->items[i], item);
    if (k != 0) return k;
  }
  return 0;
}

Value TupleSubscript(Interp& vm, Value self, Value key) {
  TupleObject* t = AsTuple(self);
  int64_t size = static_cast<int64_t>(t->size);
  if (IsIndexKey(key)) {
    int64_t i;
    if (!SubscriptIndex(vm, key, &i)) return Value::Null();
    if (i < 0) i += size;
    if (i < 0 || i >= size) return vm.RaiseIndexError("tuple index out of range");
    return t->items[i];
  }
  if (IsSlice(key)) {
    int64_t start, stop, step;
    if (!SliceUnpack(vm, As<SliceObject>(key), &start, &stop, &step)) return Value::Null();
    int64_t n = SliceAdjustIndices(size, &start, &stop, step);
    if (n <= 0) return Value::FromObject(EmptyTuple(vm));
    if (step == 1 && n == size && HasType(self, &kTupleType)) return self;
    TupleObject* r = NewTuple(vm, static_cast<size_t>(n));
    if (r == nullptr || !vm.ChargeItems(static_cast<uint64_t>(n))) return Value::Null();
    for (int64_t k = 0; k < n; ++k) r->items[k] = t->items[start + k * step];
    return Value::FromObject(r);
  }
  return vm.RaiseFormat(&kTypeErrorType, "tuple indices must be integers or slices, not %s",
                        TypeName(key));
}

Value TupleIter(Interp& vm, Value self) { return NewSeqIterator(vm, &kTupleIteratorType, self); }


Value TupleConcat(Interp& vm, Value a, Value b) {
  if (!IsTuple(a)) return Value::NotImplemented();
  if (!IsTuple(b)) {
    return vm.RaiseFormat(&kTypeErrorType, "can only concatenate tuple (not \"%s\") to tuple",
                          TypeName(b));
  }
  TupleObject* x = AsTuple(a);
  TupleObject* y = AsTuple(b);
  if (y->size == 0 && HasType(a, &kTupleType)) return a;
  if (x->size == 0 && HasType(b, &kTupleType)) return b;
  if (x->size + y->size > kMaxTupleItems) {
    return vm.RaiseMemoryErrorFor((x->size + y->size) * sizeof(Value));
  }
  TupleObject* r = NewTuple(vm, x->size + y->size);
  if (r == nullptr || !vm.ChargeItems(x->size + y->size)) return Value::Null();
  for (size_t i = 0; i < x->size; ++i) r->items[i] = x->items[i];
  for (size_t i = 0; i < y->size; ++i) r->items[x->size + i] = y->items[i];
  return Value::FromObject(r);
}

Value TupleRepeat(Interp& vm, Value a, Value b) {
  Value seq, count;
  if (IsTuple(a)) {
    seq = a;
    count = b;
  } else if (IsTuple(b)) {
    seq = b;
    count = a;
  } else {
    return Value::NotImplemented();
  }
  if (!IsIndexKey(count)) {
    return vm.RaiseFormat(&kTypeErrorType, "can't multiply sequence by non-int of type '%s'",
                          TypeName(count));
  }
  int64_t n;
  if (!RepeatCount(vm, count, &n)) return Value::Null();
  TupleObject* t = AsTuple(seq);
  if (n <= 0 || t->size == 0) return Value::FromObject(EmptyTuple(vm));
  if (n == 1 && HasType(seq, &kTupleType)) return seq;
  if (static_cast<uint64_t>(n) > kMaxTupleItems / t->size) {
    uint64_t items = static_cast<uint64_t>(n) > UINT64_MAX / (t->size * sizeof(Value))
                         ? UINT64_MAX
                         : static_cast<uint64_t>(n) * t->size * sizeof(Value);
    return vm.RaiseMemoryErrorFor(items);
  }
  // Memory first (a refused repeat allocates nothing), then the copying.
  TupleObject* r = NewTuple(vm, t->size * static_cast<size_t>(n));
  if (r == nullptr || !vm.ChargeItems(r->size)) return Value::Null();
  size_t k = 0;
  for (int64_t rep = 0; rep < n; ++rep) {
    for (size_t i = 0; i < t->size; ++i) r->items[k++] = t->items[i];
  }
  return Value::FromObject(r);
}

// ---- Methods ------------------------------------------------------------------

Value TupleCount(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "tuple.count")) return Value::Null();
  TupleObject* t = AsTuple(self);
  int64_t count = 0;
  for (size_t i = 0; i < t->size; ++i) {
    if (!ChargeStep(vm, i)) return Value::Null();
    int k = Equals(vm, t->items[i], args.args[0]);
    if (k < 0) return Value::Null();
    count += k;
  }
  return IntFromInt64(vm, count);
}

Value TupleIndex(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "tuple.index") || !CheckPositionalCount(vm, args, "index", 1, 3)) {
    return Value::Null();
  }
  TupleObject* t = AsTuple(self);
  int64_t size = static_cast<int64_t>(t->size);
  int64_t start = 0, stop = INT64_MAX;
  if (args.nargs >= 2 && !ClampedSliceIndex(vm, args.args[1], &start)) return Value::Null();
  if (args.nargs >= 3 && !ClampedSliceIndex(vm, args.args[2], &stop)) return Value::Null();
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
  } else if (stop > size) {
    stop = size;
  }
  for (int64_t i = start; i < stop; ++i) {
    if (!ChargeStep(vm, static_cast<uint64_t>(i - start))) return Value::Null();
    int k = Equals(vm, t->items[i], args.args[0]);
    if (k < 0) return Value::Null();
    if (k > 0) return IntFromInt64(vm, i);
  }
  return vm.RaiseValueError("tuple.index(x): x not in tuple");
}

// tuple.__new__(type, iterable=(), /) (tuple_new_impl and
// tuple_subtype_new): builds the whole value, for tuple(x) and subclasses.
// Keywords are refused unless a user __init__ may take them.
Value TupleNew(Interp& vm, TypeObject* type, CallArgs args) {
  bool init_is_objects = type == &kTupleType || type->init == kObjectType.init;
  if ((init_is_objects && !CheckNoKeywords(vm, args, "tuple")) ||
      !CheckPositionalCount(vm, args, "tuple", 0, 1)) {
    return Value::Null();
  }
  if (args.nargs == 0) {
    if (type == &kTupleType) return Value::FromObject(EmptyTuple(vm));
    TupleObject* t = AllocTuple(vm, type, 0);
    return t ? Value::FromObject(t) : Value::Null();
  }
  Value iterable = args.args[0];
  if (type == &kTupleType && HasType(iterable, &kTupleType)) return iterable;
  Value list_value = Value::Null();
  RootScope roots(vm);
  roots.Add(&list_value);
  ListObject* list = ListFromIterable(vm, iterable);
  if (list == nullptr) return Value::Null();
  list_value = Value::FromObject(list);
  TupleObject* t =
      type == &kTupleType ? NewTuple(vm, list->size) : AllocTuple(vm, type, list->size);
  if (t == nullptr || !vm.ChargeItems(list->size)) return Value::Null();
  for (size_t i = 0; i < list->size; ++i) t->items[i] = list->items[i];
  return Value::FromObject(t);
}

Value TupleConstruct(Interp& vm, Value cls, CallArgs args) {
  return TupleNew(vm, As<TypeObject>(cls), args);
}

// (tuple(self),): the receiver itself when it is an exact tuple.
Value TupleGetNewArgs(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "tuple.__getnewargs__")) return Value::Null();
  if (HasType(self, &kTupleType)) return NewArgsTuple(vm, self);
  TupleObject* t = As<TupleObject>(self);
  TupleObject* copy = NewTupleFrom(vm, t->items, t->size);
  return copy == nullptr ? Value::Null() : NewArgsTuple(vm, Value::FromObject(copy));
}

const MethodDef kTupleMethods[] = {
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    {"__contains__", SlotWrapperContains},
    {"__getitem__", SlotWrapperGetItem},
    {"__getnewargs__", TupleGetNewArgs},
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    CountedMethod("count", TupleCount),
    {"index", TupleIndex},
    {nullptr, nullptr},
};

}  // namespace

void InitTupleType() {
  InitStaticType(&kTupleType, "tuple", &kObjectType,
                 kTypeBaseType | kTypeSequence | kTypeVectorcall);
  kTupleType.trace = TupleTrace;
  kTupleType.repr = TupleRepr;
  kTupleType.hash = TupleHash;
  kTupleType.richcompare = TupleRichCompare;
  kTupleType.len = TupleLen;
  kTupleType.contains = TupleContains;
  kTupleType.getitem = TupleSubscript;
  kTupleType.iter = TupleIter;
  kTupleType.binary[static_cast<int>(BinaryOp::kAdd)] = TupleConcat;
  kTupleType.binary[static_cast<int>(BinaryOp::kMultiply)] = TupleRepeat;
  kTupleType.methods = kTupleMethods;
  kTupleType.construct = TupleConstruct;
  kTupleType.type_flags |= kTypeVarSize;
  kTupleType.basic_size = sizeof(TupleObject);
  kTupleType.new_instance = TupleNew;
}

}  // namespace moat::vm
