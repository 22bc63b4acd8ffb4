// dict (CPython 3.11's Objects/dictobject.c): the compact ordered table,
// lookups that survive a user __eq__ mutating the dict, the mapping slots,
// the three views with their set operations, the methods and dict(...).
//
// Table layout and growth are described in dict.h. A lookup that calls
// Equals() re-checks `version` afterwards and restarts from scratch if the
// dict changed, as lookdict does with its `dk == mp->ma_keys` check.
#include "vm/objects/dict.h"

#include <cstring>
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
#include "vm/objects/list.h"
#include "vm/objects/mapping_proxy.h"
#include "vm/objects/method_args.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kDictType;
TypeObject kDictKeysType;
TypeObject kDictValuesType;
TypeObject kDictItemsType;

namespace {

constexpr int64_t kIndexEmpty = -1;
constexpr int64_t kIndexDummy = -2;
constexpr int64_t kLookupError = -3;
constexpr size_t kMinTableSize = 8;
constexpr int kPerturbShift = 5;
constexpr size_t kMaxTableSize = size_t{1} << 56;

size_t UsableFraction(size_t n) { return (n << 1) / 3; }

// calculate_log2_keysize: the smallest power of two >= minsize, at least 8.
size_t TableSizeFor(size_t minsize) {
  size_t n = kMinTableSize;
  while (n < minsize && n < kMaxTableSize) n <<= 1;
  return n;
}

// estimate_log2_keysize: a table that can hold n entries.
size_t TableSizeForEntries(size_t n) { return TableSizeFor((n * 3 + 1) / 2); }

// DK_IXSIZE: the narrowest index that holds every entry position of a
// table of `table_size` slots (at most 2/3 of them) and -1/-2.
uint8_t IndexBytesFor(size_t table_size) {
  if (table_size <= 128) return 1;
  if (table_size <= (size_t{1} << 15)) return 2;
  if (table_size <= (size_t{1} << 31)) return 4;
  return 8;
}

// The index part of a table buffer, rounded up so the entries after it
// are aligned.
size_t IndicesBytes(size_t table_size) {
  return (table_size * IndexBytesFor(table_size) + 7) & ~size_t{7};
}

size_t TableBufferBytes(size_t table_size, size_t entries_capacity) {
  return IndicesBytes(table_size) + entries_capacity * sizeof(DictEntry);
}

void WriteIndex(void* indices, uint8_t width, size_t slot, int64_t ix) {
  switch (width) {
    case 1: static_cast<int8_t*>(indices)[slot] = static_cast<int8_t>(ix); break;
    case 2: static_cast<int16_t*>(indices)[slot] = static_cast<int16_t>(ix); break;
    case 4: static_cast<int32_t*>(indices)[slot] = static_cast<int32_t>(ix); break;
    default: static_cast<int64_t*>(indices)[slot] = ix; break;
  }
}

// Frees d's table buffer, leaving d with no table (callers reset or
// replace the fields).
void FreeTable(Heap& heap, DictObject* d) {
  heap.FreeBuffer(d->indices, TableBufferBytes(d->table_size, d->entries_capacity));
}

DictObject* AsDict(Value v) { return As<DictObject>(v); }

// Every change to which keys `d` holds, or where their entries are, goes
// through here: lookups restart on a changed version, and a class
// namespace's change invalidates what type lookups remembered.
void NoteKeysChanged(Interp& vm, DictObject* d) {
  ++d->version;
  if ((d->gc_flags & kObjClassNamespace) != 0) vm.type_attr_cache().Invalidate();
}

// Probing: every lookup walks a probe sequence, which is short unless many
// keys share a hash (a user __hash__ returning 0 makes every insertion walk
// all the keys before it, comparing each). Each walk is charged step by
// step (ChargeStep: the first probes are free), so such keys cannot buy
// quadratic native work without paying for it; a walk refused by the
// budget fails with the limit's error and changes nothing. A step of
// Lookup, with its comparison of equal hashes, takes about two
// instructions' time.
constexpr size_t kProbeRefused = SIZE_MAX;
constexpr uint64_t kLookupProbeCost = 2;

// Slot in `indices` (`table_size` slots) for a key known to be absent: the
// first empty or dummy slot on the probe sequence (find_empty_slot).
// kProbeRefused when the budget runs out.
size_t FindEmptySlot(Interp& vm, const void* indices, uint8_t width, size_t table_size,
                     int64_t hash) {
  size_t mask = table_size - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (uint64_t probes = 1; ReadDictIndex(indices, width, i) >= 0; ++probes) {
    if (!ChargeStep(vm, probes)) return kProbeRefused;
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the tables with `table_size` slots, dropping tombstones. The new
// buffer is charged before anything changes, then the work (one unit per
// entry, plus long probe sequences); the old buffer is freed only once the
// new one is complete, so a refusal (false, MemoryError or the limit's
// error) leaves the dict intact. With `first` (an entry's index) that entry
// comes first and the others keep their order.
bool DictRebuild(Interp& vm, DictObject* d, size_t table_size, int64_t first = -1) {
  size_t capacity = UsableFraction(table_size);
  if (capacity < d->size) capacity = d->size;
  uint8_t width = IndexBytesFor(table_size);
  size_t buffer_bytes = TableBufferBytes(table_size, capacity);
  void* indices = vm.AllocBuffer(buffer_bytes);
  if (indices == nullptr) return false;
  auto refuse = [&] {
    vm.FreeBuffer(indices, buffer_bytes);
    return false;
  };
  if (!vm.ChargeItems(d->entries_used)) return refuse();
  auto* entries =
      reinterpret_cast<DictEntry*>(static_cast<char*>(indices) + IndicesBytes(table_size));
  size_t n = 0;
  if (first >= 0) entries[n++] = d->entries[first];
  for (size_t i = 0; i < d->entries_used; ++i) {
    if (!d->entries[i].key.is_null() && static_cast<int64_t>(i) != first) {
      entries[n++] = d->entries[i];
    }
  }
  // Every width's -1 (kIndexEmpty) is all one bits.
  std::memset(indices, 0xff, table_size * width);
  for (size_t i = 0; i < n; ++i) {
    size_t slot = FindEmptySlot(vm, indices, width, table_size, entries[i].hash);
    if (slot == kProbeRefused) return refuse();
    WriteIndex(indices, width, slot, static_cast<int64_t>(i));
  }
  FreeTable(vm.heap(), d);
  d->entries = entries;
  d->entries_capacity = capacity;
  d->entries_used = n;
  d->indices = indices;
  d->index_bytes = width;
  d->table_size = table_size;
  NoteKeysChanged(vm, d);
  return true;
}

// Appends a key known to be absent (no comparisons). Room must exist.
// False with the limit's error pending (nothing changed) when the probe
// sequence is refused.
bool InsertClean(Interp& vm, DictObject* d, Value key, int64_t hash, Value value) {
  size_t slot = FindEmptySlot(vm, d->indices, d->index_bytes, d->table_size, hash);
  if (slot == kProbeRefused) return false;
  size_t ix = d->entries_used++;
  d->entries[ix] = DictEntry{hash, key, value};
  WriteIndex(d->indices, d->index_bytes, slot, static_cast<int64_t>(ix));
  ++d->size;
  NoteKeysChanged(vm, d);
  return true;
}

// Makes room for one more entry (insertion_resize: GROWTH_RATE = used*3).
bool EnsureRoom(Interp& vm, DictObject* d) {
  if (d->entries_used < d->entries_capacity) return true;
  return DictRebuild(vm, d, TableSizeFor(d->size * 3));
}

// Two small ints are equal only if identical (ints have one canonical
// form); anything else, even True against 1, needs Equals.
bool BothSmallInts(Value a, Value b) { return a.is_small_int() && b.is_small_int(); }

// lookdict: the entry index of `key` (>= 0) with its slot, kIndexEmpty if
// absent, kLookupError on exception.
int64_t Lookup(Interp& vm, DictObject* d, Value key, int64_t hash, size_t* slot_out) {
restart:
  if (d->table_size == 0) return kIndexEmpty;
  size_t mask = d->table_size - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  bool key_is_str = IsExactStr(key);
  for (uint64_t probes = 1;; ++probes) {
    int64_t ix = DictIndexAt(d, i);
    if (ix == kIndexEmpty) return kIndexEmpty;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.Is(key)) {
        if (slot_out) *slot_out = i;
        return ix;
      }
      if (e.hash == hash) {
        Value start_key = e.key;
        if (key_is_str && IsExactStr(start_key)) {
          if (StrEquals(As<StrObject>(start_key), As<StrObject>(key))) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        } else if (!BothSmallInts(start_key, key)) {
          uint64_t version = d->version;
          int cmp = Equals(vm, start_key, key);
          if (cmp < 0) return kLookupError;
          if (d->version != version) goto restart;  // the dict changed under __eq__
          if (cmp > 0) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        }
      }
    }
    if (!ChargeStep(vm, probes, kLookupProbeCost)) return kLookupError;
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Slot holding entry `ix` (lookdict_index); kProbeRefused when the budget
// runs out.
size_t SlotOfEntry(Interp& vm, const DictObject* d, int64_t hash, int64_t ix) {
  size_t mask = d->table_size - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (uint64_t probes = 1; DictIndexAt(d, i) != ix; ++probes) {
    if (!ChargeStep(vm, probes)) return kProbeRefused;
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

void DeleteEntry(Interp& vm, DictObject* d, size_t slot, int64_t ix) {
  WriteIndex(d->indices, d->index_bytes, slot, kIndexDummy);
  d->entries[ix].key = Value::Null();
  d->entries[ix].value = Value::Null();
  --d->size;
  NoteKeysChanged(vm, d);
}

}  // namespace

// ---- Allocation and the core table operations --------------------------------

DictObject* NewDict(Interp& vm) { return vm.New<DictObject>(&kDictType); }

int DictGetWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out) {
  int64_t ix = Lookup(vm, d, key, hash, nullptr);
  if (ix == kLookupError) return -1;
  if (ix < 0) return 0;
  *out = d->entries[ix].value;
  return 1;
}

int DictGet(Interp& vm, DictObject* d, Value key, Value* out) {
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return DictGetWithHash(vm, d, key, hash, out);
}

int DictContains(Interp& vm, DictObject* d, Value key) {
  Value ignored;
  return DictGet(vm, d, key, &ignored);
}

int64_t DictFindStr(Interp& vm, const DictObject* d, StrObject* key) {
  if (d->size == 0) return -1;
  int64_t hash = key->hash != -1 ? key->hash : StrHash(vm, key);
  size_t mask = d->table_size - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    int64_t ix = DictIndexAt(d, i);
    if (ix == kIndexEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key.object() == key) return ix;
      // A str subclass key (setattr(o, S("name"), v) stores it as CPython
      // does) matches by its characters; its hash is the stored one.
      if (e.hash == hash && IsStr(e.key) && StrEquals(As<StrObject>(e.key), key)) {
        return ix;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value DictGetStr(Interp& vm, DictObject* d, StrObject* key) {
  int64_t ix = DictFindStr(vm, d, key);
  return ix < 0 ? Value::Null() : d->entries[ix].value;
}

int DictSetWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value value) {
  // Lookup may call a user __eq__, which may collect: the dict (perhaps
  // still being built, held only by the caller's C++), key and value stay
  // reachable.
  Value dict_value = Value::FromObject(d);
  RootScope roots(vm);
  roots.Add(&dict_value);
  roots.Add(&key);
  roots.Add(&value);
  int64_t ix = Lookup(vm, d, key, hash, nullptr);
  if (ix == kLookupError) return -1;
  if (ix >= 0) {
    d->entries[ix].value = value;  // the first key stays (CPython)
    return 0;
  }
  if (!EnsureRoom(vm, d) || !InsertClean(vm, d, key, hash, value)) return -1;
  return 0;
}

int DictSet(Interp& vm, DictObject* d, Value key, Value value) {
  Value dict_value = Value::FromObject(d);
  RootScope roots(vm);
  roots.Add(&dict_value);
  roots.Add(&key);
  roots.Add(&value);
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return DictSetWithHash(vm, d, key, hash, value);
}

int DictSetStr(Interp& vm, DictObject* d, std::string_view key, Value value) {
  StrObject* s = vm.Intern(key);
  if (s == nullptr) return -1;
  return DictSet(vm, d, Value::FromObject(s), value);
}

int DictDelWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out) {
  size_t slot = 0;
  int64_t ix = Lookup(vm, d, key, hash, &slot);
  if (ix == kLookupError) return -1;
  if (ix < 0) return 0;
  if (out != nullptr) *out = d->entries[ix].value;
  DeleteEntry(vm, d, slot, ix);
  return 1;
}

int DictDel(Interp& vm, DictObject* d, Value key, Value* out) {
  int64_t hash = Hash(vm, key);
  if (hash == -1) return -1;
  return DictDelWithHash(vm, d, key, hash, out);
}

int DictGetMoveToEnd(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out) {
  size_t slot = 0;
  int64_t ix = Lookup(vm, d, key, hash, &slot);
  if (ix == kLookupError) return -1;
  if (ix < 0) return 0;
  DictEntry e = d->entries[ix];
  *out = e.value;
  if (static_cast<size_t>(ix) + 1 == d->entries_used) return 1;  // already the last
  // Nothing below compares keys or runs Python: the entry is in a C++
  // local only between its deletion and its reinsertion.
  DeleteEntry(vm, d, slot, ix);
  if (!EnsureRoom(vm, d) || !InsertClean(vm, d, e.key, e.hash, e.value)) return -1;
  return 1;
}

int DictGetMoveToFront(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out) {
  size_t slot = 0;
  int64_t ix = Lookup(vm, d, key, hash, &slot);
  if (ix == kLookupError) return -1;
  if (ix < 0) return 0;
  *out = d->entries[ix].value;
  int64_t head = 0;
  while (d->entries[head].key.is_null()) ++head;
  if (head == ix) return 1;  // already the first
  if (head > 0) {
    // A deleted entry at the front takes it in place: same slot, new index.
    DictEntry e = d->entries[ix];
    DeleteEntry(vm, d, slot, ix);
    d->entries[0] = e;
    WriteIndex(d->indices, d->index_bytes, slot, 0);
    ++d->size;
    return 1;
  }
  return DictRebuild(vm, d, d->table_size, ix) ? 1 : -1;
}

bool DictDeleteEntryAt(Interp& vm, DictObject* d, size_t ix) {
  int64_t i = static_cast<int64_t>(ix);
  size_t slot = SlotOfEntry(vm, d, d->entries[ix].hash, i);
  if (slot == kProbeRefused) return false;
  DeleteEntry(vm, d, slot, i);
  return true;
}

bool DictNextWithHash(const DictObject* d, size_t* pos, Value* key, Value* value, int64_t* hash) {
  while (*pos < d->entries_used) {
    const DictEntry& e = d->entries[(*pos)++];
    if (!e.key.is_null()) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      if (hash) *hash = e.hash;
      return true;
    }
  }
  return false;
}

bool DictNext(const DictObject* d, size_t* pos, Value* key, Value* value) {
  return DictNextWithHash(d, pos, key, value, nullptr);
}

void DictClear(Interp& vm, DictObject* d) {
  void* buffer = d->indices;
  size_t buffer_bytes = TableBufferBytes(d->table_size, d->entries_capacity);
  d->entries = nullptr;
  d->indices = nullptr;
  d->entries_capacity = 0;
  d->entries_used = 0;
  d->table_size = 0;
  d->size = 0;
  NoteKeysChanged(vm, d);
  vm.FreeBuffer(buffer, buffer_bytes);
}

namespace {

// A new dict of `type` (a dict subclass allocates the same struct).
DictObject* NewDictOfType(Interp& vm, TypeObject* type) {
  return NewInstance<DictObject>(vm, type);
}

// Copies the live entries of `src` into empty `dst` (no comparisons).
bool CopyInto(Interp& vm, DictObject* dst, const DictObject* src) {
  if (src->size == 0) return true;
  if (!DictRebuild(vm, dst, TableSizeForEntries(src->size))) return false;
  if (!vm.ChargeItems(src->entries_used)) return false;
  for (size_t i = 0; i < src->entries_used; ++i) {
    const DictEntry& e = src->entries[i];
    if (!e.key.is_null() && !InsertClean(vm, dst, e.key, e.hash, e.value)) return false;
  }
  return true;
}

}  // namespace

DictObject* DictCopy(Interp& vm, DictObject* d) {
  DictObject* copy = NewDict(vm);
  if (copy == nullptr) return nullptr;
  if (!CopyInto(vm, copy, d)) return nullptr;
  return copy;
}

// ---- update / merge -------------------------------------------------------------

namespace {

// dict_merge for a dict source: every entry of `other` into `d`.
bool MergeDict(Interp& vm, DictObject* d, DictObject* other, Value* duplicate = nullptr) {
  if (other->size == 0) return true;
  if (other == d && duplicate == nullptr) return true;
  if (d->size == 0 && d->entries_used == 0) return CopyInto(vm, d, other);
  if (UsableFraction(d->table_size) < other->size) {
    if (!DictRebuild(vm, d, TableSizeForEntries(d->size + other->size))) return false;
  }
  size_t n = other->entries_used;
  DictEntry e;
  RootScope roots(vm);  // a user __eq__ may drop the entry from `other`
  roots.Add(&e.key);
  roots.Add(&e.value);
  for (size_t i = 0; i < n && i < other->entries_used; ++i) {
    if (!ChargeStep(vm, i)) return false;
    e = other->entries[i];
    if (e.key.is_null()) continue;
    if (duplicate != nullptr) {
      Value existing;
      int found = DictGetWithHash(vm, d, e.key, e.hash, &existing);
      if (found < 0) return false;
      if (found) {
        *duplicate = e.key;
        return false;
      }
    }
    if (DictSetWithHash(vm, d, e.key, e.hash, e.value) < 0) return false;
    if (n != other->entries_used) {
      vm.Raise(&kRuntimeErrorType, "dict mutated during update");
      return false;
    }
  }
  return true;
}

// dict_merge for a mapping with keys(): d[k] = m[k] for k in m.keys().
// The keys are first collected into a list, as CPython's PyMapping_Keys
// does, so a __getitem__ that changes the mapping cannot disturb the walk.
bool MergeMapping(Interp& vm, DictObject* d, Value mapping, Value keys_method,
                  Value* duplicate = nullptr) {
  Value keys = vm.Call0(keys_method);
  if (keys.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&keys);
  if (!HasType(keys, &kListType)) {
    ListObject* listed = ListFromIterable(vm, keys);
    if (listed == nullptr) return false;
    keys = Value::FromObject(listed);
  }
  Value it = GetIter(vm, keys);
  if (it.is_null()) return false;
  roots.Add(&it);
  Value key = Value::Null();
  roots.Add(&key);
  DrainBudget budget(vm, it);
  if (!budget.ok()) return false;
  for (;;) {
    if (!budget.Next()) return false;
    key = IterNext(vm, it);
    if (key.is_null()) return !vm.HasException();
    if (duplicate != nullptr) {
      Value existing;
      int found = DictGet(vm, d, key, &existing);
      if (found < 0) return false;
      if (found) {
        *duplicate = key;
        return false;
      }
    }
    Value value = GetItem(vm, mapping, key);
    if (value.is_null()) return false;
    if (DictSet(vm, d, key, value) < 0) return false;
  }
}

// PyDict_MergeFromSeq2: d[k] = v for each (k, v) pair of an iterable.
bool MergeFromSeq2(Interp& vm, DictObject* d, Value seq2) {
  Value it = GetIter(vm, seq2);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&it);
  Value item = Value::Null();
  Value fast = Value::Null();
  roots.Add(&item);
  roots.Add(&fast);
  DrainBudget budget(vm, it);
  if (!budget.ok()) return false;
  for (size_t i = 0;; ++i) {
    if (!budget.Next()) return false;
    item = IterNext(vm, it);
    if (item.is_null()) return !vm.HasException();
    fast = SequenceFast(vm, item, "");
    if (fast.is_null()) {
      if (vm.ExceptionMatches(&kTypeErrorType)) {
        vm.ClearException();
        vm.RaiseFormat(&kTypeErrorType,
                       "cannot convert dictionary update sequence element #%d to a sequence", i);
      }
      return false;
    }
    size_t n;
    const Value* pair = SequenceFastItems(fast, &n);
    if (n != 2) {
      vm.RaiseFormat(&kValueErrorType,
                     "dictionary update sequence element #%d has length %d; 2 is required", i, n);
      return false;
    }
    if (DictSet(vm, d, pair[0], pair[1]) < 0) return false;
  }
}

}  // namespace

bool DictUpdate(Interp& vm, DictObject* d, Value other) {
  if (HasType(other, &kDictType)) return MergeDict(vm, d, AsDict(other));
  StrObject* keys_name = vm.Intern("keys");
  Value keys_method = GetAttrOptional(vm, other, keys_name);
  if (keys_method.is_null()) {
    if (vm.HasException()) return false;
    return MergeFromSeq2(vm, d, other);
  }
  RootScope roots(vm);
  roots.Add(&keys_method);
  if (IsDictMergedDirectly(other)) return MergeDict(vm, d, AsDict(other));
  return MergeMapping(vm, d, other, keys_method);
}

bool DictMergeMapping(Interp& vm, DictObject* d, Value mapping, Value* duplicate) {
  if (IsDictMergedDirectly(mapping)) return MergeDict(vm, d, AsDict(mapping), duplicate);
  StrObject* keys_name = vm.Intern("keys");
  Value keys_method = GetAttr(vm, mapping, keys_name);
  if (keys_method.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&keys_method);
  return MergeMapping(vm, d, mapping, keys_method, duplicate);
}

namespace {

// update(arg, **kwargs) as dict() and dict.update() take them.
bool UpdateFromArgs(Interp& vm, DictObject* d, CallArgs args) {
  if (args.nargs == 1 && !DictUpdate(vm, d, args.args[0])) return false;
  for (size_t k = 0; k < args.nkwargs(); ++k) {
    Value name = args.kwnames->items[k];
    if (DictSet(vm, d, name, args.args[args.nargs + k]) < 0) return false;
  }
  return true;
}

// ---- Core slots ---------------------------------------------------------------------

void DictTrace(Object* self, GcTracer& tracer) {
  auto* d = static_cast<DictObject*>(self);
  for (size_t i = 0; i < d->entries_used; ++i) {
    const DictEntry& e = d->entries[i];
    if (e.key.is_null()) continue;
    tracer.Visit(e.key);
    tracer.Visit(e.value);
  }
}

void DictFinalize(Heap& heap, Object* self) {
  auto* d = static_cast<DictObject*>(self);
  FreeTable(heap, d);
  d->entries = nullptr;
  d->indices = nullptr;
  d->entries_capacity = d->entries_used = d->table_size = d->size = 0;
}

Value DictRepr(Interp& vm, Value self) {
  DictObject* d = AsDict(self);
  if (d->size == 0) return NewStrValue(vm, "{}");
  ReprGuard repr_guard(d);
  if (repr_guard.active()) return NewStrValue(vm, "{...}");
  NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  ReprText repr(vm);
  std::string& out = repr.text();
  out += "{";
  bool first = true;
  DictEntry e;
  RootScope roots(vm);  // a user __repr__ may drop the entry
  roots.Add(&e.key);
  roots.Add(&e.value);
  for (size_t i = 0; i < d->entries_used; ++i) {
    if (!ChargeStep(vm, i) || !repr.Reserve()) return Value::Null();
    e = d->entries[i];
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!AppendRepr(vm, e.key, &out)) return Value::Null();
    out += ": ";
    if (!AppendRepr(vm, e.value, &out)) return Value::Null();
  }
  out += "}";
  return NewStrValue(vm, out);
}

// dict_equal: 1/0, -1 on exception.
int DictEqual(Interp& vm, DictObject* a, DictObject* b) {
  if (a->size != b->size) return 0;
  DictEntry e;
  RootScope roots(vm);  // a user __eq__ may drop the entry from `a`
  roots.Add(&e.key);
  roots.Add(&e.value);
  for (size_t i = 0; i < a->entries_used; ++i) {
    if (!ChargeStep(vm, i)) return -1;
    e = a->entries[i];
    if (e.key.is_null()) continue;
    Value bval;
    int found = DictGetWithHash(vm, b, e.key, e.hash, &bval);
    if (found <= 0) return found;
    int cmp = Equals(vm, e.value, bval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

Value DictRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!IsDict(a) || !IsDict(b) || (op != CompareOp::kEq && op != CompareOp::kNe)) {
    return Value::NotImplemented();
  }
  NativeDepthGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  int eq = DictEqual(vm, AsDict(a), AsDict(b));
  if (eq < 0) return Value::Null();
  return Value::Bool(op == CompareOp::kEq ? eq != 0 : eq == 0);
}

int64_t DictLen(Interp& vm, Value self) { return static_cast<int64_t>(AsDict(self)->size); }

int DictContainsSlot(Interp& vm, Value self, Value key) {
  return DictContains(vm, AsDict(self), key);
}

// dict_subscript: a missing key asks a subclass's __missing__ first.
Value DictSubscript(Interp& vm, Value self, Value key) {
  Value value;
  int found = DictGet(vm, AsDict(self), key, &value);
  if (found < 0) return Value::Null();
  if (found > 0) return value;
  TypeObject* t = TypeOf(self);
  TypeAttr missing;
  if (t != &kDictType && FindTypeAttr(vm, t, vm.Intern("__missing__"), &missing)) {
    RootScope roots(vm);
    roots.Add(&key);
    Value fn = BindTypeAttr(vm, missing, self, t);
    if (fn.is_null()) return fn;
    roots.Add(&fn);
    return vm.Call1(fn, key);
  }
  return vm.RaiseKeyError(key);
}

int DictAssSubscript(Interp& vm, Value self, Value key, Value value) {
  if (!value.is_null()) return DictSet(vm, AsDict(self), key, value);
  int deleted = DictDel(vm, AsDict(self), key);
  if (deleted < 0) return -1;
  if (deleted == 0) {
    vm.RaiseKeyError(key);
    return -1;
  }
  return 0;
}

Value DictIter(Interp& vm, Value self) {
  return NewHashIterator(vm, &kDictKeyIteratorType, self, AsDict(self)->size);
}

// PyDict_Copy, as dict.copy() and `|` copy a dict: a non-empty dict whose
// class overrides __iter__ is copied through PyDict_Merge, which reads it
// with keys() and __getitem__; any other is copied entry by entry.
Value DictCopyOf(Interp& vm, Value self) {
  if (AsDict(self)->size == 0 || IsDictMergedDirectly(self)) {
    DictObject* copy = DictCopy(vm, AsDict(self));
    return copy ? Value::FromObject(copy) : Value::Null();
  }
  DictObject* copy = NewDict(vm);
  if (copy == nullptr) return Value::Null();
  Value result = Value::FromObject(copy);
  RootScope roots(vm);
  roots.Add(&result);
  if (!DictUpdate(vm, copy, self)) return Value::Null();
  return result;
}

Value DictOr(Interp& vm, Value a, Value b) {
  if (!IsDict(a) || !IsDict(b)) return Value::NotImplemented();
  Value result = DictCopyOf(vm, a);
  if (result.is_null()) return Value::Null();
  RootScope roots(vm);
  roots.Add(&result);
  if (!DictUpdate(vm, AsDict(result), b)) return Value::Null();
  return result;
}

Value DictInplaceOr(Interp& vm, Value a, Value b) {
  if (!IsDict(a)) return Value::NotImplemented();
  if (!DictUpdate(vm, AsDict(a), b)) return Value::Null();
  return a;
}

// ---- Methods ---------------------------------------------------------------------------

Value NewView(Interp& vm, TypeObject* type, Value dict) {
  DictViewObject* v = vm.New<DictViewObject>(type);
  if (v == nullptr) return Value::Null();
  v->dict = AsDict(dict);
  return Value::FromObject(v);
}

Value DictKeys(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.keys")) return Value::Null();
  return NewView(vm, &kDictKeysType, self);
}

Value DictValues(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.values")) return Value::Null();
  return NewView(vm, &kDictValuesType, self);
}

Value DictItems(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.items")) return Value::Null();
  return NewView(vm, &kDictItemsType, self);
}

Value DictClearMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.clear")) return Value::Null();
  DictObject* d = AsDict(self);
  if (vm.heap().live_finalizables() == 0) {
    DictClear(vm, d);
    return Value::None();
  }
  // CPython drops the entries in order, each key before its value,
  // finalizing those the dict held the last reference to (vm/finalize.h).
  std::vector<Value> removed;
  removed.reserve(2 * d->size);
  size_t pos = 0;
  Value key, value;
  while (DictNext(d, &pos, &key, &value)) {
    removed.push_back(key);
    removed.push_back(value);
  }
  DictClear(vm, d);
  if (!FinalizeDropped(vm, removed.data(), removed.size())) return Value::Null();
  return Value::None();
}

Value DictCopyMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.copy")) return Value::Null();
  return DictCopyOf(vm, self);
}

