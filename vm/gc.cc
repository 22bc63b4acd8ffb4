// Mark and sweep; see gc.h for when it runs and what the roots are.
#include "vm/gc.h"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "vm/frame.h"
#include "vm/objects/dict.h"
#include "vm/objects/generator.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/weakref.h"

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
// A weakly referenced object (kObjHasWeakRefs) the marking did not reach:
// set before the dead finalizable objects are resurrected, so one that
// only their resurrection keeps is told apart (Heap::weak_recheck), and
// again on the ones whose references this collection clears.
constexpr uint32_t kObjDeadReferent = 1u << 9;

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
// calls visit(o) for each object met, before walking what it holds. Each
// is flagged kObjWalked (so walked once) and appended to *walked, whose
// flags the caller clears.
template <typename Visit>
void WalkInReleaseOrder(Object* start, std::vector<Object*>* walked, Visit&& visit) {
  std::vector<Object*> stack = {start};
  std::vector<Object*> children;
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if ((o->gc_flags & (kObjStatic | kObjWalked)) != 0 || Heap::IsMarked(o)) continue;
    o->gc_flags |= kObjWalked;
    walked->push_back(o);
    visit(o);
    children.clear();
    ChildrenInReleaseOrder(o, &children);
    for (size_t i = children.size(); i-- > 0;) stack.push_back(children[i]);
  }
}

