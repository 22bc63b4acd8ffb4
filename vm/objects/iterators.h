// Iterator objects for the built-in sequences and the lazy builtins
// (enumerate, zip, map, filter, reversed) and the sequence-protocol iterator.
#ifndef MOAT_VM_OBJECTS_ITERATORS_H_
#define MOAT_VM_OBJECTS_ITERATORS_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kListIteratorType;
extern TypeObject kListReverseIteratorType;
extern TypeObject kTupleIteratorType;
extern TypeObject kStrIteratorType;
extern TypeObject kDictKeyIteratorType;
extern TypeObject kDictValueIteratorType;
extern TypeObject kDictItemIteratorType;
extern TypeObject kDictReverseKeyIteratorType;
extern TypeObject kDictReverseValueIteratorType;
extern TypeObject kDictReverseItemIteratorType;
extern TypeObject kSetIteratorType;
extern TypeObject kSeqIteratorType;  // __getitem__-based iteration
extern TypeObject kEnumerateType;
extern TypeObject kZipType;
extern TypeObject kMapType;
extern TypeObject kFilterType;
extern TypeObject kReversedType;

// Index-based iterator over a list, tuple, str or any __getitem__ sequence.
struct SeqIteratorObject : Object {
  Value seq;  // Null once exhausted
  size_t index;
};

// Iterator over a dict or set: detects size changes during iteration.
// `pos` is the next entry/slot to look at (for the reverse dict iterators:
// one past it). `initial_size` becomes SIZE_MAX after a size-change error
// so every later next() raises again (CPython's sticky -1).
struct HashIteratorObject : Object {
  Value container;  // Null once exhausted
  size_t pos;
  size_t initial_size;
  size_t remaining;
};

// A SeqIteratorObject at index 0 (the list reverse iterator: the caller
// sets `index` to size - 1).
Value NewSeqIterator(Interp& vm, TypeObject* type, Value seq);
// A HashIteratorObject over a dict (key/value/item types, forward or
// reverse) or a set; `size` is the container's current size.
Value NewHashIterator(Interp& vm, TypeObject* type, Value container, size_t size);

void InitIteratorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_ITERATORS_H_