Value DictGetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "dict.get") || !CheckPositionalCount(vm, args, "get", 1, 2)) {
    return Value::Null();
  }
  Value value;
  int found = DictGet(vm, AsDict(self), args.args[0], &value);
  if (found < 0) return Value::Null();
  if (found > 0) return value;
  return args.nargs == 2 ? args.args[1] : Value::None();
}

Value DictPop(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "dict.pop") || !CheckPositionalCount(vm, args, "pop", 1, 2)) {
    return Value::Null();
  }
  // _PyDict_Pop: an empty dict misses without hashing the key, so
  // {}.pop([]) is a KeyError, not "unhashable type".
  Value value;
  int deleted = AsDict(self)->size == 0 ? 0 : DictDel(vm, AsDict(self), args.args[0], &value);
  if (deleted < 0) return Value::Null();
  if (deleted > 0) return value;
  if (args.nargs == 2) return args.args[1];
  return vm.RaiseKeyError(args.args[0]);
}

Value DictPopItem(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.popitem")) return Value::Null();
  DictObject* d = AsDict(self);
  if (d->size == 0) return vm.Raise(&kKeyErrorType, "popitem(): dictionary is empty");
  size_t i = d->entries_used;
  while (d->entries[i - 1].key.is_null()) --i;
  int64_t ix = static_cast<int64_t>(i - 1);
  Value pair[2] = {d->entries[ix].key, d->entries[ix].value};
  TupleObject* t = NewTupleFrom(vm, pair, 2);
  if (t == nullptr) return Value::Null();
  size_t slot = SlotOfEntry(vm, d, d->entries[ix].hash, ix);
  if (slot == kProbeRefused) return Value::Null();
  DeleteEntry(vm, d, slot, ix);
  // The entries from ix on are all deleted now: forget them, so the next
  // popitem does not walk back over them (dict_popitem_impl's dk_nentries).
  d->entries_used = static_cast<size_t>(ix);
  return Value::FromObject(t);
}

