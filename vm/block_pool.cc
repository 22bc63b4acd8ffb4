// Size-class block pool; see block_pool.h.
#include "vm/block_pool.h"

#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define MOAT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOAT_ASAN 1
#endif
#endif

#ifdef MOAT_ASAN
#include <sanitizer/asan_interface.h>
#define MOAT_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define MOAT_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define MOAT_POISON(p, n) ((void)(p), (void)(n))
#define MOAT_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace moat::vm {

BlockPool::~BlockPool() {
  for (void* chunk : chunks_) {
    MOAT_UNPOISON(chunk, kChunkBytes);
    std::free(chunk);
  }
}

void* BlockPool::Carve(size_t cls) {
  size_t size = ClassBytes(cls);
  if (static_cast<size_t>(bump_end_ - bump_) < size) {
    // The old tail (a multiple of the granule) becomes one free block of
    // its own class rather than being wasted.
    size_t tail = static_cast<size_t>(bump_end_ - bump_);
    if (tail > 0) {
      MOAT_UNPOISON(bump_, tail);
      Free(bump_, tail);
    }
    void* chunk = std::malloc(kChunkBytes);
    if (chunk == nullptr) return nullptr;
    chunks_.push_back(chunk);
    bump_ = static_cast<char*>(chunk);
    bump_end_ = bump_ + kChunkBytes;
    MOAT_POISON(bump_, kChunkBytes);
  }
  void* p = bump_;
  bump_ += size;
  MOAT_UNPOISON(p, size);
  return p;
}

void* BlockPool::Allocate(size_t bytes, bool zeroed) {
  if (bytes > kMaxPooledBytes) return zeroed ? std::calloc(1, bytes) : std::malloc(bytes);
  size_t cls = ClassOf(bytes);
  void* p;
  if (FreeBlock* block = free_[cls]) {
    MOAT_UNPOISON(block, ClassBytes(cls));
    free_[cls] = block->next;
    // Freed blocks are scattered over the heap and cold: start loading the
    // next one now, so the next allocation of this class does not stall.
    if (block->next != nullptr) __builtin_prefetch(block->next, 1);
    p = block;
  } else {
    p = Carve(cls);
    if (p == nullptr) return nullptr;
  }
  if (zeroed) std::memset(p, 0, ClassBytes(cls));
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
