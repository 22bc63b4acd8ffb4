// Storage for the heap's small blocks, and the mark bits of the objects in
// them.
//
// Blocks of at most kMaxPooledBytes come from size-class free lists carved
// from chunks, so the common allocation (an object struct or buffer) costs
// a list pop instead of a malloc call, and freeing one costs a push. Most
// objects a script makes are small and die young (strings, ints, tuples,
// iterators); malloc's bookkeeping for them was about a third of the run
// time of allocation-heavy programs.
//
// Chunks: kChunkBytes each, aligned to their size, so the chunk of a block
// is its address masked. A chunk serves one size class and opens with a
// header (Chunk) holding two bitmaps with a bit per granule: `objects`
// (the block starting there holds a heap object: AllocateObject sets it)
// and `marks` (the collector reached that object: Mark). The sweep
// (SweepObjects) reads only these bitmaps to tell dead objects from live
// ones: a live object is never touched by it, a dead one is handed to the
// caller to finalize and free. A third bitmap, `pinned`, holds the objects
// that live as long as the pool (Pin): the sweep leaves their marks set,
// so the collector never traces them again. Marking a block is a bit set in its chunk's
// header, and the header's words stay in cache while the collector marks
// neighbours. Buffers (Allocate) have no object bit; the object that owns
// one frees it.
//
// Chunks are carved from slabs of kChunksPerSlab, taken from the system
// with aligned_alloc and given back only when the pool is destroyed, as
// with CPython's arenas of a short-lived process; a chunk keeps its class
// for life.
//
// The pool only stores; the Heap charges every byte against the memory
// limit before asking for it (vm/heap.h), so what a script may use does not
// depend on how blocks are packed (the chunk headers, 1/64 of a chunk, are
// not charged, as the size classes' rounding is not).
//
// Under AddressSanitizer a free block is poisoned until it is handed out
// again, so a use after free of a pooled block is still reported.
#ifndef MOAT_VM_BLOCK_POOL_H_
#define MOAT_VM_BLOCK_POOL_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace moat::vm {

class BlockPool {
 public:
  // Blocks up to this size come from the pool; larger ones from malloc.
  static constexpr size_t kMaxPooledBytes = 512;
  static constexpr size_t kGranule = 16;
  static constexpr size_t kChunkBytes = size_t{256} << 10;

  BlockPool() = default;
  ~BlockPool();
  BlockPool(const BlockPool&) = delete;
  BlockPool& operator=(const BlockPool&) = delete;

  // `bytes` > 0. Zero-filled when `zeroed`. nullptr when the system is out
  // of memory.
  void* Allocate(size_t bytes, bool zeroed);
  // A zeroed block of 0 < `bytes` <= kMaxPooledBytes that holds a heap
  // object: the sweep finds it from its chunk's object bitmap. It must be
  // freed only through the sweep's callback.
  void* AllocateObject(size_t bytes);
  // `bytes` must be the size the block was allocated with (any size in the
  // same size class will do).
  void Free(void* p, size_t bytes);
  // Frees during a sweep: each class's blocks are chained in the order
  // given and FinishOrderedFrees puts the chain in front of the class's
  // free list, so allocation hands them out in that order (the sweep's:
  // chunk by chunk, ascending addresses) and objects made together end up
  // next to each other, as on a fresh heap. Blocks freed this way are not
  // handed out before FinishOrderedFrees.
  void FreeOrdered(void* p, size_t bytes);
  void FinishOrderedFrees();
  // Resizes a block from Allocate; nullptr (and `p` intact) when out of
  // memory. The contents up to the smaller size are kept.
  void* Resize(void* p, size_t old_bytes, size_t new_bytes);

  // The mark bit of an object block from AllocateObject. Mark sets it and
  // says whether it was clear.
  static bool Mark(const void* p) {
    uint64_t& word = ChunkOf(p)->marks[GranuleOf(p) / 64];
    uint64_t bit = uint64_t{1} << (GranuleOf(p) % 64);
    if ((word & bit) != 0) return false;
    word |= bit;
    return true;
  }
  static bool IsMarked(const void* p) {
    return (ChunkOf(p)->marks[GranuleOf(p) / 64] >> (GranuleOf(p) % 64) & 1) != 0;
  }
  // Makes an object block live and marked for the pool's life (until
  // UnpinAll): every sweep sets its mark again.
  static void Pin(const void* p) {
    uint64_t bit = uint64_t{1} << (GranuleOf(p) % 64);
    ChunkOf(p)->pinned[GranuleOf(p) / 64] |= bit;
    ChunkOf(p)->marks[GranuleOf(p) / 64] |= bit;
  }
  // Ends a Pin, clearing the mark it kept (Heap::Unpin).
  static void Unpin(const void* p) {
    uint64_t bit = uint64_t{1} << (GranuleOf(p) % 64);
    ChunkOf(p)->pinned[GranuleOf(p) / 64] &= ~bit;
    ChunkOf(p)->marks[GranuleOf(p) / 64] &= ~bit;
  }
  static bool IsPinned(const void* p) {
    return (ChunkOf(p)->pinned[GranuleOf(p) / 64] >> (GranuleOf(p) % 64) & 1) != 0;
  }
  // Unpins every block and clears every mark, so the next sweep frees
  // whatever nothing marks again.
  void UnpinAll();

