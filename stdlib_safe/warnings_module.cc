// warnings' native helper (see warnings_module.h).
#include "stdlib_safe/warnings_module.h"

#include <cstdint>
#include <string>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// _caller(stacklevel, /): see warnings_module.h. Allocates.
Value Caller(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_caller(stacklevel, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int64_t level = 1;
  if (!vm::IsInt(argv[0]) || !vm::IntToInt64(argv[0], &level)) {
    return vm.Raise(&vm::kTypeErrorType, "_caller() argument must be an int");
  }
  vm::Frame* frame = vm.current_frame();
  for (int64_t i = 0; i < level && frame != nullptr; ++i) {
    if (!vm.ChargeWork(1)) return Value::Null();
    frame = frame->previous;
  }
  if (frame == nullptr) return Value::None();
  vm::CodeObject* code = frame->code;
  int32_t line = code->first_line;
  if (frame->prev_instr != nullptr) {
    line = code->LineAt(static_cast<size_t>(frame->prev_instr - code->data->code.data()));
  }
  std::string_view source_line;
  if (int32_t frozen = vm::FrozenStandInLine(code, line); frozen != 0) {
    // A line standing for one of a CPython frozen module, which has no
    // source to show.
    line = frozen;
  } else if (code->data->source != nullptr) {
    source_line = vm::RawSourceLine(*code->data->source, line);
  }
  Value items[6] = {Value::FromObject(code->filename), Value::SmallInt(line), Value::None(),
                    Value::Null(), Value::FromObject(code->name), Value::False()};
  vm::RootScope roots(vm);
  for (Value& v : items) roots.Add(&v);
  vm::StrObject* name_key = vm.Intern("__name__");
  if (frame->globals != nullptr) {
    Value name = vm::DictGetStr(vm, frame->globals, name_key);
    if (!name.is_null()) {
      items[2] = name;
      items[5] = Value::True();
    }
  }
  if (!vm.ChargeBytes(source_line.size())) return Value::Null();
  items[3] = vm::NewStrValue(vm, source_line);
  if (items[3].is_null()) return Value::Null();
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 6);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// _source_line(filename, lineno, /): see warnings_module.h. Allocates.
Value SourceLine(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_source_line(filename, lineno, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int64_t line = 0;
  if (!vm::IsStr(argv[0]) || !vm::IsInt(argv[1]) || !vm::IntToInt64(argv[1], &line) ||
      line < 1 || line > INT32_MAX) {
    return Value::None();
  }
  std::string_view filename = vm::As<vm::StrObject>(argv[0])->view();
  for (vm::Frame* frame = vm.current_frame(); frame != nullptr; frame = frame->previous) {
    if (!vm.ChargeWork(1)) return Value::Null();
    const vm::CodeObject* code = frame->code;
    if (code->data->source == nullptr || code->filename->view() != filename) continue;
    // "<frozen NAME>" has no source, as CPython's linecache finds none.
    if (vm::IsHiddenCode(code)) return Value::None();
    std::string_view text = vm::RawSourceLine(*code->data->source, static_cast<int32_t>(line));
    if (text.empty()) return Value::None();
    if (!vm.ChargeBytes(text.size())) return Value::Null();
    return vm::NewStrValue(vm, text);
  }
  return Value::None();
}

const vm::MethodDef kSourceLineDef = {"_source_line", SourceLine};

}  // namespace

const vm::MethodDef kCallerDef = {"_caller", Caller};

bool InitWarningsModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kCallerDef) &&
         vm::ModuleAddFunction(vm, module, &kSourceLineDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
