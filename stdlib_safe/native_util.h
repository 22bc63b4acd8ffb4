// Helpers shared by the builtins and the safe modules: the pieces of
// CPython's abstract API that native library code needs and the VM does not
// (yet) export, kept in one place so they can move into the VM's native-module
// API later without touching every module.
//
// Hazards: CallSpecialMethod runs Python code (user dunders) and so may
// collect; NativeLoopSafepoint collects. Everything else may raise and
// allocate but never runs Python.
#ifndef MOAT_STDLIB_SAFE_NATIVE_UTIL_H_
#define MOAT_STDLIB_SAFE_NATIVE_UTIL_H_

#include <cstdint>
#include <string_view>

#include "vm/bigint.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::stdlib {

// The first non-null `slot` along the base chain of `type` (slots are
// inherited by lookup, as ops.cc does).
template <typename Fn>
Fn FindSlot(const vm::TypeObject* type, Fn vm::TypeObject::*slot) {
  for (const vm::TypeObject* t = type; t != nullptr; t = t->base) {
    if (t->*slot != nullptr) return t->*slot;
  }
  return nullptr;
}

// ---- Budget -------------------------------------------------------------------

// vm.ChargeWork(1), plus a collection when one is due. Only for loops of
// top-level builtins (sum, min, max, all, any, math.prod, math.fsum) whose
// live Values are all rooted: the call is then exactly as hazardous as the
// Python code those loops may already run.
bool NativeLoopSafepoint(vm::Interp& vm);

// Refuses (the memory limit) an int result of about `bits` bits before it
// is computed, when the memory budget could not hold it: GMP would allocate
// it outside the budget, or abort on sizes past its limit. Then charges
// `work` instruction units for computing it (BigInt's *Work estimators).
// vm::IntChargeResult for a `bits` estimate in floating point.
bool CheckIntResultBudget(vm::Interp& vm, double bits, uint64_t work);

// ---- Protocols ------------------------------------------------------------------

// _PyObject_LookupSpecial followed by a call: calls type(obj).name(obj,
// *args). Built-in types are looked up in their method tables; user classes
// through attribute lookup. When the type has no such method, returns Null
// with no exception and sets *found to false.
vm::Value CallSpecialMethod(vm::Interp& vm, vm::Value obj, std::string_view name,
                            vm::CallArgs args, bool* found);

// True for instances of user-defined classes (their slots may run Python).
bool IsHeapInstance(vm::Value v);

// ---- Numbers --------------------------------------------------------------------

// An int Value with bools turned into plain ints (int.__floor__ and friends
// return int(self)).
vm::Value PlainInt(vm::Value v);

// -1, 0 or 1 for an int Value.
int IntSign(vm::Value v);

// Raises the exception for a failed BigInt operation. Returns Null.
vm::Value RaiseBigIntStatus(vm::Interp& vm, vm::BigIntStatus status);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_NATIVE_UTIL_H_
