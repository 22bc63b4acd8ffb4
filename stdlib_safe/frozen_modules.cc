// Loading and running the frozen Python modules (see frozen_modules.h).
#include "stdlib_safe/frozen_modules.h"

#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "absl/status/status.h"
#include "vm/code_image_bytes.h"
#include "vm/interpreter.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
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

// _builtin_function(*functions, module=None): makes each function, which
// the module itself defined, a built-in stand-in (vm/objects/function.h
// kBuiltinStandInType), for the functions CPython implements in C; `module`
// is then their __module__ (CPython's `_heapq` for heapq's). Only a module
// body sees it: InitFrozenModule adds it before the body runs and removes
// it after. It refuses anything but a plain function of moat's own code,
// so even a script that got hold of it could change nothing of its own.
// Returns None.
vm::Value MarkBuiltinFunctions(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  vm::Value module = vm::Value::Null();
  size_t nkw = args.nkwargs();
  if (nkw > 1 || (nkw == 1 && vm::As<vm::StrObject>(args.kwnames->items[0])->view() != "module")) {
    return vm.RaiseTypeError("_builtin_function() takes only the keyword argument 'module'");
  }
  if (nkw == 1) {
    module = args.args[args.nargs];
    if (!vm::IsStr(module)) return vm.RaiseTypeError("_builtin_function(): module must be a str");
  }
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::Value f = args.args[i];
    if (!vm::HasType(f, &vm::kFunctionType) ||
        vm::As<vm::FunctionObject>(f)->code->origin != vm::CodeOrigin::kMoatModule) {
      return vm.RaiseTypeError("_builtin_function() takes functions of moat's own modules");
    }
  }
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::FunctionObject* f = vm::As<vm::FunctionObject>(args.args[i]);
    vm::MakeBuiltinStandIn(f);
    f->code->flags |= vm::kCodeFlagCSignature;
    if (!module.is_null()) f->module = module;
  }
  return vm::Value::None();
}

const vm::MethodDef kMarkBuiltinFunctionsDef = {"_builtin_function", MarkBuiltinFunctions};

// _c_signature(*functions, style='clinic'): marks each function, which the
// module itself defined (a method's plain function: `deque.count`), as one
// CPython has in C, so a call its parameters do not take fails with the C
// calling convention's texts (vm/objects/function.h kCodeFlagCSignature);
// style='getargs' for a C function that parses with PyArg_ParseTuple
// (kCodeFlagCGetargs), 'getargs_keywords' for PyArg_ParseTupleAndKeywords
// (kCodeFlagCGetargsKeywords). Lent to module bodies as _builtin_function is.
// Returns None.
vm::Value MarkCSignatures(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  int32_t flags = vm::kCodeFlagCSignature;
  size_t nkw = args.nkwargs();
  if (nkw > 1 || (nkw == 1 && vm::As<vm::StrObject>(args.kwnames->items[0])->view() != "style")) {
    return vm.RaiseTypeError("_c_signature() takes only the keyword argument 'style'");
  }
  if (nkw == 1) {
    vm::Value style = args.args[args.nargs];
    std::string_view s = vm::IsStr(style) ? vm::As<vm::StrObject>(style)->view() : "";
    if (s == "getargs") {
      flags |= vm::kCodeFlagCGetargs;
    } else if (s == "getargs_keywords") {
      flags |= vm::kCodeFlagCGetargsKeywords;
    } else if (s != "clinic") {
      return vm.RaiseTypeError(
          "_c_signature(): style must be 'clinic', 'getargs' or 'getargs_keywords'");
    }
  }
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::Value f = args.args[i];
    if (!(vm::HasType(f, &vm::kFunctionType) || vm::HasType(f, &vm::kBuiltinStandInType)) ||
        vm::As<vm::FunctionObject>(f)->code->origin != vm::CodeOrigin::kMoatModule) {
      return vm.RaiseTypeError("_c_signature() takes functions of moat's own modules");
    }
  }
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::As<vm::FunctionObject>(args.args[i])->code->flags |= flags;
  }
  return vm::Value::None();
}

const vm::MethodDef kMarkCSignaturesDef = {"_c_signature", MarkCSignatures};

// _any_keywords(*functions): marks each function, which the module itself
// defined, as one CPython has in C taking its keywords as a dict of any
// keys (vm/objects/function.h kCodeFlagAnyKeywords): `OrderedDict(**{1: 2})`.
// Lent to module bodies as _builtin_function is. Returns None.
vm::Value MarkAnyKeywords(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nkwargs() != 0) return vm.RaiseTypeError("_any_keywords() takes no keyword arguments");
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::Value f = args.args[i];
    if (!vm::HasType(f, &vm::kFunctionType) ||
        vm::As<vm::FunctionObject>(f)->code->origin != vm::CodeOrigin::kMoatModule ||
        (vm::As<vm::FunctionObject>(f)->code->flags & moat::kCodeFlagVarkeywords) == 0) {
      return vm.RaiseTypeError("_any_keywords() takes functions of moat's own modules with **");
    }
  }
  for (size_t i = 0; i < args.nargs; ++i) {
    vm::As<vm::FunctionObject>(args.args[i])->code->flags |= vm::kCodeFlagAnyKeywords;
  }
  return vm::Value::None();
}

const vm::MethodDef kMarkAnyKeywordsDef = {"_any_keywords", MarkAnyKeywords};

// The markers a module body is lent while it runs.
const vm::MethodDef* const kBodyMarkers[] = {&kMarkBuiltinFunctionsDef, &kMarkCSignaturesDef,
                                             &kMarkAnyKeywordsDef};

}  // namespace

bool InitFrozenModule(vm::Interp& vm, vm::ModuleObject* module) {
  return InitFrozenModuleIn(vm, module, module->dict);
}

bool InitFrozenModuleIn(vm::Interp& vm, vm::ModuleObject* module, vm::DictObject* globals) {
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
    if (vm.HasException()) return false;
    if (absl::IsResourceExhausted(code.status())) {
      // The loader ran out of the memory budget: that is the memory limit,
      // which ends the run, not an error the importing script could catch.
      vm.RaiseMemoryError();
    } else {
      vm.RaiseFormat(&vm::kSystemErrorType, "the frozen module '%s' did not load: %s",
                     std::string(name), std::string(code.status().message()));
    }
    return false;
  }
  // The markers' names are interned before the body runs, so removing them
  // after needs no allocation (the body may have failed with MemoryError
  // pending).
  vm::StrObject* marker_names[std::size(kBodyMarkers)];
  for (size_t i = 0; i < std::size(kBodyMarkers); ++i) {
    const vm::MethodDef* def = kBodyMarkers[i];
    vm::BuiltinFunctionObject* mark =
        vm::NewBuiltinFunction(vm, def, vm::Value::FromObject(module), nullptr);
    if (mark == nullptr ||
        vm::DictSetStr(vm, globals, def->name, vm::Value::FromObject(mark)) != 0) {
      return false;
    }
    marker_names[i] = vm.Intern(def->name);
  }
  vm::Value result = vm::RunModule(vm, *code, globals, globals);
  // An exact str key is found by identity: no Python code runs here.
  bool removed = true;
  for (vm::StrObject* marker : marker_names) {
    if (vm::DictDel(vm, globals, vm::Value::FromObject(marker)) < 0) removed = false;
  }
  return !result.is_null() && removed;
}

}  // namespace moat::stdlib
