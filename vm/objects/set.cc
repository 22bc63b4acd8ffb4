// set and frozenset: CPython 3.11's Objects/setobject.c, algorithm for
// algorithm (probing with LINEAR_PROBES and perturbation, the fill/used
// resize policy, the pop finger, the order each operation inserts in), so
// iteration order and repr match CPython for the same hashes.
//
// Slot states: empty (key Null, hash 0), dummy (key Null, hash -1: CPython's
// `dummy` sentinel with its -1 hash), live (key set). The table is
// allocated on first insertion; until then mask is 7 and table is nullptr,
// standing for CPython's empty smalltable.
#include "vm/objects/set.h"

#include <cstring>
#include <string>
#include <vector>

#include "vm/args.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kSetType;
TypeObject kFrozenSetType;

namespace {

constexpr size_t kMinSize = 8;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kMaxTableSize = size_t{1} << 56;

SetObject* AsSet(Value v) { return As<SetObject>(v); }

bool IsLive(const SetEntry& e) { return !e.key.is_null(); }

bool KeysEqualNatively(Value a, Value b, int* result) {
  if (IsExactStr(a) && IsExactStr(b)) {
    *result = StrEquals(As<StrObject>(a), As<StrObject>(b)) ? 1 : 0;
    return true;
  }
  if (a.is_small_int() && b.is_small_int()) {
    *result = 0;  // not identical (checked first); True == 1 still needs Equals
    return true;
  }
  return false;
}

bool AllocTable(Interp& vm, SetObject* so, size_t slots) {
  auto* table = static_cast<SetEntry*>(vm.AllocBuffer(slots * sizeof(SetEntry)));
  if (table == nullptr) return false;
  for (size_t i = 0; i < slots; ++i) table[i] = SetEntry{Value::Null(), 0};
  so->table = table;
  so->mask = slots - 1;
  return true;
}

void FreeTable(Interp& vm, SetEntry* table, size_t mask) {
  if (table != nullptr) vm.FreeBuffer(table, (mask + 1) * sizeof(SetEntry));
}

// Probing: every lookup walks a probe sequence, which is short unless many
// keys share a hash (a user __hash__ returning 0 makes every insertion walk
// all the keys before it). Each walk is charged slot by slot (ChargeStep:
// the first probes are free), so such keys cannot buy quadratic native work
// without paying for it; a walk refused by the budget fails with the
// limit's error and changes nothing.

// Charges step `walked` (counted from 1) of a probe walk, which visits up
// to kLinearProbes + 1 slots at `slot_cost` units each: 1 for placing a
// key known to be absent, kCompareSlotCost for a lookup, whose slots in a
// long walk hold equal hashes and so each cost a comparison (measured at
// about four instructions' time). The first few steps are free.
constexpr uint64_t kFreeWalkSteps = 6;
constexpr uint64_t kCompareSlotCost = 4;
bool ChargeWalk(Interp& vm, uint64_t walked, uint64_t slot_cost) {
  return walked < kFreeWalkSteps || vm.ChargeWork(slot_cost * (kLinearProbes + 1));
}

// set_insert_clean: a key known to be absent into a table without dummies.
// False with the limit's error pending (nothing inserted) when the probe
// sequence is refused.
bool InsertClean(Interp& vm, SetEntry* table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (uint64_t probes = 1;; ++probes) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry->key = key;
      entry->hash = hash;
      return true;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          entry->key = key;
          entry->hash = hash;
          return true;
        }
      }
    }
    if (!ChargeWalk(vm, probes, 1)) return false;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// The table size set_table_resize picks for `minused`; 0 when it would
// keep the current small table (nothing to do).
size_t ResizeTarget(const SetObject* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused && newsize < kMaxTableSize) newsize <<= 1;
  if (newsize == kMinSize && so->mask == kMinSize - 1 && so->fill == so->used) return 0;
  return newsize;
}

SetEntry* AllocEmptyTable(Interp& vm, size_t slots) {
  auto* table = static_cast<SetEntry*>(vm.AllocBuffer(slots * sizeof(SetEntry)));
  if (table == nullptr) return nullptr;
  for (size_t i = 0; i < slots; ++i) table[i] = SetEntry{Value::Null(), 0};
  return table;
}

// Moves the live entries into `newtable` (already allocated and charged,
// newsize slots, empty) in old-table order, dropping dummies. The work is
// charged as it goes (one unit per slot of the old table, plus long probe
// sequences); when the budget refuses it, `newtable` is freed, the set is
// left as it was and the result is false with the limit's error pending.
bool ResizeInto(Interp& vm, SetObject* so, SetEntry* newtable, size_t newsize) {
  SetEntry* oldtable = so->table;
  size_t oldmask = so->mask;
  size_t newmask = newsize - 1;
  if (oldtable != nullptr) {
    if (!vm.ChargeItems(oldmask + 1)) {
      FreeTable(vm, newtable, newmask);
      return false;
    }
    for (size_t i = 0; i <= oldmask; ++i) {
      if (IsLive(oldtable[i]) &&
          !InsertClean(vm, newtable, newmask, oldtable[i].key, oldtable[i].hash)) {
        FreeTable(vm, newtable, newmask);
        return false;
      }
    }
  }
  so->table = newtable;
  so->mask = newmask;
  so->fill = so->used;
  ++so->version;
  FreeTable(vm, oldtable, oldmask);
  return true;
}

// set_table_resize: a table of the smallest power of two > minused,
// without dummies. Charged first; false + MemoryError (or the limit's
// error) leaves the set intact.
bool TableResize(Interp& vm, SetObject* so, size_t minused) {
  size_t newsize = ResizeTarget(so, minused);
  if (newsize == 0) return true;
  SetEntry* newtable = AllocEmptyTable(vm, newsize);
  if (newtable == nullptr) return false;
  return ResizeInto(vm, so, newtable, newsize);
}

