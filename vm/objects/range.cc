// range and slice (CPython's Objects/rangeobject.c and sliceobject.c), plus
// the sequence-index helpers every built-in sequence shares.
//
// Range arithmetic works on int Values so ranges past int64 keep working;
// every helper has a small-int fast path. Nothing here runs Python except
// __index__ of user objects and the comparisons of count()/index()/`in` for
// non-int arguments, which iterate like CPython's _PySequence_IterSearch.
#include "vm/objects/range.h"

#include <cstdint>
#include <limits>
#include <string>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kRangeType;
TypeObject kRangeIteratorType;
TypeObject kLongRangeIteratorType;
TypeObject kSliceType;

namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kSsizeMin = std::numeric_limits<int64_t>::min();

// ---- int Value arithmetic with small-int fast paths ---------------------

Value IntAdd(Interp& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return IntFromInt64(vm, a.small_int() + b.small_int());
  return IntBinaryOp(vm, BinaryOp::kAdd, a, b);
}

Value IntSub(Interp& vm, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return IntFromInt64(vm, a.small_int() - b.small_int());
  return IntBinaryOp(vm, BinaryOp::kSubtract, a, b);
}

Value IntMul(Interp& vm, Value a, Value b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_mul_overflow(a.small_int(), b.small_int(), &r)) {
    return IntFromInt64(vm, r);
  }
  return IntBinaryOp(vm, BinaryOp::kMultiply, a, b);
}

Value IntFloorDiv(Interp& vm, Value a, Value b) {
  return IntBinaryOp(vm, BinaryOp::kFloorDivide, a, b);
}

Value IntMod(Interp& vm, Value a, Value b) { return IntBinaryOp(vm, BinaryOp::kRemainder, a, b); }

int IntCmp(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    return a.small_int() < b.small_int() ? -1 : (a.small_int() > b.small_int() ? 1 : 0);
  }
  return IntCompare(a, b);
}

int IntSign(Value v) { return IntCmp(v, Value::SmallInt(0)); }

// Bools are ints, but a range stores plain ints (repr(range(True)) is
// "range(0, 1)").
Value PlainInt(Value v) {
  if (v.is_bool()) return Value::SmallInt(v.is_true() ? 1 : 0);
  return v;
}

// compute_range_length: (hi - lo - 1) // step + 1 when non-empty.
Value ComputeRangeLength(Interp& vm, Value start, Value stop, Value step) {
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
    __int128 lo = start.small_int(), hi = stop.small_int(), st = step.small_int();
    if (st < 0) {
      std::swap(lo, hi);
      st = -st;
    }
    if (lo >= hi) return Value::SmallInt(0);
    __int128 n = (hi - lo - 1) / st + 1;
    return IntFromInt64(vm, static_cast<int64_t>(n));  // < 2^63: fits
  }
  Value lo = start, hi = stop;
  Value st = step;
  if (IntSign(step) < 0) {
    lo = stop;
    hi = start;
    st = IntSub(vm, Value::SmallInt(0), step);
    if (st.is_null()) return st;
  }
  if (IntCmp(lo, hi) >= 0) return Value::SmallInt(0);
  Value diff = IntSub(vm, hi, lo);
  if (diff.is_null()) return diff;
  diff = IntSub(vm, diff, Value::SmallInt(1));
  if (diff.is_null()) return diff;
  Value q = IntFloorDiv(vm, diff, st);
  if (q.is_null()) return q;
  return IntAdd(vm, q, Value::SmallInt(1));
}

RangeObject* AsRange(Value v) { return As<RangeObject>(v); }

// start + i * step.
Value RangeItem(Interp& vm, RangeObject* r, Value i) {
  Value off = IntMul(vm, i, r->step);
  if (off.is_null()) return off;
  return IntAdd(vm, r->start, off);
}

// ---- range: allocation ---------------------------------------------------

void RangeTrace(Object* self, GcTracer& tracer) {
  auto* r = static_cast<RangeObject*>(self);
  tracer.Visit(r->start);
  tracer.Visit(r->stop);
  tracer.Visit(r->step);
  tracer.Visit(r->length);
}

void LongRangeIterTrace(Object* self, GcTracer& tracer) {
  auto* it = static_cast<LongRangeIteratorObject*>(self);
  tracer.Visit(it->next);
  tracer.Visit(it->step);
  tracer.Visit(it->remaining);
  tracer.Visit(it->length);
}