Value DictSetDefault(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "dict.setdefault") ||
      !CheckPositionalCount(vm, args, "setdefault", 1, 2)) {
    return Value::Null();
  }
  DictObject* d = AsDict(self);
  Value key = args.args[0];
  Value dflt = args.nargs == 2 ? args.args[1] : Value::None();
  int64_t hash = Hash(vm, key);
  if (hash == -1) return Value::Null();
  // One lookup, as CPython's dict_setdefault: a missing key is inserted in
  // a free slot without comparing it again (its __eq__ runs once).
  int64_t ix = Lookup(vm, d, key, hash, nullptr);
  if (ix == kLookupError) return Value::Null();
  if (ix >= 0) return d->entries[ix].value;
  if (!EnsureRoom(vm, d) || !InsertClean(vm, d, key, hash, dflt)) return Value::Null();
  return dflt;
}

Value DictUpdateMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckPositionalCount(vm, args, "update", 0, 1)) return Value::Null();
  if (!UpdateFromArgs(vm, AsDict(self), args)) return Value::Null();
  return Value::None();
}

Value DictFromKeys(Interp& vm, Value cls, CallArgs args) {
  if (!CheckNoKeywords(vm, args, ClassMethodQualname(cls, "fromkeys").c_str()) ||
      !CheckPositionalCount(vm, args, "fromkeys", 1, 2)) {
    return Value::Null();
  }
  Value iterable = args.args[0];
  Value value = args.nargs == 2 ? args.args[1] : Value::None();
  Value result = Value::Null();
  RootScope roots(vm);
  roots.Add(&result);
  if (cls.Is(Value::FromObject(&kDictType))) {
    DictObject* d = NewDict(vm);
    if (d == nullptr) return Value::Null();
    result = Value::FromObject(d);
  } else {
    result = vm.Call0(cls);
    if (result.is_null()) return result;
  }
  if (HasType(result, &kDictType) &&
      (HasType(iterable, &kSetType) || HasType(iterable, &kFrozenSetType))) {
    // CPython's fast path: the set's stored hashes, no __hash__ called. The
    // table is re-read at each step, since an __eq__ may change the set.
    SetObject* so = As<SetObject>(iterable);
    if (!vm.ChargeItems(so->mask + 1)) return Value::Null();
    for (size_t i = 0; so->table != nullptr && i <= so->mask; ++i) {
      SetEntry e = so->table[i];
      if (e.key.is_null()) continue;
      if (DictSetWithHash(vm, AsDict(result), e.key, e.hash, value) < 0) return Value::Null();
    }
    return result;
  }
  if (HasType(result, &kDictType) && HasType(iterable, &kDictType)) {
    // The same for a dict: its stored hashes, and its entries re-read at
    // each step (an __eq__ on a collision may change it).
    DictObject* source = AsDict(iterable);
    if (!vm.ChargeItems(source->entries_used)) return Value::Null();
    Value key = Value::Null();
    roots.Add(&key);
    int64_t hash;
    for (size_t pos = 0; DictNextWithHash(source, &pos, &key, nullptr, &hash);) {
      if (DictSetWithHash(vm, AsDict(result), key, hash, value) < 0) return Value::Null();
    }
    return result;
  }
  Value it = GetIter(vm, iterable);
  if (it.is_null()) return it;
  roots.Add(&it);
  DrainBudget budget(vm, it);
  if (!budget.ok()) return Value::Null();
  for (;;) {
    if (!budget.Next()) return Value::Null();
    Value key = IterNext(vm, it);
    if (key.is_null()) break;
    if (HasType(result, &kDictType)) {
      if (DictSet(vm, AsDict(result), key, value) < 0) return Value::Null();
    } else if (SetItem(vm, result, key, value) < 0) {
      return Value::Null();
    }
  }
  if (vm.HasException()) return Value::Null();
  return result;
}

