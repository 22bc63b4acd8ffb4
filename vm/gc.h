// The collector: precise, non-moving mark and sweep.
//
// Collection happens only at safepoints of the interpreter loop (never inside
// an allocation), triggered by allocation volume (Heap::CollectionDue), or
// where the loop drops a reference while a finalizable object lives
// (vm/finalize.h), so a run is reproducible. Unreachable finalizable
// objects are resurrected for the collection and their finalizers run
// after it, never inside it. Roots: the frame chain (each frame's locals and stack
// up to its saved stack pointer), the interpreter's world (builtins, modules,
// globals, interned names, world roots), the pending exception, and temp
// roots registered by native code.
//
// The rule for native code: Values held only in C++ locals are NOT roots. A
// native function that keeps a Value in a local across a call that may run
// Python (and so reach a safepoint) must register it with RootScope.
// Arguments (on the caller's stack) and objects reachable from them are safe.
//
// Marking uses an explicit stack, so deeply nested structures cannot
// overflow the C++ stack.
#ifndef MOAT_VM_GC_H_
#define MOAT_VM_GC_H_

#include <vector>

#include "vm/heap.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

class GcTracer {
 public:
  void Visit(Value v) {
    if (v.is_object()) Visit(v.object());
  }
  void Visit(Object* o) {
    ++visits_;
    if (o == nullptr || (o->gc_flags & kObjStatic) != 0) return;
    if (children_ != nullptr) [[unlikely]] {
      if (!Heap::IsMarked(o)) children_->push_back(o);
      return;
    }
    if (!Heap::Mark(o)) return;
    // An object of a built-in type with nothing to trace (str, int, float,
    // bytes) is done once marked: pushing it would make Drain read its
    // header a second time, a second cache miss per string of a big list.
    const TypeObject* type = o->type;
    if (type->trace == nullptr && (type->gc_flags & kObjStatic) != 0) return;
    stack_.push_back(o);
  }
  // For pointers to incomplete object types (forward-declared structs).
  template <typename T>
  void VisitPtr(T* o) {
    Visit(reinterpret_cast<Object*>(o));
  }
  // Marks everything reachable from what has been visited.
  void Drain();
  // References followed so far, roots included: the marking's work.
  size_t visits() const { return visits_; }

  // The unmarked, non-static objects `o` refers to, in the order its trace
  // visits them (appended to *out); marks nothing. For walks that follow
  // references without marking (vm/finalize.cc).
  static void Children(Object* o, std::vector<Object*>* out) {
    GcTracer t;
    t.children_ = out;
    if (o->type->trace != nullptr) o->type->trace(o, t);
  }

 private:
  std::vector<Object*> stack_;
  std::vector<Object*>* children_ = nullptr;
  size_t visits_ = 0;
};

// Collects garbage at a safepoint, as Interp::CollectGarbage, and takes
// from the collection the finalizable objects it found unreachable
// (vm/finalize.h): they are resurrected for this collection, dropped from
// the heap's registry and appended to *dead in the order CPython would
// finalize them, which starts from `hints` (values just dropped, in the
// order CPython releases them; they are not roots). Returns the
// collection's work (references followed, objects and bitmap words swept),
// in instruction units, the same on every run. *independent (when given)
// is set to whether none of those objects reaches another through
// unreachable objects: then no finalizer of the batch can make another
// reachable again, so none needs looking for again after one has run.
size_t CollectFindingDead(Interp& vm, const Value* hints, size_t nhints,
                          std::vector<Value>* dead, bool* independent = nullptr);
// The same at the end of the script, with the main module's namespace not
// a root: what only it holds is found unreachable, ordered breadth first
// from it (CPython's exit collects the main module as cyclic garbage).
size_t CollectAtExit(Interp& vm, std::vector<Value>* dead);

// Registers the addresses of Values (or object pointers) as roots for the
// scope's lifetime.
class RootScope {
 public:
  explicit RootScope(Interp& vm) : vm_(vm), mark_(vm.temp_roots().size()) {}
  ~RootScope() { vm_.temp_roots().resize(mark_); }
  RootScope(const RootScope&) = delete;
  RootScope& operator=(const RootScope&) = delete;
  void Add(Value* v) { vm_.temp_roots().push_back(v); }

 private:
  Interp& vm_;
  size_t mark_;
};

}  // namespace moat::vm

#endif  // MOAT_VM_GC_H_
