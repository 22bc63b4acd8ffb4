// float: IEEE double, boxed (CPython's Objects/floatobject.c). The pure
// numerics (repr digits, parsing, rounding, the operators that can fail,
// hashing) live in vm/float_format.h; this is the object layer on top.
//
// Hazards: the functions here raise and allocate but never collect; only
// conversions that consult another type's slots (__float__, __index__ of user
// types) can run Python code.
#ifndef MOAT_VM_OBJECTS_FLOAT_H_
#define MOAT_VM_OBJECTS_FLOAT_H_

#include <cstdint>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

enum class FloatStatus : uint8_t;  // vm/float_format.h

extern TypeObject kFloatType;

struct FloatObject : Object {
  double value;
};

inline bool IsFloat(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kFloatType); }
inline double FloatValue(Value v) { return As<FloatObject>(v)->value; }

Value NewFloat(Interp& vm, double v);
// float(x) for ints and floats (and types with a to_float slot, e.g. a
// user __float__); raises TypeError "must be real number, not str" for
// anything else and OverflowError for ints beyond the double range.
bool ToDouble(Interp& vm, Value v, double* out);
// The same through nb_float, as PyNumber_Float (complex()'s parts): a float
// subclass's own __float__ counts, where ToDouble takes the subclass's value.
bool NumberFloatAsDouble(Interp& vm, Value v, double* out);
// Binary arithmetic where each operand is a float or an int (+ - * / // %
// **); NotImplemented for other operand types and operators.
Value FloatBinaryOp(Interp& vm, BinaryOp op, Value a, Value b);

// divmod(a, b) when one operand is a float and the other a float or int:
// a (q, r) tuple of floats; ZeroDivisionError "float divmod()".
// NotImplemented otherwise (call IntDivmod for two ints first).
Value FloatDivmodValue(Interp& vm, Value a, Value b);

// int(x) for a double (truncates): OverflowError "cannot convert float
// infinity to integer", ValueError "cannot convert float NaN to integer".
Value FloatToIntValue(Interp& vm, double x);

// round(x) and round(x, ndigits) for a float x (float.__round__). With
// ndigits Null or None: the nearest int, ties to even (errors as
// FloatToIntValue). Otherwise ndigits must support __index__ (clamped to
// int64) and the result is a float; OverflowError "rounded value too large
// to represent".
Value FloatRoundValue(Interp& vm, double x, Value ndigits);

// float(text) for the UTF-8 of a str (PyFloat_FromString): Unicode
// whitespace and digits are accepted; ValueError "could not convert string
// to float: 'abc'" otherwise.
Value FloatFromString(Interp& vm, std::string_view text);

// Raises the exception CPython raises for a failed float operation (see
// FloatStatusError in vm/float_format.h; kPowOverflow's args are
// (34, 'Numerical result out of range') as in CPython). kComplexResult is
// not an error: FloatBinaryOp computes the complex power instead (never
// pass it here). Returns Null.
Value RaiseFloatStatus(Interp& vm, FloatStatus status);

void InitFloatType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_FLOAT_H_
