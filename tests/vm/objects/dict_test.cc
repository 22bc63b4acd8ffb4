// Tests for vm/objects/dict.h: insertion order through deletes and
// reinsertions, growth, tombstones, version bumps and the str fast path.
#include "vm/objects/dict.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "tests/util/pending_error.h"
#include "vm/bigint.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class DictTest : public ::testing::Test {
 protected:
  DictTest() : vm_(Interp::Options{}) {}

  static Value I(int64_t v) { return Value::SmallInt(v); }

  static std::vector<int64_t> Keys(const DictObject* d) {
    std::vector<int64_t> out;
    size_t pos = 0;
    Value key, value;
    while (DictNext(d, &pos, &key, &value)) out.push_back(key.small_int());
    return out;
  }

  int64_t GetInt(DictObject* d, int64_t key) {
    Value out;
    int found = DictGet(vm_, d, I(key), &out);
    EXPECT_EQ(found, 1) << "key " << key;
    return found == 1 ? out.small_int() : -1;
  }

  Interp vm_;
};

TEST_F(DictTest, InsertionOrderSurvivesDeletesAndReinsertions) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 10; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i * i)), 0);
  for (int64_t k : {2, 5, 7}) ASSERT_EQ(DictDel(vm_, d, I(k)), 1);
  ASSERT_EQ(DictSet(vm_, d, I(5), I(-5)), 0);
  ASSERT_EQ(DictSet(vm_, d, I(2), I(-2)), 0);
  // As python3.11: [0, 1, 3, 4, 6, 8, 9, 5, 2]
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{0, 1, 3, 4, 6, 8, 9, 5, 2}));
  EXPECT_EQ(d->size, 9u);
  EXPECT_EQ(GetInt(d, 5), -5);
  EXPECT_EQ(GetInt(d, 9), 81);
}

TEST_F(DictTest, ReplacingAValueKeepsThePosition) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 5; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(0)), 0);
  ASSERT_EQ(DictSet(vm_, d, I(1), I(100)), 0);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(GetInt(d, 1), 100);
}

