// Tests for vm/objects/str*: the UTF-8 helpers, repr, hashing, the core
// operations (concat, repeat, subscript) and their budget charges, StrWriter,
// and spot checks of the Unicode tables. Expected values come from
// /usr/bin/python3.11 (hashes with PYTHONHASHSEED=0), pasted here so the tests
// need no Python at run time. Method behaviour is covered end to end by
// conformance/cases/str_methods/.
#include "vm/objects/str.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "tests/util/pending_error.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/str_unicode.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class StrTest : public ::testing::Test {
 protected:
  StrTest() : vm_(Interp::Options{}) {}

  StrObject* S(std::string_view utf8) {
    StrObject* s = NewStr(vm_, utf8);
    EXPECT_NE(s, nullptr);
    return s;
  }

  std::string View(Value v) {
    EXPECT_FALSE(v.is_null());
    return std::string(As<StrObject>(v)->view());
  }

  // The pending exception's type name and message, cleared.
  std::string TakeError() { return TakePendingError(vm_); }

  // self.name(*args) through the method table.
  Value CallMethod(Value self, const char* name, std::vector<Value> args = {}) {
    const MethodDef* m = FindMethod(TypeOf(self), name);
    EXPECT_NE(m, nullptr) << name;
    if (m == nullptr) return Value::Null();
    return m->fn(vm_, self, CallArgs{args.data(), args.size(), nullptr});
  }

  // Instructions charged while `f` runs.
  template <typename F>
  uint64_t Charged(F&& f) {
    uint64_t before = vm_.instruction_count;
    f();
    return vm_.instruction_count - before;
  }

  // Starts a run that may charge at most `instructions` more.
  void LimitInstructions(uint64_t instructions) {
    Limits limits = Limits::None();
    limits.max_instructions = instructions;
    vm_.BeginRun(limits);
  }

  Value V(StrObject* s) { return Value::FromObject(s); }

  Interp vm_;
};

// ---- UTF-8 helpers -------------------------------------------------------------

TEST(Utf8Test, AppendAndDecodeRoundTrip) {
  for (uint32_t cp : {0x0u, 0x41u, 0x7Fu, 0x80u, 0xE9u, 0x7FFu, 0x800u, 0x20ACu, 0xD800u,
                      0xDFFFu, 0xFFFFu, 0x10000u, 0x1F600u, 0x10FFFFu}) {
    std::string s;
    AppendUtf8(&s, cp);
    size_t expected_len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    EXPECT_EQ(s.size(), expected_len) << cp;
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8Test, CountAcceptsGeneralizedUtf8) {
  size_t length = 0;
  bool ascii = false;
  ASSERT_TRUE(CountUtf8("hello, world! 0123456789", &length, &ascii));
  EXPECT_EQ(length, 24u);
  EXPECT_TRUE(ascii);
  ASSERT_TRUE(CountUtf8("caf\xc3\xa9 \xe4\xb8\x96\xf0\x9f\x98\x80", &length, &ascii));
  EXPECT_EQ(length, 7u);
  EXPECT_FALSE(ascii);
  // Lone surrogates are allowed (Python strs may hold them).
  ASSERT_TRUE(CountUtf8("\xed\xa0\x80", &length, &ascii));
  EXPECT_EQ(length, 1u);
  ASSERT_TRUE(CountUtf8("", &length, &ascii));
  EXPECT_EQ(length, 0u);
  EXPECT_TRUE(ascii);
}

TEST(Utf8Test, CountRejectsInvalidUtf8) {
  using namespace std::string_view_literals;
  size_t length;
  bool ascii;
  for (std::string_view bad : {
           "\x80"sv,              // lone continuation byte
           "\xc3"sv,              // truncated 2-byte sequence
           "\xc0\x80"sv,          // overlong NUL
           "\xe0\x80\x80"sv,      // overlong 3-byte
           "\xf0\x80\x80\x80"sv,  // overlong 4-byte
           "\xf4\x90\x80\x80"sv,  // above U+10FFFF
           "\xf8\x88\x80\x80"sv,  // 5-byte lead
           "\xe4\xb8"sv,          // truncated 3-byte sequence
           "abc\xff"sv,
           "\xc3\x28"sv,          // bad continuation
       }) {
    EXPECT_FALSE(CountUtf8(bad, &length, &ascii)) << testing::PrintToString(bad);
  }
}

TEST_F(StrTest, NewStrSetsLengthAndAsciiFlag) {
  StrObject* a = S("hello");
  EXPECT_EQ(a->length, 5u);
  EXPECT_EQ(a->byte_length, 5u);
  EXPECT_TRUE(a->ascii);
  EXPECT_EQ(a->hash, -1);
  EXPECT_EQ(a->view().data()[5], '\0');  // the terminator after the text
  StrObject* u = S("\xc3\xbc\xe6\x97\xa5\xf0\x9f\x98\x80!");
  EXPECT_EQ(u->length, 4u);
  EXPECT_EQ(u->byte_length, 10u);
  EXPECT_FALSE(u->ascii);
  StrObject* one = StrFromCodePoint(vm_, 0x20AC);
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one->view(), "\xe2\x82\xac");
  EXPECT_EQ(one->length, 1u);
}

