// Test helper shared by the VM's unit tests: the pending exception as text.
#ifndef MOAT_TESTS_UTIL_PENDING_ERROR_H_
#define MOAT_TESTS_UTIL_PENDING_ERROR_H_

#include <string>

#include "vm/interp.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"

namespace moat::vm {

// "Type: message" (or "Type") of the pending exception, which is cleared;
// "<no exception>" when there is none. A spent budget reads
// "LimitExceeded(memory)" (the limit's name) and starts a fresh run with the
// same limits (and heap limit) so the test can go on using the interpreter.
inline std::string TakePendingError(Interp& vm) {
  if (vm.limit_hit() != LimitKind::kNone) {
    std::string text = "LimitExceeded(" + std::string(LimitName(vm.limit_hit())) + ")";
    size_t heap_limit = vm.limit_hit() == LimitKind::kMemory ? vm.limit_value()
                                                               : vm.heap().limit_bytes();
    vm.ClearException();
    vm.BeginRun(vm.limits());
    vm.heap().set_limit_bytes(heap_limit);
    return text;
  }
  if (!vm.HasException()) return "<no exception>";
  Value exc = vm.exception();
  std::string name = ExceptionTypeName(TypeOf(exc));
  Value msg = ExceptionStr(vm, exc);
  vm.ClearException();
  if (msg.is_null() || As<StrObject>(msg)->length == 0) return name;
  return name + ": " + std::string(As<StrObject>(msg)->view());
}

}  // namespace moat::vm

#endif  // MOAT_TESTS_UTIL_PENDING_ERROR_H_
