// Tests for vm/objects/int.h: the canonical small/big forms, every binary
// operator across the small-int boundaries (int_test_cases.inc), hashing,
// exact comparison with floats, parsing, the constructors, pow with a
// modulus, round, and the memory checks that refuse huge results. Expected
// values come from /usr/bin/python3.11 and are pasted as literals.
#include "vm/objects/int.h"

#include <gtest/gtest.h>
#include "tests/util/pending_error.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "vm/bigint.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class IntTest : public ::testing::Test {
 protected:
  IntTest() : vm_(Interp::Options{}) {}

  // An int from decimal text.
  Value N(std::string_view text) {
    Value v = IntFromString(vm_, text, 10);
    EXPECT_FALSE(v.is_null()) << text;
    return v;
  }

  Value S(std::string_view text) { return NewStrValue(vm_, text); }

  // repr(v), or "Type: message" of the pending exception when v is Null.
  std::string R(Value v) {
    if (v.is_null()) return TakeError();
    Value r = Repr(vm_, v);
    if (r.is_null()) return TakeError();
    return std::string(As<StrObject>(r)->view());
  }

  std::string TakeError() { return TakePendingError(vm_); }

  // type(*args, **kwargs) through the type's constructor slot.
  Value Construct(TypeObject* type, std::vector<Value> args,
                  std::vector<std::string_view> kwnames = {}) {
    TupleObject* names = nullptr;
    if (!kwnames.empty()) {
      std::vector<Value> n;
      for (std::string_view k : kwnames) n.push_back(Value::FromObject(vm_.Intern(k)));
      names = NewTupleFrom(vm_, n.data(), n.size());
    }
    CallArgs call{args.data(), args.size() - kwnames.size(), names};
    return type->construct(vm_, Value::FromObject(type), call);
  }

  // self.name(*args) for a method of int.
  Value CallMethod(Value self, const char* name, std::vector<Value> args = {}) {
    const MethodDef* m = FindMethod(TypeOf(self), name);
    EXPECT_NE(m, nullptr) << name;
    if (m == nullptr) return Value::Null();
    return m->fn(vm_, self, CallArgs{args.data(), args.size(), nullptr});
  }

  Interp vm_;
};

// ---- Representation ---------------------------------------------------------

TEST_F(IntTest, CanonicalFormAtTheSmallIntBoundary) {
  EXPECT_TRUE(N("4611686018427387903").is_small_int());
  EXPECT_TRUE(N("-4611686018427387904").is_small_int());
  EXPECT_TRUE(IsBigInt(N("4611686018427387904")));
  EXPECT_TRUE(IsBigInt(N("-4611686018427387905")));
  // Results that come back into range are small again.
  Value big = N("4611686018427387904");
  Value r = IntBinaryOp(vm_, BinaryOp::kSubtract, big, Value::SmallInt(1));
  ASSERT_TRUE(r.is_small_int());
  EXPECT_EQ(r.small_int(), Value::kSmallIntMax);
  EXPECT_TRUE(IntFromInt64(vm_, Value::kSmallIntMin).is_small_int());
  EXPECT_TRUE(IsBigInt(IntFromInt64(vm_, std::numeric_limits<int64_t>::max())));
  EXPECT_EQ(R(IntFromInt64(vm_, std::numeric_limits<int64_t>::min())), "-9223372036854775808");
}

TEST_F(IntTest, BinaryOperatorsMatchPython) {
  struct Case {
    const char* a;
    BinaryOp op;
    const char* b;
    const char* expected;
  };
  static const Case kCases[] = {
#include "tests/vm/objects/int_test_cases.inc"
  };
  for (const Case& c : kCases) {
    Value r = IntBinaryOp(vm_, c.op, N(c.a), N(c.b));
    EXPECT_EQ(R(r), c.expected) << c.a << " " << BinaryOpSymbol(c.op) << " " << c.b;
  }
}

TEST_F(IntTest, NonIntOperandsAreNotImplemented) {
  EXPECT_TRUE(
      IntBinaryOp(vm_, BinaryOp::kAdd, Value::SmallInt(1), Value::None()).is_not_implemented());
  EXPECT_TRUE(IntBinaryOp(vm_, BinaryOp::kAdd, NewFloat(vm_, 1.5), Value::SmallInt(1))
                  .is_not_implemented());
  EXPECT_TRUE(IntBinaryOp(vm_, BinaryOp::kMatrixMultiply, Value::SmallInt(1), Value::SmallInt(1))
                  .is_not_implemented());
}

