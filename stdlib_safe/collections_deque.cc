// collections.deque and its iterators (see collections_deque.h): the ring
// buffer, the slots, the methods in CPython's order and texts, then the
// iterator types and the type objects. Semantics follow CPython 3.11's
// Modules/_collectionsmodule.c (deque_init, deque_extend, deque_copy,
// deque_inplace_repeat, deque_richcompare, deque_count, deque_index...).
#include "stdlib_safe/collections_deque.h"

#include <mutex>
#include <string>
#include <vector>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::CompareOp;
using vm::GcTracer;
using vm::Interp;
using vm::RootScope;
using vm::TypeObject;
using vm::Value;

TypeObject kDequeType;
TypeObject kDequeIterType;
TypeObject kDequeReverseIterType;

// Far below what the memory budget refuses; keeps byte counts exact.
constexpr size_t kMaxDequeItems = (size_t{1} << 58) / sizeof(Value);
constexpr size_t kMinCapacity = 8;

struct DequeObject : vm::Object {
  Value* items;     // ring buffer of `capacity` slots (a power of two), or null
  size_t capacity;
  size_t head;      // slot of item 0
  size_t size;
  int64_t maxlen;   // -1: unbounded
  uint64_t state;   // CPython's deque->state (see the header)

  Value& At(size_t i) { return items[(head + i) & (capacity - 1)]; }
};

struct DequeIterObject : vm::Object {
  Value deque;
  size_t index;     // of the next item, counted from the left
  uint64_t state;   // the deque's state when the iterator was made
  size_t counter;   // items left
};

bool IsDeque(Value v) { return v.is_object() && vm::IsSubtype(v.object()->type, &kDequeType); }
DequeObject* AsDeque(Value v) { return As<DequeObject>(v); }

// ---- The ring buffer ---------------------------------------------------------------

// Moves the items into a buffer of `new_capacity` slots (a power of two, at
// least the size), item 0 first. False + MemoryError (nothing changed).
bool SetCapacity(Interp& vm, DequeObject* d, size_t new_capacity) {
  Value* fresh = nullptr;
  if (new_capacity > 0) {
    if (new_capacity > kMaxDequeItems) {
      vm.RaiseMemoryErrorFor(UINT64_MAX);
      return false;
    }
    fresh = static_cast<Value*>(vm.AllocBuffer(new_capacity * sizeof(Value)));
    if (fresh == nullptr) return false;
    for (size_t i = 0; i < d->size; ++i) fresh[i] = d->At(i);
  }
  if (d->items != nullptr) vm.FreeBuffer(d->items, d->capacity * sizeof(Value));
  d->items = fresh;
  d->capacity = new_capacity;
  d->head = 0;
  return true;
}

// Room for `extra` more items. False + MemoryError (nothing changed).
bool Reserve(Interp& vm, DequeObject* d, size_t extra) {
  if (d->size + extra <= d->capacity) return true;
  if (extra > kMaxDequeItems - d->size) {
    vm.RaiseMemoryErrorFor(UINT64_MAX);
    return false;
  }
  size_t capacity = d->capacity < kMinCapacity ? kMinCapacity : d->capacity;
  while (capacity < d->size + extra) capacity *= 2;
  return SetCapacity(vm, d, capacity);
}

// Gives back most of a buffer that the items no longer fill. A refused
// shrink is harmless: the bigger buffer stays.
void MaybeShrink(Interp& vm, DequeObject* d) {
  if (d->capacity > 64 && d->size * 8 < d->capacity && !SetCapacity(vm, d, d->capacity / 2)) {
    vm.ClearException();
  }
}

Value PopRightRaw(DequeObject* d) {
  Value item = d->At(d->size - 1);
  --d->size;
  return item;
}

Value PopLeftRaw(DequeObject* d) {
  Value item = d->items[d->head];
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->size;
  return item;
}

// deque_append_internal: appends, then trims the left end past maxlen.
bool AppendRight(Interp& vm, DequeObject* d, Value item) {
  if (d->size == d->capacity && !Reserve(vm, d, 1)) return false;
  d->items[(d->head + d->size) & (d->capacity - 1)] = item;
  ++d->size;
  ++d->state;
  if (d->maxlen >= 0 && d->size > static_cast<size_t>(d->maxlen)) PopLeftRaw(d);
  return true;
}

bool AppendLeft(Interp& vm, DequeObject* d, Value item) {
  if (d->size == d->capacity && !Reserve(vm, d, 1)) return false;
  d->head = (d->head - 1) & (d->capacity - 1);
  d->items[d->head] = item;
  ++d->size;
  ++d->state;
  if (d->maxlen >= 0 && d->size > static_cast<size_t>(d->maxlen)) PopRightRaw(d);
  return true;
}

void ClearItems(Interp& vm, DequeObject* d) {
  if (d->size > 0) ++d->state;
  d->size = 0;
  if (d->items != nullptr) vm.FreeBuffer(d->items, d->capacity * sizeof(Value));
  d->items = nullptr;
  d->capacity = 0;
  d->head = 0;
}

