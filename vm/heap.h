// The per-interpreter heap: allocation, accounting, mark bits and the sweep.
//
// Invariants:
//   - Every byte the heap hands out (object structs and the buffers objects
//     own: list items, dict tables, string data, int digits) is charged
//     against `limit_bytes` BEFORE it is allocated. A refused charge
//     allocates nothing and returns nullptr; the caller raises MemoryError.
//   - bytes_in_use() is exactly the sum of live charges, so it is the same
//     on every run of the same program (deterministic figures).
//   - Every object is known to the heap, and freed only by Sweep(): an
//     object of at most BlockPool::kMaxPooledBytes by its chunk's object
//     bitmap (vm/block_pool.h), where its mark bit also lives; a larger one
//     by its entry in `large_objects_` (vm/object_list.h, allocation
//     order), with its mark bit in its header (kObjMarked). The size in the
//     header (alloc_size) says which.
//   - Nothing here depends on an address: identity hashes come from serials
//     (IdentitySerial), so figures and set order are the same on every run;
//     the sweep's order is that of chunks made and offsets within them,
//     which is the same on every run too.
#ifndef MOAT_VM_HEAP_H_
#define MOAT_VM_HEAP_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "vm/block_pool.h"
#include "vm/object.h"
#include "vm/object_list.h"

namespace moat::vm {

struct WeakRefObject;

// A heap object (never a static one) that is the key of an entry of its
// heap's weak_lists(): some weak reference refers to it. The prompt
// machinery (vm/finalize.h) counts it like an instance with __del__.
inline constexpr uint32_t kObjHasWeakRefs = 1u << 8;
// A large (unpooled) object pinned by Heap::Pin: the sweep leaves its mark.
inline constexpr uint32_t kObjPinned = 1u << 10;

class Heap {
 public:
  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Charges `bytes`; false (and nothing charged) if the limit would be
  // passed.
  bool Charge(size_t bytes) {
    if (in_use_ > limit_bytes_ || bytes > limit_bytes_ - in_use_) {
      refused_bytes_ = bytes;
      return false;
    }
    in_use_ += bytes;
    if (in_use_ > peak_) peak_ = in_use_;
    since_collect_ += bytes;
    return true;
  }
  void Uncharge(size_t bytes) { in_use_ -= bytes; }

  // While one is alive every charge succeeds, past the limit if need be;
  // what it charged still counts, so the next charge after it fails. Only
  // for allocations bounded by the binary (Interp::Intern(const char*)).
  class LimitSuspension {
   public:
    explicit LimitSuspension(Heap& heap) : heap_(heap), limit_bytes_(heap.limit_bytes_) {
      heap.limit_bytes_ = SIZE_MAX;
    }
    ~LimitSuspension() { heap_.limit_bytes_ = limit_bytes_; }
    LimitSuspension(const LimitSuspension&) = delete;
    LimitSuspension& operator=(const LimitSuspension&) = delete;

   private:
    Heap& heap_;
    size_t limit_bytes_;
  };

  // Raw storage for an object struct of `bytes` bytes, zeroed, already
  // known to the sweep with header fields set. nullptr if refused. Charges
  // `bytes`.
  Object* AllocateObject(TypeObject* type, size_t bytes);

  // Buffers owned by objects. Charged; nullptr if refused. FreeBuffer must
  // be given the same size that was allocated.
  void* AllocBuffer(size_t bytes);
  void FreeBuffer(void* p, size_t bytes);
  // Resizes a buffer; on refusal returns nullptr and leaves `p` intact.
  void* ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes);

  size_t bytes_in_use() const { return in_use_; }
  size_t peak_bytes() const { return peak_; }
  // Starts a new peak measurement from the current use.
  void ResetPeak() { peak_ = in_use_; }
  // The size of the last refused charge (for the memory limit's report).
  size_t refused_bytes() const { return refused_bytes_; }
  uint64_t allocations() const { return allocations_; }
  size_t limit_bytes() const { return limit_bytes_; }
  // A new limit also brings the next collection forward when garbage could
  // otherwise fill the room left under it (UpdateCollectThreshold).
  void set_limit_bytes(size_t limit) {
    limit_bytes_ = limit;
    UpdateCollectThreshold();
  }

