// list (CPython's Objects/listobject.c): the growable item buffer, the
// sequence slots including slice assignment, the methods and the
// constructor. Sorting lives in list_sort.cc.
//
// Every loop that calls something able to run Python (Equals, repr of an
// item, iteration of an argument) re-reads `size` and `items` on each step:
// a user __eq__ may grow, shrink or clear the list under it.
#include "vm/objects/list.h"

#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kListType;

namespace {

// Keeps byte counts far from overflow (a buffer this big is refused by the
// memory budget long before).
constexpr size_t kMaxListItems = (size_t{1} << 60) / sizeof(Value);

ListObject* AsList(Value v) { return As<ListObject>(v); }


// Reallocates the buffer to exactly `new_capacity` items. False +
// MemoryError (nothing changed) on refusal.
bool SetCapacity(Interp& vm, ListObject* list, size_t new_capacity) {
  if (new_capacity == list->capacity) return true;
  if (new_capacity > kMaxListItems) {
    vm.RaiseMemoryErrorFor(UINT64_MAX);
    return false;
  }
  if (new_capacity == 0) {
    vm.FreeBuffer(list->items, list->capacity * sizeof(Value));
    list->items = nullptr;
  } else {
    void* p =
        vm.ReallocBuffer(list->items, list->capacity * sizeof(Value), new_capacity * sizeof(Value));
    if (p == nullptr) return false;
    list->items = static_cast<Value*>(p);
  }
  list->capacity = new_capacity;
  ++list->buffer_changes;
  return true;
}

}  // namespace

// ---- Allocation and growth ---------------------------------------------------

bool ListResize(Interp& vm, ListObject* list, size_t new_size) {
  size_t allocated = list->capacity;
  if (allocated >= new_size && new_size >= (allocated >> 1)) {
    list->size = new_size;
    return true;
  }
  if (new_size > kMaxListItems) {
    vm.RaiseMemoryErrorFor(UINT64_MAX);
    return false;
  }
  // CPython's growth pattern: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
  size_t new_allocated = (new_size + (new_size >> 3) + 6) & ~size_t{3};
  // Do not over-allocate if the new size is closer to the over-allocated
  // size than to the old size.
  if (static_cast<int64_t>(new_size - list->size) >
      static_cast<int64_t>(new_allocated - new_size)) {
    new_allocated = (new_size + 3) & ~size_t{3};
  }
  if (new_size == 0) new_allocated = 0;
  if (!SetCapacity(vm, list, new_allocated)) {
    if (new_size > allocated) return false;
    // A shrink that could not be done is harmless: keep the bigger buffer.
    vm.ClearException();
  }
  list->size = new_size;
  return true;
}

void ListClear(Interp& vm, ListObject* list) {
  // A list without a buffer has nothing to clear and does not change (a
  // list being sorted, which looks empty, is not "modified during sort").
  if (list->items == nullptr) return;
  Value* items = list->items;
  size_t capacity = list->capacity;
  list->items = nullptr;
  list->size = 0;
  list->capacity = 0;
  ++list->buffer_changes;
  vm.FreeBuffer(items, capacity * sizeof(Value));
}

ListObject* NewList(Interp& vm, size_t capacity) {
  // The buffer is charged before the object, so a refused size leaves
  // nothing behind.
  Value* items = nullptr;
  if (capacity > 0) {
    if (capacity > kMaxListItems) {
      vm.RaiseMemoryErrorFor(UINT64_MAX);
      return nullptr;
    }
    // A fresh list the budget could never hold: MemoryError, not the limit.
    if (!vm.CheckRequestFits(capacity * sizeof(Value))) return nullptr;
    items = static_cast<Value*>(vm.AllocBuffer(capacity * sizeof(Value)));
    if (items == nullptr) return nullptr;
  }
  ListObject* list = vm.New<ListObject>(&kListType);
  if (list == nullptr) {
    vm.FreeBuffer(items, capacity * sizeof(Value));
    return nullptr;
  }
  list->items = items;
  list->capacity = capacity;
  return list;
}