// Rotates `n` steps to the right (left when negative), moving at most half
// the items (_deque_rotate). Charged per item moved.
bool Rotate(Interp& vm, DequeObject* d, int64_t n) {
  int64_t len = static_cast<int64_t>(d->size);
  if (len <= 1) return true;
  int64_t half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) {
      n -= len;
    } else if (n < -half) {
      n += len;
    }
  }
  ++d->state;
  size_t mask = d->capacity - 1;
  uint64_t moved = static_cast<uint64_t>(n < 0 ? -n : n);
  if (!vm.ChargeItems(moved)) return false;
  if (d->size == d->capacity) {
    d->head = (d->head - static_cast<size_t>(n)) & mask;  // a full ring only turns
    return true;
  }
  for (; n > 0; --n) {  // last item to the front
    size_t last = (d->head + d->size - 1) & mask;
    d->head = (d->head - 1) & mask;
    d->items[d->head] = d->items[last];
  }
  for (; n < 0; ++n) {  // first item to the back
    d->items[(d->head + d->size) & mask] = d->items[d->head];
    d->head = (d->head + 1) & mask;
  }
  return true;
}

// Inserts `item` before position `i` (0 <= i <= size), shifting the shorter
// side. False + MemoryError (nothing changed).
bool InsertAt(Interp& vm, DequeObject* d, size_t i, Value item) {
  if (!Reserve(vm, d, 1) || !vm.ChargeItems(d->size / 2)) return false;
  ++d->state;
  if (i < d->size / 2) {
    d->head = (d->head - 1) & (d->capacity - 1);
    ++d->size;
    for (size_t k = 0; k < i; ++k) d->At(k) = d->At(k + 1);
  } else {
    ++d->size;
    for (size_t k = d->size - 1; k > i; --k) d->At(k) = d->At(k - 1);
  }
  d->At(i) = item;
  return true;
}

// Removes the item at `i` (< size), shifting the shorter side.
bool DeleteAt(Interp& vm, DequeObject* d, size_t i) {
  if (!vm.ChargeItems(d->size / 2)) return false;
  ++d->state;
  if (i < d->size / 2) {
    for (size_t k = i; k > 0; --k) d->At(k) = d->At(k - 1);
    PopLeftRaw(d);
  } else {
    for (size_t k = i; k + 1 < d->size; ++k) d->At(k) = d->At(k + 1);
    --d->size;
  }
  MaybeShrink(vm, d);
  return true;
}

// ---- Construction and extension ----------------------------------------------------

bool ExtendRight(Interp& vm, Value self, Value iterable);
Value DequeIter(Interp& vm, Value self);
bool ExtendLeft(Interp& vm, Value self, Value iterable);

Value DequeNew(Interp& vm, TypeObject* subtype, CallArgs) {
  DequeObject* d = vm::NewInstance<DequeObject>(vm, subtype);
  if (d == nullptr) return Value::Null();
  d->maxlen = -1;
  return Value::FromObject(d);
}

// PyLong_AsSsize_t: an int itself, not anything with __index__.
bool MaxlenArg(Interp& vm, Value v, int64_t* out) {
  if (!vm::IsInt(v)) {
    vm.RaiseTypeError("an integer is required");
    return false;
  }
  return vm::ClinicSsize(vm, v, out);
}

// deque.__init__(iterable=(), maxlen=None): PyArg_ParseTupleAndKeywords
// "|OO:deque"; sets maxlen, empties the deque, then extends it.
int DequeInit(Interp& vm, Value self, CallArgs args) {
  size_t total = args.nargs + args.nkwargs();
  if (total > 2) {
    vm.RaiseFormat(&vm::kTypeErrorType, "deque() takes at most 2 arguments (%d given)", total);
    return -1;
  }
  Value values[2] = {Value::Null(), Value::Null()};
  for (size_t i = 0; i < args.nargs; ++i) values[i] = args.args[i];
  for (size_t k = 0; k < args.nkwargs(); ++k) {
    std::string_view name = As<vm::StrObject>(args.kwnames->items[k])->view();
    size_t pos = name == "iterable" ? 0 : name == "maxlen" ? 1 : 2;
    if (pos == 2) {
      vm.RaiseFormat(&vm::kTypeErrorType, "'%s' is an invalid keyword argument for deque()",
                     name);
      return -1;
    }
    if (pos < args.nargs) {
      vm.RaiseFormat(&vm::kTypeErrorType,
                     "argument for deque() given by name ('%s') and position (%d)", name,
                     pos + 1);
      return -1;
    }
    values[pos] = args.args[args.nargs + k];
  }
  int64_t maxlen = -1;
  if (!values[1].is_null() && !values[1].is_none()) {
    if (!MaxlenArg(vm, values[1], &maxlen)) return -1;
    if (maxlen < 0) {
      vm.RaiseValueError("maxlen must be non-negative");
      return -1;
    }
  }
  DequeObject* d = AsDeque(self);
  d->maxlen = maxlen;
  if (d->size > 0) ClearItems(vm, d);
  if (values[0].is_null()) return 0;
  return ExtendRight(vm, self, values[0]) ? 0 : -1;
}

Value DequeConstruct(Interp& vm, Value cls, CallArgs args) {
  Value d = DequeNew(vm, As<TypeObject>(cls), args);
  if (d.is_null()) return d;
  RootScope roots(vm);
  roots.Add(&d);
  return DequeInit(vm, d, args) < 0 ? Value::Null() : d;
}