Value DictReversed(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "dict.__reversed__")) return Value::Null();
  return NewHashIterator(vm, &kDictReverseKeyIteratorType, self, AsDict(self)->size);
}

Value DictContainsMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "dict.__contains__")) return Value::Null();
  int k = DictContains(vm, AsDict(self), args.args[0]);
  if (k < 0) return Value::Null();
  return Value::Bool(k != 0);
}

// dict.__new__: an empty dict of `subtype`; the arguments are __init__'s.
Value DictNew(Interp& vm, TypeObject* subtype, CallArgs) {
  DictObject* d = NewDictOfType(vm, subtype);
  return d ? Value::FromObject(d) : Value::Null();
}

// dict.__init__(mapping_or_iterable=(), /, **kwargs): dict_update_common.
int DictInit(Interp& vm, Value self, CallArgs args) {
  if (!CheckPositionalCount(vm, args, "dict", 0, 1)) return -1;
  RootScope roots(vm);
  roots.Add(&self);
  return UpdateFromArgs(vm, AsDict(self), args) ? 0 : -1;
}

// dict(...): the same two steps as for a subclass.
Value DictConstruct(Interp& vm, Value cls, CallArgs args) {
  Value d = DictNew(vm, As<TypeObject>(cls), args);
  if (d.is_null()) return d;
  RootScope roots(vm);
  roots.Add(&d);
  return DictInit(vm, d, args) < 0 ? Value::Null() : d;
}

