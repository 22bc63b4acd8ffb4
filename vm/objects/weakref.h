// Weak references: `weakref.ReferenceType` (`weakref.ref`, subclassable),
// `weakref.ProxyType` and `weakref.CallableProxyType`, as CPython 3.11's
// Objects/weakrefobject.c.
//
// Layout and invariants:
//   - A WeakRefObject's `referent` is NOT traced: it points at a live
//     object or is nullptr (cleared). The collector clears every reference
//     to an object it found unreachable, and unlinks every unreachable
//     reference from its list, before it sweeps (vm/gc.cc), so `referent`
//     never dangles and the sweep never reads a list.
//   - The references to one object form a doubly linked list in CPython's
//     order (its tp_weaklist): the shared callback-less `ref` first, then
//     the shared callback-less proxy, then the others newest first. The
//     heads live in the heap's side table (Heap::weak_lists), keyed by the
//     referent, which carries kObjHasWeakRefs (a static referent, a
//     built-in type, is never flagged and never dies).
//   - `callback` (traced) is Null when there is none. A reference whose
//     referent died is called back, newest first, once its referent's
//     finalizer (if any) has run: the collector resurrects it and hands it
//     to the finalization machinery (vm/finalize.cc RunFinalizer).
//
// Which objects accept a weak reference follows CPython's tp_weaklistoffset
// (AcceptsWeakRef). Hazards: creating a reference allocates (MemoryError);
// a proxy's operations run the referent's Python code.
#ifndef MOAT_VM_OBJECTS_WEAKREF_H_
#define MOAT_VM_OBJECTS_WEAKREF_H_

#include <cstdint>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct WeakRefObject : Object {
  Object* referent;  // weak; nullptr once cleared
  Value callback;    // Null: none
  WeakRefObject* prev;
  WeakRefObject* next;
  int64_t hash;      // the referent's hash once asked for; -1 before
  bool linked;       // on its referent's list
  // Cleared by a collection that found its callback due (vm/gc.cc): it
  // waits in a finalization batch for vm/finalize.cc to call it.
  bool callback_due;
};

extern TypeObject kWeakRefType;            // weakref.ReferenceType
extern TypeObject kWeakProxyType;          // weakref.ProxyType
extern TypeObject kWeakCallableProxyType;  // weakref.CallableProxyType

// Initialises the three types (once; thread-safe).
void InitWeakRefTypes();

inline bool IsWeakRefOrProxy(const TypeObject* t) {
  return t == &kWeakProxyType || t == &kWeakCallableProxyType || IsSubtype(t, &kWeakRefType);
}

// Whether instances of `t` accept weak references (CPython's
// tp_weaklistoffset != 0).
bool AcceptsWeakRef(const TypeObject* t);

// ref.__new__(type, ob, callback): the shared callback-less reference when
// `type` is exactly ReferenceType and `callback` is None or Null, else a
// new one. Raises TypeError "cannot create weak reference to 'X' object".
Value NewWeakRef(Interp& vm, TypeObject* type, Value ob, Value callback);
// weakref.proxy(ob, callback): a CallableProxyType when `callable`.
Value NewWeakProxy(Interp& vm, Value ob, Value callback, bool callable);

// The first reference on `o`'s list (its `__weakref__`), or nullptr.
WeakRefObject* WeakRefHead(Interp& vm, const Object* o);

// Unlinks `w` from its referent's list (erasing the list when it empties)
// and clears it. For the collector.
void WeakRefUnlink(Heap& heap, WeakRefObject* w);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_WEAKREF_H_