void SliceTrace(Object* self, GcTracer& tracer) {
  auto* s = static_cast<SliceObject*>(self);
  tracer.Visit(s->start);
  tracer.Visit(s->stop);
  tracer.Visit(s->step);
}

}  // namespace

Value NewRange(Interp& vm, Value start, Value stop, Value step) {
  start = PlainInt(start);
  stop = PlainInt(stop);
  step = PlainInt(step);
  Value length = ComputeRangeLength(vm, start, stop, step);
  if (length.is_null()) return length;
  RangeObject* r = vm.New<RangeObject>(&kRangeType);
  if (r == nullptr) return Value::Null();
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  return Value::FromObject(r);
}

SliceObject* NewSlice(Interp& vm, Value start, Value stop, Value step) {
  SliceObject* s = vm.New<SliceObject>(&kSliceType);
  if (s == nullptr) return nullptr;
  s->start = start.is_null() ? Value::None() : start;
  s->stop = stop.is_null() ? Value::None() : stop;
  s->step = step.is_null() ? Value::None() : step;
  return s;
}

// ---- index helpers -------------------------------------------------------

bool IsIndexKey(Value key) { return IsInt(key) || TypeOf(key)->index != nullptr; }

Value NumberIndex(Interp& vm, Value v) {
  if (v.is_small_int()) return v;
  if (IsInt(v)) return ExactInt(vm, v);
  UnaryFn index = TypeOf(v)->index;
  if (index == nullptr) {
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object cannot be interpreted as an integer",
                          TypeName(v));
  }
  Value r = index(vm, v);
  if (r.is_null()) return r;
  if (!IsInt(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %s)", TypeName(r));
  }
  return ExactInt(vm, r);
}

bool SubscriptIndex(Interp& vm, Value key, int64_t* out) {
  if (key.is_small_int()) {
    *out = key.small_int();
    return true;
  }
  Value i = NumberIndex(vm, key);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) {
    vm.RaiseFormat(&kIndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(key));
    return false;
  }
  return true;
}

bool RepeatCount(Interp& vm, Value count, int64_t* n) {
  if (count.is_small_int()) {
    *n = count.small_int();
    return true;
  }
  Value i = NumberIndex(vm, count);
  if (i.is_null()) return false;
  if (!IntToInt64(i, n)) {
    vm.RaiseFormat(&kOverflowErrorType, "cannot fit '%s' into an index-sized integer",
                   TypeName(count));
    return false;
  }
  return true;
}

namespace {

// _PyEval_SliceIndex without the None case: clamps to int64.
bool ClampIndexValue(Interp& vm, Value v, int64_t* out, const char* message) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (!IsIndexKey(v)) {
    vm.RaiseTypeError(message);
    return false;
  }
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) *out = IntSign(i) < 0 ? kSsizeMin : kSsizeMax;
  return true;
}

constexpr const char kSliceIndexError[] =
    "slice indices must be integers or None or have an __index__ method";

}  // namespace

bool ClampedSliceIndex(Interp& vm, Value v, int64_t* out) {
  return ClampIndexValue(vm, v, out, "slice indices must be integers or have an __index__ method");
}

bool SliceUnpack(Interp& vm, SliceObject* slice, int64_t* start, int64_t* stop, int64_t* step) {
  if (slice->step.is_none()) {
    *step = 1;
  } else {
    if (!ClampIndexValue(vm, slice->step, step, kSliceIndexError)) return false;
    if (*step == 0) {
      vm.RaiseValueError("slice step cannot be zero");
      return false;
    }
    // Keep -step representable (PySlice_Unpack).
    if (*step < -kSsizeMax) *step = -kSsizeMax;
  }
  if (slice->start.is_none()) {
    *start = *step < 0 ? kSsizeMax : 0;
  } else if (!ClampIndexValue(vm, slice->start, start, kSliceIndexError)) {
    return false;
  }
  if (slice->stop.is_none()) {
    *stop = *step < 0 ? kSsizeMin : kSsizeMax;
  } else if (!ClampIndexValue(vm, slice->stop, stop, kSliceIndexError)) {
    return false;
  }
  return true;
}

int64_t SliceAdjustIndices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

bool SliceIndices(Interp& vm, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop,
                  int64_t* step, int64_t* count) {
  if (!SliceUnpack(vm, slice, start, stop, step)) return false;
  *count = SliceAdjustIndices(length, start, stop, *step);
  return true;
}

