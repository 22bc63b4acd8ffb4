// Warnings issued by the VM through the `warnings` module (vm/warnings.h).
#include "vm/warnings.h"

#include "vm/gc.h"
#include "vm/import.h"
#include "vm/ops.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/str_util.h"

namespace moat::vm {

bool WarnFromNative(Interp& vm, TypeObject* category, std::string_view message,
                    Value source) {
  if (!ModuleInTable(vm, "warnings")) return true;
  StrObject* module_name = vm.Intern("warnings");
  StrObject* warn_name = vm.Intern("warn");
  Value module = vm.ImportModule(module_name);
  if (module.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&source);
  roots.Add(&module);
  Value warn = GetAttr(vm, module, warn_name);
  if (warn.is_null()) return false;
  roots.Add(&warn);
  Value args[4] = {NewStrValue(vm, message), Value::FromObject(category), Value::SmallInt(1),
                   source.is_null() ? Value::None() : source};
  if (args[0].is_null()) return false;
  roots.Add(&args[0]);
  return !vm.Call(warn, CallArgs{args, 4, nullptr}).is_null();
}

bool WarnSubclassResult(Interp& vm, std::string_view what, Value result, std::string_view base) {
  return WarnFromNative(
      vm, &kDeprecationWarningType,
      StrCat(what, " returned non-", base, " (type ", TypeName(result),
             ").  The ability to return an instance of a strict subclass of ", base,
             " is deprecated, and may be removed in a future version of Python."));
}

}  // namespace moat::vm
