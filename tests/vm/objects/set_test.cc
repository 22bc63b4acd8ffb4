// Tests for vm/objects/set.h: the table must be CPython 3.11's, so iteration
// order equals what python3.11 prints. Every expected order below was
// produced by /usr/bin/python3.11 (list(s) for the same operations) and is
// pasted as a literal.
//
// Note: CPython compiles a literal of 3+ constants such as {1, 9, 17} to a
// frozenset constant, which its compiler builds twice (merge_consts
// rebuilds it from the first one's iteration order), and the set is then
// copied from it. So these tests add elements one by one, which is what
// `s = set(); s.add(x)` does, and FrozenConstantIsBuiltTwice shows the
// constant path.
#include "vm/objects/set.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "tests/util/pending_error.h"
#include "vm/bigint.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/range.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class SetTest : public ::testing::Test {
 protected:
  SetTest() : vm_(Interp::Options{}) {}

  // A set built by s.add(x) for each element, in order.
  SetObject* Make(std::initializer_list<int64_t> items) {
    SetObject* s = NewSet(vm_);
    for (int64_t i : items) EXPECT_EQ(SetAdd(vm_, s, Value::SmallInt(i)), 0);
    return s;
  }

  static std::vector<int64_t> Order(const SetObject* s) {
    std::vector<int64_t> out;
    size_t pos = 0;
    Value key;
    while (SetNext(s, &pos, &key)) out.push_back(key.small_int());
    return out;
  }

  Value CallMethod(Value self, const char* name) {
    const MethodDef* m = FindMethod(TypeOf(self), name);
    EXPECT_NE(m, nullptr);
    return m->fn(vm_, self, CallArgs{});
  }

  Interp vm_;
};

TEST_F(SetTest, LiteralOrderMatchesCPython) {
  SetObject* s = Make({10, 2, 33, 4, 100, 7});
  EXPECT_EQ(Order(s), (std::vector<int64_t>{33, 2, 100, 4, 7, 10}));
  EXPECT_EQ(s->used, 6u);
}

TEST_F(SetTest, CollidingHashesUseLinearProbesThenPerturbation) {
  SetObject* s = Make({1, 9, 17, 25, 33, 41, 49, 57, 65});
  EXPECT_EQ(Order(s), (std::vector<int64_t>{1, 33, 65, 9, 41, 17, 49, 25, 57}));
}

TEST_F(SetTest, FrozenConstantIsBuiltTwice) {
  // python3.11: list({1, 9, 17, 25, 33, 41, 49, 57, 65}) is
  // [65, 1, 33, 41, 9, 17, 49, 25, 57]: the compiler's frozenset is rebuilt
  // from the first build's order, and the set literal copies its slots.
  SetObject* first = Make({1, 9, 17, 25, 33, 41, 49, 57, 65});
  SetObject* frozen = NewSet(vm_, &kFrozenSetType);
  for (int64_t i : Order(first)) ASSERT_EQ(SetAdd(vm_, frozen, Value::SmallInt(i)), 0);
  SetObject* literal = NewSet(vm_);
  ASSERT_TRUE(SetUpdateFromIterable(vm_, literal, Value::FromObject(frozen)));
  EXPECT_EQ(Order(literal), (std::vector<int64_t>{65, 1, 33, 41, 9, 17, 49, 25, 57}));
}

TEST_F(SetTest, FromIterable) {
  Value r = NewRange(vm_, Value::SmallInt(20), Value::SmallInt(0), Value::SmallInt(-1));
  ASSERT_FALSE(r.is_null());
  SetObject* s = NewSet(vm_);
  ASSERT_TRUE(SetUpdateFromIterable(vm_, s, r));
  std::vector<int64_t> expected;
  for (int64_t i = 1; i <= 20; ++i) expected.push_back(i);
  EXPECT_EQ(Order(s), expected);
}

TEST_F(SetTest, DummiesAreReusedLikeCPython) {
  SetObject* s = NewSet(vm_);
  for (int64_t i = 0; i < 100; i += 7) ASSERT_EQ(SetAdd(vm_, s, Value::SmallInt(i)), 0);
  for (int64_t i = 0; i < 100; i += 21) ASSERT_GE(SetDiscard(vm_, s, Value::SmallInt(i)), 0);
  for (int64_t i = 200; i < 260; i += 11) ASSERT_EQ(SetAdd(vm_, s, Value::SmallInt(i)), 0);
  EXPECT_EQ(Order(s), (std::vector<int64_t>{70, 7, 200, 77, 14, 211, 91, 28, 222, 98, 35, 233, 49,
                                            244, 56, 255}));
}