namespace {

// Room for exactly `needed` items (list_preallocate_exact).
bool ListReserveExact(Interp& vm, ListObject* list, size_t needed) {
  if (list->capacity >= needed) return true;
  return SetCapacity(vm, list, needed);
}

}  // namespace

bool ListReserve(Interp& vm, ListObject* list, size_t needed) {
  if (list->capacity >= needed) return true;
  if (needed > kMaxListItems) {
    vm.RaiseMemoryErrorFor(UINT64_MAX);
    return false;
  }
  return SetCapacity(vm, list, (needed + (needed >> 3) + 6) & ~size_t{3});
}

bool ListAppendValue(Interp& vm, ListObject* list, Value v) {
  size_t n = list->size;
  if (n < list->capacity) {
    list->items[n] = v;
    list->size = n + 1;
    return true;
  }
  if (!ListResize(vm, list, n + 1)) return false;
  list->items[n] = v;
  return true;
}

namespace {

bool ListExtendFromIterator(Interp& vm, ListObject* list, Value it);

}  // namespace

bool ListExtendFromIterable(Interp& vm, ListObject* list, Value iterable) {
  if (HasType(iterable, &kListType) || HasType(iterable, &kTupleType)) {
    size_t n;
    SequenceFastItems(iterable, &n);  // read the size before growing (a.extend(a))
    if (n == 0) return true;
    size_t old = list->size;
    if (!ListResize(vm, list, old + n) || !vm.ChargeItems(n)) return false;
    size_t ignored;
    const Value* src = SequenceFastItems(iterable, &ignored);  // moved if it is `list`
    std::memcpy(list->items + old, src, n * sizeof(Value));
    return true;
  }
  Value it = GetIter(vm, iterable);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&it);
  if (!AskUserLengthHint(vm, iterable)) return false;
  return ListExtendFromIterator(vm, list, it);
}

namespace {

// Appends what `it` (already an iterator) yields, asking nothing else of
// it. May run Python; `list` must be rooted by the caller.
bool ListExtendFromIterator(Interp& vm, ListObject* list, Value it) {
  RootScope roots(vm);
  roots.Add(&it);
  // Room for a known count first (list_extend's length hint), so that
  // list(range(10**12)) is refused by the memory budget before it starts.
  uint64_t hint;
  if (IteratorLengthHint(it, &hint) && hint > 0) {
    if (hint > kMaxListItems - list->size) {
      vm.RaiseMemoryErrorFor(UINT64_MAX);
      return false;
    }
    // Nothing is changed yet: a count the budget could never hold is
    // MemoryError, as CPython's failed list_resize, not the limit.
    if (!vm.CheckRequestFits((list->size + hint) * sizeof(Value)) ||
        !ListReserveExact(vm, list, list->size + hint)) {
      return false;
    }
  }
  DrainBudget budget(vm, it);
  if (!budget.ok()) return false;
  for (;;) {
    if (!budget.Next()) return false;
    Value item = IterNext(vm, it);
    if (item.is_null()) return !vm.HasException();
    if (!ListAppendValue(vm, list, item)) return false;
  }
}

}  // namespace

ListObject* ListFromIterable(Interp& vm, Value iterable) {
  ListObject* list = NewList(vm);
  if (list == nullptr) return nullptr;
  Value root = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&root);
  if (!ListExtendFromIterable(vm, list, iterable)) return nullptr;
  return list;
}

Value SequenceFast(Interp& vm, Value v, const char* message) {
  if (HasType(v, &kListType) || HasType(v, &kTupleType)) return v;
  Value it = GetIter(vm, v);
  if (it.is_null()) {
    if (vm.ExceptionMatches(&kTypeErrorType)) {
      vm.ClearException();
      vm.RaiseTypeError(message);
    }
    return Value::Null();
  }
  RootScope roots(vm);
  roots.Add(&it);
  ListObject* list = ListFromIterable(vm, it);
  return list ? Value::FromObject(list) : Value::Null();
}