// deque_extend / deque_extendleft: a deque extended with itself takes a
// snapshot first; a list or tuple is copied without running Python;
// anything else is iterated (an item's iterator may run Python).
bool Extend(Interp& vm, Value self, Value iterable, bool left) {
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&iterable);
  if (iterable.Is(self)) {
    vm::ListObject* snapshot = vm::ListFromIterable(vm, iterable);
    if (snapshot == nullptr) return false;
    iterable = Value::FromObject(snapshot);
  }
  DequeObject* d = AsDeque(self);
  if (vm::HasType(iterable, &vm::kListType) || vm::HasType(iterable, &vm::kTupleType)) {
    size_t n;
    vm::SequenceFastItems(iterable, &n);
    if (!vm.ChargeItems(n)) return false;
    // Appends run no Python, so the source cannot change under the loop.
    if (d->maxlen < 0 && !Reserve(vm, d, n)) return false;
    const Value* src = vm::SequenceFastItems(iterable, &n);
    for (size_t i = 0; i < n; ++i) {
      if (!(left ? AppendLeft(vm, d, src[i]) : AppendRight(vm, d, src[i]))) return false;
    }
    return true;
  }
  Value it = vm::GetIter(vm, iterable);
  if (it.is_null()) return false;
  roots.Add(&it);
  vm::DrainBudget budget(vm, it);
  if (!budget.ok()) return false;
  for (;;) {
    if (!budget.Next()) return false;
    Value item = vm::IterNext(vm, it);
    if (item.is_null()) return !vm.HasException();
    if (!(left ? AppendLeft(vm, d, item) : AppendRight(vm, d, item))) return false;
  }
}

bool ExtendRight(Interp& vm, Value self, Value iterable) {
  return Extend(vm, self, iterable, false);
}
bool ExtendLeft(Interp& vm, Value self, Value iterable) {
  return Extend(vm, self, iterable, true);
}

// A new exact deque with the items and maxlen of `d`. Allocates only.
Value CopyExact(Interp& vm, DequeObject* d) {
  Value result = DequeNew(vm, &kDequeType, CallArgs{});
  if (result.is_null()) return result;
  DequeObject* r = AsDeque(result);
  r->maxlen = d->maxlen;
  if (d->size == 0) return result;
  size_t capacity = kMinCapacity;
  while (capacity < d->size) capacity *= 2;
  if (!vm.ChargeItems(d->size)) return Value::Null();
  RootScope roots(vm);
  roots.Add(&result);
  Value* items = static_cast<Value*>(vm.AllocBuffer(capacity * sizeof(Value)));
  if (items == nullptr) return Value::Null();
  for (size_t i = 0; i < d->size; ++i) items[i] = d->At(i);
  r->items = items;
  r->capacity = capacity;
  r->size = d->size;
  return result;
}

// deque_copy: an exact deque is copied natively; a subclass is called as
// type(d)(d) or type(d)(d, maxlen), which must give a deque. May run Python.
Value CopyDeque(Interp& vm, Value self) {
  DequeObject* d = AsDeque(self);
  TypeObject* type = vm::TypeOf(self);
  if (type == &kDequeType) return CopyExact(vm, d);
  Value call_args[2] = {self, Value::SmallInt(d->maxlen)};
  Value result = vm.Call(Value::FromObject(type), CallArgs{call_args, d->maxlen < 0 ? 1u : 2u});
  if (result.is_null()) return result;
  if (!IsDeque(result)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "%s() must return a deque, not %s", type->name,
                          vm::TypeName(result));
  }
  return result;
}

// ---- Slots ---------------------------------------------------------------------------

void DequeTrace(vm::Object* self, GcTracer& tracer) {
  auto* d = static_cast<DequeObject*>(self);
  for (size_t i = 0; i < d->size; ++i) tracer.Visit(d->At(i));
}

void DequeFinalize(vm::Heap& heap, vm::Object* self) {
  auto* d = static_cast<DequeObject*>(self);
  if (d->items != nullptr) heap.FreeBuffer(d->items, d->capacity * sizeof(Value));
  d->items = nullptr;
  d->capacity = 0;
  d->size = 0;
}

int64_t DequeLen(Interp&, Value self) { return static_cast<int64_t>(AsDeque(self)->size); }

// A list of the items, in order. Allocates only.
vm::ListObject* ItemsList(Interp& vm, DequeObject* d) {
  vm::ListObject* list = vm::NewList(vm, d->size);
  if (list == nullptr || !vm.ChargeItems(d->size)) return nullptr;
  for (size_t i = 0; i < d->size; ++i) list->items[i] = d->At(i);
  list->size = d->size;
  return list;
}

// PySequence_List(deque): the items, through a subclass's __iter__ when it
// has its own. May run Python (only then).
vm::ListObject* ListOf(Interp& vm, Value self) {
  if (vm::TypeOf(self)->iter == DequeIter) return ItemsList(vm, AsDeque(self));
  return vm::ListFromIterable(vm, self);
}