// set_lookkey: 1 with *out the live entry, 0 absent, -1 on exception.
int LookKey(Interp& vm, SetObject* so, Value key, int64_t hash, SetEntry** out) {
restart:
  if (so->table == nullptr) return 0;
  size_t mask = so->mask;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (uint64_t walked = 1;; ++walked) {
    SetEntry* entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_null()) return 0;
      if (entry->hash == hash && !entry->key.is_null()) {
        Value startkey = entry->key;
        if (startkey.Is(key)) {
          *out = entry;
          return 1;
        }
        int cmp;
        if (!KeysEqualNatively(startkey, key, &cmp)) {
          SetEntry* table = so->table;
          cmp = Equals(vm, startkey, key);
          if (cmp < 0) return -1;
          if (table != so->table || mask != so->mask || !entry->key.Is(startkey)) goto restart;
        }
        if (cmp > 0) {
          *out = entry;
          return 1;
        }
      }
      ++entry;
    } while (probes--);
    if (!ChargeWalk(vm, walked, kCompareSlotCost)) return -1;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_add_entry: 0 ok, -1 on exception.
int AddEntry(Interp& vm, SetObject* so, Value key, int64_t hash) {
restart:
  // An __eq__ run below may have cleared the set (table freed): reallocate.
  if (so->table == nullptr && !AllocTable(vm, so, kMinSize)) return -1;
  size_t mask = so->mask;
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* freeslot = nullptr;
  uint64_t perturb = static_cast<uint64_t>(hash);
  SetEntry* entry;
  for (uint64_t walked = 1;; ++walked) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == hash && !entry->key.is_null()) {
        Value startkey = entry->key;
        if (startkey.Is(key)) return 0;
        int cmp;
        if (!KeysEqualNatively(startkey, key, &cmp)) {
          SetEntry* table = so->table;
          cmp = Equals(vm, startkey, key);
          if (cmp > 0) return 0;
          if (cmp < 0) return -1;
          if (table != so->table || mask != so->mask || !entry->key.Is(startkey)) goto restart;
        }
        if (cmp > 0) return 0;
      } else if (entry->hash == -1 && entry->key.is_null()) {
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    if (!ChargeWalk(vm, walked, kCompareSlotCost)) return -1;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  ++so->version;
  if (freeslot != nullptr) {
    ++so->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  {
    // CPython inserts, then resizes when fill * 5 >= mask * 3. The new table
    // is charged before the insertion, so a refusal leaves the set as it
    // was (a set that kept the key without growing could fill up, and a
    // full table never ends a failing search).
    size_t fill = so->fill + 1;
    size_t used = so->used + 1;
    SetEntry* newtable = nullptr;
    size_t newsize = 0;
    if (fill * 5 >= mask * 3) {
      newsize = ResizeTarget(so, used > 50000 ? used * 2 : used * 4);
      if (newsize != 0) {
        newtable = AllocEmptyTable(vm, newsize);
        if (newtable == nullptr) return -1;
      }
    }
    so->fill = fill;
    so->used = used;
    entry->key = key;
    entry->hash = hash;
    if (newtable != nullptr && !ResizeInto(vm, so, newtable, newsize)) {
      // The budget refused the rehash: take the key back out.
      entry->key = Value::Null();
      entry->hash = 0;
      so->fill = fill - 1;
      so->used = used - 1;
      return -1;
    }
    return 0;
  }
}

int ContainsEntry(Interp& vm, SetObject* so, Value key, int64_t hash) {
  SetEntry* entry;
  return LookKey(vm, so, key, hash, &entry);
}

// set_discard_entry: 1 removed, 0 absent, -1 on exception.
int DiscardEntry(Interp& vm, SetObject* so, Value key, int64_t hash) {
  SetEntry* entry;
  int k = LookKey(vm, so, key, hash, &entry);
  if (k <= 0) return k;
  entry->key = Value::Null();
  entry->hash = -1;
  --so->used;
  ++so->version;
  return 1;
}

void ClearInternal(Interp& vm, SetObject* so) {
  SetEntry* table = so->table;
  size_t mask = so->mask;
  so->table = nullptr;
  so->mask = kMinSize - 1;
  so->fill = 0;
  so->used = 0;
  so->hash = -1;
  ++so->version;
  FreeTable(vm, table, mask);
}

// set_merge: every key of `other` into `so`.
bool Merge(Interp& vm, SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return true;
  // One big resize at the start rather than incremental ones.
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (!TableResize(vm, so, (so->used + other->used) * 2)) return false;
  }
  if (so->table == nullptr && !AllocTable(vm, so, kMinSize)) return false;
  // Our table is empty with the same size and `other` has no dummies: copy
  // the slots as they are.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    if (!vm.ChargeItems(other->mask + 1)) return false;
    for (size_t i = 0; i <= other->mask; ++i) {
      if (IsLive(other->table[i])) so->table[i] = other->table[i];
    }
    so->fill = other->fill;
    so->used = other->used;
    ++so->version;
    return true;
  }
  if (so->fill == 0) {
    if (!vm.ChargeItems(other->mask + 1)) return false;
    ++so->version;
    for (size_t i = 0; i <= other->mask; ++i) {
      const SetEntry& e = other->table[i];
      if (!IsLive(e)) continue;
      if (!InsertClean(vm, so->table, so->mask, e.key, e.hash)) return false;
      ++so->fill;
      ++so->used;
    }
    return true;
  }
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&key);
  for (size_t i = 0; i <= other->mask && other->table != nullptr; ++i) {
    if (!ChargeStep(vm, i)) return false;
    SetEntry e = other->table[i];
    if (!IsLive(e)) continue;
    key = e.key;
    if (AddEntry(vm, so, key, e.hash) < 0) return false;
  }
  return true;
}