// WalkInReleaseOrder appending each dead finalizable met to *order.
void OrderDeadFinalizables(Object* start, std::vector<Object*>* order,
                           std::vector<Object*>* walked) {
  WalkInReleaseOrder(start, walked, [order](Object* o) {
    if ((o->gc_flags & kObjDeadFinalizable) != 0) {
      o->gc_flags &= ~kObjDeadFinalizable;
      order->push_back(o);
    }
  });
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
    // The interned strs are pinned (Heap::Pin), and so is most of the
    // world: loaded code, which needs no root once pinned.
    std::erase_if(vm.world_roots_, [](const Object* o) { return Heap::IsPinned(o); });
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
    if (!vm.heap_.finalizables_.empty() && !vm.heap_.weak_lists_.empty() && !at_exit) {
      FlagDeadReferents(vm);
    }
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
    if (!vm.heap_.weak_lists_.empty()) {
      work += ClearWeakRefs(vm, tracer, hints, nhints,
                            dead != nullptr ? dead : &vm.pending_finalizers_, at_exit);
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
      if (hints[i].is_object()) OrderDeadFinalizables(hints[i].object(), &order, &walked);
    }
    // The rest (cycles, or garbage of earlier drops) in registration order.
    for (Object* o : unreachable) {
      if ((o->gc_flags & kObjDeadFinalizable) != 0) OrderDeadFinalizables(o, &order, &walked);
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

  // Whether unreachable `o` is reachable from itself through unreachable
  // objects (a cycle). A walk of more than kCycleWalkLimit objects answers
  // yes (no callback for its garbage references: the cycle collector's
  // answer). *work counts the objects walked.
  static bool InDeadCycle(Object* o, size_t* work) {
    constexpr size_t kCycleWalkLimit = 4096;
    std::vector<Object*> stack;
    GcTracer::Children(o, &stack);
    absl::flat_hash_set<Object*> seen;
    while (!stack.empty()) {
      Object* c = stack.back();
      stack.pop_back();
      if (c == o) return true;
      if ((c->gc_flags & kObjStatic) != 0 || Heap::IsMarked(c) || !seen.insert(c).second) {
        continue;
      }
      ++*work;
      if (seen.size() > kCycleWalkLimit) return true;
      GcTracer::Children(c, &stack);
    }
    return false;
  }

  static void FlagDeadReferents(Interp& vm) {
    for (auto& [referent, list] : vm.heap_.weak_lists_) {
      Object* o = const_cast<Object*>(referent);
      if ((o->gc_flags & kObjStatic) == 0 && !Heap::IsMarked(o)) o->gc_flags |= kObjDeadReferent;
    }
  }

  // Clears the weak references to the objects the marking did not reach
  // (CPython clears them when the object is freed, after its __del__;
  // one kept for its finalizer is left for a later collection:
  // Heap::weak_recheck), and unlinks the unreachable references from the
  // lists of the rest, so nothing swept stays on a list. The cleared
  // references that live get their callbacks: resurrected and appended to
  // *dead, for vm/finalize.cc to call, newest first per object, the
  // objects in the order CPython's deallocation reaches them from `hints`
  // (values just dropped), then the rest in the order they were first
  // referred to weakly. Reached from a hint, a reference that is itself
  // unreachable is called back too unless its release came first (it was
  // held by what is being released, as CPython's deallocation frees the
  // referent before what it holds); elsewhere, as in CPython's cycle
  // collector, an unreachable reference is not called back. At exit no
  // callback runs (CPython's exit collects the main module as cycles).
  // Returns the work (entries and references looked at).
  static size_t ClearWeakRefs(Interp& vm, GcTracer& tracer, const Value* hints, size_t nhints,
                              std::vector<Value>* dead, bool at_exit) {
    Heap& heap = vm.heap_;
    auto& lists = heap.weak_lists_;
    size_t work = lists.size();
    std::vector<std::pair<uint64_t, Object*>> dying;
    for (auto& [referent, list] : lists) {
      Object* o = const_cast<Object*>(referent);
      if ((o->gc_flags & kObjStatic) != 0) continue;
      bool flagged = (o->gc_flags & kObjDeadReferent) != 0;
      if (Heap::IsMarked(o)) {
        // Unreachable before the finalizable objects were resurrected.
        if (flagged) {
          o->gc_flags &= ~kObjDeadReferent;
          heap.weak_recheck = true;
        }
        continue;
      }
      o->gc_flags |= kObjDeadReferent;
      dying.emplace_back(list.serial, o);
    }
    std::vector<WeakRefObject*> calls;
    auto clear = [&](Object* o, bool released) {
      o->gc_flags &= ~(kObjDeadReferent | kObjHasWeakRefs);
      auto it = lists.find(o);
      if (released) {
        // CPython's reference counting frees the object here only if no
        // other garbage refers to it: in a cycle, the cycle collector
        // frees it, and a reference that is garbage too is not called.
        bool held_dead = false;
        for (WeakRefObject* w = it->second.head; w != nullptr; w = w->next) {
          held_dead = held_dead || (!w->callback.is_null() && !Heap::IsMarked(w) &&
                                    (w->gc_flags & kObjWalked) == 0);
        }
        if (held_dead) released = !InDeadCycle(o, &work);
      }
      for (WeakRefObject* w = it->second.head; w != nullptr;) {
        ++work;
        WeakRefObject* next = w->next;
        if (!at_exit && !w->callback.is_null() &&
            (Heap::IsMarked(w) || (released && (w->gc_flags & kObjWalked) == 0))) {
          calls.push_back(w);
        }
        w->referent = nullptr;
        w->linked = false;
        w->prev = nullptr;
        w->next = nullptr;
        w = next;
      }
      lists.erase(it);
      heap.Uncharge(Heap::kWeakEntryBytes);
    };
    if (!dying.empty()) {
      std::vector<Object*> walked;
      if (!at_exit) {
        for (size_t i = 0; i < nhints; ++i) {
          if (hints[i].is_object()) {
            WalkInReleaseOrder(hints[i].object(), &walked, [&](Object* o) {
              if ((o->gc_flags & kObjDeadReferent) != 0) clear(o, true);
            });
          }
        }
      }
      for (Object* o : walked) o->gc_flags &= ~kObjWalked;
      work += walked.size();
      std::sort(dying.begin(), dying.end());
      for (auto& [serial, o] : dying) {
        if ((o->gc_flags & kObjDeadReferent) != 0) clear(o, false);
      }
    }
    // The unreachable references of live objects leave their lists.
    std::vector<WeakRefObject*> unreachable;
    for (auto& [referent, list] : lists) {
      for (WeakRefObject* w = list.head; w != nullptr; w = w->next) {
        ++work;
        if (!Heap::IsMarked(w)) unreachable.push_back(w);
      }
    }
    for (WeakRefObject* w : unreachable) WeakRefUnlink(heap, w);
    for (WeakRefObject* w : calls) {
      w->callback_due = true;
      tracer.Visit(w);
      dead->push_back(Value::FromObject(w));
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