TEST_F(IntTest, UnaryOperators) {
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kNegative, N("-4611686018427387904"))),
            "4611686018427387904");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kInvert, N("4611686018427387903"))),
            "-4611686018427387904");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kInvert, N("-123456789012345678901234567890"))),
            "123456789012345678901234567889");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kPositive, Value::True())), "1");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kNegative, Value::True())), "-1");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kInvert, Value::True())), "-2");
  EXPECT_EQ(R(TypeOf(Value::SmallInt(0))->absolute(vm_, N("-4611686018427387904"))),
            "4611686018427387904");
}

// ---- Hashing and comparison -------------------------------------------------

TEST_F(IntTest, HashMatchesPython) {
  EXPECT_EQ(IntHash(N("-1")), -2);
  EXPECT_EQ(IntHash(N("2305843009213693951")), 0);  // 2**61 - 1
  EXPECT_EQ(IntHash(N("2305843009213693952")), 1);
  EXPECT_EQ(IntHash(N("-2305843009213693952")), -2);
  EXPECT_EQ(IntHash(N("4611686018427387903")), 1);
  EXPECT_EQ(IntHash(N("-4611686018427387904")), -2);
  EXPECT_EQ(IntHash(N("4611686018427387904")), 2);
  EXPECT_EQ(IntHash(N("1267650600228229401496703205376")), 549755813888);  // 2**100
  EXPECT_EQ(IntHash(N("1000000000000000000000000000000")), 465258685558744706);
  EXPECT_EQ(IntHash(N("-1000000000000000000000000000000")), -465258685558744706);
  EXPECT_EQ(IntHash(Value::True()), 1);
}

TEST_F(IntTest, ComparisonWithFloatsIsExact) {
  double two53 = 9007199254740992.0;
  EXPECT_TRUE(IntCompareWithDouble(N("9007199254740993"), two53) > 0);
  EXPECT_TRUE(IntCompareWithDouble(N("9007199254740992"), two53) == 0);
  EXPECT_TRUE(IntCompareWithDouble(N("3"), 3.5) < 0);
  Value huge = IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("400"));
  EXPECT_TRUE(IntCompareWithDouble(huge, 1e308) > 0);
  EXPECT_TRUE(IntCompareWithDouble(huge, INFINITY) < 0);
  std::partial_ordering nan = IntCompareWithDouble(N("1"), NAN);
  EXPECT_FALSE(nan == 0);
  EXPECT_TRUE(nan != 0);
  // Through the generic protocol, both operand orders.
  EXPECT_EQ(RichCompareBool(vm_, N("9007199254740993"), NewFloat(vm_, two53), CompareOp::kNe), 1);
  EXPECT_EQ(RichCompareBool(vm_, NewFloat(vm_, two53), N("9007199254740993"), CompareOp::kLt), 1);
  EXPECT_EQ(RichCompareBool(vm_, N("1"), NewFloat(vm_, 1.0), CompareOp::kEq), 1);
  EXPECT_EQ(RichCompareBool(vm_, N("-7"), Value::True(), CompareOp::kLt), 1);
  EXPECT_EQ(IntCompare(N("123456789012345678901234567890"), N("4611686018427387904")), 1);
}

// ---- Conversions ------------------------------------------------------------