namespace {

// _PySlice_GetLongIndices: slice.indices(length) on int Values of any size.
bool SliceLongIndices(Interp& vm, SliceObject* slice, Value length, Value* start, Value* stop,
                      Value* step) {
  bool negative = false;
  if (slice->step.is_none()) {
    *step = Value::SmallInt(1);
  } else {
    if (!IsIndexKey(slice->step)) {
      vm.RaiseTypeError(kSliceIndexError);
      return false;
    }
    *step = NumberIndex(vm, slice->step);
    if (step->is_null()) return false;
    int sign = IntSign(*step);
    if (sign == 0) {
      vm.RaiseValueError("slice step cannot be zero");
      return false;
    }
    negative = sign < 0;
  }
  Value lower, upper;
  if (negative) {
    lower = Value::SmallInt(-1);
    upper = IntAdd(vm, length, lower);
    if (upper.is_null()) return false;
  } else {
    lower = Value::SmallInt(0);
    upper = length;
  }
  auto bound = [&](Value given, Value dflt, Value* out) -> bool {
    if (given.is_none()) {
      *out = dflt;
      return true;
    }
    if (!IsIndexKey(given)) {
      vm.RaiseTypeError(kSliceIndexError);
      return false;
    }
    Value v = NumberIndex(vm, given);
    if (v.is_null()) return false;
    if (IntSign(v) < 0) {
      v = IntAdd(vm, v, length);
      if (v.is_null()) return false;
      if (IntCmp(v, lower) < 0) v = lower;
    } else if (IntCmp(v, upper) > 0) {
      v = upper;
    }
    *out = v;
    return true;
  };
  if (!bound(slice->start, negative ? upper : lower, start)) return false;
  if (!bound(slice->stop, negative ? lower : upper, stop)) return false;
  return true;
}

// ---- range: core slots ---------------------------------------------------

Value RangeRepr(Interp& vm, Value self) {
  RangeObject* r = AsRange(self);
  std::string out = "range(";
  if (!AppendRepr(vm, r->start, &out)) return Value::Null();
  out += ", ";
  if (!AppendRepr(vm, r->stop, &out)) return Value::Null();
  if (!(r->step.is_small_int() && r->step.small_int() == 1)) {
    out += ", ";
    if (!AppendRepr(vm, r->step, &out)) return Value::Null();
  }
  out += ")";
  return NewStrValue(vm, out);
}

int64_t RangeLen(Interp& vm, Value self) {
  int64_t n;
  if (!IntToInt64(AsRange(self)->length, &n)) {
    vm.RaiseOverflowError("Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int RangeTruth(Interp& vm, Value self) { return IntSign(AsRange(self)->length) != 0 ? 1 : 0; }

// range_contains_long: O(1) membership of an int.
int RangeContainsInt(Interp& vm, RangeObject* r, Value ob) {
  int cmp1, cmp2;
  if (IntSign(r->step) > 0) {
    cmp1 = IntCmp(r->start, ob) <= 0;
    cmp2 = IntCmp(ob, r->stop) < 0;
  } else {
    cmp1 = IntCmp(ob, r->start) <= 0;
    cmp2 = IntCmp(r->stop, ob) < 0;
  }
  if (!cmp1 || !cmp2) return 0;
  Value diff = IntSub(vm, ob, r->start);
  if (diff.is_null()) return -1;
  Value rem = IntMod(vm, diff, r->step);
  if (rem.is_null()) return -1;
  return IntSign(rem) == 0 ? 1 : 0;
}

bool IsExactIntOrBool(Value v) { return v.is_small_int() || v.is_bool() || IsBigInt(v); }

// Walks the range's values in order, calling fn(item) until it returns
// nonzero (stop, result returned) or an error (-1). Returns 0 at the end.
// Charged item by item (`1.5 in range(10**15)` is a scan), each item with
// its comparison taking about kScanItemCost instructions' time.
constexpr uint64_t kScanItemCost = 4;
template <typename Fn>
int RangeForEach(Interp& vm, RangeObject* r, Fn fn) {
  int64_t start, step, length;
  if (IntToInt64(r->start, &start) && IntToInt64(r->step, &step) &&
      IntToInt64(r->length, &length)) {
    __int128 last = static_cast<__int128>(start) + static_cast<__int128>(length - 1) * step;
    if (Value::FitsSmallInt(start) && last >= Value::kSmallIntMin &&
        last <= Value::kSmallIntMax) {
      // Every item is a small int: no allocation, plain arithmetic.
      for (int64_t k = 0; k < length; ++k) {
        if (!ChargeStep(vm, static_cast<uint64_t>(k), kScanItemCost)) return -1;
        int result = fn(Value::SmallInt(start + k * step), Value::SmallInt(k));
        if (result != 0) return result;
      }
      return 0;
    }
  }
  Value i = Value::SmallInt(0);
  for (uint64_t done = 0; IntCmp(i, r->length) < 0; ++done) {
    if (!ChargeStep(vm, done, kScanItemCost)) return -1;
    Value item = RangeItem(vm, r, i);
    if (item.is_null()) return -1;
    int k = fn(item, i);
    if (k != 0) return k;
    i = IntAdd(vm, i, Value::SmallInt(1));
    if (i.is_null()) return -1;
  }
  return 0;
}

int RangeContains(Interp& vm, Value self, Value item) {
  RangeObject* r = AsRange(self);
  if (IsExactIntOrBool(item)) return RangeContainsInt(vm, r, PlainInt(item));
  return RangeForEach(vm, r, [&](Value v, Value) { return Equals(vm, v, item); });
}

Value RangeSubscript(Interp& vm, Value self, Value key) {
  RangeObject* r = AsRange(self);
  if (IsIndexKey(key)) {
    Value i = NumberIndex(vm, key);
    if (i.is_null()) return i;
    if (IntSign(i) < 0) {
      i = IntAdd(vm, i, r->length);
      if (i.is_null()) return i;
      if (IntSign(i) < 0) return vm.RaiseIndexError("range object index out of range");
    } else if (IntCmp(i, r->length) >= 0) {
      return vm.RaiseIndexError("range object index out of range");
    }
    return RangeItem(vm, r, i);
  }
  if (IsSlice(key)) {
    Value start, stop, step;
    if (!SliceLongIndices(vm, As<SliceObject>(key), r->length, &start, &stop, &step)) {
      return Value::Null();
    }
    Value substep = IntMul(vm, step, r->step);
    if (substep.is_null()) return substep;
    Value substart = RangeItem(vm, r, start);
    if (substart.is_null()) return substart;
    Value substop = RangeItem(vm, r, stop);
    if (substop.is_null()) return substop;
    return NewRange(vm, substart, substop, substep);
  }
  return vm.RaiseFormat(&kTypeErrorType, "range indices must be integers or slices, not %s",
                        TypeName(key));
}

// range_equals: equal as sequences.
Value RangeRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!HasType(a, &kRangeType) || !HasType(b, &kRangeType) ||
      (op != CompareOp::kEq && op != CompareOp::kNe)) {
    return Value::NotImplemented();
  }
  RangeObject* r0 = AsRange(a);
  RangeObject* r1 = AsRange(b);
  bool eq;
  if (r0 == r1) {
    eq = true;
  } else if (IntCmp(r0->length, r1->length) != 0) {
    eq = false;
  } else if (IntSign(r0->length) == 0) {
    eq = true;
  } else if (IntCmp(r0->start, r1->start) != 0) {
    eq = false;
  } else if (IntCmp(r0->length, Value::SmallInt(1)) == 0) {
    eq = true;
  } else {
    eq = IntCmp(r0->step, r1->step) == 0;
  }
  return Value::Bool(op == CompareOp::kEq ? eq : !eq);
}

// range_hash: hash((len, start, step)) with None for what does not matter.
int64_t RangeHash(Interp& vm, Value self) {
  RangeObject* r = AsRange(self);
  Value items[3] = {r->length, Value::None(), Value::None()};
  if (IntSign(r->length) != 0) {
    items[1] = r->start;
    if (IntCmp(r->length, Value::SmallInt(1)) != 0) items[2] = r->step;
  }
  return TupleHashItems(vm, items, 3);
}

// An iterator producing start, start+step, ... (`count` values): a
// range_iterator when `fits_long` (CPython's range_iter and range_reverse
// choose it from the range's own fields, which the type name shows), else
// a longrange_iterator.
Value MakeRangeIterator(Interp& vm, Value start, Value step, Value count, bool fits_long) {
  int64_t s, st, n;
  if (fits_long && IntToInt64(start, &s) && IntToInt64(step, &st) && IntToInt64(count, &n)) {
    __int128 last = static_cast<__int128>(s) + static_cast<__int128>(n > 0 ? n - 1 : 0) * st;
    if (last >= kSsizeMin && last <= kSsizeMax) {
      auto* it = vm.New<RangeIteratorObject>(&kRangeIteratorType);
      if (it == nullptr) return Value::Null();
      it->next = s;
      it->step = st;
      it->remaining = n;
      it->length = n;
      return Value::FromObject(it);
    }
  }
  auto* it = vm.New<LongRangeIteratorObject>(&kLongRangeIteratorType);
  if (it == nullptr) return Value::Null();
  it->next = start;
  it->step = step;
  it->remaining = count;
  it->length = count;
  return Value::FromObject(it);
}

Value RangeIter(Interp& vm, Value self) {
  RangeObject* r = AsRange(self);
  // range_iter also wants stop + step (less one toward zero) as a C long
  // when the range is not empty.
  int64_t first, stop, step;
  bool fits_long = IntToInt64(r->start, &first) && IntToInt64(r->stop, &stop) &&
                   IntToInt64(r->step, &step);
  if (fits_long && IntSign(r->length) != 0) {
    fits_long = step > 0 ? stop <= INT64_MAX - (step - 1) : stop >= INT64_MIN + (-1 - step);
  }
  return MakeRangeIterator(vm, r->start, r->step, r->length, fits_long);
}

// ---- range: methods ------------------------------------------------------

Value RangeReversed(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "range.__reversed__")) return Value::Null();
  RangeObject* r = AsRange(self);
  // Reversed: start + (len-1)*step, step = -step.
  Value last_index = IntSub(vm, r->length, Value::SmallInt(1));
  if (last_index.is_null()) return last_index;
  Value start = RangeItem(vm, r, last_index);
  if (start.is_null()) return start;
  Value step = IntSub(vm, Value::SmallInt(0), r->step);
  if (step.is_null()) return step;
  // range_reverse also wants -step and start - step as C longs.
  int64_t first, stop, forward_step;
  bool fits_long = IntToInt64(r->start, &first) && IntToInt64(r->stop, &stop) &&
                   IntToInt64(r->step, &forward_step) && forward_step != INT64_MIN &&
                   !__builtin_sub_overflow(first, forward_step, &stop);
  return MakeRangeIterator(vm, start, step, r->length, fits_long);
}