Value DictGetItemMethod(Interp& vm, Value self, CallArgs args) {
  return GetItemMethod(vm, self, args, "dict.__getitem__");
}

const MethodDef kDictMethods[] = {
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    CountedMethod("__contains__", DictContainsMethod),
    CountedMethod("__getitem__", DictGetItemMethod),
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    CountedMethod("__reversed__", DictReversed),
    CountedMethod("clear", DictClearMethod),
    CountedMethod("copy", DictCopyMethod),
    {"fromkeys", DictFromKeys, MethodKind::kClassMethod},
    {"get", DictGetMethod},
    CountedMethod("items", DictItems),
    CountedMethod("keys", DictKeys),
    {"pop", DictPop},
    CountedMethod("popitem", DictPopItem),
    {"setdefault", DictSetDefault},
    {"update", DictUpdateMethod},
    CountedMethod("values", DictValues),
    {nullptr, nullptr},
};

// ---- Views ---------------------------------------------------------------------------

DictViewObject* AsView(Value v) { return As<DictViewObject>(v); }

void ViewTrace(Object* self, GcTracer& tracer) {
  tracer.VisitPtr(static_cast<DictViewObject*>(self)->dict);
}

int64_t ViewLen(Interp& vm, Value self) { return static_cast<int64_t>(AsView(self)->dict->size); }