// set_update_internal.
bool UpdateInternal(Interp& vm, SetObject* so, Value other) {
  if (IsAnySet(other)) return Merge(vm, so, AsSet(other));
  if (HasType(other, &kDictType)) {
    DictObject* d = As<DictObject>(other);
    if ((so->fill + d->size) * 5 >= so->mask * 3) {
      if (!TableResize(vm, so, (so->used + d->size) * 2)) return false;
    }
    size_t pos = 0;
    Value key = Value::Null();
    int64_t hash;
    RootScope roots(vm);
    roots.Add(&key);
    for (uint64_t done = 0; DictNextWithHash(d, &pos, &key, nullptr, &hash); ++done) {
      if (!ChargeStep(vm, done) || AddEntry(vm, so, key, hash) < 0) return false;
    }
    return true;
  }
  Value it = GetIter(vm, other);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&it);
  DrainBudget budget(vm, it);
  if (!budget.ok()) return false;
  for (;;) {
    if (!budget.Next()) return false;
    Value key = IterNext(vm, it);
    if (key.is_null()) return !vm.HasException();
    if (SetAdd(vm, so, key) < 0) return false;
  }
}

// make_new_set_basetype: subclasses produce their base type.
TypeObject* BaseTypeOf(SetObject* so) {
  TypeObject* t = so->type;
  if (t == &kSetType || t == &kFrozenSetType) return t;
  return IsSubtype(t, &kSetType) ? &kSetType : &kFrozenSetType;
}

SetObject* NewSetOfType(Interp& vm, TypeObject* type) {
  SetObject* s = NewInstance<SetObject>(vm, type);
  if (s == nullptr) return nullptr;
  s->mask = kMinSize - 1;
  s->hash = -1;
  return s;
}

// make_new_set: a set of `type` filled from `iterable` (Null: empty).
SetObject* MakeNewSet(Interp& vm, TypeObject* type, Value iterable) {
  SetObject* s = NewSetOfType(vm, type);
  if (s == nullptr || iterable.is_null()) return s;
  Value root = Value::FromObject(s);
  RootScope roots(vm);
  roots.Add(&root);
  if (!UpdateInternal(vm, s, iterable)) return nullptr;
  return s;
}

}  // namespace

// ---- Public API --------------------------------------------------------------

SetObject* NewSet(Interp& vm, TypeObject* type) { return NewSetOfType(vm, type); }

int SetAdd(Interp& vm, SetObject* s, Value key) {
  // A user __hash__/__eq__ may run Python and collect: the set (perhaps
  // still being built, held only by the caller's C++) and the key stay
  // reachable.
  Value set_value = Value::FromObject(s);
  RootScope roots(vm);
  roots.Add(&set_value);
  roots.Add(&key);
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return AddEntry(vm, s, key, hash);
}

namespace {

int ContainsKey(Interp& vm, SetObject* s, Value key) {
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return ContainsEntry(vm, s, key, hash);
}

int DiscardKey(Interp& vm, SetObject* s, Value key) {
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return DiscardEntry(vm, s, key, hash);
}

// A set argument used as a key is looked up as a frozenset (set_contains,
// set_remove, set_discard): returns the frozenset, or Null (exception
// kept) when the retry does not apply.
Value FrozenKeyForRetry(Interp& vm, Value key) {
  if (!HasType(key, &kSetType) && !(IsAnySet(key) && IsSubtype(TypeOf(key), &kSetType))) {
    return Value::Null();
  }
  if (!vm.ExceptionMatches(&kTypeErrorType)) return Value::Null();
  vm.ClearException();
  SetObject* frozen = MakeNewSet(vm, &kFrozenSetType, key);
  return frozen ? Value::FromObject(frozen) : Value::Null();
}

}  // namespace

int SetContains(Interp& vm, SetObject* s, Value key) {
  int rv = ContainsKey(vm, s, key);
  if (rv >= 0) return rv;
  Value frozen = FrozenKeyForRetry(vm, key);
  if (frozen.is_null()) return -1;
  RootScope roots(vm);
  roots.Add(&frozen);
  return ContainsKey(vm, s, frozen);
}

int SetDiscard(Interp& vm, SetObject* s, Value key) {
  int rv = DiscardKey(vm, s, key);
  if (rv >= 0) return rv;
  Value frozen = FrozenKeyForRetry(vm, key);
  if (frozen.is_null()) return -1;
  RootScope roots(vm);
  roots.Add(&frozen);
  return DiscardKey(vm, s, frozen);
}

bool SetUpdateFromIterable(Interp& vm, SetObject* s, Value iterable) {
  return UpdateInternal(vm, s, iterable);
}

bool SetNextWithHash(const SetObject* s, size_t* pos, Value* key, int64_t* hash) {
  if (s->table == nullptr) return false;
  while (*pos <= s->mask) {
    const SetEntry& e = s->table[(*pos)++];
    if (IsLive(e)) {
      if (key) *key = e.key;
      if (hash) *hash = e.hash;
      return true;
    }
  }
  return false;
}

bool SetNext(const SetObject* s, size_t* pos, Value* key) {
  return SetNextWithHash(s, pos, key, nullptr);
}

