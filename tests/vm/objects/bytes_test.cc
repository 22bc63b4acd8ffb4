// Tests for vm/objects/bytes* and codecs: the hash shared with str, repr,
// ByteWriter and bytearray resizing and their budget charges, the codecs'
// error ranges, and `%` in bytes mode. Expected values come from
// /usr/bin/python3.11 (hashes with PYTHONHASHSEED=0), pasted here so the tests
// need no Python at run time. Method behaviour is covered end to end by
// conformance/cases/bytes/.
#include "vm/objects/bytes.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "tests/util/pending_error.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class BytesTest : public ::testing::Test {
 protected:
  BytesTest() : vm_(Interp::Options{}) {}

  Value B(std::string_view data) {
    Value v = NewBytesValue(vm_, data);
    EXPECT_FALSE(v.is_null());
    return v;
  }

  std::string Data(Value v) {
    EXPECT_FALSE(v.is_null());
    std::string_view out;
    EXPECT_TRUE(BytesLikeView(v, &out));
    return std::string(out);
  }

  std::string Text(Value v) {
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

  Interp vm_;
};

TEST_F(BytesTest, HashIsCPythonsAndSharedWithStr) {
  // PYTHONHASHSEED=0 python3.11 -c "print(hash(b'abc'))" etc.
  EXPECT_EQ(BytesHash(vm_, As<BytesObject>(B("abc"))), -4594863902769663758);
  EXPECT_EQ(BytesHash(vm_, As<BytesObject>(B(std::string(20, 'a')))), 3291541819775287794);
  EXPECT_EQ(BytesHash(vm_, As<BytesObject>(B(std::string_view("\x00\xff", 2)))),
            -2713640983873221217);
  EXPECT_EQ(BytesHash(vm_, As<BytesObject>(B(""))), 0);
  StrObject* s = NewStr(vm_, "hello world");
  EXPECT_EQ(BytesHash(vm_, As<BytesObject>(B("hello world"))), StrHash(vm_, s));
  EXPECT_EQ(HashBytes(0, "abc"), -4594863902769663758);
}

TEST_F(BytesTest, Repr) {
  EXPECT_EQ(BytesRepr(""), "b''");
  EXPECT_EQ(BytesRepr("a'b"), "b\"a'b\"");
  EXPECT_EQ(BytesRepr("a\"b"), "b'a\"b'");
  EXPECT_EQ(BytesRepr("'\""), "b'\\'\"'");
  EXPECT_EQ(BytesRepr(std::string_view("\x00\t\n\r\\\x7f\x80\xff", 8)),
            "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'");
  // bytearray's repr escapes ' even inside double quotes.
  EXPECT_EQ(Text(BytesReprValue(vm_, "x'y", true, "bytearray(", ")")),
            "bytearray(b\"x\\'y\")");
  // The str version is the same text, measured and built in place.
  std::string_view all("\x00\t\n\r\\\x7f\x80\xff'\"ab", 12);
  Value r = BytesReprValue(vm_, all, false, "", "");
  EXPECT_EQ(Text(r), BytesRepr(all));
  EXPECT_EQ(As<StrObject>(r)->length, BytesRepr(all).size());
  Value named = BytesReprValue(vm_, "a", false, "\xc3\xa9(", ")");  // a non-ASCII type name
  EXPECT_EQ(Text(named), "\xc3\xa9(b'a')");
  EXPECT_EQ(As<StrObject>(named)->length, 7u);
}

