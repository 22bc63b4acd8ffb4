// list: mutable sequence over a heap buffer of Values.
//
// Invariant: items[0..size) are non-null Values; capacity >= size. The buffer
// is charged to the heap; growth over-allocates like CPython's list_resize.
// Native code iterating a list must re-read size/items after anything that can
// run Python (a user __eq__ may mutate the list).
//
// Hazards: functions that compare (none here but ListSort) or iterate an
// arbitrary iterable may run Python and so collect; a caller holding a list
// only in a C++ local across them must root it (vm/gc.h RootScope).
#ifndef MOAT_VM_OBJECTS_LIST_H_
#define MOAT_VM_OBJECTS_LIST_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kListType;

struct ListObject : Object {
  size_t size;
  size_t capacity;
  Value* items;
  // Bumped whenever the items buffer is allocated, resized or freed;
  // list.sort compares it before and after to detect "list modified during
  // sort" (CPython's allocated = -1 trick).
  uint64_t buffer_changes;
};

inline bool IsList(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kListType); }

ListObject* NewList(Interp& vm, size_t capacity = 0);
// Appends; false + MemoryError on failure.
bool ListAppendValue(Interp& vm, ListObject* list, Value v);
// Ensures capacity for `needed` items (over-allocating).
bool ListReserve(Interp& vm, ListObject* list, size_t needed);
// Appends every item of an iterable; false on exception. May run Python
// (iteration): `list` must be rooted by the caller.
bool ListExtendFromIterable(Interp& vm, ListObject* list, Value iterable);
// list(iterable); nullptr on exception. May run Python (the new list is
// rooted while it is filled).
ListObject* ListFromIterable(Interp& vm, Value iterable);
// Sorts in place with optional key (Null or None for none); false on
// exception. May run Python (key, __lt__). CPython's timsort: stable, and
// the list looks empty while it is sorted; ValueError "list modified during
// sort" if the key or a comparison changed it.
bool ListSort(Interp& vm, ListObject* list, Value key, bool reverse);
// list_resize: sets the size to `new_size`, reallocating with CPython's
// over-allocation. Items past the old size are left unset: the caller fills
// them. False + MemoryError (list unchanged) if the charge is refused.
bool ListResize(Interp& vm, ListObject* list, size_t new_size);
// Empties the list and frees its buffer.
void ListClear(Interp& vm, ListObject* list);
// PySequence_Fast: `v` itself if it is a list or tuple, else a new list of
// its items. On a TypeError from iter(v), raises TypeError(`message`)
// instead. Null on exception. May run Python.
Value SequenceFast(Interp& vm, Value v, const char* message);
// Items and size of the list or tuple SequenceFast returned.
const Value* SequenceFastItems(Value seq, size_t* size);

void InitListType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_LIST_H_
