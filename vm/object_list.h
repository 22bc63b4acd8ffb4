// The heap's record of its large objects (those the block pool does not
// hold, vm/block_pool.h), in allocation order: an array of pointers in
// fixed-size segments.
//
// The sweep visits every large object (pooled ones it finds from their
// chunks' bitmaps). Reading pointers front to back lets the processor
// overlap the header loads, and the walk prefetches a few objects ahead.
// Segments never move, so growing costs no copy and leaves at most one
// segment of slack. An entry (8 bytes) is under 1/64 of the object it
// records, as the pool's bitmaps are of a chunk, and is not charged.
#ifndef MOAT_VM_OBJECT_LIST_H_
#define MOAT_VM_OBJECT_LIST_H_

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

#include "vm/object.h"

namespace moat::vm {

class ObjectList {
 public:
  // false (and nothing added) when the system is out of memory.
  bool Push(Object* o) {
    if (size_ == segments_.size() * kSegmentEntries) {
      std::unique_ptr<Object*[]> segment(new (std::nothrow) Object*[kSegmentEntries]);
      if (segment == nullptr) return false;
      segments_.push_back(std::move(segment));
    }
    At(size_++) = o;
    return true;
  }

  size_t size() const { return size_; }

  // Calls fn(Object*) for every object, oldest first.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (size_t i = 0; i < size_; ++i) fn(At(i));
  }

  // Keeps, in order, the objects for which keep(Object*) is true; drops the
  // rest. keep is called once per object, oldest first.
  template <typename Keep>
  void Filter(Keep&& keep) {
    // Far enough ahead that the header has arrived when its turn comes.
    constexpr size_t kPrefetchDistance = 32;
    size_t kept = 0;
    for (size_t i = 0; i < size_; ++i) {
      if (i + kPrefetchDistance < size_) __builtin_prefetch(At(i + kPrefetchDistance));
      Object* o = At(i);
      if (keep(o)) At(kept++) = o;
    }
    size_ = kept;
    // Give back the segments left empty, keeping one spare so a heap that
    // hovers at a segment boundary does not allocate on every collection.
    size_t needed = (size_ + kSegmentEntries - 1) / kSegmentEntries + 1;
    if (segments_.size() > needed) segments_.resize(needed);
  }

 private:
  static constexpr size_t kSegmentEntries = size_t{1} << 13;  // 64 KiB of pointers

  Object*& At(size_t i) const { return segments_[i / kSegmentEntries][i % kSegmentEntries]; }

  std::vector<std::unique_ptr<Object*[]>> segments_;
  size_t size_ = 0;
};

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECT_LIST_H_
