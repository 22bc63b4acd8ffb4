// typing's native helpers (see typing_module.h).
#include "stdlib_safe/typing_module.h"

#include <string_view>

#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/warnings_module.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _annotation_sources(cls, /): see typing_module.h. Allocates.
Value AnnotationSources(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_annotation_sources(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0])) return vm.RaiseTypeError("_annotation_sources() argument must be a class");
  vm::ListObject* out = vm::NewList(vm);
  if (out == nullptr) return Value::Null();
  Value out_value = Value::FromObject(out);
  vm::RootScope roots(vm);
  roots.Add(&out_value);
  auto* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return out_value;  // built-in types annotate nothing
  vm::TupleObject* mro = static_cast<vm::ClassObject*>(cls)->mro;
  vm::StrObject* annotations_name = vm.Intern("__annotations__");
  for (size_t i = mro->size; i-- > 0;) {
    auto* base = vm::As<vm::TypeObject>(mro->items[i]);
    if (!vm::IsUserClass(base)) continue;
    auto* c = static_cast<vm::ClassObject*>(base);
    Value annotations = vm::DictGetStr(vm, c->dict, annotations_name);
    Value pair[2] = {annotations.is_null() ? Value::None() : annotations, c->module};
    vm::TupleObject* entry = vm::NewTupleFrom(vm, pair, 2);
    if (entry == nullptr || !vm::ListAppendValue(vm, out, Value::FromObject(entry))) {
      return Value::Null();
    }
  }
  return out_value;
}

// _module_global(module, name, default, /): see typing_module.h.
Value ModuleGlobal(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_module_global(module, name, default, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsStr(argv[1])) return vm.RaiseTypeError("_module_global() name must be a str");
  auto* name = vm::As<vm::StrObject>(argv[1]);
  // Dunder names (`__builtins__`, `__loader__`...) are the module's
  // machinery, not something an annotation names.
  std::string_view text = name->view();
  if (text.size() > 4 && text.starts_with("__") && text.ends_with("__")) return argv[2];
  if (vm::IsStr(argv[0])) {
    auto* module = vm::As<vm::StrObject>(argv[0]);
    if (module->view() == "__main__") {
      if (vm.main_globals() != nullptr) {
        Value v = vm::DictGetStr(vm, vm.main_globals(), name);
        if (!v.is_null()) return v;
      }
    } else {
      Value loaded = vm::FinishedModule(vm, module);
      if (!loaded.is_null()) {
        Value v = vm::GetAttrOptional(vm, loaded, name);
        if (!v.is_null()) return v;
        if (vm.HasException()) return Value::Null();
      }
    }
  }
  Value v = vm::DictGetStr(vm, vm.builtins(), name);
  return v.is_null() ? argv[2] : v;
}

// _lists_base(cls, base, /): see typing_module.h.
Value ListsBase(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_lists_base(cls, base, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0])) return vm.RaiseTypeError("_lists_base() argument must be a class");
  auto* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return Value::False();
  vm::TupleObject* bases = static_cast<vm::ClassObject*>(cls)->bases;
  for (size_t i = 0; bases != nullptr && i < bases->size; ++i) {
    if (bases->items[i] == argv[1]) return Value::True();
  }
  return Value::False();
}

// _first_line(func, /): see typing_module.h.
Value FirstLine(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_first_line(func, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kFunctionType)) return Value::None();
  return Value::SmallInt(vm::As<vm::FunctionObject>(argv[0])->code->first_line);
}

const vm::MethodDef kAnnotationSourcesDef = {"_annotation_sources", AnnotationSources};
const vm::MethodDef kModuleGlobalDef = {"_module_global", ModuleGlobal};
const vm::MethodDef kListsBaseDef = {"_lists_base", ListsBase};
const vm::MethodDef kFirstLineDef = {"_first_line", FirstLine};

}  // namespace

bool InitTypingModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kAnnotationSourcesDef) &&
         vm::ModuleAddFunction(vm, module, &kModuleGlobalDef) &&
         vm::ModuleAddFunction(vm, module, &kListsBaseDef) &&
         vm::ModuleAddFunction(vm, module, &kFirstLineDef) &&
         vm::ModuleAddFunction(vm, module, &kCallerDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