int SetFromLayout(Interp& vm, SetObject* s, size_t mask, const Value* items, const size_t* slots,
                  size_t n) {
  if (s->used != 0 || s->fill != 0) return 0;
  if (mask < kMinSize - 1 || mask >= kMaxTableSize || (mask & (mask + 1)) != 0) return 0;
  if (n * 5 >= mask * 3) return 0;  // CPython would have resized
  // nor grown the table past 8 slots per item
  if (mask + 1 > kMinSize && (mask + 1) / 8 > n) return 0;
  auto* table = static_cast<SetEntry*>(vm.AllocBuffer((mask + 1) * sizeof(SetEntry)));
  if (table == nullptr) return -1;
  for (size_t i = 0; i <= mask; ++i) table[i] = SetEntry{Value::Null(), 0};
  auto fail = [&](int result) {
    vm.FreeBuffer(table, (mask + 1) * sizeof(SetEntry));
    return result;
  };
  for (size_t k = 0; k < n; ++k) {
    if (slots[k] > mask || !table[slots[k]].key.is_null()) return fail(0);
    int64_t hash = Hash(vm, items[k]);
    if (hash == -1) return fail(-1);
    table[slots[k]] = SetEntry{items[k], hash};
  }
  // Every item must be reachable: its probe sequence may only cross live
  // slots before reaching it (set_lookkey stops at the first empty one).
  for (size_t k = 0; k < n; ++k) {
    int64_t hash = table[slots[k]].hash;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t steps = 0;
    for (bool found = false; !found;) {
      SetEntry* entry = &table[i];
      int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      do {
        if (entry == &table[slots[k]]) {
          found = true;
          break;
        }
        if (entry->key.is_null() || ++steps > 4 * (mask + 1)) return fail(0);
        ++entry;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  s->table = table;
  s->mask = mask;
  s->fill = n;
  s->used = n;
  s->hash = -1;
  ++s->version;
  return 1;
}

SetObject* SetFromIterable(Interp& vm, Value iterable, TypeObject* type) {
  return MakeNewSet(vm, type, iterable);
}

namespace {

SetObject* SetCopy(Interp& vm, SetObject* so) {
  return MakeNewSet(vm, BaseTypeOf(so), Value::FromObject(so));
}

}  // namespace

// set_intersection.
Value SetIntersection(Interp& vm, SetObject* so, Value other) {
  if (Value::FromObject(so).Is(other)) {
    SetObject* copy = SetCopy(vm, so);
    return copy ? Value::FromObject(copy) : Value::Null();
  }
  SetObject* result = NewSetOfType(vm, BaseTypeOf(so));
  if (result == nullptr) return Value::Null();
  Value result_value = Value::FromObject(result);
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&result_value);
  roots.Add(&key);
  if (IsAnySet(other)) {
    SetObject* a = so;
    SetObject* b = AsSet(other);
    if (b->used > a->used) std::swap(a, b);
    // Iterate the smaller set (b), look up in the larger (a).
    size_t pos = 0;
    int64_t hash;
    for (uint64_t done = 0; SetNextWithHash(b, &pos, &key, &hash); ++done) {
      if (!ChargeStep(vm, done)) return Value::Null();
      int rv = ContainsEntry(vm, a, key, hash);
      if (rv < 0) return Value::Null();
      if (rv && AddEntry(vm, result, key, hash) < 0) return Value::Null();
    }
    return result_value;
  }
  Value it = GetIter(vm, other);
  if (it.is_null()) return it;
  roots.Add(&it);
  DrainBudget budget(vm, it);
  if (!budget.ok()) return Value::Null();
  for (;;) {
    if (!budget.Next()) return Value::Null();
    key = IterNext(vm, it);
    if (key.is_null()) break;
    int64_t hash = Hash(vm, key);
    if (hash == -1) return Value::Null();
    int rv = ContainsEntry(vm, so, key, hash);
    if (rv < 0) return Value::Null();
    if (rv && AddEntry(vm, result, key, hash) < 0) return Value::Null();
  }
  if (vm.HasException()) return Value::Null();
  return result_value;
}

// set_difference_update_internal.
bool SetDifferenceUpdate(Interp& vm, SetObject* so, Value other) {
  if (Value::FromObject(so).Is(other)) {
    ClearInternal(vm, so);
    return true;
  }
  Value key = Value::Null();
  Value other_value = other;
  RootScope roots(vm);
  roots.Add(&key);
  roots.Add(&other_value);
  if (IsAnySet(other)) {
    // When the other set is more than 8 times larger, iterate the
    // intersection instead.
    if ((AsSet(other)->used >> 3) > so->used) {
      other_value = SetIntersection(vm, so, other);
      if (other_value.is_null()) return false;
    }
    SetObject* o = AsSet(other_value);
    size_t pos = 0;
    int64_t hash;
    for (uint64_t done = 0; SetNextWithHash(o, &pos, &key, &hash); ++done) {
      if (!ChargeStep(vm, done) || DiscardEntry(vm, so, key, hash) < 0) return false;
    }
  } else {
    Value it = GetIter(vm, other);
    if (it.is_null()) return false;
    roots.Add(&it);
    DrainBudget budget(vm, it);
    if (!budget.ok()) return false;
    for (;;) {
      if (!budget.Next()) return false;
      key = IterNext(vm, it);
      if (key.is_null()) break;
      if (DiscardKey(vm, so, key) < 0) return false;
    }
    if (vm.HasException()) return false;
  }
  // If more than 1/4th are dummies, resize them away.
  if (so->fill - so->used <= so->mask / 4) return true;
  return TableResize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// set_symmetric_difference_update.
bool SetSymmetricDifferenceUpdate(Interp& vm, SetObject* so, Value other) {
  if (Value::FromObject(so).Is(other)) {
    ClearInternal(vm, so);
    return true;
  }
  Value key = Value::Null();
  Value other_value = other;
  RootScope roots(vm);
  roots.Add(&key);
  roots.Add(&other_value);
  int64_t hash;
  if (HasType(other, &kDictType)) {
    DictObject* d = As<DictObject>(other);
    size_t pos = 0;
    for (uint64_t done = 0; DictNextWithHash(d, &pos, &key, nullptr, &hash); ++done) {
      if (!ChargeStep(vm, done)) return false;
      int rv = DiscardEntry(vm, so, key, hash);
      if (rv < 0) return false;
      if (rv == 0 && AddEntry(vm, so, key, hash) < 0) return false;
    }
    return true;
  }
  if (!IsAnySet(other)) {
    SetObject* o = MakeNewSet(vm, BaseTypeOf(so), other);
    if (o == nullptr) return false;
    other_value = Value::FromObject(o);
  }
  SetObject* o = AsSet(other_value);
  size_t pos = 0;
  for (uint64_t done = 0; SetNextWithHash(o, &pos, &key, &hash); ++done) {
    if (!ChargeStep(vm, done)) return false;
    int rv = DiscardEntry(vm, so, key, hash);
    if (rv < 0) return false;
    if (rv == 0 && AddEntry(vm, so, key, hash) < 0) return false;
  }
  return true;
}

namespace {

// ---- Derived operations ------------------------------------------------------------

// set_difference.
Value SetDifference(Interp& vm, SetObject* so, Value other) {
  size_t other_size;
  if (IsAnySet(other)) {
    other_size = AsSet(other)->used;
  } else if (HasType(other, &kDictType)) {
    other_size = As<DictObject>(other)->size;
  } else {
    other_size = SIZE_MAX;
  }
  if (other_size == SIZE_MAX || (so->used >> 2) > other_size) {
    // Copy and remove.
    SetObject* result = SetCopy(vm, so);
    if (result == nullptr) return Value::Null();
    Value result_value = Value::FromObject(result);
    RootScope roots(vm);
    roots.Add(&result_value);
    if (!SetDifferenceUpdate(vm, result, other)) return Value::Null();
    return result_value;
  }
  SetObject* result = NewSetOfType(vm, BaseTypeOf(so));
  if (result == nullptr) return Value::Null();
  Value result_value = Value::FromObject(result);
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&result_value);
  roots.Add(&key);
  size_t pos = 0;
  int64_t hash;
  for (uint64_t done = 0; SetNextWithHash(so, &pos, &key, &hash); ++done) {
    if (!ChargeStep(vm, done)) return Value::Null();
    int rv;
    if (HasType(other, &kDictType)) {
      Value ignored;
      rv = DictGetWithHash(vm, As<DictObject>(other), key, hash, &ignored);
    } else {
      rv = ContainsEntry(vm, AsSet(other), key, hash);
    }
    if (rv < 0) return Value::Null();
    if (!rv && AddEntry(vm, result, key, hash) < 0) return Value::Null();
  }
  return result_value;
}

Value SetSymmetricDifference(Interp& vm, SetObject* so, Value other) {
  SetObject* o = MakeNewSet(vm, BaseTypeOf(so), other);
  if (o == nullptr) return Value::Null();
  Value result = Value::FromObject(o);
  RootScope roots(vm);
  roots.Add(&result);
  if (!SetSymmetricDifferenceUpdate(vm, o, Value::FromObject(so))) return Value::Null();
  return result;
}

// set_issubset (3.11): a non-set argument is made a set first.
Value SetIsSubset(Interp& vm, SetObject* so, Value other) {
  Value other_value = other;
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&other_value);
  roots.Add(&key);
  if (!IsAnySet(other)) {
    SetObject* tmp = MakeNewSet(vm, &kSetType, other);
    if (tmp == nullptr) return Value::Null();
    other_value = Value::FromObject(tmp);
  }
  SetObject* o = AsSet(other_value);
  if (so->used > o->used) return Value::False();
  size_t pos = 0;
  int64_t hash;
  for (uint64_t done = 0; SetNextWithHash(so, &pos, &key, &hash); ++done) {
    if (!ChargeStep(vm, done)) return Value::Null();
    int rv = ContainsEntry(vm, o, key, hash);
    if (rv < 0) return Value::Null();
    if (!rv) return Value::False();
  }
  return Value::True();
}

// True when every item of the iterable `other` is in `so` (`contained`) or
// none is (`!contained`), walked lazily: False at the first item that is not
// so, with the rest never read or hashed, as CPython's issuperset and
// isdisjoint walk a non-set (no temporary set).
Value EveryItemMembershipIs(Interp& vm, SetObject* so, Value other, bool contained) {
  Value self = Value::FromObject(so);
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&key);
  Value it = GetIter(vm, other);
  if (it.is_null()) return it;
  roots.Add(&it);
  for (uint64_t done = 0;; ++done) {
    if (!ChargeStep(vm, done)) return Value::Null();
    key = IterNext(vm, it);
    if (key.is_null()) break;
    int rv = ContainsKey(vm, so, key);
    if (rv < 0) return Value::Null();
    if ((rv != 0) != contained) return Value::False();
  }
  if (vm.HasException()) return Value::Null();
  return Value::True();
}

// set_issuperset: another set is the subset test turned around.
Value SetIsSuperset(Interp& vm, SetObject* so, Value other) {
  if (IsAnySet(other)) return SetIsSubset(vm, AsSet(other), Value::FromObject(so));
  return EveryItemMembershipIs(vm, so, other, true);
}

// set_isdisjoint.
Value SetIsDisjoint(Interp& vm, SetObject* so, Value other) {
  if (Value::FromObject(so).Is(other)) return Value::Bool(so->used == 0);
  Value key = Value::Null();
  RootScope roots(vm);
  roots.Add(&key);
  if (HasType(other, &kSetType) || HasType(other, &kFrozenSetType)) {
    SetObject* a = so;
    SetObject* b = AsSet(other);
    if (b->used > a->used) std::swap(a, b);
    size_t pos = 0;
    int64_t hash;
    for (uint64_t done = 0; SetNextWithHash(b, &pos, &key, &hash); ++done) {
      if (!ChargeStep(vm, done)) return Value::Null();
      int rv = ContainsEntry(vm, a, key, hash);
      if (rv < 0) return Value::Null();
      if (rv) return Value::False();
    }
    return Value::True();
  }
  return EveryItemMembershipIs(vm, so, other, false);
}

// ---- Core slots ------------------------------------------------------------------------

void SetTrace(Object* self, GcTracer& tracer) {
  auto* s = static_cast<SetObject*>(self);
  if (s->table == nullptr) return;
  for (size_t i = 0; i <= s->mask; ++i) {
    if (IsLive(s->table[i])) tracer.Visit(s->table[i].key);
  }
}

void SetFinalize(Heap& heap, Object* self) {
  auto* s = static_cast<SetObject*>(self);
  if (s->table != nullptr) heap.FreeBuffer(s->table, (s->mask + 1) * sizeof(SetEntry));
  s->table = nullptr;
}

Value SetRepr(Interp& vm, Value self) {
  SetObject* so = AsSet(self);
  const char* name = so->type->name;
  ReprGuard repr_guard(so);
  if (repr_guard.active()) return NewStrValue(vm, absl::StrCat(name, "(...)"));
  if (so->used == 0) return NewStrValue(vm, absl::StrCat(name, "()"));
  NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  ListObject* keys = ListFromIterable(vm, self);
  if (keys == nullptr) return Value::Null();
  Value keys_value = Value::FromObject(keys);
  RootScope roots(vm);
  roots.Add(&keys_value);
  Value list_value = Repr(vm, keys_value);
  if (list_value.is_null()) return list_value;
  // repr(list(s))[1:-1] inside braces; the copy is charged to the heap
  // while it lives.
  std::string_view list_text = As<StrObject>(list_value)->view();
  ScratchCharge scratch(vm);
  if (!scratch.Charge(list_text.size() + std::strlen(name) + 2)) return Value::Null();
  std::string out;
  if (!HasType(self, &kSetType)) out = std::string(name) + "(";
  out += '{';
  out += list_text.substr(1, list_text.size() - 2);
  out += '}';
  if (!HasType(self, &kSetType)) out += ')';
  return NewStrValue(vm, out);
}

uint64_t ShuffleBits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

// frozenset_hash: the xor of every live entry's shuffled hash (the null and
// dummy terms CPython adds and cancels out leave exactly this), mixed.
int64_t FrozenSetHash(Interp& vm, Value self) {
  SetObject* so = AsSet(self);
  if (so->hash != -1) return so->hash;
  if (so->table != nullptr && !vm.ChargeItems(so->mask + 1)) return -1;
  uint64_t hash = 0;
  if (so->table != nullptr) {
    for (size_t i = 0; i <= so->mask; ++i) {
      if (IsLive(so->table[i])) hash ^= ShuffleBits(static_cast<uint64_t>(so->table[i].hash));
    }
  }
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
  so->hash = static_cast<int64_t>(hash);
  return so->hash;
}

Value SetRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  SetObject* v = AsSet(a);
  SetObject* w = AsSet(b);
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe: {
      Value r;
      if (v->used != w->used) {
        r = Value::False();
      } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
        r = Value::False();
      } else {
        r = SetIsSubset(vm, v, b);
        if (r.is_null()) return r;
      }
      if (op == CompareOp::kNe) r = Value::Bool(!r.is_true());
      return r;
    }
    case CompareOp::kLe:
      return SetIsSubset(vm, v, b);
    case CompareOp::kGe:
      return SetIsSuperset(vm, v, b);
    case CompareOp::kLt:
      if (v->used >= w->used) return Value::False();
      return SetIsSubset(vm, v, b);
    case CompareOp::kGt:
      if (v->used <= w->used) return Value::False();
      return SetIsSuperset(vm, v, b);
  }
  return Value::NotImplemented();
}

