// Mark and sweep; see gc.h for when it runs and what the roots are.
#include "vm/gc.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "vm/frame.h"
#include "vm/objects/dict.h"
#include "vm/objects/generator.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

void GcTracer::Drain() {
  while (!stack_.empty()) {
    Object* o = stack_.back();
    stack_.pop_back();
    Visit(static_cast<Object*>(o->type));  // heap types (user classes)
    if (o->type->trace != nullptr) o->type->trace(o, *this);
  }
}

// Transient flags of a collection that finalizes (cleared before it ends):
// an unreachable registered finalizable not yet put in order, and an
// object the ordering walk has passed.
constexpr uint32_t kObjDeadFinalizable = 1u << 3;
constexpr uint32_t kObjWalked = 1u << 4;

namespace {

// A sweep reads every chunk's bitmaps: a work unit per this many words.
constexpr size_t kBitmapWordsPerWorkUnit = 8;

// Whether a registered object still has a finalizer to run: an instance
// (its class had __del__), or a generator suspended where close() runs
// code. A generator that finished or was never started needs nothing.
bool StillFinalizable(Object* o) {
  if (!IsGeneratorObjectType(o->type)) return true;
  GeneratorObject* g = static_cast<GeneratorObject*>(o);
  return g->finalizable && g->state != GeneratorState::kFinished;
}

// An unreachable one: an instance, a generator suspended where close()
// runs code (one suspended elsewhere closes silently), or a coroutine
// never started, which warns that it was never awaited.
bool DeadNeedsFinalizer(Object* o) {
  if (!IsGeneratorObjectType(o->type)) return true;
  const GeneratorObject* g = static_cast<GeneratorObject*>(o);
  return (g->state == GeneratorState::kSuspended && g->close_runs_code) ||
         (o->type == &kCoroutineType && g->state == GeneratorState::kCreated);
}

// The order in which CPython's deallocation reaches the objects below `o`:
// a list's or tuple's items last to first, everything else in trace order
// (a dict's keys and values in order, an instance's dict, a frame's locals).
void ChildrenInReleaseOrder(Object* o, std::vector<Object*>* out) {
  size_t from = out->size();
  GcTracer::Children(o, out);
  if (IsSubtype(o->type, &kListType) || IsSubtype(o->type, &kTupleType)) {
    std::reverse(out->begin() + static_cast<ptrdiff_t>(from), out->end());
  }
}

// Depth-first from `start` through unreachable objects, in release order:
// each dead finalizable met is appended to *order (before what it holds).
void WalkInReleaseOrder(Object* start, std::vector<Object*>* order,
                        std::vector<Object*>* walked) {
  std::vector<Object*> stack = {start};
  std::vector<Object*> children;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if ((o->gc_flags & (kObjStatic | kObjWalked)) != 0 || Heap::IsMarked(o)) continue;
    o->gc_flags |= kObjWalked;
    walked->push_back(o);
    if ((o->gc_flags & kObjDeadFinalizable) != 0) {
      o->gc_flags &= ~kObjDeadFinalizable;
      order->push_back(o);
    }
    children.clear();
    ChildrenInReleaseOrder(o, &children);
    for (size_t i = children.size(); i-- > 0;) stack.push_back(children[i]);
  }
}

// Breadth first from `start` through unreachable objects, as CPython's
// cycle collector reaches the garbage of the main module at exit: the
// finalizable objects one reference away first, in order, then those two
// away... An instance's attribute dict counts as part of the instance.
void WalkBreadthFirst(Object* start, std::vector<Object*>* order, std::vector<Object*>* walked) {
  std::vector<Object*> queue = {start};
  std::vector<Object*> children;
  for (size_t head = 0; head < queue.size(); ++head) {
    Object* o = queue[head];
    if ((o->gc_flags & (kObjStatic | kObjWalked)) != 0 || Heap::IsMarked(o)) continue;
    o->gc_flags |= kObjWalked;
    walked->push_back(o);
    if ((o->gc_flags & kObjDeadFinalizable) != 0) {
      o->gc_flags &= ~kObjDeadFinalizable;
      order->push_back(o);
    }
    children.clear();
    ChildrenInReleaseOrder(o, &children);
    DictObject** dict = IsUserClass(o->type) ? InstanceDictSlot(Value::FromObject(o)) : nullptr;
    for (Object* c : children) {
      if (dict != nullptr && c == *dict && (c->gc_flags & kObjWalked) == 0) {
        c->gc_flags |= kObjWalked;
        walked->push_back(c);
        std::vector<Object*> entries;
        GcTracer::Children(c, &entries);
        queue.insert(queue.end(), entries.begin(), entries.end());
      } else {
        queue.push_back(c);
      }
    }
  }
}

}  // namespace

