// The collector: precise, non-moving mark and sweep.
//
// Collection happens only at safepoints of the interpreter loop (never inside
// an allocation), triggered by allocation volume (Heap::CollectionDue), so a
// run is reproducible. Roots: the frame chain (each frame's locals and stack
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

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

class GcTracer {
 public:
  void Visit(Value v) {
    if (v.is_object()) Visit(v.object());
  }
  void Visit(Object* o) {
    if (o == nullptr || (o->gc_flags & (kObjMarked | kObjStatic)) != 0) return;
    o->gc_flags |= kObjMarked;
    stack_.push_back(o);
  }
  // For pointers to incomplete object types (forward-declared structs).
  template <typename T>
  void VisitPtr(T* o) {
    Visit(reinterpret_cast<Object*>(o));
  }
  // Marks everything reachable from what has been visited.
  void Drain();

 private:
  std::vector<Object*> stack_;
};

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
