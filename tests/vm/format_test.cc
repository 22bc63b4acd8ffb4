// Tests for vm/format.h: the format mini-language for int, float, str, bool
// and other objects against a table from /usr/bin/python3.11
// (format_test_cases.inc), and the memory checks on huge widths and
// precisions.
#include "vm/format.h"

#include <gtest/gtest.h>
#include "tests/util/pending_error.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {
namespace {

class FormatTest : public ::testing::Test {
 protected:
  FormatTest() : vm_(Interp::Options{}) {}

  Value Make(char kind, std::string_view text) {
    switch (kind) {
      case 'i':
        return IntFromString(vm_, text, 10);
      case 'f':
        return FloatFromString(vm_, text);
      case 's':
        return NewStrValue(vm_, text);
      case 'b':
        return Value::Bool(text == "True");
      default:
        return Value::None();
    }
  }

  // format(v, spec), or "!Type: message".
  std::string Format(Value v, std::string_view spec) {
    Value r = FormatValue(vm_, v, spec);
    if (r.is_null()) return StrCat("!", TakeError());
    EXPECT_TRUE(IsExactStr(r));
    return std::string(As<StrObject>(r)->view());
  }

  std::string TakeError() { return TakePendingError(vm_); }

  Interp vm_;
};

TEST_F(FormatTest, MatchesPython) {
  struct Case {
    char kind;
    const char* value;
    const char* spec;
    const char* expected;
  };
  static const Case kCases[] = {
#include "tests/vm/format_test_cases.inc"
  };
  EXPECT_GT(std::size(kCases), 1500u);
  for (const Case& c : kCases) {
    Value v = Make(c.kind, c.value);
    ASSERT_FALSE(v.is_null()) << c.value;
    EXPECT_EQ(Format(v, c.spec), c.expected) << c.kind << " " << c.value << " '" << c.spec << "'";
  }
}

TEST_F(FormatTest, ResultLengthInCodePoints) {
  Value r = FormatValue(vm_, NewStrValue(vm_, "h\u00e9"), "*^6");
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(As<StrObject>(r)->length, 6u);
  EXPECT_FALSE(As<StrObject>(r)->ascii);
  r = FormatValue(vm_, Value::SmallInt(5), "\u00e9>4");
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(As<StrObject>(r)->length, 4u);
  EXPECT_EQ(As<StrObject>(r)->view(), "\u00e9\u00e9\u00e95");
}

TEST_F(FormatTest, UnicodeDigitsInWidth) {
  // get_integer reads any Unicode decimal digits: U+0663 is ARABIC-INDIC 3.
  EXPECT_EQ(Format(Value::SmallInt(12), "\u0663"), " 12");
  EXPECT_EQ(Format(Value::SmallInt(12), "\u0663\u0663").size(), 33u);
}

TEST_F(FormatTest, BigInts) {
  Value big = IntBinaryOp(vm_, BinaryOp::kPower, Value::SmallInt(10), Value::SmallInt(5000));
  EXPECT_EQ(Format(big, "d"),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(Format(big, "x").size(), 4153u);
  EXPECT_EQ(Format(big, "_x").size(), 5191u);
  Value huge = IntBinaryOp(vm_, BinaryOp::kPower, Value::SmallInt(2), Value::SmallInt(2000));
  EXPECT_EQ(Format(huge, "f"), "!OverflowError: int too large to convert to float");
}

TEST_F(FormatTest, HugeWidthsAndPrecisionsAreRefused) {
  // Past what a str can hold: refused whatever the budget, a MemoryError
  // when the memory limit would have allowed it (none is set here).
  EXPECT_EQ(Format(Value::SmallInt(1), "5000000000"),
            "!MemoryError: cannot allocate 5000000000 bytes: more than one object may hold");
  EXPECT_EQ(Format(NewStrValue(vm_, "ab"), "<5000000000"),
            "!MemoryError: cannot allocate 5000000000 bytes: more than one object may hold");
  EXPECT_EQ(Format(Value::SmallInt(1), "0=1000000000000,"),
            "!MemoryError: cannot allocate 1000000000000 bytes: more than one object may hold");
  // Within a small budget: a result the whole budget could never hold is
  // CPython's catchable MemoryError(), before any work (docs/SECURITY.md)...
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  EXPECT_EQ(Format(Value::SmallInt(1), "100000000"), "!MemoryError");
  EXPECT_EQ(Format(Value::SmallInt(1), "0100000000,"), "!MemoryError");
  EXPECT_EQ(Format(NewStrValue(vm_, "ab"), "^100000000"), "!MemoryError");
  EXPECT_EQ(Format(NewFloat(vm_, 1.5), ".100000000f"), "!MemoryError");
  EXPECT_EQ(Format(NewFloat(vm_, 1.5), "100000000.2f"), "!MemoryError");
  // ...and one it could hold, but not beside what is in use, the limit.
  vm_.heap().set_limit_bytes(2 * vm_.heap().bytes_in_use() + (1u << 20));
  size_t room = vm_.heap().limit_bytes() - vm_.heap().bytes_in_use();
  EXPECT_EQ(Format(Value::SmallInt(1), std::to_string(room / 2 + 1000)),
            "!LimitExceeded(memory)");
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + (1u << 20));
  EXPECT_EQ(Format(Value::SmallInt(1), "10").size(), 10u);
  EXPECT_EQ(Format(NewFloat(vm_, 1.5), ".1000f").size(), 1002u);
}

TEST_F(FormatTest, ZeroPaddedGroupingIsWrittenInPlace) {
  // Wide zero padding with separators matches CPython's text...
  std::string r = Format(Value::SmallInt(-1234567), "020,");
  EXPECT_EQ(r, "-000,000,001,234,567");
  EXPECT_EQ(Format(Value::SmallInt(255), "#012_X"), "0X0_0000_00FF");
  EXPECT_EQ(Format(Value::SmallInt(7), "04,"), "0,007");
  // ...and needs no memory beyond the output buffer and the result: peak
  // heap use is two copies of the 100,001-character text.
  vm_.heap().ResetPeak();
  size_t before = vm_.heap().bytes_in_use();
  EXPECT_EQ(Format(Value::SmallInt(1), "0100000,").size(), 100001u);
  EXPECT_LE(vm_.heap().peak_bytes() - before, 2 * 100001u + 4096);
}

TEST_F(FormatTest, FloatDigitsAreChargedWhileTheyLive) {
  // A precision of P needs the digits (an ordinary buffer), the output
  // buffer and the str: three times P, refused before the digits are made.
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 250000);
  EXPECT_EQ(Format(NewFloat(vm_, 1.5), ".100000f"), "!LimitExceeded(memory)");
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 350000);
  size_t before = vm_.heap().bytes_in_use();
  std::string r = Format(NewFloat(vm_, 1.5), ".100000f");
  ASSERT_EQ(r.size(), 100002u);
  EXPECT_EQ(r.substr(0, 4), "1.50");
  EXPECT_EQ(r.find_first_not_of('0', 3), std::string::npos);
  // The scratch charge is given back; only the result str remains.
  EXPECT_LE(vm_.heap().bytes_in_use(), before + 100002 + 256);
}

TEST_F(FormatTest, LongSpecsAreChargedAndParsed) {
  // Leading zeros make a valid spec arbitrarily long.
  std::string spec = std::string(100000, '0') + "5";
  uint64_t count = vm_.instruction_count;
  EXPECT_EQ(Format(Value::SmallInt(1), spec), "00001");
  EXPECT_GE(vm_.instruction_count - count, 100000 * kCharCost / 16);
}

TEST_F(FormatTest, OtherObjects) {
  EXPECT_EQ(Format(Value::None(), ""), "None");
  EXPECT_EQ(Format(Value::Ellipsis(), ""), "Ellipsis");
  EXPECT_EQ(Format(Value::Ellipsis(), "5"),
            "!TypeError: unsupported format string passed to ellipsis.__format__");
  Value s = NewStrValue(vm_, "abc");
  EXPECT_EQ(FormatValue(vm_, s, ""), s);  // an exact str formats as itself
}

}  // namespace
}  // namespace moat::vm