int64_t SetLen(Interp& vm, Value self) { return static_cast<int64_t>(AsSet(self)->used); }

int SetContainsSlot(Interp& vm, Value self, Value key) { return SetContains(vm, AsSet(self), key); }

Value SetIter(Interp& vm, Value self) {
  return NewHashIterator(vm, &kSetIteratorType, self, AsSet(self)->used);
}

Value SetOr(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  SetObject* result = SetCopy(vm, AsSet(a));
  if (result == nullptr) return Value::Null();
  Value r = Value::FromObject(result);
  if (a.Is(b)) return r;
  RootScope roots(vm);
  roots.Add(&r);
  if (!UpdateInternal(vm, result, b)) return Value::Null();
  return r;
}

Value SetAnd(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  return SetIntersection(vm, AsSet(a), b);
}

Value SetSub(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  return SetDifference(vm, AsSet(a), b);
}

Value SetXor(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  return SetSymmetricDifference(vm, AsSet(a), b);
}

// Replaces the contents of `so` with those of `tmp` (set_swap_bodies for the
// in-place intersection; `tmp` is garbage afterwards).
void TakeBody(Interp& vm, SetObject* so, SetObject* tmp) {
  SetEntry* table = so->table;
  size_t mask = so->mask;
  so->table = tmp->table;
  so->mask = tmp->mask;
  so->fill = tmp->fill;
  so->used = tmp->used;
  so->hash = -1;
  ++so->version;
  tmp->table = table;
  tmp->mask = mask;
  tmp->fill = tmp->used = 0;
  ClearInternal(vm, tmp);
}

