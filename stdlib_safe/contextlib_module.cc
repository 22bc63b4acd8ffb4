// contextlib's native init (see contextlib_module.h).
#include "stdlib_safe/contextlib_module.h"

#include "stdlib_safe/frozen_modules.h"

namespace moat::stdlib {

namespace {

// What CPython 3.11's contextlib has beyond what a script may do itself:
// chdir changes the working directory of the whole process.
constexpr const char* kContextlibWithheld[] = {"chdir", nullptr};

}  // namespace

bool InitContextlibModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kContextlibWithheld;
  return InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