// deque_repr: "deque([...])" with the subclass's own name, ", maxlen=N"
// when bounded, "[...]" for a deque already being shown.
Value DequeRepr(Interp& vm, Value self) {
  DequeObject* d = AsDeque(self);
  vm::ReprGuard repr_guard(d);
  if (repr_guard.active()) return vm::NewStrValue(vm, "[...]");
  RootScope roots(vm);
  roots.Add(&self);
  vm::ListObject* list = ListOf(vm, self);
  if (list == nullptr) return Value::Null();
  Value items = Value::FromObject(list);
  roots.Add(&items);
  std::string text;
  std::string_view name = vm::TypeOf(self)->name;
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) name.remove_prefix(dot + 1);
  text.append(name);
  text += '(';
  if (!vm::AppendRepr(vm, items, &text)) return Value::Null();
  d = AsDeque(self);
  if (d->maxlen >= 0) {
    text += ", maxlen=";
    text += std::to_string(d->maxlen);
  }
  text += ')';
  return vm::NewStrValue(vm, text);
}

Value Mutated(Interp& vm, vm::TypeObject* type = &vm::kRuntimeErrorType) {
  return vm.Raise(type, "deque mutated during iteration");
}

// What a scan does when an item's __eq__ changed the deque: raise
// "deque mutated during iteration" as RuntimeError or IndexError (remove),
// and for index and `in`, not when that item matched (CPython's
// deque_index and deque_contains return the match before the check).
struct ScanRule {
  vm::TypeObject* mutated_type;
  bool match_before_check;
};
constexpr ScanRule kCountScan = {&vm::kRuntimeErrorType, false};
constexpr ScanRule kFindScan = {&vm::kRuntimeErrorType, true};
constexpr ScanRule kRemoveScan = {&vm::kIndexErrorType, false};

// The first position in [start, stop) whose item equals `value`, or -1;
// -2 with an exception pending (an __eq__ raised, or it changed the deque:
// see ScanRule). Runs Python.
int64_t Scan(Interp& vm, Value self, Value value, size_t start, size_t stop, ScanRule rule) {
  RootScope roots(vm);
  Value item = Value::Null();
  roots.Add(&self);
  roots.Add(&value);
  roots.Add(&item);
  DequeObject* d = AsDeque(self);
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->size; ++i) {
    if (!vm::ChargeStep(vm, i - start)) return -2;
    item = d->At(i);
    int cmp = vm::Equals(vm, item, value);
    if (cmp < 0) return -2;
    if (cmp > 0 && rule.match_before_check) return static_cast<int64_t>(i);
    if (d->state != state) {
      Mutated(vm, rule.mutated_type);
      return -2;
    }
    if (cmp > 0) return static_cast<int64_t>(i);
  }
  return -1;
}

int DequeContains(Interp& vm, Value self, Value value) {
  int64_t i = Scan(vm, self, value, 0, AsDeque(self)->size, kFindScan);
  return i == -2 ? -1 : i >= 0;
}

// A subscript as CPython's sq_item and sq_ass_item get it: an index-sized
// int (a negative one plus the length, a subclass's __len__ included), else
// TypeError (PySequence_GetItem's text for a read, PyNumber_Index's for an
// assignment or deletion).
bool ItemIndex(Interp& vm, Value self, Value key, int64_t* out, bool store = false) {
  if (!vm::IsIndexKey(key)) {
    if (store) {
      vm.RaiseFormat(&vm::kTypeErrorType, "'%s' object cannot be interpreted as an integer",
                     vm::TypeName(key));
    } else {
      vm.RaiseFormat(&vm::kTypeErrorType, "sequence index must be integer, not '%s'",
                     vm::TypeName(key));
    }
    return false;
  }
  if (!vm::SubscriptIndex(vm, key, out)) return false;
  if (*out < 0) {
    int64_t len = vm::IsUserClass(vm::TypeOf(self)) ? vm::Length(vm, self)
                                                     : static_cast<int64_t>(AsDeque(self)->size);
    if (len < 0) return false;
    *out += len;
  }
  if (*out < 0 || static_cast<uint64_t>(*out) >= AsDeque(self)->size) {
    vm.RaiseIndexError("deque index out of range");
    return false;
  }
  return true;
}

Value DequeGetItem(Interp& vm, Value self, Value key) {
  DequeObject* d = AsDeque(self);
  if (key.is_small_int()) {
    int64_t i = key.small_int();
    if (i >= 0 && static_cast<uint64_t>(i) < d->size) return d->At(static_cast<size_t>(i));
  }
  int64_t i;
  if (!ItemIndex(vm, self, key, &i)) return Value::Null();
  return AsDeque(self)->At(static_cast<size_t>(i));
}

int DequeSetItem(Interp& vm, Value self, Value key, Value value) {
  RootScope roots(vm);
  roots.Add(&value);
  int64_t i;
  if (!ItemIndex(vm, self, key, &i, true)) return -1;
  DequeObject* d = AsDeque(self);
  if (value.is_null()) return DeleteAt(vm, d, static_cast<size_t>(i)) ? 0 : -1;
  d->At(static_cast<size_t>(i)) = value;
  return 0;
}