TEST_F(IntTest, ParsingFollowsPythonRules) {
  EXPECT_EQ(R(IntFromString(vm_, "  -0x_ff ", 0)), "-255");
  EXPECT_EQ(R(IntFromString(vm_, "0b_1010", 0)), "10");
  EXPECT_EQ(R(IntFromString(vm_, " +0o17 ", 0)), "15");
  EXPECT_EQ(R(IntFromString(vm_, "zz", 36)), "1295");
  EXPECT_EQ(R(IntFromString(vm_, "1_000", 10)), "1000");
  EXPECT_EQ(R(IntFromString(vm_, "\u0661\u0662\u0663", 10)), "123");  // Arabic-Indic digits
  EXPECT_EQ(R(IntFromString(vm_, " \u2003 12 ", 10)), "12");          // em space
  EXPECT_EQ(R(IntFromString(vm_, "x", 10)),
            "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(R(IntFromString(vm_, "010", 0)),
            "ValueError: invalid literal for int() with base 0: '010'");
  EXPECT_EQ(R(IntFromString(vm_, "1__0", 10)),
            "ValueError: invalid literal for int() with base 10: '1__0'");
  EXPECT_EQ(R(IntFromString(vm_, std::string_view("12\0", 3), 10)),
            "ValueError: invalid literal for int() with base 10: '12\\x00'");
  EXPECT_EQ(R(IntFromString(vm_, "12\u00e9", 10)),
            "ValueError: invalid literal for int() with base 10: '12\u00e9'");
  EXPECT_EQ(R(IntFromString(vm_, std::string(5000, '1'), 10)),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
            "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
}

TEST_F(IntTest, DecimalStringLimit) {
  Value big = IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("5000"));
  EXPECT_EQ(R(IntToDecimalStr(vm_, big)),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  EXPECT_EQ(IntToDecimalString(big).size(), 5001u);
}

TEST_F(IntTest, ToDouble) {
  double d;
  ASSERT_TRUE(IntToDouble(vm_, N("9007199254740993"), &d));
  EXPECT_EQ(d, 9007199254740992.0);
  ASSERT_TRUE(IntToDouble(vm_, N("123456789012345678901234567890"), &d));
  EXPECT_EQ(d, 1.2345678901234568e+29);
  Value huge = IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("400"));
  EXPECT_FALSE(IntToDouble(vm_, huge, &d));
  EXPECT_EQ(TakeError(), "OverflowError: int too large to convert to float");
}

TEST_F(IntTest, IndexConversions) {
  int64_t out;
  ASSERT_TRUE(IndexToInt64(vm_, Value::True(), &out));
  EXPECT_EQ(out, 1);
  EXPECT_FALSE(IndexToInt64(vm_, N("123456789012345678901234567890"), &out));
  EXPECT_EQ(TakeError(), "OverflowError: cannot fit 'int' into an index-sized integer");
  ASSERT_TRUE(IndexToInt64Clamped(vm_, N("-123456789012345678901234567890"), &out));
  EXPECT_EQ(out, std::numeric_limits<int64_t>::min());
  EXPECT_FALSE(IndexToInt64(vm_, NewFloat(vm_, 1.5), &out));
  EXPECT_EQ(TakeError(), "TypeError: 'float' object cannot be interpreted as an integer");
}

// ---- Constructors -----------------------------------------------------------

TEST_F(IntTest, IntConstructor) {
  EXPECT_EQ(R(Construct(&kIntType, {})), "0");
  EXPECT_EQ(R(Construct(&kIntType, {S("ff"), N("16")})), "255");
  EXPECT_EQ(R(Construct(&kIntType, {S("ff"), N("16")}, {"base"})), "255");
  EXPECT_EQ(R(Construct(&kIntType, {NewFloat(vm_, 3.9)})), "3");
  EXPECT_EQ(R(Construct(&kIntType, {NewFloat(vm_, -3.9)})), "-3");
  EXPECT_EQ(R(Construct(&kIntType, {NewFloat(vm_, 1e30)})), "1000000000000000019884624838656");
  EXPECT_EQ(R(Construct(&kIntType, {Value::True()})), "1");
  EXPECT_EQ(R(Construct(&kIntType, {S(" -42 ")})), "-42");
  EXPECT_EQ(R(Construct(&kIntType, {N("5"), N("10")})),
            "TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(R(Construct(&kIntType, {N("10")}, {"base"})),
            "TypeError: int() missing string argument");
  EXPECT_EQ(R(Construct(&kIntType, {Value::None()})),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, "
            "not 'NoneType'");
  EXPECT_EQ(R(Construct(&kIntType, {S("10"), NewFloat(vm_, 2.0)})),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(R(Construct(&kIntType, {S("5"), Value::True()})),
            "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(R(Construct(&kIntType, {S("z"), N("1000000000000000000000000000000")})),
            "ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(R(Construct(&kIntType, {N("1"), N("2"), N("3")})),
            "TypeError: int() takes at most 2 arguments (3 given)");
  EXPECT_EQ(R(Construct(&kIntType, {NewFloat(vm_, INFINITY)})),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(R(Construct(&kIntType, {NewFloat(vm_, NAN)})),
            "ValueError: cannot convert float NaN to integer");
}

TEST_F(IntTest, BoolConstructorAndOperators) {
  EXPECT_EQ(R(Construct(&kBoolType, {})), "False");
  EXPECT_EQ(R(Construct(&kBoolType, {N("7")})), "True");
  EXPECT_EQ(R(Construct(&kBoolType, {S("")})), "False");
  EXPECT_EQ(R(Construct(&kBoolType, {N("1"), N("2")})),
            "TypeError: bool expected at most 1 argument, got 2");
  EXPECT_EQ(R(Construct(&kBoolType, {N("1")}, {"x"})),
            "TypeError: bool() takes no keyword arguments");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAnd, Value::True(), Value::True())), "True");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAnd, Value::True(), N("1"))), "1");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kOr, N("2"), Value::True())), "3");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kXor, Value::True(), Value::False())), "True");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAdd, Value::True(), Value::True())), "2");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kTrueDivide, Value::True(), N("2"))), "0.5");
  EXPECT_EQ(R(vm::Str(vm_, Value::False())), "'False'");
  EXPECT_EQ(IsTrue(vm_, N("123456789012345678901234567890")), 1);
}