const Value* SequenceFastItems(Value seq, size_t* size) {
  if (IsTuple(seq)) {
    TupleObject* t = As<TupleObject>(seq);
    *size = t->size;
    return t->items;
  }
  ListObject* l = AsList(seq);
  *size = l->size;
  return l->items;
}

namespace {

// ---- Core slots ----------------------------------------------------------------

void ListTrace(Object* self, GcTracer& tracer) {
  auto* l = static_cast<ListObject*>(self);
  // The items of a big list are scattered and cold: load headers ahead.
  constexpr size_t kPrefetchDistance = 8;
  for (size_t i = 0; i < l->size; ++i) {
    if (i + kPrefetchDistance < l->size && l->items[i + kPrefetchDistance].is_object()) {
      __builtin_prefetch(l->items[i + kPrefetchDistance].object(), 1);
    }
    tracer.Visit(l->items[i]);
  }
}

void ListFinalize(Heap& heap, Object* self) {
  auto* l = static_cast<ListObject*>(self);
  heap.FreeBuffer(l->items, l->capacity * sizeof(Value));
  l->items = nullptr;
  l->capacity = 0;
  l->size = 0;
}

Value ListRepr(Interp& vm, Value self) {
  ListObject* l = AsList(self);
  if (l->size == 0) return NewStrValue(vm, "[]");
  ReprGuard repr_guard(l);
  if (repr_guard.active()) return NewStrValue(vm, "[...]");
  NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  ReprText repr(vm);
  std::string& out = repr.text();
  out += "[";
  for (size_t i = 0; i < l->size; ++i) {
    if (!ChargeStep(vm, i) || !repr.Reserve()) return Value::Null();
    if (i > 0) out += ", ";
    if (!AppendRepr(vm, l->items[i], &out)) return Value::Null();
  }
  out += "]";
  return NewStrValue(vm, out);
}

Value CompareSizes(size_t a, size_t b, CompareOp op) {
  return Value::Bool(OrderingSatisfies(a <=> b, op));
}

Value ListRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsList(a) || !IsList(b)) return Value::NotImplemented();
  ListObject* v = AsList(a);
  ListObject* w = AsList(b);
  if (v->size != w->size && (op == CompareOp::kEq || op == CompareOp::kNe)) {
    return Value::Bool(op == CompareOp::kNe);
  }
  NativeDepthGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  size_t i = 0;
  for (; i < v->size && i < w->size; ++i) {
    if (!ChargeStep(vm, i)) return Value::Null();
    Value x = v->items[i];
    Value y = w->items[i];
    if (x.Is(y)) continue;
    int k = Equals(vm, x, y);
    if (k < 0) return Value::Null();
    if (k == 0) break;
  }
  if (i >= v->size || i >= w->size) return CompareSizes(v->size, w->size, op);
  if (op == CompareOp::kEq) return Value::False();
  if (op == CompareOp::kNe) return Value::True();
  return RichCompare(vm, v->items[i], w->items[i], op);
}

int64_t ListLen(Interp& vm, Value self) { return static_cast<int64_t>(AsList(self)->size); }

int ListContains(Interp& vm, Value self, Value item) {
  ListObject* l = AsList(self);
  for (size_t i = 0; i < l->size; ++i) {
    if (!ChargeStep(vm, i)) return -1;
    int k = Equals(vm, l->items[i], item);
    if (k != 0) return k;
  }
  return 0;
}

// A new list of items[start + k*step] for k < n.
Value ListSliceOf(Interp& vm, ListObject* l, int64_t start, int64_t step, int64_t n) {
  ListObject* r = NewList(vm, static_cast<size_t>(n));
  if (r == nullptr || !vm.ChargeItems(static_cast<uint64_t>(n))) return Value::Null();
  for (int64_t k = 0; k < n; ++k) r->items[k] = l->items[start + k * step];
  r->size = static_cast<size_t>(n);
  return Value::FromObject(r);
}

