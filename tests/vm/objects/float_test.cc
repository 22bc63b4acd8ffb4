// Tests for vm/objects/float.h: every arithmetic operator on floats and mixed
// int/float operands (float_test_cases.inc), exact comparisons with ints,
// hashing, the constructor, round(), divmod and the methods. The pure
// numerics are tested in tests/vm/float_format_test.cc; these check the
// object layer: conversions, dispatch and the exceptions raised. Expected
// values come from /usr/bin/python3.11 and are pasted as literals.
#include "vm/objects/float.h"

#include <gtest/gtest.h>
#include "tests/util/pending_error.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/float_format.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class FloatTest : public ::testing::Test {
 protected:
  FloatTest() : vm_(Interp::Options{}) {}

  Value F(double d) { return NewFloat(vm_, d); }
  Value N(std::string_view text) { return IntFromString(vm_, text, 10); }
  Value S(std::string_view text) { return NewStrValue(vm_, text); }
  // A float for text with a point, exponent, inf or nan; an int otherwise.
  Value V(std::string_view text) {
    bool is_float = text.find_first_of(".eni") != std::string_view::npos;
    Value v = is_float ? FloatFromString(vm_, text) : N(text);
    EXPECT_FALSE(v.is_null()) << text;
    return v;
  }

  std::string R(Value v) {
    if (v.is_null()) return TakeError();
    Value r = Repr(vm_, v);
    if (r.is_null()) return TakeError();
    return std::string(As<StrObject>(r)->view());
  }

  std::string TakeError() { return TakePendingError(vm_); }

  Value Construct(std::vector<Value> args, std::vector<std::string_view> kwnames = {}) {
    TupleObject* names = nullptr;
    if (!kwnames.empty()) {
      std::vector<Value> n;
      for (std::string_view k : kwnames) n.push_back(Value::FromObject(vm_.Intern(k)));
      names = NewTupleFrom(vm_, n.data(), n.size());
    }
    CallArgs call{args.data(), args.size() - kwnames.size(), names};
    return kFloatType.construct(vm_, Value::FromObject(&kFloatType), call);
  }

  Value CallMethod(Value self, const char* name, std::vector<Value> args = {}) {
    const MethodDef* m = FindMethod(TypeOf(self), name);
    EXPECT_NE(m, nullptr) << name;
    if (m == nullptr) return Value::Null();
    Value bound = m->kind == MethodKind::kClassMethod ? Value::FromObject(TypeOf(self)) : self;
    return m->fn(vm_, bound, CallArgs{args.data(), args.size(), nullptr});
  }

  Interp vm_;
};

TEST_F(FloatTest, BinaryOperatorsMatchPython) {
  struct Case {
    const char* a;
    BinaryOp op;
    const char* b;
    const char* expected;
  };
  static const Case kCases[] = {
#include "tests/vm/objects/float_test_cases.inc"
  };
  EXPECT_GT(std::size(kCases), 1000u);
  for (const Case& c : kCases) {
    Value r = BinaryOperation(vm_, c.op, V(c.a), V(c.b));
    EXPECT_EQ(R(r), c.expected) << c.a << " " << BinaryOpSymbol(c.op) << " " << c.b;
  }
}

TEST_F(FloatTest, IntOperandsTooLargeForADouble) {
  Value huge = BinaryOperation(vm_, BinaryOp::kPower, N("10"), N("400"));
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAdd, huge, F(1.0))),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kMultiply, F(1.0), huge)),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kTrueDivide, huge, N("1"))),
            "OverflowError: integer division result too large for a float");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kPower, huge, N("-1"))),
            "OverflowError: int too large to convert to float");
  EXPECT_TRUE(FloatBinaryOp(vm_, BinaryOp::kAnd, F(2.0), N("1")).is_not_implemented());
  EXPECT_TRUE(FloatBinaryOp(vm_, BinaryOp::kAdd, F(2.0), S("x")).is_not_implemented());
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAnd, F(2.0), N("1"))),
            "TypeError: unsupported operand type(s) for &: 'float' and 'int'");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kInvert, F(1.5))),
            "TypeError: bad operand type for unary ~: 'float'");
}

