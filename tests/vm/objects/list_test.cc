// Tests for vm/objects/list.h: CPython's growth pattern, slicing and slice
// assignment, sorting (stability, errors, fast paths) and extension.
#include "vm/objects/list.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "tests/util/pending_error.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class ListTest : public ::testing::Test {
 protected:
  ListTest() : vm_(Interp::Options{}) {}

  static Value I(int64_t v) { return Value::SmallInt(v); }

  ListObject* Make(const std::vector<int64_t>& items) {
    ListObject* l = NewList(vm_);
    for (int64_t i : items) EXPECT_TRUE(ListAppendValue(vm_, l, I(i)));
    return l;
  }

  static std::vector<int64_t> Ints(Value list) {
    std::vector<int64_t> out;
    ListObject* l = As<ListObject>(list);
    for (size_t i = 0; i < l->size; ++i) out.push_back(l->items[i].small_int());
    return out;
  }

  Value Slice(int64_t start, int64_t stop, int64_t step) {
    return Value::FromObject(NewSlice(vm_, I(start), I(stop), I(step)));
  }

  Interp vm_;
};

TEST_F(ListTest, GrowthPatternMatchesCPython) {
  ListObject* l = NewList(vm_);
  std::vector<size_t> capacities;
  for (int i = 0; i < 80; ++i) {
    size_t before = l->capacity;
    ASSERT_TRUE(ListAppendValue(vm_, l, I(i)));
    if (l->capacity != before) capacities.push_back(l->capacity);
  }
  EXPECT_EQ(capacities, (std::vector<size_t>{4, 8, 16, 24, 32, 40, 52, 64, 76, 92}));
  EXPECT_EQ(l->size, 80u);
}