Value ListSubscript(Interp& vm, Value self, Value key) {
  ListObject* l = AsList(self);
  if (IsIndexKey(key)) {
    int64_t i;
    if (!SubscriptIndex(vm, key, &i)) return Value::Null();
    int64_t size = static_cast<int64_t>(l->size);
    if (i < 0) i += size;
    if (i < 0 || i >= size) return vm.RaiseIndexError("list index out of range");
    return l->items[i];
  }
  if (IsSlice(key)) {
    int64_t start, stop, step;
    if (!SliceUnpack(vm, As<SliceObject>(key), &start, &stop, &step)) return Value::Null();
    int64_t n = SliceAdjustIndices(static_cast<int64_t>(l->size), &start, &stop, step);
    return ListSliceOf(vm, l, start, step, n > 0 ? n : 0);
  }
  return vm.RaiseFormat(&kTypeErrorType, "list indices must be integers or slices, not %s",
                        TypeName(key));
}

// list_ass_slice: replaces items [ilow, ihigh) with v[0..n) (n == 0 and v
// null deletes). Clamps the bounds to the current size. `v` must not point
// into the list's own buffer.
bool ListAssSlice(Interp& vm, ListObject* l, int64_t ilow, int64_t ihigh, const Value* v,
                  size_t n) {
  int64_t size = static_cast<int64_t>(l->size);
  if (ilow < 0) {
    ilow = 0;
  } else if (ilow > size) {
    ilow = size;
  }
  if (ihigh < ilow) {
    ihigh = ilow;
  } else if (ihigh > size) {
    ihigh = size;
  }
  size_t norig = static_cast<size_t>(ihigh - ilow);
  size_t old_size = l->size;
  size_t new_size = old_size - norig + n;
  if (new_size == 0) {
    ListClear(vm, l);
    return true;
  }
  size_t tail = old_size - static_cast<size_t>(ihigh);
  // The new items are copied one by one; the tail moves as one block.
  if (!vm.ChargeItems(n) || !vm.ChargeBytes(tail * sizeof(Value))) return false;
  if (n < norig) {
    std::memmove(l->items + ilow + n, l->items + ihigh, tail * sizeof(Value));
    ListResize(vm, l, new_size);  // a shrink always succeeds
  } else if (n > norig) {
    if (!ListResize(vm, l, new_size)) return false;
    std::memmove(l->items + ilow + n, l->items + ihigh, tail * sizeof(Value));
  }
  if (n > 0) std::memcpy(l->items + ilow, v, n * sizeof(Value));
  return true;
}

bool IndexAssign(Interp& vm, ListObject* l, Value key, Value value) {
  int64_t i;
  if (!SubscriptIndex(vm, key, &i)) return false;
  int64_t size = static_cast<int64_t>(l->size);
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    vm.RaiseIndexError("list assignment index out of range");
    return false;
  }
  if (!value.is_null()) {
    l->items[i] = value;
    return true;
  }
  return ListAssSlice(vm, l, i, i + 1, nullptr, 0);
}

// Deletes the `n` items start, start+step, ... (step > 0), keeping order.
// False with the limit's error pending (nothing deleted).
bool DeleteExtendedSlice(Interp& vm, ListObject* l, int64_t start, int64_t step, int64_t n) {
  if (!vm.ChargeItems(l->size - static_cast<size_t>(start))) return false;
  size_t w = static_cast<size_t>(start);
  size_t next_deleted = static_cast<size_t>(start);
  int64_t deleted = 0;
  for (size_t r = static_cast<size_t>(start); r < l->size; ++r) {
    if (deleted < n && r == next_deleted) {
      ++deleted;
      next_deleted += static_cast<size_t>(step);
      continue;
    }
    l->items[w++] = l->items[r];
  }
  ListResize(vm, l, l->size - static_cast<size_t>(n));  // a shrink always succeeds
  return true;
}

