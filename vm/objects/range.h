// range, slice, and the iterator types of the built-in sequences.
//
// A range keeps start/stop/step as int Values of any size and caches its
// length, so len/index/contains/slicing work beyond int64 (CPython's
// rangeobject.c). Iteration uses RangeIteratorObject when every value the
// iteration can produce fits in int64, and LongRangeIteratorObject (int
// Values) otherwise.
//
// The sequence-index helpers at the bottom are shared by every built-in
// sequence (tuple, list, str, range) so they raise CPython's exact texts.
#ifndef MOAT_VM_OBJECTS_RANGE_H_
#define MOAT_VM_OBJECTS_RANGE_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kRangeType;
extern TypeObject kRangeIteratorType;
extern TypeObject kSliceType;
extern TypeObject kLongRangeIteratorType;

// start/stop/step are int Values (possibly big); length cached as Value.
struct RangeObject : Object {
  Value start;
  Value stop;
  Value step;
  Value length;
};

// Iteration over a range whose bounds fit in int64 (the common case).
// `length` is the count it started with, for its reduction (CPython's
// rangeiter_reduce shows the range and the index reached).
struct RangeIteratorObject : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
  int64_t length;
};

// Iteration over a range whose values do not all fit in int64.
struct LongRangeIteratorObject : Object {
  Value next;
  Value step;
  Value remaining;
  Value length;
};

struct SliceObject : Object {
  Value start;  // None when omitted
  Value stop;
  Value step;
};

Value NewRange(Interp& vm, Value start, Value stop, Value step);
SliceObject* NewSlice(Interp& vm, Value start, Value stop, Value step);
// slice.indices(length) semantics (CPython PySlice_Unpack + AdjustIndices):
// fills start/stop/step and returns the number of selected items; false on
// exception (e.g. "slice step cannot be zero").
bool SliceIndices(Interp& vm, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop,
                  int64_t* step, int64_t* count);

// PySlice_Unpack: the slice's bounds as int64, clamped to
// [-INT64_MAX, INT64_MAX] (None becomes the end for the step's direction).
// ValueError "slice step cannot be zero"; TypeError "slice indices must be
// integers or None or have an __index__ method". May run __index__.
bool SliceUnpack(Interp& vm, SliceObject* slice, int64_t* start, int64_t* stop, int64_t* step);
// PySlice_AdjustIndices: clips start/stop to a sequence of `length` items
// and returns how many items the slice selects. Cannot fail.
int64_t SliceAdjustIndices(int64_t length, int64_t* start, int64_t* stop, int64_t step);

inline bool IsSlice(Value v) { return HasType(v, &kSliceType); }

// True if `key` can index a sequence: an int, a bool, or a type with
// __index__.
bool IsIndexKey(Value key);
// A sequence subscript as int64 (PyNumber_AsSsize_t(key, IndexError)):
// IndexError "cannot fit 'int' into an index-sized integer" when too big.
// Call only when IsIndexKey(key). May run __index__.
bool SubscriptIndex(Interp& vm, Value key, int64_t* out);
// PyNumber_Index: `v` as an int Value (bools become 0/1); TypeError
// "'str' object cannot be interpreted as an integer" otherwise.
Value NumberIndex(Interp& vm, Value v);
// _PyEval_SliceIndexNotNone, used by index()'s start/stop: clamps huge
// values; TypeError "slice indices must be integers or have an __index__
// method".
bool ClampedSliceIndex(Interp& vm, Value v, int64_t* out);

// The count of `seq * count` for an index key (PyNumber_AsSsize_t(count,
// OverflowError)): OverflowError "cannot fit 'int' into an index-sized
// integer" when too big either way.
bool RepeatCount(Interp& vm, Value count, int64_t* n);

void InitRangeTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_RANGE_H_
