// Storage for the heap's small blocks: size-class free lists carved from
// large chunks, so the common allocation (an object struct or buffer of at
// most kMaxPooledBytes) costs a list pop instead of a malloc call, and
// freeing one costs a push. Most objects a script makes are small and die
// young (strings, ints, tuples, iterators); malloc's bookkeeping for them
// was about a third of the run time of allocation-heavy programs, and
// objects carved from one chunk sit next to each other, so the sweep's walk
// over the object list touches fewer cache lines.
//
// The pool only stores; the Heap charges every byte against the memory
// limit before asking for it (vm/heap.h), so what a script may use does not
// depend on how blocks are packed. Chunks go back to the system only when
// the pool is destroyed, as with CPython's arenas of a short-lived process.
//
// Under AddressSanitizer a free block is poisoned until it is handed out
// again, so a use after free of a pooled block is still reported.
#ifndef MOAT_VM_BLOCK_POOL_H_
#define MOAT_VM_BLOCK_POOL_H_

#include <cstddef>
#include <vector>

namespace moat::vm {

class BlockPool {
 public:
  // Blocks up to this size come from the pool; larger ones from malloc.
  static constexpr size_t kMaxPooledBytes = 512;
  static constexpr size_t kGranule = 16;

  BlockPool() = default;
  ~BlockPool();
  BlockPool(const BlockPool&) = delete;
  BlockPool& operator=(const BlockPool&) = delete;

  // `bytes` > 0. Zero-filled when `zeroed`. nullptr when the system is out
  // of memory.
  void* Allocate(size_t bytes, bool zeroed);
  // `bytes` must be the size the block was allocated with (any size in the
  // same size class will do).
  void Free(void* p, size_t bytes);
  // Frees during a sweep, which visits the heap oldest first: each class's
  // blocks are chained in the order given and FinishOrderedFrees puts the
  // chain in front of the class's free list, so allocation hands out the
  // oldest (mostly lowest-addressed) first and objects made together end up
  // near each other, as on a fresh heap. Blocks freed this way are not
  // handed out before FinishOrderedFrees.
  void FreeOrdered(void* p, size_t bytes);
  void FinishOrderedFrees();
  // Resizes a block from Allocate; nullptr (and `p` intact) when out of
  // memory. The contents up to the smaller size are kept.
  void* Resize(void* p, size_t old_bytes, size_t new_bytes);

 private:
  static constexpr size_t kClasses = kMaxPooledBytes / kGranule;
  static constexpr size_t kChunkBytes = size_t{256} << 10;

  static size_t ClassOf(size_t bytes) { return (bytes - 1) / kGranule; }
  static size_t ClassBytes(size_t cls) { return (cls + 1) * kGranule; }
  void* Carve(size_t cls);

  struct FreeBlock {
    FreeBlock* next;
  };
  FreeBlock* free_[kClasses] = {};
  // The chains FreeOrdered builds, head and tail per class.
  FreeBlock* ordered_head_[kClasses] = {};
  FreeBlock* ordered_tail_[kClasses] = {};
  // The unused tail of the newest chunk, shared by all classes.
  char* bump_ = nullptr;
  char* bump_end_ = nullptr;
  std::vector<void*> chunks_;
};

}  // namespace moat::vm

#endif  // MOAT_VM_BLOCK_POOL_H_