TEST_F(ListTest, SubscriptAndSlices) {
  ListObject* l = Make({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  Value v = Value::FromObject(l);
  EXPECT_EQ(GetItem(vm_, v, I(-1)).small_int(), 9);
  EXPECT_TRUE(GetItem(vm_, v, I(10)).is_null());
  EXPECT_TRUE(vm_.ExceptionMatches(&kIndexErrorType));
  vm_.ClearException();
  EXPECT_EQ(Ints(GetItem(vm_, v, Slice(1, 8, 3))), (std::vector<int64_t>{1, 4, 7}));
  EXPECT_EQ(Ints(GetItem(vm_, v, Slice(8, 1, -3))), (std::vector<int64_t>{8, 5, 2}));
  EXPECT_EQ(Ints(GetItem(vm_, v, Slice(-3, 100, 1))), (std::vector<int64_t>{7, 8, 9}));
  EXPECT_TRUE(GetItem(vm_, v, Slice(0, 1, 0)).is_null());
  EXPECT_TRUE(vm_.ExceptionMatches(&kValueErrorType));
  vm_.ClearException();
}

TEST_F(ListTest, SliceAssignmentAndDeletion) {
  ListObject* l = Make({0, 1, 2, 3, 4, 5});
  Value v = Value::FromObject(l);
  // l[1:3] = (10, 11, 12)
  Value repl[3] = {I(10), I(11), I(12)};
  ASSERT_EQ(SetItem(vm_, v, Slice(1, 3, 1), Value::FromObject(NewTupleFrom(vm_, repl, 3))), 0);
  EXPECT_EQ(Ints(v), (std::vector<int64_t>{0, 10, 11, 12, 3, 4, 5}));
  // del l[::2]
  ASSERT_EQ(DelItem(vm_, v, Slice(0, 100, 2)), 0);
  EXPECT_EQ(Ints(v), (std::vector<int64_t>{10, 12, 4}));
  // l[::-1] = l
  ASSERT_EQ(SetItem(vm_, v, Slice(100, -100, -1), v), 0);
  EXPECT_EQ(Ints(v), (std::vector<int64_t>{4, 12, 10}));
  // An extended slice needs the exact size.
  Value two[2] = {I(1), I(2)};
  EXPECT_EQ(SetItem(vm_, v, Slice(0, 3, 2), Value::FromObject(NewTupleFrom(vm_, two, 1))), -1);
  EXPECT_TRUE(vm_.ExceptionMatches(&kValueErrorType));
  vm_.ClearException();
  // l[1:1] = l inserts a copy of itself.
  ASSERT_EQ(SetItem(vm_, v, Slice(1, 1, 1), v), 0);
  EXPECT_EQ(Ints(v), (std::vector<int64_t>{4, 4, 12, 10, 12, 10}));
  // del l[:] empties and frees the buffer.
  ASSERT_EQ(DelItem(vm_, v, Slice(0, 100, 1)), 0);
  EXPECT_EQ(l->size, 0u);
  EXPECT_EQ(l->items, nullptr);
}

TEST_F(ListTest, SortIntsFastPathAndReverse) {
  std::vector<int64_t> values;
  uint64_t x = 12345;
  for (int i = 0; i < 1000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    values.push_back(static_cast<int64_t>(x >> 40) % 1000 - 500);
  }
  ListObject* l = Make(values);
  ASSERT_TRUE(ListSort(vm_, l, Value::Null(), false));
  std::vector<int64_t> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(Ints(Value::FromObject(l)), sorted);
  ASSERT_TRUE(ListSort(vm_, l, Value::None(), true));
  std::reverse(sorted.begin(), sorted.end());
  EXPECT_EQ(Ints(Value::FromObject(l)), sorted);
}

TEST_F(ListTest, SortIsStableForEqualKeys) {
  // (key, tag) tuples compared on the whole tuple; equal keys with the same
  // tag keep their order because the sort is stable and tuples compare equal.
  ListObject* l = NewList(vm_);
  std::vector<std::pair<int64_t, int64_t>> input = {{3, 0}, {1, 1}, {3, 2}, {2, 3}, {1, 4}};
  for (auto [k, tag] : input) {
    Value pair[2] = {I(k), I(tag)};
    ASSERT_TRUE(ListAppendValue(vm_, l, Value::FromObject(NewTupleFrom(vm_, pair, 2))));
  }
  ASSERT_TRUE(ListSort(vm_, l, Value::Null(), false));
  std::vector<int64_t> tags;
  for (size_t i = 0; i < l->size; ++i)
    tags.push_back(As<TupleObject>(l->items[i])->items[1].small_int());
  EXPECT_EQ(tags, (std::vector<int64_t>{1, 4, 3, 0, 2}));
}

TEST_F(ListTest, SortFailureLeavesAPermutationAndRaises) {
  // [3, 1, "a", 2].sort() -> TypeError while counting the first run, before
  // anything moved: CPython leaves [3, 1, 'a', 2].
  ListObject* l = Make({3, 1});
  ASSERT_TRUE(ListAppendValue(vm_, l, NewStrValue(vm_, "a")));
  ASSERT_TRUE(ListAppendValue(vm_, l, I(2)));
  EXPECT_FALSE(ListSort(vm_, l, Value::Null(), false));
  EXPECT_TRUE(vm_.ExceptionMatches(&kTypeErrorType));
  vm_.ClearException();
  ASSERT_EQ(l->size, 4u);
  EXPECT_EQ(l->items[0].small_int(), 3);
  EXPECT_EQ(l->items[1].small_int(), 1);
  EXPECT_TRUE(IsStr(l->items[2]));
  EXPECT_EQ(l->items[3].small_int(), 2);
}

TEST_F(ListTest, SortStrings) {
  ListObject* l = NewList(vm_);
  for (const char* s : {"pear", "apple", "\xc3\xa9t\xc3\xa9", "Zebra", "apples", ""}) {
    ASSERT_TRUE(ListAppendValue(vm_, l, NewStrValue(vm_, s)));
  }
  ASSERT_TRUE(ListSort(vm_, l, Value::Null(), false));
  std::vector<std::string> out;
  for (size_t i = 0; i < l->size; ++i) out.emplace_back(As<StrObject>(l->items[i])->view());
  EXPECT_EQ(
      out, (std::vector<std::string>{"", "Zebra", "apple", "apples", "pear", "\xc3\xa9t\xc3\xa9"}));
}

// Disabled: aborts (known failure, see the closing note of the foundation session).
TEST_F(ListTest, ExtendFromIterablesAndItself) {
  ListObject* l = Make({1, 2});
  ASSERT_TRUE(ListExtendFromIterable(vm_, l, Value::FromObject(l)));
  EXPECT_EQ(Ints(Value::FromObject(l)), (std::vector<int64_t>{1, 2, 1, 2}));
  Value r = NewRange(vm_, I(5), I(8), I(1));
  ASSERT_TRUE(ListExtendFromIterable(vm_, l, r));
  EXPECT_EQ(Ints(Value::FromObject(l)), (std::vector<int64_t>{1, 2, 1, 2, 5, 6, 7}));
  EXPECT_FALSE(ListExtendFromIterable(vm_, l, I(3)));
  EXPECT_TRUE(vm_.ExceptionMatches(&kTypeErrorType));
  vm_.ClearException();
  ListObject* copy = ListFromIterable(vm_, Value::FromObject(l));
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->size, 7u);
}

TEST_F(ListTest, RepeatAndConcatenate) {
  Value a = Value::FromObject(Make({1, 2}));
  Value b = Value::FromObject(Make({3}));
  EXPECT_EQ(Ints(BinaryOperation(vm_, BinaryOp::kAdd, a, b)), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(Ints(BinaryOperation(vm_, BinaryOp::kMultiply, a, I(3))),
            (std::vector<int64_t>{1, 2, 1, 2, 1, 2}));
  EXPECT_EQ(Ints(BinaryOperation(vm_, BinaryOp::kMultiply, I(-1), a)), std::vector<int64_t>{});
  Value r = InplaceOperation(vm_, BinaryOp::kMultiply, b, I(2));
  EXPECT_TRUE(r.Is(b));
  EXPECT_EQ(Ints(b), (std::vector<int64_t>{3, 3}));
}

TEST_F(ListTest, RefusedGrowthLeavesTheListIntact) {
  ListObject* l = Make({1, 2, 3, 4});
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use());
  EXPECT_FALSE(ListAppendValue(vm_, l, I(5)));
  vm_.heap().set_limit_bytes(SIZE_MAX / 2);
  EXPECT_EQ(vm_.limit_hit(), LimitKind::kMemory);
  vm_.ClearException();
  vm_.BeginRun(Limits::None());
  EXPECT_EQ(Ints(Value::FromObject(l)), (std::vector<int64_t>{1, 2, 3, 4}));
}

// ---- Budget ------------------------------------------------------------------

// Limits with an instruction budget of `instructions` and nothing else.
Limits InstructionLimit(uint64_t instructions) {
  Limits l = Limits::None();
  l.max_instructions = instructions;
  return l;
}

TEST_F(ListTest, SortIsChargedNLogNUpFront) {
  std::vector<int64_t> items;
  for (int64_t i = 4096; i > 0; --i) items.push_back(i);
  ListObject* l = Make(items);
  uint64_t before = vm_.instruction_count;
  ASSERT_TRUE(ListSort(vm_, l, Value::Null(), false));
  uint64_t charged = vm_.instruction_count - before;
  EXPECT_GE(charged, 4096u * 12);  // n * log2(n)
  EXPECT_LT(charged, 4096u * 13);
  EXPECT_EQ(l->items[0].small_int(), 1);

  // Refused before anything moves.
  ListObject* m = Make(items);
  vm_.BeginRun(InstructionLimit(1000));
  EXPECT_FALSE(ListSort(vm_, m, Value::Null(), false));
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
  EXPECT_EQ(m->items[0].small_int(), 4096);
}

TEST_F(ListTest, RepeatIsChargedPerItem) {
  Value one = Value::FromObject(Make({0}));
  uint64_t before = vm_.instruction_count;
  Value r = BinaryOperation(vm_, BinaryOp::kMultiply, one, I(100000));
  ASSERT_FALSE(r.is_null());
  EXPECT_GE(vm_.instruction_count - before, 100000u);
  EXPECT_LT(vm_.instruction_count - before, 100100u);

  vm_.BeginRun(InstructionLimit(50000));
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kMultiply, one, I(100000)).is_null());
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
}