bool IntersectionUpdate(Interp& vm, SetObject* so, Value other) {
  Value tmp = SetIntersection(vm, so, other);
  if (tmp.is_null()) return false;
  TakeBody(vm, so, AsSet(tmp));
  return true;
}

Value SetInplaceOr(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  if (!UpdateInternal(vm, AsSet(a), b)) return Value::Null();
  return a;
}

Value SetInplaceAnd(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  if (!IntersectionUpdate(vm, AsSet(a), b)) return Value::Null();
  return a;
}

Value SetInplaceSub(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  if (!SetDifferenceUpdate(vm, AsSet(a), b)) return Value::Null();
  return a;
}

Value SetInplaceXor(Interp& vm, Value a, Value b) {
  if (!IsAnySet(a) || !IsAnySet(b)) return Value::NotImplemented();
  if (!SetSymmetricDifferenceUpdate(vm, AsSet(a), b)) return Value::Null();
  return a;
}

// ---- Methods -------------------------------------------------------------------------------

// "set.union" or "frozenset.union" for messages.
std::string QualName(Value self, const char* method) {
  return absl::StrCat(
      HasType(self, &kFrozenSetType) || !IsSubtype(TypeOf(self), &kSetType) ? "frozenset." : "set.",
      method);
}

bool NoKeywords(Interp& vm, Value self, CallArgs args, const char* method) {
  return CheckNoKeywords(vm, args, QualName(self, method).c_str());
}