TEST_F(FloatTest, PowOverflowCarriesErrnoArgs) {
  EXPECT_TRUE(BinaryOperation(vm_, BinaryOp::kPower, F(10.0), F(400.0)).is_null());
  Value exc = vm_.exception();
  ASSERT_TRUE(IsException(exc));
  EXPECT_EQ(R(Value::FromObject(As<ExceptionObject>(exc)->args)),
            "(34, 'Numerical result out of range')");
  EXPECT_EQ(TakeError(), "OverflowError: (34, 'Numerical result out of range')");
}

TEST_F(FloatTest, UnaryOperators) {
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kNegative, F(0.0))), "-0.0");
  EXPECT_EQ(R(UnaryOperation(vm_, UnaryOp::kPositive, F(-2.5))), "-2.5");
  EXPECT_EQ(R(TypeOf(F(1.0))->absolute(vm_, F(-2.5))), "2.5");
  EXPECT_EQ(IsTrue(vm_, F(-0.0)), 0);
  EXPECT_EQ(IsTrue(vm_, F(NAN)), 1);
}

TEST_F(FloatTest, ReprSpotChecks) {
  EXPECT_EQ(R(F(1e16)), "1e+16");
  EXPECT_EQ(R(F(1e-5)), "1e-05");
  EXPECT_EQ(R(F(123456789012345678.0)), "1.2345678901234568e+17");
  EXPECT_EQ(R(F(0.1 + 0.2)), "0.30000000000000004");
  EXPECT_EQ(R(F(5e-324)), "5e-324");
  EXPECT_EQ(R(F(-INFINITY)), "-inf");
  EXPECT_EQ(R(vm::Str(vm_, F(2.0))), "'2.0'");
}

TEST_F(FloatTest, Hash) {
  EXPECT_EQ(Hash(vm_, F(1.5)), 1152921504606846977);
  EXPECT_EQ(Hash(vm_, F(0.5)), 1152921504606846976);
  EXPECT_EQ(Hash(vm_, F(-0.0)), 0);
  EXPECT_EQ(Hash(vm_, F(INFINITY)), 314159);
  EXPECT_EQ(Hash(vm_, F(-INFINITY)), -314159);
  EXPECT_EQ(Hash(vm_, F(1e100)), 1822893315824342674);
  EXPECT_EQ(Hash(vm_, F(1e100)), Hash(vm_, FloatToIntValue(vm_, 1e100)));
  EXPECT_EQ(Hash(vm_, F(3.0)), 3);
  Value nan = F(NAN);
  EXPECT_EQ(Hash(vm_, nan), Hash(vm_, nan));  // by identity
}

TEST_F(FloatTest, ComparisonsWithIntsAreExact) {
  Value two53 = F(9007199254740992.0);
  EXPECT_EQ(RichCompareBool(vm_, two53, N("9007199254740993"), CompareOp::kLt), 1);
  EXPECT_EQ(RichCompareBool(vm_, two53, N("9007199254740993"), CompareOp::kEq), 0);
  EXPECT_EQ(RichCompareBool(vm_, two53, N("9007199254740992"), CompareOp::kEq), 1);
  EXPECT_EQ(RichCompareBool(vm_, F(3.5), N("3"), CompareOp::kGt), 1);
  EXPECT_EQ(RichCompareBool(vm_, F(1.0), Value::True(), CompareOp::kEq), 1);
  Value huge = BinaryOperation(vm_, BinaryOp::kPower, N("10"), N("400"));
  EXPECT_EQ(RichCompareBool(vm_, F(INFINITY), huge, CompareOp::kGt), 1);
  EXPECT_EQ(RichCompareBool(vm_, F(-INFINITY), huge, CompareOp::kLe), 1);
  EXPECT_EQ(RichCompareBool(vm_, F(1e308), huge, CompareOp::kGe), 0);
  EXPECT_EQ(RichCompareBool(vm_, F(NAN), N("1"), CompareOp::kEq), 0);
  EXPECT_EQ(RichCompareBool(vm_, F(NAN), N("1"), CompareOp::kNe), 1);
  EXPECT_EQ(RichCompareBool(vm_, F(NAN), F(NAN), CompareOp::kEq), 0);
  EXPECT_EQ(RichCompareBool(vm_, F(-0.0), F(0.0), CompareOp::kEq), 1);
  EXPECT_EQ(R(RichCompare(vm_, F(1.0), S("x"), CompareOp::kLt)),
            "TypeError: '<' not supported between instances of 'float' and 'str'");
}

