// functools' native part (see functools_module.h).
#include "stdlib_safe/functools_module.h"

#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/objects/lru_cache.h"

namespace moat::stdlib {

bool InitFunctoolsModule(vm::Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddValue(vm, module, "_lru_cache_wrapper",
                            vm::Value::FromObject(&vm::kLruCacheType)) &&
         AddSetTypeName(vm, module) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