bool OneArg(Interp& vm, Value self, CallArgs args, const char* method) {
  return CheckMethodOneArg(vm, args, QualName(self, method).c_str());
}

bool NoArgs(Interp& vm, Value self, CallArgs args, const char* method) {
  return CheckMethodNoArgs(vm, args, QualName(self, method).c_str());
}

Value SetAddMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "add")) return Value::Null();
  if (SetAdd(vm, AsSet(self), args.args[0]) < 0) return Value::Null();
  return Value::None();
}

Value SetClearMethod(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "clear")) return Value::Null();
  SetObject* s = AsSet(self);
  if (vm.heap().live_finalizables() == 0) {
    ClearInternal(vm, s);
    return Value::None();
  }
  // CPython drops the items in table order, finalizing those the set held
  // the last reference to (vm/finalize.h).
  std::vector<Value> removed;
  size_t pos = 0;
  Value item;
  while (SetNext(s, &pos, &item)) removed.push_back(item);
  ClearInternal(vm, s);
  if (!FinalizeDropped(vm, removed.data(), removed.size())) return Value::Null();
  return Value::None();
}

Value SetCopyMethod(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "copy")) return Value::Null();
  if (HasType(self, &kFrozenSetType)) return self;
  SetObject* copy = SetCopy(vm, AsSet(self));
  return copy ? Value::FromObject(copy) : Value::Null();
}

Value SetDiscardMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "discard")) return Value::Null();
  if (SetDiscard(vm, AsSet(self), args.args[0]) < 0) return Value::Null();
  return Value::None();
}

Value SetRemoveMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "remove")) return Value::Null();
  int rv = SetDiscard(vm, AsSet(self), args.args[0]);
  if (rv < 0) return Value::Null();
  if (rv == 0) return vm.RaiseKeyError(args.args[0]);
  return Value::None();
}

Value SetPop(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "pop")) return Value::Null();
  SetObject* so = AsSet(self);
  if (so->used == 0) return vm.Raise(&kKeyErrorType, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!IsLive(*entry)) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = Value::Null();
  entry->hash = -1;
  --so->used;
  ++so->version;
  so->finger = static_cast<size_t>(entry - so->table) + 1;
  return key;
}

Value SetUnion(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "union")) return Value::Null();
  SetObject* result = SetCopy(vm, AsSet(self));
  if (result == nullptr) return Value::Null();
  Value r = Value::FromObject(result);
  RootScope roots(vm);
  roots.Add(&r);
  for (size_t i = 0; i < args.nargs; ++i) {
    if (args.args[i].Is(self)) continue;
    if (!UpdateInternal(vm, result, args.args[i])) return Value::Null();
  }
  return r;
}

Value SetUpdate(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "update")) return Value::Null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!UpdateInternal(vm, AsSet(self), args.args[i])) return Value::Null();
  }
  return Value::None();
}

// set_intersection_multi.
Value IntersectionMulti(Interp& vm, Value self, CallArgs args) {
  if (args.nargs == 0) {
    SetObject* copy = SetCopy(vm, AsSet(self));
    return copy ? Value::FromObject(copy) : Value::Null();
  }
  Value result = self;
  RootScope roots(vm);
  roots.Add(&result);
  for (size_t i = 0; i < args.nargs; ++i) {
    result = SetIntersection(vm, AsSet(result), args.args[i]);
    if (result.is_null()) return result;
  }
  return result;
}

Value SetIntersectionMethod(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "intersection")) return Value::Null();
  return IntersectionMulti(vm, self, args);
}

Value SetIntersectionUpdate(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "intersection_update")) return Value::Null();
  Value tmp = IntersectionMulti(vm, self, args);
  if (tmp.is_null()) return tmp;
  TakeBody(vm, AsSet(self), AsSet(tmp));
  return Value::None();
}

Value SetDifferenceMethod(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "difference")) return Value::Null();
  if (args.nargs == 0) {
    SetObject* copy = SetCopy(vm, AsSet(self));
    return copy ? Value::FromObject(copy) : Value::Null();
  }
  Value result = SetDifference(vm, AsSet(self), args.args[0]);
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!SetDifferenceUpdate(vm, AsSet(result), args.args[i])) return Value::Null();
  }
  return result;
}

Value SetDifferenceUpdateMethod(Interp& vm, Value self, CallArgs args) {
  if (!NoKeywords(vm, self, args, "difference_update")) return Value::Null();
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!SetDifferenceUpdate(vm, AsSet(self), args.args[i])) return Value::Null();
  }
  return Value::None();
}

Value SetSymmetricDifferenceMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "symmetric_difference")) return Value::Null();
  return SetSymmetricDifference(vm, AsSet(self), args.args[0]);
}

Value SetSymmetricDifferenceUpdateMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "symmetric_difference_update")) return Value::Null();
  if (!SetSymmetricDifferenceUpdate(vm, AsSet(self), args.args[0])) return Value::Null();
  return Value::None();
}

Value SetIsDisjointMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "isdisjoint")) return Value::Null();
  return SetIsDisjoint(vm, AsSet(self), args.args[0]);
}

Value SetIsSubsetMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "issubset")) return Value::Null();
  return SetIsSubset(vm, AsSet(self), args.args[0]);
}

Value SetIsSupersetMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "issuperset")) return Value::Null();
  return SetIsSuperset(vm, AsSet(self), args.args[0]);
}

Value SetContainsMethod(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "__contains__")) return Value::Null();
  int rv = SetContains(vm, AsSet(self), args.args[0]);
  if (rv < 0) return Value::Null();
  return Value::Bool(rv != 0);
}