// deque_richcompare: deques only; the first differing items decide, else
// the lengths. Both sides are walked through their iterators, as CPython's
// (a subclass's __iter__ included), so an __eq__ that changes either deque
// raises "deque mutated during iteration".
Value DequeRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsDeque(a) || !IsDeque(b)) return Value::NotImplemented();
  if (op == CompareOp::kEq || op == CompareOp::kNe) {
    bool eq = op == CompareOp::kEq;
    if (a.Is(b)) return Value::Bool(eq);
    if (AsDeque(a)->size != AsDeque(b)->size) return Value::Bool(!eq);
  }
  vm::NativeDepthGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  RootScope roots(vm);
  Value it1 = Value::Null(), it2 = Value::Null(), x = Value::Null(), y = Value::Null();
  roots.Add(&it1);
  roots.Add(&it2);
  roots.Add(&x);
  roots.Add(&y);
  it1 = vm::GetIter(vm, a);
  if (it1.is_null()) return Value::Null();
  it2 = vm::GetIter(vm, b);
  if (it2.is_null()) return Value::Null();
  for (size_t i = 0;; ++i) {
    if (!vm::ChargeStep(vm, i)) return Value::Null();
    x = vm::IterNext(vm, it1);
    if (x.is_null() && vm.HasException()) return Value::Null();
    y = vm::IterNext(vm, it2);
    if (y.is_null() && vm.HasException()) return Value::Null();
    if (x.is_null() || y.is_null()) break;
    int eq = vm::Equals(vm, x, y);
    if (eq < 0) return Value::Null();
    if (eq == 0) return vm::RichCompare(vm, x, y, op);
  }
  bool has_x = !x.is_null(), has_y = !y.is_null();
  switch (op) {
    case CompareOp::kLt: return Value::Bool(has_y);
    case CompareOp::kLe: return Value::Bool(!has_x);
    case CompareOp::kEq: return Value::Bool(has_x == has_y);
    case CompareOp::kNe: return Value::Bool(has_x != has_y);
    case CompareOp::kGt: return Value::Bool(has_x);
    case CompareOp::kGe: return Value::Bool(!has_y);
  }
  return Value::Null();
}

// The count of `deque * count` (sequence_repeat's PyNumber_AsSsize_t).
bool RepeatOperand(Interp& vm, Value count, int64_t* n) {
  if (!vm::IsIndexKey(count)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   vm::TypeName(count));
    return false;
  }
  return vm::RepeatCount(vm, count, n);
}

// deque_inplace_repeat on a deque the caller roots.
Value InplaceRepeat(Interp& vm, Value self, int64_t n) {
  DequeObject* d = AsDeque(self);
  size_t size = d->size;
  if (size == 0 || n == 1) return self;
  if (n <= 0) {
    ClearItems(vm, d);
    return self;
  }
  if (d->maxlen >= 0 && static_cast<uint64_t>(n) * size > static_cast<uint64_t>(d->maxlen) &&
      static_cast<uint64_t>(n) <= kMaxDequeItems) {
    n = (d->maxlen + static_cast<int64_t>(size) - 1) / static_cast<int64_t>(size);
  }
  if (static_cast<uint64_t>(n) > kMaxDequeItems / size) return vm.RaiseMemoryErrorFor(UINT64_MAX);
  RootScope roots(vm);
  roots.Add(&self);
  vm::ListObject* seq = ListOf(vm, self);
  if (seq == nullptr) return Value::Null();
  Value seq_value = Value::FromObject(seq);
  roots.Add(&seq_value);
  for (int64_t i = 0; i < n - 1; ++i) {
    if (!vm::ChargeStep(vm, static_cast<uint64_t>(i), size) ||
        !ExtendRight(vm, self, seq_value)) {
      return Value::Null();
    }
  }
  return self;
}

Value DequeConcat(Interp& vm, Value a, Value b) {
  if (!IsDeque(a)) return Value::NotImplemented();
  if (!IsDeque(b)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "can only concatenate deque (not \"%s\") to deque",
                          vm::TypeName(b));
  }
  RootScope roots(vm);
  roots.Add(&b);
  Value result = CopyDeque(vm, a);
  if (result.is_null()) return result;
  roots.Add(&result);
  return ExtendRight(vm, result, b) ? result : Value::Null();
}

Value DequeRepeat(Interp& vm, Value a, Value b) {
  Value seq = a, count = b;
  if (!IsDeque(a)) {
    if (!IsDeque(b)) return Value::NotImplemented();
    seq = b;
    count = a;
  }
  int64_t n;
  if (!RepeatOperand(vm, count, &n)) return Value::Null();
  Value result = CopyDeque(vm, seq);
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  return InplaceRepeat(vm, result, n);
}

Value DequeInplaceConcat(Interp& vm, Value a, Value b) {
  if (!IsDeque(a)) return Value::NotImplemented();
  return ExtendRight(vm, a, b) ? a : Value::Null();
}

Value DequeInplaceRepeat(Interp& vm, Value a, Value b) {
  if (!IsDeque(a)) return Value::NotImplemented();
  int64_t n;
  if (!RepeatOperand(vm, b, &n)) return Value::Null();
  RootScope roots(vm);
  roots.Add(&a);
  return InplaceRepeat(vm, a, n);
}