TEST_F(StrTest, CodePointOffsets) {
  // "aé日😀b": offsets 0 1 3 6 10 11.
  StrObject* s = S("a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80" "b");
  const size_t offsets[] = {0, 1, 3, 6, 10, 11};
  const uint32_t cps[] = {'a', 0xE9, 0x65E5, 0x1F600, 'b'};
  for (size_t i = 0; i <= 5; ++i) EXPECT_EQ(StrCodePointOffset(s, i), offsets[i]) << i;
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(StrCodePointAt(s, i), cps[i]) << i;
  StrObject* a = S("abc");
  EXPECT_EQ(StrCodePointOffset(a, 2), 2u);
  EXPECT_EQ(StrCodePointAt(a, 1), static_cast<uint32_t>('b'));
}

// ---- repr ------------------------------------------------------------------------

TEST(StrReprTest, QuotesAndEscapes) {
  EXPECT_EQ(StrRepr(""), "''");
  EXPECT_EQ(StrRepr("abc"), "'abc'");
  EXPECT_EQ(StrRepr("it's"), "\"it's\"");
  EXPECT_EQ(StrRepr("say \"hi\""), "'say \"hi\"'");
  EXPECT_EQ(StrRepr("both ' and \""), "'both \\' and \"'");
  EXPECT_EQ(StrRepr("back\\slash"), "'back\\\\slash'");
  EXPECT_EQ(StrRepr("\t\n\r"), "'\\t\\n\\r'");
  EXPECT_EQ(StrRepr(std::string_view("\x00\x01\x1f\x7f", 4)), "'\\x00\\x01\\x1f\\x7f'");
  // U+0080..U+00A0 and the soft hyphen are not printable; é is.
  EXPECT_EQ(StrRepr("\xc2\x80\xc2\xa0\xc2\xad\xc3\xa9"), "'\\x80\\xa0\\xad\xc3\xa9'");
  // U+2028, U+200B, U+FEFF; a lone surrogate; private use.
  EXPECT_EQ(StrRepr("\xe2\x80\xa8\xe2\x80\x8b\xef\xbb\xbf"), "'\\u2028\\u200b\\ufeff'");
  EXPECT_EQ(StrRepr("\xed\xa0\x80"), "'\\ud800'");
  EXPECT_EQ(StrRepr("\xee\x80\x80"), "'\\ue000'");
  // Printable astral characters stay; tags and unassigned ones are escaped.
  EXPECT_EQ(StrRepr("\xf0\x9f\x98\x80"), "'\xf0\x9f\x98\x80'");
  EXPECT_EQ(StrRepr("\xf3\xa0\x80\x81"), "'\\U000e0001'");
  EXPECT_EQ(StrRepr("\xf4\x8f\xbf\xbf"), "'\\U0010ffff'");
  // U+11F00 was assigned in Unicode 15; CPython 3.11 (Unicode 14) escapes it.
  EXPECT_EQ(StrRepr("\xf0\x91\xbc\x80"), "'\\U00011f00'");
  EXPECT_EQ(StrRepr("\xe6\x97\xa5\xe6\x9c\xac"), "'\xe6\x97\xa5\xe6\x9c\xac'");
}