TEST_F(DictTest, GrowsLikeCPython) {
  DictObject* d = NewDict(vm_);
  EXPECT_EQ(d->table_size, 0u);  // allocated on first insertion
  ASSERT_EQ(DictSet(vm_, d, I(0), I(0)), 0);
  EXPECT_EQ(d->table_size, 8u);
  EXPECT_EQ(d->entries_capacity, 5u);  // USABLE_FRACTION(8)
  for (int64_t i = 1; i < 6; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  // The sixth key found the entries full: resized for 3 * 5 = 15 -> 16.
  EXPECT_EQ(d->table_size, 16u);
  EXPECT_EQ(d->entries_capacity, 10u);
}

TEST_F(DictTest, ManyInsertsResizeAndStayFindable) {
  DictObject* d = NewDict(vm_);
  constexpr int64_t kN = 20000;
  for (int64_t i = 0; i < kN; ++i) ASSERT_EQ(DictSet(vm_, d, I(i * 31), I(i)), 0);
  EXPECT_EQ(d->size, static_cast<size_t>(kN));
  EXPECT_LE(d->entries_used, d->entries_capacity);
  EXPECT_LE(d->entries_capacity * 3, d->table_size * 2);
  for (int64_t i = 0; i < kN; i += 97) EXPECT_EQ(GetInt(d, i * 31), i);
  Value out;
  EXPECT_EQ(DictGet(vm_, d, I(-7), &out), 0);
  std::vector<int64_t> keys = Keys(d);
  ASSERT_EQ(keys.size(), static_cast<size_t>(kN));
  for (int64_t i = 0; i < kN; ++i) ASSERT_EQ(keys[i], i * 31);
}

// Indices are as narrow as the table allows (1 byte up to 128 slots, 2 up
// to 32768, then 4), and entries, tombstones and misses read the same at
// every width.
TEST_F(DictTest, IndexWidthFollowsTheTableSize) {
  DictObject* d = NewDict(vm_);
  ASSERT_EQ(DictSet(vm_, d, I(0), I(0)), 0);
  EXPECT_EQ(d->index_bytes, 1);
  int64_t n = 1;
  auto grow_past = [&](size_t table_size) {
    while (d->table_size <= table_size) {
      ASSERT_EQ(DictSet(vm_, d, I(n * 7), I(n)), 0);
      ++n;
    }
  };
  grow_past(128);
  EXPECT_EQ(d->table_size, 256u);
  EXPECT_EQ(d->index_bytes, 2);
  grow_past(size_t{1} << 15);
  EXPECT_EQ(d->table_size, size_t{1} << 16);
  EXPECT_EQ(d->index_bytes, 4);
  // Delete every third key: their slots become dummies that lookups skip.
  for (int64_t i = 0; i < n; i += 3) ASSERT_EQ(DictDel(vm_, d, I(i * 7)), 1);
  Value out;
  for (int64_t i = 0; i < n; ++i) {
    int found = DictGet(vm_, d, I(i * 7), &out);
    ASSERT_EQ(found, i % 3 == 0 ? 0 : 1) << "key " << i * 7;
    if (found == 1) {
      ASSERT_EQ(out.small_int(), i);
    }
  }
  EXPECT_EQ(DictGet(vm_, d, I(-7), &out), 0);
  // Clearing and refilling starts again from the narrowest table.
  DictClear(vm_, d);
  ASSERT_EQ(DictSet(vm_, d, I(1), I(1)), 0);
  EXPECT_EQ(d->table_size, 8u);
  EXPECT_EQ(d->index_bytes, 1);
  EXPECT_EQ(GetInt(d, 1), 1);
}

TEST_F(DictTest, TombstonesAreDroppedOnRebuild) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 5; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  for (int64_t i = 0; i < 4; ++i) ASSERT_EQ(DictDel(vm_, d, I(i)), 1);
  EXPECT_EQ(d->size, 1u);
  EXPECT_EQ(d->entries_used, 5u);  // four tombstones
  Value out;
  EXPECT_EQ(DictGet(vm_, d, I(2), &out), 0);
  EXPECT_EQ(DictDel(vm_, d, I(2)), 0);
  // The next new key finds the entries full and rebuilds them compactly.
  ASSERT_EQ(DictSet(vm_, d, I(10), I(10)), 0);
  EXPECT_EQ(d->size, 2u);
  EXPECT_EQ(d->entries_used, 2u);
  EXPECT_EQ(d->table_size, 8u);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{4, 10}));
}

TEST_F(DictTest, ChurnAtConstantSizeNeverFillsTheTable) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 3; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  for (int64_t i = 3; i < 10000; ++i) {
    ASSERT_EQ(DictDel(vm_, d, I(i - 3)), 1);
    ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
    Value out;
    ASSERT_EQ(DictGet(vm_, d, I(-1), &out), 0);  // a miss must terminate
  }
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{9997, 9998, 9999}));
  EXPECT_LE(d->table_size, 16u);
}

TEST_F(DictTest, VersionChangesOnInsertDeleteAndClear) {
  DictObject* d = NewDict(vm_);
  uint64_t v0 = d->version;
  ASSERT_EQ(DictSet(vm_, d, I(1), I(1)), 0);
  uint64_t v1 = d->version;
  EXPECT_NE(v1, v0);
  ASSERT_EQ(DictSet(vm_, d, I(1), I(2)), 0);  // value update: same keys
  EXPECT_EQ(d->version, v1);
  ASSERT_EQ(DictDel(vm_, d, I(1)), 1);
  uint64_t v2 = d->version;
  EXPECT_NE(v2, v1);
  EXPECT_EQ(DictDel(vm_, d, I(1)), 0);  // a miss changes nothing
  EXPECT_EQ(d->version, v2);
  ASSERT_EQ(DictSet(vm_, d, I(3), I(3)), 0);
  uint64_t v3 = d->version;
  DictClear(vm_, d);
  EXPECT_NE(d->version, v3);
  EXPECT_EQ(d->size, 0u);
  EXPECT_TRUE(Keys(d).empty());
}