  // Allocation volume since the last collection; the interpreter collects
  // at its next safepoint once this passes the threshold.
  bool CollectionDue() const { return since_collect_ >= collect_threshold_; }

  // The collector's mark bit of `o`, a heap object (not kObjStatic). Mark
  // sets it and says whether it was clear. Both read `o`'s header (its
  // size says where the bit is), which the collector reads anyway. A
  // static object (alloc_size 0) that reached here without kObjStatic
  // would take the header bit, never a write into a chunk it is not in.
  static bool Mark(Object* o) {
    if (IsPooled(o)) return BlockPool::Mark(o);
    if ((o->gc_flags & kObjMarked) != 0) return false;
    o->gc_flags |= kObjMarked;
    return true;
  }
  static bool IsMarked(const Object* o) {
    if (IsPooled(o)) return BlockPool::IsMarked(o);
    return (o->gc_flags & kObjMarked) != 0;
  }

  // Makes `o`, a heap object, live for the heap's life: it stays marked
  // across collections, so the collector neither traces it nor what it
  // refers to, and never frees it. Only for immutable objects whose whole
  // graph is pinned too and that something keeps alive for the heap's life
  // anyway: the interned strs (Interp::Intern) and the code objects the
  // loader made with their constants (world roots), which every collection
  // would otherwise trace again (vm/loader.cc PinCodeGraph).
  static void Pin(Object* o) {
    if (IsPooled(o)) {
      BlockPool::Pin(o);
    } else {
      o->gc_flags |= kObjPinned | kObjMarked;
    }
  }
  static bool IsPinned(const Object* o) {
    return IsPooled(o) ? BlockPool::IsPinned(o) : (o->gc_flags & kObjPinned) != 0;
  }
  // Ends a Pin: from the next collection on, `o` is traced and freed as any
  // other object. Only between collections, when an object's mark is its
  // pin, and only for objects nothing still pinned refers to (the collector
  // does not trace a pinned object's references).
  static void Unpin(Object* o) {
    if (IsPooled(o)) {
      BlockPool::Unpin(o);
    } else {
      o->gc_flags &= ~(kObjPinned | kObjMarked);
    }
  }
  // Unpins everything, for the last sweep (Interp::~Interp).
  void UnpinAll();

  // Whether `o` lives in a pool chunk: 0 < alloc_size <= kMaxPooledBytes
  // (one unsigned compare).
  static bool IsPooled(const Object* o) {
    return o->alloc_size - 1u < BlockPool::kMaxPooledBytes;
  }

  // Finalizes (TypeObject::finalize) and frees every unmarked object and
  // clears the marks of the rest. Called by the collector after marking.
  // Reads the headers of the dead objects and of the large ones only.
  // Returns the number of objects it looked at, live and dead (the same on
  // every run).
  size_t Sweep();
  // The bitmap words a sweep reads, whatever lives (its fixed cost).
  size_t SweepBitmapWords() const { return pool_.BitmapWords(); }

  // The identity of `o` for object.__hash__ (vm/objects/base_types.cc): a
  // serial given the first time it is asked for, in a side table, because
  // an address differs from run to run (ASLR, malloc) and would make sets
  // of user instances iterate in a different order each time. A heap
  // object's entry is flagged kObjHasIdentity and erased when the object is
  // swept; a static object (a built-in type) keeps its entry for the heap's
  // life. Each entry is charged kIdentityEntryBytes; returns 0 if that
  // charge is refused (the caller raises MemoryError).
  uint64_t IdentitySerial(Object* o);
  static constexpr size_t kIdentityEntryBytes = 32;  // a table slot, about
  size_t identity_entries() const { return identity_.size(); }

