// Size-class block pool; see block_pool.h.
#include "vm/block_pool.h"

#include <cstdlib>
#include <cstring>

#include "vm/sanitizer.h"

#ifdef MOAT_ASAN
#include <sanitizer/asan_interface.h>
#define MOAT_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define MOAT_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define MOAT_POISON(p, n) ((void)(p), (void)(n))
#define MOAT_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace moat::vm {

namespace {

// Zeroes `bytes` (a multiple of kGranule) at `p` one granule at a time. A
// memset of a length the compiler cannot see becomes `rep stos`, whose
// start-up cost is several times that of the few stores a pooled block
// needs: it was a tenth of the run time of allocation-heavy programs.
inline void ZeroGranules(void* p, size_t bytes) {
  char* q = static_cast<char*>(p);
  char* end = q + bytes;
#pragma GCC unroll 2
  for (; q < end; q += BlockPool::kGranule) std::memset(q, 0, BlockPool::kGranule);
}

}  // namespace

BlockPool::~BlockPool() {
  for (void* slab : slabs_) {
    MOAT_UNPOISON(slab, kChunksPerSlab * kChunkBytes);
    std::free(slab);
  }
}

void BlockPool::UnpinAll() {
  for (Chunk* chunk : chunks_) {
    std::memset(chunk->pinned, 0, sizeof chunk->pinned);
    std::memset(chunk->marks, 0, sizeof chunk->marks);
  }
}

BlockPool::Chunk* BlockPool::NewChunk() {
  if (slab_next_ == slab_end_) {
    // A slab of chunks at once: one system call per slab rather than per
    // chunk; the chunks not yet used are not touched, so they cost address
    // space only.
    void* slab = std::aligned_alloc(kChunkBytes, kChunksPerSlab * kChunkBytes);
    if (slab == nullptr) return nullptr;
    slabs_.push_back(slab);
    slab_next_ = static_cast<char*>(slab);
    slab_end_ = slab_next_ + kChunksPerSlab * kChunkBytes;
    MOAT_POISON(slab, kChunksPerSlab * kChunkBytes);
  }
  Chunk* chunk = reinterpret_cast<Chunk*>(slab_next_);
  slab_next_ += kChunkBytes;
  chunks_.push_back(chunk);
  MOAT_UNPOISON(chunk, sizeof(Chunk));
  std::memset(chunk, 0, sizeof(Chunk));
  return chunk;
}

void* BlockPool::Carve(size_t cls) {
  size_t size = ClassBytes(cls);
  if (static_cast<size_t>(bump_end_[cls] - bump_[cls]) < size) {
    // The old tail, smaller than a block, stays unused.
    Chunk* chunk = NewChunk();
    if (chunk == nullptr) return nullptr;
    bump_[cls] = reinterpret_cast<char*>(chunk) + kFirstBlockOffset;
    bump_end_[cls] = reinterpret_cast<char*>(chunk) + kChunkBytes;
  }
  void* p = bump_[cls];
  bump_[cls] += size;
  MOAT_UNPOISON(p, size);
  return p;
}

inline void* BlockPool::Pop(size_t cls) {
  if (FreeBlock* block = free_[cls]) {
    MOAT_UNPOISON(block, ClassBytes(cls));
    free_[cls] = block->next;
    // Freed blocks are scattered over the heap and cold: start loading the
    // next one now, so the next allocation of this class does not stall.
    if (block->next != nullptr) __builtin_prefetch(block->next, 1);
    return block;
  }
  return Carve(cls);
}

void* BlockPool::Allocate(size_t bytes, bool zeroed) {
  if (bytes > kMaxPooledBytes) return zeroed ? std::calloc(1, bytes) : std::malloc(bytes);
  size_t cls = ClassOf(bytes);
  void* p = Pop(cls);
  if (p != nullptr && zeroed) ZeroGranules(p, ClassBytes(cls));
  return p;
}

void* BlockPool::AllocateObject(size_t bytes) {
  size_t cls = ClassOf(bytes);
  void* p = Pop(cls);
  if (p == nullptr) return nullptr;
  ZeroGranules(p, ClassBytes(cls));
  ChunkOf(p)->objects[GranuleOf(p) / 64] |= uint64_t{1} << (GranuleOf(p) % 64);
  return p;
}

void BlockPool::Free(void* p, size_t bytes) {
  if (bytes > kMaxPooledBytes) {
    std::free(p);
    return;
  }
  size_t cls = ClassOf(bytes);
  FreeBlock* block = static_cast<FreeBlock*>(p);
  block->next = free_[cls];
  free_[cls] = block;
  MOAT_POISON(block, ClassBytes(cls));
}

void BlockPool::FreeOrdered(void* p, size_t bytes) {
  if (bytes > kMaxPooledBytes) {
    std::free(p);
    return;
  }
  size_t cls = ClassOf(bytes);
  FreeBlock* block = static_cast<FreeBlock*>(p);
  block->next = nullptr;
  if (FreeBlock* tail = ordered_tail_[cls]) {
    MOAT_UNPOISON(tail, sizeof(FreeBlock));
    tail->next = block;
    MOAT_POISON(tail, sizeof(FreeBlock));
  } else {
    ordered_head_[cls] = block;
  }
  ordered_tail_[cls] = block;
  MOAT_POISON(block, ClassBytes(cls));
}

void BlockPool::FinishOrderedFrees() {
  for (size_t cls = 0; cls < kClasses; ++cls) {
    FreeBlock* tail = ordered_tail_[cls];
    if (tail == nullptr) continue;
    MOAT_UNPOISON(tail, sizeof(FreeBlock));
    tail->next = free_[cls];
    MOAT_POISON(tail, sizeof(FreeBlock));
    free_[cls] = ordered_head_[cls];
    ordered_head_[cls] = ordered_tail_[cls] = nullptr;
  }
}

void* BlockPool::Resize(void* p, size_t old_bytes, size_t new_bytes) {
  if (old_bytes > kMaxPooledBytes && new_bytes > kMaxPooledBytes) {
    return std::realloc(p, new_bytes);
  }
  if (old_bytes <= kMaxPooledBytes && new_bytes <= kMaxPooledBytes &&
      ClassOf(old_bytes) == ClassOf(new_bytes)) {
    return p;
  }
  void* q = Allocate(new_bytes, /*zeroed=*/false);
  if (q == nullptr) return nullptr;
  std::memcpy(q, p, old_bytes < new_bytes ? old_bytes : new_bytes);
  Free(p, old_bytes);
  return q;
}

}  // namespace moat::vm
