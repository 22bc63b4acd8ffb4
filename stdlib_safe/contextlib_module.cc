// contextlib's native helpers (see contextlib_module.h).
//
// CPython's _GeneratorContextManager.__exit__ throws the with body's
// exception into the generator and, when the same exception comes back
// out, assigns its saved __traceback__ back, so the printed traceback shows
// neither __exit__ nor the generator. moat has no traceback objects; these
// two helpers give contextlib the same effect and nothing else: a depth is
// a count, and restoring only drops the entries added since.
#include "stdlib_safe/contextlib_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/exception.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _traceback_depth(exc): the number of entries in exc's traceback.
Value TracebackDepth(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_traceback_depth")) return Value::Null();
  if (args.nargs != 1 || !vm::IsException(args.args[0])) {
    return vm.RaiseTypeError("_traceback_depth() takes one exception");
  }
  return Value::SmallInt(static_cast<int64_t>(
      vm::ExceptionTracebackDepth(vm::As<vm::ExceptionObject>(args.args[0]))));
}

// _restore_traceback(exc, depth): drops the entries exc's traceback
// gained since _traceback_depth(exc) returned depth.
Value RestoreTraceback(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_restore_traceback")) return Value::Null();
  if (args.nargs != 2 || !vm::IsException(args.args[0]) || !args.args[1].is_small_int() ||
      args.args[1].small_int() < 0) {
    return vm.RaiseTypeError("_restore_traceback() takes an exception and a depth");
  }
  vm::ExceptionTruncateTraceback(vm::As<vm::ExceptionObject>(args.args[0]),
                                 static_cast<size_t>(args.args[1].small_int()));
  return Value::None();
}

const vm::MethodDef kTracebackDepthDef = {"_traceback_depth", TracebackDepth};
const vm::MethodDef kRestoreTracebackDef = {"_restore_traceback", RestoreTraceback};

}  // namespace

bool InitContextlibModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kTracebackDepthDef) &&
         vm::ModuleAddFunction(vm, module, &kRestoreTracebackDef) &&
         InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