bool SliceAssign(Interp& vm, ListObject* l, SliceObject* slice, Value value) {
  int64_t start, stop, step;
  if (!SliceUnpack(vm, slice, &start, &stop, &step)) return false;
  if (value.is_null()) {
    int64_t n = SliceAdjustIndices(static_cast<int64_t>(l->size), &start, &stop, step);
    if (step == 1) return ListAssSlice(vm, l, start, stop, nullptr, 0);
    if (n <= 0) return true;
    if (step < 0) {
      // Walk forward instead: the same items, lowest first.
      start = start + step * (n - 1);
      step = -step;
    }
    return DeleteExtendedSlice(vm, l, start, step, n);
  }
  if (step == 1) {
    // Bounds as list_ass_subscript computes them, clamped again after the
    // value is converted (its iteration may change the list).
    SliceAdjustIndices(static_cast<int64_t>(l->size), &start, &stop, step);
  }
  Value seq = Value::Null();
  RootScope roots(vm);
  roots.Add(&seq);
  if (value.Is(Value::FromObject(l))) {
    // a[i:j] = a: copy first.
    seq = ListSliceOf(vm, l, 0, 1, static_cast<int64_t>(l->size));
  } else {
    seq = SequenceFast(
        vm, value,
        step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
  }
  if (seq.is_null()) return false;
  size_t count;
  const Value* items = SequenceFastItems(seq, &count);
  if (step == 1) return ListAssSlice(vm, l, start, stop, items, count);
  int64_t n = SliceAdjustIndices(static_cast<int64_t>(l->size), &start, &stop, step);
  if (static_cast<int64_t>(count) != n) {
    vm.RaiseFormat(&kValueErrorType,
                   "attempt to assign sequence of size %d to extended slice of size %d", count, n);
    return false;
  }
  if (!vm.ChargeItems(static_cast<uint64_t>(n))) return false;
  for (int64_t k = 0; k < n; ++k) l->items[start + k * step] = items[k];
  return true;
}

int ListAssSubscript(Interp& vm, Value self, Value key, Value value) {
  ListObject* l = AsList(self);
  if (IsIndexKey(key)) return IndexAssign(vm, l, key, value) ? 0 : -1;
  if (IsSlice(key)) return SliceAssign(vm, l, As<SliceObject>(key), value) ? 0 : -1;
  vm.RaiseFormat(&kTypeErrorType, "list indices must be integers or slices, not %s", TypeName(key));
  return -1;
}

Value ListIter(Interp& vm, Value self) { return NewSeqIterator(vm, &kListIteratorType, self); }

Value ListConcat(Interp& vm, Value a, Value b) {
  if (!IsList(a)) return Value::NotImplemented();
  if (!IsList(b)) {
    return vm.RaiseFormat(&kTypeErrorType, "can only concatenate list (not \"%s\") to list",
                          TypeName(b));
  }
  ListObject* x = AsList(a);
  ListObject* y = AsList(b);
  if (x->size + y->size > kMaxListItems) return vm.RaiseMemoryErrorFor(UINT64_MAX);
  ListObject* r = NewList(vm, x->size + y->size);
  if (r == nullptr || !vm.ChargeItems(x->size + y->size)) return Value::Null();
  if (x->size > 0) std::memcpy(r->items, x->items, x->size * sizeof(Value));
  if (y->size > 0) std::memcpy(r->items + x->size, y->items, y->size * sizeof(Value));
  r->size = x->size + y->size;
  return Value::FromObject(r);
}

// The count of `list * count`; false with the exception. A user operand's
// __rmul__ has had its turn already (BinaryOperation tries number slots
// before sequence repetition).
bool RepeatOperand(Interp& vm, Value count, int64_t* n) {
  if (!IsIndexKey(count)) {
    vm.RaiseFormat(&kTypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   TypeName(count));
    return false;
  }
  return RepeatCount(vm, count, n);
}

Value ListRepeat(Interp& vm, Value a, Value b) {
  Value seq, count;
  if (IsList(a)) {
    seq = a;
    count = b;
  } else if (IsList(b)) {
    seq = b;
    count = a;
  } else {
    return Value::NotImplemented();
  }
  int64_t n;
  if (!RepeatOperand(vm, count, &n)) return Value::Null();
  ListObject* l = AsList(seq);
  size_t size = l->size;
  if (n <= 0 || size == 0) {
    ListObject* r = NewList(vm);
    return r ? Value::FromObject(r) : Value::Null();
  }
  if (static_cast<uint64_t>(n) > kMaxListItems / size) return vm.RaiseMemoryErrorFor(UINT64_MAX);
  size_t total = size * static_cast<size_t>(n);
  // Memory first (a refused repeat allocates nothing), then the copying.
  ListObject* r = NewList(vm, total);
  if (r == nullptr || !vm.ChargeItems(total)) return Value::Null();
  for (size_t k = 0; k < total; k += size)
    std::memcpy(r->items + k, l->items, size * sizeof(Value));
  r->size = total;
  return Value::FromObject(r);
}

Value ListInplaceConcat(Interp& vm, Value a, Value b) {
  if (!IsList(a)) return Value::NotImplemented();
  if (!ListExtendFromIterable(vm, AsList(a), b)) return Value::Null();
  return a;
}

Value ListInplaceRepeat(Interp& vm, Value a, Value b) {
  if (!IsList(a)) return Value::NotImplemented();
  int64_t n;
  if (!RepeatOperand(vm, b, &n)) return Value::Null();
  ListObject* l = AsList(a);
  size_t size = l->size;
  if (n < 1 || size == 0) {
    if (size != 0) ListClear(vm, l);
    return a;
  }
  if (n == 1) return a;
  if (static_cast<uint64_t>(n) > kMaxListItems / size) return vm.RaiseMemoryErrorFor(UINT64_MAX);
  size_t total = size * static_cast<size_t>(n);
  if (!ListResize(vm, l, total)) return Value::Null();
  if (!vm.ChargeItems(total - size)) {
    l->size = size;  // the new room holds nothing yet
    return Value::Null();
  }
  for (size_t k = size; k < total; k += size)
    std::memcpy(l->items + k, l->items, size * sizeof(Value));
  return a;
}

// ---- Methods --------------------------------------------------------------------

// A Py_ssize_t argument (clinic): __index__, then OverflowError "Python int
// too large to convert to C ssize_t".
bool SsizeArg(Interp& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) {
    vm.RaiseOverflowError("Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Value ListAppend(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "list.append")) return Value::Null();
  if (!ListAppendValue(vm, AsList(self), args.args[0])) return Value::Null();
  return Value::None();
}

Value ListClearMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "list.clear")) return Value::Null();
  ListObject* l = AsList(self);
  if (vm.heap().live_finalizables() == 0) {
    ListClear(vm, l);
    return Value::None();
  }
  // CPython's list_clear drops the items last to first, finalizing those
  // it held the last reference to there (vm/finalize.h).
  std::vector<Value> removed(std::make_reverse_iterator(l->items + l->size),
                             std::make_reverse_iterator(l->items));
  ListClear(vm, l);
  if (!FinalizeDropped(vm, removed.data(), removed.size())) return Value::Null();
  return Value::None();
}

