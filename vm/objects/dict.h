// dict: insertion-ordered hash table (CPython's compact layout): a dense
// `entries` array in insertion order and a sparse `indices` table of
// positions into it, open addressing with CPython's perturbed probing.
//
// Invariants: entries[0..entries_used) holds live entries and tombstones
// (key == Null); `size` counts live entries. indices has `table_size`
// (power of two) slots: -1 empty, -2 dummy, else an entry position. Both
// live in one buffer, the indices first, each `index_bytes` wide: 1 byte
// for tables up to 128 slots, 2 up to 32768, 4 up to 2^31, else 8 (as
// CPython's dk_indices), so a small dict's table is one small block.
// `version` changes on every insertion or deletion so iterators can detect
// "dictionary changed size during iteration"; it never changes on a value
// update, which the inline caches of global sites rely on
// (vm/inline_cache.h).
// Hazards: lookups hash and compare keys, which for user objects runs
// Python: every function here may raise; those that compare may collect.
//
// Sizes follow CPython 3.11 (Objects/dictobject.c): tables of 8 << k slots,
// at most 2/3 of them usable for entries; a full entries array is rebuilt
// (tombstones dropped) at the size for 3 * live entries. `version` also
// changes when the tables are rebuilt, which is how a lookup notices that a
// user __eq__ changed the dict under it and restarts.
#ifndef MOAT_VM_OBJECTS_DICT_H_
#define MOAT_VM_OBJECTS_DICT_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kDictType;
extern TypeObject kDictKeysType;
extern TypeObject kDictValuesType;
extern TypeObject kDictItemsType;

struct DictObject;

struct DictEntry {
  int64_t hash;
  Value key;  // Null: deleted
  Value value;
};

// A view: dict.keys(), dict.values(), dict.items().
struct DictViewObject : Object {
  DictObject* dict;
};

struct DictObject : Object {
  size_t size;
  size_t entries_used;
  size_t entries_capacity;
  DictEntry* entries;  // inside the buffer that `indices` starts
  size_t table_size;
  void* indices;       // the table buffer: indices, then entries
  uint64_t version;
  uint8_t index_bytes;  // width of one index: 1, 2, 4 or 8
};

// Slot `slot` of an index table whose indices are `width` bytes wide: an
// entry position, -1 empty, -2 dummy.
inline int64_t ReadDictIndex(const void* indices, uint8_t width, size_t slot) {
  switch (width) {
    case 1: return static_cast<const int8_t*>(indices)[slot];
    case 2: return static_cast<const int16_t*>(indices)[slot];
    case 4: return static_cast<const int32_t*>(indices)[slot];
    default: return static_cast<const int64_t*>(indices)[slot];
  }
}

inline int64_t DictIndexAt(const DictObject* d, size_t slot) {
  return ReadDictIndex(d->indices, d->index_bytes, slot);
}

inline bool IsDict(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kDictType); }
// A dict (or subclass) whose class does not override __iter__: merging it
// into another dict reads its entries directly, ignoring any keys() or
// __getitem__ override (dict_merge's test of tp_iter); any other mapping is
// read through keys() and __getitem__.
inline bool IsDictMergedDirectly(Value v) {
  return IsDict(v) && v.object()->type->iter == kDictType.iter;
}

DictObject* NewDict(Interp& vm);
// 1 found (*out set), 0 missing, -1 exception.
int DictGet(Interp& vm, DictObject* d, Value key, Value* out);
// Lookup of a str key that cannot raise (str keys compare natively).
Value DictGetStr(Interp& vm, DictObject* d, StrObject* key);
// The same lookup giving the index of the key's entry in d->entries, or -1:
// valid until the dict's version changes.
int64_t DictFindStr(Interp& vm, const DictObject* d, StrObject* key);
// 0 ok, -1 exception.
int DictSet(Interp& vm, DictObject* d, Value key, Value value);
int DictSetStr(Interp& vm, DictObject* d, std::string_view key, Value value);
// 1 deleted, 0 missing, -1 exception. *out (if given) receives the value.
int DictDel(Interp& vm, DictObject* d, Value key, Value* out = nullptr);
// Iterates live entries: start with *pos = 0; false at the end.
bool DictNext(const DictObject* d, size_t* pos, Value* key, Value* value);
void DictClear(Interp& vm, DictObject* d);
// d.update(other) for a dict or an iterable of pairs / mapping with keys().
bool DictUpdate(Interp& vm, DictObject* d, Value other);
// PyDict_Update for `{**m}` and `f(**m)`: `mapping` is a dict or any object
// with keys() and __getitem__; without keys() the AttributeError is left
// pending for the caller to turn into its "is not a mapping" message.
// With `duplicate` (rooted by the caller), a key `d` already holds stops the
// merge: *duplicate is set to it and false returned with nothing pending
// (_PyDict_MergeEx's override=2, for `f(**m)`).
bool DictMergeMapping(Interp& vm, DictObject* d, Value mapping, Value* duplicate = nullptr);
DictObject* DictCopy(Interp& vm, DictObject* d);
// Same as DictGet/DictSet/DictDel with the key's hash already computed.
int DictGetWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out);
int DictSetWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value value);
int DictDelWithHash(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out = nullptr);
// Like DictNext, also giving the stored hash.
bool DictNextWithHash(const DictObject* d, size_t* pos, Value* key, Value* value, int64_t* hash);
// 1/0 membership, -1 on exception.
int DictContains(Interp& vm, DictObject* d, Value key);
// For an ordered cache (functools.lru_cache): DictGetWithHash that, on a
// hit, also moves the entry to the end of the order (keeping its key
// object; no further comparisons). The move may rebuild the tables. 1 found
// (*out set), 0 missing, -1 exception (the entry may then be gone).
int DictGetMoveToEnd(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out);
// The same moving the entry to the front (OrderedDict.move_to_end(key,
// last=False)): in place when the front entry is deleted, else the tables
// are rebuilt, which may fail with MemoryError or the limit's error and
// then leaves the dict as it was.
int DictGetMoveToFront(Interp& vm, DictObject* d, Value key, int64_t hash, Value* out);
// Deletes the live entry at index `ix` of d->entries (found through its
// stored hash, no comparisons). False with the limit's error pending.
bool DictDeleteEntryAt(Interp& vm, DictObject* d, size_t ix);
inline bool IsDictView(Value v) {
  return v.is_object() &&
         (v.object()->type == &kDictKeysType || v.object()->type == &kDictValuesType ||
          v.object()->type == &kDictItemsType);
}

void InitDictType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_DICT_H_