Value ViewIter(Interp& vm, Value self) {
  TypeObject* type = TypeOf(self);
  TypeObject* iter_type = type == &kDictKeysType     ? &kDictKeyIteratorType
                          : type == &kDictValuesType ? &kDictValueIteratorType
                                                     : &kDictItemIteratorType;
  DictObject* d = AsView(self)->dict;
  return NewHashIterator(vm, iter_type, Value::FromObject(d), d->size);
}

Value ViewReversed(Interp& vm, Value self, CallArgs args) {
  TypeObject* type = TypeOf(self);
  const char* name = type == &kDictKeysType     ? "dict_keys.__reversed__"
                     : type == &kDictValuesType ? "dict_values.__reversed__"
                                                : "dict_items.__reversed__";
  if (!CheckMethodNoArgs(vm, args, name)) return Value::Null();
  TypeObject* iter_type = type == &kDictKeysType     ? &kDictReverseKeyIteratorType
                          : type == &kDictValuesType ? &kDictReverseValueIteratorType
                                                     : &kDictReverseItemIteratorType;
  DictObject* d = AsView(self)->dict;
  return NewHashIterator(vm, iter_type, Value::FromObject(d), d->size);
}

int KeysContains(Interp& vm, Value self, Value key) {
  return DictContains(vm, AsView(self)->dict, key);
}