Value RangeCount(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "range.count")) return Value::Null();
  RangeObject* r = AsRange(self);
  Value ob = args.args[0];
  if (IsExactIntOrBool(ob)) {
    int k = RangeContainsInt(vm, r, PlainInt(ob));
    if (k < 0) return Value::Null();
    return Value::SmallInt(k);
  }
  int64_t count = 0;
  int k = RangeForEach(vm, r, [&](Value v, Value) {
    int eq = Equals(vm, v, ob);
    if (eq < 0) return -1;
    count += eq;
    return 0;
  });
  if (k < 0) return Value::Null();
  return IntFromInt64(vm, count);
}

Value RangeIndex(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "range.index")) return Value::Null();
  RangeObject* r = AsRange(self);
  Value ob = args.args[0];
  if (IsExactIntOrBool(ob)) {
    Value v = PlainInt(ob);
    int k = RangeContainsInt(vm, r, v);
    if (k < 0) return Value::Null();
    if (k == 0) {
      std::string text;
      if (!AppendRepr(vm, ob, &text)) return Value::Null();
      return vm.RaiseValueError(text + " is not in range");
    }
    Value diff = IntSub(vm, v, r->start);
    if (diff.is_null()) return diff;
    return IntFloorDiv(vm, diff, r->step);
  }
  Value found = Value::Null();
  int k = RangeForEach(vm, r, [&](Value v, Value i) {
    int eq = Equals(vm, v, ob);
    if (eq > 0) found = i;
    return eq;
  });
  if (k < 0) return Value::Null();
  if (k == 0) return vm.RaiseValueError("sequence.index(x): x not in sequence");
  return found;
}