TEST_F(BytesTest, WriterChargesBeforeGrowing) {
  {
    ByteWriter w(vm_);
    ASSERT_TRUE(w.Append("ab"));
    ASSERT_TRUE(w.AppendByte(0xff));
    ASSERT_TRUE(w.AppendFill('z', 3));
    EXPECT_EQ(Data(w.Finish(false)), std::string_view("ab\xffzzz", 6));
  }
  {
    ByteWriter w(vm_);
    ASSERT_TRUE(w.Append("xy"));
    Value ba = w.Finish(true);
    EXPECT_TRUE(HasType(ba, &kByteArrayType));
    EXPECT_EQ(Data(ba), "xy");
  }
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 4096);
  {
    // Past the whole budget: CPython's catchable MemoryError(), before any work.
    ByteWriter w(vm_);
    EXPECT_FALSE(w.AppendFill('x', 1u << 20));
    EXPECT_EQ(TakeError(), "MemoryError");
  }
  // Within the budget, but past what is left of it: the memory limit.
  ByteWriter w(vm_);
  EXPECT_FALSE(w.AppendFill('x', 4096 + 64));
  EXPECT_EQ(TakeError(), "LimitExceeded(memory)");
}

TEST_F(BytesTest, ByteArrayResizeAccounting) {
  std::string data(64, 'q');
  ByteArrayObject* ba = NewByteArray(vm_, data);
  ASSERT_NE(ba, nullptr);
  size_t before = vm_.heap().bytes_in_use();
  ASSERT_TRUE(ByteArrayResize(vm_, ba, 65));  // moderate growth over-allocates
  EXPECT_EQ(ba->size, 65u);
  EXPECT_EQ(ba->capacity, 65u + 8 + 6);
  EXPECT_EQ(vm_.heap().bytes_in_use(), before - 64 + ba->capacity);
  EXPECT_EQ(std::string(ba->view().substr(0, 64)), data);
  ASSERT_TRUE(ByteArrayResize(vm_, ba, 60));  // a minor shrink keeps the buffer
  EXPECT_EQ(ba->capacity, 65u + 8 + 6);
  ASSERT_TRUE(ByteArrayResize(vm_, ba, 0));  // a major one frees it
  EXPECT_EQ(ba->data, nullptr);
  EXPECT_EQ(vm_.heap().bytes_in_use(), before - 64);
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 1024);
  EXPECT_FALSE(ByteArrayResize(vm_, ba, 1u << 20));
  EXPECT_EQ(TakeError(), "LimitExceeded(memory)");
  EXPECT_EQ(ba->size, 0u);  // unchanged
}

TEST_F(BytesTest, RepeatIsChargedBeforeBuilding) {
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  size_t before = vm_.heap().bytes_in_use();
  Value b = B("abc");
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kMultiply, b, Value::SmallInt(1000000)).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");  // 3 MB: past the whole budget
  // Only "abc" and the MemoryError object were allocated.
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 1024);
  Value r = BinaryOperation(vm_, BinaryOp::kMultiply, b, Value::SmallInt(3));
  EXPECT_EQ(Data(r), "abcabcabc");
}

TEST_F(BytesTest, DecodeErrorRanges) {
  struct Case {
    std::string_view data;
    const char* error;
  } cases[] = {
      {"\xff", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: "
               "invalid start byte"},
      {"a\xc3", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: "
                "unexpected end of data"},
      {"a\xe2\x82", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: "
                    "unexpected end of data"},
      {"a\xe2\x82(", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: "
                     "invalid continuation byte"},
      {"\xed\xa0\x80", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: "
                       "invalid continuation byte"},
      {"\xf0\x9f\x98x", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: "
                        "invalid continuation byte"},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(DecodeBytes(vm_, c.data, "utf-8", "strict").is_null()) << c.error;
    EXPECT_EQ(TakeError(), c.error);
  }
  EXPECT_EQ(Text(DecodeBytes(vm_, "a\xe2\x82" "b", "utf-8", "replace")), "a\xef\xbf\xbd" "b");
  EXPECT_EQ(Text(DecodeBytes(vm_, "a\xff", "utf-8", "surrogateescape")), "a\xed\xb3\xbf");
  EXPECT_EQ(Text(DecodeBytes(vm_, "\xe9", "L1", "strict")), "\xc3\xa9");
  EXPECT_TRUE(DecodeBytes(vm_, "x", "utf.8", "strict").is_null());
  EXPECT_EQ(TakeError(), "LookupError: unknown encoding: utf.8");
}