TEST_F(StrTest, ReprSlotMatchesStrRepr) {
  StrObject* s = S("a'\n\xc3\xa9\xc2\x85");
  Value r = TypeOf(Value::FromObject(s))->repr(vm_, Value::FromObject(s));
  EXPECT_EQ(View(r), StrRepr(s->view()));
  EXPECT_EQ(View(r), "\"a'\\n\xc3\xa9\\x85\"");
  EXPECT_EQ(As<StrObject>(r)->length, 11u);
}

// ---- Hashing ----------------------------------------------------------------------

TEST_F(StrTest, HashMatchesCPythonWithSeedZero) {
  struct Case {
    const char* text;
    int64_t hash;
  };
  // PYTHONHASHSEED=0 /usr/bin/python3.11 -c "print(hash(s))"
  const Case cases[] = {
      {"abc", -4594863902769663758LL},
      {"", 0},
      {"a", 4644417185603328019LL},
      {"hello world", -5642461784034726774LL},
      {"\xc3\xa9", 6047309291227476195LL},              // 'é' (Latin-1 form)
      {"\xe2\x82\xac", -5529981157763016009LL},         // '€' (UCS-2 form)
      {"\xf0\x9f\x98\x80", -3536540696076613844LL},     // '😀' (UCS-4 form)
      {"abcdefgh", 4574395652268504554LL},              // one full block
      {"abcdefghi", -532774252720507163LL},
      {"caf\xc3\xa9 \xe4\xb8\x96\xe7\x95\x8c", 5272547492098710617LL},  // 'café 世界'
      {"\xed\xa0\x80", 5926611903945376553LL},          // '\ud800'
  };
  for (const Case& c : cases) {
    StrObject* s = S(c.text);
    EXPECT_EQ(StrHash(vm_, s), c.hash) << c.text;
    EXPECT_EQ(s->hash, c.hash);  // cached
  }
  StrObject* x100 = S(std::string(100, 'x'));
  EXPECT_EQ(StrHash(vm_, x100), 1359644457043326220LL);
}

TEST(StrHashSeedTest, OtherSeedsDiffer) {
  Interp::Options options;
  options.hash_seed = 12345;
  Interp vm(options);
  StrObject* s = NewStr(vm, "abc");
  ASSERT_NE(s, nullptr);
  int64_t h = StrHash(vm, s);
  EXPECT_NE(h, -4594863902769663758LL);
  EXPECT_NE(h, -1);
  StrObject* t = NewStr(vm, "abc");
  EXPECT_EQ(StrHash(vm, t), h);
  StrObject* e = NewStr(vm, "");
  EXPECT_EQ(StrHash(vm, e), 0);
}

TEST_F(StrTest, Equality) {
  EXPECT_TRUE(StrEquals(S("abc"), S("abc")));
  EXPECT_FALSE(StrEquals(S("abc"), S("abd")));
  EXPECT_FALSE(StrEquals(S("abc"), S("ab")));
  EXPECT_TRUE(StrEquals(S(""), S("")));
  EXPECT_TRUE(StrEquals(S("\xc3\xa9"), S("\xc3\xa9")));
}

// ---- Core operations --------------------------------------------------------------

TEST_F(StrTest, ConcatAndRepeat) {
  EXPECT_EQ(View(StrConcat(vm_, S("ab"), S("\xc3\xa9"))), "ab\xc3\xa9");
  Value r = StrRepeat(vm_, S("\xc3\xa9x"), 3);
  EXPECT_EQ(View(r), "\xc3\xa9x\xc3\xa9x\xc3\xa9x");
  EXPECT_EQ(As<StrObject>(r)->length, 6u);
  EXPECT_EQ(View(StrRepeat(vm_, S("ab"), 0)), "");
  EXPECT_EQ(View(StrRepeat(vm_, S("ab"), -3)), "");
  EXPECT_TRUE(StrRepeat(vm_, S("ab"), int64_t{1} << 62).is_null());
  EXPECT_EQ(TakeError(), "OverflowError: repeated string is too long");
}