Value RangeGetStart(Interp& vm, Value self, CallArgs) { return AsRange(self)->start; }
Value RangeGetStop(Interp& vm, Value self, CallArgs) { return AsRange(self)->stop; }
Value RangeGetStep(Interp& vm, Value self, CallArgs) { return AsRange(self)->step; }

Value RangeConstruct(Interp& vm, Value cls, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "range")) return Value::Null();
  if (args.nargs == 0) return vm.RaiseTypeError("range expected at least 1 argument, got 0");
  if (!CheckPositionalCount(vm, args, "range", 1, 3)) return Value::Null();
  Value start = Value::SmallInt(0), stop, step = Value::SmallInt(1);
  if (args.nargs == 1) {
    stop = NumberIndex(vm, args.args[0]);
    if (stop.is_null()) return stop;
  } else {
    start = NumberIndex(vm, args.args[0]);
    if (start.is_null()) return start;
    stop = NumberIndex(vm, args.args[1]);
    if (stop.is_null()) return stop;
    if (args.nargs == 3) {
      step = NumberIndex(vm, args.args[2]);
      if (step.is_null()) return step;
      if (IntSign(step) == 0) return vm.RaiseValueError("range() arg 3 must not be zero");
    }
  }
  // CPython's compute_range_length compares the step with zero through
  // PyObject_RichCompareBool, a recursion step: range() at the recursion
  // limit fails "in comparison".
  RecursiveCallGuard length_compare(vm, " in comparison");
  if (!length_compare.ok()) return Value::Null();
  return NewRange(vm, start, stop, step);
}