Value ListCopy(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "list.copy")) return Value::Null();
  ListObject* l = AsList(self);
  return ListSliceOf(vm, l, 0, 1, static_cast<int64_t>(l->size));
}

Value ListCount(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "list.count")) return Value::Null();
  ListObject* l = AsList(self);
  Value value = args.args[0];
  int64_t count = 0;
  for (size_t i = 0; i < l->size; ++i) {
    if (!ChargeStep(vm, i)) return Value::Null();
    Value item = l->items[i];
    if (item.Is(value)) {
      ++count;
      continue;
    }
    int k = Equals(vm, item, value);
    if (k < 0) return Value::Null();
    count += k;
  }
  return IntFromInt64(vm, count);
}

Value ListExtend(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "list.extend")) return Value::Null();
  if (!ListExtendFromIterable(vm, AsList(self), args.args[0])) return Value::Null();
  return Value::None();
}

Value ListIndex(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "list.index") || !CheckPositionalCount(vm, args, "index", 1, 3)) {
    return Value::Null();
  }
  ListObject* l = AsList(self);
  Value value = args.args[0];
  int64_t start = 0, stop = INT64_MAX;
  if (args.nargs >= 2 && !ClampedSliceIndex(vm, args.args[1], &start)) return Value::Null();
  if (args.nargs >= 3 && !ClampedSliceIndex(vm, args.args[2], &stop)) return Value::Null();
  if (start < 0) {
    start += static_cast<int64_t>(l->size);
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += static_cast<int64_t>(l->size);
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size); ++i) {
    if (!ChargeStep(vm, static_cast<uint64_t>(i - start))) return Value::Null();
    int k = Equals(vm, l->items[i], value);
    if (k < 0) return Value::Null();
    if (k > 0) return IntFromInt64(vm, i);
  }
  std::string text;
  if (!AppendRepr(vm, value, &text)) return Value::Null();
  return vm.RaiseValueError(text + " is not in list");
}