Value NewDequeIter(Interp& vm, TypeObject* type, Value deque) {
  DequeObject* d = AsDeque(deque);
  RootScope roots(vm);
  roots.Add(&deque);
  auto* it = vm::NewInstance<DequeIterObject>(vm, type);
  if (it == nullptr) return Value::Null();
  d = AsDeque(deque);
  it->deque = deque;
  it->index = 0;
  it->state = d->state;
  it->counter = d->size;
  return Value::FromObject(it);
}

Value DequeIter(Interp& vm, Value self) { return NewDequeIter(vm, &kDequeIterType, self); }

// ---- Methods ---------------------------------------------------------------------------

Value DequeAppend(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.append")) return Value::Null();
  return AppendRight(vm, AsDeque(self), args.args[0]) ? Value::None() : Value::Null();
}

Value DequeAppendLeft(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.appendleft")) return Value::Null();
  return AppendLeft(vm, AsDeque(self), args.args[0]) ? Value::None() : Value::Null();
}

Value DequePop(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.pop")) return Value::Null();
  DequeObject* d = AsDeque(self);
  if (d->size == 0) return vm.RaiseIndexError("pop from an empty deque");
  ++d->state;
  Value item = PopRightRaw(d);
  MaybeShrink(vm, d);
  return item;
}

Value DequePopLeft(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.popleft")) return Value::Null();
  DequeObject* d = AsDeque(self);
  if (d->size == 0) return vm.RaiseIndexError("pop from an empty deque");
  ++d->state;
  Value item = PopLeftRaw(d);
  MaybeShrink(vm, d);
  return item;
}

Value DequeExtend(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.extend")) return Value::Null();
  return ExtendRight(vm, self, args.args[0]) ? Value::None() : Value::Null();
}

Value DequeExtendLeft(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.extendleft")) return Value::Null();
  return ExtendLeft(vm, self, args.args[0]) ? Value::None() : Value::Null();
}

// deque.clear(): the items dropped are finalized there, as CPython's
// deque_clear releases them (vm/finalize.h).
Value DequeClearMethod(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.clear")) return Value::Null();
  DequeObject* d = AsDeque(self);
  if (vm.heap().live_finalizables() == 0 || d->size == 0) {
    ClearItems(vm, d);
    return Value::None();
  }
  std::vector<Value> removed;
  removed.reserve(d->size);
  for (size_t i = 0; i < d->size; ++i) removed.push_back(d->At(i));
  ClearItems(vm, d);
  if (!vm::FinalizeDropped(vm, removed.data(), removed.size())) return Value::Null();
  return Value::None();
}

Value DequeCopyMethod(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.copy")) return Value::Null();
  return CopyDeque(vm, self);
}

Value DequeCopyDunder(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.__copy__")) return Value::Null();
  return CopyDeque(vm, self);
}

Value DequeCount(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.count")) return Value::Null();
  Value value = args.args[0];
  int64_t count = 0;
  size_t start = 0;
  for (;;) {
    int64_t i = Scan(vm, self, value, start, AsDeque(self)->size, kCountScan);
    if (i == -2) return Value::Null();
    if (i < 0) return Value::SmallInt(count);
    ++count;
    start = static_cast<size_t>(i) + 1;
  }
}

Value DequeIndex(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "deque.index") ||
      !vm::CheckGetargsCount(vm, args, "index", 1, 3)) {
    return Value::Null();
  }
  RootScope roots(vm);
  Value value = args.args[0];
  roots.Add(&value);
  roots.Add(&self);
  int64_t start = 0;
  int64_t stop = static_cast<int64_t>(AsDeque(self)->size);
  if (args.nargs > 1 && !vm::ClampedSliceIndex(vm, args.args[1], &start)) return Value::Null();
  if (args.nargs > 2 && !vm::ClampedSliceIndex(vm, args.args[2], &stop)) return Value::Null();
  int64_t size = static_cast<int64_t>(AsDeque(self)->size);
  if (start < 0) start = start + size < 0 ? 0 : start + size;
  if (stop < 0) stop = stop + size < 0 ? 0 : stop + size;
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  int64_t i =
      Scan(vm, self, value, static_cast<size_t>(start), static_cast<size_t>(stop), kFindScan);
  if (i == -2) return Value::Null();
  if (i >= 0) return Value::SmallInt(i);
  std::string text;
  if (!vm::AppendRepr(vm, value, &text)) return Value::Null();
  return vm.RaiseValueError(text + " is not in deque");
}

Value DequeInsert(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "deque.insert") ||
      !vm::CheckGetargsCount(vm, args, "insert", 2, 2)) {
    return Value::Null();
  }
  RootScope roots(vm);
  Value value = args.args[1];
  roots.Add(&value);
  roots.Add(&self);
  int64_t index;
  if (!vm::ClinicSsize(vm, args.args[0], &index)) return Value::Null();
  DequeObject* d = AsDeque(self);
  int64_t n = static_cast<int64_t>(d->size);
  if (d->maxlen == n) return vm.RaiseIndexError("deque already at its maximum size");
  if (index < 0) index = index + n < 0 ? 0 : index + n;
  if (index > n) index = n;
  return InsertAt(vm, d, static_cast<size_t>(index), value) ? Value::None() : Value::Null();
}

