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

// How many items `iterator` will still produce, when that is known without
// running Python: true with *count set for range, list, tuple, bytes,
// bytearray, dict and set iterators (UINT64_MAX for a range longer than
// that), false for any other iterator. Only an estimate for a container that changes while it
// is iterated.
bool IteratorLengthHint(Value iterator, uint64_t* count);

// CPython's PyObject_LengthHint without its default: len(obj) when obj's
// type has __len__ (a TypeError from it falls through), else
// type(obj).__length_hint__(obj) checked to be an int >= 0 (NotImplemented
// or a TypeError from the call counting as no hint). The hint as an int,
// None when there is none, or Null with the exception pending. May run
// Python code (user __len__ and __length_hint__); allocates.
Value ObjectLengthHint(Interp& vm, Value obj);

// list_extend, PySequence_Tuple, bytes(iterable) and bytearray.extend ask
// the iterable for its length after taking its iterator
// (PyObject_LengthHint): a user class's __len__ or __length_hint__ runs
// then, and its errors propagate. (PySequence_Fast lists the iterator, so
// str.join asks only an iterator's own length.) Only the counts of
// built-in iterators size a container, so a script cannot make moat
// reserve room it never fills. False with the exception pending. May run
// Python code; allocates.
bool AskUserLengthHint(Interp& vm, Value iterable);

// A built-in iterator's __length_hint__, which PyObject_LengthHint calls as
// a bound built-in method through vectorcall: a recursion step
// (cfunction_enter_call), so `list(iter(x))` at the recursion limit fails
// there. AskUserLengthHint takes it for the iterators IteratorLengthHint
// knows and str's. False with RecursionError pending.
bool TakeLengthHintStep(Interp& vm);

// `it.__length_hint__()` of the iterators IteratorLengthHint knows: the
// items left (what operator.length_hint reads). Allocates.
Value IteratorLengthHintMethod(Interp& vm, Value self, CallArgs args);

// The same with `__reduce__()` and `__setstate__(index)`, CPython's
// reduction of an iterator over a list, tuple, bytes or bytearray: what
// copy.copy and copy.deepcopy rebuild it from.
extern const MethodDef kIndexIteratorMethods[];

// (builtins[func_name], (arg,)) or, with `state` set, (builtins[func_name],
// (arg,), state): an iterator's reduction, rebuilt by the builtin a script
// reaches by name (`iter`, `reversed`). AttributeError when the host took
// that builtin out. Allocates.
Value ReductionTuple(Interp& vm, const char* func_name, Value arg, Value state);

// Charges, one unit per item, the count IteratorLengthHint knows (nothing
// for other iterators), for a native loop that will drain `iterator`
// whatever its items are (sum, min, max) and charges its items again as it
// goes. False with the limit's error pending.
bool ChargeKnownLength(Interp& vm, Value iterator);

// The instruction budget of a native loop that drains an iterator
// (list(it), tuple(it), set(it), dict(pairs), sorted, sum, min, max...):
// one unit per item. When the count is known (IteratorLengthHint), all of
// it is charged up front, so a drain that could never finish
// (set(range(10**15))) ends before it starts; other items are charged as
// they are fetched (ChargeStep). Never collects.
class DrainBudget {
 public:
  // Charges the known count of `iterator`; see ok().
  DrainBudget(Interp& vm, Value iterator);
  // False (with the limit's error pending) when the up-front charge was
  // refused.
  bool ok() const { return ok_; }
  // Pays for the next item: free when paid up front. False with the
  // limit's error pending.
  bool Next() {
    if (prepaid_ > 0) {
      --prepaid_;
      return true;
    }
    return ChargeAfterPrepaid();
  }

 private:
  bool ChargeAfterPrepaid();
  Interp& vm_;
  uint64_t prepaid_ = 0;
  uint64_t fetched_ = 0;
  bool ok_ = true;
};

void InitIteratorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_ITERATORS_H_
