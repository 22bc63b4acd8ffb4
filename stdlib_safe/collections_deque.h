// File: stdlib_safe/collections_deque.h
//
// `collections.deque`, native as CPython's (Modules/_collectionsmodule.c),
// and its iterators `_collections._deque_iterator` and
// `_collections._deque_reverse_iterator`.
//
// Layout: the items live in a ring buffer whose capacity is a power of two
// (or zero), charged to the heap; item i is items[(head + i) & (capacity -
// 1)]. `maxlen` is -1 for an unbounded deque. `state` is CPython's
// deque->state: bumped by every change of the items' positions (append,
// pop, insert, delete, rotate, clear; not item assignment or reverse), so
// iterators and the scans that compare items (count, index, remove, `in`,
// comparisons) detect a mutation made by an item's __eq__ even when the
// length comes back the same. Every native loop that can run Python re-reads
// the size and buffer after each call and checks `state`.
//
// Subclassable (its own __init__, __repr__, __copy__...); the deque's own
// methods call each other natively, never a subclass's override, as the C
// type's do. Hazards: extend, count, index, remove, `in`, comparisons, repr,
// copy of a subclass and the constructor may run Python and so collect.
#ifndef MOAT_STDLIB_SAFE_COLLECTIONS_DEQUE_H_
#define MOAT_STDLIB_SAFE_COLLECTIONS_DEQUE_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::stdlib {

// The static type, shared by every interpreter (initialised once).
vm::TypeObject* DequeType();

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_COLLECTIONS_DEQUE_H_
