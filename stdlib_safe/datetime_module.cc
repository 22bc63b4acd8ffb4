// datetime's native helper (see datetime_module.h).
#include "stdlib_safe/datetime_module.h"

#include "stdlib_safe/builtins.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/objects/function.h"
#include "vm/objects/base_types.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// Marks a function of the stand-in's namespace (plain, or inside a
// classmethod, staticmethod or property) as a C method
// (kCodeFlagCTypeMethod). Only the module's own functions: the flag is on
// the code, which a decorator of another module (reprlib's recursive_repr)
// shares with the wrappers it makes for anyone.
void MarkCTypeMethod(Value v, const vm::DictObject* module_globals) {
  if (vm::HasType(v, &vm::kClassMethodType) || vm::HasType(v, &vm::kStaticMethodType)) {
    v = vm::As<vm::FunctionWrapperObject>(v)->callable;
  }
  if (vm::HasType(v, &vm::kPropertyType)) {
    auto* p = vm::As<vm::PropertyObject>(v);
    for (Value f : {p->fget, p->fset, p->fdel}) MarkCTypeMethod(f, module_globals);
    return;
  }
  if (!vm::HasType(v, &vm::kFunctionType) && !vm::HasType(v, &vm::kBuiltinStandInType)) return;
  vm::FunctionObject* f = vm::As<vm::FunctionObject>(v);
  if (f->globals == module_globals && f->code->origin == vm::CodeOrigin::kMoatModule) {
    f->code->flags |= vm::kCodeFlagCTypeMethod;
  }
}

// _set_type_name(cls, name, mutable=False, /, *, final=False):
// makes `name` the type name of user class `cls` in messages, marks it as
// the stand-in for that C type, and removes its `__slots__` name. Unless
// `mutable` is true (the few C types CPython makes as heap types:
// time.struct_time), the class becomes immutable when the module's body
// ends (kTypeImmutableStandIn). `final`: the C type is no acceptable base
// (kTypeFinalStandIn). The class's private names (`_int`, `_fix`) are from
// now on found only by the calling module's code (ClassObject::
// private_scope, the caller's globals), and its methods become C methods:
// their isinstance checks real types and their attributes are read-only
// (kCodeFlagCTypeMethod). The interned string
// lives as long as the interpreter, so the class may keep pointing into it.
// Other arguments are ignored. Returns None; raises only for wrong
// arguments or MemoryError.
Value SetTypeName(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      "_set_type_name(cls, name, mutable=False, /, *, final=False)");
  Value argv[4];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0]) || !vm::IsStr(argv[1])) return Value::None();
  vm::TypeObject* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return Value::None();
  vm::StrObject* name = vm.Intern(vm::As<vm::StrObject>(argv[1])->view());
  if (name == nullptr) return Value::Null();
  cls->name = name->data;
  cls->type_flags |= vm::kTypeCTypeStandIn;
  if (argv[2].is_null() || !argv[2].is_true()) cls->type_flags |= vm::kTypeImmutableStandIn;
  if (!argv[3].is_null() && argv[3].is_true()) cls->type_flags |= vm::kTypeFinalStandIn;
  vm::ClassObject* c = vm::As<vm::ClassObject>(argv[0]);
  const vm::Frame* frame = vm.current_frame();
  if (frame != nullptr) c->private_scope = frame->globals;
  size_t pos = 0;
  Value key, value;
  while (frame != nullptr && vm::DictNext(c->dict, &pos, &key, &value)) {
    MarkCTypeMethod(value, frame->globals);
  }
  // A C type's fixed layout is the stand-in's __slots__ (so its instances
  // have no __dict__, as CPython's), but a C type has no `__slots__` name.
  vm::StrObject* slots = vm.Intern("__slots__");
  if (!vm::DictGetStr(vm, c->dict, slots).is_null() &&
      vm::SetAttr(vm, argv[0], slots, Value::Null()) < 0) {
    return Value::Null();
  }
  return Value::None();
}

const vm::MethodDef kSetTypeNameDef = {"_set_type_name", SetTypeName};

}  // namespace

bool AddSetTypeName(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kSetTypeNameDef);
}

bool InitFrozenModuleWithTypeNames(Interp& vm, vm::ModuleObject* module) {
  return AddSetTypeName(vm, module) && InitFrozenModule(vm, module);
}

bool InitFrozenCModule(Interp& vm, vm::ModuleObject* module) {
  vm::DictObject* globals = vm::DictCopy(vm, module->dict);
  if (globals == nullptr) return false;
  module->private_globals = globals;  // rooted by the module from here
  vm::BuiltinFunctionObject* check =
      vm::NewBuiltinFunction(vm, &kTypeCheckIsinstanceDef, Value::Null(), nullptr);
  vm::BuiltinFunctionObject* name_types =
      check == nullptr ? nullptr
                       : vm::NewBuiltinFunction(vm, &kSetTypeNameDef,
                                                Value::FromObject(module), nullptr);
  if (name_types == nullptr ||
      vm::DictSetStr(vm, globals, "isinstance", Value::FromObject(check)) != 0 ||
      vm::DictSetStr(vm, globals, kSetTypeNameDef.name, Value::FromObject(name_types)) != 0 ||
      !InitFrozenModuleIn(vm, module, globals)) {
    return false;
  }
  // What the module shows: its dunders and the names of its __all__ (the
  // C module's public names), else every name without a leading underscore.
  vm::StrObject* all_name = vm.Intern("__all__");
  // Held by `globals`, which the module roots; nothing below runs Python.
  Value all = vm::DictGetStr(vm, globals, all_name);
  size_t pos = 0;
  Value key, value;
  while (vm::DictNext(globals, &pos, &key, &value)) {
    if (!vm::IsStr(key)) continue;
    vm::StrObject* k = vm::As<vm::StrObject>(key);
    std::string_view n = k->view();
    bool dunder = n.size() > 4 && n.starts_with("__") && n.ends_with("__");
    bool shown = dunder;
    if (!dunder && !n.starts_with("_")) {
      if (all.is_null()) {
        shown = true;
      } else {
        int r = vm::Contains(vm, all, key);
        if (r < 0) return false;
        shown = r == 1;
      }
    }
    if (shown && vm::DictSet(vm, module->dict, key, value) < 0) return false;
  }
  return true;
}

}  // namespace moat::stdlib