// ---- Methods and helpers ----------------------------------------------------

TEST_F(IntTest, Methods) {
  EXPECT_EQ(R(CallMethod(N("1267650600228229401496703205376"), "bit_length")), "101");
  EXPECT_EQ(R(CallMethod(N("-1267650600228229401496703205375"), "bit_count")), "100");
  EXPECT_EQ(R(CallMethod(N("4611686018427387903"), "bit_count")), "62");
  EXPECT_EQ(R(CallMethod(N("-4611686018427387904"), "bit_length")), "63");
  EXPECT_EQ(R(CallMethod(N("5"), "bit_length", {N("1")})),
            "TypeError: int.bit_length() takes no arguments (1 given)");
  EXPECT_EQ(R(CallMethod(N("-1267650600228229401496703205376"), "as_integer_ratio")),
            "(-1267650600228229401496703205376, 1)");
  EXPECT_EQ(R(CallMethod(Value::True(), "as_integer_ratio")), "(1, 1)");
  EXPECT_EQ(R(CallMethod(Value::True(), "real")), "1");
  EXPECT_EQ(R(CallMethod(N("5"), "imag")), "0");
  EXPECT_EQ(R(CallMethod(N("5"), "denominator")), "1");
  EXPECT_EQ(R(CallMethod(N("5"), "conjugate")), "5");
  EXPECT_EQ(R(CallMethod(N("255"), "__format__", {S("#x")})), "'0xff'");
  EXPECT_EQ(R(CallMethod(N("5"), "__format__", {N("5")})),
            "TypeError: __format__() argument must be str, not int");
  EXPECT_EQ(R(CallMethod(N("25"), "__round__", {N("-1")})), "20");
}

