// Per-interpreter heap: see heap.h for the accounting invariants.
#include "vm/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "vm/objects/base_types.h"

namespace moat::vm {

Heap::~Heap() {
  // The interpreter has already finalized every object (Interp::~Interp);
  // anything left is freed without finalizers (pooled ones with the pool).
  large_objects_.ForEach([this](Object* o) { pool_.Free(o, o->alloc_size); });
}

Object* Heap::AllocateObject(TypeObject* type, size_t bytes) {
  if (bytes > UINT32_MAX || !Charge(bytes)) return nullptr;
  void* p;
  if (bytes <= BlockPool::kMaxPooledBytes) [[likely]] {
    p = pool_.AllocateObject(bytes);
  } else {
    p = pool_.Allocate(bytes, /*zeroed=*/true);
    if (p != nullptr && !large_objects_.Push(static_cast<Object*>(p))) {
      pool_.Free(p, bytes);
      p = nullptr;
    }
  }
  if (p == nullptr) {
    Uncharge(bytes);
    return nullptr;
  }
  ++allocations_;
  Object* o = static_cast<Object*>(p);
  o->type = type;
  o->gc_flags = 0;
  o->alloc_size = static_cast<uint32_t>(bytes);
  if ((type->type_flags & kTypeHasFinalizer) != 0) [[unlikely]] RegisterFinalizable(o);
  return o;
}

void* Heap::AllocBuffer(size_t bytes) {
  if (bytes == 0) bytes = 1;
  if (!Charge(bytes)) return nullptr;
  void* p = pool_.Allocate(bytes, /*zeroed=*/false);
  if (p == nullptr) {
    Uncharge(bytes);
    return nullptr;
  }
  ++allocations_;
  return p;
}

void Heap::FreeBuffer(void* p, size_t bytes) {
  if (p == nullptr) return;
  if (bytes == 0) bytes = 1;
  Uncharge(bytes);
  pool_.Free(p, bytes);
}

void* Heap::ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes) {
  if (p == nullptr) return AllocBuffer(new_bytes);
  if (old_bytes == 0) old_bytes = 1;
  if (new_bytes == 0) new_bytes = 1;
  if (new_bytes > old_bytes) {
    if (!Charge(new_bytes - old_bytes)) return nullptr;
  }
  void* q = pool_.Resize(p, old_bytes, new_bytes);
  if (q == nullptr) {
    if (new_bytes > old_bytes) Uncharge(new_bytes - old_bytes);
    return nullptr;
  }
  if (new_bytes < old_bytes) Uncharge(old_bytes - new_bytes);
  ++allocations_;
  return q;
}

void Heap::Release(Object* o, bool ordered) {
  if (o->gc_flags & kObjHasIdentity) {
    identity_.erase(o);
    Uncharge(kIdentityEntryBytes);
  }
  Uncharge(o->alloc_size);
  if (ordered) {
    pool_.FreeOrdered(o, o->alloc_size);
  } else {
    pool_.Free(o, o->alloc_size);
  }
}

uint64_t Heap::IdentitySerial(Object* o) {
  if ((o->gc_flags & (kObjHasIdentity | kObjStatic)) != 0) {
    auto it = identity_.find(o);
    if (it != identity_.end()) return it->second;
  }
  if (!Charge(kIdentityEntryBytes)) return 0;
  uint64_t serial = ++last_identity_;
  identity_.emplace(o, serial);
  // Static objects are shared by every interpreter and never written to.
  if ((o->gc_flags & kObjStatic) == 0) o->gc_flags |= kObjHasIdentity;
  return serial;
}

void Heap::UnpinAll() {
  pool_.UnpinAll();
  large_objects_.ForEach([](Object* o) { o->gc_flags &= ~(kObjPinned | kObjMarked); });
}

void Heap::SweepDead(Object* o) {
  const TypeObject* type = o->type;
  if (type->finalize != nullptr) type->finalize(*this, o);
  // A finalizer reads its object's type, and a user class (an object whose
  // type is `type` or a metaclass) may die in the same collection as its
  // instances, so classes are freed only after the walk. Finalizers read
  // nothing else of another object (the type's static solid base at most),
  // so freeing the rest at once is safe.
  if (type == &kTypeType || (type->type_flags & kTypeHeapType) != 0) {
    dead_classes_.push_back(o);
  } else {
    Release(o, /*ordered=*/true);
  }
}

size_t Heap::Sweep() {
  // Dead and live objects are told apart by the mark bitmaps, so a live
  // pooled object is not read at all; each dead one is finalized and freed
  // while its header is in cache.
  dead_classes_.clear();
  size_t walked = pool_.SweepObjects([this](void* p) { SweepDead(static_cast<Object*>(p)); });
  large_objects_.Filter([this, &walked](Object* o) {
    ++walked;
    if (o->gc_flags & kObjMarked) {
      if ((o->gc_flags & kObjPinned) == 0) o->gc_flags &= ~kObjMarked;
      return true;
    }
    SweepDead(o);
    return false;
  });
  pool_.FinishOrderedFrees();
  for (Object* o : dead_classes_) Release(o, /*ordered=*/false);
  dead_classes_.clear();
  since_collect_ = 0;
  UpdateCollectThreshold();
  return walked;
}

void Heap::UpdateCollectThreshold() {
  // The next collection comes after the live size has grown by as much
  // again (amortized linear cost), and not before a floor, so a small heap
  // is not traced over and over; but always once the bytes allocated since
  // the last one reach half the room left under the memory limit, so that
  // garbage never pushes a program whose live data fits over its limit
  // (with a limit of a few megabytes, below the floor, and with live data
  // close to any limit).
  constexpr size_t kMinCollectBytes = size_t{8} << 20;
  // Within this much of the limit, a program runs into it rather than
  // collecting after every few allocations.
  constexpr size_t kMinRoomBytes = size_t{64} << 10;
  // Both from the live size the last collection left (about: frees
  // outside collections lower in_use_ too).
  size_t live = in_use_ > since_collect_ ? in_use_ - since_collect_ : 0;
  size_t room = live < limit_bytes_ ? limit_bytes_ - live : 0;
  collect_threshold_ =
      std::max(kMinRoomBytes, std::min(std::max(kMinCollectBytes, live), room / 2));
}

}  // namespace moat::vm
