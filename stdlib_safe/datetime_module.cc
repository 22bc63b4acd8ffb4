// datetime's native helper (see datetime_module.h).
#include "stdlib_safe/datetime_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _set_type_name(cls, name, mutable=False, /): makes `name` the type name
// of user class `cls` in messages, marks it as the stand-in for that C type,
// and removes its `__slots__` name. Unless `mutable` is true (the few C types
// CPython makes as heap types: time.struct_time), the class becomes
// immutable when the module's body ends (kTypeImmutableStandIn). The
// interned string lives as long as the interpreter, so the class may keep
// pointing into it. Other arguments are ignored. Returns None; raises only
// for a wrong number of arguments or MemoryError.
Value SetTypeName(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_set_type_name(cls, name, mutable=False, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0]) || !vm::IsStr(argv[1])) return Value::None();
  vm::TypeObject* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return Value::None();
  vm::StrObject* name = vm.Intern(vm::As<vm::StrObject>(argv[1])->view());
  if (name == nullptr) return Value::Null();
  cls->name = name->data;
  cls->type_flags |= vm::kTypeCTypeStandIn;
  if (argv[2].is_null() || !argv[2].is_true()) cls->type_flags |= vm::kTypeImmutableStandIn;
  // A C type's fixed layout is the stand-in's __slots__ (so its instances
  // have no __dict__, as CPython's), but a C type has no `__slots__` name.
  vm::StrObject* slots = vm.Intern("__slots__");
  if (slots == nullptr) return Value::Null();
  if (!vm::DictGetStr(vm, vm::As<vm::ClassObject>(argv[0])->dict, slots).is_null() &&
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

}  // namespace moat::stdlib