TEST_F(ListTest, RefusedRepeatLeavesTheHeapUnchanged) {
  Value one = Value::FromObject(Make({0}));
  RootScope roots(vm_);
  roots.Add(&one);
  vm_.CollectGarbage();
  Limits limits = Limits::None();
  limits.max_memory_bytes = vm_.heap().bytes_in_use() + (1 << 20);
  vm_.BeginRun(limits);
  size_t before = vm_.heap().bytes_in_use();
  uint64_t count_before = vm_.instruction_count;
  // [0] * 10**6 needs 8 MB of items, [0] * 10**10 80 GB, both past the
  // whole 1 MB budget: no list is made, a catchable MemoryError (whose
  // object is all that was allocated; collected below) is raised instead.
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kMultiply, one, I(1000000)).is_null());
  EXPECT_EQ(vm_.instruction_count, count_before);  // the copy was not charged either
  EXPECT_EQ(TakePendingError(vm_), "MemoryError");
  vm_.CollectGarbage();
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
  before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kMultiply, one, I(10000000000)).is_null());
  EXPECT_EQ(TakePendingError(vm_), "MemoryError");
  vm_.CollectGarbage();
  EXPECT_LE(vm_.heap().bytes_in_use(), before);
  // One that fits the budget but not what is left of it is the limit.
  Value kept = BinaryOperation(vm_, BinaryOp::kMultiply, one, I(70000));  // 560 KB
  ASSERT_FALSE(kept.is_null());
  roots.Add(&kept);
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kMultiply, one, I(70000)).is_null());
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(memory)");
  EXPECT_EQ(As<ListObject>(one)->size, 1u);
}

