// collections.abc's native helper (see collections_abc_module.h).
#include "stdlib_safe/collections_abc_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _check_methods(C, *names): True, or NotImplemented when C's MRO lacks one
// of the names or sets it to None. Looks things up; never runs Python.
Value CheckMethods(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_check_methods")) return Value::Null();
  if (args.nargs < 1) return vm.RaiseTypeError("_check_methods() missing the class");
  if (!vm::IsType(args.args[0])) return Value::NotImplemented();
  vm::TypeObject* cls = vm::As<vm::TypeObject>(args.args[0]);
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!vm::IsStr(args.args[i])) {
      return vm.RaiseTypeError("_check_methods() method names must be str");
    }
    vm::TypeAttr attr;
    if (!vm::FindTypeAttr(vm, cls, vm::As<vm::StrObject>(args.args[i]), &attr) ||
        attr.value.is_none()) {
      return Value::NotImplemented();
    }
  }
  return Value::True();
}

const vm::MethodDef kCheckMethodsDef = {"_check_methods", CheckMethods};

}  // namespace

bool InitCollectionsAbcModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kCheckMethodsDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