  // Calls dead(void*) for every object block whose mark is clear, chunk by
  // chunk in the order the chunks were made and by ascending address within
  // one, reading nothing but the bitmaps for the live ones; then those
  // blocks are no longer objects (dead must free each, through FreeOrdered
  // or after the sweep) and every mark is clear but those of the pinned
  // blocks. dead must not allocate objects. Returns how many object blocks there were, live and dead.
  template <typename Dead>
  size_t SweepObjects(Dead&& dead);
  // The bitmap words a sweep reads, live objects or not (its fixed cost).
  size_t BitmapWords() const { return chunks_.size() * kBitmapWords; }

  // Calls fn(void*) for every object block, in the sweep's order. fn must
  // not allocate.
  template <typename Fn>
  void ForEachObject(Fn&& fn) const {
    for (Chunk* chunk : chunks_) {
      for (size_t w = 0; w < kBitmapWords; ++w) {
        for (uint64_t bits = chunk->objects[w]; bits != 0; bits &= bits - 1) {
          fn(BlockAt(chunk, w, bits));
        }
      }
    }
  }

 private:
  static constexpr size_t kClasses = kMaxPooledBytes / kGranule;
  static constexpr size_t kBitmapWords = kChunkBytes / kGranule / 64;
  static constexpr size_t kChunksPerSlab = 16;

  struct Chunk {
    uint64_t objects[kBitmapWords];
    uint64_t marks[kBitmapWords];
    uint64_t pinned[kBitmapWords];
  };
  // Blocks start after the header, on a granule.
  static constexpr size_t kFirstBlockOffset = (sizeof(Chunk) + kGranule - 1) / kGranule * kGranule;

  static Chunk* ChunkOf(const void* p) {
    return reinterpret_cast<Chunk*>(reinterpret_cast<uintptr_t>(p) & ~(kChunkBytes - 1));
  }
  static size_t GranuleOf(const void* p) {
    return (reinterpret_cast<uintptr_t>(p) & (kChunkBytes - 1)) / kGranule;
  }
  // The block whose granule is the lowest set bit of `bits`, bitmap word w.
  static void* BlockAt(Chunk* chunk, size_t w, uint64_t bits) {
    size_t granule = w * 64 + static_cast<size_t>(std::countr_zero(bits));
    return reinterpret_cast<char*>(chunk) + granule * kGranule;
  }

  static size_t ClassOf(size_t bytes) { return (bytes - 1) / kGranule; }
  static size_t ClassBytes(size_t cls) { return (cls + 1) * kGranule; }
  // A block of class `cls` from its free list, else carved; nullptr when
  // the system is out of memory.
  void* Pop(size_t cls);
  void* Carve(size_t cls);
  Chunk* NewChunk();

  struct FreeBlock {
    FreeBlock* next;
  };
  FreeBlock* free_[kClasses] = {};
  // The chains FreeOrdered builds, head and tail per class.
  FreeBlock* ordered_head_[kClasses] = {};
  FreeBlock* ordered_tail_[kClasses] = {};
  // The uncarved part of each class's newest chunk.
  char* bump_[kClasses] = {};
  char* bump_end_[kClasses] = {};
  // The slab chunks are taken from, and the chunks in the order made.
  char* slab_next_ = nullptr;
  char* slab_end_ = nullptr;
  std::vector<void*> slabs_;
  std::vector<Chunk*> chunks_;
};

template <typename Dead>
size_t BlockPool::SweepObjects(Dead&& dead) {
  // A dead object's header is a cache miss (the caller reads its type): a
  // few are found ahead and prefetched while earlier ones are handled, in
  // a ring, so they are still handled in order.
  constexpr size_t kAhead = 16;
  void* ahead[kAhead];
  size_t first = 0;
  size_t pending = 0;
  size_t objects = 0;
  for (Chunk* chunk : chunks_) {
    for (size_t w = 0; w < kBitmapWords; ++w) {
      uint64_t bits = chunk->objects[w];
      if (bits == 0) continue;  // no object, so no mark either
      uint64_t marks = chunk->marks[w];
      objects += static_cast<size_t>(std::popcount(bits));
      chunk->objects[w] = marks;  // marks are only ever set on objects
      chunk->marks[w] = chunk->pinned[w];
      for (uint64_t d = bits & ~marks; d != 0; d &= d - 1) {
        void* block = BlockAt(chunk, w, d);
        __builtin_prefetch(block, 1);
        if (pending == kAhead) {
          dead(ahead[first]);
          ahead[first] = block;
          first = (first + 1) % kAhead;
        } else {
          ahead[(first + pending++) % kAhead] = block;
        }
      }
    }
  }
  for (; pending > 0; --pending, first = (first + 1) % kAhead) dead(ahead[first]);
  return objects;
}

}  // namespace moat::vm

#endif  // MOAT_VM_BLOCK_POOL_H_
