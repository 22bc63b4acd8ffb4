// unittest's native helper (see unittest_module.h).
#include "stdlib_safe/unittest_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/import.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _module(name, /): see unittest_module.h. Allocates.
Value LoadedModule(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_module(name, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsStr(argv[0])) return vm.RaiseTypeError("_module() argument must be a str");
  vm::StrObject* name = vm::As<vm::StrObject>(argv[0]);
  if (name->view() == "__main__") {
    if (vm.main_globals() == nullptr) return Value::None();
    vm::ModuleObject* main = vm::NewModule(vm, "__main__");
    if (main == nullptr) return Value::Null();
    main->dict = vm.main_globals();
    return Value::FromObject(main);
  }
  Value found = vm::FinishedModule(vm, name);
  return found.is_null() ? Value::None() : found;
}

const vm::MethodDef kLoadedModuleDef = {"_module", LoadedModule};

// What CPython's unittest package has and moat leaves out.
constexpr const char* kWithheld[] = {
    "IsolatedAsyncioTestCase", "installHandler", "removeHandler", nullptr,
};

}  // namespace

bool InitUnittestMockModule(Interp& vm, vm::ModuleObject*) {
  vm.Raise(&vm::kImportErrorType, "module 'unittest.mock' is not available in the sandbox");
  return false;
}

bool InitUnittestModule(Interp& vm, vm::ModuleObject* module) {
  module->withheld = kWithheld;
  return vm::ModuleAddFunction(vm, module, &kLoadedModuleDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
