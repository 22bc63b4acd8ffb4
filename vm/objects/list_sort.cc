// list.sort: CPython 3.11's timsort (Objects/listobject.c and
// Objects/listsort.txt): natural runs extended to minrun by binary
// insertion, merged with galloping under the powersort merge policy. The
// comparison sequence is CPython's, so a key or __lt__ with side effects
// observes the same calls, and a failing sort leaves the same permutation.
//
// GC safety: while sorting, the list is detached (it looks empty to the
// key function and to comparisons) and every item and key lives in one
// work tuple registered as a root: [items | keys | merge temp items | merge
// temp keys]. The merge temp area holds copies, so every Value stays
// reachable at every instant even mid-merge.
#include <algorithm>
#include <cstring>

#include "vm/gc.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

constexpr int kMinGallop = 7;
constexpr int kMaxMergePending = 64;

// Keys with their values; `values` is nullptr when the keys are the values.
struct SortSlice {
  Value* keys;
  Value* values;
};

void SliceCopy(SortSlice* s1, int64_t i, const SortSlice* s2, int64_t j) {
  s1->keys[i] = s2->keys[j];
  if (s1->values != nullptr) s1->values[i] = s2->values[j];
}

void SliceCopyIncr(SortSlice* dst, SortSlice* src) {
  *dst->keys++ = *src->keys++;
  if (dst->values != nullptr) *dst->values++ = *src->values++;
}

void SliceCopyDecr(SortSlice* dst, SortSlice* src) {
  *dst->keys-- = *src->keys--;
  if (dst->values != nullptr) *dst->values-- = *src->values--;
}

void SliceMemcpy(SortSlice* s1, int64_t i, const SortSlice* s2, int64_t j, int64_t n) {
  std::memcpy(&s1->keys[i], &s2->keys[j], sizeof(Value) * n);
  if (s1->values != nullptr) std::memcpy(&s1->values[i], &s2->values[j], sizeof(Value) * n);
}

void SliceMemmove(SortSlice* s1, int64_t i, const SortSlice* s2, int64_t j, int64_t n) {
  std::memmove(&s1->keys[i], &s2->keys[j], sizeof(Value) * n);
  if (s1->values != nullptr) std::memmove(&s1->values[i], &s2->values[j], sizeof(Value) * n);
}

void SliceAdvance(SortSlice* s, int64_t n) {
  s->keys += n;
  if (s->values != nullptr) s->values += n;
}

void ReverseValues(Value* lo, Value* hi) {
  --hi;
  while (lo < hi) {
    std::swap(*lo, *hi);
    ++lo;
    --hi;
  }
}

// kSameClass: every key is an instance of one user class, whose comparison
// slot is called directly first and, if it gives NotImplemented, again
// through the full protocol (CPython's unsafe_object_compare, so a user
// __lt__ returning NotImplemented runs twice before the reflected __gt__).
// kTuple: every key is a non-empty exact tuple (CPython's
// unsafe_tuple_compare): the first items that differ decide, the first
// item's comparison through its own kind (`tuple_item_kind`).
enum class CompareKind { kGeneric, kSmallInt, kStr, kFloat, kSameClass, kTuple };

class MergeState {
 public:
  MergeState(Interp& vm, int64_t list_size, bool has_values, Value* base_keys, Value* temp_keys,
             Value* temp_values, CompareKind kind, CompareKind tuple_item_kind)
      : vm_(vm),
        list_len_(list_size),
        base_keys_(base_keys),
        kind_(kind),
        tuple_item_kind_(tuple_item_kind) {
    temp_.keys = temp_keys;
    temp_.values = has_values ? temp_values : nullptr;
  }

  // 1 if x < y, 0 if not, -1 on exception.
  int Lt(Value x, Value y) {
    if (kind_ == CompareKind::kTuple) return TupleLt(x, y);
    return LtOfKind(kind_, x, y);
  }

  // Lt for keys of `kind` (any but kTuple).
  int LtOfKind(CompareKind kind, Value x, Value y) {
    switch (kind) {
      case CompareKind::kSmallInt:
        return x.small_int() < y.small_int();
      case CompareKind::kStr: {
        auto* a = As<StrObject>(x);
        auto* b = As<StrObject>(y);
        // UTF-8 byte order is code point order.
        return a->view() < b->view();
      }
      case CompareKind::kFloat:
        return FloatValue(x) < FloatValue(y);
      case CompareKind::kSameClass: {
        if (TypeOf(x) != TypeOf(y) || TypeOf(x)->richcompare == nullptr) break;
        NativeDepthGuard guard(vm_, " in comparison");
        if (!guard.ok()) return -1;
        Value r = TypeOf(x)->richcompare(vm_, x, y, CompareOp::kLt);
        if (r.is_null()) return -1;
        if (r.is_not_implemented()) break;
        return r.is_bool() ? r.is_true() : IsTrue(vm_, r);
      }
      case CompareKind::kGeneric:
      case CompareKind::kTuple:
        break;
    }
    return RichCompareBool(vm_, x, y, CompareOp::kLt);
  }