Value DequeRemove(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "deque.remove")) return Value::Null();
  Value value = args.args[0];
  int64_t i = Scan(vm, self, value, 0, AsDeque(self)->size, kRemoveScan);
  if (i == -2) return Value::Null();
  if (i < 0) {
    std::string text;
    if (!vm::AppendRepr(vm, value, &text)) return Value::Null();
    return vm.RaiseValueError(text + " is not in deque");
  }
  DequeObject* d = AsDeque(self);
  Value removed = d->At(static_cast<size_t>(i));
  if (!DeleteAt(vm, d, static_cast<size_t>(i))) return Value::Null();
  if (vm.heap().live_finalizables() != 0 && !vm::FinalizeDropped(vm, &removed, 1)) {
    return Value::Null();
  }
  return Value::None();
}

Value DequeReverse(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.reverse")) return Value::Null();
  DequeObject* d = AsDeque(self);
  if (!vm.ChargeItems(d->size)) return Value::Null();
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(d->At(i), d->At(j - 1));
  return Value::None();
}

// deque.rotate(n=1): counted by hand ("|n:rotate"), as CPython's.
Value DequeRotate(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "deque.rotate")) return Value::Null();
  if (args.nargs > 1) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "deque.rotate expected at most 1 argument, got %d",
                          args.nargs);
  }
  int64_t n = 1;
  if (args.nargs == 1 && !vm::ClinicSsize(vm, args.args[0], &n)) return Value::Null();
  return Rotate(vm, AsDeque(self), n) ? Value::None() : Value::Null();
}

Value DequeReversed(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.__reversed__")) return Value::Null();
  return NewDequeIter(vm, &kDequeReverseIterType, self);
}

// deque_reduce: (type, (), attributes or None, iter) or (type, ((), maxlen),
// ...): copy and deepcopy remake it empty, restore a subclass's attributes,
// then append the items.
Value DequeReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "deque.__reduce__")) return Value::Null();
  RootScope roots(vm);
  roots.Add(&self);
  Value state = Value::None(), it = Value::Null(), ctor_args = Value::Null();
  roots.Add(&state);
  roots.Add(&it);
  roots.Add(&ctor_args);
  // object_getstate: a subclass instance's attributes, None when it has none.
  vm::DictObject** slot = vm::InstanceDictSlot(self);
  if (slot != nullptr && *slot != nullptr && (*slot)->size > 0) {
    state = Value::FromObject(*slot);
  }
  it = DequeIter(vm, self);
  if (it.is_null()) return it;
  vm::TupleObject* empty = vm::EmptyTuple(vm);
  DequeObject* d = AsDeque(self);
  if (d->maxlen < 0) {
    ctor_args = Value::FromObject(empty);
  } else {
    vm::TupleObject* pair = vm::NewTuple(vm, 2);
    if (pair == nullptr) return Value::Null();
    vm::TupleItems(pair)[0] = Value::FromObject(empty);
    vm::TupleItems(pair)[1] = Value::SmallInt(AsDeque(self)->maxlen);
    ctor_args = Value::FromObject(pair);
  }
  vm::TupleObject* result = vm::NewTuple(vm, 4);
  if (result == nullptr) return Value::Null();
  vm::TupleItems(result)[0] = Value::FromObject(vm::TypeOf(self));
  vm::TupleItems(result)[1] = ctor_args;
  vm::TupleItems(result)[2] = state;
  vm::TupleItems(result)[3] = it;
  return Value::FromObject(result);
}

Value DequeMaxlen(Interp&, Value self, CallArgs) {
  int64_t maxlen = AsDeque(self)->maxlen;
  return maxlen < 0 ? Value::None() : Value::SmallInt(maxlen);
}

const vm::MethodDef kDequeMethods[] = {
    {"__class_getitem__", vm::ClassGetItemMethod, vm::MethodKind::kClassMethod},
    {"__copy__", DequeCopyDunder},
    {"__reduce__", DequeReduce},
    {"__reversed__", DequeReversed},
    {"append", DequeAppend},
    {"appendleft", DequeAppendLeft},
    {"clear", DequeClearMethod},
    {"copy", DequeCopyMethod},
    {"count", DequeCount},
    {"extend", DequeExtend},
    {"extendleft", DequeExtendLeft},
    {"index", DequeIndex},
    {"insert", DequeInsert},
    {"maxlen", DequeMaxlen, vm::MethodKind::kGetter},
    {"pop", DequePop},
    {"popleft", DequePopLeft},
    {"remove", DequeRemove},
    {"reverse", DequeReverse},
    {"rotate", DequeRotate},
    {nullptr, nullptr},
};

// ---- Iterators ----------------------------------------------------------------------

bool IsReverseIter(Value it) { return vm::TypeOf(it) == &kDequeReverseIterType; }

// dequeiter_next / dequereviter_next: a changed deque raises (and ends the
// iterator) before the end is seen.
Value DequeIterNext(Interp& vm, Value self) {
  auto* it = As<DequeIterObject>(self);
  DequeObject* d = AsDeque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    return Mutated(vm);
  }
  if (it->counter == 0 || it->index >= d->size) return Value::Null();
  size_t i = IsReverseIter(self) ? d->size - 1 - it->index : it->index;
  ++it->index;
  --it->counter;
  return d->At(i);
}