TEST_F(SetTest, FromLayoutReproducesATable) {
  // CPython: f = frozenset([1, 33, 65, 9, 41, 17, 49, 25, 57]) has mask 31
  // and iterates [65, 1, 33, 41, 9, 17, 49, 25, 57] from slots
  // 1, 2, 3, 9, 10, 17, 18, 25, 31 (read from its table with ctypes).
  const Value items[] = {Value::SmallInt(65), Value::SmallInt(1),  Value::SmallInt(33),
                         Value::SmallInt(41), Value::SmallInt(9),  Value::SmallInt(17),
                         Value::SmallInt(49), Value::SmallInt(25), Value::SmallInt(57)};
  const size_t slots[] = {1, 2, 3, 9, 10, 17, 18, 25, 31};
  SetObject* f = NewSet(vm_, &kFrozenSetType);
  ASSERT_EQ(SetFromLayout(vm_, f, 31, items, slots, 9), 1);
  EXPECT_EQ(Order(f), (std::vector<int64_t>{65, 1, 33, 41, 9, 17, 49, 25, 57}));
  for (const Value& v : items) EXPECT_EQ(SetContains(vm_, f, v), 1);
  EXPECT_EQ(SetContains(vm_, f, Value::SmallInt(97)), 0);
  // 65 placed past an empty slot on its probe sequence could not be found.
  const size_t bad_slots[] = {5, 2, 3, 9, 10, 17, 18, 25, 31};
  SetObject* g = NewSet(vm_, &kFrozenSetType);
  EXPECT_EQ(SetFromLayout(vm_, g, 31, items, bad_slots, 9), 0);
  EXPECT_FALSE(vm_.HasException());
  EXPECT_EQ(g->used, 0u);
  // A table CPython never makes for 9 items (it grows to at most 8 slots
  // per item) is refused before anything is allocated.
  const size_t far_slots[] = {1, 2, 3, 9, 10, 17, 18, 25, 1023};
  EXPECT_EQ(SetFromLayout(vm_, g, 1023, items, far_slots, 9), 0);
  EXPECT_FALSE(vm_.HasException());
  EXPECT_EQ(g->used, 0u);
}

TEST_F(SetTest, NegativeAndLargeInts) {
  SetObject* s = Make({-1, -2, -3, 1000000007, 123456789012, -98765});
  EXPECT_EQ(Order(s), (std::vector<int64_t>{1000000007, -98765, 123456789012, -2, -3, -1}));
}

TEST_F(SetTest, PopUsesTheFinger) {
  SetObject* s = Make({5, 13, 21, 3, 29, 37});
  Value v = Value::FromObject(s);
  std::vector<int64_t> popped;
  for (int i = 0; i < 3; ++i) {
    Value k = CallMethod(v, "pop");
    ASSERT_FALSE(k.is_null());
    popped.push_back(k.small_int());
  }
  EXPECT_EQ(popped, (std::vector<int64_t>{3, 5, 37}));
  EXPECT_EQ(Order(s), (std::vector<int64_t>{13, 21, 29}));
}

TEST_F(SetTest, PopFromEmptyRaisesKeyError) {
  SetObject* s = NewSet(vm_);
  EXPECT_TRUE(CallMethod(Value::FromObject(s), "pop").is_null());
  EXPECT_TRUE(vm_.ExceptionMatches(&kKeyErrorType));
  vm_.ClearException();
}

TEST_F(SetTest, RemovalsThenGrowth) {
  Value r = NewRange(vm_, Value::SmallInt(0), Value::SmallInt(40), Value::SmallInt(1));
  SetObject* s = NewSet(vm_);
  ASSERT_TRUE(SetUpdateFromIterable(vm_, s, r));
  for (int64_t i = 0; i < 40; i += 2) ASSERT_EQ(SetDiscard(vm_, s, Value::SmallInt(i)), 1);
  std::vector<int64_t> odd;
  for (int64_t i = 1; i < 40; i += 2) odd.push_back(i);
  EXPECT_EQ(Order(s), odd);
  EXPECT_EQ(s->used, 20u);
  EXPECT_GT(s->fill, s->used);  // dummies left behind
  Value more = NewRange(vm_, Value::SmallInt(100), Value::SmallInt(140), Value::SmallInt(1));
  ASSERT_TRUE(SetUpdateFromIterable(vm_, s, more));
  EXPECT_EQ(Order(s),
            (std::vector<int64_t>{1,   3,   5,   7,   9,   138, 11,  137, 13,  136, 15,  135,
                                  17,  129, 19,  139, 21,  130, 23,  128, 25,  27,  131, 29,
                                  31,  133, 33,  132, 35,  37,  134, 39,  100, 101, 102, 103,
                                  104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
                                  116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127}));
}