// set.__new__ (set_new): an empty set of `subtype`; the arguments are
// __init__'s (only set itself refuses keywords here).
Value SetNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (subtype == &kSetType && !CheckNoKeywords(vm, args, "set")) return Value::Null();
  SetObject* s = NewSetOfType(vm, subtype);
  return s ? Value::FromObject(s) : Value::Null();
}

// set.__init__(iterable=(), /) (set_init): empties the set, then updates it.
// The count error names the instance's type, as CPython's does.
int SetInit(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "set") ||
      !CheckPositionalCount(vm, args, TypeOf(self)->name, 0, 1)) {
    return -1;
  }
  SetObject* s = AsSet(self);
  if (s->fill > 0) ClearInternal(vm, s);
  if (args.nargs == 0) return 0;
  RootScope roots(vm);
  roots.Add(&self);
  return UpdateInternal(vm, s, args.args[0]) ? 0 : -1;
}

// set(iterable): the same two steps as for a subclass.
Value SetConstruct(Interp& vm, Value cls, CallArgs args) {
  Value s = SetNew(vm, As<TypeObject>(cls), args);
  if (s.is_null()) return s;
  RootScope roots(vm);
  roots.Add(&s);
  return SetInit(vm, s, args) < 0 ? Value::Null() : s;
}

// frozenset.__new__(type, iterable=(), /) (frozenset_new) builds the whole
// value. Keywords are refused unless a user __init__ may take them.
Value FrozenSetNew(Interp& vm, TypeObject* type, CallArgs args) {
  bool init_is_objects = type == &kFrozenSetType || type->init == kObjectType.init;
  if ((init_is_objects && !CheckNoKeywords(vm, args, "frozenset")) ||
      !CheckPositionalCount(vm, args, type->name, 0, 1)) {
    return Value::Null();
  }
  if (args.nargs == 1 && type == &kFrozenSetType && HasType(args.args[0], &kFrozenSetType)) {
    return args.args[0];  // frozenset(f) is idempotent
  }
  SetObject* s = MakeNewSet(vm, type, args.nargs ? args.args[0] : Value::Null());
  return s ? Value::FromObject(s) : Value::Null();
}

Value FrozenSetConstruct(Interp& vm, Value cls, CallArgs args) {
  return FrozenSetNew(vm, As<TypeObject>(cls), args);
}

const MethodDef kSetMethods[] = {
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    CountedMethod("__contains__", SetContainsMethod),
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    CountedMethod("add", SetAddMethod),
    CountedMethod("clear", SetClearMethod),
    CountedMethod("copy", SetCopyMethod),
    VarArgsMethod("difference", SetDifferenceMethod),
    VarArgsMethod("difference_update", SetDifferenceUpdateMethod),
    CountedMethod("discard", SetDiscardMethod),
    VarArgsMethod("intersection", SetIntersectionMethod),
    VarArgsMethod("intersection_update", SetIntersectionUpdate),
    CountedMethod("isdisjoint", SetIsDisjointMethod),
    CountedMethod("issubset", SetIsSubsetMethod),
    CountedMethod("issuperset", SetIsSupersetMethod),
    CountedMethod("pop", SetPop),
    CountedMethod("remove", SetRemoveMethod),
    CountedMethod("symmetric_difference", SetSymmetricDifferenceMethod),
    CountedMethod("symmetric_difference_update", SetSymmetricDifferenceUpdateMethod),
    VarArgsMethod("union", SetUnion),
    VarArgsMethod("update", SetUpdate),
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    CountedMethod("__contains__", SetContainsMethod),
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    CountedMethod("copy", SetCopyMethod),
    VarArgsMethod("difference", SetDifferenceMethod),
    VarArgsMethod("intersection", SetIntersectionMethod),
    CountedMethod("isdisjoint", SetIsDisjointMethod),
    CountedMethod("issubset", SetIsSubsetMethod),
    CountedMethod("issuperset", SetIsSupersetMethod),
    CountedMethod("symmetric_difference", SetSymmetricDifferenceMethod),
    VarArgsMethod("union", SetUnion),
    {nullptr, nullptr},
};

void InitCommon(TypeObject* t) {
  t->trace = SetTrace;
  t->finalize = SetFinalize;
  t->repr = SetRepr;
  t->richcompare = SetRichCompare;
  t->len = SetLen;
  t->contains = SetContainsSlot;
  t->iter = SetIter;
  t->binary[static_cast<int>(BinaryOp::kOr)] = SetOr;
  t->binary[static_cast<int>(BinaryOp::kAnd)] = SetAnd;
  t->binary[static_cast<int>(BinaryOp::kSubtract)] = SetSub;
  t->binary[static_cast<int>(BinaryOp::kXor)] = SetXor;
}

}  // namespace

void InitSetTypes() {
  InitStaticType(&kSetType, "set", &kObjectType, kTypeBaseType | kTypeVectorcall);
  InitCommon(&kSetType);
  kSetType.inplace[static_cast<int>(BinaryOp::kOr)] = SetInplaceOr;
  kSetType.inplace[static_cast<int>(BinaryOp::kAnd)] = SetInplaceAnd;
  kSetType.inplace[static_cast<int>(BinaryOp::kSubtract)] = SetInplaceSub;
  kSetType.inplace[static_cast<int>(BinaryOp::kXor)] = SetInplaceXor;
  kSetType.methods = kSetMethods;
  kSetType.construct = SetConstruct;
  kSetType.basic_size = sizeof(SetObject);
  kSetType.new_instance = SetNew;
  kSetType.init = SetInit;

  InitStaticType(&kFrozenSetType, "frozenset", &kObjectType, kTypeBaseType | kTypeVectorcall);
  InitCommon(&kFrozenSetType);
  kFrozenSetType.hash = FrozenSetHash;
  kFrozenSetType.methods = kFrozenSetMethods;
  kFrozenSetType.construct = FrozenSetConstruct;
  kFrozenSetType.basic_size = sizeof(SetObject);
  kFrozenSetType.new_instance = FrozenSetNew;
}

}  // namespace moat::vm