const MethodDef kRangeMethods[] = {
    {"__contains__", SlotWrapperContains},
    {"__getitem__", SlotWrapperGetItem},
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    {"__reversed__", RangeReversed},
    {"count", RangeCount},
    {"index", RangeIndex},
    {"start", RangeGetStart, MethodKind::kGetter},
    {"stop", RangeGetStop, MethodKind::kGetter},
    {"step", RangeGetStep, MethodKind::kGetter},
    {nullptr, nullptr},
};

// range and slice keep start/stop/step in read-only members.
int ReadonlyMembersSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  return RefuseSetAttrWithMembers(vm, self, name, {"start", "stop", "step"});
}

// ---- range iterators -----------------------------------------------------

Value SelfIter(Interp& vm, Value self) { return self; }

Value RangeIterNext(Interp& vm, Value self) {
  auto* it = As<RangeIteratorObject>(self);
  if (it->remaining <= 0) return Value::Null();
  int64_t v = it->next;
  // Unsigned: the step past the last value may leave int64 (never used).
  it->next = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
  --it->remaining;
  return IntFromInt64(vm, v);
}

Value LongRangeIterNext(Interp& vm, Value self) {
  auto* it = As<LongRangeIteratorObject>(self);
  if (IntSign(it->remaining) <= 0) return Value::Null();
  Value v = it->next;
  Value next = IntAdd(vm, v, it->step);
  if (next.is_null()) return next;
  Value remaining = IntSub(vm, it->remaining, Value::SmallInt(1));
  if (remaining.is_null()) return remaining;
  it->next = next;
  it->remaining = remaining;
  return v;
}

// The first value, step, index reached and starting count of either range
// iterator, as ints. Allocates.
bool RangeIterState(Interp& vm, Value self, Value* start, Value* step, Value* index,
                    Value* length) {
  if (HasType(self, &kRangeIteratorType)) {
    auto* it = As<RangeIteratorObject>(self);
    int64_t reached = it->length - (it->remaining > 0 ? it->remaining : 0);
    // `next` may have wrapped past the last value; the first value fits in
    // int64, so the same wrapping arithmetic gives it back exactly.
    uint64_t first = static_cast<uint64_t>(it->next) -
                     static_cast<uint64_t>(reached) * static_cast<uint64_t>(it->step);
    *start = IntFromInt64(vm, static_cast<int64_t>(first));
    *step = IntFromInt64(vm, it->step);
    *index = IntFromInt64(vm, reached);
    *length = IntFromInt64(vm, it->length);
    return !start->is_null() && !step->is_null() && !index->is_null() && !length->is_null();
  }
  auto* it = As<LongRangeIteratorObject>(self);
  *step = it->step;
  *length = it->length;
  Value remaining = IntSign(it->remaining) > 0 ? it->remaining : Value::SmallInt(0);
  *index = IntSub(vm, it->length, remaining);
  if (index->is_null()) return false;
  RootScope roots(vm);
  roots.Add(index);
  Value done = IntMul(vm, *index, it->step);
  *start = done.is_null() ? done : IntSub(vm, it->next, done);
  return !start->is_null();
}

