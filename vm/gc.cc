// Mark and sweep; see gc.h for when it runs and what the roots are.
#include "vm/gc.h"

#include <vector>

#include "vm/frame.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"

namespace moat::vm {

void GcTracer::Drain() {
  while (!stack_.empty()) {
    Object* o = stack_.back();
    stack_.pop_back();
    Visit(static_cast<Object*>(o->type));  // heap types (user classes)
    if (o->type->trace != nullptr) o->type->trace(o, *this);
  }
}

class Collector {
 public:
  static void Collect(Interp& vm) {
    GcTracer tracer;
    tracer.Visit(vm.exception_);
    tracer.Visit(vm.handled_exception);
    tracer.Visit(vm.limit_error_);
    tracer.VisitPtr(vm.builtins_);
    tracer.VisitPtr(vm.main_globals_);
    tracer.VisitPtr(vm.modules_);
    for (auto& [text, s] : vm.interned_) tracer.VisitPtr(s);
    for (Object* o : vm.world_roots_) tracer.Visit(o);
    for (Value* v : vm.temp_roots_) tracer.Visit(*v);
    for (Frame* f = vm.current_frame_; f != nullptr; f = f->previous) {
      TraceFrame(f, tracer);
    }
    tracer.Drain();
    // Weak references: a class only the registry knows is garbage.
    std::erase_if(vm.user_classes_,
                  [](const TypeObject* c) { return (c->gc_flags & kObjMarked) == 0; });
    vm.heap_.Sweep();
  }
};

void Interp::CollectGarbage() { Collector::Collect(*this); }

}  // namespace moat::vm