Value ListInsert(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "list.insert") ||
      !CheckPositionalCount(vm, args, "insert", 2, 2)) {
    return Value::Null();
  }
  int64_t where;
  if (!SsizeArg(vm, args.args[0], &where)) return Value::Null();
  ListObject* l = AsList(self);
  int64_t n = static_cast<int64_t>(l->size);
  if (!ListResize(vm, l, static_cast<size_t>(n) + 1)) return Value::Null();
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (!vm.ChargeBytes(static_cast<uint64_t>(n - where) * sizeof(Value))) {
    l->size = static_cast<size_t>(n);
    return Value::Null();
  }
  std::memmove(l->items + where + 1, l->items + where, (n - where) * sizeof(Value));
  l->items[where] = args.args[1];
  return Value::None();
}

Value ListPop(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "list.pop") || !CheckPositionalCount(vm, args, "pop", 0, 1)) {
    return Value::Null();
  }
  int64_t index = -1;
  if (args.nargs == 1 && !SsizeArg(vm, args.args[0], &index)) return Value::Null();
  ListObject* l = AsList(self);
  int64_t size = static_cast<int64_t>(l->size);
  if (size == 0) return vm.RaiseIndexError("pop from empty list");
  if (index < 0) index += size;
  if (index < 0 || index >= size) return vm.RaiseIndexError("pop index out of range");
  Value v = l->items[index];
  if (!ListAssSlice(vm, l, index, index + 1, nullptr, 0)) return Value::Null();
  return v;
}

Value ListRemove(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "list.remove")) return Value::Null();
  ListObject* l = AsList(self);
  for (size_t i = 0; i < l->size; ++i) {
    if (!ChargeStep(vm, i)) return Value::Null();
    int k = Equals(vm, l->items[i], args.args[0]);
    if (k < 0) return Value::Null();
    if (k > 0) {
      int64_t at = static_cast<int64_t>(i);
      Value removed = l->items[i];
      if (!ListAssSlice(vm, l, at, at + 1, nullptr, 0)) return Value::Null();
      // The list may have held the item's last reference (vm/finalize.h).
      if (!FinalizeDropped(vm, &removed, 1)) return Value::Null();
      return Value::None();
    }
  }
  return vm.RaiseValueError("list.remove(x): x not in list");
}

Value ListReverse(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "list.reverse")) return Value::Null();
  ListObject* l = AsList(self);
  if (!vm.ChargeItems(l->size)) return Value::Null();
  if (l->size > 1) {
    for (size_t i = 0, j = l->size - 1; i < j; ++i, --j) std::swap(l->items[i], l->items[j]);
  }
  return Value::None();
}

Value ListSortImpl(Interp& vm, Value self, CallArgs args);

Value ListSortImpl(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("sort(*, key=None, reverse=False)");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  bool reverse = false;
  if (!out[1].is_null()) {
    // list.sort converts `reverse` with _PyLong_AsInt: an index that fits a C int.
    int r;
    if (!ClinicCInt(vm, out[1], &r)) return Value::Null();
    reverse = r != 0;
  }
  if (!ListSort(vm, AsList(self), out[0], reverse)) return Value::Null();
  return Value::None();
}