TEST_F(BytesTest, EncodeCollectsRuns) {
  StrObject* s = NewStr(vm_, "a\xc3\xa9\xe2\x82\xac" "b");  // aé€b
  EXPECT_TRUE(EncodeStr(vm_, s, "ascii", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: "
            "ordinal not in range(128)");
  EXPECT_TRUE(EncodeStr(vm_, s, "latin-1", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 2: "
            "ordinal not in range(256)");
  EXPECT_EQ(Data(EncodeStr(vm_, s, "latin1", "replace")), "a\xe9?b");
  EXPECT_EQ(Data(EncodeStr(vm_, s, "ascii", "backslashreplace")), "a\\xe9\\u20acb");
  EXPECT_EQ(Data(EncodeStr(vm_, s, "us-ascii", "xmlcharrefreplace")), "a&#233;&#8364;b");
  EXPECT_TRUE(EncodeStr(vm_, s, "ascii", "bogus").is_null());
  EXPECT_EQ(TakeError(), "LookupError: unknown error handler name 'bogus'");
  // The handler is looked up only when an error occurs.
  EXPECT_EQ(Data(EncodeStr(vm_, NewStr(vm_, "ok"), "ascii", "bogus")), "ok");
}

TEST_F(BytesTest, Utf16AndUtf32) {
  StrObject* s = NewStr(vm_, "a\xc3\xa9\xf0\x9f\x98\x80");  // aé😀
  EXPECT_EQ(Data(EncodeStr(vm_, s, "utf-16", "strict")),
            std::string("\xff\xfe" "a\0" "\xe9\0" "\x3d\xd8\x00\xde", 10));
  EXPECT_EQ(Data(EncodeStr(vm_, s, "UTF-32BE", "strict")),
            std::string("\0\0\0a" "\0\0\0\xe9" "\0\x01\xf6\x00", 12));
  // A BOM picks the byte order, and errors name the order read.
  EXPECT_EQ(Text(DecodeBytes(vm_, std::string("\xfe\xff\0a", 4), "utf-16", "strict")), "a");
  EXPECT_TRUE(DecodeBytes(vm_, std::string("\xfe\xff\0a\xd8\0", 6), "utf16", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "UnicodeDecodeError: 'utf-16-be' codec can't decode bytes in position 4-5: "
            "unexpected end of data");
  EXPECT_TRUE(EncodeStr(vm_, NewStr(vm_, "\xed\xa0\x80"), "utf-32", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "UnicodeEncodeError: 'utf-32' codec can't encode character '\\ud800' in position 0: "
            "surrogates not allowed");
}

TEST_F(BytesTest, RegistryNamesWrapHandlerErrors) {
  // 'u8' is not on CPython's fast path: the codec registry wraps the error.
  EXPECT_TRUE(DecodeBytes(vm_, "\xff", "u8", "bogus").is_null());
  EXPECT_EQ(TakeError(),
            "LookupError: decoding with 'u8' codec failed (LookupError: unknown error handler "
            "name 'bogus')");
  EXPECT_TRUE(DecodeBytes(vm_, "\xff", "utf-8", "bogus").is_null());
  EXPECT_EQ(TakeError(), "LookupError: unknown error handler name 'bogus'");
  EXPECT_TRUE(EncodeStr(vm_, NewStr(vm_, "x"), "rot13", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "LookupError: 'rot13' is not a text encoding; use codecs.encode() to handle "
            "arbitrary codecs");
}

TEST_F(BytesTest, EscapeCodecs) {
  StrObject* s = NewStr(vm_, "a\n\\\xc3\xa9");  // a\n\\é
  EXPECT_EQ(Data(EncodeStr(vm_, s, "unicode_escape", "strict")), "a\\n\\\\\\xe9");
  EXPECT_EQ(Data(EncodeStr(vm_, s, "raw_unicode_escape", "strict")), "a\n\\\xe9");
  EXPECT_EQ(Text(DecodeBytes(vm_, "\\x41\\u00e9\\101", "unicode-escape", "strict")),
            "A\xc3\xa9" "A");
  EXPECT_TRUE(DecodeBytes(vm_, "ab\\x4", "unicode_escape", "strict").is_null());
  EXPECT_EQ(TakeError(),
            "UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 2-4: "
            "truncated \\xXX escape");
}

TEST_F(BytesTest, PercentFormatKeepsTheFormatsKind) {
  TupleObject* args = NewTuple(vm_, 2);
  ASSERT_NE(args, nullptr);
  args->items[0] = Value::SmallInt(7);
  TupleItems(args)[1] = B("\xff");
  Value r = BytesPercentFormat(vm_, B("%03d|%s"), Value::FromObject(args));
  EXPECT_TRUE(HasType(r, &kBytesType));
  EXPECT_EQ(Data(r), "007|\xff");
  ByteArrayObject* fmt = NewByteArray(vm_, "%x");
  Value r2 = BytesPercentFormat(vm_, Value::FromObject(fmt), Value::SmallInt(255));
  EXPECT_TRUE(HasType(r2, &kByteArrayType));
  EXPECT_EQ(Data(r2), "ff");
  EXPECT_TRUE(BytesPercentFormat(vm_, B("%s"), Value::SmallInt(1)).is_null());
  EXPECT_EQ(TakeError(),
            "TypeError: %b requires a bytes-like object, or an object that implements "
            "__bytes__, not 'int'");
}

TEST_F(BytesTest, IntFromBytesText) {
  Value v = IntFromBytesText(vm_, " -12 ", 10);
  ASSERT_TRUE(v.is_small_int());
  EXPECT_EQ(v.small_int(), -12);
  EXPECT_TRUE(IntFromBytesText(vm_, "\xff", 10).is_null());
  EXPECT_EQ(TakeError(), "ValueError: invalid literal for int() with base 10: b'\\xff'");
  // _PyLong_FromBytes quotes at most 200 bytes of the text.
  EXPECT_TRUE(IntFromBytesText(vm_, std::string(300, 'x'), 10).is_null());
  EXPECT_EQ(TakeError(), "ValueError: invalid literal for int() with base 10: b'" +
                             std::string(198, 'x'));
}

// ---- Budget charges -----------------------------------------------------------------

TEST_F(BytesTest, ScansAndFirstHashAreCharged) {
  std::string data(1 << 20, 'a');
  Value b = B(data);
  Value c = B(data);
  EXPECT_EQ(Charged([&] { EXPECT_EQ(RichCompareBool(vm_, b, c, CompareOp::kEq), 1); }),
            (1u << 20) / 16);
  EXPECT_EQ(Charged([&] { EXPECT_NE(Hash(vm_, b), -1); }), (1u << 20) * kCharCost / 16);
  EXPECT_EQ(Charged([&] { Hash(vm_, b); }), 0u);  // cached
  // Searches pay for what they read: nothing for a match at the start.
  EXPECT_EQ(Charged([&] { CallMethod(b, "find", {B("a")}); }), 0u);
  uint64_t used = Charged([&] { CallMethod(b, "rfind", {B("ba")}); });
  EXPECT_GE(used, (1u << 20) / 16 - 64);
  EXPECT_LE(used, 2 * (1u << 20) / 16);
  used = Charged([&] { EXPECT_EQ(Contains(vm_, b, Value::SmallInt('b')), 0); });
  EXPECT_GE(used, (1u << 20) / 16 - 64);
  // Small operations are free.
  Value small = B("hello world");
  EXPECT_EQ(Charged([&] {
              CallMethod(small, "split");
              CallMethod(small, "upper");
              CallMethod(small, "replace", {B("o"), B("0")});
              Repr(vm_, small);
            }),
            0u);
}

TEST_F(BytesTest, ResultsAreBuiltInPlace) {
  // bytes * n and hex() allocate their result once: the peak is one copy.
  vm_.heap().ResetPeak();
  size_t before = vm_.heap().bytes_in_use();
  Value r = BinaryOperation(vm_, BinaryOp::kMultiply, B("ab"), Value::SmallInt(500000));
  EXPECT_EQ(Data(r).size(), 1000000u);
  EXPECT_LE(vm_.heap().peak_bytes() - before, 1000000u + 1024);
  vm_.heap().ResetPeak();
  before = vm_.heap().bytes_in_use();
  Value hex = CallMethod(r, "hex");
  EXPECT_EQ(As<StrObject>(hex)->byte_length, 2000000u);
  EXPECT_LE(vm_.heap().peak_bytes() - before, 2000000u + 1024);
  vm_.heap().ResetPeak();
  before = vm_.heap().bytes_in_use();
  Value repr = Repr(vm_, B(std::string(100000, '\0')));
  EXPECT_EQ(As<StrObject>(repr)->byte_length, 400003u);
  EXPECT_LE(vm_.heap().peak_bytes() - before, 100000u + 400003u + 1024);
}

TEST_F(BytesTest, NegativeToBytesIsTwosComplementInPlace) {
  const MethodDef* to_bytes = FindMethod(&kIntType, "to_bytes");
  ASSERT_NE(to_bytes, nullptr);
  Value signed_name = Value::FromObject(vm_.Intern("signed"));
  TupleObject* kwnames = NewTupleFrom(vm_, &signed_name, 1);
  auto convert = [&](Value n, int64_t length) {
    Value args[3] = {Value::SmallInt(length), NewStrValue(vm_, "big"), Value::True()};
    return Data(to_bytes->fn(vm_, n, CallArgs{args, 2, kwnames}));
  };
  EXPECT_EQ(convert(Value::SmallInt(-1), 3), "\xff\xff\xff");
  EXPECT_EQ(convert(Value::SmallInt(-128), 1), "\x80");
  EXPECT_EQ(convert(Value::SmallInt(-129), 2), "\xff\x7f");
  EXPECT_EQ(convert(Value::SmallInt(-256), 2), std::string("\xff\x00", 2));
  Value big = IntBinaryOp(vm_, BinaryOp::kPower, Value::SmallInt(2), Value::SmallInt(64));
  Value neg_big = IntBinaryOp(vm_, BinaryOp::kSubtract, Value::SmallInt(0), big);
  EXPECT_EQ(convert(neg_big, 9), std::string("\xff\x00\x00\x00\x00\x00\x00\x00\x00", 9));
  Value args[3] = {Value::SmallInt(1), NewStrValue(vm_, "big"), Value::True()};
  EXPECT_TRUE(to_bytes->fn(vm_, Value::SmallInt(-129), CallArgs{args, 2, kwnames}).is_null());
  EXPECT_EQ(TakeError(), "OverflowError: int too big to convert");
  // Nothing the size of `length` is built outside the heap: a length the
  // heap refuses fails at once.
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  args[0] = Value::SmallInt(int64_t{1} << 30);
  EXPECT_TRUE(to_bytes->fn(vm_, Value::SmallInt(-1), CallArgs{args, 2, kwnames}).is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
}

TEST_F(BytesTest, CodecNamesAreBounded) {
  // Normalization skips punctuation however long, and keeps a bounded copy.
  EXPECT_EQ(Text(DecodeBytes(vm_, "ok", std::string(100000, '-') + "UTF8", "strict")), "ok");
  // The LookupError quotes the whole name: charged before it is built (a
  // charge past the whole budget is CPython's catchable MemoryError()).
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  EXPECT_TRUE(DecodeBytes(vm_, "x", std::string(1 << 20, 'x'), "strict").is_null());
  EXPECT_EQ(TakeError(), "MemoryError");
  EXPECT_TRUE(DecodeBytes(vm_, "x", std::string(100, 'x'), "strict").is_null());
  EXPECT_EQ(TakeError(), "LookupError: unknown encoding: " + std::string(100, 'x'));
}

}  // namespace
}  // namespace moat::vm
