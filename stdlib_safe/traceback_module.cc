// traceback's native helpers (see traceback_module.h).
#include "stdlib_safe/traceback_module.h"

#include <string>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// The text of `s`, charged to the budget before the str is made.
Value TextResult(Interp& vm, const std::string& s) {
  if (vm.HasException()) return Value::Null();
  if (!vm.ChargeBytes(s.size())) return Value::Null();
  return vm::NewStrValue(vm, s);
}

// _format(exc, chain, /)
Value Format(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_format(exc, chain, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int chain = vm::IsTrue(vm, argv[1]);
  if (chain < 0) return Value::Null();
  return TextResult(vm, vm::FormatException(vm, argv[0], chain != 0, /*suggest=*/false));
}

// _format_only(exc, /)
Value FormatOnly(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_format_only(exc, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  return TextResult(vm, vm::FormatExceptionOnly(vm, argv[0]));
}

const vm::MethodDef kFormatDef = {"_format", Format};
const vm::MethodDef kFormatOnlyDef = {"_format_only", FormatOnly};

// What CPython 3.11's traceback has and moat leaves out: each takes or
// returns traceback, frame or code objects, or the frames' locals.
constexpr const char* kTracebackWithheld[] = {
    "extract_tb", "extract_stack", "format_tb", "format_stack", "print_tb", "print_stack",
    "walk_tb", "walk_stack", "clear_frames", "print_last", "StackSummary", "FrameSummary",
    "format_list", "print_list", nullptr,
};

}  // namespace

bool InitTracebackModule(Interp& vm, vm::ModuleObject* module) {
  module->withheld = kTracebackWithheld;
  return vm::ModuleAddFunction(vm, module, &kFormatDef) &&
         vm::ModuleAddFunction(vm, module, &kFormatOnlyDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
