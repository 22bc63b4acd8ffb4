// Tests for vm/block_pool.h: size classes, reuse, zeroing and resizing.
#include "vm/block_pool.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
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

}  // namespace
}  // namespace moat::vm