// it.__reduce__(): CPython's rangeiter_reduce, iter() of the range it
// started from (its stop normalized to start + len*step) and the index
// reached. Allocates.
Value RangeIterReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, StrCat(TypeName(self), ".__reduce__").c_str())) {
    return Value::Null();
  }
  Value start, step, index, length;
  RootScope roots(vm);
  roots.Add(&start);
  roots.Add(&step);
  roots.Add(&index);
  roots.Add(&length);
  if (!RangeIterState(vm, self, &start, &step, &index, &length)) return Value::Null();
  Value span = IntMul(vm, length, step);
  Value stop = span.is_null() ? span : IntAdd(vm, start, span);
  Value range = stop.is_null() ? stop : NewRange(vm, start, stop, step);
  if (range.is_null()) return range;
  return ReductionTuple(vm, "iter", range, index);
}

// it.__setstate__(index): CPython's rangeiter_setstate, the index clamped
// into [0, len].
Value RangeIterSetState(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, StrCat(TypeName(self), ".__setstate__").c_str())) {
    return Value::Null();
  }
  Value index = args.args[0];
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&index);
  if (HasType(self, &kRangeIteratorType)) {
    // rangeiter_setstate's PyLong_AsLong takes __index__.
    index = NumberIndex(vm, index);
    if (index.is_null()) return index;
  } else if (!IsInt(index)) {
    return vm.RaiseFormat(&kTypeErrorType, "'%s' object cannot be interpreted as an integer",
                          std::string(TypeName(index)));
  }
  int64_t small_index;
  if (HasType(self, &kRangeIteratorType) && !IntToInt64(index, &small_index)) {
    // rangeiter_setstate reads a C long.
    return vm.Raise(&kOverflowErrorType, "Python int too large to convert to C long");
  }
  Value start, step, reached, length;
  roots.Add(&start);
  roots.Add(&step);
  roots.Add(&reached);
  roots.Add(&length);
  if (!RangeIterState(vm, self, &start, &step, &reached, &length)) return Value::Null();
  if (IntSign(index) < 0) index = Value::SmallInt(0);
  if (IntCmp(index, length) > 0) index = length;
  Value remaining = IntSub(vm, length, index);
  roots.Add(&remaining);
  Value done = remaining.is_null() ? remaining : IntMul(vm, index, step);
  Value next = done.is_null() ? done : IntAdd(vm, start, done);
  if (next.is_null()) return next;
  if (HasType(self, &kRangeIteratorType)) {
    // As RangeIterNext leaves it: the value past the last may wrap, which
    // RangeIterState undoes.
    auto* it = As<RangeIteratorObject>(self);
    int64_t first = 0, at = 0, r = 0;
    IntToInt64(start, &first);
    IntToInt64(index, &at);
    IntToInt64(remaining, &r);
    it->next = static_cast<int64_t>(static_cast<uint64_t>(first) +
                                    static_cast<uint64_t>(at) * static_cast<uint64_t>(it->step));
    it->remaining = r;
    return Value::None();
  }
  auto* it = As<LongRangeIteratorObject>(self);
  it->next = next;
  it->remaining = remaining;
  return Value::None();
}

const MethodDef kRangeIteratorMethods[] = {
    {"__length_hint__", IteratorLengthHintMethod},
    {"__reduce__", RangeIterReduce},
    {"__setstate__", RangeIterSetState},
    {nullptr, nullptr},
};

Value IteratorRepr(Interp& vm, Value self) {
  return DefaultObjectRepr(vm, self, TypeOf(self)->name);
}

// ---- slice -----------------------------------------------------------------

SliceObject* AsSlice(Value v) { return As<SliceObject>(v); }

Value SliceRepr(Interp& vm, Value self) {
  SliceObject* s = AsSlice(self);
  std::string out = "slice(";
  if (!AppendRepr(vm, s->start, &out)) return Value::Null();
  out += ", ";
  if (!AppendRepr(vm, s->stop, &out)) return Value::Null();
  out += ", ";
  if (!AppendRepr(vm, s->step, &out)) return Value::Null();
  out += ")";
  return NewStrValue(vm, out);
}

