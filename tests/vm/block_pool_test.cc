// Tests for vm/block_pool.h: size classes, reuse, zeroing, resizing, the
// chunks of one class each and their mark and object bitmaps.
#include "vm/block_pool.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <vector>

namespace moat::vm {
namespace {

TEST(BlockPoolTest, FreedBlockIsReusedForTheSameSizeClass) {
  BlockPool pool;
  void* a = pool.Allocate(40, /*zeroed=*/false);
  ASSERT_NE(a, nullptr);
  pool.Free(a, 40);
  // 33..48 bytes share a class: the freed block comes back.
  EXPECT_EQ(pool.Allocate(48, /*zeroed=*/false), a);
}

TEST(BlockPoolTest, DifferentClassesGetDifferentBlocks) {
  BlockPool pool;
  void* a = pool.Allocate(16, false);
  pool.Free(a, 16);
  void* b = pool.Allocate(17, false);  // the next class up
  EXPECT_NE(a, b);
}

TEST(BlockPoolTest, ZeroedAllocationIsZeroEvenWhenReused) {
  BlockPool pool;
  auto* p = static_cast<unsigned char*>(pool.Allocate(64, false));
  std::memset(p, 0xAB, 64);
  pool.Free(p, 64);
  auto* q = static_cast<unsigned char*>(pool.Allocate(64, /*zeroed=*/true));
  ASSERT_EQ(p, q);
  for (int i = 0; i < 64; ++i) EXPECT_EQ(q[i], 0) << i;
}

TEST(BlockPoolTest, BlocksAreAlignedAndDistinctAcrossManyChunks) {
  BlockPool pool;
  std::set<uintptr_t> seen;
  std::vector<void*> blocks;
  // Enough 512-byte blocks to need several chunks.
  for (int i = 0; i < 4000; ++i) {
    void* p = pool.Allocate(BlockPool::kMaxPooledBytes, false);
    ASSERT_NE(p, nullptr);
    uintptr_t address = reinterpret_cast<uintptr_t>(p);
    EXPECT_EQ(address % BlockPool::kGranule, 0u);
    EXPECT_TRUE(seen.insert(address).second);
    std::memset(p, i & 0xFF, BlockPool::kMaxPooledBytes);  // writable whole
    blocks.push_back(p);
  }
  for (void* p : blocks) pool.Free(p, BlockPool::kMaxPooledBytes);
}

TEST(BlockPoolTest, ResizeKeepsContentsAcrossClassesAndToMalloc) {
  BlockPool pool;
  auto* p = static_cast<char*>(pool.Allocate(20, false));
  std::memcpy(p, "0123456789abcdefghi", 20);
  // Same class: the block itself.
  EXPECT_EQ(pool.Resize(p, 20, 30), p);
  // Up a class, then past the pooled sizes, then back down.
  auto* q = static_cast<char*>(pool.Resize(p, 30, 100));
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(std::memcmp(q, "0123456789abcdefghi", 20), 0);
  auto* r = static_cast<char*>(pool.Resize(q, 100, 4096));
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(std::memcmp(r, "0123456789abcdefghi", 20), 0);
  auto* s = static_cast<char*>(pool.Resize(r, 4096, 8));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(std::memcmp(s, "01234567", 8), 0);
  pool.Free(s, 8);
}

TEST(BlockPoolTest, LargeBlocksComeFromTheSystemZeroedOnRequest) {
  BlockPool pool;
  auto* p = static_cast<unsigned char*>(pool.Allocate(10000, /*zeroed=*/true));
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 10000; i += 97) EXPECT_EQ(p[i], 0) << i;
  pool.Free(p, 10000);
}

TEST(BlockPoolTest, OrderedFreesComeBackOldestFirstOnlyAfterFinish) {
  BlockPool pool;
  void* kept = pool.Allocate(32, false);
  void* a = pool.Allocate(32, false);
  void* b = pool.Allocate(32, false);
  void* c = pool.Allocate(32, false);
  void* other = pool.Allocate(100, false);
  pool.Free(kept, 32);
  pool.FreeOrdered(a, 32);
  pool.FreeOrdered(other, 100);
  pool.FreeOrdered(b, 32);
  pool.FreeOrdered(c, 32);
  pool.FreeOrdered(pool.Allocate(10000, false), 10000);  // large: straight back
  // Until the sweep finishes, only the blocks freed before are handed out.
  EXPECT_EQ(pool.Allocate(32, false), kept);
  void* fresh = pool.Allocate(32, false);
  EXPECT_NE(fresh, a);
  EXPECT_NE(fresh, b);
  EXPECT_NE(fresh, c);
  pool.FinishOrderedFrees();
  EXPECT_EQ(pool.Allocate(32, false), a);
  EXPECT_EQ(pool.Allocate(32, false), b);
  EXPECT_EQ(pool.Allocate(32, false), c);
  EXPECT_EQ(pool.Allocate(100, false), other);
  // A second sweep's chain goes in front of what is already free.
  pool.Free(b, 32);
  pool.FreeOrdered(a, 32);
  pool.FreeOrdered(c, 32);
  pool.FinishOrderedFrees();
  EXPECT_EQ(pool.Allocate(32, false), a);
  EXPECT_EQ(pool.Allocate(32, false), c);
  EXPECT_EQ(pool.Allocate(32, false), b);
}

uintptr_t ChunkAddress(const void* p) {
  return reinterpret_cast<uintptr_t>(p) & ~(BlockPool::kChunkBytes - 1);
}

TEST(BlockPoolTest, EachChunkServesOneSizeClass) {
  BlockPool pool;
  std::set<uintptr_t> small_chunks;
  std::set<uintptr_t> big_chunks;
  // Interleaved, as a program allocates: the classes still get chunks of
  // their own, so a block's chunk (its address masked) has its class.
  for (int i = 0; i < 3000; ++i) {
    small_chunks.insert(ChunkAddress(pool.Allocate(32, false)));
    big_chunks.insert(ChunkAddress(pool.AllocateObject(400)));
  }
  EXPECT_EQ(small_chunks.size(), 1u);
  EXPECT_GT(big_chunks.size(), 1u);
  for (uintptr_t chunk : big_chunks) EXPECT_EQ(small_chunks.count(chunk), 0u);
}

TEST(BlockPoolTest, MarkBitsArePerObjectBlock) {
  BlockPool pool;
  void* a = pool.AllocateObject(16);
  void* b = pool.AllocateObject(16);  // the next granule: the next bit
  EXPECT_FALSE(BlockPool::IsMarked(a));
  EXPECT_TRUE(BlockPool::Mark(b));
  EXPECT_FALSE(BlockPool::IsMarked(a));
  EXPECT_TRUE(BlockPool::IsMarked(b));
  EXPECT_FALSE(BlockPool::Mark(b));
}

TEST(BlockPoolTest, SweepFindsTheUnmarkedObjectsNotTheBuffers) {
  BlockPool pool;
  std::map<void*, size_t> sizes;
  std::set<void*> expected_dead;
  for (int i = 0; i < 300; ++i) {
    size_t bytes = 16 + 16 * (i % 7);
    void* buffer = pool.Allocate(bytes, false);  // unmarked, but not an object
    void* object = pool.AllocateObject(bytes);
    ASSERT_NE(buffer, nullptr);
    ASSERT_NE(object, nullptr);
    sizes[object] = bytes;
    if (i % 4 == 0) {
      BlockPool::Mark(object);
    } else {
      expected_dead.insert(object);
    }
  }
  std::vector<void*> dead;
  EXPECT_EQ(pool.SweepObjects([&](void* p) { dead.push_back(p); }), 300u);
  EXPECT_EQ(std::set<void*>(dead.begin(), dead.end()), expected_dead);
  EXPECT_EQ(dead.size(), expected_dead.size());
  // Chunk by chunk, ascending within each.
  std::set<uintptr_t> chunks_done;
  for (size_t i = 1; i < dead.size(); ++i) {
    if (ChunkAddress(dead[i]) == ChunkAddress(dead[i - 1])) {
      EXPECT_LT(dead[i - 1], dead[i]);
    } else {
      chunks_done.insert(ChunkAddress(dead[i - 1]));
      EXPECT_EQ(chunks_done.count(ChunkAddress(dead[i])), 0u);
    }
  }
  for (void* p : dead) pool.FreeOrdered(p, sizes[p]);
  pool.FinishOrderedFrees();
  // The dead are no longer objects, and the survivors' marks are clear.
  std::vector<void*> left;
  pool.ForEachObject([&](void* p) { left.push_back(p); });
  EXPECT_EQ(left.size(), 75u);
  for (void* p : left) EXPECT_FALSE(BlockPool::IsMarked(p));
  size_t swept = 0;
  EXPECT_EQ(pool.SweepObjects([&](void*) { ++swept; }), 75u);
  EXPECT_EQ(swept, 75u);  // nothing marked since: all dead
}

}  // namespace
}  // namespace moat::vm