  // x < y (`lt`) or x == y for two small ints, two exact floats or two
  // exact strs, which no Python code decides; kNotPrimitive for any other
  // pair. The same answers as RichCompareBool's, without its dispatch.
  static constexpr int kNotPrimitive = -2;
  static int PrimitiveCompare(Value x, Value y, bool lt) {
    if (x.is_small_int() && y.is_small_int()) {
      return lt ? x.small_int() < y.small_int() : x.small_int() == y.small_int();
    }
    if (HasType(x, &kFloatType) && HasType(y, &kFloatType)) {
      return lt ? FloatValue(x) < FloatValue(y) : FloatValue(x) == FloatValue(y);
    }
    if (IsExactStr(x) && IsExactStr(y)) {
      std::string_view a = As<StrObject>(x)->view();
      std::string_view b = As<StrObject>(y)->view();
      return lt ? a < b : a == b;  // UTF-8 byte order is code point order
    }
    return kNotPrimitive;
  }

  // Tuple order: the first pair of items that are not equal decides (equal
  // by identity first, as RichCompareBool's Py_EQ), else the shorter tuple
  // is less.
  int TupleLt(Value x, Value y) {
    auto* a = As<TupleObject>(x);
    auto* b = As<TupleObject>(y);
    size_t n = a->size < b->size ? a->size : b->size;
    size_t i = 0;
    for (; i < n; ++i) {
      Value p = a->items[i];
      Value q = b->items[i];
      if (p.Is(q)) continue;
      if (p.is_small_int() && q.is_small_int()) break;  // one canonical form each
      int eq = PrimitiveCompare(p, q, false);
      if (eq == kNotPrimitive) eq = RichCompareBool(vm_, p, q, CompareOp::kEq);
      if (eq < 0) return -1;
      if (eq == 0) break;
    }
    if (i >= n) return a->size < b->size;
    if (i == 0) return LtOfKind(tuple_item_kind_, a->items[0], b->items[0]);
    int lt = PrimitiveCompare(a->items[i], b->items[i], true);
    if (lt != kNotPrimitive) return lt;
    return RichCompareBool(vm_, a->items[i], b->items[i], CompareOp::kLt);
  }

  int BinarySort(SortSlice lo, Value* hi, Value* start);
  int64_t CountRun(Value* lo, Value* hi, bool* descending);
  int64_t GallopLeft(Value key, Value* a, int64_t n, int64_t hint);
  int64_t GallopRight(Value key, Value* a, int64_t n, int64_t hint);
  int MergeLo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb);
  int MergeHi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb);
  int MergeAt(int i);
  int FoundNewRun(int64_t n2);
  int ForceCollapse();
  void Push(SortSlice base, int64_t len) {
    pending_[n_].base = base;
    pending_[n_].len = len;
    ++n_;
  }
  int pending_count() const { return n_; }

 private:
  struct Run {
    SortSlice base;
    int64_t len;
    int power;
  };
  Interp& vm_;
  int64_t min_gallop_ = kMinGallop;
  int64_t list_len_;
  Value* base_keys_;
  SortSlice temp_;  // room for (list_len + 1) / 2 entries
  int n_ = 0;
  Run pending_[kMaxMergePending];
  CompareKind kind_;
  CompareKind tuple_item_kind_;  // for kTuple: the kind of the keys' first items
};

// binarysort: [lo, start) is sorted; insert [start, hi) one by one. Even
// on error the slice is a permutation of its input.
int MergeState::BinarySort(SortSlice lo, Value* hi, Value* start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Value* l = lo.keys;
    Value* r = start;
    Value pivot = *r;
    do {
      Value* p = l + ((r - l) >> 1);
      int k = Lt(pivot, *p);
      if (k < 0) return -1;
      if (k) {
        r = p;
      } else {
        l = p + 1;
      }
    } while (l < r);
    for (Value* p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values != nullptr) {
      int64_t offset = lo.values - lo.keys;
      Value* p = start + offset;
      pivot = *p;
      l += offset;
      for (p = start + offset; p > l; --p) *p = *(p - 1);
      *l = pivot;
    }
  }
  return 0;
}

