// int: arbitrary-precision integers. Values in [Value::kSmallIntMin,
// Value::kSmallIntMax] are immediate (vm/value.h); larger magnitudes are
// IntObjects holding a BigInt (vm/bigint.h). Every function here returns the
// canonical form (small when it fits). bool is a subtype of int: the helpers
// accept True/False as 1/0.
//
// Memory: an IntObject's digits live in a heap-allocated BigInt whose size
// (sizeof(BigInt) + its limbs) is charged to the Interp's heap before the
// object is made and uncharged by the finalizer. Operations that can build a
// big result (*, **, <<) check an upper bound of its size against the budget
// BEFORE computing it, so `10**10**9` and `1 << 10**12` raise MemoryError
// without doing the work (GMP would abort the process on a failed
// allocation).
//
// Time: every operation on big operands charges the instruction budget
// before calling GMP, with BigInt's work estimators (vm/bigint.h: linear
// passes, products, divisions, powers, conversions), so `3 ** 10**8` ends
// with the instruction limit before GMP starts. Small ints are free.
//
// Hazards: the functions here raise and allocate but never collect. Only the
// conversions that consult another type's slots (IndexToInt64*, IntFromObject,
// IntRound's ndigits) can run Python code.
#ifndef MOAT_VM_OBJECTS_INT_H_
#define MOAT_VM_OBJECTS_INT_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

// BigInt: vm/bigint.h
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

class BigInt;

extern TypeObject kIntType;
extern TypeObject kBoolType;

struct IntObject : Object {
  BigInt* big;           // owned; never in the small-int range
  size_t charged_bytes;  // charged to the heap for `big` (uncharged on finalize)
};

// True for small ints, IntObjects, bools and instances of int subclasses.
// An instance of a user subclass of int is an IntObject of that class whose
// `big` holds its value whatever its magnitude (the small-int form is for
// exact ints only).
bool IsInt(Value v);
inline bool IsBigInt(Value v) { return HasType(v, &kIntType); }
// The plain int of an int Value: bools and subclass instances become exact
// ints (PyNumber_Index's _PyLong_Copy). Null + MemoryError on failure.
Value ExactInt(Interp& vm, Value v);

Value IntFromInt64(Interp& vm, int64_t v);

// `op` (a BinaryOp, not in place) on two ints of the small range
// (|x|, |y| < 2^62), when the result is an int64: Python's floor rules for
// // and %. False for a zero divisor, a product past int64, and the
// operators computed elsewhere (powers, shifts, true and matrix division).
// The one definition the loop's fast path and IntBinaryOp share.
inline bool SmallIntArithmetic(BinaryOp op, int64_t x, int64_t y, int64_t* r) {
  switch (op) {
    case BinaryOp::kAdd:
      *r = x + y;  // both fit in 63 bits: no overflow
      return true;
    case BinaryOp::kSubtract:
      *r = x - y;
      return true;
    case BinaryOp::kMultiply:
      return !__builtin_mul_overflow(x, y, r);
    case BinaryOp::kFloorDivide:
      if (y == 0) return false;
      *r = x / y;  // x >= -2^62: no INT64_MIN / -1
      if (x % y != 0 && ((x < 0) != (y < 0))) --*r;
      return true;
    case BinaryOp::kRemainder:
      if (y == 0) return false;
      *r = x % y;
      if (*r != 0 && ((*r < 0) != (y < 0))) *r += y;
      return true;
    case BinaryOp::kAnd:
      *r = x & y;
      return true;
    case BinaryOp::kOr:
      *r = x | y;
      return true;
    case BinaryOp::kXor:
      *r = x ^ y;
      return true;
    default:
      return false;
  }
}
Value IntFromBig(Interp& vm, BigInt&& v);
// Value of an int (any form) as BigInt.
BigInt IntToBig(Value v);
// False if it does not fit (no exception set).
bool IntToInt64(Value v, int64_t* out);
// int -> double with OverflowError "int too large to convert to float".
bool IntToDouble(Interp& vm, Value v, double* out);
// str(int) honouring Interp::int_max_str_digits (raises ValueError).
Value IntToDecimalStr(Interp& vm, Value v);
std::string IntToDecimalString(Value v);  // no limit: internal use
// Parses `text` (the UTF-8 of a str) as int(text, base), as
// PyLong_FromUnicodeObject: Unicode whitespace and decimal digits are
// accepted; raises ValueError with CPython's text, whose repr is of `text`.
Value IntFromString(Interp& vm, std::string_view text, int base);
// int(x) with one argument (PyNumber_Long): ints, floats (truncated), types
// with to_int or index slots, and str. Raises CPython's TypeError
// "int() argument must be a string, a bytes-like object or a real number,
// not 'NoneType'". May run Python (__int__/__index__ of user types).
Value IntFromObject(Interp& vm, Value x);
// Python hash of an int.
int64_t IntHash(Value v);
int IntCompare(Value a, Value b);  // -1/0/1, both ints
// Exact comparison of an int with a double, as CPython's float_richcompare:
// no rounding on either side; a NaN is unordered.
std::partial_ordering IntCompareWithDouble(Value i, double d);

