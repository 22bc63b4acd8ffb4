// set and frozenset: open-addressing hash tables with exactly CPython 3.11's
// algorithm (Objects/setobject.c: LINEAR_PROBES, perturbation, fill/used,
// resize policy), so iteration order — what print({3, 1, 2}) shows — is the
// same as CPython's for the same hashes.
//
// The table is allocated lazily: a new set has mask 7 and no buffer yet
// (CPython's smalltable), and it is freed back to that state by clear().
//
// Invariants: table has mask+1 slots (power of two, >= 8); a slot's key is
// Null (never used), the dummy sentinel, or a live key. `used` counts live
// keys, `fill` live + dummy. Hazards: lookups hash and compare keys and may
// run Python for user objects.
#ifndef MOAT_VM_OBJECTS_SET_H_
#define MOAT_VM_OBJECTS_SET_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kSetType;
extern TypeObject kFrozenSetType;

struct SetEntry {
  Value key;
  int64_t hash;
};

struct SetObject : Object {
  size_t fill;
  size_t used;
  size_t mask;
  SetEntry* table;
  size_t finger;  // for pop()
  int64_t hash;   // frozenset hash cache, -1 if not computed
  uint64_t version;
};

inline bool IsAnySet(Value v) {
  return v.is_object() &&
         (IsSubtype(v.object()->type, &kSetType) || IsSubtype(v.object()->type, &kFrozenSetType));
}

SetObject* NewSet(Interp& vm, TypeObject* type = &kSetType);
// 0 ok, -1 exception.
int SetAdd(Interp& vm, SetObject* s, Value key);
// 1 present, 0 absent, -1 exception.
int SetContains(Interp& vm, SetObject* s, Value key);
// 1 removed, 0 absent, -1 exception.
int SetDiscard(Interp& vm, SetObject* s, Value key);
bool SetUpdateFromIterable(Interp& vm, SetObject* s, Value iterable);
// Iterates live keys: start with *pos = 0; false at the end.
bool SetNext(const SetObject* s, size_t* pos, Value* key);
// The same with the stored hash.
bool SetNextWithHash(const SetObject* s, size_t* pos, Value* key, int64_t* hash);
// Rebuilds a CPython table exactly: item i goes to slot slots[i] of a table
// of mask + 1 slots, in the empty set `s`. For constants (the loader): a
// frozenset literal's iteration order is its CPython table's, which adding
// the items again in iteration order does not reproduce in about a third
// of cases (CPython's compiler itself builds the constant twice). Returns
// 1 on success; 0 (nothing changed, no exception) when the layout is not
// one moat's probing can find with moat's hashes of these items (the
// caller then adds them in order); -1 on exception (hash, MemoryError).
int SetFromLayout(Interp& vm, SetObject* s, size_t mask, const Value* items, const size_t* slots,
                  size_t n);
// set(iterable) / frozenset(iterable) of exactly `type`; nullptr on exception.
SetObject* SetFromIterable(Interp& vm, Value iterable, TypeObject* type = &kSetType);
// s.intersection(other) (a new set of s's base type), s.difference_update(
// other), s.symmetric_difference_update(other): CPython's algorithms, so
// the resulting iteration order is CPython's. May run Python.
Value SetIntersection(Interp& vm, SetObject* s, Value other);
bool SetDifferenceUpdate(Interp& vm, SetObject* s, Value other);
bool SetSymmetricDifferenceUpdate(Interp& vm, SetObject* s, Value other);

void InitSetTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_SET_H_