TEST_F(StrTest, RepeatIsChargedBeforeBuilding) {
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  size_t before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(StrRepeat(vm_, S("abc"), 1000000).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");  // 3 MB: past the whole budget
  // Only the small "abc" and the MemoryError object were allocated.
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
  EXPECT_FALSE(StrRepeat(vm_, S("abc"), 1000).is_null());
}

TEST_F(StrTest, SubscriptIndexAndSlice) {
  StrObject* s = S("a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80" "b");  // aé日😀b
  EXPECT_EQ(View(StrSubscript(vm_, s, Value::SmallInt(1))), "\xc3\xa9");
  EXPECT_EQ(View(StrSubscript(vm_, s, Value::SmallInt(-2))), "\xf0\x9f\x98\x80");
  EXPECT_TRUE(StrSubscript(vm_, s, Value::SmallInt(5)).is_null());
  EXPECT_EQ(TakeError(), "IndexError: string index out of range");
  EXPECT_TRUE(StrSubscript(vm_, s, Value::None()).is_null());
  EXPECT_EQ(TakeError(), "TypeError: string indices must be integers, not 'NoneType'");

  SliceObject* rev = NewSlice(vm_, Value::None(), Value::None(), Value::SmallInt(-1));
  ASSERT_NE(rev, nullptr);
  EXPECT_EQ(View(StrSubscript(vm_, s, Value::FromObject(rev))),
            "b\xf0\x9f\x98\x80\xe6\x97\xa5\xc3\xa9" "a");
  SliceObject* step2 = NewSlice(vm_, Value::SmallInt(1), Value::None(), Value::SmallInt(2));
  Value r = StrSubscript(vm_, s, Value::FromObject(step2));
  EXPECT_EQ(View(r), "\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(As<StrObject>(r)->length, 2u);
  SliceObject* mid = NewSlice(vm_, Value::SmallInt(1), Value::SmallInt(3), Value::None());
  EXPECT_EQ(View(StrSubscript(vm_, s, Value::FromObject(mid))), "\xc3\xa9\xe6\x97\xa5");
  SliceObject* ascii = NewSlice(vm_, Value::SmallInt(0), Value::SmallInt(1), Value::None());
  Value a = StrSubscript(vm_, s, Value::FromObject(ascii));
  EXPECT_EQ(View(a), "a");
  EXPECT_TRUE(As<StrObject>(a)->ascii);
}

TEST_F(StrTest, WriterBuildsAndCharges) {
  {
    StrWriter w(vm_);
    ASSERT_TRUE(w.AppendAscii("ab"));
    ASSERT_TRUE(w.AppendCodePoint(0xE9));
    ASSERT_TRUE(w.AppendFill(0x65E5, 2));
    ASSERT_TRUE(w.AppendStr(S("!")));
    StrObject* s = w.Finish();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->view(), "ab\xc3\xa9\xe6\x97\xa5\xe6\x97\xa5!");
    EXPECT_EQ(s->length, 6u);
    EXPECT_FALSE(s->ascii);
  }
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 4096);
  {
    // Past the whole budget: CPython's catchable MemoryError(), before any work.
    StrWriter w(vm_);
    EXPECT_FALSE(w.AppendFill('x', 1u << 20));
    EXPECT_EQ(TakeError(), "MemoryError");
  }
  // Within the budget, but past what is left of it: the memory limit.
  StrWriter w(vm_);
  EXPECT_FALSE(w.AppendFill('x', 4096 + 64));
  EXPECT_EQ(TakeError(), "LimitExceeded(memory)");
}

// ---- Budget charges -----------------------------------------------------------------
//
// One instruction per 16 bytes copied or searched (vm.ChargeBytes), kCharCost
// times that for a character-at-a-time pass, nothing for small strings.

TEST_F(StrTest, SmallOperationsAreFree) {
  Value s = V(S("hello, world"));
  uint64_t used = Charged([&] {
    EXPECT_FALSE(CallMethod(s, "find", {V(S("world"))}).is_null());
    EXPECT_FALSE(CallMethod(s, "replace", {V(S("o")), V(S("0"))}).is_null());
    EXPECT_FALSE(CallMethod(s, "split", {V(S(","))}).is_null());
    EXPECT_FALSE(CallMethod(s, "upper").is_null());
    EXPECT_FALSE(CallMethod(s, "strip").is_null());
    EXPECT_FALSE(CallMethod(s, "isalpha").is_null());
    EXPECT_NE(Hash(vm_, s), -1);
    EXPECT_FALSE(Repr(vm_, s).is_null());
    EXPECT_FALSE(StrRepeat(vm_, As<StrObject>(s), 10).is_null());
  });
  EXPECT_EQ(used, 0u);
}

