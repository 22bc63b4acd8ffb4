// int: arbitrary-precision integers. Values in [Value::kSmallIntMin,
// Value::kSmallIntMax] are immediate (vm/value.h); larger magnitudes are
// IntObjects holding a BigInt (vm/bigint.h). Every function here returns the
// canonical form (small when it fits). bool is a subtype of int: the helpers
// accept True/False as 1/0.
#ifndef MOAT_VM_OBJECTS_INT_H_
#define MOAT_VM_OBJECTS_INT_H_

#include <cstdint>
#include <string>

// BigInt: vm/bigint.h
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

class BigInt;

extern TypeObject kIntType;
extern TypeObject kBoolType;

struct IntObject : Object {
  BigInt* big;  // owned; digits charged to the heap
};

// True for small ints, IntObjects, bools and (issue 3) int subclasses.
bool IsInt(Value v);
inline bool IsBigInt(Value v) { return HasType(v, &kIntType); }

Value IntFromInt64(Interp& vm, int64_t v);
Value IntFromBig(Interp& vm, BigInt&& v);
// Value of an int (any form) as BigInt.
BigInt IntToBig(Value v);
// False if it does not fit (no exception set).
bool IntToInt64(Value v, int64_t* out);
// int -> double with OverflowError "int too large to convert to float".
bool IntToDouble(Interp& vm, Value v, double* out);
// str(int) honouring the 4300-digit limit (raises ValueError).
Value IntToDecimalStr(Interp& vm, Value v);
std::string IntToDecimalString(Value v);  // no limit: internal use
// Parses `text` as int(text, base); raises ValueError with CPython's text.
Value IntFromString(Interp& vm, std::string_view text, int base);
// Python hash of an int.
int64_t IntHash(Value v);
int IntCompare(Value a, Value b);  // -1/0/1, both ints

// __index__ conversion: ints (and bools) pass; others raise TypeError
// "'X' object cannot be interpreted as an integer".
bool IndexToInt64(Interp& vm, Value v, int64_t* out);
// Same, but clamps huge values (CPython's PyNumber_AsSsize_t with NULL).
bool IndexToInt64Clamped(Interp& vm, Value v, int64_t* out);

// Binary arithmetic on two ints; returns NotImplemented for non-ints.
Value IntBinaryOp(Interp& vm, BinaryOp op, Value a, Value b);

void InitIntType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_INT_H_
