// tuple: immutable sequence; items inline after the header.
//
// Invariant: items[0..size) are non-null Values and never change after the
// tuple is handed out. Each interpreter has one empty tuple
// (Interp::empty_tuple()); NewTuple(vm, 0) returns it.
//
// Also here, because every container uses it: the repr recursion guard
// (Py_ReprEnter).
#ifndef MOAT_VM_OBJECTS_TUPLE_H_
#define MOAT_VM_OBJECTS_TUPLE_H_

#include <string>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/str.h"

namespace moat::vm {

extern TypeObject kTupleType;

struct TupleObject : Object {
  int64_t hash_cache;  // unused for now (CPython does not cache either)
  size_t size;
  Value items[1];  // `size` entries (at least one slot is always allocated)
};

// The items through a pointer: constant indexes past 0 (what the trailing
// `items[1]` is allocated for) without clang's -Warray-bounds.
inline Value* TupleItems(TupleObject* t) { return t->items; }
inline const Value* TupleItems(const TupleObject* t) { return t->items; }

inline bool IsTuple(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kTupleType); }

// New tuple of `size` items, all None. nullptr + MemoryError on failure.
TupleObject* NewTuple(Interp& vm, size_t size);
// A tuple of a copy of items[0..size), the copy charged one unit per item
// (ChargeItems). nullptr with MemoryError or the limit's error pending.
TupleObject* NewTupleFrom(Interp& vm, const Value* items, size_t size);
// The shared empty tuple of this interpreter.
TupleObject* EmptyTuple(Interp& vm);

inline size_t CallArgs::nkwargs() const { return kwnames ? kwnames->size : 0; }

// CPython's tuplehash (xxHash-based) of `n` items; -1 on exception. May run
// __hash__ of the items.
int64_t TupleHashItems(Interp& vm, const Value* items, size_t n);
// CPython's tuple comparison of `v` (nv items) with `w` (nw items): the
// first items that differ decide, else the sizes. May run __eq__ and the
// operator's method of the items; Null on exception.
Value ItemsRichCompare(Interp& vm, const Value* v, size_t nv, const Value* w, size_t nw,
                       CompareOp op);

// Py_ReprEnter/Py_ReprLeave: marks `o` as being repr'd on this thread while
// the guard lives. `active()` is true if `o` was already being repr'd (the
// caller then prints "[...]", "{...}"...). Per thread, like CPython's
// thread-state dict; an Interp runs on one thread at a time.
class ReprGuard {
 public:
  explicit ReprGuard(const Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool active() const { return active_; }

 private:
  bool active_;
};

// The text of a container's repr while it is built: an ordinary
// std::string whose capacity is charged to the heap before it grows
// (ScratchCharge, doubling), so the repr of a huge list holds no uncharged
// copy. Each item's repr is charged where it is made.
class ReprText {
 public:
  explicit ReprText(Interp& vm) : scratch_(vm) {}
  ReprText(const ReprText&) = delete;
  ReprText& operator=(const ReprText&) = delete;
  // Call before appending an item: keeps room charged ahead of the text.
  // False with the memory limit's error pending.
  bool Reserve();
  std::string& text() { return text_; }

 private:
  ScratchCharge scratch_;  // declared first: outlives text_
  std::string text_;
  size_t charged_ = 0;
};

void InitTupleType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_TUPLE_H_