  // Finalizable objects (vm/finalize.h): instances of a class with
  // __del__ (registered by AllocateObject) and generators that may run
  // code when closed or warn when dropped unstarted (registered by
  // NewGenerator), not yet finalized, in registration order. Held weakly:
  // the collector finalizes an unreachable one (resurrecting it for that
  // collection) and drops it. live_finalizables() is zero when nothing
  // needs finalizing, so the loop's checks cost one branch; a generator
  // that finishes is counted out at once (FinalizableDone) and pruned at
  // the next collection. prompt_finalizables() counts those of them whose
  // finalizer runs code now: every instance, and a generator only while it
  // is suspended where close() runs code (GeneratorObject::
  // close_runs_code); only those make a drop look further than itself.
  void RegisterFinalizable(Object* o, bool prompt = true) {
    finalizables_.push_back(o);
    ++live_finalizables_;
    if (prompt) ++prompt_finalizables_;
  }
  void FinalizableDone(bool prompt) {
    --live_finalizables_;
    if (prompt) --prompt_finalizables_;
  }
  // A registered generator's close_runs_code became `prompt`.
  void FinalizablePromptChanged(bool prompt) {
    if (prompt) {
      ++prompt_finalizables_;
    } else {
      --prompt_finalizables_;
    }
  }
  // Both count the weakly referenced objects too (weak_lists()): their
  // death is observable (a callback, `r()` turning None), so a drop that
  // may release one collects as for a __del__ instance.
  size_t live_finalizables() const { return live_finalizables_ + weak_lists_.size(); }
  size_t prompt_finalizables() const { return prompt_finalizables_ + weak_lists_.size(); }
  std::vector<Object*>& finalizables() { return finalizables_; }
  void set_live_finalizables(size_t n, size_t prompt) {
    live_finalizables_ = n;
    prompt_finalizables_ = prompt;
  }

  // Weak references (vm/objects/weakref.h): for each object some weak
  // reference refers to, the head of its list of them (CPython's
  // tp_weaklist, kept here since moat's objects have no slot for it) and
  // the entry's serial, which orders the entries wherever an order is
  // observable (a map's order follows addresses). Each entry is charged
  // kWeakEntryBytes. The collector clears the lists of dead objects and
  // unlinks dead references before it sweeps (vm/gc.cc), so a reference
  // never points at a freed object and the sweep never touches a list.
  struct WeakList {
    WeakRefObject* head;
    uint64_t serial;
  };
  static constexpr size_t kWeakEntryBytes = 32;
  absl::flat_hash_map<const Object*, WeakList>& weak_lists() { return weak_lists_; }
  uint64_t NextWeakSerial() { return ++last_weak_serial_; }
  // The serial of the newest entry of weak_lists(): the loop compares it
  // around a native call or an item store, to drop there the arguments
  // that got their first weak reference in it (vm/finalize.h
  // FinalizeNewlyReferenced).
  uint64_t weakrefs_made() const { return last_weak_serial_; }
  // Set by a collection that found a weakly referenced object unreachable
  // but kept it for a finalizer (its __del__ may resurrect it): its
  // references are cleared by a collection after the finalizers ran
  // (vm/finalize.cc), as CPython clears them after __del__.
  bool weak_recheck = false;

  // Calls fn(Object*) for every live object, in the sweep's order (not
  // allocation order; the same on every run). fn must not allocate or
  // collect.
  template <typename Fn>
  void ForEachObject(Fn&& fn) const {
    pool_.ForEachObject([&fn](void* p) { fn(static_cast<Object*>(p)); });
    large_objects_.ForEach(fn);
  }

 private:
  friend class Collector;
  // Finalizes a dead object and frees it, or keeps it in dead_classes_
  // when it is a class, for the end of the sweep.
  void SweepDead(Object* o);
  // Uncharges and frees a dead object (already finalized); `ordered` frees
  // through BlockPool::FreeOrdered, for the sweep's walk.
  void Release(Object* o, bool ordered);
  BlockPool pool_;  // declared first: destroyed after everything it stores
  ObjectList large_objects_;  // larger than BlockPool::kMaxPooledBytes
  size_t in_use_ = 0;
  size_t peak_ = 0;
  size_t refused_bytes_ = 0;
  size_t limit_bytes_ = std::numeric_limits<size_t>::max() / 2;
  size_t since_collect_ = 0;
  size_t collect_threshold_ = 8u << 20;
  void UpdateCollectThreshold();
  uint64_t allocations_ = 0;
  absl::flat_hash_map<const Object*, uint64_t> identity_;
  std::vector<Object*> dead_classes_;  // Sweep's, kept for its capacity
  uint64_t last_identity_ = 0;
  std::vector<Object*> finalizables_;
  size_t live_finalizables_ = 0;
  size_t prompt_finalizables_ = 0;
  absl::flat_hash_map<const Object*, WeakList> weak_lists_;
  uint64_t last_weak_serial_ = 0;
};

}  // namespace moat::vm

#endif  // MOAT_VM_HEAP_H_