// dictitems_contains: (k, v) in d.items().
int ItemsContains(Interp& vm, Value self, Value item) {
  if (!IsTuple(item) || As<TupleObject>(item)->size != 2) return 0;
  TupleObject* t = As<TupleObject>(item);
  Value found;
  int k = DictGet(vm, AsView(self)->dict, t->items[0], &found);
  if (k <= 0) return k;
  return Equals(vm, found, TupleItems(t)[1]);
}

int ViewContains(Interp& vm, Value view, Value item) {
  TypeObject* type = TypeOf(view);
  if (type == &kDictKeysType) return KeysContains(vm, view, item);
  return ItemsContains(vm, view, item);
}

// dictview_repr: "dict_keys([...])".
Value ViewRepr(Interp& vm, Value self) {
  ReprGuard repr_guard(self.object());
  if (repr_guard.active()) return NewStrValue(vm, "...");
  ListObject* list = ListFromIterable(vm, self);
  if (list == nullptr) return Value::Null();
  Value root = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&root);
  // repr(list) has charged its text; this copy of it is charged too.
  ScratchCharge scratch(vm);
  std::string out = TypeOf(self)->name;
  out += "(";
  Value list_repr = Repr(vm, root);
  if (list_repr.is_null()) return list_repr;
  std::string_view text = As<StrObject>(list_repr)->view();
  if (!scratch.Charge(out.size() + text.size() + 1)) return Value::Null();
  out += text;
  out += ")";
  return NewStrValue(vm, out);
}

bool IsSetLikeView(Value v) { return HasType(v, &kDictKeysType) || HasType(v, &kDictItemsType); }

// all_contained_in: every item of `self` is in `other`.
int AllContainedIn(Interp& vm, Value self, Value other) {
  Value it = GetIter(vm, self);
  if (it.is_null()) return -1;
  RootScope roots(vm);
  roots.Add(&it);
  for (uint64_t done = 0;; ++done) {
    if (!ChargeStep(vm, done)) return -1;
    Value item = IterNext(vm, it);
    if (item.is_null()) return vm.HasException() ? -1 : 1;
    int k = Contains(vm, other, item);
    if (k <= 0) return k;
  }
}

Value ViewRichCompare(Interp& vm, Value self, Value other, CompareOp op) {
  if (!IsSetLikeView(self) || (!IsAnySet(other) && !IsSetLikeView(other))) {
    return Value::NotImplemented();
  }
  int64_t len_self = Length(vm, self);
  if (len_self < 0) return Value::Null();
  int64_t len_other = Length(vm, other);
  if (len_other < 0) return Value::Null();
  int ok = 0;
  switch (op) {
    case CompareOp::kNe:
    case CompareOp::kEq:
      if (len_self == len_other) ok = AllContainedIn(vm, self, other);
      if (op == CompareOp::kNe && ok >= 0) ok = !ok;
      break;
    case CompareOp::kLt:
      if (len_self < len_other) ok = AllContainedIn(vm, self, other);
      break;
    case CompareOp::kLe:
      if (len_self <= len_other) ok = AllContainedIn(vm, self, other);
      break;
    case CompareOp::kGt:
      if (len_self > len_other) ok = AllContainedIn(vm, other, self);
      break;
    case CompareOp::kGe:
      if (len_self >= len_other) ok = AllContainedIn(vm, other, self);
      break;
  }
  if (ok < 0) return Value::Null();
  return Value::Bool(ok != 0);
}

// dictviews_to_set: set(a) as the start of a view operation; a keys view
// of an exact dict is built from the dict (set's presizing fast path, which
// gives a different table than iterating the view).
Value SetOf(Interp& vm, Value a) {
  if (HasType(a, &kDictKeysType) && HasType(Value::FromObject(AsView(a)->dict), &kDictType)) {
    a = Value::FromObject(AsView(a)->dict);
  }
  SetObject* s = SetFromIterable(vm, a);
  return s ? Value::FromObject(s) : Value::Null();
}

Value ViewOr(Interp& vm, Value a, Value b) {
  if (!IsSetLikeView(a) && !IsSetLikeView(b)) return Value::NotImplemented();
  Value result = SetOf(vm, a);
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  if (!SetUpdateFromIterable(vm, As<SetObject>(result), b)) return Value::Null();
  return result;
}

Value ViewSub(Interp& vm, Value a, Value b) {
  if (!IsSetLikeView(a) && !IsSetLikeView(b)) return Value::NotImplemented();
  Value result = SetOf(vm, a);
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  if (!SetDifferenceUpdate(vm, As<SetObject>(result), b)) return Value::Null();
  return result;
}

Value ViewXor(Interp& vm, Value a, Value b) {
  if (!IsSetLikeView(a) && !IsSetLikeView(b)) return Value::NotImplemented();
  Value result = SetOf(vm, a);
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  if (!SetSymmetricDifferenceUpdate(vm, As<SetObject>(result), b)) return Value::Null();
  return result;
}

