// Tests for vm/objects/complex.h: the object layer of complex (reprs,
// arithmetic dispatch with ints and floats, the power special cases, the
// constructor's string forms and errors, hashing, format()). The language
// level is covered by conformance/cases/complex/. Expected values come from
// /usr/bin/python3.11 and are pasted as literals.
#include "vm/objects/complex.h"

#include <gtest/gtest.h>
#include "tests/util/pending_error.h"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "vm/format.h"
#include "vm/interp.h"
#include "vm/objects/base_types.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

class ComplexTest : public ::testing::Test {
 protected:
  ComplexTest() : vm_(Interp::Options{}) {}

  Value C(double re, double im) { return NewComplex(vm_, re, im); }

  std::string R(Value v) {
    if (v.is_null()) return TakePendingError(vm_);
    Value r = Repr(vm_, v);
    if (r.is_null()) return TakePendingError(vm_);
    return std::string(As<StrObject>(r)->view());
  }

  Value Construct(std::vector<Value> args) {
    CallArgs call{args.data(), args.size(), nullptr};
    return kComplexType.construct(vm_, Value::FromObject(&kComplexType), call);
  }

  std::string FromText(std::string_view text) { return R(Construct({NewStrValue(vm_, text)})); }

  std::string Format(Value v, std::string_view spec) { return R(FormatValue(vm_, v, spec)); }

  Interp vm_;
};

TEST_F(ComplexTest, PartReprDropsTheFloatDotZero) {
  EXPECT_EQ(ComplexPartRepr(1.0), "1");
  EXPECT_EQ(ComplexPartRepr(-0.0), "-0");
  EXPECT_EQ(ComplexPartRepr(1.5), "1.5");
  EXPECT_EQ(ComplexPartRepr(1e16), "1e+16");
  EXPECT_EQ(ComplexPartRepr(100.0), "100");
  EXPECT_EQ(ComplexPartRepr(INFINITY), "inf");
  EXPECT_EQ(ComplexPartRepr(NAN), "nan");
}

TEST_F(ComplexTest, Repr) {
  EXPECT_EQ(R(C(3, 4)), "(3+4j)");
  EXPECT_EQ(R(C(0, 1)), "1j");
  EXPECT_EQ(R(C(0, -0.0)), "-0j");
  EXPECT_EQ(R(C(-0.0, 0)), "(-0+0j)");
  EXPECT_EQ(R(C(1, -INFINITY)), "(1-infj)");
  EXPECT_EQ(R(C(0, NAN)), "nanj");
  EXPECT_EQ(R(C(1.5e-7, 2)), "(1.5e-07+2j)");
}

TEST_F(ComplexTest, MixedArithmetic) {
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kAdd, C(3, 4), Value::SmallInt(1))), "(4+4j)");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kTrueDivide, NewFloat(vm_, 2.0), C(3, 4))),
            "(0.24-0.32j)");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kMultiply, C(1, 2), C(1, -2))), "(5+0j)");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kTrueDivide, C(1, 0), C(0, 0))),
            "ZeroDivisionError: complex division by zero");
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kFloorDivide, C(1, 0), Value::SmallInt(2))),
            "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
}

TEST_F(ComplexTest, Powers) {
  EXPECT_EQ(R(ComplexPower(vm_, -8, 0, 0.5, 0)), "(1.7319121124709868e-16+2.8284271247461903j)");
  EXPECT_EQ(R(ComplexPower(vm_, 3, 4, -1, 0)), "(0.12-0.16j)");
  EXPECT_EQ(R(ComplexPower(vm_, 1, 1, 100, 0)), "(-1125899906842624+0j)");
  EXPECT_EQ(R(ComplexPower(vm_, 0, 0, -1, 0)),
            "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(R(ComplexPower(vm_, 0, 0, 0, 1)),
            "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(R(ComplexPower(vm_, 1e300, 0, 2, 0)), "OverflowError: complex exponentiation");
  // float ** float with a negative base and a fractional exponent.
  EXPECT_EQ(R(BinaryOperation(vm_, BinaryOp::kPower, NewFloat(vm_, -1.0), NewFloat(vm_, 0.5))),
            "(6.123233995736766e-17+1j)");
}

TEST_F(ComplexTest, ConstructorStrings) {
  EXPECT_EQ(FromText("1+2j"), "(1+2j)");
  EXPECT_EQ(FromText(" ( -j ) "), "-1j");
  EXPECT_EQ(FromText("1e3J"), "1000j");
  EXPECT_EQ(FromText("1_0-2_5j"), "(10-25j)");
  EXPECT_EQ(FromText("inf-nanj"), "(inf+nanj)");
  EXPECT_EQ(FromText("1-j"), "(1-1j)");
  EXPECT_EQ(FromText("1 + 2j"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(FromText("1e"), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(FromText("1__0"), "ValueError: could not convert string to complex: '1__0'");
}

TEST_F(ComplexTest, ConstructorNumbers) {
  EXPECT_EQ(R(Construct({})), "0j");
  EXPECT_EQ(R(Construct({C(1, 2), C(3, 4)})), "(-3+5j)");
  EXPECT_EQ(R(Construct({Value::True(), NewFloat(vm_, 2.5)})), "(1+2.5j)");
  EXPECT_EQ(R(Construct({Value::SmallInt(1), NewStrValue(vm_, "2")})),
            "TypeError: complex() second arg can't be a string");
  EXPECT_EQ(R(Construct({Value::None()})),
            "TypeError: complex() first argument must be a string or a number, not 'NoneType'");
}

TEST_F(ComplexTest, HashAgreesWithRealNumbers) {
  EXPECT_EQ(Hash(vm_, C(1, 0)), Hash(vm_, Value::SmallInt(1)));
  EXPECT_EQ(Hash(vm_, C(1.5, 0)), Hash(vm_, NewFloat(vm_, 1.5)));
  EXPECT_EQ(Hash(vm_, C(3, 4)), 4000015);
  EXPECT_EQ(Hash(vm_, C(-1, 0)), -2);
}

TEST_F(ComplexTest, FormatSpecs) {
  EXPECT_EQ(Format(C(3, 4), ""), "'(3+4j)'");
  EXPECT_EQ(Format(C(3, 4), ".2f"), "'3.00+4.00j'");
  EXPECT_EQ(Format(C(0, 1), "g"), "'0+1j'");
  EXPECT_EQ(Format(C(3, 4), "^12"), "'   (3+4j)   '");
  EXPECT_EQ(Format(C(3, 4), ".3"), "'(3+4j)'");
  EXPECT_EQ(Format(C(3, 4), "010.2f"),
            "ValueError: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(Format(C(3, 4), "=10"),
            "ValueError: '=' alignment flag is not allowed in complex format specifier");
  EXPECT_EQ(Format(C(3, 4), "%"),
            "ValueError: Unknown format code '%' for object of type 'complex'");
}

}  // namespace
}  // namespace moat::vm