TEST_F(DictTest, StrKeysAndTheFastPath) {
  DictObject* d = NewDict(vm_);
  ASSERT_EQ(DictSetStr(vm_, d, "alpha", I(1)), 0);
  ASSERT_EQ(DictSetStr(vm_, d, "beta", I(2)), 0);
  // A different object with the same text finds the entry.
  StrObject* key = NewStr(vm_, "beta");
  ASSERT_NE(key, nullptr);
  Value v = DictGetStr(vm_, d, key);
  ASSERT_FALSE(v.is_null());
  EXPECT_EQ(v.small_int(), 2);
  EXPECT_TRUE(DictGetStr(vm_, d, NewStr(vm_, "gamma")).is_null());
  EXPECT_FALSE(vm_.HasException());
  Value out;
  EXPECT_EQ(DictGet(vm_, d, Value::FromObject(NewStr(vm_, "alpha")), &out), 1);
  EXPECT_EQ(out.small_int(), 1);
}

TEST_F(DictTest, UnhashableKeyRaises) {
  DictObject* d = NewDict(vm_);
  DictObject* key = NewDict(vm_);
  EXPECT_EQ(DictSet(vm_, d, Value::FromObject(key), I(1)), -1);
  EXPECT_TRUE(vm_.ExceptionMatches(&kTypeErrorType));
  vm_.ClearException();
}

TEST_F(DictTest, CopyKeepsOrderAndIsIndependent) {
  DictObject* d = NewDict(vm_);
  for (int64_t k : {5, 3, 9, 1}) ASSERT_EQ(DictSet(vm_, d, I(k), I(k)), 0);
  ASSERT_EQ(DictDel(vm_, d, I(3)), 1);
  DictObject* c = DictCopy(vm_, d);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(Keys(c), (std::vector<int64_t>{5, 9, 1}));
  EXPECT_EQ(c->entries_used, 3u);
  ASSERT_EQ(DictSet(vm_, c, I(7), I(7)), 0);
  EXPECT_EQ(d->size, 3u);
}

TEST_F(DictTest, UpdateFromPairsAndErrors) {
  DictObject* d = NewDict(vm_);
  Value pair1[2] = {I(1), I(10)};
  Value pair2[2] = {I(2), I(20)};
  Value pairs[2] = {Value::FromObject(NewTupleFrom(vm_, pair1, 2)),
                    Value::FromObject(NewTupleFrom(vm_, pair2, 2))};
  TupleObject* seq = NewTupleFrom(vm_, pairs, 2);
  ASSERT_TRUE(DictUpdate(vm_, d, Value::FromObject(seq)));
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(GetInt(d, 2), 20);

  Value triple[3] = {I(1), I(2), I(3)};
  Value bad[1] = {Value::FromObject(NewTupleFrom(vm_, triple, 3))};
  EXPECT_FALSE(DictUpdate(vm_, d, Value::FromObject(NewTupleFrom(vm_, bad, 1))));
  EXPECT_TRUE(vm_.ExceptionMatches(&kValueErrorType));
  vm_.ClearException();

  Value not_seq[1] = {I(5)};
  EXPECT_FALSE(DictUpdate(vm_, d, Value::FromObject(NewTupleFrom(vm_, not_seq, 1))));
  EXPECT_TRUE(vm_.ExceptionMatches(&kTypeErrorType));
  vm_.ClearException();
}

TEST_F(DictTest, RefusedGrowthLeavesTheDictIntact) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 5; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  ASSERT_EQ(d->entries_used, d->entries_capacity);  // the next key must grow
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use());
  EXPECT_EQ(DictSet(vm_, d, I(99), I(99)), -1);
  vm_.heap().set_limit_bytes(SIZE_MAX / 2);
  EXPECT_EQ(vm_.limit_hit(), LimitKind::kMemory);
  vm_.ClearException();
  vm_.BeginRun(Limits::None());
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  for (int64_t i = 0; i < 5; ++i) EXPECT_EQ(GetInt(d, i), i);
  ASSERT_EQ(DictSet(vm_, d, I(99), I(99)), 0);
  EXPECT_EQ(GetInt(d, 99), 99);
}