class Collector {
 public:
  static size_t Collect(Interp& vm, const Value* hints, size_t nhints, std::vector<Value>* dead,
                        bool at_exit = false, bool* independent = nullptr) {
    GcTracer tracer;
    tracer.Visit(vm.exception_);
    tracer.Visit(vm.handled_exception);
    tracer.Visit(vm.limit_error_);
    tracer.VisitPtr(vm.builtins_);
    // At exit the main module's namespace is garbage, as in CPython once
    // it has been removed from sys.modules.
    if (!at_exit) tracer.VisitPtr(vm.main_globals_);
    tracer.VisitPtr(vm.modules_);
    for (auto& [text, s] : vm.interned_) tracer.VisitPtr(s);
    for (Object* o : vm.world_roots_) tracer.Visit(o);
    for (auto& [key, o] : vm.builtin_descriptors_) tracer.Visit(o);
    for (Value* v : vm.temp_roots_) tracer.Visit(*v);
    for (Value v : vm.pending_finalizers_) tracer.Visit(v);
    for (Frame* f = vm.current_frame_; f != nullptr; f = f->previous) {
      TraceFrame(f, tracer);
    }
    tracer.Drain();
    // The collection's work: references followed, the registry scanned,
    // the objects and bitmaps swept.
    size_t work = vm.heap_.finalizables_.size();
    if (independent != nullptr) *independent = true;
    if (!vm.heap_.finalizables_.empty()) {
      work += TakeDeadFinalizables(vm, tracer, hints, nhints,
                                   dead != nullptr ? dead : &vm.pending_finalizers_, at_exit,
                                   independent);
    }
    // The namespace itself stays.
    if (at_exit) {
      tracer.VisitPtr(vm.main_globals_);
      tracer.Drain();
    }
    // Weak references: a class only the registry knows is garbage.
    std::erase_if(vm.user_classes_,
                  [](const TypeObject* c) { return !Heap::IsMarked(c); });
    // A freed class's address may come back as a new class.
    vm.type_attr_cache_.Invalidate();
    work += tracer.visits() + vm.heap_.SweepBitmapWords() / kBitmapWordsPerWorkUnit;
    return work + vm.heap_.Sweep();
  }

 private:
  // Returns the work of the independence check (objects walked).
  static size_t TakeDeadFinalizables(Interp& vm, GcTracer& tracer, const Value* hints,
                                     size_t nhints, std::vector<Value>* dead, bool at_exit,
                                     bool* independent) {
    std::vector<Object*>& registry = vm.heap_.finalizables_;
    std::vector<Object*> unreachable;
    size_t kept = 0;
    size_t prompt = 0;
    for (Object* o : registry) {
      if (!StillFinalizable(o)) {
        if (IsGeneratorObjectType(o->type)) static_cast<GeneratorObject*>(o)->finalizable = false;
        continue;
      }
      if (Heap::IsMarked(o)) {
        registry[kept++] = o;
        if (!IsGeneratorObjectType(o->type) ||
            static_cast<GeneratorObject*>(o)->close_runs_code) {
          ++prompt;
        }
        continue;
      }
      if (IsGeneratorObjectType(o->type)) static_cast<GeneratorObject*>(o)->finalizable = false;
      if (!DeadNeedsFinalizer(o)) continue;
      o->gc_flags |= kObjDeadFinalizable;
      unreachable.push_back(o);
    }
    registry.resize(kept);
    vm.heap_.set_live_finalizables(kept, prompt);
    if (unreachable.empty()) return 0;
    std::vector<Object*> order;
    std::vector<Object*> walked;
    if (at_exit) WalkBreadthFirst(vm.main_globals_, &order, &walked);
    for (size_t i = 0; i < nhints; ++i) {
      if (hints[i].is_object()) WalkInReleaseOrder(hints[i].object(), &order, &walked);
    }
    // The rest (cycles, or garbage of earlier drops) in registration order.
    for (Object* o : unreachable) {
      if ((o->gc_flags & kObjDeadFinalizable) != 0) WalkInReleaseOrder(o, &order, &walked);
    }
    for (Object* o : walked) o->gc_flags &= ~kObjWalked;
    size_t work = 0;
    if (independent != nullptr) *independent = Independent(order, &work);
    // Resurrected for this collection: what they hold stays until they are
    // finalized, and they are freed by a later collection.
    for (Object* o : order) {
      tracer.Visit(o);
      dead->push_back(Value::FromObject(o));
    }
    tracer.Drain();
    return work;
  }

  // Whether no object of `order` (unreachable, not yet resurrected)
  // reaches another through unreachable objects. Each unreachable object
  // met is owned by the first whose walk meets it; meeting another's
  // member or object answers no (conservatively: two that share garbage
  // count as dependent). *work counts the objects walked.
  static bool Independent(const std::vector<Object*>& order, size_t* work) {
    if (order.size() < 2) return true;
    std::unordered_map<Object*, size_t> owner;
    for (size_t i = 0; i < order.size(); ++i) owner.emplace(order[i], i);
    std::vector<Object*> stack;
    for (size_t i = 0; i < order.size(); ++i) {
      stack.clear();
      GcTracer::Children(order[i], &stack);
      while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        ++*work;
        if ((o->gc_flags & kObjStatic) != 0 || Heap::IsMarked(o)) continue;
        auto [it, inserted] = owner.emplace(o, i);
        if (!inserted) {
          if (it->second != i) return false;
          continue;
        }
        GcTracer::Children(o, &stack);
      }
    }
    return true;
  }
};

void Interp::CollectGarbage() { Collector::Collect(*this, nullptr, 0, nullptr); }

size_t CollectFindingDead(Interp& vm, const Value* hints, size_t nhints,
                          std::vector<Value>* dead, bool* independent) {
  return Collector::Collect(vm, hints, nhints, dead, false, independent);
}

size_t CollectAtExit(Interp& vm, std::vector<Value>* dead) {
  return Collector::Collect(vm, nullptr, 0, dead, true);
}

}  // namespace moat::vm
