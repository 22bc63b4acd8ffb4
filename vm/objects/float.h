// float: IEEE double, boxed.
#ifndef MOAT_VM_OBJECTS_FLOAT_H_
#define MOAT_VM_OBJECTS_FLOAT_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kFloatType;

struct FloatObject : Object {
  double value;
};

inline bool IsFloat(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kFloatType); }
inline double FloatValue(Value v) { return As<FloatObject>(v)->value; }

Value NewFloat(Interp& vm, double v);
// float(x) for ints and floats (and __float__ later); raises TypeError.
bool ToDouble(Interp& vm, Value v, double* out);
Value FloatBinaryOp(Interp& vm, BinaryOp op, Value a, Value b);

void InitFloatType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_FLOAT_H_