TEST_F(IntTest, Divmod) {
  EXPECT_EQ(R(IntDivmod(vm_, N("-7"), N("2"))), "(-4, 1)");
  EXPECT_EQ(R(IntDivmod(vm_, N("1267650600228229401496703205376"), N("7"))),
            "(181092942889747057356671886482, 2)");
  EXPECT_EQ(R(IntDivmod(vm_, N("5"), N("0"))),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_TRUE(IntDivmod(vm_, N("5"), NewFloat(vm_, 1.0)).is_not_implemented());
}

TEST_F(IntTest, PowWithModulus) {
  EXPECT_EQ(R(IntPowMod(vm_, N("3"), N("-1"), N("7"))), "5");
  EXPECT_EQ(R(IntPowMod(vm_, N("3"), N("2"), N("-7"))), "-5");
  EXPECT_EQ(R(IntPowMod(vm_, N("-2"), N("3"), N("5"))), "2");
  EXPECT_EQ(R(IntPowMod(vm_, N("-3"), N("5"), N("-7"))), "-5");
  EXPECT_EQ(R(IntPowMod(vm_, N("5"), N("0"), N("1"))), "0");
  EXPECT_EQ(R(IntPowMod(vm_, N("5"), N("0"), N("-1"))), "0");
  EXPECT_EQ(R(IntPowMod(vm_, Value::True(), N("2"), N("3"))), "1");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("100000000000000000000"), N("7"))), "2");
  EXPECT_EQ(R(IntPowMod(vm_, N("1267650600228229401496703205376"),
                        N("1267650600228229401496703205376"), N("1000000007"))),
            "639253612");
  EXPECT_EQ(R(IntPowMod(vm_, N("123456789012345678901234567890"), N("-1"), N("1000000007"))),
            "700683479");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("3"), Value::None())), "8");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("-3"), Value::None())), "0.125");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("3"), N("0"))),
            "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("-1"), N("4"))),
            "ValueError: base is not invertible for the given modulus");
  EXPECT_EQ(R(IntPowMod(vm_, NewFloat(vm_, 2.0), N("2"), N("3"))),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("3"), NewFloat(vm_, 4.0))),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(R(IntPowMod(vm_, S("a"), N("2"), NewFloat(vm_, 3.0))),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(R(IntPowMod(vm_, N("2"), N("3"), S("x"))),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
  EXPECT_EQ(R(IntPowMod(vm_, S("a"), N("2"), N("3"))),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
}

TEST_F(IntTest, Round) {
  EXPECT_EQ(R(IntRound(vm_, N("25"), N("-1"))), "20");
  EXPECT_EQ(R(IntRound(vm_, N("35"), N("-1"))), "40");
  EXPECT_EQ(R(IntRound(vm_, N("-25"), N("-1"))), "-20");
  EXPECT_EQ(R(IntRound(vm_, N("5"), N("2"))), "5");
  EXPECT_EQ(R(IntRound(vm_, Value::True(), Value::Null())), "1");
  EXPECT_EQ(R(IntRound(vm_, N("123456789012345678901234567890"), N("-5"))),
            "123456789012345678901234600000");
  EXPECT_EQ(R(IntRound(vm_, N("-4611686018427387904"), N("-3"))), "-4611686018427388000");
  EXPECT_EQ(R(IntRound(vm_, N("4611686018427387903"), N("-18"))), "5000000000000000000");
  // CPython computes 10**(10**30) here and never finishes; the answer is 0.
  EXPECT_EQ(R(IntRound(vm_, N("5"), N("-1000000000000000000000000000000"))), "0");
  EXPECT_EQ(R(IntRound(vm_, N("15"), NewFloat(vm_, 1.5))),
            "TypeError: 'float' object cannot be interpreted as an integer");
}

// ---- Memory -----------------------------------------------------------------

TEST_F(IntTest, HugeResultsAreRefusedBeforeTheWork) {
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kPower, N("2"), N("100000000000000000000"))),
            "MemoryError");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kPower, N("-1"), N("100000000000000000001"))), "-1");
  // Past the size one int may have, within this interpreter's unlimited
  // memory: an ordinary MemoryError, as CPython raises.
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("4611686018427387904"))),
            "MemoryError: cannot allocate 576460752303423488 bytes: more than one object may "
            "hold");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("9223372036854775808"))),
            "MemoryError: cannot allocate 1152921504606846976 bytes: more than one object may "
            "hold");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("1000000000000000000000000000000"))),
            "OverflowError: too many digits in integer");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kRshift, N("1"), N("1000000000000000000000000000000"))),
            "0");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kLshift, N("0"), N("-1"))),
            "ValueError: negative shift count");

  // With a budget, a result bigger than the whole budget is refused up
  // front with a catchable MemoryError.
  vm_.heap().set_limit_bytes(vm_.heap().bytes_in_use() + 100000);
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("10000000"))), "MemoryError");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("1000000"))), "MemoryError");
  Value big = IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("500000"));  // 62 KB
  ASSERT_TRUE(IsBigInt(big));
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kMultiply, big, big)), "MemoryError");
}

TEST_F(IntTest, DigitsAreChargedAndReleased) {
  vm_.CollectGarbage();
  size_t before = vm_.heap().bytes_in_use();
  Value big = IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("80000"));  // 10 KB of digits
  ASSERT_TRUE(IsBigInt(big));
  EXPECT_GE(vm_.heap().bytes_in_use(), before + 10000);
  vm_.CollectGarbage();  // `big` is not rooted
  EXPECT_EQ(vm_.heap().bytes_in_use(), before);
}

