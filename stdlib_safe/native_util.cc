// Helpers shared by the builtins and the safe modules (see native_util.h).
#include "stdlib_safe/native_util.h"

#include <cmath>
#include <string>

#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

using vm::BigInt;
using vm::CallArgs;
using vm::Interp;
using vm::TypeObject;
using vm::Value;

bool NativeLoopSafepoint(Interp& vm) {
  if (!vm.ChargeWork(1)) return false;
#ifdef MOAT_GC_STRESS
  vm.CollectGarbage();
#else
  if (vm.heap().CollectionDue()) vm.CollectGarbage();
#endif
  return true;
}

bool CheckIntResultBudget(Interp& vm, double bits, uint64_t work) {
  // Anything at or past 2**63 bits is refused by IntChargeResult all the same.
  uint64_t whole = bits < 0x1p63 ? static_cast<uint64_t>(bits) + 1 : uint64_t{1} << 63;
  return vm::IntChargeResult(vm, whole, work);
}

bool IsHeapInstance(Value v) {
  return v.is_object() && (vm::TypeOf(v)->type_flags & vm::kTypeHeapType) != 0;
}

Value CallSpecialMethod(Interp& vm, Value obj, std::string_view name, CallArgs args,
                        bool* found) {
  *found = false;
  TypeObject* type = vm::TypeOf(obj);
  if ((type->type_flags & vm::kTypeHeapType) != 0) {
    vm::StrObject* key = vm.Intern(name);
    if (key == nullptr) return Value::Null();
    // On the type only: an instance attribute named __round__ is not it.
    Value method = vm::LookupSpecial(vm, obj, key);
    if (method.is_null()) return Value::Null();
    *found = true;
    return vm.Call(method, args);
  }
  const vm::MethodDef* m = vm::FindMethod(type, name);
  if (m == nullptr || m->kind != vm::MethodKind::kMethod) return Value::Null();
  *found = true;
  return m->fn(vm, obj, args);
}

Value PlainInt(Value v) {
  if (v.is_bool()) return Value::SmallInt(v.is_true() ? 1 : 0);
  return v;
}

int IntSign(Value v) {
  if (v.is_small_int()) return (v.small_int() > 0) - (v.small_int() < 0);
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  return vm::IntToBig(v).Sign();
}

Value RaiseBigIntStatus(Interp& vm, vm::BigIntStatus status) {
  std::string_view message = vm::BigIntStatusMessage(status);
  if (vm::BigIntStatusExceptionName(status) == "OverflowError") {
    return vm.RaiseOverflowError(message);
  }
  return vm.RaiseValueError(message);
}

}  // namespace moat::stdlib