// _PyDictView_Intersect.
Value ViewAnd(Interp& vm, Value a, Value b) {
  if (!IsSetLikeView(a) && !IsSetLikeView(b)) return Value::NotImplemented();
  Value self = a, other = b;
  if (!IsSetLikeView(self)) std::swap(self, other);
  int64_t len_self = ViewLen(vm, self);
  if (HasType(other, &kSetType)) {
    int64_t len_other = As<SetObject>(other)->used;
    if (len_self <= len_other) return SetIntersection(vm, As<SetObject>(other), self);
  }
  if (IsSetLikeView(other) && ViewLen(vm, other) > len_self) std::swap(self, other);
  Value result = Value::Null();
  RootScope roots(vm);
  roots.Add(&result);
  SetObject* s = NewSet(vm);
  if (s == nullptr) return Value::Null();
  result = Value::FromObject(s);
  Value it = GetIter(vm, other);
  if (it.is_null()) return it;
  roots.Add(&it);
  Value key = Value::Null();
  roots.Add(&key);
  bool keys = HasType(self, &kDictKeysType);
  for (uint64_t done = 0;; ++done) {
    if (!ChargeStep(vm, done)) return Value::Null();
    key = IterNext(vm, it);
    if (key.is_null()) break;
    int k = keys ? KeysContains(vm, self, key) : ItemsContains(vm, self, key);
    if (k < 0) return Value::Null();
    if (k > 0 && SetAdd(vm, s, key) < 0) return Value::Null();
  }
  if (vm.HasException()) return Value::Null();
  return result;
}

Value ViewIsDisjoint(Interp& vm, Value self, CallArgs args) {
  const char* name =
      HasType(self, &kDictKeysType) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
  if (!CheckMethodOneArg(vm, args, name)) return Value::Null();
  Value other = args.args[0];
  if (self.Is(other)) return Value::Bool(ViewLen(vm, self) == 0);
  Value container = self, iterated = other;
  if (IsAnySet(other) || IsSetLikeView(other)) {
    int64_t len_self = ViewLen(vm, self);
    int64_t len_other = Length(vm, other);
    if (len_other < 0) return Value::Null();
    if (len_other > len_self) std::swap(container, iterated);
  }
  Value it = GetIter(vm, iterated);
  if (it.is_null()) return it;
  RootScope roots(vm);
  roots.Add(&it);
  for (uint64_t done = 0;; ++done) {
    if (!ChargeStep(vm, done)) return Value::Null();
    Value item = IterNext(vm, it);
    if (item.is_null()) break;
    int k = Contains(vm, container, item);
    if (k < 0) return Value::Null();
    if (k > 0) return Value::False();
  }
  if (vm.HasException()) return Value::Null();
  return Value::True();
}

// dictview_mapping: a read-only proxy of the view's dict. Refused for the
// views of a class's read-only `__dict__` (tests/escapes/
// class_dict_proxy_write.py): they lead to the class namespace.
Value ViewGetMapping(Interp& vm, Value self, CallArgs) {
  DictObject* dict = AsView(self)->dict;
  if ((dict->gc_flags & kObjClassNamespace) != 0) {
    return vm.Raise(&kAttributeErrorType,
                    "'mapping' of a class namespace is not available in the sandbox");
  }
  MappingProxyObject* proxy = NewMappingProxy(vm, dict);
  return proxy == nullptr ? Value::Null() : Value::FromObject(proxy);
}

const MethodDef kSetLikeViewMethods[] = {
    {"__contains__", SlotWrapperContains}, {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},           {"__reversed__", ViewReversed},
    {"isdisjoint", ViewIsDisjoint},        {"mapping", ViewGetMapping, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kValuesViewMethods[] = {
    {"__iter__", SlotWrapperIter},
    {"__len__", SlotWrapperLen},
    {"__reversed__", ViewReversed},
    {"mapping", ViewGetMapping, MethodKind::kGetter},
    {nullptr, nullptr},
};

void InitView(TypeObject* type, const char* name, const MethodDef* methods, bool set_like) {
  InitStaticType(type, name, &kObjectType);
  type->trace = ViewTrace;
  type->repr = ViewRepr;
  type->len = ViewLen;
  type->iter = ViewIter;
  type->methods = methods;
  // dict_values has no __contains__ in CPython: `in` walks the values
  // iterator (Contains' fallback), so a comparison that changes the dict
  // ends the search with that iterator's RuntimeError at the next step.
  if (set_like) {
    type->contains = ViewContains;
    type->hash = nullptr;
    type->richcompare = ViewRichCompare;
    type->binary[static_cast<int>(BinaryOp::kAnd)] = ViewAnd;
    type->binary[static_cast<int>(BinaryOp::kOr)] = ViewOr;
    type->binary[static_cast<int>(BinaryOp::kSubtract)] = ViewSub;
    type->binary[static_cast<int>(BinaryOp::kXor)] = ViewXor;
  }
}

}  // namespace

void InitDictType() {
  InitStaticType(&kDictType, "dict", &kObjectType,
                 kTypeBaseType | kTypeMapping | kTypeVectorcall);
  kDictType.trace = DictTrace;
  kDictType.finalize = DictFinalize;
  kDictType.repr = DictRepr;
  kDictType.richcompare = DictRichCompare;
  kDictType.len = DictLen;
  kDictType.contains = DictContainsSlot;
  kDictType.getitem = DictSubscript;
  kDictType.setitem = DictAssSubscript;
  kDictType.iter = DictIter;
  kDictType.binary[static_cast<int>(BinaryOp::kOr)] = DictOr;
  kDictType.inplace[static_cast<int>(BinaryOp::kOr)] = DictInplaceOr;
  kDictType.methods = kDictMethods;
  kDictType.construct = DictConstruct;
  kDictType.basic_size = sizeof(DictObject);
  kDictType.new_instance = DictNew;
  kDictType.init = DictInit;

  InitView(&kDictKeysType, "dict_keys", kSetLikeViewMethods, true);
  InitView(&kDictItemsType, "dict_items", kSetLikeViewMethods, true);
  InitView(&kDictValuesType, "dict_values", kValuesViewMethods, false);
}

}  // namespace moat::vm