void DequeIterTrace(vm::Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<DequeIterObject*>(self)->deque);
}

Value IterSelf(Interp&, Value self) { return self; }

const char* IterMethodName(Value it, bool reduce) {
  if (IsReverseIter(it)) {
    return reduce ? "_deque_reverse_iterator.__reduce__"
                  : "_deque_reverse_iterator.__length_hint__";
  }
  return reduce ? "_deque_iterator.__reduce__" : "_deque_iterator.__length_hint__";
}

Value DequeIterLengthHint(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, IterMethodName(self, false))) return Value::Null();
  return Value::SmallInt(static_cast<int64_t>(As<DequeIterObject>(self)->counter));
}

// dequeiter_reduce: (type(it), (deque, items already taken)).
Value DequeIterReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, IterMethodName(self, true))) return Value::Null();
  auto* it = As<DequeIterObject>(self);
  RootScope roots(vm);
  roots.Add(&self);
  vm::TupleObject* inner = vm::NewTuple(vm, 2);
  if (inner == nullptr) return Value::Null();
  it = As<DequeIterObject>(self);
  vm::TupleItems(inner)[0] = it->deque;
  vm::TupleItems(inner)[1] = Value::SmallInt(
      static_cast<int64_t>(AsDeque(it->deque)->size) - static_cast<int64_t>(it->counter));
  Value inner_value = Value::FromObject(inner);
  roots.Add(&inner_value);
  vm::TupleObject* result = vm::NewTuple(vm, 2);
  if (result == nullptr) return Value::Null();
  vm::TupleItems(result)[0] = Value::FromObject(vm::TypeOf(self));
  vm::TupleItems(result)[1] = inner_value;
  return Value::FromObject(result);
}

// dequeiter_new: _deque_iterator(deque, index=0, /) skips `index` items.
Value DequeIterConstruct(Interp& vm, Value cls, CallArgs args) {
  auto* type = As<TypeObject>(cls);
  const char* name = type == &kDequeIterType ? "_deque_iterator" : "_deque_reverse_iterator";
  if (!vm::CheckNoKeywords(vm, args, name) || !vm::CheckGetargsCount(vm, args, name, 1, 2)) {
    return Value::Null();
  }
  if (!IsDeque(args.args[0])) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "argument 1 must be collections.deque, not %s",
                          vm::TypeName(args.args[0]));
  }
  int64_t index = 0;
  if (args.nargs == 2 && !vm::ClinicSsize(vm, args.args[1], &index)) return Value::Null();
  Value it = NewDequeIter(vm, type, args.args[0]);
  if (it.is_null()) return it;
  for (int64_t i = 0; i < index; ++i) {
    if (DequeIterNext(vm, it).is_null()) break;
  }
  if (vm.HasException()) return Value::Null();
  return it;
}

const vm::MethodDef kDequeIterMethods[] = {
    {"__length_hint__", DequeIterLengthHint},
    {"__reduce__", DequeIterReduce},
    {nullptr, nullptr},
};

void InitDequeTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kDequeType, "collections.deque", &vm::kObjectType,
                       vm::kTypeBaseType | vm::kTypeSequence | vm::kTypeSequenceItemOnly |
                           vm::kTypeGeneric);
    kDequeType.methods = kDequeMethods;
    kDequeType.trace = DequeTrace;
    kDequeType.finalize = DequeFinalize;
    kDequeType.repr = DequeRepr;
    kDequeType.richcompare = DequeRichCompare;
    kDequeType.len = DequeLen;
    kDequeType.contains = DequeContains;
    kDequeType.getitem = DequeGetItem;
    kDequeType.setitem = DequeSetItem;
    kDequeType.iter = DequeIter;
    kDequeType.binary[static_cast<int>(vm::BinaryOp::kAdd)] = DequeConcat;
    kDequeType.binary[static_cast<int>(vm::BinaryOp::kMultiply)] = DequeRepeat;
    kDequeType.inplace[static_cast<int>(vm::BinaryOp::kAdd)] = DequeInplaceConcat;
    kDequeType.inplace[static_cast<int>(vm::BinaryOp::kMultiply)] = DequeInplaceRepeat;
    kDequeType.construct = DequeConstruct;
    kDequeType.basic_size = sizeof(DequeObject);
    kDequeType.new_instance = DequeNew;
    kDequeType.init = DequeInit;
    vm::RegisterSequenceSlots(&kDequeType);
    for (auto [type, name] : {std::pair{&kDequeIterType, "_collections._deque_iterator"},
                              {&kDequeReverseIterType, "_collections._deque_reverse_iterator"}}) {
      vm::InitStaticType(type, name, &vm::kObjectType);
      type->methods = kDequeIterMethods;
      type->trace = DequeIterTrace;
      type->hash = vm::IdentityHash;
      type->iter = IterSelf;
      type->next = DequeIterNext;
      type->construct = DequeIterConstruct;
      type->basic_size = sizeof(DequeIterObject);
    }
  });
}

}  // namespace

TypeObject* DequeType() {
  InitDequeTypes();
  return &kDequeType;
}

}  // namespace moat::stdlib
