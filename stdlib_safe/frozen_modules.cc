// Loading and running the frozen Python modules (see frozen_modules.h).
#include "stdlib_safe/frozen_modules.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "vm/code_image_bytes.h"
#include "vm/interpreter.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/verifier.h"

namespace moat::stdlib {

namespace {

// The decoded images, shared by every interpreter of the process: decoding
// happens once per module, loading (which verifies) once per interpreter.
const moat::CompiledModule* DecodedModule(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<moat::CompiledModule>, std::less<>> decoded;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = decoded.find(name);
  if (it != decoded.end()) return it->second.get();
  for (const FrozenModule* m = kFrozenModules; m->name != nullptr; ++m) {
    if (name != m->name) continue;
    auto module = vm::CompiledModuleFromBytes(
        std::string_view(reinterpret_cast<const char*>(m->bytes), m->size));
    if (!module.ok()) return nullptr;
    auto owned = std::make_unique<moat::CompiledModule>(*std::move(module));
    const moat::CompiledModule* result = owned.get();
    decoded.emplace(std::string(name), std::move(owned));
    return result;
  }
  return nullptr;
}

}  // namespace

bool InitFrozenModule(vm::Interp& vm, vm::ModuleObject* module) {
  std::string_view name = module->name->view();
  const moat::CompiledModule* compiled = DecodedModule(name);
  if (compiled == nullptr) {
    vm.RaiseFormat(&vm::kSystemErrorType, "the frozen module '%s' is missing or damaged",
                   std::string(name));
    return false;
  }
  auto source = std::make_shared<const std::string>(compiled->source);
  absl::StatusOr<vm::CodeObject*> code = vm::LoadCode(vm, compiled->code, source, vm::CodeOrigin::kMoatModule);
  if (!code.ok()) {
    if (!vm.HasException()) {
      vm.RaiseFormat(&vm::kSystemErrorType, "the frozen module '%s' did not load: %s",
                     std::string(name), std::string(code.status().message()));
    }
    return false;
  }
  vm::Value result = vm::RunModule(vm, *code, module->dict, module->dict);
  return !result.is_null();
}

}  // namespace moat::stdlib
