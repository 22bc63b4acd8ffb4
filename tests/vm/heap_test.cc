// Tests for vm/heap.h: identity serials (the deterministic object.__hash__)
// and their bookkeeping through a sweep.
#include "vm/heap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/int.h"
#include "vm/objects/set.h"

namespace moat::vm {
namespace {

TypeObject kPlainType;  // no finalizer; enough for a bare Heap

TEST(HeapIdentityTest, SerialsAreStableDistinctAndInFirstAskOrder) {
  Heap heap;
  Object* a = heap.AllocateObject(&kPlainType, sizeof(Object));
  Object* b = heap.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  // Asked for b first: b gets the first serial, whatever the addresses.
  EXPECT_EQ(heap.IdentitySerial(b), 1u);
  EXPECT_EQ(heap.IdentitySerial(a), 2u);
  EXPECT_EQ(heap.IdentitySerial(b), 1u);
  EXPECT_EQ(heap.IdentitySerial(a), 2u);
  EXPECT_NE(a->gc_flags & kObjHasIdentity, 0u);
  EXPECT_EQ(heap.identity_entries(), 2u);
}

// The registry of finalizable objects counts the prompt ones apart
// (vm/finalize.h): a registration, a change and a removal each move
// prompt_finalizables() with live_finalizables() only as told.
TEST(HeapFinalizablesTest, PromptOnesAreCountedApart) {
  Heap heap;
  Object* instance = heap.AllocateObject(&kPlainType, sizeof(Object));
  Object* coroutine = heap.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(instance, nullptr);
  ASSERT_NE(coroutine, nullptr);
  heap.RegisterFinalizable(instance);
  heap.RegisterFinalizable(coroutine, /*prompt=*/false);
  EXPECT_EQ(heap.live_finalizables(), 2u);
  EXPECT_EQ(heap.prompt_finalizables(), 1u);
  heap.FinalizablePromptChanged(true);  // the coroutine suspends in a try
  EXPECT_EQ(heap.prompt_finalizables(), 2u);
  heap.FinalizablePromptChanged(false);  // and resumes
  heap.FinalizableDone(/*prompt=*/false);  // then finishes
  EXPECT_EQ(heap.live_finalizables(), 1u);
  EXPECT_EQ(heap.prompt_finalizables(), 1u);
  heap.FinalizableDone(/*prompt=*/true);
  EXPECT_EQ(heap.live_finalizables(), 0u);
  EXPECT_EQ(heap.prompt_finalizables(), 0u);
  EXPECT_EQ(heap.finalizables().size(), 2u);  // pruned by the next collection
  heap.finalizables().clear();
}

TEST(HeapIdentityTest, SweepForgetsTheEntryAndReturnsItsCharge) {
  Heap heap;
  Object* keep = heap.AllocateObject(&kPlainType, sizeof(Object));
  Object* dead = heap.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(keep, nullptr);
  ASSERT_NE(dead, nullptr);
  size_t before = heap.bytes_in_use();
  uint64_t kept_serial = heap.IdentitySerial(keep);
  heap.IdentitySerial(dead);
  EXPECT_EQ(heap.bytes_in_use(), before + 2 * Heap::kIdentityEntryBytes);
  Heap::Mark(keep);  // what the collector's mark phase does
  heap.Sweep();
  EXPECT_EQ(heap.identity_entries(), 1u);
  EXPECT_EQ(heap.bytes_in_use(), before - sizeof(Object) + Heap::kIdentityEntryBytes);
  // The survivor keeps its serial; a new object gets a fresh one, never a
  // dead object's (even if malloc hands back the same address).
  EXPECT_EQ(heap.IdentitySerial(keep), kept_serial);
  Object* fresh = heap.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(fresh, nullptr);
  EXPECT_EQ(heap.IdentitySerial(fresh), 3u);
}

TEST(HeapIdentityTest, StaticObjectsGetASerialWithoutBeingWritten) {
  InitAllTypes();
  Heap heap;
  uint32_t flags = kIntType.gc_flags;
  uint64_t serial = heap.IdentitySerial(&kIntType);
  EXPECT_EQ(serial, 1u);
  EXPECT_EQ(heap.IdentitySerial(&kIntType), serial);
  EXPECT_EQ(kIntType.gc_flags, flags);
  // Each heap numbers static objects on its own.
  Heap other;
  Object* o = other.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(other.IdentitySerial(o), 1u);
  EXPECT_EQ(other.IdentitySerial(&kIntType), 2u);
}

TEST(HeapIdentityTest, RefusedChargeLeavesNoEntry) {
  Heap heap;
  Object* o = heap.AllocateObject(&kPlainType, sizeof(Object));
  ASSERT_NE(o, nullptr);
  heap.set_limit_bytes(heap.bytes_in_use());
  EXPECT_EQ(heap.IdentitySerial(o), 0u);
  EXPECT_EQ(o->gc_flags & kObjHasIdentity, 0u);
  EXPECT_EQ(heap.identity_entries(), 0u);
}

// A set of identity-hashed objects iterates in the order their hashes were
// first asked for, in every interpreter, however their addresses fall.
std::vector<size_t> SetOrder(size_t garbage_between) {
  InitAllTypes();
  Interp vm(Interp::Options{});
  std::vector<Object*> objects;
  std::vector<std::pair<void*, size_t>> spacers;  // shift the addresses
  for (size_t i = 0; i < 40; ++i) {
    for (size_t g = 0; g < garbage_between; ++g) {
      size_t bytes = 24 + 8 * g;
      spacers.emplace_back(vm.AllocBuffer(bytes), bytes);
    }
    objects.push_back(vm.New<Object>(&kObjectType));
  }
  SetObject* s = NewSet(vm);
  for (size_t i = objects.size(); i-- > 0;) {
    EXPECT_EQ(SetAdd(vm, s, Value::FromObject(objects[i])), 0);
  }
  std::vector<size_t> order;
  size_t pos = 0;
  Value key;
  while (SetNext(s, &pos, &key)) {
    for (size_t i = 0; i < objects.size(); ++i) {
      if (objects[i] == key.object()) order.push_back(i);
    }
  }
  for (auto [p, bytes] : spacers) vm.FreeBuffer(p, bytes);
  return order;
}

TEST(HeapIdentityTest, SetOrderDoesNotDependOnAddresses) {
  std::vector<size_t> plain = SetOrder(0);
  ASSERT_EQ(plain.size(), 40u);
  EXPECT_EQ(SetOrder(3), plain);
  EXPECT_EQ(SetOrder(7), plain);
  // Hashed last-to-first: serial 1 went to object 39.
  EXPECT_EQ(plain.front(), 39u);
}

TEST(HeapIdentityTest, IdentityHashRaisesWhenTheEntryDoesNotFit) {
  InitAllTypes();
  Interp vm(Interp::Options{});
  Object* o = vm.New<Object>(&kObjectType);
  ASSERT_NE(o, nullptr);
  vm.heap().set_limit_bytes(vm.heap().bytes_in_use());
  EXPECT_EQ(IdentityHash(vm, Value::FromObject(o)), -1);
  EXPECT_TRUE(vm.HasException());
}

TEST(HeapIdentityTest, ImmediatesHashByValue) {
  InitAllTypes();
  Interp a(Interp::Options{});
  Interp b(Interp::Options{});
  EXPECT_EQ(IdentityHash(a, Value::Ellipsis()), IdentityHash(b, Value::Ellipsis()));
  EXPECT_NE(IdentityHash(a, Value::Ellipsis()), IdentityHash(a, Value::NotImplemented()));
  EXPECT_EQ(a.heap().identity_entries(), 0u);
}

// The sweep: which objects it frees, what it reads, how the freed blocks
// come back.

std::vector<Object*>* finalized = nullptr;  // what kRecordingType finalized
TypeObject kRecordingType;

void RecordFinalize(Heap&, Object* o) { finalized->push_back(o); }

class HeapSweepTest : public ::testing::Test {
 protected:
  void SetUp() override {
    kRecordingType.finalize = &RecordFinalize;
    finalized = &finalized_;
  }
  void TearDown() override { finalized = nullptr; }
  std::vector<Object*> finalized_;
};

TEST_F(HeapSweepTest, FreesTheUnmarkedKeepsTheMarkedAndClearsTheMarks) {
  Heap heap;
  std::vector<Object*> objects;
  std::vector<Object*> dead;
  size_t live_bytes = 0;
  // Pooled sizes of every class, and large ones (mark bit in the header).
  for (size_t i = 0; i < 120; ++i) {
    size_t bytes = i % 10 == 9
                       ? BlockPool::kMaxPooledBytes + 1 + i
                       : std::max(sizeof(Object), (i * 8) % (BlockPool::kMaxPooledBytes + 1));
    Object* o = heap.AllocateObject(&kRecordingType, bytes);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->alloc_size, bytes);
    objects.push_back(o);
    if (i % 3 == 0) {
      EXPECT_TRUE(Heap::Mark(o));
      EXPECT_FALSE(Heap::Mark(o));  // already marked
      live_bytes += bytes;
    } else {
      dead.push_back(o);
    }
  }
  for (size_t i = 0; i < objects.size(); ++i) EXPECT_EQ(Heap::IsMarked(objects[i]), i % 3 == 0);
  EXPECT_EQ(heap.Sweep(), objects.size());  // every object looked at
  EXPECT_EQ(heap.bytes_in_use(), live_bytes);
  std::vector<Object*> got = finalized_;
  std::sort(got.begin(), got.end());
  std::sort(dead.begin(), dead.end());
  EXPECT_EQ(got, dead);  // each dead object finalized once, no live one
  // The survivors' marks are cleared: the next sweep, with nothing marked,
  // frees them all.
  for (size_t i = 0; i < objects.size(); i += 3) EXPECT_FALSE(Heap::IsMarked(objects[i]));
  finalized_.clear();
  EXPECT_EQ(heap.Sweep(), objects.size() / 3);
  EXPECT_EQ(finalized_.size(), objects.size() / 3);
  EXPECT_EQ(heap.bytes_in_use(), 0u);
  EXPECT_EQ(heap.Sweep(), 0u);
}

TEST_F(HeapSweepTest, LiveObjectsAreNeitherReadNorWritten) {
  Heap heap;
  std::vector<Object*> live;
  for (size_t i = 0; i < 200; ++i) {
    Object* o = heap.AllocateObject(&kRecordingType, 48);
    ASSERT_NE(o, nullptr);
    if (i % 2 == 0) {
      Heap::Mark(o);
      live.push_back(o);
    }
  }
  // Scribble over the live objects' headers: a sweep that read one would
  // take it for dead (its flags have no mark) and call through a wild type
  // pointer; one that wrote to it would change the pattern.
  for (Object* o : live) std::memset(o, 0xA4, sizeof(Object));
  EXPECT_EQ(heap.Sweep(), 200u);
  EXPECT_EQ(finalized_.size(), 100u);
  unsigned char pattern[sizeof(Object)];
  std::memset(pattern, 0xA4, sizeof pattern);
  for (Object* o : live) {
    EXPECT_EQ(std::memcmp(o, pattern, sizeof pattern), 0);
    o->type = &kRecordingType;
    o->gc_flags = 0;
    o->alloc_size = 48;
  }
}

TEST_F(HeapSweepTest, FinalizesInAddressOrderAndHandsTheBlocksBackSo) {
  Heap heap;
  std::vector<Object*> objects;
  for (size_t i = 0; i < 12; ++i) objects.push_back(heap.AllocateObject(&kRecordingType, 64));
  // Carved one after another from one chunk.
  for (size_t i = 1; i < objects.size(); ++i) {
    EXPECT_EQ(reinterpret_cast<char*>(objects[i]) - reinterpret_cast<char*>(objects[i - 1]), 64);
  }
  for (size_t i : {0, 1, 3, 4, 6, 8, 10, 11}) Heap::Mark(objects[i]);
  heap.Sweep();
  std::vector<Object*> expected = {objects[2], objects[5], objects[7], objects[9]};
  EXPECT_EQ(finalized_, expected);
  for (Object* o : expected) EXPECT_EQ(heap.AllocateObject(&kRecordingType, 64), o);
}

}  // namespace
}  // namespace moat::vm
