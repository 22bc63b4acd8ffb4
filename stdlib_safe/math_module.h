// File: stdlib_safe/math_module.h
//
// The `math` module: every function and constant of CPython 3.11's math
// module (Modules/mathmodule.c), with the same results and error texts. The
// float functions are computed by math_functions.h; this file converts
// arguments (float semantics: ints through IntToDouble, TypeError "must be
// real number, not str" for other types), raises the exceptions, and does
// the integer functions (factorial, gcd, lcm, isqrt, comb, perm, the int
// paths of prod, floor, ceil, trunc and log) on BigInt.
#ifndef MOAT_STDLIB_SAFE_MATH_MODULE_H_
#define MOAT_STDLIB_SAFE_MATH_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `math` module (registry.cc). False with an exception
// pending if an allocation was refused.
bool InitMathModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_MATH_MODULE_H_