// slice_richcompare: compares (start, stop, step) as tuples.
Value SliceRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsSlice(a) || !IsSlice(b)) return Value::NotImplemented();
  if (a.Is(b)) {
    return Value::Bool(op == CompareOp::kEq || op == CompareOp::kLe || op == CompareOp::kGe);
  }
  SliceObject* x = AsSlice(a);
  SliceObject* y = AsSlice(b);
  Value xs[3] = {x->start, x->stop, x->step};
  Value ys[3] = {y->start, y->stop, y->step};
  Value t1 = Value::Null(), t2 = Value::Null();
  RootScope roots(vm);
  roots.Add(&t1);
  roots.Add(&t2);
  TupleObject* tx = NewTupleFrom(vm, xs, 3);
  if (tx == nullptr) return Value::Null();
  t1 = Value::FromObject(tx);
  TupleObject* ty = NewTupleFrom(vm, ys, 3);
  if (ty == nullptr) return Value::Null();
  t2 = Value::FromObject(ty);
  return RichCompare(vm, t1, t2, op);
}

Value SliceGetStart(Interp& vm, Value self, CallArgs) { return AsSlice(self)->start; }
Value SliceGetStop(Interp& vm, Value self, CallArgs) { return AsSlice(self)->stop; }
Value SliceGetStep(Interp& vm, Value self, CallArgs) { return AsSlice(self)->step; }

Value SliceIndicesMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "slice.indices")) return Value::Null();
  Value length = NumberIndex(vm, args.args[0]);
  if (length.is_null()) return length;
  if (IntSign(length) < 0) return vm.RaiseValueError("length should not be negative");
  Value out[3];
  if (!SliceLongIndices(vm, AsSlice(self), length, &out[0], &out[1], &out[2])) {
    return Value::Null();
  }
  TupleObject* t = NewTupleFrom(vm, out, 3);
  return t ? Value::FromObject(t) : Value::Null();
}

Value SliceConstruct(Interp& vm, Value cls, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "slice") || !CheckPositionalCount(vm, args, "slice", 1, 3)) {
    return Value::Null();
  }
  SliceObject* s;
  if (args.nargs == 1) {
    s = NewSlice(vm, Value::None(), args.args[0], Value::None());
  } else {
    s = NewSlice(vm, args.args[0], args.args[1], args.nargs == 3 ? args.args[2] : Value::None());
  }
  return s ? Value::FromObject(s) : Value::Null();
}

const MethodDef kSliceMethods[] = {
    {"indices", SliceIndicesMethod},
    {"start", SliceGetStart, MethodKind::kGetter},
    {"stop", SliceGetStop, MethodKind::kGetter},
    {"step", SliceGetStep, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

void InitRangeTypes() {
  InitStaticType(&kRangeType, "range", &kObjectType, kTypeSequence | kTypeVectorcall);
  kRangeType.trace = RangeTrace;
  kRangeType.repr = RangeRepr;
  kRangeType.hash = RangeHash;
  kRangeType.richcompare = RangeRichCompare;
  kRangeType.truth = RangeTruth;
  kRangeType.len = RangeLen;
  kRangeType.contains = RangeContains;
  kRangeType.getitem = RangeSubscript;
  kRangeType.iter = RangeIter;
  kRangeType.methods = kRangeMethods;
  kRangeType.construct = RangeConstruct;
  kRangeType.setattr = ReadonlyMembersSetAttr;

  InitStaticType(&kRangeIteratorType, "range_iterator", &kObjectType);
  kRangeIteratorType.repr = IteratorRepr;
  kRangeIteratorType.iter = SelfIter;
  kRangeIteratorType.next = RangeIterNext;
  kRangeIteratorType.methods = kRangeIteratorMethods;

  InitStaticType(&kLongRangeIteratorType, "longrange_iterator", &kObjectType);
  kLongRangeIteratorType.trace = LongRangeIterTrace;
  kLongRangeIteratorType.repr = IteratorRepr;
  kLongRangeIteratorType.iter = SelfIter;
  kLongRangeIteratorType.next = LongRangeIterNext;
  kLongRangeIteratorType.methods = kRangeIteratorMethods;

  InitStaticType(&kSliceType, "slice", &kObjectType);
  kSliceType.trace = SliceTrace;
  kSliceType.repr = SliceRepr;
  kSliceType.richcompare = SliceRichCompare;
  kSliceType.methods = kSliceMethods;
  kSliceType.construct = SliceConstruct;
  kSliceType.setattr = ReadonlyMembersSetAttr;
}

}  // namespace moat::vm
