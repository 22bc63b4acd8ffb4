// Modules: a name and a namespace dict. Safe modules (stdlib_safe/) are
// created per interpreter on first import from the registry.
#ifndef MOAT_VM_OBJECTS_MODULE_H_
#define MOAT_VM_OBJECTS_MODULE_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kModuleType;

struct DictObject;
struct StrObject;

struct ModuleObject : Object {
  StrObject* name;
  DictObject* dict;
  // Names the real module has that the sandbox leaves out on purpose
  // (sys.modules, sys._getframe...): nullptr-terminated, static, may be
  // nullptr. Reading one that the namespace does not hold raises
  // AttributeError "'sys.modules' is not available in the sandbox".
  const char* const* withheld;
  // The namespace the module's own code runs in, when it is not `dict`:
  // a module written in Python that keeps its helpers out of the script's
  // sight (itertools) runs in this one and shows only its public names in
  // `dict`. nullptr for the rest.
  DictObject* private_globals;
  // Its body is running (Interp::ImportModule): a script's import of it
  // then is refused, so hooks a script planted in modules the body uses
  // cannot reach the helpers the body holds until it ends.
  bool initializing;
};

ModuleObject* NewModule(Interp& vm, std::string_view name);
// Adds a native function to a module's namespace.
bool ModuleAddFunction(Interp& vm, ModuleObject* module, const MethodDef* def);
bool ModuleAddValue(Interp& vm, ModuleObject* module, std::string_view name, Value v);
// Whether `name` is on the module's withheld list (sys.modules).
bool ModuleWithholds(const ModuleObject* m, std::string_view name);

void InitModuleType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_MODULE_H_
