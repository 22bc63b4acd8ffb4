// bisect's native search (see bisect_module.h).
#include "stdlib_safe/bisect_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/float.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::Value;

// Answers of the pure comparisons: no Python code decides them.
constexpr int kUndecided = -1;
// Nested tuples deeper than this are left to the Python search.
constexpr int kMaxTupleDepth = 8;

int PureLess(Value x, Value y, int depth);

// x == y as PyObject_RichCompareBool's Py_EQ (identity first), or
// kUndecided.
int PureEqual(Value x, Value y, int depth) {
  if (x.Is(y)) return 1;
  if (x.is_small_int() && y.is_small_int()) return 0;  // one canonical form each
  if (vm::IsExactStr(x) && vm::IsExactStr(y)) {
    return As<vm::StrObject>(x)->view() == As<vm::StrObject>(y)->view();
  }
  if (vm::HasType(x, &vm::kFloatType) && vm::HasType(y, &vm::kFloatType)) {
    return vm::FloatValue(x) == vm::FloatValue(y);
  }
  if (vm::HasType(x, &vm::kTupleType) && vm::HasType(y, &vm::kTupleType) &&
      depth < kMaxTupleDepth) {
    auto* a = As<vm::TupleObject>(x);
    auto* b = As<vm::TupleObject>(y);
    if (a->size != b->size) return 0;
    for (size_t i = 0; i < a->size; ++i) {
      int eq = PureEqual(a->items[i], b->items[i], depth + 1);
      if (eq != 1) return eq;
    }
    return 1;
  }
  return kUndecided;
}

// x < y, or kUndecided. Tuples as tuple_richcompare: the first items that
// are not equal decide, else the shorter is less.
int PureLess(Value x, Value y, int depth) {
  if (x.is_small_int() && y.is_small_int()) return x.small_int() < y.small_int();
  if (vm::IsExactStr(x) && vm::IsExactStr(y)) {
    // UTF-8 byte order is code point order.
    return As<vm::StrObject>(x)->view() < As<vm::StrObject>(y)->view();
  }
  if (vm::HasType(x, &vm::kFloatType) && vm::HasType(y, &vm::kFloatType)) {
    return vm::FloatValue(x) < vm::FloatValue(y);
  }
  if (vm::HasType(x, &vm::kTupleType) && vm::HasType(y, &vm::kTupleType) &&
      depth < kMaxTupleDepth) {
    auto* a = As<vm::TupleObject>(x);
    auto* b = As<vm::TupleObject>(y);
    size_t n = a->size < b->size ? a->size : b->size;
    for (size_t i = 0; i < n; ++i) {
      int eq = PureEqual(a->items[i], b->items[i], depth + 1);
      if (eq == kUndecided) return kUndecided;
      if (eq == 0) return PureLess(a->items[i], b->items[i], depth + 1);
    }
    return a->size < b->size;
  }
  return kUndecided;
}

// _search_sorted_list(a, x, lo, hi, right, /): internal_bisect_left (or
// _right when `right`) of CPython's _bisect on an exact list, with lo >= 0
// and hi None (len(a)) or a small int, or None when the search needs the
// Python path (another sequence, bounds that raise, a comparison that runs
// code). Reads the list only; calls nothing.
Value SearchSortedList(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_search_sorted_list(a, x, lo, hi, right, /)");
  Value out[5];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value x = out[1];
  if (!vm::HasType(out[0], &vm::kListType) || !out[2].is_small_int() || !out[4].is_bool()) {
    return Value::None();
  }
  auto* list = As<vm::ListObject>(out[0]);
  int64_t size = static_cast<int64_t>(list->size);
  int64_t lo = out[2].small_int();
  int64_t hi;
  if (out[3].is_none()) {
    hi = size;
  } else if (out[3].is_small_int()) {
    hi = out[3].small_int();
    if (hi == -1) hi = size;  // -1 means len(a) in the C search too
  } else {
    return Value::None();
  }
  // A negative lo raises; a hi past the end reads past it (IndexError).
  if (lo < 0 || (lo < hi && hi > size)) return Value::None();
  bool right = out[4].is_true();
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + hi) / 2);
    Value item = list->items[mid];
    int less = right ? PureLess(x, item, 0) : PureLess(item, x, 0);
    if (less == kUndecided) return Value::None();
    if (right == (less == 1)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return Value::SmallInt(lo);
}

const vm::MethodDef kSearchSortedListDef = {"_search_sorted_list", SearchSortedList};

}  // namespace

bool InitBisectModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kSearchSortedListDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