TEST_F(DictTest, PopItemIsLifo) {
  DictObject* d = NewDict(vm_);
  for (int64_t k : {4, 8, 15}) ASSERT_EQ(DictSet(vm_, d, I(k), I(k)), 0);
  const MethodDef* popitem = FindMethod(&kDictType, "popitem");
  ASSERT_NE(popitem, nullptr);
  Value r = popitem->fn(vm_, Value::FromObject(d), CallArgs{});
  ASSERT_TRUE(IsTuple(r));
  EXPECT_EQ(As<TupleObject>(r)->items[0].small_int(), 15);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{4, 8}));
  popitem->fn(vm_, Value::FromObject(d), CallArgs{});
  popitem->fn(vm_, Value::FromObject(d), CallArgs{});
  EXPECT_TRUE(popitem->fn(vm_, Value::FromObject(d), CallArgs{}).is_null());
  EXPECT_TRUE(vm_.ExceptionMatches(&kKeyErrorType));
  vm_.ClearException();
}

// ---- Budget ------------------------------------------------------------------

// k * (2**61 - 1): a big int whose hash is 0, compared natively.
Value EqualHashKey(Interp& vm, int64_t k) {
  return IntFromBig(vm, BigInt::Mul(BigInt(k), BigInt((int64_t{1} << 61) - 1)));
}

Limits InstructionLimit(uint64_t instructions) {
  Limits l = Limits::None();
  l.max_instructions = instructions;
  return l;
}

TEST_F(DictTest, ResizesAreChargedPerEntry) {
  DictObject* d = NewDict(vm_);
  uint64_t before = vm_.instruction_count;
  for (int64_t i = 0; i < 100000; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  // Every rebuild moves the entries it has: about 2n units for n inserts.
  uint64_t charged = vm_.instruction_count - before;
  EXPECT_GE(charged, 100000u);
  EXPECT_LT(charged, 300000u);
  // A copy moves each entry once more (and rebuilds nothing after).
  before = vm_.instruction_count;
  ASSERT_NE(DictCopy(vm_, d), nullptr);
  EXPECT_GE(vm_.instruction_count - before, 100000u);
  EXPECT_LT(vm_.instruction_count - before, 300000u);
}

TEST_F(DictTest, KeysWithEqualHashesPayForTheirProbes) {
  std::vector<Value> keys;
  for (int64_t k = 4; k < 4 + 2000; ++k) keys.push_back(EqualHashKey(vm_, k));
  ASSERT_TRUE(IsBigInt(keys[0]));
  ASSERT_EQ(Hash(vm_, keys[0]), 0);
  ASSERT_EQ(Hash(vm_, keys[1999]), 0);
  DictObject* d = NewDict(vm_);
  uint64_t before = vm_.instruction_count;
  for (Value k : keys) ASSERT_EQ(DictSet(vm_, d, k, I(1)), 0);
  // The i-th insertion compares with the i keys before it: n*n/2 probes.
  EXPECT_GE(vm_.instruction_count - before, 2000u * 2000 / 2);

  // Under a budget the walk is refused part way, and the dict stays whole.
  DictObject* e = NewDict(vm_);
  vm_.BeginRun(InstructionLimit(100000));
  size_t inserted = 0;
  for (Value k : keys) {
    if (DictSet(vm_, e, k, I(1)) < 0) break;
    ++inserted;
  }
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
  EXPECT_LT(inserted, keys.size());
  EXPECT_EQ(e->size, inserted);
  vm_.BeginRun(Limits::None());
  for (size_t i = 0; i < keys.size(); ++i) {
    Value out;
    EXPECT_EQ(DictGet(vm_, e, keys[i], &out), i < inserted ? 1 : 0) << i;
  }
}

TEST_F(DictTest, PopItemForgetsTheDeletedTail) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 1000; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  const MethodDef* popitem = FindMethod(&kDictType, "popitem");
  uint64_t before = vm_.instruction_count;
  for (int64_t i = 999; i >= 0; --i) {
    Value r = popitem->fn(vm_, Value::FromObject(d), CallArgs{});
    ASSERT_TRUE(IsTuple(r));
    EXPECT_EQ(As<TupleObject>(r)->items[0].small_int(), i);
    EXPECT_EQ(d->entries_used, static_cast<size_t>(i));
  }
  EXPECT_EQ(vm_.instruction_count, before);  // no walk over deleted entries
  ASSERT_EQ(DictSet(vm_, d, I(7), I(7)), 0);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{7}));
}