TEST_F(SetTest, OperatorsKeepCPythonOrder) {
  Value a = NewRange(vm_, Value::SmallInt(0), Value::SmallInt(60), Value::SmallInt(3));
  Value b = NewRange(vm_, Value::SmallInt(0), Value::SmallInt(60), Value::SmallInt(5));
  SetObject* sa = NewSet(vm_);
  SetObject* sb = NewSet(vm_);
  ASSERT_TRUE(SetUpdateFromIterable(vm_, sa, a));
  ASSERT_TRUE(SetUpdateFromIterable(vm_, sb, b));
  Value va = Value::FromObject(sa), vb = Value::FromObject(sb);

  Value r = BinaryOperation(vm_, BinaryOp::kAnd, va, vb);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(Order(As<SetObject>(r)), (std::vector<int64_t>{0, 45, 30, 15}));

  r = BinaryOperation(vm_, BinaryOp::kOr, va, vb);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(Order(As<SetObject>(r)),
            (std::vector<int64_t>{0,  3,  5,  6,  9,  10, 12, 15, 18, 20, 21, 24, 25, 27,
                                  30, 33, 35, 36, 39, 40, 42, 45, 48, 50, 51, 54, 55, 57}));

  r = BinaryOperation(vm_, BinaryOp::kXor, va, vb);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(Order(As<SetObject>(r)),
            (std::vector<int64_t>{3,  5,  6,  9,  10, 12, 18, 20, 21, 24, 25, 27,
                                  33, 35, 36, 39, 40, 42, 48, 50, 51, 54, 55, 57}));

  r = BinaryOperation(vm_, BinaryOp::kSubtract, va, vb);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(Order(As<SetObject>(r)),
            (std::vector<int64_t>{33, 3, 36, 6, 39, 9, 42, 12, 48, 18, 51, 21, 54, 24, 57, 27}));
}

TEST_F(SetTest, FrozenSetHashMatchesCPython) {
  SetObject* f = NewSet(vm_, &kFrozenSetType);
  for (int64_t i : {1, 2, 3}) ASSERT_EQ(SetAdd(vm_, f, Value::SmallInt(i)), 0);
  EXPECT_EQ(Hash(vm_, Value::FromObject(f)), -272375401224217160);
  SetObject* empty = NewSet(vm_, &kFrozenSetType);
  EXPECT_EQ(Hash(vm_, Value::FromObject(empty)), 133146708735736);
  SetObject* g = NewSet(vm_, &kFrozenSetType);
  for (int64_t i : {int64_t{-1}, int64_t{5}, int64_t{1} << 40}) {
    ASSERT_EQ(SetAdd(vm_, g, Value::SmallInt(i)), 0);
  }
  EXPECT_EQ(Hash(vm_, Value::FromObject(g)), 3315828392787217534);
}

TEST_F(SetTest, SetsAreUnhashable) {
  SetObject* s = Make({1});
  EXPECT_EQ(Hash(vm_, Value::FromObject(s)), -1);
  EXPECT_TRUE(vm_.ExceptionMatches(&kTypeErrorType));
  vm_.ClearException();
  // A set key is looked up as a frozenset.
  SetObject* outer = NewSet(vm_);
  SetObject* frozen = NewSet(vm_, &kFrozenSetType);
  ASSERT_EQ(SetAdd(vm_, frozen, Value::SmallInt(1)), 0);
  ASSERT_EQ(SetAdd(vm_, outer, Value::FromObject(frozen)), 0);
  EXPECT_EQ(SetContains(vm_, outer, Value::FromObject(s)), 1);
}