TEST_F(StrTest, JoinIsChargedForItsResult) {
  StrObject* item = As<StrObject>(StrRepeat(vm_, S("x"), 1000));
  ListObject* list = NewList(vm_);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(ListAppendValue(vm_, list, V(item)));
  Value r;
  uint64_t used = Charged([&] { r = CallMethod(V(S(",")), "join", {Value::FromObject(list)}); });
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(As<StrObject>(r)->byte_length, 1000u * 1000u + 999u);
  // About one instruction per 16 bytes of the result, plus one per item.
  EXPECT_GE(used, 1000999u / 16);
  EXPECT_LE(used, 1000999u / 16 + 2000);
}

TEST_F(StrTest, ReplaceIsChargedForScanAndResult) {
  Value s = StrRepeat(vm_, S("ab"), 500000);  // 1 MB
  Value r;
  uint64_t used =
      Charged([&] { r = CallMethod(s, "replace", {V(S("a")), V(S("xyz"))}); });
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(As<StrObject>(r)->byte_length, 2000000u);
  // Counting scan (1 MB), the build's second scan (1 MB), the 2 MB result,
  // two instructions per match (each is found twice).
  const uint64_t expected = (1000000 + 1000000 + 2000000) / 16 + 2 * 500000;
  EXPECT_GE(used, expected);
  EXPECT_LE(used, expected + 1000000 / 16);  // the scan's meter pays ahead
}

TEST_F(StrTest, SearchesPayForWhatTheyRead) {
  // A match at the start costs nothing; one at the end costs the whole text.
  Value s = StrConcat(vm_, As<StrObject>(StrRepeat(vm_, S("a"), 1000000)), S("b"));
  EXPECT_EQ(Charged([&] { CallMethod(s, "find", {V(S("a"))}); }), 0u);
  uint64_t used = Charged([&] { CallMethod(s, "find", {V(S("b"))}); });
  EXPECT_GE(used, 1000000u / 16 - 64);  // the first 1023 bytes are free
  EXPECT_LE(used, 2 * 1000001u / 16);
  used = Charged([&] { EXPECT_EQ(Contains(vm_, s, V(S("ba"))), 0); });
  EXPECT_GE(used, 1000000u / 16 - 64);
  used = Charged([&] { CallMethod(s, "rfind", {V(S("ab"))}); });
  EXPECT_EQ(used, 0u);
  used = Charged([&] { CallMethod(s, "rfind", {V(S("c"))}); });
  EXPECT_GE(used, 1000000u / 16 - 64);
  // A loop of searches from increasing offsets pays for each stretch once:
  // what s.find(x, i) in a loop reads, not the rest of the string each time.
  Value many = StrRepeat(vm_, S("a,"), 100000);
  used = Charged([&] { CallMethod(many, "split", {V(S(","))}); });
  EXPECT_LE(used, 2 * 200000u / 16 + kPieceCost * (100001u + kPieceBatch));
}

TEST_F(StrTest, ComparisonAndFirstHashAreCharged) {
  Value a = StrRepeat(vm_, S("a"), 1 << 20);
  Value b = StrRepeat(vm_, S("a"), 1 << 20);
  uint64_t used = Charged([&] { EXPECT_EQ(RichCompareBool(vm_, a, b, CompareOp::kEq), 1); });
  EXPECT_EQ(used, (1u << 20) / 16);
  used = Charged([&] { EXPECT_EQ(RichCompareBool(vm_, a, b, CompareOp::kLt), 0); });
  EXPECT_EQ(used, (1u << 20) / 16);
  used = Charged([&] { EXPECT_NE(Hash(vm_, a), -1); });
  EXPECT_EQ(used, (1u << 20) * kCharCost / 16);
  EXPECT_EQ(Charged([&] { Hash(vm_, a); }), 0u);  // cached
}

TEST_F(StrTest, NonAsciiIndexingChargesTheWalk) {
  Value s = StrRepeat(vm_, S("\xc3\xa9"), 1 << 20);  // é * 2**20
  uint64_t used = Charged([&] { StrSubscript(vm_, As<StrObject>(s), Value::SmallInt(1 << 19)); });
  EXPECT_GE(used, (1u << 19) * kCharCost / 16);
  // The walk cache makes the neighbour cheap.
  used = Charged([&] { StrSubscript(vm_, As<StrObject>(s), Value::SmallInt((1 << 19) + 1)); });
  EXPECT_EQ(used, 0u);
}