TEST_F(FloatTest, Constructor) {
  EXPECT_EQ(R(Construct({})), "0.0");
  EXPECT_EQ(R(Construct({S("  -1e5  ")})), "-100000.0");
  EXPECT_EQ(R(Construct({S("infinity")})), "inf");
  EXPECT_EQ(R(Construct({S("-iNF")})), "-inf");
  EXPECT_EQ(R(Construct({S(" nan ")})), "nan");
  EXPECT_EQ(R(Construct({S("1e500")})), "inf");
  EXPECT_EQ(R(Construct({S(".5")})), "0.5");
  EXPECT_EQ(R(Construct({S("1_000.5")})), "1000.5");
  EXPECT_EQ(R(Construct({S("\u0661.\u0665")})), "1.5");  // Arabic-Indic digits
  EXPECT_EQ(R(Construct({S("\u20031.25\u2003")})), "1.25");
  EXPECT_EQ(R(Construct({S("1_.0")})), "ValueError: could not convert string to float: '1_.0'");
  EXPECT_EQ(R(Construct({S("0x10")})), "ValueError: could not convert string to float: '0x10'");
  EXPECT_EQ(R(Construct({S(" ")})), "ValueError: could not convert string to float: ' '");
  EXPECT_EQ(R(Construct({S("")})), "ValueError: could not convert string to float: ''");
  EXPECT_EQ(R(Construct({S("1.5\u00e9")})),
            "ValueError: could not convert string to float: '1.5\u00e9'");
  EXPECT_EQ(R(Construct({Value::True()})), "1.0");
  EXPECT_EQ(R(Construct({N("9007199254740993")})), "9007199254740992.0");
  Value f = F(2.5);
  EXPECT_EQ(Construct({f}), f);  // an exact float is returned as is
  EXPECT_EQ(R(Construct({BinaryOperation(vm_, BinaryOp::kPower, N("10"), N("400"))})),
            "OverflowError: int too large to convert to float");
  EXPECT_EQ(R(Construct({Value::None()})),
            "TypeError: float() argument must be a string or a real number, not 'NoneType'");
  EXPECT_EQ(R(Construct({N("1"), N("2")})), "TypeError: float expected at most 1 argument, got 2");
  EXPECT_EQ(R(Construct({N("1")}, {"x"})), "TypeError: float() takes no keyword arguments");
}

TEST_F(FloatTest, ToDouble) {
  double d;
  ASSERT_TRUE(ToDouble(vm_, Value::True(), &d));
  EXPECT_EQ(d, 1.0);
  EXPECT_FALSE(ToDouble(vm_, S("1.5"), &d));
  EXPECT_EQ(TakeError(), "TypeError: must be real number, not str");
}