// count_run: length of the run at lo (ascending, or strictly descending).
int64_t MergeState::CountRun(Value* lo, Value* hi, bool* descending) {
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  int64_t n = 2;
  int k = Lt(*lo, *(lo - 1));
  if (k < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = Lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = Lt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

int64_t MergeState::GallopLeft(Value key, Value* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0;
  int64_t ofs = 1;
  int k = Lt(*a, key);
  if (k < 0) return -1;
  if (k) {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = Lt(a[ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = Lt(*(a - ofs), key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = Lt(a[m], key);
    if (k < 0) return -1;
    if (k) {
      lastofs = m + 1;
    } else {
      ofs = m;
    }
  }
  return ofs;
}

int64_t MergeState::GallopRight(Value key, Value* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0;
  int64_t ofs = 1;
  int k = Lt(key, *a);
  if (k < 0) return -1;
  if (k) {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      k = Lt(key, *(a - ofs));
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      k = Lt(key, a[ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    k = Lt(key, a[m]);
    if (k < 0) return -1;
    if (k) {
      ofs = m;
    } else {
      lastofs = m + 1;
    }
  }
  return ofs;
}

// merge_lo: na <= nb; copies run A to the temp area and merges forward.
int MergeState::MergeLo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  int result = -1;
  int64_t k;
  SliceMemcpy(&temp_, 0, &ssa, 0, na);
  SortSlice dest = ssa;
  ssa = temp_;
  SliceCopyIncr(&dest, &ssb);
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  for (;;) {
    int64_t acount = 0;
    int64_t bcount = 0;
    for (;;) {
      k = Lt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        SliceCopyIncr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0) goto succeed;
        if (bcount >= min_gallop_) break;
      } else {
        SliceCopyIncr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 1) goto copy_b;
        if (acount >= min_gallop_) break;
      }
    }
    ++min_gallop_;
    do {
      min_gallop_ -= min_gallop_ > 1;
      k = GallopRight(ssb.keys[0], ssa.keys, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        SliceMemcpy(&dest, 0, &ssa, 0, k);
        SliceAdvance(&dest, k);
        SliceAdvance(&ssa, k);
        na -= k;
        if (na == 1) goto copy_b;
        if (na == 0) goto succeed;
      }
      SliceCopyIncr(&dest, &ssb);
      --nb;
      if (nb == 0) goto succeed;
      k = GallopLeft(ssa.keys[0], ssb.keys, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        SliceMemmove(&dest, 0, &ssb, 0, k);
        SliceAdvance(&dest, k);
        SliceAdvance(&ssb, k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      SliceCopyIncr(&dest, &ssa);
      --na;
      if (na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop_;
  }
succeed:
  result = 0;
fail:
  if (na) SliceMemcpy(&dest, 0, &ssa, 0, na);
  return result;
copy_b:
  // The last element of run A belongs at the end of the merge.
  SliceMemmove(&dest, 0, &ssb, 0, nb);
  SliceCopy(&dest, nb, &ssa, 0);
  return 0;
}

// merge_hi: na >= nb; copies run B to the temp area and merges backward.
int MergeState::MergeHi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
  int result = -1;
  int64_t k;
  SortSlice dest = ssb;
  SliceAdvance(&dest, nb - 1);
  SliceMemcpy(&temp_, 0, &ssb, 0, nb);
  SortSlice basea = ssa;
  SortSlice baseb = temp_;
  ssb.keys = temp_.keys + nb - 1;
  if (ssb.values != nullptr) ssb.values = temp_.values + nb - 1;
  SliceAdvance(&ssa, na - 1);
  SliceCopyDecr(&dest, &ssa);
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  for (;;) {
    int64_t acount = 0;
    int64_t bcount = 0;
    for (;;) {
      k = Lt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        SliceCopyDecr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 0) goto succeed;
        if (acount >= min_gallop_) break;
      } else {
        SliceCopyDecr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1) goto copy_a;
        if (bcount >= min_gallop_) break;
      }
    }
    ++min_gallop_;
    do {
      min_gallop_ -= min_gallop_ > 1;
      k = GallopRight(ssb.keys[0], basea.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        SliceAdvance(&dest, -k);
        SliceAdvance(&ssa, -k);
        SliceMemmove(&dest, 1, &ssa, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      SliceCopyDecr(&dest, &ssb);
      --nb;
      if (nb == 1) goto copy_a;
      k = GallopLeft(ssa.keys[0], baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        SliceAdvance(&dest, -k);
        SliceAdvance(&ssb, -k);
        SliceMemcpy(&dest, 1, &ssb, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;
      }
      SliceCopyDecr(&dest, &ssa);
      --na;
      if (na == 0) goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop_;
  }
succeed:
  result = 0;
fail:
  if (nb) SliceMemcpy(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copy_a:
  // The first element of run B belongs at the front of the merge.
  SliceMemmove(&dest, 1 - na, &ssa, 1 - na, na);
  SliceAdvance(&dest, -na);
  SliceAdvance(&ssa, -na);
  SliceCopy(&dest, 0, &ssb, 0);
  return 0;
}

int MergeState::MergeAt(int i) {
  SortSlice ssa = pending_[i].base;
  int64_t na = pending_[i].len;
  SortSlice ssb = pending_[i + 1].base;
  int64_t nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i == n_ - 3) pending_[i + 1] = pending_[i + 2];
  --n_;
  // Where does b start in a? Elements in a before that are in place.
  int64_t k = GallopRight(*ssb.keys, ssa.keys, na, 0);
  if (k < 0) return -1;
  SliceAdvance(&ssa, k);
  na -= k;
  if (na == 0) return 0;
  // Where does a end in b? Elements in b after that are in place.
  nb = GallopLeft(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return static_cast<int>(nb);
  if (na <= nb) return MergeLo(ssa, na, ssb, nb);
  return MergeHi(ssa, na, ssb, nb);
}

// powerloop: the "power" of the run boundary between two adjacent runs.
int PowerLoop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

int MergeState::FoundNewRun(int64_t n2) {
  if (n_ > 0) {
    int64_t s1 = pending_[n_ - 1].base.keys - base_keys_;
    int64_t n1 = pending_[n_ - 1].len;
    int power = PowerLoop(s1, n1, n2, list_len_);
    while (n_ > 1 && pending_[n_ - 2].power > power) {
      if (MergeAt(n_ - 2) < 0) return -1;
    }
    pending_[n_ - 1].power = power;
  }
  return 0;
}

int MergeState::ForceCollapse() {
  while (n_ > 1) {
    int n = n_ - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    if (MergeAt(n) < 0) return -1;
  }
  return 0;
}

int64_t ComputeMinRun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// The pre-sort check: a comparison fast path when every key has the same
// simple type (results are identical to the generic path). `key(i)` gives
// the i-th of n keys.
template <typename KeyAt>
CompareKind ChooseCompareOf(int64_t n, KeyAt key) {
  bool all_small = true, all_str = true, all_float = true;
  for (int64_t i = 0; i < n; ++i) {
    Value k = key(i);
    all_small = all_small && k.is_small_int();
    all_str = all_str && IsExactStr(k);
    all_float = all_float && HasType(k, &kFloatType);
    if (!all_small && !all_str && !all_float) {
      TypeObject* t = TypeOf(key(0));
      if (!IsUserClass(t)) return CompareKind::kGeneric;
      for (int64_t j = 1; j < n; ++j) {
        if (TypeOf(key(j)) != t) return CompareKind::kGeneric;
      }
      return CompareKind::kSameClass;
    }
  }
  if (all_small) return CompareKind::kSmallInt;
  if (all_str) return CompareKind::kStr;
  return CompareKind::kFloat;
}

// ChooseCompareOf for the keys; *tuple_item_kind receives the kind of the
// first items when every key is a non-empty exact tuple (kTuple).
CompareKind ChooseCompare(const Value* keys, int64_t n, CompareKind* tuple_item_kind) {
  *tuple_item_kind = CompareKind::kGeneric;
  bool all_tuples = n > 0;
  for (int64_t i = 0; i < n && all_tuples; ++i) {
    all_tuples = HasType(keys[i], &kTupleType) && As<TupleObject>(keys[i])->size > 0;
  }
  if (all_tuples) {
    *tuple_item_kind =
        ChooseCompareOf(n, [keys](int64_t i) { return As<TupleObject>(keys[i])->items[0]; });
    return CompareKind::kTuple;
  }
  return ChooseCompareOf(n, [keys](int64_t i) { return keys[i]; });
}

// The sort proper on the work area; 0 or -1.
int TimSort(Interp& vm, Value* items, Value* keys, Value* temp_keys, Value* temp_values, int64_t n,
            bool has_key) {
  SortSlice lo;
  if (has_key) {
    lo.keys = keys;
    lo.values = items;
  } else {
    lo.keys = items;
    lo.values = nullptr;
  }
  CompareKind tuple_item_kind;
  CompareKind kind = ChooseCompare(lo.keys, n, &tuple_item_kind);
  MergeState ms(vm, n, has_key, lo.keys, temp_keys, temp_values, kind, tuple_item_kind);
  int64_t remaining = n;
  int64_t minrun = ComputeMinRun(remaining);
  do {
    bool descending;
    int64_t run = ms.CountRun(lo.keys, lo.keys + remaining, &descending);
    if (run < 0) return -1;
    if (descending) {
      ReverseValues(lo.keys, lo.keys + run);
      if (lo.values != nullptr) ReverseValues(lo.values, lo.values + run);
    }
    if (run < minrun) {
      const int64_t force = remaining <= minrun ? remaining : minrun;
      if (ms.BinarySort(lo, lo.keys + force, lo.keys + run) < 0) return -1;
      run = force;
    }
    if (ms.FoundNewRun(run) < 0) return -1;
    ms.Push(lo, run);
    SliceAdvance(&lo, run);
    remaining -= run;
  } while (remaining);
  return ms.ForceCollapse();
}

// What a sort of n items costs in instruction units: n * ceil(log2(n)),
// timsort's worst case in comparisons (a presorted list needs only n, but
// the budget is charged before the sort knows).
uint64_t SortWork(uint64_t n) {
  if (n < 2) return n;
  uint64_t log2n = 64 - static_cast<uint64_t>(__builtin_clzll(n - 1));
  return n * log2n;
}

}  // namespace

bool ListSort(Interp& vm, ListObject* list, Value key, bool reverse) {
  // No buffer, no items: nothing to sort and nothing changes (a sort of
  // a list already being sorted must not count as modifying it).
  if (list->items == nullptr) return true;
  bool has_key = !key.is_null() && !key.is_none();
  const size_t n = list->size;
  const size_t half = (n + 1) / 2;
  // Work area: items, keys (if any), then the merge temp area.
  const size_t work_size = has_key ? 2 * n + 2 * half : n + half;
  Value work_value = Value::Null();
  RootScope roots(vm);
  roots.Add(&work_value);
  roots.Add(&key);
  TupleObject* work = nullptr;
  if (work_size > 0) {
    work = NewTuple(vm, work_size);
    if (work == nullptr) return false;
    work_value = Value::FromObject(work);
    if (n > 0) std::memcpy(work->items, list->items, n * sizeof(Value));
  }
  // The comparisons and moves, about n*log2(n), are charged up front (key
  // functions and user __lt__ methods run Python and count themselves).
  if (!vm.ChargeItems(SortWork(n))) return false;
  Value* items = work ? work->items : nullptr;
  Value* keys = has_key ? items + n : nullptr;
  Value* temp_keys = items ? items + (has_key ? 2 * n : n) : nullptr;
  Value* temp_values = has_key ? temp_keys + half : nullptr;

  // Detach: the list looks empty while sorted; mutations are detected by
  // buffer_changes.
  Value* saved_items = list->items;
  size_t saved_capacity = list->capacity;
  list->items = nullptr;
  list->size = 0;
  list->capacity = 0;
  const uint64_t changes_before = ++list->buffer_changes;

  bool ok = true;
  bool keys_done = true;
  if (has_key) {
    for (size_t i = 0; i < n; ++i) {
      Value k = vm.Call1(key, items[i]);
      if (k.is_null()) {
        ok = false;
        keys_done = false;
        break;
      }
      keys[i] = k;
    }
  }
  if (ok && n >= 2) {
    NativeDepthGuard guard(vm, " in comparison");
    if (!guard.ok()) {
      ok = false;
    } else {
      if (reverse) {
        // Stable reverse sort: reverse, sort forward, reverse back.
        if (has_key) ReverseValues(keys, keys + n);
        ReverseValues(items, items + n);
      }
      ok = TimSort(vm, items, keys, temp_keys, temp_values, static_cast<int64_t>(n), has_key) == 0;
      if (reverse) ReverseValues(items, items + n);
    }
  }
  if (ok && list->buffer_changes != changes_before) {
    vm.RaiseValueError("list modified during sort");
    ok = false;
  }
  // Reattach, dropping whatever the key or comparisons put in the list.
  ListClear(vm, list);
  list->items = saved_items;
  list->capacity = saved_capacity;
  list->size = n;
  ++list->buffer_changes;
  // A failed key function leaves the list as it was (CPython's
  // keyfunc_fail); otherwise it holds the (possibly partial) sort result.
  if (keys_done && n > 0) std::memcpy(list->items, items, n * sizeof(Value));
  return ok;
}

}  // namespace moat::vm