// ---- Work -------------------------------------------------------------------

TEST_F(IntTest, BombsEndWithTheInstructionLimitBeforeGmpStarts) {
  vm_.BeginRun(Limits());  // the defaults: 10**9 instructions, 256 MiB
  vm_.CollectGarbage();
  size_t before = vm_.heap().bytes_in_use();
  // 3 ** 10**8 (20 MB) and 10 ** 10 ** 8 (40 MB) fit the memory budget but
  // not the work budget.
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kPower, N("3"), N("100000000"))),
            "LimitExceeded(instructions)");
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("100000000"))),
            "LimitExceeded(instructions)");
  vm_.CollectGarbage();  // the limit's errors
  EXPECT_EQ(vm_.heap().bytes_in_use(), before);
}

TEST_F(IntTest, OperationsOnBigIntsAreChargedForTheirWork) {
  Value x = IntBinaryOp(vm_, BinaryOp::kSubtract,
                        IntBinaryOp(vm_, BinaryOp::kLshift, N("1"), N("640000")), N("1"));
  ASSERT_EQ(IntToBig(x).LimbCount(), 10000u);
  auto charge = [&](auto op) {
    uint64_t before = vm_.instruction_count;
    Value r = op();
    EXPECT_FALSE(r.is_null()) << TakeError();
    return vm_.instruction_count - before;
  };
  // A product of two 10000-limb numbers: n * sqrt(n).
  EXPECT_EQ(charge([&] { return IntBinaryOp(vm_, BinaryOp::kMultiply, x, x); }),
            BigInt::MulWork(10000, 10000));
  EXPECT_EQ(BigInt::MulWork(10000, 10000), 1000000u);
  // By a small int: a linear pass.
  EXPECT_EQ(charge([&] { return IntBinaryOp(vm_, BinaryOp::kMultiply, x, N("3")); }), 2500u);
  // Division: about twice a product of quotient and divisor.
  Value y = IntBinaryOp(vm_, BinaryOp::kRshift, x, N("320000"));
  uint64_t div = charge([&] { return IntBinaryOp(vm_, BinaryOp::kFloorDivide, x, y); });
  EXPECT_GE(div, 2 * BigInt::MulWork(5000, 5000));
  // Linear passes: limbs / 8.
  EXPECT_EQ(charge([&] { return IntBinaryOp(vm_, BinaryOp::kAdd, x, x); }), 2500u);
  EXPECT_EQ(charge([&] { return IntBinaryOp(vm_, BinaryOp::kXor, x, y); }), 1875u);
  // Hex is a linear pass; decimal is refused past 4300 digits unconverted.
  EXPECT_GT(charge([&] { return CallMethod(x, "__format__", {S("x")}); }), 0u);
  uint64_t before = vm_.instruction_count;
  EXPECT_EQ(R(IntToDecimalStr(vm_, x)).substr(0, 10), "ValueError");
  EXPECT_LT(vm_.instruction_count - before, 100000u);
  // Small ints are free.
  before = vm_.instruction_count;
  EXPECT_EQ(R(IntBinaryOp(vm_, BinaryOp::kMultiply, N("12345"), N("678910"))), "8381143950");
  EXPECT_EQ(vm_.instruction_count, before);
}

TEST_F(IntTest, OrdinaryBigNumbersStayCheap) {
  // 2 ** 100000 in hex, and 10**1000 squared, cost a tiny part of the
  // default budget.
  uint64_t before = vm_.instruction_count;
  Value p = IntBinaryOp(vm_, BinaryOp::kPower, N("2"), N("100000"));
  ASSERT_FALSE(p.is_null());
  ASSERT_FALSE(CallMethod(p, "__format__", {S("x")}).is_null());
  Value q = IntBinaryOp(vm_, BinaryOp::kPower, N("10"), N("1000"));
  ASSERT_FALSE(IntBinaryOp(vm_, BinaryOp::kMultiply, q, q).is_null());
  EXPECT_LT(vm_.instruction_count - before, 100000u);
}

}  // namespace
}  // namespace moat::vm