// __index__ conversion: ints (and bools) pass; others raise TypeError
// "'X' object cannot be interpreted as an integer". A value that does not
// fit raises OverflowError "cannot fit 'int' into an index-sized integer".
bool IndexToInt64(Interp& vm, Value v, int64_t* out);
// Same, but clamps huge values (CPython's PyNumber_AsSsize_t with NULL).
bool IndexToInt64Clamped(Interp& vm, Value v, int64_t* out);
// Argument Clinic's converters for built-in methods: an __index__-able
// argument as a Py_ssize_t ("Python int too large to convert to C ssize_t")
// or as a C int ("... to C int"); TypeError as IndexToInt64 otherwise.
bool ClinicSsize(Interp& vm, Value v, int64_t* out);
bool ClinicCInt(Interp& vm, Value v, int* out);
// (operator.index(v) as an int Value is NumberIndex in vm/objects/range.h.)

// The one pre-check for big results, shared with the native modules: false
// with the memory limit's error pending when a result of about `bits` bits
// could not be held by the memory budget (or by GMP, past about 2**36
// bits), else charges `work` instruction units (BigInt's *Work estimators),
// false with the limit's error pending when refused. Nothing stays charged
// to the heap: IntFromBig charges the real size once the result exists.
bool IntChargeResult(Interp& vm, uint64_t bits, uint64_t work);
// Charges `work` instruction units for an operation on big ints (free below
// 64, as ChargeItems). False with the limit's error pending.
inline bool IntChargeWork(Interp& vm, uint64_t work) { return vm.ChargeItems(work); }

// Binary arithmetic on two ints; returns NotImplemented for non-ints.
// kTrueDivide gives a float, kPower with a negative exponent a float.
Value IntBinaryOp(Interp& vm, BinaryOp op, Value a, Value b);

// divmod(a, b) for two ints: a (q, r) tuple; NotImplemented for non-ints;
// ZeroDivisionError "integer division or modulo by zero".
Value IntDivmod(Interp& vm, Value a, Value b);

// pow(a, b, m) with three arguments (ternary_op + long_pow): ints give
// a ** b mod m with CPython 3.8+ rules ("pow() 3rd argument cannot be 0",
// "base is not invertible for the given modulus"); an m of None (or Null)
// is plain a ** b. Any float operand raises "pow() 3rd argument not
// allowed unless all arguments are integers" (float_pow checks the modulus
// first); other operand types raise "unsupported operand type(s) for ** or
// pow(): 'a', 'b', 'c'".
Value IntPowMod(Interp& vm, Value a, Value b, Value m);

// round(x, ndigits) for an int x (int.__round__): ndigits Null returns x as
// a plain int (None is a TypeError, as in int.__round__(None)); a negative ndigits rounds half to even to a multiple of
// 10**-ndigits. ndigits must support __index__.
Value IntRound(Interp& vm, Value x, Value ndigits);

// For int(str) and float(str): _PyUnicode_TransformDecimalAndSpaceToASCII.
// Copies the UTF-8 `text` as ASCII, with Unicode whitespace mapped to ' '
// and Unicode decimal digits to '0'..'9'; at the first other non-ASCII code
// point it appends '?' and stops (so the parse fails there).
std::string NumericTextToAscii(std::string_view text);
// The value 0..9 of a Unicode decimal digit (category Nd), or -1
// (Py_UNICODE_TODECIMAL).
int UnicodeDecimalValue(uint32_t cp);

void InitIntType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_INT_H_