TEST_F(StrTest, InstructionLimitStopsNativeWork) {
  Value s = StrRepeat(vm_, S("a"), 1 << 20);
  LimitInstructions(1000);
  EXPECT_TRUE(CallMethod(s, "find", {V(S("b"))}).is_null());
  EXPECT_EQ(TakeError(), "LimitExceeded(instructions)");
  LimitInstructions(1000);
  EXPECT_TRUE(CallMethod(s, "upper").is_null());
  EXPECT_EQ(TakeError(), "LimitExceeded(instructions)");
  LimitInstructions(1000);
  EXPECT_TRUE(CallMethod(s, "split").is_null());
  EXPECT_EQ(TakeError(), "LimitExceeded(instructions)");
  LimitInstructions(1000);
  EXPECT_EQ(Hash(vm_, s), -1);
  EXPECT_EQ(TakeError(), "LimitExceeded(instructions)");
  LimitInstructions(1000);
  EXPECT_TRUE(Repr(vm_, s).is_null());
  EXPECT_EQ(TakeError(), "LimitExceeded(instructions)");
  // Still usable afterwards.
  LimitInstructions(Limits::kUnlimited);
  EXPECT_FALSE(CallMethod(s, "find", {V(S("b"))}).is_null());
}

TEST_F(StrTest, RefusedResultsLeaveTheHeapUnchanged) {
  Value s = StrRepeat(vm_, S("ab"), 50);
  Value big = StrRepeat(vm_, S("x"), 100000);
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  size_t before = vm_.heap().bytes_in_use();
  // 101 insertions of 100,000 characters: 10 MB, refused before building.
  EXPECT_TRUE(CallMethod(s, "replace", {V(S("")), big}).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);  // the MemoryError
  before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(CallMethod(V(S("\t")), "expandtabs", {Value::SmallInt(10000000)}).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
  before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(CallMethod(V(S("-1")), "zfill", {Value::SmallInt(10000000)}).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
  before = vm_.heap().bytes_in_use();
  EXPECT_TRUE(CallMethod(V(S("x")), "center", {IntFromInt64(vm_, int64_t{1} << 34)}).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
}

TEST_F(StrTest, StripWithALargeSetIsChargedAndCorrect) {
  // A set of 1000 characters, each tested by binary search.
  StrWriter w(vm_);
  for (uint32_t c = 0x100; c < 0x100 + 1000; ++c) ASSERT_TRUE(w.AppendCodePoint(c));
  Value chars = w.FinishValue();
  Value s = StrConcat(vm_, As<StrObject>(StrRepeat(vm_, S("\xc4\x80"), 1000)), S("k"));
  Value r;
  uint64_t used = Charged([&] { r = CallMethod(s, "strip", {chars}); });
  EXPECT_EQ(View(r), "k");
  EXPECT_GT(used, 0u);
  // The scratch copy of the set (4 KB) is given back; only the result stays.
  size_t before = vm_.heap().bytes_in_use();
  CallMethod(s, "lstrip", {chars});
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 256);
}

TEST_F(StrTest, ScanMeterPaysAheadInDoublingSteps) {
  ScanMeter meter(vm_);
  EXPECT_EQ(Charged([&] { EXPECT_TRUE(meter.Reach(1023)); }), 0u);
  EXPECT_EQ(Charged([&] { EXPECT_TRUE(meter.Reach(1024)); }), 1023u / 16);  // now 2046 paid
  EXPECT_EQ(Charged([&] { EXPECT_TRUE(meter.Reach(2046)); }), 0u);
  EXPECT_EQ(Charged([&] { EXPECT_TRUE(meter.Reach(100000)); }), (100000u - 2046) / 16);
}

TEST_F(StrTest, SearchForwardFindsMatchesAcrossWindows) {
  // Needles straddling every window boundary of the doubling scan.
  std::string hay(20000, 'a');
  for (size_t at : {1020u, 1023u, 3060u, 3069u, 7160u, 19990u}) {
    std::string h = hay;
    h.replace(at, 5, "bcdef");
    EXPECT_EQ(SearchForward(vm_, h, "bcdef", 0), static_cast<int64_t>(at)) << at;
    EXPECT_EQ(SearchForward(vm_, h, "bcdef", at + 1), -1) << at;
  }
  std::string long_needle(5000, 'b');
  std::string h = hay + long_needle + "c";
  EXPECT_EQ(SearchForward(vm_, h, long_needle, 0), 20000);
  EXPECT_EQ(SearchForward(vm_, h, long_needle + "c", 0), 20000);
  ReverseSearch rs(vm_, "bcdef");
  std::string two = hay;
  two.replace(500, 5, "bcdef");
  two.replace(15000, 5, "bcdef");
  EXPECT_EQ(rs.Find(two, two.size()), 15000);
  EXPECT_EQ(rs.Find(two, 15000), 500);
  EXPECT_EQ(rs.Find(two, 500), -1);
}

// ---- Unicode properties (spot checks; the tables were checked exhaustively
// against python3.11 when generated) --------------------------------------------

TEST(StrUnicodeTest, Properties) {
  EXPECT_TRUE(UnicodeIsSpace(0x3000));
  EXPECT_TRUE(UnicodeIsSpace(0x1C));
  EXPECT_FALSE(UnicodeIsSpace(0x200B));
  EXPECT_TRUE(UnicodeIsLinebreak(0x2028));
  EXPECT_FALSE(UnicodeIsLinebreak(0x1F));
  EXPECT_TRUE(UnicodeIsDigit(0xB2));       // ²
  EXPECT_FALSE(UnicodeIsDecimal(0xB2));
  EXPECT_TRUE(UnicodeIsNumeric(0xBD));     // ½
  EXPECT_TRUE(UnicodeIsNumeric(0x4E00));   // 一
  EXPECT_FALSE(UnicodeIsDigit(0x4E00));
  EXPECT_TRUE(UnicodeIsDecimal(0x663));    // ٣
  EXPECT_TRUE(UnicodeIsLower(0xAA));       // ª (Other_Lowercase)
  EXPECT_TRUE(UnicodeIsUpper(0x2167));     // Ⅷ (Other_Uppercase)
  EXPECT_TRUE(UnicodeIsTitle(0x1C5));      // ǅ
  EXPECT_TRUE(UnicodeIsCaseIgnorable(0x27));
  EXPECT_TRUE(UnicodeIsIdStart('_'));
  EXPECT_FALSE(UnicodeIsIdStart(0xB7));
  EXPECT_TRUE(UnicodeIsIdContinue(0xB7));  // ·
  EXPECT_FALSE(UnicodeIsPrintable(0xAD));
  EXPECT_TRUE(UnicodeIsPrintable(' '));
  // Unicode 15 additions are unassigned for CPython 3.11.
  EXPECT_FALSE(UnicodeIsPrintable(0x11F00));
  EXPECT_FALSE(UnicodeIsAlpha(0x31350));
}

TEST(StrUnicodeTest, FullCaseMappings) {
  uint32_t out[3];
  ASSERT_EQ(UnicodeToUpperFull(0xDF, out), 2);  // ß -> SS
  EXPECT_EQ(out[0], 'S');
  EXPECT_EQ(out[1], 'S');
  ASSERT_EQ(UnicodeToUpperFull(0xFB01, out), 2);  // ﬁ -> FI
  EXPECT_EQ(out[0], 'F');
  EXPECT_EQ(out[1], 'I');
  ASSERT_EQ(UnicodeToLowerFull(0x130, out), 2);  // İ -> i̇
  EXPECT_EQ(out[1], 0x307u);
  ASSERT_EQ(UnicodeToTitleFull(0xDF, out), 2);  // ß -> Ss
  EXPECT_EQ(out[1], 's');
  ASSERT_EQ(UnicodeToTitleFull(0x1C6, out), 1);  // ǆ -> ǅ
  EXPECT_EQ(out[0], 0x1C5u);
  ASSERT_EQ(UnicodeToFoldedFull(0x3C2, out), 1);  // ς -> σ
  EXPECT_EQ(out[0], 0x3C3u);
  ASSERT_EQ(UnicodeToFoldedFull(0x13F8, out), 1);  // Cherokee folds to upper
  EXPECT_EQ(out[0], 0x13F0u);
  ASSERT_EQ(UnicodeToLowerFull(0x3A3, out), 1);  // Σ -> σ (context is str.lower's)
  EXPECT_EQ(out[0], 0x3C3u);
}

}  // namespace
}  // namespace moat::vm