TEST_F(FloatTest, ToInt) {
  EXPECT_EQ(R(FloatToIntValue(vm_, -3.9)), "-3");
  EXPECT_EQ(R(FloatToIntValue(vm_, 4611686018427387904.0)), "4611686018427387904");
  EXPECT_EQ(R(FloatToIntValue(vm_, -1e30)), "-1000000000000000019884624838656");
  EXPECT_EQ(R(FloatToIntValue(vm_, INFINITY)),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(R(FloatToIntValue(vm_, NAN)), "ValueError: cannot convert float NaN to integer");
}

TEST_F(FloatTest, Round) {
  EXPECT_EQ(R(FloatRoundValue(vm_, 2.5, Value::Null())), "2");
  EXPECT_EQ(R(FloatRoundValue(vm_, 3.5, Value::None())), "4");
  EXPECT_EQ(R(FloatRoundValue(vm_, -0.5, Value::Null())), "0");
  EXPECT_EQ(R(FloatRoundValue(vm_, -2.5, Value::Null())), "-2");
  EXPECT_EQ(R(FloatRoundValue(vm_, 2.675, N("2"))), "2.67");
  EXPECT_EQ(R(FloatRoundValue(vm_, 123.456, N("-1"))), "120.0");
  EXPECT_EQ(R(FloatRoundValue(vm_, 0.5, N("1000000000000000000000000000000"))), "0.5");
  EXPECT_EQ(R(FloatRoundValue(vm_, 1.7976931348623157e308, N("-308"))),
            "OverflowError: rounded value too large to represent");
  EXPECT_EQ(R(FloatRoundValue(vm_, INFINITY, Value::Null())),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(R(FloatRoundValue(vm_, NAN, Value::Null())),
            "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(R(FloatRoundValue(vm_, 1.5, S("x"))),
            "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(FloatTest, Divmod) {
  EXPECT_EQ(R(FloatDivmodValue(vm_, F(-7.5), N("2"))), "(-4.0, 0.5)");
  EXPECT_EQ(R(FloatDivmodValue(vm_, N("7"), F(-2.0))), "(-4.0, -1.0)");
  EXPECT_EQ(R(FloatDivmodValue(vm_, N("5"), F(2.5))), "(2.0, 0.0)");
  EXPECT_EQ(R(FloatDivmodValue(vm_, F(5.0), N("0"))), "ZeroDivisionError: float divmod()");
  EXPECT_TRUE(FloatDivmodValue(vm_, N("5"), N("2")).is_not_implemented());
  EXPECT_TRUE(FloatDivmodValue(vm_, F(5.0), S("x")).is_not_implemented());
}

TEST_F(FloatTest, Methods) {
  EXPECT_EQ(R(CallMethod(F(0.1), "as_integer_ratio")), "(3602879701896397, 36028797018963968)");
  EXPECT_EQ(R(CallMethod(F(1208925819614629174706176.0), "as_integer_ratio")),
            "(1208925819614629174706176, 1)");
  EXPECT_EQ(R(CallMethod(F(-0.0), "as_integer_ratio")), "(0, 1)");
  EXPECT_EQ(R(CallMethod(F(INFINITY), "as_integer_ratio")),
            "OverflowError: cannot convert Infinity to integer ratio");
  EXPECT_EQ(R(CallMethod(F(NAN), "as_integer_ratio")),
            "ValueError: cannot convert NaN to integer ratio");
  EXPECT_EQ(R(CallMethod(F(1.0), "is_integer")), "True");
  EXPECT_EQ(R(CallMethod(F(1.5), "is_integer")), "False");
  EXPECT_EQ(R(CallMethod(F(1.5), "hex")), "'0x1.8000000000000p+0'");
  EXPECT_EQ(R(CallMethod(F(0.1), "hex")), "'0x1.999999999999ap-4'");
  EXPECT_EQ(R(CallMethod(F(-0.0), "hex")), "'-0x0.0p+0'");
  EXPECT_EQ(R(CallMethod(F(1.0), "fromhex", {S("0x1.8p1")})), "3.0");
  EXPECT_EQ(R(CallMethod(F(1.0), "fromhex", {S("  -0x1.fffffffffffffp+1023 ")})),
            "-1.7976931348623157e+308");
  EXPECT_EQ(R(CallMethod(F(1.0), "fromhex", {S("xyz")})),
            "ValueError: invalid hexadecimal floating-point string");
  EXPECT_EQ(R(CallMethod(F(1.0), "fromhex", {N("5")})),
            "TypeError: bad argument type for built-in operation");
  EXPECT_EQ(R(CallMethod(F(1.0), "fromhex")),
            "TypeError: float.fromhex() takes exactly one argument (0 given)");
  EXPECT_EQ(R(CallMethod(F(3.7), "__trunc__")), "3");
  EXPECT_EQ(R(CallMethod(F(3.7), "__floor__")), "3");
  EXPECT_EQ(R(CallMethod(F(-3.2), "__ceil__")), "-3");
  EXPECT_EQ(R(CallMethod(F(-3.2), "__floor__")), "-4");
  EXPECT_EQ(R(CallMethod(F(2.5), "__round__")), "2");
  EXPECT_EQ(R(CallMethod(F(2.5), "__round__", {N("1"), N("2")})),
            "TypeError: __round__ expected at most 1 argument, got 2");
  EXPECT_EQ(R(CallMethod(F(1.5), "conjugate")), "1.5");
  EXPECT_EQ(R(CallMethod(F(1.5), "real")), "1.5");
  EXPECT_EQ(R(CallMethod(F(1.5), "imag")), "0.0");
  EXPECT_EQ(R(CallMethod(F(1.5), "__format__", {S(".3f")})), "'1.500'");
  EXPECT_EQ(R(CallMethod(F(1.5), "__format__", {N("5")})),
            "TypeError: __format__() argument must be str, not int");
}

}  // namespace
}  // namespace moat::vm