TEST_F(DictTest, FromKeysOfAHugeRangeIsChargedUpFront) {
  vm_.BeginRun(InstructionLimit(1000000000));
  const MethodDef* fromkeys = FindMethod(&kDictType, "fromkeys");
  ASSERT_NE(fromkeys, nullptr);
  Value range = NewRange(vm_, I(0), I(1000000000000), I(1));
  size_t before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(
      fromkeys->fn(vm_, Value::FromObject(&kDictType), CallArgs{&range, 1, nullptr}).is_null());
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
  EXPECT_LT(vm_.heap().bytes_in_use(), before + 1024);
}

TEST_F(DictTest, GetMoveToEndKeepsRecencyOrder) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 5; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i * 10)), 0);
  Value out;
  ASSERT_EQ(DictGetMoveToEnd(vm_, d, I(1), Hash(vm_, I(1)), &out), 1);
  EXPECT_EQ(out.small_int(), 10);
  ASSERT_EQ(DictGetMoveToEnd(vm_, d, I(0), Hash(vm_, I(0)), &out), 1);
  ASSERT_EQ(DictGetMoveToEnd(vm_, d, I(0), Hash(vm_, I(0)), &out), 1);  // already last
  EXPECT_EQ(DictGetMoveToEnd(vm_, d, I(9), Hash(vm_, I(9)), &out), 0);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{2, 3, 4, 1, 0}));
  EXPECT_EQ(d->size, 5u);
  // Many moves rebuild the entries array and keep every value findable.
  for (int64_t round = 0; round < 100; ++round) {
    int64_t k = round % 5;
    ASSERT_EQ(DictGetMoveToEnd(vm_, d, I(k), Hash(vm_, I(k)), &out), 1);
    ASSERT_EQ(out.small_int(), k * 10);
  }
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{0, 1, 2, 3, 4}));
  EXPECT_LE(d->table_size, 16u);
}

TEST_F(DictTest, GetMoveToFrontReusesADeletedFrontOrRebuilds) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 5; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i * 10)), 0);
  Value out;
  uint64_t version = d->version;
  ASSERT_EQ(DictGetMoveToFront(vm_, d, I(0), Hash(vm_, I(0)), &out), 1);  // already first
  EXPECT_EQ(d->version, version);
  ASSERT_EQ(DictGetMoveToFront(vm_, d, I(3), Hash(vm_, I(3)), &out), 1);  // rebuilt
  EXPECT_EQ(out.small_int(), 30);
  EXPECT_NE(d->version, version);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{3, 0, 1, 2, 4}));
  ASSERT_EQ(DictDel(vm_, d, I(3)), 1);
  size_t used = d->entries_used;
  ASSERT_EQ(DictGetMoveToFront(vm_, d, I(4), Hash(vm_, I(4)), &out), 1);  // in place
  EXPECT_EQ(d->entries_used, used);
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{4, 0, 1, 2}));
  EXPECT_EQ(d->size, 4u);
  EXPECT_EQ(DictGetMoveToFront(vm_, d, I(9), Hash(vm_, I(9)), &out), 0);
  for (int64_t k = 0; k < 5; ++k) {
    if (k != 3) {
      EXPECT_EQ(GetInt(d, k), k * 10);
    }
  }
}

TEST_F(DictTest, DeleteEntryAtRemovesThatEntryOnly) {
  DictObject* d = NewDict(vm_);
  for (int64_t i = 0; i < 6; ++i) ASSERT_EQ(DictSet(vm_, d, I(i), I(i)), 0);
  ASSERT_TRUE(DictDeleteEntryAt(vm_, d, 0));
  ASSERT_TRUE(DictDeleteEntryAt(vm_, d, 3));
  EXPECT_EQ(Keys(d), (std::vector<int64_t>{1, 2, 4, 5}));
  EXPECT_EQ(d->size, 4u);
  Value out;
  EXPECT_EQ(DictGet(vm_, d, I(3), &out), 0);
  EXPECT_EQ(GetInt(d, 4), 4);
}

}  // namespace
}  // namespace moat::vm
