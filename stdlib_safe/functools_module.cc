// functools' native part (see functools_module.h).
#include "stdlib_safe/functools_module.h"

#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/objects/base_types.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::stdlib {

namespace {

// _inline_partial_calls(cls, /): marks `partial`, a class of functools'
// own body, as the one whose instances the interpreter loop calls inline
// (vm/object.h kTypePartialCall). Only a class a moat module made; the body
// deletes the name. Returns None.
vm::Value InlinePartialCalls(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nargs != 1 || args.nkwargs() != 0 || !vm::IsType(args.args[0]) ||
      !vm::IsUserClass(vm::As<vm::TypeObject>(args.args[0])) ||
      (vm::As<vm::TypeObject>(args.args[0])->type_flags & vm::kTypeMoatModuleClass) == 0) {
    return vm.RaiseTypeError("_inline_partial_calls() takes a class of moat's own modules");
  }
  vm::As<vm::TypeObject>(args.args[0])->type_flags |= vm::kTypePartialCall;
  return vm::Value::None();
}

const vm::MethodDef kInlinePartialCallsDef = {"_inline_partial_calls", InlinePartialCalls};

}  // namespace

bool InitFunctoolsModule(vm::Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddValue(vm, module, "_lru_cache_wrapper",
                            vm::Value::FromObject(&vm::kLruCacheType)) &&
         vm::ModuleAddFunction(vm, module, &kInlinePartialCallsDef) &&
         AddSetTypeName(vm, module) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
