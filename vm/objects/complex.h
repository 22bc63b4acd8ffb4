// complex: a pair of IEEE doubles (CPython's Objects/complexobject.c): the
// constructor (numbers and strings), + - * / ** with ints, floats and
// complexes, == and !=, hash, abs, repr and format().
//
// Hazards: the functions here raise and allocate but never collect; only
// the constructor, which may convert a user number through __float__ or
// __index__, can run Python code.
#ifndef MOAT_VM_OBJECTS_COMPLEX_H_
#define MOAT_VM_OBJECTS_COMPLEX_H_

#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kComplexType;

struct ComplexObject : Object {
  double real;
  double imag;
};

inline bool IsComplex(Value v) {
  return v.is_object() && IsSubtype(v.object()->type, &kComplexType);
}

Value NewComplex(Interp& vm, double real, double imag);

// One part of repr(z): float's repr digits without the ".0" a float's repr
// adds ("1", "-0", "1.5", "1e+16", "inf", "nan").
std::string ComplexPartRepr(double x);

// complex(a_real, a_imag) ** complex(b_real, b_imag) (complex_pow): what
// float ** float is when a negative base meets a non-integral exponent.
// ZeroDivisionError "0.0 to a negative or complex power", OverflowError
// "complex exponentiation". (pow() with a modulus is IntPowMod's:
// ValueError "complex modulo".)
Value ComplexPower(Interp& vm, double a_real, double a_imag, double b_real, double b_imag);

// format(z, spec) for a complex z (format_complex_internal of
// Python/formatter_unicode.c): the empty type and e E f F g G, with fill,
// alignment, sign, width, grouping and precision; '=' alignment and zero
// padding are refused with CPython's messages.
Value FormatComplex(Interp& vm, Value z, std::string_view spec);

void InitComplexType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_COMPLEX_H_