TEST_F(SetTest, RefusedGrowthLeavesTheSetIntact) {
  SetObject* s = Make({1, 2, 3, 4});
  // The fifth key reaches fill * 5 >= mask * 3 and resizes.
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use());
  EXPECT_EQ(SetAdd(vm_, s, Value::SmallInt(5)), -1);
  vm_.heap().set_limit_bytes(SIZE_MAX / 2);
  EXPECT_EQ(vm_.limit_hit(), LimitKind::kMemory);
  vm_.ClearException();
  vm_.BeginRun(Limits::None());
  // The bigger table is charged before the key goes in: nothing changed.
  EXPECT_EQ(Order(s), (std::vector<int64_t>{1, 2, 3, 4}));
  EXPECT_EQ(s->fill, 4u);
  EXPECT_EQ(SetContains(vm_, s, Value::SmallInt(5)), 0);
  EXPECT_EQ(SetAdd(vm_, s, Value::SmallInt(5)), 0);
  EXPECT_EQ(s->used, 5u);
  EXPECT_EQ(s->mask, 31u);
}

TEST_F(SetTest, ManyInsertsAndDeletesKeepInvariants) {
  SetObject* s = NewSet(vm_);
  for (int64_t i = 0; i < 5000; ++i) ASSERT_EQ(SetAdd(vm_, s, Value::SmallInt(i * 7919)), 0);
  for (int64_t i = 0; i < 5000; i += 3) {
    ASSERT_EQ(SetDiscard(vm_, s, Value::SmallInt(i * 7919)), 1);
  }
  size_t expected = 0;
  for (int64_t i = 0; i < 5000; ++i) {
    int present = SetContains(vm_, s, Value::SmallInt(i * 7919));
    EXPECT_EQ(present, i % 3 != 0 ? 1 : 0);
    expected += present;
  }
  EXPECT_EQ(s->used, expected);
  EXPECT_LT(s->fill * 5, s->mask * 3);  // below the resize trigger
  EXPECT_EQ(Order(s).size(), expected);
}

// ---- Budget ------------------------------------------------------------------

Limits InstructionLimit(uint64_t instructions) {
  Limits l = Limits::None();
  l.max_instructions = instructions;
  return l;
}

TEST_F(SetTest, KeysWithEqualHashesPayForTheirProbes) {
  // k * (2**61 - 1) hashes to 0 and is compared natively.
  std::vector<Value> keys;
  for (int64_t k = 4; k < 4 + 2000; ++k) {
    keys.push_back(IntFromBig(vm_, BigInt::Mul(BigInt(k), BigInt((int64_t{1} << 61) - 1))));
  }
  ASSERT_EQ(Hash(vm_, keys[1234]), 0);
  SetObject* s = NewSet(vm_);
  uint64_t before = vm_.instruction_count;
  for (Value k : keys) ASSERT_EQ(SetAdd(vm_, s, k), 0);
  EXPECT_GE(vm_.instruction_count - before, 2000u * 2000 / 2);

  // Under a budget the walk is refused part way; the set stays whole.
  SetObject* t = NewSet(vm_);
  vm_.BeginRun(InstructionLimit(200000));
  size_t added = 0;
  for (Value k : keys) {
    if (SetAdd(vm_, t, k) < 0) break;
    ++added;
  }
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
  EXPECT_LT(added, keys.size());
  EXPECT_EQ(t->used, added);
  vm_.BeginRun(Limits::None());
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(SetContains(vm_, t, keys[i]), i < added ? 1 : 0) << i;
  }
}

TEST_F(SetTest, SetOfAHugeRangeIsChargedUpFront) {
  vm_.BeginRun(InstructionLimit(1000000000));
  Value range = NewRange(vm_, Value::SmallInt(0), Value::SmallInt(1000000000000),
                         Value::SmallInt(1));
  EXPECT_EQ(SetFromIterable(vm_, range), nullptr);
  EXPECT_EQ(TakePendingError(vm_), "LimitExceeded(instructions)");
  // A small one pays one unit per item.
  vm_.BeginRun(Limits::None());
  SetObject* s = SetFromIterable(vm_, NewRange(vm_, Value::SmallInt(0), Value::SmallInt(1000),
                                                 Value::SmallInt(1)));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->used, 1000u);
  EXPECT_GE(vm_.instruction_count, 1000u);
  EXPECT_LT(vm_.instruction_count, 5000u);  // with the resizes
}

}  // namespace
}  // namespace moat::vm
