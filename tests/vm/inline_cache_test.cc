// Tests for vm/inline_cache.h: how the loader numbers the cached sites in
// their CACHE units, and that a global site's hit re-checks what it
// remembered (value updates seen at once; a moved, deleted or shadowing key,
// another dict, or a collection make it miss).
#include "vm/inline_cache.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/opcodes.h"

namespace moat::vm {
namespace {

uint16_t Unit(uint8_t op, uint8_t arg) { return static_cast<uint16_t>(op | (arg << 8)); }

TEST(AssignInlineCachesTest, NumbersEachCachedSiteInItsFirstTwoCacheUnits) {
  std::vector<uint16_t> code;
  auto emit = [&](uint8_t op, uint8_t arg) {
    code.push_back(Unit(op, arg));
    for (int i = 0; i < kOpcodeInfo[op].cache_entries; ++i) code.push_back(0xBEEF);
  };
  emit(LOAD_GLOBAL, 1);
  emit(EXTENDED_ARG, 1);
  emit(LOAD_ATTR, 2);
  emit(BINARY_OP, 0);
  emit(STORE_ATTR, 3);
  emit(LOAD_METHOD, 4);
  emit(RETURN_VALUE, 0);
  std::vector<uint16_t> before = code;

  EXPECT_EQ(AssignInlineCaches(&code, 3), 7u);  // entries 3..6; 0..2 are name caches

  size_t load_global = 0;
  size_t load_attr = load_global + 1 + kOpcodeInfo[LOAD_GLOBAL].cache_entries + 1;
  size_t binary_op = load_attr + 1 + kOpcodeInfo[LOAD_ATTR].cache_entries;
  size_t store_attr = binary_op + 1 + kOpcodeInfo[BINARY_OP].cache_entries;
  size_t load_method = store_attr + 1 + kOpcodeInfo[STORE_ATTR].cache_entries;
  EXPECT_EQ(code[load_global + 1], 3);
  EXPECT_EQ(code[load_attr + 1], 4);
  EXPECT_EQ(code[store_attr + 1], 5);
  EXPECT_EQ(code[load_method + 1], 6);
  for (size_t site : {load_global, load_attr, store_attr, load_method}) {
    EXPECT_EQ(code[site + 2], 0) << "high half of the entry number at " << site;
    EXPECT_EQ(code[site], before[site]) << "the instruction itself is unchanged";
  }
  // Everything else, BINARY_OP's cache included, is untouched.
  for (size_t i = 0; i < code.size(); ++i) {
    bool numbered = false;
    for (size_t site : {load_global, load_attr, store_attr, load_method}) {
      numbered |= i == site + 1 || i == site + 2;
    }
    if (!numbered) {
      EXPECT_EQ(code[i], before[i]) << "unit " << i;
    }
  }
  InlineCache entries[7];
  EXPECT_EQ(SiteCache(entries, &code[load_method + 1]), &entries[6]);
}

TEST(AssignInlineCachesTest, EntryNumbersPastSixteenBits) {
  std::vector<uint16_t> code;
  code.push_back(Unit(LOAD_ATTR, 0));
  for (int i = 0; i < kOpcodeInfo[LOAD_ATTR].cache_entries; ++i) code.push_back(0);
  EXPECT_EQ(AssignInlineCaches(&code, 0x12345), 0x12346u);
  EXPECT_EQ(code[1], 0x2345);
  EXPECT_EQ(code[2], 0x1);
}

class GlobalCacheTest : public ::testing::Test {
 protected:
  GlobalCacheTest() : vm_(Interp::Options{}) {
    globals_ = NewDict(vm_);
    builtins_ = NewDict(vm_);
    name_ = vm_.Intern("name");
    vm_.AddWorldRoot(globals_);
    vm_.AddWorldRoot(builtins_);
  }

  void SetGlobal(DictObject* d, int64_t v) {
    ASSERT_EQ(DictSet(vm_, d, Value::FromObject(name_), Value::SmallInt(v)), 0);
  }
  Value Hit() { return LoadGlobalHit(vm_, cache_, globals_, builtins_, name_); }
  Value Miss() { return LoadGlobalMiss(vm_, cache_, globals_, builtins_, name_); }

  Interp vm_;
  DictObject* globals_;
  DictObject* builtins_;
  StrObject* name_;
  InlineCache cache_;
};

TEST_F(GlobalCacheTest, ModuleEntrySeesValueUpdatesAndMissesOnceDeleted) {
  SetGlobal(globals_, 1);
  EXPECT_TRUE(Hit().is_null());
  EXPECT_EQ(Miss(), Value::SmallInt(1));
  EXPECT_EQ(Hit(), Value::SmallInt(1));
  SetGlobal(globals_, 2);  // a value update: the entry stays where it is
  EXPECT_EQ(Hit(), Value::SmallInt(2));
  Value old;
  EXPECT_TRUE(StoreGlobalHit(cache_, globals_, name_, Value::SmallInt(3), &old));
  EXPECT_EQ(old, Value::SmallInt(2));
  EXPECT_EQ(DictGetStr(vm_, globals_, name_), Value::SmallInt(3));
  ASSERT_EQ(DictDel(vm_, globals_, Value::FromObject(name_)), 1);
  EXPECT_TRUE(Hit().is_null());
  EXPECT_FALSE(StoreGlobalHit(cache_, globals_, name_, Value::SmallInt(4), &old));
  // Another globals dict never hits, whatever it holds at that index.
  DictObject* other = NewDict(vm_);
  vm_.AddWorldRoot(other);
  SetGlobal(other, 5);
  SetGlobal(globals_, 6);
  EXPECT_EQ(Miss(), Value::SmallInt(6));
  EXPECT_TRUE(LoadGlobalHit(vm_, cache_, other, builtins_, name_).is_null());
}

TEST_F(GlobalCacheTest, BuiltinEntryMissesWhenTheGlobalsChangeOrACollectionRan) {
  SetGlobal(builtins_, 10);
  EXPECT_EQ(Miss(), Value::SmallInt(10));
  EXPECT_EQ(Hit(), Value::SmallInt(10));
  SetGlobal(builtins_, 11);
  EXPECT_EQ(Hit(), Value::SmallInt(11));
  // A new global of another name changes the globals' keys: re-prove.
  ASSERT_EQ(DictSet(vm_, globals_, Value::FromObject(vm_.Intern("other")), Value::None()), 0);
  EXPECT_TRUE(Hit().is_null());
  EXPECT_EQ(Miss(), Value::SmallInt(11));
  EXPECT_EQ(Hit(), Value::SmallInt(11));
  // The global shadows the builtin.
  SetGlobal(globals_, 12);
  EXPECT_TRUE(Hit().is_null());
  EXPECT_EQ(Miss(), Value::SmallInt(12));
  ASSERT_EQ(DictDel(vm_, globals_, Value::FromObject(name_)), 1);
  EXPECT_EQ(Miss(), Value::SmallInt(11));
  EXPECT_EQ(Hit(), Value::SmallInt(11));
  // Another builtins dict, or a collection since the fill, misses.
  EXPECT_TRUE(LoadGlobalHit(vm_, cache_, globals_, globals_, name_).is_null());
  vm_.CollectGarbage();
  EXPECT_TRUE(Hit().is_null());
}

}  // namespace
}  // namespace moat::vm