Value ListReversed(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "list.__reversed__")) return Value::Null();
  Value it = NewSeqIterator(vm, &kListReverseIteratorType, self);
  if (it.is_null()) return it;
  // Starts at the last item; SIZE_MAX (wrapped -1) means exhausted.
  As<SeqIteratorObject>(it)->index = AsList(self)->size - 1;
  return it;
}

// list.__new__ (PyType_GenericNew): an empty list of `subtype`; the
// arguments are __init__'s.
Value ListNew(Interp& vm, TypeObject* subtype, CallArgs) {
  ListObject* list = NewInstance<ListObject>(vm, subtype);
  return list ? Value::FromObject(list) : Value::Null();
}

// list.__init__(iterable=(), /): empties the list, then extends it. Keywords
// are refused unless a user __new__ took them (list___init__'s clinic test).
int ListInit(Interp& vm, Value self, CallArgs args) {
  if (args.nkwargs() > 0) {
    TypeObject* t = TypeOf(self);
    TypeAttr new_attr;
    if (t == &kListType ||
        (FindTypeAttr(vm, t, vm.Intern("__new__"), &new_attr) && new_attr.slot != nullptr)) {
      if (!CheckNoKeywords(vm, args, "list")) return -1;
    }
  }
  if (!CheckPositionalCount(vm, args, "list", 0, 1)) return -1;
  ListObject* list = AsList(self);
  if (list->size > 0) ListClear(vm, list);
  if (args.nargs == 0) return 0;
  RootScope roots(vm);
  roots.Add(&self);
  return ListExtendFromIterable(vm, list, args.args[0]) ? 0 : -1;
}

// list(iterable): the same two steps as for a subclass.
Value ListConstruct(Interp& vm, Value cls, CallArgs args) {
  Value list = ListNew(vm, As<TypeObject>(cls), args);
  if (list.is_null()) return list;
  RootScope roots(vm);
  roots.Add(&list);
  return ListInit(vm, list, args) < 0 ? Value::Null() : list;
}

Value ListGetItemMethod(Interp& vm, Value self, CallArgs args) {
  return GetItemMethod(vm, self, args, "list.__getitem__");
}

const MethodDef kListMethods[] = {
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    {"__contains__", SlotWrapperContains},
    CountedMethod("__getitem__", ListGetItemMethod),
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    CountedMethod("__reversed__", ListReversed),
    {"append", ListAppend},
    CountedMethod("clear", ListClearMethod),
    CountedMethod("copy", ListCopy),
    CountedMethod("count", ListCount),
    CountedMethod("extend", ListExtend),
    {"index", ListIndex},
    {"insert", ListInsert},
    {"pop", ListPop},
    CountedMethod("remove", ListRemove),
    CountedMethod("reverse", ListReverse),
    {"sort", ListSortImpl},
    {nullptr, nullptr},
};

}  // namespace

void InitListType() {
  InitStaticType(&kListType, "list", &kObjectType,
                 kTypeBaseType | kTypeSequence | kTypeVectorcall);
  kListType.trace = ListTrace;
  kListType.finalize = ListFinalize;
  kListType.repr = ListRepr;
  kListType.richcompare = ListRichCompare;
  kListType.len = ListLen;
  kListType.contains = ListContains;
  kListType.getitem = ListSubscript;
  kListType.setitem = ListAssSubscript;
  kListType.iter = ListIter;
  kListType.binary[static_cast<int>(BinaryOp::kAdd)] = ListConcat;
  kListType.binary[static_cast<int>(BinaryOp::kMultiply)] = ListRepeat;
  kListType.inplace[static_cast<int>(BinaryOp::kAdd)] = ListInplaceConcat;
  kListType.inplace[static_cast<int>(BinaryOp::kMultiply)] = ListInplaceRepeat;
  kListType.methods = kListMethods;
  kListType.construct = ListConstruct;
  kListType.basic_size = sizeof(ListObject);
  kListType.new_instance = ListNew;
  kListType.init = ListInit;
}

}  // namespace moat::vm
