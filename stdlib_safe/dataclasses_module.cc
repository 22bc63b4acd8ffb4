// dataclasses' native helpers (see dataclasses_module.h).
#include "stdlib_safe/dataclasses_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// The user class `v`, or null with TypeError pending.
vm::ClassObject* UserClassArg(Interp& vm, Value v, const char* function) {
  if (!vm::IsType(v) || !vm::IsUserClass(vm::As<vm::TypeObject>(v))) {
    vm.RaiseFormat(&vm::kTypeErrorType, "%s() argument 1 must be a class statement's class, not %s",
                   function, std::string(vm::TypeName(v)));
    return nullptr;
  }
  return static_cast<vm::ClassObject*>(vm::As<vm::TypeObject>(v));
}

// _base_slots(cls, /): see dataclasses_module.h. Allocates.
Value BaseSlots(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_base_slots(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::ClassObject* cls = UserClassArg(vm, argv[0], "_base_slots");
  if (cls == nullptr) return Value::Null();
  vm::ListObject* out = vm::NewList(vm);
  if (out == nullptr) return Value::Null();
  vm::RootScope roots(vm);
  Value out_value = Value::FromObject(out);
  roots.Add(&out_value);
  vm::StrObject* key = vm.Intern("__slots__");
  if (!vm.ChargeItems(cls->mro->size)) return Value::Null();
  for (size_t i = 1; i < cls->mro->size; ++i) {
    vm::TypeObject* t = vm::As<vm::TypeObject>(cls->mro->items[i]);
    if (!vm::IsUserClass(t)) continue;
    vm::ClassObject* base = static_cast<vm::ClassObject*>(t);
    Value slots = vm::DictGetStr(vm, base->dict, key);
    if (slots.is_null()) continue;
    Value pair[2] = {Value::FromObject(base->name_str), slots};
    vm::TupleObject* entry = vm::NewTupleFrom(vm, pair, 2);
    if (entry == nullptr || !vm::ListAppendValue(vm, out, Value::FromObject(entry))) {
      return Value::Null();
    }
  }
  return out_value;
}

// _remake_class(cls, ns, /): see dataclasses_module.h. Runs __set_name__
// and __init_subclass__ (Python code); allocates.
Value RemakeClassFn(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_remake_class(cls, ns, bases=None, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::ClassObject* cls = UserClassArg(vm, argv[0], "_remake_class");
  if (cls == nullptr) return Value::Null();
  if (!vm::IsDict(argv[1])) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "_remake_class() argument 2 must be dict, not %s",
                          std::string(vm::TypeName(argv[1])));
  }
  vm::TupleObject* bases = nullptr;
  if (!argv[2].is_null() && !argv[2].is_none()) {
    if (!vm::HasType(argv[2], &vm::kTupleType)) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "_remake_class() argument 3 must be tuple, not %s",
                            std::string(vm::TypeName(argv[2])));
    }
    bases = vm::As<vm::TupleObject>(argv[2]);
  }
  return vm::RemakeClass(vm, cls, vm::As<vm::DictObject>(argv[1]), bases);
}

// _generated_frame(exc, line, /): see dataclasses_module.h. Never raises
// past its argument checks.
Value GeneratedFrame(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_generated_frame(exc, line, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int64_t line = 0;
  if (!argv[1].is_small_int() || (line = argv[1].small_int()) <= 0 || line > INT32_MAX) {
    return vm.Raise(&vm::kValueErrorType, "_generated_frame() line must be a positive int");
  }
  vm::MarkGeneratedEntry(vm, argv[0], static_cast<int32_t>(line));
  return Value::None();
}

const vm::MethodDef kBaseSlotsDef = {"_base_slots", BaseSlots};
const vm::MethodDef kRemakeClassDef = {"_remake_class", RemakeClassFn};
const vm::MethodDef kGeneratedFrameDef = {"_generated_frame", GeneratedFrame};

}  // namespace

bool InitDataclassesModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kBaseSlotsDef) &&
         vm::ModuleAddFunction(vm, module, &kRemakeClassDef) &&
         vm::ModuleAddFunction(vm, module, &kGeneratedFrameDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
