// types' native init (see types_module.h).
#include "stdlib_safe/types_module.h"

#include "stdlib_safe/datetime_module.h"
#include "vm/args.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Value;

Value IterableCoroutine(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_iterable_coroutine(obj, mark=False, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  Value obj = argv[0];
  bool mark = !argv[1].is_null() && argv[1].is_true();
  if (!mark) {
    return Value::Bool(vm::HasType(obj, &vm::kGeneratorType) &&
                       vm::As<vm::GeneratorObject>(obj)->iterable_coroutine);
  }
  // CPython's types.coroutine: only an exact function (not a subclass, a
  // built-in or a stand-in) has a code to flag.
  if (!vm::HasType(obj, &vm::kFunctionType)) return Value::False();
  vm::FunctionObject* f = vm::As<vm::FunctionObject>(obj);
  int32_t flags = f->code->flags;
  if ((flags & (kCodeFlagCoroutine | kCodeFlagIterableCoroutine)) != 0 ||
      f->iterable_coroutine) {
    return Value::True();
  }
  if ((flags & kCodeFlagGenerator) == 0) return Value::False();
  f->iterable_coroutine = true;
  return Value::True();
}

const vm::MethodDef kIterableCoroutineDef = {"_iterable_coroutine", IterableCoroutine};

}  // namespace

bool InitTypesModule(vm::Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kIterableCoroutineDef) &&
         InitFrozenModuleWithTypeNames(vm, module);
}

}  // namespace moat::stdlib
