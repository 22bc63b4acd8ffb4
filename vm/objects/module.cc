// Module objects.
#include "vm/objects/module.h"

#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"

namespace moat::vm {

TypeObject kModuleType;

ModuleObject* NewModule(Interp& vm, std::string_view name) {
  StrObject* n = vm.Intern(name);
  if (n == nullptr) return nullptr;
  DictObject* d = NewDict(vm);
  if (d == nullptr) return nullptr;
  ModuleObject* m = vm.New<ModuleObject>(&kModuleType);
  if (m == nullptr) return nullptr;
  m->name = n;
  m->dict = d;
  if (DictSetStr(vm, d, "__name__", Value::FromObject(n)) < 0) return nullptr;
  return m;
}

bool ModuleAddFunction(Interp& vm, ModuleObject* module, const MethodDef* def) {
  BuiltinFunctionObject* f =
      NewBuiltinFunction(vm, def, Value::FromObject(module), nullptr);
  if (f == nullptr) return false;
  return DictSetStr(vm, module->dict, def->name, Value::FromObject(f)) == 0;
}

bool ModuleAddValue(Interp& vm, ModuleObject* module, std::string_view name, Value v) {
  return DictSetStr(vm, module->dict, name, v) == 0;
}

bool ModuleWithholds(const ModuleObject* m, std::string_view name) {
  if (m->withheld == nullptr) return false;
  for (const char* const* w = m->withheld; *w != nullptr; ++w) {
    if (name == *w) return true;
  }
  return false;
}

namespace {

void ModuleTrace(Object* o, GcTracer& t) {
  ModuleObject* m = static_cast<ModuleObject*>(o);
  t.VisitPtr(m->name);
  t.VisitPtr(m->dict);
  t.VisitPtr(m->private_globals);
}

Value ModuleRepr(Interp& vm, Value self) {
  return NewStrValue(vm, StrCat("<module '", As<ModuleObject>(self)->name->view(),
                                      "' (built-in)>"));
}

Value ModuleGetAttr(Interp& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  ModuleObject* m = As<ModuleObject>(self);
  Value v = DictGetStr(vm, m->dict, name);
  // Module internals (__dict__...) are not exposed; __name__, __package__
  // (a string), __all__ (the public names) and __version__ (csv's, json's)
  // are plain entries of the namespace. No import system loaded moat's
  // modules, so __loader__ and __spec__ are None (dir() lists them). A
  // native module with a `withheld` list states its whole surface, so its
  // own dunder entries (sys.__stdout__) are public too.
  if (v.is_null() && (n == "__loader__" || n == "__spec__")) return Value::None();
  // The public dunders a module may lack (math has no __all__): absent,
  // they are missing as in CPython, not withheld.
  if (v.is_null() && (n == "__all__" || n == "__version__")) {
    return vm.RaiseFormat(&kAttributeErrorType, "module '%s' has no attribute '%s'",
                          std::string(m->name->view()), std::string(n));
  }
  if (n.size() > 4 && n.substr(0, 2) == "__" && n != "__name__" && n != "__doc__" &&
      n != "__all__" && n != "__version__" && n != "__package__" && m->withheld == nullptr) {
    return Value::Null();
  }
  // A module written in C++ has no docstring entry; like a built-in
  // function's, its __doc__ is None rather than CPython's text.
  if (v.is_null() && n == "__doc__") return Value::None();
  if (v.is_null() && ModuleWithholds(m, n)) {
    return vm.RaiseFormat(&kAttributeErrorType, "'%s.%s' is not available in the sandbox",
                          std::string(m->name->view()), std::string(n));
  }
  return v;
}

int ModuleSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  // Modules belong to one interpreter, so a script may rebind their names
  // as CPython allows (math.tau = 6); internals stay out of reach.
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__") {
    vm.RaiseFormat(&kAttributeErrorType, "'%s' is not available in the sandbox", std::string(n));
    return -1;
  }
  DictObject* d = As<ModuleObject>(self)->dict;
  if (value.is_null()) {
    int r = DictDel(vm, d, Value::FromObject(name));
    // Deleting goes through the generic setattr path in CPython, whose
    // message names the type rather than the module.
    if (r == 0) {
      vm.RaiseFormat(&kAttributeErrorType, "'module' object has no attribute '%s'",
                     std::string(n));
    }
    return r > 0 ? 0 : -1;
  }
  return DictSet(vm, d, Value::FromObject(name), value);
}

}  // namespace

void InitModuleType() {
  InitStaticType(&kModuleType, "module", &kObjectType);
  kModuleType.trace = ModuleTrace;
  kModuleType.repr = ModuleRepr;
  kModuleType.getattr = ModuleGetAttr;
  kModuleType.setattr = ModuleSetAttr;
}

}  // namespace moat::vm