TEST_F(ListTest, ScansAreChargedAsTheyGo) {
  std::vector<int64_t> items(10000, 7);
  Value l = Value::FromObject(Make(items));
  uint64_t before = vm_.instruction_count;
  EXPECT_EQ(Contains(vm_, l, I(8)), 0);
  EXPECT_GE(vm_.instruction_count - before, 9900u);
  EXPECT_LE(vm_.instruction_count - before, 10000u);
  // A scan that stops early pays for what it read.
  before = vm_.instruction_count;
  EXPECT_EQ(Contains(vm_, l, I(7)), 1);
  EXPECT_EQ(vm_.instruction_count, before);
  // Comparing two long equal lists reads both.
  Value m = Value::FromObject(Make(items));
  before = vm_.instruction_count;
  EXPECT_EQ(RichCompareBool(vm_, l, m, CompareOp::kEq), 1);
  EXPECT_GE(vm_.instruction_count - before, 9900u);
}

TEST_F(ListTest, ListOfAHugeRangeIsRefusedByMemoryAtOnce) {
  Limits limits = Limits::None();
  limits.max_memory_bytes = vm_.heap().bytes_in_use() + (64 << 20);
  vm_.BeginRun(limits);
  size_t before = vm_.heap().bytes_in_use();
  Value r = NewRange(vm_, I(0), Value::SmallInt(1000000000000), I(1));
  EXPECT_EQ(ListFromIterable(vm_, r), nullptr);
  EXPECT_EQ(TakePendingError(vm_), "MemoryError");
  EXPECT_LT(vm_.heap().bytes_in_use(), before + 1024);  // the empty list and the iterator
  // A small range is presized exactly and charged one unit per item.
  uint64_t count_before = vm_.instruction_count;
  ListObject* l = ListFromIterable(vm_, NewRange(vm_, I(0), I(1000), I(1)));
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->size, 1000u);
  EXPECT_EQ(l->capacity, 1000u);
  EXPECT_GE(vm_.instruction_count - count_before, 1000u);
}

}  // namespace
}  // namespace moat::vm
