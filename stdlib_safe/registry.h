// File: stdlib_safe/registry.h
//
// THE table of modules a script may import. `import x` resolves only names
// listed here (or modules the host registered); anything else raises
// ImportError "module 'x' is not available in the sandbox".
//
// To add a safe module: write stdlib_safe/<name>_module.cc with an
// `bool Init<Name>Module(vm::Interp&, vm::ModuleObject*)` that fills the
// module's namespace (vm/objects/module.h: ModuleAddFunction,
// ModuleAddValue), declare it in a header beside it, and add one line to the
// table in registry.cc. Nothing else needs to know.
#ifndef MOAT_STDLIB_SAFE_REGISTRY_H_
#define MOAT_STDLIB_SAFE_REGISTRY_H_

#include "vm/interp.h"

namespace moat::stdlib {

// The safe modules, terminated by {nullptr, nullptr}; static, shared by
// every interpreter (Interp::Options::modules).
const vm::Interp::NativeModule* SafeModules();

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_REGISTRY_H_
